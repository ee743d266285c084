"""Lengths and words in any script: a text's length in "words" whatever it is written in, and its
word tokens (character pairs for Chinese and Japanese, which are written without spaces).

A digest's budget is counted in words; in scripts written without spaces a word is a number of
characters: about 1.7 Han characters or 2.5 kana carry what one English word does, and about 4
Thai, Lao, Khmer or Myanmar letters. So a Chinese digest is as short as an English one.
"""

from __future__ import annotations

import re

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = "\u3040-\u30ff\u31f0-\u31ff"
_SOUTHEAST = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_DENSE = re.compile(f"[{_HAN}]|(?P<kana>[{_KANA}])|(?P<sea>[{_SOUTHEAST}])")
_DENSE_RUN = re.compile(f"[{_HAN}{_KANA}]+")
_ANY_DENSE = re.compile(f"[{_HAN}{_KANA}{_SOUTHEAST}]")  # one character class: a fast first look
_WORD = re.compile(r"\w+")
HAN_PER_WORD, KANA_PER_WORD, SOUTHEAST_PER_WORD = 1.7, 2.5, 4.0


def word_length(text: str) -> float:
    """The length of `text` in words: spaced words (whitespace-separated) count one each, dense
    scripts by characters."""
    if not _ANY_DENSE.search(text):
        return float(len(text.split()))
    han = kana = sea = 0
    for m in _DENSE.finditer(text):
        if m.group("kana"):
            kana += 1
        elif m.group("sea"):
            sea += 1
        else:
            han += 1
    spaced = sum(1 for chunk in _DENSE.sub(" ", text).split() if _WORD.search(chunk))
    return spaced + han / HAN_PER_WORD + kana / KANA_PER_WORD + sea / SOUTHEAST_PER_WORD


def word_tokens(text: str) -> list[str]:
    """Lower-case word tokens; runs of Han characters and kana become overlapping character pairs."""
    low = text.lower()
    if not _DENSE_RUN.search(low):
        return _WORD.findall(low)
    out: list[str] = []
    for m in _WORD.finditer(low):
        token = m.group()
        pos = 0
        for run in _DENSE_RUN.finditer(token):
            if run.start() > pos:
                out.append(token[pos : run.start()])
            chars = run.group()
            out.extend(chars[i : i + 2] for i in range(max(1, len(chars) - 1)))
            pos = run.end()
        if pos < len(token):
            out.append(token[pos:])
    return out
