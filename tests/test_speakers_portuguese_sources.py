"""Portuguese attributions (session 17), on invented sentences about fictional people: "como explicou X"
names the speaker after it. (The "diz o texto" rule is tested in test_speakers_romance_statements.py.)"""

from __future__ import annotations

from digest.quotes.finder import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "pt")]


def test_como_and_a_speech_verb_name_the_speaker_after_it() -> None:
    text = (
        "O vereador Luís Neto falou durante uma hora. \"Não vou desistir desta candidatura\", disse Neto. "
        "\"A prefeitura fez tudo o que podia pelas famílias\", como explicou o prefeito Rui Paiva na "
        "coletiva."
    )
    assert _speakers(text) == ["Luís Neto", "Rui Paiva"]


def test_como_diz_o_ditado_names_no_speaker() -> None:
    text = (
        "O inverno chegou cedo à aldeia de Vale Escuro. Como diz o ditado, \"depois da tempestade vem a "
        "bonança\"."
    )
    assert _speakers(text) == [None]


def test_the_press_office_of_a_body_is_the_body() -> None:
    # `a assessoria do X informou`: the office speaks for the body, as a `porta-voz` does
    text = (
        "O fogo atingiu dois armazéns no porto de Itajaí. A assessoria da Polícia Civil informou que o "
        "incêndio \"foi controlado durante a madrugada\"."
    )
    assert _speakers(text) == ["Polícia Civil"]


def test_a_firm_named_assessoria_and_a_hired_adviser_near_misses() -> None:
    # near misses: a firm whose name opens with the word; the word as the object of another clause
    firm = (
        "O festival mudou de data. A Assessoria Cultural Trindelo, empresa de eventos, informou que os "
        "bilhetes \"continuam válidos para o novo fim de semana\"."
    )
    hired = (
        "A câmara contratou uma assessoria técnica e o diretor da obra, Caio Bretanha, disse que a ponte "
        "\"abre ao trânsito em março\"."
    )
    assert _speakers(firm) == ["Assessoria Cultural Trindelo"]
    assert _speakers(hired) == ["Caio Bretanha"]
