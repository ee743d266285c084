"""Per-user fairness: at most N links a minute each, counted over a sliding window in storage, so
the limit holds however many bot processes share the user's messages. While storage cannot be
reached the limit is not applied (the request then meets the storage error where it matters)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from storage import StorageError, budget
from storage.budget import Limit
from storage.db import Database

log = logging.getLogger(__name__)

LIMIT_MESSAGE = (
    "You've sent a lot of links in the last minute, so I skipped {skipped}; "
    "please send {them} again in a minute."
)


class LinkLimiter:
    """A sliding one-minute window of link uses per user, shared through the database."""

    def __init__(
        self, db: Database, per_minute: int, window: float = 60.0, clock: Callable[[], float] = time.time
    ) -> None:
        self.db = db
        self.per_minute = per_minute
        self.window = window
        self._clock = clock

    async def take(self, user_id: int, wanted: int) -> int:
        """Claim up to `wanted` links for the user now; returns how many are allowed."""
        limit = Limit(f"links:{user_id}", self.per_minute, self.window)
        try:
            return await budget.take(self.db, limit, wanted, now=self._clock())
        except StorageError as err:
            log.warning("link limit not checked: %s", err)
            return wanted


def limit_message(skipped: int) -> str:
    """The polite sentence for links skipped by the limit."""
    if skipped == 1:
        return LIMIT_MESSAGE.format(skipped="one link", them="it")
    return LIMIT_MESSAGE.format(skipped=f"{skipped} links", them="them")
