"""English clauses set off between a subject and its speech verb, on invented sentences with fictional
people: a supplementive -ing clause after the subject (Quirk et al. 1985, ch. 15) leaves the subject
before the verb, so "said he …" after it is no inverted subject; an abbreviated title after a state's
name that is also a first name ("Virginia Sen. X") opens the person's name, as an office written
before it does ("Internal Auditor X", "Parish Clerk X"); a name right after a clause opener that opens
the sentence, a verb after it ("Because X held the key, she …"), is the subject of that fronted clause,
not an object after a preposition, so a pronoun after it may take it up."""

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


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("and Rosalind Yarrowby, in that order", id="a name in a list of objects"),
        pytest.param("and Rosalind Yarrowby in April", id="a name before a preposition"),
        pytest.param("and Rosalind Yarrowby's father drove the bus", id="a possessor before the subject"),
    ],
)
def test_a_name_coordinated_with_an_object_is_no_subject(closing: str) -> None:
    text = (
        "Coach Marta Lindquell named her squad for the regional final on Friday.\n"
        f"The armband went to the twins from Dunmore, {closing}.\n"
        "“I only found out an hour before kick-off,” she said."
    )
    assert _speakers(text) == ["Marta Lindquell"]


def _kiln(sentence: str) -> str:
    return (
        "Potter Wilma Arkwright runs the studio under the railway arches.\n"
        f"{sentence}\n"
        "“Nobody had asked me for a spare until this week,” she said."
    )


def test_a_name_after_a_fronted_clause_opener_is_the_subject_of_its_clause() -> None:
    # `Because X held …, she …`: the subject of a fronted adverbial clause, no object of a preposition
    text = _kiln("Because Odile Farrant held the only key, she unlocked the glaze store for the class.")
    assert _speakers(text) == ["Odile Farrant"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The class waited while Odile Farrant fetched the spare key.", id="a trailing clause"),
        pytest.param("The class waited, and Odile Farrant again fetched the key.", id="a coordinated clause"),
        pytest.param("After Odile Farrant alone, nobody kept a key.", id="a preposition, then an adverb"),
        pytest.param("Because Odile Farrant's son held the key, the class waited.", id="a possessor"),
        pytest.param("The key went to the cleaner, the caretaker and Odile Farrant personally.", id="a list"),
    ],
)
def test_a_name_outside_a_fronted_clause_stays_oblique(sentence: str) -> None:
    assert _speakers(_kiln(sentence)) == ["Wilma Arkwright"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        pytest.param(
            "it",
            "La ceramista Anna Ferri ha aperto il laboratorio sabato.\n"
            "Dopo Giulia Conti è arrivata la maestra, poi gli allievi.\n"
            "«Il forno è pronto da ieri», ha detto.",
            "Anna Ferri",
            id="it: dopo as a preposition",
        ),
        pytest.param(
            "de",
            "Die Töpferin Anna Wolf öffnete am Samstag ihre Werkstatt.\n"
            "Der Ofen war heißer als Greta Lang gestern geglaubt hatte.\n"
            "„Wir brennen morgen wieder“, sagte sie.",
            "Anna Wolf",
            id="de: als of comparison",
        ),
    ],
)
def test_other_languages_have_no_clause_openers(lang: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, lang)] == [speaker]
