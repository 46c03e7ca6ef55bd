"""A claim's kind (actual, forecast, target, potential) and measure (level or change).

Only the value, kind and measure of each claim are checked here: the other fields have their
own tests. The texts were written for these tests in the style of the wires the project reads
(CLAIMS.md: "forecast (expected, projected, will)", "potential (the opportunity to ...)",
"change (growth or decline against a base)"); figures are plausible, not quotes.
"""

from __future__ import annotations

import pytest

from tracker import extract_claims

from .corpus_helpers import document


def _read(text: str) -> list[tuple[float, str, str]]:
    claims = extract_claims(document(" date 2024-10-10 By Trend\n\n" + text))
    return [(float(f"{c.value_low:.4g}"), c.kind, c.measure) for c in claims]


KINDS = [
    pytest.param(
        "Trade between Armenia and Iran may reach $1 billion in the coming years.",
        [(1e9, "potential", "level")],
        id="may-is-a-potential",
    ),
    pytest.param(
        "The ministry said 3.1 billion manat will be allocated for road building in 2025.",
        [(3.1e9, "forecast", "level")],
        id="a-figure-for-a-later-year-is-no-actual",
    ),
    pytest.param(
        "Economists said the deficit could narrow to 2.1% of GDP in 2025, from 3.4% in 2023.",
        [(2.1, "potential", "level"), (3.4, "actual", "level")],
        id="the-past-start-of-a-potential-is-actual",
    ),
    pytest.param(
        "Copper output is forecast at 1.2 million tonnes next year, after 1.1 million tonnes "
        "in 2023.",
        [(1.2e6, "forecast", "level"), (1.1e6, "actual", "level")],
        id="what-a-forecast-comes-after-is-actual",
    ),
    pytest.param(
        "Analysts had expected a rise of 0.5 percent in September, after a revised decline of "
        "0.8 percent in August.",
        [(0.5, "forecast", "change"), (-0.8, "actual", "change")],
        id="after-a-revised-decline-is-actual",
    ),
    pytest.param(
        "Kazakhstan's wheat exports reached 9.5 million tonnes in 2023 and are expected to "
        "total 10 million tonnes in 2024.",
        [(9.5e6, "actual", "level"), (1e7, "forecast", "level")],
        id="and-are-expected-is-the-next-figures",
    ),
    pytest.param(
        "The port operator plans to raise its capacity to 25 million tonnes a year by 2028.",
        [(2.5e7, "target", "level")],
        id="capacity-to-before-a-figure-is-no-ability",
    ),
    pytest.param(
        '"We will bring inflation down to 5% by the end of next year," the governor said.',
        [(5.0, "forecast", "level")],
        id="will-bring-is-a-forecast",
    ),
    pytest.param(
        '"We can double trade within two years and bring it to $500 million," he said.',
        [(2.0, "potential", "change"), (5e8, "potential", "level")],
        id="can-and-bring-is-a-potential",
    ),
    pytest.param(
        "Kyrgyzstan and Kazakhstan agreed on Friday to raise mutual trade to $3 billion.",
        [(3e9, "target", "level")],
        id="agreed-on-a-day-to-is-a-target",
    ),
    pytest.param(
        "The leaders agreed to launch joint projects worth $800 million by 2027.",
        [(8e8, "target", "level")],
        id="agreed-to-is-a-target",
    ),
    pytest.param(
        "Grain exports are on track to exceed 12 million tonnes this season.",
        [(1.2e7, "forecast", "level")],
        id="on-track-to-is-a-forecast",
    ),
    pytest.param(
        "The new bridge, whose cost is estimated at $400 million, will link the two ports.",
        [(4e8, "forecast", "level")],
        id="an-estimated-cost-is-a-forecast",
    ),
    pytest.param(
        "Inflation eased to 3.9% in September, below the 4.1% that the central bank had "
        "pencilled in.",
        [(3.9, "actual", "level"), (4.1, "forecast", "level")],
        id="the-figure-a-bank-pencilled-in-is-a-forecast",
    ),
]


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_kinds(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _read(text) == expected


MEASURES = [
    pytest.param(
        "The trade surplus made up $3.2 billion in January-September.",
        [(3.2e9, "actual", "level")],
        id="made-up-is-no-rise",
    ),
    pytest.param(
        "Oil accounted for most of exports, and gas made up 18.4% of the total.",
        [(18.4, "actual", "level")],
        id="made-up-a-share",
    ),
    pytest.param(
        "Turkmenistan exported 31 billion cubic metres of gas, 2 billion cubic metres more "
        "than in 2023.",
        [(3.1e10, "actual", "level"), (2e9, "actual", "change")],
        id="more-than-in-after-a-volume",
    ),
    pytest.param(
        "That is 8.1 percent, or $45 million, more than a year earlier.",
        [(8.1, "actual", "change"), (4.5e7, "actual", "change")],
        id="or-aside-then-more-than",
    ),
    pytest.param(
        "Wages have grown by an average of 11% a year since 2020.",
        [(11.0, "actual", "change")],
        id="by-an-average-of",
    ),
    pytest.param(
        "The new field will add about 90,000 barrels per day of output.",
        [(9e4, "forecast", "change")],
        id="will-add-is-a-change",
    ),
    pytest.param(
        "Growth in the construction sector amounted to 7.2% in January-September.",
        [(7.2, "actual", "change")],
        id="growth-in-a-sector-amounted-to",
    ),
    pytest.param(
        "Mortgage lending growth slowed to 14.1 percent year on year in August.",
        [(14.1, "actual", "change")],
        id="lending-growth-slowed-to",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEASURES)
def test_measures(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Exports reached $5.1 billion, more than in any year since 2014.",
            [(5.1e9, "actual", "level")],
            id="a-comma-without-or-keeps-the-level",
        ),
        pytest.param(
            "GDP growth was 4.1% and exports reached $2.4 billion in January-June.",
            [(4.1, "actual", "change"), (2.4e9, "actual", "level")],
            id="growth-of-an-earlier-figure-is-not-this-ones",
        ),
        pytest.param(
            "Machinery accounted for much of the growth: 1,200 tractors.",
            [],
            id="growth-before-a-colon",
        ),
        pytest.param(
            '"We want to at least double exports of fruit," the minister said.',
            [(2.0, "target", "change")],
            id="want-to-before-a-multiple-verb-stays-a-target",
        ),
    ],
)
def test_old_readings_are_gone(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _read(text) == expected
