"""find_date: full dates written out in bylines and paste headers, in several languages and forms;
says_published: the words that make such a date the page's own."""

from __future__ import annotations

import pytest

from digest.article.dates import find_date, says_published
from digest.lang import resources, supported


@pytest.mark.parametrize(("text", "expected"), [
    ("14 апреля 2026", "2026-04-14"),
    ("Анна Волкова · 14 апреля 2026, 10:30", "2026-04-14"),
    ("14 квітня 2026 року", "2026-04-14"),
    ("April 14, 2026", "2026-04-14"),
    ("Apr. 9, 2026 at 7:42 AM", "2026-04-09"),
    ("Mon 13 Apr 2026 18.02 BST", "2026-04-13"),
    ("14. April 2026", "2026-04-14"),
    ("le 1er mars 2026", "2026-03-01"),
    ("14 de abril de 2026", "2026-04-14"),
    ("2026年6月2日 9:00", "2026-06-02"),
    ("14.04.2026", "2026-04-14"),
    ("Updated 2026-03-04T07:15", "2026-03-04"),
])
def test_full_dates_are_read(text: str, expected: str) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize("text", [
    "© 2026 Northern Courier", "3 hours ago", "31 February 2026", "May 2026", "Page 14 of 2026 results",
    "They may 14 times", "",
])
def test_no_full_date_is_none(text: str) -> None:
    assert find_date(text) is None


@pytest.mark.parametrize("code", [code for code in supported() if resources(code).months])
def test_every_form_of_every_languages_month_names_reads_as_a_date(code: str) -> None:
    for number, forms in enumerate(resources(code).months, start=1):
        for form in forms:
            assert find_date(f"3 {form} 2026") == f"2026-{number:02d}-03", (code, form)


@pytest.mark.parametrize("code", [code for code in supported() if resources(code).published_words])
def test_every_languages_published_words_mark_a_dateline(code: str) -> None:
    for word in resources(code).published_words:
        assert says_published(f"{word.upper()}: 14.04.2026 10:30"), (code, word)
        assert says_published(f"Anna Nowak, {word} 14.04.2026"), (code, word)
        assert not says_published(f"{word}x 14.04.2026"), (code, word)


@pytest.mark.parametrize("text", [
    "Published 14 April 2026", "publiziert am 14. April 2026", "mis à jour le 1er mars 2026",
    "Опубликовано 14 апреля 2026", "опубліковано 14 квітня 2026", "gepubliceerd op 14 april 2026",
])
def test_a_dateline_in_any_language_says_published(text: str) -> None:
    assert says_published(text)


@pytest.mark.parametrize("text", ["14 April 2026", "Comments (14)", "republished", "unpublished draft", ""])
def test_other_lines_do_not_say_published(text: str) -> None:
    assert not says_published(text)
