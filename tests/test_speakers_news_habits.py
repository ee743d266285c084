"""Crediting habits of French, Portuguese, Italian, Spanish and German news writing, each on invented
sentences about fictional people: a post on a social network, a resident of a district who is not
named, and the other ways a wire or a paper says who spoke."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "pt", "A atacante Inês Fontoura escreveu no Instagram: \"Dia difícil, mas amanhã voltamos a "
            "treinar mais forte.\"", "Inês Fontoura", id="pt: escreveu no Instagram",
        ),
        pytest.param(
            "es", "La diputada Lucía Arregui escribió en X: \"Una vergüenza para el Congreso y para el "
            "país\".", "Lucía Arregui", id="es: escribió en X",
        ),
        pytest.param(
            "it", "Il sindaco Gianluca Morandi ha scritto su Facebook: \"Una giornata storica per tutta "
            "la nostra città\".", "Gianluca Morandi", id="it: ha scritto su Facebook",
        ),
        pytest.param(
            "fr", "La députée Maëlle Triboulet a écrit sur Bluesky: \"Une honte pour l'Assemblée et pour "
            "le pays.\"", "Maëlle Triboulet", id="fr: a écrit sur Bluesky",
        ),
    ],
)
def test_a_post_on_a_network_is_its_authors(language: str, text: str, speaker: str) -> None:
    """The network after the verb is where the words were written, not a caption's label."""
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            "it", "Una residente di località Pruniccia, evacuata quella notte, ricorda il fumo. «Siamo "
            "scappati in pigiama senza niente», racconta.", id="it: località",
        ),
        pytest.param(
            "pt", "Uma moradora do bairro Jardim Itararé, que pediu para não ser identificada, lembra da "
            "fumaça. \"Saímos de pijama sem nada\", conta.", id="pt: bairro",
        ),
        pytest.param(
            "es", "Una vecina de la pedanía de Zarzalejo, evacuada esa noche, recuerda el humo. «Salimos "
            "en pijama sin nada», cuenta.", id="es: pedanía",
        ),
        pytest.param(
            "de", "Eine Anwohnerin aus dem Ortsteil Grünhain, die in der Nacht evakuiert wurde, erinnert "
            "sich. „Wir sind im Schlafanzug raus, ohne alles“, erzählt sie.", id="de: Ortsteil",
        ),
    ],
)
def test_the_district_of_an_unnamed_resident_is_no_speaker(language: str, text: str) -> None:
    assert _speakers(text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "it", "«Una giornata storica per tutta la città». È il commento del sindaco Gianluca Morandi "
            "dopo il voto.", "Gianluca Morandi", id="it: è il commento di",
        ),
        pytest.param(
            "it", "«Una giornata storica per tutta la città». Così il sindaco Gianluca Morandi ha commentato "
            "il voto.", "Gianluca Morandi", id="it: così X ha commentato",
        ),
        pytest.param(
            "it", "«Una giornata storica per tutta la città». La frase è stata pronunciata dal sindaco "
            "Gianluca Morandi.", "Gianluca Morandi", id="it: la frase è stata pronunciata da",
        ),
        pytest.param(
            "pt", "\"O país vai crescer acima de 3% neste ano.\" A afirmação é do ministro da Fazenda, "
            "Renato Queiroga, em entrevista nesta segunda.", "Renato Queiroga", id="pt: a afirmação é do",
        ),
        pytest.param(
            "pt", "\"O suspeito foi preso em flagrante na madrugada.\" A informação é da Polícia Militar.",
            "Polícia Militar", id="pt: a informação é da PM",
        ),
        pytest.param(
            "pt", "\"O país vai crescer acima de 3% neste ano.\" Assim o ministro Renato Queiroga resumiu a "
            "previsão do governo.", "Renato Queiroga", id="pt: assim X resumiu",
        ),
        pytest.param(
            "es", "«La piscina reabrirá en junio, es una promesa». Son palabras del alcalde, Ignacio "
            "Valverde, durante el pleno.", "Ignacio Valverde", id="es: son palabras de",
        ),
        pytest.param(
            "es", "«La piscina reabrirá en junio, es una promesa». Estas declaraciones del alcalde Ignacio "
            "Valverde llegan tras meses de obras.", "Ignacio Valverde", id="es: estas declaraciones de",
        ),
        pytest.param(
            "fr", "« Nous avons déjà trop donné pour ce stade. » Ce sont les mots du maire de Lorient, Yves "
            "Cadoret, lundi soir.", "Yves Cadoret", id="fr: ce sont les mots de",
        ),
        pytest.param(
            "fr", "« Nous avons déjà trop donné pour ce stade. » Ainsi s'exprimait le maire de Lorient, Yves "
            "Cadoret, lundi soir.", "Yves Cadoret", id="fr: ainsi s'exprimait",
        ),
    ],
)
def test_the_sentence_after_the_quote_points_back_and_names_the_speaker(
    language: str, text: str, speaker: str
) -> None:
    assert _speakers(text, language) == [speaker]


def test_a_reply_named_after_a_quote_is_no_pointer_back_to_it() -> None:
    text = (
        "Il sindaco Gianluca Morandi ha chiesto fondi. «Servono subito dieci milioni per le scuole», ha "
        "detto.\nLa risposta del governo è arrivata in serata."
    )
    assert _speakers(text, "it") == ["Gianluca Morandi"]


def test_an_interview_printed_with_dashed_labels() -> None:
    """`Folha – …?` / `Inês Rangel – …`: the labels of a Brazilian or Portuguese interview end with a
    spaced dash, not a colon; the answers are the interviewee's words and the questions no quotes."""
    text = (
        "Inês Rangel é bióloga e estuda os botos do Tapajós há dez anos. Ela recebeu a reportagem em "
        "Santarém.\n"
        "Jornal – Quantos botos restam no rio?\n"
        "Inês Rangel – Calculamos cerca de 800, metade do que havia em 2015.\n"
        "Jornal – O que explica a queda?\n"
        "Inês Rangel – A pesca com rede e o garimpo, principalmente."
    )
    quotes = find_quotes(text, "pt")
    assert [q.text[:10] for q in quotes] == ["Calculamos", "A pesca co"]
    assert {q.speaker for q in quotes} == {"Inês Rangel"}


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "pt", "O treinador Rui Garcez Nogueira não escondeu o desagrado.\n«Durante 45 minutos fomos a "
            "equipa que queremos ser», começou por dizer o técnico, em declarações aos jornalistas.",
            "Rui Garcez Nogueira", id="pt: começou por dizer",
        ),
        pytest.param(
            "pt", "«O projeto do treinador tem total confiança da administração», fez questão de sublinhar o "
            "presidente do clube, António Meireles.", "António Meireles", id="pt: fez questão de sublinhar",
        ),
        pytest.param(
            "it", "«Non c'è alcun pericolo per la popolazione», ha tenuto a precisare il prefetto Vittorio "
            "Sanna.", "Vittorio Sanna", id="it: ha tenuto a precisare",
        ),
        pytest.param(
            "it", "Il sindaco Gianluca Morandi ha presentato il bilancio.\n«I conti sono in ordine e lo "
            "resteranno», ha poi voluto aggiungere.", "Gianluca Morandi", id="it: ha poi voluto aggiungere",
        ),
        pytest.param(
            "es", "«No vamos a pagar ni un euro más por ese estadio», volvió a insistir el alcalde Ignacio "
            "Valverde.", "Ignacio Valverde", id="es: volvió a insistir",
        ),
        pytest.param(
            "fr", "« Aucune piste n'est écartée à ce stade de l'enquête », a tenu à préciser le procureur "
            "Hugues Dambrine.", "Hugues Dambrine", id="fr: a tenu à préciser",
        ),
    ],
)
def test_a_speech_infinitive_after_a_carrying_verb(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "it", "Alla vigilia della trasferta, il tecnico Davide Scognamiglio ha presentato la sfida.\n"
            "«Abbiamo rivisto la partita con i ragazzi, eravamo troppo lunghi», ha spiegato l'allenatore.",
            "Davide Scognamiglio", id="it: Alla",
        ),
    ],
)
def test_a_preposition_opening_a_sentence_is_no_first_name(language: str, text: str, speaker: str) -> None:
    """"Alla", "Ante", "Einer" are first names too, but open a sentence as function words."""
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "es", "El técnico Raúl Cifuentes habló tras el partido.\nAnte la prensa, defendió a sus "
            "jugadores: «Nos faltó acierto arriba, no ganas».", "Raúl Cifuentes", id="es: Ante …, defendió",
        ),
        pytest.param(
            "pt", "O treinador Rui Garcez Nogueira falou após o jogo.\nNesta segunda, garantiu: «Temos de "
            "ser mais agressivos na frente».", "Rui Garcez Nogueira", id="pt: Nesta segunda, garantiu",
        ),
        pytest.param(
            "fr", "L'entraîneur Yannick Gourvès a parlé après le match.\nFace aux journalistes, il a été "
            "clair : « On a manqué de réalisme devant le but. »", "Yannick Gourvès", id="fr: Face à, il",
        ),
        pytest.param(
            "it", "Tra i presenti c'era anche il presidente Aldo Ferrucci, il quale ha detto: «Non "
            "lasceremo sole le famiglie colpite».", "Aldo Ferrucci", id="it: a verb before the comma",
        ),
    ],
)
def test_a_phrase_fronted_before_a_comma_is_no_subject(language: str, text: str, speaker: str) -> None:
    """A prepositional or time phrase opening the sentence is not who speaks; the subject left out (or
    the pronoun after the comma) is the person last named."""
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "„Wir nehmen die Strecke erst in Betrieb, wenn die Technik zuverlässig läuft“, heißt es in einer "
            "Mitteilung der Deutschen Bahn.", "Deutsche Bahn", id="in einer Mitteilung der Deutschen Bahn",
        ),
        pytest.param(
            "Eine Sprecherin des Verkehrsministeriums Baden-Württemberg erklärte, man erwarte „einen "
            "belastbaren Zeitplan, keinen weiteren Wunschtermin“.", "Verkehrsministerium Baden-Württemberg",
            id="des Verkehrsministeriums Baden-Württemberg",
        ),
        pytest.param(
            "„Wir prüfen den Fall sehr genau“, teilte die Pressestelle der Deutschen Rentenversicherung mit.",
            "Deutsche Rentenversicherung", id="der Deutschen Rentenversicherung",
        ),
        pytest.param(
            "„Die Strecke bleibt bis Montag gesperrt“, sagte ein Sprecher der Bahn.", "Bahn",
            id="ein Sprecher der Bahn: a common noun",
        ),
    ],
)
def test_a_german_body_in_the_genitive_is_named_in_the_nominative(text: str, speaker: str) -> None:
    assert _speakers(text, "de") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Die Gewerkschaft Kommpakt lehnt den Plan ab. „Wer spart, muss bei sich selbst anfangen“, hieß "
            "es in einer Mitteilung der Gewerkschaft.", "Kommpakt", id="die Gewerkschaft Kommpakt",
        ),
        pytest.param(
            "Der Landesverband Radweg Nord begrüßte die Pläne. „Endlich kommt die Brücke über den Kanal“, "
            "teilte der Verband mit.", "Radweg Nord", id="a compound of the kind: der Landesverband",
        ),
        pytest.param(
            "„Die Züge fahren ab Montag wieder im Takt“, sagte ein Sprecher des Betreibers Nordlink.",
            "Nordlink", id="des Betreibers Nordlink",
        ),
        pytest.param(
            "„Die Rettungswege bleiben bis Montag gesperrt“, sagte ein Sprecher der Feuerwehr Hamburg.",
            "Feuerwehr Hamburg", id="no kind noun: der Feuerwehr Hamburg",
        ),
        pytest.param(
            "„Wir fordern acht Prozent mehr Lohn“, sagte ein Sprecher der Industriegewerkschaft Metall.",
            "Industriegewerkschaft Metall", id="a common noun after the kind: Industriegewerkschaft Metall",
        ),
        pytest.param(
            "„Die Förderung muss verlässlich bleiben“, sagte eine Sprecherin des Bundesverbands Deutscher "
            "Stiftungen.", "Bundesverband Deutscher Stiftungen", id="an adjective after the kind: Deutscher",
        ),
        pytest.param(
            "„Ohne neue Busse wird der Takt nicht dichter“, sagte ein Sprecher des Verbands Deutscher "
            "Verkehrsunternehmen.", "Verband Deutscher Verkehrsunternehmen",
            id="an adjective after the bare kind: Verband Deutscher",
        ),
        pytest.param(
            "„Die Ernte fällt in diesem Jahr mager aus“, sagte ein Sprecher des Bauernverbands "
            "Schleswig-Holstein.", "Bauernverband Schleswig-Holstein", id="a state after the kind",
        ),
        pytest.param(
            "„Die Betriebe suchen dringend Fachkräfte“, sagte ein Sprecher des Unternehmensverbands Sachsen.",
            "Unternehmensverband Sachsen", id="a state of one word after the kind",
        ),
    ],
)
def test_a_german_body_after_a_noun_of_its_kind_is_its_name(text: str, speaker: str) -> None:
    """`die Gewerkschaft Verdi`: the noun saying what kind of body it is stands in apposition, no part of
    the name."""
    assert _speakers(text, "de") == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "fr", "La ministre Lucie Ferrand-Morel a refusé de s'engager sur une hausse salariale.\n« Tout "
            "est sur la table désormais », s'est-elle contentée de répondre.", "Lucie Ferrand-Morel",
            id="fr: s'est-elle contentée de répondre",
        ),
        pytest.param(
            "fr", "Le maire Bertrand Lozach a refusé de commenter.\n« Nous verrons en temps voulu », s'est "
            "contenté de dire l'élu.", "Bertrand Lozach", id="fr: s'est contenté de dire l'élu",
        ),
        pytest.param(
            "pt", "As chuvas deixaram 140 pessoas desalojadas, segundo a Defesa Civil do Recife.\nO "
            "secretário-executivo de Defesa Civil, Wellington Barreto Lins, disse que há lonas para todos.\n"
            "\"O solo está encharcado e qualquer chuva pode causar deslizamentos\", alertou o secretário.",
            "Wellington Barreto Lins", id="pt: the role's complement is no one",
        ),
    ],
)
def test_roles_and_reflexive_carriers_after_the_quote(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "it", "Il tecnico granata Davide Scognamiglio ha presentato la sfida.\nRecuperato il "
            "centrocampista Nicolò Ferraresi, che ha smaltito l'affaticamento.\nSul tema l'allenatore ha "
            "preferito non entrare nel dettaglio: «I tifosi hanno il diritto di criticare».",
            "Davide Scognamiglio", id="it: l'allenatore after il tecnico",
        ),
        pytest.param(
            "it", "Sono le richieste del pubblico ministero Giulia Marchesano nel processo. L'ex dirigente, "
            "Salvatore Cusimano, è accusato di corruzione.\n«Le gare erano costruite su misura per due "
            "imprese», ha detto il pm nella requisitoria.", "Giulia Marchesano", id="it: il pm",
        ),
        pytest.param(
            "fr", "Le maire de Quimperlé, Bertrand Lozach, a présenté le budget. La conseillère Maëlle "
            "Triboulet l'a critiqué.\n« Nous tiendrons nos engagements de campagne », a assuré l'édile.",
            "Bertrand Lozach", id="fr: l'édile after le maire",
        ),
        pytest.param(
            "es", "El entrenador del Betis, Raúl Cifuentes, defendió a sus jugadores. El capitán Sergio "
            "Marín pidió perdón.\n«Nos faltó acierto arriba, no ganas», dijo el técnico.", "Raúl Cifuentes",
            id="es: el técnico after el entrenador",
        ),
        pytest.param(
            "pt", "O deputado Rui Sequeira apresentou o projeto. O ministro Renato Queiroga criticou a "
            "proposta.\n\"O texto protege os pequenos produtores\", defendeu o parlamentar.", "Rui Sequeira",
            id="pt: o parlamentar after o deputado",
        ),
    ],
)
def test_a_person_named_again_by_another_noun_of_the_role(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "pt", "A urgência vai fechar aos fins de semana.\nO jornal falou com Sara Meireles, grávida de "
            "34 semanas, que mora em Fafe. \"Se o parto começar num sábado, tenho uma hora de estrada\", "
            "desabafa.", "Sara Meireles", id="pt: o jornal falou com X",
        ),
        pytest.param(
            "es", "La huelga afecta a tres líneas.\nEste diario habló con Marta Ribas, enfermera, que espera "
            "el autobús cada mañana. «Llevo media hora aquí y nadie nos informa», lamenta.", "Marta Ribas",
            id="es: este diario habló con X",
        ),
    ],
)
def test_the_person_an_outlet_talked_with_speaks_next(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


def test_a_verb_inside_the_reported_clause_is_no_reporting_verb() -> None:
    text = (
        "\"Não aceitamos mais atrasos na obra\", afirmou o autarca Eduardo Pinto.\nA associação de moradores "
        "do Candal diz que o ruído das obras continua acima do permitido. Em comunicado, pede à Câmara que "
        "\"fiscalize de uma vez por todas\" os horários."
    )
    assert _speakers(text, "pt")[-1] == "A associação de moradores do Candal"


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "it", "Il consigliere comunale di Fratelli d'Italia Marco Venturi ha definito la spesa «un "
            "regalo a pochi», chiedendo altro.", "Marco Venturi", id="it: Fratelli d'Italia Marco Venturi",
        ),
        pytest.param(
            "es", "El diputado de Vox España Luis Carrasco afirmó que «no apoyaremos estos presupuestos».",
            "Luis Carrasco", id="es: Vox España Luis Carrasco",
        ),
        pytest.param(
            "it", "Il sindaco di Roma Maria Rossi ha detto: «Non chiuderemo nessuna scuola quest'anno».",
            "Maria Rossi", id="it: a first name that is common stays",
        ),
    ],
)
def test_a_party_or_place_before_a_name_is_no_part_of_it(language: str, text: str, speaker: str) -> None:
    """A country's name that some also bear as a first name ("Italia") ends the party's name before the
    person's."""
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "it", "Interviene anche l'assessora Valeria Greco: «Le piste saranno pronte a settembre».",
            "Valeria Greco", id="it: Interviene anche X:",
        ),
        pytest.param(
            "it", "Rincara la dose il capogruppo Luca Raimondi: «Questa giunta non ha un piano».",
            "Luca Raimondi", id="it: Rincara la dose X:",
        ),
        pytest.param(
            "es", "Tercia en el debate la concejala Lucía Arregui: «El presupuesto olvida a los barrios».",
            "Lucía Arregui", id="es: Tercia en el debate X:",
        ),
    ],
)
def test_a_verb_opening_the_sentence_before_its_subject(language: str, text: str, speaker: str) -> None:
    """Italian and Spanish put the verb first before a colon; the capitalised verb is no name."""
    assert _speakers(text, language) == [speaker]


def test_a_pull_quote_shown_ahead_of_the_paragraph_that_credits_it() -> None:
    text = (
        "Die Werft hat einen Großauftrag erhalten.\n"
        "»Wir haben schon oft gehört, dass jetzt alles gut wird«\n"
        "Im Betriebsrat ist die Freude verhalten.\n"
        "»Wir haben schon oft gehört, dass jetzt alles gut wird. Die Kollegen wollen Taten sehen«, sagt die "
        "Betriebsratschefin Ilka Brandes."
    )
    quotes = find_quotes(text, "de")
    assert [(q.text[:20], q.speaker) for q in quotes] == [("Wir haben schon oft ", "Ilka Brandes")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Auch die IG Metall Küste mahnt. In einer Mitteilung heißt es: »Ein voller Auftragsbuch ist kein "
            "Freibrief für weitere Auslagerungen.«", "IG Metall Küste", id="Auch die X mahnt. … heißt es",
        ),
        pytest.param(
            "Das Kultusministerium hat größere Klassen erlaubt. Die Lehrerverbände protestieren.\n„Seit "
            "September haben 640 Quereinsteiger eine Qualifizierung begonnen“, teilte ein "
            "Ministeriumssprecher mit.", "Kultusministerium", id="ein Ministeriumssprecher",
        ),
    ],
)
def test_german_bodies_named_before(text: str, speaker: str) -> None:
    assert _speakers(text, "de") == [speaker]


def test_an_unnamed_person_after_a_fronted_phrase_is_nobody() -> None:
    text = (
        "En la estación, Marta Ribas, enfermera, llegaba tarde: «Llevo media hora aquí esperando el metro».\n"
        "A su lado, un estudiante se lo tomaba con más calma: «Es la tercera huelga del mes, ya sales de "
        "casa pensando en esto»."
    )
    assert _speakers(text, "es") == ["Marta Ribas", None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "it", "«Siamo scappati in pigiama senza niente». Lo racconta Giuseppina Aloisi, 68 anni.",
            "Giuseppina Aloisi", id="it: Lo racconta X",
        ),
        pytest.param(
            "pt", "«Estamos a acompanhar a situação de perto», afirmou, em declarações à SIC Notícias, a "
            "ministra Teresa Amaral.", "Teresa Amaral", id="pt: an aside naming an outlet",
        ),
        pytest.param(
            "pt", "Segundo nota da Polícia Militar, \"o suspeito reagiu à abordagem e foi contido\".",
            "Polícia Militar", id="pt: segundo nota da PM",
        ),
        pytest.param(
            "fr", "« Ce projet créera deux cents emplois », fait valoir le président, Loïc Tanguy.",
            "Loïc Tanguy", id="fr: fait valoir",
        ),
        pytest.param(
            "pt", "O Vitória regressou aos treinos e o treinador Rui Garcez Nogueira falou.\n"
            "O treinador dos vimaranenses admitiu mexidas no onze. «Temos de ser mais agressivos na frente», "
            "atirou.", "Rui Garcez Nogueira", id="pt: o treinador dos vimaranenses … atirou",
        ),
    ],
)
def test_more_crediting_habits(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "it", "Il sindaco Giorgio Rinaldi è intervenuto in aula. Queste le sue parole: «Chi critica non "
            "ha letto il documento».", "Giorgio Rinaldi", id="it: Queste le sue parole:",
        ),
        pytest.param(
            "es", "El alcalde Ignacio Valverde intervino en el pleno. Sus palabras: «Quien critica no "
            "ha leído el documento».", "Ignacio Valverde", id="es: Sus palabras:",
        ),
    ],
)
def test_the_owner_of_the_words_named_by_a_possessive(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "fr", "« Ce gouvernement n'a aucune vision pour l'industrie », tacle le député Julien Ravel.",
            "Julien Ravel", id="fr: tacle",
        ),
        pytest.param(
            "fr", "« Il ne faut pas céder à la panique pour autant », tempère le préfet Jean-Luc Garnier.",
            "Jean-Luc Garnier", id="fr: tempère",
        ),
        pytest.param(
            "es", "«Eso no figura en ningún contrato», acotó el abogado Martín Iturbe.", "Martín Iturbe",
            id="es: acotó",
        ),
        pytest.param(
            "pt", "«O prazo não será prorrogado em caso algum», reiterou a ministra Teresa Amaral.",
            "Teresa Amaral", id="pt: reiterou",
        ),
        pytest.param(
            "pt", "«O crescimento foi o mais alto da década», assinalou o governador Vítor Sampaio.",
            "Vítor Sampaio", id="pt: assinalou",
        ),
        pytest.param(
            "fr", "« Nous ne lâcherons rien. » C'est par ces mots que Nadia Berrada, déléguée syndicale, a "
            "ouvert le rassemblement.", "Nadia Berrada", id="fr: C'est par ces mots que X",
        ),
    ],
)
def test_reporting_verbs_of_the_press(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


def test_a_french_interview_sets_a_space_before_the_labels_colon() -> None:
    text = (
        "Paul Arnaudet a été ministre du Travail.\n"
        "Le Journal : Regrettez-vous la réforme des retraites ?\n"
        "Paul Arnaudet : Non. Elle était nécessaire et je l'assume entièrement.\n"
        "Le Journal : Et aujourd'hui ?\n"
        "Paul Arnaudet : Je me consacre à mon entreprise et à ma famille."
    )
    assert [q.speaker for q in find_quotes(text, "fr")] == ["Paul Arnaudet", "Paul Arnaudet"]


def test_an_opening_participle_of_a_press_verb_is_no_name() -> None:
    text = (
        "Intervistato da La Stampa, il leader della Lega Marco Bellini ha preso le distanze dall'alleato: "
        "«Sulle pensioni serve più coraggio»."
    )
    assert _speakers(text, "it") == ["Marco Bellini"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "pt", "A Polícia Federal prendeu o empresário Rogério Lemes, suspeito de fraudar licitações.\nA "
            "defesa de Lemes afirmou, em nota, que \"o empresário vai provar sua inocência na Justiça\".",
            "defesa de Lemes", id="pt: a defesa de X",
        ),
        pytest.param(
            "it", "I carabinieri hanno arrestato l'imprenditore Mario Russo.\nLa difesa di Russo ha "
            "annunciato ricorso: «Il nostro assistito è innocente e lo dimostreremo».", "difesa di Russo",
            id="it: la difesa di X",
        ),
    ],
)
def test_the_defence_of_a_person_is_not_the_person(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


def test_the_interviewee_is_a_person_named_with_a_first_name() -> None:
    text = (
        "Atlético Sarmiento presentó este lunes a Hernán Villafañe como nuevo entrenador.\n"
        "—¿Qué le dijo al capitán del equipo?\n"
        "—Que lo necesito en la cancha y en el vestuario, todos los días.\n"
        "—¿Pedirá refuerzos para el torneo?\n"
        "—Dos, como mucho. Hay un plantel muy bueno que no rindió."
    )
    assert {q.speaker for q in find_quotes(text, "es")} == {"Hernán Villafañe"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "«Siamo pronti - ha spiegato Giorgio Ranieri - a fare la nostra parte per la ricostruzione».",
            "Giorgio Ranieri", id="it: hyphens around the incise",
        ),
        pytest.param(
            "«Il problema esiste - ammette la sindaca Lucia Bertolini -. Lo affronteremo con ogni forza».",
            "Lucia Bertolini", id="it: hyphens, then a full stop",
        ),
        pytest.param(
            "«I lavori partiranno entro la fine dell'anno», fa notare il direttore Mauro Pellicanò.",
            "Mauro Pellicanò", id="it: fa notare",
        ),
        pytest.param(
            "«I lavori partiranno entro la fine dell'anno», ha fatto sapere Mauro Pellicanò.",
            "Mauro Pellicanò", id="it: ha fatto sapere",
        ),
    ],
)
def test_italian_reporting_clauses(text: str, speaker: str) -> None:
    """Italian papers set the reporting clause inside a quotation off with spaced hyphens as well as
    dashes, and report speech with `fare` and an infinitive."""
    assert _speakers(text, "it") == [speaker]


@pytest.mark.parametrize(
    "opening", ["Et d'ajouter :", "Et d’ajouter :", "Et de conclure :", "Et de prévenir :"],
)
def test_the_french_infinitive_of_narration_goes_on_with_the_subject(opening: str) -> None:
    text = (
        "Le ministre Alain Perrichon a défendu sa réforme devant les élus. "
        f"{opening} « Personne ne sera laissé au bord du chemin. »"
    )
    assert _speakers(text, "fr") == ["Alain Perrichon"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "fr", "« Les commerçants du centre souffrent depuis des mois », explique Thierry Van den Broeck.",
            "Thierry Van den Broeck", id="fr: Van den",
        ),
        pytest.param(
            "fr", "« Nous devons protéger notre industrie », a déclaré Hilde von der Brügge.",
            "Hilde von der Brügge", id="fr: von der",
        ),
        pytest.param(
            "it", "«Dobbiamo proteggere la nostra industria», ha dichiarato Hilde von der Brügge.",
            "Hilde von der Brügge", id="it: von der",
        ),
        pytest.param(
            "es", "«Debemos proteger nuestra industria», dijo Pieter van der Berghe.",
            "Pieter van der Berghe", id="es: van der",
        ),
        pytest.param(
            "pt", "«Devemos proteger a nossa indústria», disse Pieter van der Berghe.",
            "Pieter van der Berghe", id="pt: van der",
        ),
    ],
)
def test_dutch_and_german_particles_stay_in_the_name(language: str, text: str, speaker: str) -> None:
    """Belgian, Dutch and German surnames keep their particles in Romance-language papers too."""
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            "es", "La fiscal pidió tres años. Fuentes de la Fiscalía indicaron que no recurrirán, «porque la "
            "rebaja se ajusta a la atenuante aplicada».", id="es: Fuentes de la Fiscalía",
        ),
        pytest.param(
            "es", "«El plan ya está aprobado y no habrá cambios», indicaron fuentes del Ministerio.",
            id="es: indicaron fuentes del Ministerio",
        ),
        pytest.param(
            "it", "«Le indagini sono in una fase iniziale», riferiscono fonti della Procura di Novara.",
            id="it: fonti della Procura",
        ),
        pytest.param(
            "pt", "Fontes do Ministério da Saúde disseram que \"o plano já está aprovado pelo governo\".",
            id="pt: fontes do Ministério",
        ),
        pytest.param(
            "fr", "Des sources au ministère de l'Intérieur ont indiqué que « le plan est déjà validé par le "
            "gouvernement ».", id="fr: des sources au ministère",
        ),
    ],
)
def test_sources_inside_a_body_are_unnamed(language: str, text: str) -> None:
    """Sources at a ministry or a prosecutor's office are anonymous people, not the body's statement."""
    assert _speakers(text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "pt", "A Polícia Judiciária deteve três homens em Braga. \"Os suspeitos atuavam de madrugada em "
            "localidades isoladas\", refere a PJ em comunicado.", "Polícia Judiciária", id="pt: a PJ",
        ),
        pytest.param(
            "fr", "L'Office national des forêts a fermé le massif. « Le risque d'incendie est très élevé "
            "cette semaine », indique l'ONF.", "Office national des forêts", id="fr: l'ONF",
        ),
        pytest.param(
            "es", "La Unidad Militar de Emergencias llegó al pueblo. «Hemos rescatado a doce personas "
            "durante la noche», informó la UME.", "Unidad Militar de Emergencias", id="es: la UME",
        ),
    ],
)
def test_an_abbreviation_never_bracketed_is_the_name_it_spells(
    language: str, text: str, speaker: str
) -> None:
    """The press names a body in full once, then by its initials without giving them in brackets."""
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "fr", "L'Agence nationale de l'habitat a publié lundi son bilan annuel. « Les demandes d'aide "
            "ont doublé en deux ans », indique l'Anah dans un communiqué.", "Agence nationale de l'habitat",
            id="fr: l'Anah, a letter inside a word",
        ),
        pytest.param(
            "pt", "O Departamento Estadual de Trânsito suspendeu o atendimento presencial. \"Os agendamentos "
            "serão remarcados sem custo\", informou o Detran.", "Departamento Estadual de Trânsito",
            id="pt: o Detran, a word that gives no letter",
        ),
        pytest.param(
            "es", "El Servicio de Salud de Castilla-La Mancha abrirá tres centros nuevos. «Las obras "
            "empezarán en primavera», explicó el Sescam en una nota.",
            "Servicio de Salud de Castilla-La Mancha", id="es: el Sescam",
        ),
        pytest.param(
            "it", "Ieri mattina l'Agenzia mobilità ambiente territorio ha pubblicato i dati. «Gli ingressi "
            "in città sono calati del 12 per cento», fa sapere l'Amat in una nota.",
            "Agenzia mobilità ambiente territorio", id="it: l'Amat, its last letter opening the last word",
        ),
        pytest.param(
            "pt", "A urgência da Unidade Local de Saúde de Leiria fecha à noite. \"Os doentes urgentes "
            "seguem de ambulância para Bragança\", refere a ULS de Leiria em comunicado.",
            "Unidade Local de Saúde de Leiria", id="pt: a ULS de Leiria, the abbreviation and the place",
        ),
        pytest.param(
            "es", "La Sociedad Estatal de Loterías y Apuestas del Estado publicó el lunes sus cuentas. "
            "«Hemos repartido más premios que nunca en toda nuestra historia», señaló la Selae en un "
            "comunicado.",
            "Sociedad Estatal de Loterías y Apuestas del Estado",
            id="es: la Selae, its last letter opening a word past a connector",
        ),
        pytest.param(
            "fr", "L'agence régionale de santé de Bretagne ouvre trois centres de dépistage. « Les "
            "rendez-vous sont gratuits et sans ordonnance », précise l'ARS dans un communiqué.",
            "agence régionale de santé de Bretagne", id="fr: l'ARS de Bretagne, the place it serves",
        ),
        pytest.param(
            "pt", "Em Viseu, a Unidade Local de Saúde de Viseu reforçou a equipa de pediatria. «Vamos "
            "contratar mais seis enfermeiros até ao fim do ano», anunciou a ULS numa nota.",
            "Unidade Local de Saúde de Viseu", id="pt: a ULS de Viseu, the place it serves",
        ),
        pytest.param(
            "pt", "A Unidade Local de Saúde de Leiria e a Unidade Local de Saúde de Bragança partilham agora "
            "os turnos da noite. «Os doentes não vão notar diferença nenhuma», garantiu a ULS numa nota.",
            "Unidade Local de Saúde", id="pt: two places, neither taken",
        ),
        pytest.param(
            "fr", "Le rapport de l'agence régionale de santé de Jean Martin a été publié lundi. « Nous "
            "manquons de lits et de soignants dans tous les services », a indiqué l'ARS.",
            "agence régionale de santé", id="negative: a person's name after the connector is no place",
        ),
    ],
)
def test_an_abbreviation_with_the_body_article_is_the_name_it_spells_inside_words(
    language: str, text: str, speaker: str
) -> None:
    """Romance news writes a body's abbreviation with the body's article (`l'Anah`, `o Detran`), its
    letters also taken inside the name's words, after the name in full, in sentence case too. Spelled by
    the name's first words (`l'ARS`), it leaves out the place the body serves after a connector, which is
    still part of its name."""
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "it", "La Fillea-Cgil di Torino ha proclamato lo sciopero. «Nei cantieri si lavora senza "
            "sicurezza», spiega la Fillea.", "Fillea", id="it: one word spells it alone",
        ),
        pytest.param(
            "fr", "L'Agence nationale de l'habitat et l'Association nationale des aides à l'habitat "
            "ont signé. « Les demandes ont doublé en deux ans », indique l'Anah dans un communiqué.", "Anah",
            id="fr: two names spell it",
        ),
        pytest.param(
            "pt", "O Departamento Estadual de Trânsito suspendeu o atendimento. \"Os agendamentos serão "
            "remarcados sem custo\", disse Detran Silva.", "Detran Silva", id="pt: a name, no article",
        ),
    ],
)
def test_an_abbreviation_that_spells_no_one_name_stays(language: str, text: str, speaker: str) -> None:
    """No expansion when one word spells it alone, when two names spell it, or when no article marks a
    body."""
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "pt", "A Defesa Civil de Olinda registrou 23 deslizamentos. \"Quem mora em área de encosta deve "
            "sair de casa imediatamente\", informou a Defesa Civil em nota.", "Defesa Civil de Olinda",
            id="pt: a Defesa Civil",
        ),
        pytest.param(
            "es", "La Guardia Civil de Tráfico cortó la carretera. «La vía permanecerá cerrada hasta el "
            "mediodía», informó la Guardia Civil.", "Guardia Civil de Tráfico", id="es: la Guardia Civil",
        ),
    ],
)
def test_a_body_named_short_is_its_full_name(language: str, text: str, speaker: str) -> None:
    """A body named in full once and then by the first words of its name speaks by its full name."""
    assert _speakers(text, language) == [speaker]


_AFTER_THE_QUOTE = {
    "it": ("«Il piano sarà pronto entro la fine del mese», {} l'assessore Marco Ferri.", "Marco Ferri"),
    "fr": ("« Le plan sera prêt avant la fin du mois prochain », {} l'adjoint Marc Ferrand.", "Marc Ferrand"),
    "es": ("«El plan estará listo antes de fin de mes», {} el concejal Marcos Ferrero.", "Marcos Ferrero"),
    "pt": ("\"O plano vai estar pronto antes do fim do mês que vem\", {} o vereador Marcos Ferreira.",
           "Marcos Ferreira"),
}


@pytest.mark.parametrize(
    ("language", "verb"),
    [
        *[("it", v) for v in ("ha informato", "ha specificato", "ha promesso", "ha smentito", "ha descritto",
                              "ha rassicurato", "ha ripetuto", "avrebbe detto")],
        *[("fr", v) for v in ("a constaté", "espère", "a garanti", "dément", "a décrit", "aurait dit",
                              "revendique")],
        *[("es", v) for v in ("comunicó", "sugirió", "desmintió", "completó", "disparó", "sumó", "retrucó",
                              "habría dicho")],
        *[("pt", v) for v in ("comunicou", "mencionou", "negou", "sugeriu", "propôs", "alfinetou",
                              "teria dito", "havia dito")],
    ],
)
def test_more_reporting_verbs_after_the_quote(language: str, verb: str) -> None:
    """Reporting verbs of each language's press, in the past and the conditional of hearsay as well."""
    text, speaker = _AFTER_THE_QUOTE[language]
    assert _speakers(text.format(verb), language) == [speaker]


def test_a_press_release_noun_is_no_reporting_verb() -> None:
    """`Em comunicado,` names the press release, not the participle of a speech verb: the body speaks."""
    text = (
        "A associação de moradores do Bonfim diz que o ruído nocturno continua acima do permitido. Em "
        "comunicado, pede à Câmara que \"fiscalize de uma vez por todas\" os horários."
    )
    assert [s.removeprefix("A ") for s in _speakers(text, "pt")] == ["associação de moradores do Bonfim"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "«La manovra non prevede nuove tasse per le famiglie». Così il ministro Giancarlo Ferrante in "
            "un'intervista al Corriere.", "Giancarlo Ferrante", id="Così X, no verb",
        ),
        pytest.param(
            "«La manovra non prevede nuove tasse». Così Giancarlo Ferrante, ministro dell'Economia, a "
            "margine del vertice.", "Giancarlo Ferrante", id="Così X, apposition",
        ),
        pytest.param(
            "«Nessun rimpasto è all'ordine del giorno», fanno sapere da Palazzo Chigi.", "Palazzo Chigi",
            id="fanno sapere da Palazzo X",
        ),
        pytest.param(
            "«La linea del partito non cambia dopo il voto», trapela dal Nazareno.", "Nazareno",
            id="trapela dal X",
        ),
    ],
)
def test_italian_wire_attributions_without_a_subject_verb(text: str, speaker: str) -> None:
    """Italian wires credit a quote with `Così X` and no verb, and statements leak from a palace."""
    assert _speakers(text, "it") == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "es", "Consultado por este diario, el exministro Domingo Cavallero fue tajante: \"El plan "
            "económico no tiene sustento\".", "Domingo Cavallero", id="es: Domingo",
        ),
        pytest.param(
            "pt", "\"O plano econômico não tem sustentação\", disse Domingos Ferreira aos jornalistas.",
            "Domingos Ferreira", id="pt: Domingos",
        ),
    ],
)
def test_a_capitalised_day_before_a_surname_is_a_first_name(language: str, text: str, speaker: str) -> None:
    """Where days are written in lower case, "Domingo" before a surname is a man's first name."""
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    "verb", ["s'est félicité", "s'est réjoui", "s’est inquiété", "s'est indigné", "se félicite", "se plaint"],
)
def test_french_reflexive_reporting_verbs(verb: str) -> None:
    text = f"« C'est un jour historique pour toute la région », {verb} le député Louis Garnier-Roy."
    assert _speakers(text, "fr") == ["Louis Garnier-Roy"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "fr", "Maraîchère à Plouay, Annick Le Bihan préside la coopérative depuis mars.\n"
            "Pourquoi avez-vous arrêté la vente directe ?\n"
            "Parce que je n'avais plus le temps de tenir le stand et de cultiver en même temps.\n"
            "Les prix de gros vous suffisent-ils ?\n"
            "Non. Je perds de l'argent sur les tomates depuis deux saisons.\n"
            "Qu'attendez-vous de la Région ?\n"
            "Une aide pour les serres, tout simplement, et vite pour mes salariés.",
            "Annick Le Bihan", id="fr",
        ),
        pytest.param(
            "it", "Viticoltrice a Cormons, Marta Zorzenon guida il consorzio da marzo.\n"
            "Perché ha smesso con la vendita diretta?\n"
            "Perché non avevo più il tempo di stare al banco e di lavorare in vigna.\n"
            "I prezzi all'ingrosso le bastano?\n"
            "No. Perdo soldi sul bianco da due vendemmie, e i miei operai lo sanno.\n"
            "Che cosa chiede alla Regione?\n"
            "Un aiuto per le cantine, subito, altrimenti io chiudo entro l'anno.",
            "Marta Zorzenon", id="it",
        ),
    ],
)
def test_an_interview_in_plain_paragraphs_quotes_its_answers(language: str, text: str, speaker: str) -> None:
    """Questions whose bold type the page lost, then answers in the first person, as plain paragraphs."""
    quotes = find_quotes(text, language)
    assert len(quotes) == 3 and {q.speaker for q in quotes} == {speaker}


def test_an_interview_whose_questions_address_the_guest_by_title_alone() -> None:
    """`Assessore, …?`: the first question addresses the interviewee by a title alone, so the answers are
    theirs though none speaks in the first person; the guest is the one the introduction gives that title,
    not another person it names after them."""
    text = (
        "Assessore ai trasporti da sei anni e prima ancora sindaco di Crema, Paolo Ferrandi porta in aula "
        "la sua riforma. Ieri la consigliera Giulia Vezzoli l'ha bocciata in commissione.\n"
        "Assessore, la riforma è pronta?\n"
        "Pronta e finanziata. Le linee nuove partiranno a marzo.\n"
        "E i pendolari?\n"
        "Avranno treni ogni mezz'ora, anche la sera.\n"
        "Che cosa risponde alla consigliera Vezzoli?\n"
        "Che le critiche sono legittime, ma i numeri parlano chiaro."
    )
    assert _speakers(text, "it") == ["Paolo Ferrandi"] * 3


def test_an_interview_s_title_held_by_two_people_in_the_introduction_names_no_guest_by_it() -> None:
    """`Presidente, …?` after an introduction that names two presidents: the title does not tell who
    answers, so the first one named with it is not the guest (the last named before the first
    question is)."""
    text = (
        "Dopo l'incontro con il presidente Renzo Altieri al palazzo del governo, il presidente della "
        "Regione Dario Fontanive ci riceve nel suo ufficio di Belluno.\n"
        "Presidente, com'è andato l'incontro di stamattina?\n"
        "Bene. Abbiamo parlato a lungo delle strade e dei fondi per la montagna.\n"
        "E sulle scuole?\n"
        "Abbiamo chiesto più insegnanti per i paesi delle valli, e ci hanno ascoltato.\n"
        "Che cosa farete adesso?\n"
        "Presenteremo il piano in consiglio entro la fine del mese."
    )
    assert _speakers(text, "it") == ["Dario Fontanive"] * 3


@pytest.mark.parametrize(
    ("answer", "speakers"),
    [
        pytest.param(
            "Os inquilinos dizem-nos que já não conseguem pagar.", ["Helena Vaz"] * 3, id="dizem-nos"
        ),
        pytest.param("Os inquilinos nos bairros do centro já não conseguem pagar.", [], id="nos: in the"),
    ],
)
def test_a_portuguese_pronoun_joined_to_its_verb_speaks_in_the_first_person(
    answer: str, speakers: list[str]
) -> None:
    """`dizem-nos`, `disse-nos`: "nos" after a hyphen is "us", an interviewee's first person; "nos"
    standing alone is also "in the", and an explainer's answers so written are no one's speech."""
    text = (
        "Helena Vaz é economista e estuda há dez anos o preço da habitação em Lisboa.\n"
        f"O que mudou este ano?\nAs rendas subiram outra vez. {answer}\n"
        "Há solução?\nHá, mas é lenta. Construir casas leva anos e os terrenos são caros.\n"
        f"E o Governo?\n{answer.replace('Os inquilinos', 'Os deputados')}"
    )
    assert _speakers(text, "pt") == speakers


_UNNAMED_HEAD = {
    "pt": "O vereador Renato Schaeffer votou contra. A diretora de uma escola do bairro, que pediu para não "
    "ser identificada, disse que a regra funciona. \"No começo teve reclamação, depois tudo se acalmou\", "
    "contou.",
    "es": "El concejal Renato Ibáñez votó en contra. La directora de una escuela del barrio, que pidió no "
    "ser identificada, dijo que la norma funciona. \"Al principio hubo quejas, después todo se calmó\", "
    "contó.",
    "it": "Il consigliere Renato Chiesa ha votato contro. La preside di una scuola del quartiere, che ha "
    "chiesto di restare anonima, dice che la regola funziona. «All'inizio ci sono state proteste, poi tutto "
    "si è calmato», racconta.",
    "fr": "Le conseiller Renaud Chastel a voté contre. La directrice d'une école du quartier, qui a souhaité "
    "garder l'anonymat, assure que la règle fonctionne. « Au début il y a eu des plaintes, puis tout s'est "
    "calmé », raconte-t-elle.",
}


@pytest.mark.parametrize("language", sorted(_UNNAMED_HEAD))
def test_a_role_of_something_unnamed_who_asked_not_to_be_named_is_nobody(language: str) -> None:
    """The head of "a school" who asked not to be named speaks unnamed: no one named before is her."""
    assert _speakers(_UNNAMED_HEAD[language], language) == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "fr", "Marc Roux a été arrêté hier. « Mon client est innocent et nous le prouverons », a déclaré "
            "l'avocat de Marc Roux.", None, id="fr: l'avocat de X",
        ),
        pytest.param(
            "es", "Lucía Pérez murió en 2019. «Nunca vamos a dejar de pedir justicia», dijo la madre de "
            "Lucía Pérez.", None, id="es: la madre de X",
        ),
        pytest.param(
            "it", "L'avvocato Luca Bianchi difende Mario Rossi. «Il mio assistito è innocente», "
            "ha detto l'avvocato di Mario Rossi.", "Luca Bianchi", id="it: the lawyer named before",
        ),
    ],
)
def test_a_role_of_a_named_person_is_someone_else(language: str, text: str, speaker: str | None) -> None:
    """`l'avocat de Marc Roux` is his lawyer: not Marc Roux; the lawyer named before, or nobody."""
    assert _speakers(text, language) == [speaker]


_SAID_BY_THE_MINISTER = {
    "es": ("«Vamos a ganar esta batalla juntos», dijo el ministro Eduardo Paz {}.", "Eduardo Paz"),
    "it": ("«Vinceremo questa battaglia insieme», ha detto il ministro Edoardo Pace {}.", "Edoardo Pace"),
    "fr": ("« Nous gagnerons cette bataille ensemble », a dit le ministre Édouard Paix {}.", "Édouard Paix"),
    "pt": ("“Vamos vencer esta batalha juntos”, disse o ministro Eduardo Paz {}.", "Eduardo Paz"),
}


@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("es", "desde Bruselas"), ("es", "entre aplausos"), ("it", "dopo il vertice"),
        ("it", "senza dettagli"), ("fr", "depuis Bruxelles"), ("fr", "entre deux réunions"),
        ("pt", "após a reunião"), ("pt", "numa rede social"),
    ],
)
def test_a_prepositional_phrase_after_the_speaker_ends_the_name(language: str, phrase: str) -> None:
    """`desde Bruselas`, `tra gli applausi`, `entre deux réunions`, `numa rede social`: where, not who."""
    text, speaker = _SAID_BY_THE_MINISTER[language]
    assert _speakers(text.format(phrase), language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "pt", "A delegada Renata Paiva comanda a investigação. A delegada deixa um alerta para quem "
            "procura carro em leilão: \"Desconfie de preço muito baixo e confira sempre o site oficial.\"",
            "Renata Paiva", id="pt: A delegada deixa um alerta:",
        ),
        pytest.param(
            "fr", "La commissaire Renée Payen dirige l'enquête. La commissaire lance un appel aux "
            "acheteurs : « Méfiez-vous des prix trop bas et vérifiez toujours le site. »", "Renée Payen",
            id="fr: La commissaire lance un appel :",
        ),
        pytest.param(
            "es", "«Yo vi cuando el carro se fue de lado y empezó a flotar», contó a EL HERALDO Yesenia "
            "Pertuz, vecina del sector.", "Yesenia Pertuz", id="es: an outlet in capitals before the name",
        ),
    ],
)
def test_a_role_before_its_verb_and_an_outlet_in_capitals(language: str, text: str, speaker: str) -> None:
    """The role subject ends at its verb (the object's article after it); `EL HERALDO` is the outlet."""
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "es", "Intervino también la Federación de Municipios, que en un comunicado recuerda que «cada "
            "ayuntamiento es libre de regular sus mercados».", "Federación de Municipios", id="es: que en un",
        ),
        pytest.param(
            "it", "Il ministro ha risposto alla Federazione Medici, che in una nota ricorda come «ogni "
            "ospedale sia libero di organizzare i turni».", "Federazione Medici", id="it: che in una nota",
        ),
    ],
)
def test_a_relative_then_a_phrase_speaks_for_its_antecedent(language: str, text: str, speaker: str) -> None:
    """`X, che in una nota ricorda «…»`: the relative's antecedent speaks, not the note."""
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "it", "Lo ha detto Marta Bianchi, presidente dell'associazione Lago Vivo. La presidente di "
            "Lago Vivo non ci sta: «Nessuno vuole chiudere i cantieri, ma un lago non è un parcheggio.»",
            "Marta Bianchi",
            id="it: La presidente di X non ci sta:",
        ),
        pytest.param(
            "fr", "Marie Blanc, présidente de l'association Lac Vivant, a écrit au préfet. La présidente "
            "de Lac Vivant ne décolère pas : « Un lac n'est pas un parking à bateaux. »", "Marie Blanc",
            id="fr: La présidente de X ne décolère pas :",
        ),
    ],
)
def test_a_role_of_a_body_is_the_person_named_with_it(language: str, text: str, speaker: str) -> None:
    """The president of a body named before beside her name is she, not the body."""
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "it", "Mario Rossi è stato arrestato ieri. L'avvocato Luca Bianchi lo difende. Il legale di "
            "Mario Rossi non ci sta: «Il mio assistito è innocente e lo dimostreremo».", "Luca Bianchi",
            id="it: Il legale di X non ci sta:",
        ),
        pytest.param(
            "es", "El alcalde de Jaca, Miguel Lapuente, acusó al Gobierno de abandonar el valle. \"Pagamos "
            "los mismos impuestos y tenemos la mitad de servicios\", dijo.", "Miguel Lapuente",
            id="es: the mayor of a town is still named",
        ),
    ],
)
def test_a_role_of_a_person_before_a_colon(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Der Gemeinderat ehrte Lotte Brandauer in einer Mitteilung. „Ihre Brücken verbinden das ganze "
            "Tal“, heißt es darin.", "Gemeinderat", id="heißt es darin: a body, a person its object",
        ),
        pytest.param(
            "Die Lehrerin Jana Pfeil wirkte erschöpft. Der Schulbeirat hat sich an die Eltern gewandt. Darin "
            "heißt es: „Wir bitten alle Familien um etwas Geduld.“", "Schulbeirat", id="Darin heißt es",
        ),
    ],
)
def test_a_statement_in_the_document_named_before_is_its_writers(text: str, speaker: str) -> None:
    """`darin` points back at the document the sentence before named: whoever opens that sentence wrote it."""
    assert _speakers(text, "de") == [speaker]


def test_a_document_the_clause_names_wins_over_one_pointed_back_at() -> None:
    """`heißt es dort in einer Mitteilung der Stadt …`: the clause names its document, so `dort` is the
    place the sentence before named, and the town wrote it, not who opens that sentence."""
    text = (
        "Der Heimatverein Birkenau traf sich am Montag im Rathaus. „Die Brücke wird bis zum Winter saniert“, "
        "heißt es dort in einer Mitteilung der Stadt Seehausen."
    )
    assert _speakers(text, "de") == ["Stadt Seehausen"]


def test_swiss_german_writes_ss_for_the_statement_verb() -> None:
    """`heisst es in einer Mitteilung`: Swiss German writes ss for ß, the same impersonal statement."""
    text = (
        "Die Architektin Lotte Brandauer ist tot. «Ihre Brücken verbinden das ganze Tal», heisst es in "
        "einer Mitteilung der Stadt Winterthur."
    )
    assert _speakers(text, "de") == ["Stadt Winterthur"]
