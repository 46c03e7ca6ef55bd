"""The report files: what `write_reports` leaves in its folder, and that each opens and
shows something. Frames come from report_fixtures (seed articles and made-up claims)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import matplotlib.image
import numpy as np
import pandas as pd
import pytest
from pypdf import PdfReader

from tracker.errors import ReportError
from tracker.reports import empty_claims_frame, write_reports
from tracker.reports import writer as writer_module

from .report_fixtures import claims_frame, mixed_frame, seed_frame

WHEN = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)


def _pdf_text(path: Path) -> list[str]:
    """Gives the text of each PDF page, white space folded so wrapped cells read as one line
    (fonts are embedded as TrueType, so the text extracts)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_seed_report_files(tmp_path: Path) -> None:
    paths = write_reports(seed_frame(), tmp_path / "out", generated_at=WHEN)
    names = [p.name for p in paths]
    assert names == [
        "claims-report.pdf",
        "timeline-trade_turnover-azerbaijan-russia.png",
        "comparison.csv",
        "implied-targets.csv",
        "claims-by-source.csv",
        "claims-by-group.csv",
        "claims.csv",
    ]
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(names)


def test_seed_pdf_pages_and_metadata(tmp_path: Path) -> None:
    write_reports(seed_frame(), tmp_path, generated_at=WHEN, documents_count=2)
    reader = PdfReader(tmp_path / "claims-report.pdf")
    assert reader.metadata is not None
    assert reader.metadata.title == "Economic claims report"
    assert reader.metadata.creation_date is not None
    assert reader.metadata.creation_date.year == 2026
    # Title, one timeline, comparison, implied targets, claims by source.
    pages = _pdf_text(tmp_path / "claims-report.pdf")
    assert len(pages) == 5
    assert "Generated 2026-11-23 10:30" in pages[0]
    assert "Documents" in pages[0] and "Claims" in pages[0]
    assert "2021-01-01 to 2021-10-31" in pages[0]
    assert "Trade turnover, Azerbaijan–Russia: claimed values over time" in pages[1]
    assert "more than $2.3bn" in pages[1]
    assert "$7.5bn–$10bn" in pages[1]  # the implied target is on the chart
    assert "no date" in pages[1]
    assert "more than $2.76bn a year" in pages[2]
    assert "at least $7.5bn–$10bn" in pages[3]
    assert "Elshad Mammadov" in pages[4]


def test_pngs_are_not_blank(tmp_path: Path) -> None:
    paths = write_reports(mixed_frame(), tmp_path, formats=("png",), generated_at=WHEN)
    assert len(paths) == 4  # four indicator/entity groups in the mixed fixture
    for path in paths:
        pixels = matplotlib.image.imread(path)
        assert pixels.shape[0] > 900 and pixels.shape[1] > 1300  # A4 landscape at 120 dpi
        assert float(np.var(pixels[..., :3])) > 0.005, path.name
        # Colour, not only black text on white: the claims are drawn.
        spread = np.ptp(pixels[..., :3], axis=2)
        assert (spread > 0.3).mean() > 0.0003, path.name


def test_chart_names_are_stable_and_readable(tmp_path: Path) -> None:
    first = write_reports(mixed_frame(), tmp_path / "a", formats=("png",), generated_at=WHEN)
    second = write_reports(mixed_frame(), tmp_path / "b", formats=("png",), generated_at=WHEN)
    assert [p.name for p in first] == [p.name for p in second]
    assert "timeline-exports-azerbaijan-european-union.png" in {p.name for p in first}


def test_comparison_csv_flags_conflicts(tmp_path: Path) -> None:
    write_reports(mixed_frame(), tmp_path, formats=("csv",), generated_at=WHEN)
    table = pd.read_csv(tmp_path / "comparison.csv")
    assert table["conflict"].sum() == 3
    assert {"value_a", "period_a", "source_a", "annual_a", "diff_pct", "note"} <= set(table)
    claims = pd.read_csv(tmp_path / "claims.csv")
    assert len(claims) == len(mixed_frame())


def test_chart_cap_is_stated_on_title_page(tmp_path: Path) -> None:
    write_reports(mixed_frame(), tmp_path, formats=("pdf",), generated_at=WHEN, max_charts=2)
    pages = _pdf_text(tmp_path / "claims-report.pdf")
    assert "the 2 groups with most claims, of 4" in pages[0]
    assert "2 smaller groups are not charted" in pages[0]
    assert sum("claimed values over time" in page for page in pages) == 2


def test_empty_frame_gives_short_report(tmp_path: Path) -> None:
    paths = write_reports(empty_claims_frame(), tmp_path, generated_at=WHEN, documents_count=7)
    assert not [p for p in paths if p.suffix == ".png"]
    pages = _pdf_text(tmp_path / "claims-report.pdf")
    assert len(pages) == 1
    assert "No claims yet" in pages[0]
    assert "7 documents" in pages[0]
    assert pd.read_csv(tmp_path / "comparison.csv").empty


def test_empty_frame_without_document_count_claims_no_database_size(tmp_path: Path) -> None:
    write_reports(empty_claims_frame(), tmp_path, formats=("pdf",), generated_at=WHEN)
    text = _pdf_text(tmp_path / "claims-report.pdf")[0]
    assert "No claims were given" in text
    assert "database holds" not in text


def test_frame_with_only_undated_claims(tmp_path: Path) -> None:
    """No period and no publication date anywhere: the chart says so instead of failing."""
    frame = seed_frame().iloc[1:]
    paths = write_reports(frame, tmp_path, generated_at=WHEN)
    pages = _pdf_text(tmp_path / "claims-report.pdf")
    assert "no claim here has a period or a publication date" in pages[1]
    png = next(p for p in paths if p.suffix == ".png")
    assert float(np.var(matplotlib.image.imread(png)[..., :3])) > 0.005


def test_no_temporary_files_left_after_success(tmp_path: Path) -> None:
    write_reports(mixed_frame(), tmp_path, generated_at=WHEN)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".") or p.suffix == ".tmp"]


def test_files_get_ordinary_permissions(tmp_path: Path) -> None:
    """Temporary files are private; the renamed reports must be readable like any file."""
    mask = os.umask(0o022)
    try:
        paths = write_reports(seed_frame(), tmp_path, generated_at=WHEN)
    finally:
        os.umask(mask)
    assert {p.stat().st_mode & 0o777 for p in paths} == {0o644}


def test_interrupted_run_keeps_old_report_and_leaves_no_temporary_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_reports(seed_frame(), tmp_path, formats=("pdf",), generated_at=WHEN)
    before = (tmp_path / "claims-report.pdf").read_bytes()

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise KeyboardInterrupt

    monkeypatch.setattr(writer_module, "_table_figures", broken)
    with pytest.raises(KeyboardInterrupt):
        write_reports(mixed_frame(), tmp_path, formats=("pdf",), generated_at=WHEN)
    assert (tmp_path / "claims-report.pdf").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims-report.pdf"]


def test_unknown_format_is_a_report_error(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="unknown report format svg"):
        write_reports(seed_frame(), tmp_path, formats=("pdf", "svg"))
    assert not list(tmp_path.iterdir())


def test_output_path_that_is_a_file_is_a_report_error(tmp_path: Path) -> None:
    target = tmp_path / "report"
    target.write_text("not a folder")
    with pytest.raises(ReportError, match="not a folder"):
        write_reports(seed_frame(), target)


def test_filtered_frame_and_loose_dtypes_are_accepted(tmp_path: Path) -> None:
    """A caller may filter the frame and hand over dates as ISO strings."""
    frame = mixed_frame()
    frame = frame[frame["indicator"] == "exports"].copy()
    for name in ("published", "period_start", "period_end"):
        frame[name] = frame[name].dt.strftime("%Y-%m-%d")
    paths = write_reports(frame, tmp_path, generated_at=WHEN)
    assert [p.name for p in paths if p.suffix == ".png"] == [
        "timeline-exports-azerbaijan-european-union.png"
    ]


def _random_frame(seed: int) -> pd.DataFrame:
    """Gives a small frame of odd but legal claims: missing values, negative and zero
    values, half-known periods, every unit, bound, measure and kind."""
    rng = np.random.default_rng(seed)
    rows = []
    for number in range(int(rng.integers(1, 15))):
        start = pd.Timestamp("2015-01-01") + pd.Timedelta(days=int(rng.integers(0, 3000)))
        end = start + pd.Timedelta(days=int(rng.integers(0, 800)))
        value = float(rng.choice([np.nan, -5e9, 0.0, 1.0, 3e9, 2e12]))
        rows.append(
            {
                "document_id": int(rng.integers(1, 5)),
                "doc": f"d{number}.txt",
                "value_low": value,
                "value_high": value * float(rng.choice([1.0, 1.5])),
                "unit": str(rng.choice(["USD", "EUR", "percent", "multiple", "pp", "tonnes"])),
                "bound": str(
                    rng.choice(["exact", "about", "more_than", "at_least", "less_than", "at_most"])
                ),
                "measure": str(rng.choice(["level", "change"])),
                "kind": str(rng.choice(["actual", "forecast", "target", "potential"])),
                "indicator": str(rng.choice(["trade_turnover", "inflation", "other"])),
                "entities": str(rng.choice(["", "Azerbaijan", "Azerbaijan, Russia"])),
                "publisher": rng.choice([None, "Trend"]),
                "speaker": rng.choice([None, "Ann Bell", "Cho"]),
                "published": rng.choice([None, str(end.date())]),
                "period_start": rng.choice([None, str(start.date())]),
                "period_end": rng.choice([None, str(end.date())]),
                "period_text": rng.choice([None, "today"]),
            }
        )
    return claims_frame(rows)


@pytest.mark.parametrize("seed", range(6))
def test_odd_frames_give_complete_reports(tmp_path: Path, seed: int) -> None:
    """Found by fuzzing: missing values and half-known periods once broke charts and pairs."""
    frame = _random_frame(seed)
    paths = write_reports(frame, tmp_path, generated_at=WHEN)
    charts = [p for p in paths if p.suffix == ".png"]
    drawable = frame[frame["value_low"].notna()].groupby(["indicator", "entities"]).ngroups
    assert len(charts) == min(drawable, 6)
    pages = _pdf_text(tmp_path / "claims-report.pdf")
    assert len(pages) >= 1 + len(charts) + 3
    assert f"Claims {len(frame)}" in pages[0]
