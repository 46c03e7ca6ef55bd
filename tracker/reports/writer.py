"""`write_reports`: from a claims frame to a PDF, one PNG per chart and CSV tables."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import matplotlib
import pandas as pd
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from tracker import __version__
from tracker.errors import ReportError
from tracker.reports.charts import REPORT_STYLE, ChartLimits, timeline_figure
from tracker.reports.comparison import TOLERANCE
from tracker.reports.content import ReportContent, from_frame
from tracker.reports.files import atomic_path, slug
from tracker.reports.formatting import as_timestamp
from tracker.reports.frame import group_title
from tracker.reports.pages import Column, table_pages, title_page
from tracker.reports.timing import step

FORMATS = ("pdf", "png", "csv")
PDF_NAME = "claims-report.pdf"
PDF_TITLE = "Economic claims report"

#: Charts drawn at most: the groups with most claims. Keeps a run on a large database
#: within seconds; the title page says when groups were left out.
MAX_CHARTS = 6

#: PNG resolution: A4 landscape at 120 dpi is 1403 × 992 pixels, sharp on screen and
#: quick to write; fast zlib compression trades a little size for time.
PNG_DPI = 120

#: Table rows printed in the PDF; the CSV files hold every row.
MAX_TABLE_ROWS = 40


def write_reports(
    frame: pd.DataFrame,
    out_dir: str | Path,
    *,
    formats: Sequence[str] = FORMATS,
    generated_at: datetime | None = None,
    documents_count: int | None = None,
    max_charts: int = MAX_CHARTS,
) -> list[Path]:
    """Gives the paths written to `out_dir` (created if missing), in the order written.

    `claims-report.pdf` holds a title page, one timeline per indicator and entity group
    (the `max_charts` largest), the comparison, the implied targets and the claims by
    source and speaker; each timeline is also `timeline-<indicator>-<entities>.png`;
    `comparison.csv`, `implied-targets.csv`, `claims-by-source.csv` and `claims.csv` hold
    the full tables. Every file is written to a temporary name and renamed, so an
    interrupted run leaves no half-written file. An empty frame gives a PDF whose title
    page says there are no claims yet.
    """
    out = _output_folder(out_dir, formats)
    generated_at = generated_at or datetime.now(UTC)
    content = from_frame(frame, generated_at, documents_count, max_charts)
    return write_content(content, out, formats=formats, generated_at=generated_at)


def write_content(
    content: ReportContent,
    out_dir: str | Path,
    *,
    formats: Sequence[str] = FORMATS,
    generated_at: datetime | None = None,
) -> list[Path]:
    """Gives the paths of the report files written for `content`, as `write_reports` does."""
    out = _output_folder(out_dir, formats)
    generated_at = generated_at or datetime.now(UTC)
    comparison, targets, sources = content.comparison, content.targets, content.sources
    written: list[Path] = []

    with matplotlib.rc_context(REPORT_STYLE):  # type: ignore[arg-type]
        pdf_target = out / PDF_NAME
        pdf_writer = _PdfWriter(pdf_target, generated_at) if "pdf" in formats else None
        try:
            contents, notes = _contents(
                content.summary.groups, content.groups, comparison, targets, sources
            )
            _emit(pdf_writer, title_page(content.summary, contents, [*notes, *content.notes]))
            names: set[str] = set()
            drawing = "png" in formats or pdf_writer is not None
            for chart in content.charts() if drawing else ():
                with step("charts: drawing"):
                    figure = timeline_figure(
                        chart.claims, chart.targets, ChartLimits(), chart.total
                    )
                if "png" in formats:
                    path = out / _chart_name(chart.indicator, chart.entities, names)
                    with step("charts: PNG files"), atomic_path(path) as temporary:
                        figure.savefig(
                            temporary, format="png", dpi=PNG_DPI, pil_kwargs={"compress_level": 1}
                        )
                    written.append(path)
                with step("charts: PDF pages"):
                    _emit(pdf_writer, figure)
            if pdf_writer is not None and content.summary.claims:
                with step("tables: PDF pages"):
                    for page in _table_figures(comparison, targets, sources):
                        _emit(pdf_writer, page)
        except BaseException:
            if pdf_writer is not None:
                pdf_writer.abort()
            raise
        if pdf_writer is not None:
            with step("tables: PDF pages"):
                pdf_writer.close()
            written.insert(0, pdf_target)

    if "csv" in formats:
        tables = {
            "comparison.csv": comparison,
            "implied-targets.csv": targets,
            "claims-by-source.csv": sources,
            "claims-by-group.csv": content.group_counts,
        }
        for name, table in tables.items():
            path = out / name
            with step("CSV tables"), atomic_path(path) as temporary:
                table.to_csv(temporary, index=False, date_format="%Y-%m-%d")
            written.append(path)
        path = out / "claims.csv"
        with step("claims.csv"), atomic_path(path) as temporary:
            content.write_claims(temporary)
        written.append(path)
    return written


def _output_folder(out_dir: str | Path, formats: Sequence[str]) -> Path:
    """Gives the output folder, created if missing, after checking the formats asked for."""
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ReportError(f"unknown report format {', '.join(unknown)}: use {', '.join(FORMATS)}")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ReportError(f"{out} is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    return out


class _PdfWriter:
    """A multi-page PDF written under a temporary name and renamed when complete."""

    def __init__(self, target: Path, generated_at: datetime) -> None:
        self._paths = atomic_path(target)
        temporary = self._paths.__enter__()
        self._pages = PdfPages(
            temporary,
            metadata={
                "Title": PDF_TITLE,
                "Subject": "Numeric economic claims: timelines, comparisons, implied targets",
                "Creator": f"tracker {__version__}",
                "CreationDate": generated_at,
            },
        )

    def add(self, figure: Figure) -> None:
        """Appends the figure as the next page."""
        self._pages.savefig(figure)

    def close(self) -> None:
        """Finishes the PDF and moves it into place."""
        self._pages.close()
        self._paths.__exit__(None, None, None)

    def abort(self) -> None:
        """Drops the unfinished PDF, leaving any earlier report untouched."""
        try:
            self._pages.close()
        finally:
            error = RuntimeError("report writing aborted")
            self._paths.__exit__(type(error), error, None)


def _emit(pdf: _PdfWriter | None, figure: Figure) -> None:
    """Adds the page to the PDF when one is being written; the figure is done with then."""
    if pdf is not None:
        pdf.add(figure)
    figure.clear()


def _chart_name(indicator: str, entities: str, taken: set[str]) -> str:
    """Gives a stable, readable PNG name, `timeline-trade_turnover-azerbaijan-russia.png`,
    numbered only if two groups would share one."""
    base = f"timeline-{slug(indicator)}-{slug(entities)}"
    name, number = f"{base}.png", 2
    while name in taken:
        name, number = f"{base}-{number}.png", number + 1
    taken.add(name)
    return name


def _contents(
    all_groups: int,
    groups: pd.DataFrame,
    comparison: pd.DataFrame,
    targets: pd.DataFrame,
    sources: pd.DataFrame,
) -> tuple[list[str], list[str]]:
    """Gives the title page's contents lines and notes on what was left out."""
    if all_groups == 0:
        return [], []
    charted = len(groups)
    which = (
        f"all {all_groups} indicator/entity group{'s' if all_groups != 1 else ''}"
        if charted == all_groups
        else f"the {charted} groups with most claims, of {all_groups}"
    )
    conflicts = int(comparison["conflict"].sum()) if not comparison.empty else 0
    with_base = int(targets["target_low"].notna().sum()) if not targets.empty else 0
    contents = [
        f"Timelines: {charted} chart{'s' if charted != 1 else ''}, {which}.",
        f"Comparison: {len(comparison):,} pair{'s' if len(comparison) != 1 else ''} of claims "
        f"side by side, {conflicts:,} that cannot both be true.",
        f"Implied targets: {len(targets):,} growth claim{'s' if len(targets) != 1 else ''}, "
        f"{with_base:,} with a base to apply it to.",
        f"Claims by source and speaker: {len(sources):,} row{'s' if len(sources) != 1 else ''}.",
    ]
    notes = []
    if charted < all_groups:
        left = all_groups - charted
        notes.append(
            f"{left:,} smaller group{'s are' if left != 1 else ' is'} not charted; "
            "claims-by-group.csv counts the claims of every group."
        )
    tables = (
        ("comparison", comparison),
        ("implied targets", targets),
        ("claims by source", sources),
    )
    for name, table in tables:
        if len(table) > MAX_TABLE_ROWS:
            notes.append(
                f"The {name} table prints its first {MAX_TABLE_ROWS} rows; the CSV file "
                "holds all of them."
            )
    return contents, notes


def _table_figures(
    comparison: pd.DataFrame, targets: pd.DataFrame, sources: pd.DataFrame
) -> list[Figure]:
    """Gives the pages of the comparison, implied-target and source tables."""
    pages: list[Figure] = []
    shown = comparison.head(MAX_TABLE_ROWS)
    rows = pd.DataFrame(
        {
            "group": [
                group_title(i, e)
                for i, e in zip(shown["indicator"], shown["entities"], strict=True)
            ],
            "a": shown["value_a"] + "\n" + shown["period_a"] + "\n" + shown["source_a"],
            "annual_a": shown["annual_a"],
            "b": shown["value_b"] + "\n" + shown["period_b"] + "\n" + shown["source_b"],
            "annual_b": shown["annual_b"],
            "relation": shown["relation"],
            "gap": shown["diff_pct"].map(_gap),
            "check": [
                f"CONFLICT: {note}" if flag else (note or "no conflict")
                for flag, note in zip(shown["conflict"], shown["note"], strict=True)
            ],
        }
    )
    pages += table_pages(
        "Comparison: claims about the same thing, side by side",
        rows,
        [
            Column("Indicator, entities", "group", 1.2),
            Column("Claim A", "a", 1.9),
            Column("A, a year", "annual_a", 1.0),
            Column("Claim B", "b", 1.9),
            Column("B, a year", "annual_b", 1.0),
            Column("Periods", "relation", 0.9),
            Column("Gap", "gap", 0.6),
            Column("Check", "check", 1.6),
        ],
        intro=(
            "Pairs of claims about the same indicator, entities and unit whose periods overlap "
            "or adjoin (a claim with no period is set beside the latest dated one, unchecked). "
            "A partial-year total is also given as a yearly run rate (value × 12 / months "
            "covered); the gap is B against A, on run rates where the periods differ. Shaded "
            "rows cannot both be true: bounds that exclude each other for one period, exact "
            f"figures more than {TOLERANCE:.0%} apart, or a part of a period larger than the "
            "whole. Only actual figures are checked."
        ),
        highlight=shown["conflict"].astype(bool),
        empty_text="No two claims about the same indicator and entities cover overlapping "
        "or adjoining periods.",
    )
    # Targets with a base first, as they carry a number; the CSV holds them all.
    targets = (
        targets.assign(_no_base=targets["target_low"].isna())
        .sort_values("_no_base", kind="stable")
        .head(MAX_TABLE_ROWS)
    )
    target_rows = pd.DataFrame(
        {
            "who": targets["speaker"].fillna("(publisher's own voice)"),
            "growth": targets["change"]
            + "\n"
            + targets["kind"]
            + ", claim "
            + targets["claim_id"].astype(str),
            "group": [
                group_title(i, e)
                for i, e in zip(targets["indicator"], targets["entities"], strict=True)
            ],
            "base": [
                f"{b}\n{p}\nclaim {c}" if isinstance(b, str) and b else ""
                for b, p, c in zip(
                    targets["base"], targets["base_period"], targets["base_claim_id"], strict=True
                )
            ],
            "target": targets["target"],
            "note": targets["note"],
        }
    )
    pages += table_pages(
        "Implied targets: what growth claims mean in money",
        target_rows,
        [
            Column("Speaker", "who", 1.1),
            Column("Indicator, entities", "group", 1.4),
            Column("Growth claim", "growth", 1.1),
            Column("Base (latest level claim)", "base", 1.5),
            Column("Implied target", "target", 1.3),
            Column("Note", "note", 2.2),
        ],
        intro=(
            'Each forecast, target or potential growth ("increase trade three-four times") '
            "applied to a level claim about the same indicator and entities: one from the same "
            "document if there is one, else the latest actual one; a partial-year base is "
            "annualised first."
        ),
        empty_text="No claim forecasts or targets growth as a multiple or a percentage.",
    )
    source_rows = sources.head(MAX_TABLE_ROWS).assign(
        published=[
            _date_range(a, b)
            for a, b in zip(
                sources["first_published"].head(MAX_TABLE_ROWS),
                sources["last_published"].head(MAX_TABLE_ROWS),
                strict=True,
            )
        ],
        claims=sources["claims"].head(MAX_TABLE_ROWS).map("{:,}".format),
        documents=sources["documents"].head(MAX_TABLE_ROWS).map("{:,}".format),
    )
    pages += table_pages(
        "Claims by source and speaker",
        source_rows,
        [
            Column("Source", "source", 1.4),
            Column("Speaker", "speaker", 1.6),
            Column("Claims", "claims", 0.6),
            Column("Documents", "documents", 0.7),
            Column("Indicators (most claimed)", "indicators", 2.4),
            Column("Published", "published", 1.4),
        ],
        intro='Who the claims come from: the publisher (or, when unknown, "publisher '
        'unknown") and the person quoted, most claims first.',
    )
    return pages


def _gap(value: float) -> str:
    """Gives a gap in percent the way it is read: `+8.7%`, `+1150%`, empty when unknown."""
    if pd.isna(value):
        return ""
    return f"{value:+.0f}%" if abs(value) >= 100 else f"{value:+.1f}%"


def _date_range(first: Any, last: Any) -> str:
    """Gives `2021-01-05 to 2021-12-21`, one date when equal, `no date` when unknown."""
    start, end = as_timestamp(first), as_timestamp(last)
    if start is None or end is None:
        return "no date"
    if start == end:
        return f"{start:%Y-%m-%d}"
    return f"{start:%Y-%m-%d} to {end:%Y-%m-%d}"
