"""The runs record: one row per ingest run, so cron's operator can see what each one did."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from tracker.store.database import Database
from tracker.store.models import RunRow

RUNNING = "running"
INTERRUPTED = "interrupted"

#: The counts a run keeps, in the order `tracker runs` prints them.
RUN_COUNTS = (
    "seen",
    "added",
    "changed",
    "unchanged",
    "removed",
    "rejected",
    "reextracted",
    "claims_added",
)


@dataclass(frozen=True)
class RunRecord:
    """A past (or still running) run as `tracker runs` lists it."""

    id: int
    status: str
    started_at: datetime
    finished_at: datetime | None
    extractor_version: str
    seen: int
    added: int
    changed: int
    unchanged: int
    removed: int
    rejected: int
    reextracted: int
    claims_added: int
    messages: str | None

    @property
    def duration(self) -> timedelta | None:
        """Gives how long the run took, or None while it runs or if it died."""
        if self.finished_at is None:
            return None
        return _aware(self.finished_at) - _aware(self.started_at)


def start_run(db: Database, extractor_version: str) -> int:
    """Gives the id of a new `running` row, committed so readers see the run has begun."""
    with db.session() as session, session.begin():
        run = RunRow(
            started_at=datetime.now(UTC),
            status=RUNNING,
            extractor_version=extractor_version,
            **dict.fromkeys(RUN_COUNTS, 0),
        )
        session.add(run)
        session.flush()
        return run.id


def finish_run(
    db: Database, run_id: int, status: str, counts: dict[str, int], messages: list[str]
) -> None:
    """Records a run's outcome and counts."""
    with db.session() as session, session.begin():
        run = session.get_one(RunRow, run_id)
        run.finished_at = datetime.now(UTC)
        run.status = status
        for name in RUN_COUNTS:
            setattr(run, name, counts[name])
        run.messages = "\n".join(messages) or None


def mark_interrupted(db: Database) -> int:
    """Gives how many `running` rows were marked `interrupted`.

    Call it only while holding the run lock: then no live process owns those rows, so
    they were left by a run that was killed.
    """
    with db.session() as session, session.begin():
        result = session.execute(
            update(RunRow).where(RunRow.status == RUNNING).values(status=INTERRUPTED)
        )
        return int(getattr(result, "rowcount", 0) or 0)


def recent_runs(db: Database, limit: int | None = 20) -> list[RunRecord]:
    """Gives the latest runs, newest first."""
    query = select(RunRow).order_by(RunRow.id.desc())
    if limit:
        query = query.limit(limit)
    with db.session() as session:
        return [
            RunRecord(
                id=row.id,
                status=row.status,
                started_at=row.started_at,
                finished_at=row.finished_at,
                extractor_version=row.extractor_version,
                messages=row.messages,
                **{name: getattr(row, name) or 0 for name in RUN_COUNTS},
            )
            for row in session.scalars(query)
        ]


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes for what was stored as UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
