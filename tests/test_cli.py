"""The CLI: every command documented, exit codes, output formats, one-line errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker import __version__
from tracker.cli import EXIT_REJECTED, cli

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(runner: CliRunner, command: str) -> None:
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    assert cli.commands[command].help, f"{command} has no description"


def test_every_command_is_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"tracker {name}" in readme, f"`tracker {name}` is not documented in README.md"


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_run_twice_adds_nothing_the_second_time(
    runner: CliRunner, seeds: Path, db_url: str
) -> None:
    first = runner.invoke(cli, ["run", "--db", db_url, "--seeds", str(seeds)])
    assert first.exit_code == 0, first.output
    assert "2 added" in first.output
    second = runner.invoke(cli, ["run", "--db", db_url, "--seeds", str(seeds)])
    assert second.exit_code == 0
    assert "0 added, 2 unchanged" in second.output and "0 claims added" in second.output


def test_run_quiet_prints_nothing(runner: CliRunner, seeds: Path, db_url: str) -> None:
    result = runner.invoke(cli, ["run", "--quiet", "--db", db_url, "--seeds", str(seeds)])
    assert result.exit_code == 0 and result.output == ""


def test_database_url_from_the_environment(runner: CliRunner, seeds: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'from-env.db'}"
    result = runner.invoke(cli, ["ingest", str(seeds)], env={"TRACKER_DATABASE_URL": url})
    assert result.exit_code == 0, result.output
    assert (tmp_path / "from-env.db").exists()


def test_rejected_documents_give_their_own_exit_code(
    runner: CliRunner, seeds: Path, db_url: str
) -> None:
    (seeds / "empty.txt").write_text("")
    result = runner.invoke(cli, ["ingest", "--db", db_url, str(seeds)])
    assert result.exit_code == EXIT_REJECTED
    assert "empty.txt" in result.output and "the document is empty" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest", "--db", "sqlite:///{tmp}/t.db", "{tmp}/missing"], "no such file or folder"),
        (["extract", "{tmp}/missing.txt"], "no such file or folder"),
        (["sql", "--db", "sqlite:///{tmp}/t.db", "SELEKT 1"], "syntax error"),
        (["sql", "--db", "sqlite:///{tmp}/t.db", "DELETE FROM claims"], "read-only"),
        (["claims", "--db", "nonsense://"], "nonsense"),
        (["sql", "--db", "sqlite:////no/such/folder/t.db", "SELECT 1"], "does not exist"),
    ],
    ids=["missing-path", "extract-missing", "bad-sql", "write-sql", "bad-url", "bad-folder"],
)
def test_user_mistakes_are_one_line_errors(
    runner: CliRunner, tmp_path: Path, args: list[str], message: str
) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = runner.invoke(cli, args)
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert message in result.output.lower() or message in result.output
    assert result.output.strip().count("\n") == 0


def test_damaged_database_is_one_line_and_untouched(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    path.write_bytes(b"garbage" * 1000)
    result = runner.invoke(cli, ["claims", "--db", f"sqlite:///{path}"])
    assert result.exit_code == 1 and "not a database" in result.output
    assert path.read_bytes() == b"garbage" * 1000


@pytest.mark.parametrize("output_format", ["jsonl", "csv", "table"])
def test_extract_formats(runner: CliRunner, seeds: Path, output_format: str) -> None:
    result = runner.invoke(cli, ["extract", str(seeds), "--format", output_format])
    assert result.exit_code == 0, result.output
    if output_format == "jsonl":
        rows = [json.loads(line) for line in result.output.splitlines()]
        for row in rows:
            assert {"doc", "surface", "start", "end", "value_low", "unit", "entities"} <= row.keys()
    elif output_format == "csv":
        header = next(csv.reader(io.StringIO(result.output)))
        assert header[:4] == ["doc", "surface", "start", "end"]
    else:
        assert "claims" in result.output


@pytest.mark.parametrize("output_format", ["table", "csv", "json"])
def test_sql_formats(runner: CliRunner, seeds: Path, db_url: str, output_format: str) -> None:
    runner.invoke(cli, ["ingest", "--db", db_url, str(seeds)])
    query = "SELECT name, publisher FROM documents ORDER BY name"
    result = runner.invoke(cli, ["sql", "--db", db_url, query, "--format", output_format])
    assert result.exit_code == 0, result.output
    if output_format == "json":
        assert json.loads(result.output) == [
            {"name": "000_5067da4d4ba1b669.txt", "publisher": None},
            {"name": "002_4cb68aa238e23f6e.txt", "publisher": "Trend"},
        ]
    elif output_format == "csv":
        assert result.output.splitlines() == [
            "name,publisher",
            "000_5067da4d4ba1b669.txt,",
            "002_4cb68aa238e23f6e.txt,Trend",
        ]
    else:
        assert "002_4cb68aa238e23f6e.txt" in result.output and "Trend" in result.output


@pytest.mark.parametrize("output_format", ["table", "csv", "json"])
def test_claims_formats(runner: CliRunner, seeds: Path, db_url: str, output_format: str) -> None:
    runner.invoke(cli, ["ingest", "--db", db_url, str(seeds)])
    result = runner.invoke(cli, ["claims", "--db", db_url, "--format", output_format])
    assert result.exit_code == 0, result.output
    if output_format == "json":
        assert isinstance(json.loads(result.output), list)


def test_claims_filters_are_accepted(runner: CliRunner, seeds: Path, db_url: str) -> None:
    runner.invoke(cli, ["ingest", "--db", db_url, str(seeds)])
    result = runner.invoke(
        cli,
        [
            "claims",
            "--db",
            db_url,
            "--indicator",
            "trade_turnover",
            "--entity",
            "Russia",
            "--speaker",
            "aliyev",
            "--since",
            "2021-01-01",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    for row in json.loads(result.output):
        assert row["indicator"] == "trade_turnover" and "Russia" in row["entities"]
        assert "aliyev" in row["speaker"].lower()


def test_bad_since_date_is_a_usage_error(runner: CliRunner, db_url: str) -> None:
    result = runner.invoke(cli, ["claims", "--db", db_url, "--since", "last tuesday"])
    assert result.exit_code == 2 and "since" in result.output.lower()
