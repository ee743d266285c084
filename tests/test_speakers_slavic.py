"""Russian and Ukrainian speakers by grammar any news text follows, on invented sentences: names put
in their base form (adjectival surnames, a possessor's name before the person's own), unnamed people
brought in just before a pronoun or a noun by sex ("женщина"), role nouns that name a person again,
initials and patronymics, bodies named again by their head noun or a word for their kind."""

from __future__ import annotations

import pytest

from digest.article.pasted import article_from_text
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
        pytest.param(
            "ru", ("Петра", "Шереметьева"), ("Петр", "Шереметьев"),
            id="ru: the likelier reading of the first name (a genitive, not a rare nominative)",
        ),
        pytest.param(
            "uk", ("Юлії", "Мендель"), ("Юлія", "Мендель"),
            id="uk: where readings tie, the commoner case (genitive, not locative)",
        ),
    ],
)
def test_names_in_their_base_form(code: str, words: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert morph.name_form(code, words).words == expected


@pytest.mark.parametrize(
    ("code", "words", "expected"),
    [
        pytest.param("uk", ("Д.", "Бреславцеві"), ("Д.", "Бреславцев"), id="uk: his dative after initials"),
        pytest.param("uk", ("Т.", "Гнилицьку"), ("Т.", "Гнилицька"), id="uk: her accusative after initials"),
        pytest.param("ru", ("Д.", "Бреславцёвой"), ("Д.", "Бреславцёва"), id="ru: her oblique in -ёвой"),
        pytest.param("ru", ("Ольгу", "Бреславцёву"), ("Ольга", "Бреславцёва"), id="ru: hers in -ёву"),
        pytest.param("ru", ("Олегу", "Бреславцёву"), ("Олег", "Бреславцёв"), id="ru: his dative in -ёву"),
        pytest.param("ru", ("Д.", "Бреславцёву"), ("Д.", "Бреславцёву"), id="ru: -ёву, his or hers"),
        pytest.param("uk", ("Ярину", "Гнилицьку"), ("Ярина", "Гнилицька"), id="uk: hers, named"),
        pytest.param("ru", ("Юлия", "Хлебникова"), ("Юлия", "Хлебникова"),
                     id="ru: her nominative, the dictionary knowing only his genitive"),
    ],
)
def test_one_table_of_surname_endings_serves_initials_and_first_names(
    code: str, words: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    """Surname endings the dictionary does not know come from one table, read by case after initials and by
    the first name's gender after one (the two readings once had tables of their own that disagreed)."""
    assert morph.name_form(code, words).words == expected


def test_a_body_with_a_plural_name_is_put_in_the_nominative_plural() -> None:
    assert morph.body_phrase("ru", ["Вооруженных", "силах"], "loct") == ["Вооруженные", "силы"]
    assert morph.body_phrase("uk", ["Повітряних", "силах"], "loct") == ["Повітряні", "сили"]
    text = "«Ми уважно стежимо за розвитком ситуації в повітрі», — повідомили в Повітряних силах."
    assert _speakers(text, "uk") == ["Повітряні сили"]


def test_a_body_noun_in_the_locative_is_put_in_the_nominative_singular() -> None:
    assert morph.body_phrase("uk", ["регуляторі"], "loct") == ["регулятор"]
    phrase = morph.body_phrase("uk", ["Вінницькій", "міській", "раді"], "loct")
    assert phrase == ["Вінницька", "міська", "рада"]


def test_a_body_s_name_keeps_the_field_it_serves_after_u_spravakh() -> None:
    """Ukrainian names a body by the affairs it handles ("Міністерство у справах ветеранів", "служба у
    справах дітей"): "у справах" and its genitive are part of the name; another "у" (a place, "у
    Полтаві") still ends it."""
    assert morph.body_phrase("uk", ["Міністерстві", "у", "справах", "ветеранів"], "loct") == [
        "Міністерство", "у", "справах", "ветеранів",
    ]
    assert morph.body_phrase("uk", ["службі", "у", "справах", "дітей"], "loct") == [
        "служба", "у", "справах", "дітей",
    ]
    assert morph.body_phrase("uk", ["Міністерстві", "у", "Полтаві"], "loct") == ["Міністерство"]


def test_a_woman_s_surname_the_dictionary_reads_as_an_adjective_is_hers_declined() -> None:
    """Russian declines a woman's surname in -ова/-ина as an adjective (Розенталь, «Справочник по
    правописанию и стилистике», on surnames: "у Петровой"), so a surname that is also an adjective ("пуховый")
    is her name in the genitive after "По словам", not a common word; a man of that surname is not her."""
    text = (
        "Директор музея Вера Пухова рассказала о ремонте. По словам Пуховой, «крышу перекроют до первого "
        "снега, а залы откроют весной»."
    )
    assert _speakers(text, "ru") == ["Вера Пухова"]
    assert _speakers(text.replace("Вера Пухова рассказала", "Олег Пухов рассказал"), "ru") == [None]


def test_a_body_named_again_short_takes_the_fuller_name_given_before() -> None:
    """A body named again by its noun keeps the lower-case adjectives of its kind where its name says whose
    it is ("транспортном комитете Твери"), not those that only describe it ("новый комитет по делам …"); a
    name written short in lower case ("міської ради") is the capitalised one that holds it word for word,
    when it is the only one and no place named after it points to another body of that kind."""
    quote = "«Новые автобусы выйдут на линию уже в марте», — уточнили в комитете."
    named = "В транспортном комитете Твери сообщили, что маршрут продлят. " + quote
    assert _speakers(named, "ru") == ["транспортный комитет Твери"]
    opened = "В Рязани заработал новый комитет по делам ветеранов. " + quote
    assert _speakers(opened, "ru") == ["комитет по делам ветеранов"]
    council = (
        "У Полтавській міській раді оголосили, що вчительку нагородять. «Її вчинок — приклад для всіх нас, "
        "місто подякує їй особисто», — заявили в міській раді."
    )
    assert _speakers(council, "uk") == ["Полтавська міська рада"]
    other = council.replace("Полтавській міській раді", "Київській обласній раді")
    assert _speakers(other, "uk") == ["міська рада"]
    unlike = (
        "На відміну від Черкаської міської ради, у Сумах бюджет ухвалили за два дні. «Ми не хотіли гаяти "
        "часу», — заявили в міській раді."
    )
    assert _speakers(unlike, "uk") == ["міська рада"]
    two = (
        "Министерство культуры Чувашии и министерство культуры Адыгеи провели общий фестиваль. «Гости "
        "приедут в июле», — уточнили в министерстве культуры."
    )
    assert _speakers(two, "ru") == ["министерство культуры"]


def test_a_surname_alone_is_the_person_named_in_full_not_the_body_the_dictionary_knows() -> None:
    """The press names a person again by the surname alone (the "second reference" of news style books): a
    surname the dictionary reads only as a body's name ("абалгазов": a company's plural genitive) is then
    that person, the subject the pronoun after the quote points back at; with nobody of that surname named,
    the word stays what the dictionary says."""
    text = (
        "Депутат Рашид Абалгазов выступил первым. Чиновник Иван Петров спорил с ним. В конце заседания "
        "Абалгазов предложил создать рабочую группу. «Пусть каждый принесёт по два предложения, а в мае "
        "сравним их», — сказал он."
    )
    assert _speakers(text, "ru") == ["Рашид Абалгазов"]
    assert _speakers(text.replace("Рашид Абалгазов", "Рашид Сомов"), "ru") == ["Иван Петров"]


def test_a_name_in_the_genitive_before_a_finite_verb_is_no_subject() -> None:
    """Russian word order is free and the case, not the place, marks the subject ("Роль Анны Карениной
    исполняет Мария Лесная": object, verb, subject): a name whose first name can only be a genitive is not
    read as the verb's subject in the nominative, so the role noun after the quote is the actress; a name
    in the nominative before the verb still is the subject."""
    quote = "\n— Сцену на вокзале я боялась больше всего. Режиссёр выключил свет, — вспоминает актриса.\n"
    assert _speakers("Роль Анны Карениной исполняет Мария Лесная." + quote, "ru") == ["Мария Лесная"]
    assert _speakers("Анна Лесная исполняет роль Карениной." + quote, "ru") == ["Анна Лесная"]


def test_a_role_s_place_then_the_person_named_by_a_first_name_the_dictionary_knows() -> None:
    """After the verb a role's complement may hold a capitalised word that reads as a surname ("Львова": a
    city's genitive, a woman's surname) before the person's full name; the full name wins when its first
    word is a first name by the dictionary ("Остап", which the name list lacks), not only by the list."""
    text = (
        "«Басейн відкриють для всіх шкіл району вже взимку», — повідомив заступник міського "
        "голови Львова з питань освіти Остап Гнатюк на зустрічі з батьками."
    )
    assert _speakers(text, "uk") == ["Остап Гнатюк"]
    alone = text.replace("заступник міського голови Львова з питань освіти Остап Гнатюк", "депутат Гнатюк")
    assert _speakers(alone + " Полтавська міська рада підтримала проєкт.", "uk") == ["Гнатюк"]


def test_a_role_noun_after_the_quote_names_the_subject_of_the_sentence_before() -> None:
    """`X пояснив, що … «…», — додав партійний лідер`: a noun that fits anyone in public life, even with an
    adjective, is the person the sentence before opens with, in the same paragraph or at the end of the one
    before where the quote opens its own (a masculine noun with no feminine for a woman too); not someone
    the noun brings in with a relative clause, nor whose neighbour she is, nor another role or a newcomer's
    noun."""
    said = (
        "Роман Гнатюк пояснив, що фракція проголосує за закон. «Ми довго сперечалися, але компроміс "
        "знайшли», — "
    )
    assert _speakers(said + "додав партійний лідер.", "uk") == ["Роман Гнатюк"]
    assert _speakers(said + "нагадує його сусідка.", "uk") == [None]
    assert _speakers(said + "каже водійка, яка не захотіла називатися.", "uk") == [None]
    coach = "Тренер Роман Гнатюк заявив, що команда готова. «Ми зіграємо у свій футбол», — сказав "
    assert _speakers(coach + "капітан команди.", "uk") == [None]
    own = (
        "Член наглядової ради «Укрводоканалу» з питань тарифів Тарас Гордієнко пояснив журналістам план. "
        "Депутат Іван Сомов розкритикував його.\nГордієнко, втім, наполягає, що іншого шляху немає. «Ми "
        "показали всі розрахунки», — заявив член наглядової ради."
    )
    assert _speakers(own, "uk") == ["Тарас Гордієнко"]
    opened = (
        "Архитектор Наталья Сомова, осмотревшая дом, с выводами не согласна.\n«Износ считали по формуле, "
        "а не по факту», — говорит "
    )
    assert _speakers(opened + "эксперт.", "ru") == ["Наталья Сомова"]
    assert _speakers(opened + "соседка, которая просила не писать её имя.", "ru") == [None]
    mayor = "Мэр Олег Ким пообещал починить мост к зиме. «Мы уже слышали такое», — говорит местный житель."
    assert _speakers(mayor, "ru") == [None]


def test_a_role_noun_after_the_quote_reads_past_a_hyphenated_adjective_in_the_role() -> None:
    """A compound adjective written with a hyphen in the role before the name ("відділу
    культурно-освітніх програм") leaves the name the subject of the sentence; a newcomer's noun
    after the quote ("— сказав сусід") still names no one."""
    said = (
        "Голова відділу культурно-освітніх програм районної адміністрації Тарас Кравчук пояснив, що "
        "фестиваль перенесуть на осінь. «Через спеку ми не можемо ризикувати людьми», — зазначив посадовець "
        "на нараді."
    )
    assert _speakers(said, "uk") == ["Тарас Кравчук"]
    ru = (
        "Директор научно-исследовательского института Павел Гусев признал, что сроки сорваны. «Мы опоздали "
        "с отчётом на месяц», — сказал чиновник на брифинге."
    )
    assert _speakers(ru, "ru") == ["Павел Гусев"]
    assert _speakers(said.replace("посадовець", "сусід"), "uk") == [None]


def test_an_unnamed_professional_at_a_briefing_is_nobody_named() -> None:
    """Near miss: a noun of a profession nobody named held ("архитектор", "кореспондент") with the
    occasion after it ("на брифинге", "на пресконференції") brings in someone new; the person quoted
    before is not the speaker."""
    ru = (
        "Глава округа Елисей Зарубин открыл новую школу. «Классы рассчитаны на тысячу детей», — сказал "
        "Зарубин.\n"
        "«Крышу будем осматривать каждую весну», — добавил архитектор на брифинге."
    )
    assert _speakers(ru, "ru") == ["Елисей Зарубин", None]
    uk = (
        "Голова громади Тиміш Зарубенко відкрив нову школу. «Класи розраховані на тисячу дітей», — сказав "
        "Зарубенко.\n«Дах ми будемо оглядати щовесни, а фасад раз на рік», — сказав архітектор на брифінгу."
    )
    assert _speakers(uk, "uk") == ["Тиміш Зарубенко", None]
    asked = (
        "Голова громади Тиміш Зарубенко відкрив нову школу.\n"
        "«Чи вистачить учителів?» — запитав кореспондент на пресконференції."
    )
    assert _speakers(asked, "uk") == [None]


def test_a_forecast_made_in_a_body_is_the_body_speaking() -> None:
    """`В Гидрометцентре прогнозируют, что …`: a forecast is a statement, so its staff's words after it
    (`— отметили синоптики`) are the body's; a forecast with its own subject credits no body."""
    earlier = (
        "Начальник порта Павел Гусев сообщил, что суда стоят у причалов. «Мы ждём погоды», — сказал "
        "Гусев.\n"
    )
    ru = (
        "В Гидрометцентре Приморья прогнозируют, что ливни не прекратятся до выходных. «Уровень рек "
        "поднимется ещё на полметра», — отметили синоптики."
    )
    assert _speakers(earlier + ru, "ru")[-1] == "Гидрометцентр Приморья"
    uk = (
        "Керівник порту Павло Гусак повідомив, що судна стоять біля причалів. «Ми чекаємо погоди», — сказав "
        "Гусак.\nВ Укргідрометцентрі прогнозують, що спека протримається ще тиждень. «Вночі повітря не "
        "охолоне нижче 22 градусів», — зазначили синоптики."
    )
    assert _speakers(uk, "uk")[-1] == "Укргідрометцентр"
    own = ru.replace("В Гидрометцентре Приморья прогнозируют", "Аналитики прогнозируют").replace(
        "— отметили синоптики", "— сказал Гусев"
    )
    assert _speakers(earlier + own, "ru")[-1] == "Павел Гусев"


def test_two_names_side_by_side_in_cases_they_cannot_share_are_two_people() -> None:
    """The words of one name are declined together: a name word only in an oblique case, then one only
    in the nominative ("о Котове Воронов", "Соломії Марта") are two people, the second the subject; her
    first name before a surname the dictionary knows only as a man's ("Юлії Мендель") stays one name."""
    assert morph.name_form("uk", ("Соломії", "Марта")).words == ("Марта",)
    assert morph.name_form("uk", ("Юлії", "Мендель")).words == ("Юлія", "Мендель")
    assert morph.name_form("ru", ("Анны", "Карениной")).words == ("Анна", "Каренина")
    text = (
        "Нападающий Кирилл Котов забил победный гол. Главный тренер Алексей Воронов на пресс-конференции был "
        "сдержан.\nНа вопрос о Котове Воронов улыбнулся:\n— Сегодня он сыграл как взрослый. Хвалить его буду "
        "потом, сначала разбор игры.\n"
    )
    assert _speakers(text, "ru") == ["Алексей Воронов"]


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

NAMES_AS_WIRES_WRITE_THEM = [
    pytest.param(
        "ru", "Новый мост откроют в июле, сообщил Интерфаксу глава дорожного агентства Павел Коробейников.\n"
        "«Осталось уложить асфальт и нанести разметку, в июне проведем испытания нагрузкой», - сказал "
        "П.Коробейников.\nПо словам П.Коробейникова, «движение пустят сразу по четырем полосам».",
        ["Павел Коробейников", "Павел Коробейников"], id="ru: initials glued to the surname",
    ),
    pytest.param(
        "ru", "Рядом с домом Анны Сидоренко стоит самодельная ветряная мельница.\n— Муж строил ее три лета "
        "подряд, я сначала смеялась над ним, — вспоминает Анна Петровна.", ["Анна Сидоренко"],
        id="ru: a first name and a patronymic name again the woman named in full",
    ),
    pytest.param(
        "ru", "В Гродно, признаются местные жители, туристов стало меньше.\n— Раньше автобусы приезжали "
        "каждый день, а теперь раз в неделю, — вздыхает экскурсовод.", [None],
        id="ru: a town after a preposition is no subject; a role noun nobody was named by is nobody",
    ),
]

BODIES = [
    pytest.param(
        "ru", "Федеральная антимонопольная служба возбудила дело против сети АЗС. «Цены на топливо завышены "
        "без всяких экономических причин», — отметили в ведомстве.", ["Федеральная антимонопольная служба"],
        id="ru: 'ведомство' is the body that opened the sentence before, lower-case words and all",
    ),
    pytest.param(
        "ru", "Российский союз туроператоров ожидает снижения спроса. «Турция подорожала на четверть за один "
        "сезон», — пояснили в союзе.", ["Российский союз туроператоров"],
        id="ru: a body named again by its head noun, with the adjective that opened its name",
    ),
    pytest.param(
        "ru", "Ассоциация производителей молока обратилась к правительству. «Закупочные цены ниже "
        "себестоимости уже полгода», — говорится в обращении ассоциации.",
        ["Ассоциация производителей молока"],
        id="ru: 'в обращении ассоциации'",
    ),
    pytest.param(
        "ru", "В Главном управлении МЧС России по Республике Хакасия напомнили о запрете. «Лед на реке пока "
        "слишком тонкий даже для пешеходов», — сообщили ТАСС в ведомстве.",
        ["Главное управление МЧС России по Республике Хакасия"],
        id="ru: the outlet told between the verb and the body; a region's name after 'по'",
    ),
    pytest.param(
        "ru", "«Водоснабжение восстановят к вечеру, бригады уже на месте», — сообщили в МУП «Горводоканал».",
        ["МУП «Горводоканал»"], id="ru: a kind of body and its name in quotation marks",
    ),
    pytest.param(
        "ru", "В Минтрансе «Известиям» заявили, что «новые правила вступят в силу с марта».", ["Минтранс"],
        id="ru: an outlet in quotation marks after the body is not part of its name",
    ),
    pytest.param(
        "ru", "Синоптики обещают метель до выходных. В центральном офисе Росгидромета ТАСС уточнили: "
        "«Снегопад продлится до утра субботы».", ["центральный офис Росгидромета"],
        id="ru: an outlet's abbreviation in the dative after the genitive of a body's own name",
    ),
    pytest.param(
        "ru", "Синоптики обещают метель до выходных. В центральном офисе Росгидромета уточнили: "
        "«Снегопад продлится до утра субботы».", ["центральный офис Росгидромета"],
        id="ru: near miss: the same body, no outlet told",
    ),
    pytest.param(
        "ru", "Синоптики обещают метель до выходных. В центральном офисе МЧС РФ уточнили: "
        "«Снегопад продлится до утра субботы».", ["центральный офис МЧС РФ"],
        id="ru: near miss: a country's abbreviation after an abbreviation is part of the name",
    ),
    pytest.param(
        "uk", "Бібліотеку на околиці знову відчинили після ремонту. «Нарешті є де почитати з онуками після "
        "обіду», — поділилася мешканка Каштанової вулиці Ярослава Семенишин.", ["Ярослава Семенишин"],
        id="uk: a name in the nominative after a street named before its noun is the person, no street",
    ),
    pytest.param(
        "ru", "Читальный зал на окраине снова работает. «Теперь внуки ходят сюда каждую субботу», — "
        "рассказала жительница Кленовой улицы Вера Ломакина.", ["Вера Ломакина"],
        id="ru: a name in the nominative after a street named before its noun is the person, no street",
    ),
    pytest.param(
        "uk", "Бібліотеку на околиці знову відчинили після ремонту. «Нарешті є де почитати з онуками після "
        "обіду», — поділилася мешканка вулиці Олени Пчілки.", [None],
        id="uk: near miss: a street named after a woman, in the genitive, is no speaker",
    ),
    pytest.param(
        "ru", "Читальный зал на окраине снова работает. «Теперь внуки ходят сюда каждую субботу», — "
        "рассказала жительница бульвара Данте Алигьери.", [None],
        id="ru: near miss: an indeclinable first name reads as a genitive too: the street's namesake",
    ),
    pytest.param(
        "uk", "Бібліотеку на околиці знову відчинили після ремонту. «Нарешті є де почитати з онуками після "
        "обіду», — поділилася мешканка вулиці Остап Вишня.", [None],
        id="uk: near miss: a man's name after a woman's noun is the street's namesake, not her name",
    ),
    pytest.param(
        "ru", "Библиотекарь Глеб Сорокин доволен ремонтом. «Теперь внуки ходят сюда каждую субботу», — "
        "сказал он на проспекте Аркадий Гайдар.", ["Глеб Сорокин"],
        id="ru: near miss: a name after a street noun with no person noun before it is the street's",
    ),
    pytest.param(
        "uk", "Державна служба з надзвичайних ситуацій попередила про грозу. «Уникайте перебування біля "
        "дерев і ліній електропередачі», — наголошують у службі.",
        ["Державна служба з надзвичайних ситуацій"],
        id="uk: 'з' + a genitive inside a body's name",
    ),
    pytest.param(
        "uk", "«Нова пошта» запускає доставку дронами. «Перші рейси вже відбулися без жодних проблем», — "
        "повідомили в компанії.", ["Нова пошта"], id="uk: a body named in quotation marks as the subject",
    ),
    pytest.param(
        "uk", "Національний банк України залишив облікову ставку без змін. «Інфляція сповільнюється швидше, "
        "ніж ми очікували», — пояснили в регуляторі.", ["Національний банк України"],
        id="uk: a noun for what the body is ('регулятор') is the body that opened the sentence before",
    ),
    pytest.param(
        "uk", "У ГУ Нацполіції в Житомирській області розповіли про затримання. «Підозрюваного затримали на "
        "виїзді з міста вночі», — повідомили в поліції.", ["ГУ Нацполіції в Житомирській області"],
        id="uk: a territorial body 'в … області'",
    ),
    pytest.param(
        "uk", "Водночас в Українській асоціації птахівників вважають прогноз надто оптимістичним. «Корми "
        "дорожчають швидше, ніж м'ясо», — зазначили в асоціації.", ["Українська асоціація птахівників"],
        id="uk: the fullest name given before, adjectives included",
    ),
]

MORE = [
    pytest.param(
        "ru", "Фермер Иван Гусев продал ферму.\n— Летом туристы ставят машины прямо у наших ворот, и никто "
        "ничего не делает, — жалуется соседка, попросившая не называть ее фамилию.", [None],
        id="ru: a noun followed by a participle that says who she is: someone unnamed",
    ),
    pytest.param(
        "uk", "Аналітикиня Ольга Ярош не вірить у компенсації. «Кожна додаткова гривня тарифу — це мінус з "
        "кишені фермера», — сказала Ярош НВ.", ["Ольга Ярош"],
        id="uk: an outlet's abbreviation after a surname is not part of the name",
    ),
    pytest.param(
        "uk", "У Міністерстві юстиції нагадали про строки. «Заяви приймають до кінця місяця, без "
        "винятків», — заявили в Мін'юсті.", ["Міністерство юстиції"],
        id="uk: a compound short name for the full one",
    ),
    pytest.param(
        "ru", "В Министерстве транспорта напомнили о сроках. «Заявки принимают до конца месяца без всяких "
        "исключений», — заявили в Минтрансе.", ["Министерство транспорта"],
        id="ru: a compound short name for the full one",
    ),
    pytest.param(
        "uk", "Рада не ухвалила законопроєкт «Про внесення змін до Бюджетного кодексу України щодо "
        "фінансування місцевих громад». Голова комітету Петро Дуда визнав поразку. «Ми повернемося до "
        "цього питання вже наступного тижня», — сказав він.", ["Петро Дуда"],
        id="uk: a law's long name after its noun is no quote",
    ),
]

QUOTED_BY_OUTLETS = [
    pytest.param(
        "ru", "Министр финансов Антон Гречанов выступил на форуме. «Бюджет на следующий год будет "
        "сбалансирован», — цитирует его РИА Новости.", ["Антон Гречанов"],
        id="ru: 'цитирует его' + an outlet: the one quoted",
    ),
    pytest.param(
        "ru", "«Мы не намерены менять позицию по этому вопросу», — приводит ТАСС слова главы МИД Сергея "
        "Боброва.", ["Сергей Бобров"], id="ru: 'приводит слова' + a genitive",
    ),
    pytest.param(
        "uk", "«Противник атакував об'єкти енергетичної інфраструктури області», — цитує Суспільне голову "
        "ОВА Івана Фролова.", ["Іван Фролов"], id="uk: 'цитує' + an accusative",
    ),
    pytest.param(
        "ru", "Сергей Бобров:\n«Мы готовы к диалогу, но не на любых условиях».", ["Сергей Бобров"],
        id="ru: a paragraph that is a name and a colon labels the quotation under it",
    ),
    pytest.param(
        "uk", "Фонд державного майна оголосив аукціон. Відомство пообіцяло «продати завод до кінця року "
        "за ринковою ціною».", ["Фонд державного майна"], id="uk: a word for a body opening a sentence",
    ),
]

INTERVIEWS_AND_OFFICES = [
    pytest.param(
        "ru", "Главный тренер «Торпедо» Игорь Лазарев ответил на вопросы корреспондента.\n– Команда "
        "проиграла пять матчей подряд. Вы думали об отставке?\n– Нет, не думал. Руководство клуба "
        "полностью мне доверяет, мы спокойно работаем.\n– Болельщики просят вернуть в состав Олега "
        "Кривошеева.\n– Олег еще восстанавливается после травмы колена, торопить его мы не будем.\nСам "
        "Кривошеев в разговоре с корреспондентом был настроен решительнее. «Я готов играть хоть завтра, "
        "колено не болит», – заявил нападающий.", ["Игорь Лазарев", "Игорь Лазарев", "Олег Кривошеев"],
        id="ru: an interview in dash dialogue: the questions are no quotes, the answers the interviewee's",
    ),
    pytest.param(
        "ru", "Мясо будут закупать в Аргентине и Бразилии, уточнил гендиректор холдинга Петр Соснин.\n"
        "«Южноамериканские поставщики сейчас предлагают лучшие цены и стабильные объемы», – добавил он.",
        ["Петр Соснин"], id="ru: a place after a preposition is no person 'он' can mean",
    ),
    pytest.param(
        "ru", "В мэрии Твери ситуацию не комментируют. В пресс-службе администрации лишь сообщили, что в "
        "департаменте идет проверка, а «все контракты с подрядчиком приостановлены».", ["мэрия Твери"],
        id="ru: a press office of a body named again by a common noun speaks for that body",
    ),
    pytest.param(
        "ru", "В компании «Россети Кубань» признали, что линии изношены. «Сети строились в 70-е годы, износ "
        "превышает 60 процентов», – сообщили в пресс-службе энергокомпании.", ["Россети Кубань"],
        id="ru: a company named by its name in quotation marks, then by a compound of its kind",
    ),
    pytest.param(
        "uk", "У Головному управлінні ДСНС у Волинській області рішення ради підтримали. «Укриття в школах – "
        "це питання виживання, а не комфорту», – повідомили в пресслужбі управління.",
        ["Головне управління ДСНС у Волинській області"], id="uk: a territory ends a body's name",
    ),
    pytest.param(
        "uk", "Шевченківський районний суд Полтави виправдав підприємця Івана Гречка. Прокуратура вимагала "
        "для нього штраф.\n«Експертиза не встановила, що шкода завдана саме діями обвинуваченого», – "
        "йдеться у вироку.", ["Шевченківський районний суд Полтави"], id="uk: a verdict is the court's",
    ),
    pytest.param(
        "ru", "Ленинский районный суд Твери оправдал предпринимателя Ивана Гречко. Прокуратура требовала для "
        "него штраф.\n«Экспертиза не установила, что вред причинен именно действиями подсудимого», – "
        "говорится в приговоре.", ["Ленинский районный суд Твери"], id="ru: a sentence is the court's",
    ),
]

ARTICLES = [
    pytest.param(
        "ru", "В комитете архитектуры и строительства мэрии «Клопс» уточнили, что проект прошел экспертизу. "
        "«Исторический облик здания полностью сохранят», — сообщили в комитете.",
        ["комитет архитектуры и строительства мэрии"], id="ru: two genitives joined by 'и' in a body's name",
    ),
    pytest.param(
        "uk", "У департаменті міського благоустрою КМДА Суспільному пояснили, що догляд візьме на себе "
        "комунальне підприємство. «Кожне дерево матиме паспорт і систему поливу», — зазначили в "
        "департаменті.", ["департамент міського благоустрою КМДА"],
        id="uk: a genitive noun after its adjective, though it may also be read as a verb",
    ),
    pytest.param(
        "uk", "Заступник голови КМДА Петро Пантелеєв пообіцяв нові сквери. Мешканець Троєщини, з яким "
        "поспілкувалися журналісти, до обіцянок ставиться скептично. «Нам уже тричі обіцяли парк біля "
        "озера, а там досі пустир», — каже чоловік.", [None],
        id="uk: a resident of a named district, unnamed; a capitalised place is no person",
    ),
    pytest.param(
        "uk", "Жителька села Великі Гаї Марія Стецько розповіла, що світла немає вже другу добу. "
        "«Холодильник розморозився, все довелося викинути», — каже пані Марія.", ["Марія Стецько"],
        id="uk: a village's name that holds a first name's form before the person's name",
    ),
    pytest.param(
        "ru", "Кремль пока не получал ответа. Пресс-служба губернатора Курской области сообщила: «Режим ЧС в "
        "приграничных районах продлен до конца месяца».", ["Пресс-служба губернатора Курской области"],
        id="ru: a press office and its complement as the subject",
    ),
    pytest.param(
        "uk", "Водночас у Раді бізнес-омбудсмена заявили, що скарг менше не стало. «Підприємці й далі "
        "скаржаться на блокування податкових накладних», — розповіли «РБК-Україна» в Раді.",
        ["Рада бізнес-омбудсмена"], id="uk: a body's capitalised head noun for its full name given before",
    ),
    pytest.param(
        "uk", "У Волинській ОВА пообіцяли, що документи міняти не доведеться. «Стара адреса залишиться "
        "чинною ще п'ять років», — запевнили в адміністрації.", ["Волинська ОВА"],
        id="uk: a capitalised adjective before an abbreviation is part of the name",
    ),
    pytest.param(
        "ru", "«Подачу тепла планируем восстановить к вечеру», — сообщили в пресс-службе компании «Омские "
        "тепловые сети».", ["Омские тепловые сети"], id="ru: a press office of a company named in quotes",
    ),
    pytest.param(
        "ru", "«Проверка продлится не меньше месяца, ее итоги опубликуют», — сообщили в МВД «Известиям».",
        ["МВД"], id="ru: an outlet told in the dative is no name of the body",
    ),
    pytest.param(
        "uk", "У Пенсійному фонді України уточнили, що виплати надійдуть у травні. «Люди отримають "
        "повідомлення через застосунок або поштою», — повідомили в ПФУ.", ["Пенсійний фонд України"],
        id="uk: an abbreviation of the body's name given before, by its initials",
    ),
    pytest.param(
        "ru", "«Мы не допустим повышения тарифов выше уровня инфляции». Такое заявление сделал губернатор "
        "области Дмитрий Кочемасов.", ["Дмитрий Кочемасов"],
        id="ru: 'Такое заявление сделал X' after the quote",
    ),
    pytest.param(
        "uk", "«Ринок житла чекає серйозна корекція навесні». Таку думку висловив аналітик Сергій "
        "Костецький.",
        ["Сергій Костецький"], id="uk: 'Таку думку висловив X' after the quote",
    ),
    pytest.param(
        "ru", "«Все школы откроются по графику, отопление подали везде». Так, в Москве занятия начнутся "
        "в понедельник, сообщили в мэрии.", [None], id="ru: 'Так,' opening a sentence points nowhere",
    ),
    pytest.param(
        "ru", "Депутат Игорь Сомов раскритиковал закон. «Это удар по малому бизнесу», — заявил он «РБК».\n"
        "Собеседник «РБК» в одном из банков отметил: «Нам говорят о поддержке, а платить будем мы сами».",
        ["Игорь Сомов", None], id="ru: a source opening the sentence is nobody",
    ),
    pytest.param(
        "uk", "Економістка Олена Ткач вважає рішення очікуваним. «Ринок саме цього і чекав», — зазначила "
        "Ткач.\nГолова правління одного з великих банків, який попросив не називати його імені, сказав, що "
        "кредитування «буксує через невизначеність, а не через ставку».", ["Олена Ткач", None],
        id="uk: a role of someone of a group ('одного з банків') is nobody",
    ),
    pytest.param(
        "ru", "Башню построил Геннадий Прохоров. Его жена Людмила Прохорова сначала была против. «Я думала, "
        "это на пару лет, а потом привыкла», — сказала Прохорова. «Я строил ее для внуков», — говорит "
        "Прохоров.", ["Людмила Прохорова", "Геннадий Прохоров"],
        id="ru: a wife's and a husband's surname, told apart by their written forms",
    ),
    pytest.param(
        "ru", "В школе № 14 подтвердили, что занятия отменены. «Дети переведены на дистанционное обучение до "
        "пятницы», — сообщили в школе.", ["школа № 14"], id="ru: a body's number is part of its name",
    ),
    pytest.param(
        "uk", "«Усі пацієнти евакуйовані, серед персоналу постраждалих немає», — повідомили в лікарні № 3.",
        ["лікарня № 3"], id="uk: a body's number is part of its name",
    ),
    pytest.param(
        "ru", "Компания X5 Group сообщила о росте выручки. «Спрос на дискаунтеры продолжает расти быстрее "
        "рынка», — говорится в сообщении компании.", ["X5 Group"],
        id="ru: a company's name in Latin letters and digits after the noun of its kind",
    ),
]

# An outlet told, named right after the speaker's name ("сказал X РИА Новости"), is no part of it.
OUTLET_AFTER_NAME = [
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — сказал Андрей Волков РИА Новости.",
        ["Андрей Волков"], id="ru: an abbreviation and a noun after the name",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — рассказала Анна Шилова Русской службе Би-би-си.",
        ["Анна Шилова"], id="ru: an outlet in the dative after a nominative name",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — цитирует Андрея Волкова Reuters.",
        ["Андрей Волков"], id="ru: an outlet in Latin letters after a name in the accusative",
    ),
    pytest.param(
        "uk", "«Роботи завершаться до осені», — розповів Андрій Волошин Укрінформу.",
        ["Андрій Волошин"], id="uk: an outlet in the dative after the name",
    ),
    pytest.param(
        "uk", "«Роботи завершаться до осені», — сказала Олена Гриценко Радіо Свобода.",
        ["Олена Гриценко"], id="uk: an outlet of two common nouns after the name",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — заявил Андрей Викторович Волк.",
        ["Андрей Викторович Волк"], id="ru: a surname that is a common noun, after a patronymic, stays",
    ),
]

# A negated verb after the quote ("— не исключила X") and an aside set off by commas ("в свою очередь")
# leave the speaker where the plain construction has it.
NEGATIONS_AND_ASIDES = [
    pytest.param(
        "ru", "«Цены на топливо вырастут уже весной», — не исключила аналитик Ольга Петренко.",
        ["Ольга Петренко"], id="ru: a negated verb before the name",
    ),
    pytest.param(
        "ru", "«Цены на топливо вырастут уже весной», — не скрывает Иван Смирнов.",
        ["Иван Смирнов"], id="ru: a negated present-tense verb",
    ),
    pytest.param(
        "uk", "«Ціни на пальне зростуть уже навесні», — не виключає економіст Оксана Левчук.",
        ["Оксана Левчук"], id="uk: a negated verb before the name",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — отметил, в свою очередь, Андрей Волков.",
        ["Андрей Волков"], id="ru: an aside between the verb and the name",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — в свою очередь, отметил Андрей Волков.",
        ["Андрей Волков"], id="ru: an aside before the verb",
    ),
    pytest.param(
        "ru", "Андрей Волков провел совещание. «Работы на трассе завершатся к осени», — заявил он.\n"
        "Марина Соколова, впрочем, с ним не согласна. «Денег на все участки не хватит», — сказала она.",
        ["Андрей Волков", "Марина Соколова"], id="ru: an aside after the subject",
    ),
    pytest.param(
        "uk", "«Роботи завершаться до осені», — зазначив, своєю чергою, Андрій Волошин.",
        ["Андрій Волошин"], id="uk: an aside between the verb and the name",
    ),
    pytest.param(
        "uk", "«Роботи завершаться до осені», — переконана Марина Соколенко.",
        ["Марина Соколенко"], id="uk: 'переконана' before the name",
    ),
]

# Words pointing back at the quote before the verb ("с таким заявлением выступил X"), and a statement in
# someone's own channel or name ("говорится в заявлении губернатора X").
POINTING_BACK = [
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — с таким заявлением выступил Андрей Волков.",
        ["Андрей Волков"], id="ru: 'с таким заявлением' after the dash",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — такое заявление сделал губернатор Андрей Волков.",
        ["Андрей Волков"], id="ru: 'такое заявление сделал' after the dash",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени». С таким заявлением выступил губернатор области Андрей "
        "Волков.", ["Андрей Волков"], id="ru: 'С таким заявлением' opening the next sentence",
    ),
    pytest.param(
        "uk", "«Роботи завершаться до осені». З такою заявою виступив голова ОВА Андрій Волошин.",
        ["Андрій Волошин"], id="uk: 'З такою заявою' opening the next sentence",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — говорится в заявлении губернатора Андрея Волкова.",
        ["Андрей Волков"], id="ru: the statement of a named person",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени». Об этом говорится в Telegram-канале губернатора Андрея "
        "Волкова.", ["Андрей Волков"], id="ru: 'Об этом говорится' in a person's Telegram channel",
    ),
    pytest.param(
        "uk", "«Роботи завершаться до осені», — йдеться в Telegram-каналі Андрія Волошина.",
        ["Андрій Волошин"], id="uk: a person's Telegram channel",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — заявил и. о. губернатора Андрей Волков.",
        ["Андрей Волков"], id="ru: an abbreviated title with spaces ('и. о.') before the name",
    ),
    pytest.param(
        "uk", "«Роботи завершаться до осені», — зазначив т. в. о. голови ОВА Андрій Волошин.",
        ["Андрій Волошин"], id="uk: 'т. в. о.' before the name",
    ),
]

# The press calls the named person it talked to its interlocutor ("собеседник агентства"); a source
# brought in since is someone unnamed.
INTERLOCUTORS = [
    pytest.param(
        "ru", "Андрей Волков рассказал агентству о планах. «Работы на трассе завершатся к осени», — сказал "
        "он.\n«Денег хватит на все участки дороги», — добавил собеседник агентства.",
        ["Андрей Волков", "Андрей Волков"], id="ru: 'собеседник агентства' after the named person spoke",
    ),
    pytest.param(
        "ru", "Марина Соколова живет в поселке десять лет. «Дорогу ремонтируют каждое лето», — говорит она. "
        "«Работы на трассе никогда не завершатся», — говорит собеседница «Вестника».",
        ["Марина Соколова", "Марина Соколова"], id="ru: 'собеседница' + an outlet",
    ),
    pytest.param(
        "ru", "Марина Соколова живет в поселке десять лет. «Дорогу ремонтируют каждое лето», — говорит она. "
        "Соседка Соколовой с ней не согласна. «Работы на трассе скоро завершатся», — говорит собеседница "
        "«Вестника».", ["Марина Соколова", None], id="ru: someone unnamed brought in since",
    ),
    pytest.param(
        "ru", "Официальный представитель ведомства Алла Гусева прокомментировала заявление. «Это очередная "
        "провокация западных политиков», — написала дипломат в своем Telegram-канале.", ["Алла Гусева"],
        id="ru: a role noun, then where it was said: no one new",
    ),
    pytest.param(
        "uk", "Голова ОВА Андрій Волошин провів брифінг. «Роботи на трасі завершаться до осені», — написав "
        "посадовець у своєму Telegram-каналі.", ["Андрій Волошин"],
        id="uk: a role noun, then where it was said",
    ),
    pytest.param(
        "uk", "Андрій Волошин розповів виданню про плани. «Роботи на трасі завершаться до осені», — сказав "
        "він.\n«Грошей вистачить на всі ділянки дороги», — додав співрозмовник видання.",
        ["Андрій Волошин", "Андрій Волошин"], id="uk: 'співрозмовник видання' after the named person",
    ),
    pytest.param(
        "ru", "Андрей Волков рассказал агентству о планах. «Работы на трассе завершатся к осени», — сказал "
        "он.\nИсточник в правительстве сообщил, что денег мало. «Денег не хватит даже на половину участков», "
        "— сказал собеседник агентства.", ["Андрей Волков", None],
        id="ru: an unnamed source brought in since",
    ),
    pytest.param(
        "ru", "Андрей Волков рассказал агентству о планах. «Работы на трассе завершатся к осени», — сказал "
        "он.\n«Денег не хватит даже на половину участков», — сказал собеседник агентства в правительстве.",
        ["Андрей Волков", None], id="ru: an interlocutor described further is someone else",
    ),
]

# A lone surname where the grammar wants the genitive or accusative is his: "Волкова" there is "Волков".
OBLIQUE_SURNAMES = [
    pytest.param(
        "ru", "По словам Волкова, «работы на трассе завершатся к осени».", ["Волков"],
        id="ru: 'по словам' + a surname in -ова",
    ),
    pytest.param(
        "uk", "За словами Волошина, «роботи на трасі завершаться до осені».", ["Волошин"],
        id="uk: 'за словами' + a surname in -ина",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — цитирует Лаптева агентство.", ["Лаптев"],
        id="ru: the accusative after 'цитирует'",
    ),
    pytest.param(
        "ru", "По словам Соколовой, «работы на трассе завершатся к осени».", ["Соколова"],
        id="ru: a woman's genitive",
    ),
    pytest.param(
        "ru", "По словам Петренко, «работы на трассе завершатся к осени».", ["Петренко"],
        id="ru: a surname that does not decline",
    ),
    pytest.param(
        "uk", "За словами очільника ОВА Олександра Лапіна, «роботи на трасі завершаться до осені».",
        ["Олександр Лапін"], id="uk: his genitive after 'за словами', not her nominative",
    ),
    pytest.param(
        "ru", "По словам Нурлана Жакупова, «работы на трассе завершатся к осени».", ["Нурлан Жакупов"],
        id="ru: a first name and surname both readable as a woman's nominative",
    ),
    pytest.param(
        "ru", "По словам Эммануэля Перрона, «Европа должна взять свою безопасность в собственные руки».",
        ["Эммануэль Перрон"], id="ru: a foreign surname the dictionary knows only as a common noun",
    ),
    pytest.param(
        "ru", "По словам Мехмета Нихата Четина, «Европа должна взять безопасность в собственные руки».",
        ["Мехмет Нихат Четин"], id="ru: a second given name in the genitive",
    ),
    pytest.param(
        "uk", "За словами Богдана Сивоги, «роботи на трасі завершаться до осені».", ["Богдан Сивога"],
        id="uk: a man's surname in -а, in the genitive, unknown to the dictionary",
    ),
    pytest.param(
        "ru", "По словам Тараса Коцюбы, «работы на трассе завершатся к осени».", ["Тарас Коцюба"],
        id="ru: a man's surname in -а, in the genitive",
    ),
    pytest.param(
        "uk", "«Роботи на трасі завершаться до осені», — сказала Олександра Лапіна.",
        ["Олександра Лапіна"], id="uk: her nominative after the verb stays",
    ),
]

# An outlet citing its source ("со ссылкой на", "з посиланням на") passes on the source's words; a channel
# or statement of a named person is that person's; a participle's clause may stand before the subject.
CITED_SOURCES = [
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — сообщает агентство со ссылкой на Андрея Волкова.",
        ["Андрей Волков"], id="ru: 'со ссылкой на' a person",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени». Об этом сообщает ТАСС со ссылкой на губернатора Андрея "
        "Волкова.", ["Андрей Волков"], id="ru: 'Об этом сообщает … со ссылкой на' a person",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — пишет РБК со ссылкой на министерство транспорта.",
        ["министерство транспорта"], id="ru: 'со ссылкой на' a body in the accusative",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — сообщает ТАСС со ссылкой на источник в "
        "правительстве.",
        [None], id="ru: 'со ссылкой на источник': someone unnamed",
    ),
    pytest.param(
        "uk", "«Роботи на трасі завершаться до осені», — повідомляє Укрінформ з посиланням на Андрія "
        "Волошина.",
        ["Андрій Волошин"], id="uk: 'з посиланням на' a person",
    ),
    pytest.param(
        "uk", "«Роботи на трасі завершаться до осені», — пише видання з посиланням на джерела в уряді.",
        [None], id="uk: 'з посиланням на джерела': unnamed",
    ),
    pytest.param(
        "ru", "Со ссылкой на Андрея Волкова ТАСС сообщает: «Цены на топливо вырастут уже весной».",
        ["Андрей Волков"], id="ru: 'со ссылкой на' opening the sentence before the quote",
    ),
    pytest.param(
        "ru", "«Цены на топливо вырастут уже весной», — заявил Андрей Волков, ссылаясь на данные Росстата.",
        ["Андрей Волков"], id="ru: a person citing data speaks",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — пишет Telegram-канал Mash.", ["Mash"],
        id="ru: a channel's own name after the noun 'канал'",
    ),
    pytest.param(
        "ru", "Пресс-служба администрации цитирует Андрея Волкова: «Работы на трассе завершатся к осени».",
        ["Андрей Волков"], id="ru: an outlet quoting someone before the quote",
    ),
    pytest.param(
        "uk", "Укрінформ цитує Андрія Волошина: «Роботи на трасі завершаться до осені».",
        ["Андрій Волошин"], id="uk: an outlet quoting someone before the quote",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — сообщает Telegram-канал губернатора Андрея Волкова.",
        ["Андрей Волков"], id="ru: a named person's channel as the subject",
    ),
    pytest.param(
        "ru", "«Работы на трассе завершатся к осени», — сказал, выступая на форуме, Андрей Волков.",
        ["Андрей Волков"], id="ru: a participle's clause between the verb and the subject",
    ),
    pytest.param(
        "uk", "«Роботи на трасі завершаться до осені», — наголосив, відповідаючи на запитання, Андрій "
        "Волошин.",
        ["Андрій Волошин"], id="uk: a participle's clause between the verb and the subject",
    ),
]

# Names with particles, several roles before one name, and a body's capitalised name inside a role.
NAME_SHAPES = [
    pytest.param(
        "ru", "По словам Урсулы фон дер Ляйен, «Европа должна взять безопасность в собственные руки».",
        ["Урсула фон дер Ляйен"], id="ru: particles inside a name",
    ),
    pytest.param(
        "uk", "«Європа має взяти свою безпеку у власні руки», — заявила Урсула фон дер Ляєн. «Це питання "
        "виживання для всіх нас», — додала фон дер Ляєн.", ["Урсула фон дер Ляєн", "Урсула фон дер Ляєн"],
        id="uk: particles inside a name, then the surname with its particles",
    ),
    pytest.param(
        "ru", "«Европа должна взять безопасность в собственные руки», — считает доктор экономических наук, "
        "профессор МГУ Анатолий Петров.", ["Анатолий Петров"], id="ru: two roles with a comma between them",
    ),
    pytest.param(
        "uk", "«Європа має взяти свою безпеку у власні руки», — зазначила речниця Сил оборони півдня Наталія "
        "Гуменчук.", ["Наталія Гуменчук"], id="uk: a body's capitalised genitive inside the role",
    ),
    pytest.param(
        "ru", "«Европа должна взять безопасность в собственные руки», — сказал директор, добавив, что Иван "
        "Петров уволен.", [None], id="ru: a comma after a role that opens no second role",
    ),
]

# A quotation that is its paragraph alone, after a sentence naming one person in the nominative.
QUOTE_PARAGRAPHS = [
    pytest.param(
        "ru", "Прокомментировать ситуацию согласился Андрей Волков.\n«Работы на трассе завершатся к осени, "
        "денег хватит на все участки».", ["Андрей Волков"], id="ru: the subject after its verb",
    ),
    pytest.param(
        "uk", "Андрій Волошин провів нараду з підрядниками.\n«Роботи на трасі завершаться до осені, грошей "
        "вистачить на всі ділянки».", ["Андрій Волошин"], id="uk: the subject before its verb",
    ),
    pytest.param(
        "ru", "Суд арестовал Андрея Волкова.\n«Работы на трассе завершатся к осени, денег хватит на все "
        "участки».", [None], id="ru: a person in the accusative is no subject",
    ),
    pytest.param(
        "ru", "Андрей Волков и Марина Соколова провели совещание.\n«Работы на трассе завершатся к осени, "
        "денег хватит на все участки».", [None], id="ru: two people: no guess",
    ),
]

# A body as the subject before the verb: its name one word, an abbreviation, or a common noun written
# with a capital inside the sentence; an outlet told before the verb is no subject.
BODIES_AS_SUBJECTS = [
    pytest.param(
        "ru", "Минздрав сообщил: «Мы внимательно следим за развитием ситуации в регионах».", ["Минздрав"],
        id="ru: a body's one-word name before the verb",
    ),
    pytest.param(
        "ru", "МВД сообщило: «Мы внимательно следим за развитием ситуации в регионах».", ["МВД"],
        id="ru: an abbreviation opening the sentence",
    ),
    pytest.param(
        "uk", "У суботу Укренерго повідомило: «Ми уважно стежимо за розвитком ситуації в енергосистемі».",
        ["Укренерго"], id="uk: a capitalised name inside the sentence",
    ),
    pytest.param(
        "ru", "РИА Новости рассказала Ольга Петрова: «Мы внимательно следим за развитием ситуации».",
        ["Ольга Петрова"], id="ru: an outlet told before the verb, the subject after it",
    ),
    pytest.param(
        "uk", "Батьки здебільшого задоволені. «Я нарешті спокійна, коли дитина на уроках», — каже мама "
        "третьокласника Олена.", ["Олена"], id="uk: a first name that is also a rare common noun",
    ),
]

# A spokesperson's role said again with the body ("— додав речник МЗС") is the person named in it just
# before; a spokesperson of another body is that body's.
SPOKESPEOPLE_AGAIN = [
    pytest.param(
        "uk", "Речник МЗС Георгій Тихий прокоментував заяву.\n«Ми вважаємо такі оцінки безпідставними», — "
        "додав речник МЗС.", ["Георгій Тихий"], id="uk: the spokesman named in the sentence before",
    ),
    pytest.param(
        "ru", "Пресс-секретарь президента Дмитрий Лесков ответил на вопросы. «Мы не комментируем такие "
        "слухи», — сказал Лесков. «Мы считаем такие оценки необоснованными», — добавил пресс-секретарь "
        "Кремля.", ["Дмитрий Лесков", "Дмитрий Лесков"], id="ru: the spokesman who spoke last",
    ),
    pytest.param(
        "uk", "Речник МЗС Георгій Тихий прокоментував заяву. Пізніше відбувся брифінг у Генштабі. Журналісти "
        "ставили питання. «Ми вважаємо такі оцінки безпідставними», — сказав речник Генштабу.",
        ["Генштаб"], id="uk: a spokesman of a body, the named one far back",
    ),
]


# A gerund's clause before the subject holds no subject; a dash in the speaker's own words is no narrator.
CLAUSES_AND_DASHES = [
    pytest.param(
        "uk", "Переможний гол забив Остап Шевчишин.\nГоловний тренер команди Петро Гаврилюк похвалив "
        "захист.\nКоментуючи заміну Шевчишина, Гаврилюк пожартував, що «досвід іноді важливіший за "
        "молодість».",
        ["Петро Гаврилюк"], id="uk: the gerund's object (a genitive like a woman's nominative) is no subject",
    ),
    pytest.param(
        "ru", "Нападающий Олег Сомов забил дважды. Тренер Игорь Лаптев остался доволен. Отвечая на вопрос о "
        "Сомове, тренер сказал: «Такого прогресса я не ждал, он молодец».",
        ["Игорь Лаптев"], id="ru: a role after the gerund's clause is no apposition of the name in it",
    ),
    pytest.param(
        "ru", "Сосед добавляет, что узнал о стройке из чата.\n— Слушаний не было, объявлений не было. Утром "
        "выхожу — забор, — рассказывает Игорь Мальцев.",
        ["Игорь Мальцев"], id="ru: a dash inside the line, then the narrator after the comma and dash",
    ),
]


# Documents and bodies named again: the statement verb's other forms, a body by its kind with an adjective,
# a company named in quotation marks before its press office, a site's address as the outlet told.
DOCUMENTS_AND_KINDS = [
    pytest.param(
        "ru", "Пенсионерка Зинаида Горбунова живет в доме с 1972 года.\n— Такого никогда не было. Воду "
        "отключают каждую неделю, — говорит она.\n— А вы жаловались? — спрашиваем мы.\n— Конечно. Писали и "
        "в управляющую компанию, и в прокуратуру.", ["Зинаида Горбунова"] * 2,
        id="ru: the interviewee answers on after the reporter's dash question",
    ),
    pytest.param(
        "uk", "Пенсіонерка Зінаїда Горбань живе в будинку з 1972 року.\n— Такого ніколи не було. Воду "
        "відключають щотижня, — каже вона.\n— А ви скаржилися?\n— Звісно. Писали і в керуючу компанію, і "
        "в прокуратуру.", ["Зінаїда Горбань"] * 2,
        id="uk: the interviewee answers on after the reporter's dash question",
    ),
    pytest.param(
        "ru", "Защитник фермера Юлия Хлебникова обжаловала арест имущества. «Мой доверитель не получал "
        "никаких уведомлений», — заявила Хлебникова журналистам.\n«Мы пойдем до Верховного суда, если "
        "понадобится», — сказала адвокат.", ["Юлия Хлебникова"] * 2,
        id="ru: her name read in the nominative, then named again by her role",
    ),
    pytest.param(
        "uk", "Апеляційний суд залишив вирок без змін. «Обвинувачений, використовуючи службове становище, "
        "забезпечив прийняття робіт», – ідеться в ухвалі Київського апеляційного суду.",
        ["Київський апеляційний суд"], id="uk: 'ідеться' after a dash, a court in the genitive",
    ),
    pytest.param(
        "ru", "«Горят склады по всей площади», — сообщили в Главном управлении МЧС по Псковской области.\n"
        "Утром в ведомстве уточнили детали. «Проводится разведка, работают кинологи», — говорилось в "
        "сообщении.", ["Главное управление МЧС по Псковской области"] * 2,
        id="ru: the past 'говорилось в сообщении', the body that spoke before",
    ),
    pytest.param(
        "ru", "Прокуратура Заречного района начала проверку. «По результатам будет дана правовая оценка», — "
        "отметили в надзорном ведомстве.", ["Прокуратура Заречного района"],
        id="ru: a body by its kind with an adjective, the one named before",
    ),
    pytest.param(
        "ru", "Застройщик — компания «Северстройинвест» — ссылается на разрешение. В пресс-службе компании "
        "NGS.RU заявили, что проект согласован.\n«Парковка решит проблему жителей», — говорится в ответе "
        "пресс-службы.", ["Северстройинвест"],
        id="ru: the company named in quotation marks before its press office; the site told is no name",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    CASES + UNNAMED + NAMED_AGAIN + NAMES_AS_WIRES_WRITE_THEM + BODIES + MORE + QUOTED_BY_OUTLETS
    + INTERVIEWS_AND_OFFICES + ARTICLES + OUTLET_AFTER_NAME + NEGATIONS_AND_ASIDES
    + POINTING_BACK + INTERLOCUTORS + OBLIQUE_SURNAMES + CITED_SOURCES
    + NAME_SHAPES + QUOTE_PARAGRAPHS + BODIES_AS_SUBJECTS
    + SPOKESPEOPLE_AGAIN + CLAUSES_AND_DASHES + DOCUMENTS_AND_KINDS,
)
def test_speakers(language: str, text: str, expected: list[str | None]) -> None:
    assert _speakers(text, language) == expected


def test_a_question_whose_narrator_names_who_asks_stays_a_quote() -> None:
    text = (
        "La portavoz Amparo Ruiz atendió a la prensa.\n—¿Habrá más imputados? —le preguntó un periodista "
        "a Ruiz.\n—Eso espero, porque no fue culpa de una sola persona —respondió."
    )
    expected = ["¿Habrá más imputados?", "Eso espero, porque no fue culpa de una sola persona"]
    assert [q.text for q in find_quotes(text, "es")] == expected


def test_a_pasted_interview_keeps_its_short_questions() -> None:
    text = (
        "Тренер «Торпедо» о кризисе\n\nГлавный тренер «Торпедо» Игорь Лазарев ответил на вопросы "
        "корреспондента после серии поражений.\n– Команда проиграла пять матчей подряд. Вы думали об "
        "отставке?\n– Нет, не думал. Руководство клуба полностью мне доверяет, мы спокойно работаем.\n"
        "– Что поменяли?\n– Прежде всего расстановку в большинстве, мы слишком долго катали шайбу.\n"
        "– Болельщики просят вернуть в состав Олега Кривошеева.\n– Олег еще восстанавливается после травмы "
        "колена, торопить его мы не будем."
    )
    article = article_from_text(text)
    assert "– Что поменяли?" in article.text
    assert [q.speaker for q in find_quotes(article.text, "ru")] == ["Игорь Лазарев"] * 3


@pytest.mark.parametrize(
    ("language", "text", "guest"),
    [
        pytest.param(
            "ru", "Томская компания «Полярный код» за три года выросла до ста сотрудников. Ее основательница "
            "Дарья Кузьмичева рассказала о планах.\nПочему вы остались в Томске?\nПотому что здесь наши "
            "люди и наш университет.\nСколько стоит ваша система?\nОколо двух миллионов рублей. Но мы "
            "продаем не железо, а время клиента.\nТехнический директор компании Олег Рысев добавил, что "
            "команда растет.\nЧто для вас будет успехом?\nЕсли о нас узнают за пределами Сибири, я буду "
            "довольна.", "Дарья Кузьмичева", id="ru: a plain interview, a paragraph of narration inside",
        ),
        pytest.param(
            "uk", "Чернівецька компанія «Смерека» за два роки виросла до вісімдесяти людей. Її засновниця "
            "Оксана Гуцуляк розповіла про плани.\nЧому ви досі в Чернівцях?\nТому що тут наші люди і наш "
            "університет.\nЧи важко наймати?\nСеньйорів важко. Тому ми самі вчимо студентів.\nТехнічний "
            "директор компанії Петро Лукан додав, що команда росте.\nЩо далі?\nХочемо вийти на ринок "
            "Молдови, і я вірю, що вийдемо.", "Оксана Гуцуляк",
            id="uk: a plain interview, a paragraph of narration inside",
        ),
    ],
)
def test_a_plain_interview_s_answers_are_the_guest_s(language: str, text: str, guest: str) -> None:
    """Questions and answers as plain paragraphs, answers in the first person ('мы', 'наш'), a paragraph
    reporting someone else between two turns: each answer after a question is the guest's."""
    assert _speakers(text, language) == [guest] * 3


@pytest.mark.parametrize(
    ("language", "text", "guest"),
    [
        pytest.param(
            "ru", "Омская компания «Тихий лес» за четыре года выросла до двухсот сотрудников. Ее основатель "
            "Глеб Сорокин рассказал о планах.\nПочему вы остались в Омске?\nПотому что здесь наши люди.\n"
            "Сколько стоит ваша система?\nОколо миллиона рублей, и мы продаем не железо.\nКак вы нашли "
            "инженеров?\nМы учим их сами, прямо в университете.\nФинансовый директор компании Анна Рыжова "
            "добавила, что выручка растет.\nЧто дальше?\nМы хотим выйти в Казахстан уже весной.",
            "Глеб Сорокин", id="ru: three turns, then narration, then a last turn",
        ),
        pytest.param(
            "uk", "Ужгородська компанія «Тиса» за чотири роки виросла до двохсот людей. Її засновник Гліб "
            "Соломко розповів про плани.\nЧому ви досі в Ужгороді?\nТому що тут наші люди.\nСкільки коштує "
            "ваша система?\nБлизько мільйона гривень, і ми продаємо не залізо.\nЯк ви знайшли інженерів?\n"
            "Ми вчимо їх самі, просто в університеті.\nФінансова директорка компанії Анна Рижук додала, що "
            "виручка росте.\nЩо далі?\nМи хочемо вийти на ринок Словаччини вже навесні.",
            "Гліб Соломко", id="uk: three turns, then narration, then a last turn",
        ),
    ],
)
def test_a_plain_interview_goes_on_after_a_paragraph_of_narration(
    language: str, text: str, guest: str
) -> None:
    """Three questions and answers alternate, a paragraph reports someone else, then one more question
    and its answer: that last answer is the guest's too."""
    assert _speakers(text, language) == [guest] * 4


_ADDRESSED = (
    "{intro}\n{name}, почему растет спрос на вашу профессию?\nВыросли зарплаты, и выпускник получает на "
    "старте больше юриста.\nА занятия в онлайне?\nЛекции — да, частично. Но станок по видео не освоить.\n"
    "Проректор Олег Сомов подтвердил, что набор вырос. «Таких конкурсов не было десять лет», — сказал он.\n"
    "Что посоветуете абитуриентам?\nНе выбирать специальность по названию, а прийти на день открытых дверей."
)
_RECTOR = "О наборе рассказала ректор Нижегородского политеха Ирина Воронцова."


def test_an_interview_that_addresses_its_guest_by_name_and_patronymic() -> None:
    """`Ирина Сергеевна, …?`: the formal address by first name and patronymic opens the questions of an
    interview, so its answers are the guest's though none speaks in the first person."""
    text = _ADDRESSED.format(intro=_RECTOR, name="Ирина Сергеевна")
    assert _speakers(text, "ru") == ["Ирина Воронцова", "Ирина Воронцова", "Олег Сомов", "Ирина Воронцова"]


def test_a_question_that_opens_with_a_first_name_and_a_surname_addresses_nobody() -> None:
    """`Ирина Воронцова, …?` is no patronymic address: with no answer in the first person the paragraphs
    are no interview."""
    text = _ADDRESSED.format(intro=_RECTOR, name="Ирина Воронцова")
    assert _speakers(text, "ru") == ["Олег Сомов"]


_EXPERT = {
    "ru": (
        "Геннадий Ворохов из городского управления культуры открыл шахматный турнир в библиотеке. «Сорок "
        "досок заняли за полчаса», — сообщил он.\nДоцент педагогического института Людмила Зябликова, "
        "которая пятый год судит детские партии, замечает, что новички играют смелее взрослых.\n«Они не "
        "боятся отдать ферзя ради атаки», — говорит {role}."
    ),
    "uk": (
        "Тарас Вербицький з міського управління культури відкрив шаховий турнір у бібліотеці. «Сорок дошок "
        "зайняли за пів години», — повідомив він.\nДоцентка педагогічного інституту Ореста Стрибожко, яка "
        "п'ятий рік судить дитячі партії, помічає, що новачки грають сміливіше за дорослих.\n«Вони не "
        "бояться віддати ферзя заради атаки», — каже {role}."
    ),
}
_FIRST = {"ru": "Геннадий Ворохов", "uk": "Тарас Вербицький"}


@pytest.mark.parametrize(
    ("language", "role", "speaker"),
    [
        pytest.param("ru", "эксперт", "Людмила Зябликова", id="ru: 'эксперт': no feminine"),
        pytest.param("ru", "доцент", "Людмила Зябликова", id="ru: 'доцент': the woman it stood beside"),
        pytest.param("ru", "чиновник", "Геннадий Ворохов", id="ru: 'чиновник' has 'чиновница': a man"),
        pytest.param("ru", "специалист", "Людмила Зябликова", id="ru: 'специалист' is listed: either sex"),
        pytest.param("ru", "депутат", "Людмила Зябликова", id="ru: 'депутат' is listed: either sex"),
        pytest.param("ru", "журналист", "Геннадий Ворохов", id="ru: 'журналист' is not listed: a man"),
        pytest.param("ru", "актер", "Геннадий Ворохов", id="ru: 'актер' has 'актриса': a man"),
        pytest.param("ru", "футболист", "Геннадий Ворохов", id="ru: 'футболист' is not listed: a man"),
        pytest.param("uk", "спеціаліст", "Тарас Вербицький", id="uk: the feminine is written: a man"),
        pytest.param("uk", "прокурор", "Тарас Вербицький", id="uk: 'прокурор' beside 'прокурорка'"),
        pytest.param("uk", "директор", "Тарас Вербицький", id="uk: 'директор' beside 'директорка'"),
    ],
)
def test_a_masculine_role_noun_with_no_feminine_beside_it_names_a_woman_too(
    language: str, role: str, speaker: str
) -> None:
    assert _speakers(_EXPERT[language].format(role=role), language) == [_FIRST[language], speaker]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        pytest.param(
            "ru", "Жильцы уже пожаловались в инспекцию государственного жилищного надзора Тамбовской "
            "области. Там подтвердили, что обращение зарегистрировано.\n— По этому адресу назначена "
            "внеплановая проверка, её результаты будут известны через неделю, — сообщили в ведомстве.",
            "инспекция государственного жилищного надзора Тамбовской области", id="ru: в инспекцию …",
        ),
        pytest.param(
            "uk", "Мешканці вже поскаржилися до управління державного житлового нагляду Волинської області. "
            "Там підтвердили, що звернення зареєстрували.\n«За цією адресою призначено позапланову "
            "перевірку, її результати будуть відомі за тиждень», — повідомили у відомстві.",
            "управління державного житлового нагляду Волинської області", id="uk: до управління …",
        ),
    ],
)
def test_a_body_named_in_lower_case_after_a_preposition_is_the_office_that_speaks_next(
    language: str, text: str, body: str
) -> None:
    """A body written in lower case after a preposition (complained to it), then `в ведомстве`: that body."""
    assert _speakers(text, language) == [body]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        pytest.param(
            "uk", "ДСНС закликала водіїв без нагальної потреби не виїжджати на трасу Рівне — Луцьк. «Якщо "
            "поїздку можна відкласти — відкладіть її», — ідеться у зверненні служби.", "ДСНС",
            id="uk: not the town at the end of the road",
        ),
        pytest.param(
            "ru", "МЧС призвало водителей без необходимости не выезжать на трассу Пермь — Уфа. «Если "
            "поездку можно отложить — отложите её», — говорится в обращении ведомства.", "МЧС",
            id="ru",
        ),
    ],
)
def test_a_body_s_abbreviation_opening_the_sentence_before_is_whose_statement_it_is(
    language: str, text: str, body: str
) -> None:
    assert _speakers(text, language) == [body]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru", "«Сокол» проиграл дома со счетом 0:2. «Нападающий восстановится к следующей игре, травма "
            "не опасна», — говорится в сообщении футбольного клуба «Сокол».", "Футбольный клуб «Сокол»",
            id="ru: в сообщении футбольного клуба «X»",
        ),
        pytest.param(
            "ru", "«Сокол» проиграл дома со счетом 0:2. В пресс-службе футбольного клуба «Сокол» позднее "
            "сообщили, что клуб подаст протест. «Клуб не согласен с решением судьи и просит разобрать "
            "эпизод», — говорится в заявлении клуба.", "Футбольный клуб «Сокол»",
            id="ru: в пресс-службе футбольного клуба «X», then в заявлении клуба",
        ),
        pytest.param(
            "uk", "«Сокіл» програв удома з рахунком 0:2. «Нападник відновиться до наступної гри, травма не "
            "небезпечна», — йдеться в повідомленні футбольного клубу «Сокіл».", "Футбольний клуб «Сокіл»",
            id="uk: у повідомленні футбольного клубу «X»",
        ),
        pytest.param(
            "ru", "В муниципальном унитарном предприятии «Горсвет» заявили, что фонари проверили. «Каждую "
            "опору осматривали весной, акты осмотра у нас есть», — сказали в компании.",
            "Муниципальное унитарное предприятие «Горсвет»", id="ru: в муниципальном предприятии «X» заявили",
        ),
        pytest.param(
            "ru", "В Новосибирском муниципальном предприятии «Горсвет» заявили, что фонари проверили. "
            "«Каждую опору осматривали весной», — сказали в компании.",
            "Новосибирское муниципальное предприятие «Горсвет»",
            id="ru: the full name written with a capital",
        ),
        pytest.param(
            "uk", "У пресслужбі Футбольного клубу «Карпати» повідомили, що клуб подасть скаргу. «Ми "
            "вимагатимемо перегляду епізоду з пенальті в другому таймі», — зазначили там.",
            "Футбольний клуб «Карпати»",
            id="uk: у пресслужбі Футбольного клубу «X»",
        ),
        pytest.param(
            "uk", "У пресслужбі Футбольного клубу «Карпати» повідомили, що клуб подасть скаргу. «Ми "
            "вимагатимемо перегляду епізоду з пенальті в другому таймі», — ідеться в заяві клубу.",
            "Футбольний клуб «Карпати»", id="uk: then в заяві клубу",
        ),
        pytest.param(
            "ru", "В муниципальном унитарном предприятии «Горсвет» заявили, что фонари проверили. «Каждую "
            "опору осматривали весной, акты осмотра у нас есть», — говорится в сообщении предприятия.",
            "Муниципальное унитарное предприятие «Горсвет»", id="ru: then в сообщении предприятия",
        ),
    ],
)
def test_a_kind_with_its_adjective_then_a_name_in_quotation_marks_is_the_bodys_full_name(
    language: str, text: str, speaker: str
) -> None:
    """`хоккейного клуба «Кедровка»`: the adjective and the noun of the body's kind, then its name in
    quotation marks, are the full name, in the nominative."""
    assert _speakers(text, language) == [speaker]


def test_a_kind_with_its_adjective_and_no_name_after_it_is_no_full_name() -> None:
    text = (
        "«Сокол» проиграл дома со счетом 0:2. «Нападающий восстановится к следующей игре, травма не опасна», "
        "— говорится в сообщении футбольного клуба."
    )
    assert "«" not in (_speakers(text, "ru")[0] or "")


def test_a_dash_question_followed_by_the_interviewers_remark_is_no_quote() -> None:
    """`— Почему ушли? Вы провели там пять лет.`: the interviewer asks, then remarks in one sentence; the
    turns after it alternate as in any dash interview, so the questions are not the guest's words."""
    text = (
        "Защитник Артем Гусев перешел из «Енисея» в «Торпедо» и рассказал о переезде.\n"
        "— Почему все-таки ушли из «Енисея»? Вы провели там пять лет.\n"
        "— Захотел нового. Пять лет в одном клубе — это много, надо было что-то менять.\n"
        "— Говорят, вам предлагали продлить контракт.\n"
        "— Предлагали, но я уже решил. Обид ни на кого нет.\n"
        "Контракт Гусева с «Торпедо» рассчитан на два года."
    )
    found = find_quotes(text, "ru")
    assert [q.text[:9] for q in found] == ["Захотел н", "Предлагал"]
    assert {q.speaker for q in found} == {"Артем Гусев"}


def test_a_plain_interview_whose_first_question_ends_with_a_remark() -> None:
    """`Дарья, почему склады? Это не самая модная тема.`: the first question, and so its answer, opens the
    interview though the paragraph ends with a full stop."""
    text = (
        "Томская компания «Полярный код» за три года выросла до ста сотрудников. С ее основательницей Дарьей "
        "Кузьмичевой мы поговорили о планах.\nДарья, почему склады? Это не самая модная тема.\nИменно "
        "поэтому. Пока все делали приложения, склады оставались такими же, как в девяностые.\nСколько стоит "
        "ваша система?\nОколо двух миллионов рублей. Но мы продаем не железо, а время клиента.\nЧто для вас "
        "будет успехом?\nЕсли о нас узнают за пределами Сибири, я буду довольна."
    )
    found = find_quotes(text, "ru")
    assert [q.text[:7] for q in found] == ["Именно ", "Около д", "Если о "]
    assert {q.speaker for q in found} == {"Дарья Кузьмичева"}


def test_a_dash_quote_with_a_question_inside_and_its_narrator_stays_a_quote() -> None:
    """A quote in dash dialogue that asks in its middle and names its speaker after it is no question of an
    interviewer's."""
    text = (
        "Жильцы дома на Заводской третью неделю сидят без отопления.\n"
        "— Батареи ледяные. Кто нам это вернет? Никто, — возмущается пенсионерка Галина Осипова.\n"
        "— Мы написали в прокуратуру, ответа нет, — добавляет ее соседка Вера Лыкова."
    )
    assert _speakers(text, "ru") == ["Галина Осипова", "Вера Лыкова"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Проверка продлится месяц. В Департаменте дорожного и транспортного надзора Омской области "
            "сообщили, что нарушения подтвердились. «Подрядчик заплатит штраф и переделает покрытие», — "
            "пояснили в ведомстве.", "Департамент дорожного и транспортного надзора Омской области",
            id="two adjectives of one genitive noun, joined by 'и'",
        ),
        pytest.param(
            "Мужчину задержали в понедельник. Как рассказали в ГУ МВД России по Москве и Подмосковью, он "
            "похищал самокаты. «Задержанный признал вину и рассказал, где прятал самокаты», — сообщили в "
            "пресс-службе главка.", "ГУ МВД России по Москве и Подмосковью",
            id="two territories in the dative after one 'по'",
        ),
        pytest.param(
            "Мужчину задержали в понедельник. Об этом рассказали в ГУ МВД России по Москве и Игорь Рыбин, "
            "следователь. «Задержанный признал вину и рассказал, где прятал самокаты», — сообщили в "
            "пресс-службе главка.", "ГУ МВД России по Москве",
            id="negative: a name in the nominative after 'и' is no second territory",
        ),
        pytest.param(
            "«Сотрудники полиции задержали подозреваемого в краже велосипеда у подъезда», — сообщили в "
            "ГУ МВД по Самаре и Росгвардии.", "ГУ МВД по Самаре",
            id="negative: a second body in the dative after 'и' is no second territory",
        ),
        pytest.param(
            "«Сотрудники полиции задержали подозреваемого в краже велосипеда у подъезда», — сообщили в "
            "ГУ МВД по Самаре и Тольятти.", "ГУ МВД по Самаре и Тольятти",
            id="two places after 'по', the second one indeclinable",
        ),
    ],
)
def test_words_joined_by_and_in_the_same_case_stay_in_a_bodys_name(text: str, speaker: str) -> None:
    """Russian joins words of one kind and case by 'и' inside a body's name: two adjectives of its genitive
    noun (`дорожного и транспортного надзора`), two places after `по`."""
    assert _speakers(text, "ru") == [speaker]


def test_a_pronoun_after_an_according_phrase_names_its_source_in_the_nominative() -> None:
    """`За словами Гнатишина, … «…», — додав він`: "he" is the source of the sentence before, named in the
    genitive after `за словами`; the speaker is his name in the nominative, not the genitive as written."""
    text = (
        "Заступник мера Остап Гнатишин визнав, що затримка сталася. За словами Гнатишина, гроші надійдуть у "
        "вівторок. «Я розумію обурення пасажирів, але прошу дочекатися середи», — додав він."
    )
    assert _speakers(text, "uk") == ["Остап Гнатишин"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru", "Прокурор настаивала на аресте. Защитник Олега Сидорова, адвокат Игорь Белов, назвал "
            "решение суда несправедливым. «Мой подзащитный никуда не собирался уезжать и готов являться к "
            "следователю», — сказал он.", "Игорь Белов", id="ru",
        ),
        pytest.param(
            "uk", "Прокурорка наполягала на арешті. Захисник Петра Гуменюка, адвокат Тарас Білоус, "
            "назвав ухвалу суду несправедливою. «Мій підзащитний нікуди не збирався виїжджати і готовий "
            "з'являтися до слідчого», — сказав він.", "Тарас Білоус", id="uk",
        ),
    ],
)
def test_a_pronoun_names_the_subject_in_the_nominative_not_a_genitive_before_it(
    language: str, text: str, speaker: str
) -> None:
    """`Защитник Олега Сидорова, адвокат Игорь Белов, назвал …`: "he" is the subject, named in the
    nominative, not the client named first in the genitive of the role before him."""
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru", "В министерстве здравоохранения Республики Адыгея «Вестям» подтвердили, что ремонт "
            "начнётся весной. «Подрядчик уже выбран, работы займут около трёх месяцев», — сообщили в "
            "ведомстве.", "министерство здравоохранения Республики Адыгея",
            id="ru: a republic's name after its genitive noun",
        ),
        pytest.param(
            "ru", "«Мост закроют на две недели для замены покрытия», — сообщили в администрации района Южное "
            "Тушино.", "администрация района Южное Тушино", id="ru: a district's name with its adjective",
        ),
        pytest.param(
            "ru", "«Из-за тумана задержаны шесть рейсов, пассажиров кормят за счёт перевозчиков», — "
            "сообщили в пресс-службе аэропорта Уфа.", "аэропорт Уфа",
            id="ru: an airport's name after the noun of its kind",
        ),
        pytest.param(
            "uk", "«Обвинуваченому призначено два роки позбавлення волі умовно з іспитовим строком», — "
            "йдеться у вироку Центрального районного суду міста Ужгород.",
            "Центральний районний суд міста Ужгород", id="uk: a town's name after 'міста'",
        ),
        pytest.param(
            "ru", "«Мост закроют на две недели для замены покрытия», — сообщили в администрации города "
            "Перми.", "администрация города Перми",
            id="negative: a town's name in the genitive agrees as before",
        ),
        pytest.param(
            "ru", "Об этом рассказали в мэрии города Сергей Орлов и его заместитель. «Мост закроют на две "
            "недели для замены покрытия», — сказал Орлов.", "Сергей Орлов",
            id="negative: a person's name after the noun is no place",
        ),
    ],
)
def test_a_places_own_name_after_the_noun_of_its_kind_stays_in_a_bodys_name(
    language: str, text: str, speaker: str
) -> None:
    """`администрация района Южное Тушино`, `суд міста Ужгород`: the name of a place in apposition to the
    noun of its kind (a republic, a district, a town, an airport) stays in the nominative whatever that
    noun's case, and is part of the body's name."""
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru", "Экономист Павел Гурьев ждёт роста цен. «Сети уже переписали договоры», — говорит Гурьев. "
            "Источник «Известий» в одной из торговых сетей подтвердил, что закупки сокращаются. «Мы берём "
            "вдвое меньше овощей, чем год назад», — сказал он.", None, id="ru: a source, then 'he'",
        ),
        pytest.param(
            "ru", "Экономист Павел Гурьев ждёт роста цен. «Сети уже переписали договоры», — говорит Гурьев. "
            "Один из поставщиков, работающих с сетями, заметил, что закупки сокращаются. «Мы возим вдвое "
            "меньше овощей, чем год назад», — сказал он.", None, id="ru: one of a group, then 'he'",
        ),
        pytest.param(
            "uk", "Економіст Павло Гур'єв чекає зростання цін. «Мережі вже переписали договори», — каже "
            "Гур'єв. Один із постачальників, який працює з мережами, зауважив, що закупівлі скорочуються. "
            "«Ми возимо вдвічі менше овочів, ніж рік тому», — сказав він.", None,
            id="uk: one of a group, then 'he'",
        ),
        pytest.param(
            "ru", "Экономист Павел Гурьев ждёт роста цен. «Сети уже переписали договоры», — говорит Гурьев. "
            "Источник в областном минфине, участвовавший в совещании, подтвердил, что перечень "
            "магазинов «утвердят до конца месяца».", None,
            id="ru: a source set off by a participle's clause, then the verb",
        ),
        pytest.param(
            "ru", "Экономист Павел Гурьев ждёт роста цен. Одного из поставщиков он уже предупредил. «Сети "
            "уже переписали договоры с поставщиками», — сказал он.", "Павел Гурьев",
            id="negative: 'one of' a group as the object, then 'he'",
        ),
        pytest.param(
            "ru", "Иван Петров возглавляет фонд «Добро» с 2015 года. Источник финансирования проекта — "
            "городской бюджет. «Мы откроем её к сентябрю, деньги уже собраны», — сказал он.", "Иван Петров",
            id="negative: the source of a thing, no person who speaks",
        ),
        pytest.param(
            "ru", "Экономист Павел Гурьев ждёт роста цен. Он подтвердил, что закупки сокращаются. «Сети уже "
            "переписали договоры с поставщиками», — сказал он.", "Павел Гурьев",
            id="negative: the person named before, then 'he'",
        ),
        pytest.param(
            "ru", "Депутат Павел Гурьев выступил против. Источник в городской администрации сообщил "
            "«Вестям», что стройку отложат. «Вопрос упирается в смету», — пояснил собеседник «Вестей». "
            "После перерыва Гурьев выдвинул идею создать комиссию. «Через месяц вернёмся к этому вопросу», — "
            "подытожил он.",
            "Павел Гурьев", id="negative: a source's words, then a named man's sentence and 'he'",
        ),
    ],
)
def test_a_pronoun_after_a_source_or_one_of_a_group_is_nobody(
    language: str, text: str, speaker: str | None
) -> None:
    """`Источник в банке подтвердил … «…», — сказал он.`, `Один из пожарных, прибывших на вызов, добавил
    …`: a pronoun (or the verb of a clause set off by a participle) right after a sentence that
    brings in an unnamed source or "one of" a group names that person, whom the text does not name, not
    the person named further back."""
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru", "В территориальной избирательной комиссии Ленинского района ТАСС сообщили, что участки "
            "откроются в восемь утра. «Бюллетени уже доставлены на все участки», — уточнили в ТИК.",
            "Территориальная избирательная комиссия Ленинского района", id="ru: the name in the locative",
        ),
        pytest.param(
            "uk", "У Львівській обласній державній адміністрації повідомили, що укриття перевірять до "
            "зими. «Списки шкіл уже передали районним управлінням», — зазначили в ОДА.",
            "Львівська обласна державна адміністрація", id="uk: a capitalised adjective before the name",
        ),
        pytest.param(
            "ru", "Участки откроются в восемь утра. «Бюллетени уже доставлены на все участки», — уточнили в "
            "ТИК.", "ТИК", id="negative: no name spelled in the text",
        ),
        pytest.param(
            "ru", "В тихом историческом квартале жители рассказали, что участки откроются в восемь утра. "
            "«Бюллетени уже доставлены на все участки», — уточнили в ТИК.", "ТИК",
            id="negative: words that spell it but no body's noun",
        ),
    ],
)
def test_an_abbreviation_stands_for_the_inflected_name_whose_words_it_spells(
    language: str, text: str, speaker: str
) -> None:
    """`в территориальной избирательной комиссии Ленинского района` then `— уточнили в ТИК`: Russian and
    Ukrainian news write a body's name in full once, in whatever case the sentence needs and in lower
    case, then its abbreviation; the abbreviation is that name in the nominative."""
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru", "В управлении культуры мэрии Томска переноса концерта не ожидали. «Концерт пройдёт в малом "
            "зале филармонии», — сообщили в управлении.", "управление культуры мэрии Томска",
            id="ru: the object after a city's name",
        ),
        pytest.param(
            "uk", "У Федерації профспілок України рішення уряду розкритикували. «Працівники знову залишаться "
            "без захисту», — повідомили у федерації.", "Федерація профспілок України",
            id="uk: the object after a country's name",
        ),
        pytest.param(
            "ru", "«Законопроект вернут на доработку до конца сессии», — сообщили в комитете Государственной "
            "думы по бюджету.", "комитет Государственной думы по бюджету",
            id="negative: a lower-case noun after a capitalised adjective stays",
        ),
        pytest.param(
            "ru", "«Мы откроем мост к сентябрю, деньги уже собраны», — сообщили в пресс-службе Министерства "
            "обороны.", "Министерство обороны", id="negative: a capitalised ministry opens its own name",
        ),
        pytest.param(
            "ru", "«Мы откроем мост к сентябрю, деньги уже собраны», — сообщили в пресс-службе Управления "
            "культуры Тулы.", "Управление культуры Тулы", id="negative: a capitalised office and its city",
        ),
        pytest.param(
            "ru", "«Мы откроем мост к сентябрю, деньги уже собраны», — сообщили в пресс-службе Департамента "
            "образования Москвы.", "Департамент образования Москвы",
            id="negative: a capitalised department and its city",
        ),
        pytest.param(
            "uk", "«Ми відкриємо міст до вересня, гроші вже зібрані», — повідомили в пресслужбі Департаменту "
            "охорони здоров'я.", "Департамент охорони здоров'я",
            id="negative: uk a capitalised department opens its own name",
        ),
    ],
)
def test_a_proper_noun_in_the_genitive_ends_a_bodys_name(language: str, text: str, speaker: str) -> None:
    """`В управлении культуры мэрии Томска переноса не ожидали …`: a body's name runs through
    genitives from its kind to the place or body it belongs to, and a proper name ends it; a lower-case
    noun after that is the verb's object ("переноса"), not part of the name. A common noun written with
    a capital opens a body's own name instead, and the genitives after it are that name's
    ("пресс-служба Министерства обороны")."""
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "uk", "У Департаменті освіти та культури Вінницької міської ради повідомили, що укриття "
            "добудують навесні. «Підрядника вже обрано, роботи триватимуть три місяці», — ідеться у "
            "відповіді департаменту.", "Департамент освіти та культури Вінницької міської ради",
            id="uk: 'освіти' is a genitive, not the imperative of 'освітити'",
        ),
        pytest.param(
            "ru", "Прокуратура Тверской области начала проверку. «Все нарушения будут устранены до конца "
            "месяца», — сообщили в прокуратуре.", "Прокуратура Тверской области",
            id="negative: a verb after the name still ends it",
        ),
    ],
)
def test_a_genitive_that_reads_as_an_imperative_too_stays_in_a_bodys_name(
    language: str, text: str, speaker: str
) -> None:
    """`У Департаменті освіти та культури … ради повідомили`: "освіти" is the genitive of "освіта" and the
    imperative of "освітити"; no verb that ends a body's name in news is an imperative, so the word stays
    in the name, while a verb in the indicative still ends it ("Прокуратура … начала")."""
    assert _speakers(text, language)[-1] == speaker


def test_the_interviewer_s_closing_thanks_in_a_dash_interview_is_no_quote() -> None:
    text = (
        "Художниця Ірина Гай відкрила майстерню в Чернігові. Ми розпитали її про перший рік роботи.\n\n"
        "— Чому саме старий млин?\n\n"
        "— Там високі стелі й багато світла, а оренда нам по кишені.\n\n"
        "— Хто приходить на заняття?\n\n"
        "— Здебільшого школярі та їхні бабусі, які теж беруть пензлі.\n\n"
        "— Дякуємо за розмову і чекаємо на нову виставку!\n\n"
        "Наступне заняття відбудеться в суботу."
    )
    quotes = find_quotes(text, "uk")
    assert not any("Дякуємо" in q.text for q in quotes)
    assert [q.speaker for q in quotes] == ["Ірина Гай", "Ірина Гай"]


_ONE_OF_MANY = {
    "ru": (
        "Директор рынка Аркадий Полубояринов обещает открыть новый крытый ряд. «Крышу доделаем к "
        "ярмарке», — сказал он.\nПокупателей в субботу было вдвое больше. «{said}», — {verb} {subject}."
    ),
    "uk": (
        "Директор ринку Аркадій Полубоярин обіцяє відкрити новий критий ряд. «Дах доробимо до ярмарку», — "
        "сказав він.\nПокупців у суботу було вдвічі більше. «{said}», — {verb} {subject}."
    ),
}


@pytest.mark.parametrize(
    ("language", "said", "verb", "subject", "speaker"),
    [
        pytest.param(
            "ru", "Мёд в этом году разбирают до обеда", "рассказала", "одна из продавщиц", None,
            id="ru: 'одна из' and a plural after the verb: someone of many, unnamed",
        ),
        pytest.param(
            "uk", "Черешню розкупили ще до десятої", "розповів", "один із фермерів", None,
            id="uk: 'один із' and a plural after the verb: someone of many, unnamed",
        ),
        pytest.param(
            "ru", "Цены на картошку мы не поднимали", "сказал", "один из фермеров Всеволод Кирпичников",
            "Всеволод Кирпичников", id="ru: near miss: one of the farmers, then his name",
        ),
        pytest.param(
            "ru", "Цены на картошку мы не поднимали", "сказала",
            "одна из продавщиц, 58-летняя Зинаида Пересыпкина", "Зинаида Пересыпкина",
            id="ru: near miss: her age and name in apposition after a comma",
        ),
        pytest.param(
            "uk", "Черешню розкупили ще до десятої", "розповів", "один із фермерів, пасічник Охрім Гнилиця",
            "Охрім Гнилиця", id="uk: near miss: his trade and name in apposition after a comma",
        ),
        pytest.param(
            "ru", "Мёд в этом году разбирают до обеда", "рассказал", "один из фермеров, приехавших издалека",
            None, id="ru: after the comma a participle, no name: still unnamed",
        ),
    ],
)
def test_one_of_a_group_after_the_verb_is_someone_unnamed(
    language: str, said: str, verb: str, subject: str, speaker: str | None
) -> None:
    text = _ONE_OF_MANY[language].format(said=said, verb=verb, subject=subject)
    assert _speakers(text, language)[1] == speaker


_STRANGER = {
    "ru": (
        "Смотритель парка Ермолай Пустовойтов обещает скамейки. «Поставим их к концу осени», — сказал он.\n"
        "У пруда {who} кормит уток. «Я прихожу сюда каждое утро уже десять лет», — говорит он."
    ),
    "uk": (
        "Доглядач парку Омелян Шкарупа обіцяє нові лавки. «Поставимо їх до кінця осені», — сказав він.\n"
        "Біля ставка {who} годує качок. «Я приходжу сюди щоранку вже десять років», — каже він."
    ),
}


@pytest.mark.parametrize(
    ("language", "who", "speaker"),
    [
        pytest.param("ru", "мужчина лет шестидесяти", None, id="ru: 'лет' before the numeral: age guessed"),
        pytest.param("uk", "чоловік років шістдесяти", None, id="uk: 'років' before the numeral"),
        pytest.param(
            "ru", "он вместе с мужчиной лет шестидесяти", "Ермолай Пустовойтов",
            id="ru: near miss: the stranger only in the instrumental, the keeper the subject",
        ),
        pytest.param(
            "uk", "він разом із чоловіком років шістдесяти", "Омелян Шкарупа",
            id="uk: near miss: the stranger only in the instrumental, the keeper the subject",
        ),
    ],
)
def test_a_man_of_a_guessed_age_is_a_stranger_the_pronoun_after_names(
    language: str, who: str, speaker: str | None
) -> None:
    """A person noun followed by the year noun and then the numeral ("лет сорока", the inverted order of an
    approximate age) brings in someone the reporter does not know: the pronoun after is that stranger."""
    assert _speakers(_STRANGER[language].format(who=who), language)[-1] == speaker


_STATION = (
    "Метеостанцию на перевале Каменный весной переведут на датчики. Наблюдательница Нина Звягинцева "
    "прожила там пятнадцать лет.\n"
    "Нина Петровна, что вы подумали, когда узнали о закрытии?\n"
    "Сначала не поверила. Я решила, что в приказ вкралась ошибка.\n"
    "{between}\n"
    "Куда вы переедете?\n"
    "К сестре в Нальчик. У меня там будет свой сад.\n"
    "Будете скучать по горам?\n"
    "Каждый день. Но я обещала себе не оглядываться."
)


def test_an_interviews_answer_over_two_paragraphs_and_the_answer_to_a_remark_are_the_guests() -> None:
    between = (
        "Я ведь снимала показания каждое утро в шесть, даже в метель.\n"
        "Автоматические датчики уже стоят на соседних перевалах.\n"
        "Датчик не разглядит лавину в тумане. Я вижу ее из окна."
    )
    found = find_quotes(_STATION.format(between=between), "ru")
    assert [q.text for q in found] == [
        "Сначала не поверила. Я решила, что в приказ вкралась ошибка.",
        "Я ведь снимала показания каждое утро в шесть, даже в метель.",
        "Датчик не разглядит лавину в тумане. Я вижу ее из окна.",
        "К сестре в Нальчик. У меня там будет свой сад.",
        "Каждый день. Но я обещала себе не оглядываться.",
    ]
    assert {q.speaker for q in found} == {"Нина Звягинцева"}


@pytest.mark.parametrize(
    "between",
    [
        "Редакция обратилась в управление гидрометслужбы. Мы ждем ответа.",
        "Я считаю, что датчики справятся, сообщил глава управления Олег Вяземский.",
        "Я побывал на станции в январе, там было тепло.\nПечку топлю сама, дрова привозят осенью.",
    ],
    ids=["the newsroom's we", "someone else's words with a speech verb", "the interviewer's own remark"],
)
def test_a_paragraph_between_an_interviews_turns_that_is_no_answer_of_the_guest(between: str) -> None:
    found = find_quotes(_STATION.format(between=between), "ru")
    first = between.split("\n")[0]
    assert not [q for q in found if q.text == first and q.speaker == "Нина Звягинцева"]


@pytest.mark.parametrize(
    "after",
    [
        "Станцию закроют в апреле. Мы будем следить за ее судьбой.",
        "Станцию закроют в апреле.\nРешение приняло региональное управление.",
    ],
    ids=["the newsroom's we", "a remark, then narration"],
)
def test_what_follows_an_interviews_last_answer_in_the_plural_or_the_third_person_is_no_answer(
    after: str,
) -> None:
    text = _STATION.format(between="Сначала не поверила.").replace("\nСначала не поверила.\n", "\n", 1)
    found = [q.text for q in find_quotes(f"{text}\n{after}", "ru")]
    assert len(found) == 3 and not any(q in after for q in found)
