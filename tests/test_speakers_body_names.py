"""Organisations as speakers (session 19), on invented sentences about fictional bodies: how far a
body's name runs, and which body a short or generic mention names again."""

from __future__ import annotations

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


def test_portuguese_body_named_with_the_place_of_its_section() -> None:
    # pt names a federation's or a guild's regional branch by "em"/"no"/"na" and the place: one name
    text = (
        "A Federação dos Apicultores na Lousã contou as colmeias perdidas desde janeiro. «Com este frio "
        "ficámos com metade das abelhas», explicou a federação.\n"
        "O Grémio dos Relojoeiros em Viseu (GRV), por sua vez, quer aulas nas escolas técnicas. «Já ninguém "
        "sabe abrir um relógio de corda», lamentou o grémio."
    )
    expected = ["Federação dos Apicultores na Lousã", "Grémio dos Relojoeiros em Viseu"]
    assert _speakers(text, "pt") == expected


def test_portuguese_place_where_a_government_or_a_club_acted_is_no_section() -> None:
    # near miss: a government abroad, a team playing away: where the body acted, not a branch of it
    text = (
        "O Governo da Lusitânia em Genebra recusou assinar o tratado das pescas. «Não trocamos os "
        "nossos barcos por quotas», declarou o Governo.\n"
        "O Atlético Valmonte no Funchal empatou a zero. «Faltou-nos pontaria», reconheceu o clube."
    )
    speakers = _speakers(text, "pt")
    assert "Governo da Lusitânia em Genebra" not in speakers
    assert "Atlético Valmonte no Funchal" not in speakers


def test_portuguese_place_after_an_inverted_subject_is_where_it_spoke() -> None:
    # after a speech verb, "em Mértola" says where the body spoke, no part of its name
    text = (
        "«Os lobos já mataram quarenta ovelhas desde o Natal», contou a Associação dos Pastores em "
        "Mértola."
    )
    (speaker,) = _speakers(text, "pt")
    assert speaker is not None and speaker.removeprefix("a ") == "Associação dos Pastores"


def test_a_body_noun_takes_up_no_indefinite_noun_of_a_place() -> None:
    # "for a dairy in Cumbria" is any such dairy: "the dairy" names again the body named before
    text = (
        "Pellworth Dairies lost its licence to sell raw milk last week.\n"
        "It is unusual for a dairy in Cumbria to lose a licence over paperwork, farmers said.\n"
        "Pellworth Dairies has asked for a hearing.\n"
        "\"The forms were filed on time and we can prove it,\" the dairy said."
    )
    assert _speakers(text, "en") == ["Pellworth Dairies"]


def test_an_indefinite_body_opening_its_sentence_is_taken_up() -> None:
    # near miss: "Um sindicato de Valdemar convocou …" introduces that union; "o sindicato" is it again
    text = (
        "Um sindicato de Valdemar convocou greve para segunda-feira.\n"
        "«Os salários estão congelados há quatro anos», afirmou o sindicato."
    )
    assert _speakers(text, "pt") == ["o sindicato de Valdemar"]


def test_the_definite_noun_given_with_its_place_keeps_the_place() -> None:
    # near miss: the definite "le parquet de Valmont" given before is that body by its fuller name
    text = (
        "Le parquet de Valmont a ouvert une enquête après l'effondrement du hangar.\n"
        "« Les causes du sinistre restent à établir par les experts mandatés », a précisé le parquet."
    )
    assert _speakers(text, "fr") == ["le parquet de Valmont"]


def test_a_noun_in_apposition_to_a_body_names_that_body_again() -> None:
    # "X, the bureau for …, promised": "the bureau" later is X, not the noun and its complement
    text = (
        "Heating bills rose again this winter.\n"
        "Torbay Lettings, the bureau for Corbett Park flats, promised new boilers on Tuesday.\n"
        "\"Every flat on the estate will be warm by December,\" the bureau said."
    )
    assert _speakers(text, "en") == ["Torbay Lettings"]


def test_a_body_named_in_a_fronted_adverbial_is_no_apposition() -> None:
    # near miss: "Besides X, the council of …": the comma closes the adverbial; the council is the subject
    text = (
        "Besides Marlow Buses, the council of Kenby signed the new timetable.\n"
        "\"Our passengers have had a hard year already,\" the council said."
    )
    assert _speakers(text, "en") == ["the council of Kenby"]


def test_a_person_in_apposition_is_not_the_body_named_again() -> None:
    # near miss: "Ann Holt, the federation chair": the noun premodifies a role; Ann Holt is no body
    text = (
        "Ann Holt, the federation chair, spoke to the drivers at the depot on Monday.\n"
        "\"Nobody here will accept a pay freeze this winter or the next one,\" the federation said."
    )
    assert _speakers(text, "en") != ["Ann Holt"]
