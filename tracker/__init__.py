"""tracker: who claimed which economic number, for which period, and how it compares."""

from tracker.documents import Document, load_document, parse_document
from tracker.errors import TrackerError
from tracker.extract import Claim, extract_claims

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "Document",
    "TrackerError",
    "__version__",
    "extract_claims",
    "load_document",
    "parse_document",
]
