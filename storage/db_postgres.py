"""PostgreSQL through asyncpg: the same Database API as storage/db.py, over a connection pool.

`open_postgres(url)` connects a pool, creates the `schema_version` table when it is missing and
applies the migrations in `migrations/postgres/`. Repositories keep one SQL text for both backends:
`?` placeholders (or `:name` with a dict) become `$1, $2, …` here, in `to_postgres`, and that is
the only translation. `transaction()` takes a pooled connection for the task that opened it
(re-entering nests as a SAVEPOINT) and, like SQLite's `BEGIN IMMEDIATE`, the database-wide write
lock (a transaction-scoped advisory lock), so write transactions of every task and every process
run one at a time and read-then-write code written for SQLite stays correct; a write outside a
transaction takes it too. Reads outside a transaction run on any pooled connection, side by side.

Errors reach callers as on SQLite: `StorageBusyError` for a lock held past the busy timeout, a
serialisation failure, a deadlock, a lost connection or a server that is restarting (nothing of the
transaction was written: the server rolls it back), `StorageConstraintError` for a broken rule,
`StorageError` with one sentence otherwise. A read outside a transaction whose connection was lost
is retried once on a fresh connection; the pool reconnects by itself once the server is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import asyncpg.exceptions as pg

from storage.copy import copy_database
from storage.errors import (
    BUSY_MESSAGE,
    CLOSED_MESSAGE,
    CONFLICT_MESSAGE,
    FAILED_MESSAGE,
    StorageBusyError,
    StorageConstraintError,
    StorageError,
)
from storage.migrate import Table, check_not_newer, migrate_database

log = logging.getLogger(__name__)

Params = Sequence[Any] | dict[str, Any]
T = TypeVar("T")
DEFAULT_POOL_SIZE = 10
WRITE_LOCK = 0x64676274  # the pg_advisory_xact_lock key every write transaction takes ("dgbt")

LOST_MESSAGE = (
    "The connection to the database was lost; nothing of that was saved, please try again in a moment."
)
UNREACHABLE_MESSAGE = "The database server cannot be reached right now; please try again in a moment."
DISK_FULL_MESSAGE = (
    "The database server has run out of disk space, so nothing was saved; "
    "free some space on it and try again."
)

# Errors after which the connection is gone or the server is going away: the transaction is lost
# (and rolled back by the server); a fresh connection may work.
_LOST = (
    pg.PostgresConnectionError,
    pg.AdminShutdownError,
    pg.CrashShutdownError,
    pg.CannotConnectNowError,
    ConnectionError,
    OSError,
    asyncio.TimeoutError,
)
_FAILURES = (pg.PostgresError, pg.InterfaceError, pg.InternalClientError, *_LOST)


def lost_connection(exc: BaseException | None) -> bool:
    """True for an error that means the connection (or the server) went away mid-statement
    (asyncpg's "another operation is in progress" is a session the server ended under it)."""
    if isinstance(exc, pg.InternalClientError):
        return True
    if isinstance(exc, pg.InterfaceError):
        # a connection the server closed is released by the pool: calls on it say so
        text = str(exc).lower()
        return not isinstance(exc, pg.DataError) and ("closed" in text or "released back" in text)
    return isinstance(exc, _LOST)


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


# ---- the one SQL translation --------------------------------------------------------------------

_TOKENS = re.compile(
    r"""'(?:[^']|'')*'          # string literal
      | "(?:[^"]|"")*"          # quoted identifier
      | --[^\n]*                # line comment
      | /\*.*?\*/               # block comment
      | (?P<dollar>\$[A-Za-z_]*\$).*?(?P=dollar)   # dollar-quoted body
      | ::                      # a cast, not a named parameter
      | (?P<q>\?)               # positional parameter
      | :(?P<name>[A-Za-z_][A-Za-z0-9_]*)   # named parameter
    """,
    re.VERBOSE | re.DOTALL,
)


@functools.lru_cache(maxsize=1024)
def _placeholders(sql: str, named: bool) -> tuple[str, tuple[str, ...]]:
    """SQL with `?` (or `:name`) turned into `$n`, and for named ones the names in `$n` order."""
    names: list[str] = []
    count = 0

    def swap(match: re.Match[str]) -> str:
        nonlocal count
        if match["q"] is not None and not named:
            count += 1
            return f"${count}"
        if match["name"] is not None and named:
            if match["name"] not in names:
                names.append(match["name"])
            return f"${names.index(match['name']) + 1}"
        return match[0]

    return _TOKENS.sub(swap, sql), tuple(names)


def _value(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL characters (SQLite can): they are dropped, from stored
    values and from looked-up ones alike, so equality lookups still match."""
    if isinstance(value, str) and "\x00" in value:
        return value.replace("\x00", "")
    return value


def to_postgres(sql: str, params: Params = ()) -> tuple[str, list[Any]]:
    """One portable statement and its parameters as asyncpg wants them."""
    if isinstance(params, dict):
        text, names = _placeholders(sql, True)
        return text, [_value(params[name]) for name in names]
    text, _ = _placeholders(sql, False)
    return text, [_value(value) for value in params]


def _rowcount(status: str) -> int:
    """asyncpg's command tag ("UPDATE 3", "INSERT 0 1") → the number of rows."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


def translate(exc: BaseException) -> StorageError:
    """Map an asyncpg (or socket) error to the matching StorageError."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, pg.DiskFullError):
        return StorageError(DISK_FULL_MESSAGE)
    if isinstance(
        exc,
        pg.LockNotAvailableError
        | pg.SerializationError
        | pg.DeadlockDetectedError
        | pg.TooManyConnectionsError
        | pg.QueryCanceledError,
    ):
        return StorageBusyError(BUSY_MESSAGE)
    if isinstance(exc, pg.IntegrityConstraintViolationError):
        log.warning("database constraint broken: %s: %s", type(exc).__name__, exc)
        return StorageConstraintError(CONFLICT_MESSAGE)
    if isinstance(exc, (pg.CannotConnectNowError, ConnectionRefusedError)):
        return StorageBusyError(UNREACHABLE_MESSAGE)
    if lost_connection(exc):
        return StorageBusyError(LOST_MESSAGE)
    log.error("database failed: %s: %s", type(exc).__name__, exc)
    return StorageError(FAILED_MESSAGE)


class PostgresDatabase:
    """An asyncpg pool behind the API of storage.db.Database."""

    dialect = "postgres"

    def __init__(self, pool: asyncpg.Pool, url: str, busy_timeout: float) -> None:
        self._pool = pool
        self.url = url
        self.busy_timeout = busy_timeout
        self._held: dict[asyncio.Task[Any], asyncpg.Connection] = {}
        self._savepoints: dict[asyncio.Task[Any], int] = {}

    @property
    def location(self) -> str:
        return redact(self.url)

    # ---- connections and transactions --------------------------------------------------------

    async def _acquire(self) -> asyncpg.Connection:
        if self._pool.is_closing():
            raise StorageError(CLOSED_MESSAGE)
        try:
            return await self._pool.acquire(timeout=max(self.busy_timeout, 5.0))
        except TimeoutError as exc:
            raise StorageBusyError(BUSY_MESSAGE) from exc
        except _FAILURES as exc:
            raise translate(exc) from exc

    async def _release(self, conn: asyncpg.Connection) -> None:
        """Give the connection back (a lost one was already taken back by the pool)."""
        try:
            await self._pool.release(conn, timeout=5.0)
        except Exception:
            with contextlib.suppress(Exception):
                conn.terminate()
            with contextlib.suppress(Exception):
                await self._pool.release(conn)

    def _own(self) -> asyncpg.Connection | None:
        task = asyncio.current_task()
        return None if task is None else self._held.get(task)

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[PostgresDatabase]:
        """`BEGIN` … `COMMIT`; rolled back on any exception, cancellation included.

        Re-entering from the task that already holds the transaction nests as a SAVEPOINT. Run the
        statements of a transaction in the task that opened it.
        """
        task = asyncio.current_task()
        assert task is not None, "transactions run inside an asyncio task"
        held = self._held.get(task)
        if held is not None:
            async with self._savepoint(task, held):
                yield self
            return
        conn = await self._begin(task)
        try:
            yield self
        except BaseException:
            await asyncio.shield(self._end(task, conn, commit=False))
            raise
        await asyncio.shield(self._end(task, conn, commit=True))

    async def _begin(self, task: asyncio.Task[Any]) -> asyncpg.Connection:
        """A pooled connection inside `BEGIN` holding the write lock. A connection found dead
        (the server restarted since it was last used) is replaced once: nothing was sent on it."""
        for attempt in (1, 2):
            conn = await self._acquire()
            self._held[task] = conn
            try:
                # one round trip; waiting for the lock longer than lock_timeout is StorageBusyError
                await self._call(conn.execute, f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                return conn
            except StorageBusyError as exc:
                await asyncio.shield(self._end(task, conn, commit=False))
                if attempt == 2 or not lost_connection(exc.__cause__):
                    raise
                await self._pool.expire_connections()  # its siblings probably went the same way
            except BaseException:
                await asyncio.shield(self._end(task, conn, commit=False))
                raise
        raise AssertionError("unreachable")

    @contextlib.asynccontextmanager
    async def _savepoint(self, task: asyncio.Task[Any], conn: asyncpg.Connection) -> AsyncIterator[None]:
        depth = self._savepoints.get(task, 0) + 1
        self._savepoints[task] = depth
        name = f"sp{depth}"
        try:
            await self._call(conn.execute, f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                await self._call(conn.execute, f"ROLLBACK TO SAVEPOINT {name}")
                await self._call(conn.execute, f"RELEASE SAVEPOINT {name}")
                raise
            await self._call(conn.execute, f"RELEASE SAVEPOINT {name}")
        finally:
            self._savepoints[task] = depth - 1

    def _end(self, task: asyncio.Task[Any], conn: asyncpg.Connection, *, commit: bool) -> asyncio.Task[None]:
        """COMMIT or ROLLBACK and give the connection back, in a task of its own (shielded by the
        caller), so a second cancellation cannot cut it short."""
        return asyncio.get_running_loop().create_task(self._finish(task, conn, commit))

    async def _finish(self, task: asyncio.Task[Any], conn: asyncpg.Connection, commit: bool) -> None:
        try:
            if commit:
                try:
                    await self._call(conn.execute, "COMMIT")
                    return
                except BaseException:
                    await self._rollback_quietly(conn)
                    raise
            await self._rollback_quietly(conn)
        finally:
            self._held.pop(task, None)
            self._savepoints.pop(task, None)
            await self._release(conn)

    @staticmethod
    async def _rollback_quietly(conn: asyncpg.Connection) -> None:
        """ROLLBACK if the session is still there; the server rolls back what a lost one left open
        (and a connection that cannot roll back is closed, so it is never reused mid-transaction)."""
        try:
            if not conn.is_closed() and conn.is_in_transaction():
                await conn.execute("ROLLBACK")
        except Exception:
            with contextlib.suppress(Exception):
                conn.terminate()

    # ---- statements ---------------------------------------------------------------------------

    @staticmethod
    async def _call(method: Callable[..., Awaitable[T]], *args: Any) -> T:
        try:
            return await method(*args)
        except _FAILURES as exc:
            raise translate(exc) from exc

    async def _run(self, name: str, sql: str, params: Params, *, read: bool) -> Any:
        """Run on this task's transaction connection; a write outside one in a transaction of its
        own; a read outside one on a pooled connection, retried once if that connection was lost."""
        text, args = to_postgres(sql, params)
        conn = self._own()
        if conn is not None:
            return await self._call(getattr(conn, name), text, *args)
        if not read:
            async with self.transaction():
                return await self._run(name, sql, params, read=False)
        for attempt in (1, 2):
            conn = await self._acquire()
            try:
                return await self._call(getattr(conn, name), text, *args)
            except StorageBusyError as exc:
                if attempt == 2 or not lost_connection(exc.__cause__):
                    raise
                await self._pool.expire_connections()  # its siblings probably went the same way
            finally:
                await self._release(conn)
        raise AssertionError("unreachable")

    async def fetchall(self, sql: str, params: Params = ()) -> list[asyncpg.Record]:
        """Rows of a query (inside the caller's transaction, or on a pooled connection)."""
        return list(await self._run("fetch", sql, params, read=_is_read(sql)))

    async def fetchone(self, sql: str, params: Params = ()) -> asyncpg.Record | None:
        return await self._run("fetchrow", sql, params, read=_is_read(sql))

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row, or None when there is no row."""
        return await self._run("fetchval", sql, params, read=_is_read(sql))

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one write statement (in its own transaction unless inside one); returns rowcount."""
        return _rowcount(await self._run("execute", sql, params, read=False))

    async def execute_returning(self, sql: str, params: Params = ()) -> asyncpg.Record | None:
        """Run one write statement with RETURNING; its first row, if any."""
        return await self._run("fetchrow", sql, params, read=False)

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        """Run one statement for many parameter sets, inside a transaction."""
        if self._own() is None:
            async with self.transaction():
                return await self.executemany(sql, rows)
        batch = [to_postgres(sql, row) for row in rows]
        if not batch:
            return None
        conn = self._own()
        assert conn is not None
        await self._call(conn.executemany, batch[0][0], [args for _, args in batch])
        return None

    # ---- schema and maintenance ---------------------------------------------------------------

    async def schema_version(self) -> int:
        return int(await self.fetchval("SELECT version FROM schema_version WHERE id = 1") or 0)

    async def set_schema_version(self, version: int) -> None:
        await self.execute("UPDATE schema_version SET version = ? WHERE id = 1", (int(version),))

    async def execute_script(self, sql: str) -> None:
        """Run a migration script whole (one simple query) inside the caller's transaction."""
        conn = self._own()
        assert conn is not None, "scripts run inside a transaction"
        await self._call(conn.execute, sql)

    async def forget_prepared_statements(self) -> None:
        """After schema changes: pooled connections are replaced so no cached plan is stale."""
        await self._pool.expire_connections()

    async def integrity_check(self) -> list[str]:
        """What PostgreSQL can say without extensions: invalid indexes, unvalidated constraints
        and rows whose foreign key points nowhere; `["ok"]` when there are none."""
        problems = [
            f"index {row[0]} is invalid; rebuild it with REINDEX"
            for row in await self.fetchall(
                "SELECT i.indexrelid::regclass::text FROM pg_index AS i JOIN pg_class AS c"
                " ON c.oid = i.indrelid WHERE c.relnamespace = 'public'::regnamespace AND NOT i.indisvalid"
            )
        ]
        problems += [
            f"constraint {row[0]} on {row[1]} is not validated"
            for row in await self.fetchall(
                "SELECT conname, conrelid::regclass::text FROM pg_constraint"
                " WHERE connamespace = 'public'::regnamespace AND NOT convalidated"
            )
        ]
        keys = await self.fetchall(
            "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, f.attname"
            " FROM pg_constraint AS c"
            " JOIN pg_attribute AS a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
            " JOIN pg_attribute AS f ON f.attrelid = c.confrelid AND f.attnum = c.confkey[1]"
            " WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace"
            " AND cardinality(c.conkey) = 1 ORDER BY 1, 2"
        )
        for child, column, parent, key in keys:
            broken = await self.fetchval(
                f'SELECT count(*) FROM "{child}" AS c WHERE c."{column}" IS NOT NULL AND NOT EXISTS'
                f' (SELECT 1 FROM "{parent}" AS p WHERE p."{key}" = c."{column}")'
            )
            if broken:
                problems.append(f"foreign key broken: {broken} rows of {child}.{column} match no {parent}")
        return problems or ["ok"]

    async def tables(self) -> list[Table]:
        """Every table of the schema (the schema_version record excluded), by name."""
        rows = await self.fetchall(
            "SELECT c.oid, c.relname,"
            " ARRAY(SELECT a.attname::text FROM pg_attribute AS a WHERE a.attrelid = c.oid"
            "       AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),"
            " ARRAY(SELECT a.attname::text FROM pg_index AS i JOIN pg_attribute AS a"
            "       ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)"
            "       WHERE i.indrelid = c.oid AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)),"
            " ARRAY(SELECT f.confrelid::regclass::text FROM pg_constraint AS f"
            "       WHERE f.conrelid = c.oid AND f.contype = 'f')"
            " FROM pg_class AS c WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace"
            " AND c.relname <> 'schema_version' ORDER BY c.relname"
        )
        return [
            Table(row[1], tuple(row[2]), tuple(row[3]), frozenset(row[4]) - {row[1]}) for row in rows
        ]

    async def sync_row_ids(self) -> None:
        """After rows were copied in with their ids: each identity column continues after the
        highest id, so the next row the bot adds does not collide."""
        identities = await self.fetchall(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = 'public' AND is_identity = 'YES'"
        )
        for table, column in identities:
            await self.fetchval(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'),"
                f' COALESCE((SELECT max("{column}") FROM "{table}"), 0) + 1, false)'
            )

    async def backup(self, target: str | Path) -> None:
        """A consistent logical copy of every table into the SQLite file `target` (which must not
        exist yet); `digestbot db copy` brings it back into PostgreSQL."""
        await copy_database(self, Path(target))

    async def close(self) -> None:
        """Close the pool; transactions still open are rolled back by the server."""
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._pool.close(), timeout=10)
        self._pool.terminate()


def _is_read(sql: str) -> bool:
    return sql.lstrip().upper().startswith("SELECT")


async def _prepare_connection(conn: asyncpg.Connection) -> None:
    """Every pooled connection talks UTC."""
    await conn.execute("SET TIME ZONE 'UTC'")


async def connect_postgres(
    url: str, *, busy_timeout: float = 5.0, pool_size: int = DEFAULT_POOL_SIZE
) -> PostgresDatabase:
    """Open a pool to the database at `url` and make sure the schema_version table exists."""
    settings = {
        "application_name": "digestbot",
        "lock_timeout": str(int(busy_timeout * 1000)),
        "idle_in_transaction_session_timeout": "300000",
    }
    try:
        pool = await asyncpg.create_pool(
            url,
            min_size=1,
            max_size=pool_size,
            server_settings=settings,
            init=_prepare_connection,
            timeout=max(busy_timeout, 10.0),
        )
    except _FAILURES as exc:
        raise StorageError(f"The database at {redact(url)} could not be opened ({exc}).") from exc
    db = PostgresDatabase(pool, url, busy_timeout)
    try:
        async with db.transaction():
            await db.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " id BIGINT PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL)"
            )
            await db.execute(
                "INSERT INTO schema_version (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING"
            )
    except BaseException:
        await db.close()
        raise
    return db


async def open_postgres(
    url: str, *, busy_timeout: float = 5.0, migrate: bool = True, pool_size: int = DEFAULT_POOL_SIZE
) -> PostgresDatabase:
    """Open the database and bring its schema up to date (refusing one from a newer digestbot)."""
    db = await connect_postgres(url, busy_timeout=busy_timeout, pool_size=pool_size)
    try:
        if migrate:
            before, after = await migrate_database(db)
            if after != before:
                await db.forget_prepared_statements()
        else:
            await check_not_newer(db)
    except BaseException:
        await db.close()
        raise
    return db
