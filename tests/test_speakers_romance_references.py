"""Italian and Portuguese reported speech (session 18), on invented sentences about fictional people
and bodies: a body named again by the noun of its kind and an adjective after it ("la società
gialloverde", "a empresa algarvia"), kin nouns, according-to relatives, topic labels, two-sex first
names, pronominal verbs and dropped subjects."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "it", "La Pallavolo Lagonera ha ceduto la schiacciatrice Irene Vasi a un club turco. «Era "
            "un'offerta impossibile da rifiutare per noi», ha spiegato la società gialloverde sul suo sito.",
            "Pallavolo Lagonera", id="it: la società gialloverde",
        ),
        pytest.param(
            "pt", "A Conservas Ribamar despediu o gerente Paulo Fontes. «Os trabalhadores vão ser todos "
            "recolocados noutras fábricas», garantiu a empresa algarvia.", "Conservas Ribamar",
            id="pt: a empresa algarvia",
        ),
    ],
)
def test_a_kind_noun_and_its_adjective_name_the_body_again(language: str, text: str, expected: str) -> None:
    """Where the adjective follows its noun, "the company" and a lower-case word after it (a colour, a
    region) is the body the text named before, not a common noun phrase kept as written."""
    assert _speakers(text, language)[-1] == expected


def test_a_person_noun_and_its_adjective_are_no_body() -> None:
    """Near miss: a noun and an adjective after it where the noun is no body's kind (`la madre
    commossa`) are no body named again."""
    text = (
        "La Pallavolo Lagonera ha ceduto la schiacciatrice Irene Vasi a un club turco. «Mia figlia ha dato "
        "tutto per questa maglia», ha detto la madre commossa."
    )
    assert _speakers(text, "it")[-1] != "Pallavolo Lagonera"


_HEAD = (
    "Il preside Carlo Fonti ha chiuso la scuola per la neve. «Le strade sono ghiacciate», ha spiegato "
    "Fonti.\n"
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            "it", _HEAD + "In cortile i ragazzi costruiscono pupazzi. La sorella commenta: «Speriamo che "
            "domani resti tutto chiuso».", id="it: la sorella",
        ),
        pytest.param(
            "pt", "O treinador Nuno Faria cancelou o treino por causa da chuva. «O relvado está "
            "alagado», explicou Faria.\nNa bancada ficaram só os miúdos. A avó comenta: «Eles não "
            "querem ir para casa».",
            id="pt: a avó",
        ),
    ],
)
def test_a_kin_noun_opening_its_sentence_brings_in_someone_unnamed(language: str, text: str) -> None:
    """A definite kin noun opening its sentence, as the speaker's subject, in a text that spoke of no tie
    before, is a relative of someone (its possessor left unsaid), not the person last named."""
    assert _speakers(text, language)[-1] is None


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "it", _HEAD + "Tra i genitori c'era anche Sara Fonti, la sorella del preside. La sorella "
            "commenta: «Carlo ha fatto bene, non si gioca con la neve».", "Sara Fonti",
            id="it: the kin noun named before",
        ),
        pytest.param(
            "it", "Giulia Resta ha ritrovato la figlia dopo due giorni di ricerche nel bosco. La madre "
            "commenta: «Non ho mai smesso di sperare».", "Giulia Resta", id="it: another kin noun before",
        ),
        pytest.param(
            "it", "Davide Orsi, il papà del piccolo Tommaso, ha aspettato fuori dal pronto soccorso. «Ora "
            "sta bene», dice. Il padre commenta: «Ringrazio tutti i medici».", "Davide Orsi",
            id="it: a synonym kin noun before",
        ),
        pytest.param(
            "fr", "Hélène Brun a retrouvé son fils après une nuit de recherches. La mère confie : « Je n'ai "
            "jamais cessé d'y croire ».", "Hélène Brun", id="fr: another kin noun before",
        ),
        pytest.param(
            "es", "Inés Medina cruzó la frontera con su hija pequeña en brazos. «Caminamos tres días sin "
            "comida», contó la madre.", "Inés Medina", id="es: after its verb",
        ),
    ],
)
def test_a_kin_noun_after_a_tie_the_text_spoke_of_names_again(
    language: str, text: str, expected: str
) -> None:
    """Near misses: once the text has spoken of a tie (a kin noun given to someone, or another kin noun
    beside a named person), the kin noun names that person again; after its verb it may name again a
    mother just shown with her child."""
    assert _speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "it", "Il sindaco Bruno Tosi vuole riaprire la strada del passo. «La montagna è sicura», ha "
            "assicurato Tosi.\nTra i contrari anche il geologo Enrico Valli, secondo cui il versante si "
            "muove ancora. «Servono almeno due mesi di misure», ha avvertito.", "Enrico Valli",
            id="it: secondo cui",
        ),
        pytest.param(
            "pt", "O secretário Rui Matos falou na câmara. «Precisamos de tempo para decidir», disse o "
            "secretário.\nO vereador Paulo Reis, segundo o qual as contas não fecham, pediu a palavra. "
            "«Vocês querem aprovar sem números», disse.", "Paulo Reis", id="pt: segundo o qual",
        ),
    ],
)
def test_according_to_whom_gives_the_view_of_the_person_before_it(
    language: str, text: str, expected: str
) -> None:
    """`X, secondo cui …`: the according-to relative reports the view of its antecedent, named right
    before the comma; the pro-drop verb of the quote after that sentence is theirs."""
    assert _speakers(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "it", "La ministra Elena Sarti ha replicato al sindacalista Bruno Gatti, secondo cui i turni "
            "sono troppo lunghi. «Nessuno lavorerà più di otto ore», ha assicurato.", "Elena Sarti", id="it",
        ),
        pytest.param(
            "pt", "A diretora Sofia Nunes contrariou o médico Hugo Sá, segundo o qual faltam camas no "
            "hospital. «Temos camas para todos», garantiu.", "Sofia Nunes", id="pt",
        ),
    ],
)
def test_according_to_whom_after_an_object_leaves_the_subject_speaking(
    language: str, text: str, expected: str
) -> None:
    """Near miss: after the sentence's verb, the person before `secondo cui` is its object, whose view the
    subject answers; the pro-drop verb after the quote stays the subject's."""
    assert _speakers(text, language)[-1] == expected


def test_according_to_whom_after_a_body_names_no_person() -> None:
    """Near miss: the relative's antecedent is a body's report, not the person who cited it; the reply
    is the mayor's, who spoke before."""
    text = (
        "Il sindaco Ettore Riva ha parlato a lungo. «Non ci sono soldi per tutti», ha detto Riva.\nIn aula "
        "Luca Ferri ha citato la relazione della Corte dei conti, secondo cui il bilancio non regge. «I "
        "conti sono in ordine e lo dimostreremo», ha replicato."
    )
    assert _speakers(text, "it")[-1] == "Ettore Riva"


_STAGE = (
    "La ciclista Marta Lodi ha commentato la tappa appena tagliato il traguardo. «Le gambe giravano "
    "bene», ha raccontato la campionessa. "
)


def test_a_topic_after_an_adverb_of_sequence_lets_the_speaker_go_on() -> None:
    """`Poi, sulla caduta …: «…»`: a verbless phrase opened by a preposition, after an adverb of sequence
    and its comma, names what the speaker went on to talk about; the place in it is no speaker."""
    text = _STAGE + "Poi, sulla caduta nella discesa verso Passo Rolle: «Ho avuto solo paura, niente di "
    text += "rotto»."
    assert _speakers(text, "it")[-1] == "Marta Lodi"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "it", _STAGE + "Poi, sul podio montato all'arrivo, è salito il direttore sportivo Ivo "
            "Ranieri: «La maglia resta nostra fino a Roma».", "Ivo Ranieri", id="it: a clause with its verb",
        ),
        pytest.param(
            "it", _STAGE + "E per la direttrice sportiva Anna Vitale: «Domani si corre in difesa».",
            "Anna Vitale", id="it: a person heading the phrase",
        ),
        pytest.param(
            "es", "La ciclista Nuria Prado habló en la meta. «Hoy sufrí mucho», contó la corredora. Y para "
            "el director Tomás Ferrer: «Mañana toca defender el liderato».", "Tomás Ferrer",
            id="es: a person heading the phrase",
        ),
    ],
)
def test_a_clause_or_a_person_after_an_adverb_of_sequence_names_the_speaker(
    language: str, text: str, expected: str
) -> None:
    """Near misses: after `Poi,` a clause with its verb brings in a new speaker, and a phrase headed by a
    person (`E per il direttore X:`) gives that person's view, no topic."""
    assert _speakers(text, language)[-1] == expected


def test_a_topic_about_a_person_lets_the_speaker_go_on() -> None:
    """Near miss: with no conjunction or adverb before it, `Sulla gregaria X: «…»` is what the interviewee
    spoke about; X, the person the phrase is about, does not speak."""
    text = _STAGE + "Sulla gregaria Elisa Tonti: «Senza il suo lavoro in salita oggi non avrei mai vinto»."
    assert _speakers(text, "it")[-1] == "Marta Lodi"


def test_a_first_name_given_to_both_sexes_takes_the_sex_of_the_articles_country() -> None:
    """gender-guesser gives "Luca" and "Rui" to both sexes across countries; the country of the article's
    language tells where no large country gives the name mostly to the other sex: "Luca" a man's name in
    Italy, "Rui" in Portugal; "Andrea" and "Simone" (men in Italy, women in Spain, France or Germany) stay
    unknown everywhere."""
    from digest.lang.names import first_name_gender

    assert first_name_gender("Luca") is None
    assert (first_name_gender("Luca", "it"), first_name_gender("Rui", "pt")) == ("m", "m")
    assert {first_name_gender(n, lang) for n in ("Andrea", "Simone") for lang in ("it", "es", "fr")} == {None}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "es", "El tenor Andrea Sala cantó el sábado en Sevilla. La alcaldesa Lucía Gil lo recibió en "
            "el palacio. «Es un orgullo para la ciudad», dijo Gil. «Volveré con mi orquesta el año que "
            "viene», prometió él.", "Andrea Sala", id="es: Andrea",
        ),
        pytest.param(
            "fr", "La présidente du club, Odile Marchal, a présenté le nouvel entraîneur, Simone Parodi. "
            "« Il a toute notre confiance », a dit Marchal. « Nous jouerons chaque match pour gagner », "
            "a-t-il promis.",
            "Simone Parodi", id="fr: Simone",
        ),
    ],
)
def test_he_may_be_a_man_whose_first_name_another_country_gives_women(
    language: str, text: str, expected: str
) -> None:
    """Near misses: an Italian man in Spanish or French news keeps a name the local country gives women;
    "él"/"il" after him is him, not the woman named after him."""
    assert _speakers(text, language)[-1] == expected


_LAUNCH = (
    "La scrittrice Laura Fermi ha presentato il romanzo in biblioteca. «Ci ho messo sei anni a finirlo», ha "
    "raccontato Fermi. "
)


def test_si_e_detto_is_the_pronominal_verb_of_its_subject() -> None:
    """`X si è detto «felice …»`: the copula after the reflexive clitic is the auxiliary of "dirsi", no
    part of the subject, who speaks."""
    text = _LAUNCH + "L'editore Guido Sarti si è detto «felice di una scommessa vinta contro tutti» davanti "
    text += "al pubblico."
    assert _speakers(text, "it")[-1] == "Guido Sarti"


def test_a_copula_with_no_clitic_before_it_is_no_speech() -> None:
    """Near miss: `X è «…», ha aggiunto Y`: the copula without a clitic is the sentence's verb; the speaker
    is the one the speech verb after the quote names."""
    text = _LAUNCH + "L'editore Guido Sarti è «felice di una scommessa vinta contro tutti», ha aggiunto "
    text += "Fermi."
    assert _speakers(text, "it")[-1] == "Laura Fermi"


_SITE = (
    "La ministra Carla Neri ha visitato il cantiere del ponte. «I lavori finiranno entro giugno», ha detto "
    "Neri.\nIl sindaco Oreste Alti è rimasto in disparte per tutta la visita. "
)


def test_a_subjectless_clause_after_a_phrase_of_time_goes_on_with_the_subject_before() -> None:
    """`In mattinata aveva già firmato l'ordinanza: «…»`: a phrase of time with no comma, then the verb with
    its subject left out (pro-drop): the one the sentence before spoke of goes on, not the last speaker."""
    text = _SITE + "In mattinata aveva già firmato l'ordinanza: «Da lunedì il traffico passerà dal centro»."
    assert _speakers(text, "it")[-1] == "Oreste Alti"


@pytest.mark.parametrize(
    "clause",
    [
        pytest.param("In serata l'assessore Bruno Galli aveva spiegato il piano: ", id="a name"),
        pytest.param("In serata il prefetto aveva firmato il piano: ", id="a role noun"),
    ],
)
def test_a_subject_after_the_phrase_of_time_is_no_dropped_subject(clause: str) -> None:
    """Near misses: a second noun phrase after the phrase of time (a name, or a determiner and a noun) is
    the clause's subject; the mayor of the sentence before does not go on."""
    text = _SITE + clause + "«Le linee dei bus cambieranno percorso per tre mesi»."
    assert _speakers(text, "it")[-1] != "Oreste Alti"
