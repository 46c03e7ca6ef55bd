"""Loads the vocabulary files shipped in `tracker/data/`, once per process."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def _data_file(name: str) -> str:
    return resources.files("tracker").joinpath("data", name).read_text(encoding="utf-8")


@cache
def word_list(name: str) -> frozenset[str]:
    """Gives the lower-cased words of a `.txt` data file, skipping comments and blank lines."""
    words = set()
    for line in _data_file(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line.lower())
    return frozenset(words)


@cache
def json_data(name: str) -> Any:
    """Gives the parsed content of a `.json` data file."""
    return json.loads(_data_file(name))
