"""clean_text drops furniture lines and never changes the wording of what it keeps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.article.clean import clean_text, is_boilerplate, is_caption, phrases

BODY = [
    "The council approved the budget on Tuesday after a four-hour debate.",
    '"We have done what we promised," said Mayor Linda Cho.',
    "Moreover, the plan adds 40 buses to the network by 2027.",
    "More than 600 people attended the meeting, organisers said.",
    "Die elektronische Patientenakte (ePA) soll 2027 starten.",
    "She said the AP exam results would be released in July.",
    "Thousands sign up for the city's free swimming lessons each summer, officials said.",
    "Continued growth is expected, according to the report by Reuters analysts.",
    "Follow-up tests on Instagram users showed the same pattern, she said.",
    "Reporters were kept outside the building for three hours.",
    "The polls closed at 8:00 pm on 5 March 2026, officials said.",
    "Tags on the new bins will be read by the lorries from 2027.",
    "Also on Tuesday, the council voted to keep the ferry running.",
    "She said anyone could follow us on foot to the harbour at 6:30.",
    "The category: small boats, under ten metres, the rules say.",
    "Visit twitter.com/priyaraman for her daily ferry updates, she said.",
]

FURNITURE = [
    "Protesters gather outside parliament on Monday. (AFP via Getty Images)",
    "Firefighters at the scene. Photograph: Kin Cheung/AP",
    "Photo: Reuters",
    "Image credit: NASA/JPL",
    "A view of the harbour at dawn. Foto: dpa",
    "Фото: ТАСС",
    "(Photo by Jane Doe/Getty Images)",
    "Sign up to read this article",
    "Already a member? Sign in here",
    "Download the app",
    "Sign up for our morning briefing",
    "Read more: Flood defences to be raised along the river",
    "READ MORE: China plague outbreak confirmed",
    "We use cookies to improve your experience.",
    "Share this article",
    "Follow us on Instagram",
    "Advertisement",
    "Get our free newsletter",
    "Читайте также: В городе появятся ещё пять велодорожек",
    "Lesen Sie auch: Neue Radwege rund um den Stadtgarten",
    "À lire aussi : Les librairies indépendantes résistent",
    "© 2026 Harbor City Tribune. All rights reserved.",
    "This copy is for your personal, non-commercial use only.",
    "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
    "Reporting by Jane Doe; Editing by John Smith",
    "(Additional reporting by Ana Ruiz in Madrid)",
    "Keith Moore contributed reporting from Hong Kong.",
    "Plane passengers quarantined after outbreak [VIDEO]",
    "[Related: Council approves new budget]",
    "Write to Al Root at al.root@example.com",
    "Tuesday, 3 March 2026 - 14:05 GMT",
    "9:12 AM EST 03/03/2026 by Priya Raman",
    "Listen: https://podcasts.example/harbour-ep-12",
    "More council coverage: https://news.example/council and https://social.example/council",
    "priya.raman@harbortribune.example",
    "Filed under: Transport, Council",
    "Tags: bridges, council, budget",
    "Reading time: 4 minutes",
    "5 min read",
    "Morning Briefing Newsletter",
    "[button link=\"https://example.test/tips\"]Send us your tip[/button]",
    "DON'T MISS",
    "03/03/2026 - Posted by: Priya Raman - Category: Transport - Tags: bridges",
    "twitter.com/priyaraman",
    "https://www.instagram.com/harbortribune/",
    "The old bridge at dusk, photos © Harbor Tribune, 2026",
    "| The east pier before demolition. (credit: City of Harbor/Jo Lee) |",
    "Priya Raman covers transport and the council for the Tribune and wrote the book on the city's trams, "
    "which is out now. Follow her on Twitter @priyaraman.",
    "If you enjoyed this article, we have a proposition for you: join our members' club. Members get all of "
    "our content, no paywalls or meters, invitations to events and the print edition, and they support "
    "independent local reporting that keeps the council honest.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_are_dropped(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{BODY[0]}\n{line}\n{BODY[1]}") == f"{BODY[0]}\n{BODY[1]}"


@pytest.mark.parametrize("line", BODY)
def test_article_lines_are_kept(line: str) -> None:
    assert not is_boilerplate(line)
    assert clean_text(line) == line


def test_related_and_most_read_lists_are_dropped_with_their_heading() -> None:
    text = "\n".join([
        BODY[0], "Most read", "- Council votes to pedestrianise High Street",
        "Ferry timetable cut for winter months", BODY[1],
    ])
    assert clean_text(text) == f"{BODY[0]}\n{BODY[1]}"


def test_a_tag_list_goes_with_its_heading() -> None:
    tags = "harbor bridges, city council, budget 2026, ferry timetable, east pier, public works"
    assert clean_text("\n".join([BODY[0], "Tags", tags])) == BODY[0]
    assert clean_text("\n".join([BODY[0], "Tags", BODY[1]])) == f"{BODY[0]}\n{BODY[1]}"


def test_long_paragraph_starting_like_a_prompt_is_kept() -> None:
    line = "Continue reading " + "the minutes of the meeting shows how the vote was won " * 6
    assert clean_text(line) == line.strip()


def test_caption_needs_a_credit() -> None:
    assert not is_caption("Firefighters at the scene on Tuesday.")
    assert is_caption("Firefighters at the scene on Tuesday. Getty Images")


def test_phrase_list_is_packaged_and_parsed() -> None:
    p = phrases()
    assert "sign up to read" in p.prefix
    assert "advertisement" in p.exact
    assert p.contains


@given(st.lists(st.sampled_from(BODY + FURNITURE) | st.text(max_size=80), max_size=12))
def test_kept_lines_are_verbatim_input_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    originals = {line.strip() for line in text.splitlines()}
    for kept in clean_text(text).split("\n"):
        assert kept == "" or kept in originals
