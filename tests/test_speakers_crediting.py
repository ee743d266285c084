"""How native journalists credit speakers in fr, es, uk, ru, on invented sentences: unnamed sources
named again with a demonstrative, a pro-drop verb followed by its indirect object and an adverbial,
a role completed by "de la <place>", an adjective opening a sentence, names of streets, feminine
role nouns, a place after a preposition inside an apposition."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


CASES = [
    pytest.param(
        "fr", "La direction n'a pas souhaité réagir. Une source syndicale a confirmé l'information. "
        "« Trois sites sont concernés dès l'automne », a précisé cette source.", [None],
        id="fr: a source named again with a demonstrative is still nobody",
    ),
    pytest.param(
        "es", "Fuentes de la consejería consultadas por Europa Press admitieron retrasos en las obras. "
        "«Las máquinas no llegarán hasta después del verano», reconocieron esas fuentes.", [None],
        id="es: esas fuentes, unnamed",
    ),
    pytest.param(
        "es", "El Ayuntamiento de Burgos aprobó el presupuesto el lunes. La concejala de Hacienda, "
        "Beatriz Olmedo, defendió las cuentas ante el pleno. «Es el presupuesto más social de la "
        "historia de la ciudad», dijo a Radio Castilla al término de la sesión.", ["Beatriz Olmedo"],
        id="es: a dropped subject, an indirect object and then an adverbial 'a la/al ...'",
    ),
    pytest.param(
        "fr", "Présente dans la salle, la conseillère régionale de la Sarthe Odile Vasseur a pris la "
        "parole. « Les lycées ruraux ne sont pas des variables d'ajustement », a-t-elle lancé.",
        ["Odile Vasseur"],
        id="fr: 'de la <place>' before the name",
    ),
    pytest.param(
        "fr", "Principale accusée, Nadia Ferhat, 34 ans, conteste les faits. « Je n'ai jamais vu ces "
        "factures avant l'enquête », a-t-elle assuré.", ["Nadia Ferhat"],
        id="fr: an adjective opening the sentence before its noun is no speaker",
    ),
    pytest.param(
        "uk", "Голова ОСББ Петро Ярмоленко поскаржився на комунальників. Мешканець вулиці Івана "
        "Франка розповів, що світла немає третю добу. «Холодильник уже не працює, діти сидять із "
        "ліхтариками», — каже чоловік.", [None],
        id="uk: a street named after a person is a place, the resident unnamed",
    ),
    pytest.param(
        "ru", "Жительница улицы Максима Горького рассказала, что воду отключили без предупреждения. "
        "«Мы узнали об этом, только когда открыли кран», — говорит пенсионерка.", [None],
        id="ru: a street named after a person is no speaker",
    ),
    pytest.param(
        "uk", "Президентка Спілки пасічників Волині Марія Гнатюк розповіла про втрати. «Цього року "
        "загинула третина бджолосімей», — сказала вона.", ["Марія Гнатюк"],
        id="uk: a feminine role noun (президентка) before the name",
    ),
    pytest.param(
        "es", "La Junta de Castilla y León convocó a los sindicatos. La secretaria general de UGT en "
        "León, Pilar Monzón, lo rebatió con datos. «No vamos a firmar un acuerdo que congela los salarios», "
        "advirtió.", ["Pilar Monzón"],
        id="es: a region after 'en' inside the role is not the speaker",
    ),
]


@pytest.mark.parametrize(("language", "text", "speakers"), CASES)
def test_crediting(language: str, text: str, speakers: list[str | None]) -> None:
    assert _speakers(text, language) == speakers


def test_a_dash_inside_a_line_of_dialogue_without_a_speech_verb_is_the_speakers_own() -> None:
    text = (
        "Мы спросили директора завода о планах.\n"
        "— Заказов на следующий год — примерно на треть больше. Цех расширять не будем, "
        "но наберем вторую смену.\n"
        "— Людей хватит? — спросил я.\n"
        "— Придется учить своих. Уехать сейчас — значит потерять всё, что мы построили, — сказал Орлов."
    )
    quotes = [q.text for q in find_quotes(text, "ru")]
    assert quotes[0] == (
        "Заказов на следующий год — примерно на треть больше. Цех расширять не будем, "
        "но наберем вторую смену."
    )
    assert quotes[-1] == "Придется учить своих. Уехать сейчас — значит потерять всё, что мы построили"
    spanish = "—El puente estará listo en mayo —aseguró la consejera—. Nadie se ha olvidado de Tui."
    assert find_quotes(spanish, "es")[0].text == "El puente estará listo en mayo"


def test_an_interview_printed_as_plain_questions_and_dash_answers() -> None:
    text = (
        "Директор Вологодского драмтеатра Кирилл Сазонов рассказал, как театр пережил ремонт.\n"
        "Сколько зрителей вы потеряли за два года?\n"
        "— Почти половину. Мы играли в доме культуры на окраине, туда добирались только самые верные.\n"
        "Они вернулись?\n"
        "— Вернулись, и привели детей. На новогодние спектакли билеты закончились за неделю.\n"
        "Что дальше?\n"
        "— Малая сцена. Без нее молодым режиссерам негде пробовать. Министр культуры области Татьяна "
        "Рябова обещала деньги к весне."
    )
    quotes = [(q.text, q.speaker) for q in find_quotes(text, "ru")]
    answers = [s for t, s in quotes if t.startswith(("Почти", "Вернулись", "Малая"))]
    assert answers == ["Кирилл Сазонов"] * 3


def test_an_interview_with_labelled_questions_and_answers() -> None:
    text = (
        "Nuria Campos (Cádiz, 1975) dirige desde hace diez años el observatorio de aves del Estrecho.\n"
        "P. ¿Cuántas especies pasan cada otoño por aquí?\n"
        "R. Más de trescientas. En septiembre cruzan a veces cien mil rapaces en un solo día.\n"
        "P. ¿Qué las amenaza?\n"
        "R. Los aerogeneradores mal situados y la luz de las ciudades, que las desorienta de noche.\n"
        "La directora del observatorio se despide con prisa: tiene un grupo de escolares esperando."
    )
    quotes = [(q.text, q.speaker) for q in find_quotes(text, "es")]
    assert quotes == [
        ("Más de trescientas. En septiembre cruzan a veces cien mil rapaces en un solo día.", "Nuria Campos"),
        (
            "Los aerogeneradores mal situados y la luz de las ciudades, que las desorienta de noche.",
            "Nuria Campos",
        ),
    ]


def test_one_question_in_dialogue_is_no_interview() -> None:
    text = (
        "Кирилл Сазонов встретил нас у входа.\n"
        "— Билеты уже продаются?\n"
        "— Продаются с понедельника, но на премьеру мест почти нет, — ответила кассир."
    )
    speakers = [q.speaker for q in find_quotes(text, "ru")]
    assert "Кирилл Сазонов" not in speakers[1:]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "es", "La huelga de los estibadores llega a su tercer día. Fuentes de Puertos del Estado "
            "aseguran que los barcos «volverán a descargar el lunes».", [None],
            id="es: sources of a port authority",
        ),
        pytest.param(
            "pt", "O festival de cinema perdeu o patrocinador principal. Fontes da Câmara do Porto garantem "
            "que a edição de outono «não está em risco».", [None],
            id="pt: sources of a town hall",
        ),
        # near misses: a name apposed to the source; a body whose name holds the word; a named spokesman;
        # a compound surname and a town that open with the source word, named before
        pytest.param(
            "es", "El club cambió de entrenador. Una fuente del vestuario, el capitán Iker Salaberri, dijo "
            "que el equipo «necesitaba un cambio de aire».", ["Iker Salaberri"],
            id="es: a source named after a comma is that person",
        ),
        pytest.param(
            "pt", "O areal encolheu. A Associação de Moradores da Fonte da Telha disse que a praia «está a "
            "desaparecer depressa».", ["Associação de Moradores da Fonte da Telha"],
            id="pt: a body whose name holds the source word",
        ),
        pytest.param(
            "it", "Il festival del cinema ha perso lo sponsor. Il portavoce di Palazzo Vecchio, "
            "Tullio Sereni, assicura che l'edizione d'autunno «non è a rischio».", ["Tullio Sereni"],
            id="it: a spokesman of a building, named",
        ),
        pytest.param(
            "pt", "A arquiteta Clara Fontes da Lousela ganhou o concurso do museu. Fontes da Lousela "
            "explicou que o edifício «terá três pisos e um jardim no telhado».", ["Clara Fontes da Lousela"],
            id="pt: a compound surname that opens with the source word",
        ),
        pytest.param(
            "es", "Los regantes de Fuentes de Olivar cortaron la carretera. Fuentes de Olivar exige que la "
            "confederación «abra las compuertas antes de julio».", ["Fuentes de Olivar"],
            id="es: a town named before whose name opens with the source word",
        ),
    ],
)
def test_a_source_inside_a_place_or_body_named_after_it_is_nobody(
    language: str, text: str, expected: list[str | None]
) -> None:
    """A source noun with the place or body it speaks from after a preposition is an unnamed source, as
    a source of a lower-case body is, although a capitalised name follows it; not a person or a town the
    text has named with those words."""
    assert _speakers(text, language) == expected


def test_a_surname_that_is_the_source_word_before_an_adverb_is_that_person() -> None:
    # near miss: the surname `Fonte`, then `de novo` (an adverb, no capitalised place)
    text = (
        "O treinador Vasco Fonte preparou a final da taça. Fonte de novo avisou que o plantel «não pode "
        "facilitar no primeiro jogo»."
    )
    assert _speakers(text, "pt") == ["Vasco Fonte"]
