"""OPML subscription lists: read the feeds out of one, and write one from a list of feeds.

Parsing goes through defusedxml with DTDs forbidden, so entity tricks (billion laughs, external
entities) are refused instead of expanded. Every `<outline>` with an `xmlUrl` counts, however deeply
folders nest; only http(s) URLs are kept, each once, in document order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import urlsplit
from xml.etree import ElementTree

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from digest.errors import DigestError

MAX_FEEDS = 1000
NOT_OPML = "That file is not an OPML subscription list I can read."
NO_FEEDS = "That OPML file lists no feeds (outlines with an xmlUrl)."


class OpmlError(DigestError):
    """The bytes are not a usable OPML document."""

    code = "bad_opml"


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    """One feed of an OPML list: its URL, its title and the site it belongs to (if given)."""

    url: str
    title: str = ""
    site_url: str | None = None


@dataclass(frozen=True, slots=True)
class OpmlList:
    """What an OPML file held: usable feeds, and the xmlUrl values that were not web feed URLs."""

    feeds: list[OpmlFeed]
    rejected: list[str]


def parse_opml(data: bytes | str, *, max_feeds: int = MAX_FEEDS) -> OpmlList:
    """The feeds of an OPML document; raise OpmlError when it is not OPML or lists no feeds."""
    try:
        root = SafeTree.fromstring(data, forbid_dtd=True)
    except (ElementTree.ParseError, DefusedXmlException, ValueError, TypeError) as exc:
        raise OpmlError(NOT_OPML, code="bad_opml") from exc
    if _local(root.tag).lower() != "opml":
        raise OpmlError(NOT_OPML, code="bad_opml")
    feeds: dict[str, OpmlFeed] = {}
    rejected: list[str] = []
    for outline in root.iter():
        if _local(outline.tag).lower() != "outline":
            continue
        attrs = {_local(k).lower(): v for k, v in outline.attrib.items()}
        url = (attrs.get("xmlurl") or "").strip()
        if not url:
            continue
        if not _is_web(url):
            rejected.append(url)
            continue
        if url in feeds or len(feeds) >= max_feeds:
            continue
        title = " ".join((attrs.get("title") or attrs.get("text") or "").split())
        site = (attrs.get("htmlurl") or "").strip()
        feeds[url] = OpmlFeed(
            url=url, title="" if title == url else title, site_url=site if _is_web(site) else None
        )
    if not feeds and not rejected:
        raise OpmlError(NO_FEEDS, code="no_feeds")
    return OpmlList(feeds=list(feeds.values()), rejected=rejected)


def build_opml(feeds: Iterable[OpmlFeed], *, title: str = "digestbot subscriptions") -> bytes:
    """An OPML 2.0 document (UTF-8 bytes) listing `feeds` as RSS outlines."""
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = title
    ElementTree.SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC), usegmt=True)
    body = ElementTree.SubElement(root, "body")
    for feed in feeds:
        name = feed.title or feed.url
        attrs = {"type": "rss", "text": name, "title": name, "xmlUrl": feed.url}
        if feed.site_url:
            attrs["htmlUrl"] = feed.site_url
        ElementTree.SubElement(body, "outline", attrs)
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _is_web(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)
