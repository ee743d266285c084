"""English speakers by class of construction, on invented sentences with fictional people: a role noun
naming again the holder of a title written before a possessive name (`Coach X's lineup` … `the coach
said`), not a possessive name after the role (`the surgeon treating X's daughter, Y,`: Y); the singular of a
role given in the plural to a list of names (`The curators, X and Y,` … `the curator said`: the one the text
turned to since, else none of them); a first name joined to a full name that shares its surname (`Oren and
Talia X`: `Mr. X` is him, `Mrs. X` her), not where the full name has an apposition of its own; a surname two
people share where the text told their generations apart by a noun of kin heading the apposition after a
name (`X, the chef's son,`), not one inside a relative clause; a father and son of one full name (`Jr.`,
`Sr.`): the one named last; and an assistant brought in by whose assistant they are (`An X assistant said`),
nobody named."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "en")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "LEEDS - Supporters booed Coach Halvard Stenmoe's lineup before the cup match on Sunday.\n\"I "
            "picked the players who trained best this week,\" the coach said afterwards.",
            ["Halvard Stenmoe"], id="coach before a possessive name",
        ),
        pytest.param(
            "Parents packed the hall to hear Principal Odile Pelmquist's plan for the new "
            "timetable.\n\"Nobody will start before half past eight,\" the principal said.",
            ["Odile Pelmquist"], id="principal before a possessive name",
        ),
        pytest.param(
            "Inspectors praised Captain Mireille Ndalurwe's crew after the ferry docked safely in the "
            "storm.\n\"They did exactly what we drill every month,\" the captain said.",
            ["Mireille Ndalurwe"], id="captain before a possessive name",
        ),
        pytest.param(
            "Wendell Prask's agent, Sorcha Mulvane, confirmed the transfer on Thursday.\n\"He wanted to "
            "play closer to home,\" the agent said.",
            ["Sorcha Mulvane"], id="not the possessor of a role written after it",
        ),
        pytest.param(
            "The surgeon treating Wendell Prask's daughter, Ilona Veszt, said the operation went "
            "well.\n\"She will walk again within a month,\" the surgeon said.",
            ["Ilona Veszt"], id="not a possessive name after the role and its participle",
        ),
        pytest.param(
            "The architect restoring Wendell Prask's farmhouse, Ilona Veszt, showed visitors the "
            "roof.\n\"Every beam here is original,\" the architect said.",
            ["Ilona Veszt"], id="not a possessive name after the role: a house",
        ),
    ],
)
def test_a_role_noun_names_again_the_holder_of_a_title_before_a_possessive_name(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "The conductors, Elspeth Marrow and Konrad Ylvisaker, shared the stage at the festival.\nMr. "
            "Ylvisaker led the second half. \"The brass section carried us tonight,\" the conductor said.",
            ["Konrad Ylvisaker"], id="conductors: the second of the list, named again",
        ),
        pytest.param(
            "The curators, Fenna Dolstra and Rupert Vorhallen, opened the exhibition on Friday.\nMs. Dolstra "
            "walked guests through the first room. \"Half of these pieces have never left storage,\" the "
            "curator said.",
            ["Fenna Dolstra"], id="curators: the first of the list, named again",
        ),
        pytest.param(
            "The curators, Fenna Dolstra and Rupert Vorhallen, opened the exhibition on Friday.\nMr. "
            "Vorhallen walked guests through the first room. \"Half of these pieces have never left "
            "storage,\" the curator said.",
            ["Rupert Vorhallen"], id="curators: the second of the list, named again",
        ),
        pytest.param(
            "The chefs, Tavi Brunskell and Odette Maru, cooked for three hundred guests at the gala.\n\"We "
            "ran out of butter at nine,\" the chef said.",
            ["the chef"], id="chefs: none named again, nobody of the list",
        ),
        pytest.param(
            "Unlike most referees, Brigid Hallorann seldom talks to the press.\n\"That was a clear "
            "penalty,\" the referee told Rusholt. Referee Casimir Threlm then left the pitch.",
            ["Casimir Threlm"], id="a plural role before one name: the next sentence's holder",
        ),
        pytest.param(
            "Unlike other surgeons, Brigid Hallorann never gives interviews.\n\"The patient is stable,\" the "
            "surgeon told Rusholt. Surgeon Casimir Threlm then went home.",
            ["Casimir Threlm"], id="a plural role before one name: the next sentence's holder, surgeons",
        ),
    ],
)
def test_the_singular_of_a_plural_role_given_to_a_list_names_the_one_the_text_turned_to(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Oren and Talia Vesk have run the corner bakery since 1998.\n\"We bake the rye first, always,\" "
            "Mr. Vesk said.\n\"And I do the cakes, because he burns them,\" Mrs. Vesk said.",
            ["Oren Vesk", "Talia Vesk"], id="a couple: courtesy titles",
        ),
        pytest.param(
            "Siblings Anders and Linnea Haugvik, 23, opened a climbing gym in the old mill.\n\"We borrowed "
            "from everyone we know,\" Anders said.\n\"Now we are paying it all back,\" Ms. Haugvik said.",
            ["Anders Haugvik", "Linnea Haugvik"], id="siblings: a first name, then a title",
        ),
        pytest.param(
            "Oren Bellwick led the tour of the mill. Oren and Talia Vesk joined it at noon.\n\"The wheel "
            "still turns in spring,\" Oren said.",
            ["Oren Bellwick"], id="not a first name that named someone in full",
        ),
        pytest.param(
            "Greta and Colm Radavik, a ferry pilot, both spoke at the harbour meeting.\n\"The new timetable "
            "is impossible,\" Radavik said.",
            ["Colm Radavik"], id="not a full name with an apposition: two people",
        ),
        pytest.param(
            "Yusra and Piotr Kellaway, a plumber, were first in the queue.\n\"We came at five,\" Kellaway "
            "said.",
            ["Piotr Kellaway"], id="not a full name with an apposition: a trade",
        ),
    ],
)
def test_a_first_name_joined_to_a_full_name_shares_its_surname(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Head chef Marguerite Ellastow, who has run the kitchen since 2011, was not at the awards on "
            "Sunday. In an email, Ellastow said she was \"tired but proud\" of the staff.\nTobias Ellastow, "
            "the chef's son, spoke for the kitchen instead. \"We cooked for her tonight,\" the younger "
            "Ellastow said.",
            ["Tobias Ellastow"], id="a son apposed after his name: the younger",
        ),
        pytest.param(
            "Ferry captain Ulla Brenwick has crossed the strait for thirty years. \"The sea is never the "
            "same twice,\" Brenwick said.\nHer daughter, Kai Brenwick, sails with her now. \"I learned to "
            "tie knots before I could read,\" the younger Brenwick said.",
            ["Ulla Brenwick", "Kai Brenwick"], id="a surname before the second namesake; a daughter after",
        ),
        pytest.param(
            "Wiebke Saranen, a pharmacist, and Arvo Saranen, her father, share a flat above the shop.\n\"He "
            "still does the accounts on paper,\" the younger Saranen said.",
            ["Wiebke Saranen"], id="a parent apposed after his name: she is the younger",
        ),
        pytest.param(
            "Arvo Saranen and his daughter Wiebke Saranen run the pharmacy together.\n\"We open at seven "
            "every day,\" Saranen said.",
            ["Arvo Saranen"], id="both named before the surname: the one named first",
        ),
        pytest.param(
            "Joris Mattheus, who lost his son in the avalanche, has sued the resort. Fleur Mattheus, a ski "
            "instructor, joined the suit.\n\"They knew the slope was unsafe for days,\" the elder Mattheus "
            "said.",
            ["Joris Mattheus"], id="not a noun of kin inside a relative clause",
        ),
    ],
)
def test_a_surname_two_people_share_names_the_one_the_text_told_apart(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Felix Wendrake Jr., the club's head groundskeeper, walked the pitch on Saturday morning.\n\"It "
            "will hold if the rain stops by noon,\" the groundskeeper said.\nHis father, Felix Wendrake Sr., "
            "who tended the same grass for three decades, watched from the stand.\n\"He cuts it shorter than "
            "I ever did,\" the elder Wendrake said.",
            ["Felix Wendrake Jr.", "Felix Wendrake Sr."], id="the son before his father is named",
        ),
        pytest.param(
            "Felix Wendrake Sr. opened the bookshop in 1975. His son, Felix Wendrake Jr., manages it "
            "today.\n\"We still order every title by hand,\" Wendrake Jr. said.",
            ["Felix Wendrake Jr."], id="a suffix written with the surname",
        ),
        pytest.param(
            "The principal's deputy, Hamish Caulder, would not take questions on Tuesday. Principal Ines "
            "Tolvaney spoke to parents later.\n\"The roof will be fixed before winter,\" the principal said.",
            ["Ines Tolvaney"], id="not the name after a possessive role noun",
        ),
    ],
)
def test_a_father_and_son_of_one_name_are_told_apart_by_the_one_named_last(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Chef Marco Ilvesson closed his restaurant early on Friday. An Ilvesson assistant said the "
            "kitchen had flooded.\n\"We hope to reopen by the weekend,\" the assistant said.",
            [None], id="an assistant",
        ),
        pytest.param(
            "Conductor Vera Quistorp missed the rehearsal. A longtime Quistorp student said the concert "
            "would go ahead.\n\"She never cancels a concert,\" the student said.",
            [None], id="a student, modified",
        ),
        pytest.param(
            "Chef Marco Ilvesson closed his restaurant early on Friday. An Ilvesson assistant, Rosalind "
            "Quarry, said the kitchen had flooded.\n\"We hope to reopen by the weekend,\" the assistant "
            "said.",
            ["Rosalind Quarry"], id="an assistant named in apposition",
        ),
    ],
)
def test_a_noun_after_a_name_that_tells_whose_brings_in_someone_unnamed(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers
