"""Chats a person manages from their private chat with the bot (channels), and which one is in use.

A channel is a `users` row like any chat (its own topics, sources and preferences). `managed_chats`
links it to the private chats of the admins who connected it; `managers` keeps, per private chat,
which managed chat its commands act on (`acting_on`, None for the private chat itself) and until
when its next forwarded channel post is read as "connect this channel" (`awaiting_until`).
"""

from __future__ import annotations

from datetime import datetime

from storage.db import Database, to_epoch, utcnow
from storage.users import User, user_from_row


async def connect(db: Database, manager_id: int, chat_user_id: int, *, now: datetime | None = None) -> None:
    """Link a chat to a manager's private chat and make it the one their commands act on."""
    async with db.transaction():
        await db.execute(
            "INSERT INTO managed_chats (manager_id, chat_id, created_at) VALUES (?, ?, ?)"
            " ON CONFLICT (manager_id, chat_id) DO NOTHING",
            (manager_id, chat_user_id, to_epoch(now or utcnow())),
        )
        await _set(db, manager_id, "acting_on = ?, awaiting_until = NULL", (chat_user_id,))


async def disconnect(db: Database, manager_id: int, chat_user_id: int) -> None:
    """Unlink a chat from a manager (the chat keeps its settings for its other managers)."""
    async with db.transaction():
        await db.execute(
            "DELETE FROM managed_chats WHERE manager_id = ? AND chat_id = ?", (manager_id, chat_user_id)
        )
        await db.execute(
            "UPDATE managers SET acting_on = NULL WHERE user_id = ? AND acting_on = ?",
            (manager_id, chat_user_id),
        )


async def managed(db: Database, manager_id: int) -> list[User]:
    """The chats this private chat manages, oldest link first."""
    rows = await db.fetchall(
        "SELECT u.* FROM managed_chats AS m JOIN users AS u ON u.id = m.chat_id WHERE m.manager_id = ?"
        " ORDER BY m.created_at, u.id",
        (manager_id,),
    )
    return [user_from_row(row) for row in rows]


async def managers_of(db: Database, chat_user_id: int) -> list[User]:
    """The private chats that manage this chat."""
    rows = await db.fetchall(
        "SELECT u.* FROM managed_chats AS m JOIN users AS u ON u.id = m.manager_id WHERE m.chat_id = ?"
        " ORDER BY m.created_at, u.id",
        (chat_user_id,),
    )
    return [user_from_row(row) for row in rows]


async def acting_on(db: Database, manager_id: int) -> User | None:
    """The managed chat this private chat's commands act on, or None (the private chat itself)."""
    row = await db.fetchone(
        "SELECT u.* FROM managers AS g JOIN managed_chats AS m"
        " ON m.manager_id = g.user_id AND m.chat_id = g.acting_on"
        " JOIN users AS u ON u.id = g.acting_on WHERE g.user_id = ?",
        (manager_id,),
    )
    return user_from_row(row) if row else None


async def act_on(db: Database, manager_id: int, chat_user_id: int | None) -> bool:
    """Switch the private chat's commands to a chat it manages (None: itself); False if not managed."""
    if chat_user_id is not None:
        linked = await db.fetchval(
            "SELECT 1 FROM managed_chats WHERE manager_id = ? AND chat_id = ?", (manager_id, chat_user_id)
        )
        if linked is None:
            return False
    await _set(db, manager_id, "acting_on = ?", (chat_user_id,))
    return True


async def await_forward(db: Database, manager_id: int, until: datetime) -> None:
    """Read this private chat's next forwarded channel post (until `until`) as a channel to connect."""
    await _set(db, manager_id, "awaiting_until = ?", (to_epoch(until),))


async def awaiting_forward(db: Database, manager_id: int, *, now: datetime | None = None) -> bool:
    value = await db.fetchval("SELECT awaiting_until FROM managers WHERE user_id = ?", (manager_id,))
    return value is not None and value > to_epoch(now or utcnow())


async def stop_awaiting(db: Database, manager_id: int) -> None:
    await db.execute("UPDATE managers SET awaiting_until = NULL WHERE user_id = ?", (manager_id,))


async def _set(db: Database, manager_id: int, assignments: str, values: tuple) -> None:
    await db.execute(
        "INSERT INTO managers (user_id) VALUES (?) ON CONFLICT (user_id) DO NOTHING", (manager_id,)
    )
    await db.execute(f"UPDATE managers SET {assignments} WHERE user_id = ?", (*values, manager_id))
