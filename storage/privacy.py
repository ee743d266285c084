"""A user's own data: export it as one JSON-able document (`/export`) or delete all of it (`/forget`).

Shared data stays: articles, their digests and feed sources belong to no one user. The export
holds only rows that belong to the user.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from storage.db import Database, utcnow

EXPORT_FORMAT = 1


def _iso(seconds: int | None) -> str | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC).isoformat()


async def export_user(db: Database, user_id: int, *, now: datetime | None = None) -> dict[str, Any] | None:
    """Everything stored about the user (None if there is no such user), as JSON-able data."""
    async with db.transaction():
        user = await db.fetchone("SELECT * FROM users WHERE id = ?", (user_id,))
        if user is None:
            return None
        prefs = await db.fetchone("SELECT * FROM preferences WHERE user_id = ?", (user_id,))
        topics = await db.fetchall("SELECT * FROM topics WHERE user_id = ? ORDER BY id", (user_id,))
        subscriptions = await db.fetchall(
            "SELECT s.feed_url, s.title, s.site_url, sub.paused, sub.created_at FROM subscriptions AS sub"
            " JOIN sources AS s ON s.id = sub.source_id WHERE sub.user_id = ? ORDER BY sub.created_at, s.id",
            (user_id,),
        )
        saved = await db.fetchall(
            "SELECT a.canonical_url, a.title, a.outlet, s.saved_at FROM saved AS s"
            " JOIN articles AS a ON a.id = s.article_id WHERE s.user_id = ? ORDER BY s.saved_at, a.id",
            (user_id,),
        )
        deliveries = await db.fetchall(
            "SELECT local_date, state, claimed_at, updated_at, error FROM deliveries WHERE user_id = ?"
            " ORDER BY local_date",
            (user_id,),
        )
        alerts = await db.fetchall(
            "SELECT a.canonical_url, a.title, al.claimed_at FROM alerts AS al"
            " JOIN articles AS a ON a.id = al.article_id WHERE al.user_id = ? ORDER BY al.claimed_at",
            (user_id,),
        )
        messages = await db.fetchall(
            "SELECT m.part, m.state, m.telegram_message_id, m.error, m.created_at, m.updated_at,"
            " d.local_date, a.canonical_url FROM messages AS m"
            " LEFT JOIN deliveries AS d ON d.id = m.delivery_id"
            " LEFT JOIN articles AS a ON a.id = m.article_id WHERE m.user_id = ? ORDER BY m.id",
            (user_id,),
        )
        pasted = await db.fetchall(
            "SELECT payload, created_at FROM pending WHERE user_id = ? AND kind = 'paste'"
            " ORDER BY created_at",
            (user_id,),
        )
    preferences = None
    if prefs is not None:
        preferences = {
            "digest_time": prefs["digest_time"],
            "timezone": prefs["timezone"],
            "items_per_digest": prefs["items_per_digest"],
            "sentences": prefs["sentences"],
            "quotes": bool(prefs["quotes"]),
            "languages": json.loads(prefs["languages"]),
            "paused": bool(prefs["paused"]),
            "use_catalog": bool(prefs["use_catalog"]),
            "skip_empty_digest": bool(prefs["skip_empty"]),
            "next_digest_at": _iso(prefs["next_due_at"]),
            "last_digest_date": prefs["last_digest_date"],
        }
    return {
        "format": EXPORT_FORMAT,
        "exported_at": (now or utcnow()).isoformat(),
        "user": {
            "chat_id": user["chat_id"],
            "telegram_user_id": user["telegram_user_id"],
            "chat_type": user["chat_type"],
            "language": user["language"],
            "status": user["status"],
            "created_at": _iso(user["created_at"]),
            "last_seen_at": _iso(user["last_seen_at"]),
        },
        "preferences": preferences,
        "topics": [
            {"query": t["query"], "delivery": t["delivery"], "created_at": _iso(t["created_at"])}
            for t in topics
        ],
        "subscriptions": [
            {
                "feed_url": s["feed_url"],
                "title": s["title"],
                "site_url": s["site_url"],
                "paused": bool(s["paused"]),
                "created_at": _iso(s["created_at"]),
            }
            for s in subscriptions
        ],
        "saved": [
            {
                "url": s["canonical_url"],
                "title": s["title"],
                "outlet": s["outlet"],
                "saved_at": _iso(s["saved_at"]),
            }
            for s in saved
        ],
        "daily_digests": [
            {
                "local_date": d["local_date"],
                "state": d["state"],
                "claimed_at": _iso(d["claimed_at"]),
                "updated_at": _iso(d["updated_at"]),
                "error": d["error"],
            }
            for d in deliveries
        ],
        "alerts": [
            {"url": a["canonical_url"], "title": a["title"], "sent_at": _iso(a["claimed_at"])} for a in alerts
        ],
        "messages": [
            {
                "digest_date": m["local_date"],
                "article_url": m["canonical_url"],
                "part": m["part"],
                "state": m["state"],
                "telegram_message_id": m["telegram_message_id"],
                "error": m["error"],
                "created_at": _iso(m["created_at"]),
                "updated_at": _iso(m["updated_at"]),
            }
            for m in messages
        ],
        "pasted_texts": [
            {"text": json.loads(p["payload"]).get("text", ""), "pasted_at": _iso(p["created_at"])}
            for p in pasted
        ],
    }


async def forget_user(db: Database, user_id: int) -> bool:
    """Delete the user and everything that is only theirs; False if there was no such user.

    Preferences, topics, subscriptions, saved items, deliveries, alerts and message records go with
    the user row (ON DELETE CASCADE, in one transaction); shared articles and sources stay.
    """
    deleted = await db.execute("DELETE FROM users WHERE id = ?", (user_id,))
    return deleted > 0
