#!/usr/bin/env python3
"""Builds eval/holdout7/gold.jsonl from the hand annotations in annotations.py.

The seventh held-out set uses the first set's builder (eval/holdout/annotate.py), pointed at
this folder: it finds the offsets of the n-th occurrence of each surface (never typed by
hand), cuts the sentence, expands the period shorthand into ISO dates and copies publisher
and date from the header line. It refuses to write anything when a surface is not found.

    python eval/holdout7/annotate.py            # writes eval/holdout7/gold.jsonl
    python eval/holdout7/annotate.py --check    # fails if gold.jsonl is out of date
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location(
    "holdout_annotate", HERE.parent / "holdout" / "annotate.py"
)

if __name__ == "__main__":
    builder = importlib.util.module_from_spec(_SPEC)
    _SPEC.loader.exec_module(builder)
    sys.exit(builder.main(HERE))
