"""Keeping the users table in step with Telegram: who talked to us, who blocked us, which chats moved."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatMemberStatus
from telegram.ext import ContextTypes

from handlers import i18n
from handlers.context import resources
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
        locale=i18n.negotiate(person.language_code) if person and person.language_code else None,
    )


def locale_of(user: User | None, update: object = None) -> str:
    """The chat's interface language: the stored one, else the person's Telegram language, else English."""
    if user is not None and user.locale:
        return i18n.normalize(user.locale)
    if isinstance(update, Update) and update.effective_user is not None:
        return i18n.negotiate(update.effective_user.language_code)
    return i18n.normalize(user.language if user is not None else None)


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


async def on_migrate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group became a supergroup: Telegram's service message carries the new (or old) chat id."""
    message = update.effective_message
    db = resources(context).db
    if message.migrate_to_chat_id:
        await users.migrate_chat(db, message.chat_id, message.migrate_to_chat_id)
    elif message.migrate_from_chat_id:
        await users.migrate_chat(db, message.migrate_from_chat_id, message.chat_id)


async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The user blocked (or removed) the bot, or came back."""
    change = update.my_chat_member
    db = resources(context).db
    resources(context).admins.forget(change.chat.id)
    if change.new_chat_member.status in (ChatMemberStatus.BANNED, ChatMemberStatus.LEFT):
        await users.mark_blocked(db, change.chat.id)
    elif change.new_chat_member.status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR):
        await touch(db, update)
