"""Groups and channels in storage, on SQLite and PostgreSQL: channels managed from a private chat,
which chat its commands act on, a lost chat paused exactly once, the forum digest topic, and all of
it kept when a group becomes a supergroup."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storage import Database, chats, topics, users

NOW = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)
pytestmark = pytest.mark.both_databases


async def test_a_channel_is_managed_from_private_chats(db: Database, backend: str) -> None:
    owner = await users.upsert_user(db, 31, now=NOW)
    other = await users.upsert_user(db, 32, now=NOW)
    channel = await users.upsert_user(db, -1007001, chat_type="channel", now=NOW)
    await users.set_chat_info(db, channel.id, title="Harbour Wire", owner_telegram_id=31)

    assert await chats.acting_on(db, owner.id) is None
    assert not await chats.act_on(db, owner.id, channel.id), "only a managed chat can be chosen"
    await chats.connect(db, owner.id, channel.id, now=NOW)
    chosen = await chats.acting_on(db, owner.id)
    assert chosen is not None and chosen.id == channel.id and chosen.title == "Harbour Wire"
    assert chosen.owner_telegram_id == 31
    assert [c.id for c in await chats.managed(db, owner.id)] == [channel.id]
    assert [m.id for m in await chats.managers_of(db, channel.id)] == [owner.id]
    assert await chats.acting_on(db, other.id) is None

    assert await chats.act_on(db, owner.id, None)
    assert await chats.acting_on(db, owner.id) is None
    await chats.act_on(db, owner.id, channel.id)
    await chats.disconnect(db, owner.id, channel.id)
    assert await chats.acting_on(db, owner.id) is None and await chats.managed(db, owner.id) == []
    assert await users.get_user(db, channel.id) is not None, "the channel keeps its settings"


async def test_waiting_for_a_forwarded_post_expires_and_stops(db: Database, backend: str) -> None:
    owner = await users.upsert_user(db, 31, now=NOW)
    assert not await chats.awaiting_forward(db, owner.id, now=NOW)
    await chats.await_forward(db, owner.id, NOW + timedelta(minutes=10))
    assert await chats.awaiting_forward(db, owner.id, now=NOW + timedelta(minutes=9))
    assert not await chats.awaiting_forward(db, owner.id, now=NOW + timedelta(minutes=11))
    await chats.stop_awaiting(db, owner.id)
    assert not await chats.awaiting_forward(db, owner.id, now=NOW)


async def test_a_lost_chat_is_paused_once_and_resumes_with_its_settings(db: Database, backend: str) -> None:
    group = await users.upsert_user(db, -5002, chat_type="group", now=NOW)
    await users.update_preferences(db, group.id, digest_time="07:30", now=NOW)
    await topics.add_topic(db, group.id, "harbour", now=NOW)
    assert await users.mark_blocked(db, -5002, now=NOW)
    assert not await users.mark_blocked(db, -5002, now=NOW), "the second notice of the same loss"
    assert (await users.get_preferences(db, group.id)).next_due_at is None
    back = await users.upsert_user(db, -5002, chat_type="group", now=NOW)
    prefs = await users.get_preferences(db, back.id)
    assert back.id == group.id and back.active and prefs.digest_time == "07:30" and prefs.next_due_at
    assert [t.query for t in await topics.list_topics(db, back.id)] == ["harbour"]


async def test_digest_topic_and_chat_info_survive_a_supergroup_upgrade(db: Database, backend: str) -> None:
    group = await users.upsert_user(db, -5003, chat_type="group", now=NOW)
    await users.set_chat_info(db, group.id, title="Readers", owner_telegram_id=41)
    await users.set_digest_thread(db, group.id, 5)
    await users.set_chat_info(db, group.id, title="Harbour readers")
    moved = await users.migrate_chat(db, -5003, -1005003)
    assert moved is not None and moved.id == group.id
    assert (moved.title, moved.owner_telegram_id) == ("Harbour readers", 41)
    assert (await users.get_preferences(db, group.id)).digest_thread_id == 5
    await users.set_digest_thread(db, group.id, None)
    assert (await users.get_preferences(db, group.id)).digest_thread_id is None
