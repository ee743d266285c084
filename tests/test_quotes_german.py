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
        "Die Stadt Thalwil plant eine neue Strasse. «Wir beginnen noch in diesem Jahr», sagte Stadtpräsidentin "
        "Petra Lindner.\n«Die Bagger stehen bereit», ergänzte sie."
    )
    assert _found(text) == [
        ("Wir beginnen noch in diesem Jahr", "Petra Lindner"),
        ("Die Bagger stehen bereit", "Petra Lindner"),
    ]
