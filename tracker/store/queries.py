"""Reading the database: claims as a pandas DataFrame, and ad-hoc read-only SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from tracker.errors import QueryError
from tracker.store.database import Database

if TYPE_CHECKING:
    import pandas as pd

_DATE_COLUMNS = ("published", "period_start", "period_end")


@dataclass(frozen=True)
class QueryResult:
    """The columns and rows an ad-hoc query gave."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


def claims_frame(
    db: Database,
    *,
    indicator: str | None = None,
    entity: str | None = None,
    speaker: str | None = None,
    since: date | None = None,
) -> pd.DataFrame:
    """Gives the claims of `claims_view` as a DataFrame, one row per claim, dates as datetimes.

    Filters combine with AND: `entity` matches a canonical name (case-insensitive),
    `speaker` a substring of the speaker's name, and `since` keeps claims whose period ends
    (or, with no period, whose document was published) on or after that date.
    """
    conditions: list[str] = []
    params: dict[str, object] = {}
    if indicator:
        conditions.append("v.indicator = :indicator")
        params["indicator"] = indicator
    if entity:
        conditions.append(
            "v.claim_id IN (SELECT ce.claim_id FROM claim_entities ce"
            " JOIN entities e ON e.id = ce.entity_id WHERE lower(e.name) = lower(:entity))"
        )
        params["entity"] = entity
    if speaker:
        conditions.append("lower(v.speaker) LIKE lower(:speaker)")
        params["speaker"] = f"%{speaker}%"
    if since:
        conditions.append("COALESCE(v.period_end, v.published) >= :since")
        params["since"] = since
    import pandas as pd  # here, not at the top: ingest and its workers never need pandas

    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    chunks = []
    with db.engine.connect() as connection:
        # Streamed in chunks: with hundreds of thousands of claims, a list of every row
        # as Python tuples would take several times the memory of the frame itself.
        result = connection.execution_options(stream_results=True).execute(
            text(f"SELECT * FROM claims_view v{where}"), params
        )
        columns = list(result.keys())
        for rows in result.partitions(_CHUNK_ROWS):
            chunks.append(_compact(pd.DataFrame.from_records(rows, columns=columns)))
    if not chunks:
        chunks.append(_compact(pd.DataFrame(columns=columns)))
    frame = pd.concat(chunks, ignore_index=True)
    # Sorted here rather than by the database, which would sort whole wide rows on disk.
    frame = frame.sort_values(_ORDER, kind="stable", na_position="first")
    return frame.reset_index(drop=True)


#: Rows fetched and converted at a time by claims_frame.
_CHUNK_ROWS = 50_000
#: claims_frame's order: by publication, then document, then position in the text.
_ORDER = ["published", "document_id", "start"]
#: Text columns whose values repeat from claim to claim (a document's, a vocabulary's).
_REPEATED = ("doc", "path", "publisher", "title", "indicator", "entities", "unit", "bound",
             "measure", "kind", "period_text", "speaker", "sentence")  # fmt: skip


def _compact(chunk: pd.DataFrame) -> pd.DataFrame:
    """Gives a chunk of claims_view in the frame's types, in as little memory as they allow.

    The driver makes a new string per cell: a document's path, repeated for each of its
    claims, becomes one shared object, and dates become datetimes right away.
    """
    import pandas as pd

    for column in _REPEATED:
        chunk[column] = chunk[column].astype("category").astype(object)
    for column in _DATE_COLUMNS:  # from text (SQLite) or date objects to 8 bytes each
        chunk[column] = pd.to_datetime(chunk[column], errors="coerce")
    chunk["entities"] = chunk["entities"].fillna("")
    return chunk


def run_sql(db: Database, sql: str, *, limit: int | None = None) -> QueryResult:
    """Gives the result of one SQL statement run on a connection that refuses writes."""
    if not sql.strip():
        raise QueryError("the query is empty")
    try:
        with db.read_only() as connection:
            if db.dialect == "postgresql":
                return _run_postgresql(connection, sql, limit)
            result = connection.exec_driver_sql(sql)
            if not result.returns_rows:
                raise QueryError(_NO_ROWS)
            columns = list(result.keys())
            rows = result.fetchmany(limit) if limit else result.fetchall()
            return QueryResult(columns, [tuple(row) for row in rows])
    except SQLAlchemyError as error:
        raise QueryError(_explain(error)) from None


_NO_ROWS = "the query returned no rows (only reading queries are allowed)"


def _run_postgresql(connection: Connection, sql: str, limit: int | None) -> QueryResult:
    """Runs `sql` as one prepared statement on the read-only transaction's connection.

    Through the driver's default (simple) protocol, `SELECT 1; COMMIT; DELETE …` would end
    the read-only transaction and write; a prepared statement holds exactly one command.
    It also takes `%` literally, where SQLAlchemy's driver call would read a placeholder.
    """
    import psycopg  # imported here so SQLite users never pay for loading the driver

    raw = connection.connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    try:
        with raw.cursor() as cursor:
            cursor.execute(sql.encode("utf-8"), prepare=True)
            if cursor.description is None:
                raise QueryError(_NO_ROWS)
            columns = [column.name for column in cursor.description]
            rows = cursor.fetchmany(limit) if limit else cursor.fetchall()
            return QueryResult(columns, [tuple(row) for row in rows])
    except psycopg.Error as error:
        raise QueryError(_explain(error)) from None


def _explain(error: Exception) -> str:
    original = getattr(error, "orig", None) or error
    message = (str(original).strip().splitlines() or [type(original).__name__])[0]
    lowered = message.lower()
    if "readonly" in lowered or "read-only" in lowered or "not authorized" in lowered:
        return f"tracker sql is read-only: {message}"
    if "multiple commands" in lowered:
        return f"tracker sql runs one statement at a time: {message}"
    return message
