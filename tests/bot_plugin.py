"""Pytest plugin: the whole bot (build_application) running against the fake Bot API and fixture site.

`bot` yields a `BotRig`: the fake Telegram server (`.telegram`), the fixture web site (`.site`),
the running Application (`.app`) and its resources (`.res`), with helpers to talk as a user and to
read what the bot answered (`answers`, the callback answers; `said`, a msgid as the user reads it).
Resources are opened by the application's own post_init and closed by its post_shutdown, exactly
as `run_polling` does.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import pytest_asyncio
from telegram.ext import Application

from tests.fake_telegram.records import Message
from tests.fake_telegram.server import FakeTelegram
from tests.fake_telegram.state import WAIT_SECONDS
from tests.webserver import WebSite

if TYPE_CHECKING:
    from bot.config import Settings
    from handlers.telegram.context import Resources


def said(locale: str, msgid: str, **values: object) -> str:
    """What the user reads for `msgid` in `locale` (plain text, as the fake Bot API stores it)."""
    from handlers.i18n import t
    from handlers.telegram.render import html_to_plain

    return html_to_plain(t(locale, msgid, **values))


def bot_settings(telegram: FakeTelegram, database: Path, **changes: Any) -> Settings:
    """Settings pointing at the fake Bot API and allowing fetches from loopback."""
    from bot.config import Settings

    values: dict[str, Any] = {
        "telegram_bot_token": telegram.token,
        "telegram_api_base_url": telegram.base_url,
        "telegram_api_file_url": telegram.file_url,
        "database_path": database,
        "fetch_allowed_networks": "127.0.0.0/8",
        "fetch_total_timeout": 5.0,
        "worker_processes": 2,
        "extract_timeout": 5.0,
        **changes,
    }
    return Settings(_env_file=None, **values)


def bot_env(telegram: FakeTelegram, database: str | Path, **settings: str) -> dict[str, str]:
    """The environment of a real `digestbot run` process talking to the fake Bot API, with long
    polling: `database` is a SQLite file or a postgresql:// URL (given as DATABASE_URL); `settings`
    are extra environment settings (e.g. WORKER_PROCESSES="1")."""
    where = {"DATABASE_URL": database} if isinstance(database, str) else {"DATABASE_PATH": str(database)}
    return {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": telegram.token,
        "TELEGRAM_API_BASE_URL": telegram.base_url,
        "TELEGRAM_API_FILE_URL": telegram.file_url,
        **where,
        "WEBHOOK_URL": "",
        **settings,
    }


@asynccontextmanager
async def lifecycle(app: Application, *, poll_timeout: float = 10.0) -> AsyncIterator[Application]:
    """What run_polling does, minus the signal handling: initialize, post_init, poll, start; then undo."""
    await app.initialize()
    try:
        if app.post_init:
            await app.post_init(app)
        await app.updater.start_polling(poll_interval=0.0, timeout=timedelta(seconds=poll_timeout))
        await app.start()
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
    finally:
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


@dataclass
class BotRig:
    telegram: FakeTelegram
    site: WebSite
    app: Application
    settings: Settings

    @property
    def res(self) -> Resources:
        from handlers.telegram.context import installed

        return installed(self.app)

    async def say(
        self, user: int, text: str, *, contains: str = "", timeout: float = WAIT_SECONDS, **kw: Any
    ) -> Message:
        """Send `text` as `user` and wait for the bot's next message containing `contains`."""
        chat = kw.get("chat_id") or user
        after = self._last_message_id(chat)
        self.telegram.send_text(user, text, **kw)
        return await self.telegram.wait_for_message(chat, contains, timeout=timeout, after=after)

    async def command(
        self, user: int, command: str, *, contains: str = "", timeout: float = WAIT_SECONDS, **kw: Any
    ) -> Message:
        """Send `command` as `user` and wait for the bot's next message containing `contains`."""
        chat = kw.get("chat_id") or user
        after = self._last_message_id(chat)
        self.telegram.send_command(user, command, **kw)
        return await self.telegram.wait_for_message(chat, contains, timeout=timeout, after=after)

    def _last_message_id(self, chat: int) -> int:
        return max((m.message_id for m in self.telegram.messages(chat)), default=0)

    def answers(self) -> list[str]:
        """The texts of the callback answers so far (empty for a silent answer)."""
        return [a.get("text") or "" for a in self.telegram.callback_answers]

    def fetches(self, path: str) -> int:
        return sum(1 for hit in self.site.requests if hit.split("?")[0] == path)


@asynccontextmanager
async def start_bot(
    telegram: FakeTelegram, site: WebSite, database: Path, *, unscheduled: Iterable[str] = (), **changes: Any
) -> AsyncIterator[BotRig]:
    """The bot built from `bot_settings(**changes)`, running; the background jobs named in
    `unscheduled` (handlers.subscriptions.poller.KEY, ...) are removed before it starts, for tests that
    run those rounds themselves (a job's first run comes soon after start-up and would race the test's
    own)."""
    from bot.app import build_application  # imported here so an engine bug fails only the bot tests

    settings = bot_settings(telegram, database, **changes)
    app = build_application(settings)
    for name in unscheduled:
        for job in app.job_queue.get_jobs_by_name(name):
            job.schedule_removal()
    async with lifecycle(app):
        yield BotRig(telegram, site, app, settings)


@pytest.fixture
def bot_changes() -> dict[str, Any]:
    """Override in a test module (or parametrize) to change settings for `bot` (or `unscheduled`)."""
    return {}


@pytest_asyncio.fixture
async def bot(
    telegram: FakeTelegram, web_site: WebSite, tmp_path: Path, bot_changes: dict[str, Any]
) -> AsyncIterator[BotRig]:
    async with start_bot(telegram, web_site, tmp_path / "bot.sqlite3", **bot_changes) as rig:
        yield rig
