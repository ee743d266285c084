"""Two quakes of clearly different magnitude are two events: no story holds both, however close each
report is to the rest of the other quake's (`digest.stories.cluster._figures_apart` in average link);
two reports of one quake whose magnitudes differ a little, or whose magnitude was revised by 0.4
(`_GROUP_MAGNITUDE_GAP`), stay one story."""

from digest.models import Article
from digest.stories.cluster import cluster_stories


def _article(n: int, title: str, lead: str, published: str | None = None) -> Article:
    return Article(
        url=f"https://paper{n}.example/quake/{n}", title=title, outlet=f"Paper {n}", published=published,
        description=lead, text=lead,
    )


SMALL = [
    _article(
        1, "Magnitude 5.2 earthquake shakes western Greece",
        "A magnitude 5.2 earthquake shook western Greece on Tuesday, cracking walls in villages near Patras; "
        "nobody was hurt.",
    ),
    _article(
        2, "Greece earthquake: villagers sleep outdoors after tremor near Patras",
        "Hundreds of villagers near Patras slept in their cars after an earthquake cracked houses in western "
        "Greece.",
    ),
    _article(
        3, "Strong earthquake rattles western Greece, cracking old houses",
        "An earthquake rattled western Greece, cracking old stone houses in hill villages; no injuries were "
        "reported.",
    ),
]


def _story_of(stories: list, url: str) -> set[str]:
    groups = [{a.url for a in story.articles} for story in stories]
    return next(group for group in groups if url in group)


def test_two_quakes_of_different_magnitude_share_no_story() -> None:
    other = _article(
        4, "Magnitude 6.3 earthquake strikes western Greece, two hurt",
        "A magnitude 6.3 earthquake struck western Greece, injuring two people and damaging a church near "
        "Patras.",
    )
    told = _article(
        5, "Greece earthquake damages church and homes near Patras",
        "An earthquake damaged a church and several homes near Patras in western Greece, and two people "
        "were hurt.",
    )
    stories = cluster_stories([*SMALL, other, told])
    assert SMALL[0].url not in _story_of(stories, other.url)


def test_one_quake_told_with_magnitudes_a_little_apart_is_one_story() -> None:
    revised = _article(
        4, "Magnitude 5.4 earthquake shakes western Greece, no injuries",
        "A magnitude 5.4 earthquake shook western Greece on Tuesday, cracking walls in villages near "
        "Patras; no injuries were reported.",
    )
    stories = cluster_stories([*SMALL, revised])
    assert SMALL[0].url in _story_of(stories, revised.url)


def test_a_quake_whose_magnitude_is_revised_is_one_story() -> None:
    first = [
        _article(
            11, "Magnitude 5.8 earthquake rocks southern Albania",
            "A magnitude 5.8 earthquake rocked southern Albania on Saturday morning, shaking houses in "
            "Gjirokaster.", "2027-03-06T06:00:00+00:00",
        ),
        _article(
            12, "Earthquake near Gjirokaster cracks walls of old town",
            "An earthquake cracked the walls of stone houses in the old town of Gjirokaster in southern "
            "Albania.", "2027-03-06T07:00:00+00:00",
        ),
    ]
    revised = [
        _article(
            13, "Strong earthquake jolts southern Albania",
            "A strong earthquake jolted southern Albania; seismologists later put its magnitude at 6.2.",
            "2027-03-06T09:00:00+00:00",
        ),
        _article(
            14, "Southern Albania earthquake raised to magnitude 6.2",
            "Albania's seismology institute raised Saturday's earthquake near Gjirokaster to magnitude 6.2.",
            "2027-03-06T11:00:00+00:00",
        ),
    ]
    stories = cluster_stories([*first, *revised])
    assert first[0].url in _story_of(stories, revised[1].url)
