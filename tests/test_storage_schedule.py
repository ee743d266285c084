"""Digest instants: exactly one per local day in any IANA timezone, daylight-saving switches included."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage import schedule

pytestmark = pytest.mark.both_databases

ZONES = sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))


@settings(max_examples=300, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    after=st.datetimes(datetime(2020, 1, 1), datetime(2030, 12, 31), timezones=st.just(UTC)),
)
def test_one_slot_per_local_day(zone: str, hour: int, minute: int, after: datetime) -> None:
    local = f"{hour:02d}:{minute:02d}"
    instant, day = schedule.next_slot(local, zone, after)
    assert instant > after
    assert schedule.local_date(instant, zone) == day
    assert schedule.latest_slot(local, zone, instant) == (instant, day)
    assert schedule.latest_slot(local, zone, instant - timedelta(microseconds=1))[1] < day
    following, next_day = schedule.next_slot(local, zone, instant)
    assert next_day == day + timedelta(days=1)
    assert timedelta(hours=21) <= following - instant <= timedelta(hours=27)
    wall = instant.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    wanted = datetime.combine(day, time(hour, minute))
    if wall != wanted:  # only where the clock jumped over that time: then it runs just after the jump
        assert wanted < wall <= wanted + timedelta(hours=2)


@pytest.mark.parametrize(
    ("local", "day", "expected"),
    [
        ("02:30", date(2026, 3, 29), datetime(2026, 3, 29, 1, 30, tzinfo=UTC)),  # skipped: 03:30 CEST
        ("02:30", date(2026, 10, 25), datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),  # twice: the first
        ("09:00", date(2026, 7, 1), datetime(2026, 7, 1, 7, 0, tzinfo=UTC)),
    ],
)
def test_berlin_slots(local: str, day: date, expected: datetime) -> None:
    assert schedule.slot(local, "Europe/Berlin", day) == expected


@pytest.mark.parametrize("text", ["24:00", "9", "9:5", "09:60", "-1:00", "12:00:00", ""])
def test_bad_times_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        schedule.parse_time(text)
