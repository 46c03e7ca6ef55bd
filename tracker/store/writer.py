"""Writing documents and claims fast: Core inserts, a cache of entity ids, and several
documents per transaction.

The ORM builds an object per row and flushes them one by one; an archive of hundreds of
thousands of articles needs three statements per document instead (the document, its
claims in one multi-row INSERT, their entity links in another), all on the caller's
transaction, so a document is still stored whole or not at all.

A commit writes every page its transaction touched (the claims table and its indexes) to
SQLite's WAL, or flushes PostgreSQL's WAL to disk; at one document a transaction that was
most of the writer's time. `Batches` lets consecutive documents share a transaction.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, RootTransaction, insert, select
from sqlalchemy.dialects import postgresql, sqlite

from tracker.extract import Claim
from tracker.store.models import CURRENT, Base

_DOCUMENTS = Base.metadata.tables["documents"]
_CLAIMS = Base.metadata.tables["claims"]
_ENTITIES = Base.metadata.tables["entities"]
_CLAIM_ENTITIES = Base.metadata.tables["claim_entities"]

#: Claim fields stored in a column of the same name.
_CLAIM_COLUMNS = (
    "surface", "start", "end", "sentence", "indicator", "value_low", "value_high", "unit",
    "bound", "measure", "kind", "period_start", "period_end", "period_text", "speaker",
    "confidence",
)  # fmt: skip


class EntityIds:
    """Gives entity ids by name, loading them all once and creating missing ones.

    A new name is inserted with ON CONFLICT DO NOTHING and read back, so two writers that
    meet the same new country at once both end up with the one row.
    """

    def __init__(self) -> None:
        self._ids: dict[str, int] | None = None

    def ids(self, connection: Connection, names: Iterable[str]) -> dict[str, int]:
        """Gives the id of every name, inserting the names not stored yet."""
        if self._ids is None:
            rows = connection.execute(select(_ENTITIES.c.name, _ENTITIES.c.id))
            self._ids = {name: id_ for name, id_ in rows}
        wanted = set(names)
        missing = wanted - self._ids.keys()
        if missing:
            _insert_ignoring_duplicates(connection, [{"name": name} for name in sorted(missing)])
            query = select(_ENTITIES.c.name, _ENTITIES.c.id).where(_ENTITIES.c.name.in_(missing))
            self._ids.update({name: id_ for name, id_ in connection.execute(query)})
        return {name: self._ids[name] for name in wanted}

    def forget(self) -> None:
        """Drops the cache, after a rollback that may have undone inserted names."""
        self._ids = None


def insert_document(
    connection: Connection,
    values: Mapping[str, Any],
    claims: Sequence[Claim],
    entities: EntityIds,
) -> int:
    """Gives the id of a new documents row with `values`, its claims and their entities.

    Each claim row takes the document's publisher, publication date and currency (its
    `is_current`), which the reports read from the claims alone.
    """
    document_id = connection.execute(
        insert(_DOCUMENTS).returning(_DOCUMENTS.c.id), dict(values)
    ).scalar_one()
    document = {
        "publisher": values.get("publisher"),
        "published": values.get("published"),
        "is_current": values.get("status", CURRENT) == CURRENT,
    }
    insert_claims(connection, document_id, claims, entities, document)
    return int(document_id)


def insert_claims(
    connection: Connection,
    document_id: int,
    claims: Sequence[Claim],
    entities: EntityIds,
    document: Mapping[str, Any],
) -> None:
    """Stores `claims` for the document `document_id`, with their entity links; `document`
    holds the document's fields every claim row repeats (`publisher`, `published`,
    `is_current`)."""
    if not claims:
        return
    rows = [{**_claim_values(document_id, claim), **document} for claim in claims]
    claim_ids = _insert_returning_ids(connection, rows)
    entity_ids = entities.ids(connection, (name for claim in claims for name in claim.entities))
    links = [
        {"claim_id": claim_id, "entity_id": entity_ids[name]}
        for claim_id, claim in zip(claim_ids, claims, strict=True)
        for name in dict.fromkeys(claim.entities)
    ]
    if links:
        connection.execute(insert(_CLAIM_ENTITIES), links)


def _insert_returning_ids(connection: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Inserts claim rows in one statement; gives their ids in the order of `rows`.

    SQLAlchemy keeps RETURNING in parameter order on PostgreSQL at no cost, but on SQLite
    only by inserting row by row. SQLite gives each new row a rowid above every existing
    one, in the order of the VALUES list, so there the sorted ids are in row order.
    """
    if connection.dialect.name == "sqlite":
        ids = connection.execute(insert(_CLAIMS).returning(_CLAIMS.c.id), rows).scalars().all()
        return sorted(ids)
    statement = insert(_CLAIMS).returning(_CLAIMS.c.id, sort_by_parameter_order=True)
    return list(connection.execute(statement, rows).scalars().all())


def _claim_values(document_id: int, claim: Claim) -> dict[str, Any]:
    values = {name: getattr(claim, name) for name in _CLAIM_COLUMNS}
    values["document_id"] = document_id
    values["entity_names"] = entity_names(claim.entities)
    return values


def entity_names(names: Iterable[str]) -> str:
    """Gives the stored form of a claim's entities: unique, sorted, `"Azerbaijan, Russia"`."""
    return ", ".join(sorted(set(names)))


def _insert_ignoring_duplicates(connection: Connection, rows: list[dict[str, str]]) -> None:
    dialect = connection.dialect.name
    if dialect == "postgresql":
        connection.execute(postgresql.insert(_ENTITIES).on_conflict_do_nothing(), rows)
    elif dialect == "sqlite":
        connection.execute(sqlite.insert(_ENTITIES).on_conflict_do_nothing(), rows)
    else:
        connection.execute(insert(_ENTITIES), rows)


#: A transaction holds at most this many documents (2,000 stand-in articles into SQLite:
#: 5.1 s at one a transaction, 3.6 s at 10, 3.1 s at 50, 2.8 s at 200, 3.2 s at 1,000)...
BATCH_DOCUMENTS = 100
#: ... and is committed once it is this old, so readers soon see new documents and a
#: killed run loses at most this much work.
BATCH_SECONDS = 1.0


class Batches:
    """Groups whole documents' writes into shared transactions.

    Each `document()` block writes one document on the open transaction, which is committed
    after BATCH_DOCUMENTS documents or BATCH_SECONDS seconds, or by `commit()`. What a
    document's success means to the caller (counting it, reporting progress) is handed to
    `after_commit` and runs, in order, only once its transaction is committed. An error in a
    block rolls the whole transaction back, drops its callbacks, calls `on_rollback` and
    propagates: the database keeps only whole documents, and the next run does the rest.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        documents: int | None = None,
        seconds: float | None = None,
        on_rollback: Callable[[], None] | None = None,
    ) -> None:
        """`documents` and `seconds` default to BATCH_DOCUMENTS and BATCH_SECONDS as they
        are when the batches are made."""
        self.documents = BATCH_DOCUMENTS if documents is None else documents
        self.seconds = BATCH_SECONDS if seconds is None else seconds
        if self.documents < 1:
            raise ValueError("a batch holds at least one document")
        self.engine = engine
        self.on_rollback = on_rollback
        self._connection: Connection | None = None
        self._transaction: RootTransaction | None = None
        self._began = 0.0
        self._written = 0
        self._pending: list[Callable[[], None]] = []

    @contextmanager
    def document(self) -> Iterator[Connection]:
        """Gives the connection to write one document on, inside the open transaction."""
        connection = self._open()
        try:
            yield connection
        except BaseException:
            self.rollback()
            raise
        self._written += 1
        if self._written >= self.documents or time.monotonic() - self._began >= self.seconds:
            self.commit()

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Runs `callback` once everything written so far is committed (now, if it is)."""
        if self._transaction is None:
            callback()
        else:
            self._pending.append(callback)

    def commit(self) -> None:
        """Commits the open transaction, if any, then runs its callbacks in order."""
        if self._transaction is None:
            return
        try:
            self._transaction.commit()
        except BaseException:
            self.rollback()
            raise
        pending = self._pending
        self._close()
        for callback in pending:
            callback()

    def rollback(self) -> None:
        """Undoes the open transaction, if any, and forgets its callbacks."""
        if self._transaction is None:
            return
        try:
            self._transaction.rollback()
        finally:
            self._close()
            if self.on_rollback is not None:
                self.on_rollback()

    def _open(self) -> Connection:
        if self._connection is None:
            self._connection = self.engine.connect()
            self._transaction = self._connection.begin()
            self._began = time.monotonic()
        return self._connection

    def _close(self) -> None:
        connection = self._connection
        self._connection = self._transaction = None
        self._written = 0
        self._pending = []
        if connection is not None:
            connection.close()
