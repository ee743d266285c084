"""Helpers for the feed tests: RSS documents and made-up full texts served by the loopback site, a
feed catalog file pointing at it, and the poller's settable clock."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from storage.db import utcnow
from tests.daily_support import Clock


def catalog_file(folder: Path, url: str) -> Path:
    """A one-feed catalog (FEED_CATALOG_PATH) whose feed is `url` on the loopback site."""
    path = folder / "catalog.json"
    row = {"id": "loop", "outlet": "Loopback Wire", "url": url}
    path.write_text(json.dumps([{**row, "language": "en", "region": "Test", "country": "ZZ"}]))
    return path


def poll_clock() -> Clock:
    """A clock a little ahead of now, so that sources added during the test are due at once.

    Two minutes ahead: a bot that takes longer than a few seconds to start on a loaded machine (it
    loads the story model and gazetteer first) must still find its new sources due.
    """
    return Clock(utcnow() + timedelta(minutes=2))


def rss(title: str, items: list[dict[str, str]]) -> str:
    """An RSS 2.0 document; each item has guid, link, title and optionally description / content."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>',
        f"<title>{title}</title><link>http://127.0.0.1/</link><ttl>30</ttl>",
    ]
    for item in items:
        parts.append(
            f"<item><title>{item['title']}</title><link>{item['link']}</link>"
            f"<guid isPermaLink=\"false\">{item['guid']}</guid>"
            f"<description>{item.get('description', '')}</description>"
            f"<content:encoded><![CDATA[{item.get('content', '')}]]></content:encoded></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts)


def full_text(subject: str, paragraphs: int = 8) -> str:
    """A made-up news story about `subject`, long enough to count as a feed's full text."""
    body = []
    for i in range(paragraphs):
        body.append(
            f"<p>Work on the {subject} continued on day {i + 1}, the port authority said on Tuesday. "
            f"Engineers checked {i + 12} cables and {i + 3} expansion joints before traffic resumed. "
            f'"We are confident the structure is sound," said chief engineer Lena Park, adding that '
            f"inspections would continue every month for the rest of the year.</p>"
        )
    return "".join(body)
