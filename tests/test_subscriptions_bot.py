"""Topics, sources and OPML through the fake Bot API, with feeds served by the loopback site.

The catalog points at a loopback file so nothing reaches the internet; the bot runs without its poll
job, so each test drives rounds itself (with a clock moved forward when it must).
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from digest.feeds.opml import OpmlFeed, build_opml, parse_opml
from handlers.subscriptions.poller import KEY as POLLER
from handlers.subscriptions.poller import poller_of
from handlers.telegram.callbacks import EXPIRED
from storage import sources, topics, users
from storage.db import utcnow
from tests.bot_plugin import BotRig
from tests.feed_support import catalog_file, full_text, rss
from tests.webserver import WebSite

RSS_PATH = "/feeds/news.rss"


@pytest.fixture
def bot_changes(web_site: WebSite, tmp_path: Path) -> dict[str, Any]:
    catalog = catalog_file(tmp_path, web_site.url("/catalog/wire.rss"))
    return {"feed_catalog_path": str(catalog), "unscheduled": (POLLER,)}


async def stored_count(bot: BotRig, source_url: str) -> int:
    source = await sources.get_source_by_url(bot.res.db, source_url)
    if source is None:
        return 0
    row = await bot.res.db.fetchone("SELECT COUNT(*) AS n FROM articles WHERE source_id = ?", (source.id,))
    return row["n"]


async def wait_stored(bot: BotRig, source_url: str, count: int, timeout: float = 15.0) -> None:
    async with asyncio.timeout(timeout):
        while await stored_count(bot, source_url) < count:
            await asyncio.sleep(0.05)


async def test_follow_list_switch_to_instant_receive_alert_then_remove(bot: BotRig) -> None:
    user = 11
    reply = await bot.command(user, "/follow harbour bridge", contains="Following")
    assert "“harbour bridge”" in reply.text
    again = await bot.command(user, "/subscribe harbour bridge", contains="already follow")
    assert "daily digest" in again.text

    listing = await bot.command(user, "/topics", contains="Your topics")
    assert "1. harbour bridge · daily" in listing.text
    bot.telegram.press_button(user, listing.message_id, listing.button("→ instant").callback_data)
    await bot.telegram.wait_for(lambda: "instant" in listing.text)
    assert listing.button("→ daily")

    feed_url = bot.site.url(RSS_PATH)
    added = await bot.command(user, f"/add {feed_url}", contains="Added")
    assert "The Harbour Courier – latest" in added.text
    assert "Council approves protected cycle lanes" in added.text and "Harbour bridge reopens" in added.text
    await wait_stored(bot, feed_url, 2)  # read at once, through the engine (no full text in this feed)
    assert bot.fetches("/news/2025/03/harbour-bridge-reopens.html") == 1

    new_item = {
        "guid": "courier-2025-03-09-inspection",
        "link": bot.site.url("/news/2025/03/bridge-inspection.html"),
        "title": "Harbour bridge passes its first inspection",
        "content": full_text("harbour bridge"),
    }
    updated = rss("The Harbour Courier – latest", [new_item])
    bot.site.serve(RSS_PATH, updated, content_type="application/rss+xml")
    poller = poller_of(bot.app)
    poller.clock = lambda: utcnow() + timedelta(hours=7)
    stats = await poller.poll_round()
    assert stats.digested == 1 and stats.alerts == 1, stats
    alert = await bot.telegram.wait_for_message(user, "New on your topic")
    assert "Harbour bridge passes its first inspection" in alert.text
    assert "Matched: harbour, bridge" in alert.text
    assert alert.button("Open the original").url == new_item["link"]
    assert bot.fetches("/news/2025/03/bridge-inspection.html") == 0  # full text: no page fetch

    second = await poller.poll_round()  # same feed again: 304, nothing new, no second alert
    assert second.requests == 0 or second.not_modified == second.requests
    assert len([m for m in bot.telegram.bot_messages(user) if "New on your topic" in m.text]) == 1

    listing = await bot.command(user, "/topics", contains="Your topics")
    bot.telegram.press_button(user, listing.message_id, listing.button("✕ harbour bridge").callback_data)
    await bot.telegram.wait_for(lambda: "don't follow any topics" in listing.text)
    assert not bot.telegram.errors()


async def test_add_by_site_url_offers_each_feed_then_pause_and_remove(bot: BotRig) -> None:
    user = 12
    question = await bot.command(user, f"/add {bot.site.url('/')}", contains="several feeds")
    labels = [b.text for b in question.flat_buttons]
    assert len(labels) == 2 and all(label.startswith("The Harbour Courier") for label in labels)
    bot.telegram.press_button(user, question.message_id, question.flat_buttons[0].callback_data)
    await bot.telegram.wait_for(lambda: question.text.startswith("Added"))
    assert "Harbour bridge reopens" in question.text

    listing = await bot.command(user, "/sources", contains="Your sources")
    assert "1. The Harbour Courier" in listing.text
    bot.telegram.press_button(user, listing.message_id, listing.button("pause").callback_data)
    await bot.telegram.wait_for(lambda: "paused" in listing.text)
    bot.telegram.press_button(user, listing.message_id, listing.button("resume").callback_data)
    await bot.telegram.wait_for(lambda: "paused" not in listing.text)
    old_remove = listing.button("✕").callback_data
    bot.telegram.press_button(user, listing.message_id, old_remove)
    await bot.telegram.wait_for(lambda: "don't follow any sources" in listing.text)
    assert not question.buttons  # the choice is made: its buttons are gone


async def test_add_answers_clearly_when_there_is_no_feed(bot: BotRig) -> None:
    bot.site.serve("/plain.html", "<html><body><p>No feeds here.</p></body></html>")
    reply = await bot.command(13, f"/add {bot.site.url('/plain.html')}", contains="feed")
    assert reply.text.startswith("I couldn't find a feed")
    usage = await bot.command(13, "/add", contains="/add")
    assert "for example" in usage.text
    refused = await bot.command(13, "/add http://10.0.0.5/feed", contains="not")
    assert "public" in refused.text
    assert await sources.get_source_by_url(bot.res.db, bot.site.url("/plain.html")) is None


async def test_opml_import_summary_and_export_round_trip(bot: BotRig) -> None:
    user = 14
    bot.site.serve("/feeds/second.rss", rss("Second Wire", []), content_type="application/rss+xml")
    document = build_opml(
        [
            OpmlFeed(bot.site.url(RSS_PATH), "Courier"),
            OpmlFeed(bot.site.url("/feeds/second.rss"), "Second Wire", bot.site.url("/")),
            OpmlFeed("http://10.1.2.3/rss", "Private"),
        ]
    ).replace(b"</body>", b'<outline text="x" xmlUrl="ftp://example.com/feed"/></body>')
    bot.telegram.send_document(user, "reader.opml", document)
    summary = await bot.telegram.wait_for_message(user, "Imported")
    assert "2 added, 0 already there, 2 failed" in summary.text
    assert "10.1.2.3" in summary.text and "ftp://example.com/feed" in summary.text

    bot.telegram.send_document(user, "again.opml", document)
    await bot.telegram.wait_for_message(user, "0 added, 2 already there")

    await bot.command(user, "/opml", contains="")
    sent = await bot.telegram.wait_for(
        lambda: next((m for m in bot.telegram.bot_messages(user) if m.document), None)
    )
    assert sent.document.filename == "digestbot-sources.opml"
    exported = parse_opml(sent.document.data)
    assert [f.url for f in exported.feeds] == [bot.site.url(RSS_PATH), bot.site.url("/feeds/second.rss")]

    other = 15
    bot.telegram.send_document(other, "digestbot-sources.opml", sent.document.data)
    await bot.telegram.wait_for_message(other, "2 added")
    record = await users.get_user_by_chat(bot.res.db, other)
    assert len(await sources.list_subscriptions(bot.res.db, record.id)) == 2


async def test_broken_opml_and_empty_export_get_one_sentence(bot: BotRig) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b'<opml><body><outline xmlUrl="&b;"/></body></opml>'
    )
    bot.telegram.send_document(16, "evil.opml", bomb)
    reply = await bot.telegram.wait_for_message(16, "OPML")
    assert reply.text == "That file is not an OPML subscription list I can read."
    empty = await bot.command(16, "/opml", contains="nothing to export")
    assert empty.document is None


@pytest.mark.parametrize(
    "query",
    [
        "",
        "x" * 10_000,
        "'; DROP TABLE topics; --",
        "Robert'); DELETE FROM users WHERE 1=1",
        '"supply chain ports',
        "-crypto -bitcoin",
    ],
    ids=["empty", "10k", "sql-drop", "sql-delete", "open-quote", "only-excluded"],
)
async def test_bad_topics_get_examples_and_nothing_is_stored(bot: BotRig, query: str) -> None:
    user = 17
    text = f"/follow {query}" if query else "/follow"
    reply = await bot.command(user, text[:4096], contains="")
    assert "/follow climate" in reply.text, reply.text
    record = await users.get_user_by_chat(bot.res.db, user)
    assert record is None or await topics.list_topics(bot.res.db, record.id) == []
    tables = await bot.res.db.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")
    assert {"topics", "users"} <= {row["name"] for row in tables}


async def test_long_multibyte_topic_fits_its_buttons_and_old_buttons_expire(bot: BotRig) -> None:
    user = 18
    query = " ".join(["Україна", "東京都知事選挙", "🇺🇦", "Zürich"] * 8)[:199]
    await bot.command(user, f"/follow {query}", contains="Following")
    listing = await bot.command(user, "/topics", contains="Your topics")
    for button in listing.flat_buttons:
        assert len(button.callback_data.encode("utf-8")) <= 64
        assert len(button.text) <= 30
    remove = listing.flat_buttons[0].callback_data
    bot.telegram.press_button(user, listing.message_id, remove)
    await bot.telegram.wait_for(lambda: "don't follow any topics" in listing.text)

    earlier = await bot.command(user, "/follow tariffs", contains="Following")
    assert earlier
    stale = await bot.command(user, "/topics", contains="Your topics")
    button = stale.flat_buttons[0].callback_data
    record = await users.get_user_by_chat(bot.res.db, user)
    for topic in await topics.list_topics(bot.res.db, record.id):
        await topics.remove_topic(bot.res.db, record.id, topic.id)
    bot.telegram.press_button(user, stale.message_id, button)
    await bot.telegram.wait_for(lambda: any(a.get("text") == EXPIRED for a in bot.telegram.callback_answers))
    assert not bot.telegram.errors()
