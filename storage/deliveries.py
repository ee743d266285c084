"""Deliveries: claim a daily digest or an instant alert before sending, and record every message.

A daily digest is claimed once per (user, local date) with `INSERT … ON CONFLICT DO NOTHING`: only
the caller that gets the row sends, so overlapping ticks or two bot processes never double-send.
Claiming also moves the user's next digest instant to the following day.

A claim is a lease held by an owner until `lease_until`, with a fencing token (FIRST_TOKEN for a
fresh claim). A claim whose lease ran out (its worker died, stalled, or released it to retry later)
is found with `stale_claims` and taken over by exactly one caller with `reclaim`, which raises the
token. Every later write (`save_plan`, `record_message`, `update_message`, `drop_message`, `renew`,
`release`, `mark_*`) may be given the token; it is then refused (False / None) once the claim
has moved on, so a stalled worker learns it must stop before it sends anything more. A send that
timed out is recorded as 'uncertain' and is not retried blindly.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from storage import schedule, users
from storage.articles import StoredArticle, row_to_article
from storage.db import Database, from_epoch, to_epoch, utcnow

STATES = ("claimed", "sent", "failed", "uncertain")
MESSAGE_STATES = ("sending", "sent", "failed", "uncertain")
FIRST_TOKEN = 1
DEFAULT_LEASE = timedelta(minutes=5)


@dataclass(frozen=True)
class Delivery:
    id: int
    user_id: int
    local_date: date
    state: str
    claimed_at: datetime
    updated_at: datetime
    error: str | None
    owner: str | None = None
    token: int = FIRST_TOKEN
    lease_until: datetime | None = None
    attempts: int = 0
    plan: Any = None


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
        owner=row["owner"],
        token=row["token"],
        lease_until=from_epoch(row["lease_until"]),
        attempts=row["attempts"],
        plan=json.loads(row["plan"]) if row["plan"] else None,
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
    db: Database,
    user_id: int,
    local_date: date,
    *,
    owner: str | None = None,
    lease: timedelta = DEFAULT_LEASE,
    now: datetime | None = None,
) -> int | None:
    """Claim the user's digest for `local_date` (token FIRST_TOKEN, leased to `owner` for `lease`);
    the delivery id if we got it, None if someone had.

    Either way the user's next digest instant moves past this date's.
    """
    now = now or utcnow()
    stamp = to_epoch(now)
    async with db.transaction():
        row = await db.fetchone(
            "INSERT INTO deliveries (user_id, local_date, state, claimed_at, updated_at, owner, token,"
            " lease_until) VALUES (?, ?, 'claimed', ?, ?, ?, ?, ?)"
            " ON CONFLICT (user_id, local_date) DO NOTHING RETURNING id",
            (user_id, local_date.isoformat(), stamp, stamp, owner, FIRST_TOKEN, to_epoch(now + lease)),
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


def _fence(token: int | None) -> tuple[str, tuple[int, ...]]:
    """The extra condition (and its parameter) that makes a write on a delivery row fenced."""
    return (" AND state = 'claimed' AND token = ?", (token,)) if token is not None else ("", ())


async def set_delivery_state(
    db: Database,
    delivery_id: int,
    state: str,
    *,
    error: str | None = None,
    token: int | None = None,
    now: datetime | None = None,
) -> bool:
    """Move a delivery to 'sent', 'failed' or 'uncertain' (with an error text for the last two);
    with `token`, only while that claim still holds. A finished delivery drops its plan and lease."""
    if state not in STATES:
        raise ValueError(f"state must be one of {STATES}")
    fence, extra = _fence(token)
    finished = state != "claimed"
    changed = await db.execute(
        "UPDATE deliveries SET state = ?, error = ?, updated_at = ?"
        + (", plan = NULL, lease_until = NULL, owner = NULL" if finished else "")
        + " WHERE id = ?"
        + fence,
        (state, error, to_epoch(now or utcnow()), delivery_id, *extra),
    )
    return changed > 0


async def mark_sent(
    db: Database, delivery_id: int, *, token: int | None = None, now: datetime | None = None
) -> bool:
    return await set_delivery_state(db, delivery_id, "sent", token=token, now=now)


async def mark_failed(
    db: Database, delivery_id: int, error: str, *, token: int | None = None, now: datetime | None = None
) -> bool:
    return await set_delivery_state(db, delivery_id, "failed", error=error, token=token, now=now)


async def mark_uncertain(
    db: Database, delivery_id: int, error: str, *, token: int | None = None, now: datetime | None = None
) -> bool:
    return await set_delivery_state(db, delivery_id, "uncertain", error=error, token=token, now=now)


async def stale_claims(db: Database, now: datetime, *, limit: int = 100) -> list[Delivery]:
    """Deliveries still 'claimed' whose lease ran out by `now` (the worker died, stalled, or
    released the claim to retry later), soonest expired first."""
    rows = await db.fetchall(
        "SELECT * FROM deliveries WHERE state = 'claimed' AND lease_until <= ? ORDER BY lease_until LIMIT ?",
        (to_epoch(now), limit),
    )
    return [_delivery(row) for row in rows]


async def reclaim(
    db: Database,
    delivery: Delivery,
    *,
    owner: str | None = None,
    lease: timedelta = DEFAULT_LEASE,
    now: datetime | None = None,
) -> int | None:
    """Take over a claim whose lease ran out; its new fencing token for exactly one caller, else None.

    The token seen in `delivery` is compared and raised in one statement, so of several workers
    taking over at once one wins, and the previous holder's later writes are all refused.
    """
    now = now or utcnow()
    row = await db.execute_returning(
        "UPDATE deliveries SET token = token + 1, owner = ?, lease_until = ?, updated_at = ?"
        " WHERE id = ? AND state = 'claimed' AND token = ? AND lease_until <= ? RETURNING token",
        (owner, to_epoch(now + lease), to_epoch(now), delivery.id, delivery.token, to_epoch(now)),
    )
    return row["token"] if row else None


async def renew(
    db: Database,
    delivery_id: int,
    token: int,
    *,
    lease: timedelta = DEFAULT_LEASE,
    now: datetime | None = None,
) -> bool:
    """Extend the lease to `now + lease` while the claim is still ours; False when it moved on."""
    now = now or utcnow()
    changed = await db.execute(
        "UPDATE deliveries SET lease_until = ?, updated_at = ? WHERE id = ? AND state = 'claimed'"
        " AND token = ?",
        (to_epoch(now + lease), to_epoch(now), delivery_id, token),
    )
    return changed > 0


async def release(
    db: Database, delivery_id: int, token: int, *, until: datetime, error: str, now: datetime | None = None
) -> bool:
    """Give the claim up until `until` (a transient error: any worker retries it then); counts an
    attempt. False when the claim had already moved on."""
    changed = await db.execute(
        "UPDATE deliveries SET owner = NULL, lease_until = ?, attempts = attempts + 1, error = ?,"
        " updated_at = ? WHERE id = ? AND state = 'claimed' AND token = ?",
        (to_epoch(until), error, to_epoch(now or utcnow()), delivery_id, token),
    )
    return changed > 0


async def save_plan(db: Database, delivery_id: int, token: int, plan: Any) -> bool:
    """Store the digest's rendered parts (JSON-able) before the first is sent; fenced by `token`."""
    changed = await db.execute(
        "UPDATE deliveries SET plan = ? WHERE id = ? AND state = 'claimed' AND token = ?",
        (json.dumps(plan, ensure_ascii=False), delivery_id, token),
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
    token: int | None = None,
    lease: timedelta = DEFAULT_LEASE,
    now: datetime | None = None,
) -> int | None:
    """Record one Telegram message (write 'sending' before the call, then update it); its id.

    With `token` (and `delivery_id`) the delivery's lease is renewed in the same transaction, and
    nothing is recorded (None: do not send) when the claim has moved on to another worker.
    """
    if state not in MESSAGE_STATES:
        raise ValueError(f"state must be one of {MESSAGE_STATES}")
    now = now or utcnow()
    stamp = to_epoch(now)
    async with db.transaction():
        if token is not None and not await renew(db, delivery_id, token, lease=lease, now=now):
            return None
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
    token: int | None = None,
    now: datetime | None = None,
) -> bool:
    """Move a message record on; with `token`, only while its delivery's claim still holds."""
    if state not in MESSAGE_STATES:
        raise ValueError(f"state must be one of {MESSAGE_STATES}")
    fence = (
        " AND EXISTS (SELECT 1 FROM deliveries AS d WHERE d.id = messages.delivery_id"
        " AND d.state = 'claimed' AND d.token = ?)"
    )
    changed = await db.execute(
        "UPDATE messages SET state = ?, telegram_message_id = COALESCE(?, telegram_message_id),"
        " error = ?, updated_at = ? WHERE id = ?" + (fence if token is not None else ""),
        (state, telegram_message_id, error, to_epoch(now or utcnow()), message_id)
        + ((token,) if token is not None else ()),
    )
    return changed > 0


async def drop_message(db: Database, message_id: int, token: int) -> bool:
    """Forget a 'sending' record whose send Telegram refused outright (429): it never arrived."""
    changed = await db.execute(
        "DELETE FROM messages WHERE id = ? AND state = 'sending' AND EXISTS (SELECT 1 FROM deliveries"
        " AS d WHERE d.id = messages.delivery_id AND d.state = 'claimed' AND d.token = ?)",
        (message_id, token),
    )
    return changed > 0


async def list_messages(db: Database, delivery_id: int) -> list[SentMessage]:
    """The messages recorded for a delivery, in order."""
    rows = await db.fetchall("SELECT * FROM messages WHERE delivery_id = ? ORDER BY part, id", (delivery_id,))
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
