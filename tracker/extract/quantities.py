"""The quantity grammar: every number in a text with its value, unit, bound and direction.

`find_quantities(text)` knows nothing about indicators or claims; `claims.py` decides which
quantities are economic claims. The grammar is a handful of precompiled patterns built once
from the data files (`numbers.json`, `currencies.json`, `units.json`, `bounds.json`): one pass
finds number anchors, and short anchored matches around each anchor read scale, unit, range,
bound and direction, so an article costs a few regex passes, not one per word.
"""

from __future__ import annotations

import math
import re
import string
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import Literal

from tracker.extract.patterns import case_folds, ignorecase_alternation, lowered, phrase_trie
from tracker.extract.tails import TailPattern, phrase_words
from tracker.extract.vocabulary import find_entities
from tracker.resources import json_data

Direction = Literal["up", "down"]

#: Units that are money: ISO 4217 codes are upper-case three-letter names.
NON_MONEY_UNITS = frozenset({"percent", "pp", "multiple", "count"})


@dataclass(frozen=True, init=False)
class Quantity:
    """One quantity phrase of a text, values in base units (2.3 billion -> 2.3e9)."""

    start: int
    end: int
    surface: str
    value_low: float
    value_high: float
    unit: str | None
    bound: str = "exact"
    direction: Direction | None = None
    #: True when the phrase states a change ("by 20%", "a 20% increase", "doubled").
    change: bool = False
    #: True for "(about $44.8 bln)" after another money figure: a conversion, not a claim.
    conversion: bool = False
    #: True when a scale word was written ("2.5 billion"): a bare scaled figure may take a
    #: currency from its neighbours.
    scaled: bool = False
    #: Where the number itself starts (after bound words, "by" and currency symbols).
    number_start: int = 0

    def __init__(
        self,
        start: int,
        end: int,
        surface: str,
        value_low: float,
        value_high: float,
        unit: str | None,
        bound: str = "exact",
        direction: Direction | None = None,
        change: bool = False,
        conversion: bool = False,
        scaled: bool = False,
        number_start: int = 0,
    ) -> None:
        # What the generated __init__ of a frozen dataclass does, one `object.__setattr__` per
        # field, as one dictionary given to the instance: a literal with constant keys is built
        # at once, where keyword arguments are gathered and copied.
        object.__setattr__(
            self,
            "__dict__",
            {
                "start": start,
                "end": end,
                "surface": surface,
                "value_low": value_low,
                "value_high": value_high,
                "unit": unit,
                "bound": bound,
                "direction": direction,
                "change": change,
                "conversion": conversion,
                "scaled": scaled,
                "number_start": number_start,
            },
        )

    @property
    def is_money(self) -> bool:
        """Tells whether the unit is a currency code."""
        return self.unit is not None and len(self.unit) == 3 and self.unit.isupper()


@dataclass(frozen=True)
class _Grammar:
    #: A number in digits (`_DIGIT_SCAN` finds its matches in a whole text).
    digits: re.Pattern[str]
    #: A number in words ("two", "a dozen", "twice"): no digit in it, as no letter is in one
    #: in digits, so the two scans' matches never overlap.
    words: re.Pattern[str]
    #: `words` for a scan of a whole text: a match is the character before the number word
    #: (`words`' look-behind as a class `re` skips to in C) and the word, in group "word".
    word_scan: re.Pattern[str]
    #: `word_scan` on a lowered text (`lowered`), case-sensitive, split by the character before
    #: the word: a space, found by `re`'s fast literal search, or any other (a look-behind
    #: rules out non-ASCII word characters). The other characters are scanned together with
    #: the digits (`_DIGIT_SCAN`), in one pass that skips letters and spaces in C: a match
    #: is a number in digits when it has no group "word", and the character before a number
    #: word and the word when it has.
    word_after_space: re.Pattern[str]
    other_scan: re.Pattern[str]
    scale: re.Pattern[str]
    unit_after: re.Pattern[str]
    currency_before: re.Pattern[str]
    #: Searched from `_NEAR` characters before a number: starting at a word start of their
    #: own, the bound patterns pass over other positions faster than `TailPattern` would
    #: cut the window.
    bound_before: re.Pattern[str]
    range_tail: re.Pattern[str]
    #: What the first character after a number's spaces (`_head`) must be for `range_tail`,
    #: `fold_after` and `change_after` to match there; "" (no such character near) is in each.
    range_heads: frozenset[str]
    fold_heads: frozenset[str]
    after_heads: frozenset[str]
    change_before: TailPattern
    change_after: re.Pattern[str]
    fold_after: re.Pattern[str]
    conversion_before: re.Pattern[str]
    word_values: dict[str, float]
    scales: dict[str, float]
    #: What a scale word may start with, in any case IGNORECASE matches.
    scale_initials: frozenset[str]
    glued_only: frozenset[str]
    units: dict[str, tuple[str, float]]
    currency_symbols: dict[str, str]
    bounds: dict[str, str]
    multiple_words: dict[str, float]
    #: Fractions of a percentage point in words ("a quarter point"): numbers read as "pp".
    point_words: frozenset[str]
    #: Fractions in words ("a quarter"): after "by", a change in percent.
    fraction_words: frozenset[str]
    bound_verbs: re.Pattern[str]
    verb_bounds: dict[str, str]
    #: Last characters of currency symbols and codes, as written: what a symbol before a
    #: number ends with, since the lettered ones match case-sensitively and the others have
    #: no case.
    symbol_tails: frozenset[str]
    #: Last words of bound phrases (and of "by a total of"), and of bounding verbs: a number
    #: after any other word has none, which saves the `$`-anchored searches for most numbers.
    bound_tails: frozenset[str]
    verb_tails: frozenset[str]
    #: Currency words several countries use ("manats", "dinars") -> {country: code}, and the
    #: codes they are read as when no country decides (`_local_grammar`).
    by_country: dict[str, dict[str, str]]
    by_country_codes: frozenset[str]


_DIGITS = (
    # A decimal comma ("2,3 billion", "5,5%") only before a scale word or percent sign.
    r"(?:\d{1,3},\d{1,2}(?=[ \u00a0]?(?:%|mln|bln|million|billion|trillion|thousand|percent)\b|%)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)(?:\.\d+)?"
    r"|\d+(?:\.\d+)?"
    r"|\.\d+)"
)
# A number starts after a non-word character, or glued to a currency code ("USD1,700",
# "RM23.50", "$US160"); anything else glued ("G20", "A320", "COVID19") is a name.
_NUMBER_START = r"(?:(?<![\w.,])|(?<=[A-Z]{3})|(?<=RM)|(?<=US)|(?<=Rs)|(?<=\$A))"

_CHANGES = json_data("changes.json")
#: The words that may follow a change verb before its figure: "grew by just 2%".
_CHANGE_LINKS = "by|of|at"
_CHANGE_DETERMINERS = "a|an|the|just|only|some|another|yet"
_FILLERS = f"{_CHANGE_LINKS}|{_CHANGE_DETERMINERS}"
_UP_WORDS = ignorecase_alternation(_CHANGES["up"])
_DOWN_WORDS = ignorecase_alternation(_CHANGES["down"])


def _word_start(words: list[str]) -> str:
    r"""Gives what `\b` is before any of `words` (regexes starting with a plain letter): no word
    character before, and one of their first letters next (compile with IGNORECASE). A search
    then fails most positions on one class test instead of entering every branch."""
    if not all(word[:1].isascii() and word[:1].isalpha() for word in words) or any(
        word[1:2] in ("?", "*", "+", "{") or "|" in word for word in words
    ):
        return r"\b"
    return rf"(?<!\w)(?=[{''.join(sorted({word[0].lower() for word in words}))}])"


def _word_alternation(words: list[str]) -> str:
    """Gives any of `words` (regexes starting with a plain letter) from a word start."""
    return _word_start(words) + f"(?:{ignorecase_alternation(words)})"


_CHANGE_START = _word_start([*_CHANGES["up"], *_CHANGES["down"]])


#: What a figure's change may be called after it ("a 5% increase").
_AFTER_WORDS = [
    *("increase", "growth", "rise", "jump", "gain", "hike", "upturn", "surge", "higher", "more"),
    *("up", "decrease", "decline", "drop", "fall", "reduction", "contraction", "downturn"),
    *("slump", "lower", "less", "fewer", "down", "cut", "plunge"),
    *("below", "above"),  # "14 percent below the level of 2021"
]


def _heads(phrases: list[str]) -> frozenset[str]:
    """Gives the first characters of `phrases` in every case IGNORECASE matches, and ""."""
    return frozenset(
        [
            "",
            *"".join(
                case_folds(p[0]) if p[0].isascii() and p[0].isalpha() else p[0] for p in phrases
            ),
        ]
    )


def _head(text: str, position: int) -> str:
    """Gives the first character after the spaces at `position`, "" when none is near (`_read`
    writes it out: the call costs more than the slices)."""
    return text[position : position + 8].lstrip(" \u00a0")[:1]


def _alternation(phrases: list[str]) -> str:
    """Gives a regex of literal phrases as a prefix tree (compile with IGNORECASE)."""
    return phrase_trie(phrases)


@cache
def _grammar() -> _Grammar:
    numbers = json_data("numbers.json")
    word_values: dict[str, float] = {}
    for name, value in {**numbers["units"], **numbers["tens"]}.items():
        word_values[name] = float(value)
    for ten, tens_value in numbers["tens"].items():
        for unit, unit_value in numbers["units"].items():
            if 1 <= unit_value <= 9:
                word_values[f"{ten}-{unit}"] = float(tens_value + unit_value)
                word_values[f"{ten} {unit}"] = float(tens_value + unit_value)
    for unit, unit_value in numbers["units"].items():
        if 1 <= unit_value <= 9:
            word_values[f"{unit} and a half"] = unit_value + 0.5
    word_values.update({k: float(v) for k, v in numbers["special"].items()})
    multiple_words = {k: float(v) for k, v in numbers["multiple_words"].items()}
    point_words = {k: float(v) for k, v in numbers["point_words"].items()}
    word_values.update(point_words)
    fraction_words = {k: float(v) for k, v in numbers["fraction_words"].items()}
    word_values.update(fraction_words)
    scales = {k: float(v) for k, v in numbers["scales"].items()}
    if not all(word[:1].isascii() and word[:1].isalpha() for word in scales):
        raise ValueError("numbers.json: scale words must start with an ASCII letter (_read_scale)")
    glued_only = frozenset(numbers["glued_only_scales"])

    currencies = json_data("currencies.json")
    currency_symbols: dict[str, str] = {}
    currency_symbols_raw: list[str] = []
    currency_words: dict[str, str] = {}
    for code, forms in currencies.items():
        if code.startswith("_"):
            continue
        for symbol in forms["symbols"]:
            currency_symbols.setdefault(symbol.lower(), code)
            currency_symbols_raw.append(symbol)
        for word in forms["words"]:
            currency_words.setdefault(word.lower(), code)
    units: dict[str, tuple[str, float]] = {
        k.lower(): (v[0], float(v[1])) for k, v in json_data("units.json")["units"].items()
    }
    for word, code in currency_words.items():
        units.setdefault(word, (code, 1.0))
    for word, (code, factor) in currencies.get("_subunits", {}).items():
        units.setdefault(word.lower(), (code, float(factor)))
    if any(unit != " ".join(unit.split()) for unit in units):
        # `_read` looks a unit up as written before it respaces it
        raise ValueError("units.json, currencies.json: unit names are single-spaced")
    by_country = {k.lower(): v for k, v in currencies.get("_by_country", {}).items()}
    if any(word not in units for word in by_country):
        raise ValueError("currencies.json: a _by_country word is in no currency's words")
    bounds_data = json_data("bounds.json")
    bounds: dict[str, str] = {k.lower(): v for k, v in bounds_data["before"].items()}
    verb_bounds: dict[str, str] = {k.lower(): v for k, v in bounds_data["verbs"].items()}
    bound_verbs = re.compile(
        rf"{_word_start(list(verb_bounds))}(?P<verb>{_alternation(list(verb_bounds))})\s+"
        r"(?:the\s+(?:mark|level|threshold|figure)\s+of\s+)?$",
        re.IGNORECASE,
    )

    word_alt = _alternation(list(word_values) + list(multiple_words))
    digits = re.compile(rf"(?=[.\d])(?P<digits>{_NUMBER_START}{_DIGITS})", re.IGNORECASE)
    # The lookaheads fail most positions at once, before the costlier branches are tried.
    words = re.compile(rf"(?<![\w-])(?=[a-zA-Z])(?P<word>(?:{word_alt})\b)", re.IGNORECASE)
    number_words = [*word_values, *multiple_words]
    if not all(word[-1:].isalpha() for word in number_words):
        raise ValueError("numbers.json: number words must end with a letter (_anchors)")
    # Most word starts fail the first two letters of every number word at once, before the
    # prefix tree is entered ("a dozen" puts white space second).
    first = "".join(sorted({word[0] for word in number_words}))
    second = "".join(sorted({re.escape(word[1]) for word in number_words if word[1] != " "}))
    word_scan = re.compile(
        rf"[^\w-](?=[{re.escape(first)}][{second}\s])(?=[a-zA-Z])(?P<word>(?:{word_alt})\b)",
        re.IGNORECASE,
    )
    gate = rf"(?=[{re.escape(first)}][{second}\s])"
    lower_alt = phrase_trie(number_words, fold_case=False)
    if any(word != word.lower() for word in number_words):
        raise ValueError("numbers.json: number words must be lower-case (word_after_space)")
    word_after_space = re.compile(rf" {gate}(?P<word>(?:{lower_alt})\b)")
    # letters in the digits' look-arounds match ignoring case: on a lowered text as on `text`
    other_scan = re.compile(
        rf"[^a-zA-Z_\- ](?:(?<=[.\d]){_DIGIT_REST}|(?<=[^\w-]){gate}(?P<word>(?:{lower_alt})\b))"
    )
    scale_alt = _alternation([s for s in scales if s not in glued_only])
    glued_alt = _alternation(list(glued_only))
    scale = re.compile(
        rf"(?:[ \u00a0]?-?[ \u00a0]?(?P<word>{scale_alt})\b(?!-(?:old|year|day|month)\b)"
        # "1.5 mln. manats": an abbreviation's dot when a unit follows
        r"(?:\.(?=[ \u00a0]?(?:(?-i:[A-Z]{3})\b|manat|dollar|euro|rub|roub|tenge|lari|som"
        r"|yuan|ton)))?"
        rf"|(?P<glued>{glued_alt})\b(?![-.]\w))",
        re.IGNORECASE,
    )
    # Units that are symbols (%) need no word boundary; word units do.
    symbol_units = [u for u in units if not u[-1].isalnum()]
    word_units = [u for u in units if u[-1].isalnum()]
    unit_after = re.compile(
        rf"[ \u00a0]*(?:(?P<sym>{_alternation(symbol_units)})"
        rf"|(?:of\s+)?(?P<word>{_alternation(word_units)})\b(?!-(?:feet|foot)\b))",
        re.IGNORECASE,
    )
    # Symbols with letters match as written: "a $5 loan" is not "A $", "Turkey's $5bn"
    # not "S $" (Singapore dollars), while "$", "€" and "₼" have no case.
    lettered = [symbol for symbol in currency_symbols_raw if any(c.isalpha() for c in symbol)]
    if any(
        s[-1].lower() != s[-1] or s[-1].upper() != s[-1]
        for s in currency_symbols_raw
        if s not in lettered
    ):
        # `symbol_tails` holds last characters as written, which a symbol matched ignoring
        # case might not end with
        raise ValueError("currencies.json: a symbol without letters ends with a cased character")
    symbol_alt = (
        f"(?-i:{phrase_trie(lettered, fold_case=False)})"
        f"|{_alternation([s for s in currency_symbols if not any(c.isalpha() for c in s)])}"
    )
    currency_before = re.compile(
        rf"(?:^|(?<=[\s(\[\"“'‘/:-]))(?P<sym>{symbol_alt})[ \u00a0]?$", re.IGNORECASE
    )
    bound_alt = _alternation(list(bounds))
    bound_before = re.compile(
        # "by a total of 8.5 percentage points": the total is still the change. What was
        # `(?:\bby…)?(?:\bbound\s+)?$` starts with a word instead, which rules most
        # positions out at once: it does not match the empty string at the end.
        # "fall by between 1% and 3%": a change that is a range
        rf"{_word_start(['by', *bounds])}(?:(?P<by>by)\s+"
        r"(?:(?:a\s+total|an\s+average)\s+of\s+|between\s+)?)?"
        rf"(?:\b(?P<bound>{bound_alt})\s+)?$",
        re.IGNORECASE,
    )
    range_tail = re.compile(
        rf"[ \u00a0]*(?P<sep>-|–|—|to|and|or)[ \u00a0]*(?P<sym>{symbol_alt})?[ \u00a0]?"
        rf"(?P<num>{_NUMBER_START}{_DIGITS}|\b(?:{_alternation(list(word_values))})\b)",
        re.IGNORECASE,
    )
    change_words = phrase_words([*_CHANGES["up"], *_CHANGES["down"]])
    change_before = TailPattern(
        re.compile(
            rf"{_CHANGE_START}(?:(?P<up>{_UP_WORDS})|(?P<down>{_DOWN_WORDS}))"
            rf"(?:\s+(?:{_CHANGE_LINKS}))?(?:\s+(?:{_CHANGE_DETERMINERS}))?\s*$",
            re.IGNORECASE,
        ),
        None
        if change_words is None
        else _word_alternation([*change_words[0], *_FILLERS.split("|")]),
        None if change_words is None else change_words[1] + 2,  # "went down" "by" "some"
    )
    change_after = re.compile(
        r"[ \u00a0]*(?:year[- ]on[- ]year|y/y|yoy|annually|annual|on-year|\(y/y\))?[ \u00a0]*"
        # grouped by first letter: a word that is none of them fails at one class test
        rf"(?P<what>{ignorecase_alternation(_AFTER_WORDS)})\b",
        re.IGNORECASE,
    )
    fold_after = re.compile(r"[ \u00a0]*-?[ \u00a0]*(?:fold|times)\b", re.IGNORECASE)
    # what `change_after` may start with before its word ("year-on-year", "(y/y)")
    annual = ["year", "y/y", "yoy", "annually", "annual", "on-year", "(y/y)"]
    conversion_before = re.compile(
        r"(?:\(\s*|,?\s*\bor\s+|\bequivalent\s+(?:to\s+)?|\(\s*equivalent\s+to\s+|\bi\.e\.\s*"
        r"|\bwhich\s+is\s+|\babout\s+|\bapprox\.?\s+|\bapproximately\s+|\baround\s+|\bnearly\s+"
        r"|\bsome\s+|\broughly\s+|~)+$",
        re.IGNORECASE,
    )
    return _Grammar(
        digits=digits,
        words=words,
        word_scan=word_scan,
        word_after_space=word_after_space,
        other_scan=other_scan,
        scale=scale,
        unit_after=unit_after,
        currency_before=currency_before,
        bound_before=bound_before,
        range_tail=range_tail,
        range_heads=_heads(["-", "–", "—", "to", "and", "or"]),
        fold_heads=_heads(["-", "fold", "times"]),
        after_heads=_heads([*annual, *_AFTER_WORDS]),
        change_before=change_before,
        change_after=change_after,
        fold_after=fold_after,
        conversion_before=conversion_before,
        word_values=word_values,
        scales=scales,
        scale_initials=frozenset("".join(case_folds(word[0]) for word in scales)),
        glued_only=glued_only,
        units=units,
        currency_symbols=currency_symbols,
        bounds=bounds,
        multiple_words=multiple_words,
        point_words=frozenset(point_words),
        fraction_words=frozenset(fraction_words),
        bound_verbs=bound_verbs,
        verb_bounds=verb_bounds,
        symbol_tails=frozenset(symbol[-1] for symbol in currency_symbols_raw),
        bound_tails=frozenset([p.split()[-1] for p in bounds] + ["by", "of", "between"]),
        verb_tails=frozenset([p.split()[-1] for p in verb_bounds] + ["of"]),
        by_country=by_country,
        by_country_codes=frozenset(units[word][0] for word in by_country),
    )


def _number_value(raw: str, grammar: _Grammar) -> float | None:
    if raw.isdecimal():
        return float(raw)  # most figures: digits alone, each of which `float` reads
    if "," not in raw and raw.replace(".", "").isdigit():
        # Most figures ("2021", "5.2"): no word, decimal comma or separator to read.
        try:
            return float(raw)
        except ValueError:
            return None
    key = " ".join(raw.lower().split())
    if key in grammar.word_values:
        return grammar.word_values[key]
    if key in grammar.multiple_words:
        return grammar.multiple_words[key]
    if _DECIMAL_COMMA.fullmatch(raw):
        return float(raw.replace(",", "."))
    digits = re.sub(r"[,\s\u00a0\u202f]", "", raw)
    try:
        return float(digits)
    except ValueError:
        return None


#: How far before a number bound words and change verbs are looked for: the longest phrase
#: ("by no less than", "went down by some") fits, and a short window keeps `$`-anchored
#: searches cheap.
_NEAR = 36
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_OR_GAP = re.compile(r"\s*,?\s*or\s+")
#: The centuries of a year: 19xx and 20xx.
_CENTURIES = ("19", "20")
_SYMBOL_CHARS = frozenset("$€£¥₼₽₺₸₾₴₹₩₪ADRSUNY")
_FREQUENCY = re.compile(
    r"\s+(?:a|per|each|every)\s+(?:second|minute|hour|day|week|month|year)\b", re.IGNORECASE
)
#: What may come between a number and its scale word ("2 billion", "2-billion").
_SCALE_GAP = " \u00a0-"
#: What lower-cases to "m" (no other character does).
_M = frozenset("mM")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_ASCII_LETTERS = frozenset(string.ascii_letters)
#: Bound words after which a change verb's figure is the level crossed ("fell below 4%").
_CROSSED = ("below", "above")
_UP_DIRECTION = re.compile(rf"^(?:{_UP_WORDS})$", re.IGNORECASE)


def find_quantities(text: str) -> list[Quantity]:
    """Gives every quantity of `text` in order; never raises on any text."""
    try:
        return _find(text)
    except (ValueError, OverflowError, IndexError):  # a defensive net: text never raises
        return []


#: `digits` as a scan of a whole text: its first character, a dot or a digit, is matched first by
#: a class `re` skips to in C (a dot, an ASCII digit or any non-ASCII character: a few
#: comparisons, where `\d` is a Unicode category look-up for every character), and the rest
#: of the number (`_DIGIT_REST`) after it. Where a number fails, the next tries are inside its
#: run of digits, dots and commas, which `_NUMBER_START` rules out at once.
#: tests/test_scan_equivalence.py checks it against `digits` and `words` scanned together.
_DIGIT_LEAD = r"[.0-9\x80-\U0010ffff](?<=[.\d])"
#: `_NUMBER_START` and `_DIGITS` after the number's first character: the look-behinds take it
#: in, the alternatives take it out; their letters match ignoring case, as in `digits`.
_DIGIT_REST = (
    r"(?i:(?<![\w.,][.\d])|(?<=[A-Z]{3}[.\d])|(?<=RM[.\d])|(?<=US[.\d])|(?<=Rs[.\d])"
    r"|(?<=\$A[.\d]))"
    r"(?:(?<=\d)(?:\d{0,2},\d{1,2}"
    r"(?=[ \u00a0]?(?i:%|mln|bln|million|billion|trillion|thousand|percent)\b|%)"
    r"|\d{0,2}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)(?:\.\d+)?"
    r"|\d*(?:\.\d+)?)"
    r"|(?<=\.)\d+)"
)
_DIGIT_SCAN = re.compile(_DIGIT_LEAD + _DIGIT_REST)


def _anchors(text: str, grammar: _Grammar) -> list[tuple[int, int, bool]]:
    """Gives the number anchors of `text` in order, as (start, end, is a word): what one
    `finditer` of the digits and words alternatives together gives, since their matches share
    no character. Number words are tried only after a character that may precede one, and at
    the start. On a lowered text, two scans find them all: one after spaces, one of the digits
    and the words after other characters (`other_scan`); they give the plain scan's matches
    when no two words overlap: `finditer` would then have kept each of them, and would have
    found no other. Otherwise digits (`_DIGIT_SCAN`) and words (`word_scan`) are scanned apart."""
    # A number word ends with a letter, so the character before the next one is after it.
    first = grammar.words.match(text)
    start = 0 if first is None else first.end()
    words = [] if first is None else [(0, start, True)]
    lower = lowered(text)
    if lower is not None:
        found = [
            (match.start(), match.end(), False)
            if match.lastgroup is None
            else (match.start() + 1, match.end(), True)
            for match in grammar.other_scan.finditer(lower, start)
        ]
        spaced = [(*m.span("word"), True) for m in grammar.word_after_space.finditer(lower, start)]
        if not spaced:
            return words + found
        anchors = sorted(found + spaced)
        if len(found) == sum(not is_word for _, _, is_word in found):
            return words + anchors
        # A match takes the character before its word: the next one starts after its end.
        found = [anchor for anchor in anchors if anchor[2]]
        if all(before[1] < after[0] for before, after in pairwise(found)):
            return words + anchors
    anchors = [(*match.span(), False) for match in _DIGIT_SCAN.finditer(text)]
    words += [(*m.span("word"), True) for m in grammar.word_scan.finditer(text, start)]
    return sorted(anchors + words)


def _find(text: str) -> list[Quantity]:
    grammar = _grammar()
    found = _scan(text, grammar)
    if not grammar.by_country_codes.isdisjoint([q.unit for q in found]):
        local = _local_grammar(text, found, grammar)
        if local is not grammar:
            return _scan(text, local)
    return found


def _scan(text: str, grammar: _Grammar) -> list[Quantity]:
    found: list[Quantity] = []
    consumed = 0
    for start, end, is_word in _anchors(text, grammar):
        if start < consumed:
            continue
        quantity = _read(text, start, end, is_word, grammar, found[-1] if found else None)
        if quantity is not None:
            found.append(quantity)
            consumed = quantity.end
    return found


def _local_grammar(text: str, found: list[Quantity], grammar: _Grammar) -> _Grammar:
    """Gives the grammar that reads the currency words several countries use as the country
    the document names most: "manats" in a story about Turkmenistan are TMT, not AZN. Only for
    a document with such a word after a figure, and a re-read only when a country changes it."""
    words = {
        q.surface[q.surface.rfind(" ") + 1 :].lower()
        for q in found
        if q.unit in grammar.by_country_codes
    }
    overrides: list[tuple[str, str]] = []
    counts: Counter[str] | None = None
    for word in sorted(words & grammar.by_country.keys()):
        countries = grammar.by_country[word]
        own = grammar.units[word][0]
        if not any(_named(text, country) for country, code in countries.items() if code != own):
            continue  # most documents: none of the other countries is named
        if counts is None:  # the same country mentions the claims are built from
            counts = Counter(mention.name for mention in find_entities(text))
        best, most = own, max([counts[c] for c, code in countries.items() if code == own] or [0])
        for country, code in countries.items():
            if counts[country] > most:  # the word's own code wins a tie
                best, most = code, counts[country]
        if best != own:
            overrides.append((word, best))
    return _grammar_with(tuple(overrides)) if overrides else grammar


@cache
def _grammar_with(overrides: tuple[tuple[str, str], ...]) -> _Grammar:
    """Gives the grammar with some currency words read as other codes (`_local_grammar`)."""
    grammar = _grammar()
    return replace(grammar, units={**grammar.units, **{w: (c, 1.0) for w, c in overrides}})


def _named(text: str, country: str) -> bool:
    """Tells whether any of a country's names is in `text`, even inside a word: a cheap test
    before counting the document's country mentions."""
    return any(name in text for name in _shortest_names(country))


@cache
def _shortest_names(country: str) -> tuple[str, ...]:
    """Gives a country's names that hold none of its others ("Turkmen", not "Turkmenistan")."""
    names = json_data("countries.json")[country]
    return tuple(n for n in names if not any(o != n and o in n for o in names))


def _read(
    text: str, start: int, end: int, is_word: bool, grammar: _Grammar, previous: Quantity | None
) -> Quantity | None:
    raw = text[start:end]
    multiple_word = grammar.multiple_words.get(raw.lower()) if is_word else None
    if not is_word:
        if start > 0 and text[start - 1] == "-" and start > 1 and text[start - 2].isalnum():
            return None  # COVID-19, Su-35, MC-21: part of a name
        if text[end : end + 1].isalpha() and _ORDINAL_SUFFIX.match(text, end):
            return None
    # `_number_value`'s first case written out: most figures are digits alone
    value = float(raw) if raw.isdecimal() else _number_value(raw, grammar)
    if value is None:
        return None
    low = high = value
    scaled = False
    unit: str | None = None
    factor = 1.0
    position = end
    is_multiple = multiple_word is not None

    if not is_multiple:
        # `_read_scale`'s first test written out: most numbers are followed by no scale word
        if text[position : position + 4].lstrip(_SCALE_GAP)[:1] in grammar.scale_initials:
            position, scale_factor, has_scale = _read_scale(text, position, grammar)
        else:
            has_scale = False
        if has_scale:
            scaled = True
            low *= scale_factor
            high *= scale_factor
        elif text[end : end + 1] in _ASCII_LETTERS and not _unit_glued(text, end, grammar):
            return None  # 5G, 3D, A320-like tokens are names, not quantities
        elif (
            len(raw) == 4
            and raw[:2] in _CENTURIES
            and raw[2:].isdecimal()  # what `\d` matches
            and text[start - 1 : start] not in _SYMBOL_CHARS
            and not grammar.unit_after.match(text, end)
        ):
            # A bare year is the commonest number in news: no bound, unit or change to read.
            return Quantity(start, end, raw, value, value, None, number_start=start)
        if "±" in text[position : position + 4]:
            band = _PLUS_MINUS.match(text, position)
            if band is not None:  # "the target of 4±2%", "4 (±2) percent": a range around it
                spread = float(band.group("spread")) * (low / value if value else 1.0)
                low, high, position = low - spread, high + spread, band.end()

    # A currency symbol written before the number.
    window_start = max(0, start - 12)
    before = text[window_start:start]
    # Symbols and codes end in a symbol, a capital or a dot ("$", "AZN", "U.S.$", "Rs."), as
    # written (letters match case-sensitively): any other character before the number rules a
    # currency out without a search.
    tail_char = before.rstrip(" \u00a0")[-1:]
    currency = grammar.currency_before.search(before) if tail_char in grammar.symbol_tails else None
    number_start = start
    sign = 1.0
    if start > 0 and text[start - 1].isalpha() and currency is None:
        return None  # "COVID19": letters glued before a number that are not a currency
    if currency is not None and not is_multiple:
        unit = grammar.currency_symbols[currency.group("sym").lower()]
        start = window_start + currency.start("sym")
        before = text[max(0, start - 80) : start]
    else:
        before = text[max(0, start - 80) : start]
        if is_word and " ".join(raw.lower().split()) in grammar.point_words:
            unit = "pp"  # "cut by a quarter point", "by half a percentage point"
    if before.endswith(("-", "−")) and (len(before) < 2 or before[-2] in " (\t\n"):
        sign = -1.0
        start -= 1
        before = before[:-1]
    elif before[-6:-5] in _M and before[-6:].lower() == "minus ":
        sign = -1.0
        start -= 6
        before = before[:-6]

    if not is_multiple:
        # A range: "3-4", "3 to 4 times", "$2 billion to $3 billion", "between $2 and $3 billion".
        head = text[position : position + 8].lstrip(" \u00a0")[:1]
        tail = grammar.range_tail.match(text, position) if head in grammar.range_heads else None
        if tail is not None and (
            _range_allowed(tail, before, text, grammar)
            or (
                tail.group("sep").lower() in ("or", "to")
                and grammar.fold_after.match(text, tail.end())
            )
            or (
                scaled
                and unit is None
                and _by_band(tail, before, text, value, low / value, grammar)
            )
        ):
            # "two or three times", "grow three to four times": a range of multiples
            second = _number_value(tail.group("num"), grammar)
            end2, factor2, has_scale2 = _read_scale(text, tail.end(), grammar)
            if second is not None and not _other_unit_follows(text, end2, unit, grammar):
                if has_scale2 and not scaled and value < second:
                    low *= factor2
                    scaled = True
                    second *= factor2
                elif has_scale2 or not scaled:
                    second *= factor2
                elif scaled:
                    second *= low / value if value else 1.0
                if second >= low or tail.group("sep") not in "-–—":
                    high = second
                    position = end2
                    head = text[position : position + 8].lstrip(" \u00a0")[:1]
                    if tail.group("sym") and unit is None:
                        unit = grammar.currency_symbols[tail.group("sym").lower()]
        unit_match = grammar.unit_after.match(text, position)
        if unit_match is not None:
            phrase = (unit_match.group("sym") or unit_match.group("word")).lower()
            # the names are single-spaced: one found as written needs no respacing
            found = grammar.units.get(phrase)
            if found is None:
                found = grammar.units.get(" ".join(phrase.split()))
            named_unit, factor = (None, 1.0) if found is None else found
            if named_unit is not None and (unit is None or named_unit == unit):
                unit = named_unit
                position = unit_match.end()
                head = text[position : position + 8].lstrip(" \u00a0")[:1]

        if unit is not None and high == low:
            # "5% to 10%", "between $2bn and $3bn": the second figure repeats the unit.
            tail = grammar.range_tail.match(text, position) if head in grammar.range_heads else None
            if tail is not None and _range_allowed(tail, before, text, grammar):
                second_quantity = _second_with_unit(text, tail, grammar, unit, factor)
                if second_quantity is not None:
                    high, position = second_quantity
                    high /= factor
                    head = text[position : position + 8].lstrip(" \u00a0")[:1]
        if (
            unit != "multiple"
            and head in grammar.fold_heads
            and grammar.fold_after.match(text, position)
        ):
            fold = grammar.fold_after.match(text, position)
            if fold is not None:
                unit = "multiple"
                position = fold.end()
                head = text[position : position + 8].lstrip(" \u00a0")[:1]
    else:
        unit = "multiple"
        head = text[position : position + 8].lstrip(" \u00a0")[:1]

    if unit == "multiple" and _FREQUENCY.match(text, position):
        unit = "count"  # "78,000 times a minute" is a rate of events, not a multiple
    if is_multiple and raw.lower() == "double":
        if text[end : end + 1] == "-":
            return None  # "double-digit"
        if (
            _ADJECTIVE_BEFORE.search(text, max(0, start - 6), start)
            and text[end + 1 : end + 2].isalpha()
        ):
            return None  # "the avoidance of double taxation", "a double burden"
    low *= factor * sign
    high *= factor * sign
    if low > high:
        low, high = high, low

    # Bound words and the "by" of a change, written before the number.
    bound = "exact"
    has_by = False
    #: "fell below 4%", "rose above $90": the verb tells the level crossed, no change
    crossed = False
    last_word = _last_word(before)
    bound_match = (
        grammar.bound_before.search(before, max(0, len(before) - _NEAR))
        if last_word in grammar.bound_tails
        else None
    )
    if bound_match is not None and bound_match.group() and not is_multiple:
        if bound_match.group("bound"):
            bound = grammar.bounds[" ".join(bound_match.group("bound").lower().split())]
        has_by = bound_match.group("by") is not None
        crossed = not has_by and bound_match.group("bound").lower() in _CROSSED
        start = start - (len(before) - bound_match.start())
        before = before[: bound_match.start()]
        last_word = _last_word(before)
    elif bound_match is not None and is_multiple and bound_match.group("bound"):
        bound = grammar.bounds[" ".join(bound_match.group("bound").lower().split())]
        start = start - (len(before) - bound_match.start("bound"))
        before = before[: bound_match.start("bound")]
        last_word = _last_word(before)
    if (
        has_by
        and unit is None
        and is_word
        and " ".join(raw.lower().split()) in grammar.fraction_words
    ):
        unit, low, high = "percent", low * 100, high * 100  # "exports fell by a quarter"
    if unit is None and (scaled or low >= 1000) and _counted(text, start, position, previous):
        unit = (
            "count"  # "the number of visitors reached 62.3 million", "…, Germany with 6.6 million"
        )
    if unit is None and not scaled:
        # A bare count or day of month: its bound is all a reader needs.
        return Quantity(
            start, position, text[start:position], low, high, None, bound, number_start=number_start
        )
    if bound == "exact" and not is_multiple:
        verb_bound = (
            grammar.bound_verbs.search(before, max(0, len(before) - _NEAR))
            if last_word in grammar.verb_tails
            else None
        )
        if verb_bound is not None:
            bound = grammar.verb_bounds[verb_bound.group("verb").lower()]
    if bound == "at_most" and _is_up_to_target(before):
        bound = "exact"

    # Direction and change.
    direction: Direction | None = None
    change = has_by or unit == "multiple"
    if previous is not None and previous.change and _OR_GAP.fullmatch(text, previous.end, start):
        # "increased by $24.4 million or 14 percent": the same change, in other terms
        change, has_by = True, True
        before = before + " by "
    verb = None if crossed else grammar.change_before.search(before, max(0, len(before) - _NEAR))
    if (
        verb is not None
        and verb.group("up")
        and _MADE_UP.search(before, max(0, verb.start("up") - 8), verb.end("up"))
    ):
        verb = None  # "the surplus made up $5.6 billion": a level
    if verb is not None:
        direction = "up" if verb.group("up") else "down"
        if unit != "multiple" and verb.group().rstrip().lower().endswith(" at"):
            pass  # "growth at 5%" names a rate, not how much it changed
        elif unit != "multiple":
            change = True
    elif has_by:
        direction = _clause_direction(before)
    after = grammar.change_after.match(text, position) if head in grammar.after_heads else None
    if after is not None and not (verb is not None and not has_by and unit == "multiple"):
        word = after.group("what").lower()
        if (
            unit in ("percent", "pp", "multiple")
            or (unit is not None and len(unit) == 3)
            # "0.8 million tonnes less than a year ago"; not "5 million tonnes up 3%"
            or (unit is not None and word in _COMPARATIVES and _THAN.match(text, after.end()))
        ):
            direction = "up" if word == "above" or _UP_DIRECTION.match(word) else "down"
            change = True
    if multiple_word is not None:
        # "postponed twice": no direction of its own, so claims reads the words around it
        twice = raw.lower() == "twice"
        direction = "down" if multiple_word < 1 else direction or (None if twice else "up")
        change = True

    if change and direction == "down":
        if unit == "multiple":
            if low > 1:
                low, high = 1 / high, 1 / low
        elif low > 0:
            low, high = -high, -low
    elif not change:
        direction = None

    conversion = False
    if previous is not None and (unit is None or (len(unit) == 3 and unit.isupper())):
        gap = text[previous.end : start]
        conversion = (
            previous.is_money
            and len(gap) < 30
            and bool(gap.strip())
            and (gap.strip().startswith("(") or unit != previous.unit)
            and grammar.conversion_before.search(gap) is not None  # the costliest test last
        )

    return Quantity(  # positional: keywords cost a tenth of the call
        start,
        position,
        text[start:position],
        low,
        high,
        unit,
        bound,
        direction,
        change,
        conversion,
        scaled,
        number_start,
    )


def _second_with_unit(
    text: str, tail: re.Match[str], grammar: _Grammar, unit: str, factor: float
) -> tuple[float, int] | None:
    """Gives the second value and end of "… to 10%" when it carries the same unit."""
    value = _number_value(tail.group("num"), grammar)
    if value is None or factor != 1.0:
        return None
    position, scale, _ = _read_scale(text, tail.end(), grammar)
    symbol = tail.group("sym")
    if symbol:
        if grammar.currency_symbols.get(symbol.lower()) != unit:
            return None
        return value * scale * factor, position
    unit_match = grammar.unit_after.match(text, position)
    if unit_match is None:
        return None
    phrase = " ".join((unit_match.group("sym") or unit_match.group("word")).lower().split())
    if grammar.units.get(phrase, (None, 1.0))[0] != unit:
        return None
    return value * scale * factor, unit_match.end()


def _other_unit_follows(text: str, position: int, unit: str | None, grammar: _Grammar) -> bool:
    """Tells whether "$24.4 million or 14 percent" goes on with another unit: no range."""
    if unit is None:
        return False
    match = grammar.unit_after.match(text, position)
    if match is None:
        return False
    phrase = " ".join((match.group("sym") or match.group("word")).lower().split())
    return grammar.units.get(phrase, (unit, 1.0))[0] != unit


def _last_word(before: str) -> str:
    """Gives the lower-cased word just before a number ("than" in "more than $2bn"): what
    follows the last space, line break, tab or bracket."""
    stripped = before.rstrip()
    word = stripped[stripped.rfind(" ") + 1 :]
    if "\n" in word or "(" in word or "\t" in word:
        word = word[max(word.rfind("\n"), word.rfind("("), word.rfind("\t")) + 1 :]
    return word.lower()


def _read_scale(text: str, position: int, grammar: _Grammar) -> tuple[int, float, bool]:
    # A scale word is glued or follows at most three spaces and dashes (" - "): its first letter
    # is the first other character. Most numbers are followed by none.
    if text[position : position + 4].lstrip(_SCALE_GAP)[:1] not in grammar.scale_initials:
        return position, 1.0, False
    match = grammar.scale.match(text, position)
    if match is None:
        return position, 1.0, False
    word = (match.group("word") or match.group("glued")).lower()
    return match.end(), grammar.scales[word], True


def _unit_glued(text: str, position: int, grammar: _Grammar) -> bool:
    """Tells whether letters glued to a number are a unit ("20pct", "5bcm", "3-fold")."""
    match = grammar.unit_after.match(text, position)
    return match is not None and match.group("word") is not None


def _range_allowed(tail: re.Match[str], before: str, text: str, grammar: _Grammar) -> bool:
    separator = tail.group("sep").lower()
    lowered = before.lower().rstrip()
    if separator == "and":
        return bool(re.search(r"\bbetween\s+(?:\S+\s+)?$", lowered + " "))
    if re.search(r"\brang\w*\s+(?:from\s+|between\s+)?\S*$", lowered):
        return True  # "ranging from $200 to $4 million" is a range, not a transition
    if separator != "or" and _SPAN_FROM.search(lowered) and not _CLAUSE_VERB.search(lowered[-80:]):
        return True  # "the forecast band runs from 16% to 26%": one range, not a transition
    if separator in ("to", "-", "–", "—") and re.search(r"\bfrom\s+\S*$", lowered):
        return False  # "from $2bn to $3bn" is a transition: two figures
    if separator == "to" and grammar.change_before.search(before, max(0, len(before) - _NEAR)):
        return False  # "rose 18 sen to RM23.50": a change, then the level it reached
    if separator == "to" and re.search(r"\bby\s+\S*$", lowered):
        return False  # "increased by $43.6 billion to $419.2 billion": a change, then a level
    if separator == "or":
        return bool(re.search(r"\b(?:by|some|about)\s*$", lowered))
    return not (separator == "to" and re.search(r"\b(?:from)\b", lowered[-40:]))


#: A range named before "from" in its clause: "the forecast range for 2025 runs from".
_SPAN_FROM = re.compile(
    r"\b(?:range|band|corridor|interval|var(?:y|ies|ied|ying))\b[^.;,]{0,60}\bfrom(?:\s+\S*)?$"
)

_UP_TO_TARGET = re.compile(
    r"\b(?:increas\w*|bring\w*|brought|rais\w*|boost\w*|expand\w*|grow\w*|reach\w*|doubl\w*)\b"
    r"[^.;!?]{0,80}$",
    re.IGNORECASE,
)


_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)


def _by_band(
    tail: re.Match[str], before: str, text: str, value: float, factor: float, grammar: _Grammar
) -> bool:
    """Tells whether "grow by 1.5 million to 2 million bpd" is one change written as a range:
    after "by", the unit written once, both numbers carry the same scale word and the second
    is at most twice the first; "rose by 200,000 to 1.2 million bpd" and "by $0.2 billion to
    $1.5 billion" are a change, then the level it reached."""
    if tail.group("sep").lower() != "to" or not _BY_BEFORE.search(before, max(0, len(before) - 8)):
        return False
    second = _number_value(tail.group("num"), grammar)
    _, second_factor, has_scale = _read_scale(text, tail.end(), grammar)
    return (
        second is not None
        and has_scale
        and math.isclose(second_factor, factor)
        and value < second <= 2 * value
    )


_PLUS_MINUS = re.compile(r"[ \u00a0]?\(?±[ \u00a0]?(?P<spread>\d+(?:\.\d+)?)\)?")
#: Words after a figure in any unit that make it a change when "than" follows.
_COMPARATIVES = frozenset({"more", "less", "fewer", "higher", "lower"})
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
#: What makes "double" an adjective: "of double taxation", "a double burden".
_ADJECTIVE_BEFORE = re.compile(r"\b(?:of|a|an|the)\s+$", re.IGNORECASE)
#: What may follow a bare count: the end of its clause or a period or comparison word.
_COUNT_FOLLOWER = re.compile(
    r"\s*(?:[,.;:)\"”]|$|(?:and|or|in|on|at|from|to|as|compared|against|last|this|during|over)\b)",
    re.IGNORECASE,
)
#: "The number of container trains on the route grew 1.3 times to": the subject counted.
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?:[^.;:!?]|(?<=\d)\.(?=\d)){1,140}$", re.IGNORECASE)
#: "6.7 million visitors, followed by Germany with", "13.2 million persons, of whom".
_COUNT_LINK = re.compile(
    r"[^.;:!?\d]{0,60}\b(?:with|whom|which|of|and|against|versus|vs\.?)\s+$", re.IGNORECASE
)


def _counted(text: str, start: int, end: int, previous: Quantity | None) -> bool:
    """Tells whether a bare number counts what its sentence counts: its subject is "the number
    of" something, or it goes on from a count ("6.7 million visitors, followed by Germany with
    6.6 million"). Only a number that ends its phrase ("in the first 9 months" counts months),
    and a thousand or more: "the number of taxes is cut from 17 to 14" counts no statistic."""
    linked = previous is not None and previous.unit == "count" and start - previous.end <= 60
    if not linked and text.find("number of", max(0, start - 150), start) < 0:
        return False
    if not _COUNT_FOLLOWER.match(text, end):
        return False
    if linked and previous is not None and _COUNT_LINK.fullmatch(text, previous.end, start):
        return True
    return _NUMBER_OF.search(text, max(0, start - 150), start) is not None


def _is_up_to_target(before: str) -> bool:
    """Tells whether "up to" follows an increase verb: "increase trade up to $15 billion"."""
    return _UP_TO_TARGET.search(before) is not None


_CLAUSE_VERB = re.compile(
    rf"{_CHANGE_START}(?:(?P<up>{_UP_WORDS})|(?P<down>{_DOWN_WORDS}))\b", re.IGNORECASE
)


#: "made up" ends with "up" but is no rise.
_MADE_UP = re.compile(r"\b(?:made|make|makes|making)\s+up$", re.IGNORECASE)


def _clause_direction(before: str) -> Direction | None:
    """Gives the direction of the last change verb of the clause ("fell sharply by 5%")."""
    cut = max(before.rfind(". "), before.rfind("; "))
    clause = before[cut + 1 :] if cut >= 0 else before
    direction: Direction | None = None
    for match in _CLAUSE_VERB.finditer(clause):
        direction = "up" if match.group("up") else "down"
    return direction
