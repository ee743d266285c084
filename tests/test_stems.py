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


def test_stems_come_from_the_compiled_snowball_and_agree_with_the_pure_python_one() -> None:
    from snowballstemmer.english_stemmer import EnglishStemmer
    from snowballstemmer.german_stemmer import GermanStemmer
    from snowballstemmer.russian_stemmer import RussianStemmer
    from snowballstemmer.spanish_stemmer import SpanishStemmer

    from digest.stories.stems import _stemmer

    assert type(_stemmer("de")).__module__ == "Stemmer"
    invented = {
        "en": (EnglishStemmer(), "the ferrymen were rescuing stranded walkers near harbours"),
        "de": (GermanStemmer(), "die fährleute retteten gestrandete wanderer an den häfen"),
        "es": (SpanishStemmer(), "los barqueros rescataron a caminantes varados en los puertos"),
        "ru": (RussianStemmer(), "паромщики спасали застрявших путников у причалов"),
    }
    for code, (pure, text) in invented.items():
        for word in text.split():
            assert _stemmer(code).stemWord(word) == pure.stemWord(word)
