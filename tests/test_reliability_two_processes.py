"""RELIABILITY case 32 with two real bot processes: two `digestbot run` on one database file, both
ticking every second, send each due user's daily digest exactly once (counted at the fake Bot API).

Case → test: 32 → test_two_bot_processes_on_one_database_send_each_digest_once
(test_daily_schedule.py covers overlapping ticks and two connections inside one process).
"""

from __future__ import annotations

import asyncio
import signal
from contextlib import ExitStack
from datetime import timedelta
from pathlib import Path

from storage import open_database
from storage.db import utcnow
from tests.daily_support import add_user, bot_process, digest_count
from tests.fake_telegram.limits import RateLimits
from tests.fake_telegram.server import FakeTelegram

USERS = 60
WAIT = 120.0  # seconds, for a loaded machine; every wait returns as soon as its condition holds


async def test_two_bot_processes_on_one_database_send_each_digest_once(
    telegram: FakeTelegram, tmp_path: Path
) -> None:
    telegram.limits = RateLimits.off()
    database = tmp_path / "bot.sqlite3"
    await (await open_database(database)).close()
    log = tmp_path / "bots.log"
    chats = list(range(20_001, 20_001 + USERS))
    for chat in chats:
        telegram.open_chat(chat)

    with ExitStack() as stack:
        processes = [stack.enter_context(bot_process(telegram, database, log)) for _ in range(2)]
        # Both are up (each sets its default command menu, after the per-language ones, once its
        # resources are open) before anyone is due.
        await telegram.wait_for(
            lambda: sum(
                r.method == "setMyCommands" and not r.params.get("language_code") for r in telegram.requests
            )
            >= 2,
            timeout=WAIT,
        )
        now = utcnow()
        due = f"{now - timedelta(minutes=1):%H:%M}"
        db = await open_database(database)
        try:
            for chat in chats:
                await add_user(db, chat, at=due, now=now - timedelta(minutes=3))
        finally:
            await db.close()
        await telegram.wait_for(lambda: all(digest_count(telegram, chat) for chat in chats), timeout=WAIT)
        for process in processes:
            process.send_signal(signal.SIGTERM)  # a stop waits for a round in progress to finish
        for process in processes:  # waited for off the loop: the fake Bot API must keep answering
            assert await asyncio.to_thread(process.wait, WAIT) == 0, log.read_text()[-3000:]

    counts = [digest_count(telegram, chat) for chat in chats]
    assert counts == [1] * USERS, log.read_text()[-3000:]
    db = await open_database(database)
    try:
        states = dict(await db.fetchall("SELECT state, count(*) FROM deliveries GROUP BY state"))
    finally:
        await db.close()
    assert states == {"sent": USERS}
