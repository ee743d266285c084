"""Every screen, list and keyboard the bot builds, in every interface language, sent through the fake
Bot API: Telegram HTML must parse, texts fit 4096 units, button labels fit, callback_data fits 64
bytes, and every translated message on its own is accepted too."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from telegram import Bot, InlineKeyboardMarkup

from digest.models import Article, Digest, Match, Quote
from handlers import i18n, start
from handlers.daily import layout
from handlers.daily.selection import Item
from handlers.settings import preferences
from handlers.subscriptions import alerts, topics
from handlers.telegram import keyboards, render
from handlers.telegram.callbacks import MAX_BYTES
from storage.articles import StoredArticle
from storage.topics import Topic
from storage.users import Preferences
from tests.fake_telegram.bot_api import MAX_BUTTON_TEXT
from tests.fake_telegram.limits import RateLimits
from tests.fake_telegram.server import FakeTelegram
from tests.test_i18n import PLACEHOLDER, source_messages

CHAT = 77
NOW = datetime(2026, 4, 14, 9, 30, tzinfo=UTC)
LONG_TOPIC = "Harbour cranes, tolls and the new ferry timetable " * 3


def article(number: int) -> StoredArticle:
    url = f"https://wire.example/{number}"
    a = Article(
        url=url,
        title=f"Story {number}: harbour cranes restart",
        outlet="Wire",
        author="Ana Ruiz",
        canonical_url=url,
        published="2026-04-14T07:00:00+00:00",
        text="word " * 700,
        partial=True,
        image="https://wire.example/a.jpg",
    )
    digest = Digest(
        article=a, sentences=["The port reopened."], quotes=[Quote("We will not stop", "Ana Ruiz")]
    )
    return StoredArticle(number, url, a.title, "Wire", "en", a.published, NOW, 1, digest)


def screens(locale: str) -> list[tuple[str, InlineKeyboardMarkup | None]]:
    """Everything with buttons (and the texts around them) the bot can show, in `locale`."""
    due = Preferences(timezone="Europe/Kyiv", next_due_at=NOW + timedelta(days=1), languages=("uk", "de"))
    paused = Preferences(paused=True, quotes=False, use_catalog=False, skip_empty=True, article_preview="off")
    items = [Item(lead=article(n), also=(article(n + 50),), reasons=("harbour",)) for n in range(1, 16)]
    topic_rows = [Topic(n, 1, LONG_TOPIC, "instant" if n % 2 else "daily", NOW) for n in range(1, 4)]
    shown = [(n, f"https://wire.example/{n}", LONG_TOPIC, "Wire") for n in range(1, 21)]
    saved_text, saved_ids = render.render_saved(shown, 40, locale=locale)
    found: list[tuple[str, InlineKeyboardMarkup | None]] = [
        preferences.main_screen(due, "note", locale),
        preferences.main_screen(paused, None, locale),
        preferences.time_screen(due, locale),
        preferences.zone_screen(due, "uk", locale),
        preferences.welcome_screen(Preferences(), "pt-br", locale),
        preferences.languages_screen(due, locale),
        preferences.preview_screen(due, locale),
        preferences.locale_screen(locale),
        (start.help_text(locale), start.start_keyboard(locale)),
        (i18n.t(locale, start.GREETING, example=start.EXAMPLE_URL), keyboards.forget_keyboard(locale)),
        (saved_text, keyboards.saved_keyboard(saved_ids, locale)),
        topics.topics_view(topic_rows, locale=locale),
        (preferences.schedule_sentence(due, locale), None),
        (preferences.zone_confirmation(due, locale), None),
    ]
    for level in range(len(keyboards.LEVELS)):
        digest = article(1).digest
        found.append(
            (
                render.render_digest_fitting(digest, locale=locale),
                keyboards.digest_keyboard("a1", "https://wire.example/1", level, locale=locale),
            )
        )
    daily = layout.render_daily(items, day=date(2026, 4, 14), topics=[LONG_TOPIC] * 9, locale=locale)
    found += [(text, None) for text in daily[:-1]]
    found.append((daily[-1], layout.daily_keyboard(items, locale)))
    header = alerts.alert_header(LONG_TOPIC, Match(score=1.0, terms=("harbour",)), locale)
    found.append((header, None))
    return found


def every_message(locale: str) -> list[str]:
    """Every catalog message on its own, its placeholders filled with plausible values."""
    texts = []
    for msgid in source_messages():
        values = {
            name: f"x{name}" for name in PLACEHOLDER.findall(msgid[-1] if isinstance(msgid, tuple) else msgid)
        }
        if isinstance(msgid, tuple):
            values.pop("n", None)
            texts += [i18n.nt(locale, msgid[0], msgid[1], n, **values) for n in (1, 2, 5, 21)]
        else:
            texts.append(i18n.t(locale, msgid, **values))
    return texts


@pytest.mark.parametrize("locale", ["en", "ru", "uk", "de", "es", "fr", "pt", "it"])
async def test_every_screen_and_message_passes_telegram_in_every_language(
    telegram: FakeTelegram, locale: str
) -> None:
    telegram.limits = RateLimits.off()
    telegram.open_chat(CHAT)
    bot: Bot = telegram.make_bot()
    async with bot:
        for text, keyboard in screens(locale):
            for row in keyboard.inline_keyboard if keyboard else ():
                for button in row:
                    assert len(button.text) <= MAX_BUTTON_TEXT, button.text
                    assert button.callback_data is None or len(button.callback_data.encode()) <= MAX_BYTES
            await bot.send_message(CHAT, text, parse_mode="HTML", reply_markup=keyboard)
        for text in every_message(locale):
            await bot.send_message(CHAT, text, parse_mode="HTML")
        for name, _ in start.COMMANDS:
            assert re.fullmatch(r"[a-z0-9_]{1,32}", name)
        await bot.set_my_commands(
            start.bot_commands(locale), language_code=None if locale == "en" else locale
        )
    assert not telegram.errors()
