"""Tokens and name mentions for quote attribution: a language's `Grammar` (speech verbs, titles,
pronouns from `digest.lang`), the tokenizer, and runs of capitalised words classified as a person,
an organisation, a place or a common word."""

from __future__ import annotations

import itertools
import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from digest.lang import Language, merged, morph, resources
from digest.lang.lemmas import VerbSet
from digest.lang.names import PLACES, first_name_gender, is_first_name, is_town_or_region, zipf, zipf_full

MASK = "\ue000"


class QuoteSpan(Protocol):
    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool
    continues: bool


DASHES = frozenset({"—", "–", "-"})


# After a comma or a dash, or a hyphen between spaces as Italian papers set it (`«… - ha spiegato X - …»`).
INCISE_START = re.compile(
    r"(?:,|\s[—–]|\s-(?=\s)|^[—–])\s*(?P<words>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?)", re.M
)


INCISE_WORDS = re.compile(r"[^\W\d_][\w’'-]*")


def after_title(text: str, dot: int, titles: Container[str]) -> bool:
    """Whether the full stop at `dot` is that of a person's title in `titles` (`M.`, `Dr.`, `Sr.`) before
    a capitalised name, not a sentence's end. After a capitalised word (`Odile B.`, `Yann M.`) the letter
    is the initial of a surname withheld, as French local news gives witnesses, and its full stop may end
    the sentence."""
    words = text[max(0, dot - 30) : dot + 1].split()[-2:]
    nxt = text[dot + 1 : dot + 3].lstrip()[:1]
    if not words or words[-1].lower() not in titles or not nxt.isupper():
        return False
    before = words[0] if len(words) == 2 else ""
    return not (len(before) >= 3 and before.isalpha() and before[0].isupper() and not before.isupper())


INCISE_END = re.compile(r"[.;:!?—–]|\s-(?=\s)|,(?!\s*[^\W\d_]*[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐ])")


# wordfreq Zipf frequencies above which a capitalised word is a common word, not a name: at the
# start of a sentence (any language), and anywhere in a language that capitalises its nouns.
_COMMON_AT_START = 5.0


COMMON_NOUN = 3.5
_OFFICE_NOUN = 3.0  # a capitalised office before a name: `Registrar`, `Coroner`
# Commoner than any given name: a country or a capital that some also bear as a first name ("Italia").
_COMMONER_THAN_NAMES = 5.55


# How common a capitalised word opening a sentence before a first name must be to be read as a word
# describing the person (`Devastated Kelly`, `Brave Tom`), not as a first name of theirs.
_DESCRIBED = 3.0
_TWICE = 0.3  # log10(2): twice as common, on the Zipf scale
_COMMON_NOUN_AT_START = 4.5  # in an inflected language, for a word the dictionary also knows as a noun


COMMON_EPITHET = 4.5  # an adjective opening a sentence before its noun, in a language that allows it


PHRASE_END = frozenset({",", ";", ":", "(", "—", "–", "!", "?"})


class Grammar:
    """The word sets of one language as the attribution rules use them, built once per language."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        code = lang.morphology if lang.code != "und" else None
        # A plain set where no morphology adds forms: membership is then tested in C, not Python.
        self.speech = VerbSet(lang.speech_verbs, lang.speech_lemmas, code) if code else lang.speech_verbs
        self.cues = self.speech | lang.naming_verbs | lang.statement_verbs
        inverting = lang.inverting_verbs
        self.inverting = VerbSet(inverting, lang.speech_lemmas, code) if code else inverting
        self.participles = lang.participles
        self.pronouns = lang.pronouns
        self.titles = lang.titles
        self.person_titles = lang.person_titles
        self.org_words = lang.org_words
        self.breaks_run = self.cues | lang.time_words
        self.headline_breaks = lang.finite_verbs | lang.conjunctions
        self.according: dict[str, list[tuple[str, ...]]] = {}
        # Phrases with a possessive in them ("en su opinión"): each form spelled out, by its first word,
        # with where the possessive stands.
        self.according_mine: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for phrase in lang.according_to:
            first, *rest = phrase.split()
            if "~" not in phrase:
                self.according.setdefault(first, []).append(tuple(rest))
                continue
            words = phrase.split()
            at = words.index("~")
            for mine in lang.according_pronouns:
                first, *rest = [*words[:at], mine, *words[at + 1 :]]
                self.according_mine.setdefault(first, []).append((tuple(rest), at))
        pronouns = "|".join(map(re.escape, lang.inversion_pronouns))
        self.incise = (
            # `dit-il`, `a-t-elle`, `s'est-elle` (a reflexive's elided pronoun inside the verb)
            re.compile(r"(?P<verb>[^\W\d_](?:[^\W\d_]|['’])*?)(?:-t)?-(?P<pron>" + pronouns + ")")
            if pronouns else None
        )
        # A parenthetical aside with its commas (", в свою очередь,"), or opening a clause before a comma.
        asides = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in lang.asides)
        opening = r"(?:,\s*|(?<=[—–.!?]\s)|(?<=—)|^)"
        flags = re.IGNORECASE | re.MULTILINE
        self.aside = re.compile(opening + "(?:" + asides + r")\s*,", flags) if asides else None
        # The faculty of a doctorate in lower-case abbreviations after a person's title (`Dr. med.`, `Dr.
        # rer. nat.`, `Prof. Dr. h. c.`, group 1) or a degree's prefix before it (`Univ.-Prof.`, `Dipl.-Ing.`,
        # `Dr.-Ing.`, group 2): part of the title, read over so that the title stays next to the name.
        heads = {t.rstrip(".") for t in lang.person_titles if t[:1].isalpha() and "-" not in t}
        head = "(?i:" + "|".join(map(re.escape, sorted(heads, key=len, reverse=True))) + ")"
        self.title_parts = re.compile(
            rf"\b{head}\.((?:\s*[a-zäöü]{{1,6}}\.)+)\s+(?=[^\W\d_])|\b([A-Z][a-z]{{1,5}}\.-)(?={head}\.)"
        ) if heads else None
        self.said_by = self.inverting | frozenset({"told", "tells"})
        # German puts one phrase before the verb: opened by one of these words ("Dazu sagte X", "Am Montag
        # erklärte die Ministerin", "Dem SPIEGEL sagte er"), it is not the subject, which follows the verb.
        words = lang.common_starters | lang.time_words | lang.cue_adverbs | lang.adverbial_starters
        nominal = lang.articles | lang.determiners | lang.pronouns.keys() | lang.other_pronouns
        nominal = nominal | lang.demonstratives | lang.conjunctions | lang.relatives
        self.fronting = (words - nominal) | lang.phrase_breaks if lang.capitalised_nouns else frozenset()
        # Words that open a clause pointing back at what was said ("Así lo", "Lo ha"): the verb after
        # them comes before its subject.
        self.resumptive = frozenset(
            w for o in lang.resumptive_openers for w in o.split() if w not in self.cues
        )
        # Openers that name the words again with a comitative ("Mit diesen Worten"): the verb follows.
        self.comitative_openers = tuple(
            o for o in lang.resumptive_openers if o.split()[0] in lang.comitatives
        )

    def opens_incise(self, words: list[str]) -> bool:
        """Whether the lower-case `words` after a comma or dash inside a quotation open a
        reporting clause: a speech verb, after an auxiliary (`ha detto`, `a-t-il lancé`) or with its
        inverted pronoun (`dit-il`), and not the speaker's own words going on (`cried my heart out`)."""
        if not words:
            return False
        verb = words[1] if len(words) > 1 and self.is_auxiliary(words[0]) else words[0]
        after = words[words.index(verb) + 1 : words.index(verb) + 2]
        if after and after[0] in self.lang.own_words:
            return False
        incise = self.incise.fullmatch(verb) if self.incise else None
        return verb in self.inverting or bool(incise and incise.group("verb") in self.cues)

    def is_auxiliary(self, word: str) -> bool:
        """An auxiliary, also with its inverted pronoun (`ha`, `a-t-il`, `avait-elle`)."""
        inverted = self.incise.fullmatch(word) if self.incise else None
        aux = self.lang.auxiliaries
        return word in aux or bool(inverted and inverted.group("verb") in aux)


@lru_cache(maxsize=32)
def grammar(code: str | None) -> Grammar:
    """The `Grammar` of language `code`; every language's words together when it has none of its own."""
    lang = resources(code)
    return Grammar(merged() if lang.code == "und" else lang)


# Words keep combining accents (text in decomposed form) between their letters.
_COMBINING = "[\u0300-\u036f]"


_WORD_RE = r"\w+(?:(?:[’'\-.]|" + _COMBINING + r"+)\w+)*" + _COMBINING + r"*\.?"


_TOKEN = re.compile(MASK + r"+|" + _WORD_RE + r"|\S", re.UNICODE)


_ABBREV = re.compile(
    r"(?:[A-Z]\.){1,3}|(?:[А-ЯЁІЇЄҐ]\.){1,3}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Adm|Maj|Prof|Rev|St|Jr|Sr|Supt|Insp|Del|Atty|Cmdr)\."
)


# A capitalised word without a full stop before an abbreviated given name: the abbreviation's letters end
# that name and the sentence there ("founded by Jack Ma. Tom Lee said"), they open no name.
_AFTER_NAME_WORD = re.compile(r"(?<![\w.'’-])[A-Z][\w'’-]*\s+$")


PARTY_STATE = re.compile(r"\(?[RDI]-[A-Z][\w.]*\)?|\([A-Z][a-z]*\.?\)|\d+")


# The Arabic article glued to a name ("ас-Сабах", "аль-Хасан", "al-Hassan"): a name word all the same.
_ARTICLE = re.compile(r"(?:a[lsdrntz]|ash|el|аль|а[лсдрнтзш]|эль|э[дшт])-[A-ZА-ЯЁ]")


class Token:
    """A word or mark of the text at `start:end`; its lower case and capital are read once, here."""

    __slots__ = ("cap", "end", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()
        ch = text[:1]
        # A lower-case letter opens a name only with the Arabic article glued to it ("ас-Сабах").
        glued = ch.islower() and "-" in text[1:5] and _ARTICLE.match(text) is not None
        self.cap = ch.isalpha() and (not ch.islower() or glued)

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


# An elided article or preposition glued to a name: "l'Anas", "all'ANSA", "d'Enedis", "L'ARS".
_ELISION = re.compile(r"(?:[LlDd]|[A-Za-z][a-z]{1,3}[lL])['’](?=[A-ZÀ-ÖØ-Þ])")


# Cyrillic initials glued to a surname, as Russian wires write them: "Е.Саврасов", "А.Н.Котов".
_INITIALS = re.compile(r"(?:[А-ЯЁІЇЄҐ]\.){1,2}(?=[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+\.?$)")


INITIAL = re.compile(r"[А-ЯЁІЇЄҐ]\.")  # "П." of "П.Коробейников"
_INITIALS_AFTER = re.compile(r"(?:[А-ЯЁІЇЄҐ]\.){1,2}")  # "Сомов И. П.", "Сомов И.П.": after the surname


# An elided article or preposition before a lower-case word: "Un'infermiera", "L'élu", "Dell'anno".
ELIDED_NOUN = re.compile(r"[^\W\d_]{1,4}['’](?=[a-zà-ÿ])")


def tokenize(s: str, lo: int, hi: int, given_abbreviations: Container[str] = frozenset()) -> list[Token]:
    """The words and marks of `s[lo:hi]`. A full stop ending a word is a token of its own, except after
    a title or initials (`_ABBREV`) and after a given name the language writes abbreviated
    (`Language.given_name_abbreviations`, lower case: "Ma." for María in Philippine names), which stays
    whole where it opens a full name ("Sen. Ma. Ana Cruz", "the envoy Ma. Ana Cruz"), not after a
    capitalised word ("founded by Jack Ma. Tom Lee said")."""
    out = []
    for m in _TOKEN.finditer(s, lo, hi):
        text = m.group()
        if "." not in text and "'" not in text and "’" not in text:
            out.append(Token(text, *m.span()))  # most words: no initials, elision or full stop to split off
            continue
        initials = _INITIALS.match(text) if "." in text[:3] else None
        if initials:  # the initials apart, each a letter and a full stop: the surname names the person
            for k in range(m.start(), m.start() + initials.end(), 2):
                out.append(Token(s[k : k + 2], k, k + 2))  # "П.", an initial, glued to the surname after it
            text = text[initials.end() :]
            m_start = m.start() + initials.end()
            if text.endswith("."):
                out += [Token(text[:-1], m_start, m.end() - 1), Token(".", m.end() - 1, m.end())]
            else:
                out.append(Token(text, m_start, m.end()))
            continue
        elision = _ELISION.match(text) if ("'" in text or "’" in text) else None
        if elision and text[: elision.end()].lower() not in {"o'", "o’"}:
            out.append(Token(text[: elision.end()], m.start(), m.start() + elision.end()))
            text = text[elision.end() :]
            m_start = m.start() + elision.end()
            out.append(Token(text, m_start, m.end()))
            continue
        kept = _ABBREV.fullmatch(text) or (
            text.lower() in given_abbreviations
            and text[:1].isupper()
            and text[1:].islower()
            and _AFTER_NAME_WORD.search(s, max(0, m.start() - 60), m.start()) is None
        )
        if text.endswith(".") and len(text) > 1 and not kept and "." not in text[:-1]:
            out.append(Token(text[:-1], m.start(), m.end() - 1))
            out.append(Token(".", m.end() - 1, m.end()))
        else:
            out.append(Token(text, m.start(), m.end()))
    return out


def _ends_possessive(tokens: list[Token], i: int) -> bool:
    """Whether the word at `i` ends a possessive ("Jones’"), not an elided particle glued to the name
    after it ("D’Alessandro", "Dell'Utri")."""
    tok = tokens[i]
    glued = i + 1 < len(tokens) and tokens[i + 1].start == tok.end
    return strip_possessive(tok.text) != tok.text and not glued


def _classifying_genitive(g: Grammar, tokens: list[Token], i: int, start: int) -> bool:
    """`the Northmoor Growers' Association`, `the Ashby Women's Institute`: a plural genitive ending at
    `i` (its apostrophe, or a word with 's) in a run opened by "the" (the run starts at `start`) and
    followed by the capitalised noun of a body's kind classifies that body inside its name (a descriptive
    genitive, Quirk et al. 1985, ch. 5), no owner: a specific genitive takes no article before it (`Tom
    Quill's Foundation`)."""
    plurals = g.lang.genitive_plurals
    if not plurals or i < 1 or i + 1 >= len(tokens):
        return False
    articles = g.lang.definite_articles
    if tokens[start].low not in articles and (start < 1 or tokens[start - 1].low not in articles):
        return False
    tok, nxt = tokens[i], tokens[i + 1]
    if tok.text in ("'", "’"):
        plural = tokens[i - 1].text.endswith("s") and tokens[i - 1].end == tok.start
    else:
        irregular = strip_possessive(tok.text).lower().endswith(tuple(plurals))
        plural = irregular and tok.text[-2:] in ("'s", "’s")
    body = nxt.low in g.org_words or nxt.low in g.lang.generic_bodies
    return plural and body and nxt.cap and nxt.start == tok.end + 1


def _is_surname_particle(tokens: list[Token]) -> bool:
    """Whether the run opens with an elided particle in capitals glued to the next name word: "D’Alessandro",
    "Dell'Utri" (a preposition before a name is written in lower case: "d'Italia")."""
    first = tokens[0].text
    glued = len(tokens) > 1 and tokens[1].start == tokens[0].end
    return glued and first[:1].isupper() and first[-1:] in "'’"


def _join_name(words: list[str]) -> str:
    """A name's words as written: an elided particle stays glued to the word after it ("D’Alessandro",
    "Fratelli d'Italia", "Istituto dell'Ambiente"), a comma or a German hyphen for the part of a
    compound left out glued to the word before it ("Haus- und Grundbesitzerbund")."""
    out = words[:1]
    for w in words[1:]:
        elided = len(out[-1]) <= 5 and out[-1][-1:] in "'’"
        out[-1:] = [out[-1] + w] if elided or w in (",", "-") else [out[-1], w]
    return " ".join(out)


def strip_possessive(word: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def _is_name_word(tok: Token) -> bool:
    return tok.cap and tok.text[0] != MASK and any(ch.isalpha() for ch in tok.text)


@dataclass
class Mention:
    """A run of capitalised words naming someone or something, with its title and kind."""

    name: str
    start: int
    end: int
    kind: str  # "person", "org", "place" or "unknown"
    gender: str | None
    possessive: bool
    nominative: bool = True  # in an inflected language: may be the subject of a verb
    common: bool = False  # one capitalised word that is a common noun unless it is someone's surname
    titled: bool = False  # one word after "Mr.", "Ms.", "Frau": a surname
    suffix: str = ""  # "Jr.", "III": kept apart so that the surname stays the name's last word


def _place_prefix(g: Grammar, word: str) -> bool:
    """`Sant Antoni`, `Sant'Andrea`, `São Paulo`, `Saint-Denis`: a saint's name makes a place."""
    low = word.lower().replace("’", "'")
    head = low.split("'")[0] if "'" in low else low.split("-")[0].rstrip(".")
    return head in g.lang.place_prefixes


def _place_head(g: Grammar, words: list[str]) -> bool:
    """A saint's name (`_place_prefix`), or a noun of a street or a district capitalised as the head of a
    name of two words or more (`Language.street_nouns`: `Val di Sole`, `Vila Franca de Xira`, `Rua Maria
    Lopes`): the place so named, though a first name follows the noun or the noun is one (`Val`). In Italian
    and Portuguese a toponym's common noun is part of the name and written with a capital (Serianni,
    Grammatica italiana, on capitals in toponyms; Cunha & Cintra, Nova gramática do português
    contemporâneo, on capitals in names of streets and places). Past two words such a name goes on with a
    connector or a person's name (`Vale do Côa`, `Rua Maria Lopes`); else the noun opens a company's
    name (`Vale Verde Alimentos`, `Valle Verde Srl`)."""
    street = len(words) > 1 and words[0].lower() in g.lang.street_nouns and words[0][:1].isupper()
    if street and len(words) > 2:
        street = is_first_name(words[1]) or any(w.lower() in g.lang.name_connectors for w in words[1:])
    return street or _place_prefix(g, words[0])


def _classify(g: Grammar, words: list[str], title: str | None) -> str:
    lows = [w.lower().rstrip(".") for w in words]
    joined = " ".join(w.lower() for w in words)
    if joined in PLACES or (len(words) == 1 and lows[0] in PLACES) or _place_head(g, words):
        return "place"
    named = len(words) == 2 and first_name_gender(words[0]) is not None and not words[1].isupper()
    if not named and any(w in g.org_words or w + "." in g.org_words for w in lows):
        return "org"  # "Gloria Park", "Tom Hall": a first name and a surname, not a park or a hall
    if len(words) == 1 and g.lang.head_first and lows[0] in g.lang.generic_bodies:
        return "org"  # `señaló el Departamento`: a body's noun in capitals, the body named before by it
    # `des Kultusministeriums`, `des Landratsamtes`: German names a body in the genitive with -s or -es
    genitive = ("es", "s") if g.lang.capitalised_nouns else ()
    stems = [w[: -len(e)] for w in lows for e in genitive if w.endswith(e)]
    compound = g.lang.capitalised_nouns and any(
        w.endswith(o) and len(w) > len(o) + 2 for w in lows + stems for o in g.org_words if len(o) > 3
    )
    if compound and not named:
        return "org"  # "Umweltministerium", "Flughafengesellschaft": a compound of an organisation noun
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return "org"
    if title and title.lower() in g.person_titles:
        return "person"
    if g.lang.capitalised_nouns and not is_first_name(words[0]):
        return "unknown"  # "Niederlassung Westfalen", "Vergangene Woche": nouns, not a person
    names = [w for w in lows if w not in g.lang.name_connectors]  # "Luiz Inácio Lula da Silva": 4 names
    opened = first_name_gender(words[0]) is not None and not words[-1].isupper()
    if 2 <= len(names) <= 4 and (opened or not any(w in PLACES for w in lows)):
        return "person"  # "Fernanda Toledo", "Rita das Neves Lima": a first name, surnames that are places
    return "unknown"


def run_to_mention(
    g: Grammar,
    tokens: list[Token],
    sentence_start: bool,
    lowercase_seen: set[str],
    after_preposition: bool = False,
    surnames: frozenset[str] = frozenset(),
) -> Mention | None:
    lang = g.lang
    words = [t.text for t in tokens]
    first = words[0].lower()
    code = lang.morphology
    # "Ли Вэй", "Ван Чжэнь": no particle, no connector; "рассказала Нине Орловой Пак Мин Джи": after a name
    # in the dative, a Korean one
    east = -1
    if code:
        east = next((k for k in range(len(words) - 1) if morph.east_asian_length(code, words[k:])), -1)
    if code and east >= 0 and (east == 0 or morph.east_asian_length(code, words[east:]) == len(words) - east):
        form = morph.name_form(code, tuple(words[east:]))
        end = tokens[len(tokens) - 1 - form.trimmed].end
        return Mention(" ".join(form.words), tokens[east].start, end, "person", None, False, form.nominative)
    # (`Fontes considera …` after `Liberato Fontes`: the surname of a person named in full, not "sources")
    if sentence_start and first not in surnames and (
        first in lang.common_starters
        or first in lowercase_seen
        or first in lang.source_nouns  # "Fuentes de la Confederación": sources of a body
        or any(phrase.split()[0] == first for phrase in lang.according_to)  # "Laut Polizei", "Según"
        or (first in lang.stopwords and (lang.morphology is not None or not is_first_name(words[0])))
    ):
        tokens, words = tokens[1:], words[1:]
    plain = sentence_start and not (lang.head_first or lang.capitalised_nouns or lang.morphology)
    described = len(words) == 2 and is_first_name(words[1]) and not is_first_name(words[0])
    if plain and described and zipf(words[0], lang.wordfreq) >= _DESCRIBED and not is_title_word(g, words[0]):
        tokens, words = tokens[1:], words[1:]  # `Devastated Kelly, 29, said`: an adjective, then her name
    stripped = bool(tokens) and tokens[0].text.lower() != first
    opening = sentence_start and not (stripped and (first in lang.articles or ELIDED_NOUN.match(first)))
    while len(tokens) > 1 and ELIDED_NOUN.match(words[0]):
        tokens, words = tokens[1:], words[1:]  # "L'association Droit au logement": a noun, then the name
        opening = False
    # `Dall'Agenzia`, `Nell'Unione` opening a sentence: the elided preposition is no part of the name
    elided = bool(words) and words[0][-1:] in "'’" and words[0].lower() in lang.phrase_breaks
    while tokens and (elided or words[0].lower() in lang.articles | lang.name_connectors):
        elided = False
        if not sentence_start and _is_surname_particle(tokens):
            break  # "ha aggiunto D’Alessandro": the surname's own particle, in capitals mid-sentence
        tokens, words = tokens[1:], words[1:]
        opening = False  # "A Vale informou", "La Poste a": a capital after an article marks a name
    if not tokens:
        return None
    possessive = strip_possessive(words[-1]) != words[-1]
    words[-1] = strip_possessive(words[-1])
    title = None
    last_title = -1
    body = next((k for k, w in enumerate(words) if w.lower() in g.org_words), 0)
    for i, w in enumerate(words):
        # Where roles are written in lower case, a capitalised word before a first name is a role or
        # an outlet only at a sentence's start, after a preposition ("contou ao Observador Joaquim
        # Guerreiro"), not after a role ("O presidente Luiz Inácio Lula da Silva").
        placed = sentence_start or after_preposition or not lang.head_first
        role = i == 0 and placed and _is_role_before_name(g, words)
        role = role or (i == 0 and sentence_start and _false_title(g, words))
        # after a first name, a title word is part of the surname: "Bruno Le Maire"; not in the body's
        # name that opens the run: "Rose Hollow County Sheriff Owen Pratt"
        # (an abbreviated title is never a surname: `Georgia Gov. Ann Lee`, a state that is also a first name)
        named = i > body and is_first_name(words[i - 1]) and not is_title_word(g, words[i - 1])
        if named and not (w.endswith(".") and is_title_word(g, w)):
            break
        # a title word that names a body with its noun is no title: `State Department`, `Ministry of Justice`
        bodily = i + 1 < len(words) and words[i + 1].lower() in lang.generic_bodies
        bodily = bodily or (i > body and words[body].lower() in g.org_words and words[i - 1].lower() == "of")
        if (is_title_word(g, w) and not bodily) or role:
            last_title = i
    placed_after = after_preposition and zipf(words[0], lang.wordfreq) >= COMMON_NOUN
    if (lang.capitalised_nouns or placed_after) and last_title < 0:
        # `Berlins Sozialsenatorin Cansel Kiziltepe`: nouns, then a first name and a surname; `intendente
        # de Villa Gesell Horacio Benavídez`: a place after a preposition, then the person; `Director of
        # Public Prosecution Anna-Lena Lind`: the rest of a role.
        firsts = [j for j, w in enumerate(words) if is_first_name(w)]
        if firsts and _country_before_name(lang, words[firsts[0] :]):
            firsts = firsts[1:]  # `Fratelli d'Italia Marco Venturi`: the party's place, then the person
        nouns = words[: firsts[0]] if firsts else []
        body = any(w.lower() in g.org_words for w in nouns) or (bool(nouns) and _place_head(g, words))
        # `Defesa Civil de Belo Horizonte`: a first name right after "de" opens the complement, no person
        body = body or (bool(nouns) and nouns[-1].lower() in lang.name_connectors)
        # Where roles come before the name in capitals (en), only a role of two words or more, and a
        # person's name after it: `of New York City` is a place.
        native = lang.head_first or lang.capitalised_nouns
        bodies = any(w.lower() in g.org_words for w in words[len(nouns) :])
        role_words = native or (len(nouns) > 1 and not bodies)
        if firsts and 0 < firsts[0] < len(words) - 1 and not body and role_words:
            last_title = firsts[0] - 1
    capitals = not (lang.capitalised_nouns or lang.head_first)  # roles before names in capitals (en)
    if last_title < 0 and capitals and words[body].lower() in g.org_words:
        last_title = _office_of_body(g, words, body)
    owned = lang.capitalised_nouns and last_title < 0 and _genitive_owner_end(g, words) >= 0
    if owned:
        last_title = _genitive_owner_end(g, words)
    if lang.capitalised_nouns and last_title >= 0:
        # `Kreisvorsitzender Ortsvorsteher Tobias Reuter`: a second role noun between the first and his name
        firsts = [j for j, w in enumerate(words) if j > last_title and is_first_name(w)]
        between = words[last_title + 1 : firsts[0]] if firsts else []
        second = len(between) == 1 and not is_first_name(between[0]) and between[0].lower() not in g.org_words
        # `Bürgermeister Graf Anton Keller`: a title of nobility is part of his name, no second role
        second = second and between[0].lower() not in lang.noble_titles
        if second and firsts[0] < len(words) - 1:
            last_title = firsts[0] - 1
    for j in range(1, len(words) - 1):
        abbreviation = words[j - 1].isupper() and 2 <= len(words[j - 1]) <= 3 and words[j - 1].isalpha()
        named_before = any(is_first_name(w) for w in words[: j - 1])  # `Christina N Luis Olidem`: her names
        if last_title < 0 and abbreviation and not named_before and is_first_name(words[j]):
            last_title = j - 1  # `Ravens DL Noah Pike`, `NFL QB Tom Brady`: a team and a position
        elif last_title < 0 and abbreviation and not named_before and words[j][:1].isupper() and (
            _is_role_before_name(g, words[j:])
        ):
            last_title = j  # `NFA Administrator Rodrigo Dimas`: a body's letters, its role, the person
    # `di Forza Italia Giulia Marchetti`: a party or body before the name ends with its country (not after a
    # title: `Dr. Paulo Roberto Costa`)
    party = 0 <= last_title < len(words) - 3 and not is_title_word(g, words[last_title])
    if party and _country_before_name(lang, words[last_title + 1 :]):
        last_title += 1
    if last_title == len(words) - 1:
        return None
    if last_title >= 0:
        title = words[last_title]
        for w in words[: last_title + 1]:
            if w.lower() in g.person_titles:
                title = w
        words = words[last_title + 1 :]
    while len(words) > 2 and words[-1].isupper() and words[-1].lower() in lang.postnominals:
        words, tokens = words[:-1], tokens[:-1]  # `Ann Lee KC`: her name, not her rank at the bar
    suffix: list[str] = []
    while len(words) > 1 and words[-1].lower() in lang.name_suffixes:
        suffix.insert(0, words[-1])
        words = words[:-1]
    gender = None
    if title and title.lower() in lang.female_titles:
        gender = "f"
    elif title and title.lower() in lang.male_titles:
        gender = "m"
    elif len(words) > 1:
        gender = first_name_gender(words[0], lang.code)
    kind = _classify(g, words, title)
    if owned and kind == "unknown" and is_first_name(words[0]):
        kind = "person"  # `Jonas Brandts Tochter Marlene`: the relative, named by her first name
    threshold = _COMMON_AT_START if opening else COMMON_NOUN if lang.capitalised_nouns else None
    common = (
        threshold is not None
        and len(words) == 1
        and title is None
        and kind == "unknown"
        and zipf(words[0], lang.wordfreq) >= threshold
        and not is_first_name(words[0])
    )
    if code:
        while len(words) > 1 and not words[0].isupper() and (
            (words[-1].isupper() and len(words[-1]) > 1) or "." in words[-1].strip(".")
        ) and not _INITIALS_AFTER.fullmatch(words[-1]):
            # "сказала Бойко ЕП", "пояснила Проскурякова Право.ру": an outlet told, not the name
            words, tokens = words[:-1], tokens[:-1]
        word = words[0]
        single = sentence_start and len(words) == 1 and not (morph.is_name_word(code, word) or word.isupper())
        if single and zipf(word, lang.wordfreq) >= _COMMON_NOUN_AT_START and morph.common_reading(code, word):
            return None  # "Капітан команди Андрій Мартинюк": a sentence-initial common noun
        parts = word.split("-")
        if single and len(parts) > 1 and all(morph.person_noun(code, p.lower())[0] for p in parts):
            return None  # "Лікарка-інфекціоністка лікарні Марта Гірняк": a compound role noun, no name
        form = morph.name_form(code, tuple(words))
        # Inside a sentence a capitalised thing is a proper name: "повідомили Генштаб і Укренерго".
        proper = not sentence_start and len(words) == 1 and morph.is_inanimate_noun(code, word)
        if proper and not form.place:
            kind = "org"
        if not form.person and not form.organisation and len(words) == 1 and kind not in {"place", "org"}:
            return None  # a capitalised common word: "Координатор", "Первые", "И"
        plain = not (form.person or form.organisation or form.place) and kind not in {"org", "place"}
        if plain and all(morph.common_reading(code, w) for w in words):
            return None  # "Мешканець Троєщини", "Великі Гаї": common words, one of them a place's name
        words = list(form.words)
        gender = form.gender or gender
        if form.person:
            kind = "person" if len(words) > 1 or kind == "unknown" else kind
        elif form.organisation:
            kind = "org"
        elif form.place:
            kind = "place"  # "В Париже": a place the dictionary knows
        nominative = form.nominative
        start = tokens[last_title + 1 + form.dropped].start  # "улицы Заречной Вера Кочеткова": at "Вера"
        end = tokens[len(tokens) - 1 - form.trimmed].end
        return Mention(" ".join(words), start, end, kind, gender, possessive, nominative)
    titled = title is not None and title.lower() in g.person_titles and len(words) == 1
    # The name starts after a role ("Betriebsratschef Uwe Stolz"), with its courtesy title ("Mr. Kelly").
    start, end = tokens[0 if titled else last_title + 1].start, tokens[-1].end
    name, suffixes = _join_name(words), " ".join(suffix)
    return Mention(name, start, end, kind, gender, possessive, common=common, titled=titled, suffix=suffixes)


def _genitive_owner_end(g: Grammar, words: list[str]) -> int:
    """`Jonas Brandts Tochter Marlene`, `Eva K.s Anwalt Tim Roth`: a person's name in the genitive (its
    -s glued on) before a title or kin noun is that noun's determiner, and the first name after the noun
    is apposed to it: the person named is the relative or the role holder, not the owner (the Saxon
    genitive before its noun, Duden Grammatik on the pre-posed genitive of names). The index of that noun,
    after which the name starts; -1 where the run has no such words."""
    lang = g.lang
    if not lang.name_genitive_ending:
        return -1
    for j in range(2, len(words) - 1):
        owner, noun = words[j - 1], words[j]
        genitive = owner.endswith(lang.name_genitive_ending) and len(owner) > 2
        genitive = genitive and not owner.endswith(lang.name_genitive_lookalikes)  # (`Weiss`: no -s)
        genitive = genitive and not is_first_name(owner) and any(is_first_name(w) for w in words[: j - 1])
        role = is_title_word(g, noun) or noun.lower() in g.lang.role_suffixes
        if genitive and role and is_first_name(words[j + 1]):
            return j
    return -1


def _country_before_name(lang: Language, words: list[str]) -> bool:
    """Whether `words` open with a country or a capital commoner than any given name (`Italia`), then a
    first name and a surname: the country closes the name of a party or body before the person in
    apposition (`la deputata di Forza Italia Giulia Marchetti`, `Fratelli d'Italia Marco Venturi`)."""
    if len(words) < 3 or not is_first_name(words[1]):
        return False
    return is_first_name(words[0]) and zipf(words[0], lang.wordfreq) >= _COMMONER_THAN_NAMES


def is_body_noun(g: Grammar, low: str) -> bool:
    """An organisation noun or a compound ending in one ("verband", "zentralverband")."""
    return any(low.endswith(o) for o in g.org_words if len(o) > 3)


ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _names_fields(g: Grammar, run: list[Token]) -> bool:
    """German: whether `run` is a body's noun (a compound, in the genitive too: `Landesamt`, `des
    Bundesamts`) and the preposition its official name adds its fields with (`für`): `Bundesamt für
    Seeschifffahrt und Hydrographie`, `Ministerium für Soziales, Gesundheit, Arbeit und Familie`."""
    if len(run) < 2 or run[-1].low not in g.lang.body_connectors:
        return False
    head = run[-2].low
    return any(head.endswith(o + e) for o in g.org_words for e in ("", "s", "es"))


def _fields_within(g: Grammar, run: list[Token]) -> bool:
    """Whether some body's noun in `run` is followed by the preposition that adds its fields."""
    return any(_names_fields(g, run[k - 1 : k + 1]) for k in range(1, len(run)))


def _adjective_field(g: Grammar, run: list[Token], tokens: list[Token], i: int) -> bool:
    """German: after the conjunction at `i` in an authority's fields, the last field a lower-case adjective
    and its noun (`Ministerium für Ernährung und ländlichen Raum`)."""
    if i + 2 >= len(tokens) or not _fields_within(g, run):
        return False
    adjective, noun = tokens[i + 1], tokens[i + 2]
    lower = adjective.text.isalpha() and adjective.text.islower()
    inflected = lower and adjective.low.endswith(ADJECTIVE_ENDINGS)
    spaced = adjective.start == tokens[i].end + 1 and noun.start == adjective.end + 1
    return spaced and inflected and _is_name_word(noun) and adjective.low not in g.lang.stopwords


def _elides_compound(g: Grammar, tokens: list[Token], i: int, run: list[Token]) -> bool:
    """German: the hyphen at `i`, glued to the run's last word, stands for the last part of the compound
    after "und"/"oder" that it shares (the Ergänzungsstrich: `Haus- und Grundbesitzerbund`, `Justiz- und
    Sicherheitsdepartement`)."""
    tok = tokens[i]
    if tok.text != "-" or tok.start != run[-1].end or not run[-1].text.isalpha() or i + 2 >= len(tokens):
        return False
    conjunction, word = tokens[i + 1], tokens[i + 2]
    spaced = conjunction.start == tok.end + 1 and word.start == conjunction.end + 1
    return spaced and conjunction.low in g.lang.conjunctions and word.cap and word.text.isalpha()


def is_title_word(g: Grammar, word: str) -> bool:
    low = word.lower()
    if low in g.titles or low.rstrip(".") in g.titles:
        return True
    if low in g.org_words:
        return False  # `Magistrat`: a body, though it ends like a role (`Stadtrat`)
    return any(low.endswith(s) and len(low) > len(s) + 2 for s in g.lang.role_suffixes)


def _is_role_before_name(g: Grammar, words: list[str]) -> bool:
    """`Forecaster Aled Morgan`, `Evacuee Jim Harlan`: a word that is no first name before one that is."""
    first = words[0]
    lows = [w.lower() for w in words]
    if any(w in g.org_words for w in lows) or " ".join(lows[:2]) in PLACES or _place_head(g, words):
        return False  # "New York Times", "Sant Antoni de Vilamajor": a name, not a role before a name
    code = g.lang.morphology
    return (
        len(words) >= 3
        and not first.isupper()
        and not is_first_name(first)
        and first.lower() not in g.lang.given_name_abbreviations  # `Ma. Lourdes Reyes`: María, abbreviated
        and not (code and morph.is_name_word(code, first))  # "цитирует Джона Смита РИА Новости"
        and words[1][:1].isupper()
        and is_first_name(words[1])
    )


def _false_title(g: Grammar, words: list[str]) -> bool:
    """`Guitarist Amara Okwuosa said`: a noun for a person by what they do (`person_epithets`, or an agent
    noun, `is_agent_noun`) opening a sentence before a given name no list knows is the person's occupation
    written as a title, not her first name: the "false title" of English news writing (Garner's Modern
    English Usage, "false titles"; close apposition, Quirk et al. 1985, ch. 17). Only before a rare
    word, so that a name of common words stays whole, and only in a language that writes its nouns in
    lower case."""
    first, given = words[0], words[1] if len(words) > 1 else ""
    lang = g.lang
    if len(words) < 3 or lang.capitalised_nouns or lang.morphology or first.isupper() or is_first_name(first):
        return False
    if not given[:1].isupper() or is_first_name(given) or zipf(given, lang.wordfreq) >= _DESCRIBED:
        return False
    lows = [w.lower() for w in words]
    if any(w in g.org_words for w in lows) or " ".join(lows[:2]) in PLACES or _place_prefix(g, first):
        return False
    low = lows[0]
    agent = low in lang.person_epithets or is_agent_noun(lang, low)
    return agent and zipf_full(low, lang.wordfreq) >= _DESCRIBED


def _office_of_body(g: Grammar, words: list[str], body: int) -> int:
    """`Dale County Registrar Ann Lee`, `Pike County Assessor Ann Lee`: where roles precede names in
    capitals (American style for local officers), a body's name, then a common noun no title list holds,
    then a first name and a surname that end the run, is the office and its holder; the index of that
    noun, else -1. Not a word of the body's own name (`County School District`, `County Fair`), nor a body
    named after a person (`Harlow County Library Ann Lee Branch`: more of its name after the surname)."""
    lang = g.lang
    firsts = [j for j in range(body + 2, len(words) - 1) if is_first_name(words[j])]
    if not firsts or firsts[0] != len(words) - 2 or words[-1].lower() in g.org_words | lang.generic_bodies:
        return -1
    noun = words[firsts[0] - 1]
    low = noun.lower()
    if not noun.isalpha() or is_first_name(noun) or low in g.org_words or low in lang.generic_bodies:
        return -1
    return firsts[0] - 1 if zipf(low, lang.wordfreq) >= _OFFICE_NOUN or is_agent_noun(lang, low) else -1


def is_agent_noun(lang: Language, low: str) -> bool:
    """`pianist` (piano), `campaigner` (campaign), `historian` (history): an agent suffix
    (`Language.agent_suffixes`) after the word the noun derives from (as it is, or with its final
    e, o or y), at least twice as common as the noun. A word that only looks like one (`winter`, `junior`,
    `wonder`: no `wint`) is none, nor one that is also a common name, which the name makes about as
    common as its stem or more (`Baker`: `bake`; `Archer`: `arch`)."""
    for suffix in lang.agent_suffixes:
        stem = low[: -len(suffix)]
        if low.endswith(suffix) and len(stem) > 2:
            base = max(zipf_full(stem + end, lang.wordfreq) for end in ("", "e", "o", "y"))
            return base >= _DESCRIBED and base - zipf_full(low, lang.wordfreq) >= _TWICE
    return False


def name_gender(name: str, surnames: set[str], language: str | None = None) -> str | None:
    """A lone first name ("Melanie said") has that name's gender (in the country of `language`, where it
    tells) unless someone bears it as a surname."""
    low = name.lower()
    if " " in name or low in surnames:
        return None
    return first_name_gender(low, language)


def is_participle(g: Grammar, tok: Token) -> bool:
    suffix = g.lang.participle_suffix
    low = tok.low
    if suffix and low.endswith(suffix) and len(low) > 5 and low not in g.lang.not_participles:
        return True
    return is_past_participle(g, low)


# How common (wordfreq Zipf) the infinitive of a past participle must be: a verb in everyday use. 3.4
# takes in the press's "intervistare" (3.42); 3.4 and 3.5 score alike on every quote set (session 8).
_COMMON_VERB = 3.4


def is_past_participle(g: Grammar, low: str) -> bool:
    """`contactée`, `questionada`, `interpellato`: a past participle of a common verb, told by its ending
    and the infinitive that ending stands for (`contact-ée` → "contacter")."""
    for ending, infinitive in g.lang.past_participles:
        stem = low[: -len(ending)]
        common = low.endswith(ending) and len(stem) > 2
        if common and zipf(stem + infinitive, g.lang.wordfreq) >= _COMMON_VERB:
            return True
    return False


def _place_suffix(g: Grammar, tokens: list[Token], i: int) -> int:
    """How many words after the preposition at `i` complete a place's name with its river or region
    (`Language.place_suffixes`: 1 in `Frankfurt am Main`, 2 in `Halle an der Saale`); 0: none."""
    for n in (1, 2):
        words = tokens[i : i + n + 1]
        spaced = all(b.start == a.end + 1 for a, b in itertools.pairwise(words))
        named = len(words) == n + 1 and spaced and words[-1].cap
        if named and " ".join(t.low for t in words) in g.lang.place_suffixes:
            return n
    return 0


def _takes_place_suffix(g: Grammar, run: list[Token]) -> bool:
    """Whether the run can take a river or region after it (`Language.place_suffixes`): it ends in a known
    place (`Staatsanwaltschaft Offenbach am Main`), or it is a name of two words or more with no role in it
    (`Landestheater Neustadt an der Donau`, `Freie Bühne am Neckar`); not a surname, a role and a surname,
    or a kind noun alone, where the preposition says where that person or body was (`sagte Landrat Weber
    an der Elbe`, `teilte die Polizei am Inn mit`)."""
    if is_first_name(run[0].text):
        return False  # `sagte Jan Kohl am Rhein`
    roleless = len(run) > 1 and not any(is_title_word(g, t.text) for t in run)
    return roleless or is_town_or_region(run[-1].text)


def _breaks_run(g: Grammar, tokens: list[Token], i: int) -> bool:
    """Whether the word at `i` cannot be part of a name: a speech verb, or a time word, except where the
    language writes days and months in lower case and it is a first name before a surname ("el exministro
    Domingo Cavallero"), or right after a person's title ("Sen. April Rusk"): capitalised, it is the
    name; or a capitalised month that ends a place or feast named after a date (`_month_ends_place`)."""
    tok = tokens[i]
    if tok.low not in g.breaks_run:
        return False
    month = g.lang.lowercase_dates and tok.cap and i > 1 and g.lang.month_number(tok.text) is not None
    if month and _month_ends_place(g, tokens, i):
        return False
    titled = i > 0 and tokens[i - 1].low in g.lang.person_titles and tokens[i - 1].end + 1 == tok.start
    if not (g.lang.lowercase_dates or titled) or tok.low in g.cues or not is_first_name(tok.text):
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or nxt.start != tok.end + 1:
        return True
    return not _is_name_word(nxt) or nxt.low in g.breaks_run


def _month_ends_place(g: Grammar, tokens: list[Token], i: int) -> bool:
    """Whether the capitalised month at `i` ends a place or feast named after a date ("Rio de Janeiro",
    "Plaza de Mayo"): right after a name word and a particle, and the last word of the run: no name word
    right after it (a name without a comma after the place, "o prefeito do Rio de Janeiro Otávio Prates",
    is the holder's, not the place's), and not after a person's first name and surname ("Ana Quintela de
    Março a esta parte" is a date)."""
    particle, name = tokens[i - 1], tokens[i - 2]
    joined = name.end + 1 == particle.start and particle.end + 1 == tokens[i].start
    if not (joined and particle.low in g.lang.name_connectors and _is_name_word(name)):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.start == tokens[i].end + 1 and _is_name_word(nxt):
        return False
    first = tokens[i - 3] if i > 2 else None
    return first is None or first.end + 1 != name.start or not is_first_name(first.text)


def _joins_body(g: Grammar, before: list[Token], conjunction: Token, after: list[Token]) -> bool:
    """`Food and Drug Administration`, `Department of Health and Human Services`, `Procter & Gamble`: an
    "and" between capitalised words of one body's name (a body's noun on either side, no first name
    opening either part; any "&"), not between two people ("Ann Lee and Tom Hale")."""
    rest: list[Token] = []
    end = conjunction.end
    for tok in after:
        if not _is_name_word(tok) or tok.low in g.breaks_run or tok.start != end + 1:
            break
        rest.append(tok)
        end = tok.end
    if not rest or len(before) + len(rest) > 7:
        return False
    if conjunction.text == "&":
        return True  # prose writes "and" between people
    if is_first_name(rest[0].text) or any(is_first_name(t.text) for t in before):
        return False
    fields = _fields_within(g, before)
    elided = before[-1].text == "-"  # `Justiz- und Sicherheitsdepartement`: one compound shared
    return fields or elided or any(t.low in g.org_words for t in before + rest)


def _joins_field(g: Grammar, run: list[Token], tokens: list[Token], i: int) -> bool:
    """fr, es, it, pt: the "and" at `i` joins one more field to the body's name `run`, the preposition said
    again before it (`Ministero della Pesca e dei Porti`, `Consejería de Montes y de Caza`): the run
    opens with a body's noun and adds a field with a particle; after the "and" come a particle, an article
    if any, and a capitalised word that is no first name, known place nor another body's noun (`il Ministero
    della Salute e della Regione`: two bodies)."""
    lang = g.lang
    # (an article or a preposition opening the sentence before the noun: `Il Ministero …`, `Dal Ministero …`)
    run = run[1:] if run[0].low in lang.articles | lang.phrase_breaks else run
    if not lang.head_first or lang.capitalised_nouns or len(run) < 3 or run[0].low not in g.org_words:
        return False
    particles = lang.name_connectors - lang.conjunctions
    if not any(t.low in particles for t in run[1:-1]):
        return False
    k, prev = i + 1, tokens[i]
    if k >= len(tokens) or tokens[k].low not in particles:
        return False
    while k < len(tokens) and tokens[k].low in particles | lang.articles and tokens[k].start == prev.end + 1:
        prev, k = tokens[k], k + 1
    if k >= len(tokens) or tokens[k].start != prev.end + 1 or not _is_name_word(tokens[k]):
        return False
    word = tokens[k]
    if is_first_name(word.text) or is_town_or_region(word.text):
        return False  # `… e della Sardegna`: a second body's place, no field
    return word.low not in g.org_words | lang.generic_bodies


def _field_after_preposition(g: Grammar, run: list[Token], tokens: list[Token], i: int) -> bool:
    """es, pt: the preposition at `i` (`en`, `em`) goes on naming the body `run` opens with its noun, before
    one more of its fields written with a capital (`Asociación en Apoyo de …`, `Instituto de Estudos em
    Artes da Cena`): a common word of the language, far commoner there than in English, and no month, place,
    first name, outlet or network (`la Cofradía de Pescadores en Vigo`, `el Ayuntamiento en Twitter`)."""
    lang = g.lang
    head = run[1] if len(run) > 1 and run[0].low in lang.articles else run[0]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if head.low not in g.org_words | lang.generic_bodies or nxt is None or nxt.start != tokens[i].end + 1:
        return False
    if not _is_name_word(nxt) or nxt.low in lang.time_words:
        return False  # `em Janeiro`: a month in the old spelling
    if is_first_name(nxt.text) or is_town_or_region(nxt.text):
        return False
    # the name goes on after the field (`en Apoyo de los …`, `em Artes Cénicas`), where a place told
    # after the body ends it (`o Governo da Lusitânia em Genebra recusou`)
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is None or after.start != nxt.end + 1:
        return False
    if not (_is_name_word(after) or after.low in lang.name_connectors - lang.conjunctions):
        return False
    frequency = zipf_full(nxt.low, lang.wordfreq or lang.code)
    return frequency >= _FIELD_ZIPF and frequency - zipf_full(nxt.low, "en") > _FIELD_GAP


_FIELD_ZIPF = 3.0  # a common word of the language (wordfreq's Zipf scale)
_FIELD_GAP = 2.0  # a hundred times commoner there than in English: no name, outlet or network


def _second_person(run: list[Token], tokens: list[Token], i: int) -> bool:
    """es, pt: the "y"/"e" at `i` after a person's first name and surname opens a second person's full
    name, a first name and a name word after it (`Ana Ezcaray y Eva Ezcaray Urbieta`), not the last part of a
    compound surname (`Santiago Ramón y Cajal`, `José Ortega y Gasset`)."""
    nxt = tokens[i + 1 : i + 3]
    person = len(run) >= 2 and is_first_name(run[0].text)
    return person and len(nxt) == 2 and is_first_name(nxt[0].text) and _is_name_word(nxt[1]) and (
        nxt[0].start == tokens[i].end + 1 and nxt[1].start == nxt[0].end + 1
    )


def _after_role(g: Grammar, tokens: list[Token], start: int) -> bool:
    """fr, es, it, pt: the run at offset `start` is the complement of a role written in lower case before
    its particle and article (`el consejero de Hacienda`, `la ministra de la Vivienda`), the portfolio whose
    fields it may list before the holder's name (`el consejero de Pesca, Montes y Caza, Rui Sela`)."""
    lang = g.lang
    k = next((n for n, t in enumerate(tokens) if t.start == start), 0) - 1
    if k >= 0 and tokens[k].low in lang.articles and not tokens[k].cap:
        k -= 1
    if k < 1 or tokens[k].low not in lang.name_connectors - lang.conjunctions:
        return False
    role = tokens[k - 1]
    return role.text.islower() and is_title_word(g, role.text)


def _enumeration_end(g: Grammar, run: list[Token], tokens: list[Token], i: int) -> int:
    """Where a body's name listing its fields ends its list, the comma at `i` after `run`: the index of the
    conjunction before the last field (`Ministerio de Agricultura, Pesca y Alimentación`, `Agência
    Reguladora de Águas, Energia e Saneamento Básico`), or -1 where no such list follows (`el Ministerio de
    Economía, Tomás Ferrán, dijo`: a person in apposition). Each field is a capitalised word or two after a
    preposition and its article, if any, and no first name; the run names a body by a noun before its
    preposition."""
    lang = g.lang
    if lang.capitalised_nouns:
        named = _fields_within(g, run)
    else:
        headed = lang.head_first and any(t.low in g.org_words for t in run[:-1])
        named = headed and any(t.low in lang.name_connectors - lang.conjunctions for t in run)
        named = named or _after_role(g, tokens, run[0].start)
    if not named:
        return -1
    k = i
    while k < len(tokens) and tokens[k].text == "," and tokens[k].start == tokens[k - 1].end:
        k += 1
        while k < len(tokens) and tokens[k].low in lang.name_connectors | lang.articles:
            k += 1
        field = 0
        while k < len(tokens) and _is_name_word(tokens[k]) and tokens[k].start == tokens[k - 1].end + 1:
            if field == 0 and (is_first_name(tokens[k].text) or is_title_word(g, tokens[k].text)):
                return -1
            k, field = k + 1, field + 1
        if not 1 <= field <= 2:
            return -1
    joined = k < len(tokens) and tokens[k].start == tokens[k - 1].end + 1
    return k if joined and tokens[k].low in lang.conjunctions else -1


def _affiliation_after(g: Grammar, run: list[Token], tokens: list[Token], i: int) -> bool:
    """fr, es, it, pt: after a person's full name, a first name and one surname, the preposition at `i`
    opens the complement naming the body they belong to (`Marco Rinaldi del Partito Liberale`, `Andrés Molina
    del Partido Popular`, `Rui Almeida do PSD`), not a surname's particle, when an acronym follows it or a
    body's noun is among the capitalised words after it; a particle takes surnames (`Cristina Fernández de
    Kirchner`, `Marcelo Rebelo de Sousa`, `Ana Paula de Oliveira Santos`)."""
    lang = g.lang
    if not lang.head_first or lang.capitalised_nouns or tokens[i].low in lang.conjunctions:
        return False
    # (a word opening the sentence may go before; not after two first names: `Maria Grazia di Santo Stefano`)
    particle = tokens[i].low in lang.complement_particles and not is_first_name(run[-1].text)
    if len(run) != 2 and not (particle and len(run) > 2):
        return False
    if not is_first_name(run[-2].text) or not run[-1].text[:1].isupper() or run[-1].text.isupper():
        return False
    small = lang.name_connectors | lang.articles
    names: list[Token] = []
    end = tokens[i].end
    for tok in tokens[i + 1 : i + 8]:
        if tok.start > end + 1 or not (_is_name_word(tok) or tok.low in small):
            break
        if _is_name_word(tok):
            names.append(tok)
        end = tok.end
    if not names:
        return False
    head = names[0].text
    acronym = head.isupper() and len(head) > 1 and head.isalpha()
    # a body's noun among the names, not surnames only (`Ana Paula de Oliveira Santos`)
    bodily = any(n.low in g.org_words or n.low in lang.generic_bodies for n in names)
    # (a lower-case particle and one name-word that is no acronym nor a body's noun: a noble family's
    # surname, `Luca Ferri di Castelvetro`, `Luca Ferri della Gherardesca`)
    return (particle and len(names) > 1) or acronym or bodily


def _after_kind_noun(g: Grammar, tokens: list[Token], i: int) -> bool:
    """fr, es, it, pt: the name at `i` stands in apposition to the lower-case noun of a body's kind before
    it (`le syndicat SUD Santé`, `el sindicato CCOO Industria`), so the capitalised words after its acronym
    go on naming that body; after any other word an acronym may be an outlet told something by the
    person named next (`à l'AFP Lucienne Marchal`)."""
    if i < 1 or not g.lang.head_first or g.lang.capitalised_nouns:
        return False
    noun = tokens[i - 1]
    elided = ELIDED.fullmatch(noun.low)
    low = elided.group(1) if elided else noun.low
    return noun.text[:1].islower() and (low in g.lang.generic_bodies or low in g.org_words)


_INITIALS_EN = re.compile(r"(?:[A-Z]\.\s?){2,3}")


def name_runs(
    g: Grammar, tokens: list[Token], text: str, bridges: frozenset[tuple[int, int]] = frozenset()
) -> list[list[Token]]:
    runs: list[list[Token]] = []
    cur: list[Token] = []
    listed = -1  # the end of a list of a body's fields: every token up to it is part of the name
    for i, tok in enumerate(tokens):
        if cur and tok.text == "," and i > listed:
            listed = _enumeration_end(g, cur, tokens, i)
        if cur and i <= listed:
            cur.append(tok)
            continue
        if not cur:  # no run to join or end: a name word starts one
            if tok.cap and _is_name_word(tok) and not _breaks_run(g, tokens, i):
                cur.append(tok)
                if _ends_possessive(tokens, i) and not _classifying_genitive(g, tokens, i, i):
                    runs.append(cur)
                    cur = []
            continue
        glued = bool(cur) and tok.start == cur[-1].end and cur[-1].text[-1:] in "'’"  # "d'Estaing"
        initial = bool(cur) and INITIAL.fullmatch(cur[-1].text) is not None  # "П.Коробейников"
        glued = glued or (initial and tok.start == cur[-1].end)
        joined = glued or (bool(cur) and tok.start == cur[-1].end + 1 and text[cur[-1].end] != "\n")
        joined = joined or (bool(cur) and (cur[-1].end, tok.start) in bridges)
        capital = tok.cap
        if cur and joined and capital and tok.low in g.headline_breaks and not _place_prefix(g, tok.text):
            runs.append(cur)  # a title-case headline: "Ann Lee Is Right" (not "São Paulo")
            cur = []
            continue
        if cur and joined and capital and _is_name_word(tok) and is_first_name(tok.text):
            # an abbreviation, or an outlet's name in capitals ("EL HERALDO", "LA NACION")
            acronym = all(c.text.isupper() for c in cur) and len(cur[-1].text) > 1
            surname = i + 1 < len(tokens) and _is_name_word(tokens[i + 1])  # a person's full name follows
            if acronym and _INITIALS_EN.fullmatch(cur[0].text) and not surname:
                acronym = False  # `J.D. Kerr`: a man's initials before his surname, not an outlet
            body = cur[0].low in g.org_words and not is_first_name(cur[0].text) and surname
            if acronym and not surname and _after_kind_noun(g, tokens, i - len(cur)):
                acronym = False  # `le syndicat SUD Santé`: the kind's noun, then the body's whole name
            if acronym or (body and cur[-1].low not in g.lang.name_connectors):
                runs.append(cur)  # "à l'AFP Lucienne Marchal", "la Policía Nacional Ignacio Cosidó"
                cur = []
        genitive = bool(cur) and tok.text in ("'", "’") and tok.start == cur[-1].end
        if genitive and _classifying_genitive(g, tokens, i, i - len(cur)):
            cur[-1] = Token(cur[-1].text + tok.text, cur[-1].start, tok.end)  # `Growers'`, within the name
            continue
        if _is_name_word(tok) and not _breaks_run(g, tokens, i) and (not cur or joined):
            cur.append(tok)
            if _ends_possessive(tokens, i) and not _classifying_genitive(g, tokens, i, i + 1 - len(cur)):
                runs.append(cur)
                cur = []
            continue
        if cur and g.lang.capitalised_nouns and _elides_compound(g, tokens, i, cur):
            cur.append(tok)  # `Haus-` of `Haus- und Grundbesitzerbund`
            continue
        conjunction = cur and joined and tok.low in g.lang.body_conjunctions
        if conjunction and g.lang.capitalised_nouns and tok.text != "&":
            # German joins with "und" only a body's fields (`… für Gesundheit und Lebensmittelsicherheit`)
            # and the parts of compounds that share their last part (`Haus- und Grundbesitzerbund`), not
            # two bodies or people (`Polizei und Feuerwehr`)
            elided = cur[-1].text == "-"
            conjunction = elided or _fields_within(g, cur)
        if conjunction and g.lang.capitalised_nouns and _adjective_field(g, cur, tokens, i):
            cur.append(tok)  # `Ministerium für Mobilität und öffentliche Arbeiten`: the adjective next
            listed = i + 1
            continue
        if conjunction and (_joins_body(g, cur, tok, tokens[i + 1 :]) or _joins_field(g, cur, tokens, i)):
            cur.append(tok)
            continue
        suffix = _place_suffix(g, tokens, i) if cur and joined and _takes_place_suffix(g, cur) else 0
        if suffix:
            cur.append(tok)  # `Frankfurt am Main`, `Mülheim an der Ruhr`: the river after the place
            listed = i + suffix
            continue
        connector = bool(cur) and joined and tok.low in g.lang.name_connectors
        body = bool(cur) and tok.low in g.lang.body_connectors and cur[-1].low in g.org_words
        body = body or (bool(cur) and g.lang.capitalised_nouns and _names_fields(g, [*cur, tok]))
        connector = connector or (joined and body)  # `Department for Transport`, `Bank of England`
        if connector and g.lang.capitalised_nouns:
            # "Ursula von der Leyen", "Zentralverband des Deutschen Bäckerhandwerks" (a body and its
            # genitive), "Innenminister Friedrich von Arnim" (after a first name), not "Werkstatt von Graf"
            # An article only after a particle ("von der Leyen"), not after a name: "sagte Jan Hahn der dpa";
            # a particle right after a first name ("Ursula von", "Friedrich von"), not after a surname:
            # "Sabine Krüger von der Universität Hamburg".
            article = tok.low in {"des", "der"}
            body = (article and is_body_noun(g, cur[-1].low)) or _names_fields(g, [*cur, tok])
            # (a title of nobility before its particle and the family's name: `Freiin von Aichelburg`, not
            # the surname Graf in `Anna Graf von der Bürgerinitiative`)
            noble = cur[-1].low in g.lang.noble_titles and i + 1 < len(tokens) and tokens[i + 1].cap
            named = noble or is_first_name(cur[-1].text)
            particle = cur[-1].low in g.lang.name_connectors if article else named
            # "Jürgen Falk von der Universität Mannheim": a surname that is also a first name, then a body
            # (past its adjective: "von der Südmährischen Universität")
            after = [t for t in tokens[i + 1 : i + 4] if t.low not in g.lang.articles][:2]
            after = after if len(after) == 2 and after[0].text.endswith("en") else after[:1]
            bodies = any(is_body_noun(g, t.low) or t.low in g.lang.generic_bodies for t in after)
            particle = particle and not bodies
            connector = body or particle
        if not connector and cur and joined and tok.low in g.lang.field_prepositions:
            connector = _field_after_preposition(g, cur, tokens, i)  # `Asociación en Apoyo de …`
        if connector and _affiliation_after(g, cur, tokens, i):
            connector = False  # "Marco Rinaldi del Partito Liberale": the person, then their party
        if connector and tok.low in g.lang.body_conjunctions and _second_person(cur, tokens, i):
            connector = False  # "Ana Ezcaray y Marta Urbieta": two people, not a compound surname
        if connector:
            # A name word next, or one more particle before it ("Federación de Almaceneros de la Ciudad").
            nxt = tokens[i + 1 : i + 3]
            named = bool(nxt) and (
                _is_name_word(nxt[0])
                or (len(nxt) == 2 and nxt[0].low in g.lang.name_connectors and _is_name_word(nxt[1]))
            )
            if named:
                cur.append(tok)
                continue
        if cur:
            runs.append(cur)
        cur = [tok] if _is_name_word(tok) and not _breaks_run(g, tokens, i) else []
    if cur:
        runs.append(cur)
    for run in runs:
        while len(run) > 1 and run[-1].low in g.lang.name_connectors:
            run.pop()  # "Secretaria de Saúde de" before a word that broke the run
    return runs


_NICKNAME = re.compile(r"[A-Z][\w’'-]*")


def is_nickname(text: str, span: QuoteSpan) -> bool:
    """A quoted single name between the words of a name: `Robert C. “Bobby” Scott`."""
    lo, hi = span.outer_start, span.outer_end
    if not span.closed or not _NICKNAME.fullmatch(text[span.start : span.end]) or hi + 1 >= len(text):
        return False
    before = text[max(0, lo - 30) : lo].split(" ")
    name_before = len(before) >= 2 and before[-1] == "" and before[-2][:1].isupper()
    return name_before and text[hi] == " " and text[hi + 1].isupper()


# » opens German quotes, and so do ‚ › ‹ and two commas typed for „; ' opens British quotes typed straight
_BEFORE_QUOTE = re.compile(r"[.!?…][”’\"'»)\]]*\s+(?=(?:[“\"'«„‘»‚›‹]|,,)?" + MASK + ")")


def split_before_quotes(masked: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Also end a sentence before a quote that opens the next one (`… said. “…”`)."""
    out = []
    for a, b in spans:
        for m in _BEFORE_QUOTE.finditer(masked, a, b):
            out.append((a, m.start() + 1))
            a = m.end()
        out.append((a, b))
    return out


# The elided articles `l'` and `d'` and the word after them (group 1: `l'agence`, `d'Amato`).
ELIDED = re.compile(r"(?:l|d)['’](\w+)")
# Any elided word of one to five letters, article, preposition or both fused, glued to the word after
# it (`d'assurance`, `dell'ambiente`, `sull'allenatore`): group 1 the elided word with its apostrophe,
# group 2 the word. `ELIDED` is the two articles alone; `ELIDED_NOUN` the elided word before a
# lower-case word, to strip it.
GLUED = re.compile(r"([^\W\d_]{1,5}['’])([^\W\d_]+)")
