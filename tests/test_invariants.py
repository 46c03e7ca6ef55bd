"""What every claim of every evaluation article satisfies, whatever its gold says: its surface
is its text span, its range and its period run forwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker import extract_claims, load_document

from .conftest import REPO

ARTICLES = sorted(REPO.glob("eval/holdout*/articles/*.txt")) + sorted(REPO.glob("seeds/*.txt"))


def test_there_are_articles_to_check() -> None:
    assert len(ARTICLES) > 80


@pytest.mark.parametrize(
    "path", ARTICLES, ids=lambda path: f"{path.parent.parent.name}/{path.stem}"
)
def test_every_claim_is_well_formed(path: Path) -> None:
    document = load_document(path)
    for claim in extract_claims(document):
        assert document.text[claim.start : claim.end] == claim.surface
        assert claim.value_low <= claim.value_high, claim
        if claim.period_start is not None and claim.period_end is not None:
            assert claim.period_start <= claim.period_end, claim
