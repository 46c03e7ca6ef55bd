"""The database: migrations up and down, the claims view, URLs, damaged files, read-only SQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from tracker.errors import DatabaseError, QueryError
from tracker.ingest import ingest
from tracker.store import Database, claims_frame, open_database, run_sql
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
        "CREATE TABLE evil (x integer)",
        "SELECT 1; DELETE FROM documents",
        "SELECT 1; COMMIT; DELETE FROM documents; SELECT 2",
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
    with pytest.raises(QueryError, match="nowhere"):
        run_sql(db, "SELECT * FROM nowhere")
    with pytest.raises(QueryError, match="empty"):
        run_sql(db, "   ")


def test_writes_work_again_after_a_read_only_query(db: Database, seeds: Path) -> None:
    run_sql(db, "SELECT 1")
    summary = ingest(db, [seeds])
    assert summary.added == 2


@pytest.mark.parametrize(
    "statement",
    ["DELETE FROM documents", "UPDATE documents SET publisher = 'x'", "DROP TABLE claims"],
)
def test_a_refused_write_says_read_only(db: Database, statement: str) -> None:
    with pytest.raises(QueryError, match="read-only"):
        run_sql(db, statement)


def test_percent_signs_are_literal(db: Database, seeds: Path) -> None:
    ingest(db, [seeds])
    result = run_sql(db, "SELECT '100%' AS share, name FROM documents WHERE name LIKE '%.txt'")
    assert len(result.rows) == 2 and result.rows[0][0] == "100%"


def test_limit_keeps_the_first_rows(db: Database, seeds: Path) -> None:
    ingest(db, [seeds])
    result = run_sql(db, "SELECT name FROM documents ORDER BY name", limit=1)
    assert result.rows == [("000_5067da4d4ba1b669.txt",)]


def test_sqlite_runs_in_wal_mode_with_normal_sync(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'tracker.db'}")
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    database.close()


def test_claims_frame_reads_in_chunks_and_keeps_its_order(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    from tests.fakes import number_claims

    monkeypatch.setattr(importlib.import_module("tracker.ingest"), "extract_claims", number_claims)
    monkeypatch.setattr(importlib.import_module("tracker.store.queries"), "_CHUNK_ROWS", 3)
    folder = tmp_path / "docs"
    folder.mkdir()
    for day, body in [(3, "Trade 1, 2 and 3."), (1, "Trade 4 and 5."), (2, "Trade 6.")]:
        (folder / f"d{day}.txt").write_text(f" date 2021-01-0{day} By Trend\n\n{body}\n")
    (folder / "undated.txt").write_text("Trade 7 and 8.\n")
    ingest(db, [folder])
    frame = claims_frame(db)
    assert frame["value_low"].tolist() == [7, 8, 4, 5, 6, 1, 2, 3]  # undated first, then by date
    assert frame["path"].iloc[2] is frame["path"].iloc[3]  # one string per document
    assert str(frame["published"].dtype).startswith("datetime64")
