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
