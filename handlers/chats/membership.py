"""Keeping the users table in step with Telegram: who talked to us, who blocked us, which chats moved,
and which groups and channels the bot was removed from (or lost the right to post in).

When the bot loses a group or a channel (kicked, removed, demoted, or a send answered 403 / "need
administrator rights"), that chat's digests pause (status 'blocked') and the person who added the
bot or connected the chat, and anyone managing it from a private chat, is told once. Added back,
the chat is active again with every setting it had.

Each update's chat and the language to answer it in are worked out once: `arrive` records the chat
(`touch`) and returns a `Caller`; `caller` looks it up without recording anything.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass

from telegram import Bot, ChatMember, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from handlers import i18n
from handlers.i18n import N_, t
from handlers.telegram.context import resources
from storage import chats as managed
from storage import users
from storage.db import Database
from storage.users import User

log = logging.getLogger(__name__)

PRESENT = (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
LOST_NOTICE = N_(
    "I can no longer post in <b>{name}</b> (I was removed, or lost my admin rights), so its daily "
    "digests are paused. Its topics, sources and settings are kept: add me back and they resume."
)
LOST_CHANNEL_NOTICE = N_(
    "I can no longer post in <b>{name}</b> (I was removed, or lost my admin rights), so its daily "
    "digests are paused. Its topics, sources and settings are kept: add me back as an admin who can "
    "post messages and they resume."
)

TOPIC_GONE = N_(
    "Admins: the topic chosen for daily digests is closed or deleted, so they come here to General "
    "now. To choose another topic, send /settings in it and tap “Send digests here”."
)


async def touch(db: Database, update: Update) -> User | None:
    """Record that this chat talked to the bot (creating it, or reactivating it after a block)."""
    chat = update.effective_chat
    if chat is None:
        return None
    person = update.effective_user
    # A channel's language is not its admin's app language: it is chosen when the channel is
    # connected (the connecting person's own), then with /language (handlers.chats.channels).
    speaks = person.language_code if person and chat.type != ChatType.CHANNEL else None
    return await users.upsert_user(
        db,
        chat.id,
        telegram_user_id=person.id if person else None,
        chat_type=chat.type,
        language=person.language_code if person else None,
        locale=i18n.negotiate(speaks) if speaks else None,
    )


def locale_of(user: User | None, update: object = None) -> str:
    """The chat's interface language: the stored one, else the person's Telegram language, else English."""
    if user is not None and user.locale:
        return i18n.normalize(user.locale)
    if isinstance(update, Update) and update.effective_user is not None:
        return i18n.negotiate(update.effective_user.language_code)
    return i18n.normalize(user.language if user is not None else None)


@dataclass(frozen=True)
class Caller:
    """The chat an update comes from as stored (None when nothing is stored about it), and the
    language to answer it in, worked out once per update."""

    user: User | None
    locale: str


async def arrive(db: Database, update: Update) -> Caller:
    """`touch` the chat (no user without a chat) and say which language to answer in."""
    user = await touch(db, update)
    return Caller(user, locale_of(user, update))


async def caller(db: Database, update: Update) -> Caller:
    """The chat as stored, without creating it (for /export, /forget and replies that must not
    record anything), and the language to answer in."""
    user = await users.get_user_by_chat(db, update.effective_chat.id)
    return Caller(user, locale_of(user, update))


def can_post(member: ChatMember, chat_type: str) -> bool:
    """Whether the bot, as this member, can post: a channel admin with the right to post; any member
    of a group who is not restricted from sending."""
    status = member.status
    if chat_type == ChatType.CHANNEL:
        posts = getattr(member, "can_post_messages", None) is not False
        return status == ChatMemberStatus.OWNER or (status == ChatMemberStatus.ADMINISTRATOR and posts)
    if status == ChatMemberStatus.RESTRICTED:
        return bool(getattr(member, "is_member", False) and getattr(member, "can_send_messages", False))
    return status in PRESENT


async def lose_chat(db: Database, bot: Bot, chat_id: int) -> bool:
    """The bot can no longer post in the chat: pause it and, the first time, tell its owner and
    managers in their private chats. True if this call paused it."""
    if not await users.mark_blocked(db, chat_id):
        return False
    chat = await users.get_user_by_chat(db, chat_id)
    if chat is None or chat.chat_type == ChatType.PRIVATE:
        return True
    told: set[int] = set()
    owner = await users.get_user_by_chat(db, chat.owner_telegram_id) if chat.owner_telegram_id else None
    for person in [owner, *await managed.managers_of(db, chat.id)]:
        if person is None or not person.active or person.chat_type != ChatType.PRIVATE or person.id in told:
            continue
        told.add(person.id)
        name = html.escape(chat.title or str(chat.chat_id), quote=False)
        notice = LOST_CHANNEL_NOTICE if chat.chat_type == ChatType.CHANNEL else LOST_NOTICE
        try:
            await bot.send_message(person.chat_id, t(locale_of(person), notice, name=name))
        except TelegramError as err:
            log.info("could not tell chat %s that the bot lost chat %s: %s", person.chat_id, chat_id, err)
    return True


class StorageChatEvents:
    """The sender's ChatEvents, written to storage."""

    def __init__(self, db: Database, bot: Bot | None = None) -> None:
        self.db = db
        self.bot = bot
        self.uncertain_sends = 0

    async def blocked(self, chat_id: int) -> None:
        if self.bot is None:
            await users.mark_blocked(self.db, chat_id)
        else:
            await lose_chat(self.db, self.bot, chat_id)

    async def migrated(self, old_chat_id: int, new_chat_id: int) -> None:
        await users.migrate_chat(self.db, old_chat_id, new_chat_id)

    async def uncertain(self, chat_id: int, text: str) -> None:
        self.uncertain_sends += 1
        log.warning("uncertain delivery to chat %s (%d characters); not resent", chat_id, len(text))

    async def topic_gone(self, chat_id: int, topic: int) -> None:
        """The forum topic chosen for digests is closed or deleted: digests go to General from now
        on, and the admins are told so once, in General."""
        chat = await users.get_user_by_chat(self.db, chat_id)
        if chat is None:
            return
        prefs = await users.get_preferences(self.db, chat.id)
        if prefs.digest_thread_id != topic:
            return
        await users.set_digest_thread(self.db, chat.id, None)
        if self.bot is not None:
            try:
                await self.bot.send_message(chat_id, t(locale_of(chat), TOPIC_GONE))
            except TelegramError as err:
                log.info("could not tell chat %s that its digest topic is gone: %s", chat_id, err)


async def on_migrate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group became a supergroup: Telegram's service message carries the new (or old) chat id."""
    message = update.effective_message
    db = resources(context).db
    if message.migrate_to_chat_id:
        await users.migrate_chat(db, message.chat_id, message.migrate_to_chat_id)
    elif message.migrate_from_chat_id:
        await users.migrate_chat(db, message.migrate_from_chat_id, message.chat_id)


async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot's own membership changed: a person blocked or unblocked it; a group or channel added
    it, removed it, promoted or demoted it."""
    change = update.my_chat_member
    res = resources(context)
    res.admins.forget(change.chat.id)
    chat = change.chat
    new = change.new_chat_member
    if chat.type == ChatType.PRIVATE:
        if new.status in (ChatMemberStatus.BANNED, ChatMemberStatus.LEFT):
            await users.mark_blocked(res.db, chat.id)
        elif new.status in PRESENT:
            await touch(res.db, update)
        return
    if not can_post(new, chat.type):
        known = await users.get_user_by_chat(res.db, chat.id)
        if known is not None:
            await lose_chat(res.db, context.bot, chat.id)
        return
    user = await touch(res.db, update)
    if user is not None:
        owner = change.from_user.id if user.owner_telegram_id is None and change.from_user else None
        await users.set_chat_info(res.db, user.id, title=chat.title, owner_telegram_id=owner)
