"""What a report holds, whatever it was computed from: the counts, the charts to draw, the
tables, and notes on what was left out. `from_frame` makes it from a claims frame; the
database makes it from aggregates and capped queries (`reports/database.py`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd

from tracker.reports.comparison import compare_claims
from tracker.reports.frame import CLAIM_COLUMNS, GROUP_KEY, prepare
from tracker.reports.summary import (
    Summary,
    chart_groups,
    claims_by_source,
    group_table,
    summarise,
)
from tracker.reports.targets import implied_targets


@dataclass(frozen=True)
class Chart:
    """One timeline: the claims of a group to draw, how many the group has, its targets."""

    indicator: str
    entities: str
    claims: pd.DataFrame
    total: int
    targets: pd.DataFrame


@dataclass
class ReportContent:
    """Everything the report files show.

    `charts` gives the timelines one at a time, so only one group's claims are in memory
    while it is drawn; `group_counts` the claims of every indicator/entity group;
    `write_claims` writes claims.csv to a path; `notes` say what a
    capped source left out, for the title page.
    """

    summary: Summary
    groups: pd.DataFrame
    charts: Callable[[], Iterator[Chart]]
    comparison: pd.DataFrame
    targets: pd.DataFrame
    sources: pd.DataFrame
    write_claims: Callable[[Path], None]
    group_counts: pd.DataFrame
    notes: list[str] = field(default_factory=list)


def from_frame(
    frame: pd.DataFrame,
    generated_at: datetime,
    documents_count: int | None,
    max_charts: int,
) -> ReportContent:
    """Gives the content of a report on every claim of `frame` (one row per claim)."""
    claims = prepare(frame)
    with_value = claims[claims["value_low"].notna()]
    groups = chart_groups(with_value, max_charts)
    counts = with_value.groupby(GROUP_KEY).size().reset_index(name="claims")
    targets = implied_targets(claims)

    def charts() -> Iterator[Chart]:
        # One pass to find each group's rows, not one scan of the frame per chart.
        rows = claims.groupby(GROUP_KEY, sort=False).indices
        target_rows = targets.groupby(GROUP_KEY, sort=False).indices
        for group in groups.itertuples(index=False):
            key = (group.indicator, group.entities)
            members = claims.iloc[rows[key]]
            yield Chart(
                str(group.indicator),
                str(group.entities),
                members,
                len(members),
                targets.iloc[target_rows.get(key, [])],
            )

    def write_claims(path: Path) -> None:
        claims[list(CLAIM_COLUMNS)].to_csv(path, index=False, date_format="%Y-%m-%d")

    return ReportContent(
        summary=summarise(claims, generated_at, documents_count),
        groups=groups,
        charts=charts,
        comparison=compare_claims(claims),
        targets=targets,
        sources=claims_by_source(claims),
        write_claims=write_claims,
        group_counts=group_table(counts),
    )
