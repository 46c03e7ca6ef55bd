"""The vocabulary data files themselves: well-formed, consistent, and what the code expects."""

from __future__ import annotations

import json
import re
from datetime import date
from importlib import resources

import pytest

from tracker.resources import json_data, word_list

DATA = resources.files("tracker").joinpath("data")
JSON_FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith(".json"))
#: The indicator names the scorer knows (CLAIMS.md).
CONTRACT_INDICATORS = {
    "trade_turnover", "exports", "imports", "trade_balance", "trade_share", "gdp", "gdp_growth",
    "investment", "fdi", "inflation", "policy_rate", "lending", "bank_deposits", "fx_reserves",
    "remittances", "budget_revenue", "budget_expenditure", "industrial_output", "retail_sales",
    "unemployment_rate", "average_wage", "average_pension", "household_income",
    "cargo_transport", "passenger_transport", "jobs_created", "other",
}  # fmt: skip


@pytest.mark.parametrize("name", JSON_FILES)
def test_json_files_parse_and_say_what_they_hold(name: str) -> None:
    data = json.loads(DATA.joinpath(name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    assert data.get("_about"), f"{name} needs an _about line"


def test_indicator_names_are_the_contracts() -> None:
    names = {k for k in json_data("indicators.json") if not k.startswith("_")}
    assert names <= CONTRACT_INDICATORS
    assert all(re.fullmatch(r"[a-z]+(?:_[a-z]+)*", n) for n in names)


def test_indicator_phrases_are_unique_and_lower_case() -> None:
    seen: dict[str, str] = {}
    for name, phrases in json_data("indicators.json").items():
        if name.startswith("_"):
            continue
        for phrase in phrases:
            assert phrase == phrase.lower().strip(), phrase
            assert phrase not in seen, f"{phrase!r} is under {seen.get(phrase)} and {name}"
            seen[phrase] = name


def test_weak_indicator_phrases_exist() -> None:
    data = json_data("indicators.json")
    phrases = {p for k, v in data.items() if not k.startswith("_") for p in v}
    assert set(data["_weak"]) <= phrases


def test_currency_codes_are_iso_shaped() -> None:
    data = json_data("currencies.json")
    for code, forms in data.items():
        if code.startswith("_"):
            continue
        assert re.fullmatch(r"[A-Z]{3}", code)
        assert forms["symbols"] or forms["words"]
    for word, (code, factor) in data["_subunits"].items():
        assert code in data and 0 < factor < 1, word


def test_units_are_known_kinds() -> None:
    for phrase, (unit, factor) in json_data("units.json")["units"].items():
        assert re.fullmatch(r"[a-z_]+", unit), phrase
        assert factor > 0


def test_bounds_use_contract_words() -> None:
    data = json_data("bounds.json")
    allowed = {"exact", "about", "more_than", "at_least", "less_than", "at_most"}
    assert set(data["before"].values()) <= allowed
    assert set(data["verbs"].values()) <= allowed


def test_countries_have_unique_aliases() -> None:
    owner: dict[str, str] = {}
    for name, aliases in json_data("countries.json").items():
        if name.startswith("_"):
            continue
        for alias in aliases:
            assert alias not in owner or owner[alias] == name, alias
            owner[alias] = name


def test_publishers_point_at_known_countries() -> None:
    countries = {k for k in json_data("countries.json") if not k.startswith("_")}
    for publisher, country in json_data("publishers.json").items():
        if not publisher.startswith("_"):
            assert country in countries, publisher


def test_fiscal_years_are_known_countries_and_start_days() -> None:
    countries = json_data("countries.json")
    years = {k: v for k, v in json_data("fiscal_years.json").items() if not k.startswith("_")}
    assert years
    for country, start in years.items():
        assert country in countries, country
        usual = start if isinstance(start, str) else start["start"]
        moved = {} if isinstance(start, str) else start["years"]
        for year, day in [("2001", usual), *moved.items()]:
            date.fromisoformat(f"{int(year):04d}-{day}")  # a real day of that year
        assert usual != "01-01", country  # calendar fiscal years are left out


def test_kind_cues_are_lists_of_phrases() -> None:
    data = json_data("kinds.json")
    for kind in ("potential", "target", "forecast"):
        assert data[kind] and all(isinstance(c, str) and c for c in data[kind])
    assert set(data["after"].values()) <= {"forecast", "target", "target_if_verb", "potential"}
    assert set(data["nouns"]) <= {c for kind in ("target", "forecast") for c in data[kind]}


def test_number_words_have_values() -> None:
    data = json_data("numbers.json")
    assert data["units"]["three"] == 3 and data["tens"]["twenty"] == 20
    assert set(data["glued_only_scales"]) <= set(data["scales"])


def test_speech_words_are_lower_case_where_matched_so() -> None:
    data = json_data("speech.json")
    assert all(t == t.lower() for t in data["titles"] + data["roles"] + data["institutions"])
    assert "said" in data["verbs"]


def test_abbreviations_list_loads() -> None:
    assert "jan" in word_list("abbreviations.txt")
