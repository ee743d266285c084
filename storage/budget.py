"""Shared budgets: how many uses a bucket allows over a sliding window, counted in the database.

Every bot process takes from the same buckets, so a limit holds for the bot as a whole: the Bot
API's 30 messages a second, each chat's own limit, each user's links a minute. `take` locks the
buckets' rows (in a fixed order, so two processes cannot deadlock), counts their uses inside the
window and records the new ones, all in one transaction: of processes taking at once, none can
push a bucket past its limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storage.db import Database


@dataclass(frozen=True)
class Limit:
    """At most `uses` in any `window` seconds, for `bucket`."""

    bucket: str
    uses: int
    window: float


def _ms(seconds: float) -> int:
    return int(seconds * 1000)


async def _lock(db: Database, bucket: str, now_ms: int) -> None:
    await db.execute(
        "INSERT INTO budget_buckets (bucket, touched_at) VALUES (?, ?)"
        " ON CONFLICT (bucket) DO UPDATE SET touched_at = excluded.touched_at",
        (bucket, now_ms),
    )


async def _state(db: Database, limit: Limit, now_ms: int) -> tuple[int, int | None]:
    """Uses of the bucket inside its window, and the earliest of them (None when there are none)."""
    row = await db.fetchone(
        "SELECT COUNT(*) AS used, MIN(at) AS oldest FROM budget_uses WHERE bucket = ? AND at > ?",
        (limit.bucket, now_ms - _ms(limit.window)),
    )
    return int(row["used"]), row["oldest"]


async def take(db: Database, limit: Limit, want: int, *, now: float) -> int:
    """Record up to `want` uses at `now` (epoch seconds), as many as the limit allows; how many."""
    now_ms = _ms(now)
    async with db.transaction():
        await _lock(db, limit.bucket, now_ms)
        used, _ = await _state(db, limit, now_ms)
        granted = max(0, min(want, limit.uses - used))
        if granted:
            await db.executemany(
                "INSERT INTO budget_uses (bucket, at) VALUES (?, ?)", [(limit.bucket, now_ms)] * granted
            )
    return granted


async def take_all(db: Database, limits: Sequence[Limit], *, now: float) -> float:
    """One use from every bucket at once, or from none: 0.0 when taken, else the seconds until
    the fullest bucket frees a use (try again then)."""
    now_ms = _ms(now)
    async with db.transaction():
        wait_ms = 0
        for limit in sorted(limits, key=lambda item: item.bucket):
            await _lock(db, limit.bucket, now_ms)
            used, oldest = await _state(db, limit, now_ms)
            if used >= limit.uses and oldest is not None:
                wait_ms = max(wait_ms, oldest + _ms(limit.window) - now_ms + 1)
        if wait_ms:
            return wait_ms / 1000
        await db.executemany(
            "INSERT INTO budget_uses (bucket, at) VALUES (?, ?)", [(limit.bucket, now_ms) for limit in limits]
        )
    return 0.0


async def purge(db: Database, *, before: float) -> int:
    """Forget uses (and idle buckets) older than `before` (epoch seconds); returns the uses removed."""
    cutoff = _ms(before)
    removed = await db.execute("DELETE FROM budget_uses WHERE at < ?", (cutoff,))
    await db.execute("DELETE FROM budget_buckets WHERE touched_at < ?", (cutoff,))
    return removed
