"""Reading the digest time and timezone a user types, and naming zones back to them (no Telegram here).

- `parse_time("7:30pm") -> "19:30"`: 24-hour HH:MM (also H:MM, HH.MM, 7h30, 0730, 7am, 12pm),
  checked by `storage.users.validate_digest_time`.
- `parse_timezone("Kyiv") -> "Europe/Kyiv"`: an IANA name in any case ("europe/london"); a city
  (the last part of every zone name, accents and punctuation ignored, plus a hand list of common
  cities, old and native names such as Kiev, NYC, Mumbai, München); or a UTC offset ("UTC+2",
  "GMT-5", "+05:30"). Whole-hour offsets become the fixed zones Etc/GMT∓N; others the zone that
  keeps that offset all year (+05:30 → Asia/Kolkata). UTC chosen on purpose is "Etc/UTC": the
  stored default "UTC" means "not chosen yet".
- Anything else raises `InputError`, whose text is one plain sentence for the user with examples.
- `zone_label`, `offset_label`, `suggested_zones(language_code)` name zones on buttons and in replies.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from babel import Locale
from babel.dates import get_timezone_location

from handlers import i18n
from handlers.i18n import N_, t
from storage.errors import InvalidPreferenceError
from storage.users import validate_digest_time

CHOSEN_UTC = "Etc/UTC"
MAX_INPUT = 64
TIME_EXAMPLES = N_("/time 07:30, /time 18:00 or /time 7pm")
ZONE_EXAMPLES = N_("/timezone Kyiv, /timezone Europe/London or /timezone UTC+2")
_EXAMPLES = (TIME_EXAMPLES, ZONE_EXAMPLES)
_REGIONS = ("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe",
            "Indian", "Pacific")
_TIME = re.compile(r"(\d{1,2})(?:[:.h](\d{2}))?(?:\s*([ap])\.?\s*m\.?)?", re.IGNORECASE)
_COMPACT_TIME = re.compile(r"(\d{2})(\d{2})")
_OFFSET = re.compile(r"(?:UTC|GMT|UT)?([+-])(\d{1,2})(?:[:.]?(\d{2}))?")
_DROP = re.compile(r"[.'’`]")
_SPACES = re.compile(r"[\s_\-,]+")

# Common cities, countries, old and native names → zone. These win over names derived from zones.
ALIASES: dict[str, str] = {
    "kiev": "Europe/Kyiv", "київ": "Europe/Kyiv", "киев": "Europe/Kyiv", "ukraine": "Europe/Kyiv",
    "kharkiv": "Europe/Kyiv", "kharkov": "Europe/Kyiv", "odesa": "Europe/Kyiv", "odessa": "Europe/Kyiv",
    "lviv": "Europe/Kyiv", "dnipro": "Europe/Kyiv", "харків": "Europe/Kyiv", "одеса": "Europe/Kyiv",
    "львів": "Europe/Kyiv",
    "nyc": "America/New_York", "new york city": "America/New_York", "washington": "America/New_York",
    "washington dc": "America/New_York", "dc": "America/New_York", "boston": "America/New_York",
    "miami": "America/New_York", "atlanta": "America/New_York", "philadelphia": "America/New_York",
    "la": "America/Los_Angeles", "san francisco": "America/Los_Angeles", "sf": "America/Los_Angeles",
    "seattle": "America/Los_Angeles", "san diego": "America/Los_Angeles",
    "las vegas": "America/Los_Angeles", "portland": "America/Los_Angeles",
    "dallas": "America/Chicago", "houston": "America/Chicago", "austin": "America/Chicago",
    "montreal": "America/Toronto", "ottawa": "America/Toronto",
    "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata",
    "bombay": "Asia/Kolkata", "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata",
    "chennai": "Asia/Kolkata", "hyderabad": "Asia/Kolkata", "india": "Asia/Kolkata",
    "beijing": "Asia/Shanghai", "peking": "Asia/Shanghai", "shenzhen": "Asia/Shanghai",
    "guangzhou": "Asia/Shanghai", "china": "Asia/Shanghai", "北京": "Asia/Shanghai",
    "上海": "Asia/Shanghai", "東京": "Asia/Tokyo", "osaka": "Asia/Tokyo", "kyoto": "Asia/Tokyo",
    "saigon": "Asia/Ho_Chi_Minh", "ho chi minh city": "Asia/Ho_Chi_Minh", "hanoi": "Asia/Bangkok",
    "tel aviv": "Asia/Jerusalem", "israel": "Asia/Jerusalem", "ankara": "Europe/Istanbul",
    "istanbul": "Europe/Istanbul", "nicosia": "Asia/Nicosia", "abu dhabi": "Asia/Dubai",
    "uae": "Asia/Dubai", "mecca": "Asia/Riyadh", "lahore": "Asia/Karachi", "islamabad": "Asia/Karachi",
    "rio": "America/Sao_Paulo", "rio de janeiro": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo",
    "guadalajara": "America/Mexico_City", "cape town": "Africa/Johannesburg",
    "canberra": "Australia/Sydney", "wellington": "Pacific/Auckland",
    "uk": "Europe/London", "united kingdom": "Europe/London", "england": "Europe/London",
    "manchester": "Europe/London", "edinburgh": "Europe/London", "ireland": "Europe/Dublin",
    "germany": "Europe/Berlin", "munich": "Europe/Berlin", "munchen": "Europe/Berlin",
    "frankfurt": "Europe/Berlin", "hamburg": "Europe/Berlin", "cologne": "Europe/Berlin",
    "koln": "Europe/Berlin", "france": "Europe/Paris", "lyon": "Europe/Paris",
    "marseille": "Europe/Paris", "spain": "Europe/Madrid", "barcelona": "Europe/Madrid",
    "italy": "Europe/Rome", "roma": "Europe/Rome", "milan": "Europe/Rome", "milano": "Europe/Rome",
    "poland": "Europe/Warsaw", "warszawa": "Europe/Warsaw", "krakow": "Europe/Warsaw",
    "netherlands": "Europe/Amsterdam", "bruxelles": "Europe/Brussels", "geneva": "Europe/Zurich",
    "geneve": "Europe/Zurich", "wien": "Europe/Vienna", "praha": "Europe/Prague",
    "lisboa": "Europe/Lisbon", "porto": "Europe/Lisbon", "portugal": "Europe/Lisbon",
    "greece": "Europe/Athens", "turkey": "Europe/Istanbul", "moskva": "Europe/Moscow",
    "москва": "Europe/Moscow", "st petersburg": "Europe/Moscow", "saint petersburg": "Europe/Moscow",
    "минск": "Europe/Minsk", "мінск": "Europe/Minsk", "japan": "Asia/Tokyo", "korea": "Asia/Seoul",
    "south korea": "Asia/Seoul", "egypt": "Africa/Cairo",
}

# Display names where the zone's own spelling drops accents.
_DISPLAY = {
    "America/Sao_Paulo": "São Paulo", "America/Bogota": "Bogotá", "Europe/Zurich": "Zürich",
    "America/Asuncion": "Asunción", "America/Ciudad_Juarez": "Ciudad Juárez",
}

# Likely zones for a Telegram language code ("pt-br" looks up "pt-br", then "pt"), best first.
LIKELY: dict[str, tuple[str, ...]] = {
    "en": ("Europe/London", "America/New_York", "America/Chicago", "America/Los_Angeles",
           "Australia/Sydney", "Asia/Kolkata"),
    "en-us": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "en-gb": ("Europe/London",),
    "de": ("Europe/Berlin", "Europe/Vienna", "Europe/Zurich"),
    "uk": ("Europe/Kyiv",),
    "ru": ("Europe/Moscow", "Europe/Kyiv", "Europe/Minsk", "Asia/Almaty"),
    "be": ("Europe/Minsk",),
    "fr": ("Europe/Paris", "Europe/Brussels", "Europe/Zurich", "America/Toronto"),
    "es": ("Europe/Madrid", "America/Mexico_City", "America/Bogota", "America/Argentina/Buenos_Aires"),
    "es-mx": ("America/Mexico_City",),
    "pt": ("Europe/Lisbon", "America/Sao_Paulo"),
    "pt-br": ("America/Sao_Paulo", "America/Manaus"),
    "it": ("Europe/Rome",), "pl": ("Europe/Warsaw",), "nl": ("Europe/Amsterdam", "Europe/Brussels"),
    "tr": ("Europe/Istanbul",), "ja": ("Asia/Tokyo",), "ko": ("Asia/Seoul",),
    "zh": ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore"),
    "zh-hant": ("Asia/Taipei", "Asia/Hong_Kong"), "zh-tw": ("Asia/Taipei",),
    "ar": ("Africa/Cairo", "Asia/Riyadh", "Asia/Dubai"), "hi": ("Asia/Kolkata",),
    "he": ("Asia/Jerusalem",), "fa": ("Asia/Tehran",), "id": ("Asia/Jakarta",),
    "vi": ("Asia/Ho_Chi_Minh",), "th": ("Asia/Bangkok",), "cs": ("Europe/Prague",),
    "sk": ("Europe/Bratislava",), "hu": ("Europe/Budapest",), "ro": ("Europe/Bucharest",),
    "el": ("Europe/Athens",), "sv": ("Europe/Stockholm",), "nb": ("Europe/Oslo",),
    "no": ("Europe/Oslo",), "da": ("Europe/Copenhagen",), "fi": ("Europe/Helsinki",),
    "kk": ("Asia/Almaty",), "ka": ("Asia/Tbilisi",), "hy": ("Asia/Yerevan",), "az": ("Asia/Baku",),
    "uz": ("Asia/Tashkent",), "bg": ("Europe/Sofia",), "sr": ("Europe/Belgrade",),
    "hr": ("Europe/Zagreb",), "lt": ("Europe/Vilnius",), "lv": ("Europe/Riga",),
    "et": ("Europe/Tallinn",), "ms": ("Asia/Kuala_Lumpur",), "bn": ("Asia/Dhaka",),
}
FALLBACK_ZONES = ("Europe/London", "America/New_York", "Europe/Berlin", "Asia/Tokyo")
# Preferred fixed zones for offsets that are not whole hours (checked against the tz data on use).
_PREFERRED_FIXED = {
    330: "Asia/Kolkata", 345: "Asia/Kathmandu", 390: "Asia/Yangon", 270: "Asia/Kabul",
    210: "Asia/Tehran", 570: "Australia/Darwin", 525: "Australia/Eucla", -570: "Pacific/Marquesas",
}


class InputError(ValueError):
    """What the user typed is not a time or a zone: one plain sentence with examples, `str(err)` in
    English and `text(locale)` in the user's language."""

    def __init__(self, msgid: str, **values: object) -> None:
        super().__init__(msgid.format(**values))
        self.msgid = msgid
        self.values = values

    def text(self, locale: str | None) -> str:
        values = {name: t(locale, v) if v in _EXAMPLES else v for name, v in self.values.items()}
        return t(locale, self.msgid, **values)


def _shown(text: str, limit: int = 30) -> str:
    """The user's input, printable and short, for quoting back."""
    flat = "".join(ch if ch.isprintable() else " " for ch in " ".join(text.split()))
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def parse_time(text: str) -> str:
    """'7:30pm' → '19:30'; InputError for anything that is not a time of day."""
    flat = text.strip()
    problem = InputError(
        N_("“{typed}” is not a time of day; send it as HH:MM in 24-hour time, for example {examples}."),
        typed=_shown(flat),
        examples=TIME_EXAMPLES,
    )
    if not flat:
        raise InputError(
            N_("Send the time after the command, for example {examples}."), examples=TIME_EXAMPLES
        )
    compact = _COMPACT_TIME.fullmatch(flat)
    match = compact or _TIME.fullmatch(flat)
    if match is None:
        raise problem
    hours, minutes = int(match[1]), int(match[2] or 0)
    meridiem = None if compact else match[3]
    if meridiem is not None:
        if not 1 <= hours <= 12:
            raise problem
        hours = hours % 12 + (12 if meridiem.lower() == "p" else 0)
    try:
        return validate_digest_time(f"{hours:02d}:{minutes:02d}")
    except InvalidPreferenceError:
        raise problem from None


def _key(text: str) -> str:
    """A place name folded for lookup: no accents, case, punctuation or underscores."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    flat = _SPACES.sub(" ", _DROP.sub("", bare.casefold())).strip()
    return "st " + flat[6:] if flat.startswith("saint ") else flat


@cache
def _zones() -> dict[str, str]:
    """Every zone name the tz data knows, by its case-folded spelling."""
    return {
        name.casefold(): name for name in available_timezones() if name not in ("localtime", "Factory")
    }


@cache
def _cities() -> dict[str, str]:
    """City (the last part of a regional zone name) → zone, then the hand list on top."""
    table: dict[str, str] = {}
    regional = sorted(
        (n for n in _zones().values() if n.split("/")[0] in _REGIONS), key=lambda n: (n.count("/"), n)
    )
    for name in regional:  # deeper names last, so America/Argentina/Cordoba wins over America/Cordoba
        table[_key(name.rsplit("/", 1)[1])] = name
    known = set(regional)
    for code in i18n.available():  # cities as each interface language writes them: Київ, Moskau
        for zone, names in Locale.parse(code).time_zones.items():
            if zone in known and names.get("city"):
                table.setdefault(_key(names["city"]), zone)
    table.update({_key(alias): zone for alias, zone in ALIASES.items()})
    return table


def _year_offsets(zone: ZoneInfo, start: datetime) -> set[timedelta | None]:
    return {(start + timedelta(days=days)).astimezone(zone).utcoffset() for days in range(0, 366, 30)}


@cache
def _fixed_zone(minutes: int) -> str | None:
    """A zone that keeps UTC+`minutes` all year, or None."""
    start = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    wanted = {timedelta(minutes=minutes)}
    preferred = _PREFERRED_FIXED.get(minutes)
    if preferred and _year_offsets(ZoneInfo(preferred), start) == wanted:
        return preferred
    for name in sorted(n for n in _zones().values() if n.split("/")[0] in _REGIONS):
        if _year_offsets(ZoneInfo(name), start) == wanted:
            return name
    return None


def _offset_zone(sign: str, hours: int, minutes: int, shown: str) -> str:
    total = (hours * 60 + minutes) * (-1 if sign == "-" else 1)
    if minutes >= 60 or not -12 * 60 <= total <= 14 * 60:
        raise InputError(
            N_("“{typed}” is not a UTC offset; offsets run from UTC-12 to UTC+14, for example {examples}."),
            typed=shown,
            examples=ZONE_EXAMPLES,
        )
    if total == 0:
        return CHOSEN_UTC
    if minutes == 0:
        return f"Etc/GMT{'-' if total > 0 else '+'}{hours}"
    zone = _fixed_zone(total)
    if zone is None:
        raise InputError(
            N_("No timezone keeps {typed} all year; send your city instead, for example /timezone Kyiv."),
            typed=shown,
        )
    return zone


def parse_timezone(text: str) -> str:
    """A zone name zoneinfo accepts for what the user typed; InputError otherwise."""
    flat = " ".join(text.split())
    shown = _shown(flat)
    if not flat:
        raise InputError(
            N_("Send your city, a timezone or a UTC offset, for example {examples}."), examples=ZONE_EXAMPLES
        )
    unknown = InputError(
        N_("“{typed}” is not a timezone or city I know; try, for example, {examples}."),
        typed=shown,
        examples=ZONE_EXAMPLES,
    )
    if len(flat) > MAX_INPUT:
        raise unknown
    compact = flat.replace(" ", "").replace("−", "-").replace("–", "-").upper()
    if compact in ("UTC", "GMT", "UT", "Z", "UTC+0", "GMT+0", "UTC0", "GMT0", "ETC/UTC"):
        return CHOSEN_UTC
    offset = _OFFSET.fullmatch(compact)
    if offset is not None:
        return _offset_zone(offset[1], int(offset[2]), int(offset[3] or 0), shown)
    zone = _zones().get(flat.replace(" ", "_").casefold())
    if zone is not None:
        return zone
    zone = _cities().get(_key(flat)) or _cities().get(_key(flat.split(",")[0]))
    if zone is None:
        raise unknown
    return zone


def offset_label(zone: str, at: datetime | None = None) -> str:
    """'UTC+02:00' (or 'UTC') for the zone's offset at `at` (default now)."""
    offset = (at or datetime.now(UTC)).astimezone(ZoneInfo(zone)).utcoffset() or timedelta(0)
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def zone_label(zone: str, locale: str | None = None) -> str:
    """A short name for a zone: 'Kyiv', 'São Paulo', 'UTC+2', 'UTC'; a city as `locale` writes it
    ('Київ', 'Moskau', 'Nueva York', from CLDR)."""
    if zone in (CHOSEN_UTC, "UTC"):
        return "UTC"
    fixed = re.fullmatch(r"Etc/GMT([+-])(\d{1,2})", zone)
    if fixed:
        return f"UTC{'-' if fixed[1] == '+' else '+'}{fixed[2]}"
    code = i18n.normalize(locale)
    if code != i18n.DEFAULT and zone.split("/")[0] in _REGIONS:
        return _local_city(zone, code)
    if zone in _DISPLAY:
        return _DISPLAY[zone]
    if zone.split("/")[0] in _REGIONS:
        return zone.rsplit("/", 1)[1].replace("_", " ")
    return zone


@cache
def _local_city(zone: str, code: str) -> str:
    return get_timezone_location(zone, locale=Locale.parse(code), return_city=True)


def suggested_zones(language_code: str | None) -> list[str]:
    """Zones worth offering as buttons to someone whose Telegram app speaks `language_code`."""
    code = (language_code or "").strip().lower().replace("_", "-")
    found: list[str] = []
    for key in (code, code.split("-")[0]):
        for zone in LIKELY.get(key, ()):
            if zone not in found:
                found.append(zone)
    return found or list(FALLBACK_ZONES)
