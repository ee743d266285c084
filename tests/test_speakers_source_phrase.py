"""An "according to" phrase that no comma closes (`Secondo la guida il rifugio resta «…»`): an article
right after the source's noun (not after a preposition) opens the clause's own subject, so the source
ends before it (session 21). Not an article after a preposition inside the source (`Secondo la guida
del parco`), a named source stays itself, and German, whose articles mark case, keeps a genitive chain
(`Laut der Sprecherin des Tierparks, X`). Invented scenes."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes

_GUIDE = '"I sentieri sono sicuri fino a ottobre", dice Marta Zamperlin, guida alpina di Bassano. '
_HUT = 'il rifugio resta "aperto soltanto nei fine settimana".'


def _last_speaker(text: str, language: str) -> str | None:
    return [q.speaker for q in find_quotes(text, language)][-1]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "it", _GUIDE + "Secondo la guida " + _HUT, "Marta Zamperlin", id="it: secondo la guida il …"
        ),
        pytest.param("it", _GUIDE + "Per la guida " + _HUT, "Marta Zamperlin", id="it: per la guida il …"),
        pytest.param(
            "it",
            _GUIDE + "Secondo la guida del parco " + _HUT,
            "Marta Zamperlin",
            id="near miss: after a preposition",
        ),
        pytest.param(
            "it",
            _GUIDE + "Secondo il gestore Ivo Bressanin " + _HUT,
            "Ivo Bressanin",
            id="near miss: a named source",
        ),
        pytest.param(
            "de",
            "Der Tierpark bleibt zu. Laut der Sprecherin des Tierparks, Ulla Quandtmeier, „dauert der "
            "Umbau bis Juni“.",
            "Ulla Quandtmeier",
            id="near miss: a German genitive chain",
        ),
        pytest.param(
            "de",
            "Der Tierpark bleibt zu. Nach Angaben des Leiters der Stadtwerke, Jonas Quandtmeier, „kommt "
            "das neue Dach im Juni“.",
            "Jonas Quandtmeier",
            id="near miss: a German genitive after nach Angaben",
        ),
    ],
)
def test_the_source_ends_before_the_subject(language: str, text: str, expected: str) -> None:
    assert _last_speaker(text, language) == expected
