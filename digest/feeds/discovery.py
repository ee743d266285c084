"""Feed discovery: from a web page, the feed URLs worth trying, best first.

Order: the page's own `<link rel="alternate">` feeds (comment feeds last), then links in the page
that look like feeds, then the common feed paths of the site. The caller fetches candidates in order
and keeps the first that `parse_feed` accepts.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/feed+json",
        "application/xml",
        "text/xml",
    }
)
COMMON_PATHS = (
    "/feed",
    "/rss",
    "/rss.xml",
    "/feed.xml",
    "/atom.xml",
    "/index.xml",
    "/feeds/posts/default",
)
_FEED_SEGMENTS = frozenset({"feed", "feeds", "atom", "rss"})
_FEED_SUFFIXES = (".rss", ".atom", ".rdf")
_MAX_ANCHORS = 5


def discover_feeds(html: str, page_url: str) -> list[str]:
    """Candidate feed URLs for the page at `page_url`, absolute, without duplicates, best first."""
    doc = _parse(html)
    base = _base_url(doc, page_url)
    declared: list[tuple[bool, str]] = []
    anchors: list[str] = []
    if doc is not None:
        for link in doc.iter("link"):
            rels = (link.get("rel") or "").lower().split()
            kind = (link.get("type") or "").lower().split(";")[0].strip()
            if "alternate" in rels and kind in FEED_TYPES and link.get("href"):
                url = _absolute(base, link.get("href", ""))
                if url:
                    label = f"{link.get('title') or ''} {url}".lower()
                    declared.append(("comment" in label, url))
        for a in doc.iter("a"):
            href = (a.get("href") or "").strip()
            url = _absolute(base, href) if href else None
            if url and _looks_like_feed(url) and len(anchors) < _MAX_ANCHORS:
                anchors.append(url)
    declared.sort(key=lambda item: item[0])
    root = _site_root(page_url)
    common = [root + path for path in COMMON_PATHS] if root else []
    return _unique([url for _, url in declared] + anchors + common)


def _parse(html: str) -> etree._Element | None:
    if not html or not html.strip():
        return None
    try:
        return lxml_html.document_fromstring(html)
    except ValueError:  # an XML encoding declaration in text, or characters XML forbids: parse bytes
        try:
            return lxml_html.document_fromstring(html.encode("utf-8", "replace"))
        except (etree.ParserError, ValueError):
            return None
    except etree.ParserError:
        return None


def _base_url(doc: etree._Element | None, page_url: str) -> str:
    if doc is not None:
        for base in doc.iter("base"):
            href = base.get("href")
            if href:
                return urljoin(page_url, href.strip())
    return page_url


def _absolute(base: str, href: str) -> str | None:
    url = urljoin(base, href.strip())
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return url.split("#", 1)[0]


def _looks_like_feed(url: str) -> bool:
    parts = urlsplit(url)
    if parts.netloc.lower().startswith(("feeds.", "rss.")) or "feed=" in parts.query.lower():
        return True
    for segment in parts.path.lower().split("/"):
        if segment in _FEED_SEGMENTS or segment.startswith("rss") or segment.endswith(_FEED_SUFFIXES):
            return True
        if segment.endswith(".xml") and any(hint in segment for hint in ("rss", "atom", "feed")):
            return True
    return False


def _site_root(page_url: str) -> str | None:
    parts = urlsplit(page_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


def _unique(urls: list[str]) -> list[str]:
    return list(dict.fromkeys(urls))
