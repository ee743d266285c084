"""`digestbot db backup PATH | check | migrate`: look after the SQLite database from the command line."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from storage.db import connect
from storage.errors import StorageError
from storage.migrate import latest_version, migrate_database


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Add the `db` command and its sub-commands; each parsed namespace carries `func(args) -> int`."""
    db = subparsers.add_parser("db", help="back up, check or migrate the database")
    db.add_argument(
        "--database", type=Path, default=None, help="database file (default: DATABASE_PATH from the settings)"
    )
    actions = db.add_subparsers(dest="db_command", required=True)
    backup = actions.add_parser("backup", help="online backup to PATH, then an integrity check of the copy")
    backup.add_argument("path", type=Path)
    backup.set_defaults(func=_backup)
    check = actions.add_parser("check", help="integrity and foreign-key check, and the schema version")
    check.set_defaults(func=_check)
    migrate = actions.add_parser("migrate", help="apply pending schema migrations")
    migrate.set_defaults(func=_migrate)


def _database_path(args: argparse.Namespace) -> Path:
    if args.database is not None:
        return args.database
    from bot.config import Settings

    return Settings().database_path


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _backup(args: argparse.Namespace) -> int:
    source = _database_path(args)
    if not source.exists():
        return _fail(f"There is no database at {source}; check DATABASE_PATH or --database.")

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
    print(f"Backed up {source} to {args.path} ({args.path.stat().st_size} bytes); integrity check ok.")
    return 0


async def _integrity(path: Path) -> list[str]:
    db = await connect(path)
    try:
        return await db.integrity_check()
    finally:
        await db.close()


def _check(args: argparse.Namespace) -> int:
    path = _database_path(args)
    if not path.exists():
        return _fail(f"There is no database at {path}; check DATABASE_PATH or --database.")

    async def run() -> tuple[int, list[str]]:
        db = await connect(path)
        try:
            return await db.schema_version(), await db.integrity_check()
        finally:
            await db.close()

    try:
        version, problems = asyncio.run(run())
    except StorageError as exc:
        return _fail(str(exc))
    known = latest_version()
    print(f"{path}: schema version {version} (this digestbot knows up to {known})")
    if problems != ["ok"]:
        return _fail("Integrity check failed: " + "; ".join(problems[:10]))
    print("integrity check ok")
    if version > known:
        return _fail("The database is from a newer digestbot; run that version or restore a backup.")
    if version < known:
        print("Migrations are pending; run `digestbot db migrate` (the bot also applies them at start).")
    return 0


def _migrate(args: argparse.Namespace) -> int:
    path = _database_path(args)

    async def run() -> tuple[int, int]:
        db = await connect(path)
        try:
            return await migrate_database(db)
        finally:
            await db.close()

    try:
        before, after = asyncio.run(run())
    except StorageError as exc:
        return _fail(str(exc))
    if before == after:
        print(f"{path}: schema already at version {after}.")
    else:
        print(f"{path}: schema migrated from version {before} to {after}.")
    return 0
