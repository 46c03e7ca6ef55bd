"""Regex building blocks shared by the grammars.

Python's `re` tries the branches of an alternation one after another at every position, so a
vocabulary of a few hundred phrases written as `a|b|c|…` costs hundreds of attempts per
character. `phrase_trie` writes the same alternation as a prefix tree (`trade(?:\\s+turnover
|…)`), which the engine walks in one pass; that is what keeps extraction near a millisecond
per article.

Under IGNORECASE, `re` cannot rule a branch out by its first character without entering it
(it does so only for case-sensitive literals and classes), so an alternation of many words
costs about as much at every word start as if each were tried in full. `fold_class` writes a
letter as the case-sensitive class of every character IGNORECASE matches it with, and the
alternations below start their branches with it, so a word start tries only the branches of
its own first letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""

#: The characters `re`'s IGNORECASE matches with an ASCII letter besides its two cases
#: (tests/test_patterns.py checks this against every code point).
_EXTRA_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


#: What IGNORECASE matches with an ASCII letter and `str.lower` leaves as it is ("ı", "ſ").
_UNLOWERED_FOLDS = "".join(c for folds in _EXTRA_FOLDS.values() for c in folds if c.lower() == c)


def lowered(text: str) -> str | None:
    """Gives `text.lower()` when a case-sensitive pattern of lower-case ASCII letters finds in
    it what the pattern compiled with IGNORECASE finds in `text`, at the same offsets (white
    space and word characters stay what they were); None when lowering changed the length
    ("İ" -> "i̇") or left a character that IGNORECASE folds to a letter ("ı", "ſ"). A scan of
    a lowered text tests each character once, where IGNORECASE folds it at every test."""
    lower = text.lower()
    if len(lower) != len(text) or any(char in lower for char in _UNLOWERED_FOLDS):
        return None
    return lower


def case_folds(char: str) -> str:
    """Gives the characters IGNORECASE matches with `char`, an ASCII letter."""
    lower = char.lower()
    return f"{lower}{lower.upper()}{_EXTRA_FOLDS.get(lower, '')}"


def fold_class(char: str) -> str:
    """Gives a case-sensitive regex matching what `char` matches under IGNORECASE."""
    if not (char.isascii() and char.isalpha()):
        return re.escape(char)
    return f"(?-i:[{case_folds(char)}])"


def ignorecase_alternation(alternatives: list[str]) -> str:
    """Gives `|`.join(alternatives) grouped by first letter or digit, for a pattern compiled
    with IGNORECASE; the order of the alternatives within a letter is kept, so the first that
    matches is the same. When any alternative does not start with a plain letter or digit,
    it is the plain join."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[:1]
        plain = first.isascii() and first.isalnum() and alternative[1:2] not in ("?", "*", "+", "{")
        if not plain or _has_top_level_bar(alternative):
            return "|".join(alternatives)
        groups.setdefault(first.lower(), []).append(alternative[1:])
    return "|".join(
        fold_class(first) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for first, rests in groups.items()
    )


def _has_top_level_bar(regex: str) -> bool:
    """Tells whether a regex has a `|` outside any group: it is more than one alternative."""
    depth = 0
    in_class = escaped = False
    for char in regex:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def phrase_trie(phrases: Iterable[str], *, fold_case: bool = True) -> str:
    """Gives a regex matching any of the phrases, longest first; spaces match any white space.

    With `fold_case` the phrases are lower-cased first (compile the result with IGNORECASE).
    """
    root: dict[str, dict] = {}
    for phrase in phrases:
        words = phrase.lower().split() if fold_case else phrase.split()
        if not words:
            continue
        node = root
        for char in " ".join(words):
            node = node.setdefault(char, {})
        node[_END] = {}
    return _emit(root, fold_case) if root else "(?!)"


def _emit(node: dict[str, dict], fold_case: bool) -> str:
    ends_here = _END in node
    branches = []
    chars = sorted((c for c in node if c != _END), key=_branch_order)
    for char in chars:
        if char == " ":
            piece = r"\s+"
        elif len(chars) > 1:
            piece = fold_class(char) if fold_case else re.escape(char)
        else:
            piece = re.escape(char)
        branches.append(piece + _emit(node[char], fold_case))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # Greedy optional tail: the longer phrase is tried first, the shorter one remains.
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


def _branch_order(char: str) -> tuple[int, str]:
    return (0 if char.isalnum() else 1, char)
