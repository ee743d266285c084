"""The built-in feed catalog: enough well-formed, unique feeds across languages and regions."""

from __future__ import annotations

from urllib.parse import urlsplit

from digest.feeds.catalog import load_catalog


def test_catalog_has_at_least_forty_unique_well_formed_feeds() -> None:
    feeds = load_catalog()
    assert len(feeds) >= 40
    assert len({f.id for f in feeds}) == len(feeds)
    assert len({f.url for f in feeds}) == len(feeds)
    for feed in feeds:
        parts = urlsplit(feed.url)
        assert parts.scheme == "https" and parts.netloc, feed
        assert feed.outlet.strip() and feed.region.strip(), feed
        assert len(feed.language) == 2 and feed.language.islower(), feed
        assert len(feed.country) == 2 and feed.country.isupper(), feed


def test_catalog_spans_languages_and_regions() -> None:
    feeds = load_catalog()
    assert len({f.language for f in feeds}) >= 10
    assert {"Europe", "North America", "Latin America", "Asia", "Middle East", "Africa", "Oceania"} <= {
        f.region for f in feeds
    }

