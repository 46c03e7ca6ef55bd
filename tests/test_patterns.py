"""The regex building blocks that make the grammars fast must not change what they match."""

from __future__ import annotations

import random
import re
import string
import sys

from tracker.extract.patterns import fold_class, ignorecase_alternation, lowered, phrase_trie
from tracker.extract.quantities import _CHANGES, _grammar
from tracker.extract.tails import TailPattern


def test_fold_class_matches_exactly_what_ignorecase_matches() -> None:
    any_letter = re.compile(r"[a-z]", re.IGNORECASE)
    candidates = [chr(c) for c in range(sys.maxunicode + 1) if any_letter.fullmatch(chr(c))]
    for letter in string.ascii_letters:
        folded = re.compile(fold_class(letter), re.IGNORECASE)
        ignorecase = re.compile(letter, re.IGNORECASE)
        for char in candidates:
            assert bool(folded.fullmatch(char)) == bool(ignorecase.fullmatch(char)), (letter, char)


def test_lowered_text_matches_as_ignorecase_does() -> None:
    """A character lowered alone keeps its word and white-space class and matches an ASCII
    letter as IGNORECASE does, unless `lowered` refuses the text it is in."""
    word, space = re.compile(r"\w"), re.compile(r"\s")
    any_letter = re.compile(r"[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lower = lowered(char)
        if lower is None:
            continue
        assert bool(word.match(char)) == bool(word.match(lower)), char
        assert bool(space.match(char)) == bool(space.match(lower)), char
        assert (char == "-") == (lower == "-"), char
        folds = any_letter.match(char) is not None
        assert folds == (lower in string.ascii_lowercase), char
        assert not folds or re.match(lower, char, re.IGNORECASE), char
    assert lowered("Two İs") is None and lowered("ſix") is None and lowered("Two") == "two"


def _words(rng: random.Random) -> list[str]:
    vocabulary = [
        "grew", "Grew", "rose", "RISEN", "fell", "by", "of", "at", "the", "a", "an", "some",
        "went", "up", "down", "Up", "increase", "increased", "declined", "to", "amounted",
        "more", "than", "less", "over", "about", "exceeded", "mark", "şiş", "İncreased",
        "ſome", "(by", "by,", "—", "-", "growth", "Azerbaijan", "trade", "xgrew", "up-",
    ]  # fmt: skip
    return [rng.choice(vocabulary) for _ in range(rng.randint(0, 7))]


def _windows(count: int) -> list[str]:
    rng = random.Random(20261123)
    windows = []
    for _ in range(count):
        gaps = [rng.choice([" ", "  ", "\n", " \u00a0", ""]) for _ in range(8)]
        words = _words(rng)
        text = "".join(word + gaps[i % len(gaps)] for i, word in enumerate(words))
        windows.append(text + rng.choice(["", " ", "  ", "\n", "$"]))
    return windows


def test_ignorecase_alternation_finds_the_same_first_match() -> None:
    words = [*_CHANGES["up"], *_CHANGES["down"], "a", "an", "another"]
    plain = re.compile(rf"\b(?:{'|'.join(words)})(?:\s+by)?\s*$", re.IGNORECASE)
    grouped = re.compile(rf"\b(?:{ignorecase_alternation(words)})(?:\s+by)?\s*$", re.IGNORECASE)
    for window in _windows(5000):
        expected, found = plain.search(window), grouped.search(window)
        assert (expected and expected.span()) == (found and found.span()), window


def test_phrase_trie_folds_as_ignorecase_does() -> None:
    phrases = ["trade turnover", "trade", "tariffs", "sales", "Imports", "investment", "kilo"]
    pattern = re.compile(rf"\b(?:{phrase_trie(phrases)})\b", re.IGNORECASE)
    for text, expected in [
        ("TRADE Turnover", "TRADE Turnover"),
        ("ſales", "ſales"),
        ("İnvestment", "İnvestment"),
        ("\u212ailo", "\u212ailo"),
        ("Tariffs", "Tariffs"),
    ]:
        match = pattern.search(text)
        assert match is not None and match.group() == expected


def test_tail_patterns_give_the_full_search_result() -> None:
    grammar = _grammar()
    tails: list[TailPattern] = [grammar.change_before]
    for window in _windows(5000):
        for tail in tails:
            for pos in (0, max(0, len(window) - 12)):
                expected = tail.pattern.search(window, pos)
                found = tail.search(window, pos)
                if expected is not None and not expected.group():
                    assert found is None or not found.group(), window
                    continue
                assert (expected and expected.span()) == (found and found.span()), window
