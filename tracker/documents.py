"""Documents: a news article read from disk, with its header, paragraphs and sentences.

The text is kept exactly as decoded, because claim offsets (`start`, `end`) index into it.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

from tracker.errors import DocumentError, HeaderError
from tracker.resources import word_list

#: Documents larger than this are refused: a news article is a few kilobytes.
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024

# ` date 2021-12-21 By Trend`, `date 2021-12-21`, `date 2021-12-21 Trend`, any spacing.
_HEADER = re.compile(
    r"^[ \t\ufeff]*date[ \t]+(?P<date>\S+)(?:[ \t]+(?:by[ \t]+)?(?P<publisher>[^\r\n]*?))?[ \t]*$",
    re.IGNORECASE,
)
_BLANK_LINES = re.compile(r"\r?\n[ \t]*(?:\r?\n[ \t]*)+")
_LINE_BREAK = re.compile(r"\r?\n")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]*[A-Z0-9$€£])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_OPENING_QUOTES = "\"“‘'«"
_CLOSING_QUOTES = "\"”’'»"


class Span(NamedTuple):
    """A half-open character range of the document's text."""

    start: int
    end: int


class Sentence(NamedTuple):
    """A sentence's character range and the index of its paragraph."""

    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Document:
    """An article: its exact text, where it came from, and how it splits."""

    name: str
    text: str
    sha256: str
    path: Path | None = None
    publisher: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    body_start: int = 0
    paragraphs: tuple[Span, ...] = field(default=(), repr=False)
    sentences: tuple[Sentence, ...] = field(default=(), repr=False)

    def sentence_text(self, sentence: Sentence) -> str:
        """Gives the sentence with white space folded and unbalanced outer quotes removed."""
        return clean_sentence(self.text[sentence.start : sentence.end])


def load_document(path: str | Path, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> Document:
    """Gives the document stored at `path`, with its sidecar metadata if there is one.

    Raises DocumentError (one line, naming the file) for anything that is not a readable,
    non-empty UTF-8 text document.
    """
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    text = decode_text(data, str(path))
    parse_header(text, str(path))  # its errors name the whole path, as a run's log needs
    document = parse_document(
        text, name=path.name, sha256=hashlib.sha256(data).hexdigest(), path=path
    )
    return _with_sidecar(document, path)


def parse_document(
    text: str,
    *,
    name: str = "<text>",
    sha256: str | None = None,
    path: Path | None = None,
    publisher: str | None = None,
    published: date | None = None,
) -> Document:
    """Gives a Document for text already in memory (a notebook string, a test sentence)."""
    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    header_publisher, header_published, body_start = parse_header(text, name)
    paragraphs = split_paragraphs(text, body_start)
    return Document(
        name=name,
        text=text,
        sha256=sha256,
        path=path,
        publisher=header_publisher or publisher,
        published=header_published or published,
        body_start=body_start,
        paragraphs=paragraphs,
        sentences=split_sentences(text, paragraphs),
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError(f"{path}: is a folder, not a document")
        if not stat.S_ISREG(info.st_mode):
            # Reading a pipe or a device could block or never end: a cron run would hang.
            raise DocumentError(f"{path}: not a regular file (a pipe, device or socket)")
        if info.st_size > max_bytes:
            raise DocumentError(
                f"{path}: {info.st_size:,} bytes is over the {max_bytes:,}-byte limit"
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # a file growing meanwhile is still bounded
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file (or a broken link)") from None
    except PermissionError:
        raise DocumentError(f"{path}: permission denied") from None
    except OSError as error:
        raise DocumentError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise DocumentError(f"{path}: over the {max_bytes:,}-byte limit")
    return data


def decode_text(data: bytes, name: str) -> str:
    """Gives the text of a document's bytes; rejects empty, binary and non-UTF-8 content."""
    if not data.strip():
        raise DocumentError(f"{name}: the document is empty")
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{name}: binary content, not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentError(
            f"{name}: not UTF-8 (byte {error.start}: {data[error.start : error.start + 1]!r})"
        ) from None
    if not text.strip():  # only a BOM, no-break spaces or other Unicode white space
        raise DocumentError(f"{name}: the document is empty")
    return text


def parse_header(text: str, name: str = "<text>") -> tuple[str | None, date | None, int]:
    """Gives (publisher, published, offset where the body starts) from the first line."""
    first_line_end = text.find("\n")
    first_line = text if first_line_end < 0 else text[:first_line_end]
    match = _HEADER.match(first_line.rstrip("\r"))
    if match is None:
        return None, None, 0
    try:
        published = date.fromisoformat(match["date"])
    except ValueError:
        raise HeaderError(
            f"{name}: malformed header: {match['date']!r} is not a date like 2021-12-21"
        ) from None
    publisher = (match["publisher"] or "").strip() or None
    body_start = len(text) if first_line_end < 0 else first_line_end + 1
    return publisher, published, body_start


def split_paragraphs(text: str, body_start: int = 0) -> tuple[Span, ...]:
    """Gives the spans of the body's paragraphs.

    Paragraphs are separated by blank lines; a text without blank lines (one paragraph a
    line, as many wire feeds are saved) is split at every line break.
    """
    breaks = _BLANK_LINES if _BLANK_LINES.search(text, body_start) else _LINE_BREAK
    spans = []
    position = body_start
    for gap in breaks.finditer(text, body_start):
        spans.append(Span(position, gap.start()))
        position = gap.end()
    spans.append(Span(position, len(text)))
    return tuple(_trim(text, span) for span in spans if text[span.start : span.end].strip())


def split_sentences(text: str, paragraphs: tuple[Span, ...]) -> tuple[Sentence, ...]:
    """Gives the spans of the sentences of each paragraph, respecting abbreviations."""
    abbreviations = word_list("abbreviations.txt")
    sentences = []
    for index, (start, end) in enumerate(paragraphs):
        position = start
        for stop in _SENTENCE_END.finditer(text, start, end):
            if _is_abbreviation(text, stop.start(), abbreviations):
                continue
            span = _trim(text, Span(position, stop.end()))
            if span.end > span.start:
                sentences.append(Sentence(span.start, span.end, index))
            position = stop.end()
        span = _trim(text, Span(position, end))
        if span.end > span.start:
            sentences.append(Sentence(span.start, span.end, index))
    return tuple(sentences)


def clean_sentence(raw: str) -> str:
    """Gives a sentence with white space folded and its outer quote marks removed."""
    # (printable text has no white space but spaces: with no doubled or outer one, it is folded)
    if raw.isprintable() and "  " not in raw and raw[:1] != " " and raw[-1:] != " ":
        folded = raw
    else:
        folded = " ".join(raw.split())
    return folded.lstrip(_OPENING_QUOTES).rstrip(_CLOSING_QUOTES).strip()


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    if text[dot] != ".":
        return False
    word = _WORD_BEFORE.search(text, max(0, dot - 30), dot)
    if word is None:
        return False
    token = word.group(1)
    if len(token) == 1 and token.isupper():  # an initial: "J. Smith"
        return True
    return token.lower().rstrip(".") in abbreviations


def _trim(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _with_sidecar(document: Document, path: Path) -> Document:
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.is_file():
        return document
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise HeaderError(f"{sidecar}: unreadable metadata ({error})") from None
    if not isinstance(meta, dict):
        raise HeaderError(f"{sidecar}: metadata must be a JSON object")
    published = document.published
    if published is None and meta.get("published"):
        try:
            published = date.fromisoformat(str(meta["published"])[:10])
        except ValueError:
            raise HeaderError(f"{sidecar}: 'published' is not an ISO date") from None
    return Document(
        name=document.name,
        text=document.text,
        sha256=document.sha256,
        path=document.path,
        publisher=document.publisher or _text_or_none(meta.get("publisher")),
        published=published,
        title=_text_or_none(meta.get("title")),
        url=_text_or_none(meta.get("url")),
        body_start=document.body_start,
        paragraphs=document.paragraphs,
        sentences=document.sentences,
    )


def _text_or_none(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None
