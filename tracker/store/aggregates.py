"""Counts the reports print, computed by the database: a GROUP BY returns a row per group,
not a row per claim, so a report on a million claims reads a few thousand rows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, case, distinct, func, select

from tracker.store.database import Database
from tracker.store.models import CURRENT
from tracker.store.selection import (
    CLAIMS,
    DOCUMENTS,
    ClaimFilter,
    comparison_key,
    conditions,
    fetch_rows,
)

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class ClaimTotals:
    """What the title page counts, over every claim that passes the filters."""

    documents: int
    claims: int
    publishers: int
    documents_without_publisher: int
    speakers: int
    indicators: int
    period_first: date | None
    period_last: date | None
    claims_without_period: int
    published_first: date | None
    published_last: date | None


def claim_totals(db: Database, filters: ClaimFilter) -> ClaimTotals:
    """Gives the title-page counts; `documents` counts current documents with or without
    claims when there are no filters, else those with a claim that passes them."""
    return totals_from(
        group_summary(db, filters),
        source_counts(db, filters),
        publisher_documents(db, filters),
        None if filters else current_documents(db),
    )


def totals_from(
    groups: pd.DataFrame,
    sources: pd.DataFrame,
    publishers: pd.DataFrame,
    documents: int | None,
) -> ClaimTotals:
    """Gives the title-page counts from aggregates a report reads anyway, so they cost no
    pass of their own: `groups` from `group_summary`, `sources` from `source_counts`,
    `publishers` from `publisher_documents`. `documents`, when given, is the count of
    documents (the current ones, when there are no filters), else those with a claim."""
    with_claims = int(publishers["documents"].sum())
    unnamed = publishers.loc[publishers["publisher"].isna(), "documents"]
    starts = [*groups["first_start"], *groups["first_end"]]
    ends = [*groups["last_start"], *groups["last_end"]]
    return ClaimTotals(
        documents=with_claims if documents is None else documents,
        claims=int(groups["claims"].sum()),
        publishers=int(sources["publisher"].dropna().nunique()),
        documents_without_publisher=int(unnamed.sum()),
        speakers=int(sources["speaker"].dropna().nunique()),
        indicators=int(groups["indicator"].nunique()),
        period_first=_first(starts),
        period_last=_last(ends),
        claims_without_period=int(groups["undated"].sum()),
        published_first=_first(sources["first_published"]),
        published_last=_last(sources["last_published"]),
    )


def current_documents(db: Database) -> int:
    """Gives the number of current documents, with or without claims."""
    query = select(func.count()).select_from(DOCUMENTS).where(DOCUMENTS.c.status == CURRENT)
    with db.engine.connect() as connection:
        return int(connection.scalar(query) or 0)


def publisher_documents(db: Database, filters: ClaimFilter) -> pd.DataFrame:
    """Gives the documents with a claim that passes `filters` per publisher (a document has
    one, so they add up to the documents): `publisher`, `documents`."""
    c = CLAIMS.c
    query: Select[Any] = (
        select(c.publisher, func.count(distinct(c.document_id)))
        .select_from(CLAIMS)
        .where(*conditions(filters))
        .group_by(c.publisher)
    )
    frame = _frame(db, query, ["publisher", "documents"])
    return frame.astype({"documents": "int64"})


_SIZE_COLUMNS = ["indicator", "entities", "measure", "unit", "claims"]


def group_sizes(db: Database, filters: ClaimFilter) -> pd.DataFrame:
    """Gives the claims per comparison group: `indicator`, `entities`, `measure`, `unit`,
    `claims`. Chart groups are these summed over measure and unit."""
    return group_summary(db, filters)[_SIZE_COLUMNS]


def group_summary(db: Database, filters: ClaimFilter) -> pd.DataFrame:
    """Gives `group_sizes` with each group's earliest and latest period start and end
    (`first_start`, `last_start`, `first_end`, `last_end`) and its claims without a
    period (`undated`), in the same one pass."""
    import pandas as pd

    c = CLAIMS.c
    key = comparison_key()
    undated = case((and_(c.period_start.is_(None), c.period_end.is_(None)), 1), else_=0)
    query = (
        select(
            *key,
            func.count(),
            func.min(c.period_start),
            func.max(c.period_start),
            func.min(c.period_end),
            func.max(c.period_end),
            func.sum(undated),
        )
        .select_from(CLAIMS)
        .where(*conditions(filters))
        .group_by(*key)
    )
    with db.engine.connect() as connection:
        rows = [tuple(row) for row in connection.execute(query)]
    columns = [*_SIZE_COLUMNS, "first_start", "last_start", "first_end", "last_end", "undated"]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    return frame.astype({"claims": "int64", "undated": "int64"})


def source_counts(db: Database, filters: ClaimFilter) -> pd.DataFrame:
    """Gives per publisher and speaker (either may be missing): `publisher`, `speaker`,
    `claims`, `documents`, `first_published`, `last_published`."""
    c = CLAIMS.c
    query: Select[Any] = (
        select(
            c.publisher,
            c.speaker,
            func.count(),
            func.count(distinct(c.document_id)),
            func.min(c.published),
            func.max(c.published),
        )
        .select_from(CLAIMS)
        .where(*conditions(filters))
        .group_by(c.publisher, c.speaker)
    )
    columns = ["publisher", "speaker", "claims", "documents", "first_published", "last_published"]
    return _frame(db, query, columns)


def source_indicators(db: Database, filters: ClaimFilter) -> pd.DataFrame:
    """Gives claims per publisher, speaker and indicator: `publisher`, `speaker`,
    `indicator`, `n`."""
    c = CLAIMS.c
    query: Select[Any] = (
        select(c.publisher, c.speaker, c.indicator, func.count())
        .select_from(CLAIMS)
        .where(*conditions(filters))
        .group_by(c.publisher, c.speaker, c.indicator)
    )
    return _frame(db, query, ["publisher", "speaker", "indicator", "n"])


def _frame(db: Database, query: Select[Any], columns: list[str]) -> pd.DataFrame:
    """Gives the rows of an aggregate query as a frame with `columns`."""
    import pandas as pd

    rows, _names = fetch_rows(db, query)
    return pd.DataFrame.from_records(rows, columns=columns)


def _as_date(value: object) -> date | None:
    """Gives a date from what the driver returned for an aggregate (SQLite: text)."""
    if value is None or value != value:  # NaN: a group with no period
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _first(values: Iterable[object]) -> date | None:
    """Gives the earliest of the dates among `values` (missing ones skipped)."""
    dates = [d for d in map(_as_date, values) if d is not None]
    return min(dates) if dates else None


def _last(values: Iterable[object]) -> date | None:
    """Gives the latest of the dates among `values` (missing ones skipped)."""
    dates = [d for d in map(_as_date, values) if d is not None]
    return max(dates) if dates else None
