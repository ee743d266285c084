"""Find the article inside pasted text: a whole copied news-app page, promos, captions and all.

The headline is the headline-like line just above the byline (or above the first paragraph), the
author comes from a "By X" byline, and the body is the prose that follows, without furniture.
Kept lines are verbatim, so digest sentences stay exact substrings of `Article.text`.
"""

from __future__ import annotations

import re

from digest.clean import LIST_HEADINGS, clean_text, is_boilerplate, normalize
from digest.errors import ExtractionError
from digest.extract import MIN_CHARS, MIN_WORDS, guess_language
from digest.models import Article
from digest.partial import detect_partial_text, has_paywall_message

NO_ARTICLE = "I couldn't find an article in that text; paste the whole article or send its link."
NAME_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*"
BYLINE = re.compile(
    rf"^(?:by|von|par|por|автор:?)\s+(?P<name>{NAME_WORD}(?:\s+(?:and\s+|&\s+|und\s+|et\s+|и\s+)?"
    rf"(?:{NAME_WORD}|de|van|von|der|da|di|le|la|bin)){{0,7}})",
    re.IGNORECASE,
)
URL = re.compile(r"https?://[^\s<>\"']+")
TIMESTAMP = re.compile(
    r"^(?:updated|published|posted|last updated|\d{1,2}:\d{2}|\d+\s+(?:min|mins|minutes|hours?|days?)\s+ago"
    r"|\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)
PROSE_END = re.compile(r"[.!?…\"”»“’)]\s*$")
MAX_TITLE_WORDS = 30


def article_from_text(text: str) -> Article:
    """Return the article in a pasted message, or raise ExtractionError when there is none."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    byline_at, author = _byline(lines)
    first_prose = next((i for i, line in enumerate(lines) if i > byline_at and _is_prose(line)), None)
    if first_prose is None:
        raise ExtractionError(NO_ARTICLE)
    title_at = _title_index(lines, byline_at if byline_at >= 0 else first_prose)
    start = max(byline_at, title_at) + 1
    body: list[str] = []
    wall = False
    for line in lines[start:]:
        if _is_wall(line):
            wall = True
            break
        if LIST_HEADINGS.match(normalize(line)) and body:
            break
        if _is_prose(line) and not is_boilerplate(line):
            body.append(line)
    article_text = clean_text("\n".join(body))
    if len(article_text.split()) < MIN_WORDS and len(article_text) < MIN_CHARS:
        raise ExtractionError(NO_ARTICLE)
    url = URL.search(text)
    article = Article(
        url=url.group(0).rstrip(".,);") if url else "",
        title=lines[title_at] if title_at >= 0 else "",
        author=author,
        language=guess_language(article_text),
        text=article_text,
    )
    if wall or any(_is_wall(line) for line in lines[:start]):
        article.partial = True
        article.partial_reason = "The text stops at a sign-up wall, so this is only the preview."
    else:
        article.partial, article.partial_reason = detect_partial_text(article_text)
    return article


def _byline(lines: list[str]) -> tuple[int, str | None]:
    """The first "By X" line with prose after it (a byline at the very end names only the author)."""
    found: tuple[int, str | None] = (-1, None)
    for i, line in enumerate(lines):
        match = BYLINE.match(line)
        if match and len(line.split()) <= 14:
            name = re.sub(r"[\s,]+$", "", match.group("name"))
            if any(_is_prose(later) for later in lines[i + 1:]):
                return i, name
            found = (-1, found[1] or name)
    return found


def _is_prose(line: str) -> bool:
    words = len(line.split())
    if is_boilerplate(line) or TIMESTAMP.match(line):
        return False
    return (words >= 4 and bool(PROSE_END.search(line))) or words >= 20


def _is_headline(line: str) -> bool:
    words = len(line.split())
    return (
        2 <= words <= MAX_TITLE_WORDS
        and not is_boilerplate(line)
        and not TIMESTAMP.match(line)
        and not BYLINE.match(line)
        and not URL.search(line)
    )


def _title_index(lines: list[str], before: int) -> int:
    """The headline-like line closest above `before` (the byline or first paragraph), else -1.

    Headlines seldom end with a full stop; a standfirst between headline and byline usually does.
    """
    candidates = [i for i in range(before - 1, -1, -1) if _is_headline(lines[i])]
    return next((i for i in candidates if not lines[i].endswith(".")), candidates[0] if candidates else -1)


def _is_wall(line: str) -> bool:
    return len(line.split()) <= 20 and has_paywall_message(line)
