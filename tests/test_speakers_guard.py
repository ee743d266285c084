"""The last check on every speaker (`digest.quotes.guard`), on invented sentences: no pronoun,
demonstrative, capitalised verb, place or role phrase comes out as a speaker, and a body's name cut
short, an abbreviation or a surname comes out as the full name the article gives."""

from __future__ import annotations

import pytest

from digest.quotes.document import Document
from digest.quotes.finder import find_quotes
from digest.quotes.guard import checked


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


def _checked(text: str, language: str, speaker: str) -> str | None:
    return checked(Document(text, [], [], language), speaker, len(text))


CASES = [
    pytest.param(
        "it", "L'architetto Paolo Gentile è accusato di falso. «Il progetto era regolare in ogni sua "
        "parte e lo proveremo», ha spiegato il suo legale, l'avvocato Marco Bertelli.",
        ["Marco Bertelli"], id="it: a role with a possessive is the name beside it",
    ),
    pytest.param(
        "it", "La selezionatrice azzurra, Giulia Montanari, seguiva la gara dalla tribuna. «Abbiamo "
        "trovato una squadra capace di soffrire fino alla fine», ha commentato la ct.",
        ["Giulia Montanari"], id="it: a role named again is the person the sentence before is about",
    ),
    pytest.param(
        "fr", "Le Département Gironde a réduit son aide aux clubs amateurs. Interrogé, le Département "
        "assume : « Nous avons dû faire des choix dans un budget qui baisse chaque année », répond-il.",
        ["Département Gironde"], id="fr: a body's name cut short is its full name",
    ),
    pytest.param(
        "pt", "A Agência Estadual de Meio Ambiente (AEMA) multou a empresa em março. \"A licença não "
        "cobre o descarte de resíduos no rio\", disse a AEMA em nota.",
        ["Agência Estadual de Meio Ambiente"], id="pt: an abbreviation is the name it stands for",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_speakers_pass_the_last_check(language: str, text: str, expected: list[str | None]) -> None:
    assert _speakers(text, language) == expected


def test_a_demonstrative_or_a_capitalised_verb_is_nobody() -> None:
    text = "Marie Dupin dirige la chorale depuis dix ans. Celle-ci chante le dimanche."
    assert _checked(text, "fr", "Celle-ci") is None
    assert _checked("Sarà ascoltato domani il sindaco di Lucca.", "it", "Sarà") is None


def test_a_place_is_no_speaker() -> None:
    assert _checked("Os moradores de São Bento reclamam da água.", "pt", "São Bento") is None
    text = "Na fila do posto de Campo Grande, a espera passa de três horas."
    assert _checked(text, "pt", "Campo Grande") is None


def test_a_town_glued_before_a_full_name_is_dropped() -> None:
    text = "Desde Villa Gesell Horacio Benavídez habló con la prensa."
    assert _checked(text, "es", "Villa Gesell Horacio Benavídez") == "Horacio Benavídez"


def test_names_pass_unchanged() -> None:
    text = "Tokyo protested on Monday. Japan called the launch reckless."
    assert _checked(text, "en", "Japan") == "Japan"  # a country speaks for its government
    text = "The Hillcrest Post Says Voters Are Tired\nThe Post said it stood by its reporting."
    assert _checked(text, "en", "Post") == "Post"  # a headline in title case is no name
    text = "Le groupe Veolia a répondu mardi. Selon Veolia, la hausse est due à l'énergie."
    assert _checked(text, "fr", "Veolia") == "Veolia"
    assert _checked("Franco, 60 anni, vive qui da sempre.", "it", "Franco") == "Franco"
    text = "Le parquet de Nantes a ouvert une enquête."
    assert _checked(text, "fr", "le parquet de Nantes") == "le parquet de Nantes"


def test_letters_after_a_name_are_dropped_and_its_surname_expanded() -> None:
    text = (
        "The landlord, Sean Moloney, pleaded guilty. Counsel for Mr Moloney, Aidan Keogh SC, said his "
        'client had "acted at once on every single item" after the visit. "He regrets it deeply, and he '
        'has apologised to the tenants," Mr Keogh said.'
    )
    assert _speakers(text, "en") == ["Aidan Keogh", "Aidan Keogh"]
    text = "Counsel for the firm, Aidan Keogh BL, spoke first. Then Keogh sat down."
    assert _checked(text, "en", "Keogh") == "Aidan Keogh"
    text = "Crown Prince Halvard met the board. Halvard left early."
    assert _checked(text, "en", "Halvard") == "Halvard"  # a title is no first name


def test_common_words_glued_before_a_full_name_are_dropped() -> None:
    text = "Im Rat stimmte die Fraktion dagegen. Deren Sprecherin Anna Vogt war enttäuscht."
    assert _checked(text, "de", "Deren Sprecherin Anna Vogt") == "Anna Vogt"
    text = "A Prefeitura de Belo Horizonte informou que vai recorrer."
    assert _checked(text, "pt", "Prefeitura de Belo Horizonte") == "Prefeitura de Belo Horizonte"
    for body in ("Fundação Getulio Vargas", "Instituto Oswaldo Cruz"):
        assert _checked(f"O {body} publicou o índice.", "pt", body) == body


def test_a_body_named_short_is_its_full_name() -> None:
    text = "Según la Junta de Extremadura, el embalse está al 30 %. La Junta pidió ahorrar agua."
    assert _checked(text, "es", "Junta") == "Junta de Extremadura"
    text = "Selon l'office départemental du tourisme (ODT) Haute-Savoie, la saison commence bien."
    assert _checked(text, "fr", "ODT") == "ODT Haute-Savoie"
