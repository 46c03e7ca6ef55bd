"""What a growth claim implies: "increase trade three-four times" on a $2.5bn base is
$7.5bn–$10bn. Pure pandas: no figures, no files."""

from __future__ import annotations

import numpy as np
import pandas as pd

from tracker.reports.comparison import annual_rates
from tracker.reports.formatting import format_value, period_texts
from tracker.reports.frame import GROUP_KEY, LOWER_BOUNDS, UPPER_BOUNDS, group_title, prepare

#: Change units a base can be multiplied by: "three times", "by 20 %".
GROWTH_UNITS = frozenset({"multiple", "percent"})

#: Only forward-looking changes imply a target; an `actual` "grew three times" describes
#: the past, and its result is usually a level claim of its own.
FORWARD_KINDS = frozenset({"forecast", "target", "potential"})

#: A base must be an amount: a multiple of a percentage or of percentage points is ambiguous.
NOT_A_BASE = frozenset({"multiple", "pp", "percent"})

TARGET_COLUMNS = [
    "claim_id",
    "indicator",
    "entities",
    "speaker",
    "kind",
    "change",
    "base_claim_id",
    "base",
    "base_period",
    "target_low",
    "target_high",
    "unit",
    "bound",
    "target",
    "note",
]


def implied_targets(frame: pd.DataFrame) -> pd.DataFrame:
    """Gives one row per forward-looking growth claim with the level it implies.

    The base is a level claim about the same indicator and entities: one from the same
    document if there is one (the speaker's own "today's figure"), else the latest
    actual one by period end and publication date. A partial-year flow base is annualised
    first, since a growth target is about a year's trade. Where no base exists the row
    says so in `note` and the target is NaN. Columns: `TARGET_COLUMNS`.
    """
    f = prepare(frame)
    growth = f[
        (f["measure"] == "change") & f["unit"].isin(GROWTH_UNITS) & f["kind"].isin(FORWARD_KINDS)
    ]
    if growth.empty:
        return pd.DataFrame(columns=TARGET_COLUMNS)

    levels = f[(f["measure"] == "level") & ~f["unit"].isin(NOT_A_BASE) & f["value_low"].notna()]
    levels = pd.concat([levels, annual_rates(levels)], axis=1)
    # Whole-year and unknown periods keep their value; partial years become a yearly rate.
    use_rate = levels["annual_low"].notna() & (levels["months"] != 12)
    levels["base_low"] = levels["annual_low"].where(use_rate, levels["value_low"])
    levels["base_high"] = levels["annual_high"].where(use_rate, levels["value_high"])
    levels["base_annualised"] = use_rate
    levels["is_actual"] = levels["kind"] == "actual"
    levels = levels.sort_values(
        ["is_actual", "period_end", "published", "claim_id"], na_position="first"
    )
    base_cols = [
        "claim_id",
        "document_id",
        "base_low",
        "base_high",
        "base_annualised",
        "unit",
        "bound",
        "period_start",
        "period_end",
        "period_text",
    ]
    same_doc = levels.groupby([*GROUP_KEY, "document_id"], sort=False).tail(1)
    latest = levels[levels["is_actual"]].groupby(GROUP_KEY, sort=False).tail(1)

    g = growth[
        [
            "claim_id",
            "document_id",
            *GROUP_KEY,
            "speaker",
            "kind",
            "value_low",
            "value_high",
            "unit",
            "bound",
        ]
    ]
    by_doc = g.merge(
        same_doc[[*GROUP_KEY, *base_cols]],
        on=[*GROUP_KEY, "document_id"],
        how="left",
        suffixes=("", "_base"),
    )
    by_latest = g.merge(
        latest[[*GROUP_KEY, *base_cols]].drop(columns="document_id"),
        on=GROUP_KEY,
        how="left",
        suffixes=("", "_base"),
    )
    # Same-document bases first, then the latest one. Both merges keep `g`'s rows in
    # order (each right side has one row per key), so they line up row for row.
    out = by_doc.copy()
    found = out["claim_id_base"].notna()
    base_columns = [c for c in by_latest.columns if c.endswith("_base")] + [
        "base_low",
        "base_high",
        "base_annualised",
        "period_start",
        "period_end",
        "period_text",
    ]
    for col in base_columns:
        out[col] = out[col].where(found, by_latest[col])

    change_low = out["value_low"].astype("float64")
    change_high = out["value_high"].astype("float64")
    factor_low = np.where(out["unit"] == "multiple", change_low, 1 + change_low / 100)
    factor_high = np.where(out["unit"] == "multiple", change_high, 1 + change_high / 100)
    out["target_low"] = out["base_low"].astype("float64") * factor_low
    out["target_high"] = out["base_high"].astype("float64") * factor_high
    out["target_bound"] = [
        _combined_bound(a, b) for a, b in zip(out["bound"], out["bound_base"], strict=True)
    ]
    has_base = out["claim_id_base"].notna()

    result = pd.DataFrame(
        {
            "claim_id": out["claim_id"].astype("int64"),
            "indicator": out["indicator"],
            "entities": out["entities"],
            "speaker": out["speaker"],
            "kind": out["kind"],
            "change": [
                format_value(lo, hi, u, b)
                for lo, hi, u, b in zip(
                    change_low, change_high, out["unit"], out["bound"], strict=True
                )
            ],
            "base_claim_id": out["claim_id_base"].astype("Int64"),
            "base": [
                format_value(lo, hi, u, b) + (" a year" if ann else "") if ok else ""
                for lo, hi, u, b, ann, ok in zip(
                    out["base_low"],
                    out["base_high"],
                    out["unit_base"],
                    out["bound_base"],
                    out["base_annualised"],
                    has_base,
                    strict=True,
                )
            ],
            "base_period": period_texts(
                out["period_start"], out["period_end"], out["period_text"]
            ).where(has_base, ""),
            "target_low": out["target_low"].astype("float64"),
            "target_high": out["target_high"].astype("float64"),
            "unit": out["unit_base"].where(has_base, None),
            "bound": out["target_bound"].where(has_base, None),
        }
    )
    result["target"] = [
        format_value(lo, hi, u, b) if ok else ""
        for lo, hi, u, b, ok in zip(
            result["target_low"],
            result["target_high"],
            result["unit"],
            result["bound"],
            has_base,
            strict=True,
        )
    ]
    result["note"] = [
        "" if ok else f"no base, as there is no level claim on {group_title(i, e)} to apply it to"
        for ok, i, e in zip(has_base, result["indicator"], result["entities"], strict=True)
    ]
    return result[TARGET_COLUMNS].reset_index(drop=True)


def _combined_bound(change: object, base: object) -> str:
    """Gives the bound of a product of two bounded numbers.

    "At least 3×" of exactly $2.5bn is at least $7.5bn; bounds pointing opposite ways
    leave only an approximate figure.
    """
    bounds = {b for b in (change, base) if isinstance(b, str)}
    lower, upper = bounds & LOWER_BOUNDS, bounds & UPPER_BOUNDS
    if lower and upper:
        return "about"
    if lower:
        return "more_than" if "more_than" in lower else "at_least"
    if upper:
        return "less_than" if "less_than" in upper else "at_most"
    return "about" if "about" in bounds else "exact"
