"""Sentence splitting as the extractor relies on it: claims take their context per sentence.

Sentences in wire style (Xinhua datelines, TASS abbreviations, quotes closing mid-paragraph).
"""

from __future__ import annotations

import pytest

from tracker import parse_document


def _sentences(text: str) -> list[str]:
    doc = parse_document(text)
    return [doc.text[s.start : s.end] for s in doc.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The U.S. economy grew 2%. Imports fell.",
            ["The U.S. economy grew 2%.", "Imports fell."],
            id="u-s-abbreviation",
        ),
        pytest.param(
            "BEIJING, Jan. 13 (Xinhua) -- Trade rose. Exports grew.",
            ["BEIJING, Jan. 13 (Xinhua) -- Trade rose.", "Exports grew."],
            id="month-abbreviation",
        ),
        pytest.param(
            "Art. 5 of Law No. 12 applies. It is new.",
            ["Art. 5 of Law No. 12 applies.", "It is new."],
            id="article-and-number",
        ),
        pytest.param(
            "“Trade reached $2.5 billion,” Mammadov said. “It will grow.”",
            ["“Trade reached $2.5 billion,” Mammadov said.", "“It will grow.”"],
            id="quotes-and-decimals",
        ),
        pytest.param(
            "Exports reached $5 mln. The ministry said so.",
            ["Exports reached $5 mln.", "The ministry said so."],
            id="scale-abbreviation-ends-a-sentence",
        ),
        pytest.param(
            "Deputy PM A. Overchuk spoke. Trade grew.",
            ["Deputy PM A. Overchuk spoke.", "Trade grew."],
            id="initial",
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_abbreviations_have_no_duplicates() -> None:
    from importlib import resources

    lines = resources.files("tracker").joinpath("data", "abbreviations.txt").read_text()
    words = [w.strip().lower() for w in lines.splitlines() if w.strip() and not w.startswith("#")]
    assert len(words) == len(set(words))
