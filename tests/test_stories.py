"""Story clustering on the fixture set (pairwise precision/recall floors) and ranking rules."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

import pytest

from digest.models import Article, Story
from digest.stories.cluster import (
    _numbers,
    also_in,
    article_key,
    cluster_stories,
    outlet_of,
    outlets,
    rank_stories,
    story_score,
)

FIXTURES = Path(__file__).parent / "fixtures" / "stories"
TUNING = ("events_1.json", "events_2.json", "events_3.json", "unrelated.json")
# (precision, recall) floors a little below what benchmarks/clustering.py measures at the shipped
# settings: the first tuning files 1.000 / 0.852, events_4.json (many languages, decoys, written
# later) 0.957 / 0.564, holdout.json 0.833 / 1.000, holdout2.json 0.677 / 0.457, holdout3.json
# 0.875 / 0.737.
FLOORS = {
    TUNING: (0.97, 0.80),
    ("events_4.json",): (0.92, 0.53),
    ("holdout.json",): (0.80, 0.95),
    ("holdout2.json",): (0.58, 0.34),
    ("holdout3.json",): (0.85, 0.65),
}


def load_fixture(*names: str) -> tuple[list[Article], dict[str, str]]:
    """The articles of the named fixture files (default: the tuning files and holdout.json), and
    each article's event."""
    articles, gold = [], {}
    for name in names or (*TUNING, "holdout.json"):
        for row in json.loads((FIXTURES / name).read_text(encoding="utf-8")):
            event = row.pop("event")
            articles.append(Article(**row))
            gold[row["url"]] = event
    return articles, gold


def groups(stories: list[Story]) -> set[frozenset[str]]:
    return {frozenset(a.url for a in s.articles) for s in stories}


def test_fixture_is_big_enough() -> None:
    articles, gold = load_fixture()
    events = [e for e in set(gold.values()) if list(gold.values()).count(e) >= 3]
    assert len(articles) >= 40 and len(events) >= 12


def test_second_holdout_is_big_enough_and_has_hard_negatives() -> None:
    articles, gold = load_fixture("holdout2.json")
    sizes = [list(gold.values()).count(e) for e in set(gold.values())]
    assert len(articles) >= 40
    assert sum(1 for n in sizes if 2 <= n <= 4) >= 12
    assert sum(1 for n in sizes if n == 1) >= 10


def test_third_holdout_is_big_enough_and_has_same_kind_decoys() -> None:
    articles, gold = load_fixture("holdout3.json")
    events = set(gold.values())
    assert len(articles) >= 60 and sum(1 for e in events if list(gold.values()).count(e) >= 3) >= 15
    assert {"crete-quake", "ecuador-quake", "nordavia-strike", "aeris-strike"} <= events
    assert {"rotterdam-bridge", "porto-bridge"} <= events


@pytest.mark.parametrize("names", list(FLOORS), ids=lambda names: "+".join(names))
def test_fixture_sets_are_merged_above_their_pairwise_precision_and_recall_floors(
    names: tuple[str, ...],
) -> None:
    articles, gold = load_fixture(*names)
    story_of = {a.url: n for n, s in enumerate(cluster_stories(articles)) for a in s.articles}
    tp = fp = fn = 0
    for a, b in combinations(gold, 2):
        same_story, same_event = story_of[a] == story_of[b], gold[a] == gold[b]
        tp += same_story and same_event
        fp += same_story and not same_event
        fn += same_event and not same_story
    precision_floor, recall_floor = FLOORS[names]
    assert tp / (tp + fp) >= precision_floor
    assert tp / (tp + fn) >= recall_floor


def test_every_article_lands_in_exactly_one_story() -> None:
    articles, _ = load_fixture()
    stories = cluster_stories(articles)
    urls = [a.url for s in stories for a in s.articles]
    assert sorted(urls) == sorted(a.url for a in articles)


def test_clustering_does_not_depend_on_input_order() -> None:
    articles, _ = load_fixture()
    expected = cluster_stories(articles)
    shuffled = articles[:]
    random.Random(3).shuffle(shuffled)
    again = cluster_stories(shuffled)
    assert [[a.url for a in s.articles] for s in again] == [[a.url for a in s.articles] for s in expected]


def test_stories_with_more_outlets_come_first_and_lead_is_central() -> None:
    articles, gold = load_fixture()
    stories = cluster_stories(articles)
    sizes = [len(outlets(s)) for s in stories]
    assert sizes == sorted(sizes, reverse=True)
    odesa = next(s for s in stories if gold[s.articles[0].url] == "odesa-port-strike")
    assert len(odesa.articles) == 4
    assert {a.outlet for a in also_in(odesa)} == set(outlets(odesa)[1:])


def test_empty_and_single_inputs() -> None:
    assert cluster_stories([]) == []
    one = Article(url="https://a.example/1", title="Only one")
    assert cluster_stories([one]) == [Story(articles=[one])]


def _art(
    url: str,
    title: str,
    outlet: str | None,
    published: str | None = "2025-06-01T10:00:00+00:00",
    description: str = "",
) -> Article:
    return Article(url=url, title=title, outlet=outlet, published=published, description=description)


def test_same_headline_days_apart_is_not_one_story() -> None:
    title = "Storm Amy brings flooding to coastal towns in Wales"
    a = _art("https://a.example/1", title, "A", "2025-06-01T10:00:00+00:00")
    b = _art("https://b.example/1", title, "B", "2025-06-02T10:00:00+00:00")
    c = _art("https://c.example/1", title, "C", "2025-06-09T10:00:00+00:00")
    assert groups(cluster_stories([a, b, c])) == {frozenset({a.url, b.url}), frozenset({c.url})}


def test_unspaced_scripts_cluster_by_character_pairs() -> None:
    a = _art("https://a.example/jp", "東京で震度5強の地震　津波の心配なし", "NHK")
    b = _art("https://b.example/jp", "東京で震度5強の地震、津波の心配はなし", "Asahi")
    c = _art("https://c.example/jp", "大阪で新しい美術館が開館", "Mainichi")
    assert groups(cluster_stories([a, b, c])) == {frozenset({a.url, b.url}), frozenset({c.url})}


def test_chinese_japanese_and_korean_articles_with_latin_names_do_not_stop_the_round() -> None:
    """wordfreq splits these languages into words only with packages we do not install (jieba,
    MeCab): a capitalised word of such an article counts as rare, and the round goes on."""
    batch = [
        Article(url="https://a.example/zh", title="Storm in Tromsø", text="A storm hit Tromsø.",
                language="zh"),
        Article(url="https://b.example/ja", title="Harbour cranes toppled in Kessingland",
                text="Gusts toppled two cranes at the Kessingland harbour overnight.", language="ja"),
        Article(url="https://c.example/ko", title="Lindqvist 총리, 예산안 발표",
                text="Prime Minister Lindqvist presented the budget on Monday.", language="ko"),
    ]
    assert groups(cluster_stories(batch)) == {frozenset({a.url}) for a in batch}


def test_outlet_falls_back_to_host() -> None:
    assert outlet_of(_art("https://www.harbour.example/x", "t", None)) == "harbour.example"
    assert outlet_of(_art("https://www.harbour.example/x", "t", "  Harbour Gazette ")) == "Harbour Gazette"
    assert article_key(Article(url="https://x/?utm=1", canonical_url="https://x/")) == "https://x/"


NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


def _story(*articles: Article) -> Story:
    return Story(articles=list(articles))


def test_rank_prefers_match_strength_then_recency_and_coverage() -> None:
    strong = _story(_art("https://a.example/1", "Strong", "A", "2025-06-02T06:00:00+00:00"))
    weak = _story(_art("https://b.example/1", "Weak", "B", "2025-06-02T06:00:00+00:00"))
    old = _story(_art("https://c.example/1", "Old", "C", "2025-05-30T06:00:00+00:00"))
    scores = {"https://a.example/1": 3.0, "https://b.example/1": 1.0, "https://c.example/1": 3.0}
    ranked = rank_stories([weak, old, strong], match_scores=scores, now=NOW)
    assert [s.articles[0].title for s in ranked] == ["Strong", "Old", "Weak"]
    wide = _story(
        *(_art(f"https://o{i}.example/1", "Wide", f"O{i}", "2025-06-02T06:00:00+00:00") for i in range(5))
    )
    narrow = _story(_art("https://n.example/1", "Narrow", "N", "2025-06-02T06:00:00+00:00"))
    assert story_score(wide, match_scores={}, now=NOW) > story_score(narrow, match_scores={}, now=NOW)


def test_rank_caps_items_per_outlet_and_hands_the_lead_to_another_outlet() -> None:
    stories = [
        _story(_art(f"https://a.example/{i}", f"A{i}", "A", f"2025-06-02T{10 - i:02d}:00:00+00:00"))
        for i in range(4)
    ]
    shared = _story(
        _art("https://a.example/shared", "Shared", "A", "2025-06-01T05:00:00+00:00"),
        _art("https://b.example/shared", "Shared too", "B", "2025-06-01T05:00:00+00:00"),
    )
    ranked = rank_stories([*stories, shared], match_scores={}, now=NOW, per_outlet_cap=2, limit=7)
    leads = [outlet_of(s.articles[0]) for s in ranked]
    assert leads.count("A") == 2
    assert leads == ["A", "A", "B"]
    assert [a.url for a in ranked[-1].articles] == ["https://b.example/shared", "https://a.example/shared"]
    assert shared.articles[0].url == "https://a.example/shared"  # the input is not changed


def test_rank_limit_and_empty_stories() -> None:
    many = [_story(_art(f"https://s{i}.example/1", f"S{i}", f"S{i}")) for i in range(12)]
    assert len(rank_stories(many, match_scores={}, now=NOW)) == 7
    assert len(rank_stories(many, match_scores={}, now=NOW, limit=3)) == 3
    assert rank_stories([Story(), *many[:1]], match_scores={}, now=NOW) == many[:1]


@pytest.mark.parametrize("published", [None, "not a date", "2025-06-02T08:00:00"])
def test_rank_tolerates_missing_or_naive_dates(published: str | None) -> None:
    story = _story(_art("https://a.example/1", "T", "A", published))
    assert rank_stories([story], match_scores={}, now=NOW) == [story]


def test_fixture_ranking_is_diverse() -> None:
    articles, _ = load_fixture()
    now = datetime(2025, 6, 16, 0, 0, tzinfo=UTC)
    ranked = rank_stories(cluster_stories(articles), match_scores={}, now=now, limit=10)
    leads = [outlet_of(s.articles[0]) for s in ranked]
    assert len(ranked) == 10
    assert max(leads.count(o) for o in leads) <= 2


def test_same_topic_without_a_shared_name_needs_a_closer_match() -> None:
    others = ["Summer tomato recipes", "Museum reopens after restoration", "Football club signs striker"]
    pad = [_art(f"https://p{i}.example/x", title, f"P{i}") for i, title in enumerate(others)]
    kenya = _art(
        "https://a.example/1",
        "Central bank cuts interest rate to support growth",
        "A",
        description="The central bank cut its benchmark interest rate by a quarter point in Kenya to support "
        "lending.",
    )
    lead = "The central bank lowered its key interest rate in {} as prices rose more slowly."
    title = "Central bank trims borrowing costs as inflation eases"
    peru = _art("https://b.example/1", title, "B", description=lead.format("Peru"))
    kenya_too = _art("https://c.example/1", title, "C", description=lead.format("Kenya"))
    assert groups(cluster_stories([kenya, peru, *pad])) == {frozenset({a.url}) for a in [kenya, peru, *pad]}
    assert frozenset({kenya.url, kenya_too.url}) in groups(cluster_stories([kenya, kenya_too, *pad]))


def _report(url: str, title: str, lead: str, hour: int) -> Article:
    return Article(
        url=f"https://{url}", title=title, description=lead, outlet=url.split("/")[0],
        published=f"2026-04-02T{hour:02d}:00:00+00:00",
    )


def test_same_event_in_other_words_merges_and_same_kind_events_stay_apart() -> None:
    """A power cut told in other words is one story; a blackout in another city, and other news from
    the same city, are not (the fixture floors above show what meaning adds on whole sets)."""
    stories = cluster_stories(
        [
            _report("a.example/1", "Power cut leaves Denver without electricity",
                    "A power cut left most of Denver without electricity on Thursday evening.", 18),
            _report("b.example/2", "Lights go out across Denver",
                    "Homes and offices across Denver had no electricity supply for hours, the utility said.",
                    19),
            _report("c.example/3", "Blackout leaves Lagos homes without power",
                    "Homes across Lagos lost power for hours after the grid collapsed on Thursday.", 19),
            _report("d.example/4", "Denver council approves new stadium plan",
                    "Denver's council approved a plan for a new stadium on Thursday evening.", 20),
        ]
    )
    assert groups(stories) == {
        frozenset({"https://a.example/1", "https://b.example/2"}),
        frozenset({"https://c.example/3"}),
        frozenset({"https://d.example/4"}),
    }


def test_a_figure_is_one_entity_in_any_notation_and_thousands_are_not_shared_names() -> None:
    """"3,000" and "12,000" share no figure (before, both held the entity "000", so two evacuations
    in two countries counted as sharing a name and merged); "€1.4bn" and "1.4 billion euros",
    "2.600" and "2,600" are one figure each."""
    stories = cluster_stories(
        [
            _report("a.example/1", "Floods force 3,000 residents from their homes",
                    "Rising rivers forced 3,000 residents from their homes on Thursday as rescue teams "
                    "evacuated flooded villages, officials said.", 8),
            _report("b.example/2", "Wildfire: 12,000 told to leave their homes",
                    "Firefighters battled a wildfire on Thursday as 12,000 people were told to leave their "
                    "homes, officials said.", 9),
            _report("c.example/3", "Regulator fines chipmaker €1.4bn over rebates",
                    "The competition regulator fined a chipmaker €1.4bn for paying computer makers rebates "
                    "to shun its rivals.", 8),
            _report("d.example/4", "Chip designer hit with record penalty",
                    "A penalty of 1.4 billion euros was imposed on the chip designer for loyalty rebates "
                    "paid to computer makers, the regulator said.", 10),
            _report("e.example/5", "Stadium plans approved after long delay",
                    "The city approved a new stadium after two years of delays.", 9),
        ]
    )
    assert groups(stories) == {
        frozenset({"https://a.example/1"}),
        frozenset({"https://b.example/2"}),
        frozenset({"https://c.example/3", "https://d.example/4"}),
        frozenset({"https://e.example/5"}),
    }


def test_thousands_grouped_with_a_plain_space_are_one_figure() -> None:
    """French, Polish or Russian news group thousands with a plain space ("8 000"): one figure, so
    two reports of two happenings, one with 8 000 and one with 15 000, share no "000" (before, they
    did and merged as sharing a name); a year next to a count stays two figures."""
    assert _numbers("8 000 spectateurs, 1 250 000 euros", "fr") == "8000 spectateurs, 1250000 euros"
    assert _numbers("En 2031 400 bateaux", "fr") == "En 2031 400 bateaux"
    assert _numbers("Tables 1 2 300 400", "fr") == "Tables 1 2 300 400"
    stories = cluster_stories(
        [
            _report("a.example/1", "Salon nautique : 8 000 visiteurs pour le premier jour à Kerlann",
                    "Le salon nautique de Kerlann a accueilli 8 000 visiteurs pour son premier jour, selon "
                    "les organisateurs.", 8),
            _report("b.example/2", "Salon du livre : 15 000 visiteurs pour le premier jour à Colmar",
                    "Le salon du livre de Colmar a accueilli 15 000 visiteurs pour son premier jour, selon "
                    "les organisateurs.", 9),
        ]
    )
    assert len(stories) == 2


def test_a_plain_space_groups_no_thousands_in_english() -> None:
    """Near miss: English groups thousands with a comma, so a plain space between two figures is two
    figures ("ages 9 to 13 450 pupils"), while a narrow space still groups."""
    assert _numbers("Ages 9 to 13 450 pupils", "en") == "Ages 9 to 13 450 pupils"
    assert _numbers("Some 4\u202f500 runners", "en") == "Some 4500 runners"


def _outage(url: str, title: str, lead: str, language: str, hour: int) -> Article:
    return Article(
        url=f"https://{url}", title=title, description=lead, outlet=url.split("/")[0],
        published=f"2026-02-07T{hour:02d}:00:00+00:00", language=language,
    )


def test_a_figure_in_thousands_written_with_the_word_is_the_figure_in_digits() -> None:
    """"64 тысячи" is "64,000": an English and a Russian report of one power cut, naming no place
    they share, merge on the figure; a Russian report of another outage with another count stays
    apart, and "3 mil millones" (three billion) is no 3,000."""
    english = _outage("a.example/grid", "Substation fault leaves 64,000 households without power",
                      "About 64,000 households in the city's eastern districts lost electricity on Saturday "
                      "morning after a fault at a substation, the grid operator said. Trams stopped running.",
                      "en", 8)
    russian = _outage("b.example/svet", "Авария на подстанции: без света остались 64 тысячи домохозяйств",
                      "В субботу утром около 64 тысяч домохозяйств в восточных районах города остались без "
                      "электричества из-за аварии на подстанции, сообщили энергетики. Остановились трамваи.",
                      "ru", 9)
    other = _outage("c.example/svet", "Без света остались 42 тысячи домохозяйств после урагана",
                    "Во вторник вечером около 42 тысяч домохозяйств на побережье остались без электричества "
                    "после урагана, сообщили энергетики.", "ru", 10)
    assert groups(cluster_stories([english, russian, other])) == {
        frozenset({english.url, russian.url}),
        frozenset({other.url}),
    }
    assert _numbers("3 mil millones", "es") == "3 mil millones"
    assert _numbers("2,5 тисячі, 70.000", "uk") == "2500, 70000"
    assert _numbers("70 mil, 70.000", "es") == "70000, 70000"


def test_a_thousand_word_is_read_only_in_the_languages_where_it_is_the_thousand() -> None:
    """Polish "mil" is miles, Swedish "mil" ten kilometres, English "$20 mil" twenty million: no
    thousand; and a figure grouped by spaces before the word is read whole, inflected words too."""
    assert _numbers("Jacht zatonął 20 mil od brzegu", "pl") == "Jacht zatonął 20 mil od brzegu"
    assert _numbers("Brand 5 mil norr om Luleå", "sv") == "Brand 5 mil norr om Luleå"
    assert _numbers("a $20 mil contract", "en") == "a $20 mil contract"
    assert _numbers("El club vendió 20 mil entradas", "es") == "El club vendió 20000 entradas"
    assert _numbers("около 1 200 тысяч человек", "ru") == "около 1200000 человек"
    assert _numbers("с 40 тысячами зрителей", "ru") == "с 40000 зрителей"
    assert _numbers("z 15 tysiącami kibiców", "pl") == "z 15000 kibiców"


def test_a_decimal_is_one_figure_with_or_without_its_trailing_zeros() -> None:
    """"4.50%" and "4,5 %" are one figure: a rate decision told in English and in French merges on
    it and the country."""
    english = Article(
        url="https://a.example/rate", title="Central bank of Moldova keeps key rate at 4.50%",
        description="Policymakers left borrowing costs unchanged on Thursday, citing stubborn food prices.",
        outlet="a", published="2026-03-05T12:00:00+00:00", language="en",
    )
    french = Article(
        url="https://b.example/taux",
        title="Moldavie : la banque centrale maintient son taux directeur à 4,5 %",
        description="Les responsables ont laissé le coût du crédit inchangé jeudi, à cause des prix.",
        outlet="b", published="2026-03-05T13:00:00+00:00", language="fr",
    )
    assert len(cluster_stories([english, french])) == 1


def test_a_round_up_does_not_chain_two_events_into_one_story() -> None:
    """A round-up telling two events is close to each, but the two share nothing: they never end up
    in one story (before, the second joined through the round-up, as the mean over the group stayed
    above the threshold)."""
    stories = cluster_stories(
        [
            _report("a.example/1", "Power cut leaves Denver without electricity",
                    "A power cut left most of Denver without electricity on Thursday evening, the utility "
                    "said.", 18),
            _report("b.example/2", "Denver round-up: power cut, and Broncos beat Chiefs at Empower Field",
                    "A power cut left most of Denver without electricity on Thursday evening, the utility "
                    "said. The Broncos beat the Chiefs 24-17 at Empower Field after a late touchdown.", 23),
            _report("c.example/3", "Broncos beat Chiefs at Empower Field",
                    "The Broncos beat the Chiefs 24-17 at Empower Field on Thursday evening after a late "
                    "touchdown.", 22),
        ]
    )
    assert not any({"https://a.example/1", "https://c.example/3"} <= group for group in groups(stories))


_QUAKE = (
    "A magnitude 6.1 earthquake struck off Crete early on Monday, shaking buildings in Heraklion and "
    "sending residents into the streets. The fire service said there were no reports of injuries. "
    "Schools on the island stayed shut while engineers checked them for damage. "
)


def _version(url: str, hour: int, text: str, *, partial: bool = False) -> Article:
    return Article(
        url=f"https://{url}", outlet=url.split("/")[0], title="Magnitude 6.1 earthquake strikes off Crete",
        text=text, published=f"2026-03-09T{hour:02d}:00:00+00:00", partial=partial,
    )


def test_the_most_complete_version_leads_and_the_others_are_named() -> None:
    """The longest full article leads, not the earliest short one nor a longer preview."""
    short = _version("short.example/1", 5, _QUAKE)
    long = _version("long.example/2", 7, _QUAKE.replace("Monday", "Monday morning") + (
        "Seismologists at the Athens institute put the epicentre 58 km south of Ierapetra at a depth "
        "of 40 km and warned of aftershocks over the coming days. " * 3))
    preview = _version("preview.example/3", 6, long.text + " More for subscribers. " * 30, partial=True)
    (story,) = cluster_stories([short, preview, long])
    assert story.articles[0] is long
    assert {a.outlet for a in also_in(story)} == {"short.example", "preview.example"}


def test_an_earlier_original_leads_over_a_later_rewrite_of_it() -> None:
    original = _version("wire.example/1", 5, _QUAKE * 2)
    added = "Our reporter adds that the ferry to Santorini sailed late."
    rewrite = _version("copy.example/2", 8, _QUAKE * 2 + added)
    (story,) = cluster_stories([rewrite, original])
    assert story.articles[0] is original


def test_inflected_words_compare_by_their_base_form() -> None:
    """The same event with its words inflected differently ("Уфе"/"Уфы", "мост"/"мосту", "Zug"/"Züge",
    "tren"/"trenes") is one story; the same kind of event elsewhere is not. The language is guessed
    from the text (none is tagged)."""
    stories = cluster_stories(
        [
            _report("a.example/1", "Мост через Белую в Уфе закрыт",
                    "Мост через реку Белую в Уфе закрыли для машин: на опорах нашли трещины.", 8),
            _report("b.example/2", "Власти Уфы остановили движение по мосту",
                    "Движение по мосту через Белую остановлено: на опорах моста нашли трещины, сообщили "
                    "власти Уфы.", 9),
            _report("c.example/3", "Мост через Каму в Перми закрыт",
                    "Мост через реку Каму в Перми закрыли для машин: на опорах нашли трещины.", 9),
            _report("d.example/4", "Züge stehen still: Bahnstreik legt Bremen lahm",
                    "Wegen des Streiks der Lokführer fahren in Bremen seit dem Morgen keine Züge.", 8),
            _report("e.example/5", "Kein Zug fährt in Bremen",
                    "Der Streik der Lokführer stoppt jeden Zug in Bremen, die Bahn rät von Reisen ab.", 9),
            _report("f.example/6", "Streik legt Leipzig lahm",
                    "In Leipzig fahren seit dem Morgen keine Busse, weil die Busfahrer für höhere Löhne "
                    "streiken.", 9),
            _report("g.example/7", "Huelga de trenes en Chile",
                    "Los trenes de Santiago no circulan por una huelga de maquinistas, según el "
                    "sindicato.", 8),
            _report("h.example/8", "El tren no circula en Santiago",
                    "Ningún tren circula en Santiago de Chile: los maquinistas están en huelga, informó el "
                    "sindicato.", 9),
            _report("i.example/9", "Paro de maquinistas deja a Lima sin trenes",
                    "Los maquinistas de Lima paralizan el servicio de trenes este lunes para exigir mejores "
                    "salarios.", 9),
        ]
    )
    assert groups(stories) == {
        frozenset({"https://a.example/1", "https://b.example/2"}),
        frozenset({"https://c.example/3"}),
        frozenset({"https://d.example/4", "https://e.example/5"}),
        frozenset({"https://f.example/6"}),
        frozenset({"https://g.example/7", "https://h.example/8"}),
        frozenset({"https://i.example/9"}),
    }


def test_load_data_reads_once_what_every_round_reads() -> None:
    from tests.offline_support import run_offline

    done = run_offline(
        """
        from digest.lang import identify, names
        from digest.stories import cluster, demonyms, synonyms
        cluster.load_data()
        tables = synonyms._table.cache_info().currsize == len(synonyms.LANGUAGES)
        print(bool(identify._loaded), tables, names._frequent.cache_info().currsize)
        compiled = demonyms._patterns.cache_info()
        for code in ("ru", "uk", "pl", "nl", "sv", "cs", "tr", "el", "ja", None, "en", "de"):
            demonyms.described("Die norwegische Hauptstadt, the Spanish police", code)
        again = demonyms._patterns.cache_info().misses - compiled.misses
        print(compiled.currsize == len(demonyms.LANGUAGES), again == 0)
        """
    )
    assert done.returncode == 0, done.stderr
    assert "True True 1" in done.stdout
    assert "True True" in done.stdout.splitlines()[-1]


def test_a_texts_names_are_read_in_its_language_whatever_was_read_before() -> None:
    """`_name_words` is cached by text and language: the same invented sentence read as German (where
    a capitalised common noun is no name) and as English gives each language's names, in any order."""
    from digest.stories.cluster import _name_words

    text = "Am Morgen traf eine Lawine das Dorf Zermatt."
    assert _name_words(text, "de") == ("Zermatt",)
    assert _name_words(text, "en") == ("Morgen", "Lawine", "Dorf", "Zermatt")
    assert _name_words(text, "de") == ("Zermatt",)
