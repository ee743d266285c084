"""`digestbot db copy SOURCE TARGET` and `db check|migrate|backup` on PostgreSQL, on real databases.

Case → test: 46 → test_copy_refuses_a_target_that_holds_data_and_never_changes_the_source,
test_copy_killed_half_way_leaves_the_target_empty_and_can_be_run_again.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from digest.models import Article, Digest, Quote
from storage import articles, deliveries, open_database, saved, sources, topics, users
from storage.copy import row_digest
from storage.db import connect
from storage.migrate import latest_version
from tests.postgres_server import PostgresServer
from tests.storage_plugin import db_cli

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
MEANING = b"tag:" + bytes(range(256))  # an article's meaning vector: bytes, NUL included


async def _seed(target: str | Path) -> None:
    """A small install written through the repositories: every kind of row the bot keeps."""
    db = await open_database(target)
    try:
        anna = await users.upsert_user(db, 101, language="de", now=NOW)
        group = await users.upsert_user(db, -1001234567890, chat_type="supergroup", now=NOW)
        await users.update_preferences(db, anna.id, timezone="Europe/Berlin", digest_time="07:30", now=NOW)
        await topics.add_topic(db, anna.id, "Klimapolitik «Zoë» 😀", now=NOW)
        feed = await sources.add_source(db, "https://feeds.example/rss", title="Feed", now=NOW)
        await sources.subscribe(db, group.id, feed.id, now=NOW)
        digest = Digest(
            Article(
                url="https://news.example/a",
                canonical_url="https://news.example/a",
                title="Ünïcode 'title'",
                text="Body text.",
                outlet="Example",
            ),
            sentences=["Body text."],
            quotes=[Quote("We will act", "Ana Lopez")],
        )
        digest.article.meaning = MEANING
        stored = await articles.store_article(db, digest, source_id=feed.id, entry_guid="g1", fetched_at=NOW)
        await saved.save(db, anna.id, stored.id, now=NOW)
        delivery = await deliveries.claim_delivery(db, anna.id, date(2026, 5, 1), now=NOW)
        assert delivery is not None
        await deliveries.record_message(db, anna.id, delivery_id=delivery, part=0, state="sent", now=NOW)
    finally:
        await db.close()


async def _contents(target: str | Path) -> dict[str, tuple[int, int]]:
    """Every table's row count and order-free checksum, read on a connection of its own."""
    db = await connect(target)
    try:
        found = {}
        for table in await db.tables():
            rows = await db.fetchall(f'SELECT {", ".join(table.columns)} FROM "{table.name}"')
            found[table.name] = (len(rows), sum(row_digest(row) for row in rows) % 2**256)
        return found
    finally:
        await db.close()


def _copy(source: str | Path, target: str | Path) -> int:
    return db_cli("db", "copy", str(source), str(target))


def test_copy_sqlite_to_postgres_and_back_keeps_every_row(
    tmp_path: Path, postgres: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bot.sqlite3"
    asyncio.run(_seed(source))
    url = asyncio.run(postgres.new_database())
    assert _copy(source, url) == 0
    out = capsys.readouterr().out
    assert "every table's row count and row checksum match" in out and "users" in out
    original = asyncio.run(_contents(source))
    assert asyncio.run(_contents(url)) == original
    assert original["users"][0] == 2 and original["messages"][0] == 1

    async def use_the_copy() -> None:
        db = await open_database(url)
        try:
            anna = await users.get_user_by_chat(db, 101)
            assert anna is not None and anna.language == "de"
            prefs = await users.get_preferences(db, anna.id)
            assert (prefs.timezone, prefs.digest_time) == ("Europe/Berlin", "07:30")
            assert [t.query for t in await topics.list_topics(db, anna.id)] == ["Klimapolitik «Zoë» 😀"]
            found = await articles.get_by_url(db, "https://news.example/a")
            assert found is not None and found.digest.quotes == [Quote("We will act", "Ana Lopez")]
            assert found.digest.article.meaning == MEANING
            newcomer = await users.upsert_user(db, 102, now=NOW)  # ids continue after the copied ones
            assert newcomer.id > max(
                row["id"] for row in await db.fetchall("SELECT id FROM users WHERE chat_id <> 102")
            )
        finally:
            await db.close()

    asyncio.run(use_the_copy())
    back = tmp_path / "back.sqlite3"
    assert _copy(url, back) == 0
    assert asyncio.run(_contents(back)) == asyncio.run(_contents(url))
    assert db_cli("db", "--database", str(back), "check") == 0


def test_copy_refuses_a_target_that_holds_data_and_never_changes_the_source(
    tmp_path: Path, postgres: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """RELIABILITY case 46: a non-empty target is refused, whichever way the copy goes."""
    source = tmp_path / "bot.sqlite3"
    asyncio.run(_seed(source))
    before = asyncio.run(_contents(source))
    url = asyncio.run(postgres.new_database())
    asyncio.run(_seed(url))
    busy = asyncio.run(_contents(url))
    assert _copy(source, url) == 1
    assert "already holds data" in capsys.readouterr().err
    assert asyncio.run(_contents(url)) == busy
    other = tmp_path / "other.sqlite3"
    asyncio.run(_seed(other))
    assert _copy(url, other) == 1
    assert _copy(source, source) == 1
    assert "already holds data" in capsys.readouterr().err
    assert asyncio.run(_contents(source)) == before


def test_copy_from_an_older_schema_is_refused_without_touching_it(
    tmp_path: Path, postgres: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.sqlite3"
    with sqlite3.connect(old) as conn:
        conn.execute("PRAGMA user_version = 1")
    assert _copy(old, asyncio.run(postgres.new_database())) == 1
    assert "run `digestbot db migrate` on it first" in capsys.readouterr().err
    with sqlite3.connect(old) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


async def _many_rows(path: Path, count: int) -> None:
    db = await open_database(path)
    try:
        feed = await sources.add_source(db, "https://feeds.example/big", now=NOW)
        await db.executemany(
            "INSERT INTO feed_entries (source_id, guid, seen_at) VALUES (?, ?, ?)",
            [(feed.id, f"entry-{n:06d}-" + "x" * 200, n) for n in range(count)],
        )
    finally:
        await db.close()


@pytest.mark.parametrize("into", ["postgres", "sqlite"])
async def test_copy_killed_half_way_leaves_the_target_empty_and_can_be_run_again(
    tmp_path: Path, into: str, request: pytest.FixtureRequest
) -> None:
    """RELIABILITY case 46: `kill -9` of `digestbot db copy` in the middle of a table."""
    source = tmp_path / "bot.sqlite3"
    await _seed(source)
    await _many_rows(source, 60_000)
    if into == "postgres":
        url: str | Path = await request.getfixturevalue("postgres").new_database()
    else:
        url = tmp_path / "target.sqlite3"
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "db",
        "copy",
        str(source),
        url,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        while True:
            line = await asyncio.wait_for(process.stdout.readline(), timeout=120)
            assert line, (await process.stderr.read()).decode() if process.stderr else "copy ended"
            if line.strip().startswith(b"feed_entries: 5000 rows"):
                break
        os.kill(process.pid, signal.SIGKILL)
        await process.wait()
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == -signal.SIGKILL
    left = await _contents(url)
    assert left and all(count == 0 for count, _ in left.values()), left
    done = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "bot.cli", "db", "copy", str(source), url],
        cwd=ROOT,
        capture_output=True,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert await _contents(url) == await _contents(source)
    assert (await _contents(url))["feed_entries"][0] == 60_001


def test_migrate_check_and_backup_on_postgres(
    tmp_path: Path, postgres: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = asyncio.run(postgres.new_database())
    assert db_cli("db", "--database", url, "migrate") == 0
    assert f"from version 0 to {latest_version()}" in capsys.readouterr().out
    assert db_cli("db", "--database", url, "migrate") == 0
    assert "already at version" in capsys.readouterr().out
    asyncio.run(_seed(url))
    assert db_cli("db", "--database", url, "check") == 0
    assert "integrity check ok" in capsys.readouterr().out
    backup = tmp_path / "pg-backup.sqlite3"
    assert db_cli("db", "--database", url, "backup", str(backup)) == 0
    assert "logical copy, every row verified" in capsys.readouterr().out
    assert asyncio.run(_contents(backup)) == asyncio.run(_contents(url))
    assert db_cli("db", "--database", url, "backup", str(backup)) == 1
    assert "already exists" in capsys.readouterr().err


def test_check_finds_a_broken_foreign_key_on_postgres(
    postgres: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = asyncio.run(postgres.new_database())
    asyncio.run(_seed(url))

    async def break_it() -> Any:
        db = await connect(url)
        try:
            async with db.transaction():  # what a restore with triggers off can leave behind
                await db.execute("ALTER TABLE saved DISABLE TRIGGER ALL")
                await db.execute("UPDATE saved SET article_id = 987654")
                await db.execute("ALTER TABLE saved ENABLE TRIGGER ALL")
        finally:
            await db.close()

    asyncio.run(break_it())
    assert db_cli("db", "--database", url, "check") == 1
    assert "saved.article_id" in capsys.readouterr().err


def test_unreachable_postgres_is_one_clear_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    with __import__("socket").socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert db_cli("db", "--database", f"postgresql://bot:secret@127.0.0.1:{port}/none", "check") == 1
    err = capsys.readouterr().err
    assert "could not be opened" in err and "secret" not in err
