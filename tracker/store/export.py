"""Every claim to a CSV file, streamed: rows go from the database cursor to the file a
chunk at a time, so a million claims with their sentences never sit in memory at once."""

from __future__ import annotations

import csv
from collections.abc import Collection, Sequence
from pathlib import Path

from sqlalchemy import String, select, type_coerce

from tracker.store.database import Database
from tracker.store.selection import (
    CLAIMS,
    CLAIMS_AND_DOCUMENTS,
    ClaimFilter,
    conditions,
    every_claim_column,
)

#: Rows fetched from the cursor and written at a time; claim ids asked for in one query.
CHUNK_ROWS = 20_000

_DATES = ("published", "period_start", "period_end")


def write_claims_csv(
    db: Database,
    filters: ClaimFilter,
    path: Path,
    columns: Sequence[str],
    claim_ids: Collection[int] | None = None,
) -> int:
    """Writes the claims that pass `filters` to `path` as CSV with `columns` (names of
    `claims_view` fields), in claim id order; gives the number of claims written.
    `claim_ids`, when given, narrows them to those claims.

    Dates are written as YYYY-MM-DD and a missing value as an empty field, on either backend.
    """
    fields = every_claim_column()
    selected = [
        # Dates as the text the database holds them in (ISO), not as date objects.
        (type_coerce(fields[name], String) if name in _DATES else fields[name]).label(name)
        for name in columns
    ]
    query = (
        select(*selected)
        .select_from(CLAIMS_AND_DOCUMENTS)
        .where(*conditions(filters))
        .order_by(CLAIMS.c.id)
    )
    if claim_ids is None:
        queries = [query]
    else:
        ids = sorted(claim_ids)
        queries = [
            query.where(CLAIMS.c.id.in_(ids[i : i + CHUNK_ROWS]))
            for i in range(0, len(ids), CHUNK_ROWS)
        ]
    written = 0
    with db.engine.connect() as connection, path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        streaming = connection.execution_options(stream_results=True, yield_per=CHUNK_ROWS)
        for each in queries:
            for rows in streaming.execute(each).partitions():
                writer.writerows(rows)
                written += len(rows)
    return written
