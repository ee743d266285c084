"""English quotes where paragraphs run together (a pasted article, a feed's summary) and titles set off by
commas, on invented sentences with fictional people."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes
from digest.summary.segment import split_sentences


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, "en")]


def test_a_straight_quote_left_open_at_a_paragraph_end_and_run_together_with_the_next_is_two_quotes() -> None:
    text = (
        "Transport Minister Joe Wamba said the deal would cut waiting times. \"We will not let a handful "
        "of activists hold the region hostage,\" he told parliament. \"Every day a ship waits outside costs "
        "this country money. \"Our competitors are not waiting for us, and neither should we.\" According "
        "to Wamba, the government had held \"more than a dozen\" meetings. Lawyers for the petitioners "
        "dispute that. \"Meetings with the company are not consultation with the public,\" said their "
        "lawyer, Faith Mwanga."
    )
    assert _quotes(text) == [
        ("We will not let a handful of activists hold the region hostage", "Joe Wamba"),
        ("Every day a ship waits outside costs this country money.", "Joe Wamba"),
        ("Our competitors are not waiting for us, and neither should we.", "Joe Wamba"),
        ("more than a dozen", "Joe Wamba"),
        ("Meetings with the company are not consultation with the public", "Faith Mwanga"),
    ]


def test_a_quote_ending_its_sentence_before_the_next_quote_leaves_the_next_its_own_clause() -> None:
    text = (
        "Not all members liked the plan. Sen. Carl Dunmore (R-Neb.), who has said he will not vote for it, "
        'told "Sunday Morning" that the leader "should have done this a year ago." "It is not that '
        'complicated," the Nebraska Republican said. "You release them, you take your lumps, and you move '
        'on."'
    )
    assert [speaker for _, speaker in _quotes(text)] == ["Carl Dunmore"] * 3


def test_a_title_in_headline_case_set_off_by_commas_after_a_noun_is_no_quote() -> None:
    text = (
        "The charity called for an audit. The announcement comes as the charity’s report, ‘Waiting on the "
        "Ward’, found that one in eight patients spent time on a trolley.\n"
        "The gales are part of the region’s lore, immortalized in a ballad that visitors still hum on the "
        "stairs, “The Loss of the Mary Dell.”"
    )
    assert _quotes(text) == []


def test_headline_case_words_after_a_speech_verb_and_a_comma_are_speech() -> None:
    text = "Asked about the vote, Ann Lee told reporters, “We Will Win This Thing.”"
    assert _quotes(text) == [("We Will Win This Thing.", "Ann Lee")]


@pytest.mark.parametrize(
    "text",
    [
        "Dan Hollis, the former envoy, told the BBC’s Today programme: “Nobody in Brussels believes a word.”",
        "Dan Hollis, who chairs the city's Police board, said the force was “short of 200 officers”.",
    ],
)
def test_a_possessive_before_a_capitalised_word_does_not_end_the_sentence(text: str) -> None:
    assert len(split_sentences(text, "en")) == 1
    assert [speaker for _, speaker in _quotes(text)] == ["Dan Hollis"]
