"""Bot API JSON for what users do: users, chats, messages with the entities Telegram's servers detect."""

from __future__ import annotations

import re
from typing import Any

from tests.fake_telegram.html_check import utf16_len

_URL = re.compile(
    r"(?<![\w@./-])(?:https?://[^\s<>\"]+|www\.[^\s<>\"]+|(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s<>\"]*)?)",
    re.IGNORECASE,
)
_COMMAND = re.compile(r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>])")
_MENTION = re.compile(r"(?<!\w)@[A-Za-z0-9_]{2,32}(?!\w)")
_TRAILING = ".,;:!?'\")]}»"


def user_json(user_id: int, language_code: str | None = "en") -> dict[str, Any]:
    """A Telegram user; `language_code=None` leaves the field out, as Telegram does when the app
    does not say."""
    user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
    user["username"] = f"user{user_id}"
    if language_code:
        user["language_code"] = language_code
    return user


def anonymous_admin_json() -> dict[str, Any]:
    """The `from` of a message an anonymous admin sends as the group: Telegram's GroupAnonymousBot."""
    return {"id": 1087968824, "is_bot": True, "first_name": "Group", "username": "GroupAnonymousBot"}


def chat_json(chat_id: int, chat_type: str, title: str | None = None) -> dict[str, Any]:
    if chat_type == "private":
        return {
            "id": chat_id,
            "type": "private",
            "first_name": f"User{chat_id}",
            "username": f"user{chat_id}",
        }
    return {"id": chat_id, "type": chat_type, "title": title or f"Chat {chat_id}"}


def chat_type_for(chat_id: int) -> str:
    """The type a chat id implies: positive is private, -100… a supergroup, other negatives a group."""
    if chat_id > 0:
        return "private"
    return "supergroup" if str(chat_id).startswith("-100") else "group"


def _entity(text: str, start: int, end: int, kind: str) -> dict[str, Any]:
    return {"type": kind, "offset": utf16_len(text[:start]), "length": utf16_len(text[start:end])}


def detect_entities(text: str) -> list[dict[str, Any]]:
    """The `url`, `bot_command` and `mention` entities Telegram adds to a user's plain text."""
    found = []
    for match in _URL.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in _TRAILING:
            end -= 1
        found.append(_entity(text, match.start(), end, "url"))
    found += [_entity(text, m.start(), m.end(), "bot_command") for m in _COMMAND.finditer(text)]
    found += [_entity(text, m.start(), m.end(), "mention") for m in _MENTION.finditer(text)]
    return sorted(found, key=lambda e: e["offset"])


def forward_origin(source: dict[str, Any] | str, date: int, message_id: int) -> dict[str, Any]:
    """A channel's `forward_origin`; `source` is a channel title or a chat dict (id, title, username)."""
    chat = (
        {"id": -1001000000001, "type": "channel", "title": source}
        if isinstance(source, str)
        else {"type": "channel", **source}
    )
    return {"type": "channel", "chat": chat, "message_id": message_id, "date": date}
