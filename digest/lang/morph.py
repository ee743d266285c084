"""Base forms of inflected names with pymorphy3 (Russian, Ukrainian): "Сергея Лаптева" → "Сергей Лаптев".

A run of capitalised words is read word by word: person-name words (first names, surnames,
patronymics, and Ukrainian adjectival surnames such as "Зеленського"), places, organisations and
common nouns. Common nouns and places in front of a name are dropped ("Пенсионерка Валентина
Игоревна", "Новосибирска Игорь Сомов"); the name is put in the nominative, its case and gender
read from the first name-word so that an ambiguous surname agrees with it ("Марина Юдина" stays
feminine). The analyser loads once per process, on first use; lookups are cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from digest.lang.names import EAST_ASIAN_SURNAMES, first_name_gender, is_first_name, zipf

_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_ADJ_SURNAME = ("ский", "цкий", "ской", "цкой", "ський", "цький", "ська", "цька", "ская", "цкая")


@dataclass(frozen=True)
class NameForm:
    """A name in its base form: the words kept, how many leading words were dropped, and the
    gender and case of the name as written (None when not a person's name)."""

    words: tuple[str, ...]
    dropped: int
    person: bool
    gender: str | None
    nominative: bool
    organisation: bool = False
    place: bool = False
    trimmed: int = 0  # words dropped at the end: an outlet told after the name ("Андрей Волков Reuters")


@lru_cache(maxsize=4)
def _analyzer(code: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=code)


def load() -> None:
    """Read the Russian and Ukrainian dictionaries now rather than on the first name that needs them."""
    for code in ("ru", "uk"):
        _analyzer(code)


@lru_cache(maxsize=100_000)
def _parses(code: str, word: str) -> tuple[Any, ...]:
    return tuple(_analyzer(code).parse(word))


def parses(code: str, word: str) -> tuple[Any, ...]:
    """pymorphy3's readings of `word` in language `code` ("ru", "uk"), cached."""
    return _parses(code, word)


def _name_parses(parses: tuple[Any, ...]) -> list[Any]:
    named = [p for p in parses if _NAME_TAGS & p.tag.grammemes]
    if named:
        return named
    return [p for p in parses if p.tag.POS == "ADJF" and p.normal_form.endswith(_ADJ_SURNAME)]


def _is_given_name(parse: Any) -> bool:
    return "Name" in parse.tag.grammemes and "plur" not in parse.tag.grammemes


def _kind(parses: tuple[Any, ...], word: str) -> str:
    if any(ch.isalpha() and not "\u0400" <= ch <= "\u04ff" for ch in word):
        return "org"  # a word in another script: a brand or a foreign name, not inflected
    if word.isupper() and len(word) > 1:
        return "org"  # "ГУ МВД", "НАБУ": an abbreviation
    best = parses[0] if parses else None
    named = _name_parses(parses)
    given = any("Name" in p.tag.grammemes for p in named)
    if best is not None and "Geox" in best.tag.grammemes and not given:
        return "place"  # "в Китае": a place first, a surname only as well
    if named or is_first_name(word):
        return "name"
    if best is None or not best.is_known:
        return "name"
    grammemes = best.tag.grammemes
    if "Geox" in grammemes:
        return "place"
    if "Orgn" in grammemes or "Abbr" in grammemes or (word.isupper() and len(word) > 1):
        return "org"
    # Short adjectives look like surnames in -ов/-ин ("Сомов"): only other words are common ones.
    return "name" if best.tag.POS in {"ADJS", "PRTS"} else "common"


def _cased(form: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return form.upper()
    parts, written = form.split("-"), like.split("-")
    if len(parts) != len(written):
        written = [like] * len(parts)
    # "ас-Сабах": a part written in lower case (the Arabic article) stays so
    pairs = zip(parts, written, strict=True)
    return "-".join(p if w[:1].islower() else p[:1].upper() + p[1:] for p, w in pairs)


def _gender(tag: Any) -> str | None:
    if "femn" in tag.grammemes:
        return "f"
    return "m" if "masc" in tag.grammemes else None


def _nominative(parse: Any, word: str) -> str:
    if "nomn" in parse.tag.grammemes:
        return word
    wanted = {"nomn"} | ({"sing"} if "sing" in parse.tag.grammemes else set())
    form = parse.inflect(wanted) or parse.inflect({"nomn"})
    if not form:
        return word
    base = form.word if "ё" in word.lower() else form.word.replace("ё", "е")  # as the text spells it
    return _cased(base, word)


def _pick(parses: list[Any], case: str | None, gender: str | None) -> Any:
    def fits(p: Any) -> int:
        g = p.tag.grammemes
        return (case in g if case else 0) * 2 + (gender is not None and _gender(p.tag) == gender)

    return max(parses, key=fits)


def _ending_table(rows: str) -> tuple[tuple[str, ...], ...]:
    """"ова:ов:m ..." → ((oblique ending, nominative ending, gender, …), …), the longest endings first."""
    table = [tuple(row.split(":")) for row in rows.split()]
    return tuple(sorted(table, key=lambda r: -len(r[0])))


# The one table of surname endings, for surnames the dictionary does not know: an oblique ending, its
# nominative, the gender and the cases it has (ru and uk surnames in -ов/-ев/-ин/-ын, -ский/-цкий,
# -ський/-цький). "Сомова" is his genitive or accusative, "Сомову" her accusative but his dative.
_SURNAME_FORMS = _ending_table(
    # his, ru: "Сомова", "Сомову", "Сомовым", "Сомове", "Луцкого", …
    "ова:ов:m:gent,accs ева:ев:m:gent,accs ёва:ёв:m:gent,accs ина:ин:m:gent,accs ына:ын:m:gent,accs "
    "ову:ов:m:datv еву:ев:m:datv ёву:ёв:m:datv ину:ин:m:datv ыну:ын:m:datv "
    "овым:ов:m:ablt евым:ев:m:ablt ёвым:ёв:m:ablt иным:ин:m:ablt ыным:ын:m:ablt "
    "ове:ов:m:loct еве:ев:m:loct ёве:ёв:m:loct ине:ин:m:loct "
    "ского:ский:m:gent,accs цкого:цкий:m:gent,accs скому:ский:m:datv цкому:цкий:m:datv "
    "ским:ский:m:ablt цким:цкий:m:ablt ском:ский:m:loct цком:цкий:m:loct "
    # his, uk: "Ларіна", "Ларіну", "Ларіні", "Ларіним", "Сомові", "Сомовим", "Луцького", …
    "іна:ін:m:gent,accs іну:ін:m:datv іні:ін:m:datv,loct іним:ін:m:ablt "
    "ові:ов:m:datv,loct еві:ев:m:datv,loct овим:ов:m:ablt евим:ев:m:ablt "
    "ського:ський:m:gent,accs цького:цький:m:gent,accs ському:ський:m:datv,loct цькому:цький:m:datv,loct "
    "ським:ський:m:ablt цьким:цький:m:ablt ськім:ський:m:loct цькім:цький:m:loct "
    # hers, ru: "Сомовой", "Сомову", "Луцкой", "Луцкую"
    "овой:ова:f:gent,datv,ablt,loct евой:ева:f:gent,datv,ablt,loct иной:ина:f:gent,datv,ablt,loct "
    "ыной:ына:f:gent,datv,ablt,loct ской:ская:f:gent,datv,ablt,loct цкой:цкая:f:gent,datv,ablt,loct "
    "ёвой:ёва:f:gent,datv,ablt,loct ову:ова:f:accs еву:ева:f:accs ёву:ёва:f:accs ину:ина:f:accs "
    "ыну:ына:f:accs скую:ская:f:accs цкую:цкая:f:accs "
    # hers, uk: "Сомової", "Сомовій", "Сомовою", "Ларіну", "Луцької", …
    "ової:ова:f:gent евої:ева:f:gent іної:іна:f:gent ської:ська:f:gent цької:цька:f:gent "
    "овій:ова:f:datv,loct евій:ева:f:datv,loct іній:іна:f:datv,loct ській:ська:f:datv,loct "
    "цькій:цька:f:datv,loct овою:ова:f:ablt евою:ева:f:ablt іною:іна:f:ablt ською:ська:f:ablt "
    "цькою:цька:f:ablt іну:іна:f:accs ську:ська:f:accs цьку:цька:f:accs"
)
# Surnames declined like nouns, told only by the person's known sex: a foreign surname in -ия/-ія ("Гарсии",
# "Гарсії"), a man's surname in -а ("Коцюбы", "Кочергу").
_NOUN_SURNAME_FORMS = _ending_table(
    "ии:ия:f:gent,datv,loct ії:ія:f:gent,datv,loct ии:ия:m:gent ії:ія:m:gent ы:а:m:gent и:а:m:gent у:а:m:accs"
)
_NOMINATIVE_SURNAME = _ending_table(
    "ов:ов:m ев:ев:m ёв:ёв:m ин:ин:m ын:ын:m ін:ін:m ский:ский:m цкий:цкий:m ський:ський:m цький:цький:m "
    "ова:ова:f ева:ева:f ёва:ёва:f ина:ина:f ына:ына:f іна:іна:f ская:ская:f цкая:цкая:f ська:ська:f "
    "цька:цька:f"
)
_CASES = ("gent", "datv", "accs", "ablt", "loct")


def _case_rows(case: str | None) -> tuple[tuple[str, str, str], ...]:
    """The endings of surnames in `case` (any oblique case where it is none of the five), as
    (oblique, nominative, gender). Under None, the endings only one nominative and gender have and no
    nominative has: "Сомовым", "Лариной"; not "Сомову" (his or hers), "Луговой", "Луговской" (nominatives
    of adjectival surnames)."""
    rows = [r for r in _SURNAME_FORMS if case is None or case not in _CASES or case in r[3].split(",")]
    if case is None:
        readings: dict[str, set[tuple[str, str]]] = {}
        for r in _SURNAME_FORMS:
            readings.setdefault(r[0], set()).add((r[1], r[2]))
        nominative = {r[0] for r in _NOMINATIVE_SURNAME} | {"овой", "евой", "ской", "цкой"}
        rows = [r for r in rows if len(readings[r[0]]) == 1 and r[0] not in nominative]
    return tuple(dict.fromkeys((r[0], r[1], r[2]) for r in rows))


_SURNAME_CASES = {case: _case_rows(case) for case in (*_CASES, None)}


# Adjectives in unstressed -ый after a possessive suffix ("сомовый", "ореховый"): a surname that reads
# as one declines as a surname in -ов/-ин ("Сомовой" → "Сомова"); "Луговой" (stressed "луговой") is an
# adjectival surname ("Луговая").
_POSSESSIVE_ADJECTIVES = ("овый", "евый", "ёвый", "иный", "ыный")


# Endings of a woman's surname in the nominative that are also a man's genitive ("Ларіна", "Сомова").
_FEMININE_SURNAMES = ("ова", "ева", "єва", "іна", "ина", "ына", "їна")


_VOWELS = "аеёиоуыэюяіїє"


def _surname_nominative(word: str, case: str | None, gender: str | None) -> str:
    """A surname the dictionary does not know, after a first name of `gender` in the oblique `case`, in
    the nominative by the ending table ("Олега Синєгубова" → "Синєгубов", "Сергея Кочергу" → "Кочерга")."""
    if gender is None and case not in (None, "nomn"):  # "Саши Громова": a first name of either sex
        for either in ("m", "f"):
            mended = _surname_nominative(word, case, either)
            if mended != word:
                return mended
    if case in (None, "nomn") or gender not in ("m", "f"):
        return word
    low = word.lower()
    for oblique, nominative in _gendered_rows(case, gender):
        if low.endswith(oblique) and len(low) > len(oblique) + 1:
            return word[: len(word) - len(oblique)] + nominative
    return word


def declines_to(word: str, surname: str, gender: str | None, case: str | None = None) -> bool:
    """Whether `word` is the surname `surname` of a person of `gender` (None: either) in an oblique case
    (only `case` where given), by the table of endings: "Пуховой" of her "Пухова" (a surname the dictionary
    reads as the adjective "пуховый"), not of his "Пухов"."""
    genders = (gender,) if gender in ("m", "f") else ("m", "f")
    low, written = surname.lower(), word.lower()
    if written == low:
        return False
    if case in _CASES:  # the endings of that case only: "Сомову" is his dative, never his accusative
        rows = _SURNAME_CASES[case] + tuple(r[:3] for r in _NOUN_SURNAME_FORMS if case in r[3].split(","))
        return any(
            g in genders and written.endswith(end) and written[: len(written) - len(end)] + nom == low
            for end, nom, g in rows
        )
    return any(_surname_nominative(word, c, g).lower() == low for c in _CASES for g in genders)


@lru_cache(maxsize=32)
def _gendered_rows(case: str, gender: str) -> tuple[tuple[str, str], ...]:
    """The endings of a surname of `gender` after a first name in `case`, as (oblique, nominative): the
    table's in any oblique case (a first name's case is often one of two: "Саше" dative or locative), then
    those of surnames declined like nouns in that case."""
    regular = [(r[0], r[1]) for r in _SURNAME_FORMS if r[2] == gender]
    nouns = [(r[0], r[1]) for r in _NOUN_SURNAME_FORMS if r[2] == gender and case in r[3].split(",")]
    return tuple(dict.fromkeys(regular + nouns))


def _hers(word: str, case: str | None) -> bool:
    """Whether the surname `word` ends as a woman's surname does in `case`, by the table of endings."""
    low = word.lower()
    if case == "nomn":
        return any(low.endswith(e) and len(low) > len(e) + 1 for e, _, g in _NOMINATIVE_SURNAME if g == "f")
    rows = [r for r in _SURNAME_FORMS if r[2] == "f" and case in r[3].split(",")]
    return any(low.endswith(r[0]) and len(low) > len(r[0]) + 1 for r in rows)


def _foreign_nominative(word: str, case: str | None, gender: str | None) -> str:
    """A man's surname the dictionary does not know, declined as a noun in -а after a consonant ("Жан-Ива
    Ле Гоффа" → "Гофф"), else as written."""
    low = word.lower()
    if gender == "m" and case in ("gent", "accs") and low[-1:] == "а" and low[-2:-1] not in _VOWELS + "ьй":
        return word[:-1]
    return word


def _declined_nominative(parses: tuple[Any, ...], word: str, case: str | None) -> str:
    """A name word the dictionary knows only as a common noun ("Макрона", "Тайипа"), after a first name
    in the oblique `case`: the nominative of its reading in that case; as written where none fits."""
    if case in (None, "nomn"):
        return word
    for p in parses:
        if p.tag.POS == "NOUN" and case in p.tag.grammemes and "plur" not in p.tag.grammemes:
            return _nominative(p, word)
    return word


_CASE_RANK = {"nomn": 0, "gent": 1, "datv": 2, "accs": 3, "ablt": 4, "loct": 5}


def _second_name(parses: list[tuple[Any, ...]], given: list[int]) -> int:
    """Where a run holds two names, a first name and a surname in one case and then another first
    name in a case it cannot share ("Олега Сафонова Дмитрий Рыбкин", "Ірини Бойко Петро Шевчук"),
    the index of the second name; else 0."""
    later = [i for i in given if given and i > given[0] and i + 1 < len(parses)]
    if not later:
        return _name_in_another_case(parses)
    first = {p.tag.case for p in parses[given[0]] if _is_given_name(p)}
    second = {p.tag.case for p in parses[later[-1]] if _is_given_name(p)}
    # "рассказала Глебу Орлову Мари Дюпон": a name in an oblique case, then one that may be the subject
    subject = "nomn" in second and "nomn" not in first and later[-1] - given[0] >= 2
    return later[-1] if not first & second or subject else 0


def _name_in_another_case(parses: list[tuple[Any, ...]]) -> int:
    """Two name words of two people of one sex side by side, the first in an oblique case only and the
    second in the nominative only ("Бабуся маленької Зоряни Марта згадує", "На вопрос о Котове Воронов
    улыбнулся"): the words of one name are declined together, so the second is a name of its own (1);
    else 0."""
    if len(parses) != 2:
        return 0
    known = [[p for p in found if p.is_known and "plur" not in p.tag.grammemes] for found in parses]
    named = [[p for p in found if _NAME_TAGS & p.tag.grammemes] for found in known]
    cases = [{p.tag.case for p in found} for found in named]
    # of one sex ("Юлії Мендель": her first name, then a surname the dictionary knows only as a man's)
    same = {_gender(p.tag) for p in named[0]} == {_gender(p.tag) for p in named[1]}
    return 1 if cases[0] and cases[1] == {"nomn"} and "nomn" not in cases[0] and same else 0


def _adjective_surname(parses: tuple[Any, ...], case: str, gender: str | None) -> list[Any]:
    """The readings of a surname declined as an adjective ("Бережной", "Светлой" after "Натальи"):
    an adjective in the first name's case and gender."""
    return [
        p for p in parses
        if p.tag.POS == "ADJF" and case in p.tag.grammemes and "plur" not in p.tag.grammemes
        and (_gender(p.tag) == gender if gender else _gender(p.tag) is not None)
    ]


@lru_cache(maxsize=50_000)
def name_form(code: str, words: tuple[str, ...], wanted: str | None = None) -> NameForm:
    """The base form of the capitalised run `words` in language `code` ("ru" or "uk"); `wanted`: the
    case the grammar puts the name in, where it knows it ("по словам" → "gent"), read first where the
    words allow it ("Олександра Прокудіна": his genitive there, not her nominative)."""
    if any("." in w for w in words):
        initialled = _initialled_name(code, words, wanted)
        if initialled is not None:
            return initialled
    if east_asian_length(code, words):
        return _east_asian_name(code, words, wanted)
    parses = [_parses(code, w) for w in words]
    kinds = [_kind(p, w) for p, w in zip(parses, words, strict=True)]
    given = [i for i, p in enumerate(parses) if any(_is_given_name(x) for x in p)]
    if len(given) > 1 and given[1] == given[0] + 1 < len(words) - 1 and not is_first_name(words[given[0]]):
        surname = any("Surn" in p.tag.grammemes for p in parses[given[1]])  # "Джона Смита"
        if is_first_name(words[given[1]]) and not surname:  # "Барабаша Светлана Пак": a village, then her
            given = given[1:]
    if given and given[0] > 0 and len(words) - given[0] >= 2:
        kinds[: given[0]] = ["common"] * given[0]  # "Мер Львова Ігор Савчук": the name starts at "Ігор"
    second = _second_name(parses, given)
    if second:  # "адвокат Олега Сафонова Дмитрий Рыбкин": a possessor's name, then the person's own
        kinds[:second] = ["common"] * second
    if "name" not in kinds:
        org = "org" in kinds
        if len(words) == 1 and parses[0] and kinds[0] in {"org", "place"}:
            place = kinds[0] == "place"
            return NameForm((_nominative(parses[0][0], words[0]),), 0, False, None, True, org, place)
        return NameForm(words, 0, False, None, True, org)
    first = kinds.index("name")
    body = any("Orgn" in p.tag.grammemes for p in parses[first]) and not _name_parses(parses[first])
    if 0 < first == len(words) - 1 and words[first - 1].isupper() and body:
        return NameForm(words, 0, False, None, True, True)  # "ПАО Северэнерго": a body's kind and its name
    end = _name_end(words, parses, kinds, first)
    kept = words[first:end]
    anchor = [p for p in _name_parses(parses[first]) if "plur" not in p.tag.grammemes]
    if len(kept) > 1 and _indeclinable(kept[0], parses[first]):
        # "Хироси Танака", "Такеси Ямамото": a foreign first name the dictionary only guesses at, in a vowel
        # no Russian case ending has there, stays as written; the surname after it is read in `wanted`
        pairs = zip(kept[1:], parses[first + 1 : end], strict=True)
        rest = [
            _later_word(w, tuple(x for x in p if x.is_known), wanted, None, False)
            if any(x.is_known for x in p) or wanted in (None, "nomn") else _declined_nominative(p, w, wanted)
            for w, p in pairs
        ]  # "Танакой" after "с": the guessed noun "танака" in that case
        same = wanted in (None, "nomn")
        return NameForm((kept[0], *rest), first, True, None, same, trimmed=len(words) - end)
    stem = kept[0][:-1] if kept[0][-1:] == "а" else ""
    if not anchor and wanted in ("gent", "accs") and len(kept) > 1 and first_name_gender(stem) == "m":
        # "по словам Олафа Хансена": a man's first name the dictionary lacks, declined in -а
        pairs = zip(kept[1:], parses[first + 1 : end], strict=True)
        rest = [_later_word(w, p, wanted, "m", False) for w, p in pairs]
        return NameForm((stem, *rest), first, True, "m", False, trimmed=len(words) - end)
    if not anchor:  # not in the dictionary as a name ("Сомов"): as written, any case
        return NameForm(kept, first, True, None, True)
    firsts = [p for p in anchor if "Name" in p.tag.grammemes] or anchor
    genders = {_gender(p.tag) for p in firsts}
    if wanted is None and len(kept) == 1 and len(genders) > 1 and any(_case(p) == "nomn" for p in firsts):
        # "Прохорова": his genitive or her nominative; as written, the gender left open
        return NameForm(kept, first, True, None, True)
    if wanted is None and len(kept) == 1 and genders == {"m"} and kept[0].endswith(_FEMININE_SURNAMES):
        # "Ларіна": the dictionary knows only his genitive, but it is her nominative as well
        return NameForm(kept, first, True, None, True)
    if len(kept) > 1:  # "Павла Гриневича": the reading of the first name that the surname agrees with
        following = [o for o in _name_parses(parses[first + 1]) if "plur" not in o.tag.grammemes] or [
            o for o in parses[first + 1] if o.tag.POS == "ADJF" and "plur" not in o.tag.grammemes
        ]  # "Романе Луговом": an adjectival surname the dictionary knows only as an adjective
        # a woman's first name agrees with a surname in her ending for its case, which the dictionary may
        # know only as a man's other case ("Марина Хлебникова": hers, not Марин Хлебников's genitive)
        agreeing = [
            p for p in firsts
            if any(o.tag.case == p.tag.case and _gender(o.tag) == _gender(p.tag) for o in following)
            or (_gender(p.tag) == "f" and _hers(kept[1], p.tag.case))
        ]
        indeclinable = any("Fixd" in o.tag for o in following)  # "Олександра Гриценко": his or hers
        firsts = firsts if indeclinable else agreeing or firsts
    # The likeliest reading, then the commoner case ("Петра" → "Пётр" in the genitive, not "Петра";
    # Ukrainian "Юлії" → "Юлія" in the genitive, not "Юлій" in the locative, where scores tie).
    # A known first name before a form only the analyser guesses ("Кирила" → "Кирило", not "Кирил").
    # A declined name before an indeclinable foreign one ("Анне" → "Анна", not "Анне"), and where all
    # else ties, the commoner name ("Игоре" → "Игорь", not "Игор").
    declined = any("Fixd" not in p.tag for p in firsts)
    firsts = sorted(
        firsts,
        key=lambda p: (
            wanted is not None and p.tag.case != wanted,
            declined and "Fixd" in p.tag,
            -p.score,
            not is_first_name(p.normal_form.capitalize()),
            _CASE_RANK.get(p.tag.case or "nomn", 6),
            -zipf(p.normal_form, code),
        ),
    )
    best = firsts[0]
    case = best.tag.case
    gender = _gender(best.tag)
    nominative = any("nomn" in p.tag.grammemes for p in firsts)
    settled = all("nomn" in p.tag.grammemes for p in firsts)  # the first name can only be nominative
    out = [_first_name_nominative(code, best, kept[0])] if "Name" in best.tag.grammemes else []
    for w, p in zip(kept[len(out):], parses[first + len(out) : end], strict=True):
        if w.islower():
            out.append(w)  # a particle inside the name: "Урсула фон дер Ляйен"
        elif out and "-" in w.strip("-") and all(part[:1].isupper() for part in w.split("-")):
            # "Сомовой-Лариной": each part of a double surname declines on its own
            parts = w.split("-")
            out.append("-".join(_later_word(x, _parses(code, x), case, gender, settled) for x in parts))
        elif out and "Fixd" in best.tag and _indeclinable(w, p):
            out.append(w)  # "Марко Росси", "Хосе Гарсиа": a foreign name, its surname as written
        elif out:
            out.append(_later_word(w, p, case, gender, settled))
        else:
            out.append(_first_word(p, w, case, gender))
    return NameForm(tuple(out), first, True, gender, nominative, trimmed=len(words) - end)


# Slavic surname endings ("-ин" is left out: Chinese given names end so, "Сяомин", "Цзиньпин").
_SLAVIC_SURNAMES = ("ов", "ев", "ёв", "ий", "ой", "ая", "ова", "ева", "енко", "ук", "юк", "ич", "ська")


def east_asian_length(code: str, words: tuple[str, ...] | list[str]) -> int:
    """How many of `words` name a Chinese, Korean or Vietnamese person surname first ("Ли Вэй", "Ким Чен
    Мина", "Нгуен Ван Тханя"): a common East Asian surname, then one or two given-name words that are no
    Slavic first name or surname ("Ян Новак" is Polish, "Ли Харви Освальд" English); 0 if they do not."""
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() not in EAST_ASIAN_SURNAMES:
        return 0
    n = 1
    for w in words[1:3]:
        cyrillic = w[:1].isupper() and not w.isupper() and all("\u0400" <= ch <= "\u04ff" for ch in w)
        slavic = len(w) > 4 and w.lower().endswith(_SLAVIC_SURNAMES)
        given = [p for p in _parses(code, w) if {"Name", "nomn"} <= p.tag.grammemes and p.is_known]
        # a European first name ("Ли Игорь"), not a Chinese one the Ukrainian dictionary holds ("Лі Вей")
        named = any("Fixd" not in p.tag for p in given) and first_name_gender(w) is not None
        if not cyrillic or slavic or named or "-" in w:
            break
        n += 1
    return n if n > 1 else 0


# The given name's last syllable declined as a noun: oblique ending → what it replaces, by case; a stem
# ending in a vowel takes й ("Вэя" → "Вэй"), one in a consonant ь or nothing ("Чжэня" → "Чжэнь", "Мина"
# → "Мин").
_EAST_ASIAN_ENDINGS = {"gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"), "ablt": ("ом", "ем", "єм"),
                       "loct": ("е",), None: ("ом", "ем", "єм")}


def _east_asian_given(word: str, case: str | None) -> str:
    low = word.lower()
    for ending in _EAST_ASIAN_ENDINGS.get(case, ()):
        stem = low[: -len(ending)]
        soft = ending in ("я", "ю", "ем", "єм")  # uk "з Лі Веєм"
        hard = not soft and ending != "е"  # "Мина", "Мином": a consonant before the ending
        if not low.endswith(ending) or len(stem) < 2 or (stem[-1] in _VOWELS + "ьй" and hard):
            continue
        tail = ("й" if stem[-1] in _VOWELS else "ь") if soft else "й" if stem[-1] in _VOWELS else ""
        return word[: len(word) - len(ending)] + tail
    return word


def caseless(code: str, words: tuple[str, ...]) -> bool:
    """Whether a person's name tells its case only by its last word, if at all: initials and a surname ("И. П.
    Сомове"), an East Asian name ("Ли Вэе"); the grammar around it must tell it."""
    foreign = len(words) > 1 and _indeclinable(words[0], _parses(code, words[0]))  # "с Хироси Танакой"
    return foreign or any(_INITIALS.match(w) for w in words) or east_asian_length(code, words) == len(words)


def _east_asian_name(code: str, words: tuple[str, ...], wanted: str | None) -> NameForm:
    """A Chinese, Korean or Vietnamese name surname first: only its last word declines ("по словам Ли Вэя"
    → "Ли Вэй", "с Ким Чен Мином" → "Ким Чен Мин"); words after it (an outlet told) are trimmed."""
    n = east_asian_length(code, words)
    last = _east_asian_given(words[n - 1], wanted)
    return NameForm((*words[: n - 1], last), 0, True, None, last == words[n - 1], trimmed=len(words) - n)


# Initials ("И.", "И.П."), glued to a surname or not ("П.Коробейников").
_INITIALS = re.compile(r"((?:[А-ЯЁІЇЄҐ]\.)+)(.*)")


def _initialled_surname(code: str, word: str, case: str | None) -> tuple[str, str | None]:
    """A surname after initials, which tell neither case nor sex, in the nominative, and its gender where
    the ending tells it ("Сомовым" → "Сомов", m; "Лариной" after "по словам" → "Ларина", f)."""
    low = word.lower()
    found = [p for p in _parses(code, word) if "Surn" in p.tag.grammemes and "plur" not in p.tag.grammemes]
    known = [p for p in found if case is None or case in p.tag.grammemes]
    if known and len({_gender(p.tag) for p in known}) == 1 and not any(_case(p) == "nomn" for p in known):
        return _nominative(known[0], word), _gender(known[0].tag)  # "Беловой": hers, in any oblique case
    table = _NOMINATIVE_SURNAME if case == "nomn" else _SURNAME_CASES.get(case, ())
    for oblique, nominative, gender in table:
        if low.endswith(oblique) and len(low) > len(oblique) + 1:
            return word[: len(word) - len(oblique)] + nominative, gender
    if case not in (None, "nomn"):
        declined = _declined_nominative(_parses(code, word), word, case)  # "Кочерги" → "Кочерга"
        if declined != word:
            return declined, None
    adjectives = {p.normal_form for p in _parses(code, word) if p.tag.POS == "ADJF"}
    possessive = all(a.endswith(_POSSESSIVE_ADJECTIVES) for a in adjectives)
    if case is None and low.endswith(("овой", "евой")) and possessive:
        return word[:-2] + "а", "f"  # "Сомовой", not "Луговой" (an adjectival surname in the nominative)
    for ending, _, gender in _NOMINATIVE_SURNAME:
        if low.endswith(ending) and len(low) > len(ending) + 1 and case != "nomn":
            return word, gender if gender == "m" else None  # "Сомов"; "Сомова" may be his genitive
    return word, None


def _initialled_name(code: str, words: tuple[str, ...], wanted: str | None) -> NameForm | None:
    """A person named by initials and a surname ("И. П. Сомова", "И.П. Сомову", "П.Коробейников", "Сомова
    И. П."), as "И. П. Сомов", with the words before it dropped and an outlet after it trimmed; None where
    the words hold no initials beside a surname."""
    split: list[str] = []
    owner: list[int] = []  # the index in `words` of each word of `split`
    for n, w in enumerate(words):
        m = _INITIALS.fullmatch(w)
        parts = [m.group(1)[k : k + 2] for k in range(0, len(m.group(1)), 2)] + [m.group(2)] if m else [w]
        split += [x for x in parts if x]
        owner += [n for x in parts if x]
    letters = [i for i, w in enumerate(split) if _INITIALS.fullmatch(w) and len(w) == 2]
    if not letters or letters != list(range(letters[0], letters[-1] + 1)) or len(letters) > 3:
        return None
    after = split[letters[-1] + 1 :]
    if after and after[0][:1].isupper() and not after[0].isupper():
        surname, lead, last = after[0], letters[0], letters[-1] + 1  # "И. П. Сомов"
    elif letters[0] > 0 and split[letters[0] - 1][:1].isupper() and not split[letters[0] - 1].isupper():
        surname, lead, last = split[letters[0] - 1], letters[0] - 1, letters[-1]  # "Сомов И. П."
    else:
        return None
    parts = surname.split("-")
    read = [_initialled_surname(code, x, wanted) for x in parts]
    nominative = "-".join(r[0] for r in read)
    gender = next((r[1] for r in read if r[1]), None)
    initials = [split[i] for i in letters]
    trimmed = len(words) - 1 - owner[last]  # "цитирует И. П. Сомова РИА Новости": the outlet told
    same = nominative == surname
    return NameForm((*initials, nominative), owner[lead], True, gender, same, trimmed=trimmed)


def _first_name_nominative(code: str, best: Any, word: str) -> str:
    """A first name in the nominative; a double one part by part ("Ханса-Петера" → "Ханс-Петер")."""
    parts = word.split("-")
    if len(parts) == 2 and all(x[:1].isupper() for x in parts) and best.tag.case != "nomn":
        out = []
        for x in parts:
            named = [r for r in _name_parses(_parses(code, x)) if r.tag.case == best.tag.case]
            readings = sorted(named, key=lambda r: not _is_given_name(r))  # a first name's reading first
            out.append(_nominative(readings[0], x) if readings else x)
        return "-".join(out)
    return _nominative(best, word)


def _first_word(p: tuple[Any, ...], w: str, case: str | None, gender: str | None) -> str:
    """The first word of a name that is no first name (a surname alone: "Сомова"), in the nominative."""
    options = [o for o in _name_parses(p) if "plur" not in o.tag.grammemes]
    return _nominative(_pick(options, case, gender), w) if options else w


def _indeclinable(word: str, parses: tuple[Any, ...]) -> bool:
    """A surname the dictionary does not know, ending in a vowel that no declined form of a Russian or
    Ukrainian surname ends in after its consonant ("Росси", "Моретти", "Бруно"; not "Гарсии", "Кочерги",
    "Сомову")."""
    low = word.lower()
    vowel = low[-1:] in "оэ" or (low[-1:] in "иі" and low[-2:-1] not in "гкхжшщч")  # not "Сомову", "Сомове"
    vowel = vowel and low[-2:-1] not in _VOWELS
    return vowel and not any(p.is_known for p in parses)


def _later_word(w: str, p: tuple[Any, ...], case: str | None, gender: str | None, settled: bool) -> str:
    """A surname or patronymic after a first name in `case` and of `gender`, in the nominative."""
    options = [o for o in _name_parses(p) if "plur" not in o.tag.grammemes]
    # "Марко Росси": a guess of the other sex's first name ("Росся") is no reading of a man's surname
    options = [o for o in options if o.is_known or not gender or _gender(o.tag) in (None, gender)]
    if not options and case and case != "nomn":
        mended = _surname_nominative(w, case, gender)
        adjectives = {o.normal_form for o in p if o.tag.POS == "ADJF"}
        if mended != w and all(a.endswith(_POSSESSIVE_ADJECTIVES) for a in adjectives):
            return mended  # "Анны Сомовой": a surname in -ова, not the adjective "сомовый" ("Сомовая")
        options = _adjective_surname(p, case, gender)  # "Натальи Бережной" → "Наталья Бережная"
    if not options:  # not in the dictionary as a name: as written, or a common noun declined
        declined = _declined_nominative(p, w, case)  # "Эммануэля Макрона" → "Макрон", "Олега Орла" → "Орел"
        known = declined != w or any(o.is_known for o in p)
        return declined if known else _foreign_nominative(w, case, gender)
    if settled and not any("nomn" in o.tag.grammemes for o in options):
        return w  # "Дарина Шевчишина": after a nominative first name the surname agrees as written
    agreeing = [
        o for o in options if case in o.tag.grammemes and (gender is None or _gender(o.tag) in (None, gender))
    ]
    if gender == "f" and not agreeing and _hers(w, case):
        # "Марина Хлебникова": her form, which the dictionary knows only as a man's other case
        return w if case == "nomn" else _surname_nominative(w, case, gender)
    given = all("Name" in o.tag.grammemes for o in options)  # only a first name's readings
    adjective = _adjective_surname(p, case, gender) if case and (given or not agreeing) else []
    if adjective and case != "nomn":  # "Валентины Белой": the adjective, not the first name "Бела"
        return _nominative(adjective[0], w)
    if case and case != "nomn" and not agreeing:  # "Олега Синєгубова": a guessed reading
        mended = _surname_nominative(w, case, gender)  # that does not agree; mend the ending
        return mended if mended != w or any(o.is_known for o in p) else _foreign_nominative(w, case, gender)
    return _nominative(_pick(options, case, gender), w)


def _name_end(words: tuple[str, ...], parses: list[tuple[Any, ...]], kinds: list[str], first: int) -> int:
    """Where a person's name that starts at `first` ends: after a first name and a surname, a common
    noun, an abbreviation, a place or a word in another script is no third name but what follows the
    name in the sentence, mostly the outlet told ("сказал Андрей Волков РИА Новости", "розповів
    Андрій Волошин Укрінформу", "заявил Игорь Сомов Reuters"). A patronymic or another name word goes on."""
    given = any(_is_given_name(p) for p in parses[first])
    if not given:
        return len(kinds)
    for i in range(first + 2, len(kinds)):
        if words[i].islower() or words[i - 1].islower():
            continue  # a particle and the name word after it: "Урсула фон дер Ляйен"
        if any("Patr" in p.tag.grammemes for p in parses[i - 1]):
            continue  # "Андрей Викторович Волк": the surname after the patronymic
        named = any(_NAME_TAGS & p.tag.grammemes for p in parses[i])
        if kinds[i] in {"common", "org", "place"} and not named:
            return i
        nominative = any("nomn" in p.tag.grammemes for p in parses[i])
        settled = all("nomn" in p.tag.grammemes for p in parses[first] if _is_given_name(p))
        if settled and not nominative and parses[i] and parses[i][0].is_known:
            return i  # "Андрей Волков Русской службе": a name in the nominative, then another case
    return len(kinds)


def modifies(code: str, word: str, noun: str, joined: bool = False) -> bool:
    """Whether `word` can be an adjective agreeing with the common noun `noun` that follows it
    ("Сільська бібліотекарка", "Ярославской области"): then it is no name. `joined`: the adjective is
    one of two joined by a conjunction before one noun, which then stands in the plural ("Кировский и
    Октябрьский районы": Русская грамматика 1980, § 2064, on agreement with joined modifiers)."""
    nouns = [p for p in _parses(code, noun) if p.tag.POS == "NOUN" and not _NAME_TAGS & p.tag.grammemes]
    for a in _parses(code, word.lower()):
        if a.tag.POS != "ADJF" or _NAME_TAGS & a.tag.grammemes:
            continue
        for n in nouns:
            same_case = a.tag.case == n.tag.case
            same_number = a.tag.number == n.tag.number or (joined and n.tag.number == "plur")
            same_gender = a.tag.number == "plur" or a.tag.gender is None or a.tag.gender == n.tag.gender
            if same_case and same_number and same_gender:
                return True
    return False


def modifies_phrase(code: str, word: str, following: list[str]) -> bool:
    """Whether `word` can be an adjective of the noun that ends the lower-case adjectives after it
    ("Миргородської районної військової адміністрації"); `following`: the words after it."""
    for w in following[:4]:
        if not w[:1].islower():
            return False
        if modifies(code, word, w):
            return True
        if not _has(code, w, "ADJF", None):
            return False
    return False


def is_name_word(code: str, word: str) -> bool:
    """Whether `word` is a first name ("Ольга"), not a common noun that is also one ("Мать")."""
    given = any("Name" in p.tag.grammemes for p in _parses(code, word))
    return given or (is_first_name(word) and not common_reading(code, word))


def town_in_nominative(code: str, word: str) -> bool:
    """Whether a capitalised `word` may be a town's name in the nominative ("Москва", "Київ"): a singular
    inanimate noun in the nominative, no person's name, no abbreviation; where the dictionary marks
    places (Russian), one it marks so."""
    if not word[:1].isupper() or word.isupper() or is_name_word(code, word):
        return False
    found = [p for p in _parses(code, word.lower()) if p.tag.POS == "NOUN" and "inan" in p.tag.grammemes]
    nominative = [p for p in found if _case(p) == "nomn" and "plur" not in p.tag.grammemes]
    marked = code != "ru" or any("Geox" in p.tag.grammemes for p in nominative)
    return bool(nominative) and marked


def common_reading(code: str, word: str) -> bool:
    """Whether `word` may also be a common noun or another common word ("Капітан", "Первые")."""
    return any(p.is_known and not _NAME_TAGS & p.tag.grammemes for p in _parses(code, word))


_POSSESSIVE_FORMS = tuple(
    (stem + ending, stem) for stem in ("ов", "ев", "ёв", "ин", "ын") for ending in ("ой", "ым", "у", "е", "а")
)


def lemma(code: str, word: str) -> str:
    """The dictionary form of one name word, lower case ("Лаптева" → "лаптев"); a surname in -ов/-ин the
    dictionary knows only as an adjective or not at all, by its ending ("Сомовой" → "сомов")."""
    found = _parses(code, word)
    named = [p for p in _name_parses(found) if "plur" not in p.tag.grammemes]
    if named:
        return named[0].normal_form
    low = word.lower()
    adjectives = [p.normal_form for p in found if p.tag.POS in {"ADJF", "ADJS"}]
    if all(a.endswith(_POSSESSIVE_ADJECTIVES) for a in adjectives):
        for form, stem in _POSSESSIVE_FORMS:
            if low.endswith(form) and len(low) > len(form) + 1:
                return low[: len(low) - len(form)] + stem
    return low


def verb_gender(code: str, word: str) -> str | None:
    """The gender of a past-tense verb ("сказала" → "f", "заявил" → "m"), else None. The Ukrainian
    dictionary gives such forms a gender and no number ("пообіцяла": femn, past)."""
    for p in _parses(code, word):
        if p.tag.POS == "VERB" and "past" in p.tag.grammemes and "plur" not in p.tag.grammemes:
            return _gender(p.tag)
    return None


def _case(parse: Any) -> str:
    """A noun's case; the Ukrainian dictionary leaves some nominatives untagged ("директор")."""
    return parse.tag.case or "nomn"


def person_noun(code: str, word: str, cases: frozenset[str] = frozenset({"nomn"})) -> tuple[bool, str | None]:
    """Whether `word` can be a common noun for one person in one of `cases` ("чиновник", "пенсионерку",
    "мешканка"), and its gender. Ukrainian nouns often carry no number: not plural is singular."""
    for p in _parses(code, word):
        g = p.tag.grammemes
        person = p.tag.POS == "NOUN" and "anim" in g and not _NAME_TAGS & g
        if person and _case(p) in cases and "plur" not in g:
            return True, _gender(p.tag)
    return False, None


def nominative_first_name(code: str, word: str) -> frozenset[str | None]:
    """The genders of `word` read as a first name in the nominative that is not also the same name's
    genitive ("Ирина": "Ирины"; not an indeclinable "Хосе", "Джордано", the same in every case; "Ярослава"
    is hers, though also the genitive of another name, "Ярослав")."""
    given = [p for p in _parses(code, word) if _is_given_name(p)]
    genitives = {p.normal_form for p in given if _case(p) == "gent"}
    return frozenset(
        _gender(p.tag) for p in given if _case(p) == "nomn" and p.normal_form not in genitives
    )


def is_nominative_noun(code: str, word: str, any_case: bool = False) -> tuple[bool, str | None]:
    """Whether `word` can be an animate noun in the nominative ("чиновник", "куратор") and its gender."""
    for p in _parses(code, word):
        g = p.tag.grammemes
        if p.tag.POS == "NOUN" and "anim" in g and (any_case or _case(p) == "nomn") and "plur" not in g:
            return True, _gender(p.tag)
    return False, None


def approximate_age(code: str, words: list[str]) -> bool:
    """Whether `words` open with the year noun in the genitive plural before a numeral in the genitive
    ("лет сорока", uk "років п'ятдесяти"): the inverted order of an age guessed, as one writes of a
    stranger ("мужчина лет сорока")."""
    if len(words) < 2:
        return False
    year = any(
        p.tag.POS == "NOUN" and {"plur", "gent"} <= p.tag.grammemes and p.normal_form in ("год", "рік")
        for p in _parses(code, words[0])
    )
    return year and any(p.tag.POS == "NUMR" and "gent" in p.tag.grammemes for p in _parses(code, words[1]))


def names_men_only(code: str, noun: str) -> bool:
    """A masculine noun for a person that has a feminine one beside it ("пенсионер": "пенсионерка",
    "житель": "жительница", uk "експерт": "експертка") names a man; one without ("эксперт", "врач",
    "профессор" in Russian news) names a woman as well."""
    base = lemma_of(code, noun)
    stem = base[:-1] if base.endswith("к") else base  # "керівник" → "керівниця", "чиновник" → "чиновница"
    forms = (f"{base}ка", f"{base}ница", f"{base}ниця", f"{base}иня", f"{stem}ца", f"{stem}ця")
    return any(_analyzer(code).word_is_known(f) for f in forms)


def _cased_like(form: str, like: str) -> str:
    return form[:1].upper() + form[1:] if like[:1].isupper() else form


def _readings(code: str, word: str, pos: str, case: str | None, singular: bool = True) -> list[Any]:
    return [
        p for p in _parses(code, word.lower())
        if pos == p.tag.POS and (case is None or case == _case(p))
        and not (singular and "plur" in p.tag.grammemes) and not _NAME_TAGS & p.tag.grammemes
    ]


def _has(code: str, word: str, pos: str, case: str | None) -> bool:
    return bool(word) and bool(_readings(code, word, pos, case, singular=False))


def _function_word(code: str, word: str) -> bool:
    """A preposition, conjunction or particle (as its likeliest reading): "в", "і", "же"."""
    found = _parses(code, word.lower())
    return bool(found) and found[0].tag.POS in {"PREP", "CONJ", "PRCL"}


AND = frozenset({"и", "і", "та"})  # "and" in Russian and Ukrainian
# "у справах" (uk: "in the affairs of"), "в сфере"/"у сфері" (ru/uk: "in the field of") before the
# genitive of the field a body serves, part of its name
_FIELDS = frozenset({"справах", "сфере", "сферах", "сфері"})
_TERRITORIES = frozenset({"область", "район", "край", "республика", "республіка", "округ"})


def _territory(code: str, words: list[str]) -> int:
    """How many of `words` name a territory in the locative ("Київській області"), else 0."""
    regions = _readings(code, words[1], "NOUN", "loct") if len(words) == 2 else []
    territorial = any(r.normal_form in _TERRITORIES for r in regions)
    if territorial and _has(code, words[0], "ADJF", "loct"):
        return 2
    return 0


def _genitive_phrase(code: str, words: list[str]) -> list[str]:
    """A genitive noun, or an adjective and its genitive noun, at the start of `words`."""
    if words and _has(code, words[0], "NOUN", "gent"):
        return words[:1]
    if len(words) == 2 and _has(code, words[0], "ADJF", "gent") and _has(code, words[1], "NOUN", "gent"):
        return words
    return []


# nouns of a kind of place whose own name follows them in the nominative, whatever their case
_PLACE_KINDS = _TERRITORIES | frozenset(
    {"город", "місто", "посёлок", "поселок", "селище", "село", "станица", "деревня", "аэропорт", "аеропорт"}
)


def _place_in_apposition(code: str, noun: str, words: list[str]) -> list[str]:
    """The name of a place after the noun of its kind, left in the nominative ("района Южное
    Тушино", "аэропорта Уфа"): a capitalised noun that is no person's name, and a capitalised
    adjective agreeing with it, before or after it."""
    kinds = {r.normal_form for r in _readings(code, noun, "NOUN", None)}
    if not kinds & _PLACE_KINDS or not words or not words[0][:1].isupper() or words[0].isupper():
        return []
    name, second = words[0], words[1:2]
    if second and second[0][:1].isupper() and modifies(code, name, second[0].lower()):
        name, second = second[0], [name]  # "Южное Тушино", "Нижний Новгород": the adjective first
    if is_name_word(code, name) or not _has(code, name, "NOUN", "nomn"):
        return []
    if second and second[0][:1].isupper() and modifies(code, second[0], name.lower()):
        return words[:2]
    return [words[0]] if words[0] == name else []


def _proper_noun(code: str, word: str) -> bool:
    """A capitalised noun, no abbreviation and no adjective ("России", "України", not "Государственной")."""
    return word[:1].isupper() and not word.isupper() and _has(code, word, "NOUN", None) and not _has(
        code, word, "ADJF", None
    )


def _named(code: str, word: str) -> bool:
    """Whether the dictionary reads `word` as a name: a place's, a body's or a person's ("Томска")."""
    return any({"Geox", "Orgn", "Name", "Surn", "Trad"} & p.tag.grammemes for p in _parses(code, word))


def _geographic(code: str, word: str) -> bool:
    return any("Geox" in p.tag.grammemes for p in _parses(code, word))


def _adjective_of_genitive(code: str, words: list[str]) -> bool:
    """Whether `words` open with adjectives in the genitive and then their noun or an abbreviation ("Київської
    міської ради", "Львівської ОВА")."""
    for k, w in enumerate(words[:5]):
        if k and w in AND and _has(code, words[k - 1], "ADJF", "gent"):
            continue  # "лесного и водного хозяйства": two adjectives of one noun
        if not _has(code, w, "ADJF", "gent"):
            return k > 0 and (_has(code, w, "NOUN", "gent") or (w.isupper() and len(w) > 1))
    return False


def _joined_field(code: str, words: list[str], heads: frozenset[str]) -> list[str]:
    """A second field joined by "и"/"та" to the one a body's "по" names, in the dative like it ("комитет
    по транспорту и связи", "комиссия по бюджету и налоговой политике": one "по" governs both nouns of
    the coordination), in lower case; not a body of its own ("письмо комитету по транспорту и мэрии": a
    second addressee), `heads` being the nouns of bodies."""
    if len(words) < 2 or words[0] not in AND or not words[1].islower() or _function_word(code, words[1]):
        return []
    field = words[1:2] if _has(code, words[1], "NOUN", "datv") else []
    if not field and len(words) == 3 and words[2].islower() and _has(code, words[1], "ADJF", "datv"):
        field = words[1:3] if _has(code, words[2], "NOUN", "datv") else []
    if not field or any(p.normal_form in heads for p in _parses(code, field[-1])):
        return []
    return [words[0], *field]


def _complement(
    code: str, words: list[str], abbreviation: bool, proper: bool = False, court: bool = False,
    heads: frozenset[str] = frozenset(),
) -> list[str]:
    """The genitive words that complete a body's name: "здравоохранения Самарской области", "МЧС"
    after "ГУ", "по Кемеровской области" (a territorial body); an adjective only before a genitive noun.
    `court`: the name is a court's (a court sits in another: "у складі Верховного Суду"); `heads`: the
    nouns of bodies."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w == "№" and nxt.isdigit():  # "больнице № 40"
            out += [w, nxt]
            i += 2
            continue
        agreeing = bool(out) and _has(code, out[-1], "ADJF", "gent") and _has(code, w, "NOUN", "gent")
        verb = any(p.tag.POS == "VERB" and "impr" not in p.tag for p in _parses(code, w.lower()))
        if not agreeing and verb:
            # "Прокуратура Тверской области начала …": the verb ends the name, not "міського благоустрою"; an
            # imperative is no news verb ("освіти" of "Департамент освіти" is a genitive)
            break
        joined = w in AND and bool(out) and _has(code, out[-1], "NOUN", "gent")
        adjectives = w in AND and bool(out) and _has(code, out[-1], "ADJF", "gent")
        if adjectives and _adjective_of_genitive(code, words[i + 1 :]):
            out.append(w)  # "лесного и водного хозяйства": adjectives of one noun, joined
            i += 1
            continue
        tail = _genitive_phrase(code, words[i + 1 : i + 3]) if joined else []
        if tail:  # "комитет архитектуры и строительства": two genitives joined
            out += [w, *tail]
            i += 1 + len(tail)
            continue
        tail = _genitive_phrase(code, words[i + 1 : i + 3]) if w in {"з", "із"} else []
        if tail:  # "Державна служба з надзвичайних ситуацій": Ukrainian "з" + a genitive
            out += [w, *tail]
            i += 1 + len(tail)
            continue
        affairs = w in {"в", "у"} and nxt.lower() in _FIELDS
        tail = _genitive_phrase(code, words[i + 2 : i + 4]) if affairs else []
        if w in {"в", "у"} and nxt == "складі" and not tail and court:
            # "Касаційний господарський суд у складі Верховного Суду": a cassation court is one of the
            # Supreme Court (Закон України «Про судоустрій і статус суддів», on the Supreme Court's make-up)
            whose = _genitive_phrase(code, [x.lower() for x in words[i + 2 : i + 4]])
            tail = words[i + 2 : i + 2 + len(whose)] if whose and lemma_of(code, whose[-1]) == "суд" else []
        if tail:  # "Міністерство у справах ветеранів", "служба по надзору в сфере связи": the field it serves
            out += [w, nxt, *tail]
            i += 2 + len(tail)
            continue
        territory = _territory(code, words[i + 1 : i + 3]) if w in {"в", "у"} else 0
        if territory:  # "ГУ Нацполіції в Київській області": a territorial body, as "по" in Russian
            out += words[i : i + 1 + territory]
            break  # the territory ends the name
        if w != "по" and _function_word(code, w):
            break  # "ТАСС в ведомстве": a preposition opens another phrase
        regions = _readings(code, nxt, "NOUN", "gent") if nxt else []
        if _has(code, w, "ADJF", "gent") and any(r.normal_form in _TERRITORIES for r in regions):
            out += [w, nxt]  # "Минздраве Самарской области": the territory a body serves
            break
        if w.isupper() and len(w) > 1:
            if proper and not abbreviation:
                break  # "Минсельхозе РБК": an outlet told, not part of the name
            if _outlet_after_own_name(code, out, w):
                break  # "управлении Роспотребнадзора ТАСС": the body's own name ended the name
            out.append(w)  # "пресс-служба ГУ МВД", "ГУ МЧС"
        elif proper and not any("Geox" in r.tag.grammemes for r in _readings(code, w, "NOUN", "gent")):
            break  # "минздрав Якутии", not "Минсельхоз РБК"
        elif w == "по" and (_has(code, nxt, "ADJF", "datv") or _has(code, nxt, "NOUN", "datv")):
            tail = [nxt]
            if _has(code, nxt, "ADJF", "datv") and i + 2 < len(words):
                tail.append(words[i + 2])
            after = words[i + len(tail) + 1] if i + len(tail) + 1 < len(words) else ""
            if after[:1].isupper() and not after.isupper() and _geographic(code, after):
                tail.append(after)  # "по Республике Бурятия": the region's name in apposition
            if tail[-1].islower():  # a field ("по транспорту"), not a territory ("по Москве")
                tail += _joined_field(code, words[i + len(tail) + 1 : i + len(tail) + 4], heads)
            joined = words[i + len(tail) + 1 : i + len(tail) + 3]
            two = len(joined) == 2 and joined[0] in AND and joined[1][:1].isupper()
            if two and _has(code, joined[1], "NOUN", "datv") and _geographic(code, joined[1]):
                tail += joined  # "по Самаре и Тольятти": two places after one "по", not another body
            region = words[i + len(tail) + 3 : i + len(tail) + 4]
            if two and region and _has(code, joined[1], "ADJF", "datv") and any(
                r.normal_form in _TERRITORIES for r in _readings(code, region[0], "NOUN", "datv")
            ):
                # "по Петербургу и Ленинградской области": a town and its region; the region ends the name, so
                # "и в прокуратуре" after it opens another body
                out += [w, *tail, *joined, *region]
                break
            out += [w, *tail]
            i += len(tail)
        elif w[:1].islower() and out and _proper_noun(code, out[-1]) and (out[1:] or _named(code, out[-1])):
            # "мэрии Томска решение приняли": a place's or a body's own name ends the name; a common noun
            # written with a capital first opens one ("пресс-службе Министерства обороны")
            break
        elif _has(code, w, "NOUN", "gent") or _adjective_of_genitive(code, words[i:]):
            out.append(w)
            place = _place_in_apposition(code, w, words[i + 1 : i + 3])
            if place:  # "Республики Татарстан", "міста Ужгород": the place's own name, not declined
                out += place
                break
        else:
            break
        i += 1
    return out


def _outlet_after_own_name(code: str, out: list[str], abbreviation: str) -> bool:
    """Whether the abbreviation after a genitive complement that is a body's own name written with a
    capital ("управлении Роспотребнадзора", "департаменте Минтранса") is an outlet told in the
    dative, not part of the name: an own name needs no further genitive of another body, but a country
    may follow it ("Минздрава РФ", "посольства США": the abbreviation of a place)."""
    if not out or not out[-1][:1].isupper() or out[-1].isupper():
        return False
    if not any("Orgn" in r.tag.grammemes for r in _readings(code, out[-1], "NOUN", "gent")):
        return False
    return not any("Geox" in p.tag.grammemes for p in _parses(code, abbreviation))


def _name_after_abbreviation(code: str, words: list[str]) -> list[str]:
    """A body's own name after the abbreviation of its kind, left in the nominative whatever the case
    around it ("ДТЕК Київські електромережі", "ПАО Сбербанк"): capitalised words up to its head noun."""
    out: list[str] = []
    for w in words:
        if (not out and not w[:1].isupper()) or (w.isupper() and len(w) > 1) or is_name_word(code, w):
            break
        noun = _has(code, w, "NOUN", "nomn")
        if not (noun or _has(code, w, "ADJF", "nomn")):
            break
        out.append(w)
        if noun:
            return out
    return []


def body_phrase(
    code: str, words: list[str], case: str | None, heads: frozenset[str] = frozenset()
) -> list[str]:
    """The name of a body in the nominative, from the words that name it in `case` (None: any):
    "министерстве здравоохранения Самарской области" → "министерство здравоохранения Самарской
    области", "Вінницькій міській раді" → "Вінницька міська рада". Empty when no noun heads them.
    `heads`: nouns that head the names of bodies, the reading preferred where a word has several."""
    adjectives: list[Any] = []
    named = bool(words) and words[0][:1].isupper()  # a capitalised name may be plural: "Повітряних силах"
    for i, w in enumerate(words[:4]):
        readings = _readings(code, w, "NOUN", case)
        if not readings and named:
            readings = _readings(code, w, "NOUN", case, False)
        nouns = sorted(  # a noun that heads bodies first ("Раді": "рада", not "рад")
            readings, key=lambda n: (n.normal_form not in heads, "nomn" not in n.tag.grammemes)
        )
        if w.isupper() and len(w) > 1:
            before: list[str] = []
            if words[0][:1].isupper():  # "Львівській ОВА" → "Львівська ОВА", not "региональном ГУ МЧС"
                for a, x in zip(adjectives, words, strict=False):
                    form = a.inflect({"nomn"})
                    before.append(_cased_like(form.word, x) if form else x)
            named_after = _name_after_abbreviation(code, words[i + 1 : i + 4])
            if named_after:  # "у ДТЕК Київські електромережі", "в ПАО Сбербанк": the name in apposition
                # "НАК Нафтогаз України": a place's genitive, not an outlet told in the dative ("Укрінформу")
                after = words[i + 1 + len(named_after) :][:1]
                rest = [x for x in after if x[:1].isupper() and not x.isupper()]
                place = [x for x in rest if _has(code, x, "NOUN", "gent") and (
                    _geographic(code, x) or not _has(code, x, "NOUN", "datv"))]
                return [*before, w, *named_after, *place]
            return [*before, w, *_complement(code, words[i + 1 :], True, heads=heads)]
        adj = _readings(code, w, "ADJF", case) or (_readings(code, w, "ADJF", case, False) if named else [])
        following = words[i + 1] if i + 1 < len(words) else ""
        agrees = _has(code, following, "NOUN", case) or _has(code, following, "ADJF", case)
        if case is None:  # any case: the adjective must agree with what follows ("Рада бізнес-омбудсмена")
            agrees = bool(following) and (
                modifies(code, w, following.lower()) or _has(code, following, "ADJF", None)
            )
        if adj and agrees:
            nouns = []  # "Вінницькій міській раді": an adjective before its noun, not a surname
        if nouns:
            genders = {_gender(a.tag) for a in adjectives[:1]}
            head = next((n for n in nouns if _gender(n.tag) in genders), nouns[0]) if genders else nouns[0]
            gender = next((g for g in ("masc", "femn", "neut") if g in head.tag.grammemes), None)
            if "plur" in head.tag.grammemes:
                gender = "plur"  # "Вооруженных силах" → "Вооруженные силы"
            out = []
            for a, word in zip(adjectives, words, strict=False):
                form = a.inflect({"nomn", gender} if gender else {"nomn"})
                spelt = form.word if "ё" in word.lower() or not form else form.word.replace("ё", "е")
                out.append(_cased_like(spelt, word) if form else word)
            if "plur" in head.tag.grammemes:
                form = head.inflect({"nomn"})
                out.append(_cased_like(form.word, w) if form else w)
            else:  # the dictionary form (uk "регуляторі" has no number, its "nomn" would be plural)
                out.append(_cased_like(head.normal_form, w))
            # A proper name ("Минсельхоз", "Мінекономіки"): an abbreviation after it is an outlet told.
            proper = bool({"Orgn", "Geox"} & head.tag.grammemes) or (w[:1].isupper() and "Fixd" in head.tag)
            place = _place_in_apposition(code, w, words[i + 1 : i + 3])  # "аэропорта Уфа"
            court = head.normal_form == "суд"
            return out + (place or _complement(code, words[i + 1 :], False, proper, court, heads))
        if not adj:
            return []
        adjectives.append(adj[0])
    return []


def may_be_nominative(code: str, word: str) -> bool:
    """Whether `word` may open a name in the nominative: not an outlet told in the dative
    ("«Известиям»", "«Новой газете»"); a word the dictionary does not know may."""
    found = [p for p in _parses(code, word.lower()) if p.is_known]
    return not found or any(_case(p) == "nomn" for p in found)


def may_be_subject(code: str, word: str) -> bool:
    """Whether the first word of a person's name may stand in the nominative singular, as a subject's
    does: not a first name the dictionary reads only in another case ("Анны": her genitive, or the
    plural "Анны"); a word it does not read as a first name may."""
    given = [p for p in _parses(code, word.lower()) if "Name" in p.tag.grammemes]
    return not given or any(_case(p) == "nomn" and "plur" not in p.tag.grammemes for p in given)


def is_participle(code: str, word: str) -> bool:
    """Whether `word` can be a full participle ("попросившая", "який" is not one)."""
    return any(p.tag.POS == "PRTF" for p in _parses(code, word))


def is_patronymic(code: str, word: str) -> bool:
    """Whether `word` is a patronymic ("Петрович", "Ивановна", "Петрівна")."""
    return any("Patr" in p.tag.grammemes for p in _parses(code, word))


def is_genitive(code: str, word: str) -> bool:
    """Whether `word` can be a common noun, an adjective or a participle in the genitive ("обвиняемого",
    "вулиці")."""
    return any(_has(code, word, pos, "gent") for pos in ("NOUN", "ADJF", "PRTF"))


def is_verb(code: str, word: str) -> bool:
    """Whether `word` can be a finite verb or a short participle ("прокомментировал", "попросила")."""
    return any(p.tag.POS in {"VERB", "PRTS"} for p in _parses(code, word))


def is_narrating_verb(code: str, word: str) -> bool:
    """Whether `word` can be a verb of the third person or the past ("шутит", "развела"), not "докажу"."""
    return any(
        p.tag.POS == "VERB" and ("past" in p.tag.grammemes or "3per" in p.tag.grammemes)
        for p in _parses(code, word)
    )


def feminine_surname(word: str) -> bool:
    """Whether `word` ends as a woman's surname in -ова/-ина does, also a man's genitive ("Сомова")."""
    return word.endswith(_FEMININE_SURNAMES)


def is_third_person(code: str, word: str) -> bool:
    """Whether `word` can only be a verb of the third person singular, present or future ("считает")."""
    found = _parses(code, word)
    return bool(found) and all(p.tag.POS == "VERB" and {"3per", "sing"} <= p.tag.grammemes for p in found)


def is_noun(code: str, word: str) -> bool:
    """Whether `word` is read first as a noun ("словам", "думку"), not a verb ("сообщил")."""
    found = _parses(code, word.lower())
    return bool(found) and found[0].tag.POS == "NOUN"


def is_inanimate_noun(code: str, word: str, first_names: bool = True) -> bool:
    """Whether `word` is read first as a noun for a thing, not a person ("Генштаб", "Укренерго");
    `first_names`: whether a first name in gender-guesser's list of every country's names is a person."""
    found = _parses(code, word.lower())
    if not found or (first_names and is_first_name(word)) or any(_NAME_TAGS & p.tag.grammemes for p in found):
        return False  # "Олена": a first name before a rarer common noun
    return found[0].tag.POS == "NOUN" and "anim" not in found[0].tag.grammemes


def names_a_thing_only(code: str, word: str) -> bool:
    """Whether `word` can be read as a noun for a thing and never as a name ("Краматорська": an adjective or
    the genitive of "Краматорськ"; not "Львова", which the dictionary also reads as a surname)."""
    found = _parses(code, word.lower())
    if any(_NAME_TAGS & p.tag.grammemes for p in found):
        return False
    return any(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in found)


def is_gerund(code: str, word: str) -> bool:
    """Whether `word` can be an adverbial participle ("выступая", "відповідаючи", "подчеркнув")."""
    return any(p.tag.POS == "GRND" for p in _parses(code, word))


def verb_lemma(code: str, word: str) -> str:
    """The infinitive of `word`; a Ukrainian perfective adverbial participle the dictionary leaves as it is
    is built from the infinitive stem with "-вши" ("пояснивши" of "пояснити", "нагадавши" of "нагадати")."""
    lemma = lemma_of(code, word)
    if lemma == word and word.endswith("вши") and is_gerund(code, word):
        return word[:-3] + "ти"
    return lemma


def is_plural_verb(code: str, word: str) -> bool:
    """Whether `word` is a plural finite verb ("сообщили", "заявляют", "повідомили")."""
    return any(p.tag.POS == "VERB" and "plur" in p.tag.grammemes for p in _parses(code, word))


def lemma_of(code: str, word: str) -> str:
    """The dictionary form of any word, lower case ("сообщении" → "сообщение")."""
    found = _parses(code, word.lower())
    return found[0].normal_form if found else word.lower()
