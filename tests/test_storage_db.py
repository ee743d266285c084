"""The connection layer on real SQLite files: pragmas, transactions, cancellation, locking, crashes."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from storage import Database, StorageBusyError, StorageError, open_database

ROOT = Path(__file__).resolve().parent.parent


async def _make_table(db: Database) -> None:
    await db.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)")
    await db.execute("CREATE TABLE IF NOT EXISTS counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)")
    await db.execute("INSERT INTO counter (id, n) VALUES (1, 0) ON CONFLICT (id) DO NOTHING")


async def test_durability_pragmas(db: Database) -> None:
    assert (await db.fetchval("PRAGMA journal_mode")).lower() == "wal"
    assert await db.fetchval("PRAGMA synchronous") == 2  # FULL
    assert await db.fetchval("PRAGMA foreign_keys") == 1
    assert await db.fetchval("PRAGMA busy_timeout") == 5000


async def test_commit_and_rollback(db: Database) -> None:
    await _make_table(db)
    async with db.transaction():
        await db.execute("INSERT INTO t (v) VALUES ('kept')")
    with pytest.raises(RuntimeError):
        async with db.transaction():
            await db.execute("INSERT INTO t (v) VALUES ('dropped')")
            raise RuntimeError("boom")
    assert [r["v"] for r in await db.fetchall("SELECT v FROM t")] == ["kept"]


async def test_nested_transaction_is_a_savepoint(db: Database) -> None:
    await _make_table(db)
    async with db.transaction():
        await db.execute("INSERT INTO t (v) VALUES ('outer')")
        with pytest.raises(ValueError):
            async with db.transaction():
                await db.execute("INSERT INTO t (v) VALUES ('inner')")
                raise ValueError
        async with db.transaction():
            await db.execute("INSERT INTO t (v) VALUES ('inner kept')")
    assert [r["v"] for r in await db.fetchall("SELECT v FROM t ORDER BY id")] == ["outer", "inner kept"]


async def test_other_tasks_never_read_uncommitted_rows(db: Database) -> None:
    await _make_table(db)
    inside = asyncio.Event()
    release = asyncio.Event()

    async def writer() -> None:
        async with db.transaction():
            await db.execute("INSERT INTO t (v) VALUES ('pending')")
            inside.set()
            await release.wait()
            raise RuntimeError("abandon")

    task = asyncio.create_task(writer())
    await inside.wait()
    reader = asyncio.create_task(db.fetchval("SELECT COUNT(*) FROM t"))
    await asyncio.sleep(0)
    assert not reader.done()
    release.set()
    with pytest.raises(RuntimeError):
        await task
    assert await reader == 0


async def test_cancelled_task_rolls_back_and_connection_stays_usable(db: Database) -> None:
    """RELIABILITY case 35: a task cancelled inside a transaction."""
    await _make_table(db)
    inside = asyncio.Event()

    async def stuck() -> None:
        async with db.transaction():
            await db.execute("INSERT INTO t (v) VALUES ('half')")
            inside.set()
            await asyncio.Event().wait()

    task = asyncio.create_task(stuck())
    await inside.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await db.fetchval("SELECT COUNT(*) FROM t") == 0
    async with db.transaction():
        await db.execute("INSERT INTO t (v) VALUES ('after')")
    assert await db.fetchval("SELECT v FROM t") == "after"


async def test_cancelled_while_statement_runs_on_the_thread(db: Database) -> None:
    await _make_table(db)
    started = asyncio.Event()
    slow = (
        "INSERT INTO t (v) WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
        " WHERE x < 300000) SELECT 'row' || x FROM c"
    )

    async def writer() -> None:
        async with db.transaction():
            await db.execute("INSERT INTO t (v) VALUES ('first')")
            started.set()
            await db.execute(slow)

    task = asyncio.create_task(writer())
    await started.wait()
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await db.fetchval("SELECT COUNT(*) FROM t") == 0
    await db.execute("INSERT INTO t (v) VALUES ('usable')")
    assert await db.fetchval("SELECT COUNT(*) FROM t") == 1


async def test_many_tasks_lose_no_update(db: Database) -> None:
    await _make_table(db)

    async def bump() -> None:
        for _ in range(10):
            async with db.transaction():
                n = await db.fetchval("SELECT n FROM counter WHERE id = 1")
                await asyncio.sleep(0)
                await db.execute("UPDATE counter SET n = ? WHERE id = 1", (n + 1,))

    await asyncio.gather(*(bump() for _ in range(20)))
    assert await db.fetchval("SELECT n FROM counter WHERE id = 1") == 200


async def test_two_connections_lose_no_update(db_path: Path) -> None:
    first = await open_database(db_path)
    second = await open_database(db_path)
    try:
        await _make_table(first)

        async def bump(db: Database) -> None:
            for _ in range(25):
                async with db.transaction():
                    n = await db.fetchval("SELECT n FROM counter WHERE id = 1")
                    await db.execute("UPDATE counter SET n = ? WHERE id = 1", (n + 1,))

        await asyncio.gather(*(bump(db) for db in (first, second) for _ in range(2)))
        assert await first.fetchval("SELECT n FROM counter WHERE id = 1") == 100
    finally:
        await first.close()
        await second.close()


WORKER = textwrap.dedent(
    """
    import asyncio, sys
    from storage import open_database

    async def main(path, rounds):
        db = await open_database(path)
        async def bump():
            for _ in range(rounds):
                async with db.transaction():
                    n = await db.fetchval("SELECT n FROM counter WHERE id = 1")
                    await db.execute("UPDATE counter SET n = ? WHERE id = 1", (n + 1,))
        await asyncio.gather(*(bump() for _ in range(4)))
        await db.close()

    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
    """
)


async def test_two_processes_lose_no_update(db: Database, db_path: Path) -> None:
    await _make_table(db)
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WORKER, str(db_path), "25", cwd=ROOT, stderr=subprocess.PIPE
        )
        for _ in range(2)
    ]
    results = [await proc.communicate() for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0], [err.decode() for _, err in results]
    assert await db.fetchval("SELECT n FROM counter WHERE id = 1") == 2 * 4 * 25


async def test_locked_past_busy_timeout_is_a_clear_error_without_partial_write(db_path: Path) -> None:
    """RELIABILITY case 33."""
    db = await open_database(db_path, busy_timeout=0.2)
    try:
        await _make_table(db)
        blocker = sqlite3.connect(db_path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with pytest.raises(StorageBusyError) as caught:
            async with db.transaction():
                await db.execute("INSERT INTO t (v) VALUES ('never')")
        waited = time.monotonic() - started
        assert waited >= 0.15
        assert "try again in a moment" in str(caught.value)
        blocker.execute("ROLLBACK")
        blocker.close()
        assert await db.fetchval("SELECT COUNT(*) FROM t") == 0
        await db.execute("INSERT INTO t (v) VALUES ('later')")
        assert await db.fetchval("SELECT COUNT(*) FROM t") == 1
    finally:
        await db.close()


async def test_writer_waits_for_a_short_lock_instead_of_failing(db: Database, db_path: Path) -> None:
    await _make_table(db)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    write = asyncio.create_task(db.execute("INSERT INTO t (v) VALUES ('waited')"))
    await asyncio.sleep(0.1)
    assert not write.done()
    blocker.execute("COMMIT")
    blocker.close()
    assert await write == 1


KILLED_WRITER = textwrap.dedent(
    """
    import asyncio, sys
    from storage import open_database

    async def main(path):
        db = await open_database(path)
        i = 0
        while True:
            i += 1
            async with db.transaction():
                await db.execute("INSERT INTO t (id, v) VALUES (?, ?)", (i, "x" * 2000))
            print(i, flush=True)

    asyncio.run(main(sys.argv[1]))
    """
)


async def test_kill_9_keeps_every_committed_row(db: Database, db_path: Path) -> None:
    await _make_table(db)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", KILLED_WRITER, str(db_path), cwd=ROOT, stdout=subprocess.PIPE
    )
    committed = 0
    assert proc.stdout is not None
    while committed < 200:
        line = await asyncio.wait_for(proc.stdout.readline(), timeout=30)
        assert line, "writer exited early"
        committed = int(line)
    os.kill(proc.pid, signal.SIGKILL)
    await proc.wait()
    await db.close()
    reopened = await open_database(db_path)
    try:
        assert await reopened.integrity_check() == ["ok"]
        ids = {row["id"] for row in await reopened.fetchall("SELECT id FROM t")}
        assert set(range(1, committed + 1)) <= ids
    finally:
        await reopened.close()


async def test_backup_is_a_consistent_copy(db: Database, tmp_path: Path) -> None:
    await _make_table(db)
    await db.execute("INSERT INTO t (v) VALUES ('backed up')")
    target = tmp_path / "copy.sqlite3"
    await db.backup(target)
    copy = await open_database(target)
    try:
        assert await copy.integrity_check() == ["ok"]
        assert await copy.fetchval("SELECT v FROM t") == "backed up"
    finally:
        await copy.close()
    with pytest.raises(StorageError):
        await db.backup(db.path)


async def test_closed_database_raises_storage_error(db_path: Path) -> None:
    db = await open_database(db_path)
    await db.close()
    with pytest.raises(StorageError):
        await db.fetchval("SELECT 1")


async def test_new_database_files_are_private_to_their_owner(db: Database, db_path: Path) -> None:
    await db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        assert path.stat().st_mode & 0o077 == 0, path


async def test_unopenable_path_is_a_clear_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        await open_database(tmp_path / "no" / "such" / "dir" / "bot.sqlite3")
    assert "could not be opened" in str(caught.value)
