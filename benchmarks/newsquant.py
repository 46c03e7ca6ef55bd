"""NewsQuant benchmark: how well `find_quantities` reads quantities in English news sentences.

    python benchmarks/newsquant.py [--data ../shared/bench/newsquant/newsquant.jsonl]

NewsQuant is the news test set of CQE (Almasian et al., EMNLP 2023); the data stays in the
shared bench folder and is never copied here. Scoring follows the README's description of the
CQE evaluation: matching per sentence, values equal within rtol 1e-5, a range matched as its
(low, high) pair, precision = correct / predicted, recall = correct / gold.

Decisions (printed with the figures):
- The headline subset is money + percent + multiple (gold `category`); we count our
  predictions whose unit is a currency, percent, pp or multiple.
- Bare `dollar` in the gold (the annotation does not say which dollar) matches any dollar
  currency we give (USD, AUD, CAD, HKD, NZD, SGD); a named currency must match its ISO code.
  `cent`/`sen` are hundredths of the dollar/ringgit we give. A `X per Y` money unit is
  scored on its currency.
- Percent and percentage points are not told apart in the gold: our `pp` matches `percentage`.
- Our values are signed and multiples inverted for declines ("fell 5%" -> -5, "halved" ->
  0.5, as the claim contract wants); the gold writes magnitudes, so we compare magnitudes.
- "From $2bn to $3bn" is two claims in our contract but one (from, to) pair in NewsQuant
  (its README: transitions are kept as written ranges); we pair such neighbours before scoring.
- The source transliterated £ as `PS` and ¥ as `Y=`; we undo that before reading.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.extract.quantities import Quantity, find_quantities  # noqa: E402

_RELATIVE = Path("shared") / "bench" / "newsquant" / "newsquant.jsonl"


def default_data() -> Path:
    """Gives ../shared/… beside the repo root; from a worktree, the nearest such folder above."""
    for folder in ROOT.parents:
        if (folder / _RELATIVE).is_file():
            return folder / _RELATIVE
    return ROOT.parent / _RELATIVE


DOLLARS = frozenset({"USD", "AUD", "CAD", "HKD", "NZD", "SGD"})
SUBSET = frozenset({"money", "percent", "multiple"})
PEERS = [
    ("CQE", "value+unit, all quantities", 85.6),
    ("quantulum3", "value+unit, all quantities", 47.2),
    ("Recognizers-Text", "value+unit, all quantities", 34.2),
    ("CQE", "value, all quantities", 92.0),
]
_POUND = re.compile(r"\bPS(?=\s?\d)")
_YEN = re.compile(r"\bY=(?=\s?\d)")


@dataclass
class Tally:
    """Counts of one scoring: correct, predicted, gold."""

    correct: int = 0
    predicted: int = 0
    gold: int = 0

    def line(self, label: str) -> str:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.correct / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (
            f"{label:<44} P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}  "
            f"({self.correct}/{self.predicted} predicted, {self.gold} gold)"
        )


@dataclass(frozen=True)
class Transition:
    """Two quantities read as NewsQuant's one (from, to) value: "from $2bn to $3bn"."""

    first: Quantity
    second: Quantity

    @property
    def unit(self) -> str | None:
        return self.first.unit

    @property
    def is_money(self) -> bool:
        return self.first.is_money

    @property
    def surface(self) -> str:
        return f"{self.first.surface} .. {self.second.surface}"

    @property
    def value_low(self) -> float:
        return self.first.value_low


_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_TO = re.compile(r"^\s*(?:to|-)\s*$", re.IGNORECASE)


def read(text: str) -> list:
    """Gives our quantities with "from X to Y" neighbours paired the NewsQuant way."""
    found = find_quantities(text)
    paired: list = []
    index = 0
    while index < len(found):
        quantity = found[index]
        following = found[index + 1] if index + 1 < len(found) else None
        if (
            following is not None
            and following.unit == quantity.unit
            and quantity.unit is not None
            and _FROM.search(text[max(0, quantity.start - 10) : quantity.start])
            and _TO.match(text[quantity.end : following.start])
        ):
            paired.append(Transition(quantity, following))
            index += 2
            continue
        paired.append(quantity)
        index += 1
    return paired


def magnitudes(quantity) -> tuple[float, float]:
    if isinstance(quantity, Transition):
        return magnitudes(quantity.first)[0], magnitudes(quantity.second)[0]
    """Gives the quantity's values as written: sign and decline inversion undone."""
    low, high = quantity.value_low, quantity.value_high
    if quantity.direction == "down" and quantity.change:
        if quantity.unit == "multiple" and low > 0:
            low, high = 1 / high, 1 / low
        else:
            low, high = -high, -low
    return low, high


def gold_values(gold: dict) -> tuple[float, float]:
    low, high = gold["value_low"], gold["value_high"]
    if gold["unit"] in ("cent", "sen") or gold["unit"].startswith(("cent ", "sen ")):
        return low / 100, high / 100
    return low, high


def same_values(a: tuple[float, float], b: tuple[float, float]) -> bool:
    pairs = (a, (abs(a[0]), abs(a[1])))
    targets = (b, (min(abs(b[0]), abs(b[1])), max(abs(b[0]), abs(b[1]))))
    return any(
        math.isclose(x[0], y[0], rel_tol=1e-5) and math.isclose(x[1], y[1], rel_tol=1e-5)
        for x in pairs
        for y in targets
    )


def same_unit(gold: dict, quantity) -> bool:
    unit = quantity.unit
    category = gold["category"]
    if category == "percent":
        return unit in ("percent", "pp")
    if category == "multiple":
        return unit == "multiple"
    if category == "money":
        iso = gold.get("currency_iso")
        if iso:
            return unit == iso
        base = gold["unit"].split(" per ")[0]
        if base == "sen":
            return unit == "MYR"
        return unit in DOLLARS
    return False


def in_subset(quantity) -> bool:
    if isinstance(quantity, Quantity) and implicit_multiple(quantity):
        return False
    return quantity.unit in ("percent", "pp", "multiple") or quantity.is_money


def implicit_multiple(quantity: Quantity) -> bool:
    """Tells whether a multiple has no number written ("doubled", "twice"): NewsQuant does
    not annotate those (its README, newsquant-0081), so they are left out of its scoring."""
    return (
        quantity.unit == "multiple"
        and not any(c.isdigit() for c in quantity.surface)
        and ("time" not in quantity.surface and "fold" not in quantity.surface)
    )


def score(rows: list[dict]) -> tuple[Tally, Tally, Tally]:
    subset_unit, subset_value, all_value = Tally(), Tally(), Tally()
    for row in rows:
        text = _YEN.sub("¥", _POUND.sub("£", row["text"]))
        found = read(text)
        golds = row["quantities"]
        _match(
            golds,
            found,
            all_value,
            lambda g, q: True,
            lambda q: not (isinstance(q, Quantity) and implicit_multiple(q)),
            lambda g: True,
        )
        _match(
            golds,
            found,
            subset_value,
            lambda g, q: True,
            in_subset,
            lambda g: g["category"] in SUBSET,
        )
        _match(golds, found, subset_unit, same_unit, in_subset, lambda g: g["category"] in SUBSET)
    return subset_unit, subset_value, all_value


def _match(golds, found, tally: Tally, unit_ok, keep_pred, keep_gold) -> None:
    predictions = [q for q in found if keep_pred(q)]
    wanted = [g for g in golds if keep_gold(g)]
    tally.predicted += len(predictions)
    tally.gold += len(wanted)
    unused = list(predictions)
    for gold in wanted:
        for quantity in unused:
            if same_values(magnitudes(quantity), gold_values(gold)) and unit_ok(gold, quantity):
                unused.remove(quantity)
                tally.correct += 1
                break


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--misses", action="store_true", help="print unmatched subset quantities")
    args = parser.parse_args()
    if args.data is None:
        args.data = default_data()
    if not args.data.is_file():
        sys.exit(
            f"NewsQuant data not found at {args.data}: pass --data PATH "
            "(it lives in ../shared/bench/newsquant/newsquant.jsonl)"
        )
    rows = [
        json.loads(line)
        for line in args.data.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    subset_unit, subset_value, all_value = score(rows)
    print(f"NewsQuant: {len(rows)} sentences ({args.data})")
    print(subset_unit.line("money+percent+multiple, value+unit"))
    print(subset_value.line("money+percent+multiple, value only"))
    print(all_value.line("all quantities, value only"))
    print("peers (authors' results file, all quantities; not the same subset):")
    for name, what, f1 in PEERS:
        print(f"  {name:<18} {what:<30} F1 {f1:5.1f}")
    print("notes: bare 'dollar' matches any dollar currency; cent/sen are 1/100 of it;")
    print("       pp matches 'percentage'; magnitudes compared (our declines are signed);")
    print("       PS and Y= turned back into £ and ¥ before reading; implicit multiples")
    print("       (doubled, twice), which NewsQuant does not annotate, are left out.")
    if args.misses:
        _print_misses(rows)


def _print_misses(rows: list[dict]) -> None:
    for row in rows:
        text = _YEN.sub("¥", _POUND.sub("£", row["text"]))
        found = [q for q in read(text) if in_subset(q)]
        unused = list(found)
        missed = []
        for gold in (g for g in row["quantities"] if g["category"] in SUBSET):
            match = next(
                (
                    q
                    for q in unused
                    if same_values(magnitudes(q), gold_values(gold)) and same_unit(gold, q)
                ),
                None,
            )
            if match is None:
                missed.append(f"{gold['value_raw']} {gold['unit']}")
            else:
                unused.remove(match)
        if missed or unused:
            print(f"\n{row['id']}: {row['text']}")
            for item in missed:
                print(f"   missed   {item}")
            for quantity in unused:
                print(f"   spurious {quantity.surface!r} {quantity.value_low} {quantity.unit}")


if __name__ == "__main__":
    main()
