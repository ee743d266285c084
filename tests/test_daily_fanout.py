"""A digest fan-out meeting Telegram's refusals: 403 and 429 in the middle, a timed-out send, a
migrated group, and claims abandoned by a crashed bot."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date, timedelta

import pytest
from telegram import Bot
from telegram.request import HTTPXRequest, RequestData

from storage import Database, deliveries, users
from tests.daily_support import Clock, add_user, digests, harbour_story, runner, utc
from tests.fake_telegram.server import FakeTelegram

pytestmark = pytest.mark.both_databases

DAY = date(2025, 5, 6)
NINE = utc("2025-05-06T09:00")


class GiveUpOnHungCalls(HTTPXRequest):
    """PTB's default timeouts for every call, except a short read timeout for the calls the test says
    the fake will hang (`give_up_next`, armed alongside `FakeTelegram.timeout_next`)."""

    def __init__(self) -> None:
        super().__init__()
        self.hung: list[str] = []

    def give_up_next(self, method: str) -> None:
        self.hung.append(method.lower())

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = None,
        **kw: object,
    ) -> tuple[int, bytes]:
        called = url.rsplit("/", 1)[-1].lower()
        if called in self.hung:
            self.hung.remove(called)
            read_timeout = 0.5
        return await super().do_request(url, method, request_data, read_timeout, **kw)  # type: ignore[arg-type]


@pytest.fixture
def api_request() -> GiveUpOnHungCalls:
    return GiveUpOnHungCalls()


@pytest.fixture
async def bot(telegram: FakeTelegram, api_request: GiveUpOnHungCalls) -> AsyncIterator[Bot]:
    async with telegram.make_bot(request=api_request) as client:
        yield client


async def due_users(db: Database, telegram: FakeTelegram, chats: list[int]) -> dict[int, int]:
    """Users due at 09:00 following 'harbour', with one fresh matching story; chat id → user id."""
    await harbour_story(db, NINE - timedelta(hours=2))
    ids = {}
    for chat in chats:
        telegram.open_chat(chat)
        ids[chat] = await add_user(db, chat, follows=("harbour",), now=NINE - timedelta(hours=3))
    return ids


async def test_403_and_429_in_the_middle_of_a_fan_out(db: Database, bot: Bot, telegram: FakeTelegram) -> None:
    chats = list(range(200, 220))
    ids = await due_users(db, telegram, chats)
    telegram.block(208)

    async def flood_after_five() -> None:
        await telegram.wait_for(lambda: sum(len(telegram.sent(c)) for c in chats) >= 5)
        telegram.fail_next("sendMessage", retry_after=1)

    flood = asyncio.create_task(flood_after_five())
    stats = await runner(db, bot, Clock(NINE)).run_round()
    await flood
    assert stats is not None and stats.sent == 19 and stats.blocked == 1
    assert [r.status for r in telegram.requests if r.method.lower() == "sendmessage"].count(429) == 1
    for chat in chats:
        assert len(digests(telegram, chat)) == (0 if chat == 208 else 1), chat
    blocked_user = await users.get_user(db, ids[208])
    assert blocked_user is not None and blocked_user.status == "blocked"
    failed = await deliveries.get_delivery(db, ids[208], DAY)
    assert failed is not None and failed.state == "failed"
    assert (await deliveries.get_delivery(db, ids[209], DAY)).state == "sent"


async def test_a_timed_out_send_is_uncertain_and_never_resent(
    db: Database, bot: Bot, telegram: FakeTelegram, api_request: GiveUpOnHungCalls
) -> None:
    ids = await due_users(db, telegram, [300])
    telegram.timeout_next("sendMessage", deliver=True)
    api_request.give_up_next("sendMessage")
    clock = Clock(NINE)
    run = runner(db, bot, clock, claim_timeout=timedelta(minutes=5))
    stats = await run.run_round()
    assert stats is not None and stats.uncertain == 1 and stats.sent == 0
    delivery = await deliveries.get_delivery(db, ids[300], DAY)
    assert delivery is not None and delivery.state == "uncertain"
    [message] = await deliveries.list_messages(db, delivery.id)
    assert message.state == "uncertain"
    for _ in range(3):
        clock.advance(timedelta(minutes=10))
        await run.run_round()
    assert len(digests(telegram, 300)) == 1  # it did arrive; it was not sent again


async def test_a_migrated_group_gets_its_digest_once_at_the_new_id(
    db: Database, bot: Bot, telegram: FakeTelegram
) -> None:
    ids = await due_users(db, telegram, [-4001])
    telegram.open_chat(-1004001, chat_type="supergroup")
    telegram.migrate(-4001, -1004001)
    await runner(db, bot, Clock(NINE)).run_round()
    assert len(digests(telegram, -1004001)) == 1
    moved = await users.get_user(db, ids[-4001])
    assert moved is not None and moved.chat_id == -1004001


async def test_abandoned_claims_are_completed_once_or_marked_uncertain(
    db: Database, bot: Bot, telegram: FakeTelegram
) -> None:
    ids = await due_users(db, telegram, [401, 402, 403])
    claimed_at = NINE + timedelta(seconds=5)
    # a bot died after claiming 401 and 402; it had already handed 402's message to Telegram
    for chat in (401, 402):
        assert await deliveries.claim_delivery(db, ids[chat], DAY, now=claimed_at)
    started = await deliveries.get_delivery(db, ids[402], DAY)
    await deliveries.record_message(db, ids[402], delivery_id=started.id, now=claimed_at)
    clock = Clock(NINE + timedelta(minutes=1))
    run = runner(db, bot, clock, claim_timeout=timedelta(minutes=5))
    first = await run.run_round()
    assert first is not None and first.sent == 1 and first.recovered == 0  # only 403; claims are fresh
    clock.advance(timedelta(minutes=5))
    second = await run.run_round()
    assert second is not None and second.recovered == 1 and second.sent == 1
    assert [len(digests(telegram, c)) for c in (401, 402, 403)] == [1, 0, 1]
    assert (await deliveries.get_delivery(db, ids[402], DAY)).state == "uncertain"
    clock.advance(timedelta(minutes=30))
    await run.run_round()
    assert [len(digests(telegram, c)) for c in (401, 402, 403)] == [1, 0, 1]


async def test_an_abandoned_claim_too_late_to_send_is_recorded_as_missed(
    db: Database, bot: Bot, telegram: FakeTelegram
) -> None:
    ids = await due_users(db, telegram, [501])
    await deliveries.claim_delivery(db, ids[501], DAY, now=NINE)
    await runner(db, bot, Clock(NINE + timedelta(hours=13))).run_round()
    missed = await deliveries.get_delivery(db, ids[501], DAY)
    assert missed is not None and missed.state == "failed"
    assert not digests(telegram, 501)


async def test_a_blocked_user_who_comes_back_gets_the_next_digest(
    db: Database, bot: Bot, telegram: FakeTelegram
) -> None:
    ids = await due_users(db, telegram, [601])
    telegram.block(601)
    clock = Clock(NINE)
    run = runner(db, bot, clock)
    assert (await run.run_round()).blocked == 1
    clock.set(utc("2025-05-07T09:00"))
    assert (await run.run_round()).due == 0  # nothing is tried while the chat blocks the bot
    telegram.unblock(601)
    await users.upsert_user(db, 601, now=utc("2025-05-07T12:00"))  # what /start does
    clock.set(utc("2025-05-08T09:00"))
    stats = await run.run_round()
    assert stats is not None and stats.sent == 1
    assert (await users.get_user(db, ids[601])).status == "active"
    assert len(digests(telegram, 601)) == 1
