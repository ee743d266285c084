"""Topic queries: the parser's rules and errors, matching across forms and scripts, and properties."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.article.textnorm import fold, tokens
from digest.errors import DigestError
from digest.lang import resources
from digest.models import Article
from digest.stories import embed, synonyms
from digest.stories.topics import (
    MAX_QUERY_CHARS,
    MEANING_MATCH,
    PHRASE_MATCH,
    ArticleIndex,
    QueryError,
    TermKind,
    compound_head,
    head_matrix,
    index_article,
    match_topic,
    meaning_candidates,
    parse_query,
    with_meaning,
    word_forms,
)


def art(title: str = "", description: str | None = None, text: str = "") -> Article:
    return Article(url="https://example.com/a", title=title, description=description, text=text)


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("Climate", "climate"),
        ('"Interest Rates" ECB', '"interest rates" ecb'),
        ("tariffs -steel", "tariffs -steel"),
        ("Kherson OR Odesa", "kherson OR odesa"),
        ('-"price cap" oil', 'oil -"price cap"'),
        ("covid-19", '"covid 19"'),
        ("“curly quotes” work", '"curly quotes" work'),
        ("«Газпром» санкции", "газпром санкции"),
        ("apple apple", "apple"),
        ("OR apple OR OR", "apple"),
        ("or and", "or and"),
        ("北京 大学", "北京 大学"),
        ('"北京 大学"', "北京大学"),
        ("ＣＡＦＥ", "cafe"),
        ("a - b", "a b"),
    ],
)
def test_parse_query_canonical_form(query: str, shown: str) -> None:
    assert str(parse_query(query)) == shown


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("", "query_empty"),
        ("   \n\t", "query_empty"),
        ("!!! ???", "query_empty"),
        ('""', "query_empty"),
        ("OR", "query_empty"),
        ("x" * (MAX_QUERY_CHARS + 1), "query_too_long"),
        ("news " * 2000, "query_too_long"),
        ("-crypto -bitcoin", "query_only_exclusions"),
        ('climate "net zero', "query_unbalanced_quotes"),
        ('"', "query_unbalanced_quotes"),
    ],
)
def test_bad_queries_raise_one_clear_sentence_with_examples(query: str, code: str) -> None:
    with pytest.raises(QueryError) as info:
        parse_query(query)
    err = info.value
    assert isinstance(err, DigestError)
    assert err.code == code
    message = str(err)
    assert message.endswith(".") and message.count(". ") == 0
    assert "for example" in message


def test_sql_looking_query_is_just_words() -> None:
    q = parse_query("'; DROP TABLE topics; --")
    assert str(q) == "drop table topics"


def test_query_of_exactly_the_limit_is_accepted() -> None:
    assert parse_query("a" * MAX_QUERY_CHARS).groups


def test_terms_have_kinds() -> None:
    q = parse_query('tariff "supply chain" 北京')
    assert [t.kind for t in q.groups[0]] == [TermKind.WORD, TermKind.PHRASE, TermKind.RUN]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("tariff", {"tariff", "tariffs"}),
        ("tariffs", {"tariffs", "tariff"}),
        ("policy", {"policy", "policies"}),
        ("policies", {"policies", "policy", "policie"}),
        ("box", {"box", "boxes"}),
        ("taxes", {"taxes", "tax", "taxe"}),
        ("houses", {"houses", "house", "hous"}),
        ("news", {"news"}),
        ("virus", {"virus", "viruses"}),
        ("us", {"us"}),
        ("2024", {"2024"}),
        ("киев", {"киев"}),
    ],
)
def test_word_forms(word: str, expected: set[str]) -> None:
    assert word_forms(word) == expected


MATCHES = [
    # query, article, should match
    ("Kherson", art("Kherson's mayor speaks"), True),
    ("Kherson", art("Kherson’s mayor speaks"), True),
    ("Kherson's", art("Shelling in Kherson"), True),
    ("tariff", art("New tariffs on steel"), True),
    ("tariffs", art("A tariff on steel"), True),
    ("policy", art("Fed policies shift"), True),
    ("Iran", art("Iranian officials met"), False),
    ("art", art("The party was great"), False),
    ("cafe", art("Café culture in Paris"), True),
    ("Café", art("CAFE CULTURE"), True),
    ("muller", art("Jonas Müller scores"), True),
    ("Ｔｏｋｙｏ", art("Tokyo markets open"), True),
    ("tokyo", art("ＴＯＫＹＯ markets open"), True),
    ("strasse", art("Die Straße ist gesperrt"), True),
    ("киев", art("Удары по Киеву ночью"), True),
    ("Украина", art("Президент Украины заявил"), True),
    ("Украина", art("Украинская делегация"), False),
    ("ёлка", art("Главная елка страны"), True),
    ("北京", art("北京大学の研究者が発表"), True),
    ("研究者", art("北京大学の研究者が発表"), True),
    ("上海", art("北京大学の研究者が発表"), False),
    ("서울", art("서울에서 회의가 열렸다"), True),
    ("हिन्दी", art("हिन्दी समाचार"), True),
    ("हिन", art("हिन्दी समाचार"), False),
    ('"supply chain"', art("Supply chains are strained"), True),
    ('"supply chain"', art("A chain of supply depots"), False),
    ('"supply chain"', art("supply, chain"), True),
    ("covid-19", art("COVID 19 cases rise"), True),
    ("covid-19", art("covid cases rise in 19 states"), False),
    ("tariffs -steel", art("Tariffs on steel rise"), False),
    ("tariffs -steel", art("Tariffs on cars rise"), True),
    ('oil -"price cap"', art("Oil price cap extended"), False),
    ('oil -"price cap"', art("Oil price falls; cap on output"), True),
    ("Kherson OR Odesa", art("Port of Odesa reopens"), True),
    ("Kherson OR Odesa", art("Port of Mykolaiv reopens"), False),
    ("port Odesa", art("Port reopens", text="Ships left Odesa at dawn."), True),
    ("port Odesa", art("Port reopens", text="Ships left Mykolaiv at dawn."), False),
    ("ecb", art("Rates", description="The ECB held rates."), True),
    ("o'brien", art("O’Brien resigns"), True),
]


@pytest.mark.parametrize(("query", "article", "expected"), MATCHES)
def test_match_table(query: str, article: Article, expected: bool) -> None:
    assert (match_topic(query, article) is not None) is expected


def test_match_reports_terms_and_weights_fields() -> None:
    in_title = match_topic("tariff steel", art("Steel tariffs", text="nothing"))
    late = "Other news came first. " * 30 + "Steel tariffs were raised."
    in_text = match_topic("tariff steel", art("Trade news", text=late))
    assert in_title is not None and in_text is not None
    assert in_title.terms == ["tariff", "steel"]
    assert in_title.score > in_text.score
    in_lead = match_topic("tariff steel", art("Trade", description="A steel tariff", text="x"))
    assert in_lead is not None and in_text.score < in_lead.score < in_title.score


def test_or_reports_the_best_group() -> None:
    m = match_topic("odesa OR kherson port", art("Kherson port shelled", text="Odesa quiet."))
    assert m is not None and m.terms == ["kherson", "port"]


def test_match_terms_keep_the_users_wording() -> None:
    m = match_topic('Kherson "Supply Chain"', art("Kherson's supply chains"))
    assert m is not None and m.terms == ["Kherson", "Supply Chain"]


def test_accents_stripped_only_from_letters() -> None:
    assert fold("Café Ёлка") == "cafe елка"
    assert fold("0 \u0e31") == "0 \u0e31"  # a Thai mark after a space is not an accent


def test_index_is_reusable_and_equivalent() -> None:
    article = art("Kherson's port", description="Tariffs and ports", text="Supply chains in 北京大学")
    index = index_article(article)
    for query in ["kherson", "tariff port", '"supply chain"', "北京", "missing"]:
        assert match_topic(query, index) == match_topic(query, article)
        assert match_topic(parse_query(query), index) == match_topic(query, article)


def test_exclusion_anywhere_in_text_excludes() -> None:
    assert match_topic("rates -crypto", art("Rates rise", text="Bitcoin and crypto fall.")) is None


def test_lead_falls_back_to_opening_of_text() -> None:
    text = "Ports reopen in Odesa. " + "Filler sentence here. " * 40
    m = match_topic("odesa", art("News", text=text))
    assert m is not None and m.score >= 2.0


# Property tests: parsing is total (QueryError or a Query), and a query matches its own terms.

@settings(max_examples=400, deadline=None)
@given(st.text(max_size=260))
def test_parse_query_raises_only_query_error(text: str) -> None:
    try:
        query = parse_query(text)
    except QueryError:
        return
    assert query.groups and all(query.groups)


_word = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "M", "P", "Zs")), min_size=1, max_size=12
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_word, min_size=1, max_size=6), st.booleans())
def test_query_matches_text_made_of_its_required_terms(words: list[str], quote_all: bool) -> None:
    raw = " ".join(words).replace('"', " ")
    if quote_all:
        raw = f'"{raw}"'
    try:
        query = parse_query(raw)
    except QueryError:
        return
    if query.excluded:
        return
    for group in query.groups:
        text = " . ".join(term.text for term in group)
        for article in (art(title=text), art(text=text), art(description=text)):
            assert match_topic(query, article) is not None, (raw, text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_fold_is_idempotent_and_tokens_are_folded(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    for tok in tokens(text):
        assert tok.text and fold(tok.text) == tok.text


def _news(title: str, lead: str, language: str | None = None) -> Article:
    return Article(url="https://news.example/a", title=title, description=lead, text=lead, language=language)


DERAILMENT = _news(
    "Train derails in Bavaria, injuring dozens",
    "A regional train came off the tracks near Garmisch, injuring 40 passengers.",
)


def test_a_topic_matches_other_words_by_meaning_and_says_which() -> None:
    assert match_topic("train derailment", DERAILMENT) is None
    found = match_topic("train derailment", DERAILMENT, meaning=True)
    # a phrase of several words that names the thing comes before a single word ("derails" is also
    # written of talks)
    assert found is not None and found.meaning == "came off the tracks ≈ derailment"
    assert found.terms == ["train", "derailment"] and found.score < match_topic("train", DERAILMENT).score
    literal = match_topic("train", DERAILMENT, meaning=True)
    assert literal is not None and literal.meaning is None


@pytest.mark.parametrize(
    "query", ["train derailment -Bavaria", '"train derailment"', "derailment -passengers"]
)
def test_exact_phrases_and_excluded_words_still_rule_over_meaning(query: str) -> None:
    assert match_topic(query, DERAILMENT, meaning=True) is None


def test_meaning_needs_the_article_as_a_whole_to_be_about_the_topic() -> None:
    """'fire' is close to 'wildfire', but police firing tear gas is not a wildfire story."""
    protest = _news(
        "Police fire tear gas at protesters in Nairobi",
        "Police fired tear gas at crowds marching in Nairobi on the anniversary of the protests.",
    )
    assert match_topic("wildfire", protest, meaning=True) is None


def test_meaning_is_used_only_for_languages_the_model_knows() -> None:
    """Close words and the meaning guard are for English; another language's report matches only by
    a title naming the thing (see the cross-language test below), never by its lead alone."""
    german = _news("Regionalzug in Bayern verunglückt", "Ein Regionalzug ist bei Garmisch entgleist.", "de")
    assert match_topic("derailment", german, meaning=True) is None
    titled = _news("Zug entgleist in Bayern", "Ein Regionalzug ist bei Garmisch entgleist.", "de")
    found = match_topic("derailment", titled, meaning=True)
    assert found is not None and found.meaning == "entgleist ≈ derailment"


def test_a_topic_matches_the_words_outlets_swap_for_it() -> None:
    """'power outage' finds a blackout story: the two words are far apart as word vectors, but one
    thing in news reports (digest.stories.synonyms)."""
    blackout = _news(
        "Blackout hits Leeds as storm damages substation",
        "A blackout cut power to 40,000 homes in Leeds overnight after a storm damaged a substation.",
    )
    assert match_topic("power outage", blackout) is None
    found = match_topic("power outage", blackout, meaning=True)
    # the lead's phrase of several words comes before the title's single word (`names_outright`); it
    # stands in for the two words together, one phrase of the outage group
    assert found is not None and found.meaning == "cut power ≈ power outage"
    assert synonyms.stand_in("outage", blackout.title) == "Blackout"
    assert match_topic("outage -Leeds", blackout, meaning=True) is None


def test_a_word_for_a_closed_compounds_head_alone_stands_in_for_no_compound() -> None:
    """A fire on a boat is neither a ceasefire nor a wildfire: "fire", "fire crews" and "blaze" are
    nearer "fire" than the compound, so they say the head's thing, not the topic's."""
    boat = _news(
        "Fire on Lake Orta tour boat as fire crews fight the flames",
        "Fire crews fought a fire on a tour boat on Lake Orta on Sunday; the 40 passengers were brought "
        "ashore as flames spread.",
    )
    ship = _news(
        "Blaze on cargo ship off Dover brought under control",
        "Firefighters brought a blaze on a cargo ship off Dover under control on Wednesday after the fire "
        "spread through its hold.",
    )
    assert compound_head("wildfire") == "fire" and compound_head("ceasefire") == "fire"
    assert match_topic("ceasefire", boat, meaning=True) is None
    assert match_topic("wildfire", boat, meaning=True) is None
    assert match_topic("wildfire", ship, meaning=True) is None


def test_a_compounds_own_synonym_or_its_modifiers_word_still_stands_in() -> None:
    """Near misses: "bushfire" is nearer "wildfire" than "fire", and "heat" is the modifier of
    "heatwave", not its head; a word that is no compound ("outage") has no head to mistake."""
    bush = _news(
        "Bushfire forces evacuation of hill towns in Victoria",
        "A bushfire burning through eucalyptus forest forced thousands to leave hill towns east of "
        "Melbourne on Saturday.",
    )
    heat = _news(
        "Scorching heat grips Seville as temperatures hit 44C",
        "A heat wave sent temperatures in Seville to 44C on Thursday, and the city opened cooling centres.",
    )
    found = match_topic("wildfire", bush, meaning=True)
    assert found is not None and found.meaning == "Bushfire ≈ wildfire"
    found = match_topic("heatwave", heat, meaning=True)
    assert found is not None and found.meaning == "heat ≈ heatwave"
    assert compound_head("outage") is None and compound_head("strike") is None


def _closeness(query: str, index: ArticleIndex) -> float:
    """How near a topic as a whole is to a title and lead (what the meaning guard measures)."""
    vectors = embed.embed([query])
    assert vectors is not None and index.vector is not None
    return float(vectors[0] @ index.vector)


def _indexed(title: str, lead: str) -> ArticleIndex:
    article = _news(title, lead)
    return with_meaning([index_article(article)], [article])[0]


def test_a_phrase_that_names_the_topic_needs_only_the_lower_guard() -> None:
    """A phrase of several words outlets swap for the topic's word names the thing ("power failure"
    for an outage, "bursts its banks" for flooding), so the title and lead need only be `PHRASE_MATCH`
    near the topic as a whole; daily selection's candidates take such articles in too."""
    lighthouse = _indexed(
        "Power failure darkens Hollin Point lighthouse",
        "The lamp at Hollin Point went dark for six hours on Saturday after a power failure.",
    )
    stream = _indexed(
        "Stream bursts its banks into Pennick allotments",
        "Water from the stream covered forty plots on Sunday night.",
    )
    for query, index, said in [
        ("power outage", lighthouse, "Power failure ≈ power outage"),
        ("flooding", stream, "bursts its banks ≈ flooding"),
    ]:
        assert _closeness(query, index) < MEANING_MATCH
        found = match_topic(query, index, meaning=True)
        assert found is not None and found.meaning == said
        assert meaning_candidates(parse_query(query), head_matrix([index])) == [0]


def test_a_single_word_a_figure_of_speech_or_a_close_word_gets_no_lower_guard() -> None:
    """Near misses at the same closeness: a single word of a group may have a second sense (a ferry's
    "grounding" after an engine fault, complaints that "flood" a switchboard), "lost power" in a vote
    and talks that "came off the rails" are figures of speech, builders or pumps that "stopped work"
    did so for a reason of their own (`Language.figurative_phrases`), and
    "merge" is a close word, not a phrase of a story group: each still needs the whole-topic guard,
    and none of these is close enough."""
    cases = [
        ("aground", "Hollin ferry grounding leaves islanders stranded",
         "The Hollin island ferry stayed in port all Monday after an engine fault, leaving "
         "islanders stranded."),
        ("flooding", "Complaints flood the Pennick council switchboard",
         "Hundreds of residents rang the council on Monday over the new bin rota."),
        ("power outage", "Fishing cooperative old guard lost power at members vote",
         "The founders of the Pennick fishing cooperative lost power on Sunday when members elected a new "
         "board."),
        ("train derailment", "Pier restoration talks came off the rails",
         "Talks between the trust and the council on restoring Pennick pier came off the rails on Monday."),
        ("merger", "Pennick and Hollin rowing clubs to merge",
         "The two rowing clubs will share one boathouse from May."),
        ("workers strike", "Builders stopped work at Pennick site after bones found",
         "Builders stopped work on the new library in Pennick on Tuesday after workers found old bones."),
        ("workers strike", "Pennick mine pumps stopped work, shift sent home",
         "Miners on the night shift were sent home when the pumps stopped work."),
    ]
    for query, title, lead in cases:
        index = _indexed(title, lead)
        assert PHRASE_MATCH <= _closeness(query, index) < MEANING_MATCH
        assert match_topic(query, index, meaning=True) is None


@pytest.mark.parametrize(
    ("query", "title", "lead", "said"),
    [
        ("airline strike", "Island carrier's pilots to strike over rotas",
         "Pilots at Hollin Air, the island carrier, will strike for two days over rotas.",
         "carrier ≈ airline"),
        ("ferry strike", "Ferry crews walk out at Hollin harbour",
         "Deckhands on the Hollin island ferries walked out on Friday over rotas.", "walk out ≈ strike"),
        ("museum theft", "Raiders take gold coins from Pennick museum",
         "Raiders broke a display case at the Pennick museum and took twenty gold coins.", "Raiders ≈ theft"),
    ],
)
def test_a_word_with_a_second_sense_still_stands_in_under_the_whole_topic_guard(
    query: str, title: str, lead: str, said: str
) -> None:
    """A news word that English also writes for something else ("carrier", "walk out", "raiders")
    is most often meant literally in a report: it stands in as on a close word's terms."""
    index = _indexed(title, lead)
    assert _closeness(query, index) >= MEANING_MATCH
    found = match_topic(query, index, meaning=True)
    assert found is not None and found.meaning == said


def test_a_phrase_inside_an_idiom_never_stands_in() -> None:
    """"stole the show" is a figure of speech as a whole (`Language.idioms`): its "stole" is no theft,
    even close enough to the topic; near miss: two men who stole spoons."""
    gala = _indexed(
        "Young violinist stole the show at the Pennick museum gala",
        "A twelve-year-old violinist stole the show at the Pennick museum's winter gala on Friday.",
    )
    assert _closeness("museum theft", gala) >= MEANING_MATCH
    assert match_topic("museum theft", gala, meaning=True) is None
    spoons = "Two men stole silver spoons from the Pennick museum"
    assert synonyms.stand_in("theft", spoons) == "stole"
    assert synonyms.stand_in("outage", "Tenants kept in the dark about the Pennick rent rise") is None


def test_a_phrase_that_names_the_thing_outright_comes_first() -> None:
    assert synonyms.stand_in("outage", "Lanes in the dark after a power cut at the depot") == "power cut"
    assert synonyms.names_outright("power cut") and synonyms.names_outright("leaves the rails")
    assert synonyms.stand_in("derailment", "Talks come off the rails") == "come off the rails"
    assert not synonyms.names_outright("come off the rails") and not synonyms.names_outright("lost power")
    assert not synonyms.names_outright("blackout")


def test_every_figurative_phrase_and_idiom_holds_a_phrase_of_a_story_group() -> None:
    groups = synonyms.GROUPS.values()
    english = {phrase.strip().casefold() for group in groups for phrase in group["en"].split(",")}
    figurative = resources("en").figurative_phrases
    assert figurative <= english and all(" " in phrase for phrase in figurative)
    for idiom in resources("en").idioms:
        assert synonyms.concepts(idiom), idiom


def test_a_close_word_that_spells_the_compounds_last_part_stands_in_for_no_compound() -> None:
    """Old banknotes at a coin fair are no cryptocurrency: "currency" is the compound's own head, which
    the model's pieces ("crypt", "oc", "urrency") do not show. Near miss: "quake" is a phrase outlets
    swap for "earthquake", no mere close word, and still stands in."""
    fair = _news(
        "Collectors pay record sums for old currency at coin fair",
        "Rare banknotes and coins changed hands at the Hollin coin fair.",
    )
    quake = _news(
        "Quake rattles Pennick harbour",
        "A moderate quake shook the harbour town on Tuesday night, cracking walls.",
    )
    assert compound_head("cryptocurrency") is None
    assert match_topic("cryptocurrency", fair, meaning=True) is None
    found = match_topic("earthquake", quake, meaning=True)
    assert found is not None and found.meaning == "Quake ≈ earthquake"


def test_a_topic_whose_words_together_are_one_phrase_of_a_group_takes_any_phrase_of_it() -> None:
    """"workers strike" and "power outage" are each one phrase of a story group as a whole: a phrase of
    that group in the title or lead stands in for all their words, since the modifier says nothing the
    thing does not (a strike is workers', an outage of power). Near miss: in "rail strike" only
    "strike" is a group's phrase, so a bus drivers' strike is no rail strike."""
    deckhands = _indexed(
        "Ferry deckhands strike over rotas at Hollin harbour",
        "Hollin ferry deckhands stayed ashore on Friday, the first of two strike days.",
    )
    pickers = _indexed(
        "Orchard pickers down tools in Pennick valley",
        "Apple pickers at three Pennick farms downed tools on Monday over piece rates.",
    )
    arcade = _indexed(
        "Outage darkens Pennick pier arcade",
        "The arcade on Pennick pier was left without electricity for an evening.",
    )
    for query, index, said in [
        ("workers strike", deckhands, "strike ≈ workers strike"),
        ("workers strike", pickers, "down tools ≈ workers strike"),
        ("power outage", arcade, "without electricity ≈ power outage"),
    ]:
        assert match_topic(query, index) is None
        found = match_topic(query, index, meaning=True)
        assert found is not None and found.meaning == said
    buses = _indexed(
        "Hollin bus drivers strike over rotas",
        "No buses ran in Hollin on Friday, the first of two strike days.",
    )
    assert _closeness("rail strike", buses) >= MEANING_MATCH
    assert match_topic("rail strike", buses, meaning=True) is None
    assert synonyms.stand_in("rail strike", "Hollin bus drivers walk out") is None


def test_a_strike_from_the_sky_or_a_deal_struck_is_no_walkout() -> None:
    """"lightning strike", "drone strike" and "strike a deal" hold the strike group's word in another
    sense (`Language.idioms`), close as some are to the topic as a whole; near miss: a literal strike
    beside a drone strike still stands in."""
    for title, lead in [
        ("Lightning strike sets Pennick barn alight",
         "A lightning strike set fire to a barn full of hay at a farm near Pennick on Sunday."),
        ("Ferry operator and unions strike a deal on rotas",
         "The Hollin ferry company and its unions agreed new rotas on Friday."),
    ]:
        index = _indexed(title, lead)
        assert _closeness("workers strike", index) >= MEANING_MATCH
        assert match_topic("workers strike", index, meaning=True) is None
    assert synonyms.stand_in("walkout", "Fuel depot on fire after a drone strike") is None
    assert synonyms.stand_in("walkout", "Deckhands strike again after a drone strike on the pier") == "strike"


def test_an_untagged_articles_language_is_read_past_a_terse_title_and_lead() -> None:
    """A headline and a one-line lead may hold too few function words to tell English; the opening of
    the text tells it. Near miss: a German text under the same kind of head is still not read."""
    english = Article(
        url="https://news.example/a",
        title="Lift engineers strike over pay",
        description="First walkout in ten years.",
        text="Engineers who run the ski lifts at Hollin stopped work on Saturday, and the resort closed two "
        "of its runs while talks with the operator went on into the night.",
    )
    german = Article(
        url="https://news.example/b",
        title="Seilbahn in Hollin steht",
        description="Techniker streiken in Hollin.",
        text="Die Techniker der Seilbahn in Hollin haben am Samstag die Arbeit niedergelegt, und das "
        "Skigebiet hat zwei Pisten geschlossen, während die Gespräche mit dem Betreiber weitergingen.",
    )
    english_index, german_index = with_meaning(
        [index_article(english), index_article(german)], [english, german]
    )
    assert english_index.vector is not None and german_index.vector is None
    found = match_topic("workers strike", english_index, meaning=True)
    assert found is not None and found.meaning == "strike ≈ workers strike"


def test_a_topic_in_one_language_matches_a_title_naming_its_thing_in_another() -> None:
    """A story group holds the words of each language for one happening: "earthquake" finds an
    Italian report whose title says "terremoto" and whose lead names the quake again, "huelga" an
    English one whose title names a strike outright ("industrial action"). Near misses: the word only
    in the lead; a German compound whose head is a figure of speech ("Datenflut"); an English topic
    on an English report keeps the guarded path ("Complaints flood the switchboard" is no flooding)."""
    italian = _news(
        "Terremoto a Pennick, crepe nelle case del porto",
        "Una scossa ha svegliato il paese nella notte; nessun ferito.",
        "it",
    )
    english = _news(
        "Hollin ferry crews take industrial action over rotas",
        "No ferries left Hollin on Friday as the strike began.",
        "en",
    )
    found = match_topic("earthquake", italian, meaning=True)
    assert found is not None and found.meaning == "Terremoto ≈ earthquake"
    found = match_topic("huelga", english, meaning=True)
    assert found is not None and found.meaning == "industrial action ≈ huelga"
    assert match_topic("earthquake", italian) is None and match_topic("huelga", english) is None
    lead_only = _news(
        "Notte di paura a Pennick", "Un terremoto ha svegliato il paese nella notte.", "it"
    )
    figure = _news("Datenflut im Rathaus von Hollin", "Die Stadt speichert jede Anfrage.", "de")
    switchboard = _news(
        "Complaints flood the Pennick council switchboard",
        "Hundreds of residents rang the council on Monday over the new bin rota.",
        "en",
    )
    assert match_topic("earthquake", lead_only, meaning=True) is None
    assert match_topic("flooding", figure, meaning=True) is None
    assert match_topic("flooding", switchboard, meaning=True) is None
    assert synonyms.named_group("huelga") == ("strike", "es")
    assert synonyms.named_group("rail strike") is None
    indexes = [with_meaning([index_article(a)], [a])[0] for a in (switchboard, italian)]
    heads = head_matrix(indexes)
    assert 1 in meaning_candidates(parse_query("earthquake"), heads)
    assert 1 not in meaning_candidates(parse_query("rail strike"), heads)


def test_another_languages_title_must_name_the_happening_again_in_its_lead() -> None:
    """A word used as a figure of speech in a title is seldom said again in the lead: a coffee
    machine "on strike", a screenwriter's creative "blackout" match no strike or outage topic."""
    machine = _news(
        "Streik der Kaffeemaschine im Büro von Arnau",
        "Seit Montag gibt es im dritten Stock keinen Espresso mehr.",
        "de",
    )
    writer = _news(
        "Apagón creativo del guionista de Lunaria",
        "La serie no tendrá tercera temporada, dice la productora.",
        "es",
    )
    assert match_topic("workers strike", machine, meaning=True) is None
    assert match_topic("power outage", writer, meaning=True) is None


def test_no_foreign_reading_of_an_english_word_nor_a_single_english_word_of_a_second_sense() -> None:
    """"brand" is an English topic, not the Dutch and German word for a fire; "hailstorm" is an
    English compound of "storm", not Dutch; "case" is no Spanish word for homes (only groups of
    happenings cross languages); an English title's single word ("strikes" of a pitcher) may have
    a second sense."""
    bakery = _news("Fire guts a bakery in Orlen", "The fire started in an oven overnight.", "en")
    italian = _news("Incendio in un forno di Orlen", "L'incendio è partito dal forno nella notte.", "it")
    homes = _news(
        "Gale leaves 900 homes in Orlen without heating", "About 900 homes were cold overnight.", "en"
    )
    gale = _news("Tempête sur la côte d'Orlen", "La tempête a arraché trois toitures.", "fr")
    pitcher = _news(
        "Orlen pitcher strikes out nine in opener",
        "His strikes came fast and the crowd stood for the ninth.",
        "en",
    )
    assert match_topic("brand", bakery, meaning=True) is None
    assert match_topic("brand", italian, meaning=True) is None
    assert match_topic("case", homes, meaning=True) is None
    assert match_topic("hailstorm", gale, meaning=True) is None
    assert match_topic("huelga", pitcher, meaning=True) is None


def test_a_report_telling_its_happening_twice_in_other_words_needs_no_vector_guard() -> None:
    """A report names its happening in the title and restates it in the lead in other words ("walk
    out" ... "stoppage", "deluge" ... "inundated"): it matches a topic naming that happening however
    far the vector puts it. Near misses: a second sense repeated in its own word (fans "walk out" ...
    "walked out", a boxer's "stoppage" twice, a "media blackout" twice), and a topic naming only a
    kind of the happening ("data breach": a cyberattack told twice)."""
    crews = _indexed(
        "Lighthouse crews walk out on the Orlen coast",
        "A two-day stoppage over lamp-room hours left the lamps to their timers.",
    )
    campsite = _indexed(
        "Deluge leaves Orlen campsite awash", "Tents and caravans were inundated overnight as the brook rose."
    )
    for query, index, said in [
        ("workers strike", crews, "walk out ≈ workers strike"),
        ("flooding", campsite, "Deluge ≈ flooding"),
    ]:
        assert _closeness(query, index) < MEANING_MATCH
        assert match_topic(query, index) is None
        found = match_topic(query, index, meaning=True)
        assert found is not None and found.meaning == said
    fans = _indexed(
        "Fans walk out of Pennick ground over ticket prices",
        "Thousands of supporters walked out in the seventieth minute.",
    )
    boxer = _indexed(
        "Boxer wins by stoppage in Hollin", "The referee called the stoppage in the third round."
    )
    media = _indexed(
        "Media blackout on Orlen council talks", "Councillors agreed a blackout on briefing the press."
    )
    hackers = _indexed(
        "Hackers hit Orlen ferry booking site",
        "The cyberattack left the company unable to sell tickets for two days.",
    )
    for query, index in [
        ("workers strike", fans),
        ("workers strike", boxer),
        ("power outage", media),
        ("data breach", hackers),
    ]:
        assert match_topic(query, index, meaning=True) is None
    indexes = [crews, campsite, fans]
    heads = head_matrix(indexes)
    assert meaning_candidates(parse_query("workers strike"), heads) == [0, 1, 2]
    assert meaning_candidates(parse_query("marathon"), heads) == []


def test_a_figure_told_twice_in_other_words_needs_who_or_what_the_happening_involves() -> None:
    """A report told twice in two wordings passes with no vector guard only when its title or lead
    names who or what the literal happening involves (workers, homes, a river: `_involved`). Near
    misses: a rout in a quiz final, a ticket site down, shoppers at a sale, entries to a prize, each
    said twice in two wordings of the happening and naming none of it."""
    quiz = _indexed(
        "Lights out for Tarnby quiz team in county final",
        "The champions were plunged into darkness by a 90-40 defeat to Welby.",
    )
    tickets = _indexed(
        "Ticket site outage leaves Tarnby festival fans waiting",
        "The blackout of the booking page lasted most of Saturday.",
    )
    shoppers = _indexed(
        "Shoppers flood into Marlow arcade for midnight sale",
        "Every shop was swamped by bargain hunters until dawn.",
    )
    poems = _indexed(
        "Deluge of entries for the Tarnby poetry prize",
        "Judges were inundated with 900 poems in a single week.",
    )
    for query, index in [
        ("power outage", quiz),
        ("power outage", tickets),
        ("flooding", shoppers),
        ("flooding", poems),
    ]:
        assert match_topic(query, index, meaning=True) is None, index.title


def test_a_topic_in_another_language_takes_no_close_word_of_the_english_model() -> None:
    """The English model reads only the letters of "inondations": "London" is its close word and a
    march its closest report. Such a topic matches an English report only by a title naming the
    happening, outright or as one word whose title and lead read it literally ("Floods" ... "river",
    "strike" ... "porters", "union"); near miss: a footballer's strike. Daily selection's candidates
    take every English report in for it, however far the vector puts them."""
    march = _indexed(
        "Tenants march through Orlen demanding rent caps",
        "Thousands of renters marched from London Road to the town hall on Saturday.",
    )
    river = _indexed(
        "Floods swamp Orlen as the river bursts its banks",
        "Hundreds of homes were flooded after the river burst its banks overnight.",
    )
    porters = _indexed(
        "Hollin porters strike over pay",
        "Hospital porters stayed away for 24 hours in a strike called by their union.",
    )
    volley = _indexed(
        "Tembo strike earns Pennick Rovers a point",
        "The midfielder's strike in the 89th minute rescued a draw.",
    )
    assert match_topic("inondations", march, meaning=True) is None
    for query, index, said in [
        ("inondations", river, "Floods ≈ inondations"),
        ("huelga", porters, "strike ≈ huelga"),
    ]:
        found = match_topic(query, index, meaning=True)
        assert found is not None and found.meaning == said
    assert match_topic("huelga", volley, meaning=True) is None
    heads = head_matrix([march, porters])
    assert meaning_candidates(parse_query("huelga"), heads) == [0, 1]


def test_the_title_and_leads_other_words_give_a_stand_in_its_sense() -> None:
    """A word of another sense of the happening (a midfielder's "strike", visitors who "flood" a
    festival, an app's "outage") and none of who or what the literal happening involves: the stand-in
    is read in that sense, however close the report is to the topic as a whole. Who or what it
    involves and no such word: a single word of the happening's group names the thing, under the lower
    guard ("porters" ... "walkout"). Near misses: dockers and a river still match."""
    for query, title, lead in [
        ("workers strike", "Wonder strike sinks Hollin City",
         "The midfielder curled a strike past the goalkeeper."),
        ("workers strike", "Strike of the season: Tembo stuns Orlen",
         "His volley was voted goal of the year by the supporters."),
        ("flooding", "Orlen festival flooded with visitors as the sun shines",
         "Crowds poured into the riverside park."),
    ]:
        index = _indexed(title, lead)
        assert _closeness(query, index) >= MEANING_MATCH, title
        assert match_topic(query, index, meaning=True) is None, title
    porters = _indexed(
        "Hollin porters' walkout enters third day", "Hospital porters stayed away over pay, the union said."
    )
    assert PHRASE_MATCH <= _closeness("workers strike", porters) < MEANING_MATCH
    found = match_topic("workers strike", porters, meaning=True)
    assert found is not None and found.meaning == "walkout ≈ workers strike"
    for query, title, lead, said in [
        ("workers strike", "Orlen dockers strike over pensions",
         "Dockers at the port stopped work after talks with employers failed.", "strike ≈ workers strike"),
        ("flooding", "Floods cut off Pennick villages", "The river rose overnight, closing roads.",
         "Floods ≈ flooding"),
    ]:
        found = match_topic(query, _indexed(title, lead), meaning=True)
        assert found is not None and found.meaning == said


def test_a_topic_word_said_only_inside_an_idiom_is_not_there_with_meaning_on() -> None:
    """A "political earthquake", a rumour that spreads "like wildfire", a union that "strikes a balance"
    (`Language.idioms`): with meaning on, the word inside one is not there, nor may it stand in as a
    close word ("quake"). Near misses: a topic naming the idiom itself ("hunger strike") or its other
    word ("political", "lightning") finds it, a literal quake still matches, and without meaning words
    match as written."""
    for query, title, lead in [
        ("earthquake", "Political earthquake as Hollin mayor loses his seat",
         "The upstart party took the town hall after forty years."),
        ("earthquake", "Political quake in Hollin as mayor is ousted",
         "The shock result shook the ruling party."),
        ("wildfire", "Rumours spread like wildfire in Tarnby", "The claim raced across the town overnight."),
        ("workers strike", "Pennick union strikes a balance on pay",
         "Members backed a deal trading a smaller rise for shorter hours."),
    ]:
        assert match_topic(query, _indexed(title, lead), meaning=True) is None, title
    political = _indexed(
        "Political earthquake as Hollin mayor loses his seat", "The upstart party took the hall."
    )
    assert match_topic("earthquake", political) is not None
    assert match_topic("political", political, meaning=True) is not None
    barn = _indexed("Lightning strike sets Pennick barn alight", "The barn burned down overnight.")
    assert match_topic("lightning", barn, meaning=True) is not None
    fast = _indexed(
        "Hunger strike by Orlen activist enters day 20", "The activist has refused food since the verdict."
    )
    assert match_topic("hunger strike", fast, meaning=True) is not None
    quake = _indexed(
        "Earthquake shakes Pennick, cracking walls", "A moderate tremor struck the harbour town overnight."
    )
    assert match_topic("earthquake", quake, meaning=True) is not None


def test_a_word_of_another_sense_leaves_a_phrase_naming_the_thing_outright() -> None:
    """An app, a website or servers in a report of a power cut: a phrase that names the happening
    outright ("power cut", "power failure") is read literally whatever other words the lead holds;
    only a single word of its group ("outage" of an app) takes their sense."""
    for title, lead in [
        ("Power cut plunges Orlen into darkness",
         "Trams halted and the utility's app gave no time for repairs."),
        ("Power failure darkens Hollin",
         "Shops closed early and the council's website went down as well."),
        ("Power cut hits Tarnby clinic",
         "Nurses worked by torchlight while the clinic's servers ran on batteries."),
    ]:
        assert match_topic("power outage", _indexed(title, lead), meaning=True) is not None, title


def test_a_lightning_strike_by_workers_is_a_walkout() -> None:
    """A compound that ends in the topic's word ("lightning strike") is read literally when the title
    and lead name who the happening involves (drivers, a union): a sudden walkout. Near misses: the
    same compound with no one it involves (a barn hit by lightning), and a verb phrase ("strike
    gold") even when miners are named."""
    walkout = _indexed(
        "Rail staff stage lightning strike in Pennick",
        "Train drivers left their cabs at noon over shifts, their union said.",
    )
    for query in ("strike", "rail strike", "strikes"):
        assert match_topic(query, walkout, meaning=True) is not None, query
    barn = _indexed("Lightning strike sets Hollin barn alight", "The barn burned down overnight.")
    assert match_topic("strike", barn, meaning=True) is None
    seam = _indexed("Miners strike gold in Tarnby hills", "The prospectors found a seam worth millions.")
    assert match_topic("strike", seam, meaning=True) is None
