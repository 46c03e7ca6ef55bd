"""Hand annotations of the second held-out set (eval/holdout2/articles).

Written from the claim contract (shared/CLAIMS.md) alone, blind to the extractor. Each
claim gives its surface exactly as written (with `n` when the same surface reads more
than once before it in the article), the judged fields, and its period as
(first, last, period_text): first and last as YYYY, YYYY-MM or YYYY-MM-DD, expanded
by annotate.py to the first and last day; (None, None, text) keeps a phrase that does
not resolve. annotate.py finds the offsets and cuts the sentence.
"""

from __future__ import annotations

AZ, RU, TR, KZ, CN, UZ = "Azerbaijan", "Russia", "Turkey", "Kazakhstan", "China", "Uzbekistan"
UK, US, EA, EU = "United Kingdom", "United States", "Euro area", "European Union"


def c(
    surface: str,
    indicator: str,
    entities: list[str] | str,
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
        "entities": [entities] if isinstance(entities, str) else list(entities),
        "low": low,
        "high": high,
        "unit": unit,
        "bound": bound,
        "measure": measure,
        "kind": kind,
        "period": period,
        "speaker": speaker,
    }


B, M, T = 1e9, 1e6, 1e12

# 001 -- published 2024-06-19 (Reuters)
_P = ("2024-05", None, "in May")
_A = ("2024-04", None, "in April")
HUNT, GREGORY = "Jeremy Hunt", "Ruth Gregory"
D001 = [
    c("2%", "inflation", UK, 2, "percent"),
    c("by 2.0%", "inflation", UK, 2.0, "percent", period=_P),
    c("2.3%", "inflation", UK, 2.3, "percent", period=_A),
    c("5.7%", "inflation", UK, 5.7, "percent", period=_P),
    c("5.9%", "inflation", UK, 5.9, "percent", period=_A),
    c("5.3%", "inflation", UK, 5.3, "percent", kind="forecast", period=("2024-05", None, "for May")),
    c("3.5%", "inflation", UK, 3.5, "percent", period=_P),
    c("3.9%", "inflation", UK, 3.9, "percent", period=_A),
    c("by 1.7%", "inflation", UK, 1.7, "percent", period=("2024-05", None, "last month")),
    c("17.2%", "inflation", UK, -17.2, "percent", period=("2024-05", None, "last month")),
    c("by 0.6%", "gdp_growth", UK, 0.6, "percent", measure="change",
      period=("2024-01", "2024-03", "in the first quarter of 2024"), speaker=HUNT),
    c("5.25%", "policy_rate", UK, 5.25, "percent",
      period=("2023-08", "2024-06-19", "since August 2023")),
    c("around 2.5%", "inflation", UK, 2.5, "percent", bound="about", kind="forecast",
      period=("2024-07", "2024-12", "in the second half of the year"), speaker=GREGORY),
    c("about 2.6%", "inflation", UK, 2.6, "percent", bound="about", kind="forecast",
      period=("2024-12-31", None, "by the end of 2024")),
    c("by 6.0%", "average_wage", UK, 6.0, "percent", measure="change",
      period=("2024-02", "2024-04", "in the three months to April")),
    c("4.4%", "unemployment_rate", UK, 4.4, "percent",
      period=("2024-02", "2024-04", "in the three months to April")),
    c("£20.5 billion", "other", UK, 20.5 * B, "GBP", period=("2024-04", None, "in April")),
    c("£1.4 billion", "other", UK, 1.4 * B, "GBP", measure="change",
      period=("2024-04", None, "in April")),
]

# 002 -- no header (Xinhua); every period written with its year
_NOV = ("2023-11", None, "in November 2023")
_JN = ("2023-01", "2023-11", "In the first 11 months of 2023")
LIU = "Liu Aihua"
D002 = [
    c("6.6 percent", "industrial_output", CN, 6.6, "percent", measure="change", period=_NOV),
    c("4.6 percent", "industrial_output", CN, 4.6, "percent", measure="change",
      period=("2023-10", None, "in October 2023")),
    c("0.87 percent", "industrial_output", CN, 0.87, "percent", measure="change", period=_NOV),
    c("4.3 percent", "industrial_output", CN, 4.3, "percent", measure="change", period=_JN),
    c("10.1 percent", "retail_sales", CN, 10.1, "percent", measure="change", period=_NOV),
    c("4.28 trillion yuan", "retail_sales", CN, 4.28 * T, "CNY", period=_NOV),
    c("42.78 trillion yuan", "retail_sales", CN, 42.78 * T, "CNY",
      period=("2023-01", "2023-11", "In January-November 2023")),
    c("7.2 percent", "retail_sales", CN, 7.2, "percent", measure="change",
      period=("2023-01", "2023-11", "In January-November 2023")),
    c("11.4 trillion yuan", "retail_sales", CN, 11.4 * T, "CNY",
      period=("2023-01", "2023-11", "in the first 11 months of 2023")),
    c("8.5 percent", "retail_sales", CN, 8.5, "percent", measure="change",
      period=("2023-01", "2023-11", "in the first 11 months of 2023")),
    c("26.6 percent", "other", CN, 26.6, "percent",
      period=("2023-01", "2023-11", "in the first 11 months of 2023")),
    c("2.9 percent", "investment", CN, 2.9, "percent", measure="change",
      period=("2023-01", "2023-11", "in the January-November 2023 period")),
    c("46.01 trillion yuan", "investment", CN, 46.01 * T, "CNY",
      period=("2023-01", "2023-11", "in the January-November 2023 period")),
    c("9.4 percent", "investment", CN, -9.4, "percent", measure="change",
      period=("2023-01", "2023-11", "over the same period")),
    c("10.45 trillion yuan", "investment", CN, 10.45 * T, "CNY",
      period=("2023-01", "2023-11", "over the same period")),
    c("5 percent", "unemployment_rate", CN, 5, "percent", period=_NOV),
    c("by about 30 percent", "other", CN, 30, "percent", bound="about", measure="change",
      period=_NOV, speaker=LIU),
    c("by more than 60 percent", "other", CN, 60, "percent", bound="more_than",
      measure="change", period=_NOV, speaker=LIU),
    c("around 5 percent", "gdp_growth", CN, 5, "percent", bound="about", measure="change",
      kind="target", period=("2023", None, "in 2023")),
    c("5.2 percent", "gdp_growth", CN, 5.2, "percent", measure="change",
      period=("2023-01", "2023-09", "in the first three quarters of 2023")),
]

# 003 -- published 2024-02-27 (TASS)
NOVAK = "Alexander Novak"
_Y23 = ("2023", None, "in 2023")
_LY = ("2023", None, "last year")
D003 = [
    c("about 530 million tonnes", "other", RU, 530 * M, "tonnes", bound="about", period=_Y23,
      speaker=NOVAK),
    c("less than 1%", "other", RU, -1, "percent", bound="less_than", measure="change",
      period=_Y23, speaker=NOVAK),
    c("234 million tonnes", "exports", RU, 234 * M, "tonnes", period=_LY, speaker=NOVAK),
    c("107 million tonnes", "exports", [CN, RU], 107 * M, "tonnes", period=_LY, speaker=NOVAK),
    c("45%", "trade_share", [CN, RU], 45, "percent", bound="more_than", period=_LY,
      speaker=NOVAK),
    c("more than 10 times", "exports", ["India", RU], 10, "multiple", bound="more_than",
      measure="change", period=_Y23, speaker=NOVAK),
    c("275 million tonnes", "other", RU, 275 * M, "tonnes", period=_Y23),
    c("by 6%", "exports", RU, -6, "percent", measure="change", period=_Y23),
    c("around 115 million tonnes", "exports", RU, 115 * M, "tonnes", bound="about",
      period=_Y23),
    c("637 billion cubic metres", "other", RU, 637 * B, "cubic_metres", period=_Y23),
    c("5.5%", "other", RU, -5.5, "percent", measure="change", period=_Y23),
    c("by 28%", "exports", RU, -28, "percent", measure="change", period=_Y23),
    c("99.6 billion cubic metres", "exports", RU, 99.6 * B, "cubic_metres", period=_Y23),
    c("by 4%", "exports", RU, 4, "percent", measure="change", period=_Y23, speaker=NOVAK),
    c("33 million tonnes", "exports", RU, 33 * M, "tonnes", period=_Y23, speaker=NOVAK),
    c("triple", "other", RU, 3, "multiple", measure="change", kind="target",
      period=("2030", None, "by 2030"), speaker=NOVAK),
    c("100 million tonnes", "other", RU, 100 * M, "tonnes", kind="target",
      period=("2030", None, "by 2030"), speaker=NOVAK),
    c("38 billion cubic metres", "exports", [CN, RU], 38 * B, "cubic_metres", kind="target",
      period=("2024", None, "this year"), speaker=NOVAK),
    c("5 billion cubic metres", "exports", [CN, RU], 5 * B, "cubic_metres", measure="change",
      kind="target", period=("2024", None, "this year"), speaker=NOVAK),
    c("30%", "other", RU, 30, "percent", period=_Y23),
    c("42%", "other", RU, 42, "percent", period=("2022", None, "in 2022")),
    c("by 24%", "budget_revenue", RU, -24, "percent", measure="change", period=_LY),
    c("8.8 trillion rubles", "budget_revenue", RU, 8.8 * T, "RUB", period=_LY),
]

DOCS = [
    ("001_reuters_uk_inflation_may_2024.txt", D001),
    ("002_xinhua_china_industrial_output_nov_2023.txt", D002),
    ("003_tass_russia_oil_gas_output_2023.txt", D003),
]
