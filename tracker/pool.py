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
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import chain, islice
from typing import Generic, TypeVar

from tracker.documents import Document
from tracker.errors import DocumentError, WorkerError
from tracker.extract import Claim, extract_claims

#: Documents per task: large enough to amortise pickling, small enough to balance load.
BATCH_SIZE = 16
#: Batches in flight per worker: keeps workers busy while the writer catches up.
BATCHES_PER_WORKER = 4
#: Below this many documents a pool costs more to start than it saves.
MIN_DOCUMENTS_FOR_POOL = 2 * BATCH_SIZE

S = TypeVar("S")
#: Gives the document a source (a path, a stored row) stands for; raises DocumentError.
Loader = Callable[[S], Document]
#: Gives a document's claims.
ClaimExtractor = Callable[[Document], list[Claim]]


@dataclass(frozen=True)
class Extracted(Generic[S]):
    """A source's document and claims, or why it could not be read or extracted.

    `document` comes without its paragraph and sentence spans: the writer does not need
    them, and they would double what crosses between processes.
    """

    source: S
    document: Document | None = None
    claims: list[Claim] = field(default_factory=list)
    #: The loader's one-line DocumentError message.
    load_error: str | None = None
    #: The repr of what the extractor raised (an extractor bug must not stop a run).
    extract_error: str | None = None


def default_jobs() -> int:
    """Gives the number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_source(source: S, load: Loader[S], extract: ClaimExtractor) -> Extracted[S]:
    """Gives what `load` makes of `source` and what `extract` finds in it, errors caught."""
    try:
        document = load(source)
    except DocumentError as error:
        return Extracted(source, load_error=str(error))
    light = replace(document, paragraphs=(), sentences=())
    try:
        claims = extract(document)
    except Exception as error:  # one document's extractor bug must not stop the others
        return Extracted(source, light, extract_error=repr(error))
    return Extracted(source, light, claims)


def extract_all(
    sources: Iterable[S],
    load: Loader[S],
    *,
    extract: ClaimExtractor = extract_claims,
    jobs: int | None = None,
) -> Iterator[Extracted[S]]:
    """Gives each source's document and claims, in the order of `sources`, on `jobs` cores.

    `jobs=None` uses every core; one job, or fewer than MIN_DOCUMENTS_FOR_POOL sources,
    runs in this process. The output is the same whatever `jobs` is. `sources` is read
    lazily, a bounded number of batches ahead of the results taken; `load` and `extract`
    must be module-level functions (or partials of them) to reach worker processes.
    """
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    work = partial(extract_source, load=load, extract=extract)
    iterator = iter(sources)
    head = list(islice(iterator, MIN_DOCUMENTS_FOR_POOL))
    if jobs == 1 or len(head) < MIN_DOCUMENTS_FOR_POOL:
        return map(work, chain(head, iterator))
    return _in_pool(chain(head, iterator), work, jobs)


def _in_pool(
    sources: Iterator[S], work: Callable[[S], Extracted[S]], jobs: int
) -> Iterator[Extracted[S]]:
    # forkserver: workers start from a clean process, not a copy of one holding open
    # database connections (a forked copy could close the writer's connection on exit).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tracker.pool"])
    batches = _batches(sources, BATCH_SIZE)
    pending: deque[Future[list[Extracted[S]]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        try:
            for batch in islice(batches, jobs * BATCHES_PER_WORKER):
                pending.append(pool.submit(_run_batch, work, batch))
            while pending:
                try:
                    done = pending.popleft().result()
                except BrokenProcessPool:
                    raise WorkerError(
                        "an extraction worker died (killed, or out of memory?); "
                        "run again, perhaps with fewer --jobs"
                    ) from None
                for batch in islice(batches, 1):
                    pending.append(pool.submit(_run_batch, work, batch))
                yield from done
        finally:
            for future in pending:
                future.cancel()


def _run_batch(work: Callable[[S], Extracted[S]], batch: list[S]) -> list[Extracted[S]]:
    return [work(source) for source in batch]


def _batches(sources: Iterator[S], size: int) -> Iterator[list[S]]:
    while batch := list(islice(sources, size)):
        yield batch
