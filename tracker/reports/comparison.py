"""Which claims about the same thing can be set side by side, how far apart they are, and
which cannot both be true. Pure pandas: no figures, no files."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from tracker.reports.formatting import format_value, period_texts, source_texts
from tracker.reports.frame import (
    GROUP_KEY,
    LOWER_BOUNDS,
    RATE_UNITS,
    UPPER_BOUNDS,
    flow_indicators,
    prepare,
)

#: Relative slack between two exact figures for one period before they count as a
#: conflict: rounding ("$2.3 billion") and revisions move published figures by a few percent.
TOLERANCE = 0.05

#: "About" allows more slack than an exact figure.
ABOUT_TOLERANCE = 0.10

#: Periods shorter than this are not annualised: a day's figure says little about a year.
MIN_DAYS_TO_ANNUALISE = 28

#: Per group, only the most recent dated claims are paired, so a group of thousands of
#: claims cannot make millions of pairs; the report says when it cuts.
MAX_PAIRED_PER_GROUP = 20

_MONTH_DAYS = 365.25 / 12
_DAY = pd.Timedelta(days=1)

COMPARISON_COLUMNS = [
    "indicator",
    "entities",
    "unit",
    "measure",
    "relation",
    "claim_id_a",
    "claim_id_b",
    "value_a",
    "period_a",
    "source_a",
    "annual_a",
    "value_b",
    "period_b",
    "source_b",
    "annual_b",
    "diff_pct",
    "conflict",
    "note",
    "annual_low_a",
    "annual_high_a",
    "annual_low_b",
    "annual_high_b",
]


def months_covered(start: pd.Series, end: pd.Series) -> pd.Series:
    """Gives the months each inclusive period covers: Jan 1–Oct 31 → 10.

    Whole calendar months count exactly; other periods count days / (365.25 / 12).
    """
    start = pd.to_datetime(start)
    after = pd.to_datetime(end) + _DAY
    whole = (start.dt.day == 1) & (after.dt.day == 1)
    calendar = (after.dt.year - start.dt.year) * 12 + (after.dt.month - start.dt.month)
    days = (after - start).dt.days
    return calendar.astype("float64").where(whole, days / _MONTH_DAYS)


def annualise(value: float, period_start: date, period_end: date) -> float:
    """Gives the yearly run rate of a total over a period: value × 12 / months covered.

    Jan–Oct 2021, $2.3bn → $2.76bn a year. NaN for a period too short to say anything
    about a year, or an inverted one.
    """
    months = months_covered(
        pd.Series([pd.Timestamp(period_start)]), pd.Series([pd.Timestamp(period_end)])
    )
    days = (pd.Timestamp(period_end) - pd.Timestamp(period_start)).days + 1
    if days < MIN_DAYS_TO_ANNUALISE:
        return float("nan")
    return float(value) * 12 / float(months.iloc[0])


def annual_rates(frame: pd.DataFrame) -> pd.DataFrame:
    """Gives, per claim, `months`, `annual_low`, `annual_high` (NaN where not a flow over a period).

    Only level claims of flow indicators in amounts (money, counts, tonnes) are annualised;
    a rate or a stock is the same whatever the period's length.
    """
    f = frame
    months = pd.Series(np.nan, index=f.index, dtype="float64")
    dated = f["period_start"].notna() & f["period_end"].notna()
    if dated.any():
        months[dated] = months_covered(f.loc[dated, "period_start"], f.loc[dated, "period_end"])
    days = (f["period_end"] - f["period_start"]).dt.days + 1
    ok = (
        dated
        & (days >= MIN_DAYS_TO_ANNUALISE)
        & (f["measure"] == "level")
        & f["indicator"].isin(flow_indicators())
        & ~f["unit"].isin(RATE_UNITS)
    )
    factor = (12 / months).where(ok)
    return pd.DataFrame(
        {
            "months": months,
            "annual_low": f["value_low"] * factor,
            "annual_high": f["value_high"] * factor,
        },
        index=f.index,
    )


def value_intervals(frame: pd.DataFrame, tolerance: float = TOLERANCE) -> pd.DataFrame:
    """Gives, per claim, the values it allows: `lo`, `hi`, and whether each end is strict.

    "more than X" allows (X, ∞); an exact X allows X ± tolerance / 2, since published
    figures are rounded, so two exact figures clash when more than about `tolerance`
    apart; "about X" allows more.
    """
    low = frame["value_low"].to_numpy(dtype="float64")
    high = frame["value_high"].to_numpy(dtype="float64")
    bound = frame["bound"].to_numpy(dtype=object)
    slack = np.where(bound == "about", max(tolerance, ABOUT_TOLERANCE), tolerance) / 2
    lo = low - np.abs(low) * slack
    hi = high + np.abs(high) * slack
    is_lower = np.isin(bound, list(LOWER_BOUNDS))
    is_upper = np.isin(bound, list(UPPER_BOUNDS))
    lo = np.where(is_lower, low, np.where(is_upper, -np.inf, lo))
    hi = np.where(is_upper, high, np.where(is_lower, np.inf, hi))
    return pd.DataFrame(
        {
            "lo": lo,
            "hi": hi,
            "lo_strict": bound == "more_than",
            "hi_strict": bound == "less_than",
        },
        index=frame.index,
    )


def _above(
    lo: np.ndarray, lo_strict: np.ndarray, hi: np.ndarray, hi_strict: np.ndarray
) -> np.ndarray:
    """Gives True where every value allowed by (lo…) lies above every value allowed by (…hi)."""
    return (lo > hi) | ((lo == hi) & (lo_strict | hi_strict))


def compare_claims(
    frame: pd.DataFrame,
    *,
    tolerance: float = TOLERANCE,
    max_per_group: int = MAX_PAIRED_PER_GROUP,
) -> pd.DataFrame:
    """Gives one row per pair of claims about the same indicator, entities, measure and unit
    whose periods overlap or adjoin, side by side, with the gap in percent and a conflict flag.

    Per group the `max_per_group` most recent dated claims are paired; on top of those,
    every period of every group is scanned for the widest clash between its claims, so a
    same-period conflict is found however large the group. A claim without a period cannot
    be placed against another: the most recent few are set beside the latest dated claim
    of their group, marked "period unknown" and never flagged. Conflicts are checked
    between `actual` claims only: a forecast that misses is not a contradiction.
    Columns: `COMPARISON_COLUMNS`.
    """
    f = prepare(frame)
    f = f[f["value_low"].notna()]  # a claim with no number compares with nothing
    if f.empty:
        return pd.DataFrame(columns=COMPARISON_COLUMNS)
    key = [*GROUP_KEY, "measure", "unit"]
    # Sentences, paths and titles are not compared; leaving them out keeps copies cheap.
    f = f[[*key, *_TEXT_COLUMNS, *_CLAIM_FIELDS, "dated"]]
    f = pd.concat([f, annual_rates(f), value_intervals(f, tolerance)], axis=1)
    f = f.sort_values(["period_end", "published", "claim_id"], na_position="first")
    slim = f[[*key, *_PAIR_COLUMNS]]

    dated = slim[f["dated"]]
    recent = dated.groupby(key, sort=False, dropna=False).tail(max_per_group)
    pairs = recent.merge(recent, on=key, suffixes=("_a", "_b"))
    pairs = pairs[_earlier(pairs)]
    sa, ea = pairs["period_start_a"], pairs["period_end_a"]
    sb, eb = pairs["period_start_b"], pairs["period_end_b"]
    pairs = pairs[(sb <= ea + _DAY) & (sa <= eb + _DAY)]
    pairs = pd.concat([pairs, _widest_clashes(dated[f.loc[dated.index, "kind"] == "actual"], key)])
    pairs = pairs.drop_duplicates(["claim_id_a", "claim_id_b"])
    dated_pairs = _judge(pairs.copy())

    undated = slim[~f["dated"]].groupby(key, sort=False, dropna=False).tail(MAX_UNDATED_PER_GROUP)
    latest = dated.groupby(key, sort=False, dropna=False).tail(1)
    loose = latest.merge(undated, on=key, suffixes=("_a", "_b"))
    loose["relation"] = "period unknown"
    loose["conflict"] = False
    loose["diff_pct"] = np.nan
    loose["note"] = "one period is unknown: not checked"

    out = pd.concat([dated_pairs, loose], ignore_index=True)
    if out.empty:
        return pd.DataFrame(columns=COMPARISON_COLUMNS)
    # Text is made once per claim, not once per pair: a claim sits in many pairs.
    ids = pd.unique(np.concatenate([out["claim_id_a"].to_numpy(), out["claim_id_b"].to_numpy()]))
    texts = _claim_texts(f[f["claim_id"].isin(ids)])
    for side in ("a", "b"):
        out = out.merge(texts.add_suffix(f"_{side}"), on=f"claim_id_{side}", how="left")
    out = out.sort_values(
        ["conflict", "indicator", "entities", "period_end_a", "claim_id_a", "claim_id_b"],
        ascending=[False, True, True, True, True, True],
        kind="stable",
    )
    return out[COMPARISON_COLUMNS].reset_index(drop=True)


#: Claim fields a pair compares; the rest (sentences, paths) stays behind.
_CLAIM_FIELDS = [
    "claim_id",
    "period_start",
    "period_end",
    "value_low",
    "value_high",
    "bound",
    "kind",
]

#: Columns a pair needs from each claim: its fields, run rate and the values it allows.
_PAIR_COLUMNS = [
    *_CLAIM_FIELDS,
    "months",
    "annual_low",
    "annual_high",
    "lo",
    "hi",
    "lo_strict",
    "hi_strict",
]

#: Columns the comparison's text is made from.
_TEXT_COLUMNS = ["period_text", "publisher", "published", "speaker", "doc"]

#: Claims without a period set beside a dated one, per group: the most recent only.
MAX_UNDATED_PER_GROUP = 5


def _widest_clashes(actual: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    """Gives, per group and exact period, the pair with the highest floor and the lowest
    ceiling when those exclude each other: the clearest conflict of that period.

    One pass of groupby over all dated actual claims, so a conflict is found even among
    thousands of claims about one year.
    """
    if actual.empty:
        return actual.merge(actual, on=key, suffixes=("_a", "_b")).iloc[:0]
    by_period = actual.groupby([*key, "period_start", "period_end"], sort=False, dropna=False)
    top = actual.loc[by_period["lo"].idxmax().to_numpy()].reset_index(drop=True)
    bottom = actual.loc[by_period["hi"].idxmin().to_numpy()].reset_index(drop=True)
    clash = _above(
        top["lo"].to_numpy(),
        top["lo_strict"].to_numpy(),
        bottom["hi"].to_numpy(),
        bottom["hi_strict"].to_numpy(),
    ) & (top["claim_id"].to_numpy() != bottom["claim_id"].to_numpy())
    top, bottom = top[clash].reset_index(drop=True), bottom[clash].reset_index(drop=True)
    first = top["claim_id"] < bottom["claim_id"]
    a = top.where(first, bottom)
    b = bottom.where(first, top)
    pairs = a.add_suffix("_a").rename(columns={f"{k}_a": k for k in key})
    other = b.drop(columns=key).add_suffix("_b")
    return pd.concat([pairs, other], axis=1)


def _claim_texts(claims: pd.DataFrame) -> pd.DataFrame:
    """Gives per claim the text the comparison shows: value, period, source, yearly rate."""
    value = [
        format_value(lo, hi, unit, bound)
        for lo, hi, unit, bound in zip(
            claims["value_low"], claims["value_high"], claims["unit"], claims["bound"], strict=True
        )
    ]
    # A twelve-month figure is its own yearly rate; repeating it would be noise.
    annual = [
        "" if np.isnan(lo) or months == 12 else format_value(lo, hi, unit, bound) + " a year"
        for lo, hi, unit, bound, months in zip(
            claims["annual_low"],
            claims["annual_high"],
            claims["unit"],
            claims["bound"],
            claims["months"],
            strict=True,
        )
    ]
    return pd.DataFrame(
        {
            "claim_id": claims["claim_id"].to_numpy(),
            "value": value,
            "period": period_texts(
                claims["period_start"], claims["period_end"], claims["period_text"]
            ).to_numpy(),
            "source": source_texts(
                claims["publisher"], claims["published"], claims["speaker"], claims["doc"]
            ).to_numpy(),
            "annual": annual,
        }
    )


def _earlier(pairs: pd.DataFrame) -> pd.Series:
    """Gives True where claim a comes before claim b, so each pair appears once, oldest first."""
    sa, sb = pairs["period_start_a"], pairs["period_start_b"]
    ea, eb = pairs["period_end_a"], pairs["period_end_b"]
    ia, ib = pairs["claim_id_a"], pairs["claim_id_b"]
    return (sa < sb) | ((sa == sb) & ((ea < eb) | ((ea == eb) & (ia < ib))))


def _judge(pairs: pd.DataFrame) -> pd.DataFrame:
    """Gives the pairs with their relation, gap in percent, conflict flag and a note."""
    sa, ea = pairs["period_start_a"], pairs["period_end_a"]
    sb, eb = pairs["period_start_b"], pairs["period_end_b"]
    same = (sa == sb) & (ea == eb)
    a_in_b = (sb <= sa) & (ea <= eb) & ~same
    b_in_a = (sa <= sb) & (eb <= ea) & ~same
    adjoin = (ea + _DAY == sb) | (eb + _DAY == sa)
    pairs["relation"] = np.select(
        [same, a_in_b | b_in_a, adjoin],
        ["same period", "one contains the other", "adjoining"],
        "overlapping",
    )

    # Compare like with like: the figures themselves for one period, else yearly run rates.
    mid_a = (pairs["value_low_a"] + pairs["value_high_a"]) / 2
    mid_b = (pairs["value_low_b"] + pairs["value_high_b"]) / 2
    annual_a = (pairs["annual_low_a"] + pairs["annual_high_a"]) / 2
    annual_b = (pairs["annual_low_b"] + pairs["annual_high_b"]) / 2
    use_annual = ~same & annual_a.notna() & annual_b.notna()
    base = annual_a.where(use_annual, mid_a)
    other = annual_b.where(use_annual, mid_b)
    comparable = same | use_annual | pairs["unit"].isin(RATE_UNITS)
    pairs["diff_pct"] = ((other - base) / base.abs() * 100).where(comparable & (base != 0))

    both_actual = (pairs["kind_a"] == "actual") & (pairs["kind_b"] == "actual")
    arr = {c: pairs[c].to_numpy() for c in pairs.columns if c.startswith(("lo", "hi"))}
    disjoint = _above(arr["lo_a"], arr["lo_strict_a"], arr["hi_b"], arr["hi_strict_b"]) | _above(
        arr["lo_b"], arr["lo_strict_b"], arr["hi_a"], arr["hi_strict_a"]
    )
    additive = pairs["indicator"].isin(flow_indicators()) & ~pairs["unit"].isin(RATE_UNITS)
    additive &= pairs["measure"] == "level"
    part_a_too_big = _above(arr["lo_a"], arr["lo_strict_a"], arr["hi_b"], arr["hi_strict_b"])
    part_b_too_big = _above(arr["lo_b"], arr["lo_strict_b"], arr["hi_a"], arr["hi_strict_a"])
    same_conflict = both_actual & same & disjoint
    part_conflict = both_actual & additive & ((a_in_b & part_a_too_big) | (b_in_a & part_b_too_big))
    pairs["conflict"] = (same_conflict | part_conflict).astype(bool)
    pairs["note"] = np.select(
        [same_conflict, part_conflict, ~both_actual],
        [
            "cannot both be true for the same period",
            "a part of the period is larger than the whole can be",
            "not checked: a forecast, target or potential",
        ],
        "",
    )
    return pairs


__all__ = [
    "COMPARISON_COLUMNS",
    "TOLERANCE",
    "annual_rates",
    "annualise",
    "compare_claims",
    "months_covered",
    "value_intervals",
]
