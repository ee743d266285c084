"""Joining a long paste that a Telegram client split into several consecutive messages.

Clients cut a text longer than 4096 UTF-16 units into parts of nearly that size. A message that
long may be followed by more, so its handler waits (up to `window` seconds after the latest part)
for the rest; the others append themselves and leave. A short message arriving with nothing
pending is a whole paste on its own and is returned at once, without waiting.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from handlers.telegram.render import utf16_len

SENTENCE_END = (".", "!", "?", '"', "”", "»", ":")


@dataclass
class _Pending:
    parts: list[str]
    arrived: asyncio.Event = field(default_factory=asyncio.Event)


def join_parts(parts: list[str]) -> str:
    """Glue parts back together: a paragraph break after a finished sentence, else a space."""
    text = parts[0]
    for part in parts[1:]:
        glue = "\n" if text.rstrip().endswith(SENTENCE_END) else " "
        text = f"{text.rstrip()}{glue}{part.lstrip()}"
    return text


class PasteJoiner:
    """Per-user buffer of message parts that probably belong to one paste."""

    def __init__(self, window: float = 2.0, split_at: int = 3500) -> None:
        self.window = window
        self.split_at = split_at
        self._pending: dict[int, _Pending] = {}

    def _maybe_split(self, text: str) -> bool:
        return utf16_len(text) >= self.split_at

    async def add(self, user_id: int, text: str) -> str | None:
        """The whole text when this caller should digest it; None when an earlier part's caller will."""
        pending = self._pending.get(user_id)
        if pending is not None:
            pending.parts.append(text)
            pending.arrived.set()
            return None
        if not self._maybe_split(text):
            return text
        pending = _Pending([text])
        self._pending[user_id] = pending
        try:
            while self._maybe_split(pending.parts[-1]):
                pending.arrived.clear()
                try:
                    await asyncio.wait_for(pending.arrived.wait(), self.window)
                except TimeoutError:
                    break
        finally:
            del self._pending[user_id]
        return join_parts(pending.parts)
