"""The vocabulary scans written for speed (one alternative per first character, a scan from the
separator before a phrase) find what the plain tries find."""

from __future__ import annotations

import random
import re

from tracker.extract.claims import _cue_spans, _cues
from tracker.extract.patterns import phrase_trie
from tracker.extract.vocabulary import _entities, _entity_matches, _indicators, _phrases
from tracker.resources import json_data

_NOISE = [" ", "  ", "\n", "-", ".", ",", "+", "x", "_", "1", "'s", "ſ", "İ", "K", "EURO", "The"]


def _texts(phrases: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [*rng.sample(phrases, min(len(phrases), 150)), *_NOISE]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(20000)]


def test_entity_pattern_matches_the_plain_tries() -> None:
    names = _entities().names
    exact = phrase_trie([a for a in names if not a.islower()], fold_case=False)
    folded = phrase_trie([a for a in names if a.islower()])
    plain = re.compile(rf"(?<![\w.])(?:{exact}|(?i:{folded}))(?![\w+]|\.\w)")
    for text in _texts(list(names), 7):
        for start in (0, 1):
            expected = [m.span() for m in plain.finditer(text, start)]
            assert [m.span() for m in _entities().pattern.finditer(text, start)] == expected, text


def test_separated_indicator_scan_matches_the_plain_pattern() -> None:
    vocabulary = _indicators()
    assert vocabulary.separated is not None
    for text in _texts(list(vocabulary.names), 8):
        for start, stop in ((0, len(text)), (1, len(text)), (2, len(text) - 1)):
            expected = [m.span(1) for m in vocabulary.pattern.finditer(text, start, stop)]
            found = [m.span(1) for m in _phrases(vocabulary, text, start, stop)]
            assert found == expected, (text, start, stop)


def test_kind_cue_scan_matches_the_plain_pattern() -> None:
    cues = _cues()
    phrases = [
        p for kind in ("potential", "target", "forecast") for p in json_data("kinds.json")[kind]
    ]
    for text in _texts([*phrases, "May", "MAY", "Can", "ſeek", "tarGet"], 9):
        expected = [(m.start(), m.end(), m.lastgroup) for m in cues.pattern.finditer(text)]
        assert _cue_spans(text) == expected, text


def test_entity_scan_in_two_parts_matches_the_pattern() -> None:
    vocabulary = _entities()
    assert vocabulary.lower is not None and vocabulary.stems == (b"euro", b"global", b"world")
    phrases = [*vocabulary.names, "EURO ZONE", "Global Economy", "WORLD gdp", "global GDP", "ı"]
    for text in _texts(phrases, 10):
        for start, stop in ((0, len(text)), (1, len(text)), (2, len(text) - 1)):
            expected = [m.span() for m in vocabulary.pattern.finditer(text, start, stop)]
            found = [m.span() for m in _entity_matches(vocabulary, text, start, stop)]
            assert found == expected, (text, start, stop)
