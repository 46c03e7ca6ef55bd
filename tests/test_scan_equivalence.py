"""Scans written for speed give what the plain scan gives: the quantity grammar's anchors
(digits tried only at digit runs, number words on their own)."""

from __future__ import annotations

import random
import re

from tracker.extract.quantities import _anchors, _grammar

_PIECES = [
    *("1", "2,3", "12,500", "1 000 000", "4.5", ".5", "2021", "3-4", "7,5%", "1,2,3", "0.1.2"),
    *("USD1,700", "RM23.50", "$US160", "Rs.5", "$A3", "usd12", "G20", "A320", "COVID-19"),
    *("two", "Twenty-one", "a dozen", "twice", "three and a half", "Half", "tens", "one-third"),
    *(" ", "  ", "\u00a0", "\u202f", "-", ",", ".", "$", "(", ")", "'", "\n", "x", "Ab", "ı"),
    *("\u0663", "\uff11\uff12", "é", "—", "“", "ſix", "\u2028", "İ", "\u212a", "TWO", "/"),
    # phrases whose words are number words too: a scan after another character than a space
    # must not find a word inside a match of the scan after spaces, nor the other way round
    *("twenty\nfive", "(one hundred", "one\u00a0hundred", "a\thalf", "five and a half"),
]


def _combined(text: str) -> list[tuple[int, int, str]]:
    grammar = _grammar()
    both = re.compile(f"{grammar.digits.pattern}|{grammar.words.pattern}", re.IGNORECASE)
    return [(m.start(), m.end(), m.group()) for m in both.finditer(text)]


def test_anchors_are_one_scan_of_both_alternatives() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        found = [(start, end, text[start:end]) for start, end, _ in _anchors(text, _grammar())]
        assert found == _combined(text), text
