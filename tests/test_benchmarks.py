"""The benchmark: its corpus is reproducible, varied and readable; its probes measure."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from benchmarks.corpus import PER_FOLDER, generate, write_corpus
from benchmarks.scale import measure
from tracker.documents import load_document
from tracker.ingest import find_documents


def test_same_seed_gives_the_same_corpus(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a", 30, seed=3)
    write_corpus(tmp_path / "b", 30, seed=3)
    write_corpus(tmp_path / "c", 30, seed=4)
    a, b, c = (_digests(tmp_path / name) for name in "abc")
    assert a == b
    assert a != c


def test_articles_are_distinct_wire_stories_of_about_two_and_a_half_kilobytes(
    tmp_path: Path,
) -> None:
    paths = list(generate(tmp_path, 200))
    digests = _digests(tmp_path)
    assert len(set(digests)) == 200, "an article was repeated"
    sizes = [p.stat().st_size for p in paths]
    assert 2000 <= sum(sizes) / len(sizes) <= 3200
    documents = [load_document(p) for p in paths]
    assert all(d.published is not None and d.publisher for d in documents)
    assert len({d.publisher for d in documents}) > 3
    assert len({d.text.split(",")[0] for d in documents}) > 50  # varied leads


def test_articles_are_spread_over_sub_folders(tmp_path: Path) -> None:
    paths = list(generate(tmp_path, PER_FOLDER + 1))
    assert paths[0].parent != paths[-1].parent
    assert len(find_documents([tmp_path])) == PER_FOLDER + 1


def _digests(folder: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in find_documents([folder])]


def test_measure_reads_the_peak_memory_of_the_phase() -> None:
    allocate = "import time; b = b'x' * 200_000_000; time.sleep(0.5)"
    phase = measure("allocate", 10, [sys.executable, "-c", allocate])
    assert phase.largest_mb >= 190
    assert phase.tree_mb >= 150
    assert phase.seconds > 0 and phase.rate()


def test_measure_stops_on_a_failed_phase() -> None:
    with pytest.raises(SystemExit, match="exited with 1"):
        measure("fail", 0, [sys.executable, "-c", "raise SystemExit(1)"])
