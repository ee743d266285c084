"""Find the article inside pasted text: a whole copied news-app page, promos, captions and all.

The article starts at the first full paragraph; the lines above it are the header (app promos and
menus, outlet, section, author, headline, date). The headline is the headline-like line nearest
the byline or the first paragraph, the author comes from a "By X" byline or a name line, outlet
and date from the header (`digest.article.pastehead`), and the body is the prose after the header,
without furniture, up to a sign-up wall or a related-stories list, the lines of a sentence broken
over several joined.
Kept lines are verbatim, so digest sentences stay exact substrings of `Article.text`.
"""

from __future__ import annotations

import re

from digest.article.clean import LIST_HEADINGS, clean_text, is_boilerplate, join_broken_lines, normalize
from digest.article.dates import find_date
from digest.article.extract import MIN_CHARS, MIN_WORDS, UNSPACED_WORD_CHARS, guess_language, preview_sized
from digest.article.partial import Reason, detect_partial_text, is_wall
from digest.article.pastehead import person_line, publication, read_header, wire_source
from digest.article.textnorm import nfc
from digest.errors import ExtractionError
from digest.models import Article

NO_ARTICLE = "I couldn't find an article in that text; paste the whole article or send its link."
NAME_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*"
# "By Jane Doe", "Von Anna Schmidt", "di Marco Bianchi", "Автор: Анна Волкова": the word in any case,
# the name capitalised.
BYLINE = re.compile(
    r"^(?i:(?:(?:written|words|story|reporting|text|reported)\s+)?(?:by|von|par|por|di|door|av|af|autor:?|автор:?))"
    rf"\s+(?P<name>{NAME_WORD}(?:\s+(?i:and\s+|&\s+|und\s+|et\s+|e\s+|y\s+|и\s+)?"
    rf"(?:{NAME_WORD}|de|van|von|der|da|di|le|la|bin)){{0,7}})"
)
URL = re.compile(r"https?://[^\s<>\"']+")
# A line that ends by naming who did it ("Flipped into Island Life by Sam Tern", "Curated by Jo Lee").
CREDITED = re.compile(rf"\s(?:by|von|par|por)\s+{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}}$")
TIMESTAMP = re.compile(
    r"^(?:updated|published|posted|last updated|\d{1,2}:\d{2}|\d+\s+(?:min|mins|minutes|hours?|days?)\s+ago"
    r"|\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)
PROSE_END = re.compile(r"[.!?…\"”»“’)。！？」』]\s*$")
MAX_TITLE_WORDS = 30
MAX_TITLE_CHARS = 80  # a headline in a script written without spaces
PARAGRAPH_WORDS = 15
PARAGRAPH_CHARS = 60  # a paragraph in a script written without spaces
UNSPACED_PROSE_CHARS = 20  # a sentence in a script written without spaces
TITLE_CANDIDATES = 5
TITLE_FULL_WORDS = 15  # a headline this long is long enough; longer lines win nothing more
TITLE_BESIDE_META = 10  # the weight, in words, of standing next to the outlet, author or date


def article_from_text(text: str) -> Article:
    """Return the article in a pasted message, or raise ExtractionError when there is none."""
    lines = [line.strip() for line in nfc(text).splitlines()]
    lines = [line for line in lines if line]
    byline_at, author = _byline(lines)
    first = _first_paragraph(lines, byline_at)
    if first is None:
        raise ExtractionError(NO_ARTICLE)
    title_at = _title_index(lines, byline_at if 0 <= byline_at < first else first)
    header = read_header(lines, title_at, first)
    start = max(byline_at, title_at, *header.lines, -1) + 1
    body: list[str] = []
    wall = False
    # A sentence the copied page broke over lines reads as one (a quote and the words crediting it).
    rest = join_broken_lines("\n".join(lines[start:])).split("\n")
    for i, line in enumerate(rest):
        if is_wall(line):
            wall = True
            break
        if LIST_HEADINGS.match(normalize(line)) and body:
            break
        nxt = rest[i + 1] if i + 1 < len(rest) else ""
        if (_is_prose(line) or _leads_into_quote(line, nxt)) and not is_boilerplate(line):
            body.append(line)
    article_text = clean_text("\n".join(body))
    wall = wall or any(is_wall(line) for line in lines[:start])
    short = len(article_text.split()) < MIN_WORDS and len(article_text) < MIN_CHARS
    if short and not (wall and preview_sized(article_text)):
        raise ExtractionError(NO_ARTICLE)
    url = URL.search(text)
    article = Article(
        url=url.group(0).rstrip(".,);") if url else "",
        title=lines[title_at] if title_at >= 0 else "",
        outlet=header.outlet or wire_source(article_text),
        author=author or header.author,
        published=header.published,
        language=guess_language(article_text),
        text=article_text,
    )
    if wall:
        article.partial = True
        article.partial_reason = Reason.PASTED_WALL
    else:
        article.partial, article.partial_reason = detect_partial_text(article_text)
    return article


def _first_paragraph(lines: list[str], byline_at: int) -> int | None:
    """Where the article starts: the first full paragraph after the byline (else the first prose line).

    App promos above the headline ("All your news in one place.") are prose too, but short; a news
    paragraph runs to a dozen words or more. A paragraph followed by the author's name or the date
    before the next one is the standfirst, still part of the header.
    """
    prose = [i for i, line in enumerate(lines) if i > byline_at and _is_prose(line)]
    paragraphs = [i for i in prose if _is_paragraph(lines[i])]
    if not paragraphs:
        return prose[0] if prose else None
    for first, following in zip(paragraphs, [*paragraphs[1:], None], strict=True):
        between = lines[first + 1:following]
        if not any(person_line(line) or _is_dateline(line) for line in between):
            return first
    return paragraphs[0]


def _is_dateline(line: str) -> bool:
    return len(line.split()) <= 12 and find_date(line) is not None


def _is_paragraph(line: str) -> bool:
    words = len(line.split())
    unspaced = len(line) > UNSPACED_WORD_CHARS * words
    return words >= PARAGRAPH_WORDS or (unspaced and len(line) >= PARAGRAPH_CHARS)


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
    unspaced = len(line) > UNSPACED_WORD_CHARS * words
    sentence_long = words >= 4 or (unspaced and len(line) >= UNSPACED_PROSE_CHARS)
    asked = line[:1] in "—–" and words >= 3 and line.endswith("?")  # an interview's "– Что поменяли?"
    return ((sentence_long and bool(PROSE_END.search(line)))
            or words >= 20 or asked)


_QUOTE_OPENERS = "«»„“\"‘‹—–"
_QUOTE_CLOSERS = "»«“”\"’›"


def _leads_into_quote(line: str, nxt: str) -> bool:
    """A line that runs on into a quotation on the next one: a sentence introducing it with a colon
    (`Behrens will das Geld spenden:` before `„Wir geben es …“`), or a quotation broken at a comma
    (`„Wir geben es dem Tierheim, da haben wir unseren Hund geholt,` before `und die …“, sagt er.`)."""
    if len(line.split()) < 4 or not nxt:
        return False
    if line.endswith(":"):
        return nxt[0] in _QUOTE_OPENERS
    opened = line[0] in _QUOTE_OPENERS and not any(ch in _QUOTE_CLOSERS for ch in line[1:])
    return line.endswith(",") and opened


def _is_headline(line: str) -> bool:
    words = len(line.split())
    unspaced = len(line) > UNSPACED_WORD_CHARS * words
    return (
        (2 <= words <= MAX_TITLE_WORDS or (unspaced and len(line) <= MAX_TITLE_CHARS))
        and not is_boilerplate(line)
        and not TIMESTAMP.match(line)
        and not BYLINE.match(line)
        and not CREDITED.search(line)
        and not URL.search(line)
        and not line.endswith(":")
        and not person_line(line)
        and not publication(line)
        and not find_date(line)
    )


def _title_index(lines: list[str], before: int) -> int:
    """The headline above `before` (the byline or first paragraph), else -1.

    Of the few headline-like lines closest above that do not end with a full stop (a standfirst
    usually does), the one that is long and sits next to the author, the byline or the date: a
    section label or an app's button ("Start reading") is shorter, and a photo caption sits among
    the pictures rather than beside the byline.
    """
    candidates = [i for i in range(before - 1, -1, -1) if _is_headline(lines[i])]
    unstopped = [i for i in candidates if not lines[i].endswith(".")][:TITLE_CANDIDATES]
    if not unstopped:
        return candidates[0] if candidates else -1

    def score(i: int) -> tuple[int, int]:
        beside = any(0 <= j < len(lines) and _is_meta(lines[j]) for j in (i - 1, i + 1))
        return min(len(lines[i].split()), TITLE_FULL_WORDS) + (TITLE_BESIDE_META if beside else 0), i

    return max(unstopped, key=score)


def _is_meta(line: str) -> bool:
    """An author, byline or date line: what stands next to a headline in a header (an outlet's
    name does too, but so do an app's buttons)."""
    return bool(BYLINE.match(line) or person_line(line) or _is_dateline(line))
