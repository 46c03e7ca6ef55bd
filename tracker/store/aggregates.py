"""Counts the reports print, computed by the database: a GROUP BY returns a row per group,
not a row per claim, so a report on a million claims reads a few thousand rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, case, distinct, func, select

from tracker.store.database import Database
from tracker.store.models import CURRENT
from tracker.store.selection import (
    CLAIMS,
    CLAIMS_AND_DOCUMENTS,
    DOCUMENTS,
    ClaimFilter,
    comparison_key,
    conditions,
)

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class ClaimTotals:
    """What the title page counts, over every claim that passes the filters."""

    documents: int
    claims: int
    publishers: int
    documents_without_publisher: int
    speakers: int
    indicators: int
    period_first: date | None
    period_last: date | None
    claims_without_period: int
    published_first: date | None
    published_last: date | None


def claim_totals(db: Database, filters: ClaimFilter) -> ClaimTotals:
    """Gives the title-page counts; `documents` counts current documents with or without
    claims when there are no filters, else those with a claim that passes them."""
    c, d = CLAIMS.c, DOCUMENTS.c
    no_period = and_(c.period_start.is_(None), c.period_end.is_(None))
    query = (
        select(
            func.count(distinct(c.document_id)),
            func.count(),
            func.count(distinct(d.publisher)),
            func.count(distinct(case((d.publisher.is_(None), c.document_id)))),
            func.count(distinct(c.speaker)),
            func.count(distinct(c.indicator)),
            func.min(c.period_start),
            func.max(c.period_start),
            func.min(c.period_end),
            func.max(c.period_end),
            func.sum(case((no_period, 1), else_=0)),
            func.min(d.published),
            func.max(d.published),
        )
        .select_from(CLAIMS_AND_DOCUMENTS)
        .where(*conditions(filters))
    )
    with db.engine.connect() as connection:
        row = connection.execute(query).one()
        documents = int(row[0])
        if not filters:
            documents = int(
                connection.scalar(
                    select(func.count()).select_from(DOCUMENTS).where(d.status == CURRENT)
                )
                or 0
            )
    starts, ends = (row[6], row[7]), (row[8], row[9])
    return ClaimTotals(
        documents=documents,
        claims=int(row[1]),
        publishers=int(row[2]),
        documents_without_publisher=int(row[3]),
        speakers=int(row[4]),
        indicators=int(row[5]),
        period_first=_least(starts[0], ends[0]),
        period_last=_greatest(starts[1], ends[1]),
        claims_without_period=int(row[10] or 0),
        published_first=_as_date(row[11]),
        published_last=_as_date(row[12]),
    )


def group_sizes(db: Database, filters: ClaimFilter) -> pd.DataFrame:
    """Gives the claims per comparison group: `indicator`, `entities`, `measure`, `unit`,
    `claims`. Chart groups are these summed over measure and unit."""
    import pandas as pd

    key = comparison_key()
    query = (
        select(*key, func.count())
        .select_from(CLAIMS_AND_DOCUMENTS)
        .where(*conditions(filters))
        .group_by(*key)
    )
    with db.engine.connect() as connection:
        rows = connection.execute(query).all()
    columns = ["indicator", "entities", "measure", "unit", "claims"]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    return frame.astype({"claims": "int64"})


def source_counts(db: Database, filters: ClaimFilter) -> pd.DataFrame:
    """Gives per publisher and speaker (either may be missing): `publisher`, `speaker`,
    `claims`, `documents`, `first_published`, `last_published`."""
    c, d = CLAIMS.c, DOCUMENTS.c
    query: Select[Any] = (
        select(
            d.publisher,
            c.speaker,
            func.count(),
            func.count(distinct(c.document_id)),
            func.min(d.published),
            func.max(d.published),
        )
        .select_from(CLAIMS_AND_DOCUMENTS)
        .where(*conditions(filters))
        .group_by(d.publisher, c.speaker)
    )
    columns = ["publisher", "speaker", "claims", "documents", "first_published", "last_published"]
    return _frame(db, query, columns)


def source_indicators(db: Database, filters: ClaimFilter) -> pd.DataFrame:
    """Gives claims per publisher, speaker and indicator: `publisher`, `speaker`,
    `indicator`, `n`."""
    c, d = CLAIMS.c, DOCUMENTS.c
    query: Select[Any] = (
        select(d.publisher, c.speaker, c.indicator, func.count())
        .select_from(CLAIMS_AND_DOCUMENTS)
        .where(*conditions(filters))
        .group_by(d.publisher, c.speaker, c.indicator)
    )
    return _frame(db, query, ["publisher", "speaker", "indicator", "n"])


def _frame(db: Database, query: Select[Any], columns: list[str]) -> pd.DataFrame:
    """Gives the rows of an aggregate query as a frame with `columns`."""
    import pandas as pd

    with db.engine.connect() as connection:
        rows = connection.execute(query).all()
    return pd.DataFrame.from_records(rows, columns=columns)


def _as_date(value: object) -> date | None:
    """Gives a date from what the driver returned for an aggregate (SQLite: text)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _least(a: object, b: object) -> date | None:
    values = [v for v in (_as_date(a), _as_date(b)) if v is not None]
    return min(values) if values else None


def _greatest(a: object, b: object) -> date | None:
    values = [v for v in (_as_date(a), _as_date(b)) if v is not None]
    return max(values) if values else None
