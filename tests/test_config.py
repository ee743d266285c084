"""Settings: every field is documented in .env.example, and bad values fail clearly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.config import Settings

ENV_EXAMPLE = Path(__file__).resolve().parent.parent / ".env.example"


def test_env_example_documents_every_setting() -> None:
    keys = set(re.findall(r"^([A-Z][A-Z0-9_]*)=", ENV_EXAMPLE.read_text(encoding="utf-8"), re.M))
    fields = {name.upper() for name in Settings.model_fields}
    assert keys == fields


def test_env_example_values_are_valid_defaults(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        if re.match(r"^[A-Z][A-Z0-9_]*=", line):
            key, value = line.split("=", 1)
            monkeypatch.setenv(key, value)
    Settings()


def test_allowed_networks_become_the_fetch_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FETCH_ALLOWED_NETWORKS", "127.0.0.0/8, ::1/128")
    nets = [str(n) for n in Settings().fetch_policy().allowed_networks]
    assert nets == ["127.0.0.0/8", "::1/128"]


def test_bad_network_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FETCH_ALLOWED_NETWORKS", "not-a-network")
    with pytest.raises(ValidationError):
        Settings()


def test_database_url_chooses_postgresql_over_the_sqlite_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_PATH", "bot.sqlite3")
    assert Settings().database_target() == Path("bot.sqlite3")
    monkeypatch.setenv("DATABASE_URL", "postgresql://bot:secret@db.internal:5432/digestbot")
    assert Settings().database_target() == "postgresql://bot:secret@db.internal:5432/digestbot"
    monkeypatch.setenv("DATABASE_URL", "mysql://bot@db.internal/digestbot")
    with pytest.raises(ValidationError, match="postgresql://"):
        Settings()
