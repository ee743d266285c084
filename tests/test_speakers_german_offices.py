"""German speakers, and quotations that are no speech (session 24), on invented sentences about fictional
clubs, offices and people: an office named by its kind with the body it belongs to in the genitive; what a
banner, a sign or a board reads."""

from __future__ import annotations

from digest.quotes.finder import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "de")]


def test_office_and_the_body_it_belongs_to_in_the_genitive_are_one_name() -> None:
    # an office, a department, a supervisory board: `die Sportleitung des Turnvereins X`, `aus dem
    # Sportdezernat des Kreises X`: the genitive belongs to the office's name, the office speaks
    text = (
        "Der Pokal wird am Samstag in der Halle vergeben. „Alle Karten für das Finale sind verkauft“, teilte "
        "die Sportleitung des Turnvereins Oberhain mit.\n"
        "Auf dem Kamm liegt ein Meter Neuschnee. „Die Loipen werden erst ab Montag gespurt“, hieß es aus dem "
        "Sportdezernat des Kreises Tannried.\n"
        "„Der Sessellift bleibt bis Sonntag geschlossen“, teilte die Seilbahnaufsicht des Bezirks Hochwald "
        "mit."
    )
    assert _speakers(text) == [
        "Sportleitung des Turnvereins Oberhain",
        "Sportdezernat des Kreises Tannried",
        "Seilbahnaufsicht des Bezirks Hochwald",
    ]


def test_pipe_head_of_an_office_or_merit_in_the_genitive_is_no_office() -> None:
    # near misses: a pipe (`Wasserleitung`), an office named and then its head in apposition, a person who
    # heads a department, a merit (`Verdienst`): the person who speaks is named
    text = (
        "Die Wasserleitung der Turnhalle Oberhain ist in der Nacht geplatzt. „Das Training fällt bis Freitag "
        "aus“, sagte Hausmeister Jörn Haberkamp.\n"
        "Die Leitung der Musikschule, Direktorin Petra Langhans, hält am Konzert fest. „Wir spielen notfalls "
        "in der Kirche“, sagte sie.\n"
        "„Die Eisbahn öffnet erst im Januar“, sagte der Leiter der Abteilung Sportstätten, Ole Brammer.\n"
        "Der Aufstieg war vor allem ein Verdienst des Trainers Malte Köhnke. „Die Jungs haben jeden Abend "
        "geübt“, sagte Vereinschefin Ute Sandkuhl."
    )
    assert _speakers(text) == ["Jörn Haberkamp", "Petra Langhans", "Ole Brammer", "Ute Sandkuhl"]


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, "de")]


def test_what_banners_signs_and_boards_read_in_the_plural_or_dative_is_no_speech() -> None:
    # `auf Plakaten stand „…“`, `Transparente: „…“ stand darauf`, `war „…“ zu lesen`: German inflects the
    # noun of the sign (plural, dative plural), and what the sign reads is no one's words
    text = (
        "Beim Derby in Hollfeld hingen in der Fankurve Transparente: „Ohne uns gibt es keinen Verein“ stand "
        "darauf. Auf Plakaten der Gästefans war „Hundert Jahre und kein bisschen leise“ zu lesen. Zur Pause "
        "stand auf der Anzeigetafel: „Bitte die Fluchtwege frei halten“.\n"
        "Vor der Bäckerei am Stadion hängen Schilder, auf den Schildern steht „Brot von gestern zum halben "
        "Preis“.\n"
        "„Wir haben das Spiel am Ende verdient gewonnen“, sagte Trainerin Gunda Seebald."
    )
    assert _quotes(text) == [("Wir haben das Spiel am Ende verdient gewonnen", "Gunda Seebald")]


def test_someone_who_speaks_about_the_banners_is_quoted() -> None:
    # near misses: a speech verb with its subject after the banners are named (`Zu den Transparenten sagte
    # X:`, `Auf die Plakate angesprochen, antwortete X:`): speech, not what the banners read
    text = (
        "Zu den Transparenten sagte Vereinspräsident Eike Hollmann: „Die Fans haben recht, der Verein gehört "
        "ihnen.“\n"
        "Auf die Plakate angesprochen, antwortete Stadionsprecherin Mareike Tönnies: „Wir lesen jedes davon "
        "und nehmen es ernst.“"
    )
    assert _quotes(text) == [
        ("Die Fans haben recht, der Verein gehört ihnen.", "Eike Hollmann"),
        ("Wir lesen jedes davon und nehmen es ernst.", "Mareike Tönnies"),
    ]


def test_a_food_bank_called_tafel_is_no_board_and_its_people_are_quoted() -> None:
    # near miss: a bare `Tafel` is as often the food bank as a board; only the compound (`Anzeigetafel`)
    # is a sign noun, so the words of those who run a food bank stay quotes
    text = (
        "Vor der Tafel in Kirchbrück warten donnerstags immer mehr Menschen. Der Vorsitzende des "
        "Tafel-Vereins, Wendelin Ohlsen, zieht Bilanz: „Im Herbst hatten wir doppelt so viele Kunden wie im "
        "Frühjahr.“\n"
        "Die Tafeln der Region stehen vor leeren Regalen. Ehrenamtlerin Gesche Thormählen zur Lage bei den "
        "Tafeln: „Die Supermärkte geben kaum noch Brot ab.“"
    )
    assert _speakers(text) == ["Wendelin Ohlsen", "Gesche Thormählen"]


def test_witnesses_who_describe_what_they_saw_are_quoted() -> None:
    # near miss: `schildern` is a dative plural of the sign noun and a speech verb; `Zeugen schildern: „…“`
    # is speech
    text = "Zeugen schildern: „Zuerst brannte nur das Dach der Scheune, dann die ganze Halle.“"
    assert _speakers(text) == [None]


def test_circles_a_statement_comes_from_are_nobody_and_no_guess_either() -> None:
    # `Aus Vereinskreisen hieß es, …`: sources the press does not name, in a compound of "Kreise"; not the
    # person quoted in the sentence before
    text = (
        "Der Trainer des SV Moorbach steht nach der fünften Niederlage in Folge in der Kritik. Kapitänin "
        "Lene Haack stellte sich vor ihn: „Wir stehen zu ihm, keiner von uns will einen Wechsel.“ Aus "
        "Vereinskreisen hieß es dagegen, man suche „längst einen Nachfolger für den Sommer“."
    )
    assert _speakers(text) == ["Lene Haack", None]


def test_a_district_office_a_statement_comes_from_is_named() -> None:
    # near miss: `Aus dem Landratsamt X hieß es`: a body, named
    text = "Aus dem Landratsamt Moorbach hieß es: „Die Halle bleibt bis zum Frühjahr gesperrt.“"
    assert _speakers(text) == ["Landratsamt Moorbach"]


def test_a_kind_noun_with_a_body_named_in_apposition_is_that_body() -> None:
    # `Das Bauunternehmen, die … GmbH, …`: the kind's noun (a compound of one too) names the body again
    text = (
        "Das Bauunternehmen, die Wernheimer Tiefbau GmbH, verweist auf den Zeitplan. „Ohne die Brücke "
        "wird im Kreis keine einzige Straße fertig“, teilte das Bauunternehmen mit."
    )
    assert _speakers(text) == ["Wernheimer Tiefbau GmbH"]
    text = (
        "Der Energieverband, der Nordmärkische Stromverbund, warnt vor Engpässen. „Im Januar kann es "
        "an kalten Abenden knapp werden“, sagte ein Sprecher des Energieverbands.\n"
        "„Wir haben die Netzbetreiber längst gewarnt“, erklärte der Energieverband."
    )
    assert _speakers(text)[-1] == "Nordmärkische Stromverbund"


def test_a_common_noun_in_apposition_is_no_body_name() -> None:
    # near miss: the apposition is one more common noun, not a name
    text = (
        "Das Unternehmen, die Firma des Gründers, verweist auf den Zeitplan. „Ohne die Brücke wird im "
        "Kreis keine einzige Straße fertig“, teilte das Unternehmen mit."
    )
    assert _speakers(text) != ["Firma"]
