"""Extraction regression check: a speed-up must not change a single byte of the output.

    python benchmarks/extract_regression.py --save [--out /tmp/extract-reference]
    python benchmarks/extract_regression.py --check [--out /tmp/extract-reference]

`--save` writes, for each corpus, the claims of every article (`Claim.to_dict()` as sorted-key
JSON lines) together with the lower layers they are built from (sentence spans, every
quantity of the text, every period phrase of every sentence, every sentence's speaker), and
the NewsQuant figures. `--check` recomputes them and diffs: any difference is printed and the
exit status is 1. The reference is big and machine-made, so it lives outside the repository.

Corpora: the articles of the seven evaluation sets (eval/holdout*/articles), the shared seed
articles (../shared/seeds), 2,000 articles of benchmarks/corpus.py (seed 7), the extract_speed
corpus, and the NewsQuant sentences (quantities only, plus the printed figures).
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import json
import random
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import corpus as scale_corpus  # noqa: E402
from benchmarks import extract_speed  # noqa: E402
from benchmarks.newsquant import default_data  # noqa: E402
from tracker import extract_claims, load_document, parse_document  # noqa: E402
from tracker.documents import Document  # noqa: E402
from tracker.extract.attribution import attribute  # noqa: E402
from tracker.extract.periods import find_periods  # noqa: E402
from tracker.extract.quantities import find_quantities  # noqa: E402


def _shared() -> Path:
    for folder in ROOT.parents:
        if (folder / "shared" / "seeds").is_dir():
            return folder / "shared"
    return ROOT.parent / "shared"


def _folder(path: Path) -> Iterator[Document]:
    for file in sorted(path.glob("*.txt")):
        yield load_document(file)


def _scale(count: int) -> Iterator[Document]:
    rng = random.Random(7)
    for number in range(count):
        yield parse_document(scale_corpus.article_text(rng), name=f"{number:07d}.txt")


def _speed(count: int) -> Iterator[Document]:
    texts = extract_speed.corpus(count, ROOT / "seeds")
    for number, text in enumerate(texts):
        yield parse_document(text, name=f"a{number}.txt")


def _dump(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _document_lines(document: Document) -> Iterator[str]:
    name = document.name
    yield _dump({"doc": name, "sentences": [list(s) for s in document.sentences]})
    for quantity in find_quantities(document.text):
        yield _dump({"doc": name, "quantity": dataclasses.asdict(quantity)})
    for sentence in document.sentences:
        for mention in find_periods(document.text, sentence.start, sentence.end):
            row = dataclasses.asdict(mention)
            row["type"] = type(mention).__name__
            yield _dump({"doc": name, "period": row})
    speakers = attribute(document)
    yield _dump({"doc": name, "speakers": [dataclasses.astuple(s) for s in speakers]})
    for claim in extract_claims(document):
        yield _dump({"doc": name, "claim": claim.to_dict()})


def _documents_lines(documents: Iterable[Document]) -> list[str]:
    return [line for document in documents for line in _document_lines(document)]


def _newsquant_lines() -> list[str]:
    data = default_data()
    lines = []
    for number, line in enumerate(data.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        for quantity in find_quantities(text):
            lines.append(_dump({"row": number, "quantity": dataclasses.asdict(quantity)}))
    figures = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "newsquant.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # The header names the data file, whose folder differs between checkouts: keep its name.
    lines.extend(line.replace(str(data), data.name) for line in figures.splitlines())
    return lines


def outputs(articles: int) -> dict[str, list[str]]:
    """Gives each corpus's output lines."""
    shared = _shared()
    return {
        **{
            name: _documents_lines(_folder(ROOT / "eval" / name / "articles"))
            for name in (f"holdout{n}" if n > 1 else "holdout" for n in range(1, 8))
        },
        "shared-seeds": _documents_lines(_folder(shared / "seeds")),
        "scale-corpus": _documents_lines(_scale(articles)),
        "extract-speed": _documents_lines(_speed(articles)),
        "newsquant": _newsquant_lines(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", action="store_true", help="write the reference")
    action.add_argument("--check", action="store_true", help="compare with the reference")
    parser.add_argument("--out", type=Path, default=Path("/tmp/extract-reference"))
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    results = outputs(args.articles)
    if args.save:
        args.out.mkdir(parents=True, exist_ok=True)
        for name, lines in results.items():
            (args.out / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"{name}: {len(lines):,} lines saved")
        return
    failed = False
    for name, lines in results.items():
        reference = (args.out / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        if reference == lines:
            print(f"{name}: identical ({len(lines):,} lines)")
            continue
        failed = True
        print(f"{name}: DIFFERS")
        for diff_line in list(difflib.unified_diff(reference, lines, lineterm="", n=0))[:40]:
            print("  " + diff_line)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
