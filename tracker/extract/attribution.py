"""Attribution: who is speaking in each sentence of a document.

News attributes a figure with a speech verb ("X said", "said X", "according to X", "the expert
stressed"), and a quote may run over several sentences or paragraphs with the attribution in
only one of them. `attribute(document)` walks the sentences in order and keeps what a reader
keeps in mind: the last speaker, the full names and roles of people who have spoken, and
whether the text is inside a quote.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from tracker.documents import Document
from tracker.extract.patterns import phrase_trie
from tracker.resources import json_data

_QUOTES = '"“”«»'
# A literal start lets the engine skip ahead with a fast scan; the "a"/"A" before is not needed.
_ACCORDING = re.compile(r"ccording\s+to\b")
_IN_HIS_WORDS = re.compile(r"h(?:is|er)\s+(?:words|opinion|view)\b")
# Names are read in any Latin-script letters ("Ömer Bolat", "Şimşek"): a letter is [^\W\d_].
_LETTERS = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_PRONOUNS = {"he", "she", "him", "her", "his"}
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")


@dataclass(frozen=True, init=False)
class Speaker:
    """A sentence's speaker (None for an institution or the publisher) and where it is named."""

    name: str | None
    #: Character range of the attribution phrase ("Mammadov said"), to keep its words (a
    #: speaker's nationality, say) out of the claim's entities.
    start: int = 0
    end: int = 0
    explicit: bool = False

    def __init__(
        self, name: str | None, start: int = 0, end: int = 0, explicit: bool = False
    ) -> None:
        # What the generated one does, in half the time: it calls object.__setattr__ per field.
        fields = self.__dict__
        fields["name"] = name
        fields["start"] = start
        fields["end"] = end
        fields["explicit"] = explicit


@dataclass(frozen=True)
class _Words:
    verbs: re.Pattern[str]
    #: The verbs without the `\b` before, to match at a string's start, and led by a space or
    #: by another non-word character (None unless every verb is words of word characters and
    #: none of a verb's later words starts a verb): see `_verb_spans`.
    verb_first: re.Pattern[str]
    verb_after: tuple[re.Pattern[str], re.Pattern[str]] | None
    according: re.Pattern[str]
    titles: frozenset[str]
    roles: frozenset[str]
    institutions: frozenset[str]
    countries: frozenset[str]
    #: One-word names and demonyms of countries, as written, to the country: "Uzbek" is
    #: Uzbekistan (a role's nationality: "the Uzbek president said").
    nations: dict[str, str]
    role_aliases: dict[str, str]
    parentheticals: frozenset[str]


@cache
def _words() -> _Words:
    data = json_data("speech.json")
    alternation = phrase_trie(data["verbs"], fold_case=False)
    countries: set[str] = set()
    nations: dict[str, str] = {}
    for name, aliases in json_data("countries.json").items():
        if not name.startswith("_"):
            countries.update(word.lower() for alias in [name, *aliases] for word in alias.split())
            for alias in (name, *aliases):
                if " " not in alias and alias[:1].isupper():
                    nations.setdefault(alias, name)
    plain = all(re.fullmatch(r"\w+(?:\s+\w+)*", verb) for verb in data["verbs"])
    later = {word for verb in data["verbs"] for word in verb.split()[1:]}
    plain = plain and not later & {verb.split()[0] for verb in data["verbs"]}
    # (a class of the verbs' first letters fails a lead that is no verb's in one test)
    firsts = "".join(sorted({re.escape(verb[0]) for verb in data["verbs"]}))
    return _Words(
        verbs=re.compile(rf"\b(?:{alternation})\b"),
        verb_first=re.compile(rf"(?:{alternation})\b"),
        verb_after=(
            re.compile(rf" (?:{alternation})\b"),
            re.compile(rf"[^0-9A-Za-z_ ](?=[{firsts}])(?<!\w)(?:{alternation})\b"),
        )
        if plain
        else None,
        according=re.compile(
            r"\b(?:[Aa]ccording\s+to|[Ii]n\s+(?=(?:his|her)\s+(?:words|opinion|view)))"
            r"\s*(?P<who>[^,.;:]{1,80})"
        ),
        titles=frozenset(t.lower() for t in data["titles"]),
        roles=frozenset(r.lower() for r in data["roles"]),
        institutions=frozenset(i.lower() for i in data["institutions"]),
        countries=frozenset(countries),
        nations=nations,
        role_aliases=dict(data.get("role_aliases", {})),
        parentheticals=frozenset(data.get("parentheticals", [])),
    )


@dataclass
class _State:
    last: str | None = None
    speakers: list[str] = field(default_factory=list)
    roles: dict[str, set[str]] = field(default_factory=dict)
    #: People introduced with a title without speaking yet ("Minister X met …"), with roles.
    #: Read only when a pronoun or role has no speaker to point at (most articles never do).
    text: str = ""
    words: _Words | None = None
    position: int = 0
    titled: list[tuple[int, str, set[str]]] | None = None
    #: The sentence before the current one, when it is narration that names no speaker.
    prior: tuple[int, int] | None = None
    #: The countries each person was introduced with (`_introduced`), read when asked.
    introduced: dict[str, set[str]] = field(default_factory=dict)

    @property
    def mentioned(self) -> list[tuple[str, set[str]]]:
        """Gives the titled people named before the current sentence's end, in order."""
        if self.titled is None:
            self.titled = _titled_people(self.text, self.words) if self.words else []
        return [(name, roles) for start, name, roles in self.titled if start < self.position]

    def pronoun(self) -> str | None:
        """Gives who "he" is: the person the sentence before opens with as its subject
        ("Minister X presented the figures. GDP grew by 4%, he said."), else `fallback`."""
        if self.prior is not None and self.words is not None:
            subject = _opening_subject(self.text, *self.prior, self, self.words)
            if subject is not None:
                _remember(self, subject, set())
                return subject
        return self.fallback()

    def fallback(self) -> str | None:
        """Gives who "he" or "the minister" is: the last speaker, else the last titled person."""
        if self.last:
            return self.last
        mentioned = self.mentioned
        return mentioned[-1][0] if mentioned else None


def attribute(document: Document, until: int | None = None) -> list[Speaker]:
    """Gives the speaker of each of the document's sentences, in order.

    With `until`, only the sentences of the paragraphs up to the one holding sentence `until`,
    and on to where a quote open at its end is attributed (`_OpenQuote`): a paragraph's
    speakers depend only on the paragraphs before it and those its open quote runs into, so
    the list is a prefix of the full one, and an extractor whose last figure is early in an
    article reads no further."""
    text = document.text
    sentences = document.sentences
    words = _words()
    state = _State()
    result: list[Speaker] = []
    last_paragraph = None if until is None else sentences[until].paragraph
    by_paragraph: dict[int, list[int]] = {}
    for index, sentence in enumerate(sentences):
        by_paragraph.setdefault(sentence.paragraph, []).append(index)
    stop = None  # the end of the sentences read: the text's scans need find nothing after it
    if last_paragraph is not None:
        stop = max(end for _, end, paragraph in sentences if paragraph <= last_paragraph)
    previous: Speaker | None = None  # the last speaker of the paragraph before
    state.text, state.words = text, words
    interviewee = _interviewee(text, words) or _questioned(document, state)
    in_answer = False
    # Sentences without a speech verb need no reading beyond their quote marks.
    cues = _Cues(text, words, stop)
    marks = _quote_marks(text, stop)
    open_quote = _OpenQuote()
    for paragraph in sorted(by_paragraph):
        if last_paragraph is not None and paragraph > last_paragraph:
            if not open_quote.pending:
                break
            if stop is not None:  # read on to where the open quote is attributed
                stop = None
                cues, marks = _Cues(text, words), _quote_marks(text)
        indexes = by_paragraph[paragraph]
        if interviewee:
            # An answer runs on over the paragraphs after it until the next question.
            if _is_answer(text, document.paragraphs[paragraph]):
                in_answer = True
            elif _is_question(text, document.paragraphs[paragraph]):
                in_answer = False
        if len(indexes) > 1:
            speakers = _paragraph(document, indexes, state, cues, marks, words)
            previous = _resolve(speakers, previous, interviewee if in_answer else None, result)
            if open_quote.pending or (speakers[-1][1] and not interviewee):
                open_quote.read(document, indexes, marks, speakers, result)
            continue
        # Most paragraphs are one sentence: `_paragraph` and `_resolve` for that case.
        start, end, _ = sentences[indexes[0]]
        state.position = end
        first = last = 0
        if marks:
            first = bisect_left(marks, start)
            last = bisect_left(marks, end, first)
        quoted = last > first
        speaker = None
        verb_from = cues.within(start, end)
        if verb_from >= 0:
            raw = masked = text[start:end]
            if quoted:
                sentence_marks = [mark - start for mark in marks[first:last]]
                inside = _is_closing(text, marks[first], start)
                masked = _mask_quotes(raw, sentence_marks, inside)[0]
                verb_from = 0
            speaker = _explicit(raw, masked, start, text, state, words, verb_from)
        if (speaker is None or speaker.name is None) and (
            text[end - 1] not in _SENTENCE_END or text.find(":", start, end) >= 0
        ):
            # (a person before a colon or after a headline's dash beats a body that "expected";
            # a sentence with neither a colon nor a headline's end needs no reading for them)
            speaker = _colon_speaker(text, start, end, state, words) or speaker
        state.prior = None if speaker is not None or quoted else (start, end)
        named = speaker
        if speaker is not None:
            previous = speaker
            if speaker.name is None and interviewee and in_answer:
                # "A: … the National Bank expects growth of 5%": still the interviewee's answer
                speaker = Speaker(interviewee)
        elif interviewee and in_answer:
            speaker = Speaker(interviewee)
            if not quoted:
                previous = None
        elif not quoted:
            speaker, previous = _NOBODY, None
        else:
            speaker = _NOBODY if previous is None else Speaker(previous.name)
        result.append(speaker)
        if open_quote.pending or ((last - first) % 2 and not interviewee):
            # (a quote opened and not closed: an odd number of marks, as read here)
            open_quote.read(document, indexes, marks, [(named, quoted)], result)
    return result


#: How many paragraphs without quote marks a quote may run over before it closes.
_UNMARKED = 3


class _OpenQuote:
    """The sentences of a quote left open at a paragraph's end that no sentence of it
    attributes ('"Trade grew by 7%. …' and on, '… by 2030," Tokayev said.' paragraphs later):
    a long quote is attributed where it closes, so they take the speaker named there.

    The paragraphs that continue it open with a quote mark, or by closing one after up to
    `_UNMARKED` paragraphs without marks (a speech quoted whole: its opening paragraph opens
    the quote, its last closes it); with `until`, `attribute` reads on to them, so a
    paragraph's speakers depend on the paragraphs before it and on those its quote runs into."""

    def __init__(self) -> None:
        #: Indexes in the result of the open quote's sentences.
        self.pending: list[int] = []
        #: Those of the paragraphs without marks after it, in the quote if one closes it.
        self.unmarked: list[int] = []
        self.unmarked_paragraphs = 0

    def _clear(self) -> None:
        self.pending, self.unmarked, self.unmarked_paragraphs = [], [], 0

    def read(
        self,
        document: Document,
        indexes: list[int],
        marks: list[int],
        found: list[tuple[Speaker | None, bool]],
        result: list[Speaker],
    ) -> None:
        """Takes in a paragraph once its speakers are in `result`, from the speakers its
        sentences name and whether they are quoted (`found`)."""
        text = document.text
        start = document.sentences[indexes[0]].start
        end = document.sentences[indexes[-1]].end
        first = bisect_left(marks, start)
        last = bisect_left(marks, end, first)
        base = len(result) - len(found)
        if last == first:
            named = any(speaker is not None for speaker, _ in found)
            if self.pending and not named and self.unmarked_paragraphs < _UNMARKED:
                self.unmarked.extend(range(base, len(result)))
                self.unmarked_paragraphs += 1
            else:
                self._clear()
            return
        opens_inside = _closes_first(text, marks, start, end)
        open_at_end = opens_inside ^ ((last - first) % 2 == 1)
        if self.pending and (opens_inside or (marks[first] == start and not self.unmarked)):
            # the quote runs on: the attribution of its closing (or of its leading sentences)
            for speaker, quoted in found:
                if not quoted:
                    break
                if speaker is not None:
                    for index in (*self.pending, *self.unmarked):
                        result[index] = Speaker(speaker.name)
                    self._clear()
                    return
            if open_at_end:
                pending = self.pending + self.unmarked
                pending.extend(base + i for i, (_, quoted) in enumerate(found) if quoted)
                self._clear()
                self.pending = pending
            else:
                self._clear()
            return
        self._clear()
        if open_at_end and all(speaker is None for speaker, _ in found):
            # (the trailing quoted sentences: 'Sales of "green" bonds rose. Prices fell. "We …')
            opened = len(found)
            while opened and found[opened - 1][1]:
                opened -= 1
            self.pending = list(range(base + opened, base + len(found)))


def _paragraph(
    document: Document,
    indexes: list[int],
    state: _State,
    cues: _Cues,
    marks: list[int],
    words: _Words,
) -> list[tuple[Speaker | None, bool]]:
    """Gives the speaker each sentence of a paragraph names (None for none) and whether it is
    quoted (within a quote or holding one)."""
    text = document.text
    paragraph_start = document.sentences[indexes[0]].start
    inside = _closes_first(text, marks, paragraph_start, document.sentences[indexes[-1]].end)
    found: list[tuple[Speaker | None, bool]] = []
    reported: str | None = None  # the person an "According to X, …" sentence before reports
    for index in indexes:
        start, end, _ = document.sentences[index]
        state.position = end
        first = bisect_left(marks, start)
        last = bisect_left(marks, end, first)
        verb_from = cues.within(start, end)
        if verb_from >= 0:
            raw = text[start:end]
            sentence_marks = [mark - start for mark in marks[first:last]]
            masked, inside_after, has_quote = _mask_quotes(raw, sentence_marks, inside)
            if has_quote:  # (a sentence inside a quote holds it)
                verb_from = 0
            speaker = _explicit(raw, masked, start, text, state, words, verb_from)
        else:
            inside_after, has_quote = inside ^ ((last - first) % 2 == 1), last > first
            speaker = None
        if (speaker is None or speaker.name is None) and not inside and index == indexes[0]:
            speaker = _colon_speaker(text, start, end, state, words) or speaker
        if speaker is None and reported and not (inside or has_quote):
            # "According to the minister, industry grew by 6%. Services grew by 3%.": the
            # reported speech runs on to the next sentence of the paragraph (one, no further)
            speaker = Speaker(reported)
        reported = None
        if speaker is not None and speaker.name and not inside and _REPORTED.match(text, start):
            reported = speaker.name
        found.append((speaker, inside or has_quote))
        state.prior = None if speaker is not None or inside or has_quote else (start, end)
        inside = inside_after
    return found


#: A sentence that opens as reported speech: "According to X, …", "In his words, …".
_REPORTED = re.compile(r"\s*(?:According\s+to|In\s+(?:his|her)\s+(?:words|opinion|view))\b")


def _resolve(
    found: list[tuple[Speaker | None, bool]],
    previous: Speaker | None,
    interviewee: str | None,
    result: list[Speaker],
) -> Speaker | None:
    """Adds the speakers of a paragraph's sentences to `result`: the one a sentence names, the
    interviewee in an answer, else for a quoted sentence the nearest named in the paragraph
    (earlier first) or the previous paragraph's when the paragraph opens quoted. Gives the
    speaker to carry to the next paragraph."""
    explicit = [speaker for speaker, _ in found]
    for position, (speaker, quoted) in enumerate(found):
        if speaker is not None and not (speaker.name is None and interviewee):
            result.append(speaker)
            continue
        if interviewee:
            # "A: … the National Bank expects growth of 5%": still the interviewee's answer
            result.append(Speaker(interviewee))
            continue
        if not quoted:
            result.append(_NOBODY)
            continue
        earlier = [s for s in explicit[:position] if s is not None]
        later = [s for s in explicit[position + 1 :] if s is not None]
        if earlier:
            result.append(Speaker(earlier[-1].name))
        elif later:
            result.append(Speaker(later[0].name))
        elif previous is not None and found[0][1]:
            result.append(Speaker(previous.name))
        else:
            result.append(_NOBODY)
    attributed = [s for s in explicit if s is not None]
    if attributed:
        return attributed[-1]
    if not any(quoted for _, quoted in found):
        return None
    return previous


#: The speaker of most sentences: nobody (a Speaker is frozen, so one serves them all).
_NOBODY = Speaker(None)


def _verb_spans(text: str, words: _Words, stop: int | None = None) -> list[tuple[int, int]]:
    """Gives the (start, end) of each match of `words.verbs` in the text, as its finditer does,
    up to the first that starts at or after `stop` at least (each scan ends there, not before).

    `re` tries a pattern that starts with `\\b` at every character; one led by the non-word
    character before the verb is tried only where the C loop finds such a character, and one
    led by a space (most of them) finds it quickest, as a literal: so two scans, sorted
    together. No verb has a non-word character but spaces, and no verb starts within another,
    so only a verb at 0 has no character before it, and the two scans find the matches of one."""
    if words.verb_after is None:
        return [match.span() for match in words.verbs.finditer(text)]
    position = 0
    first = words.verb_first.match(text)
    if first is not None:
        position = first.end()
    end = len(text)
    if stop is not None and stop < end:
        # A match is its lead character, then word characters and white space: one that starts
        # before `stop` ends at the next other character at the latest, which its `\b` reads.
        other = _NOT_WORD_OR_SPACE.search(text, stop)
        if other is not None:
            end = other.end()
    spans = [
        (match.start() + 1, match.end())
        for pattern in words.verb_after
        for match in pattern.finditer(text, position, end)
    ]
    spans.sort()
    if first is not None:
        spans.insert(0, (0, position))
    return spans


_NOT_WORD_OR_SPACE = re.compile(r"[^\w\s]")


class _Cues:
    """Tells which sentences hold a speech cue: a speech verb, "according to" or "in his
    words". The verbs are found at once (two scans in C, then a sort: less than pulling them
    from a generator as sentences ask, even for an extractor reading part of a text)."""

    def __init__(self, text: str, words: _Words, stop: int | None = None) -> None:
        """Reads the cues that start before `stop` (all by default): `within` is asked only of
        sentences that end there at the latest."""
        # "according to" is rare, and the substring test skips its scan in most texts; the
        # scan for "in his words" (led by an "h") costs less than tests for its three nouns.
        phrases = {m.start() for m in _IN_HIS_WORDS.finditer(text)}
        if "ccording" in text:
            phrases.update(m.start() for m in _ACCORDING.finditer(text))
        self.text = text
        self.phrases = sorted(phrases)
        spans = _verb_spans(text, words, stop)
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def within(self, start: int, end: int) -> int:
        """Gives -1 when no cue starts in the sentence's range, else where in the sentence a
        scan of its text (unmasked) for `_Words.verbs` may start and find what one from its
        start finds: the first verb this text scan found in it, when its edges cut no word
        and no verb found before runs into it, else 0."""
        starts = self.starts
        index = bisect_left(starts, start)
        if index < len(starts) and starts[index] < end:
            text = self.text
            if (
                (index == 0 or self.ends[index - 1] <= start)
                and (start == 0 or not _is_word_char(text[start - 1]))
                and (end == len(text) or not _is_word_char(text[end]))
            ):
                return starts[index] - start
            return 0
        if not self.phrases:
            return -1
        index = bisect_left(self.phrases, start)
        return 0 if index < len(self.phrases) and self.phrases[index] < end else -1


def _is_word_char(char: str) -> bool:
    """Tells whether `re` takes a character for a word character (`\\w`)."""
    return char.isalnum() or char == "_"


def _quote_marks(text: str, stop: int | None = None) -> list[int]:
    """Gives the positions of the text's quote marks before `stop` (all by default), in order
    (`str.find` per mark is quicker than a regex scan, and most texts lack most marks)."""
    if stop is None:
        stop = len(text)
    found = []
    for mark in _QUOTES:
        position = text.find(mark, 0, stop)
        while position >= 0:
            found.append(position)
            position = text.find(mark, position + 1, stop)
    found.sort()
    return found


_INTERVIEW = re.compile(r"\b[Ii]nterview\s+with\s+(?P<who>[^.,:;\n]{3,120})")
_ANSWER = re.compile(r"[-–—]\s|A:|Answer\b")
_QUESTION = re.compile(r"Q:|Question\b")
_DASH_LED = re.compile(r"[-–—]\s")
#: Dash-led questions and answers an interview has at least: one of each may be a list.
_DASHED_QUESTIONS = 2
#: "Kazakh ambassador: trade could reach $1 billion": a headline's speaker before a colon.
_COLON_SPEAKER = re.compile(r"\s*(?P<who>[^:.;!?\n\"“”«»,]{2,60}?):\s+\S")
_NOT_SPEAKERS = frozenset({"question", "answer", "q", "a", "note", "source", "photo", "update"})


def _is_question(text: str, paragraph: tuple[int, int]) -> bool:
    """Tells whether an interview paragraph is a question: "Q:" start or a question mark end."""
    start, end = paragraph
    return bool(_QUESTION.match(text, start)) or text[start:end].rstrip().endswith("?")


def _questioned(document: Document, state: _State) -> str | None:
    """Gives the person a question-and-answer article interviews: the first person it
    introduces by title, when its paragraphs alternate "Question:" and "Answer:" ("Q:",
    "A:"), or are led by dashes, the questions ending in a question mark (the agencies'
    "- Mr. Ambassador, how do you assess …?" and "- Our relations are developing …")."""
    text = document.text
    questions = []
    # (One character is found quicker than a string, and a capital Q is rare.)
    if "Q" in text and ("Q:" in text or "Question" in text):
        questions = [p for p in document.paragraphs if _QUESTION.match(text, p[0])]
        if not any(_ANSWER.match(text, p[0]) for p in document.paragraphs):
            questions = []
    if not questions and "?" in text:
        dashed = [p for p in document.paragraphs if _DASH_LED.match(text, p[0])]
        asked = [p for p in dashed if text[p[0] : p[1]].rstrip().endswith("?")]
        if len(asked) >= _DASHED_QUESTIONS and len(dashed) - len(asked) >= _DASHED_QUESTIONS:
            questions = asked
    if not questions:
        return None
    first = questions[0][0]
    words = state.words or _words()
    for start, end, _ in document.sentences:
        if start >= first:
            break
        if _INTERVIEW_CUE.search(text, start, end):
            # "Trend presents an interview with …", "X answered APA's questions"
            name = next(_people(text, start, end, words), None)
            if name:
                return name
    state.position = first
    mentioned = state.mentioned
    if mentioned:
        return mentioned[0][0]
    # "Laziz Kudratov: trade can reach $1 billion": the headline names the interviewee
    start, end, _ = document.sentences[0]
    headline = _colon_speaker(text, start, end, state, words) if start < first else None
    return headline.name if headline else None


#: A lead that introduces an interview: "an interview with X", "X in an interview with Y",
#: "X answered the questions of Y", "X spoke to Y", "X told Y".
_INTERVIEW_CUE = re.compile(
    r"[Ii]nterview|\bquestions\b|\btold\b|\b(?:spoke|talked)\s+(?:to|with)\b"
)
#: Words before a capitalised run that make it no person: "the Middle Corridor", "Interview
#: by Sabina Mammadli" (the journalist).
_NOT_BEFORE_A_PERSON = frozenset({"the", "by"})


def _people(text: str, start: int, end: int, words: _Words) -> Iterator[str]:
    """Gives the full names (two or three name-shaped words) in a stretch of text, in order:
    not a run after "the" or "by", nor one a body's word ends ("Caspian Shipping Company")."""
    run: list[str] = []
    lead = previous = ""  # the word before the run, the word before this one
    last_end = -1
    closed = False  # the run ends with a possessive
    for match in _WORD.finditer(text, start, end):
        token = match.group().rstrip(".’'")
        bare = token.removesuffix("'s").removesuffix("’s")
        named = _is_first_name(bare, words) and bare.lower() not in _CALENDAR_WORDS
        joined = text[last_end : match.start()].isspace()
        if run and (closed or not named or not joined):
            body = joined and not closed and bare.lower() in words.institutions
            name = None if body else _person_run(run, lead)
            if name:
                yield name
            run = []
        if named:
            if not run:
                lead = previous
            run.append(bare)
            closed = bare != token
        previous, last_end = token.lower(), match.end()
    name = _person_run(run, lead)
    if name:
        yield name


def _person_run(run: list[str], lead: str) -> str | None:
    """Gives the person's name a run of name-shaped words ends with, None for no person: a
    run after "of" or "and" ends a body's name first ("Minister of Employment and Poverty
    Reduction Behzod Musayev"), so only its last two words are the name."""
    if len(run) < 2 or lead in _NOT_BEFORE_A_PERSON:
        return None
    if len(run) > 3 or (len(run) == 3 and lead in _CONNECTORS):
        run = run[-2:]
    return " ".join(run)


#: Lower-case words a subject's title may hold: "EEC Minister in charge of Trade".
_TITLE_LINKS = frozenset({"of", "the", "and", "for", "to", "in", "charge", "on"})
#: Words after a name that make it no subject: "Sharif and Aliyev", "Putin of Russia".
_NOT_AFTER_A_SUBJECT = frozenset({"and", "of", "or", "nor", "to"})


def _opening_subject(text: str, start: int, end: int, state: _State, words: _Words) -> str | None:
    """Gives the person a sentence opens with as its subject, its title before ("IMF Managing
    Director Kristalina Georgieva praised …", "Sharif also invited …"), or None."""
    run: list[str] = []
    for match in _WORD.finditer(text, start, end):
        token = match.group().rstrip(".’'")
        bare = token.removesuffix("'s").removesuffix("’s")
        if bare != token:
            return None  # "Sharif's visit": the name is no subject
        if _is_first_name(bare, words) and bare.lower() not in _CALENDAR_WORDS:
            run.append(bare)
            continue
        lower = bare.lower()
        if run:
            if not lower[:1].islower() or lower in _NOT_AFTER_A_SUBJECT:
                return None
            if not text[match.start() - 1].isspace() and "," not in text[start : match.start()]:
                return None
            break
        if bare[:1].isupper() or lower in words.titles or lower in _TITLE_LINKS:
            continue  # the title: "EEC", "Managing", "in charge of"
        return None
    else:
        return None
    if len(run) == 1:
        # a surname alone: a speaker's or a titled person's
        for name in reversed(state.speakers):
            if name.split()[-1] == run[0]:
                return name
        if _may_end_titled_name(state.text, run[0]):
            for name, _ in state.mentioned:  # (read only now: it scans the whole text)
                if name.split()[-1] == run[0]:
                    return name
        return None
    return _person_run(run, "")


#: A word of a titled person's name (`_titled_pattern`), and what the word before ends with.
_NAME_WORD = re.compile(r"[A-Z][a-z'’-]+")
_NAME_WORD_END = frozenset("abcdefghijklmnopqrstuvwxyz'’-")


def _may_end_titled_name(text: str, word: str) -> bool:
    """Tells whether a titled person's name may end with the word: one shaped as a name's word,
    written in the text after white space that follows another name's word ("At the end …",
    "Some 300 …" opening a sentence after a paragraph's period need no scan for titles)."""
    if _NAME_WORD.fullmatch(word) is None:
        return False
    at = text.find(word, 1)
    while at >= 0:
        before = at
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before < at and before > 0 and text[before - 1] in _NAME_WORD_END:
            return True
        at = text.find(word, at + 1)
    return False


def _colon_speaker(
    text: str, offset: int, end: int, state: _State, words: _Words
) -> Speaker | None:
    """Gives the speaker of a "Role: statement" or "Full Name: statement" line, or of a
    headline that ends with its speaker after a dash ("Trade may reach $5 bln — Putin")."""
    match = None
    if text.find(":", offset, end) >= 0:
        match = _COLON_SPEAKER.match(text[offset:end])
    last = text[end - 1] if end > offset else "."
    if match is None and last not in _SENTENCE_END and _HAS_DASH.search(text, offset, end):
        match = _DASH_SPEAKER.search(text, offset, end)
        offset = 0  # (the match is in the text, not the sentence)
    if match is None:
        return None
    who = match.group("who")
    tokens = _tokens(who)
    if not tokens or len(tokens) > 5 or " ".join(who.lower().split()) in _NOT_SPEAKERS:
        return None
    lowered = [t.lower() for t in tokens]
    roles = {w for part in lowered for w in part.split("-") if w in words.roles}
    folded = " ".join(lowered)
    roles |= {role for phrase, role in words.role_aliases.items() if phrase in folded}
    run = _name_run(tokens, words, before=True)
    name: str | None = None
    if run and len(run) >= 2:
        name = " ".join(run)
    elif run and len(tokens) == 1:
        # "Putin: …", "… — Putin": the surname of a person the article names in full
        full = _full_name(run[0], len(text), text, state, words)
        name = full if full != run[0] else None
    elif roles and not run:
        state.position = len(state.text)  # a headline names a person the article introduces
        candidates = [person for person, titles in state.mentioned if titles & roles]
        nations = {words.nations[t] for t in tokens if t in words.nations}
        if nations:
            # "… — Uzbek minister": the one introduced with that country, if any is
            candidates = [p for p in candidates if _introduced(state, p) & nations] or candidates
        name = candidates[0] if candidates else None
    if name is None:
        return None
    start = offset + match.start("who")
    return Speaker(name, start, start + len(who), True)


#: A headline's speaker after a dash at its end: "… by 2030 — Putin", "… – Kazakh minister".
_DASH_SPEAKER = re.compile(
    r"\s[-–—]\s+(?P<who>[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:\s+[^\W\d_]+(?:[-'’][^\W\d_]+)*){0,4})\s*$"
)
_HAS_DASH = re.compile(r"\s[-–—]\s")
#: What a sentence of running text ends with (a headline ends with none of these).
_SENTENCE_END = frozenset('.!?"”»)')


@cache
def _titled_pattern() -> re.Pattern[str]:
    heads = json_data("speech.json")["title_heads"]
    return re.compile(
        rf"(?<![\w-])(?=[A-Za-z])(?P<title>(?i:{phrase_trie(heads)}))\b"
        r"(?P<of>(?:\s+(?:of|for|to|in)\s+(?:the\s+)?[A-Z][\w'’-]+"
        r"(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,4}){0,2}),?"
        r"\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\b"
    )


@cache
def _title_leads() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns finding the character before each word a title head may start: a space, or
    another character but a word character or a hyphen (`_titled_pattern`'s lookbehind).
    Led by what they consume, `re` tries them only at such characters, where it tries
    `_titled_pattern` at every one; a head's first letter, in either case, is a literal."""
    groups: dict[str, list[str]] = {}
    for head in json_data("speech.json")["title_heads"]:
        groups.setdefault(head[:1].lower(), []).append(head[1:])
    heads = "|".join(
        f"{letter}(?i:(?:{phrase_trie(rests)}){'?' if '' in rests else ''})"
        for first, rests in groups.items()
        for letter in (re.escape(first), re.escape(first.upper()))
    )
    return (
        re.compile(rf" (?=(?:{heads})\b)"),
        re.compile(rf"[^0-9A-Za-z_ \-](?<!\w)(?=(?:{heads})\b)"),
    )


def _titled_matches(text: str) -> Iterator[re.Match[str]]:
    """Gives the matches of `_titled_pattern().finditer(text)`, trying the pattern only at 0
    and where a title head starts a word."""
    pattern = _titled_pattern()
    starts = sorted(match.start() + 1 for lead in _title_leads() for match in lead.finditer(text))
    position = 0
    for start in (0, *starts):
        match = pattern.match(text, start) if start >= position else None
        if match is not None:
            position = match.end()
            yield match


def _titled_people(text: str, words: _Words) -> list[tuple[int, str, set[str]]]:
    """Gives people named after a title or role anywhere in the text, in order."""
    found = []
    for match in _titled_matches(text):
        tokens = match.group("name").split()
        place = [word for word in match.group("of").split() if word != "the"]
        if (
            len(tokens) == 2
            and len(place) >= 3
            and place[-3] in ("to", "in")
            and place[-2].lower() in words.countries
            and place[-1].lower() not in words.countries
            and place[-1][1:].islower()
            and "," not in text[match.end("of") : match.start("name")]
        ):
            # "Ambassador of Romania to Azerbaijan Daniel Cristian Ciobanu": an envoy's
            # post ends with the country, so a word after it starts a three-word name
            tokens = [place[-1], *tokens]
        if any(t.lower() in words.countries or t.lower() in words.institutions for t in tokens):
            continue
        if any(t.lower() in words.titles for t in tokens):
            continue
        role = match.group("title").lower()
        found.append((match.start(), " ".join(tokens), {role, *role.split("-")}))
    return found


def _interviewee(text: str, words: _Words) -> str | None:
    """Gives the person an "Interview with <title> <name>" article interviews."""
    if text.find("nterview", 0, 2000) < 0:
        return None
    match = _INTERVIEW.search(text, 0, 2000)
    if match is None:
        return None
    run = _name_run(_tokens(match.group("who")), words, before=True)
    return " ".join(run) if run and len(run) >= 2 else None


def _is_answer(text: str, paragraph: tuple[int, int]) -> bool:
    """Tells whether an interview paragraph is an answer: a dash or "A:" start, no question."""
    start, end = paragraph
    return bool(_ANSWER.match(text, start)) and not text[start:end].rstrip().endswith("?")


def _closes_first(text: str, marks: list[int], start: int, end: int) -> bool:
    """Tells whether a paragraph opens within a quote: its first quote mark closes one, shaped
    as a closing mark (after a word or punctuation, before a space or punctuation: '… by
    2030," the minister added'), as where a quote runs on from the paragraph before."""
    index = bisect_left(marks, start)
    if index == len(marks) or marks[index] >= end:
        return False
    return _is_closing(text, marks[index], start)


def _is_closing(text: str, mark: int, start: int) -> bool:
    """Tells whether the quote mark at `mark`, the first of a paragraph from `start`, is
    shaped as a closing one (`_closes_first`)."""
    if mark == start or text[mark - 1].isspace() or text[mark - 1] in "([":
        return False
    return mark + 1 == len(text) or text[mark + 1].isspace() or text[mark + 1] in ",.;:!?)"


def _mask_quotes(raw: str, marks: list[int], inside: bool) -> tuple[str, bool, bool]:
    """Gives the sentence with quoted text blanked, whether a quote is open at its end, and
    whether it holds any quoted text, from the positions of its quote marks."""
    if not marks:
        return (" " * len(raw) if inside else raw), inside, inside
    pieces = []
    position = 0
    for mark in marks:
        segment = raw[position:mark]
        pieces.append(" " * len(segment) if inside else segment)
        pieces.append(" ")
        inside = not inside
        position = mark + 1
    rest = raw[position:]
    pieces.append(" " * len(rest) if inside else rest)
    return "".join(pieces), inside, True


def _explicit(
    raw: str, masked: str, offset: int, text: str, state: _State, words: _Words, verb_from: int
) -> Speaker | None:
    """Gives the speaker a sentence names with a speech verb, or None when it names none.
    `verb_from` is where the verb scan may start (`_Cues.within`), 0 when unknown."""
    according = words.according.search(masked) if _may_accord(raw) else None
    if according is not None:
        who = according.group("who")
        name = _person(who, offset + according.start("who"), text, state, words, before=False)
        if name is not _NOT_A_PERSON:
            return Speaker(name, offset + according.start(), offset + according.end(), True)
    # A body's speech verb ("the government expects") gives way to a person's later in the
    # sentence ("…, Baibazarov said"): the first speaker with a name, else the first without.
    nameless: Speaker | None = None
    # (Not `_verb_spans`: its pattern is tried at each blank of the masked quotes.)
    # No verb starts in the blanks of a quote the sentence opens with.
    if not verb_from:
        verb_from = len(masked) - len(masked.lstrip(" "))
    for verb in words.verbs.finditer(masked, verb_from):
        verb_start, verb_end = verb.span()
        if _PASSIVE_BEFORE.search(masked, max(0, verb_start - 7), verb_start):
            continue  # "trade is expected to exceed": a passive names no speaker
        subject = _subject_before(masked, verb_start)
        if subject.strip():
            subject_start = offset + verb_start - len(subject)
            name = _person(subject, subject_start, text, state, words, before=True)
            if name is not _NOT_A_PERSON:
                speaker = Speaker(name, subject_start, offset + verb_end, True)
                if name is not None:
                    return speaker
                nameless = nameless or speaker
            continue
        after = _subject_after(masked, verb_end)
        if after.strip():
            name = _person(after, offset + verb_end, text, state, words, before=False)
            if name is not _NOT_A_PERSON:
                speaker = Speaker(name, offset + verb_start, offset + verb_end + len(after), True)
                if name is not None:
                    return speaker
                nameless = nameless or speaker
    return nameless


def _may_accord(raw: str) -> bool:
    """Tells whether a sentence holds a word every match of `_Words.according` holds as
    written (quote masking blanks only what lies between them): one without needs no search."""
    return "ccording" in raw or "words" in raw or "opinion" in raw or "view" in raw


#: "the NBS said Friday": weekdays are no names (months may be: "May Johnson").
_CALENDAR_WORDS = frozenset(day.lower() for day in calendar.day_name)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)


class _NotAPerson(str):
    """Marks a subject that is not a speaker at all (a thing that "noted" something)."""


_NOT_A_PERSON = _NotAPerson("")
#: `[,;:()\n]|\bthat\b|\band\b(?=\s+[a-z])|\s{3,}`, each branch led by what it consumes first
#: (a branch led by `\b` is tried at every character; a literal only where it is).
_BOUNDARY = re.compile(r"[,;:()\n]|\s{3,}|t(?<!\wt)hat\b|a(?<!\wa)nd\b(?=\s+[a-z])")


def _subject_before(masked: str, verb_start: int) -> str:
    window = masked[max(0, verb_start - 120) : verb_start]
    # A boundary holds a ",;:()" only as the whole match, so a scan from after the last of them
    # finds the same boundaries there as one from the window's start.
    last = max(map(window.rfind, ",;:()"))  # where the last boundary starts, -1 for none
    cut = last + 1
    subject = window[cut:]
    # The other boundaries hold "that", "and", three spaces or other white space (printable
    # text has no white space but the space): a subject with none of them needs no scan.
    if not subject.isprintable() or "   " in subject or "and" in subject or "that" in subject:
        for boundary in _BOUNDARY.finditer(window, cut):
            last, cut = boundary.span()
        subject = window[cut:]
    if not subject.strip() and last >= 0 and window[last] == ",":
        subject = _before_aside(window, subject)
    if len(subject.split()) > 12:
        return ""
    return subject


def _before_aside(window: str, subject: str) -> str:
    """Gives the subject before an aside ("Putin, for his part, said"), or the name in
    apposition before the verb ("The Chairman of Azerbaijan Railways, Rovshan Rustamov,
    said"), else `subject`."""
    cuts = [(0, 0)]
    for boundary in _BOUNDARY.finditer(window):
        cuts.append((boundary.start(), boundary.end()))
    if len(cuts) >= 3 and window[cuts[-1][0]] == window[cuts[-2][0]] == ",":
        between = window[cuts[-2][1] : cuts[-1][0]]
        aside = " ".join(between.split()).lower()
        if _titled_apposition(between):  # (a post that ends with a full name is the name)
            return between + " " * (len(window) - cuts[-1][0])
        if aside in _words().parentheticals or _DESCRIPTION.match(aside) or _is_post(aside):
            # "Putin, for his part, said"; "Mohiuddin, a career diplomat …, believes";
            # "Overchuk, co-chair of the commission, said"; "Sharif, 72, said"
            start, end = cuts[-3][1], cuts[-2][0]
            return window[start:end] + " " * (len(window) - end)
        if _APPOSITION.fullmatch(between):
            return between + " " * (len(window) - cuts[-1][0])
    return subject


def _titled_apposition(between: str) -> bool:
    """Tells whether an aside is a title and a full name ("The Kyrgyz co-chair, Deputy
    Chairman of the Cabinet of Ministers Edil Baisalov, said"): capitalised words and a
    title's links, ending with two or three name words."""
    tokens = _tokens(between)
    if len(tokens) < 3 or not tokens[0][:1].isupper():
        return False
    if not all(t[:1].isupper() or t in _TITLE_LINKS for t in tokens):
        return False
    words = _words()
    run = _name_run(tokens, words, before=True)
    return run is not None and len(run) >= 2 and tokens[0].lower() in words.titles


#: An aside that describes the subject before it: "a career diplomat", "who heads …".
_DESCRIPTION = re.compile(r"(?:a|an|the|who|whose)\s")


def _is_post(aside: str) -> bool:
    """Tells whether a (lower-cased) aside is the subject's post or age: "co-chair of the
    commission", "minister of economy", "72"."""
    first = aside.split(" ", 1)[0]
    if first.isdigit():
        return len(first) <= 3
    roles = _words().roles
    return any(part in roles for part in first.split("-"))


#: A name set off by commas: two to four capitalised words.
_APPOSITION = re.compile(r"\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s*")


def _subject_after(masked: str, verb_end: int) -> str:
    window = masked[verb_end : verb_end + 120]
    stop = re.search(r"[,.;:()]\s|[,;:()]|\.$|$", window)
    subject = window[: stop.start()] if stop else window
    return subject if len(subject.split()) <= 12 else ""


def _person(
    subject: str, subject_start: int, text: str, state: _State, words: _Words, *, before: bool
) -> str | None:
    """Gives the full name a subject phrase refers to, None for an institution, or
    _NOT_A_PERSON when the phrase names no speaker ("the figure noted")."""
    tokens = _tokens(subject)
    if not tokens:
        return _NOT_A_PERSON
    bare_words = _bare_words(tokens)
    lowered = bare_words[1]
    if "'S" in subject or "’S" in subject:
        # (lower-casing first strips "X'S" too; the two orders agree on any other token)
        lowered = [t.lower().removesuffix("'s").removesuffix("’s") for t in tokens]
    if lowered[-1] in _PRONOUNS or (not before and lowered[0] in _PRONOUNS):
        return state.pronoun()
    run = _name_run(tokens, words, before, bare_words)
    if run is None:
        return None
    if run:
        name = " ".join(run)
        roles = words.roles
        role_words = {
            w for w in lowered if w in roles or (w in words.titles and w not in words.institutions)
        }
        if "-" in subject:  # and the parts of "vice-president"
            role_words.update(w for part in lowered for w in part.split("-") if w in roles)
        full = _full_name(name, subject_start, text, state, words)
        if before and full == name and len(run) == 1 and len(tokens) > 1:
            # "operator Tengizchevroil said", "lender Halyk said": a one-word name after a
            # common noun (no title) is a company's
            word = lowered[-2]
            common = word not in words.titles and word not in _NAME_PARTICLES
            if word.islower() and common and word not in _SKIPPABLE:
                return None
        _remember(state, full, role_words)
        return full
    if not before:
        # "according to a joint statement signed … by the Chinese president": the head of the
        # phrase is what speaks, not a person named in its modifiers
        lowered = _head(lowered)
    if "-" in subject:  # the parts of "vice-president", not the word
        role_words = {w for part in lowered for w in part.split("-") if w in words.roles}
    else:
        role_words = {w for w in lowered if w in words.roles}
    folded = " ".join(lowered)
    role_words |= {role for phrase, role in words.role_aliases.items() if phrase in folded}
    if role_words:
        # "The Belarusian premier said …. He added …": "he" is the one the role named
        nations = {words.nations[t] for t in tokens[: len(lowered)] if t in words.nations}
        referred = _by_role(state, role_words, nations)
        if referred is not None:
            _remember(state, referred, set())
        return referred
    if not words.institutions.isdisjoint(lowered) or any(t[:1].isupper() for t in tokens):
        return None
    return _NOT_A_PERSON


#: Lower-case words within names: "Abdulaziz bin Salman", "Ursula von der Leyen".
_NAME_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "der"})

_HEAD_END = frozenset(
    {
        "signed",
        "published",
        "released",
        "issued",
        "adopted",
        "during",
        "at",
        "in",
        "on",
        "from",
        "by",
        "with",
        "which",
        "who",
        "that",
        "after",
        "before",
        "between",
    }
)


def _head(lowered: list[str]) -> list[str]:
    """Gives the words of a phrase up to where its modifiers start ("a statement signed …")."""
    for position, word in enumerate(lowered):
        if word in _HEAD_END and position > 0:
            return lowered[:position]
    return lowered


_SKIPPABLE = frozenset(
    {
        "also",
        "further",
        "then",
        "again",
        "once",
        "however",
        "additionally",
        "previously",
        "earlier",
        "has",
        "had",
        "have",
        "was",
        "is",
        "recently",
        "later",
        "has also",
        "separately",
    }
)


def _tokens(phrase: str) -> list[str]:
    """Gives a phrase's words, without a trailing period or apostrophe."""
    return [word.rstrip(".’'") for word in _WORD.findall(phrase)]


def _bare_words(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Gives the tokens without a possessive ending, as written and lower-cased."""
    bares = [token.removesuffix("'s").removesuffix("’s") for token in tokens]
    return bares, [bare.lower() for bare in bares]


def _name_run(
    tokens: list[str],
    words: _Words,
    before: bool,
    bare_words: tuple[list[str], list[str]] | None = None,
) -> list[str] | None:
    """Gives the capitalised name at the end (before a verb) or start (after it) of a phrase,
    or None when the phrase ends (or starts) with an institution ("the Central Bank said").
    `bare_words` are the tokens' `_bare_words`, when the caller has them."""
    bares, lowers = bare_words or _bare_words(tokens)
    ordered = tokens[::-1] if before else tokens
    if before:
        bares, lowers = bares[::-1], lowers[::-1]
    run: list[str] = []
    particles = 0  # the run's lower-case words ("bin")
    for position, (bare, lower) in enumerate(zip(bares, lowers, strict=True)):
        capitalised = _is_name_token(bare)
        starts_with_body = (
            not run
            and capitalised
            and (lower in words.institutions or (before and lower in words.countries))
        )
        if starts_with_body:
            return None
        is_name = capitalised and lower not in words.countries and lower not in words.titles
        # "the Cabinet of Ministers Daniyar Amangeldiev": a title in the plural is no name
        is_name = is_name and not (lower.endswith("s") and lower[:-1] in words.titles)
        is_name = is_name and lower not in words.institutions and lower not in _CALENDAR_WORDS
        if is_name:
            if not run and position and not before and _is_demonym(ordered[position - 1], words):
                return None  # "according to Kyrgyz Temir Jolu": see below
            run.append(bare)
            if len(run) - particles == 3:
                following = ordered[position + 1] if position + 1 < len(ordered) else ""
                if before and (following in _CONNECTORS or _is_first_name(following, words)):
                    # "Minister of Employment and Poverty Reduction Behzod Musayev": after "of"
                    # or "and", or in a longer run, the first word ends the body's name
                    run.pop()
                break
        elif run:
            if lower in _NAME_PARTICLES and bare.islower():
                following = ordered[position + 1] if position + 1 < len(ordered) else ""
                if following in _NAME_PARTICLES or _is_first_name(following, words):
                    run.append(bare)  # "Abdulaziz bin Salman", "Ursula von der Leyen"
                    particles += 1
                    continue
            if before and _is_demonym(ordered[position], words):
                # "Uzbek Temir Yollari said", "according to Kyrgyz Temir Jolu": a name right
                # after a demonym (no title between) is a company's
                return None
            if (
                not before
                and lower in words.institutions
                and not ordered[position - 1].endswith(("'s", "’s"))
            ):
                # "according to the World Economic Outlook report", "the Medium-Term Program":
                # a document or a body ("Ivan Petrov's report" is his), unless a person's name
                # follows ("head of the Export Promotion Agency Anna Ahmadov")
                rest = bares[position + 1 :], lowers[position + 1 :]
                return _name_run(ordered[position + 1 :], words, before, rest) or None
            if not before and lower in words.titles and lower not in _CONNECTORS:
                # "said Commerzbank chief economist Joerg Kraemer": a company or outlet before
                # the title, the person after it
                rest = bares[position:], lowers[position:]
                later = _name_run(ordered[position:], words, before, rest)
                if later:
                    return later
            break
        elif (before and lower in _SKIPPABLE) or (
            # "said GAC spokesperson Lyu Daliang": titles and acronyms come before a name
            not before and (lower in words.titles or lower in words.countries or bare.isupper())
        ):
            continue
        else:
            break
    if before:
        run.reverse()
    return run


_CONNECTORS = frozenset({"of", "the", "and", "for", "to"})


def _is_demonym(token: str, words: _Words) -> bool:
    """Tells whether a word is a country's demonym as written ("Kyrgyz", not "Kyrgyzstan")."""
    return words.nations.get(token, token) != token


def _is_name_token(token: str) -> bool:
    """Tells whether a token is shaped like a name: capitalised, with a lower-case letter."""
    first = token[:1]
    if not first.isupper():
        return False
    if len(token) == 2 and token[1] == "." and "A" <= first <= "Z":
        return True  # an initial
    # The cheap tests first: "Mammadov" has its lower-case letter second and letters only.
    return (token[1:2].islower() or any(c.islower() for c in token)) and (
        token.isalpha() or _LETTERS.fullmatch(token) is not None
    )


def _full_name(name: str, subject_start: int, text: str, state: _State, words: _Words) -> str:
    """Gives the full name for a surname: the last speaker with it, else a person named so."""
    if " " in name:
        return name
    for speaker in reversed(state.speakers):
        if speaker.split()[-1] == name:
            return speaker
    for speaker in reversed(state.speakers):
        if speaker.split()[0] == name:
            return speaker  # family name first: "Lyu Daliang" … "Lyu said"
    best = None
    for before in _words_before(name, text, subject_start):
        # "Finance Minister Mehmet Simsek": the title before the first name is no part of it
        tokens = before.split()
        while tokens and not _is_first_name(tokens[0], words):
            tokens.pop(0)
        if tokens and all(_is_first_name(t, words) for t in tokens):
            best = f"{' '.join(tokens)} {name}"
    return best or name


#: What `_words_before` finds before a name: one or two words (the two joined by a hyphen or a
#: space), then white space; the one-word form is what `re` tries second, at the same start.
_TWO_WORDS = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’]*[- ][^\W\d_][\w'’]*)\s+")
_ONE_WORD = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’]*)\s+")
_WORD_END = re.compile(r"\b")


def _words_before(name: str, text: str, stop: int) -> Iterator[str]:
    r"""Gives group 1 of each match in `text[:stop]` of the name's pattern
    `(?<![\w'’-])(W(?:[- ]W)?)\s+{re.escape(name)}\b`, W a word `[^\W\d_][\w'’]*`, as its
    finditer does, without compiling a pattern per name (`re`'s cache of them misses in news).

    A match ends at an occurrence of the name, after white space; its one or two words are the
    runs of word characters and apostrophes before (each run whole: the lookbehind and the
    greedy repeats allow no shorter), so each occurrence gives one start for each form, and
    where a start has both, `re` takes the two-word one."""
    found: dict[int, tuple[int, str]] = {}
    at = text.find(name, 1, stop)
    while at >= 0:
        if text[at - 1].isspace() and _WORD_END.match(text, at + len(name), stop):
            space = at - 1
            while space > 0 and text[space - 1].isspace():
                space -= 1
            second = _run_start(text, space)
            if second > 0 and text[second - 1] in "- ":
                first = _run_start(text, second - 1)
                match = _TWO_WORDS.match(text, first, stop)
                if match is not None and match.end() == at:
                    found[first] = (at + len(name), match.group(1))
            if second not in found:
                match = _ONE_WORD.match(text, second, stop)
                if match is not None and match.end() == at:
                    found[second] = (at + len(name), match.group(1))
        at = text.find(name, at + 1, stop)
    position = 0
    for start in sorted(found):
        end, words = found[start]
        if start >= position:
            position = end
            yield words


def _run_start(text: str, end: int) -> int:
    """Gives where the run of word characters and apostrophes that ends at `end` starts."""
    start = end
    while start > 0 and (_is_word_char(text[start - 1]) or text[start - 1] in "'’"):
        start -= 1
    return start


def _is_first_name(token: str, words: _Words) -> bool:
    lower = token.lower()
    return (
        _is_name_token(token)
        and lower not in words.titles
        and not (lower.endswith("s") and lower[:-1] in words.titles)  # "Presidents"
        and lower not in words.countries
        and lower not in words.institutions
    )


def _remember(state: _State, name: str, role_words: set[str]) -> None:
    state.last = name
    speakers = state.speakers
    if not speakers or speakers[-1] != name:  # (a speaker named again is last already)
        if name in speakers:
            speakers.remove(name)
        speakers.append(name)
    state.roles.setdefault(name, set()).update(role_words)


def _by_role(state: _State, role_words: set[str], nations: set[str] | None = None) -> str | None:
    """Gives the last speaker introduced with any of the role words, else the last speaker.

    A role with a nationality ("the Uzbek president said" after Putin and Mirziyoyev spoke)
    is the last speaker introduced with that country, with the role first ("Russian President
    Vladimir Putin", "his Uzbek counterpart Shavkat Mirziyoyev"), else a titled person
    introduced with both when the speakers are of other countries; a speaker introduced with
    another country only is not it."""
    foreign: set[str] = set()
    if nations:
        alone = None
        for speaker in reversed(state.speakers):
            countries = _introduced(state, speaker)
            if countries & nations:
                if state.roles.get(speaker, set()) & role_words:
                    return speaker
                alone = alone or speaker
            elif countries:
                foreign.add(speaker)
        if alone is not None:
            return alone
        if foreign or state.last is None:
            for name, roles in reversed(state.mentioned):
                if roles & role_words and _introduced(state, name) & nations:
                    return name
    for speaker in reversed(state.speakers):
        if speaker not in foreign and state.roles.get(speaker, set()) & role_words:
            return speaker
    if state.last is None:
        for name, roles in reversed(state.mentioned):
            if roles & role_words:
                return name
    return state.fallback()


#: What ends the words that introduce a person's full name, before it.
_INTRODUCTION_END = tuple(',.;:()\n"“”«»')


def _introduced(state: _State, name: str) -> set[str]:
    """Gives the countries named where a person is first named in full: up to four words
    before the name ("President of Uzbekistan", "his Uzbek counterpart") and an apposition
    after it ("Shavkat Mirziyoyev, the President of Uzbekistan,")."""
    countries = state.introduced.get(name)
    if countries is not None:
        return countries
    text, nations = state.text, (state.words or _words()).nations
    countries = set()
    at = text.find(name)
    if at >= 0:
        window = text[max(0, at - 80) : at]
        cut = max(map(window.rfind, _INTRODUCTION_END))  # the introduction's words follow
        words = window[cut + 1 :].split()[-4:]
        after = at + len(name)
        if text.startswith(", ", after):
            end = min((i for i in map(text.find, ",.;", [after + 2] * 3) if i >= 0), default=-1)
            if 0 <= end - after <= 60:
                words += text[after + 2 : end].split()
        countries = {
            nations[w]
            for w in (w.removesuffix("'s").removesuffix("’s") for w in words)
            if w in nations
        }
    state.introduced[name] = countries
    return countries


def _clean(text: str) -> str:
    return " ".join(text.split())
