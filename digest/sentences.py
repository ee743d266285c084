"""Pick the key sentences of an article: deterministic, extractive, lead-biased, within a word budget.

News puts the story first, so the selector walks the text in reading order and keeps sentences
that fit the word budget, skipping fragments, image captions and near-duplicates of what it
already took, and sentences that are only a quote the digest shows anyway.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.segment import sentence_spans


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_TOKEN = re.compile(r"\w+")
_END = re.compile(r"[.!?…。！？][\"'”’“»)\]]*$")
_STOP = _set(
    "a an the of in on at to for from by with and or but as is was are were be been has have had it its "
    "this that these those he she they his her their we you i not no so than then there which who whom "
    "will would can could said says also after before over into about up out more"
)
_REDUNDANT = 0.6
_MIN_WORDS = 5
_LOOKAHEAD = 12


def _content(sentence: str) -> frozenset[str]:
    return frozenset(w for w in _TOKEN.findall(sentence.lower()) if w not in _STOP)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _only_quote(sentence: str, avoid: Sequence[str]) -> bool:
    words = _content(sentence)
    return any(words and _overlap(words, _content(q)) >= 0.8 and len(_content(q)) >= 0.6 * len(words)
               for q in avoid if q.strip())


def key_sentences(text: str, n: int = 3, max_words: int = 60, avoid: Sequence[str] = ()) -> list[str]:
    """Up to `n` key sentences of `text` within about `max_words` words, verbatim and in reading order."""
    n = max(1, min(int(n), 7))
    spans = sentence_spans(text)
    sentences = [text[a:b] for a, b in spans if _TOKEN.search(text[a:b])]
    if not sentences:
        return []
    pool = [s for s in sentences[: _LOOKAHEAD + n] if not _only_quote(s, avoid)] or sentences[:1]
    full = [s for s in pool if len(s.split()) >= _MIN_WORDS and _END.search(s)] or pool
    chosen: list[str] = []
    seen: list[frozenset[str]] = []
    used = 0
    for s in full:
        words = len(s.split())
        content = _content(s)
        if chosen and used + words > max_words:
            continue
        if any(_overlap(content, c) >= _REDUNDANT for c in seen):
            continue
        chosen.append(s)
        seen.append(content)
        used += words
        if len(chosen) >= n or used >= max_words:
            break
    return chosen
