"""A fake Telegram Bot API server on loopback (aiohttp): it accepts what Telegram accepts, rejects the rest.

`FakeTelegram` is both the HTTP server python-telegram-bot talks to and the tests' handle on it:
user-side helpers inject updates, readers show what the bot sent, fault controls make the next
calls fail. See `tests/fake_telegram/plugin.py` for the fixture and the full API.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import mimetypes
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import web
from telegram import Bot
from telegram.ext import ApplicationBuilder

from tests.fake_telegram import updates
from tests.fake_telegram.html_check import HtmlError, parse_html, utf16_len, valid_link
from tests.fake_telegram.limits import FloodControl, RateLimits
from tests.fake_telegram.records import Event, Message, RequestRecord, StoredFile

T = TypeVar("T")
Params = dict[str, Any]
Files = dict[str, tuple[str, str, bytes]]

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_UPLOAD = 50 * 1024 * 1024
MAX_DOWNLOAD = 20 * 1024 * 1024
HANG_SECONDS = 60.0
_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "link_preview_options",
        "reply_parameters",
        "commands",
        "scope",
        "allowed_updates",
        "message_ids",
    }
)
_INT_FIELDS = frozenset(
    {
        "chat_id",
        "message_id",
        "offset",
        "limit",
        "timeout",
        "reply_to_message_id",
        "cache_time",
        "from_chat_id",
        "message_thread_id",
        "max_connections",
    }
)
_RATE_LIMITED = frozenset(
    {"sendmessage", "senddocument", "editmessagetext", "editmessagereplymarkup", "editmessagecaption"}
)
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
QUERY_INVALID = "Bad Request: query is too old and response timeout expired or query ID is invalid"


class ApiError(Exception):
    """A Bot API error answer: HTTP status, Telegram's description, optional ResponseParameters."""

    def __init__(self, status: int, description: str, parameters: dict[str, int] | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


@dataclass
class Fault:
    """An injected failure for the next `count` calls of `method` (case-insensitive)."""

    method: str
    count: int
    error: ApiError | None = None
    hang: bool = False
    deliver: bool = True


def _bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def _coerce(name: str, value: Any) -> Any:
    """Form fields arrive as strings (python-telegram-bot JSON-encodes non-strings); give them their types."""
    if not isinstance(value, str):
        return value
    if name in _JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError as exc:
            raise _bad(f"can't parse {name} JSON object") from exc
    if name in _INT_FIELDS:
        with contextlib.suppress(ValueError):
            return int(value)
        return value
    if value in ("true", "false", "True", "False"):
        return value.lower() == "true"
    return value


async def _read_params(request: web.Request) -> tuple[Params, Files]:
    params: Params = dict(request.query)
    files: Files = {}
    if request.method == "POST" and request.can_read_body:
        if request.content_type == "application/json":
            body = await request.json()
            if not isinstance(body, dict):
                raise _bad("request body must be a JSON object")
            params.update(body)
        else:
            form = await request.post()
            for name, value in form.items():
                if isinstance(value, web.FileField):
                    files[name] = (value.filename, value.content_type, value.file.read())
                else:
                    params[name] = value
    return {name: _coerce(name, value) for name, value in params.items()}, files


class FakeTelegram:
    """The fake Bot API server and the tests' controls over it (see plugin.py for the API)."""

    def __init__(self, token: str | None = None, *, limits: RateLimits | None = None) -> None:
        bot_id = 5000000000 + secrets.randbelow(10**8)
        self.token = token or f"{bot_id}:AA{secrets.token_urlsafe(24)}"
        self.bot_user: dict[str, Any] = {
            "id": int(self.token.split(":")[0]),
            "is_bot": True,
            "first_name": "Digest Test Bot",
            "username": "digest_test_bot",
            "can_join_groups": True,
            "can_read_all_group_messages": True,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.flood = FloodControl(limits or RateLimits())
        self.requests: list[RequestRecord] = []
        self.callback_answers: list[dict[str, Any]] = []
        self.chat_actions: list[tuple[int, str, float]] = []
        self.commands: dict[str, list[dict[str, str]]] = {}
        self.webhook: dict[str, Any] = {}
        self.files: dict[str, StoredFile] = {}
        self.chats: dict[int, dict[str, Any]] = {}
        self.blocked: set[int] = set()
        self.migrated: dict[int, int] = {}
        self._messages: dict[int, dict[int, Message]] = {}
        self._events: list[Event] = []
        self._next_message_id: dict[int, int] = {}
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(700000001)
        self._file_ids = itertools.count(1)
        self._callback_ids = itertools.count(4400000001)
        self._open_queries: dict[str, dict[str, Any]] = {}
        self._faults: list[Fault] = []
        self._poll_generation = 0
        self._updates_arrived = asyncio.Event()
        self._changed = asyncio.Event()
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._methods: dict[str, Callable[[Params, Files], Awaitable[Any]]] = {
            name.lower(): getattr(self, f"_api_{name}")
            for name in (
                "getMe",
                "getUpdates",
                "setMyCommands",
                "getMyCommands",
                "deleteMyCommands",
                "deleteWebhook",
                "setWebhook",
                "getWebhookInfo",
                "sendMessage",
                "editMessageText",
                "editMessageReplyMarkup",
                "deleteMessage",
                "sendChatAction",
                "answerCallbackQuery",
                "sendDocument",
                "getFile",
                "close",
                "logOut",
            )
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
            params, files = await _read_params(request)
            record.params = {**params, **{name: f"<file {f[0]}>" for name, f in files.items()}}
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            handler = self._methods.get(method.lower())
            if handler is None:
                raise ApiError(404, "Not Found")
            result = await self._call(method.lower(), handler, params, files)
            body: dict[str, Any] = {"ok": True, "result": result}
            record.status = 200
        except ApiError as exc:
            body = exc.body()
            record.status, record.description = exc.status, exc.description
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

    # ---------------------------------------------------------------- state helpers
    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def _wake_pollers(self) -> None:
        self._updates_arrived.set()
        self._updates_arrived = asyncio.Event()

    def _log(self, kind: str, message: Message) -> None:
        self._events.append(
            Event(kind, message.chat_id, message.message_id, time.monotonic(), message.from_bot, message.text)
        )

    def _new_message(self, chat_id: int, *, from_bot: bool, **fields: Any) -> Message:
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        message = Message(chat_id, message_id, from_bot, int(time.time()), **fields)
        self._messages.setdefault(chat_id, {})[message_id] = message
        return message

    def _chat(self, params: Params) -> int:
        """The target chat of a call after Telegram's checks: known, not migrated, has not blocked the bot."""
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _bad("chat_id is empty")
        if not isinstance(chat_id, int):
            raise _bad("chat not found")
        if chat_id in self.migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self.migrated[chat_id]},
            )
        if chat_id not in self.chats:
            raise _bad("chat not found")
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat_id

    def _message_json(self, message: Message) -> dict[str, Any]:
        if not message.from_bot:
            return message.raw
        body: dict[str, Any] = {
            "message_id": message.message_id,
            "from": self.bot_user,
            "date": message.date,
            "chat": self.chats[message.chat_id],
        }
        if message.document is not None:
            body["document"] = message.document.as_document()
            if message.text:
                body["caption"] = message.text
            if message.entities:
                body["caption_entities"] = message.entities
        else:
            body["text"] = message.text
            if message.entities:
                body["entities"] = message.entities
        if message.reply_markup:
            body["reply_markup"] = message.reply_markup
        if message.link_preview_options:
            body["link_preview_options"] = message.link_preview_options
        if message.history:
            body["edit_date"] = int(time.time())
        replied = self._messages[message.chat_id].get(message.reply_to or 0)
        if replied is not None and not replied.deleted:
            body["reply_to_message"] = self._message_json(replied)
        return body

    def _formatted(
        self, params: Params, key: str, limit: int, *, required: bool
    ) -> tuple[str, str | None, list]:
        """Text (or caption) after entity parsing and trimming, as Telegram stores it, or Telegram's error."""
        source = params.get(key)
        entities_key = "entities" if key == "text" else "caption_entities"
        if source is None or source == "":
            if required:
                raise _bad("message text is empty")
            return "", None, []
        source = str(source)
        parse_mode = str(params.get("parse_mode") or "")
        html: str | None = None
        if parse_mode.lower() == "html":
            try:
                text, entities = parse_html(source)
            except HtmlError as exc:
                raise _bad(exc.description.removeprefix("Bad Request: ")) from exc
            html = source
        elif parse_mode:
            raise _bad(f'unsupported parse_mode "{parse_mode}" (the fake server knows only HTML)')
        else:
            text, entities = source, list(params.get(entities_key) or [])
            self._check_entities(text, entities)
        text, entities = _trim(text, entities)
        if not text:
            if required:
                raise _bad("message text is empty")
            return "", html, []
        if utf16_len(text) > limit:
            raise _bad("message is too long" if key == "text" else "message caption is too long")
        return text, html, entities

    @staticmethod
    def _check_entities(text: str, entities: list[dict[str, Any]]) -> None:
        size = utf16_len(text)
        for entity in entities:
            offset, length = entity.get("offset", -1), entity.get("length", 0)
            if not isinstance(offset, int) or not isinstance(length, int) or offset < 0 or length <= 0:
                raise _bad("can't parse entities: entity offset or length is invalid")
            if offset + length > size:
                raise _bad("can't parse entities: entity ends after the end of the text")
            if entity.get("type") == "text_link" and not valid_link(str(entity.get("url", ""))):
                raise _bad("can't parse entities: invalid URL in a text_link entity")

    @staticmethod
    def _reply_markup(params: Params) -> dict[str, Any] | None:
        markup = params.get("reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        rows = markup.get("inline_keyboard")
        if rows is None:
            return markup
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _bad('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays')
        for button in (b for row in rows for b in row):
            if not isinstance(button, dict) or not button.get("text"):
                raise _bad("BUTTON_TEXT_INVALID")
            data, url = button.get("callback_data"), button.get("url")
            if data is not None:
                if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA:
                    raise _bad("BUTTON_DATA_INVALID")
            elif url is not None:
                if not valid_link(str(url)):
                    raise _bad("BUTTON_URL_INVALID")
            elif not any(
                k in button
                for k in (
                    "switch_inline_query",
                    "switch_inline_query_current_chat",
                    "login_url",
                    "web_app",
                    "pay",
                    "copy_text",
                    "callback_game",
                )
            ):
                raise _bad(
                    "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
                )
        return markup

    def _reply_to(self, chat_id: int, params: Params) -> int | None:
        reply = params.get("reply_parameters")
        if isinstance(reply, dict):
            target, lenient = reply.get("message_id"), bool(reply.get("allow_sending_without_reply"))
            if reply.get("chat_id") not in (None, chat_id):
                raise _bad("replies to other chats are not supported by the fake server")
        else:
            target = params.get("reply_to_message_id")
            lenient = bool(params.get("allow_sending_without_reply"))
        if target is None:
            return None
        existing = self._messages.get(chat_id, {}).get(target)
        if existing is None or existing.deleted:
            if lenient:
                return None
            raise _bad("message to be replied not found")
        return int(target)

    def _flood_check(self, method: str, chat_id: int) -> None:
        if method not in _RATE_LIMITED:
            return
        retry_after = self.flood.take(chat_id, time.monotonic())
        if retry_after is not None:
            raise ApiError(429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after})

    def _bot_message(self, params: Params) -> Message:
        chat_id = self._chat(params)
        message_id = params.get("message_id")
        if params.get("inline_message_id"):
            raise _bad("inline messages are not supported by the fake server")
        message = self._messages.get(chat_id, {}).get(message_id)  # type: ignore[arg-type]
        if message is None or message.deleted:
            raise _bad("message to edit not found")
        if not message.from_bot:
            raise _bad("message can't be edited")
        return message

    # ---------------------------------------------------------------- Bot API methods
    async def _api_getMe(self, params: Params, files: Files) -> dict[str, Any]:
        return self.bot_user

    async def _api_close(self, params: Params, files: Files) -> bool:
        return True

    async def _api_logOut(self, params: Params, files: Files) -> bool:
        return True

    async def _api_setWebhook(self, params: Params, files: Files) -> bool:
        url = str(params.get("url") or "")
        if url and not url.startswith("https://") and not url.startswith("http://127.0.0.1"):
            raise _bad("bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook = {"url": url, "secret_token": params.get("secret_token")} if url else {}
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _api_deleteWebhook(self, params: Params, files: Files) -> bool:
        self.webhook = {}
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _api_getWebhookInfo(self, params: Params, files: Files) -> dict[str, Any]:
        return {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    async def _api_setMyCommands(self, params: Params, files: Files) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise _bad("BOT_COMMANDS_TOO_MUCH" if isinstance(commands, list) else "commands must be an Array")
        for command in commands:
            name, description = str(command.get("command", "")), str(command.get("description", ""))
            if not (1 <= len(name) <= 32) or not all(c.islower() or c.isdigit() or c == "_" for c in name):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[self._commands_key(params)] = commands
        return True

    async def _api_getMyCommands(self, params: Params, files: Files) -> list[dict[str, str]]:
        return self.commands.get(self._commands_key(params), [])

    async def _api_deleteMyCommands(self, params: Params, files: Files) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    @staticmethod
    def _commands_key(params: Params) -> str:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)

    async def _api_getUpdates(self, params: Params, files: Files) -> list[dict[str, Any]]:
        if self.webhook:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        self._poll_generation += 1
        generation = self._poll_generation
        self._wake_pollers()
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        allowed = params.get("allowed_updates") or []
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        elif offset < 0:
            self._updates = self._updates[offset:]
        deadline = time.monotonic() + timeout
        while True:
            arrived = self._updates_arrived
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )
            ready = [u for u in self._updates if not allowed or any(kind in u for kind in allowed)]
            remaining = deadline - time.monotonic()
            if ready or remaining <= 0 or self._closing.is_set():
                return ready[:limit]
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(arrived.wait(), remaining)

    async def _api_sendMessage(self, params: Params, files: Files) -> dict[str, Any]:
        chat_id = self._chat(params)
        text, html, entities = self._formatted(params, "text", MAX_TEXT, required=True)
        markup = self._reply_markup(params)
        reply_to = self._reply_to(chat_id, params)
        preview = params.get("link_preview_options")
        if preview is None and params.get("disable_web_page_preview") is not None:
            preview = {"is_disabled": bool(params["disable_web_page_preview"])}
        self._flood_check("sendmessage", chat_id)
        message = self._new_message(
            chat_id,
            from_bot=True,
            text=text,
            html=html,
            entities=entities,
            reply_markup=markup,
            reply_to=reply_to,
            link_preview_options=preview,
        )
        self._log("send", message)
        return self._message_json(message)

    async def _api_sendDocument(self, params: Params, files: Files) -> dict[str, Any]:
        chat_id = self._chat(params)
        stored = self._upload(params, files)
        caption, html, entities = self._formatted(params, "caption", MAX_CAPTION, required=False)
        markup = self._reply_markup(params)
        reply_to = self._reply_to(chat_id, params)
        self._flood_check("senddocument", chat_id)
        message = self._new_message(
            chat_id,
            from_bot=True,
            text=caption,
            html=html,
            entities=entities,
            reply_markup=markup,
            reply_to=reply_to,
            document=stored,
        )
        self._log("send", message)
        return self._message_json(message)

    def _upload(self, params: Params, files: Files) -> StoredFile:
        if "document" in files:
            filename, content_type, data = files["document"]
            if not data:
                raise _bad("file must be non-empty")
            if len(data) > MAX_UPLOAD:
                raise ApiError(413, "Request Entity Too Large")
            return self.store_file(filename or "document", data, content_type)
        reference = params.get("document")
        if isinstance(reference, str) and reference in self.files:
            return self.files[reference]
        if isinstance(reference, str) and reference.startswith("attach://"):
            raise _bad("the fake server does not support attach:// uploads")
        if isinstance(reference, str) and reference.startswith("http"):
            raise _bad("failed to get HTTP URL content")
        raise _bad("there is no document in the request")

    async def _api_editMessageText(self, params: Params, files: Files) -> dict[str, Any]:
        message = self._bot_message(params)
        if message.document is not None:
            raise _bad("there is no text in the message to edit")
        text, html, entities = self._formatted(params, "text", MAX_TEXT, required=True)
        markup = self._reply_markup(params)
        if text == message.text and entities == message.entities and markup == message.reply_markup:
            raise _bad(NOT_MODIFIED.removeprefix("Bad Request: "))
        self._flood_check("editmessagetext", message.chat_id)
        message.history.append(message.text)
        message.text, message.html, message.entities, message.reply_markup = text, html, entities, markup
        if "link_preview_options" in params:
            message.link_preview_options = params["link_preview_options"]
        self._log("edit", message)
        return self._message_json(message)

    async def _api_editMessageReplyMarkup(self, params: Params, files: Files) -> dict[str, Any]:
        message = self._bot_message(params)
        markup = self._reply_markup(params)
        if markup == message.reply_markup or (not markup and not message.reply_markup):
            raise _bad(NOT_MODIFIED.removeprefix("Bad Request: "))
        self._flood_check("editmessagereplymarkup", message.chat_id)
        message.history.append(message.text)
        message.reply_markup = markup
        self._log("edit", message)
        return self._message_json(message)

    async def _api_deleteMessage(self, params: Params, files: Files) -> bool:
        chat_id = self._chat(params)
        message = self._messages.get(chat_id, {}).get(params.get("message_id"))  # type: ignore[arg-type]
        if message is None or message.deleted:
            raise _bad("message to delete not found")
        message.deleted = True
        self._log("delete", message)
        return True

    async def _api_sendChatAction(self, params: Params, files: Files) -> bool:
        chat_id = self._chat(params)
        action = params.get("action")
        if action not in _CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        self.chat_actions.append((chat_id, str(action), time.monotonic()))
        return True

    async def _api_answerCallbackQuery(self, params: Params, files: Files) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if self._open_queries.pop(query_id, None) is None:
            raise _bad(QUERY_INVALID.removeprefix("Bad Request: "))
        if len(str(params.get("text") or "")) > 200:
            raise _bad("MESSAGE_TOO_LONG")
        self.callback_answers.append(
            {
                key: params[key]
                for key in ("callback_query_id", "text", "show_alert", "url", "cache_time")
                if key in params
            }
        )
        return True

    async def _api_getFile(self, params: Params, files: Files) -> dict[str, Any]:
        stored = self.files.get(str(params.get("file_id") or ""))
        if stored is None:
            raise _bad("invalid file_id")
        if len(stored.data) > MAX_DOWNLOAD:
            raise _bad("file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.path,
        }

    # ---------------------------------------------------------------- files
    def store_file(self, filename: str, data: bytes, mime_type: str | None = None) -> StoredFile:
        """Keep `data` as a Telegram file (what a user's or the bot's upload becomes) and return it."""
        number = next(self._file_ids)
        suffix = ("." + filename.rsplit(".", 1)[1]) if "." in filename else ""
        mime = mime_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        stored = StoredFile(
            f"BQACAgIAAx0F{number:08d}{secrets.token_hex(6)}",
            f"AgAD{number:06d}",
            filename,
            mime,
            data,
            f"documents/file_{number}{suffix}",
        )
        self.files[stored.file_id] = stored
        return stored

    # ---------------------------------------------------------------- user side: what people do
    def open_chat(self, chat_id: int, *, chat_type: str | None = None, title: str | None = None) -> None:
        """Make a chat known (Telegram answers "chat not found" for chats the bot has never seen)."""
        if chat_id not in self.chats:
            kind = chat_type or updates.chat_type_for(chat_id)
            self.chats[chat_id] = updates.chat_json(chat_id, kind, title)

    def send_update(self, update: dict[str, Any]) -> int:
        """Queue a raw update (its `update_id` is assigned here) for getUpdates; returns the update id."""
        update = {**update, "update_id": next(self._update_ids)}
        self._updates.append(update)
        self._wake_pollers()
        self._notify()
        return int(update["update_id"])

    def _user_message(
        self,
        user_id: int,
        chat_id: int | None,
        chat_type: str | None,
        language_code: str,
        fields: dict[str, Any],
        reply_to: int | None = None,
    ) -> Message:
        chat_id = user_id if chat_id is None else chat_id
        chat_id = self.migrated.get(chat_id, chat_id)
        self.open_chat(chat_id, chat_type=chat_type)
        if chat_id in self.blocked:
            self.unblock(chat_id)
        message = self._new_message(
            chat_id,
            from_bot=False,
            user_id=user_id,
            text=fields.get("text") or fields.get("caption") or "",
            reply_to=reply_to,
        )
        raw = {
            "message_id": message.message_id,
            "from": updates.user_json(user_id, language_code),
            "chat": self.chats[chat_id],
            "date": message.date,
            **fields,
        }
        if reply_to is not None:
            replied = self._messages[chat_id].get(reply_to)
            if replied is None:
                raise ValueError(f"no message {reply_to} in chat {chat_id} to reply to")
            raw["reply_to_message"] = self._message_json(replied)
        message.raw = raw
        message.entities = list(fields.get("entities") or fields.get("caption_entities") or [])
        self._log("user", message)
        self.send_update({"message": raw})
        return message

    def send_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        chat_type: str | None = None,
        entities: list[dict[str, Any]] | None = None,
        forward_from_chat: dict[str, Any] | str | None = None,
        caption: bool = False,
        reply_to: int | None = None,
        language_code: str = "en",
    ) -> int:
        """A user sends `text` (as a photo caption if `caption`); returns the new message id.

        `entities=None` adds what Telegram detects (url, bot_command, mention); pass `[]` for none.
        """
        found = updates.detect_entities(text) if entities is None else entities
        fields: dict[str, Any] = {}
        if caption:
            fields["photo"] = [
                {
                    "file_id": f"AgACAgIAAxkBAAI{next(self._file_ids):08d}",
                    "file_unique_id": "AQADphoto",
                    "width": 800,
                    "height": 600,
                    "file_size": 48213,
                }
            ]
            fields["caption"] = text
            if found:
                fields["caption_entities"] = found
        else:
            fields["text"] = text
            if found:
                fields["entities"] = found
        if forward_from_chat is not None:
            fields["forward_origin"] = updates.forward_origin(forward_from_chat, int(time.time()) - 600, 17)
        return self._user_message(user_id, chat_id, chat_type, language_code, fields, reply_to).message_id

    def send_command(self, user_id: int, command: str, **kwargs: Any) -> int:
        """A user sends a command such as "/start args"; Telegram marks it with a bot_command entity."""
        name = command.split(maxsplit=1)[0]
        entity = {"type": "bot_command", "offset": 0, "length": utf16_len(name)}
        return self.send_text(user_id, command, entities=[entity], **kwargs)

    def send_document(
        self,
        user_id: int,
        filename: str,
        data: bytes,
        *,
        mime_type: str | None = None,
        caption: str | None = None,
        chat_id: int | None = None,
        chat_type: str | None = None,
    ) -> int:
        """A user sends a file; the bot can fetch it with getFile and the file URL. Returns the message id."""
        stored = self.store_file(filename, data, mime_type)
        fields: dict[str, Any] = {"document": stored.as_document()}
        if caption:
            fields["caption"] = caption
        message = self._user_message(user_id, chat_id, chat_type, "en", fields)
        message.document = stored
        return message.message_id

    def press_button(
        self, user_id: int, message_id: int, callback_data: str, *, chat_id: int | None = None
    ) -> str:
        """A user presses the inline button with `callback_data` under a bot message; returns the query id."""
        chat_id = user_id if chat_id is None else chat_id
        message = self._messages.get(chat_id, {}).get(message_id)
        if message is None or message.deleted or not message.from_bot:
            raise ValueError(f"no live bot message {message_id} in chat {chat_id}")
        if callback_data not in {b.callback_data for b in message.flat_buttons}:
            raise ValueError(
                f"message {message_id} has no button with data {callback_data!r}; "
                f"it has {[b.callback_data for b in message.flat_buttons]}"
            )
        query_id = str(next(self._callback_ids))
        query = {
            "id": query_id,
            "from": updates.user_json(user_id),
            "message": self._message_json(message),
            "chat_instance": str(abs(hash(chat_id))),
            "data": callback_data,
        }
        self._open_queries[query_id] = query
        self.send_update({"callback_query": query})
        return query_id

    # ---------------------------------------------------------------- faults
    def _member_update(self, chat_id: int, old: str, new: str) -> None:
        if self.chats.get(chat_id, {}).get("type") != "private":
            return
        bot = {"user": self.bot_user, "status": old}
        self.send_update(
            {
                "my_chat_member": {
                    "chat": self.chats[chat_id],
                    "from": updates.user_json(chat_id),
                    "date": int(time.time()),
                    "old_chat_member": bot,
                    "new_chat_member": {
                        "user": self.bot_user,
                        "status": new,
                        **({"until_date": 0} if new == "kicked" else {}),
                    },
                }
            }
        )

    def block(self, chat_id: int) -> None:
        """The user blocks the bot: sends to the chat answer 403; the bot gets a my_chat_member update."""
        self.open_chat(chat_id)
        self.blocked.add(chat_id)
        self._member_update(chat_id, "member", "kicked")

    def unblock(self, chat_id: int) -> None:
        """The user unblocks the bot (sending it anything in private does this too)."""
        if chat_id in self.blocked:
            self.blocked.discard(chat_id)
            self._member_update(chat_id, "kicked", "member")

    def migrate(self, chat_id: int, new_chat_id: int) -> None:
        """The group `chat_id` becomes the supergroup `new_chat_id`: calls to the old id answer 400 with
        migrate_to_chat_id, users' later messages arrive from the new id; both service messages are sent."""
        self.open_chat(chat_id)
        title = self.chats[chat_id].get("title")
        self.chats[new_chat_id] = updates.chat_json(new_chat_id, "supergroup", title)
        for chat, key, other in (
            (chat_id, "migrate_to_chat_id", new_chat_id),
            (new_chat_id, "migrate_from_chat_id", chat_id),
        ):
            message = self._new_message(chat, from_bot=False)
            message.raw = {
                "message_id": message.message_id,
                "from": updates.user_json(1),
                "date": message.date,
                "chat": self.chats[chat],
                key: other,
            }
            self.send_update({"message": message.raw})
        self.migrated[chat_id] = new_chat_id

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

    # ---------------------------------------------------------------- readers
    def messages(self, chat_id: int) -> list[Message]:
        """Every message in the chat, users' and the bot's, oldest first, live (deleted ones flagged)."""
        return list(self._messages.get(chat_id, {}).values())

    def bot_messages(self, chat_id: int) -> list[Message]:
        """The bot's messages the user can see now (not deleted), oldest first."""
        return [m for m in self.messages(chat_id) if m.from_bot and not m.deleted]

    def sent(self, chat_id: int) -> list[Message]:
        """Every message the bot sent to the chat, in order, including ones later edited or deleted."""
        return [m for m in self.messages(chat_id) if m.from_bot]

    def transcript(self, chat_id: int | None = None) -> list[Event]:
        """Sends, edits, deletions and user messages in order, for one chat or all."""
        return [e for e in self._events if chat_id is None or e.chat_id == chat_id]

    def errors(self) -> list[RequestRecord]:
        """The calls the server refused (status other than 200)."""
        return [r for r in self.requests if r.status not in (0, 200)]

    async def wait_for(self, predicate: Callable[[], T], timeout: float = 5.0) -> T:
        """Wait until `predicate()` is truthy and return its value; else AssertionError with the transcript.

        Wakes on every server change and re-checks at least every 50 ms, so predicates over outside
        state (a database, say) work too.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            changed = self._changed
            value = predicate()
            if value:
                return value
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(f"condition not met within {timeout} s\n{self.describe()}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), min(remaining, 0.05))

    async def wait_for_message(
        self, chat_id: int, contains: str = "", *, timeout: float = 5.0, after: int = 0
    ) -> Message:
        """The first visible bot message in the chat with id > `after` whose text contains `contains`."""

        def found() -> Message | None:
            return next(
                (m for m in self.bot_messages(chat_id) if m.message_id > after and contains in m.text), None
            )

        return await self.wait_for(found, timeout)

    def describe(self, last: int = 20) -> str:
        """The last events and refused calls, for assertion messages."""
        lines = [
            f"  {e.kind:6} chat {e.chat_id} #{e.message_id} {'bot' if e.from_bot else 'user'}: "
            f"{e.text[:100]!r}"
            for e in self._events[-last:]
        ]
        lines += [f"  refused {r.method}: {r.status} {r.description}" for r in self.errors()[-last:]]
        return "transcript:\n" + ("\n".join(lines) or "  (empty)")


def _trim(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Strip surrounding whitespace as Telegram does, moving and clipping entities to match."""
    stripped = text.strip()
    if stripped == text:
        return text, entities
    shift = utf16_len(text[: len(text) - len(text.lstrip())])
    size = utf16_len(stripped)
    kept = []
    for entity in entities:
        start = max(int(entity["offset"]) - shift, 0)
        end = min(int(entity["offset"]) + int(entity["length"]) - shift, size)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept
