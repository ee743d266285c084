"""Choosing a user's digest items from a round's shared index, on a real SQLite file (and one round
through the fake Bot API)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from digest.models import Article, Digest
from digest.stories.topics import match_topic
from handlers.daily.digests import build_index
from handlers.daily.layout import render_daily
from handlers.daily.selection import Profile, RoundIndex, SourceInfo, load_profile
from storage import Database, articles, sources
from storage.articles import StoredArticle
from tests.daily_support import Clock, add_article, add_source, add_user, runner, utc
from tests.fake_telegram.server import FakeTelegram

pytestmark = pytest.mark.both_databases

STORIES = Path(__file__).parent / "fixtures" / "stories"
NOW = utc("2025-06-10T09:00")
SINCE = NOW - timedelta(hours=24)


def fixture_articles() -> list[dict]:
    """The story fixtures: several events told by several outlets, and unrelated articles."""
    return [
        a for name in ("events_1.json", "unrelated.json") for a in json.loads((STORIES / name).read_text())
    ]


def titles(items: list) -> list[str]:
    return [item.lead.title for item in items]


async def test_candidates_are_topic_matches_from_reachable_feeds_and_all_of_subscribed_ones(
    db: Database,
) -> None:
    catalog = await add_source(db, "wire", catalog=True)
    subscribed = await add_source(db, "ledger")
    other = await add_source(db, "elsewhere")
    fresh = NOW - timedelta(hours=2)
    await add_article(db, catalog, title="Harbour cranes stop in strike", outlet="Wire", fetched_at=fresh)
    await add_article(db, catalog, title="Orchestra tours Japan", outlet="Wire", fetched_at=fresh)
    await add_article(db, subscribed, title="Council budget passes", outlet="Ledger", fetched_at=fresh)
    await add_article(db, other, title="Harbour dredging plan", outlet="Elsewhere", fetched_at=fresh)
    await add_article(db, None, title="Harbour tour someone shared", outlet="Blog", fetched_at=fresh)
    await add_article(
        db, catalog, title="Harbour tolls rise", outlet="Wire", fetched_at=NOW - timedelta(hours=30)
    )
    user = await add_user(db, 5, follows=("harbour",), now=NOW)
    await sources.subscribe(db, user, subscribed)
    index = await build_index(db, NOW - timedelta(days=2))
    profile = await load_profile(db, user)
    items = index.select(profile, SINCE, NOW)
    assert sorted(titles(items)) == ["Council budget passes", "Harbour cranes stop in strike"]
    reasons = {item.lead.title: item.reasons for item in items}
    assert reasons["Harbour cranes stop in strike"] == ("harbour",)
    assert reasons["Council budget passes"] == ("from ledger",)
    no_catalog = Profile(topics=profile.topics, subscriptions=profile.subscriptions, use_catalog=False)
    assert titles(index.select(no_catalog, SINCE, NOW)) == ["Council budget passes"]


async def test_languages_filter_known_languages_only(db: Database) -> None:
    feed = await add_source(db, "wire", catalog=True)
    fresh = NOW - timedelta(hours=1)
    await add_article(db, feed, title="Harbour strike ends", language="en", fetched_at=fresh)
    await add_article(
        db, feed, title="Harbour Streik endet", language="de-AT", fetched_at=fresh, outlet="Zeit"
    )
    await add_article(db, feed, title="Harbour mystery", language=None, fetched_at=fresh, outlet="Anon")
    index = await build_index(db, SINCE)
    profile = Profile(topics=("harbour",), languages=("de",))
    assert sorted(titles(index.select(profile, SINCE, NOW))) == ["Harbour Streik endet", "Harbour mystery"]


async def test_same_event_from_several_outlets_is_one_item_with_also_in(db: Database) -> None:
    raws = fixture_articles()
    quake = {a["outlet"] for a in raws if a.get("event") == "peru-quake"}
    assert len(quake) >= 3
    for number, raw in enumerate(raws):
        feed = await add_source(db, f"feed{number}", catalog=True)
        await add_article(
            db,
            feed,
            title=raw["title"],
            text=raw["text"],
            description=raw["description"],
            outlet=raw["outlet"],
            url=raw["url"],
            fetched_at=NOW - timedelta(hours=1),
        )
    index = await build_index(db, SINCE)
    items = index.select(Profile(topics=("Arequipa",)), SINCE, NOW)
    assert len(items) == 1
    item = items[0]
    assert {item.lead.outlet, *(a.outlet for a in item.also)} == quake
    text = "\n".join(render_daily(items, day=NOW.date(), topics=("Arequipa",)))
    assert "Also in: " in text
    for other in item.also:
        assert f'href="{other.canonical_url}"' in text


async def test_no_more_than_two_items_from_one_outlet(db: Database) -> None:
    feed = await add_source(db, "wire", catalog=True)
    subjects = ["cranes", "tolls", "dredging", "ferries", "lighthouse", "pilots"]
    for subject in subjects:
        await add_article(
            db, feed, title=f"Harbour {subject} news", outlet="Wire", fetched_at=NOW - timedelta(hours=1)
        )
    await add_article(db, feed, title="Harbour museum opens", outlet="Ledger", fetched_at=NOW)
    index = await build_index(db, SINCE)
    items = index.select(Profile(topics=("harbour",), items=7), SINCE, NOW)
    by_outlet = [item.lead.outlet for item in items]
    assert by_outlet.count("Wire") == 2
    assert by_outlet.count("Ledger") == 1


def _stored(raw: dict, number: int) -> StoredArticle:
    article = Article(
        url=raw["url"],
        title=raw["title"],
        outlet=raw["outlet"],
        published=raw["published"],
        description=raw["description"],
        text=raw["text"],
        canonical_url=raw["url"],
    )
    return StoredArticle(
        number, raw["url"], raw["title"], raw["outlet"], "en", raw["published"], NOW, 1, Digest(article)
    )


@pytest.mark.parametrize(
    "query",
    [
        "earthquake",
        "earthquakes",
        "quake OR strike",
        '"central bank"',
        "bank -peru",
        "interest rates",
        "Arequipa",
        "tsunami warning",
        "zzzz-not-there",
        '"tsunami warning" OR election',
    ],
)
def test_word_index_finds_exactly_what_matching_every_article_finds(query: str) -> None:
    raws = fixture_articles()
    stored = [_stored(raw, n) for n, raw in enumerate(raws)]
    index = RoundIndex(stored, {1: SourceInfo("feed", True)})
    brute = {}
    for pos, article in enumerate(stored):
        match = match_topic(query, article.digest.article, meaning=True)
        if match is not None:
            brute[pos] = match
    assert index.topic_matches(query) == brute
    assert index.topic_matches(query) is index.topic_matches(query)  # once per round, then shared


async def test_articles_from_the_store_keep_their_digest(db: Database) -> None:
    feed = await add_source(db, "wire", catalog=True)
    article_id = await add_article(
        db, feed, title="Harbour opens", sentences=("First.", "Second."), fetched_at=NOW
    )
    stored = await articles.get_article(db, article_id)
    assert stored is not None and stored.digest.sentences == ["First.", "Second."]


async def carried_by(db: Database, article_id: int, source_id: int, guid: str) -> None:
    """A feed's entry points to a stored article: what the poller does when a second feed carries it
    (the article is then credited to that newest feed)."""
    stored = await articles.get_article(db, article_id)
    assert stored is not None
    await articles.store_article(
        db, stored.digest, fetched_at=stored.fetched_at, source_id=source_id, entry_guid=guid
    )


async def test_an_article_in_two_feeds_reaches_subscribers_of_either_once(
    db: Database, telegram: FakeTelegram
) -> None:
    wire = await add_source(db, "wire", catalog=True)
    ledger = await add_source(db, "ledger")
    courier = await add_source(db, "courier")
    unrelated = await add_source(db, "gazette")
    title = "Harbour cranes restart after the strike"
    lead = ("Cranes moved again on Monday.",)
    story = await add_article(db, wire, title=title, sentences=lead, fetched_at=NOW - timedelta(hours=2))
    for source_id, guid in ((wire, "w-1"), (ledger, "l-1"), (courier, "c-1")):
        await carried_by(db, story, source_id, guid)
    assert (await articles.get_article(db, story)).source_id == courier, "credited to the newest feed"
    joined = NOW - timedelta(hours=3)
    readers = {
        701: {ledger},
        702: {courier},
        703: {ledger, courier},
        705: {unrelated},
    }
    for chat, subscribed in readers.items():
        user = await add_user(db, chat, now=joined)
        for source_id in subscribed:
            await sources.subscribe(db, user, source_id)
    await add_user(db, 704, follows=("harbour",), now=joined)  # reaches it through the catalog feed
    for chat in (701, 702, 703, 704, 705):
        telegram.open_chat(chat)
    async with telegram.make_bot() as bot:
        stats = await runner(db, bot, Clock(NOW)).run_round()
    assert stats is not None and stats.sent == 5
    texts = {chat: [m.text for m in telegram.sent(chat)] for chat in (701, 702, 703, 704, 705)}
    for chat in (701, 702, 703, 704):
        [digest] = texts[chat]
        assert digest.count(title) == 1 and "\n2. " not in digest, (chat, digest)
    assert "Why: from ledger\n" in texts[701][0] + "\n" and "Why: from courier" in texts[702][0]
    assert "Why: from ledger, from courier" in texts[703][0]
    assert "Why: harbour" in texts[704][0]
    [nothing] = texts[705]
    assert title not in nothing and "Nothing new" in nothing


def test_a_topic_matched_by_meaning_says_which_words_stood_in() -> None:
    raw = {
        "url": "https://rail.example/derail", "title": "Train derails in Bavaria, injuring dozens",
        "outlet": "Rail News", "published": "2025-06-10T06:00:00+00:00",
        "description": "A regional train came off the tracks near Garmisch, injuring 40 passengers.",
        "text": "A regional train came off the tracks near Garmisch, injuring 40 passengers.",
    }
    index = RoundIndex([_stored(raw, 1)], {1: SourceInfo("feed", True)})
    (item,) = index.select(Profile(topics=("train derailment",)), SINCE, NOW)
    assert item.reasons == ("train derailment (came off the tracks ≈ derailment)",)
