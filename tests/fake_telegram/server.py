"""A fake Telegram Bot API server on loopback (aiohttp): it accepts what Telegram accepts, rejects the rest.

`FakeTelegram` is both the HTTP server python-telegram-bot talks to and the tests' handle on it:
user-side helpers inject updates, readers show what the bot sent, fault controls make the next
calls fail. See `tests/fake_telegram/plugin.py` for the fixture and the full API.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import web
from telegram import Bot
from telegram.ext import ApplicationBuilder

from tests.fake_telegram.bot_api import MAX_UPLOAD, ApiError, BotApi, Files, Params, read_params
from tests.fake_telegram.limits import RateLimits
from tests.fake_telegram.records import RequestRecord
from tests.fake_telegram.users import UserSide
from tests.fake_telegram.webhook import WebhookDelivery

T = TypeVar("T")
HANG_SECONDS = 60.0


@dataclass
class Fault:
    """An injected failure for the next `count` calls of `method` (case-insensitive)."""

    method: str
    count: int
    error: ApiError | None = None
    hang: bool = False
    deliver: bool = True


class FakeTelegram(BotApi, UserSide):
    """The fake Bot API server and the tests' controls over it (see plugin.py for the API)."""

    def __init__(self, token: str | None = None, *, limits: RateLimits | None = None) -> None:
        super().__init__(token, limits=limits)
        self._faults: list[Fault] = []
        self._runner: web.AppRunner | None = None
        self._delivery: WebhookDelivery | None = None
        self.port = 0
        self._methods: dict[str, Callable[[Params, Files], Awaitable[Any]]] = {
            name.removeprefix("_api_").lower(): getattr(self, name)
            for name in dir(self)
            if name.startswith("_api_")
        }

    # ---------------------------------------------------------------- lifecycle
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    @property
    def limits(self) -> RateLimits:
        return self.flood.limits

    @limits.setter
    def limits(self, value: RateLimits) -> None:
        self.flood.limits = value
        self.flood.reset()

    def make_bot(self, **kwargs: Any) -> Bot:
        """A python-telegram-bot `Bot` pointed at this server (kwargs go to `Bot`)."""
        return Bot(self.token, base_url=self.base_url, base_file_url=self.file_url, **kwargs)

    def application_builder(self) -> ApplicationBuilder:  # type: ignore[type-arg]
        """An `ApplicationBuilder` with this server's token and URLs filled in."""
        return ApplicationBuilder().token(self.token).base_url(self.base_url).base_file_url(self.file_url)

    async def start(self) -> None:
        app = web.Application(client_max_size=MAX_UPLOAD + 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self._runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=1.0, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None and server.sockets
        self.port = server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        if self._delivery is not None:
            await self._delivery.stop()
        self._closing.set()
        self._wake_pollers()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # ---------------------------------------------------------------- HTTP
    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        record = RequestRecord(method, {}, time.monotonic())
        self.requests.append(record)
        try:
            params, files = await read_params(request)
            record.params = {**params, **{name: f"<file {f[0]}>" for name, f in files.items()}}
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            handler = self._methods.get(method.lower())
            if handler is None:
                raise ApiError(
                    404, f"Not Found: method {method} is not implemented by the fake Bot API server"
                )
            result = await self._call(method.lower(), handler, params, files)
            body: dict[str, Any] = {"ok": True, "result": result}
            record.status = 200
        except ApiError as exc:
            body = exc.body()
            record.status, record.description = exc.status, exc.description
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            error = ApiError(400, f"Bad Request: malformed parameters ({type(exc).__name__}: {exc})")
            body = error.body()
            record.status, record.description = error.status, error.description
        self._notify()
        return web.json_response(body, status=record.status)

    async def _call(
        self, method: str, handler: Callable[[Params, Files], Awaitable[T]], params: Params, files: Files
    ) -> T:
        fault = next((f for f in self._faults if f.method == method), None)
        if fault is not None:
            fault.count -= 1
            if fault.count <= 0:
                self._faults.remove(fault)
            if fault.error is not None:
                raise fault.error
            if not fault.deliver:
                await self._hang()
            result = await handler(params, files)
            await self._hang()
            return result
        return await handler(params, files)

    async def _hang(self) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), HANG_SECONDS)
        raise ApiError(500, "Internal Server Error: the fake server hung this request on purpose")

    async def _download(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        path = request.match_info["path"]
        stored = next((f for f in self.files.values() if f.path == path), None)
        if stored is None:
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)
        return web.Response(body=stored.data, content_type=stored.mime_type)

    # ---------------------------------------------------------------- webhook mode
    @property
    def webhook_attempts(self) -> list[tuple[int, int | str]]:
        """(update_id, HTTP status or error) for every POST to the bot's webhook since the last setWebhook."""
        return self._delivery.attempts if self._delivery is not None else []

    async def _api_setWebhook(self, params: Params, files: Files) -> bool:
        url = str(params.get("url") or "")
        if not url:
            return await self._api_deleteWebhook(params, files)
        if not url.startswith("https://") and not url.startswith("http://127.0.0.1"):
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        await self._api_deleteWebhook(params, files)
        secret = params.get("secret_token")
        self.webhook = {"url": url, "secret_token": secret}
        self._delivery = WebhookDelivery(self, url, str(secret) if secret else None)
        self._delivery.start()
        return True

    async def _api_deleteWebhook(self, params: Params, files: Files) -> bool:
        if self._delivery is not None:
            await self._delivery.stop()
            self._delivery = None
        self.webhook = {}
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    # ---------------------------------------------------------------- faults
    def fail_next(
        self,
        method: str,
        status: int | None = None,
        description: str | None = None,
        *,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
        count: int = 1,
    ) -> None:
        """The next `count` calls of `method` fail with this error (429 if `retry_after`, else 400)."""
        parameters: dict[str, int] = {}
        if retry_after is not None:
            parameters["retry_after"] = retry_after
        if migrate_to_chat_id is not None:
            parameters["migrate_to_chat_id"] = migrate_to_chat_id
        status = status or (429 if retry_after is not None else 400)
        if description is None:
            description = {
                429: f"Too Many Requests: retry after {retry_after}",
                403: "Forbidden: bot was blocked by the user",
                500: "Internal Server Error",
            }.get(status, "Bad Request: injected failure")
        self._faults.append(Fault(method.lower(), count, ApiError(status, description, parameters or None)))

    def timeout_next(self, method: str, *, deliver: bool = True, count: int = 1) -> None:
        """The next `count` calls of `method` hang past the client's timeout. With `deliver` the call takes
        effect first (the message really is sent: the uncertain case); without it, it never happens."""
        self._faults.append(Fault(method.lower(), count, hang=True, deliver=deliver))
