"""Long polling by one bot process at a time: the others stand by and take over within seconds.

Telegram serves `getUpdates` to one client at a time (another one polling at once gets 409
Conflict), so of several `digestbot run` processes on one database only the holder of the
"polling" lease (`storage.leases`) long-polls. Every process starts its handlers and background
jobs (those claim their own work in storage). The holder renews the lease every `RENEW` seconds;
if it dies, freezes or loses the database, the lease runs out after `TTL` and a standby process
takes it and starts polling. A holder that cannot renew in time stops polling by itself.

`PollingRun` replaces PTB's `run_polling` for this (same order: initialize, post_init, start,
poll, then stop, post_stop, shutdown, post_shutdown).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Sequence
from datetime import timedelta

from telegram.error import TelegramError
from telegram.ext import Application

from handlers.telegram.context import installed
from storage import StorageError, leases

log = logging.getLogger(__name__)

LEASE = "polling"
TTL = timedelta(seconds=10)
RENEW = 2.0
POLL_TIMEOUT = timedelta(seconds=10)


class PollingLeader:
    """Holds (or waits for) the polling lease and starts or stops the Updater to match."""

    def __init__(
        self,
        app: Application,
        owner: str,
        *,
        allowed_updates: Sequence[str] | None = None,
        ttl: timedelta = TTL,
        every: float = RENEW,
    ) -> None:
        self.app = app
        self.owner = owner
        self.allowed_updates = allowed_updates
        self.ttl = ttl
        self.every = every
        self._renewed = 0.0

    @property
    def polling(self) -> bool:
        return bool(self.app.updater and self.app.updater.running)

    async def run(self) -> None:
        """Until cancelled: hold the lease and poll, or stand by; then stop polling and let go."""
        try:
            while True:
                await self.step()
                await asyncio.sleep(self.every)
        finally:
            await self.stand_down()

    async def step(self) -> None:
        """Renew or take the lease once, and poll exactly while holding it."""
        res = installed(self.app)
        held = False
        if res is not None:
            try:
                held = await leases.acquire(res.db, LEASE, self.owner, self.ttl) is not None
            except StorageError as err:
                log.warning("polling lease not renewed: %s", err)
                held = self.polling and time.monotonic() - self._renewed < self.ttl.total_seconds() / 2
            else:
                if held:
                    self._renewed = time.monotonic()
        if held and not self.polling:
            log.info("this process now long-polls for updates (%s)", self.owner)
            await self.app.updater.start_polling(
                poll_interval=0.0,
                timeout=POLL_TIMEOUT,
                allowed_updates=self.allowed_updates,
                error_callback=self._polling_error,
            )
        elif not held and self.polling:
            log.warning("polling lease lost; this process stands by")
            await self.app.updater.stop()

    def _polling_error(self, err: TelegramError) -> None:
        log.warning("getUpdates failed: %s", err)

    async def stand_down(self) -> None:
        if self.polling:
            await self.app.updater.stop()
        res = installed(self.app)
        if res is not None:
            with contextlib.suppress(StorageError):
                await leases.release(res.db, LEASE, self.owner)


class PollingRun:
    """Runs the application with leader-elected polling until `stop()` (a signal handler calls it)."""

    def __init__(self, app: Application, leader: PollingLeader, loop: asyncio.AbstractEventLoop) -> None:
        self.app = app
        self.leader = leader
        self.loop = loop
        self._stopping = False
        self._forever = False

    def stop(self) -> None:
        self._stopping = True
        if self._forever:
            self.loop.stop()

    def run(self) -> None:
        app, loop = self.app, self.loop
        task: asyncio.Task[None] | None = None
        try:
            loop.run_until_complete(app.initialize())
            if app.post_init:
                loop.run_until_complete(app.post_init(app))
            loop.run_until_complete(app.start())
            task = loop.create_task(self.leader.run())
            if not self._stopping:
                self._forever = True
                loop.run_forever()
        finally:
            if task is not None:
                task.cancel()
                loop.run_until_complete(asyncio.gather(task, return_exceptions=True))
            if app.running:
                loop.run_until_complete(app.stop())
                if app.post_stop:
                    loop.run_until_complete(app.post_stop(app))
            loop.run_until_complete(app.shutdown())
            if app.post_shutdown:
                loop.run_until_complete(app.post_shutdown(app))
            loop.close()
