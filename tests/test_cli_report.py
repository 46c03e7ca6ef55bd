"""`tracker report` and the reports `tracker run` writes: from a real database to files."""

from __future__ import annotations

from pathlib import Path

import matplotlib.image as mpimg
from click.testing import CliRunner
from pypdf import PdfReader

from tracker.cli import cli


def _run(runner: CliRunner, db_url: str, seeds: Path, reports: Path) -> str:
    result = runner.invoke(
        cli, ["run", "--db", db_url, "--seeds", str(seeds), "--reports", str(reports)]
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_run_writes_reports_when_something_changed(
    runner: CliRunner, db_url: str, seeds: Path, tmp_path: Path
) -> None:
    reports = tmp_path / "reports"
    output = _run(runner, db_url, seeds, reports)
    assert f"files in {reports}" in output
    pdf = reports / "claims-report.pdf"
    assert len(PdfReader(pdf).pages) >= 3
    assert (reports / "comparison.csv").read_text().count("\n") >= 2
    (png,) = reports.glob("timeline-trade_turnover-azerbaijan-russia.png")
    assert mpimg.imread(png).std() > 0.01
    before = pdf.stat().st_mtime_ns
    second = _run(runner, db_url, seeds, reports)
    assert "files in" not in second
    assert pdf.stat().st_mtime_ns == before


def test_report_command_filters_and_formats(
    runner: CliRunner, db_url: str, seeds: Path, tmp_path: Path
) -> None:
    runner.invoke(cli, ["ingest", "--db", db_url, str(seeds)])
    out = tmp_path / "only-png"
    result = runner.invoke(
        cli, ["report", "--db", db_url, "--out", str(out), "--format", "png", "--entity", "Russia"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.suffix for p in out.iterdir()) == [".png"]


def test_report_on_an_empty_database_says_so(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "empty"
    result = runner.invoke(cli, ["report", "--db", db_url, "--out", str(out), "--format", "pdf"])
    assert result.exit_code == 0, result.output
    text = " ".join(page.extract_text() for page in PdfReader(out / "claims-report.pdf").pages)
    assert "no claims" in text.lower()


def test_unknown_report_format_is_one_line(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    result = runner.invoke(
        cli, ["report", "--db", db_url, "--out", str(tmp_path), "--format", "doc"]
    )
    assert result.exit_code == 1 and "unknown report format" in result.output


def test_report_all_claims_writes_every_claim(
    runner: CliRunner, db_url: str, seeds: Path, tmp_path: Path
) -> None:
    runner.invoke(cli, ["ingest", "--db", db_url, str(seeds)])
    out = tmp_path / "all"
    result = runner.invoke(
        cli, ["report", "--db", db_url, "--out", str(out), "--format", "csv", "--all-claims"]
    )
    assert result.exit_code == 0, result.output
    listed = runner.invoke(cli, ["claims", "--db", db_url, "--format", "csv"])
    rows = (out / "claims.csv").read_text(encoding="utf-8").strip().splitlines()
    assert len(rows) == len(listed.output.strip().splitlines()) > 1
