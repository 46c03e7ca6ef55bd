"""Schema upgrades keep every row: a database made at revision 0001, upgraded and back."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from tracker.store import Database, open_database
from tracker.store.database import current_revision, downgrade_database, upgrade_database

from .conftest import REPO

T1 = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
T2 = datetime(2024, 2, 1, 9, 0, tzinfo=UTC)
T3 = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)

# What revision 0001 held: a.txt ingested twice (its bytes changed), b.txt once.
DOCUMENTS_0001 = [
    # id, path, sha256, ingested_at
    (1, "seeds/a.txt", "a" * 64, T1),
    (2, "seeds/a.txt", "b" * 64, T2),
    (3, "seeds/b.txt", "c" * 64, T3),
]
CLAIMS_0001 = [(10, 1, "$1 billion"), (11, 2, "$2 billion"), (12, 2, "3%"), (13, 3, "$4 billion")]
ENTITIES_0001 = [(1, "Azerbaijan"), (2, "Russia")]
LINKS_0001 = [(10, 1), (11, 1), (11, 2), (12, 2), (13, 1)]

_documents = sa.table(
    "documents",
    *(sa.column(n) for n in ("id", "path", "name", "sha256", "size", "text")),
    sa.column("publisher", sa.String),
    sa.column("published", sa.Date),
    sa.column("ingested_at", sa.DateTime(timezone=True)),
    sa.column("extractor_version", sa.String),
)
_claims = sa.table(
    "claims",
    *(sa.column(n) for n in ("id", "document_id", "surface", "start", "end", "sentence")),
    *(sa.column(n) for n in ("indicator", "value_low", "value_high", "unit", "bound")),
    *(sa.column(n) for n in ("measure", "kind")),
)
_entities = sa.table("entities", sa.column("id"), sa.column("name"))
_links = sa.table("claim_entities", sa.column("claim_id"), sa.column("entity_id"))
_runs = sa.table(
    "runs",
    sa.column("id"),
    sa.column("started_at", sa.DateTime(timezone=True)),
    sa.column("finished_at", sa.DateTime(timezone=True)),
    *(sa.column(n) for n in ("status", "extractor_version", "seen", "added", "unchanged")),
    *(sa.column(n) for n in ("rejected", "claims_added", "messages")),
)


@pytest.fixture
def old_db(db_url: str) -> Iterator[Database]:
    """Gives a database at revision 0001 holding the rows above, written with plain SQL."""
    database = open_database(db_url, upgrade=False)
    upgrade_database(database, "0001")
    with database.engine.begin() as connection:
        connection.execute(
            sa.insert(_documents),
            [
                {
                    "id": i,
                    "path": p,
                    "name": p.split("/")[-1],
                    "sha256": s,
                    "size": 10,
                    "text": f"text of {i}",
                    "publisher": "Trend",
                    "published": date(2021, 12, 21),
                    "ingested_at": t,
                    "extractor_version": "0.0.9",
                }
                for i, p, s, t in DOCUMENTS_0001
            ],
        )
        connection.execute(
            sa.insert(_claims),
            [
                {
                    "id": i,
                    "document_id": d,
                    "surface": s,
                    "start": 0,
                    "end": len(s),
                    "sentence": s,
                    "indicator": "trade_turnover",
                    "value_low": 1.0,
                    "value_high": 1.0,
                    "unit": "USD",
                    "bound": "exact",
                    "measure": "level",
                    "kind": "actual",
                }
                for i, d, s in CLAIMS_0001
            ],
        )
        connection.execute(sa.insert(_entities), [{"id": i, "name": n} for i, n in ENTITIES_0001])
        connection.execute(
            sa.insert(_links), [{"claim_id": c, "entity_id": e} for c, e in LINKS_0001]
        )
        connection.execute(
            sa.insert(_runs),
            [
                {
                    "id": 1,
                    "started_at": T1,
                    "finished_at": T3,
                    "status": "ok",
                    "extractor_version": "0.0.9",
                    "seen": 2,
                    "added": 2,
                    "unchanged": 0,
                    "rejected": 0,
                    "claims_added": 4,
                    "messages": None,
                }
            ],
        )
    yield database
    database.close()


def _rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(sa.text(sql))]


_KEPT = {
    "documents": "SELECT id, path, name, sha256, size, text, publisher, extractor_version "
    "FROM documents ORDER BY id",
    "claims": 'SELECT id, document_id, surface, start, "end", unit FROM claims ORDER BY id',
    "entities": "SELECT id, name FROM entities ORDER BY id",
    "claim_entities": "SELECT claim_id, entity_id FROM claim_entities ORDER BY 1, 2",
    "runs": "SELECT id, status, seen, added, unchanged, rejected, claims_added FROM runs",
}


def test_upgrade_from_0001_keeps_every_row(old_db: Database) -> None:
    before = {table: _rows(old_db, sql) for table, sql in _KEPT.items()}
    upgrade_database(old_db)
    after = {table: _rows(old_db, sql) for table, sql in _KEPT.items()}
    assert after == before
    assert len(after["claims"]) == len(CLAIMS_0001)


def test_upgrade_from_0001_maps_rows_to_versions(old_db: Database) -> None:
    upgrade_database(old_db)
    versions = _rows(old_db, "SELECT id, version, status FROM documents ORDER BY id")
    assert versions == [(1, 1, "superseded"), (2, 2, "current"), (3, 1, "current")]
    with old_db.engine.connect() as connection:
        retired = (
            connection.execute(
                sa.select(sa.column("retired_at", sa.DateTime(timezone=True)))
                .select_from(sa.table("documents"))
                .order_by(sa.column("id"))
            )
            .scalars()
            .all()
        )
    assert [r.replace(tzinfo=UTC) if r else None for r in retired] == [T2, None, None]
    counts = _rows(old_db, "SELECT changed, removed, reextracted FROM runs")
    assert counts == [(0, 0, 0)]


def test_after_upgrade_views_split_current_and_history(old_db: Database) -> None:
    upgrade_database(old_db)
    current = _rows(old_db, "SELECT claim_id, entities FROM claims_view ORDER BY claim_id")
    assert current == [(11, "Azerbaijan, Russia"), (12, "Russia"), (13, "Azerbaijan")]
    history = _rows(
        old_db, "SELECT claim_id, version, status FROM claims_history_view ORDER BY claim_id"
    )
    assert history == [
        (10, 1, "superseded"),
        (11, 2, "current"),
        (12, 2, "current"),
        (13, 1, "current"),
    ]


def test_foreign_keys_are_enforced_again_after_a_migration(old_db: Database) -> None:
    upgrade_database(old_db)
    with pytest.raises(IntegrityError), old_db.engine.begin() as connection:
        connection.execute(
            sa.insert(_claims).values(
                id=99,
                document_id=12345,
                surface="x",
                start=0,
                end=1,
                sentence="x",
                indicator="gdp",
                value_low=1,
                value_high=1,
                unit="%",
                bound="exact",
                measure="level",
                kind="actual",
            )
        )


def test_downgrade_to_0001_keeps_the_latest_version_of_every_path(old_db: Database) -> None:
    upgrade_database(old_db)
    downgrade_database(old_db, "0001")
    with old_db.engine.connect() as connection:
        assert current_revision(connection) == "0001"
    assert _rows(old_db, "SELECT id, path FROM documents ORDER BY id") == [
        (2, "seeds/a.txt"),
        (3, "seeds/b.txt"),
    ]
    assert _rows(old_db, "SELECT id FROM claims ORDER BY id") == [(11,), (12,), (13,)]
    assert _rows(old_db, "SELECT claim_id, entity_id FROM claim_entities ORDER BY 1, 2") == [
        (11, 1),
        (11, 2),
        (12, 2),
        (13, 1),
    ]
    assert _rows(old_db, "SELECT claim_id FROM claims_view ORDER BY claim_id") == [
        (11,),
        (12,),
        (13,),
    ]
    assert _rows(old_db, "SELECT id, claims_added FROM runs") == [(1, 4)]
    # sha256 is unique again, as revision 0001 had it
    with pytest.raises(IntegrityError), old_db.engine.begin() as connection:
        connection.execute(
            sa.insert(_documents).values(
                id=7,
                path="x",
                name="x",
                sha256="b" * 64,
                size=1,
                text="x",
                ingested_at=T3,
                extractor_version="0.0.9",
            )
        )


def test_upgrade_again_after_downgrade(old_db: Database) -> None:
    upgrade_database(old_db)
    downgrade_database(old_db, "0001")
    upgrade_database(old_db)
    assert _rows(old_db, "SELECT id, version, status FROM documents ORDER BY id") == [
        (2, 1, "current"),
        (3, 1, "current"),
    ]


# A child that upgrades the database and stops for good deep inside revision 0002: after
# the documents table was copied and its rows renumbered, before the new indexes exist.
_UPGRADER = """
import sys, time
from sqlalchemy import Engine, event
from tracker.store import open_database

url, marker = sys.argv[1:3]

@event.listens_for(Engine, "before_cursor_execute")
def stop(_conn, _cursor, statement, *_args):
    if "ix_documents_sha256" in statement:
        open(marker, "w").write("stopped")
        time.sleep(3600)

open_database(url)
"""


def test_an_upgrade_killed_halfway_leaves_revision_0001_intact(
    old_db: Database, tmp_path: Path
) -> None:
    before = {table: _rows(old_db, sql) for table, sql in _KEPT.items()}
    marker = tmp_path / "stopped"
    url = old_db.url.render_as_string(hide_password=False)
    child = subprocess.Popen([sys.executable, "-c", _UPGRADER, url, str(marker)], cwd=REPO)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert child.poll() is None, "the upgrade ended before reaching its stopping point"
            assert time.monotonic() < deadline, "the upgrade never reached its stopping point"
            time.sleep(0.02)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    old_db.close()
    with old_db.engine.connect() as connection:
        assert current_revision(connection) == "0001"
    assert {table: _rows(old_db, sql) for table, sql in _KEPT.items()} == before
    assert "_alembic_tmp_documents" not in sa.inspect(old_db.engine).get_table_names()
    upgrade_database(old_db)
    assert {table: _rows(old_db, sql) for table, sql in _KEPT.items()} == before


def test_upgrade_marks_claims_current_and_copies_their_documents_fields(old_db: Database) -> None:
    upgrade_database(old_db)
    rows = _rows(old_db, "SELECT id, is_current, publisher, published FROM claims ORDER BY id")
    assert [(i, bool(c), p, str(d)[:10]) for i, c, p, d in rows] == [
        (10, False, "Trend", "2021-12-21"),  # its document was superseded
        (11, True, "Trend", "2021-12-21"),
        (12, True, "Trend", "2021-12-21"),
        (13, True, "Trend", "2021-12-21"),
    ]


def test_after_upgrade_a_status_change_moves_the_documents_claims(old_db: Database) -> None:
    upgrade_database(old_db)
    with old_db.engine.begin() as connection:
        connection.execute(sa.text("UPDATE documents SET status = 'removed' WHERE id = 3"))
        connection.execute(sa.text("UPDATE documents SET status = 'superseded' WHERE id = 2"))
        connection.execute(sa.text("UPDATE documents SET status = 'current' WHERE id = 1"))
    rows = _rows(old_db, "SELECT id, is_current FROM claims ORDER BY id")
    assert [(i, bool(c)) for i, c in rows] == [(10, True), (11, False), (12, False), (13, False)]


def test_downgrade_from_head_to_0003_and_back(old_db: Database) -> None:
    upgrade_database(old_db)
    downgrade_database(old_db, "0003")
    assert _rows(old_db, "SELECT claim_id FROM claims_view ORDER BY claim_id") == [
        (11,),
        (12,),
        (13,),
    ]
    with old_db.engine.begin() as connection:  # no trigger is left to touch claims
        connection.execute(sa.text("UPDATE documents SET status = 'removed' WHERE id = 3"))
    upgrade_database(old_db)
    rows = _rows(old_db, "SELECT id, is_current FROM claims ORDER BY id")
    assert [(i, bool(c)) for i, c in rows] == [(10, False), (11, True), (12, True), (13, False)]
