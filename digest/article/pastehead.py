"""Read the header lines of a pasted news-app page: which line is the outlet, the author, the date.

News apps and aggregators (inkl, Apple News, Google News, Flipboard, outlets' own apps) put the
same few things above the headline or just below it, in their own order: the app's menus and
promos, the outlet's name (sometimes twice: logo text and name), a section, the author's name
with or without "By", a role or a place, and a date or an age ("3h"). The rules here read those by
their shape, never by a list of apps or sites:
- the outlet is a short name line repeated in the header, the name beside an age or date
  ("Coastal Ledger • 3h"), or the name line nearest the headline that reads like a publication
  (a newspaper word such as Times, Post or Gazette, a leading "The", an acronym, a domain);
- the author is a short line of two to four capitalised name words ("Jane Doe", "Jane Doe in
  Kyiv", "Jane Doe, Political Editor"), the one nearest the headline;
- the date is the first full date in a short header line (see `digest.article.dates`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.article.dates import find_date

NAME_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][a-zß-öø-ÿа-яёіїєґ'’-]*\.?(?:-[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]+)?"
PARTICLE = r"(?:de|da|di|do|dos|van|von|der|den|le|la|bin|al|el|du|ter|ten)"
PERSON = re.compile(rf"^{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)*{NAME_WORD}){{1,3}}$")
PEOPLE_JOINER = re.compile(r"\s+(?:and|&|und|et|и|і|y|e)\s+|\s*,\s*")
# What may follow a name on its line: a place ("in Kyiv"), a role after a comma, a separator.
NAME_TAIL = re.compile(r"\s+(?:in|in\s+the|at|aus|à|en|в|у)\s+\S.*$|\s*[,|•·–—]\s+.*$")
SEPARATOR = re.compile(r"\s+[|•·–—-]\s+|\s*[•·|]\s*")
AGE = re.compile(
    r"^(?:\d+\s*(?:s|m|min|mins|h|hr|hrs|d|w|wk|mo|y|yr)|\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)"
    r"(?:\s+ago)?|just\s+now|yesterday|today|now)$",
    re.IGNORECASE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Generic words in the names of publications and broadcasters (never the name of one outlet).
OUTLET_WORDS = _words("""
times news post daily mirror herald telegraph tribune gazette journal independent express chronicle
observer standard guardian mail sun star press review courier ledger record bulletin dispatch
examiner inquirer monitor reporter sentinel register globe wire weekly magazine economist today
radio tv television broadcasting media online zeitung allgemeine rundschau kurier anzeiger
nachrichten tagblatt gazeta gazzetta corriere diario jornal nieuws krant dagblad tidende вести
новости газета известия ведомости правда ньюс новини вісті курьер вестник courrier dépêche quotidien
matin soir échos presse periódico noticias heraldo correo prensa giornale stampa messaggero abendblatt
morgenpost folha notícias correio diário
""")
# Words of a section label ("World", "UK news", "Middle East"), which is neither outlet nor author.
SECTION_WORDS = _words("""
world uk us news politics business sport sports opinion culture tech technology science health
environment climate entertainment lifestyle travel money education local national international
europe asia africa americas middle east economy markets breaking live главная общество политика
экономика спорт культура мир город
""")
# Words of an app's menus and buttons ("For You", "Sign in"), never part of a person's name.
UI_WORDS = _words("""
for you your my our all more top home new latest following explore search menu about contact sign
log in out up share save read listen watch like comment follow subscribe skip main content today
back next
""")
LONG_LINE_WORDS = 12
DATELINE = re.compile(
    r"^[A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ .'-]+(?:,[^()\n]{1,30})?\s*\((?P<source>[A-Z][\w .&-]{1,30})\)\s*[-–—]"
)
WORD = re.compile(r"\w+")
DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
ACRONYM = re.compile(r"[A-Z]{2,6}(?:\s+\w+)?")
NAME_LINKS = frozenset({
    "of", "the", "and", "&", "de", "la", "le", "les", "du", "des", "del", "della", "di", "da", "do", "dos",
    "das", "der", "von", "van", "y", "e", "et", "und",
})
ARTICLES = frozenset({"the", "le", "la", "les", "die", "der", "das", "el", "il", "lo", "de", "het", "o", "a"})


@dataclass
class Header:
    """What the header of a paste says about the article; `lines` are the indices it used."""

    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    lines: frozenset[int] = frozenset()


def read_header(lines: list[str], title_at: int, end: int) -> Header:
    """Outlet, author and date from `lines[:end]` (the lines above the article's first paragraph).

    A name line whose words the article writes in lower case ("Climate Crisis" over a story about
    the climate) is a section label, not a person.
    """
    if end <= 0:
        return Header()
    used: set[int] = set()
    outlet_at, outlet = _outlet(lines, title_at, end)
    if outlet_at is not None:
        used.add(outlet_at)
    common = {word for line in lines[end:] for word in WORD.findall(line) if word.islower()}
    people = [(i, name) for i in range(end) if i != title_at and lines[i] != outlet
              and (name := person_line(lines[i])) and not {w.lower() for w in WORD.findall(name)} & common]
    author = None
    if people:
        i, author = min(people, key=lambda found: abs(found[0] - title_at))
        used.add(i)
    published = None
    for i in range(end):
        if len(lines[i].split()) <= LONG_LINE_WORDS and (found := find_date(lines[i])):
            published = found
            used.add(i)
            break
    return Header(outlet, author, published, frozenset(used))


def wire_source(text: str) -> str | None:
    """The agency or outlet a dateline names: "LONDON, April 14 (Reuters) -" gives "Reuters"."""
    match = DATELINE.match(text)
    return match["source"] if match else None


def person_line(line: str) -> str | None:
    """The name(s) on a line that is only an author's name, maybe with a place or role after it."""
    if any(ch.isdigit() for ch in line) or len(line.split()) > LONG_LINE_WORDS:
        return None
    names = NAME_TAIL.sub("", line.strip())
    parts = [part for part in PEOPLE_JOINER.split(names) if part]
    if not parts or len(parts) > 4 or not all(PERSON.match(part) for part in parts):
        return None
    words = {word.lower().strip(".") for word in names.split()}
    if words & (OUTLET_WORDS | UI_WORDS) or words <= SECTION_WORDS or names.split()[0].lower() in ARTICLES:
        return None
    return names


def _outlet(lines: list[str], title_at: int, end: int) -> tuple[int | None, str | None]:
    seen: dict[str, int] = {}
    for i in range(end):
        key = lines[i].casefold()
        if key in seen and i != title_at and _name_shaped(lines[i]) and not find_date(lines[i]):
            return seen[key], lines[i]
        seen.setdefault(key, i)
    for i in range(end):
        parts = SEPARATOR.split(lines[i])
        dated = len(parts) == 2 and (AGE.match(parts[1].strip()) or find_date(parts[1]))
        if dated and _name_shaped(parts[0]):
            return i, parts[0].strip()
    found = [(i, name) for i in range(end) if i != title_at and (name := publication(lines[i]))]
    if not found:
        return None, None
    return min(found, key=lambda item: (abs(item[0] - title_at), -item[0]))


def _name_shaped(line: str) -> bool:
    """A short line of capitalised words (or an acronym or a domain): the shape of a name."""
    words = line.split()
    if not 1 <= len(words) <= 6 or re.search(r"[.!?:]$", line.strip()):
        return bool(DOMAIN.fullmatch(line.strip()))
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in NAME_LINKS for w in words)


def publication(line: str) -> str | None:
    """The line as a publication's name, when it reads like one."""
    name = re.split(r"\s*[,|•·]\s*", line.strip(), maxsplit=1)[0]
    if DOMAIN.fullmatch(name):
        return name
    words = [word.lower() for word in name.split()]
    if not 1 <= len(words) <= 6 or not name[0].isupper() or re.search(r"[.!?:;]$", name):
        return None
    if person_line(name):
        return None
    if set(words) <= SECTION_WORDS or (len(words) == 1 and words[0] in OUTLET_WORDS):
        return None
    if set(words) & OUTLET_WORDS:
        return name
    if _name_shaped(name) and (words[0] in ARTICLES or ACRONYM.fullmatch(name)):
        return name
    return None
