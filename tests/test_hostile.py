"""Hostile files in the seeds folder: each rejected with one line naming it, recorded in the
run, and every other document still ingested."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tracker.cli import EXIT_REJECTED, cli
from tracker.ingest import ingest
from tracker.store import Database
from tracker.store.runs import recent_runs

LIMIT = 4096  # larger than both seed articles


def _not_utf8(folder: Path) -> Path:
    path = folder / "cp1251.txt"
    path.write_bytes("Товарооборот вырос на 5%.".encode("cp1251"))
    return path


def _empty(folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path


def _blank(folder: Path) -> Path:
    path = folder / "blank.txt"
    path.write_bytes(b"  \r\n\t\n")
    return path


def _unicode_blank(folder: Path) -> Path:
    path = folder / "spaces.txt"
    path.write_text("\ufeff\u00a0\u2028\u3000\x1c", encoding="utf-8")
    return path


def _binary(folder: Path) -> Path:
    path = folder / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return path


def _too_large(folder: Path) -> Path:
    path = folder / "huge.txt"
    path.write_text("Trade grew. " * (LIMIT // 10), encoding="utf-8")
    return path


def _bad_header(folder: Path) -> Path:
    path = folder / "header.txt"
    path.write_text(" date 2021-13-45 By Trend\n\nTrade grew by 5%.", encoding="utf-8")
    return path


def _bad_sidecar(folder: Path) -> Path:
    path = folder / "sidecar.txt"
    path.write_text("Trade grew by 5%.", encoding="utf-8")
    (folder / "sidecar.meta.json").write_text("{not json", encoding="utf-8")
    return path


def _broken_link(folder: Path) -> Path:
    path = folder / "link.txt"
    path.symlink_to(folder / "nowhere.txt")
    return path


def _link_loop(folder: Path) -> Path:
    path = folder / "loop.txt"
    path.symlink_to(path)
    return path


def _folder(folder: Path) -> Path:
    path = folder / "x.txt"
    path.mkdir()
    return path


def _pipe(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _device(folder: Path) -> Path:
    path = folder / "zero.txt"
    path.symlink_to("/dev/zero")
    return path


HOSTILE: list[tuple[str, Callable[[Path], Path], str]] = [
    ("not-utf8", _not_utf8, "not UTF-8"),
    ("empty", _empty, "the document is empty"),
    ("blank", _blank, "the document is empty"),
    ("unicode-blank", _unicode_blank, "the document is empty"),
    ("binary", _binary, "binary content"),
    ("too-large", _too_large, "byte limit"),
    ("bad-header", _bad_header, "malformed header"),
    ("bad-sidecar", _bad_sidecar, "unreadable metadata"),
    ("broken-link", _broken_link, "broken link"),
    ("link-loop", _link_loop, "cannot be read"),
    ("folder", _folder, "is a folder"),
    ("pipe", _pipe, "not a regular file"),
    ("device", _device, "not a regular file"),
]


@pytest.mark.parametrize(("make", "message"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_a_hostile_file_is_rejected_and_the_others_ingested(
    db: Database, seeds: Path, make: Callable[[Path], Path], message: str
) -> None:
    bad = make(seeds)
    summary = ingest(db, [seeds], max_bytes=LIMIT)
    assert (summary.added, summary.rejected) == (2, 1)
    [line] = summary.messages
    assert line.startswith(str(bad.with_suffix(""))), "the line names the file by its path"
    assert message in line and "\n" not in line
    [run] = recent_runs(db)
    assert run.status == "rejected" and run.messages == line


@pytest.mark.parametrize(("make", "message"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_the_cli_names_the_file_and_exits_3(
    runner: CliRunner,
    seeds: Path,
    db_url: str,
    make: Callable[[Path], Path],
    message: str,
) -> None:
    bad = make(seeds)
    result = runner.invoke(
        cli,
        ["run", "--quiet", "--db", db_url, "--seeds", str(seeds), "--max-bytes", str(LIMIT)],
    )
    assert result.exit_code == EXIT_REJECTED
    [line] = result.stderr.splitlines()
    assert line.startswith("rejected: ") and bad.stem in line and message in line
    assert result.stdout == ""


def _deny(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Makes opening the file called `name` fail as chmod 000 does for a non-root user."""
    real_open = Path.open

    def guarded_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)


def test_an_unreadable_file_is_rejected(
    db: Database, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (seeds / "secret.txt").write_text("Trade grew by 5%.", encoding="utf-8")
    _deny(monkeypatch, "secret.txt")
    summary = ingest(db, [seeds])
    assert (summary.added, summary.rejected) == (2, 1)
    assert summary.messages == [f"{seeds / 'secret.txt'}: permission denied"]


#: Root reads any file whatever its mode, unless it runs without these two capabilities.
_WITHOUT_ROOT_READ = [
    "setpriv",
    "--inh-caps=-dac_override,-dac_read_search",
    "--bounding-set=-dac_override,-dac_read_search",
]


def test_a_chmod_000_file_is_rejected(db_url: str, seeds: Path) -> None:
    """A real unreadable file, read by a real `tracker ingest` process; as root the process
    drops the capabilities that let root ignore file modes, so the test runs in CI too."""
    secret = seeds / "secret.txt"
    secret.write_text("Trade grew by 5%.", encoding="utf-8")
    secret.chmod(0)
    prefix = _WITHOUT_ROOT_READ if os.geteuid() == 0 else []
    try:
        result = subprocess.run(
            [*prefix, sys.executable, "-m", "tracker", "ingest", "--db", db_url, "-j", "1",
             str(seeds)],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    finally:
        secret.chmod(0o644)
    assert result.returncode == EXIT_REJECTED, result.stderr
    assert f"{secret}: permission denied" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_that_vanishes_mid_run_is_rejected_and_then_marked_removed(
    db: Database, seeds: Path
) -> None:
    doomed = seeds / "zz-doomed.txt"
    doomed.write_text("Trade grew by 5%.", encoding="utf-8")
    ingest(db, [seeds])
    doomed.write_text("Trade grew by 6%.", encoding="utf-8")  # changed: it must be read

    def delete_after_first(_path: Path, _outcome: str) -> None:
        doomed.unlink(missing_ok=True)

    summary = ingest(db, [seeds], progress=delete_after_first)
    assert (summary.unchanged, summary.rejected) == (2, 1)
    assert "zz-doomed.txt: no such file" in summary.messages[0]
    assert ingest(db, [seeds]).removed == 1


def test_a_file_growing_past_the_limit_while_read_is_still_refused(
    db: Database, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    growing = seeds / "growing.txt"
    growing.write_text("short", encoding="utf-8")
    real_open = Path.open

    def open_after_growth(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "growing.txt":
            with open(growing, "w", encoding="utf-8") as handle:  # not Path.open: patched
                handle.write("x" * (LIMIT * 2))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_after_growth)
    summary = ingest(db, [seeds], max_bytes=LIMIT)
    assert summary.rejected == 1 and "limit" in summary.messages[0]
