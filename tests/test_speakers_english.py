"""English crediting habits of real news pages, on invented sentences: a speaker described by a long
apposition with commas inside it (places, lists in a body's name, "CEO of X", "Y's superior"),
quotes closed with two single marks, inch marks, lists of quoted titles, a clause of the speaker's
own after a fragment quote, and the less common speech verbs."""

from __future__ import annotations

import pytest

from digest.quotes.document import Document
from digest.quotes.finder import find_quotes
from digest.quotes.mentions import tokenize


def _credits(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, "en")]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "en")]


APPOSITIONS = [
    pytest.param(
        "“The wind turned to the south and the air cleared a little,” Ines Caro, a researcher at the "
        "Lisbon-based Institute for Energy, Water and Climate think tank told a radio station.",
        ["Ines Caro"],
        id="a body's name with a list in it, no comma before the verb",
    ),
    pytest.param(
        "“Using the new booster, we found a simpler way to reach orbit,” Tessa Byrne, senior vice "
        "president for space at Corvid Defense, Space, and Security, said in a statement.",
        ["Tessa Byrne"],
        id="a body's name with a serial comma",
    ),
    pytest.param(
        '"Water is common out there but hard to see," lead author Paul Greer, a chemist at the Ames '
        'Research Center and Harlow University in Washington, D.C., said in a statement.',
        ["Paul Greer"],
        id="a city and its district after the description",
    ),
    pytest.param(
        '"Our plan is to be wherever the players are," Dana Holt, CEO of Blue Lantern Games, adds. '
        '"Wider reach is good for everyone."',
        ["Dana Holt", "Dana Holt"],
        id="a title and its complement",
    ),
    pytest.param(
        '"If he had worries about the call, I would have expected to hear about them," Owen Pratt, '
        "Lindqvist's superior, said.",
        ["Owen Pratt"],
        id="someone's superior",
    ),
    pytest.param(
        "“The first week was rough and we sorted it out,” Quill, the label's head of sales and "
        "marketing, said on Monday. Petra Quill joined the label in 2018.",
        ["Petra Quill"],
        id="a role ending in a lower-case word",
    ),
    pytest.param(
        '"The duty is paid at the border by the importer," Owen Pratt, a senior fellow at the Harbor '
        'Institute Tax Policy Center, wrote. "The foreign government pays nothing."',
        ["Owen Pratt", "Owen Pratt"],
        id="wrote after a description naming a body",
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS)
def test_the_person_an_apposition_describes_is_the_speaker(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


def test_two_single_marks_close_a_double_quote() -> None:
    text = (
        "“The figures were invented to scare people,’’ Lena Ruiz, chief executive of the watchdog "
        "Clear Facts, told a radio station. ‘‘It is wrong for a party to behave that way,’’ she added."
    )
    assert _credits(text) == [
        ("The figures were invented to scare people", "Lena Ruiz"),
        ("It is wrong for a party to behave that way", "Lena Ruiz"),
    ]
    straight = "\"We will not give up,'' Lena Ruiz said. Then she left."
    assert _credits(straight) == [("We will not give up", "Lena Ruiz")]


def test_a_single_quote_closed_with_an_opening_mark_is_a_title() -> None:
    text = "The show revolves around the theme ‘Every Door Is a Window‘, a line by the poet Ada Stone."
    assert _credits(text) == []


def test_inch_marks_are_not_quotation_marks() -> None:
    text = (
        'Deal: 45% off the 65" Vexa 4K Smart TV, now $549.\n'
        'The 34" curved monitor is the cheapest it has been. "This is my main screen," the reviewer wrote.'
    )
    assert [q for q, _ in _credits(text)] == ["This is my main screen"]


def test_a_list_of_quoted_titles_is_not_speech() -> None:
    text = (
        "The band will play its hits, including “Walking On The Moon Tonight,” “Dancing In The Dark "
        "Again,” “Keep On Running Home” and others. “We are thrilled to be back,” said Rosa Tull."
    )
    assert _credits(text) == [("We are thrilled to be back", "Rosa Tull")]


def test_a_clause_of_the_speaker_after_a_fragment_names_nobody_new() -> None:
    text = (
        "Prime Minister Rhea Moss said in a statement, “We are deeply relieved and grateful” at the crew's "
        "release, adding that the pilot's family had asked for privacy."
    )
    assert _speakers(text) == ["Rhea Moss"]


@pytest.mark.parametrize("verb", ["shouted", "shouts", "ordered", "screamed", "whispered", "texted"])
def test_less_common_speech_verbs(verb: str) -> None:
    text = f"Sgt. Ivo Marek led the team. “Open the door now and step outside,” Marek {verb}."
    assert _speakers(text) == ["Ivo Marek"]


@pytest.mark.parametrize("title", ["Supt.", "Insp."])
def test_an_abbreviated_police_rank_after_the_verb_stays_with_the_name(title: str) -> None:
    text = (
        "Officers warned pensioners on Monday. “They rang late at night and asked for cash straight "
        f"away,” said {title} Orla Venn-Kowal of the fraud squad. She said the inquiry began last year."
    )
    assert _speakers(text) == ["Orla Venn-Kowal"]


@pytest.mark.parametrize("title", ["Ald.", "Coun.", "Cllr."])
def test_an_abbreviated_council_title_after_the_verb_stays_with_the_name(title: str) -> None:
    """Chicago's press writes an alderman `Ald.`, Canada's a councillor `Coun.`: the full stop of a title
    of four letters after the verb opens the name; it ends no sentence."""
    text = (
        "The skate park by the river will close for repairs in April. “The ramps are cracked and we would "
        f"rather fix them before someone gets hurt,” said {title} Roswitha Zubrowski, whose ward includes "
        "the park. “It should reopen by the start of the summer holidays,” she added."
    )
    assert _speakers(text) == ["Roswitha Zubrowski", "Roswitha Zubrowski"]


def test_an_abbreviated_council_title_before_the_one_told_names_the_listener_not_the_speaker() -> None:
    """Near miss: the abbreviated title opens the name of the one spoken to; the speaker is the subject."""
    text = (
        "The skate park by the river will close for repairs in April. “We have waited three years for new "
        "ramps,” Octavius Thistlewood told Coun. Roswitha Zubrowski at the meeting."
    )
    assert _speakers(text) == ["Octavius Thistlewood"]


@pytest.mark.parametrize("office", ["Registrar", "Coroner", "Assessor"])
def test_a_county_office_no_title_list_holds_before_a_name_is_the_holder_s_role(office: str) -> None:
    """American style capitalises a local officer's title before the name (`Dale County Registrar X`):
    the county and its office, then the person, who speaks as `she` after the name."""
    text = (
        "Wendeline Grimsditch, who breeds sheepdogs, asked why the dog licence fee had doubled. "
        f"Pikeworth County {office} Leocadia Szczepanik said the office had not raised it in twenty years. "
        "“Printing the tags now costs more than the fee brought in,” she said."
    )
    assert _speakers(text) == ["Leocadia Szczepanik"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Volunteers repainted the reading room over the weekend. “We expect to reopen the library on "
            "Friday,” the Pikeworth County Martin Luther King Center said in a statement.",
            "Pikeworth County Martin Luther King Center",
        ),
        (
            "Two of the night buses were taken off the road for new brakes. “The timetable will be thinner "
            "until the parts arrive,” the Pikeworth County Transit Isolde Brackenbury Depot said.",
            "Pikeworth County Transit Isolde Brackenbury Depot",
        ),
    ],
)
def test_a_body_named_after_a_person_is_no_office_and_its_holder(text: str, body: str) -> None:
    """Near misses: a county body named after a person (a first name, then more of its name: a middle
    name, or a body word after the surname) stays a body."""
    assert _speakers(text) == [body]


_NAMESAKES = (
    "Rosalind Brackenbury, a glaciologist, and her brother, Zebedee Brackenbury, who flies the survey "
    "plane, went over the ice shelf on Tuesday to measure a new crack. “It has grown by four kilometres "
    "since March,” Ms. Brackenbury said. "
)


def test_a_courtesy_title_picks_a_namesake_whose_first_name_tells_no_sex_over_the_other_sex() -> None:
    """`Mr.` before a surname two people share is not the woman of them, though the man's first name is
    in no list of first names: the other namesake."""
    text = _NAMESAKES + "“The wind pushed us back twice before we could land,” Mr. Brackenbury said."
    assert _speakers(text) == ["Rosalind Brackenbury", "Zebedee Brackenbury"]


def test_a_courtesy_title_of_the_known_namesake_s_sex_stays_with_her() -> None:
    """Near miss: `Ms.` fits the namesake known to be a woman, not the one whose first name tells no sex."""
    text = _NAMESAKES + "“We will fly out again in April to see how far it has spread,” Ms. Brackenbury said."
    assert _speakers(text) == ["Rosalind Brackenbury", "Rosalind Brackenbury"]


def test_a_name_that_ends_its_sentence_is_no_abbreviated_title() -> None:
    text = (
        "“They rang late at night and asked for cash straight away,” said Orla Detweiler. Ivo Marek, "
        "her colleague, nodded."
    )
    assert _speakers(text) == ["Orla Detweiler"]


ROLES_BEFORE_NAMES = [
    pytest.param(
        "Aderholt asked what the plan was. “It depends on what the contractor will invest, quite frankly,” "
        "responded agency administrator Ivo Stern. “It is their money.”",
        ["Ivo Stern", "Ivo Stern"],
        id="a lower-case role between the verb and the name",
    ),
    pytest.param(
        "“It depends on what the contractor will invest, quite frankly,” responded NASA administrator "
        "Ivo Stern, noting the lack of funding.",
        ["Ivo Stern"],
        id="a body, its role and the person after the verb",
    ),
    pytest.param(
        'Ravens DL Noah Pike, via the Sun, said that Carter "can\'t start a fight and then cry about it. '
        'You get what\'s coming."',
        ["Noah Pike"],
        id="a team and a position abbreviation before the name",
    ),
    pytest.param(
        "Deputy Director of Public Prosecution Anna-Lena Lind took the decision. Ms Lind said: “I would "
        "like to stress that the witness has given a credible account.”",
        ["Anna-Lena Lind"],
        id="the rest of a role after 'of', then a hyphenated first name",
    ),
    pytest.param(
        "“We will rebuild the bridge before the winter comes,” Chief Constable Ian Hardy said.",
        ["Ian Hardy"],
        id="a police rank",
    ),
    pytest.param(
        "Senior author Dr. Iris Vale, associate professor of epidemiology at Harlow University, commented: "
        "“Heavy use in youth is linked to long-term harm.”",
        ["Iris Vale"],
        id="commented, after a role and a title",
    ),
    pytest.param(
        "Hal Brandt runs the studio. “Put like that, the whole plan sounds mad,” Brandt laughed.",
        ["Hal Brandt"],
        id="laughed",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLES_BEFORE_NAMES)
def test_roles_before_a_name_are_not_part_of_it(text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


def test_a_middle_initial_is_no_position_abbreviation() -> None:
    text = "“The council never listens to anyone here,” wrote Carla N Luis Obregon in a reader's letter."
    assert _speakers(text) == ["Carla N Luis Obregon"]


def test_a_fragment_inside_a_sentence_belongs_to_the_verb_before_it() -> None:
    text = (
        "Counsel for the landlord, Kevin Tully, said his client had “finished every item of repair work” "
        "the council asked for within weeks. “He accepts the flats fell short,” Mr Tully said."
    )
    assert _speakers(text) == ["Kevin Tully", "Kevin Tully"]


def test_she_is_not_the_name_of_a_journal() -> None:
    text = (
        "Marianne Okafor leads the team. The study, published in the journal Wildlife Dynamics, found "
        "that the bears weighed less.\n“Lighter mothers have fewer cubs,” she said."
    )
    assert _speakers(text) == ["Marianne Okafor"]


def test_a_dateline_opens_the_sentence_after_it() -> None:
    text = (
        "PORTLAND, Maine (AP) — To Lena Frost, records are not a goal.\n“The coach walked in "
        "smiling, and I thought he was teasing me about the missed shots,” Frost said."
    )
    assert _speakers(text) == ["Lena Frost"]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            'The United Nations High Commissioner for Human Rights said the ruling did "not change '
            'existing international law in any way at all".',
            "United Nations High Commissioner for Human Rights",
        ),
        (
            "The Minister for Foreign Affairs said: “We regret this decision and will say so.”",
            "Minister for Foreign Affairs",
        ),
    ],
)
def test_an_office_speaks_by_its_whole_name(text: str, office: str) -> None:
    assert _speakers(text) == [office]


def test_a_surname_that_is_also_an_adverb() -> None:
    text = (
        '"A bigger market helps us," says Chris Early, a vice president at Lumen. "It extends our reach."\n'
        '"Next year will be about testing," Ward says.\n'
        '"Streaming is all or nothing," says Early. "You either have bandwidth or you do not."\n'
        'Finally, "we will be there by spring," Ward said.'
    )
    assert _speakers(text) == ["Chris Early"] * 2 + ["Ward"] + ["Chris Early"] * 2 + ["Ward"]


def test_a_verb_inside_the_quote_followed_by_my_is_no_reporting_clause() -> None:
    text = (
        "Mary Stone moved to Nashville. “It was frightening,” she said. “The opening night went badly, "
        "and I drove home alone, cried my heart out, and wondered ‘Who starts over "
        "at 54?’” But she kept going."
    )
    assert _speakers(text)[-1] == "Mary Stone"


def test_a_verb_in_a_relative_clause_of_an_object_names_no_speaker() -> None:
    text = (
        "“Our crew managed it on the first attempt,” Tom Hallam, a former pilot, responded. He "
        "then referred to Reyes’s earlier report that concluded the odds were no better than a coin "
        "toss. “I accept that figure.” “But with six attempts, the risk adds up,” he concluded."
    )
    assert _speakers(text) == ["Tom Hallam"] * 3


@pytest.mark.parametrize(
    "text",
    [
        "A statement from the Harbor Authority said: “The port will reopen on Friday.”",
        "The Harbor Authority's statement said: “The port will reopen on Friday.”",
        "“The port will reopen on Friday,” said a letter from the Harbor Authority.",
    ],
)
def test_a_document_speaks_for_whoever_it_is_from(text: str) -> None:
    assert _speakers(text) == ["Harbor Authority"]


def test_a_name_after_a_preposition_does_not_stand_for_a_role() -> None:
    text = (
        "“At no time did we agree to a joint statement about her show,” the production company said in a "
        "separate statement to Rolling Stone."
    )
    assert _speakers(text) == ["the production company"]


@pytest.mark.parametrize(
    "after",
    [
        "That was the message from Mayor Ann Lee on Monday.",
        "Those were the words of Mayor Ann Lee after the vote.",
        "So says Ann Lee, the town's mayor.",
        "That promise came from Ann Lee, the town's mayor, on Monday.",
    ],
)
def test_the_sentence_after_the_quote_names_its_source(after: str) -> None:
    assert _speakers(f"“We will rebuild the bridge before the winter comes.” {after}") == ["Ann Lee"]


def test_an_outlet_named_like_a_document_is_a_name() -> None:
    text = "“We are not blind to her flaws,” wrote The Post, which backed her all the same."
    assert _speakers(text) == ["Post"]


@pytest.mark.parametrize(
    "text",
    [
        "“The bridge is unsafe and everyone knows it,” said a city official who asked not to be named.",
        "“The bridge is unsafe and everyone knows it,” a source close to the council told the newspaper.",
        "“The bridge is unsafe and everyone knows it,” said a person familiar with the inspection.",
        "“The bridge is unsafe and everyone knows it,” according to a person with knowledge of the report.",
        "“The bridge is unsafe and everyone knows it,” said one aide, speaking on condition of anonymity.",
        "“The bridge is unsafe and everyone knows it,” sources told a news agency.",
    ],
)
def test_an_unnamed_source_is_nobody(text: str) -> None:
    assert _speakers(f"Mayor Ann Lee defended the plan on Monday. {text}") == [None]


@pytest.mark.parametrize(
    ("after", "who"),
    [
        ("said Derek Moss, a Canada scholar with the Harbor Institute.", "Derek Moss"),
        ("said Derek Moss, an economist.", "Derek Moss"),
        ("said an economist at the bank.", None),
    ],
)
def test_the_reporting_clause_after_a_participle_of_the_quoted_words(after: str, who: str | None) -> None:
    text = (
        '"The minister wants a wider agreement with Canada. Wider than the small one" announced in '
        f"October, {after}"
    )
    assert _speakers(text) == [who]


def test_a_name_after_an_indefinite_article_modifies_the_noun() -> None:
    text = (
        "The firm said on Monday that regulators had written to it.\n"
        "“We have answered their letter and will help them in every way,” said a Brightdesk spokesperson."
    )
    assert _speakers(text) == ["Brightdesk"]


def test_a_study_speaks_for_the_body_that_made_it() -> None:
    text = (
        "As we have noted, a 2019 study by the Centre for Trade Policy Research, a London-based think "
        "tank, concluded that “shoppers at home end up paying the whole levy.”"
    )
    assert _speakers(text) == ["Centre for Trade Policy Research"]


def test_a_couple_sharing_a_surname_speaks_together() -> None:
    text = "“We have lost three weeks of trade,” said Tom and Ella Briggs, who run a cafe at the port."
    assert _speakers(text) == ["Tom and Ella Briggs"]


def test_a_name_keeps_its_suffix() -> None:
    text = (
        "Robert Ames Jr. visited the site on Monday. “We will rebuild the bridge before winter,” Ames "
        "said. “It will take months,” he added."
    )
    assert _speakers(text) == ["Robert Ames Jr.", "Robert Ames Jr."]


def test_a_son_and_his_father_keep_the_name_without_the_suffix() -> None:
    text = "Carl Ames Jr. and Carl Ames run the farm. “We will plant again in spring,” Carl Ames said."
    assert _speakers(text) == ["Carl Ames"]


@pytest.mark.parametrize(
    "clause",
    [
        pytest.param("no injuries had been reported by the clinics", id="a passive speech verb inside"),
        pytest.param("the committee, as Marlow had announced, would meet again", id="an aside with a verb"),
    ],
)
def test_a_pronoun_and_speech_verb_report_the_clause_after_them(clause: str) -> None:
    """`She said no injuries had been reported.`: the verb after the pronoun reports the clause, so a speech
    verb inside that clause does not give the quote after it a speaker from inside the clause."""
    text = (
        f"Councillor Wenna Trask met residents at the hall on Friday. She said {clause}. “Our biggest worry "
        "now is the bridge over the river.”"
    )
    assert _speakers(text) == ["Wenna Trask"]


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param("Gareth Pennick", id="a name"),
        pytest.param("Assistant Chief Constable Gareth Pennick", id="titles and a name"),
    ],
)
def test_a_name_and_speech_verb_report_the_clause_after_them(subject: str) -> None:
    """`X said the search continues.`: "continues" is inside what X reports; "he said" after the next quote
    is X, not the search."""
    text = f"{subject} said the search continues. “We will find whoever started the fire,” he said."
    assert _speakers(text) == ["Gareth Pennick"]


def test_a_month_after_a_persons_title_is_a_first_name() -> None:
    """`Sen. April Rusk`: after a title a month's name opens the full name; `In April` stays a month."""
    text = (
        "The guest of honour was Sen. April Rusk, who has toured nine counties since the spring.\n"
        'Rusk told the audience that the state needed "more nurses and fewer consultants."'
    )
    assert _speakers(text) == ["April Rusk"]
    text = (
        "In April Rusk toured nine counties.\n"
        'Rusk told the audience that the state needed "more nurses and fewer consultants."'
    )
    assert _speakers(text) == ["Rusk"]



def test_an_abbreviated_given_name_opening_a_sentence_stays_in_the_full_name() -> None:
    text = (
        "The rebuilt fish market opened on Saturday. Ma. Corazon Dizon-Lacuesta, who chairs the vendors' "
        "cooperative, cut the ribbon.\n"
        '"Every stall keeps its old place and pays no rent until June," Dizon-Lacuesta said.'
    )
    assert _speakers(text) == ["Ma. Corazon Dizon-Lacuesta"]


def test_ma_after_a_lower_case_word_stays_in_the_full_name() -> None:
    text = 'Maren Quill waved goodbye to her Ma. "I will phone you from the ferry," she said.'
    assert _speakers(text) == ["Maren Quill"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The bakery chain was started by Felix Ma. Olga Vask, its finance chief, said: "
            '"We will open ten more shops next year."',
            "Olga Vask",
            id="a-new-name-after-the-surname",
        ),
        pytest.param(
            'The lantern parade was organised by Lucy Ma. "Twice as many families came this year," she said.',
            "Lucy Ma",
            id="the-surname-ends-the-sentence",
        ),
    ],
)
def test_ma_after_a_given_name_is_a_surname_ending_the_sentence(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def _words(tokens: list) -> list[str]:
    return [t.text for t in tokens]


def test_the_tokenizer_keeps_only_the_given_name_abbreviations_it_is_given() -> None:
    text = "the envoy Ma. Ana Cruz and the judge Fco. Ruiz Oller"
    assert _words(tokenize(text, 0, len(text))) == [
        "the", "envoy", "Ma", ".", "Ana", "Cruz", "and", "the", "judge", "Fco", ".", "Ruiz", "Oller"
    ]
    kept = _words(tokenize(text, 0, len(text), frozenset({"ma.", "fco."})))
    assert kept == ["the", "envoy", "Ma.", "Ana", "Cruz", "and", "the", "judge", "Fco.", "Ruiz", "Oller"]
    shouting = "the envoy MA. Ana Cruz"  # written in capitals: no abbreviated given name
    assert "MA." not in _words(tokenize(shouting, 0, len(shouting), frozenset({"ma."})))


def test_the_abbreviated_given_names_come_from_the_language_data() -> None:
    text = "Der Auftrag ging an Ma. Ana Cruz und ihre Werkstatt."
    assert "Ma." in _words(Document(text, [], [], "en").tokens)
    assert "Ma." not in _words(Document(text, [], [], "de").tokens)  # German lists none
