"""The one error handler: log the failure with its traceback, tell the user without internals."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

log = logging.getLogger(__name__)

SOMETHING_WENT_WRONG = "Sorry, something went wrong on my side; please try again in a moment."


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log every unhandled error; if it came from a user's update, say so in one sentence."""
    log.error("unhandled error while handling an update", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    try:
        await context.bot.send_message(update.effective_chat.id, SOMETHING_WENT_WRONG, parse_mode=None)
    except Forbidden:
        log.info("chat %s cannot receive the apology", update.effective_chat.id)
    except TelegramError:
        log.exception("could not tell chat %s that something went wrong", update.effective_chat.id)
