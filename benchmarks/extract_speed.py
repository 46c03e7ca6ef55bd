"""Extraction speed: articles per second of `extract_claims` on one core, and peak memory.

    python benchmarks/extract_speed.py [--articles 2000] [--seeds seeds]

The corpus is the seed articles plus synthetic wire articles of about 2.5 kB generated from
templates below (varied countries, indicators, figures, periods and speakers), so the run does
not time one article copied N times. Parsing (sentence splitting) is timed apart from
extraction, because `extract_claims` takes an already parsed document.
"""

from __future__ import annotations

import argparse
import calendar
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker import extract_claims, load_document, parse_document  # noqa: E402
from tracker.documents import Document  # noqa: E402

COUNTRIES = [
    ("Azerbaijan", "Azerbaijani", "Baku"), ("Russia", "Russian", "Moscow"),
    ("Turkey", "Turkish", "Ankara"), ("Iran", "Iranian", "Tehran"),
    ("Kazakhstan", "Kazakh", "Astana"), ("Georgia", "Georgian", "Tbilisi"),
    ("China", "Chinese", "Beijing"), ("Uzbekistan", "Uzbek", "Tashkent"),
    ("Italy", "Italian", "Rome"), ("Germany", "German", "Berlin"),
]  # fmt: skip
PEOPLE = [
    ("Deputy Prime Minister", "Alexei Overchuk"), ("Minister of Economy", "Mikayil Jabbarov"),
    ("economist, professor", "Elshad Mammadov"), ("Trade Minister", "Omer Bolat"),
    ("Ambassador", "Mikhail Bocharnikov"), ("Central Bank Governor", "Taleh Kazimov"),
    ("analyst", "Natalia Orlova"), ("head of the chamber", "Ivan Petrov"),
]  # fmt: skip
PUBLISHERS = ["Trend", "Azernews", "Report", "APA", "TASS", "Interfax", "Xinhua", "Reuters"]
MONTHS = list(calendar.month_name)[1:12]  # January to November
CURRENCY = [
    "${v} billion",
    "${v} million",
    "{v} million manats",
    "AZN {v} million",
    "{v} billion rubles",
    "€{v}m",
    "{v} billion US dollars",
    "${v}bn",
]

LEAD = [
    "Trade turnover between {A} and {B} amounted to {money} in January-{month} {year}, "
    "{title} {name} said at a meeting in {cap}.",
    "{A}'s exports to {B} grew by {pct} percent to {money} in the first {n} months of {year}, "
    "the State Customs Committee reported.",
    "The volume of mutual trade between {A} and {B} exceeded {money} in {year}, {name} told "
    "journalists.",
]
BODY = [
    "“We expect that the figure will reach {money} by {year2},” {surname} said.",
    "He noted that {dem} investments in {B}'s economy stand at about {money}.",
    "According to {title} {name}, the sides aim to bring trade turnover to {money} by {year2}.",
    "Imports from {B} decreased by {pct}% compared to the same period last year.",
    "Inflation in {A} slowed to {pct} percent in {month}, while the refinancing rate was kept "
    "at {rate} percent.",
    "“Today, there is the opportunity to increase trade by at least {n2}-{n3} times,” the "
    "expert stressed.",
    "{A}'s GDP grew by {pct}% in {year}, and the non-oil sector expanded {small} times.",
    "Cargo transportation between the two countries amounted to {tonnes} million tonnes, "
    "while passenger traffic reached {small} million passengers.",
    "The {dem} side is interested in joint projects in energy, transport and agriculture, and "
    "the parties discussed the 60th anniversary of diplomatic ties.",
    "Some 300 participants from 40 countries attended the forum held on {month} 20 in {cap}.",
    "Remittances from {B} to {A} fell two times in {year}, the central bank said.",
    "“Our countries have great potential for cooperation in the field of education and "
    "culture, and we will continue to work together,” {surname} added.",
    "Budget revenues are projected at {money}, expenditures at {money2} next year.",
    "The COVID-19 pandemic and the G20 agenda were also discussed during the talks.",
]


# Wire articles carry as much context as figures: quotes on cooperation, history, plans.
NARRATIVE = [
    "“The relations between {A} and {B} are developing dynamically in all spheres, and the "
    "presidents of our countries give an impetus to the strengthening of bilateral ties,” "
    "{surname} said.",
    "The sides discussed cooperation in energy, transport, logistics and agriculture, as well "
    "as the implementation of joint projects in the field of renewable energy.",
    "{title} {name} noted that the business communities of the two countries show great "
    "interest in establishing joint ventures and expanding direct contacts between regions.",
    "The meeting was attended by representatives of ministries, state agencies and leading "
    "companies of {A} and {B}, who exchanged views on the prospects of the partnership.",
    "“We attach great importance to the development of the North-South transport corridor, "
    "which opens up new opportunities for the whole region,” the {dem} official stressed.",
    "At the end of the event, the parties signed a memorandum of understanding on cooperation "
    "in the field of digital economy and innovation.",
    "The intergovernmental commission on economic cooperation will hold its next meeting in "
    "{cap}, where the parties will review the roadmap adopted earlier.",
]


def synthetic_article(rng: random.Random) -> str:
    """Gives one wire-like article of about 2.5 kB with varied facts."""
    (a, dem_a, cap_a), (b, _, _) = rng.sample(COUNTRIES, 2)
    title, name = rng.choice(PEOPLE)

    def money() -> str:
        return rng.choice(CURRENCY).format(v=round(rng.uniform(1, 900), 1))

    def fill(template: str) -> str:
        return template.format(
            A=a,
            B=b,
            dem=dem_a,
            cap=cap_a,
            title=title,
            name=name,
            surname=name.split()[-1],
            money=money(),
            money2=money(),
            month=rng.choice(MONTHS),
            year=rng.randint(2018, 2023),
            year2=rng.randint(2024, 2030),
            pct=round(rng.uniform(0.5, 40), 1),
            rate=round(rng.uniform(2, 15), 2),
            n=rng.randint(2, 11),
            n2=rng.randint(2, 3),
            n3=rng.randint(4, 5),
            small=round(rng.uniform(1.1, 4), 1),
            tonnes=round(rng.uniform(1, 50), 1),
        )

    paragraphs = [fill(rng.choice(LEAD))]
    while sum(len(p) for p in paragraphs) < 2400:
        paragraphs.append(fill(rng.choice(BODY if rng.random() < 0.5 else NARRATIVE)))
    header = f" date {rng.randint(2019, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return f"{header} By {rng.choice(PUBLISHERS)}\n\n" + "\n\n".join(paragraphs) + "\n"


def corpus(count: int, seeds: Path) -> list[str]:
    rng = random.Random(20211221)
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    while len(texts) < count:
        texts.append(synthetic_article(rng))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    args = parser.parse_args()
    texts = corpus(args.articles, args.seeds)
    for path in sorted(args.seeds.glob("*.txt")):
        load_document(path)  # warm the caches: vocabularies compile once per process
    extract_claims(parse_document(texts[-1]))

    started = time.perf_counter()
    documents: list[Document] = [parse_document(t, name=f"a{i}.txt") for i, t in enumerate(texts)]
    parsing = time.perf_counter() - started

    started = time.perf_counter()
    claims = sum(len(extract_claims(d)) for d in documents)
    extracting = time.perf_counter() - started

    tracemalloc.start()
    for document in documents[:200]:
        extract_claims(document)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    size = sum(len(t.encode("utf-8")) for t in texts) / len(texts)
    print(
        f"{len(texts)} articles, mean {size / 1000:.2f} kB, {claims / len(texts):.1f} claims "
        "per article"
    )
    print(
        f"extract_claims: {len(texts) / extracting:,.0f} articles/s "
        f"({1000 * extracting / len(texts):.2f} ms/article, one core)"
    )
    print(f"parse_document: {len(texts) / parsing:,.0f} articles/s")
    print(f"parse + extract: {len(texts) / (parsing + extracting):,.0f} articles/s")
    print(f"peak memory allocated while extracting (tracemalloc): {peak / 1e6:.2f} MB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"process peak RSS (corpus of {len(texts)} parsed articles held): {rss / 1024:.1f} MB")


if __name__ == "__main__":
    main()
