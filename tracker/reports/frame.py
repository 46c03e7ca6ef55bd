"""The claims frame the reports read: its columns, and the derived columns every page needs."""

from __future__ import annotations

import pandas as pd

from tracker.resources import word_list

#: Columns of the store's `claims_frame(db)`, in its order, with the dtype the reports expect.
CLAIM_COLUMNS: dict[str, str] = {
    "claim_id": "int64",
    "document_id": "int64",
    "doc": "object",
    "path": "object",
    "publisher": "object",
    "published": "datetime64[ns]",
    "title": "object",
    "surface": "object",
    "start": "int64",
    "end": "int64",
    "sentence": "object",
    "indicator": "object",
    "entities": "object",
    "value_low": "float64",
    "value_high": "float64",
    "unit": "object",
    "bound": "object",
    "measure": "object",
    "kind": "object",
    "period_start": "datetime64[ns]",
    "period_end": "datetime64[ns]",
    "period_text": "object",
    "speaker": "object",
    "confidence": "float64",
}

DATE_COLUMNS = ("published", "period_start", "period_end")

#: Bounds that put the true value above the number, and below it.
LOWER_BOUNDS = frozenset({"more_than", "at_least"})
UPPER_BOUNDS = frozenset({"less_than", "at_most"})

#: Units that are not amounts of something, so they never add up over time.
RATE_UNITS = frozenset({"percent", "pp", "multiple"})

#: The key of one chart and one comparison group: same indicator about the same entities.
GROUP_KEY = ["indicator", "entities"]


#: Columns `prepare` adds; their presence marks a frame as prepared.
DERIVED_COLUMNS = frozenset({"voice", "dated"})


def flow_indicators() -> frozenset[str]:
    """Gives the indicators whose values are totals over their period (see the data file)."""
    return word_list("flow_indicators.txt")


def empty_claims_frame() -> pd.DataFrame:
    """Gives a claims frame with every contract column and no rows."""
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in CLAIM_COLUMNS.items()})


def prepare(frame: pd.DataFrame) -> pd.DataFrame:
    """Gives a copy with contract dtypes and the derived columns the reports share.

    The store hands over well-typed frames, but a caller that filtered or built its own
    frame may leave dates as strings or miss optional columns; coercing once here keeps
    every later step vectorised and free of per-row checks.
    """
    if DERIVED_COLUMNS.issubset(frame.columns):
        return frame  # already prepared: the report functions call each other
    out = frame.copy()
    for name, dtype in CLAIM_COLUMNS.items():
        if name not in out.columns:
            out[name] = pd.Series(dtype=dtype, index=out.index)
    for name in DATE_COLUMNS:
        out[name] = pd.to_datetime(out[name], errors="coerce")
        if getattr(out[name].dt, "tz", None) is not None:
            out[name] = out[name].dt.tz_localize(None)
    for name in ("value_low", "value_high", "confidence"):
        out[name] = pd.to_numeric(out[name], errors="coerce").astype("float64")
    out["value_high"] = out["value_high"].fillna(out["value_low"])
    for name in ("indicator", "unit", "bound", "measure", "kind"):
        out[name] = out[name].astype("object").fillna("")
    out["bound"] = out["bound"].replace("", "exact")
    out["measure"] = out["measure"].replace("", "level")
    out["kind"] = out["kind"].replace("", "actual")
    out["entities"] = out["entities"].map(_entities_text).astype("object")
    for name in ("publisher", "speaker", "period_text", "title", "doc"):
        out[name] = out[name].astype("object").where(out[name].notna(), None)
        out[name] = out[name].replace("", None)
    out["voice"] = out["speaker"].fillna(out["publisher"]).fillna("unattributed")
    out["dated"] = out["period_start"].notna() & out["period_end"].notna()
    return out


def _entities_text(value: object) -> str:
    """Gives entities as the store writes them ("A, B"), also from a list or a missing value."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(sorted(str(v) for v in value))
    return str(value)


#: Indicator words written in capitals: `gdp_growth` → "GDP growth".
_ACRONYMS = {"gdp": "GDP", "fdi": "FDI", "fx": "FX", "vat": "VAT", "cpi": "CPI", "ppi": "PPI"}


def group_title(indicator: str, entities: str) -> str:
    """Gives a readable name for a group: `Trade turnover, Azerbaijan–Russia`."""
    words = [_ACRONYMS.get(w, w) for w in indicator.split("_") if w]
    name = " ".join(words) or "unknown indicator"
    name = name[0].upper() + name[1:]
    names = [e.strip() for e in entities.split(",") if e.strip()]
    if not names:
        return name
    return f"{name}, {'–'.join(names)}"
