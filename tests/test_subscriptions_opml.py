"""OPML lists: reading feeds out of real-world shapes, refusing XML attacks, and round trips."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.feeds.opml import OpmlError, OpmlFeed, build_opml, parse_opml

READER_EXPORT = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="News" title="News">
      <outline type="rss" text="Harbour Courier" xmlUrl="https://courier.example/feed.rss"
               htmlUrl="https://courier.example/"/>
      <outline text="Deeper">
        <outline type="rss" title="Gazette &amp; Mail" xmlURL="http://gazette.example/atom"/>
      </outline>
    </outline>
    <outline type="rss" text="Again" xmlUrl="https://courier.example/feed.rss"/>
    <outline type="rss" text="Local file" xmlUrl="file:///home/me/feed.xml"/>
    <outline type="link" text="Not a feed" url="https://example.com/page"/>
  </body>
</opml>
"""


def test_nested_folders_case_insensitive_attributes_duplicates_and_bad_schemes() -> None:
    listed = parse_opml(READER_EXPORT)
    assert listed.feeds == [
        OpmlFeed("https://courier.example/feed.rss", "Harbour Courier", "https://courier.example/"),
        OpmlFeed("http://gazette.example/atom", "Gazette & Mail", None),
    ]
    assert listed.rejected == ["file:///home/me/feed.xml"]


def test_round_trip_keeps_urls_titles_and_sites() -> None:
    feeds = [
        OpmlFeed("https://a.example/rss?x=1&y=2", "Quotes \"and\" <tags> & ampersands", "https://a.example/"),
        OpmlFeed("https://b.example/feed", "Новости · 東京", None),
        OpmlFeed("https://c.example/atom"),
    ]
    document = build_opml(feeds)
    assert document.startswith(b"<?xml") and b"<opml" in document
    assert parse_opml(document).feeds == feeds


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
        b'<opml><body><outline xmlUrl="https://x.example/&lol2;"/></body></opml>',
        b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<opml><body><outline text="&xxe;" xmlUrl="https://x.example/"/></body></opml>',
        b"<html><body>not opml</body></html>",
        b"<opml><body><outline xmlUrl='https://x.example/'></body>",
        b"",
        "<opml><body><outline text='folder only'/></body></opml>",
    ],
    ids=["billion-laughs", "external-entity", "html", "broken", "empty", "no-feeds"],
)
def test_attacks_and_non_opml_are_refused_with_one_sentence(data: bytes | str) -> None:
    with pytest.raises(OpmlError) as caught:
        parse_opml(data)
    assert str(caught.value).endswith(".")


def test_feed_count_is_capped() -> None:
    many = build_opml(OpmlFeed(f"https://f{i}.example/rss") for i in range(50))
    assert len(parse_opml(many, max_feeds=10).feeds) == 10


@given(st.binary(max_size=300) | st.text(max_size=300))
def test_parse_raises_only_opml_error(data: bytes | str) -> None:
    with contextlib.suppress(OpmlError):
        parse_opml(data)


@given(
    st.lists(
        st.tuples(
            st.from_regex(r"https://[a-z]{1,12}\.example/[a-z0-9/]{0,20}", fullmatch=True),
            st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40),
        ),
        max_size=8,
        unique_by=lambda pair: pair[0],
    )
)
def test_any_list_of_feeds_survives_a_round_trip(pairs: list[tuple[str, str]]) -> None:
    feeds = [OpmlFeed(url, " ".join(title.split())) for url, title in pairs]
    if not feeds:
        with pytest.raises(OpmlError):
            parse_opml(build_opml(feeds))
        return
    assert parse_opml(build_opml(feeds)).feeds == feeds
