"""Per-user fairness: at most N links a minute each, counted over a sliding window."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

LIMIT_MESSAGE = (
    "You've sent a lot of links in the last minute, so I skipped {skipped}; "
    "please send {them} again in a minute."
)


class LinkLimiter:
    """A sliding one-minute window of link timestamps per user."""

    def __init__(
        self, per_minute: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.per_minute = per_minute
        self.window = window
        self._clock = clock
        self._seen: dict[int, deque[float]] = {}

    def take(self, user_id: int, wanted: int) -> int:
        """Claim up to `wanted` links for the user now; returns how many are allowed."""
        now = self._clock()
        stamps = self._seen.setdefault(user_id, deque())
        while stamps and stamps[0] <= now - self.window:
            stamps.popleft()
        allowed = max(0, min(wanted, self.per_minute - len(stamps)))
        stamps.extend([now] * allowed)
        if not stamps:
            del self._seen[user_id]
        return allowed


def limit_message(skipped: int) -> str:
    """The polite sentence for links skipped by the limit."""
    if skipped == 1:
        return LIMIT_MESSAGE.format(skipped="one link", them="it")
    return LIMIT_MESSAGE.format(skipped=f"{skipped} links", them="them")
