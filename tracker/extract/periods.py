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
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Literal

from tracker.extract.patterns import ignorecase_alternation, phrase_trie
from tracker.resources import json_data

#: How a mention resolves: fixed dates, relative to publication, no dates, or inherited.
#: "day": a day a decision was taken on ("on October 27"): the period of a
#: policy-rate decision only, the day something was said otherwise.
PeriodKind = Literal["fixed", "this_year", "null", "inherit", "comparison", "day"]


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

_WORDS = json_data("periods.json")
_MONTH_NAMES: dict[str, int] = {**_WORDS["months"], **_WORDS["month_abbreviations"]}
_ORDINALS: dict[str, int] = dict(_WORDS["ordinals"])


@cache
def small_numbers() -> dict[str, int]:
    """Gives the counts a period may be written with: "nine", "12", "a", "a couple of"."""
    numbers = json_data("numbers.json")
    values = {k: int(v) for k, v in numbers["units"].items()}
    values.update({k: int(v) for k, v in numbers["tens"].items()})
    values.update({str(n): n for n in range(1, 61)})
    values["a"] = 1
    values["a couple of"] = 2
    values["several"] = 0
    return values


# Month names are capitalised in running text ("may" is a verb); abbreviations may end in a dot.
_MONTH_NAMES_WRITTEN = [m.capitalize() for m in _WORDS["months"]]
_MONTH_ABBREVIATIONS = sorted((m.capitalize() for m in _WORDS["month_abbreviations"]), key=len)[
    ::-1
]
_MONTH_EXACT = (
    "(?:" + "|".join(_MONTH_NAMES_WRITTEN) + "|(?:" + "|".join(_MONTH_ABBREVIATIONS) + r")\.?)"
)
# The same, for the IGNORECASE grammar: `(?:Sep|Se)\.?` is `Sep\.?|Se\.?`, which groups by letter.
_MONTH = (
    "(?:"
    + ignorecase_alternation(_MONTH_NAMES_WRITTEN + [rf"{m}\.?" for m in _MONTH_ABBREVIATIONS])
    + ")"
)


def _alt(*alternatives: str) -> str:
    """Gives a group of alternatives, grouped by first letter (patterns.ignorecase_alternation)."""
    return f"(?:{ignorecase_alternation(list(alternatives))})"


_YEAR = r"(?:19[5-9]\d|20\d\d)(?![\d%]|'?s\b)"  # "the 1990s" is a decade
_SMALL = (
    r"(?:\d{1,2}|"
    + _alt(
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
        *("twelve", "fifteen", "twenty"),
    )
    + ")"
)
_REL_YEAR = (
    _alt(
        "this",
        "last",
        r"the\s+current",
        r"the\s+previous",
        r"the\s+past",
        "previous",
        "current",
        "next",
    )
    + r"\s+year"
)
_OF_YEAR = rf"(?:,?\s+(?:of\s+)?(?:(?P<{{y}}>{_YEAR})|(?P<{{r}}>{_REL_YEAR})))?"


def _of_year(y: str, r: str) -> str:
    return _OF_YEAR.replace("{y}", y).replace("{r}", r)


def _day(d: str, m: str) -> str:
    """Gives a day of a month, "6 December" or "December 6th", in groups `d`, `m` (the latter
    order in `d`_, `m`_)."""
    return (
        rf"(?:(?P<{d}>\d{{1,2}})\s+(?P<{m}>{_MONTH})"
        rf"|(?P<{m}_>{_MONTH})\s+(?P<{d}_>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))"
    )


_ITS_ANCHOR = r"its\s+(?:commissioning|launch|opening|inception|establishment|creation)"
_THE_PERIOD = r"period(?!\s+(?:of|from|between|when|since|to|in|for)\b|\s*\d|(?-i:\s+[A-Z]))"
# The first words "then", "its", "period" and "full" are common words that start no period
# most of the time, and a failed start tries every branch (~5 us): after them, a word starts
# a phrase only where its branch could match and `_mention` keep it: "then" and "its" after
# "since" alone, "period" after "the" alone (`_LEAD_WORDS`; a lone white space before them
# follows the lead's last letter).
_NOT_GUARDED = (
    r"(?!(?<=\bthen)(?<![ean]\sthen)(?<!\s\sthen)"
    rf"|(?<=\bits)(?!{_ITS_ANCHOR[3:]}\b)"
    rf"|(?<=\bperiod)(?:(?<!e\speriod)(?<!\s\speriod)|(?!{_THE_PERIOD[6:]}))"
    r"|(?<=\bfull)(?![- ]year))"
)

# Each branch starts at the core of a period phrase (a month, a year, "first", "last", …);
# the preposition and article before it ("from", "in the") are read backwards afterwards
# (_LEAD), so that ordinary words like "in" and "the" never enter the branches.
_PATTERNS: list[tuple[str, str]] = [
    (
        "day_range",
        rf"{_day('rd1', 'rm1')}(?:,?\s+(?P<ry1>{_YEAR}))?\s*(?:-|–|—|through|to|till|until|and)\s*"
        rf"{_day('rd2', 'rm2')}(?:,?\s+(?P<ry2>{_YEAR}))?",
    ),
    (
        "month_range",
        rf"(?P<mr1>{_MONTH})(?:\s+(?P<mry1>{_YEAR}))?\s*(?:-|–|—|through|to|till|until|and)\s*"
        rf"(?:the\s+end\s+of\s+)?(?P<mr2>{_MONTH})(?:\s+(?:period|quarter))?"
        + _of_year("mry2", "mrr2"),
    ),
    (
        "fiscal",
        rf"(?:fiscal|financial)\s+year\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to)\s+"
        rf"(?:in\s+|on\s+)?(?P<fm>{_MONTH})(?:\s+(?P<fd>\d{{1,2}}))?,?\s+(?P<fy>{_YEAR})",
    ),
    (
        "trailing",
        rf"(?P<tn>{_SMALL})(?:-|\s+)months?\s+(?:through|to|ending|ended|until)\s+(?P<tm>{_MONTH})"
        rf"(?:,?\s+(?P<ty>{_YEAR}))?",
    ),
    (
        "quarters",
        r"first\s+(?P<qn>two|three|2|3)\s+quarters" + _of_year("qsy", "qsr"),
    ),
    (
        "months",
        rf"(?P<first>first\s+)?(?P<mn>{_SMALL})(?:-|\s+)months?{_of_year('mny', 'mnr')}",
    ),
    ("nm", rf"(?P<nmn>\d{{1,2}})M(?:\b|(?={_YEAR}\b))(?:\s*(?P<nmy>{_YEAR}|'?\d\d)\b)?"),
    (
        "quarter",
        "(?P<q>"
        + _alt("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "last", "final")
        + r")\s+quarter"
        + _of_year("qy", "qr"),
    ),
    ("qcode", rf"(?:Q(?P<qc>[1-4])|(?P<qc2>[1-4])Q)\b(?:\s*(?:of\s+)?(?P<qcy>{_YEAR}|'?\d\d\b))?"),
    ("half", rf"(?P<h>{_alt('first', 'second')})\s+half" + _of_year("hy", "hr")),
    ("hcode", rf"(?:H(?P<hc>[12])|(?P<hc2>[12])H)\b(?:\s*(?P<hcy>{_YEAR}|'?\d\d\b))?"),
    ("past_years", rf"{_alt('past', 'last', 'previous')}\s+(?P<py>{_SMALL})\s+years"),
    ("next_years", rf"{_alt('next', 'coming', 'following')}\s+(?P<ny>{_SMALL})\s+years"),
    ("past_decade", rf"{_alt('past', 'last')}\s+decade"),
    (
        "day_date",
        rf"(?:(?P<ad1>\d{{1,2}})\s+(?P<am1>{_MONTH})|(?P<am2>{_MONTH})\s+(?P<ad2>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?(?!\d))(?:,?\s+(?P<ay>{_YEAR}))?",
    ),
    (
        "month",
        rf"(?:(?P<mlast>last|this)\s+)?(?P<m>{_MONTH})"
        rf"(?:,?\s+(?P<my>{_YEAR})|\s+(?P<mrel>next|last|this)\s+year)?",
    ),
    ("split_year", rf"(?P<sy1>{_YEAR})/(?P<sy2>\d\d)\b"),
    (
        "year_range",
        rf"(?P<yr1>{_YEAR})\s*(?:-|–|—|to|through|and)\s*(?P<yr2>{_YEAR}|\d\d\b)",
    ),
    ("year", rf"(?:year\s+)?(?P<y>{_YEAR})(?:\s+year)?"),
    (
        "same_period",
        _alt("same", "corresponding") + rf"\s+(?:(?:{_SMALL})\s+months|period|month|quarter|half)"
        r"(?P<sp_last>\s+(?:of|in)\s+(?:the\s+)?(?:last|previous|prior|past)\s+year|\s+(?:a|one)\s+year\s+(?:ago|earlier)"
        r"|\s+last\s+year|\s+of\s+\d{4})?",
    ),
    ("reporting", r"reporting\s+(?:period|year)"),
    # "since then", "since its commissioning": from a day written before (claims.py finds it)
    ("since_anchor", rf"(?:then|{_ITS_ANCHOR})\b"),
    # "over the period" after a stated stretch of time; not "the period of 2020-2025"
    ("the_period", _THE_PERIOD),
    ("full_year", rf"full[- ]year(?!\s+(?:of\s+)?{_YEAR})"),
    (
        "fiscal_offset",
        rf"(?P<fo>{_alt('this', 'last', 'next', 'current', 'previous', 'past', 'coming')})"
        r"\s+(?:fiscal|financial)\s+year",
    ),
    (
        "last_year",
        _alt(
            r"last\s+year",
            r"previous\s+year",
            r"past\s+year",
            r"prior\s+year",
            r"year\s+(?:earlier|ago|before)",
        ),
    ),
    ("next_year", r"next\s+year"),
    (
        "this_year",
        _alt(
            r"this\s+year",
            r"current\s+year",
            r"beginning\s+of\s+(?:the|this|the\s+current)\s+year",
            r"start\s+of\s+(?:the|this|the\s+current)\s+year",
            r"year[- ]to[- ]date",
            "YTD",
        ),
    ),
    ("last_month", rf"{_alt('last', 'previous', 'past')}\s+month"),
    ("this_month", r"this\s+month"),
    (
        "now",
        _alt(
            *("today", "currently", r"so\s+far", "present", "presently", "nowadays", "moment"),
            *("now", r"near\s+future", r"coming\s+years", r"long\s+term", r"medium\s+term"),
            "future",
        )
        + r"\b",
    ),
]

# The words a period phrase can start with (months included): a lookahead on them fails
# ordinary words ("trade", "Azerbaijan") in one step instead of one step per branch.
_FIRST_WORDS = [*_WORDS["first_words"], *_MONTH_NAMES, "period"]
_PREPOSITIONS = [
    *(r"in\s+late", r"in\s+early", r"in\s+mid-?", r"at\s+the\s+end\s+of", r"by\s+the\s+end\s+of"),
    *(r"since\s+late", r"since\s+early", r"since\s+mid-?"),
    *(r"as\s+(?:of|at)\s+the\s+end\s+of", r"until\s+the\s+end\s+of", r"end\s+of"),
    *(r"as\s+of", r"as\s+at", r"so\s+far"),
    r"since\s+the\s+beginning\s+of",
    *("in", "during", "for", "over", "from", "between", "of", "by", "since", "until", "till"),
    *("through", "throughout", "within", "on", "at"),
]
# A preposition, an article or both, ending where the period's core starts.
_LEAD_WORDS = (
    rf"(?P<lead>(?P<prep>{ignorecase_alternation(_PREPOSITIONS)})\s+(?:\b(?P<article>the|a|an)\s+)?"
    r"|(?P<lone_article>the|a|an)\s+)$"
)


def _after_non_word(words: list[str]) -> str:
    """Gives a regex for the character before one of `words` (a word start), which `re` finds
    fast: it skips to a leading case-sensitive class in C (here a superset of the non-word
    characters; the lookbehind rules out non-ASCII letters), and the lookahead on the words'
    first letters fails most other words in one step. A text's first word is matched apart."""
    firsts = "".join(sorted({word[0].lower() + word[0].upper() for word in words}))
    return rf"(?-i:[^a-zA-Z0-9_](?=[{firsts}]|[^\x00-\x7f])(?<!\w))"


_LEAD = re.compile(_after_non_word([*_PREPOSITIONS, "the", "a", "an"]) + _LEAD_WORDS, re.IGNORECASE)
_LEAD_AT = re.compile(_LEAD_WORDS, re.IGNORECASE)
_BRANCHES = "(?:" + "|".join(f"(?P<{name}>{body})" for name, body in _PATTERNS) + ")"
# A branch that starts with a digit starts with a year, a count before "months" or a month
# ("12-month", "15 March") or a code ("9M", "3Q", "1H"; "1st" is a first word): a lookahead on
# that fails the other figures ("$5.2 billion", "9 million") before the branches are entered.
# tests/test_periods.py checks that it changes no match.
_DIGIT_START = rf"\d{{1,2}}(?:(?:-|\s+)(?:mo|{_MONTH})|[mqh])|19[5-9]\d|20\d\d"
_START = rf"(?=(?:{_DIGIT_START})|'\d|(?:{phrase_trie(_FIRST_WORDS)})\b{_NOT_GUARDED})"
_PERIOD = re.compile(rf"(?<![\w-]){_START}{_BRANCHES}", re.IGNORECASE)
# The same, matching the character before the phrase too. `re` tries a pattern at every
# position unless it starts with a case-sensitive class, which it skips to in C: the first
# class is a superset of the characters a phrase may follow (the lookbehind then rules out
# non-ASCII letters), the second one of those it may start with.
_FIRST_CHARACTERS = "".join(sorted({w[0].lower() + w[0].upper() for w in _FIRST_WORDS}))
_PERIOD_AFTER = re.compile(
    rf"(?-i:[^a-zA-Z0-9_\-](?<![\w-])(?=[0-9'{_FIRST_CHARACTERS}]|[^\x00-\x7f]))"
    + _START
    + _BRANCHES,
    re.IGNORECASE,
)
# Months and Q/H codes are case-sensitive in real text ("may" is a verb, "q1" is rare), so a
# lower-case match of those is dropped after matching.
_CASE_SENSITIVE = re.compile(rf"{_MONTH_EXACT}|Q[1-4]|[1-4]Q|H[12]|[12]H|\d{{1,2}}M")
_COMPARATIVES = [
    *(r"compared\s+(?:to|with)", r"as\s+against", "against", "versus", r"vs\.?"),
    *(r"than(?:\s+(?:in|at|for))?", "from", r"relative\s+to", r"in\s+comparison\s+with", "over"),
    "since",
]
_COMPARISON_WORDS = (
    rf"(?:{ignorecase_alternation(_COMPARATIVES)})\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:period|month|quarter|half|year|months)\s+(?:of|in)?\s*)?$"
)
_COMPARISON = re.compile(_after_non_word(_COMPARATIVES) + _COMPARISON_WORDS, re.IGNORECASE)
_COMPARISON_AT = re.compile(_COMPARISON_WORDS, re.IGNORECASE)


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[PeriodMention]:
    """Gives every period phrase of `text[start:end]` in order, unresolved where relative."""
    stop = len(text) if end is None else end
    found: list[PeriodMention] = []
    for match in _matches(text, start, stop):
        mention = _mention(match, text)
        if mention is None:
            continue
        # "so far this year": the dated phrase swallows the undated one it starts with
        while found and found[-1].start >= mention.start and found[-1].end <= mention.end:
            found.pop()
        found.append(mention)
    return found


def _matches(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """Gives what `_PERIOD.finditer(text, start, stop)` gives, by `_PERIOD_AFTER`: a match's
    phrase is its branch's group, and the next one may follow its last character."""
    pos = start - 1
    if start <= 0:
        first = _PERIOD.match(text, 0, stop)
        pos = 0 if first is None else first.end() - 1
        if first is not None:
            yield first
    search = _PERIOD_AFTER.search
    while (match := search(text, pos, stop)) is not None:
        yield match
        pos = match.end() - 1


def _mention(match: re.Match[str], text: str) -> PeriodMention | None:
    name = match.lastgroup or ""
    begin = match.start(name)  # the match may start with the character before (_matches)
    g = match  # its groups by name: `groupdict()` would build all eighty
    span_start, preposition, article = _lead(text, begin)
    surface = text[span_start : match.end()]
    for group in ("mr1", "m", "am1", "am2", "rm1", "rm1_", "rm2", "rm2_"):
        value = g[group]
        if value and not value[0].isupper():
            return None  # "may" the verb
    if name in ("qcode", "hcode", "nm") and not _CASE_SENSITIVE.search(surface):
        return None
    kind: PeriodKind = "fixed"
    start = end = None
    comparison = name != "now" and _is_comparison(text, max(0, span_start - 40), span_start)
    if preposition in ("from", "on") and name not in (
        "month_range",
        "year_range",
        "day_date",
        "day_range",
    ):
        comparison = True  # "rose from $1bn in 2020", "up 29% on the previous year": a base
    if name == "day_range":
        # "From December 6, 2024 to January 13, 2025", "Between March 20 and November 20, 2024"
        if preposition not in ("from", "between", "for", "during", "over", "in", ""):
            return None
        if preposition != "between" and re.search(r"\band\b", surface, re.IGNORECASE):
            return None  # "on March 5 and April 9": two days
        m1, d1 = _month(g["rm1"] or g["rm1_"]), int(g["rd1"] or g["rd1_"])
        m2, d2 = _month(g["rm2"] or g["rm2_"]), int(g["rd2"] or g["rd2_"])
        if not (g["ry1"] or g["ry2"]):
            return _relative(match, span_start, "day_range", (m1, d1, m2, d2), comparison)
        year2 = int(g["ry2"] or g["ry1"])
        year1 = int(g["ry1"]) if g["ry1"] else year2 - ((m1, d1) > (m2, d2))
        try:
            start, end = date(year1, m1, d1), date(year2, m2, d2)
        except ValueError:
            return None
        if start > end:
            return None
    elif name == "month_range":
        m1, m2 = _month(g["mr1"]), _month(g["mr2"])
        year2 = _year(g["mry2"], g["mrr2"])
        year1 = int(g["mry1"]) if g["mry1"] else year2
        if year1 <= 1 or year2 <= 1:
            return _relative(match, span_start, "month_range", (m1, m2, year2, 0), comparison)
        start, end = date(year1, m1, 1), _month_end(year2, m2)
        if start > end:
            # "annual inflation (June 2024 to June 2023)": a month against an earlier one
            start, end = date(year1, m1, 1), _month_end(year1, m1)
    elif name == "months":
        count = small_numbers().get(g["mn"].lower(), 0)
        if not g["first"] and article == "the" and not (g["mny"] or g["mnr"]):
            return PeriodMention(span_start, match.end(), surface, "inherit")
        if not g["first"] and preposition not in ("in", "for", "during", "over"):
            return None
        if not 1 <= count <= 12:
            return None
        year = _year(g["mny"], g["mnr"])
        if year <= 1:
            return _relative(match, span_start, "month_range", (1, count, year, 0), comparison)
        start, end = date(year, 1, 1), _month_end(year, count)
    elif name == "fiscal":
        # its start is the article's fiscal calendar's (Iran's ended on March 19, 2024
        # started on March 21, 2023), else twelve months back
        month, year, day = _month(g["fm"]), int(g["fy"]), int(g["fd"] or 0)
        return _relative(match, span_start, "fiscal_ended", (year, month, day, 0), comparison)
    elif name == "trailing":
        count = small_numbers().get(g["tn"].lower(), 0)
        if not 1 <= count <= 24:
            return None
        month = _month(g["tm"])
        if not g["ty"]:
            return _relative(match, span_start, "trailing", (count, month, 0, 0), comparison)
        start, end = _months_back(int(g["ty"]), month, count), _month_end(int(g["ty"]), month)
    elif name == "quarters":
        count = small_numbers().get(g["qn"].lower(), 0) * 3
        year = _year(g["qsy"], g["qsr"])
        if year <= 1:
            return _relative(match, span_start, "month_range", (1, count, year, 0), comparison)
        start, end = date(year, 1, 1), _month_end(year, count)
    elif name == "nm":
        count = int(g["nmn"])
        if not 1 <= count <= 12:
            return None
        if not g["nmy"]:
            # "exports up 12% in 9M": the publication year's first nine months; only after
            # a preposition, since a bare "5M" is more often five million
            if preposition not in ("in", "for", "during", "over", "of"):
                return None
            return _relative(match, span_start, "month_range", (1, count, 0, 0), comparison)
        year = _two_digit_year(g["nmy"])
        start, end = date(year, 1, 1), _month_end(year, count)
    elif name in ("quarter", "qcode"):
        quarter = _ORDINALS.get((g["q"] or "").lower()) or int(g["qc"] or g["qc2"] or 0)
        year = _year(g["qy"], g["qr"]) if name == "quarter" else _two_digit_year(g["qcy"])
        if year <= 1:
            return _relative(
                match,
                span_start,
                "month_range",
                (quarter * 3 - 2, quarter * 3, year, 0),
                comparison,
            )
        start, end = date(year, quarter * 3 - 2, 1), _month_end(year, quarter * 3)
    elif name in ("half", "hcode"):
        half = 1 if (g["h"] or "").lower() == "first" or (g["hc"] or g["hc2"]) == "1" else 2
        year = _year(g["hy"], g["hr"]) if name == "half" else _two_digit_year(g["hcy"])
        if year <= 1:
            return _relative(
                match, span_start, "month_range", (half * 6 - 5, half * 6, year, 0), comparison
            )
        start, end = date(year, half * 6 - 5, 1), _month_end(year, half * 6)
    elif name in ("past_years", "past_decade"):
        count = 10 if name == "past_decade" else small_numbers().get(g["py"].lower(), 0)
        if count <= 0:
            return None
        return _relative(match, span_start, "past_years", (count, 0, 0, 0), comparison)
    elif name == "next_years":
        count = small_numbers().get(g["ny"].lower(), 0)
        if count <= 0:
            return None
        return _relative(match, span_start, "next_years", (count, 0, 0, 0), comparison)
    elif name == "since_anchor":
        if preposition != "since":
            return None
        return _relative(match, span_start, "since_anchor", (0, 0, 0, 0), comparison)
    elif name == "day_date":
        month = _month(g["am1"] or g["am2"])
        day = int(g["ad1"] or g["ad2"])
        if preposition == "on" and _since_clause(text, span_start):
            preposition = "since"  # "Since the start of deliveries on December 31, 2020"
        if preposition == "since":
            # "since October 30, 2024": from that day to the publication date
            year = int(g["ay"] or 0)
            return _relative(match, span_start, "since_day", (month, day, year, 0), comparison)
        if preposition not in ("as of", "as at", "on"):
            return None
        if not g["ay"]:
            relative = _relative(match, span_start, "as_of", (month, day, 0, 0), comparison)
            return replace(relative, kind="day") if preposition == "on" else relative
        try:
            start = end = date(int(g["ay"]), month, day)
        except ValueError:
            return None
        if preposition == "on":
            kind = "day"  # "on December 20": a decision's day, or the day something was said
    elif name == "month":
        month = _month(g["m"])
        offset = _year(None, g["mrel"] or g["mlast"])
        if preposition == "in" and _since_clause(text, span_start):
            preposition = "since"  # "Since the pipeline was commissioned in June 2006"
        if preposition.startswith("since"):
            if not g["my"] and offset:
                return _relative(match, span_start, "since", (month, -1, 0, 0))  # "since last July"
            return _relative(match, span_start, "since", (month, int(g["my"] or 0), 0, 0))
        point = preposition in ("end of", "at the end of", "as of the end of", "as at the end of")
        if g["my"]:
            year = int(g["my"])
            start, end = date(year, month, 1), _month_end(year, month)
            if point:
                start = end  # "as of the end of October 2023": a day, the month's last
        else:
            rule = "month_end" if point else "month_range"
            return _relative(match, span_start, rule, (month, month, offset, 0), comparison)
    elif name == "split_year":
        # "the 2023/24 fiscal year": twelve months over two years, ending in the month the
        # article's fiscal year ends in (FISCAL_END finds it); none known, no dates
        year1, year2 = int(g["sy1"]), _two_digit_year(g["sy2"])
        if year2 != year1 + 1:
            return None
        return _relative(match, span_start, "split_year", (year1, year2, 0, 0), comparison)
    elif name == "year_range":
        year1 = int(g["yr1"])
        year2 = _two_digit_year(g["yr2"]) if len(g["yr2"]) == 2 else int(g["yr2"])
        if year2 <= year1:
            return None
        start, end = date(year1, 1, 1), date(year2, 12, 31)
    elif name == "year":
        year = int(g["y"])
        if preposition == "in" and _since_clause(text, span_start):
            preposition = "since"
        if preposition.startswith("since"):
            # "since 2015", "since early 2023": from the year's start (mid-year: its July)
            month = 7 if preposition.startswith(("since mid", "since late")) else 1
            return _relative(match, span_start, "since", (month, year, 0, 0), comparison)
        start, end = date(year, 1, 1), date(year, 12, 31)
        if preposition in _POINT_PREPOSITIONS:
            start = end  # "at the end of 2024": the year's last day ("by the end of": the year)
    elif name == "same_period":
        if g["sp_last"] or comparison:
            return PeriodMention(span_start, match.end(), surface, "comparison")
        return PeriodMention(span_start, match.end(), surface, "inherit")
    elif name == "reporting":
        return PeriodMention(span_start, match.end(), surface, "inherit")
    elif name == "the_period":
        if article != "the" or preposition not in ("over", "during", "for", "in", "throughout"):
            return None
        return PeriodMention(span_start, match.end(), surface, "inherit")
    elif name == "full_year":
        kind = "this_year"  # "for the full year": the publication year's
    elif name == "fiscal_offset":
        offset = _FISCAL_OFFSETS.get(g["fo"].lower(), 0)
        return _relative(match, span_start, "fiscal_offset", (offset, 0, 0, 0), comparison)
    elif name in ("last_year", "next_year"):
        offset = 1 if name == "next_year" else -1
        rule = "year_end" if preposition in _POINT_PREPOSITIONS else "year_offset"
        return _relative(match, span_start, rule, (offset, 0, 0, 0), comparison)
    elif name == "this_year":
        if preposition in _POINT_PREPOSITIONS and g[name][:1] in "tTcC":
            # "at the end of this year": its last day, as "at the end of 2024"
            return _relative(match, span_start, "year_end", (0, 0, 0, 0), comparison)
        kind = "this_year"
    elif name == "last_month":
        return _relative(match, span_start, "month_offset", (-1, 0, 0, 0), comparison)
    elif name == "this_month":
        return _relative(match, span_start, "month_offset", (0, 0, 0, 0), comparison)
    elif name == "now":
        if not preposition and g[name][:1] == "F":
            return None  # "the Future Growth Project": a name
        kind = "null"
    if comparison:
        kind = "comparison"
    if name == "now":
        surface = match[name]  # "Today", not "in the today"
        span_start = begin
    return PeriodMention(span_start, match.end(), surface, kind, start, end)


def _lead(text: str, begin: int) -> tuple[int, str, str]:
    """Gives where the preposition and article before a period's core start (`begin` if there
    are none), the preposition and the article: the longest lead of the 30 characters before,
    as `_LEAD_WORDS` searched there with a word boundary first would find it."""
    window = max(0, begin - 30)
    found = _LEAD_AT.match(text, 0, begin) if window == 0 else None
    if found is None:
        found = _LEAD.search(text, max(0, window - 1), begin)
    if found is None:
        return begin, "", ""
    preposition = " ".join((found["prep"] or "").lower().split())
    return (
        found.start("lead"),
        preposition,
        (found["article"] or found["lone_article"] or "").lower(),
    )


#: "Since the pipeline was commissioned in June 2006, ...": a clause opened by "since" that
#: the date ends (no punctuation nor figure between).
_SINCE_CLAUSE = re.compile(r"(?<!\w)[Ss]ince\s+[a-zA-Z][^,;:.!?\d\"“”()]{0,60}$")


def _since_clause(text: str, start: int) -> bool:
    """Tells whether the period phrase at `start` closes a clause opened by "since"."""
    window = max(0, start - 70)
    return "ince " in text[window:start] and _SINCE_CLAUSE.search(text, window, start) is not None


def _is_comparison(text: str, start: int, end: int) -> bool:
    """Tells whether `text[start:end]` ends with a comparative ("compared with the same period
    of"), a word that starts at `start` included."""
    return (
        _COMPARISON_AT.match(text, start, end) is not None
        or _COMPARISON.search(text, start, end) is not None
    )


@dataclass(frozen=True)
class RelativeMention(PeriodMention):
    """A period that needs the publication date: which rule and its arguments."""

    rule: str = ""
    args: tuple[int, int, int, int] = (0, 0, 0, 0)


#: Prepositions that make a year a point at its end: "at the end of 2024".
_POINT_PREPOSITIONS = frozenset({"at the end of", "end of", "as of the end of", "as at the end of"})


def _relative(
    match: re.Match[str],
    start: int,
    rule: str,
    args: tuple[int, int, int, int],
    comparison: bool = False,
) -> PeriodMention:
    """Gives a mention resolved against publication; `start` is where its lead begins."""
    kind: PeriodKind = "comparison" if comparison else "fixed"
    surface = match.string[start : match.end()]
    return RelativeMention(start, match.end(), surface, kind, rule=rule, args=args)


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
    if mention.rule == "fiscal_ended":
        # "the fiscal year that ended on March 19, 2024" with no fiscal calendar known: the
        # year up to that day (up to the month's end when no day is written)
        try:
            end = date(a, b, c) if c else _month_end(a, b)
        except ValueError:
            return Period(None, None, text)
        return Period(_day_after(_year_before(end)) if c else _months_back(a, b, 12), end, text)
    if mention.rule in ("month_range", "month_end"):
        # c is a year marker: 0 = the publication year, -1 = last year, 1 = next year.
        if published is None:
            return Period(None, None, text)
        year = published.year + c
        if c == 0 and not forward and b > published.month:
            year -= 1  # "January-November" in a January article reports the year before
        if mention.rule == "month_end":
            return Period(_month_end(year, b), _month_end(year, b), text)
        return Period(date(year, a, 1), _month_end(year, b), text)
    if mention.rule == "trailing":
        # "the 12 months through April": the months up to the last April before publication
        if published is None:
            return Period(None, None, text)
        year = published.year - (1 if b > published.month else 0)
        return Period(_months_back(year, b, a), _month_end(year, b), text)
    if published is None:
        return Period(None, None, text)
    if mention.rule == "past_years":
        return Period(date(published.year - a, 1, 1), date(published.year - 1, 12, 31), text)
    if mention.rule == "next_years":
        # "in the next five years" dates no year: like "in the near future" or a target
        # with no year, null with its phrase (CLAIMS.md; the annotators of three sets agree)
        return Period(None, None, text)
    if mention.rule == "fiscal_offset" and a == 0:
        # "this fiscal year" where the fiscal year is not known: the calendar year's
        if forward:
            return Period(date(published.year, 1, 1), date(published.year, 12, 31), text)
        return Period(date(published.year, 1, 1), published, text)
    if mention.rule == "year_end":
        end = date(published.year + a, 12, 31)
        return Period(end, end, text)
    if mention.rule in ("year_offset", "fiscal_offset"):
        year = published.year + a
        return Period(date(year, 1, 1), date(year, 12, 31), text)
    if mention.rule == "month_offset":
        month_index = published.year * 12 + published.month - 1 + a
        year, month = divmod(month_index, 12)
        month += 1
        if a == 0:
            return Period(date(year, month, 1), published, text)
        return Period(date(year, month, 1), _month_end(year, month), text)
    if mention.rule == "split_year":
        return Period(None, None, text)
    if mention.rule == "day_range":
        try:
            start, end = date(published.year, a, b), date(published.year, c, d)
        except ValueError:
            return Period(None, None, text)
        if start > end:
            # "from December 6 to January 13": over the new year nearest publication
            if published.month >= 7:
                end = end.replace(year=end.year + 1)
            else:
                start = start.replace(year=start.year - 1)
        return Period(start, end, text)
    if mention.rule == "since_day":
        try:
            start = date(c or published.year, a, b)
        except ValueError:
            return Period(None, None, text)
        if start > published:
            return Period(None, None, text)
        return Period(start, published, text)
    if mention.rule == "since":
        year = published.year - 1 if b == -1 else (b or published.year)
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


#: "the fiscal year that ended in March 2024", "fiscal 2023, which ended in March", "the
#: fiscal year ending on March 19, 2024": when an article's fiscal years end.
FISCAL_END = re.compile(
    rf"(?:fiscal|financial)\s+(?:year|{_YEAR}),?\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to)\s+"
    rf"(?:in\s+|on\s+)?(?P<month>{_MONTH})(?:\s+(?P<day>\d{{1,2}})\b)?(?:,?\s+(?P<year>{_YEAR}))?"
)
#: "the fiscal year that runs from March 21, 2025", "the fiscal year starting July 1": when
#: they start.
FISCAL_START = re.compile(
    r"(?:fiscal|financial)\s+year,?\s+(?:that\s+|which\s+)?"
    r"(?:runs|running|starts|starting|started|begins|beginning|began)\s+(?:from\s+|on\s+|in\s+)?"
    rf"(?:(?P<day1>\d{{1,2}})\s+(?P<month1>{_MONTH})|(?P<month2>{_MONTH})(?:\s+(?P<day2>\d{{1,2}})\b)?)"
    rf"(?:,?\s+(?P<year>{_YEAR}))?"
)
_FISCAL_OFFSETS = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}


@dataclass(frozen=True)
class FiscalCalendar:
    """When an article's fiscal years start: a day of the year (1 April; Iran's 21 March) and
    the years it falls on another day (Iran's 1 Farvardin is 20 March in some years)."""

    month: int
    day: int = 1
    years: tuple[tuple[int, int, int], ...] = ()  # (year, month, day) of a start moved

    def start_in(self, year: int) -> date:
        """Gives the day a fiscal year starts in calendar year `year`."""
        for moved, month, day in self.years:
            if moved == year:
                return date(year, month, day)
        return date(year, self.month, self.day)

    def ending_in(self, year: int) -> tuple[date, date]:
        """Gives the fiscal year that ends in calendar year `year` (India's 2023/24: 2024)."""
        first = self.start_in(year if (self.month, self.day) == (1, 1) else year - 1)
        return first, self.start_in(first.year + 1) - timedelta(days=1)

    def end_year_of(self, day: date) -> int:
        """Gives the calendar year in which the fiscal year holding `day` ends."""
        if (self.month, self.day) == (1, 1) or day < self.start_in(day.year):
            return day.year
        return day.year + 1

    def moved(self, start: date) -> FiscalCalendar:
        """Gives this calendar with one year's start stated by the text."""
        kept = tuple(y for y in self.years if y[0] != start.year)
        return replace(self, years=(*kept, (start.year, start.month, start.day)))


def fiscal_calendar(text: str, country: str | None) -> FiscalCalendar | None:
    """Gives when an article's fiscal years start: its country's (fiscal_years.json) with the
    days the text states ("the fiscal year ending March 2025", "the fiscal year that runs
    from March 21, 2025"), or the text's alone where the country's disagree or are unknown;
    None when neither says."""
    known = _fiscal_calendars().get(country) if country is not None else None
    if "iscal" not in text and "inancial year" not in text:
        return known
    stated: list[tuple[date, bool]] = []  # a start, and whether its year was written
    for found in FISCAL_END.finditer(text):
        month, day = _month(found["month"]), int(found["day"] or 0)
        year = int(found["year"] or 2001)
        try:
            end = date(year, month, day) if day else _month_end(year, month)
        except ValueError:
            continue
        stated.append((end + timedelta(days=1), bool(found["year"] and day)))
    for found in FISCAL_START.finditer(text):
        month = _month(found["month1"] or found["month2"])
        day = int(found["day1"] or found["day2"] or 1)
        try:
            start = date(int(found["year"] or 2001), month, day)
        except ValueError:
            continue
        stated.append((start, bool(found["year"])))
    if not stated:
        return known
    first = stated[0][0]
    calendar_ = known
    if calendar_ is None or _end_month(calendar_.start_in(first.year)) != _end_month(first):
        calendar_ = FiscalCalendar(first.month, first.day)
    for start, dated in stated:
        if dated and _end_month(start) == _end_month(calendar_.start_in(start.year)):
            calendar_ = calendar_.moved(start)
    return calendar_


def _end_month(start: date) -> int:
    """Gives the month a fiscal year starting on `start` ends in."""
    return (start - timedelta(days=1)).month


@cache
def _fiscal_calendars() -> dict[str, FiscalCalendar]:
    calendars = {}
    for country, start in json_data("fiscal_years.json").items():
        if country.startswith("_"):
            continue
        usual = start if isinstance(start, str) else start["start"]
        moved = {} if isinstance(start, str) else start["years"]
        month, day = (int(part) for part in usual.split("-"))
        years = tuple(
            (int(year), *(int(part) for part in moved_day.split("-")))
            for year, moved_day in moved.items()
        )
        calendars[country] = FiscalCalendar(month, day, years)  # type: ignore[arg-type]
    return calendars


def fiscal_year(
    mention: PeriodMention,
    published: date | None,
    forward: bool,
    calendar_: FiscalCalendar | None,
) -> Period | None:
    """Gives the dates of a fiscal year ("the 2023/24 fiscal year", "last fiscal year") of
    `calendar_`, or None when that is unknown or the mention is no fiscal year."""
    if not isinstance(mention, RelativeMention) or calendar_ is None:
        return None
    text = mention.text.strip()
    if mention.rule == "split_year":
        year = mention.args[1]
    elif mention.rule == "fiscal_ended":
        # "the fiscal year that ended on March 19, 2024": the calendar's year that ends then
        year, month, day, _ = mention.args
        start, end = calendar_.ending_in(year)
        if end.month != month:
            return None
        return Period(start, date(year, month, day) if day else end, text)
    elif mention.rule == "fiscal_offset" and published is not None:
        current = calendar_.end_year_of(published)
        year = current + mention.args[0]
        if year == current and not forward:
            # "this fiscal year" on an actual figure: from its start to the publication date
            return Period(calendar_.ending_in(year)[0], published, text)
    else:
        return None
    return Period(*calendar_.ending_in(year), text)


def _months_back(year: int, month: int, count: int) -> date:
    """Gives the first day of the `count`-month stretch that ends with `month` of `year`."""
    index = year * 12 + month - count
    return date(index // 12, index % 12 + 1, 1)


def _year_before(day: date) -> date:
    """Gives the same day a year earlier (28 February for 29 February)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day)


def _day_after(day: date) -> date:
    return day + timedelta(days=1)


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
