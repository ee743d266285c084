"""Split text into sentences given as character spans, so every sentence is a verbatim substring.

Rule based and language-light: terminal punctuation followed by a sentence start, with the usual
exceptions (titles such as Mr. and Dr., initials, U.S., Jan. 5, No. 3, German ordinal dates),
closing quotes after the full stop (.\"  .”  .»  .“), line breaks, and image captions that news
pages fuse into the next sentence without any punctuation ("... on Friday He said ...").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from digest.lang import resources
from digest.lang.names import is_first_name, zipf


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Terminal punctuation, then closing quotes/brackets (French may put a space before »).
# Besides . ! ? …: the Devanagari danda, the Arabic question mark and Urdu full stop, the Armenian,
# Ethiopic, Myanmar and Khmer full stops, the Greek question mark (";" after a Greek letter too).
# Each pattern here opens with the character class its match starts with, the lookbehinds after it:
# the regex engine then skips straight to those characters (several times faster on a long text).
_TERMINAL = ".!?…।॥؟۔։።။។\u037e"
_CLOSERS = r"(?:[\"'”’“»›)\]]|[ \u00a0\u202f][»›])*+"
_END = re.compile(
    rf"[{_TERMINAL};。！？](?<![{_TERMINAL}。！？].)"
    rf"(?:(?<=[{_TERMINAL}])[{_TERMINAL}]*+{_CLOSERS}(?=\s)|(?<=[\u0370-\u03ff\u1f00-\u1fff];){_CLOSERS}(?=\s)"
    r"|(?<=[。！？])[。！？]*+[」』）”’]*+)"
)
_OPENERS = "\"'“‘„«‚‹([¿¡"
_NEXT_WORD = re.compile(r"[\s\"'“‘„«‚‹(\[]*([\w.]+)")
_INITIALS = re.compile(r"(?:\w\.)+\w")
_NEWLINE = re.compile(r"\n")

@dataclass(frozen=True)
class _Rules:
    """The abbreviation rules of one language (with English, which news in every language quotes):
    `titles` never end a sentence, `soft` ones only before a common sentence `starters`, and a day
    number before a month name is an ordinal ("5. Mai")."""

    titles: frozenset[str]
    soft: frozenset[str]
    starters: frozenset[str]
    months: frozenset[str]
    # The language's function words and speech verbs: after one, a capitalised word before a colon
    # is no caption's label ("escreveu no Instagram: “…”", "ha scritto su Facebook: «…»").
    glue: frozenset[str] = frozenset()


_UNKNOWN_LANGUAGE = ("en", "de", "fr", "ru")


@lru_cache(maxsize=64)
def _rules(language: str | None) -> _Rules:
    own = resources(language)
    langs = [resources("en"), own] if own.code != "und" else [resources(c) for c in _UNKNOWN_LANGUAGE]
    return _Rules(
        titles=frozenset().union(*(lang.abbreviations for lang in langs)),
        soft=frozenset().union(*(lang.soft_abbreviations for lang in langs)),
        starters=frozenset().union(*(lang.sentence_starters for lang in langs)),
        months=frozenset().union(*(forms for lang in langs for forms in lang.months)),
        glue=_GLUE_BEFORE | _SPEECH | (
            own.stopwords | own.phrase_breaks | own.articles | own.speech_verbs
            if own.code not in {"en", "und"} else frozenset()
        ),
    )


# Caption cues inside a run with no terminal punctuation.
_CAP_WORD = re.compile(r"[ \u00a0](?<=[\w)’'%][ \u00a0])[ \u00a0]*(?=([A-Z][\w’'-]*)\b(?! [A-Z]))")
_CAP_QUOTE = re.compile(r"[ \u00a0](?<=[\w)%][ \u00a0])[ \u00a0]*(?=[‘'“\"][A-Z])")
_CAP_LABEL = re.compile(
    r"[ \u00a0](?<=[\w)][ \u00a0])[ \u00a0]*(?=[A-Z][\w’'-]*((?: [a-z][\w’'-]*){0,4}): [‘'“\"A-Z])"
)
# Words that start a new sentence even right after a name ("... on Friday He said ...").
_STRONG_STARTERS = _set("The An He She They We His Her Their This These Those But When While After Speaking")
# Words that start a new sentence only after a lower-case word ("Nurse A", "Metropolitan Police").
_WEAK_STARTERS = _set("A In On At It Its Last Earlier Yesterday Today Now Police Officers Pictured")
_GLUE_BEFORE = _set(
    "the a an of in on at by to for from with and or but as than that is was are were be been "
    "called named titled dubbed read watch watched star stars starred film show song album "
    "book novel series magazine newspaper paper into onto about like via per vs v versus"
)
_SPEECH = _set(
    "said says say saying added adding told tell telling explained wrote writing tweeted continued "
    "insisted admitted claimed stated asked replied"
)
_DAY = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b"
)
_QUOTE_CLOSE = re.compile(r"[,.!?][’'”\"]")
# Page furniture that news sites fuse into the next sentence ("Scroll down for video The ...").
_FURNITURE = re.compile(
    r"\b(?i:scroll down for (?:the )?(?:videos?|more)|watch the video below)(?=[ \u00a0]+[\"'“‘A-Z0-9])"
)


def _is_start(text: str, i: int) -> bool:
    """Whether a sentence may start at `text[i]` (after any opening quotes)."""
    n = len(text)
    while i < n and text[i] in _OPENERS:
        i += 1
    if i >= n:
        return False
    ch = text[i]
    return ch.isupper() or ch.isdigit() or (ch.isalpha() and not ch.islower())


def _next_word(text: str, i: int) -> str:
    m = _NEXT_WORD.match(text[i : i + 40])
    return m.group(1).rstrip(".") if m else ""


def _abbreviation_blocks(rules: _Rules, text: str, start: int, end: int) -> bool:
    """Whether the '.' ending at `end` belongs to an abbreviation, initial or ordinal, not a sentence end."""
    word = _word_before(text, start)
    if not word:
        return False
    word = word.lstrip(_OPENERS)
    low = word.lower()
    nxt = _next_word(text, end)
    if not word:
        return False
    if low in rules.titles or low.rpartition("-")[2] in rules.titles:
        return True  # `Mr.`, and one after a hyphen: `(D-St. Paul)`, `ex-Gov. Lee`
    if len(word) == 1 and word.isalpha():
        return True
    if low in rules.soft or _INITIALS.fullmatch(low):
        return nxt.lower() not in rules.starters
    return low.isdigit() and len(low) <= 2 and nxt.lower() in rules.months


def _punctuation_cuts(rules: _Rules, text: str, lo: int, hi: int) -> list[int]:
    """Cut offsets inside `text[lo:hi]` (one line) at sentence-final punctuation."""
    cuts = []
    for m in _END.finditer(text, lo, hi):
        start, end = m.span()
        punct = text[start:end]
        if punct[0] in "。！？":
            cuts.append(end)
            continue
        if end >= hi or not _is_start(text, _skip_space(text, end, hi)):
            continue
        full_stop = punct.startswith(".") and not punct.startswith("..")
        if full_stop and _abbreviation_blocks(rules, text, start, end):
            continue
        cuts.append(end)
    return cuts


def _skip_space(text: str, i: int, hi: int) -> int:
    while i < hi and text[i].isspace():
        i += 1
    return i


def _caption_cuts(rules: _Rules, text: str, lo: int, hi: int) -> list[int]:
    """Cut offsets inside one punctuation-free run where a caption runs into the next sentence."""
    cuts = {m.end() for m in _FURNITURE.finditer(text, lo, hi)}
    for m in _CAP_WORD.finditer(text, lo, hi):
        word = m.group(1)
        if word not in _STRONG_STARTERS and word not in _WEAK_STARTERS:
            continue
        before = _word_before(text, m.start())
        if before.lower() in rules.glue or _possessive(before):
            continue
        if word in _STRONG_STARTERS or (word in _WEAK_STARTERS and not before[:1].isupper()):
            cuts.add(m.end())
    for m in _CAP_QUOTE.finditer(text, lo, hi):
        before = _word_before(text, m.start()).lower()
        if before in rules.glue:
            continue
        close = _QUOTE_CLOSE.search(text, m.end() + 1, min(hi, m.end() + 400))
        if close and len(text[m.end() : close.start()].split()) >= 4:
            cuts.add(m.end())
    for m in _CAP_LABEL.finditer(text, lo, hi):
        before = _word_before(text, m.start())
        rest = m.group(1).split()
        if _SPEECH.intersection(rest) or before.lower() in rules.glue or _possessive(before):
            continue  # (`told the BBC’s Today programme: “…”`: a possessive goes on to its noun)
        if _DAY.match(text, _skip_space(text, m.start(), hi)):
            continue  # `Lee said Tuesday: “…”`, `wrote late Sunday: “…”`: a time, not a caption's label
        if is_first_name(before) and not zipf(text[m.end() : m.end() + 40].split()[0], "en"):
            continue  # `Jana Vok replied: “…”`: a first name, then a surname (no common word), no label
        if rest or not before[:1].isupper():
            cuts.add(m.end())
    return sorted(c for c in cuts if lo < c < hi)


def _possessive(word: str) -> bool:
    """`BBC’s`, `city's`: a word that goes on to the noun it owns, never the end of a sentence."""
    return len(word) > 2 and word.endswith(("’s", "'s"))


def _word_before(text: str, i: int) -> str:
    """The word that ends at `i` (or just before a line break there), within 40 characters; "" if none."""
    end = i - 1 if text[i - 1 : i] == "\n" else i
    window = text[max(0, i - 40) : end]
    return "" if not window or window[-1].isspace() else window.rsplit(None, 1)[-1]


def _lines(text: str) -> list[tuple[int, int]]:
    """Line spans; a line break inside a wrapped sentence (lower case on both sides) does not count."""
    spans = []
    start = 0
    for m in _NEWLINE.finditer(text):
        after = text[m.end() : m.end() + 2].lstrip(" \t")
        before = text[max(start, m.start() - 80) : m.start()].rstrip() if after[:1].islower() else ""
        if before and before[-1].islower():
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def sentence_spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """Character spans `(start, end)` of the sentences of `text`, in order, trimmed, never empty."""
    rules = _rules(language)
    spans: list[tuple[int, int]] = []
    for lo, hi in _lines(text):
        bounds = [lo, *_punctuation_cuts(rules, text, lo, hi), hi]
        for a, b in itertools.pairwise(bounds):
            inner = [a, *_caption_cuts(rules, text, a, b), b]
            for s, e in itertools.pairwise(inner):
                s, e = _trim(text, s, e)
                if s < e:
                    spans.append((s, e))
    return spans


def split_sentences(text: str, language: str | None = None) -> list[str]:
    """The sentences of `text`, each a verbatim substring, in reading order."""
    return [text[a:b] for a, b in sentence_spans(text, language)]
