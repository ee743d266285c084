"""Groups belong to their admins: a plain member can read but not change (RELIABILITY cases 47, 48).

Everything runs through the real application and the fake Bot API, which answers getChatMember /
getChatAdministrators from its own member lists; every change is read back from storage.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest

from handlers.chats.rights import ADMINS_ONLY
from handlers.settings.preferences import ADMINS_OPEN_SETTINGS
from handlers.subscriptions.poller import KEY as POLLER
from storage import sources, topics, users
from tests.bot_plugin import BotRig
from tests.chats_plugin import GROUP as OWNED_GROUP
from tests.chats_plugin import OWNER, Rig, due_at, group_added_by_owner
from tests.daily_support import harbour_story, next_round
from tests.fake_telegram.limits import RateLimits

GROUP = -5001
ADMIN = 21
MEMBER = 22
FEED = "/feeds/news.rss"


@pytest.fixture
def bot_changes() -> dict[str, Any]:
    return {"unscheduled": (POLLER,), "adds_per_minute": 2, "chat_adds_per_minute": 3}


@pytest.fixture
async def group(bot: BotRig) -> BotRig:
    """A group where ADMIN is an administrator and MEMBER a plain member, with one topic set up."""
    bot.telegram.limits = RateLimits(group_burst=200)
    bot.telegram.open_chat(GROUP, chat_type="group", title="Harbour readers")
    bot.telegram.make_admin(GROUP, ADMIN)
    await bot.command(ADMIN, "/follow harbour bridge", chat_id=GROUP, contains="Following")
    return bot


async def group_topics(bot: BotRig) -> list[str]:
    user = await users.get_user_by_chat(bot.res.db, GROUP)
    return [t.query for t in await topics.list_topics(bot.res.db, user.id)] if user else []


async def refusal(bot: BotRig, user: int, command: str) -> None:
    await refusal_in(bot, GROUP, user, command)


async def refusal_in(bot: BotRig, chat: int, user: int, command: str) -> None:
    reply = await bot.command(user, command, chat_id=chat, contains=ADMINS_ONLY)
    assert reply.text == ADMINS_ONLY


async def test_a_plain_member_changes_nothing(group: BotRig) -> None:
    bot = group
    await refusal(bot, MEMBER, "/follow cycle lanes")
    await refusal(bot, MEMBER, f"/add {bot.site.url(FEED)}")
    await refusal(bot, MEMBER, "/time 07:00")
    await refusal(bot, MEMBER, "/timezone Europe/Kyiv")
    await refusal(bot, MEMBER, "/forget")
    assert await group_topics(bot) == ["harbour bridge"]
    user = await users.get_user_by_chat(bot.res.db, GROUP)
    assert await sources.list_subscriptions(bot.res.db, user.id) == []
    assert bot.fetches(FEED) == 0
    prefs = await users.get_preferences(bot.res.db, user.id)
    assert prefs.digest_time == "09:00" and prefs.timezone == "UTC"

    listing = await bot.command(MEMBER, "/topics", chat_id=GROUP, contains="harbour bridge")
    assert listing.buttons == []  # read-only for a member
    menu = await bot.command(MEMBER, "/settings", chat_id=GROUP, contains="Settings")
    assert menu.buttons == [] and "Items per digest: 7" in menu.text


async def test_a_plain_members_presses_change_nothing(group: BotRig) -> None:
    bot = group
    telegram = bot.telegram
    question = await bot.command(ADMIN, "/forget", chat_id=GROUP, contains="Delete it all?")
    listing = await bot.command(ADMIN, "/topics", chat_id=GROUP, contains="Your topics")
    menu = await bot.command(ADMIN, "/settings", chat_id=GROUP, contains="Settings")
    for message, label in ((question, "Yes, delete"), (listing, "✕ harbour"), (menu, "+ 8 items")):
        before = len(telegram.callback_answers)
        telegram.press_button(MEMBER, message.message_id, message.button(label).callback_data, chat_id=GROUP)
        await telegram.wait_for(lambda before=before: len(telegram.callback_answers) > before)
        answered = telegram.callback_answers[-1]
        assert answered["text"] == ADMINS_ONLY and answered["show_alert"] is True
    assert await group_topics(bot) == ["harbour bridge"]
    user = await users.get_user_by_chat(bot.res.db, GROUP)
    assert (await users.get_preferences(bot.res.db, user.id)).items_per_digest == 7
    assert "Delete it all?" in question.text and "Items per digest: 7" in menu.text

    confirm = question.button("Yes, delete").callback_data
    telegram.press_button(ADMIN, question.message_id, confirm, chat_id=GROUP)
    await telegram.wait_for(lambda: question.text.startswith("Done"))
    assert await users.get_user_by_chat(bot.res.db, GROUP) is None


async def test_an_admin_and_an_anonymous_admin_change_settings(group: BotRig) -> None:
    bot = group
    await bot.command(ADMIN, "/time 07:30", chat_id=GROUP, contains="Digest time: 07:30")
    await bot.command(MEMBER, "/follow ferry timetable", chat_id=GROUP, as_chat=True, contains="Following")
    await bot.command(MEMBER, "/time 18:00", chat_id=GROUP, as_chat=True, contains="Digest time: 18:00")
    assert await group_topics(bot) == ["harbour bridge", "ferry timetable"]
    user = await users.get_user_by_chat(bot.res.db, GROUP)
    assert (await users.get_preferences(bot.res.db, user.id)).digest_time == "18:00"
    requests = [r.method for r in bot.telegram.requests]
    assert requests.count("getChatAdministrators") == 1  # cached between the admin's commands


async def test_rights_follow_telegram_when_an_admin_is_demoted(group: BotRig) -> None:
    bot = group
    bot.telegram.demote_user(GROUP, ADMIN)  # a chat_member update: the cached admin list is dropped
    await bot.telegram.wait_for(lambda: GROUP not in bot.res.admins)
    reply = await bot.command(ADMIN, "/follow cycle lanes", chat_id=GROUP, contains="")
    assert reply.text == ADMINS_ONLY
    assert await group_topics(bot) == ["harbour bridge"]


async def test_a_press_that_reaches_the_bot_too_late_changes_nothing_and_says_nothing(group: BotRig) -> None:
    bot = group
    telegram = bot.telegram
    listing = await bot.command(ADMIN, "/topics", chat_id=GROUP, contains="Your topics")
    telegram.press_button(
        MEMBER, listing.message_id, listing.button("✕ harbour").callback_data, chat_id=GROUP, too_old=True
    )
    await telegram.wait_for(lambda: any(r.method == "answerCallbackQuery" for r in telegram.requests))
    await telegram.wait_for(lambda: bot.app.update_processor.current_concurrent_updates == 0)
    assert await group_topics(bot) == ["harbour bridge"]
    assert [r.description for r in telegram.errors()] == [
        "Bad Request: query is too old and response timeout expired or query ID is invalid"
    ]
    assert not any("went wrong" in m.text for m in telegram.bot_messages(GROUP))


async def test_follow_and_add_are_limited_per_person_and_per_chat(group: BotRig) -> None:
    bot = group
    bot.telegram.make_admin(GROUP, MEMBER)  # a chat_member update: the cached admin list is dropped
    await bot.telegram.wait_for(lambda: GROUP not in bot.res.admins)
    # two a minute per person, three per chat; the fixture's /follow was the admin's first
    await bot.command(ADMIN, "/follow ferry", chat_id=GROUP, contains="Following")
    slow = await bot.command(ADMIN, "/follow tides", chat_id=GROUP, contains="try again in")
    assert slow.text.startswith("That's a lot added in one minute") and slow.text.endswith("seconds.")
    await bot.command(MEMBER, "/follow cranes", chat_id=GROUP, contains="Following")
    await bot.command(MEMBER, f"/add {bot.site.url(FEED)}", chat_id=GROUP, contains="try again in")
    assert await group_topics(bot) == ["harbour bridge", "ferry", "cranes"]
    assert bot.fetches(FEED) == 0


async def test_a_group_upgraded_to_a_supergroup_keeps_its_settings_and_its_admins(group: BotRig) -> None:
    bot = group
    await bot.command(ADMIN, "/time 07:30", chat_id=GROUP, contains="Digest time: 07:30")
    before = await users.get_user_by_chat(bot.res.db, GROUP)
    supergroup = -1005001
    bot.telegram.migrate(GROUP, supergroup)

    async def moved() -> bool:
        return await users.get_user_by_chat(bot.res.db, supergroup) is not None

    async with asyncio.timeout(30):
        while not await moved():
            await asyncio.sleep(0.02)
    await refusal_in(bot, supergroup, MEMBER, "/follow cycle lanes")
    await bot.command(ADMIN, "/follow ferry", chat_id=supergroup, contains="Following")
    after = await users.get_user_by_chat(bot.res.db, supergroup)
    assert after.id == before.id and after.chat_type == "supergroup"
    assert [t.query for t in await topics.list_topics(bot.res.db, after.id)] == ["harbour bridge", "ferry"]
    assert (await users.get_preferences(bot.res.db, after.id)).digest_time == "07:30"


async def test_a_plain_members_settings_press_under_the_daily_digest_posts_nothing_in_the_group(
    rig: Rig,
) -> None:
    bot, clock = rig
    telegram = bot.telegram
    await group_added_by_owner(bot)
    await bot.command(OWNER, "/follow harbour cranes", chat_id=OWNED_GROUP, contains="Following")
    due = await due_at(bot, OWNED_GROUP)
    await harbour_story(bot.res.db, due - timedelta(hours=1))
    clock.set(due + timedelta(minutes=1))
    await next_round(bot.app)
    [digest] = [m for m in telegram.sent(OWNED_GROUP) if any(b.text == "Settings" for b in m.flat_buttons)]
    settings = digest.button("Settings").callback_data

    before = len(telegram.sent(OWNED_GROUP))
    answers = len(telegram.callback_answers)
    telegram.press_button(MEMBER, digest.message_id, settings, chat_id=OWNED_GROUP)
    await telegram.wait_for(lambda: len(telegram.callback_answers) > answers)
    answered = telegram.callback_answers[-1]
    assert answered["text"] == ADMINS_OPEN_SETTINGS and answered["show_alert"] is True
    await telegram.wait_for(lambda: bot.app.update_processor.current_concurrent_updates == 0)
    assert len(telegram.sent(OWNED_GROUP)) == before

    telegram.press_button(OWNER, digest.message_id, settings, chat_id=OWNED_GROUP)
    menu = await telegram.wait_for_message(OWNED_GROUP, "Items per digest")
    assert menu.button("+ 8 items").callback_data


async def test_a_group_with_no_recorded_owner_is_still_paused_when_the_bot_is_kicked(group: BotRig) -> None:
    """A group that added the bot before owners were recorded: the pause happens, nobody is messaged."""
    bot = group
    telegram = bot.telegram
    assert (await users.get_user_by_chat(bot.res.db, GROUP)).owner_telegram_id is None
    telegram.kick_bot(GROUP, ADMIN)
    async with asyncio.timeout(30):
        while (await users.get_user_by_chat(bot.res.db, GROUP)).status != "blocked":
            await asyncio.sleep(0.02)
    await telegram.wait_for(lambda: bot.app.update_processor.current_concurrent_updates == 0)
    assert telegram.sent(ADMIN) == [] and telegram.errors() == []
    assert await group_topics(bot) == ["harbour bridge"]
