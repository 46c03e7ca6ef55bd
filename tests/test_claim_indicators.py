"""A claim's indicator: which of CLAIMS.md's names a figure is of.

Only the value and indicator of each claim are checked here: the other fields have their own
tests. The texts were written for these tests in the style of the wires the project reads
(CLAIMS.md: "trade_share (a partner's share of a country's trade)", the held-out READMEs:
"projects worth" are investment); figures are plausible, not quotes.
"""

from __future__ import annotations

import pytest

from tracker import extract_claims

from .corpus_helpers import document


def _read(text: str) -> list[tuple[float, str]]:
    claims = extract_claims(document(" date 2024-10-10 By Trend\n\n" + text))
    return [(float(f"{c.value_low:.4g}"), c.indicator) for c in claims]


SHARES = [
    pytest.param(
        "Kazakhstan remained Kyrgyzstan's largest trading partner in 2024, with trade turnover "
        "of $2.9 billion, or 18.5% of Kyrgyzstan's total external trade.",
        [(2.9e9, "trade_turnover"), (18.5, "trade_share")],
        id="a-partners-percent-of-total-trade",
    ),
    pytest.param(
        "Trade between Uzbekistan and China grew to $13.1 billion, or 19.8% of Uzbekistan's "
        "foreign trade.",
        [(1.31e10, "trade_turnover"), (19.8, "trade_share")],
        id="percent-of-a-possessive-foreign-trade",
    ),
    pytest.param(
        "Trade with Turkey, Azerbaijan's second partner, amounted to $3.4 billion, or 12.2% of "
        "the total.",
        [(3.4e9, "trade_turnover"), (12.2, "trade_share")],
        id="percent-of-the-total-in-a-partners-trade",
    ),
    pytest.param(
        "China was Mongolia's main partner with a 61.3 percent share of total trade turnover.",
        [(61.3, "trade_share")],
        id="a-percent-share-of-trade-after-the-figure",
    ),
    pytest.param(
        "Remittances from Russia reached $3.2 billion, about 83 percent of all money transfers "
        "to the country.",
        [(3.2e9, "remittances"), (83.0, "other")],
        id="a-share-of-remittances-is-other",
    ),
    pytest.param(
        "The country imports about 70% of its gas needs.",
        [(70.0, "other")],
        id="a-share-of-needs-is-other",
    ),
    pytest.param(
        "Gold holdings rose to $14.2 billion, or 41.7% of the reserves.",
        [(1.42e10, "other"), (41.7, "other")],
        id="a-share-of-reserves-is-other",
    ),
    pytest.param(
        "Defence will get 2.1 billion manat, or 8.4% of total spending, next year.",
        [(2.1e9, "budget_expenditure"), (8.4, "other")],
        id="a-share-of-spending-is-other",
    ),
    pytest.param(
        "Some 85% of payments between the two countries are made in national currencies.",
        [(85.0, "other")],
        id="a-share-of-payments-is-other",
    ),
    pytest.param(
        "The bank's lending rose 12%, while inflation stood at 8.6% in September.",
        [(12.0, "lending"), (8.6, "inflation")],
        id="rates-and-changes-keep-their-indicator",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_percentage_levels_are_rates_or_shares(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _read(text) == expected


PROJECTS = [
    pytest.param(
        "A Turkish company opened a textile factory worth $48 million in the Navoi free zone.",
        [(4.8e7, "investment")],
        id="a-factory-worth",
    ),
    pytest.param(
        "Emirati companies are involved in energy projects in Uzbekistan worth over $9 billion.",
        [(9e9, "investment")],
        id="projects-in-a-place-worth",
    ),
    pytest.param(
        "The portfolio includes a $410 million cement plant and a $95 million solar power "
        "facility.",
        [(4.1e8, "investment"), (9.5e7, "investment")],
        id="an-amount-before-a-plant",
    ),
    pytest.param(
        "The company signed a supply contract worth $120 million.",
        [(1.2e8, "other")],
        id="a-contract-worth-stays-other",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROJECTS)
def test_projects_worth_are_investment(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


FLOWS = [
    pytest.param(
        "The Baku-Tbilisi railway carried 2.7 million tonnes of cargo in 2024, up 4.2 percent.",
        [(2.7e6, "cargo_transport"), (4.2, "cargo_transport")],
        id="carried-tonnes-is-freight",
    ),
    pytest.param(
        "The airline carried 1.9 million passengers last year.",
        [(1.9e6, "passenger_transport")],
        id="carried-passengers-stays-passengers",
    ),
    pytest.param(
        "Kazakhstan is ready to supply Tajikistan with up to 500,000 tonnes of wheat a year.",
        [(5e5, "exports")],
        id="to-supply-a-country-is-exports",
    ),
    pytest.param(
        "The pipeline is expected to transport 15 million tonnes of oil next year.",
        [(1.5e7, "cargo_transport")],
        id="to-transport-is-cargo",
    ),
    pytest.param(
        "Loadings at the port averaged 410,000 barrels per day in March.",
        [(4.1e5, "cargo_transport")],
        id="loadings-are-cargo",
    ),
    pytest.param(
        "Last year the two countries traded goods worth $2.3 billion.",
        [(2.3e9, "trade_turnover")],
        id="traded-goods-is-turnover",
    ),
    pytest.param(
        "Washington raised tariffs on Chinese steel to 25 percent in May.",
        [(25.0, "other")],
        id="a-tariff-is-other",
    ),
    pytest.param(
        "The Ministry of Transport said trade with Kyrgyzstan may reach $1 billion.",
        [(1e9, "trade_turnover")],
        id="a-transport-ministry-is-no-freight",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FLOWS)
def test_flow_verbs(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Baku-Supsa pipeline carried 4.1 million tonnes of oil in 2023.",
            [(4.1e6, "cargo_transport")],
            id="carried-tonnes-is-no-passengers",
        ),
        pytest.param(
            "Trade between Georgia and Armenia reached $1.1 billion in 2024, or 7.9% of "
            "Georgia's total external trade.",
            [(1.1e9, "trade_turnover"), (7.9, "trade_share")],
            id="a-share-of-trade-is-no-turnover",
        ),
        pytest.param(
            "Direct investment from Japan totaled $1.4 billion, about 12% of all FDI received "
            "by the country.",
            [(1.4e9, "fdi"), (12.0, "other")],
            id="a-share-of-fdi-is-no-fdi",
        ),
        pytest.param(
            "An Indian company opened a pharmaceutical plant worth $30 million in the region.",
            [(3e7, "investment")],
            id="a-plant-worth-is-no-other",
        ),
    ],
)
def test_old_readings_are_gone(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected
