"""Articles, URL aliases, feed entries, saved lists and retention, through the repositories' functions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.models import Article, Digest, Quote
from storage import Database, articles, saved, sources, users

pytestmark = pytest.mark.both_databases

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
SQLISH = "'); DROP TABLE articles; --"


def _digest(url: str = "https://news.example/world/story?utm_source=x", **fields: object) -> Digest:
    article = Article(
        url=url,
        canonical_url=fields.pop("canonical_url", "https://news.example/world/story"),
        title=fields.pop("title", "Harbour reopens after storm"),
        outlet="Example News",
        language="en",
        published="2026-05-01T08:00:00+00:00",
        text=fields.pop("text", "The harbour reopened on Monday.\nOfficials said repairs took a week."),
    )
    return Digest(
        article,
        sentences=["The harbour reopened on Monday."],
        quotes=[Quote("We are open again", "Mayor Ana Ruiz")],
    )


async def test_store_then_find_by_requested_final_or_canonical_url(db: Database) -> None:
    digest = _digest()
    stored = await articles.store_article(
        db, digest, urls=["https://t.example/abc", "https://news.example/world/story?utm_source=x"],
        fetched_at=NOW,
    )
    for url in ("https://t.example/abc", "https://news.example/world/story?utm_source=x",
                "https://news.example/world/story"):
        found = await articles.get_by_url(db, url)
        assert found is not None and found.id == stored.id
        assert found.digest.to_dict() == digest.to_dict() | {"url": "https://news.example/world/story"}
    assert await articles.get_by_url(db, "https://news.example/other") is None
    assert stored.title == "Harbour reopens after storm" and stored.fetched_at == NOW


async def test_same_canonical_url_is_one_shared_row(db: Database) -> None:
    first = await articles.store_article(db, _digest("https://a.example/1"), fetched_at=NOW)
    second = await articles.store_article(
        db, _digest("https://b.example/2", title="Updated headline"), fetched_at=NOW + timedelta(hours=1)
    )
    assert first.id == second.id
    assert (await articles.get_by_url(db, "https://a.example/1")).title == "Updated headline"
    assert await db.fetchval("SELECT COUNT(*) FROM articles") == 1
    await articles.add_urls(db, first.id, ["https://c.example/3"])
    assert (await articles.get_by_url(db, "https://c.example/3")).id == first.id


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(), text=st.text(min_size=1), speaker=st.one_of(st.none(), st.text()))
async def test_any_text_round_trips_exactly(
    db: Database, backend: str, title: str, text: str, speaker: str | None
) -> None:
    digest = Digest(
        Article(url="https://x.example/p", canonical_url="https://x.example/p", title=title, text=text),
        sentences=[text],
        quotes=[Quote(text, speaker)],
    )
    await articles.store_article(db, digest)
    found = await articles.get_by_url(db, "https://x.example/p")
    assert found is not None
    # PostgreSQL text cannot hold NUL: that backend drops it from the columns (JSON keeps it escaped)
    assert found.title == (title if backend == "sqlite" else title.replace("\x00", ""))
    assert found.digest.article.text == text
    assert found.digest.quotes == [Quote(text, speaker)]


async def test_unicode_long_and_sql_looking_inputs_round_trip(db: Database, backend: str) -> None:
    weird = "Zoë «quoted» 😀 \u200f\u05e9\u05dc\u05d5\u05dd \x00 NUL " + SQLISH
    long_text = ("Ünïcode paragraph with 'quotes' and \"doubles\"; " * 20000).strip()
    url = "https://news.example/ünï?q=" + SQLISH
    digest = _digest(url, canonical_url=url, title=weird, text=long_text)
    await articles.store_article(db, digest, urls=[url + "&x=" + weird])
    found = await articles.get_by_url(db, url + "&x=" + weird)
    assert found is not None
    # PostgreSQL text cannot hold NUL: that backend drops it (the lookup above still matched)
    assert found.title == (weird if backend == "sqlite" else weird.replace("\x00", ""))
    assert found.canonical_url == url
    assert found.digest.article.text == long_text
    user = await users.upsert_user(db, 7, language=SQLISH[:10])
    assert (await users.get_user(db, user.id)).language == SQLISH[:10]
    assert await db.fetchval("SELECT COUNT(*) FROM articles") == 1


async def test_list_since_orders_and_filters_by_source(db: Database) -> None:
    source = await sources.add_source(db, "https://feeds.example/rss", now=NOW)
    for hour in range(5):
        await articles.store_article(
            db,
            _digest(f"https://n.example/{hour}", canonical_url=f"https://n.example/{hour}"),
            fetched_at=NOW + timedelta(hours=hour),
            source_id=source.id if hour % 2 else None,
            entry_guid=f"guid-{hour}" if hour % 2 else None,
        )
    recent = await articles.list_since(db, NOW + timedelta(hours=2))
    assert [a.canonical_url for a in recent] == [f"https://n.example/{h}" for h in (2, 3, 4)]
    from_source = await articles.list_since(db, NOW, source_ids=[source.id])
    assert [a.canonical_url for a in from_source] == ["https://n.example/1", "https://n.example/3"]
    assert await articles.list_since(db, NOW, source_ids=[]) == []
    assert await articles.known_entries(db, source.id, ["guid-1", "guid-2", "guid-3"]) == {"guid-1", "guid-3"}
    await articles.mark_entries_seen(db, source.id, ["guid-2", "guid-2"], now=NOW)
    assert await articles.known_entries(db, source.id, ["guid-2"]) == {"guid-2"}


async def test_retention_purges_old_articles_unless_saved(db: Database) -> None:
    user = await users.upsert_user(db, 1, now=NOW)
    async def store(n: int, age_days: int) -> articles.StoredArticle:
        url = f"https://o.example/{n}"
        return await articles.store_article(
            db, _digest(url, canonical_url=url), fetched_at=NOW - timedelta(days=age_days)
        )

    old, kept, fresh, older = await store(1, 40), await store(2, 40), await store(3, 2), await store(4, 90)
    assert await saved.save(db, user.id, kept.id, now=NOW)
    assert await articles.purge_articles(db, retention_days=30, now=NOW, batch=1) == 2
    assert await articles.get_article(db, older.id) is None
    assert await articles.get_article(db, old.id) is None
    assert await articles.get_by_url(db, "https://o.example/1") is None
    assert await articles.get_article(db, kept.id) is not None
    assert await articles.get_article(db, fresh.id) is not None
    assert await db.integrity_check() == ["ok"]


async def test_saved_list_add_list_remove(db: Database) -> None:
    user = await users.upsert_user(db, 5, now=NOW)
    other = await users.upsert_user(db, 6, now=NOW)
    a = await articles.store_article(db, _digest("https://s.example/a", canonical_url="https://s.example/a"))
    b = await articles.store_article(db, _digest("https://s.example/b", canonical_url="https://s.example/b"))
    assert await saved.save(db, user.id, a.id, now=NOW)
    assert await saved.save(db, user.id, b.id, now=NOW + timedelta(minutes=1))
    assert not await saved.save(db, user.id, a.id, now=NOW)
    listed = await saved.list_saved(db, user.id)
    assert [s.article.id for s in listed] == [b.id, a.id]
    assert listed[0].saved_at == NOW + timedelta(minutes=1)
    assert await saved.count_saved(db, user.id) == 2
    assert await saved.list_saved(db, other.id) == []
    assert await saved.remove(db, user.id, a.id)
    assert not await saved.remove(db, user.id, a.id)
    assert [s.article.id for s in await saved.list_saved(db, user.id)] == [b.id]
