"""Composes the grammars into claims: quantity, indicator, entities, kind, period, speaker.

The quantity grammar finds every number; this module keeps the economic ones and reads their
context in the sentence, then in the neighbouring sentences of the paragraph, the way a reader
fills in what a sentence leaves out (CLAIMS.md lists the conventions).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property

from tracker.documents import Document, Sentence
from tracker.extract.attribution import Speaker, attribute
from tracker.extract.claim import Claim, Kind, Measure
from tracker.extract.patterns import fold_class, ignorecase_alternation, phrase_trie
from tracker.extract.periods import (
    NO_PERIOD,
    FiscalCalendar,
    Period,
    PeriodMention,
    find_periods,
    fiscal_calendar,
    fiscal_year,
    resolve,
    small_numbers,
)
from tracker.extract.quantities import Quantity, find_quantities
from tracker.extract.vocabulary import Mention, find_entities, find_indicators
from tracker.resources import json_data

#: Bumped whenever extraction output can change, so stored documents get re-extracted.
EXTRACTOR_VERSION = "0.7.0"

#: Units that need an indicator in context to be a claim (a tonne of what?).
_PHYSICAL_UNITS = frozenset(
    {"tonnes", "barrels", "cubic_metres", "passengers", "kwh", "mw", "teu", "count"}
)
#: Indicators whose figure is about two countries when the text names one partner.
_BILATERAL = frozenset({"trade_turnover", "trade_share", "trade_balance"})
_DIRECTED = frozenset({"exports", "imports", "investment", "fdi", "remittances", "trade_turnover"})
_DIRECTED_OR_BILATERAL = _DIRECTED | _BILATERAL
#: Indicators that are rates: a percentage of them is their level, not a change.
_RATE_LEVELS = frozenset({"inflation", "policy_rate", "unemployment_rate", "trade_share"})

#: (A pattern that starts with one class of characters makes `re` skip in C to where they
#: are; the first character is then told apart by a lookbehind.)
_BILATERAL_WORDS = re.compile(
    r"[bBmMoOtT](?<!\w.)(?i:(?<=o)ur\s+(?:(?:two\s+)?(?:countries|states|nations)"
    r"|(?:mutual\s+)?trade)|(?<=b)(?:ilateral|oth\s+(?:countries|sides)"
    r"|etween\s+the\s+(?:two\s+)?countries)|(?<=t)he\s+two\s+(?:countries|states|nations|sides)"
    r"|(?<=m)utual)\b"
)
_WORD = re.compile(r"\w")
_CLAUSE_BREAK = re.compile(
    r"[;,\s](?:(?<=;)|(?<=,)\s+(?:(?:while|whereas|but|and|with)\b"
    r"|(?=the\s+share\s+of\b))"  # "…, the share of the CIS countries to 24.9 percent"
    r"|(?<=\s)\s*(?:while|whereas)\s+)"
)
_SHARE_CUE = re.compile(r"\bshares?\b", re.IGNORECASE)
#: What "share of" introduces, up to where the whole it is a share of begins.
_SHARE_OF = re.compile(
    r"[^,;]*?(?=\s+(?:in|of)\s+(?:the\s+)?(?:total|overall|its|their|\w+['’]s)\b|$)"
)
_OF_GDP = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:country|nation|\w+)['’]s\s+)?(?:nominal\s+)?(?:GDP|gross\s+domestic)",
    re.IGNORECASE,
)
_TRADE = frozenset({"trade_turnover", "exports", "imports", "trade_share"})
#: Percentage indicators that are a growth rate, not a share (GDP's is its growth).
_GROWTH_LEVELS = frozenset({"gdp", "gdp_growth"})
#: What a percentage is a share of follows it: "10% of", "a 39.8 percent share of".
_WHOLE_AFTER = re.compile(r"\s+(?:(?:shares?|stake)\s+(?:of|in)|of)\s+", re.IGNORECASE)
#: Where the whole a share is of ends: the next clause or a verb after it.
_WHOLE_END = re.compile(
    r"[,;:()]|\s(?:in|from|for|to|went|came|is|are|was|were|will|and|while|according)\s"
)
#: A bare total: "of the total", "of total", "of the overall".
_TOTAL = re.compile(r"(?:the\s+)?(?:total|overall|whole)\b", re.IGNORECASE)
#: "accounting for 15.7 percent, 11.8 percent and" before a share: a partner's share of trade.
_ACCOUNTING_FOR = re.compile(
    r"\b(?:account\w*\s+for|making\s+up|made\s+up)\s+"
    r"(?:(?:about\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s*,?\s*(?:and\s+)?)*$",
    re.IGNORECASE,
)
_PARTNER_BEFORE = re.compile(
    r"\b(?:with|to|from|into|in|and|between)\s+(?:the\s+)?$", re.IGNORECASE
)
_FOLLOWER_WORDS = [
    "and", "or", "in", "from", "to", "compared", "against", "while", "during", "with", "for", "as",
    "which", "last", "this", "year", "the", "a", "worth", r"of\s+which", "respectively", "whereas",
    "but", "on", "at", "by", "versus", "vs",
]  # fmt: skip
_BARE_FOLLOWER = re.compile(
    rf"\s*(?:[,.;:)\]]|$|(?:{ignorecase_alternation(_FOLLOWER_WORDS)})\b)", re.IGNORECASE
)
#: (`ignorecase_alternation` groups the words by first letter: a word tries only its own.)
_ACTUAL_WORDS = [
    "amounted", "reached", "totall?ed", "stood", "was", "were", "grew", "rose", "increased",
    "decreased", "fell", "declined", "exceeded", "surpassed", r"made\s+up", "equall?ed",
    "comprised", "dropped", "jumped", "hit", "posted", "recorded", "registered", r"has\s+been",
    r"have\s+been", r"had\s+been",
]  # fmt: skip
#: A past verb that makes a figure actual; not a participle after "be" ("it can be increased
#: three times" is still potential).
_ACTUAL_VERBS = re.compile(
    rf"\b(?<!\bbe\s)(?<!\bbeen\s)(?:{ignorecase_alternation(_ACTUAL_WORDS)})\b", re.IGNORECASE
)
#: The words that make a trade balance negative.
_DEFICIT = re.compile(r"\bdeficit|\bnegative\s+balance", re.IGNORECASE)
#: Units that are not an amount of money.
_NOT_MONEY = frozenset({"percent", "pp", "multiple", "tonnes", "barrels", "cubic_metres", "count"})
_NOT_EXCEED = re.compile(
    r"\b(?:not|never|no)\s+(?:to\s+)?(?:exceed|surpass|top|be\s+more\s+than)\w*\s+$", re.IGNORECASE
)
_TARGET_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:targets?|goals?|objectives?)\b", re.IGNORECASE)
#: A verb whose object a noun cue would be ("exceeded the forecast", "met the target").
_OBJECT_WORDS = [
    r"exceed\w*", r"surpass\w*", "beat", "beats", "met", r"meet\w*", r"miss\w*", "above", "below",
    "beyond", "than",
]  # fmt: skip
_OBJECT_VERB = re.compile(rf"\b(?:{ignorecase_alternation(_OBJECT_WORDS)})\b", re.IGNORECASE)
_MULTIPLE_CONTEXT = re.compile(
    r"\b(?:more|less|higher|lower|larger|smaller|bigger|greater|as\s+much|as\s+many|increas\w*"
    r"|grow\w*|grew|decreas\w*|declin\w*|rise|rose|risen|fell|fall\w*|exceed\w*|reduc\w*"
    r"|expand\w*|boost\w*|jump\w*|surg\w*|drop\w*|multipl\w*|up|down)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Cues:
    pattern: re.Pattern[str]
    after: re.Pattern[str]
    after_kinds: dict[str, str]
    nouns: frozenset[str] = frozenset()
    #: `pattern` as one alternative per first letter (as written), each trying the kinds'
    #: phrases of that letter in the kinds' order in groups numbered as in `group_kinds`:
    #: `re` passes the other letters without entering them. `scan` starts at the character
    #: before a cue (`re` skips in C to non-word characters); `first` is for a text's start.
    scan: re.Pattern[str] = re.compile("(?!)")
    first: re.Pattern[str] = re.compile("(?!)")
    group_kinds: tuple[Kind, ...] = ()


_KINDS: tuple[Kind, ...] = ("potential", "target", "forecast")
#: The letters that most often start an English word, most frequent first.
_INITIALS = "tacoisepwbrdmfhnlgu"


@cache
def _cues() -> _Cues:
    data = json_data("kinds.json")
    parts = []
    for kind in _KINDS:
        cues = [c for c in data[kind] if c != "may"]
        body = phrase_trie(cues) + ("|(?-i:may)" if "may" in data[kind] else "")
        # A word tries a kind's phrases only when it starts with one of their initials.
        initials = "".join(sorted({" ".join(c.lower().split())[:1] for c in data[kind]} - {""}))
        parts.append(f"(?=[{re.escape(initials)}])(?P<{kind}>{body})")
    after_kinds = {k: v for k, v in data["after"].items()}
    after_body = _letter_runs([k.replace(" ", r"\s+") for k in after_kinds])
    by_letter, group_kinds = _cue_letters(data)
    return _Cues(
        pattern=re.compile(r"(?<![\w])(?=[a-zA-Z])(?:" + "|".join(parts) + r")\b", re.IGNORECASE),
        after=re.compile(rf"[^.;!?]{{0,25}}?\b(?P<cue>{after_body})\b", re.IGNORECASE),
        after_kinds=after_kinds,
        nouns=frozenset(data.get("nouns", [])),
        scan=re.compile(rf"\W(?:{by_letter})\b"),
        first=re.compile(rf"(?:{by_letter})\b"),
        group_kinds=group_kinds,
    )


def _cue_letters(data: dict[str, list[str]]) -> tuple[str, tuple[Kind, ...]]:
    """Gives `_cues().pattern`'s alternation as one alternative per first letter as written (a
    case-sensitive literal, for each character IGNORECASE matches the letter with), trying the
    kinds' phrases of that letter in the kinds' order, each kind a group; and the groups' kinds.
    """
    letters: dict[str, list[tuple[Kind, list[str], bool]]] = {}
    for kind in _KINDS:
        groups: dict[str, list[str]] = {}
        for cue in data[kind]:
            normal = " ".join(cue.lower().split())
            if normal:
                groups.setdefault(normal[0], []).append(cue)
        for first, cues in groups.items():
            phrases = [c for c in cues if c != "may"]  # ("may" as written: not "May")
            letters.setdefault(first, []).append((kind, phrases, len(phrases) < len(cues)))
    alternatives = []
    group_kinds: list[Kind] = [_KINDS[0]]  # (group 0 is the whole match)
    # (a word start tries the letters one after another: the frequent initials of English first)
    rank = {letter: i for i, letter in enumerate(_INITIALS)}
    for first in sorted(letters, key=lambda letter: (rank.get(letter, len(rank)), letter)):
        assert first.isascii() and first.isalpha(), first  # (the pattern's `(?=[a-zA-Z])`)
        kind_groups = []
        for kind, phrases, may in letters[first]:
            # (a trie of one initial starts with it as a plain literal)
            rests = [f"(?i:{phrase_trie(phrases)[1:]})"] if phrases else []
            if may:
                rests.append("(?<=m)ay")
            group_kinds.append(kind)
            kind_groups.append("(" + "|".join(rests) + ")")
        letter_class = fold_class(first).removeprefix("(?-i:").removesuffix(")")  # "[sSſ]"
        alternatives.append(f"{letter_class}(?:{'|'.join(kind_groups)})")
    return "|".join(alternatives), tuple(group_kinds)


#: A kind cue in a text: its start, its end and its kind.
_Cue = tuple[int, int, Kind]


def _cue_spans(text: str) -> list[_Cue]:
    """Gives the kind cues of a text, as `_cues().pattern.finditer(text)` finds them."""
    cues = _cues()
    kinds = cues.group_kinds
    found: list[_Cue] = []
    start = 0
    first = cues.first.match(text)
    if first is not None:
        found.append((0, first.end(), kinds[first.lastindex or 0]))
        start = first.end()
    found += [
        (match.start() + 1, match.end(), kinds[match.lastindex or 0])
        for match in cues.scan.finditer(text, start)
    ]
    return found


def _letter_runs(alternatives: list[str]) -> str:
    """Gives the alternation of the regexes, each run of them that start with a plain letter
    grouped by that letter (`ignorecase_alternation`: the order within a letter is kept), the
    others left in place, so a word tries only the regexes of its first letter."""
    parts: list[str] = []
    run: list[str] = []
    for alternative in [*alternatives, ""]:
        if alternative and ignorecase_alternation([alternative]) != alternative:
            run.append(alternative)
            continue
        if run:
            parts.append(ignorecase_alternation(run))
            run = []
        if alternative:
            parts.append(f"(?:{alternative})")
    return "|".join(parts)


def extract_claims(document: Document) -> list[Claim]:
    """Gives the claims of a document in document order; never raises on any text."""
    try:
        return _Extraction(document).run()
    except Exception:
        # Unparseable text yields no claim: one malformed article must not stop a batch of
        # thousands. The property tests keep this net unused on any text they can build.
        return []


class _Extraction:
    """One document's extraction: its sentences, speakers and country context."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.text
        self.sentences = document.sentences
        self._entities_all = find_entities(self.text, document.body_start)
        self._entity_starts = [m.start for m in self._entities_all]
        self.publisher_country = _publisher_country(document.publisher)
        #: The article's two countries and its own, from the countries outside its figures
        #: (`_drop_entities_inside`, before the first claim).
        self.pair: tuple[str, ...] = ()
        self.home: str | None = self.publisher_country
        first = _BILATERAL_WORDS.search(self.text)
        #: Where the text's first bilateral words start: a sentence before has none.
        self._bilateral_from = len(self.text) if first is None else first.start()
        #: Whether the article is about two countries' relations ("bilateral", "our countries").
        self.bilateral = first is not None
        if not self.bilateral:
            counts = Counter(m.name for m in self._entities_all)
            self.bilateral = len(counts) == 2 and 2 * min(counts.values()) >= max(counts.values())
        self._speakers: list[Speaker] | None = None
        self.previous_period: Period = NO_PERIOD
        self.previous_indicator: tuple[int, str] | None = None
        self._period_cache: dict[int, list[PeriodMention]] = {}
        self._indicator_cache: dict[int, list[Mention]] = {}
        # Per sentence, for the sentences with several figures.
        self._breaks_cache: dict[int, list[tuple[int, int]]] = {}
        self._bilateral_cache: dict[int, bool] = {}
        self._bilateral_in_text: dict[int, bool] = {}
        self._placed_cache: dict[int, list[tuple[PeriodMention, Quantity | None]]] = {}
        self._pairs_cache: dict[int, dict[int, Mention]] = {}
        self._text_cache: dict[int, str] = {}
        self._base_cache: dict[int, bool] = {}
        self._topic_text: str | None = None
        self._quantities: list[Quantity] = []
        self._quantity_starts: list[int] = []
        #: The period the article is reporting on: the last claim's, unless that was a base.
        self.running_period: Period = NO_PERIOD
        #: Every reported period so far, for "the nine months" after "In H1".
        self.period_history: list[Period] = []

    def run(self) -> list[Claim]:
        if not self.sentences:
            return []
        quantities = find_quantities(self.text)
        quantities = [q for q in quantities if q.start >= self.document.body_start]
        if not quantities:
            return []
        self._drop_entities_inside(quantities)
        self._quantities = quantities
        self._quantity_starts = [q.start for q in quantities]
        claims: list[Claim] = []
        index = 0
        sentences = self.sentences
        count = len(sentences)
        for quantity in quantities:
            if quantity.conversion or (quantity.unit is None and not quantity.scaled):
                continue  # (no claim, as `_claim` would tell: a bare number borrows no unit)
            while index < count and sentences[index].end <= quantity.start:
                index += 1
            if index >= count:
                break
            claim = self._claim(quantity, index, quantities)
            if claim is not None:
                claims.append(claim)
        return claims

    # -- one claim ------------------------------------------------------------------------

    def _claim(self, quantity: Quantity, index: int, quantities: list[Quantity]) -> Claim | None:
        if quantity.conversion:
            return None
        sentence = self.sentences[index]
        unit = quantity.unit
        if unit is None:
            unit = self._implied_currency(quantity, index, quantities)
            if unit is None:
                return None
        indicator, indicator_mention = self._indicator(quantity, index)
        if not self._is_claim(quantity, unit, indicator, sentence):
            return None
        # Percentage points are a difference of two rates: a change (CLAIMS.md, unit "pp").
        measure: Measure = "change" if quantity.change or unit == "pp" else "level"
        if measure == "level" and self._named_change(quantity, index):
            measure = "change"
        bound = quantity.bound
        if bound == "more_than" and _NOT_EXCEED.search(
            self.text, max(0, quantity.start - 30), quantity.start
        ):
            bound = "at_most"  # "the deficit would not exceed 1.7%"
        value_low, value_high = quantity.value_low, quantity.value_high
        indicator = self._price_index(quantity, indicator, indicator_mention, unit, measure)
        if indicator == "gdp" and unit == "multiple":
            indicator = "gdp_growth"  # "double the size of the economy": a change of GDP
        if indicator == "gdp_growth":
            if unit in ("percent", "pp"):
                measure = "change"
            elif unit != "multiple":
                indicator = "gdp"
        if indicator in _RATE_LEVELS and unit == "percent":
            measure = "level"
        if indicator == "jobs_created" and unit == "count":
            measure = "level"  # "payrolls increased by 240,000 jobs": the jobs created
        if (
            unit == "percent"
            and measure == "level"
            and indicator not in _RATE_LEVELS
            and self._base_of_change(quantity, index)
        ):
            measure = "change"  # "expanded 6.6 percent, accelerating from 4.6 percent"
        if unit == "percent" and measure == "level":
            indicator = self._ratio_indicator(quantity, index, indicator)
        if (
            indicator == "trade_balance"
            and measure == "level"
            and unit not in _NOT_MONEY
            and indicator_mention is not None
            and _DEFICIT.search(
                self.text, indicator_mention.start, max(indicator_mention.end, quantity.start)
            )
            and value_low >= 0
        ):
            # "a trade deficit of $27.1 billion", "the trade balance showed a deficit of
            # $1 billion": a balance, so a deficit is negative
            value_low, value_high = -value_high, -value_low
        if indicator == "gdp" and unit in ("percent", "pp"):
            # A percentage of GDP that is no ratio ("growth amounted to 5.5%", "up from 0.6%")
            # is its growth: CLAIMS.md's gdp_growth, "a change of GDP, measure change".
            indicator, measure = "gdp_growth", "change"
        self.previous_indicator = (index, indicator)
        kind = self._kind(quantity, sentence)
        # "the 2% goal": a standing target has no period but one written with it
        own_only = kind == "target" and _TARGET_AFTER.match(self.text, quantity.end) is not None
        period = self._period(
            quantity, index, kind, measure == "change", own_only, indicator == "policy_rate"
        )
        if kind != "actual" and self._past_base(quantity, index, period):
            kind = "actual"  # "expected to decline from 6.7% in 2023 to 5.8%": 6.7% happened
        elif (
            kind == "actual"
            and period.start is not None
            and self.document.published is not None
            and period.start.year > self.document.published.year
            and not _ACTUAL_VERBS.search(self.text, sentence.start, quantity.start)
        ):
            # "growth of 2.5% next year": what has not happened yet is expected (a later year:
            # a month written without its year may be misplaced in it)
            kind = "forecast"
        self.previous_period = period
        if period.start is not None and not self._is_base(quantity):
            self.running_period = period
            self.period_history.append(period)
        speaker = self._speaker(index)
        if speaker.name is not None and _no_person(speaker.name):
            # "Destatis said", "Economists had expected": an institution or a group, no person
            # (CLAIMS.md's speaker is the "full name of the person", null otherwise)
            speaker = Speaker(None, speaker.start, speaker.end, speaker.explicit)
        entities = self._entities(quantity, index, indicator, speaker, indicator_mention)
        return Claim(
            doc=self.document.name,
            surface=quantity.surface,
            start=quantity.start,
            end=quantity.end,
            sentence=self._sentence_text(index),
            indicator=indicator,
            entities=entities,
            value_low=value_low,
            value_high=value_high,
            unit=unit,
            bound=bound,  # type: ignore[arg-type]
            measure=measure,
            kind=kind,
            period_start=period.start,
            period_end=period.end,
            period_text=period.text,
            speaker=speaker.name,
            publisher=self.document.publisher,
            published=self.document.published,
        )

    def _past_base(self, quantity: Quantity, index: int, period: Period) -> bool:
        """Tells whether a figure is the starting point of a forecast change and is reported as
        happened: "from 6.7% in 2023" in a 2024 article, "up from about 20% now"; not the
        earlier forecast a revision starts from ("raised its forecast to 3.2% from 2.8%")."""
        sentence = self.sentences[index]
        if not self._is_base(quantity):
            low = max(sentence.start, quantity.start - 50)
            # (its "after" or "following", in any case, has an "after" or a "follow" lowered)
            window = self.text[low : quantity.start].lower()
            if ("after" not in window and "follow" not in window) or not _AFTER_BASE.search(
                self.text, low, quantity.start
            ):
                return False
        nouns = _cues().nouns
        around = self.text[sentence.start : min(sentence.end, quantity.end + 40)]
        if any(
            " ".join(around[a:b].lower().split()) in nouns and not _PASSIVE.search(around, 0, a)
            for a, b, _ in _cue_spans(around)
        ):
            return False
        if _NOW_AFTER.match(self.text, quantity.end):
            return True
        published = self.document.published
        return published is not None and period.end is not None and period.end < published

    def _named_change(self, quantity: Quantity, index: int) -> bool:
        """Tells whether words around a figure name it a change although no verb does: "5 bcm
        more than in 2023", "12.6 percent, or $70 million, more than", "Lending growth slowed
        to 17.5 percent" (the growth of what its clause names)."""
        text = self.text
        start, end = quantity.start, quantity.end
        if text.find("than", end, end + 50) >= 0 and (
            _MORE_THAN_AFTER.match(text, end)
            or (
                _OR_BEFORE.search(text, max(0, start - 6), start) is not None
                and _THAN_AFTER_COMMA.match(text, end) is not None
            )
        ):
            return True
        sentence = self.sentences[index]
        low = max(sentence.start, start - 120)
        window = text[low:start].lower()
        at = window.rfind("growth")
        if at < 0 or not _GROWTH_TO_FIGURE.fullmatch(window, at):
            return False
        # no other figure between: "GDP growth was 5% and exports reached $5 billion"
        first = bisect_right(self._quantity_starts, low + at)
        return first >= len(self._quantity_starts) or self._quantity_starts[first] >= start

    def _price_index(
        self,
        quantity: Quantity,
        indicator: str,
        mention: Mention | None,
        unit: str,
        measure: Measure,
    ) -> str:
        """Gives "inflation" for the growth rate of a price index ("food prices rose by 1.7%",
        "the producer price index rose by 33.09%": CLAIMS.md's "a price-index growth rate is
        the inflation level"), not for a commodity's price ("oil prices fell 20%"), nor for an
        index written as a level ("the CPI was 100.6% compared with May")."""
        if mention is None or unit != "percent" or indicator not in ("other", "inflation"):
            return indicator
        phrase = " ".join(self.text[mention.start : mention.end].lower().split())
        if not _PRICE_PHRASE.search(phrase):
            return indicator
        if _NOT_INDEX_PRICE.search(self.text, max(0, mention.start - 30), mention.start):
            return "other"
        if "index" in phrase and measure == "level" and quantity.value_low >= 80:
            return "other"
        return (
            "inflation"
            if _PRICE_PHRASE.fullmatch(phrase) or indicator == "inflation"
            else indicator
        )

    def _base_of_change(self, quantity: Quantity, index: int) -> bool:
        """Tells whether a percentage is the base a change in its sentence is compared with
        ("grew 6.6% in November, accelerating from 4.6%", "rose by 12.8% after 4.5%"): then it
        is the same kind of figure, a change."""
        if not self._is_base(quantity):
            return False
        sentence = self.sentences[index]
        low = bisect_left(self._quantity_starts, sentence.start)
        earlier = [
            q
            for q in self._quantities[low:]
            if q.start < quantity.start and not q.conversion and q.unit == "percent"
        ]
        return bool(earlier) and earlier[-1].change

    def _sentence_text(self, index: int) -> str:
        """Gives a sentence's cleaned text, once for all its claims."""
        if index not in self._text_cache:
            self._text_cache[index] = self.document.sentence_text(self.sentences[index])
        return self._text_cache[index]

    def _speaker(self, index: int) -> Speaker:
        """Gives a sentence's speaker; the document is attributed once, at its first claim,
        and only up to the paragraph of its last figure that could be a claim."""
        if self._speakers is None:
            ends = [sentence.end for sentence in self.sentences]
            last = max(
                (q.start for q in self._quantities if not q.conversion and (q.unit or q.scaled)),
                default=self._quantities[-1].start,
            )
            until = min(bisect_right(ends, last), len(self.sentences) - 1)
            self._speakers = attribute(self.document, until)
        return self._speakers[index] if index < len(self._speakers) else Speaker(None)

    def _ratio_indicator(self, quantity: Quantity, index: int, indicator: str) -> str:
        """Gives the indicator of a percentage that may be a ratio: "2.9% of GDP" and "the share
        of non-oil revenues" are "other"; a partner's share of trade is "trade_share"."""
        if _OF_GDP.match(self.text, quantity.end):
            return "other"
        sentence = self.sentences[index]
        clause_start, _clause_end = _clause(
            self._breaks_of(index), sentence.start, sentence.end, quantity
        )
        before = self.text[clause_start : quantity.start]
        cue = _SHARE_CUE.search(before) or _ACCOUNTING_FOR.search(before[-120:])
        if cue is None:
            if indicator in _RATE_LEVELS or indicator in _GROWTH_LEVELS:
                return indicator
            return self._share_indicator(quantity, index, indicator)
        cue_start = clause_start + (len(before) - 120 if cue.re is _ACCOUNTING_FOR else 0)
        cue_start = max(clause_start, cue_start) + cue.start()
        trade = indicator in _TRADE or any(m.name in _TRADE for m in self._indicators_of(index))
        if not trade:
            return indicator if indicator in _RATE_LEVELS else "other"
        # The partner whose share it is: named before the cue ("Iran's share", "Türkiye …,
        # with a share of") or in what "share of" introduces ("the share of the EU countries").
        owner_end = cue_start + len(cue.group())
        tail = _SHARE_OF.match(self.text, owner_end, quantity.start)
        if tail is not None:
            owner_end = tail.end()
        partners = self._countries(sentence.start, owner_end, Speaker(None), quantity)
        return "trade_share" if partners else "other"

    def _share_indicator(self, quantity: Quantity, index: int, indicator: str) -> str:
        """Gives the indicator of a percentage level of a flow or stock ("10.3% of Georgia's
        total external trade", "77% of these transfers"): no flow is a percentage, so it is a
        share, a partner's share of trade ("trade_share") or "other" (CLAIMS.md's gold)."""
        sentence = self.sentences[index]
        whole = _WHOLE_AFTER.match(self.text, quantity.end, sentence.end)
        if whole is None:
            trade = indicator in _TRADE  # "Russia (10.1%) and China (9.2%) followed"
        else:
            # What it is a share of: "of total turnover", "of its oil needs", "of the total"
            stop = _WHOLE_END.search(self.text, whole.end(), sentence.end)
            end = stop.start() if stop is not None else sentence.end
            named = [m.name for m in self._indicators_of(index) if whole.end() <= m.start < end]
            if named:
                trade = named[0] in _TRADE
            else:
                total = _TOTAL.match(self.text, whole.end(), end) is not None
                trade = total and indicator in _TRADE
        if not trade:
            return "other"
        partners = self._countries(sentence.start, quantity.start, Speaker(None), quantity)
        return "trade_share" if partners else "other"

    def _is_claim(self, quantity: Quantity, unit: str, indicator: str, sentence: Sentence) -> bool:
        if unit == "multiple":
            if quantity.direction is not None or quantity.bound != "exact":
                return True
            around = self.text[max(sentence.start, quantity.start - 60) : quantity.end + 30]
            return _MULTIPLE_CONTEXT.search(around) is not None
        if unit in _PHYSICAL_UNITS:
            if self.text.endswith("per ", max(0, quantity.start - 6), quantity.start):
                return False  # "$128.5 per 1,000 cubic metres": what a price is per
            if unit == "count":
                return self._is_count_claim(quantity, indicator, sentence)
            return (
                indicator != "other"
                or self._named_indicator(quantity, sentence)
                or self._continues_unit(quantity)
            )
        return bool(unit in ("percent", "pp") or (len(unit) == 3 and unit.isupper()))

    def _is_count_claim(self, quantity: Quantity, indicator: str, sentence: Sentence) -> bool:
        """Tells whether a count is an indicator's ("imported 6,120 cars", "688 tankers
        loaded", "6.7 million visitors") and not a headcount: CLAIMS.md's participants at an
        event, an association's member companies, people with no indicator named."""
        if indicator in ("jobs_created", "passenger_transport"):
            return True
        if indicator in _NO_COUNT:
            return False  # "the growth: 3,450 cars": a rate is never a count
        counts = _count_nouns()
        noun = quantity.surface[quantity.surface.rfind(" ") + 1 :].lower()
        if noun in counts.organisations or noun in counts.frequencies:
            return False  # "unites 25 companies", "meets twice a year"
        if counts.events.search(self.text, sentence.start, sentence.end):
            return False
        if noun in counts.visitors or noun not in counts.nouns:
            # (no noun: the quantity layer read the sentence's subject, "the number of
            # visitors reached 62.3 million", or the count before, "Germany with 6.6 million")
            return True
        if noun in counts.people:
            return indicator != "other"
        return indicator != "other" or self._named_indicator(quantity, sentence)

    def _continues_unit(self, quantity: Quantity) -> bool:
        """Tells whether a figure goes on from one in its unit before it ("Gas exports reached
        25.2 bcm. … About 10 bcm reached Italy", "Of this, 13.6 bcm came from Shah Deniz"): the
        same indicator's story, though its sentence names none."""
        high = bisect_left(self._quantity_starts, quantity.start)
        return any(q.unit == quantity.unit for q in self._quantities[:high])

    def _named_indicator(self, quantity: Quantity, sentence: Sentence) -> bool:
        return bool(find_indicators(self.text, sentence.start, sentence.end))

    # -- context readers --------------------------------------------------------------------

    def _implied_currency(
        self, quantity: Quantity, index: int, quantities: list[Quantity]
    ) -> str | None:
        """Gives the currency a bare scaled figure borrows from the figures around it."""
        if not quantity.scaled:
            return None
        if not _BARE_FOLLOWER.match(self.text, quantity.end):
            return None
        sentence = self.sentences[index]
        paragraph = sentence.paragraph
        best: tuple[int, str] | None = None
        for other in quantities:
            if other is quantity or not other.is_money or other.unit is None:
                continue
            other_index = self._sentence_of(other.start)
            if other_index is None:
                continue
            if other_index == index:
                distance = abs(other.start - quantity.start)
            elif (
                self.sentences[other_index].paragraph == paragraph and abs(other_index - index) <= 1
            ):
                distance = 1000 + abs(other.start - quantity.start)
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, other.unit)
        return best[1] if best else None

    def _sentence_of(self, offset: int) -> int | None:
        low, high = 0, len(self.sentences) - 1
        while low <= high:
            middle = (low + high) // 2
            sentence = self.sentences[middle]
            if offset < sentence.start:
                high = middle - 1
            elif offset >= sentence.end:
                low = middle + 1
            else:
                return middle
        return None

    def _indicators_of(self, index: int) -> list[Mention]:
        if index not in self._indicator_cache:
            sentence = self.sentences[index]
            self._indicator_cache[index] = find_indicators(
                self.text, sentence.start, sentence.end, self._topic()
            )
        return self._indicator_cache[index]

    def _topic(self) -> str:
        """Gives the article's headline and lead: what a generic word is about."""
        if self._topic_text is None:
            body = [p for p in self.document.paragraphs if p[1] > self.document.body_start]
            self._topic_text = " ".join(self.text[a:b] for a, b in body[:2])
        return self._topic_text

    def _indicator(self, quantity: Quantity, index: int) -> tuple[str, Mention | None]:
        """Gives the indicator named nearest the figure, in its sentence or the ones before."""
        mentions = self._indicators_of(index)
        best = _nearest_indicator(mentions, quantity, self.text)
        if (best is None or (best.weak and best.name == "other")) and not (
            quantity.unit in _NOT_MONEY or quantity.unit in _PHYSICAL_UNITS
        ):
            best = self._project_indicator(quantity, best)
        if (
            best is not None
            and best.weak
            and best.name == "passenger_transport"
            and _FREIGHT_AFTER.match(self.text, best.end)
        ):
            # "the pipeline carried 3.9 million tonnes of oil, down 7.1 percent": freight
            best = Mention(best.start, best.end, "cargo_transport", True)
        if best is not None:
            return best.name, best
        sentence = self.sentences[index]
        for back in (index - 1, index - 2):
            if back < 0 or self.sentences[back].paragraph != sentence.paragraph:
                break
            earlier = [m for m in self._indicators_of(back) if m.name != "other"]
            if earlier:
                return earlier[-1].name, earlier[-1]
        # "the figure will exceed $3 billion": the indicator of the claim just before.
        if self.previous_indicator is not None and index - self.previous_indicator[0] <= 2:
            return self.previous_indicator[1], None
        # "It grew by 20%": what the sentence before, even in the paragraph before, was about.
        for back in (index - 1, index - 2):
            if back < 0:
                break
            earlier = [m for m in self._indicators_of(back) if m.name != "other"]
            if earlier:
                return earlier[-1].name, earlier[-1]
        return "other", None

    def _project_indicator(self, quantity: Quantity, best: Mention | None) -> Mention | None:
        """Gives investment for the money of a project ("a $320 million tire plant", "a plant
        worth $25 million", "projects in Karabakh worth"; the held-out READMEs' "projects
        worth" and project costs), else the generic or missing mention found."""
        text = self.text
        after = _PROJECT_AFTER.match(text, quantity.end)
        if after is not None:
            return Mention(quantity.end, after.end(), "investment", True)
        if (
            best is not None
            and best.end <= quantity.start
            and text[best.start : best.end].lower() in _MONEY_NOUNS
            and _PROJECT_BEFORE.search(text, max(0, best.start - 60), best.start)
        ):
            return Mention(best.start, best.end, "investment", True)
        return best

    def _kind(self, quantity: Quantity, sentence: Sentence) -> Kind:
        if _TARGET_AFTER.match(self.text, quantity.end):
            return "target"  # "toward its 2% target", "just below the 2% goal"
        cues = _cues()
        clause_start = sentence.start
        before = self.text[clause_start : quantity.start]
        cut = before.rfind(";")
        if cut >= 0:
            before = before[cut + 1 :]
        if "," in before and ("while" in before or "but" in before or "whereas" in before):
            # "GDP is expected to grow 2.4%, while inflation has come down to 20.7%": the cues
            # of the clause before "while" are not this figure's (the last such clause starts
            # where the last match ends: each match holds one comma, its first character, and
            # its word as written)
            contrast = _LAST_CONTRAST.match(before)
            if contrast is not None:
                before = before[contrast.end() :]
        kind: Kind = "actual"
        found = _cue_spans(before)
        if found and (
            self._misses_by(found[-1], before, quantity)
            or (quantity.unit != "multiple" and _preposition_to(found[-1], before))
        ):
            found.pop()
        if len(found) > 1 and _after_modal(found, before):
            found.pop()  # "we will bring the deficit down to 2.9%": "will" says the kind
        last = found[-1] if found else None
        if last is not None and not _ACTUAL_VERBS.search(before, last[1]):
            kind = last[2]
        elif last is not None:
            heads = [cue for cue in found if self._heads_subject(cue, before)]
            if heads:
                kind = heads[-1][2]
        if kind == "actual":
            after = cues.after.match(self.text, quantity.end, sentence.end)
            if after is not None and not _AND_BEFORE.search(
                self.text, after.start(), after.start("cue")
            ):
                # ("reached 11.8 bcm in 2023 and are expected to total 13 bcm": a new predicate)
                later = cues.after_kinds.get(_after_key(after.group("cue"), cues.after_kinds))
                if later in ("forecast", "target", "potential"):
                    kind = later  # type: ignore[assignment]
        return kind

    @staticmethod
    def _misses_by(cue: _Cue, before: str, quantity: Quantity) -> bool:
        """Tells whether a figure is how far an actual result missed a forecast or a target:
        "revenues exceeded the forecast by 6.8%" is an actual, not a forecast."""
        start, end, _kind = cue
        if " ".join(before[start:end].lower().split()) not in _cues().nouns:
            return False
        if before[end:].strip() or not quantity.surface.lower().startswith("by"):
            return False
        return _OBJECT_VERB.search(before[max(0, start - 40) : start]) is not None

    @staticmethod
    def _heads_subject(cue: _Cue, before: str) -> bool:
        """Tells whether a noun cue heads the figure's subject ("the regulator's forecast for
        growth was 1%"), not an object of an earlier verb ("exceeded the forecast and …")."""
        start, end, _kind = cue
        if " ".join(before[start:end].lower().split()) not in _cues().nouns:
            return False
        if _CLAUSE_BREAK.search(before, end):
            return False  # the figure is in a later clause
        clause = before[:start]
        breaks = list(_CLAUSE_BREAK.finditer(clause))
        if breaks:
            clause = clause[breaks[-1].end() :]
        return not _ACTUAL_VERBS.search(clause) and not _OBJECT_VERB.search(clause)

    @cached_property
    def _fiscal_end(self) -> FiscalCalendar | None:
        """Gives when the article's fiscal years start (read once, when first needed)."""
        return fiscal_calendar(self.text, self.home)

    def _periods_of(self, index: int) -> list[PeriodMention]:
        if index not in self._period_cache:
            sentence = self.sentences[index]
            self._period_cache[index] = find_periods(self.text, sentence.start, sentence.end)
        return self._period_cache[index]

    def _period(
        self,
        quantity: Quantity,
        index: int,
        kind: Kind,
        change: bool,
        own_only: bool = False,
        decision: bool = False,
    ) -> Period:
        forward = kind in ("forecast", "target", "potential")
        published = self.document.published
        sentence = self.sentences[index]
        placed: list[tuple[PeriodMention, Quantity | None]] = []  # the days apart
        days: list[PeriodMention] = []
        for m, owner in self._placed_periods(index):
            if (m.start < quantity.end and m.end > quantity.start) or (
                m.start >= quantity.end and _QUOTE.search(self.text, quantity.end, m.start)
            ):
                continue
            if m.kind == "day":
                days.append(m)
            else:
                placed.append((m, owner))
        if days and decision:
            # A policy-rate decision's day: "raised its key rate to 15% on October 27"
            clause_start, clause_end = _clause(
                self._breaks_of(index), sentence.start, sentence.end, quantity
            )
            days = [m for m in days if clause_start <= m.start < clause_end] or days
            return resolve(_nearest_period(days, quantity) or days[0], published, forward)
        mention: PeriodMention | None = None
        mine = [m for m, owner in placed if owner is quantity]
        mine_main = [m for m in mine if m.kind != "comparison"]
        if mine_main:
            # The period written right after the figure ("$470 million in 2023") is its own.
            mention = self._pick(mine_main, quantity, change, forward)
        elif own_only:
            return NO_PERIOD
        elif (
            mine and not change and not _COMPARED_GAP.search(self.text, quantity.end, mine[0].start)
        ):
            # A base figure's own comparison period: "… than the 13.15 million tonnes carried
            # in the same period last year", "… up from $98.5 billion a year earlier".
            return self._base_period(mine[0], placed, forward)
        if mention is None:
            free = [m for m, owner in placed if owner is None and m.kind != "comparison"]
            if free and self._revised_from(quantity):
                # "now expects 9% in 2024, up from the 5.2% it projected": "now" is the new
                # figure's; the old one is a forecast of the same year
                free = [m for m in free if m.kind != "null"]
            if free:
                clause_start, clause_end = _clause(
                    self._breaks_of(index), sentence.start, sentence.end, quantity
                )
                in_clause = [m for m in free if clause_start <= m.start < clause_end]
                mention = self._pick(in_clause or free, quantity, change, forward)
        if mention is None:
            # "Exports were $5bn and imports $4bn in 2023": another figure's period, shared.
            taken = [
                m
                for m, owner in placed
                if owner is not None and m.kind != "comparison" and not self._is_base(owner)
            ]
            mention = _nearest_period(taken, quantity)
        if mention is None and kind in ("actual", "forecast"):
            # (a target or a potential with no year of its own has none: CLAIMS.md)
            for other in (index - 1, index - 2, index - 3):
                if 0 <= other < len(self.sentences) and (
                    self.sentences[other].paragraph == sentence.paragraph
                ):
                    neighbours = self._placed_periods(other)
                    candidates = [
                        m
                        for m, owner in neighbours
                        if m.kind not in ("comparison", "day")
                        and not (owner is not None and self._is_base(owner))
                    ]
                    if candidates:
                        mention = candidates[-1] if other < index else candidates[0]
                        break
        if mention is None:
            if any(_SAME_PERIOD.search(m.text) for m, _owner in placed if m.kind == "comparison"):
                # "This is 18.5% more than in the same period last year": the period the
                # article is reporting on, even from the paragraph before.
                return self.running_period
            return NO_PERIOD
        if mention.kind == "inherit":
            running = self._counted_running(mention.text)
            return Period(running.start, running.end, mention.text)
        if _SINCE_ANCHOR.match(mention.text):
            return self._since_anchor(mention, index)
        period = fiscal_year(mention, published, forward, self._fiscal_end) or resolve(
            mention, published, forward
        )
        if change and period.start and period.end and _BETWEEN.match(mention.text):
            # "raised it by 41.5 points between June 2023 and March 2024": CLAIMS.md's "a
            # change claim carries the period of its later value"
            whole_years = (period.start.month, period.end.month, period.end.day) == (1, 12, 31)
            later = date(period.end.year, 1 if whole_years else period.end.month, 1)
            return Period(later, period.end, period.text)
        if _YEAR_EARLIER.search(mention.text):
            # "$94.7 billion a year earlier" after "in January-September": the same months.
            return self._base_period(mention, placed, forward)
        return period

    def _vintage(self, mention: PeriodMention) -> bool:
        """Tells whether a month dates a forecast, not its figure: "the 5.2% it projected in
        June", "2% forecast in March", "from 2.8% in its April outlook"."""
        text = self.text
        if _VINTAGE_AFTER.match(text, mention.end):
            return True
        low = max(0, mention.start - 20)
        # (the verb's "ed " is looked for in place: most mentions follow none)
        return (
            text.find("ed ", low, mention.start) >= 0
            and _VINTAGE_BEFORE.search(text[low : mention.start]) is not None
            and _MONTH_ONLY.search(mention.text) is not None
        )

    def _revised_from(self, quantity: Quantity) -> bool:
        """Tells whether a figure is the old value of a revision: "up from the 5.2%", "from a
        previous forecast of 4%"."""
        if self._is_base(quantity):
            return True
        start = quantity.start
        return _PREVIOUS_FORECAST.search(self.text, max(0, start - 45), start) is not None

    def _since_anchor(self, mention: PeriodMention, index: int) -> Period:
        """Gives "since then", "since its commissioning": from the start of the latest period
        written before it, in its sentence or the one before ("signed on September 20, 1994.
        Since then, ..."), to publication."""
        published = self.document.published
        for other in (index, index - 1):
            if other < 0:
                continue
            for earlier in reversed(self._periods_of(other)):
                if earlier.end > mention.start:
                    continue
                start = resolve(earlier, published, False).start
                if start is not None and published is not None and start <= published:
                    return Period(start, published, mention.text)
        return Period(None, None, mention.text)

    def _counted_running(self, text: str) -> Period:
        """Gives the reported period "the nine months" refers to: the latest one the article
        gave that is nine months long ("in January-September ... In H1 ... in the nine
        months"), or the running period."""
        running = self.running_period
        found = _MONTH_COUNT.search(text)
        if found is None:
            return running
        word = found.group(1).lower()
        count = small_numbers().get(word, 0)
        for period in reversed(self.period_history):
            if period.start and period.end and _span_months(period) == count:
                return period
        return running

    def _pick(
        self, mentions: list[PeriodMention], quantity: Quantity, change: bool, forward: bool
    ) -> PeriodMention | None:
        """Gives the nearest mention, or for a change the latest ("14.4 percent more in 2023
        than the budget for 2022")."""
        mention = _nearest_period(mentions, quantity)
        if change and len(mentions) > 1:
            dated = [(resolve(m, self.document.published, forward), m) for m in mentions]
            dated = [(p, m) for p, m in dated if p.end is not None]
            if dated:
                mention = max(dated, key=lambda pair: pair[0].end or date.min)[1]
        return mention

    def _base_period(
        self,
        mention: PeriodMention,
        placed: list[tuple[PeriodMention, Quantity | None]],
        forward: bool,
    ) -> Period:
        """Gives the period of a comparison base: "the same period last year" or "a year
        earlier" is the reported period a year back; any other phrase resolves as written."""
        published = self.document.published
        if not (_SAME_PERIOD.search(mention.text) or _YEAR_EARLIER.search(mention.text)):
            return resolve(mention, published, forward)
        reported = [m for m, _owner in placed if m is not mention and m.kind == "fixed"]
        base = resolve(reported[0], published, forward) if reported else self.running_period
        if base.start and base.end:
            return Period(_year_before(base.start), _year_before(base.end), mention.text)
        return resolve(mention, published, forward)

    def _placed_periods(self, index: int) -> list[tuple[PeriodMention, Quantity | None]]:
        """Gives a sentence's period mentions, each with the figure it is written right after
        ("12.1% in September 2023") or None when it stands on its own."""
        if index in self._placed_cache:
            return self._placed_cache[index]
        mentions = self._periods_of(index)
        placed: list[tuple[PeriodMention, Quantity | None]] = []
        if not mentions:
            self._placed_cache[index] = placed
            return placed
        sentence = self.sentences[index]
        low = bisect_left(self._quantity_starts, sentence.start)
        high = bisect_left(self._quantity_starts, sentence.end)
        figures = [q for q in self._quantities[low:high] if not q.conversion]
        for mention in mentions:
            window = (max(0, mention.start - 50), mention.start + 6)
            if _SINCE_LAST.search(self.text, *window) and _SUPERLATIVE_SINCE.search(
                self.text, *window
            ):
                continue  # "the smallest gain since June 2021": a record, not a period
            if self._vintage(mention):
                continue  # "the 5.2% it projected in June": when a forecast was made
            owner = None
            for figure in figures:
                if figure.end > mention.start:
                    break
                owner = figure
            if owner is not None:
                gap = self.text[owner.end : mention.start]
                if "(" in gap:
                    gap = _PARENTHESES.sub("", gap)
                if len(gap) > 30 or _GAP_BREAK.search(gap):
                    owner = None
            placed.append((mention, owner))
        self._placed_cache[index] = placed
        return placed

    def _is_base(self, figure: Quantity) -> bool:
        """Tells whether a figure is a comparison base ("from 12.1% in September"), whose
        period is no other figure's. (Read once a figure: its claim and its neighbours ask.)"""
        base = self._base_cache.get(figure.start)
        if base is None:
            start = figure.start
            base = _BASE_BEFORE.search(self.text, max(0, start - 40), start) is not None
            self._base_cache[start] = base
        return base

    def _entities(
        self,
        quantity: Quantity,
        index: int,
        indicator: str,
        speaker: Speaker,
        indicator_mention: Mention | None = None,
    ) -> tuple[str, ...]:
        sentence = self.sentences[index]
        if indicator in _ROUTE_INDICATORS:
            route = self._route_subject(sentence, quantity)
            if route:
                return route
        # (a sentence that names no country has none in a clause, nor a list of partners)
        starts = self._entity_starts
        first = bisect_left(starts, sentence.start)
        found: list[Mention] = []
        if first < len(starts) and starts[first] < sentence.end:
            # "…, supported by the recovery in the EU": a cause or a source after the figure; it
            # only hides countries, so it is looked for only when one is named after the figure
            end = sentence.end
            if self._named_after(quantity.end, sentence.end):
                aside = _ASIDE_AFTER.search(self.text, quantity.end, sentence.end)
                if aside is not None:
                    end = aside.start()
            pairs = self._list_pairs(index, speaker)
            listed_names = {m.name for m in pairs.values()}
            partner = pairs.get(quantity.start)
            if partner is not None:
                # "Russia with 2.1 billion and Türkiye with 1.2 billion": each figure its partner,
                # with the country they are partners of
                names = {partner.name}
                if indicator in _DIRECTED_OR_BILATERAL or (
                    indicator in _RANKED_FLOWS and self._ranking(index)
                ):
                    # ("Russia led with 1.21 million visits, followed by Türkiye with 860,000":
                    # a ranking of partners, whatever the indicator, is the host's too)
                    hosts = [
                        m.name
                        for m in self._countries(sentence.start, end, speaker, None)
                        if m.name not in listed_names and not _holds(m.name, partner.name)
                    ]
                    other = self._host(hosts) if hosts else self._other_party(partner.name)
                    if other in _regions() and not hosts:
                        # "Kazakhstan received €1.2 billion, Uzbekistan €1.1 billion" in an
                        # article on Central Asia: each country's own, the region is no party
                        other = None
                    if other:
                        names.add(other)
                return tuple(sorted(names))
            clause_start, clause_end = _clause(
                self._breaks_of(index), sentence.start, end, quantity
            )
            found = self._countries(clause_start, clause_end, speaker, quantity)
            if not found:
                found = self._countries(sentence.start, end, speaker, quantity)
            if listed_names:
                found = [m for m in found if m.name not in listed_names]
            if len(found) > 1:
                found = self._without_scenes(self._without_asides(found, quantity))
        bloc = self._intra_bloc(found, index)
        if bloc:
            return (bloc,)
        if (
            len(self.pair) == 2
            and all(m.name in self.pair for m in found)
            and (
                self._is_bilateral(index)
                or (self.bilateral and self._joint_words and self._joint(index))
            )
        ):
            return self.pair
        if not found:
            for back in (index - 1, index - 2):
                if back < 0:
                    break
                previous = self.sentences[back]
                if (
                    indicator in _DIRECTED_OR_BILATERAL
                    and len(self.pair) == 2
                    and self._has_bilateral_words(back)
                ):
                    return self.pair
                if previous.paragraph == sentence.paragraph:
                    earlier = self._countries(previous.start, previous.end, Speaker(None), None)
                    if len(self._list_pairs(back, Speaker(None))) >= 2:
                        break  # its partners are each their own figure's, not this one's
                    if earlier:
                        found = self._without_asides(earlier, None)
                        if self._pair_trade(indicator, indicator_mention, found):
                            return self.pair  # "Kazakh exports … rose. Trade grew by 11%"
                        break
                    bloc = self._intra_bloc([], back)
                    if bloc:
                        return (bloc,)  # "… among our member states. Our goal is to double it"
        listed = _listed_country(self.text, found, quantity)
        if listed is not None:
            # "partners were Italy ($7.2 billion), Russia ($2.9 billion)": each its own figure
            found = [listed]
        names = {m.name for m in found}
        if not names:
            if (
                indicator in _BILATERAL
                and len(self.pair) == 2
                and not (
                    indicator_mention is not None
                    and _OVERALL_TRADE.search(
                        self.text, max(0, indicator_mention.start - 12), indicator_mention.end
                    )
                )
                and self.bilateral
            ):
                # a bare "trade turnover" is the pair's only in an article about the pair's
                # trade ("bilateral", "our countries"); else the article's country's own
                return self.pair
            return (self.home,) if self.home else ()
        # "Iraq remained the second-largest supplier at 907,000 bpd": a partner, whatever
        # the indicator
        role = (
            len(names) == 1
            and found[0].start >= sentence.start
            and _ROLE_AFTER.match(self.text, found[0].end) is not None
        )
        if len(names) == 1 and (
            indicator in _DIRECTED_OR_BILATERAL
            or role
            or (
                # "container traffic with China", "a border crossing with China": both sides'
                indicator == "cargo_transport"
                and _WITH_BEFORE.search(self.text, max(0, found[0].start - 8), found[0].start)
                is not None
            )
            or (
                # "revenue from Russian visitors", "visits from the EU": a flow from abroad
                # into the article's country
                found[0].name != self.home
                and _FROM_BEFORE.search(self.text, max(0, found[0].start - 12), found[0].start)
            )
        ):
            mention = found[0]
            if (
                listed is not None
                or indicator == "trade_share"
                or role
                or _PARTNER_BEFORE.search(self.text[max(0, mention.start - 12) : mention.start])
            ):
                other = self._other_party(mention.name)
                if other and not (
                    mention.name == self.home
                    and not _WITH_BEFORE.search(self.text, max(0, mention.start - 8), mention.start)
                    and any(m.name == other for m in self._entities_all)
                    and (
                        not self._in_paragraph(other, index)
                        or (
                            not self.bilateral
                            and _INTO_BEFORE.search(
                                self.text, max(0, mention.start - 12), mention.start
                            )
                        )
                    )
                ):
                    # "money transfers to Georgia" in an article on Georgia: all of them
                    names.add(other)
        if len(names) == 1 and _VISITOR_AFTER.match(self.text, found[0].end):
            # "the average Russian tourist spent 1,680 manat", "Chinese companies have invested
            # $15 billion": visitors and investors from abroad, in the article's country (or,
            # when they are the article's own, in its partner's)
            name = found[0].name
            host = self.home if name != self.home else None
            if host is None and self.bilateral:
                host = self._other_party(name)
            if host:
                names.add(host)
        if names == {self.home}:
            # "Türkiye remained Georgia's largest partner, with trade of $2.21 billion"
            subject = self._role_subject(index, quantity)
            if subject is not None:
                names.add(subject)
        return tuple(sorted(names))

    def _role_subject(self, index: int, quantity: Quantity) -> str | None:
        """Gives the country that opens a sentence named by its role before the figure
        ("Türkiye remained Georgia's largest trading partner, with ..."): the partner of the
        home country's figure in a later clause."""
        sentence = self.sentences[index]
        first = bisect_left(self._entity_starts, sentence.start)
        if first >= len(self._entities_all):
            return None
        mention = self._entities_all[first]
        if (
            mention.end > quantity.start
            or mention.name == self.home
            or _ROLE_AFTER.match(self.text, mention.end) is None
            or _LOWER_WORD.search(self.text, sentence.start, mention.start)
        ):
            return None
        return mention.name

    @cached_property
    def _joint_words(self) -> bool:
        """Tells whether the text has a word of `_JOINT` (read once a document)."""
        text = self.text
        return "joint" in text or "Joint" in text or "sides" in text

    @cached_property
    def _route_nouns(self) -> bool:
        """Tells whether the text has a noun of `_ROUTE_ANAPHOR` (read once a document)."""
        text = self.text
        return "pipeline" in text or "onsortium" in text or "erminal" in text

    @cached_property
    def _joint_cache(self) -> dict[int, bool]:
        return {}

    @cached_property
    def _member_word(self) -> bool:
        """Tells whether the text has the "member" of `_AMONG_MEMBERS` (read once a document)."""
        return "member" in self.text

    @cached_property
    def _source_words(self) -> bool:
        """Tells whether the text has a word of `_SOURCE_BEFORE` (read once a document)."""
        return "citing" in self.text or "ccording" in self.text

    def _joint(self, index: int) -> bool:
        """Tells whether a sentence of an article on two countries' relations is about what
        they do together ("joint investment projects", "will be built jointly", "the sides
        signed agreements worth $1.6 billion")."""
        joint = self._joint_cache.get(index)
        if joint is None:
            start, end = self.sentences[index].start, self.sentences[index].end
            text = self.text
            # (every match has an "oint" or a "sides": `str.find` rules most sentences out)
            joint = (
                text.find("oint", start, end) >= 0 or text.find("sides", start, end) >= 0
            ) and _JOINT.search(text, start, end) is not None
            self._joint_cache[index] = joint
        return joint

    def _pair_trade(self, indicator: str, mention: Mention | None, borrowed: list[Mention]) -> bool:
        """Tells whether a bare "trade" in an article on two countries' relations is the
        pair's, though the sentence before names only one of them (not "foreign trade")."""
        return (
            indicator == "trade_turnover"
            and self.bilateral
            and len(self.pair) == 2
            and mention is not None
            and all(m.name in self.pair for m in borrowed)
            and not _OVERALL_TRADE.search(self.text, max(0, mention.start - 12), mention.end)
        )

    def _route_subject(self, sentence: Sentence, quantity: Quantity) -> tuple[str, ...]:
        """Gives the countries of a pipeline that is the subject of its figure ("Since 2006,
        the BTC has transported 640 million tonnes", "The Caspian Pipeline Consortium shipped
        63 million tonnes"): its throughput is every country it runs through; a country's own
        shipments via it ("Kazakhstan shipped 1.4 million tonnes via the BTC") are that
        country's (the country is named before the pipeline)."""
        routes = _routes()
        found = routes.pattern.search(self.text, sentence.start, quantity.start)
        if found is not None:
            countries = routes.countries[found.group()]
        else:
            # "the pipeline", "the consortium" after the article has named one
            found = None
            if self._route_nouns:
                found = _ROUTE_ANAPHOR.search(self.text, sentence.start, quantity.start)
            named = None
            if found is not None:
                text, start = self.text, self.document.body_start
                named = max(
                    routes.pattern.finditer(text, start, sentence.start),
                    key=lambda match: match.start(),
                    default=None,
                )
            if found is None or named is None:
                return ()
            countries = routes.countries[named.group()]
        low = bisect_left(self._entity_starts, sentence.start)
        for mention in self._entities_all[low:]:
            if mention.start >= sentence.end:
                break
            if mention.start < found.start() and mention.name not in countries:
                return ()
            if mention.start > quantity.end and self.text.endswith("of ", 0, mention.start):
                return ()  # "4 billion barrels of Azerbaijani oil have been exported through it"
        return countries

    def _ranking(self, index: int) -> bool:
        """Tells whether a sentence ranks partners ("followed by Germany with 6.6 million",
        "Russia (10.1%) and China (9.2%) followed Türkiye")."""
        sentence = self.sentences[index]
        at = self.text.find("ollow", sentence.start, sentence.end)
        return at > 0 and self.text[at - 1] in "fF"

    def _host(self, hosts: list[str]) -> str:
        """Gives the country a sentence's listed partners are partners of: the article's own
        when named ("Russia and China followed Türkiye among Georgia's partners"), else the
        first named."""
        return self.home if self.home in hosts else hosts[0]

    def _breaks_of(self, index: int) -> list[tuple[int, int]]:
        if index not in self._breaks_cache:
            start, end = self.sentences[index].start, self.sentences[index].end
            text = self.text
            # (every break has a ";", a "," or a "wh" of "while" or "whereas")
            if (
                text.find(",", start, end) < 0
                and text.find(";", start, end) < 0
                and text.find("wh", start, end) < 0
            ):
                self._breaks_cache[index] = []
            else:
                self._breaks_cache[index] = [
                    match.span() for match in _CLAUSE_BREAK.finditer(text, start, end)
                ]
        return self._breaks_cache[index]

    def _is_bilateral(self, index: int) -> bool:
        """Tells whether a sentence has bilateral words, as cut from the text (once a
        sentence)."""
        if index not in self._bilateral_cache:
            sentence = self.sentences[index]
            if self._before_bilateral(sentence.start, sentence.end, sliced=True):
                self._bilateral_cache[index] = False
            else:
                whole = self.text[sentence.start : sentence.end]
                self._bilateral_cache[index] = _BILATERAL_WORDS.search(whole) is not None
        return self._bilateral_cache[index]

    def _has_bilateral_words(self, index: int) -> bool:
        """Tells whether a sentence has bilateral words, searched in the text (as `re` sees a
        word before it: not `_is_bilateral`); once a sentence."""
        if index not in self._bilateral_in_text:
            sentence = self.sentences[index]
            self._bilateral_in_text[index] = not self._before_bilateral(
                sentence.start, sentence.end, sliced=False
            ) and bool(_BILATERAL_WORDS.search(self.text, sentence.start, sentence.end))
        return self._bilateral_in_text[index]

    def _before_bilateral(self, start: int, end: int, sliced: bool) -> bool:
        """Tells whether a span ends before the text's first bilateral words and is cut at no
        word (so a match in it would be the text's, before its first): it has none."""
        text = self.text
        return end <= self._bilateral_from and not (
            (sliced and start > 0 and _WORD.match(text, start - 1)) or _WORD.match(text, end)
        )

    def _list_pairs(self, index: int, speaker: Speaker) -> dict[int, Mention]:
        """Gives {figure start: its partner} for a sentence that lists figures country by
        country ("Russia with 2.1 billion and Türkiye with 1.2 billion", "6.4 bcm to Europe and
        5 bcm to Türkiye", "Italy (USD 1.6 billion), …, accounting for 15.7 and 11.8 percent
        respectively"), or {} when it lists fewer than two partners."""
        if index in self._pairs_cache:
            return self._pairs_cache[index]
        sentence = self.sentences[index]
        low = bisect_left(self._quantity_starts, sentence.start)
        high = bisect_left(self._quantity_starts, sentence.end)
        pairs: dict[int, Mention] = {}
        if high - low > 1:  # (one figure pairs with one partner at most: no list)
            figures = [
                q for q in self._quantities[low:high] if not q.conversion and (q.unit or q.scaled)
            ]
            if len(figures) > 1:
                mentions = self._countries(sentence.start, sentence.end, speaker, None)
                if len(mentions) > 1:
                    mentions = self._without_scenes(mentions)
                if mentions:
                    pairs = _pair_figures(self.text, mentions, figures, self.home)
        self._pairs_cache[index] = pairs
        return pairs

    def _in_paragraph(self, name: str, index: int) -> bool:
        """Tells whether the paragraph of a sentence names a country."""
        paragraph = self.sentences[index].paragraph
        spans = [s for s in self.sentences if s.paragraph == paragraph]
        return any(
            m.name == name
            for m in self._countries(spans[0].start, spans[-1].end, Speaker(None), None)
        )

    def _drop_entities_inside(self, quantities: list[Quantity]) -> None:
        """Forgets country names that are part of a figure ("6.05 trillion U.S. dollars")."""
        spans = [(q.start, q.end) for q in quantities if q.unit and len(q.unit) == 3]
        starts = [start for start, _ in spans]
        kept = []
        for mention in self._entities_all:
            index = bisect_left(starts, mention.start + 1) - 1
            if index >= 0 and spans[index][0] <= mention.start < spans[index][1]:
                continue
            if not _refers(self.text, mention):
                continue
            kept.append(mention)
        self._entities_all = kept
        self._entity_starts = [m.start for m in kept]
        counts = Counter(m.name for m in kept)
        ranked = [name for name, _ in counts.most_common()]
        pair = ranked[:2]
        if len(pair) == 1 and self.publisher_country and self.publisher_country != pair[0]:
            pair.append(self.publisher_country)
        self.pair = tuple(sorted(pair))
        self.home = ranked[0] if ranked else self.publisher_country
        if len(ranked) > 1:
            lead = self._lead_country()
            if lead in ranked[:2]:
                self.home = lead
        self._add_the_region(counts)

    def _lead_country(self) -> str | None:
        """Gives the country whose possessive opens the headline or lead ("Azerbaijan's car
        imports from China", "NEW DELHI (Reuters) - India's imports of Russian crude"): the
        most-named country can be the partner the story is about, not the one it reports."""
        text = self.text
        opening = self.sentences[:3]
        end = opening[-1].end
        at = 0
        for mention in self._entities_all:
            if mention.start >= end:
                break
            while opening[at].end <= mention.start:
                at += 1
            if (
                text.startswith(("'s", "’s"), mention.end)
                or text.endswith(("'s", "’s"), mention.start, mention.end)
            ) and not _LOWER_WORD.search(text, opening[at].start, mention.start):
                return mention.name
        return None

    def _add_the_region(self, counts: Counter[str]) -> None:
        """Reads "exports to the region" as the region the article names most ("Central
        Asia"), a mention of it that counts for nothing else (not for `home` or `pair`)."""
        regions = [(count, name) for name, count in counts.items() if name in _regions()]
        if not regions or "region" not in self.text:
            return
        region = max(regions)[1]
        found = [
            Mention(match.start("region"), match.end(), region)
            for match in _THE_REGION.finditer(self.text, self.document.body_start)
            if not (match.group(1).lower() == "in" and self._named_before(region, match.start()))
        ]
        if found:
            self._entities_all = sorted([*self._entities_all, *found])
            self._entity_starts = [m.start for m in self._entities_all]

    def _named_before(self, name: str, offset: int) -> bool:
        """Tells whether the sentence up to `offset` names `name`: "investors in Central Asia,
        with their commitments in the region" is a flow into the region, not a figure in it."""
        index = self._sentence_of(offset)
        if index is None:
            return False
        start = self.sentences[index].start
        low = bisect_left(self._entity_starts, start)
        high = bisect_left(self._entity_starts, offset, low)
        return any(m.name == name for m in self._entities_all[low:high])

    def _other_party(self, partner: str) -> str | None:
        """Gives the country on the other side of "trade with <partner>" (never a region that
        holds the partner: Kazakhstan's €1.2 billion in an article on Central Asia)."""
        if partner in self.pair and len(self.pair) == 2:
            other = next(name for name in self.pair if name != partner)
            if _holds(other, partner) or (partner == self.home and _holds(partner, other)):
                return None  # (nor, in an article on Central Asia, a country of it)
            return other
        if self.home and self.home != partner:
            # a Baku wire on Georgia's remittances from Russia: Georgia's
            return None if _holds(self.home, partner) else self.home
        if self.publisher_country and self.publisher_country != partner:
            return self.publisher_country
        return None

    def _without_scenes(self, found: list[Mention]) -> list[Mention]:
        """Drops a region written as the place of a country it holds ("In Central Asia,
        Kazakhstan's growth", "Germany, China's largest partner in Europe"): the figure is
        the country's; "Kazakhstan's exports to Central Asia" keep both."""
        members = _members()
        if not any(m.name in members for m in found):
            return found
        names = {m.name for m in found}
        return [
            m
            for m in found
            if not (
                m.name in members
                and members[m.name] & names
                and _IN_BEFORE.search(self.text, max(0, m.start - 8), m.start)
            )
        ]

    def _without_asides(self, found: list[Mention], quantity: Quantity | None) -> list[Mention]:
        """Drops the countries named only as an aside of the figure's subject (`_ASIDE_BEFORE`,
        a forecaster, a relative clause closed before the figure), unless nothing is left."""
        text = self.text
        kept = [
            m
            for m in found
            if not (
                _aside_before(text, max(0, m.start - 50), m.start)
                or (self._source_words and _source_before(text, max(0, m.start - 30), m.start))
                or _FORECASTER_AFTER.match(text, m.end)
                or (
                    quantity is not None
                    and m.end < quantity.start
                    and text.find(",", m.end, quantity.start) >= 0
                    # (its "which" or "who" has a "wh")
                    and text.find("wh", max(0, m.start - 80), m.start) >= 0
                    and _RELATIVE_BEFORE.search(text, max(0, m.start - 80), m.start)
                )
            )
        ]
        return kept or found

    def _intra_bloc(self, found: list[Mention], index: int) -> str | None:
        """Gives the bloc whose members' own trade a sentence is about ("Mutual trade of the
        EAEU member states grew by 8.7%", "intra-EU trade"), named there or the article's:
        trade among a bloc's members is the bloc's alone, not with the article's partner."""
        if found:
            name: str | None = found[0].name
            if any(m.name != name for m in found):
                return None  # (more than one country)
        else:
            name = self.home
        members = _members()
        sentence = self.sentences[index]
        if name in members:
            return name if _INTRA.search(self.text, sentence.start, sentence.end) else None
        if found or not self._member_word:
            return None
        if self.text.find("member", sentence.start, sentence.end) < 0:
            return None
        if not _AMONG_MEMBERS.search(self.text, sentence.start, sentence.end):
            return None  # (nor is "our mutual trade" of two countries a bloc's)
        # "Trade among our member states reached $48 billion" in a story on a bloc summit
        blocs = Counter(m.name for m in self._entities_all if m.name in members)
        return blocs.most_common(1)[0][0] if blocs else None

    def _named_after(self, offset: int, end: int) -> bool:
        """Tells whether a country mention that starts before `end` ends after `offset` (the
        mentions do not overlap: their ends are in order too)."""
        last = bisect_left(self._entity_starts, end) - 1
        return last >= 0 and self._entities_all[last].end > offset

    def _countries(
        self, start: int, end: int, speaker: Speaker, quantity: Quantity | None
    ) -> list[Mention]:
        low = bisect_left(self._entity_starts, start)
        high = bisect_left(self._entity_starts, end, low)
        if low == high:
            return []
        return [
            m
            for m in self._entities_all[low:high]
            if m.end <= end
            and not (speaker.name and speaker.start <= m.start < speaker.end)
            and not (quantity is not None and quantity.start <= m.start < quantity.end)
        ]


#: A price phrase: of a price index, unless a commodity's or an asset's.
_PRICE_PHRASE = re.compile(
    r"(?:\w+\s+)*(?:prices?|price\s+index|price\s+increases?|price\s+growth)"
    r"(?:\s+(?:rose|fell|increased|decreased|declined|grew|jumped|climbed|went\s+up))?"
)
_NOT_INDEX_PRICE = re.compile(
    r"\b(?:oil|crude|brent|urals|gas|gold|silver|metals?|copper|alumini?um|steel|wheat|grain"
    r"|cotton|commodity|commodities|export|import|share|stock|asset|ticket|electricity|fuel"
    r"|petrol|gasoline|diesel|coal|lng|urea|fertili[sz]er)s?(?:\s+and\s+\w+)?\s+$",
    re.IGNORECASE,
)
_NOW_AFTER = re.compile(r"\s+(?:now|currently|today|at\s+present|presently)\b", re.IGNORECASE)
_BETWEEN = re.compile(r"between\b", re.IGNORECASE)
#: "100.6% compared with May": the period after the figure is what it is compared with.
_COMPARED_GAP = re.compile(r"\b(?:compared|against|versus|relative)\b", re.IGNORECASE)
_YEAR_EARLIER = re.compile(r"\byear\s+(?:earlier|ago|before)\b", re.IGNORECASE)
_SAME_PERIOD = re.compile(
    r"\b(?:same|corresponding)\s+(?:period|month|quarter|months|time)\b", re.IGNORECASE
)
#: What may stand between a figure and the period it is written with: no clause break.
_GAP_BREAK = re.compile(r"[,;:]|\b(?:and|while|whereas|but|which|after|before)\b", re.IGNORECASE)
_PARENTHESES = re.compile(r"\([^()]*\)")
_QUOTE = re.compile('["“”«»]')
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:\w+est|most|least|first\s+time|first|record)\b(?:\s+[\w-]+){0,3}\s+since\s+\S*$",
    re.IGNORECASE,
)
#: How every match of it ends, found fast: `re` skips to a leading case-sensitive class in C
#: (the class is what IGNORECASE matches "s" with).
_SINCE_LAST = re.compile(r"(?-i:[sS\u017f])ince\s+\S*$", re.IGNORECASE)
#: A figure that is the base of a comparison: "from 12.1%", "than the 13.15 million tonnes".
_BASE_BEFORE = re.compile(
    r"[aAcCfFtTvV](?<!\w.)"  # (its first letters as one class: see _BILATERAL_WORDS)
    r"(?i:(?<=f)rom|(?<=t)han|(?<=c)ompared\s+(?:to|with)|(?<=a)(?:gainst|fter)|(?<=v)(?:ersus|s\.?))"
    r"\s+(?i:(?:(?:a|an|the)\s+)?(?:(?:\w+\s+)?(?:low|high|level|record|peak|figure)\s+(?:of\s+)?)?)$"
)


#: Where a clause of contrast starts: the kind cues before it belong to another figure.
_CONTRAST = r",\s+(?:while|whereas|but)\s"
#: The last clause of contrast in a text (greedy: `re` looks back from the end for its comma).
_LAST_CONTRAST = re.compile(rf"(?s:.*){_CONTRAST}")
#: A flow to or from "the region" an article is about, or a figure in it ("inflation in the
#: region").
_THE_REGION = re.compile(
    r"\b(to|from|with|into|in)\s+(?P<region>the\s+region)\b(?!['’]s)", re.IGNORECASE
)
#: "money transfers to Georgia": a flow into the country the article is about.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_INTO_BEFORE = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$", re.IGNORECASE)
_STATISTICS_OFFICE = re.compile(r"stat$|statis$", re.IGNORECASE)
_LOWER_WORD = re.compile(r"\b[a-z]")


def _no_person(name: str) -> bool:
    """Tells whether a one-word speaker is a group ("Economists", "Analysts") or a statistics
    office ("Destatis", "Istat", "Rosstat", "TurkStat") rather than a person's surname."""
    if " " in name:
        return False
    word = name.lower()
    roles, institutions = _speaker_words()
    return (
        (word.endswith("s") and word[:-1] in roles)
        or word in institutions
        or _STATISTICS_OFFICE.search(word) is not None
    )


@cache
def _speaker_words() -> tuple[frozenset[str], frozenset[str]]:
    """Gives the role and title words, and the institutions, of speech.json."""
    speech = json_data("speech.json")
    roles = frozenset(speech["roles"]) | frozenset(speech["titles"])
    return roles, frozenset(speech["institutions"])


_MONTH_COUNT = re.compile(r"\b(\w+)(?:-|\s+)months?\b", re.IGNORECASE)


def _span_months(period: Period) -> int:
    assert period.start is not None and period.end is not None
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1


def _year_before(day: date) -> date:
    """Gives the same day a year before (28 February for a 29th)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


#: A cause or a source written after a figure: its countries are not the figure's.
_ASIDE_AFTER = re.compile(
    r",?\s+(?:supported|driven|boosted|helped|hit|weighed\s+down|led|fuell?ed|dragged|spurred)"
    r"\s+by\b|\s+(?:due\s+to|thanks\s+to|amid|because\s+of|owing\s+to)\b|,\s+according\s+to\b"
    # '…," IMF Chief Economist Pierre-Olivier Gourinchas said at a press conference in Washington'
    r"|,[\"”]?\s+(?:[\w.'’-]+\s+){1,6}(?:said|told|noted|added|stated|stressed)\b"
    # "grew by 9.8%, one of the fastest rates in Europe": a comparison, not the figure's place
    r"|,\s+(?:one\s+of\s+|among\s+)?the\s+(?:fastest|highest|lowest|largest|biggest|strongest"
    r"|weakest|slowest|best|worst|most|least)\b"
    # "fell by 28%, as supplies to Europe collapsed": a cause
    r"|,\s+as\s+(?!well\b|much\b|many\b|of\b)",
    re.IGNORECASE,
)
_CURRENCY_WORDS = [
    "dollars?", "rubles?", "roubles?", "yuan", "liras?", "tenge", "manats?", "euros?", "currency",
    "currencies", "pounds?", "francs?", "rupees?", "soms?", "sums?", "lari", "drams?",
    "hryvnias?", "yen", "won",
]  # fmt: skip
#: A currency ("US dollar terms", in any case) or an institution ("the World Bank", as written)
#: after a country: the word names no country. (One pattern: either tells the same.)
_NAME_AFTER = re.compile(
    rf"\s+(?:(?i:{ignorecase_alternation(_CURRENCY_WORDS)})\b"
    r"|(?:Bank|Economic\s+(?:Outlook|Forum|Update)|[Uu]pdate|Trade\s+Organi[sz]ation|Health\s+Organi[sz]ation)\b)"
)
_ONE_STATE_AFTER = re.compile(
    r"\s+(?:country|nation|state|republic)\b"  # "the Central Asian country"
    r"|['’]s\s+(?:\w+est|top|leading|main)\b",  # "Europe's largest economy"
    re.IGNORECASE,
)
#: A country's trade with the world, not with a partner: "foreign trade volume".
_OVERALL_TRADE = re.compile(r"\b(?:foreign|external|overall|total|global)\s+trade", re.IGNORECASE)
#: "the Baku-Tbilisi-Ceyhan pipeline": a route named by the places on it.
_ROUTE = re.compile(r"[A-Z][\w’']*(?:-[A-Z][\w’']*){2,}")


@cache
def _regions() -> frozenset[str]:
    return frozenset(json_data("countries.json").get("_regions", []))


@cache
def _members() -> dict[str, frozenset[str]]:
    """Gives the countries of each region and bloc (`_members` of countries.json)."""
    data: dict[str, list[str]] = json_data("countries.json").get("_members", {})
    return {name: frozenset(countries) for name, countries in data.items()}


def _holds(region: str, country: str) -> bool:
    """Tells whether a region or bloc holds a country."""
    members = _members().get(region)
    return members is not None and country in members


#: "In Central Asia, …", "… in the South Caucasus": a region as a place.
_INTRA = re.compile(
    r"\b(?:[mM]utual\s+trade|[iI]ntra-|(?:among|between)\s+(?:our|its|their|the)\s+member\s)"
)
#: "Trade among our member states": a bloc's, even where no bloc is named in the sentence.
_AMONG_MEMBERS = re.compile(r"\b(?:among|between)\s+(?:our|its|their|the)\s+member\s")
_IN_BEFORE = re.compile(r"\b(?:[iI]n|within)\s+(?:the\s+)?$")
#: A country written as an aside of the figure's subject: its leader ("allies led by Russia,
#: known as OPEC+"), the partners it ranks after ("third-largest partner after Italy and
#: Türkiye") or the subject of a relative clause ("The EBRD, which is owned by ... the EU,").
_ASIDE_BEFORE = re.compile(
    r"(?:\bled\s+by|(?:largest|biggest|top|main|leading)\s+(?:[\w-]+\s+){0,3}?after)"
    r"\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:\s+and|,)\s+)?$",
)


def _aside_before(text: str, start: int, end: int) -> bool:
    """Tells whether `_ASIDE_BEFORE` ends at `end`, searched from `start`: only where its
    "led" or its "after" is (its case as written)."""
    if text.find("led", start, end) < 0 and text.find("after", start, end) < 0:
        return False
    return _ASIDE_BEFORE.search(text, start, end) is not None


#: (not a route's: "the Middle Corridor, which runs from China through Kazakhstan, ...")
#: A forecaster ("OPEC last month cut its forecast for global oil demand growth"): no party.
_FORECASTER_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:cut|raised|lowered|revised|trimmed|kept|left)\s+(?:its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:forecasts?|outlook|estimates?|projections?)\b"
)
#: The source of the figure ("…, citing Azerbaijan's Ministry of Energy", "according to the
#: National Statistics Office of Georgia"): its country is no party.
_SOURCE_BEFORE = re.compile(
    r"(?:citing|[aA]ccording\s+to)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,5}?(?:of\s+)?$"
)


def _source_before(text: str, start: int, end: int) -> bool:
    """Tells whether `_SOURCE_BEFORE` ends at `end`: read from the last "citing" or
    "according" before it."""
    at = max(text.rfind("citing", start, end), text.rfind("ccording", start - 1, end) - 1)
    return at >= start and _SOURCE_BEFORE.match(text, at, end) is not None


_RELATIVE_BEFORE = re.compile(
    r",\s+(?:which|who)\s+(?!runs|links|connects|passes|stretches|goes|crosses)[^,;]*$"
)


def _refers(text: str, mention: Mention) -> bool:
    """Tells whether a country mention names what a figure is about: not "US dollar terms",
    not "the Central Asian country" (a region describing a country), not a route's stop."""
    # (the two start with a space, but for "Europe's largest economy")
    spaced = text[mention.end : mention.end + 1].isspace()
    if spaced and _NAME_AFTER.match(text, mention.end):
        return False  # "the World Bank", "the Asian Development Bank": an institution's name
    if mention.name in _regions() and _ONE_STATE_AFTER.match(text, mention.end):
        return False
    line_start = max(0, mention.start - 40)
    if text.count("-", line_start, mention.end + 40) < 2:
        return True  # no two hyphens, no route
    for route in _ROUTE.finditer(text, line_start, mention.end + 40):
        if route.start() <= mention.start and mention.end <= route.end():
            return False
    return True


_PAIR_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:to|in|from|into|for)\s+(?:the\s+)?$")
_PAIR_BEFORE = re.compile(r"\s*(?:\(|:|–|—|-)?\s*$|\s+(?:[a-z]+\s+){0,2}?(?:with|by|at|for)\s+$")
#: "…, of which 13 bcm will go to Europe": a part of the figure before.
#: A country named as a partner ("Iraq remained the second-largest supplier at 907,000 bpd",
#: "Russia was the source of 77% of these transfers"): the figure is also the host's.
_ROLE_AFTER = re.compile(
    r"\s+(?:has\s+)?(?:remained|remains|was|is|became|becomes|become|stayed)\s+(?:the\s+|its\s+"
    r"|their\s+|[A-Z][\w’'-]*['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:suppliers?|sources?|partners?"
    r"|buyers?|markets?|importers?|destinations?|investors?|customers?|purchasers?)\b"
)
#: Visitors or investors a foreign demonym names: "Russian tourists", "Chinese companies".
_VISITOR_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:tourists?|visitors?|travell?ers?|holidaymakers|guests|arrivals"
    r"|compan(?:y|ies)|firms?|investors?|businesses|businessmen)\b"
)
#: What two countries do together: "joint projects", "built jointly", "the sides signed".
_JOINT = re.compile(r"\b(?:[jJ]oint(?:ly)?|(?:[tT]he|[bB]oth|[tT]wo)\s+sides)\b")
#: A pipeline the article has named, as the subject of a later sentence.
_ROUTE_ANAPHOR = re.compile(
    r"\b[tT]he\s+(?:[\w,-]+\s+){0,2}?(?:pipeline|consortium|terminal)\b(?!\s+of\b)"
)
#: What a pipeline's figure can be read as: its throughput, or "exports via" it.
_ROUTE_INDICATORS = frozenset({"cargo_transport", "exports", "other"})


@dataclass(frozen=True)
class _Routes:
    """Pipelines by their names (`_routes` of countries.json) and the countries they cross."""

    pattern: re.Pattern[str]
    countries: dict[str, tuple[str, ...]]


@cache
def _routes() -> _Routes:
    data: dict[str, list[str]] = json_data("countries.json").get("_routes", {})
    countries: dict[str, tuple[str, ...]] = {}
    for name, crossed in data.items():
        for written in name.split("|"):
            countries[written] = tuple(sorted(crossed))
    # (one leading class of first letters, as `_BILATERAL_WORDS`: `re` skips to it in C)
    rests: dict[str, list[str]] = {}
    for written in sorted(countries, key=len, reverse=True):
        rests.setdefault(written[0], []).append(re.escape(written[1:]))
    body = "|".join(f"(?<={re.escape(first)})(?:{'|'.join(r)})" for first, r in rests.items())
    return _Routes(re.compile(rf"[{''.join(rests)}](?<!\w.)(?:{body})\b"), countries)


#: Flows a ranking of countries gives by origin ("source markets", "visits", "cargo"); not a
#: country's own measure ("growth at 7.6%, followed by Armenia (6%)").
_RANKED_FLOWS = frozenset({"other", "passenger_transport", "cargo_transport"})
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\b", re.IGNORECASE)
_SUBPART = re.compile(r"\b(?:of\s+which|including|of\s+them|among\s+them)\b", re.IGNORECASE)


def _pair_figures(
    text: str, mentions: list[Mention], figures: list[Quantity], home: str | None
) -> dict[int, Mention]:
    """Pairs a sentence's figures with the countries written right with them; when two or
    more countries pair so, the sentence is a list and its other figures pair too."""
    pairs: dict[int, Mention] = {}
    for figure in figures:
        after = next((m for m in mentions if m.start >= figure.end), None)
        if after is not None and _PAIR_AFTER.fullmatch(text, figure.end, after.start):
            pairs[figure.start] = after  # "6.4 bcm to Europe", "14.1% in the EU"
            continue
        before = [m for m in mentions if m.end <= figure.start]
        if before and _PAIR_BEFORE.fullmatch(text, before[-1].end, figure.start):
            pairs[figure.start] = before[-1]  # "Russia with 2.1 billion", "Italy (USD 1.6 bn)"
    if len({m.name for m in pairs.values()}) < 2:
        # One partner: a list only when its figure is a part of one before it, or the next
        # in a ranking ("China remained the largest partner with a turnover of $32.3 billion,
        # followed by Russia with $20.1 billion").
        first = figures[0]
        if any(start != first.start and _SUBPART.search(text, first.end, start) for start in pairs):
            return pairs
        if not pairs or not _FOLLOWED_BY.search(text, first.end, max(pairs)):
            return {}
    # "Türkiye (…), Russia (…) and China (…), accounting for 15.7, 11.8 and 10.8 percent"
    partners = sorted({m.start: m for m in pairs.values()}.values(), key=lambda m: m.start)
    last = partners[-1].end
    rest = [f for f in figures if f.start not in pairs and f.start >= last]
    if len(rest) == len(partners):
        for figure, partner in zip(rest, partners, strict=True):
            pairs[figure.start] = partner
    # The other figures follow the country named before them ("China …, at $3.4 billion,
    # followed by Russia with 2.1 billion"; "transfers from the US rose 37 percent to $470
    # million, and from Italy by 11 percent"); the home country is the host, not a partner.
    for figure in figures:
        if figure.start not in pairs:
            before = [m for m in mentions if m.end <= figure.start and m.name != home]
            if before:
                pairs[figure.start] = before[-1]
    return pairs


def _publisher_country(publisher: str | None) -> str | None:
    """Gives the country a publisher reports on, for an article that names none."""
    if not publisher:
        return None
    return _publishers().get(publisher.strip().lower())


@cache
def _publishers() -> dict[str, str]:
    return {k.lower(): v for k, v in json_data("publishers.json").items() if not k.startswith("_")}


_LIST_GAP = re.compile(r"\s*(?:\(|:|–|—|-)\s*")


def _listed_country(text: str, found: list[Mention], quantity: Quantity) -> Mention | None:
    """Gives the country a figure is listed against: "Italy ($7.2 billion)", "Turkey: 12%"."""
    for mention in found:
        if 0 <= quantity.start - mention.end <= 4 and _LIST_GAP.fullmatch(
            text, mention.end, quantity.start
        ):
            return mention
    return None


#: What a figure a forecast comes after opens with: "after a revised decline of 1.6% in May",
#: "after contracting 0.2% a year earlier", "following 87.7 million tonnes last year".
_AFTER_BASE = re.compile(
    r"\b(?:after|following)\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
#: A noun cue used as a verb: "is forecast at 96.2 million tonnes".
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been)\s+$", re.IGNORECASE)
#: What after a figure names it a change: "more than in 2023", ", or $70 million, more than".
_MORE_THAN_AFTER = re.compile(
    r"(?:\s*,\s*or\s+[^,;.]{1,30},)?\s+"
    r"(?:more|less|fewer|higher|lower|greater|larger|bigger|smaller)\s+than\b",
    re.IGNORECASE,
)
_OR_BEFORE = re.compile(r"\bor\s+$", re.IGNORECASE)
_THAN_AFTER_COMMA = re.compile(
    r"\s*,\s*(?:more|less|fewer|higher|lower|greater|larger|bigger|smaller)\s+than\b",
    re.IGNORECASE,
)
#: "growth" heading the figure's clause: "growth in the services sector amounted to", "lending
#: growth slowed to" (no clause break, no colon: "much of the growth: 3,450 cars").
_GROWTH_TO_FIGURE = re.compile(r"(?<!\w)growth\b[^;:,.]*", re.IGNORECASE)
#: "and" right before an after-cue: "… in 2023 and are expected to …".
_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)
_MODALS = frozenset({"will", "would", "can", "could", "may", "might"})


def _preposition_to(cue: _Cue, before: str) -> bool:
    """Tells whether a cue ending in "to" is the preposition before the figure: "raise its
    capacity to 72.5 million tonnes" names no ability (a multiple is a verb: "want to
    double")."""
    _start, end, _kind = cue
    return before[end - 2 : end].lower() == "to" and not before[end:].strip()


def _after_modal(found: list[_Cue], before: str) -> bool:
    """Tells whether the last cue is a bare "bring" governed by an earlier modal of its clause
    ("can increase trade and bring it to $1 billion", "will bring the deficit down to 2.9%")."""
    start, end, _kind = found[-1]
    if before[start:end].lower() != "bring":
        return False
    first, last, _kind = found[-2]
    return before[first:last].lower().split()[0] in _MODALS and not _CLAUSE_BREAK.search(
        before, last, start
    )


def _after_key(cue: str, kinds: dict[str, str]) -> str:
    folded = " ".join(cue.lower().split())
    for key in kinds:
        if re.fullmatch(key, folded):
            return key
    return folded


def _clause(
    breaks: list[tuple[int, int]], start: int, end: int, quantity: Quantity
) -> tuple[int, int]:
    """Gives the bounds of the clause holding the figure ("…, while imports fell …") within
    start..end, from the spans of the sentence's clause breaks."""
    clause_start, clause_end = start, end
    for break_start, break_end in breaks:
        if break_start < start:
            continue
        if break_end > end:
            break
        if break_end <= quantity.start:
            clause_start = break_end
        elif break_start >= quantity.end:
            clause_end = break_start
            break
    return clause_start, clause_end


_PERCENT_OF = re.compile(r"(?:%|percent|per\s+cent)\s+of\s+(?:the\s+)?(?:\w+'s\s+)?$")
_RATIO_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:\w+'s\s+)?$")


def _nearest_indicator(mentions: list[Mention], quantity: Quantity, text: str) -> Mention | None:
    best: tuple[float, Mention] | None = None
    for mention in mentions:
        if mention.start < quantity.end and mention.end > quantity.start:
            if mention.end == quantity.end and mention.start > quantity.number_start:
                # "more than 5,800 new jobs", "3.4 billion passengers": the figure's own noun
                # names it, before any neighbour
                return mention
            continue
        if (
            mention.weak
            and mention.name == "other"
            and quantity.unit in _PHYSICAL_UNITS
            and text[mention.start : mention.end].lower() in _MONEY_NOUNS
        ):
            continue  # "6,120 cars worth $78.3 million": the worth is the money's
        of_after = mention.start >= quantity.end and _RATIO_OF.match(
            text, quantity.end, mention.start
        )
        if of_after and quantity.unit not in ("percent", "pp"):
            # "12.4 billion lira of state support": what the amount is of
            best = best if best is not None and best[0] <= 0 else (0.0, mention)
            continue
        if of_after:
            if mention.name != "trade_turnover" or quantity.unit != "percent":
                continue  # "2% of GDP": GDP is the base of a ratio, not the figure's indicator
            # "21.7 percent of the country's foreign trade turnover": a partner's share
            mention = Mention(mention.start, mention.end, "trade_share", mention.weak)
        elif (
            text.find("of", max(0, mention.start - 30), mention.start) >= 0
            # (its "%", "percent" or "per cent" has a "%" or a "per")
            and (
                text.find("%", max(0, mention.start - 30), mention.start) >= 0
                or text.find("per", max(0, mention.start - 30), mention.start) >= 0
            )
            and _PERCENT_OF.search(text, max(0, mention.start - 30), mention.start)
        ):
            continue  # "…, or 2.8% of GDP": GDP is that ratio's base, not a neighbour's indicator
        if mention.end <= quantity.start:
            distance = float(quantity.start - mention.end)
            between = text[mention.end : quantity.start]
            if ";" in between:
                distance += 200
            elif ("," in between or "wh" in between) and _CLAUSE_BREAK.search(between):
                # (with no ";", a break is a comma's or starts "while" or "whereas")
                distance += 120  # "…, while the poverty rate fell": another clause's subject
        else:
            distance = (mention.start - quantity.end) * 1.5 + 60
        if mention.name == "other":
            distance += 10
        if mention.weak:
            distance += 50
            if _APPOSITIVE_BEFORE.search(text, max(0, mention.start - 40), mention.start) and (
                text.startswith(",", mention.end)
            ):
                # "exports to the United States, India's largest trading partner, grew by 10%":
                # an aside naming the partner's role, not what the figure is
                distance += 100
        if best is None or distance < best[0]:
            best = (distance, mention)
    if best is None:
        return None
    nearest = best[1]
    if nearest.end <= quantity.start:
        # "foreign investments and loans worth $25.6 billion": the first of the pair heads it
        for m in mentions:
            if (
                m.end <= nearest.start
                and m.name != "other"
                and m.name != nearest.name
                and _AND.fullmatch(text, m.end, nearest.start)
            ):
                return m
    return nearest


_AND = re.compile(r"\s+(?:and|&)\s+")
#: The start of an aside that a weak indicator phrase closes: ", India's largest trading partner,"
_APPOSITIVE_BEFORE = re.compile(r",\s+(?:the\s+|its\s+|their\s+|[A-Z][\w.]*['’]s\s+)[^,;\d]*$")
#: What only an amount of money is: a quantity in another unit is not what they name.
_MONEY_NOUNS = frozenset({"worth", "value", "price", "prices", "cost", "costs"})
#: What money is invested in (indicators.json `_projects`): "a plant worth $25 million",
#: "projects in Karabakh worth", "a $320 million tire plant" (a noun or two between).
_PROJECT_NOUNS = "|".join(json_data("indicators.json")["_projects"])
_PROJECT_BEFORE = re.compile(rf"\b(?:{_PROJECT_NOUNS})\b[^,;:.]*$", re.IGNORECASE)
_PROJECT_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}(?:{_PROJECT_NOUNS})\b")
#: A weight or volume after a generic verb ("carried 3.9 million tonnes"): freight.
_FREIGHT_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}[\d.,]+\s*(?:(?:million|billion|thousand|mln|bln)\s+)?"
    r"(?:tonnes|tons|barrels|cubic|bcm|TEU|containers)\b",
    re.IGNORECASE,
)
#: Indicators that are rates or money: a count is none of them ("the growth: 3,450 cars").
_NO_COUNT = _RATE_LEVELS | {"gdp_growth", "gdp", "average_wage", "average_pension"}


@dataclass(frozen=True)
class _CountNouns:
    #: The last words of the count units ("cars", "jobs").
    nouns: frozenset[str]
    organisations: frozenset[str]
    frequencies: frozenset[str]
    people: frozenset[str]
    visitors: frozenset[str]
    #: Any word of a sentence about an event ("the organizers expect 15,000 visitors").
    events: re.Pattern[str]


@cache
def _count_nouns() -> _CountNouns:
    """Gives the count nouns that tell a headcount from a claim (units.json `_counts`)."""
    units = json_data("units.json")
    data = units["_counts"]
    return _CountNouns(
        frozenset(k.split()[-1].lower() for k, v in units["units"].items() if v[0] == "count"),
        frozenset(data["organisations"]),
        frozenset(data["frequencies"]),
        frozenset(data["people"]),
        frozenset(data["visitors"]),
        re.compile(rf"\b(?:{phrase_trie(data['_events'])})\b", re.IGNORECASE),
    )


#: When a forecast was made, written after its month ("in its April outlook") or before it
#: ("it projected in June"; a month, not a year: "3% projected in 2026" is the figure's).
_VINTAGE_AFTER = re.compile(
    r"\s+(?:outlook|forecasts?|projections?|estimates?|report|review|survey)\b", re.IGNORECASE
)
_VINTAGE_BEFORE = re.compile(
    r"\b(?:projected|forecast|forecasted|predicted|estimated|expected)\s+$", re.IGNORECASE
)
_MONTH_ONLY = re.compile(
    r"^(?:in\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$", re.IGNORECASE
)
#: The old figure of a revised forecast: "up from a previous forecast of 4%".
_PREVIOUS_FORECAST = re.compile(
    r"\bfrom\s+(?:a|an|the|its|their)\s+(?:previous|earlier|prior|initial|original)\s+"
    r"(?:forecast|estimate|projection|outlook)\s+of\s+$",
    re.IGNORECASE,
)
#: "since then", "since its commissioning": a period that starts at a day written before.
_SINCE_ANCHOR = re.compile(r"since\s+(?:then|its)\b", re.IGNORECASE)


def _nearest_period(mentions: list[PeriodMention], quantity: Quantity) -> PeriodMention | None:
    best: tuple[float, PeriodMention] | None = None
    for mention in mentions:
        if mention.end <= quantity.start:
            distance = float(quantity.start - mention.end)
        else:
            distance = float(mention.start - quantity.end) * 0.9
        if best is None or distance < best[0]:
            best = (distance, mention)
    return best[1] if best else None
