"""One aiosqlite connection with durable pragmas and serialised `BEGIN IMMEDIATE` transactions.

`open_database(path)` connects, sets WAL / synchronous=FULL / foreign_keys / busy_timeout and applies
the schema migrations. `Database.transaction()` runs one write transaction at a time per connection;
any exception, cancellation included, rolls it back and leaves the connection usable. Reads outside a
transaction wait for the running one so they never see uncommitted rows. Every sqlite3 error reaches
callers as a `StorageError` (`StorageBusyError` when the file stayed locked past the busy timeout).
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from storage.errors import StorageError, translate
from storage.migrate import Table, check_not_newer, migrate_database, split_statements

Params = Sequence[Any] | dict[str, Any]
DEFAULT_BUSY_TIMEOUT = 5.0


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_epoch(moment: datetime) -> int:
    """Seconds since the epoch for an aware datetime (naive ones are refused: they hide bugs)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to storage; pass an aware (UTC) datetime")
    return int(moment.timestamp())


def from_epoch(seconds: int | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC)


class Database:
    """A single aiosqlite connection plus the lock that keeps its transactions one at a time."""

    dialect = "sqlite"

    def __init__(self, conn: aiosqlite.Connection, path: Path, busy_timeout: float) -> None:
        self._conn = conn
        self.path = path
        self.busy_timeout = busy_timeout
        self._lock = asyncio.Lock()
        self._owner: asyncio.Task[Any] | None = None
        self._savepoints = 0

    # ---- transactions -------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Database]:
        """`BEGIN IMMEDIATE` … `COMMIT`; rolled back on any exception, cancellation included.

        Re-entering from the task that already holds the transaction nests as a SAVEPOINT. Run the
        statements of a transaction in the task that opened it: other tasks wait for it to end.
        """
        task = asyncio.current_task()
        if task is not None and task is self._owner:
            async with self._savepoint():
                yield self
            return
        await self._lock.acquire()
        self._owner = task
        try:
            await self._run("BEGIN IMMEDIATE")
        except BaseException:
            await self._settle(self._end(commit=False))
            raise
        try:
            yield self
        except BaseException:
            await self._settle(self._end(commit=False))
            raise
        await self._settle(self._end(commit=True))

    @contextlib.asynccontextmanager
    async def _savepoint(self) -> AsyncIterator[None]:
        self._savepoints += 1
        name = f"sp{self._savepoints}"
        await self._run(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            await self._run(f"ROLLBACK TO {name}")
            await self._run(f"RELEASE {name}")
            raise
        finally:
            self._savepoints -= 1
        await self._run(f"RELEASE {name}")

    def _end(self, *, commit: bool) -> asyncio.Task[None]:
        """Finish the transaction in a task of its own, so a second cancellation cannot cut it short.

        The lock is released only once COMMIT/ROLLBACK has run on the connection's thread.
        """
        task = asyncio.get_running_loop().create_task(self._finish(commit))
        task.add_done_callback(self._release)
        return task

    async def _finish(self, commit: bool) -> None:
        if commit:
            try:
                await self._run("COMMIT")
                return
            except BaseException:
                await self._rollback_quietly()
                raise
        await self._rollback_quietly()

    async def _rollback_quietly(self) -> None:
        try:
            await self._conn.execute_fetchall("ROLLBACK")
        except sqlite3.OperationalError as exc:
            if "no transaction is active" not in str(exc):
                raise translate(exc) from exc
        except ValueError:
            return  # connection closed: SQLite rolled the transaction back when it closed

    def _release(self, task: asyncio.Task[None]) -> None:
        if not task.cancelled():
            task.exception()  # retrieved here too, for when the awaiting caller was cancelled meanwhile
        self._owner = None
        self._savepoints = 0
        self._lock.release()

    @staticmethod
    async def _settle(task: asyncio.Task[None]) -> None:
        await asyncio.shield(task)

    def _in_own_transaction(self) -> bool:
        task = asyncio.current_task()
        return task is not None and task is self._owner

    # ---- statements ---------------------------------------------------------------------------

    async def _run(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        try:
            return list(await self._conn.execute_fetchall(sql, params))
        except (sqlite3.Error, ValueError) as exc:
            raise translate(exc) from exc

    async def _run_count(self, sql: str, params: Params = ()) -> int:
        try:
            async with self._conn.execute(sql, params) as cursor:
                return cursor.rowcount
        except (sqlite3.Error, ValueError) as exc:
            raise translate(exc) from exc

    async def _read(self, sql: str, params: Params) -> list[sqlite3.Row]:
        if self._in_own_transaction():
            return await self._run(sql, params)
        async with self._lock:
            return await self._run(sql, params)

    async def fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """Rows of a query (inside the caller's transaction, or after any running one ends)."""
        return await self._read(sql, params)

    async def fetchone(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        rows = await self._read(sql, params)
        return rows[0] if rows else None

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row, or None when there is no row."""
        row = await self.fetchone(sql, params)
        return None if row is None else row[0]

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one write statement (in its own transaction unless inside one); returns rowcount."""
        if self._in_own_transaction():
            return await self._run_count(sql, params)
        async with self.transaction():
            return await self._run_count(sql, params)

    async def execute_returning(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        """Run one write statement with RETURNING (in a transaction); its first row, if any."""
        if self._in_own_transaction():
            rows = await self._run(sql, params)
        else:
            async with self.transaction():
                rows = await self._run(sql, params)
        return rows[0] if rows else None

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        """Run one statement for many parameter sets, inside a transaction."""
        if not self._in_own_transaction():
            async with self.transaction():
                return await self.executemany(sql, rows)
        try:
            async with self._conn.executemany(sql, rows):
                pass
        except (sqlite3.Error, ValueError) as exc:
            raise translate(exc) from exc

    # ---- maintenance --------------------------------------------------------------------------

    @property
    def location(self) -> str:
        """Where the data lives, for messages: the file's path."""
        return str(self.path)

    async def schema_version(self) -> int:
        return int(await self.fetchval("PRAGMA user_version"))

    async def set_schema_version(self, version: int) -> None:
        """Record the schema version (inside the migration's transaction)."""
        await self.execute(f"PRAGMA user_version = {int(version)}")

    async def execute_script(self, sql: str) -> None:
        """Run a migration script statement by statement inside the caller's transaction."""
        for statement in split_statements(sql):
            await self.execute(statement)

    async def integrity_check(self) -> list[str]:
        """`PRAGMA integrity_check` plus `foreign_key_check`; `["ok"]` when the file is sound."""
        problems = [str(row[0]) for row in await self.fetchall("PRAGMA integrity_check")]
        for row in await self.fetchall("PRAGMA foreign_key_check"):
            problems.append(f"foreign key broken: {tuple(row)}")
        if problems != ["ok"]:
            problems = [p for p in problems if p != "ok"] or ["ok"]
        return problems

    async def tables(self) -> list[Table]:
        """Every table of the schema (SQLite's own excluded), by name."""
        found = []
        names = await self.fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            " ORDER BY name"
        )
        for (name,) in names:
            columns = await self.fetchall(f'PRAGMA table_info("{name}")')
            keys = sorted((row["pk"], row["name"]) for row in columns if row["pk"])
            parents = await self.fetchall(f'PRAGMA foreign_key_list("{name}")')
            found.append(
                Table(
                    name,
                    tuple(row["name"] for row in columns),
                    tuple(column for _, column in keys),
                    frozenset(row["table"] for row in parents) - {name},
                )
            )
        return found

    async def sync_row_ids(self) -> None:
        """Nothing to do: SQLite numbers new rows after the highest id already there."""

    async def backup(self, target: str | Path) -> None:
        """Online backup of the whole database into `target` (overwritten), safe while in use."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise StorageError("The backup path is the database itself; choose another file.")
        async with self._lock:
            try:
                dest = await aiosqlite.connect(target)
            except sqlite3.Error as exc:
                raise StorageError(f"The backup file {target} could not be created ({exc}).") from exc
            try:
                await self._conn.backup(dest)
            except (sqlite3.Error, ValueError) as exc:
                raise translate(exc) from exc
            finally:
                await dest.close()

    async def close(self) -> None:
        """Close the connection; a transaction still open at this point is rolled back by SQLite."""
        with contextlib.suppress(ValueError):
            await self._conn.close()


def is_postgres_url(target: object) -> bool:
    """True for a `postgresql://` (or `postgres://`) URL rather than a SQLite file path."""
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


async def _write_ahead(conn: aiosqlite.Connection, busy_timeout: float) -> str:
    """Switch to WAL. SQLite answers "locked" at once, without waiting out the busy timeout, when
    another connection is switching the same new file at that moment (two processes starting
    together on a fresh database); that answer is retried until the busy timeout."""
    deadline = asyncio.get_running_loop().time() + busy_timeout
    while True:
        try:
            return (await conn.execute_fetchall("PRAGMA journal_mode = WAL"))[0][0]
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or asyncio.get_running_loop().time() >= deadline:
                raise
            await asyncio.sleep(0.05)


async def connect(path: str | Path, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Database:
    """Open the file with the durability pragmas, without touching the schema (or, for a
    `postgresql://` URL, the pool, creating only the schema_version table)."""
    if is_postgres_url(path):
        # Imported here, not at the top: the PostgreSQL backend (and asyncpg) loads only for a
        # postgresql:// URL, and it imports storage.copy, which opens its targets with `connect`.
        from storage.db_postgres import connect_postgres

        return await connect_postgres(str(path), busy_timeout=busy_timeout)  # type: ignore[return-value]
    path = Path(path)
    try:
        if not path.exists():
            path.touch(mode=0o600)  # users' data: owner only (SQLite gives -wal/-shm the same mode)
        conn = await aiosqlite.connect(path, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(f"The database file {path} could not be opened ({exc}).") from exc
    conn.row_factory = sqlite3.Row
    try:
        await conn.execute_fetchall(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        mode = await _write_ahead(conn, busy_timeout)
        if str(mode).lower() != "wal":
            raise StorageError(f"The database {path} cannot use write-ahead logging (mode {mode}).")
        await conn.execute_fetchall("PRAGMA synchronous = FULL")
        await conn.execute_fetchall("PRAGMA foreign_keys = ON")
    except BaseException as exc:
        await conn.close()
        if isinstance(exc, sqlite3.Error):
            raise translate(exc) from exc
        raise
    return Database(conn, path, busy_timeout)


async def open_database(
    path: str | Path,
    *,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    migrate: bool = True,
    pool_size: int = 10,
) -> Database:
    """Open the database and bring its schema up to date (refusing one from a newer digestbot).

    `path` is a SQLite file, or a `postgresql://` URL for the PostgreSQL backend
    (storage/db_postgres.py, a pool of up to `pool_size` connections), whose Database has this
    same API.
    """
    if is_postgres_url(path):
        from storage.db_postgres import open_postgres

        db = await open_postgres(str(path), busy_timeout=busy_timeout, migrate=migrate, pool_size=pool_size)
        return db  # type: ignore[return-value]
    db = await connect(path, busy_timeout=busy_timeout)
    try:
        if migrate:
            await migrate_database(db)
        else:
            await check_not_newer(db)
    except BaseException:
        await db.close()
        raise
    return db
