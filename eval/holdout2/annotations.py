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

# 004 -- published 2023-11-30 (Interfax)
_OCT, _SEP = ("2023-10", None, "in October"), ("2023-09", None, "in September")
RESHETNIKOV = "Maxim Reshetnikov"
D004 = [
    c("5.1%", "gdp_growth", RU, 5.1, "percent", measure="change", period=_OCT),
    c("by 5.1%", "gdp_growth", RU, 5.1, "percent", measure="change", period=_OCT),
    c("5.5%", "gdp_growth", RU, 5.5, "percent", measure="change", period=_SEP),
    c("3.2%", "gdp_growth", RU, 3.2, "percent", measure="change",
      period=("2023-01", "2023-10", "In January-October")),
    c("5.5%", "gdp_growth", RU, 5.5, "percent", n=2, measure="change",
      period=("2023-07", "2023-09", "In the third quarter")),
    c("by 5.3%", "industrial_output", RU, 5.3, "percent", measure="change", period=_OCT),
    c("5.6%", "industrial_output", RU, 5.6, "percent", measure="change", period=_SEP),
    c("by 9.9%", "industrial_output", RU, 9.9, "percent", measure="change", period=_OCT),
    c("by 3.8%", "industrial_output", RU, 3.8, "percent", measure="change",
      period=("2023-01", "2023-10", "In the first ten months of the year")),
    c("by 11.5%", "retail_sales", RU, 11.5, "percent", measure="change", period=_OCT),
    c("by 5.9%", "retail_sales", RU, 5.9, "percent", measure="change",
      period=("2023-01-01", "2023-11-30", "since the beginning of the year")),
    c("2.9%", "unemployment_rate", RU, 2.9, "percent", period=_OCT),
    c("3.0%", "unemployment_rate", RU, 3.0, "percent", period=_SEP),
    c("2.2 million", "other", RU, 2.2 * M, "count", period=_OCT),
    c("by 12.8%", "average_wage", RU, 12.8, "percent", measure="change", period=_SEP),
    c("4.5%", "average_wage", RU, 4.5, "percent", measure="change",
      period=("2023-08", None, "in August")),
    c("73,000 rubles", "average_wage", RU, 73000, "RUB", period=_SEP),
    c("18.7%", "average_wage", RU, 18.7, "percent", measure="change", period=_SEP),
    c("2.8%", "gdp_growth", RU, 2.8, "percent", measure="change", kind="forecast",
      period=("2023", None, "for 2023")),
    c("1.2%", "gdp_growth", RU, 1.2, "percent", measure="change", kind="forecast",
      period=("2023", None, "for 2023")),
    c("2.3%", "gdp_growth", RU, 2.3, "percent", measure="change", kind="forecast",
      period=("2024", None, "in 2024")),
    c("by almost 2%", "gdp_growth", RU, 2, "percent", bound="about", measure="change",
      speaker=RESHETNIKOV),
    c("6.7%", "inflation", RU, 6.7, "percent", period=_OCT),
    c("6.0%", "inflation", RU, 6.0, "percent", period=_SEP),
    c("by 200 basis points", "policy_rate", RU, 2, "pp", measure="change",
      period=("2023-10-27", None, "on October 27")),
    c("15%", "policy_rate", RU, 15, "percent", period=("2023-10-27", None, "on October 27")),
    c("7-7.5%", "inflation", RU, 7, "percent", high=7.5, kind="forecast",
      period=("2023-12-31", None, "at the end of this year")),
    c("by 8.1%", "investment", RU, 8.1, "percent", measure="change",
      period=("2023-01", "2023-06", "in the first half of 2023")),
    c("12.3 trillion rubles", "investment", RU, 12.3 * T, "RUB",
      period=("2023-01", "2023-06", "in the first half of 2023")),
]

# 005 -- published 2024-01-03 (Anadolu Agency)
ERDOGAN, BOLAT = "Recep Tayyip Erdogan", "Omer Bolat"
_LY = ("2023", None, "last year")
D005 = [
    c("$255.8B", "exports", TR, 255.8 * B, "USD", period=_Y23),
    c("$255.8 billion", "exports", TR, 255.8 * B, "USD", period=_Y23, speaker=ERDOGAN),
    c("0.6%", "exports", TR, 0.6, "percent", measure="change", period=_Y23, speaker=ERDOGAN),
    c("by 5.4%", "exports", TR, 5.4, "percent", measure="change",
      period=("2023-12", None, "in December 2023"), speaker=ERDOGAN),
    c("$22.4 billion", "exports", TR, 22.4 * B, "USD",
      period=("2023-12", None, "in December 2023"), speaker=ERDOGAN),
    c("$267 billion", "exports", TR, 267 * B, "USD", kind="target",
      period=("2024", None, "for 2024"), speaker=ERDOGAN),
    c("by 5.6%", "imports", TR, -5.6, "percent", measure="change", period=_LY, speaker=BOLAT),
    c("$361.8 billion", "imports", TR, 361.8 * B, "USD", period=_LY, speaker=BOLAT),
    c("$106.3 billion", "trade_balance", TR, -106.3 * B, "USD", period=_LY, speaker=BOLAT),
    c("$109.5 billion", "trade_balance", TR, -109.5 * B, "USD",
      period=("2022", None, "in 2022"), speaker=BOLAT),
    c("70.7%", "other", TR, 70.7, "percent", period=_Y23, speaker=BOLAT),
    c("4.3 percentage points", "other", TR, 4.3, "pp", measure="change", period=_Y23,
      speaker=BOLAT),
    c("$375 billion", "exports", TR, 375 * B, "USD", kind="target",
      period=("2028", None, "by 2028"), speaker=BOLAT),
    c("$21.1 billion", "exports", ["Germany", TR], 21.1 * B, "USD", period=_Y23),
    c("$14.8 billion", "exports", [TR, US], 14.8 * B, "USD", period=_Y23),
    c("$12.7 billion", "exports", ["Iraq", TR], 12.7 * B, "USD", period=_Y23),
    c("by 18%", "exports", TR, 18, "percent", measure="change", period=_Y23),
    c("$35.6 billion", "exports", TR, 35.6 * B, "USD", period=_Y23),
    c("some 41%", "trade_share", [EU, TR], 41, "percent", bound="about", period=_Y23),
    c("$104.6 billion", "exports", [EU, TR], 104.6 * B, "USD", period=_Y23),
    c("by 68%", "exports", TR, 68, "percent", measure="change", period=_LY),
    c("6.2 trillion liras", "exports", TR, 6.2 * T, "TRY", period=_LY),
    c("about 37%", "other", TR, -37, "percent", bound="about", measure="change",
      period=("2023", None, "over the year")),
    c("by 49%", "other", TR, 49, "percent", measure="change", kind="forecast",
      period=("2024", None, "in 2024")),
    c("17,002 liras", "other", TR, 17002, "TRY", kind="forecast",
      period=("2024", None, "in 2024")),
    c("42.5%", "policy_rate", TR, 42.5, "percent", period=("2023-12", None, "last month")),
]

# 006 -- published 2024-11-15 (Kazinform)
BAIBAZAROV, BEKTENOV = "Nurlan Baibazarov", "Olzhas Bektenov"
_10M = ("2024-01", "2024-10", "in January-October 2024")
_SAME = ("2024-01", "2024-10", "over the same period")
_TEN = ("2024-01", "2024-10", "over ten months")
_9M = ("2024-01", "2024-09", "in January-September 2024")
D006 = [
    c("4.5%", "gdp_growth", KZ, 4.5, "percent", measure="change",
      period=("2024-01", "2024-10", "in ten months")),
    c("by 4.5%", "gdp_growth", KZ, 4.5, "percent", measure="change", period=_10M,
      speaker=BAIBAZAROV),
    c("by 6.1%", "other", KZ, 6.1, "percent", measure="change", period=_SAME,
      speaker=BAIBAZAROV),
    c("13.4%", "other", KZ, 13.4, "percent", measure="change", period=_SAME,
      speaker=BAIBAZAROV),
    c("8.8%", "other", KZ, 8.8, "percent", measure="change", period=_SAME,
      speaker=BAIBAZAROV),
    c("3.4%", "other", KZ, 3.4, "percent", measure="change", period=_SAME,
      speaker=BAIBAZAROV),
    c("by 2.9%", "industrial_output", KZ, 2.9, "percent", measure="change", period=_TEN,
      speaker=BAIBAZAROV),
    c("by 5.3%", "industrial_output", KZ, 5.3, "percent", measure="change", period=_TEN,
      speaker=BAIBAZAROV),
    c("0.4%", "industrial_output", KZ, 0.4, "percent", measure="change", period=_TEN,
      speaker=BAIBAZAROV),
    c("72.3 million tonnes", "other", KZ, 72.3 * M, "tonnes",
      period=("2024-01", "2024-10", "in the first ten months"), speaker=BAIBAZAROV),
    c("0.8 million tonnes", "other", KZ, -0.8 * M, "tonnes", measure="change",
      period=("2024-01", "2024-10", "in the first ten months"), speaker=BAIBAZAROV),
    c("88.4 million tonnes", "other", KZ, 88.4 * M, "tonnes", kind="target",
      period=(None, None, "annual"), speaker=BAIBAZAROV),
    c("by 3.8%", "investment", KZ, 3.8, "percent", measure="change",
      period=("2024-01", "2024-10", "in January-October")),
    c("12.9 trillion tenge", "investment", KZ, 12.9 * T, "KZT",
      period=("2024-01", "2024-10", "in January-October")),
    c("$8.6 billion", "fdi", KZ, 8.6 * B, "USD",
      period=("2024-01", "2024-06", "in the first half of the year"), speaker=BAIBAZAROV),
    c("8.5%", "inflation", KZ, 8.5, "percent", period=("2024-10", None, "in October")),
    c("8.4%", "inflation", KZ, 8.4, "percent", period=("2024-09", None, "in September")),
    c("14.25%", "policy_rate", KZ, 14.25, "percent",
      period=("2024-10-11", None, "on October 11")),
    c("4.1%", "gdp_growth", KZ, 4.1, "percent", measure="change", kind="forecast",
      period=("2024", None, "for the full year 2024"), speaker=BAIBAZAROV),
    c("double", "gdp_growth", KZ, 2, "multiple", measure="change", kind="target",
      period=("2029", None, "by 2029")),
    c("$450 billion", "gdp", KZ, 450 * B, "USD", kind="target",
      period=("2029", None, "by 2029")),
    c("no less than 5%", "gdp_growth", KZ, 5, "percent", bound="at_least", measure="change",
      kind="target", period=("2025", None, "in 2025"), speaker=BEKTENOV),
    c("$104.6 billion", "trade_turnover", KZ, 104.6 * B, "USD", period=_9M),
    c("2.9%", "trade_turnover", KZ, 2.9, "percent", n=2, measure="change", period=_9M),
    c("$59.1 billion", "exports", KZ, 59.1 * B, "USD", period=_9M),
    c("$45.5 billion", "imports", KZ, 45.5 * B, "USD", period=_9M),
    c("$32.3 billion", "trade_turnover", [CN, KZ], 32.3 * B, "USD",
      period=("2024-01", "2024-09", "in nine months")),
    c("$20.1 billion", "trade_turnover", [KZ, RU], 20.1 * B, "USD",
      period=("2024-01", "2024-09", "in nine months")),
    c("by 12%", "trade_turnover", [KZ, UZ], 12, "percent", measure="change",
      period=("2024-01", "2024-09", "over the same period")),
    c("$3.2 billion", "trade_turnover", [KZ, UZ], 3.2 * B, "USD",
      period=("2024-01", "2024-09", "over the same period")),
]

# 007 -- published 2024-09-05 (Report)
ALIYEV, TOKAYEV = "Ilham Aliyev", "Kassym-Jomart Tokayev"
AK = [AZ, KZ]
D007 = [
    c("$1 billion", "trade_turnover", AK, 1 * B, "USD", kind="potential", speaker=ALIYEV),
    c("by 25%", "trade_turnover", AK, 25, "percent", measure="change", period=_LY,
      speaker=ALIYEV),
    c("$470 million", "trade_turnover", AK, 470 * M, "USD", period=_LY, speaker=ALIYEV),
    c("18%", "trade_turnover", AK, 18, "percent", measure="change",
      period=("2024-01", "2024-07", "In the first seven months of this year"), speaker=ALIYEV),
    c("$1 billion", "trade_turnover", AK, 1 * B, "USD", n=2, kind="target",
      period=(None, None, "in the coming years"), speaker=ALIYEV),
    c("$500 million", "other", AK, 500 * M, "USD", speaker=ALIYEV),
    c("more than $200 million", "investment", AK, 200 * M, "USD", bound="more_than",
      speaker=ALIYEV),
    c("more than 1.3 million tonnes", "cargo_transport", AK, 1.3 * M, "tonnes",
      bound="more_than",
      period=("2024-01-01", "2024-09-05", "since the beginning of this year"), speaker=ALIYEV),
    c("2.2 million tonnes", "cargo_transport", AK, 2.2 * M, "tonnes", kind="potential",
      period=("2025", None, "next year"), speaker=ALIYEV),
    c("four times", "cargo_transport", AK, 4, "multiple", measure="change", period=_LY,
      speaker=TOKAYEV),
    c("4.5 million tonnes", "cargo_transport", AK, 4.5 * M, "tonnes", period=_LY,
      speaker=TOKAYEV),
    c("10 million tonnes", "cargo_transport", AK, 10 * M, "tonnes", kind="target",
      period=("2027", None, "by 2027"), speaker=TOKAYEV),
    c("three-four times", "trade_turnover", AK, 3, "multiple", high=4, measure="change",
      kind="potential", speaker=TOKAYEV),
    c("about $200 million", "investment", AK, 200 * M, "USD", bound="about",
      speaker=TOKAYEV),
    c("$300 million", "investment", AK, 300 * M, "USD", bound="more_than", speaker=TOKAYEV),
]

# 008 -- no header (central bank press release; the date line is not a publication date)
_S24 = ("2024-09", None, "in September 2024")
_H1 = ("2024-01", "2024-06", "in the first half of 2024")
_END_SEP = ("2024-09-30", None, "as of the end of September 2024")
D008 = [
    c("7.25%", "policy_rate", AZ, 7.25, "percent"),
    c("8%", "other", AZ, 8, "percent"),
    c("6.5%", "other", AZ, 6.5, "percent"),
    c("4.4%", "inflation", AZ, 4.4, "percent", period=_S24),
    c("12.5%", "inflation", AZ, 12.5, "percent", period=("2023-09", None, "in September 2023")),
    c("3.8%", "inflation", AZ, 3.8, "percent", period=_S24),
    c("4.7%", "inflation", AZ, 4.7, "percent", period=_S24),
    c("5.2%", "inflation", AZ, 5.2, "percent", period=_S24),
    c("3.6%", "inflation", AZ, 3.6, "percent", period=("2024-09", None, "over the same period")),
    c("4±2%", "inflation", AZ, 2, "percent", high=6, kind="forecast",
      period=("2024", "2025", "in 2024 and 2025")),
    c("$80", "other", AZ, 80, "USD", kind="forecast", period=("2025", None, "in 2025")),
    c("by 3.8%", "gdp_growth", AZ, 3.8, "percent", measure="change",
      period=("2024-01", "2024-09", "In January-September 2024")),
    c("by 6.2%", "gdp_growth", AZ, 6.2, "percent", measure="change",
      period=("2024-01", "2024-09", "In January-September 2024")),
    c("$3.0 billion", "other", AZ, 3.0 * B, "USD", period=_H1),
    c("$70 billion", "fx_reserves", AZ, 70 * B, "USD", bound="more_than",
      period=("2024-10-01", None, "as of 1 October 2024")),
    c("$10.9 billion", "fx_reserves", AZ, 10.9 * B, "USD",
      period=("2024-10-01", None, "as of 1 October 2024")),
    c("by 5.8%", "other", AZ, 5.8, "percent", measure="change",
      period=(None, None, "since the beginning of the year")),
    c("by 17%", "lending", AZ, 17, "percent", measure="change", period=_END_SEP),
    c("23.7 billion manat", "lending", AZ, 23.7 * B, "AZN", period=_END_SEP),
    c("by 10.5%", "bank_deposits", AZ, 10.5, "percent", measure="change", period=_END_SEP),
    c("11.4 billion manat", "bank_deposits", AZ, 11.4 * B, "AZN", period=_END_SEP),
    c("by 29%", "remittances", AZ, -29, "percent", measure="change", period=_H1),
    c("$0.9 billion", "remittances", AZ, 0.9 * B, "USD", period=_H1),
]

DOCS = [
    ("001_reuters_uk_inflation_may_2024.txt", D001),
    ("002_xinhua_china_industrial_output_nov_2023.txt", D002),
    ("003_tass_russia_oil_gas_output_2023.txt", D003),
    ("004_interfax_russia_gdp_october_2023.txt", D004),
    ("005_anadolu_turkiye_exports_2023.txt", D005),
    ("006_kazinform_kazakhstan_gdp_ten_months_2024.txt", D006),
    ("007_report_azerbaijan_kazakhstan_state_visit.txt", D007),
    ("008_cbar_refinancing_rate_october_2024.txt", D008),
]
