"""The period grammar: phrases resolved to inclusive dates against the publication date.

Phrases are the ones wire copy uses for statistics releases and plans (Trend, Report, APA,
TASS, Interfax, Xinhua); the conventions are CLAIMS.md's. Published 2021-12-21 unless said.
"""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from tracker.extract import periods
from tracker.extract.patterns import ignorecase_alternation, phrase_trie
from tracker.extract.periods import find_periods, resolve

PUBLISHED = date(2021, 12, 21)


def _first(text: str, published: date | None = PUBLISHED, forward: bool = False):
    mentions = [m for m in find_periods(text) if m.kind != "comparison"]
    assert mentions, f"no period in {text!r}"
    period = resolve(mentions[0], published, forward)
    return (
        period.start.isoformat() if period.start else None,
        period.end.isoformat() if period.end else None,
    )


FIXED = [
    pytest.param("in 2020", ("2020-01-01", "2020-12-31"), id="in-year"),
    pytest.param("in October 2021", ("2021-10-01", "2021-10-31"), id="month-year"),
    pytest.param("at the end of 2024", ("2024-12-31", "2024-12-31"), id="at-the-end-of-year"),
    pytest.param("by the end of 2024", ("2024-01-01", "2024-12-31"), id="by-the-end-of-year"),
    pytest.param(
        "in the July-September quarter of 2024",
        ("2024-07-01", "2024-09-30"),
        id="month-range-quarter-of-year",
    ),
    pytest.param(
        "from January through October 2021", ("2021-01-01", "2021-10-31"), id="from-through"
    ),
    pytest.param("January-October 2021", ("2021-01-01", "2021-10-31"), id="month-dash-month"),
    pytest.param(
        "in the first ten months of 2021", ("2021-01-01", "2021-10-31"), id="first-ten-months"
    ),
    pytest.param("in Q3 2021", ("2021-07-01", "2021-09-30"), id="q3-year"),
    pytest.param(
        "in the third quarter of 2020", ("2020-07-01", "2020-09-30"), id="third-quarter-of-year"
    ),
    pytest.param("9M 2021", ("2021-01-01", "2021-09-30"), id="9m"),
    pytest.param("in the first half of 2021", ("2021-01-01", "2021-06-30"), id="first-half-year"),
    pytest.param("H1 2021", ("2021-01-01", "2021-06-30"), id="h1-year"),
    pytest.param("by 2025", ("2025-01-01", "2025-12-31"), id="by-year"),
    pytest.param("in 2021-2025", ("2021-01-01", "2025-12-31"), id="year-range"),
    pytest.param("as of October 1, 2021", ("2021-10-01", "2021-10-01"), id="as-of-date"),
    pytest.param("February 2020", ("2020-02-01", "2020-02-29"), id="leap-february"),
    pytest.param(
        "in the first three quarters of 2021", ("2021-01-01", "2021-09-30"), id="three-quarters"
    ),
    pytest.param(
        "in the first two quarters", ("2021-01-01", "2021-06-30"), id="two-quarters-no-year"
    ),
    pytest.param(
        "in the January-June period of 2021", ("2021-01-01", "2021-06-30"), id="months-period-of"
    ),
    pytest.param(
        "in the 12 months to September 2021", ("2020-10-01", "2021-09-30"), id="trailing-to-month"
    ),
    pytest.param(
        "in the fiscal year that ended in June 2021",
        ("2020-07-01", "2021-06-30"),
        id="fiscal-year-ended",
    ),
    pytest.param(
        "as of the end of November 2021", ("2021-11-30", "2021-11-30"), id="end-of-month-is-a-day"
    ),
]

RELATIVE = [
    pytest.param("in Jan.-Oct.", ("2021-01-01", "2021-10-31"), id="abbreviated-no-year"),
    pytest.param("in 10 months", ("2021-01-01", "2021-10-31"), id="in-n-months"),
    pytest.param("in the first half", ("2021-01-01", "2021-06-30"), id="first-half"),
    pytest.param("H1", ("2021-01-01", "2021-06-30"), id="h1"),
    pytest.param("in the third quarter", ("2021-07-01", "2021-09-30"), id="third-quarter"),
    pytest.param("over the past five years", ("2016-01-01", "2020-12-31"), id="past-five-years"),
    pytest.param("since 2015", ("2015-01-01", "2021-12-21"), id="since-year"),
    pytest.param("last year", ("2020-01-01", "2020-12-31"), id="last-year"),
    pytest.param("the previous year", ("2020-01-01", "2020-12-31"), id="previous-year"),
    pytest.param("last month", ("2021-11-01", "2021-11-30"), id="last-month"),
    pytest.param(
        "in the first nine months of last year",
        ("2020-01-01", "2020-09-30"),
        id="months-of-last-year",
    ),
    pytest.param("next year", ("2022-01-01", "2022-12-31"), id="next-year"),
    pytest.param("in the next three years", (None, None), id="next-three-years-dates-no-year"),
    pytest.param("since March", ("2021-03-01", "2021-12-21"), id="since-month"),
    pytest.param("since early 2020", ("2020-01-01", "2021-12-21"), id="since-early-year"),
    pytest.param("since late 2020", ("2020-07-01", "2021-12-21"), id="since-late-year"),
    pytest.param("so far this year", ("2021-01-01", "2021-12-21"), id="so-far-this-year"),
    pytest.param(
        "in the 12 months through October", ("2020-11-01", "2021-10-31"), id="trailing-no-year"
    ),
    pytest.param("in May next year", ("2022-05-01", "2022-05-31"), id="month-next-year"),
    pytest.param("in March last year", ("2020-03-01", "2020-03-31"), id="month-last-year"),
    pytest.param("at the end of June", ("2021-06-30", "2021-06-30"), id="end-of-month-no-year"),
    pytest.param("since last March", ("2020-03-01", "2021-12-21"), id="since-last-month-name"),
    pytest.param("over ten months", ("2021-01-01", "2021-10-31"), id="over-n-months"),
    pytest.param("in 9M", ("2021-01-01", "2021-09-30"), id="9m-no-year"),
    pytest.param("for 6M", ("2021-01-01", "2021-06-30"), id="6m-no-year"),
    pytest.param("exports in 5M2021", ("2021-01-01", "2021-05-31"), id="5m-joined-to-year"),
    pytest.param("in 11M2020 headline", ("2020-01-01", "2020-11-30"), id="11m-joined-to-year"),
    pytest.param("at the end of this year", ("2021-12-31", "2021-12-31"), id="end-of-this-year"),
    pytest.param("at the end of last year", ("2020-12-31", "2020-12-31"), id="end-of-last-year"),
    pytest.param("by the end of next year", ("2022-01-01", "2022-12-31"), id="by-end-next-year"),
    pytest.param(
        "Since the plant was opened in March 2019, it",
        ("2019-03-01", "2021-12-21"),
        id="since-clause-month",
    ),
    pytest.param(
        "Since the first shipment on 4 June 2020, the",
        ("2020-06-04", "2021-12-21"),
        id="since-clause-day",
    ),
]


DAY_LEVEL = [
    pytest.param(
        "From 2 December 2024 to 15 January 2025, the bank will sell",
        ("2024-12-02", "2025-01-15"),
        id="from-day-to-day-over-the-new-year",
    ),
    pytest.param(
        "Between April 10 and September 30, 2023, shipments averaged",
        ("2023-04-10", "2023-09-30"),
        id="between-days-one-year",
    ),
    pytest.param(
        "from November 25 to January 8, 2024, the fund bought",
        ("2023-11-25", "2024-01-08"),
        id="first-day-takes-the-year-before",
    ),
    pytest.param(
        "during July 1-September 15, 2022", ("2022-07-01", "2022-09-15"), id="days-with-a-dash"
    ),
    pytest.param(
        "from March 2024 to the end of June 2025",
        ("2024-03-01", "2025-06-30"),
        id="month-to-the-end-of-month",
    ),
    pytest.param("since 14 February", ("2021-02-14", "2021-12-21"), id="since-a-day"),
    pytest.param(
        "since September 1, 2020", ("2020-09-01", "2021-12-21"), id="since-a-day-of-a-year"
    ),
    pytest.param("from 10 to 24 December", None, id="one-month-two-days-is-no-range"),
]


@pytest.mark.parametrize(("text", "expected"), DAY_LEVEL)
def test_day_level_periods(text: str, expected: tuple | None) -> None:
    if expected is None:
        assert [m for m in find_periods(text) if m.kind == "fixed" and "to" in m.text] == []
    else:
        assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("on May 3 and June 14, 2021", id="two-days-without-between"),
        pytest.param("since the early 1980s", id="a-decade-is-no-year"),
        pytest.param("in the 2010s", id="a-decade-in"),
        pytest.param("Thursday's decision", id="a-weekday-is-no-period"),
    ],
)
def test_no_day_range_nor_year(text: str) -> None:
    assert [m for m in find_periods(text) if m.kind not in ("day", "comparison")] == []


def test_a_day_range_is_no_longer_a_lone_day_or_nothing() -> None:
    """Before, "Between March 20 and November 20, 2024" gave no period at all."""
    mentions = find_periods("Between March 20 and November 20, 2024, exports averaged")
    assert [m.text for m in mentions] == ["Between March 20 and November 20, 2024"]


def test_since_a_day_with_no_publication_date_has_none() -> None:
    assert _first("since October 30, 2024", published=None) == (None, None)


@pytest.mark.parametrize(
    ("forward", "expected"),
    [
        pytest.param(True, ("2021-01-01", "2021-12-31"), id="forecast"),
        pytest.param(False, ("2021-01-01", "2021-12-21"), id="actual"),
    ],
)
def test_the_full_year_is_this_year(forward: bool, expected: tuple) -> None:
    assert _first("For the full year, we expect", forward=forward) == expected


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_fixed_periods(text: str, expected: tuple) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative_periods(text: str, expected: tuple) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("forward", "expected"),
    [
        pytest.param(False, ("2021-01-01", "2021-12-21"), id="actual-runs-to-publication"),
        pytest.param(True, ("2021-01-01", "2021-12-31"), id="forecast-covers-the-year"),
    ],
)
def test_this_year_depends_on_kind(forward: bool, expected: tuple) -> None:
    assert _first("this year", forward=forward) == expected
    assert _first("since the beginning of the year", forward=forward) == expected


def test_months_after_publication_are_last_year_for_actual_figures() -> None:
    assert _first("in January-November", date(2022, 1, 15)) == ("2021-01-01", "2021-11-30")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Today", id="today"),
        pytest.param("currently", id="currently"),
        pytest.param("so far", id="so-far"),
        pytest.param("in the near future", id="near-future"),
        pytest.param("in the 2023/24 fiscal year", id="split-year-without-its-fiscal-end"),
    ],
)
def test_now_has_no_dates_but_keeps_the_phrase(text: str) -> None:
    mention = find_periods(text)[0]
    period = resolve(mention, PUBLISHED, False)
    assert (period.start, period.end) == (None, None)
    assert period.text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("compared to the same period last year", id="same-period-last-year"),
        pytest.param("compared to 2020", id="compared-to-year"),
        pytest.param("against January-March", id="against-months"),
        pytest.param("than in 2019", id="than-in"),
        pytest.param("compared to the same month of last year", id="same-month-of-last-year"),
        pytest.param("compared with the record year of 2019", id="compared-with-the-year-of"),
        pytest.param("up 7% on the previous year", id="on-the-previous-year"),
    ],
)
def test_comparison_bases_are_not_the_period(text: str) -> None:
    assert all(m.kind == "comparison" for m in find_periods(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("in the reporting period", id="reporting-period"),
        pytest.param("in the same period", id="same-period"),
        pytest.param("over the eight months", id="the-n-months-refer-back"),
        pytest.param("over the period", id="over-the-period"),
        pytest.param("during the period under review", id="the-period-under-review"),
        pytest.param("over the same three months", id="the-same-n-months"),
    ],
)
def test_inherited_periods(text: str) -> None:
    assert [m.kind for m in find_periods(text)] == ["inherit"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("said on Dec. 20 during the forum", id="day-of-speech"),
        pytest.param("the ministry may revise it", id="may-the-verb"),
        pytest.param("a $5M grant", id="five-million-is-no-period"),
        pytest.param("raised 12M from investors", id="bare-12m-is-no-period"),
        pytest.param("the Future Investment Initiative", id="future-in-a-name"),
        pytest.param("Future projects will need", id="future-at-a-sentence-start"),
        pytest.param("", id="empty"),
    ],
)
def test_no_period(text: str) -> None:
    # "on Dec. 20" is at most a "day" mention, which only a rate decision takes as its period
    assert [m for m in find_periods(text) if m.kind != "day"] == []


@pytest.mark.parametrize(
    "text", ["Since then, exports", "since its launch", "output has grown since its commissioning"]
)
def test_since_then_needs_its_day_from_the_claim(text: str) -> None:
    """The day "then" means is written before: claims.py finds it (test_claim_periods.py)."""
    (mention,) = find_periods(text)
    assert mention.kind == "fixed"
    assert resolve(mention, PUBLISHED, False) == periods.Period(None, None, mention.text)


@pytest.mark.parametrize("text", ["in June 2019 since the plant", "Since then, in 2020, the"])
def test_a_date_after_since_then_or_before_since_is_itself(text: str) -> None:
    mention = next(m for m in find_periods(text) if any(c.isdigit() for c in m.text))
    assert resolve(mention, PUBLISHED, False).end != PUBLISHED


def test_no_publication_date_leaves_relative_periods_open() -> None:
    assert _first("last year", published=None) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("on October 27", ("2021-10-27", "2021-10-27"), id="day-no-year"),
        pytest.param("on 3 March 2023", ("2023-03-03", "2023-03-03"), id="day-with-year"),
    ],
)
def test_a_day_on_which_is_a_day_mention(text: str, expected: tuple) -> None:
    """ "on October 27" is the day of a decision (claims.py uses it for policy rates only)."""
    mentions = find_periods(text)
    assert [m.kind for m in mentions] == ["day"]
    period = resolve(mentions[0], PUBLISHED, False)
    assert (period.start.isoformat(), period.end.isoformat()) == expected  # type: ignore[union-attr]


# The scans written for speed (periods._matches, _lead, _is_comparison) against the plain
# patterns they replace: the same matches on texts built from the pieces they turn on.
_PIECES = [
    *("January", "may", "Sept.", "Dec", "2023", "1999", "'23", "'", "9M", "q3", "1Q", "H1"),
    *("2H", "1st", "4TH quarter", "2nd half", "15 March", "12-month", "7", "1,234", "5.2", "$40"),
    *("first", "nine", "months", "month"),
    *("quarter", "half", "year", "last", "this", "next", "past", "same", "period", "in", "In"),
    *("the", "a", "an", "as of", "at the end of", "end of", "since", "from", "on", "by", "to"),
    *("compared with", "than", "vs.", "over", "of", "ago", "fiscal", "ended", "today", "so far"),
    *("YTD", "in mid-", "/", "-", "–", " ", "  ", "\n", ",", ".", "(", "x", "Ab", "٣", "ſ", "İ"),
]


def _texts(count: int) -> list[str]:
    rng = random.Random(3)
    return [
        "".join(rng.choice(_PIECES) + rng.choice(("", " ", " ")) for _ in range(rng.randint(1, 16)))
        for _ in range(count)
    ]


def test_the_period_scan_finds_what_the_plain_pattern_finds() -> None:
    plain = re.compile(
        rf"(?<![\w-])(?=\d|'\d|(?:{phrase_trie(periods._FIRST_WORDS)})\b{periods._NOT_GUARDED})"
        + periods._BRANCHES,
        re.IGNORECASE,
    )
    for text in _texts(3000):
        for start in (0, len(text) // 3):
            matches = periods._matches(text, start, len(text))
            found = [(m.start(m.lastgroup or ""), m.end(), m.lastgroup) for m in matches]
            expected = [(m.start(), m.end(), m.lastgroup) for m in plain.finditer(text, start)]
            assert found == expected, text


def test_the_guarded_first_words_start_every_mention_they_would_unguarded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unguarded = re.compile(
        rf"(?<![\w-])(?=\d|'\d|(?:{phrase_trie(periods._FIRST_WORDS)})\b){periods._BRANCHES}",
        re.IGNORECASE,
    )
    pieces = [*_PIECES, "then", "Then", "its", "ITS", "its launch", "full", "full-year", "for"]
    rng = random.Random(5)
    texts = [
        "".join(rng.choice(pieces) + rng.choice(("", " ", "  ")) for _ in range(9))
        for _ in range(6000)
    ]
    found = [periods.find_periods(text) for text in texts]
    monkeypatch.setattr(periods, "_matches", lambda text, start, stop: unguarded.finditer(text))
    for text, mentions in zip(texts, found, strict=True):
        assert mentions == periods.find_periods(text), text


def test_the_lead_and_comparison_scans_find_what_the_plain_patterns_find() -> None:
    lead = re.compile(
        rf"(?:\b(?P<prep>{ignorecase_alternation(periods._PREPOSITIONS)})\s+)?"
        r"(?:\b(?P<article>the|a|an)\s+)?$",
        re.IGNORECASE,
    )
    comparison = re.compile(rf"\b{periods._COMPARISON_WORDS}", re.IGNORECASE)
    for text in _texts(3000):
        for end in range(0, len(text) + 1, 3):
            plain = lead.search(text, max(0, end - 30), end)
            assert plain is not None
            expected = (
                plain.start() if plain.group() else end,
                " ".join((plain["prep"] or "").lower().split()),
                (plain["article"] or "").lower(),
            )
            assert periods._lead(text, end) == expected, (text, end)
            start = max(0, end - 40)
            expected_comparison = comparison.search(text[start:end]) is not None
            assert periods._is_comparison(text, start, end) == expected_comparison, (text, end)


# -- Fiscal calendars: a start day as data (fiscal_years.json), the text's stated days win ----

_IRAN = periods.fiscal_calendar("", "Iran")


def _fiscal(text: str, calendar: periods.FiscalCalendar | None, published: date, forward: bool):
    mention = next(m for m in find_periods(text) if m.kind != "comparison")
    period = periods.fiscal_year(mention, published, forward, calendar) or resolve(
        mention, published, forward
    )
    return (
        period.start.isoformat() if period.start else None,
        period.end.isoformat() if period.end else None,
    )


@pytest.mark.parametrize(
    ("text", "published", "forward", "expected"),
    [
        pytest.param(
            "in the next fiscal year",
            date(2024, 12, 3),
            True,
            ("2025-03-21", "2026-03-20"),
            id="next-iranian-year-starts-on-21-march",
        ),
        pytest.param(
            "last fiscal year",
            date(2024, 12, 3),
            False,
            ("2023-03-21", "2024-03-19"),
            id="an-iranian-year-ending-before-a-20-march-start",
        ),
        pytest.param(
            "in the current fiscal year",
            date(2024, 3, 20),
            True,
            ("2024-03-20", "2025-03-20"),
            id="publication-on-nowruz-is-in-the-new-year",
        ),
        pytest.param(
            "in the current fiscal year",
            date(2025, 3, 20),
            False,
            ("2024-03-20", "2025-03-20"),
            id="publication-the-day-before-nowruz-is-in-the-old-year",
        ),
        pytest.param(
            "in the fiscal year that ended on March 19, 2024",
            date(2024, 12, 3),
            False,
            ("2023-03-21", "2024-03-19"),
            id="a-stated-end-day-with-the-calendar-start",
        ),
    ],
)
def test_iranian_fiscal_years_start_on_the_day_of_nowruz(
    text: str, published: date, forward: bool, expected: tuple
) -> None:
    assert _fiscal(text, _IRAN, published, forward) == expected


def test_the_old_month_level_iranian_year_is_gone() -> None:
    """It used to be read as April to March, like India's."""
    assert _fiscal("next fiscal year", _IRAN, date(2024, 12, 3), True) != (
        "2025-04-01",
        "2026-03-31",
    )


@pytest.mark.parametrize(
    ("article", "country", "text", "published", "expected"),
    [
        pytest.param(
            "The bill covers the fiscal year that runs from March 21, 2025 to March 20, 2026.",
            None,
            "the next fiscal year",
            date(2024, 12, 3),
            ("2025-03-21", "2026-03-20"),
            id="a-stated-start-day-with-no-country",
        ),
        pytest.param(
            "The fiscal year starting July 1 will see spending rise.",
            "India",
            "this fiscal year",
            date(2024, 11, 15),
            ("2024-07-01", "2025-06-30"),
            id="a-stated-start-month-beats-the-country",
        ),
        pytest.param(
            "Revenue fell in the financial year ending September 2024.",
            None,
            "next financial year",
            date(2024, 11, 15),
            ("2025-10-01", "2026-09-30"),
            id="a-stated-end-month",
        ),
        pytest.param(
            "Wages rose in fiscal 2023, which ended in March.",
            None,
            "next fiscal year",
            date(2024, 5, 10),
            ("2025-04-01", "2026-03-31"),
            id="fiscal-and-a-year-which-ended-in",
        ),
        pytest.param(
            "Spending rose in the fiscal year to June 2024.",
            "Pakistan",
            "in the fiscal year that ended on June 30, 2024",
            date(2024, 11, 15),
            ("2023-07-01", "2024-06-30"),
            id="a-stated-month-end-day-agrees-with-the-country",
        ),
    ],
)
def test_the_text_states_the_fiscal_calendar(
    article: str, country: str | None, text: str, published: date, expected: tuple
) -> None:
    calendar = periods.fiscal_calendar(article, country)
    assert _fiscal(text, calendar, published, True) == expected


def test_a_stated_end_day_with_no_calendar_runs_a_year_back() -> None:
    assert _fiscal("in the fiscal year that ended on March 19, 2024", None, PUBLISHED, False) == (
        "2023-03-20",
        "2024-03-19",
    )
