"""A pytest plugin: with CI=true, any skipped test fails the session.

A skip in CI means a server or tool the run should have installed is missing, so CI must
not pass quietly without those tests. Expected failures (xfail) are not skips.
"""

from __future__ import annotations

import os
from collections.abc import Generator

import pytest

_SKIPPED = pytest.StashKey[list[str]]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_SKIPPED] = []


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report: pytest.TestReport = yield
    if report.skipped and not hasattr(report, "wasxfail"):
        item.config.stash[_SKIPPED].append(report.nodeid)
    return report


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    skipped = session.config.stash[_SKIPPED]
    if skipped and os.environ.get("CI", "").lower() == "true" and exitstatus == 0:
        shown = ", ".join(sorted(set(skipped))[:5])
        print(f"\nCI=true, but {len(set(skipped))} tests were skipped: {shown}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
