"""The `tracker` command: a thin layer that parses arguments, calls the library, prints."""

from __future__ import annotations

import csv
import io
import json
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
from tracker.documents import load_document
from tracker.errors import DocumentError, TrackerError
from tracker.extract import CLAIM_FIELDS, Claim, extract_claims
from tracker.ingest import RunSummary, find_documents, ingest
from tracker.store import Database, claims_frame, open_database, run_sql

#: Exit codes, for cron: 0 all went well, 1 a user or database error, 3 documents rejected.
EXIT_ERROR = 1
EXIT_REJECTED = 3

DEFAULT_SEEDS = Path("seeds")

_db_option = click.option(
    "--db",
    "db_url",
    envvar="TRACKER_DATABASE_URL",
    show_envvar=True,
    help="SQLAlchemy database URL [default: sqlite:///tracker.db in the working folder].",
)


class _Group(click.Group):
    """Turns tracker's own errors into one line on stderr and a non-zero exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TrackerError as error:
            raise click.ClickException(str(error)) from None


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
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors (for cron).")
def run_command(db_url: str | None, seeds: Path, quiet: bool) -> None:
    """Upgrade the database, ingest new documents from the seeds folder, summarise."""
    with _open(db_url) as db:
        summary = _ingest_with_progress(db, [seeds], quiet)
    if not quiet:
        _print_summary(summary, db)
    _exit_for(summary)


@cli.command("ingest")
@_db_option
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors (for cron).")
def ingest_command(db_url: str | None, paths: tuple[Path, ...], quiet: bool) -> None:
    """Ingest documents (files or folders; default: seeds/) into the database."""
    with _open(db_url) as db:
        summary = _ingest_with_progress(db, list(paths) or [DEFAULT_SEEDS], quiet)
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
@click.option("--indicator", help="Only this indicator, e.g. trade_turnover.")
@click.option("--entity", help="Only claims about this country or bloc, e.g. Russia.")
@click.option("--speaker", help="Only claims by speakers whose name contains this.")
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Only claims whose period ends (or, with none, published) on or after YYYY-MM-DD.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
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
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
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


def _ingest_with_progress(db: Database, paths: list[Path], quiet: bool) -> RunSummary:
    console = Console(stderr=True)
    if quiet or not console.is_terminal:
        summary = ingest(db, paths)
    else:
        total = len(find_documents(paths))
        columns = (
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
        )
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task("ingest", total=total)
            summary = ingest(db, paths, progress=lambda _path, _outcome: bar.advance(task))
    for message in summary.messages:
        click.echo(f"rejected: {message}", err=True)
    return summary


def _print_summary(summary: RunSummary, db: Database) -> None:
    where = db.url.render_as_string(hide_password=True)
    click.echo(
        f"run {summary.run_id}: {summary.seen} documents seen, {summary.added} added, "
        f"{summary.unchanged} unchanged, {summary.rejected} rejected, "
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
