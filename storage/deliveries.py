"""Deliveries: claim a daily digest or an instant alert before sending, and record every message.

A daily digest is claimed once per (user, local date) with `INSERT … ON CONFLICT DO NOTHING`: only
the caller that gets the row sends, so overlapping ticks or two bot processes never double-send.
Claiming also moves the user's next digest instant to the following day. A claim left in state
'claimed' by a crash can be found with `stale_claims` and taken over once with `reclaim`.
A send that timed out is recorded as 'uncertain' and is not retried blindly.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from storage import schedule, users
from storage.articles import StoredArticle, row_to_article
from storage.db import Database, from_epoch, to_epoch, utcnow

STATES = ("claimed", "sent", "failed", "uncertain")
MESSAGE_STATES = ("sending", "sent", "failed", "uncertain")


@dataclass(frozen=True)
class Delivery:
    id: int
    user_id: int
    local_date: date
    state: str
    claimed_at: datetime
    updated_at: datetime
    error: str | None


@dataclass(frozen=True)
class SentMessage:
    id: int
    user_id: int
    delivery_id: int | None
    article_id: int | None
    part: int
    state: str
    telegram_message_id: int | None
    error: str | None
    created_at: datetime
    updated_at: datetime


def _delivery(row: sqlite3.Row) -> Delivery:
    return Delivery(
        id=row["id"],
        user_id=row["user_id"],
        local_date=date.fromisoformat(row["local_date"]),
        state=row["state"],
        claimed_at=from_epoch(row["claimed_at"]),
        updated_at=from_epoch(row["updated_at"]),
        error=row["error"],
    )


def _message(row: sqlite3.Row) -> SentMessage:
    return SentMessage(
        id=row["id"],
        user_id=row["user_id"],
        delivery_id=row["delivery_id"],
        article_id=row["article_id"],
        part=row["part"],
        state=row["state"],
        telegram_message_id=row["telegram_message_id"],
        error=row["error"],
        created_at=from_epoch(row["created_at"]),
        updated_at=from_epoch(row["updated_at"]),
    )


async def claim_delivery(
    db: Database, user_id: int, local_date: date, *, now: datetime | None = None
) -> int | None:
    """Claim the user's digest for `local_date`; the delivery id if we got it, None if someone had.

    Either way the user's next digest instant moves past this date's.
    """
    now = now or utcnow()
    stamp = to_epoch(now)
    async with db.transaction():
        row = await db.fetchone(
            "INSERT INTO deliveries (user_id, local_date, state, claimed_at, updated_at)"
            " VALUES (?, ?, 'claimed', ?, ?) ON CONFLICT (user_id, local_date) DO NOTHING RETURNING id",
            (user_id, local_date.isoformat(), stamp, stamp),
        )
        prefs = await db.fetchone(
            "SELECT digest_time, timezone FROM preferences WHERE user_id = ?", (user_id,)
        )
        if prefs is not None:
            await db.execute(
                "UPDATE preferences SET last_digest_date = ? WHERE user_id = ?"
                " AND (last_digest_date IS NULL OR last_digest_date < ?)",
                (local_date.isoformat(), user_id, local_date.isoformat()),
            )
            due = schedule.slot(prefs["digest_time"], prefs["timezone"], local_date)
            await users.reschedule(db, user_id, after=max(now, due))
    return row["id"] if row else None


async def get_delivery(db: Database, user_id: int, local_date: date) -> Delivery | None:
    row = await db.fetchone(
        "SELECT * FROM deliveries WHERE user_id = ? AND local_date = ?", (user_id, local_date.isoformat())
    )
    return _delivery(row) if row else None


async def set_delivery_state(
    db: Database, delivery_id: int, state: str, *, error: str | None = None, now: datetime | None = None
) -> bool:
    """Move a delivery to 'sent', 'failed' or 'uncertain' (with an error text for the last two)."""
    if state not in STATES:
        raise ValueError(f"state must be one of {STATES}")
    changed = await db.execute(
        "UPDATE deliveries SET state = ?, error = ?, updated_at = ? WHERE id = ?",
        (state, error, to_epoch(now or utcnow()), delivery_id),
    )
    return changed > 0


async def mark_sent(db: Database, delivery_id: int, *, now: datetime | None = None) -> bool:
    return await set_delivery_state(db, delivery_id, "sent", now=now)


async def mark_failed(db: Database, delivery_id: int, error: str, *, now: datetime | None = None) -> bool:
    return await set_delivery_state(db, delivery_id, "failed", error=error, now=now)


async def mark_uncertain(db: Database, delivery_id: int, error: str, *, now: datetime | None = None) -> bool:
    return await set_delivery_state(db, delivery_id, "uncertain", error=error, now=now)


async def stale_claims(db: Database, claimed_before: datetime, *, limit: int = 100) -> list[Delivery]:
    """Deliveries still 'claimed' since before `claimed_before`: their sender probably died."""
    rows = await db.fetchall(
        "SELECT * FROM deliveries WHERE state = 'claimed' AND claimed_at < ? ORDER BY claimed_at LIMIT ?",
        (to_epoch(claimed_before), limit),
    )
    return [_delivery(row) for row in rows]


async def reclaim(
    db: Database, delivery: Delivery, *, now: datetime | None = None
) -> bool:
    """Take over a stale claim; True for exactly one caller (the claim time is compared and set)."""
    changed = await db.execute(
        "UPDATE deliveries SET claimed_at = ?, updated_at = ? WHERE id = ? AND state = 'claimed'"
        " AND claimed_at = ?",
        (to_epoch(now or utcnow()), to_epoch(now or utcnow()), delivery.id, to_epoch(delivery.claimed_at)),
    )
    return changed > 0


async def claim_alert(
    db: Database, user_id: int, article_id: int, *, topic_id: int | None = None, now: datetime | None = None
) -> bool:
    """Claim the right to send this article to this user as an instant alert; True only once."""
    changed = await db.execute(
        "INSERT INTO alerts (user_id, article_id, topic_id, claimed_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (user_id, article_id) DO NOTHING",
        (user_id, article_id, topic_id, to_epoch(now or utcnow())),
    )
    return changed > 0


async def alerted_since(
    db: Database, user_id: int, since: datetime, *, limit: int = 50
) -> list[StoredArticle]:
    """The articles claimed as instant alerts for this user at or after `since`, newest first."""
    rows = await db.fetchall(
        "SELECT a.* FROM alerts AS al JOIN articles AS a ON a.id = al.article_id"
        " WHERE al.user_id = ? AND al.claimed_at >= ? ORDER BY al.claimed_at DESC, a.id DESC LIMIT ?",
        (user_id, to_epoch(since), limit),
    )
    return [row_to_article(row) for row in rows]


async def record_message(
    db: Database,
    user_id: int,
    *,
    state: str = "sending",
    delivery_id: int | None = None,
    article_id: int | None = None,
    part: int = 0,
    telegram_message_id: int | None = None,
    error: str | None = None,
    now: datetime | None = None,
) -> int:
    """Record one Telegram message (write 'sending' before the call, then update it); its id."""
    if state not in MESSAGE_STATES:
        raise ValueError(f"state must be one of {MESSAGE_STATES}")
    stamp = to_epoch(now or utcnow())
    row = await db.execute_returning(
        "INSERT INTO messages (user_id, delivery_id, article_id, part, state, telegram_message_id,"
        " error, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (user_id, delivery_id, article_id, part, state, telegram_message_id, error, stamp, stamp),
    )
    return row["id"]


async def update_message(
    db: Database,
    message_id: int,
    state: str,
    *,
    telegram_message_id: int | None = None,
    error: str | None = None,
    now: datetime | None = None,
) -> bool:
    if state not in MESSAGE_STATES:
        raise ValueError(f"state must be one of {MESSAGE_STATES}")
    changed = await db.execute(
        "UPDATE messages SET state = ?, telegram_message_id = COALESCE(?, telegram_message_id),"
        " error = ?, updated_at = ? WHERE id = ?",
        (state, telegram_message_id, error, to_epoch(now or utcnow()), message_id),
    )
    return changed > 0


async def list_messages(db: Database, delivery_id: int) -> list[SentMessage]:
    """The messages recorded for a delivery, in order."""
    rows = await db.fetchall(
        "SELECT * FROM messages WHERE delivery_id = ? ORDER BY part, id", (delivery_id,)
    )
    return [_message(row) for row in rows]


async def purge_history(
    db: Database, *, keep_days: int = 90, now: datetime | None = None, batch: int = 1000
) -> int:
    """Forget delivery rows, message records and alert claims older than `keep_days` (claims only
    matter for a day or two; the rest is history), in small transactions; returns how many
    delivery rows went."""
    now = now or utcnow()
    cutoff = now - timedelta(days=keep_days)
    total = await _delete_in_batches(db, "deliveries", "local_date < ?", cutoff.date().isoformat(), batch)
    await _delete_in_batches(db, "messages", "created_at < ?", to_epoch(cutoff), batch)
    await db.execute("DELETE FROM alerts WHERE claimed_at < ?", (to_epoch(cutoff),))
    return total


async def _delete_in_batches(db: Database, table: str, condition: str, value: object, batch: int) -> int:
    total = 0
    while True:
        deleted = await db.execute(
            f"DELETE FROM {table} WHERE id IN (SELECT id FROM {table} WHERE {condition} LIMIT ?)",
            (value, batch),
        )
        total += deleted
        if deleted < batch:
            return total
