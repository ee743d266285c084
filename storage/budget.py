"""Shared budgets: how many uses a bucket allows over a sliding window, counted in the database.

Every bot process takes from the same buckets, so a limit holds for the bot as a whole: the Bot
API's 30 messages a second, each chat's own limit, each user's links a minute. Each use is a row
(`at` in epoch milliseconds). `take_all` checks every bucket and records one use of each in one
statement, and `take` counts and records inside one write transaction; write transactions run one
at a time on both backends (SQLite's BEGIN IMMEDIATE, the PostgreSQL backend's write lock), so of
processes taking at once none can push a bucket past its limit.
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


async def take(db: Database, limit: Limit, want: int, *, now: float) -> int:
    """Record up to `want` uses at `now` (epoch seconds), as many as the limit allows; how many."""
    now_ms = _ms(now)
    async with db.transaction():
        used = await db.fetchval(
            "SELECT COUNT(*) FROM budget_uses WHERE bucket = ? AND at > ?",
            (limit.bucket, now_ms - _ms(limit.window)),
        )
        granted = max(0, min(want, limit.uses - int(used)))
        if granted:
            await db.executemany(
                "INSERT INTO budget_uses (bucket, at) VALUES (?, ?)", [(limit.bucket, now_ms)] * granted
            )
    return granted


async def take_all(db: Database, limits: Sequence[Limit], *, now: float) -> float:
    """One use from every bucket at once, or from none: 0.0 when taken, else the seconds until
    the fullest bucket frees a use (try again then)."""
    now_ms = _ms(now)
    picks = " UNION ALL ".join("SELECT CAST(? AS TEXT) AS bucket" for _ in limits)
    check = "(SELECT COUNT(*) FROM budget_uses WHERE bucket = ? AND at > ?) < ?"
    checks = " AND ".join(check for _ in limits)
    params: list[object] = [now_ms, *(limit.bucket for limit in limits)]
    for limit in limits:
        params += [limit.bucket, now_ms - _ms(limit.window), limit.uses]
    taken = await db.execute(
        f"INSERT INTO budget_uses (bucket, at) SELECT pick.bucket, CAST(? AS BIGINT) FROM ({picks}) AS pick"
        f" WHERE {checks}",
        params,
    )
    if taken:
        return 0.0
    wait_ms = 1
    for limit in limits:
        row = await db.fetchone(
            "SELECT COUNT(*) AS used, MIN(at) AS oldest FROM budget_uses WHERE bucket = ? AND at > ?",
            (limit.bucket, now_ms - _ms(limit.window)),
        )
        if row["used"] >= limit.uses and row["oldest"] is not None:
            wait_ms = max(wait_ms, row["oldest"] + _ms(limit.window) - now_ms + 1)
    return wait_ms / 1000


async def purge(db: Database, *, before: float) -> int:
    """Forget uses older than `before` (epoch seconds); returns how many went."""
    return await db.execute("DELETE FROM budget_uses WHERE at < ?", (_ms(before),))
