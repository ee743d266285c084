"""Sending to Telegram the careful way: every message the bot sends goes through `Sender`.

On top of the rate limiter's pacing (handlers.ratelimit) it handles what Telegram answers:
- `RetryAfter`: wait as told, then resend once;
- `ChatMigrated`: record the new chat id, then resend once there;
- "can't parse entities": resend once as plain text;
- `Forbidden` (blocked, kicked) or lost rights to post ("need administrator rights in the channel
  chat"): mark the chat blocked (its digests pause) and give up quietly;
- a closed or deleted forum topic: report it, then post in General;
- `TimedOut`: the message may or may not have arrived, so record it as uncertain and never resend blindly.

A sender made with `retry_later=True` (the daily digest's) raises `RetryAfter`, and any error
after which the message surely never reached Telegram (`never_sent`), to its caller instead, who
decides when to retry without holding a claim past its lease.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, Protocol, TypeVar

import httpx
from telegram import Bot, InlineKeyboardMarkup, InputFile, LinkPreviewOptions, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.warnings import PTBDeprecationWarning

from handlers.chats.threads import current_topic
from handlers.telegram.render import html_to_plain

log = logging.getLogger(__name__)
T = TypeVar("T")


class ChatEvents(Protocol):
    """Where the sender records what Telegram told it about a chat."""

    async def blocked(self, chat_id: int) -> None: ...

    async def migrated(self, old_chat_id: int, new_chat_id: int) -> None: ...

    async def uncertain(self, chat_id: int, text: str) -> None: ...

    async def topic_gone(self, chat_id: int, topic: int) -> None: ...


def retry_seconds(err: RetryAfter) -> float:
    """The wait Telegram asked for, in seconds, whichever type this PTB version reports."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = err.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def never_sent(err: NetworkError) -> bool:
    """True when the message cannot have reached Telegram: the connection was never made, or
    Telegram itself answered with a server error (it did not act on the call)."""
    if isinstance(err, BadRequest):
        return False
    cause = err.__cause__
    if isinstance(cause, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return True
    return cause is None and not isinstance(err, TimedOut)


def is_parse_error(err: BadRequest) -> bool:
    return "can't parse entities" in err.message.lower()


def lost_rights(err: BadRequest) -> bool:
    """The bot may no longer post in the chat (demoted in a channel, restricted in a group)."""
    text = err.message.lower()
    return "need administrator rights" in text or "not enough rights to send" in text


def is_topic_gone(err: BadRequest) -> bool:
    """The forum topic was closed or deleted."""
    text = err.message.lower()
    return "message thread not found" in text or "topic_closed" in text or "topic_deleted" in text


def is_not_modified(err: BadRequest) -> bool:
    return "message is not modified" in err.message.lower()


Call = Callable[[int, str, ParseMode | None], Awaitable[T]]


class Sender:
    """Sends, edits and deletes messages with one retry per kind of Telegram refusal."""

    def __init__(self, bot: Bot, events: ChatEvents, *, retry_later: bool = False) -> None:
        self.bot = bot
        self.events = events
        self.retry_later = retry_later

    async def _deliver(self, chat_id: int, text: str, call: Call[T]) -> T | None:
        parse_mode: ParseMode | None = ParseMode.HTML
        used: set[str] = set()
        while True:
            try:
                return await call(chat_id, text, parse_mode)
            except RetryAfter as err:
                if "retry" in used or self.retry_later:
                    raise
                used.add("retry")
                await asyncio.sleep(retry_seconds(err))
            except ChatMigrated as err:
                if "migrate" in used:
                    raise
                used.add("migrate")
                await self.events.migrated(chat_id, err.new_chat_id)
                chat_id = err.new_chat_id
            except BadRequest as err:
                if lost_rights(err):
                    log.info("chat %s refused the message (%s); pausing it", chat_id, err.message)
                    await self.events.blocked(chat_id)
                    return None
                if not is_parse_error(err) or "plain" in used:
                    raise
                used.add("plain")
                log.warning("Telegram could not parse our HTML (%s); sending plain text", err.message)
                text, parse_mode = html_to_plain(text), None
            except Forbidden as err:
                log.info("chat %s refused the message (%s); marking it blocked", chat_id, err.message)
                await self.events.blocked(chat_id)
                return None
            except TimedOut as err:
                if self.retry_later and never_sent(err):
                    raise
                log.warning("sending to chat %s timed out; delivery uncertain, not resending", chat_id)
                await self.events.uncertain(chat_id, text)
                return None

    async def send(
        self,
        chat_id: int,
        text: str,
        *,
        reply_markup: InlineKeyboardMarkup | None = None,
        reply_to: int | None = None,
        topic: int | None = None,
        link_preview: LinkPreviewOptions | None = None,
    ) -> Message | None:
        """Send one HTML message; None when the chat cannot receive it.

        `topic`: the forum topic to post in (default: the topic of the update being handled, if it
        came from this chat). A closed or deleted topic is reported (`topic_gone`) and the message
        goes to General instead. Link previews stay off unless `link_preview` asks for one."""
        where = {"topic": topic if topic is not None else current_topic(chat_id)}
        preview = {"link_preview_options": link_preview} if link_preview is not None else {}

        async def call(chat: int, body: str, parse_mode: ParseMode | None) -> Message:
            return await self.bot.send_message(
                chat,
                body,
                parse_mode=parse_mode,
                reply_markup=reply_markup,
                reply_to_message_id=reply_to if chat == chat_id else None,
                allow_sending_without_reply=True,
                message_thread_id=where["topic"] if chat == chat_id else None,
                **preview,
            )

        try:
            return await self._deliver(chat_id, text, call)
        except BadRequest as err:
            gone = where["topic"]
            if gone is None or not is_topic_gone(err):
                raise
        log.info("topic %s of chat %s is closed or deleted; posting in General", gone, chat_id)
        await self.events.topic_gone(chat_id, gone)
        where["topic"] = None
        return await self._deliver(chat_id, text, call)

    async def send_all(
        self,
        chat_id: int,
        texts: list[str],
        *,
        reply_markup: InlineKeyboardMarkup | None = None,
        reply_to: int | None = None,
        topic: int | None = None,
        link_preview: LinkPreviewOptions | None = None,
    ) -> Message | None:
        """Send the parts of one long reply in order, buttons on the last and the link preview (if
        any) on the first; returns the last message."""
        last = None
        for i, text in enumerate(texts):
            final = i == len(texts) - 1
            last = await self.send(
                chat_id,
                text,
                reply_markup=reply_markup if final else None,
                reply_to=reply_to if i == 0 else None,
                topic=topic,
                link_preview=link_preview if i == 0 else None,
            )
            if last is None:
                return None
        return last

    async def edit(
        self,
        chat_id: int,
        message_id: int,
        text: str,
        *,
        reply_markup: InlineKeyboardMarkup | None = None,
        link_preview: LinkPreviewOptions | None = None,
    ) -> bool:
        """Edit a message's text in place (keeping its link preview only if `link_preview` says it);
        False when it could not be edited."""
        preview = {"link_preview_options": link_preview} if link_preview is not None else {}

        async def call(chat: int, body: str, parse_mode: ParseMode | None) -> Any:
            try:
                return await self.bot.edit_message_text(
                    body,
                    chat_id=chat,
                    message_id=message_id,
                    parse_mode=parse_mode,
                    reply_markup=reply_markup,
                    **preview,
                )
            except BadRequest as err:
                if is_not_modified(err):
                    return True
                raise

        return await self._deliver(chat_id, text, call) is not None

    async def delete(self, chat_id: int, message_id: int) -> None:
        """Delete a message if it is still there."""
        try:
            await self.bot.delete_message(chat_id, message_id)
        except (BadRequest, Forbidden) as err:
            log.info("could not delete message %s in chat %s: %s", message_id, chat_id, err.message)

    async def document(
        self, chat_id: int, document: InputFile | bytes, filename: str, caption: str
    ) -> Message | None:
        """Send a file with a plain caption."""

        async def call(chat: int, body: str, parse_mode: ParseMode | None) -> Message:
            return await self.bot.send_document(
                chat, document, filename=filename, caption=body, parse_mode=parse_mode
            )

        return await self._deliver(chat_id, caption, call)
