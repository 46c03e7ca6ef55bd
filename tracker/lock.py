"""The run lock: at most one ingest writes to a database at a time, on any backend.

SQLite gets an OS-level lock on a file beside the database; PostgreSQL gets a session
advisory lock. Both vanish with the process that holds them, so a run killed with
SIGKILL never leaves a stale lock behind.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import text
from sqlalchemy.engine import URL

from tracker.errors import DatabaseError, LockedError
from tracker.store.database import Database

#: The PostgreSQL advisory lock key: the bytes of "tracker" as one 64-bit integer.
ADVISORY_KEY = int.from_bytes(b"tracker", "big")
#: How often a waiting run asks the server again for the advisory lock.
POLL_SECONDS = 0.2


def lock_path(url: URL) -> Path | None:
    """Gives the lock file of a SQLite database (`tracker.db` → `tracker.db.lock`).

    None for an in-memory database, which no other process can open anyway.
    """
    database = url.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    path = Path(database).expanduser()
    return path.with_name(path.name + ".lock")


@contextmanager
def run_lock(db: Database, wait_seconds: float = 0.0) -> Iterator[None]:
    """Holds the database's run lock for the duration of the block.

    Waits up to `wait_seconds` for another run to finish, then raises LockedError.
    """
    if db.dialect == "postgresql":
        with _advisory_lock(db, wait_seconds):
            yield
        return
    path = lock_path(db.url) if db.dialect == "sqlite" else None
    if path is None:
        yield
        return
    lock = FileLock(path, timeout=max(wait_seconds, 0.0))
    try:
        lock.acquire()
    except Timeout:
        raise LockedError(_busy_message(db, wait_seconds, f"lock file {path}")) from None
    except OSError as error:
        reason = error.strerror or error
        raise DatabaseError(f"cannot create the lock file {path}: {reason}") from None
    try:
        yield
    finally:
        lock.release()


@contextmanager
def _advisory_lock(db: Database, wait_seconds: float) -> Iterator[None]:
    # A session-level lock lives as long as this connection, so it stays checked out.
    with db.engine.connect() as connection:
        deadline = time.monotonic() + max(wait_seconds, 0.0)
        while True:
            acquired = connection.execute(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": ADVISORY_KEY}
            ).scalar()
            connection.commit()
            if acquired:
                break
            if time.monotonic() >= deadline:
                raise LockedError(_busy_message(db, wait_seconds, f"advisory lock {ADVISORY_KEY}"))
            time.sleep(POLL_SECONDS)
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_KEY})
            connection.commit()


def _busy_message(db: Database, wait_seconds: float, what: str) -> str:
    where = db.url.render_as_string(hide_password=True)
    waited = f" after waiting {wait_seconds:g}s" if wait_seconds > 0 else ""
    return (
        f"another tracker run is writing to {where} ({what} is held){waited}; "
        "try again later or pass --wait SECONDS"
    )
