"""The daily digest inside the whole running bot: the start-up tick with an injected clock, the
`/digest` preview that leaves the schedule alone, the "More on n" button, and silent "nothing new" days."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path

from bot.app import build_application
from handlers.telegram.context import installed
from storage import Database, deliveries, open_database, users
from storage.db import utcnow
from tests.bot_plugin import bot_settings, lifecycle
from tests.daily_support import Clock, add_article, add_source, add_user, harbour_story, next_round, utc
from tests.fake_telegram.server import FakeTelegram

NINE = utc("2025-05-06T09:00")


async def prepare(database: Path, *, now: datetime, chat: int = 42) -> int:
    db = await open_database(database)
    try:
        feed = await add_source(db, "wire", catalog=True)
        await add_article(
            db,
            feed,
            title="Harbour cranes restart after the strike",
            sentences=("Cranes at the harbour moved again on Monday.",),
            fetched_at=now - timedelta(hours=2),
        )
        return await add_user(db, chat, follows=("harbour",), now=now - timedelta(hours=3))
    finally:
        await db.close()


async def test_start_up_tick_sends_a_digest_missed_while_down(telegram: FakeTelegram, tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    user_id = await prepare(database, now=NINE)
    telegram.open_chat(42)
    clock = Clock(NINE + timedelta(hours=5))  # the bot comes back at 14:00
    app = build_application(bot_settings(telegram, database), clock=clock)
    async with lifecycle(app):
        digest = await telegram.wait_for_message(42, "daily digest", timeout=10)
    assert "Harbour cranes restart after the strike" in digest.text
    assert digest.button("More on 1") is not None and digest.button("Settings") is not None
    db = await open_database(database)
    try:
        delivery = await deliveries.get_delivery(db, user_id, NINE.date())
        assert delivery is not None and delivery.state == "sent"
    finally:
        await db.close()


async def test_digest_preview_and_more_on_an_item(telegram: FakeTelegram, tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    now = utcnow()
    user_id = await prepare(database, now=now)
    db = await open_database(database)
    await users.update_preferences(db, user_id, digest_time=f"{now + timedelta(hours=6):%H:%M}")
    scheduled = (await users.get_preferences(db, user_id)).next_due_at
    await db.close()
    app = build_application(bot_settings(telegram, database))
    async with lifecycle(app):
        telegram.send_command(42, "/digest")
        preview = await telegram.wait_for_message(42, "Preview of your digest", timeout=10)
        assert "Harbour cranes restart after the strike" in preview.text
        assert "Why: harbour" in preview.text
        button = preview.button("More on 1")
        telegram.press_button(42, preview.message_id, button.callback_data)
        full = await telegram.wait_for_message(42, "Cranes at the harbour moved", after=preview.message_id)
        assert full.button("Open the original") is not None
    db = await open_database(database)
    try:
        prefs = await users.get_preferences(db, user_id)
        assert prefs.next_due_at == scheduled and prefs.last_digest_date is None
        assert await db.fetchval("SELECT count(*) FROM deliveries") == 0
    finally:
        await db.close()


async def delivery_state(db: Database, user_id: int, day: datetime, timeout: float = 10.0) -> str:
    """The user's delivery state for the day once the round has recorded it as done."""
    async with asyncio.timeout(timeout):
        while True:
            found = await deliveries.get_delivery(db, user_id, day.date())
            if found is not None and found.state != "claimed":
                break
            await asyncio.sleep(0.01)
    return found.state


async def test_a_user_who_chose_silence_gets_nothing_on_a_day_with_nothing_new(
    telegram: FakeTelegram, tmp_path: Path
) -> None:
    database = tmp_path / "bot.sqlite3"
    db = await open_database(database)
    try:
        feed = await harbour_story(db, NINE - timedelta(hours=2))
        earlier = NINE - timedelta(hours=3)
        silent = await add_user(db, 42, follows=("lighthouse",), skip_empty=True, now=earlier)
        told = await add_user(db, 43, follows=("lighthouse",), now=earlier)
    finally:
        await db.close()
    for chat in (42, 43):
        telegram.open_chat(chat)
    clock = Clock(NINE + timedelta(minutes=5))
    app = build_application(bot_settings(telegram, database), clock=clock)
    async with lifecycle(app):
        db = installed(app).db
        line = await telegram.wait_for_message(43, "Nothing new", timeout=10)
        assert "daily digest" in line.text and line.button("Settings") is not None
        assert await delivery_state(db, told, NINE) == "sent"
        assert await delivery_state(db, silent, NINE) == "sent", "the day is recorded, so not retried"
        quiet = await deliveries.get_delivery(db, silent, NINE.date())
        assert await deliveries.list_messages(db, quiet.id) == []

        clock.advance(timedelta(minutes=30))
        assert (await next_round(app)).due == 0
        assert telegram.bot_messages(42) == [] and len(telegram.bot_messages(43)) == 1

        tomorrow = NINE + timedelta(days=1)
        fresh = tomorrow - timedelta(hours=1)
        await add_article(db, feed, title="Lighthouse keeper retires", fetched_at=fresh)
        clock.set(tomorrow)
        stats = await next_round(app)
        assert (stats.sent, stats.quiet) == (2, 0)
    [digest] = telegram.bot_messages(42)
    assert "Lighthouse keeper retires" in digest.text, "silence only on days with nothing new"


async def test_the_digest_says_which_words_stood_in_for_a_topic_in_the_readers_language(
    telegram: FakeTelegram, tmp_path: Path
) -> None:
    """A story matched by meaning, not word for word, says in its "why" line which of an article's
    words stood in for the topic, under the reader's own interface language."""
    database = tmp_path / "bot.sqlite3"
    now = utcnow()
    db = await open_database(database)
    try:
        feed = await add_source(db, "wire", catalog=True)
        await add_article(
            db,
            feed,
            title="Lighthouse keepers down tools at Orlen point",
            description="Their walkout over night-shift pay left the lamps on timers.",
            sentences=("The keepers left the tower at dusk.",),
            fetched_at=now - timedelta(hours=2),
        )
        user_id = await add_user(db, 42, follows=("workers strike",), now=now - timedelta(hours=3))
        await users.set_locale(db, user_id, "de")
    finally:
        await db.close()
    app = build_application(bot_settings(telegram, database))
    async with lifecycle(app):
        telegram.send_command(42, "/digest")
        preview = await telegram.wait_for_message(42, "Lighthouse keepers", timeout=10)
    assert "Warum: workers strike (down tools ≈ workers strike)" in preview.text
