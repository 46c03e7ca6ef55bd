"""Opening a database: URL resolution, connection settings, and upgrade to the head revision."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from tracker.errors import DatabaseError

#: Where the database lives when neither `--db` nor the environment says otherwise.
DEFAULT_URL = "sqlite:///tracker.db"
#: The environment variable that names the database, for cron jobs and shells.
URL_VARIABLE = "TRACKER_DATABASE_URL"
#: How long a SQLite writer waits for another writer's transaction before giving up.
SQLITE_BUSY_TIMEOUT_MS = 30_000


class Database:
    """An open tracker database: its engine and a factory of ORM sessions."""

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        """Gives the backend's name: `sqlite` or `postgresql`."""
        return self.engine.dialect.name

    def session(self) -> Session:
        """Gives a new ORM session; use it as a context manager."""
        return self._sessions()

    @contextmanager
    def read_only(self) -> Iterator[Connection]:
        """Gives a connection on which the database refuses every write."""
        with self.engine.connect() as connection:
            if self.dialect == "sqlite":
                connection.exec_driver_sql("PRAGMA query_only = ON")
                _deny_attach(connection)
            elif self.dialect == "postgresql":
                connection.exec_driver_sql("SET TRANSACTION READ ONLY")
            try:
                yield connection
            finally:
                connection.rollback()
                if self.dialect == "sqlite":
                    connection.exec_driver_sql("PRAGMA query_only = OFF")
                    _allow_attach(connection)

    def close(self) -> None:
        """Releases every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({self.url.render_as_string(hide_password=True)!r})"


def resolve_url(url: str | None = None) -> URL:
    """Gives the database URL: the argument, else $TRACKER_DATABASE_URL, else ./tracker.db."""
    raw = url or os.environ.get(URL_VARIABLE) or DEFAULT_URL
    try:
        parsed = make_url(raw)
    except ArgumentError:
        raise DatabaseError(f"{raw!r} is not a database URL (e.g. sqlite:///tracker.db)") from None
    if parsed.drivername == "postgresql":  # psycopg 3 is the driver tracker ships with
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    """Gives an open database at `url`, created or upgraded to the head revision.

    Raises DatabaseError with one line for a bad URL, a missing folder, a file that is not
    a database, or a server that cannot be reached; an existing file is never overwritten.
    """
    parsed = resolve_url(url)
    engine = _create_engine(parsed)
    database = Database(parsed, engine)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1")).scalar()
            if parsed.drivername.startswith("sqlite"):
                # A file that is not SQLite fails only when its header is read.
                connection.exec_driver_sql("PRAGMA schema_version").scalar()
        if upgrade:
            upgrade_database(database)
    except SQLAlchemyError as error:
        engine.dispose()
        raise DatabaseError(f"{_describe(parsed)}: {_first_line(error)}") from None
    return database


def upgrade_database(database: Database, revision: str = "head") -> None:
    """Brings the schema to `revision`; does nothing when it is already there."""
    if revision == "head":
        # A plain read first, so readers never queue for the write lock below.
        with database.engine.connect() as connection:
            if current_revision(connection) == head_revision():
                return
    with _migrating(database) as connection:
        if revision == "head" and current_revision(connection) == head_revision():
            return  # another process upgraded it while this one waited
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade_database(database: Database, revision: str) -> None:
    """Takes the schema back to `revision` (`base` removes every table)."""
    with _migrating(database) as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


@contextmanager
def _migrating(database: Database) -> Iterator[Connection]:
    """Gives a connection holding one write transaction for a whole migration.

    On SQLite, foreign keys are off meanwhile: a batch migration copies a table and drops
    the original, and that DROP would cascade-delete every referencing row. `BEGIN
    IMMEDIATE` makes the DDL part of the transaction (pysqlite would autocommit it) and
    makes a second migrating process wait instead of failing halfway.
    """
    sqlite = database.dialect == "sqlite"
    with database.engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()
        try:
            with connection.begin():
                if sqlite:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                yield connection
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise DatabaseError(f"the migration left a dangling row: {tuple(broken)}")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                connection.commit()


def current_revision(connection: Connection) -> str | None:
    """Gives the revision the database is at, or None for an empty database."""
    return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """Gives the newest revision shipped with this version of tracker."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def alembic_config() -> Config:
    """Gives an Alembic configuration whose scripts are the ones inside the installed package."""
    config = Config()
    config.set_main_option("script_location", str(resources.files("tracker.migrations")))
    return config


def _create_engine(url: URL) -> Engine:
    kwargs: dict[str, Any] = {}
    if url.drivername.startswith("sqlite"):
        database = url.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            folder = Path(database).expanduser().resolve().parent
            if not folder.is_dir():
                raise DatabaseError(f"{url}: the folder {folder} does not exist")
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
    try:
        engine = create_engine(url, **kwargs)
    except (ArgumentError, NoSuchModuleError, ImportError) as error:
        raise DatabaseError(f"{_describe(url)}: {_first_line(error)}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _configure_sqlite)
    return engine


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        # WAL lets readers (tracker sql, reports) go on while a run writes.
        mode = None
        with suppress(Exception):
            mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode == "wal":
            # Under WAL, NORMAL syncs at checkpoints instead of every commit: a crash of
            # the process loses nothing, a power cut at worst the last commits, never
            # consistency; and a commit stays cheap.
            cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


_SQLITE_ATTACH = 24  # sqlite3.SQLITE_ATTACH


def _deny_attach(connection: Connection) -> None:
    raw = connection.connection.driver_connection
    if raw is None:
        return

    def authorizer(action: int, *_args: object) -> int:
        return 1 if action == _SQLITE_ATTACH else 0  # SQLITE_DENY / SQLITE_OK

    raw.set_authorizer(authorizer)


def _allow_attach(connection: Connection) -> None:
    raw = connection.connection.driver_connection
    if raw is not None:
        raw.set_authorizer(None)


def _describe(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    message = str(original).strip().splitlines()
    return message[0] if message else type(original).__name__


__all__ = [
    "DEFAULT_URL",
    "URL_VARIABLE",
    "Database",
    "current_revision",
    "downgrade_database",
    "head_revision",
    "open_database",
    "resolve_url",
    "upgrade_database",
]
