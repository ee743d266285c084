"""The circle around someone speaks for nobody the text names (session 21): `L'entourage du chef affirme
que « … »`, `confie-t-on dans l'entourage du directeur`, `El entorno de la cantante explica que «…»`: the
quote is unattributed, neither the person the circle surrounds nor the body that spoke in the sentence
before. Not a body named with the word (`l'association Entourage`), and `-t-on à la mairie de X` still
gives the body there. Invented scenes."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            "fr",
            "Le chef de l'orchestre de Nancy, Rémi Vasseline, a annulé la tournée d'automne. L'entourage du "
            "chef affirme que « la santé passe avant les concerts ».",
            id="fr: l'entourage de X, subject",
        ),
        pytest.param(
            "fr",
            "La station de Valloire a ouvert ses pistes avec dix jours de retard.\nLa station de Valloire a "
            "promis des forfaits moins chers. « Les canons à neige ont été réparés trop tard », confie-t-on "
            "dans l'entourage du directeur.",
            id="fr: -t-on dans l'entourage de",
        ),
        pytest.param(
            "es",
            "La cantante Lucía Arambarri canceló ayer su gira de verano. El entorno de la cantante explica "
            "que «necesita descansar hasta el otoño».",
            id="es: el entorno de",
        ),
    ],
)
def test_a_circle_is_nobody_named(language: str, text: str) -> None:
    assert _speakers(text, language)[-1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "La banque alimentaire de Saintes manque de bénévoles.\nL'association Entourage affirme que "
            "« les maraudes d'hiver ont doublé depuis deux ans ».",
            "Entourage",
            id="a body named with the word",
        ),
        pytest.param(
            "La patinoire de Gap fermera en avril. « Les travaux de la dalle dureront tout l'été », "
            "indique-t-on à la mairie de Gap.",
            "mairie de Gap",
            id="-t-on at a body",
        ),
    ],
)
def test_near_misses_of_a_circle(text: str, expected: str) -> None:
    assert _speakers(text, "fr")[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Le rectorat a reçu les syndicats mardi soir. Selon l'entourage de la rectrice, aucune "
         "classe de CP « ne fermera à la rentrée » dans la vallée.", [None]),
        ("it", "Il consiglio di facoltà si riunisce domani. Secondo la cerchia del rettore, le tasse «non "
         "saliranno per il terzo anno».", [None]),
        # near misses: the holder himself, named after the comma; a body so named; a clause of its own
        # with a subject and a speech verb after the phrase
        ("fr", "Le rectorat a reçu les syndicats. Selon le recteur, Marc Oudin, aucune classe « ne fermera à "
         "la rentrée ».", ["Marc Oudin"]),
        ("fr", "Le rectorat a reçu les syndicats. Selon l'association Entourage, les classes « ne fermeront "
         "pas avant l'hiver ».", ["Entourage"]),
        ("fr", "Le délégué syndical Hugo Bernier sort du rectorat. Selon l'entourage du recteur, Hugo "
         "Bernier a répété aux parents : « Aucune classe ne fermera. »", ["Hugo Bernier"]),
    ],
)
def test_a_circle_as_the_source_of_an_according_phrase_is_nobody_named(
    language: str, text: str, expected: list[str | None]
) -> None:
    """An "according to" phrase whose noun is the circle around someone is nobody named, unless the
    clause after it has its own subject and speech verb: that subject speaks."""
    assert _speakers(text, language) == expected
