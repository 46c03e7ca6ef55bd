"""The reports' vocabulary file, `tracker/data/flow_indicators.txt`, checked as data."""

from __future__ import annotations

import re
from importlib import resources

from tracker.reports.frame import flow_indicators


def test_flow_indicators_are_unique_snake_case_names() -> None:
    lines = [
        line.strip()
        for line in resources.files("tracker")
        .joinpath("data", "flow_indicators.txt")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(lines) == len(set(lines))
    assert all(re.fullmatch(r"[a-z]+(_[a-z]+)*", name) for name in lines)


def test_rates_stocks_and_balances_are_not_flows() -> None:
    """Annualising or adding up these would be wrong: a rate or a stock does not grow with
    the length of the period, and a balance can be negative."""
    not_flows = {
        "inflation",
        "gdp_growth",
        "policy_rate",
        "unemployment_rate",
        "trade_share",
        "fx_reserves",
        "bank_deposits",
        "trade_balance",
        "average_wage",
    }
    assert not (flow_indicators() & not_flows)
    assert {"trade_turnover", "exports", "imports", "gdp"} <= flow_indicators()
