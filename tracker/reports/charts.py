"""Timeline charts: each claim about one indicator and set of entities, at its value over
the period it covers, one panel per unit so levels and changes never share an axis."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any, Literal

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.markers import MarkerStyle
from matplotlib.patches import Patch, Rectangle
from matplotlib.path import Path
from matplotlib.ticker import FuncFormatter
from matplotlib.transforms import Affine2D, Bbox

from tracker.reports.comparison import annual_rates
from tracker.reports.formatting import format_amount, format_period, format_value
from tracker.reports.frame import LOWER_BOUNDS, UPPER_BOUNDS, group_title
from tracker.reports.labels import Label, place_labels

#: A4 landscape, so a chart is a PDF page at 100 % and the PNG has the same layout.
PAGE_SIZE = (11.69, 8.27)

#: Colours for the most frequent speakers; the rest share grey.
_PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]
_OTHER = "#8a8a8a"

#: Values spanning at least this ratio get a log axis; below it a linear one reads better.
LOG_RATIO = 100.0

_DAY = pd.Timedelta(days=1)

#: Marks the "no date" band, a background labels may cover.
_BACKGROUND = "background"

#: Sources named under a chart; the source table lists them all.
_NOTED_SOURCES = 6

#: Bound arrows: a stem from the point and a head, as scatter markers. Matplotlib scales a
#: custom marker so its farthest vertex is half the marker size from the point, so a
#: marker size of 40 pt gives a 20 pt arrow starting at the claim's value.
_ARROW_PATH = Path(
    [(0, 0), (0, 0.72), (-0.22, 0.72), (0.22, 0.72), (0, 1.0), (-0.22, 0.72)],
    [Path.MOVETO, Path.LINETO, Path.MOVETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY],
)
_ARROW_UP = MarkerStyle(_ARROW_PATH)
_ARROW_DOWN = MarkerStyle(_ARROW_PATH.transformed(Affine2D().scale(1, -1)))
_ARROW_SIZE = 40.0**2
ARROW_POINTS = 20.0

#: Matplotlib settings for every report page: "$2.5bn–$10bn" is text, not TeX math, and
#: TrueType fonts keep the PDF's text searchable and copyable.
REPORT_STYLE = {
    "text.parse_math": False,
    "pdf.fonttype": 42,
    "font.size": 9,
    "axes.titlesize": 11,
}


@dataclass(frozen=True)
class ChartLimits:
    """Caps that keep a chart readable and fast whatever the size of the database."""

    max_points: int = 80
    max_labels: int = 12
    max_panels: int = 3
    max_targets: int = 4
    max_note_lines: int = 9


@dataclass
class _Placed:
    """Where each claim of a group sits on the x axis (matplotlib date numbers)."""

    x0: np.ndarray
    x1: np.ndarray
    how: np.ndarray  # "period", "partial", "published" or "undated"
    has_dates: bool
    last_known: float
    slot: float
    pad: float


def timeline_figure(
    claims: pd.DataFrame,
    targets: pd.DataFrame | None = None,
    limits: ChartLimits | None = None,
    total: int | None = None,
) -> Figure:
    """Gives the timeline of one indicator and set of entities as a page-sized figure.

    `claims` is a prepared frame (see `frame.prepare`) holding one group; `targets` the
    rows of `implied_targets` for that group, drawn as hatched bars on the level panel.
    `total` is the number of claims in the group when `claims` holds only its newest.
    """
    limits = limits or ChartLimits()
    claims = claims[claims["value_low"].notna()]  # a claim with no number has no place
    if claims.empty:
        raise ValueError("no claim in this group has a value to draw")
    total = max(total or 0, len(claims))
    order = claims.sort_values(["published", "period_end", "claim_id"], na_position="first")
    shown = order.tail(limits.max_points)
    shown = pd.concat([shown, annual_rates(shown)], axis=1)
    indicator, entities = str(shown["indicator"].iloc[0]), str(shown["entities"].iloc[0])
    title = group_title(indicator, entities)

    colours = _colours(shown["voice"])
    placed = _place(shown)
    panels = _panels(shown)
    dropped_panels = panels[limits.max_panels :]
    panels = panels[: limits.max_panels]
    if targets is None or targets.empty:
        targets = pd.DataFrame(columns=["claim_id", "unit", "target_low"])
    # Only targets of drawn claims, and few: each is a bar and a label.
    targets = targets[targets["claim_id"].isin(shown["claim_id"])].tail(limits.max_targets)

    figure = new_page()
    notes = _notes(shown, total, placed, targets, dropped_panels, limits)
    wrapped = [line for note in notes for line in textwrap.wrap(note, 165)]
    if len(wrapped) > limits.max_note_lines:
        wrapped = [*wrapped[: limits.max_note_lines - 1], "… and more: see the tables that follow."]
    notes_height = (0.16 * len(wrapped)) / PAGE_SIZE[1]
    top, bottom = 0.87, 0.03 + notes_height + 0.075
    heights = [3.0 if measure == "level" else 1.0 for measure, _ in panels]
    grid = figure.add_gridspec(
        len(panels),
        2,
        width_ratios=[4.1, 1.0],
        height_ratios=heights,
        left=0.085,
        right=0.985,
        top=top,
        bottom=bottom,
        hspace=0.38,
        wspace=0.04,
    )
    figure.suptitle(
        f"{title}: claimed values over time",
        x=0.085,
        ha="left",
        y=0.965,
        fontsize=15,
        fontweight="bold",
    )
    figure.text(0.085, 0.915, _subtitle(shown, total, panels), fontsize=10, color="#444444")

    axes: list[Axes] = []
    for row, (measure, unit) in enumerate(panels):
        ax = figure.add_subplot(grid[row, 0], sharex=axes[0] if axes else None)
        axes.append(ax)
        rows = (shown["measure"] == measure).to_numpy() & (shown["unit"] == unit).to_numpy()
        panel_targets = (
            targets[targets["unit"] == unit]
            if measure == "level" and not targets.empty
            else pd.DataFrame()
        )
        _draw_panel(ax, shown, rows, placed, colours, measure, unit, panel_targets, limits)
    _format_x(axes, placed)
    for ax in axes[:-1]:
        ax.tick_params(labelbottom=True)

    key = figure.add_subplot(grid[:, 1])
    _draw_key(key, shown, colours, placed, targets)

    figure.text(
        0.085,
        0.03,
        "\n".join(wrapped),
        fontsize=8.5,
        color="#333333",
        va="bottom",
        ha="left",
        linespacing=1.35,
    )
    # No draw needed before measuring: limits, scales and axes positions are all set by now.
    for ax, (measure, unit) in zip(axes, panels, strict=True):
        rows = (shown["measure"] == measure).to_numpy() & (shown["unit"] == unit).to_numpy()
        _label_panel(ax, shown, rows, placed, colours, unit, limits)
    return figure


def new_page() -> Figure:
    """Gives an empty page-sized figure on the Agg canvas, which can measure text."""
    figure = Figure(figsize=PAGE_SIZE)
    FigureCanvasAgg(figure)
    return figure


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Gives a small frame's rows as dicts, for drawing loops over a handful of rows."""
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]


def _colours(voices: pd.Series) -> dict[str, str]:
    """Gives a colour per speaker, the most frequent first, grey for the rest."""
    ranked = voices.value_counts().index.tolist()
    return {v: (_PALETTE[i] if i < len(_PALETTE) else _OTHER) for i, v in enumerate(ranked)}


def _panels(shown: pd.DataFrame) -> list[tuple[str, str]]:
    """Gives the (measure, unit) panels, levels first, then by claim count."""
    counts = shown.groupby(["measure", "unit"]).size().reset_index(name="n")
    counts["level_first"] = counts["measure"] != "level"
    counts = counts.sort_values(["level_first", "n"], ascending=[True, False])
    return list(zip(counts["measure"], counts["unit"], strict=True))


def _place(shown: pd.DataFrame) -> _Placed:
    """Gives the x extent of each claim; unknown periods go to the publication date, and
    claims with neither go to a "no date" band right of the latest known date."""
    start = _num(shown["period_start"])
    end = _num(shown["period_end"] + _DAY)
    published = _num(shown["published"])
    has_start, has_end, has_pub = ~np.isnan(start), ~np.isnan(end), ~np.isnan(published)
    known = np.concatenate([start[has_start], end[has_end], published[has_pub]])
    has_dates = known.size > 0
    first = float(known.min()) if has_dates else 0.0
    last = float(known.max()) if has_dates else 0.0
    pad = max(
        (last - first) * 0.12, 60.0
    )  # days; a lone date still gets month ticks if has_dates else 1.0
    slot = last + pad if has_dates else 0.0

    how = np.select(
        [has_start & has_end, has_start | has_end, has_pub],
        ["period", "partial", "published"],
        "undated",
    )
    x0 = np.where(has_start, start, np.where(has_end, end, np.where(has_pub, published, slot)))
    x1 = np.where(has_start & has_end, end, x0)
    undated = np.flatnonzero(how == "undated")
    if undated.size > 1:
        # Spread claims in the band so their markers do not sit on one another.
        spread = (np.arange(undated.size) - (undated.size - 1) / 2) * pad * 0.5 / undated.size
        x0[undated] = slot + spread
        x1[undated] = x0[undated]
    return _Placed(x0, x1, how, has_dates, last, slot, pad)


def _num(dates: pd.Series) -> np.ndarray:
    """Gives matplotlib date numbers, NaN where a date is missing."""
    values = pd.to_datetime(dates)
    out = np.full(len(values), np.nan)
    ok = values.notna().to_numpy()
    if ok.any():
        out[ok] = mdates.date2num(values[ok].dt.to_pydatetime())
    return out


def _draw_panel(
    ax: Axes,
    shown: pd.DataFrame,
    rows: np.ndarray,
    placed: _Placed,
    colours: dict[str, str],
    measure: str,
    unit: str,
    targets: pd.DataFrame,
    limits: ChartLimits,
) -> None:
    """Draws one panel's claims: spans, ranges, bound arrows, hollow markers, targets."""
    low = shown["value_low"].to_numpy()[rows]
    high = shown["value_high"].to_numpy()[rows]
    bound = shown["bound"].to_numpy()[rows]
    colour = np.array([colours[v] for v in shown["voice"].to_numpy()[rows]])
    x0, x1, how = placed.x0[rows], placed.x1[rows], placed.how[rows]
    mid = (low + high) / 2
    spans = how == "period"
    hollow = (how == "published") | (how == "undated")

    for i in np.flatnonzero(spans):
        style: Literal["--", "-"] = "--" if bound[i] == "about" else "-"
        if high[i] > low[i]:
            ax.add_patch(
                Rectangle(
                    (x0[i], low[i]),
                    x1[i] - x0[i],
                    high[i] - low[i],
                    fc=colour[i],
                    alpha=0.22,
                    ec=colour[i],
                    lw=1.0,
                    ls=style,
                )
            )
        else:
            ax.hlines(low[i], x0[i], x1[i], colors=colour[i], lw=2.6, linestyles=style)
    points = ~spans
    for i in np.flatnonzero(points & (high > low)):
        # A range at one date: a capped bar, so "3–4×" reads as from 3 to 4.
        ax.vlines(x1[i], low[i], high[i], colors=colour[i], lw=2.4)
        ax.scatter(
            [x1[i], x1[i]],
            [low[i], high[i]],
            marker="_",
            s=140,
            c=colour[i],
            linewidths=2.4,
            zorder=4,
        )
    ax.scatter(
        x1[~hollow],
        mid[~hollow],
        s=36,
        c=list(colour[~hollow]),
        zorder=4,
        edgecolors="white",
        linewidths=0.6,
    )
    ax.scatter(
        x1[hollow],
        mid[hollow],
        s=46,
        facecolors="white",
        edgecolors=list(colour[hollow]),
        linewidths=1.8,
        zorder=4,
    )
    # Bound arrows as one scatter per direction: one artist, however many claims.
    up = np.isin(bound, list(LOWER_BOUNDS))
    down = np.isin(bound, list(UPPER_BOUNDS))
    for rows_, y, marker in ((up, high, _ARROW_UP), (down, low, _ARROW_DOWN)):
        if rows_.any():
            ax.scatter(
                x1[rows_],
                y[rows_],
                marker=marker,
                s=_ARROW_SIZE,
                c=list(colour[rows_]),
                edgecolors=list(colour[rows_]),
                linewidths=1.6,
                zorder=3,
            )

    values = [low, high]
    if not targets.empty:
        values += _draw_targets(ax, shown, targets, placed, colours)
    _format_y(ax, np.concatenate([np.asarray(v, dtype=float) for v in values]), measure, unit)
    ax.set_title(_panel_title(measure, unit), loc="left", fontsize=11)
    ax.grid(axis="y", color="#e3e3e3", lw=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if placed.has_dates and (placed.how == "undated").any():
        ax.axvspan(
            placed.slot - placed.pad * 0.45,
            placed.slot + placed.pad * 0.45,
            color="#f1f1f1",
            zorder=0,
            gid=_BACKGROUND,
        )
        ax.text(
            placed.slot,
            1.0,
            "no date",
            transform=ax.get_xaxis_transform(),
            ha="center",
            va="bottom",
            fontsize=8,
            color="#666666",
        )


def _draw_targets(
    ax: Axes,
    shown: pd.DataFrame,
    targets: pd.DataFrame,
    placed: _Placed,
    colours: dict[str, str],
) -> list[np.ndarray]:
    """Draws each implied target as a hatched bar beside its growth claim; gives its values."""
    ids = shown["claim_id"].to_numpy()
    drawn: list[np.ndarray] = []
    for row in _records(targets):
        where = np.flatnonzero(ids == row["claim_id"])
        if where.size == 0 or pd.isna(row["target_low"]):
            continue
        i = int(where[0])
        x = placed.x1[i] + placed.pad * 0.18
        colour = colours[shown["voice"].iloc[i]]
        width = placed.pad * 0.16
        low, high = float(row["target_low"]), float(row["target_high"])
        height = max(high - low, abs(high) * 0.01)
        bar = Rectangle(
            (x - width / 2, low),
            width,
            height,
            fc="none",
            ec=colour,
            hatch="////",
            lw=1.2,
            ls="--",
            zorder=3,
        )
        # The label is placed later with the others; the bar carries its text till then.
        who = _short_name(row["speaker"], None) if isinstance(row["speaker"], str) else "Implied"
        bar.set_gid(f"{who}: {row['change']} of {row['base']}\n→ {row['target']} (implied)")
        ax.add_patch(bar)
        if row["bound"] in LOWER_BOUNDS:
            ax.annotate(
                "",
                xy=(x, high),
                xytext=(0, 20),
                textcoords="offset points",
                arrowprops={
                    "arrowstyle": "<|-",
                    "color": colour,
                    "lw": 1.4,
                    "ls": "--",
                    "mutation_scale": 12,
                    "shrinkA": 0,
                    "shrinkB": 0,
                },
            )
        drawn.append(np.array([low, high]))
    return drawn


def _format_y(ax: Axes, values: np.ndarray, measure: str, unit: str) -> None:
    """Sets a log scale only where positive values span orders of magnitude, money ticks."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        finite = np.array([0.0, 1.0])
    lo, hi = float(finite.min()), float(finite.max())
    if lo > 0 and hi / lo >= LOG_RATIO:
        ax.set_yscale("log")
        ax.set_ylim(lo / 2.5, hi * 4)
    elif measure == "level" and lo >= 0:
        ax.set_ylim(0, hi * 1.3 if hi > 0 else 1)
    elif unit == "multiple" and lo >= 0:
        # Multiples start at zero, with a line at 1× (no change) to read them against.
        ax.set_ylim(0, max(hi * 1.6, 1.6))  # room for a bound arrow above the top value
        ax.axhline(1, color="#999999", lw=0.8, ls=":")
    else:
        # Changes keep zero in view, so a rise reads as a rise and a fall as a fall.
        span = max(hi - lo, abs(hi) * 0.2, abs(lo) * 0.2, 1e-9)
        bottom = min(lo - span * 0.25, 0.0)
        top = max(hi + span * 0.45, 0.0)
        ax.set_ylim(bottom, top)
        ax.axhline(0, color="#999999", lw=0.8)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: format_amount(v, unit)))
    ax.tick_params(labelsize=9)


def _format_x(axes: list[Axes], placed: _Placed) -> None:
    """Sets date ticks, none inside the "no date" band, and margins around the claims."""
    if not axes:
        return
    xs = np.concatenate([placed.x0, placed.x1])
    left, right = float(np.nanmin(xs)), float(np.nanmax(xs))
    right = max(right, placed.slot if (placed.how == "undated").any() else right)
    margin = placed.pad * 0.6
    axes[0].set_xlim(left - margin, right + margin)
    if not placed.has_dates:
        for ax in axes:
            ax.set_xticks([])
            ax.set_xlabel("no claim here has a period or a publication date", fontsize=9)
        return
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    formatter = mdates.ConciseDateFormatter(locator)
    for ax in axes:
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(formatter)
        ax.tick_params(axis="x", labelsize=9)
    if (placed.how == "undated").any():
        ticks = [t for t in axes[0].get_xticks() if t <= placed.last_known + placed.pad * 0.3]
        for ax in axes:
            ax.set_xticks(ticks)


def _label_panel(
    ax: Axes,
    shown: pd.DataFrame,
    rows: np.ndarray,
    placed: _Placed,
    colours: dict[str, str],
    unit: str,
    limits: ChartLimits,
) -> None:
    """Labels the most recent claims of a panel with speaker and value, keeping clear of
    the points, arrows and bars already drawn."""
    index = np.flatnonzero(rows)[-limits.max_labels :]
    transform = ax.transData
    obstacles: list[Bbox] = []
    for i in np.flatnonzero(rows):
        y = (shown["value_low"].iloc[i] + shown["value_high"].iloc[i]) / 2
        px, py = transform.transform((placed.x1[i], y))
        obstacles.append(Bbox.from_extents(px - 6, py - 6, px + 6, py + 6))
        b = shown["bound"].iloc[i]
        if b in LOWER_BOUNDS or b in UPPER_BOUNDS:
            end = shown["value_high"].iloc[i] if b in LOWER_BOUNDS else shown["value_low"].iloc[i]
            ex, ey = transform.transform((placed.x1[i], end))
            reach = ARROW_POINTS * ax.figure.dpi / 72 * (1 if b in LOWER_BOUNDS else -1)
            obstacles.append(
                Bbox.from_extents(ex - 6, min(ey, ey + reach), ex + 6, max(ey, ey + reach))
            )
    for patch in ax.patches:
        if patch.get_gid() != _BACKGROUND:  # labels may sit on the "no date" band
            obstacles.append(patch.get_window_extent())
    for lines in ax.collections:
        # Period spans (thin horizontal lines) and range bars; scatter points are above.
        if isinstance(lines, LineCollection):
            for segment in lines.get_segments():
                if len(segment) < 2 or not np.isfinite(segment).all():
                    continue
                (ax0, ay0), (ax1, ay1) = (
                    transform.transform(segment[0]),
                    transform.transform(segment[-1]),
                )
                obstacles.append(
                    Bbox.from_extents(
                        min(ax0, ax1) - 1, min(ay0, ay1) - 2, max(ax0, ax1) + 1, max(ay0, ay1) + 2
                    )
                )
    labels = []
    for i in index:
        row = shown.iloc[i]
        who = _short_name(row["speaker"], row["publisher"])
        text = f"{who}: {format_value(row['value_low'], row['value_high'], unit, row['bound'])}"
        if not np.isnan(row["annual_low"]) and row["months"] != 12:
            text += "\n≈ " + format_value(row["annual_low"], row["annual_high"], unit, row["bound"])
            text += " a year"
        if placed.how[i] != "period":
            text += "\n" + format_period(row["period_start"], row["period_end"], row["period_text"])
        labels.append(
            Label(
                placed.x1[i],
                (row["value_low"] + row["value_high"]) / 2,
                text,
                colours[row["voice"]],
            )
        )
    for patch in [p for p in ax.patches if isinstance(p, Rectangle) and p.get_hatch()]:
        box = patch.get_bbox()
        labels.append(
            Label((box.x0 + box.x1) / 2, box.y1, _target_text(patch), patch.get_edgecolor())  # type: ignore[arg-type]
        )
    place_labels(ax, labels, obstacles)


def _target_text(patch: Rectangle) -> str:
    """Gives the label of an implied-target bar, stored on it when drawn."""
    return str(patch.get_gid() or "implied target")


def _short_name(speaker: object, publisher: object) -> str:
    """Gives the speaker's surname, or the publisher for its own voice."""
    if isinstance(speaker, str) and speaker:
        return speaker.split()[-1]
    if isinstance(publisher, str) and publisher:
        return publisher
    return "unattributed"


def _panel_title(measure: str, unit: str) -> str:
    """Gives what a panel's axis measures: `Level in USD`, `Change, as a multiple of the base`."""
    if measure == "change":
        if unit == "multiple":
            return "Change, as a multiple of the base (3× = three times)"
        if unit == "percent":
            return "Change, in percent"
        if unit == "pp":
            return "Change, in percentage points"
        return f"Change, in {unit}"
    if unit == "percent":
        return "Level, in percent"
    return f"Level, in {unit}"


def _subtitle(shown: pd.DataFrame, total: int, panels: list[tuple[str, str]]) -> str:
    """Gives the line under the title: how many claims, documents and speakers."""
    docs = shown["document_id"].nunique()
    voices = shown["voice"].nunique()
    count = _plural(total, "claim")
    if len(shown) < total:
        count = f"{len(shown):,} of {total:,} claims"
    return (
        f"{count} from {_plural(docs, 'document')}, "
        f"{_plural(voices, 'speaker')} or publisher{'s' if voices != 1 else ''}; "
        "each claim spans the period it covers"
    )


def _plural(count: int, noun: str) -> str:
    """Gives `1 claim`, `2 claims`."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _draw_key(
    key: Axes, shown: pd.DataFrame, colours: dict[str, str], placed: _Placed, targets: pd.DataFrame
) -> None:
    """Draws the legend column: who is which colour, and what the marks mean."""
    key.axis("off")
    handles: list[Patch | Line2D] = []
    publishers = shown.groupby("voice")["publisher"].first()
    for voice, colour in list(colours.items())[: len(_PALETTE)]:
        pub = publishers.get(voice)
        name = voice if not isinstance(pub, str) or pub == voice else f"{voice} ({pub})"
        handles.append(Patch(fc=colour, label=textwrap.fill(name, 26)))
    if len(colours) > len(_PALETTE):
        handles.append(Patch(fc=_OTHER, label=f"{len(colours) - len(_PALETTE)} others"))
    marks: list[Patch | Line2D] = [
        Line2D([], [], color="#555555", lw=2.6, label="period the claim covers"),
        Line2D([], [], color="#555555", lw=2.6, ls="--", label="about"),
        Patch(fc="#555555", alpha=0.3, label="range (low to high)"),
        Line2D(
            [],
            [],
            color="#555555",
            marker="^",
            ls="",
            ms=7,
            label=textwrap.fill("arrow up: more than, at least", 24),
        ),
        Line2D(
            [],
            [],
            color="#555555",
            marker="v",
            ls="",
            ms=7,
            label=textwrap.fill("arrow down: less than, at most", 24),
        ),
        Line2D(
            [],
            [],
            color="#555555",
            marker="o",
            ls="",
            mfc="white",
            mew=1.8,
            label=textwrap.fill("period unknown (hollow marker)", 26),
        ),
    ]
    if not targets.empty and targets["target_low"].notna().any():
        marks.append(
            Patch(
                fc="none",
                ec="#555555",
                hatch="////",
                ls="--",
                label=textwrap.fill("target implied by a growth claim", 26),
            )
        )
    legend = key.legend(
        handles=handles,
        loc="upper left",
        title="Speaker (publisher)",
        fontsize=8.5,
        title_fontsize=9,
        frameon=False,
        alignment="left",
    )
    key.add_artist(legend)
    key.legend(
        handles=marks,
        loc="lower left",
        title="Marks",
        fontsize=8.5,
        title_fontsize=9,
        frameon=False,
        alignment="left",
    )


def _notes(
    shown: pd.DataFrame,
    total: int,
    placed: _Placed,
    targets: pd.DataFrame,
    dropped_panels: list[tuple[str, str]],
    limits: ChartLimits,
) -> list[str]:
    """Gives the source notes printed under the chart, one paragraph each."""
    sources = (
        shown.assign(when=shown["published"].dt.strftime("%Y-%m-%d").fillna("no date"))
        .assign(where=shown["publisher"].fillna(shown["doc"] + ", publisher unknown"))
        .groupby(["where", "when"], dropna=False)["voice"]
        .agg(lambda v: ", ".join(sorted(set(v))))
        .reset_index()
    )
    listed = "; ".join(
        f"{r.where}, {r.when} ({r.voice})" for r in sources.head(_NOTED_SOURCES).itertuples()
    )
    more = f"; and {len(sources) - _NOTED_SOURCES} more" if len(sources) > _NOTED_SOURCES else ""
    notes = [f"Sources: {listed}{more}."]
    how = placed.how
    if (how == "published").any():
        n = int((how == "published").sum())
        notes.append(
            f"Hollow markers: {_plural(n, 'claim')} without a period, drawn at the publication "
            "date."
        )
    if (how == "undated").any():
        names = ", ".join(sorted(set(shown["voice"].to_numpy()[how == "undated"])))
        n = int((how == "undated").sum())
        notes.append(
            f"{_plural(n, 'claim')} ({names}) with neither a period nor a publication date "
            f'{"is" if n == 1 else "are"} drawn hollow in the grey "no date" band right of the '
            "latest known date; the band says nothing about when they were made."
        )
    if (how == "partial").any():
        notes.append("Claims with only a start or an end date are drawn at that date.")
    annual = shown[shown["annual_low"].notna() & (shown["months"] != 12)]
    if not annual.empty:
        notes.append(
            "Partial-year totals are also given as a yearly run rate (≈ value × 12 / months "
            "covered)."
        )
    if len(targets) > 2:
        notes.append(
            f"Hatched bars: the targets {len(targets)} growth claims imply, applied to a level "
            "claim (see the implied-targets table)."
        )
    elif not targets.empty:
        for row in _records(targets):
            who = row["speaker"] if isinstance(row["speaker"], str) else "the publisher"
            if pd.isna(row["target_low"]):
                notes.append(f"{who}'s {row['change']} ({row['kind']}): {row['note']}.")
            else:
                notes.append(
                    f"Implied target: {who}'s {row['change']} applied to {row['base']} "
                    f"({row['base_period']}) gives {row['target']}."
                )
    if len(shown) < total:
        notes.append(f"Only the {len(shown):,} most recent of {total:,} claims are drawn.")
    if len(shown) > 6:
        notes.append(
            f"Labels name up to {limits.max_labels} of the most recent claims per panel, where "
            "there is room for them; colours name the rest."
        )
    for measure, unit in dropped_panels:
        notes.append(f"Not drawn: {measure} claims in {unit} (only {limits.max_panels} panels).")
    return notes
