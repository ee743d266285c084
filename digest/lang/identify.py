"""The language a text is written in, by py3langid: langid.py's naive Bayes model over byte n-grams,
97 languages, shipped inside its wheel (nothing is downloaded).

`identify(text)` gives the ISO 639-1 code of any language the model knows ("uk", "be", "gl", "ja"),
also those without a module in digest/lang, or None when the text has too few letters to tell or
the model is unsure. Regional varieties fold into their macrolanguage ("arz" Egyptian Arabic → "ar",
"yue" Cantonese → "zh"); a language with no ISO 639-1 code keeps its ISO 639-3 one. The model
(about 75 MB in memory, about a second to load) is loaded once per process, on the first call;
the engine pool's forkserver loads it up front (`digest.preload`) so its workers share one copy.
`identify_many(texts)` gives the same answers for many texts at once, walking the model's byte
automaton over all of them together in numpy steps (a Python step per byte and text was most of what
a text's answer cost; the story merge guesses a round's languages so); the automaton's moves are a
view of the model's own array, no copy.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from collections.abc import Sequence
from itertools import islice
from typing import Any

import numpy as np

MAX_CHARS = 5000  # the model's answer is settled long before this; a whole page only costs time
MIN_LETTERS = 10  # fewer letters than this ("Москва", "München", "COVID-19") name no language
MIN_CONFIDENCE = 0.25  # normalised probability of the best language below which we do not guess
_LETTER = re.compile(r"[^\W\d_]")
_NO_LANGUAGE = "zxx"
_BATCH = 512  # texts walked together by `identify_many` (a byte and a feature slot each per position)
_MACROLANGUAGE = {"arz": "ar", "ary": "ar", "yue": "zh", "wuu": "zh", "uzs": "uz", "gug": "gn", "sdh": "ku"}
_lock = threading.Lock()


_loaded: list[Any] = []
_walks: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []


def model() -> Any:
    """The model, loaded from the package's own file on the first call (once, whatever the threads)."""
    with _lock:
        if not _loaded:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _loaded.append(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
        return _loaded[0]


def identify(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is written in; None when too short or unsure."""
    sample = text[:MAX_CHARS]
    if not _enough_letters(sample):
        return None
    return _answer(*model().classify(sample))


def identify_many(texts: Sequence[str]) -> list[str | None]:
    """`identify` of each text, the model's automaton walked over all of them at once: one numpy step
    per byte position moves every text's state, then each text is scored as `classify` scores it
    (its features in the order first met, so its sums are the same to the bit)."""
    samples = [text[:MAX_CHARS] for text in texts]
    kept = [i for i, sample in enumerate(samples) if _enough_letters(sample)]
    out: list[str | None] = [None] * len(texts)
    if not kept:
        return out
    identifier = model()
    encoded = [identifier._encode(samples[i]) for i in kept]
    features = _walk(identifier, encoded)
    for i, data, found in zip(kept, encoded, features, strict=True):
        out[i] = _answer(*_classify(identifier, data, found))
    return out


def _enough_letters(sample: str) -> bool:
    return len(list(islice(_LETTER.finditer(sample), MIN_LETTERS))) == MIN_LETTERS


def _answer(code: str, confidence: float) -> str | None:
    if code == _NO_LANGUAGE or confidence < MIN_CONFIDENCE:
        return None
    return _MACROLANGUAGE.get(code, code)


def _tables(identifier: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The automaton's moves, each state's row offset and each state's feature (-1: none) as numpy
    arrays, made once per process."""
    with _lock:
        if not _walks:
            moves = np.frombuffer(identifier.tk_nextmove, dtype=np.dtype(identifier.tk_nextmove.typecode))
            rows = np.asarray(identifier._rowbase, dtype=np.int64)
            _walks.append((moves, rows, np.asarray(identifier.tk_output, dtype=np.int32)))
        return _walks[0]


def _walk(identifier: Any, encoded: Sequence[bytes]) -> list[np.ndarray]:
    """Each byte string's features in the order the automaton meets them (py3langid's `visit_counts`
    walk): `_BATCH` strings of like length at a time, moved one byte a step."""
    moves, rows, output = _tables(identifier)
    out: list[np.ndarray] = [output[:0]] * len(encoded)
    by_length = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
    for start in range(0, len(encoded), _BATCH):
        batch = by_length[start : start + _BATCH]
        lengths = np.fromiter((len(encoded[i]) for i in batch), dtype=np.int64, count=len(batch))
        width = int(lengths.max())
        padded = np.zeros((len(batch), width), dtype=np.uint8)
        for row, i in enumerate(batch):
            padded[row, : len(encoded[i])] = np.frombuffer(encoded[i], dtype=np.uint8)
        met = np.empty((len(batch), width), dtype=np.int32)
        state = np.zeros(len(batch), dtype=np.int64)
        for position in range(width):
            state = moves[rows[state] + padded[:, position]]
            met[:, position] = output[state]
        met[np.arange(width) >= lengths[:, None]] = -1
        for i, row in zip(batch, met, strict=True):
            out[i] = row[row >= 0]
    return out


def _classify(identifier: Any, data: bytes, found: np.ndarray) -> tuple[str, float]:
    """py3langid's `classify` of `data`, whose automaton walk met features `found`."""
    if not len(found):
        scores = np.full(len(identifier.nb_classes), 0.0, dtype=np.float32)
    else:
        # each feature's count, in the order first met (a Counter keeps it), as py3langid counts them
        scores = identifier._sparse_score(Counter(found.tolist()), identifier.nb_ptc)
    scores *= 1.0 / math.sqrt(len(data) or 1)
    np.exp(scores - scores.max(), out=scores)
    scores /= scores.sum()
    for i, j in identifier._alias_pairs:
        scores[i] += scores[j]
        scores[j] = 0.0
    best = int(scores.argmax())
    return identifier.nb_classes[best], float(scores[best])
