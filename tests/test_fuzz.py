"""Fuzzing the loader and the extractor on random bytes and on mutated seed articles.

Whatever a file holds, loading it gives a Document or raises DocumentError, never anything
else; and every claim extracted from what loads points at its own surface text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.documents import Document, decode_text, load_document, parse_document
from tracker.errors import DocumentError
from tracker.extract import extract_claims

from .conftest import SEEDS

ARTICLES = [path.read_bytes() for path in sorted(SEEDS.glob("*.txt"))]
FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@st.composite
def mutated_articles(draw: st.DrawFn) -> bytes:
    """Gives a seed article with a few byte-level edits: flips, inserts, deletes, splices."""
    data = bytearray(draw(st.sampled_from(ARTICLES)))
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(["flip", "insert", "delete", "splice", "truncate"]))
        if edit == "flip" and position < len(data):
            data[position] ^= 1 << draw(st.integers(0, 7))
        elif edit == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
        elif edit == "delete":
            del data[position : position + draw(st.integers(1, 64))]
        elif edit == "splice":
            other = draw(st.sampled_from(ARTICLES))
            start = draw(st.integers(0, len(other)))
            data[position:position] = other[start : start + draw(st.integers(1, 200))]
        elif edit == "truncate":
            del data[position:]
    return bytes(data)


# Text that looks like news: numbers, currencies, dates, quotes, odd white space.
NEWSY = st.lists(
    st.sampled_from(
        [
            *"0123456789 .,;:%$€£-–—\"“”‘’'()\n\r\t",
            "billion",
            "million",
            " percent",
            "Azerbaijan",
            "Russia",
            "trade turnover",
            " said ",
            "in 2021",
            "Jan.",
            " by ",
            "U.S.",
            "\u00a0",
            "\ufeff",
            " date 2021-12-21 By Trend\n",
            "\x00",
            "\u2028",
        ]
    ),
    max_size=200,
).map("".join)


def _check_claims(document: Document) -> None:
    text = document.text
    for claim in extract_claims(document):
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.surface


def _check_spans(document: Document) -> None:
    previous_end = document.body_start
    for sentence in document.sentences:
        assert previous_end <= sentence.start < sentence.end <= len(document.text)
        previous_end = sentence.end


def _load(tmp_path: Path, data: bytes) -> Document | None:
    path = tmp_path / "fuzz.txt"
    path.write_bytes(data)
    try:
        return load_document(path)
    except DocumentError:
        return None


@FUZZ
@given(data=mutated_articles())
def test_mutated_articles_load_or_raise_document_error(tmp_path: Path, data: bytes) -> None:
    document = _load(tmp_path, data)
    if document is not None:
        _check_spans(document)
        _check_claims(document)


@FUZZ
@given(data=st.binary(max_size=2048))
def test_random_bytes_load_or_raise_document_error(tmp_path: Path, data: bytes) -> None:
    document = _load(tmp_path, data)
    if document is not None:
        _check_claims(document)


@FUZZ
@given(text=NEWSY)
def test_newsy_text_parses_and_claims_point_at_their_surface(text: str) -> None:
    try:
        document = parse_document(text)
    except DocumentError:
        return
    _check_spans(document)
    _check_claims(document)


@FUZZ
@given(data=st.binary(max_size=512))
def test_decoding_gives_text_or_document_error(data: bytes) -> None:
    try:
        text = decode_text(data, "fuzz.txt")
    except DocumentError as error:
        assert "fuzz.txt" in str(error)
    else:
        assert text.strip()


@pytest.mark.parametrize("article", ARTICLES, ids=[p.name for p in sorted(SEEDS.glob("*.txt"))])
def test_the_seed_articles_themselves_pass_the_same_checks(tmp_path: Path, article: bytes) -> None:
    document = _load(tmp_path, article)
    assert document is not None
    _check_spans(document)
    _check_claims(document)
