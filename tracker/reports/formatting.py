"""Numbers, bounds and periods as readers expect them: `more than $2.3bn`, `Jan–Oct 2021`."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

#: Currencies written with a symbol before the number; others get their code: `AZN 2.3bn`.
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))

_BOUND_WORDS = {
    "exact": "",
    "about": "about ",
    "more_than": "more than ",
    "at_least": "at least ",
    "less_than": "less than ",
    "at_most": "at most ",
}

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _digits(x: float) -> str:
    """Gives at most three significant digits, without trailing zeros: 2.76, 2.3, 10, 125."""
    size = abs(x)
    text = f"{x:.0f}" if size >= 100 else f"{x:.1f}" if size >= 10 else f"{x:.2f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _scaled(value: float, scales: bool = True) -> tuple[str, str]:
    """Gives the digits and the scale suffix of a number: 2.3e9 → ("2.3", "bn")."""
    if scales:
        for size, suffix in _SCALES:
            # Round first so 999.96m reads as 1bn, not 1000m.
            if abs(value) >= size * 0.9995:
                return _digits(value / size), suffix
    return _digits(value), ""


def format_amount(value: float, unit: str) -> str:
    """Gives one value in its unit: `$2.3bn`, `AZN 750m`, `5.2%`, `1.5 pp`, `3×`, `12k tonnes`."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    if unit == "percent":
        return f"{_digits(value)}%"
    if unit == "pp":
        return f"{_digits(value)} pp"
    if unit == "multiple":
        return f"{_digits(value)}×"
    digits, suffix = _scaled(abs(value))
    sign = "-" if value < 0 else ""
    if len(unit) == 3 and unit.isupper():
        symbol = _SYMBOLS.get(unit)
        if symbol:
            return f"{sign}{symbol}{digits}{suffix}"
        return f"{sign}{unit} {digits}{suffix}"
    if unit in ("", "count"):
        return f"{sign}{digits}{suffix}"
    return f"{sign}{digits}{suffix} {unit}"


def format_value(low: float, high: float, unit: str, bound: str = "exact") -> str:
    """Gives a claim's value with its bound: `more than $2.3bn`, `$7.5bn–$10bn`, `3–4×`."""
    words = _BOUND_WORDS.get(bound, "")
    if high is None or (isinstance(high, float) and math.isnan(high)) or high == low:
        return words + format_amount(low, unit)
    if unit in ("percent", "multiple"):
        # A shared suffix is written once: 3–4×, 5–6%.
        return f"{words}{_digits(low)}–{format_amount(high, unit)}"
    return f"{words}{format_amount(low, unit)}–{format_amount(high, unit)}"


def as_timestamp(value: Any) -> pd.Timestamp | None:
    """Gives the value as a timestamp, or None for a missing date (None, NaT, NaN)."""
    if value is None:
        return None
    stamp = pd.Timestamp(value)
    return None if pd.isna(stamp) else stamp


def format_period(start: Any, end: Any, text: Any = None) -> str:
    """Gives a period the short way: `2021`, `Jan–Oct 2021`, `Nov 2020–Feb 2021`.

    A period the claim does not give reads `period unknown` with its phrase, so a reader
    sees why ("Today").
    """
    s, e = as_timestamp(start), as_timestamp(end)
    return str(
        period_texts(
            pd.Series([s], dtype="datetime64[ns]"),
            pd.Series([e], dtype="datetime64[ns]"),
            pd.Series([text], dtype=object),
        ).iloc[0]
    )


def period_texts(start: pd.Series, end: pd.Series, text: pd.Series) -> pd.Series:
    """Gives `format_period` for whole columns at once, for tables of many claims."""
    index = start.index
    s = pd.Series(pd.to_datetime(start).to_numpy(), index=index)
    e = pd.Series(pd.to_datetime(end).to_numpy(), index=index)
    has_s, has_e = s.notna(), e.notna()
    iso_s = pd.Series(s.to_numpy(dtype="datetime64[D]").astype(str), index=index)
    iso_e = pd.Series(e.to_numpy(dtype="datetime64[D]").astype(str), index=index)
    after = e + pd.Timedelta(days=1)
    whole = has_s & has_e & (s.dt.day == 1) & (after.dt.day == 1)
    sy = s.dt.year.fillna(0).astype(int).astype(str)
    ey = e.dt.year.fillna(0).astype(int).astype(str)
    months = np.array(("", *_MONTHS), dtype=object)
    sm = pd.Series(months[s.dt.month.fillna(0).astype(int).to_numpy()], index=index)
    em = pd.Series(months[e.dt.month.fillna(0).astype(int).to_numpy()], index=index)
    same_year = sy == ey
    full_years = whole & (sm == "Jan") & (em == "Dec")
    phrase = text.where(text.map(lambda t: isinstance(t, str) and bool(t.strip())), None)
    unknown = ('period unknown ("' + phrase.fillna("").str.strip() + '")').where(
        phrase.notna(), "period unknown"
    )
    choices = [
        (~has_s & ~has_e, unknown),
        (~has_s, "until " + iso_e),
        (~has_e, "from " + iso_s),
        (~whole & (iso_s == iso_e), iso_s),
        (~whole, iso_s + " to " + iso_e),
        (full_years & same_year, sy),
        (full_years, sy + "–" + ey),
        (same_year & (sm == em), sm + " " + sy),
        (same_year, sm + "–" + em + " " + sy),
    ]
    out = sm + " " + sy + "–" + em + " " + ey
    for mask, value in reversed(choices):
        out = out.mask(mask, value)
    return out.astype(object)


def format_source(publisher: Any, published: Any, speaker: Any, doc: Any) -> str:
    """Gives who said it where: `Emin Aliyev (Trend, 2021-12-21)`; the file if no publisher."""
    return str(
        source_texts(
            pd.Series([publisher], dtype=object),
            pd.Series([as_timestamp(published)], dtype="datetime64[ns]"),
            pd.Series([speaker], dtype=object),
            pd.Series([doc], dtype=object),
        ).iloc[0]
    )


def source_texts(
    publisher: pd.Series, published: pd.Series, speaker: pd.Series, doc: pd.Series
) -> pd.Series:
    """Gives `format_source` for whole columns at once."""
    index = publisher.index
    present = publisher.map(lambda v: isinstance(v, str) and bool(v))
    named_doc = doc.map(lambda v: isinstance(v, str) and bool(v))
    fallback = (doc.astype(object).where(named_doc, "") + ", publisher unknown").str.lstrip(", ")
    where = publisher.astype(object).where(present, fallback)
    dates = pd.to_datetime(published)
    when = pd.Series(dates.to_numpy(dtype="datetime64[D]").astype(str), index=index)
    when = when.where(dates.notna().to_numpy(), "no date")
    has_speaker = speaker.map(lambda v: isinstance(v, str) and bool(v))
    who = speaker.astype(object).where(has_speaker, "publisher's own voice")
    return (who + " (" + where + ", " + when + ")").astype(object)
