"""Pytest plugin: the `telegram` fixture, a strict fake Telegram Bot API server for end-to-end bot tests.

Usage
-----
The fixture starts `FakeTelegram` (tests/fake_telegram/server.py) on 127.0.0.1 with a random port
and yields it. Point the real python-telegram-bot at it and act as users::

    async def test_echo(telegram):
        app = telegram.application_builder().build()      # or build_application(settings) with
        app.add_handler(MessageHandler(filters.TEXT, echo))  #   TELEGRAM_API_BASE_URL=telegram.base_url
        async with running(app):                             #   TELEGRAM_API_FILE_URL=telegram.file_url
            telegram.send_text(42, "hello")                  #   TELEGRAM_BOT_TOKEN=telegram.token
            reply = await telegram.wait_for_message(42, "hello")
        assert reply.text == "hello"

Connection: `base_url` ("http://127.0.0.1:PORT/bot"), `file_url` (".../file/bot"), `token`
("<id>:AA…"), `bot_user` (the getMe dict), `make_bot(**Bot kwargs)`, `application_builder()`.

Acting as users (each returns at once; the update waits for the bot's getUpdates):
- `send_text(user_id, text, *, chat_id=None, chat_type=None, entities=None, forward_from_chat=None,
  caption=False, reply_to=None, language_code="en") -> message id`. `chat_id` defaults to the
  user's private chat; a negative id is a group ("-100…" a supergroup) unless `chat_type` says
  otherwise. `entities=None` adds the url / bot_command / mention entities Telegram detects;
  `[]` sends none. `forward_from_chat` (a title or a chat dict) makes it a forwarded channel post;
  `caption=True` sends the text as a photo caption; `reply_to` replies to a message id.
- `send_command(user_id, "/start args", **send_text kwargs) -> message id` (bot_command entity).
- `send_document(user_id, filename, data, *, mime_type=None, caption=None, chat_id=None)
  -> message id`; the bot downloads it with getFile and the file URL.
- `press_button(user_id, message_id, callback_data, *, chat_id=None) -> callback query id`; the
  button must exist on a live bot message.
- `send_update(raw_update_dict) -> update id` for anything else; `open_chat(chat_id)` makes a chat
  known without a message (sends to unknown chats answer "chat not found").

Reading what the bot did:
- `messages(chat_id)`: every message, users' and the bot's, live `Message` records (`message_id`,
  `text` (plain, after HTML parsing), `html` (as sent), `entities`, `buttons` (rows of `Button(text,
  callback_data, url)`), `button(label)`, `reply_markup`, `document` (`StoredFile` with `filename`,
  `data`, `mime_type`), `caption`, `reply_to`, `link_preview_options`, `deleted`, `history` (earlier
  texts), `edited`).
- `bot_messages(chat_id)` (visible bot messages), `sent(chat_id)` (all the bot sent, incl. deleted),
  `transcript(chat_id=None)` (`Event(kind="send"|"edit"|"delete"|"user", chat_id, message_id, time,
  from_bot, text)`), `requests` (`RequestRecord(method, params, time, status, description)` for every
  call, monotonic times), `errors()`, `callback_answers` (dicts), `unanswered_queries()`,
  `chat_actions` ((chat_id, action, time)), `commands` (set with setMyCommands, keyed by scope),
  `descriptions` (setMyDescription / setMyShortDescription, keyed by (kind, language_code)),
  `files`, `webhook_attempts`, `describe()`.
- `await wait_for(predicate, timeout=30.0)` returns the first truthy `predicate()`; it wakes on each
  server change (and every 50 ms), and fails with the transcript. `await wait_for_message(chat_id,
  contains="", *, timeout=30.0, after=0) -> Message`. The timeout only bounds a failure.

Methods: getMe, getChat, getChatMember, getChatAdministrators (see below), getUpdates (long polling,
offset, limit, allowed_updates), setWebhook / deleteWebhook / getWebhookInfo (webhook mode POSTs queued
updates to the bot's URL with the secret header, retrying failures; `webhook_attempts` lists (update_id,
status)), set/get/deleteMyCommands, setMyDescription, setMyShortDescription, sendMessage,
sendDocument, editMessageText, editMessageCaption, editMessageReplyMarkup, deleteMessage(s),
sendChatAction, answerCallbackQuery, getFile (+ downloads), close, logOut.

Telegram's rules it enforces (400 unless said): Telegram HTML only (html_check.py), text ≤ 4096 and
caption ≤ 1024 UTF-16 units after parsing, non-empty text, callback_data 1-64 bytes, button URLs,
"message is not modified", edits/deletes of missing messages, replies to missing messages, unknown
chats, flood limits (429 + retry_after; `limits`), blocked chats (403), migrated groups (400 +
migrate_to_chat_id), unknown methods (404 "Not Found: method X is not implemented…", which PTB
raises as InvalidToken), wrong token (401), a second concurrent getUpdates or getUpdates while a
webhook is set (409). editMessageText without reply_markup removes the keyboard, as on Telegram.

Groups, channels, forum topics (members.py): getChatMember, getChatAdministrators, getChat (by id or
@username). `make_admin(chat_id, user_id, *, creator=False, anonymous=False)` and `demote_user` (both
send chat_member), `add_bot(chat_id, by_user, *, admin=False)` / `kick_bot` / `demote_bot` (send
my_chat_member; `tell=False` changes the bot's rights silently), `open_channel(chat_id, *, title,
username)`, `channel_post(chat_id, text)`, `open_forum(chat_id)` with `open_topic` / `close_topic` /
`delete_topic(chat_id, thread_id)`; `send_text(..., thread_id=T)` writes in a topic, `send_text(...,
as_chat=True)` as an anonymous admin; `press_button(..., too_old=True)` delivers a query Telegram no
longer waits for. Enforced: 403 "bot was kicked from the group chat" / "bot is not a member of the
channel chat", 400 "need administrator rights in the channel chat", "TOPIC_CLOSED", "message thread not
found".

Faults: `block(chat_id)` / `unblock(chat_id)` (also sends my_chat_member updates; a user who writes
again unblocks), `migrate(chat_id, new_chat_id)`, `fail_next(method, status=None, description=None,
*, retry_after=None, migrate_to_chat_id=None, count=1)`, `timeout_next(method, *, deliver=True,
count=1)` (hangs the call until the client gives up; `deliver=True` applies it first).

Flood limits: `telegram.limits = RateLimits(...)` (tests/fake_telegram/limits.py): defaults 30/s
overall (burst 60), 1/s per private chat (burst 10), 20/min per group (burst 22), counting
sendMessage, sendDocument and edits; `RateLimits.off()` disables them. Buckets refill by
`telegram.flood.clock` (time.monotonic); a test that counts refusals freezes it
(`telegram.flood.clock = lambda: 0.0`) so a slow machine cannot refill a bucket mid-test.

`running(application)` starts an Application with polling and stops it cleanly on exit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import pytest_asyncio
from telegram.ext import Application

from tests.fake_telegram.server import FakeTelegram


@pytest_asyncio.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    """A running fake Bot API server, closed after the test."""
    server = FakeTelegram()
    await server.start()
    try:
        yield server
    finally:
        await server.close()


@asynccontextmanager
async def running(application: Application, *, poll_timeout: float = 10.0) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """Initialize and start `application`, poll for updates, and shut everything down on exit."""
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0.0, timeout=timedelta(seconds=poll_timeout))
        try:
            yield application
        finally:
            await application.updater.stop()
            await application.stop()
