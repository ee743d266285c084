"""Pick the key sentences of an article: deterministic, extractive, lead-biased, within a word budget.

Each of the first sentences gets a score from a few plain signals: its position (news puts the
story first), how much its words recur in the rest of the text (what the story is
about), how much it shares with the opening sentence, whether it is a quote or a fragment. The
best-scoring sentences are taken while they fit the word target and do not repeat what was already
taken; a strong sentence may overshoot the target, a middling one only fills it, a weak one only
part of it (the first pick excepted). They are returned in reading order. The weights were fitted by
least squares against ROUGE precision on the dev split of the project's CNN/DailyMail eval set and
rounded; the three score thresholds were chosen on the same split. Content words leave out the
article language's stopwords; lengths are counted in words of the text's script
(`digest.lang.script`), so a Chinese digest is as short as an English one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from digest.lang import resources
from digest.lang.script import word_length, word_tokens
from digest.summary.segment import sentence_spans


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_TOKEN = re.compile(r"\w+")
_END = re.compile(r"[.!?…。！？][\"'”’“»)\]]*$")
_QUOTE_START = re.compile(r"^[\"'“‘„«‚‹]")
_QUOTE_ANY = re.compile(r"[\"“‘„«‚‹]|(?:^|\s)'")
_CANDIDATES = 8  # only the opening sentences compete (twice the sentences asked for, if more)
_MIN_WORDS = 6  # shorter ones are fragments, datelines or bylines
# How far each kind of sentence may take the total, as a share of the word target: a strong one
# (score >= _STRONG) past it, a middling one up to it, a weak one (score < _WEAK) only part of the
# way, so a short digest leaves it out (it costs more words than it adds).
_STRONG, _WEAK = 0.22, 0.18
_STRONG_FILL, _MIDDLING_FILL, _WEAK_FILL = 1.2, 1.0, 0.7
_REDUNDANT = 0.5  # share of content words that makes a sentence a near-duplicate
_QUOTE_MATCH = 0.8
_INSIDE_QUOTE = 0.1
# Quotation marks: opening (“ ‘ „ « or a straight quote after a space) and closing (” » or a quote
# after punctuation, before a space); apostrophes inside words are neither.
_QUOTE_MARK = re.compile(
    r"(?P<close>(?<=\S)“|[”»]|(?<=[.,!?;:\w])[’'\"](?=\s|$|[.,;:!?)]))|(?P<open>[“‘„«]|(?:^|(?<=\s))[\"'](?=\S))"
)


@dataclass
class _Candidate:
    index: int
    text: str
    words: float
    content: frozenset[str]
    in_quote: bool = False
    score: float = 0.0


def _content(sentence: str, stop: frozenset[str]) -> frozenset[str]:
    return frozenset(word_tokens(sentence)) - stop


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _only_quote(content: frozenset[str], avoid: Sequence[frozenset[str]]) -> bool:
    """Whether the sentence says little beyond one of the quotes shown with the digest."""
    return any(
        content and q and len(content & q) >= _QUOTE_MATCH * len(content) and len(q) >= 0.6 * len(content)
        for q in avoid
    )


def _score(c: _Candidate, first: frozenset[str], df: Counter[str]) -> float:
    """Expected share of the sentence that an editor's summary would reuse (fitted, see module doc)."""
    recur = sum(min(df[w] - 1, 5) for w in c.content) / len(c.content) if c.content else 0.0
    return (
        0.21
        + 0.026 / (c.index + 1)
        - 0.107 * min(c.index, 10) / 10
        + 0.037 * (not _END.search(c.text))
        + 0.066 * recur
        - 0.029 * bool(_QUOTE_START.match(c.text))
        - 0.021 * bool(_QUOTE_ANY.search(c.text))
        + 0.114 * (_overlap(c.content, first) if c.index else 0.0)
        - 0.03 * min(c.words, 60) / 60
        - 0.074 * (c.words < 8)
        - _INSIDE_QUOTE * c.in_quote
    )


def _inside_quote(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """For each span, whether it starts inside a quotation left open by an earlier sentence."""
    marks = list(_QUOTE_MARK.finditer(text, 0, spans[-1][0] if spans else 0))
    inside: list[bool] = []
    open_quote = False
    k = 0
    for start, _end in spans:
        while k < len(marks) and marks[k].start() < start:
            open_quote = marks[k].group("open") is not None
            k += 1
        inside.append(open_quote)
    return inside


@lru_cache(maxsize=4)
def _analysed(
    text: str, language: str | None
) -> tuple[list[tuple[int, int]], list[frozenset[str]], Counter[str]]:
    """Sentence spans, their content words and the words' sentence counts (the pipeline asks twice)."""
    stop = _stopwords(language)
    spans = [(a, b) for a, b in sentence_spans(text, language) if _TOKEN.search(text[a:b])]
    contents = [_content(text[a:b], stop) for a, b in spans]
    return spans, contents, Counter(w for c in contents for w in c)


def _stopwords(language: str | None) -> frozenset[str]:
    return resources(language).stopwords or resources("en").stopwords


def _candidates(text: str, avoid: Sequence[str], limit: int, language: str | None) -> list[_Candidate]:
    stop = _stopwords(language)
    spans, contents, df = _analysed(text, language)
    if not spans:
        return []
    sentences = [text[a:b] for a, b in spans]
    in_quote = _inside_quote(text, spans[:limit])
    avoided = [_content(q, stop) for q in avoid if q.strip()]
    pool = [
        _Candidate(i, s, word_length(s), contents[i], in_quote[i])
        for i, s in enumerate(sentences[:limit])
        if not _only_quote(contents[i], avoided)
    ]
    full = [c for c in pool if c.words >= _MIN_WORDS] or pool or [_Candidate(0, sentences[0], 0, contents[0])]
    for c in full:
        c.score = _score(c, contents[0], df)
    return full


def key_sentences(
    text: str, n: int = 3, max_words: int = 60, avoid: Sequence[str] = (), language: str | None = None
) -> list[str]:
    """Up to `n` (1..7) key sentences of `text`, verbatim and in reading order.

    `max_words` is the length target in words (`digest.lang.script.word_length`: Chinese, Japanese
    and Thai count characters instead). Sentences are whole, so a strongly scored one may take the
    total up to 20% past it; middling ones only fill it and weak ones only 70% of it, so a short
    digest leaves them out (the best sentence is always taken).
    `avoid` holds quotes shown beside the sentences; a sentence that is only one of them is not
    picked. Never raises; returns [] for text without words.
    """
    try:
        n = max(1, min(int(n), 7))
        target = max(0, int(max_words))
    except (TypeError, ValueError, OverflowError):
        n, target = 3, 60
    candidates = _candidates(text or "", avoid or (), max(_CANDIDATES, 2 * n), language)
    chosen: list[_Candidate] = []
    used = 0
    while len(chosen) < n:
        best: tuple[float, _Candidate] | None = None
        for c in candidates:
            if c in chosen or (chosen and used + c.words > target * _STRONG_FILL):
                continue
            repeat = max((_overlap(c.content, p.content) for p in chosen), default=0.0)
            if repeat >= _REDUNDANT:
                continue
            value = c.score * (1 - repeat)
            fill = _STRONG_FILL if value >= _STRONG else _MIDDLING_FILL if value >= _WEAK else _WEAK_FILL
            if chosen and used + c.words > target * fill:
                continue
            if best is None or value > best[0]:
                best = (value, c)
        if best is None:
            break
        chosen.append(best[1])
        used += best[1].words
    return [c.text for c in sorted(chosen, key=lambda c: c.index)]
