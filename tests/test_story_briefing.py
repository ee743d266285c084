"""A briefing (labelled paragraphs telling happenings in places that cannot be one) is merged with none
of the stories it tells (`digest.stories.cluster._briefing`); a one-event report with labelled
paragraphs (a quote's speaker, a caption, an explainer's topics, a note) is no briefing and joins its
story."""

from datetime import UTC, datetime, timedelta

from digest.models import Article
from digest.stories.cluster import _briefing, cluster_stories

NOON = datetime(2027, 3, 16, 12, tzinfo=UTC)

FERRY = (
    "Ferry with 300 aboard runs onto sandbank off Gdynia",
    "A car ferry carrying 300 passengers ran onto a sandbank outside the harbour of Gdynia on "
    "Monday night, and tugs pulled it free at dawn with nobody hurt.",
)

# a court, a port and a school in three countries, each under a label of its own
BRIEFING = "\n".join(
    (
        "Three things worth knowing from around the Baltic and beyond.",
        "Gdynia: a car ferry carrying 300 passengers ran onto a sandbank outside the harbour; tugs pulled "
        "it free at dawn.",
        "Courts: judges in Tampere threw out a claim by a sawmill against the town's water board.",
        "Schools: a primary school in Porto will teach lessons in a marquee while its roof is mended.",
        "Next week: the port authorities publish their spring timetable.",
    )
)


def _article(n: int, title: str, text: str, hours: int) -> Article:
    lead = text.split("\n", 1)[0]
    return Article(
        url=f"https://paper{n}.example/story/{n}", title=title, outlet=f"Paper {n}",
        published=(NOON + timedelta(hours=hours)).isoformat(), description=lead, text=text,
    )


def _reports() -> list[Article]:
    return [
        _article(1, *FERRY, 0),
        _article(
            2, "Tugs free Gdynia ferry stuck on sandbank overnight",
            "Tugs freed a car ferry that had run onto a sandbank off Gdynia overnight with 300 passengers "
            "aboard; nobody was hurt.", 1,
        ),
    ]


def _groups(articles: list[Article]) -> set[frozenset[str]]:
    return {frozenset(a.url for a in story.articles) for story in cluster_stories(articles)}


def _one_story(text: str) -> bool:
    """Whether a follow-up with `text` joins the ferry's two reports."""
    follow_up = _article(3, "Gdynia ferry freed from sandbank, 300 passengers unhurt", text, 2)
    reports = _reports()
    return _groups([*reports, follow_up]) == {frozenset(a.url for a in [*reports, follow_up])}


def test_labels_over_happenings_in_places_apart_make_a_briefing() -> None:
    assert _briefing(BRIEFING, False, frozenset(), "en")
    unlabelled = "\n".join(p.split(": ", 1)[-1] for p in BRIEFING.split("\n"))
    assert not _briefing(unlabelled, False, frozenset(), "en")
    assert not _briefing(BRIEFING.replace("\n", " "), False, frozenset(), "en")


def test_a_briefing_stays_apart_from_the_story_it_tells_first() -> None:
    briefing = _article(4, "Ferry aground, sawmill loses case, school in a marquee", BRIEFING, 2)
    reports = _reports()
    assert _groups([*reports, briefing]) == {frozenset(a.url for a in reports), frozenset({briefing.url})}


QUOTES = "\n".join(
    (
        FERRY[1],
        'The harbour master said: "The tide was lower than the charts showed."',
        'She added: "We will survey the channel again this week."',
        "The ferry line said it would refund every ticket of the crossing.",
    )
)
FURNITURE = "\n".join(
    (
        FERRY[1],
        "Picture: the ferry on the sandbank at first light / Harbour Press",
        "Passengers were given blankets and tea in the terminal while they waited.",
        "More on this: how the harbour channel silts up",
    )
)
EXPLAINER = "\n".join(
    (
        FERRY[1],
        "Crossings: the evening sailing is cancelled while divers check the hull.",
        "Tickets: passengers of the cancelled sailing can change them at no cost.",
        "Cars: vehicles left aboard will be unloaded at the terminal on Tuesday.",
    )
)
NOTES = "\n".join(
    (
        FERRY[1],
        "Update: the ferry line said the vessel would be back in service on Thursday.",
        "Correction: this report first put the passenger count at 200, not 300.",
        "Divers found no damage to the hull, the harbour master said.",
    )
)


def test_labelled_paragraphs_of_one_event_make_no_briefing() -> None:
    for text in (QUOTES, FURNITURE, EXPLAINER, NOTES):
        assert not _briefing(text, False, frozenset(), "en")


def test_a_one_event_report_with_labelled_paragraphs_joins_its_story() -> None:
    for text in (QUOTES, FURNITURE, EXPLAINER, NOTES):
        assert _one_story(text)


ROUND_UP = (
    "Dockers walk out in Gdynia, landslide shuts valley road near Bergamo, Estonian minister resigns",
    "Dockers at Gdynia stopped work over pay, a landslide shut the valley road above Bergamo, and "
    "Estonia's transport minister resigned in Tallinn.",
)


def _dock_strike() -> list[Article]:
    return [
        _article(
            5, "Gdynia dockers stop work over pay",
            "Dockers at the port of Gdynia downed tools on Monday over a pay claim, and not one ship was "
            "loaded all day.", 0,
        ),
        _article(
            6, "Pay dispute halts loading at Gdynia port as dockers strike",
            "Loading stopped at the port of Gdynia on Monday as dockers went on strike over pay.", 1,
        ),
    ]


def test_a_round_up_telling_three_kinds_in_places_apart_stays_apart_from_each_story() -> None:
    round_up = _article(7, *ROUND_UP, 3)
    reports = _dock_strike()
    assert _groups([*reports, round_up]) == {frozenset(a.url for a in reports), frozenset({round_up.url})}


def test_the_stages_of_one_case_in_places_apart_make_no_round_up() -> None:
    kinds = frozenset({"theft", "arrest", "fine"})
    assert not _briefing(None, True, kinds, "en")
    assert _briefing(None, True, kinds | {"strike", "disaster or accident"}, "en")
