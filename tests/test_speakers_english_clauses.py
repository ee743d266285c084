"""English clauses set off between a subject and its speech verb, on invented sentences with fictional
people: a supplementive -ing clause after the subject (Quirk et al. 1985, ch. 15) leaves the subject
before the verb, so "said he …" after it is no inverted subject; an abbreviated title after a state's
name that is also a first name ("Virginia Sen. X") opens the person's name, as an office written
before it does ("Internal Auditor X", "Parish Clerk X"); a name right after a clause opener that opens
the sentence, a verb after it ("Because X held the key, she …"), is the subject of that fronted clause,
not an object after a preposition, so a pronoun after it may take it up; a fragment quoted inside a
fronted subordinate clause after that clause's own verb of speaking is its subject's words; an "according
to" source that is a noun with a participle and its agent keeps the whole phrase."""

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


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("When Tom Baker described the plan as “a total and utter disaster,” Ann Lee laughed.",
         ["Tom Baker"]),
        ("After Rita Vance called the new levy “a gift to the big landlords,” her rival Owen Tarrow said she "
         "had not read it.", ["Rita Vance"]),
        ("When Tom Baker described the levy as “a gift to the landlords,” and “a tax on the poor,” Ann Lee "
         "sighed.", ["Tom Baker", "Tom Baker"]),
        ("While Nora Quell talked about “a very bright future for the harbour,” Sam Idris nodded and said "
         "nothing.", ["Nora Quell"]),
        ("As Ola Brenn went on about “the cruel and lazy bosses,” Ivo Sand yawned.", ["Ola Brenn"]),
        # near miss: the clause has no verb of speaking, so the quoted words are the main clause's speaker's
        ("While Tom Baker was in “a very dark place in his life,” his wife Ann Lee said, she stayed home.",
         ["Ann Lee"]),
        # near miss: the quote follows the clause's comma, in the main clause
        ("As Tom Baker noted, “the port is a mess and always was,” Ann Lee said.", ["Ann Lee"]),
    ],
)
def test_a_fragment_inside_a_fronted_clause_is_that_clauses_speakers(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in find_quotes(text, "en")] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a clause of condition or of what has not happened yet: nobody has said the words
        ("If Rina Vostrel calls the budget “a fraud on the taxpayers,” she is mistaken, her colleague Anton "
         "Vey said.", "Anton Vey"),
        ("Unless the board calls the merger “a failure from day one,” nobody will resign, Rina Vostrel said.",
         "Rina Vostrel"),
        ("Before anybody calls this “a triumph for the party,” think of the losers, Rina Vostrel said.",
         "Rina Vostrel"),
        # a verb in the present: a habit, not a report
        ("When voters say the city is “falling apart at the seams,” I tell them to walk around, Rina Vostrel "
         "said.", "Rina Vostrel"),
        # two verbs of speaking in the clause: whose words they are is not told by the clause
        ("After Anton Vey said that Rina Vostrel had called him “a liar and a thief,” she denied it.",
         "Rina Vostrel"),
        # no subject before the clause's verb
        ("When asked if the plan was “a gift to the big banks,” Rina Vostrel shook her head.", None),
        ("After being asked about “the lost pension money,” Anton Vey hung up.", None),
    ],
)
def test_a_fronted_clause_without_a_reported_past_speaker_keeps_the_main_reading(
    text: str, speaker: str | None
) -> None:
    [quote] = find_quotes(text, "en")
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "Als Ola Brenn den Plan „eine Katastrophe für das Tal“ nannte, lachte Ivo Sand.", "Ivo Sand"),
        ("es", "Cuando Ola Brenn llamó al plan «un desastre para el valle», Ivo Sand se rió.", "Ola Brenn"),
    ],
)
def test_fronted_clause_speech_is_read_only_where_a_language_gives_its_past_forms(
    lang: str, text: str, speaker: str
) -> None:
    [quote] = find_quotes(text, lang)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to the files released by the city council, the mayor called the bridge “a danger to "
         "everyone who drives over it.”", "the files released by the city council"),
        ("According to the figures given by the Bank of Ruritania on Monday, prices were “rising faster than "
         "anyone had expected.”", "the figures given by the Bank of Ruritania"),
        # the agent stops before a phrase of time
        ("According to the figures released by the Harbour Board late Tuesday, traffic is “down by a third.”",
         "the figures released by the Harbour Board"),
        # near miss: no participle between the noun and "by": the noun alone, as before
        ("According to the report by the Harbour Trust, the pier was “unsafe for anyone to walk on at "
         "night.”", "the report"),
        ("According to the keeper by the old gate, the dogs were “quiet the whole night.”", "the keeper"),
        # near miss: an agent that is a person is the source, as before
        ("According to the report written by Prof. Rina Vostrel, the dam is “safe for another fifty years.”",
         "Rina Vostrel"),
        ("According to a letter sent by Anton Vey's office, the road will be “open again by spring.”",
         "Anton Vey"),
    ],
)
def test_an_according_to_source_keeps_its_participle_and_agent(text: str, speaker: str) -> None:
    [quote] = find_quotes(text, "en")
    assert quote.speaker == speaker
