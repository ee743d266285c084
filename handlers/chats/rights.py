"""Who may change a chat's settings, topics and sources: in groups, only its administrators.

Anyone in a group may read its topics, sources and settings; changing them (and /forget, and the
buttons that do these) is for the group's admins, including anonymous admins, who write as the
group itself (`sender_chat`). Rights come from Telegram's getChatAdministrators, kept per chat for
`AdminCache.ttl` seconds and dropped as soon as Telegram reports a member change (`on_chat_member`).
In a private chat the person owns the chat and may change everything, or the channel chosen there
with /channel if they still administer it.

`place(update, context)` is what a command reads or changes (the stored chat, whether the sender
may change it, and the language to answer in); `changing(update, context)` is the same for a
change, answering a plain member with one sentence (`ADMINS_ONLY`) and returning None.

Replies always speak the language of the chat they go to: a channel managed from a private chat is
set up in the person's own language (their private chat's, chosen with /language there), while the
channel's own language (`Place.chat_locale`, set with /language while managing it) is what its
posted digests are written in.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from handlers.chats import membership
from handlers.i18n import N_, nt, t
from handlers.reading.limits import AddLimiter
from handlers.telegram.callbacks import answer_query
from handlers.telegram.context import resources
from storage import chats as managed
from storage.users import User

log = logging.getLogger(__name__)

ADMINS_ONLY = N_("Only the admins of this chat can change that.")
GROUPS = (ChatType.GROUP, ChatType.SUPERGROUP)


@dataclass(frozen=True)
class Place:
    """The stored chat a command reads or changes, whether this sender may change it, the language
    to answer in (the chat the update came from, worked out once per update) and that stored
    chat's own language; `elsewhere` when it is a channel managed from this private chat
    (`handlers.chats.channels`), where the two languages may differ."""

    user: User
    may_change: bool
    locale: str
    chat_locale: str
    elsewhere: bool = False


def writes_as_the_group(update: Update) -> bool:
    """An anonymous admin: the message comes from the group itself (not a linked channel)."""
    message = update.message
    chat = update.effective_chat
    return bool(message and message.sender_chat and chat and message.sender_chat.id == chat.id)


async def may_change(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """True in private chats, for anonymous admins and for the group's administrators."""
    chat = update.effective_chat
    if chat is None:
        return False
    if chat.type == ChatType.PRIVATE:
        return True
    if chat.type not in GROUPS:
        return False
    if writes_as_the_group(update):
        return True
    person = update.effective_user
    if person is None:
        return False
    try:
        return person.id in await resources(context).admins.admins(context.bot, chat.id)
    except TelegramError as err:
        log.info("could not read the admins of chat %s: %s", chat.id, err)
        return False


async def is_admin(context: ContextTypes.DEFAULT_TYPE, chat_id: int, person_id: int) -> bool:
    """Whether the person administers the chat; True when Telegram cannot say (the bot lost the
    chat: its managers may still change its settings while its digests are paused)."""
    try:
        return person_id in await resources(context).admins.admins(context.bot, chat_id)
    except TelegramError as err:
        log.info("could not read the admins of chat %s: %s", chat_id, err)
        return True


async def place(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Place | None:
    """The chat this update reads or changes (None without a chat): the chat itself, or in a private
    chat the channel it has chosen with /channel."""
    db = resources(context).db
    here = await membership.arrive(db, update)
    if here.user is None:
        return None
    person = update.effective_user
    if update.effective_chat.type == ChatType.PRIVATE and person is not None:
        target = await managed.acting_on(db, here.user.id)
        if target is not None:
            admin = await is_admin(context, target.chat_id, person.id)
            return Place(target, admin, here.locale, membership.locale_of(target), elsewhere=True)
    return Place(here.user, await may_change(update, context), here.locale, here.locale)


async def refuse(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell a plain member, in one sentence, that only admins may change this."""
    res = resources(context)
    chat_id = update.effective_chat.id
    text = t((await membership.caller(res.db, update)).locale, ADMINS_ONLY)
    if update.callback_query is not None:
        await answer_query(update.callback_query, text, alert=True)
        return
    message = update.effective_message
    await res.sender.send(chat_id, text, reply_to=message.message_id if message else None)


async def changing(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Place | None:
    """The chat this update may change, or None (a plain member is told that only admins may)."""
    where = await place(update, context)
    if where is not None and not where.may_change:
        await refuse(update, context)
        return None
    return where


async def throttled(update: Update, context: ContextTypes.DEFAULT_TYPE, where: Place) -> bool:
    """/follow and /add past the per-person or per-chat limit: answered with one sentence saying
    when to try again (True), else counted (False). Anonymous admins count as their group."""
    res = resources(context)
    person = update.effective_user
    key = where.user.chat_id if writes_as_the_group(update) or person is None else person.id
    limiter = AddLimiter(res.db, res.settings.adds_per_minute, res.settings.chat_adds_per_minute)
    wait = await limiter.take(key, where.user.id)
    if wait <= 0:
        return False
    locale = (await membership.caller(res.db, update)).locale
    seconds = max(1, math.ceil(wait))
    text = nt(
        locale,
        "That's a lot added in one minute; please try again in {n} second.",
        "That's a lot added in one minute; please try again in {n} seconds.",
        seconds,
    )
    await res.sender.send(update.effective_chat.id, text)
    return True


async def on_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Someone joined, left, was promoted or demoted: ask Telegram afresh next time."""
    change = update.chat_member or update.my_chat_member
    if change is not None:
        resources(context).admins.forget(change.chat.id)
