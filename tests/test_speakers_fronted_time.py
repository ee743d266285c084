"""A phrase of time fronted before the subject and set off by a comma (`Trois jours plus tard, la
capitaine a présenté …`) is the clause's adverbial, not its subject (session 21; the detached complement
of time, Grevisse, Le bon usage): the subject after it speaks. Only a chunk that opens with its time
phrase: a noun phrase whose head is a person with a time word in its complement (`Le veilleur de nuit,
encore pâle, a confié`) is the subject. Not an apposition either. Invented scenes."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes

_PROMISED = "« Le bac partira à l'heure », a promis Hélène Caradec, capitaine du bac de l'île de Sein. "
_FERRY = (
    "Trois jours plus tard, la capitaine a présenté un horaire d'hiver, annoncé comme « plus sûr pour les "
    "passagers »."
)


def _speakers(text: str, lang: str = "fr") -> list[str | None]:
    return [q.speaker for q in find_quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(_PROMISED + _FERRY, "Hélène Caradec", id="trois jours plus tard"),
        pytest.param(
            "Le relais de poste a été cambriolé. Le veilleur de nuit Gaston Pellerin a trouvé la "
            "porte ouverte. Le veilleur de nuit, encore pâle, a confié : « La serrure avait été forcée. »",
            "Gaston Pellerin",
            id="near miss: a person noun with a time word after it",
        ),
        pytest.param(
            "Gaston Pellerin anime depuis vingt ans la radio du lycée. L'animateur du matin, très ému, "
            "a confié : « Je rends le micro en juin. »",
            "Gaston Pellerin",
            id="near miss: a role of the morning",
        ),
        pytest.param(
            "Le capitaine du port, Loïc Penvern, a présenté un horaire d'hiver, annoncé « plus sûr "
            "pour tous ».",
            "Loïc Penvern",
            id="near miss: an apposition",
        ),
    ],
)
def test_a_fronted_time_is_no_subject(text: str, expected: str) -> None:
    assert _speakers(text)[-1] == expected


def test_a_spanish_role_with_a_time_complement_is_the_subject() -> None:
    text = (
        "El almacén del puerto sufrió un robo. El guarda de noche Tomás Ugalderra vio la verja abierta. "
        "El guarda de noche, todavía pálido, relató: «Habían roto el candado»."
    )
    assert _speakers(text, "es")[-1] == "Tomás Ugalderra"
