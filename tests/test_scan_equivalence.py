"""Scans written for speed give what the plain scan gives: the quantity grammar's anchors
(digits tried only at digit runs, number words on their own) and the period grammar's
end-anchored lead and comparison searches."""

from __future__ import annotations

import random
import re

from tracker.extract import periods
from tracker.extract.quantities import _anchors, _grammar

_PIECES = [
    *("1", "2,3", "12,500", "1 000 000", "4.5", ".5", "2021", "3-4", "7,5%", "1,2,3", "0.1.2"),
    *("USD1,700", "RM23.50", "$US160", "Rs.5", "$A3", "usd12", "G20", "A320", "COVID-19"),
    *("two", "Twenty-one", "a dozen", "twice", "three and a half", "Half", "tens", "one-third"),
    *(" ", "  ", "\u00a0", "\u202f", "-", ",", ".", "$", "(", ")", "'", "\n", "x", "Ab", "ı"),
]


def _combined(text: str) -> list[tuple[int, int, str]]:
    grammar = _grammar()
    both = re.compile(f"{grammar.digits.pattern}|{grammar.words.pattern}", re.IGNORECASE)
    return [(m.start(), m.end(), m.group()) for m in both.finditer(text)]


def test_anchors_are_one_scan_of_both_alternatives() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        found = [(m.start(), m.end(), m.group()) for m in _anchors(text, _grammar())]
        assert found == _combined(text), text


_LEAD_PIECES = [
    *("in", "In", "late", "early", "mid-", "mid", "the", "a", "an", "as", "of", "at", "end", "so"),
    *("far", "since", "beginning", "during", "throughout", "compared", "to", "with", "than"),
    *("vs.", "vs", "period", "same", "year", "months", "versus", "against", "Russia", "2023"),
    *(",", "(", "-", "ı", "İn"),
]


def _lead(match: re.Match[str] | None) -> tuple[int | None, str, str]:
    if match is None or not match.group():
        return None, "", ""
    return match.start(), match.group("prep") or "", match.group("article") or ""


def test_end_anchored_period_searches_are_the_full_searches() -> None:
    rng = random.Random(11)
    for _ in range(5000):
        words = [rng.choice(_LEAD_PIECES) for _ in range(rng.randint(0, 10))]
        text = "".join(word + rng.choice([" ", " ", "  ", "\n", ""]) for word in words)
        start = rng.randint(0, len(text) // 2)
        lead, full = periods._LEAD, periods._LEAD.pattern
        assert _lead(lead.search(text, start)) == _lead(full.search(text, start)), text
        comparison = periods._COMPARISON
        found = comparison.search(text[start:]) is not None
        assert found == (comparison.pattern.search(text[start:]) is not None), text
