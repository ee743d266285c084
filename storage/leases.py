"""Named leases (work one bot process does at a time) and the updates already taken for handling.

`acquire(db, name, owner, ttl)` takes or renews the lease: the owner keeps it (same token) while
it renews before `ttl` runs out; anyone else gets it (token + 1) only once it has expired, so of
several processes exactly one holds it at any moment. `release` lets the next one take it at once.

`first_sight(db, update_id)` is True for exactly one caller per update id: the process that is to
handle that update, whichever process (and however many times) Telegram delivered it to.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from storage.db import Database, to_epoch, utcnow


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


async def acquire(
    db: Database, name: str, owner: str, ttl: timedelta, *, now: datetime | None = None
) -> int | None:
    """Take or renew the lease for `ttl`; its token when `owner` holds it now, else None."""
    now = now or utcnow()
    row = await db.execute_returning(
        "INSERT INTO leases (name, owner, token, expires_at) VALUES (?, ?, 1, ?)"
        " ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at,"
        " token = CASE WHEN leases.owner = excluded.owner THEN leases.token ELSE leases.token + 1 END"
        " WHERE leases.owner = excluded.owner OR leases.expires_at <= ? RETURNING token",
        (name, owner, _ms(now + ttl), _ms(now)),
    )
    return row["token"] if row else None


async def release(db: Database, name: str, owner: str) -> bool:
    """Give the lease up now (shutting down), if `owner` still holds it."""
    changed = await db.execute("UPDATE leases SET expires_at = 0 WHERE name = ? AND owner = ?", (name, owner))
    return changed > 0


async def holder(db: Database, name: str, *, now: datetime | None = None) -> str | None:
    """Who holds the lease now (None when nobody does)."""
    return await db.fetchval(
        "SELECT owner FROM leases WHERE name = ? AND expires_at > ?", (name, _ms(now or utcnow()))
    )


async def first_sight(db: Database, update_id: int, *, now: datetime | None = None) -> bool:
    """Record that this update is being handled; True only for the first caller."""
    changed = await db.execute(
        "INSERT INTO updates_seen (update_id, seen_at) VALUES (?, ?) ON CONFLICT (update_id) DO NOTHING",
        (update_id, to_epoch(now or utcnow())),
    )
    return changed > 0


async def forget_updates(db: Database, *, before: datetime) -> int:
    """Drop the record of updates seen before `before` (Telegram keeps an update a day at most)."""
    return await db.execute("DELETE FROM updates_seen WHERE seen_at < ?", (to_epoch(before),))
