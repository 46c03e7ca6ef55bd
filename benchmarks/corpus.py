"""A synthetic news archive for the scale benchmark: N wire stories from templates.

Every article is put together from a seeded RNG: a ` date YYYY-MM-DD By Publisher`
header, a lead naming a speaker, then quoted and reported paragraphs with figures of
varied indicators, countries, units, bounds and periods, and paragraphs with numbers that
are not claims (anniversaries, delegations, dates). The same seed gives the same corpus
byte for byte; no two articles are the same text. Articles go 1,000 to a sub-folder.

    python benchmarks/corpus.py OUT_FOLDER --articles 100000 [--seed 7]
"""

from __future__ import annotations

import argparse
import calendar
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

#: Articles per sub-folder, so no directory holds 100,000 entries.
PER_FOLDER = 1000
#: The article length the generator aims at, in characters (wire stories run 2-3 kB).
TARGET_CHARS = 2500
#: The share of paragraphs that carry figures: about 7 claims an article, between the
#: seed articles (1.5) and the held-out set picked for its figures (12).
CLAIM_SHARE = 0.3

PUBLISHERS = ["Trend", "Azernews", "Reuters", "Report", "APA", "Interfax"]

# (country, adjective, central bank or statistics body, currency code, currency word)
COUNTRIES = [
    ("Azerbaijan", "Azerbaijani", "State Statistics Committee", "AZN", "manats"),
    ("Russia", "Russian", "Federal Customs Service", "RUB", "rubles"),
    ("Turkey", "Turkish", "Turkish Statistical Institute", "TRY", "liras"),
    ("Kazakhstan", "Kazakh", "National Bank of Kazakhstan", "KZT", "tenge"),
    ("Georgia", "Georgian", "National Statistics Office of Georgia", "GEL", "lari"),
    ("Iran", "Iranian", "Central Bank of Iran", "IRR", "rials"),
    ("Uzbekistan", "Uzbek", "Statistics Agency of Uzbekistan", "UZS", "soums"),
    ("China", "Chinese", "National Bureau of Statistics", "CNY", "yuan"),
    ("Germany", "German", "Federal Statistical Office", "EUR", "euros"),
    ("Italy", "Italian", "ISTAT", "EUR", "euros"),
    ("Ukraine", "Ukrainian", "State Statistics Service", "UAH", "hryvnias"),
    ("Belarus", "Belarusian", "National Statistical Committee", "BYN", "rubles"),
    ("Turkmenistan", "Turkmen", "State Committee of Statistics", "TMT", "manats"),
    ("Hungary", "Hungarian", "Central Statistical Office", "HUF", "forints"),
    ("Pakistan", "Pakistani", "State Bank of Pakistan", "PKR", "rupees"),
    ("Israel", "Israeli", "Central Bureau of Statistics", "ILS", "shekels"),
]

FIRST_NAMES = [
    "Elshad",
    "Emin",
    "Mikayil",
    "Shahin",
    "Natig",
    "Rufat",
    "Anar",
    "Elnur",
    "Sergey",
    "Alexei",
    "Maria",
    "Olga",
    "Mehmet",
    "Ayse",
    "Nurlan",
    "Gulnara",
    "Giorgi",
    "Nino",
    "Reza",
    "Farhad",
    "Aziz",
    "Dilnoza",
    "Wang",
    "Li",
    "Klaus",
    "Petra",
    "Marco",
    "Giulia",
    "Oksana",
    "Taras",
    "Viktor",
    "Anna",
    "Imran",
    "Sara",
    "David",
    "Yael",
]
LAST_NAMES = [
    "Mammadov",
    "Aliyev",
    "Jabbarov",
    "Mustafayev",
    "Huseynov",
    "Guliyev",
    "Hasanov",
    "Ivanov",
    "Petrov",
    "Sokolova",
    "Yilmaz",
    "Demir",
    "Nazarbayev",
    "Tokayeva",
    "Beridze",
    "Kapanadze",
    "Rahimi",
    "Moradi",
    "Karimov",
    "Yusupova",
    "Zhang",
    "Liu",
    "Schneider",
    "Weber",
    "Rossi",
    "Bianchi",
    "Shevchenko",
    "Kovalenko",
    "Lukashenko",
    "Horvath",
    "Khan",
    "Malik",
    "Cohen",
    "Levi",
    "Ahmadov",
    "Safarov",
    "Ismayilova",
]
TITLES = [
    "Minister of Economy",
    "Deputy Prime Minister",
    "Ambassador",
    "Trade Representative",
    "chairman of the Chamber of Commerce",
    "leading economist, professor",
    "head of the Export Promotion Agency",
    "Deputy Minister of Finance",
    "co-chair of the intergovernmental commission",
    "editor-in-chief of the news agency",
    "Governor of the Central Bank",
    "director of the Center for Economic Reforms",
]
VERBS = ["said", "noted", "added", "stressed", "told reporters", "pointed out", "emphasized"]
OCCASIONS = [
    "during a video conference on investment cooperation",
    "at a meeting of the intergovernmental commission",
    "at the international business forum",
    "during a press conference",
    "at a round table on regional economic cooperation",
    "in an interview with the agency",
    "at the opening of the trade house",
    "on the sidelines of the investment summit",
]
SECTORS = [
    "energy",
    "agriculture",
    "transport and logistics",
    "tourism",
    "education",
    "information technologies",
    "pharmaceuticals",
    "the automotive industry",
    "green energy",
    "construction",
    "textiles",
    "banking",
]
ROUTES = [
    "Middle Corridor",
    "North-South corridor",
    "Baku-Tbilisi-Kars railway",
    "Trans-Caspian route",
]
MONTHS = list(calendar.month_name)[1:]


class _Article:
    """One article being written: its date, its two countries, its speakers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.published = date(2015, 1, 1) + timedelta(days=rng.randrange(10 * 365))
        self.publisher = rng.choice(PUBLISHERS)
        self.home, self.partner = rng.sample(COUNTRIES, 2)
        self.speakers = [
            (f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}", rng.choice(TITLES))
            for _ in range(rng.randint(1, 3))
        ]

        self.introduced: set[str] = set()
        self.used: dict[str, set[int]] = {}

    def pick(self, kind: str, count: int) -> int:
        """Gives the index of a template of `kind` this article has not used yet, if any."""
        used = self.used.setdefault(kind, set())
        fresh = [index for index in range(count) if index not in used] or list(range(count))
        index = self.rng.choice(fresh)
        used.add(index)
        return index

    def who(self) -> str:
        """Gives how the story names one of its speakers at this point.

        The first mention is their title and full name, later ones their surname, as wire
        stories do.
        """
        name, title = self.rng.choice(self.speakers)
        if name in self.introduced:
            return name.split()[-1]
        self.introduced.add(name)
        return f"{title} {name}"

    def year(self) -> int:
        return self.published.year - self.rng.choice([0, 0, 1, 1, 2])

    def period(self) -> str:
        rng = self.rng
        year = self.year()
        first = rng.randrange(0, 9)
        last = rng.randrange(first + 1, 12)
        return rng.choice(
            [
                f"in {year}",
                f"from {MONTHS[first]} through {MONTHS[last]} {year}",
                f"in {MONTHS[first]}-{MONTHS[last]} {year}",
                f"in the first half of {year}",
                f"in the {rng.choice(['first', 'second', 'third'])} quarter of {year}",
                "last year",
                "since the beginning of the year",
                f"over the past {rng.choice(['three', 'five', 'ten'])} years",
                f"in {MONTHS[last]}",
                "compared to the same period last year",
            ]
        )

    def money(self, country: tuple[str, str, str, str, str] | None = None) -> str:
        rng = self.rng
        scale = rng.choice(["million", "billion", "million", "bln", "mln"])
        value = round(rng.uniform(1, 999 if scale in ("million", "mln") else 40), rng.randint(0, 2))
        bound = rng.choice(["", "", "", "more than ", "about ", "nearly ", "over ", "up to "])
        if country is not None and rng.random() < 0.35:
            return f"{bound}{value:g} {scale} {country[4]}"
        symbol = rng.choice(["$", "$", "$", "€"])
        return f"{bound}{symbol}{value:g} {scale}"

    def percent(self) -> str:
        value = round(self.rng.uniform(0.1, 35), 1)
        return self.rng.choice([f"{value:g}%", f"{value:g} percent", f"{value:g} per cent"])

    def pair(self) -> str:
        return f"{self.home[0]} and {self.partner[0]}"


def _claim_paragraph(a: _Article) -> str:
    rng = a.rng
    verb = rng.choice(VERBS)
    country = rng.choice([a.home, a.partner])
    templates = [
        lambda: (
            f"The trade turnover between {a.pair()} amounted to {a.money()} {a.period()}, "
            f"{a.who()} {verb} {rng.choice(OCCASIONS)}."
        ),
        lambda: (
            f"“Today, the trade turnover between our countries is steadily growing and "
            f"reached {a.money()} {a.period()},” {a.who()} {verb}. “We have the opportunity to "
            f"increase it by at least {rng.choice(['two', 'three', 'three-four', 'five'])} times.”"
        ),
        lambda: (
            f"{country[1]} exports to {a.partner[0] if country is a.home else a.home[0]} "
            f"grew by {a.percent()} year-on-year to {a.money(country)} {a.period()}, according to "
            f"the {country[2]}."
        ),
        lambda: (
            f"{country[0]}'s GDP grew by {a.percent()} {a.period()}, the {country[2]} "
            f"reported. Non-oil GDP rose by {a.percent()} over the same period."
        ),
        lambda: (
            f"Annual inflation in {country[0]} stood at {a.percent()} in "
            f"{rng.choice(MONTHS)} {a.year()}, while the central bank kept its policy rate at "
            f"{a.percent()}, {a.publisher} reports."
        ),
        lambda: (
            f"“We aim to bring the volume of mutual trade to {a.money()} by "
            f"{a.published.year + rng.randint(1, 6)},” {a.who()} {verb}."
        ),
        lambda: (
            f"Imports from {a.partner[0]} to {a.home[0]} totaled {a.money(a.home)} "
            f"{a.period()}, a decrease of {a.percent()} compared to the previous year."
        ),
        lambda: (
            f"Foreign direct investment from {a.partner[0]} in the {a.home[1]} economy "
            f"exceeded {a.money()} {a.period()}, {a.who()} {verb}."
        ),
        lambda: (
            f"Remittances sent to {country[0]} totaled {a.money()} {a.period()}, "
            f"{rng.choice(['up', 'down'])} {a.percent()} on the year."
        ),
        lambda: (
            f"Industrial output in {country[0]} increased by {a.percent()} "
            f"{a.period()}, reaching {a.money(country)}."
        ),
        lambda: (
            f"Cargo transportation between {a.pair()} via the North-South corridor "
            f"reached {rng.randint(100, 9000):,} thousand tonnes {a.period()}."
        ),
        lambda: (
            f"According to {a.who()}, {rng.randint(20, 900)} companies with "
            f"{a.partner[1]} capital operate in {a.home[0]}, and their total investment is "
            f"estimated at {a.money()}."
        ),
        lambda: (
            f"The budget revenues of {country[0]} amounted to {a.money(country)} "
            f"{a.period()}, while expenditures reached {a.money(country)}."
        ),
        lambda: (
            f"The average monthly wage in {country[0]} rose to "
            f"{rng.randint(300, 2500)} {country[4]} {a.period()}, and unemployment fell to "
            f"{a.percent()}."
        ),
    ]
    return templates[a.pick("claim", len(templates))]()


def _other_paragraph(a: _Article) -> str:
    rng = a.rng
    verb = rng.choice(VERBS)
    sector = rng.choice(SECTORS)
    templates = [
        lambda: (
            f"This year marks the {_ordinal(rng.randint(2, 35))} anniversary of the "
            f"establishment of diplomatic relations between {a.pair()}."
        ),
        lambda: (
            f"The forum, held on {rng.choice(MONTHS)} {rng.randint(1, 28)}, brought "
            f"together {rng.randint(40, 900)} participants from {rng.randint(5, 60)} countries."
        ),
        lambda: (
            f"“The presidents of our countries have given an impetus to cooperation in "
            f"{sector}, and the steps being taken in this sphere open up great opportunities,” "
            f"{a.who()} {verb}."
        ),
        lambda: (
            f"{a.who()} {verb} that there is a great need for ongoing, sustainable "
            f"cooperation in {sector} and {rng.choice(SECTORS)}, and that expert platforms "
            f"between the {a.home[1]} and {a.partner[1]} communities should meet more often."
        ),
        lambda: (
            f"The delegation, led by {a.who()}, also visited "
            f"{rng.randint(2, 12)} enterprises and held talks on joint projects in {sector}."
        ),
        lambda: (
            f"“Despite the pandemic and the difficulties in global supply chains, our "
            f"relations are developing dynamically, and {sector} remains a priority,” "
            f"{a.who()} {verb}."
        ),
        lambda: (
            f"The sides signed {rng.randint(2, 25)} documents, including memoranda on "
            f"{sector} and on the mutual protection of investments."
        ),
        lambda: (
            f"{a.who()} recalled that the first joint venture between {a.home[1]} and "
            f"{a.partner[1]} companies in {sector} opened in "
            f"{a.published.year - rng.randint(5, 25)}, and said more would follow."
        ),
        lambda: (
            f"“We are interested in attracting {a.partner[1]} companies to the industrial "
            f"parks and free economic zones of {a.home[0]},” {a.who()} {verb}."
        ),
        lambda: (
            f"The parties also discussed the simplification of customs procedures, the "
            f"development of the {rng.choice(ROUTES)} and cooperation between their chambers "
            f"of commerce."
        ),
        lambda: (
            f"Earlier, the heads of state of {a.pair()} held a telephone conversation "
            f"and agreed to expand cooperation in {sector} and {rng.choice(SECTORS)}."
        ),
        lambda: (
            f"According to {a.who()}, a business forum with the participation of "
            f"entrepreneurs from both countries will be held in {rng.choice(MONTHS)}."
        ),
        lambda: (
            f"“Our countries are bound by deep historical and cultural ties, and the "
            f"potential of our partnership in {sector} is far from exhausted,” {a.who()} {verb}."
        ),
        lambda: (
            f"The next meeting of the working group on {sector} is scheduled for "
            f"{rng.choice(MONTHS)} {a.published.year + 1} in "
            f"{rng.choice(['Baku', 'Moscow', 'Ankara', 'Tashkent', 'Tbilisi', 'Astana', 'Rome'])}."
        ),
    ]
    return templates[a.pick("other", len(templates))]()


def _ordinal(number: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    if 10 <= number % 100 <= 20:
        suffix = "th"
    return f"{number}{suffix}"


def article_text(rng: random.Random) -> str:
    """Gives the full text of the next article `rng` makes, header line first."""
    a = _Article(rng)
    lead = (
        f"{a.home[0]} and {a.partner[0]} have great potential to expand cooperation in "
        f"{rng.choice(SECTORS)}, {a.who()} {rng.choice(VERBS)} "
        f"{rng.choice(OCCASIONS)}, {a.publisher} reports."
    )
    paragraphs = [lead]
    length = len(lead)
    target = rng.randint(TARGET_CHARS - 400, TARGET_CHARS + 400)
    while length < target:
        make = _claim_paragraph if rng.random() < CLAIM_SHARE else _other_paragraph
        paragraph = make(a)
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    header = f" date {a.published.isoformat()} By {a.publisher}"
    return header + "\n\n" + "\n\n".join(paragraphs) + "\n"


def generate(folder: Path, articles: int, seed: int = 7) -> Iterator[Path]:
    """Writes `articles` articles under `folder`, yielding each path as it is written."""
    rng = random.Random(seed)
    for number in range(articles):
        sub = folder / f"{number // PER_FOLDER:04d}"
        if number % PER_FOLDER == 0:
            sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{number:07d}.txt"
        path.write_text(article_text(rng), encoding="utf-8")
        yield path


def write_corpus(folder: Path, articles: int, seed: int = 7) -> int:
    """Gives the number of bytes written for a corpus of `articles` articles in `folder`."""
    return sum(path.stat().st_size for path in generate(folder, articles, seed))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    size = write_corpus(args.folder, args.articles, args.seed)
    print(f"{args.articles:,} articles, {size / args.articles:,.0f} bytes each, in {args.folder}")


if __name__ == "__main__":
    main()
