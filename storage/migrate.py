"""Schema migrations: numbered SQL files, one per backend, applied in one transaction each.

`migrations/sqlite/NNNN_name.sql` and `migrations/postgres/NNNN_name.sql` hold the same step for
each database (see `migrations/README.md`). Version N is applied inside one transaction together
with recording N as the schema version (`PRAGMA user_version` on SQLite, the `schema_version` table
on PostgreSQL), so a failure part-way leaves the version (and the schema) exactly as before and the
next start applies it again. A database whose version is newer than the newest file here is refused
rather than misread.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Protocol

from storage.errors import SchemaTooNewError

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
DIALECTS = ("sqlite", "postgres")


class Migratable(Protocol):
    """What migrating needs of a database (both backends' Database classes provide it)."""

    dialect: str
    location: str

    def transaction(self) -> AbstractAsyncContextManager[object]: ...

    async def schema_version(self) -> int: ...


    async def set_schema_version(self, version: int) -> None: ...

    async def execute_script(self, sql: str) -> None: ...


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


@dataclass(frozen=True)
class Table:
    """One table the migrations made, as `db copy` needs it (from the database's own catalog)."""

    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]  # primary-key columns; empty when the table has none
    parents: frozenset[str]  # tables its foreign keys point to


def load_migrations(dialect: str = "sqlite") -> list[Migration]:
    """The packaged migrations of one backend in order; numbered 1, 2, 3, … without gaps."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown database dialect {dialect!r}")
    found = []
    for entry in resources.files("storage").joinpath("migrations", dialect).iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"{dialect} migrations are not numbered 1..n: {[m.version for m in found]}")
    return found


def split_statements(sql: str) -> list[str]:
    """Split an SQLite script into single statements (semicolons in strings and triggers respected)."""
    statements: list[str] = []
    *pieces, buffer = sql.split(";")
    pending = ""
    for piece in pieces:
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    rest = pending + buffer
    if not _only_comments(rest):
        raise ValueError(f"unterminated SQL statement in migration: {rest.strip()[:80]!r}")
    return [s for s in statements if not _only_comments(s)]


def _only_comments(statement: str) -> bool:
    body = "\n".join(line for line in statement.splitlines() if not line.strip().startswith("--"))
    return not body.strip(";").strip()


def latest_version(dialect: str = "sqlite") -> int:
    return len(load_migrations(dialect))


async def check_not_newer(db: Migratable, migrations: list[Migration] | None = None) -> int:
    """The database's schema version; raises SchemaTooNewError when it is newer than this code knows."""
    known = len(migrations if migrations is not None else load_migrations(db.dialect))
    version = await db.schema_version()
    if version > known:
        raise SchemaTooNewError(
            f"The database {db.location} has schema version {version}, but this digestbot only knows "
            f"up to {known}; run a newer digestbot or restore a backup."
        )
    return version


async def migrate_database(db: Migratable, migrations: list[Migration] | None = None) -> tuple[int, int]:
    """Apply every migration newer than the database's version; returns (version before, after).

    Each step re-reads the version inside its transaction, which holds the database's write lock
    (SQLite's `BEGIN IMMEDIATE`, PostgreSQL's advisory write lock), so two processes starting
    together apply each migration once.
    """
    migrations = migrations if migrations is not None else load_migrations(db.dialect)
    before = await check_not_newer(db, migrations)
    for migration in migrations:
        if migration.version <= before:
            continue
        async with db.transaction():
            if await db.schema_version() >= migration.version:
                continue
            await db.execute_script(migration.sql)
            await db.set_schema_version(migration.version)
    return before, await db.schema_version()
