"""`digestbot db backup PATH | check | migrate | copy SOURCE TARGET`: look after the database.

Each works on SQLite (a file path) and on PostgreSQL (a postgresql:// URL); `--database` names
one, else DATABASE_URL or DATABASE_PATH from the settings. A PostgreSQL backup is a logical copy
into a new SQLite file (verified like `db copy`), which `db copy BACKUP postgresql://…` restores.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from storage.copy import TableCopy, copy_database
from storage.db import connect, is_postgres_url
from storage.db_postgres import redact
from storage.errors import StorageError
from storage.migrate import latest_version, migrate_database

Target = str | Path
PROGRESS_EVERY = 5000  # rows of one table between progress lines of `db copy`


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Add the `db` command and its sub-commands; each parsed namespace carries `func(args) -> int`."""
    db = subparsers.add_parser("db", help="back up, check, migrate or copy the database")
    db.add_argument(
        "--database",
        default=None,
        help="SQLite file or postgresql:// URL (default: DATABASE_URL, else DATABASE_PATH)",
    )
    actions = db.add_subparsers(dest="db_command", required=True)
    backup = actions.add_parser(
        "backup", help="online backup to PATH (a SQLite file), then an integrity check of the copy"
    )
    backup.add_argument("path", type=Path)
    backup.set_defaults(func=_backup)
    check = actions.add_parser("check", help="integrity and foreign-key check, and the schema version")
    check.set_defaults(func=_check)
    migrate = actions.add_parser("migrate", help="apply pending schema migrations")
    migrate.set_defaults(func=_migrate)
    copy = actions.add_parser(
        "copy",
        help="copy every table from SOURCE into the empty TARGET (each a SQLite file or a postgresql:// URL),"
        " verified by row counts and row checksums",
    )
    copy.add_argument("source")
    copy.add_argument("target")
    copy.set_defaults(func=_copy)


def _as_target(text: str | Path) -> Target:
    return str(text) if is_postgres_url(str(text)) else Path(text)


def _database(args: argparse.Namespace) -> Target:
    if args.database is not None:
        return _as_target(args.database)
    from bot.config import Settings

    return Settings().database_target()


def _name(target: Target) -> str:
    return redact(target) if isinstance(target, str) else str(target)


def _missing(target: Target) -> str | None:
    """The message for a SQLite file that is not there (PostgreSQL databases are checked on connect)."""
    if isinstance(target, Path) and not target.exists():
        return f"There is no database at {target}; check DATABASE_PATH, DATABASE_URL or --database."
    return None


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _backup(args: argparse.Namespace) -> int:
    source = _database(args)
    if (message := _missing(source)) is not None:
        return _fail(message)
    if isinstance(source, str) and args.path.exists():
        return _fail(f"{args.path} already exists; a PostgreSQL backup goes into a new file.")

    async def run() -> list[str]:
        db = await connect(source)
        try:
            await db.backup(args.path)
        finally:
            await db.close()
        return await _integrity(args.path)

    try:
        problems = asyncio.run(run())
    except StorageError as exc:
        return _fail(str(exc))
    if problems != ["ok"]:
        return _fail(f"The backup at {args.path} failed its integrity check: {'; '.join(problems[:10])}")
    how = "logical copy, every row verified" if isinstance(source, str) else "online backup"
    print(
        f"Backed up {_name(source)} to {args.path} ({how}, {args.path.stat().st_size} bytes);"
        " integrity check ok."
    )
    return 0


async def _integrity(path: Path) -> list[str]:
    db = await connect(path)
    try:
        return await db.integrity_check()
    finally:
        await db.close()


def _check(args: argparse.Namespace) -> int:
    target = _database(args)
    if (message := _missing(target)) is not None:
        return _fail(message)

    async def run() -> tuple[int, int, list[str]]:
        db = await connect(target)
        try:
            return await db.schema_version(), latest_version(db.dialect), await db.integrity_check()
        finally:
            await db.close()

    try:
        version, known, problems = asyncio.run(run())
    except StorageError as exc:
        return _fail(str(exc))
    print(f"{_name(target)}: schema version {version} (this digestbot knows up to {known})")
    if problems != ["ok"]:
        return _fail("Integrity check failed: " + "; ".join(problems[:10]))
    print("integrity check ok")
    if version > known:
        return _fail("The database is from a newer digestbot; run that version or restore a backup.")
    if version < known:
        print("Migrations are pending; run `digestbot db migrate` (the bot also applies them at start).")
    return 0


def _migrate(args: argparse.Namespace) -> int:
    target = _database(args)

    async def run() -> tuple[int, int]:
        db = await connect(target)
        try:
            return await migrate_database(db)
        finally:
            await db.close()

    try:
        before, after = asyncio.run(run())
    except StorageError as exc:
        return _fail(str(exc))
    if before == after:
        print(f"{_name(target)}: schema already at version {after}.")
    else:
        print(f"{_name(target)}: schema migrated from version {before} to {after}.")
    return 0


def _copy(args: argparse.Namespace) -> int:
    source, target = _as_target(args.source), _as_target(args.target)
    if (message := _missing(source)) is not None:
        return _fail(message)

    def progress(table: str, rows: int) -> None:
        if rows % PROGRESS_EVERY == 0:
            print(f"  {table}: {rows} rows so far", flush=True)

    async def run() -> list[TableCopy]:
        db = await connect(source)
        try:
            return await copy_database(db, target, progress=progress)
        finally:
            await db.close()

    try:
        report = asyncio.run(run())
    except StorageError as exc:
        return _fail(str(exc))
    rows = sum(table.rows for table in report)
    for table in report:
        print(f"  {table.name:<20} {table.rows:>10} rows  checksum {table.checksum}")
    print(
        f"Copied {_name(source)} to {_name(target)}: {len(report)} tables, {rows} rows; "
        "every table's row count and row checksum match."
    )
    return 0
