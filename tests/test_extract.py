"""extract_article on realistic fixture pages, on pages with no article, and on hostile markup."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.article.extract import extract_article, guess_language
from digest.errors import ExtractionError

PAGES = Path(__file__).parent / "fixtures" / "pages"
FURNITURE = [
    "Sign up", "Read more", "Getty", "Photo:", "Foto:", "Most read", "cookies", "Share", "Follow us",
    "Subscribe", "newsletter", "All rights reserved", "Читайте также", "Поделиться", "Lesen Sie auch",
    "À lire aussi", "More from", "Related", "Download the app", "©",
]

EXPECTED = {
    "jsonld_newsarticle": dict(
        title="Dam repairs to close Millbrook reservoir for a year", outlet="Harbor City Tribune",
        author="Priya Raman", published="2026-03-04T07:15:00+00:00", language="en",
        first="Millbrook reservoir will close", quote='"A year without them could finish us."'),
    "opengraph_only": dict(
        title="Night trains return to the northern line after a decade", outlet="Rail Weekly",
        author="Tomás Alvarez", published="2025-10-17T18:40:00+00:00", language="en",
        first="A sleeper service between Carden", quote='said Martin Kowalski'),
    "microdata_byline": dict(
        title="Lakeside hospital opens first rural stroke unit", outlet="Valley Courier",
        author="Grace Whitfield", published="2026-01-12", language="en",
        first="Lakeside General Hospital opened", quote='"Nobody should have to do that again."'),
    "aggregator": dict(
        title="Port strike halts container traffic for a second day", outlet="The Coastal Herald",
        author="Luis Ortega", published="2026-02-09T14:05:00-05:00", language="en",
        first="PORT ELLIS — Container traffic", quote='union secretary Rosa Delgado told reporters'),
    "russian": dict(
        title="В Казани открыли первую линию речного трамвая", outlet="Волжские вести",
        author="Анна Сергеевна Волкова", published="2026-05-15T10:30:00+03:00", language="ru",
        first="В пятницу в Казани", quote="«Это хорошее дополнение к метро, но не замена ему»"),
    "german": dict(
        title="Freiburg testet autonome Busse in der Altstadt", outlet="Südwest Rundschau",
        author="Katharina Brenner", published="2026-06-01T06:00:00+02:00", language="de",
        first="Zwei fahrerlose Kleinbusse", quote="„Jede zusätzliche Verbindung in die Altstadt hilft"),
    "french": dict(
        title="À Lyon, les bouquinistes des quais font leur retour", outlet="Le Courrier du Rhône",
        author="Claire Dumont", published="2026-09-05T08:00:00+02:00", language="fr",
        first="Après dix ans d'absence", quote="« Les quais sans livres"),
    "paywall_teaser": dict(
        title="Inside the race to build the first tidal power station", outlet="The Meridian Review",
        author="Eleanor Price", published="2026-04-21", language="en",
        first="On a grey morning", quote='said Callum Reid'),
}


def load(name: str) -> str:
    return (PAGES / f"{name}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_page_metadata_and_clean_text(name: str) -> None:
    want = EXPECTED[name]
    article = extract_article(load(name), f"https://example.test/{name}")
    for field in ("title", "outlet", "author", "published", "language"):
        assert getattr(article, field) == want[field], field
    assert article.text.startswith(want["first"])
    assert want["quote"] in article.text
    assert article.title not in article.text.splitlines()
    for furniture in FURNITURE:
        assert furniture.lower() not in article.text.lower(), furniture


def test_canonical_url_and_lead_image_are_absolute() -> None:
    article = extract_article(load("jsonld_newsarticle"), "https://www.harborcitytribune.example/x?utm=1")
    assert article.canonical_url == "https://www.harborcitytribune.example/news/2026/03/04/millbrook-dam-repairs"
    assert article.image == "https://cdn.harborcitytribune.example/media/2026/03/millbrook-dam-1200.jpg"
    assert article.description and article.description.startswith("Engineers say the 1932 dam")
    assert not article.partial


def test_relative_og_image_is_made_absolute() -> None:
    html = load("jsonld_newsarticle").replace(
        "https://cdn.harborcitytribune.example/media/2026/03/millbrook-dam-1200.jpg", "/img/lead.jpg")
    article = extract_article(html, "https://www.harborcitytribune.example/x")
    assert article.image == "https://www.harborcitytribune.example/img/lead.jpg"


def test_aggregator_microdata_publisher_beats_the_site_name() -> None:
    publisher = '"publisher": {"@type": "Organization", "name": "The Coastal Herald"},'
    html = load("aggregator").replace(publisher, "")
    html = html.replace(
        '<div class="provider">',
        '<div class="provider" itemprop="publisher" itemscope itemtype="https://schema.org/Organization">'
        '<meta itemprop="name" content="The Coastal Herald">',
    )
    assert extract_article(html, "https://newshub.example/a").outlet == "The Coastal Herald"
    assert extract_article(load("opengraph_only")).outlet == "Rail Weekly"


@pytest.mark.parametrize("html", ["<p>\ud800 lone surrogate</p>" * 50, "<p>" + "\x00 nul " * 200 + "</p>"])
def test_unencodable_text_raises_only_extraction_error(html: str) -> None:
    try:
        article = extract_article(html)
    except ExtractionError:
        return
    assert article.text


def test_title_keeps_the_page_s_own_characters() -> None:
    title = "Café &amp; “bar” 🚀 \u200fשלום &lt;b&gt;"
    said = '"It starts now," said Ann Lee.'
    body = "".join(f"<p>The mayor said on Monday that plan {i} would go ahead. {said}</p>" for i in range(6))
    html = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body>"
    assert extract_article(html).title == "Café & “bar” 🚀 \u200fשלום <b>"


def test_paywall_teaser_is_partial_with_a_reason() -> None:
    article = extract_article(load("paywall_teaser"), "https://meridian.example/tidal")
    assert article.partial
    assert article.partial_reason and article.partial_reason.endswith(".")
    assert "Already a member" not in article.text


def test_paragraphs_are_joined_by_newlines() -> None:
    article = extract_article(load("microdata_byline"), "https://valleycourier.example/stroke")
    assert len(article.text.split("\n")) == 6


@pytest.mark.parametrize("name", ["login_wall", "js_shell", "home_page"])
def test_pages_without_an_article_raise(name: str) -> None:
    with pytest.raises(ExtractionError, match="couldn't find an article"):
        extract_article(load(name), f"https://example.test/{name}")


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<p>Hi.</p>", "\x00\x00", "<!-- -->"])
def test_empty_pages_raise(html: str) -> None:
    with pytest.raises(ExtractionError):
        extract_article(html)


def test_bytes_are_refused() -> None:
    with pytest.raises(TypeError):
        extract_article(load("german").encode())  # type: ignore[arg-type]


def test_works_without_a_url() -> None:
    article = extract_article(load("french"))
    assert article.title.startswith("À Lyon")
    assert article.language == "fr"


def test_language_guess_when_the_page_does_not_say() -> None:
    assert guess_language("Der Bus fährt mit den Fahrgästen in die Altstadt und ist nicht voll.") == "de"
    assert guess_language("The minister said that the plan was ready and it would start in May.") == "en"
    assert guess_language("12345 67890") is None


def test_deeply_nested_markup_only_raises_extraction_error() -> None:
    html = "<div>" * 5000 + "<p>" + "Deep text that goes on. " * 40 + "</p>" + "</div>" * 5000
    try:
        article = extract_article(html)
    except ExtractionError:
        return
    assert "Deep text that goes on." in article.text


TAGS = ["div", "p", "span", "article", "main", "script", "style", "a", "h1", "table", "td", "li", "ul", "em"]
fragment = st.recursive(
    st.text(max_size=40),
    lambda inner: st.builds(
        lambda tag, kids, close: f"<{tag}>" + "".join(kids) + (f"</{tag}>" if close else ""),
        st.sampled_from(TAGS), st.lists(inner, max_size=4), st.booleans(),
    ),
    max_leaves=30,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    fragment,
    st.binary(max_size=2000).map(lambda b: b.decode("utf-8", errors="replace")),
    st.binary(max_size=2000).map(lambda b: b.decode("latin-1")),
    st.builds(lambda tag, depth, text: f"<{tag}>" * depth + text, st.sampled_from(TAGS),
              st.integers(0, 3000), st.text(max_size=200)),
))
def test_random_or_broken_html_only_ever_raises_extraction_error(html: str) -> None:
    try:
        article = extract_article(html, "https://example.test/x")
    except ExtractionError:
        return
    assert article.text


def _story(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


FIRST_HALF = [
    f"The council voted on Tuesday to rebuild bridge number {i}, officials said after a long meeting "
    "that ran late into the night." for i in range(1, 13)
]
SECOND_HALF = [
    f"Work on the second stage of crossing {i} is due to begin next spring, the engineer told reporters "
    "at the site on Friday." for i in range(1, 13)
]


def test_article_body_split_by_an_ad_slot_is_read_whole() -> None:
    html = (
        "<html><head><title>Bridges to be rebuilt</title></head><body><article><h1>Bridges to be rebuilt</h1>"
        f'<div class="chunks"><div class="body article__body">{_story(FIRST_HALF)}</div>'
        '<div class="ad"><span>Advertisement</span></div>'
        f'<div class="body article__body">{_story(SECOND_HALF)}</div></div>'
        '</article><footer><p>Contact us about this website and its services.</p></footer></body></html>'
    )
    text = extract_article(html, "https://example.test/bridges").text
    assert FIRST_HALF[0] in text
    assert SECOND_HALF[-1] in text


def test_like_containers_with_text_between_them_are_not_joined() -> None:
    html = (
        "<html><body><main>"
        f'<div class="post-text">{_story(FIRST_HALF)}</div>'
        "<h2>Ferry fares will rise again in the spring, the operator says</h2>"
        f'<div class="post-text">{_story(SECOND_HALF)}</div>'
        "</main></body></html>"
    )
    text = extract_article(html, "https://example.test/posts").text
    assert FIRST_HALF[-1] in text
    assert SECOND_HALF[0] not in text


def test_a_list_of_links_inside_the_article_is_dropped() -> None:
    related = "".join(
        f'<li><a href="/news/{i}">Headline of another story about the harbour, part {i}</a></li>'
        for i in range(3)
    )
    html = (
        "<html><body><article><h1>Bridges to be rebuilt</h1>"
        f'{_story(FIRST_HALF[:6])}<ul>{related}</ul>{_story(SECOND_HALF[:6])}</article></body></html>'
    )
    text = extract_article(html, "https://example.test/bridges").text
    assert FIRST_HALF[5] in text and SECOND_HALF[0] in text
    assert "Headline of another story" not in text


def test_lists_of_plain_items_and_partly_linked_lines_stay() -> None:
    items = "".join(f"<li>Step {i}: fill the kettle with fresh water</li>" for i in range(3))
    html = (
        "<html><body><article><h1>Bridges to be rebuilt</h1>"
        f'{_story(FIRST_HALF)}<ul>{items}</ul><p><a href="/plan">Read the plan</a> of the council here.</p>'
        "</article></body></html>"
    )
    text = extract_article(html, "https://example.test/bridges").text
    assert "Step 2: fill the kettle" in text
    assert "Read the plan of the council here." in text


def test_headline_variants_and_a_standfirst_do_not_open_the_text() -> None:
    html = (
        "<html><head><title>Bridges across the river will be rebuilt - The Valley Courier</title>"
        '<meta property="og:title" content="Council agrees to rebuild twelve bridges">'
        '<meta name="description" content="Twelve crossings will close in turn over the next two years">'
        "</head><body><article>"
        "<p>Twelve crossings will close in turn over the next two years</p>"
        "<h2>Bridges across the river will be rebuilt</h2>"
        f"{_story(FIRST_HALF)}</article></body></html>"
    )
    text = extract_article(html, "https://example.test/bridges").text
    assert text.startswith(FIRST_HALF[0])


def test_a_lead_sentence_that_is_also_the_summary_stays() -> None:
    lead = "Twelve crossings will close in turn over the next two years, the council said on Tuesday."
    html = (
        f'<html><head><meta name="description" content="{lead}"></head><body><article>'
        f"<h1>Council agrees to rebuild twelve bridges</h1><p>{lead}</p>{_story(FIRST_HALF)}"
        "</article></body></html>"
    )
    assert extract_article(html, "https://example.test/bridges").text.startswith(lead)


def test_picture_captions_are_dropped_but_short_subheadings_stay() -> None:
    caption = "The new bridge deck seen from the east bank at dawn"
    html = (
        "<html><body><article><h1>Bridges to be rebuilt</h1>"
        f'{_story(FIRST_HALF[:6])}<p><a href="/img/1.jpg"><img src="/img/1.jpg"></a></p>'
        f"<p><em>{caption}</em></p><h2>Ferry timetable</h2>"
        f'<p><img src="/img/2.jpg" alt="Ferry timetable"></p>{_story(SECOND_HALF[:6])}'
        "</article></body></html>"
    )
    text = extract_article(html, "https://example.test/bridges").text
    assert FIRST_HALF[5] in text and SECOND_HALF[0] in text
    assert caption not in text
    assert "Ferry timetable" in text.split("\n")


def test_the_page_s_own_address_is_not_article_text() -> None:
    url = "https://news.example/2026/03/bridges-to-be-rebuilt"
    html = (
        f'<html><head><link rel="canonical" href="{url}"></head><body><article><h1>Bridges to be rebuilt</h1>'
        f"{_story(FIRST_HALF[:6])}<p>{url}</p>{_story(SECOND_HALF[:6])}</article></body></html>"
    )
    text = extract_article(html, url + "?utm_source=feed").text
    assert FIRST_HALF[5] in text and SECOND_HALF[0] in text
    assert url not in text
