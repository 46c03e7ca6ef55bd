"""The CLI for scheduled runs: exit codes cron relies on, logs, `tracker runs`."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tracker.cli import EXIT_LOCKED, EXIT_REJECTED, cli
from tracker.extract import EXTRACTOR_VERSION
from tracker.lock import run_lock
from tracker.store import open_database

INGEST = importlib.import_module("tracker.ingest")


def _run(runner: CliRunner, db_url: str, seeds: Path, *extra: str) -> Result:
    return runner.invoke(cli, ["run", "--db", db_url, "--seeds", str(seeds), *extra])


def test_a_second_run_while_one_holds_the_lock_exits_4(
    runner: CliRunner, seeds: Path, db_url: str
) -> None:
    db = open_database(db_url)
    with run_lock(db):
        result = runner.invoke(cli, ["run", "--db", db_url, "--seeds", str(seeds)])
    db.close()
    assert result.exit_code == EXIT_LOCKED
    assert "another tracker run" in result.output and "--wait" in result.output
    assert result.output.strip().count("\n") == 0
    listed = runner.invoke(cli, ["runs", "--db", db_url, "--format", "json"])
    assert json.loads(listed.output) == []  # the refused run did nothing at all


def test_readers_work_while_a_run_holds_the_lock(
    runner: CliRunner, seeds: Path, db_url: str
) -> None:
    assert _run(runner, db_url, seeds).exit_code == 0
    db = open_database(db_url)
    with run_lock(db):
        result = runner.invoke(
            cli, ["sql", "--db", db_url, "SELECT count(*) AS n FROM documents", "--format", "csv"]
        )
        claims = runner.invoke(cli, ["claims", "--db", db_url, "--format", "json"])
    db.close()
    assert result.exit_code == 0 and result.output.splitlines() == ["n", "2"]
    assert claims.exit_code == 0


@pytest.mark.parametrize(
    ("flags", "summary", "per_document"),
    [([], True, False), (["--quiet"], False, False), (["--verbose"], True, True)],
    ids=["default", "quiet", "verbose"],
)
def test_log_levels(
    runner: CliRunner,
    seeds: Path,
    db_url: str,
    flags: list[str],
    summary: bool,
    per_document: bool,
) -> None:
    (seeds / "empty.txt").write_bytes(b"")
    result = runner.invoke(cli, ["run", "--db", db_url, "--seeds", str(seeds), *flags])
    assert result.exit_code == EXIT_REJECTED
    assert ("documents seen" in result.stdout) is summary
    assert "rejected: " in result.stderr and "empty.txt" in result.stderr
    assert ("added " in result.stderr) is per_document


def test_the_summary_counts_changes_and_removals(
    runner: CliRunner, seeds: Path, db_url: str
) -> None:
    _run(runner, db_url, seeds)
    first, second = sorted(seeds.glob("*.txt"))
    first.write_text(first.read_text(encoding="utf-8") + "\nA new paragraph.\n", encoding="utf-8")
    second.unlink()
    result = _run(runner, db_url, seeds)
    assert result.exit_code == 0, result.output
    assert "0 added, 0 unchanged, 1 changed, 1 removed, 0 rejected" in result.output


def test_an_extractor_upgrade_is_announced(
    runner: CliRunner, seeds: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _run(runner, db_url, seeds)
    monkeypatch.setattr(INGEST, "EXTRACTOR_VERSION", "9.9.9")
    result = _run(runner, db_url, seeds)
    assert result.exit_code == 0, result.output
    assert (
        f"extractor 9.9.9 replaces {EXTRACTOR_VERSION}: re-extracted 2 current documents"
        in result.output
    )


def test_a_killed_run_is_reported_by_the_next(runner: CliRunner, seeds: Path, db_url: str) -> None:
    _run(runner, db_url, seeds)
    db = open_database(db_url)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE runs SET status = 'running', finished_at = NULL")
    db.close()
    result = _run(runner, db_url, seeds)
    assert "1 earlier run(s) had been killed: marked interrupted" in result.output


@pytest.mark.parametrize("output_format", ["table", "csv", "json"])
def test_runs_lists_counts_and_duration(
    runner: CliRunner, seeds: Path, db_url: str, output_format: str
) -> None:
    _run(runner, db_url, seeds)
    (seeds / "binary.txt").write_bytes(b"\x00\x01\x02 binary")
    _run(runner, db_url, seeds)
    result = runner.invoke(cli, ["runs", "--db", db_url, "--format", output_format])
    assert result.exit_code == 0, result.output
    if output_format == "json":
        newest, oldest = json.loads(result.output)
        assert (newest["status"], newest["seen"], newest["unchanged"], newest["rejected"]) == (
            "rejected",
            3,
            2,
            1,
        )
        assert "binary.txt" in newest["messages"]
        assert (oldest["status"], oldest["added"]) == ("ok", 2)
        assert oldest["seconds"] >= 0
    elif output_format == "csv":
        header, *rows = result.output.splitlines()
        assert header.split(",")[:11] == [
            "id",
            "status",
            "started_at",
            "seen",
            "added",
            "changed",
            "unchanged",
            "removed",
            "rejected",
            "reextracted",
            "claims_added",
        ]
        assert [row.split(",")[1] for row in rows] == ["rejected", "ok"]
    else:
        assert "rejected" in result.output and "claims added" in result.output


def test_runs_limit(runner: CliRunner, seeds: Path, db_url: str) -> None:
    for _ in range(3):
        _run(runner, db_url, seeds)
    result = runner.invoke(cli, ["runs", "--db", db_url, "--limit", "2", "--format", "json"])
    assert [run["id"] for run in json.loads(result.output)] == [3, 2]


def test_a_damaged_database_is_refused_by_run_and_left_alone(
    runner: CliRunner, seeds: Path, tmp_path: Path
) -> None:
    path = tmp_path / "tracker.db"
    garbage = b"SQLite format 3\x00" + b"\xff" * 4000
    path.write_bytes(garbage)
    result = _run(runner, f"sqlite:///{path}", seeds)
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "Traceback" not in result.output
    assert path.read_bytes() == garbage
