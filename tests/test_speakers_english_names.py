"""English full names on invented sentences with fictional people: a first name the list of first names
lacks before a surname the text later gives a courtesy title, and a father and his son who share a full
name, told apart by a suffix or by `the elder`/`the younger`, or two of one surname, one brought in as
the other's child or parent (`her daughter X`), told apart by `the elder`/`the younger`; and a pronoun after
`Mr. X's aide, Y,`, whose subject is Y, not the possessor."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "en")]


def test_a_name_after_a_body_noun_is_a_person_where_the_text_gives_its_surname_a_courtesy_title() -> None:
    text = (
        "After twenty years of dawn programmes, the broadcaster Ysolt Crannaford is leaving the airwaves.\n"
        "\"I want to hear the blackbirds in my own garden for once,\" Ms. Crannaford wrote to listeners."
    )
    assert _speakers(text) == ["Ysolt Crannaford"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The broadcaster Vantelle dropped the chess show on Friday. \"Ratings fell every week of the "
            "autumn,\" the broadcaster said in a statement. Mr. Yeo, the show's host, declined to comment.",
            "Vantelle", id="another surname titled: the body stays a body",
        ),
        pytest.param(
            "The charity Brightwell Trust runs the food bank. \"Demand has doubled since the frost began,\" "
            "the charity said. Mr. Brightwell, a volunteer, agreed.",
            "Brightwell Trust", id="the titled surname opens the body's name, which ends in its noun",
        ),
    ],
)
def test_a_body_after_its_noun_stays_a_body_unless_its_last_word_is_titled(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_the_elder_and_the_younger_name_a_father_and_son_by_their_suffixes() -> None:
    text = (
        "Both Corwin Ashdale Sr. and Corwin Ashdale Jr. sing in the parish choir.\n"
        "\"My knees can no longer manage the stairs to the loft,\" the elder Mr. Ashdale admitted.\n"
        "\"I carry his music folder up for him,\" the younger Mr. Ashdale explained."
    )
    assert _speakers(text) == ["Corwin Ashdale Sr.", "Corwin Ashdale Jr."]


def test_the_elder_is_the_name_without_a_suffix_beside_its_junior_and_a_pronoun_follows() -> None:
    text = (
        "Corwin Ashdale Jr. restores church organs, a trade he learned from Corwin Ashdale.\n"
        "At the chapel on Sunday the younger Ashdale tuned the pipes while the elder Ashdale listened.\n"
        "\"Three of them were a quarter-tone flat,\" the elder Ashdale noted. Later the younger Ashdale "
        "packed his tools away. \"Not one pipe squeaks any more, I can promise you that,\" he said."
    )
    assert _speakers(text) == ["Corwin Ashdale", "Corwin Ashdale Jr."]


def test_an_adjective_of_age_adds_no_suffix_to_two_sisters_of_one_surname() -> None:
    text = (
        "Mabel Quist and Myrtle Quist, sisters, both coach the town's netball side.\n\"We train twice a week "
        "whatever the weather,\" the younger Quist said."
    )
    assert not any(s and s.endswith(("Jr.", "Sr.")) for s in _speakers(text))


def test_an_adjective_of_age_keeps_the_one_generation_the_text_names() -> None:
    text = (
        "Fergus Quist Jr. coaches the town's rugby side.\n\"We train twice a week whatever the weather,\" "
        "the elder Quist said."
    )
    assert _speakers(text) == ["Fergus Quist Jr."]


_CHESS = (
    "Chess club captain Hedwig Marrable set out forty boards in the library hall on Tuesday evening. "
    "Beside her, {tie} kept the clocks.\n"
    "“Two of our juniors beat a county player tonight,” the younger Marrable said.\n"
    "“We still need a bigger room for the spring tournament,” the elder Marrable said."
)


@pytest.mark.parametrize(
    ("tie", "speakers"),
    [
        pytest.param("her daughter Tamsin Marrable", ["Tamsin Marrable", "Hedwig Marrable"], id="a daughter"),
        pytest.param("her mother Tamsin Marrable", ["Hedwig Marrable", "Tamsin Marrable"], id="a mother"),
    ],
)
def test_the_elder_and_the_younger_of_one_surname_follow_a_noun_of_kin(tie: str, speakers: list[str]) -> None:
    # two of one surname with different first names: the one brought in as the other's child is the younger
    assert _speakers(_CHESS.format(tie=tie)) == speakers


@pytest.mark.parametrize(
    "tie",
    [
        pytest.param("her sister Tamsin Marrable", id="a sister tells no age"),
        pytest.param("Tamsin Marrable, daughter of the caretaker,", id="the daughter of someone else"),
        pytest.param("Mother Tamsin Marrable, of the convent school,", id="a title, no noun of kin"),
    ],
)
def test_an_adjective_of_age_decides_nothing_without_a_parent_or_child(tie: str) -> None:
    text = _CHESS.format(tie=tie)
    plain = text.replace("the younger Marrable", "Marrable").replace("the elder Marrable", "Marrable")
    assert _speakers(text) == _speakers(plain)


def test_an_adjective_of_age_before_a_full_name_keeps_that_name() -> None:
    # `church elder X Y`: a title before a full name, which names its own bearer
    text = (
        "Hedwig Marrable taught her son Piers Marrable to play when he was six.\n"
        "“The hall roof leaks onto board nine,” said church elder Piers Marrable."
    )
    assert _speakers(text) == ["Piers Marrable"]


def test_a_role_noun_after_a_suffixed_name_still_names_that_person() -> None:
    text = (
        "Corwin Ashdale Jr. lit the candles while his father, choirmaster Corwin Ashdale Sr., handed out "
        "the carol sheets.\n\"Nobody misses a rehearsal in December,\" the choirmaster warned."
    )
    assert _speakers(text) == ["Corwin Ashdale Sr."]


_ORCHARD = "Hester Pellinore has grown cider apples on the hill farm since 1979.\n"
_FROST = "\"A single night of frost in April took half the blossom,\" she said."


def test_a_pronoun_after_a_possessive_and_its_apposed_person_is_that_person() -> None:
    text = _ORCHARD + "These days Ms. Pellinore's niece, Agathe Rudkin-Vale, does the pruning. " + _FROST
    assert _speakers(text) == ["Agathe Rudkin-Vale"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("These days Ms. Pellinore's nephew, Jory Rudkin, does the pruning. ", id="other sex"),
        pytest.param("These days Ms. Pellinore's niece, Agathe, does the pruning. ", id="a first name alone"),
    ],
)
def test_a_pronoun_keeps_the_possessor_where_the_apposed_name_cannot_be_its_subject(sentence: str) -> None:
    assert _speakers(_ORCHARD + sentence + _FROST) == ["Hester Pellinore"]


def test_a_pronoun_keeps_the_possessor_where_the_apposed_persons_clause_points_back_to_him() -> None:
    text = (
        "Godfrey Thwaite, the ferryman, made his last crossing of the estuary in June.\nMr. Thwaite's "
        "deckhand, Wilfred Marwick, drove him home afterwards. \"I could not see the far bank for tears,\" "
        "he said."
    )
    assert _speakers(text) == ["Godfrey Thwaite"]
