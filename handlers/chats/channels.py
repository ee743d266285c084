"""Channels, managed from a private chat: /channel connects one and chooses which chat commands act on.

A person connects a channel they administer by forwarding one of its posts after /channel, or with
/channel @username. The bot checks with Telegram that it is an admin there who can post, and that
the person is an admin. The channel then has its own topics, sources, time, timezone and language
(at first the connecting person's: `starting_locale`), set with the usual commands in the private
chat while it is the chosen one (`handlers.chats.rights.place`), and its daily digest is posted in
the channel. /channel lists the connected chats as buttons to switch between them (or back to the
private chat) and to disconnect one. Replies in the private chat always speak the person's own language.
"""

from __future__ import annotations

import asyncio
import html
from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, MessageOriginChannel, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from digest.lang import detect
from handlers import i18n
from handlers.chats import membership
from handlers.i18n import N_, t
from handlers.telegram.callbacks import EXPIRED, SEPARATOR, VERSION, Action, answer_query, pack, unpack
from handlers.telegram.context import Resources, resources
from storage import chats as managed
from storage import users
from storage.users import User

BUTTONS = f"^{VERSION}{Action.CHANNEL.value}({SEPARATOR}|$)"
AWAIT = timedelta(minutes=10)
PRIVATE_ONLY = N_("Channels are connected in a private chat with me: open one and send /channel there.")
HOW_TO = N_(
    "To connect a channel, add me to it as an admin who can post messages, then forward me any post "
    "from it, or send <code>/channel @its_username</code>."
)
CANNOT_SEE = N_("I can't find that channel; add me to it as an admin who can post messages, then try again.")
NOT_ADMIN = N_("Only the channel's admins can connect it to me.")
ADMINS = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


def title_of(chat: User) -> str:
    """A chat's title, escaped for HTML."""
    return html.escape(chat.title or str(chat.chat_id), quote=False)


def _button(label: str, *args: str | int) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=pack(Action.CHANNEL, *args))


async def chooser(res: Resources, person: User, locale: str) -> tuple[str, InlineKeyboardMarkup | None]:
    """Which chat the commands act on, with a button for each connected chat."""
    connected = await managed.managed(res.db, person.id)
    current = await managed.acting_on(res.db, person.id)
    if not connected:
        return t(locale, HOW_TO), None
    if current is None:
        now = t(
            locale,
            "Your commands here (/follow, /add, /topics, /sources, /settings…) act on this private chat.",
        )
    else:
        now = t(
            locale,
            "Your commands here (/follow, /add, /topics, /sources, /settings…) act on <b>{name}</b>.",
            name=title_of(current),
        )
    rows = [[_button(("✓ " if current is None else "") + t(locale, "This private chat"), "u", 0)]]
    for chat in connected:
        mark = "✓ " if current is not None and current.id == chat.id else ""
        title = (chat.title or str(chat.chat_id))[:40]
        label = title if chat.active else t(locale, "{title} (paused)", title=title)
        rows.append([_button(mark + label, "u", chat.id), _button(t(locale, "Disconnect"), "d", chat.id)])
    return f"{now}\n\n{t(locale, HOW_TO)}", InlineKeyboardMarkup(rows)


async def channel_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/channel [@username]"""
    res = resources(context)
    chat_id = update.effective_chat.id
    if update.effective_chat.type != ChatType.PRIVATE:
        await res.sender.send(chat_id, t((await membership.caller(res.db, update)).locale, PRIVATE_ONLY))
        return
    here = await membership.arrive(res.db, update)
    person, locale = here.user, here.locale
    if person is None:
        return
    name = (context.args or [""])[0].strip()
    if name:
        handle = name if name.startswith("@") else f"@{name.rsplit('/', 1)[-1]}"
        try:
            found = await context.bot.get_chat(handle)
        except TelegramError:
            await res.sender.send(chat_id, t(locale, CANNOT_SEE))
            return
        await connect(update, context, here, found.id, found.title)
        return
    await managed.await_forward(res.db, person.id, res.clock() + AWAIT)
    text, keyboard = await chooser(res, person, locale)
    await res.sender.send(chat_id, text, reply_markup=keyboard)


async def on_forward(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A post forwarded from a channel right after /channel connects that channel."""
    message = update.effective_message
    origin = message.forward_origin
    if not isinstance(origin, MessageOriginChannel) or update.effective_chat.type != ChatType.PRIVATE:
        return
    res = resources(context)
    here = await membership.caller(res.db, update)
    if here.user is None or not await managed.awaiting_forward(res.db, here.user.id, now=res.clock()):
        return
    await managed.stop_awaiting(res.db, here.user.id)
    await connect(update, context, here, origin.chat.id, origin.chat.title)
    raise ApplicationHandlerStop


async def connect(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    caller: membership.Caller,
    channel_id: int,
    title: str | None,
) -> None:
    """Check the bot may post there and the person is an admin, then connect and choose the channel."""
    res = resources(context)
    here = update.effective_chat.id
    person, locale = caller.user, caller.locale
    shown = html.escape(title or str(channel_id), quote=False)
    try:
        bot_member = await context.bot.get_chat_member(channel_id, context.bot.id)
        member = await context.bot.get_chat_member(channel_id, update.effective_user.id)
    except TelegramError:
        await res.sender.send(here, t(locale, CANNOT_SEE))
        return
    if not membership.can_post(bot_member, ChatType.CHANNEL):
        text = t(
            locale,
            "I'm not an admin of <b>{name}</b> who can post messages yet; add me as one, then try again.",
            name=shown,
        )
        await res.sender.send(here, text)
        return
    if member.status not in ADMINS:
        await res.sender.send(here, t(locale, NOT_ADMIN))
        return
    channel = await users.upsert_user(res.db, channel_id, chat_type=ChatType.CHANNEL)
    await users.set_chat_info(res.db, channel.id, title=title, owner_telegram_id=update.effective_user.id)
    if channel.locale is None:
        await users.set_locale(res.db, channel.id, await starting_locale(update, caller, channel, title))
    await managed.connect(res.db, person.id, channel.id, now=res.clock())
    text = t(
        locale,
        "Connected <b>{name}</b>: its daily digest will be posted there. Your commands here now set it "
        "up (/follow, /add, /topics, /sources, /settings, /time, /timezone); /channel switches back to "
        "this chat.",
        name=shown,
    )
    await res.sender.send(here, text)


async def starting_locale(update: Update, caller: membership.Caller, channel: User, title: str | None) -> str:
    """A newly connected channel's language (a channel has no language of its own in Telegram): the
    connecting admin's (chosen with /language, else their Telegram app's), else the app language
    of the admin who added the bot to it, else the language of the post forwarded to connect it
    and of the channel's title (detected off the event loop: the first detection loads a model), else
    English."""
    person = update.effective_user
    if (caller.user is not None and caller.user.locale) or (person is not None and person.language_code):
        return caller.locale
    if channel.language:
        return i18n.negotiate(channel.language)
    message = update.effective_message
    if message is None or message.forward_origin is None:
        return i18n.DEFAULT
    words = " ".join(filter(None, (title, message.text or message.caption)))
    return i18n.negotiate(await asyncio.to_thread(detect, words))


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Switch which chat commands act on, or disconnect a chat."""
    query = update.callback_query
    res = resources(context)
    data = unpack(query.data)
    here = await membership.caller(res.db, update)
    person, locale = here.user, here.locale
    answer = t(locale, EXPIRED)
    if (
        person is not None
        and data is not None
        and len(data.args) == 2
        and data.args[1].isdigit()
        and update.effective_chat.type == ChatType.PRIVATE
    ):
        op, target = data.args[0], int(data.args[1])
        done = None
        if op == "u" and await managed.act_on(res.db, person.id, target or None):
            done = t(locale, "Switched.")
        elif op == "d" and target:
            await managed.disconnect(res.db, person.id, target)
            done = t(locale, "Disconnected.")
        if done is not None and query.message is not None:
            answer = done
            text, keyboard = await chooser(res, person, locale)
            message = query.message
            await res.sender.edit(message.chat.id, message.message_id, text, reply_markup=keyboard)
    await answer_query(query, answer)
