"""Inline keyboards: the buttons under a digest, the saved list and the greeting."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from digest.models import DigestOptions
from handlers.i18n import t
from handlers.telegram.callbacks import Action, pack

# Digest lengths the More / Less buttons step through: (sentences, quotes); index 1 is the default.
LEVELS: tuple[tuple[int, int], ...] = ((1, 1), (3, 2), (5, 3), (7, 5))
DEFAULT_LEVEL = 1


def settings_button(locale: str | None = None) -> InlineKeyboardButton:
    """A button that sends a fresh /settings menu (under a daily digest, for example)."""
    return InlineKeyboardButton(t(locale, "Settings"), callback_data=pack(Action.SETTINGS))


def level_options(level: int) -> DigestOptions:
    sentences, quotes = LEVELS[level]
    return DigestOptions.sized(sentences, quotes)


def valid_level(level: int) -> bool:
    return 0 <= level < len(LEVELS)


def digest_keyboard(
    ref: str,
    url: str | None,
    level: int = DEFAULT_LEVEL,
    *,
    saved: bool = False,
    locale: str | None = None,
    link_only: bool = False,
) -> InlineKeyboardMarkup:
    """Open the original (a URL button), then Less / More and Save (not with `link_only`: a
    channel's readers cannot use them)."""
    rows: list[list[InlineKeyboardButton]] = []
    if url and url.startswith(("http://", "https://")):
        rows.append([InlineKeyboardButton(t(locale, "Open the original"), url=url)])
    if link_only:
        return InlineKeyboardMarkup(rows)
    row = []
    if level > 0:
        row.append(InlineKeyboardButton(t(locale, "Less"), callback_data=pack(Action.LESS, ref, level - 1)))
    if level < len(LEVELS) - 1:
        row.append(InlineKeyboardButton(t(locale, "More"), callback_data=pack(Action.MORE, ref, level + 1)))
    if ref.startswith("a") and not saved:
        row.append(InlineKeyboardButton(t(locale, "Save"), callback_data=pack(Action.SAVE, ref, level)))
    if row:
        rows.append(row)
    return InlineKeyboardMarkup(rows)


def saved_keyboard(article_ids: list[int], locale: str | None = None) -> InlineKeyboardMarkup:
    """One "Remove n" button per listed article, three to a row."""
    buttons = [
        InlineKeyboardButton(
            t(locale, "Remove {number}", number=i), callback_data=pack(Action.UNSAVE, article_id)
        )
        for i, article_id in enumerate(article_ids, start=1)
    ]
    return InlineKeyboardMarkup([buttons[i : i + 3] for i in range(0, len(buttons), 3)])


def forget_keyboard(locale: str | None = None) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(t(locale, "Yes, delete everything"), callback_data=pack(Action.FORGET)),
                InlineKeyboardButton(t(locale, "No, keep it"), callback_data=pack(Action.KEEP)),
            ]
        ]
    )


def start_keyboard(locale: str | None = None) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(t(locale, "How it works"), callback_data=pack(Action.HELP)),
                InlineKeyboardButton(t(locale, "My saved articles"), callback_data=pack(Action.SAVED)),
            ]
        ]
    )
