"""Flood limits per kind of chat through the whole bot (RELIABILITY case 51): fifty messages due for one
group at once are paced to the group's 20 a minute, and a burst to one private chat to its ten in ten
seconds, with no 429 from the strict fake Bot API. The bot's shared budget (handlers.ratelimit) and
the fake both run five times faster, so the test takes seconds, not minutes: the shape is the same
(faster still, a loaded machine's delay of a tenth of a second between the bot and the fake is
already a tenth of a private chat's window, and bunches sends that the bot spaced out)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from telegram.ext import Application

from bot.app import build_application
from handlers.ratelimit import SharedRateLimiter, chat_limit
from handlers.subscriptions.poller import KEY as POLLER
from handlers.telegram.context import installed
from storage.budget import Limit
from tests.bot_plugin import bot_settings, lifecycle
from tests.fake_telegram.limits import RateLimits
from tests.fake_telegram.server import FakeTelegram

SPEED = 5
GROUP = -5003
PERSON = 51


def faster(chat_id: int | str) -> Limit:
    """Telegram's limit for the chat, its window `SPEED` times shorter."""
    real = chat_limit(chat_id)
    return Limit(real.bucket, real.uses, real.window / SPEED)


@pytest_asyncio.fixture
async def app(telegram: FakeTelegram, tmp_path: Path) -> AsyncIterator[Application]:
    # Telegram's limits `SPEED` times faster; a private chat's bucket holds one extra message of jitter
    telegram.limits = RateLimits(
        group_per_minute=20 * SPEED, group_burst=22, chat_per_second=1 * SPEED, chat_burst=11
    )
    settings = bot_settings(telegram, tmp_path / "bot.sqlite3")
    application = build_application(settings, rate_limiter=SharedRateLimiter(chat_limit=faster))
    for job in application.job_queue.get_jobs_by_name(POLLER):
        job.schedule_removal()
    async with lifecycle(application):
        yield application


def busiest(times: list[float], window: float) -> int:
    """The most messages in any `window` seconds."""
    return max(sum(1 for t in times if start <= t < start + window) for start in times)


@pytest.mark.parametrize("chat", [GROUP, PERSON])
async def test_messages_due_at_once_are_paced_with_no_429(
    telegram: FakeTelegram, app: Application, chat: int
) -> None:
    count = 50 if chat == GROUP else 30
    limit = faster(chat)
    telegram.open_chat(chat)
    sender = installed(app).sender
    sent = await asyncio.gather(*(sender.send(chat, f"Alert {n}") for n in range(count)))
    assert all(message is not None for message in sent)
    assert [r for r in telegram.errors() if r.status == 429] == []
    times = sorted(e.time for e in telegram.transcript(chat) if e.kind == "send")
    assert len(times) == count
    assert busiest(times, limit.window * 0.9) <= limit.uses + 1
    assert times[-1] - times[0] >= (count - 1) // limit.uses * limit.window * 0.9
