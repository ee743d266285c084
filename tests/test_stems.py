"""Stems per language: inflections of one word meet, and a language without a stemmer keeps the word."""

from __future__ import annotations

from digest.stories.stems import has_stemmer, stem


def test_inflections_share_a_stem() -> None:
    assert stem("моста", "ru") == stem("мост", "ru") == stem("мосту", "ru")
    assert stem("brücken", "de") == stem("brücke", "de") == "bruck"
    assert stem("trenes", "es") == stem("tren", "es")
    assert stem("fires", "en-GB") == stem("fire", "en")


def test_without_a_stemmer_the_folded_word_is_kept() -> None:
    assert not has_stemmer("uk") and not has_stemmer(None)
    assert stem("мостом", "uk") == "мостом"
    assert stem("café", None) == "cafe"
    assert stem("a320s", "en") == "a320s"
