"""Tell whether an extracted article is only part of the story (a paywall or sign-up preview).

Signals, strongest first: schema.org `isAccessibleForFree: false`; a paywall message in the page's
visible text ("Sign up to read this article") next to a short body; the page's own word count far
above what was read; text that stops inside an open quotation or mid-sentence; a body shorter
than the page's own description.
"""

from __future__ import annotations

import html as html_lib
import re

from digest.models import Article

SHORT_BODY_WORDS = 400
NOT_FREE_REASON = "The publisher marks this article as subscriber-only, so this may be only the preview."
WALL_REASON = "The page asks readers to sign up or subscribe for the rest; this is only the preview."
# All patterns run on lower-cased text: case-sensitive matching is several times faster on big pages.
NOT_FREE = re.compile(r"""isaccessibleforfree["']?\s*(?::|=|content=)\s*["']?(?:false|no|0)\b""")
WORD_COUNT = re.compile(r""""wordcount"\s*:\s*"?(\d{1,6})""")
PAYWALL = re.compile(
    r"sign up to read|subscribe to (?:read|continue)|register to (?:read|continue)"
    r"|(?:log|sign) in to (?:read|continue)|to continue reading"
    r"|continue reading (?:this|the) (?:article|story)"
    r"|read the full (?:article|story)|(?:for|to) subscribers only|only (?:for|to|available to) subscribers"
    r"|(?:is|are) (?:available|exclusive|reserved) (?:to|for) (?:subscribers|members)"
    r"|this (?:article|story|content) is for (?:subscribers|members)|unlock this (?:article|story)"
    r"|reached your (?:free )?(?:article )?limit|create a free account to (?:read|continue)"
    r"|become a (?:member|subscriber) to read|réservé aux abonnés|il vous reste \d+\s?%"
    r"|nur für abonnenten|jetzt abonnieren und weiterlesen|weiterlesen mit"
    r"|только для подписчиков|доступно только подписчикам|чтобы продолжить чтение"
    r"|чтобы прочитать (?:статью|полностью)"
)
HIDDEN = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.DOTALL)
TAG = re.compile(r"<[^>]*>")
QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“", "‚": "‘"}
CUT_ELLIPSIS = re.compile(r"\w(?:\.\.\.|…)$")
CREDIT_LINE = re.compile(r"^\(|\b(?:reporting|editing|writing|additional reporting) by\b", re.IGNORECASE)


def detect_partial(article: Article, html: str | None) -> tuple[bool, str | None]:
    """Return (partial, reason): reason is one short sentence for the reader, None when complete."""
    words = article.word_count
    if html:
        lower = html.lower()
        if NOT_FREE.search(lower) and (words < SHORT_BODY_WORDS or detect_partial_text(article.text)[0]):
            # Many sites mark full articles served to us as not free; only a short or cut body counts.
            return True, NOT_FREE_REASON
        stated = max((int(n) for n in WORD_COUNT.findall(lower)), default=0)
        if stated >= 100 and words < stated // 2:
            return True, f"The page says the article has {stated} words, but only {words} could be read."
        if words < SHORT_BODY_WORDS and has_paywall_message(_visible_text(lower)):
            return True, WALL_REASON
    return detect_partial_text(article.text, article.description)


def detect_partial_text(text: str, description: str | None = None) -> tuple[bool, str | None]:
    """The text-only signals: an open quotation, a cut sentence, a body shorter than its summary."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return False, None
    last = lines[-1].strip()
    if _open_quotation(last):
        return True, "The text stops inside a quotation, so the rest is probably missing."
    if _cut_mid_sentence(last):
        return True, "The text stops mid-sentence, so the rest is probably missing."
    if description and len(text) < 0.8 * len(description.strip()):
        return True, "The text is shorter than the page's own summary, so most of it is probably missing."
    return False, None


def has_paywall_message(text: str) -> bool:
    """Whether the text asks the reader to sign up, subscribe or log in to read the rest."""
    return bool(PAYWALL.search(text.lower()))


def _visible_text(html: str) -> str:
    return html_lib.unescape(TAG.sub(" ", HIDDEN.sub(" ", html)))


def _open_quotation(line: str) -> bool:
    """Whether the line ends with a quotation opened and never closed."""
    german = "„" in line or "‚" in line
    for opener, closer in QUOTE_PAIRS.items():
        if german != (opener in "„‚"):
            continue
        depth = 0
        for char in line:
            if char == opener:
                depth += 1
            elif char == closer and depth:
                depth -= 1
        if depth:
            return True
    return line.count('"') % 2 == 1


def _cut_mid_sentence(line: str) -> bool:
    """A paragraph that stops on a word or comma, or trails off in an ellipsis after a word.

    Lists, tag lines, credits, addresses and link-like endings are not sentences, so they never count.
    """
    words = line.split()
    if len(words) >= 6 and CUT_ELLIPSIS.search(line):
        return True
    if len(words) < 12 or line.startswith(("- ", "• ", "* ", "|")) or " | " in line:
        return False
    if CREDIT_LINE.search(line):
        return False
    if line.count(",") * 5 > len(words) or re.search(r"[./@:]", words[-1].rstrip(",")):
        return False
    last = line.rstrip(",")[-1]
    return last.isalpha() and last.islower()
