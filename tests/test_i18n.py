"""The interface catalogs: every message the code asks for is translated in every language, with the
same placeholders, Telegram HTML that still parses, and every message, button and command within
Telegram's limits (sent through the fake Bot API in every language)."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from handlers import i18n
from tests.fake_telegram.html_check import parse_html, utf16_len

ROOT = Path(__file__).resolve().parent.parent
KEYWORDS = {"t": (2,), "nt": (2, 3), "N_": None}
PLACEHOLDER = re.compile(r"\{(\w*)\}")
TAG = re.compile(r"</?[a-z-]+")
LANGUAGES = ("en", "ru", "uk", "de", "es", "fr", "pt", "it")
OTHERS = tuple(code for code in LANGUAGES if code != "en")
ADD_THEM = (
    "pybabel extract -F babel.cfg -k t:2 -k nt:2,3 -k N_ -o digestbot.pot . && "
    "pybabel update -i digestbot.pot -d handlers/locales -D digestbot, then translate (see the README)"
)


def source_messages() -> dict[str | tuple[str, str], str]:
    """Every msgid the code marks (t, nt, N_), with where it is."""
    found: dict[str | tuple[str, str], str] = {}
    for package in ("handlers", "bot"):
        for filename, line, message, _, _ in extract_from_dir(
            ROOT / package, method_map=[("**.py", "python")], keywords=KEYWORDS
        ):
            key = tuple(message) if isinstance(message, tuple | list) else message
            found.setdefault(key, f"{package}/{filename}:{line}")
    return found


def catalog(code: str) -> Catalog:
    path = ROOT / "handlers" / "locales" / code / "LC_MESSAGES" / "digestbot.po"
    with path.open("rb") as handle:
        return read_po(handle, locale=code)


def sample_values(msgid: str) -> dict[str, object]:
    return {name: f"x{name}" for name in PLACEHOLDER.findall(msgid)}


def test_the_languages_are_exactly_the_catalogs() -> None:
    assert set(i18n.available()) == set(LANGUAGES)
    assert i18n.negotiate("pt-BR") == "pt" and i18n.negotiate("uk") == "uk"
    assert i18n.negotiate("zz") == "en" and i18n.negotiate(None) == "en"


def test_the_code_marks_its_messages() -> None:
    messages = source_messages()
    assert len(messages) > 100, "the extractor found the marked messages"
    assert "This button has expired." in messages


@pytest.mark.parametrize("code", OTHERS)
def test_every_message_is_translated(code: str) -> None:
    translated = catalog(code)
    missing = []
    for msgid, where in source_messages().items():
        message = translated.get(msgid[0] if isinstance(msgid, tuple) else msgid)
        strings = message.string if message is not None else None
        forms = strings if isinstance(strings, tuple | list) else (strings,)
        if message is None or message.fuzzy or not all(forms):
            missing.append(f"{where}: {msgid!r}")
        elif isinstance(msgid, tuple) and len(forms) != translated.num_plurals:
            missing.append(f"{where}: {msgid!r} needs {translated.num_plurals} plural forms")
    assert not missing, f"untranslated in {code} ({ADD_THEM}):\n" + "\n".join(missing)


@pytest.mark.parametrize("code", OTHERS)
def test_translations_keep_placeholders_and_html(code: str) -> None:
    problems = []
    for message in catalog(code):
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        tags = sorted(TAG.findall(ids[-1]))
        for form in forms:
            found = set(PLACEHOLDER.findall(form))
            # A plural form may leave out the count itself ("one link"), nothing else.
            if found != wanted and not (len(forms) > 1 and found | {"n"} == wanted):
                problems.append(f"placeholders differ: {message.id!r} → {form!r}")
                continue
            if sorted(TAG.findall(form)) != tags:
                problems.append(f"HTML tags differ: {message.id!r} → {form!r}")
            filled = form.format(**sample_values(ids[-1]))
            try:
                parse_html(filled)
            except ValueError as err:
                problems.append(f"Telegram would refuse {form!r}: {err}")
            if utf16_len(filled) > 4096:
                problems.append(f"longer than a message: {message.id!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_plural_forms_follow_the_language(code: str) -> None:
    counts = {n: i18n.nt(code, "{n} sentence", "{n} sentences", n) for n in (1, 2, 5, 21, 1234)}
    assert all(i18n.number(code, n) in text for n, text in counts.items())
    if code in ("ru", "uk"):
        assert len({counts[1].split()[1], counts[2].split()[1], counts[5].split()[1]}) >= 2
        assert counts[21].split()[1] == counts[1].split()[1], "21 takes the singular form"
    elif code != "en":
        assert counts[1] != counts[2]


def test_locale_formats() -> None:
    when = datetime(2026, 4, 14, 9, 30, tzinfo=UTC)
    assert "14 апреля" in i18n.full_date("ru", when)
    assert i18n.full_date("de", when) == "Dienstag, 14. April 2026"
    assert i18n.weekday_day("uk", when) == "вт, 14 квітня"
    assert i18n.article_date("en", when) == "14 April 2026"
    assert i18n.article_date("ru", when) == "14 апреля 2026\u202fг."
    assert i18n.article_date("de", when) == "14. April 2026"
    assert i18n.number("de", 1234) == "1.234"


def test_a_broken_translation_falls_back_to_english() -> None:
    assert i18n._fill("xx", "{nope}", "{count} items", {"count": 3}) == "3 items"


def test_language_names_and_lookup() -> None:
    assert i18n.language_name("uk") == "Українська"
    assert i18n.find("Deutsch") == "de" and i18n.find("german") == "de" and i18n.find("pt-BR") == "pt"
    assert i18n.find("klingon") is None


def engine_sentences() -> list[str]:
    """Every failure sentence the engine, storage and the pool can show a user."""
    from digest.article import extract, pasted
    from digest.errors import DigestError
    from digest.feeds import opml, parse
    from digest.models import FetchPolicy
    from digest.stories.topics import parse_query
    from digest.web import fetch, netguard
    from handlers.reading import links, pool
    from storage import db_postgres, errors

    found = [fetch.ONLY_WEB, fetch.CREDENTIALS, fetch.TOO_SLOW, fetch.UNREACHABLE, fetch.UNREADABLE]
    found += [netguard.NOT_PUBLIC, netguard.INVALID_URL, extract.NO_ARTICLE, pasted.NO_ARTICLE]
    found += [opml.NOT_OPML, opml.NO_FEEDS, parse.NOT_A_FEED, pool.TOO_SLOW, pool.CRASHED, links.RESTARTING]
    found += [errors.BUSY_MESSAGE, str(netguard.port_refused(8000, FetchPolicy()))]
    found += [db_postgres.LOST_MESSAGE, db_postgres.UNREACHABLE_MESSAGE, db_postgres.DISK_FULL_MESSAGE]
    found += [str(errors.translate(sqlite3.OperationalError("disk I/O error")))]
    found += [str(errors.translate(sqlite3.IntegrityError("UNIQUE constraint failed: users.chat_id")))]
    found += [str(fetch._status_error(status)) for status in (404, 403, 429, 503, 418)]
    found += [str(fetch._too_large(FetchPolicy()))]
    for kind in ("application/pdf", "image/png", "video/mp4"):
        try:
            fetch._check_type(kind, "html")
        except DigestError as err:
            found.append(str(err))
    for query in ("", "x" * 1000, "-steel", '"open'):
        try:
            parse_query(query)
        except DigestError as err:
            found.append(str(err))
    return found


@pytest.mark.parametrize("code", OTHERS)
def test_engine_failures_reach_the_user_in_their_language(code: str) -> None:
    from handlers.failures import localize

    untranslated = [s for s in engine_sentences() if localize(s, code) == s]
    assert not untranslated, f"add these to handlers/failures.py KNOWN and translate them: {untranslated}"
    assert "PDF" in localize("That link is not a web page I can read (it is a PDF).", code)
    assert localize("Something nobody wrote.", code) == "Something nobody wrote."
