"""The one error handler: log the failure with its traceback, tell the user without internals.

A storage failure is answered with its own sentence (`StorageBusyError`: "try again in a moment");
anything else with a generic apology.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from handlers.failures import describe
from handlers.i18n import N_, negotiate, t
from storage import StorageError

log = logging.getLogger(__name__)

SOMETHING_WENT_WRONG = N_("Sorry, something went wrong on my side; please try again in a moment.")


def user_sentence(error: BaseException | None, locale: str | None = None) -> str:
    """What the user is told about an unhandled error, in their language."""
    if isinstance(error, StorageError):
        return describe(error, locale)
    return t(locale, SOMETHING_WENT_WRONG)


def _locale(update: Update) -> str:
    """The person's Telegram language (the stored chat may be what just failed to load)."""
    person = update.effective_user
    return negotiate(person.language_code if person else None)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log every unhandled error; if it came from a user's update, say so in one sentence."""
    log.error("unhandled error while handling an update", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    try:
        await context.bot.send_message(
            update.effective_chat.id, user_sentence(context.error, _locale(update)), parse_mode=None
        )
    except Forbidden:
        log.info("chat %s cannot receive the apology", update.effective_chat.id)
    except TelegramError:
        log.exception("could not tell chat %s that something went wrong", update.effective_chat.id)
