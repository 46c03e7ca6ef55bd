"""Which claims a report or a query is about: current documents only, narrowed by filters.

Every aggregate and capped query of the reports starts from `claim_columns` and
`conditions`, so they all count and fetch the same claims, as SQLAlchemy Core that
renders the same on SQLite and PostgreSQL. The conditions read the claims table alone
(its `is_current`, `publisher` and `published` repeat the document's), so an aggregate
is one pass over a narrow index; documents are joined only for the few claims fetched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Executable, FromClause, func, select, true
from sqlalchemy.sql.elements import Label

from tracker.store.database import Database
from tracker.store.models import Base

CLAIMS = Base.metadata.tables["claims"]
DOCUMENTS = Base.metadata.tables["documents"]
ENTITIES = Base.metadata.tables["entities"]
CLAIM_ENTITIES = Base.metadata.tables["claim_entities"]

#: Claims joined with their documents: for the claims fetched, which show a document's name.
CLAIMS_AND_DOCUMENTS: FromClause = CLAIMS.join(DOCUMENTS, DOCUMENTS.c.id == CLAIMS.c.document_id)


@dataclass(frozen=True)
class ClaimFilter:
    """The filters `tracker report` takes; empty means every current claim.

    `entity` matches a canonical name (case-insensitive); `since` keeps claims whose
    period ends (or, with no period, whose document was published) on or after that date.
    """

    indicator: str | None = None
    entity: str | None = None
    since: date | None = None

    def __bool__(self) -> bool:
        return bool(self.indicator or self.entity or self.since)


def conditions(filters: ClaimFilter) -> list[ColumnElement[bool]]:
    """Gives the WHERE conditions, on the claims table alone, for current claims that pass
    `filters`."""
    out: list[ColumnElement[bool]] = [CLAIMS.c.is_current == true()]
    if filters.indicator:
        out.append(CLAIMS.c.indicator == filters.indicator)
    if filters.entity:
        named = (
            select(CLAIM_ENTITIES.c.claim_id)
            .join(ENTITIES, ENTITIES.c.id == CLAIM_ENTITIES.c.entity_id)
            .where(func.lower(ENTITIES.c.name) == func.lower(filters.entity))
        )
        out.append(CLAIMS.c.id.in_(named))
    if filters.since:
        out.append(func.coalesce(CLAIMS.c.period_end, CLAIMS.c.published) >= filters.since)
    return out


def claim_columns() -> dict[str, Any]:
    """Gives the claim fields the reports read, by their claims-frame name.

    Sentences, surfaces, paths and titles stay out: no chart or table shows them, and
    they are most of a claim's bytes.
    """
    c, d = CLAIMS.c, DOCUMENTS.c
    return {
        "claim_id": c.id,
        "document_id": c.document_id,
        "doc": d.name,
        "publisher": c.publisher,
        "published": c.published,
        "start": c.start,
        "indicator": c.indicator,
        "entities": c.entity_names,
        "value_low": c.value_low,
        "value_high": c.value_high,
        "unit": c.unit,
        "bound": c.bound,
        "measure": c.measure,
        "kind": c.kind,
        "period_start": c.period_start,
        "period_end": c.period_end,
        "period_text": c.period_text,
        "speaker": c.speaker,
    }


def labelled(columns: dict[str, Any]) -> list[Label[Any]]:
    """Gives the columns labelled with their names, for a SELECT list."""
    return [column.label(name) for name, column in columns.items()]


#: The key of a chart: one indicator about one set of entities.
def chart_key() -> Sequence[ColumnElement[Any]]:
    """Gives the columns of a chart group: indicator and entities."""
    return (CLAIMS.c.indicator, CLAIMS.c.entity_names)


def comparison_key() -> Sequence[ColumnElement[Any]]:
    """Gives the columns of a comparison group: a chart group split by measure and unit."""
    return (CLAIMS.c.indicator, CLAIMS.c.entity_names, CLAIMS.c.measure, CLAIMS.c.unit)


def every_claim_column() -> dict[str, Any]:
    """Gives every field of `claims_view`, by name: the reports' fields and the text ones."""
    c, d = CLAIMS.c, DOCUMENTS.c
    return {
        **claim_columns(),
        "path": d.path,
        "title": d.title,
        "surface": c.surface,
        "end": c.end,
        "sentence": c.sentence,
        "confidence": c.confidence,
    }


def fetch_rows(db: Database, query: Executable) -> tuple[list[tuple[Any, ...]], list[str]]:
    """Gives a query's rows as plain tuples, and its column names.

    Plain tuples, because pandas probes each SQLAlchemy Row for attributes when it builds a
    frame from them, ten times slower.
    """
    with db.engine.connect() as connection:
        result = connection.execute(query)
        return [tuple(row) for row in result], list(result.keys())
