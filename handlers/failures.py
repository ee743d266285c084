"""Failure sentences in the user's language.

The engine (`digest/`), storage and the process pool say what went wrong in one English sentence
(their own text, since they know nothing of languages). `localize` finds that sentence among the
known ones below (a sentence with a value in it, such as an HTTP status, is matched as a pattern)
and returns it translated; a sentence it does not know stays as it was.
"""

from __future__ import annotations

import re
from functools import cache

from handlers.i18n import N_, t

KNOWN = (
    # digest.web.fetch, digest.web.netguard
    N_("I can only open web links (http or https)."),
    N_("I won't open links that carry a user name or password."),
    N_("The site is too slow to answer; try again later."),
    N_("I couldn't reach that site; check the link or try again later."),
    N_("The site sent the page in a compressed form I can't read."),
    N_("That address is not public, so I won't open it."),
    N_("That is not a web link I can open; send one like https://example.com/story."),
    N_("I only open links on the usual web ports ({ports})."),
    N_("The link redirects too many times (more than {count}), so I stopped."),
    N_("The site says that page does not exist (HTTP {status})."),
    N_("The site refused to show me that page (HTTP {status})."),
    N_("The site asked me to slow down (HTTP 429); try again later."),
    N_("The site answered with an error (HTTP {status}); try again later."),
    N_("The site answered with an error (HTTP {status})."),
    N_("That link is not a web page I can read (it is {kind})."),
    N_("The page is too large to read (over {size})."),
    # digest.stories.topics
    N_(
        "A topic needs at least one word to look for, for example: "
        'climate, "interest rates" -crypto, or Kherson OR Odesa.'
    ),
    N_(
        "That topic is longer than {limit} characters; use a few key words instead, "
        'for example: "central bank" rates.'
    ),
    N_("A topic needs at least one word to look for besides the excluded ones, for example: tariffs -steel."),
    N_(
        "A quotation mark is not closed; put exact phrases between a pair of quotes, "
        'for example: "supply chain" ports.'
    ),
    # digest.feeds.opml, digest.feeds.parse
    N_("That file is not an OPML subscription list I can read."),
    N_("That OPML file lists no feeds (outlines with an xmlUrl)."),
    N_("That link is not a feed I can read."),
    # digest.article.extract, digest.article.pasted
    N_("I couldn't find an article on that page."),
    N_("I couldn't find an article in that text; paste the whole article or send its link."),
    # handlers.reading.pool, handlers.reading.links
    N_("Reading that page took too long, so I stopped; try another link."),
    N_("Reading that page failed on my side; please try again or send another link."),
    N_("I'm restarting and had to stop reading that page; please send the link again in a minute."),
    # storage.errors
    N_("The database is busy right now; please try again in a moment."),
    N_("The database is closed; please try again in a moment."),
    N_("The database failed; please try again in a moment."),
    N_(
        "That change conflicts with what is already stored, so it was not saved; "
        "please check it and try again."
    ),
    # storage.db_postgres
    N_("The connection to the database was lost; nothing of that was saved, please try again in a moment."),
    N_("The database server cannot be reached right now; please try again in a moment."),
    N_(
        "The database server has run out of disk space, so nothing was saved; "
        "free some space on it and try again."
    ),
)
# Values that are themselves words (what a link turned out to be), translated inside the sentence.
KINDS = (
    N_("a PDF"),
    N_("a zip archive"),
    N_("a compressed archive"),
    N_("an archive"),
    N_("JSON data"),
    N_("a file download"),
    N_("a Word document"),
    N_("plain text"),
    N_("an image"),
    N_("a video"),
    N_("an audio file"),
    N_("a font"),
)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    found = []
    for msgid in KNOWN:
        pieces = re.split(r"\{(\w+)\}", msgid)
        regex = "".join(
            re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>.+?)" for i, piece in enumerate(pieces)
        )
        found.append((re.compile(regex), msgid))
    return tuple(found)


def _word(locale: str | None, value: str) -> str:
    return t(locale, value) if value in KINDS else value


def localize(sentence: str, locale: str | None) -> str:
    """`sentence` (one of the known English failure sentences) in `locale`; unknown ones unchanged."""
    for pattern, msgid in _patterns():
        match = pattern.fullmatch(sentence)
        if match:
            values = {name: _word(locale, value) for name, value in match.groupdict().items()}
            return t(locale, msgid, **values)
    return sentence


def describe(err: BaseException, locale: str | None) -> str:
    """An exception whose text is a sentence for the user, in `locale`."""
    return localize(str(err), locale)
