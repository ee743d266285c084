"""Sentence embeddings for story merging and topic matching, from a model shipped inside a wheel.

The model is WordLlama's 256-dimension "l2_supercat" (a 16 MB table of token vectors, averaged and
normalised per text), which its PyPI wheel carries with its tokenizer. It is loaded once per
process: the bot loads it at start-up (`digest.stories.cluster.load_data`), anything else on
first use. It was trained on English text:
`LANGUAGES` says which languages its vectors mean something for, and never downloads anything: the
loader is pointed at the installed package folder as its cache (WordLlama looks for the tokenizer
it ships under a misnamed folder and would otherwise fetch it) with downloads disabled. When the
package is missing or its files are damaged, `embed` returns None and callers fall back to words.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from digest.article.extract import STOPWORD_SETS, WORD_RE

log = logging.getLogger(__name__)

DIMENSIONS = 256
MODEL_TAG = b"wl256:"  # what `pack` writes first: a vector stored by another model is embedded again
LANGUAGES = frozenset({"en"})
MAX_TOKENS_PER_WORD = 2.0
_MAX_CHARS = 1000
_BATCH = 64  # texts tokenised at once (their padding to the longest is never read)
_lock = threading.Lock()
_model: Any = None
_failed = False


def _languages_of_words() -> dict[str, tuple[str, ...]]:
    """The languages each function word of `STOPWORD_SETS` belongs to: a text's function words are
    counted for every language in one pass over its words."""
    out: dict[str, list[str]] = defaultdict(list)
    for language, words in STOPWORD_SETS.items():
        for word in words:
            out[word].append(language)
    return {word: tuple(languages) for word, languages in out.items()}


_LANGUAGES_OF = _languages_of_words()


def model_folder() -> Path | None:
    """The installed WordLlama package folder (holding its weights and tokenizer), or None."""
    try:
        import wordllama
    except ImportError:
        return None
    return Path(wordllama.__file__).resolve().parent


def _load() -> Any:
    global _model, _failed
    with _lock:
        if _model is not None or _failed:
            return _model
        folder = model_folder()
        try:
            if folder is None:
                raise FileNotFoundError("the wordllama package is not installed")
            from wordllama import WordLlama

            _model = WordLlama.load(
                config="l2_supercat", dim=DIMENSIONS, cache_dir=folder, disable_download=True
            )
        except Exception:
            log.warning("embedding model unavailable; stories and topics match on words only", exc_info=True)
            _failed = True
        return _model


def knows(language: str | None, text: str) -> bool:
    """Whether the model knows the language of a text: as tagged (`language`), else by its function
    words (two or more, more than any other language has: a title and lead are short)."""
    code = (language or "").split("-")[0].lower()
    if not code:
        counts = Counter(
            lang for word in WORD_RE.findall(text.lower()) for lang in _LANGUAGES_OF.get(word, ())
        )
        top = counts.most_common(2)
        if top and top[0][1] >= 2 and (len(top) < 2 or top[0][1] > top[1][1]):
            code = top[0][0]
    return code in LANGUAGES


def available() -> bool:
    """Whether the embedding model loads in this process (it is loaded on the first call)."""
    return _load() is not None


def embed(texts: Sequence[str], *, readable_only: bool = False) -> np.ndarray | None:
    """Unit-length float32 vectors, one row per text (an empty text gets a zero row); None when the
    model is unavailable. With `readable_only`, a text the model cannot read (more than
    `MAX_TOKENS_PER_WORD` tokens a word: made-up words, a script or language its vocabulary
    hardly covers, where all vectors look alike) gets a zero row too."""
    model = _load()
    if model is None:
        return None
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    clipped = [text[:_MAX_CHARS] if text.strip() else "." for text in texts]
    vectors, counts = _pooled(model, clipped)
    blank = [not text.strip() for text in texts]
    if readable_only:
        blank = [
            empty or count > MAX_TOKENS_PER_WORD * max(1, len(text.split()))
            for empty, count, text in zip(blank, counts, clipped, strict=True)
        ]
    vectors[blank] = 0.0
    return np.nan_to_num(vectors)


def pack(vector: np.ndarray) -> bytes:
    """A vector of `embed` as stored with its article: the model's tag, then its float32 figures, so a
    round reads what it would have computed (a zero row, a text the model cannot read, is the tag
    alone)."""
    if not vector.any():
        return MODEL_TAG
    return MODEL_TAG + vector.astype("<f4").tobytes()


def unpack(data: bytes | None) -> np.ndarray | None:
    """The float32 vector `pack` stored (a zero row for the tag alone); None when it was packed by
    another model or is damaged, so the caller embeds the text again."""
    if not data or not data.startswith(MODEL_TAG):
        return None
    body = data[len(MODEL_TAG) :]
    if not body:
        return np.zeros(DIMENSIONS, dtype=np.float32)
    if len(body) != 4 * DIMENSIONS:
        return None
    return np.frombuffer(body, dtype="<f4").astype(np.float32)


def pieces(word: str) -> list[str] | None:
    """The pieces the model's tokenizer cuts a word into, without the word-start mark ("wildfire":
    "wild", "fire"); None when the model is unavailable."""
    model = _load()
    if model is None:
        return None
    encoded = model.tokenizer.encode(word, add_special_tokens=False)
    return [piece for piece in (token.lstrip("\u2581") for token in encoded.tokens) if piece]


def _pooled(model: Any, texts: list[str]) -> tuple[np.ndarray, list[int]]:
    """Each text's vector as WordLlama's `embed(texts, norm=True)` gives it (the mean of its token
    vectors, to unit length; the same float32 figures), and its number of tokens, from one
    tokenisation (`embed` tokenised a text again to count its tokens) and without padding each
    batch's token vectors to its longest text's: half the time of a round's embeddings."""
    table = model.embedding
    out = np.empty((len(texts), table.shape[1]), dtype=np.float32)
    counts: list[int] = []
    for start in range(0, len(texts), _BATCH):
        encoded = model.tokenizer.encode_batch(texts[start : start + _BATCH], add_special_tokens=False)
        for row, encoding in enumerate(encoded, start):
            count = sum(encoding.attention_mask)
            ids = np.clip(np.array(encoding.ids[:count], dtype=np.int32), 0, table.shape[0] - 1)
            out[row] = np.sum(table[ids], axis=0, dtype=np.float32) / np.float32(max(count, 1))
            counts.append(count)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out, counts
