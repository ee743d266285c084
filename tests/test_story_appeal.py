"""A ruling on an appeal is another day's news than a first verdict (`digest.stories.synonyms`'s
"appeal ruling", a kind of happening of its own): one person's appeal in one case and the sentence
passed in another stay two stories, while two reports of one appeal ruling stay one. The wish to
appeal ("his lawyer said he would appeal") and a court's name are no ruling, and across languages
an appeal ruling and the city are no sign of one case (`digest.stories.cluster._appeal_ruling`)."""

from datetime import UTC, datetime, timedelta

from digest.models import Article
from digest.stories import synonyms
from digest.stories.cluster import cluster_stories

MORNING = datetime(2027, 3, 2, 9, tzinfo=UTC)


def _article(n: int, title: str, lead: str, hours: int = 0) -> Article:
    return Article(
        url=f"https://gazette{n}.example/courts/{n}", title=title, outlet=f"Gazette {n}",
        published=(MORNING + timedelta(hours=hours)).isoformat(), description=lead, text=lead,
    )


# a shipping magnate's two cases: a harbour-dues appeal on Tuesday, a smuggling trial's verdict on Thursday
APPEAL = [
    _article(
        1, "Court of appeal upholds harbour dues conviction of shipping magnate Orvel Brandt",
        "The court of appeal in Tallinn upheld the conviction of shipping magnate Orvel Brandt for dodging "
        "harbour dues, but cut his fine.",
    ),
    _article(
        2, "Orvel Brandt loses appeal over unpaid harbour dues",
        "Shipping magnate Orvel Brandt lost his appeal in Tallinn against his conviction for dodging harbour "
        "dues; the fine was reduced.", 3,
    ),
]
VERDICT = [
    _article(
        3, "Shipping magnate Orvel Brandt sentenced to three years for cigarette smuggling",
        "A Tallinn court sentenced shipping magnate Orvel Brandt to a three-year prison term over smuggled "
        "cigarettes on his freighters. His lawyer said he would appeal.", 50,
    ),
    _article(
        4, "Orvel Brandt jailed for three years over smuggled cigarettes",
        "Shipping magnate Orvel Brandt was found guilty in Tallinn of smuggling cigarettes aboard his "
        "freighters and sentenced to three years.", 52,
    ),
]


def _groups(articles: list[Article]) -> set[frozenset[int]]:
    return {frozenset(int(a.url.rsplit("/", 1)[1]) for a in s.articles) for s in cluster_stories(articles)}


def _ruled(text: str, language: str) -> bool:
    return any(name == "appeal ruling" for name, _ in synonyms.matches(text, language))


def test_an_appeal_ruling_is_a_kind_of_happening() -> None:
    assert _ruled(APPEAL[0].description or "", "en")
    assert synonyms.KINDS["appeal ruling"] == "appeal ruling"


def test_the_wish_to_appeal_is_no_ruling() -> None:
    assert not _ruled(VERDICT[0].description or "", "en")
    assert not _ruled("Advocaat Verbeek kondigde aan dat zijn cliënt in hoger beroep gaat.", "nl")
    assert not _ruled("La difesa del sindaco Bortolan ricorrerà in appello entro trenta giorni.", "it")
    assert not _ruled("Me Ravel annonce que son client ira en appel la semaine prochaine.", "fr")


def test_a_courts_name_is_no_ruling() -> None:
    assert not _ruled("The court of appeal in Tallinn will hear the ferry case in June.", "en")
    assert not _ruled("Vor dem Oberlandesgericht Kiel beginnt am Montag der Prozess gegen Schleuser.", "de")
    assert not _ruled("La corte d'appello di Trento fissa l'udienza per settembre.", "it")


def test_one_persons_appeal_and_another_cases_verdict_stay_apart() -> None:
    assert _groups([*APPEAL, *VERDICT]) == {frozenset({1, 2}), frozenset({3, 4})}


# two different people's appeals dismissed in one port city on one morning, one told in English, one in German
TWO_CITY_APPEALS = [
    _article(
        5, "Fisheries inspector Lotte Hauk loses appeal in Bremen",
        "Fisheries inspector Lotte Hauk lost her appeal in Bremen on Friday against her conviction for "
        "taking bribes from trawler owners.",
    ),
    _article(
        6, "Bremen judges: Lotte Hauk appeal dismissed",
        "A panel of judges in Bremen dismissed the appeal of fisheries inspector Lotte Hauk on Friday; her "
        "bribery conviction stands.", 2,
    ),
    _article(
        7, "Bäckermeister Jörg Pflaum scheitert in Bremen: Berufung verworfen",
        "Das Gericht in Bremen hat am Freitag die Berufung verworfen, die Bäckermeister Jörg Pflaum gegen "
        "seine Strafe wegen Schwarzarbeit eingelegt hatte.", 1,
    ),
    _article(
        8, "Berufung verworfen: Pflaum bleibt wegen Schwarzarbeit verurteilt",
        "Jörg Pflaum, Bäckermeister aus Bremen, ist am Freitag mit seiner Berufung gegen die Strafe wegen "
        "Schwarzarbeit gescheitert; das Urteil ist rechtskräftig.", 3,
    ),
]


def test_two_appeal_rulings_in_one_city_told_in_two_languages_stay_apart() -> None:
    assert _groups(TWO_CITY_APPEALS) == {frozenset({5, 6}), frozenset({7, 8})}


def test_one_appeal_ruling_told_in_two_languages_still_joins() -> None:
    german = _article(
        9, "Berufung verworfen: Inspektorin Lotte Hauk bleibt verurteilt",
        "Das Gericht in Bremen hat am Freitag die Berufung der Fischereiinspektorin Lotte Hauk verworfen; "
        "die Verurteilung wegen Bestechlichkeit bleibt bestehen.", 1,
    )
    assert _groups([*TWO_CITY_APPEALS[:2], german]) == {frozenset({5, 6, 9})}
