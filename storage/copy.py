"""Copy a whole install between databases (SQLite ⇄ PostgreSQL), verified row by row.

`copy_database(source, target)` reads the source inside one transaction (a consistent picture;
the source is never written), brings the target's schema to the same version, refuses a target
that holds any row, and writes every table inside ONE target transaction, in foreign-key order.
Before that transaction commits, every table's row count and a checksum of every row (a SHA-256 per
row, added up so the order rows come back in does not matter) are compared between the source and
what the target now holds; any difference rolls the whole copy back. An interruption (Ctrl-C, a
kill, a lost connection) also rolls it back: the target is left with its empty tables, never
half-filled, and the copy can simply be run again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storage.db import connect
from storage.errors import StorageError
from storage.migrate import Table, latest_version, migrate_database

BATCH = 500
_MODULUS = 2**256


@dataclass(frozen=True)
class TableCopy:
    name: str
    rows: int
    checksum: str


def _canonical(value: Any) -> bytes:
    """One value as both backends give it back (PostgreSQL text holds no NUL: see db_postgres)."""
    if value is None:
        return b"\\N"
    if isinstance(value, bool):
        return b"i%d" % value
    if isinstance(value, int):
        return b"i%d" % value
    if isinstance(value, float):
        return b"f" + repr(value).encode()
    if isinstance(value, str):
        return b"s" + value.replace("\x00", "").encode("utf-8", "surrogatepass")
    if isinstance(value, bytes | bytearray | memoryview):
        return b"b" + bytes(value)
    return b"?" + str(value).encode()


def row_digest(row: Any) -> int:
    return int.from_bytes(hashlib.sha256(b"\x1f".join(_canonical(v) for v in row)).digest(), "big")


def copy_order(tables: list[Table]) -> list[Table]:
    """Tables so that each comes after every table its foreign keys point to."""
    by_name = {t.name: t for t in tables}
    ordered: list[Table] = []
    placed: set[str] = set()
    while len(ordered) < len(tables):
        ready = [t for t in tables if t.name not in placed and t.parents & by_name.keys() <= placed]
        if not ready:
            raise StorageError("The tables' foreign keys form a cycle; they cannot be copied in order.")
        for table in ready:
            ordered.append(table)
            placed.add(table.name)
    return ordered


def _select(table: Table, columns: tuple[str, ...]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    order = ", ".join(f'"{c}"' for c in (table.key or columns))
    return f'SELECT {names} FROM "{table.name}" ORDER BY {order} LIMIT ? OFFSET ?'


async def _rows(db: Any, table: Table, columns: tuple[str, ...]) -> Any:
    """The table's rows in batches (inside the caller's transaction, so the picture is stable)."""
    sql = _select(table, columns)
    offset = 0
    while True:
        batch = await db.fetchall(sql, (BATCH, offset))
        if not batch:
            return
        yield batch
        offset += len(batch)


async def _count_and_sum(db: Any, table: Table, columns: tuple[str, ...]) -> tuple[int, int]:
    count = total = 0
    async for batch in _rows(db, table, columns):
        count += len(batch)
        total = (total + sum(row_digest(row) for row in batch)) % _MODULUS
    return count, total


def _same(first: Any, second: Any) -> bool:
    if first.dialect == second.dialect == "sqlite":
        return Path(first.location).resolve() == Path(second.location).resolve()
    return first.location == second.location


async def copy_database(
    source: Any, target: str | Path, *, progress: Callable[[str, int], None] | None = None
) -> list[TableCopy]:
    """Copy every table of the open `source` database into `target` (a SQLite path or a
    postgresql:// URL); returns what was copied and verified. Raises StorageError (nothing kept
    in the target) when the target holds data, the versions differ, or verification fails.
    `progress(table, rows so far)` is called after each batch written."""
    say = progress or (lambda _table, _rows: None)
    version = await source.schema_version()
    if version != latest_version(source.dialect):
        raise StorageError(
            f"The source {source.location} is at schema version {version}, not {latest_version()}; "
            "run `digestbot db migrate` on it first (db copy never changes the source)."
        )
    dest = await connect(target)
    try:
        if _same(dest, source):
            raise StorageError("The source and the target are the same database; choose another target.")
        await migrate_database(dest)
        tables = copy_order(await dest.tables())
        counts = {t.name: await dest.fetchval(f'SELECT count(*) FROM "{t.name}"') for t in tables}
        filled = [f"{name} ({n})" for name, n in counts.items() if n]
        if filled:
            raise StorageError(
                f"The target {dest.location} already holds data ({', '.join(filled[:5])} rows); "
                "copy only into an empty database."
            )
        source_tables = {t.name: t for t in await source.tables()}
        missing = [t.name for t in tables if t.name not in source_tables]
        if missing:
            raise StorageError(f"The source lacks the tables {', '.join(missing)}; it cannot be copied.")
        report: list[TableCopy] = []
        async with source.transaction(), dest.transaction():
            for table in tables:
                columns = table.columns
                placeholders = ", ".join("?" * len(columns))
                names = ", ".join(f'"{c}"' for c in columns)
                insert = f'INSERT INTO "{table.name}" ({names}) VALUES ({placeholders})'
                count = total = 0
                async for batch in _rows(source, source_tables[table.name], columns):
                    await dest.executemany(insert, [tuple(row) for row in batch])
                    count += len(batch)
                    total = (total + sum(row_digest(row) for row in batch)) % _MODULUS
                    say(table.name, count)
                copied = await _count_and_sum(dest, table, columns)
                if copied != (count, total):
                    raise StorageError(
                        f"The copy of {table.name} does not match its source ({copied[0]} rows against "
                        f"{count}, or a row differs); nothing was kept in the target."
                    )
                report.append(TableCopy(table.name, count, f"{total:064x}"[:16]))
            await dest.sync_row_ids()
        return report
    finally:
        await dest.close()
