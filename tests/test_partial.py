"""detect_partial: paywall markup and messages, cut-off text, bodies shorter than their summary."""

from __future__ import annotations

import re

import pytest

from digest.article.partial import detect_partial, detect_partial_text, is_wall
from digest.lang import resources, supported
from digest.models import Article

FULL = (
    "The council approved the budget on Tuesday after a four-hour debate.\n"
    '"We have done what we promised," said Mayor Linda Cho.'
)


def article(text: str = FULL, description: str | None = None) -> Article:
    return Article(url="https://example.test/a", text=text, description=description)


def test_complete_article_is_not_partial() -> None:
    assert detect_partial(article(), "<html><body><p>x</p></body></html>") == (False, None)
    assert detect_partial(article(), None) == (False, None)


@pytest.mark.parametrize("marker", [
    '<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": false}</script>',
    '<script type="application/ld+json">{"isAccessibleForFree":"False"}</script>',
    '<meta itemprop="isAccessibleForFree" content="false">',
])
def test_not_accessible_for_free_markup(marker: str) -> None:
    partial, reason = detect_partial(article(), f"<html><head>{marker}</head><body></body></html>")
    assert partial and reason and "subscriber" in reason


def test_not_free_markup_on_a_long_complete_article_is_not_partial() -> None:
    long_text = "\n".join([FULL] * 60)
    html = '<script type="application/ld+json">{"isAccessibleForFree": false}</script>'
    assert detect_partial(article(long_text), html) == (False, None)


def test_free_markup_is_not_partial() -> None:
    html = '<script type="application/ld+json">{"isAccessibleForFree": true}</script>'
    assert detect_partial(article(), html) == (False, None)


def test_visible_paywall_message_with_short_body() -> None:
    html = "<article><p>Teaser.</p><div><h2>Sign up to read this article</h2></div></article>"
    partial, reason = detect_partial(article(), html)
    assert partial and reason and "preview" in reason


def test_paywall_words_only_inside_scripts_do_not_count() -> None:
    html = '<script>var msg = "Sign up to read this article";</script><p>Teaser.</p>'
    assert detect_partial(article(), html) == (False, None)


def test_long_article_with_a_subscribe_footer_is_not_partial() -> None:
    long_text = "\n".join([FULL] * 60)
    html = "<p>Subscribe to read more stories like this.</p>"
    assert detect_partial(article(long_text), html) == (False, None)


def test_page_word_count_far_above_what_was_read() -> None:
    partial, reason = detect_partial(article(), '{"@type": "NewsArticle", "wordCount": 1200}')
    assert partial and reason and "1200" in reason


@pytest.mark.parametrize("ending", [
    '"They talk about megawatts," said Ann Coombes, "but nobody has asked us where the',
    "„Wir wollen herausfinden, ob autonome Fahrzeuge im dichten Verkehr",
    "«Мы хотим, чтобы река снова стала частью городского",
    "He said: “The plan will not work unless the government",
])
def test_text_ending_inside_an_open_quotation(ending: str) -> None:
    partial, reason = detect_partial_text(f"{FULL}\n{ending}")
    assert partial and reason and "quotation" in reason


@pytest.mark.parametrize("ending", [
    "The minister said the new rules would apply to every company with more than fifty staff and",
    "The report found that waiting times had doubled since 2019...",
])
def test_text_ending_mid_sentence(ending: str) -> None:
    partial, reason = detect_partial_text(f"{FULL}\n{ending}")
    assert partial and reason and "mid-sentence" in reason


@pytest.mark.parametrize("ending", [
    "„Jede zusätzliche Verbindung hilft unseren Geschäften“, sagte Sabine Krüger.",
    "«Это хорошее дополнение к метро, но не замена ему», — считает аналитик Олег Сорокин.",
    "Reporting by Jane Doe in London; Editing by John Smith and Mark Potter",
    "- Free delivery on all orders over fifty dollars for members of the club",
    "Short closing line",
    "Oct. 10 -- The Cynthia Woods Mitchell Pavilion, Houston, TX",
    "tags: stock car 2018, stock car brasil, stock car cascavel, stock car interlagos, stock car santa cruz",
    "For more information about the company and its products, please visit www.example.com",
    'You can also subscribe to this newsletter here — just tick "Five Things in Science Today."...',
])
def test_clean_endings_are_not_partial(ending: str) -> None:
    assert detect_partial_text(f"{FULL}\n{ending}") == (False, None)


def test_body_shorter_than_its_own_description() -> None:
    description = "A long standfirst " * 20
    partial, reason = detect_partial_text("Just two short sentences. Nothing more.", description)
    assert partial and reason and "summary" in reason


@pytest.mark.parametrize("code", [None, *supported()])
def test_every_languages_paywall_phrases_are_found_in_a_short_line(code: str | None) -> None:
    for phrase in resources(code).paywall_phrases:
        example = re.sub(r"\(\?:([^|)]*)[^)]*\)\??", r"\1", phrase).replace(r"\d+", "7").replace(r"\s?", " ")
        assert is_wall(f"{example.capitalize()}.\n"), (code, example)
