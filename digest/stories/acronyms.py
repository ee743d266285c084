"""Acronyms across a round: "BoE" in one report stands for "the Bank of England" another spells out,
"PM" for "the prime minister", "ECB" for "the European Central Bank".

Outlets abbreviate in headlines and short copy what others write in full. `spelled_out` learns,
from the round itself (no list of acronyms), which acronyms its reports write (two to five letters,
two or more of them capitals: "PM", "BoE", "NHS"), and gives each text the acronyms whose words it
writes in full: a run of words within one clause whose first letters spell one, with or without
the small words between ("Bank of England": "BoE" or "BE"), none of them a function word ("as
it" is no "AI"), all capitalised (a name: "Prime Minister", "European Union", "Monetary Policy
Committee"). Words in lower case spell acronyms by chance far too often ("a major power cut" is no
"MPC", "struck port" no "SP"), and what a name's acronym stands for is written as a name; a job
outlets abbreviate in lower case ("chief executive officer", "CEO") is a group of
`digest.stories.synonyms`.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence
from functools import lru_cache

import regex

from digest.article.extract import STOPWORD_SETS
from digest.article.textnorm import fold

_ACRONYM = regex.compile(r"(?<![\p{L}\d])\p{Lu}[\p{L}&]{1,4}(?![\p{L}\d])")
_LINKS = frozenset(
    ["of", "and", "for", "the", "on", "in", "de", "du", "des", "la", "le", "del", "di", "der", "für"]
)
_FUNCTION_WORDS = frozenset().union(*STOPWORD_SETS.values())
# a word (the group) or what ends a clause (the group empty)
_WORD_OR_BREAK = regex.compile(r"(\p{L}[\p{L}\p{M}'’-]*)|[.,;:!?()\[\]\"“”«»]|\s[-–—]\s")
_MIN_LETTERS, _MAX_LETTERS = 2, 5
_MIN_WORD = 3
_CONTENT, _LINK, _OTHER = 0, 1, 2
_BREAK = (None, "", _OTHER, False)
_OPENS = operator.itemgetter(0)  # of a `_word`: the initial a run may start with, or None


@lru_cache(maxsize=20_000)
def _acronyms(text: str) -> frozenset[str]:
    """The acronyms a text writes, folded: two to five letters, two or more of them capitals, not a
    function word in capitals ("IT", "WHO", "OUT"); cached: outlets run one wire report word for word,
    and a bot reads a recent article again in every round."""
    out = set()
    for match in _ACRONYM.finditer(text):
        letters = match.group(0).replace("&", "")
        if _MIN_LETTERS <= len(letters) <= _MAX_LETTERS and sum(c.isupper() for c in letters) >= 2:
            folded = fold(letters.lower())
            if folded not in _FUNCTION_WORDS:
                out.add(folded)
    return frozenset(out)


def _spelled(text: str, known: set[str], prefixes: set[str]) -> set[str]:
    """The acronyms in `known` that a run of capitalised words within one clause of `text` spells by
    their first letters (`prefixes`: every beginning of a known acronym, so that most runs are
    dropped at their first or second word). A run starts at a capitalised content word whose initial
    opens a known acronym: those are picked out in C (`compress`), not by a Python step a word."""
    found: set[str] = set()
    words = _words(text)
    for start in itertools.compress(range(len(words)), map(prefixes.__contains__, map(_OPENS, words))):
        content = every = words[start][1]
        for _, letter, kind, capital in words[start + 1 : start + 2 * _MAX_LETTERS]:
            if kind == _LINK:
                every += letter
            elif kind == _OTHER or not capital:
                break
            else:
                content, every = content + letter, every + letter
                found.update(key for key in (content, every) if key in known)
            if content not in prefixes and every not in prefixes:
                break
    return found


@lru_cache(maxsize=20_000)
def _words(text: str) -> tuple[tuple[str | None, str, int, bool], ...]:
    """A text's words as `_word` reads them, a clause's end as `_BREAK` (a word of no kind: a run stops
    there as at the end of the text); cached: outlets run one wire report word for word, and a bot
    reads a recent article again in every round, while the round's acronyms change."""
    return tuple(map(_word, _WORD_OR_BREAK.findall(text)))


@lru_cache(maxsize=100_000)
def _word(word: str) -> tuple[str | None, str, int, bool]:
    """A word's folded first letter when a run may start at it (a capitalised content word), its
    folded first letter, whether it is a content word, a link ("of") or neither (a function word, a
    short word), and whether it is capitalised; `_BREAK` for the end of a clause (no word)."""
    if not word:
        return _BREAK
    low = word.lower()
    kind = _LINK if low in _LINKS else _OTHER if len(word) < _MIN_WORD or low in _FUNCTION_WORDS else _CONTENT
    initial, capital = fold(low[0]), word[0].isupper()
    return initial if kind == _CONTENT and capital else None, initial, kind, capital


def spelled_out(texts: Sequence[str]) -> list[set[str]]:
    """For each text, the acronyms other texts of the round write that it spells out in full (and
    does not write itself), folded ("boe", "pm")."""
    written = [_acronyms(text) for text in texts]
    known = set().union(*written) if written else set()
    if not known:
        return [set() for _ in texts]
    prefixes = {acronym[:n] for acronym in known for n in range(1, len(acronym) + 1)}
    spelled = {text: _spelled(text, known, prefixes) for text in dict.fromkeys(texts)}
    return [spelled[text] - own for text, own in zip(texts, written, strict=True)]
