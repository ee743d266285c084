"""Feed discovery on small HTML pages: declared feeds first, then feed-like links, then common paths."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.feeds.discovery import COMMON_PATHS, discover_feeds

PAGE = "https://www.example.com/world/2025/06/03/port-strike.html"
ROOT_PATHS = [f"https://www.example.com{p}" for p in COMMON_PATHS]


def test_declared_feeds_come_first_in_page_order_with_comment_feeds_last() -> None:
    html = """<html><head>
      <link rel="alternate" type="application/rss+xml" title="Example » Comments Feed" href="/comments/feed/">
      <link rel="alternate" type="application/rss+xml" title="Example » Feed" href="/feed/">
      <link rel="alternate" type="application/atom+xml" href="https://www.example.com/atom.xml">
      <link rel="alternate" hreflang="fr" href="/fr/">
      <link rel="stylesheet" type="text/css" href="/style.css">
    </head><body></body></html>"""
    found = discover_feeds(html, PAGE)
    assert found[:3] == [
        "https://www.example.com/feed/",
        "https://www.example.com/atom.xml",
        "https://www.example.com/comments/feed/",
    ]
    assert "https://www.example.com/fr/" not in found
    assert "https://www.example.com/style.css" not in found
    assert found.count("https://www.example.com/atom.xml") == 1


def test_relative_hrefs_resolve_against_page_and_base() -> None:
    html = '<head><link rel="alternate" type="application/rss+xml" href="section.rss"></head>'
    assert discover_feeds(html, PAGE)[0] == "https://www.example.com/world/2025/06/03/section.rss"
    with_base = (
        '<head><base href="https://cdn.example.net/site/">'
        '<link rel="alternate" type="application/rss+xml" href="rss.xml"></head>'
    )
    assert discover_feeds(with_base, PAGE)[0] == "https://cdn.example.net/site/rss.xml"


def test_rel_and_type_are_case_insensitive_and_may_have_parameters() -> None:
    html = '<link REL="Alternate Home" TYPE="Application/RSS+XML; charset=utf-8" HREF="/news.xml">'
    assert discover_feeds(html, PAGE)[0] == "https://www.example.com/news.xml"


def test_feed_like_anchors_follow_declared_feeds() -> None:
    html = """<head><link rel="alternate" type="application/rss+xml" href="/feed/"></head><body>
      <a href="/feedback">Feedback</a>
      <a href="/rss/world.xml">World RSS</a>
      <a href="https://feeds.example.com/top">Top stories feed</a>
      <a href="/about.html">About</a>
      <a href="/blog/?feed=rss2">Blog feed</a>
      <a href="javascript:void(0)">rss</a>
    </body>"""
    found = discover_feeds(html, PAGE)
    assert found[:4] == [
        "https://www.example.com/feed/",
        "https://www.example.com/rss/world.xml",
        "https://feeds.example.com/top",
        "https://www.example.com/blog/?feed=rss2",
    ]
    assert "https://www.example.com/feedback" not in found


def test_common_paths_are_the_last_resort() -> None:
    assert discover_feeds("<html><body><p>No feeds here.</p></body></html>", PAGE) == ROOT_PATHS


def test_unsafe_schemes_are_ignored() -> None:
    html = (
        '<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">'
        '<link rel="alternate" type="application/rss+xml" href="file:///etc/passwd">'
        '<link rel="alternate" type="application/rss+xml" href="//other.example.org/rss">'
    )
    assert discover_feeds(html, PAGE)[0] == "https://other.example.org/rss"
    assert all(url.startswith("https://") for url in discover_feeds(html, PAGE))


@pytest.mark.parametrize("html", ["", "   ", "<<<>>>", "\x00\x01", "<?xml version='1.0'?><rss/>"])
def test_empty_or_broken_html_still_gives_common_paths(html: str) -> None:
    assert discover_feeds(html, PAGE)[-len(ROOT_PATHS) :] == ROOT_PATHS


def test_xhtml_with_an_encoding_declaration_is_read() -> None:
    html = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head>'
        '<link rel="alternate" type="application/atom+xml" href="/atom"/></head></html>'
    )
    assert discover_feeds(html, PAGE)[0] == "https://www.example.com/atom"


def test_page_url_that_is_not_web_gives_nothing_to_guess() -> None:
    assert discover_feeds("", "ftp://example.com/file") == []


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_discovery_never_raises_and_returns_unique_web_urls(html: str) -> None:
    found = discover_feeds(html, PAGE)
    assert len(found) == len(set(found))
    assert all(url.startswith(("http://", "https://")) for url in found)
