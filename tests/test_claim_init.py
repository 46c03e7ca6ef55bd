"""`Claim` writes its own __init__ for speed: the dataclass's parameters, defaults and
behaviour."""

from __future__ import annotations

import dataclasses
import inspect
from datetime import date

import pytest

from tracker.extract.claim import Claim


def test_claim_init_is_the_dataclass_one() -> None:
    parameters = list(inspect.signature(Claim).parameters.values())
    assert [p.name for p in parameters] == [f.name for f in dataclasses.fields(Claim)]
    for parameter, field in zip(parameters, dataclasses.fields(Claim), strict=True):
        assert parameter.default == (
            inspect.Parameter.empty if field.default is dataclasses.MISSING else field.default
        )
    values = ("d", "5%", 1, 3, "It grew 5%.", "gdp", ("Italy",), 5.0, 5.0, "percent")
    claim = Claim(*values, period_start=date(2024, 1, 1), confidence=0.5)
    assert claim == dataclasses.replace(claim, confidence=None)
    assert hash(claim) == hash(Claim(*values, period_start=date(2024, 1, 1)))
    assert claim.to_dict()["confidence"] == 0.5 and claim.to_dict()["period_start"] == "2024-01-01"
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.start = 2  # type: ignore[misc]
