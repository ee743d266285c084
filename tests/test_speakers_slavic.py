"""Russian and Ukrainian speakers by grammar any news text follows, on invented sentences: names put
in their base form (adjectival surnames, a possessor's name before the person's own), unnamed people
introduced just before a pronoun or a generic noun, bodies named again by their head noun."""

from __future__ import annotations

import pytest

from digest.lang import morph
from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


@pytest.mark.parametrize(
    ("code", "words", "expected"),
    [
        pytest.param("ru", ("Натальи", "Бережной"), ("Наталья", "Бережная"),
            id="ru: adjectival surname, genitive"),
        pytest.param("ru", ("Павла", "Светлого"), ("Павел", "Светлый"),
            id="ru: adjectival surname, masculine"),
        pytest.param("uk", ("Олени", "Бережної"), ("Олена", "Бережна"),
            id="uk: adjectival surname, genitive"),
        pytest.param(
            "ru", ("Олега", "Сафонова", "Дмитрий", "Рыбкин"), ("Дмитрий", "Рыбкин"),
            id="ru: a possessor in the genitive, then the person in the nominative",
        ),
        pytest.param("ru", ("Марина", "Юдина"), ("Марина", "Юдина"), id="ru: a nominative name stays"),
    ],
)
def test_names_in_their_base_form(code: str, words: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert morph.name_form(code, words).words == expected


def test_a_body_noun_in_the_locative_is_put_in_the_nominative_singular() -> None:
    assert morph.body_phrase("uk", ["регуляторі"], "loct") == ["регулятор"]
    phrase = morph.body_phrase("uk", ["Вінницькій", "міській", "раді"], "loct")
    assert phrase == ["Вінницька", "міська", "рада"]


CASES = [
    pytest.param(
        "ru", "По словам директора школы № 14 Натальи Бережной, «занятия начнутся строго по расписанию».",
        ["Наталья Бережная"], id="ru: по словам + an adjectival surname in the genitive",
    ),
    pytest.param(
        "ru", "Решение прокомментировал адвокат Олега Сафонова Дмитрий Рыбкин. «Мы обязательно подадим "
        "апелляцию в областной суд», — сказал он.", ["Дмитрий Рыбкин"],
        id="ru: the client's name in the genitive before the lawyer's",
    ),
    pytest.param(
        "ru", "Врач Сергей Ткаченко осмотрел пострадавших. Продавщица с улицы Заречной Вера Кочеткова "
        "рассказала, что слышала хлопок. «Стекла вылетели во всем доме, я думала, что это война», — "
        "сказала она.", ["Вера Кочеткова"], id="ru: a street's name before a person's is no street of hers",
    ),
    pytest.param(
        "uk", "Лікар Сергій Ткаченко оглянув постраждалих. Мешканка вулиці Садової Віра Кочеткова "
        "розповіла, що чула вибух. «Шибки вилетіли в усьому будинку, я думала, що почалася війна», — "
        "сказала вона.", ["Віра Кочеткова"], id="uk: a street's name before a person's",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_speakers(language: str, text: str, expected: list[str | None]) -> None:
    assert _speakers(text, language) == expected
