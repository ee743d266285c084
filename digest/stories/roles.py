"""Roles linked to names across a round: "the prime minister" in one report is the "Prime Minister
Jane Doe" another report of the same round names.

Outlets name a person once and then, or in another outlet's copy, by role only: "Health Minister
Marta Leitão resigned" and "Portugal's health minister quits". `links` learns, from the round
itself (no knowledge base), which person each role phrase stands for, a role word followed by a
capitalised name ("Interior minister Ferrand", "Bundeskanzler Merz", "президент Макрон"), and
gives each text the surnames of the people it names by role. A role phrase that names two people
in the round ("President X" and "President Y") stands for nobody. The role is kept with the word
before it ("health minister", "finance minister"), so one minister is not another; a bare role
("the minister", "der Kanzler", "the president") stands for nobody: in a round of many stories it
would link reports of different events through their different ministers.
German, Dutch and Swedish write a role into a compound ("Gesundheitsministerin"), Russian and
Ukrainian with a hyphen ("премьер-министр"): there the compound is the key and its last part the
bare role; Cyrillic roles are matched by their stem ("министра", "президентом").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import repeat

import regex

from digest.article.extract import STOPWORD_SETS
from digest.article.textnorm import fold

_ROLE_TEXT = """
    minister president chancellor mayor governor premier ceo chairman chairwoman chair secretary
    spokesman spokeswoman spokesperson commissioner senator prosecutor ambassador coach manager
    director leader
    ministerin präsident präsidentin kanzler kanzlerin bürgermeister bürgermeisterin chef chefin
    sprecher sprecherin vorsitzende vorsitzender trainer regierungschef regierungschefin
    ministre présidente maire porte-parole patron directeur directrice préfet préfète
    ministro ministra presidenta alcalde alcaldesa gobernador gobernadora portavoz directora
    consejero consejera sindaco governatore portavoce direttore allenatore prefeito prefeita
    governador governadora autarca porta-voz diretor diretora
    минист премьер-минист президент премьер мэр губернатор канцлер председател директор
    гендиректор спикер тренер міністр прем'єр-міністр прем'єр мер голов
"""
_ROLES = frozenset(fold(word) for word in _ROLE_TEXT.split())
_CYRILLIC_ROLES = tuple(r for r in _ROLES if not r.isascii() and "\u0400" <= r[0] <= "\u04ff")
_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "nb", "no"})
_FUNCTION_WORDS = frozenset(fold(w) for words in STOPWORD_SETS.values() for w in words)
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*")
_MAX_NAME = 3
_MIN_COMPOUND_PART = 3
_MIN_NAME = 3


def links(texts: Sequence[str], codes: Sequence[str | None]) -> list[list[str]]:
    """For each text (in the language of `codes`), the surnames of the people it names by a role
    that the round links to one person only."""
    people: dict[str, set[str]] = defaultdict(set)
    found: list[tuple[tuple[str, str, str | None], ...]] = []
    for text, code in zip(texts, codes, strict=True):
        uses = _uses(text, code)
        found.append(uses)
        for key, _, surname in uses:
            if surname:
                people[key].add(surname)
    out = []
    for uses in found:
        names: list[str] = []
        for key, bare, _ in uses:
            person = people.get(key)
            if person and len(person) == 1 and key != bare:
                names.extend(person)
        out.append(list(dict.fromkeys(names)))
    return out


@lru_cache(maxsize=20_000)
def _uses(text: str, code: str | None) -> tuple[tuple[str, str, str | None], ...]:
    """A text's role phrases (`_roles`), their keys tagged with the language, cached: a round's links
    change, a text's roles do not (outlets run one wire report word for word; a bot reads a recent
    article again in every round)."""
    named = any(map(_role, _WORD.findall(text), repeat(code)))  # most texts name no role
    tokens = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)] if named else []
    language = (code or "").split("-")[0]
    return tuple(
        (f"{language}:{key}", f"{language}:{bare}", name) for key, bare, name in _roles(text, tokens, code)
    )


@lru_cache(maxsize=100_000)
def _role(word: str, code: str | None) -> tuple[str, ...] | None:
    """The role a word is, as (its compound, its bare role) or (role,); None when it is none."""
    low = fold(word)
    if low in _ROLES:
        return (low,)
    if low.startswith(_CYRILLIC_ROLES):
        head = max((r for r in _CYRILLIC_ROLES if low.startswith(r)), key=len)
        if len(low) - len(head) > 3:
            return None
        return (head, head.rsplit("-", 1)[1]) if "-" in head else (head,)
    if (code or "").split("-")[0] in _COMPOUNDING:
        for cut in range(_MIN_COMPOUND_PART, len(low) - _MIN_COMPOUND_PART + 1):
            if low[cut:] in _ROLES:
                return (low, low[cut:])
    return None


def _roles(
    text: str, tokens: list[tuple[str, int, int]], code: str | None
) -> list[tuple[str, str, str | None]]:
    """The role phrases of a text as (key, bare role, surname after it or None): the key is the
    role with the word before it when that word qualifies it ("health minister"), a compound
    role whole ("gesundheitsministerin"), else the bare role."""
    out: list[tuple[str, str, str | None]] = []
    for i, (word, start, _) in enumerate(tokens):
        role = _role(word, code)
        if role is None:
            continue
        key, bare = role[0], role[-1]
        if len(role) == 1 and i > 0 and text[tokens[i - 1][2] : start] == " ":
            before = fold(tokens[i - 1][0])
            if before not in _FUNCTION_WORDS and not before.endswith("'s") and _role(before, code) is None:
                key = f"{before} {bare}"
        out.append((key, bare, _surname(text, tokens, i, code)))
    return out


def _surname(text: str, tokens: list[tuple[str, int, int]], i: int, code: str | None) -> str | None:
    """The last word of a run of capitalised words right after token i (a comma allowed before
    it: "the prime minister, Jane Doe"), when there is one."""
    name = None
    end = tokens[i][2]
    for j in range(i + 1, min(len(tokens), i + 1 + _MAX_NAME)):
        word, start, stop = tokens[j]
        gap = text[end:start]
        if gap not in (" ", ", ") or (gap == ", " and j != i + 1):
            break
        if not word[:1].isupper() or fold(word) in _FUNCTION_WORDS or _role(word, code):
            break
        name, end = word, stop
    return fold(name) if name and len(name) >= _MIN_NAME else None
