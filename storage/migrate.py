"""Schema migrations: numbered SQL files applied in one transaction each, tracked by user_version.

`migrations/0001_initial.sql`, `0002_….sql`, …: version N is applied inside one `BEGIN IMMEDIATE`
transaction together with `PRAGMA user_version = N`, so a failure part-way leaves the version (and
the schema) exactly as before and the next start applies it again. A database whose version is
newer than the newest file here is refused rather than misread.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from storage.errors import SchemaTooNewError

if TYPE_CHECKING:
    from storage.db import Database

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations() -> list[Migration]:
    """The packaged migrations in order; their numbers must run 1, 2, 3, … without gaps."""
    found = []
    for entry in resources.files("storage").joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {[m.version for m in found]}")
    return found


def split_statements(sql: str) -> list[str]:
    """Split a script into single statements (semicolons inside strings and triggers respected)."""
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


def latest_version() -> int:
    return len(load_migrations())


async def check_not_newer(db: Database, migrations: list[Migration] | None = None) -> int:
    """The file's schema version; raises SchemaTooNewError when it is newer than this code knows."""
    known = len(migrations if migrations is not None else load_migrations())
    version = await db.schema_version()
    if version > known:
        raise SchemaTooNewError(
            f"The database {db.path} has schema version {version}, but this digestbot only knows "
            f"up to {known}; run a newer digestbot or restore a backup."
        )
    return version


async def migrate_database(db: Database, migrations: list[Migration] | None = None) -> tuple[int, int]:
    """Apply every migration newer than the file's version; returns (version before, version after).

    Each step re-reads the version after taking the write lock, so two processes starting together
    apply each migration once.
    """
    migrations = migrations if migrations is not None else load_migrations()
    before = await check_not_newer(db, migrations)
    for migration in migrations:
        if migration.version <= before:
            continue
        async with db.transaction():
            if await db.schema_version() >= migration.version:
                continue
            for statement in split_statements(migration.sql):
                await db.execute(statement)
            await db.execute(f"PRAGMA user_version = {int(migration.version)}")
    return before, await db.schema_version()
