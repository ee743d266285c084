"""The language a text is written in, by py3langid: langid.py's naive Bayes model over byte n-grams,
97 languages, shipped inside its wheel (nothing is downloaded).

`identify(text)` gives the ISO 639-1 code of any language the model knows ("uk", "be", "gl", "ja"),
also those without a module in digest/lang, or None when the text has too few letters to tell or
the model is unsure. Regional varieties fold into their macrolanguage ("arz" Egyptian Arabic → "ar",
"yue" Cantonese → "zh"); a language with no ISO 639-1 code keeps its ISO 639-3 one. The model
(about 75 MB in memory, about a second to load) is loaded once per process, on the first call;
the engine pool's forkserver loads it up front (`digest.preload`) so its workers share one copy.
"""

from __future__ import annotations

import re
import threading
from itertools import islice
from typing import Any

MAX_CHARS = 5000  # the model's answer is settled long before this; a whole page only costs time
MIN_LETTERS = 10  # fewer letters than this ("Москва", "München", "COVID-19") name no language
MIN_CONFIDENCE = 0.25  # normalised probability of the best language below which we do not guess
_LETTER = re.compile(r"[^\W\d_]")
_NO_LANGUAGE = "zxx"
_MACROLANGUAGE = {"arz": "ar", "ary": "ar", "yue": "zh", "wuu": "zh", "uzs": "uz", "gug": "gn", "sdh": "ku"}
_lock = threading.Lock()


_loaded: list[Any] = []


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
    if len(list(islice(_LETTER.finditer(sample), MIN_LETTERS))) < MIN_LETTERS:
        return None
    code, confidence = model().classify(sample)
    if code == _NO_LANGUAGE or confidence < MIN_CONFIDENCE:
        return None
    return _MACROLANGUAGE.get(code, code)
