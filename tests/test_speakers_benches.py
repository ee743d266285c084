"""An unnamed bench speaks for the court of its kind named before (session 21, narrowed after review 21b):
`a rappelé la juge`, `soulignent les juges`, `osservano i giudici` after a court written as a court's name
(capitalised, or its noun with an adjective: `le tribunal correctionnel de Brest`). Not a courtyard or
room of the same word (`la cour de la mairie`, `la sala grande del casino`), not judges speaking for
themselves in the first person, not a Portuguese `juiz` (also a referee), not a judge named before.
Invented scenes."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _last_speaker(text: str, language: str) -> str | None:
    return [q.speaker for q in find_quotes(text, language)][-1]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "fr",
            "Le tribunal correctionnel de Brest a condamné jeudi un armateur pour pêche illégale. « Les "
            "quotas étaient connus de tous les patrons du port », a rappelé la juge.",
            "tribunal correctionnel de Brest",
            id="fr: a court's noun and adjective",
        ),
        pytest.param(
            "fr",
            "La Cour de cassation a rejeté mardi le pourvoi d'un éleveur de chevaux. « L'acte de vente ne "
            "mentionnait aucune maladie », soulignent les juges.",
            "Cour de cassation",
            id="fr: a capitalised court",
        ),
        pytest.param(
            "it",
            "Il Tribunale di Rovigo ha respinto il ricorso di una cooperativa di pescatori. «Il permesso era "
            "scaduto da due anni», osservano i giudici.",
            "Tribunale di Rovigo",
            id="it: a capitalised court",
        ),
        pytest.param(
            "fr",
            "La fête des vendanges s'est tenue dans la cour de la mairie de Cheverny. « Ce vin blanc est le "
            "meilleur de l'année », ont annoncé les juges.",
            "les juges",
            id="near miss: a courtyard",
        ),
        pytest.param(
            "es",
            "La final de baile se celebró en la sala grande del casino de Tarazona. «La pareja "
            "ganadora bailó sin un error», anunció la jueza.",
            "la jueza",
            id="near miss: a room",
        ),
        pytest.param(
            "fr",
            "Le tribunal judiciaire de Landerneau attend toujours deux greffières. « Nous renvoyons des "
            "audiences chaque semaine », déplorent les magistrats.",
            "les magistrats",
            id="near miss: judges speaking for themselves",
        ),
        pytest.param(
            "es",
            "El juzgado mercantil de Calatayud sigue sin secretario. «Aplazamos juicios cada semana», "
            "lamentan los jueces.",
            "los jueces",
            id="near miss: a first person plural verb",
        ),
        pytest.param(
            "pt",
            "O clube apresentou queixa ao Tribunal Arbitral do Desporto. «A bola não passou a linha», disse "
            "o juiz.",
            "o juiz",
            id="near miss: a referee",
        ),
        pytest.param(
            "fr",
            "Le tribunal correctionnel de Brest jugeait jeudi un armateur. La juge Odile Trémaudan présidait "
            "l'audience. « Les quotas étaient connus de tous les patrons du port », a rappelé la juge.",
            "Odile Trémaudan",
            id="near miss: the judge named before",
        ),
    ],
)
def test_a_bench_speaks_for_its_court(language: str, text: str, expected: str) -> None:
    assert _last_speaker(text, language) == expected
