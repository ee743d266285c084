"""One Bot API budget for every bot process: python-telegram-bot's rate limiter, kept in storage.

Telegram allows a bot about 30 messages a second in all, about one a second in a private chat and
20 a minute in a group or channel; a 429 answers anything more. Counted per process, three
processes would send three times that. `SharedRateLimiter` takes each message's turn from shared
budgets (`storage.budget`: the bot's, and the chat's) before the call goes out, waiting until both
have room, so the limits hold for all processes together. Only calls that post or edit a message
count; long polling, callback answers and the rest pass straight through. Until the database is
attached (start-up), or while it cannot be reached, PTB's in-process AIORateLimiter stands in.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import AIORateLimiter, BaseRateLimiter

from storage import StorageError, budget
from storage.budget import Limit
from storage.db import Database

log = logging.getLogger(__name__)

COUNTED = ("send", "edit", "copy", "forward")
OVERALL = Limit("bot", 30, 1.0)
PRIVATE_USES, PRIVATE_WINDOW = 10, 10.0  # one a second on average, up to ten at once
GROUP_USES, GROUP_WINDOW = 20, 60.0
PURGE_EVERY = 2000
KEEP_SECONDS = 600.0


def chat_limit(chat_id: int | str) -> Limit:
    """The chat's own budget: groups, supergroups and channels (negative ids, @names) 20 a minute."""
    if isinstance(chat_id, str) or chat_id < 0:
        return Limit(f"chat:{chat_id}", GROUP_USES, GROUP_WINDOW)
    return Limit(f"chat:{chat_id}", PRIVATE_USES, PRIVATE_WINDOW)


def counted(endpoint: str) -> bool:
    return endpoint.lower().startswith(COUNTED)


class SharedRateLimiter(BaseRateLimiter[int]):
    """Paces message calls by budgets shared through the database (see the module docstring)."""

    def __init__(
        self, clock: Callable[[], float] = time.time, *, chat_limit: Callable[[int | str], Limit] = chat_limit
    ) -> None:
        self._db: Database | None = None
        self._clock = clock
        self._chat_limit = chat_limit
        self._local = AIORateLimiter()
        self._taken = 0

    def attach(self, db: Database) -> None:
        """Count in `db` from now on (called once the database is open)."""
        self._db = db

    async def initialize(self) -> None:
        await self._local.initialize()

    async def shutdown(self) -> None:
        await self._local.shutdown()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        chat_id = data.get("chat_id")
        if self._db is None or chat_id is None or not counted(endpoint):
            return await self._local.process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
        try:
            await self.turn(self._chat_limit(_chat(chat_id)))
        except StorageError as err:
            log.warning("shared send budget unavailable (%s); pacing this process alone", err)
            return await self._local.process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
        return await callback(*args, **kwargs)

    async def turn(self, chat: Limit) -> None:
        """Wait until the bot's and the chat's budgets both have room, and take one use of each."""
        while (wait := await budget.take_all(self._db, (OVERALL, chat), now=self._clock())) > 0:
            await asyncio.sleep(wait)
        self._taken += 1
        if self._taken % PURGE_EVERY == 0:
            await budget.purge(self._db, before=self._clock() - KEEP_SECONDS)


def _chat(chat_id: Any) -> int | str:
    try:
        return int(chat_id)
    except (TypeError, ValueError):
        return str(chat_id)
