"""A real PostgreSQL server for the tests, started by the suite itself on loopback.

The server binaries come from the `pgserver` wheel in the dev extra (PostgreSQL built for Linux and
shipped on PyPI), so `pip install -e '.[dev]' && pytest` needs nothing else on a fresh machine;
Debian's `/usr/lib/postgresql/*/bin` is used when the wheel is missing, and `DIGESTBOT_TEST_PG_BIN`
names another directory. PostgreSQL refuses to run as root and CI runs as root: there the server
runs as the unprivileged `nobody` user (initdb and postgres are started with that uid), with its
data in a temporary directory that user owns, listening on 127.0.0.1 only, with fsync off.

Fixtures: `postgres` (the session's server; `await postgres.new_database()` gives the URL of a
fresh, empty database) and `postgres_factory` (a server of the test's own, for tests that stop
and restart it).
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import pwd
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import asyncpg
import pytest

START_TIMEOUT = 60.0


def server_binaries() -> Path:
    """The directory holding initdb and postgres (see the module docstring for the order)."""
    named = os.environ.get("DIGESTBOT_TEST_PG_BIN")
    candidates = [Path(named)] if named else []
    spec = importlib.util.find_spec("pgserver")
    if spec is not None and spec.submodule_search_locations:
        candidates.append(Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin")
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for directory in candidates:
        if (directory / "initdb").exists() and (directory / "postgres").exists():
            return directory
    raise RuntimeError(
        "No PostgreSQL server binaries for the tests: install the dev extra (pip install -e '.[dev]',"
        " which brings the pgserver wheel) or Debian's postgresql package."
    )


def _readable_by_everyone(path: Path) -> bool:
    """Every directory above `path` can be entered, and `path` itself read, by any user."""
    for part in [path, *path.parents]:
        mode = part.stat().st_mode
        if not mode & stat.S_IXOTH or (part == path and not mode & stat.S_IROTH):
            return False
    return True


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    """One initdb'd cluster in a temporary directory, started and stopped by the tests."""

    def __init__(self, *, durable: bool = False) -> None:
        """`durable=True` keeps fsync and synchronous commits on (for benchmarks); tests run
        without them, which only matters if the machine itself crashes."""
        self.durable = durable
        self.root = Path(tempfile.mkdtemp(prefix="digestbot-pg-"))
        self.root.chmod(0o755)
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self._numbers = iter(range(1, 1_000_000))
        self._as: dict[str, object] = {}
        self.bin = server_binaries()
        if os.geteuid() == 0:
            user = pwd.getpwnam("nobody")
            self._as = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
            os.chown(self.root, user.pw_uid, user.pw_gid)
            if not _readable_by_everyone(self.bin / "postgres"):
                self.bin = self._readable_copy(self.bin)
        self._run([str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust",
                   "-E", "UTF8", "--locale=C", "--no-sync"])
        self.start()

    def _readable_copy(self, bin_dir: Path) -> Path:
        """The unprivileged user cannot reach the binaries (a checkout under /root, say): copy the
        installation, keeping the layout its run path expects (the wheel's bin/../../../pgserver.libs)."""
        install, package = bin_dir.parent, bin_dir.parent.parent
        copy = self.root / "site" / package.name / install.name
        shutil.copytree(install, copy, symlinks=True)
        libs = package.parent / f"{package.name}.libs"
        if libs.is_dir():
            shutil.copytree(libs, self.root / "site" / libs.name, symlinks=True)
        return copy / "bin"

    def _run(self, command: list[str]) -> None:
        done = subprocess.run(
            command, capture_output=True, env=self._env(), cwd=self.root, timeout=START_TIMEOUT, **self._as
        )
        if done.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {done.stderr.decode(errors='replace')[-2000:]}")

    def _env(self) -> dict[str, str]:
        return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "HOME": str(self.root)}

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        options = {
            "listen_addresses": "127.0.0.1",
            "port": str(self.port),
            "unix_socket_directories": str(self.root),
            "max_connections": "300",
            "shared_buffers": "128MB",
        }
        if not self.durable:
            options |= {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}
        command = [str(self.bin / "postgres"), "-D", str(self.data)]
        for name, value in options.items():
            command += ["-c", f"{name}={value}"]
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                command, stdout=out, stderr=out, env=self._env(), cwd=self.root, **self._as
            )
        deadline = time.monotonic() + START_TIMEOUT
        while not self._accepts():
            if self.process.poll() is not None or time.monotonic() > deadline:
                tail = self.log.read_text(errors="replace")[-2000:]
                raise RuntimeError(f"PostgreSQL did not start: {tail}")
            time.sleep(0.05)

    def _accepts(self) -> bool:
        done = subprocess.run(
            [str(self.bin / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"],
            env=self._env(),
            cwd=self.root,
        )
        return done.returncode == 0

    def stop(self, *, fast: bool = True) -> None:
        """Shut the server down (fast: active sessions are ended, as in a restart) and wait."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGINT if fast else signal.SIGTERM)
        try:
            self.process.wait(timeout=START_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def restart(self) -> None:
        self.stop()
        self.start()

    async def new_database(self) -> str:
        """CREATE a fresh, empty database and return its URL."""
        name = f"test_{os.getpid()}_{next(self._numbers)}"
        conn = await asyncpg.connect(self.url())
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()
        return self.url(name)

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def postgres_factory() -> Iterator[Callable[[], PostgresServer]]:
    """Servers of the test's own (for stopping and restarting them), closed after the test."""
    servers: list[PostgresServer] = []

    def make() -> PostgresServer:
        servers.append(PostgresServer())
        return servers[-1]

    yield make
    for server in servers:
        with contextlib.suppress(Exception):
            server.close()
