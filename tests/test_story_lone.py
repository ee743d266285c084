"""A report average link leaves alone that tells in other words what exactly one story tells joins it
(`digest.stories.cluster._attach_lone`): close in meaning to every member, telling the story's kind of
naming a place its members' can be, within a day of them; one close to two like stories, counting one
thing otherwise, telling only the story's kind of happening elsewhere, telling it two days later, or
telling other kinds of happening besides, stays alone."""

from datetime import UTC, datetime, timedelta

from digest.models import Article
from digest.stories.cluster import cluster_stories

NOON = datetime(2027, 5, 4, 12, tzinfo=UTC)


def _article(n: int, title: str, lead: str, hours: int = 0) -> Article:
    return Article(
        url=f"https://paper{n}.example/news/{n}", title=title, outlet=f"Paper {n}",
        published=(NOON + timedelta(hours=hours)).isoformat(), description=lead, text=lead,
    )


HERON = [
    _article(
        1, "Thieves steal bronze heron statue from Minnewater park in Bruges",
        "Thieves cut a bronze heron statue from its plinth in Minnewater park in Bruges overnight, police "
        "said on Tuesday.",
    ),
    _article(
        2, "Bruges police hunt thieves who took bronze heron from park",
        "Officers in Bruges are looking for thieves who sawed a bronze heron sculpture off its base in "
        "Minnewater park.",
    ),
]
# names no name, figure or place the two reports name: a country for the town, a bird for the heron
RETOLD = _article(
    3, "Metal thieves saw off bird sculpture in Belgian city garden",
    "A bronze sculpture of a bird has been sawn off its stone base and stolen from a public garden in a "
    "Belgian city, probably for scrap metal.", 2,
)


def _groups(articles: list[Article]) -> set[frozenset[int]]:
    return {frozenset(int(a.url.rsplit("/", 1)[1]) for a in s.articles) for s in cluster_stories(articles)}


def test_a_report_telling_one_story_in_other_words_joins_it() -> None:
    assert _groups([*HERON, RETOLD]) == {frozenset({1, 2, 3})}


def test_it_joins_the_closer_of_two_stories_of_one_kind() -> None:
    fountain = [
        _article(4, "Thieves steal bronze fountain from square in Ghent", "Thieves took a bronze fountain "
                 "from a square in Ghent, police said."),
        _article(5, "Ghent police seek fountain thieves", "Officers in Ghent are looking for thieves "
                 "who took a bronze fountain from a city square."),
    ]
    assert _groups([*HERON, RETOLD, *fountain]) == {frozenset({1, 2, 3}), frozenset({4, 5})}


def test_a_report_as_close_to_two_like_stories_stays_alone() -> None:
    stork = [
        _article(
            6, "Thieves steal bronze stork statue from Leuven park",
            "Thieves cut a bronze stork statue from its plinth in a park in Leuven overnight, police said "
            "on Tuesday.",
        ),
        _article(
            7, "Leuven police hunt thieves who took bronze stork from park",
            "Officers in Leuven are looking for thieves who sawed a bronze stork sculpture off its base in "
            "the park.",
        ),
    ]
    assert _groups([*HERON, RETOLD, *stork]) == {frozenset({1, 2}), frozenset({3}), frozenset({6, 7})}


def test_a_report_counting_one_thing_otherwise_stays_alone() -> None:
    three = [
        _article(
            1, "Thieves steal 3 bronze statues from Minnewater park in Bruges",
            "Thieves cut 3 bronze statues of herons from their plinths in Minnewater park in Bruges "
            "overnight, police said on Tuesday.",
        ),
        _article(
            2, "Bruges police hunt thieves who took 3 bronze statues from park",
            "Officers in Bruges are looking for thieves who sawed 3 bronze statues of herons off their bases "
            "in Minnewater park.",
        ),
    ]
    five = _article(
        3, "Metal thieves saw 5 statues of birds off their bases in Belgian city garden",
        "5 bronze statues of birds have been sawn off their stone bases and stolen from a public garden in "
        "a Belgian city, probably for scrap metal.", 2,
    )
    assert _groups([*three, five]) == {frozenset({1, 2}), frozenset({3})}


def test_a_like_attack_on_an_unnamed_victim_stays_alone() -> None:
    trams = [
        _article(
            8, "Hackers shut down online ticket sales of Tallinn tram company",
            "A cyberattack shut down the online ticket sales of the tram company in Tallinn, Estonia, on "
            "Thursday morning, the company said.",
        ),
        _article(
            9, "Tallinn tram tickets offline after cyberattack",
            "Passengers in Tallinn could not buy tram tickets online after hackers attacked the operator's "
            "servers.", 1,
        ),
    ]
    # one kind of happening and close in meaning, but no place: another operator's attack
    ferry = _article(
        10, "Cyberattack takes down ferry line's online ticket sales",
        "Hackers took down the online ticket sales of a coastal ferry line on Thursday, and passengers had "
        "to buy tickets at the harbour.", 4,
    )
    assert _groups([*trams, ferry]) == {frozenset({8, 9}), frozenset({10})}


GRAZ = [
    _article(
        11, "Tram derails in Graz, nobody hurt",
        "A tram left the rails at a junction in Graz, Austria, on Monday morning; none of its passengers was "
        "hurt.",
    ),
    _article(
        12, "Tram derails at busy junction in Graz",
        "A city tram jumped the tracks at a junction in Graz on Monday; its passengers were unhurt.", 2,
    ),
]


def test_a_like_accident_in_the_country_two_days_later_stays_alone() -> None:
    later = _article(
        13, "Tram comes off the rails in Austria",
        "A city tram came off its rails at a crossing in Austria on Wednesday morning; nobody was hurt.", 50,
    )
    assert _groups([*GRAZ, later]) == {frozenset({11, 12}), frozenset({13})}


def test_a_brief_of_several_happenings_stays_alone() -> None:
    storm = [
        _article(
            14, "Storm cuts power to thousands in Valencia",
            "A violent storm cut power to thousands of homes in Valencia, Spain, on Friday night.",
        ),
        _article(
            15, "Storm leaves Valencia homes in the dark",
            "A storm brought down power lines in Valencia overnight, leaving thousands of homes without "
            "power.", 2,
        ),
    ]
    brief = _article(
        16, "Night news in brief",
        "A storm cut power to homes in eastern Spain. Dockers walked out in the north. The central bank "
        "raised its rates.", 5,
    )
    assert _groups([*storm, brief]) == {frozenset({14, 15}), frozenset({16})}
