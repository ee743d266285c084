"""English crediting of bodies and of people named late, on invented sentences with fictional people and
bodies: a body's whole name, the body a generic noun names again, letters after a name, a team that is
no "he", an anonymous "person", someone brought in unnamed and named in the next sentence, and the unnamed
voice of an advert, who speaks for its sponsor."""

from __future__ import annotations

import pytest

from digest.quotes.document import Document
from digest.quotes.finder import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "en")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param(
            "Crews worked all night. Transport for Harrowby said the strike was “completely unnecessary "
            "and a blow to every commuter in town”.",
            "Transport for Harrowby",
            id="for: a place ends the name",
        ),
        pytest.param(
            "Fire and Rescue New Caledonia said in a statement that crews had pulled 14 people from cars. "
            "“Please stay away from the rivers and the beaches until Friday,” the statement said.",
            "Fire and Rescue New Caledonia",
            id="and: the statement of a body",
        ),
        pytest.param(
            "Roads were closed by noon. The Harlow County Sheriff’s Office posted on social media shortly "
            "after noon: “Leave the valley now. Do not wait for a deputy to knock on your door.”",
            "Harlow County Sheriff’s Office",
            id="a possessive inside the name",
        ),
        pytest.param(
            "Friends of the Marsh told the inquiry the new road would “cut the wetland in two for good”.",
            "Friends of the Marsh",
            id="of the",
        ),
        pytest.param(
            "The bridge was shut overnight. But Fire and Rescue Wales said the crews “had left the bridge "
            "before dawn”.",
            "Fire and Rescue Wales",
            id="a sentence opened by a conjunction, 'and' inside the name kept",
        ),
        pytest.param(
            "The heronry was quiet. And Friends of Larkspur Common said the birds “had come back by noon”.",
            "Friends of Larkspur Common",
            id="a sentence opened by 'And'",
        ),
        pytest.param(
            "The Historical Guild of Clockmakers said the repair was “the slowest job in our long history”.",
            "Historical Guild of Clockmakers",
            id="an adjective and a noun open the name",
        ),
        pytest.param(
            "Yukon Roads and Bridges, the territorial agency, said on Tuesday that the pass would stay "
            "shut “until the snowploughs reach the summit”.",
            "Yukon Roads and Bridges",
            id="a province and a noun open the name, an apposition before the verb",
        ),
        pytest.param(
            "The Brotherhood of Lighthouse Keepers, which speaks for the last twelve keepers on the coast, "
            "said the lamps were “older than anyone who tends them”.",
            "Brotherhood of Lighthouse Keepers",
            id="a relative clause before the verb",
        ),
    ],
)
def test_a_body_named_by_capitalised_words_joined_by_small_words_speaks_by_its_whole_name(
    text: str, body: str
) -> None:
    assert _speakers(text) == [body]


def test_a_person_named_in_the_subject_is_not_part_of_a_body() -> None:
    text = "Ann Lee of Oxfam said the plan was “a disaster for every family in the region”."
    assert _speakers(text) == ["Ann Lee"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(
            "Marsh Fowler of Hull, a retired ferryman, said the crossing was “the roughest in thirty years”.",
            "Marsh Fowler",
            id="a common word, no adjective, before a surname",
        ),
        pytest.param(
            "Lancaster Fisher of the Dover Chess Club, a retired teacher, said the final was “the longest "
            "game I have ever watched”.",
            "Lancaster Fisher",
            id="a town's name before a surname",
        ),
        pytest.param(
            "Ngozi Ibekwe of the Lagos Rowing Club, who coaches the juniors, said the regatta was “the "
            "wettest we have ever held”.",
            "Ngozi Ibekwe",
            id="a first name",
        ),
    ],
)
def test_a_person_of_a_body_set_off_by_an_apposition_is_not_part_of_its_name(text: str, person: str) -> None:
    assert _speakers(text) == [person]


def test_a_title_and_surname_before_of_and_an_apposition_is_not_part_of_the_bodys_name() -> None:
    text = (
        "Sergeant Halloway of the Brackwater Mountain Rescue Team, a veteran of forty call-outs, said the "
        "ridge path was “no place for trainers”."
    )
    assert "Halloway" not in (_speakers(text)[0] or "")


def test_the_agency_is_the_body_that_spoke_not_a_name_in_what_it_said() -> None:
    text = (
        "The Weather Bureau said the Santa Rita winds would ease by Thursday. “Critical fire weather "
        "conditions will persist through at least Wednesday evening,” the agency said in a statement."
    )
    assert _speakers(text) == ["Weather Bureau"]


@pytest.mark.parametrize("noun", ["operator", "company", "firm"])
def test_a_generic_noun_after_a_body_named_by_its_brand_alone_is_that_body(noun: str) -> None:
    text = (
        "Talks collapsed on Wednesday, with the union and the operator blaming each other.\n"
        f"Northlink disputed that account. In a statement, the {noun} said it had offered a “significant "
        "and fair package” to the drivers."
    )
    assert _speakers(text) == ["Northlink"]


@pytest.mark.parametrize(
    "text",
    [
        "Opening the case at Harlow Crown Court, Miriam Obuya, KC, for the prosecution, told the jury: "
        "“This was not a man who fell on hard times. This was a man who chose his victims.”",
        "Miriam Obuya KC told the jury: “This was not a man who fell on hard times. This was a man who chose "
        "his victims.”",
        "“We will not let this plant close without a fight,” Miriam Obuya, MP, said on Friday.",
    ],
)
def test_letters_after_a_name_are_not_the_speaker(text: str) -> None:
    assert _speakers(text) == ["Miriam Obuya"]


def test_a_team_before_a_plural_verb_is_not_he() -> None:
    text = (
        "Harton Rovers have waited all season for Kyle Danby to deliver. The draw gave a little breathing "
        "space to his manager, Stuart Pellow.\n"
        "Pellow was less interested in the rescue than in what came before it. Rovers were two goals down at "
        "half-time.\n"
        "“We can't keep giving teams goals like that. It was about wanting to head the ball,” he said."
    )
    assert _speakers(text) == ["Stuart Pellow"]


def test_the_person_after_an_anonymous_source_is_nobody() -> None:
    text = (
        "Hale Brothers kept its dividend. One shareholder, who asked not to be named, said investors would "
        "press the board. “Nobody wants to hear the same excuse for the third year running,” the person said."
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("intro", "named"),
    [
        (
            "A fire battalion chief who has spent two decades on the county’s fire lines",
            "The chief, Marcus Dellow of the county's fire unit,",
        ),
        ("A nurse at the clinic", "The nurse, Priya Lamont, 41,"),
    ],
)
def test_someone_brought_in_unnamed_and_named_in_the_next_sentence_by_the_same_noun(
    intro: str, named: str
) -> None:
    text = (
        f"Thousands were told to leave on Tuesday. {intro} said crews were stretched. “We have gusts of 60 "
        f"miles an hour and nobody to spare,” she told reporters.\n{named} said help was on its way."
    )
    assert _speakers(text)[0] == named.split(",")[1].split(" of ")[0].strip()


def test_someone_unnamed_stays_nobody_when_the_next_sentence_names_another_noun() -> None:
    text = (
        "A woman who lost her house said she had nowhere to go. “We lost everything in ten minutes,” she "
        "said.\nThe mayor, Priya Lamont, promised help."
    )
    assert _speakers(text) == [None]


def test_a_role_after_a_single_straight_quote_is_the_person_the_sentence_before_is_about() -> None:
    text = (
        "Harton boss Pep Garrido insisted his side were not in crisis.\n"
        "'We have lost three games, not our minds,' he told reporters. 'We will be back.'\n"
        "His opposite number, Eddie Howarth, was delighted. 'The lads ran until they could not run any "
        "more,' said the Bournemouth manager."
    )
    assert _speakers(text) == ["Pep Garrido", "Pep Garrido", "Eddie Howarth"]


def test_a_body_short_name_and_a_role_before_the_person_after_the_verb() -> None:
    text = 'Delta Keepers sued the state. "The fish don\'t have lobbyists," said Keepers director Ana Pruitt.'
    assert _speakers(text) == ["Ana Pruitt"]


def test_a_body_named_with_a_list_of_its_fields_and_its_statement() -> None:
    text = (
        "A crocodile was seen near the pool on Sunday.\n"
        "The Department of Roads, Parks, Heritage and Innovation said in a statement the animal had been "
        "“targeted for removal” because it had shown “no fear of people or boats”.\n"
        "“Wildlife officers have set a trap north of the pool and will check it daily,” the statement said."
    )
    assert set(_speakers(text)) == {"Department of Roads, Parks, Heritage and Innovation"}


def test_a_list_of_bodies_is_not_one_body() -> None:
    text = "Oxfam, Shelter and Crisis said the plan was “a disaster for every family in the country”."
    assert _speakers(text) != ["Oxfam, Shelter and Crisis"]


def test_a_body_named_after_a_noun_of_its_kind() -> None:
    text = (
        "Hours before the meeting, the student group Friends of the Marsh posted on social media: “Pack the "
        "hall at seven. Bring your receipts. Bring your friends.”"
    )
    assert _speakers(text) == ["Friends of the Marsh"]


def test_a_body_s_letters_and_a_capitalised_role_before_a_name_are_no_part_of_it() -> None:
    text = (
        "At the hearing, Sen. Maria Abad-Quimbo asked about the spoiled stocks.\n"
        "“It was a recommendation of the regional office, your honor, approved in March,” NFA Administrator "
        "Rodrigo Dimas replied.\n"
        "“So nobody in the capital read it at all?” the senator pressed."
    )
    assert _speakers(text) == ["Rodrigo Dimas", "Maria Abad-Quimbo"]


@pytest.mark.parametrize(
    ("owner", "who"),
    [
        ("Coast Rescue Northland's regional operations manager", "Brett Quinlan"),
        ("Ann Lee's spokesman", "Tom Hale"),
    ],
)
def test_the_holder_of_an_owned_role_set_off_by_commas_is_the_subject(owner: str, who: str) -> None:
    text = (
        f"Swimmers left the water. {owner}, {who}, was cautious, saying a net “might give people a false "
        "sense of security”."
    )
    assert _speakers(text) == [who]


_TRAM = (
    "Councillors backed the new tram line on Tuesday.\nWestmoor Partnership for Transport, which runs the "
    "buses, said work would start next year.{other} “This lets us move to detailed design and ground surveys "
    "along the route,” a WPT spokesperson said."
)


def test_letters_of_a_body_named_in_full_with_of_or_for_inside() -> None:
    assert _speakers(_TRAM.format(other="")) == ["Westmoor Partnership for Transport"]


def test_letters_that_two_bodies_spell_name_neither() -> None:
    other = " West Port Trust said the quays were ready."
    assert _speakers(_TRAM.format(other=other)) == ["WPT"]


_STORM = (
    "Storms hit the coast overnight.\n9:00 am: The Caribbean Coast Guard says 2,000 passengers are stranded "
    "in ports.{other} “Sea travel remains suspended in all areas under the second warning level,” the Coast "
    "Guard said in an advisory."
)


def test_a_body_named_again_without_the_word_that_said_which_one() -> None:
    assert _speakers(_STORM.format(other="")) == ["Caribbean Coast Guard"]


def test_a_body_of_two_that_end_alike_is_not_guessed() -> None:
    other = " The Atlantic Coast Guard sent two ships."
    assert _speakers(_STORM.format(other=other)) == ["Coast Guard"]


_RAIL = (
    "Trains were cancelled again this week.\n{named}Commuters were angry. “It is not the weather. It is "
    "having one line and no spare,” said Ann Kerr.\nA WesRail spokesperson said: “We understand how hard "
    "this has been for everyone and we apologise to all affected.”"
)


def test_a_short_name_clipped_from_the_words_of_a_body_named_before() -> None:
    named = "Westmoor Rail has blamed a signal fault near the junction. "
    assert _speakers(_RAIL.format(named=named)) == ["Ann Kerr", "Westmoor Rail"]


def test_a_clipped_short_name_stays_where_no_name_opens_so() -> None:
    named = "Westmoor Trains has blamed a signal fault near the junction. "
    assert _speakers(_RAIL.format(named=named)) == ["Ann Kerr", "WesRail"]


def test_a_person_whose_names_open_like_a_clipped_short_name_is_not_the_body() -> None:
    named = "Westmoor Rail has blamed a signal fault, driver Wes Railton said. "
    assert _speakers(_RAIL.format(named=named)) == ["Ann Kerr", "Westmoor Rail"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A State Department", "State Department"),
        ("A Justice Department", "Justice Department"),
        ("A Ministry of Justice", "Ministry of Justice"),
        ("A Department of State", "Department of State"),
    ],
)
def test_a_title_word_in_a_bodys_name_is_part_of_the_name(body: str, speaker: str) -> None:
    """`State`, `Justice` are titles before a person's name, but words of a body's name beside its noun."""
    text = f'{body} spokesperson said: "Applicants with unpaid fines cannot join the programme."'
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("title", "speaker"),
    [("Secretary of State Ann Kerr", "Ann Kerr"), ("Chief Justice Ann Kerr", "Ann Kerr")],
)
def test_a_title_word_before_a_persons_name_stays_a_title(title: str, speaker: str) -> None:
    text = f'"Applicants with unpaid fines cannot join the programme," said {title}.'
    assert _speakers(text) == [speaker]


def test_a_noun_named_again_is_the_name_that_modified_it_before() -> None:
    """`The Ferrow family said …` then `the family said`: the Ferrow family, by the name as written; a
    body's kind noun stays the body's name alone (`the TSWA union` is TSWA)."""
    text = (
        "Walt Ferrow, the painter, died at his farm on Tuesday. He was 91.\n"
        "The Ferrow family said in a statement that he had died in his sleep. "
        '"He painted every morning until the last week of his life," the family said.\n'
        "The TSWA union said it would ballot its members. "
        '"Nobody takes this step lightly, but the offer is far too low," the union said in a statement.'
    )
    assert _speakers(text) == ["Ferrow family", "TSWA"]


def test_a_noun_no_name_modified_before_stays_as_written() -> None:
    text = 'Walt Ferrow died on Tuesday. "He painted every morning until his last week," the family said.'
    assert _speakers(text) == ["the family"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The Smith lawyer, Ann Cole, spoke to reporters. "
            '"My client is innocent and will be cleared of every charge," the lawyer said.',
            "Ann Cole",
            id="the role's holder named beside it",
        ),
        pytest.param(
            "Tom Reed hired the Smith lawyer last week. "
            '"My client is innocent and will be cleared of every charge," the lawyer said.',
            "the lawyer",
            id="nobody named",
        ),
    ],
)
def test_a_persons_role_modified_by_a_name_is_no_group_named_again(text: str, speaker: str) -> None:
    """`the Smith lawyer` is Smith's lawyer, not a group called "Smith lawyer": `the lawyer said` is the
    lawyer."""
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("noun", ["company", "operator"])
def test_a_spokesperson_for_a_generic_noun_speaks_for_the_body_it_names_again(noun: str) -> None:
    """`Bus operator Greyline said … “…,” a spokesperson for the company said.`: the body the noun names."""
    text = (
        "Bus operator Greyline said it regretted the disruption and was hiring more drivers.\n"
        '"Two of the new buses failed their safety checks and are back with the maker," a spokesperson for '
        f"the {noun} said."
    )
    assert _speakers(text) == ["Greyline"]


def test_a_spokesperson_for_a_generic_noun_no_body_was_named_by_is_nobody_named() -> None:
    text = (
        "The number 12 bus has not run for a fortnight.\n"
        '"Two of the new buses failed their safety checks and are back with the maker," a spokesperson for '
        "the company said."
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ann Lee, who runs the Blue Cafe near the port, said trade had collapsed. "
            '"We apologise to every passenger for the delays this morning," a spokesperson for the port '
            "said.",
            id="a body in someone's description",
        ),
        pytest.param(
            "Unite and Greenfield Farms signed a deal on Monday. "
            '"Safety comes first and we will not cut corners on the ferries," a spokesperson for the union '
            "said.",
            id="two bodies joined by and",
        ),
    ],
)
def test_a_spokesperson_for_a_generic_noun_is_not_merely_the_last_body_named(text: str) -> None:
    """A spokesperson for the port or the union speaks for the body that noun names, not for whichever
    body the text happened to name last (a café near the port, a deal's two parties)."""
    assert _speakers(text) == [None]


def test_a_port_is_a_body_by_its_whole_name() -> None:
    text = (
        "The Port of Dunmore, which a pension fund owns, said its pay offer stood. "
        '"We regret that the dockers have voted to walk out," a spokesperson for the port said.'
    )
    assert _speakers(text) == ["Port of Dunmore"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        pytest.param("The bakers' union Loafwise warned", "Loafwise", id="a union named after its noun"),
        pytest.param("The charity Brightwell warned", "Brightwell", id="a charity named after its noun"),
    ],
)
def test_a_one_word_name_after_the_noun_of_its_kind_is_a_body(opening: str, speaker: str) -> None:
    """`the union Loafwise`: a name in close apposition to the noun of a body's kind is that body's, so "it"
    after it speaks for the body, though the name was never seen before."""
    text = (
        f"Bread prices rose again in March. {opening} that ovens were closing across the region. "
        '"Every week another bakery turns off the lights, and nobody in the ministry seems to notice," '
        "it said in a statement."
    )
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Tom Ashby left the board in May. The company Ashby founded in 1998 said profits had fallen.",
            "Ashby",
            id="the surname of someone named in full, subject of a clause on the noun",
        ),
        pytest.param(
            "The hearing ran late. A lawyer told the court Hollins had paid back the money.",
            "Hollins",
            id="after a speech verb, the subject of the clause reported",
        ),
    ],
)
def test_a_name_after_a_body_noun_opening_a_clause_is_no_body(text: str, name: str) -> None:
    """`the company Ashby founded`, `told the court Hollins had …`: the name after the noun opens a clause
    (a relative one on the noun, or the one reported); it is no body's name."""
    kinds = {m.kind for m in Document(text, [], [], "en").mentions if m.name == name}
    assert kinds and "org" not in kinds


def test_a_name_between_the_article_and_a_body_noun_is_that_body() -> None:
    """`the Gritwell union`: one name between the article and the noun of a body's kind is the body's name,
    so "the union" and its statement speak for it, though `Gritwell said` alone reads like a person."""
    text = (
        "Drivers at two depots will stop work on Monday, the Gritwell union said on Thursday.\n"
        "About 400 drivers are affected, Gritwell said. The union said a ballot had backed the stoppage.\n"
        '"We have asked for talks since March and been ignored at every turn," the statement said.'
    )
    assert _speakers(text) == ["Gritwell"]


def test_a_surname_between_the_article_and_a_body_noun_stays_a_person() -> None:
    """`the Ashby campaign`: the surname of someone named in full before the noun is his, no body's name."""
    text = "Tom Ashby entered the race in May, and on Friday the Ashby campaign said it had raised a record."
    kinds = {m.kind for m in Document(text, [], [], "en").mentions if m.name == "Ashby"}
    assert kinds and "org" not in kinds


_ORCHARDS = (
    "Farm minister Mara Quill told growers the new spraying rules would start in April. “Nobody will be "
    "left without help to adapt,” she said.\n"
)


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param(
            "The association that speaks for the growers, the Valley Orchard Federation,", id="clause"
        ),
        pytest.param("The growers' association, the Valley Orchard Federation,", id="possessive"),
    ],
)
def test_a_body_named_in_apposition_to_its_noun_phrase_is_the_subject(subject: str) -> None:
    """`The association that speaks for the growers, the X Federation, filed a complaint calling … “…”`: the
    body's name set off after the noun phrase describing it is the subject, not the last speaker."""
    text = _ORCHARDS + subject + " filed a formal complaint calling the rules “a tax on every apple grown.”"
    assert _speakers(text) == ["Mara Quill", "Valley Orchard Federation"]


def test_a_body_in_a_list_after_a_noun_phrase_is_no_apposition() -> None:
    """`The association …, the X Federation, and the county council filed …`: three subjects."""
    text = _ORCHARDS + (
        "The association that speaks for the growers, the Valley Orchard Federation, and the county council "
        "filed a joint complaint calling the rules “a tax on every apple grown.”"
    )
    assert _speakers(text)[-1] != "Valley Orchard Federation"


_PARKING = (
    "Mayor Tom Varga has been asked for weeks about the parking contract. “Ask me again when the audit is "
    "done,” he said.\n"
)


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        pytest.param(
            "The mayor's office replied with an email from its press officer, Lena Ortiz:",
            "Lena Ortiz", id="an email from its press officer, NAME:",
        ),
        pytest.param(
            "Varga replied in an email forwarded by the county auditor:",
            "Tom Varga", id="near miss: an email forwarded by someone",
        ),
    ],
)
def test_a_statement_from_someone_named_before_the_colon_is_theirs(lead: str, speaker: str) -> None:
    """`The mayor's office replied with an email from its press officer, NAME: “…”`: the one the writing is
    from wrote it; a writing someone else passed on (`forwarded by`) stays its subject's."""
    text = _PARKING + lead + " “The contract was tendered twice and every bid is on the city website.”"
    assert _speakers(text) == ["Tom Varga", speaker]


_COAST = "A kayaker missing off the headland for two days was found alive on Tuesday.\n"
_CLIFFS = " told the inquest that the search had covered every cove. "
_SEARCH = "“We walked that coastline with dogs, boats and a helicopter, in rain and in fog.”"


def test_initials_of_a_title_written_before_a_name_stand_for_that_person() -> None:
    """`Senior Investigating Officer X … The SIO told …`: initials the text spelt out as one person's title
    are that person."""
    text = _COAST + (
        "Senior Investigating Officer Dana Bryce led the search. “The tide was our enemy from the first "
        "hour,” she said.\nCoastguard Ron Pillai praised the volunteers. “They did not stop once,” he said.\n"
        "The SIO" + _CLIFFS + _SEARCH
    )
    assert _speakers(text)[-1] == "Dana Bryce"


def test_initials_of_a_body_before_a_name_stay_the_body() -> None:
    """`Royal National Lifeboat Institution crew member X … The RNLI told …`: a body's initials, not X."""
    text = _COAST + (
        "Royal National Lifeboat Institution crew member Dana Bryce led the search.\nThe RNLI"
        + _CLIFFS + _SEARCH
    )
    assert _speakers(text)[-1] != "Dana Bryce"


def test_initials_of_a_title_two_people_held_name_neither() -> None:
    """Two officers given the same title: the initials name neither of them."""
    text = _COAST + (
        "Senior Investigating Officer Dana Bryce led the search by day. Senior Investigating Officer Omar "
        "Rauf led it by night.\n“We walked that coastline with dogs and boats,” the SIO said."
    )
    assert _speakers(text)[-1] not in ("Dana Bryce", "Omar Rauf")


_BINS = "Bin collections were suspended across the borough for a second week on Monday.\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            _BINS + "In a statement, the Waste Partnership said councillors had urged the contractor to "
            "clear the schools first.\n“The smell in this heat is unbearable and we are sorry,” the "
            "statement said.",
            "Waste Partnership", id="said councillors had urged: the partnership's statement",
        ),
        pytest.param(
            _BINS + "When asked whether the partnership had warned councillors, depot manager Ann Lee said "
            "the lorries were broken. “We cannot send out trucks without working brakes.”",
            "Ann Lee", id="near miss: asked whether …, X said",
        ),
    ],
)
def test_a_speech_verb_inside_a_reported_clause_reports_nothing(text: str, speaker: str) -> None:
    """`X said councillors had urged …`: "urged" lies in the clause "said" reports ("that" left out), so X
    speaks (and X's statement after it); a question's clause (`asked whether …`) is no such report."""
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param(
            "The Northmoor Beekeepers' Association criticised the spraying plan. “Every hive within two "
            "miles of the fields is at risk,” the association warned in a letter to the council.",
            "Northmoor Beekeepers' Association",
            id="a regular plural genitive",
        ),
        pytest.param(
            "The Ashby Women's Institute opposed the library cuts. “Half our members borrow a book a "
            "week and cannot afford to buy one,” the institute said.",
            "Ashby Women's Institute",
            id="an irregular plural genitive",
        ),
    ],
)
def test_a_plural_genitive_classifying_a_body_is_part_of_its_name(text: str, body: str) -> None:
    assert _speakers(text) == [body]


def test_a_person_named_after_a_plural_genitive_body_and_a_role_is_the_speaker() -> None:
    # near miss: the genitive and the body's noun, then a role and the person who holds it
    text = (
        "The Beekeepers' Association chairman, Ivo Brandt, said: “Nobody asked us before the spraying "
        "started.”"
    )
    assert _speakers(text) == ["Ivo Brandt"]


def test_a_singular_genitive_before_a_body_is_its_owner_not_part_of_its_name() -> None:
    # near miss: one owner's genitive, with no article before it, owns what follows
    text = (
        "Tom Quill's Foundation paid for the new hives. “We never expected this much honey,” Quill said."
    )
    assert _speakers(text) == ["Tom Quill"]


CANDIDATES = (
    "Ottilie Okoro is standing for president of the students' union against Dan Felling. The Okoro campaign "
    "complained on Monday about posters paid for by the Rowing Club. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            CANDIDATES + "“Those posters break every rule of the election,” the campaign said in an email.",
            ["Okoro campaign"],
            id="the campaign after the surname's campaign, another body named since",
        ),
        pytest.param(
            CANDIDATES.replace("The Okoro campaign", "Felling's campaign")
            + "“Those posters break every rule of the election,” the campaign said in an email.",
            ["Felling campaign"],
            id="the campaign after a possessive surname's campaign",
        ),
        pytest.param(
            CANDIDATES.replace("The Okoro campaign", "Ottilie Okoro's campaign")
            + "“Those posters break every rule of the election,” the campaign said in an email.",
            ["Okoro campaign"],
            id="the campaign after a full name's genitive: named by the surname",
        ),
    ],
)
def test_the_campaign_names_again_the_candidates_campaign_not_the_last_body(
    text: str, expected: list[str | None]
) -> None:
    assert _speakers(text) == expected


def test_the_campaign_with_no_candidates_campaign_before_is_the_body_called_a_campaign() -> None:
    # near miss: no campaign named after anyone standing; the body just set in apposition with "a campaign"
    text = (
        "Quiet Lanes Trust, a campaign set up by cyclists, wrote to the highways agency. “Every junction on "
        "the bypass is a death trap,” the campaign said."
    )
    assert _speakers(text) == ["Quiet Lanes Trust"]


def test_a_body_named_campaign_is_the_campaign() -> None:
    # near miss: a body whose own name is a campaign is what the noun names again
    text = (
        "The Campaign for Quiet Streets complained on Monday about the new bus route. “Nobody on Alder Road "
        "was asked,” the campaign said."
    )
    assert _speakers(text) == ["Campaign for Quiet Streets"]


@pytest.mark.parametrize(
    "title",
    ["Dry Pitches: Lessons from the Long Summers", "Dry Pitches"],
)
def test_a_title_set_beside_the_noun_of_a_work_is_no_person(title: str) -> None:
    text = (
        "Ravi Menon coached a village cricket team for a decade before he turned to writing. His book, "
        f"{title}, came out in April.\n“Most of it I learned by losing,” he said."
    )
    assert _speakers(text) == ["Ravi Menon"]


def test_a_person_named_after_a_work_noun_and_a_comma_opening_the_clause_is_a_person() -> None:
    # near miss: the name after "In his book," is the subject of the clause, then its verb
    text = (
        "In his book, Ravi Menon describes the season the pavilion burned down. “We changed in a tent "
        "until August,” Menon said."
    )
    assert _speakers(text) == ["Ravi Menon"]


def test_a_surname_after_a_work_noun_described_by_a_noun_phrase_is_a_person() -> None:
    # near miss: a surname set off after "In the review," with a role after it is the person the role
    # describes, no title
    text = (
        "In the review, Pellew, the head groundsman, blames the drainage. “The outfield has been under "
        "water since March,” he said."
    )
    assert _speakers(text) == ["Pellew"]


def test_a_spokesperson_for_the_campaign_speaks_for_the_candidates_campaign() -> None:
    text = CANDIDATES + (
        "A spokeswoman for the campaign said on Tuesday evening: \"Those posters break the rules we all "
        "signed up to.\""
    )
    assert _speakers(text) == ["Okoro campaign"]


def test_a_spokesperson_for_the_campaign_no_name_premodified_is_nobody_named() -> None:
    # near miss: no campaign named after anyone before it, only a club
    text = (
        "Posters paid for by the Rowing Club went up on Monday. A spokeswoman for the campaign said on "
        "Tuesday evening: \"Those posters break the rules we all signed up to.\""
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "sponsor"),
    [
        pytest.param(
            "The television spot, paid for by the Coastal Dairy Council, shows cows grazing on a cliff top "
            "while an announcer says: “Milk from the sea air tastes of summer.”",
            "Coastal Dairy Council",
            id="the name after 'paid for by'",
        ),
        pytest.param(
            "Library trustee Wendy Arkwright is running for mayor of Bellhaven. The Arkwright campaign put a "
            "new radio advert on the air on Thursday. In it, a narrator says the town's libraries “stayed "
            "shut on Sundays for twelve years until she opened them”.",
            "Arkwright campaign",
            id="the campaign that put the advert out",
        ),
        pytest.param(
            "The radio ad was funded by the Fenwick Anglers Society. An announcer says: “Clean rivers bring "
            "the trout back.”",
            "Fenwick Anglers Society",
            id="the advert as the subject of 'was funded by'",
        ),
    ],
)
def test_the_unnamed_voice_of_an_advert_speaks_for_its_sponsor(text: str, sponsor: str) -> None:
    assert _speakers(text) == [sponsor]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The documentary, funded by the Marlow Film Trust, follows three lighthouse keepers through a "
            "winter. A narrator says: “The sea does not care who keeps the light.”",
            None,
            id="a narrator of no advert",
        ),
        pytest.param(
            "The radio advert, paid for by the Coastal Dairy Council, was recorded in a barn. The announcer, "
            "Gil Perrault, says: “I grew up on this milk and so did my father.”",
            "Gil Perrault",
            id="an announcer with a name",
        ),
        pytest.param(
            "The radio advert, paid for by the Coastal Dairy Council, was recorded in a barn. In it, farmer "
            "Sigrid Lindqvist says: “I grew up on this milk and so did my father.”",
            "Sigrid Lindqvist",
            id="a person speaking in the advert",
        ),
        pytest.param(
            "The regatta, sponsored by Pellow Insurance, ended with two yachts fighting for the top spot. "
            "“Look at them go!” the announcer cried.",
            "the announcer",
            id="a sponsor of a race, a spot that is a place",
        ),
        pytest.param(
            "The quiz show, funded by the Tollan Arts Fund, stopped for a commercial break. “Stay with us "
            "after these messages,” an announcer said.",
            None,
            id="a sponsor of a show, a commercial break",
        ),
        pytest.param(
            "The radio advert was produced by Quillfeather Studios for the Danvers Water Board. A narrator "
            "says: “Every drop is tested twice.”",
            None,
            id="the studio that produced the advert",
        ),
        pytest.param(
            "Paid for by the Greywell Cycling Club, the mural went up beside a parking spot on Kiln Street. "
            "“Ride slowly past the school,” a narrator says in the short film about it.",
            None,
            id="a parking spot and a sponsor of a mural",
        ),
    ],
)
def test_a_voice_of_no_advert_or_with_a_name_is_no_sponsor(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        pytest.param(
            "The Oregon Attorney General's office said it had received complaints about a kennel in Bend. "
            "“We are reviewing every one of them,” the office said on Monday.",
            "Oregon Attorney General's office",
            id="a place and a title",
        ),
        pytest.param(
            "A road in Wexham was closed after the storm. The Surrey Chief Constable's office said the "
            "fallen oak had been cleared. “Drivers should still expect delays near the bridge,” the office "
            "said.",
            "Surrey Chief Constable's office",
            id="a place and a title of two words",
        ),
    ],
)
def test_the_office_names_again_an_office_named_by_its_holders_title(text: str, office: str) -> None:
    assert _speakers(text) == [office]


def test_an_office_named_by_a_persons_name_is_no_body_of_that_name() -> None:
    text = (
        "The harbour was closed for a week. Mayor Ian Doyle's office said the dredging would finish by "
        "Friday. “The channel will be open for the regatta,” Doyle said. Gov. Ann Pruitt's office said "
        "the state would pay. “The money is already set aside,” the office said."
    )
    first, second = _speakers(text)
    assert first == "Ian Doyle"
    assert not (second or "").endswith("Pruitt's office")



@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Sheriff Tamsin Quarrell toured the flooded campsite. Sheriff Quarrell's office said the tents "
            "would be moved uphill. “Nobody sleeps by the river tonight,” the office said.",
            id="a title and a surname",
        ),
        pytest.param(
            "Secretary of State Mirela Osk spoke at the archive. Secretary of State Osk's office said the "
            "old ballots would be scanned. “The scans will be public by June,” the office said.",
            id="a title of three words and a surname",
        ),
    ],
)
def test_an_office_of_a_holder_named_again_by_title_and_surname_is_no_titled_office(text: str) -> None:
    assert _speakers(text) == ["the office"]
