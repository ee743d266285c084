"""Crediting habits of French, Italian, Spanish and Portuguese news writing (session 8), each on
invented sentences about fictional people and bodies: an unnamed source after "selon", a reporting
verb whose clause follows its complements, a speech verb's form used as a noun after a preposition,
and a role's holder in apposition after a possessive role."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "first"),
    [
        pytest.param(
            "fr", "Chantal Morin, qui habite à 300 mètres, a vu les flammes. « J'ai entendu comme des "
            "explosions, puis tout est devenu noir », raconte-t-elle.\nSelon une source proche de "
            "l'enquête, « aucune piste n'est écartée à ce stade ».", "Chantal Morin",
            id="fr: selon une source",
        ),
        pytest.param(
            "it", "Chiara Mori, che abita a 300 metri, ha visto le fiamme. «Ho sentito come delle "
            "esplosioni, poi tutto è diventato nero», racconta.\nSecondo una fonte vicina all'inchiesta, "
            "«nessuna pista è esclusa in questa fase».", "Chiara Mori", id="it: secondo una fonte",
        ),
        pytest.param(
            "es", "Clara Moreno, que vive a 300 metros, vio las llamas. «Oí como explosiones y luego todo "
            "se volvió negro», relata.\nSegún una fuente próxima a la investigación, «no se descarta "
            "ninguna hipótesis por ahora».", "Clara Moreno", id="es: según una fuente",
        ),
        pytest.param(
            "pt", "Clara Moreira, que mora a 300 metros, viu as chamas. «Ouvi umas explosões e depois "
            "ficou tudo negro», relata.\nSegundo uma fonte próxima da investigação, «nenhuma pista está "
            "excluída nesta fase».", "Clara Moreira", id="pt: segundo uma fonte",
        ),
    ],
)
def test_an_unnamed_source_after_according_to_is_nobody(language: str, text: str, first: str) -> None:
    """"Selon une source proche de l'enquête, « … »": no one is named, so the quote does not go on
    with the speaker of the paragraph before."""
    assert _speakers(text, language) == [first, None]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        pytest.param(
            "fr", "Gérard Tissot, maire de Bouillargues, s'inquiète. « Nous n'avons plus une goutte d'eau », "
            "prévient-il.\nLa préfecture du Gard rappelle de son côté que tout le département reste en "
            "alerte et que « tout arrosage des jardins est interdit jusqu'à nouvel ordre ».",
            "préfecture du Gard", id="fr: rappelle de son côté que … et que",
        ),
        pytest.param(
            "es", "Gerardo Tíscar, alcalde de Lorca, está preocupado. «No tenemos ni una gota de agua», "
            "advierte.\nLa Delegación del Gobierno recuerda por su parte que toda la provincia sigue en "
            "alerta y que «cualquier riego de jardines está prohibido hasta nuevo aviso».",
            "Delegación del Gobierno", id="es: recuerda por su parte que … y que",
        ),
    ],
)
def test_the_reporting_verb_before_its_complements_and_clauses(language: str, text: str, body: str) -> None:
    """The verb whose clause holds the quote speaks, though its complements stand between it and "que";
    "en alerte", "en alerta" is a noun after a preposition, no second speech verb."""
    second = _speakers(text, language)[-1]
    assert second is not None and second.lower().endswith(body.lower())


@pytest.mark.parametrize(
    ("language", "text", "holder"),
    [
        pytest.param(
            "it", "Marco Fedeli, presente in aula, ha parlato a lungo. «Non ho mai preso un euro che non mi "
            "spettasse», ha detto.\nIl suo difensore, l'avvocato Luca Rastelli, ha chiesto l'assoluzione. "
            "A suo avviso l'imputato è stato «l'ultimo anello di una lunga catena di cui altri tiravano i "
            "fili».", "Luca Rastelli", id="it: il suo difensore, l'avvocato X … A suo avviso",
        ),
        pytest.param(
            "fr", "Paul Vernier a longuement parlé. « Je n'ai jamais touché un euro qui ne me revenait "
            "pas », a-t-il dit.\nSon conseil, l'avocate Inès Mallet, a plaidé la relaxe. À ses yeux, le "
            "prévenu n'est que « le dernier maillon d'une chaîne tenue par d'autres ».", "Inès Mallet",
            id="fr: son conseil, l'avocate X … À ses yeux",
        ),
    ],
)
def test_a_possessive_role_then_its_holder_in_apposition(language: str, text: str, holder: str) -> None:
    """"Il suo difensore, l'avvocato X, ha chiesto …": X (the title after the elided article names the
    role's holder), and "A suo avviso" in the next sentence is X's view."""
    assert _speakers(text, language)[-1] == holder


def test_a_named_subject_after_an_unnamed_source_speaks() -> None:
    """"Según fuentes municipales, Peláez habría añadido: «…»": the sources tell what he said; he speaks."""
    text = (
        "El concejal Ramón Peláez habría asegurado a sus colaboradores que «la obra no se terminará antes "
        "de 2027». Según fuentes municipales, Peláez habría añadido: «No hay dinero para acabarla este año»."
    )
    assert _speakers(text, "es") == ["Ramón Peláez", "Ramón Peláez"]


@pytest.mark.parametrize(
    "noun",
    [pytest.param("prévenu", id="prévenu"), pytest.param("dirigeant", id="dirigeant")],
)
def test_a_noun_spelled_like_a_speech_verb_before_the_quote(noun: str) -> None:
    """"Elle a estimé que le prévenu « … »": "prévenu" (also "prévenir"'s participle) is the clause's
    subject, a noun; "a estimé" reports the quote, and "Elle" is the prosecutor named before."""
    text = (
        f"La procureure Claire Dumont a requis dix-huit mois de prison. Elle a estimé que le {noun} "
        "« connaissait le risque et n'a pris aucune mesure simple »."
    )
    assert _speakers(text, "fr") == ["Claire Dumont"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "pt", "A ministra Marta Lobo esteve ontem em Évora. Questionada sobre os cortes, foi clara: «Não "
            "haverá despedimentos na função pública este ano».", "Marta Lobo", id="pt: foi clara",
        ),
        pytest.param(
            "es", "La ministra Marta Lobo estuvo ayer en Cáceres. Preguntada por los recortes, fue tajante: "
            "«No habrá despidos en la función pública este año».", "Marta Lobo", id="es: fue tajante",
        ),
        pytest.param(
            "it", "La ministra Marta Lupi era ieri a Bari. Interpellata sui tagli, è stata chiara: «Non ci "
            "saranno licenziamenti nella pubblica amministrazione».", "Marta Lupi", id="it: è stata chiara",
        ),
    ],
)
def test_a_dropped_subject_before_the_colon(language: str, text: str, speaker: str) -> None:
    """"Fue tajante: «…»": where the subject may be left out, the clause before the colon opened by its
    verb goes on with the person last spoken of."""
    assert _speakers(text, language) == [speaker]
