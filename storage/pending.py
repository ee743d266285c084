"""Pending state owned by one chat: pasted articles, offered feed choices, "waiting for a city".

Rows live in the database, not in a process's memory, so a button works after a restart and on
any bot process. Each row has a random, unguessable token and belongs to one chat (`users.id`):
`get` and `take` find a row only for the chat that made it and only until it expires, so a button
can never show or act on another chat's data. `/forget` removes them with the user (cascade).
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta
from typing import Any

from storage.db import Database, to_epoch, utcnow

KINDS = ("paste", "feeds", "city")
TOKEN_BYTES = 12  # 16 URL-safe characters: fits in a 64-byte callback_data, never guessed


def new_token() -> str:
    """A random token of URL-safe characters (never ':', the callback separator)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


async def put(
    db: Database,
    kind: str,
    user_id: int,
    payload: Any,
    ttl: timedelta,
    *,
    token: str | None = None,
    now: datetime | None = None,
) -> str:
    """Store `payload` (JSON-able) for the chat `user_id`; returns its token (replaced if given)."""
    if kind not in KINDS:
        raise ValueError(f"unknown pending kind {kind!r}")
    now = now or utcnow()
    token = token or new_token()
    await db.execute(
        "INSERT INTO pending (token, kind, user_id, payload, created_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (token) DO UPDATE SET kind = excluded.kind,"
        " user_id = excluded.user_id, payload = excluded.payload, created_at = excluded.created_at,"
        " expires_at = excluded.expires_at",
        (token, kind, user_id, json.dumps(payload, ensure_ascii=False), to_epoch(now), to_epoch(now + ttl)),
    )
    return token


async def get(db: Database, kind: str, token: str, user_id: int, *, now: datetime | None = None) -> Any:
    """The payload stored under `token` by this chat, or None (unknown, another chat's, expired)."""
    raw = await db.fetchval(
        "SELECT payload FROM pending WHERE token = ? AND kind = ? AND user_id = ? AND expires_at > ?",
        (token, kind, user_id, to_epoch(now or utcnow())),
    )
    return None if raw is None else json.loads(raw)


async def take(db: Database, kind: str, token: str, user_id: int, *, now: datetime | None = None) -> Any:
    """Like `get`, and the row is gone afterwards; of two processes taking at once, one gets it."""
    row = await db.execute_returning(
        "DELETE FROM pending WHERE token = ? AND kind = ? AND user_id = ? RETURNING payload, expires_at",
        (token, kind, user_id),
    )
    if row is None or row["expires_at"] <= to_epoch(now or utcnow()):
        return None
    return json.loads(row["payload"])


async def for_chat(db: Database, kind: str, token: str, chat_id: int, *, now: datetime | None = None) -> Any:
    """Like `get`, for the chat with Telegram id `chat_id` (one read; no user row is written)."""
    raw = await db.fetchval(
        "SELECT p.payload FROM pending AS p JOIN users AS u ON u.id = p.user_id"
        " WHERE p.token = ? AND p.kind = ? AND u.chat_id = ? AND p.expires_at > ?",
        (token, kind, chat_id, to_epoch(now or utcnow())),
    )
    return None if raw is None else json.loads(raw)


async def drop(db: Database, kind: str, token: str, user_id: int) -> None:
    await db.execute(
        "DELETE FROM pending WHERE token = ? AND kind = ? AND user_id = ?", (token, kind, user_id)
    )


async def purge_expired(db: Database, *, now: datetime | None = None) -> int:
    """Remove every expired row; returns how many went."""
    return await db.execute("DELETE FROM pending WHERE expires_at <= ?", (to_epoch(now or utcnow()),))
