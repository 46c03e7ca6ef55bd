"""Hand annotations of the held-out articles: one entry per gold claim.

Written by reading each article against ../../../shared/CLAIMS.md, never against any
extractor's output. `annotate.py` turns these into gold.jsonl (offsets, sentences,
ISO dates, header fields). A period is (first, last, text as written) where first and
last are YYYY, YYYY-MM or YYYY-MM-DD: the first day of `first` to the last day of
`last` (or of `first` when `last` is None). (None, None, text) is a period without
dates. See README.md for the conventions decided here.
"""

from __future__ import annotations

from typing import Any

Claim = dict[str, Any]


def c(surface: str, indicator: str, low: float, unit: str, **fields: Any) -> Claim:
    """Gives one claim; fields: ents, high, b (bound), m (measure), k (kind), p, sp, n."""
    claim: Claim = {"surface": surface, "indicator": indicator, "low": low, "unit": unit}
    names = {"ents": "entities", "b": "bound", "m": "measure", "k": "kind", "p": "period",
             "sp": "speaker", "high": "high", "n": "n"}
    for key, value in fields.items():
        claim[names[key]] = value
    return claim


def doc(name: str, entities: list[str], claims: list[Claim]) -> tuple[str, list[Claim]]:
    """Gives a document's claims with its default entities filled in."""
    for claim in claims:
        claim.setdefault("entities", entities)
    return name, claims


B = 1e9
M = 1e6
T = 1e12
CH = "change"
FC = "forecast"
TG = "target"
PT = "potential"
MT = "more_than"
AB = "about"
AL = "at_least"

JAN_SEP_2023 = ("2023-01", "2023-09", "in January-September 2023")

DOCS = [
    doc("001_trend_azerbaijan_turkiye_trade.txt", ["Azerbaijan", "Turkey"], [
        c("$5.2 billion", "trade_turnover", 5.2 * B, "USD", p=JAN_SEP_2023,
          sp="Mikayil Jabbarov"),
        c("18.5 percent", "trade_turnover", 18.5, "percent", m=CH, p=JAN_SEP_2023,
          sp="Mikayil Jabbarov"),
        c("$15 billion", "trade_turnover", 15 * B, "USD", k=TG, sp="Mikayil Jabbarov"),
        c("$3.1 billion", "exports", 3.1 * B, "USD",
          p=("2023-01", "2023-09", "over the nine months"), sp="Mikayil Jabbarov"),
        c("2.1 billion", "imports", 2.1 * B, "USD",
          p=("2023-01", "2023-09", "over the nine months"), sp="Mikayil Jabbarov"),
        c("more than $13 billion", "investment", 13 * B, "USD", b=MT,
          p=(None, None, "so far"), sp="Mikayil Jabbarov"),
        c("$19.5 billion", "investment", 19.5 * B, "USD", b=MT,
          p=(None, None, "so far"), sp="Mikayil Jabbarov"),
        c("by at least 20 percent", "trade_turnover", 20, "percent", b=AL, m=CH, k=FC,
          p=("2024", None, "next year"), sp="Ömer Bolat"),
        c("13.6 percent", "trade_share", 13.6, "percent", p=("2022", None, "in 2022")),
        c("$6.1 billion", "trade_turnover", 6.1 * B, "USD", p=("2022", None, "last year")),
    ]),
    doc("002_azernews_azerbaijan_gdp_january.txt", ["Azerbaijan"], [
        c("by 1.1 percent", "gdp_growth", 1.1, "percent", m=CH,
          p=("2024-01", None, "in January 2024")),
        c("8.9 billion manat", "gdp", 8.9 * B, "AZN", p=("2024-01", None, "in January 2024")),
        c("by 3.8 percent", "gdp_growth", 3.8, "percent", m=CH,
          p=("2024-01", None, "In January")),
        c("by 2.4 percent", "gdp_growth", -2.4, "percent", m=CH,
          p=("2024-01", None, "In January")),
        c("4.3 billion manat", "industrial_output", 4.3 * B, "AZN",
          p=("2024-01", None, "in January")),
        c("3.1 percent", "industrial_output", -3.1, "percent", m=CH,
          p=("2024-01", None, "in January")),
        c("by 11.2 percent", "industrial_output", 11.2, "percent", m=CH,
          p=("2024-01", None, "in January")),
        c("1.2 percent", "inflation", 1.2, "percent", p=("2024-01", None, "in January")),
        c("2.1 percent", "inflation", 2.1, "percent", p=("2023-12", None, "in December 2023")),
        c("4-5 percent", "inflation", 4, "percent", high=5, k=FC,
          p=("2024", None, "by the end of 2024")),
        c("by 1.1 percent", "gdp_growth", 1.1, "percent", m=CH, n=2,
          p=("2023", None, "in 2023")),
        c("123 billion manat", "gdp", 123 * B, "AZN", p=("2023", None, "in 2023")),
        c("950 manat", "average_wage", 950, "AZN", p=("2023", None, "in 2023")),
    ]),
    doc("003_report_azerbaijan_budget_2025.txt", ["Azerbaijan"], [
        c("34.5 billion manat", "budget_revenue", 34.5 * B, "AZN", k=FC,
          p=("2025", None, "for next year")),
        c("38.6 billion manat", "budget_expenditure", 38.6 * B, "AZN", k=FC,
          p=("2025", None, "for next year")),
        c("by 8.8 percent", "budget_revenue", 8.8, "percent", m=CH, k=FC,
          p=("2025", None, "in 2025"), sp="Samir Sharifov"),
        c("by 3.3 billion manat", "budget_expenditure", 3.3 * B, "AZN", m=CH, k=FC,
          p=("2025", None, "Next year"), sp="Samir Sharifov"),
        c("9.4 percent", "budget_expenditure", 9.4, "percent", m=CH, k=FC,
          p=("2025", None, "Next year"), sp="Samir Sharifov"),
        c("About 4.2 billion manat", "investment", 4.2 * B, "AZN", b=AB, k=FC,
          p=("2025", None, "Next year"), sp="Samir Sharifov"),
        c("50 percent", "other", 50, "percent", b=MT, k=FC,
          p=("2025", None, "next year"), sp="Samir Sharifov"),
        c("4.1 billion manat", "other", 4.1 * B, "AZN", k=FC,
          p=("2025", None, "In 2025"), sp="Samir Sharifov"),
        c("about 3.1 percent", "other", 3.1, "percent", b=AB, k=FC,
          p=("2025", None, "In 2025"), sp="Samir Sharifov"),
        c("2.7 percent", "gdp_growth", 2.7, "percent", m=CH, k=FC,
          p=("2025", None, "for next year"), sp="Tahir Mirkishili"),
        c("28.3 billion manat", "budget_revenue", 28.3 * B, "AZN",
          p=("2024-01", "2024-10", "in January-October 2024")),
        c("27.5 billion manat", "budget_expenditure", 27.5 * B, "AZN",
          p=("2024-01", "2024-10", "in January-October 2024")),
    ]),
    doc("004_apa_azerbaijan_uzbekistan_trade.txt", ["Azerbaijan", "Uzbekistan"], [
        c("$1 billion", "trade_turnover", 1 * B, "USD", k=TG,
          p=(None, None, "in the coming years"), sp="Laziz Kudratov"),
        c("$260 million", "trade_turnover", 260 * M, "USD", p=("2023", None, "Last year"),
          sp="Laziz Kudratov"),
        c("by 36 percent", "trade_turnover", 36, "percent", m=CH,
          p=("2024-01", "2024-04", "In the first four months of this year"),
          sp="Laziz Kudratov"),
        c("$105 million", "trade_turnover", 105 * M, "USD",
          p=("2024-01", "2024-04", "In the first four months of this year"),
          sp="Laziz Kudratov"),
        c("about $2 billion", "investment", 2 * B, "USD", b=AB, k=PT, sp="Laziz Kudratov"),
        c("three to four times", "trade_turnover", 3, "multiple", high=4, m=CH, k=PT,
          sp="Laziz Kudratov"),
        c("$500 million", "other", 500 * M, "USD", sp="Laziz Kudratov"),
        c("$38.7 million", "exports", 38.7 * M, "USD",
          p=("2024-01", "2024-04", "in January-April 2024")),
        c("$66.3 million", "imports", 66.3 * M, "USD",
          p=("2024-01", "2024-04", "in January-April 2024")),
    ]),
    doc("005_tass_russia_key_rate.txt", ["Russia"], [
        c("by 1 percentage point", "policy_rate", 1, "pp", m=CH),
        c("16%", "policy_rate", 16, "percent"),
        c("7.5-8%", "inflation", 7.5, "percent", high=8, k=FC,
          p=("2023", None, "at the end of this year")),
        c("4-4.5%", "inflation", 4, "percent", high=4.5, k=FC, p=("2024", None, "in 2024")),
        c("7.5%", "inflation", 7.5, "percent", p=("2023-12-11", None, "as of December 11")),
        c("by a total of 8.5 percentage points", "policy_rate", 8.5, "pp", m=CH,
          p=("2023-07", "2023-12-15", "since July"), sp="Elvira Nabiullina"),
        c("12.5-14.5%", "policy_rate", 12.5, "percent", high=14.5, k=FC,
          p=("2024", None, "in 2024"), sp="Elvira Nabiullina"),
        c("by more than 3%", "gdp_growth", 3, "percent", b=MT, m=CH, k=FC,
          p=("2023", None, "in 2023"), sp="Elvira Nabiullina"),
        c("0.5-1.5%", "gdp_growth", 0.5, "percent", high=1.5, m=CH, k=FC,
          p=("2024", None, "next year"), sp="Elvira Nabiullina"),
        c("4%", "inflation", 4, "percent", k=TG),
        c("11.9%", "inflation", 11.9, "percent", p=("2022", None, "In 2022")),
    ]),
    doc("006_interfax_russia_china_trade.txt", ["China", "Russia"], [
        c("26.3%", "trade_turnover", 26.3, "percent", m=CH, p=("2023", None, "in 2023")),
        c("$240.1 billion", "trade_turnover", 240.1 * B, "USD", p=("2023", None, "in 2023")),
        c("by 46.9%", "exports", 46.9, "percent", m=CH, p=("2023", None, "Last year")),
        c("$110.97 billion", "exports", 110.97 * B, "USD", p=("2023", None, "Last year")),
        c("by 12.7%", "imports", 12.7, "percent", m=CH, p=("2023", None, "Last year")),
        c("$129.14 billion", "imports", 129.14 * B, "USD", p=("2023", None, "Last year")),
        c("$21.9 billion", "trade_turnover", 21.9 * B, "USD",
          p=("2023-12", None, "In December 2023")),
        c("$200 billion", "trade_turnover", 200 * B, "USD", k=TG, p=("2024", None, "by 2024")),
        c("90%", "other", 90, "percent", b=MT, sp="Alexander Novak"),
        c("more than 107 million tonnes", "exports", 107 * M, "tonnes", b=MT,
          p=("2023", None, "last year"), sp="Alexander Novak"),
        c("5-7%", "trade_turnover", 5, "percent", high=7, m=CH, k=FC,
          p=("2024", None, "this year")),
        c("$190.3 billion", "trade_turnover", 190.3 * B, "USD", p=("2022", None, "In 2022")),
        c("29.3%", "trade_turnover", 29.3, "percent", m=CH, p=("2022", None, "In 2022")),
    ]),
    doc("007_xinhua_china_foreign_trade_q3.txt", ["China"], [
        c("30.8 trillion yuan", "trade_turnover", 30.8 * T, "CNY",
          p=("2023-01", "2023-09", "in the first three quarters of 2023")),
        c("0.2 percent", "trade_turnover", -0.2, "percent", m=CH,
          p=("2023-01", "2023-09", "in the first three quarters of 2023")),
        c("0.6 percent", "exports", 0.6, "percent", m=CH,
          p=("2023-01", "2023-09", "in the first nine months of 2023")),
        c("17.6 trillion yuan", "exports", 17.6 * T, "CNY",
          p=("2023-01", "2023-09", "in the first nine months of 2023")),
        c("1.2 percent", "imports", -1.2, "percent", m=CH,
          p=("2023-01", "2023-09", "in the first nine months of 2023")),
        c("13.2 trillion yuan", "imports", 13.2 * T, "CNY",
          p=("2023-01", "2023-09", "in the first nine months of 2023")),
        c("3.74 trillion yuan", "trade_turnover", 3.74 * T, "CNY",
          p=("2023-09", None, "In September 2023")),
        c("4.12 trillion yuan", "trade_turnover", 4.12 * T, "CNY",
          ents=["China", "European Union"],
          p=("2023-01", "2023-09", "in the first nine months of 2023"), sp="Lyu Daliang"),
        c("1.4 percent", "trade_turnover", -1.4, "percent", m=CH,
          ents=["China", "European Union"],
          p=("2023-01", "2023-09", "in the first nine months of 2023"), sp="Lyu Daliang"),
        c("13.4 percent", "trade_share", 13.4, "percent", ents=["China", "European Union"],
          p=("2023-01", "2023-09", "in the first nine months of 2023"), sp="Lyu Daliang"),
        c("4.67 trillion yuan", "trade_turnover", 4.67 * T, "CNY", ents=["ASEAN", "China"],
          p=("2023-01", "2023-09", "in the January-September period of 2023")),
        c("4.39 trillion yuan", "trade_balance", 4.39 * T, "CNY",
          p=("2023-01", "2023-09", "in the first three quarters of 2023")),
    ]),
    doc("008_reuters_turkey_rate_hike.txt", ["Turkey"], [
        c("by 5 percentage points", "policy_rate", 5, "pp", m=CH),
        c("30%", "policy_rate", 30, "percent"),
        c("21.5 points", "policy_rate", 21.5, "pp", m=CH),
        c("58.94%", "inflation", 58.94, "percent", p=("2023-08", None, "in August")),
        c("around 70%", "inflation", 70, "percent", b=AB, k=FC,
          p=("2024-05", None, "in May next year")),
        c("36%", "inflation", 36, "percent", k=FC, p=("2024", None, "by the end of 2024"),
          sp="Hafize Gaye Erkan"),
        c("$118.8 billion", "fx_reserves", 118.8 * B, "USD",
          p=("2023-09-15", None, "as of Sept. 15")),
        c("about $98.5 billion", "fx_reserves", 98.5 * B, "USD", b=AB,
          p=("2023-05-31", None, "at the end of May")),
        c("4.4%", "gdp_growth", 4.4, "percent", m=CH, k=FC, p=("2023", None, "this year")),
        c("4%", "gdp_growth", 4, "percent", m=CH, k=FC, p=("2024", None, "in 2024")),
        c("2.9%", "other", 2.9, "percent", k=FC, p=("2024", None, "next year"),
          sp="Mehmet Simsek"),
    ]),
]
