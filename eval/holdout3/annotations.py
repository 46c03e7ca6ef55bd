"""Hand annotations of the third held-out set (eval/holdout3/articles).

Written from the claim contract (shared/CLAIMS.md) alone, blind to the extractor and to
the other sets' gold. One entry per claim: the surface as it reads in the article (`n`:
which occurrence, when it reads more than once) and the judged fields. `period` is
(first, last, text) with first/last as YYYY, YYYY-MM or YYYY-MM-DD (last None: the same
as first); None when the text gives no period at all. `annotate.py` turns this into
gold.jsonl (offsets, sentences, ISO dates, header fields).
"""

from __future__ import annotations

B = 1e9
M = 1e6
T = 1e12


def c(
    surface: str,
    indicator: str,
    entities: list[str],
    low: float,
    unit: str,
    *,
    high: float | None = None,
    n: int = 1,
    bound: str = "exact",
    measure: str = "level",
    kind: str = "actual",
    period: tuple[str | None, str | None, str | None] | None = None,
    speaker: str | None = None,
) -> dict:
    """Gives one claim in the shape annotate.py reads."""
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


def ch(surface: str, indicator: str, entities: list[str], low: float, unit: str, **kw) -> dict:
    """Gives a change claim (growth or, negative, decline)."""
    return c(surface, indicator, entities, low, unit, measure="change", **kw)


IN = ["India"]
IN_CN = ["China", "India"]
IN_US = ["India", "United States"]
FY25 = ("2024-04-01", "2025-03-31", "this fiscal year")

D001 = [
    ch("17%", "exports", IN, 17, "percent", period=("2024-10", None, "October")),
    c("$27.1 billion", "trade_balance", IN, -27.1 * B, "USD", period=("2024-10", None, "October")),
    ch("17.3%", "exports", IN, 17.3, "percent", period=("2024-10", None, "in October")),
    c("$39.2 billion", "exports", IN, 39.2 * B, "USD", period=("2024-10", None, "in October")),
    ch("3.9%", "imports", IN, 3.9, "percent", period=("2024-10", None, "in October")),
    c("$66.3 billion", "imports", IN, 66.3 * B, "USD", period=("2024-10", None, "in October")),
    c("$27.1 billion", "trade_balance", IN, -27.1 * B, "USD", n=2,
      period=("2024-10", None, "in October")),
    c("around $23 billion", "trade_balance", IN, -23 * B, "USD", bound="about", kind="forecast",
      period=("2024-10", None, "October")),
    c("$20.8 billion", "trade_balance", IN, -20.8 * B, "USD", period=("2024-09", None, "In September")),
    c("$7.13 billion", "imports", IN, 7.13 * B, "USD", period=("2024-10", None, "in October")),
    c("$10.06 billion", "imports", IN, 10.06 * B, "USD", period=("2024-09", None, "in September")),
    c("$18.3 billion", "imports", IN, 18.3 * B, "USD", period=("2024-10", None, "in October")),
    ch("3.2%", "exports", IN, 3.2, "percent", period=("2024-04", "2024-10", "In the April-October period")),
    c("$252.3 billion", "exports", IN, 252.3 * B, "USD",
      period=("2024-04", "2024-10", "In the April-October period")),
    ch("5.8%", "imports", IN, 5.8, "percent", period=("2024-04", "2024-10", "In the April-October period")),
    c("$416.9 billion", "imports", IN, 416.9 * B, "USD",
      period=("2024-04", "2024-10", "In the April-October period")),
    c("$800 billion", "exports", IN, 800 * B, "USD", bound="more_than", kind="forecast", period=FY25,
      speaker="Sunil Barthwal"),
    c("$34.3 billion", "exports", IN, 34.3 * B, "USD", period=("2024-10", None, "in October"),
      speaker="Sunil Barthwal"),
    ch("by nearly 10%", "exports", IN_US, 10, "percent", bound="about",
       period=("2024-04", "2024-10", "in April-October"), speaker="Sunil Barthwal"),
    ch("3.6%", "exports", IN_CN, -3.6, "percent", period=("2024-04", "2024-10", "in April-October"),
       speaker="Sunil Barthwal"),
    c("$85 billion", "trade_balance", IN_CN, -85 * B, "USD",
      period=("2023-04-01", "2024-03-31", "in the 2023/24 fiscal year")),
    c("$83.2 billion", "trade_balance", IN_CN, -83.2 * B, "USD",
      period=("2022-04-01", "2023-03-31", "a year earlier")),
    c("1.2%", "other", IN, 1.2, "percent", kind="potential",
      period=("2024-04-01", "2025-03-31", "in the fiscal year ending March 2025")),
    c("0.7%", "other", IN, 0.7, "percent", period=("2023-04-01", "2024-03-31", "a year earlier")),
]

BR = ["Brazil"]

D002 = [
    ch("by a full percentage point", "policy_rate", BR, 1, "pp"),
    c("12.25%", "policy_rate", BR, 12.25, "percent", period=("2024-12-11", None, "on Wednesday")),
    ch("75 basis-point", "policy_rate", BR, 0.75, "pp", kind="forecast",
       period=("2024-12-11", None, "on Wednesday")),
    c("14.25%", "policy_rate", BR, 14.25, "percent", kind="forecast",
      period=("2025-03", None, "by March 2025")),
    c("4.87%", "inflation", BR, 4.87, "percent", period=("2024-11", None, "in November")),
    c("3%", "inflation", BR, 3, "percent", kind="target"),
    c("4.5%", "inflation", BR, 4.5, "percent", kind="forecast", period=("2025", None, "in 2025")),
    c("4%", "inflation", BR, 4, "percent", kind="forecast", period=("2025", None, "in 2025")),
    ch("about 20%", "other", BR, -20, "percent", bound="about",
       period=("2024-01-01", "2024-12-12", "this year")),
    ch("0.9%", "gdp_growth", BR, 0.9, "percent", period=("2024-07", "2024-09", "in the third quarter")),
    ch("4%", "gdp_growth", BR, 4, "percent", n=2, period=("2024-07", "2024-09", "in the third quarter")),
    c("6.2%", "unemployment_rate", BR, 6.2, "percent",
      period=("2024-08", "2024-10", "in the three months through October")),
    ch("70 billion reais", "budget_expenditure", BR, -70 * B, "BRL", kind="target",
       period=("2025", "2026", "in 2025 and 2026"), speaker="Fernando Haddad"),
    c("15%", "policy_rate", BR, 15, "percent", kind="forecast", period=("2025", None, "next year"),
      speaker="Alberto Ramos"),
]

AS_CN = ["ASEAN", "China"]
CN = ["China"]
P10 = ("2024-01", "2024-10", "in the first 10 months of 2024")
JO = ("2024-01", "2024-10", "in January-October 2024")

D003 = [
    ch("7.7 pct", "trade_turnover", AS_CN, 7.7, "percent", period=P10),
    ch("7.7 percent", "trade_turnover", AS_CN, 7.7, "percent", period=P10),
    c("5.77 trillion yuan", "trade_turnover", AS_CN, 5.77 * T, "CNY", period=P10),
    c("15.8 percent", "trade_share", AS_CN, 15.8, "percent", period=("2024-01", "2024-10", "in January-October")),
    c("3.43 trillion yuan", "exports", AS_CN, 3.43 * T, "CNY", period=P10),
    ch("11.5 percent", "exports", AS_CN, 11.5, "percent", period=P10),
    c("2.34 trillion yuan", "imports", AS_CN, 2.34 * T, "CNY", period=P10),
    ch("2.6 percent", "imports", AS_CN, 2.6, "percent", period=P10),
    c("811.7 billion dollars", "trade_turnover", AS_CN, 811.7 * B, "USD", period=JO),
    ch("5.5 percent", "trade_turnover", AS_CN, 5.5, "percent", period=JO),
    ch("5.2 percent", "trade_turnover", CN, 5.2, "percent", period=P10),
    c("36.02 trillion yuan", "trade_turnover", CN, 36.02 * T, "CNY", period=P10),
    ch("6.7 percent", "exports", CN, 6.7, "percent", period=P10),
    ch("3.2 percent", "imports", CN, 3.2, "percent", period=P10),
    c("5.47 trillion yuan", "trade_balance", CN, 5.47 * T, "CNY", period=P10),
    ch("14.4 percent", "trade_turnover", ["China", "Vietnam"], 14.4, "percent", period=JO),
    c("1.38 trillion yuan", "trade_turnover", ["China", "Vietnam"], 1.38 * T, "CNY", period=JO),
    ch("6.1 percent", "trade_turnover", ["China", "Malaysia"], 6.1, "percent", period=JO),
    ch("more than doubled", "trade_turnover", AS_CN, 2, "multiple", bound="more_than",
       period=(None, None, "since 2013"), speaker="Wang Lingjun"),
    c("2.74 trillion yuan", "trade_turnover", AS_CN, 2.74 * T, "CNY", period=("2013", None, "in 2013"),
      speaker="Wang Lingjun"),
    c("above 1 trillion U.S. dollars", "trade_turnover", AS_CN, 1 * T, "USD", bound="more_than",
      kind="forecast", period=("2030", None, "by 2030"), speaker="Wang Lingjun"),
]

IN_RU = ["India", "Russia"]
PUTIN = "Vladimir Putin"
NOVAK = "Alexander Novak"

D004 = [
    c("$100 bln", "trade_turnover", IN_RU, 100 * B, "USD", kind="potential",
      period=("2030", None, "by 2030"), speaker=PUTIN),
    c("$100 billion", "trade_turnover", IN_RU, 100 * B, "USD", kind="target",
      period=("2030", None, "by 2030"), speaker=PUTIN),
    ch("by 66%", "trade_turnover", IN_RU, 66, "percent", period=("2023", None, "Last year"), speaker=PUTIN),
    c("$65 billion", "trade_turnover", IN_RU, 65 * B, "USD", period=("2023", None, "Last year"),
      speaker=PUTIN),
    ch("by another 20%", "trade_turnover", IN_RU, 20, "percent",
       period=("2024-01", "2024-04", "In the first four months of this year"), speaker=PUTIN),
    c("almost 90%", "other", IN_RU, 90, "percent", bound="about", period=(None, None, "now"),
      speaker=PUTIN),
    c("90 million tonnes", "exports", IN_RU, 90 * M, "tonnes", period=("2023", None, "in 2023"),
      speaker=PUTIN),
    ch("nearly double", "exports", IN_RU, 2, "multiple", bound="about", period=("2023", None, "in 2023"),
       speaker=PUTIN),
    c("below 5%", "inflation", IN, 5, "percent", bound="less_than",
      period=("2024-01-01", "2024-07-09", "this year"), speaker="Narendra Modi"),
    c("about 2.1 million barrels per day", "imports", IN_RU, 2.1 * M, "barrels", bound="about",
      period=("2024-06", None, "in June")),
    ch("8%", "imports", IN_RU, 8, "percent", period=("2024-06", None, "in June")),
    c("44%", "trade_share", IN_RU, 44, "percent", period=("2024-06", None, "in June")),
    c("less than 2%", "trade_share", IN_RU, 2, "percent", bound="less_than", period=("2021", None, "In 2021")),
    ch("threefold", "cargo_transport", ["Iran", "Russia"], 3, "multiple", kind="potential",
       period=("2030", None, "by 2030"), speaker=NOVAK),
    c("15 million tonnes", "cargo_transport", ["Iran", "Russia"], 15 * M, "tonnes", kind="potential",
      period=("2030", None, "by 2030"), speaker=NOVAK),
    c("$57 billion", "trade_balance", IN_RU, -57 * B, "USD", period=("2023", None, "last year"),
      speaker=NOVAK),
    c("about $4 billion", "exports", IN_RU, 4 * B, "USD", bound="about", period=("2023", None, "last year"),
      speaker=NOVAK),
]
