"""Text pages of the PDF: the title page and tables that flow over as many pages as needed."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from tracker.reports.charts import PAGE_SIZE, new_page
from tracker.reports.formatting import format_period
from tracker.reports.summary import Summary

_LEFT, _RIGHT, _TOP, _BOTTOM = 0.05, 0.97, 0.86, 0.06
_FONT = 8.5
_LINE = _FONT * 1.3 / 72 / PAGE_SIZE[1]  # one text line, as a fraction of the page height
#: Characters of 8.5 pt DejaVu Sans that fit across the printable width, with some room
#: for wide letters.
_CHARS_ACROSS = 160


@dataclass(frozen=True)
class Column:
    """One table column: header, the frame column it shows, its share of the width."""

    header: str
    key: str
    width: float


def title_page(summary: Summary, contents: Sequence[str], notes: Sequence[str] = ()) -> Figure:
    """Gives the first page: when the report was made, what it counts, what follows."""
    page = new_page()
    page.text(_LEFT, 0.90, "Economic claims report", fontsize=24, fontweight="bold")
    page.text(
        _LEFT,
        0.855,
        f"Generated {summary.generated_at:%Y-%m-%d %H:%M %Z}".strip(),
        fontsize=11,
        color="#444444",
    )
    if summary.claims == 0:
        page.text(_LEFT, 0.72, "No claims yet.", fontsize=20)
        held = (
            f"The database holds {summary.documents:,} document"
            f"{'' if summary.documents == 1 else 's'} and no claims"
            if summary.documents_counted_in_database
            else "No claims were given"
        )
        page.text(
            _LEFT,
            0.66,
            f"{held}, so there is nothing to chart or compare. Extract claims from "
            "documents, then run the report again.",
            fontsize=11,
            wrap=True,
        )
        return page
    lines = [
        ("Documents", f"{summary.documents:,}"),
        ("Claims", f"{summary.claims:,}"),
        ("Sources", _sources(summary)),
        ("Speakers", f"{summary.speakers:,} named"),
        (
            "Indicators",
            f"{summary.indicators:,}, in {summary.groups:,} indicator/entity "
            f"group{'' if summary.groups == 1 else 's'}",
        ),
        ("Periods claimed", _span(summary)),
        ("Published", _published(summary)),
    ]
    y = 0.76
    for name, value in lines:
        page.text(_LEFT, y, name, fontsize=12, fontweight="bold")
        page.text(_LEFT + 0.17, y, value, fontsize=12)
        y -= 0.048
    y -= 0.03
    page.text(_LEFT, y, "Contents", fontsize=13, fontweight="bold")
    y -= 0.045
    for line in contents:
        for part in textwrap.wrap(line, 120):
            page.text(_LEFT + 0.015, y, part, fontsize=10.5)
            y -= 0.033
    y -= 0.02
    for note in notes:
        for part in textwrap.wrap(note, 135):
            page.text(_LEFT, y, part, fontsize=9.5, color="#444444")
            y -= 0.03
    return page


def _sources(summary: Summary) -> str:
    """Gives the sources line: publishers, and documents whose publisher is unknown."""
    text = f"{summary.publishers:,} publisher{'' if summary.publishers == 1 else 's'}"
    if summary.documents_without_publisher:
        n = summary.documents_without_publisher
        text += f", and {n:,} document{'' if n == 1 else 's'} with no publisher"
    return text


def _span(summary: Summary) -> str:
    """Gives the period the claims cover, and how many give none."""
    if summary.period_first is None or summary.period_last is None:
        text = "no claim gives a period"
    else:
        text = (
            f"{format_period(summary.period_first, summary.period_first)} to "
            f"{format_period(summary.period_last, summary.period_last)}"
        )
    if summary.claims_without_period:
        n = summary.claims_without_period
        text += f"; {n:,} claim{'' if n == 1 else 's'} without a period"
    return text


def _published(summary: Summary) -> str:
    """Gives the range of publication dates."""
    if summary.published_first is None or summary.published_last is None:
        return "no publication dates known"
    if summary.published_first == summary.published_last:
        return f"{summary.published_first:%Y-%m-%d}"
    return f"{summary.published_first:%Y-%m-%d} to {summary.published_last:%Y-%m-%d}"


def table_pages(
    title: str,
    rows: pd.DataFrame,
    columns: Sequence[Column],
    *,
    intro: str = "",
    highlight: pd.Series | None = None,
    empty_text: str = "Nothing to show.",
) -> list[Figure]:
    """Gives pages holding the table, wrapping cell text and starting a new page when full.

    `highlight` marks rows to shade (conflicts). Callers cap `rows`: a table is for
    reading, the CSV holds the rest.
    """
    total = sum(c.width for c in columns)
    widths = [c.width / total for c in columns]
    chars = [max(6, int(w * _CHARS_ACROSS) - 2) for w in widths]
    cells = [
        [_wrap(value, n) for value, n in zip((row[c.key] for c in columns), chars, strict=True)]
        for _, row in rows.iterrows()
    ]
    marks = list(highlight.to_numpy()) if highlight is not None else [False] * len(cells)
    pages: list[Figure] = []
    page, y = _table_page(title, intro, columns, widths, continued=False)
    pages.append(page)
    if not cells:
        page.text(_LEFT, y - 0.04, empty_text, fontsize=11)
        return pages
    for cell_lines, mark in zip(cells, marks, strict=True):
        height = max(len(lines) for lines in cell_lines) * _LINE + _LINE * 0.6
        if y - height < _BOTTOM:
            page, y = _table_page(title, intro, columns, widths, continued=True)
            pages.append(page)
        if mark:
            page.add_artist(_shade(page, y, height))
        x = _LEFT
        for lines, width in zip(cell_lines, widths, strict=True):
            page.text(
                x + 0.003,
                y - _LINE * 0.3,
                "\n".join(lines),
                fontsize=_FONT,
                va="top",
                linespacing=1.3,
            )
            x += width * (_RIGHT - _LEFT)
        y -= height
        page.add_artist(_rule(page, y))
    return pages


def _table_page(
    title: str, intro: str, columns: Sequence[Column], widths: list[float], continued: bool
) -> tuple[Figure, float]:
    """Gives a new page with the title and column headers, and where rows start."""
    page = new_page()
    page.text(
        _LEFT, 0.94, title + (" (continued)" if continued else ""), fontsize=15, fontweight="bold"
    )
    y = 0.905
    if intro and not continued:
        for part in textwrap.wrap(intro, 135):
            page.text(_LEFT, y, part, fontsize=9.5, color="#444444")
            y -= 0.028
    y = min(y, _TOP)
    x = _LEFT
    for column, width in zip(columns, widths, strict=True):
        page.text(x + 0.003, y, column.header, fontsize=9, fontweight="bold", va="top")
        x += width * (_RIGHT - _LEFT)
    y -= _LINE * 1.6
    page.add_artist(_rule(page, y, weight=1.0))
    return page, y


def _rule(page: Figure, y: float, weight: float = 0.4) -> Line2D:
    """Gives a horizontal line across the table at height `y`."""
    return Line2D([_LEFT, _RIGHT], [y, y], transform=page.transFigure, color="#999999", lw=weight)


def _shade(page: Figure, y: float, height: float) -> Rectangle:
    """Gives a light red band behind a highlighted row."""
    return Rectangle(
        (_LEFT, y - height),
        _RIGHT - _LEFT,
        height,
        transform=page.transFigure,
        fc="#fde2e1",
        ec="none",
        zorder=-1,
    )


def _wrap(value: object, width: int) -> list[str]:
    """Gives a cell's text lines: each given line wrapped to the column width."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return [""]
    if isinstance(value, pd.Timestamp):
        return [f"{value:%Y-%m-%d}"]
    out: list[str] = []
    for line in str(value).split("\n"):
        out.extend(textwrap.wrap(line, width) or [""])
    return out
