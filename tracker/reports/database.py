"""Reports straight from a database: the claims frame, filtered, handed to write_reports."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from tracker.reports.writer import FORMATS, write_reports
from tracker.store import Database, claims_frame
from tracker.store.models import CURRENT, DocumentRow


def write_database_reports(
    db: Database,
    out_dir: str | Path,
    *,
    formats: Sequence[str] = FORMATS,
    indicator: str | None = None,
    entity: str | None = None,
    since: date | None = None,
) -> list[Path]:
    """Gives the report files written for the current claims in `db` that pass the filters."""
    frame = claims_frame(db, indicator=indicator, entity=entity, since=since)
    if indicator or entity or since:
        documents = int(frame["document_id"].nunique()) if len(frame) else 0
    else:
        with db.session() as session:
            documents = int(
                session.scalar(
                    select(func.count(DocumentRow.id)).where(DocumentRow.status == CURRENT)
                )
                or 0
            )
    return write_reports(frame, out_dir, formats=formats, documents_count=documents)
