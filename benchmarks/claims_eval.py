#!/usr/bin/env python3
"""Scores the project's claim extractor against hand-annotated gold claims.

Runs `tracker.load_document` + `tracker.extract_claims` over a set of articles, writes
the claims in the contract shape (`claim.to_dict()`) to a temporary JSON Lines file,
and runs the shared scorer (`shared/eval/score.py`) on it, printing its report.

    python benchmarks/claims_eval.py                  # the held-out set (eval/holdout)
    python benchmarks/claims_eval.py --set holdout2   # the second held-out set
    python benchmarks/claims_eval.py --set holdout3   # the third held-out set
    python benchmarks/claims_eval.py --set holdout4   # the fourth held-out set
    python benchmarks/claims_eval.py --set holdout5   # the fifth held-out set
    python benchmarks/claims_eval.py --set holdout6   # the sixth held-out set
    python benchmarks/claims_eval.py --set holdout7   # the seventh held-out set
    python benchmarks/claims_eval.py --set seeds      # shared/seeds + shared/eval/dev
    python benchmarks/claims_eval.py --set all --quiet
    python benchmarks/claims_eval.py --keep pred.jsonl --json
    python benchmarks/claims_eval.py --misses              # every wrong field, with its sentence
    python benchmarks/claims_eval.py --misses period       # only claims whose period is wrong

Sets: `holdout` is eval/holdout/articles with eval/holdout/gold.jsonl, `holdout2`,
`holdout3`, `holdout4`, `holdout5`, `holdout6` and `holdout7` the same under
eval/holdout2 to eval/holdout7; `seeds` is the shared seed articles with the shared dev
gold; `all` scores holdout and seeds, then both together. The second to seventh held-out
sets are scored only when asked for by name, so that routine runs do not show their
misses.
The shared folder is found by walking up from this repository (`../shared` for the
main checkout, `../../shared` for a worktree), or given with --shared or
$TRACKER_SHARED. Exit status: 0 when scored, 2 when the extractor or the scorer is
missing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HOLDOUTS = ("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7")


def find_shared(explicit: str | None) -> Path | None:
    """Gives the shared folder (the one holding eval/score.py), or None."""
    candidates = [Path(explicit)] if explicit else []
    if os.environ.get("TRACKER_SHARED"):
        candidates.append(Path(os.environ["TRACKER_SHARED"]))
    candidates += [parent / "shared" for parent in REPO.parents]
    for candidate in candidates:
        if (candidate / "eval" / "score.py").is_file():
            return candidate
    return None


def sets(shared: Path | None) -> dict[str, tuple[Path, Path]]:
    """Gives {name: (articles folder, gold file)} for the sets that exist."""
    found = {
        name: (REPO / "eval" / name / "articles", REPO / "eval" / name / "gold.jsonl")
        for name in HOLDOUTS
    }
    if shared is not None:
        found["seeds"] = (shared / "seeds", shared / "eval" / "dev" / "gold.jsonl")
    return found


def extract(folder: Path) -> tuple[list[dict], list[str]]:
    """Gives (claims as contract dicts, error lines) for every .txt article in folder."""
    from tracker import extract_claims, load_document

    rows: list[dict] = []
    errors: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        try:
            document = load_document(path)
            for claim in extract_claims(document):
                row = claim.to_dict()
                row.setdefault("doc", path.name)
                rows.append(row)
        except Exception as error:  # one broken document must not hide the others
            last = traceback.format_exception_only(type(error), error)[-1].strip()
            errors.append(f"{path.name}: {last}")
    return rows, errors


def write_jsonl(rows: list[dict], path: Path) -> None:
    """Writes rows as JSON Lines."""
    with path.open("w", encoding="utf-8") as stream:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def score(scorer: Path, gold: Path, pred: Path, extra: list[str]) -> int:
    """Runs the shared scorer and prints its output; gives its exit status."""
    result = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred), *extra],
        capture_output=True,
        text=True,
        check=False,
    )
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    return result.returncode


def print_misses(scorer: Path, gold: Path, rows: list[dict], only: str) -> None:
    """Prints, for each matched claim with a wrong field, the gold and predicted values."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("shared_score", scorer)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gold_rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    counts: dict[str, int] = {}
    for g, p in module.match(gold_rows, rows):
        wrong = [name for name in module.FIELDS if module.field(g, name) != module.field(p, name)]
        for name in wrong:
            counts[name] = counts.get(name, 0) + 1
        shown = [name for name in wrong if only in ("all", name)]
        if not shown:
            continue
        print(f"miss      {g.get('doc')}: [{g.get('surface')}] {g.get('sentence')}")
        for name in shown:
            expected, got = module.field(g, name), module.field(p, name)
            line = f"    {name}: gold {_shown(expected)} predicted {_shown(got)}"
            if name == "period":
                line += f" (gold text {g.get('period_text')!r}, predicted {p.get('period_text')!r})"
            print(line)
    print("wrong fields: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def _shown(value: object) -> object:
    return sorted(value) if isinstance(value, frozenset) else value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        choices=(*HOLDOUTS, "seeds", "all"),
        default="holdout",
        dest="which",
        help="which articles and gold to score (default holdout)",
    )
    parser.add_argument("--shared", help="the shared folder (with eval/score.py and seeds/)")
    parser.add_argument(
        "--keep", metavar="PATH", help="also write the predicted claims (all chosen sets) here"
    )
    parser.add_argument("--json", action="store_true", help="scorer prints JSON")
    parser.add_argument("--quiet", action="store_true", help="scorer prints the headline only")
    parser.add_argument(
        "--misses",
        nargs="?",
        const="all",
        metavar="FIELD",
        help="print every matched claim with a wrong field (or only FIELD) and its sentence",
    )
    args = parser.parse_args(argv)

    shared = find_shared(args.shared)
    if shared is None:
        print("claims_eval: shared/eval/score.py not found; pass --shared", file=sys.stderr)
        return 2
    scorer = shared / "eval" / "score.py"
    available = sets(shared)
    names = ["holdout", "seeds"] if args.which == "all" else [args.which]
    extra = ["--json"] if args.json else (["--quiet"] if args.quiet else [])

    sys.path.insert(0, str(REPO))
    try:
        import tracker  # noqa: F401  (fail early, with one line, if it is not there)
    except ImportError as error:
        print(f"claims_eval: cannot import tracker: {error}", file=sys.stderr)
        return 2

    status = 0
    all_gold: list[str] = []
    all_pred: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="claims_eval_") as tmp:
        for name in names:
            folder, gold = available[name]
            try:
                rows, errors = extract(folder)
            except ImportError as error:
                print(f"claims_eval: the extractor is not available: {error}", file=sys.stderr)
                return 2
            for line in errors:
                print(f"error     {line}", file=sys.stderr)
            pred = Path(tmp) / f"{name}.pred.jsonl"
            write_jsonl(rows, pred)
            if not args.json:
                print(
                    f"== {name}: {folder} ({len(rows)} claims predicted, "
                    f"{len(errors)} documents failed)"
                )
            status = max(status, score(scorer, gold, pred, extra))
            if args.misses:
                print_misses(scorer, gold, rows, args.misses)
            all_gold.append(gold.read_text(encoding="utf-8"))
            all_pred.extend(rows)
        if len(names) > 1:
            gold_all = Path(tmp) / "all.gold.jsonl"
            gold_all.write_text(
                "".join(text if text.endswith("\n") else text + "\n" for text in all_gold),
                encoding="utf-8",
            )
            pred_all = Path(tmp) / "all.pred.jsonl"
            write_jsonl(all_pred, pred_all)
            if not args.json:
                print("== all")
            status = max(status, score(scorer, gold_all, pred_all, extra))
        if args.keep:
            write_jsonl(all_pred, Path(args.keep))
    return status


if __name__ == "__main__":
    sys.exit(main())
