"""Russian and Ukrainian bodies' names as news writes them, on invented sentences: the field a federal
service oversees ("в сфере"), a name given in full and then by its head alone, a sports club told apart
by its town, two bodies that speak together, a time after a preposition that names no body, and "там" pointing
back at the body named in the sentence before."""

from __future__ import annotations

import pytest

from digest.lang import morph
from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


def test_a_service_s_name_keeps_the_field_it_oversees() -> None:
    """Federal services are named by what they oversee "в сфере" of a field ("служба по надзору в сфере
    связи"): the field is part of the name; a verb before "в сфере" still ends it."""
    service = ["Федеральной", "службы", "по", "надзору", "в", "сфере", "связи"]
    assert morph.body_phrase("ru", service, "gent") == [
        "Федеральная", "служба", "по", "надзору", "в", "сфере", "связи",
    ]
    service = ["Державній", "службі", "у", "сфері", "захисту", "довкілля"]
    assert morph.body_phrase("uk", service, "loct") == [
        "Державна", "служба", "у", "сфері", "захисту", "довкілля",
    ]
    working = ["Компания", "работает", "в", "сфере", "логистики"]
    assert morph.body_phrase("ru", working, None) == ["Компания"]


def test_a_name_given_in_full_then_by_its_head_is_the_full_name() -> None:
    """A body named in full once is then written by its capitalised head alone ("Велика палата"): the
    full name given before; when two bodies of that head were named, the short name stays as written."""
    text = (
        "Велика палата Верховного Суду скасувала рішення про продаж заводу на торгах.\n"
        "«Суди попередніх інстанцій не дослідили ключових доказів у цій справі», — ідеться в постанові "
        "Великої палати."
    )
    assert _speakers(text, "uk") == ["Велика палата Верховного Суду"]
    two = (
        "Велика палата Верховного Суду і Велика палата Конституційного Суду розглянули дві скарги.\n"
        "«Суди попередніх інстанцій не дослідили ключових доказів у цій справі», — ідеться в постанові "
        "Великої палати."
    )
    assert _speakers(two, "uk") == ["Велика палата"]


def test_a_club_is_told_apart_by_its_town_in_the_nominative() -> None:
    """Sports clubs of one name are told apart by their town written after the name in the nominative,
    whatever the case of the phrase ("клуба «Динамо» Москва"): the town is part of the name; a person's
    name after the club's is not, nor a town after another kind of body."""
    ru = (
        "Хоккейный клуб «Динамо» Москва уступил дома со счётом 1:4. «Команда не справилась с давлением "
        "соперника, выводы будут сделаны», — говорится в заявлении хоккейного клуба «Динамо» Москва."
    )
    assert _speakers(ru, "ru") == ["Хоккейный клуб «Динамо» Москва"]
    uk = (
        "Гравці вийшли на поле без капітана. «Капітан відновлюється після травми коліна і повернеться за "
        "місяць», — йдеться в повідомленні Футбольного клубу «Металіст» Харків."
    )
    assert _speakers(uk, "uk") == ["Футбольний клуб «Металіст» Харків"]
    person = (
        "Гравці вийшли на поле без капітана. «Капітан відновлюється після травми коліна і повернеться за "
        "місяць», — йдеться в повідомленні футбольного клубу «Металіст» Олександр Шевчук пояснив пізніше."
    )
    assert _speakers(person, "uk") == ["Футбольний клуб «Металіст»"]


def test_two_bodies_joined_before_a_plural_verb_speak_together() -> None:
    """"X и Y подписали": a subject of two bodies joined by "и"/"та" takes a plural verb, and their joint
    statement is both's; "и" inside one body's name ("профсоюзов транспорта и связи", a singular verb)
    joins no second body."""
    ru = (
        "Союз грузовых перевозчиков и Ассоциация портов Каспия подписали в Актау соглашение о тарифах.\n"
        "В совместном заявлении говорится о новых скидках. «Скидки начнут действовать с первого апреля и "
        "продлятся до осени», — отмечается в документе."
    )
    assert _speakers(ru, "ru") == ["Союз грузовых перевозчиков и Ассоциация портов Каспия"]
    uk = (
        "Асоціація аграріїв України та Спілка елеваторів України оприлюднили спільне звернення до уряду.\n"
        "«Ми просимо не змінювати правила експорту до завершення жнив», — йдеться у зверненні."
    )
    assert _speakers(uk, "uk") == ["Асоціація аграріїв України та Спілка елеваторів України"]
    one = (
        "Федерация профсоюзов транспорта и связи опубликовала обращение к правительству.\n"
        "«Мы просим не повышать пенсионный возраст для водителей», — говорится в обращении."
    )
    assert _speakers(one, "ru") == ["Федерация профсоюзов транспорта и связи"]


def test_a_time_after_a_preposition_names_no_body() -> None:
    """"привезли из Казани в середине января": a phrase after "в" that holds no body's noun and no capital
    is the time of the act, not who spoke; the body the text named before speaks for its press office."""
    text = (
        "Жителя Коврова задержали за продажу поддельных лекарств. О задержании рассказали в Главном "
        "управлении МВД России по Владимирской области.\n"
        "Как выяснили оперативники, товар привезли из Казани в середине января. «У задержанного изъяли "
        "более двух тысяч упаковок без маркировки», — уточнили в пресс-службе главка."
    )
    assert _speakers(text, "ru") == ["Главное управление МВД России по Владимирской области"]


def test_a_statement_of_a_press_office_is_its_body_s() -> None:
    """"говорится в сообщении пресс-службы МУП «Горсвет»": a statement named by its document noun is
    read as "сообщили в пресс-службе МУП «Горсвет»" is, its body by its legal form and its name in
    quotation marks; a name in quotation marks not in the nominative ("«Вечернему Томску»", the outlet
    told) is no part of the body's name."""
    text = (
        "В Томске из-за аварии на подстанции без света остались три улицы. «Аварийные бригады работают "
        "круглосуточно, освещение вернут к вечеру», — говорится в сообщении пресс-службы МУП «Горсвет»."
    )
    assert _speakers(text, "ru") == ["МУП «Горсвет»"]
    outlet = (
        "Мэрия Томска закрыла на ремонт мост через Ушайку. «Аварийные бригады работают круглосуточно, "
        "движение откроют к вечеру», — говорится в ответе пресс-службы мэрии «Вечернему Томску»."
    )
    assert _speakers(outlet, "ru") == ["Мэрия Томска"]


def test_a_territorial_body_serves_a_town_and_its_region() -> None:
    """"ГУ МВД по Петербургу и Ленинградской области": after one "по", a town and the region around it
    (an adjective and a territory's noun, in the dative) are both the territory served; another body
    after "и" ("и областной прокуратуре") is not."""
    both = ["пресс-службе", "УФСБ", "по", "Москве", "и", "Московской", "области"]
    assert morph.body_phrase("ru", both, "loct") == [
        "пресс-служба", "УФСБ", "по", "Москве", "и", "Московской", "области",
    ]
    other = ["УФСБ", "по", "Москве", "и", "областной", "прокуратуре"]
    assert morph.body_phrase("ru", other, None) == ["УФСБ", "по", "Москве"]


def test_glavk_stands_for_the_main_directorate_named_before() -> None:
    """Russian news calls a "главное управление" a "главк": "в пресс-службе главка" is the directorate
    the text named; a "главка" where no directorate was named stays as written."""
    text = (
        "Сотрудники Главного управления МЧС России по Томской области потушили пожар на складе. "
        "По словам очевидцев, огонь заметили в начале ночи.\n"
        "«Площадь пожара составила четыреста квадратных метров, пострадавших нет», — сообщили в "
        "пресс-службе главка."
    )
    assert _speakers(text, "ru") == ["Главное управление МЧС России по Томской области"]
    later = (
        "Сотрудники Главного управления МЧС России по Томской области потушили пожар на складе. "
        "Движение по улице перекрыли, сообщили в Департаменте транспорта Томска.\n"
        "«Площадь пожара составила четыреста квадратных метров, пострадавших нет», — сообщили в "
        "пресс-службе главка."
    )
    assert _speakers(later, "ru") == ["Главное управление МЧС России по Томской области"]


def test_a_cassation_court_keeps_the_supreme_court_it_sits_in() -> None:
    """Ukrainian names the cassation courts by the Supreme Court they are part of ("Касаційний цивільний
    суд у складі Верховного Суду"): that is part of the name; a court sitting "у складі колегії суддів"
    (as a panel of judges) names no other court, nor does a commission of three members."""
    court = ["Касаційному", "цивільному", "суді", "у", "складі", "Верховного", "Суду"]
    assert morph.body_phrase("uk", court, "loct") == [
        "Касаційний", "цивільний", "суд", "у", "складі", "Верховного", "Суду",
    ]
    panel = ["Апеляційний", "суд", "у", "складі", "колегії", "суддів"]
    assert morph.body_phrase("uk", panel, None) == ["Апеляційний", "суд"]
    commission = ["Комісія", "у", "складі", "Трьох", "членів"]
    assert morph.body_phrase("uk", commission, None) == ["Комісія"]


def test_a_council_s_compound_is_the_council_named_in_full() -> None:
    """Ukrainian cuts a council's name to a compound ("міськрада" of "міська рада", складноскорочене
    слово): "у міськраді" is the one city council the text named in full; of two named, it stays as
    written."""
    text = (
        "Депутати Полтавської міської ради ухвалили бюджет на наступний рік.\n"
        "«Видатки на освіту зростуть на п'ятнадцять відсотків порівняно з цим роком», — зазначили в "
        "міськраді."
    )
    assert _speakers(text, "uk") == ["Полтавська міська рада"]
    two = (
        "Депутати Полтавської міської ради та Київської міської ради ухвалили спільне звернення.\n"
        "«Видатки на освіту зростуть на п'ятнадцять відсотків порівняно з цим роком», — зазначили в "
        "міськраді."
    )
    assert _speakers(two, "uk") == ["міськрада"]


@pytest.mark.parametrize("tail", ["и в прокуратуре", "и в мэрии"])
def test_a_region_after_a_town_ends_the_body_s_name(tail: str) -> None:
    """"по Калуге и Калужской области": the region after the town ends the name; "и в прокуратуре" after it
    is the next body told, no part of the first one's name."""
    text = (
        "«Движение по мосту откроют не раньше понедельника», — сообщили в УМВД по Калуге и Калужской "
        f"области {tail}."
    )
    assert _speakers(text, "ru") == ["УМВД по Калуге и Калужской области"]


_LECTURES = {
    "ru": "Ректор Никодим Ворсин открыл учебный год в новом корпусе.\n{before} {quote}",
    "uk": "Ректорка Ярина Ворсинська відкрила навчальний рік у новому корпусі.\n{before} {quote}",
}
_HEATING_RU = "«Отопление в общежитии дадут до первого снега»"
_HEATING_UK = "«Опалення в гуртожитку дадуть до першого снігу»"


@pytest.mark.parametrize(
    ("language", "before", "quote", "speaker"),
    [
        pytest.param("ru", "В Горном институте перенесли лекции, объяснив это холодом.",
                     f"{_HEATING_RU}, — уточнили там.", "Горный институт", id="ru: — уточнили там"),
        pytest.param("ru", "В Горном институте перенесли лекции, объяснив это холодом.",
                     f"Там уточнили: {_HEATING_RU}.", "Горный институт", id="ru: Там уточнили:"),
        pytest.param("uk", "У Гірничому інституті перенесли лекції, пояснивши це холодом.",
                     f"{_HEATING_UK}, — уточнили там.", "Гірничий інститут", id="uk: — уточнили там"),
        pytest.param("ru", "В субботу у входа в институт сообщили о замене котельной.",
                     f"{_HEATING_RU}, — уточнили там.", None, id="ru near miss: a time opens, no body"),
        pytest.param("ru", "В Берёзовке открылась ярмарка.", f"{_HEATING_RU}, — судачили там.", None,
                     id="ru near miss: a village, people there"),
        pytest.param("uk", "У Березівці відкрився ярмарок.", f"{_HEATING_UK}, — пліткували там.", None,
                     id="uk near miss: a village, people there"),
        pytest.param("ru", "В актовом зале собрались первокурсники.", f"{_HEATING_RU}, — шутили там.", None,
                     id="ru near miss: a room, nothing reported"),
    ],
)
def test_there_beside_an_impersonal_plural_verb_is_the_body_named_before(
    language: str, before: str, quote: str, speaker: str | None
) -> None:
    """"Там" alone beside an impersonal plural verb points back at the body (a noun of its kind) named after
    a preposition opening the sentence before, where that sentence reports, even only with a gerund; not a
    village or a room where people talk."""
    assert _speakers(_LECTURES[language].format(before=before, quote=quote), language) == [speaker]
