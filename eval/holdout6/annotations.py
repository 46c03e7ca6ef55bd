"""Hand annotations of the sixth held-out set (eval/holdout6/articles).

One entry per claim: the surface exactly as it reads in the article (`n` when it reads
more than once), the judged fields, and the period as `(first, last, period_text)` with
`first`/`last` written YYYY, YYYY-MM or YYYY-MM-DD (`last` None: the same as `first`;
`first` None: no dates). `c()` builds a level, `ch()` a change. The builder
(../holdout/annotate.py) finds the offsets, cuts the sentence and copies the header.
"""

from __future__ import annotations

AZ, CN, KZ, RU, UZ, TJ = "Azerbaijan", "China", "Kazakhstan", "Russia", "Uzbekistan", "Tajikistan"
EU, EAEU, ECA, CA = (
    "European Union",
    "Eurasian Economic Union",
    "Europe and Central Asia",
    "Central Asia",
)
OPEC = "OPEC+"


def c(
    surface: str,
    indicator: str,
    entities: list[str],
    low: float,
    unit: str,
    period: tuple | None = None,
    *,
    high: float | None = None,
    bound: str = "exact",
    kind: str = "actual",
    speaker: str | None = None,
    n: int = 1,
    measure: str = "level",
) -> dict:
    """Gives one level claim."""
    return {
        "surface": surface,
        "n": n,
        "indicator": indicator,
        "entities": entities,
        "low": low,
        "high": high,
        "unit": unit,
        "bound": bound,
        "measure": measure,
        "kind": kind,
        "period": period,
        "speaker": speaker,
    }


def ch(*args, **kwargs) -> dict:
    """Gives one change claim."""
    return c(*args, measure="change", **kwargs)


# 001 Reuters, OPEC+ (published 2024-12-05)
NOW_OPEC = (None, None, "currently")
HIKE = ("2025-04", "2026-09", "between April 2025 and September 2026")
NOV_KZ = ("2024-11", None, "in November")
NOV_RU = ("2024-11", None, "last month")
SATKALIYEV = "Almasadam Satkaliyev"
D001 = [
    ch("5.86 million barrels per day", "other", [OPEC], -5.86e6, "barrels", NOW_OPEC),
    ch("by 2.2 million bpd", "other", [OPEC], 2.2e6, "barrels", HIKE, kind="forecast"),
    ch(
        "about 138,000 bpd", "other", [OPEC], 138e3, "barrels", HIKE, bound="about", kind="forecast"
    ),
    ch(
        "by 300,000 bpd",
        "other",
        ["United Arab Emirates"],
        300e3,
        "barrels",
        ("2025-04", "2026-09", "from April 2025 to the end of September 2026"),
        kind="forecast",
    ),
    c("1.77 million bpd", "other", [KZ], 1.77e6, "barrels", NOV_KZ),
    c("1.468 million bpd", "other", [KZ], 1.468e6, "barrels", NOV_KZ, kind="target"),
    c("8.99 million bpd", "other", [RU], 8.99e6, "barrels", NOV_RU),
    c("8.978 million bpd", "other", [RU], 8.978e6, "barrels", NOV_RU, kind="target"),
    c(
        "about 1.5 million barrels per day",
        "other",
        [KZ],
        1.5e6,
        "barrels",
        ("2024-12", None, "in December"),
        bound="about",
        kind="forecast",
        speaker=SATKALIYEV,
    ),
    ch(
        "1.82 million bpd",
        "other",
        ["World"],
        1.82e6,
        "barrels",
        ("2024", None, "in 2024"),
        kind="forecast",
    ),
    ch(
        "1.54 million bpd",
        "other",
        ["World"],
        1.54e6,
        "barrels",
        ("2025", None, "2025"),
        kind="forecast",
    ),
    c(
        "more than 1 million bpd",
        "other",
        ["World"],
        1e6,
        "barrels",
        ("2025", None, "in 2025"),
        bound="more_than",
        kind="forecast",
    ),
    ch("0.3%", "other", ["World"], -0.3, "percent", ("2024-12-05", None, "on Thursday")),
    c("$72.09", "other", ["World"], 72.09, "USD", ("2024-12-05", None, "on Thursday")),
]

# 002 Report, World Bank regional update (published 2024-10-10)
Y24, Y25 = ("2024", None, "in 2024"), ("2025", None, "in 2025")
BASSANI = "Antonella Bassani"
F = {"kind": "forecast"}
D002 = [
    ch("3.2%", "gdp_growth", [AZ], 3.2, "percent", Y24, **F),
    ch("by 3.2%", "gdp_growth", [AZ], 3.2, "percent", Y24, **F),
    ch("by 2.7%", "gdp_growth", [AZ], 2.7, "percent", Y25, **F),
    ch("3.2%", "gdp_growth", [ECA], 3.2, "percent", Y24, n=3, **F),
    ch("2.5%", "gdp_growth", [ECA], 2.5, "percent", Y25, **F),
    ch("9%", "gdp_growth", ["Georgia"], 9, "percent", Y24, **F),
    ch("5.2%", "gdp_growth", ["Georgia"], 5.2, "percent", Y24, **F),
    ch("by 7.5%", "gdp_growth", ["Georgia"], 7.5, "percent", ("2023", None, "in 2023")),
    ch("5.5%", "gdp_growth", ["Georgia"], 5.5, "percent", ("2025", None, "For 2025"), **F),
    ch("by 5.5%", "gdp_growth", ["Armenia"], 5.5, "percent", Y24, **F),
    ch("by 4.9%", "gdp_growth", ["Armenia"], 4.9, "percent", Y25, **F),
    ch("8.3%", "gdp_growth", ["Armenia"], 8.3, "percent", ("2023", None, "last year")),
    ch("3.8%", "gdp_growth", [KZ], 3.8, "percent", ("2024", None, "this year"), **F),
    ch("4.7%", "gdp_growth", [KZ], 4.7, "percent", Y25, **F),
    ch("by 5.6%", "gdp_growth", [UZ], 5.6, "percent", Y24, **F),
    ch("5.7%", "gdp_growth", [UZ], 5.7, "percent", Y25, **F),
    ch("by 7.3%", "gdp_growth", ["Kyrgyzstan"], 7.3, "percent", Y24, **F),
    ch("by 8%", "gdp_growth", [TJ], 8, "percent", Y24, **F),
    c("about 45%", "other", [TJ], 45, "percent", ("2023", None, "in 2023"), bound="about"),
    ch("by 3%", "gdp_growth", ["Turkey"], 3, "percent", Y24, **F),
    ch("2.6%", "gdp_growth", ["Turkey"], 2.6, "percent", Y25, **F),
    ch("3.4%", "gdp_growth", [RU], 3.4, "percent", Y24, **F),
    ch("1.6%", "gdp_growth", [RU], 1.6, "percent", Y25, **F),
    c("6%", "inflation", [ECA], 6, "percent", Y25, **F),
    c("6.9%", "inflation", [ECA], 6.9, "percent", Y24, **F),
    ch(
        "2.5%",
        "gdp_growth",
        [ECA],
        2.5,
        "percent",
        ("2025", None, "next year"),
        n=2,
        speaker=BASSANI,
        **F,
    ),
]

# 003 Daily Sabah, CBRT inflation report (published 2024-11-08)
KARAHAN = "Fatih Karahan"
END24 = ("2024-12-31", None, "for the end of 2024")
END25 = ("2025-12-31", None, "for the end of 2025")
OCT = ("2024-10", None, "in October")
TR = ["Turkey"]
D003 = [
    c("21%", "inflation", TR, 21, "percent", ("2025", None, "2025"), **F),
    c("38%", "inflation", TR, 38, "percent", END24, speaker=KARAHAN, **F),
    c("21%", "inflation", TR, 21, "percent", END25, n=2, speaker=KARAHAN, **F),
    c("14%", "inflation", TR, 14, "percent", END25, speaker=KARAHAN, **F),
    c("12%", "inflation", TR, 12, "percent", ("2026-12-31", None, "for the end of 2026"), **F),
    c("16% to 26%", "inflation", TR, 16, "percent", END25, high=26, **F),
    c("48.58%", "inflation", TR, 48.58, "percent", OCT),
    c("49.38%", "inflation", TR, 49.38, "percent", ("2024-09", None, "in September")),
    c("2.88%", "inflation", TR, 2.88, "percent", OCT),
    c(
        "around 1.5%",
        "inflation",
        TR,
        1.5,
        "percent",
        ("2025-01", "2025-06", "in the first half of 2025"),
        bound="about",
        speaker=KARAHAN,
        **F,
    ),
    c("89.6%", "inflation", TR, 89.6, "percent", OCT, speaker=KARAHAN),
    c("50%", "policy_rate", TR, 50, "percent", ("2024-03", "2024-11-08", "since March")),
    ch("250 basis points", "policy_rate", TR, -2.5, "pp", ("2024-12", None, "in December"), **F),
    c(
        "$159.4 billion",
        "fx_reserves",
        TR,
        159.4e9,
        "USD",
        ("2024-11-01", None, "as of November 1"),
    ),
    c("34.35", "other", TR, 34.35, "TRY", ("2024-11-08", None, "on Friday")),
]

# 004 Kazinform, Kazakhstan-China rail (published 2024-11-20)
SAURANBAYEV = "Nurlan Sauranbayev"
M10 = ("2024-01", "2024-10", "in the ten months")
CK, CEK = [CN, KZ], [CN, "Europe", KZ]
D004 = [
    c(
        "410,000 TEU",
        "cargo_transport",
        CK,
        410e3,
        "teu",
        ("2024-01", "2024-10", "in January-October 2024"),
    ),
    ch(
        "18%",
        "cargo_transport",
        CK,
        18,
        "percent",
        ("2024-01", "2024-10", "in January-October 2024"),
    ),
    c(
        "28.4 million tonnes",
        "cargo_transport",
        CK,
        28.4e6,
        "tonnes",
        ("2024-01", "2024-10", "over the ten months"),
    ),
    c(
        "24.9 million tonnes",
        "cargo_transport",
        CK,
        24.9e6,
        "tonnes",
        ("2023-01", "2023-10", "in the same period of 2023"),
    ),
    c("9.1 million tonnes", "cargo_transport", CEK, 9.1e6, "tonnes", M10),
    ch("1.3 times", "cargo_transport", CEK, 1.3, "multiple", M10),
    c("7,600", "cargo_transport", CEK, 7600, "count", M10),
    c(
        "201,000 TEU",
        "cargo_transport",
        CK,
        201e3,
        "teu",
        ("2024-01", "2024-10", "in the same period"),
    ),
    c(
        "1 million TEU",
        "cargo_transport",
        CK,
        1e6,
        "teu",
        ("2030", None, "By 2030"),
        kind="target",
        speaker=SAURANBAYEV,
    ),
    ch(
        "more than double",
        "cargo_transport",
        CK,
        2,
        "multiple",
        ("2030", None, "By 2030"),
        bound="more_than",
        kind="target",
        speaker=SAURANBAYEV,
    ),
    ch(
        "fivefold",
        "other",
        [KZ],
        5,
        "multiple",
        ("2024-04", "2024-11-20", "since its commissioning"),
        speaker=SAURANBAYEV,
    ),
    c(
        "20 million tonnes",
        "other",
        CK,
        20e6,
        "tonnes",
        ("2027", None, "in 2027"),
        kind="forecast",
        speaker=SAURANBAYEV,
    ),
    c("92%", "other", CK, 92, "percent", M10),
]

# 005 Trend, interview with Laziz Kudratov (published 2024-10-30)
KUDRATOV = "Laziz Kudratov"
AU = [AZ, UZ]
M9 = ("2024-01", "2024-09", "In January-September 2024")
THIS_YEAR = ("2024-01-01", "2024-10-30", "this year")
K = {"speaker": KUDRATOV}
D005 = [
    c("$1 billion", "trade_turnover", AU, 1e9, "USD", kind="potential", **K),
    c("$312 million", "trade_turnover", AU, 312e6, "USD", M9, **K),
    ch("24 percent", "trade_turnover", AU, 24, "percent", M9, **K),
    c("$374 million", "trade_turnover", AU, 374e6, "USD", ("2023", None, "Last year"), **K),
    ch(
        "by 31 percent",
        "exports",
        AU,
        31,
        "percent",
        ("2024-01", "2024-09", "over the nine months"),
        **K,
    ),
    c(
        "$205 million",
        "exports",
        AU,
        205e6,
        "USD",
        ("2024-01", "2024-09", "over the nine months"),
        **K,
    ),
    c(
        "$1 billion",
        "trade_turnover",
        AU,
        1e9,
        "USD",
        ("2026", None, "by 2026"),
        n=2,
        kind="target",
        **K,
    ),
    ch(
        "triple",
        "trade_turnover",
        AU,
        3,
        "multiple",
        (None, None, "within two years"),
        kind="potential",
        **K,
    ),
    c("$500 million", "investment", AU, 500e6, "USD", **K),
    c("$180 million", "investment", AU, 180e6, "USD", **K),
    c(
        "up to 10,000 cars",
        "other",
        [AZ],
        10e3,
        "count",
        (None, None, "a year"),
        bound="at_most",
        kind="forecast",
        **K,
    ),
    ch(
        "by 6.5 percent",
        "industrial_output",
        [UZ],
        6.5,
        "percent",
        ("2024-01", "2024-09", "in the first nine months"),
        **K,
    ),
    ch(
        "by at least 7 percent",
        "industrial_output",
        [UZ],
        7,
        "percent",
        ("2025", None, "in 2025"),
        bound="at_least",
        kind="forecast",
        **K,
    ),
    ch(
        "by 6 percent",
        "gdp_growth",
        [UZ],
        6,
        "percent",
        ("2024", None, "this year"),
        kind="forecast",
        **K,
    ),
    ch("1.5 times", "cargo_transport", AU, 1.5, "multiple", THIS_YEAR, **K),
    c("1.2 million tonnes", "cargo_transport", AU, 1.2e6, "tonnes", THIS_YEAR, **K),
]

# 006 TASS, EEC press conference (published 2024-12-19)
SAGINTAYEV, SLEPNEV, SULTANOV = "Bakytzhan Sagintayev", "Andrey Slepnev", "Bakhyt Sultanov"
E10 = ("2024-01", "2024-10", "in January-October 2024")
E10B = ("2024-01", "2024-10", "in January-October")
E9 = ("2024-01", "2024-09", "in January-September")
D006 = [
    ch("by 8.7%", "trade_turnover", [EAEU], 8.7, "percent", E10, speaker=SAGINTAYEV),
    c("$79.6 billion", "trade_turnover", [EAEU], 79.6e9, "USD", E10, speaker=SAGINTAYEV),
    c(
        "$95 billion",
        "trade_turnover",
        [EAEU],
        95e9,
        "USD",
        ("2024", None, "For the full year"),
        bound="more_than",
        kind="forecast",
        speaker=SAGINTAYEV,
    ),
    c(
        "90.4%",
        "other",
        [EAEU],
        90.4,
        "percent",
        ("2024-01", "2024-10", "in the ten months"),
        speaker=SAGINTAYEV,
    ),
    ch("by 2.1%", "trade_turnover", [EAEU], -2.1, "percent", E10B, speaker=SLEPNEV),
    c("$635 billion", "trade_turnover", [EAEU], 635e9, "USD", E10B, speaker=SLEPNEV),
    ch("by 4%", "exports", [CN, EAEU], 4, "percent", E10B, speaker=SLEPNEV),
    c("34%", "trade_share", [CN, EAEU], 34, "percent", E10B, speaker=SLEPNEV),
    ch("by 4.5%", "gdp_growth", [EAEU], 4.5, "percent", E9, speaker=SULTANOV),
    ch(
        "by 5.2%",
        "industrial_output",
        [EAEU],
        5.2,
        "percent",
        ("2024-01", "2024-09", "over the same period"),
        speaker=SULTANOV,
    ),
    c(
        "8.9%",
        "inflation",
        [EAEU],
        8.9,
        "percent",
        ("2024-11", None, "in November"),
        speaker=SULTANOV,
    ),
    ch(
        "3.3%",
        "gdp_growth",
        [EAEU],
        3.3,
        "percent",
        ("2025", None, "For 2025"),
        kind="forecast",
        speaker=SULTANOV,
    ),
    ch(
        "double",
        "trade_turnover",
        [EAEU],
        2,
        "multiple",
        ("2030", None, "by 2030"),
        kind="target",
        speaker=SAGINTAYEV,
    ),
]

# 007 Interfax, Kazakhstan-Uzbekistan trade (published 2024-12-24)
KU = [KZ, UZ]
T10 = ("2024-01", "2024-10", "in the ten months")
FY23 = ("2023", None, "For the full year 2023")
D007 = [
    c(
        "$3.68 billion",
        "trade_turnover",
        KU,
        3.68e9,
        "USD",
        ("2024-01", "2024-10", "in January-October 2024"),
    ),
    ch(
        "3.4%",
        "trade_turnover",
        KU,
        -3.4,
        "percent",
        ("2024-01", "2024-10", "in January-October 2024"),
    ),
    c("$4.4 billion", "trade_turnover", KU, 4.4e9, "USD", ("2023", None, "In 2023 as a whole")),
    c(
        "$2.1 billion",
        "trade_turnover",
        KU,
        2.1e9,
        "USD",
        ("2024-01", "2024-06", "In the first half of 2024"),
    ),
    ch("by 7.1%", "exports", KU, -7.1, "percent", T10),
    c("$2.52 billion", "exports", KU, 2.52e9, "USD", T10),
    ch("by 6.2%", "imports", KU, 6.2, "percent", T10),
    c("$1.16 billion", "imports", KU, 1.16e9, "USD", T10),
    c("$3.1 billion", "exports", KU, 3.1e9, "USD", FY23),
    c("1.3 billion", "imports", KU, 1.3e9, "USD", FY23),
    c("5.2%", "trade_share", KU, 5.2, "percent", ("2024-01", "2024-10", "in January-October")),
    c("2.1 million tonnes", "exports", KU, 2.1e6, "tonnes", T10),
    c(
        "$3.9 billion",
        "trade_turnover",
        KU,
        3.9e9,
        "USD",
        ("2024-01", "2024-11", "in January-November 2024"),
    ),
    c(
        "$10 billion",
        "trade_turnover",
        KU,
        10e9,
        "USD",
        ("2030", None, "by 2030"),
        kind="target",
        speaker="Arman Shakkaliyev",
    ),
    c("$500 million", "investment", KU, 500e6, "USD", kind="forecast"),
]

# 008 Asia-Plus, Tajikistan-Uzbekistan (published 2024-04-19)
TU = [TJ, UZ]
Y23 = ("2023", None, "in 2023")
LAST23 = ("2023", None, "last year")
MIRZIYOYEV = "Shavkat Mirziyoyev"
NEXT = ("2025", None, "next year")
D008 = [
    ch("triple", "trade_turnover", TU, 3, "multiple", kind="target"),
    c("$2 billion", "trade_turnover", TU, 2e9, "USD", kind="target"),
    ch(
        "triple", "trade_turnover", TU, 3, "multiple", ("2027", None, "by 2027"), n=2, kind="target"
    ),
    c(
        "$2 billion",
        "trade_turnover",
        TU,
        2e9,
        "USD",
        ("2027", None, "by 2027"),
        n=2,
        kind="target",
    ),
    ch("1.6 times", "trade_turnover", TU, 1.6, "multiple", Y23),
    c("$680 million", "trade_turnover", TU, 680e6, "USD", Y23),
    ch("2.3 times", "exports", TU, 2.3, "multiple", Y23),
    c("$310 million", "exports", TU, 310e6, "USD", Y23),
    ch("by 45%", "imports", TU, 45, "percent", Y23),
    c("$370 million", "imports", TU, 370e6, "USD", Y23),
    ch(
        "almost fivefold",
        "trade_turnover",
        TU,
        5,
        "multiple",
        ("2019", "2023", "Over the past five years"),
        bound="about",
        speaker="Emomali Rahmon",
    ),
    ch("double", "exports", TU, 2, "multiple", NEXT, kind="potential", speaker=MIRZIYOYEV),
    ch("double", "exports", TU, 2, "multiple", NEXT, n=2, kind="potential", speaker=MIRZIYOYEV),
    ch("nearly halved", "investment", TU, 0.5, "multiple", Y23, bound="about"),
    c("$45 million", "investment", TU, 45e6, "USD", Y23),
    ch("threefold", "passenger_transport", TU, 3, "multiple", LAST23),
    c("3.1 million people", "passenger_transport", TU, 3.1e6, "count", LAST23),
]

# 009 IRNA, Iran's 1404 budget bill (published 2024-12-03)
IR = ["Iran"]
FY1404 = ("2025-03-21", "2026-03-20", "the next fiscal year")
FY1404B = ("2025-03-21", "2026-03-20", "in the next fiscal year")
FY1404C = ("2025-03-21", "2026-03-20", "next fiscal year")
POURMOHAMMADI = "Hamid Pourmohammadi"
D009 = [
    c("6,400 trillion rials", "budget_expenditure", IR, 6.4e15, "IRR", FY1404, **F),
    ch("41%", "budget_expenditure", IR, 41, "percent", FY1404, **F),
    c("1,650 trillion rials", "budget_revenue", IR, 1.65e15, "IRR", FY1404B, **F),
    c("1.85 million barrels per day", "exports", IR, 1.85e6, "barrels", FY1404B, **F),
    c("$63", "other", IR, 63, "USD", FY1404B, **F),
    ch("by 50%", "budget_revenue", IR, 50, "percent", FY1404C, **F),
    c("2,100 trillion rials", "budget_revenue", IR, 2.1e15, "IRR", FY1404C, **F),
    c("800 trillion rials", "other", IR, 800e12, "IRR", FY1404C, **F),
    c("26 percent", "other", IR, 26, "percent", FY1404B, speaker=POURMOHAMMADI, **F),
    ch("by 20%", "average_wage", IR, 20, "percent", FY1404B, speaker=POURMOHAMMADI, **F),
    c("30%", "inflation", IR, 30, "percent", FY1404B, kind="target", speaker="Fatemeh Mohajerani"),
    c(
        "about 1.7 million barrels per day",
        "exports",
        IR,
        1.7e6,
        "barrels",
        ("2024-03-20", "2024-11-20", "Between March 20 and November 20, 2024"),
        bound="about",
        speaker="Mohsen Paknejad",
    ),
    ch(
        "by 5%",
        "gdp_growth",
        IR,
        5,
        "percent",
        ("2023-03-21", "2024-03-19", "in the fiscal year that ended on March 19, 2024"),
    ),
]

# 010 Kazinform, Tax Code (published 2025-07-18): mostly numbers that are not claims
ZHUMANGARIN = "Serik Zhumangarin"
D010 = [
    c("16%", "other", [KZ], 16, "percent", ("2026", None, "in 2026"), **F),
    c("12%", "other", [KZ], 12, "percent", (None, None, "now")),
    ch("5.4 trillion tenge", "budget_revenue", [KZ], 5.4e12, "KZT", ("2026", None, "in 2026"), **F),
    c("13.1%", "other", [KZ], 13.1, "percent", ("2024", None, "in 2024"), speaker=ZHUMANGARIN),
    c(
        "20%",
        "other",
        [KZ],
        20,
        "percent",
        ("2030", None, "by 2030"),
        kind="target",
        speaker=ZHUMANGARIN,
    ),
]

# 011 Xinhua, China-EU trade (no header)
CE = [CN, EU]
X11 = ("2024-01", "2024-11", "in the first 11 months of 2024")
XJN = ("2024-01", "2024-11", "in January-November 2024")
D011 = [
    c("5.07 trillion yuan", "trade_turnover", CE, 5.07e12, "CNY", X11),
    ch("1.2 percent", "trade_turnover", CE, 1.2, "percent", X11),
    ch("3 percent", "exports", CE, 3, "percent", XJN),
    c("3.36 trillion yuan", "exports", CE, 3.36e12, "CNY", XJN),
    ch("2.4 percent", "imports", CE, -2.4, "percent", XJN),
    c("1.71 trillion yuan", "imports", CE, 1.71e12, "CNY", XJN),
    c("712.3 billion dollars", "trade_turnover", CE, 712.3e9, "USD", X11),
    c("12.8 percent", "trade_share", CE, 12.8, "percent", XJN),
    ch("4.9 percent", "trade_turnover", [CN], 4.9, "percent", XJN),
    c("39.79 trillion yuan", "trade_turnover", [CN], 39.79e12, "CNY", XJN),
    ch("2.9 percent", "trade_turnover", [CN, "Germany"], -2.9, "percent", XJN),
    c("1.29 trillion yuan", "trade_turnover", [CN, "Germany"], 1.29e12, "CNY", XJN),
    ch("8.5 percent", "exports", CE, -8.5, "percent", XJN),
    c(
        "up to 35.3 percent",
        "other",
        CE,
        35.3,
        "percent",
        (None, None, "since October 30, 2024"),
        bound="at_most",
    ),
    c(
        "800 billion dollars",
        "trade_turnover",
        CE,
        800e9,
        "USD",
        ("2025", None, "in 2025"),
        bound="more_than",
        kind="forecast",
    ),
]

# 012 Russian Ministry of Finance, National Wealth Fund (no header)
DEC1 = ("2024-12-01", None, "As of December 1, 2024")
NOV24 = ("2024-11", None, "in November 2024")
BUY = ("2024-12-06", "2025-01-13", "From December 6, 2024 to January 13, 2025")
D012 = [
    c("12.96 trillion rubles", "other", [RU], 12.96e12, "RUB", DEC1),
    c("6.7%", "other", [RU], 6.7, "percent", DEC1),
    c("5.62 trillion rubles", "other", [RU], 5.62e12, "RUB", DEC1),
    c("2.9%", "other", [RU], 2.9, "percent", DEC1),
    c(
        "13.03 trillion rubles",
        "other",
        [RU],
        13.03e12,
        "RUB",
        ("2024-11-01", None, "As of November 1, 2024"),
    ),
    c("28.3 billion rubles", "other", [RU], 28.3e9, "RUB", ("2024-11", None, "In November 2024")),
    c("121.5 billion rubles", "budget_revenue", [RU], 121.5e9, "RUB", NOV24),
    c("778.1 billion rubles", "budget_revenue", [RU], 778.1e9, "RUB", NOV24),
    c("3.4 billion rubles", "other", [RU], 3.4e9, "RUB", BUY, **F),
    c("1.5 billion rubles", "other", [RU], 1.5e9, "RUB", NOV24),
    c(
        "61.2 billion rubles",
        "other",
        [RU],
        61.2e9,
        "RUB",
        ("2024-12-06", "2025-01-13", "over the period"),
        **F,
    ),
]

# 013 Report, SOFAZ (published 2024-10-25)
OCT1 = ("2024-10-01", None, "as of October 1, 2024")
S9 = ("2024-01", "2024-09", "over the nine months")
D013 = [
    c("nearly $61 billion", "other", [AZ], 61e9, "USD", bound="about"),
    c("$60.9 billion", "other", [AZ], 60.9e9, "USD", OCT1),
    ch("5.4%", "other", [AZ], 5.4, "percent", OCT1),
    c(
        "8.55 billion manat",
        "other",
        [AZ],
        8.55e9,
        "AZN",
        ("2024-01", "2024-09", "in January-September"),
    ),
    c(
        "7.62 billion manat",
        "other",
        [AZ],
        7.62e9,
        "AZN",
        ("2024-01", "2024-09", "in January-September"),
    ),
    c("9.93 billion manat", "other", [AZ], 9.93e9, "AZN", S9),
    c("9.45 billion manat", "budget_revenue", [AZ], 9.45e9, "AZN", S9),
    c(
        "12.6 billion manat",
        "budget_revenue",
        [AZ],
        12.6e9,
        "AZN",
        ("2024", None, "in the full year"),
        **F,
    ),
    c("168.7 tonnes", "other", [AZ], 168.7, "tonnes", ("2024-10-01", None, "as of October 1")),
    c(
        "4.9%",
        "other",
        [AZ],
        4.9,
        "percent",
        ("2024-01", "2024-09", "in the nine months"),
        speaker="Israfil Mammadov",
    ),
    c("$71.5 billion", "fx_reserves", [AZ], 71.5e9, "USD", OCT1),
]

# 014 Interfax, CPC shipments (published 2025-01-15)
KR = [KZ, RU]
I24 = ("2024", None, "in 2024")
D014 = [
    c("63 million tonnes", "cargo_transport", KR, 63e6, "tonnes", I24),
    ch("2.2%", "cargo_transport", KR, 2.2, "percent", I24),
    c("61.6 million tonnes", "cargo_transport", KR, 61.6e6, "tonnes", ("2023", None, "in 2023")),
    c("56.1 million tonnes", "exports", [KZ], 56.1e6, "tonnes", ("2024", None, "last year")),
    c(
        "1.52 million barrels per day",
        "cargo_transport",
        KR,
        1.52e6,
        "barrels",
        ("2024-12", None, "In December 2024"),
    ),
    c("688 tankers", "cargo_transport", KR, 688, "count", I24, speaker="Nikolai Gorban"),
    c("70.5 million tonnes", "exports", [KZ], 70.5e6, "tonnes", I24),
    c(
        "70.6 million tonnes",
        "exports",
        [KZ],
        70.6e6,
        "tonnes",
        ("2025", None, "in 2025"),
        kind="target",
    ),
    c("96.2 million tonnes", "other", [KZ], 96.2e6, "tonnes", ("2025", None, "this year"), **F),
    c("87.7 million tonnes", "other", [KZ], 87.7e6, "tonnes", ("2024", None, "last year")),
    ch(
        "about 260,000 barrels per day",
        "other",
        [KZ],
        260e3,
        "barrels",
        ("2025", None, "in 2025"),
        bound="about",
        kind="forecast",
    ),
    c(
        "72.5 million tonnes",
        "other",
        KR,
        72.5e6,
        "tonnes",
        ("2026", None, "by 2026"),
        kind="target",
    ),
]

# 015 APA, car imports (published 2024-08-07)
AC = [AZ, CN]
H1 = ("2024-01", "2024-06", "in January-June 2024")
H1B = ("2024-01", "2024-06", "in January-June")
H1C = ("2024-01", "2024-06", "In January-June")
H1D = ("2024-01", "2024-06", "in the first half of the year")
SIX = ("2024-01", "2024-06", "in the six months")
D015 = [
    ch("2.4 times", "imports", AC, 2.4, "multiple"),
    c("14,980 passenger cars", "imports", AC, 14980, "count", H1),
    ch("2.4 times", "imports", AC, 2.4, "multiple", H1, n=2),
    c("$298.6 million", "imports", AC, 298.6e6, "USD", H1),
    c("41.5%", "trade_share", AC, 41.5, "percent", H1D),
    ch("by 38.2%", "imports", [AZ], 38.2, "percent", H1B),
    c("36,090 units", "imports", [AZ], 36090, "count", H1B),
    c("$612.4 million", "imports", [AZ], 612.4e6, "USD", H1B),
    c("6,120 cars", "imports", [AZ, RU], 6120, "count", H1C),
    c("$78.3 million", "imports", [AZ, RU], 78.3e6, "USD", H1C),
    ch("12%", "imports", [AZ, RU], -12, "percent", H1C),
    c("3,450 electric cars", "imports", [AZ], 3450, "count", SIX),
    ch("almost fivefold", "imports", [AZ], 5, "multiple", SIX, bound="about"),
    c("312 million manat", "budget_revenue", [AZ], 312e6, "AZN", H1D),
    c("$19,900", "other", AC, 19900, "USD", H1D),
    c(
        "30,000 cars",
        "imports",
        AC,
        30000,
        "count",
        ("2024", None, "this year"),
        kind="potential",
        speaker="Natig Jafarli",
    ),
]

# 016 Trend, EBRD (published 2025-01-22)
HARGITAI = "Zsuzsanna Hargitai"
E24 = ("2024", None, "in 2024")
IN24 = ("2024", None, "In 2024")
LAST = ("2024", None, "last year")
D016 = [
    c("€3.1 billion", "investment", [CA], 3.1e9, "EUR", E24),
    c("€3.1 billion", "investment", [CA], 3.1e9, "EUR", E24, n=2),
    c("€2.2 billion", "investment", [CA], 2.2e9, "EUR", ("2023", None, "in 2023")),
    c("€1.2 billion", "investment", [KZ], 1.2e9, "EUR", IN24),
    c("€1.1 billion", "investment", [UZ], 1.1e9, "EUR", IN24),
    c("€280 million", "investment", ["Kyrgyzstan"], 280e6, "EUR", IN24),
    c("€190 million", "investment", [TJ], 190e6, "EUR", IN24),
    c("€40 million", "investment", ["Turkmenistan"], 40e6, "EUR", IN24),
    c("Around 70%", "other", [CA], 70, "percent", LAST, bound="about"),
    c("48%", "other", [CA], 48, "percent", LAST),
    c("€430 million", "investment", ["Georgia"], 430e6, "EUR", LAST),
    c("€190 million", "investment", ["Armenia"], 190e6, "EUR", LAST, n=2),
    c("€50 million", "investment", [AZ], 50e6, "EUR", LAST),
    c(
        "at least €3 billion",
        "investment",
        [CA],
        3e9,
        "EUR",
        ("2025", None, "this year"),
        bound="at_least",
        speaker=HARGITAI,
        **F,
    ),
    c(
        "€1.5 billion",
        "investment",
        [UZ],
        1.5e9,
        "EUR",
        ("2025", None, "this year"),
        bound="more_than",
        speaker=HARGITAI,
        **F,
    ),
    ch(
        "more than fivefold",
        "investment",
        [UZ],
        5,
        "multiple",
        ("2019", "2025-01-22", "since 2019"),
        bound="more_than",
        speaker=HARGITAI,
    ),
    c(
        "more than €18 billion",
        "investment",
        [CA],
        18e9,
        "EUR",
        (None, None, "since the early 1990s"),
        bound="more_than",
    ),
]

# 017 Turkmenistan, cabinet meeting (no header)
TM = ["Turkmenistan"]
T24 = ("2024", None, "in 2024")
T25 = ("2025", None, "In 2025")
D017 = [
    ch("6.3 percent", "gdp_growth", TM, 6.3, "percent", T24),
    ch("by 2.9 percent", "industrial_output", TM, 2.9, "percent", T24),
    ch("by 7.2 percent", "other", TM, 7.2, "percent", T24),
    ch("by 13.7 percent", "retail_sales", TM, 13.7, "percent", T24),
    c("28.7 billion manats", "investment", TM, 28.7e9, "TMT", ("2024", None, "In 2024")),
    c("58.2 percent", "other", TM, 58.2, "percent", ("2024", None, "In 2024")),
    ch("by 4.1 percent", "trade_turnover", TM, 4.1, "percent", T24),
    ch("by 10.2 percent", "average_wage", TM, 10.2, "percent", T24),
    c("More than 5,800 new jobs", "jobs_created", TM, 5800, "count", T24, bound="more_than"),
    ch("by 10 percent", "average_wage", TM, 10, "percent", T25, **F),
    ch("by 10 percent", "average_pension", TM, 10, "percent", T25, n=2, **F),
    ch(
        "6.3 percent",
        "gdp_growth",
        TM,
        6.3,
        "percent",
        ("2025", None, "in 2025"),
        n=2,
        kind="target",
        speaker="Hojamyrat Geldimyradov",
    ),
]

# 018 UzDaily, wages and incomes (published 2025-02-05)
U24 = ("2024", None, "in 2024")
LAST24 = ("2024", None, "last year")
D018 = [
    c("5.36 million soums", "average_wage", [UZ], 5.36e6, "UZS"),
    c("5.36 million soums", "average_wage", [UZ], 5.36e6, "UZS", U24, n=2),
    ch("18.6%", "average_wage", [UZ], 18.6, "percent", U24),
    ch("by 7.9%", "average_wage", [UZ], 7.9, "percent", LAST24),
    c(
        "6.8 million soums",
        "average_wage",
        [UZ],
        6.8e6,
        "UZS",
        ("2024-12", None, "In December 2024"),
    ),
    c("8.4 million soums", "average_wage", [UZ], 8.4e6, "UZS", U24),
    c(
        "1.98 million soums",
        "average_pension",
        [UZ],
        1.98e6,
        "UZS",
        ("2025-01-01", None, "as of January 1, 2025"),
    ),
    ch(
        "12%", "average_pension", [UZ], 12, "percent", ("2025-01-01", None, "as of January 1, 2025")
    ),
    ch("by 6.2%", "household_income", [UZ], 6.2, "percent", U24),
    c("23.6 million soums", "household_income", [UZ], 23.6e6, "UZS", U24),
    ch("by 10%", "other", [UZ], 10, "percent", ("2024-10", None, "in October 2024")),
    c("1,155,000 soums", "other", [UZ], 1155000, "UZS", (None, None, "now")),
    c("8.9%", "other", [UZ], 8.9, "percent", U24),
    c("11%", "other", [UZ], 11, "percent", ("2023", None, "in 2023")),
    c("6.8%", "unemployment_rate", [UZ], 6.8, "percent", LAST24),
    c(
        "6%",
        "other",
        [UZ],
        6,
        "percent",
        ("2025-12-31", None, "by the end of 2025"),
        kind="target",
        speaker="Behzod Musayev",
    ),
]

DOCS = [
    ("001_reuters_opec_plus_delay_december_2024.txt", D001),
    ("002_report_world_bank_eca_outlook_october_2024.txt", D002),
    ("003_daily_sabah_cbrt_inflation_report_november_2024.txt", D003),
    ("004_kazinform_kazakhstan_china_rail_containers_10m_2024.txt", D004),
    ("005_trend_interview_uzbek_investment_minister.txt", D005),
    ("006_tass_eaeu_press_conference_december_2024.txt", D006),
    ("007_interfax_kazakhstan_uzbekistan_trade_10m_2024.txt", D007),
    ("008_asia_plus_tajikistan_uzbekistan_triple_trade.txt", D008),
    ("009_irna_iran_budget_bill_1404.txt", D009),
    ("010_kazinform_kazakhstan_tax_code_signed.txt", D010),
    ("011_xinhua_china_eu_trade_11m_2024.txt", D011),
    ("012_minfin_russia_nwf_december_2024.txt", D012),
    ("013_report_sofaz_9m_2024.txt", D013),
    ("014_interfax_cpc_oil_shipments_2024.txt", D014),
    ("015_apa_azerbaijan_car_imports_china_h1_2024.txt", D015),
    ("016_trend_ebrd_central_asia_investment_2024.txt", D016),
    ("017_tdh_turkmenistan_cabinet_2024_results.txt", D017),
    ("018_uzdaily_uzbekistan_wages_incomes_2024.txt", D018),
]
