"""The claim: one numeric statement about an economic indicator, in the contract's shape."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any, Literal

Bound = Literal["exact", "about", "more_than", "at_least", "less_than", "at_most"]
Measure = Literal["level", "change"]
Kind = Literal["actual", "forecast", "target", "potential"]


@dataclass(frozen=True, init=False)
class Claim:
    """A claim as `tracker extract --format jsonl` prints it (see CLAIMS.md)."""

    doc: str
    surface: str
    start: int
    end: int
    sentence: str
    indicator: str
    entities: tuple[str, ...]
    value_low: float
    value_high: float
    unit: str
    bound: Bound = "exact"
    measure: Measure = "level"
    kind: Kind = "actual"
    period_start: date | None = None
    period_end: date | None = None
    period_text: str | None = None
    speaker: str | None = None
    publisher: str | None = None
    published: date | None = None
    confidence: float | None = field(default=None, compare=False)

    def __init__(
        self,
        doc: str,
        surface: str,
        start: int,
        end: int,
        sentence: str,
        indicator: str,
        entities: tuple[str, ...],
        value_low: float,
        value_high: float,
        unit: str,
        bound: Bound = "exact",
        measure: Measure = "level",
        kind: Kind = "actual",
        period_start: date | None = None,
        period_end: date | None = None,
        period_text: str | None = None,
        speaker: str | None = None,
        publisher: str | None = None,
        published: date | None = None,
        confidence: float | None = None,
    ) -> None:
        # What the generated __init__ of a frozen dataclass does, one `object.__setattr__` per
        # field, in one update of the instance's dictionary (tests/test_claim_init.py keeps the
        # parameters the fields).
        vars(self).update(
            doc=doc,
            surface=surface,
            start=start,
            end=end,
            sentence=sentence,
            indicator=indicator,
            entities=entities,
            value_low=value_low,
            value_high=value_high,
            unit=unit,
            bound=bound,
            measure=measure,
            kind=kind,
            period_start=period_start,
            period_end=period_end,
            period_text=period_text,
            speaker=speaker,
            publisher=publisher,
            published=published,
            confidence=confidence,
        )

    def to_dict(self) -> dict[str, Any]:
        """Gives the claim as JSON-ready values: dates as ISO strings, entities as a list."""
        row = asdict(self)
        row["entities"] = list(self.entities)
        for name in ("period_start", "period_end", "published"):
            value = row[name]
            row[name] = value.isoformat() if value is not None else None
        if row["confidence"] is None:
            del row["confidence"]
        return row


#: The contract's field names, in the order the CLI prints them.
CLAIM_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Claim))
