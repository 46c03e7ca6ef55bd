"""The held-out gold sets (eval/holdout, eval/holdout2, eval/holdout3, eval/holdout4,
eval/holdout5, eval/holdout6, eval/holdout7) are well formed: every row in the claim contract.

These tests check the annotations themselves, not any extractor: fields and types,
offsets against the article text, sorted entities, known units and vocabulary, ISO
dates, and that each set's gold.jsonl is what its annotate.py builds from its
annotations.py.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SETS = ("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7")
# The fourth to seventh sets are smaller on purpose (16-20 articles, about 200-270 claims).
MINIMUM_ARTICLES = {"holdout4": 16, "holdout5": 16, "holdout6": 16, "holdout7": 16}

FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "doc": (str,),
    "surface": (str,),
    "start": (int,),
    "end": (int,),
    "sentence": (str,),
    "indicator": (str,),
    "entities": (list,),
    "value_low": (float, int),
    "value_high": (float, int),
    "unit": (str,),
    "bound": (str,),
    "measure": (str,),
    "kind": (str,),
    "period_start": (str, type(None)),
    "period_end": (str, type(None)),
    "period_text": (str, type(None)),
    "speaker": (str, type(None)),
    "publisher": (str, type(None)),
    "published": (str, type(None)),
}
INDICATORS = {
    "trade_turnover",
    "exports",
    "imports",
    "trade_balance",
    "trade_share",
    "gdp",
    "gdp_growth",
    "investment",
    "fdi",
    "inflation",
    "policy_rate",
    "lending",
    "bank_deposits",
    "fx_reserves",
    "remittances",
    "budget_revenue",
    "budget_expenditure",
    "industrial_output",
    "retail_sales",
    "unemployment_rate",
    "average_wage",
    "average_pension",
    "household_income",
    "cargo_transport",
    "passenger_transport",
    "jobs_created",
    "other",
}
CURRENCIES = {
    "USD",
    "EUR",
    "GBP",
    "RUB",
    "AZN",
    "TRY",
    "KZT",
    "CNY",
    "GEL",
    "UZS",
    "INR",
    "IRR",
    "BRL",
    "JPY",
    "PLN",
    "AMD",
    "KGS",
    "TMT",
}
OTHER_UNITS = {
    "percent",
    "pp",
    "multiple",
    "count",
    "tonnes",
    "barrels",
    "cubic_metres",
    "teu",
}
BOUNDS = {"exact", "about", "more_than", "at_least", "less_than", "at_most"}
MEASURES = {"level", "change"}
KINDS = {"actual", "forecast", "target", "potential"}
HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(?:By[ \t]+)?(.+?))?[ \t]*$")


def _folder(name: str) -> Path:
    return REPO / "eval" / name


def _rows(name: str) -> list[dict]:
    gold = _folder(name) / "gold.jsonl"
    if not gold.exists():
        return []
    lines = gold.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    for row in rows:
        row["_set"] = name
    return rows


ROWS = [row for name in SETS for row in _rows(name)]


def _id(row: dict) -> str:
    return f"{row['_set']}:{row.get('doc', '?')[:3]}:{row.get('surface', '?')}"


def _articles(row: dict) -> Path:
    return _folder(row["_set"]) / "articles"


def _iso(value: str) -> date:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), f"{value!r} is not YYYY-MM-DD"
    return date.fromisoformat(value)


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_big_enough(name: str) -> None:
    rows = [row for row in ROWS if row["_set"] == name]
    assert len({row["doc"] for row in rows}) >= MINIMUM_ARTICLES.get(name, 20)
    assert len(rows) >= 150


@pytest.mark.parametrize("name", SETS)
def test_every_article_has_gold_claims(name: str) -> None:
    articles = {path.name for path in (_folder(name) / "articles").glob("*.txt")}
    assert articles == {row["doc"] for row in ROWS if row["_set"] == name}


@pytest.mark.parametrize("name", SETS)
def test_gold_is_built_from_the_annotations(name: str) -> None:
    result = subprocess.run(
        [sys.executable, str(_folder(name) / "annotate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_fields_are_present_and_typed(row: dict) -> None:
    assert set(FIELD_TYPES) <= set(row), f"missing {set(FIELD_TYPES) - set(row)}"
    for name, types in FIELD_TYPES.items():
        value = row[name]
        assert isinstance(value, types) and not isinstance(value, bool), (name, value)
    assert all(isinstance(entity, str) and entity for entity in row["entities"])
    assert math.isfinite(row["value_low"]) and math.isfinite(row["value_high"])


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_offsets_match_the_text(row: dict) -> None:
    path = _articles(row) / row["doc"]
    assert path.is_file(), f"{row['doc']} does not exist"
    text = path.read_bytes().decode("utf-8-sig")
    assert 0 <= row["start"] < row["end"] <= len(text)
    assert text[row["start"] : row["end"]] == row["surface"]
    assert row["surface"] == row["surface"].strip()
    assert " ".join(row["surface"].split()) in row["sentence"]


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_vocabularies(row: dict) -> None:
    assert row["indicator"] in INDICATORS
    assert row["unit"] in CURRENCIES | OTHER_UNITS
    assert row["bound"] in BOUNDS
    assert row["measure"] in MEASURES
    assert row["kind"] in KINDS
    assert row["entities"] == sorted(row["entities"])
    assert len(set(row["entities"])) == len(row["entities"])
    assert row["entities"], "every gold claim names what it is about"


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_values(row: dict) -> None:
    low, high = row["value_low"], row["value_high"]
    assert low <= high, "a range runs low to high, also when both ends are negative"
    if low < 0:
        assert row["measure"] == "change" or row["indicator"] in {"trade_balance", "inflation"}, (
            "only a decline, a deficit or a falling price index is negative"
        )
    if row["unit"] == "multiple":
        assert row["measure"] == "change" and low > 0
    if row["unit"] == "pp":
        assert row["measure"] == "change"
    if row["indicator"] == "gdp_growth":
        assert row["measure"] == "change"


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_periods_and_header(row: dict) -> None:
    first, last = row["period_start"], row["period_end"]
    assert (first is None) == (last is None)
    if first is not None:
        assert _iso(first) <= _iso(last)
    text = (_articles(row) / row["doc"]).read_text(encoding="utf-8")
    match = HEADER.match(text.split("\n", 1)[0])
    if match:
        assert row["published"] == match.group(1)
        assert row["publisher"] == match.group(2)
        _iso(row["published"])
    else:
        assert row["published"] is None and row["publisher"] is None


def test_rows_are_in_document_order() -> None:
    keys = [(row["_set"], row["doc"], row["start"]) for row in ROWS]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys), "two gold claims on one span"
