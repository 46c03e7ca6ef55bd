"""The period grammar: which stretch of time a figure covers, resolved against publication.

`find_periods(text)` gives every period phrase of a text with how to resolve it;
`resolve(mention, published, forward)` turns one into inclusive ISO dates following the
contract's conventions (CLAIMS.md): a month with no year takes the publication year, "last
year" is the calendar year before publication, "this year" runs to publication on an actual
figure and covers the whole year on a forecast or target, "today" has no dates.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal

from tracker.resources import json_data

#: How a mention resolves: fixed dates, relative to publication, no dates, or inherited.
PeriodKind = Literal["fixed", "this_year", "null", "inherit", "comparison"]


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase with its dates; `kind` says how it depends on context."""

    start: int
    end: int
    text: str
    kind: PeriodKind
    period_start: date | None = None
    period_end: date | None = None


@dataclass(frozen=True)
class Period:
    """A resolved period: inclusive dates (or none) and the phrase as written."""

    start: date | None
    end: date | None
    text: str | None


NO_PERIOD = Period(None, None, None)

_MONTH_NAMES = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "last": 4, "final": 4,
}  # fmt: skip


@cache
def _small_numbers() -> dict[str, int]:
    numbers = json_data("numbers.json")
    values = {k: int(v) for k, v in numbers["units"].items()}
    values.update({k: int(v) for k, v in numbers["tens"].items()})
    values.update({str(n): n for n in range(1, 61)})
    values["a"] = 1
    values["a couple of"] = 2
    values["several"] = 0
    return values


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:19[5-9]\d|20\d\d)(?![\d%])"
_SMALL = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_REL_YEAR = r"(?:this|last|the\s+current|the\s+previous|the\s+past|previous|current|next)\s+year"
_OF_YEAR = rf"(?:,?\s+(?:of\s+)?(?:(?P<{{y}}>{_YEAR})|(?P<{{r}}>{_REL_YEAR})))?"


def _of_year(y: str, r: str) -> str:
    return _OF_YEAR.replace("{y}", y).replace("{r}", r)


_PATTERNS: list[tuple[str, str]] = [
    (
        "month_range",
        rf"(?:(?:from|between|in|during|for|over)\s+)?(?:the\s+)?(?P<mr1>{_MONTH})"
        rf"(?:\s+(?P<mry1>{_YEAR}))?\s*(?:-|–|—|through|to|till|until|and)\s*"
        rf"(?P<mr2>{_MONTH}){_of_year('mry2', 'mrr2')}",
    ),
    (
        "months",
        rf"(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?P<first>first\s+)?(?P<mn>{_SMALL})"
        rf"(?:-|\s+)months?{_of_year('mny', 'mnr')}",
    ),
    ("nm", rf"\b(?P<nmn>\d{{1,2}})M\s*(?P<nmy>{_YEAR}|'?\d\d)\b"),
    (
        "quarter",
        r"(?:(?:in|during|for|over)\s+)?(?:the\s+)?"
        r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+quarter"
        + _of_year("qy", "qr"),
    ),
    ("qcode", rf"\b(?:Q(?P<qc>[1-4])|(?P<qc2>[1-4])Q)(?:\s*(?:of\s+)?(?P<qcy>{_YEAR}|'?\d\d\b))?"),
    (
        "half",
        r"(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?P<h>first|second)\s+half"
        + _of_year("hy", "hr"),
    ),
    ("hcode", rf"\b(?:H(?P<hc>[12])|(?P<hc2>[12])H)(?:\s*(?P<hcy>{_YEAR}|'?\d\d\b))?"),
    (
        "past_years",
        rf"(?:(?:over|in|during|for)\s+)?the\s+(?:past|last|previous)\s+(?P<py>{_SMALL})\s+years",
    ),
    (
        "next_years",
        rf"(?:(?:over|in|during|for|within)\s+)?the\s+(?:next|coming|following)\s+(?P<ny>{_SMALL})\s+years",
    ),
    ("past_decade", r"(?:(?:over|in|during|for)\s+)?the\s+(?:past|last)\s+decade"),
    (
        "as_of",
        rf"(?:as\s+(?:of|at)|on)\s+(?:(?P<ad1>\d{{1,2}})\s+(?P<am1>{_MONTH})|(?P<am2>{_MONTH})"
        rf"\s+(?P<ad2>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+(?P<ay>{_YEAR}))?",
    ),
    ("day_date", rf"\b(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?!\d))(?:,?\s+{_YEAR})?"),
    (
        "since_month",
        rf"since\s+(?:the\s+beginning\s+of\s+)?(?P<sm>{_MONTH})(?:\s+(?P<smy>{_YEAR}))?",
    ),
    (
        "month",
        rf"(?:(?:in|during|for|of|by|until|through|till|at\s+the\s+end\s+of|in\s+late|in\s+early"
        rf"|in\s+mid-?)\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<my>{_YEAR}))?",
    ),
    (
        "year_range",
        rf"(?:(?:from|between|in|during|for|over)\s+)?(?P<yr1>{_YEAR})\s*(?:-|–|—|to|through|and)"
        rf"\s*(?P<yr2>{_YEAR}|\d\d\b)",
    ),
    (
        "year",
        rf"(?:(?P<yp>in|during|for|of|by|since|until|till|through|as\s+of|at\s+the\s+end\s+of"
        rf"|end\s+of|by\s+the\s+end\s+of|until\s+the\s+end\s+of|throughout)\s+)?"
        rf"(?:the\s+)?(?:year\s+)?(?P<y>{_YEAR})(?:\s+year)?",
    ),
    (
        "same_period",
        r"(?:(?:in|during|for|over|compared\s+to|compared\s+with|against|from)\s+)?(?:the\s+)?"
        r"(?:same|corresponding)\s+period(?P<sp_last>\s+(?:of|in)\s+(?:the\s+)?"
        r"(?:last|previous|prior|past)\s+year|\s+(?:a|one)\s+year\s+(?:ago|earlier)"
        r"|\s+last\s+year|\s+of\s+\d{4})?",
    ),
    ("reporting", r"(?:(?:in|during|for|over)\s+)?the\s+reporting\s+(?:period|year)"),
    ("last_year", r"(?:(?:in|during|for|over)\s+)?(?:last\s+year|the\s+previous\s+year|the\s+past\s+year"
                  r"|a\s+year\s+(?:earlier|ago|before)|previous\s+year|the\s+prior\s+year)"),
    ("next_year", r"(?:(?:in|during|for)\s+)?next\s+year"),
    ("this_year", r"(?:(?:in|during|for|over|so\s+far|throughout)\s+)?(?:this\s+year|the\s+current\s+year"
                  r"|since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this|the\s+current)\s+year"
                  r"|year[- ]to[- ]date|YTD)"),
    ("last_month", r"(?:(?:in|during|for|over)\s+)?(?:last\s+month|the\s+previous\s+month"
                   r"|the\s+past\s+month)"),
    ("this_month", r"(?:(?:in|during|for)\s+)?this\s+month"),
    ("now", r"\b(?:today|currently|so\s+far|at\s+present|presently|nowadays|at\s+the\s+moment"
            r"|in\s+the\s+near\s+future|to\s+date|now|in\s+the\s+coming\s+years"
            r"|in\s+the\s+long\s+term|in\s+the\s+medium\s+term|in\s+the\s+future)\b"),
]

# One word-start check before the branches: a position inside a word fails once, not once
# per branch.
_PERIOD = re.compile(
    "(?<![\\w-])(?=[\\w'])(?:" + "|".join(f"(?P<{name}>{body})" for name, body in _PATTERNS) + ")",
    re.IGNORECASE,
)
# Months and Q/H codes are case-sensitive in real text ("may" is a verb, "q1" is rare), so a
# lower-case match of those is dropped after matching.
_CASE_SENSITIVE = re.compile(rf"{_MONTH}|Q[1-4]|[1-4]Q|H[12]|[12]H|\d{{1,2}}M")
_COMPARISON = re.compile(
    r"(?:\bcompared\s+(?:to|with)|\bas\s+against|\bagainst|\bversus|\bvs\.?|\bthan(?:\s+(?:in|at|for))?"
    r"|\bfrom|\brelative\s+to|\bin\s+comparison\s+with|\bover|\bsince)\s+(?:the\s+(?:same|corresponding)\s+period\s+(?:of|in)\s+)?$",
    re.IGNORECASE,
)


# Every period phrase holds one of these words; the full grammar runs only around them, so
# text without any costs one cheap pass. A phrase starts at most _BEFORE characters before
# its trigger ("since the beginning of the year") and ends at most _AFTER after it.
_TRIGGER = re.compile(
    r"(?=[\dA-Za-z'])(?:(?<!\d)(?:19|20|')\d\d(?!\d)|(?<!\d)\d{1,2}M\b|\b[1-4]Q\b|\b[QH][1-4]\b"
    rf"|\b(?:{_MONTH}|quarter|half|months?|years?|decade|today|currently|far|present|presently"
    r"|nowadays|moment|future|date|term|period|YTD)\b)",
    re.IGNORECASE,
)
_BEFORE = 60
_AFTER = 80


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[PeriodMention]:
    """Gives every period phrase of `text[start:end]` in order, unresolved where relative."""
    stop = len(text) if end is None else end
    windows: list[list[int]] = []
    for trigger in _TRIGGER.finditer(text, start, stop):
        low, high = max(start, trigger.start() - _BEFORE), min(stop, trigger.end() + _AFTER)
        if windows and low <= windows[-1][1]:
            windows[-1][1] = high
        else:
            windows.append([low, high])
    found = []
    for low, high in windows:
        for match in _PERIOD.finditer(text, low, high):
            mention = _mention(match, text)
            if mention is not None:
                found.append(mention)
    return found


def _mention(match: re.Match[str], text: str) -> PeriodMention | None:
    name = match.lastgroup or ""
    surface = match.group()
    head = surface.split()[0] if surface.split() else ""
    for group in ("mr1", "m", "am1", "am2", "sm", "q", "qc", "hc"):
        value = match.groupdict().get(group)
        if value and group in ("mr1", "m", "am1", "am2", "sm") and not value[0].isupper():
            return None  # "may" the verb
    if name in ("qcode", "hcode", "nm") and not _CASE_SENSITIVE.search(surface):
        return None
    kind: PeriodKind = "fixed"
    start = end = None
    g = match.groupdict()
    prefix = text[max(0, match.start() - 40) : match.start()]
    comparison = _COMPARISON.search(prefix) is not None and name not in ("now",)
    if name == "month_range":
        m1, m2 = _month(g["mr1"]), _month(g["mr2"])
        year2 = _year(g["mry2"], g["mrr2"])
        year1 = int(g["mry1"]) if g["mry1"] else year2
        if year1 <= 1 or year2 <= 1:
            return _relative(match, "month_range", (m1, m2, year2, 0))
        start, end = date(year1, m1, 1), _month_end(year2, m2)
        comparison = comparison and not head.lower().startswith("from")
    elif name == "months":
        count = _small_numbers().get(g["mn"].lower(), 0)
        if not g["first"] and not head.lower() in ("in", "for", "during", "over"):
            return None
        if not 1 <= count <= 12:
            return None
        if head.lower() == "over" and not g["first"]:
            return None
        year = _year(g["mny"], g["mnr"])
        if year <= 1:
            return _relative(match, "month_range", (1, count, year, 0))
        start, end = date(year, 1, 1), _month_end(year, count)
    elif name == "nm":
        count = int(g["nmn"])
        if not 1 <= count <= 12:
            return None
        year = _two_digit_year(g["nmy"])
        start, end = date(year, 1, 1), _month_end(year, count)
    elif name in ("quarter", "qcode"):
        quarter = _ORDINALS.get((g["q"] or "").lower()) or int(g["qc"] or g["qc2"] or 0)
        year = _year(g["qy"], g["qr"]) if name == "quarter" else _two_digit_year(g["qcy"])
        if year <= 1:
            return _relative(match, "month_range", (quarter * 3 - 2, quarter * 3, year, 0))
        start, end = date(year, quarter * 3 - 2, 1), _month_end(year, quarter * 3)
    elif name in ("half", "hcode"):
        half = 1 if (g["h"] or "").lower() == "first" or (g["hc"] or g["hc2"]) == "1" else 2
        year = _year(g["hy"], g["hr"]) if name == "half" else _two_digit_year(g["hcy"])
        if year <= 1:
            return _relative(match, "month_range", (half * 6 - 5, half * 6, year, 0))
        start, end = date(year, half * 6 - 5, 1), _month_end(year, half * 6)
    elif name in ("past_years", "past_decade"):
        count = 10 if name == "past_decade" else _small_numbers().get(g["py"].lower(), 0)
        if count <= 0:
            return None
        return _relative(match, "past_years", (count, 0, 0, 0))
    elif name == "next_years":
        count = _small_numbers().get(g["ny"].lower(), 0)
        if count <= 0:
            return None
        return _relative(match, "next_years", (count, 0, 0, 0))
    elif name == "as_of":
        month = _month(g["am1"] or g["am2"])
        day = int(g["ad1"] or g["ad2"])
        if not surface.lower().startswith("as"):
            return None  # "on December 20": the day something was said, not a period
        if not g["ay"]:
            return _relative(match, "as_of", (month, day, 0, 0))
        try:
            start = end = date(int(g["ay"]), month, day)
        except ValueError:
            return None
    elif name == "day_date":
        return None
    elif name == "since_month":
        month = _month(g["sm"])
        if g["smy"]:
            return _relative(match, "since", (month, int(g["smy"]), 0, 0))
        return _relative(match, "since", (month, 0, 0, 0))
    elif name == "month":
        month = _month(g["m"])
        if g["my"]:
            year = int(g["my"])
            start, end = date(year, month, 1), _month_end(year, month)
        else:
            return _relative(match, "month_range", (month, month, 0, 0))
    elif name == "year_range":
        year1 = int(g["yr1"])
        year2 = _two_digit_year(g["yr2"]) if len(g["yr2"]) == 2 else int(g["yr2"])
        if year2 <= year1:
            return None
        start, end = date(year1, 1, 1), date(year2, 12, 31)
    elif name == "year":
        year = int(g["y"])
        preposition = " ".join((g["yp"] or "").lower().split())
        if preposition == "since":
            return _relative(match, "since", (1, year, 0, 0))
        if preposition in ("as of", "at the end of", "end of", "by the end of"):
            start, end = date(year, 1, 1), date(year, 12, 31)
        start, end = date(year, 1, 1), date(year, 12, 31)
    elif name == "same_period":
        if g["sp_last"] or comparison:
            return PeriodMention(match.start(), match.end(), surface, "comparison")
        return PeriodMention(match.start(), match.end(), surface, "inherit")
    elif name == "reporting":
        return PeriodMention(match.start(), match.end(), surface, "inherit")
    elif name == "last_year":
        return _relative(match, "year_offset", (-1, 0, 0, 0), comparison)
    elif name == "next_year":
        return _relative(match, "year_offset", (1, 0, 0, 0), comparison)
    elif name == "this_year":
        kind = "this_year"
    elif name == "last_month":
        return _relative(match, "month_offset", (-1, 0, 0, 0), comparison)
    elif name == "this_month":
        return _relative(match, "month_offset", (0, 0, 0, 0), comparison)
    elif name == "now":
        kind = "null"
    if comparison:
        kind = "comparison"
    return PeriodMention(match.start(), match.end(), surface, kind, start, end)


@dataclass(frozen=True)
class RelativeMention(PeriodMention):
    """A period that needs the publication date: which rule and its arguments."""

    rule: str = ""
    args: tuple[int, int, int, int] = (0, 0, 0, 0)


def _relative(
    match: re.Match[str], rule: str, args: tuple[int, int, int, int], comparison: bool = False
) -> PeriodMention:
    kind: PeriodKind = "comparison" if comparison else "fixed"
    return RelativeMention(match.start(), match.end(), match.group(), kind, rule=rule, args=args)


def resolve(mention: PeriodMention, published: date | None, forward: bool) -> Period:
    """Gives the dates of a mention; `forward` is true for forecasts and targets."""
    text = mention.text.strip()
    if mention.kind == "null":
        return Period(None, None, _strip_preposition(text))
    if mention.kind == "this_year":
        if published is None:
            return Period(None, None, text)
        if forward:
            return Period(date(published.year, 1, 1), date(published.year, 12, 31), text)
        return Period(date(published.year, 1, 1), published, text)
    if isinstance(mention, RelativeMention):
        return _resolve_relative(mention, published, forward, text)
    return Period(mention.period_start, mention.period_end, text)


def _resolve_relative(
    mention: RelativeMention, published: date | None, forward: bool, text: str
) -> Period:
    a, b, c, d = mention.args
    if mention.rule == "month_range":
        # c is a year marker: 0 = the publication year, -1 = last year, 1 = next year.
        if published is None:
            return Period(None, None, text)
        year = published.year + c
        if c == 0 and not forward and b > published.month:
            year -= 1  # "January-November" in a January article reports the year before
        return Period(date(year, a, 1), _month_end(year, b), text)
    if published is None:
        return Period(None, None, text)
    if mention.rule == "past_years":
        return Period(date(published.year - a, 1, 1), date(published.year - 1, 12, 31), text)
    if mention.rule == "next_years":
        return Period(date(published.year + 1, 1, 1), date(published.year + a, 12, 31), text)
    if mention.rule == "year_offset":
        year = published.year + a
        return Period(date(year, 1, 1), date(year, 12, 31), text)
    if mention.rule == "month_offset":
        month_index = published.year * 12 + published.month - 1 + a
        year, month = divmod(month_index, 12)
        month += 1
        if a == 0:
            return Period(date(year, month, 1), published, text)
        return Period(date(year, month, 1), _month_end(year, month), text)
    if mention.rule == "since":
        year = b or published.year
        return Period(date(year, a, 1), published, text)
    if mention.rule == "as_of":
        try:
            point = date(published.year, a, b)
        except ValueError:
            return Period(None, None, text)
        return Period(point, point, text)
    return Period(None, None, text)


def _strip_preposition(text: str) -> str:
    return text


def _month(name: str) -> int:
    return _MONTH_NAMES[name.lower().rstrip(".")]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year(year: str | None, relative: str | None) -> int:
    """Gives an explicit year, -1/1 markers folded to 0 meaning "needs publication"."""
    if year:
        return int(year)
    if relative:
        lowered = relative.lower()
        if any(word in lowered for word in ("last", "previous", "past")):
            return -1
        if "next" in lowered:
            return 1
    return 0


def _two_digit_year(raw: str | None) -> int:
    if not raw:
        return 0
    digits = raw.lstrip("'")
    return 2000 + int(digits) if len(digits) == 2 else int(digits)
