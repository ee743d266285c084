"""German quoting in its variants, on invented sentences about fictional people: the marks German
pages use („…“, »…«, Swiss «…», typed "…", mixed and nested), and who speaks in the constructions of
German news copy."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes

_LEAD = "Die Gemeinde Aldershausen plant eine neue Umgehungsstraße. Petra Lindner ist dort Bürgermeisterin.\n"


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, "de")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "„Wir beginnen mit dem Bau noch in diesem Jahr\", sagte Lindner.",
            [("Wir beginnen mit dem Bau noch in diesem Jahr", "Petra Lindner")],
            id="„ closed by a typed mark",
        ),
        pytest.param(
            "„Die Leute nennen das \"Schnapsidee\", aber wir halten fest\", sagte Lindner.",
            [("Die Leute nennen das \"Schnapsidee\", aber wir halten fest", "Petra Lindner")],
            id="„ with typed marks nested, closed by a typed mark",
        ),
        pytest.param(
            "„Im Rathaus heißt das Vorhaben „Ortsumfahrung Süd“, und so bleibt es auch“, sagte Lindner.",
            [("Im Rathaus heißt das Vorhaben „Ortsumfahrung Süd“, und so bleibt es auch", "Petra Lindner")],
            id="„…“ nested in „…“",
        ),
        pytest.param(
            "Lindner sagte:\n»Wir beginnen mit dem Bau noch in diesem Jahr. Die Bagger stehen bereit.\n"
            "»Und wir werden im Zeitplan bleiben, das verspreche ich.«",
            [
                ("Wir beginnen mit dem Bau noch in diesem Jahr. Die Bagger stehen bereit.", "Petra Lindner"),
                ("Und wir werden im Zeitplan bleiben, das verspreche ich.", "Petra Lindner"),
            ],
            id="»…« left open at a paragraph's end, reopened by »",
        ),
    ],
)
def test_german_quote_marks(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(_LEAD + text) == expected


def test_a_closing_guillemet_before_a_word_opens_nothing_in_swiss_text() -> None:
    text = (
        "Die Stadt Thalwil plant eine neue Strasse. «Wir beginnen noch in diesem Jahr», sagte "
        "Stadtpräsidentin Petra Lindner.\n«Die Bagger stehen bereit», ergänzte sie."
    )
    assert _found(text) == [
        ("Wir beginnen noch in diesem Jahr", "Petra Lindner"),
        ("Die Bagger stehen bereit", "Petra Lindner"),
    ]


_COUNCIL = (
    "Die Gemeinde Aldershausen plant eine neue Umgehungsstraße. Petra Lindner ist dort Bürgermeisterin, "
    "Markus Hollerbach führt die Grünen im Gemeinderat.\n"
)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        pytest.param("Hollerbach sprach im Gemeinderat von „Verschwendung von Steuergeld in großem Stil“.",
                     "Verschwendung von Steuergeld in großem Stil", id="after a preposition"),
        pytest.param("Hollerbach sagte, der Plan sei „Geldverschwendung auf Kosten der nächsten Generation“.",
                     "Geldverschwendung auf Kosten der nächsten Generation", id="after a verb"),
        pytest.param("Hollerbach bezeichnete das Vorgehen als „Schlag ins Gesicht der Anwohner“.",
                     "Schlag ins Gesicht der Anwohner", id="after als"),
        pytest.param("Hollerbach nennt den Plan „Unsinn von vorne bis hinten“.",
                     "Unsinn von vorne bis hinten", id="after a noun a naming verb leads to"),
    ],
)
def test_a_quoted_fragment_opening_with_a_noun_is_speech(text: str, quote: str) -> None:
    assert _found(_COUNCIL + text) == [(quote, "Markus Hollerbach")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Im Kino läuft der Film „Das Leben der anderen Leute“ noch bis Sonntag.", id="film"),
        pytest.param("Das Dorffest steht unter dem Motto „Gemeinsam stark für Aldershausen“.", id="motto"),
        pytest.param("Die Initiative „Rettet den Forst am Stadtrand“ sammelt Stimmen.", id="initiative"),
        pytest.param(
            "An vielen Zäunen hängen Plakate mit der Aufschrift „Ja zur neuen Straße“ oder "
            "„Hände weg vom Forst“.",
            id="a second slogan joined by oder",
        ),
    ],
)
def test_a_quoted_name_after_its_noun_is_no_quote(text: str) -> None:
    assert _found(_COUNCIL + text) == []


_TWO = (
    "Die Gemeinde Aldershausen plant eine neue Umgehungsstraße. Petra Lindner ist dort Bürgermeisterin. "
    "Markus Hollerbach führt die Grünen im Gemeinderat.\n"
)
_SAID = "„Wir halten den Zeitplan auf jeden Fall ein“"


@pytest.mark.parametrize(
    "after",
    [
        pytest.param(", zeigte sich Lindner zuversichtlich.", id="zeigte sich X zuversichtlich"),
        pytest.param(", gab sich Bürgermeisterin Petra Lindner gelassen.", id="gab sich X gelassen"),
        pytest.param(", ist Lindner überzeugt.", id="ist X überzeugt"),
        pytest.param(", fasst Lindner zusammen.", id="a particle after the name"),
        pytest.param(", machte Lindner deutlich.", id="machte X deutlich"),
        pytest.param(", hielt Lindner dagegen.", id="hielt X dagegen"),
        pytest.param(", hielt Bürgermeisterin Petra Lindner in ihrer Rede fest.", id="hielt X … fest"),
        pytest.param(", hat Lindner schon im Januar gesagt.", id="hat X … gesagt"),
        pytest.param(". Das sagt Lindner.", id="Das sagt X, after someone else was named"),
        pytest.param(". Dies betonte Lindner am Rande der Sitzung.", id="Dies betonte X"),
    ],
)
def test_german_clauses_after_the_quote_name_the_speaker(after: str) -> None:
    assert _found(_TWO + _SAID + after) == [(_SAID[1:-1], "Petra Lindner")]


def test_a_question_then_das_fragt_sich_names_who_asks() -> None:
    text = _TWO + "„Wer soll das am Ende alles bezahlen?“ Das fragt sich Anwohner Klaus Beringer seit Wochen."
    assert _found(text) == [("Wer soll das am Ende alles bezahlen?", "Klaus Beringer")]


def test_wissen_wollen_asks() -> None:
    text = _TWO + "„Wer soll das am Ende alles bezahlen?“, wollte Hollerbach wissen."
    assert _found(text) == [("Wer soll das am Ende alles bezahlen?", "Markus Hollerbach")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Das Landgericht Passau hat die Klage des Landwirts Jens Wilke abgewiesen. Im Urteil heißt es: "
            "„Ein Anspruch auf Schadenersatz besteht nicht.“",
            "Landgericht Passau", id="Im Urteil heißt es: the court named before",
        ),
        pytest.param(
            "Die Staatsanwaltschaft Passau hat Anklage gegen Jens Wilke erhoben. Er schweigt bisher. In der "
            "Anklageschrift heißt es: „Der Angeschuldigte handelte aus Habgier.“",
            "Staatsanwaltschaft Passau", id="the indictment: the prosecutors",
        ),
    ],
)
def test_a_document_quoted_speaks_for_the_body_that_issued_it(text: str, speaker: str) -> None:
    assert [s for _, s in _found(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lindners Urteil fällt deutlich aus: „Wir halten den Zeitplan auf jeden Fall ein.“",
                     id="a name in the genitive"),
        pytest.param("Ihr Fazit nach der Sitzung: „Wir halten den Zeitplan auf jeden Fall ein.“",
                     id="a possessive pronoun"),
        pytest.param("„Wir halten den Zeitplan auf jeden Fall ein“ – so ihre Worte.", id="so ihre Worte"),
    ],
)
def test_whose_words_a_noun_names_speaks(text: str) -> None:
    assert [s for _, s in _found(_TWO + text)] == ["Petra Lindner"]


_INTERVIEW = "Die Hausärztin Helga Brandstätter praktiziert seit 30 Jahren in Oberwil. Ein Gespräch.\n"
_ANSWERS = [
    ("Die jungen Kollegen wollen nicht mehr allein arbeiten. Das kann ich verstehen.", "Helga Brandstätter"),
    ("Sie müsste Gemeinschaftspraxen auf dem Land stärker fördern, und zwar sofort.", "Helga Brandstätter"),
]


@pytest.mark.parametrize(
    ("asker", "answerer"),
    [
        pytest.param("SPIEGEL", "Brandstätter", id="outlet and surname"),
        pytest.param("ZEIT ONLINE", "Helga Brandstätter", id="two-word outlet and full name"),
        pytest.param("Frage", "Antwort", id="Frage and Antwort"),
    ],
)
def test_an_interview_printed_as_a_transcript_quotes_the_answers(asker: str, answerer: str) -> None:
    text = (
        _INTERVIEW + f"{asker}: Frau Brandstätter, warum will niemand Ihre Praxis übernehmen?\n"
        f"{answerer}: {_ANSWERS[0][0]}\n{asker}: Was müsste die Politik tun?\n{answerer}: {_ANSWERS[1][0]}"
    )
    assert _found(text) == _ANSWERS


def test_labelled_paragraphs_that_do_not_alternate_questions_and_answers_are_no_interview() -> None:
    text = (
        "Die Gemeinde Aldershausen hat gewählt. Petra Lindner bleibt Bürgermeisterin.\n"
        "Ergebnis: Lindner erhielt 61 Prozent der Stimmen, ihr Herausforderer 39 Prozent.\n"
        "Wahlbeteiligung: Sie lag bei 54 Prozent und damit höher als vor sechs Jahren.\n"
        "Fazit: Wer hätte das gedacht?"
    )
    assert _found(text) == []


def test_fuhr_sie_fort_continues_her_words() -> None:
    text = _TWO + "Lindner sagte, der Plan sei solide. " + _SAID + ", fuhr sie fort."
    assert _found(text) == [(_SAID[1:-1], "Petra Lindner")]


@pytest.mark.parametrize(
    "reporting",
    [
        pytest.param("Miriam Hofer sagte, die Regierung habe den Schutz vernachlässigt.", id="sagte"),
        pytest.param(
            "Deren Sprecherin Miriam Hofer warf der Regierung vor, den Schutz vernachlässigt zu haben.",
            id="Deren … warf vor",
        ),
    ],
)
def test_a_quote_inside_a_konjunktiv_sentence_is_the_reporters(reporting: str) -> None:
    text = (
        "Georg Schnell führt den Bauernverband. Kritik kam auch von den Grünen. " + reporting
        + " Das sei „ein Versäumnis mit Ansage“ gewesen."
    )
    assert _found(text) == [("ein Versäumnis mit Ansage", "Miriam Hofer")]


def test_an_acronym_closing_a_sentence_keeps_no_full_stop() -> None:
    text = (
        "In Berlin fielen am Morgen zwei U-Bahn-Linien aus. „Wir arbeiten mit Hochdruck an einer Lösung“, "
        "sagte ein Sprecher der BVG."
    )
    assert _found(text) == [("Wir arbeiten mit Hochdruck an einer Lösung", "BVG")]


def test_a_body_named_in_the_genitive_speaks_in_the_nominative() -> None:
    text = (
        "Nach Angaben des Landratsamts Oberallgäu sind 140 Betriebe betroffen. „Wir rechnen mit Schäden in "
        "zweistelliger Millionenhöhe“, teilte die Behörde mit."
    )
    assert [s for _, s in _found(text)] == ["Landratsamt Oberallgäu"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Das Landeskriminalamt Niedersachsen meldet mehr Einbrüche. „Die Täter kommen meist nachts“, "
            "teilte das Amt mit.", "Landeskriminalamt Niedersachsen", id="a compound opening the name",
        ),
        pytest.param(
            "Laut dem Forschungsinstitut für Bodenkunde Oberau sinkt der Grundwasserspiegel. „Die Lage ist "
            "ernst“, so das Institut.", "Forschungsinstitut für Bodenkunde Oberau", id="its fields after für",
        ),
        pytest.param(
            "Die Talbahn Verkehrsbetriebe AG verweist auf den Bund. „Wir können nur Züge fahren, die wir "
            "haben“, teilte die Gesellschaft mit.", "Talbahn Verkehrsbetriebe AG", id="AG: a Gesellschaft",
        ),
    ],
)
def test_a_body_named_again_by_its_kind_is_the_one_whose_name_holds_it(text: str, speaker: str) -> None:
    assert [s for _, s in _found(text)] == [speaker]


def test_a_body_named_again_by_its_kind_is_not_the_body_named_last() -> None:
    text = (
        "Das Landeskriminalamt Niedersachsen meldet mehr Einbrüche, die Stadtwerke Oberau mehr Diebstähle "
        "von Kupfer. „Die Täter kommen meist nachts“, teilte das Amt mit."
    )
    assert [s for _, s in _found(text)] == ["Landeskriminalamt Niedersachsen"]


@pytest.mark.parametrize(
    "unnamed",
    [
        "der nicht genannt werden möchte",
        "der seinen Namen nicht in der Zeitung lesen will",
        "der anonym bleiben will",
        "der nicht namentlich zitiert werden will",
    ],
)
def test_a_spokesman_unnamed_by_wish_speaks_for_nobody(unnamed: str) -> None:
    text = (
        "Der Wiener Klinikverbund weist die Kritik zurück. „Die Zahl der Betten steigt“, teilte der "
        f"Klinikverbund mit. Ein Sprecher des Klinikverbunds, {unnamed}, sagte: „Das stimmt so nicht, wir "
        "haben genug Betten.“"
    )
    assert [s for _, s in _found(text)] == ["Wiener Klinikverbund", None]


_BODY = "Wiener Klinikverbund"


@pytest.mark.parametrize(
    ("described", "speaker"),
    [
        ("Eine Pflegerin, Marta Kühn, die im Namen der Kolleginnen nicht mehr schweigt,", "Marta Kühn"),
        ("Ein Sprecher des Klinikverbunds, der die Namen der Patienten nicht nennen wollte,", _BODY),
        ("Ein Sprecher des Klinikverbunds, der eine Zahl der Betten nicht genannt hat,", _BODY),
        ("Ein Sprecher des Klinikverbunds, der ihren Namen nicht nennen durfte,", _BODY),
        ("Ein Sprecher des Klinikverbunds, der zu anonym verschickten Briefen nichts sagt,", _BODY),
    ],
)
def test_a_name_or_naming_not_the_speakers_own_leaves_the_speaker_named(described: str, speaker: str) -> None:
    text = (
        "Der Wiener Klinikverbund weist die Kritik zurück. Auf der Station fehlt Personal. "
        f"{described} sagte: „Das stimmt so nicht, wir haben genug Betten.“"
    )
    assert [s for _, s in _found(text)] == [speaker]


def test_a_spokesman_named_speaks_for_his_body() -> None:
    text = (
        "Der Wiener Klinikverbund weist die Kritik zurück. Ein Sprecher des Klinikverbunds, der seit Jahren "
        "für die Kliniken spricht, sagte: „Das stimmt so nicht, wir haben genug Betten.“"
    )
    assert [s for _, s in _found(text)] == ["Wiener Klinikverbund"]


def test_a_noun_after_its_article_and_adjective_before_a_speech_verb_is_nobody_named() -> None:
    text = (
        "Bürgermeisterin Petra Lindner eröffnete die Sitzung. Die Fraktion hatte eine Sperrung des gesamten "
        "Marktplatzes gefordert und war damit gescheitert. Die Bürgermeisterin setzte sich eine Frist. „Wir "
        "messen uns in einem Jahr an diesem Beschluss“, versprach sie."
    )
    assert [s for _, s in _found(text)] == ["Petra Lindner"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Der 1. FC Talheim hat seinen Trainer entlassen. In einer Mitteilung des 1. FC Talheim heißt es: "
            "„Wir danken ihm für drei gute Jahre.“", "1. FC Talheim", id="an ordinal before the club",
        ),
        pytest.param(
            "Der Spieler wurde gesperrt. „Wir werden das Urteil abwarten“, hieß es vom Verein TSV 1911 "
            "Oberau.", "TSV 1911 Oberau", id="the founding year before the town",
        ),
    ],
)
def test_a_clubs_name_keeps_its_numbers(text: str, speaker: str) -> None:
    assert [s for _, s in _found(text)] == [speaker]


def test_a_number_ending_a_sentence_is_no_ordinal_of_the_acronym_opening_the_next() -> None:
    text = (
        "Nach dem Sturm waren viele Dächer abgedeckt. Die Zahl der Einsätze stieg laut Feuerwehr bis zum "
        "Mittag auf 23. THW bat am Nachmittag: „Bleiben Sie bitte zu Hause, bis die Straßen frei sind.“"
    )
    assert [s for _, s in _found(text)] == ["THW"]


def test_a_number_before_a_noun_is_no_part_of_a_name() -> None:
    text = (
        "Der Verein Talheim zählt 1911 Mitglieder. „Wir wachsen jedes Jahr“, sagte Vorsitzende Petra "
        "Lindner am 1. Mai."
    )
    assert [s for _, s in _found(text)] == ["Petra Lindner"]


@pytest.mark.parametrize("contraction", ["beim Hinausgehen", "zum Abschied", "vom Balkon"])
def test_a_fused_preposition_after_the_verb_opens_a_phrase_not_the_subject(contraction: str) -> None:
    text = (
        "Bürgermeisterin Petra Lindner verteidigte den Plan. „Wir bauen im Frühjahr“, sagte sie. Ein "
        f"Rentner, der nicht namentlich genannt werden möchte, erwiderte {contraction}: „Das glaube ich "
        "erst, wenn die Bagger kommen.“"
    )
    assert [s for _, s in _found(text)] == ["Petra Lindner", None]


def test_the_subject_after_a_fused_preposition_still_speaks() -> None:
    text = (
        "Bürgermeisterin Petra Lindner verteidigte den Plan. Ihr Stellvertreter Jonas Albers meinte zum "
        "Schluss: „Das glaube ich erst, wenn die Bagger kommen.“"
    )
    assert [s for _, s in _found(text)] == ["Jonas Albers"]


def test_a_body_the_sentence_before_names_in_the_genitive_speaks_in_the_nominative() -> None:
    text = (
        "Nach ersten Schätzungen der Österreichischen Hagelkasse beläuft sich der Schaden auf zwölf "
        "Millionen Euro. „Das Unwetter war das schwerste seit Jahren“, hieß es in einer Aussendung der Kasse."
    )
    assert [s for _, s in _found(text)] == ["Österreichische Hagelkasse"]


def test_a_person_the_sentence_before_names_keeps_the_name() -> None:
    text = "Nach Angaben von Petra Lindner fielen 40 Flüge aus. „Der Betrieb läuft wieder“, hieß es später."
    assert [s for _, s in _found(text)] == ["Petra Lindner"]


def test_a_spokesman_of_a_generic_body_speaks_for_the_body_named_before() -> None:
    text = (
        "Der Fahrradclub ADFC forderte erneut Abbiegeassistenten für alle Lkw. „Solche Unfälle lassen sich "
        "mit Technik verhindern“, erklärte ein Sprecher des Verbands."
    )
    assert [s for _, s in _found(text)] == ["Fahrradclub ADFC"]


@pytest.mark.parametrize(
    ("title", "name"),
    [("Mag.", "Eva Huber"), ("DI", "Eva Huber"), ("Ing.", "Eva Huber"), ("Prof. Dr.", "Eva Huber")],
)
def test_academic_titles_are_no_part_of_the_name(title: str, name: str) -> None:
    text = f"In Graz wird gebaut. „Die Brücke wird im Herbst für alle freigegeben“, sagte {title} {name}."
    assert [s for _, s in _found(text)] == [name]


def test_a_role_noun_opening_the_sentence_before_a_colon_is_the_person_given_that_role() -> None:
    text = "Jan Kurz ist seit 2014 Landrat. Der Landrat ist überzeugt: „Wir halten den Zeitplan ein.“"
    assert [s for _, s in _found(text)] == ["Jan Kurz"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("„Ich habe niemanden betrogen“, ließ Wilke über seinen Anwalt erklären.", id="after"),
        pytest.param("Wilke ließ über seinen Anwalt erklären: „Ich habe niemanden betrogen.“", id="before"),
    ],
)
def test_who_has_a_statement_made_through_someone_speaks(text: str) -> None:
    lead = "Der Unternehmer Jens Wilke ist angeklagt. Sein Anwalt Tom Brandt plädiert auf Freispruch. "
    assert [s for _, s in _found(lead + text)] == ["Jens Wilke"]


def test_an_adjective_may_stand_between_the_possessive_and_the_noun_for_words() -> None:
    text = (
        "Kurt Wendlinger betreibt das Karussell. Oberbürgermeister Andreas Pichler kündigte eine Prüfung an. "
        "Seine klare Ansage: „Bis alles geklärt ist, bleibt das Fahrgeschäft zu.“"
    )
    assert [s for _, s in _found(text)] == ["Andreas Pichler"]


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("Auch die Gewerkschaft Nordlicht protestiert.", id="Auch die X"),
        pytest.param("Zudem meldete sich die Gewerkschaft Nordlicht zu Wort.", id="Zudem … die X"),
        pytest.param("Die Gewerkschaft Nordlicht protestiert.", id="die X"),
    ],
)
def test_a_statement_quoted_after_a_sentence_a_body_opens_is_the_bodys(opening: str) -> None:
    text = (
        "Die Reederei Fjordlinie streicht 200 Stellen. Betriebsrätin Ina Kolbe ist empört. " + opening
        + " In einer Stellungnahme heißt es: „Die Beschäftigten dürfen nicht die Zeche zahlen.“"
    )
    assert [s for _, s in _found(text)] == ["Nordlicht"]  # the union, named without its kind


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Das thüringische Umweltministerium prüft den Fall. „Wir nehmen die Hinweise ernst“, teilte das "
            "Ministerium mit.", "thüringische Umweltministerium", id="das Ministerium",
        ),
        pytest.param(
            "Das thüringische Umweltministerium prüft den Fall. Nach Angaben des Ministeriums gibt es 40 "
            "Anzeigen. „Wir nehmen die Hinweise ernst“, sagte ein Ministeriumssprecher.",
            "thüringische Umweltministerium", id="a spokesman by a compound, the noun named alone between",
        ),
        pytest.param(
            "„Wir nehmen die Hinweise ernst“, sagte ein Sprecher des thüringischen Umweltministeriums.",
            "thüringische Umweltministerium", id="in the genitive",
        ),
        pytest.param(
            "„Wir nehmen die Hinweise ernst“, sagte eine Sprecherin der sächsischen Polizei.",
            "sächsische Polizei", id="a feminine noun in the genitive",
        ),
    ],
)
def test_an_adjective_of_a_state_is_part_of_a_bodys_name(text: str, speaker: str) -> None:
    assert [s for _, s in _found(text)] == [speaker]


@pytest.mark.parametrize(
    "reported",
    [
        pytest.param("Eine Sanierung koste Millionen.", id="koste"),
        pytest.param("Der Stadt fehle schlicht das Geld.", id="fehle"),
        pytest.param("Das Land verweigere jede weitere Hilfe.", id="verweigere: a verb in -ern"),
    ],
)
def test_reported_speech_in_any_verb_carries_the_reporter_to_the_next_quote(reported: str) -> None:
    text = (
        "Die Stadt Wendelstein will ihr Hallenbad schließen. Markus Hollerbach von den Grünen ist dagegen. "
        "Bürgermeisterin Petra Lindner sagte, das Bad sei seit Jahren marode. " + reported
        + " „Wir können uns das Bad schlicht nicht mehr leisten.“"
    )
    assert [s for _, s in _found(text)] == ["Petra Lindner"]


def test_an_adjective_ending_like_a_reported_verb_reports_nothing() -> None:
    text = (
        "Bürgermeisterin Petra Lindner sagte, das Bad sei seit Jahren marode. Auf der Sitzung war es laut. "
        "Die große Mehrheit der Gäste ging früh. „Wir können uns das Bad schlicht nicht mehr leisten.“"
    )
    assert [s for _, s in _found(text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Anwohner sagen: „Das Bad war unser Treffpunkt für alle.“", id="Anwohner sagen:"),
        pytest.param("„Das Bad war unser Treffpunkt für alle“, warnen Fachärzte.", id="warnen X"),
        pytest.param("„Das Bad war unser Treffpunkt für alle“, sagen viele Anwohner.", id="sagen viele X"),
        pytest.param("Viele Eltern sind wütend: „Das Bad war unser Treffpunkt für alle.“", id="Viele X sind"),
    ],
)
def test_a_plural_noun_with_no_article_is_a_group_nobody_named(text: str) -> None:
    lead = "Die Stadt Wendelstein will ihr Hallenbad schließen. Petra Lindner verteidigt den Plan. "
    assert [s for _, s in _found(lead + text)] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("Die Gewerkschaft Nordlicht warnt: „Das Bad war unser Treffpunkt für alle.“",
                     "Nordlicht", id="a body with a singular verb"),
        pytest.param("„Das Bad war unser Treffpunkt für alle“, sagen die Stadtwerke.", "Stadtwerke",
                     id="a body named by a plural noun after its article"),
        pytest.param("Die Schwimmerin Jana Seidl und ihr Trainer sind wütend. „Das Bad war unser Treffpunkt "
                     "für alle“, sagen Seidl und ihr Trainer.", "Jana Seidl", id="a surname"),
    ],
)
def test_a_plural_verb_alone_makes_no_group(text: str, speaker: str) -> None:
    found = [s for _, s in _found(text)]
    assert len(found) == 1 and found[0] is not None and found[0].endswith(speaker)


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        pytest.param("!“ Mit diesen Worten verließ Hollerbach den Saal.", "Markus Hollerbach", id="after !"),
        pytest.param(".“ Mit diesen Worten schloss die Bürgermeisterin die Sitzung.", "Petra Lindner",
                     id="a role noun after ."),
        pytest.param(".“\nMit diesen Worten schloss Lindner die Sitzung.", "Petra Lindner",
                     id="in the next paragraph"),
    ],
)
def test_mit_diesen_worten_names_who_said_them_after_the_verb(after: str, speaker: str) -> None:
    text = _TWO + "„Nicht mit uns, das lassen wir uns nicht gefallen" + after
    assert [s for _, s in _found(text)] == [speaker]


@pytest.mark.parametrize("verb", ["postete", "twitterte"])
def test_posting_is_saying(verb: str) -> None:
    text = _TWO + f"„Das Bad war unser Treffpunkt für alle“, {verb} Hollerbach am Abend."
    assert [s for _, s in _found(text)] == ["Markus Hollerbach"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("„Das Bad war unser Treffpunkt für alle“, wird Gisela Brandt im „Kurier“ zitiert.",
                     id="passive after the quote"),
        pytest.param("Gisela Brandt wird mit den Worten zitiert: „Das Bad war unser Treffpunkt für alle.“",
                     id="mit den Worten zitiert"),
        pytest.param("Die Zeitung zitiert Gisela Brandt mit den Worten: „Das Bad war unser Treffpunkt.“",
                     id="the outlet as the subject"),
    ],
)
def test_whom_an_outlet_quotes_speaks(text: str) -> None:
    assert [s for _, s in _found(_TWO + text)] == ["Gisela Brandt"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("„Wir können das nicht mehr leisten“, sagt Jürgen Falk von der Universität Jena.",
                     id="a surname that is also a first name, then von der and a body"),
        pytest.param("„Wir können das nicht mehr leisten“, sagt Jürgen Falk von der Initiative Badeglück.",
                     id="a body's generic noun"),
        pytest.param("Jürgen Falk, Sprecher der Stadtwerke, sagte: „Wir können das nicht mehr leisten.“",
                     id="a spokesman's role in the genitive set off by commas"),
    ],
)
def test_the_person_named_before_a_body_speaks(text: str) -> None:
    assert [s for _, s in _found(text)] == ["Jürgen Falk"]


def test_a_particle_and_a_surname_stay_a_name() -> None:
    text = "„Wir können uns das Bad nicht mehr leisten“, sagte Friederike von der Heide."
    assert [s for _, s in _found(text)] == ["Friederike von der Heide"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        pytest.param("Kämmerer Rolf Gantner legte Zahlen vor. Dieser sagte:", "Rolf Gantner", id="Dieser"),
        pytest.param("Petra Lindner und Rolf Gantner stritten lange. Letzterer sagte:", "Rolf Gantner",
                     id="Letzterer: the man of the two"),
    ],
)
def test_a_demonstrative_subject_is_the_man_last_named(opening: str, speaker: str) -> None:
    text = opening + " „Wir sind faktisch pleite, das muss man so sagen.“"
    assert [s for _, s in _found(text)] == [speaker]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        pytest.param(", sagte eine Sprecherin der Bürgermeisterin.", "Petra Lindner", id="a role"),
        pytest.param(", sagte ein Sprecher Hollerbachs.", "Markus Hollerbach", id="a genitive"),
        pytest.param(", heißt es in einem Brief Hollerbachs an den Rat.", "Markus Hollerbach",
                     id="a letter of a surname in the genitive"),
        pytest.param(", hieß es aus Regierungskreisen.", None, id="aus Regierungskreisen: unnamed"),
    ],
)
def test_whom_a_spokesperson_or_a_letter_speaks_for(after: str, speaker: str | None) -> None:
    text = (
        "Die Gemeinde Aldershausen plant eine neue Umgehungsstraße. Bürgermeisterin Petra Lindner verteidigt "
        "sie. Markus Hollerbach führt die Grünen im Gemeinderat.\n" + _SAID + after
    )
    assert [s for _, s in _found(text)] == [speaker]


def test_aus_sicht_von_names_a_source() -> None:
    text = _TWO + "Aus Sicht von Hollerbach ist das falsch. „Das Geld fehlt dann an den Schulen im Ort.“"
    assert [s for _, s in _found(text)] == ["Markus Hollerbach"]


@pytest.mark.parametrize("dative", ["der Gemeinde", "dem Rathaus"])
def test_a_quoted_reproach_after_an_object_in_the_dative_is_speech(dative: str) -> None:
    text = f"Hollerbach warf {dative} „Verschwendung von Steuergeld in großem Stil“ vor."
    assert _found(_COUNCIL + text) == [("Verschwendung von Steuergeld in großem Stil", "Markus Hollerbach")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Das Unwort des Jahres lautet „alternative Wahrheiten für alle“.", id="Unwort … lautet"),
        pytest.param("Das Motto der Demo lautete „mehr Bus für alle Menschen“.", id="a lower-case motto"),
    ],
)
def test_what_bears_a_name_in_lower_case_is_no_quote(text: str) -> None:
    assert _found(_COUNCIL + text) == []


def test_someone_speaking_of_a_motto_is_quoted() -> None:
    text = _COUNCIL + "Lindner kritisierte das Motto scharf: „Das ist Geldverschwendung, ganz klar.“"
    assert _found(text) == [("Das ist Geldverschwendung, ganz klar.", "Petra Lindner")]


@pytest.mark.parametrize(
    "after",
    [
        pytest.param(" Hollerbachs Worte sorgten für Unruhe.", id="a genitive name before the words"),
        pytest.param(" Diese Worte stammen von Hollerbach.", id="Diese Worte stammen von X"),
    ],
)
def test_the_words_named_after_the_quote_are_whose_the_next_sentence_says(after: str) -> None:
    text = _TWO + "„Das Geld fehlt dann an den Schulen im Ort.“" + after
    assert [s for _, s in _found(text)] == ["Markus Hollerbach"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("Scharfe Kritik kam von Hollerbach: „Das Geld fehlt dann an den Schulen im Ort.“",
                     "Markus Hollerbach", id="Scharfe Kritik kam von X:"),
        pytest.param("Große Sorge herrscht bei den Eltern. „Das Geld fehlt dann an den Schulen.“", None,
                     id="Große Sorge: no speaker"),
    ],
)
def test_an_adjective_and_its_noun_opening_a_sentence_are_no_name(text: str, speaker: str | None) -> None:
    assert [s for _, s in _found(_TWO + text)] == [speaker]


def test_a_plural_noun_opening_a_sentence_is_no_adjective() -> None:
    text = (
        "Die Stadtwerke Kiel erhöhen die Preise. Ein Unternehmenssprecher sagte: „Wir gehen jedem Hinweis "
        "nach, auch den kleinen.“"
    )
    assert [s for _, s in _found(text)] == ["Stadtwerke Kiel"]


@pytest.mark.parametrize(
    "titled",
    [
        pytest.param("Dr. med. Helga Sommerauer", id="Dr. med."),
        pytest.param("Dr. rer. nat. Helga Sommerauer", id="Dr. rer. nat."),
        pytest.param("Prof. Dr. Dr. h. c. Helga Sommerauer", id="Prof. Dr. Dr. h. c."),
        pytest.param("Univ.-Prof. Helga Sommerauer", id="Univ.-Prof. (Austrian)"),
        pytest.param("Dipl.-Ing. Helga Sommerauer", id="Dipl.-Ing."),
        pytest.param("DDr. Helga Sommerauer", id="DDr. (two doctorates, Austrian)"),
        pytest.param("Oberärztin Dr. med. vet. Helga Sommerauer", id="a role, then Dr. med. vet."),
    ],
)
def test_an_academic_title_with_its_faculty_stays_off_the_name(titled: str) -> None:
    text = f"Die Tierklinik in Wels baut an. „Die Zahl der Fälle steigt jedes Jahr“, sagt {titled} in Wels."
    assert _found(text) == [("Die Zahl der Fälle steigt jedes Jahr", "Helga Sommerauer")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(",,Wir beginnen mit dem Bau noch in diesem Jahr'', sagte Lindner.", id=",,…''"),
        pytest.param(",,Wir beginnen mit dem Bau noch in diesem Jahr“, sagte Lindner.", id=",,…“"),
        pytest.param("‚Wir beginnen mit dem Bau noch in diesem Jahr‘, sagte Lindner.", id="‚…‘ outer"),
        pytest.param("›Wir beginnen mit dem Bau noch in diesem Jahr‹, sagte Lindner.", id="›…‹ outer"),
        pytest.param("‹Wir beginnen mit dem Bau noch in diesem Jahr›, sagte Lindner.", id="Swiss ‹…› outer"),
    ],
)
def test_single_marks_and_doubled_commas_open_a_quotation(text: str) -> None:
    assert _found(_LEAD + text) == [("Wir beginnen mit dem Bau noch in diesem Jahr", "Petra Lindner")]


def test_an_apostrophe_inside_single_marks_does_not_close_them() -> None:
    text = _LEAD + "‚Wie geht’s weiter? Wir beginnen noch in diesem Jahr‘, sagte Lindner."
    assert _found(text) == [("Wie geht’s weiter? Wir beginnen noch in diesem Jahr", "Petra Lindner")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Start › Politik › Kassel\nDer Bau beginnt im Mai, die Bagger stehen.", id="crumbs"),
        pytest.param("Der Preis liegt bei 3,50 Euro, die Steuer bei 4,,5 Prozent, hieß es.", id="a typo ,,"),
        pytest.param("Die Stadt sucht ›Helfer für den Umzug des Archivs im Mai.", id="› never closed"),
    ],
)
def test_single_marks_that_open_nothing(text: str) -> None:
    assert _found(_LEAD + text) == []


_COURT = "Der Fall landete bei Richterin Eva Brandt. Die Anwälte trafen sich mit den Nachbarn.\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("Diese sagte: „Das Gericht prüft den Fall genau.“", "Eva Brandt", id="Diese sagte:"),
        pytest.param("Letztere betonte: „Das Gericht prüft den Fall genau.“", "Eva Brandt", id="Letztere"),
        pytest.param("„Das Gericht prüft den Fall genau“, sagte diese.", "Eva Brandt", id="sagte diese"),
        pytest.param("Diese sagten: „Das Gericht prüft den Fall genau.“", None, id="Diese sagten: plural"),
        pytest.param("Sie erklärten: „Das Gericht prüft den Fall genau.“", None, id="Sie erklärten: plural"),
        pytest.param("„Das Gericht prüft den Fall genau“, sagten sie.", None, id="sagten sie: plural"),
    ],
)
def test_a_feminine_pronoun_is_a_woman_with_a_singular_verb_and_nobody_with_a_plural(
    text: str, speaker: str | None
) -> None:
    assert [s for _, s in _found(_COURT + text)] == [speaker]


_REHEARSAL = (
    "Dirigentin Henrike Pfannstiel probt mit dem Kammerorchester Seedorf für das Sommerkonzert. "
    "Konzertmeister Jens Tiedemann zeigte sich zufrieden. „Wir spielen diesmal nur Stücke aus dem Barock“, "
    "sagte Tiedemann. "
)
_WEEKS = "„Bis zum Konzert bleiben uns zum Glück drei Wochen.“"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(f"Die Bläser seien gut vorbereitet, die Streicher noch nicht ganz. {_WEEKS}",
                     "Jens Tiedemann", id="Die X seien: what the one reporting goes on to say"),
        pytest.param(f"Die Bläser erklärten: {_WEEKS}", None, id="Die X erklärten: several people"),
        pytest.param(f"Die Dirigentin ergänzte: {_WEEKS}", "Henrike Pfannstiel", id="Die X ergänzte: her"),
        pytest.param(f"Die Dirigentin sei mit der Probe zufrieden. {_WEEKS}", "Henrike Pfannstiel",
                     id="Die X sei: singular, her"),
        pytest.param(f"Die Malteser betreuen die Gäste im Saal. Die Malteser erklärten: {_WEEKS}", "Malteser",
                     id="near miss: Die X erklärten, a body named before"),
        pytest.param(f"Die Stadtwerke Seedorf liefern den Strom. Die Stadtwerke erklärten: {_WEEKS}",
                     "Stadtwerke Seedorf", id="near miss: Die X erklärten, a body's short form"),
        pytest.param(f"Die Polizei Seedorf regelt den Verkehr vor der Halle. Die Beamten erklärten: {_WEEKS}",
                     "Polizei Seedorf", id="near miss: Die X erklärten, members of a body named before"),
    ],
)
def test_die_with_a_plural_verb_is_several_people_not_the_woman_named_last(
    text: str, speaker: str | None
) -> None:
    assert [s for _, s in _found(_REHEARSAL + text)][1:] == [speaker]


_FERRY = (
    "Kapitänin Merle Osterkamp steuert die Fähre nach Wendholm. „Bei Nebel fahren wir langsamer“, "
    "sagte Osterkamp.\nDie Saison ist kurz. Die Schiffe sind alt. Maschinist Gero Hallmann ist zufrieden. "
    "Er lobt die Mannschaft. „Der alte Diesel läuft ruhiger als der neue“, sagte Hallmann. Am Mittag kam "
    "Wind auf. Das Deck war nass.\nEine {newcomer} vom Festland, die anonym bleiben will, fuhr mit. „Im "
    "Januar friert man an Deck“, sagte sie. Die {noun} schüttelte den Kopf. „Einen Winterfahrplan gibt es "
    "erst im Herbst“, meinte sie."
)


@pytest.mark.parametrize(
    ("newcomer", "noun", "speaker"),
    [
        pytest.param("Pendlerin", "Kapitänin", "Merle Osterkamp", id="the title given beside her name: her"),
        pytest.param("Pendlerin", "Pendlerin", None, id="near miss: the unnamed woman's noun"),
        pytest.param("Kapitänin", "Kapitänin", None, id="near miss: newcomer has the title noun"),
    ],
)
def test_a_title_given_beside_a_name_names_its_holder_after_an_unnamed_woman(
    newcomer: str, noun: str, speaker: str | None
) -> None:
    text = _FERRY.format(newcomer=newcomer, noun=noun)
    assert [s for _, s in _found(text)][-1] == speaker


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("freute sich Bürgermeister Markus Loderer (CSU)", id="freute sich X"),
        pytest.param("zeigte sich Markus Loderer überzeugt", id="zeigte sich X überzeugt"),
        pytest.param("ärgert sich Markus Loderer", id="ärgert sich X"),
        pytest.param("verrät Markus Loderer", id="verrät X"),
        pytest.param("konterte Markus Loderer", id="konterte X"),
        pytest.param("verlangte Markus Loderer", id="verlangte X"),
        pytest.param("hofft Markus Loderer", id="hofft X"),
    ],
)
def test_feelings_and_replies_voiced_are_speech(credit: str) -> None:
    text = (
        "Der Gemeinderat von Weilheim hat den Bau einer Grundschule beschlossen. Die Kosten sind hoch.\n"
        f"„Das ist ein großer Tag für unsere Stadt“, {credit} nach der Abstimmung."
    )
    assert _found(text) == [("Das ist ein großer Tag für unsere Stadt", "Markus Loderer")]


@pytest.mark.parametrize(
    "titled",
    [
        pytest.param("Mag.a Ulrike Heindl-Sommer", id="Mag.a"),
        pytest.param("Dr.in Ulrike Heindl-Sommer", id="Dr.in"),
        pytest.param("Geschäftsführerin Mag.a Ulrike Heindl-Sommer", id="a role, then Mag.a"),
    ],
)
def test_an_austrian_womans_degree_is_a_title(titled: str) -> None:
    text = f"Die Wiener Linien erhöhen die Preise. „Die Energiekosten lassen uns keine Wahl“, sagte {titled}."
    assert _found(text) == [("Die Energiekosten lassen uns keine Wahl", "Ulrike Heindl-Sommer")]


def test_jener_is_the_man_last_named() -> None:
    text = "Eva Brandt traf Jonas Albers. Jener sagte: „Die Mittel stehen bereit und sind gesichert.“"
    assert [s for _, s in _found(text)] == ["Jonas Albers"]


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("Bei einer Versammlung im vollbesetzten Gemeindesaal sagte sie", id="im vollen Saal"),
        pytest.param("Im Gemeindesaal sagte sie", id="Im Saal sagte sie"),
    ],
)
def test_a_noun_closing_the_phrase_before_the_verb_is_not_its_subject(opening: str) -> None:
    text = (
        "Die Bürgermeisterin von Anzing, Regina Moosreiner, lehnt den Standort ab. "
        f"{opening}: „Ich bin nicht gegen Windkraft, aber gegen diesen Standort.“"
    )
    assert [s for _, s in _found(text)] == ["Regina Moosreiner"]


@pytest.mark.parametrize("credit", ["kritisierte Lindner", "sagte sie"])
def test_a_partial_quote_inside_a_clause_then_the_inverted_credit(credit: str) -> None:
    text = _LEAD + f"Die Gemeinde sei „viel zu spät und zu wenig“ informiert worden, {credit}."
    assert _found(text) == [("viel zu spät und zu wenig", "Petra Lindner")]


def test_anders_sieht_das_x_puts_the_subject_after_the_verb() -> None:
    text = (
        "Die Gemeinde lehnt die Windräder ab. Anders sieht das Jonas Albers, Vorstand der Bürgerenergie eG. "
        "„Wir haben jede Gemeinde zu Informationsabenden eingeladen“, entgegnete er."
    )
    assert [s for _, s in _found(text)] == ["Jonas Albers"]


_PLAIN_INTERVIEW = (
    "Nach dem Hochwasser im Tal fragen sich viele, ob die Dämme reichen. Carla Weidinger leitet das Amt für "
    "Wasserbau im Kanton. Ein Gespräch über Geld und Grenzen.\n"
    "Frau Weidinger, hat der Kanton die Gefahr unterschätzt?\n"
    "Nein. Wir haben die Karte vor zwei Jahren erneuert, und die Gemeinde hat gehandelt.\n"
    "Viele Anwohner sagen, sie hätten früh gewarnt.\n"
    "Ich verstehe den Ärger. Aber wir können nicht jeden Hang sichern.\n"
    "Wie viel Geld steht Ihnen zur Verfügung?\n"
    "Rund zwölf Millionen Franken pro Jahr. Das klingt nach viel, reicht aber für zwei Bauten.\n"
    "Würden Sie im Tal bauen?\n"
    "Ausserhalb der roten Zone: ja. Ich lebe selbst in einem Bergdorf."
)


def test_an_interview_printed_as_plain_paragraphs_gives_the_answers_to_the_interviewee() -> None:
    found = _found(_PLAIN_INTERVIEW)
    assert [q for q, _ in found] == [
        "Nein. Wir haben die Karte vor zwei Jahren erneuert, und die Gemeinde hat gehandelt.",
        "Ich verstehe den Ärger. Aber wir können nicht jeden Hang sichern.",
        "Rund zwölf Millionen Franken pro Jahr. Das klingt nach viel, reicht aber für zwei Bauten.",
        "Ausserhalb der roten Zone: ja. Ich lebe selbst in einem Bergdorf.",
    ]
    assert {s for _, s in found} == {"Carla Weidinger"}


_BEEKEEPER = (
    "Der Sommer war nass, viele Bienenvölker sind geschwächt. Jörg Tessendorf führt den Imkerverein in "
    "Heidmoor. Ein Gespräch über Honig und Milben.\n"
    "Herr Tessendorf, wie fällt die Ernte aus?\n"
    "Mager. Wir haben im Schnitt acht Kilo pro Volk geschleudert, sonst sind es zwanzig.\n"
    "Und im Herbst kommt die Milbe dazu. Ich rechne damit, dass wir jedes fünfte Volk verlieren.\n"
    "Der Landkreis hat Hilfen für Imker angekündigt.\n"
    "Davon habe ich noch nichts gesehen. Ein Antrag allein füttert keine Biene.\n"
    "Was raten Sie Hobbyimkern?\n"
    "Früh behandeln, nicht warten. Wer im September zögert, hat im Februar leere Kästen.\n"
    "Lohnt sich das Hobby noch?\n"
    "Für mich schon. Ich stehe gern zwischen den Stöcken, auch wenn es sich nie rechnet.\n"
    "Und aufhören werde ich erst, wenn mein Rücken nicht mehr mitmacht."
)


def test_an_answer_over_two_paragraphs_and_the_answer_to_a_remark_are_the_interviewees() -> None:
    found = _found(_BEEKEEPER)
    assert [q for q, _ in found] == [
        "Mager. Wir haben im Schnitt acht Kilo pro Volk geschleudert, sonst sind es zwanzig.",
        "Und im Herbst kommt die Milbe dazu. Ich rechne damit, dass wir jedes fünfte Volk verlieren.",
        "Davon habe ich noch nichts gesehen. Ein Antrag allein füttert keine Biene.",
        "Früh behandeln, nicht warten. Wer im September zögert, hat im Februar leere Kästen.",
        "Für mich schon. Ich stehe gern zwischen den Stöcken, auch wenn es sich nie rechnet.",
        "Und aufhören werde ich erst, wenn mein Rücken nicht mehr mitmacht.",
    ]
    assert {s for _, s in found} == {"Jörg Tessendorf"}


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            "Davon habe ich noch nichts gesehen. Ein Antrag allein füttert keine Biene.",
            "Die Anträge liegen seit Montag im Rathaus aus.",
            id="a remark, then narration in the third person",
        ),
        pytest.param(
            "Und im Herbst kommt die Milbe dazu. Ich rechne damit, dass wir jedes fünfte Volk verlieren.",
            "Und im Herbst kommt die Milbe dazu. Ein Kollege schrieb mir: „Mein halber Stand ist leer.“",
            id="a paragraph in the first person that quotes someone else",
        ),
    ],
)
def test_paragraphs_between_the_turns_that_are_no_answer(old: str, new: str) -> None:
    found = _found(_BEEKEEPER.replace(old, new))
    assert new not in [q for q, _ in found]
    assert "Jörg Tessendorf" not in [s for q, s in found if q in new]


_RUN_ON = "Und im Herbst kommt die Milbe dazu. Ich rechne damit, dass wir jedes fünfte Volk verlieren."


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            _RUN_ON, "Wir haben beim Veterinäramt nachgefragt. Zahlen gibt es dort noch keine.",
            id="the newsroom's we between two answers",
        ),
        pytest.param(
            _RUN_ON, "Ich sehe keinen Grund zur Panik, sagt Amtstierärztin Petra Quandt.",
            id="someone else's words with a speech verb",
        ),
        pytest.param(
            f"{_RUN_ON}\nDer Landkreis hat Hilfen für Imker angekündigt.",
            "Ich habe Ihren Honig letzte Woche auf dem Markt gekauft, er war schnell vergriffen.",
            id="the interviewer's own remark in the first person",
        ),
    ],
)
def test_a_first_person_paragraph_between_the_turns_that_is_not_the_interviewees(old: str, new: str) -> None:
    found = _found(_BEEKEEPER.replace(old, new))
    assert "Jörg Tessendorf" not in [s for q, s in found if q in new]
    assert "Davon habe ich noch nichts gesehen." in " ".join(q for q, _ in found)


@pytest.mark.parametrize(
    "after",
    [
        "Der Verein lädt im März zum Schnupperkurs.\nUnsere Leser können der Redaktion Fragen schicken.",
        "Wir haben beim Landratsamt nachgefragt, eine Antwort steht aus.",
    ],
    ids=["a remark, then the newsroom's we", "the newsroom's we"],
)
def test_the_newsroom_speaking_as_we_after_the_last_answer_is_no_answer(after: str) -> None:
    found = [q for q, _ in _found(f"{_BEEKEEPER}\n{after}")]
    assert len(found) == 6 and not any(q in after for q in found)


@pytest.mark.parametrize(
    "credit", ["Mit ihr sprach Jonas Brettschneider.", "Das Gespräch führte Jonas Brettschneider."]
)
def test_the_interviewer_named_in_the_credit_line_asks_and_never_answers(credit: str) -> None:
    intro, rest = _PLAIN_INTERVIEW.split("\n", 1)
    found = _found(f"{intro} {credit}\n{rest}")
    assert len(found) == 4
    assert {s for _, s in found} == {"Carla Weidinger"}


@pytest.mark.parametrize(
    "heading",
    ["Im Interview: Carla Weidinger über Dämme und Geld.", "Interview: Carla Weidinger, Leiterin des Amts."],
)
def test_a_heading_opened_by_interview_names_the_interviewee_not_the_interviewer(heading: str) -> None:
    intro, rest = _PLAIN_INTERVIEW.split("\n", 1)
    intro = intro.split(" Carla Weidinger")[0]
    found = _found(f"{intro}\n{heading}\n{rest}")
    assert len(found) == 4
    assert {s for _, s in found} == {"Carla Weidinger"}


def test_a_person_named_after_sprach_outside_a_credit_line_may_be_the_interviewee() -> None:
    intro, rest = _PLAIN_INTERVIEW.split("\n", 1)
    spoke = "Im Sommer sprach Carla Weidinger vor dem Rat; sie leitet"
    intro = intro.replace("Carla Weidinger leitet", spoke)
    assert {s for _, s in _found(f"{intro}\n{rest}")} == {"Carla Weidinger"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ab Januar gilt das neue Heizungsgesetz. Die wichtigsten Fragen und Antworten.\n"
            "Was ändert sich für Mieter?\nDie Vermieter dürfen die Kosten nur noch teilweise umlegen.\n"
            "Wer zahlt den Austausch der Heizung?\nDas bleibt Sache der Eigentümer, der Staat hilft mit.\n"
            "Gibt es Ausnahmen?\nJa, für Häuser, die älter als hundert Jahre sind.",
            id="an explainer of questions and answers in the third person",
        ),
        pytest.param(
            "Die Stadt spart. Wie soll das gehen?\nDer Kämmerer will Stellen streichen.\n"
            "Warum erst jetzt?\nDie Zahlen kamen spät, sagt er, und wir haben lange gewartet.",
            id="two questions only",
        ),
    ],
)
def test_questions_and_answers_that_are_no_interview(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Der Bauer Josef Brandtner (58) ist erschüttert. Seine Kühe seien „eigentlich "
            "die friedlichsten im ganzen Tal“.", "Josef Brandtner", id="Seine Kühe seien",
        ),
        pytest.param(
            "Jonas Albers widerspricht. Die Gemeinde habe alle eingeladen. Anzing sei „zu keinem einzigen "
            "Abend gekommen“.", "Jonas Albers", id="a place as the subject of words reported",
        ),
        pytest.param(
            "Die Vizebürgermeisterin Eva Brandt lässt das nicht gelten. Gruppen würden weiter gebracht, "
            "nur die Tagesgäste seien betroffen. „Wer drei Stunden bleibt, kann zehn Minuten laufen.“",
            "Eva Brandt", id="a quote after reported speech: its reporter, not the reported subject",
        ),
        pytest.param(
            "Die Grünen unterstützen den Plan. Gemeinderätin Simone Keller findet, die Vorlage gehe „eher zu "
            "wenig weit“.", "Simone Keller", id="a person as the subject stays the speaker",
        ),
    ],
)
def test_words_reported_in_konjunktiv_are_their_reporters(text: str, speaker: str) -> None:
    assert [s for _, s in _found(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Eva Brandt hat 3000 Kindern geholfen. Die Kreisklinik will ihre Station schließen.\n"
            "„Wir sind keine Notlösung, wir sind eine gute Adresse“, sagt die Hebamme.", id="die Hebamme",
        ),
        pytest.param(
            "Die Almbäuerin Eva Brandt ist erschüttert. Schilder mit der Aufschrift „Achtung Kühe“ hängen "
            "am Zaun.\n„Mehr kann ich nicht machen, ich bin keine Polizistin“, ärgert sich die Landwirtin.",
            id="die Landwirtin",
        ),
    ],
)
def test_a_role_noun_names_the_person_again_not_a_noun_opening_the_sentence_before(text: str) -> None:
    assert [s for _, s in _found(text)] == ["Eva Brandt"]


_HIKER = "Sabine K. (42) war mit ihrem Mann auf dem Weg zur Hütte, als die Herde unruhig wurde.\n"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Der „Kurier“ schilderte die Urlauberin aus Linz: „Auf einmal war die Kuh da.“",
                     id="Der „Kurier“ schilderte X: the outlet told, the speaker after the verb"),
        pytest.param("Die Urlauberin will dennoch wieder in die Berge. „Aber mit Hund gehe ich nie mehr.“",
                     id="a role noun before a modal verb"),
        pytest.param("„Ich dachte wirklich, das war es jetzt“, sagt die Deutsche.", id="sagt die Deutsche"),
    ],
)
def test_a_woman_named_by_first_name_and_initial_is_named_again(text: str) -> None:
    assert [s for _, s in _found(_HIKER + text)] == ["Sabine K."]


def test_the_reporter_named_again_by_her_role_before_words_reported() -> None:
    text = (
        "„Wir wollen niemanden aussperren, das ist klar“, sagt Vizebürgermeisterin Eva Brandt (Grüne).\n"
        "Der Hotelier Jonas Albers spricht von einem „Schnellschuss ohne jede Abstimmung“.\n"
        "Die Vizebürgermeisterin lässt das nicht gelten. Gruppen würden weiter gebracht, lediglich die "
        "Tagesgäste seien betroffen. „Wer drei Stunden bleibt, kann zehn Minuten laufen.“"
    )
    assert [s for _, s in _found(text)] == ["Eva Brandt", "Jonas Albers", "Eva Brandt"]


def test_a_role_noun_names_the_person_it_named_before_however_far_back() -> None:
    text = (
        _HIKER + "Der „Kurier“ schilderte die Urlauberin aus Linz: „Auf einmal war die Kuh da.“\n"
        "Sie erlitt mehrere Rippenbrüche. Der Bauer Josef Brandtner ist erschüttert. Er habe Schilder "
        "aufgestellt. Die Polizei ermittelt. Der Weg sei gesperrt worden. Die Kammer prüft den Fall. "
        "Die Hütte bleibt geöffnet. Der Wirt ist besorgt. Die Saison läuft noch bis Oktober.\n"
        "Die Urlauberin will dennoch wieder in die Berge. „Aber mit Hund gehe ich nie mehr über eine Weide.“"
    )
    assert [s for _, s in _found(text)] == ["Sabine K.", "Sabine K."]


@pytest.mark.parametrize("role", ["Obmann der Fachgruppe Hotellerie", "Inhaberin der Bäckerei Kranz"])
def test_a_local_role_in_apposition_leaves_the_name_the_subject(role: str) -> None:
    text = f"Der Plan stößt auf Kritik. Jonas Albers, {role}, spricht von einem „Schnellschuss ohne jede " \
        "Abstimmung“."
    assert [s for _, s in _found(text)] == ["Jonas Albers"]


def test_the_city_administration_is_the_magistrate_named_before() -> None:
    text = (
        "Die Stadt Linz plant ein Buchungssystem. Aus dem Magistrat Linz heißt es, das Portal werde "
        "programmiert. „Die technische Umsetzung ist bis März machbar“, teilte die Stadtverwaltung mit."
    )
    assert [s for _, s in _found(text)] == ["Magistrat Linz"]


def test_a_spokesman_with_no_body_speaks_for_the_one_body_the_sentence_before_named() -> None:
    text = (
        "Die Bahn will 40 Strecken sanieren. Aus dem Verkehrsministerium hieß es, man unterstütze die Pläne. "
        "„Die Mittel stehen bereit und sind im Haushalt gesichert“, teilte ein Sprecher mit."
    )
    assert [s for _, s in _found(text)] == ["Verkehrsministerium"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lindner (lacht): „Wir sagen ganz klar Nein, und zwar endgültig.“", id="X (lacht):"),
        pytest.param("O-Ton Lindner: „Wir sagen ganz klar Nein, und zwar endgültig.“", id="O-Ton X:"),
    ],
)
def test_a_label_with_a_stage_direction_or_o_ton_names_the_speaker(text: str) -> None:
    assert _found(_LEAD + text) == [("Wir sagen ganz klar Nein, und zwar endgültig.", "Petra Lindner")]


def test_someone_unnamed_then_named_in_apposition_before_a_colon() -> None:
    text = (
        "Ein Schäfer hat drei Wanderer gerettet. Die Wanderer waren müde. Eine von ihnen, Sabine Hoff (41) "
        "aus Köln: „Ohne ihn wären wir da nicht mehr rausgekommen.“"
    )
    assert [s for _, s in _found(text)] == ["Sabine Hoff"]


def test_an_interview_of_two_questions_that_addresses_the_interviewee() -> None:
    text = (
        "Katrin Wendel leitet seit zehn Jahren die Tafel in Fulda. Im Interview spricht sie über die Not.\n"
        "Frau Wendel, wie viele Menschen kommen derzeit zu Ihnen?\n"
        "Jede Woche sind es fast 800 Haushalte, doppelt so viele wie vor drei Jahren.\n"
        "Woran liegt das?\n"
        "Die Preise für Lebensmittel sind stark gestiegen, und viele Rentner kommen nicht mehr zurecht."
    )
    assert [s for _, s in _found(text)] == ["Katrin Wendel", "Katrin Wendel"]


def test_the_formal_sie_of_an_interviewers_question_is_no_plural() -> None:
    text = (
        "Die Polizei sucht Zeugen. Paul Brandt (Name geändert) war dabei.\n"
        "Standard: Was haben Sie gesehen?\nBrandt: Zwei Männer rannten zum Auto und fuhren weg.\n"
        "Standard: Haben Sie die Polizei gerufen?\nBrandt: Ja, sofort, aber sie kam erst nach einer Stunde."
    )
    assert [s for _, s in _found(text)] == ["Paul Brandt", "Paul Brandt"]


def test_a_quote_that_speaks_of_the_person_the_sentence_before_was_about_is_not_theirs() -> None:
    text = (
        "Als Jana Roloff den Hof übernahm, hielt ihr Bruder sie für verrückt.\n"
        "»Ich wollte nie etwas anderes machen«, sagt sie. Ihr Bruder Henning ist Ingenieur in Hamburg. "
        "»Er kommt zur Ernte und hilft, das ist unser Deal.«"
    )
    assert [s for _, s in _found(text)] == ["Jana Roloff", "Jana Roloff"]


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [
        pytest.param("Ihr Bruder Henning sagt: „Ich komme zur Ernte und helfe, das ist unser Deal.“",
                     "Henning Roloff", id="Ihr Bruder X: her surname"),
        pytest.param("„Ich komme zur Ernte und helfe, das ist unser Deal“, sagt ihr Bruder Henning.",
                     "Henning", id="sagt ihr Bruder X: the kin noun is no part of the name"),
    ],
)
def test_a_relative_named_by_first_name_after_a_possessive(credit: str, speaker: str) -> None:
    assert [s for _, s in _found(f"Jana Roloff führt den Hof.\n{credit}")] == [speaker]


_BUDGET = (
    "Die Stadt Lindenau muss sparen. Bürgermeisterin Katrin Wohlfahrt stellte am Montag den Haushalt vor. "
    "Kämmerer Jörg Brandauer rechnet mit einem Defizit.\n"
)


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("„Wir werden an vielen Stellen sparen müssen“, sagte Kämmerer Brandauer.", id="sagte"),
        pytest.param("Kämmerer Brandauer warnte: „Wir werden an vielen Stellen sparen müssen.“", id="colon"),
        pytest.param("„Wir werden an vielen Stellen sparen müssen“, hat Pfarrer Brandauer am Montag gesagt.",
                     id="another role, auxiliary first"),
    ],
)
def test_a_role_noun_before_a_surname_is_no_part_of_the_name(credit: str) -> None:
    assert [s for _, s in _found(_BUDGET + credit)] == ["Jörg Brandauer"]


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [
        pytest.param("„Wir werden an vielen Stellen sparen müssen“, sagt der 61-Jährige und lacht.",
                     "Jörg Brandauer", id="age, und lacht"),
        pytest.param("„Wir werden an vielen Stellen sparen müssen“, sagt die Rathauschefin und seufzt.",
                     "Katrin Wohlfahrt", id="role, und seufzt"),
        pytest.param("„Wir werden an vielen Stellen sparen müssen“, sagte Brandauer und zuckte mit den "
                     "Schultern.", "Jörg Brandauer", id="surname, und zuckte mit"),
    ],
)
def test_a_second_verb_after_und_is_no_part_of_the_subject(credit: str, speaker: str) -> None:
    assert [s for _, s in _found(_BUDGET + credit)] == [speaker]


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [
        pytest.param("Das sei „ein schmerzhafter, aber notwendiger Schritt“ gewesen, sagte die 54-Jährige.",
                     "Katrin Wohlfahrt", id="age epithet"),
        pytest.param("Der Plan sei „ein schmerzhafter, aber notwendiger Schritt“ gewesen, betonte der "
                     "Finanzchef.",
                     "Jörg Brandauer", id="compound role"),
    ],
)
def test_a_noun_phrase_after_the_verb_that_follows_a_partial_quote_is_its_subject(
    credit: str, speaker: str
) -> None:
    assert [s for _, s in _found(_BUDGET + credit)] == [speaker]


def test_a_participle_after_a_partial_quote_is_never_its_speaker() -> None:
    text = (
        "Vor dem Amtsgericht Kassel hat der Prozess gegen einen Händler begonnen. Eine frühere Kollegin, "
        "die als Zeugin aussagte, schilderte die Lage im Lager. Dort habe es „weder Regeln noch Aufsicht“ "
        "gegeben, sagte die 34-Jährige. „Wir sollten einfach alles unterschreiben, was man uns gab.“"
    )
    assert [s for _, s in _found(text)] == [None, None]


def test_gegenueber_opens_the_phrase_of_whom_the_speaker_told() -> None:
    credit = "„Wir werden an vielen Stellen sparen müssen“, erklärte die 54-Jährige gegenüber der Zeitung."
    assert [s for _, s in _found(_BUDGET + credit)] == ["Katrin Wohlfahrt"]


def test_a_role_noun_after_a_sentence_in_the_reporting_mood_names_the_one_the_pronoun_does() -> None:
    text = (
        "Seit März führt Henrike Albers die Möbelfirma ihres Vaters. „Mein Vater hat jede Maschine selbst "
        "eingestellt, ich kann das nicht“, sagt sie. Sie setze auf Software und neue Märkte.\n"
        "Ihr Vater, Konrad Albers, gibt zu, dass ihm das schwerfalle. „Ich bin immer noch jeden Tag im Büro, "
        "auch wenn keiner mich braucht“, sagt der 70-Jährige. Er kam 1971 in die Firma. Die Kunden kaufen "
        "weniger. Die Händler in der Region haben ihre Bestellungen gekürzt. Die Preise für Holz steigen. "
        "Die Löhne auch. Der Branchenkenner Tobias Wendt sieht die Firma dennoch gut "
        "aufgestellt: „Wer heute in gute Technik investiert, ist in fünf Jahren vorne.“\n"
        "Die Firmenchefin selbst formuliert es vorsichtiger. Das Motto „Qualität aus Kassel“ bleibe, aber "
        "man werde auch in Tschechien bauen.\n„Wir müssen wachsen, um hier bleiben zu können“, sagt sie."
    )
    speakers = ["Henrike Albers", "Konrad Albers", "Tobias Wendt", "Henrike Albers"]
    assert [s for _, s in _found(text)] == speakers


def test_an_abbreviation_spelled_out_across_a_hyphenated_word_is_the_body() -> None:
    text = (
        "Die Kassenärztliche Vereinigung Ostfalen-Harz hat die Abrechnungen geprüft. „Wir haben die "
        "Auffälligkeiten sofort gemeldet“, hieß es in einer Stellungnahme der KVOH."
    )
    assert [s for _, s in _found(text)] == ["Kassenärztliche Vereinigung Ostfalen-Harz"]


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [
        pytest.param("Der 61-Jährige ist überzeugt: „Wir werden an vielen Stellen sparen müssen.“",
                     "Jörg Brandauer", id="an age as the subject before a colon"),
        pytest.param("Die 54-Jährige: „Wir werden an vielen Stellen sparen müssen.“", "Katrin Wohlfahrt",
                     id="an age as a label"),
        pytest.param("Der Kämmerer: „Wir werden an vielen Stellen sparen müssen.“", "Jörg Brandauer",
                     id="a role as a label"),
        pytest.param("„Wir werden an vielen Stellen sparen müssen“, sagte die 54-Jährige der Deutschen "
                     "Presse-Agentur.", "Katrin Wohlfahrt", id="an age, then the outlet in the dative"),
    ],
)
def test_an_age_or_a_role_names_the_person_before_a_colon_and_before_an_outlet(
    credit: str, speaker: str
) -> None:
    assert [s for _, s in _found(_BUDGET + credit)] == [speaker]


def test_a_university_after_von_der_and_its_adjective_is_no_part_of_a_name() -> None:
    text = (
        "Die Studie erschien am Montag. „Jede Laterne ist eine kleine Falle für die Insekten“, sagte "
        "Pavel Marek von der Südmährischen Universität in Brünn, der an der Studie beteiligt war."
    )
    assert [s for _, s in _found(text)] == ["Pavel Marek"]


def test_an_interview_whose_first_question_and_answer_carry_labels_goes_on_unlabelled() -> None:
    text = (
        "Im Wallis gilt die zweithöchste Lawinenstufe. Reto Imboden ist Lawinenwarner in Davos.\n"
        "SRF News: Wie gefährlich ist die Lage derzeit?\n"
        "Reto Imboden: Sie ist ernst. Wir haben in drei Tagen über einen Meter Neuschnee bekommen.\n"
        "Was bedeutet das für Skitourengänger?\n"
        "Man sollte im freien Gelände sehr zurückhaltend sein, die Schneedecke ist schwach.\n"
        "Wann entspannt sich die Lage wieder?\n"
        "Das hängt vom Wetter ab. Bleibt es kalt, setzt sich die Schneedecke nur langsam."
    )
    assert _found(text) == [
        ("Sie ist ernst. Wir haben in drei Tagen über einen Meter Neuschnee bekommen.", "Reto Imboden"),
        ("Man sollte im freien Gelände sehr zurückhaltend sein, die Schneedecke ist schwach.",
         "Reto Imboden"),
        ("Das hängt vom Wetter ab. Bleibt es kalt, setzt sich die Schneedecke nur langsam.", "Reto Imboden"),
    ]


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("Das sieht Brandauer anders: „Wir müssen nur endlich die richtigen Prioritäten setzen.“",
                     id="object first, the subject after the verb, before a colon"),
        pytest.param("Jörg Brandauer, Kämmerer, sagte: „Wir müssen nur endlich die richtigen Prioritäten "
                     "setzen.“", id="a role noun alone in apposition"),
    ],
)
def test_the_subject_before_a_colon_is_the_name_not_the_clause_or_its_apposition(credit: str) -> None:
    assert [s for _, s in _found(_BUDGET + credit)] == ["Jörg Brandauer"]


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [
        pytest.param("„Wir werden an vielen Stellen sparen müssen“, wird er in der Zeitung zitiert.",
                     "Jörg Brandauer", id="wird er zitiert"),
        pytest.param("„Wir werden an vielen Stellen sparen müssen“, wird sie in der Zeitung zitiert.",
                     "Katrin Wohlfahrt", id="wird sie zitiert"),
        pytest.param("Die Zeitung zitiert ihn mit den Worten: „Wir werden an vielen Stellen sparen müssen.“",
                     "Jörg Brandauer", id="zitiert ihn mit den Worten"),
    ],
)
def test_a_pronoun_quoted_by_an_outlet_is_the_speaker_not_the_outlet(credit: str, speaker: str) -> None:
    assert [s for _, s in _found(_BUDGET + credit)] == [speaker]


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("Laut ihm ist die Lage ernst: „Wir werden an vielen Stellen sparen müssen.“",
                     id="laut ihm"),
        pytest.param("Ihm zufolge ist die Lage ernst: „Wir werden an vielen Stellen sparen müssen.“",
                     id="ihm zufolge"),
    ],
)
def test_an_according_phrase_with_a_dative_pronoun_is_the_person_it_stands_for(credit: str) -> None:
    assert [s for _, s in _found(_BUDGET + credit)] == ["Jörg Brandauer"]


def test_a_sentence_about_man_in_the_reporting_mood_goes_on_with_the_reporter() -> None:
    text = (
        "Das Hochwasser hat Rieden erreicht. Petra Kühne sagte, die Dämme seien marode. Man habe jahrelang "
        "gewarnt.\n„Jetzt müssen wir schnell handeln und den Menschen helfen.“"
    )
    assert [s for _, s in _found(text)] == ["Petra Kühne"]


def test_a_speech_verb_at_the_end_of_a_relative_clause_reports_nothing() -> None:
    text = (
        "Das Hochwasser hat Rieden erreicht. Ein Anwohner, der seinen Namen nicht nennen will, ist wütend. "
        "„Wir haben das Hochwasser lange kommen sehen“, sagt er. Petra Kühne widerspricht: „Die Dämme sind "
        "erst vor zwei Jahren geprüft worden.“"
    )
    assert [s for _, s in _found(text)] == [None, "Petra Kühne"]


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("„Die Sicherheit der Fahrgäste hat für uns Vorrang“, hieß es von der Bahn.",
                     id="von der"),
        pytest.param("Bei der Bahn hieß es: „Die Sicherheit der Fahrgäste hat für uns Vorrang.“",
                     id="bei der"),
    ],
)
def test_a_body_named_again_by_its_head_noun_is_that_body_not_the_last_one_named(credit: str) -> None:
    text = (
        "Die Deutsche Bahn hat die Strecke zwischen Fulda und Kassel gesperrt. Die Gewerkschaft EVG "
        f"kritisiert das Vorgehen.\n{credit}"
    )
    assert [s for _, s in _found(text)] == ["Deutsche Bahn"]


@pytest.mark.parametrize(
    ("verb_phrase", "speaker"),
    [
        pytest.param("betonte die Bürgermeisterin", "Petra Lindner", id="role noun after the verb"),
        pytest.param("sagte Lindner", "Petra Lindner", id="surname after the verb"),
    ],
)
def test_a_clause_then_an_inverted_verb_and_a_colon_has_its_subject_after_the_verb(
    verb_phrase: str, speaker: str
) -> None:
    text = _LEAD + f"Die Baustelle werde nur verschoben, {verb_phrase}: „Im Frühjahr rollen die Bagger an.“"
    assert [s for _, s in _found(text)] == [speaker]


def test_an_apposition_before_the_verb_is_its_subject_not_the_object_after_it() -> None:
    text = _LEAD + "Die Bürgermeisterin, Petra Lindner, fragte den Landrat: „Wann rollen die Bagger an?“"
    assert [s for _, s in _found(text)] == ["Petra Lindner"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        pytest.param("Der Geologische Dienst", "Geologischer Dienst", id="masculine"),
        pytest.param("Das Grüne Netz", "Grünes Netz", id="neuter"),
        pytest.param("Die Hessischen Staatsforsten", "Hessische Staatsforsten", id="plural"),
    ],
)
def test_a_body_named_with_a_capitalised_adjective_speaks_under_its_name_without_article(
    body: str, speaker: str
) -> None:
    text = f"{body} warnt vor Trockenheit. „Wir sehen das mit großer Sorge“, hieß es dort am Montag."
    assert [s for _, s in _found(text)] == [speaker]


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("heißt es im aktuellen Lagebericht des Wetterdienstes", id="a compound of 'Bericht'"),
        pytest.param("heißt es in einer Pressemitteilung des Wetterdienstes", id="a statement noun"),
    ],
)
def test_a_statement_of_a_body_in_the_genitive_is_the_body_by_its_full_name(credit: str) -> None:
    text = (
        "Nach starken Regenfällen hat der Wetterdienst Kärnten eine Warnung ausgegeben. Mehrere Straßen "
        f"sind gesperrt.\n„Weitere Überflutungen sind in den Tallagen möglich“, {credit}."
    )
    assert [s for _, s in _found(text)] == ["Wetterdienst Kärnten"]


def test_a_spokesman_of_a_body_named_by_the_end_of_its_compound_in_the_genitive_speaks_for_it() -> None:
    text = (
        "Das Polizeipräsidium Oberbayern Nord meldet seit Mitternacht 63 Glätteunfälle. Auf der B19 stellten "
        "sich mehrere Lastwagen quer. „Wer nicht fahren muss, sollte heute zu Hause bleiben“, appellierte "
        "ein Sprecher des Präsidiums."
    )
    assert [s for _, s in _found(text)] == ["Polizeipräsidium Oberbayern Nord"]


@pytest.mark.parametrize(
    "tail",
    [
        "sagte die Bürgermeisterin Anja Kessler der Zeitung.",
        "sagte die Grünen-Politikerin Anja Kessler der Zeitung am Montag.",
        "sagte die Bürgermeisterin der Zeitung.",
        "sagte die Bürgermeisterin der Stadt.",
        "sagte sie dem Sender.",
    ],
)
def test_the_dative_object_of_a_speech_verb_is_whom_the_speaker_told(tail: str) -> None:
    """`sagte die Bürgermeisterin Anja Kessler der Zeitung`: after a name the article opens the dative
    object, the outlet she told; after the role noun that named her before, the phrase is the object or the
    role's complement, and she speaks either way."""
    text = (
        "Bürgermeisterin Anja Kessler will das Hallenbad in Lindenau bis Ende des Jahres sanieren lassen. "
        f"„Wir haben keine andere Wahl mehr, das Dach ist marode“, {tail}"
    )
    assert [speaker for _, speaker in _found(text)] == ["Anja Kessler"]


def test_a_spokesperson_speaks_for_the_body_after_her_in_the_genitive() -> None:
    """`sagte die Sprecherin der Stadt`: a spokesperson's complement is the body she speaks for."""
    text = (
        "Lindenau will das Hallenbad bis Ende des Jahres sanieren lassen. "
        "„Wir haben keine andere Wahl mehr, das Dach ist marode“, sagte eine Sprecherin der Stadtverwaltung."
    )
    assert [speaker for _, speaker in _found(text)] == ["Stadtverwaltung"]


def test_what_a_sign_reads_is_no_quote_whatever_verb_holds_the_sign() -> None:
    """`hielten Plakate mit der Aufschrift „…“ hoch`: a quotation right after the noun of a sign is what it
    reads, though "hielten" is also the verb of `hielt fest` (a speech verb)."""
    text = (
        "Rund 80 Eltern verfolgten die Sitzung im Rathaus von Lindenau, einige hielten Plakate mit der "
        "Aufschrift „Unsere Kinder brauchen dieses Bad“ hoch. Bürgermeisterin Anja Kessler sagte, sie "
        "verstehe den Ärger."
    )
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Das Sächsische Landesamt für Umwelt, Landwirtschaft und Geologie prüft die Brunnen in Lindenau. "
            "„Die Werte liegen deutlich über dem Grenzwert“, heißt es in einer Mitteilung des Landesamts.",
            "Sächsisches Landesamt für Umwelt, Landwirtschaft und Geologie", id="its fields listed",
        ),
        pytest.param(
            "Das Hessische Landesamt für Naturschutz und Umwelt (LNU) prüft die Brunnen in Lindenau. "
            "„Die Werte liegen deutlich über dem Grenzwert“, teilte das LNU auf Anfrage mit.",
            "Hessisches Landesamt für Naturschutz und Umwelt", id="its abbreviation leaves out the state",
        ),
        pytest.param(
            "Nach Angaben des Bundesamts für Wasserbau und Hydrologie (BWH) steigt der Pegel in Lindenau. "
            "„Wir rechnen mit einem Scheitel am Abend“, sagte ein Sprecher des BWH.",
            "Bundesamt für Wasserbau und Hydrologie", id="named in the genitive",
        ),
    ],
)
def test_an_authoritys_name_runs_on_over_fuer_and_its_fields(text: str, speaker: str) -> None:
    """German names an authority by its noun, "für" and its fields (`Bundesamt für Wasserbau und
    Hydrologie`): all of it is the name, and its abbreviation stands for all of it."""
    assert [s for _, s in _found(text)] == [speaker]


def test_und_joins_no_two_bodies_outside_an_authoritys_fields() -> None:
    text = (
        "Polizei und Feuerwehr sperrten die Brücke in Lindenau. „Die Lage ist unter Kontrolle“, sagte "
        "Einsatzleiter Jan Korte. „Wir prüfen den Antrag“, sagte Sprecherin Eva Lenz vom Bundesamt für "
        "Umwelt."
    )
    assert [s for _, s in _found(text)] == ["Jan Korte", "Eva Lenz"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "FDP-Stadträtin Henriette Freiin von Kesselstatt nannte die Parkgebühr überzogen. „Die Gebühr "
            "trifft die Falschen“, sagte Kesselstatt der Zeitung.",
            "Henriette Freiin von Kesselstatt", id="Freiin, then the family's name alone",
        ),
        pytest.param(
            "„Wir halten an dem Plan fest“, sagte der Leiter des Ordnungsamts, Dr. Konrad Graf von Wendling, "
            "dem Sender.",
            "Konrad Graf von Wendling", id="Graf after an academic title",
        ),
    ],
)
def test_a_title_of_nobility_is_part_of_the_surname(text: str, speaker: str) -> None:
    assert [s for _, s in _found(text)] == [speaker]


def test_the_surname_graf_before_von_and_an_article_is_no_title_of_nobility() -> None:
    text = "„Ich bin gegen diese neue Gebühr“, sagte Anna Graf von der Bürgerinitiative in Lindenau."
    assert [s for _, s in _found(text)] == ["Anna Graf"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Das Bundesamt für Energie spricht von einem Einzelfall in Lindenau. „Wir beobachten die Lage "
            "genau“, heisst es beim Bafe.",
            "Bundesamt für Energie", id="a word after a fused article",
        ),
        pytest.param(
            "Die Kantonspolizei Thurgau hat in Lindenau keine Anzeige erhalten. Hausbesitzer Beat Huber "
            "fordert trotzdem mehr Kontrollen. „Es gibt keine Hinweise auf eine Straftat“, teilte die Kapo "
            "auf Anfrage mit.",
            "Kantonspolizei Thurgau", id="parts of a compound",
        ),
        pytest.param(
            "Die Volleyball-Bundesliga prüft die Szene aus Lindenau. „Zu einzelnen Entscheidungen äußern wir "
            "uns grundsätzlich nicht“, hieß es von der VBL.",
            "Volleyball-Bundesliga", id="capitals",
        ),
    ],
)
def test_an_abbreviation_with_an_article_stands_for_the_body_it_abbreviates(text: str, speaker: str) -> None:
    assert [s for _, s in _found(text)] == [speaker]


def test_a_surname_without_an_article_abbreviates_no_body() -> None:
    text = (
        "Die Kantonspolizei Thurgau hat in Lindenau keine Anzeige erhalten. Anwalt Jonas Kapo sieht das "
        "anders. „Es gibt sehr wohl Hinweise auf eine Straftat“, sagte Kapo."
    )
    assert [s for _, s in _found(text)] == ["Jonas Kapo"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Der Hessische Mieter- und Eigentümerbund kündigte in Lindenau Widerstand an. „Die Abgabe greift "
            "in das Eigentum ein“, hieß es in einer Stellungnahme des Verbands.",
            "Hessischer Mieter- und Eigentümerbund", id="after an adjective",
        ),
        pytest.param(
            "„Wir prüfen die rechtlichen Folgen der Abgabe“, teilte das Bau- und Verkehrsdepartement "
            "Lindenau mit.",
            "Bau- und Verkehrsdepartement Lindenau", id="before a place",
        ),
    ],
)
def test_a_hyphen_for_the_shared_part_of_two_compounds_keeps_the_body_whole(text: str, speaker: str) -> None:
    """`Mieter- und Eigentümerbund`: the Ergänzungsstrich stands for the part the two compounds share."""
    assert [s for _, s in _found(text)] == [speaker]


def test_a_dash_between_spaces_joins_no_names() -> None:
    text = "„Wir prüfen die rechtlichen Folgen der Abgabe“, sagte Eva Lenz - und Jan Korte nickte dazu."
    assert [s for _, s in _found(text)] == ["Eva Lenz"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "„Eine Lösung ist in Sicht“, so das Ministerium für Verkehr und öffentliche Bauten in Lindenau.",
            "Ministerium für Verkehr und öffentliche Bauten", id="öffentliche",
        ),
        pytest.param(
            "„Wir brauchen mehr Geld für die Höfe“, sagte eine Sprecherin des Ministeriums für Ernährung und "
            "ländlichen Raum.",
            "Ministerium für Ernährung und ländlichen Raum", id="in the genitive",
        ),
    ],
)
def test_an_authoritys_last_field_may_be_an_adjective_and_its_noun(text: str, speaker: str) -> None:
    assert [s for _, s in _found(text)] == [speaker]


def test_und_after_an_authoritys_fields_joins_no_person() -> None:
    text = (
        "Das Amt für Umwelt und Jan Korte vom Verein Lindenau sehen das anders. „Der Streik schadet allen“, "
        "sagte Korte."
    )
    assert [s for _, s in _found(text)] == ["Jan Korte"]


def test_a_role_noun_before_its_verb_in_second_place_is_the_subject_not_a_prepositions_noun() -> None:
    """`Die Stadträtin rechnet mit Einnahmen von mehreren Millionen Euro.`: German puts the finite verb
    second, so "Die Stadträtin" is the subject (the Stadträtin named before); a noun governed by a
    preposition ("von mehreren Millionen Euro") never is."""
    text = (
        "Stadträtin Mira Kessler stellte die Abgabe in Lindenau vor. Die Stadträtin rechnet mit Einnahmen "
        "von mehreren Millionen Euro. „Ehrlich gesagt wäre mir lieber, wir nehmen gar nichts ein.“"
    )
    assert [s for _, s in _found(text)] == ["Mira Kessler"]


def test_a_person_after_von_stays_the_source_of_the_words() -> None:
    text = "Scharfe Kritik an der Abgabe kam von Mira Kessler. „Das trifft die Falschen in Lindenau.“"
    assert [s for _, s in _found(text)] == ["Mira Kessler"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "„Die Ermittlungen gegen die drei Männer dauern an“, teilte die Staatsanwaltschaft Offenbach am "
            "Main mit.", "Staatsanwaltschaft Offenbach am Main", id="am Main",
        ),
        pytest.param(
            "„Wir können die Bühne erst im Frühjahr wieder öffnen“, teilte das Landestheater Neustadt an der "
            "Donau mit.", "Landestheater Neustadt an der Donau", id="an der Donau",
        ),
        # near misses: a river after a person's name, and a day after the preposition, are no part of a name
        pytest.param(
            "„Der Pegel steigt bis zum Abend weiter“, sagte Jan Kohl am Rhein bei Bonn.", "Jan Kohl",
            id="a person's name",
        ),
        pytest.param(
            "„Die Ermittlungen gegen die drei Männer dauern an“, teilte die Staatsanwaltschaft Offenbach am "
            "Montag mit.", "Staatsanwaltschaft Offenbach", id="am Montag",
        ),
        # where the person or body was, after a surname, a role and a surname, or a kind noun alone
        pytest.param(
            "„Wir lassen die Leute am Deich nicht allein“, sagte Brandt an der Oder.", "Brandt",
            id="a surname",
        ),
        pytest.param(
            "„Das Wasser steigt bis morgen weiter“, sagte Landrat Weber am Rhein.", "Weber",
            id="a role and a surname",
        ),
        pytest.param(
            "„Die Lage am Ufer ist ernst“, sagte die Polizei an der Elbe.", "Polizei", id="a kind noun",
        ),
    ],
)
def test_a_place_keeps_the_river_its_name_adds(text: str, speaker: str) -> None:
    assert [s for _, s in _found(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # `des Konzerns` names the company the text named, not the sum counted after a numeral
        pytest.param(
            "Der Kasseler Pumpenhersteller Brandt Hydraulik verlagert die Fertigung nach Polen. Der Umsatz "
            "sank im Vorjahr um 38 Millionen Franken.\n„Am Standort bleiben Entwicklung und Vertrieb“, heißt "
            "es in einer Stellungnahme des Konzerns.", "Brandt Hydraulik",
            id="a company, a town's adjective and its kind before it",
        ),
        # near miss: an ordinal before a club's short name leaves the club a body
        pytest.param(
            "Der 1. FC Talheim hat den Trainer entlassen.\n„Wir danken ihm für die Arbeit“, heißt es in "
            "einer Mitteilung des Vereins.", "1. FC Talheim", id="an ordinal before a club",
        ),
        # `des Gremiums`: the council that opens the sentence before by its noun and place
        pytest.param(
            "Das Freibad am See bleibt zu. Der Kreiselternrat Fulda verlangte am Montag Ersatz.\n„Die Kinder "
            "sollen schwimmen lernen“, heißt es in einer Stellungnahme des Gremiums.",
            "Kreiselternrat Fulda", id="a council by its noun",
        ),
        pytest.param(
            "Die Sporthalle bleibt gesperrt. Der Kreiselternrat Bad Hersfeld verlangte eine Sanierung.\n„Der "
            "Unterricht fällt seit Wochen aus“, heißt es in einer Stellungnahme des Gremiums.",
            "Kreiselternrat Bad Hersfeld", id="a council by its noun and a town of two words",
        ),
        # `Die Behörde rät …`: the authority named before, by the noun of its kind
        pytest.param(
            "Das Gesundheitsamt Celle zählte am Freitag zwölf neue Fälle.\nDie Behörde rät älteren Menschen "
            "zur Impfung. In der Mitteilung heißt es: „Die Lage in den Heimen bleibt ruhig.“",
            "Gesundheitsamt Celle", id="an authority by its kind",
        ),
        # near miss: a body's own noun, not the noun of a kind, names no other body
        pytest.param(
            "Das Rathaus Celle zählte am Freitag zwölf neue Fälle.\nDie Polizei rät älteren Menschen "
            "zur Vorsicht. In der Mitteilung heißt es: „Die Lage in den Heimen bleibt ruhig.“",
            "Polizei", id="a body by its own noun",
        ),
        # near miss: a company's own name that opens with a word in -er keeps it
        pytest.param(
            "Die Kessler Gruppe streicht ihre Prognose.\n„Das Geschäft mit Baumärkten stockt“, heißt es "
            "in einer Mitteilung des Unternehmens.", "Kessler Gruppe", id="a name opening in -er",
        ),
        # near misses: a person, a councillor by title, opening the sentence between is no company
        pytest.param(
            "Die Stadtwerke Kassel erhöhen zum Januar die Preise. Der Landrat Michael Schulz kritisierte den "
            "Schritt.\n„Wir haben keine andere Wahl“, heißt es in einer Mitteilung des Unternehmens.",
            "Stadtwerke Kassel", id="a Landrat named between",
        ),
        pytest.param(
            "Der Energieversorger Nordlicht erhöht die Preise. Der Landrat kritisierte das.\n„Wir haben "
            "keine andere Wahl“, heißt es in einer Mitteilung des Unternehmens.", "Nordlicht",
            id="a Landrat by title alone between",
        ),
        # near misses: the company opening the sentence before with a town's adjective and its kind keeps
        # its whole name, whatever the town
        pytest.param(
            "Der Bremer Werkzeughersteller Sandvoss Technik hat seine Ziele gesenkt.\n„Die Kunden in Asien "
            "bestellen weniger“, heißt es in einer Mitteilung des Unternehmens.", "Sandvoss Technik",
            id="a town's adjective and a kind before a company's name",
        ),
        pytest.param(
            "Der Leipziger Möbelhersteller Lindholz Design schließt ein Werk.\n„Die Nachfrage ist zu "
            "schwach“, heißt es in einer Mitteilung des Unternehmens.", "Lindholz Design",
            id="a town in -ig",
        ),
    ],
)
def test_a_body_named_again_by_the_noun_of_its_kind(text: str, speaker: str) -> None:
    assert [s for _, s in _found(text)][-1] == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        # a capitalised adjective in -al, -lich or -ig takes its strong ending without the article
        pytest.param("Der Kommunale Zweckverband Rheintal", "Kommunaler Zweckverband Rheintal", id="-al"),
        pytest.param("Der Ländliche Bauernverband Nordheim", "Ländlicher Bauernverband Nordheim", id="-lich"),
        # near misses: a noun in -e before the name is no adjective
        pytest.param("Der Geselle Verband Nordheim", "Geselle Verband Nordheim", id="a noun in -elle"),
        pytest.param("Der Rivale Verband Nordheim", "Rivale Verband Nordheim", id="a short noun in -ale"),
    ],
)
def test_a_body_opened_by_an_adjective_takes_its_strong_ending(opening: str, speaker: str) -> None:
    text = (
        f"{opening} lehnt die neue Gebührenordnung ab. „Die Kosten tragen am Ende die Mitglieder“, heißt es "
        "in einer Mitteilung des Verbands."
    )
    assert [s for _, s in _found(text)] == [speaker]


@pytest.mark.parametrize(
    ("town", "kind"),
    [
        # a town ending as adjectives do (-al, -ig) makes its -er adjective all the same
        pytest.param("Wuppertaler", "Hausgerätehersteller", id="-al"),
        pytest.param("Leipziger", "Energieversorger", id="-ig"),
        pytest.param("Kölner", "Energieversorger", id="another town"),
    ],
)
def test_a_towns_adjective_in_al_or_ig_before_a_kind_is_no_part_of_the_name(town: str, kind: str) -> None:
    text = (
        f"Der {town} {kind} Kobalt Werke streicht 200 Stellen. „Die Aufträge sind eingebrochen“, sagte ein "
        "Sprecher des Unternehmens."
    )
    assert [s for _, s in _found(text)] == ["Kobalt Werke"]


def test_a_court_named_a_hof_speaks_as_a_body() -> None:
    """German names some courts and audit offices a "Hof" (`Bundesgerichtshof`, `Rechnungshof`): such a
    compound after its article is the body that speaks, not a role noun naming again the man or the
    lower court named before; the bare `das Gericht` still names the court given before."""
    text = (
        "Ein Statiker aus Emden ist mit seiner Beschwerde endgültig gescheitert. Der Bundesgerichtshof "
        "verwarf sie am Dienstag, das Oberlandesgericht Oldenburg hatte den Ingenieur zu zwei Jahren auf "
        "Bewährung verurteilt.\n"
        "Er hatte Prüfberichte für drei Brücken unterschrieben, die er nie betreten hatte.\n"
        "„Wer Gutachten ungelesen unterzeichnet, setzt das Leben vieler Menschen aufs Spiel“, teilte der "
        "Bundesgerichtshof mit."
    )
    assert [s for _, s in _found(text)] == ["Bundesgerichtshof"]
    bare = (
        "Das Amtsgericht Husum hat eine Tierärztin wegen Betrugs an Landwirten verurteilt.\n"
        "„Die Angeklagte hat über Monate Behandlungen abgerechnet, die nie stattfanden“, teilte das Gericht "
        "mit."
    )
    assert [s for _, s in _found(bare)] == ["Amtsgericht Husum"]


@pytest.mark.parametrize(
    ("body", "again", "expected"),
    [
        ("Der Europäische Gerichtshof für Menschenrechte", "der Gerichtshof",
         "Europäischer Gerichtshof für Menschenrechte"),
        ("Die Europäische Kommission für Menschenrechte", "die Kommission",
         "Europäische Kommission für Menschenrechte"),
    ],
)
def test_a_body_s_head_noun_alone_takes_up_its_full_name(body: str, again: str, expected: str) -> None:
    """A body named by adjectives, its head noun and a complement (`der Europäische Gerichtshof für
    Menschenrechte`), then by its head noun alone after the article (`teilte der Gerichtshof mit`): the body
    named before, in full, not the bare noun."""
    text = (
        f"{body} hat Moldau wegen überlanger Haft verurteilt. „Ein Häftling darf nicht jahrelang auf sein "
        f"Urteil warten müssen“, teilte {again} mit."
    )
    assert [s for _, s in _found(text)] == [expected]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("Radio Weserland", "Bernd Ostwald"),  # the broadcaster told, in the dative
        ("Heiko Brandt", "Heiko Brandt"),  # near miss: a person named after the role
        ("Bremens", "Bremens"),  # near miss: a genitive completes the role (whose head: someone else)
    ],
)
def test_a_role_before_the_medium_it_told_speaks(after: str, expected: str) -> None:
    text = (
        "Schulleiter Bernd Ostwald führte am Freitag durch den Neubau. „Die Aula fasst vierhundert Schüler“, "
        f"erklärte der Schulleiter {after}."
    )
    assert [q.speaker for q in find_quotes(text, "de")] == [expected]


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        ("Fraktionschefin Ortsvorsteherin Lena Marx-Oberholz", "Lena Marx-Oberholz"),  # two roles, then her
        ("Fraktionschefin Lena Sophie Marx-Oberholz", "Lena Sophie Marx-Oberholz"),  # near miss: her names
        ("Fraktionschefin Gräfin Lena Marx-Oberholz", "Gräfin Lena Marx-Oberholz"),  # near miss: nobility
    ],
)
def test_two_role_nouns_before_a_name(titles: str, expected: str) -> None:
    text = (
        f"Im Hafen von Kiel stehen seit Wochen drei Kräne still. {titles} besuchte am Dienstag die Werft. "
        "„Ohne neue Kräne verlieren wir die Reedereien“, sagte sie."
    )
    assert [q.speaker for q in find_quotes(text, "de")] == [expected]


@pytest.mark.parametrize(
    ("newcomer", "pronoun", "expected"),
    [
        # a masculine person noun (its feminine in -in is a common word), no name: someone new
        ("Ein Schüler wartet jeden Morgen eine halbe Stunde.", "er", None),
        # a noun the words after it say the text does not name
        ("Eine Schülerin, die anonym bleiben möchte, fährt damit zur Berufsschule.", "sie", None),
        # the subject after a reflexive verb and its "sich"
        ("An der Haltestelle ärgerte sich eine Studentin über den Umweg.", "sie", None),
        # near miss: a thing, not a person, opens the sentence
        ("Ein Fahrplan hängt seit gestern aus.", "er", "Malte Brinkhorst"),
        # near miss: the newcomer is a woman, "er" the man named before
        ("An der Haltestelle ärgerte sich eine Studentin über den Umweg.", "er", "Malte Brinkhorst"),
        # near miss: the newcomer named in apposition
        ("Ein Schüler, Ruben Achterkamp, wartet jeden Morgen.", "er", "Ruben Achterkamp"),
        # near miss: a newcomer in the planner's reported words (Konjunktiv I) is no speaker
        ("Ein Schüler habe ihm sogar eine Liste mit Unterschriften überreicht.", "er", "Malte Brinkhorst"),
        # near miss: a newcomer as the subject of a passive is no speaker
        ("Ein Schüler wurde an der Tür eingeklemmt.", "er", "Malte Brinkhorst"),
    ],
)
def test_someone_brought_in_by_an_indefinite_person_noun_speaks_unnamed(
    newcomer: str, pronoun: str, expected: str | None
) -> None:
    text = (
        "Die Buslinie 14 fährt ab Juni nur noch stündlich. „Uns fehlen zwölf Fahrer“, erklärte "
        f"Verkehrsplaner Malte Brinkhorst. {newcomer} „Das ärgert mich seit Wochen“, sagt {pronoun}."
    )
    assert [q.speaker for q in find_quotes(text, "de")] == ["Malte Brinkhorst", expected]


@pytest.mark.parametrize(
    ("relative", "pronoun", "expected"),
    [
        ("Henrik O.s Frau Greta (52)", "sie", "Greta"),  # his abbreviated surname in the genitive
        ("Henrik Zwiebelhaupts Tochter Frieda (19)", "sie", "Frieda"),  # his full name in the genitive
        # a role noun after the genitive
        ("Henrik Zwiebelhaupts Trainer Paul Drechselmann", "er", "Paul Drechselmann"),
        # near miss: no name after the kin noun, the owner named before speaks
        ("Henrik Zwiebelhaupts Tochter", "Zwiebelhaupt", "Henrik Zwiebelhaupt"),
        # near miss: a man named in full, no genitive before a role noun
        ("Hafenmeister Bernd Ockenfels", "er", "Bernd Ockenfels"),
    ],
)
def test_a_genitive_name_before_a_kin_or_role_noun_and_a_first_name(
    relative: str, pronoun: str, expected: str
) -> None:
    text = (
        "Der Segler Henrik Zwiebelhaupt (55) startet am Samstag zur Regatta um die Insel. "
        f"{relative} hat die Segel in diesem Winter selbst genäht. „Wir wollen unter die ersten zehn Boote "
        f"kommen“, sagt {pronoun}."
    )
    assert [q.speaker for q in find_quotes(text, "de")] == [expected]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # reported words, then the reporting verb and its subject after the comma: that body's statement
        (
            "Nachts sei die Wache in Tannrode sonst unbesetzt, betonte der Verein.",
            "Förderverein der Feuerwehr Tannrode",
        ),
        (
            "Nachts sei die Wache in Tannrode sonst unbesetzt, betonte die Kreisverwaltung Obermoor.",
            "Kreisverwaltung Obermoor",
        ),
        # near miss: a subordinate clause after the comma, no reporting clause: nobody's statement named
        ("Nachts sei die Wache in Tannrode sonst unbesetzt, solange der Verein keine Helfer findet.", None),
    ],
)
def test_a_statement_named_after_a_reporting_clause_is_its_subjects(
    before: str, expected: str | None
) -> None:
    text = (
        f"Der Förderverein der Feuerwehr Tannrode lehnt die Zusammenlegung der Wachen ab. {before} In dem "
        "Schreiben heißt es: „Bis ein Löschzug aus der Stadt anrückt, vergehen zwanzig Minuten.“"
    )
    assert [q.speaker for q in find_quotes(text, "de")] == [expected]


@pytest.mark.parametrize(
    ("before", "subject", "expected"),
    [
        # a role noun, its genitive complement, then the name set off by commas: the one named
        ("Eltern sammeln Unterschriften.", "Der Rektor der Grundschule, Ingo Pohlmann,", "Ingo Pohlmann"),
        (
            "Eltern sammeln Unterschriften.",
            "Der Rektor der Grundschule „Am Mühlbach“, Ingo Pohlmann,",
            "Ingo Pohlmann",
        ),
        # near miss: the role and its genitive without a name: the man named with that role before
        ("Rektor Ingo Pohlmann ist skeptisch.", "Der Rektor der Grundschule", "Ingo Pohlmann"),
    ],
)
def test_an_article_after_a_role_noun_opens_its_genitive_not_the_verb(
    before: str, subject: str, expected: str
) -> None:
    text = (
        f"Die Gemeinde verlegt die Bushaltestelle vor der Grundschule an die Hauptstraße. {before} „Dort ist "
        "endlich Platz für zwei Busse“, sagte Bürgermeister Hannes Vosskamp. "
        f"{subject} ist anderer Meinung: „Die Kinder müssen jetzt zweimal über eine Ampel“."
    )
    assert [q.speaker for q in find_quotes(text, "de")] == ["Hannes Vosskamp", expected]


_WORKSHOP = "Henrike Lindholm flickt seit fünfzehn Jahren Fahrräder in ihrer Werkstatt am Bahnhof Kellstedt. "
_SPARES = "„Ersatzteile aus Übersee kommen jetzt acht Wochen zu spät“"


@pytest.mark.parametrize("adjective", ["gelernte", "langjährige"])
def test_a_definite_role_noun_after_an_adjective_names_again_the_woman_just_named(adjective: str) -> None:
    text = f"{_WORKSHOP}{_SPARES}, meint die {adjective} Mechanikerin."
    assert [s for _, s in _found(text)] == ["Henrike Lindholm"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            f"{_WORKSHOP}„Der Radweg vor dem Bahnhof wird bis Ostern verbreitert“, kündigte die zuständige "
            "Straßenbaubehörde an.",
            "Straßenbaubehörde", id="a body's noun after an adjective",
        ),
        pytest.param(
            f"{_WORKSHOP}{_SPARES}, meint die junge Kollegin Lene Sander.",
            "Lene Sander", id="the role noun, then a name",
        ),
    ],
)
def test_a_definite_noun_after_an_adjective_that_names_no_one_again(text: str, speaker: str) -> None:
    assert [s for _, s in _found(text)] == [speaker]


@pytest.mark.parametrize("adjective", ["neue", "andere", "nächste"])
def test_an_adjective_that_brings_in_someone_else_names_not_the_woman_just_named(adjective: str) -> None:
    text = (
        "Henrike Lindholm hat ihre Fahrradwerkstatt am Bahnhof von Kellstedt im Herbst abgegeben. "
        f"„Im Winter repariert hier kaum jemand sein Rad“, meint die {adjective} Mechanikerin."
    )
    assert "Henrike Lindholm" not in [s for _, s in _found(text)]


def test_a_feminine_role_noun_after_an_adjective_is_not_the_man_just_named() -> None:
    text = f"{_WORKSHOP.replace('Henrike', 'Jannik')}{_SPARES}, meint die langjährige Buchhalterin."
    assert "Jannik Lindholm" not in [s for _, s in _found(text)]
