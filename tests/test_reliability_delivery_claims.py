"""Reliability cases 40 and 41: daily digest claims with an owner, a lease and a fencing token.

Two digest runners on two connections to one database stand for two bot processes. A worker that
stalls past its lease loses the claim to another, and its late writes (so its sends) are refused;
a long 429 releases the claim instead of sitting on it; a crash between recording a part as
about-to-send and the call, or between two parts, leaves every part that never reached Telegram
to be sent by whoever takes over, and none twice; a server error is retried later the same day.
"""

from __future__ import annotations

import asyncio
import html
import re
from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from telegram import Bot

from storage import Database, deliveries, open_database
from tests.daily_support import Clock, add_article, add_source, add_user, runner, utc
from tests.fake_telegram.server import FakeTelegram

DAY = date(2025, 5, 6)
NINE = utc("2025-05-06T09:00")
LEASE = timedelta(minutes=5)

pytestmark = pytest.mark.both_databases


class Gate:
    """Stands in for a runner's pacing: lets `free` messages through, then holds the next one (a
    frozen VM, or a process about to be killed) until `open()`."""

    def __init__(self, free: int) -> None:
        self.free = free
        self.reached = asyncio.Event()
        self._open = asyncio.Event()

    async def acquire(self) -> None:
        if self.free > 0:
            self.free -= 1
            return
        self.reached.set()
        await self._open.wait()

    def open(self) -> None:
        self._open.set()


@pytest.fixture
async def bot(telegram: FakeTelegram) -> AsyncIterator[Bot]:
    async with telegram.make_bot() as client:
        yield client


@pytest.fixture
async def other(db_target: str | Path, db: Database) -> AsyncIterator[Database]:
    """A second connection to the same database file: another bot process's."""
    second = await open_database(db_target)
    yield second
    await second.close()


async def due_user(db: Database, telegram: FakeTelegram, chat: int, *, long: bool = False) -> int:
    """A user due at 09:00 following 'harbour'; with `long`, the digest needs several messages."""
    feed = await add_source(db, "wire", catalog=True)
    for n in range(6 if long else 1):
        title = f"Harbour {made_up_word(n, 0)} {made_up_word(n, 1)} {made_up_word(n, 2)}"
        sentence = " ".join(made_up_word(n, i) for i in range(3, 200)) + "."
        await add_article(
            db,
            feed,
            title=title,
            outlet=f"Outlet {made_up_word(n, 900)}",
            sentences=(sentence[:2000],) if long else (),
            fetched_at=NINE - timedelta(hours=2, minutes=n),
        )
    telegram.open_chat(chat)
    return await add_user(db, chat, follows=("harbour",), now=NINE - timedelta(hours=3))


def made_up_word(story: int, index: int) -> str:
    """A word of its own for each story, so that no two stories share words and none are merged."""
    letters = "bcdfghjklmnprstvz"
    value = story * 1000 + index + 1
    word = ""
    while value:
        value, digit = divmod(value, len(letters))
        word += letters[digit] + "aeiou"[(value + index) % 5]
    return word


def texts(telegram: FakeTelegram, chat: int) -> list[str]:
    return [m.text for m in telegram.sent(chat)]


def plain(parts: list[str]) -> list[str]:
    """The planned HTML parts as the reader sees them (what the fake Bot API records)."""
    return [html.unescape(re.sub(r"<[^>]+>", "", part)) for part in parts]


async def test_a_long_retry_after_releases_the_claim_and_another_worker_sends_it_once(
    db: Database, other: Database, bot: Bot, telegram: FakeTelegram
) -> None:
    user = await due_user(db, telegram, 700)
    telegram.fail_next("sendMessage", retry_after=400)
    clock = Clock(NINE)
    first = await runner(db, bot, clock, claim_timeout=LEASE).run_round()
    assert first is not None and first.deferred == 1 and first.sent == 0
    held = await deliveries.get_delivery(db, user, DAY)
    assert held.state == "claimed" and held.owner is None
    assert held.lease_until == NINE + timedelta(seconds=400), "the claim is free only after the wait"
    assert await deliveries.list_messages(db, held.id) == [], "a refused send is not 'about to send'"

    later = Clock(NINE + timedelta(seconds=401))
    second = await runner(other, bot, later, claim_timeout=LEASE).run_round()
    assert second is not None and second.recovered == 1 and second.sent == 1
    assert len(texts(telegram, 700)) == 1
    done = await deliveries.get_delivery(db, user, DAY)
    assert (done.state, done.token, done.plan) == ("sent", 2, None)


async def test_a_worker_stalled_past_its_lease_cannot_send_after_the_takeover(
    db: Database, other: Database, bot: Bot, telegram: FakeTelegram
) -> None:
    user = await due_user(db, telegram, 701)
    telegram.fail_next("sendMessage", retry_after=1)  # A renews its lease and waits 1 s ...
    stalled = runner(db, bot, Clock(NINE), claim_timeout=LEASE)
    stalled.pace = Gate(free=1)  # ... then freezes before its resend
    task = asyncio.create_task(stalled.run_round())
    await asyncio.wait_for(stalled.pace.reached.wait(), 30)

    taker = runner(other, bot, Clock(NINE + timedelta(minutes=20)), claim_timeout=LEASE)
    took = await taker.run_round()
    assert took is not None and took.recovered == 1 and took.sent == 1
    stalled.pace.open()
    late = await asyncio.wait_for(task, 30)
    assert late is not None and late.lost == 1 and late.sent == 0
    assert len(texts(telegram, 701)) == 1, "the stalled worker sent after losing its claim"
    done = await deliveries.get_delivery(db, user, DAY)
    assert (done.state, done.token) == ("sent", 2)
    assert [m.state for m in await deliveries.list_messages(db, done.id)] == ["sent"]


async def test_a_crash_between_two_parts_sends_every_later_part_once(
    db: Database, other: Database, bot: Bot, telegram: FakeTelegram
) -> None:
    user = await due_user(db, telegram, 702, long=True)
    crashing = runner(db, bot, Clock(NINE), claim_timeout=LEASE)
    crashing.pace = Gate(free=1)  # the first part goes out, then the process dies
    task = asyncio.create_task(crashing.run_round())
    await asyncio.wait_for(crashing.pace.reached.wait(), 30)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    held = await deliveries.get_delivery(db, user, DAY)
    parts = plain(held.plan["texts"])
    assert len(parts) >= 3 and texts(telegram, 702) == parts[:1]

    after = await runner(other, bot, Clock(NINE + LEASE), claim_timeout=LEASE).run_round()
    assert after is not None and after.recovered == 1 and after.sent == 1
    assert texts(telegram, 702) == parts, "every part exactly once, in order"
    assert (await deliveries.get_delivery(db, user, DAY)).state == "sent"


async def test_a_crash_after_recording_a_part_as_sending_never_resends_it(
    db: Database, other: Database, bot: Bot, telegram: FakeTelegram
) -> None:
    user = await due_user(db, telegram, 703, long=True)
    crashing = runner(db, bot, Clock(NINE), claim_timeout=LEASE)
    telegram.timeout_next("sendMessage", deliver=True)  # the first part reaches Telegram, no answer
    task = asyncio.create_task(crashing.run_round())

    async def recorded() -> bool:
        held = await deliveries.get_delivery(db, user, DAY)
        return held is not None and bool(await deliveries.list_messages(db, held.id))

    deadline = asyncio.get_running_loop().time() + 30
    while not (await recorded() and texts(telegram, 703)):
        assert asyncio.get_running_loop().time() < deadline, "the first part was never sent"
        await asyncio.sleep(0.05)
    task.cancel()  # killed while the call was in flight
    await asyncio.gather(task, return_exceptions=True)
    held = await deliveries.get_delivery(db, user, DAY)
    parts = plain(held.plan["texts"])

    after = await runner(other, bot, Clock(NINE + LEASE), claim_timeout=LEASE).run_round()
    assert after is not None and after.recovered == 1 and after.uncertain == 1
    assert texts(telegram, 703) == parts, "the part in flight is not resent; the rest are sent once"
    done = await deliveries.get_delivery(db, user, DAY)
    assert done.state == "uncertain"
    states = [m.state for m in await deliveries.list_messages(db, done.id)]
    assert states == ["uncertain"] + ["sent"] * (len(parts) - 1)


async def test_a_server_error_is_retried_later_the_same_day(
    db: Database, bot: Bot, telegram: FakeTelegram
) -> None:
    user = await due_user(db, telegram, 704)
    telegram.fail_next("sendMessage", status=500, count=2)
    clock = Clock(NINE)
    run = runner(db, bot, clock, claim_timeout=LEASE)
    assert (await run.run_round()).deferred == 1
    clock.advance(timedelta(seconds=30))
    assert (await run.run_round()).recovered == 0, "retried only after its back-off"
    clock.advance(timedelta(seconds=31))
    assert (await run.run_round()).deferred == 1  # the second 500
    clock.advance(timedelta(minutes=2))
    assert (await run.run_round()).sent == 1
    assert len(texts(telegram, 704)) == 1
    done = await deliveries.get_delivery(db, user, DAY)
    assert (done.state, done.attempts) == ("sent", 2)
