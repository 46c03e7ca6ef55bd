"""Reports straight from a database, without loading every claim: counts come from GROUP BY
queries, and only the claims a chart or table shows are fetched, capped per group.

At 825,000 claims a frame of every claim took 2.3 GB and most of a 37-second run; the
report itself shows a few thousand claims. What the caps leave out is said on the title
page, and claims.csv still holds every claim, streamed from the database to the file.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd

from tracker.reports.charts import ChartLimits
from tracker.reports.comparison import (
    ABOUT_TOLERANCE,
    MAX_PAIRED_PER_GROUP,
    MAX_UNDATED_PER_GROUP,
    TOLERANCE,
    compare_claims,
)
from tracker.reports.content import Chart, ReportContent
from tracker.reports.frame import CLAIM_COLUMNS, GROUP_KEY, LOWER_BOUNDS, UPPER_BOUNDS, prepare
from tracker.reports.summary import Summary, group_table, largest_groups, source_table
from tracker.reports.targets import FORWARD_KINDS, GROWTH_UNITS, NOT_A_BASE, implied_targets
from tracker.reports.timing import step
from tracker.reports.writer import FORMATS, MAX_CHARTS, write_content
from tracker.store import Database
from tracker.store.aggregates import (
    ClaimTotals,
    current_documents,
    group_summary,
    publisher_documents,
    source_counts,
    source_indicators,
    totals_from,
)
from tracker.store.export import write_claims_csv
from tracker.store.samples import (
    base_candidates,
    clash_candidates,
    group_claims,
    newest_growth_claims,
    recent_per_group,
)
from tracker.store.selection import ClaimFilter

#: Comparison groups (indicator, entities, measure, unit) whose newest claims are paired:
#: the largest. Pairing all 2,900 groups of a 100,000-article archive made 300,000 pairs.
MAX_COMPARED_GROUPS = 100

#: Same-period clashes listed, the widest first, from every group.
MAX_CLASHES = 500

#: Growth claims per indicator and entity group whose implied target is worked out.
TARGETS_PER_GROUP = 5

#: The order of the store's claims_frame, which the pure report functions were written for.
_FRAME_ORDER = ["published", "document_id", "start"]


def write_database_reports(
    db: Database,
    out_dir: str | Path,
    *,
    formats: Sequence[str] = FORMATS,
    indicator: str | None = None,
    entity: str | None = None,
    since: date | None = None,
    generated_at: datetime | None = None,
    max_charts: int = MAX_CHARTS,
    all_claims: bool = False,
) -> list[Path]:
    """Gives the report files written for the current claims in `db` that pass the filters.

    claims.csv holds the claims the report shows (drawn, compared, or a growth claim or
    base of a target), or with `all_claims` every claim, streamed from the database.
    """
    generated_at = generated_at or datetime.now(UTC)
    content = database_content(
        db,
        ClaimFilter(indicator, entity, since),
        generated_at,
        max_charts=max_charts,
        all_claims=all_claims,
    )
    return write_content(content, out_dir, formats=formats, generated_at=generated_at)


def database_content(
    db: Database,
    filters: ClaimFilter,
    generated_at: datetime,
    *,
    max_charts: int = MAX_CHARTS,
    max_compared_groups: int = MAX_COMPARED_GROUPS,
    max_clashes: int = MAX_CLASHES,
    targets_per_group: int = TARGETS_PER_GROUP,
    all_claims: bool = False,
) -> ReportContent:
    """Gives the content of a report on the claims in `db` that pass `filters`; its
    claims.csv holds the claims shown, or every claim with `all_claims`."""
    with step("SQL: group sizes and periods"):
        sizes = group_summary(db, filters)
    chart_sizes = sizes.groupby(GROUP_KEY, as_index=False)["claims"].sum()
    groups = largest_groups(chart_sizes, max_charts)
    with step("SQL: claims per source and speaker"):
        counts = source_counts(db, filters)
    with step("SQL: documents per publisher"):
        publishers = publisher_documents(db, filters)
        documents = None if filters else current_documents(db)
    totals = totals_from(sizes, counts, publishers, documents)
    summary = _summary(totals, generated_at, len(chart_sizes))
    notes: list[str] = []
    if not all_claims:
        notes.append(
            "claims.csv holds the claims this report shows, with their sentences; "
            "`tracker report --all-claims` writes every claim to it."
        )

    comparison, comparison_notes = _comparison(db, filters, sizes, max_compared_groups, max_clashes)
    notes += comparison_notes
    with step("SQL: newest growth claims"):
        growth, growth_total = newest_growth_claims(
            db, filters, sorted(GROWTH_UNITS), sorted(FORWARD_KINDS), targets_per_group
        )
    with step("SQL: bases of implied targets"):
        bases = base_candidates(db, filters, growth, sorted(NOT_A_BASE))
    with step("implied targets"):
        targets = implied_targets(_in_frame_order(pd.concat([growth, bases], ignore_index=True)))
    if growth_total > len(targets):
        notes.append(
            f"Implied targets are worked out for the {targets_per_group} newest growth claims "
            f"of each indicator and entity group: {len(targets):,} of {growth_total:,}."
        )
    with step("SQL: claims per source and indicator"):
        indicators = source_indicators(db, filters)
    with step("source table"):
        sources = source_table(counts, indicators)
    limit = ChartLimits().max_points
    fetched: dict[tuple[str, str], pd.DataFrame] = {}

    def drawn(indicator: str, entities: str) -> pd.DataFrame:
        """Gives the claims a chart draws, fetched once for the chart and claims.csv."""
        if (indicator, entities) not in fetched:
            fetched[indicator, entities] = group_claims(db, filters, indicator, entities, limit)
        return fetched[indicator, entities]

    def charts() -> Iterator[Chart]:
        for group in groups.itertuples(index=False):
            indicator, entities = str(group.indicator), str(group.entities)
            with step("SQL: chart claims"):
                claims = drawn(indicator, entities)
            own = targets[(targets["indicator"] == indicator) & (targets["entities"] == entities)]
            shown = prepare(_in_frame_order(claims))
            yield Chart(indicator, entities, shown, int(group.claims), own)

    def write_claims(path: Path) -> None:
        if all_claims:
            write_claims_csv(db, filters, path, list(CLAIM_COLUMNS))
            return
        shown = {int(i) for i in comparison["claim_id_a"]} | {
            int(i) for i in comparison["claim_id_b"]
        }
        shown |= {int(i) for i in targets["claim_id"]}
        shown |= {int(i) for i in targets["base_claim_id"].dropna()}
        for group in groups.itertuples(index=False):
            claims = drawn(str(group.indicator), str(group.entities))
            shown |= {int(i) for i in claims["claim_id"]}
        write_claims_csv(db, filters, path, list(CLAIM_COLUMNS), shown)

    return ReportContent(
        summary=summary,
        groups=groups,
        charts=charts,
        comparison=comparison,
        targets=targets,
        sources=sources,
        write_claims=write_claims,
        group_counts=group_table(chart_sizes),
        notes=notes,
    )


def _summary(totals: ClaimTotals, generated_at: datetime, groups: int) -> Summary:
    """Gives the title page's counts."""
    return Summary(
        generated_at=generated_at,
        documents=totals.documents,
        documents_counted_in_database=True,
        claims=totals.claims,
        publishers=totals.publishers,
        documents_without_publisher=totals.documents_without_publisher,
        speakers=totals.speakers,
        indicators=totals.indicators,
        groups=groups,
        period_first=_timestamp(totals.period_first),
        period_last=_timestamp(totals.period_last),
        claims_without_period=totals.claims_without_period,
        published_first=_timestamp(totals.published_first),
        published_last=_timestamp(totals.published_last),
    )


def _comparison(
    db: Database,
    filters: ClaimFilter,
    sizes: pd.DataFrame,
    max_groups: int,
    max_clashes: int,
) -> tuple[pd.DataFrame, list[str]]:
    """Gives the comparison table and notes on what it leaves out.

    The largest groups are compared as `compare_claims` compares a frame (their newest
    claims paired, plus the widest clash of each period); the other groups contribute
    their widest same-period clashes only.
    """
    key = ["indicator", "entities", "measure", "unit"]
    ranked = sizes.sort_values(["claims", *key], ascending=[False, True, True, True, True])
    top = ranked.head(max_groups)
    wanted = list(top[key].itertuples(index=False, name=None))
    chosen = set(wanted)
    with step("SQL: newest claims of the largest groups"):
        recent = recent_per_group(db, filters, wanted, MAX_PAIRED_PER_GROUP, MAX_UNDATED_PER_GROUP)
    with step("SQL: same-period clashes"):
        clashing, clash_total = clash_candidates(
            db,
            filters,
            sorted(LOWER_BOUNDS),
            sorted(UPPER_BOUNDS),
            TOLERANCE / 2,
            max(TOLERANCE, ABOUT_TOLERANCE) / 2,
            max_clashes,
        )
    with step("comparison pairs"):
        return _compared(recent, clashing, clash_total, chosen, sizes, max_groups, max_clashes)


def _compared(
    recent: pd.DataFrame,
    clashing: pd.DataFrame,
    clash_total: int,
    chosen: set[tuple[str, str, str, str]],
    sizes: pd.DataFrame,
    max_groups: int,
    max_clashes: int,
) -> tuple[pd.DataFrame, list[str]]:
    """Gives the comparison table from the fetched claims, and notes on what it leaves out."""
    key = ["indicator", "entities", "measure", "unit"]
    in_top = pd.Series(
        [tuple(row) in chosen for row in clashing[key].itertuples(index=False)],
        index=clashing.index,
        dtype=bool,
    )
    compared = compare_claims(
        _in_frame_order(pd.concat([recent, clashing[in_top]], ignore_index=True))
    )
    others = compare_claims(_in_frame_order(clashing[~in_top]), max_per_group=0)
    parts = [part for part in (compared, others) if not part.empty]
    table = pd.concat(parts, ignore_index=True) if len(parts) > 1 else (parts or [compared])[0]
    table = table.sort_values(
        ["conflict", "indicator", "entities"], ascending=[False, True, True], kind="stable"
    ).reset_index(drop=True)
    notes = []
    if len(sizes) > max_groups:
        notes.append(
            f"Comparison: the newest claims of the {max_groups} largest of {len(sizes):,} "
            "groups (indicator, entities, measure, unit) are set side by side; of the "
            "others, only same-period clashes are listed."
        )
    if clash_total > max_clashes:
        notes.append(
            f"Claims clash in {clash_total:,} periods of a group; the {max_clashes} widest "
            "clashes are listed."
        )
    return table, notes


def _in_frame_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Gives the claims in claims_frame's order, duplicates dropped."""
    frame = frame.drop_duplicates("claim_id")
    return frame.sort_values(_FRAME_ORDER, kind="stable", na_position="first").reset_index(
        drop=True
    )


def _timestamp(value: date | None) -> pd.Timestamp | None:
    return pd.Timestamp(value) if value is not None else None
