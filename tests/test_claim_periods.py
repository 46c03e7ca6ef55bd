"""Which period phrase a claim takes (CLAIMS.md, "Periods"), in claims.py's `_period`.

Only the value and the period of each claim are checked here: the other fields have their
own tests in test_claims.py. The texts were written for these tests in the style of the wires
the project reads; figures are plausible, not quotes.
"""

from __future__ import annotations

import pytest

from tracker import extract_claims

from .corpus_helpers import document

Dates = tuple[str | None, str | None]


def _periods(text: str, published: str = "2024-10-10") -> list[tuple[float, Dates]]:
    claims = extract_claims(document(f" date {published} By Trend\n\n" + text))
    return [(float(f"{claim.value_low:.4g}"), _dates(claim.to_dict())) for claim in claims]


def _dates(row: dict) -> Dates:
    return row["period_start"], row["period_end"]


# -- "since then", "since its launch": from the day written before, to publication ---------

SINCE_ANCHORS = [
    pytest.param(
        "The production sharing agreement was signed on March 12, 2001. Since then, more than "
        "70 million tonnes of oil have been produced at the field.",
        [(7e7, ("2001-03-12", "2024-10-10"))],
        id="since-then-after-a-day",
    ),
    pytest.param(
        "The terminal, opened in May 2019, has handled over 12 million tonnes of cargo since "
        "its opening.",
        [(1.2e7, ("2019-05-01", "2024-10-10"))],
        id="since-its-opening",
    ),
    pytest.param(
        "The pipeline was launched in 2015. Since then, Azerbaijan has exported 40 billion "
        "cubic metres of gas through it.",
        [(4e10, ("2015-01-01", "2024-10-10"))],
        id="since-then-after-a-year",
    ),
    pytest.param(
        "The agreement entered into force last year. Since then, mutual trade with Turkey has "
        "grown by 30 percent.",
        [(30.0, ("2023-01-01", "2024-10-10"))],
        id="since-then-after-last-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_ANCHORS)
def test_since_then_starts_at_the_day_written_before(text: str, expected: list) -> None:
    assert _periods(text) == expected


# -- a "since" clause closed by its date ---------------------------------------------------

SINCE_CLAUSES = [
    pytest.param(
        "Since the railway was commissioned in September 2017, more than 5 million tonnes of "
        "freight have crossed it.",
        [(5e6, ("2017-09-01", "2024-10-10"))],
        id="since-commissioned-in-month",
    ),
    pytest.param(
        "Since the start of exports on July 1, 2021, Uzbekistan has sold 3.2 million tonnes of "
        "cement abroad.",
        [(3.2e6, ("2021-07-01", "2024-10-10"))],
        id="since-the-start-on-day",
    ),
    pytest.param(
        "Since the fund was set up in 2012, it has invested $4.5 billion in the region.",
        [(4.5e9, ("2012-01-01", "2024-10-10"))],
        id="since-set-up-in-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_CLAUSES)
def test_a_since_clause_runs_from_its_date(text: str, expected: list) -> None:
    assert _periods(text) == expected


def test_the_date_of_a_since_clause_is_no_longer_the_period() -> None:
    """Before, "Since ... commissioned in September 2017" gave September 2017 alone."""
    text = SINCE_CLAUSES[0].values[0]
    assert _periods(text)[0][1] != ("2017-09-01", "2017-09-30")


# -- "at the end of this year": a point, as "at the end of 2024" -----------------------------

YEAR_ENDS = [
    pytest.param(
        "The central bank expects inflation to slow to 8-9% at the end of this year.",
        [(8.0, ("2024-12-31", "2024-12-31"))],
        id="at-the-end-of-this-year",
    ),
    pytest.param(
        "The ministry forecasts public debt at 41% of GDP at the end of next year.",
        [(41.0, ("2025-12-31", "2025-12-31"))],
        id="at-the-end-of-next-year",
    ),
    pytest.param(
        "The regulator expects inflation of 6% by the end of this year.",
        [(6.0, ("2024-01-01", "2024-12-31"))],
        id="by-the-end-of-this-year-stays-the-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_ENDS)
def test_the_end_of_a_relative_year(text: str, expected: list) -> None:
    assert _periods(text) == expected


# -- a forecast's vintage is not its period ---------------------------------------------------

VINTAGES = [
    pytest.param(
        "The ADB now expects Armenia's economy to grow 5.8% in 2024, up from the 5% it "
        "projected in April.",
        [(5.8, ("2024-01-01", "2024-12-31")), (5.0, ("2024-01-01", "2024-12-31"))],
        id="it-projected-in-month",
    ),
    pytest.param(
        "The IMF cut its forecast for Kazakhstan's growth in 2025 to 4.1% from 4.7% in its July "
        "outlook.",
        [(4.1, ("2025-01-01", "2025-12-31")), (4.7, ("2025-01-01", "2025-12-31"))],
        id="in-its-month-outlook",
    ),
    pytest.param(
        "The central bank now sees inflation at 7.2% in 2025, up from a previous forecast of 6.5%.",
        [(7.2, ("2025-01-01", "2025-12-31")), (6.5, ("2025-01-01", "2025-12-31"))],
        id="previous-forecast-of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VINTAGES)
def test_a_revised_forecast_keeps_the_year_forecast(text: str, expected: list) -> None:
    assert _periods(text) == expected


def test_the_month_of_a_forecast_is_no_longer_the_period() -> None:
    """Before, "the 5% it projected in April" took April 2024."""
    old = _periods(VINTAGES[0].values[0])[1]
    assert old[1] != ("2024-04-01", "2024-04-30")


def test_a_year_after_projected_is_the_figure_s() -> None:
    assert _periods("Budget revenues of 38 billion manat are projected in 2025.") == [
        (3.8e10, ("2025-01-01", "2025-12-31"))
    ]
