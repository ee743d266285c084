"""Several real `digestbot run` processes on one database acting as one bot, against the fake Bot
API (which answers a second concurrent getUpdates with 409 and limits every chat and the bot).

Case → test:
- 39 → test_one_process_long_polls_each_update_is_answered_once_and_another_takes_over_after_kill_9
- 37, 41, 43 with three processes → test_kill_9_of_one_of_three_processes_mid_fan_out
"""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Awaitable, Callable
from contextlib import ExitStack
from pathlib import Path

import pytest

from bot.polling import LEASE
from storage import leases, open_database
from storage.db import utcnow
from tests.daily_support import add_due_chats, bot_process, digest_count
from tests.fake_telegram.server import FakeTelegram

WAIT = 120.0  # seconds, for a loaded machine; every wait returns as soon as its condition holds

pytestmark = pytest.mark.both_databases


def where(db_target: str | Path, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """The database file and extra settings for `bot_process`: a PostgreSQL URL goes in DATABASE_URL."""
    if isinstance(db_target, Path):
        return db_target, {}
    return tmp_path / "unused.sqlite3", {"DATABASE_URL": db_target}


async def leader_pid(database: str | Path) -> int | None:
    db = await open_database(database)
    try:
        owner = await leases.holder(db, LEASE)
    finally:
        await db.close()
    return int(owner.split(":")[1]) if owner else None


def answers(telegram: FakeTelegram, chat: int) -> int:
    return len(telegram.bot_messages(chat))


async def until(condition: Callable[[], Awaitable[object]], log: Path, timeout: float = WAIT) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not await condition():
        assert asyncio.get_running_loop().time() < deadline, log.read_text()[-4000:]
        await asyncio.sleep(0.1)


@pytest.mark.parametrize("count", [2, 3])
async def test_one_process_long_polls_each_update_is_answered_once_and_another_takes_over_after_kill_9(
    telegram: FakeTelegram, tmp_path: Path, db_target: str | Path, count: int
) -> None:
    database = db_target
    await (await open_database(database)).close()
    file, settings = where(db_target, tmp_path)
    log = tmp_path / "bots.log"
    with ExitStack() as stack:
        running = (stack.enter_context(bot_process(telegram, file, log, **settings)) for _ in range(count))
        processes = {p.pid: p for p in running}

        async def leading() -> int | None:
            return await leader_pid(database)

        await until(leading, log)
        first = list(range(30_001, 30_021))
        for chat in first:
            telegram.send_command(chat, "/help")
        await telegram.wait_for(lambda: all(answers(telegram, c) for c in first), timeout=WAIT)

        killed = await leader_pid(database)
        assert killed in processes
        os.kill(killed, signal.SIGKILL)
        await asyncio.to_thread(processes[killed].wait, WAIT)
        started = asyncio.get_running_loop().time()
        second = list(range(30_101, 30_121))
        for chat in second:  # sent while nobody polls: the one who takes over answers them
            telegram.send_command(chat, "/help")

        async def taken_over() -> bool:
            return await leader_pid(database) not in (None, killed)

        await until(taken_over, log)
        took = asyncio.get_running_loop().time() - started  # the takeover alone, not the answers after it
        await telegram.wait_for(lambda: all(answers(telegram, c) for c in second), timeout=WAIT)
        new = await leader_pid(database)
        assert new in processes and new != killed
        for pid, process in processes.items():
            if pid != killed:
                process.send_signal(signal.SIGTERM)
                assert await asyncio.to_thread(process.wait, WAIT) == 0, log.read_text()[-3000:]
    assert [answers(telegram, c) for c in first + second] == [1] * 40, log.read_text()[-3000:]
    assert took < 30, f"the standby took {took:.1f} s to take over"


async def test_kill_9_of_one_of_three_processes_mid_fan_out(
    telegram: FakeTelegram, tmp_path: Path, db_target: str | Path
) -> None:
    users = 240
    database = db_target
    file, extra = where(db_target, tmp_path)
    now = utcnow()
    chats = list(range(40_001, 40_001 + users))
    await add_due_chats(telegram, database, chats, now)
    log = tmp_path / "bots.log"

    def delivered() -> int:
        return sum(digest_count(telegram, chat) for chat in chats)

    with ExitStack() as stack:
        settings = {"DIGEST_CLAIM_TIMEOUT_SECONDS": "3", **extra}
        processes = [stack.enter_context(bot_process(telegram, file, log, **settings)) for _ in range(3)]
        await telegram.wait_for(lambda: delivered() >= 60, timeout=2 * WAIT)
        os.kill(processes[0].pid, signal.SIGKILL)
        await asyncio.to_thread(processes[0].wait, WAIT)
        assert delivered() < users, "the fan-out finished before the kill; nothing was tested"
        db = await open_database(database)
        try:

            async def settled() -> bool:
                claimed = await db.fetchval("SELECT count(*) FROM deliveries WHERE state = 'claimed'")
                done = await db.fetchval("SELECT count(*) FROM deliveries")
                return claimed == 0 and done == users

            await until(settled, log, timeout=3 * WAIT)
            uncertain = {
                row[0]
                for row in await db.fetchall(
                    "SELECT u.chat_id FROM deliveries AS d JOIN users AS u ON u.id = d.user_id"
                    " WHERE d.state = 'uncertain'"
                )
            }
            states = dict(await db.fetchall("SELECT state, count(*) FROM deliveries GROUP BY state"))
        finally:
            await db.close()
        for process in processes[1:]:
            process.send_signal(signal.SIGTERM)
            assert await asyncio.to_thread(process.wait, WAIT) == 0, log.read_text()[-3000:]
    counts = {chat: digest_count(telegram, chat) for chat in chats}
    assert all(n == 1 for chat, n in counts.items() if chat not in uncertain), log.read_text()[-3000:]
    assert all(n <= 1 for n in counts.values()), "a digest was sent twice"
    assert set(states) <= {"sent", "uncertain"} and len(uncertain) <= 1, states
    statuses = [r.status for r in telegram.requests if r.method.lower() == "sendmessage"]
    assert statuses.count(429) == 0
