"""Feed sources, their polling state, and who subscribes to which.

One row per feed URL, shared by all its subscribers: the poller fetches each feed once, sends the
stored ETag / Last-Modified, and keeps the next poll time and a failure streak (count, when it
began, whether subscribers were told) for backoff.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from storage.db import Database, from_epoch, to_epoch, utcnow

DEFAULT_POLL_INTERVAL = 900


@dataclass(frozen=True)
class Source:
    id: int
    feed_url: str
    title: str
    site_url: str | None
    etag: str | None
    last_modified: str | None
    poll_interval: int
    next_poll_at: datetime
    last_polled_at: datetime | None
    failure_count: int
    first_failure_at: datetime | None
    failure_notified_at: datetime | None
    last_error: str | None
    created_at: datetime
    catalog: bool


@dataclass(frozen=True)
class Subscription:
    source: Source
    paused: bool
    created_at: datetime


def _source(row: sqlite3.Row) -> Source:
    return Source(
        id=row["id"],
        feed_url=row["feed_url"],
        title=row["title"],
        site_url=row["site_url"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        poll_interval=row["poll_interval"],
        next_poll_at=from_epoch(row["next_poll_at"]),
        last_polled_at=from_epoch(row["last_polled_at"]),
        failure_count=row["failure_count"],
        first_failure_at=from_epoch(row["first_failure_at"]),
        failure_notified_at=from_epoch(row["failure_notified_at"]),
        last_error=row["last_error"],
        created_at=from_epoch(row["created_at"]),
        catalog=bool(row["catalog"]),
    )


async def add_source(
    db: Database,
    feed_url: str,
    *,
    title: str = "",
    site_url: str | None = None,
    poll_interval: int = DEFAULT_POLL_INTERVAL,
    catalog: bool = False,
    now: datetime | None = None,
) -> Source:
    """The source for this feed URL, created (due for polling now) if it is new; a non-empty
    title or site URL given here refreshes the stored ones, and `catalog=True` marks it as a
    built-in catalog feed (a mark that stays)."""
    stamp = to_epoch(now or utcnow())
    row = await db.execute_returning(
        "INSERT INTO sources (feed_url, title, site_url, poll_interval, next_poll_at, created_at, catalog)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (feed_url) DO UPDATE SET"
        " title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE sources.title END,"
        " site_url = COALESCE(excluded.site_url, sources.site_url),"
        " catalog = CASE WHEN excluded.catalog > sources.catalog"
        " THEN excluded.catalog ELSE sources.catalog END RETURNING *",
        (feed_url, title, site_url, poll_interval, stamp, stamp, int(catalog)),
    )
    return _source(row)


async def get_source(db: Database, source_id: int) -> Source | None:
    row = await db.fetchone("SELECT * FROM sources WHERE id = ?", (source_id,))
    return _source(row) if row else None


async def get_source_by_url(db: Database, feed_url: str) -> Source | None:
    row = await db.fetchone("SELECT * FROM sources WHERE feed_url = ?", (feed_url,))
    return _source(row) if row else None


async def sources_due(db: Database, now: datetime, *, limit: int = 100) -> list[Source]:
    """Sources whose next poll time has come and that someone active still wants, most overdue
    first: an unpaused subscriber, or (for catalog feeds) a user with the catalog on and a topic."""
    rows = await db.fetchall(
        "SELECT s.* FROM sources AS s WHERE s.next_poll_at <= ? AND (EXISTS ("
        " SELECT 1 FROM subscriptions AS sub JOIN users AS u ON u.id = sub.user_id"
        " JOIN preferences AS p ON p.user_id = sub.user_id"
        " WHERE sub.source_id = s.id AND sub.paused = 0 AND u.status = 'active' AND p.paused = 0)"
        " OR (s.catalog = 1 AND EXISTS ("
        " SELECT 1 FROM topics AS t JOIN users AS u ON u.id = t.user_id"
        " JOIN preferences AS p ON p.user_id = t.user_id"
        " WHERE p.use_catalog = 1 AND u.status = 'active' AND p.paused = 0)))"
        " ORDER BY s.next_poll_at LIMIT ?",
        (to_epoch(now), limit),
    )
    return [_source(row) for row in rows]


async def claim_poll(db: Database, source: Source, *, until: datetime, now: datetime | None = None) -> bool:
    """Claim a due source's poll for this worker: its next poll moves to `until` (the claim's
    expiry) if it is still what `source` saw. True for exactly one of several processes; if the
    claimer dies, the source falls due again at `until`. The poll's result then sets the real time.
    """
    changed = await db.execute(
        "UPDATE sources SET next_poll_at = ? WHERE id = ? AND next_poll_at = ? AND next_poll_at <= ?",
        (to_epoch(until), source.id, to_epoch(source.next_poll_at), to_epoch(now or utcnow())),
    )
    return changed > 0


async def user_source_ids(db: Database, user_id: int) -> list[int]:
    """The sources whose articles reach this user: unpaused subscriptions, plus the catalog feeds
    when the user has the catalog on."""
    rows = await db.fetchall(
        "SELECT source_id FROM subscriptions WHERE user_id = ? AND paused = 0"
        " UNION SELECT s.id FROM sources AS s JOIN preferences AS p ON p.user_id = ?"
        " WHERE s.catalog = 1 AND p.use_catalog = 1 ORDER BY 1",
        (user_id, user_id),
    )
    return [row[0] for row in rows]


async def record_poll_success(
    db: Database,
    source_id: int,
    *,
    next_poll_at: datetime,
    etag: str | None = None,
    last_modified: str | None = None,
    title: str | None = None,
    site_url: str | None = None,
    poll_interval: int | None = None,
    now: datetime | None = None,
) -> None:
    """A poll worked (200 or 304): keep the validators, clear the failure streak, set the next poll
    (and the feed's own interval, when it gave one)."""
    await db.execute(
        "UPDATE sources SET etag = ?, last_modified = ?, next_poll_at = ?, last_polled_at = ?,"
        " title = COALESCE(NULLIF(?, ''), title), site_url = COALESCE(?, site_url),"
        " poll_interval = COALESCE(?, poll_interval),"
        " failure_count = 0, first_failure_at = NULL, failure_notified_at = NULL, last_error = NULL"
        " WHERE id = ?",
        (etag, last_modified, to_epoch(next_poll_at), to_epoch(now or utcnow()), title, site_url,
         poll_interval, source_id),
    )


async def record_poll_failure(
    db: Database, source_id: int, error: str, *, next_poll_at: datetime, now: datetime | None = None
) -> Source | None:
    """A poll failed: extend the failure streak and set the (backed-off) next poll; returns the
    updated source so the poller can decide whether to tell subscribers."""
    stamp = to_epoch(now or utcnow())
    row = await db.execute_returning(
        "UPDATE sources SET failure_count = failure_count + 1,"
        " first_failure_at = COALESCE(first_failure_at, ?), last_error = ?, next_poll_at = ?,"
        " last_polled_at = ? WHERE id = ? RETURNING *",
        (stamp, error, to_epoch(next_poll_at), stamp, source_id),
    )
    return _source(row) if row else None


async def mark_failure_notified(db: Database, source_id: int, *, now: datetime | None = None) -> bool:
    """Claim the right to tell subscribers about the current failure streak; True only the first time."""
    changed = await db.execute(
        "UPDATE sources SET failure_notified_at = ? WHERE id = ? AND failure_notified_at IS NULL"
        " AND failure_count > 0",
        (to_epoch(now or utcnow()), source_id),
    )
    return changed > 0


async def subscribe(db: Database, user_id: int, source_id: int, *, now: datetime | None = None) -> bool:
    """Subscribe a user to a source; False if already subscribed (a paused one is resumed)."""
    async with db.transaction():
        created = await db.execute(
            "INSERT INTO subscriptions (user_id, source_id, created_at) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id, source_id) DO NOTHING",
            (user_id, source_id, to_epoch(now or utcnow())),
        )
        if not created:
            await db.execute(
                "UPDATE subscriptions SET paused = 0 WHERE user_id = ? AND source_id = ?",
                (user_id, source_id),
            )
    return created > 0


async def unsubscribe(db: Database, user_id: int, source_id: int) -> bool:
    changed = await db.execute(
        "DELETE FROM subscriptions WHERE user_id = ? AND source_id = ?", (user_id, source_id)
    )
    return changed > 0


async def set_subscription_paused(db: Database, user_id: int, source_id: int, paused: bool) -> bool:
    changed = await db.execute(
        "UPDATE subscriptions SET paused = ? WHERE user_id = ? AND source_id = ?",
        (int(paused), user_id, source_id),
    )
    return changed > 0


async def list_subscriptions(db: Database, user_id: int) -> list[Subscription]:
    """The user's subscriptions with their sources, in the order they were added."""
    rows = await db.fetchall(
        "SELECT s.*, sub.paused AS sub_paused, sub.created_at AS sub_created_at"
        " FROM subscriptions AS sub JOIN sources AS s ON s.id = sub.source_id"
        " WHERE sub.user_id = ? ORDER BY sub.created_at, s.id",
        (user_id,),
    )
    return [Subscription(_source(r), bool(r["sub_paused"]), from_epoch(r["sub_created_at"])) for r in rows]


async def subscribers(db: Database, source_id: int) -> list[int]:
    """Ids of active, unpaused users with an unpaused subscription to the source."""
    rows = await db.fetchall(
        "SELECT sub.user_id FROM subscriptions AS sub JOIN users AS u ON u.id = sub.user_id"
        " JOIN preferences AS p ON p.user_id = sub.user_id"
        " WHERE sub.source_id = ? AND sub.paused = 0 AND u.status = 'active' AND p.paused = 0"
        " ORDER BY sub.user_id",
        (source_id,),
    )
    return [row["user_id"] for row in rows]
