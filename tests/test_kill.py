"""A run killed with SIGKILL mid-ingest loses nothing and leaves nothing half-done.

A real `tracker ingest` process is stopped at a chosen point (at the commit of the
transaction holding a chosen document, after its rows are written, or during extraction),
checked on from outside while it holds the lock, killed with SIGKILL, and the next run must
leave the database exactly as one clean run would. Each test runs with one document a
transaction and with several (`writer.Batches`): the batch in flight leaves no trace.
"""

from __future__ import annotations

import importlib
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tracker.errors import LockedError
from tracker.extract import EXTRACTOR_VERSION
from tracker.ingest import ingest
from tracker.store import Database, open_database, run_sql
from tracker.store.models import DocumentRow, EntityRow
from tracker.store.runs import recent_runs
from tracker.store.writer import BATCH_DOCUMENTS

from .conftest import REPO, SEEDS
from .fakes import number_claims

INGEST = importlib.import_module("tracker.ingest")
DOCUMENTS = 12
#: How long a rerun waits for the lock of the killed run: a PostgreSQL server notices a
#: dead client, and frees its advisory lock, a moment after the kill.
AFTER_KILL_SECONDS = 30
#: How long the test waits for the child to reach its stopping point before failing.
CHILD_DEADLINE_SECONDS = 120

# The child: `tracker ingest` with the stand-in extractor, which stops for good at the
# chosen point of the chosen document and writes `marker` so the test knows it is there.
_CHILD = """
import importlib, sys, time
from sqlalchemy import event
from sqlalchemy.engine import Engine
from tracker.cli import main
from tests.fakes import number_claims

db_url, folder, marker, point, stop_at, extractor_version, batch = sys.argv[1:8]
stop_at = int(stop_at)
ingest = importlib.import_module("tracker.ingest")
ingest.EXTRACTOR_VERSION = extractor_version
writer = importlib.import_module("tracker.store.writer")
writer.BATCH_DOCUMENTS, writer.BATCH_SECONDS = int(batch), 3600.0  # commits by count only
count = 0

def stop():
    open(marker, "w").write("stopped")
    time.sleep(3600)

def extract(document):
    global count
    count += 1
    if point == "extract" and count == stop_at:
        stop()
    return number_claims(document)

document_written = False

@event.listens_for(Engine, "before_cursor_execute")
def writing(_conn, _cursor, statement, *_args):
    global document_written
    if statement.lstrip().upper().startswith("INSERT INTO DOCUMENTS"):
        document_written = True

@event.listens_for(Engine, "commit")
def committing(_conn):
    global document_written
    if point == "flush" and document_written and count >= stop_at:
        stop()  # rows written, transaction open: the worst moment to die
    document_written = False

ingest.extract_claims = extract
main(["ingest", "--quiet", "--db", db_url, folder])
"""


@pytest.fixture(autouse=True)
def numbers_are_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(INGEST, "extract_claims", number_claims)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Gives a folder of distinct articles made from the seeds, so a run takes many steps."""
    folder = tmp_path / "docs"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for index in range(DOCUMENTS):
        text = seeds[index % len(seeds)].read_text(encoding="utf-8")
        (folder / f"doc{index:02}.txt").write_text(
            f"{text}\nDocument {index} counts {index * 7 + 1} units.\n", encoding="utf-8"
        )
    return folder


@pytest.fixture(params=[1, 4], ids=["one-a-transaction", "four-a-transaction"])
def batch(request: pytest.FixtureRequest) -> int:
    """Gives the documents a transaction of the killed run holds."""
    assert request.param < BATCH_DOCUMENTS  # the batches the run uses by default are larger
    return int(request.param)


def _committed_before(document: int, batch: int) -> int:
    """Gives how many documents are committed while the `document`-th one is in flight."""
    return (document - 1) // batch * batch


@pytest.fixture
def twin(tmp_path: Path) -> Iterator[Database]:
    """Gives a second database that sees the same work done by clean runs only."""
    database = open_database(f"sqlite:///{tmp_path / 'clean.db'}")
    yield database
    database.close()


def _snapshot(db: Database) -> list[Any]:
    """Gives every stored version with its claims and their entities, ids left out."""
    with db.session() as session:
        rows = session.scalars(
            select(DocumentRow).order_by(DocumentRow.path, DocumentRow.version)
        ).all()
        documents = [
            (
                row.path,
                row.version,
                row.status,
                row.sha256,
                row.extractor_version,
                [(c.surface, c.start, c.end, [e.name for e in c.entities]) for c in row.claims],
            )
            for row in rows
        ]
        entities = sorted(session.scalars(select(EntityRow.name)))
    return [documents, entities]


@contextmanager
def _stopped_child(
    db: Database, folder: Path, tmp_path: Path, point: str, stop_at: int, version: str, batch: int
) -> Iterator[None]:
    """Runs the child until it stops at its point, yields, then SIGKILLs it."""
    marker = tmp_path / f"stopped-{point}-{stop_at}"
    url = db.url.render_as_string(hide_password=False)
    child = subprocess.Popen(
        [
            *(sys.executable, "-c", _CHILD, url, str(folder), str(marker), point),
            *(str(stop_at), version, str(batch)),
        ],
        cwd=REPO,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + CHILD_DEADLINE_SECONDS
        while not marker.exists():
            if child.poll() is not None:
                pytest.fail(f"the child ended before stopping: {child.stderr.read()}")  # type: ignore[union-attr]
            if time.monotonic() > deadline:
                pytest.fail("the child never reached its stopping point")
            time.sleep(0.02)
        yield
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL


def _kill_mid_run(
    db: Database, folder: Path, tmp_path: Path, point: str, stop_at: int, version: str, batch: int
) -> int:
    """Stops the child mid-run, checks the database from outside, and kills the child.

    Gives how many documents were committed when it died.
    """
    with _stopped_child(db, folder, tmp_path, point, stop_at, version, batch):
        # Mid-run: readers see only committed documents, and a second run is refused.
        committed = int(run_sql(db, "SELECT count(*) FROM documents").rows[0][0])
        assert recent_runs(db)[0].status == "running"
        with pytest.raises(LockedError):
            ingest(db, [folder])
    return committed


def _tracker(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tracker", *args], cwd=REPO, capture_output=True, text=True
    )


def _assert_intact(db: Database) -> None:
    if db.dialect == "sqlite":
        assert run_sql(db, "PRAGMA integrity_check").rows == [("ok",)]
    orphans = run_sql(
        db,
        "SELECT count(*) FROM claims c LEFT JOIN documents d ON d.id = c.document_id "
        "WHERE d.id IS NULL",
    )
    assert orphans.rows == [(0,)]
    current = run_sql(
        db,
        "SELECT path FROM documents WHERE status = 'current' GROUP BY path HAVING count(*) > 1",
    )
    assert current.rows == []


@pytest.mark.parametrize(
    ("point", "stop_at"),
    [("flush", 1), ("flush", 5), ("flush", DOCUMENTS), ("extract", 7)],
    ids=["first-document-written", "fifth-written", "last-written", "seventh-extracting"],
)
def test_killed_first_ingest_then_rerun_equals_a_clean_run(
    db: Database,
    twin: Database,
    folder: Path,
    tmp_path: Path,
    point: str,
    stop_at: int,
    batch: int,
) -> None:
    committed = _kill_mid_run(db, folder, tmp_path, point, stop_at, EXTRACTOR_VERSION, batch)
    assert committed == _committed_before(stop_at, batch)  # the batch in flight left no trace
    _assert_intact(db)
    rerun = ingest(db, [folder], wait_seconds=AFTER_KILL_SECONDS)
    assert (rerun.added, rerun.unchanged, rerun.interrupted) == (
        DOCUMENTS - committed,
        committed,
        1,
    )
    ingest(twin, [folder])
    assert _snapshot(db) == _snapshot(twin)
    assert [run.status for run in recent_runs(db)] == ["ok", "interrupted"]
    assert ingest(db, [folder]).changed_anything is False


def test_killed_while_versioning_changed_files_then_rerun_equals_a_clean_run(
    db: Database, twin: Database, folder: Path, tmp_path: Path, batch: int
) -> None:
    ingest(db, [folder])
    ingest(twin, [folder])
    for path in sorted(folder.glob("*.txt"))[::2]:
        path.write_text(path.read_text(encoding="utf-8") + "Revised: 42 more.\n", "utf-8")
    _kill_mid_run(db, folder, tmp_path, "flush", 3, EXTRACTOR_VERSION, batch)
    _assert_intact(db)
    rerun = ingest(db, [folder], wait_seconds=AFTER_KILL_SECONDS)
    assert rerun.changed == DOCUMENTS // 2 - _committed_before(3, batch)
    ingest(twin, [folder])
    assert _snapshot(db) == _snapshot(twin)


def test_killed_while_re_extracting_then_rerun_equals_a_clean_run(
    db: Database,
    twin: Database,
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    batch: int,
) -> None:
    ingest(db, [folder])
    ingest(twin, [folder])
    _kill_mid_run(db, folder, tmp_path, "flush", 4, "2.0", batch)
    _assert_intact(db)
    monkeypatch.setattr(INGEST, "EXTRACTOR_VERSION", "2.0")
    rerun = ingest(db, [folder], wait_seconds=AFTER_KILL_SECONDS)
    assert rerun.reextracted == DOCUMENTS - _committed_before(4, batch)
    ingest(twin, [folder])
    assert _snapshot(db) == _snapshot(twin)


def test_a_second_tracker_process_exits_4_while_readers_go_on(
    db: Database, folder: Path, tmp_path: Path, batch: int
) -> None:
    url = db.url.render_as_string(hide_password=False)
    committed = _committed_before(3, batch)
    with _stopped_child(db, folder, tmp_path, "flush", 3, EXTRACTOR_VERSION, batch):
        second = _tracker("ingest", "--db", url, str(folder))
        patient = _tracker("ingest", "--db", url, "--wait", "0.5", str(folder))
        count = "SELECT count(*) AS n FROM documents"
        reader = _tracker("sql", "--db", url, count, "--format", "csv")
        runs = _tracker("runs", "--db", url, "--format", "json")
    assert second.returncode == 4 and second.stdout == ""
    assert second.stderr.startswith("Error: another tracker run is writing to")
    assert second.stderr.count("\n") == 1
    assert patient.returncode == 4 and "after waiting 0.5s" in patient.stderr
    assert reader.returncode == 0 and reader.stdout.splitlines() == ["n", str(committed)]
    assert runs.returncode == 0 and '"status": "running"' in runs.stdout
    rerun = ingest(db, [folder], wait_seconds=AFTER_KILL_SECONDS)
    assert (rerun.added, rerun.interrupted) == (DOCUMENTS - committed, 1)
