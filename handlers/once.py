"""Each update handled once, whichever bot process Telegram delivered it to and however often.

Before any other handler, the update id is recorded in storage (`storage.leases.first_sight`); a
process that finds it already recorded drops the update. A webhook retried to another process, or
a new polling leader fetching updates the old one took but had not yet confirmed, are answered
once. When storage cannot be reached the update goes on (its handlers then meet the same error and
answer it with their "try again in a moment").
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop, ContextTypes

from handlers.telegram.context import installed
from storage import StorageError, leases

log = logging.getLogger(__name__)

async def claim_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    res = installed(context.application)
    if res is None:
        return
    try:
        first = await leases.first_sight(res.db, update.update_id)
    except StorageError as err:
        log.warning("could not record update %s as handled: %s", update.update_id, err)
        return
    if not first:
        log.info("update %s was already handled by another process; dropped", update.update_id)
        raise ApplicationHandlerStop
