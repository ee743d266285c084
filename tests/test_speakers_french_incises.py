"""French `reprendre` in an incise (`« … », reprend-elle`, `« …, reprend la directrice, … »`) reports
speech as `ajouter` does: the one who goes on speaking (session 21; Grevisse lists it among the verbs of
the incise). Not `reprendre` with an object outside an incise. Invented scenes."""

from __future__ import annotations

from digest.quotes.finder import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "fr")]


def test_reprend_with_a_pronoun() -> None:
    text = (
        "La patinoire de Gap fermera en avril, a annoncé sa directrice, Odile Berthon. « Les travaux de la "
        "dalle dureront tout l'été », reprend-elle."
    )
    assert _speakers(text) == ["Odile Berthon"]


def test_reprend_with_a_role_after_an_unnamed_quote() -> None:
    text = (
        "La directrice du musée, Claire Fontanel, défend la nouvelle billetterie.\nUn gardien, qui préfère "
        "rester anonyme, affirme que « les files d'attente ont doublé depuis mars ».\n« Les chiffres disent "
        "le contraire, reprend la directrice, et je les publierai. »"
    )
    assert _speakers(text)[-1] == "Claire Fontanel"


def test_reprendre_with_an_object_reports_nothing() -> None:
    text = (
        "La chorale de Dole reprend ses répétitions lundi. « On a hâte de chanter à nouveau ensemble », "
        "confie Léa Carrel, soprano."
    )
    assert _speakers(text) == ["Léa Carrel"]
