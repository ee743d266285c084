"""article_from_text: the article inside a pasted news-app page."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.article.pasted import article_from_text
from digest.errors import ExtractionError
from digest.pipeline import all_quotes

PASTED = Path(__file__).parent / "fixtures" / "pasted"


def load(name: str) -> str:
    return (PASTED / f"{name}.txt").read_text(encoding="utf-8")


def test_full_paste_yields_headline_byline_and_clean_body() -> None:
    text = load("news_app_full")
    article = article_from_text(text)
    assert article.title == "Dam repairs to close Millbrook reservoir for a year"
    assert article.author == "Priya Raman"
    assert article.url == "https://www.harborcitytribune.example/news/2026/03/04/millbrook-dam-repairs"
    assert article.language == "en"
    assert article.text.startswith("Millbrook reservoir will close")
    assert '"Safety has to come first," he said.' in article.text
    furniture_lines = ("Download the app", "Getty", "Advertisement", "Read more", "Share", "Sign up")
    for furniture in furniture_lines:
        assert furniture not in article.text
    assert "Updated" not in article.text
    assert not article.partial
    for line in article.text.split("\n"):
        assert line in text


def test_sign_up_wall_marks_the_paste_partial() -> None:
    article = article_from_text(load("news_app_paywall"))
    assert article.title == "Inside the race to build the first tidal power station"
    assert article.author == "Eleanor Price"
    assert article.partial and article.partial_reason
    assert article.text.endswith("fished the estuary for four generations.")
    assert "Photograph" not in article.text
    assert "Most read" not in article.text and "Ferry" not in article.text


def test_paste_without_headline_or_byline_still_finds_the_prose() -> None:
    body = (
        "The regional water authority said on Tuesday that the reservoir would close for a year. "
        "Engineers will replace the spillway gates, which date from 1932, before next winter."
    )
    article = article_from_text(f"{body}\n{body}")
    assert article.text == f"{body}\n{body}"
    assert article.author is None


def test_byline_at_the_end_names_the_author_without_hiding_the_body() -> None:
    lines = load("news_app_full").splitlines()
    byline = next(line for line in lines if line.startswith("By "))
    moved = "\n".join([line for line in lines if line != byline] + [byline])
    article = article_from_text(moved)
    assert article.author == "Priya Raman"
    assert article.text.startswith("Millbrook reservoir will close")


@pytest.mark.parametrize("text", ["", "hello", "Look at this https://example.com/x", load("not_an_article")])
def test_no_article_raises(text: str) -> None:
    with pytest.raises(ExtractionError, match="couldn't find an article"):
        article_from_text(text)


def test_lines_that_run_on_into_a_quotation_stay_in_the_body() -> None:
    text = (
        "Rentner gibt gefundenes Geld zurück\n\n"
        "Ein Rentner hat beim Sortieren von Altpapier einen Umschlag mit 30.000 Euro gefunden und ihn "
        "noch am selben Abend bei der Polizei abgegeben.\n"
        "Der Besitzer überreichte dem Paar einen Finderlohn. Der Rentner will das Geld spenden:\n"
        "„Wir geben es dem Tierheim. Da haben wir vor zehn Jahren unseren Hund geholt,\n"
        "und die können es gut brauchen“, sagt der Rentner.\n"
    )
    body = article_from_text(text).text
    assert "Der Rentner will das Geld spenden:" in body
    assert "unseren Hund geholt," in body


@pytest.mark.parametrize(
    ("lines", "quote", "speaker"),
    [
        (["“We will open the new quay before the summer,",
          "whatever the weather does,” said Harriet Ashdown,", "who chairs the harbour board."],
         "We will open the new quay before the summer, whatever the weather does", "Harriet Ashdown"),
        (["„Wir bauen die Mole fertig, auch wenn der Winter",
          "hart wird“, sagte Hafenmeister Jörn Kettelhake", "am Mittwoch in Husum."],
         "Wir bauen die Mole fertig, auch wenn der Winter hart wird", "Jörn Kettelhake"),
        (["« Nous ouvrirons le nouveau quai avant l’été, quoi qu’il arrive »,",
          "explique Gaëlle Morvan, présidente du conseil portuaire."],
         "Nous ouvrirons le nouveau quai avant l’été, quoi qu’il arrive", "Gaëlle Morvan"),
    ],
)
def test_a_quote_broken_across_lines_reads_whole(lines: list[str], quote: str, speaker: str) -> None:
    """A copied page keeps its hard line breaks inside a sentence: the quotation reads as one, and the
    words crediting it on the next line still credit it (as on a page with `<br>`)."""
    filler = {
        "en": "The harbour board met on Wednesday to approve the last part of the budget for the works, "
              "which began two years ago and have been delayed twice by storms and by a shortage of steel.",
        "de": "Der Hafenausschuss hat am Mittwoch den letzten Teil des Budgets für die Arbeiten "
              "freigegeben, die vor zwei Jahren begonnen haben und zweimal durch Stürme verzögert wurden.",
        "fr": "Le conseil portuaire s’est réuni mercredi pour voter le budget des travaux, commencés il y "
              "a deux ans et retardés deux fois par les tempêtes et le manque d’acier.",
    }[{"„": "de", "«": "fr"}.get(lines[0][0], "en")]
    article = article_from_text("\n".join(["Harbour works", filler, *lines, filler]))
    assert [(q.text, q.speaker) for q in all_quotes(article)] == [(quote, speaker)]
