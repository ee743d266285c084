"""Attribution across the variants of one construction in de, fr, es, it, pt, on invented sentences
with fictional people: short quotes a speech verb introduces with "que"/"che", names with particles
after roles and titles (von, van, del, dos), and a person named again by a surname of several words."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("pt", "O Governo aprovou ontem o plano.\nInês Barbosa garantiu que «Não vamos aceitar "
                     "mais atrasos».", "Inês Barbosa", id="pt: garantiu que"),
        pytest.param("pt", "Em declarações à Lusa, Rui Taveira ressaltou que «Este é só o começo».",
                     "Rui Taveira", id="pt: ressaltou que, after an adverbial"),
        pytest.param("es", "La ministra de Trabajo, Lucía Benítez, reconoció que «Nadie lo vio venir».",
                     "Lucía Benítez", id="es: reconoció que"),
        pytest.param("it", "Il sindaco Paolo Lo Bianco ha spiegato che «Non ci fermeremo adesso».",
                     "Paolo Lo Bianco", id="it: ha spiegato che"),
    ],
)
def test_a_short_capitalised_quote_after_a_speech_verb_and_que_is_speech(
    language: str, text: str, speaker: str
) -> None:
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("„Wir können das nicht länger hinnehmen“, erklärte Innenminister Friedrich von Arnim am "
                     "Dienstag.", "Friedrich von Arnim", id="a role, then a name with von"),
        pytest.param("Laut Friedrich von Arnim gilt: „Wir können das nicht länger hinnehmen.“",
                     "Friedrich von Arnim", id="laut, then a name with von"),
        pytest.param("„Wir können das nicht länger hinnehmen“, sagte Dr. Anja van Dijk.", "Anja van Dijk",
                     id="a title, then a name with van"),
    ],
)
def test_german_particles_after_a_role_or_title_stay_in_the_name(text: str, speaker: str) -> None:
    assert _speakers(text, "de") == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("pt", "Rui Carvalho dos Santos, secretário de Estado, apresentou ontem o plano.\n"
                     "«Não vamos aceitar mais atrasos nas urgências», disse Carvalho dos Santos.",
                     "Rui Carvalho dos Santos", id="pt: Carvalho dos Santos"),
        pytest.param("pt", "Marta da Silva Couto, porta-voz da PSP, apresentou ontem o balanço.\n"
                     "Silva Couto ressaltou que «o número de ocorrências baixou em todo o distrito».",
                     "Marta da Silva Couto", id="pt: Silva Couto"),
        pytest.param("es", "Jorge del Valle Ortiz, portavoz desde 2023, presentó ayer el plan.\n"
                     "Del Valle insistió en que «no vamos a permitir más retrasos en las urgencias».",
                     "Jorge del Valle Ortiz", id="es: Del Valle opening the sentence"),
    ],
)
def test_a_surname_of_several_words_is_the_full_name_given_earlier(
    language: str, text: str, speaker: str
) -> None:
    assert _speakers(text, language) == [speaker]


_OPINION = [
    ("es", "Lucía Benítez, ministra desde 2023, presentó ayer el plan.",
     "En su opinión, «no vamos a permitir más retrasos».", "Lucía Benítez"),
    ("es", "Tomás Herrero presentó ayer el plan.", "A su juicio, «esto es solo el primer paso».",
     "Tomás Herrero"),
    ("pt", "Inês Barbosa, ministra desde 2022, apresentou ontem o plano.",
     "Na sua opinião, «não vamos aceitar mais atrasos».", "Inês Barbosa"),
    ("it", "Giulia Ferrante ha presentato ieri il piano.",
     "A suo avviso, «non possiamo più accettare ritardi».", "Giulia Ferrante"),
    ("fr", "Claire Dubois a présenté mardi le plan.", "À ses yeux, « nous ne pouvons plus accepter cela ».",
     "Claire Dubois"),
    ("de", "Thomas Brenner stellte am Dienstag den Plan vor.",
     "Seiner Meinung nach ist klar: „Wir können das nicht länger hinnehmen.“", "Thomas Brenner"),
    ("de", "Sabine Krüger stellte am Dienstag den Plan vor.",
     "Nach ihren Worten gilt: „Wir können das nicht länger hinnehmen.“", "Sabine Krüger"),
]


@pytest.mark.parametrize(("language", "intro", "text", "speaker"), _OPINION, ids=[c[2][:9] for c in _OPINION])
def test_a_possessive_opinion_phrase_credits_its_owner(
    language: str, intro: str, text: str, speaker: str
) -> None:
    """"En su opinión", "Ihrer Ansicht nach": the owner of the possessive is the source."""
    assert _speakers(f"{intro}\n{text}", language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("de", "„Wir können das nicht länger hinnehmen“, sagte Jan Hahn der Deutschen "
                     "Presse-Agentur.",
                     "Jan Hahn", id="de: the outlet told, in the dative, after the name"),
        pytest.param("de", "„Wir können das nicht länger hinnehmen“, sagte Ursula von der Brügge.",
                     "Ursula von der Brügge", id="de: von der inside a name"),
        pytest.param("es", "Tomás Herrero lo resumió así: «no vamos a permitir más retrasos».",
                     "Tomás Herrero", id="es: the clitic lo between subject and verb"),
        pytest.param("it", "Giulia Ferrante lo ha spiegato così: «non possiamo più accettare ritardi».",
                     "Giulia Ferrante", id="it: the clitic lo before the auxiliary"),
        pytest.param("pt", "Inês Barbosa disse à Folha que \"Não vamos aceitar mais atrasos\".",
                     "Inês Barbosa", id="pt: disse à Folha que, a short capitalised quote"),
        pytest.param("pt", "Inês Barbosa realçou ontem que «Este é só o começo».", "Inês Barbosa",
                     id="pt: realçar"),
    ],
)
def test_words_between_the_speaker_and_the_speech(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("de", "Der Vorstandschef, Klaus-Dieter Bergmann, zeigte sich zufrieden.\n„Wir haben "
                     "unsere Ziele übertroffen“, sagte Bergmann am Mittwoch.", "Klaus-Dieter Bergmann",
                     id="de: a compound first name, then the surname alone"),
        pytest.param("fr", "La ministre, Anne-Sophie Rolland, a présenté le plan.\n« Nous tiendrons nos "
                     "engagements cette année », a-t-elle affirmé.", "Anne-Sophie Rolland",
                     id="fr: a compound first name, a woman's, then a pronoun"),
    ],
)
def test_a_compound_first_name_opens_a_full_name(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("pt", "«É um plano eleitoralista e sem financiamento», reagiu o vereador Nuno Faria.",
                     "Nuno Faria", id="pt: reagir"),
        pytest.param("es", "«Es un plan electoralista y sin financiación», reaccionó la concejal Rosa Vidal.",
                     "Rosa Vidal", id="es: reaccionar"),
        pytest.param("it", "«È un piano elettorale e senza coperture», ha reagito il consigliere Luca Neri.",
                     "Luca Neri", id="it: reagire"),
        pytest.param("de", "„Das ist ein Offenbarungseid für die Regierung“, reagierte Markus Ebner.",
                     "Markus Ebner", id="de: reagieren"),
        pytest.param("de", "„Das ist ein Offenbarungseid für die Regierung“, widersprach Markus Ebner.",
                     "Markus Ebner", id="de: widersprechen"),
    ],
)
def test_reacting_is_speaking(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]



_IT = "Il governo ha approvato ieri il piano per la sanità.\n«Non possiamo più accettare ritardi»"
_ES = "El plan fue aprobado ayer.\n«No vamos a permitir más retrasos»"
_PT = "O plano foi aprovado.\n«Não vamos aceitar mais atrasos»"
_FR = "Le plan a été adopté mardi.\n« Nous ne pouvons plus accepter cela »"


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("it", f"{_IT}. A dirlo è Giulia Neri, presidente della Regione.", "Giulia Neri",
                     id="it: a dirlo è X"),
        pytest.param("it", f"{_IT}. A dirlo è il sindaco Antonio Greco.", "Antonio Greco",
                     id="it: a dirlo è, a role and a name"),
        pytest.param("it", f"{_IT}. È quanto ha dichiarato Giulia Neri.", "Giulia Neri",
                     id="it: è quanto ha dichiarato X"),
        pytest.param("es", f"{_ES}. Es lo que afirmó ayer Lucía Benítez.", "Lucía Benítez",
                     id="es: es lo que afirmó X"),
        pytest.param("fr", f"{_FR}. C'est ce qu'estime Claire Dubois, maire de Nantes.", "Claire Dubois",
                     id="fr: c'est ce qu'estime X"),
    ],
)
def test_the_next_sentence_points_back_and_names_the_speaker(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("it", f"{_IT}, le parole di Giulia Neri.", "Giulia Neri", id="it: le parole di X"),
        pytest.param("it", f"{_IT}, è il commento della presidente Giulia Neri.", "Giulia Neri",
                     id="it: è il commento della presidente X"),
        pytest.param("it", f"{_IT}, la denuncia di Giulia Neri.", "Giulia Neri",
                     id="it: la denuncia di X (a noun, not the verb)"),
        pytest.param("es", f"{_ES}, son palabras de Lucía Benítez.", "Lucía Benítez",
                     id="es: son palabras de X"),
        pytest.param("pt", f"{_PT}, o desabafo de Inês Barbosa.", "Inês Barbosa", id="pt: o desabafo de X"),
        pytest.param("fr", f"{_FR}, le constat de Claire Dubois.", "Claire Dubois", id="fr: le constat de X"),
    ],
)
def test_a_noun_for_someones_words_after_the_quote(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("it", f"{_IT}, afferma in una nota il Codacons.", "Codacons",
                     id="it: in una nota, then the body"),
        pytest.param("es", f"{_ES}, explicó en un comunicado la Consejería de Sanidad.",
                     "Consejería de Sanidad", id="es: en un comunicado, then the body"),
        pytest.param("pt", f"{_PT}, afirmou em nota a Petrobras.", "Petrobras",
                     id="pt: em nota, then the body"),
        pytest.param("it", f"{_IT}: così Giulia Neri, presidente della Regione.", "Giulia Neri",
                     id="it: così X after a colon"),
        pytest.param("it", "Il sindaco, Antonio Greco, è intervenuto.\n«Non possiamo più accettare ritardi», "
                     "ha detto il 54enne.", "Antonio Greco", id="it: il 54enne names him again"),
    ],
)
def test_the_speaker_after_a_phrase_or_a_colon(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


_DE = "Die Landesregierung hat am Dienstag einen Plan beschlossen. Thomas Brenner leitet die Klinik.\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("Dazu sagte Brenner: „Wir können das nicht länger hinnehmen.“", "Thomas Brenner",
                     id="an adverb first"),
        pytest.param("Am Mittwoch erklärte die Ministerin Sabine Krüger: „Wir können das nicht hinnehmen.“",
                     "Sabine Krüger", id="a time phrase first, a role and a name after"),
        pytest.param("Später sagte er: „Wir können das nicht länger hinnehmen.“", "Thomas Brenner",
                     id="the pronoun after the verb"),
        pytest.param("Auf die Frage, ob das reiche, antwortet Brenner: „Nein, das reicht nicht.“",
                     "Thomas Brenner", id="a phrase with a clause inside first"),
        pytest.param("Dem SPIEGEL sagte er: „Wir können das nicht länger hinnehmen.“", "Thomas Brenner",
                     id="the outlet told, in the dative, first"),
        pytest.param("Als die Zahlen kamen, sagte Sabine Krüger: „Wir können das nicht hinnehmen.“",
                     "Sabine Krüger", id="a subordinate clause first"),
        pytest.param("Brenner sagte am Montag: „Wir können das nicht länger hinnehmen.“", "Thomas Brenner",
                     id="the subject first, as before"),
    ],
)
def test_german_verb_second_puts_the_subject_after_a_fronted_phrase(text: str, speaker: str) -> None:
    assert _speakers(_DE + text, "de") == [speaker]


_REPORTED = [
    ("de", "Thomas Brenner sagte, die Lage sei ernst. Die Kliniken bräuchten Hilfe. „Wir können das nicht "
     "länger hinnehmen.“", "Thomas Brenner"),
    ("de", "Friedrich von Arnim leitet die Klinik.\nEs sei wichtig zu handeln, sagte von Arnim. „Wir können "
     "das nicht länger hinnehmen.“", "Friedrich von Arnim"),
    ("de", "Nach Angaben der Polizei ist klar: „Die Straße bleibt bis Freitag gesperrt.“", "Polizei"),
    ("de", "„Wir können das nicht länger hinnehmen“, sagt Sabine Krüger von der Universität Kiel.",
     "Sabine Krüger"),
    ("fr", "Hélène de Villiers dirige l'hôpital.\n« Nous ne pouvons plus accepter cela », ajoute de "
     "Villiers.", "Hélène de Villiers"),
    ("fr", "Antoine de Valmorel dirige l'hôpital.\n« Nous ne pouvons plus accepter cela », ajoute M. de "
     "Valmorel.", "Antoine de Valmorel"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), _REPORTED, ids=[
    "de: Konjunktiv sentences, then the quote", "de: reported speech credited to a surname with von",
    "de: the verb after a fronted according-to phrase ends it", "de: von after a surname is no particle",
    "fr: de Villiers after the verb", "fr: M. de Valmorel after the verb",
])
def test_reported_speech_and_particle_surnames(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


_STATEMENTS = [
    ("es", "«No vamos a permitir más retrasos», señala el comunicado de la Consejería de Sanidad.",
     "Consejería de Sanidad"),
    ("pt", "«Não vamos aceitar mais atrasos», lê-se no comunicado do Ministério da Saúde.",
     "Ministério da Saúde"),
    ("pt", "«Não vamos aceitar mais atrasos», refere a nota do Ministério da Saúde.", "Ministério da Saúde"),
    ("it", "«Non possiamo più accettare ritardi», recita la nota della Regione Puglia.", "Regione Puglia"),
    ("fr", "« Nous ne pouvons plus accepter cela », indique le communiqué de la préfecture du Finistère.",
     "préfecture du Finistère"),
    ("it", "Il piano è stato approvato.\nLa replica del sindaco Antonio Greco: «Non possiamo accettare "
     "ritardi».", "Antonio Greco"),
    ("it", "«Non possiamo più accettare ritardi». Parola di Giulia Neri, presidente della Regione.",
     "Giulia Neri"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), _STATEMENTS, ids=[
    "es: el comunicado de X as subject", "pt: lê-se no comunicado de X", "pt: refere a nota de X",
    "it: recita la nota di X", "fr: le communiqué de la préfecture du X", "it: la replica di X: a noun",
    "it: Parola di X",
])
def test_a_document_or_a_word_noun_names_whose_words(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("it", "Il ministro, Marco Bellini, è qui.\n«Non possiamo accettare ritardi», spiegano.",
                     None, id="it: spiegano"),
        pytest.param("it", "Il ministro, Marco Bellini, è qui.\n«Non possiamo accettare ritardi», hanno "
                     "spiegato.", None, id="it: hanno spiegato"),
        pytest.param("es", "La ministra Lucía Benítez vino.\n«No vamos a permitir retrasos», explican.",
                     None, id="es: explican"),
        pytest.param("pt", "A ministra Inês Barbosa esteve presente.\n«Não vamos aceitar atrasos», afirmam.",
                     None, id="pt: afirmam"),
        pytest.param("it", "Il ministro, Marco Bellini, è qui.\n«Non possiamo accettare ritardi», ha "
                     "spiegato.", "Marco Bellini", id="it: ha spiegato, the singular, is him"),
    ],
)
def test_a_plural_verb_without_subject_is_not_the_last_person(
    language: str, text: str, speaker: str | None
) -> None:
    assert _speakers(text, language) == [speaker]


_ROLES_AND_AGES = [
    ("fr", "Le festival est menacé.\nSonneur au bagad de Quimper depuis trente ans, Yann-Ber, 52 ans, ne "
     "décolère pas. « Nous ne pouvons plus accepter cela », lâche-t-il.", ["Yann-Ber"]),
    ("pt", "A mina foi aprovada.\nConceição, de 61 anos, mora ali desde criança. «A gente não é contra "
     "emprego, a gente quer água», diz ela.", ["Conceição"]),
    ("it", "Giulia Neri guida la Regione dal 2020.\nD. Presidente, i ritardi sono ancora troppi?\nR. Sì, non "
     "possiamo più accettare questi ritardi.\nD. E il governo?\nR. Il governo deve fare la sua parte.",
     ["Giulia Neri", "Giulia Neri"]),
    ("pt", "Inês Barbosa, ministra da Saúde, falou ao jornal.\nP. Os atrasos continuam?\nR. Sim, não vamos "
     "aceitar mais atrasos.\nP. E o Governo?\nR. O Governo vai fazer a sua parte, e depressa.",
     ["Inês Barbosa", "Inês Barbosa"]),
]


@pytest.mark.parametrize(("language", "text", "speakers"), _ROLES_AND_AGES, ids=[
    "fr: a role opening the sentence, then a first name and an age",
    "pt: a first name and an age is a person", "it: D./R. interview labels", "pt: P./R. interview labels",
])
def test_roles_ages_and_interview_labels(language: str, text: str, speakers: list[str]) -> None:
    assert _speakers(text, language) == speakers


_WIRE_AND_LABELS = [
    ("it", "ROMA, 5 DIC - «Abbiamo sbagliato troppo in fase di impostazione». Lo ha detto il tecnico Luca "
     "Ferri.", ["Luca Ferri"]),
    ("es", "MADRID, 5 (EUROPA PRESS) - «No vamos a permitir más retrasos». Así lo ha asegurado la ministra "
     "Lucía Benítez.", ["Lucía Benítez"]),
    ("it", "Il tecnico Luca Ferri ha parlato dopo la gara.\nD: Mister, cosa non ha funzionato?\nR: Abbiamo "
     "sbagliato troppo in fase di impostazione.\nD: E adesso?\nR: Adesso testa alla prossima partita.",
     ["Luca Ferri", "Luca Ferri"]),
    ("de", "Thomas Brenner leitet die Klinik seit 2019.\nFrage: Herr Brenner, reicht das Geld?\nAntwort: "
     "Nein, wir können das nicht länger hinnehmen.", ["Thomas Brenner"]),
]


@pytest.mark.parametrize(("language", "text", "speakers"), _WIRE_AND_LABELS, ids=[
    "it: an ANSA dateline is no speaker", "es: a Europa Press dateline is no speaker",
    "it: D:/R: labels with a colon", "de: Frage/Antwort labels",
])
def test_datelines_and_interview_labels_with_a_colon(language: str, text: str, speakers: list[str]) -> None:
    assert _speakers(text, language) == speakers


_NAME_LABELS = [
    ("pt", "Inês Barbosa, ministra da Saúde, falou ao jornal.\nDiário: A senhora esperava isso?\nInês "
     "Barbosa: Não, ninguém esperava tanta procura.\nDiário: E agora?\nBarbosa: Agora vamos reforçar as "
     "equipas.", ["Inês Barbosa", "Inês Barbosa"]),
    ("it", "Il tecnico Luca Ferri ha parlato dopo la gara.\nDomanda: Mister, cosa non ha funzionato?\n"
     "Risposta: Abbiamo sbagliato troppo in fase di impostazione.", ["Luca Ferri"]),
]


@pytest.mark.parametrize(("language", "text", "speakers"), _NAME_LABELS, ids=[
    "pt: answers labelled with her full name, then her surname", "it: an answer label is no name",
])
def test_interview_answers_labelled_with_a_name(language: str, text: str, speakers: list[str]) -> None:
    assert _speakers(text, language) == speakers


_DOCUMENTS = [
    ("es", "La Audiencia de Navarra condenó ayer al acusado.\n«El acusado actuó con pleno conocimiento», "
     "recoge la sentencia.", "Audiencia de Navarra"),
    ("es", "El plan fue aprobado.\n«No vamos a permitir más retrasos», reza el comunicado de la "
     "Consejería de Sanidad.", "Consejería de Sanidad"),
    ("es", "La Audiencia de Navarra condenó ayer al acusado.\n«El acusado actuó con pleno conocimiento», "
     "establece la sentencia.", None),
    ("fr", "Le tribunal a condamné hier le prévenu.\n« Le prévenu a agi en pleine conscience de ses actes », "
     "établit le jugement.", None),
]


@pytest.mark.parametrize(("language", "text", "speaker"), _DOCUMENTS, ids=[
    "es: recoge la sentencia, the court named before", "es: reza el comunicado de X",
    "es: a verb no list knows is no speaker", "fr: a verb no list knows, and no 'hier le'",
])
def test_documents_quoted_and_unknown_verbs(language: str, text: str, speaker: str | None) -> None:
    assert _speakers(text, language) == [speaker]


_UNNAMED = [
    ("es", "El ministro Santiago Ferreyra habló ayer.\n\"No vamos a permitir más aumentos\", afirmó a este "
     "medio una fuente oficial.", None),
    ("it", "Il ministro Marco Bellini era presente.\n«Non possiamo accettare ritardi», ha detto all'ANSA una "
     "fonte del ministero.", None),
    ("pt", "O ministro Rui Taveira esteve presente.\n«Não vamos aceitar atrasos», disse ao PÚBLICO uma fonte "
     "do ministério.", None),
    ("it", "Il ministro Marco Bellini era presente.\n«Non possiamo accettare ritardi», ha detto all'ANSA il "
     "ministro.", "Marco Bellini"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), _UNNAMED, ids=[
    "es: a este medio una fuente", "it: all'ANSA una fonte", "pt: ao PÚBLICO uma fonte",
    "it: all'ANSA il ministro, him",
])
def test_an_unnamed_source_after_the_outlet_told_is_nobody(
    language: str, text: str, speaker: str | None
) -> None:
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Claire Dubois le reconnaît : « Nous ne pouvons plus accepter de tels retards ».",
        "Claire Dubois l'a dit clairement : « Nous ne pouvons plus accepter de tels retards ».",
    ],
    ids=["le before the verb", "l' before the auxiliary"],
)
def test_french_object_pronoun_between_subject_and_verb(text: str) -> None:
    assert _speakers("La maire de Nantes, Claire Dubois, était présente.\n" + text, "fr") == ["Claire Dubois"]


def test_unlabelled_questions_and_answers_labelled_with_a_name_given_before() -> None:
    text = ("O secretário da Saúde, João Pereira, recebeu a reportagem.\nQual é o plano para o inverno?\n"
            "João Pereira: Vamos abrir mais vinte leitos até julho.\nE os médicos?\nJoão Pereira: Já "
            "contratámos doze profissionais.")
    assert _speakers(text, "pt") == ["João Pereira", "João Pereira"]


def test_a_link_label_under_questions_is_no_answer() -> None:
    text = ("A cidade prepara o inverno. Será suficiente?\nLeia também: Hospital regional abre mais vinte "
            "leitos até julho.\nE os médicos?\nLeia também: Governo contrata doze profissionais.")
    assert _speakers(text, "pt") == []


def test_a_philippine_surname_particle_keeps_the_full_name() -> None:
    """Philippine names carry the particle "delos" or "dela" (de los, de la) in lower case before the
    surname (`Teodoro delos Reyes-Tan`), capitalised when the surname opens a sentence: the full name given
    earlier, while a person named with the surname's last part stays someone else."""
    text = (
        "Governor Teodoro delos Reyes-Tan opened the new river crossing at Calumpit on Friday. His aide, "
        "Carlos Tan, rode the first jeepney across.\n"
        "“Farmers will reach the market in twenty minutes instead of two hours,” Delos Reyes-Tan told the "
        "crowd.\n"
        "“We counted more than three hundred tricycles in the first hour,” Tan said later.\n"
    )
    assert _speakers(text, "en") == ["Teodoro delos Reyes-Tan", "Carlos Tan"]
