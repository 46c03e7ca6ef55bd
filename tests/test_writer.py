"""The fast writer: a document, its claims and their entities in three statements, and
several documents a transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from tracker.extract import Claim
from tracker.store import Database
from tracker.store.models import ClaimEntityRow, ClaimRow, DocumentRow, EntityRow
from tracker.store.writer import Batches, EntityIds, insert_document


def _values(name: str) -> dict[str, Any]:
    return {
        "path": f"seeds/{name}",
        "name": name,
        "sha256": name.ljust(64, "0"),
        "size": 5,
        "publisher": "Trend",
        "published": date(2021, 12, 21),
        "title": None,
        "url": None,
        "text": "Text.",
        "ingested_at": datetime.now(UTC),
        "extractor_version": "test",
    }


def _claim(start: int, *entities: str, value: float = 2.3e9) -> Claim:
    return Claim(
        doc="a.txt",
        surface="$2.3 billion",
        start=start,
        end=start + 12,
        sentence="Trade reached $2.3 billion.",
        indicator="trade_turnover",
        entities=entities,
        value_low=value,
        value_high=value,
        unit="USD",
        bound="more_than",
        period_start=date(2021, 1, 1),
        period_end=date(2021, 10, 31),
        period_text="from January through October 2021",
        speaker="Emin Aliyev",
        publisher="Trend",
        published=date(2021, 12, 21),
        confidence=0.9,
    )


def test_a_document_is_stored_with_its_claims_and_entities(db: Database) -> None:
    claims = [_claim(10, "Azerbaijan", "Russia"), _claim(50, "Russia", value=1e6), _claim(90)]
    with db.engine.begin() as connection:
        document_id = insert_document(connection, _values("a.txt"), claims, EntityIds())
    with db.session() as session:
        document = session.get_one(DocumentRow, document_id)
        stored = [
            (row.start, row.value_low, row.bound, row.period_end, [e.name for e in row.entities])
            for row in document.claims
        ]
    assert stored == [
        (10, 2.3e9, "more_than", date(2021, 10, 31), ["Azerbaijan", "Russia"]),
        (50, 1e6, "more_than", date(2021, 10, 31), ["Russia"]),
        (90, 2.3e9, "more_than", date(2021, 10, 31), []),
    ]


def test_entities_are_stored_once_across_documents_and_writers(db: Database) -> None:
    first, second = EntityIds(), EntityIds()  # two writers, each with its own cache
    with db.engine.begin() as connection:
        insert_document(connection, _values("a.txt"), [_claim(1, "Iran", "Turkey")], first)
        insert_document(connection, _values("b.txt"), [_claim(1, "Iran")], second)
        insert_document(connection, _values("c.txt"), [_claim(1, "Turkey", "Turkey")], first)
    with db.session() as session:
        names = session.scalars(select(EntityRow.name).order_by(EntityRow.name)).all()
        links = session.scalar(select(func.count()).select_from(ClaimEntityRow))
        claims = session.scalar(select(func.count(ClaimRow.id)))
    assert names == ["Iran", "Turkey"]
    assert (claims, links) == (3, 4)


def test_a_rolled_back_document_leaves_nothing(db: Database) -> None:
    entities = EntityIds()
    try:
        with db.engine.begin() as connection:
            insert_document(connection, _values("a.txt"), [_claim(1, "Georgia")], entities)
            raise RuntimeError("killed")
    except RuntimeError:
        entities.forget()
    with db.engine.begin() as connection:
        insert_document(connection, _values("b.txt"), [_claim(1, "Georgia")], entities)
    with db.session() as session:
        assert session.scalars(select(DocumentRow.name)).all() == ["b.txt"]
        assert session.scalars(select(EntityRow.name)).all() == ["Georgia"]


def _stored(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(DocumentRow.name).order_by(DocumentRow.id)))


def test_batches_commit_every_n_documents_and_run_callbacks_after_the_commit(
    db: Database,
) -> None:
    batches, entities, done = Batches(db.engine, documents=3, seconds=3600), EntityIds(), []
    for name in ["a", "b", "c", "d"]:
        with batches.document() as connection:
            insert_document(connection, _values(name), [_claim(1, "Iran")], entities)
        batches.after_commit(lambda name=name: done.append(name))
        if name == "b":
            assert (_stored(db), done) == ([], [])  # a reader sees no open batch
    assert (_stored(db), done) == (["a", "b", "c"], ["a", "b", "c"])
    batches.commit()
    assert (_stored(db), done) == (["a", "b", "c", "d"], ["a", "b", "c", "d"])
    batches.after_commit(lambda: done.append("now"))  # nothing open: runs at once
    assert done[-1] == "now"


def test_batches_commit_once_the_transaction_is_old_enough(db: Database) -> None:
    batches, entities = Batches(db.engine, documents=100, seconds=0.0), EntityIds()
    for name in ["a", "b"]:
        with batches.document() as connection:
            insert_document(connection, _values(name), [], entities)
        assert _stored(db)[-1] == name


def test_an_error_rolls_the_whole_batch_back_and_drops_its_callbacks(db: Database) -> None:
    entities, done, forgotten = EntityIds(), [], []
    batches = Batches(db.engine, documents=2, seconds=3600, on_rollback=lambda: forgotten.append(1))
    for name in ["a", "b", "c"]:
        with batches.document() as connection:
            insert_document(connection, _values(name), [_claim(1, "Georgia")], entities)
        batches.after_commit(lambda name=name: done.append(name))
    with pytest.raises(RuntimeError), batches.document() as connection:
        insert_document(connection, _values("d"), [_claim(1, "Chad")], entities)
        raise RuntimeError("disk full")
    assert (_stored(db), done, forgotten) == (["a", "b"], ["a", "b"], [1])
    entities.forget()
    with batches.document() as connection:  # the next batch starts afresh
        insert_document(connection, _values("e"), [_claim(1, "Chad")], entities)
    batches.commit()
    assert _stored(db) == ["a", "b", "e"]
    with db.session() as session:
        assert session.scalars(select(EntityRow.name).order_by(EntityRow.name)).all() == [
            "Chad",
            "Georgia",
        ]


def test_a_batch_holds_at_least_one_document(db: Database) -> None:
    with pytest.raises(ValueError, match="at least one document"):
        Batches(db.engine, documents=0)
