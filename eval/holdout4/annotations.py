"""Hand annotations of the fourth held-out set, one entry per claim.

Written from CLAIMS.md alone, without reading or running the extractor and without
looking at the other sets' gold. `annotate.py` turns them into gold.jsonl: it finds the
offsets of the n-th occurrence of each surface and expands the periods.

A period is (first, last, text): first and last as YYYY, YYYY-MM or YYYY-MM-DD (last
may be None for the same as first), or (None, None, text) when the text gives a phrase
but no dates. `c()` builds a level claim, `ch()` a change claim.
"""

from __future__ import annotations

AZ, RU, TR, IR, KZ, UZ = "Azerbaijan", "Russia", "Turkey", "Iran", "Kazakhstan", "Uzbekistan"
GE, TM, CN, PK, BY, HU, IT = (
    "Georgia",
    "Turkmenistan",
    "China",
    "Pakistan",
    "Belarus",
    "Hungary",
    "Italy",
)
B = 1e9
M = 1e6
T = 1e12


def c(surface, indicator, entities, low, unit, high=None, *, n=1, bound="exact",
      measure="level", kind="actual", period=None, speaker=None):
    """Gives one annotated claim."""
    return {
        "surface": surface,
        "n": n,
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


def ch(surface, indicator, entities, low, unit, high=None, **fields):
    """Gives one annotated change claim."""
    return c(surface, indicator, entities, low, unit, high, measure="change", **fields)


MUSTAFAYEV = "Shahin Mustafayev"
OVERCHUK = "Alexei Overchuk"
P_10M24 = ("2024-01", "2024-10", "January-October 2024")

DOC_001 = [
    c("$5 billion", "trade_turnover", (AZ, RU), 5 * B, "USD", kind="target"),
    c("$3.9 billion", "trade_turnover", (AZ, RU), 3.9 * B, "USD", period=P_10M24,
      speaker=MUSTAFAYEV),
    ch("8.4 percent", "trade_turnover", (AZ, RU), 8.4, "percent", period=P_10M24,
       speaker=MUSTAFAYEV),
    ch("by 11 percent", "exports", (AZ, RU), 11, "percent",
       period=("2024-01", "2024-10", "over the ten months of this year"), speaker=MUSTAFAYEV),
    c("$812 million", "exports", (AZ, RU), 812 * M, "USD",
      period=("2024-01", "2024-10", "over the ten months of this year"), speaker=MUSTAFAYEV),
    c("$4.3 billion", "trade_turnover", (AZ, RU), 4.3 * B, "USD",
      period=("2023", None, "last year"), speaker=OVERCHUK),
    c("$5 billion", "trade_turnover", (AZ, RU), 5 * B, "USD", n=2, kind="target",
      period=("2026", None, "by 2026"), speaker=OVERCHUK),
    ch("three-four times", "trade_turnover", (AZ, RU), 3, "multiple", 4, kind="potential",
       period=(None, None, "in the longer term"), speaker=OVERCHUK),
    c("about 90 percent", "other", (AZ, RU), 90, "percent", bound="about",
      period=(None, None, "now"), speaker=OVERCHUK),
    ch("by 25 percent", "cargo_transport", (AZ, IR, RU), 25, "percent",
       period=("2024-01-01", "2024-11-27", "this year"), speaker=OVERCHUK),
    c("5.1 million tonnes", "cargo_transport", (AZ, IR, RU), 5.1 * M, "tonnes",
      bound="more_than", period=("2024-01-01", "2024-11-27", "this year"), speaker=OVERCHUK),
    c("over $6.5 billion", "investment", (AZ, RU), 6.5 * B, "USD", bound="more_than",
      period=("1995-01-01", "2024-11-27", "since 1995"), speaker=MUSTAFAYEV),
    c("about $1.5 billion", "investment", (AZ, RU), 1.5 * B, "USD", bound="about",
      period=(None, None, "currently"), speaker=MUSTAFAYEV),
]

P_JO = ("2024-01", "2024-10", "In January-October")
P_JO24 = ("2024-01", "2024-10", "In January-October 2024")

DOC_002 = [
    c("$38.6 billion", "trade_turnover", (AZ,), 38.6 * B, "USD", period=P_10M24),
    c("$22.1 billion", "exports", (AZ,), 22.1 * B, "USD", period=P_JO),
    c("$16.5 billion", "imports", (AZ,), 16.5 * B, "USD", period=P_JO),
    c("$5.6 billion", "trade_balance", (AZ,), 5.6 * B, "USD", period=P_JO),
    ch("38.2 percent", "trade_balance", (AZ,), -38.2, "percent", period=P_JO),
    ch("by 14.7 percent", "exports", (AZ,), -14.7, "percent", period=P_JO24),
    ch("by 9.3 percent", "imports", (AZ,), 9.3, "percent", period=P_JO24),
    c("$2.87 billion", "exports", (AZ,), 2.87 * B, "USD",
      period=("2024-01", "2024-10", "in the first ten months of the year")),
    ch("3.2 percent", "exports", (AZ,), 3.2, "percent",
       period=("2024-01", "2024-10", "in the first ten months of the year")),
    c("39.8 percent", "trade_share", (AZ, IT), 39.8, "percent",
      period=("2024-01", "2024-10", "in January-October")),
    c("10.7 percent", "trade_share", (AZ, TR), 10.7, "percent",
      period=("2024-01", "2024-10", "in January-October")),
    c("8.9 percent", "trade_share", (AZ, RU), 8.9, "percent",
      period=("2024-01", "2024-10", "in January-October")),
    c("8.1 percent", "trade_share", (AZ, CN), 8.1, "percent",
      period=("2024-01", "2024-10", "in January-October")),
    c("$15.4 billion", "trade_turnover", (AZ, IT), 15.4 * B, "USD",
      period=("2024-01", "2024-10", "over the ten months")),
    ch("1.3 times", "imports", (AZ, CN), 1.3, "multiple",
       period=("2024-01", "2024-10", "over the ten months")),
    c("$2.4 billion", "imports", (AZ, CN), 2.4 * B, "USD",
      period=("2024-01", "2024-10", "over the ten months")),
    c("37.6 billion manat", "exports", (AZ,), 37.6 * B, "AZN",
      period=("2024-01", "2024-10", "in January-October")),
    c("28.1 billion", "imports", (AZ,), 28.1 * B, "AZN",
      period=("2024-01", "2024-10", "in January-October")),
    c("21.7 million tonnes", "exports", (AZ,), 21.7 * M, "tonnes",
      period=("2024-01", "2024-10", "over January-October")),
    ch("3.1 percent", "exports", (AZ,), -3.1, "percent",
       period=("2024-01", "2024-10", "over January-October")),
]

PUTIN = "Vladimir Putin"
MIRZIYOYEV = "Shavkat Mirziyoyev"

DOC_003 = [
    c("$30 bln", "trade_turnover", (RU, UZ), 30 * B, "USD", kind="target"),
    c("$30 billion", "trade_turnover", (RU, UZ), 30 * B, "USD", kind="target",
      period=(None, None, "in the coming years"), speaker=PUTIN),
    ch("by 23 percent", "trade_turnover", (RU, UZ), 23, "percent",
       period=("2023", None, "Last year"), speaker=PUTIN),
    c("almost $10 billion", "trade_turnover", (RU, UZ), 10 * B, "USD", bound="about",
      period=("2023", None, "Last year"), speaker=PUTIN),
    ch("another 20 percent", "trade_turnover", (RU, UZ), 20, "percent",
       period=("2024-01", "2024-03", "In the first quarter of this year"), speaker=PUTIN),
    c("$11 billion", "fdi", (RU, UZ), 11 * B, "USD", bound="more_than",
      period=(None, None, "currently"), speaker=PUTIN),
    c("18 percent", "trade_share", (RU, UZ), 18, "percent",
      period=("2023", None, "last year"), speaker=MIRZIYOYEV),
    ch("at least 1.5 times", "trade_turnover", (RU, UZ), 1.5, "multiple", bound="at_least",
       kind="target", period=(None, None, "within five years"), speaker=MIRZIYOYEV),
    c("11 billion cubic metres", "exports", (RU, UZ), 11 * B, "cubic_metres",
      kind="forecast", period=("2026", None, "by 2026"), speaker=PUTIN),
    c("5.6 billion cubic metres", "exports", (RU, UZ), 5.6 * B, "cubic_metres",
      period=("2023", None, "last year"), speaker=PUTIN),
    c("$8.2 billion", "remittances", (RU, UZ), 8.2 * B, "USD", period=("2023", None, "in 2023")),
    ch("28 percent", "remittances", (RU, UZ), -28, "percent", period=("2023", None, "in 2023")),
    c("more than $4.8 billion", "investment", (RU, UZ), 4.8 * B, "USD", bound="more_than"),
]

HAN = "Han Chunlin"
P_H1 = ("2024-01", "2024-06", "in the first half of 2024")

DOC_004 = [
    c("21 bln U.S. dollars", "trade_turnover", (CN, KZ), 21 * B, "USD",
      period=(None, None, "in H1")),
    c("21.1 billion U.S. dollars", "trade_turnover", (CN, KZ), 21.1 * B, "USD", period=P_H1),
    ch("4.2 percent", "trade_turnover", (CN, KZ), 4.2, "percent", period=P_H1),
    c("21.6 percent", "trade_share", (CN, KZ), 21.6, "percent",
      period=("2024-01", "2024-06", "in the January-June period of 2024")),
    ch("1.9 percent", "exports", (CN, KZ), 1.9, "percent",
       period=("2024-01", "2024-06", "in H1 2024")),
    c("7.8 billion dollars", "exports", (CN, KZ), 7.8 * B, "USD",
      period=("2024-01", "2024-06", "in H1 2024")),
    ch("by 6.4 percent", "imports", (CN, KZ), 6.4, "percent",
       period=("2024-01", "2024-06", "in H1 2024")),
    c("13.3 billion dollars", "imports", (CN, KZ), 13.3 * B, "USD",
      period=("2024-01", "2024-06", "in H1 2024")),
    c("150.2 billion yuan", "trade_turnover", (CN, KZ), 150.2 * B, "CNY",
      period=("2024-01", "2024-06", "in the first six months of 2024")),
    ch("by 12 percent", "cargo_transport", (CN, KZ), 12, "percent",
       period=("2024-01", "2024-06", "in the same period")),
    c("15.4 million tonnes", "cargo_transport", (CN, KZ), 15.4 * M, "tonnes",
      period=("2024-01", "2024-06", "in the same period")),
    ch("double", "trade_turnover", (CN, KZ), 2, "multiple", kind="target",
       period=("2030", None, "by 2030"), speaker=HAN),
    c("50 billion dollars", "trade_turnover", (CN, KZ), 50 * B, "USD", kind="target",
      period=("2030", None, "by 2030"), speaker=HAN),
    c("25 billion dollars", "fdi", (CN, KZ), 25 * B, "USD", speaker=HAN),
    ch("by 3.2 percent", "gdp_growth", (KZ,), 3.2, "percent", period=P_H1),
    c("41 billion dollars", "trade_turnover", (CN, KZ), 41 * B, "USD",
      period=("2023", None, "in 2023")),
]

BOLAT = "Omer Bolat"
JABBAROV = "Mikayil Jabbarov"
Y23 = ("2023", None, "in 2023")

DOC_005 = [
    c("$15B", "trade_turnover", (AZ, TR), 15 * B, "USD", kind="target"),
    c("$15 billion", "trade_turnover", (AZ, TR), 15 * B, "USD", kind="target", speaker=BOLAT),
    c("$7.6 billion", "trade_turnover", (AZ, TR), 7.6 * B, "USD", period=Y23, speaker=BOLAT),
    ch("17 percent", "trade_turnover", (AZ, TR), 17, "percent", period=Y23, speaker=BOLAT),
    c("$3.5 billion", "exports", (AZ, TR), 3.5 * B, "USD", period=("2023", None, "last year"),
      speaker=BOLAT),
    c("$4.1 billion", "imports", (AZ, TR), 4.1 * B, "USD", period=("2023", None, "last year"),
      speaker=BOLAT),
    c("$22 billion", "investment", (AZ, TR), 22 * B, "USD",
      period=("1991-01-01", "2024-03-06", "since 1991"), speaker=BOLAT),
    ch("double", "trade_turnover", (AZ, TR), 2, "multiple", kind="potential",
       period=(None, None, "in the next few years"), speaker=BOLAT),
    c("$20 billion", "investment", (AZ, TR), 20 * B, "USD", bound="more_than", speaker=BOLAT),
    c("nearly $19.5 billion", "investment", (AZ, TR), 19.5 * B, "USD", bound="about",
      speaker=BOLAT),
    c("9.9 billion cubic meters", "exports", (AZ, TR), 9.9 * B, "cubic_metres", period=Y23,
      speaker=JABBAROV),
    ch("7.5 percent", "exports", (AZ, TR), 7.5, "percent", period=Y23, speaker=JABBAROV),
    c("5 billion liras", "lending", (AZ, TR), 5 * B, "TRY", kind="forecast", speaker=JABBAROV),
    ch("by 9 percent", "trade_turnover", (AZ, TR), 9, "percent",
       period=("2024-01", "2024-02", "In January-February 2024")),
    c("$1.3 billion", "trade_turnover", (AZ, TR), 1.3 * B, "USD",
      period=("2024-01", "2024-02", "In January-February 2024")),
    c("$255.8 billion", "exports", (TR,), 255.8 * B, "USD", period=Y23),
]

SULEIMENOV = "Timur Suleimenov"
SEP24 = ("2024-09", None, "in September 2024")

DOC_006 = [
    c("14.25%", "policy_rate", (KZ,), 14.25, "percent"),
    c("14.25%", "policy_rate", (KZ,), 14.25, "percent", n=2),
    c("8.3%", "inflation", (KZ,), 8.3, "percent", period=SEP24),
    c("8.4%", "inflation", (KZ,), 8.4, "percent", period=("2024-08", None, "in August")),
    c("by 5.9%", "inflation", (KZ,), 5.9, "percent", period=SEP24),
    c("by 13.3%", "inflation", (KZ,), 13.3, "percent", period=SEP24),
    c("0.7%", "inflation", (KZ,), 0.7, "percent", period=("2024-09", None, "in September"),
      speaker=SULEIMENOV),
    c("7.5-9.5%", "inflation", (KZ,), 7.5, "percent", 9.5, kind="forecast",
      period=("2024-12-31", None, "at the end of this year"), speaker=SULEIMENOV),
    c("5.5-7.5%", "inflation", (KZ,), 5.5, "percent", 7.5, kind="forecast",
      period=("2025", None, "in 2025"), speaker=SULEIMENOV),
    ch("by 4.1%", "gdp_growth", (KZ,), 4.1, "percent",
       period=("2024-01", "2024-09", "in January-September 2024"), speaker=SULEIMENOV),
    ch("3.5-4%", "gdp_growth", (KZ,), 3.5, "percent", 4, kind="forecast",
       period=("2024", None, "this year"), speaker=SULEIMENOV),
    c("$45.6 billion", "fx_reserves", (KZ,), 45.6 * B, "USD",
      period=("2024-10-01", None, "as of October 1")),
    ch("by $2.3 billion", "fx_reserves", (KZ,), 2.3 * B, "USD",
       period=("2024-01-01", "2024-10-11", "since the beginning of the year")),
    c("398,000 tenge", "average_wage", (KZ,), 398000, "KZT",
      period=("2024-04", "2024-06", "in the second quarter of 2024")),
    ch("12.1%", "average_wage", (KZ,), 12.1, "percent",
       period=("2024-04", "2024-06", "in the second quarter of 2024")),
]

P_9M24 = ("2024-01", "2024-09", "in January-September 2024")

DOC_007 = [
    c("$47.6 billion", "trade_turnover", (UZ,), 47.6 * B, "USD",
      period=("2024-01", "2024-09", "in 9M")),
    c("$47.6 billion", "trade_turnover", (UZ,), 47.6 * B, "USD", n=2, period=P_9M24),
    ch("3.7%", "trade_turnover", (UZ,), 3.7, "percent", period=P_9M24),
    c("$19.8 billion", "exports", (UZ,), 19.8 * B, "USD", period=("2024-01", "2024-09", "in 9M 2024")),
    ch("5.2%", "exports", (UZ,), 5.2, "percent", period=("2024-01", "2024-09", "in 9M 2024")),
    c("$27.8 billion", "imports", (UZ,), 27.8 * B, "USD", period=("2024-01", "2024-09", "in 9M 2024")),
    ch("2.6%", "imports", (UZ,), 2.6, "percent", period=("2024-01", "2024-09", "in 9M 2024")),
    c("$8 billion", "trade_balance", (UZ,), -8 * B, "USD",
      period=("2024-01", "2024-09", "in the nine months of 2024")),
    c("20.3%", "trade_share", (CN, UZ), 20.3, "percent",
      period=("2024-01", "2024-09", "in January-September")),
    c("17.6%", "trade_share", (RU, UZ), 17.6, "percent",
      period=("2024-01", "2024-09", "in January-September")),
    c("6.8%", "trade_share", (KZ, UZ), 6.8, "percent",
      period=("2024-01", "2024-09", "in January-September")),
    c("5.6%", "trade_share", (TR, UZ), 5.6, "percent",
      period=("2024-01", "2024-09", "in January-September")),
    c("$9.6 billion", "trade_turnover", (CN, UZ), 9.6 * B, "USD",
      period=("2024-01", "2024-09", "in 9M 2024")),
    c("$8.4 billion", "trade_turnover", (RU, UZ), 8.4 * B, "USD",
      period=("2024-01", "2024-09", "in 9M 2024")),
    c("$6.3 billion", "exports", (UZ,), 6.3 * B, "USD",
      period=("2024-01", "2024-09", "in Jan.-Sept. 2024")),
    ch("by 6.6%", "gdp_growth", (UZ,), 6.6, "percent",
       period=("2024-01", "2024-09", "in the first nine months of 2024")),
    c("1,032.6 trillion sum", "gdp", (UZ,), 1032.6 * T, "UZS",
      period=("2024-01", "2024-09", "in the first nine months of 2024")),
    c("9.8%", "inflation", (UZ,), 9.8, "percent", period=("2024-09", None, "in September")),
    c("10.0%", "inflation", (UZ,), 10.0, "percent", period=("2024-08", None, "in August")),
    c("5.3 million sum", "average_wage", (UZ,), 5.3 * M, "UZS",
      period=("2024-01", "2024-09", "in January-September")),
    ch("19.2%", "average_wage", (UZ,), 19.2, "percent",
       period=("2024-01", "2024-09", "in January-September")),
]

CORRIDOR = (AZ, CN, GE, KZ, TR)
RUSTAMOV = "Rovshan Rustamov"

DOC_008 = [
    ch("1.6 times", "cargo_transport", CORRIDOR, 1.6, "multiple",
       period=("2024-01", "2024-09", "in 9M")),
    ch("1.6 times", "cargo_transport", CORRIDOR, 1.6, "multiple", n=2, period=P_9M24),
    c("3.4 million tonnes", "cargo_transport", CORRIDOR, 3.4 * M, "tonnes", period=P_9M24),
    ch("by 2.3 times", "cargo_transport", CORRIDOR, 2.3, "multiple",
       period=("2024-01", "2024-09", "over the nine months of this year")),
    c("41,500 TEU", "cargo_transport", CORRIDOR, 41500, "teu",
      period=("2024-01", "2024-09", "over the nine months of this year")),
    c("2.1 million tonnes", "cargo_transport", (AZ,), 2.1 * M, "tonnes",
      period=("2024-01", "2024-09", "in January-September")),
    ch("58 percent", "cargo_transport", (AZ,), 58, "percent",
       period=("2024-01", "2024-09", "in January-September")),
    c("10 million tonnes", "cargo_transport", CORRIDOR, 10 * M, "tonnes", kind="target",
      period=("2027", None, "by 2027"), speaker=RUSTAMOV),
    ch("by 40 percent", "cargo_transport", (AZ, KZ), 40, "percent",
       period=("2024-01-01", "2024-10-08", "this year"), speaker=RUSTAMOV),
    c("312 million lari", "other", (GE,), 312 * M, "GEL",
      period=("2024-01", "2024-08", "in the first eight months of 2024")),
    ch("9 percent", "other", (GE,), 9, "percent",
       period=("2024-01", "2024-08", "in the first eight months of 2024")),
    ch("triple", "cargo_transport", CORRIDOR, 3, "multiple", kind="potential",
       period=("2030", None, "by 2030")),
    c("11 million tonnes", "cargo_transport", CORRIDOR, 11 * M, "tonnes", kind="potential",
      period=("2030", None, "by 2030")),
]

MEREDOV = "Rashid Meredov"
P_H1_24 = ("2024-01", "2024-06", "in the first half of this year")

DOC_009 = [
    ch("more than doubles", "trade_turnover", (AZ, TM), 2, "multiple", bound="more_than",
       period=("2024-01", "2024-06", "in H1")),
    c("$186.4 million", "trade_turnover", (AZ, TM), 186.4 * M, "USD", period=P_H1_24),
    ch("more than double", "trade_turnover", (AZ, TM), 2, "multiple", bound="more_than",
       period=P_H1_24),
    c("$41.2 million", "exports", (AZ, TM), 41.2 * M, "USD",
      period=("2024-01", "2024-06", "in January-June")),
    c("$145.2 million", "imports", (AZ, TM), 145.2 * M, "USD",
      period=("2024-01", "2024-06", "in January-June")),
    c("$1 billion", "trade_turnover", (AZ, TM), 1 * B, "USD", kind="potential",
      speaker=JABBAROV),
    c("1.9 billion cubic metres", "exports", (AZ, IR, TM), 1.9 * B, "cubic_metres",
      period=("2023", None, "last year")),
    c("2.8 million tonnes", "cargo_transport", (AZ, TM), 2.8 * M, "tonnes", bound="more_than",
      period=Y23, speaker=MEREDOV),
    ch("by 30 percent", "cargo_transport", (AZ, TM), 30, "percent",
       period=("2024-01", "2024-06", "in January-June 2024"), speaker=MEREDOV),
    c("5 million tonnes", "cargo_transport", (AZ, TM), 5 * M, "tonnes", kind="target",
      period=("2028", None, "by 2028"), speaker=MEREDOV),
    c("316.9 million manat", "trade_turnover", (AZ, TM), 316.9 * M, "AZN",
      period=("2024-01", "2024-06", "in the first six months of 2024")),
]

MILLER = "Alexei Miller"
Y24 = ("2024", None, "in 2024")

DOC_010 = [
    c("31 bcm", "exports", (CN, RU), 31 * B, "cubic_metres", period=Y24),
    c("31 billion cubic meters", "exports", (CN, RU), 31 * B, "cubic_metres", period=Y24),
    ch("about 8 bcm", "exports", (CN, RU), 8 * B, "cubic_metres", bound="about", period=Y24),
    c("38 billion cubic meters", "exports", (CN, RU), 38 * B, "cubic_metres", kind="forecast",
      period=("2025", None, "in 2025"), speaker=MILLER),
    c("108.5 million tonnes", "exports", (CN, RU), 108.5 * M, "tonnes", period=Y24),
    ch("1.3%", "exports", (CN, RU), 1.3, "percent", period=Y24),
    c("$244.8 billion", "trade_turnover", (CN, RU), 244.8 * B, "USD",
      period=("2024", None, "last year")),
    ch("1.9%", "trade_turnover", (CN, RU), 1.9, "percent", period=("2024", None, "last year")),
    ch("by 26.2%", "budget_revenue", (RU,), 26.2, "percent", period=Y24),
    c("11.13 trillion rubles", "budget_revenue", (RU,), 11.13 * T, "RUB", period=Y24),
    c("25.6 trillion rubles", "budget_revenue", (RU,), 25.6 * T, "RUB",
      period=("2024", None, "over the year")),
    c("10.94 trillion rubles", "budget_revenue", (RU,), 10.94 * T, "RUB", kind="forecast",
      period=("2025", None, "in 2025")),
    c("more than 95%", "other", (CN, RU), 95, "percent", bound="more_than",
      period=(None, None, "Currently"), speaker="Anton Siluanov"),
]

SZIJJARTO = "Peter Szijjarto"
SHAHBAZOV = "Parviz Shahbazov"

DOC_011 = [
    ch("by 38 percent", "trade_turnover", (AZ, HU), 38, "percent", period=Y23,
       speaker=SZIJJARTO),
    c("140 million euros", "trade_turnover", (AZ, HU), 140 * M, "EUR", period=Y23,
      speaker=SZIJJARTO),
    c("112 million euros", "trade_turnover", (AZ, HU), 112 * M, "EUR",
      period=("2024-01", "2024-09", "In January-September 2024"), speaker=SZIJJARTO),
    c("100 million cubic metres", "exports", (AZ, HU), 100 * M, "cubic_metres",
      kind="forecast", period=("2024", None, "In 2024"), speaker=SZIJJARTO),
    c("1 billion cubic metres", "exports", (AZ, HU), 1 * B, "cubic_metres", kind="target",
      period=("2027", None, "by 2027"), speaker=SZIJJARTO),
    c("11.8 billion cubic metres", "exports", (AZ, "Europe"), 11.8 * B, "cubic_metres",
      period=Y23, speaker=SHAHBAZOV),
    c("about 13 billion cubic metres", "exports", (AZ, "Europe"), 13 * B, "cubic_metres",
      bound="about", kind="forecast", period=Y24, speaker=SHAHBAZOV),
    c("23.8 billion cubic metres", "exports", (AZ,), 23.8 * B, "cubic_metres", period=Y23,
      speaker=SHAHBAZOV),
    c("100 million euros", "lending", (AZ, HU), 100 * M, "EUR", speaker=SHAHBAZOV),
    c("more than $2 billion", "investment", (AZ, HU), 2 * B, "USD", bound="more_than",
      period=(None, None, "since 2020")),
]

SIMSEK = "Mehmet Simsek"

DOC_012 = [
    c("47.5%", "policy_rate", (TR,), 47.5, "percent"),
    ch("by 250 basis points", "policy_rate", (TR,), -2.5, "pp",
       period=("2024-12-26", None, "on Thursday")),
    c("47.5%", "policy_rate", (TR,), 47.5, "percent", n=2,
      period=("2024-12-26", None, "on Thursday")),
    c("75%", "inflation", (TR,), 75, "percent", period=("2024-05", None, "in May")),
    c("48.25%", "policy_rate", (TR,), 48.25, "percent", kind="forecast"),
    c("47.09%", "inflation", (TR,), 47.09, "percent", period=("2024-11", None, "in November")),
    c("50%", "policy_rate", (TR,), 50, "percent", period=("2024-03", None, "in March")),
    c("44%", "inflation", (TR,), 44, "percent", kind="forecast",
      period=("2024-12-31", None, "by the end of this year")),
    c("21%", "inflation", (TR,), 21, "percent", kind="target",
      period=("2025-12-31", None, "for the end of 2025")),
    c("3.1%", "other", (TR,), 3.1, "percent", kind="target", period=("2025", None, "next year"),
      speaker=SIMSEK),
    c("below 2.5%", "other", (TR,), 2.5, "percent", bound="less_than", kind="forecast",
      period=("2025", None, "in 2025"), speaker=SIMSEK),
    ch("around 17%", "other", (TR,), -17, "percent", bound="about",
       period=("2024-01-01", "2024-12-26", "this year")),
    ch("by 2.1%", "gdp_growth", (TR,), 2.1, "percent",
       period=("2024-07", "2024-09", "in the third quarter")),
    ch("2.4%", "gdp_growth", (TR,), 2.4, "percent",
       period=("2024-04", "2024-06", "in the second")),
]

ROSSETTI = "Giovanni Rossetti"

DOC_013 = [
    c("€20 billion", "trade_turnover", (AZ, IT), 20 * B, "EUR", bound="more_than",
      kind="potential", speaker=ROSSETTI),
    c("about $17.5 billion", "trade_turnover", (AZ, IT), 17.5 * B, "USD", bound="about",
      period=("2023", None, "Last year"), speaker=ROSSETTI),
    c("9.2 million tonnes", "imports", (AZ, IT), 9.2 * M, "tonnes", period=Y23,
      speaker=ROSSETTI),
    ch("by 27 percent", "exports", (AZ, IT), 27, "percent", period=("2023", None, "last year"),
       speaker=ROSSETTI),
    c("780 million euros", "exports", (AZ, IT), 780 * M, "EUR",
      period=("2023", None, "last year"), speaker=ROSSETTI),
    c("more than 40 percent", "other", (AZ, IT), 40, "percent", bound="more_than",
      period=("2023", None, "last year"), speaker=ROSSETTI),
    c("10 billion cubic metres", "imports", (AZ, IT), 10 * B, "cubic_metres", period=Y23,
      speaker=ROSSETTI),
    ch("by 20 percent", "imports", (AZ, IT), 20, "percent", kind="potential",
       period=(None, None, "in the coming years"), speaker=ROSSETTI),
    c("over 500 million euros", "investment", (AZ, IT), 500 * M, "EUR", bound="more_than",
      speaker=ROSSETTI),
    c("20 billion euros", "trade_turnover", (AZ, IT), 20 * B, "EUR", bound="more_than",
      kind="potential", period=(None, None, "within the next three years"), speaker=ROSSETTI),
    ch("by 0.9 percent", "gdp_growth", (IT,), 0.9, "percent", period=Y23, speaker=ROSSETTI),
    ch("about 1 percent", "gdp_growth", (IT,), 1, "percent", bound="about", kind="forecast",
       period=("2024", None, "this year"), speaker=ROSSETTI),
]

GOLOVCHENKO = "Roman Golovchenko"
ASADOV = "Ali Asadov"

DOC_014 = [
    c("$1 billion", "trade_turnover", (AZ, BY), 1 * B, "USD", kind="target"),
    c("$1 billion", "trade_turnover", (AZ, BY), 1 * B, "USD", n=2, kind="target",
      speaker=GOLOVCHENKO),
    ch("almost threefold", "trade_turnover", (AZ, BY), 3, "multiple", bound="about",
       period=("2019", "2023", "Over the past five years"), speaker=GOLOVCHENKO),
    c("$465 million", "trade_turnover", (AZ, BY), 465 * M, "USD",
      period=("2023", None, "Last year"), speaker=GOLOVCHENKO),
    ch("another 14 percent", "trade_turnover", (AZ, BY), 14, "percent",
       period=("2024-01", "2024-07", "in the first seven months of this year"),
       speaker=GOLOVCHENKO),
    c("$38.5 million", "exports", (AZ, BY), 38.5 * M, "USD",
      period=("2024-01", "2024-07", "in January-July 2024"), speaker=ASADOV),
    c("$251.7 million", "imports", (AZ, BY), 251.7 * M, "USD",
      period=("2024-01", "2024-07", "in January-July 2024"), speaker=ASADOV),
    c("more than 1,200", "other", (AZ, BY), 1200, "count", bound="more_than",
      period=("2019-01-01", "2024-09-12", "since 2019"), speaker=GOLOVCHENKO),
    ch("by 1.5 times", "exports", (AZ, BY), 1.5, "multiple", kind="potential",
       speaker=GOLOVCHENKO),
    c("around $300 million", "investment", (AZ, BY), 300 * M, "USD", bound="about",
      speaker=ASADOV),
]

US = "United States"

DOC_015 = [
    c("$14.8 billion", "remittances", (UZ,), 14.8 * B, "USD", period=Y24),
    c("$14.8 billion", "remittances", (UZ,), 14.8 * B, "USD", n=2, period=Y24),
    ch("29.6%", "remittances", (UZ,), 29.6, "percent", period=Y24),
    c("about 185 trillion sum", "remittances", (UZ,), 185 * T, "UZS", bound="about",
      period=Y24),
    c("76.4%", "other", (RU, UZ), 76.4, "percent", period=Y24),
    c("$11.3 billion", "remittances", (RU, UZ), 11.3 * B, "USD", period=Y24),
    ch("1.4 times", "remittances", (KZ, UZ), 1.4, "multiple", period=Y24),
    c("$616 million", "remittances", (KZ, UZ), 616 * M, "USD", period=Y24),
    c("$470 million", "remittances", (US, UZ), 470 * M, "USD", period=Y24),
    c("$1.6 billion", "remittances", (UZ,), 1.6 * B, "USD",
      period=("2024-12", None, "In December 2024")),
    ch("33%", "remittances", (UZ,), 33, "percent", period=("2024-12", None, "In December 2024")),
    c("$15 billion", "remittances", (UZ,), 15 * B, "USD", bound="more_than", kind="forecast",
      period=("2025", None, "in 2025")),
    c("about 14%", "other", (UZ,), 14, "percent", bound="about", period=Y23),
    c("13.5%", "policy_rate", (UZ,), 13.5, "percent",
      period=("2024-12", None, "in December 2024")),
]

ELNUR_ALIYEV = "Elnur Aliyev"

DOC_016 = [
    c("$1.4 billion", "trade_turnover", (AZ, "Central Asia"), 1.4 * B, "USD", period=Y23,
      speaker=ELNUR_ALIYEV),
    ch("19 percent", "trade_turnover", (AZ, "Central Asia"), 19, "percent", period=Y23,
       speaker=ELNUR_ALIYEV),
    c("$2 billion", "investment", (AZ, "Central Asia"), 2 * B, "USD", bound="more_than",
      period=(None, None, "currently"), speaker=ELNUR_ALIYEV),
]

DOCS = [
    ("001_trend_azerbaijan_russia_commission_2024.txt", DOC_001),
    ("002_azernews_azerbaijan_foreign_trade_10m_2024.txt", DOC_002),
    ("003_tass_russia_uzbekistan_trade_target.txt", DOC_003),
    ("004_xinhua_china_kazakhstan_trade_h1_2024.txt", DOC_004),
    ("005_anadolu_turkiye_azerbaijan_trade_target.txt", DOC_005),
    ("006_kazinform_kazakhstan_base_rate_october_2024.txt", DOC_006),
    ("007_uzdaily_uzbekistan_foreign_trade_9m_2024.txt", DOC_007),
    ("008_report_middle_corridor_cargo_9m_2024.txt", DOC_008),
    ("009_apa_azerbaijan_turkmenistan_trade_h1_2024.txt", DOC_009),
    ("010_interfax_gazprom_china_exports_2024.txt", DOC_010),
    ("011_azertac_azerbaijan_hungary_commission.txt", DOC_011),
    ("012_reuters_turkey_rate_cut_december_2024.txt", DOC_012),
    ("013_trend_interview_italian_ambassador.txt", DOC_013),
    ("014_azernews_azerbaijan_belarus_trade_target.txt", DOC_014),
    ("015_uzbekistan_remittances_2024.txt", DOC_015),
    ("016_azernews_azerbaijan_central_asia_forum.txt", DOC_016),
]
