"""Ingest: documents on disk → extracted claims → database rows, whole documents per
transaction.

A run does only the new work: new files are added, changed files get a new version,
vanished files are marked removed, and nothing is ever deleted.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import Connection, func, select, update
from sqlalchemy.exc import SQLAlchemyError

from tracker import pool
from tracker.documents import MAX_DOCUMENT_BYTES, Document, load_document, parse_document
from tracker.errors import DatabaseError, DocumentError
from tracker.extract import EXTRACTOR_VERSION, Claim, extract_claims
from tracker.lock import run_lock
from tracker.pool import Extracted
from tracker.store.database import Database
from tracker.store.models import CURRENT, REMOVED, SUPERSEDED, DocumentRow
from tracker.store.runs import RUN_COUNTS, finish_run, mark_interrupted, start_run
from tracker.store.writer import Batches, EntityIds, insert_document

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

#: Called after each document with (path, outcome), one of the outcomes above, once what
#: the run wrote for it is committed.
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
    return [Path(path) for path in _find_files(paths)]


def _find_files(paths: Iterable[str | Path]) -> list[str]:
    """Gives find_documents' paths as strings, as the database stores them.

    An archive holds hundreds of thousands of files: building a Path for each of them
    costs more than the rest of a run that finds nothing to do.
    """
    found: list[str] = []
    roots = 0
    for raw in paths:
        roots += 1
        root = str(Path(raw))
        if os.path.isdir(root):
            found.extend(_documents_in(root))
        elif os.path.lexists(root):
            found.append(root)
        else:
            raise DocumentError(f"{root}: no such file or folder")
    if roots > 1:  # one folder is already walked in order; several are merged
        return sorted(dict.fromkeys(found), key=_path_order)
    return found


def _path_order(path: str) -> list[str]:
    """Orders path strings the way Path objects sort: by their parts."""
    return path.split(os.sep)


def _documents_in(folder: str) -> Iterator[str]:
    """Gives the document files under `folder`, in Path order, skipping hidden names.

    Like `Path.rglob`, it does not follow links to folders, and passes over folders it
    may not read.
    """
    prefix = "" if folder == "." else folder.rstrip(os.sep) + os.sep
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        if name.endswith(DOCUMENT_SUFFIXES):
            yield prefix + name
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False
        if is_folder:
            yield from _documents_in(prefix + name)


def ingest(
    db: Database,
    paths: Iterable[str | Path],
    *,
    wait_seconds: float = 0.0,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    jobs: int = 1,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Gives the summary of bringing `db` up to date with the documents under `paths`.

    Holds the run lock throughout (LockedError after `wait_seconds`), so two runs never
    ingest the same file. A document is stored with its claims in one transaction, shared
    with the documents before it (`writer.Batches`: up to BATCH_DOCUMENTS documents or
    BATCH_SECONDS seconds): a run killed at any moment leaves whole documents only, and
    loses at most the batch in flight, which the next run ingests.
    A new file is added; an unchanged one (same size and mtime, else same sha256) is
    skipped; a changed one gets a new version and its old one is kept, superseded; a
    current document whose file is gone under `paths` is marked removed; and documents
    read by another extractor version are extracted again. A file that cannot be read is
    rejected with a message, and the others are still ingested.

    Extraction runs in `jobs` processes while this process writes, in file order, so the
    database ends the same whatever `jobs` is. Worker processes start afresh and import
    the caller's main module, so a script passing `jobs > 1` needs the usual
    `if __name__ == "__main__":` guard (`tracker run` defaults to one job per core).
    """
    roots = [str(Path(raw)) for raw in paths]
    files = _find_files(roots)
    try:
        with run_lock(db, wait_seconds):
            interrupted = mark_interrupted(db)
            summary = RunSummary(
                run_id=start_run(db, EXTRACTOR_VERSION),
                extractor_version=EXTRACTOR_VERSION,
                interrupted=interrupted,
            )
            _Run(db, summary, max_bytes, jobs, progress).perform(roots, files)
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
        jobs: int,
        progress: ProgressCallback | None,
    ) -> None:
        self.db = db
        self.summary = summary
        self.max_bytes = max_bytes
        self.jobs = jobs
        self.progress = progress
        self.current: dict[str, _Current] = {}
        self.current_sha256: set[str] = set()
        self.retired_versions: dict[str, int] = {}
        self.entities = EntityIds()
        # A rollback may undo entities the cache has seen inserted.
        self.batches = Batches(db.engine, on_rollback=self.entities.forget)

    def perform(self, roots: list[str], files: list[str]) -> None:
        started = time.perf_counter()
        status = "failed"
        try:
            self.current = _current_documents(self.db)
            self.current_sha256 = {known.sha256 for known in self.current.values()}
            self.retired_versions = _retired_versions(self.db)
            self._ingest_files(files)
            self._mark_removed(roots, set(files))
            self.batches.commit()  # the query for stale documents must see this run's writes
            self._reextract_stale()
            self.batches.commit()
            status = "rejected" if self.summary.rejected else "ok"
        finally:
            self.summary.seconds = time.perf_counter() - started
            # Only a run that stopped early (Ctrl-C while extracting, a worker that died) has
            # a batch open here: whole documents, worth keeping. If that commit fails too,
            # the batch is rolled back and the first failure is the one to report.
            with suppress(SQLAlchemyError):
                self.batches.commit()
            try:
                counts = self.summary.counts()
                finish_run(self.db, self.summary.run_id, status, counts, self.summary.messages)
            except SQLAlchemyError:
                if status != "failed":
                    raise  # a failure already on its way out matters more than its record

    def _finish(self, path: str, outcome: str, claims: int = 0) -> None:
        """Counts and reports a document's outcome once what was written for it is committed,
        so the run's counts and the progress shown never include a rolled-back document."""
        self.batches.after_commit(partial(self._count, path, outcome, claims))

    def _count(self, path: str, outcome: str, claims: int) -> None:
        field_name = _SUMMARY_FIELDS[outcome]
        setattr(self.summary, field_name, getattr(self.summary, field_name) + 1)
        self.summary.claims_added += claims
        if outcome != REJECTED:
            log.log(logging.DEBUG if outcome == UNCHANGED else logging.INFO, "%s %s", outcome, path)
        if self.progress is not None:
            self.progress(Path(path), outcome)

    def _reject(self, message: str) -> str:
        self.summary.messages.append(message)
        log.warning("rejected: %s", message)
        return REJECTED

    def _ingest_files(self, files: list[str]) -> None:
        # First pass: stat only, so a rerun never opens a file it has seen unchanged.
        plan: list[tuple[str, os.stat_result | None, bool]] = []
        for path in files:
            known = self.current.get(path)
            try:
                stat: os.stat_result | None = os.stat(path)
            except OSError:
                stat = None  # the loader names the problem
            untouched = known is not None and stat is not None and known.same_file(stat)
            plan.append((path, stat, untouched))
        # Second pass: workers read and extract the rest; this process stores it, in order.
        results = pool.extract_all(
            (Path(path) for path, _stat, untouched in plan if not untouched),
            partial(load_document, max_bytes=self.max_bytes),
            extract=extract_claims,
            jobs=self.jobs,
        )
        for path, stat, untouched in plan:
            self.summary.seen += 1
            if untouched:
                self._finish(path, UNCHANGED)
            else:
                item = next(results)
                outcome = self._ingest_file(path, stat, item)
                stored = outcome in (ADDED, CHANGED)
                self._finish(path, outcome, len(item.claims) if stored else 0)

    def _ingest_file(self, path: str, stat: os.stat_result | None, item: Extracted[Path]) -> str:
        """Stores what `item` holds, if it is new; gives the outcome."""
        if item.document is None:
            return self._reject(item.load_error or f"{path}: cannot be read")
        document = item.document
        known = self.current.get(path)
        if known is not None and document.sha256 == known.sha256:
            if stat is not None:  # touched, not changed: skip it next time
                with self.batches.document() as connection:
                    _remember_file(connection, known.id, stat)
            return UNCHANGED
        if known is None and document.sha256 in self.current_sha256:
            log.info("%s has the same bytes as a stored document; not stored twice", path)
            return UNCHANGED
        if item.extract_error is not None:
            return self._extraction_failed(document, item.extract_error)
        self._store(document, item.claims, stat, replaces=known)
        self.current_sha256.add(document.sha256)
        return ADDED if known is None else CHANGED

    def _extraction_failed(self, document: Document, error: str) -> str:
        return self._reject(f"{document.path or document.name}: extraction failed ({error})")

    def _store(
        self,
        document: Document,
        claims: list[Claim],
        stat: os.stat_result | None,
        *,
        replaces: _Current | None,
    ) -> None:
        if replaces is not None:
            version = replaces.version + 1
        else:  # a new path, or one whose earlier versions were all retired
            version = self.retired_versions.get(str(document.path or document.name), 0) + 1
        with self.batches.document() as connection:
            _store_version(
                connection,
                self.entities,
                document,
                claims,
                stat,
                replaces=replaces,
                version=version,
            )

    def _mark_removed(self, roots: list[str], found: set[str]) -> None:
        # A folder with no document at all is more likely unmounted than emptied on purpose.
        empty = [root for root in roots if os.path.isdir(root) and not _any_under(found, root)]
        for root in empty:
            stored = sum(_is_under(path, [root]) for path in self.current)
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
            if path not in found and _is_under(path, watched)
        ]
        for known in gone:
            with self.batches.document() as connection:
                connection.execute(
                    update(DocumentRow)
                    .where(DocumentRow.id == known.id, DocumentRow.status == CURRENT)
                    .values(status=REMOVED, retired_at=datetime.now(UTC))
                )
            self._finish(known.path, REMOVED)

    def _reextract_stale(self) -> None:
        with self.db.session() as session:
            stale = session.scalars(
                select(DocumentRow.id)
                .where(
                    DocumentRow.status == CURRENT,
                    DocumentRow.extractor_version != EXTRACTOR_VERSION,
                )
                .order_by(DocumentRow.id)
            ).all()
            if not stale:
                return
            replaced = session.scalars(
                select(DocumentRow.extractor_version)
                .where(
                    DocumentRow.status == CURRENT,
                    DocumentRow.extractor_version != EXTRACTOR_VERSION,
                )
                .distinct()
            ).all()
        self.summary.replaced_versions = sorted(replaced)
        log.info(
            "extractor %s replaces %s: re-extracting %d documents",
            EXTRACTOR_VERSION,
            ", ".join(self.summary.replaced_versions),
            len(stale),
        )
        results = pool.extract_all(
            _stored_versions(self.db, list(stale)),
            _stored_document,
            extract=extract_claims,
            jobs=self.jobs,
        )
        for item in results:
            known = item.source.current
            if item.document is None:
                self._reject(f"{known.path}: cannot be re-extracted ({item.load_error})")
                self.batches.after_commit(self._count_rejected)
            elif item.extract_error is not None:
                self._extraction_failed(item.document, item.extract_error)
                self.batches.after_commit(self._count_rejected)
            else:
                self._store(item.document, item.claims, None, replaces=known)
                self._finish(known.path, REEXTRACTED, len(item.claims))

    def _count_rejected(self) -> None:
        """Counts a stored version that could not be re-extracted: it stays as it is, and is
        no file of this run to report progress on."""
        self.summary.rejected += 1


#: The RunSummary count of each outcome.
_SUMMARY_FIELDS = {
    ADDED: "added",
    CHANGED: "changed",
    UNCHANGED: "unchanged",
    REJECTED: "rejected",
    REEXTRACTED: "reextracted",
    REMOVED: "removed",
}


class _Current(NamedTuple):
    """What a run needs to know of a path's current version.

    A named tuple, not a dataclass: a run builds one per stored document, 100,000s of them.
    """

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


def _is_under(path: str, roots: list[str]) -> bool:
    """Tells whether `path` is one of `roots` or inside one (all as str(Path) gives them)."""
    for root in roots:
        if path == root or path.startswith(root.rstrip(os.sep) + os.sep):
            return True
        if root == "." and not os.path.isabs(path):
            return True
    return False


def _any_under(found: set[str], root: str) -> bool:
    return any(_is_under(path, [root]) for path in found)


def _remember_file(connection: Connection, document_id: int, stat: os.stat_result) -> None:
    connection.execute(
        update(DocumentRow)
        .where(DocumentRow.id == document_id)
        .values(size=stat.st_size, mtime_ns=stat.st_mtime_ns)
    )


def _store_version(
    connection: Connection,
    entities: EntityIds,
    document: Document,
    claims: list[Claim],
    stat: os.stat_result | None,
    *,
    replaces: _Current | None,
    version: int,
) -> None:
    """Writes a document's new version and its claims, superseding `replaces`, on the
    connection's transaction."""
    now = datetime.now(UTC)
    size, mtime_ns = len(document.text.encode("utf-8")), None
    if stat is not None:
        size, mtime_ns = stat.st_size, stat.st_mtime_ns
    elif replaces is not None:
        size, mtime_ns = replaces.size, replaces.mtime_ns
    values = {
        "path": str(document.path or document.name),
        "version": version,
        "status": CURRENT,
        "name": document.name,
        "sha256": document.sha256,
        "size": size,
        "mtime_ns": mtime_ns,
        "publisher": document.publisher,
        "published": document.published,
        "title": document.title,
        "url": document.url,
        "text": document.text,
        "ingested_at": now,
        "extractor_version": EXTRACTOR_VERSION,
    }
    if replaces is not None:
        connection.execute(
            update(DocumentRow)
            .where(DocumentRow.id == replaces.id, DocumentRow.status == CURRENT)
            .values(status=SUPERSEDED, retired_at=now)
        )
    insert_document(connection, values, claims, entities)


def _retired_versions(db: Database) -> dict[str, int]:
    """Gives the highest version of each path that has no current version left."""
    with db.session() as session:
        rows = session.execute(
            select(DocumentRow.path, func.max(DocumentRow.version))
            .where(DocumentRow.status != CURRENT)
            .group_by(DocumentRow.path)
        )
        return {path: int(version) for path, version in rows}


@dataclass(frozen=True)
class _Stored:
    """A stored version's text and metadata, as handed to a worker for re-extraction."""

    current: _Current
    name: str
    text: str
    publisher: str | None
    published: date | None
    title: str | None
    url: str | None


#: Stored versions read per query while re-extracting: bounded memory, few round trips.
_STORED_CHUNK = 500


def _stored_versions(db: Database, ids: list[int]) -> Iterator[_Stored]:
    """Gives the stored versions with these ids, in order, reading a chunk at a time."""
    for start in range(0, len(ids), _STORED_CHUNK):
        chunk = ids[start : start + _STORED_CHUNK]
        with db.session() as session:
            rows = session.scalars(
                select(DocumentRow).where(DocumentRow.id.in_(chunk)).order_by(DocumentRow.id)
            ).all()
            stored = [
                _Stored(
                    _Current.of(row),
                    row.name,
                    row.text,
                    row.publisher,
                    row.published,
                    row.title,
                    row.url,
                )
                for row in rows
            ]
        yield from stored


def _stored_document(stored: _Stored) -> Document:
    """Gives the Document a stored version was read as, from its stored text."""
    document = parse_document(
        stored.text,
        name=stored.name,
        sha256=stored.current.sha256,
        path=Path(stored.current.path),
        publisher=stored.publisher,
        published=stored.published,
    )
    return replace(document, title=stored.title, url=stored.url)
