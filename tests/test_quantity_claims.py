"""Quantities whose unit needs its indicator in context, read through to claims.

Texts are written for this corpus in the style of the wires the project reads (Reuters,
Interfax, Kazinform, Trend, APA); figures are plausible, not quotes. Each case names the one
figure (value, unit) that must come out as a claim of the indicator given, or not at all.
"""

from __future__ import annotations

import pytest

from tracker import extract_claims

from .corpus_helpers import document

HEADER = " date 2024-11-20 By Interfax\n\nHeadline\n\n"


def _claims(text: str) -> dict[tuple[float, str], str]:
    """Gives {(value, unit): indicator} of the claims of a one-paragraph story."""
    found = extract_claims(document(HEADER + text))
    return {(claim.value_low, claim.unit): claim.indicator for claim in found}


@pytest.mark.parametrize(
    ("text", "value", "unit", "indicator"),
    [
        pytest.param(
            "Iraq pumped 4.3 million bpd in October, a Reuters survey found.",
            4.3e6,
            "barrels",
            "other",
            id="pumped-bpd",
        ),
        pytest.param(
            '"We will produce about 600,000 barrels per day next year," the minister said.',
            6e5,
            "barrels",
            "other",
            id="produce-barrels-per-day",
        ),
        pytest.param(
            "The agency raised its forecast for world oil demand growth to 1.3 million bpd.",
            1.3e6,
            "barrels",
            "other",
            id="oil-demand-is-no-gdp",
        ),
        pytest.param(
            "Container traffic through the Aktau port reached 215,000 TEU in January-June.",
            215000,
            "teu",
            "cargo_transport",
            id="container-traffic-teu",
        ),
        pytest.param(
            "Turkmenistan's budget revenues reached 98.5 billion manats in 2024, Ashgabat said.",
            98.5e9,
            "TMT",
            "budget_revenue",
            id="manats-in-a-turkmen-story",
        ),
    ],
)
def test_claim_with_its_unit(text: str, value: float, unit: str, indicator: str) -> None:
    assert _claims(text).get((value, unit)) == indicator


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        pytest.param(
            "Georgia imported 8,120 passenger cars from Japan in the first half.",
            8120,
            "passengers",
            id="passenger-cars-are-no-passengers",
        ),
        pytest.param(
            "Turkmenistan's budget revenues reached 98.5 billion manats in 2024.",
            98.5e9,
            "AZN",
            id="turkmen-manats-are-no-azn",
        ),
    ],
)
def test_old_reading_is_gone(text: str, value: float, unit: str) -> None:
    assert (value, unit) not in _claims(text)


def _found(text: str) -> set[tuple[float, str]]:
    """Gives the (value, unit) of every claim of a story."""
    return {(claim.value_low, claim.unit) for claim in extract_claims(document(HEADER + text))}


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        pytest.param(
            "Kazakhstan imported 21,400 passenger cars from Russia in January-September.",
            21400,
            "imports",
            id="imported-cars",
        ),
        pytest.param(
            "Georgia's car imports fell by 9% to 41,250 units in the first half of the year.",
            41250,
            "imports",
            id="imports-in-units",
        ),
        pytest.param(
            "The Kazakh railway handled 9,300 container trains on the China-Europe route in 2024.",
            9300,
            "cargo_transport",
            id="handled-trains",
        ),
        pytest.param(
            "The port of Novorossiysk loaded 412 tankers in the first half of 2024.",
            412,
            "cargo_transport",
            id="loaded-tankers",
        ),
        pytest.param(
            "Investment projects worth $4.1 billion were launched, creating more than 12,500 new"
            " jobs, the ministry said.",
            12500,
            "jobs_created",
            id="own-noun-names-jobs",
        ),
        pytest.param(
            "Railways carried 12.1 million tonnes of cargo and 1.9 billion passengers in 2024.",
            1.9e9,
            "passenger_transport",
            id="own-noun-names-passengers",
        ),
        pytest.param(
            "Egypt welcomed 15.7 million foreign visitors in 2024, up from 14.9 million a year"
            " earlier.",
            15.7e6,
            "other",
            id="tourist-visitors",
        ),
        pytest.param(
            "In January-June, Belarus was the third-largest supplier with 2,310 tractors worth"
            " $61.2 million, customs data showed. Imports of machinery rose 14%.",
            2310,
            "other",
            id="worth-names-the-money",
        ),
        pytest.param(
            "The number of unemployed people fell to 1.9 million in September, the statistics"
            " office said.",
            1.9e6,
            "other",
            id="unemployed-count-is-other",
        ),
    ],
)
def test_count_claim(text: str, value: float, indicator: str) -> None:
    assert _claims(text).get((value, "count")) == indicator


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        pytest.param(
            "The Tashkent International Investment Forum brought together 2,400 participants and"
            " more than 600 companies from 60 countries; the organizers expect 12,000 visitors.",
            12000,
            "count",
            id="event-visitors",
        ),
        pytest.param(
            "The Trans-Caspian transport association unites 27 companies from 9 countries and"
            " handles transit cargo.",
            27,
            "count",
            id="member-companies",
        ),
        pytest.param(
            "The freight council, set up to raise cargo volumes, meets twice a year.",
            2,
            "count",
            id="frequency-is-no-count",
        ),
        pytest.param(
            "Economic growth was strong: 2,150 electric cars were sold in the quarter.",
            2150,
            "count",
            id="a-rate-names-no-count",
        ),
        pytest.param(
            "Exports of gas to Belarus stood at 20 billion cubic metres, at a price of $128.5 per"
            " 1,000 cubic meters.",
            1000,
            "cubic_metres",
            id="per-denominator",
        ),
    ],
)
def test_count_or_denominator_is_no_claim(text: str, value: float, unit: str) -> None:
    assert (value, unit) not in _found(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        pytest.param(
            "Gas production reached 37.2 billion cubic metres in 2024.\n\nOf this volume,"
            " 19.1 billion cubic metres came from the Shah Deniz field.",
            19.1e9,
            "cubic_metres",
            id="part-of-a-volume",
        ),
        pytest.param(
            "Turkmenistan's gas exports reached 41 billion cubic metres last year.\n\n"
            '"China remains our main market," he said. "About 35 billion cubic metres went'
            ' there through the Central Asia pipeline."',
            35e9,
            "cubic_metres",
            id="volume-after-a-quote-break",
        ),
    ],
)
def test_physical_figure_goes_on_from_its_unit(text: str, value: float, unit: str) -> None:
    assert (value, unit) in _found(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        pytest.param(
            "The number of international visitors reached 8.1 million in 2024, up 9%.",
            8.1e6,
            "count",
            id="number-of-visitors",
        ),
        pytest.param(
            "Iran was the top source market with 1.9 million visitors, followed by Iraq with"
            " 1.3 million.",
            1.3e6,
            "count",
            id="source-market-list",
        ),
        pytest.param(
            "Shipments of grain this season are expected to reach 3 million tonnes, twice as"
            " much as last season.",
            2,
            "multiple",
            id="twice-as-much",
        ),
    ],
)
def test_subject_count_claim(text: str, value: float, unit: str) -> None:
    assert (value, unit) in _found(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        pytest.param(
            "The trade forum, first held in 2015, has been postponed twice since then.",
            2,
            "multiple",
            id="postponed-twice",
        ),
        pytest.param(
            "The sides signed an agreement on the avoidance of double taxation and on trade.",
            2,
            "multiple",
            id="double-taxation",
        ),
    ],
)
def test_multiple_word_is_no_claim(text: str, value: float, unit: str) -> None:
    assert (value, unit) not in _found(text)
