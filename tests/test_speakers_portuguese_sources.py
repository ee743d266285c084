"""Portuguese statements (session 17), on invented sentences about fictional people and bodies: "«…», diz o
texto" after a body's note is that body's, not the place named last; a person's letter stays theirs."""

from __future__ import annotations

from digest.quotes.finder import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "pt")]


def test_diz_o_texto_is_the_body_whose_note_it_is() -> None:
    text = (
        "A costureira Ilda Rocha, de 63 anos, deixou a casa com a filha. \"Quando começou a estalar o "
        "barranco, não esperei ninguém\", contou.\nA Sanevale informou, em nota, que o abastecimento está "
        "interrompido em parte de Gaspar e Ilhota por causa da turbidez do rio. \"As equipes trabalham para "
        "normalizar o fornecimento o quanto antes\", diz o texto."
    )
    assert _speakers(text) == ["Ilda Rocha", "Sanevale"]


def test_diz_o_texto_of_a_letter_is_its_writer() -> None:
    text = (
        "O cantor Rui Paiva publicou uma carta aos fãs nas redes sociais. \"Volto aos palcos em março, com "
        "mais vontade do que nunca\", diz o texto."
    )
    assert _speakers(text) == ["Rui Paiva"]


def test_como_and_a_speech_verb_name_the_speaker_after_it() -> None:
    text = (
        "O vereador Luís Neto falou durante uma hora. \"Não vou desistir desta candidatura\", disse Neto. "
        "\"A prefeitura fez tudo o que podia pelas famílias\", como explicou o prefeito Rui Paiva na "
        "coletiva."
    )
    assert _speakers(text) == ["Luís Neto", "Rui Paiva"]
