"""English attribution by grammar, on invented sentences: the subject of a speech verb, not its object;
appositions; pronouns that refer to a person of their gender; names that end in a common noun."""

from __future__ import annotations

import pytest

from digest.quotes.document import Document
from digest.quotes.finder import find_quotes
from digest.quotes.phrases import sentence_subject


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "en")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The judge, Irene Wells, asked Tom Baker: “Will your client testify in this case?”",
            "Irene Wells",
            id="the object of asked before a colon is not the subject",
        ),
        pytest.param(
            "“There is no evidence of wrongdoing,” said a Justice Department spokesman, Ken Lowe.",
            "Ken Lowe",
            id="a described subject named after a comma",
        ),
        pytest.param(
            "“The fishing quotas will be halved next year,” said Norway's fisheries minister, "
            "Ingrid Solberg, whose ministry drafted the plan.",
            "Ingrid Solberg",
            id="a possessive owner is not the subject",
        ),
        pytest.param(
            "Oscar Pell said Tuesday: “The factory will stay open as long as I run this company.”",
            "Oscar Pell",
            id="a weekday before a colon does not start a sentence",
        ),
        pytest.param(
            "Dr. Hal Okonkwo put it bluntly: “If you skip the vaccine, your children are at risk.”",
            "Hal Okonkwo",
            id="a first name before a rare surname and a verb with a colon is no caption label",
        ),
        pytest.param(
            "Said Mirela Vasquez: “The bridge will open before the first snow of the winter.”",
            "Mirela Vasquez",
            id="an inverted verb opening the sentence before its subject",
        ),
        pytest.param(
            "“This bill will be dead on arrival in the Senate.” — Sen. Corbin Ashe",
            "Corbin Ashe",
            id="a credit after a dash with a title before the name",
        ),
        pytest.param(
            "“The inspection found no cracks in the dam wall,” a Harbor Water Board spokesperson said.",
            "Harbor Water Board",
            id="a spokesperson speaks for the body named before the noun",
        ),
        pytest.param(
            "“The inspection found no cracks in the dam wall,” said a spokesperson for the Harbor Water "
            "Board.",
            "Harbor Water Board",
            id="a spokesperson speaks for the body in its complement",
        ),
        pytest.param(
            "Mayor Lena Voss skipped the hearing.\n\n“She has nothing to hide from the council,” another "
            "Voss spokesman said.",
            "Lena Voss",
            id="a spokesman speaks for the person named before the noun",
        ),
        pytest.param(
            "The Kessler Grain Cooperative (KGC) cut its prices on Monday.\n\n"
            "“We had no other choice after the harvest,” KGC said.",
            "Kessler Grain Cooperative",
            id="an abbreviation defined in brackets stands for the name before it",
        ),
        pytest.param(
            "Wendell Okafor warned of flooding. Arnold Tate echoed the warning: “Nobody should drive "
            "across the bridge tonight.”",
            "Arnold Tate",
            id="a name split by the splitter's caption rule is one name again",
        ),
        pytest.param(
            "“The treaty is only a first step,” Sen. Wendell Okafor and Rep. Arnold Tate said in a joint "
            "statement.",
            "Wendell Okafor and Arnold Tate",
            id="two people named as one subject speak together",
        ),
        pytest.param(
            "A supply run to Lakeside Hospital was postponed, the Orbital Freight Agency said in an update. "
            "“The run has been called off for this week,” it said.",
            "Orbital Freight Agency",
            id="it is the organisation that spoke in the sentence before",
        ),
        pytest.param(
            "“I never listened to him when I was the academy director,” said Harbour City's head coach.",
            "Harbour City's head coach",
            id="a role owned by a club is the role, not the club",
        ),
        pytest.param(
            "“It was a great lesson but very tough,” said the 2019 Amateur champion, who played with us.",
            "the 2019 Amateur champion",
            id="a described subject keeps its number",
        ),
        pytest.param(
            "Cal Dorsey spoke at the county fair.\n\n“We will win this state by ten points,” the Texan said.",
            "the Texan",
            id="a noun of origin after the definite article is no surname",
        ),
    ],
)
def test_subject_of_the_speech_verb(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Voters lined up before dawn.\n\nGloria Park waited in line for two hours.\n\n"
            "“I had to vote this year because the stakes are so high,” she said.",
            "Gloria Park",
            id="a first name and a surname that is also a noun name a person",
        ),
        pytest.param(
            "Vernon Bloomberg, the former mayor, spoke first.\n\n"
            "“The tunnel is a waste of everyone's money,” he said.",
            "Vernon Bloomberg",
            id="a surname that is also an outlet's name",
        ),
        pytest.param(
            "Hallgarth, who was elected in 2012, defended his record.\n\n"
            "“Our schools are better than they were when I took office,” he said.",
            "Hallgarth",
            id="a lone surname opening the sentence as its subject",
        ),
        pytest.param(
            "Hannah Kerr interviewed Dorsey on Sunday.\n\n"
            "“It was a mistake and I regret it deeply,” he told her.",
            "Dorsey",
            id="he is not the woman named before",
        ),
        pytest.param(
            "“We will rebuild every home that was lost,” Governor Nell Avery said on Friday.\n\n"
            "The storm destroyed more than 400 homes, according to the Red Cross.\n\n"
            "“The damage is worse than anything we have seen in decades,” she said.",
            "Nell Avery",
            id="she is not an organisation cited as a source",
        ),
    ],
)
def test_pronouns_refer_to_a_person_of_their_gender(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "“The levy will not rise again this decade,” Omar Lind of the county treasury said.",
            "Omar Lind",
            id="a person before 'of' heads the phrase, not the body after it",
        ),
        pytest.param(
            "Omar Lind from Tacoma said the levy “will not rise again this decade, whatever happens.”",
            "Omar Lind",
            id="a person before 'from' heads the phrase, not the place after it",
        ),
        pytest.param(
            "“The levy will not rise again this decade, whatever happens.” -- Omar Lind, county treasurer",
            "Omar Lind",
            id="a credit line after a double hyphen",
        ),
        pytest.param(
            "Peter Reyes asked the treasurer, Omar Lind, about the levy.\n\n"
            "“The levy will not rise again this decade,” he replied.",
            "Omar Lind",
            id="the one asked replies",
        ),
    ],
)
def test_heads_credit_lines_and_replies(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "“The ferry will never pay for itself,” Tom Ashby said.\n\n"
            "The ferry was first proposed by Carl Dent in 2010.\n\n"
            "“We should have stopped it then,” he said.",
            "Tom Ashby",
            id="he is the subject who spoke, not a man named after 'by'",
        ),
        pytest.param(
            "Ruth Okafor toured the state on Monday. Hallgarth doubts the Okafor campaign can win the "
            "rural counties.\n\n“Turnout in the valley worries them more than money,” she said.",
            "Hallgarth",
            id="she is the subject opening the clause, not a name modifying 'campaign'",
        ),
        pytest.param(
            "“The border crossing will stay open all winter,” said one Mexican official.",
            None,
            id="a name that only describes the noun is not the speaker; the official is unnamed",
        ),
        pytest.param(
            "“We will keep the shipyard open as long as I hold this seat,” said Sen. Eleanor “Nell” Szabadi.",
            "Eleanor Szabadi",
            id="a quoted nickname inside a name",
        ),
        pytest.param(
            "Northvale Police said two people had been pulled from the river.\n\n"
            "“Both were taken to hospital and are not thought to be badly hurt,” a spokesperson said.",
            "Northvale Police",
            id="a bare spokesperson speaks for the body that opened the sentence before",
        ),
        pytest.param(
            "Tom Ashby spoke first.\n\nAfter meeting Carl Dent on Monday, he said: "
            "“We will not sign this deal in its current form.”",
            "Tom Ashby",
            id="he is not the object of the phrase opening his own sentence",
        ),
        pytest.param(
            "Fisher, a Republican, faces Ruth Ivers, a Democrat, in November.\n\n"
            "“I have knocked on ten thousand doors this year,” he said.",
            "Fisher",
            id="a surname that is also a noun, set off by an apposition, is the subject he refers to",
        ),
        pytest.param(
            "Fisher, a Republican, faces Ruth Ivers, a Democrat, in November.\n\n"
            "“I have knocked on ten thousand doors this year,” she said.",
            "Ruth Ivers",
            id="she is the woman named, not a subject of unknown gender",
        ),
        pytest.param(
            "Marta Quell spoke in Dayton on Monday.\n\nThe Green nominee also vowed to close the coal "
            "plants.\n\n“We will close every one of them by 2030,” she said.",
            "Marta Quell",
            id="she after a role that spoke is the person the role named",
        ),
        pytest.param(
            "The mayor of Lisbon said the ferry “will never pay for itself, not in fifty years.”",
            "The mayor of Lisbon",
            id="a role whose complement is a place speaks, not the place",
        ),
    ],
)
def test_salience_and_roles(text: str, speaker: str | None) -> None:
    assert _speakers(text)[-1] == speaker



@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        pytest.param(
            "But the congressman answered Sorensen's mailer on Sunday.", "Dale Munro", id="But the role"
        ),
        pytest.param(
            "But Sorensen answered the congressman's mailer on Sunday.", "Ivy Sorensen", id="near miss: But X"
        ),
    ],
)
def test_a_conjunction_opening_the_sentence_is_no_part_of_its_subject(sentence: str, subject: str) -> None:
    """A coordinating conjunction opening a sentence links it to the one before; the subject comes after it
    (`But the congressman …`), not a name further on (`Sorensen's mailer`)."""
    text = "Rep. Dale Munro faces Mayor Ivy Sorensen in the spring primary. " + sentence
    doc = Document(text, [], [], "en")
    assert sentence_subject(doc, text.index("But"), len(text)) == subject

_CHARTER = "Councillors debated the Green Streets charter for four hours on Thursday. "


def test_a_relative_clause_after_someones_writing_gives_its_owners_words() -> None:
    """`A copy of Mayor Tess Ogle's email, which described the plan as “…”, reached …`: "which" takes up the
    writing right before it, so its owner speaks, not the sentence's subject."""
    text = _CHARTER + (
        "A copy of Mayor Tess Ogle's email, which described the charter as “the start of cleaner air for "
        "every street,” reached reporters on Friday."
    )
    assert _speakers(text) == ["Tess Ogle"]


def test_a_relative_clause_after_a_bodys_writing_is_not_the_person_named_before() -> None:
    """`the Harbour Trust's email, which described it as “…”`: a body's writing, not the mayor's."""
    text = _CHARTER + (
        "Mayor Tess Ogle backed it. A copy of the Harbour Trust's email, which described the charter as "
        "“a tax on every delivery van,” reached reporters on Friday."
    )
    assert _speakers(text)[-1] != "Tess Ogle"


_BUS = "From May the last bus up the Kestle valley will leave town at eight in the evening. "


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        pytest.param(
            "The parish council forwarded a letter from the Kestle Valley Walking Club, which called the "
            "timetable “a curfew for anyone who cannot drive.”",
            "Kestle Valley Walking Club", id="a body after from",
        ),
        pytest.param(
            "The parish council forwarded a letter from pensioner Mabel Gorsebrook, who called the "
            "timetable “a curfew for anyone who cannot drive.”",
            "Mabel Gorsebrook", id="a person after from",
        ),
    ],
)
def test_a_relative_clause_after_a_writing_from_its_author_gives_the_authors_words(
    sentence: str, speaker: str
) -> None:
    """`a letter from the Club, which called it “…”`: "which" takes up the writing, whose author the
    phrase after "from" names, not the subject who passed it on."""
    assert _speakers(_BUS + sentence) == [speaker]


def test_a_relative_clause_after_a_writing_sent_to_a_body_is_not_that_bodys_writing() -> None:
    """`a letter from the Club to the Bus Company, which …`: the company only received it."""
    text = _BUS + (
        "The parish council forwarded a letter from the Kestle Valley Walking Club to the Moorland Bus "
        "Company, which called the timetable “a curfew for anyone who cannot drive.”"
    )
    assert _speakers(text) != ["Kestle Valley Walking Club"]


def test_a_role_premodifier_and_a_false_titles_body_read_the_same_words_before_the_name() -> None:
    """`Document.premodifier` and the body of a false title both read the lower-case words between a name
    and the person named right after it (`_words_before_person`): a role noun phrase there makes the name
    before it no person; a verb there (`met`, `praised`) leaves it one."""
    text = "Penwick Harbor interim chief executive Tom Wade met Lena Fry and praised Ann Lee on Monday."
    doc = Document(text, [], [], "en")
    named = {m.name: m for m in doc.mentions}
    harbor, wade, fry, lee = (named[n] for n in ("Penwick Harbor", "Tom Wade", "Lena Fry", "Ann Lee"))
    words = doc._words_before_person(harbor, wade, 3)
    assert [t.text for t in words] == ["interim", "chief", "executive"]
    assert doc._words_before_person(harbor, wade, 2) == []  # more words than asked for
    assert doc.premodifier(harbor, wade) and doc._false_title_body(harbor)
    assert [t.text for t in doc._words_before_person(fry, lee, 4)] == ["and", "praised"]
    assert not doc.premodifier(fry, lee) and not doc._false_title_body(fry)
    assert not doc._false_title_body(wade)  # `Tom Wade met Lena Fry`: a verb, no role
