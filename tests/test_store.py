"""The database: migrations up and down, the claims view, URLs, damaged files, read-only SQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from tracker.errors import DatabaseError, QueryError
from tracker.ingest import ingest
from tracker.store import Database, open_database, run_sql
from tracker.store.database import (
    current_revision,
    downgrade_database,
    head_revision,
    resolve_url,
    upgrade_database,
)

TABLES = {"documents", "claims", "entities", "claim_entities", "runs"}


def test_new_database_is_at_head_with_every_table_and_the_view(db: Database) -> None:
    inspector = inspect(db.engine)
    assert set(inspector.get_table_names()) >= TABLES
    assert "claims_view" in inspector.get_view_names()
    with db.engine.connect() as connection:
        assert current_revision(connection) == head_revision()


def test_indexes_cover_the_obvious_filters(db: Database) -> None:
    inspector = inspect(db.engine)
    claim_indexes = {tuple(ix["column_names"]) for ix in inspector.get_indexes("claims")}
    assert {("indicator",), ("period_start", "period_end"), ("document_id",)} <= claim_indexes
    link_indexes = {tuple(ix["column_names"]) for ix in inspector.get_indexes("claim_entities")}
    assert ("entity_id",) in link_indexes


def test_downgrade_to_base_and_upgrade_again(db: Database) -> None:
    downgrade_database(db, "base")
    names = set(inspect(db.engine).get_table_names())
    assert not (TABLES & names)
    upgrade_database(db)
    assert set(inspect(db.engine).get_table_names()) >= TABLES


def test_reopening_is_a_no_op(db_url: str) -> None:
    open_database(db_url).close()
    again = open_database(db_url)
    with again.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    again.close()


@pytest.mark.parametrize("url", ["not a url", "nosuchdb://x", "sqlite:////no/such/folder/t.db"])
def test_bad_urls_are_clear_errors(url: str) -> None:
    with pytest.raises(DatabaseError):
        open_database(url)


def test_postgresql_url_gets_the_psycopg_driver() -> None:
    assert resolve_url("postgresql://u@localhost/t").drivername == "postgresql+psycopg"


def test_environment_variable_names_the_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TRACKER_DATABASE_URL", f"sqlite:///{tmp_path / 'env.db'}")
    assert str(resolve_url(None)).endswith("env.db")
    assert str(resolve_url("sqlite:///other.db")).endswith("other.db")


def test_damaged_database_file_is_refused_and_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    garbage = b"this is not a database at all" * 100
    path.write_bytes(garbage)
    with pytest.raises(DatabaseError, match="not a database"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == garbage


def test_claims_view_joins_document_and_entities(db: Database, seeds: Path) -> None:
    ingest(db, [seeds])
    result = run_sql(db, "SELECT doc, publisher, published, indicator, entities FROM claims_view")
    assert result.columns == ["doc", "publisher", "published", "indicator", "entities"]
    for doc, _publisher, _published, _indicator, entities in result.rows:
        assert doc.endswith(".txt")
        assert entities == ", ".join(sorted(entities.split(", "))) if entities else True


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM documents",
        "DROP TABLE claims",
        "UPDATE documents SET publisher = 'x'",
        "INSERT INTO entities (name) VALUES ('Mars')",
        "ATTACH DATABASE ':memory:' AS other",
        "CREATE TABLE evil (x)",
    ],
)
def test_sql_is_read_only(db: Database, seeds: Path, statement: str) -> None:
    ingest(db, [seeds])
    with db.engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM documents")).scalar()
        tables_before = set(inspect(connection).get_table_names())
    with pytest.raises(QueryError):
        run_sql(db, statement)
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM documents")).scalar() == before
    assert set(inspect(db.engine).get_table_names()) == tables_before


def test_bad_sql_is_a_query_error(db: Database) -> None:
    with pytest.raises(QueryError, match="no such table"):
        run_sql(db, "SELECT * FROM nowhere")
    with pytest.raises(QueryError, match="empty"):
        run_sql(db, "   ")


def test_writes_work_again_after_a_read_only_query(db: Database, seeds: Path) -> None:
    run_sql(db, "SELECT 1")
    summary = ingest(db, [seeds])
    assert summary.added == 2
