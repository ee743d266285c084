"""Say in text what a page says in markup, before its main text is read.

A quotation set as a `<blockquote>` carries no quote marks on the page, and the text extractor keeps
only its words: where the sentence before it introduces it with a colon ("In a statement, the board
said:") it is speech, so its paragraphs get the language's quotation marks, each opened and only the
last closed, as news copy prints a quotation of several paragraphs; so does one that ends in its own
short credit line (a `<footer>` or `<cite>`: "— Ann Lee, harbour master"), which becomes a line of its
own without the dash (a dash opens a quotation in dialogue). A blockquote with marks of its own is
left as it is (a pull quote, de-duplicated later), and so is an embedded social
post (tweet, Instagram, Telegram, TikTok, Facebook, Bluesky, Mastodon, Threads): its words are the
post's, shown, not speech the article reports, and stay in the text without marks, even those it
quotes (a paper's post quoting a speaker the body quotes too is no second quote).

An inline quotation set as a `<q>` also has its marks drawn by the browser, not written: it gets the
language's marks (the second pair inside another `<q>`) and its words stay in their sentence (the text
extractor would otherwise set them apart, cutting "…», dijo X" from the quote).

An old page laid out in a table (the article in a cell, its paragraphs parted by `<br>`) is read as
blocks, not as one table row: a table whose cell holds prose becomes nested blocks.
"""

from __future__ import annotations

import re

from lxml.etree import XPath
from lxml.html import HtmlElement

from digest.lang import resources

EMBED = re.compile(
    r"tweet|twitter|instagram|instgrm|tiktok|facebook|fb-|telegram|bluesky|mastodon|threads|reddit"
    r"|social|embed",
    re.IGNORECASE,
)
SOCIAL_HOSTS = re.compile(
    r"//(?:[\w-]+\.)*(?:twitter\.com|x\.com|instagram\.com|t\.me|telegram\.me|facebook\.com|tiktok\.com"
    r"|bsky\.app|threads\.net|reddit\.com)/",
    re.IGNORECASE,
)
# Marks that open or close a quotation (not ’, the apostrophe of "l’été" and "board’s").
QUOTE_CHARS = frozenset("\"“”„«»‘‚‹›「」『』")
UNQUOTE = str.maketrans("", "", "".join(QUOTE_CHARS))
DASHES = "—–―-~ "
CREDIT_WORDS = 12  # a name and a role, no more
EMBED_DEPTH = 3  # a post's wrapper (figure, div) names the embed this far above its blockquote
BLOCKS = ("p", "div", "li")
HIDDEN = frozenset({"script", "style", "noscript", "template"})  # an ad's script between intro and quote
INLINE_QUOTE = re.compile(r"<q[\s>]", re.IGNORECASE)
LAST_TEXT = XPath("(.//text()[normalize-space()])[last()]")
LAYOUT_TABLE_WORDS = 60  # a cell with this much text, parted by line breaks, is a page's column
INLINE = frozenset({"font", "b", "i", "em", "strong", "span", "small", "big", "u", "a", "center"})
LAYOUT_TAGS = {"table": "div", "tbody": "div", "thead": "div", "tfoot": "div", "tr": "div", "td": "div",
               "th": "div"}


def quote_blockquotes(tree: HtmlElement, html: str, language: str | None) -> None:
    """Give a blockquote of speech, introduced by a colon or credited in its own footer, the quotation
    marks of `language` (the page's source `html` tells first whether it has any blockquote)."""
    if "<blockquote" not in html and "<BLOCKQUOTE" not in html:
        return
    opening, closing = resources(language).quote_pairs[0]
    for block in tree.iter("blockquote"):
        words = block.text_content()
        if not words.strip():
            continue
        if _embedded(block):
            if QUOTE_CHARS.intersection(words):
                _unquote(block)
            continue
        if QUOTE_CHARS.intersection(words):
            continue
        credit = _credit(block)
        if credit is None and not _text_before(block).rstrip().endswith(":"):
            continue
        paragraphs = [p for p in block.iterdescendants(*BLOCKS) if _holds_text(p) and not any(
            _holds_text(inner) for inner in p.iterdescendants(*BLOCKS)) and not _holds(p, credit)]
        if not paragraphs:
            if credit is not None:
                continue
            paragraphs = [block]
        for paragraph in paragraphs:
            _open(paragraph, opening)
        _close(paragraphs[-1], closing)
        if credit is not None:
            credit.tag = "p"  # a line of its own after the quotation, where the extractor keeps it
            _strip_dash(credit)


def quote_inline(tree: HtmlElement, html: str, language: str | None) -> None:
    """Give each `<q>` the quotation marks of `language` (none where its words have their own), as a
    browser draws them, and leave its words in their paragraph; not inside an embedded social post."""
    if not INLINE_QUOTE.search(html):
        return
    pairs = resources(language).quote_pairs
    for q in list(tree.iter("q")):
        post = next((b for b in q.iterancestors("blockquote") if _embedded(b)), None)
        words = q.text_content()
        if post is None and words.strip() and not QUOTE_CHARS.intersection(words):
            opening, closing = pairs[min(sum(1 for _ in q.iterancestors("q")), len(pairs) - 1)]
            _open(q, opening)
            _close(q, closing)
    for q in list(tree.iter("q")):
        q.drop_tag()


def _unquote(block: HtmlElement) -> None:
    """Take the quotation marks out of an embedded post's text: what it quotes is the post's, neither
    the article's speech nor, shown again beside the paragraph that quotes it, a second quote."""
    for el in block.iter():
        if isinstance(el.tag, str):
            el.text = _without_marks(el.text)
        el.tail = _without_marks(el.tail) if el is not block else el.tail


def _without_marks(text: str | None) -> str | None:
    return text.translate(UNQUOTE) if text else text


def _credit(block: HtmlElement) -> HtmlElement | None:
    """The blockquote's own short credit line ("— Ann Lee, harbour master") in a `<footer>` or `<cite>`
    that ends it."""
    for el in block.iter("footer", "cite"):
        text = el.text_content().strip()
        if text and len(text.split()) <= CREDIT_WORDS and block.text_content().rstrip().endswith(text):
            return el
    return None


def _strip_dash(el: HtmlElement) -> None:
    """Drop the dash that opens a credit line ("— Ann Lee"), from its first text."""
    if (el.text or "").strip():
        el.text = el.text.lstrip().lstrip(DASHES).lstrip()
    elif len(el) and isinstance(el[0].tag, str):
        _strip_dash(el[0])


def _holds(el: HtmlElement, inner: HtmlElement | None) -> bool:
    return inner is not None and (el is inner or any(a is el for a in inner.iterancestors()))


def read_layout_tables(tree: HtmlElement, html: str) -> None:
    """Read a page laid out in a table as blocks: a table holding a cell of prose parted by line
    breaks (an article in a page's column), with every table around it, becomes nested blocks."""
    if "<td" not in html and "<TD" not in html:
        return
    cells = {}
    for br in tree.iter("br"):  # the cells holding line breaks, through inline wrappers (<font>, <b>)
        el = br.getparent()
        while el is not None and el.tag in INLINE:
            el = el.getparent()
        if el is not None and el.tag == "td":
            cells[el] = None
    for cell in cells:
        if len(cell.text_content().split()) < LAYOUT_TABLE_WORDS:
            continue
        outer = None
        for ancestor in cell.iterancestors("table"):
            outer = ancestor
        if outer is not None:
            for el in list(outer.iter(*LAYOUT_TAGS)):
                el.tag = LAYOUT_TAGS[el.tag]
            return


def _holds_text(el: HtmlElement) -> bool:
    return bool(el.text_content().strip())


def _embedded(block: HtmlElement) -> bool:
    """A social post embedded in the page: named so in its own or a near wrapper's class or tag, marked
    by a data attribute of its service, or linking to the service's post."""
    el: HtmlElement | None = block
    for _ in range(EMBED_DEPTH + 1):
        if el is None:
            break
        if EMBED.search(f"{el.tag} {el.get('class') or ''} {el.get('id') or ''}"):
            return True
        el = el.getparent()
    if any(name.startswith("data-") and EMBED.search(name) for name in block.attrib):
        return True
    return any(SOCIAL_HOSTS.search(a.get("href") or "") for a in block.iter("a")) or bool(
        SOCIAL_HOSTS.search(block.get("cite") or "")
    )


def _text_before(block: HtmlElement) -> str:
    """The visible text right before the blockquote: the nearest earlier sibling's tail or text, else
    the text opening its parent, looked for up through wrappers that hold nothing else."""
    el = block
    while el is not None:
        previous = el.getprevious()
        while previous is not None:
            if (previous.tail or "").strip():
                return previous.tail
            if isinstance(previous.tag, str) and previous.tag not in HIDDEN and (last := LAST_TEXT(previous)):
                return str(last[0])
            previous = previous.getprevious()
        parent = el.getparent()
        if parent is None:
            return ""
        if (parent.text or "").strip():
            return parent.text
        el = parent
    return ""


def _open(el: HtmlElement, mark: str) -> None:
    """Put `mark` before the first visible text in `el`."""
    if (el.text or "").strip():
        el.text = mark + el.text.lstrip()
        return
    for child in el:
        if isinstance(child.tag, str) and child.text_content().strip():
            _open(child, mark)
            return
        if (child.tail or "").strip():
            child.tail = mark + child.tail.lstrip()
            return


def _close(el: HtmlElement, mark: str) -> None:
    """Put `mark` after the last visible text in `el`."""
    for child in reversed(el):
        if (child.tail or "").strip():
            child.tail = child.tail.rstrip() + mark
            return
        if isinstance(child.tag, str) and child.text_content().strip():
            _close(child, mark)
            return
    el.text = (el.text or "").rstrip() + mark
