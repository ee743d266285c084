"""The daily digest inside the whole running bot: the start-up tick with an injected clock, the
`/digest` preview that leaves the schedule alone, and the "More on n" button."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from bot.app import build_application
from storage import deliveries, open_database, users
from storage.db import utcnow
from tests.bot_plugin import bot_settings, lifecycle
from tests.daily_support import Clock, add_article, add_source, add_user, utc
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
