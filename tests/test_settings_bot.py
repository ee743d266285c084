"""/settings, /time, /timezone and the timezone question at /start, end to end through the fake Bot API.

Every change is read back through storage; the menu is one message edited in place.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.i18n import t
from handlers.settings.preferences import CITY_PROMPT
from handlers.settings.timeparse import ZONE_EXAMPLES, zone_label
from handlers.start import EXAMPLE_URL, GREETING
from handlers.telegram.callbacks import EXPIRED, MAX_BYTES, Action, pack
from storage import users
from storage.users import Preferences
from tests.bot_plugin import BotRig, said, start_bot
from tests.fake_telegram.limits import RateLimits
from tests.fake_telegram.records import Message


async def prefs_of(bot: BotRig, chat: int) -> Preferences:
    user = await users.get_user_by_chat(bot.res.db, chat)
    assert user is not None
    return await users.get_preferences(bot.res.db, user.id)


WHERE = (
    "<b>Where are you?</b> I'll send your daily digest at {time} your time; until you choose, "
    "that's {time} UTC."
)


async def press(bot: BotRig, chat: int, message: Message, label: str, expect: str) -> None:
    """Press the button labelled `label` and wait for the message to say `expect`."""
    before = len(bot.telegram.callback_answers)
    bot.telegram.press_button(chat, message.message_id, message.button(label).callback_data)
    await bot.telegram.wait_for(
        lambda: expect in message.text and len(bot.telegram.callback_answers) > before
    )


async def settled(bot: BotRig) -> None:
    """Wait until the bot has finished every update it has taken (call after seeing a reply to the last)."""
    await bot.telegram.wait_for(lambda: bot.app.update_processor.current_concurrent_updates == 0)


def local_due(prefs: Preferences) -> datetime:
    assert prefs.next_due_at is not None
    return prefs.next_due_at.astimezone(ZoneInfo(prefs.timezone))


async def test_the_menu_changes_every_setting_in_place(bot: BotRig) -> None:
    bot.telegram.limits = RateLimits(chat_burst=100)  # a person tapping quickly through the menu
    chat = 101
    menu = await bot.command(chat, "/settings", contains="Settings")
    assert "Items per digest: 7" in menu.text and "09:00" in menu.text and "not chosen yet" in menu.text

    await press(bot, chat, menu, "+ 8 items", "Items per digest: 8")
    assert "✓ Items per digest: 8." in menu.text
    assert (await prefs_of(bot, chat)).items_per_digest == 8
    await press(bot, chat, menu, "− 7 items", "Items per digest: 7")
    assert (await prefs_of(bot, chat)).items_per_digest == 7

    await press(bot, chat, menu, "1 sentence", "Sentences per item: 1")
    assert (await prefs_of(bot, chat)).sentences == 1
    await press(bot, chat, menu, "Turn quotes off", "Quotes: off")
    assert (await prefs_of(bot, chat)).quotes is False
    await press(bot, chat, menu, "Turn catalog off", "built-in news catalog: off")
    assert (await prefs_of(bot, chat)).use_catalog is False

    await press(bot, chat, menu, "Pause", "paused")
    paused = await prefs_of(bot, chat)
    assert paused.paused and paused.next_due_at is None
    await press(bot, chat, menu, "Resume", "resumed")
    assert (await prefs_of(bot, chat)).next_due_at is not None

    await press(bot, chat, menu, "Time:", "Digest time")
    await press(bot, chat, menu, "07:00", "Digest time: 07:00.")
    prefs = await prefs_of(bot, chat)
    assert prefs.digest_time == "07:00" and local_due(prefs).strftime("%H:%M") == "07:00"

    await press(bot, chat, menu, "🌍", "Pick one")
    await press(bot, chat, menu, "Los Angeles", "Timezone: Los Angeles (UTC-0")
    prefs = await prefs_of(bot, chat)
    assert prefs.timezone == "America/Los_Angeles"
    due = local_due(prefs)
    assert (due.hour, due.minute) == (7, 0)
    assert prefs.next_due_at - datetime.now(UTC) <= timedelta(hours=24), "rescheduled to the next 07:00 there"

    await press(bot, chat, menu, "Languages", "Tap to add")
    await press(bot, chat, menu, "Deutsch", "in: Deutsch")
    await press(bot, chat, menu, "Українська", "in: Deutsch, Українська")
    assert (await prefs_of(bot, chat)).languages == ("de", "uk")
    await press(bot, chat, menu, "✓ Deutsch", "in: Українська")
    await press(bot, chat, menu, "Any language", "in: any")
    assert (await prefs_of(bot, chat)).languages == ()
    await press(bot, chat, menu, "Back", "Items per digest")
    await press(bot, chat, menu, "Done", "Settings saved")
    assert not menu.buttons

    assert [m.message_id for m in bot.telegram.bot_messages(chat)] == [menu.message_id]
    assert len(menu.history) >= 15, "every change redrew the same message"
    assert not bot.telegram.unanswered_queries() and not bot.telegram.errors()


async def test_time_and_timezone_shortcuts(bot: BotRig) -> None:
    chat = 102
    await bot.command(chat, "/settings", contains="Settings")
    before = await prefs_of(bot, chat)

    bad_time = await bot.command(chat, "/time 25:99", contains="not a time")
    assert "“25:99” is not a time of day" in bad_time.text and "/time 07:30" in bad_time.text
    bad_zone = await bot.command(chat, "/timezone Mars/Phobos", contains="not a timezone")
    assert "/timezone Kyiv" in bad_zone.text and "/timezone UTC+2" in bad_zone.text
    odd = await bot.command(chat, "/timezone <b>&amp;", contains="not a timezone")
    assert "<b>&amp;" in odd.text, "the input is quoted back escaped"
    assert await prefs_of(bot, chat) == before, "nothing stored"

    usage = await bot.command(chat, "/time", contains="/time 07:30")
    assert "09:00" in usage.text
    reply = await bot.command(chat, "/time 7:30pm", contains="Digest time")
    assert "✓ Digest time: 19:30." in reply.text
    reply = await bot.command(chat, "/timezone kyiv", contains="Timezone")
    assert "Timezone: Kyiv (UTC+0" in reply.text and "19:30 Kyiv time" in reply.text
    prefs = await prefs_of(bot, chat)
    assert (prefs.digest_time, prefs.timezone) == ("19:30", "Europe/Kyiv")
    assert local_due(prefs).strftime("%H:%M") == "19:30"
    assert prefs.next_due_at != before.next_due_at

    await bot.command(chat, "/timezone UTC+2", contains="UTC+2")
    assert (await prefs_of(bot, chat)).timezone == "Etc/GMT-2"
    await bot.command(chat, "/timezone +05:30", contains="Kolkata")
    prefs = await prefs_of(bot, chat)
    assert prefs.timezone == "Asia/Kolkata" and local_due(prefs).strftime("%H:%M") == "19:30"
    picker = await bot.command(chat, "/timezone", contains="Your timezone is Kolkata")
    assert picker.button("London").callback_data


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("en", ["London", "New York", "Los Angeles"]),
        ("de", ["Berlin"]),
        ("uk", ["Kyiv"]),
        ("ru", ["Moscow"]),
        ("fr", ["Paris"]),
        ("es", ["Madrid", "Mexico City"]),
        ("pt", ["Lisbon", "São Paulo"]),
    ],
)
async def test_start_asks_for_a_timezone_with_buttons_for_the_language(
    bot: BotRig, language: str, labels: list[str]
) -> None:
    chat = 103
    bot.telegram.send_command(chat, "/start", language_code=language)
    question = await bot.telegram.wait_for_message(chat, said(language, WHERE, time="09:00"))
    shown = [b.text for b in question.flat_buttons]
    cities = [zone_label(zone_of(label), language) for label in labels]  # as the language writes them
    assert shown[0] == cities[0] and {*cities, "UTC", t(language, "Another place…")} <= set(shown)
    greeting = said(language, GREETING, example=EXAMPLE_URL)
    assert bot.telegram.bot_messages(chat)[0].text == greeting, "greeting first, in the user's language"
    prefs = await prefs_of(bot, chat)
    assert prefs.timezone == "UTC" and local_due(prefs).strftime("%H:%M") == "09:00"

    await press(bot, chat, question, cities[-1], "✓ ")
    prefs = await prefs_of(bot, chat)
    assert prefs.timezone == zone_of(labels[-1])
    assert local_due(prefs).strftime("%H:%M") == "09:00" and not question.buttons

    count = len(bot.telegram.bot_messages(chat))
    await bot.command(chat, "/start", contains=greeting)
    await settled(bot)
    assert len(bot.telegram.bot_messages(chat)) == count + 1, "not asked again once chosen"


def zone_of(label: str) -> str:
    from handlers.settings.timeparse import parse_timezone

    return parse_timezone(label)


async def test_after_the_question_a_typed_city_sets_the_timezone(bot: BotRig) -> None:
    chat = 104
    bot.telegram.send_command(chat, "/start")
    await bot.telegram.wait_for_message(chat, "Where are you?")
    reply = await bot.say(chat, "São Paulo", contains="Timezone")
    assert "São Paulo time" in reply.text
    assert (await prefs_of(bot, chat)).timezone == "America/Sao_Paulo"
    await settled(bot)
    assert bot.telegram.bot_messages(chat)[-1] is reply, "the city was not also answered as chatter"
    hint = await bot.say(chat, "Tokyo", contains="Send me a link")
    assert hint.text.startswith("Send me a link"), "only the text right after the question is a city"
    assert (await prefs_of(bot, chat)).timezone == "America/Sao_Paulo"


async def test_another_place_then_a_bad_then_no_city(bot: BotRig) -> None:
    chat = 105
    bot.telegram.send_command(chat, "/start", language_code="uk")
    question = await bot.telegram.wait_for_message(chat, said("uk", WHERE, time="09:00"))
    await press(bot, chat, question, t("uk", "Another place…"), said("uk", CITY_PROMPT))
    unknown = "“{typed}” is not a timezone or city I know; try, for example, {examples}."
    refusal = said("uk", unknown, typed="Mars/Phobos", examples=t("uk", ZONE_EXAMPLES))
    bad = await bot.say(chat, "Mars/Phobos", contains=refusal)
    assert "/timezone Kyiv" in bad.text
    assert (await prefs_of(bot, chat)).timezone == "UTC"
    await bot.command(chat, "/timezone", contains=said("uk", WHERE, time="09:00"))
    reply = await bot.say(chat, "Kiev", contains="✓ ")
    assert zone_label("Europe/Kyiv", "uk") in reply.text
    assert (await prefs_of(bot, chat)).timezone == "Europe/Kyiv"


async def test_a_long_paste_after_the_question_is_still_an_article(bot: BotRig) -> None:
    chat = 106
    bot.telegram.send_command(chat, "/start")
    await bot.telegram.wait_for_message(chat, "Where are you?")
    reply = await bot.say(chat, "Hello there, how are you doing today? " * 3, contains="Send me a link")
    assert reply.text.startswith("Send me a link")
    assert (await prefs_of(bot, chat)).timezone == "UTC"


async def test_long_multibyte_values_keep_callback_data_within_64_bytes(bot: BotRig) -> None:
    for zone in available_timezones():
        for op in ("z", "w"):
            assert len(pack(Action.SETTINGS, op, zone).encode()) <= MAX_BYTES
    chat = 107
    longest = max(available_timezones(), key=len)
    bot.telegram.send_command(chat, "/start", language_code="pt-br")
    question = await bot.telegram.wait_for_message(chat, said("pt", WHERE, time="09:00"))
    assert question.button("São Paulo")
    await bot.command(chat, f"/timezone {longest}", contains="✓ ")
    user = await users.get_user_by_chat(bot.res.db, chat)
    await users.update_preferences(bot.res.db, user.id, languages=["zh-abcdefgh", "uk", "ja"])
    menu = await bot.command(chat, "/settings", contains=t("pt", "Settings"))
    items = t("pt", "Items per digest: {count}.", count=7)[:-4]
    seen: list[str] = []
    steps = [("🌍", t("pt", "Another place…")), ("«", items), ("🌐", "zh-abcdefgh"), ("«", items)]
    steps.append(("🕘", "7pm"))
    for opener, expect in steps:
        seen += [b.callback_data for b in menu.flat_buttons]
        await press(bot, chat, menu, opener, expect)
    seen += [b.callback_data for b in question.flat_buttons] + [b.callback_data for b in menu.flat_buttons]
    assert all(len(data.encode("utf-8")) <= MAX_BYTES for data in seen)
    assert any(longest in data for data in seen)
    assert not bot.telegram.errors()


@pytest.mark.parametrize(
    "data",
    ["0g:i:8", "1g:i:99", "1g:s:0", "1g:q:maybe", "1g:zz", "1g:z:Mars/Phobos", "1g:l:x!:1", "1g:t:2599"],
)
async def test_old_or_forged_buttons_have_expired(bot: BotRig, data: str) -> None:
    chat = 108
    await bot.command(chat, "/settings", contains="Settings")
    before = await prefs_of(bot, chat)
    old = InlineKeyboardMarkup([[InlineKeyboardButton("Old", callback_data=data)]])
    sent = await bot.app.bot.send_message(chat, "an old settings menu", reply_markup=old)
    bot.telegram.press_button(chat, sent.message_id, data)
    await bot.telegram.wait_for(lambda: bot.telegram.callback_answers)
    assert bot.answers()[-1] == EXPIRED
    assert await prefs_of(bot, chat) == before


async def test_an_old_menu_still_sets_what_its_buttons_say(bot: BotRig) -> None:
    chat = 109
    first = await bot.command(chat, "/settings", contains="Settings")
    second = await bot.command(chat, "/settings", contains="Settings")
    await press(bot, chat, second, "+ 8 items", "Items per digest: 8")
    await press(bot, chat, first, "+ 8 items", "Items per digest: 8")
    assert (await prefs_of(bot, chat)).items_per_digest == 8, "absolute values: a stale press is harmless"


async def test_the_settings_button_under_other_messages_opens_a_new_menu(bot: BotRig) -> None:
    chat = 110
    await bot.command(chat, "/help", contains="/settings")
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Settings", callback_data=pack(Action.SETTINGS))]])
    digest = await bot.app.bot.send_message(chat, "a daily digest", reply_markup=markup)
    bot.telegram.press_button(chat, digest.message_id, pack(Action.SETTINGS))
    menu = await bot.telegram.wait_for_message(chat, "Items per digest", after=digest.message_id)
    assert menu.message_id != digest.message_id
    assert bot.telegram.messages(chat)[-2].text == "a daily digest"


async def test_preferences_survive_a_restart(telegram: Any, web_site: Any, tmp_path: Any) -> None:
    database = tmp_path / "prefs.sqlite3"
    async with start_bot(telegram, web_site, database) as bot:
        await bot.command(111, "/time 06:45", contains="Digest time")
        await bot.command(111, "/timezone Tokyo", contains="Timezone")
        menu = await bot.command(111, "/settings", contains="Settings")
        await press(bot, 111, menu, "+ 8 items", "Items per digest: 8")
        await press(bot, 111, menu, "Turn quotes off", "Quotes: off")
        before = await prefs_of(bot, 111)
    async with start_bot(telegram, web_site, database) as bot:
        after = await prefs_of(bot, 111)
        assert after == before
        assert (after.digest_time, after.timezone, after.items_per_digest, after.quotes) == (
            "06:45",
            "Asia/Tokyo",
            8,
            False,
        )
        menu = await bot.command(111, "/settings", contains="Settings")
        assert "06:45" in menu.text and "Tokyo time" in menu.text and "Items per digest: 8" in menu.text
        bot.telegram.send_command(111, "/start")
        await bot.telegram.wait_for_message(111, "Send me a link", after=menu.message_id)
        await settled(bot)
        assert bot.telegram.bot_messages(111)[-1].text.startswith("Hi!"), "no timezone question"


async def test_choosing_utc_on_purpose_is_remembered(bot: BotRig) -> None:
    chat = 112
    bot.telegram.send_command(chat, "/start")
    question = await bot.telegram.wait_for_message(chat, "Where are you?")
    await press(bot, chat, question, "UTC", "✓ Timezone: UTC.")
    prefs = await prefs_of(bot, chat)
    assert prefs.timezone == "Etc/UTC" and local_due(prefs).strftime("%H:%M") == "09:00"
    greeting = await bot.command(chat, "/start", contains="Send me a link")
    await settled(bot)
    assert bot.telegram.bot_messages(chat)[-1] is greeting, "not asked again"


async def test_a_link_after_the_question_gets_its_digest_and_the_question_stays_open(bot: BotRig) -> None:
    chat = 113
    bot.telegram.send_command(chat, "/start")
    await bot.telegram.wait_for_message(chat, "Where are you?")
    url = bot.site.url("/news/2025/03/harbour-bridge-reopens.html")
    digest = await bot.say(chat, url, contains="Harbour bridge")
    assert digest.buttons
    assert (await prefs_of(bot, chat)).timezone == "UTC"
    reply = await bot.say(chat, "berlin", contains="Timezone")
    assert "Berlin (UTC+0" in reply.text and (await prefs_of(bot, chat)).timezone == "Europe/Berlin"


async def test_nothing_new_days_can_be_silent(bot: BotRig) -> None:
    chat = 114
    menu = await bot.command(chat, "/settings", contains="Settings")
    assert "On days with nothing new: one short line" in menu.text
    assert (await prefs_of(bot, chat)).skip_empty is False
    await press(bot, chat, menu, "Nothing new: send nothing", "✓ On days with nothing new: no message.")
    assert (await prefs_of(bot, chat)).skip_empty is True
    assert menu.button("🔔 Nothing new: send one line") is not None
    await press(bot, chat, menu, "Nothing new: send one line", "✓ On days with nothing new: one short line.")
    assert (await prefs_of(bot, chat)).skip_empty is False
    assert [m.message_id for m in bot.telegram.bot_messages(chat)] == [menu.message_id], "confirmed in place"
    assert all(len(b.callback_data.encode()) <= MAX_BYTES for b in menu.flat_buttons)
    assert bot.answers()[-1] == "On days with nothing new: one short line."
