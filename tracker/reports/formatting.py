"""Numbers, bounds and periods as readers expect them: `more than $2.3bn`, `Jan–Oct 2021`."""

from __future__ import annotations

import math
from typing import Any

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


def bound_words(bound: str) -> str:
    """Gives the words a bound is read as, without a trailing space: `more than`, or ``."""
    return _BOUND_WORDS.get(bound, "").strip()


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
    if s is None and e is None:
        phrase = text.strip() if isinstance(text, str) else ""
        return f'period unknown ("{phrase}")' if phrase else "period unknown"
    if s is None:
        assert e is not None
        return f"until {e:%Y-%m-%d}"
    if e is None:
        return f"from {s:%Y-%m-%d}"
    whole_months = s.day == 1 and (e + pd.Timedelta(days=1)).day == 1
    if not whole_months:
        if s == e:
            return f"{s:%Y-%m-%d}"
        return f"{s:%Y-%m-%d} to {e:%Y-%m-%d}"
    if s.month == 1 and e.month == 12:
        return f"{s.year}" if s.year == e.year else f"{s.year}–{e.year}"
    if s.year == e.year:
        if s.month == e.month:
            return f"{_MONTHS[s.month - 1]} {s.year}"
        return f"{_MONTHS[s.month - 1]}–{_MONTHS[e.month - 1]} {s.year}"
    return f"{_MONTHS[s.month - 1]} {s.year}–{_MONTHS[e.month - 1]} {e.year}"


def format_source(publisher: Any, published: Any, speaker: Any, doc: Any) -> str:
    """Gives who said it where: `Emin Aliyev (Trend, 2021-12-21)`; the file if no publisher."""
    where = publisher if isinstance(publisher, str) and publisher else None
    if where is None:
        where = f"{doc}, publisher unknown" if isinstance(doc, str) and doc else "publisher unknown"
    stamp = as_timestamp(published)
    when = f"{stamp:%Y-%m-%d}" if stamp is not None else "no date"
    who = speaker if isinstance(speaker, str) and speaker else "publisher's own voice"
    return f"{who} ({where}, {when})"
