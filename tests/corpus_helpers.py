"""Shared helpers of the test corpus: build a document, compare claims field by field."""

from __future__ import annotations

from datetime import date
from typing import Any

from tracker import parse_document
from tracker.extract.claim import Claim


def document(text: str, name: str = "case.txt"):
    """Gives a parsed document for a test text (its header line, if any, gives the date)."""
    return parse_document(text, name=name)


def expect(
    value: float,
    unit: str,
    indicator: str,
    entities: tuple[str, ...] | list[str] = (),
    *,
    high: float | None = None,
    bound: str = "exact",
    measure: str = "level",
    kind: str = "actual",
    period: tuple[str | None, str | None] = (None, None),
    speaker: str | None = None,
) -> dict[str, Any]:
    """Gives the scored fields of one expected claim, the scorer's way (CLAIMS.md)."""
    return {
        "value_low": float(value),
        "value_high": float(value if high is None else high),
        "unit": unit,
        "indicator": indicator,
        "entities": sorted(entities),
        "bound": bound,
        "measure": measure,
        "kind": kind,
        "period_start": period[0],
        "period_end": period[1],
        "speaker": speaker,
    }


def scored(claim: Claim) -> dict[str, Any]:
    """Gives the scored fields of an extracted claim, values rounded like the scorer's 0.5 %."""
    row = claim.to_dict()
    return {
        "value_low": _round(row["value_low"]),
        "value_high": _round(row["value_high"]),
        "unit": row["unit"],
        "indicator": row["indicator"],
        "entities": sorted(row["entities"]),
        "bound": row["bound"],
        "measure": row["measure"],
        "kind": row["kind"],
        "period_start": row["period_start"],
        "period_end": row["period_end"],
        "speaker": row["speaker"],
    }


def rounded(expected: dict[str, Any]) -> dict[str, Any]:
    """Gives an expectation with values rounded the same way as `scored`."""
    return {
        **expected,
        "value_low": _round(expected["value_low"]),
        "value_high": _round(expected["value_high"]),
    }


def _round(value: float) -> float:
    return float(f"{value:.4g}")


def day(text: str) -> date:
    """Gives a date from ISO text (short for test tables)."""
    return date.fromisoformat(text)
