"""Dutch: so far only what tells it from other languages (no quote or sentence rules of its own yet)."""

from __future__ import annotations

from digest.lang.base import language, words

LANGUAGE = language(
    "nl",
    months=tuple(
        words(w)
        for w in (
            "januari", "februari", "maart mrt", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober okt", "november", "december",
        )
    ),
    and_words=words("en"),
    published_words=words("gepubliceerd"),
    function_words=words("de het een van en is dat op te zijn voor met niet die aan er"),
    wordfreq="nl",
)
