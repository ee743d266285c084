"""Topics: plain-text queries a user follows, delivered in the daily digest or instantly."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from storage.db import Database, from_epoch, to_epoch, utcnow

DELIVERIES = ("daily", "instant")


@dataclass(frozen=True)
class Topic:
    id: int
    user_id: int
    query: str
    delivery: str
    created_at: datetime


def _topic(row: sqlite3.Row) -> Topic:
    return Topic(row["id"], row["user_id"], row["query"], row["delivery"], from_epoch(row["created_at"]))


def _check_delivery(delivery: str) -> None:
    if delivery not in DELIVERIES:
        raise ValueError(f"delivery must be one of {DELIVERIES}")


async def add_topic(
    db: Database, user_id: int, query: str, *, delivery: str = "daily", now: datetime | None = None
) -> tuple[Topic, bool]:
    """Follow a query; returns the topic and whether it is new (an identical query is reused).

    The query is stored exactly as given; validating it is the caller's job."""
    _check_delivery(delivery)
    async with db.transaction():
        row = await db.fetchone(
            "INSERT INTO topics (user_id, query, delivery, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (user_id, query) DO NOTHING RETURNING *",
            (user_id, query, delivery, to_epoch(now or utcnow())),
        )
        if row is not None:
            return _topic(row), True
        row = await db.fetchone("SELECT * FROM topics WHERE user_id = ? AND query = ?", (user_id, query))
        return _topic(row), False


async def get_topic(db: Database, user_id: int, topic_id: int) -> Topic | None:
    row = await db.fetchone("SELECT * FROM topics WHERE id = ? AND user_id = ?", (topic_id, user_id))
    return _topic(row) if row else None


async def list_topics(db: Database, user_id: int) -> list[Topic]:
    rows = await db.fetchall("SELECT * FROM topics WHERE user_id = ? ORDER BY id", (user_id,))
    return [_topic(row) for row in rows]


async def set_delivery(db: Database, user_id: int, topic_id: int, delivery: str) -> bool:
    _check_delivery(delivery)
    changed = await db.execute(
        "UPDATE topics SET delivery = ? WHERE id = ? AND user_id = ?", (delivery, topic_id, user_id)
    )
    return changed > 0


async def remove_topic(db: Database, user_id: int, topic_id: int) -> bool:
    """Stop following a topic; only the owner's own topic can be removed."""
    changed = await db.execute("DELETE FROM topics WHERE id = ? AND user_id = ?", (topic_id, user_id))
    return changed > 0


async def active_topics(db: Database, delivery: str | None = None) -> list[Topic]:
    """Topics of active, unpaused users (optionally only daily or only instant ones), by user."""
    sql = (
        "SELECT t.* FROM topics AS t JOIN users AS u ON u.id = t.user_id"
        " JOIN preferences AS p ON p.user_id = t.user_id WHERE u.status = 'active' AND p.paused = 0"
    )
    params: tuple[str, ...] = ()
    if delivery is not None:
        _check_delivery(delivery)
        sql += " AND t.delivery = ?"
        params = (delivery,)
    rows = await db.fetchall(sql + " ORDER BY t.user_id, t.id", params)
    return [_topic(row) for row in rows]


async def topics_for_source(db: Database, source_id: int, delivery: str | None = None) -> list[Topic]:
    """Topics of active, unpaused users whose articles include this source's: they subscribe to it
    (unpaused), or it is a catalog feed and they have the catalog on."""
    sql = (
        "SELECT t.* FROM topics AS t JOIN users AS u ON u.id = t.user_id"
        " JOIN preferences AS p ON p.user_id = t.user_id JOIN sources AS s ON s.id = ?"
        " WHERE u.status = 'active' AND p.paused = 0 AND (EXISTS (SELECT 1 FROM subscriptions AS sub"
        " WHERE sub.user_id = t.user_id AND sub.source_id = s.id AND sub.paused = 0)"
        " OR (s.catalog = 1 AND p.use_catalog = 1))"
    )
    params: tuple[object, ...] = (source_id,)
    if delivery is not None:
        _check_delivery(delivery)
        sql += " AND t.delivery = ?"
        params = (source_id, delivery)
    rows = await db.fetchall(sql + " ORDER BY t.user_id, t.id", params)
    return [_topic(row) for row in rows]
