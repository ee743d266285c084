"""Telegram's flood limits as token buckets: ~30 messages/s overall, ~1/s per chat, 20/min per group."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class RateLimits:
    """Sustained rates and burst sizes; Telegram tolerates short bursts, so each bucket holds a few extra.

    The overall bucket holds a second's worth more than its rate: a client that paces itself at 30/s
    (AIORateLimiter) sees its requests arrive bunched up when the machine is slow, and that jitter
    must not turn into refusals; a client that does not pace itself is still refused past 60 at once.
    """

    overall_per_second: float = 30.0
    overall_burst: float = 60.0
    chat_per_second: float = 1.0
    chat_burst: float = 10.0
    group_per_minute: float = 20.0
    group_burst: float = 22.0
    enabled: bool = True

    @classmethod
    def off(cls) -> RateLimits:
        return cls(enabled=False)


@dataclass
class _Bucket:
    rate: float
    capacity: float
    tokens: float
    stamp: float

    def refill(self, now: float) -> None:
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def wait(self) -> float:
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate


@dataclass
class FloodControl:
    """Decides whether one more message to a chat may go now; otherwise how many seconds to wait.

    Buckets refill by `clock` (monotonic seconds); a test that counts refusals freezes it
    (`telegram.flood.clock = lambda: 0.0`) so a slow machine cannot refill a bucket mid-test.
    """

    limits: RateLimits = field(default_factory=RateLimits)
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[object, _Bucket] = field(default_factory=dict)

    def _bucket(self, key: object, rate: float, capacity: float, now: float) -> _Bucket:
        bucket = self._buckets.get(key)
        if bucket is None or bucket.rate != rate or bucket.capacity != capacity:
            bucket = self._buckets[key] = _Bucket(rate, capacity, capacity, now)
        bucket.refill(now)
        return bucket

    def reset(self) -> None:
        self._buckets.clear()

    def take(self, chat_id: int) -> int | None:
        """Consume one message for `chat_id`, or return `retry_after` seconds (at least 1) if over a limit."""
        limits = self.limits
        if not limits.enabled:
            return None
        now = self.clock()
        buckets = [self._bucket("overall", limits.overall_per_second, limits.overall_burst, now)]
        if chat_id < 0:
            buckets.append(
                self._bucket(("group", chat_id), limits.group_per_minute / 60, limits.group_burst, now)
            )
        else:
            buckets.append(self._bucket(("chat", chat_id), limits.chat_per_second, limits.chat_burst, now))
        wait = max(bucket.wait() for bucket in buckets)
        if wait > 0:
            return max(1, math.ceil(wait))
        for bucket in buckets:
            bucket.tokens -= 1
        return None
