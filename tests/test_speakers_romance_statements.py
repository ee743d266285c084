"""Statements and their speakers in French, Spanish and Portuguese news writing (session 17), on invented
sentences about fictional people and bodies: a note quoted as "the text" after the sentence that says who
issued it; "soutenir" as a speech verb; "l'établissement public" naming the body given before; "Réponse de
la conseillère : « … »"; a fronted source with an impersonal subject ("Du côté de X, on …", "Desde X
indicaron …"); asides that point at nobody ("De son côté,"); a participle describing a noun; the Galician
"do" in an office's name."""

from __future__ import annotations

import pytest

from digest.quotes.document import _HYPHENED_NAME
from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


_PT_NOTE = (
    "O barqueiro Tomé Aranha Brito faz a travessia do estuário desde 1998. \"Nunca vi tanto nevoeiro\", "
    "contou ele. A Companhia Fluvial do Litoral opera as barcas desde 2004.\n\n"
    "{subject} comunicou ontem à noite que as viagens para Joaquina e Ribeira Alta ficam canceladas até "
    "domingo. \"Os barcos voltam ao rio assim que a visibilidade permitir\", diz o texto."
)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("A empresa", "Companhia Fluvial do Litoral"),
        ("A Barcasul", "Barcasul"),
    ],
)
def test_pt_the_text_is_the_note_of_whoever_issued_it(subject: str, expected: str) -> None:
    """`"…", diz o texto`: the text is the note the sentence before spoke of, so its issuer speaks, not
    the places that sentence names last."""
    assert _speakers(_PT_NOTE.format(subject=subject), "pt")[-1] == expected


def test_pt_the_text_of_a_person_is_hers() -> None:
    """Near miss: a letter written by a person named in the sentence before is hers, not a body's or a
    place's."""
    text = (
        "A vereadora Joana Prates Vilela publicou uma carta aberta aos moradores de Pontal e Cedral. "
        "\"Ninguém ficará sem água enquanto eu tiver mandato\", diz o texto."
    )
    assert _speakers(text, "pt") == ["Joana Prates Vilela"]


def test_pt_a_text_spoken_of_is_no_speaker() -> None:
    """Near miss: "o texto" as what a named speaker talks about leaves her the speaker."""
    text = (
        "A deputada Rita Moura Lemos criticou o projeto de lei. \"Não vamos aprovar isso sem emendas\", "
        "disse a deputada sobre o texto."
    )
    assert _speakers(text, "pt") == ["Rita Moura Lemos"]


def test_fr_soutenir_reports_speech() -> None:
    """`« … », soutient son avocat, Me X`: "soutenir" (to maintain, to argue) is a verb of speech."""
    text = (
        "L'avocate des riverains, Me Laure Bastide, a dénoncé « un mépris total ». « Personne ne nous a "
        "prévenus », a-t-elle plaidé.\n\nLa défense de l'exploitant, une société anonyme, conteste toute "
        "négligence. « Mon client a respecté chaque norme en vigueur », soutient son avocat, Me Hugo Ferrand."
    )
    assert _speakers(text, "fr") == ["Laure Bastide", "Hugo Ferrand"]


def test_fr_soutenir_as_support_leaves_the_pronoun_its_subject() -> None:
    """Near miss: "soutient la candidature de X" is support, not speech; the pronoun after the quote is the
    one who supports."""
    text = (
        "Le maire Paul Girard soutient la candidature de Claire Dumas. « Elle connaît chaque rue du "
        "quartier », a-t-il déclaré."
    )
    assert _speakers(text, "fr") == ["Paul Girard"]


_FR_INSTITUTE = (
    "Le préfet de la Savoie, Louis Marchetti, a visité la station mardi. « Nous surveillons la situation de "
    "près », a-t-il dit.\n\nL'Observatoire régional de la neige publie un bilan inquiétant. « Le manteau "
    "neigeux recule de dix jours par décennie », précise l'établissement public.\n\nDans sa dernière note, "
    "l'établissement public relève que « les avalanches tardives se multiplient »."
)


def test_fr_the_public_establishment_is_the_body_named_before() -> None:
    """`précise l'établissement public`, `l'établissement public relève que « … »`: the noun of a public
    body's kind (after its elided article it is a noun, no adverb in -ment) names the body given before."""
    assert _speakers(_FR_INSTITUTE, "fr") == ["Louis Marchetti", *["Observatoire régional de la neige"] * 2]


_FR_CLINIC = (
    "Les urgences débordent depuis lundi. « Nous n'avons plus de brancards », explique l'infirmière Odile "
    "Berthier.\nLe CISR de {} reconnaît une « période tendue ». « Des lits ont été ouverts », a indiqué "
    "l'établissement par courriel."
)


@pytest.mark.parametrize(
    "place", ["l'Anse-de-l'Étang-Bleu", "Port-d'Ysel", "l'Anse-Bleue"],
    ids=["de l'…-de-l'…", "-d'", "no elision"],
)
def test_fr_a_body_serves_a_place_of_hyphened_words_with_an_elision_inside(place: str) -> None:
    """`le CISR de l'Anse-de-l'Étang-Bleu`, then `l'établissement`: the body's name runs on over the place
    it serves, hyphened words with an elided particle inside, as over `Pointe-à-Pitre` (not its acronym
    alone)."""
    assert _speakers(_FR_CLINIC.format(place), "fr")[-1] == f"CISR de {place}"


def test_fr_an_apostrophe_outside_a_hyphened_particle_is_no_place_word() -> None:
    """Near miss: only a particle elided after a hyphen (`-d'`, `-l'`) is read inside a place's name; an
    apostrophe elsewhere (`O'Neil`, `Ysel'`) is not."""
    assert _HYPHENED_NAME.fullmatch("Anse-de-l'Étang-Bleu")
    assert not _HYPHENED_NAME.fullmatch("O'Neil")
    assert not _HYPHENED_NAME.fullmatch("Port-Ysel'")


def test_fr_a_person_of_the_establishment_is_named() -> None:
    """Near miss: `le directeur de l'établissement, X` is the person named, not the body; an adverb in
    -ment before the subject is still skipped (`répond prudemment le syndicat`)."""
    text = (
        "« Nous manquons de moniteurs », précise le directeur de l'établissement, Marc Royer.\n\nLe "
        "Syndicat des guides de Chamonix a fermé deux voies. « La neige manque sur les hauteurs », répond "
        "prudemment le syndicat."
    )
    assert _speakers(text, "fr") == ["Marc Royer", "Syndicat des guides de Chamonix"]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Le collège Marcel-Pagnol ferme sa cantine.", "Marcel-Pagnol"),
        ("Le proviseur Marcel Gosset ferme la cantine.", "Marcel Gosset"),
    ],
    ids=["a school named by its kind", "near miss: a person opening the sentence"],
)
def test_fr_the_establishment_is_the_place_named_before(opening: str, expected: str) -> None:
    """`Le collège X … « … », indique l'établissement`: where no body was named, the name after the common
    noun opening the sentence before speaks; a person named there (a first name) is no such place, and
    stays the one the older rules credit, not `proviseur Marcel Gosset`."""
    text = f"{opening} « Les repas reprendront en mars », indique l'établissement."
    assert _speakers(text, "fr") == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "fr", "La conseillère municipale Odile Ferrand a présenté le projet de piste cyclable. Son "
            "opposant, Henri Castel, a dénoncé « un projet mal ficelé ». « Les commerçants vont perdre leurs "
            "clients », a-t-il affirmé.\n\nRéponse de la conseillère municipale : « Aucune place de "
            "stationnement ne disparaît. Relisez le dossier. »", "Odile Ferrand", id="fr: Réponse de la",
        ),
        pytest.param(
            "fr", "La procureure Bérengère Garrigue a demandé une amende. Me Yves Drouin, pour le brasseur, "
            "conteste. « Mon client ignorait tout des cuves », a-t-il dit. Réplique de la procureure : "
            "« Il signait chaque registre de sa main ».", "Bérengère Garrigue", id="fr: Réplique de la",
        ),
        pytest.param(
            "es", "La consejera de Sanidad, Lucía Beltrán Ortega, presentó el plan de urgencias. El portavoz "
            "de la oposición, Andrés Molina, criticó los plazos. «Llega tarde y sin dinero», dijo.\n\n"
            "Respuesta de la consejera: «El dinero está en el presupuesto desde enero».",
            "Lucía Beltrán Ortega", id="es: Respuesta de la",
        ),
    ],
)
def test_words_of_a_role_before_a_colon(language: str, text: str, expected: str) -> None:
    """`Réponse de la conseillère : « … »`: a noun for someone's words, then whose they are (a role the
    text gave a person), then a colon: that person speaks, not the one who spoke last."""
    assert _speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La ministre Hélène Roussel a promis des crédits. Au sujet de la réponse de la ministre, le "
            "maire Paul Girard a déclaré : « Ce ne sont que des mots ».",
            "Paul Girard",
        ),
        (
            "Le maire de Vernon, Paul Girard, a présenté le budget. Henri Castel, chef de l'opposition, a "
            "dénoncé des hausses. « Les impôts vont exploser », a-t-il affirmé.\n\nCastel a ensuite lu la "
            "réponse de la mairie : « Les taux ne bougent pas ».",
            "Henri Castel",
        ),
    ],
    ids=["a word noun inside a phrase, then a subject", "a verb and its subject before the noun"],
)
def test_words_of_near_misses(text: str, expected: str) -> None:
    """Near misses: where the noun for words is no label opening the sentence, its verb's subject speaks."""
    assert _speakers(text, "fr")[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "fr", "Le maire Gilles Perrot a ouvert le conseil. « Le pont sera repeint », a dit Perrot. "
            "Réponse de Perrot à Lise Carrère : « La peinture est déjà commandée ».", "Gilles Perrot",
            id="fr: à",
        ),
        pytest.param(
            "de", "Landrat Ulf Hebbel eröffnete die Sitzung. „Die Fähre fährt wieder“, sagte Hebbel. "
            "Antwort von Hebbel an Greta Lind: „Der Fahrplan steht schon fest.“", "Ulf Hebbel", id="de: an",
        ),
        pytest.param(
            "es", "El alcalde Tomás Olaberri abrió el pleno. «El puente se pintará», dijo Olaberri. "
            "Respuesta de Olaberri a Nerea Ibarra: «La pintura ya está comprada».", "Tomás Olaberri",
            id="es: a",
        ),
    ],
)
def test_words_of_stop_at_the_addressee(language: str, text: str, expected: str) -> None:
    """Near miss: `Réponse de Perrot à Lise Carrère : « … »`: the owner is the name right after the
    preposition (a surname, as named before), not the addressee after `à`, `an`, `a`."""
    assert _speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "fr", "Le funiculaire s'est arrêté deux fois en une semaine. « Personne ne nous dit rien », "
            "regrette la conductrice Soizic Guern.\n\nDu côté de la Funival, qui gère la ligne pour la "
            "commune, on évoque « une usure ordinaire des câbles ».", "Funival",
            id="fr: Du côté de X, on",
        ),
        pytest.param(
            "es", "La jefa del parque de bomberos, Lorena Casal Pombo, pidió más camiones. «Vamos justos», "
            "dijo.\n\nDesde la Diputación de Soria, de la que depende el parque comarcal, "
            "indicaron que «los vehículos llegarán en otoño».", "Diputación de Soria",
            id="es: Desde X, relative clause, plural",
        ),
    ],
)
def test_fronted_source_with_an_impersonal_subject(language: str, text: str, expected: str) -> None:
    """`Du côté de la mairie, on assure que « … »`, `Desde la Consejería indicaron que «…»`: the place a
    statement comes from opens the sentence and the verb's subject is impersonal or left out: the body
    speaks (a textbook construction of both languages), not the person quoted before."""
    assert _speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "fr", "Du côté de la Funival, le directeur Marc Royer évoque « une usure ordinaire des "
            "câbles ».", "Marc Royer", id="fr: a named subject",
        ),
        pytest.param(
            "es", "Desde la Guardia Civil, el teniente Luis Prieto Gil indicó que «nadie debe detenerse en "
            "la autovía».", "Luis Prieto Gil", id="es: a named subject",
        ),
    ],
)
def test_fronted_source_near_misses(language: str, text: str, expected: str) -> None:
    """Near misses: a subject named after the fronted phrase speaks, not the body."""
    assert _speakers(text, language)[-1] == expected


_FR_ASIDE = (
    "Le maire de Vénissieux, Paul Girard, s'est rendu sur place. « Rien ne vient jamais », a-t-il "
    "déclaré.\n\n"
    "De son côté, {subject} « des renforts seront déployés dès lundi » dans le secteur."
)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("la préfecture du Rhône fait savoir que", "préfecture du Rhône"),
        ("la commissaire Julie Perrin assure que", "Julie Perrin"),
        ("il promet que", "Paul Girard"),
    ],
    ids=["a body after the aside", "near miss: a person named", "near miss: a pronoun"],
)
def test_fr_de_son_cote_is_an_aside(subject: str, expected: str) -> None:
    """`De son côté, la préfecture fait savoir que « … »`: "de son côté" ("for its part") between commas is an
    aside whose possessive points at nobody: the subject after it speaks, whoever spoke before."""
    assert _speakers(_FR_ASIDE.format(subject=subject), "fr")[-1].removeprefix("la ") == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("a posé sur la table les devis évoqués la veille", "Agnès Poulain"),
        ("a évoqué des devis jamais signés", "Agnès Poulain"),
    ],
    ids=["a participle describing a noun", "near miss: a participle after its auxiliary"],
)
def test_fr_a_participle_after_a_noun_reports_nothing(clause: str, expected: str) -> None:
    """`les devis évoqués`: a past participle right after a noun and its determiner, no auxiliary before
    it, describes the noun; the pronoun after the quote is the subject of the sentence before, not "les
    devis" as the subject of a speech verb."""
    text = (
        "Le trésorier du club de voile, Bruno Teyssier, 47 ans, a présenté les comptes. « Tout est en "
        f"ordre », a-t-il assuré.\n\nLa maire de Port-Lalande, Agnès Poulain, {clause}. « Qui paiera les "
        "nouveaux pontons, alors ? », a-t-elle lancé."
    )
    assert _speakers(text, "fr")[-1] == expected


def test_es_galician_do_opens_a_complement() -> None:
    """`El conselleiro do Mar, Xosé Arcos Bouzas, …`: the Galician "do" (of the) in a body's or an office's
    name the Spanish press keeps opens a complement, so "Mar" (also a first name) is no person there."""
    text = (
        "Los mariscadores de la playa de Area Longa protestan por el cierre. «Llevamos un mes sin faenar», "
        "cuenta su portavoz, Sabela Lema.\n\nEl conselleiro do Mar, Xosé Arcos Bouzas, visitó el puerto el "
        "viernes. Al salir, prometió que los bancos «volverán a abrirse antes de Navidad»."
    )
    assert _speakers(text, "es") == ["Sabela Lema", "Xosé Arcos Bouzas"]


def test_es_do_inside_a_persons_name_stays() -> None:
    """Near miss: "do" inside a Brazilian player's name still joins it."""
    text = (
        "El delantero brasileño Marcelo do Nascimento firmó por tres temporadas. «Vengo a ganar títulos», "
        "aseguró."
    )
    assert _speakers(text, "es") == ["Marcelo do Nascimento"]


def test_es_a_capitalised_do_opens_a_surname() -> None:
    """Near miss: `dijo Do Vale`: the particle written with a capital after the verb is the surname's own,
    not the Galician preposition."""
    text = (
        "La entrenadora Ana Ruiz presentó al equipo. «Vamos a por la liga», dijo Ruiz. «Aquí me siento en "
        "casa», dijo Do Vale tras el entrenamiento."
    )
    assert _speakers(text, "es")[-1] == "Do Vale"


_PT_ACRONYM = (
    "A lota de Vila Serena fechou na terça-feira por ordem da Autoridade Regional das Pescas (ARP).\n\n"
    "Numa nota enviada às redações, {subject} explica que as análises detetaram algas tóxicas na baía, "
    "segundo o Laboratório Marinho de Ponta Alva, desde o fim de semana. A proibição “vale para todos os "
    "bivalves até novos resultados”, acrescenta a nota.\n\nO presidente da cooperativa de pescadores, "
    "Abel Vidigal Costa, lamentou a decisão. “São "
    "três semanas sem vender nada”, queixou-se."
)


def test_pt_a_bodys_acronym_opening_the_sentence_before_issued_the_note() -> None:
    """`Numa nota, a ARP explica que … «…», acrescenta a nota`: an acronym the text spelt out before is
    the body (by its full name), not a surname standing for a person named earlier."""
    expected = "Autoridade Regional das Pescas"
    assert _speakers(_PT_ACRONYM.format(subject="a ARP"), "pt")[0] == expected


def test_pt_a_surname_opening_the_sentence_before_is_no_body() -> None:
    """Near miss: a person's surname there is still no body that issued the note."""
    text = "A Capitania do Porto acompanhou o caso. " + _PT_ACRONYM.format(subject="Costa")
    assert _speakers(text, "pt")[0] in {None, "Abel Vidigal Costa"}


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "es", "Las lonjas abren más tarde desde enero. La carta de la Cofradía de Pescadores de Burela "
            "advierte: «Los barcos tendrán que faenar dos horas más».", "Cofradía de Pescadores de Burela",
            id="es, a colon",
        ),
        pytest.param(
            "es", "Las lonjas abren más tarde desde enero. El informe de la Cofradía de Pescadores de Burela "
            "advierte que los barcos \"tendrán que faenar dos horas más\" cada semana.",
            "Cofradía de Pescadores de Burela", id="es, que",
        ),
        pytest.param(
            "fr", "Les fournils ferment plus tôt cet hiver. Le communiqué du Syndicat des meuniers du Gers "
            "affirme que « le sac de farine a doublé de prix en trois hivers ».",
            "Syndicat des meuniers du Gers", id="fr",
        ),
        pytest.param(
            "it", "Le funivie restano ferme fino a Pasqua. La lettera della Camera di Commercio di Sondrio "
            "avverte che nessuna cabina «potrà ripartire senza collaudo» prima dell'estate.",
            "Camera di Commercio di Sondrio", id="it",
        ),
    ],
)
def test_a_document_of_a_named_body_as_subject_is_the_body(language: str, text: str, speaker: str) -> None:
    """`La carta de la Cofradía advierte: «…»`: the document's genitive names who wrote it, and the writer
    speaks when the document is the subject of the statement verb that opens the quote."""
    assert _speakers(text, language) == [speaker]


def test_the_author_of_a_document_is_the_person_named() -> None:
    """Near miss: the subject is a person described by the document (`La firmante de la carta de la X,
    Name`), not the document: she speaks, not the body."""
    text = (
        "Las lonjas abren más tarde. La firmante de la carta de la Cofradía de Pescadores de Burela, Ximena "
        "Olabarrieta, advierte: «Los barcos tendrán que faenar dos horas más»."
    )
    assert _speakers(text, "es") == ["Ximena Olabarrieta"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "es", "La carta de la Cofradía de Pescadores contestaba a Ximena Olabarrieta, que había dicho "
            "que las nuevas lonjas eran \"un parche que no dura ni un invierno\".", "Ximena Olabarrieta",
            id="es, a relative clause names the speaker",
        ),
        pytest.param(
            "es", "La carta de la Cofradía de Pescadores fue rechazada por Ximena Olabarrieta, que dijo que "
            "era \"un parche que no dura ni un invierno\".", "Ximena Olabarrieta",
            id="es, a passive names another",
        ),
        pytest.param(
            "pt", "A carta da Ordem dos Veterinários foi rejeitada por Ximena Olabarrieta, que a considerou "
            "\"um remendo que não dura um inverno\".", None, id="pt, a passive names another",
        ),
    ],
)
def test_a_document_whose_clause_names_another_speaker_is_not_the_speaker(
    language: str, text: str, speaker: str | None
) -> None:
    """Near misses (review 22b M10): a relative clause ("que había dicho") or a passive ("por X") names
    someone else between the document and the quote: the document's author does not speak."""
    assert _speakers(text, language)[-1] == speaker
