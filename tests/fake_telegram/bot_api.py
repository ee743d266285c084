"""The Bot API methods of the fake server, with Telegram's checks and error texts."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from typing import Any

from aiohttp import web

from tests.fake_telegram.errors import ApiError
from tests.fake_telegram.errors import bad as _bad
from tests.fake_telegram.html_check import HtmlError, parse_html, utf16_len, valid_link
from tests.fake_telegram.members import Files, Members, Params
from tests.fake_telegram.records import Message, StoredFile

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
# Telegram sets no documented cap on a button's label, but a phone shows about this many characters
# and cuts the rest; the fake refuses longer labels so a translation cannot silently lose its end.
MAX_BUTTON_TEXT = 64
_PREVIEW_FLAGS = ("is_disabled", "prefer_small_media", "prefer_large_media", "show_above_text")
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
_BOOL_FIELDS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "show_alert",
        "drop_pending_updates",
        "disable_web_page_preview",
        "allow_sending_without_reply",
        "disable_content_type_detection",
        "allow_paid_broadcast",
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
    if name in _BOOL_FIELDS and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


async def read_params(request: web.Request) -> tuple[Params, Files]:
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


class BotApi(Members):
    """Bot API methods as `_api_<name>(params, files)`, found by name; errors are raised as ApiError."""

    def _chat(self, params: Params) -> int:
        """The target chat of a call after Telegram's checks: known, not migrated, has not blocked the bot."""
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _bad("chat_id is empty")
        chat_id = self._resolve(chat_id)
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
        self._presence(chat_id)
        return chat_id

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
            if len(str(button["text"])) > MAX_BUTTON_TEXT:
                raise _bad(f"BUTTON_TEXT_INVALID: longer than {MAX_BUTTON_TEXT} characters")
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

    @staticmethod
    def _link_preview(params: Params) -> dict[str, Any] | None:
        """LinkPreviewOptions as Telegram reads them: known fields of the right types, an absolute
        http(s) URL, and not both a small and a large picture."""
        preview = params.get("link_preview_options")
        if preview is None and params.get("disable_web_page_preview") is not None:
            return {"is_disabled": bool(params["disable_web_page_preview"])}
        if preview is None:
            return None
        if not isinstance(preview, dict):
            raise _bad("can't parse link preview options JSON object")
        unknown = set(preview) - {"url", *_PREVIEW_FLAGS}
        if unknown:
            raise _bad(f"link preview options: unknown field {sorted(unknown)[0]}")
        if any(not isinstance(preview[flag], bool) for flag in _PREVIEW_FLAGS if flag in preview):
            raise _bad("link preview options: a flag must be a Boolean")
        url = preview.get("url")
        if url is not None and not (isinstance(url, str) and url.startswith("http") and valid_link(url)):
            raise _bad("link preview options: url must be an absolute http(s) link")
        if preview.get("prefer_small_media") and preview.get("prefer_large_media"):
            raise _bad("link preview options: prefer_small_media and prefer_large_media are exclusive")
        return preview

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
        retry_after = self.flood.take(chat_id)
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

    async def _api_getWebhookInfo(self, params: Params, files: Files) -> dict[str, Any]:
        info = {key: value for key, value in self.webhook.items() if key != "secret_token"}
        return {
            "url": "",
            **info,
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

    def _describe(self, params: Params, kind: str, limit: int) -> bool:
        text = str(params.get(kind) or "")
        if len(text) > limit:
            raise _bad(f"{kind.upper()}_INVALID")
        self.descriptions[(kind, str(params.get("language_code") or ""))] = text
        return True

    async def _api_setMyDescription(self, params: Params, files: Files) -> bool:
        return self._describe(params, "description", 512)

    async def _api_setMyShortDescription(self, params: Params, files: Files) -> bool:
        return self._describe(params, "short_description", 120)

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
        preview = self._link_preview(params)
        self._may_post(chat_id, params)
        self._flood_check("sendmessage", chat_id)
        message = self._new_message(
            chat_id,
            from_bot=True,
            thread_id=params.get("message_thread_id"),
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
        self._may_post(chat_id, params)
        self._flood_check("senddocument", chat_id)
        message = self._new_message(
            chat_id,
            from_bot=True,
            thread_id=params.get("message_thread_id"),
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
        preview = self._link_preview(params)
        if text == message.text and entities == message.entities and markup == message.reply_markup:
            raise _bad(NOT_MODIFIED.removeprefix("Bad Request: "))
        self._flood_check("editmessagetext", message.chat_id)
        message.history.append(message.text)
        message.text, message.html, message.entities, message.reply_markup = text, html, entities, markup
        message.link_preview_options = preview
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

    async def _api_editMessageCaption(self, params: Params, files: Files) -> dict[str, Any]:
        message = self._bot_message(params)
        if message.document is None:
            raise _bad("there is no caption in the message to edit")
        caption, html, entities = self._formatted(params, "caption", MAX_CAPTION, required=False)
        markup = self._reply_markup(params)
        if caption == message.text and entities == message.entities and markup == message.reply_markup:
            raise _bad(NOT_MODIFIED.removeprefix("Bad Request: "))
        self._flood_check("editmessagecaption", message.chat_id)
        message.history.append(message.text)
        message.text, message.html, message.entities, message.reply_markup = caption, html, entities, markup
        self._log("edit", message)
        return self._message_json(message)

    async def _api_deleteMessages(self, params: Params, files: Files) -> bool:
        chat_id = self._chat(params)
        ids = params.get("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise _bad("message_ids must list 1 to 100 message identifiers")
        for message_id in ids:
            message = self._messages.get(chat_id, {}).get(message_id)
            if message is not None and not message.deleted:
                message.deleted = True
                self._log("delete", message)
        return True

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
