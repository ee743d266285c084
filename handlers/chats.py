"""Keeping the users table in step with Telegram: who talked to us, who blocked us, which chats moved."""

from __future__ import annotations

import logging

from telegram import Update

from storage import users
from storage.db import Database
from storage.users import User

log = logging.getLogger(__name__)


async def touch(db: Database, update: Update) -> User | None:
    """Record that this chat talked to the bot (creating it, or reactivating it after a block)."""
    chat = update.effective_chat
    if chat is None:
        return None
    person = update.effective_user
    return await users.upsert_user(
        db,
        chat.id,
        telegram_user_id=person.id if person else None,
        chat_type=chat.type,
        language=person.language_code if person else None,
    )


class StorageChatEvents:
    """The sender's ChatEvents, written to storage."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.uncertain_sends = 0

    async def blocked(self, chat_id: int) -> None:
        await users.mark_blocked(self.db, chat_id)

    async def migrated(self, old_chat_id: int, new_chat_id: int) -> None:
        await users.migrate_chat(self.db, old_chat_id, new_chat_id)

    async def uncertain(self, chat_id: int, text: str) -> None:
        self.uncertain_sends += 1
        log.warning("uncertain delivery to chat %s (%d characters); not resent", chat_id, len(text))
