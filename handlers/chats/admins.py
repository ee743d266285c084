"""Each group's administrators, asked of Telegram (getChatAdministrators) and kept briefly."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from telegram import Bot
from telegram.constants import ChatMemberStatus

ADMIN_STATUSES = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


@dataclass
class AdminCache:
    """Each group's administrators (Telegram user ids), asked of Telegram at most once per `ttl`."""

    ttl: float = 300.0
    clock: Callable[[], float] = time.monotonic
    _known: dict[int, tuple[float, frozenset[int]]] = field(default_factory=dict)

    async def admins(self, bot: Bot, chat_id: int) -> frozenset[int]:
        """The chat's admins; raises TelegramError when Telegram cannot say (the bot was removed…)."""
        known = self._known.get(chat_id)
        now = self.clock()
        if known is not None and known[0] > now:
            return known[1]
        members = await bot.get_chat_administrators(chat_id)
        admins = frozenset(m.user.id for m in members if m.status in ADMIN_STATUSES)
        self._known[chat_id] = (now + self.ttl, admins)
        return admins

    def __contains__(self, chat_id: int) -> bool:
        return chat_id in self._known

    def forget(self, chat_id: int) -> None:
        """Drop what is known of a chat (a member was promoted, demoted, or left)."""
        self._known.pop(chat_id, None)
