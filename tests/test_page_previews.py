"""Metered and paywalled pages end to end: markup that marks an article for subscribers over a page
that serves the whole text (JSON-LD `isAccessibleForFree: false` with `hasPart`, BLOX's
`subscriber-preview` / `subscriber-only` blocks, a sign-up box hidden for subscribers, "Story continues
below advertisement" breaks) must be read whole and not called a preview; a real preview still is.
Every page, person and word here is invented."""

from __future__ import annotations

import json

import pytest

from digest.article.extract import extract_article
from digest.pipeline import all_quotes

URL = "https://valley.example/news/local/2026/12/05/bridge"
PARAGRAPHS = [
    "The county board voted 4-1 on Tuesday to close the Mill Street bridge for eight months from March, "
    "so that crews can replace its deck and the two piers that inspectors found cracked last spring.",
    "“We cannot keep a bridge open that our own engineers tell us is failing,” said board chair Rosalind "
    "Fairweather, who has pushed for the repairs since the inspection report came out in May.",
    "Drivers will be sent along the river road, which adds about twelve minutes to a trip into town, and "
    "the county will pay for a shuttle bus for the two schools on the far side of the river.",
    "Not everyone on the board agreed. “Eight months is a long time for the shops on Mill Street, and "
    "nobody has told them how they are supposed to get through it,” said supervisor Darnell Okafor, who "
    "cast the only vote against.",
    "The repairs are expected to cost $6.4 million, most of it from a state grant approved in October. "
    "The county will cover the rest from its road fund, the board said.",
    "Work on the new deck is due to begin the week after the spring thaw, weather permitting, and the board "
    "will hear a progress report from the engineers at its meeting in June.",
]
QUOTES = [
    ("We cannot keep a bridge open that our own engineers tell us is failing", "Rosalind Fairweather"),
    ("Eight months is a long time for the shops on Mill Street, and nobody has told them how they are "
     "supposed to get through it", "Darnell Okafor"),
]
WALL_BOX = ('<div class="subscription-required"><h3>Subscribe to continue reading</h3>'
            '<p>Already a subscriber? <a href="/login">Log in</a></p></div>')


def _paras(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _page(body: str, ld: dict | None = None) -> str:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Mill Street bridge to close | '
        f'Valley Courier</title>{script}</head><body>'
        '<nav><a href="/">Home</a> <a href="/news/">News</a></nav>'
        f"<main><h1>Mill Street bridge to close for eight months</h1>{body}</main>"
        "<footer><p>© 2026 Valley Courier</p></footer></body></html>"
    )


def _not_free(selector: str | None = None) -> dict:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Mill Street bridge to close",
          "isAccessibleForFree": False}
    if selector:
        ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": selector}
    return ld


def _blox(preview: list[str], full: list[str]) -> str:
    return ('<div class="asset-content subscriber-premium"><div id="article-body" itemprop="articleBody">'
            f'<div class="subscriber-preview">{_paras(preview)}</div>'
            f'<div class="subscriber-only">{_paras(full)}</div></div></div>{WALL_BOX}')


WHOLE = {
    "json-ld part for subscribers, served": _page(
        f'<div class="article-body"><div class="paywall-content">{_paras(PARAGRAPHS)}</div></div>{WALL_BOX}',
        _not_free(".paywall-content"),
    ),
    "json-ld part, page's word count read": _page(
        f'<div class="article-body">{_paras(PARAGRAPHS)}</div>{WALL_BOX}',
        {**_not_free(), "wordCount": 230},
    ),
    "blox, preview repeated in the full text": _page(
        _blox(PARAGRAPHS[:1], PARAGRAPHS), _not_free(".subscriber-only")
    ),
    "blox without json-ld": _page(_blox(PARAGRAPHS[:1], PARAGRAPHS[1:])),
}


@pytest.mark.parametrize("name", list(WHOLE))
def test_a_metered_page_serving_the_whole_text_is_no_preview(name: str) -> None:
    article = extract_article(WHOLE[name], URL)
    assert (article.partial, article.partial_reason) == (False, None)
    assert [(q.text, q.speaker) for q in all_quotes(article)] == QUOTES
    assert "Subscribe" not in article.text and article.text.count("county board voted") == 1


PREVIEWS = {
    "json-ld part for subscribers, not served": _page(
        f'<div class="article-body">{_paras(PARAGRAPHS[:2])}<div class="paywall-content"></div></div>'
        + WALL_BOX,
        _not_free(".paywall-content"),
    ),
    "blox, subscribers' part empty": _page(_blox(PARAGRAPHS[:2], []), _not_free(".subscriber-only")),
    "blox without json-ld, subscribers' part empty": _page(_blox(PARAGRAPHS[:2], [])),
}


@pytest.mark.parametrize("name", list(PREVIEWS))
def test_a_real_preview_is_still_called_a_preview(name: str) -> None:
    article = extract_article(PREVIEWS[name], URL)
    assert article.partial and article.partial_reason
    assert "preview" in article.partial_reason


def test_story_continues_below_advertisement_breaks_neither_text_nor_quote() -> None:
    """An advertisement's label between paragraphs, one of them inside a quotation that runs over two
    paragraphs: the label is no text, the quotation goes on."""
    ad = ('<div class="ad-container"><span class="ad-label">Story continues below advertisement</span>'
          '<div class="ad-slot"></div></div>')
    paragraphs = [*PARAGRAPHS[:2],
                  "“The river road was never built for this much traffic. We will put in two new crossings "
                  "and a lower speed limit before the bridge closes.", ad,
                  "“And we will look at the bus times again in April, once we know how long the trips take,” "
                  "Fairweather added.", *PARAGRAPHS[2:]]
    body = "".join(p if p.startswith("<div") else f"<p>{p}</p>" for p in paragraphs)
    article = extract_article(_page(f'<div class="article-body">{body}</div>'), URL)
    assert "advertisement" not in article.text.lower()
    found = [(q.text, q.speaker) for q in all_quotes(article)]
    assert found[1:3] == [
        ("The river road was never built for this much traffic. We will put in two new crossings and a lower "
         "speed limit before the bridge closes.", "Rosalind Fairweather"),
        ("And we will look at the bus times again in April, once we know how long the trips take",
         "Rosalind Fairweather"),
    ]


# An app's state as Next.js and Nuxt pages carry it: the article again (its paragraphs as they are in
# the markup), its flags, the paywall's message for readers without a subscription, a related story.
STATE = {"props": {"pageProps": {
    "article": {"headline": "Mill Street bridge to close", "body": _paras(PARAGRAPHS),
                "isAccessibleForFree": False,
                "paywall": {"message": "Subscribe to continue reading. Already a subscriber? Log in"}},
    "related": [{"headline": "“We cannot go on like this,” says the mayor", "isAccessibleForFree": False}],
}}}
HEAD = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Mill Street bridge to close</title>'
APP_PAGES = {
    "next.js, state after the markup": (
        f"{HEAD}"
        '</head><body><div id="__next"><main><article><h1>Mill Street bridge to close</h1>'
        '<div class="ArticleBody_body__x1">'
        + "".join(f'<div class="ArticleBody_paragraph__q7">{p}</div>' for p in PARAGRAPHS)
        + '</div></article></main></div><script id="__NEXT_DATA__" type="application/json">'
        f"{json.dumps(STATE)}</script></body></html>"
    ),
    "nuxt, state before the markup": (
        f"{HEAD}"
        f"<script>window.__NUXT__={json.dumps(STATE)}</script></head><body><div id=\"__nuxt\"><main>"
        '<h1>Mill Street bridge to close</h1><div class="article__content" data-v-3f2a>'
        + "".join(f"<p data-v-3f2a>{p}</p>" for p in PARAGRAPHS) + "</div></main></div></body></html>"
    ),
    "amp": (
        f"{HEAD.replace('<html', '<html ⚡')}"
        '<link rel="canonical" href="https://valley.example/news/a"><style amp-custom>h1{}</style>'
        "</head><body>"
        '<article><h1>Mill Street bridge to close</h1><amp-img src="/b.jpg" width="600" height="400" '
        'alt="The Mill Street bridge"></amp-img>' + _paras(PARAGRAPHS[:3])
        + '<amp-ad width="300" height="250" type="doubleclick"><div placeholder>Advertisement</div></amp-ad>'
        '<p>The county roads office wrote:</p><amp-twitter width="375" height="472" data-tweetid="1">'
        '<blockquote placeholder class="twitter-tweet"><p>The Mill Street bridge closes in March, plan your '
        "trips</p>— Valley Roads (@valleyroads)</blockquote></amp-twitter>"
        + _paras(PARAGRAPHS[3:]) + "</article></body></html>"
    ),
}


@pytest.mark.parametrize("name", list(APP_PAGES))
def test_a_page_with_its_article_also_in_an_app_s_state_is_read_once_and_whole(name: str) -> None:
    """The flags and the paywall message in an app's state blob are not the page's schema.org markup
    nor its visible text: the article served in the markup is read whole, its quotes once."""
    article = extract_article(APP_PAGES[name], URL)
    assert (article.partial, article.partial_reason) == (False, None)
    assert [(q.text, q.speaker) for q in all_quotes(article)] == QUOTES
    assert article.text.count("county board voted") == 1


@pytest.mark.parametrize("box", [
    '<div class="related-link"><h4>Related</h4><a href="/x">County approves a new ferry schedule for the '
    "island route after a long debate</a></div>",
    '<aside><p>Read more: <a href="/y">Shops on Mill Street count the cost of a summer of roadworks</a></p>'
    "</aside>",
])
def test_a_body_split_by_boxes_linking_to_other_stories_is_read_whole(box: str) -> None:
    """The page splits the body into blocks of several paragraphs, each long enough to pass for the
    article, with a box linking to another story between them and the headline above: all of it is
    read, and the box is not."""
    parts = [PARAGRAPHS[:3], PARAGRAPHS[3:]]
    body = box.join('<div class="article-body">' + _paras(part) + "</div>" for part in parts)
    article = extract_article(_page(body), URL)
    assert [(q.text, q.speaker) for q in all_quotes(article)] == QUOTES
    assert article.text.split("\n") == PARAGRAPHS
