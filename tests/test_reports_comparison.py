"""The report's computations: run rates, implied targets, and which claims contradict.

Cases come from the seed articles (`seeds/`, claims as annotated in report_fixtures)
and from made-up pairs built to sit on each side of a conflict rule.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tracker.reports import annualise, compare_claims, implied_targets, months_covered
from tracker.reports.formatting import as_timestamp, format_amount, format_period, format_value

from .report_fixtures import claims_frame, mixed_frame, seed_frame

# --- run rates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "start", "end", "expected"),
    [
        # Seed: Trend, "more than $2.3 billion from January through October 2021".
        (2.3e9, date(2021, 1, 1), date(2021, 10, 31), 2.76e9),
        (1.0e9, date(2021, 1, 1), date(2021, 12, 31), 1.0e9),  # a whole year is its own rate
        (0.6e9, date(2021, 1, 1), date(2021, 6, 30), 1.2e9),  # first half
        (0.3e9, date(2021, 7, 1), date(2021, 9, 30), 1.2e9),  # a quarter
        (0.1e9, date(2022, 2, 1), date(2022, 2, 28), 1.2e9),  # one month, short February
        (4.0e9, date(2019, 1, 1), date(2020, 12, 31), 2.0e9),  # two years: per year
    ],
    ids=["seed-jan-oct", "whole-year", "half-year", "quarter", "february", "two-years"],
)
def test_annualise_scales_by_months_covered(
    value: float, start: date, end: date, expected: float
) -> None:
    assert annualise(value, start, end) == pytest.approx(expected)


def test_annualise_refuses_a_period_of_days() -> None:
    """A week's figure times 52 would be a guess, not a run rate."""
    assert pd.isna(annualise(1e6, date(2021, 3, 1), date(2021, 3, 7)))


def test_months_covered_counts_days_when_months_are_not_whole() -> None:
    months = months_covered(
        pd.Series([pd.Timestamp("2021-01-15")]), pd.Series([pd.Timestamp("2021-03-14")])
    )
    assert months.iloc[0] == pytest.approx(59 / (365.25 / 12))


# --- implied targets -------------------------------------------------------------------


def test_seed_multiple_implies_target_on_same_document_base() -> None:
    """Mammadov: "increase trade at least three-four times"; "today's figure of $2.5 billion"."""
    targets = implied_targets(seed_frame())
    assert len(targets) == 1
    row = targets.iloc[0]
    assert row["base_claim_id"] == 2
    assert (row["target_low"], row["target_high"]) == (7.5e9, 1.0e10)
    assert row["unit"] == "USD"
    assert row["bound"] == "at_least"
    assert row["target"] == "at least $7.5bn–$10bn"


@pytest.mark.parametrize(
    ("change", "base", "expected_low", "expected_high", "expected_bound"),
    [
        ({"value_low": 2.0, "unit": "multiple"}, {"value_low": 3e9}, 6e9, 6e9, "exact"),
        (
            {"value_low": 3.0, "value_high": 4.0, "unit": "multiple"},
            {"value_low": 2.5e9},
            7.5e9,
            1e10,
            "exact",
        ),
        ({"value_low": 20.0, "unit": "percent"}, {"value_low": 5e9}, 6e9, 6e9, "exact"),
        # A partial-year base is annualised first: Jan–Oct $2.3bn → $2.76bn a year.
        (
            {"value_low": 2.0, "unit": "multiple"},
            {
                "value_low": 2.3e9,
                "bound": "more_than",
                "period_start": "2021-01-01",
                "period_end": "2021-10-31",
            },
            5.52e9,
            5.52e9,
            "more_than",
        ),
        (
            {"value_low": 2.0, "unit": "multiple", "bound": "at_most"},
            {"value_low": 1e9, "bound": "about"},
            2e9,
            2e9,
            "at_most",
        ),
    ],
    ids=["double", "three-four-times", "plus-20-percent", "annualised-base", "up-to-double"],
)
def test_implied_target_values(
    change: dict[str, object],
    base: dict[str, object],
    expected_low: float,
    expected_high: float,
    expected_bound: str,
) -> None:
    frame = claims_frame(
        [
            {"document_id": 1, "doc": "a.txt", "published": "2021-12-01", **base},
            {
                "document_id": 2,
                "doc": "b.txt",
                "published": "2022-01-10",
                "measure": "change",
                "kind": "target",
                **change,
            },
        ]
    )
    row = implied_targets(frame).iloc[0]
    assert row["target_low"] == pytest.approx(expected_low)
    assert row["target_high"] == pytest.approx(expected_high)
    assert row["bound"] == expected_bound


def test_latest_actual_level_is_the_base_when_the_document_has_none() -> None:
    frame = claims_frame(
        [
            {
                "document_id": 1,
                "doc": "a.txt",
                "value_low": 1e9,
                "period_start": "2019-01-01",
                "period_end": "2019-12-31",
            },
            {
                "document_id": 2,
                "doc": "b.txt",
                "value_low": 2e9,
                "period_start": "2020-01-01",
                "period_end": "2020-12-31",
            },
            {
                "document_id": 3,
                "doc": "c.txt",
                "value_low": 9e9,
                "kind": "target",
                "period_start": "2030-01-01",
                "period_end": "2030-12-31",
            },
            {
                "document_id": 4,
                "doc": "d.txt",
                "value_low": 2.0,
                "unit": "multiple",
                "measure": "change",
                "kind": "forecast",
            },
        ]
    )
    row = implied_targets(frame).iloc[0]
    assert row["base_claim_id"] == 2  # the 2020 actual, not the 2030 target
    assert row["target_low"] == 4e9


def test_multiple_without_base_says_so() -> None:
    targets = implied_targets(mixed_frame())
    row = targets[targets["indicator"] == "investment"].iloc[0]
    assert pd.isna(row["target_low"])
    assert row["note"] == (
        "no base, as there is no level claim on Investment, Azerbaijan–Turkey to apply it to"
    )


def test_actual_changes_imply_no_target() -> None:
    """ "Trade grew by 15 % in 2021" is history, not a goal to put on a chart."""
    targets = implied_targets(mixed_frame())
    assert 12 not in set(targets["claim_id"])


def test_no_growth_claims_gives_an_empty_table_with_columns() -> None:
    targets = implied_targets(seed_frame().iloc[:2])
    assert targets.empty
    assert "target_low" in targets.columns


# --- comparison and conflicts ----------------------------------------------------------


def _pair(a: dict[str, object], b: dict[str, object]) -> pd.DataFrame:
    """Gives the comparison of two actual claims on Azerbaijan–Russia trade turnover."""
    frame = claims_frame(
        [
            {
                "document_id": 1,
                "doc": "a.txt",
                "publisher": "Trend",
                "published": "2022-02-01",
                **a,
            },
            {"document_id": 2, "doc": "b.txt", "publisher": "TASS", "published": "2022-02-02", **b},
        ]
    )
    return compare_claims(frame)


_YEAR = {"period_start": "2021-01-01", "period_end": "2021-12-31"}
_H1 = {"period_start": "2021-01-01", "period_end": "2021-06-30"}
_H2 = {"period_start": "2021-07-01", "period_end": "2021-12-31"}


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # "more than X" against "less than Y", same period.
        (
            {"value_low": 3e9, "bound": "more_than", **_YEAR},
            {"value_low": 2.8e9, "bound": "less_than", **_YEAR},
            True,
        ),
        (
            {"value_low": 3e9, "bound": "more_than", **_YEAR},
            {"value_low": 3e9, "bound": "less_than", **_YEAR},
            True,
        ),
        (
            {"value_low": 3e9, "bound": "at_least", **_YEAR},
            {"value_low": 3e9, "bound": "at_most", **_YEAR},
            False,
        ),
        (
            {"value_low": 3e9, "bound": "more_than", **_YEAR},
            {"value_low": 3.2e9, "bound": "less_than", **_YEAR},
            False,
        ),
        # Two exact figures: within the 5 % tolerance agree, beyond it conflict.
        ({"value_low": 2.0e9, **_YEAR}, {"value_low": 2.4e9, **_YEAR}, True),
        ({"value_low": 2.30e9, **_YEAR}, {"value_low": 2.35e9, **_YEAR}, False),
        ({"value_low": 2.0e9, "bound": "about", **_YEAR}, {"value_low": 2.15e9, **_YEAR}, False),
        # An exact figure inside a range.
        ({"value_low": 2.8e9, "value_high": 3.0e9, **_YEAR}, {"value_low": 2.9e9, **_YEAR}, False),
        # A part of the year larger than an upper bound on the whole year.
        ({"value_low": 2.2e9, **_H1}, {"value_low": 1.5e9, "bound": "at_most", **_YEAR}, True),
        ({"value_low": 1.2e9, **_H1}, {"value_low": 1.5e9, "bound": "at_most", **_YEAR}, False),
        ({"value_low": 2.2e9, **_H1}, {"value_low": 2.0e9, **_YEAR}, True),
        # Different halves are not the same period: no rule applies.
        ({"value_low": 2.0e9, **_H1}, {"value_low": 4.0e9, **_H2}, False),
        # Forecasts are not checked: a missed forecast is no contradiction.
        ({"value_low": 2.0e9, **_YEAR}, {"value_low": 4.0e9, "kind": "forecast", **_YEAR}, False),
    ],
    ids=[
        "more-than-vs-lower-less-than",
        "more-than-vs-equal-less-than",
        "at-least-vs-equal-at-most",
        "more-than-vs-higher-less-than",
        "exact-20-percent-apart",
        "exact-within-tolerance",
        "about-within-slack",
        "exact-inside-range",
        "part-above-whole-bound",
        "part-below-whole-bound",
        "part-above-exact-whole",
        "adjoining-halves",
        "forecast-vs-actual",
    ],
)
def test_conflict_flag(a: dict[str, object], b: dict[str, object], conflict: bool) -> None:
    comparison = _pair(a, b)
    assert len(comparison) == 1
    assert bool(comparison["conflict"].iloc[0]) is conflict


def test_conflict_rules_only_bind_flows_for_parts_of_a_period() -> None:
    """An inflation rate for half a year may exceed the year's: rates do not add up."""
    comparison = _pair(
        {"value_low": 9.0, "unit": "percent", "indicator": "inflation", **_H1},
        {"value_low": 6.0, "unit": "percent", "indicator": "inflation", **_YEAR},
    )
    assert not comparison["conflict"].any()


def test_same_period_conflict_is_found_beyond_the_pairing_cap() -> None:
    """Only the most recent claims of a group are paired one with another, but a clash
    between two older claims about one period is still reported."""
    rows = [
        {"document_id": 1, "doc": "a.txt", "value_low": 3e9, "bound": "more_than", **_YEAR},
        {"document_id": 2, "doc": "b.txt", "value_low": 2e9, "bound": "less_than", **_YEAR},
    ] + [
        {
            "document_id": 10 + n,
            "doc": f"n{n}.txt",
            "value_low": 1e9,
            "period_start": f"{2010 + n}-01-01",
            "period_end": f"{2010 + n}-12-31",
        }
        for n in range(5)
    ]
    frame = claims_frame(rows)
    frame.loc[:1, "period_start"] = pd.Timestamp("2000-01-01")
    frame.loc[:1, "period_end"] = pd.Timestamp("2000-12-31")
    comparison = compare_claims(frame, max_per_group=2)
    flagged = comparison[comparison["conflict"]]
    assert flagged[["claim_id_a", "claim_id_b"]].values.tolist() == [[1, 2]]


def test_seed_pairs_dated_with_undated_claim_without_judging() -> None:
    comparison = compare_claims(seed_frame())
    assert len(comparison) == 1
    row = comparison.iloc[0]
    assert (row["claim_id_a"], row["claim_id_b"]) == (1, 2)
    assert row["relation"] == "period unknown"
    assert not row["conflict"]
    assert row["annual_a"] == "more than $2.76bn a year"
    assert row["annual_low_a"] == pytest.approx(2.76e9)
    assert pd.isna(row["diff_pct"])


def test_gap_uses_run_rates_when_periods_differ() -> None:
    comparison = _pair(
        {"value_low": 2.3e9, **{"period_start": "2021-01-01", "period_end": "2021-10-31"}},
        {"value_low": 2.76e9 * 1.1, **_YEAR},
    )
    assert comparison["relation"].iloc[0] == "one contains the other"
    assert comparison["diff_pct"].iloc[0] == pytest.approx(10.0)


def test_different_units_and_groups_are_not_compared() -> None:
    comparison = _pair(
        {"value_low": 2e9, **_YEAR},
        {"value_low": 2e9, "unit": "EUR", **_YEAR},
    )
    assert comparison.empty
    comparison = _pair(
        {"value_low": 2e9, **_YEAR},
        {"value_low": 9e9, "entities": "Azerbaijan, Turkey", **_YEAR},
    )
    assert comparison.empty


def test_mixed_fixture_conflicts_are_the_planted_ones() -> None:
    comparison = compare_claims(mixed_frame())
    flagged = {
        tuple(sorted(pair))
        for pair in comparison.loc[comparison["conflict"], ["claim_id_a", "claim_id_b"]].itertuples(
            index=False
        )
    }
    assert flagged == {(4, 5), (6, 7), (8, 9)}
    # Conflicts come first, so the PDF shows them at the top of the table.
    assert comparison["conflict"].iloc[:3].all()


def test_empty_frame_compares_to_empty_table() -> None:
    assert compare_claims(seed_frame().iloc[:0]).empty


# --- formatting ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("low", "high", "unit", "bound", "expected"),
    [
        (2.3e9, 2.3e9, "USD", "more_than", "more than $2.3bn"),
        (2.76e9, 2.76e9, "USD", "exact", "$2.76bn"),
        (7.5e9, 1e10, "USD", "exact", "$7.5bn–$10bn"),
        (3.0, 4.0, "multiple", "at_least", "at least 3–4×"),
        (7.5e8, 7.5e8, "AZN", "about", "about AZN 750m"),
        (1.2e10, 1.2e10, "EUR", "exact", "€12bn"),
        (-5.0, -5.0, "percent", "exact", "-5%"),
        (1.5, 1.5, "pp", "exact", "1.5 pp"),
        (1.25e6, 1.25e6, "tonnes", "at_most", "at most 1.25m tonnes"),
        (999.96e6, 999.96e6, "USD", "exact", "$1bn"),
        (2.5e12, 2.5e12, "RUB", "exact", "RUB 2.5tn"),
    ],
)
def test_format_value(low: float, high: float, unit: str, bound: str, expected: str) -> None:
    assert format_value(low, high, unit, bound) == expected


@pytest.mark.parametrize(
    ("start", "end", "text", "expected"),
    [
        ("2021-01-01", "2021-10-31", None, "Jan–Oct 2021"),
        ("2021-01-01", "2021-12-31", None, "2021"),
        ("2020-11-01", "2021-02-28", None, "Nov 2020–Feb 2021"),
        ("2021-03-01", "2021-03-31", None, "Mar 2021"),
        ("2021-03-05", "2021-03-20", None, "2021-03-05 to 2021-03-20"),
        (None, None, "Today", 'period unknown ("Today")'),
        (None, None, None, "period unknown"),
    ],
)
def test_format_period(start: str | None, end: str | None, text: str | None, expected: str) -> None:
    assert format_period(as_timestamp(start), as_timestamp(end), text) == expected


def test_format_amount_of_nothing_is_not_a_number() -> None:
    assert format_amount(float("nan"), "USD") == "n/a"
