"""A title that lists the news of a slot of time ("Saturday digest: glacier closes, tram fares, choir
prize") heads a briefing however its text is laid out, and is merged with none of the stories it tells
(`digest.stories.cluster._listing`); a one-event title that names its event before the colon and lists
what followed ("Hailstorm in Aarhus: roofs holed, trains halted, 300 cars dented") joins its story, as
does one whose heading names no slot of time or briefing (a live page, an update, a person's words)."""

from datetime import UTC, datetime, timedelta

from digest.models import Article
from digest.stories.cluster import _listing, cluster_stories

DAWN = datetime(2027, 8, 14, 6, tzinfo=UTC)


def _article(n: int, title: str, lead: str, hours: int = 0) -> Article:
    return Article(
        url=f"https://courier{n}.example/item/{n}", title=title, outlet=f"Courier {n}",
        published=(DAWN + timedelta(hours=hours)).isoformat(), description=lead, text=lead,
    )


HAIL = [
    _article(
        1, "Hailstorm holes roofs and halts trains in Aarhus",
        "Hailstones the size of golf balls holed roofs across Aarhus on Friday evening, halted trains at the "
        "main station and dented some 300 parked cars.",
    ),
    _article(
        2, "Aarhus counts the cost after hailstorm dents 300 cars",
        "Insurers in Aarhus say a Friday evening hailstorm dented around 300 cars, holed roofs and stopped "
        "trains at the main station for two hours.", 2,
    ),
]
DIGEST = _article(
    3, "Saturday digest: Aarhus hailstorm, glacier path closed, choir prize",
    "A hailstorm holed roofs across Aarhus on Friday evening and dented some 300 cars. A glacier path "
    "in the Alps is shut after a rockfall. A youth choir from Cork won the prize in Tallinn.", 3,
)


def _groups(articles: list[Article]) -> set[frozenset[int]]:
    return {frozenset(int(a.url.rsplit("/", 1)[1]) for a in s.articles) for s in cluster_stories(articles)}


def test_a_title_listing_the_days_news_heads_a_briefing() -> None:
    assert _listing(DIGEST.title, "en")
    assert _listing("The week in brief: fares, floods and a final", "en")
    assert _listing("Утренняя сводка: пожар в порту, забастовка водителей и новый мост", "ru")
    assert _groups([*HAIL, DIGEST]) == {frozenset({1, 2}), frozenset({3})}


def test_a_title_naming_its_event_before_the_list_is_no_briefing() -> None:
    listed = _article(
        4, "Hailstorm in Aarhus: roofs holed, trains halted, 300 cars dented",
        "A Friday evening hailstorm holed roofs in Aarhus, halted trains at the main station and dented "
        "about 300 cars, the city said.", 1,
    )
    assert not _listing(listed.title, "en")
    assert _groups([*HAIL, listed]) == {frozenset({1, 2, 4})}


# one-event titles whose heading names no slot of time: a live page, a recap, an update, a person's words
ONE_EVENT_TITLES = [
    ("Everything we know: two hurt, a lane shut and a lorry driver questioned", "en"),
    ("Live blog: dam gates opened, two villages cleared, river still rising", "en"),
    ("Latest: 2,400 ferry passengers stuck, sailings halted and the port closed", "en"),
    ("Okafor: cheaper buses, longer library hours and safer crossings", "en"),
    ("Сомова: построим мосты, парки и бассейны", "ru"),
    ("Was bisher bekannt ist: drei Verletzte, eine Sperrung und ein Gutachten", "de"),
]


def test_a_heading_naming_no_slot_of_time_is_no_briefing() -> None:
    for title, language in ONE_EVENT_TITLES:
        assert not _listing(title, language), title


def test_a_figure_with_a_thousands_comma_is_one_item() -> None:
    assert not _listing("Monday briefing: 2,400 stuck and port shut", "en")
    assert _listing("Monday briefing: port shut, 2,400 stuck and a new bridge", "en")


def test_a_one_event_live_page_joins_its_story() -> None:
    live = _article(
        5, "Live blog: roofs holed, trains halted and 300 cars dented in Aarhus",
        "A Friday evening hailstorm holed roofs in Aarhus, halted trains at the main station and dented "
        "some 300 cars; follow the latest here.", 1,
    )
    assert _groups([*HAIL, live]) == {frozenset({1, 2, 5})}


def test_a_briefing_heading_may_name_the_region_its_news_come_from() -> None:
    """The place after the briefing word is where the slot's news come from, in any language."""
    assert _listing("The week in Scandinavia: ferry fares, a glacier path and a choir prize", "en")
    assert _listing("Die Woche in Skandinavien: Fährpreise, Gletscherweg und Chorpreis", "de")
    assert _listing("Evening briefing from Tallinn: tram fares, a harbour crane and a chess final", "en")
    roundup = _article(
        5, "The week in Scandinavia: Aarhus hailstorm, glacier path closed, choir prize",
        "A hailstorm holed roofs across Aarhus on Friday evening and dented some 300 cars. A glacier path "
        "in Norway is shut after a rockfall. A youth choir from Cork won the prize in Tallinn.", 3,
    )
    assert _groups([*HAIL, roundup]) == {frozenset({1, 2}), frozenset({5})}


def test_a_place_before_the_slot_word_is_one_events_heading() -> None:
    """"Aarhus night: ..." names the night of one place: what followed in it, one event's list."""
    assert not _listing("Aarhus night: roofs holed, trains halted and 300 cars dented", "en")
    assert not _listing("Sunday in Aarhus: roofs holed, trains halted and 300 cars dented", "en")
    listed = _article(
        6, "Aarhus night: roofs holed, trains halted and 300 cars dented",
        "A Friday evening hailstorm holed roofs in Aarhus, halted trains at the main station and dented "
        "about 300 cars, the city said.", 1,
    )
    assert _groups([*HAIL, listed]) == {frozenset({1, 2, 6})}


def test_a_part_of_the_day_or_a_noun_after_the_briefing_word_is_one_events_heading() -> None:
    """Only a newsletter's or a week's word may be followed by a region, and only by one: "Night in
    <town>", "Night of <noun>", "Briefing by <town> <noun>" and "Week of <noun>" tell one event."""
    assert not _listing("Night in Orvik: pier collapsed, two trawlers sunk and the ferry halted", "en")
    assert not _listing("Night of panic in Orvik: pier collapsed, trawlers sunk and the ferry halted", "en")
    assert not _listing("Briefing by Orvik harbour master: pier shut, trawlers sunk and divers sent", "en")
    assert not _listing("Week of chaos at Orvik port: pier shut, trawlers sunk and divers sent", "en")
    assert not _listing("Morning in Orvik: pier collapsed, two trawlers sunk and the ferry halted", "en")
    assert not _listing("Die Nacht in Bremen: Kran umgestürzt, Kai gesperrt und zwei Kutter beschädigt", "de")
    assert not _listing("Noche de pánico en Orvik: muelle hundido, pesqueros a pique y ferry parado", "es")
    assert not _listing("Вечер в Оренбурге: обрушился мост, затоплены подвалы и закрыта трасса", "ru")
    assert _listing("Newsletter from the Faroes: ferry fares, a puffin count and a knitting prize", "en")
    listed = _article(
        7, "Night in Aarhus: roofs holed, trains stopped and 300 cars dented",
        "Hail holed roofs across Aarhus on Friday evening, stopped trains at the main station and dented "
        "about 300 parked cars, the city said.", 1,
    )
    assert _groups([*HAIL, listed]) == {frozenset({1, 2, 7})}


def test_each_language_lists_with_its_own_and() -> None:
    assert _listing("Überblick am Abend: Fähre gestrichen, Bankpanne und Dammbruch", "de")
    assert _listing("Rassegna di oggi: sciopero dei traghetti, furto in banca e diga", "it")
    # "and" of another language parts nothing: two items only
    assert not _listing("Überblick am Abend: Fähre gestrichen and Dammbruch", "de")
