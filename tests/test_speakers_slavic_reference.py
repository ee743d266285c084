"""Russian and Ukrainian speakers named again, on invented sentences: a person named again by the first
name alone, a role whose complement joins two genitives with "и" ("министр культуры и туризма"),
capitalised adjectives of a common noun and the people places are named after, which are nobody who
speaks; people the text says it does not name, a surname alone in an oblique case, the head of a body,
a что-clause's own subject, a town after a preposition and a document pointed back at."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru", "В финал конкурса пекарей вышла кондитер из Самарканда Дилфуза Каримова. Жюри отметило её "
            "медовый торт. «Рецепт я взяла у бабушки и только убавила сахар», — смеётся Дилфуза.",
            "Дилфуза Каримова", id="ru: a first name no list holds, named again alone",
        ),
        pytest.param(
            "uk", "На ярмарок у Полтаві приїхав гончар Ерланбек Сапаров. Його глечики розібрали за годину. "
            "«Глину я копаю сам біля річки», — пояснює Ерланбек.",
            "Ерланбек Сапаров", id="uk: a first name no list holds, named again alone",
        ),
    ],
)
def test_a_person_is_named_again_by_the_first_name_alone(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language)[-1] == speaker


def test_a_first_name_of_two_people_is_nobody_s_in_particular() -> None:
    """Near miss: two people share the first name, so the first name alone names neither of them."""
    text = (
        "В финал вышли кондитер Дилфуза Каримова и пекарь Дилфуза Рахматова. "
        "«Рецепт я взяла у бабушки и только убавила сахар», — смеётся Дилфуза."
    )
    assert _speakers(text, "ru") != ["Дилфуза Каримова"]
    assert _speakers(text, "ru") != ["Дилфуза Рахматова"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Музей откроют весной, сообщил министр культуры и туризма Псковской области Лев Дроздецкий. "
            "Директор музея Олег Сухов рассказал, что экспозиция почти готова. «Мы покажем то, что сорок лет "
            "лежало в запасниках», — добавил министр.",
            "Лев Дроздецкий", id="the minister, not the director who spoke last",
        ),
        pytest.param(
            "Музей откроют весной, сообщил министр образования и науки края Лев Дроздецкий. Директор музея "
            "Олег Сухов рассказал, что экспозиция почти готова. «Мы покажем то, что сорок лет лежало в "
            "запасниках», — добавил министр.",
            "Лев Дроздецкий", id="a complement of two genitives with no capital between them",
        ),
    ],
)
def test_a_role_joined_by_a_conjunction_inside_its_complement_names_its_holder(
    text: str, speaker: str
) -> None:
    assert _speakers(text, "ru")[-1] == speaker


def test_a_conjunction_between_two_people_still_ends_a_role() -> None:
    """Near miss: "и" between a person and another role joins two people, not a role's complement: the
    director stays the only director."""
    text = (
        "Музей откроют весной. Об этом рассказали Лев Дроздецкий и директор музея Нина Сухова. "
        "«Мы покажем то, что сорок лет лежало в запасниках», — добавила директор."
    )
    assert _speakers(text, "ru") == ["Нина Сухова"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            "ru", "Новый парк откроют летом, сообщила вице-мэр Вера Лагутина. По её словам, парк соединит "
            "Заречный и Ленинский районы города. «Здесь появятся велодорожки и каток», — добавил он.",
            id="ru: two adjectives joined before one noun in the plural",
        ),
        pytest.param(
            "ru", "Новый парк откроют летом, сообщила вице-мэр Вера Лагутина. Парк разобьют у больницы "
            "имени Бурденко. «Здесь появятся велодорожки и каток», — добавил он.",
            id="ru: the person a hospital is named after",
        ),
        pytest.param(
            "uk", "Новий парк відкриють улітку, повідомила заступниця мера Віра Лагутіна. Парк розіб'ють "
            "біля лікарні імені Пирогова. «Тут з'являться велодоріжки й ковзанка», — додав він.",
            id="uk: the person a hospital is named after",
        ),
    ],
)
def test_a_capitalised_word_of_a_place_is_nobody_a_pronoun_names(language: str, text: str) -> None:
    """Nobody: the only person named is a woman, and the verb is masculine."""
    assert _speakers(text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru", "На заседание пришли депутаты Игорь Заречный и Олег Ленинский. Заречный и Ленинский "
            "выступили против. «Здесь появятся велодорожки и каток», — добавил он.", "Олег Ленинский",
            id="ru: two surnames joined before a verb stay people",
        ),
        pytest.param(
            "ru", "Парк разобьют у больницы. Её главврач Игорь Бурденко доволен. «Здесь появятся велодорожки "
            "и каток», — добавил он.", "Игорь Бурденко",
            id="ru: a name with no 'имени' before it is a person",
        ),
    ],
)
def test_people_named_like_places_still_speak(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru", "Новый парк откроют летом, сообщила вице-мэр Вера Лагутина. «Здесь появятся велодорожки и "
            "каток», — добавил он.", None, id="ru: a masculine verb after a woman's sentence",
        ),
        pytest.param(
            "uk", "Новий парк відкриють улітку, повідомила заступниця мера Віра Лагутіна. «Тут з'являться "
            "велодоріжки й ковзанка», — додав він.", None, id="uk: a masculine verb after a woman's sentence",
        ),
        pytest.param(
            "ru", "Новый парк откроют летом, сообщила вице-мэр Вера Лагутина. «Здесь появятся велодорожки и "
            "каток», — добавила она.", "Вера Лагутина", id="negative: the verb agrees with her",
        ),
    ],
)
def test_a_past_verb_of_the_other_gender_after_a_quote_rules_out_a_speaker(
    language: str, text: str, speaker: str | None
) -> None:
    assert _speakers(text, language) == [speaker]


def test_a_past_verb_with_a_subject_of_its_own_rules_out_nobody() -> None:
    """Near miss: "— сообщил портал …" has its own subject, who relays her words: she still speaks."""
    for language, text in (
        ("ru", "Глава спорткомитета Алла Ребрикова заявила: «Стадион откроем к маю, трибуны уже "
         "готовы», — сообщил портал «Спорт-Экспресс»."),
        ("uk", "Очільниця спорткомітету Алла Ребрикова заявила: «Стадіон відкриємо до травня, трибуни "
         "вже готові», — повідомив портал «Спорт-Експрес»."),
    ):
        assert _speakers(text, language) == ["Алла Ребрикова"]


def test_the_abbreviation_of_imeni_needs_its_dot() -> None:
    """"им." (with its dot) is the eponym's abbreviation; bare "им" is "them": "Ответил им X" is X."""
    named_after = (
        "Каток зальют у школы им. Чкалова, сообщила вице-мэр Вера Лагутина. «Лёд будет готов к декабрю», "
        "— добавил он."
    )
    assert _speakers(named_after, "ru") == [None]
    answered = "Студенты спросили о стипендиях. Ответил им ректор Павел Гуров: «Выплаты вырастут уже осенью»."
    assert _speakers(answered, "ru") == ["Павел Гуров"]


_HARBOUR_RU = (
    "Капитан порта Роман Дедов подтвердил, что шторм сорвал с якоря две баржи. «Людей на них не было», — "
    "сказал Дедов. "
)
_HARBOUR_UK = (
    "Капітан порту Роман Дідух підтвердив, що шторм зірвав з якоря дві баржі. «Людей на них не було», — "
    "сказав Дідух. "
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            "ru", _HARBOUR_RU + "Судоходная компания обещает поднять баржи за свой счёт. «Мы начнём работы, "
            "как только стихнет ветер», — заверил руководитель фирмы, попросивший не называть его имени.",
            id="ru: a role noun after the quote, asked not to be named",
        ),
        pytest.param(
            "ru", _HARBOUR_RU + "Житель соседнего дома, мужчина средних лет, не назвавший своего имени, "
            "рассказывает: «Волны перехлёстывали через набережную всю ночь».",
            id="ru: a resident before the quote who gave no name",
        ),
        pytest.param(
            "uk", _HARBOUR_UK + "Судноплавна компанія обіцяє підняти баржі власним коштом. «Ми почнемо "
            "роботи, щойно вщухне вітер», — запевнив керівник фірми, що попросив не розголошувати своє "
            "прізвище.", id="uk: a role noun after the quote, asked not to be named",
        ),
        pytest.param(
            "uk", _HARBOUR_UK + "Мешканець сусіднього будинку, чоловік середніх років, що не назвав свого "
            "прізвища, розповідає: «Хвилі перехлюпували через набережну всю ніч».",
            id="uk: a resident before the quote who gave no name",
        ),
    ],
)
def test_a_person_the_text_says_it_does_not_name_is_nobody(language: str, text: str) -> None:
    assert _speakers(text, language)[-1] is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Судоходная компания обещает поднять баржи. Менеджер фирмы Глеб Аксёнов попросил не называть "
            "имена матросов. «Мы начнём работы, как только стихнет ветер», — сказал менеджер фирмы.",
            id="asked not to name others, before the quote",
        ),
        pytest.param(
            "Компания обещает поднять баржи, сообщил менеджер фирмы Глеб Аксёнов. «Мы начнём работы, как "
            "только стихнет ветер», — сказал менеджер фирмы, который попросил не называть имена матросов.",
            id="asked not to name others, after the quote",
        ),
    ],
)
def test_asking_not_to_name_someone_else_keeps_the_role_s_holder(text: str) -> None:
    assert _speakers(text, "ru") == ["Глеб Аксёнов"]


def test_a_surname_alone_in_an_oblique_case_is_the_woman_named_in_full_before() -> None:
    """"Кудинову" is the accusative of her "Кудинова" as well as the dative of a man's "Кудинов": the text
    named only her, so the pronoun after the sentence that opens with her is hers."""
    text = (
        "Среди пострадавших на склоне — Дарья Кудинова. «Я не заметила кочку под снегом», — рассказала "
        "девушка. Рядом лежала лыжница Зоя Лесина. «Трасса была закрыта ещё с утра», — говорит Зоя "
        "Сергеевна. Кудинову осмотрели в медпункте. «Нога уже почти не болит», — добавила она."
    )
    assert _speakers(text, "ru")[-1] == "Дарья Кудинова"


def test_a_surname_alone_of_a_man_named_in_full_stays_his() -> None:
    """Near miss: the text named a man Кудинов, so "Кудинову" is his dative."""
    text = (
        "На склоне травмировался турист Дмитрий Кудинов. «Я не заметил кочку под снегом», — рассказал "
        "парень. Инструктор Ефим Лесин помог спустить его вниз. «Трасса была закрыта ещё с утра», — говорит "
        "Лесин. Кудинову наложили гипс в медпункте. «Нога уже почти не болит», — добавил он."
    )
    assert _speakers(text, "ru")[-1] == "Дмитрий Кудинов"


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru",
            "Мэр Калуги Вадим Стрелков и застройщик Роман Лыков открыли новый мост. «Движение пустим в "
            "пятницу», — сказал Лыков. Мэр пообещал осветить набережную. «Фонари поставим уже этим летом», — "
            "уточнил глава города.", "Вадим Стрелков",
            id="ru: the head of the town is its mayor, not the builder who spoke last",
        ),
        pytest.param(
            "ru",
            "Министр транспорта края Семён Зуев посетил депо. Водитель Артур Блинов показал новую "
            "кабину. «Ещё десять вагонов купим до осени», — пообещал глава ведомства.", "Семён Зуев",
            id="ru: the head of the department is its minister",
        ),
        pytest.param(
            "uk",
            "Мер Житомира Вадим Сокирко і забудовник Роман Ликов відкрили новий міст. «Рух запустимо в "
            "п'ятницю», — сказав Ликов. Мер пообіцяв освітити набережну. «Ліхтарі поставимо вже цього літа», "
            "— уточнив очільник міста.", "Вадим Сокирко",
            id="uk: the head of the town is its mayor",
        ),
        pytest.param(
            "uk",
            "Мер Житомира Вадим Сокирко оглянув міст. Забудовник Роман Ликов пообіцяв освітлення. «Ліхтарі "
            "поставимо вже цього літа», — уточнив мер.", "Вадим Сокирко",
            id="uk: 'мер' before a name is a role, though 'мерти' has a form so written",
        ),
    ],
)
def test_the_head_of_a_body_is_the_person_holding_its_title(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language)[-1] == speaker


def test_the_head_of_something_no_title_heads_is_not_its_mayor() -> None:
    """Near miss: "глава семьи" heads no body whose head has a title, so the мэр who spoke just before
    is not made the speaker by the table of heads."""
    text = (
        "Мэр Калуги Вадим Стрелков и застройщик Роман Лыков открыли новый мост. «Движение пустим в пятницу», "
        "— сказал Лыков. Мэр пообещал осветить набережную. «Фонари поставим уже этим летом», — уточнил глава "
        "семьи, живущей у моста."
    )
    assert _speakers(text, "ru")[-1] != "Вадим Стрелков"


def test_the_head_of_a_factory_is_its_director() -> None:
    text = (
        "Мэр Калуги Вадим Стрелков и директор завода Роман Лыков открыли цех. «Станки привезли из Казани», — "
        "сказал Стрелков. Директор попросил льготный кредит. «Без кредита новый цех не окупится», — уточнил "
        "глава завода."
    )
    assert _speakers(text, "ru")[-1] == "Роман Лыков"


def test_the_head_of_a_company_is_not_the_country_s_president() -> None:
    """Near miss: "глава компании" is a firm's head, not the президент of the country named before."""
    text = (
        "Президент Вадим Стрелков встретился с аграриями. Агрохолдинг «Южная нива» представлял его владелец "
        "Роман Лыков. «Мы построим три элеватора за два года», — сказал глава компании."
    )
    assert _speakers(text, "ru")[-1] == "Роман Лыков"


def test_a_town_after_a_preposition_that_reads_first_as_an_adjective_is_no_woman() -> None:
    """"з Лисичанська" reads first as a feminine adjective and also as the genitive of a town: after "з"
    it is the town, so "жінка" names the woman the sentence brought in."""
    text = (
        "Кухар Степан Маляр годує переселенців у спортзалі. «Борщу вистачить на всіх», — каже Маляр. Одна з "
        "відвідувачок, Євдокія, приїхала з Лисичанська місяць тому. «Тут мене вперше нагодували гарячим», — "
        "розповідає жінка."
    )
    assert _speakers(text, "uk")[-1] == "Євдокія"


def test_a_surname_after_a_preposition_stays_a_person() -> None:
    """Near miss: "до Маляра" after a preposition of place is still the man named in full before."""
    text = (
        "Кухар Степан Маляр годує переселенців у спортзалі. «Борщу вистачить на всіх», — каже Маляр. "
        "Люди підходять до Маляра по добавку. «Завтра зваримо ще й вареники», — обіцяє він."
    )
    assert _speakers(text, "uk") == ["Степан Маляр", "Степан Маляр"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru",
            "Адвокат Марина Уткина настаивает на оправдании Глеба Ершова. «Доказательств вины нет», — "
            "заявила защитник. Уткина также указала на то, что на аудиозаписи Ершов говорит: «Я к этим "
            "деньгам не прикасался».", "Глеб Ершов", id="ru: что, then its own subject",
        ),
        pytest.param(
            "uk",
            "Адвокатка Марина Уткіна наполягає на виправданні Гліба Єршова. «Доказів провини немає», — "
            "заявила захисниця. Уткіна також звернула увагу на те, що на аудіозаписі Єршов каже: «Я до цих "
            "грошей не торкався».", "Гліб Єршов", id="uk: що, then its own subject",
        ),
        pytest.param(
            "ru",
            "Адвокат Марина Уткина, которую поддержал Глеб Ершов, сказала: «Доказательств вины у следствия "
            "нет».", "Марина Уткина", id="negative: a relative clause closed by a comma before the verb",
        ),
    ],
)
def test_a_speech_verb_inside_a_clause_opened_by_that_has_its_own_subject(
    language: str, text: str, speaker: str
) -> None:
    assert _speakers(text, language)[-1] == speaker


_COACH_RU = "Тренер Виктор Ломов пожаловался на судей. «Нас засуживают весь сезон», — сказал он. "
_COACH_UK = "Тренер Віктор Ломенко поскаржився на суддів. «Нас засуджують увесь сезон», — сказав він. "


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru", "Тренер Виктор Ломов направил письмо в федерацию футбола. В нём говорится: «Судьи трижды "
            "не засчитали чистые голы нашей команды».", "Виктор Ломов",
            id="ru: the writer of the letter the sentence before named",
        ),
        pytest.param(
            "uk", "Тренер Віктор Ломенко надіслав лист до федерації футболу. У ньому йдеться: «Судді тричі "
            "не зарахували чисті голи нашої команди».", "Віктор Ломенко",
            id="uk: the writer of the letter the sentence before named",
        ),
        pytest.param(
            "ru", _COACH_RU + "Болельщики отправили письмо в федерацию. В нём говорится: «Мы требуем "
            "пересмотреть итоги матча».", None, id="ru: a letter of people the text does not name",
        ),
        pytest.param(
            "uk", _COACH_UK + "Уболівальники надіслали лист до федерації. У ньому йдеться: «Ми вимагаємо "
            "переглянути підсумки матчу».", None, id="uk: a letter of people the text does not name",
        ),
        pytest.param(
            "ru", "Тренер Виктор Ломов зачитал на пресс-конференции письмо болельщиков. В нём говорится: «Мы "
            "требуем пересмотреть итоги матча».", None,
            id="ru: near miss, a letter of others the subject only reads out",
        ),
        pytest.param(
            "uk", "Тренер Віктор Ломенко зачитав на пресконференції лист уболівальників. У ньому йдеться: "
            "«Ми вимагаємо переглянути підсумки матчу».", None,
            id="uk: near miss, a letter of others the subject only reads out",
        ),
    ],
)
def test_a_document_pointed_back_at_speaks_for_its_writer(
    language: str, text: str, speaker: str | None
) -> None:
    assert _speakers(text, language)[-1] == speaker


def test_about_him_is_no_pointer_to_a_document() -> None:
    """Near miss: "О нём говорится" is what is said about a man, no document named before."""
    text = _COACH_RU + "О нём говорится в каждой сводке: «Этот тренер никогда не сдаётся»."
    assert _speakers(text, "ru")[-1] == "Виктор Ломов"


_CHESS = {
    "uk": "На шаховий турнір у Ніжині приїхали Ольга Жмайло і її брат Богдан Жмайло.\n",
    "ru": "На шахматный турнир в Ржеве приехали Ольга Жмайло и ее брат Богдан Жмайло.\n",
    "uk-his-first": "На шаховий турнір у Ніжині приїхали Богдан Жмайло і його сестра Ольга Жмайло.\n",
}


@pytest.mark.parametrize(
    ("language", "line", "speaker"),
    [
        pytest.param("uk", "«Я готувався до цієї партії цілий місяць», — розповів Жмайло.",
                     "Богдан Жмайло", id="uk: a man's verb after her surname and his"),
        pytest.param("ru", "«Я готовился к этой партии целый месяц», — рассказал Жмайло.",
                     "Богдан Жмайло", id="ru: a man's verb after her surname and his"),
        pytest.param("uk", "Жмайло розповіла, що суперник сильний: «Але я його не боюся».",
                     "Ольга Жмайло", id="uk: a woman's verb after the surname"),
        pytest.param("uk-his-first", "«Я готувалася до цієї партії цілий місяць», — розповіла Жмайло.",
                     "Ольга Жмайло", id="uk: a woman's verb where he was named first"),
        pytest.param("uk", "«Я готуюся до цієї партії цілий місяць», — каже Жмайло.",
                     "Ольга Жмайло", id="uk: near miss: a present verb tells no sex"),
    ],
)
def test_a_surname_that_tells_no_sex_shared_by_a_man_and_a_woman_follows_the_verb_s_gender(
    language: str, line: str, speaker: str
) -> None:
    """An indeclinable surname ("Жмайло") names a woman and a man alike: a verb in the past beside it
    agrees with its subject in gender, and picks the namesake of that sex."""
    assert _speakers(_CHESS[language] + line, language[:2]) == [speaker]


def test_a_surname_shared_by_two_men_is_not_told_apart_by_a_man_s_verb() -> None:
    """Near miss: both namesakes are men: the verb's gender picks neither, the first named stays."""
    text = ("На шаховий турнір приїхали Тарас Жмайло і його брат Богдан Жмайло.\n"
            "«Я готувався до цієї партії цілий місяць», — розповів Жмайло.")
    assert _speakers(text, "uk") == ["Тарас Жмайло"]


_REGATTA = {
    "ru": "В регате на озере Селигер соревновались яхтсмен Арсений Ковырзин и его сын Ефим Ковырзин.\n",
    "uk": "У регаті на озері Світязь змагалися яхтсмен Арсеній Ковирза і його син Юхим Ковирза.\n",
}


@pytest.mark.parametrize(
    ("language", "line", "speaker"),
    [
        pytest.param("ru", "«Ветер сменился на последнем круге», — сказал Ковырзин-старший.",
                     "Арсений Ковырзин", id="ru: the elder, the one brought in as the other's parent"),
        pytest.param("ru", "«Я шел за ним до самого финиша», — признался Ковырзин-младший.",
                     "Ефим Ковырзин", id="ru: the younger, brought in as the son"),
        pytest.param("uk", "На думку Ковирзи-молодшого, «вітер змінився на останньому колі».",
                     "Юхим Ковирза", id="uk: the younger in the genitive"),
        pytest.param("uk", "«Вітер змінився на останньому колі», — сказав Ковирза-старший.",
                     "Арсеній Ковирза", id="uk: the elder"),
    ],
)
def test_a_surname_with_elder_or_younger_names_the_parent_or_the_child_among_two_namesakes(
    language: str, line: str, speaker: str
) -> None:
    """"Ковырзин-старший" after "Арсений Ковырзин и его сын Ефим Ковырзин": the hyphened rank tells two kin of
    one surname apart, and the noun of a child before one of them says which is the younger."""
    assert _speakers(_REGATTA[language] + line, language) == [speaker]


def test_a_surname_with_elder_stays_as_written_where_no_noun_of_kin_tells_the_namesakes_apart() -> None:
    """Near miss: two brothers of one surname, neither brought in as the other's parent or child."""
    text = ("В регате соревновались братья Арсений Ковырзин и Ефим Ковырзин.\n"
            "«Ветер сменился на последнем круге», — сказал Ковырзин-старший.")
    assert _speakers(text, "ru") == ["Ковырзин-старший"]


_POTTERY = {
    "ru": ("Мастерскую в Торжке держит Лука Вешняков, сын Фомы Вешнякова, который учил его лепить.\n"
           "«Глина здесь капризная, сохнет за полдня и трескается в печи», — сказал Вешняков-{rank}."),
    "uk": ("Майстерню в Косові тримає Лука Вешняк — син Хоми Вешняка, який навчив його ліпити.\n"
           "«Глина тут примхлива, сохне за пів дня і тріскається в печі», — сказав Вешняк-{rank}."),
}


@pytest.mark.parametrize(
    ("language", "rank"),
    [("ru", "старший"), ("ru", "младший"), ("uk", "старший")],
)
def test_near_miss_a_noun_of_kin_before_a_name_in_the_genitive_is_the_other_person_s(
    language: str, rank: str
) -> None:
    """Near miss: "Лука Вешняков, сын Фомы Вешнякова": the noun of a child stands before the FATHER's name in
    the genitive and says Лука is the son, the opposite of "его сын Лука Вешняков"; the rule reads only a
    name in its dictionary form after the noun, so the hyphened name stays as written."""
    text = _POTTERY[language].format(rank=rank)
    surname = "Вешняков" if language == "ru" else "Вешняк"
    assert _speakers(text, language) == [f"{surname}-{rank}"]
