"""Ukrainian names of several types, in the cases the news puts a speaker's name in, come back as the full
name in the nominative: a grid of invented people (a man's surname in -енко, which the dictionary declines
only for women, surnames in -ін/-іна and -ов/-ова it knows only for men) by the constructions that credit
them ("за словами" + genitive, "цитує" + accusative, a surname alone after an instrumental mention)."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes

_QUOTE = "Ми завершимо ремонт мосту до кінця року"

# the name in the nominative, genitive, accusative, instrumental; the surname alone; the gender
_NAMES = {
    "a man's surname in -енко": (
        "Олександр Гриценко", "Олександра Гриценко", "Олександра Гриценко", "Олександром Гриценком",
        "Гриценко", "m"),
    "a woman's surname in -іна": (
        "Марія Ларіна", "Марії Ларіної", "Марію Ларіну", "Марією Ларіною", "Ларіна", "f"),
    "a woman's surname in -ова": (
        "Наталія Сомова", "Наталії Сомової", "Наталію Сомову", "Наталією Сомовою", "Сомова", "f"),
    "a man's surname in -ін": ("Олег Ларін", "Олега Ларіна", "Олега Ларіна", "Олегом Ларіним", "Ларін", "m"),
}

_CONSTRUCTIONS = {
    "за словами": lambda f, a: f"За словами {f[1]}, «{_QUOTE.lower()}».",
    "цитує": lambda f, a: f"«{_QUOTE}», — цитує Суспільне {f[2]}.",
    "a surname after за словами": lambda f, a: (
        f"За словами {f[1]}, роботи тривають за графіком.\n«Підрядник уже на майданчику», — "
        f"уточни{a} {f[4]}."),
    "a surname opening a sentence after an instrumental": lambda f, a: (
        f"Кореспондент поспілкувався з {f[3]}.\n{f[4]} розпові{a}: «{_QUOTE}»."),
}


@pytest.mark.parametrize("construction", list(_CONSTRUCTIONS))
@pytest.mark.parametrize("kind", list(_NAMES))
def test_every_kind_of_name_is_credited_in_the_nominative(kind: str, construction: str) -> None:
    forms = _NAMES[kind]
    text = _CONSTRUCTIONS[construction](forms, "ла" if forms[5] == "f" else "в")
    assert [q.speaker for q in find_quotes(text, "uk")] == [forms[0]]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("uk", "«Аварійні бригади працюють цілодобово», — повідомили в ДТЕК Західні "
                     "електромережі Укрінформу.", "ДТЕК Західні електромережі",
                     id="uk: a name in the nominative, then an outlet"),
        pytest.param("uk", "«Аварійні бригади працюють цілодобово», — повідомили в НАК Енергоресурс України.",
                     "НАК Енергоресурс України", id="uk: a name, then a place in the genitive"),
        pytest.param("ru", "«Аварийные бригады работают круглосуточно», — сообщили в ПАО Северэнерго.",
                     "ПАО Северэнерго", id="ru: ПАО and its name"),
    ],
)
def test_a_bodys_name_after_the_abbreviation_of_its_kind_stays_in_the_nominative(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


def test_a_role_noun_after_a_womans_verb_is_the_woman_named_with_it() -> None:
    text = ("Міський голова Олена Шевчук оглянула міст.\n«Ми завершимо ремонт мосту до кінця року», — "
            "пообіцяла міський голова.")
    assert [q.speaker for q in find_quotes(text, "uk")] == ["Олена Шевчук"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("uk", "— А корова жива, тільки налякана, — додає Ганна Мельник.\nСусіди зібрали речі "
                     "для родини. Бібліотекарка Людмила Гай, яка організувала збір, розповіла, що люди несли "
                     "все. «Приходили навіть ті, кому самим важко», — сказала вона.", "Людмила Гай", id="uk"),
        pytest.param("ru", "— А корова жива, только напугана, — добавляет Анна Мельник.\nСоседи собрали вещи "
                     "для семьи. Библиотекарь Людмила Гай, которая организовала сбор, рассказала, что люди "
                     "несли все. «Приходили даже те, кому самим тяжело», — сказала она.", "Людмила Гай",
                     id="ru"),
    ],
)
def test_a_verb_after_a_relative_clause_has_the_subject_before_the_clause(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language)][-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("uk", "За словами Ханса-Петера ван Дейка, «ми завершимо переговори до кінця року».",
                     "Ханс-Петер ван Дейк", id="uk: a man's double first name"),
        pytest.param("uk", "За словами Анни-Марії Сомової, «ми завершимо переговори до кінця року».",
                     "Анна-Марія Сомова", id="uk: a woman's double first name"),
        pytest.param("uk", "«Ми завершимо переговори до кінця року», — заявив Ахмед ас-Сабах.",
                     "Ахмед ас-Сабах", id="uk: the Arabic article"),
    ],
)
def test_foreign_names_in_ukrainian(language: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("uk", "«Аварійні бригади працюють цілодобово», — повідомили в пресслужбі Київської "
                     "міської ради.", "Київська міська рада", id="uk: two adjectives, then the noun"),
        pytest.param("uk", "«Аварійні бригади працюють цілодобово», — повідомили в прес-службі Волинської "
                     "обласної військової адміністрації.", "Волинська обласна військова адміністрація",
                     id="uk: three adjectives, then the noun"),
        pytest.param("uk", "«Аварійні бригади працюють цілодобово», — повідомили в пресслужбі Волинської "
                     "ОВА.", "Волинська ОВА", id="uk: an adjective, then an abbreviation"),
        pytest.param("ru", "«Аварийные бригады работают круглосуточно», — сообщили в пресс-службе Тверского "
                     "областного суда.", "Тверской областной суд", id="ru: two adjectives, then the noun"),
    ],
)
def test_a_press_office_of_a_body_named_by_adjectives_and_a_noun_speaks_for_it(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("За словами Сі Цзіньпіна, «ми завершимо переговори до кінця року».", "Сі Цзіньпін",
                     id="a Chinese name in the genitive"),
        pytest.param("Журналісти поспілкувалися з Лі Веєм.\nЛі розповів: «Ми завершимо переговори до кінця "
                     "року».", "Лі Вей", id="a Chinese name in the instrumental, then the surname"),
        pytest.param("«Ми завершимо переговори до кінця року», — цитує Суспільне О. В. Ларіну.",
                     "О. В. Ларіна", id="initials and a woman's surname in the accusative"),
        pytest.param("За словами І. П. Сомова, «ми завершимо переговори до кінця року».", "І. П. Сомов",
                     id="initials and a man's surname in the genitive"),
    ],
)
def test_east_asian_names_and_initials(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, "uk")] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("ru", "Мэрия Твери проверила подрядчика. «Мы закончим ремонт моста до конца года», — "
                     "уточнили в ведомстве.", "Мэрия Твери", id="ru: a mayor's office, then 'ведомство'"),
        pytest.param("uk", "Мерія Луцька перевірила підрядника. «Ми завершимо ремонт мосту до кінця року», — "
                     "уточнили у відомстві.", "Мерія Луцька", id="uk: a mayor's office, then 'відомство'"),
        pytest.param("ru", "«Мы закончим ремонт крыши до конца года», — рассказали в школе № 5.",
                     "школа № 5", id="ru: a school"),
        pytest.param("uk", "«Ми завершимо ремонт мосту до кінця року», — повідомили в міськраді.",
                     "міськрада", id="uk: a town council"),
    ],
)
def test_a_towns_own_bodies_speak(language: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("uk", "За словами Марії Лопес-Гарсії, «ми завершимо ремонт мосту до кінця року».",
                     "Марія Лопес-Гарсія", id="uk"),
        pytest.param("ru", "По словам Марии Лопес-Гарсии, «мы закончим ремонт моста до конца года».",
                     "Мария Лопес-Гарсия", id="ru"),
    ],
)
def test_a_womans_foreign_double_surname_in_ia_in_the_genitive(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]
