"""Ingest: documents on disk → extracted claims → database rows, one transaction per document.

A run does only the new work: new files are added, changed files get a new version,
vanished files are marked removed, and nothing is ever deleted.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from tracker.documents import MAX_DOCUMENT_BYTES, Document, load_document, parse_document
from tracker.errors import DatabaseError, DocumentError
from tracker.extract import EXTRACTOR_VERSION, Claim, extract_claims
from tracker.lock import run_lock
from tracker.store.database import Database
from tracker.store.models import (
    CURRENT,
    REMOVED,
    SUPERSEDED,
    ClaimRow,
    DocumentRow,
    EntityRow,
)
from tracker.store.runs import RUN_COUNTS, finish_run, mark_interrupted, start_run

log = logging.getLogger(__name__)

#: Files with these suffixes are read as documents when a folder is given.
DOCUMENT_SUFFIXES = (".txt",)

#: What became of one document in a run.
ADDED = "added"
CHANGED = "changed"
UNCHANGED = "unchanged"
REJECTED = "rejected"
REEXTRACTED = "reextracted"
# REMOVED is the document status of the same name.

#: Called after each document with (path, outcome), one of the outcomes above.
ProgressCallback = Callable[[Path, str], None]


@dataclass
class RunSummary:
    """What one ingest run did, as stored in the `runs` table."""

    run_id: int
    extractor_version: str = EXTRACTOR_VERSION
    seen: int = 0
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    rejected: int = 0
    reextracted: int = 0
    claims_added: int = 0
    #: Earlier runs found still `running` (killed) and marked `interrupted`.
    interrupted: int = 0
    #: The extractor versions whose documents this run extracted again.
    replaced_versions: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def changed_anything(self) -> bool:
        """Tells whether the database gained documents, versions or claims."""
        return bool(self.added or self.changed or self.removed or self.reextracted)

    def counts(self) -> dict[str, int]:
        """Gives the counts the `runs` table keeps, by column name."""
        return {name: getattr(self, name) for name in RUN_COUNTS}


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
    wait_seconds: float = 0.0,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Gives the summary of bringing `db` up to date with the documents under `paths`.

    Holds the run lock throughout (LockedError after `wait_seconds`), so two runs never
    ingest the same file. Each document is stored with its claims in one transaction: a
    run killed at any moment leaves the database as it was before the document in flight.
    A new file is added; an unchanged one (same size and mtime, else same sha256) is
    skipped; a changed one gets a new version and its old one is kept, superseded; a
    current document whose file is gone under `paths` is marked removed; and documents
    read by another extractor version are extracted again. A file that cannot be read is
    rejected with a message, and the others are still ingested.
    """
    roots = [Path(raw) for raw in paths]
    files = find_documents(roots)
    try:
        with run_lock(db, wait_seconds):
            interrupted = mark_interrupted(db)
            summary = RunSummary(
                run_id=start_run(db, EXTRACTOR_VERSION),
                extractor_version=EXTRACTOR_VERSION,
                interrupted=interrupted,
            )
            _Run(db, summary, max_bytes, progress).perform(roots, files)
    except SQLAlchemyError as error:
        # A full disk or a vanished server: one line for cron, the run's row says `failed`.
        original = getattr(error, "orig", None) or error
        reason = (str(original).strip().splitlines() or [type(original).__name__])[0]
        raise DatabaseError(f"the run stopped: {reason}") from None
    return summary


class _Run:
    """One run's work, in the order that makes a rerun after a crash finish the job."""

    def __init__(
        self,
        db: Database,
        summary: RunSummary,
        max_bytes: int,
        progress: ProgressCallback | None,
    ) -> None:
        self.db = db
        self.summary = summary
        self.max_bytes = max_bytes
        self.progress = progress
        self.current: dict[str, _Current] = {}
        self.current_sha256: set[str] = set()

    def perform(self, roots: list[Path], files: list[Path]) -> None:
        started = time.perf_counter()
        status = "failed"
        try:
            self.current = _current_documents(self.db)
            self.current_sha256 = {known.sha256 for known in self.current.values()}
            for path in files:
                self.summary.seen += 1
                self._report(path, self._ingest_file(path))
            self._mark_removed(roots, {str(path) for path in files})
            self._reextract_stale()
            status = "rejected" if self.summary.rejected else "ok"
        finally:
            self.summary.seconds = time.perf_counter() - started
            try:
                counts = self.summary.counts()
                finish_run(self.db, self.summary.run_id, status, counts, self.summary.messages)
            except SQLAlchemyError:
                if status != "failed":
                    raise  # a failure already on its way out matters more than its record

    def _report(self, path: Path, outcome: str) -> None:
        if outcome != REJECTED:
            log.log(logging.DEBUG if outcome == UNCHANGED else logging.INFO, "%s %s", outcome, path)
        if self.progress is not None:
            self.progress(path, outcome)

    def _reject(self, message: str) -> str:
        self.summary.rejected += 1
        self.summary.messages.append(message)
        log.warning("rejected: %s", message)
        return REJECTED

    def _ingest_file(self, path: Path) -> str:
        known = self.current.get(str(path))
        try:
            stat: os.stat_result | None = path.stat()
        except OSError:
            stat = None  # the loader names the problem below
        if known is not None and stat is not None and known.same_file(stat):
            self.summary.unchanged += 1
            return UNCHANGED
        try:
            document = load_document(path, max_bytes=self.max_bytes)
        except DocumentError as error:
            return self._reject(str(error))
        if known is not None and document.sha256 == known.sha256:
            _remember_file(self.db, known.id, stat)  # touched, not changed: skip it next time
            self.summary.unchanged += 1
            return UNCHANGED
        if known is None and document.sha256 in self.current_sha256:
            log.info("%s has the same bytes as a stored document; not stored twice", path)
            self.summary.unchanged += 1
            return UNCHANGED
        claims = self._extract(document)
        if claims is None:
            return REJECTED
        _store_version(self.db, document, claims, stat, replaces=known)
        self.current_sha256.add(document.sha256)
        self.summary.claims_added += len(claims)
        if known is None:
            self.summary.added += 1
            return ADDED
        self.summary.changed += 1
        return CHANGED

    def _extract(self, document: Document) -> list[Claim] | None:
        try:
            return extract_claims(document)
        except Exception as error:  # an extractor bug must not stop the other documents
            self._reject(f"{document.path or document.name}: extraction failed ({error!r})")
            return None

    def _mark_removed(self, roots: list[Path], found: set[str]) -> None:
        # A folder with no document at all is more likely unmounted than emptied on purpose.
        empty = [root for root in roots if root.is_dir() and not _any_under(found, root)]
        for root in empty:
            stored = sum(_is_under(Path(path), [root]) for path in self.current)
            if stored:
                log.warning(
                    "%s holds no documents: its %d stored documents are not marked removed "
                    "(is it mounted?)",
                    root,
                    stored,
                )
        watched = [root for root in roots if root not in empty]
        gone = [
            known
            for path, known in self.current.items()
            if path not in found and _is_under(Path(path), watched)
        ]
        for known in gone:
            with self.db.session() as session, session.begin():
                session.execute(
                    update(DocumentRow)
                    .where(DocumentRow.id == known.id, DocumentRow.status == CURRENT)
                    .values(status=REMOVED, retired_at=datetime.now(UTC))
                )
            self.summary.removed += 1
            self._report(Path(known.path), REMOVED)

    def _reextract_stale(self) -> None:
        with self.db.session() as session:
            stale = session.execute(
                select(DocumentRow.id, DocumentRow.extractor_version)
                .where(
                    DocumentRow.status == CURRENT,
                    DocumentRow.extractor_version != EXTRACTOR_VERSION,
                )
                .order_by(DocumentRow.id)
            ).all()
        if not stale:
            return
        self.summary.replaced_versions = sorted({version for _id, version in stale})
        log.info(
            "extractor %s replaces %s: re-extracting %d documents",
            EXTRACTOR_VERSION,
            ", ".join(self.summary.replaced_versions),
            len(stale),
        )
        for document_id, _version in stale:
            with self.db.session() as session:
                row = session.get_one(DocumentRow, document_id)
                known = _Current.of(row)
                try:
                    document = _stored_document(row)
                except DocumentError as error:
                    self._reject(f"{row.path}: cannot be re-extracted ({error})")
                    continue
            claims = self._extract(document)
            if claims is None:
                continue
            _store_version(self.db, document, claims, None, replaces=known)
            self.summary.reextracted += 1
            self.summary.claims_added += len(claims)
            self._report(Path(known.path), REEXTRACTED)


@dataclass(frozen=True)
class _Current:
    """What a run needs to know of a path's current version."""

    id: int
    path: str
    version: int
    sha256: str
    size: int
    mtime_ns: int | None

    @classmethod
    def of(cls, row: DocumentRow) -> _Current:
        return cls(row.id, row.path, row.version, row.sha256, row.size, row.mtime_ns)

    def same_file(self, stat: os.stat_result) -> bool:
        """Tells whether the file looks untouched since it was read, without reading it."""
        return self.mtime_ns == stat.st_mtime_ns and self.size == stat.st_size


def _current_documents(db: Database) -> dict[str, _Current]:
    with db.session() as session:
        rows = session.execute(
            select(
                DocumentRow.id,
                DocumentRow.path,
                DocumentRow.version,
                DocumentRow.sha256,
                DocumentRow.size,
                DocumentRow.mtime_ns,
            ).where(DocumentRow.status == CURRENT)
        )
        return {row.path: _Current(*row) for row in rows}


def _is_under(path: Path, roots: list[Path]) -> bool:
    return any(path == root or root in path.parents for root in roots)


def _any_under(found: set[str], root: Path) -> bool:
    return any(_is_under(Path(path), [root]) for path in found)


def _remember_file(db: Database, document_id: int, stat: os.stat_result | None) -> None:
    if stat is None:
        return
    with db.session() as session, session.begin():
        session.execute(
            update(DocumentRow)
            .where(DocumentRow.id == document_id)
            .values(size=stat.st_size, mtime_ns=stat.st_mtime_ns)
        )


def _store_version(
    db: Database,
    document: Document,
    claims: list[Claim],
    stat: os.stat_result | None,
    *,
    replaces: _Current | None,
) -> None:
    """Stores a document's new version and its claims, superseding `replaces`, atomically."""
    path = str(document.path or document.name)
    with db.session() as session, session.begin():
        if replaces is not None:
            session.execute(
                update(DocumentRow)
                .where(DocumentRow.id == replaces.id, DocumentRow.status == CURRENT)
                .values(status=SUPERSEDED, retired_at=datetime.now(UTC))
            )
            version = replaces.version + 1
        else:
            latest = session.scalar(
                select(func.max(DocumentRow.version)).where(DocumentRow.path == path)
            )
            version = (latest or 0) + 1
        row = _document_row(document, claims, _entity_rows(session, claims))
        row.version = version
        if stat is not None:
            row.size, row.mtime_ns = stat.st_size, stat.st_mtime_ns
        elif replaces is not None:
            row.size, row.mtime_ns = replaces.size, replaces.mtime_ns
        session.add(row)


def _stored_document(row: DocumentRow) -> Document:
    """Gives the Document a stored version was read as, from its stored text."""
    document = parse_document(
        row.text,
        name=row.name,
        sha256=row.sha256,
        path=Path(row.path),
        publisher=row.publisher,
        published=row.published,
    )
    return replace(document, title=row.title, url=row.url)


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
