"""Shared fixtures: seed documents, temporary databases, a CLI runner."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.store import Database, open_database

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """Gives a private copy of the seed folder, so tests may add or change documents."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """Gives the URL of an empty database for one test."""
    return f"sqlite:///{tmp_path / 'tracker.db'}"


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
