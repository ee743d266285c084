"""The interface language end to end through the real application and the fake Bot API: taken from
Telegram's language_code at first contact, kept, changed with /language and in /settings, and the
command menu set for every language."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import build_application
from handlers import i18n
from handlers.i18n import t
from handlers.start import COMMANDS, DESCRIPTION, EXAMPLE_URL, GREETING, SHORT_DESCRIPTION
from storage import open_database, users
from tests.bot_plugin import BotRig, bot_settings, lifecycle, said
from tests.daily_support import Clock, add_user, harbour_story
from tests.fake_telegram.server import FakeTelegram


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
    descriptions = bot.telegram.descriptions
    for code in i18n.available():
        key = "" if code == "en" else code
        assert descriptions[("description", key)] == t(code, DESCRIPTION)
        assert descriptions[("short_description", key)] == t(code, SHORT_DESCRIPTION)
    assert descriptions[("description", "uk")] != DESCRIPTION


ARTICLE_PAGE = (
    '<html lang="en"><head><title>Karsholm ferry returns</title>'
    '<meta property="og:title" content="Karsholm ferry returns">'
    '<meta property="og:site_name" content="Harbour Times">'
    '<meta property="article:published_time" content="2026-04-14T09:00:00Z"></head><body><article>'
    "<h1>Karsholm ferry returns</h1>"
    + "".join(
        f"<p>The ferry crossing to Karsholm island reopened on Monday after {n} weeks of repairs to the "
        "pier, the harbour authority said. Engineers replaced the pilings and the ramp, and the first "
        "boat left at seven in the morning with forty passengers on board.</p>"
        for n in range(2, 12)
    )
    + "</article></body></html>"
)


@pytest.mark.parametrize("code", ["ru", "uk", "de", "es"])
async def test_a_digest_speaks_the_users_language_around_the_articles_own_words(
    bot: BotRig, code: str
) -> None:
    bot.site.serve("/news/karsholm.html", ARTICLE_PAGE)
    url = bot.site.url("/news/karsholm.html")
    digest = await bot.say(306, url, contains="Karsholm ferry returns", language_code=code)
    meta = digest.text.splitlines()[1]
    when = datetime(2026, 4, 14, 9, tzinfo=UTC)
    assert meta.startswith("Harbour Times · " + i18n.article_date(code, when)), meta
    minutes = int(re.search(r"\d+", meta.split(" · ")[-1])[0])
    assert meta.endswith(i18n.nt(code, "{n} min read", "{n} min read", minutes))
    assert "The ferry crossing to Karsholm" in digest.text or "Engineers replaced" in digest.text, (
        "not translated"
    )
    labels = [b.text for b in digest.flat_buttons]
    assert labels == [t(code, "Open the original"), t(code, "Less"), t(code, "More"), t(code, "Save")]
    assert not bot.telegram.errors()


@pytest.mark.parametrize("code", ["ru", "uk", "de", "es"])
async def test_the_daily_digest_speaks_the_users_language(
    telegram: FakeTelegram, tmp_path: Path, code: str
) -> None:
    database = tmp_path / "bot.sqlite3"
    nine = datetime(2025, 5, 6, 9, tzinfo=UTC)
    db = await open_database(database)
    try:
        await harbour_story(db, nine - timedelta(hours=2))
        user_id = await add_user(db, 42, follows=("harbour",), now=nine - timedelta(hours=3))
        await users.set_locale(db, user_id, code)
    finally:
        await db.close()
    telegram.open_chat(42)
    app = build_application(bot_settings(telegram, database), clock=Clock(nine + timedelta(hours=1)))
    async with lifecycle(app):
        digest = await telegram.wait_for_message(42, t(code, "Your daily digest"))
    assert i18n.full_date(code, nine.date()) in digest.text.splitlines()[0]
    assert "Harbour cranes restart" in digest.text, "the article's own words stay as they are"
    meta = (
        i18n.article_date(code, nine - timedelta(hours=2))
        + " · "
        + i18n.nt(code, "{n} min read", "{n} min read", 1)
    )
    assert meta in digest.text
    assert [b.text for b in digest.flat_buttons] == [
        t(code, "More on {number}", number=1),
        t(code, "Settings"),
    ]
    assert digest.link_preview_options == {"is_disabled": True}


async def test_a_groups_language_is_set_by_its_admins(bot: BotRig) -> None:
    from handlers.chats.rights import ADMINS_ONLY

    group, admin, member = -5301, 31, 32
    bot.telegram.open_chat(group, chat_type="group", title="Harbour readers")
    bot.telegram.make_admin(group, admin)
    await bot.command(admin, "/help", chat_id=group, contains=t("uk", "Every command"), language_code="uk")
    assert await locale_of(bot, group) == "uk", "the group starts in the language of whoever spoke first"

    refusal = await bot.command(member, "/language de", chat_id=group, contains=t("uk", ADMINS_ONLY))
    assert refusal.text == t("uk", ADMINS_ONLY)
    assert await locale_of(bot, group) == "uk"

    await bot.command(admin, "/language de", chat_id=group, contains="Deutsch")
    assert await locale_of(bot, group) == "de"
    await bot.command(member, "/help", chat_id=group, contains=t("de", "Every command"), language_code="es")
