"""A record the words are read from (minutes, a transcript) named in an "according to" phrase before
the speech verb (session 25), on invented sentences about fictional people: the one who spoke is the
verb's subject (German, after the verb) or its dropped subject (Italian, Spanish), not the record."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "de",
            "Der Vereinsvorsitzende Gernot Falkenhayn leitete die Versammlung im Schützenhaus. Laut "
            "Mitschrift betonte er, der Verein werde „keinen einzigen Schießstand an Investoren verkaufen“.",
            "Gernot Falkenhayn", id="de-laut-pronoun",
        ),
        pytest.param(
            "de",
            "Die Schulleiterin Marlene Ostheimer sprach vor dem Elternbeirat. Laut Niederschrift erklärte "
            "sie, die Turnhalle bleibe „bis zu den Herbstferien geschlossen“.",
            "Marlene Ostheimer", id="de-laut-she",
        ),
        pytest.param(
            "de",
            "Laut Vernehmungsakte sagte der Angeklagte Rufus Tessendorf damals: „Die Pläne lagen offen auf "
            "dem Schreibtisch.“",
            "Rufus Tessendorf", id="de-laut-name",
        ),
        pytest.param(
            "it",
            "Il presidente della cooperativa Ermanno Solaroli ha incontrato i soci a Valmonte. Secondo la "
            "trascrizione, ha detto che «nessun frutteto sarà venduto prima della vendemmia».",
            "Ermanno Solaroli", id="it-secondo-trascrizione",
        ),
        pytest.param(
            "es",
            "La directora del puerto Maite Arrondo compareció ante los pescadores. Según la transcripción, "
            "afirmó que «ningún amarre se cerrará antes de la primavera».",
            "Maite Arrondo", id="es-segun-transcripcion",
        ),
    ],
)
def test_the_person_who_spoke_not_the_record(language: str, text: str, expected: str) -> None:
    assert _speakers(text, language) == [expected]


def test_a_body_as_the_source_still_speaks() -> None:
    # near misses: no person after the German verb, a body (not a record) in the Italian phrase
    text = (
        "Laut Wasserverband gab es keine Ausfälle. „Kein Haushalt war auch nur eine Stunde ohne Wasser“, "
        "teilte der Wasserverband mit."
    )
    assert "Wasserverband" in (_speakers(text, "de")[0] or "")
    text = (
        "Il presidente della cooperativa Ermanno Solaroli è arrivato in piazza. Secondo i carabinieri, "
        "ha detto che «la strada per il passo resta chiusa fino a domenica»."
    )
    assert (_speakers(text, "it")[0] or "").lower().endswith("carabinieri")
