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
    "a woman's first name that is also a man's genitive": (
        "Александра Громова", "Александры Громовой", "Александру Громову", "Александрой Громовой",
        "Александре Громовой", "Громова", "f"),
    "a woman's foreign surname after such a first name": (
        "Евгения Шмидт", "Евгении Шмидт", "Евгению Шмидт", "Евгенией Шмидт", "Евгении Шмидт", "Шмидт", "f"),
    "an adjectival surname that is also a first name's form": (
        "Валентина Белая", "Валентины Белой", "Валентину Белую", "Валентиной Белой", "Валентине Белой",
        "Белая", "f"),
    "a first name of either sex": (
        "Саша Громов", "Саши Громова", "Сашу Громова", "Сашей Громовым", "Саше Громове", "Громов", "m"),
    "a name with a patronymic": (
        "Игорь Петрович Сомов", "Игоря Петровича Сомова", "Игоря Петровича Сомова",
        "Игорем Петровичем Сомовым", "Игоре Петровиче Сомове", "Сомов", "m"),
}

_CONSTRUCTIONS = {
    "the subject after the verb": lambda f, a: f"«{_QUOTE}», — заявил{a} {f[0]}.",
    "the subject before the verb": lambda f, a: f"{f[0]} заявил{a}: «{_QUOTE}».",
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


_HIM = {"name": "Игорь Сомов", "a": "", "he": "он", "his": "его", "gen": "Игоря Сомова", "sur": "Сомов",
        "surgen": "Сомова"}
_HER = {"name": "Анна Ларина", "a": "а", "he": "она", "his": "ее", "gen": "Анны Лариной", "sur": "Ларина",
        "surgen": "Лариной"}

# How Russian news credits a speaker: each construction with a man and a woman.
_HABITS = {
    "a role noun for the person named with it": (
        "Губернатор Тверской области {name} провел{a} совещание.\n«{q}», — сказал{a} губернатор."),
    "a role noun with its region": (
        "Губернатор Тверской области {name} провел{a} совещание.\n«{q}», — подчеркнул{a} глава региона."),
    "a surname in the genitive after the full name": (
        "{name} провел{a} совещание с подрядчиками.\nПо словам {surgen}, «{ql}»."),
    "рассказал «Известиям» X": "«{q}», — рассказал{a} «Известиям» {name}.",
    "X уверен, что": "{name} уверен{a}, что «{ql}».",
    "написал X в своем Telegram-канале": "«{q}», — написал{a} {name} в своем Telegram-канале.",
    "X в своем Telegram-канале написал:": "{name} в своем Telegram-канале написал{a}: «{q}».",
    "X: «…»": "{name}: «{q}».",
    "Об этом сообщил X": "«{q}». Об этом сообщил{a} {name}.",
    "как пояснил X": "Как пояснил{a} {name}, «{ql}».",
    "по его словам": "{name} провел{a} совещание с подрядчиками.\nПо {his} словам, «{ql}».",
    "— пояснил он": "{name} провел{a} совещание с подрядчиками.\n«{q}», — пояснил{a} {he}.",
    "— заявил в эфире телеканала X": "«{q}», — заявил{a} в эфире телеканала «Россия 24» {name}.",
}


@pytest.mark.parametrize("person", [_HIM, _HER], ids=["a man", "a woman"])
@pytest.mark.parametrize("habit", list(_HABITS))
def test_russian_crediting_habits(habit: str, person: dict[str, str]) -> None:
    text = _HABITS[habit].format(q=_QUOTE, ql=_QUOTE[0].lower() + _QUOTE[1:], **person)
    assert [q.speaker for q in find_quotes(text, "ru")] == [person["name"]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(f"«{_QUOTE}», — сообщили в пресс-службе ГУ МВД по Тверской области.",
                     "ГУ МВД по Тверской области", id="an abbreviated body"),
        pytest.param(f"«{_QUOTE}», — сообщили в пресс-службе администрации Твери.", "администрация Твери",
                     id="a body in the genitive"),
        pytest.param(f"«{_QUOTE}», — сообщили в Минздраве Тверской области.", "Минздрав Тверской области",
                     id="a body's short name and the region it serves"),
    ],
)
def test_the_body_whose_press_office_told_something_speaks(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, "ru")] == [speaker]


def test_a_comma_and_a_dash_inside_the_speakers_own_sentence_open_no_narrator() -> None:
    text = ("Сосед Глеб Орлов изложил свою версию.\n— Забор стоит на моей земле, — говорит Орлов. — А то, "
            "что она про шум рассказывает, — это выдумки. Я работаю только днем.")
    quotes = find_quotes(text, "ru")
    assert [q.speaker for q in quotes] == ["Глеб Орлов", "Глеб Орлов"]
    assert quotes[1].text.endswith("Я работаю только днем.")


def test_narrators_words_after_a_comma_and_a_dash_open_with_any_verb() -> None:
    text = ("Пенсионер Глеб Орлов строит во дворе маяк.\n— Внуки обещают помочь, когда потеплеет. А пока у "
            "меня свой маяк, на нашем берегу, — шутит пенсионер.")
    quotes = find_quotes(text, "ru")
    assert [q.text for q in quotes] == ["Внуки обещают помочь, когда потеплеет. А пока у меня свой маяк, на "
                                        "нашем берегу"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("ru", "Арбитражный суд Тверской области рассмотрел иск подрядчика Глеба Орлова. «Мы "
                     "предупреждали заказчика о рисках», — заявил Орлов. Суд этот довод не принял. "
                     "«Доказательств того, что заказчик мешал работам, истцом не представлено», — говорится "
                     "в решении.",
                     "Арбитражный суд Тверской области", id="ru"),
        pytest.param("uk", "Господарський суд Волинської області розглянув позов підрядника Гліба Орлика. "
                     "«Ми попереджали замовника про ризики», — заявив Орлик. Суд цей аргумент не взяв до "
                     "уваги. «Доказів того, що замовник заважав роботам, позивачем не надано», — йдеться в "
                     "рішенні.",
                     "Господарський суд Волинської області", id="uk"),
    ],
)
def test_the_words_of_a_decision_are_the_courts_named_before(language: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language)][-1] == speaker


def test_of_two_namesakes_a_pronoun_chooses_by_gender() -> None:
    text = ("72-летняя Нина Гречко вяжет носки для волонтеров. Ее внук Артем Гречко ведет страницу в "
            "соцсетях. «Я думал, продадим пару штук знакомым», — говорит он.\nСама Гречко останавливаться не "
            "собирается. «Пока руки держат спицы, буду вязать», — говорит она.")
    assert [q.speaker for q in find_quotes(text, "ru")] == ["Артем Гречко", "Нина Гречко"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("Жительница Заречья Светлана Пак рассказала, что видела медведя. «Он стоял у забора и "
                     "смотрел на дом», — сказала женщина.", "Светлана Пак",
                     id="a village in the genitive, then a first name and a surname that is a common noun"),
        pytest.param("Юрист Анна Ларина выступила в суде. «Мы не считаем, что заказчик должен платить», — "
                     "пояснила Ларина Право.ру после заседания.", "Анна Ларина",
                     id="an outlet written as a web address after the surname"),
    ],
)
def test_words_around_a_name_that_are_not_part_of_it(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, "ru")] == [speaker]


def test_a_surname_the_dictionary_reads_as_a_plural_common_noun_is_the_person_named_before() -> None:
    text = ("Депутат городской думы Артем Налимов направил запрос в прокуратуру.\n— Люди три недели платят "
            "за услугу, которую не получают, — сказал Налимов.")
    assert [q.speaker for q in find_quotes(text, "ru")] == ["Артем Налимов"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("ru", "В ГУП «Тепловые сети Заречья» подтвердили, что трубу меняют целиком. «Работы "
                     "идут круглосуточно, воду дадут до пятницы», — сообщили в пресс-службе предприятия.",
                     "ГУП «Тепловые сети Заречья»", id="ru: ГУП, then its press office"),
        pytest.param("ru", "«Мы не планируем закрывать завод в этом году», — сообщили в ООО «Северный "
                     "литейный завод».", "ООО «Северный литейный завод»", id="ru: сообщили в ООО"),
        pytest.param("uk", "У КП \"Міський тролейбус\" повідомили, що кошти підуть на ремонт. \"Половина "
                     "машин працює понад тридцять років\", – наголосили в підприємстві.",
                     "КП \"Міський тролейбус\"", id="uk: КП, then the enterprise"),
    ],
)
def test_a_body_named_by_its_legal_form_and_a_quoted_name_keeps_both(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


def test_a_press_office_of_a_company_named_before_speaks_for_it() -> None:
    text = ("«Северавиа» с 15 декабря сократит число рейсов из Твери в Сочи. Об этом РБК сообщили в "
            "пресс-службе авиакомпании.\n«Решение связано с плановым обслуживанием самолетов», — говорится в "
            "ответе компании на запрос РБК.")
    assert [q.speaker for q in find_quotes(text, "ru")] == ["Северавиа"]


def test_an_interview_answer_to_a_remark_rather_than_a_question_is_the_interviewees() -> None:
    text = ("Директор городского парка Вера Ларина рассказала нам о планах на лето.\n"
            "Вера Сергеевна, когда откроется новый каток?\n"
            "— Не раньше декабря. Лед зальем, как только ударят морозы.\n"
            "Будут ли билеты дороже?\n"
            "— Цены останутся прежними, для школьников вход бесплатный.\n"
            "Горожане жалуются на очереди в прокат.\n"
            "— Жалобы справедливые. В этом году мы откроем второй пункт проката у главного входа.")
    assert [q.speaker for q in find_quotes(text, "ru")] == ["Вера Ларина"] * 3


@pytest.mark.parametrize(
    ("language", "verb"),
    [("ru", "советует"), ("ru", "отвечает"), ("ru", "предложила"), ("ru", "пошутила"), ("ru", "оценила"),
     ("uk", "поділилася"), ("uk", "порадила"), ("uk", "відповідає"), ("uk", "запропонувала")],
)
def test_more_verbs_that_report_speech(language: str, verb: str) -> None:
    if language == "ru":
        text = (f"Жительница дома Нина Орлова рассказала о проблеме. Юрист Евгения Шмидт считает, что жильцы "
                f"вправе требовать перерасчета. «Пишите заявление в управляющую компанию», — {verb} она.")
        speaker = "Евгения Шмидт"
    else:
        text = (f"Мешканка будинку Ніна Орлик розповіла про проблему. Юристка Олена Шевчук вважає, що "
                f"мешканці мають право на перерахунок. «Пишіть заяву до управляючої компанії», — "
                f"{verb} вона.")
        speaker = "Олена Шевчук"
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


_FOREIGN = [  # nominative, genitive, gender
    ("Мария да Силва", "Марии да Силва", "f"),
    ("Ахмед ас-Сабах", "Ахмеда ас-Сабаха", "m"),
    ("Жан-Ив Ле Гофф", "Жан-Ива Ле Гоффа", "m"),
    ("Ханс-Петер ван Дейк", "Ханса-Петера ван Дейка", "m"),
    ("Олаф Хансен", "Олафа Хансена", "m"),
]


@pytest.mark.parametrize(("name", "genitive", "gender"), _FOREIGN, ids=[f[0] for f in _FOREIGN])
@pytest.mark.parametrize("construction", ["subject", "по словам"])
def test_foreign_names_with_particles_articles_and_double_first_names(
    name: str, genitive: str, gender: str, construction: str
) -> None:
    a = "а" if gender == "f" else ""
    quote = "Мы закончим переговоры до конца года"
    subject = construction == "subject"
    text = f"«{quote}», — заявил{a} {name}." if subject else f"По словам {genitive}, «{quote}»."
    assert [q.speaker for q in find_quotes(text, "ru")] == [name]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("ru", "Глеб Орлов задержан в пятницу. Адвокат Орлова заявил: «Мы будем обжаловать арест "
                     "в апелляции».", None, id="ru: his lawyer, unnamed"),
        pytest.param("ru", "Адвокат Глеба Орлова Павел Гуреев подал жалобу. Адвокат Орлова заявил: «Мы будем "
                     "обжаловать арест в апелляции».", "Павел Гуреев", id="ru: his lawyer, named before"),
        pytest.param("uk", "Гліб Ларін затриманий у пʼятницю. Адвокат Ларіна заявив: «Ми оскаржимо арешт в "
                     "апеляції».", None, id="uk: his lawyer, unnamed"),
    ],
)
def test_a_role_noun_before_a_possessors_name_is_the_subject(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


# as written in the nominative, in the genitive, accusative, instrumental, locative; the gender
_INITIALLED = {
    "a man's initials, spaced": (
        "И. П. Сомов", "И. П. Сомова", "И. П. Сомова", "И. П. Сомовым", "И. П. Сомове", "m"),
    "a woman's initials, spaced": (
        "А. В. Ларина", "А. В. Лариной", "А. В. Ларину", "А. В. Лариной", "А. В. Лариной", "f"),
    "a man's initials, unspaced": (
        "Г.Е. Орлов", "Г.Е. Орлова", "Г.Е. Орлова", "Г.Е. Орловым", "Г.Е. Орлове", "m"),
    "a woman's initials, unspaced": (
        "Н.С. Белова", "Н.С. Беловой", "Н.С. Белову", "Н.С. Беловой", "Н.С. Беловой", "f"),
    "a woman's adjectival surname": (
        "Н. С. Белецкая", "Н. С. Белецкой", "Н. С. Белецкую", "Н. С. Белецкой", "Н. С. Белецкой", "f"),
    "one initial": ("Т. Громов", "Т. Громова", "Т. Громова", "Т. Громовым", "Т. Громове", "m"),
    "the surname first, as in documents": (
        "Сомов И. П.", "Сомова И. П.", "Сомова И. П.", "Сомовым И. П.", "Сомове И. П.", "m"),
}

_BY_INITIALS = {
    "the subject after the verb": lambda f, a: f"«{_QUOTE}», — заявил{a} {f[0]}.",
    "the subject before the verb": lambda f, a: f"{f[0]} заявил{a}: «{_QUOTE}».",
    "по словам": lambda f, a: f"По словам {f[1]}, «{_QUOTE.lower()}».",
    "цитирует": lambda f, a: f"«{_QUOTE}», — цитирует {f[2]} РИА Новости.",
    "a surname after an instrumental": lambda f, a: (
        f"Мы поговорили с {f[3]}. «{_QUOTE}», — сказал{a} {f[0]}."),
    "a locative, then a pronoun": lambda f, a: (
        f"В городе многое знают о {f[4]}.\n«{_QUOTE}», — сказал{a} {'она' if a else 'он'}."
    ) if not f[0].endswith("ая") else f"«{_QUOTE}», — сказала {f[0]} о {f[4]}.",
}


@pytest.mark.parametrize("construction", list(_BY_INITIALS))
@pytest.mark.parametrize("kind", list(_INITIALLED))
def test_a_person_named_by_initials_keeps_them_before_the_surname_in_the_nominative(
    kind: str, construction: str
) -> None:
    forms = _INITIALLED[kind]
    text = _BY_INITIALS[construction](forms, "а" if forms[5] == "f" else "")
    initials = [w for w in forms[0].replace(".", ". ").split() if w.endswith(".")]
    surname = next(w for w in forms[0].split() if not w.endswith("."))
    assert [q.speaker for q in find_quotes(text, "ru")] == [" ".join([*initials, surname])]


def test_initials_name_again_the_person_named_in_full() -> None:
    text = ("Мост откроют в июле, сообщил глава дорожного агентства Павел Коробейников.\n«Осталось уложить "
            "асфальт на въезде», — сказал П. Коробейников.\n«Разметку нанесем уже в июне», — добавил "
            "П.Коробейников.")
    assert [q.speaker for q in find_quotes(text, "ru")] == ["Павел Коробейников"] * 2


# Chinese, Korean and Vietnamese names, surname first: nominative, genitive, accusative, instrumental,
# locative; the surname alone; the gender
_EAST_ASIAN = {
    "a Korean name of three words": (
        "Ким Чен Мин", "Ким Чен Мина", "Ким Чен Мина", "Ким Чен Мином", "Ким Чен Мине", "Ким", "m"),
    "a Korean woman's name, not declined": (
        "Пак Мин Джи", "Пак Мин Джи", "Пак Мин Джи", "Пак Мин Джи", "Пак Мин Джи", "Пак", "f"),
    "a Chinese name ending in a vowel and й": ("Ли Вэй", "Ли Вэя", "Ли Вэя", "Ли Вэем", "Ли Вэе", "Ли", "m"),
    "a Chinese given name of two syllables": (
        "Чжан Сяомин", "Чжан Сяомина", "Чжан Сяомина", "Чжан Сяомином", "Чжан Сяомине", "Чжан", "m"),
    "a Chinese woman's name, not declined": ("Лю Ян", "Лю Ян", "Лю Ян", "Лю Ян", "Лю Ян", "Лю", "f"),
    "a Vietnamese name with a middle name": (
        "Нгуен Ван Тхань", "Нгуен Ван Тханя", "Нгуен Ван Тханя", "Нгуен Ван Тханем", "Нгуен Ван Тхане",
        "Нгуен", "m"),
}


@pytest.mark.parametrize("construction", list(_CONSTRUCTIONS))
@pytest.mark.parametrize("kind", list(_EAST_ASIAN))
def test_an_east_asian_name_declines_only_its_last_word_and_is_named_again_by_its_surname(
    kind: str, construction: str
) -> None:
    forms = _EAST_ASIAN[kind]
    if construction == "a surname after a locative" and kind.startswith("a Vietnamese"):
        pytest.skip("'о Нгуен Ван Тхане' may be 'Тхань' or 'Тхан': the locative does not tell")
    text = _CONSTRUCTIONS[construction](forms, "а" if forms[6] == "f" else "")
    assert [q.speaker for q in find_quotes(text, "ru")] == [forms[0]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("«Мы закончим переговоры до конца года», — заявил Ян Новак.", "Ян Новак",
                     id="a Czech name after a first name that is also a Chinese surname"),
        pytest.param("По словам Яна Новака, «мы закончим переговоры до конца года».", "Ян Новак",
                     id="the same name declined"),
        pytest.param("«Мы закончим переговоры до конца года», — заявил Ханс-Петер ван Дейк.",
                     "Ханс-Петер ван Дейк", id="a Dutch particle spelt as a Chinese surname"),
    ],
)
def test_names_that_only_open_with_an_east_asian_surname_are_read_as_before(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, "ru")] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("ru", f"Об этом в интервью РБК рассказал гендиректор компании Игорь Сомов.\n«{_QUOTE}», "
                     "— добавил собеседник издания.", "Игорь Сомов", id="ru: told an outlet, then its"
                     " interlocutor"),
        pytest.param("ru", f"Об этом ТАСС рассказала Анна Ларина.\n«{_QUOTE}», — добавила собеседница "
                     "агентства.", "Анна Ларина", id="ru: a woman"),
        pytest.param("ru", f"Как рассказал РБК источник в правительстве, сроки сдвинут.\n«{_QUOTE}», — "
                     "добавил собеседник издания.", None, id="ru: a source told it, unnamed"),
        pytest.param("ru", f"Игорь Сомов и Анна Ларина рассказали РБК о планах.\n«{_QUOTE}», — добавил "
                     "собеседник издания.", None, id="ru: two people told it"),
    ],
)
def test_the_interlocutor_of_an_outlet_is_the_one_person_who_told_it_something(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("ru", f"Игорь Сомов, глава Тверского района:\n— {_QUOTE}.", "Игорь Сомов", id="ru"),
        pytest.param("uk", "Олена Шевчук, очільниця громади:\n— Ми завершимо ремонт мосту до кінця року.",
                     "Олена Шевчук", id="uk"),
        pytest.param("en", "Ann Lee, 54, a nurse at the hospital:\n“We were not told anything about the "
                     "closure until Monday.”", "Ann Lee", id="en"),
    ],
)
def test_a_name_and_its_role_over_a_quotation_label_it(language: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param("ru", "Глава района Анна Ларина отменила автобус до Тары.\n— Я езжу в город к врачу "
                     "дважды в неделю. Прием заканчивается вечером, — рассказала «Вечерке» жительница села "
                     "Нина Гусева.\nПо ее словам, теперь приходится ночевать у родных: «Такси стоит полторы "
                     "тысячи. С моей пенсией не наездишься».", id="ru"),
        pytest.param("uk", "Голова громади Ганна Ларіна скасувала автобус до Тари.\n— Я їжджу до міста до "
                     "лікаря двічі на тиждень. Прийом закінчується ввечері, — розповіла «Вечірці» мешканка "
                     "села Ніна Гусак.\nЗа її словами, тепер доводиться ночувати в родичів: «Таксі коштує "
                     "півтори тисячі. З моєю пенсією не наїздишся».", id="uk"),
    ],
)
def test_a_pronoun_after_a_dash_incise_is_the_subject_after_its_verb(language: str, text: str) -> None:
    speakers = [q.speaker for q in find_quotes(text, language)]
    assert speakers[-1] == ("Нина Гусева" if language == "ru" else "Ніна Гусак")


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("ru", f"Губернатор Игорь Сомов приехал на объект. «{_QUOTE}», — цитирует главу региона "
                     "пресс-служба.", "Игорь Сомов", id="ru: цитирует + a role in the accusative"),
        pytest.param("uk", "Очільник ОВА Ігор Сомов оглянув міст. «Ми завершимо ремонт мосту до кінця року», "
                     "— цитує очільника області пресслужба.", "Ігор Сомов", id="uk: цитує + a role"),
    ],
)
def test_an_outlet_quoting_a_role_quotes_the_person_in_that_role(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        pytest.param("ru", "Директор заповедника Игорь Сомов рассказал о планах на сезон.\n— Сколько "
                     "туристов вы ждете этим летом?\n— Около двадцати тысяч. Это на треть больше, чем в "
                     "прошлом году.", ["Игорь Сомов"], id="ru: one person told it"),
        pytest.param("uk", "Директорка ліцею Ганна Ларіна розповіла про навчання в укритті.\n— Скільки дітей "
                     "зараз навчається очно?\n— Близько трьохсот. Решта приєднується онлайн, бо укриття не "
                     "вміщує всіх.", ["Ганна Ларіна"], id="uk: one person told it"),
        pytest.param("ru", "Жительница поселка Анна Ларина пожаловалась на дорогу, а ее сосед Игорь Сомов с "
                     "ней согласился.\n— Когда здесь последний раз был ремонт?\n— Лет пятнадцать назад, не "
                     "меньше. С тех пор только ямы засыпают.", [None], id="ru: two people, either may "
                     "answer"),
    ],
)
def test_a_lone_dash_answer_is_the_one_person_who_told_something_before_the_question(
    language: str, text: str, speakers: list[str | None]
) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == speakers


@pytest.mark.parametrize(
    ("name", "genitive", "accusative"),
    [("Марко Росси", "Марко Росси", "Марко Росси"), ("Хосе Гарсия", "Хосе Гарсии", "Хосе Гарсию"),
     ("Паоло Моретти", "Паоло Моретти", "Паоло Моретти")],
)
@pytest.mark.parametrize("construction", ["subject", "по словам", "цитирует"])
def test_a_foreign_surname_after_an_indeclinable_first_name(
    name: str, genitive: str, accusative: str, construction: str
) -> None:
    quote = "Мы закончим переговоры до конца года"
    text = {"subject": f"«{quote}», — заявил {name}.",
            "по словам": f"По словам {genitive}, «{quote.lower()}».",
            "цитирует": f"«{quote}», — цитирует {accusative} РИА Новости."}[construction]
    assert [q.speaker for q in find_quotes(text, "ru")] == [name]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(f"По словам депутата районного совета Ли Вэя, «{_QUOTE.lower()}».", "Ли Вэй",
                     id="a Chinese name after a role in the genitive"),
        pytest.param(f"По словам депутата А. В. Лариной, «{_QUOTE.lower()}».", "А. В. Ларина",
                     id="initials after a role in the genitive"),
        pytest.param(f"Мы встретились с депутатом Ли Вэем. «{_QUOTE}», — сказал Ли.", "Ли Вэй",
                     id="a Chinese name after a role in the instrumental"),
        pytest.param("Адвокат подсудимого И. П. Ларина в суде заявила: «Мы будем обжаловать приговор в "
                     "апелляции».", "И. П. Ларина", id="after a possessor's role, the first role's name"),
    ],
)
def test_a_name_that_does_not_tell_its_case_takes_the_case_of_the_role_before_it(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, "ru")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        f"«{_QUOTE}», — заявил Хироси Танака.",
        f"По словам Хироси Танаки, «{_QUOTE.lower()}».",
        f"«{_QUOTE}», — цитирует Хироси Танаку РИА Новости.",
        f"Мы поговорили с Хироси Танакой. «{_QUOTE}», — сказал Танака.",
    ],
    ids=["subject", "по словам", "цитирует", "after с, then the surname"],
)
def test_a_japanese_first_name_the_dictionary_only_guesses_at_stays_as_written(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, "ru")] == ["Хироси Танака"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("ru", f"Вчера отменили автобус в Тару.\n«{_QUOTE}», — сказала она.", None, id="ru"),
        pytest.param("uk", "Вчора скасували автобус до Тари.\n«Ми завершимо ремонт мосту до кінця року», — "
                     "сказала вона.", None, id="uk"),
    ],
)
def test_a_town_named_by_a_common_noun_after_a_preposition_is_nobody_a_pronoun_means(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


_EMBANKMENT = "Архитектор Ефрем Тюрнев представил проект новой набережной. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("По словам Тюрнева, деревья высадят «вдоль всей реки, от моста до пристани».",
                     "Ефрем Тюрнев", id="his genitive after по словам, which reads as her nominative"),
        pytest.param("«Деревья высадим вдоль всей реки», — цитирует Тюрнева городской портал.",
                     "Ефрем Тюрнев", id="his accusative after цитирует"),
        pytest.param("Возразила ему Тюрнева. «Деревьев на берегу уже много», — цитирует Тюрневу портал.",
                     "Тюрнева", id="near miss: her accusative, which is no case of his asked there"),
    ],
)
def test_a_surname_alone_that_declines_the_man_named_in_full_before_is_him(text: str, speaker: str) -> None:
    """"Тюрнева" after "Ефрем Тюрнев", where the grammar asks for the genitive or the accusative: his surname
    in that case, though the dictionary only reads it as a woman's nominative; "Тюрневу" is no such case of
    his (his dative), so after "цитирует" it is her accusative."""
    assert [q.speaker for q in find_quotes(_EMBANKMENT + text, "ru")][-1] == speaker


_SKI = "«Трассу подготовили за ночь, снег лег ровно», — "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(_SKI + "сказала лыжница Евгения Трофимкина.", "Евгения Трофимкина",
                     id="her name after a role noun, after her verb"),
        pytest.param(_SKI + "сообщила опытная лыжница Станислава Трофимкина.", "Станислава Трофимкина",
                     id="an adjective before the role noun"),
        pytest.param(_SKI + "отметила судья соревнований Евгения Трофимкина.", "Евгения Трофимкина",
                     id="a complement in the genitive after the role noun"),
        pytest.param(_SKI + "отметила тренер клуба «Метелица» Ярослава Трофимкина.", "Ярослава Трофимкина",
                     id="a quoted club's name after the complement"),
    ],
)
def test_a_name_in_apposition_to_a_role_noun_takes_the_gender_of_the_verb_before_them(
    text: str, speaker: str
) -> None:
    """"— сказала лыжница Евгения Трофимкина": the verb agrees with its subject, the role noun, and the name
    in apposition to it stands in its case, the nominative: hers, not "Евгений Трофимкин" in the genitive."""
    assert [q.speaker for q in find_quotes(text, "ru")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_SKI + "сказала внучка Евгения Трофимкина.", id="a noun of kinship"),
        pytest.param(_SKI + "сказала помощница Станислава Трофимкина.", id="a noun of acting for someone"),
        pytest.param(_SKI + "сказала мама Евгения Трофимкина.", id="a familiar noun of kinship"),
    ],
)
def test_near_miss_a_noun_of_kinship_or_agency_before_a_name_reads_no_woman_of_that_name(text: str) -> None:
    """Near miss: "внучка", "помощница", "мама" take a person's genitive (his granddaughter, assistant,
    mother), so the name after them is not read as hers in apposition."""
    first = next(q.speaker for q in find_quotes(text, "ru"))
    assert first not in ("Евгения Трофимкина", "Станислава Трофимкина")


_KITES = "На фестивале воздушных змеев в Кимрах запускали полсотни змеев.\n«Ветер сегодня как по заказу», — "
_HIGH = "\n«Мой змей поднялся выше всех», — "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(_KITES + "сказала наставница Александра Пышкина." + _HIGH + "сказал Пышкин.",
                     "Александр Пышкин", id="near miss: the man named again by his own surname form"),
        pytest.param(_KITES + "сказала мама Александра Пышкина." + _HIGH + "похвастался он.",
                     "Александр Пышкин", id="near miss: his mother, then a man's pronoun"),
        pytest.param(_KITES + "сказала воспитательница Александра Пышкина.\n«Дети клеили змеев неделю», — "
                     "добавила Пышкина.", "Александра Пышкина", id="her surname again: still hers"),
    ],
)
def test_a_role_noun_before_a_name_takes_his_genitive_where_a_man_of_that_name_is_in_the_story(
    text: str, speaker: str
) -> None:
    """"— сказала наставница Александра Пышкина … — сказал Пышкин": the masculine surname elsewhere shows a
    man of that name in the story, so the noun before the name is his mentor's, and no woman "Александра
    Пышкина" takes his later quote; with only her forms in the text the apposition still reads her."""
    assert [q.speaker for q in find_quotes(text, "ru")][-1] == speaker
