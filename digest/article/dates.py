"""Read a calendar date written out in a byline or a paste header: "14 апреля 2026", "April 14, 2026".

`find_date` returns the ISO date (YYYY-MM-DD) of the first full date (day, month and year) in a
short piece of text, or None. It reads numeric forms (2026-04-14, 14.04.2026, 2026年4月14日) and
month names of every language that `digest.lang` has (nominative and genitive forms, common
abbreviations). `says_published` tells a line that dates the page itself, by the words each language
module lists for it. A bare year, a relative time ("3 hours ago") or an impossible date is never a date.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import regex

from digest.lang import resources, supported

NUMERIC_PATTERNS = (
    # ISO first: 2026-04-14, 2026/04/14
    r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?!\d)",
    # 2026年4月14日
    r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日",
    # 14.04.2026 (day first, as everywhere that writes dots)
    r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?!\d)",
)


@cache
def _month_index() -> dict[str, int]:
    index: dict[str, int] = {}
    for code in supported():
        for number, forms in enumerate(resources(code).months, start=1):
            for form in forms:
                index.setdefault(form, number)
    return index


@cache
def _named_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    words = "|".join(sorted(_month_index(), key=len, reverse=True))
    month = rf"(?P<month>{words})\.?"
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|\.|º)?"
    year = r"(?P<year>(?:19|20)\d\d)(?!\d)"
    day_first = regex.compile(
        rf"(?<![\p{{L}}\d]){day}\s*(?:de\s+)?{month}(?![\p{{L}}])\s*,?\s*(?:de\s+)?{year}", regex.IGNORECASE
    )
    month_first = regex.compile(
        rf"(?<![\p{{L}}\d]){month}(?![\p{{L}}])\s*{day},?\s+{year}", regex.IGNORECASE
    )
    return day_first, month_first


_NUMERIC = tuple(regex.compile(pattern) for pattern in NUMERIC_PATTERNS)


@cache
def _published() -> regex.Pattern[str]:
    found = {word for code in supported() for word in resources(code).published_words}
    alternatives = "|".join(regex.escape(word) for word in sorted(found, key=len, reverse=True))
    return regex.compile(rf"\b(?:{alternatives})\b", regex.IGNORECASE)


def says_published(text: str) -> bool:
    """True when `text` has a word of any language saying a date is the page's own ("Published",
    "publiziert am", "обновлено"); each language lists its words in `digest.lang`."""
    return _published().search(text) is not None


def find_date(text: str) -> str | None:
    """The ISO date of the earliest full date written in `text`, or None."""
    found: list[tuple[int, str]] = []
    for pattern in _NUMERIC:
        for match in pattern.finditer(text):
            iso = _iso(match["y"], match["m"], match["d"])
            if iso:
                found.append((match.start(), iso))
                break
    index = _month_index()
    for pattern in _named_patterns():
        for match in pattern.finditer(text):
            iso = _iso(match["year"], str(index[match["month"].lower()]), match["day"])
            if iso:
                found.append((match.start(), iso))
                break
    return min(found)[1] if found else None


def _iso(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
