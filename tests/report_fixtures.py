"""Claims frames shaped like the store's `claims_frame(db)`, for the report tests.

`seed_frame()` holds the three claims of the seed articles (`seeds/`), as annotated by
hand. `mixed_frame()` adds made-up but realistic claims that exercise every branch of the
reports: several publishers and speakers, all six bounds, ranges, partial and unknown
periods, a multiple with and without a base, two currencies, a percent change, and pairs
that do and do not contradict each other.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from tracker.reports.frame import CLAIM_COLUMNS

_DEFAULTS: dict[str, Any] = {
    "path": None,
    "publisher": None,
    "published": None,
    "title": None,
    "surface": "",
    "start": 0,
    "end": 0,
    "sentence": "",
    "indicator": "trade_turnover",
    "entities": "Azerbaijan, Russia",
    "unit": "USD",
    "bound": "exact",
    "measure": "level",
    "kind": "actual",
    "period_start": None,
    "period_end": None,
    "period_text": None,
    "speaker": None,
    "confidence": float("nan"),
}


def claims_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Gives a frame with the contract's columns and dtypes from partial rows.

    Each row needs `doc`, `document_id` and `value_low`; the rest default to an exact,
    actual USD level of Azerbaijan–Russia trade turnover with no period. Claim ids
    follow row order.
    """
    full = []
    for number, row in enumerate(rows, start=1):
        values = {**_DEFAULTS, "claim_id": number, **row}
        values.setdefault("value_high", values["value_low"])
        values.setdefault("path", f"seeds/{values['doc']}")
        values.setdefault("surface", "")
        full.append(values)
    frame = pd.DataFrame(full, columns=list(CLAIM_COLUMNS))
    for name in ("published", "period_start", "period_end"):
        frame[name] = pd.to_datetime(frame[name])
    for name, dtype in CLAIM_COLUMNS.items():
        if dtype in ("int64", "float64"):
            frame[name] = frame[name].astype(dtype)
    return frame


SEED_TREND = "002_4cb68aa238e23f6e.txt"
SEED_EXPERT = "000_5067da4d4ba1b669.txt"


def seed_frame() -> pd.DataFrame:
    """Gives the three claims of the seed articles (see the module docstring)."""
    return claims_frame(
        [
            {
                "document_id": 2,
                "doc": SEED_TREND,
                "publisher": "Trend",
                "published": "2021-12-21",
                "surface": "more than $2.3 billion",
                "sentence": "“The trade turnover of Azerbaijan and Russia Our reached more than "
                "$2.3 billion from January through October 2021,” Aliyev added.",
                "value_low": 2.3e9,
                "bound": "more_than",
                "period_start": "2021-01-01",
                "period_end": "2021-10-31",
                "period_text": "from January through October 2021",
                "speaker": "Emin Aliyev",
            },
            {
                "document_id": 1,
                "doc": SEED_EXPERT,
                "surface": "$2.5 billion",
                "sentence": "“Today's figure of $2.5 billion does not cover the full potential "
                "of bilateral cooperation.”",
                "value_low": 2.5e9,
                "period_text": "Today",
                "speaker": "Elshad Mammadov",
            },
            {
                "document_id": 1,
                "doc": SEED_EXPERT,
                "surface": "at least three-four times",
                "sentence": "“According to the expert data, we have the opportunity to increase "
                "the volume of trade by at least three-four times,” Mammadov said.",
                "value_low": 3.0,
                "value_high": 4.0,
                "unit": "multiple",
                "bound": "at_least",
                "measure": "change",
                "kind": "potential",
                "speaker": "Elshad Mammadov",
            },
        ]
    )


def mixed_frame() -> pd.DataFrame:
    """Gives the seeds plus claims that cover every case the reports handle.

    Conflicts made on purpose: claims 4 and 5 ("more than $3bn" vs "less than $2.8bn" for
    2022), claims 6 and 7 (two exact 2020 figures 20 % apart), claims 8 and 9 (Jan–Jun
    2023 larger than an upper bound on 2023). Claims 10 and 11 agree within rounding.
    """
    seeds = seed_frame().to_dict("records")
    extra: list[dict[str, Any]] = [
        {  # 4
            "document_id": 3,
            "doc": "010_report.txt",
            "publisher": "Trend",
            "published": "2023-01-20",
            "speaker": "Mikayil Jabbarov",
            "value_low": 3.0e9,
            "bound": "more_than",
            "period_start": "2022-01-01",
            "period_end": "2022-12-31",
            "period_text": "in 2022",
        },
        {  # 5
            "document_id": 4,
            "doc": "011_interfax.txt",
            "publisher": "Interfax",
            "published": "2023-02-02",
            "speaker": "Alexei Overchuk",
            "value_low": 2.8e9,
            "bound": "less_than",
            "period_start": "2022-01-01",
            "period_end": "2022-12-31",
            "period_text": "last year",
        },
        {  # 6
            "document_id": 5,
            "doc": "012_report.txt",
            "publisher": "APA",
            "published": "2021-02-10",
            "value_low": 2.0e9,
            "period_start": "2020-01-01",
            "period_end": "2020-12-31",
            "period_text": "in 2020",
        },
        {  # 7
            "document_id": 6,
            "doc": "013_tass.txt",
            "publisher": "TASS",
            "published": "2021-03-01",
            "speaker": "Alexei Overchuk",
            "value_low": 2.4e9,
            "period_start": "2020-01-01",
            "period_end": "2020-12-31",
            "period_text": "in 2020",
        },
        {  # 8
            "document_id": 7,
            "doc": "014_report.txt",
            "publisher": "Trend",
            "published": "2023-07-15",
            "speaker": "Mikayil Jabbarov",
            "value_low": 2.2e9,
            "bound": "about",
            "period_start": "2023-01-01",
            "period_end": "2023-06-30",
            "period_text": "in the first half of 2023",
        },
        {  # 9
            "document_id": 8,
            "doc": "015_report.txt",
            "publisher": "Interfax",
            "published": "2024-01-25",
            "value_low": 1.5e9,
            "bound": "at_most",
            "period_start": "2023-01-01",
            "period_end": "2023-12-31",
            "period_text": "in 2023",
        },
        {  # 10
            "document_id": 9,
            "doc": "016_report.txt",
            "publisher": "APA",
            "published": "2021-11-20",
            "value_low": 2.31e9,
            "value_high": 2.31e9,
            "period_start": "2021-01-01",
            "period_end": "2021-10-31",
            "period_text": "in January-October",
        },
        {  # 11: a range for the whole of 2021
            "document_id": 10,
            "doc": "017_report.txt",
            "publisher": "TASS",
            "published": "2022-01-30",
            "speaker": "Alexei Overchuk",
            "value_low": 2.8e9,
            "value_high": 3.0e9,
            "period_start": "2021-01-01",
            "period_end": "2021-12-31",
            "period_text": "in 2021",
        },
        {  # 12: a percent change, its own axis
            "document_id": 10,
            "doc": "017_report.txt",
            "publisher": "TASS",
            "published": "2022-01-30",
            "speaker": "Alexei Overchuk",
            "value_low": 15.0,
            "unit": "percent",
            "measure": "change",
            "bound": "about",
            "period_start": "2021-01-01",
            "period_end": "2021-12-31",
            "period_text": "in 2021",
        },
        {  # 13: a target, another currency, another pair of entities
            "document_id": 11,
            "doc": "018_report.txt",
            "publisher": "Trend",
            "published": "2022-05-04",
            "speaker": "Ilham Aliyev",
            "indicator": "exports",
            "entities": "Azerbaijan, European Union",
            "value_low": 1.2e10,
            "unit": "EUR",
            "kind": "target",
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "period_text": "by 2025",
        },
        {  # 14
            "document_id": 12,
            "doc": "019_report.txt",
            "publisher": "APA",
            "published": "2022-02-14",
            "indicator": "exports",
            "entities": "Azerbaijan, European Union",
            "value_low": 8.5e9,
            "unit": "EUR",
            "bound": "more_than",
            "period_start": "2021-01-01",
            "period_end": "2021-12-31",
            "period_text": "in 2021",
        },
        {  # 15: a multiple with no level claim to apply it to
            "document_id": 12,
            "doc": "019_report.txt",
            "publisher": "APA",
            "published": "2022-02-14",
            "speaker": "Parviz Shahbazov",
            "indicator": "investment",
            "entities": "Azerbaijan, Turkey",
            "value_low": 2.0,
            "unit": "multiple",
            "measure": "change",
            "kind": "forecast",
            "period_text": "in the coming years",
        },
        {  # 16: values across orders of magnitude (needs a log axis)
            "document_id": 13,
            "doc": "020_report.txt",
            "publisher": "Report.az",
            "published": "2022-03-01",
            "indicator": "remittances",
            "entities": "Azerbaijan",
            "value_low": 8.0e6,
            "unit": "USD",
            "period_start": "2022-01-01",
            "period_end": "2022-01-31",
            "period_text": "in January",
        },
        {  # 17
            "document_id": 14,
            "doc": "021_report.txt",
            "publisher": "Report.az",
            "published": "2023-02-01",
            "speaker": "Taleh Kazimov",
            "indicator": "remittances",
            "entities": "Azerbaijan",
            "value_low": 1.2e9,
            "unit": "USD",
            "bound": "at_least",
            "period_start": "2022-01-01",
            "period_end": "2022-12-31",
            "period_text": "in 2022",
        },
    ]
    rows = [{k: v for k, v in r.items() if k != "claim_id"} for r in seeds] + extra
    for row in rows:
        for name in ("published", "period_start", "period_end"):
            if row.get(name) is pd.NaT:
                row[name] = None
    return claims_frame(rows)
