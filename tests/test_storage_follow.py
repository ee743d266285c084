"""Topics, sources, subscriptions, and the user's own data (export / forget)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from digest.models import Article, Digest
from storage import (
    Database,
    StorageConstraintError,
    articles,
    deliveries,
    privacy,
    saved,
    sources,
    topics,
    users,
)

pytestmark = pytest.mark.both_databases

NOW = datetime(2026, 2, 1, 10, 0, tzinfo=UTC)


async def test_topics_add_list_change_remove(db: Database) -> None:
    alice = await users.upsert_user(db, 1, now=NOW)
    bob = await users.upsert_user(db, 2, now=NOW)
    topic, new = await topics.add_topic(db, alice.id, '"climate summit" -football', now=NOW)
    assert new and topic.delivery == "daily" and topic.created_at == NOW
    same, new_again = await topics.add_topic(db, alice.id, '"climate summit" -football', delivery="instant")
    assert (same.id, new_again) == (topic.id, False)
    sqlish, _ = await topics.add_topic(db, bob.id, "x'); DELETE FROM topics; --", delivery="instant")
    assert [t.query for t in await topics.list_topics(db, bob.id)] == ["x'); DELETE FROM topics; --"]
    assert await topics.set_delivery(db, alice.id, topic.id, "instant")
    assert not await topics.remove_topic(db, bob.id, topic.id)
    assert [t.id for t in await topics.active_topics(db, "instant")] == [topic.id, sqlish.id]
    await users.update_preferences(db, bob.id, paused=True)
    assert [t.id for t in await topics.active_topics(db)] == [topic.id]
    assert await topics.get_topic(db, bob.id, topic.id) is None
    assert await topics.remove_topic(db, alice.id, topic.id)
    assert await topics.list_topics(db, alice.id) == []
    with pytest.raises(ValueError):
        await topics.add_topic(db, alice.id, "x", delivery="hourly")
    with pytest.raises(StorageConstraintError):
        await topics.add_topic(db, alice.id, "")


async def test_sources_subscriptions_and_polling_state(db: Database) -> None:
    alice = await users.upsert_user(db, 1, now=NOW)
    bob = await users.upsert_user(db, 2, now=NOW)
    feed = await sources.add_source(db, "https://feeds.example/world.xml", title="World", now=NOW)
    same = await sources.add_source(db, "https://feeds.example/world.xml", site_url="https://example.org")
    assert same.id == feed.id and same.title == "World" and same.site_url == "https://example.org"
    lonely = await sources.add_source(db, "https://feeds.example/nobody.xml", now=NOW)
    assert await sources.subscribe(db, alice.id, feed.id, now=NOW)
    assert not await sources.subscribe(db, alice.id, feed.id, now=NOW)
    assert await sources.subscribe(db, bob.id, feed.id, now=NOW)
    assert [s.id for s in await sources.sources_due(db, NOW)] == [feed.id]
    assert lonely.id not in [s.id for s in await sources.sources_due(db, NOW + timedelta(days=1))]

    await sources.record_poll_success(
        db, feed.id, etag='W/"abc"', last_modified="Sun, 01 Feb 2026 09:00:00 GMT",
        next_poll_at=NOW + timedelta(minutes=15), now=NOW,
    )
    assert await sources.sources_due(db, NOW + timedelta(minutes=14)) == []
    polled = await sources.get_source(db, feed.id)
    assert (polled.etag, polled.last_polled_at, polled.failure_count) == ('W/"abc"', NOW, 0)

    later = NOW + timedelta(hours=1)
    first = await sources.record_poll_failure(db, feed.id, "HTTP 500", next_poll_at=later, now=NOW)
    second = await sources.record_poll_failure(db, feed.id, "HTTP 503", next_poll_at=later, now=later)
    assert (first.failure_count, second.failure_count) == (1, 2)
    assert (second.first_failure_at, second.last_error) == (NOW, "HTTP 503")
    assert await sources.mark_failure_notified(db, feed.id, now=later)
    assert not await sources.mark_failure_notified(db, feed.id, now=later)
    await sources.record_poll_success(db, feed.id, next_poll_at=later, now=later)
    healed = await sources.get_source_by_url(db, "https://feeds.example/world.xml")
    assert (healed.failure_count, healed.first_failure_at, healed.failure_notified_at) == (0, None, None)

    assert await sources.set_subscription_paused(db, bob.id, feed.id, True)
    assert await sources.subscribers(db, feed.id) == [alice.id]
    [sub] = await sources.list_subscriptions(db, bob.id)
    assert sub.paused and sub.source.id == feed.id
    assert not await sources.subscribe(db, bob.id, feed.id)
    assert not (await sources.list_subscriptions(db, bob.id))[0].paused
    assert await sources.unsubscribe(db, alice.id, feed.id)
    await users.mark_blocked(db, 2)
    assert await sources.subscribers(db, feed.id) == []
    assert await sources.sources_due(db, NOW + timedelta(days=2)) == []


async def _populate(db: Database, chat_id: int, marker: str) -> int:
    user = await users.upsert_user(db, chat_id, language="en", now=NOW)
    await users.update_preferences(db, user.id, timezone="Asia/Tokyo", languages=["ja"], now=NOW)
    await topics.add_topic(db, user.id, f"topic {marker}", now=NOW)
    source = await sources.add_source(db, f"https://feeds.example/{marker}.xml", now=NOW)
    await sources.subscribe(db, user.id, source.id, now=NOW)
    shared = await articles.store_article(db, Digest(Article(url="https://shared.example/a", title="Shared")))
    await saved.save(db, user.id, shared.id, now=NOW)
    delivery = await deliveries.claim_delivery(db, user.id, date(2026, 2, 1), now=NOW)
    await deliveries.record_message(db, user.id, delivery_id=delivery, state="sent", telegram_message_id=9)
    await deliveries.claim_alert(db, user.id, shared.id)
    return user.id


async def test_export_holds_only_that_users_data_and_is_json(db: Database) -> None:
    mine = await _populate(db, 10, "mine")
    await _populate(db, 11, "theirs")
    exported = await privacy.export_user(db, mine, now=NOW)
    text = json.dumps(exported)
    assert "theirs" not in text
    assert exported["user"]["chat_id"] == 10
    assert exported["preferences"]["timezone"] == "Asia/Tokyo"
    assert exported["preferences"]["skip_empty_digest"] is False
    assert [t["query"] for t in exported["topics"]] == ["topic mine"]
    assert [s["feed_url"] for s in exported["subscriptions"]] == ["https://feeds.example/mine.xml"]
    assert [s["url"] for s in exported["saved"]] == ["https://shared.example/a"]
    assert [d["local_date"] for d in exported["daily_digests"]] == ["2026-02-01"]
    assert [m["telegram_message_id"] for m in exported["messages"]] == [9]
    assert len(exported["alerts"]) == 1
    assert await privacy.export_user(db, 12345) is None


async def test_forget_deletes_everything_of_the_user_and_keeps_shared_articles(db: Database) -> None:
    mine = await _populate(db, 10, "mine")
    theirs = await _populate(db, 11, "theirs")
    assert await privacy.forget_user(db, mine)
    assert not await privacy.forget_user(db, mine)
    assert await users.get_user(db, mine) is None
    for table in ("preferences", "topics", "subscriptions", "saved", "deliveries", "alerts", "messages"):
        assert await db.fetchval(f"SELECT COUNT(*) FROM {table} WHERE user_id = ?", (mine,)) == 0, table
        assert await db.fetchval(f"SELECT COUNT(*) FROM {table} WHERE user_id = ?", (theirs,)) == 1, table
    assert await articles.get_by_url(db, "https://shared.example/a") is not None
    assert await db.integrity_check() == ["ok"]


async def test_catalog_feeds_are_polled_for_topic_followers_with_the_catalog_on(db: Database) -> None:
    reader = await users.upsert_user(db, 1, now=NOW)
    fan = await users.upsert_user(db, 2, now=NOW)
    catalog = await sources.add_source(db, "https://catalog.example/rss", catalog=True, now=NOW)
    own = await sources.add_source(db, "https://own.example/rss", now=NOW)
    assert catalog.catalog and not own.catalog
    assert (await sources.add_source(db, "https://catalog.example/rss")).catalog
    assert await sources.sources_due(db, NOW) == []
    await sources.subscribe(db, fan.id, own.id, now=NOW)
    topic, _ = await topics.add_topic(db, reader.id, "elections", delivery="instant", now=NOW)
    fan_topic, _ = await topics.add_topic(db, fan.id, "harbour", now=NOW)
    assert [s.id for s in await sources.sources_due(db, NOW)] == [catalog.id, own.id]
    assert [t.id for t in await topics.topics_for_source(db, catalog.id)] == [topic.id, fan_topic.id]
    assert [t.id for t in await topics.topics_for_source(db, own.id)] == [fan_topic.id]
    assert [t.id for t in await topics.topics_for_source(db, catalog.id, "instant")] == [topic.id]
    assert await sources.user_source_ids(db, fan.id) == [catalog.id, own.id]
    await users.update_preferences(db, reader.id, use_catalog=False)
    await users.update_preferences(db, fan.id, use_catalog=False)
    assert [s.id for s in await sources.sources_due(db, NOW)] == [own.id]
    assert await topics.topics_for_source(db, catalog.id) == []
    assert await sources.user_source_ids(db, fan.id) == [own.id]
    await sources.record_poll_success(db, own.id, next_poll_at=NOW, poll_interval=3600, now=NOW)
    assert (await sources.get_source(db, own.id)).poll_interval == 3600
