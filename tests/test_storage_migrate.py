"""Schema migrations on both databases: from empty, from every earlier version, crash part-way,
newer database refused; both backends have every migration."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

import pytest

from storage import Database, SchemaTooNewError, StorageError, open_database, users
from storage.db import connect
from storage.migrate import Migration, latest_version, load_migrations, migrate_database, split_statements

both = pytest.mark.both_databases
Target = str | Path


async def _tables(target: Target) -> set[str]:
    """The database's tables (read on a connection of their own, after the test's closed)."""
    db = await connect(target)
    try:
        if db.dialect == "sqlite":
            rows = await db.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")
        else:
            rows = await db.fetchall(
                "SELECT tablename FROM pg_tables"
                " WHERE schemaname = 'public' AND tablename <> 'schema_version'"
            )
        return {row[0] for row in rows}
    finally:
        await db.close()


async def _version(target: Target) -> int:
    db = await connect(target)
    try:
        return await db.schema_version()
    finally:
        await db.close()


@both
async def test_fresh_database_gets_every_migration(db_target: Target) -> None:
    db = await open_database(db_target)
    assert await db.schema_version() == latest_version(db.dialect) >= 1
    assert await db.integrity_check() == ["ok"]
    await db.close()
    expected = {"users", "preferences", "articles", "article_urls", "deliveries", "saved"}
    assert expected <= await _tables(db_target)
    again = await open_database(db_target)
    assert await again.schema_version() == latest_version()
    await again.close()


@both
@pytest.mark.parametrize("start", range(latest_version()))
async def test_upgrade_from_every_earlier_version(db_target: Target, start: int) -> None:
    """Rows written under an older schema keep their values; columns added later get defaults."""
    db = await connect(db_target)
    await migrate_database(db, load_migrations(db.dialect)[:start])
    assert await db.schema_version() == start
    if start >= 1:
        await db.execute("INSERT INTO users (id, chat_id, created_at, last_seen_at) VALUES (1, 77, 0, 0)")
        await db.execute(
            "INSERT INTO preferences (user_id, digest_time, items_per_digest, quotes, use_catalog)"
            " VALUES (1, '07:15', 12, 0, 0)"
        )
    assert await migrate_database(db) == (start, latest_version())
    if start >= 1:
        prefs = await users.get_preferences(db, 1)
        assert (prefs.digest_time, prefs.items_per_digest, prefs.quotes) == ("07:15", 12, False)
        assert prefs.use_catalog is False and prefs.skip_empty is False
        assert (await users.update_preferences(db, 1, skip_empty=True)).skip_empty is True
    assert await db.integrity_check() == ["ok"]
    await db.close()


@both
async def test_crash_inside_a_migration_leaves_version_and_schema_unchanged(db_target: Target) -> None:
    """RELIABILITY case 34: simulate a crash by failing the last statement of the newest migration."""
    db = await connect(db_target)
    real = load_migrations(db.dialect)
    failing = real[-1].sql + "\nINSERT INTO no_such_table VALUES (1);"
    broken = [*real[:-1], dataclasses.replace(real[-1], sql=failing)]
    with pytest.raises(StorageError):
        await migrate_database(db, broken)
    assert await db.schema_version() == len(real) - 1
    await db.close()
    if len(real) == 1:
        assert await _tables(db_target) == set()
    reopened = await open_database(db_target)
    assert await reopened.schema_version() == len(real)
    assert await reopened.integrity_check() == ["ok"]
    await reopened.close()


@both
async def test_failed_extra_migration_keeps_earlier_tables_and_rolls_back_its_own(db_target: Target) -> None:
    extra = Migration(
        len(load_migrations()) + 1,
        "extra",
        "CREATE TABLE extra (id INTEGER PRIMARY KEY);\nINSERT INTO extra VALUES (1);\nSELECT * FROM nowhere;",
    )
    db = await connect(db_target)
    with pytest.raises(StorageError):
        await migrate_database(db, [*load_migrations(db.dialect), extra])
    await db.close()
    assert await _version(db_target) == latest_version()
    assert "extra" not in await _tables(db_target)
    assert "users" in await _tables(db_target)


@both
async def test_database_from_a_newer_version_is_refused(db_target: Target) -> None:
    db: Database = await connect(db_target)
    async with db.transaction():
        await db.set_schema_version(latest_version() + 5)
    await db.close()
    with pytest.raises(SchemaTooNewError) as caught:
        await open_database(db_target)
    assert "newer digestbot" in str(caught.value)
    with pytest.raises(SchemaTooNewError):
        await open_database(db_target, migrate=False)
    assert await _version(db_target) == latest_version() + 5


def test_split_statements_respects_strings_comments_and_triggers() -> None:
    sql = """
    -- a comment; with a semicolon
    CREATE TABLE a (v TEXT DEFAULT 'x;y');
    CREATE TRIGGER tr AFTER INSERT ON a BEGIN
        UPDATE a SET v = 'z;' WHERE rowid = new.rowid;
    END;  INSERT INTO a VALUES ('1;2');
    -- trailing comment
    """
    statements = split_statements(sql)
    assert len(statements) == 3
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")
    assert statements[2] == "INSERT INTO a VALUES ('1;2');"
    with pytest.raises(ValueError):
        split_statements("CREATE TABLE b (v TEXT)")


def test_packaged_migrations_parse() -> None:
    for migration in load_migrations():
        assert split_statements(migration.sql)


def test_every_migration_exists_for_both_databases() -> None:
    """storage/migrations/README.md: each step has a sqlite/ and a postgres/ file of the same name."""
    sqlite_steps = [(m.version, m.name) for m in load_migrations("sqlite")]
    postgres_steps = [(m.version, m.name) for m in load_migrations("postgres")]
    assert sqlite_steps == postgres_steps
    for migration in load_migrations("postgres"):
        code = "\n".join(line.split("--")[0] for line in migration.sql.splitlines())
        assert "user_version" not in code.lower() and "INTEGER PRIMARY KEY" not in code.upper()


@both
async def test_two_connections_migrating_together_apply_each_step_once(db_target: Target) -> None:
    first, second = await asyncio.gather(open_database(db_target), open_database(db_target))
    try:
        assert await first.schema_version() == await second.schema_version() == latest_version()
        assert await first.integrity_check() == ["ok"]
    finally:
        await first.close()
        await second.close()
