"""RELIABILITY.md cases on the Telegram side, end to end: cache, single flight, limits, Telegram faults."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable

from storage import users
from tests.bot_plugin import BotRig, start_bot
from tests.fake_telegram.html_check import parse_html
from tests.fake_telegram.state import WAIT_SECONDS

ARTICLE = "/news/2025/03/harbour-bridge-reopens.html"
OTHER = "/news/2025/03/council-approves-cycle-lanes.html"


def sends(bot: BotRig, chat_id: int, status: int | None = None) -> list:
    return [
        r
        for r in bot.telegram.requests
        if r.method.lower() == "sendmessage"
        and r.params.get("chat_id") == chat_id
        and (status is None or r.status == status)
    ]


async def status_of(bot: BotRig, chat_id: int) -> str | None:
    user = await users.get_user_by_chat(bot.res.db, chat_id)
    return user.status if user else None


async def eventually(
    probe: Callable[[], Awaitable[object]], expected: object, timeout: float = WAIT_SECONDS
) -> bool:
    """Poll an async probe (every 20 ms, up to `timeout` s) until it returns `expected`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while await probe() != expected:
        if loop.time() > deadline:
            return False
        await asyncio.sleep(0.02)
    return True


async def test_the_same_link_again_comes_from_the_cache(bot: BotRig) -> None:
    url = bot.site.url(ARTICLE)
    first = await bot.say(31, url, contains="Harbour")
    again = await bot.say(32, url, contains="Harbour")
    assert bot.fetches(ARTICLE) == 1
    assert again.text == first.text


async def test_two_users_same_link_at_once_make_one_fetch(bot: BotRig) -> None:
    url = bot.site.url(OTHER)
    for user in (33, 34, 35):
        bot.telegram.send_text(user, url)
    for user in (33, 34, 35):
        await bot.telegram.wait_for_message(user, "Council")
    assert bot.fetches(OTHER) == 1


async def test_thirty_links_in_one_message_read_the_first_five(bot: BotRig) -> None:
    links = [bot.site.url(f"{ARTICLE}?n={i}") for i in range(30)]
    bot.telegram.send_text(36, " ".join(links))
    note = await bot.telegram.wait_for_message(36, "the other 25")
    assert "first 5 links" in note.text
    assert bot.fetches(ARTICLE) == 5
    assert len([m for m in bot.telegram.bot_messages(36) if m.buttons]) == 5


async def test_per_user_limit_is_polite(telegram, web_site, tmp_path) -> None:
    async with start_bot(telegram, web_site, tmp_path / "limit.sqlite3", links_per_minute=2) as bot:
        await bot.say(37, f"{bot.site.url(ARTICLE)} {bot.site.url(OTHER)}", contains="Council")
        note = await bot.say(37, bot.site.url("/pages/german.html"), contains="last minute")
        assert "one link" in note.text and "again in a minute" in note.text
        assert bot.fetches("/pages/german.html") == 0
        other = await bot.say(38, bot.site.url("/pages/german.html"), contains="Freiburg")
        assert other.buttons


async def test_429_in_the_middle_waits_and_resends_once(bot: BotRig) -> None:
    bot.telegram.fail_next("sendMessage", retry_after=1)
    reply = await bot.say(39, bot.site.url(ARTICLE), contains="Harbour")
    assert reply.buttons
    assert len(sends(bot, 39, 429)) == 1
    assert len([m for m in bot.telegram.sent(39) if "Harbour" in m.text]) == 1


async def test_403_marks_the_user_blocked_others_still_served_and_start_reactivates(bot: BotRig) -> None:
    bot.telegram.send_text(40, bot.site.url(ARTICLE))
    bot.telegram.block(40)
    other = await bot.say(41, bot.site.url(ARTICLE), contains="Harbour")
    assert other.buttons
    await bot.telegram.wait_for(lambda: any(r.status == 403 for r in sends(bot, 40)))
    assert await eventually(lambda: status_of(bot, 40), "blocked")
    bot.telegram.unblock(40)
    await bot.command(40, "/start", contains="Send me a link")
    assert await status_of(bot, 40) == "active"


async def test_a_group_migrated_mid_reply_gets_the_message_once_at_its_new_id(bot: BotRig) -> None:
    old, new = -5001, -1005001
    bot.telegram.send_text(42, f"@digest_test_bot {bot.site.url(ARTICLE)}", chat_id=old)
    bot.telegram.migrate(old, new)
    reply = await bot.telegram.wait_for_message(new, "Harbour")
    assert reply.buttons
    assert len([m for m in bot.telegram.sent(new) if "Harbour" in m.text]) == 1
    assert await eventually(lambda: status_of(bot, new), "active")
    assert await users.get_user_by_chat(bot.res.db, old) is None


async def test_a_timed_out_send_is_uncertain_and_not_resent(bot: BotRig) -> None:
    bot.telegram.timeout_next("sendMessage", deliver=True)
    bot.telegram.send_text(43, bot.site.url(ARTICLE))
    await bot.telegram.wait_for(lambda: bot.res.sender.events.uncertain_sends == 1)
    assert len([m for m in bot.telegram.sent(43) if "Harbour" in m.text]) == 1


async def test_a_parse_error_falls_back_to_plain_text_once(bot: BotRig) -> None:
    bot.telegram.fail_next("sendMessage", 400, "Bad Request: can't parse entities: Unsupported start tag")
    reply = await bot.say(44, bot.site.url(ARTICLE), contains="Harbour")
    assert reply.html is None and not reply.entities
    assert reply.text.startswith("Harbour bridge") and reply.buttons


def long_page() -> str:
    chance = random.Random(7)

    def word() -> str:
        return "".join(chance.choice("abcdefghijklmnopqrstuvwxyzé") for _ in range(chance.randint(24, 34)))

    paragraphs = "".join(
        f"<p>The council spokesperson {' '.join(word() for _ in range(45))} said on Tuesday. "
        f'"{" ".join(word() for _ in range(40))} indeed," said Mayor Ann Lee.</p>'
        for _ in range(12)
    )
    return (
        "<html><head><title>Very long words</title></head><body><article><h1>Very long words</h1>"
        f"{paragraphs}</article></body></html>"
    )


async def test_a_digest_over_4096_units_is_split_into_valid_messages(bot: BotRig) -> None:
    bot.site.serve("/long.html", long_page())
    bot.telegram.send_text(45, bot.site.url("/long.html"))
    await bot.telegram.wait_for(lambda: any(m.buttons for m in bot.telegram.bot_messages(45)))
    parts = bot.telegram.bot_messages(45)
    assert len(parts) >= 2
    assert parts[0].text.startswith("Very long words") and parts[-1].buttons and not parts[0].buttons
    for part in parts:
        parse_html(part.html)
    assert not bot.telegram.errors()


async def test_markup_emoji_and_rtl_in_titles_and_quotes_are_escaped(bot: BotRig) -> None:
    title = "<script>alert('x')</script> Café & “bar” 🚀 \u200fשלום"
    body = "".join(
        f"<p>The mayor said on Monday that the bar &amp; café scheme number {i} would go ahead &lt;soon&gt;. "
        f'"We are proud of this <b>plan</b> &amp; its 🚀 start," said Mayor Ann Lee.</p>'
        for i in range(6)
    )
    shown = title.replace("<", "&lt;")
    page = f"<html><head><title>{shown}</title></head><body><article><h1>{shown}</h1>{body}</article>"
    bot.site.serve("/weird.html", page)
    reply = await bot.say(46, bot.site.url("/weird.html") + "?a=1&b=2", contains="script")
    assert "<script>alert('x')</script>" in reply.text and "🚀" in reply.text and "\u200f" in reply.text
    assert not bot.telegram.errors()
