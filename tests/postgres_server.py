"""A throw-away PostgreSQL server for the tests and the benchmark.

The tests start their own server from the installed binaries (initdb into a temporary
folder, `pg_ctl start` on a free loopback port, stop and delete at the end), so `pytest`
works the same in CI and on a developer's machine with PostgreSQL installed. initdb and
postgres refuse to run as root, so as root the server runs as the `postgres` user.

`TRACKER_TEST_POSTGRESQL_URL` (a URL whose user may CREATE DATABASE) uses a running
server instead; `TRACKER_PG_BIN` names the folder of the binaries when they are not on
PATH or in `/usr/lib/postgresql/<version>/bin`.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

#: Names a running server to use instead of starting one.
URL_VARIABLE = "TRACKER_TEST_POSTGRESQL_URL"
#: Names the folder holding initdb and pg_ctl.
BIN_VARIABLE = "TRACKER_PG_BIN"
#: The superuser the throw-away cluster is created with.
SUPERUSER = "tracker"
#: Settings for a server whose data may be lost: durability costs time the tests don't need.
FAST_SETTINGS = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


class ServerUnavailable(RuntimeError):
    """No PostgreSQL binaries were found, or the server would not start."""


def find_binaries() -> Path:
    """Gives the folder holding initdb and pg_ctl; raises ServerUnavailable if there is none."""
    candidates: list[str] = []
    if os.environ.get(BIN_VARIABLE):
        candidates.append(os.environ[BIN_VARIABLE])
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    # Debian and Ubuntu keep the server binaries off PATH, one folder per major version.
    candidates.extend(
        sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    )
    for folder in candidates:
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    raise ServerUnavailable(
        "no PostgreSQL server binaries (initdb, pg_ctl): install postgresql "
        f"or set {BIN_VARIABLE} or {URL_VARIABLE}"
    )


def _version_key(folder: str) -> tuple[int, ...]:
    version = Path(folder).parent.name
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def free_port() -> int:
    """Gives a loopback TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class TemporaryServer:
    """A PostgreSQL cluster in a temporary folder, listening on 127.0.0.1 only."""

    def __init__(self, settings: dict[str, str] | None = None) -> None:
        self.settings = dict(FAST_SETTINGS if settings is None else settings)
        self.binaries = find_binaries()
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="tracker-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self._user = _unprivileged_user()
        self.started = False

    @property
    def admin_url(self) -> URL:
        """Gives the URL of the `postgres` maintenance database as the superuser."""
        return URL.create(
            "postgresql+psycopg",
            username=SUPERUSER,
            host="127.0.0.1",
            port=self.port,
            database="postgres",
        )

    def start(self) -> TemporaryServer:
        """Creates the cluster and starts the server; raises ServerUnavailable on failure."""
        if self._user is not None:
            shutil.chown(self.folder, user=self._user)
        self._run(
            "initdb",
            [
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
        )
        options = [
            f"-p {self.port}",
            "-c listen_addresses=127.0.0.1",
            f"-c unix_socket_directories={self.folder}",
        ]
        options += [f"-c {name}={value}" for name, value in self.settings.items()]
        self._run(
            "pg_ctl",
            ["-D", str(self.data), "-l", str(self.log), "-o", " ".join(options), "-w", "start"],
        )
        self.started = True
        return self

    def stop(self) -> None:
        """Stops the server at once and deletes its folder."""
        if self.started:
            with suppress(ServerUnavailable):
                self._run("pg_ctl", ["-D", str(self.data), "-m", "immediate", "-w", "stop"])
            self.started = False
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, program: str, args: Sequence[str]) -> None:
        command = [str(self.binaries / program), *args]
        if self._user is not None:
            command = ["runuser", "-u", self._user, "--", *command]
        result = subprocess.run(
            command, capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False
        )
        if result.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise ServerUnavailable(
                f"{program} failed ({result.returncode}): {result.stderr.strip()} {log[-2000:]}"
            )

    def __enter__(self) -> TemporaryServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _unprivileged_user() -> str | None:
    """Gives the user to run the server as when we are root (initdb refuses root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise ServerUnavailable("running as root and there is no postgres user to run the server")


def create_database(admin_url: URL | str, prefix: str = "tracker_test") -> URL:
    """Gives the URL of a new, empty database on the server `admin_url` points at."""
    admin = make_url(admin_url) if isinstance(admin_url, str) else admin_url
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
    finally:
        engine.dispose()
    return admin.set(database=name)


def drop_database(admin_url: URL | str, url: URL) -> None:
    """Drops the database `url` names, disconnecting whoever is still on it."""
    admin = make_url(admin_url) if isinstance(admin_url, str) else admin_url
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
    finally:
        engine.dispose()
