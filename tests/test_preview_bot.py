"""The article's picture end to end: a single article's digest carries Telegram's preview card of the
article (large above the text by default, small or off as chosen in /settings), a page without a
picture gets no card, and lists (/saved) and the daily digest keep previews off. The fake Bot API
checks link_preview_options as Telegram does."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from telegram import LinkPreviewOptions

from bot.app import build_application
from handlers.i18n import t
from storage import open_database, users
from storage.db import utcnow
from tests.bot_plugin import BotRig, bot_settings, lifecycle
from tests.daily_support import Clock, add_user, harbour_story
from tests.fake_telegram.server import FakeTelegram

PARAGRAPHS = "".join(
    f"<p>The ferry crossing to Karsholm island reopened on Monday after {n} weeks of repairs to the "
    "pier, the harbour authority said. Engineers replaced the pilings and the ramp, and the first "
    "boat left at seven in the morning with forty passengers on board.</p>"
    for n in range(2, 9)
)


def page(title: str, image: str | None) -> str:
    picture = f'<meta property="og:image" content="{image}">' if image else ""
    return (
        f'<html><head><title>{title}</title><meta property="og:title" content="{title}">{picture}'
        '<meta property="og:site_name" content="Harbour Times"></head>'
        f"<body><article><h1>{title}</h1>{PARAGRAPHS}</article></body></html>"
    )


def serve(bot: BotRig, path: str, title: str, *, image: bool) -> str:
    bot.site.serve(path, page(title, bot.site.url("/img/ferry.jpg") if image else None))
    return bot.site.url(path)


async def test_a_single_article_shows_its_picture_large_above_the_text(bot: BotRig) -> None:
    url = serve(bot, "/news/ferry.html", "Karsholm ferry returns", image=True)
    digest = await bot.say(1, url, contains="Karsholm ferry returns")
    assert digest.link_preview_options == {
        "is_disabled": False,
        "url": url,
        "prefer_large_media": True,
        "prefer_small_media": False,
        "show_above_text": True,
    }
    assert not bot.telegram.errors()


async def test_a_page_without_a_picture_gets_no_card(bot: BotRig) -> None:
    url = serve(bot, "/news/plain.html", "Karsholm pier rebuilt", image=False)
    digest = await bot.say(2, url, contains="Karsholm pier rebuilt")
    assert digest.link_preview_options == {"is_disabled": True}


async def test_small_or_off_as_chosen_in_settings_and_kept_by_more(bot: BotRig) -> None:
    url = serve(bot, "/news/ferry2.html", "Karsholm timetable", image=True)
    menu = await bot.command(3, "/settings", contains="Settings")
    bot.telegram.press_button(3, menu.message_id, menu.button("🖼").callback_data)
    await bot.telegram.wait_for(lambda: "small" in [b.text for b in menu.flat_buttons])
    bot.telegram.press_button(3, menu.message_id, menu.button("small").callback_data)
    await bot.telegram.wait_for(lambda: "Article picture: small" in menu.text)
    digest = await bot.say(3, url, contains="Karsholm timetable")
    small = {
        "is_disabled": False,
        "url": url,
        "prefer_large_media": False,
        "prefer_small_media": True,
        "show_above_text": False,
    }
    assert digest.link_preview_options == small
    bot.telegram.press_button(3, digest.message_id, digest.button("More").callback_data)
    await bot.telegram.wait_for(lambda: digest.history)
    assert digest.link_preview_options == small, "More keeps the card"

    user = await users.get_user_by_chat(bot.res.db, 3)
    await users.update_preferences(bot.res.db, user.id, article_preview="off")
    off = await bot.say(3, url, contains="Karsholm timetable")
    assert off.link_preview_options == {"is_disabled": True}


async def test_saved_list_keeps_previews_off(bot: BotRig) -> None:
    url = serve(bot, "/news/ferry3.html", "Karsholm fares", image=True)
    digest = await bot.say(4, url, contains="Karsholm fares")
    bot.telegram.press_button(4, digest.message_id, digest.button("Save").callback_data)
    await bot.telegram.wait_for(lambda: len(bot.telegram.callback_answers) >= 1)
    listed = await bot.command(4, "/saved", contains="Karsholm fares")
    assert listed.link_preview_options == {"is_disabled": True}


async def test_the_fake_refuses_preview_options_telegram_would_refuse(telegram: FakeTelegram) -> None:
    from telegram.error import BadRequest

    telegram.open_chat(5)
    bot = telegram.make_bot()
    async with bot:
        with pytest.raises(BadRequest, match="exclusive"):
            await bot.send_message(
                5,
                "x",
                link_preview_options=LinkPreviewOptions(
                    url="https://example.com/a", prefer_small_media=True, prefer_large_media=True
                ),
            )
        with pytest.raises(BadRequest, match="url"):
            await bot.send_message(5, "x", link_preview_options=LinkPreviewOptions(url="ftp://example.com/a"))


async def test_the_daily_digest_keeps_previews_off(telegram: FakeTelegram, tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    now = utcnow()
    db = await open_database(database)
    try:
        await harbour_story(db, now - timedelta(hours=2))
        await add_user(
            db,
            42,
            at=f"{now - timedelta(minutes=5):%H:%M}",
            follows=("harbour",),
            now=now - timedelta(hours=3),
        )
    finally:
        await db.close()
    telegram.open_chat(42)
    app = build_application(bot_settings(telegram, database), clock=Clock(now))
    async with lifecycle(app):
        digest = await telegram.wait_for_message(42, t("en", "Your daily digest"))
    assert "Harbour cranes restart" in digest.text
    assert digest.link_preview_options == {"is_disabled": True}
