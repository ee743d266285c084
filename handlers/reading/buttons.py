"""Every inline button press: More / Less, Save, Remove, Forget, and the greeting's buttons.

Payloads come from `handlers.telegram.callbacks`; anything this version did not make, or a button whose
article is gone, is answered with "This button has expired."
"""

from __future__ import annotations

import logging

from telegram import CallbackQuery, Update
from telegram.ext import ContextTypes

from digest.errors import DigestError
from handlers.chats import membership, rights
from handlers.failures import describe
from handlers.i18n import t
from handlers.reading.pool import WorkFailed
from handlers.reading.saved import saved_view
from handlers.settings import privacy
from handlers.start import help_text
from handlers.telegram.callbacks import EXPIRED, Action, CallbackData, answer_query, unpack
from handlers.telegram.context import Resources, resources
from handlers.telegram.keyboards import digest_keyboard, level_options, valid_level
from handlers.telegram.render import article_preview, article_url, render_digest_fitting
from storage import saved, users
from storage.errors import StorageConstraintError

log = logging.getLogger(__name__)

# Buttons that change what a group has set up: for its admins only (`handlers.chats.rights`).
CHANGES = frozenset({Action.FORGET, Action.KEEP})


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    data = unpack(query.data)
    res = resources(context)
    if data is not None and data.action in CHANGES and not await rights.may_change(update, context):
        await rights.refuse(update, context)
        return
    locale = (await membership.caller(res.db, update)).locale
    try:
        answer = await _dispatch(update, context, res, query, data, locale) if data else t(locale, EXPIRED)
    except (ValueError, IndexError):
        log.info("malformed button payload %r", query.data)
        answer = t(locale, EXPIRED)
    await answer_query(query, answer)


async def _dispatch(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    res: Resources,
    query: CallbackQuery,
    data: CallbackData,
    locale: str,
) -> str | None:
    """Carry out one button; the callback answer, in `locale`."""
    message = query.message
    chat_id = update.effective_chat.id
    if data.action in (Action.MORE, Action.LESS):
        ref, level = data.args[0], data.int_arg(1)
        user = await membership.touch(res.db, update)
        if not valid_level(level) or message is None or user is None:
            return t(locale, EXPIRED)
        try:
            digest = await res.reader.redigest(ref, level_options(level), user.id)
        except (DigestError, WorkFailed) as err:
            return describe(err, locale)
        if digest is None:
            return t(locale, EXPIRED)
        article = ref.startswith("a")
        keyboard = digest_keyboard(ref, article_url(digest) if article else None, level, locale=locale)
        choice = (await users.get_preferences(res.db, user.id)).article_preview if article else "off"
        await res.sender.edit(
            chat_id,
            message.message_id,
            render_digest_fitting(digest, locale=locale),
            reply_markup=keyboard,
            link_preview=article_preview(digest, choice),
        )
        return None
    if data.action is Action.SAVE:
        user = await membership.touch(res.db, update)
        article_id = int(data.args[0][1:])
        try:
            added = await saved.save(res.db, user.id, article_id)
        except StorageConstraintError:
            return t(locale, EXPIRED)
        if added:
            return t(locale, "Saved for later; /saved lists it.")
        return t(locale, "It's already in your saved list.")
    if data.action is Action.UNSAVE:
        user = await membership.touch(res.db, update)
        await saved.remove(res.db, user.id, data.int_arg(0))
        if message is not None:
            text, keyboard = await saved_view(res, user.id, locale)
            await res.sender.edit(chat_id, message.message_id, text, reply_markup=keyboard)
        return t(locale, "Removed.")
    if data.action is Action.FORGET:
        text = await privacy.forget_chat(update, context)
        if message is not None:
            await res.sender.edit(chat_id, message.message_id, text)
        return None
    if data.action is Action.KEEP:
        if message is not None:
            await res.sender.edit(chat_id, message.message_id, t(locale, privacy.KEPT))
        return None
    if data.action is Action.HELP:
        await res.sender.send(chat_id, help_text(locale))
        return None
    user = await membership.touch(res.db, update)
    text, keyboard = await saved_view(res, user.id, locale)
    await res.sender.send(chat_id, text, reply_markup=keyboard)
    return None
