"""`kill -9` in the middle of a digest fan-out to 200 users, then a restart: every due user gets
exactly one digest, counted at the fake Bot API. The bot runs as a real `digestbot run` process,
on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest

from storage import open_database
from storage.db import utcnow
from tests.daily_support import add_due_chats, bot_process, digest_count
from tests.fake_telegram.server import FakeTelegram

USERS = 200
KILL_AFTER = 60
pytestmark = pytest.mark.both_databases

# Seconds; each wait returns as soon as its condition holds (the test takes 8-15 s on a quiet machine;
# on a shared 2-core machine at load average 16 the first 60 digests took over 60 s).
WAIT = 60.0


async def test_kill_9_during_a_fan_out_then_restart_sends_every_digest_once(
    telegram: FakeTelegram, tmp_path: Path, db_target: str | Path
) -> None:
    database = db_target
    now = utcnow()
    chats = list(range(10_001, 10_001 + USERS))
    await add_due_chats(telegram, database, chats, now)
    log = tmp_path / "bot.log"

    def delivered() -> int:
        return sum(digest_count(telegram, chat) for chat in chats)

    with bot_process(telegram, database, log, DIGEST_CLAIM_TIMEOUT_SECONDS="2") as first:
        await telegram.wait_for(lambda: delivered() >= KILL_AFTER, timeout=2 * WAIT)
        before = delivered()
        telegram.timeout_next("sendMessage", deliver=True)  # the next digest arrives, its answer never does
        await telegram.wait_for(lambda: delivered() > before, timeout=WAIT)
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=WAIT)
    assert delivered() < USERS, "the fan-out finished before the kill; nothing was tested"

    with bot_process(telegram, database, log, DIGEST_CLAIM_TIMEOUT_SECONDS="2"):
        await telegram.wait_for(lambda: all(digest_count(telegram, chat) for chat in chats), timeout=3 * WAIT)
        db = await open_database(database)
        try:

            async def settled() -> bool:
                value = await db.fetchval("SELECT count(*) FROM deliveries WHERE state = 'claimed'")
                return value == 0

            deadline = asyncio.get_running_loop().time() + WAIT
            while not await settled():
                assert asyncio.get_running_loop().time() < deadline, log.read_text()[-3000:]
                await asyncio.sleep(0.1)
            states = dict(await db.fetchall("SELECT state, count(*) FROM deliveries GROUP BY state"))
        finally:
            await db.close()
    counts = [digest_count(telegram, chat) for chat in chats]
    assert counts == [1] * USERS, log.read_text()[-3000:]
    assert states == {"sent": USERS - 1, "uncertain": 1}
