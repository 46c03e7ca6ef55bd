#!/usr/bin/env python3
"""Builds eval/holdout/gold.jsonl from the hand annotations in annotations.py.

The annotator writes, for every claim, the surface exactly as it reads in the article
(and which occurrence, when it reads more than once) and the judged fields. This script
only does the mechanical part: it finds the offsets, cuts the sentence, expands the
period shorthand into ISO dates and copies publisher and date from the header line. It
refuses to write anything when a surface is not found.

    python eval/holdout/annotate.py            # writes eval/holdout/gold.jsonl
    python eval/holdout/annotate.py --check    # fails if gold.jsonl is out of date
"""

from __future__ import annotations

import argparse
import calendar
import importlib.util
import itertools
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(?:By[ \t]+)?(.+?))?[ \t]*$")
SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]*[A-Z0-9$€£])")
ABBREVIATIONS = {
    "jan",
    "feb",
    "mar",
    "apr",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "mr",
    "mrs",
    "ms",
    "dr",
    "no",
    "st",
    "vs",
    "inc",
    "co",
    "ltd",
    "gen",
}
OPENING = '"“‘«'
CLOSING = '"”’»'

FIELDS = (
    "doc",
    "surface",
    "start",
    "end",
    "sentence",
    "indicator",
    "entities",
    "value_low",
    "value_high",
    "unit",
    "bound",
    "measure",
    "kind",
    "period_start",
    "period_end",
    "period_text",
    "speaker",
    "publisher",
    "published",
)


def header(text: str) -> tuple[str | None, str | None]:
    """Gives (publisher, published) from the article's first line, or (None, None)."""
    match = HEADER.match(text.split("\n", 1)[0])
    if not match:
        return None, None
    return (match.group(2) or None), match.group(1)


def first_day(value: str) -> str:
    """Gives the first day of a period written as YYYY, YYYY-MM or YYYY-MM-DD."""
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-01"
    return value


def last_day(value: str) -> str:
    """Gives the last day of a period written as YYYY, YYYY-MM or YYYY-MM-DD."""
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31"
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return value


def tidy(value: float) -> float:
    """Gives the value without float noise: 8.7 * 1e12 is 8.7e12, not 8699999999999.999."""
    return float(f"{value:.12g}")


def find(text: str, surface: str, occurrence: int) -> int:
    """Gives the offset of the n-th (1-based) occurrence of surface in text."""
    found = 0
    for match in re.finditer(re.escape(surface), text):
        before = text[match.start() - 1 : match.start()]
        after = text[match.end() : match.end() + 1]
        # "1.2 percent" is not a hit inside "11.2 percent", nor "$2" inside "$25".
        inside_number = bool(before) and (before.isalnum() or before in ".$-")
        if inside_number or (after.isalnum() and surface[-1].isalnum()):
            continue
        found += 1
        if found == occurrence:
            return match.start()
    raise LookupError(f"{surface!r}: occurrence {occurrence} not found")


def sentence_at(text: str, start: int, end: int) -> str:
    """Gives the sentence around [start, end), white space folded, outer quotes trimmed."""
    gap = text.rfind("\n\n", 0, start)
    para_start = 0 if gap < 0 else gap + 2
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    bounds = [para_start]
    for stop in SENTENCE_END.finditer(text, para_start, para_end):
        word = re.search(r"([A-Za-z][A-Za-z.]*)$", text[para_start : stop.start()])
        if word and word.group(1).lower() in ABBREVIATIONS:
            continue
        bounds.append(stop.end())
    bounds.append(para_end)
    for left, right in itertools.pairwise(bounds):
        if left <= start < right or (left < end <= right):
            raw = text[left:right]
            break
    else:  # pragma: no cover - the span is always inside its paragraph
        raw = text[para_start:para_end]
    sentence = " ".join(raw.split())
    sentence = sentence.lstrip(OPENING + " ")
    opened = sum(sentence.count(q) for q in OPENING)
    closed = sum(sentence.count(q) for q in CLOSING if q != "’")
    if sentence and sentence[-1] in CLOSING and closed > opened:
        sentence = sentence[:-1]
    return sentence


def build(folder: Path = HERE) -> list[dict]:
    """Gives the gold rows of the set in `folder`, in document order, built from its
    annotations.py and its articles."""
    spec = importlib.util.spec_from_file_location(
        f"annotations_{folder.name}", folder / "annotations.py"
    )
    annotations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(annotations)

    rows = []
    for doc, claims in annotations.DOCS:
        text = (folder / "articles" / doc).read_text(encoding="utf-8")
        publisher, published = header(text)
        doc_rows = []
        for claim in claims:
            surface = claim["surface"]
            start = find(text, surface, claim.get("n", 1))
            end = start + len(surface)
            period = claim.get("period") or (None, None, None)
            first, last, period_text = period
            row = {
                "doc": doc,
                "surface": surface,
                "start": start,
                "end": end,
                "sentence": sentence_at(text, start, end),
                "indicator": claim["indicator"],
                "entities": sorted(claim["entities"]),
                "value_low": tidy(claim["low"]),
                "value_high": tidy(
                    claim["high"] if claim.get("high") is not None else claim["low"]
                ),
                "unit": claim["unit"],
                "bound": claim.get("bound", "exact"),
                "measure": claim.get("measure", "level"),
                "kind": claim.get("kind", "actual"),
                "period_start": first_day(first) if first else None,
                "period_end": last_day(last or first) if first else None,
                "period_text": period_text,
                "speaker": claim.get("speaker"),
                "publisher": publisher,
                "published": published,
            }
            doc_rows.append(row)
        doc_rows.sort(key=lambda row: row["start"])
        rows.extend(doc_rows)
    return rows


def dumps(rows: list[dict]) -> str:
    """Gives the JSON Lines text of the rows."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(folder: Path = HERE) -> int:
    """Writes (or with --check, compares) the gold.jsonl of the set in `folder`; every
    held-out set's annotate.py calls this with its own folder."""
    parser = argparse.ArgumentParser(description=f"Builds {folder.name}/gold.jsonl")
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    gold = folder / "gold.jsonl"
    text = dumps(build(folder))
    if args.check:
        current = gold.read_text(encoding="utf-8") if gold.exists() else ""
        if current != text:
            print(f"{gold} is out of date: run {folder.name}/annotate.py", file=sys.stderr)
            return 1
        return 0
    gold.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} claims to {gold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
