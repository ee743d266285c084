"""/export sends the user's data as a JSON file; /forget deletes it after a confirmation button."""

from __future__ import annotations

import json

from telegram import Update
from telegram.ext import ContextTypes

from handlers.chats import membership, rights
from handlers.i18n import N_, t
from handlers.telegram.context import resources
from handlers.telegram.keyboards import forget_keyboard
from storage import privacy

ASK_FORGET = N_(
    "This deletes everything I stored about this chat: settings, topics, subscriptions and saved "
    "articles. It cannot be undone. Delete it all?"
)
FORGOTTEN = N_(
    "Done: I deleted everything I stored about this chat. Send /start whenever you want to come back."
)
KEPT = N_("Nothing was deleted.")
NOTHING_STORED = N_("I have nothing stored about this chat.")


async def export_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    res = resources(context)
    chat_id = update.effective_chat.id
    here = await membership.caller(res.db, update)
    user, locale = here.user, here.locale
    if user is None:
        await res.sender.send(chat_id, t(locale, NOTHING_STORED))
        return
    data = await privacy.export_user(res.db, user.id)
    document = json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8")
    await res.sender.document(
        chat_id, document, "digestbot-export.json", t(locale, "Everything I store about this chat.")
    )


async def forget_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ask before deleting (in a group only its admins may)."""
    if not await rights.may_change(update, context):
        await rights.refuse(update, context)
        return
    res = resources(context)
    locale = (await membership.caller(res.db, update)).locale
    await res.sender.send(
        update.effective_chat.id, t(locale, ASK_FORGET), reply_markup=forget_keyboard(locale)
    )


async def forget_chat(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """Delete the chat's data (the confirmation button); returns what to tell the user."""
    res = resources(context)
    here = await membership.caller(res.db, update)
    user, locale = here.user, here.locale
    if user is None:
        return t(locale, NOTHING_STORED)
    await privacy.forget_user(res.db, user.id)
    return t(locale, FORGOTTEN)
