"""`--jobs N`: extraction in N processes, one writer, and the same database as one process."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from benchmarks.corpus import write_corpus
from tracker.cli import cli
from tracker.ingest import ingest
from tracker.pool import MIN_DOCUMENTS_FOR_POOL
from tracker.store import Database, open_database
from tracker.store.models import DocumentRow, EntityRow

from .fakes import number_claims

INGEST = importlib.import_module("tracker.ingest")
ARTICLES = 3 * MIN_DOCUMENTS_FOR_POOL  # enough that the pool really starts


@pytest.fixture(autouse=True)
def numbers_are_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every number is a claim: a module-level function, so worker processes can run it."""
    monkeypatch.setattr(INGEST, "extract_claims", number_claims)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Gives generated articles plus one file that is rejected."""
    folder = tmp_path / "corpus"
    write_corpus(folder, ARTICLES, seed=2)
    (folder / "0000" / "0000040x.txt").write_bytes(b"\x00binary")
    return folder


@pytest.fixture
def one_process(tmp_path: Path) -> Iterator[Database]:
    """Gives a second database, filled by single-process runs to compare against."""
    database = open_database(f"sqlite:///{tmp_path / 'one.db'}")
    yield database
    database.close()


def _snapshot(db: Database) -> list[Any]:
    with db.session() as session:
        rows = session.scalars(
            select(DocumentRow).order_by(DocumentRow.path, DocumentRow.version)
        ).all()
        documents = [
            (
                row.path, row.version, row.status, row.sha256, row.size, row.mtime_ns,
                row.publisher, row.published, row.extractor_version,
                [(c.start, c.value_low, [e.name for e in c.entities]) for c in row.claims],
            )
            for row in rows
        ]  # fmt: skip
        entities = sorted(session.scalars(select(EntityRow.name)))
    return [documents, entities]


def test_two_jobs_store_what_one_job_stores(
    db: Database, one_process: Database, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parallel = ingest(db, [corpus], jobs=2)
    single = ingest(one_process, [corpus], jobs=1)
    assert parallel.counts() == single.counts()
    assert (parallel.added, parallel.rejected) == (ARTICLES, 1)
    assert parallel.messages == single.messages
    assert _snapshot(db) == _snapshot(one_process)
    assert parallel.claims_added > ARTICLES

    # A new extractor version: every document is extracted again, in the pool too.
    monkeypatch.setattr(INGEST, "EXTRACTOR_VERSION", "2.0")
    again = ingest(db, [corpus], jobs=2)
    again_single = ingest(one_process, [corpus], jobs=1)
    assert again.reextracted == again_single.reextracted == ARTICLES
    assert _snapshot(db) == _snapshot(one_process)


def test_run_takes_jobs(runner: CliRunner, corpus: Path, db_url: str) -> None:
    result = runner.invoke(cli, ["run", "--jobs", "2", "--db", db_url, "--seeds", str(corpus)])
    assert result.exit_code == 3, result.output  # the binary file is rejected
    assert f"{ARTICLES} added" in result.output


def test_jobs_must_be_at_least_one(runner: CliRunner, corpus: Path, db_url: str) -> None:
    result = runner.invoke(cli, ["ingest", "--jobs", "0", "--db", db_url, str(corpus)])
    assert result.exit_code == 2 and "--jobs" in result.output


def test_run_extracts_on_every_core_by_default(
    runner: CliRunner, seeds: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli_module = importlib.import_module("tracker.cli")
    asked: list[int] = []
    real_ingest = cli_module.ingest

    def spy(*args: Any, **kwargs: Any) -> Any:
        asked.append(kwargs["jobs"])
        return real_ingest(*args, **kwargs)

    monkeypatch.setattr(cli_module, "ingest", spy)
    monkeypatch.setattr(cli_module, "default_jobs", lambda: 7)
    for extra in ([], ["--jobs", "3"]):
        result = runner.invoke(cli, ["run", "--db", db_url, "--seeds", str(seeds), *extra])
        assert result.exit_code == 0, result.output
    assert asked == [7, 3]
