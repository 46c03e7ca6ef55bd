"""Storage: the schema, opening and migrating a database, and reading claims back."""

from tracker.store.database import (
    DEFAULT_URL,
    URL_VARIABLE,
    Database,
    open_database,
    upgrade_database,
)
from tracker.store.queries import QueryResult, claims_frame, run_sql
from tracker.store.runs import RunRecord, recent_runs

__all__ = [
    "DEFAULT_URL",
    "URL_VARIABLE",
    "Database",
    "QueryResult",
    "RunRecord",
    "claims_frame",
    "open_database",
    "recent_runs",
    "run_sql",
    "upgrade_database",
]
