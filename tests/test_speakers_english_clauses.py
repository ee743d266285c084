"""English clauses set off between a subject and its speech verb, on invented sentences with fictional
people: a supplementive -ing clause after the subject (Quirk et al. 1985, ch. 15) leaves the subject
before the verb, so "said he …" after it is no inverted subject; an abbreviated title after a state's
name that is also a first name ("Virginia Sen. X") opens the person's name, as an office written
before it does ("Internal Auditor X", "Parish Clerk X")."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "en")]


_CONCERT = (
    "Orchestra director Greta Thornbury opened the winter season at the Corn Exchange on Friday. "
    "\"We have never sold so many seats in a single week,\" Thornbury told the audience.\n"
    "The principal cellist, Arne Vik, was less sure about the programme. "
    "\"Three premieres in one evening is a lot to ask of any player,\" he said.\n"
)

SUBJECT_THEN_CLAUSE = [
    pytest.param(
        _CONCERT + "The orchestra director, walking back towards the stage door, said he deserved an "
        "answer. "
        "\"We will hear the players out before the spring programme is printed.\"",
        ["Greta Thornbury", "Arne Vik", "Greta Thornbury"],
        id="an -ing clause after a role noun, then said he",
    ),
    pytest.param(
        _CONCERT + "The director, answering questions from the stalls, said he raised a fair point. "
        "\"Nobody on that stage will be asked to play more than they can rehearse.\"",
        ["Greta Thornbury", "Arne Vik", "Greta Thornbury"],
        id="an -ing clause after a bare role noun",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_THEN_CLAUSE)
def test_an_ing_clause_after_the_subject_keeps_it_the_speaker(text: str, expected: list[str | None]) -> None:
    assert _speakers(text) == expected


def test_an_ing_clause_inside_the_quote_leaves_an_inverted_verb_alone() -> None:
    # near miss: the commas and the participle stand inside the quote; the verb after it is inverted
    text = _CONCERT + (
        "\"The strings, rehearsing twice a day, are already tired\", said Arne Vik, shaking his head."
    )
    assert _speakers(text) == ["Greta Thornbury", "Arne Vik", "Arne Vik"]


def test_a_clause_after_a_quote_and_its_verb_is_no_subject() -> None:
    # near miss: "said" right after the quote's comma, the subject after it: inverted as before
    text = _CONCERT + (
        "\"We will hear the players out,\" said the orchestra director, speaking later to a local radio "
        "station."
    )
    assert _speakers(text) == ["Greta Thornbury", "Arne Vik", "Greta Thornbury"]


def test_an_abbreviated_title_after_a_state_that_is_also_a_first_name_opens_the_name() -> None:
    text = (
        "Virginia Sen. Ada Quarrie opened the county fair on Saturday. \"The pie contest is the only race I "
        "will not enter,\" Quarrie said.\nQuarrie, who sits on the farm committee, praised the growers. "
        "\"Nobody works longer hours than the people in these barns,\" she said."
    )
    assert _speakers(text) == ["Ada Quarrie", "Ada Quarrie"]


def test_an_abbreviation_that_is_no_title_after_a_first_name_stays_in_the_name() -> None:
    # near miss: "St." after a first name is part of the surname, no title
    text = (
        "Georgia St. Clair judged the pie contest. \"Every crust this year was better than last year's,\" "
        "St. Clair said."
    )
    assert _speakers(text) == ["Georgia St. Clair"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        pytest.param(
            "Parish Clerk Wilfred Ambrose read out the minutes of the spring meeting. \"The churchyard wall "
            "still leans towards the lane,\" Ambrose said.",
            "Wilfred Ambrose",
            id="a clerk's office before the name",
        ),
        pytest.param(
            "Internal Auditor Helga Strand found two paintings missing from the museum inventory. \"Both "
            "were last seen in the east store,\" she said.",
            "Helga Strand",
            id="an auditor's office before the name",
        ),
    ],
)
def test_an_office_written_before_a_name_is_no_part_of_it(text: str, who: str) -> None:
    assert _speakers(text) == [who]


def test_an_unnamed_clerk_stays_unnamed() -> None:
    # near miss: the noun of the office with an indefinite article and no name
    text = (
        "A clerk at the parish office said the hall keys had gone missing. \"We changed the locks on "
        "Monday,\" she said."
    )
    assert _speakers(text) == [None]
