"""Italian news habits (session 16), on invented sentences about fictional people and bodies: "ha
comunicato" as a speech verb, a speech verb's form after a preposition as a noun opening the sentence
("Alla domanda …"), the nominal sentence whose predicate comes first ("Più cauta la collega …",
"Soddisfatta la Federazione …"), a local dateline ("NAPOLI - ") and a lead quote whose speaker the next
sentence brings in."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes

_OPENING = "Paolo Conti ha parlato a lungo in consiglio. «Serve tempo per decidere bene», ha detto Conti. "


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "it")]


def test_ha_comunicato_is_a_speech_verb() -> None:
    text = (
        "Marta Gilli aspettava il treno da due ore. «La linea resterà chiusa fino a sera per un guasto», "
        "ha comunicato Ferrovie Adriatiche in una nota."
    )
    assert _speakers(text)[-1] == "Ferrovie Adriatiche"


def test_il_comunicato_is_a_noun() -> None:
    text = (
        "«La linea resterà chiusa fino a sera per un guasto», ha detto Marta Gilli, che ha letto il "
        "comunicato ai passeggeri in attesa."
    )
    assert _speakers(text) == ["Marta Gilli"]


def test_a_speech_verb_after_a_preposition_is_a_noun_opening_the_sentence() -> None:
    text = _OPENING + (
        "Poi è intervenuta Sara Bini. Alla domanda sul voto, ha risposto: «Vedremo domani in aula cosa "
        "succede»."
    )
    assert _speakers(text)[-1] == "Sara Bini"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _OPENING + "Più cauta la collega di partito, Sara Bini. Alla domanda sul voto, ha risposto: "
            "«Vedremo domani in aula cosa succede».", "Sara Bini", id="più + adjective, then her name",
        ),
        pytest.param(
            _OPENING + "Meno ottimista un pescatore, che preferisce non dire il nome: «Qui non cambia "
            "nulla per noi».", None, id="meno + adjective, someone unnamed",
        ),
        pytest.param(
            _OPENING + "Contenta la Confederazione dei coltivatori, che aveva fatto ricorso. «Una decisione "
            "giusta per tutti noi», si legge in una nota del sindacato.", "Confederazione dei coltivatori",
            id="a capitalised adjective, then the body",
        ),
    ],
)
def test_the_subject_after_a_fronted_predicate(text: str, expected: str | None) -> None:
    assert _speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Franca Rossi ha aperto la seduta. Rossi la ringrazia e aggiunge: «Il bilancio è in ordine da "
            "due anni».", "Franca Rossi", id="a surname before a clitic",
        ),
        pytest.param(
            _OPENING + "Sara Bini è arrivata dopo. Alla fine, la sindaca ha risposto: «Vedremo domani in "
            "aula cosa succede».", "Sara Bini", id="a role named after the opening phrase",
        ),
    ],
)
def test_no_fronted_predicate(text: str, expected: str) -> None:
    assert _speakers(text)[-1] == expected


def test_a_lead_quote_after_a_dateline_is_the_person_brought_in_next() -> None:
    text = (
        "NAPOLI - «Ho visto la pistola e ho pensato solo a mia figlia». Raffaele Bruno, 57 anni, titolare "
        "di un negozio di orologi, racconta così la rapina di martedì."
    )
    assert _speakers(text) == ["Raffaele Bruno"]


def test_a_lead_quote_is_the_person_introduced_in_its_paragraph() -> None:
    text = (
        "Ieri il consigliere Marco Neri ha visitato il reparto.\n«Non è più un'emergenza, è la normalità». "
        "Gianluca Pace, segretario del sindacato dei medici, parla di turni senza fine."
    )
    assert _speakers(text) == ["Gianluca Pace"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "CASERTA - «Non è più un'emergenza, è la normalità». Gianluca Pace, segretario del sindacato "
            "dei medici, replica che i turni sono regolari.", id="the next sentence answers",
        ),
        pytest.param(
            "CASERTA - «Non è più un'emergenza, è la normalità».\nGianluca Pace, segretario del sindacato "
            "dei medici, parla di turni regolari.", id="the person is brought in in another paragraph",
        ),
    ],
)
def test_a_lead_quote_is_nobody_brought_in_otherwise(text: str) -> None:
    assert _speakers(text) != ["Gianluca Pace"]


def test_a_dateline_place_is_no_speaker() -> None:
    text = (
        "CREVALCORE (Bologna) - Cancelli chiusi davanti allo stabilimento della Meccanica Reno.\nIn una nota "
        "l'azienda ha spiegato che «la riorganizzazione è resa inevitabile dal calo degli ordini»."
    )
    assert _speakers(text) == ["Meccanica Reno"]
