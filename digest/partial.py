"""Tell whether an extracted article is only part of the story (a paywall or sign-up preview).

Signals, strongest first: a sign-up wall right after the text's last paragraph, whatever the
markup says (`cut_at_wall` in the extracted text, `wall_follows` in the page after it);
schema.org `isAccessibleForFree: false`; a paywall message in the page's visible text ("Sign up to
read this article") next to a short body; the page's own word count far above what was read; text
that stops inside an open quotation or mid-sentence; a body shorter than the page's own
description. Paywall phrases are looked for only around a few cheap anchor words, since running
the whole pattern over a big page costs milliseconds.
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
NOT_FREE_KEYS = ("isAccessibleForFree", "isaccessibleforfree", "IsAccessibleForFree", "ISACCESSIBLEFORFREE")
WORD_COUNT_KEYS = ('"wordCount"', '"wordcount"', '"WordCount"')
MARKUP_WINDOW = 80
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
    r"|有料会員|会員限定|続きを読むには|残り\d+文字|付费阅读|订阅后阅读|会员专享|會員專屬|유료\s?회원|구독자\s?전용"
)
# Every PAYWALL phrase holds one of these; the pattern runs only around them (it is slow on a whole page).
PAYWALL_ANCHORS = (
    "to read", "to continue", "continue reading", "read the full", "subscribers", "for members", "to members",
    "unlock this", "reached your", "abonn", "vous reste", "weiterlesen", "подписчик", "продолжить",
    "прочитать",
)
CJK_ANCHORS = ("有料", "会員", "続き", "残り", "付费", "订阅", "会员", "會員", "유료", "구독")
CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
ANCHOR_WINDOW = 40  # characters on either side of an anchor that a phrase can reach
WALL_LINE_WORDS = 20
WALL_PROBE_CHARS = 40  # the end of the last paragraph, looked for in the page
WALL_SCAN_CHARS = 3000  # how much page after it is read for a wall
WALL_GAP_CHARS = 80  # at most this much visible text (closing words, a heading) before the wall
WALL_REST_WORDS = 60  # more text than this after the wall is the article going on, not promos
HIDDEN = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.DOTALL)
TAG = re.compile(r"<[^>]*>")
QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“", "‚": "‘"}
CUT_ELLIPSIS = re.compile(r"\w(?:\.\.\.|…)$")
CREDIT_LINE = re.compile(r"^\(|\b(?:reporting|editing|writing|additional reporting) by\b", re.IGNORECASE)


def cut_at_wall(text: str) -> str | None:
    """`text` up to a sign-up wall that follows its paragraphs, or None when there is no such wall.

    A wall line ("Sign up to read this article") counts when what follows it is short: an app's
    promo lines, not the rest of an article that a subscribe box happens to interrupt.
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i and is_wall(line) and len(" ".join(lines[i + 1:]).split()) <= WALL_REST_WORDS:
            return "\n".join(lines[:i])
    return None


def wall_follows(text: str, html: str) -> bool:
    """Whether the page shows a sign-up wall right after the text's last paragraph (in a part of
    the page the extractor left out). Only the stretch of page after that paragraph is read."""
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    for probe in (last[-WALL_PROBE_CHARS:], last[-WALL_PROBE_CHARS // 2:]):
        at = html.find(probe) if len(probe) >= WALL_PROBE_CHARS // 2 else -1
        if at >= 0:
            after = " ".join(_visible_text(html[at + len(probe):at + WALL_SCAN_CHARS].lower()).split())
            wall = find_paywall(after, cjk=CJK.search(last) is not None)
            return wall is not None and wall.start() <= WALL_GAP_CHARS
    return False


def is_wall(line: str) -> bool:
    """A short line asking the reader to sign up, subscribe or log in to read on."""
    return len(line.split()) <= WALL_LINE_WORDS and has_paywall_message(line)


def page_has_wall(html: str, text: str) -> bool:
    """Whether the page marks itself subscriber-only or shows a sign-up or paywall message.

    `text` is the article's text: its script tells which paywall phrases are worth looking for.
    """
    return _not_free(html) or _shows_paywall(html.lower(), text)


def _not_free(html: str) -> bool:
    return NOT_FREE.search(_marked(html, NOT_FREE_KEYS)) is not None


def _marked(html: str, keys: tuple[str, ...]) -> str:
    """The lower-cased stretches of `html` around each spelling of a markup key (lower-casing and
    searching the whole page costs more than finding a key that most pages do not have)."""
    parts = []
    for key in keys:
        at = html.find(key)
        while at >= 0:
            parts.append(html[at:at + MARKUP_WINDOW].lower())
            at = html.find(key, at + 1)
    return "\n".join(parts)


def _shows_paywall(lower: str, text: str) -> bool:
    cjk = CJK.search(text) is not None
    return find_paywall(lower, cjk=cjk) is not None and has_paywall_message(_visible_text(lower))


def detect_partial(article: Article, html: str | None) -> tuple[bool, str | None]:
    """Return (partial, reason): reason is one short sentence for the reader, None when complete."""
    words = article.word_count
    if html:
        if _not_free(html) and (words < SHORT_BODY_WORDS or detect_partial_text(article.text)[0]):
            # Many sites mark full articles served to us as not free; only a short or cut body counts.
            return True, NOT_FREE_REASON
        stated = max((int(n) for n in WORD_COUNT.findall(_marked(html, WORD_COUNT_KEYS))), default=0)
        if stated >= 100 and words < stated // 2:
            return True, f"The page says the article has {stated} words, but only {words} could be read."
        if words < SHORT_BODY_WORDS and _shows_paywall(html.lower(), article.text):
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
    return find_paywall(text.lower()) is not None


def find_paywall(lower: str, start: int = 0, *, cjk: bool = True) -> re.Match[str] | None:
    """The first paywall phrase in lower-cased `lower` from `start`, looked for only near its anchors
    (Chinese, Japanese and Korean phrases only when `cjk`)."""
    best: re.Match[str] | None = None
    for anchor in (*PAYWALL_ANCHORS, *CJK_ANCHORS) if cjk else PAYWALL_ANCHORS:
        at = lower.find(anchor, start)
        while at >= 0 and (best is None or at < best.start()):
            found = PAYWALL.search(lower, max(start, at - ANCHOR_WINDOW), at + len(anchor) + ANCHOR_WINDOW)
            if found:
                if best is None or found.start() < best.start():
                    best = found
                break
            at = lower.find(anchor, at + 1)
    return best


def _visible_text(html: str) -> str:
    return html_lib.unescape(TAG.sub(" ", HIDDEN.sub(" ", html)))


def _open_quotation(line: str) -> bool:
    """Whether the line ends with a quotation opened and never closed."""
    return open_quotation_at(line) is not None


def open_quotation_at(line: str) -> int | None:
    """Where the quotation that `line` leaves open starts (the index of its mark), or None."""
    german = "„" in line or "‚" in line
    for opener, closer in QUOTE_PAIRS.items():
        if german != (opener in "„‚"):
            continue
        opened: list[int] = []
        for i, char in enumerate(line):
            if char == opener:
                opened.append(i)
            elif char == closer and opened:
                opened.pop()
        if opened:
            return opened[0]
    if line.count('"') % 2 == 1:
        return line.rindex('"')
    return None


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
