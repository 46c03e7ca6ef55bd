"""Reruns do only the new work: skip unchanged files, version changed ones, mark removals,
re-extract after an extractor upgrade, and keep every claim."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from tracker.documents import Document
from tracker.errors import DatabaseError, LockedError, WorkerError
from tracker.extract import EXTRACTOR_VERSION
from tracker.ingest import ingest
from tracker.lock import run_lock
from tracker.store import Database
from tracker.store.models import ClaimRow, DocumentRow, RunRow
from tracker.store.runs import recent_runs

from .fakes import number_claims

# `tracker.ingest` the attribute is the function; the module is needed to patch it.
INGEST = importlib.import_module("tracker.ingest")
WRITER = importlib.import_module("tracker.store.writer")


@pytest.fixture(autouse=True)
def numbers_are_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(INGEST, "extract_claims", number_claims)


def _write(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


def _versions(db: Database) -> list[tuple[str, int, str, int]]:
    """Gives (file name, version, status, claim count) of every stored version."""
    with db.session() as session:
        rows = session.execute(
            select(
                DocumentRow.name, DocumentRow.version, DocumentRow.status, func.count(ClaimRow.id)
            )
            .outerjoin(ClaimRow)
            .group_by(DocumentRow.id)
            .order_by(DocumentRow.name, DocumentRow.version)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def _view_surfaces(db: Database, view: str) -> list[str]:
    with db.engine.connect() as connection:
        query = text(f"SELECT surface FROM {view} ORDER BY surface")
        return list(connection.execute(query).scalars())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    _write(folder / "a.txt", "Trade grew by 5 percent to 12 billion.")
    _write(folder / "b.txt", "Exports reached 7 billion.")
    return folder


def test_unchanged_files_are_skipped_without_reading_them(
    db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest(db, [folder])

    def must_not_read(path: Path, **_kwargs: object) -> Document:
        raise AssertionError(f"{path} was read although its size and mtime are unchanged")

    monkeypatch.setattr(INGEST, "load_document", must_not_read)
    summary = ingest(db, [folder])
    assert (summary.seen, summary.unchanged, summary.added, summary.changed) == (2, 2, 0, 0)


def test_a_touched_file_is_hashed_once_then_skipped_again(
    db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest(db, [folder])
    stat = (folder / "a.txt").stat()
    os.utime(folder / "a.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    touched = ingest(db, [folder])
    assert (touched.unchanged, touched.changed, touched.claims_added) == (2, 0, 0)
    monkeypatch.setattr(INGEST, "load_document", _refuse_to_read)
    assert ingest(db, [folder]).unchanged == 2


def _refuse_to_read(path: Path, **_kwargs: object) -> Document:
    raise AssertionError(f"{path} was read again")


def test_a_changed_file_becomes_a_new_version_and_the_old_one_is_kept(
    db: Database, folder: Path
) -> None:
    ingest(db, [folder])
    _write(folder / "a.txt", "Trade grew by 6 percent to 13 billion in 2024.")
    summary = ingest(db, [folder])
    assert (summary.changed, summary.unchanged, summary.added, summary.claims_added) == (1, 1, 0, 3)
    assert _versions(db) == [
        ("a.txt", 1, "superseded", 2),
        ("a.txt", 2, "current", 3),
        ("b.txt", 1, "current", 1),
    ]
    assert _view_surfaces(db, "claims_view") == ["13", "2024", "6", "7"]
    assert _view_surfaces(db, "claims_history_view") == ["12", "13", "2024", "5", "6", "7"]


def test_a_file_reverted_to_earlier_bytes_is_a_third_version(db: Database, folder: Path) -> None:
    original = (folder / "a.txt").read_text(encoding="utf-8")
    ingest(db, [folder])
    _write(folder / "a.txt", "Trade fell by 1 percent.")
    ingest(db, [folder])
    _write(folder / "a.txt", original)
    assert ingest(db, [folder]).changed == 1
    assert [v[:3] for v in _versions(db) if v[0] == "a.txt"] == [
        ("a.txt", 1, "superseded"),
        ("a.txt", 2, "superseded"),
        ("a.txt", 3, "current"),
    ]


def test_a_removed_file_marks_its_document_removed_and_deletes_nothing(
    db: Database, folder: Path
) -> None:
    ingest(db, [folder])
    (folder / "b.txt").unlink()
    summary = ingest(db, [folder])
    assert (summary.seen, summary.removed, summary.unchanged) == (1, 1, 1)
    assert _versions(db) == [("a.txt", 1, "current", 2), ("b.txt", 1, "removed", 1)]
    assert "7" not in _view_surfaces(db, "claims_view")
    assert "7" in _view_surfaces(db, "claims_history_view")
    assert ingest(db, [folder]).removed == 0


def test_a_removed_file_that_comes_back_is_current_again(db: Database, folder: Path) -> None:
    ingest(db, [folder])
    body = (folder / "b.txt").read_text(encoding="utf-8")
    (folder / "b.txt").unlink()
    ingest(db, [folder])
    _write(folder / "b.txt", body)
    assert ingest(db, [folder]).added == 1
    assert [v for v in _versions(db) if v[0] == "b.txt"] == [
        ("b.txt", 1, "removed", 1),
        ("b.txt", 2, "current", 1),
    ]


def test_only_files_under_the_given_paths_can_be_removed(
    db: Database, folder: Path, tmp_path: Path
) -> None:
    other = _write(tmp_path / "other.txt", "Imports were 3 billion.")
    ingest(db, [other])
    summary = ingest(db, [folder])
    assert summary.removed == 0
    assert ("other.txt", 1, "current", 1) in _versions(db)


def test_a_single_file_path_removes_only_itself(db: Database, folder: Path) -> None:
    ingest(db, [folder])
    (folder / "a.txt").unlink()
    (folder / "a.txt").mkdir()  # now a folder: rejected, so not yet known to be gone
    summary = ingest(db, [folder / "b.txt"])
    assert (summary.seen, summary.removed) == (1, 0)


def test_a_new_extractor_version_re_extracts_every_current_document(
    db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest(db, [folder])
    (folder / "b.txt").unlink()
    ingest(db, [folder])  # b.txt removed: not current, so not re-extracted
    monkeypatch.setattr(INGEST, "EXTRACTOR_VERSION", "99.0")
    monkeypatch.setattr(INGEST, "load_document", _refuse_to_read)
    summary = ingest(db, [folder])
    assert (summary.reextracted, summary.claims_added, summary.unchanged) == (1, 2, 1)
    assert summary.replaced_versions == [EXTRACTOR_VERSION]
    assert _versions(db) == [
        ("a.txt", 1, "superseded", 2),
        ("a.txt", 2, "current", 2),
        ("b.txt", 1, "removed", 1),
    ]
    with db.session() as session:
        current = session.scalars(
            select(DocumentRow.extractor_version).where(DocumentRow.status == "current")
        ).all()
    assert current == ["99.0"]
    assert ingest(db, [folder]).reextracted == 0


def test_a_changed_file_under_a_new_extractor_is_extracted_once(
    db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest(db, [folder])
    monkeypatch.setattr(INGEST, "EXTRACTOR_VERSION", "99.0")
    _write(folder / "a.txt", "Trade grew by 8 percent.")
    summary = ingest(db, [folder])
    assert (summary.changed, summary.reextracted) == (1, 1)  # a.txt changed, b.txt re-extracted
    assert [v[:3] for v in _versions(db)] == [
        ("a.txt", 1, "superseded"),
        ("a.txt", 2, "current"),
        ("b.txt", 1, "superseded"),
        ("b.txt", 2, "current"),
    ]


def test_the_same_bytes_at_two_paths_are_stored_once(db: Database, folder: Path) -> None:
    _write(folder / "copy.txt", (folder / "a.txt").read_text(encoding="utf-8"))
    summary = ingest(db, [folder])
    assert (summary.added, summary.unchanged) == (2, 1)


def test_an_extractor_crash_rejects_only_that_document(
    db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fragile(document: Document) -> list[object]:
        if document.name == "a.txt":
            raise ValueError("unexpected token")
        return list(number_claims(document))

    monkeypatch.setattr(INGEST, "extract_claims", fragile)
    summary = ingest(db, [folder])
    assert (summary.added, summary.rejected) == (1, 1)
    assert "a.txt: extraction failed" in summary.messages[0]


def test_a_run_left_running_by_a_killed_process_is_marked_interrupted(
    db: Database, folder: Path
) -> None:
    first = ingest(db, [folder])
    with db.session() as session, session.begin():
        session.get_one(RunRow, first.run_id).status = "running"  # as a SIGKILL leaves it
    summary = ingest(db, [folder])
    assert summary.interrupted == 1
    assert [r.status for r in recent_runs(db)] == ["ok", "interrupted"]


def test_ingest_refuses_to_start_while_another_run_holds_the_lock(
    db: Database, folder: Path
) -> None:
    with run_lock(db), pytest.raises(LockedError):
        ingest(db, [folder])
    assert recent_runs(db) == []
    with db.session() as session:
        assert session.scalar(select(func.count(DocumentRow.id))) == 0


def test_runs_record_every_count_and_a_duration(db: Database, folder: Path) -> None:
    ingest(db, [folder])
    _write(folder / "a.txt", "Trade grew by 9 percent.")
    (folder / "b.txt").unlink()
    _write(folder / "c.txt", "Imports were 4 billion.")
    (folder / "d.txt").write_bytes(b"")
    ingest(db, [folder])
    latest, first = recent_runs(db)
    assert (latest.seen, latest.added, latest.changed, latest.unchanged) == (3, 1, 1, 0)
    assert (latest.removed, latest.rejected, latest.claims_added) == (1, 1, 2)
    assert latest.status == "rejected" and "d.txt" in (latest.messages or "")
    assert (first.seen, first.added, first.claims_added, first.status) == (2, 2, 3, "ok")
    assert latest.duration is not None and latest.duration.total_seconds() >= 0
    assert len(recent_runs(db, limit=1)) == 1


def test_a_database_failure_mid_run_is_one_error_and_the_run_says_failed(
    db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(INGEST, "_store_version", disk_full)
    with pytest.raises(DatabaseError, match="the run stopped: database or disk is full"):
        ingest(db, [folder])
    [run] = recent_runs(db)
    assert run.status == "failed" and run.finished_at is not None


def test_a_failure_mid_batch_keeps_the_committed_batches_and_counts_only_them(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    many = tmp_path / "many"
    many.mkdir()
    for index in range(7):
        _write(many / f"doc{index}.txt", f"Exports reached {index + 1} billion dollars.")
    monkeypatch.setattr(WRITER, "BATCH_DOCUMENTS", 3)
    real_store, calls = INGEST._store_version, []

    def fails_on_the_fifth(*args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 5:
            raise OperationalError("INSERT", {}, Exception("database or disk is full"))
        real_store(*args, **kwargs)

    monkeypatch.setattr(INGEST, "_store_version", fails_on_the_fifth)
    reported: list[str] = []
    with pytest.raises(DatabaseError, match="disk is full"):
        ingest(db, [many], progress=lambda path, outcome: reported.append(path.name))
    # The first batch is stored; the fourth document, written before the failure in the
    # same transaction, is not, and neither the counts nor the progress include it.
    stored = [name for name, _version, _status, _claims in _versions(db)]
    assert stored == reported == ["doc0.txt", "doc1.txt", "doc2.txt"]
    [run] = recent_runs(db)
    assert (run.status, run.added, run.claims_added) == ("failed", 3, 3)
    monkeypatch.setattr(INGEST, "_store_version", real_store)
    assert ingest(db, [many]).added == 4  # the next run does the rest


def test_a_worker_dying_mid_batch_keeps_the_whole_documents_before_it(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    many = tmp_path / "many"
    many.mkdir()
    for index in range(5):
        _write(many / f"doc{index}.txt", f"Exports reached {index + 1} billion dollars.")
    real_extract_all = INGEST.pool.extract_all

    def dies_after_three(*args: object, **kwargs: object) -> Iterator[object]:
        results = real_extract_all(*args, **kwargs)
        for _ in range(3):
            yield next(results)
        raise WorkerError("an extraction worker died")

    monkeypatch.setattr(INGEST.pool, "extract_all", dies_after_three)
    with pytest.raises(WorkerError):
        ingest(db, [many])
    # The three documents written in the open batch are whole: kept, and counted.
    assert [name for name, *_ in _versions(db)] == ["doc0.txt", "doc1.txt", "doc2.txt"]
    [run] = recent_runs(db)
    assert (run.status, run.added) == ("failed", 3)


def test_batched_runs_report_every_file_in_order_once_stored(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    many = tmp_path / "many"
    many.mkdir()
    for index in range(8):
        _write(many / f"doc{index}.txt", f"Imports fell by {index + 2} percent.")
    (many / "doc3.txt").write_bytes(b"")  # rejected between stored documents
    monkeypatch.setattr(WRITER, "BATCH_DOCUMENTS", 3)
    seen: list[tuple[str, str, int]] = []

    def progress(path: Path, outcome: str) -> None:
        stored = _versions(db)  # a document is reported only once it can be read back
        seen.append((path.name, outcome, len(stored)))

    summary = ingest(db, [many], progress=progress)
    assert [(name, outcome) for name, outcome, _ in seen] == [
        (f"doc{index}.txt", "rejected" if index == 3 else "added") for index in range(8)
    ]
    added_so_far = 0
    for _name, outcome, stored in seen:
        added_so_far += outcome == "added"
        assert stored >= added_so_far
    assert (summary.added, summary.rejected, summary.claims_added) == (7, 1, 7)


def test_an_emptied_folder_is_taken_as_unmounted_and_nothing_is_removed(
    db: Database, folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ingest(db, [folder])
    for path in folder.iterdir():
        path.unlink()
    summary = ingest(db, [folder])
    assert (summary.seen, summary.removed) == (0, 0)
    assert "holds no documents: its 2 stored documents are not marked removed" in caplog.text
    assert [status for _name, _version, status, _claims in _versions(db)] == ["current"] * 2


def _report_claims(db: Database) -> list[tuple[str, str]]:
    """Gives (document name, claim id) of the claims the reports count and fetch."""
    from tracker.store.samples import group_claims
    from tracker.store.selection import ClaimFilter

    with db.engine.connect() as connection:
        counted = connection.execute(
            select(func.count()).select_from(ClaimRow).where(ClaimRow.is_current)
        ).scalar_one()
        groups = connection.execute(
            select(ClaimRow.indicator, ClaimRow.entity_names).where(ClaimRow.is_current).distinct()
        ).all()
    fetched = []
    for indicator, entities in groups:
        frame = group_claims(db, ClaimFilter(), indicator, entities, 1000)
        fetched += [(str(d), str(i)) for d, i in zip(frame["doc"], frame["claim_id"], strict=True)]
    assert len(fetched) == counted
    return sorted(fetched)


def test_changed_and_removed_files_leave_the_reports(db: Database, folder: Path) -> None:
    ingest(db, [folder])
    assert {doc for doc, _ in _report_claims(db)} == {"a.txt", "b.txt"}
    with db.session() as session:
        first_a = session.scalars(
            select(ClaimRow.id).join(DocumentRow).where(DocumentRow.name == "a.txt")
        ).all()
    _write(folder / "a.txt", "Trade grew by 6 percent to 13 billion, and 2 more.")
    (folder / "b.txt").unlink()
    ingest(db, [folder])
    shown = _report_claims(db)
    assert {doc for doc, _ in shown} == {"a.txt"}
    assert not {int(claim) for _, claim in shown} & set(first_a)  # only the new version's
    with db.session() as session:
        current = session.execute(
            select(ClaimRow.is_current, DocumentRow.status).join(DocumentRow).distinct()
        ).all()
    assert sorted((bool(c), s) for c, s in current) == [
        (False, "removed"),
        (False, "superseded"),
        (True, "current"),
    ]
