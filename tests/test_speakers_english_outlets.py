"""English crediting habits of outlets the rules were not written on, on invented sentences with
fictional people: an opening phrase before the subject ("Speaking after the hearing,", "In a
statement emailed to reporters,") is no part of it, and a spokesperson speaks for the body named
after the noun even where that name ends in words that look like a person's."""

from __future__ import annotations

import pytest

from digest.lang.names import PLACES
from digest.quotes.finder import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "en")]


OPENING_PHRASES = [
    pytest.param(
        "Two men were arrested on Friday.\nSpeaking after the hearing, Inspector Tom Bell of the county's "
        'Harwich and Dover district said: "Our officers go to work to keep people safe."',
        ["Tom Bell"],
        id="a participle phrase, then a person of a body whose name has 'and' in it",
    ),
    pytest.param(
        "In a statement emailed to reporters, Ann Lee of the Harwich and Dover Trust said the plan was "
        '"dead in the water."',
        ["Ann Lee"],
        id="a statement noun described by a speech verb opens no clause",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_PHRASES)
def test_an_opening_phrase_is_no_part_of_the_subject(text: str, expected: list[str | None]) -> None:
    assert _speakers(text) == expected


def test_a_spokesperson_speaks_for_the_body_not_a_name_inside_it() -> None:
    text = (
        "A spokesperson for the College of Music at Kings Hill said the fees were "
        '"under review until May."'
    )
    assert _speakers(text) == ["College of Music"]


def test_every_country_named_in_two_words_or_more_is_a_place() -> None:
    assert {"burkina faso", "sierra leone", "trinidad and tobago"} <= PLACES
    assert "montenegro" not in PLACES  # a surname too


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("In a memo,", "Harlow County District Attorney’s Office"),
        ("On Monday,", "Transport for London"),
    ],
)
def test_a_body_of_joined_words_after_an_opening_phrase_is_one_name(opening: str, body: str) -> None:
    text = f'{opening} the {body} wrote that the district had "used the checkbook as a personal account."'
    assert _speakers(text) == [body]


def test_an_interview_printed_as_plain_paragraphs_gives_its_answers_to_the_guest() -> None:
    text = (
        "We sat down with the lock keeper, Ruth Ogunde, in her office above the basin.\n"
        "You have swum in the river yourself. Would you tell a reader to do it tomorrow?\n"
        "Not tomorrow, no. We had a lot of rain on Monday and the overflows still run into the river.\n"
        "What stands between the town and a river people can swim in?\n"
        "Mostly money, and some of it is not ours to spend. The pipes belong to the water company.\n"
        "Last question. Your favourite spot on the river?\n"
        "The steps below the old mill at six in the morning, before the boats start. I go there every day."
    )
    assert _speakers(text) == ["Ruth Ogunde"] * 3


@pytest.mark.parametrize(
    "text",
    [
        'Students filled the hall, some holding handwritten signs that read "I paid $14 for a salad."',
        'Protesters carried a banner reading "Hands off our harbour, now and forever."',
    ],
)
def test_what_a_sign_reads_is_no_quote(text: str) -> None:
    assert find_quotes(text, "en") == []


def test_a_line_linking_to_another_article_holds_no_quote() -> None:
    text = (
        "Floods hit the valley again on Monday.\n"
        "Read more: ‘We lost everything twice’: the towns living with repeated floods\n"
        '"We will rebuild again," said Ann Lee.'
    )
    assert [q.speaker for q in find_quotes(text, "en")] == ["Ann Lee"]
