"""The document loader: header, paragraphs, sentences, hashing, sidecars and bad files."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from tracker.documents import clean_sentence, load_document, parse_document, parse_header
from tracker.errors import DocumentError, HeaderError

from .conftest import SEEDS

# Header variants as wires save them (Trend, Azernews, Report): spacing, `By`, publisher.
HEADERS = [
    (" date 2021-12-21 By Trend", "Trend", date(2021, 12, 21)),
    ("date 2021-12-21 By Trend", "Trend", date(2021, 12, 21)),
    ("  date   2022-03-01   By   Azernews  ", "Azernews", date(2022, 3, 1)),
    (" date 2022-03-01 Report", "Report", date(2022, 3, 1)),
    (" date 2022-03-01", None, date(2022, 3, 1)),
    (" date 2022-03-01 by APA", "APA", date(2022, 3, 1)),
    ("\ufeff date 2023-01-05 By Interfax", "Interfax", date(2023, 1, 5)),
    (" Date 2023-01-05 By Xinhua News Agency", "Xinhua News Agency", date(2023, 1, 5)),
]


@pytest.mark.parametrize(
    ("line", "publisher", "published"), HEADERS, ids=[h[0].strip() for h in HEADERS]
)
def test_header_variants(line: str, publisher: str | None, published: date) -> None:
    text = f"{line}\n\nExports grew by 5% in 2021, the ministry said.\n"
    document = parse_document(text)
    assert (document.publisher, document.published) == (publisher, published)
    assert document.text[document.body_start :].startswith("\nExports") or document.text[
        document.body_start :
    ].startswith("Exports")


def test_no_header_means_unknown_publisher_and_date() -> None:
    document = parse_document("Baku, Azerbaijan. Exports rose.\n")
    assert document.publisher is None and document.published is None
    assert document.body_start == 0


@pytest.mark.parametrize("line", [" date 2021-13-45 By Trend", " date yesterday By Trend"])
def test_malformed_header_date_is_a_clear_error(line: str) -> None:
    with pytest.raises(HeaderError, match="malformed header"):
        parse_header(f"{line}\nBody.", "bad.txt")


def test_seed_documents_load_with_exact_text_and_hash() -> None:
    path = SEEDS / "002_4cb68aa238e23f6e.txt"
    document = load_document(path)
    raw = path.read_bytes()
    assert document.text == raw.decode("utf-8")
    assert document.sha256 == hashlib.sha256(raw).hexdigest()
    assert (document.publisher, document.published) == ("Trend", date(2021, 12, 21))
    assert document.name == "002_4cb68aa238e23f6e.txt"
    assert len(document.paragraphs) == 13


# Sentence boundaries: abbreviations, initials, decimals and curly quotes must not split.
SENTENCES = [
    ("Emin Aliyev said on Dec. 20 that trade grew. It reached $2.3 billion.", 2),
    ("Prof. Elshad Mammadov spoke. He said trade could triple.", 2),
    ("The U.S. economy grew by 2.3 percent. Inflation slowed.", 2),
    ("Trade reached $2.3 billion in 2021. Exports were 1.5 times higher.", 2),
    ("“Trade is growing,” Mammadov said. “Today's figure is $2.5 billion.”", 2),
    ("J. Smith of the IMF said growth was 3.1%. The forecast is 2.9%.", 2),
    ("Is it growing? Yes! It grew by 4%.", 3),
    ("Revenue rose to AZN 1.2 bln. vs. AZN 1.0 bln a year earlier.", 1),
    ("The deal was signed on Jan. 5 in Baku by Mr. Aliyev and Gen. Smith.", 1),
    ("Oil output was 600,000 barrels a day. Gas output rose 3%.", 2),
]


@pytest.mark.parametrize(("text", "count"), SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_sentence_splitting(text: str, count: int) -> None:
    document = parse_document(text)
    assert len(document.sentences) == count
    for sentence in document.sentences:
        assert (
            document.text[sentence.start : sentence.end].strip()
            == document.text[sentence.start : sentence.end]
        )


def test_sentences_never_cross_paragraphs() -> None:
    document = parse_document("First paragraph without a stop\n\nSecond one. Third one.")
    assert [s.paragraph for s in document.sentences] == [0, 1, 1]


def test_single_line_breaks_split_paragraphs_when_there_are_no_blank_lines() -> None:
    document = parse_document("Line one.\nLine two.\nLine three.")
    assert len(document.paragraphs) == 3


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "“According to the data, trade grew,” Mammadov said.",
            "According to the data, trade grew,” Mammadov said.",
        ),
        ("“Today's figure is $2.5 billion.”", "Today's figure is $2.5 billion."),
        ("Trade   grew\n by 5%.", "Trade grew by 5%."),
    ],
)
def test_clean_sentence(raw: str, clean: str) -> None:
    assert clean_sentence(raw) == clean


def test_sidecar_fills_in_unknown_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Exports rose by 5% in 2021.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(
        json.dumps(
            {
                "title": "Exports",
                "url": "https://example.org/a",
                "publisher": "Report",
                "published": "2022-02-03",
            }
        ),
        encoding="utf-8",
    )
    document = load_document(tmp_path / "a.txt")
    assert (document.title, document.url) == ("Exports", "https://example.org/a")
    assert (document.publisher, document.published) == ("Report", date(2022, 2, 3))


def test_header_wins_over_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2021-12-21 By Trend\n\nBody.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"publisher": "Other", "published": "2020-01-01"}')
    document = load_document(tmp_path / "a.txt")
    assert (document.publisher, document.published) == ("Trend", date(2021, 12, 21))


def test_malformed_sidecar_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Body.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{not json")
    with pytest.raises(HeaderError, match=r"a\.meta\.json"):
        load_document(tmp_path / "a.txt")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("Экспорт вырос".encode("cp1251"), "not UTF-8"),
    ],
    ids=["empty", "blank", "binary", "cp1251"],
)
def test_bad_documents_are_rejected_with_their_name(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message) as error:
        load_document(path)
    assert "bad.txt" in str(error.value)


def test_missing_and_folder_and_too_large(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load_document(tmp_path / "missing.txt")
    with pytest.raises(DocumentError, match="folder"):
        load_document(tmp_path)
    big = tmp_path / "big.txt"
    big.write_text("x" * 200)
    with pytest.raises(DocumentError, match="limit"):
        load_document(big, max_bytes=100)
