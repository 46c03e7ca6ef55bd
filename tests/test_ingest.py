"""Ingest: whole documents per transaction, idempotent reruns, rejected files, the runs record."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tracker.documents import load_document
from tracker.errors import DocumentError
from tracker.extract import extract_claims
from tracker.ingest import find_documents, ingest
from tracker.store import Database, claims_frame
from tracker.store.models import ClaimRow, DocumentRow, RunRow


def _count(db: Database, column: object) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count(column))) or 0)


def test_ingest_stores_every_document_and_its_claims(db: Database, seeds: Path) -> None:
    expected = sum(len(extract_claims(load_document(p))) for p in find_documents([seeds]))
    summary = ingest(db, [seeds])
    assert (summary.seen, summary.added, summary.unchanged, summary.rejected) == (2, 2, 0, 0)
    assert summary.claims_added == expected
    assert _count(db, DocumentRow.id) == 2
    assert _count(db, ClaimRow.id) == expected


def test_rerun_adds_nothing(db: Database, seeds: Path) -> None:
    first = ingest(db, [seeds])
    second = ingest(db, [seeds])
    assert (second.added, second.unchanged, second.claims_added) == (0, 2, 0)
    assert _count(db, ClaimRow.id) == first.claims_added
    assert _count(db, DocumentRow.id) == 2


def test_same_bytes_under_another_name_is_not_stored_twice(db: Database, seeds: Path) -> None:
    ingest(db, [seeds])
    shutil.copy(seeds / "000_5067da4d4ba1b669.txt", seeds / "copy.txt")
    summary = ingest(db, [seeds])
    assert summary.unchanged == 3 and summary.added == 0


def test_every_run_is_recorded(db: Database, seeds: Path) -> None:
    ingest(db, [seeds])
    ingest(db, [seeds])
    with db.session() as session:
        runs = session.scalars(select(RunRow).order_by(RunRow.id)).all()
    assert [(r.status, r.seen, r.added, r.unchanged) for r in runs] == [
        ("ok", 2, 2, 0),
        ("ok", 2, 0, 2),
    ]
    assert all(r.finished_at is not None and r.finished_at >= r.started_at for r in runs)


def test_a_bad_file_is_rejected_and_the_others_still_ingested(db: Database, seeds: Path) -> None:
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "latin.txt").write_bytes("Exportaci\xf3n".encode("latin-1"))
    summary = ingest(db, [seeds])
    assert (summary.added, summary.rejected) == (2, 2)
    assert any("empty.txt" in m for m in summary.messages)
    with db.session() as session:
        run = session.scalars(select(RunRow)).one()
    assert run.status == "rejected" and "latin.txt" in (run.messages or "")


def test_missing_path_is_a_user_error(db: Database, tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        ingest(db, [tmp_path / "nowhere"])


def test_find_documents_skips_hidden_and_sidecars(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "a.meta.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("H.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B.")
    assert [p.name for p in find_documents([tmp_path])] == ["a.txt", "b.txt"]


def test_claims_frame_filters(db: Database, seeds: Path) -> None:
    ingest(db, [seeds])
    frame = claims_frame(db)
    assert len(frame) == _count(db, ClaimRow.id)
    assert str(frame["published"].dtype).startswith("datetime64")
    assert claims_frame(db, entity="Atlantis").empty
    assert claims_frame(db, indicator="no_such_indicator").empty
