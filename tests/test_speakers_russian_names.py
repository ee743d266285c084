"""Russian names of every common type, in every case the news puts a speaker's name in, come back as the
full name in the nominative: a grid of invented people (surnames in -ов/-ова the dictionary knows only as
adjectives, adjectival, indeclinable, foreign and double surnames, men's surnames in -а, names with a
patronymic) by the constructions that credit them (subject, "по словам" + genitive, "цитирует" +
accusative, "приводит слова" + genitive, a surname alone after an instrumental or locative mention)."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes

_QUOTE = "Мы закончим ремонт моста до конца года"

# name in the nominative, genitive, accusative, instrumental, locative; the surname alone; the gender
_NAMES = {
    "-ов, an adjective in the dictionary": (
        "Игорь Сомов", "Игоря Сомова", "Игоря Сомова", "Игорем Сомовым", "Игоре Сомове", "Сомов", "m"),
    "-ова, an adjective in the dictionary": (
        "Анна Сомова", "Анны Сомовой", "Анну Сомову", "Анной Сомовой", "Анне Сомовой", "Сомова", "f"),
    "-ова, another such stem": (
        "Ольга Орехова", "Ольги Ореховой", "Ольгу Орехову", "Ольгой Ореховой", "Ольге Ореховой",
        "Орехова", "f"),
    "-ой, an adjectival surname": (
        "Роман Луговой", "Романа Лугового", "Романа Лугового", "Романом Луговым", "Романе Луговом",
        "Луговой", "m"),
    "-ая, an adjectival surname": (
        "Мария Луговая", "Марии Луговой", "Марию Луговую", "Марией Луговой", "Марии Луговой", "Луговая", "f"),
    "a double surname": (
        "Анна Сомова-Ларина", "Анны Сомовой-Лариной", "Анну Сомову-Ларину", "Анной Сомовой-Лариной",
        "Анне Сомовой-Лариной", "Сомова-Ларина", "f"),
    "a man's surname in -а": (
        "Сергей Кочерга", "Сергея Кочерги", "Сергея Кочергу", "Сергеем Кочергой", "Сергее Кочерге",
        "Кочерга", "m"),
    "a foreign name": (
        "Джон Смит", "Джона Смита", "Джона Смита", "Джоном Смитом", "Джоне Смите", "Смит", "m"),
    "an indeclinable woman's surname": (
        "Карина Петросян", "Карины Петросян", "Карину Петросян", "Кариной Петросян", "Карине Петросян",
        "Петросян", "f"),
    "a name with a patronymic": (
        "Игорь Петрович Сомов", "Игоря Петровича Сомова", "Игоря Петровича Сомова",
        "Игорем Петровичем Сомовым", "Игоре Петровиче Сомове", "Сомов", "m"),
}

_CONSTRUCTIONS = {
    "по словам": lambda f, a: f"По словам {f[1]}, «{_QUOTE.lower()}».",
    "по словам after the quote": lambda f, a: f"Работы идут по плану. «{_QUOTE}», — по словам {f[1]}.",
    "приводит слова": lambda f, a: f"«{_QUOTE}», — приводит ТАСС слова {f[1]}.",
    "цитирует": lambda f, a: f"«{_QUOTE}», — цитирует {f[2]} РИА Новости.",
    "a surname after an instrumental": lambda f, a: (
        f"Корреспондент поговорил с {f[3]}. «{_QUOTE}», — сказал{a} {f[5]}."),
    "a surname after a locative": lambda f, a: (
        f"Все в городе знают о {f[4]}.\n{f[5]} рассказал{a}: «{_QUOTE}»."),
    "a surname after по словам": lambda f, a: (
        f"По словам {f[1]}, работы идут по графику.\n«Подрядчик уже на площадке», — уточнил{a} {f[5]}."),
    "a dative before the subject": lambda f, a: (
        f"«{_QUOTE}», — рассказал{a} {'Нине Орловой' if a == '' else 'Глебу Орлову'} {f[0]}."),
}


@pytest.mark.parametrize("construction", list(_CONSTRUCTIONS))
@pytest.mark.parametrize("kind", list(_NAMES))
def test_every_kind_of_name_is_credited_in_the_nominative(kind: str, construction: str) -> None:
    forms = _NAMES[kind]
    text = _CONSTRUCTIONS[construction](forms, "а" if forms[6] == "f" else "")
    assert [q.speaker for q in find_quotes(text, "ru")] == [forms[0]]
