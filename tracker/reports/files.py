"""Writing report files so that a reader never sees a half-written one."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Gives a temporary path beside `target`; on success it replaces `target` in one step.

    The temporary file sits in the same folder so `os.replace` is a rename on one file
    system, which is atomic: an interrupted run leaves the old file or none, never half a
    PDF. On failure the temporary file is removed.
    """
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        # mkstemp makes the file private (0600); a report should get the permissions any
        # new file gets, or keep those of the file it replaces.
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """Gives the permission bits for `target`: its current ones, else 0666 less the umask."""
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def slug(text: str) -> str:
    """Gives a file-name part: lower case, runs of other characters as one hyphen."""
    return re.sub(r"[^a-z0-9_]+", "-", text.lower()).strip("-") or "none"
