"""The throw-away PostgreSQL server the tests use: found, or missed loudly in CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from . import postgres_server
from .conftest import postgresql_unavailable
from .postgres_server import ServerUnavailable, find_binaries


def test_ci_fails_when_postgresql_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        postgresql_unavailable(ServerUnavailable("no initdb"))


def test_a_dev_machine_skips_when_postgresql_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no initdb"):
        postgresql_unavailable(ServerUnavailable("no initdb"))


def test_missing_binaries_are_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRACKER_PG_BIN", str(tmp_path))
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(postgres_server.glob, "glob", lambda _pattern: [])
    with pytest.raises(ServerUnavailable, match="TRACKER_PG_BIN"):
        find_binaries()


def test_binaries_named_by_the_environment_come_first(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("initdb", "pg_ctl"):
        (tmp_path / name).write_text("#!/bin/sh\n")
    monkeypatch.setenv("TRACKER_PG_BIN", str(tmp_path))
    assert find_binaries() == tmp_path
