"""CI=true fails a session that skipped a test; elsewhere a skip is only reported."""

from __future__ import annotations

import pytest

_SUITE = """
import pytest

def test_runs():
    assert True

def test_needs_a_server():
    pytest.skip("no server")

@pytest.mark.xfail(strict=True)
def test_known_gap():
    assert False
"""


@pytest.mark.parametrize(("ci", "outcome"), [("true", 1), ("", 0)])
def test_a_skip_fails_the_session_only_in_ci(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, ci: str, outcome: int
) -> None:
    monkeypatch.setenv("CI", ci)
    pytester.makepyfile(test_suite=_SUITE)
    result = pytester.runpytest_inprocess("-p", "tests.ci_guard")
    result.assert_outcomes(passed=1, skipped=1, xfailed=1)
    assert result.ret == outcome


def test_an_xfail_alone_passes_in_ci(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", "true")
    pytester.makepyfile(test_suite=_SUITE.replace('pytest.skip("no server")', "pass"))
    result = pytester.runpytest_inprocess("-p", "tests.ci_guard")
    assert result.ret == 0
