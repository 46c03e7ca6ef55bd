"""Regex building blocks shared by the grammars.

Python's `re` tries the branches of an alternation one after another at every position, so a
vocabulary of a few hundred phrases written as `a|b|c|…` costs hundreds of attempts per
character. `phrase_trie` writes the same alternation as a prefix tree (`trade(?:\\s+turnover
|…)`), which the engine walks in one pass; that is what keeps extraction near a millisecond
per article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


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
    return _emit(root) if root else "(?!)"


def _emit(node: dict[str, dict]) -> str:
    ends_here = _END in node
    branches = []
    for char in sorted((c for c in node if c != _END), key=_branch_order):
        piece = r"\s+" if char == " " else re.escape(char)
        branches.append(piece + _emit(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # Greedy optional tail: the longer phrase is tried first, the shorter one remains.
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


def _branch_order(char: str) -> tuple[int, str]:
    return (0 if char.isalnum() else 1, char)
