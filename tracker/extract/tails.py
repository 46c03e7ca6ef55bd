"""End-anchored patterns, searched only when their window's last word can end a match.

`re` has no backward search: a pattern anchored at the end of its window ("grew by $",
"compared to the $", "in the $") is tried at every start position of the window, which with
a vocabulary alternation costs microseconds for each number or period phrase read. A match
of such a pattern ends with one of a few words followed by white space only, so that word is
the window's last one: a short search of the last word alone rules most windows out, and
only the others are searched in full. The result is the full pattern's, unchanged.
"""

from __future__ import annotations

import re
import sys


class TailPattern:
    """A `$`-anchored pattern with the words its matches can end with and span.

    `last_words` is a regex fragment that must match the end of the last word of any match
    (the characters after the match's last white space), with the pattern's flags; None
    searches every window. `max_words` is the most white-space separated words a match can
    span ("went down by some": 4); the search starts at that many words from the end of the
    window instead of at every position before. Both only rule positions out, so a fragment
    that matches too much or a count too high costs time, never a result; too little of
    either would lose matches.
    """

    __slots__ = ("_last", "max_words", "pattern")

    def __init__(
        self, pattern: re.Pattern[str], last_words: str | None, max_words: int | None = None
    ) -> None:
        self.pattern = pattern
        self._last = (
            None if last_words is None else re.compile(rf"(?:{last_words})\Z", pattern.flags)
        )
        if max_words is not None and max_words < 1:
            raise ValueError("a match spans at least one word")
        self.max_words = max_words

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Gives `pattern.search(text, pos, endpos)`, searching only where a match can start."""
        if self._last is None and self.max_words is None:
            return self.pattern.search(text, pos, endpos)
        # "a b  c d".rsplit(None, 2) == ["a b", "c", "d"]: the last word at the end, and first
        # the words before the last two, up to the end of their last one (a match starts after
        # them); one split serves both.
        words = text[pos:endpos].rsplit(None, self.max_words or 1)
        if self._last is not None and (not words or self._last.search(words[-1]) is None):
            return None
        if self.max_words is not None and len(words) > self.max_words:
            pos += len(words[0])
        return self.pattern.search(text, pos, endpos)


#: A word made of letters, letter classes (`shr[iau]nk`) and `\w*` endings, as the change
#: vocabulary writes them.
_SIMPLE_WORD = re.compile(r"(?:[A-Za-z]|\[[A-Za-z]+\]|\\w[*+])+")


def phrase_words(phrases: list[str]) -> tuple[list[str], int] | None:
    """Gives the last words and the most words of an alternation of phrases written as simple
    regex words separated by single spaces ("went up", "increas\\w*"); None (search every
    window) when any phrase is not that simple. Join the last words with
    `ignorecase_alternation` for `last_words`: a plain alternation of many words is tried
    branch by branch at every character of the window's last word."""
    finals = []
    most = 0
    for phrase in phrases:
        words = phrase.split(" ")
        if not all(_SIMPLE_WORD.fullmatch(word) for word in words):
            return None
        finals.append(words[-1])
        most = max(most, len(words))
    return finals, most
