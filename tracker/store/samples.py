"""The few claims a report draws or sets side by side, fetched per group with a cap.

Each query ranks claims within their group with a window function (ROW_NUMBER, in
SQLite since 3.25 and in PostgreSQL) and keeps the first few, so a group of fifty
thousand claims still gives the 80 a chart draws, and the database, not Python, skips
the rest. Ranking reads the claims table alone (its covering index); documents are
joined afterwards, for the claims kept only. Rows come back as small claims frames (the
columns of `claim_columns`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    Subquery,
    and_,
    case,
    func,
    literal,
    not_,
    null,
    or_,
    select,
    union_all,
)

from tracker.store.database import Database
from tracker.store.selection import (
    CLAIMS,
    CLAIMS_AND_DOCUMENTS,
    ClaimFilter,
    chart_key,
    claim_columns,
    comparison_key,
    conditions,
    fetch_rows,
    labelled,
)

if TYPE_CHECKING:
    import pandas as pd

_C = CLAIMS.c

#: Newest first as a chart sees it: by publication, then period end, then id.
NEWEST_PUBLISHED = (
    _C.published.desc().nulls_last(),
    _C.period_end.desc().nulls_last(),
    _C.id.desc(),
)
#: Newest first as the comparison sees it: by period end, then publication, then id.
NEWEST_PERIOD = (
    _C.period_end.desc().nulls_last(),
    _C.published.desc().nulls_last(),
    _C.id.desc(),
)

_DATED = and_(_C.period_start.is_not(None), _C.period_end.is_not(None))


def group_claims(
    db: Database, filters: ClaimFilter, indicator: str, entities: str, limit: int
) -> pd.DataFrame:
    """Gives the `limit` newest claims (by publication) of one indicator and entity group."""
    newest = (
        select(_C.id)
        .where(*conditions(filters), _C.indicator == indicator, _C.entity_names == entities)
        .order_by(*NEWEST_PUBLISHED)
        .limit(limit)
        .subquery()
    )
    return read_frame(db, _claims_of(newest))


def recent_per_group(
    db: Database,
    filters: ClaimFilter,
    groups: Iterable[tuple[str, str, str, str]],
    dated: int,
    undated: int,
) -> pd.DataFrame:
    """Gives, per comparison group in `groups` (indicator, entities, measure, unit), its
    `dated` newest claims with a whole period and its `undated` newest other ones."""
    where = conditions(filters)
    parts = [
        (and_(*where, *_is(comparison_key(), group), period), limit)
        for group in groups
        for period, limit in ((_DATED, dated), (not_(_DATED), undated))
    ]
    return _newest_each(db, parts, NEWEST_PERIOD)


def newest_growth_claims(
    db: Database,
    filters: ClaimFilter,
    units: Sequence[str],
    kinds: Sequence[str],
    per_group: int,
) -> tuple[pd.DataFrame, int]:
    """Gives, per indicator and entity group, its `per_group` newest change claims in
    `units` of `kinds` (the growth claims that imply a target), and how many there are
    in all groups."""
    growth = and_(_C.measure == "change", _C.unit.in_(units), _C.kind.in_(kinds))
    rank = func.row_number().over(partition_by=list(chart_key()), order_by=NEWEST_PUBLISHED)
    ranked = (
        select(_C.id, rank.label("rank"), func.count().over().label("total"))
        .where(*conditions(filters), growth)
        .subquery()
    )
    kept = select(ranked.c.id, ranked.c.total).where(ranked.c.rank <= per_group).subquery()
    frame = read_frame(db, _claims_of(kept, kept.c.total))
    total = int(frame["total"].iloc[0]) if len(frame) else 0
    return frame.drop(columns="total"), total


def base_candidates(
    db: Database, filters: ClaimFilter, growth: pd.DataFrame, not_units: Sequence[str]
) -> pd.DataFrame:
    """Gives the level claims a growth claim in `growth` may be applied to: every level
    claim of its group in its own document, and the newest actual one of its group (by
    period end, then publication). Units in `not_units` are never a base."""
    import pandas as pd

    if growth.empty:
        return read_frame(db, _nothing())
    level = and_(_C.measure == "level", _C.unit.not_in(not_units))
    documents = sorted({int(d) for d in growth["document_id"]})
    same_document = (
        select(*labelled(claim_columns()))
        .select_from(CLAIMS_AND_DOCUMENTS)
        .where(*conditions(filters), level, _C.document_id.in_(documents))
    )
    pairs = zip(growth["indicator"], growth["entities"], strict=True)
    groups = sorted({(str(i), str(e)) for i, e in pairs})
    where = [*conditions(filters), level, _C.kind == "actual"]
    latest = _newest_each(
        db, [(and_(*where, *_is(chart_key(), group)), 1) for group in groups], NEWEST_PERIOD
    )
    # Levels of a growth claim's document about another group are no base for it.
    keys = ["document_id", "indicator", "entities"]
    own = read_frame(db, same_document).merge(growth[keys].drop_duplicates(), on=keys)
    frame = pd.concat([own, latest], ignore_index=True)
    return frame.drop_duplicates("claim_id").reset_index(drop=True)


def clash_candidates(
    db: Database,
    filters: ClaimFilter,
    lower_bounds: Sequence[str],
    upper_bounds: Sequence[str],
    slack: float,
    about_slack: float,
    limit: int,
) -> tuple[pd.DataFrame, int]:
    """Gives the claims that make the widest same-period clashes, and how many periods clash.

    Each actual claim with a whole period allows values from `lo` to `hi` (a lower bound
    has no `hi`, an upper bound no `lo`; an exact figure ± `slack` of itself, "about"
    ± `about_slack`). Per comparison group and period, the claims holding the highest
    `lo` and the lowest `hi` clash when that `lo` reaches the `hi`; the `limit` periods
    where it overshoots most (relative to `hi`) are kept. The caller judges the pairs: a
    `lo` equal to a `hi` is a clash only if one of them is strict.
    """
    low, high, bound = _C.value_low, _C.value_high, _C.bound
    margin = case((bound == "about", about_slack), else_=slack)
    lo = case(
        (bound.in_(lower_bounds), low),
        (bound.in_(upper_bounds), null()),
        else_=low - func.abs(low) * margin,
    )
    hi = case(
        (bound.in_(upper_bounds), high),
        (bound.in_(lower_bounds), null()),
        else_=high + func.abs(high) * margin,
    )
    period = [_C.period_start, _C.period_end]
    key = [*comparison_key(), *period]
    names = ["indicator", "entities", "measure", "unit", "period_start", "period_end"]
    where = [*conditions(filters), _C.kind == "actual", _DATED]
    per_period = (
        select(
            *[column.label(name) for column, name in zip(key, names, strict=True)],
            func.max(lo).label("top"),
            func.min(hi).label("bottom"),
        )
        .where(*where)
        .group_by(*key)
        .having(func.max(lo) >= func.min(hi))
        .subquery()
    )
    overshoot = (per_period.c.top - per_period.c.bottom) / func.nullif(
        func.abs(per_period.c.bottom), 0
    )
    widest = (
        select(per_period, func.count().over().label("total"))
        .order_by(overshoot.desc().nulls_first(), *[per_period.c[name] for name in names])
        .limit(limit)
        .subquery()
    )
    matches = [column == widest.c[name] for column, name in zip(key, names, strict=True)]
    holding = (
        select(_C.id, widest.c.total)
        .select_from(CLAIMS.join(widest, and_(*matches)))
        .where(*where, or_(lo == widest.c.top, hi == widest.c.bottom))
        .subquery()
    )
    frame = read_frame(db, _claims_of(holding, holding.c.total))
    total = int(frame["total"].iloc[0]) if len(frame) else 0
    return frame.drop(columns="total"), total


#: Per-group queries joined into one statement (SQLite allows 500 parts of a compound).
_PARTS_PER_STATEMENT = 100


def _newest_each(
    db: Database,
    parts: Sequence[tuple[ColumnElement[bool], int]],
    order: Sequence[Any],
) -> pd.DataFrame:
    """Gives, for each (condition, limit) in `parts`, the first `limit` claims in `order`
    that meet the condition (each a group), a claim once if several parts give it.

    One small ordered query per group, which an index on the group's key answers by
    reading only the claims it returns, instead of ranking every claim of every group.
    """
    import pandas as pd

    frames = []
    for start in range(0, len(parts), _PARTS_PER_STATEMENT):
        chunk = parts[start : start + _PARTS_PER_STATEMENT]
        newest = [
            select(_C.id).where(condition).order_by(*order).limit(limit).subquery()
            for condition, limit in chunk
        ]
        ids = union_all(*[select(part.c.id) for part in newest]).subquery()
        frames.append(read_frame(db, _claims_of(ids)))
    if not frames:
        return read_frame(db, _nothing())
    frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    return frame.drop_duplicates("claim_id").reset_index(drop=True)


def _is(key: Sequence[ColumnElement[Any]], values: Sequence[str]) -> list[ColumnElement[bool]]:
    """Gives the conditions that the `key` columns equal `values`."""
    return [column == value for column, value in zip(key, values, strict=True)]


def _claims_of(ids: Subquery, *extra: Any) -> Select[Any]:
    """Gives the claim columns (and `extra` columns of `ids`) of the claims whose id is in
    the `id` column of `ids`, joined with their documents."""
    return select(*labelled(claim_columns()), *extra).select_from(
        CLAIMS_AND_DOCUMENTS.join(ids, ids.c.id == _C.id)
    )


def read_frame(db: Database, query: Select[Any] | CompoundSelect[Any]) -> pd.DataFrame:
    """Gives the rows of `query` as a frame, dates as datetimes."""
    import pandas as pd

    rows, names = fetch_rows(db, query)
    frame = pd.DataFrame.from_records(rows, columns=names)
    for name in ("published", "period_start", "period_end"):
        if name in frame.columns:
            frame[name] = pd.to_datetime(frame[name], errors="coerce")
    if "entities" in frame.columns:
        frame["entities"] = frame["entities"].fillna("")
    return frame


def _nothing() -> Select[Any]:
    """Gives a query with the claim columns and no rows."""
    return (
        select(*labelled(claim_columns())).select_from(CLAIMS_AND_DOCUMENTS).where(literal(False))
    )


__all__: list[str] = [
    "NEWEST_PERIOD",
    "NEWEST_PUBLISHED",
    "base_candidates",
    "clash_candidates",
    "group_claims",
    "newest_growth_claims",
    "read_frame",
    "recent_per_group",
]
