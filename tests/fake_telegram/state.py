"""The fake Bot API's memory: chats, messages, queued updates, files, and the readers tests use."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import mimetypes
import secrets
import time
from collections.abc import Callable
from typing import Any, TypeVar

from tests.fake_telegram import updates
from tests.fake_telegram.limits import FloodControl, RateLimits
from tests.fake_telegram.records import Event, Message, RequestRecord, StoredFile

T = TypeVar("T")

# How long the waits give the bot by default: a passing test returns as soon as the condition holds,
# so this only bounds a failure, and must cover a loaded 2-core CI machine.
WAIT_SECONDS = 30.0


class ChatState:
    """Everything the fake server knows, shared by the Bot API methods and the user-side helpers."""

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
        # setMyDescription / setMyShortDescription: (kind, language_code or "") -> text
        self.descriptions: dict[tuple[str, str], str] = {}
        self.webhook: dict[str, Any] = {}
        self.files: dict[str, StoredFile] = {}
        self.chats: dict[int, dict[str, Any]] = {}
        self.blocked: set[int] = set()
        self.migrated: dict[int, int] = {}
        self.bot_members: dict[int, dict[str, Any]] = {}
        self.chat_members: dict[int, dict[int, dict[str, Any]]] = {}
        self.forum_topics: dict[int, dict[int, str]] = {}
        self._messages: dict[int, dict[int, Message]] = {}
        self._events: list[Event] = []
        self._next_message_id: dict[int, int] = {}
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(700000001)
        self._file_ids = itertools.count(1)
        self._callback_ids = itertools.count(4400000001)
        self._open_queries: dict[str, dict[str, Any]] = {}
        self._poll_generation = 0
        self._updates_arrived = asyncio.Event()
        self._changed = asyncio.Event()
        self._closing = asyncio.Event()

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
        if message.thread_id is not None:
            body["message_thread_id"] = message.thread_id
            body["is_topic_message"] = bool(self.chats[message.chat_id].get("is_forum"))
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

    # ---------------------------------------------------------------- chats and updates
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

    def unanswered_queries(self) -> list[str]:
        """Callback query ids the bot has not answered yet (a Telegram client shows a spinner for them)."""
        return list(self._open_queries)

    async def wait_for(self, predicate: Callable[[], T], timeout: float = WAIT_SECONDS) -> T:
        """Wait until `predicate()` is truthy and return its value; else AssertionError with the transcript.

        Wakes on every server change and re-checks at least every 50 ms, so predicates over outside
        state (a database, say) work too. Never use a short timeout to show something did not happen.
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
        self, chat_id: int, contains: str = "", *, timeout: float = WAIT_SECONDS, after: int = 0
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
