"""Pastes from news apps and aggregators: headline, outlet, author and date from the header lines,
and none of the app's promos, menus, captions or sign-up lines in the text or the digest."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.article.pasted import article_from_text
from digest.pipeline import digest_text

PASTED = Path(__file__).parent / "fixtures" / "pasted"

# name: (title, outlet, author, published, first words of the body, header and footer lines)
SHAPES = {
    "reader_app_wall": (
        "Ferry minister 'preparing to quit' as shipyard contract collapses, say officials",
        "Northern Courier", "Martha Quill", None, "Transport minister Gordon Hale",
    ),
    "apple_news": (
        "Wildfire smoke closes schools across three counties", "The Valley Standard", "Tom Reyes",
        "2026-04-09", "More than 140 schools",
    ),
    "google_news": (
        "Tram line to the airport approved after six-year wait", "Harbour Gazette", "Lena Ostrova", None,
        "The city council approved",
    ),
    "flipboard": (
        "Ferry operator fined over Christmas Eve timetable chaos", "Coastal Ledger", "Dominic Farrow", None,
        "The operator of the island ferry",
    ),
    "outlet_app": (
        "Queues return to Lviv petrol stations as fuel deliveries stall", "The Evening Sentinel",
        "Olena Marchuk", "2026-04-13", "Long queues returned",
    ),
    "broadcaster_app": (
        "Kherson residents queue for water as shelling continues", "Northshire Broadcasting News",
        "Anna Petrova", "2026-04-14", "Hundreds of residents queued",
    ),
    "wire_story": (
        "Oil prices jump after pipeline outage in the North Sea", "Meridian Wire",
        "Anna Hirschfeld and Noah Brennan", "2026-04-14", "LONDON, April 14 (Meridian Wire)",
    ),
    "outlet_app_fr": (
        "La ville de Lyon va fermer trois piscines pour rénovation", "Le Courrier du Rhône", "Marie Dupont",
        "2026-04-14", "La ville de Lyon a annoncé mardi",
    ),
    "outlet_app_de": (
        "Stadtrat beschließt neue Tram-Linie nach Freiham", "Süddeutsche Rundschau", "Anna Schmidt",
        "2026-04-14", "Der Münchner Stadtrat hat am Dienstag",
    ),
    "outlet_app_es": (
        "Sevilla abrirá cinco nuevas bibliotecas de barrio antes de 2028", "El Diario del Sur",
        "Lucía Romero", "2026-04-14", "El Ayuntamiento de Sevilla",
    ),
    "outlet_app_it": (
        "Brescia, il tram arriverà fino all’ospedale entro il 2029", "Il Giornale di Brescia",
        "Marco Bianchi", "2026-04-14", "Il consiglio comunale di Brescia",
    ),
    "outlet_app_ru": (
        "В Перми открыли первый пункт проката электровелосипедов", "Уральский курьер", "Анна Волкова",
        "2026-04-14", "В Перми в понедельник",
    ),
}


def load(name: str) -> str:
    return (PASTED / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_header_gives_headline_outlet_author_and_date(name: str) -> None:
    title, outlet, author, published, opening = SHAPES[name]
    article = article_from_text(load(name))
    assert (article.title, article.outlet, article.author, article.published) == (
        title, outlet, author, published
    )
    assert article.text.startswith(opening)


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_no_header_or_footer_line_reaches_the_text_or_the_digest(name: str) -> None:
    text = load(name)
    digest = digest_text(text)
    body_lines = set(digest.article.text.split("\n"))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = lines.index(next(line for line in lines if line.startswith(SHAPES[name][4])))
    header = lines[:first]
    # menus, buttons, list headings: short, with no sentence ending
    after = [line for line in lines[first:]
             if len(line.split()) < 12 and not line.endswith((".", "!", "?", "”", '"', "»"))]
    for line in header + after:
        assert line not in body_lines, line
        assert all(line != sentence for sentence in digest.sentences), line
    assert digest.sentences[0].startswith(SHAPES[name][4])
    for line in body_lines:
        assert line in text
    for credit in ("Getty", "PA Wire", "AP Photo", "Photograph:", "Фото:", "Sign in", "Share"):
        assert credit not in digest.article.text


@pytest.mark.parametrize(("name", "partial"), [
    ("reader_app_wall", True), ("outlet_app_fr", True), ("apple_news", False), ("outlet_app_de", False),
])
def test_a_paste_that_stops_at_a_paywall_is_a_preview(name: str, partial: bool) -> None:
    article = article_from_text(load(name))
    assert article.partial is partial
    assert "abonnés" not in article.text and "Se connecter" not in article.text


@pytest.mark.parametrize("line", ["By the way, the ferry was late", "Di solito il tram passa ogni ora"])
def test_a_line_opening_like_a_byline_without_a_name_is_not_one(line: str) -> None:
    body = (
        "The regional water authority said on Tuesday that the reservoir would close for a year. "
        "Engineers will replace the spillway gates, which date from 1932, before next winter."
    )
    assert article_from_text(f"Reservoir to close for a year\n{line}\n{body}\n{body}").author is None


def test_promo_lines_that_read_like_sentences_are_not_the_article() -> None:
    digest = digest_text(load("reader_app_wall"))
    promos = ("Every newspaper you love", "Over 100 quality publications", "One login", "Hundreds of trusted")
    for promo in promos:
        assert promo not in digest.article.text
        assert not any(promo in sentence for sentence in digest.sentences)


def test_quote_cut_by_the_sign_up_wall_ends_with_an_ellipsis() -> None:
    digest = digest_text(load("reader_app_wall"))
    assert digest.article.partial
    cut = [q for q in digest.quotes if q.text.startswith("We have given this government")]
    assert cut, digest.quotes
    assert cut[0].text.endswith("…") and not cut[0].text.endswith(".…")
    for quote in digest.quotes:
        assert quote.text.endswith("…") or "blame the workers" not in quote.text


def test_short_preview_in_a_script_without_spaces_is_digested_and_flagged() -> None:
    text = (
        "港湾日報\n経済\n北浜港に新しい防波堤、台風シーズン前に完成へ\n2026年6月2日\n"
        "北浜港で建設中の新しい防波堤が、今年の台風シーズン前に完成する見通しとなった。港湾局が1日、明らかにした。\n"
        "この記事は有料会員限定です。\n"
    )
    digest = digest_text(text)
    assert digest.article.partial
    assert digest.article.title == "北浜港に新しい防波堤、台風シーズン前に完成へ"
    assert digest.article.published == "2026-06-02"
    assert digest.sentences[0].startswith("北浜港で建設中の新しい防波堤が")


def test_a_section_label_shaped_like_a_name_is_not_the_author() -> None:
    text = (
        "Climate Crisis\nSea levels rising faster than forecast, study finds\n"
        "Sea levels along the northern coast are rising faster than any model predicted, according to a "
        "study published on Monday by the national climate office.\n"
        "The study says the climate of the region has warmed by two degrees since 1950, and that the "
        "crisis will reach the harbour towns within twenty years.\n"
    )
    article = article_from_text(text)
    assert article.title == "Sea levels rising faster than forecast, study finds"
    assert article.author is None
