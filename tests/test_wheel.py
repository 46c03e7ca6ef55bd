"""The built wheel ships the Alembic migrations, and they run from the installed package."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Gives a wheel built from the working tree, the way `pip install .` builds it."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("tracker-*.whl")
    return built


def test_wheel_contains_migrations_and_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "tracker/migrations/env.py" in names
    assert "tracker/migrations/script.py.mako" in names
    assert "tracker/migrations/versions/0001_initial.py" in names
    assert "tracker/py.typed" in names
    assert any(n.startswith("tracker/data/") for n in names)


def test_installed_wheel_migrates_a_database(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    script = (
        "import tracker, pathlib, sys\n"
        "from tracker.store import open_database\n"
        "from tracker.store.database import head_revision\n"
        f"assert pathlib.Path(tracker.__file__).is_relative_to({str(target)!r}), tracker.__file__\n"
        "db = open_database('sqlite:///' + sys.argv[1])\n"
        "print(head_revision())\n"
        "print(db.engine.connect().exec_driver_sql('select count(*) from claims_view').scalar())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "t.db")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    revision, count = result.stdout.split()
    assert revision and count == "0"
