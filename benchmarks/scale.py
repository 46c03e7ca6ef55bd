"""The scale benchmark: how fast tracker extracts, ingests, reruns and reports, in what memory.

Builds a corpus of N synthetic wire stories (benchmarks/corpus.py) in a temporary folder,
then runs each phase in its own process and prints a Markdown table: seconds,
articles per second, and peak memory. Peak memory is given twice: the largest single
process (its max RSS from the kernel, via wait4) and the whole process tree (proportional
set size of the phase and its workers summed, sampled every 0.2 s).

    python -m benchmarks.scale --articles 100000            # from the repository root
    python -m benchmarks.scale --articles 2000 --no-postgresql

PostgreSQL: a throw-away server is started from the installed binaries (with its
default, durable settings) unless `--postgresql URL` names a server on which the
benchmark may create a database; `--no-postgresql` leaves it out.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tracker.documents import Document
from tracker.extract import Claim

REPO = Path(__file__).resolve().parent.parent

#: The targets of issue 6 at 100,000 articles on a 2-core machine.
TARGETS = {
    "ingest into SQLite": ("seconds", 180.0),
    "ingest into SQLite, stand-in extractor": ("seconds", 180.0),
    "no-op rerun (SQLite)": ("seconds", 3.0),
    "reports": ("seconds", 10.0),
}
MEMORY_TARGET_MB = 500.0


@dataclass
class Phase:
    """What one phase took: wall time and memory."""

    name: str
    articles: int
    seconds: float
    largest_mb: float
    tree_mb: float
    note: str = ""

    def rate(self) -> str:
        if not self.articles or self.seconds <= 0:
            return ""
        return f"{self.articles / self.seconds:,.0f}"


def measure(name: str, articles: int, command: list[str], note: str = "") -> Phase:
    """Gives the wall time and peak memory of running `command` to completion."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, stdin=subprocess.DEVNULL)
    tree_kb = 0
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        tree_kb = max(tree_kb, _tree_pss_kb(process.pid))
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 3):  # 3: some documents rejected, the rest stored
        raise SystemExit(f"{name}: {' '.join(command)} exited with {process.returncode}")
    largest_kb = usage.ru_maxrss  # kilobytes on Linux; the maximum over its descendants
    tree_mb = (tree_kb or largest_kb) / 1024  # a phase shorter than one sample: its RSS
    return Phase(name, articles, seconds, largest_kb / 1024, tree_mb, note)


def _tree_pss_kb(root: int) -> int:
    """Gives the summed proportional memory (PSS) of `root` and its descendants, in kB.

    PSS shares each page among the processes mapping it, so workers forked from one
    server are not counted twice for the code and data they share.
    """
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as stat:
                    parents[int(entry.name)] = int(stat.read().rsplit(b")", 1)[1].split()[1])
            except OSError:
                continue
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return sum(_pss_kb(pid) for pid in tree)


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tracker(*args: str) -> list[str]:
    """Gives the command line that runs the tracker CLI with this interpreter."""
    return [sys.executable, "-m", "tracker", *args]


def helper(*args: str) -> list[str]:
    """Gives the command line that runs one of this script's own phases."""
    return [sys.executable, "-m", "benchmarks.scale", *args]


def run_benchmark(args: argparse.Namespace) -> list[Phase]:
    """Gives the measured phases, run in a fresh work folder."""
    from benchmarks.corpus import write_corpus

    work = Path(tempfile.mkdtemp(prefix="tracker-scale-", dir=args.work))
    corpus = work / "corpus"
    phases: list[Phase] = []
    try:
        started = time.perf_counter()
        size = write_corpus(corpus, args.articles, args.seed)
        print(
            f"corpus: {args.articles:,} articles, {size / args.articles:,.0f} bytes each, "
            f"written in {time.perf_counter() - started:.1f}s",
            file=sys.stderr,
        )
        n = args.articles
        jobs = str(args.jobs)
        # Extraction runs at the same pace on any slice of the corpus: a sample will do.
        sample = min(n, args.extract_sample)
        extract = helper("_extract", str(corpus), "1", str(sample))
        phases.append(measure("extraction, 1 core", sample, extract))
        extract = helper("_extract", str(corpus), jobs, str(sample))
        phases.append(measure(f"extraction, {jobs} cores", sample, extract))
        sqlite_url = f"sqlite:///{work / 'tracker.db'}"
        run = ("run", "--quiet", "--seeds", str(corpus), "--jobs", jobs)
        phases.append(measure("ingest into SQLite", n, tracker(*run, "--db", sqlite_url)))
        args.claims = _count_claims(work / "tracker.db")
        phases.append(measure("no-op rerun (SQLite)", n, tracker(*run, "--db", sqlite_url)))
        phases.append(_reports_phase(sqlite_url, work / "reports"))
        standin_url = f"sqlite:///{work / 'standin.db'}"
        standin = helper("_ingest_standin", standin_url, str(corpus), jobs)
        phases.append(measure("ingest into SQLite, stand-in extractor", n, standin))
        if not args.no_postgresql:
            phases.extend(_postgresql_phases(args, run, n))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return phases


def _count_claims(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM claims").fetchone()[0])


def _reports_phase(url: str, out: Path, profile: bool = False) -> Phase:
    try:
        from tracker.reports import write_reports  # noqa: F401
    except ImportError:
        return Phase("reports", 0, 0.0, 0.0, 0.0, "not measured: tracker.reports not here yet")
    return measure("reports", 0, helper("_reports", url, str(out), *(["profile"] * profile)))


def _postgresql_phases(args: argparse.Namespace, run: tuple[str, ...], n: int) -> list[Phase]:
    from tests.postgres_server import TemporaryServer, create_database

    server: TemporaryServer | None = None
    if args.postgresql:
        admin = args.postgresql
    else:
        server = TemporaryServer(settings={}).start()  # durable defaults, as in production
        admin = server.admin_url
    try:
        url = create_database(admin, prefix="tracker_bench").render_as_string(hide_password=False)
        return [
            measure("ingest into PostgreSQL", n, tracker(*run, "--db", url)),
            measure("no-op rerun (PostgreSQL)", n, tracker(*run, "--db", url)),
        ]
    finally:
        if server is not None:
            server.stop()


def report(phases: list[Phase], args: argparse.Namespace) -> str:
    """Gives the results as Markdown: the machine, then one row per phase."""
    lines = [
        f"{args.articles:,} articles, {getattr(args, 'claims', 0):,} claims "
        f"(seed {args.seed}; extraction phases on the first "
        f"{min(args.articles, args.extract_sample):,}), {args.jobs} jobs; "
        f"{os.cpu_count()} cores, {_cpu()}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}; load average {args.load_before} before, "
        f"{_load()} after (other work on the machine slows every phase)",
        "",
        "| phase | seconds | articles/s | peak RSS, largest process (MB) "
        "| peak PSS, all processes (MB) | target |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for phase in phases:
        if phase.note:
            lines.append(f"| {phase.name} | | | | | {phase.note} |")
            continue
        lines.append(
            f"| {phase.name} | {phase.seconds:,.1f} | {phase.rate()} | {phase.largest_mb:,.0f} "
            f"| {phase.tree_mb:,.0f} | {_verdict(phase)} |"
        )
    return "\n".join(lines)


def _verdict(phase: Phase) -> str:
    checks = []
    if phase.name in TARGETS:
        _, limit = TARGETS[phase.name]
        met = phase.seconds <= limit
        checks.append(f"≤ {limit:g} s {'met' if met else 'MISSED'}")
    memory_met = phase.tree_mb < MEMORY_TARGET_MB
    checks.append(f"< {MEMORY_TARGET_MB:g} MB {'met' if memory_met else 'MISSED'}")
    return ", ".join(checks)


def _load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def _cpu() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _extract_phase(corpus: str, jobs: str, sample: str) -> None:
    """Extracts the first `sample` documents of the corpus and drops the claims."""
    from tracker.documents import load_document
    from tracker.ingest import find_documents
    from tracker.pool import extract_all

    paths = find_documents([corpus])[: int(sample)]
    claims = 0
    for item in extract_all(paths, load_document, jobs=int(jobs)):
        claims += len(item.claims)
    print(f"extracted {claims:,} claims", file=sys.stderr)


def _reports_phase_main(url: str, out: str, profile: str = "") -> None:
    """Writes the reports for every claim in the database at `url`, as `tracker report` does;
    with `profile`, prints the seconds of each step to stderr."""
    started = time.perf_counter()
    from tracker.reports.database import write_database_reports
    from tracker.reports.timing import breakdown, recording
    from tracker.store import open_database

    with recording() as steps, open_database(url) as db:
        write_database_reports(db, Path(out))
    if profile:
        print(breakdown(steps, time.perf_counter() - started), file=sys.stderr)


_STANDIN_QUANTITY = re.compile(
    r"[$€]?\d+(?:\.\d+)? ?(?:%|percent|per cent|million|billion|mln|bln)"
)


def standin_claims(document: Document) -> list[Claim]:
    """Gives one claim per money or percent figure: a cheap stand-in for the extractor.

    With it, an ingest measures what tracker adds around extraction (reading, hashing,
    workers, the writer, the database) at about the real extractor's claims per article.
    """
    return [
        Claim(
            doc=document.name,
            surface=match.group(),
            start=match.start(),
            end=match.end(),
            sentence=match.group(),
            indicator="trade_turnover",
            entities=("Azerbaijan", "Russia"),
            value_low=1.0,
            value_high=1.0,
            unit="USD",
            publisher=document.publisher,
            published=document.published,
        )
        for match in _STANDIN_QUANTITY.finditer(document.text, document.body_start)
    ]


def _ingest_standin_phase(url: str, corpus: str, jobs: str) -> None:
    """Ingests the corpus with the stand-in extractor, as `tracker run` would."""
    from tracker.store import open_database

    # The module, not the package attribute of the same name (the ingest function).
    ingest_module = importlib.import_module("tracker.ingest")
    ingest_module.extract_claims = standin_claims
    with open_database(url) as db:
        summary = ingest_module.ingest(db, [corpus], jobs=int(jobs))
    print(f"stand-in: {summary.added:,} added, {summary.claims_added:,} claims", file=sys.stderr)


_HELPERS: dict[str, Callable[..., None]] = {
    "_extract": _extract_phase,
    "_ingest_standin": _ingest_standin_phase,
    "_reports": _reports_phase_main,
}


def _reports_only(args: argparse.Namespace) -> None:
    """Times the reports phase on the database at `args.reports_only`, `args.runs` times
    (with `args.profile`, each run prints its steps' seconds)."""
    from sqlalchemy import text

    from tracker.store import open_database

    with open_database(args.reports_only) as db, db.engine.connect() as connection:
        args.claims = int(connection.execute(text("SELECT count(*) FROM claims_view")).scalar_one())
        args.articles = int(
            connection.execute(
                text("SELECT count(*) FROM documents WHERE status = 'current'")
            ).scalar_one()
        )
    args.extract_sample = 0
    out = Path(tempfile.mkdtemp(prefix="tracker-reports-", dir=args.work))
    try:
        phases = []
        for run in range(1, args.runs + 1):
            if args.profile:
                print(f"run {run}:", file=sys.stderr)
            phases.append(_reports_phase(args.reports_only, out, args.profile))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    print(report(phases, args))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] in _HELPERS:
        _HELPERS[sys.argv[1]](*sys.argv[2:])
        return
    from tracker.pool import default_jobs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="cores for extraction")
    parser.add_argument(
        "--extract-sample",
        type=int,
        default=10_000,
        help="articles the extraction-only phases read [default: 10,000]",
    )
    parser.add_argument("--work", type=Path, help="folder for the corpus [default: $TMPDIR]")
    parser.add_argument("--postgresql", metavar="URL", help="a server to create a database on")
    parser.add_argument("--no-postgresql", action="store_true", help="skip PostgreSQL")
    parser.add_argument(
        "--reports-only",
        metavar="URL",
        help="time only the reports phase, on an existing database (e.g. one a full run "
        "or `tracker run` built); no corpus is written",
    )
    parser.add_argument(
        "--runs", type=int, default=3, help="with --reports-only: runs to time [default: 3]"
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="with --reports-only: print each run's seconds per step (SQL, charts, files)",
    )
    args = parser.parse_args()
    args.load_before = _load()
    if args.reports_only:
        _reports_only(args)
        return
    # Stopped with SIGTERM, still run the `finally` blocks: they stop the PostgreSQL
    # server, which would otherwise outlive the benchmark, and delete the corpus.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    args.load_before = _load()
    phases = run_benchmark(args)
    print(report(phases, args))


if __name__ == "__main__":
    main()
