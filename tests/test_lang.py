"""digest.lang: one resource module per language, chosen by code, with a neutral fallback."""

from __future__ import annotations

import pytest

from digest.lang import detect, merged, resources, supported
from digest.lang.names import common_noun


def test_every_language_module_names_its_own_code() -> None:
    codes = supported()
    assert {"en", "ru", "uk", "de", "fr", "es", "it", "pt"} <= set(codes)
    for code in codes:
        assert resources(code).code == code


@pytest.mark.parametrize("code", ["pt-BR", "PT", "pt_PT"])
def test_region_and_case_are_ignored(code: str) -> None:
    assert resources(code).code == "pt"


@pytest.mark.parametrize("code", [None, "", "xx", "zh", "../en", "base", "neutral"])
def test_unknown_language_gets_the_neutral_fallback(code: str | None) -> None:
    lang = resources(code)
    assert lang.code == "und"
    assert not lang.speech_verbs


def test_month_names_in_every_form() -> None:
    assert resources("ru").month_number("апреля") == 4
    assert resources("de").month_number("März") == 3
    assert resources("fr").month_number("août") == 8
    assert resources("en").month_number("Sept.") == 9
    assert resources("en").month_number("Monday") is None


def test_each_language_lists_its_own_published_words() -> None:
    assert "veröffentlicht" in resources("de").published_words
    assert "обновлено" in resources("ru").published_words
    assert "mis à jour" in resources("fr").published_words
    assert "published" not in resources("de").published_words
    assert not resources("zz").published_words


def test_merged_resources_hold_every_languages_speech_verbs() -> None:
    verbs = merged().speech_verbs
    assert {"said", "заявила", "sagte", "affirme", "dijo", "ha", "disse"} - verbs == {"ha"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Die Regierung hat am Montag mitgeteilt, dass sie die Steuern nicht erhöhen wird.", "de"),
        ("Le gouvernement a annoncé lundi que les impôts ne seront pas augmentés pour les ménages.", "fr"),
        ("Правительство заявило в понедельник, что не будет повышать налоги для граждан.", "ru"),
    ],
)
def test_detect_names_the_language(text: str, code: str) -> None:
    assert detect(text) == code


def test_german_common_nouns_are_neither_names_nor_places() -> None:
    assert all(common_noun(word, "de") for word in ("Lawine", "Feuerwehr", "Polizei", "Regierung"))
    names_and_places = ("Hollerbach", "Zermatt", "Hamburg", "Lufthansa")
    assert not any(common_noun(word, "de") for word in names_and_places)
    assert not common_noun("Kleinwalsertal", "de")  # rare: frequencies cannot tell, left a name
    assert not common_noun("Lawine", "en") and not common_noun("Police", "fr")


def test_word_frequencies_match_wordfreq_at_the_bars_without_reading_whole_lists() -> None:
    from wordfreq import get_frequency_dict, zipf_frequency

    from digest.lang import names

    catalan = ["vaga", "incendi", "pont", "ciutat", "govern", "lindenfeld", "pont-ciutat", "a16"]
    before = get_frequency_dict.cache_info().misses
    found = {word: names.zipf_full(word, "ca") for word in catalan}
    # read from the top of wordfreq's Catalan list only: wordfreq never built its whole dictionary
    assert get_frequency_dict.cache_info().misses == before
    assert found["vaga"] >= names.FREQUENT > found["lindenfeld"] == 0.0
    words = {
        "en": "march justice halle bridge the quietly lindenfeld e-mail a16 u-bahn",
        "de": "lawine feuer regierung streik halle brücke lindenfeld u-bahn-linie s-bahnen a16",
        "ru": "мост пожар город правительство линденфельд",
        "ca": " ".join(catalan),
    }
    for code, text in words.items():
        for word in text.split():
            truth = zipf_frequency(word, code)
            wanted = {truth} if code == "en" or truth >= names.FREQUENT else {truth, 0.0}
            assert names.zipf_full(word, code) in wanted, (word, code)
    assert names.zipf_full("halle", "xx") == 0.0


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("fr", "Le maire de Brunelle a inauguré le nouveau pont piétonnier devant les habitants ravis"),
        ("es", "La alcaldesa de Torvela inauguró ayer el puente peatonal ante los vecinos sorprendidos"),
        ("it", "Il sindaco di Varnello ha inaugurato il ponte pedonale davanti agli abitanti commossi"),
        ("pt", "A prefeita de Lagoaclara inaugurou a ponte pedonal diante dos moradores emocionados"),
        ("uk", "Мер Вербогірська відкрив новий пішохідний міст перед здивованими мешканцями"),
        ("de", "Die Bürgermeisterin von Lindenfeld eröffnete die Fußgängerbrücke vor staunenden Anwohnern"),
    ],
)
def test_frequencies_read_from_wordfreqs_files_agree_with_zipf_frequency(code: str, sentence: str) -> None:
    """`zipf_full` reads wordfreq's list files itself (their format is wordfreq's own, not its API): at or
    above `FREQUENT` each word's figure is `zipf_frequency`'s, below it 0."""
    from wordfreq import zipf_frequency

    from digest.lang import names

    for word in sentence.lower().split():
        truth = zipf_frequency(word, code)
        assert names.zipf_full(word, code) == (truth if truth >= names.FREQUENT else 0.0), (word, code)
