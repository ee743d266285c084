"""The daily tick against the fake Bot API and a real SQLite file, with a hand-moved clock: DST
switch days, restarts around the digest hour, downtime, overlapping ticks and two processes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from telegram import Bot

from handlers.daily.selection import Profile
from storage import Database, articles, deliveries, open_database
from tests.daily_support import Clock, add_article, add_source, add_user, digests, harbour_story, runner, utc
from tests.fake_telegram.server import FakeTelegram

pytestmark = pytest.mark.both_databases


@pytest.fixture
async def bot(telegram: FakeTelegram) -> AsyncIterator[Bot]:
    async with telegram.make_bot() as client:
        yield client


MINUTE = timedelta(minutes=1)


async def tick_through(
    db: Database, bot: Bot, clock: Clock, start: datetime, end: datetime, step: timedelta
) -> list[datetime]:
    """Tick every `step` from `start` to `end` (one runner, as one process); when digests went out."""
    run = runner(db, bot, clock)
    sent_at = []
    clock.set(start)
    while clock.now <= end:
        stats = await run.run_round()
        if stats is not None and stats.sent:
            sent_at.append(clock.now)
        clock.advance(step)
    return sent_at


@pytest.mark.parametrize(
    ("zone", "day", "local", "expected_utc"),
    [
        ("Europe/Berlin", date(2025, 3, 30), "02:30", "2025-03-30T01:30"),  # skipped: runs at 03:30 CEST
        ("Europe/Berlin", date(2025, 10, 26), "02:30", "2025-10-26T00:30"),  # repeated: the first one
        ("America/New_York", date(2025, 3, 9), "02:30", "2025-03-09T07:30"),  # skipped: 03:30 EDT
        ("America/New_York", date(2025, 11, 2), "02:30", "2025-11-02T07:30"),
        ("America/New_York", date(2025, 11, 2), "01:30", "2025-11-02T05:30"),  # repeated: 01:30 EDT
    ],
)
async def test_one_digest_on_daylight_saving_days(
    db: Database, bot: Bot, telegram: FakeTelegram, zone: str, day: date, local: str, expected_utc: str
) -> None:
    tz = ZoneInfo(zone)
    start = datetime.combine(day - timedelta(days=1), time(12, 0), tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0, 30), tz).astimezone(UTC)
    clock = Clock(start)
    telegram.open_chat(101)
    await add_user(db, 101, at=local, zone=zone, now=start - timedelta(hours=1))
    sent_at = await tick_through(db, bot, clock, start, end, MINUTE)
    assert sent_at == [utc(expected_utc)]  # ticking every minute from noon the day before to 00:30 after
    assert len(digests(telegram, 101)) == 1


async def test_restart_before_the_hour_sends_once_at_the_hour(
    db_target: str | Path, bot: Bot, telegram: FakeTelegram
) -> None:
    clock = Clock(utc("2025-05-06T08:00"))
    telegram.open_chat(7)
    first = await open_database(db_target)
    await add_user(first, 7, at="09:00", now=clock.now)
    await tick_through(first, bot, clock, utc("2025-05-06T08:00"), utc("2025-05-06T08:40"), MINUTE)
    await first.close()
    second = await open_database(db_target)  # the restarted bot, 08:50 (before the hour)
    await tick_through(second, bot, clock, utc("2025-05-06T08:50"), utc("2025-05-06T12:00"), MINUTE)
    await second.close()
    assert len(digests(telegram, 7)) == 1


async def test_restart_after_the_hour_does_not_send_again(
    db_target: str | Path, bot: Bot, telegram: FakeTelegram
) -> None:
    clock = Clock(utc("2025-05-06T08:55"))
    telegram.open_chat(7)
    first = await open_database(db_target)
    await add_user(first, 7, at="09:00", now=clock.now)
    sent = await tick_through(
        first, bot, clock, utc("2025-05-06T08:55"), utc("2025-05-06T09:05"), MINUTE
    )
    await first.close()
    assert sent == [utc("2025-05-06T09:00")]
    second = await open_database(db_target)
    assert not await tick_through(
        second, bot, clock, utc("2025-05-06T09:30"), utc("2025-05-06T23:00"), timedelta(minutes=5)
    )
    await second.close()
    assert len(digests(telegram, 7)) == 1


async def test_down_six_hours_sends_one_digest_at_start_up(
    db: Database, bot: Bot, telegram: FakeTelegram
) -> None:
    clock = Clock(utc("2025-05-06T07:00"))
    telegram.open_chat(7)
    await add_user(db, 7, at="09:00", now=clock.now)
    await tick_through(db, bot, clock, utc("2025-05-06T07:00"), utc("2025-05-06T07:59"), MINUTE)
    # down from 08:00 to 14:00: the start-up tick sends the 09:00 digest, five hours late, once
    sent = await tick_through(
        db, bot, clock, utc("2025-05-06T14:00"), utc("2025-05-07T08:00"), MINUTE
    )
    assert sent == [utc("2025-05-06T14:00")]
    assert len(digests(telegram, 7)) == 1


async def test_down_more_than_twelve_hours_late_skips_that_digest(
    db: Database, bot: Bot, telegram: FakeTelegram
) -> None:
    clock = Clock(utc("2025-05-06T08:00"))
    telegram.open_chat(7)
    await add_user(db, 7, at="09:00", now=clock.now)
    assert not await tick_through(
        db, bot, clock, utc("2025-05-06T21:30"), utc("2025-05-07T08:59"), MINUTE
    )
    assert await tick_through(db, bot, clock, utc("2025-05-07T09:00"), utc("2025-05-07T09:00"), timedelta(1))


@pytest.mark.parametrize("back_at", ["2025-05-08T08:00", "2025-05-08T10:30"])
async def test_down_two_days_sends_one_digest_not_two(
    db: Database, bot: Bot, telegram: FakeTelegram, back_at: str
) -> None:
    clock = Clock(utc("2025-05-06T07:00"))
    telegram.open_chat(7)
    await add_user(db, 7, at="09:00", now=clock.now)
    await tick_through(db, bot, clock, utc("2025-05-06T07:00"), utc("2025-05-06T07:59"), MINUTE)
    await tick_through(db, bot, clock, utc(back_at), utc("2025-05-08T20:00"), MINUTE)
    assert len(digests(telegram, 7)) == 1
    delivered = await deliveries.get_delivery(db, 1, date(2025, 5, 8))
    assert delivered is not None and delivered.state == "sent"


async def test_overlapping_ticks_and_two_processes_send_each_digest_once(
    db_target: str | Path, bot: Bot, telegram: FakeTelegram
) -> None:
    clock = Clock(utc("2025-05-06T08:00"))
    setup = await open_database(db_target)
    chats = list(range(1000, 1030))
    for chat in chats:
        telegram.open_chat(chat)
        await add_user(setup, chat, at="09:00", follows=("harbour",), now=clock.now)
    await setup.close()
    clock.set(utc("2025-05-06T09:00"))
    one, two = await open_database(db_target), await open_database(db_target)
    try:
        first, second = runner(one, bot, clock), runner(two, bot, clock)
        results = await asyncio.gather(
            first.run_round(), first.run_round(), second.run_round(), second.run_round()
        )
    finally:
        await one.close()
        await two.close()
    assert results[1] is None and results[3] is None  # a process never overlaps its own rounds
    rounds = [r for r in results if r]
    # Each user is claimed by exactly one process; how many the other saw already claimed depends
    # on how far the first had got when the second listed who is due (timing, not correctness).
    assert sum(r.claimed for r in rounds) == len(chats), rounds
    assert sum(r.sent for r in rounds) == len(chats), rounds
    assert all(len(digests(telegram, chat)) == 1 for chat in chats)


async def test_quiet_ticks_reuse_the_round_index_until_articles_change(db: Database, bot: Bot) -> None:
    feed = await harbour_story(db, utc("2025-05-06T08:10"))
    run = runner(db, bot, Clock(utc("2025-05-06T09:00")))
    first = await run.shared_index(utc("2025-05-05T09:20"))
    assert await run.shared_index(utc("2025-05-05T09:40")) is first  # same hour, same articles
    await add_article(db, feed, title="Harbour tolls rise", fetched_at=utc("2025-05-06T09:01"))
    second = await run.shared_index(utc("2025-05-05T09:40"))
    assert second is not first and len(second) == 2
    # another feed starts carrying a stored article: same articles and times, but new readers
    ledger = await add_source(db, "ledger")
    stored = (await articles.list_since(db, utc("2025-05-06T08:00")))[0]
    await articles.store_article(
        db, stored.digest, fetched_at=stored.fetched_at, source_id=ledger, entry_guid="ledger-1"
    )
    third = await run.shared_index(utc("2025-05-05T09:40"))
    assert third is not second
    assert third.select(Profile(subscriptions=frozenset({ledger})), utc("2025-05-05T09:40"), run.clock())
