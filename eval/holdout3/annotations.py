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

TR = ["Turkey"]
Y24 = ("2024", None, "in 2024")
LY24 = ("2024", None, "last year")
ERSOY = "Mehmet Nuri Ersoy"

D005 = [
    c("$61.1B", "other", TR, 61.1 * B, "USD", period=Y24),
    ch("8.3%", "other", TR, 8.3, "percent", period=Y24),
    c("$61.1 billion", "other", TR, 61.1 * B, "USD", period=Y24),
    c("80.6%", "other", TR, 80.6, "percent", period=Y24),
    ch("by 7.4%", "other", TR, 7.4, "percent", period=("2024-10", "2024-12", "In the last quarter of 2024")),
    c("$12.6 billion", "other", TR, 12.6 * B, "USD", period=("2024-10", "2024-12", "In the last quarter of 2024")),
    c("$972", "other", TR, 972, "USD", period=LY24),
    c("$1,000", "other", TR, 1000, "USD", period=("2023", None, "in 2023")),
    c("62.3 million", "other", TR, 62.3 * M, "count", period=LY24),
    ch("6.6%", "other", TR, 6.6, "percent", period=LY24),
    c("6.7 million visitors", "other", ["Russia", "Turkey"], 6.7 * M, "count", period=LY24),
    c("6.6 million", "other", ["Germany", "Turkey"], 6.6 * M, "count", period=LY24),
    c("4.3 million", "other", ["Turkey", "United Kingdom"], 4.3 * M, "count", period=LY24),
    c("$64 billion", "other", TR, 64 * B, "USD", kind="target", period=("2025", None, "in 2025"), speaker=ERSOY),
    c("65 million visitors", "other", TR, 65 * M, "count", kind="target", period=("2025", None, "in 2025"),
      speaker=ERSOY),
    c("$100 billion", "other", TR, 100 * B, "USD", kind="target", period=("2028", None, "for 2028"),
      speaker=ERSOY),
    c("70 million foreign visitors", "other", TR, 70 * M, "count", kind="potential",
      period=("2026", None, "as early as 2026"), speaker=ERSOY),
    c("$10 billion", "other", TR, 10 * B, "USD", period=Y24),
]

AZ_GE = ["Azerbaijan", "Georgia"]
AZ = ["Azerbaijan"]
J7 = ("2024-01", "2024-07", "from January through July 2024")

D006 = [
    c("$620 million", "trade_turnover", AZ_GE, 620 * M, "USD", bound="more_than",
      period=("2024-01", "2024-07", "in 7M2024")),
    c("$623.4 million", "trade_turnover", AZ_GE, 623.4 * M, "USD", period=J7),
    ch("12.6 percent", "trade_turnover", AZ_GE, 12.6, "percent", period=J7),
    ch("$70 million", "trade_turnover", AZ_GE, 70 * M, "USD", period=J7),
    c("$489.7 million", "exports", AZ_GE, 489.7 * M, "USD", period=("2024-01", "2024-07", "over the seven months")),
    ch("by 15.2 percent", "exports", AZ_GE, 15.2, "percent", period=("2024-01", "2024-07", "over the seven months")),
    ch("by 1.3 percent", "imports", AZ_GE, -1.3, "percent", period=("2024-01", "2024-07", "over the seven months")),
    c("$133.7 million", "imports", AZ_GE, 133.7 * M, "USD", period=("2024-01", "2024-07", "over the seven months")),
    c("2.4 percent", "trade_share", AZ_GE, 2.4, "percent", period=("2024-01", "2024-07", "in January-July")),
    c("$94.1 million", "trade_turnover", AZ_GE, 94.1 * M, "USD", period=("2024-07", None, "In July alone")),
    c("$81 million", "trade_turnover", AZ_GE, 81 * M, "USD", period=("2023-07", None, "in July 2023")),
    c("$26.3 billion", "trade_turnover", AZ, 26.3 * B, "USD", period=("2024-01", "2024-07", "for January-July 2024")),
    c("$15.1 billion", "exports", AZ, 15.1 * B, "USD", period=("2024-01", "2024-07", "for January-July 2024")),
    c("$11.2 billion", "imports", AZ, 11.2 * B, "USD", period=("2024-01", "2024-07", "for January-July 2024")),
    c("$3.9 billion", "trade_balance", AZ, 3.9 * B, "USD", period=("2024-01", "2024-07", "for January-July 2024")),
    c("$1.07 billion", "trade_turnover", AZ_GE, 1.07 * B, "USD", period=("2023", None, "in 2023")),
    ch("9 percent", "trade_turnover", AZ_GE, -9, "percent", period=("2023", None, "in 2023")),
    c("$1.5 billion", "trade_turnover", AZ_GE, 1.5 * B, "USD", kind="target", period=("2026", None, "by 2026")),
]

N9 = ("2024-01", "2024-09", "in the nine months")
RUSTAMOV = "Rovshan Rustamov"
KZ_AZ_GE_TR = ["Azerbaijan", "Georgia", "Kazakhstan", "Turkey"]

D007 = [
    ch("2.5 times", "cargo_transport", AZ, 2.5, "multiple", period=("2024-01", "2024-09", "in 9M")),
    ch("2.5 times", "cargo_transport", AZ, 2.5, "multiple", n=2,
       period=("2024-01", "2024-09", "in January-September 2024")),
    c("3.9 million tonnes", "cargo_transport", AZ, 3.9 * M, "tonnes",
      period=("2024-01", "2024-09", "in January-September 2024")),
    ch("1.8-fold", "cargo_transport", AZ, 1.8, "multiple", period=("2024-01", "2024-09", "over nine months")),
    c("41,200 TEU", "cargo_transport", AZ, 41200, "teu", period=("2024-01", "2024-09", "over nine months")),
    c("2.4 million tonnes", "cargo_transport", AZ, 2.4 * M, "tonnes", period=("2024-01", "2024-06", "In H1")),
    c("1.6 million tonnes", "cargo_transport", KZ_AZ_GE_TR, 1.6 * M, "tonnes", period=N9),
    ch("37 percent", "cargo_transport", KZ_AZ_GE_TR, 37, "percent", period=N9),
    c("520,000 tonnes", "cargo_transport", ["Azerbaijan", "China", "Kazakhstan"], 520000, "tonnes", period=N9),
    ch("about 60 percent", "cargo_transport", ["Azerbaijan", "China", "Kazakhstan"], 60, "percent",
       bound="about", period=N9),
    c("11.8 million tonnes", "cargo_transport", AZ, 11.8 * M, "tonnes", period=N9, speaker=RUSTAMOV),
    c("430,000 tonnes", "cargo_transport", ["Azerbaijan", "Georgia", "Turkey"], 430000, "tonnes", period=N9,
      speaker=RUSTAMOV),
    c("10 million tonnes", "cargo_transport", AZ, 10 * M, "tonnes", kind="target", period=("2027", None, "by 2027"),
      speaker=RUSTAMOV),
    ch("double", "cargo_transport", AZ, 2, "multiple", kind="target", period=(None, None, "in the longer term"),
       speaker=RUSTAMOV),
    c("4.2 million tonnes", "cargo_transport", AZ, 4.2 * M, "tonnes",
      period=("2024-01", "2024-09", "in January-September")),
    ch("8 percent", "cargo_transport", AZ, -8, "percent", period=("2024-01", "2024-09", "in January-September")),
]

KZ = ["Kazakhstan"]
MY = ("2024-09-01", "2024-12-03", "since the start of the 2024/25 marketing year on September 1")
SEPT = ("2024-09-01", "2024-12-03", "since September")
SEASON = ("2024-09-01", "2025-08-31", "This season")
SULTANOV = "Azat Sultanov"

D008 = [
    c("2.9 mln tonnes", "exports", KZ, 2.9 * M, "tonnes",
      period=("2024-09-01", "2024-12-03", "since start of marketing year")),
    c("2.9 million tonnes", "exports", KZ, 2.9 * M, "tonnes", period=MY),
    c("510,000 tonnes", "exports", KZ, 510000, "tonnes", period=MY),
    c("some 2.3 million tonnes", "exports", KZ, 2.3 * M, "tonnes", bound="about", period=SEPT),
    ch("almost threefold", "exports", ["China", "Kazakhstan"], 3, "multiple", bound="about", period=SEPT),
    c("610,000 tonnes", "exports", ["China", "Kazakhstan"], 610000, "tonnes", period=SEPT),
    c("26.7 million tonnes", "other", KZ, 26.7 * M, "tonnes", period=("2024-01-01", "2024-12-03", "This year")),
    c("17.1 million tonnes", "other", KZ, 17.1 * M, "tonnes", period=("2023", None, "in 2023")),
    c("10-12 million tonnes", "exports", KZ, 10 * M, "tonnes", high=12 * M, kind="potential",
      period=("2024-09-01", "2025-08-31", "for the 2024/25 marketing year"), speaker=SULTANOV),
    c("at least 2 million tonnes", "exports", KZ, 2 * M, "tonnes", bound="at_least", kind="forecast",
      period=SEASON, speaker=SULTANOV),
    ch("twice", "exports", KZ, 2, "multiple", kind="forecast", period=SEASON, speaker=SULTANOV),
    c("$3.8 billion", "exports", KZ, 3.8 * B, "USD", period=("2023", None, "In 2023")),
    c("$1.4 billion", "exports", KZ, 1.4 * B, "USD", period=("2023", None, "In 2023")),
    c("$8 billion", "exports", KZ, 8 * B, "USD", kind="target", period=("2030", None, "by 2030")),
]

GE = ["Georgia"]
OCT = ("2024-10", None, "In October 2024")
JO24 = ("2024-01", "2024-10", "In January-October 2024")

D009 = [
    c("USD 293.5 million", "remittances", GE, 293.5 * M, "USD", period=OCT),
    ch("8.9 percent", "remittances", GE, -8.9, "percent", period=OCT),
    c("USD 52.1 million", "remittances", GE, 52.1 * M, "USD", period=OCT),
    ch("6.4 percent", "remittances", GE, 6.4, "percent", period=OCT),
    c("USD 241.4 million", "remittances", GE, 241.4 * M, "USD", period=OCT),
    ch("11.6 percent", "remittances", GE, -11.6, "percent", period=OCT),
    c("USD 41.2 million", "remittances", ["Georgia", "Italy"], 41.2 * M, "USD", period=OCT),
    ch("14.9 percent", "remittances", ["Georgia", "Italy"], 14.9, "percent", period=OCT),
    c("USD 39.8 million", "remittances", ["Georgia", "United States"], 39.8 * M, "USD", period=OCT),
    ch("21.4 percent", "remittances", ["Georgia", "United States"], 21.4, "percent", period=OCT),
    c("USD 31.7 million", "remittances", ["Georgia", "Russia"], 31.7 * M, "USD", period=OCT),
    ch("55.2 percent", "remittances", ["Georgia", "Russia"], -55.2, "percent", period=OCT),
    c("USD 117.1 million", "remittances", ["European Union", "Georgia"], 117.1 * M, "USD", period=OCT),
    c("39.9 percent", "other", ["European Union", "Georgia"], 39.9, "percent", period=OCT),
    c("USD 2,905.6 million", "remittances", GE, 2905.6 * M, "USD", period=JO24),
    ch("16.9 percent", "remittances", GE, -16.9, "percent", period=JO24),
    ch("2.3 times", "remittances", ["Georgia", "Russia"], 1 / 2.3, "multiple",
       period=("2024-01", "2024-10", "over the ten months")),
    c("USD 378.9 million", "remittances", ["Georgia", "Russia"], 378.9 * M, "USD",
      period=("2024-01", "2024-10", "over the ten months")),
]

EU_CA = ["Central Asia", "European Union"]
Y23 = ("2023", None, "in 2023")

D010 = [
    c("€54 billion", "trade_turnover", EU_CA, 54 * B, "EUR", period=Y23),
    c("€54 billion", "trade_turnover", EU_CA, 54 * B, "EUR", n=2, period=Y23),
    ch("almost doubling", "trade_turnover", EU_CA, 2, "multiple", bound="about", period=("2023", None, "since 2019")),
    c("22.6%", "trade_share", EU_CA, 22.6, "percent", period=Y23),
    c("€33.5 billion", "imports", EU_CA, 33.5 * B, "EUR", period=Y23),
    c("€20.5 billion", "exports", EU_CA, 20.5 * B, "EUR", period=Y23),
    ch("by 31%", "exports", EU_CA, 31, "percent", period=Y23),
    c("€43.2 billion", "trade_turnover", ["European Union", "Kazakhstan"], 43.2 * B, "EUR", period=Y23),
    ch("by 42%", "trade_turnover", ["European Union", "Uzbekistan"], 42, "percent", period=Y23),
    c("€5.1 billion", "trade_turnover", ["European Union", "Uzbekistan"], 5.1 * B, "EUR", period=Y23),
    c("more than €100 billion", "fdi", EU_CA, 100 * B, "EUR", bound="more_than",
      period=("2022-12-31", None, "at the end of 2022")),
    c("roughly 40%", "other", EU_CA, 40, "percent", bound="about", period=("2022-12-31", None, "at the end of 2022")),
    c("€10 billion", "investment", EU_CA, 10 * B, "EUR", kind="target"),
]

OPEC = ["OPEC+"]
SA = ["Saudi Arabia"]
Q3 = ("2024-07", "2024-09", "in the third quarter")

D011 = [
    ch("5.86 million barrels per day", "other", OPEC, -5.86 * M, "barrels", period=(None, None, "currently")),
    c("about 5.7%", "other", OPEC, 5.7, "percent", bound="about", period=(None, None, "currently")),
    ch("3.66 million bpd", "other", OPEC, -3.66 * M, "barrels", kind="target", period=("2025", None, "through 2025")),
    ch("2.2 million bpd", "other", OPEC, -2.2 * M, "barrels", kind="target",
       period=("2024-07", "2024-09", "into the third quarter of 2024")),
    c("about 9 million bpd", "other", SA, 9 * M, "barrels", bound="about", period=("2024-05", None, "in May")),
    c("more than 10.5 million bpd", "other", SA, 10.5 * M, "barrels", bound="more_than",
      period=("2023-06", None, "in June 2023")),
    c("8.978 million bpd", "other", SA, 8.978 * M, "barrels", kind="target", period=Q3),
    ch("by 300,000 bpd", "other", ["United Arab Emirates"], 300000, "barrels", kind="target",
       period=("2025-01", "2025-09", "over the first nine months of 2025")),
    ch("by 1.5 million to 2 million bpd", "other", ["World"], 1.5 * M, "barrels", high=2 * M, kind="forecast",
       period=("2024", None, "this year"), speaker="Prince Abdulaziz bin Salman"),
    c("$81.11", "other", ["World"], 81.11, "USD", period=("2024-05-31", None, "on Friday")),
    ch("7%", "other", ["World"], -7, "percent", period=("2024-05", None, "in May")),
    c("around $96", "other", SA, 96, "USD", bound="about"),
]

DE = ["Germany"]
JUN = ("2024-06", None, "in June")
BRZESKI = "Carsten Brzeski"

D012 = [
    ch("by 1.4 percent", "industrial_output", DE, 1.4, "percent", period=JUN),
    ch("1 percent", "industrial_output", DE, 1, "percent", kind="forecast", period=("2024-06", None, "June")),
    ch("1.6 percent", "industrial_output", DE, -1.6, "percent", period=("2024-05", None, "in May")),
    ch("4.1 percent", "industrial_output", DE, -4.1, "percent", period=("2024-06", None, "In June")),
    ch("by 1.5 percent", "industrial_output", DE, -1.5, "percent",
       period=("2024-04", "2024-06", "In the second quarter")),
    ch("2.2 percent", "industrial_output", DE, 2.2, "percent", period=JUN),
    ch("about 14 percent", "industrial_output", DE, -14, "percent", bound="about", period=JUN),
    ch("by 3.4 percent", "exports", DE, -3.4, "percent", period=JUN),
    c("110.8 billion euros", "exports", DE, 110.8 * B, "EUR", period=JUN),
    ch("by 0.9 percent", "imports", DE, 0.9, "percent", period=JUN),
    c("88.4 billion euros", "imports", DE, 88.4 * B, "EUR", period=JUN),
    c("22.4 billion euros", "trade_balance", DE, 22.4 * B, "EUR", period=JUN),
    ch("by 1.7 percent", "exports", ["Germany", "United States"], -1.7, "percent", period=JUN),
    c("13.2 billion euros", "exports", ["Germany", "United States"], 13.2 * B, "EUR", period=JUN),
    ch("4.5 percent", "exports", ["China", "Germany"], -4.5, "percent", period=JUN),
    c("7.8 billion euros", "exports", ["China", "Germany"], 7.8 * B, "EUR", period=JUN),
    ch("between 0 and 0.3 percent", "gdp_growth", DE, 0, "percent", high=0.3, kind="forecast",
       period=("2024", None, "this year"), speaker=BRZESKI),
    ch("0.3 percent", "gdp_growth", DE, 0.3, "percent", n=2, kind="forecast", period=("2024", None, "for 2024")),
    ch("0.2 percent", "gdp_growth", DE, 0.2, "percent", kind="forecast", period=("2024", None, "for 2024")),
]

JP = ["Japan"]
MAY = ("2024-05", None, "in May")
FY23 = ("2023-04-01", "2024-03-31", "For fiscal 2023, which ended in March")

D013 = [
    ch("1.4 percent", "average_wage", JP, -1.4, "percent", period=MAY),
    ch("1.9 percent", "average_wage", JP, 1.9, "percent", period=MAY),
    c("297,151 yen", "average_wage", JP, 297151, "JPY", period=MAY),
    c("3.3 percent", "inflation", JP, 3.3, "percent", period=MAY),
    ch("2.5 percent", "average_wage", JP, 2.5, "percent", period=MAY),
    ch("by an average of 5.1 percent", "average_wage", JP, 5.1, "percent",
       period=("2024-01-01", "2024-07-08", "this year's")),
    ch("around 1 percent", "average_wage", JP, 1, "percent", bound="about", kind="target",
       period=(None, None, "on a sustained basis"), speaker="Yoshitaka Shindo"),
    c("0 to 0.1 percent", "policy_rate", JP, 0, "percent", high=0.1, period=("2024-03", None, "in March")),
    c("0.25 percent", "policy_rate", JP, 0.25, "percent", kind="forecast", period=("2024", None, "later this year")),
    ch("2.2 percent", "average_wage", JP, -2.2, "percent", period=FY23),
    ch("1.3 percent", "average_wage", JP, 1.3, "percent", period=FY23),
    c("329,859 yen", "average_wage", JP, 329859, "JPY", period=FY23),
]

KZ_TR = ["Kazakhstan", "Turkey"]
BOLAT = "Ömer Bolat"
ZHUM = "Serik Zhumangarin"
SINCE91 = ("1991-01-01", "2024-10-25", "since 1991")

D014 = [
    c("$10 billion", "trade_turnover", KZ_TR, 10 * B, "USD", kind="target"),
    c("$10 billion", "trade_turnover", KZ_TR, 10 * B, "USD", n=2, kind="target", speaker=BOLAT),
    c("$6.4 billion", "trade_turnover", KZ_TR, 6.4 * B, "USD", period=("2023", None, "Last year"), speaker=BOLAT),
    ch("35%", "trade_turnover", KZ_TR, 35, "percent", period=("2023", None, "Last year"), speaker=BOLAT),
    c("$4.9 billion", "trade_turnover", KZ_TR, 4.9 * B, "USD",
      period=("2024-01", "2024-09", "In the first nine months of this year"), speaker=BOLAT),
    c("$10 billion", "trade_turnover", KZ_TR, 10 * B, "USD", n=3, kind="target", period=("2027", None, "by 2027"),
      speaker=BOLAT),
    c("about $5 billion", "investment", KZ_TR, 5 * B, "USD", bound="about", period=SINCE91, speaker=BOLAT),
    c("$1.5 billion", "investment", KZ_TR, 1.5 * B, "USD", bound="more_than", period=SINCE91, speaker=BOLAT),
    ch("two-three times", "trade_turnover", KZ_TR, 2, "multiple", high=3, kind="potential",
       period=("2030", None, "by 2030"), speaker=ZHUM),
    ch("by 42%", "exports", KZ_TR, 42, "percent", period=("2023", None, "last year"), speaker=ZHUM),
    c("$4.2 billion", "exports", KZ_TR, 4.2 * B, "USD", period=("2023", None, "last year"), speaker=ZHUM),
    c("$2.2 billion", "imports", KZ_TR, 2.2 * B, "USD", period=("2023", None, "last year"), speaker=ZHUM),
    ch("double", "exports", KZ_TR, 2, "multiple", kind="target", period=("2026", None, "by 2026"), speaker=ZHUM),
    ch("1.5-fold", "cargo_transport", KZ_TR, 1.5, "multiple", period=("2024-01", "2024-09", "in January-September"),
       speaker=ZHUM),
    c("420,000 tonnes", "cargo_transport", KZ_TR, 420000, "tonnes",
      period=("2024-01", "2024-09", "in January-September"), speaker=ZHUM),
]

AZ_PK = ["Azerbaijan", "Pakistan"]
PK = ["Pakistan"]
MOH = "Qasim Mohiuddin"

D015 = [
    c("$1 billion", "trade_turnover", AZ_PK, 1 * B, "USD", kind="potential", speaker=MOH),
    c("about $29 million", "trade_turnover", AZ_PK, 29 * M, "USD", bound="about", period=("2023", None, "last year"),
      speaker=MOH),
    ch("12%", "trade_turnover", AZ_PK, -12, "percent", period=("2023", None, "last year"), speaker=MOH),
    ch("tenfold", "trade_turnover", AZ_PK, 10, "multiple", kind="potential",
       period=(None, None, "within three years"), speaker=MOH),
    c("$1 billion", "trade_turnover", AZ_PK, 1 * B, "USD", n=2, kind="potential", period=(None, None, "eventually"),
      speaker=MOH),
    ch("by 40%", "trade_turnover", AZ_PK, 40, "percent", period=("2024-01", "2024-03", "in the first quarter of 2024"),
       speaker=MOH),
    c("$8.7 million", "trade_turnover", AZ_PK, 8.7 * M, "USD",
      period=("2024-01", "2024-03", "in the first quarter of 2024"), speaker=MOH),
    c("up to $500 million", "investment", AZ_PK, 500 * M, "USD", bound="at_most", kind="target", speaker=MOH),
    c("$1.6 billion", "investment", AZ_PK, 1.6 * B, "USD", kind="target", speaker=MOH),
    ch("by 2.4%", "gdp_growth", PK, 2.4, "percent", kind="forecast",
       period=("2023-07-01", "2024-06-30", "in the fiscal year ending June 2024"), speaker=MOH),
    ch("0.2%", "gdp_growth", PK, -0.2, "percent", period=("2022-07-01", "2023-06-30", "a year earlier"),
       speaker=MOH),
    c("38%", "inflation", PK, 38, "percent", period=("2023-05", None, "last May"), speaker=MOH),
    c("20.7%", "inflation", PK, 20.7, "percent", period=("2024-03", None, "in March"), speaker=MOH),
    c("$27 billion", "remittances", PK, 27 * B, "USD", period=("2022-07-01", "2023-06-30", "last fiscal year"),
      speaker=MOH),
]

KOBA = "Irakli Kobakhidze"

D016 = [
    ch("by 9.5%", "gdp_growth", GE, 9.5, "percent",
       period=("2024-01", "2024-09", "in the first nine months of this year"), speaker=KOBA),
    ch("by 15%", "cargo_transport", GE, 15, "percent", period=("2024-01", "2024-09", "over the same period"),
       speaker=KOBA),
    c("$18.4 billion", "trade_turnover", GE, 18.4 * B, "USD", period=("2023", None, "last year"), speaker=KOBA),
    ch("14%", "trade_turnover", GE, 14, "percent", period=("2023", None, "last year"), speaker=KOBA),
    c("$600 million", "investment", GE, 600 * M, "USD", kind="forecast"),
]

UZ = ["Uzbekistan"]
KHO = "Jamshid Khodjaev"

D017 = [
    c("$65.9 billion", "trade_turnover", UZ, 65.9 * B, "USD", period=Y24),
    c("$65.9 billion", "trade_turnover", UZ, 65.9 * B, "USD", n=2, period=Y24),
    ch("$3.3 billion", "trade_turnover", UZ, 3.3 * B, "USD", period=Y24),
    ch("5.3%", "trade_turnover", UZ, 5.3, "percent", period=Y24),
    ch("by 8.6%", "exports", UZ, 8.6, "percent", period=Y24),
    c("$26.9 billion", "exports", UZ, 26.9 * B, "USD", period=Y24),
    ch("by 3.4%", "imports", UZ, 3.4, "percent", period=Y24),
    c("$39 billion", "imports", UZ, 39 * B, "USD", period=Y24),
    c("$12.1 billion", "trade_balance", UZ, -12.1 * B, "USD", period=Y24),
    c("$12.9 billion", "trade_balance", UZ, -12.9 * B, "USD", period=("2023", None, "a year earlier")),
    c("$7.5 billion", "exports", UZ, 7.5 * B, "USD", period=Y24),
    ch("by 11%", "exports", UZ, 11, "percent", period=Y24),
    c("$19.4 billion", "exports", UZ, 19.4 * B, "USD", period=Y24),
    c("20.5%", "trade_share", ["China", "Uzbekistan"], 20.5, "percent", period=Y24),
    c("17.6%", "trade_share", ["Russia", "Uzbekistan"], 17.6, "percent", period=Y24),
    c("6.2%", "trade_share", ["Kazakhstan", "Uzbekistan"], 6.2, "percent", period=Y24),
    c("$13.5 billion", "trade_turnover", ["China", "Uzbekistan"], 13.5 * B, "USD", period=Y24),
    c("$11.6 billion", "trade_turnover", ["Russia", "Uzbekistan"], 11.6 * B, "USD", period=Y24),
    c("$4.1 billion", "trade_turnover", ["Kazakhstan", "Uzbekistan"], 4.1 * B, "USD", period=Y24),
    ch("halved", "trade_turnover", ["Afghanistan", "Uzbekistan"], 0.5, "multiple", period=Y24),
    c("$600 million", "trade_turnover", ["Afghanistan", "Uzbekistan"], 600 * M, "USD", period=Y24),
    c("6.8 billion dollars", "trade_turnover", UZ, 6.8 * B, "USD", period=("2024-12", None, "In December 2024 alone")),
    ch("2.2%", "trade_turnover", UZ, 2.2, "percent", period=("2024-12", None, "In December 2024 alone")),
    c("$45 billion", "exports", UZ, 45 * B, "USD", kind="target", period=("2030", None, "by 2030"), speaker=KHO),
    ch("1.5-2 times", "other", UZ, 1.5, "multiple", high=2, kind="target", period=("2030", None, "by 2030"),
       speaker=KHO),
    ch("by 28%", "remittances", UZ, 28, "percent", period=("2024", None, "last year")),
    c("$14.8 billion", "remittances", UZ, 14.8 * B, "USD", period=("2024", None, "last year")),
    c("77%", "other", ["Russia", "Uzbekistan"], 77, "percent", period=("2024", None, "last year")),
]

PL = ["Poland"]
Q3PL = ("2024-07", "2024-09", "in the third quarter of 2024")
DOM = "Andrzej Domański"
OCTPL = ("2024-10", None, "in October")

D018 = [
    ch("2.7%", "gdp_growth", PL, 2.7, "percent", period=("2024-07", "2024-09", "in Q3")),
    ch("by 2.7%", "gdp_growth", PL, 2.7, "percent", period=Q3PL),
    ch("3.2%", "gdp_growth", PL, 3.2, "percent", period=("2024-04", "2024-06", "in the second quarter")),
    ch("by 0.2%", "gdp_growth", PL, -0.2, "percent", period=("2024-07", "2024-09", "in the third quarter")),
    ch("0.3%", "other", PL, 0.3, "percent", period=("2024-07", "2024-09", "in the third quarter")),
    ch("by 2.0%", "investment", PL, 2.0, "percent", period=("2024-07", "2024-09", "in the third quarter")),
    ch("3.9%", "gdp_growth", PL, 3.9, "percent", kind="forecast", period=("2025", None, "in 2025"), speaker=DOM),
    c("about 60 billion zlotys", "other", ["European Union", "Poland"], 60 * B, "PLN", bound="about",
      kind="forecast", period=("2025", None, "next year"), speaker=DOM),
    c("4.6%", "inflation", PL, 4.6, "percent", period=("2024-11", None, "in November")),
    c("4.9%", "inflation", PL, 4.9, "percent", period=("2024-10", None, "in October")),
    c("5.75%", "policy_rate", PL, 5.75, "percent", period=("2024-11", None, "in November")),
    c("5.0%", "unemployment_rate", PL, 5.0, "percent", period=OCTPL),
    ch("0.1 percentage point", "unemployment_rate", PL, -0.1, "pp", period=OCTPL),
    c("8,408 zlotys", "average_wage", PL, 8408, "PLN", period=OCTPL),
    ch("11.6%", "average_wage", PL, 11.6, "percent", period=OCTPL),
    ch("by about 6.3%", "average_wage", PL, 6.3, "percent", bound="about", period=OCTPL),
    ch("between 3.5% and 4%", "gdp_growth", PL, 3.5, "percent", high=4, kind="forecast",
       period=("2025", None, "next year")),
    c("5%", "inflation", PL, 5, "percent", kind="forecast", period=("2025", None, "in 2025")),
]


MX = ["Mexico"]
CERV = "Jesús Cervantes"

D019 = [
    ch("4.6%", "remittances", MX, -4.6, "percent", period=Y24),
    c("$64.7 billion", "remittances", MX, 64.7 * B, "USD", period=Y24),
    c("$390", "other", MX, 390, "USD", period=Y24),
    c("$385", "other", MX, 385, "USD", period=("2023", None, "in 2023")),
    c("About 95%", "other", ["Mexico", "United States"], 95, "percent", bound="about", period=Y24),
    c("about 3.5%", "other", MX, 3.5, "percent", bound="about", period=Y24),
    c("$5.5 billion", "remittances", MX, 5.5 * B, "USD", period=("2024-12", None, "In December 2024 alone")),
    ch("2.1%", "remittances", MX, 2.1, "percent", period=("2024-12", None, "In December 2024 alone")),
    ch("by between 1% and 3%", "remittances", MX, -3, "percent", high=-1, kind="forecast",
       period=("2025", None, "in 2025"), speaker=CERV),
    ch("1.2%", "gdp_growth", MX, 1.2, "percent", period=Y24),
    ch("3.3%", "gdp_growth", MX, 3.3, "percent", period=("2023", None, "in 2023")),
]

AZ_KZ_UZ = ["Azerbaijan", "Kazakhstan", "Uzbekistan"]
KARA = "Marat Karabayev"
NAB = "Rashad Nabiyev"
CHOR = "Jasurbek Choriyev"
N9B = ("2024-01", "2024-09", "in January-September")

D020 = [
    ch("1.5-fold", "cargo_transport", AZ_KZ_UZ, 1.5, "multiple", kind="potential"),
    ch("by 1.5 times", "cargo_transport", AZ_KZ_UZ, 1.5, "multiple", kind="potential",
       period=(None, None, "within the next two years"), speaker=KARA),
    c("4 million tonnes", "cargo_transport", AZ_KZ_UZ, 4 * M, "tonnes", bound="more_than",
      period=("2024-01-01", "2024-11-08", "This year"), speaker=KARA),
    c("5.5 million tonnes", "cargo_transport", AZ_KZ_UZ, 5.5 * M, "tonnes", kind="target",
      period=("2025", None, "Next year"), speaker=KARA),
    ch("by 37%", "trade_turnover", ["Azerbaijan", "Uzbekistan"], 37, "percent", period=N9B, speaker=NAB),
    c("$217 million", "trade_turnover", ["Azerbaijan", "Uzbekistan"], 217 * M, "USD", period=N9B, speaker=NAB),
    c("$395 million", "trade_turnover", ["Azerbaijan", "Kazakhstan"], 395 * M, "USD", period=N9B, speaker=NAB),
    ch("6%", "trade_turnover", ["Azerbaijan", "Kazakhstan"], -6, "percent", period=N9B, speaker=NAB),
    c("$3.4 billion", "trade_turnover", ["Kazakhstan", "Uzbekistan"], 3.4 * B, "USD",
      period=("2024-01", "2024-09", "in the first nine months"), speaker=CHOR),
    c("$10 billion", "trade_turnover", ["Kazakhstan", "Uzbekistan"], 10 * B, "USD", kind="target",
      period=("2030", None, "by 2030"), speaker=CHOR),
]


def _docs() -> list[tuple[str, list[dict]]]:
    """Gives (article file name, claims) for every article, in file order."""
    from pathlib import Path

    names = sorted(path.name for path in (Path(__file__).resolve().parent / "articles").glob("*.txt"))
    claims = {key[1:]: value for key, value in globals().items() if key.startswith("D0")}
    return [(name, claims[name[:3]]) for name in names]


DOCS = _docs()
