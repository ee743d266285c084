"""Feed parsing on RSS 2.0, Atom, RDF, broken and mis-encoded fixtures; polling intervals and backoff."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.errors import DigestError
from digest.feeds.parse import (
    MAX_POLL,
    MIN_POLL,
    FeedError,
    backoff,
    entry_article,
    has_full_text,
    parse_feed,
    poll_interval,
)
from digest.models import Feed, FeedEntry

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
FEED_URL = "https://news.example.org/feed/rss.xml"


def load(name: str, url: str = FEED_URL) -> Feed:
    return parse_feed((FIXTURES / name).read_bytes(), url)


def test_rss20_metadata_links_guids_dates_and_content() -> None:
    feed = load("rss20.xml")
    assert feed.title == "Harbour Gazette & Mail"
    assert feed.site_url == "https://news.example.org/"
    assert feed.language == "en"
    assert feed.ttl_minutes == 45
    # the duplicate GUID, the item without any link and the javascript: link are dropped
    assert [e.url for e in feed.entries] == [
        "https://news.example.org/2025/06/03/port-strike-ends",
        "https://news.example.org/feed/ferries/timetable-2025",
        "https://news.example.org/2025/06/01/guid-only",
    ]
    first, second, third = feed.entries
    assert first.guid == "harbour-gazette-88121"
    assert second.guid == second.url
    assert third.guid == "https://news.example.org/2025/06/01/guid-only"
    assert first.title == "Port strike ends after three weeks"
    assert first.author == "Amira Nasser"
    assert first.published == "2025-06-03T07:39:21+00:00"
    assert first.summary == "Dock workers voted to accept a 4% pay offer."
    lines = first.content.split("\n")
    assert lines[0].startswith("Dock workers at the city's container port voted on Monday")
    assert lines[0].endswith("waiting at anchor for three weeks.")
    assert lines[1] == '"This is a fair deal," said union leader Tomas Berg. Read the full offer.'
    assert "alert" not in first.content and "<" not in first.content
    assert second.content == "" and second.summary == "The summer timetable adds two evening crossings."


def test_atom_uses_xml_base_language_and_published_date() -> None:
    feed = load("atom.xml")
    assert feed.title == "Carnets du port"
    assert feed.site_url == "https://blog.example.net/notes/"
    assert feed.language == "fr"
    first, second = feed.entries
    assert first.url == "https://blog.example.net/notes/2025/marche-rouvre.html"
    assert first.guid == "tag:blog.example.net,2025:marche"
    assert first.published == "2025-06-04T06:00:00+00:00"
    assert first.author == "Claire Dubois"
    assert first.content.split("\n") == [
        "Après deux mois de travaux, la halle accueille à nouveau les pêcheurs.",
        "Voir les photos.",
    ]
    assert second.url == "https://blog.example.net/archive/old-post"
    assert second.published == "2024-12-31T23:59:59+00:00"
    assert second.content == "First paragraph.\nSecond paragraph."


def test_rdf_feed_with_syndication_hints() -> None:
    feed = load("rdf.xml")
    assert feed.title == "Nachrichten Beispiel"
    assert feed.language == "de"
    assert feed.ttl_minutes == 24 * 60 // 4
    assert [e.title for e in feed.entries] == [
        "Brücke über die Elbe wird saniert",
        "Straßenbahn fährt wieder",
    ]
    assert feed.entries[0].published == "2025-06-04T04:00:00+00:00"
    assert feed.entries[0].author == "Jonas Weber"


@pytest.mark.parametrize(
    ("name", "title", "entry_title"),
    [
        ("misdeclared_cp1252.xml", "Café Société", "“Naïve” résumé of the café season"),
        ("koi8r.xml", "Новости Примера", "Мост через Неву открыли после ремонта"),
        ("misdeclared_latin1_is_utf8.xml", "Zürich Zeitung", "Grünes Licht für die Seebrücke"),
    ],
)
def test_declared_and_misdeclared_encodings_decode_right(name: str, title: str, entry_title: str) -> None:
    feed = load(name)
    assert feed.title == title
    assert feed.entries[0].title == entry_title


def test_cp1252_summary_keeps_symbols() -> None:
    assert load("misdeclared_cp1252.xml").entries[0].summary == "Crème brûlée – €5"


def test_malformed_feed_is_read_leniently() -> None:
    feed = load("malformed.xml")
    assert feed.title == "Broken & Proud"
    assert [e.url for e in feed.entries] == ["https://broken.example.com/1", "https://broken.example.com/2"]
    assert "stray markup" in feed.entries[0].summary


def test_text_input_is_accepted() -> None:
    text = (FIXTURES / "rdf.xml").read_text(encoding="utf-8")
    assert len(parse_feed(text, "https://rdf.example.com/rss").entries) == 2


def test_decoded_text_ignores_the_charset_in_its_xml_declaration() -> None:
    text = (FIXTURES / "koi8r.xml").read_bytes().decode("koi8-r")
    assert 'encoding="koi8-r"' in text
    feed = parse_feed(text, "https://ru.example.com/rss")
    assert feed.entries[0].title == "Мост через Неву открыли после ремонта"


@pytest.mark.parametrize(
    "data",
    [
        (FIXTURES / "not_a_feed.html").read_bytes(),
        b"",
        "   ",
        b"\x00\x01\x02\xff garbage",
        b'{"version": "https://jsonfeed.org/version/1.1"',
        "plain text, no markup",
        b"<rss",
    ],
)
def test_non_feeds_raise_feed_error(data: bytes | str) -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(data, FEED_URL)
    assert isinstance(info.value, DigestError)
    assert str(info.value) == "That link is not a feed I can read."
    assert info.value.code == "not_feed"


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=400), st.text(max_size=400)))
def test_parse_feed_raises_only_feed_error(data: bytes | str) -> None:
    try:
        feed = parse_feed(data, FEED_URL)
    except FeedError:
        return
    assert all(e.url.startswith(("http://", "https://")) for e in feed.entries)


def _huge_feed(n: int) -> bytes:
    items = "".join(
        f"<item><title>Item {i}</title><link>/a/{i}</link>"
        f"<description>&lt;p&gt;Paragraph {i} of the huge feed.&lt;/p&gt;</description>"
        "<pubDate>Mon, 02 Jun 2025 18:00:00 GMT</pubDate></item>"
        for i in range(n)
    )
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>'
    return f"{head}{items}</channel></rss>".encode()


def test_huge_feed_parses_and_entries_are_capped() -> None:
    data = _huge_feed(1200)
    assert len(data) > 200_000
    feed = parse_feed(data, "https://huge.example.com/rss")
    assert len(feed.entries) == 500
    assert feed.entries[-1].url == "https://huge.example.com/a/499"
    assert len(parse_feed(data, "https://huge.example.com/rss", max_entries=5000).entries) == 1200


def test_full_text_entries_become_articles_without_fetching() -> None:
    feed = load("rss20.xml")
    first = feed.entries[0]
    assert not has_full_text(first)
    assert has_full_text(first, min_words=40)
    article = entry_article(first, feed)
    assert article.url == article.canonical_url == first.url
    assert article.outlet == "Harbour Gazette & Mail"
    assert article.language == "en"
    assert article.description == first.summary
    assert article.text == first.content
    assert article.published == first.published


def test_entry_article_drops_a_summary_equal_to_the_content() -> None:
    entry = FeedEntry(guid="g", url="https://x.example/a", summary="Same text.", content="Same text.")
    assert entry_article(entry, Feed(url="https://x.example/rss")).description is None


def _feed(ttl: int | None = None, stamps: list[str] | None = None) -> Feed:
    entries = [
        FeedEntry(guid=str(i), url=f"https://x.example/{i}", published=s) for i, s in enumerate(stamps or [])
    ]
    return Feed(url="https://x.example/rss", ttl_minutes=ttl, entries=entries)


@pytest.mark.parametrize(
    ("ttl", "cache_control", "expected"),
    [
        (None, None, timedelta(minutes=30)),
        (60, None, timedelta(minutes=60)),
        (None, "public, max-age=3600", timedelta(hours=1)),
        (60, "max-age=7200", timedelta(hours=2)),
        (120, "max-age=600", timedelta(hours=2)),
        (1, None, MIN_POLL),
        (None, "max-age=0", timedelta(minutes=30)),
        (None, "no-cache", timedelta(minutes=30)),
        (None, "max-age=abc", timedelta(minutes=30)),
        (10_000, None, MAX_POLL),
        (None, 'max-age="900"', MIN_POLL),
    ],
)
def test_poll_interval_from_hints_within_bounds(
    ttl: int | None, cache_control: str | None, expected: timedelta
) -> None:
    assert poll_interval(_feed(ttl), cache_control) == expected


def test_poll_interval_custom_bounds() -> None:
    feed = _feed(ttl=1)
    assert poll_interval(feed, None, minimum=timedelta(minutes=1)) == timedelta(minutes=1)
    assert poll_interval(_feed(ttl=600), None, maximum=timedelta(hours=2)) == timedelta(hours=2)


def test_poll_interval_without_hints_follows_the_feed_cadence() -> None:
    daily = [f"2025-06-{d:02d}T08:00:00+00:00" for d in range(1, 11)]
    assert poll_interval(_feed(stamps=daily), None) == MAX_POLL
    every_two_hours = [f"2025-06-01T{h:02d}:00:00+00:00" for h in range(0, 24, 2)]
    assert poll_interval(_feed(stamps=every_two_hours), None) == timedelta(hours=1)
    burst = [f"2025-06-01T08:{m:02d}:00+00:00" for m in range(0, 50, 5)]
    assert poll_interval(_feed(stamps=burst), None) == MIN_POLL


def test_backoff_doubles_and_is_capped() -> None:
    assert backoff(0) == timedelta(0)
    assert [backoff(n) for n in (1, 2, 3, 4)] == [timedelta(minutes=m) for m in (5, 10, 20, 40)]
    assert backoff(50) == MAX_POLL
    assert backoff(10**9) == MAX_POLL
    assert backoff(2, base=timedelta(seconds=30), maximum=timedelta(minutes=1)) == timedelta(minutes=1)
