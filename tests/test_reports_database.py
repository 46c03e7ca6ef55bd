"""Reports from a database: the aggregate and capped queries, checked value by value on
both backends, and the caps that keep a report on a large database bounded."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from pypdf import PdfReader
from sqlalchemy import update

from tracker.extract import Claim
from tracker.reports.content import from_frame
from tracker.reports.database import database_content, write_database_reports
from tracker.store import Database, claims_frame
from tracker.store.aggregates import claim_totals, group_sizes, source_counts
from tracker.store.models import SUPERSEDED, DocumentRow
from tracker.store.samples import clash_candidates, group_claims
from tracker.store.selection import ClaimFilter
from tracker.store.writer import EntityIds, insert_document

WHEN = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
ALL = ClaimFilter()


def _claim(
    value: float,
    *,
    indicator: str = "trade_turnover",
    entities: tuple[str, ...] = ("Azerbaijan", "Russia"),
    year: int | None = 2021,
    **fields: Any,
) -> dict[str, Any]:
    values = {
        "indicator": indicator,
        "entities": entities,
        "value_low": value,
        "value_high": value,
        "unit": "USD",
        "period_start": date(year, 1, 1) if year else None,
        "period_end": date(year, 12, 31) if year else None,
        **fields,
    }
    return values


def _store(
    db: Database,
    documents: list[tuple[str | None, date | None, list[dict[str, Any]]]],
    first: int = 1,
) -> None:
    """Stores one document per (publisher, published, claims), numbered from `first`."""
    entities = EntityIds()
    with db.engine.begin() as connection:
        for number, (publisher, published, claims) in enumerate(documents, start=first):
            name = f"{number:03d}.txt"
            values = {
                "path": f"news/{name}",
                "name": name,
                "sha256": name.ljust(64, "0"),
                "size": 5,
                "publisher": publisher,
                "published": published,
                "title": None,
                "url": None,
                "text": "Text.",
                "ingested_at": WHEN,
                "extractor_version": "test",
            }
            rows = [
                Claim(
                    doc=name,
                    surface=f"claim {i}",
                    start=10 * i,
                    end=10 * i + 5,
                    sentence=f"Sentence {i} of {name}.",
                    publisher=publisher,
                    published=published,
                    **claim,
                )
                for i, claim in enumerate(claims)
            ]
            insert_document(connection, values, rows, entities)


def _archive(db: Database) -> None:
    """Three groups (trade turnover Azerbaijan–Russia: 5 claims, exports Georgia: 2,
    inflation Iran: 1), two publishers and a document without one, a same-period clash,
    a growth claim with a base, and a superseded document that must not count."""
    _store(
        db,
        [
            (
                "Trend",
                date(2021, 12, 21),
                [
                    _claim(2.3e9, speaker="Emin Aliyev"),
                    _claim(3.0, measure="change", unit="multiple", kind="potential",
                           speaker="Emin Aliyev", year=None),
                ],
            ),
            ("Trend", date(2022, 1, 5), [_claim(2.9e9, speaker="Ilham Aliyev")]),
            ("Report.az", date(2022, 2, 1), [_claim(2.35e9), _claim(1e8, indicator="exports",
                                                                  entities=("Georgia",))]),
            (None, None, [_claim(5e7, indicator="exports", entities=("Georgia",), year=2020),
                          _claim(4.0, indicator="inflation", entities=("Iran",), unit="percent")]),
            ("Trend", date(2020, 1, 1), [_claim(9e9)]),
        ],
    )  # fmt: skip
    with db.engine.begin() as connection:
        connection.execute(
            update(DocumentRow).where(DocumentRow.name == "005.txt").values(status=SUPERSEDED)
        )


def test_totals_count_current_claims_only(db: Database) -> None:
    _archive(db)
    totals = claim_totals(db, ALL)
    assert (totals.documents, totals.claims) == (4, 7)
    assert (totals.publishers, totals.documents_without_publisher) == (2, 1)
    assert (totals.speakers, totals.indicators, totals.claims_without_period) == (2, 3, 1)
    assert (totals.period_first, totals.period_last) == (date(2020, 1, 1), date(2021, 12, 31))
    assert (totals.published_first, totals.published_last) == (date(2021, 12, 21), date(2022, 2, 1))
    only_georgia = claim_totals(db, ClaimFilter(entity="georgia"))
    assert (only_georgia.documents, only_georgia.claims) == (2, 2)


def test_group_sizes_per_indicator_entities_measure_and_unit(db: Database) -> None:
    _archive(db)
    sizes = group_sizes(db, ALL).sort_values(["indicator", "measure"]).reset_index(drop=True)
    assert sizes.to_dict("records") == [
        {"indicator": "exports", "entities": "Georgia", "measure": "level", "unit": "USD",
         "claims": 2},
        {"indicator": "inflation", "entities": "Iran", "measure": "level", "unit": "percent",
         "claims": 1},
        {"indicator": "trade_turnover", "entities": "Azerbaijan, Russia", "measure": "change",
         "unit": "multiple", "claims": 1},
        {"indicator": "trade_turnover", "entities": "Azerbaijan, Russia", "measure": "level",
         "unit": "USD", "claims": 3},
    ]  # fmt: skip
    since = group_sizes(db, ClaimFilter(since=date(2021, 6, 1)))
    assert int(since["claims"].sum()) == 6  # the 2020 figure goes; the undated one stays


def test_source_counts(db: Database) -> None:
    _archive(db)
    counts = source_counts(db, ALL).fillna("-").sort_values(["publisher", "speaker"])
    rows = [(r.publisher, r.speaker, r.claims, r.documents) for r in counts.itertuples(index=False)]
    assert rows == [
        ("-", "-", 2, 1),
        ("Report.az", "-", 2, 1),
        ("Trend", "Emin Aliyev", 2, 1),
        ("Trend", "Ilham Aliyev", 1, 1),
    ]


def test_group_claims_gives_the_newest_by_publication(db: Database) -> None:
    _archive(db)
    newest = group_claims(db, ALL, "trade_turnover", "Azerbaijan, Russia", 2)
    assert list(newest["value_low"]) == [2.35e9, 2.9e9]
    assert str(newest["published"].dtype).startswith("datetime64")


def test_clash_candidates_hold_the_widest_clash(db: Database) -> None:
    _archive(db)
    claims, total = clash_candidates(
        db, ALL, ["at_least", "more_than"], ["at_most", "less_than"], 0.025, 0.05, 10
    )
    # 2.3bn, 2.35bn and 2.9bn for 2021: 2.9bn's floor is above 2.3bn's ceiling.
    assert total == 1
    assert sorted(claims["value_low"]) == [2.3e9, 2.9e9]


def test_database_content_equals_the_frame_report_under_the_caps(db: Database) -> None:
    _archive(db)
    from_db = database_content(db, ALL, WHEN)
    whole = from_frame(claims_frame(db), WHEN, None, 6)
    columns = ["claim_id_a", "claim_id_b", "relation", "conflict", "note"]
    pd.testing.assert_frame_equal(
        _sorted(from_db.comparison[columns]), _sorted(whole.comparison[columns])
    )
    pd.testing.assert_frame_equal(from_db.targets, whole.targets)
    pd.testing.assert_frame_equal(from_db.sources, whole.sources)
    pd.testing.assert_frame_equal(from_db.groups, whole.groups)
    assert from_db.summary == whole.summary.__class__(
        **{**whole.summary.__dict__, "documents": 4, "documents_counted_in_database": True}
    )
    assert [(c.indicator, c.total, len(c.claims)) for c in from_db.charts()] == [
        (c.indicator, c.total, len(c.claims)) for c in whole.charts()
    ]


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(list(frame.columns[:2])).reset_index(drop=True)


def test_caps_bound_the_report_and_say_what_was_left_out(db: Database, tmp_path: Path) -> None:
    _archive(db)
    # Four more groups with a same-period clash each.
    _store(
        db,
        [
            ("Trend", date(2023, 3, 1), [_claim(1e9, indicator=i, entities=("Turkey",)),
                                         _claim(5e9, indicator=i, entities=("Turkey",))])
            for i in ("imports", "fdi", "investment", "remittances")
        ],
        first=10,
    )  # fmt: skip
    content = database_content(
        db, ALL, WHEN, max_charts=2, max_compared_groups=1, max_clashes=2, targets_per_group=1
    )
    assert len(content.groups) == 2 and content.summary.groups == 7
    assert len(content.group_counts) == 7
    # The largest group's newest claims, paired: 2.9bn clashes with 2.3bn and 2.35bn; and
    # the two widest clashes of all (1bn against 5bn in two of the new groups).
    conflicts = content.comparison[content.comparison["conflict"]]
    assert len(conflicts) == 4
    assert conflicts["indicator"].value_counts().to_dict() == {
        "trade_turnover": 2,
        "fdi": 1,
        "imports": 1,
    }
    notes = " ".join(content.notes)
    assert "the 1 largest of 8 groups" in notes
    assert "Claims clash in 5 periods of a group; the 2 widest clashes are listed." in notes
    assert "claims.csv holds the claims this report shows" in notes

    out = tmp_path / "report"
    write_database_reports(db, out, generated_at=WHEN, max_charts=2)
    first = PdfReader(out / "claims-report.pdf").pages[0].extract_text()
    assert "the 2 groups with most claims, of 7" in first
    assert "5 smaller groups are not charted" in first
    shown = list(csv.DictReader((out / "claims.csv").open(encoding="utf-8")))
    # Every claim but the lone inflation figure, which is neither charted nor paired.
    assert len(shown) == 14
    assert "inflation" not in {row["indicator"] for row in shown}
    assert all(row["sentence"].startswith("Sentence") for row in shown)


def test_all_claims_csv_is_streamed_with_every_claim(db: Database, tmp_path: Path) -> None:
    _archive(db)
    write_database_reports(db, tmp_path, formats=("csv",), all_claims=True)
    rows = list(csv.DictReader((tmp_path / "claims.csv").open(encoding="utf-8")))
    assert len(rows) == 7
    frame = claims_frame(db).sort_values("claim_id")
    assert [int(r["claim_id"]) for r in rows] == list(frame["claim_id"])
    first = rows[0]
    assert first["published"] == "2021-12-21" and first["period_start"] == "2021-01-01"
    assert first["entities"] == "Azerbaijan, Russia"
    undated = next(r for r in rows if r["unit"] == "multiple")
    assert undated["period_end"] == "" and undated["value_low"] == "3.0"
    assert next(r for r in rows if r["indicator"] == "inflation")["publisher"] == ""


@pytest.mark.parametrize("entity", ["Atlantis"])
def test_a_filter_that_matches_nothing_gives_the_empty_report(
    db: Database, tmp_path: Path, entity: str
) -> None:
    _archive(db)
    write_database_reports(db, tmp_path, formats=("pdf", "csv"), entity=entity)
    text = PdfReader(tmp_path / "claims-report.pdf").pages[0].extract_text()
    assert "No claims yet." in text
