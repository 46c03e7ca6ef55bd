"""Hand annotations of the fifth held-out set, read by annotate.py (the first set's builder).

Each claim names its surface exactly as it reads in the article and, when that surface
reads more than once, which occurrence (`n`, 1-based); the builder finds the offsets.
`c()` builds a level claim and `ch()` a change claim. A period is `(first, last, text)`
with first/last written as YYYY, YYYY-MM or YYYY-MM-DD (last None: the end of first), or
`(None, None, text)` when the text gives a phrase but no date.
"""

from __future__ import annotations


def c(surface, indicator, entities, low, unit, *, high=None, bound="exact", kind="actual",
      period=None, speaker=None, n=1, measure="level"):
    """Gives one claim in the shape annotate.py reads."""
    claim = {
        "surface": surface,
        "indicator": indicator,
        "entities": list(entities),
        "low": low,
        "high": high,
        "unit": unit,
        "bound": bound,
        "measure": measure,
        "kind": kind,
        "period": period,
        "speaker": speaker,
    }
    if n != 1:
        claim["n"] = n
    return claim


def ch(surface, indicator, entities, low, unit, **fields):
    """Gives one change claim (growth or decline against a base)."""
    return c(surface, indicator, entities, low, unit, measure="change", **fields)


B = 1e9
M = 1e6
T = 1e12

# --------------------------------------------------------------------------- 001
AZ_EU = ["Azerbaijan", "Europe"]
SHAHBAZOV = "Parviz Shahbazov"
Y2024 = ("2024", None, "in 2024")
LAST_YEAR_2025 = ("2024", None, "Last year")
D001 = [
    c("12.9 billion cubic metres", "exports", AZ_EU, 12.9 * B, "cubic_metres",
      period=Y2024, speaker=SHAHBAZOV),
    c("25.2 billion cubic metres", "exports", ["Azerbaijan"], 25.2 * B, "cubic_metres",
      period=LAST_YEAR_2025, speaker=SHAHBAZOV),
    c("12.9 billion cubic metres", "exports", AZ_EU, 12.9 * B, "cubic_metres",
      period=LAST_YEAR_2025, speaker=SHAHBAZOV, n=2),
    ch("by 8.4 percent", "exports", AZ_EU, 8.4, "percent",
       period=LAST_YEAR_2025, speaker=SHAHBAZOV),
    c("about 10 billion cubic metres", "exports", ["Azerbaijan", "Italy"], 10 * B, "cubic_metres",
      bound="about", period=("2024", None, "In 2024"), speaker=SHAHBAZOV),
    c("some 9.6 billion cubic metres", "exports", ["Azerbaijan", "Turkey"], 9.6 * B,
      "cubic_metres", bound="about", period=("2024", None, "over the same year"),
      speaker=SHAHBAZOV),
    c("$7.1 billion", "exports", ["Azerbaijan"], 7.1 * B, "USD",
      period=("2024-01", "2024-12", "in January-December 2024")),
    ch("28.6 percent", "exports", ["Azerbaijan"], -28.6, "percent",
       period=("2024-01", "2024-12", "in January-December 2024")),
    ch("double", "exports", ["Azerbaijan", "European Union"], 2, "multiple", kind="target",
       period=("2027", None, "by 2027"), speaker=SHAHBAZOV),
    c("at least 20 billion cubic metres", "exports", ["Azerbaijan", "European Union"], 20 * B,
      "cubic_metres", bound="at_least", kind="target", period=("2027", None, "by 2027"),
      speaker=SHAHBAZOV),
    c("more than 45 billion cubic metres", "exports", AZ_EU, 45 * B, "cubic_metres",
      bound="more_than",
      period=("2020-12-31", "2025-01-22",
              "Since the start of commercial deliveries on December 31, 2020"),
      speaker=SHAHBAZOV),
    c("around 26 billion cubic metres", "exports", ["Azerbaijan"], 26 * B, "cubic_metres",
      bound="about", kind="forecast", period=("2025", None, "in 2025"), speaker=SHAHBAZOV),
    c("13 billion cubic metres", "exports", AZ_EU, 13 * B, "cubic_metres", kind="forecast",
      period=("2025", None, "in 2025"), speaker=SHAHBAZOV),
    c("51.2 billion cubic metres", "other", ["Azerbaijan"], 51.2 * B, "cubic_metres",
      period=Y2024),
    ch("4.9 percent", "other", ["Azerbaijan"], 4.9, "percent", period=Y2024),
    c("27.5 billion cubic metres", "other", ["Azerbaijan"], 27.5 * B, "cubic_metres",
      period=Y2024),
]

# --------------------------------------------------------------------------- 002
BY_RU = ["Belarus", "Russia"]
MISHUSTIN = "Mikhail Mishustin"
GOLOVCHENKO = "Roman Golovchenko"
NINE_2024 = ("2024-01", "2024-09", "Over the first nine months of this year")
D002 = [
    c("$50 billion", "trade_turnover", BY_RU, 50 * B, "USD", bound="more_than",
      kind="forecast", period=("2024", None, "this year"), speaker=MISHUSTIN),
    ch("by 5.2%", "trade_turnover", BY_RU, 5.2, "percent", period=NINE_2024,
       speaker=MISHUSTIN),
    c("$39.6 billion", "trade_turnover", BY_RU, 39.6 * B, "USD", period=NINE_2024,
      speaker=MISHUSTIN),
    c("$50 billion", "trade_turnover", BY_RU, 50 * B, "USD", bound="more_than",
      kind="forecast", period=("2024", None, "For the whole of this year"),
      speaker=MISHUSTIN, n=2),
    c("95%", "other", BY_RU, 95, "percent", bound="more_than",
      period=(None, None, "currently"), speaker=MISHUSTIN),
    c("about 20 billion cubic meters", "exports", BY_RU, 20 * B, "cubic_metres",
      bound="about", kind="forecast", period=Y2024, speaker=MISHUSTIN),
    c("$128.5", "other", BY_RU, 128.5, "USD", kind="forecast",
      period=("2025", None, "in 2025"), speaker=MISHUSTIN),
    c("almost 60%", "trade_share", BY_RU, 60, "percent", bound="about",
      period=("2023", None, "In 2023"), speaker=GOLOVCHENKO),
    ch("by 4%", "exports", BY_RU, 4, "percent",
       period=("2024-01", "2024-09", "in January-September"), speaker=GOLOVCHENKO),
    ch("by 6.5%", "imports", BY_RU, 6.5, "percent",
       period=("2024-01", "2024-09", "in January-September"), speaker=GOLOVCHENKO),
    ch("by 4.1%", "gdp_growth", ["Belarus"], 4.1, "percent",
       period=("2024-01", "2024-10", "in January-October"), speaker=GOLOVCHENKO),
    c("1.3 trillion rubles", "investment", BY_RU, 1.3 * T, "RUB", kind="target",
      period=("2026", None, "by 2026"), speaker=MISHUSTIN),
]

# --------------------------------------------------------------------------- 003
AZ_PK = ["Azerbaijan", "Pakistan"]
SHARIF = "Shehbaz Sharif"
ALIYEV = "Ilham Aliyev"
JAN_MAY = ("2024-01", "2024-05", "In January-May 2024")
D003 = [
    c("$2 billion", "investment", AZ_PK, 2 * B, "USD", kind="target", speaker=SHARIF),
    c("$2 billion", "investment", AZ_PK, 2 * B, "USD", kind="target",
      period=(None, None, "in the near term"), speaker=SHARIF, n=2),
    c("$42 million", "trade_turnover", AZ_PK, 42 * M, "USD",
      period=("2023", None, "last year"), speaker=SHARIF),
    ch("three-four times", "trade_turnover", AZ_PK, 3, "multiple", high=4, kind="potential",
       period=(None, None, "within the next two years"), speaker=SHARIF),
    c("$1 billion", "trade_turnover", AZ_PK, 1 * B, "USD", kind="target",
      period=("2030", None, "by 2030"), speaker=SHARIF),
    c("up to 1 million tonnes", "exports", AZ_PK, 1 * M, "tonnes", bound="at_most",
      kind="potential", period=(None, None, "a year"), speaker=ALIYEV),
    c("$18.7 million", "trade_turnover", AZ_PK, 18.7 * M, "USD", period=JAN_MAY),
    ch("2.1 times", "trade_turnover", AZ_PK, 2.1, "multiple", period=JAN_MAY),
    c("$11.2 million", "exports", AZ_PK, 11.2 * M, "USD", period=JAN_MAY),
    c("7.5 million", "imports", AZ_PK, 7.5 * M, "USD", period=JAN_MAY),
    ch("by 2.4 percent", "gdp_growth", ["Pakistan"], 2.4, "percent",
       period=("2023-07", "2024-06", "in the last fiscal year"), speaker=ALIYEV),
    c("$5 billion", "fdi", ["Pakistan"], 5 * B, "USD", kind="target",
      period=("2024-07", "2025-06", "this fiscal year"), speaker=SHARIF),
]

# --------------------------------------------------------------------------- 004
AM = ["Armenia"]
AM_9M = ("2024-01", "2024-09", "in January-September 2024")
AM_9M_SHORT = ("2024-01", "2024-09", "in January-September")
AM_NINE = ("2024-01", "2024-09", "over the nine months")
SEPT = ("2024-09", None, "In September")
GALSTYAN = "Martin Galstyan"
D004 = [
    ch("by 6.2%", "gdp_growth", AM, 6.2, "percent", period=AM_9M),
    ch("by 3.8%", "industrial_output", AM, -3.8, "percent", period=AM_9M_SHORT),
    ch("by 16.5%", "other", AM, 16.5, "percent", period=AM_9M_SHORT),
    ch("by 52.4%", "trade_turnover", AM, 52.4, "percent", period=AM_9M_SHORT),
    c("$17.9 billion", "trade_turnover", AM, 17.9 * B, "USD", period=AM_9M_SHORT),
    ch("more than doubled", "exports", AM, 2, "multiple", bound="more_than",
       period=AM_9M_SHORT),
    c("$8.1 billion", "exports", AM, 8.1 * B, "USD", period=AM_9M_SHORT),
    ch("by 28.7%", "imports", AM, 28.7, "percent", period=AM_9M_SHORT),
    c("$9.8 billion", "imports", AM, 9.8 * B, "USD", period=AM_9M_SHORT),
    c("$3.6 billion", "exports", ["Armenia", "United Arab Emirates"], 3.6 * B, "USD",
      period=AM_NINE),
    c("$7.3 billion", "trade_turnover", ["Armenia", "Russia"], 7.3 * B, "USD", period=AM_NINE),
    c("40.8%", "trade_share", ["Armenia", "Russia"], 40.8, "percent", period=AM_NINE),
    c("294,600 drams", "average_wage", AM, 294600, "AMD", period=SEPT),
    ch("7.1%", "average_wage", AM, 7.1, "percent", period=SEPT),
    c("0.4%", "inflation", AM, 0.4, "percent", period=("2024-09", None, "in September")),
    c("by 0.3%", "inflation", AM, -0.3, "percent", period=("2024-09", None, "in September")),
    ch("by 0.25 percentage points", "policy_rate", AM, -0.25, "pp",
       period=("2024-09-17", None, "on September 17")),
    c("7.5%", "policy_rate", AM, 7.5, "percent", period=("2024-09-17", None, "on September 17")),
    c("4%", "inflation", AM, 4, "percent", kind="target"),
    ch("by 5.8%", "gdp_growth", AM, 5.8, "percent", kind="forecast",
       period=("2024", None, "in 2024"), speaker=GALSTYAN),
    ch("by 5.6%", "gdp_growth", AM, 5.6, "percent", kind="forecast",
       period=("2025", None, "in 2025"), speaker=GALSTYAN),
    c("2.8 trillion drams", "budget_revenue", AM, 2.8 * T, "AMD", kind="forecast",
      period=("2024", None, "the 2024 budget"), speaker=GALSTYAN),
    ch("doubling", "exports", AM, 2, "multiple", kind="target", period=("2026", None, "by 2026")),
]

# --------------------------------------------------------------------------- 005
KG = ["Kyrgyzstan"]
H1 = ("2024-01", "2024-06", "in the first half of 2024")
JAN_JUN = ("2024-01", "2024-06", "in January-June")
RAKHIMOV = "Kubat Rakhimov"
D005 = [
    c("$1.17 billion", "remittances", KG, 1.17 * B, "USD", period=H1),
    ch("11.3%", "remittances", KG, -11.3, "percent", period=H1),
    c("$1.08 billion", "remittances", ["Kyrgyzstan", "Russia"], 1.08 * B, "USD", period=JAN_JUN),
    c("92.4%", "other", ["Kyrgyzstan", "Russia"], 92.4, "percent", period=JAN_JUN),
    c("$31.6 million", "remittances", ["Kazakhstan", "Kyrgyzstan"], 31.6 * M, "USD",
      period=JAN_JUN),
    c("$18.2 million", "remittances", ["Kyrgyzstan", "United States"], 18.2 * M, "USD",
      period=JAN_JUN),
    c("$312 million", "remittances", KG, 312 * M, "USD", period=JAN_JUN),
    c("$858 million", "remittances", KG, 858 * M, "USD", period=JAN_JUN),
    ch("by 17.1%", "remittances", KG, -17.1, "percent", period=("2023", None, "Last year")),
    c("$2.5 billion", "remittances", KG, 2.5 * B, "USD", period=("2023", None, "Last year")),
    c("about 17%", "other", KG, 17, "percent", bound="about", period=("2023", None, "in 2023")),
    c("around $2.3-2.4 billion", "remittances", KG, 2.3 * B, "USD", high=2.4 * B,
      bound="about", kind="forecast", period=("2024", None, "this year"), speaker=RAKHIMOV),
    ch("by 2.1%", "other", KG, 2.1, "percent",
       period=("2024-01-01", "2024-08-14", "since the beginning of the year"), speaker=RAKHIMOV),
    c("36,500 soms", "average_wage", KG, 36500, "KGS",
      period=("2024-01", "2024-06", "in January-June 2024")),
    ch("13.8%", "average_wage", KG, 13.8, "percent",
       period=("2024-01", "2024-06", "in January-June 2024")),
    c("80%", "other", KG, 80, "percent", kind="target", period=("2026", None, "by 2026"),
      speaker="Daniyar Amangeldiev"),
]

# --------------------------------------------------------------------------- 006
UZ = ["Uzbekistan"]
AUG = ("2024-08", None, "in August 2024")
D006 = [
    c("13.5 percent", "policy_rate", UZ, 13.5, "percent",
      period=("2024-09-12", None, "on 12 September 2024")),
    c("9.9 percent", "inflation", UZ, 9.9, "percent", period=AUG),
    c("10.5 percent", "inflation", UZ, 10.5, "percent", period=("2024-07", None, "in July 2024")),
    c("8.9 percent", "inflation", UZ, 8.9, "percent", period=AUG),
    c("13.6 percent", "other", UZ, 13.6, "percent", period=AUG),
    c("8.2 percent", "inflation", UZ, 8.2, "percent", period=AUG),
    c("by 15.7 percent", "inflation", UZ, 15.7, "percent", period=AUG),
    ch("by 32 percent", "remittances", UZ, 32, "percent",
       period=("2024-01", "2024-07", "in January-July 2024")),
    ch("by 6.4 percent", "gdp_growth", UZ, 6.4, "percent", period=H1),
    ch("5.5-6 percent", "gdp_growth", UZ, 5.5, "percent", high=6, kind="forecast",
       period=("2024", None, "in 2024")),
    ch("17.5 percent", "lending", UZ, 17.5, "percent", period=AUG),
    c("$41.2 billion", "fx_reserves", UZ, 41.2 * B, "USD",
      period=("2024-09-01", None, "as of 1 September 2024")),
    c("8-9 percent", "inflation", UZ, 8, "percent", high=9, kind="forecast",
      period=("2024-12-31", None, "at the end of 2024")),
    c("5 percent", "inflation", UZ, 5, "percent", kind="target",
      period=("2026", None, "in 2026")),
]

# --------------------------------------------------------------------------- 007
GE = ["Georgia"]
GE_9M = ("2024-01", "2024-09", "in January-September 2024")
GE_9M_SHORT = ("2024-01", "2024-09", "in January-September")
DAVITASHVILI = "Levan Davitashvili"
D007 = [
    c("$3.35 billion", "other", GE, 3.35 * B, "USD", period=GE_9M),
    ch("6.7%", "other", GE, 6.7, "percent", period=GE_9M),
    c("$1.5 billion", "other", GE, 1.5 * B, "USD",
      period=("2024-07", "2024-09", "In the third quarter")),
    c("9.1 billion lari", "other", GE, 9.1 * B, "GEL",
      period=("2024-01", "2024-09", "for the nine months")),
    c("5.8 million", "other", GE, 5.8 * M, "count", period=GE_9M_SHORT),
    ch("11.2%", "other", GE, 11.2, "percent", period=GE_9M_SHORT),
    c("1.21 million", "other", ["Georgia", "Russia"], 1.21 * M, "count", period=GE_9M_SHORT),
    c("860,000", "other", ["Georgia", "Turkey"], 860000, "count", period=GE_9M_SHORT),
    c("845,000", "other", ["Armenia", "Georgia"], 845000, "count", period=GE_9M_SHORT),
    c("$640 million", "other", ["Georgia", "Russia"], 640 * M, "USD", period=GE_9M_SHORT),
    ch("3%", "other", ["Georgia", "Russia"], -3, "percent", period=GE_9M_SHORT),
    ch("1.4 times", "other", ["Georgia", "Israel"], 1.4, "multiple", period=GE_9M_SHORT),
    c("$180 million", "other", ["Georgia", "Israel"], 180 * M, "USD", period=GE_9M_SHORT),
    ch("by 18%", "other", ["European Union", "Georgia"], 18, "percent", period=GE_9M_SHORT),
    c("$4.5 billion", "other", GE, 4.5 * B, "USD", bound="more_than", kind="forecast",
      period=("2024", None, "this year"), speaker=DAVITASHVILI),
    c("$5 billion", "other", GE, 5 * B, "USD", kind="target", period=("2025", None, "in 2025"),
      speaker=DAVITASHVILI),
    c("10 million", "other", GE, 10 * M, "count", kind="target",
      period=(None, None, "In the longer term"), speaker=DAVITASHVILI),
    c("about 7.5%", "other", GE, 7.5, "percent", bound="about"),
    c("more than 200,000 people", "other", GE, 200000, "count", bound="more_than"),
]

# --------------------------------------------------------------------------- 008
IN_RU = ["India", "Russia"]
JULY = ("2024-07", None, "in July")
FY2324 = ("2023-04", "2024-03", "in the fiscal year that ended in March 2024")
D008 = [
    ch("12%", "imports", IN_RU, 12, "percent", period=JULY),
    c("2.07 million barrels per day", "imports", IN_RU, 2.07 * M, "barrels", period=JULY),
    c("44%", "trade_share", IN_RU, 44, "percent", period=JULY),
    c("4.7 million bpd", "imports", ["India"], 4.7 * M, "barrels", period=JULY),
    c("907,000 bpd", "imports", ["India", "Iraq"], 907000, "barrels", period=JULY),
    ch("16%", "imports", ["India", "Saudi Arabia"], -16, "percent", period=JULY),
    c("488,000 bpd", "imports", ["India", "Saudi Arabia"], 488000, "barrels", period=JULY),
    c("about $3-4", "other", IN_RU, 3, "USD", high=4, bound="about", period=JULY),
    c("$65.7 billion", "trade_turnover", IN_RU, 65.7 * B, "USD", period=FY2324),
    c("$61.4 billion", "imports", IN_RU, 61.4 * B, "USD", period=FY2324),
    c("$57.2 billion", "trade_balance", IN_RU, -57.2 * B, "USD", period=FY2324),
    c("$100 billion", "trade_turnover", IN_RU, 100 * B, "USD", kind="target",
      period=("2030", None, "by 2030"), speaker="Narendra Modi"),
    c("around 1.8 million to 2 million bpd", "imports", IN_RU, 1.8 * M, "barrels", high=2 * M,
      bound="about", kind="forecast",
      period=("2024-09", "2024-10", "in September and October"), speaker="Viktor Katona"),
    c("1.85 million bpd", "imports", IN_RU, 1.85 * M, "barrels",
      period=("2024-01", "2024-07", "In January-July")),
    ch("4%", "imports", IN_RU, 4, "percent", period=("2024-01", "2024-07", "In January-July")),
    c("about 85%", "other", ["India"], 85, "percent", bound="about"),
]

# --------------------------------------------------------------------------- 009
TR = ["Turkey"]
BOLAT = "Omer Bolat"
NOV = ("2024-11", None, "in November")
JAN_NOV = ("2024-01", "2024-11", "In January-November")
GULTEPE = "Mustafa Gultepe"
D009 = [
    ch("2.2%", "exports", TR, 2.2, "percent", period=NOV, speaker=BOLAT),
    c("$22.3 billion", "exports", TR, 22.3 * B, "USD", period=NOV, speaker=BOLAT),
    ch("5.6%", "imports", TR, -5.6, "percent", period=("2024-11", None, "in the same month"),
       speaker=BOLAT),
    c("$29.2 billion", "imports", TR, 29.2 * B, "USD",
      period=("2024-11", None, "in the same month"), speaker=BOLAT),
    c("$6.9 billion", "trade_balance", TR, -6.9 * B, "USD",
      period=("2024-11", None, "in the same month")),
    c("$238.5 billion", "exports", TR, 238.5 * B, "USD", period=JAN_NOV, speaker=BOLAT),
    ch("2.5%", "exports", TR, 2.5, "percent", period=JAN_NOV, speaker=BOLAT),
    c("$261.5 billion", "exports", TR, 261.5 * B, "USD", kind="forecast",
      period=("2024", None, "in 2024"), speaker=BOLAT),
    c("$267 billion", "exports", TR, 267 * B, "USD", kind="target",
      period=("2025", None, "for 2025")),
    c("$1.9 billion", "exports", ["Germany", "Turkey"], 1.9 * B, "USD", period=NOV),
    c("$1.3 billion", "exports", ["Turkey", "United Kingdom"], 1.3 * B, "USD", period=NOV),
    c("$1.2 billion", "exports", ["Turkey", "United States"], 1.2 * B, "USD", period=NOV),
    c("$3.6 billion", "exports", TR, 3.6 * B, "USD", period=NOV),
    ch("8.1%", "exports", TR, 8.1, "percent", period=("2024-11", None, "In November")),
    c("$2.4 billion", "exports", TR, 2.4 * B, "USD", period=("2024-11", None, "In November")),
    ch("12.4%", "exports", TR, -12.4, "percent", period=("2024-11", None, "In November")),
    c("41.8%", "trade_share", ["European Union", "Turkey"], 41.8, "percent",
      period=("2024-01", "2024-11", "in January-November")),
    c("around $1 billion", "other", TR, 1 * B, "USD", bound="about",
      period=("2024-11", None, "in November alone"), speaker=GULTEPE),
    ch("by at least 250 basis points", "policy_rate", TR, -2.5, "pp", bound="at_least",
       kind="forecast", period=("2024-12", None, "in December"), speaker=GULTEPE),
]

# --------------------------------------------------------------------------- 010
KHUTSISHVILI = "Lasha Khutsishvili"
Y2025 = ("2025", None, "for 2025")
D010 = [
    c("24.7 billion lari", "budget_revenue", GE, 24.7 * B, "GEL", kind="forecast", period=Y2025,
      speaker=KHUTSISHVILI),
    c("26.2 billion lari", "budget_expenditure", GE, 26.2 * B, "GEL", kind="forecast",
      period=Y2025, speaker=KHUTSISHVILI),
    c("19.8 billion lari", "budget_revenue", GE, 19.8 * B, "GEL", kind="forecast",
      period=("2025", None, "in 2025"), speaker=KHUTSISHVILI),
    ch("12%", "budget_revenue", GE, 12, "percent", kind="forecast",
       period=("2025", None, "in 2025"), speaker=KHUTSISHVILI),
    c("2.5%", "other", GE, 2.5, "percent", kind="forecast", period=("2025", None, "in 2025")),
    ch("by 6%", "gdp_growth", GE, 6, "percent", kind="forecast",
       period=("2025", None, "in 2025"), speaker=KHUTSISHVILI),
    c("93.4 billion lari", "gdp", GE, 93.4 * B, "GEL", kind="forecast",
      period=("2025", None, "in 2025"), speaker=KHUTSISHVILI),
    c("3%", "inflation", GE, 3, "percent", kind="target", speaker=KHUTSISHVILI),
    ch("by 9.8%", "gdp_growth", GE, 9.8, "percent",
       period=("2024-01", "2024-08", "in January-August 2024"), speaker=KHUTSISHVILI),
    c("37.5%", "other", GE, 37.5, "percent", kind="forecast",
      period=("2025-12-31", None, "by the end of 2025"), speaker=KHUTSISHVILI),
    ch("by 870 million lari", "budget_expenditure", GE, 870 * M, "GEL", kind="forecast",
       period=("2025", None, "next year")),
    c("7.9 billion lari", "budget_expenditure", GE, 7.9 * B, "GEL", kind="forecast",
      period=("2025", None, "next year")),
    ch("by 35 lari", "average_pension", GE, 35, "GEL", kind="forecast",
       period=("2025", None, "next year")),
    c("3.4 billion lari", "budget_expenditure", GE, 3.4 * B, "GEL", kind="forecast",
      period=("2025", None, "in 2025")),
    c("3%", "other", GE, 3, "percent", bound="less_than", kind="target",
      speaker=KHUTSISHVILI, n=2),
]

# --------------------------------------------------------------------------- 011
SA_UZ = ["Saudi Arabia", "Uzbekistan"]
AE_KZ = ["Kazakhstan", "United Arab Emirates"]
KUDRATOV = "Laziz Kudratov"
D011 = [
    c("$50 billion", "investment", ["Central Asia", "Saudi Arabia", "United Arab Emirates"],
      50 * B, "USD", bound="more_than"),
    c("more than $14 billion", "investment", SA_UZ, 14 * B, "USD", bound="more_than"),
    ch("by 60 percent", "trade_turnover", SA_UZ, 60, "percent",
       period=("2023", None, "last year"), speaker=KUDRATOV),
    c("$1 billion", "trade_turnover", SA_UZ, 1 * B, "USD", kind="target",
      period=(None, None, "in the coming years"), speaker=KUDRATOV),
    c("another $5 billion", "investment", SA_UZ, 5 * B, "USD", kind="potential",
      speaker=KUDRATOV),
    c("$1.1 billion", "fdi", AE_KZ, 1.1 * B, "USD", period=H1),
    c("about $1.2 billion", "investment", AE_KZ, 1.2 * B, "USD", bound="about",
      kind="forecast"),
    c("$1.2 billion", "trade_turnover", ["Central Asia", "Saudi Arabia"], 1.2 * B, "USD",
      period=("2023", None, "in 2023"), n=2),
    ch("16%", "trade_turnover", ["Central Asia", "Saudi Arabia"], 16, "percent",
       period=("2023", None, "in 2023")),
]

# --------------------------------------------------------------------------- 012
AZ_RO = ["Azerbaijan", "Romania"]
CIOBANU = "Daniel Cristian Ciobanu"
D012 = [
    c("$1 billion", "trade_turnover", AZ_RO, 1 * B, "USD", kind="potential", speaker=CIOBANU),
    c("$642 million", "trade_turnover", AZ_RO, 642 * M, "USD",
      period=("2023", None, "last year"), speaker=CIOBANU),
    ch("15 percent", "trade_turnover", AZ_RO, 15, "percent",
       period=("2023", None, "last year"), speaker=CIOBANU),
    c("about $410 million", "trade_turnover", AZ_RO, 410 * M, "USD", bound="about",
      period=("2024-01", "2024-08", "In January-August of this year"), speaker=CIOBANU),
    c("$1 billion", "trade_turnover", AZ_RO, 1 * B, "USD", kind="potential",
      period=(None, None, "in the next few years"), speaker=CIOBANU, n=2),
    c("about 1 million cubic metres", "exports", AZ_RO, 1 * M, "cubic_metres", bound="about",
      period=(None, None, "currently"), speaker=CIOBANU),
    c("2 million cubic metres", "exports", AZ_RO, 2 * M, "cubic_metres", kind="potential",
      period=("2025", None, "In 2025"), speaker=CIOBANU),
    c("about 3.5 billion euros", "investment", ["Azerbaijan", "Georgia", "Hungary", "Romania"],
      3.5 * B, "EUR", bound="about", kind="forecast", speaker=CIOBANU),
    c("more than $300 million", "investment", AZ_RO, 300 * M, "USD", bound="more_than",
      period=("2011-01-01", "2024-11-05", "since 2011"), speaker=CIOBANU),
    c("around $100 million", "investment", AZ_RO, 100 * M, "USD", bound="about",
      speaker=CIOBANU),
]

# --------------------------------------------------------------------------- 013
RU_UZ = ["Russia", "Uzbekistan"]
ARIPOV = "Abdulla Aripov"
D013 = [
    c("$9.8 billion", "trade_turnover", RU_UZ, 9.8 * B, "USD",
      period=("2023", None, "Last year"), speaker=ARIPOV),
    ch("by 22 percent", "trade_turnover", RU_UZ, 22, "percent",
       period=("2024-01", "2024-08", "in January-August of this year"), speaker=ARIPOV),
    c("$12 billion", "trade_turnover", RU_UZ, 12 * B, "USD", bound="more_than",
      kind="potential", period=("2024", None, "this year"), speaker=ARIPOV),
    ch("three times", "trade_turnover", RU_UZ, 3, "multiple", kind="potential",
       period=(None, None, "In the next five years"), speaker=ARIPOV),
    c("$45 billion", "investment", RU_UZ, 45 * B, "USD", bound="more_than",
      period=(None, None, "now"), speaker=MISHUSTIN),
    c("6.2 billion cubic metres", "exports", RU_UZ, 6.2 * B, "cubic_metres",
      period=("2024-01", "2024-09", "in January-September"), speaker=MISHUSTIN),
    c("11 billion cubic metres", "exports", RU_UZ, 11 * B, "cubic_metres", kind="potential",
      period=(None, None, "a year"), speaker=MISHUSTIN),
    c("90 percent", "other", RU_UZ, 90, "percent", speaker=MISHUSTIN),
    c("$5.9 billion", "remittances", RU_UZ, 5.9 * B, "USD",
      period=("2024-01", "2024-06", "in January-June 2024")),
    c("about 79 percent", "other", RU_UZ, 79, "percent", bound="about",
      period=("2024-01", "2024-06", "in January-June 2024")),
]

# --------------------------------------------------------------------------- 014
AZ = ["Azerbaijan"]
AZ_9M = ("2024-01", "2024-09", "In January-September 2024")
AZ_8M = ("2024-01", "2024-08", "in January-August 2024")
D014 = [
    c("91.3 billion manat", "gdp", AZ, 91.3 * B, "AZN", period=AZ_9M),
    ch("4.1 percent", "gdp_growth", AZ, 4.1, "percent", period=AZ_9M),
    c("8,950.3 manat", "other", AZ, 8950.3, "AZN", period=AZ_9M),
    ch("by 0.5 percent", "gdp_growth", AZ, -0.5, "percent", period=AZ_9M),
    ch("by 6.7 percent", "gdp_growth", AZ, 6.7, "percent", period=AZ_9M),
    c("41.2 billion manat", "industrial_output", AZ, 41.2 * B, "AZN", period=AZ_9M),
    ch("0.6 percent", "industrial_output", AZ, 0.6, "percent", period=AZ_9M),
    ch("by 8.9 percent", "industrial_output", AZ, 8.9, "percent", period=AZ_9M),
    c("13.5 billion manat", "investment", AZ, 13.5 * B, "AZN", period=AZ_9M),
    ch("5.7 percent", "investment", AZ, 5.7, "percent", period=AZ_9M),
    c("24.6 percent", "other", AZ, 24.6, "percent", period=AZ_9M),
    c("39.6 billion manat", "retail_sales", AZ, 39.6 * B, "AZN", period=AZ_9M),
    ch("2.9 percent", "retail_sales", AZ, 2.9, "percent", period=AZ_9M),
    c("1,023.4 manat", "average_wage", AZ, 1023.4, "AZN", period=AZ_8M),
    ch("8.2 percent", "average_wage", AZ, 8.2, "percent", period=AZ_8M),
    c("by 2.0 percent", "inflation", AZ, 2.0, "percent", period=AZ_9M),
    c("by 1.3 percent", "inflation", AZ, 1.3, "percent", period=AZ_9M),
    c("by 1.9 percent", "inflation", AZ, 1.9, "percent", period=AZ_9M),
    c("by 3.1 percent", "inflation", AZ, 3.1, "percent", period=AZ_9M),
    c("170.4 million tonnes", "cargo_transport", AZ, 170.4 * M, "tonnes", period=AZ_9M),
    ch("0.9 percent", "cargo_transport", AZ, 0.9, "percent", period=AZ_9M),
    c("1.4 billion passengers", "passenger_transport", AZ, 1.4 * B, "count", period=AZ_9M),
    c("$35.2 billion", "trade_turnover", AZ, 35.2 * B, "USD", period=AZ_9M),
    c("$19.7 billion", "exports", AZ, 19.7 * B, "USD", period=AZ_9M),
    c("$15.5 billion", "imports", AZ, 15.5 * B, "USD", period=AZ_9M),
    c("$4.2 billion", "trade_balance", AZ, 4.2 * B, "USD", period=AZ_9M),
]

# --------------------------------------------------------------------------- 015
CA_CN = ["Central Asia", "China"]
CN_10M = ("2024-01", "2024-10", "in the first 10 months of 2024")
CN_JAN_OCT = ("2024-01", "2024-10", "in January-October 2024")
ZHANG = "Zhang Wei"
D015 = [
    c("79.6 billion U.S. dollars", "trade_turnover", CA_CN, 79.6 * B, "USD", period=CN_10M),
    ch("3.1 percent", "trade_turnover", CA_CN, 3.1, "percent", period=CN_10M),
    ch("4.5 percent", "exports", CA_CN, 4.5, "percent",
       period=("2024-01", "2024-10", "in the January-October period of 2024")),
    c("50.8 billion dollars", "exports", CA_CN, 50.8 * B, "USD",
      period=("2024-01", "2024-10", "in the January-October period of 2024")),
    ch("1.2 percent", "imports", CA_CN, -1.2, "percent",
       period=("2024-01", "2024-10", "in the January-October period of 2024")),
    c("28.8 billion dollars", "imports", CA_CN, 28.8 * B, "USD",
      period=("2024-01", "2024-10", "in the January-October period of 2024")),
    c("565.3 billion yuan", "trade_turnover", CA_CN, 565.3 * B, "CNY", period=CN_10M),
    ch("4.7 percent", "trade_turnover", CA_CN, 4.7, "percent", period=CN_10M),
    c("36.2 billion dollars", "trade_turnover", ["China", "Kazakhstan"], 36.2 * B, "USD",
      period=CN_JAN_OCT),
    c("18.1 billion dollars", "trade_turnover", ["China", "Kyrgyzstan"], 18.1 * B, "USD",
      period=CN_JAN_OCT),
    c("11.2 billion dollars", "trade_turnover", ["China", "Uzbekistan"], 11.2 * B, "USD",
      period=CN_JAN_OCT),
    c("nearly 9 billion dollars", "trade_turnover", ["China", "Turkmenistan"], 9 * B, "USD",
      bound="about", period=CN_JAN_OCT),
    ch("12 percent", "cargo_transport", ["China", "Kazakhstan"], 12, "percent",
       period=CN_JAN_OCT),
    c("28 million tonnes", "cargo_transport", ["China", "Kazakhstan"], 28 * M, "tonnes",
      period=CN_JAN_OCT),
    c("90 billion dollars", "trade_turnover", CA_CN, 90 * B, "USD", bound="more_than",
      kind="forecast", period=("2024", None, "for the whole of 2024"), speaker=ZHANG),
    ch("more than fivefold", "exports", CA_CN, 5, "multiple", bound="more_than",
       period=(None, None, "since 2022"), speaker=ZHANG),
    c("100 billion dollars", "trade_turnover", CA_CN, 100 * B, "USD", kind="target",
      period=("2030", None, "by 2030")),
]

# --------------------------------------------------------------------------- 016
KZ = ["Kazakhstan"]
DEC1 = ("2024-12-01", None, "as of December 1, 2024")
NURBEKOV = "Alibek Nurbekov"
D016 = [
    c("$46.1 billion", "fx_reserves", KZ, 46.1 * B, "USD", period=DEC1),
    ch("by 1.8%", "fx_reserves", KZ, 1.8, "percent", period=("2024-11", None, "In November alone")),
    c("$25.9 billion", "fx_reserves", KZ, 25.9 * B, "USD",
      period=("2024-12-01", None, "As of December 1")),
    c("56.2%", "other", KZ, 56.2, "percent", period=("2024-12-01", None, "As of December 1")),
    c("$20.2 billion", "fx_reserves", KZ, 20.2 * B, "USD",
      period=("2024-12-01", None, "As of December 1")),
    c("$60.4 billion", "other", KZ, 60.4 * B, "USD",
      period=("2024-12-01", None, "as of December 1")),
    ch("0.9%", "other", KZ, -0.9, "percent", period=("2024-11", None, "in November")),
    c("$106.5 billion", "fx_reserves", KZ, 106.5 * B, "USD",
      period=("2024-12-01", None, "as of December 1")),
    c("5.25 trillion tenge", "budget_revenue", KZ, 5.25 * T, "KZT", kind="forecast",
      period=("2024", None, "this year"), speaker=NURBEKOV),
    c("$63 billion", "other", KZ, 63 * B, "USD", kind="forecast",
      period=("2025-12-31", None, "by the end of 2025"), speaker=NURBEKOV),
    ch("by 11.2%", "other", KZ, -11.2, "percent",
       period=("2024-01-01", "2024-12-05", "since the beginning of the year"), speaker=NURBEKOV),
    c("$1.4 billion", "other", KZ, 1.4 * B, "USD", period=("2024-11", None, "in November"),
      speaker=NURBEKOV),
    c("14.25%", "policy_rate", KZ, 14.25, "percent",
      period=("2024-11-29", None, "on November 29")),
    c("8.5%", "inflation", KZ, 8.5, "percent", period=("2024-11", None, "in November")),
    c("8.3%", "inflation", KZ, 8.3, "percent", period=("2024-10", None, "in October")),
]

# --------------------------------------------------------------------------- 017
AZ_11M = ("2024-01", "2024-11", "in January-November 2024")
AZ_RU = ["Azerbaijan", "Russia"]
D017 = [
    c("312,400 tonnes", "exports", AZ, 312400, "tonnes", period=AZ_11M),
    c("$325.6 million", "exports", AZ, 325.6 * M, "USD", period=AZ_11M),
    ch("by 8.2 percent", "exports", AZ, -8.2, "percent", period=AZ_11M),
    ch("by 4.3 percent", "exports", AZ, 4.3, "percent", period=AZ_11M),
    c("96 percent", "trade_share", AZ_RU, 96, "percent", period=AZ_11M),
    ch("almost halved", "exports", AZ, 0.5, "multiple", bound="about",
       period=("2024-01", "2024-11", "over the eleven months")),
    c("28,700 tonnes", "exports", AZ, 28700, "tonnes",
      period=("2024-01", "2024-11", "over the eleven months")),
    ch("1.4 times", "exports", AZ, 1.4, "multiple",
       period=("2024-01", "2024-11", "over the eleven months")),
    c("41,200 tonnes", "exports", AZ, 41200, "tonnes",
      period=("2024-01", "2024-11", "over the eleven months")),
    c("$26.4 million", "exports", AZ, 26.4 * M, "USD",
      period=("2024-01", "2024-11", "over the eleven months")),
    c("38,100 tonnes", "exports", AZ, 38100, "tonnes",
      period=("2024-01", "2024-11", "in January-November")),
    c("$189.5 million", "exports", AZ, 189.5 * M, "USD",
      period=("2024-01", "2024-11", "in January-November")),
    ch("22.5 percent", "exports", AZ, 22.5, "percent",
       period=("2024-01", "2024-11", "in January-November")),
    ch("by 3.6 percent", "exports", AZ_RU, 3.6, "percent", period=AZ_11M),
    c("$1.02 billion", "exports", AZ_RU, 1.02 * B, "USD", period=AZ_11M),
    c("$1.5 billion", "exports", AZ_RU, 1.5 * B, "USD", kind="target",
      period=("2026", None, "by 2026"), speaker="Yusif Abdullayev"),
]

# --------------------------------------------------------------------------- 018
MIRZIYOYEV = "Shavkat Mirziyoyev"
D018 = [
    c("$35 billion", "investment", UZ, 35 * B, "USD", period=("2023", None, "last year"),
      speaker=MIRZIYOYEV),
    c("$110 billion", "investment", UZ, 110 * B, "USD", kind="target",
      period=(None, None, "over the next five years"), speaker=MIRZIYOYEV),
    c("$200 billion", "gdp", UZ, 200 * B, "USD", kind="target", period=("2030", None, "by 2030"),
      speaker=MIRZIYOYEV),
    ch("by 6.3 percent", "industrial_output", UZ, 6.3, "percent",
       period=("2024-01", "2024-03", "in the first quarter of this year"), speaker=MIRZIYOYEV),
    c("$26.6 billion", "investment", UZ, 26.6 * B, "USD"),
]

DOCS = [
    ("001_trend_azerbaijan_gas_exports_europe_2024.txt", D001),
    ("002_tass_belarus_russia_union_state_trade.txt", D002),
    ("003_report_pakistan_azerbaijan_investment_visit.txt", D003),
    ("004_interfax_armenia_economy_9m_2024.txt", D004),
    ("005_kabar_kyrgyzstan_remittances_h1_2024.txt", D005),
    ("006_cbu_policy_rate_september_2024.txt", D006),
    ("007_georgia_today_tourism_revenue_9m_2024.txt", D007),
    ("008_reuters_india_russia_oil_imports_july_2024.txt", D008),
    ("009_anadolu_turkiye_exports_november_2024.txt", D009),
    ("010_interpressnews_georgia_budget_2025_draft.txt", D010),
    ("011_trend_gulf_investment_central_asia.txt", D011),
    ("012_apa_interview_romanian_ambassador.txt", D012),
    ("013_gazeta_uzbekistan_russia_heads_of_government.txt", D013),
    ("014_azstat_socio_economic_9m_2024.txt", D014),
    ("015_xinhua_china_central_asia_trade_10m_2024.txt", D015),
    ("016_kazinform_kazakhstan_reserves_national_fund.txt", D016),
    ("017_report_azerbaijan_fruit_exports_11m_2024.txt", D017),
    ("018_uza_tashkent_investment_forum_2024.txt", D018),
]
