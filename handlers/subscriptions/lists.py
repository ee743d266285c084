"""/topics and /sources answer alike: the chat's list, with its buttons for those who may change it,
each topic or feed named on its button in a few characters (`short_label`)."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Protocol

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from handlers.chats import rights
from handlers.telegram.context import resources
from storage.db import Database

View = tuple[str, InlineKeyboardMarkup | None]
LABEL_CHARS = 24


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """A button-sized form of a topic or a feed's name: at most `limit` characters, an ellipsis when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class Draw(Protocol):
    """Draws the list of the chat whose stored user is `user_id`: its text and buttons."""

    def __call__(
        self, db: Database, user_id: int, *, buttons: bool = True, locale: str | None = None
    ) -> Awaitable[View]: ...


async def send_list(update: Update, context: ContextTypes.DEFAULT_TYPE, draw: Draw) -> None:
    """Send the list of the chat this update reads (without buttons for a group member who is not an
    admin, in the chat's language)."""
    res = resources(context)
    where = await rights.place(update, context)
    if where is None:
        return
    text, keyboard = await draw(res.db, where.user.id, buttons=where.may_change, locale=where.locale)
    await res.sender.send(update.effective_chat.id, text, reply_markup=keyboard)
