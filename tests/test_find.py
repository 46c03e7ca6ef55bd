"""Finding documents: the same files and order as sorting Paths, without building them all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tracker.ingest import find_documents


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """Gives a folder whose names sort differently as strings and as paths."""
    for name in ["a/b.txt", "a-b.txt", "a/c/d.txt", "a.txt/inner.txt", "B.txt", "z/.hidden/x.txt",
                 ".top/y.txt", "z/notes.md", "z/w.txt"]:  # fmt: skip
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Text.")
    return tmp_path


def _by_path(root: Path) -> list[Path]:
    """The reference: every .txt under root by Path.rglob, hidden parts dropped, sorted."""

    def hidden(path: Path) -> bool:
        return any(part.startswith(".") for part in path.relative_to(root).parts)

    return sorted(p for p in root.rglob("*") if p.suffix == ".txt" and not hidden(p))


def test_same_files_in_the_same_order_as_sorted_paths(tree: Path) -> None:
    assert find_documents([tree]) == _by_path(tree)
    assert [p.relative_to(tree).as_posix() for p in find_documents([tree])] == [
        "B.txt", "a/b.txt", "a/c/d.txt", "a-b.txt", "a.txt", "a.txt/inner.txt", "z/w.txt",
    ]  # fmt: skip


def test_several_roots_are_merged_in_path_order(tree: Path) -> None:
    found = find_documents([tree / "z", tree / "a", tree / "a" / "b.txt"])
    assert found == sorted(set(_by_path(tree / "a") + _by_path(tree / "z")))


def test_paths_are_spelled_as_path_objects_spell_them(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tree)
    assert [str(p) for p in find_documents(["."])][:2] == ["B.txt", "a/b.txt"]
    assert [str(p) for p in find_documents(["./a/"])] == ["a/b.txt", "a/c/d.txt"]


def test_links_to_folders_are_not_followed(tree: Path) -> None:
    os.symlink(tree / "a", tree / "z" / "link")
    found = find_documents([tree])
    assert tree / "z" / "link" / "b.txt" not in found
    assert found == _by_path(tree)
