"""Tell whether an extracted article is only part of the story (a paywall or sign-up preview).

Signals, strongest first: a sign-up wall right after the text's last paragraph, whatever the
markup says (`cut_at_wall` in the extracted text, `wall_follows` in the page after it);
schema.org `isAccessibleForFree: false`; a paywall message in the page's visible text ("Sign up to
read this article") next to a short body; the page's own word count far above what was read; text
that stops inside an open quotation or mid-sentence; a body shorter than the page's own
description. The whole article read outweighs a wall or a not-free mark: a page that marks the part
for subscribers (schema.org `hasPart` with its `cssSelector`, or a class saying so, as BLOX's
`subscriber-only`) and serves that part's text, read, or whose own word count was read, is no
preview, whatever sign-up box it also holds for readers without a subscription (metered sites).
Paywall phrases come from every language's resources (`digest.lang`) and are looked for only around
a cheap anchor of each (a literal stretch of the phrase), since running the whole pattern over a big
page costs milliseconds.
"""

from __future__ import annotations

import html as html_lib
import re
from enum import StrEnum
from functools import cache

from lxml.html import HtmlElement

from digest.lang import resources, supported
from digest.models import Article

SHORT_BODY_WORDS = 400


class Reason(StrEnum):
    """Why a text is only part of the story; each member's value is the sentence the reader is shown
    (the stated word count's is a template)."""

    NOT_FREE = "The publisher marks this article as subscriber-only, so this may be only the preview."
    WALL = "The page asks readers to sign up or subscribe for the rest; this is only the preview."
    PASTED_WALL = "The text stops at a sign-up wall, so this is only the preview."
    STATED_WORDS = "The page says the article has {stated} words, but only {words} could be read."
    OPEN_QUOTATION = "The text stops inside a quotation, so the rest is probably missing."
    MID_SENTENCE = "The text stops mid-sentence, so the rest is probably missing."
    SHORTER_THAN_SUMMARY = (
        "The text is shorter than the page's own summary, so most of it is probably missing."
    )


# All patterns run on lower-cased text: case-sensitive matching is several times faster on big pages.
NOT_FREE = re.compile(r"""isaccessibleforfree["']?\s*(?::|=|content=)\s*["']?(?:false|no|0)\b""")
WORD_COUNT = re.compile(r""""wordcount"\s*:\s*"?(\d{1,6})""")
NOT_FREE_KEYS = ("isAccessibleForFree", "isaccessibleforfree", "IsAccessibleForFree", "ISACCESSIBLEFORFREE")
WORD_COUNT_KEYS = ('"wordCount"', '"wordcount"', '"WordCount"')
MARKUP_WINDOW = 80
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
# A class naming the part of a page for subscribers only (the part itself, not the box asking to subscribe).
PAID_CLASSES = ("subscriber-only", "subscribers-only", "premium-content", "paid-content", "meteredContent")
PAID_MIN_WORDS = 40  # a marked part holding less is a teaser, or the marking of an empty placeholder
SELECTOR_NAME = re.compile(r"([.#])([\w-]+)")
WORD_RE = re.compile(r"\w+")
WHOLE_MIN_WORDS = 150  # a teaser is shorter: below this, markup saying "preview" is believed
WHOLE_SHARE = 0.8  # of the page's stated word count, read: the whole article
# The page's own say-so, which the whole article read outweighs (not what the text itself shows).
PAGE_REASONS = frozenset({Reason.WALL, Reason.NOT_FREE})
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
        while at >= 0 and _in_script(html, at):  # the same words in a Nuxt or Next.js state blob
            at = html.find(probe, at + 1)
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
    """Whether the page declares itself not free in schema.org markup, JSON-LD or a microdata `<meta>`:
    the same key in an app's state (a Next.js or Nuxt blob) may be another story's, or the site's."""
    for key in NOT_FREE_KEYS:
        at = html.find(key)
        while at >= 0:
            if NOT_FREE.match(html[at:at + MARKUP_WINDOW].lower()) and _schema_markup(html, at):
                return True
            at = html.find(key, at + 1)
    return False


def _schema_markup(html: str, at: int) -> bool:
    """Whether position `at` is inside a `<meta>` tag or a JSON-LD script."""
    if html[html.rfind("<", 0, at):][:5].lower() == "<meta":
        return True
    script = max(html.rfind("<script", 0, at), html.rfind("<SCRIPT", 0, at))
    return script >= 0 and "ld+json" in html[script:html.find(">", script, at) + 1].lower() and (
        html.find("</script", script, at) < 0
    )


def _in_script(html: str, at: int) -> bool:
    return html.rfind("<script", 0, at) > html.rfind("</script", 0, at)


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


def page_partial(article: Article, html: str, tree: HtmlElement, ld: dict, *,
                 walled: bool) -> tuple[bool, str | None]:
    """Whether the article read from the page is only a preview, and why (`detect_partial`; `walled`:
    the text stopped at a sign-up wall). A wall or a not-free mark does not count when the whole
    article was read: the page serves the part it marks for subscribers and that part was read, or
    the page's own word count was read."""
    walled = walled or wall_follows(article.text, html)
    found = (True, Reason.WALL) if walled else detect_partial(article, html)
    if found[0] and found[1] in PAGE_REASONS and article.word_count >= WHOLE_MIN_WORDS and (
        paid_part_read(tree, ld, article.text) or _stated_words_read(html, article.word_count)
    ):
        return detect_partial_text(article.text, article.description)
    return found


def squash(text: str) -> str:
    """`text` as its lower-cased words joined by single spaces, for comparing texts as words."""
    return " ".join(WORD_RE.findall(text.lower()))


def _stated_words(html: str) -> int:
    """The article's word count as the page states it (JSON-LD or meta), 0 when it states none."""
    return max((int(n) for n in WORD_COUNT.findall(_marked(html, WORD_COUNT_KEYS))), default=0)


def _stated_words_read(html: str, words: int) -> bool:
    stated = _stated_words(html)
    return stated >= WHOLE_MIN_WORDS and words >= WHOLE_SHARE * stated


def paid_part_read(tree: HtmlElement, ld: dict, text: str) -> bool:
    """Whether the page marks a part as for subscribers only and `text` holds it: the part holds
    text, and its longest paragraph is in `text`."""
    read = squash(text)
    for part in _paid_parts(tree, ld):
        words = part.text_content().split()
        if len(words) < PAID_MIN_WORDS:
            continue
        paragraphs = [squash(p.text_content()) for p in part.iter("p")]
        longest = max(paragraphs, key=len, default="") or squash(" ".join(words))
        if longest and longest in read:
            return True
    return False


def _paid_parts(tree: HtmlElement, ld: dict) -> list[HtmlElement]:
    """The elements the page marks as for subscribers: JSON-LD `hasPart` selectors (classes and ids),
    else the classes that name such a part."""
    classes, ids = [], []
    parts = ld.get("hasPart")
    for part in parts if isinstance(parts, list) else [parts]:
        selector = part.get("cssSelector") if isinstance(part, dict) else None
        if isinstance(selector, str):
            for kind, name in SELECTOR_NAME.findall(selector):
                (classes if kind == "." else ids).append(name)
    tests = [f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"
             for name in classes or PAID_CLASSES]
    tests += [f"@id='{name}'" for name in ids]
    return tree.xpath(f"//*[{' or '.join(tests)}]")


def detect_partial(article: Article, html: str | None) -> tuple[bool, str | None]:
    """Return (partial, reason): reason is one short sentence for the reader, None when complete."""
    words = article.word_count
    if html:
        if _not_free(html) and (words < SHORT_BODY_WORDS or detect_partial_text(article.text)[0]):
            # Many sites mark full articles served to us as not free; only a short or cut body counts.
            return True, Reason.NOT_FREE
        stated = _stated_words(html)
        if stated >= 100 and words < stated // 2:
            return True, Reason.STATED_WORDS.format(stated=stated, words=words)
        if words < SHORT_BODY_WORDS and _shows_paywall(html.lower(), article.text):
            return True, Reason.WALL
    return detect_partial_text(article.text, article.description)


def detect_partial_text(text: str, description: str | None = None) -> tuple[bool, str | None]:
    """The text-only signals: an open quotation, a cut sentence, a body shorter than its summary."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return False, None
    last = lines[-1].strip()
    if _open_quotation(last):
        return True, Reason.OPEN_QUOTATION
    if _cut_mid_sentence(last):
        return True, Reason.MID_SENTENCE
    if description and len(text) < 0.8 * len(description.strip()):
        return True, Reason.SHORTER_THAN_SUMMARY
    return False, None


def has_paywall_message(text: str) -> bool:
    """Whether the text asks the reader to sign up, subscribe or log in to read the rest."""
    return find_paywall(text.lower()) is not None


def find_paywall(lower: str, start: int = 0, *, cjk: bool = True) -> re.Match[str] | None:
    """The first paywall phrase in lower-cased `lower` from `start`, looked for only near its anchors
    (Chinese, Japanese and Korean phrases only when `cjk`)."""
    pattern, anchors, cjk_anchors = _paywall()
    best: re.Match[str] | None = None
    for anchor in (*anchors, *cjk_anchors) if cjk else anchors:
        at = lower.find(anchor, start)
        while at >= 0 and (best is None or at < best.start()):
            found = pattern.search(lower, max(start, at - ANCHOR_WINDOW), at + len(anchor) + ANCHOR_WINDOW)
            if found:
                if best is None or found.start() < best.start():
                    best = found
                break
            at = lower.find(anchor, at + 1)
    return best


@cache
def _paywall() -> tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]:
    """Every language's paywall phrases as one pattern, and the anchors it is run around: other
    scripts' anchors, then Chinese, Japanese and Korean ones. An anchor that holds another is left out."""
    langs = (resources(None), *(resources(code) for code in supported()))
    phrases = tuple(dict.fromkeys(phrase for lang in langs for phrase in lang.paywall_phrases))
    found = {_anchor(phrase) for phrase in phrases}
    anchors = sorted(a for a in found if not any(b != a and b in a for b in found))
    return (
        re.compile("|".join(phrases)),
        tuple(a for a in anchors if not CJK.search(a)),
        tuple(a for a in anchors if CJK.search(a)),
    )


def _anchor(phrase: str) -> str:
    """The longest literal stretch of a paywall phrase outside its groups: every match holds it."""
    runs: list[str] = []
    run, depth, i = "", 0, 0
    while i < len(phrase):
        char = phrase[i]
        if char in "?*+{":
            run = run[:-1]  # the quantified character may be missing
        if char in "\\()[?*+{.":
            runs.append(run)
            run = ""
            depth += {"(": 1, ")": -1}.get(char, 0)
            i += 2 if char == "\\" else 1
            if char == "[":
                i = phrase.index("]", i) + 1
            elif char == "{":
                i = phrase.index("}", i) + 1
            continue
        if char == "|" and depth == 0:
            raise ValueError(f"paywall phrase with a top-level alternative: {phrase!r}")
        if depth == 0:
            run += char
        i += 1
    anchor = max((*runs, run), key=len)
    if len(anchor.strip()) < 2:
        raise ValueError(f"paywall phrase without a literal anchor: {phrase!r}")
    return anchor


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
