"""Reading and extracting documents in worker processes, results in input order.

Extraction is pure CPU work on one document at a time, so it spreads over processes;
the database stays with one writer (the caller), which keeps transactions simple on
SQLite and PostgreSQL alike. Work is handed out in small batches and only a bounded
number are in flight, so memory stays flat however large the archive is.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from tracker.documents import Document, load_document
from tracker.errors import DocumentError
from tracker.extract import Claim, extract_claims

#: Documents per task: large enough to amortise pickling, small enough to balance load.
BATCH_SIZE = 16
#: Batches in flight per worker: keeps workers busy while the writer catches up.
BATCHES_PER_WORKER = 4
#: Below this many documents a pool costs more to start than it saves.
MIN_DOCUMENTS_FOR_POOL = 2 * BATCH_SIZE


@dataclass(frozen=True)
class Extracted:
    """A document read from `path` and its claims, or why it could not be read."""

    path: Path
    document: Document | None = None
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None


def default_jobs() -> int:
    """Gives the number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_one(path: Path) -> Extracted:
    """Gives the document at `path` with its claims; a DocumentError becomes `error`."""
    try:
        document = load_document(path)
    except DocumentError as error:
        return Extracted(path, error=str(error))
    return Extracted(path, document, extract_claims(document))


def extract_all(paths: Sequence[Path], jobs: int | None = None) -> Iterator[Extracted]:
    """Gives each path's document and claims, in the order of `paths`, using `jobs` processes.

    `jobs=None` uses every core; one job (or a handful of documents) runs in this process.
    The output is the same whatever `jobs` is.
    """
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    if jobs == 1 or len(paths) < MIN_DOCUMENTS_FOR_POOL:
        return map(extract_one, paths)
    return _extract_in_pool(paths, jobs)


def _extract_in_pool(paths: Sequence[Path], jobs: int) -> Iterator[Extracted]:
    # forkserver: workers start from a clean process, not a copy of one holding open
    # database connections (a forked copy could close the writer's connection on exit).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tracker.pool"])
    batches = _batches(paths, BATCH_SIZE)
    pending: deque[Future[list[Extracted]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        try:
            for batch in islice(batches, jobs * BATCHES_PER_WORKER):
                pending.append(pool.submit(_extract_batch, batch))
            while pending:
                done = pending.popleft().result()
                for batch in islice(batches, 1):
                    pending.append(pool.submit(_extract_batch, batch))
                yield from done
        finally:
            for future in pending:
                future.cancel()


def _extract_batch(paths: list[Path]) -> list[Extracted]:
    return [extract_one(path) for path in paths]


def _batches(paths: Iterable[Path], size: int) -> Iterator[list[Path]]:
    iterator = iter(paths)
    while batch := list(islice(iterator, size)):
        yield batch
