"""RELIABILITY.md link cases the older bot tests left open or only half covered, end to end.

Case → test:
- 13 (empty page: "couldn't find an article", nothing cached)
  → test_an_empty_page_finds_no_article_and_caches_nothing
- 14 (paywall teaser: digest of what is there, marked as a preview)
  → test_a_paywall_teaser_is_digested_from_what_is_there_and_marked
- 15 (100,000 nested divs: extraction times out in its worker, the bot stays responsive)
  → test_nested_divs_time_out_in_the_worker_while_the_bot_answers
- 17 (the same link twice at once: one fetch, two replies; again later: from the cache)
  → test_the_same_link_twice_at_once_is_fetched_once_then_served_from_the_cache
- 28 ("can't parse entities": exactly one plain-text fallback)
  → test_a_parse_error_gets_exactly_one_plain_fallback
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from aiohttp import web

from digest.pipeline import digest_html
from handlers.reading.pool import TOO_SLOW, WorkFailed
from tests.bot_plugin import BotRig, start_bot
from tests.fake_telegram.server import FakeTelegram
from tests.webserver import SITE_DIR, WebSite

ARTICLE = "/news/2025/03/harbour-bridge-reopens.html"
NO_ARTICLE = "couldn't find an article"


def stored_articles(bot: BotRig) -> int:
    conn = sqlite3.connect(bot.settings.database_path)
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def typing_actions(telegram: FakeTelegram, chat_id: int) -> int:
    return sum(1 for chat, action, _ in telegram.chat_actions if chat == chat_id and action == "typing")


async def test_an_empty_page_finds_no_article_and_caches_nothing(bot: BotRig) -> None:
    bot.site.serve("/empty.html", b"")
    bot.site.serve("/blank.html", "<!DOCTYPE html><html><head><title></title></head><body></body></html>")
    for path in ("/empty.html", "/blank.html"):
        first = await bot.say(81, bot.site.url(path), contains=NO_ARTICLE)
        assert first.text == "I couldn't find an article on that page." and not first.buttons
        await bot.say(81, bot.site.url(path), contains=NO_ARTICLE)
        assert bot.fetches(path) == 2, "the failure was cached"
    assert stored_articles(bot) == 0


async def test_a_paywall_teaser_is_digested_from_what_is_there_and_marked(bot: BotRig) -> None:
    reply = await bot.say(82, bot.site.url("/pages/paywall_teaser.html"), contains="preview")
    assert reply.text.startswith("Inside the race to build the first tidal power station")
    assert "Only a preview" in reply.text
    assert "Severn Narrows" in reply.text, "the digest shows what the page does give"
    assert "Sign up to read" not in reply.text and "£1 a week" not in reply.text
    assert reply.buttons


def nested_divs(depth: int = 100_000) -> str:
    words = "The harbour bridge reopened on Saturday after two years of repairs. " * 40
    body = "<div>" * depth + words + "</div>" * depth
    return f"<html><head><title>Deep</title></head><body>{body}</body></html>"


async def test_nested_divs_time_out_in_the_worker_while_the_bot_answers(
    telegram: FakeTelegram, web_site: WebSite, tmp_path: Path
) -> None:
    web_site.serve("/deep.html", nested_divs())
    # A budget far below what parsing 100,000 levels costs, so the worker is always the one stopped.
    async with start_bot(telegram, web_site, tmp_path / "deep.sqlite3", extract_timeout=0.02) as bot:
        telegram.send_text(83, web_site.url("/deep.html"))
        start = await bot.command(84, "/start", contains="Send me a link")
        assert start.text
        reply = await telegram.wait_for_message(83, "")
        assert reply.text == TOO_SLOW
        pool = bot.res.pool
        page = (SITE_DIR / ARTICLE.lstrip("/")).read_text(encoding="utf-8")
        digest = await pool.run(digest_html, page, web_site.url(ARTICLE), None, timeout=10)
        assert digest.article.title.startswith("Harbour bridge"), "the pool replaced the stopped worker"
        try:
            await pool.run(digest_html, nested_divs(), web_site.url("/deep.html"), None, timeout=0.02)
        except WorkFailed as err:
            assert str(err) == TOO_SLOW
        else:
            raise AssertionError("the deep page finished inside 20 ms")
    assert stored_articles(bot) == 0


async def test_the_same_link_twice_at_once_is_fetched_once_then_served_from_the_cache(bot: BotRig) -> None:
    page = (SITE_DIR / ARTICLE.lstrip("/")).read_bytes()
    chat = 85

    async def gated(request: web.Request) -> web.Response:
        # Hold the page until both messages are being worked on (each shows "typing").
        await bot.telegram.wait_for(lambda: typing_actions(bot.telegram, chat) >= 2)
        return web.Response(body=page, content_type="text/html", charset="utf-8")

    bot.site.route("/gated.html", gated)
    url = bot.site.url("/gated.html")
    first_id = bot.telegram.send_text(chat, url)
    second_id = bot.telegram.send_text(chat, url)
    await bot.telegram.wait_for(lambda: len(bot.telegram.bot_messages(chat)) >= 2)
    replies = bot.telegram.bot_messages(chat)
    assert bot.fetches("/gated.html") == 1
    assert sorted(m.reply_to for m in replies) == sorted([first_id, second_id])
    assert all(m.text.startswith("Harbour bridge") and m.buttons for m in replies)
    assert replies[0].text == replies[1].text

    later = await bot.say(86, url, contains="Harbour bridge")
    assert later.text == replies[0].text
    assert bot.fetches("/gated.html") == 1, "the later request was fetched again, not read from the cache"
    assert stored_articles(bot) == 1


async def test_a_parse_error_gets_exactly_one_plain_fallback(bot: BotRig) -> None:
    chat = 87
    bot.telegram.fail_next("sendMessage", 400, "Bad Request: can't parse entities: Unsupported start tag")
    reply = await bot.say(chat, bot.site.url(ARTICLE), contains="Harbour")
    assert reply.html is None and reply.buttons
    await bot.command(chat, "/help", contains="/start")  # anything queued after the reply is out now
    tries = [
        r
        for r in bot.telegram.requests
        if r.method.lower() == "sendmessage"
        and r.params.get("chat_id") == chat
        and "Harbour" in str(r.params.get("text"))
    ]
    assert [(r.status, r.params.get("parse_mode")) for r in tries] == [(400, "HTML"), (200, None)]
    assert len([m for m in bot.telegram.sent(chat) if "Harbour" in m.text]) == 1

