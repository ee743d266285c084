"""End to end through the fake Bot API and the fixture site: greeting, links, pastes, buttons, lists."""

from __future__ import annotations

import json
from pathlib import Path

from storage import users
from tests.bot_plugin import BotRig

ARTICLE = "/news/2025/03/harbour-bridge-reopens.html"
OTHER = "/news/2025/03/council-approves-cycle-lanes.html"


async def test_start_greets_with_buttons_and_publishes_commands(bot: BotRig) -> None:
    reply = await bot.command(1, "/start")
    assert "Send me a link" in reply.text
    assert [b.text for b in reply.flat_buttons] == ["How it works", "My saved articles"]
    published = {c["command"] for c in next(iter(bot.telegram.commands.values()))}
    assert {"start", "help", "digest", "saved", "export", "forget"} <= published


async def test_help_lists_every_command(bot: BotRig) -> None:
    reply = await bot.command(1, "/help")
    for name in ("start", "help", "digest", "saved", "export", "forget"):
        assert f"/{name}" in reply.text


async def test_one_link_gets_a_digest_with_buttons(bot: BotRig) -> None:
    url = bot.site.url(ARTICLE)
    reply = await bot.say(7, f"look at this {url}", contains="Harbour bridge")
    assert reply.html.startswith('<b><a href="')
    assert "•" in reply.text and "min read" in reply.text
    labels = [b.text for b in reply.flat_buttons]
    assert labels == ["Open the original", "More", "Less", "Save"] or set(labels) == {
        "Open the original",
        "Less",
        "More",
        "Save",
    }
    assert reply.button("Open the original").url
    assert any(action == "typing" for _, action, _ in bot.telegram.chat_actions)
    assert not bot.telegram.errors()


async def test_three_links_one_status_message_counted_off_then_removed(bot: BotRig) -> None:
    urls = [bot.site.url(ARTICLE), bot.site.url(OTHER), bot.site.url("/pages/german.html")]
    bot.telegram.send_text(3, "\n".join(urls))
    await bot.telegram.wait_for(lambda: len([m for m in bot.telegram.bot_messages(3) if m.buttons]) == 3)
    await bot.telegram.wait_for(lambda: all(m.deleted for m in bot.telegram.sent(3) if "Reading" in m.text))
    sent = bot.telegram.sent(3)
    status = [m for m in sent if m.text.startswith("Reading 3 articles")]
    assert len(status) == 1 and status[0].deleted
    assert all("Reading 3 articles… " in old for old in status[0].history)
    digests = [m.text for m in bot.telegram.bot_messages(3)]
    assert digests[0].startswith("Harbour bridge") and digests[1].startswith("Council approves")
    assert digests[2].startswith("Freiburg")


async def test_forwarded_post_with_text_links_and_a_caption(bot: BotRig) -> None:
    url = bot.site.url(ARTICLE)
    text = "Morning briefing: the bridge is open again"
    entity = {"type": "text_link", "offset": 18, "length": 6, "url": url}
    reply = await bot.say(
        4, text, entities=[entity], forward_from_chat="City News", contains="Harbour bridge"
    )
    assert reply.buttons
    caption = await bot.say(4, f"photo of the day {bot.site.url(OTHER)}", caption=True, contains="Council")
    assert caption.buttons


async def test_digest_command_and_its_usage(bot: BotRig) -> None:
    usage = await bot.command(5, "/digest", contains="/digest")
    assert "followed by a link" in usage.text
    reply = await bot.command(5, f"/digest {bot.site.url(ARTICLE)}", contains="Harbour bridge")
    assert reply.buttons


def article_text(paragraphs: int) -> str:
    """A made-up local news story, long enough to be split by a Telegram client."""
    lines = ["Riverside library reopens after flood repairs", "By Sam Ortiz, local affairs reporter"]
    for i in range(paragraphs):
        lines.append(
            f"The library's east wing number {i + 1} was repaired over {i + 3} weeks by a team of "
            f"{i + 4} builders, the city council said on Monday. Volunteers moved {100 + i} boxes of "
            f'books to a school gym while the floors dried. "We kept lending the whole time," said '
            f"the head librarian, Maria Chen. Repairs cost {i + 2} million dollars in total."
        )
    return "\n".join(lines)


async def test_pasted_article_gets_a_digest_and_chatter_a_hint(bot: BotRig) -> None:
    reply = await bot.say(6, article_text(4), contains="•")
    assert "Riverside library" in reply.text
    assert [b.text for b in reply.flat_buttons] == ["Less", "More"]
    hint = await bot.say(6, "hello there, how are you?", contains="link")
    assert hint.text.startswith("Send me a link")


async def test_a_paste_split_into_two_messages_is_joined(bot: BotRig) -> None:
    text = article_text(20)
    cut = text.rfind(" ", 0, 4000)
    bot.telegram.send_text(8, text[:cut])
    bot.telegram.send_text(8, text[cut + 1 :])
    await bot.telegram.wait_for(lambda: any("•" in m.text for m in bot.telegram.bot_messages(8)))
    replies = bot.telegram.bot_messages(8)
    assert len(replies) == 1, [m.text for m in replies]


async def test_more_less_save_then_saved_list_and_remove(bot: BotRig) -> None:
    reply = await bot.say(9, bot.site.url(ARTICLE), contains="Harbour")
    before = reply.text.count("•")
    bot.telegram.press_button(9, reply.message_id, reply.button("More").callback_data)
    await bot.telegram.wait_for(lambda: reply.text.count("•") > before)
    bot.telegram.press_button(9, reply.message_id, reply.button("Less").callback_data)
    await bot.telegram.wait_for(lambda: reply.text.count("•") == before)
    bot.telegram.press_button(9, reply.message_id, reply.button("Save").callback_data)
    await bot.telegram.wait_for(
        lambda: any("Saved" in (a.get("text") or "") for a in bot.telegram.callback_answers)
    )
    listing = await bot.command(9, "/saved", contains="Saved for later")
    assert "Harbour bridge" in listing.text
    bot.telegram.press_button(9, listing.message_id, listing.button("Remove 1").callback_data)
    await bot.telegram.wait_for(lambda: "empty" in listing.text)
    assert not bot.telegram.errors()


async def test_an_old_button_has_expired(bot: BotRig) -> None:
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup

    await bot.command(10, "/start")
    old = InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data="0m:a1:2")]])
    sent = await bot.app.bot.send_message(10, "an old digest", reply_markup=old)
    bot.telegram.press_button(10, sent.message_id, "0m:a1:2")
    answer = await bot.telegram.wait_for(lambda: bot.telegram.callback_answers)
    assert answer[-1]["text"] == "This button has expired."


async def test_export_then_forget_after_confirmation(bot: BotRig) -> None:
    reply = await bot.say(11, bot.site.url(ARTICLE), contains="Harbour")
    bot.telegram.press_button(11, reply.message_id, reply.button("Save").callback_data)
    await bot.telegram.wait_for(lambda: bot.telegram.callback_answers)
    bot.telegram.send_command(11, "/export")
    exported = await bot.telegram.wait_for(
        lambda: next((m for m in bot.telegram.bot_messages(11) if m.document), None)
    )
    data = json.loads(exported.document.data)
    assert "Harbour bridge" in json.dumps(data)
    ask = await bot.command(11, "/forget", contains="Delete it all?")
    bot.telegram.press_button(11, ask.message_id, ask.button("Yes").callback_data)
    await bot.telegram.wait_for(lambda: ask.text.startswith("Done"))
    assert await users.get_user_by_chat(bot.res.db, 11) is None


async def test_in_a_group_only_mentions_replies_and_commands(bot: BotRig) -> None:
    group = -4001
    url = bot.site.url(ARTICLE)
    bot.telegram.send_text(12, f"{url} interesting", chat_id=group)
    mention = await bot.say(12, f"@digest_test_bot {bot.site.url(OTHER)}", chat_id=group, contains="Council")
    assert [m.text[:7] for m in bot.telegram.bot_messages(group)] == ["Council"]
    reply = await bot.say(13, url, chat_id=group, reply_to=mention.message_id, contains="Harbour")
    assert reply.buttons
    await bot.command(13, "/help@digest_test_bot", chat_id=group, contains="/saved")


def test_help_and_the_menu_name_every_registered_command(telegram) -> None:
    from telegram.ext import CommandHandler

    from bot.app import build_application
    from handlers.start import COMMANDS
    from tests.bot_plugin import bot_settings

    app = build_application(bot_settings(telegram, Path("unused.sqlite3")))
    registered = {
        c
        for group in app.handlers.values()
        for h in group
        if isinstance(h, CommandHandler)
        for c in h.commands
    }
    assert registered == {name for name, _ in COMMANDS}
