"""Reliability case 44: buttons and "the next message" refer to stored state owned by one chat.

A pasted text behind More/Less, the feeds offered after /add and "waiting for a city" live in the
database under unguessable tokens bound to the chat that made them: after a restart (or on another
bot process, which reads the same rows) a button shows the presser's own text or answers
"expired", never another chat's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.telegram.callbacks import EXPIRED
from tests.bot_plugin import BotRig, start_bot
from tests.fake_telegram.records import Message
from tests.fake_telegram.server import FakeTelegram
from tests.webserver import WebSite

ALICE, BOB = 441, 442

pytestmark = pytest.mark.both_databases


def on(db_target: str | Path, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """`start_bot`'s database file and settings: a PostgreSQL URL goes in `database_url`."""
    if isinstance(db_target, Path):
        return db_target, {}
    return tmp_path / "unused.sqlite3", {"database_url": db_target}


def story(place: str, person: str) -> str:
    """A made-up local story about `place`, long enough to be digested as a paste."""
    lines = [f"{place} ferry pier rebuilt after winter storms", f"By {person}, harbour reporter"]
    for i in range(4):
        lines.append(
            f"The {place} pier section number {i + 1} was rebuilt over {i + 3} weeks by {i + 5} divers, "
            f"the {place} port office said on Friday. Ferries to {place} moved to a temporary landing "
            f'while the deck was replaced. "The boats ran every day," said {person}. The works cost '
            f"{i + 2} million euros."
        )
    return "\n".join(lines)


async def forged(bot: BotRig, chat: int, data: str) -> Message:
    """A bot message in `chat` carrying a button with someone else's payload (as a client could)."""
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data=data)]])
    sent = await bot.app.bot.send_message(chat, "a digest", reply_markup=markup)
    return next(m for m in bot.telegram.bot_messages(chat) if m.message_id == sent.message_id)


async def test_paste_buttons_after_a_restart_show_only_the_pressers_text(
    telegram: FakeTelegram, web_site: WebSite, tmp_path: Path, db_target: str | Path
) -> None:
    database, settings = on(db_target, tmp_path)
    async with start_bot(telegram, web_site, database, **settings) as bot:
        mine = await bot.say(ALICE, story("Northport", "Ada Quill"), contains="•")
        more = mine.button("More").callback_data
    async with start_bot(telegram, web_site, database, **settings) as bot:
        theirs = await bot.say(BOB, story("Southbay", "Ben Rook"), contains="•")
        assert theirs.button("More").callback_data != more, "a new paste reused an old button's id"
        bot.telegram.press_button(ALICE, mine.message_id, more)
        await bot.telegram.wait_for(lambda: mine.text.count("•") > 2 or EXPIRED in bot.answers())
        assert "Northport" in mine.text and "Southbay" not in mine.text

        stolen = await forged(bot, ALICE, theirs.button("More").callback_data)
        bot.telegram.press_button(ALICE, stolen.message_id, stolen.flat_buttons[0].callback_data)
        await bot.telegram.wait_for(lambda: EXPIRED in bot.answers())
        assert stolen.text == "a digest"
        assert all("Southbay" not in m.text for m in bot.telegram.bot_messages(ALICE))
        assert not bot.telegram.errors()


async def test_feed_choice_and_city_question_survive_a_restart(
    telegram: FakeTelegram, web_site: WebSite, tmp_path: Path, db_target: str | Path
) -> None:
    database, settings = on(db_target, tmp_path)
    async with start_bot(telegram, web_site, database, **settings) as bot:
        question = await bot.command(ALICE, f"/add {bot.site.url('/')}", contains="several feeds")
        telegram.send_command(BOB, "/start")
        await telegram.wait_for_message(BOB, "Where are you?")
    async with start_bot(telegram, web_site, database, **settings) as bot:
        choice = question.flat_buttons[0].callback_data
        stolen = await forged(bot, BOB, choice)
        bot.telegram.press_button(BOB, stolen.message_id, choice)
        await bot.telegram.wait_for(lambda: EXPIRED in bot.answers())
        assert stolen.text == "a digest", "another chat's feed choice was acted on"

        bot.telegram.press_button(ALICE, question.message_id, choice)
        await bot.telegram.wait_for(lambda: question.text.startswith("Added"))
        listing = await bot.command(ALICE, "/sources", contains="Your sources")
        assert "The Harbour Courier" in listing.text
        bob_sources = await bot.command(BOB, "/sources", contains="sources")
        assert "don't follow any sources" in bob_sources.text

        reply = await bot.say(BOB, "Lisbon", contains="Timezone")
        assert "Lisbon" in reply.text
        hint = await bot.say(ALICE, "Tokyo", contains="Send me a link")
        assert hint.text.startswith("Send me a link"), "Bob's question made Alice's text a city"
