"""Scans written for speed give what the plain scan gives: the quantity grammar's anchors
(digits found by a scan of their own, number words after spaces and with the digits)."""

from __future__ import annotations

import random
import re

from tracker.extract.quantities import _anchors, _grammar, _head

_PIECES = [
    *("1", "2,3", "12,500", "1 000 000", "4.5", ".5", "2021", "3-4", "7,5%", "1,2,3", "0.1.2"),
    *("USD1,700", "RM23.50", "$US160", "Rs.5", "$A3", "usd12", "G20", "A320", "COVID-19"),
    *("two", "Twenty-one", "a dozen", "twice", "three and a half", "Half", "tens", "one-third"),
    *(" ", "  ", "\u00a0", "\u202f", "-", ",", ".", "$", "(", ")", "'", "\n", "x", "Ab", "ı"),
    *("\u0663", "\uff11\uff12", "é", "—", "“", "ſix", "\u2028", "İ", "\u212a", "TWO", "/"),
    # phrases whose words are number words too: a scan after another character than a space
    # must not find a word inside a match of the scan after spaces, nor the other way round
    *("twenty\nfive", "(one hundred", "one\u00a0hundred", "a\thalf", "five and a half"),
    # digits and words side by side: the lowered text's scan of both must keep them apart
    *(".two", "5two", "two5", "x.5", "\u201c5", "\u00abone\u00bb", "1 two", "One Hundred"),
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


def test_head_gates_pass_every_match() -> None:
    """A pattern after a number is matched only when `_head` is one of its heads: none that
    matches is ever skipped."""
    grammar = _grammar()
    gates = [
        (grammar.range_tail, grammar.range_heads),
        (grammar.fold_after, grammar.fold_heads),
        (grammar.change_after, grammar.after_heads),
    ]
    pieces = [
        *(" ", "  ", "\u00a0", "-", "–", "—", "5", "$5", "two", "x", "(", "Ⅹ", "ſ", "İ", "K"),
        *("to", "AND", "or", "fold", "Times", "y/y", "(y/y)", "year-on-year", "YoY", "on-year"),
        *("annually", "increase", "Drop", "lower", "more", "up", "CUT", "ſurge", "ıncrease"),
    ]
    rng = random.Random(8)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        for position in range(len(text) + 1):
            for pattern, heads in gates:
                if pattern.match(text, position):
                    assert _head(text, position) in heads, (pattern.pattern[:30], text, position)
