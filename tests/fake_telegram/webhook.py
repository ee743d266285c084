"""Webhook mode of the fake Bot API: queued updates are POSTed to the bot's URL in order, as Telegram does."""

from __future__ import annotations

import asyncio
import contextlib
import time

import aiohttp

from tests.fake_telegram.state import ChatState

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class WebhookDelivery:
    """Delivers `state`'s queued updates to `url` one at a time; an update leaves the queue on a 2xx answer,
    otherwise it is retried with a growing pause (at most 1 s) and the error shows in getWebhookInfo."""

    def __init__(self, state: ChatState, url: str, secret_token: str | None) -> None:
        self.state = state
        self.url = url
        self.secret_token = secret_token
        self.attempts: list[tuple[int, int | str]] = []
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        headers = {SECRET_HEADER: self.secret_token} if self.secret_token else {}
        pause = 0.05
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while True:
                arrived = self.state._updates_arrived
                if not self.state._updates:
                    await arrived.wait()
                    continue
                update = self.state._updates[0]
                outcome = await self._post(session, update, headers)
                self.attempts.append((int(update["update_id"]), outcome))
                if isinstance(outcome, int) and 200 <= outcome < 300:
                    if self.state._updates and self.state._updates[0] is update:
                        self.state._updates.pop(0)
                    pause = 0.05
                else:
                    self.state.webhook.update(
                        last_error_date=int(time.time()), last_error_message=str(outcome)
                    )
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self.state._closing.wait(), pause)
                    pause = min(pause * 2, 1.0)
                self.state._notify()

    async def _post(
        self, session: aiohttp.ClientSession, update: dict[str, object], headers: dict[str, str]
    ) -> int | str:
        try:
            async with session.post(self.url, json=update, headers=headers) as response:
                await response.read()
                return response.status
        except (aiohttp.ClientError, TimeoutError) as exc:
            return f"{type(exc).__name__}: {exc}"
