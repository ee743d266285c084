"""`digestbot db backup | check | migrate` on real database files."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from storage import open_database, users
from storage.migrate import latest_version
from tests.storage_plugin import db_cli


def _seed(path: Path) -> None:
    async def seed() -> None:
        db = await open_database(path)
        await users.upsert_user(db, 42, language="fr")
        await db.close()

    asyncio.run(seed())


def test_migrate_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bot.sqlite3"
    assert db_cli("db", "--database", str(path), "migrate") == 0
    assert f"from version 0 to {latest_version()}" in capsys.readouterr().out
    assert db_cli("db", "--database", str(path), "migrate") == 0
    assert "already at version" in capsys.readouterr().out
    assert db_cli("db", "--database", str(path), "check") == 0
    assert "integrity check ok" in capsys.readouterr().out


def test_backup_copies_and_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bot.sqlite3"
    _seed(path)
    target = tmp_path / "backups" / "copy.sqlite3"
    target.parent.mkdir()
    assert db_cli("db", "--database", str(path), "backup", str(target)) == 0
    assert "integrity check ok" in capsys.readouterr().out
    assert db_cli("db", "--database", str(path), "backup", str(tmp_path / "nowhere" / "copy.sqlite3")) == 1
    assert "could not be created" in capsys.readouterr().err
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT chat_id, language FROM users").fetchall() == [(42, "fr")]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()


def test_missing_newer_and_corrupt_databases_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert db_cli("db", "--database", str(missing), "check") == 1
    assert db_cli("db", "--database", str(missing), "backup", str(tmp_path / "b")) == 1
    assert "There is no database" in capsys.readouterr().err
    newer = tmp_path / "newer.sqlite3"
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    assert db_cli("db", "--database", str(newer), "check") == 1
    assert db_cli("db", "--database", str(newer), "migrate") == 1
    assert "newer digestbot" in capsys.readouterr().err
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database" * 100)
    assert db_cli("db", "--database", str(garbage), "check") == 1
    assert capsys.readouterr().err.strip()
