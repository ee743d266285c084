"""Telling names from other words: places (a hand-written list of countries, US states and big
cities), first names and their gender (gender-guesser's list), and how common a word is in a
language (wordfreq), so that a capitalised common word ("Devant", "Milliarden") is not taken for a
name. The lists load once per process, on first use; lookups are cached.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


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

@lru_cache(maxsize=1)
def _detector() -> Any:
    import gender_guesser.detector as gender_guesser

    return gender_guesser.Detector(case_sensitive=False)


_GENDERS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


@lru_cache(maxsize=50_000)
def first_name_gender(word: str) -> str | None:
    """"m" or "f" when `word` is a first name of that gender in gender-guesser's list of about
    40,000 first names from every European country and many others, else None ("andy" names too)."""
    if not word[:1].isalpha() or len(word) < 2:
        return None
    return _GENDERS.get(_detector().get_gender(word))


@lru_cache(maxsize=50_000)
def is_first_name(word: str) -> bool:
    """Whether `word` is a first name (of any gender) in gender-guesser's list."""
    if not word[:1].isalpha() or len(word) < 2:
        return False
    return _detector().get_gender(word) != "unknown"


@lru_cache(maxsize=100_000)
def zipf(word: str, language: str | None) -> float:
    """How common `word` is in `language` (wordfreq's Zipf scale: 7 = "the", 3 = rare); 0 if unknown."""
    if not language:
        return 0.0
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(word.lower(), language)
    except (LookupError, ValueError):
        return 0.0
