"""Fixture article pages at the size real news pages have (50–500 KB), for the latency benchmark.

`full_size(html, kilobytes)` keeps the fixture's article as it is and surrounds it with what a real
page carries: inline styles and scripts, a JSON state blob, an icon sprite, a mega-menu, a cookie
banner, a related-stories grid, reader comments and a footer full of links. Everything is made up
here (no publisher's text) and deterministic for a given page and size.
"""

from __future__ import annotations

import json
import random
import re

VOCABULARY = """
city council harbour ferry market energy school report minister budget weather season club league
price housing transport river bridge station museum festival court hospital airport union water
plan review update guide week morning evening local national world sport business culture science
"""
WORDS = VOCABULARY.split()


def _phrase(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize()


def _links(rng: random.Random, count: int, css: str) -> str:
    return "".join(
        f'<li class="{css}__item"><a class="{css}__link" href="/{css}/{n}-{rng.choice(WORDS)}">'
        f"{_phrase(rng, 1, 3)}</a></li>"
        for n in range(count)
    )


def _style(rng: random.Random, size: int) -> str:
    rules: list[str] = []
    while sum(map(len, rules)) < size:
        name = f".{rng.choice(WORDS)}-{rng.choice(WORDS)}__{rng.choice(WORDS)}"
        rules.append(
            f"{name}{{margin:{rng.randint(0, 32)}px {rng.randint(0, 32)}px;color:#{rng.randrange(16**6):06x};"
            f"font:{rng.randint(12, 24)}px/1.{rng.randint(2, 6)} Georgia,serif;display:flex}}"
        )
    return "<style>" + "".join(rules) + "</style>"


def _script(rng: random.Random, size: int) -> str:
    lines: list[str] = []
    while sum(map(len, lines)) < size:
        key = rng.choice(WORDS)
        lines.append(
            f"window.__cfg_{key}_{len(lines)}=function(e,t){{var n=e&&e['{key}']||{rng.randint(0, 999)};"
            f"return t.push({{k:'{key}',v:n*{rng.randint(2, 9)}}}),n}};"
        )
    return "<script>" + "".join(lines) + "</script>"


def _state(rng: random.Random, size: int) -> str:
    items: list[dict] = []
    while len(json.dumps(items)) < size:
        items.append({
            "id": rng.randrange(10**9), "headline": _phrase(rng, 5, 12), "section": rng.choice(WORDS),
            "url": f"/news/{rng.choice(WORDS)}/{rng.randrange(10**6)}", "image": {"w": 1200, "h": 800},
            "teaser": _phrase(rng, 15, 30) + ".",
        })
    data = json.dumps({"props": {"pageProps": {"feed": items}}})
    return f'<script id="__APP_STATE__" type="application/json">{data}</script>'


def _sprite(rng: random.Random, icons: int) -> str:
    paths = "".join(
        f'<symbol id="i{n}" viewBox="0 0 24 24"><path d="M{rng.randint(0, 24)} {rng.randint(0, 24)}'
        + "".join(f"l{rng.randint(-9, 9)} {rng.randint(-9, 9)}" for _ in range(12))
        + 'z"/></symbol>'
        for n in range(icons)
    )
    return f'<svg style="display:none">{paths}</svg>'


def _cards(rng: random.Random, count: int) -> str:
    return "".join(
        f'<div class="card"><a href="/story/{n}"><img src="/img/{n}.jpg" alt="{_phrase(rng, 3, 6)}">'
        f'<h3 class="card__title">{_phrase(rng, 6, 12)}</h3></a>'
        f'<p class="card__teaser">{_phrase(rng, 12, 24)}.</p>'
        f'<span class="card__meta">{rng.randint(1, 23)} hours ago</span></div>'
        for n in range(count)
    )


def _comments(rng: random.Random, count: int) -> str:
    return "".join(
        f'<li class="comment"><span class="comment__author">reader{rng.randrange(10**4)}</span>'
        f'<p class="comment__body">{_phrase(rng, 10, 40)}.</p>'
        "<button>Reply</button> <button>Like</button></li>"
        for _ in range(count)
    )


def full_size(html: str, kilobytes: int, seed: int = 0) -> str:
    """`html` grown to about `kilobytes` KB with page furniture around its article."""
    rng = random.Random(f"{seed}:{kilobytes}:{len(html)}")
    target = kilobytes * 1024 - len(html.encode())
    markup = max(0, target) // 2  # half markup the extractor must walk, half inline code and data
    header = (
        '<div class="cookie-banner"><p>We use cookies to improve your experience.</p>'
        "<button>Accept</button></div>"
        f'<header class="masthead"><nav class="mega-menu"><ul>{_links(rng, 60 + markup // 400, "menu")}'
        '</ul></nav><div class="trending"><span>Trending</span><ul>'
        + _links(rng, 12, "trending") + "</ul></div></header>"
        + _sprite(rng, 10 + markup // 2000)
    )
    footer = (
        '<section class="related"><h2>More stories</h2>' + _cards(rng, 10 + markup // 1200) + "</section>"
        '<section class="comments"><h2>Comments</h2><ul>' + _comments(rng, 5 + markup // 3000)
        + "</ul></section>"
        '<footer class="site-footer"><ul>' + _links(rng, 40 + markup // 800, "footer") + "</ul>"
        "<p>© 2026 The Site. All rights reserved.</p></footer>"
    )
    head = _style(rng, target // 8) + _script(rng, target // 8)
    grown = re.sub(r"</head>", lambda _: head + "</head>", html, count=1)
    grown = re.sub(r"<body([^>]*)>", lambda m: f"<body{m.group(1)}>{header}", grown, count=1)
    grown = re.sub(r"</body>", lambda _: footer + "</body>", grown, count=1)
    missing = kilobytes * 1024 - len(grown.encode())
    if missing > 0:
        grown = re.sub(r"</body>", lambda _: _state(rng, missing) + "</body>", grown, count=1)
    return grown
