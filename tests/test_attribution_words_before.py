"""`_words_before` finds what the per-name pattern it replaces finds, in random texts."""

from __future__ import annotations

import random
import re

from tracker.extract.attribution import _words_before

_WORDS = ["Petrov", "Ivan", "Jean", "Ö", "Şimşek", "a", "Pet", "l'Or", "O’Neil", "x1", "_y", "2"]
_SEPARATORS = [" ", "  ", "-", "\n", " - ", "'", ",", ".", "", "\u00a0", "-\n"]


def test_words_before_matches_the_name_pattern() -> None:
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(
            rng.choice(_WORDS) + rng.choice(_SEPARATORS) for _ in range(rng.randint(1, 8))
        )
        name = rng.choice(["Petrov", "Pet", "Şimşek", "Ivan"])
        stop = rng.choice([len(text), rng.randint(0, len(text))])
        pattern = re.compile(
            rf"(?<![\w'’-])([^\W\d_][\w'’]*(?:[- ][^\W\d_][\w'’]*)?)\s+{re.escape(name)}\b"
        )
        want = [match.group(1) for match in pattern.finditer(text, 0, stop)]
        assert list(_words_before(name, text, stop)) == want, (text, name, stop)
