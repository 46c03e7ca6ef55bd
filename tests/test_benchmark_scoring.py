"""The benchmark scripts: their corpus generator and scoring rules, on hand-made rows.

The NewsQuant data itself stays in ../shared; these rows are written here in its shape.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import extract_speed  # noqa: E402
import newsquant  # noqa: E402


def _row(text: str, *quantities: tuple[float, float, str, str, str | None]) -> dict:
    return {
        "text": text,
        "quantities": [
            {"value_low": low, "value_high": high, "unit": unit, "category": category,
             "currency_iso": iso}
            for low, high, unit, category, iso in quantities
        ],
    }  # fmt: skip


def test_synthetic_articles_are_news_sized_and_varied() -> None:
    rng = random.Random(1)
    articles = [extract_speed.synthetic_article(rng) for _ in range(20)]
    assert len(set(articles)) == 20
    assert all(2300 <= len(a.encode()) <= 4000 for a in articles)


@pytest.mark.parametrize(
    ("row", "correct", "predicted", "gold"),
    [
        pytest.param(
            _row("Exports rose 5 percent to $2 billion.",
                 (5, 5, "percentage", "percent", None), (2e9, 2e9, "dollar", "money", None)),
            2, 2, 2, id="bare-dollar-and-percent",
        ),
        pytest.param(
            _row("Sales fell 3% to 5 billion yen.",
                 (3, 3, "percentage", "percent", None), (5e9, 5e9, "japanese yen", "money", "JPY")),
            2, 2, 2, id="signed-decline-matches-magnitude",
        ),
        pytest.param(
            _row("Prices rose from $2 to $3.", (2, 3, "dollar", "money", None)),
            1, 1, 1, id="from-to-paired",
        ),
        pytest.param(
            _row("Output doubled.",), 0, 0, 0, id="implicit-multiple-left-out",
        ),
    ],
)  # fmt: skip
def test_newsquant_scoring(row: dict, correct: int, predicted: int, gold: int) -> None:
    subset_unit, _, _ = newsquant.score([row])
    assert (subset_unit.correct, subset_unit.predicted, subset_unit.gold) == (
        correct, predicted, gold,
    )  # fmt: skip


def test_newsquant_says_where_the_data_is_missing(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "newsquant.py"), "--data",
         str(tmp_path / "nope.jsonl")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "not found" in result.stderr
