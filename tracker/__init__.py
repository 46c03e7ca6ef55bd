"""tracker: who claimed which economic number, for which period, and how it compares."""

from tracker.documents import Document, load_document, parse_document
from tracker.errors import TrackerError
from tracker.extract import Claim, extract_claims
from tracker.ingest import RunSummary, ingest
from tracker.store import Database, claims_frame, open_database, run_sql

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "Database",
    "Document",
    "RunSummary",
    "TrackerError",
    "__version__",
    "claims_frame",
    "extract_claims",
    "ingest",
    "load_document",
    "open_database",
    "parse_document",
    "run_sql",
]
