"""Ingest: documents on disk → extracted claims → database rows, one transaction per document."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.documents import Document, load_document
from tracker.errors import DocumentError
from tracker.extract import EXTRACTOR_VERSION, Claim, extract_claims
from tracker.store.database import Database
from tracker.store.models import ClaimRow, DocumentRow, EntityRow, RunRow

#: Files with these suffixes are read as documents when a folder is given.
DOCUMENT_SUFFIXES = (".txt",)

#: Called after each document with (path, outcome); outcome is added/unchanged/rejected.
ProgressCallback = Callable[[Path, str], None]


@dataclass
class RunSummary:
    """What one ingest run did, as stored in the `runs` table."""

    run_id: int
    seen: int = 0
    added: int = 0
    unchanged: int = 0
    rejected: int = 0
    claims_added: int = 0
    messages: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def changed_anything(self) -> bool:
        """Tells whether the database gained documents or claims."""
        return self.added > 0


def find_documents(paths: Iterable[str | Path]) -> list[Path]:
    """Gives the document files under `paths` (files as given, folders searched), sorted.

    A path that does not exist is a user mistake and raises DocumentError.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(_documents_in(path))
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            raise DocumentError(f"{path}: no such file or folder")
    return sorted(dict.fromkeys(found))


def _documents_in(folder: Path) -> Iterator[Path]:
    for path in folder.rglob("*"):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if path.suffix in DOCUMENT_SUFFIXES and not path.name.endswith(".meta.json"):
            yield path


def ingest(
    db: Database,
    paths: Iterable[str | Path],
    *,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Gives the summary of ingesting every document under `paths` into `db`.

    Each document is stored with its claims in one transaction; a document whose sha256 is
    already stored is skipped, so a rerun adds nothing. A document that cannot be read is
    rejected with a message and the others are still ingested.
    """
    files = find_documents(paths)
    started = time.perf_counter()
    summary = RunSummary(run_id=_start_run(db))
    for path in files:
        summary.seen += 1
        outcome = _ingest_one(db, path, summary)
        if progress is not None:
            progress(path, outcome)
    summary.seconds = time.perf_counter() - started
    _finish_run(db, summary)
    return summary


def _ingest_one(db: Database, path: Path, summary: RunSummary) -> str:
    try:
        document = load_document(path)
    except DocumentError as error:
        summary.rejected += 1
        summary.messages.append(str(error))
        return "rejected"
    with db.session() as session, session.begin():
        known = session.scalar(select(DocumentRow.id).where(DocumentRow.sha256 == document.sha256))
        if known is not None:
            summary.unchanged += 1
            return "unchanged"
        claims = extract_claims(document)
        session.add(_document_row(document, claims, _entity_rows(session, claims)))
    summary.added += 1
    summary.claims_added += len(claims)
    return "added"


def _document_row(
    document: Document, claims: list[Claim], entities: dict[str, EntityRow]
) -> DocumentRow:
    return DocumentRow(
        path=str(document.path or document.name),
        name=document.name,
        sha256=document.sha256,
        size=len(document.text.encode("utf-8")),
        publisher=document.publisher,
        published=document.published,
        title=document.title,
        url=document.url,
        text=document.text,
        ingested_at=datetime.now(UTC),
        extractor_version=EXTRACTOR_VERSION,
        claims=[_claim_row(claim, entities) for claim in claims],
    )


def _claim_row(claim: Claim, entities: dict[str, EntityRow]) -> ClaimRow:
    return ClaimRow(
        surface=claim.surface,
        start=claim.start,
        end=claim.end,
        sentence=claim.sentence,
        indicator=claim.indicator,
        value_low=claim.value_low,
        value_high=claim.value_high,
        unit=claim.unit,
        bound=claim.bound,
        measure=claim.measure,
        kind=claim.kind,
        period_start=claim.period_start,
        period_end=claim.period_end,
        period_text=claim.period_text,
        speaker=claim.speaker,
        publisher=claim.publisher,
        published=claim.published,
        confidence=claim.confidence,
        entities=[entities[name] for name in claim.entities],
    )


def _entity_rows(session: Session, claims: list[Claim]) -> dict[str, EntityRow]:
    names = {name for claim in claims for name in claim.entities}
    if not names:
        return {}
    rows = {
        row.name: row for row in session.scalars(select(EntityRow).where(EntityRow.name.in_(names)))
    }
    for name in names - rows.keys():
        rows[name] = EntityRow(name=name)
        session.add(rows[name])
    return rows


def _start_run(db: Database) -> int:
    with db.session() as session, session.begin():
        run = RunRow(
            started_at=datetime.now(UTC),
            status="running",
            extractor_version=EXTRACTOR_VERSION,
            seen=0,
            added=0,
            unchanged=0,
            rejected=0,
            claims_added=0,
        )
        session.add(run)
        session.flush()
        return run.id


def _finish_run(db: Database, summary: RunSummary) -> None:
    with db.session() as session, session.begin():
        run = session.get_one(RunRow, summary.run_id)
        run.finished_at = datetime.now(UTC)
        run.status = "rejected" if summary.rejected else "ok"
        run.seen = summary.seen
        run.added = summary.added
        run.unchanged = summary.unchanged
        run.rejected = summary.rejected
        run.claims_added = summary.claims_added
        run.messages = "\n".join(summary.messages) or None
