"""An article carried by several feeds reaches the subscribers of every one of them.

`articles.source_id` credits one feed; `list_since(source_ids=...)` also follows the feed entries
that point to the article, so a digest built for either feed's subscribers has it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from digest.models import Article, Digest
from storage import Database, articles, sources, users

pytestmark = pytest.mark.both_databases

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def _digest(url: str, title: str) -> Digest:
    article = Article(url=url, canonical_url=url, title=title, outlet="Wire", language="en", text=title)
    return Digest(article, sentences=[title])


async def _subscriber(db: Database, chat_id: int, source_id: int) -> list[int]:
    user = await users.upsert_user(db, chat_id, now=NOW)
    await users.update_preferences(db, user.id, use_catalog=False, now=NOW)
    await sources.subscribe(db, user.id, source_id, now=NOW)
    return await sources.user_source_ids(db, user.id)


async def test_one_article_in_two_feeds_reaches_subscribers_of_either(db: Database) -> None:
    wire = (await sources.add_source(db, "https://wire.example/feed.xml", now=NOW)).id
    local = (await sources.add_source(db, "https://local.example/rss", now=NOW)).id
    other = (await sources.add_source(db, "https://other.example/rss", now=NOW)).id
    shared = _digest("https://wire.example/story", "Harbour reopens after storm")
    first = await articles.store_article(db, shared, fetched_at=NOW, source_id=wire, entry_guid="w-1")
    again = await articles.store_article(
        db, shared, fetched_at=NOW, source_id=local, entry_guid="https://local.example/p/9"
    )
    assert again.id == first.id
    await articles.store_article(
        db, _digest("https://other.example/a", "Unrelated"), fetched_at=NOW, source_id=other, entry_guid="o-1"
    )
    since = NOW - timedelta(hours=1)

    for chat_id, source_id in ((1, wire), (2, local)):
        own = await _subscriber(db, chat_id, source_id)
        found = await articles.list_since(db, since, source_ids=own)
        assert [a.id for a in found] == [first.id], (chat_id, source_id)

    both = await articles.list_since(db, since, source_ids=[wire, local])
    assert [a.id for a in both] == [first.id]
    assert await articles.list_since(db, since, source_ids=[other + 100]) == []
    assert len(await articles.list_since(db, since)) == 2


async def test_an_article_credited_to_a_source_without_a_feed_entry_is_still_listed(db: Database) -> None:
    wire = (await sources.add_source(db, "https://wire.example/feed.xml", now=NOW)).id
    stored = await articles.store_article(
        db, _digest("https://wire.example/x", "Bridge opens"), fetched_at=NOW, source_id=wire
    )
    found = await articles.list_since(db, NOW - timedelta(minutes=1), source_ids=[wire])
    assert [a.id for a in found] == [stored.id]
    assert await articles.list_since(db, NOW + timedelta(minutes=1), source_ids=[wire]) == []
