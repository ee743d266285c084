"""Feeds: parse RSS 2.0, Atom and RDF with feedparser into plain entries, and say when to poll again.

`parse_feed` never raises anything but FeedError. Links come out absolute (http/https only), every
entry has a GUID (falling back to its link), dates are ISO 8601 in UTC, and HTML is turned into
plain text with one paragraph per line, so a feed that carries full articles can be digested
without fetching each page (`has_full_text`, `entry_article`).
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from time import struct_time
from urllib.parse import urljoin, urlsplit

import feedparser
from lxml import etree
from lxml import html as lxml_html

from digest.errors import DigestError
from digest.models import Article, Feed, FeedEntry

MIN_POLL = timedelta(minutes=15)
MAX_POLL = timedelta(hours=6)
DEFAULT_POLL = timedelta(minutes=30)
FULL_TEXT_WORDS = 150
_PERIOD_MINUTES = {"hourly": 60, "daily": 1440, "weekly": 10080, "monthly": 43200, "yearly": 525600}
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr"}
    | {"table", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt", "hr"}
)
_SKIP = frozenset({"script", "style", "noscript", "template"})
_BREAK = "\u2029"


class FeedError(DigestError):
    """The bytes are not a feed that can be read."""

    code = "not_feed"


NOT_A_FEED = "That link is not a feed I can read."


def parse_feed(data: bytes | str, url: str, *, max_entries: int = 500) -> Feed:
    """Parse feed bytes (or text) fetched from `url`; raise FeedError when it is not a feed."""
    try:
        return _parse(data, url, max_entries)
    except FeedError:
        raise
    except Exception as exc:  # feedparser and lxml have many failure modes; all mean "not readable"
        raise FeedError(NOT_A_FEED, code="not_feed") from exc


def _parse(data: bytes | str, url: str, max_entries: int) -> Feed:
    if not data or not str(data).strip():
        raise FeedError(NOT_A_FEED, code="not_feed")
    headers = {"content-location": url}
    if isinstance(data, str):  # already decoded: a charset in its XML declaration no longer applies
        data = data.encode("utf-8", "replace")
        headers["content-type"] = "application/xml; charset=utf-8"
    parsed = feedparser.parse(
        data, response_headers=headers, resolve_relative_uris=False, sanitize_html=False
    )
    if not parsed.get("version"):
        raise FeedError(NOT_A_FEED, code="not_feed")
    meta = parsed.feed
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for raw in parsed.entries:
        entry = _entry(raw, url)
        if entry is None or entry.guid in seen:
            continue
        seen.add(entry.guid)
        entries.append(entry)
        if len(entries) >= max_entries:
            break
    language = (meta.get("language") or "").strip().lower().replace("_", "-").split("-")[0] or None
    return Feed(
        url=url,
        title=_detail_text(meta, "title"),
        site_url=_absolute(meta.get("link"), url),
        language=language,
        ttl_minutes=_ttl_minutes(meta),
        entries=entries,
    )


def _entry(raw: feedparser.FeedParserDict, feed_url: str) -> FeedEntry | None:
    link = _absolute(raw.get("link"), feed_url)
    guid = (raw.get("id") or "").strip()
    if link is None and guid:
        link = _absolute(guid, feed_url) if guid.startswith(("http://", "https://")) else None
    if link is None:
        return None
    summary = _detail_text(raw, "summary")
    contents = [_html_text(c.get("value", ""), c.get("type", "")) for c in raw.get("content") or []]
    content = max(contents, key=len, default="")
    return FeedEntry(
        guid=guid or link,
        url=link,
        title=_detail_text(raw, "title"),
        summary=summary,
        content=content,
        published=_iso(raw.get("published_parsed") or raw.get("updated_parsed")),
        author=(raw.get("author") or "").strip() or None,
    )


def _absolute(link: str | None, base: str) -> str | None:
    if not link or not isinstance(link, str):
        return None
    absolute = urljoin(base, link.strip())
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return absolute


def _detail_text(node: feedparser.FeedParserDict, key: str) -> str:
    value = node.get(key) or ""
    kind = (node.get(f"{key}_detail") or {}).get("type", "text/html")
    return " ".join(_html_text(value, kind).split())


def _html_text(value: str, kind: str) -> str:
    """Plain text of an HTML fragment, one block per line; plain text passes through tidied."""
    if not value or not value.strip():
        return ""
    if "html" not in kind or "<" not in value:
        return _tidy_lines(value.splitlines())
    root = lxml_html.fragment_fromstring(value, create_parent="div")
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in _SKIP:
            el.text = ""
        elif el.tag in _BLOCKS:
            el.text = _BREAK + (el.text or "")
            el.tail = _BREAK + (el.tail or "")
    text = etree.tostring(root, method="text", encoding="unicode", with_tail=False)
    return _tidy_lines(text.split(_BREAK))


def _tidy_lines(lines: Sequence[str]) -> str:
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def _iso(value: struct_time | None) -> str | None:
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC).isoformat()
    except (TypeError, ValueError):
        return None


def _ttl_minutes(meta: feedparser.FeedParserDict) -> int | None:
    hints: list[int] = []
    ttl = _positive_int(meta.get("ttl"))
    if ttl:
        hints.append(ttl)
    period = _PERIOD_MINUTES.get((meta.get("sy_updateperiod") or "").strip().lower())
    if period:
        frequency = _positive_int(meta.get("sy_updatefrequency")) or 1
        hints.append(max(1, period // frequency))
    return max(hints) if hints else None


def _positive_int(value: object) -> int | None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def has_full_text(entry: FeedEntry, *, min_words: int = FULL_TEXT_WORDS) -> bool:
    """True when the entry carries the article itself, so there is no need to fetch the page."""
    return len(entry.content.split()) >= min_words


def entry_article(entry: FeedEntry, feed: Feed) -> Article:
    """An Article from a feed entry: its content as text (empty when the feed has none)."""
    summary = entry.summary if entry.summary != entry.content else ""
    return Article(
        url=entry.url,
        title=entry.title,
        outlet=feed.title or None,
        author=entry.author,
        published=entry.published,
        language=feed.language,
        canonical_url=entry.url,
        description=" ".join(summary.split()) or None,
        text=entry.content,
    )


def poll_interval(
    feed: Feed,
    cache_control: str | None = None,
    *,
    minimum: timedelta = MIN_POLL,
    maximum: timedelta = MAX_POLL,
) -> timedelta:
    """How long to wait before polling again: the feed's TTL or the response's max-age, whichever
    is longer; without either, half the usual gap between its entries; always within bounds."""
    hints = []
    if feed.ttl_minutes:
        hints.append(timedelta(minutes=feed.ttl_minutes))
    max_age = _max_age(cache_control)
    if max_age:
        hints.append(max_age)
    interval = max(hints) if hints else _cadence(feed)
    return max(minimum, min(maximum, interval))


def _max_age(cache_control: str | None) -> timedelta | None:
    if not cache_control:
        return None
    for directive in cache_control.lower().split(","):
        name, _, value = directive.strip().partition("=")
        if name == "max-age":
            seconds = _positive_int(value.strip().strip('"'))
            return timedelta(seconds=seconds) if seconds else None
    return None


def _cadence(feed: Feed) -> timedelta:
    stamps = sorted(
        (d for d in (_parse_iso(e.published) for e in feed.entries) if d is not None), reverse=True
    )[:20]
    gaps = [(a - b).total_seconds() for a, b in itertools.pairwise(stamps) if a > b]
    if len(gaps) < 3:
        return DEFAULT_POLL
    return timedelta(seconds=statistics.median(gaps) / 2)


def _parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def backoff(
    failures: int, *, base: timedelta = timedelta(minutes=5), maximum: timedelta = MAX_POLL
) -> timedelta:
    """Wait after `failures` consecutive failed polls: base, 2×base, 4×base, ... capped at maximum."""
    if failures <= 0:
        return timedelta(0)
    return min(maximum, base * (2 ** min(failures - 1, 32)))
