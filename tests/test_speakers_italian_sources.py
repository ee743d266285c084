"""Italian bodies a statement comes from (session 17), on invented sentences about fictional people and
bodies: a plural verb with no subject and the place the statement comes from ("fanno sapere dall'ente",
"Dall'Agenzia … fanno sapere che", "Spiegano dal Comune di … che"), the preposition elided and glued to
its noun or opening the sentence before a capital; a singular verb there keeps its own subject."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes

_OPENING = "Il consigliere Mario Verdi critica il piano. «Così non si può andare avanti», insiste Verdi. "


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "it")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _OPENING + "Anche l'Acquaviva, l'azienda che gestisce la rete idrica, è intervenuta. «Entro "
            "aprile saranno sostituiti tutti i contatori del quartiere», fanno sapere dall'azienda.",
            "Acquaviva", id="fanno sapere dall'azienda: the body named before",
        ),
        pytest.param(
            _OPENING + "Dall'Agenzia per l'ambiente fanno sapere che «le verifiche sugli argini sono state "
            "completate».", "Agenzia per l'ambiente", id="Dall'Agenzia … fanno sapere che",
        ),
        pytest.param(
            _OPENING + "Fanno sapere dalla Valtrasporti, il consorzio dei bus di linea, che le corse "
            "riprenderanno domani «dopo i controlli sui mezzi».", "Valtrasporti",
            id="Fanno sapere dalla X, …, che",
        ),
        pytest.param(
            _OPENING + "Spiegano dal Consorzio Valdarno che «i lavori sul ponte riprenderanno lunedì».",
            "Consorzio Valdarno", id="Spiegano dal X che",
        ),
    ],
)
def test_a_plural_verb_without_subject_is_the_body_it_comes_from(text: str, expected: str) -> None:
    assert _speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _OPENING + "«Entro aprile saranno sostituiti tutti i contatori», racconta dall'ospedale la "
            "pensionata Anna Serra.", "Anna Serra", id="racconta dall'ospedale X: a singular verb's subject",
        ),
        pytest.param(
            _OPENING + "Dall'ospedale, il primario Gino Sala fa sapere che «le condizioni del ferito sono "
            "stabili».", "Gino Sala", id="Dall'ospedale, X fa sapere: the subject after the phrase",
        ),
        pytest.param(
            _OPENING + "Dal Consorzio di bonifica i geometri Aldo Rea e Ivo Tassi spiegano che «gli argini "
            "reggeranno fino a primavera».", "Ivo Tassi",
            id="Dal X i geometri Y e Z spiegano: a plural verb's subject after the phrase",
        ),
        pytest.param(
            _OPENING + "Spiega dal Comune di Sarzana l'assessora Pia Gori che «i lavori sul ponte "
            "riprenderanno lunedì».", "Pia Gori", id="Spiega dal Comune l'assessora X: a singular verb",
        ),
    ],
)
def test_no_body_where_a_person_speaks_from_there(text: str, expected: str) -> None:
    assert _speakers(text)[-1] == expected


def test_an_incise_between_commas_after_the_source_keeps_the_body() -> None:
    text = _OPENING + (
        "Dall'Agenzia per la bonifica del Brenta e dei fossi minori, l'ente che cura i canali, fanno sapere "
        "che «le paratie saranno sostituite entro marzo»."
    )
    assert (_speakers(text)[-1] or "").startswith("Agenzia per la bonifica del Brenta")


def test_an_elided_preposition_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Nell'Unione dei comuni della Lunigiana il bilancio è stato approvato ieri sera. «Le risorse per le "
        "scuole sono salve», ha detto l'Unione in una nota."
    )
    assert _speakers(text) == ["Unione dei comuni della Lunigiana"]


_LEAD_FIRM = (
    "Presidio ieri davanti allo stabilimento della Termoidraulica Valbruna, dove centoventi operai hanno "
    "incrociato le braccia. Lo sciopero è durato otto ore.\n«Ci hanno avvisato con una mail». Carla Neri, "
    "delegata da vent'anni, non nasconde la rabbia. «Non accetteremo un solo licenziamento», dice.\n"
)
_LEAD_BRAND = (
    "Dolciaria Morelli ha firmato con i sindacati un accordo per 80 assunzioni nello stabilimento di "
    "Ceprano.\n«È un segnale importante per tutto il territorio», ha commentato il presidente della "
    "Provincia, Luca Barto.\nLa Flai provinciale resta in allerta. Paolo Genti, che la guida da due anni, "
    "vuole vedere i contratti firmati. «Ottanta assunzioni non bastano», ha detto Genti.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _LEAD_FIRM + "Sul cancello qualcuno ha appeso un cartello. In una nota l'azienda ha spiegato "
            "che «i turni notturni saranno sospesi fino a gennaio».", "Termoidraulica Valbruna",
            id="the firm of the lead's place (stabilimento della X), no body named since",
        ),
        pytest.param(
            _LEAD_BRAND + "In un comunicato l'azienda ha spiegato che «le linee nuove partiranno in estate».",
            "Dolciaria Morelli",
            id="the lead's subject, not a union named two sentences before",
        ),
        pytest.param(
            _LEAD_BRAND + "Anche il Pastificio Anselmi ha annunciato nuove assunzioni. In un comunicato "
            "l'azienda ha spiegato che «le linee nuove partiranno in estate».",
            "Pastificio Anselmi",
            id="near miss: a body named in the sentence before is the firm meant",
        ),
    ],
)
def test_the_firm_with_no_body_near_is_the_one_the_lead_names(text: str, expected: str) -> None:
    assert _speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Il Comune di Fivizzano ha chiuso la scuola media per lavori. I lavori sono affidati alla ditta "
            "Bardi Edilizia, che ha vinto la gara in estate. Il cantiere durerà un anno. I genitori "
            "protestano. «Consegneremo le aule prima di settembre», assicura l'azienda.", "Bardi Edilizia",
            id="near miss: an office opening the lead, a firm named since",
        ),
        pytest.param(
            "Parents gathered outside City Hall on Friday over the sale of the Corran Textiles mill. The "
            "mill employs 90 people. The union wants a meeting. 'Nothing has been signed yet,' the company "
            "said.",
            "Corran Textiles", id="near miss: a lead naming a body after a preposition of place",
        ),
    ],
)
def test_a_firm_named_since_the_lead_or_after_its_place_is_the_one_meant(text: str, expected: str) -> None:
    lang = "en" if text.startswith("Parents") else "it"
    assert [q.speaker for q in find_quotes(text, lang)][-1] == expected


def test_a_person_opening_the_lead_is_no_firm() -> None:
    text = (
        "Marta Gilli ha lasciato ieri la guida dello stabilimento di Ceprano dopo dieci anni.\nLa Filca "
        "provinciale ha chiesto un incontro urgente. «Serve chiarezza sul futuro dei lavoratori», ha detto "
        "il segretario.\nSul cancello qualcuno ha appeso un cartello. In una nota l'azienda ha spiegato "
        "che «i turni notturni saranno sospesi fino a gennaio»."
    )
    assert _speakers(text)[-1] == "Filca provinciale"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Il refettorio è affidato da vent'anni alla Misericordia. «I pasti caldi non sono mai mancati a "
            "nessuno», assicura il presidente della Misericordia, don Elio Barsanti.", "Elio Barsanti",
            id="a priest's title before the name in apposition",
        ),
        pytest.param(
            "La scuola è gestita dalle suore da ottant'anni. «Nessuno resterà senza un posto in classe», "
            "spiega la direttrice dell'istituto, suor Maria Gandolfi.", "Maria Gandolfi",
            id="a nun's title before the name in apposition",
        ),
    ],
)
def test_a_title_in_lower_case_opens_the_name_in_apposition(text: str, expected: str) -> None:
    assert _speakers(text) == [expected]


def test_a_word_other_than_a_title_before_the_name_is_no_apposition() -> None:
    text = (
        "Il refettorio è affidato da vent'anni alla Misericordia. «I pasti caldi non sono mai mancati a "
        "nessuno», assicura il presidente della Misericordia, anche per Elio Barsanti."
    )
    assert _speakers(text) != ["Elio Barsanti"]


_NERI = "Il candidato Luca Neri ha parlato a lungo. «Non mi ritiro da questa corsa», ha detto Neri. "


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _NERI + "«Il Comune ha fatto tutto il possibile per le famiglie», come ha spiegato il sindaco "
            "Paolo Verga durante la conferenza.", id="«…», come ha spiegato X",
        ),
        pytest.param(
            _NERI + "Come ha spiegato il sindaco Paolo Verga, «il Comune ha fatto tutto il possibile per le "
            "famiglie».", id="Come ha spiegato X, «…»",
        ),
        pytest.param(
            _NERI + "Per ora, come dice il sindaco Paolo Verga, l'unica soluzione è aspettare. «Le famiglie "
            "avranno un alloggio entro domenica».", id="come dice X in the sentence before the quote",
        ),
    ],
)
def test_come_and_a_speech_verb_name_the_speaker_after_it(text: str) -> None:
    assert _speakers(text) == ["Luca Neri", "Paolo Verga"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _NERI + "«Il Comune ha fatto tutto il possibile per le famiglie», ha precisato il sindaco Paolo "
            "Verga, come prevede il regolamento.", id="come before a verb that reports nothing",
        ),
        pytest.param(
            _NERI + "Il sindaco Paolo Verga ha spiegato come funziona il bando. «Il Comune ha fatto tutto il "
            "possibile per le famiglie».", id="come after the speech verb: how, its object",
        ),
    ],
)
def test_come_without_a_speech_verb_after_it_changes_nothing(text: str) -> None:
    assert _speakers(text) == ["Luca Neri", "Paolo Verga"]


_LANA = (
    "Il regista Ottavio Lana ha presentato il film al festival. «Ho girato tutto in dodici giorni», "
    "racconta Lana.\n"
)


def test_a_verb_opening_the_clause_takes_its_subject_after_it() -> None:
    text = _LANA + "Fa sapere la Prefettura di Rieti che «la strada provinciale resterà chiusa fino a "
    text += "sabato»."
    assert _speakers(text) == ["Ottavio Lana", "Prefettura di Rieti"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _LANA + "Ha poi ribadito la sua scelta: «Niente attori famosi, solo gente del paese».",
            id="the verb's object before a colon",
        ),
        pytest.param(
            _LANA + "Ha poi aggiunto ai cronisti che «niente attori famosi, solo gente del paese».",
            id="a phrase of a preposition after the verb",
        ),
    ],
)
def test_no_subject_after_the_verb_where_its_object_or_a_phrase_follows(text: str) -> None:
    assert _speakers(text) == ["Ottavio Lana", "Ottavio Lana"]


_LEAD_AND_INSTITUTE = (
    "Dolciaria Morelli ha firmato un accordo per 80 assunzioni nello stabilimento di Ceprano.\n"
    "L'Osservatorio regionale del lavoro pubblica i dati sull'occupazione. «Il settore cresce da tre "
    "anni», precisa l'ente.\n"
)


def test_a_kind_noun_again_names_the_body_it_named_in_the_sentence_before() -> None:
    """`precisa l'ente.` then `l'ente aggiunge che «…»`: the noun names again the body it stood for
    in the sentence before, not the firm of the lead (no body is named by name in either sentence)."""
    text = _LEAD_AND_INSTITUTE + "Nella stessa nota l'ente aggiunge che «i contratti fissi sono in aumento»."
    assert _speakers(text)[-2:] == ["Osservatorio regionale del lavoro"] * 2


def test_an_indefinite_kind_noun_before_names_no_body_again() -> None:
    """Near miss: `un'azienda` in the sentence before refers to no body given before: `l'azienda` after it,
    with no body near, is still the firm of the lead."""
    text = (
        "Dolciaria Morelli ha firmato un accordo per 80 assunzioni nello stabilimento di Ceprano.\nLa Flai "
        "provinciale ha chiesto un incontro. «Serve chiarezza», ha detto il segretario.\nSul cancello "
        "qualcuno ha appeso un cartello contro un'azienda di fuori. In una nota l'azienda ha spiegato che "
        "«l'accordo vale per tutti i reparti»."
    )
    assert _speakers(text)[-1] == "Dolciaria Morelli"
