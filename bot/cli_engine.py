"""Offline engine commands: `digestbot digest`, `digestbot extract` and `digestbot quotes`."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path

from bot.config import Settings
from digest.article.extract import extract_article
from digest.article.pasted import article_from_text
from digest.errors import DigestError
from digest.models import Article, Digest, DigestOptions, FetchPolicy
from digest.pipeline import all_quotes, digest_article
from digest.web.charset import decode_page
from digest.web.fetch import fetch_page, open_session

log = logging.getLogger(__name__)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add the engine sub-commands to the `digestbot` parser."""
    p = sub.add_parser("digest", help="digest a URL, a saved .html page, a .txt file or stdin (-)")
    p.add_argument("source", help="http(s) URL, FILE.html, FILE.txt, or - for stdin")
    p.add_argument("--url", help="the address a saved .html page came from")
    p.add_argument("--sentences", type=_bounded(1, 7), default=3, help="key sentences, 1-7 (default 3)")
    p.add_argument("--quotes", type=_bounded(0, 5), default=2, help="key quotes, 0-5 (default 2)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    p.set_defaults(func=_digest)

    p = sub.add_parser("extract", help="print the cleaned article text of a saved .html page")
    p.add_argument("file", help="FILE.html")
    p.add_argument("--url", help="the address the page came from")
    p.set_defaults(func=_extract)

    p = sub.add_parser("quotes", help="print every direct quotation found, as JSON")
    p.add_argument("source", help="http(s) URL, FILE.html, FILE.txt, or - for stdin")
    p.add_argument("--url", help="the address a saved .html page came from")
    p.set_defaults(func=_quotes)


def _bounded(low: int, high: int):
    def parse(value: str) -> int:
        number = int(value)
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(f"must be between {low} and {high}")
        return number

    return parse


def _fail(message: str) -> int:
    print(f"digestbot: {message}", file=sys.stderr)
    return 1


def _guarded(command):
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except DigestError as err:
            return _fail(str(err))
        except OSError as err:
            return _fail(f"I couldn't read {err.filename or 'the input'}: {err.strerror or err}.")
        except Exception:
            log.debug("engine command failed", exc_info=True)
            return _fail("Something went wrong while reading that; please report it with the input.")

    return run


async def _fetch(url: str, policy: FetchPolicy) -> tuple[str, str]:
    async with open_session(policy) as session:
        page = await fetch_page(url, policy, session)
    return page.text, page.url


def load_article(source: str, url: str | None = None) -> Article:
    """Read SOURCE (URL, .html, .txt or -) into an Article. Raises DigestError or OSError."""
    if source.startswith(("http://", "https://")):
        html, final_url = asyncio.run(_fetch(source, Settings().fetch_policy()))
        return extract_article(html, final_url)
    if source == "-":
        return article_from_text(sys.stdin.read())
    path = Path(source)
    if path.suffix.lower() in {".html", ".htm", ".xhtml"}:
        return extract_article(decode_page(path.read_bytes())[0], url)
    return article_from_text(path.read_text(encoding="utf-8", errors="replace"))


def format_digest(digest: Digest) -> str:
    """The digest as plain text for a terminal."""
    a = digest.article
    meta = [a.outlet, a.author, (a.published or "")[:10], f"{a.reading_minutes} min read"]
    lines = [a.title or "(untitled)", " · ".join(m for m in meta if m)]
    if a.canonical_url or a.url:
        lines.append(a.canonical_url or a.url)
    if a.partial:
        reason = (a.partial_reason or "the page shows part of the article").rstrip(".")
        lines.append(f"Preview only: {reason}.")
    lines.append("")
    lines.extend(f"• {s}" for s in digest.sentences)
    for q in digest.quotes:
        lines.extend(["", f"“{q.text}”"] + ([f"    — {q.speaker}"] if q.speaker else []))
    return "\n".join(lines)


@_guarded
def _digest(args: argparse.Namespace) -> int:
    article = load_article(args.source, args.url)
    digest = digest_article(article, DigestOptions.sized(args.sentences, args.quotes))
    if args.json:
        print(json.dumps(digest.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_digest(digest))
    return 0


@_guarded
def _extract(args: argparse.Namespace) -> int:
    print(load_article(args.file, args.url).text)
    return 0


@_guarded
def _quotes(args: argparse.Namespace) -> int:
    quotes = all_quotes(load_article(args.source, args.url))
    print(json.dumps([{"text": q.text, "speaker": q.speaker} for q in quotes], ensure_ascii=False, indent=2))
    return 0
