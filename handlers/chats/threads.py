"""Forum topics: answers go to the topic the update came from.

`remember(update)` runs first for every update (registered in the earliest handler group) and notes
the forum topic (`message_thread_id`) of the message or pressed button; `Sender.send` puts its
answers to that chat in that topic unless told otherwise. The note lives in a context variable, so
it belongs to the task handling that one update and never leaks into another.
"""

from __future__ import annotations

from contextvars import ContextVar

from telegram import Message, Update
from telegram.ext import ContextTypes

_current: ContextVar[tuple[int, int] | None] = ContextVar("forum_topic", default=None)


def topic_of(message: Message | None) -> int | None:
    """The forum topic a message is in (None: General, or not a forum)."""
    if message is None or not message.is_topic_message:
        return None
    return message.message_thread_id


def current_topic(chat_id: int) -> int | None:
    """The topic of the update being handled, if it came from this chat."""
    known = _current.get()
    return known[1] if known is not None and known[0] == chat_id else None


async def remember(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Note the topic this update came from (a TypeHandler callback for every update)."""
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    message = update.callback_query.message if update.callback_query else update.effective_message
    topic = topic_of(message) if isinstance(message, Message) else None
    _current.set((update.effective_chat.id, topic) if topic is not None else None)
