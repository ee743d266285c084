"""Daily-digest instants: a local "HH:MM" in an IANA timezone turned into UTC, DST-safe.

A local time that does not exist on a spring-forward day runs at the same wall-clock offset as
before the switch (02:30 → 03:30); one that happens twice on a fall-back day runs at the first.
So every local date has exactly one instant.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def parse_time(text: str) -> time:
    """'HH:MM' (24-hour) → time; ValueError otherwise."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not (hours.isdigit() and minutes.isdigit()) or len(minutes) != 2 or len(hours) > 2:
        raise ValueError(f"not a time of day: {text!r}")
    return time(int(hours), int(minutes))


def slot(local_time: str, timezone: str, day: date) -> datetime:
    """The UTC instant of `local_time` on the local date `day` in `timezone`."""
    local = datetime.combine(day, parse_time(local_time), ZoneInfo(timezone))
    return local.astimezone(UTC)


def local_date(moment: datetime, timezone: str) -> date:
    return moment.astimezone(ZoneInfo(timezone)).date()


def next_slot(local_time: str, timezone: str, after: datetime) -> tuple[datetime, date]:
    """The first digest instant strictly after `after`, with its local date."""
    today = local_date(after, timezone)
    for offset in range(-1, 3):
        day = today + timedelta(days=offset)
        instant = slot(local_time, timezone, day)
        if instant > after:
            return instant, day
    raise AssertionError("unreachable: a slot exists every local day")


def latest_slot(local_time: str, timezone: str, now: datetime) -> tuple[datetime, date]:
    """The last digest instant at or before `now`, with its local date."""
    today = local_date(now, timezone)
    for offset in range(1, -3, -1):
        day = today + timedelta(days=offset)
        instant = slot(local_time, timezone, day)
        if instant <= now:
            return instant, day
    raise AssertionError("unreachable: a slot exists every local day")
