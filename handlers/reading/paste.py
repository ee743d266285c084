"""Pasted text without links: a long paste gets a digest, short chatter a one-line hint.

A paste longer than Telegram's message limit arrives as several messages; those sent by one user
within about two seconds are joined first (see `handlers.reading.pastes`).
"""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import ContextTypes

from digest.errors import DigestError
from handlers.chats import membership
from handlers.failures import describe
from handlers.i18n import N_, t
from handlers.reading.links import typing
from handlers.reading.pool import WorkFailed
from handlers.telegram.context import resources
from handlers.telegram.keyboards import digest_keyboard
from handlers.telegram.render import render_digest

MIN_PASTE_CHARS = 600
HINT = N_("Send me a link to a news article, or paste a whole article's text, and I'll answer with a digest.")


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Text with no link in it."""
    res = resources(context)
    message = update.effective_message
    person = update.effective_user.id if update.effective_user else message.chat_id
    text = await res.pastes.add(person, message.text or "")
    if text is None:
        return
    here = await membership.arrive(res.db, update)
    user, locale = here.user, here.locale
    if user is None:
        return
    chat_id = message.chat_id
    if len(text.strip()) < MIN_PASTE_CHARS:
        await res.sender.send(chat_id, t(locale, HINT))
        return
    if not await res.limiter.take(person, 1):
        await res.sender.send(
            chat_id,
            t(locale, "You've sent a lot in the last minute; please send that text again in a minute."),
        )
        return
    async with typing(res, chat_id):
        try:
            reading = await res.reader.read_text(text, user.id)
        except (DigestError, WorkFailed) as err:
            failure = html.escape(describe(err, locale), quote=False)
            await res.sender.send(chat_id, failure, reply_to=message.message_id)
            return
    keyboard = digest_keyboard(reading.ref, None, locale=locale)
    await res.sender.send_all(
        chat_id,
        render_digest(reading.digest, locale=locale),
        reply_markup=keyboard,
        reply_to=message.message_id,
    )
