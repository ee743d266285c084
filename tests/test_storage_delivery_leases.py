"""storage.deliveries leases and fencing tokens: one takeover wins, the old holder's writes are refused."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from storage import deliveries, open_database, users
from storage.db import Database

NOW = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
DAY = date(2026, 1, 10)
LEASE = timedelta(minutes=5)

pytestmark = pytest.mark.both_databases


async def test_a_takeover_raises_the_token_and_fences_off_the_old_holder(
    db: Database, db_target: str | Path
) -> None:
    user = await users.upsert_user(db, 1, now=NOW)
    delivery_id = await deliveries.claim_delivery(db, user.id, DAY, owner="a", lease=LEASE, now=NOW)
    old = deliveries.FIRST_TOKEN
    assert await deliveries.save_plan(db, delivery_id, old, {"texts": ["x"]})
    assert await deliveries.stale_claims(db, NOW + LEASE - timedelta(seconds=1)) == []
    [stale] = await deliveries.stale_claims(db, NOW + LEASE)
    other = await open_database(db_target)
    try:
        tokens = await asyncio.gather(
            *(
                deliveries.reclaim(c, stale, owner="b" if c is db else "c", now=NOW + LEASE)
                for c in [db, other] * 3
            )
        )
    finally:
        await other.close()
    [new] = [t for t in tokens if t is not None]
    assert new == old + 1
    assert await deliveries.record_message(db, user.id, delivery_id=delivery_id, token=old, now=NOW) is None
    assert not await deliveries.renew(db, delivery_id, old, now=NOW + LEASE)
    assert not await deliveries.save_plan(db, delivery_id, old, {"texts": ["y"]})
    assert not await deliveries.release(db, delivery_id, old, until=NOW, error="x")
    assert not await deliveries.mark_sent(db, delivery_id, token=old)
    message = await deliveries.record_message(
        db, user.id, delivery_id=delivery_id, token=new, now=NOW + LEASE
    )
    assert message is not None
    assert await deliveries.update_message(db, message, "sent", telegram_message_id=5, token=new)
    assert await deliveries.mark_sent(db, delivery_id, token=new)
    done = await deliveries.get_delivery(db, user.id, DAY)
    assert (done.state, done.token, done.plan, done.lease_until) == ("sent", new, None, None)


async def test_a_released_claim_waits_out_its_delay_and_counts_the_attempt(db: Database) -> None:
    user = await users.upsert_user(db, 2, now=NOW)
    delivery_id = await deliveries.claim_delivery(db, user.id, DAY, owner="a", lease=LEASE, now=NOW)
    until = NOW + timedelta(minutes=2)
    assert await deliveries.release(
        db, delivery_id, deliveries.FIRST_TOKEN, until=until, error="502", now=NOW
    )
    assert await deliveries.stale_claims(db, until - timedelta(seconds=1)) == []
    [again] = await deliveries.stale_claims(db, until)
    assert (again.owner, again.attempts, again.error) == (None, 1, "502")
