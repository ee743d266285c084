"""Per-user fairness: at most N links a minute each, counted over a sliding window in storage, so
the limit holds however many bot processes share the user's messages. While storage cannot be
reached the limit is not applied (the request then meets the storage error where it matters)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from handlers.i18n import nt
from storage import StorageError, budget
from storage.budget import Limit
from storage.db import Database

log = logging.getLogger(__name__)


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


class AddLimiter:
    """/follow and /add: at most `per_person` a minute from one person and `per_chat` into one chat
    (a group's admins together), shared through the database like the link limit."""

    def __init__(
        self, db: Database, per_person: int, per_chat: int, clock: Callable[[], float] = time.time
    ) -> None:
        self.db = db
        self.per_person = per_person
        self.per_chat = per_chat
        self._clock = clock

    async def take(self, person: int, chat: int) -> float:
        """One use for the person and the chat: 0 when taken, else the seconds until they may."""
        limits = (
            Limit(f"adds:{person}", self.per_person, 60.0),
            Limit(f"adds-chat:{chat}", self.per_chat, 60.0),
        )
        try:
            return await budget.take_all(self.db, limits, now=self._clock())
        except StorageError as err:
            log.warning("add limit not checked: %s", err)
            return 0.0


def limit_message(skipped: int, locale: str | None = None) -> str:
    """The polite sentence for links skipped by the limit."""
    return nt(
        locale,
        "You've sent a lot of links in the last minute, so I skipped one link; "
        "please send it again in a minute.",
        "You've sent a lot of links in the last minute, so I skipped {n} links; "
        "please send them again in a minute.",
        skipped,
    )
