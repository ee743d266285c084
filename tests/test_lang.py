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
