"""Where a report's time goes: named steps timed when a caller asks for it.

`step` costs nothing unless `recording()` is active; the scale benchmark's `--profile`
prints what it recorded (`python -m benchmarks.scale --reports-only URL --profile`).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

_steps: dict[str, float] | None = None


@contextmanager
def step(name: str) -> Iterator[None]:
    """Adds the time spent in the block to the step `name`, when recording."""
    if _steps is None:
        yield
        return
    started = time.perf_counter()
    try:
        yield
    finally:
        if _steps is not None:
            _steps[name] = _steps.get(name, 0.0) + time.perf_counter() - started


@contextmanager
def recording() -> Iterator[dict[str, float]]:
    """Gives the seconds per step (in the order first seen) of the reports made inside."""
    global _steps
    previous, _steps = _steps, {}
    try:
        yield _steps
    finally:
        _steps = previous


def breakdown(steps: dict[str, float], total: float) -> str:
    """Gives the steps as lines of `seconds  share  name`, with what no step covers."""
    lines = [f"{seconds:6.2f} s {seconds / total:4.0%}  {name}" for name, seconds in steps.items()]
    rest = total - sum(steps.values())
    lines.append(f"{rest:6.2f} s {rest / total:4.0%}  (outside the steps: imports, opening)")
    lines.append(f"{total:6.2f} s        total")
    return "\n".join(lines)
