"""Names and bodies as French, Italian, Spanish and Portuguese news writes them (session 9), each on
invented sentences about fictional people and bodies: a surname that opens with an elided particle in
capitals ("D’Alessandro")."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "it", "L{a}assessora al Bilancio, Gemma D{a}Ambrosio, ha presentato la manovra. «Non ci saranno "
            "nuove tasse per le famiglie», ha detto.\nL{a}opposizione protesta. «I conti però restano in "
            "ordine e lo dimostreremo», ha aggiunto D{a}Ambrosio.", "Gemma D{a}Ambrosio", id="it",
        ),
    ],
)
def test_a_surname_with_an_elided_particle(language: str, text: str, speaker: str, apostrophe: str) -> None:
    expected = speaker.format(a=apostrophe)
    assert _speakers(text.format(a=apostrophe), language) == [expected, expected]
