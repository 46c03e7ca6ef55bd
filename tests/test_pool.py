"""Extraction in worker processes: same results as one process, in order, bounded work."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from tracker.documents import Document, load_document
from tracker.errors import WorkerError
from tracker.extract import Claim
from tracker.ingest import find_documents
from tracker.pool import (
    BATCH_SIZE,
    BATCHES_PER_WORKER,
    MIN_DOCUMENTS_FOR_POOL,
    default_jobs,
    extract_all,
)

from .fakes import number_claims


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Gives the paths of 300 generated articles and two files that cannot be read."""
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 300, seed=11)
    (folder / "0000" / "0000050x.txt").write_bytes(b"")
    (folder / "0000" / "0000100x.txt").write_bytes("Exportaci\xf3n".encode("latin-1"))
    return find_documents([folder])


def _outcomes(paths: list[Path], jobs: int) -> list[tuple[object, ...]]:
    return [
        (
            item.source,
            item.load_error,
            item.document.sha256 if item.document else None,
            item.document.published if item.document else None,
            [claim.to_dict() for claim in item.claims],
        )
        for item in extract_all(paths, load_document, extract=number_claims, jobs=jobs)
    ]


def test_two_workers_give_what_one_process_gives_in_the_same_order(corpus: list[Path]) -> None:
    one = _outcomes(corpus, jobs=1)
    two = _outcomes(corpus, jobs=2)
    assert two == one
    assert [row[0] for row in two] == corpus
    assert sum(1 for row in two if row[1]) == 2
    assert sum(len(row[4]) for row in two) > 1000  # the stand-in extractor found numbers


def _fails_on_the_tenth(document: Document) -> list[Claim]:
    if document.name.endswith("0000010.txt"):
        raise RuntimeError("extractor bug")
    return []


def test_an_extractor_error_is_reported_for_its_document_only(corpus: list[Path]) -> None:
    results = list(extract_all(corpus, load_document, extract=_fails_on_the_tenth, jobs=2))
    failed = [item for item in results if item.extract_error]
    assert [item.source.name for item in failed] == ["0000010.txt"]
    assert failed[0].extract_error == "RuntimeError('extractor bug')"
    assert failed[0].document is not None and len(results) == len(corpus)


def test_documents_come_back_without_their_spans(corpus: list[Path]) -> None:
    item = next(extract_all(corpus[:1], load_document))
    assert item.document is not None and item.document.sentences == ()


def test_work_in_flight_is_bounded(corpus: list[Path]) -> None:
    class Counting(list[Path]):
        taken = 0

        def __iter__(self) -> Iterator[Path]:
            for path in super().__iter__():
                Counting.taken += 1
                yield path

    paths = Counting(corpus)
    results = extract_all(paths, load_document, jobs=2)
    next(results)
    assert Counting.taken <= (2 * BATCHES_PER_WORKER + 1) * BATCH_SIZE < len(corpus)


def test_a_few_documents_or_one_job_run_in_this_process(corpus: list[Path]) -> None:
    few = corpus[: MIN_DOCUMENTS_FOR_POOL - 1]
    assert isinstance(extract_all(few, load_document, jobs=2), map)
    assert isinstance(extract_all(corpus, load_document, jobs=1), map)
    assert not isinstance(extract_all(corpus, load_document, jobs=2), map)


def test_jobs_must_be_positive(corpus: list[Path]) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        extract_all(corpus, load_document, jobs=0)
    assert default_jobs() >= 1


def _dies_on_the_tenth(document: Document) -> list[Claim]:
    if document.name.endswith("0000010.txt"):
        os._exit(9)  # as if the kernel had killed the worker
    return []


def test_a_dead_worker_stops_the_run_with_one_line(corpus: list[Path]) -> None:
    with pytest.raises(WorkerError, match="an extraction worker died"):
        list(extract_all(corpus, load_document, extract=_dies_on_the_tenth, jobs=2))
