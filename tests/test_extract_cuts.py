"""Real-page faults: a wall right after the text, short teasers in any script, the date in the byline
rather than the footer, and text that some CMSs write decomposed (NFC)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from digest.article.extract import extract_article
from digest.errors import ExtractionError
from digest.models import Article
from digest.pipeline import all_quotes, digest_html

PAGES = Path(__file__).parent / "fixtures" / "pages"


def load(name: str) -> str:
    return (PAGES / f"{name}.html").read_text(encoding="utf-8")


def test_text_stopping_inside_a_quote_right_before_a_wall_is_a_preview_without_markup() -> None:
    html = load("reader_app_wall")
    assert "isAccessibleForFree" not in html
    digest = digest_html(html, "https://reader.example/article/ferry-minister")
    article = digest.article
    assert article.word_count > 400
    assert article.partial and "preview" in (article.partial_reason or "")
    assert article.text.endswith("chosen to blame the workers.")
    assert "Read stories from hundreds of titles" not in article.text
    assert not article.partial_reason.endswith("..")
    cut = [q for q in digest.quotes if "blame the workers" in q.text]
    assert all(q.text.endswith("…") for q in cut)


def test_footer_year_is_not_the_date() -> None:
    assert extract_article(load("reader_app_wall")).published is None


def test_a_mid_article_subscribe_box_does_not_cut_a_long_article() -> None:
    html = load("reader_app_wall").replace(
        "<h2>Sign up to read this article</h2>",
        "<h2>Sign up to read this article</h2>" + "".join(
            f"<p>On day {n} of the dispute, islanders said the council had ignored them for years and "
            f"that the ferries were now the only thing anyone talked about at harbour number {n}.</p>"
            for n in range(1, 7)
        ),
    )
    article = extract_article(html)
    assert "talked about at harbour number 6." in article.text


def test_short_paywalled_japanese_teaser_is_a_flagged_preview() -> None:
    digest = digest_html(load("japanese_teaser"), "https://kowan.example/news/2026/06/02/breakwater")
    article = digest.article
    assert article.partial and article.partial_reason
    assert article.title == "北浜港に新しい防波堤、台風シーズン前に完成へ"
    assert article.published and article.published.startswith("2026-06-02")
    assert "有料会員" not in article.text and "ログイン" not in article.text
    assert digest.sentences and digest.sentences[0].startswith("北浜港で建設中の新しい防波堤")


def test_short_teaser_without_a_wall_is_still_not_an_article() -> None:
    html = load("japanese_teaser")
    start, end = html.index('<div class="paywall">'), html.index("</article>")
    with pytest.raises(ExtractionError):
        extract_article(html[:start] + html[end:])


@pytest.mark.parametrize(("byline", "expected"), [
    ('<div class="article-meta">Анна Волкова · 14 апреля 2026, 10:30</div>', "2026-04-14"),
    ('<p class="byline">By Anna Volkova <time datetime="2026-04-14T10:30:00+03:00">14 April</time></p>',
     "2026-04-14T10:30:00+03:00"),
    ('<span class="date">Mon 13 Apr 2026 18.02 BST</span>', "2026-04-13"),
])
def test_date_from_the_byline_before_the_footer_year(byline: str, expected: str) -> None:
    html = load("russian")
    html = html.replace(' "datePublished": "2026-05-15T10:30:00+03:00",\n', "")
    html = html.replace('<div class="author">Анна Волкова</div>', byline)
    html = html.replace("<footer>© 2026 Волжские вести</footer>",
                        '<footer>© 2026 Волжские вести <span class="date">1 января 2026</span></footer>')
    assert "datePublished" not in html
    assert extract_article(html, "https://vesti.example/a").published == expected


def test_decomposed_text_is_normalised_to_nfc() -> None:
    html = load("german")
    decomposed = unicodedata.normalize("NFD", html)
    assert decomposed != html
    article = extract_article(decomposed, "https://example.test/de")
    assert unicodedata.is_normalized("NFC", article.text)
    assert unicodedata.is_normalized("NFC", article.title)
    assert article.text == extract_article(html, "https://example.test/de").text


def test_a_reader_app_page_names_the_publisher_it_shows_not_the_app() -> None:
    article = extract_article(load("reader_app_wall"), "https://reader.example/article/ferry-minister")
    assert article.outlet == "Northern Courier"
    assert article.author == "Martha Quill"


def _wall_outside_the_article(between: str = "") -> str:
    html = load("reader_app_wall").replace(
        'wrote: "We have given this government every chance to fix the yard, and every time it has chosen '
        'to blame the workers.</p>',
        "said the union would meet on Thursday to decide its next steps.</p>",
    )
    gate = (
        "<h2>Sign up to read this article</h2>\n"
        "    <p>Read stories from hundreds of titles, picked for you.</p>\n"
        '    <p>Already a member? <a href="/signin">Sign in here</a></p>\n'
    )
    assert gate in html
    return html.replace(gate, "").replace(
        "</article>", f'</article>{between}<div class="gate"><h2>Sign up to read this article</h2>'
        "<p>Already a member? Sign in here</p></div>",
    )


def test_a_wall_the_extractor_left_out_still_marks_a_long_text_as_a_preview() -> None:
    article = extract_article(_wall_outside_the_article())
    assert article.word_count > 400 and not article.text.endswith('workers.')
    assert "Sign up" not in article.text
    assert article.partial and "sign up" in (article.partial_reason or "")


def test_a_sign_up_box_far_below_the_article_is_not_a_wall() -> None:
    related = "".join(f"<p>Other story number {n} about the islands and their ferries this week.</p>"
                      for n in range(40))
    article = extract_article(_wall_outside_the_article(f'<section class="more">{related}</section>'))
    assert not article.partial


@pytest.mark.parametrize(("text", "cut"), [
    ("Der Stadtrat hat am Dienstag den Bau beschlossen, sagte ein Sprecher am Abend.\n"
     "Oberbürgermeister Lang sagte: „Das ist ein großer Tag für den Westen der Stadt, und wir werden",
     "Das ist ein großer Tag für den Westen der Stadt, und wir werden…"),
    ("Глава департамента заявил журналистам во вторник, что работы начнутся летом.\n"
     "Игорь Лебедев сказал: «Мы хотим, чтобы жители пересели с машин на велосипеды хотя бы",
     "Мы хотим, чтобы жители пересели с машин на велосипеды хотя бы…"),
])
def test_a_quote_left_open_at_the_end_ends_with_an_ellipsis_in_any_language(text: str, cut: str) -> None:
    assert [q.text for q in all_quotes(Article(url="", text=text))][-1] == cut
