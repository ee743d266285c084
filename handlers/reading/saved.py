"""/saved: the read-later list, with a remove button for each article."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from handlers.chats import membership
from handlers.telegram.context import Resources, resources
from handlers.telegram.keyboards import saved_keyboard
from handlers.telegram.render import render_saved
from storage import saved

SHOWN = 20


async def saved_view(
    res: Resources, user_id: int, locale: str | None = None
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The list's text and keyboard for one user (no link previews: it is a list)."""
    rows = await saved.list_saved(res.db, user_id, limit=SHOWN)
    total = await saved.count_saved(res.db, user_id)
    items = [(r.article.id, r.article.canonical_url, r.article.title, r.article.outlet) for r in rows]
    text, shown = render_saved(items, total, locale=locale)
    return text, saved_keyboard(shown, locale) if shown else None


async def saved_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    res = resources(context)
    here = await membership.arrive(res.db, update)
    text, keyboard = await saved_view(res, here.user.id, here.locale)
    await res.sender.send(update.effective_chat.id, text, reply_markup=keyboard)
