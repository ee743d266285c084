"""Pytest fixtures for a real database, migrated and closed after the test: SQLite by default, and
both SQLite and PostgreSQL for tests marked `both_databases` (one run each, ids `[sqlite]` and
`[postgres]`), PostgreSQL being a fresh database on the session's test server; `db_cli` runs a
`digestbot db` command in-process."""

from __future__ import annotations

import argparse
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from storage import Database, open_database
from tests.postgres_server import PostgresServer

BACKENDS = ("sqlite", "postgres")


def db_cli(*argv: str) -> int:
    """`digestbot db ARGV…` run in this process; its exit code."""
    from bot import cli_db

    parser = argparse.ArgumentParser(prog="digestbot")
    cli_db.add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return args.func(args)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_databases: run the test once on SQLite and once on PostgreSQL")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_databases"):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """"sqlite" or "postgres": the database the test runs on."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "digestbot.sqlite3"


@pytest.fixture
async def db_target(backend: str, db_path: Path, request: pytest.FixtureRequest) -> str | Path:
    """Where the test's database lives: the SQLite file, or a fresh PostgreSQL database's URL."""
    if backend == "sqlite":
        return db_path
    server: PostgresServer = request.getfixturevalue("postgres")
    return await server.new_database()


@pytest.fixture
async def db(db_target: str | Path) -> AsyncIterator[Database]:
    database = await open_database(db_target)
    yield database
    await database.close()
