"""Attribution in ru, uk, de, fr, es, it, pt by each language's grammar, on invented sentences: speech
verbs in any tense and person, the speaker after its verb, pronouns and role nouns that point back to
the right person, organisations that speak, quotes that run over a line break."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


VERB_FORMS = [
    pytest.param(
        "fr", "« Le marché a changé en dix ans, et nous avec lui », sourit Hélène Moreau.", "Hélène Moreau",
        id="fr: a verb of the narrator after the quote (sourire)",
    ),
    pytest.param(
        "fr", "« Personne ne viendra nous sauver cet hiver », expliquait Jules Marchand.", "Jules Marchand",
        id="fr: an imperfect (expliquer)",
    ),
    pytest.param(
        "es", "“Ustedes prometieron las obras para este verano y no hay ni un solo plano”, reprochó "
        "Ignacio Prieto.", "Ignacio Prieto", id="es: reprochar in the preterite",
    ),
    pytest.param(
        "it", "«La manutenzione delle scuole non può più aspettare», sostiene Marco Ferri.",
        "Marco Ferri", id="it: sostenere, an irregular verb",
    ),
    pytest.param(
        "pt", "\"O projeto prevê exceções para uso médico e pedagógico\", rebateu Ana Costa.",
        "Ana Costa", id="pt: rebater in the past",
    ),
    pytest.param(
        "de", "„Die Zahlen sind besser als im vergangenen Jahr“, bilanzierten die Veranstalter. "
        "„Wir freuen uns schon auf den nächsten Sommer“, lachte Petra Sommer.", "Petra Sommer",
        id="de: a weak verb in the past (lachen)",
    ),
    pytest.param(
        "ru", "«Раньше здесь был рынок, теперь одни парковки», — вспоминает Ирина Котова.",
        "Ирина Котова", id="ru: a verb form the list never had (вспоминать)",
    ),
    pytest.param(
        "uk", "«Ми тоді ще не знали, що завод закриють», — пригадує Олег Руденко.",
        "Олег Руденко", id="uk: a verb form the list never had (пригадувати)",
    ),
]


@pytest.mark.parametrize(("language", "text", "speaker"), VERB_FORMS)
def test_speech_verbs_in_any_form(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language)[-1] == speaker


def test_a_name_never_runs_over_a_line_break_and_a_dative_is_no_subject() -> None:
    text = (
        "Verkehrsminister Jonas Weber forderte Hilfe. „Wer seit Monaten im Stau steht, braucht mehr als "
        "Worte“, sagte der SPD-Politiker dem WDR.\nDie Autobahn GmbH verwies auf ihr Programm."
    )
    assert _speakers(text, "de") == ["Jonas Weber"]


BODIES = [
    pytest.param(
        "ru", "В министерстве транспорта Новгородской области «Вестнику» заявили, что паром "
        "«вернется на линию не раньше весны».", "министерство транспорта Новгородской области",
        id="ru: a body after в speaks through an impersonal plural verb, put in the nominative",
    ),
    pytest.param(
        "ru", "Об отключении света сообщили в региональном управлении Ростехнадзора. «Проверка продлится "
        "до пятницы, после чего мы назовем виновных», — говорится в сообщении ведомства.",
        "региональное управление Ростехнадзора",
        id="ru: 'в сообщении ведомства' is the body that spoke before",
    ),
    pytest.param(
        "ru", "«Работы на теплотрассе завершат к утру», — заявила пресс-служба мэрии Твери.",
        "пресс-служба мэрии Твери", id="ru: a press office after the verb, with its genitive",
    ),
    pytest.param(
        "uk", "Про ремонт мосту повідомили у Житомирській міській раді. «Рух відкриють до кінця "
        "тижня», — йдеться у повідомленні.", "Житомирська міська рада",
        id="uk: a bare 'у повідомленні' is the body named before, in the nominative",
    ),
]


@pytest.mark.parametrize(("language", "text", "speaker"), BODIES)
def test_bodies_that_speak_without_a_subject(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru", "Адвокат Анна Лосева просила о домашнем аресте. Следователь Павел Ищенко был против. "
            "По его словам, обвиняемый «может скрыться за границей в любой момент».", "Павел Ищенко",
            id="ru: по его словам is the man last named",
        ),
        pytest.param(
            "uk", "Слідчий Павло Ковтун наполягав на арешті. Прокурорка Ірина Бойко його підтримала. "
            "За її словами, підозрюваний «тиснув на свідків упродовж місяця».", "Ірина Бойко",
            id="uk: за її словами is the woman last named",
        ),
    ],
)
def test_according_to_a_possessive_pronoun(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "pieces"),
    [
        pytest.param(
            "ru", "Фермер Олег Гусев признал, что поднял цены.\n«Корма подорожали вдвое за год.\n"
            "Покупатель это видит и уходит к тем, кто продает дешевле», — сказал Гусев.",
            [("Корма подорожали вдвое за год.", "Олег Гусев"),
             ("Покупатель это видит и уходит к тем, кто продает дешевле", "Олег Гусев")],
            id="ru: a line break inside the quote, no mark reopening it",
        ),
        pytest.param(
            "de", "Behrens will das Geld spenden:\n„Wir geben es dem Tierheim, da haben wir den Hund her,\n"
            "und die können es gut brauchen“, sagt Klaus Behrens.",
            [("Wir geben es dem Tierheim, da haben wir den Hund her", "Klaus Behrens"),
             ("und die können es gut brauchen", "Klaus Behrens")],
            id="de: „…“ broken over two lines",
        ),
        pytest.param(
            "es", "El portavoz vecinal, Manuel Osuna, cree que las multas no sirven. «Una multa se paga con "
            "dos meses de alquiler.\n»Mientras no se precinte la vivienda, seguirán ganando», añade Osuna.",
            [("Una multa se paga con dos meses de alquiler.", "Manuel Osuna"),
             ("Mientras no se precinte la vivienda, seguirán ganando", "Manuel Osuna")],
            id="es: the next paragraph reopened with »",
        ),
    ],
)
def test_a_quote_that_runs_over_a_line_break(language: str, text: str, pieces: list) -> None:
    assert [(q.text, q.speaker) for q in find_quotes(text, language)] == pieces


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "uk", "Аналітикиня Дарина Шевчишина вважає, що ціни знизяться. «Ринок уже розвернувся в "
            "інший бік», — зазначила вона.", "Дарина Шевчишина",
            id="uk: a feminine surname after a nominative first name",
        ),
        pytest.param(
            "uk", "Палац відкриють у неділю. За словами Павла Гриневича, екскурсії «розписані на місяць "
            "уперед».", "Павло Гриневич",
            id="uk: the first name's reading that agrees with the surname (Павла Гриневича)",
        ),
        pytest.param(
            "uk", "Сільська бібліотекарка Людмила Гайова організувала збір речей. «Несли все, що мали», — "
            "сказала вона.", "Людмила Гайова", id="uk: a capitalised adjective before its noun is no name",
        ),
        pytest.param(
            "ru", "Владелица сыроварни в Ярославской области Ольга Демидюк подняла цены. «Удержать цену "
            "было невозможно», — сказала предпринимательница.", "Ольга Демидюк",
            id="ru: a role noun is the woman named, not a capitalised adjective of a place",
        ),
    ],
)
def test_names_in_their_base_form(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "de", "Das Verkehrsministerium in Mainz prüft den Antrag. „Eine Entscheidung fällt erst im "
            "Frühjahr“, teilte das Ministerium mit.", "Verkehrsministerium",
            id="de: das Ministerium is the compound named before",
        ),
        pytest.param(
            "de", "Die Polizei Oldenburg fand den Besitzer schnell. „Ein solches Verhalten ist nicht "
            "selbstverständlich“, sagte ein Polizeisprecher.", "Polizei Oldenburg",
            id="de: a Polizeisprecher speaks for the police named before",
        ),
        pytest.param(
            "de", "Laut Betriebsratschef Jan Vogt fallen 300 Stellen weg. „Für die Region ist das eine "
            "Katastrophe“, so Vogt.", "Jan Vogt", id="de: 'so X' after a quote, the role not glued",
        ),
        pytest.param(
            "de", "Schäferin Anja Roth verlor elf Lämmer. Vergangene Woche verlor sie noch zwei. „Ich kann "
            "meine Tiere nachts nicht mehr allein lassen“, fügte sie hinzu.", "Anja Roth",
            id="de: a capitalised adjective and noun opening a sentence are no person",
        ),
        pytest.param(
            "pt", "Segundo o Ministério da Saúde, a vacina chega em março. Contactado, o ministério garantiu "
            "que \"não haverá falta de doses em nenhum concelho\".", "Ministério da Saúde",
            id="pt: o ministério is the body whose name it heads",
        ),
        pytest.param(
            "fr", "La mère de la victime, Josiane Pichon, a été entendue. D'une voix éteinte, elle a décrit "
            "un fils « généreux, toujours prêt à rendre service ».", "Josiane Pichon",
            id="fr: a pronoun after an opening phrase with an elided preposition",
        ),
    ],
)
def test_bodies_and_people_named_again(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "fr", "La juge, Anne Morel, a interrogé l'accusé. « Vous étiez où ce soir-là, monsieur ? », lui "
            "a-t-elle demandé.", "Anne Morel", id="fr: an object pronoun before the inverted verb",
        ),
        pytest.param(
            "fr", "Le maire, Eric Vallon, a promis de trancher. Interrogé à la sortie, il a simplement "
            "déclaré : « Le débat aura lieu jusqu'au bout. »", "Eric Vallon",
            id="fr: an adverb in -ment between the auxiliary and the participle",
        ),
        pytest.param(
            "fr", "« Une famille modeste dépense 600 euros par an en abonnements », fait valoir "
            "M. Dervaux.", "Dervaux", id="fr: a verb phrase the lists lack, then the name",
        ),
        pytest.param(
            "fr", "« Ils savaient exactement où aller, ils n'ont pas hésité une seconde », raconte un "
            "employé d'une boutique voisine.", None, id="fr: an unnamed employee is nobody",
        ),
        pytest.param(
            "it", "«Avevamo segnalato le crepe almeno tre volte». Lo ha detto in aula Salvatore Amato, "
            "operaio di 49 anni.", "Salvatore Amato", id="it: 'Lo ha detto X' after the quote",
        ),
        pytest.param(
            "ru", "«Мы не допустим повторения аварии этой зимой». Об этом заявил глава района Игорь "
            "Седов.", "Игорь Седов", id="ru: 'Об этом заявил X' after the quote",
        ),
    ],
)
def test_reporting_clauses_around_the_quote(language: str, text: str, speaker: str | None) -> None:
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "it", "Sul posto lavorano i tecnici. «La priorità è riaprire almeno una corsia», ha precisato "
            "l'Anas in una nota.", "Anas", id="it: an elided article glued to the body's name",
        ),
        pytest.param(
            "fr", "« Les hameaux isolés attendront jusqu'à jeudi », a déclaré à l'AFP le directeur régional "
            "d'Enedis, Hervé Le Goff.", "Hervé Le Goff", id="fr: past an outlet and a role to the name",
        ),
        pytest.param(
            "es", "El alcalde de Sant Antoni de Vilamajor, Pere Rovira, pidió más patrullas. \"Es imposible "
            "llegar a todo con una sola patrulla\", lamentó el alcalde.", "Pere Rovira",
            id="es: a saint's name is a place, not a role before a first name",
        ),
        pytest.param(
            "es", "La directora de Salud Pública, Ramona Vizcaíno, explicó a EFE que las muestras dieron "
            "positivo. \"Hemos cerrado el hotel de forma preventiva\", señaló.", "Ramona Vizcaíno",
            id="es: a verb after a comma with no subject after it is no inversion",
        ),
        pytest.param(
            "it", "Restano a 50 solo le grandi arterie. «Il limite ha ridotto gli incidenti gravi di un "
            "terzo», ha detto il sindaco Matteo Lorenzini presentando il provvedimento.", "Matteo Lorenzini",
            id="it: a gerund after the name does not make it a modifier",
        ),
    ],
)
def test_names_next_to_articles_places_and_gerunds(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "pt", "A Petrobras anunciou uma nova descoberta na Bacia de Campos. Em nota, a empresa informou "
            "que \"o poço será objeto de novos testes nas próximas semanas\".", "Petrobras",
            id="pt: a empresa is the company last named",
        ),
        pytest.param(
            "pt", "\"Temos equipes em todos os bairros afetados desde a madrugada\", disse ao g1 o "
            "secretário municipal de Defesa Civil, coronel Rogério Tavares.", "Rogério Tavares",
            id="pt: past an outlet to the role, then the name after a military rank",
        ),
        pytest.param(
            "uk", "«Кожна відновлена пам'ятка — це відповідь тим, хто руйнує», — наголосив заступник "
            "мера Павло Гриневич.", "Павло Гриневич",
            id="uk: a nominative first name that could also be a feminine vocative",
        ),
    ],
)
def test_bodies_ranks_and_first_names(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru", "Прокурор Денис Шалаев настаивал на аресте. Как рассказал «Фонтанке» источник, в деле есть "
            "еще двое. «Схема работала годами, и он был только одним из звеньев», — сказал собеседник "
            "издания.", None, id="ru: an unnamed source, not the person named before",
        ),
        pytest.param(
            "uk", "Один з авторів, депутат Євген Савчишин, пояснив УП, що мораторій «перетворився на "
            "індульгенцію для недобросовісних підприємців».", "Євген Савчишин",
            id="uk: the outlet told after a comma is no inverted subject",
        ),
        pytest.param(
            "uk", "Проти ініціативи виступила Рада бізнес-омбудсмена. «Повернення перевірок стане "
            "навантаженням на малий бізнес», — йдеться в заяві установи.", "Рада бізнес-омбудсмена",
            id="uk: the body last named, with its genitive",
        ),
    ],
)
def test_unnamed_sources_outlets_and_bodies(language: str, text: str, speaker: str | None) -> None:
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            "es", "En el portal de al lado cuelga una pancarta: «Lavapiés no se vende, se vive».", id="es"
        ),
        pytest.param("pt", "Na sala, um cartaz feito pelos alunos diz: \"A nossa escola é pequena mas tem um "
                     "coração grande\".", id="pt"),
        pytest.param("fr", "Sur le pare-brise, une affichette proclame : « Respect pour ceux qui vous "
                     "conduisent ».", id="fr"),
    ],
)
def test_what_a_sign_reads_is_no_quote(language: str, text: str) -> None:
    assert find_quotes(text, language) == []


_CHANTS = [
    ("en", "Thousands of nurses marched through Leeds on Saturday, chanting \"Fair pay now, fair pay now!\" "
     "as they passed the town hall. Union leader Mary Ellis said the strike would go ahead."),
    ("de", "Tausende Menschen zogen am Samstag durch die Innenstadt von Lindenau und skandierten „Wir sind "
     "die Stadt, wir bleiben hier!“. Bürgermeisterin Anja Kessler sagte, sie verstehe den Ärger."),
    ("it", "Migliaia di studenti hanno sfilato per le vie di Valdoro scandendo «Scuole sicure, subito e per "
     "tutti!». Il sindaco Paolo Ricci ha detto di capire la protesta."),
    ("es", "Cientos de vecinos se concentraron frente al ayuntamiento al grito de «¡Queremos nuestro "
     "hospital ya!». El alcalde Tomás Ferrer dijo que escucharía sus demandas."),
    ("fr", "Des milliers de manifestants ont défilé samedi à Valbonne aux cris de « Retraite à soixante "
     "ans, pas un jour de plus ! ». Le maire Pierre Garnier a dit comprendre la colère."),
    ("ru", "Сотни жителей вышли на площадь и скандировали «Верните нам больницу, верните нам врачей!». "
     "Глава района Игорь Седов сказал, что понимает людей."),
    ("uk", "Сотні мешканців вийшли на площу та скандували «Поверніть нам лікарню, поверніть нам лікарів!». "
     "Голова громади Ігор Сидоренко сказав, що розуміє людей."),
    ("pt", "Centenas de moradores marcharam pelo centro de Vila Nova entoando «Queremos o nosso hospital de "
     "volta já!». O prefeito Paulo Souza disse que ouviria as reivindicações."),
]


@pytest.mark.parametrize(("language", "text"), _CHANTS, ids=[code for code, _ in _CHANTS])
def test_what_a_crowd_chants_is_no_quote(language: str, text: str) -> None:
    """A short quotation right after a word of chanting ("chanting", "skandierten", "scandendo", "al grito
    de", "aux cris de", "скандировали"), no speech verb between, is a chant, not speech."""
    assert find_quotes(text, language) == []


_CRIES = [
    ("it", "Il grido d'allarme di Agrivaldo: «Siamo allo stremo, senza ristori chiuderemo le stalle». Lo ha "
     "detto il presidente Marco Ferri."),
    ("it", "I consiglieri hanno risposto in coro: «Non voteremo questo bilancio». Lo ha riferito la "
     "capogruppo Elena Conti."),
    ("es", "La alcaldesa Marta Ruiz dio un grito: «¡Basta ya de promesas sin cumplir!». Nadie le respondió."),
    ("fr", "Le maire Pierre Garnier a poussé des cris : « Nous ne fermerons pas cette école ». Le conseil a "
     "voté contre."),
    ("pt", "O prefeito Paulo Souza respondeu aos gritos: «Não vamos fechar este hospital». A câmara votou "
     "contra."),
]


@pytest.mark.parametrize(("language", "text"), _CRIES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(_CRIES)])
def test_a_cry_outside_its_chant_phrase_is_speech(language: str, text: str) -> None:
    """A noun of any cry ("grido", "coro", "grito", "cris", "gritos") counts as chanting only in its
    fixed phrase ("al grido di", "aux cris de"): "Il grido d'allarme: «…»", "dio un grito: «…»" is speech."""
    assert len(find_quotes(text, language)) == 1


def test_a_person_who_stresses_her_words_is_quoted() -> None:
    """The singular "a scandé" is a speech verb of one person, no chant."""
    text = ("La ministre Claire Fontaine est intervenue à l'Assemblée. Elle a scandé : « Nous ne reculerons "
            "pas d'un pas sur cette réforme ».")
    assert _speakers(text, "fr") == ["Claire Fontaine"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru", "«Ситуация на месте пожара полностью под контролем», — сообщили РИА Новости в пресс-службе "
            "ГУ МВД по Москве.", "ГУ МВД по Москве",
            id="ru: a press office of an abbreviated body of a region",
        ),
        pytest.param(
            "uk", "За словами голови ОВА Олега Синєборова, «ситуація на місці пожежі під контролем».",
            "Олег Синєборов", id="uk: a genitive surname the dictionary only guesses",
        ),
        pytest.param(
            "es", "«El detenido tenía antecedentes por robo con violencia», dijeron fuentes de la Policía "
            "Nacional.", None, id="es: sources of a named body are unnamed sources",
        ),
    ],
)
def test_press_offices_surnames_and_sources(language: str, text: str, speaker: str | None) -> None:
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "es", "El líder de la oposición, Alberto Ibáñez Ferreiro, le replicó que \"el Gobierno está "
            "agotado y sin mayoría\".", "Alberto Ibáñez Ferreiro",
            id="es: a clitic between the subject and its verb",
        ),
        pytest.param(
            "pt", "O presidente José Antônio Tito da Costa discursou. \"Nós vamos fazer o que for "
            "necessário\", disse Tito.", "José Antônio Tito da Costa",
            id="pt: no role glued before a lower-case role's name; a middle name stands for the full one",
        ),
        pytest.param(
            "pt", "\"Perdemos tudo em meia hora, a casa e os animais\", contou ao Observador Joaquim "
            "Guerreiro, agricultor.", "Joaquim Guerreiro",
            id="pt: an outlet after a preposition, then the name",
        ),
    ],
)
def test_clitics_long_names_and_outlets(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "ru", "Позднее это подтвердил пресс-секретарь Кремля: «Да, он ушел в отставку по собственному "
            "желанию».", "Кремль", id="ru: a spokesman after his verb speaks for the body, in the nominative",
        ),
        pytest.param(
            "de", "Der Angeklagte schwieg. Seine Verteidigerin Anna Weber sagte dem „Spiegel“: „Mein Mandant "
            "wird sich zu gegebener Zeit äußern.“", "Anna Weber",
            id="de: a possessive and a role before the name",
        ),
        pytest.param(
            "de", "„Das ist ein guter Tag für die ganze Region“, freute sich Landrätin Sabine Schulz.",
            "Sabine Schulz", id="de: a reflexive verb of the narrator, then the name",
        ),
        pytest.param(
            "es", "Según explicó a este diario el director del hospital, Fernando Ruiz, \"la situación es "
            "crítica desde el lunes\".", "Fernando Ruiz", id="es: según and a speech verb",
        ),
        pytest.param(
            "it", "«È una giornata storica per il Paese», ha commentato la premier Giorgia Morlacchi sui "
            "social.", "Giorgia Morlacchi", id="it: an articulated preposition ends the subject",
        ),
        pytest.param(
            "it", "Secondo quanto riferito dai carabinieri, l'uomo «era già noto alle forze dell'ordine».",
            "carabinieri", id="it: the agent of 'secondo quanto riferito'",
        ),
    ],
)
def test_more_reporting_constructions(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language)[-1] == speaker


def test_spanish_dialogue_resumes_after_the_narrators_closing_dash() -> None:
    text = "—¿Y ahora qué? —se pregunta Antonio García, de 58 años—. Nadie nos va a contratar a esta edad."
    found = [(q.text, q.speaker) for q in find_quotes(text, "es")]
    assert found[-1] == ("Nadie nos va a contratar a esta edad.", "Antonio García")


def test_an_unnamed_german_resident_is_nobody() -> None:
    text = (
        "Kommissar Jan Vogt leitete den Einsatz. „Wir hatten großes Glück, dass niemand im Haus war“, "
        "sagte eine Anwohnerin, die ihren Namen nicht nennen wollte."
    )
    assert _speakers(text, "de") == [None]


def test_according_to_a_body_in_the_genitive() -> None:
    text = "За інформацією Нацполіції, затриманий «раніше притягувався до кримінальної відповідальності»."
    assert _speakers(text, "uk") == ["Нацполіція"]


def test_a_club_completing_a_role_is_not_the_subject() -> None:
    text = (
        "El técnico del Betis, Manuel Pellicer, fue claro tras el partido: «Hemos merecido ganar, pero "
        "el fútbol a veces es injusto»."
    )
    assert _speakers(text, "es") == ["Manuel Pellicer"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir prüfen den Vorgang sehr genau“, hieß es aus dem Bundesinnenministerium.",
         "Bundesinnenministerium"),
        ("„Der Schaden liegt bei mehreren Millionen Euro“, heißt es in einer Mitteilung der Stadt Köln.",
         "Stadt Köln"),
    ],
)
def test_german_heisst_es_names_the_body(text: str, speaker: str) -> None:
    assert _speakers(text, "de") == [speaker]


def test_a_source_whose_article_has_the_pronouns_gender() -> None:
    text = (
        "Selon la préfecture du Finistère, des rafales de 148 km/h ont été enregistrées. « Nous appelons "
        "la population à ne pas s'approcher du littoral », a-t-elle indiqué dans un communiqué."
    )
    assert _speakers(text, "fr") == ["la préfecture du Finistère"]


def test_heisst_es_in_a_statement_of_the_body_named_before() -> None:
    text = (
        "Die Gewerkschaft Verdi kritisierte die Airline. „Ryanair nutzt die Angst um Arbeitsplätze“, hieß "
        "es in einer Mitteilung der Gewerkschaft."
    )
    assert _speakers(text, "de") == ["Verdi"]


def test_a_pronoun_prefers_the_person_known_to_be_of_its_gender() -> None:
    text = (
        "Bürgermeister Jan Keller und seine Stellvertreterin Eva Roth besuchten das Viertel. „Das ist eine "
        "echte Katastrophe für die Anwohner“, sagte sie."
    )
    assert _speakers(text, "de") == ["Eva Roth"]


def test_a_first_name_and_a_surname_that_is_also_a_place() -> None:
    text = (
        "O proprietário da fazenda, Joaquim Prado, nega tudo. “Eu nunca matei nenhuma onça”, disse ele.\n"
        "Para a bióloga Fernanda Toledo, que pesquisa felinos, o conflito tem solução. “O fazendeiro que "
        "perde um animal precisa ser indenizado”, explicou."
    )
    assert _speakers(text, "pt") == ["Joaquim Prado", "Fernanda Toledo"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "fr", "« On nous a promis des moyens, s'agace Karim Benali, enseignant depuis quinze ans. On "
            "attend toujours. »", "Karim Benali", id="fr: a reflexive verb in an incise",
        ),
        pytest.param(
            "pt", "\"Perdemos a casa, os animais e o trator\", contou, emocionada, a agricultora Maria José "
            "Silva, de 58 anos.", "Maria José Silva", id="pt: an aside between the verb and its subject",
        ),
    ],
)
def test_incises_and_asides(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]
