"""Russian and Ukrainian speakers by grammar any news text follows, on invented sentences: names put
in their base form (adjectival surnames, a possessor's name before the person's own), unnamed people
brought in just before a pronoun or a noun by sex ("женщина"), role nouns that name a person again."""

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

UNNAMED = [
    pytest.param(
        "ru", "Глава района Светлана Орлова пообещала решить проблему. На остановке мы встретили пенсионерку "
        "с тележкой. «Автобус не ходит уже неделю», — жалуется женщина.", [None],
        id="ru: an object brought in where nobody is named, then 'женщина'",
    ),
    pytest.param(
        "ru", "Мэр Вадим Гуров открыл новый сквер. Один из местных жителей, впрочем, остался недоволен. "
        "«Деревья посадили, а лавочек нет», — говорит мужчина.", [None], id="ru: 'один из' + 'мужчина'",
    ),
    pytest.param(
        "ru", "Прокурор Ольга Седых потребовала реального срока. Соседка обвиняемого рассказала журналистам, "
        "что ничего не замечала. «Он всегда со всеми здоровался», — сказала она.", [None],
        id="ru: a subject described by its genitive ('Соседка обвиняемого'), then 'она'",
    ),
    pytest.param(
        "ru", "Мэр Иван Котов пообещал отремонтировать дорогу. Местная жительница рассказала, что ямы здесь "
        "уже третий год. «Машины ломаются каждую неделю», — говорит она.", [None],
        id="ru: an adjective before the noun ('Местная жительница')",
    ),
    pytest.param(
        "uk", "Міністерка Оксана Ткач відкрила центр. Одна з відвідувачок поскаржилася на черги. «Я стояла "
        "в черзі три години», — каже вона.", [None], id="uk: 'одна з' + a pronoun",
    ),
    pytest.param(
        "uk", "Мер Іван Котенко пообіцяв відремонтувати дорогу. Водій маршрутки розповів, що ями тут уже "
        "третій рік. «Машини ламаються щотижня, ніхто нічого не робить», — каже він.", [None],
        id="uk: 'Водій маршрутки', then 'він'",
    ),
    pytest.param(
        "uk", "Секретарка ради Ірина Лук'янчук розповіла про підвезення води. «Цистерни стоятимуть біля "
        "шкіл», — наголосила вона.\nМешканка вулиці Садової розповіла, що дізналася про аварію вранці. "
        "«Відкрила кран, а там нічого, і ніхто нас не попередив», — каже жінка.", ["Ірина Лук'янчук", None],
        id="uk: an unnamed resident in the next paragraph does not continue the speaker before",
    ),
]

NAMED_AGAIN = [
    pytest.param(
        "ru", "Глава областного минздрава Андрей Рудаков посетил больницу в Боровичах. «Новый томограф "
        "привезут уже в марте», — сказал чиновник.", ["Андрей Рудаков"],
        id="ru: a bare role noun names him again",
    ),
    pytest.param(
        "ru", "Директор школы Ирина Быкова и завуч Ольга Ким встретили родителей. «Ремонт спортзала закончим "
        "к сентябрю», — сказала директор.", ["Ирина Быкова"],
        id="ru: the role noun that stood beside her name",
    ),
    pytest.param(
        "ru", "Задержанного защищает адвокат Алина Мерзлякова. «Мой подзащитный не признает вину и будет "
        "обжаловать арест», — заявила защитница.", ["Алина Мерзлякова"], id="ru: another word for her role",
    ),
    pytest.param(
        "ru", "Олег Дымов, владелец пекарни на Садовой, поднял цены. «Мука подорожала на треть за "
        "полгода», — объясняет владелец пекарни.", ["Олег Дымов"], id="ru: the role set off after the name",
    ),
    pytest.param(
        "uk", "Адвокат Івана Гречка Роман Шульга попросив виправдувальний вирок. Прокурорка Олена Гнатюк "
        "заперечила. «Докази зібрано з порушеннями, їх не можна брати до уваги», — наголосив адвокат.",
        ["Роман Шульга"], id="uk: the role beside his name, past a woman named since",
    ),
    pytest.param(
        "uk", "Лікар Петро Іваненко розповів про пацієнтів. «Більшість поранених уже виписали додому», — "
        "сказав медик.", ["Петро Іваненко"], id="uk: a bare role noun names him again",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES + UNNAMED + NAMED_AGAIN)
def test_speakers(language: str, text: str, expected: list[str | None]) -> None:
    assert _speakers(text, language) == expected
