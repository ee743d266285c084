"""An update delivered twice (a webhook retried to another process, a new polling leader fetching
updates the old one had taken) is handled once: `handlers.once` records each update id in storage
before any handler runs. Two applications on one database stand for two processes; the update
reaches both, as a load balancer retrying a slow webhook call would deliver it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from telegram import Update

from tests.bot_plugin import start_bot
from tests.fake_telegram.server import FakeTelegram
from tests.webserver import WebSite

CHAT = 53


def help_update(update_id: int) -> dict:
    person = {"id": CHAT, "is_bot": False, "first_name": "Ada"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "date": 1_760_000_000,
            "chat": {"id": CHAT, "type": "private", "first_name": "Ada"},
            "from": person,
            "text": "/help",
            "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
        },
    }


async def test_the_same_update_on_two_processes_is_answered_once(
    telegram: FakeTelegram, web_site: WebSite, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="handlers.once")
    telegram.open_chat(CHAT)
    database = tmp_path / "bot.sqlite3"
    async with (
        start_bot(telegram, web_site, database) as first,
        start_bot(telegram, web_site, database) as second,
    ):
        await first.app.update_queue.put(Update.de_json(help_update(990_001), first.app.bot))
        await telegram.wait_for(lambda: telegram.bot_messages(CHAT))
        await second.app.update_queue.put(Update.de_json(help_update(990_001), second.app.bot))
        await telegram.wait_for(lambda: "already handled" in caplog.text)
        await second.app.update_queue.put(Update.de_json(help_update(990_002), second.app.bot))
        await telegram.wait_for(lambda: len(telegram.bot_messages(CHAT)) == 2)
    assert len(telegram.bot_messages(CHAT)) == 2  # one answer per update id, not per delivery
