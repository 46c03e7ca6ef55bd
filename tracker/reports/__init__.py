"""Reports: from a claims frame to timelines, comparisons and implied targets, as PDF, PNG
and CSV. `write_reports` writes the files; the pure functions beside it compute the tables."""

from tracker.reports.comparison import annualise, compare_claims, months_covered
from tracker.reports.frame import CLAIM_COLUMNS, empty_claims_frame
from tracker.reports.summary import claims_by_source
from tracker.reports.targets import implied_targets
from tracker.reports.writer import write_reports

__all__ = [
    "CLAIM_COLUMNS",
    "annualise",
    "claims_by_source",
    "compare_claims",
    "empty_claims_frame",
    "implied_targets",
    "months_covered",
    "write_reports",
]
