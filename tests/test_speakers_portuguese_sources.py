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


def test_a_body_named_in_full_runs_on_over_its_place() -> None:
    text = (
        "O Sindicato dos Professores no Distrito Federal cobrou ressarcimento. \"Condenar é importante, mas "
        "o dinheiro precisa voltar\", afirmou a entidade.\nA Associação do Turismo Rural em Portugal reagiu "
        "em comunicado. «A câmara insiste em culpar um setor pequeno», lê-se na nota."
    )
    assert _speakers(text) == [
        "Sindicato dos Professores no Distrito Federal", "Associação do Turismo Rural em Portugal",
    ]


def test_a_place_after_a_short_name_or_a_person_is_no_part_of_it() -> None:
    text = (
        "A Polícia Federal em Curitiba abriu um inquérito. \"As diligências continuam ao longo da "
        "semana\", informou a corporação.\nO presidente da Associação dos Moradores, Rui Paiva, disse em "
        "Lisboa que \"os dados serão publicados a partir de janeiro\"."
    )
    speakers = _speakers(text)
    assert speakers[0] == "Polícia Federal"
    assert speakers[1] == "Rui Paiva"


def test_como_and_a_speech_verb_name_the_speaker_after_it() -> None:
    text = (
        "O vereador Luís Neto falou durante uma hora. \"Não vou desistir desta candidatura\", disse Neto. "
        "\"A prefeitura fez tudo o que podia pelas famílias\", como explicou o prefeito Rui Paiva na "
        "coletiva."
    )
    assert _speakers(text) == ["Luís Neto", "Rui Paiva"]
