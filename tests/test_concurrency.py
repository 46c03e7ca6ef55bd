"""Two `tracker run` processes on one database at the same time store each document once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from benchmarks.corpus import write_corpus
from tracker.store import open_database
from tracker.store.models import DocumentRow
from tracker.store.runs import recent_runs

from .conftest import REPO

ARTICLES = 120


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Gives a folder of generated articles, enough for two runs to overlap."""
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, ARTICLES, seed=5)
    return folder


def test_two_simultaneous_runs_ingest_each_document_once(db_url: str, corpus: Path) -> None:
    """Both start on a database that does not exist yet: one migrates and ingests while the
    other waits (for the migration, then for the run lock), and finds nothing left to do."""
    command = [
        sys.executable, "-m", "tracker", "run", "--quiet", "--wait", "120",
        "--db", db_url, "--seeds", str(corpus),
    ]  # fmt: skip
    runs = [
        subprocess.Popen(command, cwd=REPO, stderr=subprocess.PIPE, text=True) for _ in range(2)
    ]
    errors = [run.communicate(timeout=300)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], "\n".join(errors)
    database = open_database(db_url)
    try:
        with database.session() as session:
            stored = session.scalar(select(func.count(DocumentRow.id)))
            distinct = session.scalar(select(func.count(func.distinct(DocumentRow.path))))
        records = recent_runs(database)
    finally:
        database.close()
    assert stored == distinct == ARTICLES
    assert sorted(run.added for run in records) == [0, ARTICLES]
