"""Places text labels beside chart points so that no two labels, and no label and point,
overlap, and every label stays inside its axes."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.text import Annotation, Text
from matplotlib.transforms import Bbox

#: Candidate offsets (points) from the point to the label's near edge, tried nearest
#: first. A label far from its point keeps a thin leader line to it.
_DX = np.array([10, -10, 40, -40, 80, -80, 130, -130, 190, -190, 260, -260, 340, -340], dtype=float)
_DY = np.arange(-280, 281, 14, dtype=float)
_PAD = 4.0  # the label's frame (pad 0.2 em) and a little air, in pixels


@dataclass(frozen=True)
class Label:
    """A label to place: its text, the data point it belongs to, and its colour."""

    x: float
    y: float
    text: str
    color: str


def place_labels(
    ax: Axes, labels: list[Label], obstacles: list[Bbox], fontsize: float = 8.5
) -> list[Annotation]:
    """Gives the annotations added to `ax`, each at the nearest free offset; a label with
    no free place within reach is left out.

    `obstacles` are display-space boxes (points, arrows, bars) labels must not cover.
    Must run after the axes' limits, scale and position are final, since it measures
    text in display space. Each label is measured once; its candidate places are then
    scored together with numpy, so a crowded chart stays fast.
    """
    figure = ax.figure
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    frame = np.asarray(ax.get_window_extent(renderer).extents)
    taken = [b.extents for b in obstacles]
    scale = figure.dpi / 72
    dx, dy = np.meshgrid(_DX, _DY)
    dx, dy = dx.ravel(), dy.ravel()
    distance = np.abs(dx) + np.abs(dy) * 1.5
    placed: list[Annotation] = []
    for label in sorted(labels, key=lambda item: (item.x, -item.y)):
        note = ax.annotate(
            label.text,
            xy=(label.x, label.y),
            xytext=(10, 0),
            textcoords="offset points",
            fontsize=fontsize,
            color="#222222",
            va="center",
            ha="left",
            annotation_clip=False,
            bbox={
                "boxstyle": "round,pad=0.2",
                "fc": "white",
                "ec": label.color,
                "lw": 0.6,
                "alpha": 0.92,
            },
            arrowprops={
                "arrowstyle": "-",
                "color": label.color,
                "lw": 0.6,
                "shrinkA": 0,
                "shrinkB": 3,
            },
            zorder=5,
        )
        box = _text_box(note, renderer)
        px, py = ax.transData.transform((label.x, label.y))
        width, height = box.width, box.height
        near = px + dx * scale
        x0 = np.where(dx > 0, near - _PAD, near - width + _PAD)
        y0 = py + dy * scale - height / 2
        boxes = np.stack([x0, y0, x0 + width, y0 + height], axis=1)
        cost = _outside(boxes, frame) * 4
        if taken:
            cost = cost + _overlap(boxes, np.array(taken)).sum(axis=1)
        free = cost == 0
        if not free.any():
            # A crowded chart loses the label rather than printing over another.
            note.remove()
            continue
        # Among free places, prefer leader lines that cross no other label or mark.
        crossings = _crossings(px, py, near, py + dy * scale, np.array(taken)) if taken else 0
        pick = int(np.argmin(np.where(free, distance + crossings * 1000.0, np.inf)))
        note.xyann = (float(dx[pick]), float(dy[pick]))
        note.set_horizontalalignment("left" if dx[pick] > 0 else "right")
        taken.append(_text_box(note, renderer).extents)
        placed.append(note)
    return placed


def _crossings(
    px: float, py: float, ends_x: np.ndarray, ends_y: np.ndarray, boxes: np.ndarray
) -> np.ndarray:
    """Gives, per candidate, how many boxes its leader line (point to label) passes through.

    The line is sampled; samples near the point itself are skipped, since the point's own
    mark is among the boxes.
    """
    t = np.linspace(0.0, 1.0, 12)[None, :]
    xs = px + (ends_x[:, None] - px) * t
    ys = py + (ends_y[:, None] - py) * t
    away = np.hypot(xs - px, ys - py) > 9
    inside = (
        (xs[:, :, None] > boxes[None, None, :, 0])
        & (xs[:, :, None] < boxes[None, None, :, 2])
        & (ys[:, :, None] > boxes[None, None, :, 1])
        & (ys[:, :, None] < boxes[None, None, :, 3])
        & away[:, :, None]
    )
    return inside.any(axis=1).sum(axis=1)


def _text_box(note: Annotation, renderer: RendererBase) -> Bbox:
    """Gives the display box of a label's text and frame, leaving out its leader line,
    which always touches its own point."""
    note.update_positions(renderer)
    return Text.get_window_extent(note, renderer).padded(_PAD)


def _overlap(boxes: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Gives the area each candidate box (rows) shares with each other box (columns)."""
    width = np.minimum(boxes[:, None, 2], others[None, :, 2]) - np.maximum(
        boxes[:, None, 0], others[None, :, 0]
    )
    height = np.minimum(boxes[:, None, 3], others[None, :, 3]) - np.maximum(
        boxes[:, None, 1], others[None, :, 1]
    )
    return np.clip(width, 0, None) * np.clip(height, 0, None)


def _outside(boxes: np.ndarray, frame: np.ndarray) -> np.ndarray:
    """Gives the area of each box that lies outside `frame` (x0, y0, x1, y1)."""
    inside = _overlap(boxes, frame[None, :])[:, 0]
    return (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1]) - inside
