"""The complements around the subject of an inverted speech verb in French, Spanish, Italian and Portuguese
(session 20): a phrase of time after it (`a répondu la directrice le lendemain`, `replicó la directora
pocos minutos después`) is the verb's adverbial and the subject ends before it; past the verb's indirect
object a possessive determiner opens the subject when a name follows in apposition (`a déclaré à la radio
son directeur, X`), else the body named before stays the speaker; a verb of making known in two words
(`ha reso noto`, `dio a conocer`) and `se limitó a` + infinitive report speech, and Italian `il comando`
names again the corps named before. Invented sentences about fictional people and bodies."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "fr", "La piscine municipale de Vernon rouvrira en mars, selon sa directrice, Anne Moreau. Les "
            "nageurs du club ont protesté contre ce délai. « Les travaux de chauffage ne pouvaient pas "
            "attendre l'été », a répondu la directrice quelques minutes plus tard.", "Anne Moreau",
            id="fr: quelques minutes plus tard",
        ),
        pytest.param(
            "fr", "La piscine municipale de Vernon rouvrira en mars, selon sa directrice, Anne Moreau. « Les "
            "travaux de chauffage ne pouvaient pas attendre l'été », a répondu la directrice le lendemain.",
            "Anne Moreau", id="fr: le lendemain",
        ),
        pytest.param(
            "es", "«Las obras de la calefacción no podían esperar al verano», replicó la directora el "
            "martes.", "la directora", id="es: el martes",
        ),
        pytest.param(
            "it", "La piscina comunale di Sestola riaprirà a marzo, ha annunciato la direttrice Anna Mori. "
            "I nuotatori della società hanno protestato per il ritardo. «I lavori al riscaldamento non "
            "potevano aspettare l'estate», ha replicato la direttrice il giorno dopo.", "Anna Mori",
            id="it: il giorno dopo",
        ),
        pytest.param(
            "it", "«I lavori al riscaldamento non potevano aspettare l'estate», ha replicato la direttrice "
            "pochi minuti dopo.", "la direttrice", id="it: pochi minuti dopo",
        ),
        pytest.param(
            "pt", "«As obras do aquecimento não podiam esperar pelo verão», disse a diretora esta manhã.",
            "a diretora", id="pt: esta manhã",
        ),
    ],
)
def test_a_time_phrase_after_an_inverted_subject_is_no_part_of_it(
    language: str, text: str, expected: str
) -> None:
    assert _speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "fr", "« Les travaux de chauffage ne pouvaient pas attendre l'été », a répondu la responsable "
            "des bassins du soir.", "la responsable des bassins du soir",
            id="fr: a time word in a complement",
        ),
        pytest.param(
            "es", "«Las obras de la calefacción no podían esperar al verano», replicó la directora del turno "
            "de tarde.", "la directora del turno de tarde", id="es: a time word in a complement",
        ),
        pytest.param(
            "it", "«I lavori al riscaldamento non potevano aspettare l'estate», ha replicato la direttrice "
            "più giovane.", "la direttrice più giovane", id="it: a word of degree before no time word",
        ),
    ],
)
def test_a_time_word_inside_the_subjects_complement_stays_in_it(
    language: str, text: str, expected: str
) -> None:
    """Near miss: a time word after a preposition belongs to the subject's complement, and a word of
    degree that opens no phrase of time does not end the subject."""
    assert _speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "fr", "« La traversée de sept heures reprendra lundi », a annoncé à Radio Estuaire son "
            "capitaine, Goulven Ropartz.", "Goulven Ropartz", id="fr: son",
        ),
        pytest.param(
            "es", "«El coro cantará en la catedral por Navidad», dijo a Radio Valle su directora, Maité "
            "Urquiola.", "Maité Urquiola", id="es: su",
        ),
    ],
)
def test_a_possessive_past_the_verbs_object_opens_the_subject(
    language: str, text: str, expected: str
) -> None:
    """`a déclaré à la radio son directeur, X`: past the indirect object, a possessive determiner opens the
    inverted subject as an article does."""
    assert _speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "fr", "« La traversée de sept heures reprendra lundi », a annoncé à son équipage Goulven "
            "Ropartz.",
            "Goulven Ropartz", id="fr: à son équipage",
        ),
        pytest.param(
            "es", "«El coro cantará en la catedral por Navidad», dijo a sus cantantes Maité Urquiola.",
            "Maité Urquiola", id="es: a sus cantantes",
        ),
    ],
)
def test_a_possessive_right_after_the_preposition_is_the_objects(
    language: str, text: str, expected: str
) -> None:
    """Near miss: a possessive right after the preposition belongs to the object (whom the speaker told),
    and the subject is the name after it."""
    assert _speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "fr", "La fromagerie Laiterie des Combes a fermé sa boutique d'été. « Nous rouvrirons la vente "
            "directe en avril », a précisé à la radio locale son service de presse.", "Laiterie des Combes",
            id="fr: son service de presse",
        ),
        pytest.param(
            "fr", "La fromagerie Laiterie des Combes a fermé sa boutique d'été. « Nous rouvrirons la vente "
            "directe en avril », a précisé à la radio locale sa chargée de communication.",
            "Laiterie des Combes", id="fr: sa chargée de communication",
        ),
        pytest.param(
            "es", "La quesería Lácteos Robledal cerró su tienda de verano. «Volveremos a vender en la granja "
            "en abril», explicó a la radio local su oficina de prensa.", "Lácteos Robledal",
            id="es: su oficina de prensa",
        ),
    ],
)
def test_an_unnamed_possessive_past_the_object_leaves_the_body(
    language: str, text: str, expected: str
) -> None:
    """Near miss: past the indirect object, a possessive phrase that no name follows in apposition (`son
    service de presse`) stands for the body named before, which stays the speaker."""
    assert _speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "it", "«Le verifiche sui cavi richiedono almeno due settimane», ha reso noto la società Funivie "
            "Cusna.", "Funivie Cusna", id="it: ha reso noto",
        ),
        pytest.param(
            "es", "«Las revisiones de los cables llevarán dos semanas», dio a conocer la empresa Teleféricos "
            "Cusna.", "Teleféricos Cusna", id="es: dio a conocer",
        ),
        pytest.param(
            "pt", "«As revisões dos cabos vão levar duas semanas», deu a conhecer a empresa Teleféricos "
            "Cusna.", "Teleféricos Cusna", id="pt: deu a conhecer",
        ),
    ],
)
def test_a_verb_of_making_known_reports_speech(language: str, text: str, expected: str) -> None:
    """`ha reso noto`, `dio a conocer`, `deu a conhecer` (to make known): a verb of announcing in two
    words, its subject after it as after any inverted speech verb."""
    assert _speakers(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "it", "«Le verifiche sui cavi richiedono almeno due settimane», ha detto il noto alpinista Carlo "
            "Tessarolo.", "Carlo Tessarolo", id="it: noto as an adjective",
        ),
        pytest.param(
            "es", "Marta Irazoqui llegó al pueblo en 1990. «Aquí nadie tenía teléfono», recordó. En esos "
            "años llegó a conocer a todos los vecinos.", "Marta Irazoqui", id="es: llegó a conocer",
        ),
    ],
)
def test_know_after_no_verb_of_making_reports_nothing(language: str, text: str, expected: str) -> None:
    """Near miss: `noto` as an adjective before a role, `conocer` after a verb other than `dar`."""
    assert _speakers(text, language) == [expected]


def test_the_command_names_again_the_corps_named_before() -> None:
    """it: `il comando` (the command of a corps of police, carabinieri or firemen) names again the body
    named before it, not the person quoted in between."""
    text = (
        "I Vigili del Fuoco di Sondrio hanno chiuso la strada per la funivia. Il gestore Carlo Tessarolo è "
        "preoccupato: «Perderemo tutto il mese di agosto». «Le verifiche sui cavi richiedono almeno due "
        "settimane», ha precisato il comando in una nota."
    )
    assert _speakers(text, "it") == ["Carlo Tessarolo", "Vigili del Fuoco di Sondrio"]


def test_the_commander_is_a_person() -> None:
    """Near miss: `il comandante`, a role, names the person of that role, not the corps."""
    text = (
        "I Vigili del Fuoco di Sondrio hanno chiuso la strada per la funivia. Il comandante Piero Zanettin "
        "ha parlato con i gestori. «Le verifiche sui cavi richiedono almeno due settimane», ha precisato il "
        "comandante."
    )
    assert _speakers(text, "it") == ["Piero Zanettin"]


def test_limiting_oneself_to_saying_reports_speech() -> None:
    """es: `se limita a recordar X` (limitarse a + infinitive, a periphrasis): the infinitive reports the
    quote and the name after it is its subject."""
    text = (
        "Almudena Mendiluce colgó en la puerta de la biblioteca el horario de verano. «Abrimos los "
        "sábados hasta la una», se limita a recordar Mendiluce a cada vecino que pregunta."
    )
    assert _speakers(text, "es") == ["Almudena Mendiluce"]


def test_limiting_to_a_noun_reports_nothing() -> None:
    """Near miss: `se limitó a eso`, no infinitive after it, reports no quote; the quote before keeps
    its own verb's subject."""
    text = (
        "Almudena Mendiluce colgó el horario de verano. «Abrimos los sábados hasta la una», dijo. El "
        "cambio se limitó a eso."
    )
    assert _speakers(text, "es") == ["Almudena Mendiluce"]
