"""Button payloads: packed as short versioned strings that never exceed Telegram's 64-byte limit.

`pack` refuses anything longer at build time, so a button can never be rejected by Telegram;
`unpack` returns None for payloads of another version or shape, which the bot answers as expired.
`answer_query` answers a button press, quietly when Telegram has stopped waiting for the answer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from telegram import CallbackQuery
from telegram.error import BadRequest

from handlers.i18n import N_

log = logging.getLogger(__name__)

MAX_BYTES = 64
VERSION = "1"
SEPARATOR = ":"
EXPIRED = N_("This button has expired.")


class Action(StrEnum):
    MORE = "m"
    LESS = "l"
    SAVE = "s"
    UNSAVE = "u"
    FORGET = "f"
    KEEP = "k"
    HELP = "h"
    SAVED = "v"
    TOPIC = "t"
    SOURCE = "o"
    PICK_FEED = "a"
    STORY = "n"
    SETTINGS = "g"
    CHANNEL = "c"


@dataclass(frozen=True)
class CallbackData:
    """What a button asks for: an action and its small arguments (ids, levels)."""

    action: Action
    args: tuple[str, ...] = ()

    def int_arg(self, index: int) -> int:
        return int(self.args[index])


def pack(action: Action, *args: str | int) -> str:
    """The callback_data string for a button; ValueError when it would exceed 64 bytes or is ambiguous."""
    parts = [str(a) for a in args]
    if any(SEPARATOR in p for p in parts):
        raise ValueError(f"callback argument contains {SEPARATOR!r}: {parts!r}")
    data = SEPARATOR.join([VERSION + action.value, *parts])
    size = len(data.encode("utf-8"))
    if size > MAX_BYTES:
        raise ValueError(f"callback_data is {size} bytes; Telegram allows {MAX_BYTES}")
    return data


def unpack(data: str | None) -> CallbackData | None:
    """Parse a payload made by `pack`; None for anything else (old versions, other shapes)."""
    if not data:
        return None
    head, *args = data.split(SEPARATOR)
    if len(head) != len(VERSION) + 1 or not head.startswith(VERSION):
        return None
    try:
        action = Action(head[len(VERSION) :])
    except ValueError:
        return None
    return CallbackData(action, tuple(args))


async def answer_query(query: CallbackQuery, text: str | None = None, *, alert: bool = False) -> None:
    """Answer a button press. A query Telegram no longer waits for ("query is too old", after the bot
    was busy or down) is only logged: the press has been handled and the chat must not see an error."""
    try:
        await query.answer(text, show_alert=alert)
    except BadRequest as err:
        if "query is too old" not in err.message.lower() and "query id is invalid" not in err.message.lower():
            raise
        log.info("button answer not delivered: %s", err.message)
