"""The run lock: one writer at a time, released when its holder ends or is killed."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock
from sqlalchemy.engine import make_url

from tracker.errors import DatabaseError, LockedError
from tracker.lock import lock_path, run_lock
from tracker.store import Database, open_database

# A child process that takes the lock, says so, and then waits to be killed.
_HOLDER = """
import sys, time
from tracker.lock import run_lock
from tracker.store import open_database
with run_lock(open_database(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(600)
"""


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:///tracker.db", "tracker.db.lock"),
        ("sqlite:////srv/data/claims.sqlite", "/srv/data/claims.sqlite.lock"),
        ("sqlite://", None),
        ("sqlite:///:memory:", None),
    ],
)
def test_lock_file_sits_beside_the_database(url: str, expected: str | None) -> None:
    path = lock_path(make_url(url))
    assert (str(path) if path else None) == expected


def test_a_second_holder_is_refused_while_the_first_holds(db: Database) -> None:
    with run_lock(db), pytest.raises(LockedError, match="another tracker run"), run_lock(db):
        pass  # pragma: no cover - never reached


def test_the_lock_is_free_again_after_the_block(db: Database) -> None:
    with run_lock(db):
        pass
    with run_lock(db):
        pass
    if db.dialect == "sqlite":
        path = lock_path(db.url)
        assert path is not None and path.exists()
        assert path.parent == Path(db.url.database or "").parent


def test_a_bounded_wait_says_how_long_it_waited(db: Database) -> None:
    waiting = pytest.raises(LockedError, match=r"after waiting 0\.1s")
    with run_lock(db), waiting, run_lock(db, wait_seconds=0.1):
        pass  # pragma: no cover - never reached


def test_a_killed_holder_leaves_no_stale_lock(db: Database, db_url: str) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, db_url], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(LockedError), run_lock(db):
            pass  # pragma: no cover - never reached
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # A PostgreSQL server frees a dead client's advisory lock a moment after the kill.
    with run_lock(db, wait_seconds=30):
        pass


def test_a_lock_file_that_cannot_be_created_is_a_database_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only SQLite databases have a lock file, so this one runs on SQLite alone."""

    def read_only_folder(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    db = open_database(f"sqlite:///{tmp_path / 'tracker.db'}")
    monkeypatch.setattr(FileLock, "acquire", read_only_folder)
    try:
        with pytest.raises(DatabaseError, match=r"cannot create the lock file"), run_lock(db):
            pass  # pragma: no cover - never reached
    finally:
        db.close()
