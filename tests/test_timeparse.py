"""Reading typed times and timezones: table tests, and a property test that only InputError escapes."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handlers.settings.timeparse import (
    CHOSEN_UTC,
    InputError,
    offset_label,
    parse_time,
    parse_timezone,
    suggested_zones,
    zone_label,
)
from storage.users import validate_timezone

WINTER = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("07:30", "07:30"),
        ("7:30", "07:30"),
        (" 9:05 ", "09:05"),
        ("0:00", "00:00"),
        ("23:59", "23:59"),
        ("18.45", "18:45"),
        ("7h30", "07:30"),
        ("0730", "07:30"),
        ("9", "09:00"),
        ("7am", "07:00"),
        ("7 PM", "19:00"),
        ("7:30 p.m.", "19:30"),
        ("12am", "00:00"),
        ("12pm", "12:00"),
    ],
)
def test_valid_times(typed: str, expected: str) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize(
    "typed", ["25:99", "24:00", "12:60", "7:5", "13pm", "0am", "7m", "7.", "noon", "-1:00", "1:2:3", "", "  "]
)
def test_invalid_times_say_what_to_send(typed: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_time(typed)
    message = str(caught.value)
    assert "/time 07:30" in message and message.endswith(".")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Europe/London", "Europe/London"),
        ("europe/london", "Europe/London"),
        ("AMERICA/NEW_YORK", "America/New_York"),
        ("America/New York", "America/New_York"),
        ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
        ("US/Eastern", "US/Eastern"),
        ("Kyiv", "Europe/Kyiv"),
        ("kyiv", "Europe/Kyiv"),
        ("Kiev", "Europe/Kyiv"),
        ("Київ", "Europe/Kyiv"),
        ("Kyiv, Ukraine", "Europe/Kyiv"),
        ("New York", "America/New_York"),
        ("NYC", "America/New_York"),
        ("new  york", "America/New_York"),
        ("LA", "America/Los_Angeles"),
        ("São Paulo", "America/Sao_Paulo"),
        ("sao paulo", "America/Sao_Paulo"),
        ("Tokyo", "Asia/Tokyo"),
        ("Berlin", "Europe/Berlin"),
        ("München", "Europe/Berlin"),
        ("Delhi", "Asia/Kolkata"),
        ("Mumbai", "Asia/Kolkata"),
        ("Beijing", "Asia/Shanghai"),
        ("Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("Istanbul", "Europe/Istanbul"),
        ("St. John's", "America/St_Johns"),
        ("Saint Petersburg", "Europe/Moscow"),
        ("Port-au-Prince", "America/Port-au-Prince"),
        ("Zürich", "Europe/Zurich"),
        ("UTC", CHOSEN_UTC),
        ("utc", CHOSEN_UTC),
        ("GMT", CHOSEN_UTC),
        ("UTC+0", CHOSEN_UTC),
        ("UTC+2", "Etc/GMT-2"),
        ("utc + 2", "Etc/GMT-2"),
        ("GMT-5", "Etc/GMT+5"),
        ("UTC−5", "Etc/GMT+5"),
        ("+3", "Etc/GMT-3"),
        ("UTC+14", "Etc/GMT-14"),
        ("UTC-12", "Etc/GMT+12"),
        ("+05:00", "Etc/GMT-5"),
        ("+05:30", "Asia/Kolkata"),
        ("+0530", "Asia/Kolkata"),
        ("UTC+5:45", "Asia/Kathmandu"),
    ],
)
def test_valid_timezones(typed: str, expected: str) -> None:
    zone = parse_timezone(typed)
    assert zone == expected
    assert validate_timezone(zone) == zone, "storage accepts what the parser returns"


@pytest.mark.parametrize(
    "typed",
    ["Mars/Phobos", "Atlantis", "UTC+15", "GMT-13", "+05:75", "-03:30", "UTC+2:15", "", "Europe/", "x" * 200,
     "../../etc/passwd", "localtime", "Factory", "12:00"],
)
def test_invalid_timezones_give_examples(typed: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_timezone(typed)
    assert "/timezone Kyiv" in str(caught.value)


def test_the_error_quotes_the_input_short_and_printable() -> None:
    with pytest.raises(InputError) as caught:
        parse_timezone("Mars\x00/" + "P" * 100)
    message = str(caught.value)
    assert "\x00" not in message and "…" in message and len(message) < 200


def test_fixed_offsets_keep_their_offset_all_year() -> None:
    for typed, offset in [("UTC+2", "UTC+02:00"), ("GMT-5", "UTC-05:00"), ("+05:30", "UTC+05:30")]:
        zone = parse_timezone(typed)
        assert offset_label(zone, WINTER) == offset_label(zone, SUMMER) == offset
    assert offset_label("Europe/Berlin", WINTER) == "UTC+01:00"
    assert offset_label("Europe/Berlin", SUMMER) == "UTC+02:00"
    assert offset_label("Europe/London", WINTER) == "UTC"


@pytest.mark.parametrize(
    ("zone", "label"),
    [
        ("Europe/Kyiv", "Kyiv"),
        ("America/Sao_Paulo", "São Paulo"),
        ("America/Argentina/Buenos_Aires", "Buenos Aires"),
        ("Etc/GMT-2", "UTC+2"),
        ("Etc/GMT+5", "UTC-5"),
        (CHOSEN_UTC, "UTC"),
        ("UTC", "UTC"),
        ("US/Eastern", "US/Eastern"),
    ],
)
def test_zone_labels(zone: str, label: str) -> None:
    assert zone_label(zone) == label


@pytest.mark.parametrize(
    ("language", "first", "includes"),
    [
        ("en", "Europe/London", {"America/New_York", "America/Los_Angeles"}),
        ("en-US", "America/New_York", {"Europe/London"}),
        ("de", "Europe/Berlin", set()),
        ("uk", "Europe/Kyiv", set()),
        ("ru", "Europe/Moscow", set()),
        ("fr", "Europe/Paris", set()),
        ("es", "Europe/Madrid", {"America/Mexico_City"}),
        ("pt", "Europe/Lisbon", {"America/Sao_Paulo"}),
        ("pt-br", "America/Sao_Paulo", {"Europe/Lisbon"}),
        (None, "Europe/London", {"America/New_York"}),
        ("xx", "Europe/London", set()),
    ],
)
def test_suggested_zones_follow_the_language(language: str | None, first: str, includes: set[str]) -> None:
    zones = suggested_zones(language)
    assert zones[0] == first and includes <= set(zones)
    assert len(zones) == len(set(zones))
    for zone in zones:
        ZoneInfo(zone)


def test_every_zone_name_and_its_city_reads_back() -> None:
    from zoneinfo import available_timezones

    for name in available_timezones() - {"localtime", "Factory"}:
        assert parse_timezone(name) in (name, CHOSEN_UTC)
        assert parse_timezone(name.lower().replace("_", " ")) in (name, CHOSEN_UTC)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=80))
def test_the_parsers_raise_only_their_own_clear_error(text: str) -> None:
    for parse in (parse_time, parse_timezone):
        try:
            value = parse(text)
        except InputError as err:
            assert str(err).endswith(".") and len(str(err)) < 240
        else:
            assert value
    try:
        zone = parse_timezone(text)
    except InputError:
        return
    assert validate_timezone(zone) == zone


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["", "UTC", "GMT", "utc ", "+", "-"]),
    st.sampled_from(["+", "-", "−"]),
    st.integers(0, 99),
    st.one_of(st.none(), st.integers(0, 99)),
)
def test_offset_shaped_input_never_crashes(prefix: str, sign: str, hours: int, minutes: int | None) -> None:
    text = f"{prefix}{sign}{hours}" + ("" if minutes is None else f":{minutes:02d}")
    try:
        zone = parse_timezone(text)
    except InputError:
        return
    assert validate_timezone(zone) == zone
