"""The `tracker` command: a thin layer that parses arguments, calls the library, prints."""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from tracker import __version__
from tracker.documents import MAX_DOCUMENT_BYTES, load_document
from tracker.errors import DocumentError, LockedError, TrackerError
from tracker.extract import CLAIM_FIELDS, Claim, extract_claims
from tracker.ingest import RunSummary, find_documents, ingest
from tracker.pool import default_jobs
from tracker.store import Database, claims_frame, open_database, run_sql
from tracker.store.runs import RUN_COUNTS, recent_runs

#: Exit codes, for cron: 0 all went well, 1 a user or database error, 2 a usage error,
#: 3 documents rejected (the others ingested), 4 another run holds the lock (nothing done).
EXIT_ERROR = 1
EXIT_REJECTED = 3
EXIT_LOCKED = 4

DEFAULT_SEEDS = Path("seeds")
DEFAULT_REPORTS = Path("reports")

_db_option = click.option(
    "--db",
    "db_url",
    envvar="TRACKER_DATABASE_URL",
    show_envvar=True,
    help="SQLAlchemy database URL [default: sqlite:///tracker.db in the working folder].",
)


_table_format_option = click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
_indicator_option = click.option("--indicator", help="Only this indicator, e.g. trade_turnover.")
_entity_option = click.option(
    "--entity", help="Only claims about this country or bloc, e.g. Russia."
)
_since_option = click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Only claims whose period ends (or, with none, published) on or after YYYY-MM-DD.",
)


class _Group(click.Group):
    """Turns tracker's own errors into one line on stderr and a non-zero exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except LockedError as error:
            raise _Locked(str(error)) from None
        except TrackerError as error:
            raise click.ClickException(str(error)) from None


class _Locked(click.ClickException):
    """Another run holds the lock: a distinct exit code, so cron can tell it from a failure."""

    exit_code = EXIT_LOCKED


class _ClickHandler(logging.Handler):
    """Sends tracker's log records to stderr through click, which tests can capture."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(self.format(record), err=True)


_LOG_HANDLER = _ClickHandler()
_LOG_HANDLER.setFormatter(logging.Formatter("%(message)s"))


def _configure_logging(verbose: bool) -> None:
    """Warnings (rejected documents) always reach stderr; --verbose adds one line a document."""
    logger = logging.getLogger("tracker")
    if _LOG_HANDLER not in logger.handlers:
        logger.addHandler(_LOG_HANDLER)
    logger.setLevel(logging.DEBUG if verbose else logging.WARNING)


_quiet_option = click.option(
    "--quiet", "-q", is_flag=True, help="Print nothing but rejected documents and errors (cron)."
)
_verbose_option = click.option(
    "--verbose", "-v", is_flag=True, help="Also log every document's outcome on stderr."
)
_max_bytes_option = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=MAX_DOCUMENT_BYTES,
    show_default=True,
    help="Reject documents larger than this many bytes.",
)
_wait_option = click.option(
    "--wait",
    "wait_seconds",
    type=click.FloatRange(min=0),
    default=0,
    show_default=True,
    help="Seconds to wait for another run to finish before giving up with exit code 4.",
)

_jobs_option = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that extract, while one writes [default: one per core].",
)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tracker")
def cli() -> None:
    """Track numeric economic claims in news: who claimed which number, for which period."""


@cli.command("run")
@_db_option
@click.option(
    "--seeds",
    "seeds",
    type=click.Path(path_type=Path),
    default=DEFAULT_SEEDS,
    show_default=True,
    help="Folder of input documents.",
)
@_quiet_option
@_verbose_option
@_wait_option
@_max_bytes_option
@_jobs_option
@click.option(
    "--reports",
    "reports_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULT_REPORTS,
    show_default=True,
    help="Folder the reports are written to when anything changed.",
)
def run_command(
    db_url: str | None,
    seeds: Path,
    quiet: bool,
    verbose: bool,
    wait_seconds: float,
    max_bytes: int,
    jobs: int | None,
    reports_dir: Path,
) -> None:
    """Bring the database up to date with the seeds folder and rewrite the reports if
    anything changed; safe to run from cron."""
    _configure_logging(verbose)
    with _open(db_url) as db:
        summary = _ingest_with_progress(
            db, [seeds], quiet or verbose, wait_seconds, max_bytes, jobs
        )
        if not quiet:
            _print_summary(summary, db)
        from tracker.reports.database import write_database_reports  # matplotlib: slow import

        report_missing = not (reports_dir / "claims-report.pdf").exists()
        if summary.changed_anything or report_missing:
            written = write_database_reports(db, reports_dir)
            if not quiet:
                click.echo(f"reports: {len(written)} files in {reports_dir}/")
    _exit_for(summary)


@cli.command("report")
@_db_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULT_REPORTS,
    show_default=True,
    help="Folder the report files are written to.",
)
@click.option(
    "--format",
    "formats",
    default="pdf,png,csv",
    show_default=True,
    help="Comma-separated formats: pdf, png, csv.",
)
@_indicator_option
@_entity_option
@_since_option
@click.option(
    "--all-claims",
    is_flag=True,
    help="claims.csv holds every claim, not only those the report shows (slow on a large "
    "database).",
)
def report_command(
    db_url: str | None,
    out_dir: Path,
    formats: str,
    indicator: str | None,
    entity: str | None,
    since: Any,
    all_claims: bool,
) -> None:
    """Write the PDF report, a PNG per chart and the comparison CSV from the database."""
    from tracker.reports.database import write_database_reports  # matplotlib: slow import

    chosen = [f.strip().lower() for f in formats.split(",") if f.strip()]
    with _open(db_url) as db:
        written = write_database_reports(
            db,
            out_dir,
            formats=chosen,
            indicator=indicator,
            entity=entity,
            since=since.date() if since else None,
            all_claims=all_claims,
        )
    for path in written:
        click.echo(str(path))


@cli.command("ingest")
@_db_option
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_quiet_option
@_verbose_option
@_wait_option
@_max_bytes_option
@_jobs_option
def ingest_command(
    db_url: str | None,
    paths: tuple[Path, ...],
    quiet: bool,
    verbose: bool,
    wait_seconds: float,
    max_bytes: int,
    jobs: int | None,
) -> None:
    """Ingest documents (files or folders; default: seeds/) into the database."""
    _configure_logging(verbose)
    with _open(db_url) as db:
        summary = _ingest_with_progress(
            db, list(paths) or [DEFAULT_SEEDS], quiet or verbose, wait_seconds, max_bytes, jobs
        )
    if not quiet:
        _print_summary(summary, db)
    _exit_for(summary)


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "csv", "table"]),
    default="jsonl",
    show_default=True,
)
def extract_command(paths: tuple[Path, ...], output_format: str) -> None:
    """Print the claims of documents without touching a database."""
    claims: list[Claim] = []
    failed = False
    for path in find_documents(paths):
        try:
            claims.extend(extract_claims(load_document(path)))
        except DocumentError as error:
            click.echo(f"Error: {error}", err=True)
            failed = True
    rows = [claim.to_dict() for claim in claims]
    if output_format == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif output_format == "csv":
        _echo_csv(
            list(CLAIM_FIELDS), [[_cell(row.get(name)) for name in CLAIM_FIELDS] for row in rows]
        )
    else:
        _print_claims_table(rows)
    if failed:
        sys.exit(EXIT_REJECTED)


@cli.command("claims")
@_db_option
@_indicator_option
@_entity_option
@click.option("--speaker", help="Only claims by speakers whose name contains this.")
@_since_option
@_table_format_option
def claims_command(
    db_url: str | None,
    indicator: str | None,
    entity: str | None,
    speaker: str | None,
    since: Any,
    output_format: str,
) -> None:
    """List the claims in the database."""
    with _open(db_url) as db:
        frame = claims_frame(
            db,
            indicator=indicator,
            entity=entity,
            speaker=speaker,
            since=since.date() if since else None,
        )
    rows = []
    for record in frame.to_dict(orient="records"):
        row = {key: _plain(value) for key, value in record.items()}
        row["entities"] = [e for e in str(row["entities"] or "").split(", ") if e]
        rows.append(row)
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif output_format == "csv":
        columns = list(frame.columns)
        _echo_csv(columns, [[_cell(row[c]) for c in columns] for row in rows])
    else:
        _print_claims_table(rows)


@cli.command("sql")
@_db_option
@click.argument("query")
@_table_format_option
def sql_command(db_url: str | None, query: str, output_format: str) -> None:
    """Run one read-only SQL query; start from the claims_view view."""
    with _open(db_url) as db:
        result = run_sql(db, query)
    if output_format == "json":
        records = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2, default=str))
    elif output_format == "csv":
        _echo_csv(result.columns, [[_cell(v) for v in row] for row in result.rows])
    else:
        table = Table(*result.columns, show_lines=False)
        for row in result.rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        _stdout().print(table)


@cli.command("runs")
@_db_option
@click.option(
    "--limit", type=click.IntRange(min=1), default=20, show_default=True, help="How many runs."
)
@_table_format_option
def runs_command(db_url: str | None, limit: int, output_format: str) -> None:
    """List past runs, newest first: status, counts and duration."""
    with _open(db_url) as db:
        runs = recent_runs(db, limit)
    columns = ["id", "status", "started_at", *RUN_COUNTS, "seconds", "extractor_version"]
    rows = []
    for run in runs:
        duration = run.duration
        row: dict[str, Any] = {
            "id": run.id,
            "status": run.status,
            "started_at": run.started_at.isoformat(timespec="seconds"),
            **{name: getattr(run, name) for name in RUN_COUNTS},
            "seconds": round(duration.total_seconds(), 3) if duration is not None else None,
            "extractor_version": run.extractor_version,
        }
        rows.append(row)
    if output_format == "json":
        records = [{**row, "messages": run.messages} for row, run in zip(rows, runs, strict=True)]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif output_format == "csv":
        _echo_csv(columns, [[_cell(row[c]) for c in columns] for row in rows])
    else:
        table = Table(*(c.replace("_", " ") for c in columns))
        for row in rows:
            table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
        _stdout().print(table)


def main(argv: Sequence[str] | None = None) -> None:
    """Runs the CLI (the console script's entry point)."""
    cli.main(args=argv, prog_name="tracker")


@contextmanager
def _open(db_url: str | None) -> Iterator[Database]:
    db = open_database(db_url)
    try:
        yield db
    finally:
        db.close()


def _ingest_with_progress(
    db: Database,
    paths: list[Path],
    no_bar: bool,
    wait_seconds: float,
    max_bytes: int,
    jobs: int | None,
) -> RunSummary:
    console = Console(stderr=True)
    jobs = jobs or default_jobs()
    if no_bar or not console.is_terminal:
        return ingest(db, paths, wait_seconds=wait_seconds, max_bytes=max_bytes, jobs=jobs)
    total = len(find_documents(paths))
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("ingest", total=total)
        return ingest(
            db,
            paths,
            wait_seconds=wait_seconds,
            max_bytes=max_bytes,
            jobs=jobs,
            progress=lambda _path, _outcome: bar.advance(task),
        )


def _print_summary(summary: RunSummary, db: Database) -> None:
    where = db.url.render_as_string(hide_password=True)
    if summary.interrupted:
        click.echo(f"{summary.interrupted} earlier run(s) had been killed: marked interrupted")
    if summary.replaced_versions:
        click.echo(
            f"extractor {summary.extractor_version} replaces "
            f"{', '.join(summary.replaced_versions)}: "
            f"re-extracted {summary.reextracted} current documents"
        )
    click.echo(
        f"run {summary.run_id}: {summary.seen} documents seen, {summary.added} added, "
        f"{summary.unchanged} unchanged, {summary.changed} changed, {summary.removed} removed, "
        f"{summary.rejected} rejected, {summary.reextracted} re-extracted, "
        f"{summary.claims_added} claims added in {summary.seconds:.2f}s ({where})"
    )


def _exit_for(summary: RunSummary) -> None:
    if summary.rejected:
        sys.exit(EXIT_REJECTED)


def _print_claims_table(rows: list[dict[str, Any]]) -> None:
    table = Table("document", "speaker", "indicator", "entities", "claim", "unit", "period")
    for row in rows:
        period = " – ".join(str(row[k])[:10] for k in ("period_start", "period_end") if row.get(k))
        table.add_row(
            str(row.get("doc") or ""),
            str(row.get("speaker") or ""),
            str(row.get("indicator") or ""),
            ", ".join(row.get("entities") or []),
            str(row.get("surface") or ""),
            str(row.get("unit") or ""),
            period or str(row.get("period_text") or ""),
        )
    _stdout().print(table)
    click.echo(f"{len(rows)} claims")


def _echo_csv(columns: list[str], rows: list[list[Any]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    click.echo(buffer.getvalue(), nl=False)


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


def _plain(value: Any) -> Any:
    """Gives a JSON-friendly value for a pandas cell (NaN and NaT become None)."""
    import pandas as pd  # loaded by claims_frame already; a top import would slow every command

    if value is None or (not isinstance(value, list | tuple | str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return value


def _stdout() -> Console:
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 200)
