"""Italian news habits (session 16), on invented sentences about fictional people and bodies: "ha
comunicato" as a speech verb, a speech verb's form after a preposition as a noun opening the sentence
("Alla domanda …"), the nominal sentence whose predicate comes first ("Più cauta la collega …",
"Soddisfatta la Federazione …"), a local dateline ("LIVORNO - ") and a lead quote whose speaker the next
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
        "LIVORNO - «Ho sentito un boato e sono corsa fuori con il cane in braccio». Teresa Galli, 63 anni, "
        "pensionata del quartiere, racconta la notte dello scoppio al deposito del porto."
    )
    assert _speakers(text) == ["Teresa Galli"]


def test_a_lead_quote_is_the_person_introduced_in_its_paragraph() -> None:
    text = (
        "Ieri il consigliere Marco Neri ha visitato il reparto. La visita è durata meno di un'ora.\n«Da mesi "
        "copriamo i turni con metà del personale». Ilaria Fontana, delegata del sindacato degli infermieri, "
        "parla di ferie cancellate e straordinari mai pagati."
    )
    assert _speakers(text) == ["Ilaria Fontana"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "LUCCA - «Da mesi copriamo i turni con metà del personale». Ilaria Fontana, delegata del "
            "sindacato degli infermieri, replica che le ferie sono garantite.",
            id="the next sentence answers",
        ),
        pytest.param(
            "LUCCA - «Da mesi copriamo i turni con metà del personale».\nIlaria Fontana, delegata del "
            "sindacato degli infermieri, parla di ferie garantite.",
            id="the person is brought in in another paragraph",
        ),
    ],
)
def test_a_lead_quote_is_nobody_brought_in_otherwise(text: str) -> None:
    assert _speakers(text) != ["Ilaria Fontana"]


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        pytest.param(
            "it", "Il sindaco Paolo Conti ha parlato a lungo in consiglio comunale. «Serve tempo per "
            "decidere bene», ha detto Conti.\n«Non firmeremo nulla prima di avere letto ogni riga del "
            "contratto». Anna Riva, capogruppo dell'opposizione, lo accusa di perdere tempo.",
            ["Paolo Conti", "Paolo Conti"],
            id="it: a second quote of the mayor, then his critic",
        ),
        pytest.param(
            "en", "Mayor Tom Reyes spoke for an hour at the council meeting. “We need time to decide "
            "well,” Reyes said.\n“We will not sign anything before we have read every line of the "
            "contract.” Ann Kerr, the opposition leader, accused him of wasting time.",
            ["Tom Reyes", "Tom Reyes"],
            id="en: a second quote of the mayor, then his critic",
        ),
        pytest.param(
            "fr", "Le maire Paul Mercier a visité les rues inondées lundi.\n« Nous reconstruirons chaque "
            "maison de cette rue ». Anne Leroy, 54 ans, qui a perdu sa maison, ne croit pas à la promesse.",
            [None],
            id="fr: the mayor named just before, then a resident",
        ),
        pytest.param(
            "fr", "La procureure Laure Gaillard a requis six années de réclusion pour l'ex-trésorier.\n« Il "
            "a volé les plus pauvres de la ville pour s'acheter une villa au bord de la mer ». Marc Nérin, "
            "61 ans, ancien trésorier de l'association, nie toute accusation.", [None],
            id="fr: the prosecutor named just before, then the accused",
        ),
    ],
)
def test_a_lead_quote_is_not_the_newcomer_after_someone_who_may_have_said_it(
    language: str, text: str, speakers: list[str | None]
) -> None:
    """Someone quoted before, or named by a first name in the sentence just before: the quote may be theirs
    and the person brought in after it their critic, not its speaker."""
    assert [q.speaker for q in find_quotes(text, language)] == speakers


def test_a_dateline_place_is_no_speaker() -> None:
    text = (
        "PONTEDERA (Pisa) - Presidio dei dipendenti fuori dai cancelli della Ceramiche Arno.\nCon un "
        "comunicato l'azienda fa sapere che «nessun reparto verrà chiuso prima della fine dell'estate»."
    )
    assert _speakers(text) == ["Ceramiche Arno"]
