"""Dutch: so far only what tells it from other languages (no quote or sentence rules of its own yet)."""

from __future__ import annotations

from digest.lang.base import language, words

LANGUAGE = language(
    "nl",
    function_words=words("de het een van en is dat op te zijn voor met niet die aan er"),
    wordfreq="nl",
)
