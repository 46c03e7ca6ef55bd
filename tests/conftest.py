"""Shared fixtures: seed documents, temporary databases on SQLite and PostgreSQL, a CLI runner."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest
from click.testing import CliRunner
from sqlalchemy.engine import URL, make_url

from tracker.store import Database, open_database

from .postgres_server import (
    URL_VARIABLE,
    ServerUnavailable,
    TemporaryServer,
    create_database,
    drop_database,
)

pytest_plugins = ["tests.ci_guard", "pytester"]

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"

#: The backends every storage, ingest, rerun and report test runs against.
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """Gives a private copy of the seed folder, so tests may add or change documents."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture(scope="session")
def postgresql_admin_url() -> Iterator[URL]:
    """Gives a superuser URL on a PostgreSQL server for the whole session.

    A running server named by $TRACKER_TEST_POSTGRESQL_URL is used as is; otherwise a
    throw-away server is started from the installed binaries and stopped at the end.
    Without either, the PostgreSQL tests are skipped on a dev machine and fail in CI
    (CI=true), so CI can never pass without having run them.
    """
    if os.environ.get(URL_VARIABLE):
        yield make_url(os.environ[URL_VARIABLE]).set(drivername="postgresql+psycopg")
        return
    try:
        server = TemporaryServer().start()
    except ServerUnavailable as error:
        postgresql_unavailable(error)
    try:
        yield server.admin_url
    finally:
        server.stop()


def postgresql_unavailable(error: ServerUnavailable) -> NoReturn:
    """Skips the PostgreSQL tests on a dev machine; fails them in CI, where they must run."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but PostgreSQL is unavailable: {error}", pytrace=False)
    pytest.skip(f"PostgreSQL is unavailable: {error}")


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Gives the URL of an empty database for one test: a SQLite file or a fresh PostgreSQL
    database created for this test alone."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tracker.db'}"
        return
    admin: URL = request.getfixturevalue("postgresql_admin_url")
    url = create_database(admin)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        drop_database(admin, url)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """Gives an open database at the head revision."""
    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def runner() -> CliRunner:
    """Gives a click runner that keeps stderr apart from stdout."""
    return CliRunner()
