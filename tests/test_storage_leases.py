"""storage.leases: one holder at a time, taken over only after expiry; each update id seen once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage import leases, open_database
from storage.db import Database

NOW = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
TTL = timedelta(seconds=10)

pytestmark = pytest.mark.both_databases


async def test_a_lease_is_held_renewed_and_taken_over_only_after_it_expires(db: Database) -> None:
    assert await leases.acquire(db, "polling", "a", TTL, now=NOW) == 1
    assert await leases.acquire(db, "polling", "b", TTL, now=NOW + timedelta(seconds=5)) is None
    assert await leases.acquire(db, "polling", "a", TTL, now=NOW + timedelta(seconds=9)) == 1
    assert await leases.acquire(db, "polling", "b", TTL, now=NOW + timedelta(seconds=18)) is None
    assert await leases.holder(db, "polling", now=NOW + timedelta(seconds=18)) == "a"
    assert await leases.acquire(db, "polling", "b", TTL, now=NOW + timedelta(seconds=19)) == 2
    assert await leases.release(db, "polling", "b")
    assert await leases.holder(db, "polling", now=NOW + timedelta(seconds=20)) is None
    assert await leases.acquire(db, "polling", "c", TTL, now=NOW + timedelta(seconds=20)) == 3


async def test_of_two_processes_one_takes_the_lease_and_each_update_once(
    db: Database, db_target: str | Path
) -> None:
    other = await open_database(db_target)
    try:
        got = await asyncio.gather(
            *(leases.acquire(c, "polling", name, TTL, now=NOW) for c, name in [(db, "a"), (other, "b")] * 3)
        )
        seen = await asyncio.gather(*(leases.first_sight(c, 77, now=NOW) for c in [db, other] * 3))
    finally:
        await other.close()
    assert len({await leases.holder(db, "polling", now=NOW)}) == 1
    assert sum(token is not None for token in got) == 3  # the same owner's three calls
    assert seen.count(True) == 1
    assert await leases.forget_updates(db, before=NOW + timedelta(seconds=1)) == 1
