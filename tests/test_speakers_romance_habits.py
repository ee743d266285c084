"""Crediting habits of French, Italian, Spanish and Portuguese news writing (session 8), each on
invented sentences about fictional people and bodies: an unnamed source after "selon", a reporting
verb whose clause follows its complements, a speech verb's form used as a noun after a preposition,
and a role's holder in apposition after a possessive role; a pronoun after a sentence whose subject is
someone brought in with an indefinite article and no name (session 10); a body named by the noun of its
kind that a pronoun of that noun's gender stands for (session 15), or an agent adjective after that
noun (session 19)."""

from __future__ import annotations

import re

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "first"),
    [
        pytest.param(
            "fr", "Chantal Morin, qui habite à 300 mètres, a vu les flammes. « J'ai entendu comme des "
            "explosions, puis tout est devenu noir », raconte-t-elle.\nSelon une source proche de "
            "l'enquête, « aucune piste n'est écartée à ce stade ».", "Chantal Morin",
            id="fr: selon une source",
        ),
        pytest.param(
            "it", "Chiara Mori, che abita a 300 metri, ha visto le fiamme. «Ho sentito come delle "
            "esplosioni, poi tutto è diventato nero», racconta.\nSecondo una fonte vicina all'inchiesta, "
            "«nessuna pista è esclusa in questa fase».", "Chiara Mori", id="it: secondo una fonte",
        ),
        pytest.param(
            "es", "Clara Moreno, que vive a 300 metros, vio las llamas. «Oí como explosiones y luego todo "
            "se volvió negro», relata.\nSegún una fuente próxima a la investigación, «no se descarta "
            "ninguna hipótesis por ahora».", "Clara Moreno", id="es: según una fuente",
        ),
        pytest.param(
            "pt", "Clara Moreira, que mora a 300 metros, viu as chamas. «Ouvi umas explosões e depois "
            "ficou tudo negro», relata.\nSegundo uma fonte próxima da investigação, «nenhuma pista está "
            "excluída nesta fase».", "Clara Moreira", id="pt: segundo uma fonte",
        ),
    ],
)
def test_an_unnamed_source_after_according_to_is_nobody(language: str, text: str, first: str) -> None:
    """"Selon une source proche de l'enquête, « … »": no one is named, so the quote does not go on
    with the speaker of the paragraph before."""
    assert _speakers(text, language) == [first, None]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        pytest.param(
            "fr", "Gérard Tissot, maire de Bouillargues, s'inquiète. « Nous n'avons plus une goutte d'eau », "
            "prévient-il.\nLa préfecture du Gard rappelle de son côté que tout le département reste en "
            "alerte et que « tout arrosage des jardins est interdit jusqu'à nouvel ordre ».",
            "préfecture du Gard", id="fr: rappelle de son côté que … et que",
        ),
        pytest.param(
            "es", "Gerardo Tíscar, alcalde de Lorca, está preocupado. «No tenemos ni una gota de agua», "
            "advierte.\nLa Delegación del Gobierno recuerda por su parte que toda la provincia sigue en "
            "alerta y que «cualquier riego de jardines está prohibido hasta nuevo aviso».",
            "Delegación del Gobierno", id="es: recuerda por su parte que … y que",
        ),
    ],
)
def test_the_reporting_verb_before_its_complements_and_clauses(language: str, text: str, body: str) -> None:
    """The verb whose clause holds the quote speaks, though its complements stand between it and "que";
    "en alerte", "en alerta" is a noun after a preposition, no second speech verb."""
    second = _speakers(text, language)[-1]
    assert second is not None and second.lower().endswith(body.lower())


@pytest.mark.parametrize(
    ("language", "text", "holder"),
    [
        pytest.param(
            "it", "Marco Fedeli, presente in aula, ha parlato a lungo. «Non ho mai preso un euro che non mi "
            "spettasse», ha detto.\nIl suo difensore, l'avvocato Luca Rastelli, ha chiesto l'assoluzione. "
            "A suo avviso l'imputato è stato «l'ultimo anello di una lunga catena di cui altri tiravano i "
            "fili».", "Luca Rastelli", id="it: il suo difensore, l'avvocato X … A suo avviso",
        ),
        pytest.param(
            "fr", "Paul Vernier a longuement parlé. « Je n'ai jamais touché un euro qui ne me revenait "
            "pas », a-t-il dit.\nSon conseil, l'avocate Inès Mallet, a plaidé la relaxe. À ses yeux, le "
            "prévenu n'est que « le dernier maillon d'une chaîne tenue par d'autres ».", "Inès Mallet",
            id="fr: son conseil, l'avocate X … À ses yeux",
        ),
    ],
)
def test_a_possessive_role_then_its_holder_in_apposition(language: str, text: str, holder: str) -> None:
    """"Il suo difensore, l'avvocato X, ha chiesto …": X (the title after the elided article names the
    role's holder), and "A suo avviso" in the next sentence is X's view."""
    assert _speakers(text, language)[-1] == holder


def test_a_named_subject_after_an_unnamed_source_speaks() -> None:
    """"Según fuentes municipales, Peláez habría añadido: «…»": the sources tell what he said; he speaks."""
    text = (
        "El concejal Ramón Peláez habría asegurado a sus colaboradores que «la obra no se terminará antes "
        "de 2027». Según fuentes municipales, Peláez habría añadido: «No hay dinero para acabarla este año»."
    )
    assert _speakers(text, "es") == ["Ramón Peláez", "Ramón Peláez"]


@pytest.mark.parametrize(
    "noun",
    [pytest.param("prévenu", id="prévenu"), pytest.param("dirigeant", id="dirigeant")],
)
def test_a_noun_spelled_like_a_speech_verb_before_the_quote(noun: str) -> None:
    """"Elle a estimé que le prévenu « … »": "prévenu" (also "prévenir"'s participle) is the clause's
    subject, a noun; "a estimé" reports the quote, and "Elle" is the prosecutor named before."""
    text = (
        f"La procureure Claire Dumont a requis dix-huit mois de prison. Elle a estimé que le {noun} "
        "« connaissait le risque et n'a pris aucune mesure simple »."
    )
    assert _speakers(text, "fr") == ["Claire Dumont"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "pt", "A ministra Marta Lobo esteve ontem em Évora. Questionada sobre os cortes, foi clara: «Não "
            "haverá despedimentos na função pública este ano».", "Marta Lobo", id="pt: foi clara",
        ),
        pytest.param(
            "es", "La ministra Marta Lobo estuvo ayer en Cáceres. Preguntada por los recortes, fue tajante: "
            "«No habrá despidos en la función pública este año».", "Marta Lobo", id="es: fue tajante",
        ),
        pytest.param(
            "it", "La ministra Marta Lupi era ieri a Bari. Interpellata sui tagli, è stata chiara: «Non ci "
            "saranno licenziamenti nella pubblica amministrazione».", "Marta Lupi", id="it: è stata chiara",
        ),
    ],
)
def test_a_dropped_subject_before_the_colon(language: str, text: str, speaker: str) -> None:
    """"Fue tajante: «…»": where the subject may be left out, the clause before the colon opened by its
    verb goes on with the person last spoken of."""
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        pytest.param(
            "fr", "Dans un communiqué, la Société des transports intercommunaux de Lyon parle d'« un "
            "mouvement totalement disproportionné » et assure que « la concertation reste ouverte avec "
            "tous ».", "Société des transports intercommunaux de Lyon", id="fr: Société des transports de",
        ),
        pytest.param(
            "fr", "L'Agence régionale de santé a confirmé mardi trois cas. « La situation est sous contrôle "
            "et aucun nouveau cas n'a été signalé », a indiqué l'agence dans un communiqué.",
            "Agence régionale de santé", id="fr: Agence régionale de santé",
        ),
        pytest.param(
            "fr", "Selon l'Office national des forêts, « près de 3 000 hectares ont brûlé depuis le début de "
            "l'été ».", "Office national des forêts", id="fr: selon l'Office national des forêts",
        ),
        pytest.param(
            "it", "L'Agenzia regionale per la protezione dell'ambiente ha diramato l'allerta. «Sono previsti "
            "accumuli superiori ai 300 millimetri in 24 ore», ha spiegato l'Agenzia regionale per la "
            "protezione dell'ambiente.", "Agenzia regionale per la protezione dell'ambiente",
            id="it: Agenzia regionale per la protezione dell'ambiente",
        ),
        pytest.param(
            "it", "La Protezione civile ha diffuso un avviso. «Si raccomanda di non uscire di casa se non "
            "strettamente necessario», si legge nella nota della Protezione civile.", "Protezione civile",
            id="it: nella nota della Protezione civile",
        ),
        pytest.param(
            "pt", "De acordo com a Defesa Civil de Belo Horizonte, 37 famílias ficaram desalojadas. “O solo "
            "já está encharcado pelas chuvas dos últimos dias”, informou a Defesa Civil em boletim.",
            "Defesa Civil de Belo Horizonte", id="pt: Defesa Civil de Belo Horizonte",
        ),
    ],
)
def test_a_body_named_in_sentence_case(language: str, text: str, body: str) -> None:
    """French and Italian write bodies' names in sentence case: the name runs on over its adjectives and
    its complements ("régionale de santé", "des transports intercommunaux de Lyon"); a town of two words
    after "de" completes a body's name and is no person ("Belo Horizonte")."""
    article = r"^(?:l['’]|la |le |il |a |o )"
    assert {re.sub(article, "", s or "", flags=re.IGNORECASE) for s in _speakers(text, language)} == {body}


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        pytest.param(
            "pt", "A Cooperativa Vale do Itajaí de Laticínios, uma das maiores de Santa Catarina, vai "
            "construir uma fábrica em Chapecó, apurou o Valor. O anúncio oficial deve ocorrer na próxima "
            "semana.\n"
            "Procurada, a cooperativa confirmou o projeto. “A nova unidade faz parte do plano de expansão "
            "para o período 2026-2030”, informou a empresa em nota.",
            "Cooperativa Vale do Itajaí de Laticínios", id="pt: a cooperativa … a empresa",
        ),
        pytest.param(
            "es", "La Cooperativa Valle del Jiloca, una de las mayores de Aragón, construirá una planta en "
            "Calamocha, según ha podido saber Expansión. El anuncio oficial llegará la próxima semana.\n"
            "Consultada, la cooperativa confirmó el proyecto. «La nueva planta forma parte del plan de "
            "expansión para el periodo 2026-2030», informó la empresa en un comunicado.",
            "Cooperativa Valle del Jiloca", id="es: la cooperativa … la empresa",
        ),
        pytest.param(
            "es", "La Policía Local de Gandia ha recordado a los vecinos que ningún técnico acude sin cita. "
            "«Ante la duda, llamen al 092 antes de abrir la puerta», recomienda el cuerpo en sus redes "
            "sociales.", "Policía Local de Gandia", id="es: recomienda el cuerpo",
        ),
    ],
)
def test_a_body_named_again_by_nouns_of_its_kind(language: str, text: str, body: str) -> None:
    """A body named once in full, then "la cooperativa", then "la empresa" (another noun of its kind) or
    a police force as "el cuerpo": still that body, not the outlet credited in between."""
    assert _speakers(text, language) == [body]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        pytest.param(
            "es", "La cooperativa Serena Asistencia, en una nota, rechaza las acusaciones y sostiene que los "
            "turnos son «plenamente conformes con las normas regionales».", "Serena Asistencia",
            id="es: la cooperativa Serena Asistencia",
        ),
        pytest.param(
            "pt", "A cooperativa Serena Assistência, numa nota, rejeita as acusações e sustenta que os "
            "turnos são «plenamente conformes às normas regionais».", "Serena Assistência",
            id="pt: a cooperativa Serena Assistência",
        ),
    ],
)
def test_a_kind_noun_then_the_bodys_name(language: str, text: str, body: str) -> None:
    """"La cooperativa Serena Asistencia": the noun of the body's kind, then its name (a first name
    opening it, as bodies named after people have)."""
    assert _speakers(text, language) == [body]


@pytest.mark.parametrize(
    ("language", "text", "holder"),
    [
        pytest.param(
            "pt", "“Este é um investimento de 3,5 milhões de euros, mas o mais importante não é o dinheiro”, "
            "afirmou o presidente do conselho de administração da Unidade Local de Saúde de Santa Maria, "
            "Nuno Sampaio Reis.", "Nuno Sampaio Reis", id="pt: afirmou o presidente do conselho de …, X",
        ),
        pytest.param(
            "es", "«Es una inversión de 3,5 millones de euros, pero lo más importante no es el dinero», "
            "afirmó el presidente del consejo de administración del Hospital Universitario de La Paz de "
            "Madrid, Nuño Sampedro.", "Nuño Sampedro", id="es: afirmó el presidente del consejo de …, X",
        ),
    ],
)
def test_a_long_role_after_the_verb_then_its_holder(language: str, text: str, holder: str) -> None:
    """A role with a chain of complements after the verb, then the person in apposition: that person."""
    assert _speakers(text, language) == [holder]


def test_an_agency_dateline_before_the_quote_then_lo_ha_detto() -> None:
    """"(ANSA) - ROMA, 5 DIC - «…». Lo ha detto X": the agency's dateline credits nobody; the sentence
    after names the speaker."""
    text = (
        "(ANSA) - ROMA, 5 DIC - «Il governo non ha alcuna intenzione di aumentare le tasse sulla casa». Lo "
        "ha detto il ministro dell'Economia Simone Ferretti a margine di un convegno."
    )
    assert _speakers(text, "it") == ["Simone Ferretti"]


def test_a_possessive_pronoun_as_subject_is_its_owner() -> None:
    """"La sua è una storia comune: «…»": no speaker "La sua"; the one the sentence before is about."""
    text = (
        "Ettore Gallo, 71 anni, pensionato, vive da solo in una casa popolare. La sua è una storia comune: "
        "«Con 600 euro al mese non arrivo alla fine del mese, e l'affitto è aumentato»."
    )
    assert _speakers(text, "it") == ["Ettore Gallo"]


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        pytest.param(
            "it", "Tra loro c'è Giulia Serra, 22 anni, arrivata da Lecce. «Pago 680 euro per una stanza "
            "senza finestra», racconta.\nAccanto a lei, Tommaso Bellini, portavoce del collettivo, spiega "
            "che la protesta andrà avanti. Il diritto allo studio, dice, «oggi è un privilegio di chi se lo "
            "può permettere».", ["Giulia Serra", "Tommaso Bellini"], id="it: …, dice, «…»",
        ),
        pytest.param(
            "es", "Entre ellos está Julia Sierra, de 22 años, llegada desde Cádiz. «Pago 600 euros por una "
            "habitación sin ventana», cuenta.\nA su lado, Tomás Bellido, portavoz del colectivo, explica que "
            "la protesta seguirá. El derecho a estudiar, dice, «hoy es un privilegio de quien se lo puede "
            "permitir».", ["Julia Sierra", "Tomás Bellido"], id="es: …, dice, «…»",
        ),
        pytest.param(
            "pt", "Entre eles está Júlia Serra, de 22 anos, vinda de Braga. «Pago 500 euros por um quarto "
            "sem janela», conta.\nAo lado dela, Tomás Belo, porta-voz do coletivo, explica que o protesto "
            "vai continuar. O direito a estudar, diz, «é hoje um privilégio de quem pode pagar».",
            ["Júlia Serra", "Tomás Belo"], id="pt: …, diz, «…»",
        ),
    ],
)
def test_an_aside_with_its_subject_left_out(language: str, text: str, speakers: list[str]) -> None:
    """"Il diritto allo studio, dice, «…»": the verb between commas has its subject left out; the person
    the sentence before was about speaks, not the subject-looking noun before the aside."""
    assert _speakers(text, language) == speakers


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        pytest.param(
            "it", "Il tecnico Dario Canti non nasconde il fastidio. «Abbiamo buttato via un tempo intero», "
            "ha detto a Dazn.\nDomenica al Grande Torino arriva il Napoli. «Servirà la partita perfetta "
            "contro di loro», ha chiuso Canti.", ["Dario Canti", "Dario Canti"], id="it: ha chiuso X",
        ),
        pytest.param(
            "es", "La Policía Local de Gandia ha aprovechado la sentencia para recordar a los vecinos que "
            "ningún técnico acude sin cita. «Ante la duda, llamen al 092 antes de abrir», recomienda el "
            "cuerpo en sus redes sociales.", ["Policía Local de Gandia"], id="es: recomienda el cuerpo",
        ),
        pytest.param(
            "fr", "La direction départementale des territoires a publié un arrêté. « Tout prélèvement dans "
            "les rivières est interdit jusqu'à nouvel ordre », recommande la DDT dans un communiqué.",
            ["direction départementale des territoires"], id="fr: recommande la DDT",
        ),
    ],
)
def test_closing_and_recommending_report_speech(language: str, text: str, speakers: list[str]) -> None:
    """"ha chiuso X" (sports pages close an interview so), "recomienda", "recommande" (a body's advice)
    report the quote; "la DDT" spells out the body named in lower case after its article."""
    assert [s.lower() if s else s for s in _speakers(text, language)] == [s.lower() for s in speakers]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "es", "La jubilada Rosario Benítez vive en el bloque desde 1972.\n—Esto no había pasado nunca. "
            "Nos cortan el agua cada semana —dice.\n—¿Y han reclamado? —le preguntamos.\n—Claro. Hemos "
            "escrito a la administración y al Ayuntamiento.", "Rosario Benítez", id="es: —le preguntamos",
        ),
        pytest.param(
            "it", "La pensionata Rosaria Bellini vive nel palazzo dal 1972.\n— Non era mai successo. Ci "
            "tolgono l'acqua ogni settimana — racconta.\n— E avete protestato? — le chiediamo.\n— Certo. "
            "Abbiamo scritto all'amministratore e al Comune.", "Rosaria Bellini", id="it: — le chiediamo",
        ),
    ],
)
def test_the_reporter_s_dash_question_in_the_first_person_plural_is_no_quote(
    language: str, text: str, speaker: str
) -> None:
    """The reporter's question, its narrator a verb of the first person plural with no pronoun, is the
    interviewer's: no quote; the answer after it is the interviewee's, who spoke before."""
    assert _speakers(text, language) == [speaker, speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            "es", "El Gobierno aprobó el martes la reforma de las pensiones. Estas son las claves.\n\n"
            "¿Qué cambia para los jubilados?\n\nLas pensiones subirán con los precios de los últimos doce "
            "meses.\n\n¿Quién la negoció?\n\nLa ministra Elena Ramos cerró el acuerdo con la patronal.\n\n"
            "¿Cuándo entra en vigor?\n\nEl primero de enero, tras los próximos trámites en el Senado.",
            id="es: los últimos, Ramos, los próximos",
        ),
        pytest.param(
            "pt", "O Governo aprovou na terça-feira a reforma das pensões. Estas são as perguntas.\n\n"
            "O que muda para os reformados?\n\nAs pensões sobem com os preços dos últimos doze meses.\n\n"
            "Quem a negociou?\n\nA ministra Helena Ramos fechou o acordo com os patrões.\n\n"
            "Quando entra em vigor?\n\nA um de janeiro, depois dos próximos passos no Parlamento.",
            id="pt: dos últimos, Ramos, dos próximos",
        ),
    ],
)
def test_an_explainer_in_questions_whose_answers_hold_no_first_plural_verb_is_no_interview(
    language: str, text: str
) -> None:
    """Questions and answers in the third person, not an interview: an adjective or a noun after an
    article ("los últimos", "dos próximos") and a name ("Ramos") end as a verb of the first person plural
    does, but are none; no answer is anyone's speech."""
    assert _speakers(text, language) == []


def test_a_court_named_with_its_town_as_the_subject() -> None:
    """"Nelle motivazioni, il tribunale di Brindisi scrive che …«…»": the court speaks, not its town."""
    text = (
        "Si è chiuso così, davanti al tribunale di Brindisi, il processo per la truffa dei finti incidenti. "
        "Nelle motivazioni, il tribunale di Brindisi scrive che gli imputati avevano messo in piedi «un "
        "sistema collaudato, ripetuto con metodo e con la stessa regia»."
    )
    assert _speakers(text, "it") == ["il tribunale di Brindisi"]


@pytest.mark.parametrize(
    ("language", "text", "guest"),
    [
        pytest.param(
            "it", "Ospite di una radio locale, l'ex direttore sportivo Marco Bellandi ha parlato del "
            "campionato e del momento del Perugia.\nSul momento dei Grifoni: «La squadra ha trovato "
            "un'identità e adesso si vede una mano dell'allenatore».\nSul mercato di gennaio: «Serve un "
            "difensore centrale di esperienza, uno che parli e che comandi».\nSull'allenatore: «Ha avuto "
            "coraggio a cambiare modulo dopo la sconfitta di Pescara».", "Marco Bellandi",
            id="it: Sul …: «…»",
        ),
        pytest.param(
            "fr", "Invité de France Bleu, l'ancien directeur sportif Marc Bellanger a évoqué la saison des "
            "Girondins.\nSur le mercato d'hiver : « Il faut un défenseur central d'expérience, quelqu'un qui "
            "parle et qui commande ».\nSur l'entraîneur : « Il a eu le courage de changer de système après "
            "la défaite à Lens ».", "Marc Bellanger", id="fr: Sur … : « … »",
        ),
        pytest.param(
            "es", "Invitado en la Cadena COPE, el exdirector deportivo Marcos Bellido habló de la temporada "
            "del Sevilla.\nSobre el mercado de invierno: «Hace falta un central con experiencia, alguien que "
            "hable y que mande».\nSobre el entrenador: «Tuvo valor para cambiar de sistema después de la "
            "derrota en Vigo».", "Marcos Bellido", id="es: Sobre …: «…»",
        ),
    ],
)
def test_a_topic_before_the_colon_is_no_speaker(language: str, text: str, guest: str) -> None:
    """"Sul mercato di gennaio: «…»": an interview written up as topics, each a phrase opened by a
    preposition before the colon; the guest speaks in each, not a name inside the topic ("Grifoni")."""
    assert set(_speakers(text, language)) == {guest}


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("it", "Il sindaco Luca Bianchi ha parlato ai cronisti dopo la riunione in municipio. D'accordo "
               "l'assessore Marco Verdi: «Riapriremo la scuola di via Roma già lunedì mattina».",
         "Marco Verdi"),
        ("fr", "La maire Claire Fontaine a réuni le conseil mardi soir. D'emblée le préfet Jean Morel : "
               "« Les routes resteront fermées jusqu'à jeudi au moins ».", "Jean Morel"),
    ],
)
def test_a_bare_elided_preposition_before_the_colon_opens_no_topic(
    language: str, text: str, speaker: str,
) -> None:
    """"D'accordo l'assessore X: «…»": only an articulated preposition glued to its noun ("Sull'allenatore:")
    opens a topic; a bare "d'" opens an adverb, and the person named after it speaks."""
    assert _speakers(text, language) == [speaker]


def test_a_body_written_in_lower_case_then_named_by_its_noun() -> None:
    """"Le tribunal correctionnel de Nancy a condamné …" then "le tribunal relève que … « … »": the court
    by the full name given before, written in lower case but for its town."""
    text = (
        "Le tribunal correctionnel de Nancy a condamné jeudi un homme de 26 ans à deux ans de prison. Le "
        "prévenu, Steve Carlier, a été maintenu en détention.\nDans son jugement, le tribunal relève que le "
        "prévenu « a agi sans la moindre provocation, contre un agent chargé d'une mission de service "
        "public »."
    )
    assert _speakers(text, "fr") == ["tribunal correctionnel de Nancy"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "es", "La fiscal de Medio Ambiente, Inés Belmonte, había pedido tres años de prisión. «Es un "
            "delito grave contra el medio ambiente», dijo. En su informe final sostuvo que el argumento «no "
            "exime de responsabilidad a nadie en este caso».", "Inés Belmonte",
            id="es: En su informe final sostuvo",
        ),
        pytest.param(
            "it", "La pm Ines Belmonti aveva chiesto tre anni di reclusione. «È un reato grave contro "
            "l'ambiente», ha detto. Nella sua requisitoria finale ha sostenuto che l'argomento «non esime "
            "nessuno dalle proprie responsabilità».", "Ines Belmonti", id="it: Nella sua requisitoria ha",
        ),
        pytest.param(
            "pt", "A procuradora Inês Belmonte tinha pedido três anos de prisão. «É um crime grave contra o "
            "ambiente», disse. Nas suas alegações finais sustentou que o argumento «não isenta ninguém de "
            "responsabilidade neste caso».", "Inês Belmonte", id="pt: Nas suas alegações finais sustentou",
        ),
    ],
)
def test_a_phrase_before_a_verb_whose_subject_is_left_out(language: str, text: str, speaker: str) -> None:
    """"En su informe final sostuvo que … «…»": the phrase opened by a preposition is no subject; the
    verb's subject is left out and the person last spoken of speaks."""
    assert _speakers(text, language) == [speaker, speaker]


@pytest.mark.parametrize(
    ("language", "text", "second"),
    [
        pytest.param(
            "fr", "« Le projet est prêt depuis des mois », a déclaré l'adjoint Marc Ferrand.\nParmi les "
            "habitants, un retraité du quartier, venu avec sa fille, a perdu sa maison. « Je n'attends rien, "
            "je voulais juste le regarder en face », confie-t-il.", None, id="fr",
        ),
        pytest.param(
            "es", "«El plan está listo desde hace meses», dijo el concejal Marcos Ferrer.\nUn jubilado del "
            "barrio perdió su casa en la riada. «No espero nada, solo quería mirarle a la cara», cuenta él.",
            None, id="es",
        ),
        pytest.param(
            "fr", "« Le projet est prêt depuis des mois », a déclaré l'adjoint Marc Ferrand.\nUne retraitée "
            "du quartier a perdu sa maison. « Nous ne lâcherons rien avant l'hiver », confie-t-il.",
            "Marc Ferrand", id="fr-other-gender",
        ),
    ],
)
def test_a_pronoun_after_a_person_brought_in_unnamed(language: str, text: str, second: str | None) -> None:
    assert _speakers(text, language)[1] == second


def test_someone_unnamed_after_an_opening_phrase_before_a_colon() -> None:
    text = (
        "«Il piano è pronto da mesi», ha detto l'assessore Marco Ferri.\nFuori dall'aula, un parente degli "
        "imputati si è limitato a un commento: «Ne hanno fatto dei mostri, non lo sono»."
    )
    assert _speakers(text, "it") == ["Marco Ferri", None]


_FRENCH_INTERVIEW = (
    "Maud Lériget dirige depuis mars le parc naturel des Causses. Propos recueillis par Hugo Vernet.\n"
    "Madame Lériget, le parc a-t-il encore les moyens de ses ambitions ?\n"
    "Je le crois. Nous avons obtenu deux postes de gardes supplémentaires cette année.\n"
    "Les éleveurs se plaignent des loups. Que leur répondez-vous ?\n"
    "Je les entends. Nous finançons des chiens de protection et des clôtures mobiles.\n"
    "Et le tourisme ?\n"
    "Il faut le canaliser. Nous fermerons deux sentiers au printemps pour protéger les nids."
)


def test_the_interviewer_named_in_a_french_credit_line_never_answers() -> None:
    assert _speakers(_FRENCH_INTERVIEW, "fr") == ["Maud Lériget"] * 3


def test_a_french_interview_credit_at_its_end_leaves_the_interviewee_answering() -> None:
    intro, rest = _FRENCH_INTERVIEW.split(" Propos", 1)
    text = intro + "\n" + rest.split("\n", 1)[1] + "\nPropos recueillis par Hugo Vernet."
    assert _speakers(text, "fr") == ["Maud Lériget"] * 3


def test_an_italian_role_named_again_by_its_synonym() -> None:
    """`ha spiegato l'avvocato` after `Paolo Greco, il legale del geometra`, `aveva detto il magistrato`
    after `la pm Anna Russo`: the person who held the synonym last, not the lawyer named earlier."""
    text = (
        "In requisitoria la pm Anna Russo aveva chiesto pene più alte. «Gli imputati conoscevano i rischi e "
        "li hanno ignorati», aveva detto il magistrato.\nPer la difesa parla l'avvocato Carlo Neri. "
        "«Ricorreremo in Cassazione entro la fine del mese», ha annunciato Neri.\nPiù prudente Paolo Greco, "
        "il legale del geometra. «Aspettiamo di leggere la sentenza per intero», ha spiegato l'avvocato."
    )
    assert _speakers(text, "it") == ["Anna Russo", "Carlo Neri", "Paolo Greco"]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        pytest.param("il legale all'uscita dall'aula.", "Carlo Neri", id="all'uscita: an adverbial phrase"),
        pytest.param("il legale nell'atrio del tribunale.", "Carlo Neri", id="nell'atrio"),
    ],
)
def test_a_preposition_glued_to_its_noun_ends_the_subject_after_the_verb(after: str, speaker: str) -> None:
    """`ha annunciato il legale all'uscita dall'aula`: the elided preposition glued to its noun opens a
    phrase of place or time; the subject is the lawyer named before, not the words up to the full stop."""
    text = f"L'avvocato Carlo Neri difende il costruttore. «Il mio cliente è innocente», ha detto {after}"
    assert _speakers(text, "it") == [speaker]


def test_a_genitive_glued_to_its_noun_stays_in_the_subject() -> None:
    """`il legale dell'associazione`: the genitive's preposition elided and glued is the role's complement."""
    text = "«Il nostro ricorso è pronto da mesi», ha annunciato il legale dell'associazione."
    assert _speakers(text, "it") == ["il legale dell'associazione"]


def test_a_role_s_holder_named_after_it_is_not_the_one_whose_synonym_came_before() -> None:
    """`l'avvocato Carlo Neri … «…», ha detto il legale.` then `Paolo Greco, il legale del direttore`: the
    lawyer named before speaks, not the one the next sentence calls "il legale"."""
    text = (
        "Per la difesa parla l'avvocato Carlo Neri. «Il mio assistito non ha firmato nessun collaudo», ha "
        "detto il legale. Più prudente Paolo Greco, il legale del geometra."
    )
    assert _speakers(text, "it") == ["Carlo Neri"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "La Société des transports de Valmont a pour sa part indiqué que « douze lignes ont dû être "
            "détournées » dimanche.", "Société des transports de Valmont", id="pour sa part",
        ),
        pytest.param(
            "La maire Anne Vidal a de son côté assuré que « la grève sera reconduite lundi ».",
            "Anne Vidal", id="de son côté",
        ),
        pytest.param(
            "Paul Roux a dans un communiqué affirmé que « rien ne justifie cette grève ».", "Paul Roux",
            id="dans un communiqué",
        ),
    ],
)
def test_a_phrase_between_the_auxiliary_and_the_participle_is_no_subject(text: str, speaker: str) -> None:
    assert _speakers(text, "fr") == [speaker]


def test_a_capitalised_name_after_the_auxiliary_is_still_read_before_it() -> None:
    text = "Selon la mairie, Paul Roux a aussitôt affirmé que « rien ne justifie cette grève »."
    assert _speakers(text, "fr") == ["Paul Roux"]


def test_a_speech_verb_s_form_after_an_article_and_an_ordinal_is_a_noun() -> None:
    """`después de la primera pregunta`: "pregunta" after "la primera" is the noun, no verb whose
    subject would be "la primera"; the words the coach then says are his."""
    text = (
        "El técnico Iñaki Zubeldía se sentó ante los micrófonos y se quedó callado después de la primera "
        "pregunta.\n—Jugamos mal de principio a fin. No hubo orden ni ideas —dijo—. La culpa es mía y de "
        "nadie más."
    )
    assert _speakers(text, "es") == ["Iñaki Zubeldía", "Iñaki Zubeldía"]


def test_a_role_its_party_and_its_holder_in_apposition_name_the_subject() -> None:
    """`la voce più dura dei banchi di minoranza, la consigliera della Lega Marta Ghirardelli, ha …`: the
    second description ends with the role's holder after its party's name, so she is the subject, not
    the noun that closes the first description."""
    text = (
        "In aula, la voce più dura dei banchi di minoranza, la consigliera della Lega Marta Ghirardelli, ha "
        "accusato il sindaco di aver «scritto un libro dei sogni senza fare i conti»."
    )
    assert _speakers(text, "it") == ["Marta Ghirardelli"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "fr", "Paul Roux, un proche du maire de Lyon Henri Baptistin, a déclaré : « La ville ne cédera "
            "pas sur ce dossier, c'est certain. »", "Paul Roux", id="fr: un proche du maire de X",
        ),
        pytest.param(
            "fr", "Paul Roux, le directeur de cabinet du maire de Lyon Henri Baptistin, a déclaré : « La "
            "ville ne cédera pas sur ce dossier, c'est certain. »", "Paul Roux",
            id="fr: le directeur de cabinet du maire de X",
        ),
        pytest.param(
            "fr", "Marc Vidal, le bras droit du président de la Région Étienne Morvandeau, a expliqué : « Le "
            "budget sera voté en mars sans aucun doute. »", "Marc Vidal",
            id="fr: le bras droit du président de la Région X",
        ),
        pytest.param(
            "it", "Marco Scarpolini, un collaboratore del sindaco di Milano Ettore Scalvini, ha spiegato: "
            "«La giunta approverà il piano entro la fine del mese».", "Marco Scarpolini",
            id="it: un collaboratore del sindaco di X",
        ),
    ],
)
def test_a_name_after_another_role_and_a_place_inside_a_description_is_no_subject(
    language: str, text: str, speaker: str
) -> None:
    """`X, un proche du maire de Lyon Y, a déclaré`: the name closes a description of X (Y holds
    another role, the mayor's); only the role, its party or body and its holder (`la consigliera della Lega
    Marta Ghirardelli`) names the subject."""
    assert _speakers(text, language) == [speaker]


def test_a_speech_verb_after_an_article_and_an_ordinal_that_is_no_noun_stays_a_verb() -> None:
    """`La prima racconta: «…»`: "racconta" is no noun (`la prima domanda` is), so "la prima" is its
    subject, the first of the two people the sentence before names, not the second."""
    text = (
        "Anna e Giulia Rossi gestiscono il bar da vent'anni. La prima racconta: «Abbiamo visto cambiare "
        "tutto il quartiere in questi anni». La seconda aggiunge: «Speriamo che i nuovi residenti restino "
        "a lungo»."
    )
    speakers = _speakers(text, "it")
    assert len(speakers) == 2 and speakers[0] is not None and speakers[0].split()[0] == "Anna"


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "fr", "Lucie Morel, 31 ans, maraîchère à Vitré, est venue avec sa fille. « Je veux qu'elle "
            "puisse reprendre les serres un jour. »\nLa préfète de la Sarthe, Hélène Garnier, a reçu les "
            "exploitants en mairie. « Je comprends votre inquiétude », a-t-elle déclaré. « Sans eau, madame "
            "la préfète, nos serres sont perdues », rétorque la jeune maraîchère.", "Lucie Morel",
            id="fr: la jeune maraîchère, from the apposition after her name",
        ),
        pytest.param(
            "it", "In corsia c'è Carla Sala, 81 anni, operata venerdì. Al suo fianco la figlia, Elena Ricci, "
            "che la accompagna ogni giorno. «Mia madre è paziente, ma gli infermieri non bastano», spiega."
            "\n«Mi trattano bene, fanno del loro meglio», interviene la signora Sala. La figlia sorride, poi "
            "aggiunge: «Spero che la portino a casa prima di Natale».", "Elena Ricci",
            id="it: la figlia, from the role before her name",
        ),
        pytest.param(
            "fr", "« Un mois d'hiver, c'est trois mille euros de fioul », calcule Marc Le Gall, gérant du "
            "Petit Mousse. Il a repris le restaurant en 2011.\nLe maire, Paul Bodin, a promis d'écrire au "
            "ministre. « Je vous soutiendrai jusqu'au bout », a-t-il dit. « On nous parle de panneaux "
            "solaires, moi j'ai des salaires à verser », lâche le gérant.", "Marc Le Gall",
            id="fr: le gérant, not the restaurant his role names",
        ),
        pytest.param(
            "fr", "Lucie Morel, 31 ans, maraîchère à Vitré, est venue avec sa fille. « Je veux qu'elle "
            "puisse reprendre les serres un jour. »\nLa préfète de la Sarthe, Hélène Garnier, a reçu les "
            "exploitants en mairie. « Je comprends votre inquiétude », a-t-elle déclaré. « Je porterai vos "
            "demandes au ministère dès demain », a promis la haute fonctionnaire.", "Hélène Garnier",
            id="fr: a role noun given to nobody is still the last woman named",
        ),
        pytest.param(
            "fr", "Sophie Roux, qui a parlé à la présidente lundi, n'était pas surprise. Claire Petit dirige "
            "le club depuis 2019. « Nous allons tout reprendre depuis le début, et très vite », a lancé "
            "la présidente.", "Claire Petit", id="negative: fr a noun in a relative clause after a name",
        ),
        pytest.param(
            "it", "Laura Bassi, che ha parlato con la sindaca ieri, era preoccupata. Anna Conti guida il "
            "comune dal 2020. «Dobbiamo rifare tutto da capo entro la prossima settimana», ha detto la "
            "sindaca.", "Anna Conti", id="negative: it a noun in a relative clause after a name",
        ),
    ],
)
def test_a_role_noun_names_again_the_person_it_described(language: str, text: str, speaker: str) -> None:
    """The press names a person again by the role noun it gave beside her name (`X, maraîchère à Vitré`,
    `la figlia, X`), though someone of her sex was named since; `interviene` reports speech. Only the
    noun heading the apposition is her role, not a word of a clause about her."""
    assert _speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "La federación docente rechazó el calendario del Ministerio.\n—No pensamos aceptar unos plazos "
            "imposibles de cumplir —sostuvo la directora de Presupuesto, Lucía Campos—. Es mejor ir despacio "
            "que fallar a las familias.", ["Lucía Campos", "Lucía Campos"],
            id="es: the name in apposition before the dash that closes the incise",
        ),
        pytest.param(
            "La federación docente rechazó el calendario del Ministerio.\n—No pensamos aceptar unos plazos "
            "imposibles de cumplir —sostuvo la directora de Presupuesto, que evitó dar cifras—.",
            ["la directora de Presupuesto"], id="es: a relative clause after the comma names nobody",
        ),
    ],
)
def test_a_dash_incise_closes_after_the_name_in_apposition(text: str, speakers: list[str]) -> None:
    """Spanish dialogue dashes: `—…—sostuvo la directora de Presupuesto, Lucía Campos—. …`: the dash that
    closes the narrator's incise ends the apposition as a full stop or a comma would."""
    assert _speakers(text, "es") == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "El director de Tránsito, Hugo Benítez, se reunió con los taxistas.\nBenítez anunció que el "
            "municipio revisará las tarifas en marzo. Preguntado sobre si habría multas por el corte de "
            "calles, el funcionario fue claro: “Eso no lo vamos a decidir hoy”.",
            "Hugo Benítez", id="es: preguntado sobre si habría …, el funcionario",
        ),
        pytest.param(
            "El director de Tránsito, Hugo Benítez, se reunió con los taxistas.\nLa concejala Ana Ruiz "
            "habló después. Preguntada por las multas, la funcionaria fue clara: “Eso no lo vamos a decidir "
            "hoy”.", "Ana Ruiz", id="es: a participle phrase with no clause of its own",
        ),
    ],
)
def test_a_clause_inside_an_opening_participle_phrase_is_no_main_clause(text: str, speaker: str) -> None:
    """`Preguntado sobre si habría multas, el funcionario fue claro: «…»`: the verb after "si" is the
    participle phrase's own; the main clause, and its subject, come after the comma."""
    assert _speakers(text, "es") == [speaker]


# A body named by the definite noun of its kind (`le parquet de Vannes`, `le ministère de …`) is what a
# following "il" or "elle" of that noun's gender stands for, as a pronoun stands for any thing (session 15).
_FIRE = (
    "Un incendie a détruit dans la nuit le hangar de l'éleveur Jacques Penven, près de Ploërmel. « Une "
    "enquête pour dégradation volontaire a été ouverte », a indiqué le parquet de Vannes dans un communiqué. "
)


def test_fr_parquet_speaks_after_its_verb() -> None:
    assert _speakers(_FIRE, "fr") == ["le parquet de Vannes"]


def test_fr_parquet_floor_is_no_body() -> None:
    text = (
        "Le menuisier Hugo Lemaire a posé le parquet de la mairie en trois jours. « Le chêne vient des "
        "forêts du Morvan », dit-il."
    )
    assert _speakers(text, "fr") == ["Hugo Lemaire"]


def test_fr_il_after_a_body_that_spoke() -> None:
    text = _FIRE + "« Les premières constatations écartent la piste accidentelle », a-t-il ajouté."
    assert _speakers(text, "fr") == ["le parquet de Vannes"] * 2


def test_fr_il_after_a_man_named_since_the_body_spoke() -> None:
    text = (
        _FIRE + "Son directeur, Hugo Lemaire, est abattu. « Tout le stock de l'hiver est parti en fumée », "
        "a-t-il ajouté."
    )
    assert _speakers(text, "fr") == ["le parquet de Vannes", "Hugo Lemaire"]


@pytest.mark.parametrize(
    ("person", "pronoun", "expected"),
    [
        ("Le gérant du camping, Hugo Lemaire, reste prudent.", "il", "Le ministère de la Transition"),
        ("La maraîchère Inès Carvalho reste prudente.", "elle", "Inès Carvalho"),
    ],
    ids=["il: the ministry", "elle: not the ministry"],
)
def test_fr_pronoun_after_a_body_subject(person: str, pronoun: str, expected: str) -> None:
    text = (
        f"{person} Le ministère de la Transition écologique défend au contraire le nouveau plan. « Les "
        f"digues seront relevées avant l'hiver », indique-t-{pronoun} au quotidien."
    )
    assert _speakers(text, "fr") == [expected]


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        pytest.param(
            "it", "La piena è attesa a Cremona. L'ente che gestisce gli argini, Aiposud, in una nota ha "
            "precisato che «le arginature reggono senza problemi fino a nove metri».", ["Aiposud"],
            id="it: subject, the note, verb",
        ),
        pytest.param(
            "pt", "A chuva deixou desalojados em Ribeirão Verde. A concessionária que opera a rodovia, "
            "Viasul, em nota afirmou que «o trecho será liberado ainda nesta noite».", ["Viasul"],
            id="pt: subject, the note, verb",
        ),
        pytest.param(
            "it", "Il rifugio è isolato da martedì. «Le raffiche di vento hanno reso impossibile ogni volo "
            "fino a sera», si legge in una nota della Prefettura di Sondrio.", ["Prefettura di Sondrio"],
            id="it: the note's own complement names who wrote it",
        ),
        pytest.param(
            "pt", "A mineradora Vale informou em nota que «a barragem segue estável e monitorada dia e "
            "noite».", ["Vale"], id="pt: the note after the subject and its verb",
        ),
    ],
)
def test_the_note_a_statement_came_in_is_no_subject(language: str, text: str, speakers: list[str]) -> None:
    """`Aiposud in una nota ha precisato`, `Viasul em nota afirmou`: the writing a statement came in, a
    preposition and a statement noun before the verb, stands between the subject and its verb; the subject is
    read past it (was 'una nota', or none)."""
    assert _speakers(text, language) == speakers


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        pytest.param(
            "it", "Il Comune di Tirano ha aperto la palestra a chi ha lasciato casa. Ferralpina ha "
            "annunciato che il treno per Bormio ripartirà lunedì. «Le squadre rinforzano da ieri il ponte "
            "sul torrente», ha precisato la società.", ["Ferralpina"],
            id="it: the subject of the sentence before",
        ),
        pytest.param(
            "it", "Ferralpina ha annunciato che il treno per Bormio ripartirà lunedì. Il sindaco Marco Testa "
            "ha ringraziato il personale della Protezione civile. «Le squadre rinforzano da ieri il ponte "
            "sul torrente», ha precisato la società.", ["Protezione civile"],
            id="it: a person opens the sentence before",
        ),
        pytest.param(
            "pt", "O Ministério Público denunciou a Construtora Alfa por fraude. «Todas as obras seguiram a "
            "lei e as normas técnicas», afirmou a empresa.", ["Construtora Alfa"],
            id="pt: an authority acts on the company that answers",
        ),
        pytest.param(
            "pt", "A Prefeitura de Campinas multou a Sanasa Saneamento pelos atrasos. «Cumprimos o contrato "
            "em todos os pontos», afirmou a empresa.", ["Sanasa Saneamento"],
            id="pt: a town hall fines the company that answers",
        ),
        pytest.param(
            "it", "La Procura di Bergamo ha indagato la Edilnord Costruzioni per frode. «Ogni cantiere ha "
            "seguito le norme», ha spiegato la società.", ["Edilnord Costruzioni"],
            id="it: prosecutors act on the company that answers",
        ),
    ],
)
def test_a_body_named_by_its_kind_is_the_subject_before(
    language: str, text: str, speakers: list[str]
) -> None:
    """`Ferralpina ha annunciato … «…», ha precisato la società`: the noun of a body's kind names again the
    body the sentence before opens with as its subject (an anaphoric definite description), not the last
    body named; where a person opens that sentence, the last body named; where that sentence names another
    body too (`O Ministério Público denunciou a Construtora Alfa`), the one acted on may answer: the last
    body named."""
    assert _speakers(text, language) == speakers


_CLINIC = (
    "La consigliera regionale Carla Neri ha scritto alla Regione. «Aspettiamo una risposta da "
    "due anni», ha detto. La replica del direttore dell'azienda sanitaria, Ugo Ferri, è arrivata in serata. "
    "«Il reparto riaprirà in primavera», ha spiegato. "
)


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        pytest.param(
            "it", _CLINIC + "La consigliera non si è arresa. «Ci hanno già dato tre date diverse. Vogliamo "
            "un impegno scritto».", ["Carla Neri", "Ugo Ferri", "Carla Neri"], id="it: the role named again",
        ),
        pytest.param(
            "it", _CLINIC + "Il direttore Ugo Ferri non si è scomposto. «Ci hanno già dato tre date diverse. "
            "Vogliamo un impegno scritto».", ["Carla Neri", "Ugo Ferri", "Ugo Ferri"],
            id="it: the role and name",
        ),
        pytest.param(
            "pt", "A vereadora de Itaúna, Carla Neves, escreveu à secretaria de saúde. «Esperamos há dois "
            "anos», disse. A resposta do diretor do hospital, Hugo Ferraz, chegou à noite. «A ala reabre na "
            "primavera», explicou. A vereadora não se conformou. «Já nos deram três datas. Queremos um "
            "compromisso por escrito».", ["Carla Neves", "Hugo Ferraz", "Carla Neves"],
            id="pt: the role named again",
        ),
        pytest.param(
            "it", _CLINIC + "Una paziente non si dà pace. «Ci hanno già dato tre date diverse. Vogliamo un "
            "impegno scritto».", ["Carla Neri", "Ugo Ferri", None], id="it: someone unnamed",
        ),
    ],
)
def test_a_negation_closes_the_subject_before_its_verb(
    language: str, text: str, speakers: list[str | None]
) -> None:
    """`La consigliera non si è arresa. «…»`: the negation stands right before the verb and its clitics, so
    the subject ends before it and names the person again (was the words up to the verb, 'La consigliera
    non si', or the last speaker)."""
    assert _speakers(text, language) == speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le vigneron Paul Arnaud a perdu sa récolte sous la grêle. Le ministère de l'Agriculture annonce "
            "un fonds d'urgence. « Je ne replanterai pas », murmure-t-il.",
            "Paul Arnaud",
        ),
        (
            "Le sénateur Marc Vidal a interpellé le gouvernement sur les prisons. Le ministère de la Justice "
            "conteste ces chiffres. « Il faut un audit indépendant », répète-t-il.",
            "Marc Vidal",
        ),
        (
            "Le sénateur Marc Vidal a interpellé le gouvernement sur les prisons. « Les chiffres de la "
            "surpopulation sont publics depuis des années », a répondu le ministère de la Justice. « Il faut "
            "un audit indépendant », répète-t-il.",
            "Marc Vidal",
        ),
        (
            "La conseillère Julie Roux a dénoncé la fermeture de la maternité. « Aucune décision n'a été "
            "prise sur l'avenir du service », a répondu la préfecture de l'Aisne. « Je maintiens ce que j'ai "
            "dit », insiste-t-elle.",
            "Julie Roux",
        ),
    ],
    ids=["je: the man", "a man opened the paragraph", "an exchange: il", "an exchange: elle"],
)
def test_fr_pronoun_after_a_body_is_the_person_who_opened_the_paragraph(text: str, expected: str) -> None:
    """The pronoun after a body named by its noun is still the person of its gender who was the subject
    of an earlier sentence of the paragraph, and never a body where the quote says "je"."""
    assert _speakers(text, "fr")[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "it", "Le Cantine Vallorsa hanno comprato i vigneti dell'Agricola Pietrasanta. «Nessun "
            "vendemmiatore perderà il posto», ha promesso la società acquirente.", "Cantine Vallorsa",
            id="it: the buyer is the subject, the seller after it",
        ),
        pytest.param(
            "it", "La Cantina Vallorsa, guidata da Ilario Tesei, ha comprato i vigneti di Poggio Alto. "
            "«Nessun vendemmiatore perderà il posto», ha promesso la società acquirente.", "Cantina Vallorsa",
            id="it: a chief executive and a place of two words after the buyer",
        ),
        pytest.param(
            "es", "Autocares Lince ha adquirido la flota de Transportes Morcuera. «Ninguna ruta va a "
            "desaparecer», prometió la empresa compradora.", "Autocares Lince",
            id="es: the buyer is the subject",
        ),
    ],
)
def test_a_kind_noun_and_an_agent_adjective_names_the_subject_before(
    language: str, text: str, expected: str
) -> None:
    """Near miss (review 19b M3): the noun of a body's kind and an agent adjective (`acquirente`,
    `compradora`) name again the subject of the sentence before, even where that sentence names a second
    body, a person or a place beside it."""
    assert _speakers(text, language)[-1] == expected
