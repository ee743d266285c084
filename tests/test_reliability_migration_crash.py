"""RELIABILITY case 34 with a real crash: a process applying the newest migration is killed with
SIGKILL half-way through it; the version is unchanged and the next start completes the migration.

Case → test: 34 → test_kill_9_inside_a_migration_keeps_the_version_and_the_next_start_completes_it
(test_storage_migrate.py covers the same case with a failing statement instead of a dead process).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
import textwrap
from pathlib import Path

from storage import open_database
from storage.migrate import latest_version

MIGRATOR = textwrap.dedent(
    """
    import asyncio, dataclasses, sys
    from storage.db import connect
    from storage.migrate import load_migrations, migrate_database

    FILLER = (
        "CREATE TABLE crash_filler AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
        " WHERE x < 2000000000) SELECT x, printf('%0100d', x) AS pad FROM c;"
    )

    async def main(path):
        real = load_migrations()
        db = await connect(path)
        await migrate_database(db, real[:-1])
        print("older versions applied", flush=True)
        newest = dataclasses.replace(real[-1], sql=real[-1].sql + "\\n" + FILLER)
        await migrate_database(db, [*real[:-1], newest])

    asyncio.run(main(sys.argv[1]))
    """
)


def schema(path: Path) -> tuple[int, set[tuple[str, str]]]:
    """The file's user_version and every schema object as (name, CREATE statement)."""
    conn = sqlite3.connect(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = {(name, sql or "") for name, sql in conn.execute("SELECT name, sql FROM sqlite_master")}
    finally:
        conn.close()
    return version, objects


async def test_kill_9_inside_a_migration_keeps_the_version_and_the_next_start_completes_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.sqlite3"
    wal = Path(f"{path}-wal")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", MIGRATOR, str(path), stdout=asyncio.subprocess.PIPE
    )
    try:
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), timeout=30)
        assert line.startswith(b"older versions applied")
        before = schema(path)[1]
        # The filler runs after the newest migration's own statements; once it spills pages into the
        # write-ahead log, the process is well inside the migration's transaction.
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 30
        while not (wal.exists() and wal.stat().st_size > 4 * 2**20):
            assert process.returncode is None, "the migration finished before it could be killed"
            assert loop.time() < deadline, "the migration never got going"
            await asyncio.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
        await process.wait()
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()

    version, objects = schema(path)
    assert version == latest_version() - 1
    assert objects == before, "part of the killed migration stayed"

    db = await open_database(path)
    try:
        assert await db.schema_version() == latest_version()
        assert await db.integrity_check() == ["ok"]
    finally:
        await db.close()
    fresh = tmp_path / "fresh.sqlite3"
    await (await open_database(fresh)).close()
    assert schema(path) == schema(fresh), "the next start did not complete the migration"
