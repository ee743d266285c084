"""The interface language end to end through the real application and the fake Bot API: taken from
Telegram's language_code at first contact, kept, changed with /language and in /settings, and the
command menu set for every language."""

from __future__ import annotations

import json

import pytest

from handlers import i18n
from handlers.i18n import t
from handlers.render import html_to_plain
from handlers.start import COMMANDS, EXAMPLE_URL, GREETING
from storage import users
from tests.bot_plugin import BotRig


def said(locale: str, msgid: str, **values: object) -> str:
    return html_to_plain(t(locale, msgid, **values))


async def locale_of(bot: BotRig, chat: int) -> str | None:
    user = await users.get_user_by_chat(bot.res.db, chat)
    assert user is not None
    return user.locale


@pytest.mark.parametrize("code", ["ru", "uk", "de", "es"])
async def test_start_and_settings_speak_the_users_language(bot: BotRig, code: str) -> None:
    chat = 301
    bot.telegram.send_command(chat, "/start", language_code=code)
    greeting = await bot.telegram.wait_for_message(chat, said(code, GREETING, example=EXAMPLE_URL))
    assert [b.text for b in greeting.flat_buttons] == [t(code, "How it works"), t(code, "My saved articles")]
    assert t(code, "How it works") != "How it works"
    assert await locale_of(bot, chat) == code

    menu = await bot.command(chat, "/settings", contains=t(code, "Settings"), language_code=code)
    assert said(code, "📰 Items per digest: <b>{count}</b>", count=7) in menu.text
    labels = [b.text for b in menu.flat_buttons]
    assert t(code, "⏸ Pause digests") in labels and t(code, "Done") in labels
    assert t(code, "Done") != "Done"


async def test_regional_codes_fall_back_and_unknown_ones_get_english(bot: BotRig) -> None:
    bot.telegram.send_command(302, "/start", language_code="pt-br")
    await bot.telegram.wait_for_message(302, said("pt", GREETING, example=EXAMPLE_URL))
    assert await locale_of(bot, 302) == "pt"
    bot.telegram.send_command(303, "/start", language_code="sw")
    await bot.telegram.wait_for_message(303, said("en", GREETING, example=EXAMPLE_URL))
    assert await locale_of(bot, 303) == "en"


async def test_the_chosen_language_is_kept_whatever_telegram_says_later(bot: BotRig) -> None:
    chat = 304
    await bot.command(
        chat,
        "/language Deutsch",
        contains=said("de", "From now on I speak {language} here.", language="Deutsch"),
    )
    assert await locale_of(bot, chat) == "de"
    await bot.command(chat, "/help", contains=said("de", "Every command"), language_code="fr")
    assert await locale_of(bot, chat) == "de", "a later update with another language_code changes nothing"

    refusal = await bot.command(chat, "/language klingon", contains="klingon")
    assert refusal.text.startswith(said("de", "I don't speak “{typed}” yet.", typed="klingon"))
    assert {i18n.language_name(code) for code in i18n.available()} <= {
        b.text.removeprefix("✓ ") for b in refusal.flat_buttons
    }


async def test_the_settings_menu_changes_the_language_in_place(bot: BotRig) -> None:
    chat = 305
    menu = await bot.command(chat, "/settings", contains="Settings", language_code="en")
    bot.telegram.press_button(chat, menu.message_id, menu.button("🗣").callback_data)
    await bot.telegram.wait_for(lambda: "I speak English with you" in menu.text)
    bot.telegram.press_button(chat, menu.message_id, menu.button("Українська").callback_data)
    await bot.telegram.wait_for(lambda: t("uk", "Settings") in menu.text)
    assert said("uk", "From now on I speak {language} here.", language="Українська") in menu.text
    assert await locale_of(bot, chat) == "uk"
    assert t("uk", "Done") in [b.text for b in menu.flat_buttons]


async def test_the_command_menu_is_set_in_every_language(bot: BotRig) -> None:
    menus = bot.telegram.commands
    default = menus[json.dumps([{"type": "default"}, ""], sort_keys=True)]
    assert [c["command"] for c in default] == [name for name, _ in COMMANDS]
    assert [c["description"] for c in default] == [description for _, description in COMMANDS]
    for code in i18n.available():
        if code == "en":
            continue
        menu = menus[json.dumps([{"type": "default"}, code], sort_keys=True)]
        assert [c["description"] for c in menu] == [t(code, description) for _, description in COMMANDS]
        assert menu[0]["description"] != COMMANDS[0][1]
