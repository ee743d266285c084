"""Bodies whose names hold a number or an acronym before a common word (session 16), on invented sentences
about fictional bodies: a short number inside or closing a body's name (`Servicio de Emergencias 112 de
Aragón`, `Rivières 21`, `Feuerwehr 112`), not a count with its noun or a person named after it; the words
after an acronym in apposition to the lower-case noun of a body's kind (`la fédération FO Justice`), not an
outlet's acronym before the person it was told by."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        pytest.param(
            "es", "«El conductor quedó atrapado unos minutos en la cabina», informó el Servicio de "
            "Emergencias 112 de Aragón.",
            ["Servicio de Emergencias 112 de Aragón"], id="es-number-then-its-place",
        ),
        pytest.param(
            "fr", "Le collectif Rivières 21, qui rassemble des pêcheurs, s'inquiète. « Le niveau de l'eau "
            "baisse chaque été un peu plus », explique le collectif.",
            ["Rivières 21"], id="fr-number-before-comma",
        ),
        pytest.param(
            "de", "Die Feuerwehr 112 rückte am Abend aus. „Das Feuer war nach einer Stunde gelöscht“, teilte "
            "die Feuerwehr 112 mit.", ["Feuerwehr 112"], id="de-number-before-particle",
        ),
    ],
)
def test_a_number_in_a_body_s_name(language: str, text: str, speakers: list[str]) -> None:
    assert _speakers(text, language) == speakers


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        pytest.param(
            "fr", "« Nous ne reprendrons pas le travail sans accord », a déclaré la CGT. Selon la CGT 300 "
            "grévistes ont bloqué le dépôt mardi. « La direction refuse toujours de discuter avec nous », a "
            "ajouté la CGT.", ["CGT", "CGT"], id="fr-a-count-and-its-noun",
        ),
        pytest.param(
            "es", "El economista jefe de Fondos 9 Julián Arce opina que el precio es razonable. «La empresa "
            "llevaba años buscando un socio extranjero», dijo.",
            ["Julián Arce"], id="es-a-person-after-the-number",
        ),
        pytest.param(
            "de", "Laut Polizei 200 bis 300 Menschen zogen durch die Stadt. „Wir wollen endlich gehört "
            "werden“, sagte die Polizei am Abend.", ["Polizei"], id="de-a-range-of-figures",
        ),
        # a year before a verb is its subject, no code in the body's name
        pytest.param(
            "en", "Sales fell again. According to the BRC 2025 was the worst year for high streets since "
            "records began. “Footfall has not recovered since the pandemic,” the BRC said.", ["BRC"],
            id="en-a-year-then-a-verb",
        ),
        pytest.param(
            "es", "Según la DGT 2023 fue el año con menos muertes en carretera. «Los controles de "
            "velocidad han funcionado», explicó la DGT.", ["DGT"], id="es-a-year-then-a-verb",
        ),
        pytest.param(
            "pt", "Segundo a ANAC 2022 foi um ano recorde de passageiros. «Os aeroportos estão no limite», "
            "afirmou a ANAC.", ["ANAC"], id="pt-a-year-then-a-verb",
        ),
        pytest.param(
            "fr", "Selon l'ONF 2022 a été une année noire pour les forêts. « Les incendies ont détruit des "
            "milliers d'hectares », a indiqué l'ONF lundi.", ["ONF"], id="fr-a-year-then-a-verb",
        ),
    ],
)
def test_a_number_that_is_no_part_of_the_name(language: str, text: str, speakers: list[str]) -> None:
    assert _speakers(text, language) == speakers


def test_the_words_after_an_acronym_in_apposition_to_a_kind_noun() -> None:
    text = (
        "La fédération FO Justice a réagi mardi. « Les greffes manquent de bras depuis des années », déplore "
        "la fédération."
    )
    assert _speakers(text, "fr") == ["FO Justice"]


def test_an_outlet_s_acronym_before_a_common_word_keeps_apart() -> None:
    text = (
        "« Les greffes manquent de bras depuis des années », a confié à l'AFP Justice, une habitante du "
        "quartier."
    )
    assert _speakers(text, "fr") == ["AFP"]
