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


def test_a_first_name_after_a_kin_noun_is_a_person_not_a_country() -> None:
    text = (
        "Ann Crabb, 71, from Bootle, stunned the audience when she named the capital of Burkina Faso.\n"
        "Her grandson Jordan, 19, filled in the online form for her as a joke.\n"
        '"She has always been the brains of the family," he said.'
    )
    assert _speakers(text) == ["Jordan"]


def test_every_country_is_a_place_but_those_also_first_names() -> None:
    assert {"burkina faso", "malawi", "sierra leone"} <= PLACES
    assert "chad" not in PLACES


def test_a_lede_brings_in_a_person_the_next_sentence_names() -> None:
    text = (
        'A pensioner who admits she "could not boil an egg" until last year has won a baking contest.\n'
        "Maureen Tolley, 74, from Leek, beat forty bakers with a lemon tart.\n"
        "Tom Reed, a judge, praised her pastry."
    )
    assert _speakers(text) == ["Maureen Tolley"]


def test_a_lede_naming_someone_of_the_other_sex_next_is_not_that_person() -> None:
    text = (
        'A man who says he "never reads the news" has won a quiz on current affairs.\n'
        "Ann Crabb, 40, the show's host, said the final was close."
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize("phrase", ["beamed the gran", "said the grandmother", "smiled the mum"])
def test_a_noun_of_her_sex_names_again_the_woman_the_text_is_about(phrase: str) -> None:
    text = (
        "Ann Crabb, 71, won the top prize on Friday.\n"
        "The mother of four plans to take her sisters on a cruise.\n"
        f'"We have talked about it for forty years," {phrase}.'
    )
    assert _speakers(text) == ["Ann Crabb"]
