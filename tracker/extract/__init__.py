"""Extraction: from a document's text to its claims.

`extract_claims(document)` is the one entry point; the grammars it composes live in the
modules beside this one (quantities, periods, attribution, vocabulary).
"""

from tracker.extract.claim import CLAIM_FIELDS, Claim
from tracker.extract.claims import EXTRACTOR_VERSION, extract_claims

__all__ = ["CLAIM_FIELDS", "EXTRACTOR_VERSION", "Claim", "extract_claims"]
