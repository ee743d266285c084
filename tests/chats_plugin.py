"""Pytest plugin for the channel, forum and group tests: the `rig` fixture (the whole bot and its
settable clock, the poller's job removed so tests run its rounds), with helpers to read a chat's
stored row and its next digest instant, and OWNER adding the bot to GROUP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest_asyncio

from bot.app import build_application
from handlers.subscriptions.poller import KEY as POLLER
from storage import users
from storage.db import utcnow
from storage.users import User
from tests.bot_plugin import BotRig, bot_settings, lifecycle
from tests.daily_support import Clock
from tests.fake_telegram.limits import RateLimits
from tests.fake_telegram.server import FakeTelegram
from tests.webserver import WebSite

Rig = tuple[BotRig, Clock]
START = utcnow()
OWNER = 31
GROUP = -5002


@pytest_asyncio.fixture
async def rig(telegram: FakeTelegram, web_site: WebSite, tmp_path: Path) -> AsyncIterator[Rig]:
    telegram.limits = RateLimits(chat_burst=100, group_burst=100)
    clock = Clock(START)
    settings = bot_settings(telegram, tmp_path / "bot.sqlite3")
    app = build_application(settings, clock=clock)
    for job in app.job_queue.get_jobs_by_name(POLLER):
        job.schedule_removal()
    async with lifecycle(app):
        yield BotRig(telegram, web_site, app, settings), clock


async def chat_row(bot: BotRig, chat_id: int) -> User:
    user = await users.get_user_by_chat(bot.res.db, chat_id)
    assert user is not None
    return user


async def due_at(bot: BotRig, chat_id: int) -> datetime:
    """When the chat's next digest is due (the bot schedules by the real time of day)."""
    due = (await users.get_preferences(bot.res.db, (await chat_row(bot, chat_id)).id)).next_due_at
    assert due is not None
    return due


async def group_added_by_owner(bot: BotRig) -> None:
    """OWNER (who has a private chat with the bot) adds it to GROUP and sets its digest for 10:00."""
    await bot.command(OWNER, "/start", contains="Hi!")
    bot.telegram.open_chat(GROUP, chat_type="group", title="Harbour readers")
    bot.telegram.make_admin(GROUP, OWNER)
    bot.telegram.add_bot(GROUP, OWNER)
    await bot.command(OWNER, "/time 10:00", chat_id=GROUP, contains="Digest time: 10:00")
