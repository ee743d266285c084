"""Text folding and tokenising for matching: case, accents and width folded; words of any script.

`nfc` composes what some CMSs write decomposed (u + combining mark); `fold` makes "Café", "CAFE"
and the full-width "ＣＡＦＥ" equal. `tokens` splits folded text into
words; scripts written without spaces (Chinese, Japanese, Korean, Thai, ...) come out as whole runs,
which callers match by substring. The tokenising pattern is fixed here and never built from input.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import regex

_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\u30fc\u3005"
_START = rf"[[\p{{L}}\p{{N}}]--[{_UNSPACED}]]"
_CONT = rf"[[\p{{L}}\p{{N}}\p{{M}}]--[{_UNSPACED}]]"
_TOKEN = regex.compile(
    rf"(?P<run>[{_UNSPACED}][{_UNSPACED}\p{{M}}]*)|(?P<word>{_START}{_CONT}*(?:'{_START}{_CONT}*)*)",
    regex.V1,
)
# `_TOKEN` for a text holding no character of an unspaced script, where its set differences take
# nothing away: the same tokens, in half the time.
_UNSPACED_CHAR = regex.compile(rf"[{_UNSPACED}]")
_SPACED_WORD = r"[\p{L}\p{N}][\p{L}\p{N}\p{M}]*"
_SPACED_TOKEN = regex.compile(rf"()({_SPACED_WORD}(?:'{_SPACED_WORD})*)", regex.V1)
# `_SPACED_TOKEN` without its groups: the words alone, as strings (findall builds no pairs).
_SPACED_WORDS = regex.compile(rf"{_SPACED_WORD}(?:'{_SPACED_WORD})*", regex.V1)
# Marks written for an apostrophe, replaced one by one (str.translate with a table is far slower).
_APOSTROPHES = ("\u2019", "\u02bc", "\u2018", "`", "\uff07")
# Marks on Latin, Greek and Cyrillic letters (below U+0530) are dropped; other scripts keep theirs.
_FOLDABLE_MARKS = regex.compile(r"([a-zA-Z\u00c0-\u052f])\p{M}+")
_WORD_CHARS = 40


class Token(NamedTuple):
    """A folded word, or a run of an unspaced script (`run=True`)."""

    text: str
    run: bool


def nfc(text: str) -> str:
    """`text` in Unicode NFC: "u" + combining diaeresis becomes "ü", so exact matching works."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def casefold(text: str) -> str:
    """Compatibility-normalise and case-fold, apostrophes made one; accents kept (for stemmers)."""
    if text.isascii():
        # ASCII is its own NFKC form and folds to lower case; "`" is the only apostrophe mark in it
        text = text.lower()
        return text.replace("`", "'") if "`" in text else text
    text = unicodedata.normalize("NFKC", text).casefold()
    for mark in _APOSTROPHES:
        text = text.replace(mark, "'")
    return text


def fold(text: str) -> str:
    """Compatibility-normalise, case-fold and strip accents from Latin, Greek and Cyrillic letters.
    A word written in other than ASCII (up to `_WORD_CHARS` characters) is folded once, then
    remembered: a text's words are folded by one reader after another (terms, stems, places, roles),
    and such a word takes 5-10 us, an ASCII one a fraction of that."""
    if text.isascii():
        return casefold(text)
    return _fold_word(text) if len(text) <= _WORD_CHARS else _fold(text)


@lru_cache(maxsize=20_000)
def _fold_word(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    text = casefold(text)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _FOLDABLE_MARKS.sub(r"\1", decomposed))


def strip_possessive(word: str) -> str:
    """Drop a possessive ending: "kherson's" → "kherson"; other apostrophes ("o'brien") stay."""
    return word[:-2] if word.endswith("'s") and len(word) > 2 else word


def tokens(text: str, *, folded: bool = False) -> Iterator[Token]:
    """Yield the tokens of `text` (folded first unless `folded`); possessive "'s" is removed."""
    for run, word in token_pairs(text, folded=folded):
        if run:
            yield Token(run, True)
        else:
            yield Token(strip_possessive(word), False)


def token_pairs(text: str, *, folded: bool = False) -> list[tuple[str, str]]:
    """The tokens of `text` as the tokenising pattern finds them, without making `Token`s (a reader
    of many texts saves their cost): a run of an unspaced script as (run, ""), a word as ("", word),
    its possessive "'s" still on."""
    if not folded:
        text = fold(text)
    # whether any character is of an unspaced script, asked of each distinct character once
    pattern = _TOKEN if _UNSPACED_CHAR.search("".join(set(text))) else _SPACED_TOKEN
    return pattern.findall(text)


def spaced_words(text: str) -> list[str] | None:
    """The words of folded `text` as `token_pairs` finds them (possessive "'s" still on), when it holds
    no character of an unspaced script; None when it does (`token_pairs` then tells runs from words).
    Plain strings, not pairs: a reader of many texts (the story merge's terms) saves their cost."""
    if _UNSPACED_CHAR.search("".join(set(text))):
        return None
    return _SPACED_WORDS.findall(text)


def is_latin_word(word: str) -> bool:
    """True for words of ASCII letters only (the ones English plural rules apply to)."""
    return word.isascii() and word.isalpha()


def is_cyrillic_word(word: str) -> bool:
    return all("\u0400" <= ch <= "\u04ff" for ch in word)
