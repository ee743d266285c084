"""Crediting habits of French, Portuguese, Italian, Spanish and German news writing, each on invented
sentences about fictional people: a post on a social network, a resident of a district who is not
named, and the other ways a wire or a paper says who spoke."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "pt", "A atacante Inês Fontoura escreveu no Instagram: \"Dia difícil, mas amanhã voltamos a "
            "treinar mais forte.\"", "Inês Fontoura", id="pt: escreveu no Instagram",
        ),
        pytest.param(
            "es", "La diputada Lucía Arregui escribió en X: \"Una vergüenza para el Congreso y para el "
            "país\".", "Lucía Arregui", id="es: escribió en X",
        ),
        pytest.param(
            "it", "Il sindaco Gianluca Morandi ha scritto su Facebook: \"Una giornata storica per tutta "
            "la nostra città\".", "Gianluca Morandi", id="it: ha scritto su Facebook",
        ),
        pytest.param(
            "fr", "La députée Maëlle Triboulet a écrit sur Bluesky: \"Une honte pour l'Assemblée et pour "
            "le pays.\"", "Maëlle Triboulet", id="fr: a écrit sur Bluesky",
        ),
    ],
)
def test_a_post_on_a_network_is_its_authors(language: str, text: str, speaker: str) -> None:
    """The network after the verb is where the words were written, not a caption's label."""
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            "it", "Una residente di località Pruniccia, evacuata quella notte, ricorda il fumo. «Siamo "
            "scappati in pigiama senza niente», racconta.", id="it: località",
        ),
        pytest.param(
            "pt", "Uma moradora do bairro Jardim Itararé, que pediu para não ser identificada, lembra da "
            "fumaça. \"Saímos de pijama sem nada\", conta.", id="pt: bairro",
        ),
        pytest.param(
            "es", "Una vecina de la pedanía de Zarzalejo, evacuada esa noche, recuerda el humo. «Salimos "
            "en pijama sin nada», cuenta.", id="es: pedanía",
        ),
        pytest.param(
            "de", "Eine Anwohnerin aus dem Ortsteil Grünhain, die in der Nacht evakuiert wurde, erinnert "
            "sich. „Wir sind im Schlafanzug raus, ohne alles“, erzählt sie.", id="de: Ortsteil",
        ),
    ],
)
def test_the_district_of_an_unnamed_resident_is_no_speaker(language: str, text: str) -> None:
    assert _speakers(text, language) == [None]
