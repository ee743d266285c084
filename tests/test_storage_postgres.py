"""The PostgreSQL backend's own cases, on a real server: placeholders, the write lock and its
timeout, lost connections, a restarted server, a full disk.

Case → test: 33 on PostgreSQL → test_write_lock_held_past_busy_timeout_is_a_clear_error_without_partial_write;
35 (disk full on PostgreSQL) → test_disk_full_is_one_sentence_and_nothing_half_written;
45 → test_connection_dropped_mid_transaction_is_try_again_and_nothing_half_written,
test_reads_survive_connections_dropped_while_idle, test_server_restart_the_pool_reconnects_by_itself.
The other shared cases (32, 34, 35 cancellation) run on both databases in test_storage_db.py,
test_storage_migrate.py and test_storage_users.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import asyncpg
import pytest

from storage import StorageBusyError, StorageError, open_database, users
from storage.db_postgres import (
    DISK_FULL_MESSAGE,
    LOST_MESSAGE,
    UNREACHABLE_MESSAGE,
    WRITE_LOCK,
    PostgresDatabase,
    redact,
    to_postgres,
)
from tests.bot_plugin import bot_env
from tests.fake_telegram.server import FakeTelegram
from tests.postgres_server import PostgresServer

ROOT = Path(__file__).resolve().parent.parent


async def _terminate_others(url: str, admin_url: str) -> int:
    """End every server session on the test's database except this one (as an operator would)."""
    name = url.rsplit("/", 1)[-1]
    admin = await asyncpg.connect(admin_url)
    try:
        return await admin.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = $1 AND pid <> pg_backend_pid()",
            name,
        )
    finally:
        await admin.close()


def test_placeholders_are_translated_outside_strings_comments_and_casts() -> None:
    sql = "SELECT '?', \"a?\", x::text, ? -- what?\n FROM t WHERE a = ? AND b = '''?'' ?' /* ? */"
    text, args = to_postgres(sql, (1, 2))
    assert text == "SELECT '?', \"a?\", x::text, $1 -- what?\n FROM t WHERE a = $2 AND b = '''?'' ?' /* ? */"
    assert args == [1, 2]
    named, values = to_postgres("UPDATE t SET a = :a, b = :b WHERE a = :a AND c = '::x'", {"b": 2, "a": 1})
    assert named == "UPDATE t SET a = $1, b = $2 WHERE a = $1 AND c = '::x'"
    assert values == [1, 2]
    assert to_postgres("INSERT INTO t VALUES (?)", ("nul\x00in text",))[1] == ["nulin text"]


def test_urls_in_messages_hide_the_password() -> None:
    assert redact("postgresql://bot:s3cret@db:5432/digest") == "postgresql://bot:***@db:5432/digest"
    assert redact("postgresql://db/digest") == "postgresql://db/digest"


async def test_the_repositories_run_unchanged(db_target: str) -> None:
    """One repository call of each kind: an upsert with RETURNING, epoch times, booleans as 0/1."""
    db = await open_database(db_target)
    try:
        assert isinstance(db, PostgresDatabase)
        user = await users.upsert_user(db, -1001234567890123, chat_type="supergroup")
        prefs = await users.update_preferences(db, user.id, paused=True, timezone="Europe/Berlin")
        assert prefs.paused is True and prefs.timezone == "Europe/Berlin"
        assert (await users.get_user_by_chat(db, -1001234567890123)).id == user.id
    finally:
        await db.close()


@pytest.fixture
def backend() -> str:
    return "postgres"


async def test_write_lock_held_past_busy_timeout_is_a_clear_error_without_partial_write(
    db_target: str,
) -> None:
    """RELIABILITY case 33 on PostgreSQL: another process holds the write lock past the timeout."""
    db = await open_database(db_target, busy_timeout=0.2)
    blocker = await asyncpg.connect(db_target)
    try:
        await blocker.execute(f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK})")
        started = time.monotonic()
        with pytest.raises(StorageBusyError) as caught:
            async with db.transaction():
                await db.execute("INSERT INTO users (chat_id, created_at, last_seen_at) VALUES (1, 0, 0)")
        assert time.monotonic() - started >= 0.15
        assert "try again in a moment" in str(caught.value)
        assert await db.fetchval("SELECT count(*) FROM users") == 0
        write = asyncio.create_task(users.upsert_user(db, 2))
        await asyncio.sleep(0.05)
        assert not write.done(), "a write went ahead while another process held the write lock"
        await blocker.execute("COMMIT")
        assert (await write).chat_id == 2
    finally:
        await blocker.close()
        await db.close()


async def test_connection_dropped_mid_transaction_is_try_again_and_nothing_half_written(
    db_target: str, postgres: PostgresServer
) -> None:
    """RELIABILITY case 45: the server ends the session between two statements of a transaction."""
    db = await open_database(db_target)
    try:
        with pytest.raises(StorageBusyError) as caught:
            async with db.transaction():
                await users.upsert_user(db, 10)
                assert await _terminate_others(db_target, postgres.url()) >= 1
                await users.upsert_user(db, 11)
        assert str(caught.value) == LOST_MESSAGE
        assert await db.fetchval("SELECT count(*) FROM users") == 0
        await users.upsert_user(db, 12)
        assert [row["chat_id"] for row in await db.fetchall("SELECT chat_id FROM users")] == [12]
    finally:
        await db.close()


async def test_reads_survive_connections_dropped_while_idle(db_target: str, postgres: PostgresServer) -> None:
    """RELIABILITY case 45: pooled connections ended by the server are replaced without an error."""
    db = await open_database(db_target, pool_size=3)
    try:
        await users.upsert_user(db, 20)
        await asyncio.gather(*(db.fetchval("SELECT pg_sleep(0.05)") for _ in range(3)))  # fill the pool
        assert await _terminate_others(db_target, postgres.url()) >= 1
        for _ in range(4):
            assert await db.fetchval("SELECT count(*) FROM users") == 1
        assert (await users.upsert_user(db, 21)).chat_id == 21
    finally:
        await db.close()


async def test_server_restart_the_pool_reconnects_by_itself(
    postgres_factory: Callable[[], PostgresServer],
) -> None:
    """RELIABILITY case 45: while the server is down every call is one clear "try again" sentence
    (fast, not a hang); once it is back, the same Database works again with no restart of the bot."""
    server = postgres_factory()
    url = await server.new_database()
    db = await open_database(url, busy_timeout=1.0)
    try:
        await users.upsert_user(db, 30)
        await asyncio.to_thread(server.stop)
        for call in (db.fetchval("SELECT count(*) FROM users"), users.upsert_user(db, 31)):
            with pytest.raises(StorageBusyError) as caught:
                await asyncio.wait_for(call, timeout=20)
            assert str(caught.value) in (LOST_MESSAGE, UNREACHABLE_MESSAGE)
        await asyncio.to_thread(server.start)
        assert await db.fetchval("SELECT count(*) FROM users") == 1
        assert (await users.upsert_user(db, 32)).chat_id == 32
        assert await db.fetchval("SELECT count(*) FROM users") == 2
    finally:
        await db.close()


@contextlib.contextmanager
def _small_disk(root: Path, owner: int) -> Iterator[Path]:
    """A 3 MB tmpfs at `root` (skips the test where mounting is not allowed)."""
    root.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size=3m,uid={owner},mode=0700", "tmpfs", str(root)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr.decode().strip()}")
    try:
        yield root
    finally:
        subprocess.run(["umount", "-l", str(root)], capture_output=True)


async def test_disk_full_is_one_sentence_and_nothing_half_written(
    postgres_factory: Callable[[], PostgresServer],
) -> None:
    """The database's tables live on a 3 MB file system; articles are stored until it is full."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root (CI runs as root)")
    server = postgres_factory()
    owner = server.data.stat().st_uid
    with _small_disk(server.root / "small", owner) as small:
        admin = await asyncpg.connect(server.url())
        try:
            await admin.execute(f"CREATE TABLESPACE small LOCATION '{small}'")
            await admin.execute("CREATE DATABASE tiny TABLESPACE small")
        finally:
            await admin.close()
        db = await open_database(server.url("tiny"))
        try:
            user = await users.upsert_user(db, 40)
            with pytest.raises(StorageError) as caught:
                async with db.transaction():
                    for n in range(100):  # 100 × 200 KB of text that does not compress
                        await db.execute(
                            "INSERT INTO articles (canonical_url, fetched_at, digest) VALUES (?, 0, ?)",
                            (f"https://news.example/{n}", os.urandom(100_000).hex()),
                        )
            assert str(caught.value) == DISK_FULL_MESSAGE
            assert await db.fetchval("SELECT count(*) FROM articles") == 0
            assert (await users.get_user(db, user.id)).chat_id == 40
        finally:
            await db.close()
            await asyncio.to_thread(server.close)


async def test_bot_started_on_an_unreachable_database_says_so_in_one_sentence(telegram: FakeTelegram) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = bot_env(telegram, f"postgresql://bot:secret@127.0.0.1:{port}/digestbot", WORKER_PROCESSES="1")
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "run",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode == 2
    text = err.decode()
    assert "could not be opened" in text and "Traceback" not in text and "secret" not in text
