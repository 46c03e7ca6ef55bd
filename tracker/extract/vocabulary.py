"""Indicator and entity vocabularies: which economic indicator and which countries a phrase names.

Both vocabularies are data (`indicators.json`, `countries.json`) so that a user can add a
synonym or a country without code. Each is compiled once into one alternation pattern, so a
sentence costs one regex pass per vocabulary.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from tracker.extract.patterns import fold_class, phrase_trie
from tracker.resources import json_data


class Mention(NamedTuple):
    """A vocabulary phrase found in a text, with the name it stands for."""

    start: int
    end: int
    name: str
    #: A generic phrase ("economy", "trade") that yields to a specific one nearby.
    weak: bool = False


@dataclass(frozen=True)
class _Vocabulary:
    pattern: re.Pattern[str]
    names: dict[str, str]
    weak: frozenset[str] = frozenset()
    #: Generic phrases that name their indicator only in a sentence matching a context.
    requires: dict[str, re.Pattern[str]] = field(default_factory=dict)
    #: Generic nouns ("growth") that name nothing when another phrase heads them ("export
    #: growth") or is what they are of ("growth of exports", "growth in the services sector").
    yields: frozenset[str] = frozenset()
    #: The pattern started one character early, at what precedes a phrase, its phrase its group
    #: 1: `re` then skips in C to those characters. None when a phrase ends in a character
    #: that could precede another (then a phrase could start right where one ends).
    separated: re.Pattern[str] | None = None
    #: `pattern` as two: its alternatives that start with a lower-case letter ("euro area",
    #: "global economy") and the others, and what the text of a match of the former starts
    #: with, lower-cased (`_entity_matches`). None when an alternative starts with no literal.
    lower: re.Pattern[str] | None = None
    others: re.Pattern[str] | None = None
    stems: tuple[bytes, ...] = ()


@cache
def _indicators() -> _Vocabulary:
    names: dict[str, str] = {}
    data = json_data("indicators.json")
    for name, phrases in data.items():
        if name.startswith("_"):
            continue
        for phrase in phrases:
            names.setdefault(" ".join(phrase.lower().split()), name)
    pattern = re.compile(rf"(?<![\w-])({phrase_trie(names)})(?![\w])", re.IGNORECASE)
    separated = None
    if all(re.fullmatch(r"\w", phrase[-1]) for phrase in names):
        alternatives = _by_first_character(list(names), None, fold_case=True)
        # The characters that start an alternative, checked in one step before the branch:
        # `re` tries each alternative's first literal in turn, at every character before a word.
        gate = ""
        branches = "|".join(alternatives)
        if not any(a[0] in "(\\" for a in alternatives):
            gate = _starts(alternatives)
            if len({a[0] for a in alternatives}) == len(alternatives):
                # No two alternatives start alike, so their order is free: those of a lower-case
                # initial, then the others, each lot behind its own gate, so a word tries only
                # the alternatives of its initial's case (half the literal tests).
                lower = [a for a in alternatives if a[0].islower()]
                other = [a for a in alternatives if not a[0].islower()]
                if lower and other:
                    branches = "|".join(
                        f"{_starts(lot)}(?:{'|'.join(lot)})" for lot in (lower, other)
                    )
        separated = re.compile(rf"[^\w-]{gate}({branches})(?![\w])")
    weak = frozenset(" ".join(p.lower().split()) for p in data.get("_weak", []))
    requires = {
        " ".join(phrase.lower().split()): re.compile(rf"\b(?:{context})", re.IGNORECASE)
        for phrase, context in data.get("_requires", {}).items()
    }
    yields = frozenset(" ".join(p.lower().split()) for p in data.get("_yields", []))
    return _Vocabulary(pattern, names, weak, requires, yields, separated)


def _starts(alternatives: list[str]) -> str:
    """Gives a lookahead for the first characters of alternatives that each start with one."""
    return f"(?=[{''.join(sorted({re.escape(a[0]) for a in alternatives}))}])"


#: What may stand between a generic noun and the phrase that heads it or that it is of.
_HEAD_GAP = re.compile(r"\s*-?\s*")
_OF_GAP = re.compile(r"\s+(?:of|in|for)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?")


@cache
def _entities() -> _Vocabulary:
    names: dict[str, str] = {}
    for name, aliases in json_data("countries.json").items():
        if name.startswith("_"):
            continue
        for alias in [name, *aliases]:
            names.setdefault(alias.removesuffix("'s"), name)
    # Lower-case aliases ("eurozone") match in any case; capitalised ones only as written,
    # so "turkey" the bird or "us" the pronoun are not countries.
    exact = [a for a in names if not a.islower()]
    folded = [a for a in names if a.islower()]
    alternatives = [
        *_by_first_character(exact, r"[\w.]", fold_case=False),
        *_by_first_character(folded, r"[\w.]", fold_case=True),
    ]
    end = r"(?![\w+]|\.\w)"
    pattern = re.compile(rf"(?:{'|'.join(alternatives)}){end}")
    if any(a[0] in "(\\" for a in alternatives):
        return _Vocabulary(pattern, names)
    # (Each alternative starts with its own literal: at a position one part at most matches.)
    lower = [a for a in alternatives if _lower(a[0])]
    others = [a for a in alternatives if not _lower(a[0])]
    # A lower-case initial: the phrase as written, or any case of a folded phrase's letters
    # but "i", "k" and "s" (which IGNORECASE matches with "ı", "K", "ſ" too).
    stems = {_stem(a, "") for a in exact if _lower(a[0])}
    stems |= {_stem(" ".join(a.split()), "iks") for a in folded if _lower(a[0])}
    return _Vocabulary(
        pattern,
        names,
        lower=re.compile(rf"(?:{'|'.join(lower)}){end}"),
        others=re.compile(rf"(?:{'|'.join(others)}){end}"),
        stems=tuple(
            sorted(s.encode() for s in stems if not any(s.startswith(t) for t in stems - {s}))
        ),
    )


def _lower(char: str) -> bool:
    return char.isascii() and char.islower()


def _stem(phrase: str, unsure: str) -> str:
    """Gives the start of a phrase that `text.lower()` holds wherever the phrase matches: its
    ASCII letters up to the first other character or one of the `unsure` letters (a phrase
    with a lower-case initial has one at least)."""
    length = 1
    while length < len(phrase) and phrase[length].isascii() and phrase[length].isalpha():
        if phrase[length].lower() in unsure:
            break
        length += 1
    return phrase[:length].lower()


def _by_first_character(phrases: list[str], not_after: str | None, *, fold_case: bool) -> list[str]:
    """Gives the alternatives of `phrase_trie(phrases)` one per first character, that character
    as a case-sensitive literal, then the lookbehind `(?<!{not_after}.)` and the trie's rest.

    It is `(?<!{not_after})(?:{trie})`, but `re` then tries the pattern at every position of a
    text; when every alternative of a pattern starts with a literal, it skips in C to the
    characters that can start one (a phrase initial: a capital, mostly)."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        normal = " ".join(phrase.lower().split() if fold_case else phrase.split())
        if normal:
            groups.setdefault(normal[0], []).append(phrase)
    before = "" if not_after is None else f"(?<!{not_after})"
    after_first = "" if not_after is None else f"(?<!{not_after}.)"
    alternatives = []
    for first, group in sorted(groups.items()):
        trie = phrase_trie(group, fold_case=fold_case)
        literal = re.escape(first)
        rest = trie[len(literal) :]
        if not trie.startswith(literal):
            alternatives.append(f"{before}(?{'i' if fold_case else '-i'}:{trie})")
        elif not fold_case:
            alternatives.append(f"{literal}{after_first}{rest}")
        elif first.isascii() and first.isalpha():
            for variant in _case_variants(first):
                alternatives.append(f"{variant}{after_first}(?i:{rest})")
        else:  # a digit or a non-ASCII letter: tried at every position, as the trie says
            alternatives.append(f"{before}(?i:{trie})")
    return alternatives


def _case_variants(letter: str) -> str:
    """Gives the characters IGNORECASE matches an ASCII letter with ("sS\u017f" for "s")."""
    folded = fold_class(letter)  # "(?-i:[sS\u017f])"
    return folded.removeprefix("(?-i:[").removesuffix("])")


def find_indicators(
    text: str, start: int = 0, end: int | None = None, topic: str = ""
) -> list[Mention]:
    """Gives the indicator phrases of `text[start:end]` with their indicator names; a generic
    phrase with a required context ("revenue": a budget) needs it in the span or the `topic`
    (an article's headline and lead), else it names "other"."""
    vocabulary = _indicators()
    names = vocabulary.names
    stop = len(text) if end is None else end
    found: list[Mention] = []
    generic = []  # the indexes of the nouns that may yield
    for match in _phrases(vocabulary, text, start, stop):
        phrase = match.group(1).lower()
        name = names.get(phrase)
        if name is None:  # white space other than one space
            phrase = " ".join(phrase.split())
            name = names[phrase]
        context = vocabulary.requires.get(phrase)
        if context is not None and not (context.search(text, start, stop) or context.search(topic)):
            name = "other"  # "the company's revenue": not a budget's
        if phrase in vocabulary.yields:
            generic.append(len(found))
        found.append(Mention(match.start(1), match.end(1), name, phrase in vocabulary.weak))
    if generic:
        yielding = [i for i in generic if _yields(text, found, i)]
        found = [m for i, m in enumerate(found) if i not in yielding]
    return found


def _phrases(vocabulary: _Vocabulary, text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """Gives `vocabulary.pattern.finditer(text, start, stop)`, from its separated pattern but at
    the start of the text (where nothing precedes a phrase)."""
    separated = vocabulary.separated
    if separated is None:
        yield from vocabulary.pattern.finditer(text, start, stop)
        return
    if start == 0:
        first = vocabulary.pattern.match(text, 0, stop)
        if first is not None:
            yield first
            start = first.end() + 1  # (a phrase ends in a word character: none starts there)
        else:
            start = 1
    yield from separated.finditer(text, start - 1, stop)


def _yields(text: str, found: list[Mention], i: int) -> bool:
    """Tells whether a generic noun gives way to the phrase next to it: "export growth",
    "growth of industrial output" are no GDP growth."""
    mention = found[i]
    before = found[i - 1] if i > 0 else None
    if before is not None and _HEAD_GAP.fullmatch(text, before.end, mention.start):
        return True
    after = found[i + 1] if i + 1 < len(found) else None
    return after is not None and _OF_GAP.fullmatch(text, mention.end, after.start) is not None


def find_entities(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Gives the country, bloc and region mentions of `text[start:end]`, canonically named."""
    vocabulary = _entities()
    stop = len(text) if end is None else end
    found = []
    for match in _entity_matches(vocabulary, text, start, stop):
        name = vocabulary.names.get(match.group())
        if name is None:
            name = vocabulary.names.get(match.group().lower())
        if name is None:
            name = _case_insensitive_lookup(match.group(), vocabulary.names)
        if name is not None:
            found.append(Mention(match.start(), match.end(), name))
    return found


def _entity_matches(
    vocabulary: _Vocabulary, text: str, start: int, stop: int
) -> Iterator[re.Match[str]]:
    """Gives `vocabulary.pattern.finditer(text, start, stop)`: the phrases with a capital, and
    the few with a lower-case initial tried only where the lower-cased text has their stems
    (the whole pattern would stop at every "e", "g" or "w")."""
    lower_pattern, others = vocabulary.lower, vocabulary.others
    if lower_pattern is None or others is None:
        yield from vocabulary.pattern.finditer(text, start, stop)
        return
    # One byte a character (ASCII letters as written, "?" past Latin-1), ASCII lower-cased:
    # faster than `str.lower` and with the same offsets.
    lowered = text[start:stop].encode("latin-1", "replace").lower()
    stems = vocabulary.stems

    def next_lower(pos: int) -> re.Match[str] | None:
        while True:
            found = [at for at in (lowered.find(stem, pos - start) for stem in stems) if at >= 0]
            if not found:
                return None
            at = start + min(found)
            match = lower_pattern.match(text, at, stop)
            if match is not None:
                return match
            pos = at + 1

    lower = next_lower(start)
    if lower is None:
        yield from others.finditer(text, start, stop)
        return
    other = others.search(text, start, stop)
    while other is not None or lower is not None:
        if lower is None or (other is not None and other.start() < lower.start()):
            match = other
        else:
            match = lower
        assert match is not None
        yield match
        pos = match.end()
        if other is not None and other.start() < pos:
            other = others.search(text, pos, stop)
        if lower is not None and lower.start() < pos:
            lower = next_lower(pos)


def _case_insensitive_lookup(alias: str, names: dict[str, str]) -> str | None:
    folded = " ".join(alias.split()).lower()
    for known, name in names.items():
        if known.lower() == folded:
            return name
    return None


def country_pair(text: str) -> tuple[str, ...]:
    """Gives the document's country pair: the two entities it mentions most (fewer if absent)."""
    counts = Counter(mention.name for mention in find_entities(text))
    return tuple(sorted(name for name, _ in counts.most_common(2)))


def indicator_names() -> frozenset[str]:
    """Gives every indicator name the vocabulary knows."""
    return frozenset(_indicators().names.values())


def entity_names() -> frozenset[str]:
    """Gives every canonical entity name the vocabulary knows."""
    return frozenset(_entities().names.values())
