"""The interface in the user's language: gettext catalogs read with Babel, and locale-aware formatting.

Every sentence, button label and command description the bot shows goes through `t` (or `nt` when
it holds a count) with the chat's locale; module-level constants are marked with `N_` and
translated where they are used. English is the source language: the msgid is the English text,
with `{name}` placeholders filled by keyword. Each other language is one catalog,
`handlers/locales/<code>/LC_MESSAGES/digestbot.po`, read directly with Babel (no compile step, so a
fresh `pip install` ships and uses them) and cached per process; the catalog's Plural-Forms
header gives the plural rules. A language with a catalog is offered everywhere automatically.

Dates and counts are written the locale's way with Babel's CLDR data (`article_date`, `full_date`,
`weekday_day`, `number`). Messages stay in the chat's history, so dates are absolute, never
"3 hours ago", which would be wrong by the next day.

Extract and update the catalogs with Babel (see the README):
    pybabel extract -F babel.cfg -k t:2 -k nt:2,3 -k N_ -o digestbot.pot .
    pybabel update -i digestbot.pot -d handlers/locales -D digestbot
"""

from __future__ import annotations

import gettext
import io
import logging
from datetime import date, datetime
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

log = logging.getLogger(__name__)

DOMAIN = "digestbot"
DEFAULT = "en"


def N_(msgid: str) -> str:
    """Mark a constant for extraction; translate it where it is shown with `t(locale, CONSTANT)`."""
    return msgid


def _catalog_dir() -> Traversable:
    return resources.files("handlers").joinpath("locales")


@cache
def available() -> tuple[str, ...]:
    """Every interface language: English, then each language with a catalog, sorted by code."""
    found = sorted(
        entry.name
        for entry in _catalog_dir().iterdir()
        if entry.joinpath("LC_MESSAGES", f"{DOMAIN}.po").is_file()
    )
    return (DEFAULT, *(code for code in found if code != DEFAULT))


def negotiate(language_code: str | None) -> str:
    """Telegram's language_code as one of our languages: 'pt-BR' → 'pt', 'uk' → 'uk', unknown → 'en'."""
    code = (language_code or "").strip().lower().replace("_", "-")
    if code in available():
        return code
    base = code.split("-", 1)[0]
    return base if base in available() else DEFAULT


def find(typed: str) -> str | None:
    """The interface language someone typed: a code ('de', 'pt-BR') or a name in that language or in
    English ('Deutsch', 'german'); None when we have no catalog for it."""
    wanted = typed.strip().casefold()
    for code in available():
        names = {code, language_name(code).casefold(), Locale.parse(code).get_display_name("en").casefold()}
        if wanted in names:
            return code
    code = wanted.replace("_", "-").split("-", 1)[0]
    return code if code in available() else None


def normalize(locale: str | None) -> str:
    """A stored or given locale as one we can speak (anything else falls back to English)."""
    return locale if locale in available() else negotiate(locale)


@cache
def translations(locale: str) -> gettext.NullTranslations:
    """The catalog of `locale` (NullTranslations for English), compiled in memory from its .po file."""
    if locale == DEFAULT or locale not in available():
        return gettext.NullTranslations()
    path = _catalog_dir().joinpath(locale, "LC_MESSAGES", f"{DOMAIN}.po")
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=locale, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def _fill(locale: str, text: str, fallback: str, values: dict[str, object]) -> str:
    if not values:
        return text
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        log.error("the %s translation of %r has broken placeholders; using English", locale, fallback)
        return fallback.format(**values)


def t(locale: str | None, msgid: str, **values: object) -> str:
    """`msgid` in `locale`, with `{name}` placeholders filled from `values`."""
    locale = normalize(locale)
    return _fill(locale, translations(locale).gettext(msgid), msgid, values)


def nt(locale: str | None, singular: str, plural: str, n: int, **values: object) -> str:
    """The plural form for `n` in `locale`; `{n}` is the count written the locale's way (1 234)."""
    locale = normalize(locale)
    text = translations(locale).ngettext(singular, plural, n)
    values = {"n": number(locale, n), **values}
    return _fill(locale, text, singular if n == 1 else plural, values)


def number(locale: str | None, value: int | float) -> str:
    """A count written the locale's way: 1,234 / 1 234 / 1.234."""
    return format_decimal(value, locale=_formats(locale))


def full_date(locale: str | None, when: date | datetime) -> str:
    """'Tuesday, 14 April 2026', 'вторник, 14 апреля 2026 г.', 'Dienstag, 14. April 2026'."""
    pattern = "EEEE, d MMMM y" if normalize(locale) == DEFAULT else "full"
    return format_date(when, format=pattern, locale=_formats(locale))


def article_date(locale: str | None, when: date | datetime) -> str:
    """'14 April 2026', '14 апреля 2026 г.', '14. April 2026': an article's date."""
    return format_skeleton("yMMMMd", when, locale=_formats(locale))


def weekday_day(locale: str | None, when: date | datetime) -> str:
    """'Tue 14 April', 'вт, 14 апреля', 'Di., 14. April': a near date with its weekday."""
    return format_skeleton("MMMMEd", when, locale=_formats(locale))


def language_name(code: str) -> str:
    """A language's own name, capitalised as in a menu: 'Deutsch', 'Українська'."""
    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (ValueError, UnknownLocaleError):
        return code
    return name[:1].upper() + name[1:]


@cache
def _formats(locale: str | None) -> Locale:
    """Babel's locale for dates and numbers; English writes dates day first, as in Britain."""
    code = normalize(locale)
    return Locale.parse("en_GB" if code == DEFAULT else code)
