"""`digestbot stories FILE.jsonl`: merge articles into stories offline, to check the merge on your data.

Input: one JSON object a line with `id`, `title`, `text`, `published` (ISO 8601 or null), `outlet`
and `url`, and optionally `description` (the page's or feed's summary: the lead the merge reads before
the text's opening, as a daily round does); `-` reads stdin; blank lines are skipped. Output: one
line per article, in input order, `{"id": ..., "story": ...}`, where `story` is the id of its story's
lead (the one a digest would show), so articles with the same `story` were merged.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from digest.models import Article
from digest.stories.cluster import cluster_stories

_FIELDS = ("title", "text", "outlet", "url", "description")


class InputError(ValueError):
    """A line of the input cannot be used; the message says which and why."""


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add `digestbot stories` to the `digestbot` parser."""
    p = sub.add_parser("stories", help="merge articles (JSON lines) into stories; print each article's story")
    p.add_argument(
        "file", help="FILE.jsonl (id, title, text, published, outlet, url[, description] a line), or -"
    )
    p.set_defaults(func=_stories)


def read_articles(lines: list[str]) -> tuple[list[Any], list[Article]]:
    """The ids and Articles of JSON lines, in order. Raises InputError naming the line at fault."""
    ids: list[Any] = []
    articles: list[Article] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(f"line {number} is not valid JSON.") from None
        if not isinstance(row, dict) or row.get("id") is None:
            raise InputError(f'line {number} needs an object with an "id".')
        key = json.dumps(row["id"])
        if key in seen:
            raise InputError(f"line {number} repeats the id {key}; every article needs its own id.")
        seen.add(key)
        values = {name: row.get(name) for name in _FIELDS}
        for name, value in values.items():
            if value is not None and not isinstance(value, str):
                raise InputError(f'line {number}: "{name}" must be a string or null.')
        published = row.get("published")
        if published is not None and not _is_iso(published):
            raise InputError(f'line {number}: "published" must be an ISO 8601 date-time or null.')
        ids.append(row["id"])
        articles.append(
            Article(
                url=values["url"] or f"urn:digestbot:line:{number}",
                title=values["title"] or "",
                text=values["text"] or "",
                outlet=values["outlet"],
                published=published,
                description=values["description"],
            )
        )
    return ids, articles


def _is_iso(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def story_lines(ids: list[Any], articles: list[Article]) -> list[str]:
    """One JSON line per article, in input order: its id and the id of its story's lead."""
    position = {id(article): n for n, article in enumerate(articles)}
    story_of: dict[int, Any] = {}
    for story in cluster_stories(articles):
        lead = ids[position[id(story.articles[0])]]
        for article in story.articles:
            story_of[position[id(article)]] = lead
    return [json.dumps({"id": ids[n], "story": story_of[n]}, ensure_ascii=False) for n in range(len(ids))]


def _stories(args: argparse.Namespace) -> int:
    try:
        if args.file == "-":
            lines = sys.stdin.read().splitlines()
        else:
            lines = Path(args.file).read_text(encoding="utf-8").splitlines()
        ids, articles = read_articles(lines)
    except OSError as err:
        print(f"digestbot: I couldn't read {args.file}: {err.strerror or err}.", file=sys.stderr)
        return 1
    except (InputError, UnicodeDecodeError) as err:
        reason = str(err) if isinstance(err, InputError) else "it is not UTF-8 text."
        print(f"digestbot: {args.file}: {reason}", file=sys.stderr)
        return 1
    for line in story_lines(ids, articles):
        print(line)
    return 0
