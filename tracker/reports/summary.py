"""Counts for the title page, the chart groups worth drawing, and claims by source and
speaker. Pure pandas: no figures, no files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from tracker.reports.frame import GROUP_KEY, group_title

SOURCE_COLUMNS = [
    "source",
    "speaker",
    "claims",
    "documents",
    "indicators",
    "first_published",
    "last_published",
]


@dataclass(frozen=True)
class Summary:
    """What the title page states about the claims in a report."""

    generated_at: datetime
    documents: int
    documents_counted_in_database: bool
    claims: int
    publishers: int
    documents_without_publisher: int
    speakers: int
    indicators: int
    groups: int
    period_first: pd.Timestamp | None
    period_last: pd.Timestamp | None
    claims_without_period: int
    published_first: pd.Timestamp | None
    published_last: pd.Timestamp | None


def summarise(
    frame: pd.DataFrame, generated_at: datetime, documents_count: int | None = None
) -> Summary:
    """Gives the title-page counts of a prepared frame.

    `documents_count` is the number of documents in the database when the caller knows
    it; documents without any claim are invisible in the frame.
    """
    dated_start = frame["period_start"].dropna()
    dated_end = frame["period_end"].dropna()
    published = frame["published"].dropna()
    no_publisher = frame.loc[frame["publisher"].isna(), "document_id"].nunique()
    return Summary(
        generated_at=generated_at,
        documents=int(documents_count)
        if documents_count is not None
        else int(frame["document_id"].nunique()),
        documents_counted_in_database=documents_count is not None,
        claims=len(frame),
        publishers=int(frame["publisher"].nunique()),
        documents_without_publisher=int(no_publisher),
        speakers=int(frame["speaker"].nunique()),
        indicators=int(frame["indicator"].nunique()),
        groups=int(frame.groupby(GROUP_KEY).ngroups) if len(frame) else 0,
        period_first=min(dated_start.min(), dated_end.min()) if len(dated_end) else None,
        period_last=max(dated_start.max(), dated_end.max()) if len(dated_end) else None,
        claims_without_period=int(
            (frame["period_start"].isna() & frame["period_end"].isna()).sum()
        ),
        published_first=published.min() if len(published) else None,
        published_last=published.max() if len(published) else None,
    )


def chart_groups(frame: pd.DataFrame, limit: int) -> pd.DataFrame:
    """Gives the `limit` indicator/entity groups with most claims: `indicator`, `entities`,
    `claims`, `title`, most claims first, ties by name so runs are repeatable."""
    if frame.empty:
        return pd.DataFrame(columns=[*GROUP_KEY, "claims", "title"])
    return largest_groups(frame.groupby(GROUP_KEY).size().reset_index(name="claims"), limit)


def largest_groups(counts: pd.DataFrame, limit: int) -> pd.DataFrame:
    """Gives the `limit` rows of `counts` (`indicator`, `entities`, `claims`, one row per
    group) with most claims, titled, as `chart_groups` does."""
    if counts.empty:
        return pd.DataFrame(columns=[*GROUP_KEY, "claims", "title"])
    counts = counts.sort_values(["claims", *GROUP_KEY], ascending=[False, True, True])
    top = counts.head(limit).reset_index(drop=True)
    top["title"] = [
        group_title(i, e) for i, e in zip(top["indicator"], top["entities"], strict=True)
    ]
    return top


def group_table(counts: pd.DataFrame) -> pd.DataFrame:
    """Gives every indicator/entity group with its claim count, most claims first:
    `indicator`, `entities`, `claims`, `title`."""
    return largest_groups(counts, len(counts))


def claims_by_source(frame: pd.DataFrame) -> pd.DataFrame:
    """Gives claim counts per source (publisher, or the file when none) and speaker, with the
    indicators each talks about, most claims first. Columns: `SOURCE_COLUMNS`."""
    if frame.empty:
        return pd.DataFrame(columns=SOURCE_COLUMNS)
    grouped = frame.groupby(["publisher", "speaker"], sort=False, dropna=False)
    counts = grouped.agg(
        claims=("claim_id", "size"),
        documents=("document_id", "nunique"),
        first_published=("published", "min"),
        last_published=("published", "max"),
    ).reset_index()
    per_indicator = (
        frame.groupby(["publisher", "speaker", "indicator"], dropna=False)
        .size()
        .reset_index(name="n")
    )
    return source_table(counts, per_indicator)


def source_table(counts: pd.DataFrame, per_indicator: pd.DataFrame) -> pd.DataFrame:
    """Gives the claims-by-source table from counts per `publisher` and `speaker` (`claims`,
    `documents`, `first_published`, `last_published`) and claims per indicator of each
    (`n`). Columns: `SOURCE_COLUMNS`."""
    if counts.empty:
        return pd.DataFrame(columns=SOURCE_COLUMNS)
    voice = ["source", "speaker"]

    def named(frame: pd.DataFrame) -> pd.DataFrame:
        # As objects first: a column of nulls only is float64, which takes no text.
        return frame.assign(
            source=frame["publisher"].astype(object).fillna("publisher unknown"),
            speaker=frame["speaker"].astype(object).fillna("(publisher's own voice)"),
        )

    out = named(counts).set_index(voice)
    # The three indicators each voice mentions most, by count then name.
    ranked = named(per_indicator).sort_values(["n", "indicator"], ascending=[False, True])
    top3 = ranked.groupby(voice, sort=False).head(3)
    names = top3.groupby(voice)["indicator"].agg(", ".join)
    more = ranked.groupby(voice).size() - 3
    out["indicators"] = names + more.map(lambda n: f" and {n} more" if n > 0 else "")
    out = out.reset_index().sort_values(
        ["claims", "source", "speaker"], ascending=[False, True, True]
    )
    for name in ("first_published", "last_published"):
        out[name] = pd.to_datetime(out[name], errors="coerce").astype("datetime64[ns]")
    return out[SOURCE_COLUMNS].reset_index(drop=True)
