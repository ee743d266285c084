"""storage.pending: state found only by the chat that made it, only until it expires, taken once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from storage import pending, privacy, users
from storage.db import Database

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)

pytestmark = pytest.mark.both_databases


async def test_a_token_is_found_only_by_its_chat_and_only_until_it_expires(db: Database) -> None:
    alice = await users.upsert_user(db, 1, now=NOW)
    bob = await users.upsert_user(db, 2, now=NOW)
    token = await pending.put(db, "paste", alice.id, {"text": "mine"}, HOUR, now=NOW)
    assert len(token) >= 16 and ":" not in token
    assert await pending.get(db, "paste", token, alice.id, now=NOW) == {"text": "mine"}
    assert await pending.for_chat(db, "paste", token, 1, now=NOW) == {"text": "mine"}
    assert await pending.get(db, "paste", token, bob.id, now=NOW) is None
    assert await pending.for_chat(db, "paste", token, 2, now=NOW) is None
    assert await pending.get(db, "feeds", token, alice.id, now=NOW) is None
    assert await pending.get(db, "paste", token, alice.id, now=NOW + HOUR) is None
    assert await pending.purge_expired(db, now=NOW + HOUR) == 1


async def test_take_hands_the_row_to_one_caller(db: Database) -> None:
    alice = await users.upsert_user(db, 1, now=NOW)
    await pending.put(db, "city", alice.id, True, HOUR, token="city1", now=NOW)
    got = await asyncio.gather(*(pending.take(db, "city", "city1", alice.id, now=NOW) for _ in range(3)))
    assert sorted(got, key=bool) == [None, None, True]


async def test_forget_removes_pasted_texts_and_export_lists_them(db: Database) -> None:
    alice = await users.upsert_user(db, 1, now=NOW)
    await pending.put(db, "paste", alice.id, {"text": "my pasted article"}, HOUR, now=NOW)
    exported = await privacy.export_user(db, alice.id, now=NOW)
    assert [p["text"] for p in exported["pasted_texts"]] == ["my pasted article"]
    await privacy.forget_user(db, alice.id)
    assert await db.fetchval("SELECT COUNT(*) FROM pending") == 0
