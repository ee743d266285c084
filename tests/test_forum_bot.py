"""Forum groups through the whole bot (RELIABILITY case 50): an admin chooses the topic that gets the
daily digest from /settings in it; links are answered in the topic they came from; a closed or
deleted topic sends the digest to General with one note to the admins."""

from __future__ import annotations

from datetime import timedelta

import pytest

from storage import users
from tests.chats_plugin import Rig, chat_row, due_at
from tests.daily_support import add_article, harbour_story, next_round
from tests.fake_telegram.records import Message

FORUM = -1008001
ADMIN = 41
NEWS, CHAT = 5, 7
ARTICLE = "/news/2025/03/harbour-bridge-reopens.html"
NOTE = "topic chosen for daily digests is closed or deleted"


def digests(rig: Rig) -> list[Message]:
    return [m for m in rig[0].telegram.sent(FORUM) if "Harbour cranes" in m.text]


async def forum_with_digest_topic(rig: Rig) -> None:
    bot, _ = rig
    telegram = bot.telegram
    telegram.open_forum(FORUM, title="Harbour forum")
    telegram.open_topic(FORUM, NEWS)
    telegram.open_topic(FORUM, CHAT)
    telegram.make_admin(FORUM, ADMIN)
    await bot.command(ADMIN, "/time 10:00", chat_id=FORUM, thread_id=NEWS, contains="Digest time")
    await bot.command(ADMIN, "/follow harbour cranes", chat_id=FORUM, thread_id=NEWS, contains="Following")
    menu = await bot.command(ADMIN, "/settings", chat_id=FORUM, thread_id=NEWS, contains="Settings")
    assert menu.thread_id == NEWS
    here = menu.button("Send digests here").callback_data
    telegram.press_button(ADMIN, menu.message_id, here, chat_id=FORUM)
    await telegram.wait_for(lambda: "Daily digests will be posted in this topic" in menu.text)
    forum = await chat_row(bot, FORUM)
    assert (await users.get_preferences(bot.res.db, forum.id)).digest_thread_id == NEWS


async def test_the_digest_goes_to_the_chosen_topic_and_links_are_answered_in_their_topic(rig: Rig) -> None:
    bot, clock = rig
    await forum_with_digest_topic(rig)
    reply = await bot.say(
        ADMIN, f"@digest_test_bot {bot.site.url(ARTICLE)}", chat_id=FORUM, thread_id=CHAT, contains="Harbour"
    )
    assert reply.thread_id == CHAT

    due = await due_at(bot, FORUM)
    await harbour_story(bot.res.db, due - timedelta(hours=1))
    clock.set(due + timedelta(minutes=1))
    await next_round(bot.app)
    [digest] = digests(rig)
    assert digest.thread_id == NEWS


@pytest.mark.parametrize(
    ("gone", "refusal"),
    [("close_topic", "Bad Request: TOPIC_CLOSED"), ("delete_topic", "Bad Request: message thread not found")],
)
async def test_a_closed_or_deleted_topic_sends_the_digest_to_general_with_one_note(
    rig: Rig, gone: str, refusal: str
) -> None:
    bot, clock = rig
    telegram = bot.telegram
    await forum_with_digest_topic(rig)
    due = await due_at(bot, FORUM)
    feed = await harbour_story(bot.res.db, due - timedelta(hours=1))

    getattr(telegram, gone)(FORUM, NEWS)
    clock.set(due + timedelta(minutes=1))
    stats = await next_round(bot.app)
    assert stats.sent == 1, stats
    [digest] = digests(rig)
    assert digest.thread_id is None  # General
    [note] = [m for m in telegram.sent(FORUM) if NOTE in m.text]
    assert note.thread_id is None and "Send digests here" in note.text
    assert [r.description for r in telegram.errors()] == [refusal]

    later = due + timedelta(hours=20)
    await add_article(bot.res.db, feed, title="Harbour cranes work through the night", fetched_at=later)
    clock.set(due + timedelta(days=1, minutes=1))
    assert (await next_round(bot.app)).sent == 1
    assert [d.thread_id for d in digests(rig)] == [None, None]
    assert len([m for m in telegram.sent(FORUM) if NOTE in m.text]) == 1
