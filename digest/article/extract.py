"""Find the article in a decoded HTML page: main text via trafilatura, metadata from markup.

Metadata comes from schema.org JSON-LD, OpenGraph and other meta tags, microdata, the publisher an
aggregator shows on the article, the byline's `<time>` or date and the `<html lang>` attribute;
trafilatura's (and htmldate's) guesses fill only the fields that markup leaves out, worked out
when needed (they cost more than the text itself on many pages). The text is trafilatura's
precision-leaning extraction (comments off), cut at a sign-up wall, run through `clean_text`, and
returned in Unicode NFC. Nothing here touches the network; the function is synchronous and
CPU-bound so callers can run it in a process pool.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from itertools import pairwise
from urllib.parse import urljoin

import trafilatura
from lxml.html import HtmlElement
from trafilatura import metadata as tm
from trafilatura.settings import Document, set_date_params

from digest.article.clean import clean_text, join_broken_lines
from digest.article.dates import find_date, says_published
from digest.article.markup import quote_blockquotes, quote_inline, read_layout_tables
from digest.article.partial import WORD_RE, cut_at_wall, page_has_wall, page_partial, squash
from digest.article.textnorm import nfc
from digest.errors import ExtractionError
from digest.lang import detect, function_word_sets
from digest.models import Article

NO_ARTICLE = "I couldn't find an article on that page."
MIN_WORDS = 25
MIN_CHARS = 250  # for scripts written without spaces (Chinese, Japanese)
FALLBACK_MIN_WORDS = 120
PREVIEW_WORDS = 15  # a teaser behind a paywall needs one paragraph this long ...
PREVIEW_CHARS = 40  # ... or this long in a script written without spaces
UNSPACED_WORD_CHARS = 15  # more characters than this per space-separated "word": no spaces in the script
ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "socialmediaposting", "report",
    "liveblogposting", "scholarlyarticle", "techarticle", "review",
}
# The commonest function words per language, from each language's resources in digest/lang.
STOPWORD_SETS = function_word_sets()
GAP_CHARS = 25  # an "Advertisement" label between the parts of a split article body
BODY_CLASS = re.compile(r"body|content|text", re.IGNORECASE)
NOT_BODY_CLASS = re.compile(
    r"comment|repl|related|teaser|promo|card|sidebar|footer|nav|caption", re.IGNORECASE
)
INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\s]")
TITLE_SEPARATOR = re.compile(r"\s+[-|–—:·•»]\s+")
SENTENCE_END = re.compile(r"[.!?…。！？\"”»')]\s*$")
LIVE_PARAGRAPH_CHARS = 30
# Readers' comments named in other languages than English (trafilatura drops 'comment…' itself).
COMMENTS_NAMES = (
    "kommentare", "comentarios", "comentários", "commenti", "komentarze", "reacties", "коментарі",
    "комментарии",
)
COMMENTS_CLASS = re.compile(r"(?<![^\W_])(?:" + "|".join(COMMENTS_NAMES) + r")(?![^\W_])", re.IGNORECASE)
# A fast first look for those names in the source of the page's body, and the body's elements whose
# class or id may hold one (read through the attributes: twice as fast): the six letters after each
# name's first (so that either case of it matches), shared by several names.
COMMENTS_STEMS = tuple(dict.fromkeys(name[1:7] for name in COMMENTS_NAMES))
COMMENTS_XPATH = "(.//@class|.//@id)[" + " or ".join(f"contains(., '{s}')" for s in COMMENTS_STEMS) + "]/.."
TIME_CLASS = re.compile(r"(?<![a-z])(?:time|timestamp|date)(?![a-z])", re.IGNORECASE)
CAPTION_WORDS = 40
CAPTION_MIN_TOKENS = 5  # shorter lines ("16-inch MacBook Pro") are as likely a subheading as a caption
LIST_HEADING_WORDS = 6
HEAD_LINES = 3  # a headline or standfirst repeated this far into the text is still page furniture
BYLINE = re.compile(r"^(?:by|von|par|por|de|автор:?)\s+\S+(?:\s+\S+){0,6}$", re.IGNORECASE)
DATE_CLASS = re.compile(r"date|time|byline|meta|publish|posted|author|info", re.IGNORECASE)
NOT_ARTICLE_TAGS = frozenset({"footer", "aside", "nav"})
DATE_TEXT_CHARS = 150
SOURCE_XPATH = (
    "//@class[contains(., 'source') or contains(., 'provider') or contains(., 'publisher')"
    " or contains(., 'outlet')]/.."
)
SOURCE_CLASS = re.compile(r"(?<![a-z])(?:source|provider|publisher|outlet)(?![a-z])", re.IGNORECASE)
SOURCE_CHARS = 60
SOURCE_WORDS = 6
CREDIT_WORDS = re.compile(r"\b(?:image|photo|foto|picture|getty|credit)\b|[:©()]", re.IGNORECASE)


def extract_article(html: str, url: str | None = None) -> Article:
    """Return the article in `html` (decoded text), or raise ExtractionError if there is none."""
    if not isinstance(html, str):
        raise TypeError("extract_article takes decoded text, not bytes")
    try:
        return _composed(_extract(html, url))
    except ExtractionError:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, AttributeError, LookupError) as exc:
        # Hostile or broken markup can trip the parser or trafilatura's tree walks.
        raise ExtractionError(NO_ARTICLE) from exc


def _extract(html: str, url: str | None) -> Article:
    tree = trafilatura.load_html(html)
    if tree is None:
        raise ExtractionError(NO_ARTICLE)
    meta, ld = _meta_tags(tree), _json_ld_article(tree)
    markup = _markup_metadata(tree, url, meta, ld)
    quote_blockquotes(tree, html, markup.get("language"))
    quote_inline(tree, html, markup.get("language"))
    read_layout_tables(tree, html)
    if _names_comments(html):
        _drop_comment_sections(tree)
    _join_live_entries(tree, live="liveblogposting" in _ld_types(ld))
    _join_split_body(tree)
    doc = _trafilatura(tree, url, favor_precision=True)
    guess = _Guess(tree, url)
    title = markup.get("title") or _verbatim_title(tree, guess.title())
    author = markup.get("author") or guess.author()
    head = _Head.of(tree, meta, ld, title, author, [url, markup.get("canonical")])
    text, walled = _body(doc, head, tree)
    if not _long_enough(text):
        # Precision mode sometimes prunes a whole article; the balanced mode, held to a higher bar
        # so that link lists and log-in forms still fail, gets a second try on the same prepared page
        # (trafilatura reads a copy of it).
        second = _trafilatura(tree, url, favor_precision=False)
        second_text, second_walled = _body(second, head, tree)
        if len(second_text.split()) >= FALLBACK_MIN_WORDS:
            doc, text, walled = doc or second, second_text, second_walled
    if not _long_enough(text) and not (preview_sized(text) and page_has_wall(html, text)):
        raise ExtractionError(NO_ARTICLE)
    base = markup.get("canonical") or url
    image = markup.get("image") or guess.meta.image
    article = Article(
        url=url or markup.get("canonical") or "",
        title=title,
        outlet=markup.get("outlet") or guess.sitename(),
        author=author,
        published=markup.get("published") or _page_date(tree) or _written_date(guess.date(), html),
        language=markup.get("language") or guess_language(text),
        canonical_url=markup.get("canonical") or guess.url() or url,
        image=urljoin(base, image) if image and base else image,
        description=markup.get("description") or guess.meta.description or None,
        text=text,
    )
    article.partial, article.partial_reason = page_partial(article, html, tree, ld, walled=walled)
    return article


def _page_date(tree: HtmlElement) -> str | None:
    """The date in the article's `<time>` or byline, before anything a footer or a side list says.

    Read only when the page states no date in markup: a `<time datetime>` or a short date-like
    element (class or id naming a date, time, byline or meta line), else a short line that says
    when it was published ("publiziert am 25. September 2018"), outside footers, asides, navigation
    and related-story lists; the first one in the page wins.
    """
    for el in tree.iter("time", "span", "div", "p", "li", "small", "abbr"):
        if el.tag == "time":
            found = _iso(el.get("datetime")) or find_date(" ".join(el.text_content().split()))
        elif DATE_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            text = " ".join(el.text_content().split())
            found = find_date(text) if len(text) <= DATE_TEXT_CHARS else None
        else:
            continue
        if found and not _in_furniture(el):
            return found
    for node in tree.xpath("//text()[contains(., '19') or contains(., '20')]"):
        text = " ".join(str(node).split())
        if len(text) <= DATE_TEXT_CHARS and says_published(text) and (found := find_date(text)):
            parent = node.getparent()
            if parent is not None and not _in_furniture(parent):
                return found
    return None


def _written_date(found: str | None, html: str) -> str | None:
    """htmldate's date, unless it is a bare year read as 1 January (a footer's "© 2026")."""
    if not found or found[4:10] != "-01-01":
        return found or None
    year = found[:4]
    spelled = (f"{year}-01-01", f"{year}/01/01", f"01.01.{year}", f"01/01/{year}")
    return found if any(form in html for form in spelled) else None


def _in_furniture(el: HtmlElement) -> bool:
    """Inside a footer, aside, navigation, side list, or a site header (one holding the navigation)."""
    for ancestor in el.iterancestors():
        if ancestor.tag in NOT_ARTICLE_TAGS or NOT_BODY_CLASS.search(ancestor.get("class") or ""):
            return True
        if ancestor.tag == "header" and next(ancestor.iter("nav"), None) is not None:
            return True
    return False


def _composed(article: Article) -> Article:
    """The article's text fields in Unicode NFC (some CMSs write "ü" as u + a combining mark)."""
    for name in ("title", "outlet", "author", "description", "text"):
        value = getattr(article, name)
        if value:
            setattr(article, name, nfc(value))
    return article


def _names_comments(html: str) -> bool:
    """Whether the source of the page's body holds one of the names for readers' comments (a fast
    first look; from the top of the page when it has no `<body` tag in lower case)."""
    body = max(html.find("<body"), 0)
    return any(html.find(stem, body) >= 0 for stem in COMMENTS_STEMS)


def _drop_comment_sections(tree: HtmlElement) -> None:
    """Drop readers' comments that the page names in its own language ('kommentare', 'comentarios'):
    trafilatura knows only the English name, and a comment in quote marks reads as a quote. A block
    holding most of the page's text is the article itself, whatever it is called."""
    body = next(tree.iter("body"), None)
    total = None
    for el in body.xpath(COMMENTS_XPATH) if body is not None else ():
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not COMMENTS_CLASS.search(names) or el.getparent() is None:
            continue
        total = _text_len(body) if total is None else total
        if _text_len(el) * 2 < total:
            el.drop_tree()


def _join_live_entries(tree: HtmlElement, *, live: bool) -> None:
    """Read a live blog's entries as one article: each entry is an `<article>` of its own (or, on a page
    calling itself a live blog, a block of its own), siblings of one class, and trafilatura would read
    only the first. Entries are told from a list of story
    cards by the page calling itself a live blog in JSON-LD, or by each entry bearing its time; never
    when a story of another class stands among them, nor when they are named as cards or teasers."""
    parents = {id(parent): parent for el in tree.iter("article") if (parent := el.getparent()) is not None}
    tags: tuple[str, ...] = ("article",)
    if live:  # a declared live blog may set its entries as blocks of one class (`<div class="post">`)
        timed = (p for el in tree.iter("time") for p in el.iterancestors("div", "ul", "section"))
        parents.update((id(p), p) for p in timed)
        tags = ("article", "div", "li", "section")
    for parent in parents.values():
        groups: dict[str, list[HtmlElement]] = {}
        for entry in parent.iterchildren(*tags):
            if any(len(p.text_content().strip()) > LIVE_PARAGRAPH_CHARS for p in entry.iter("p")):
                groups.setdefault(f"{entry.tag} {entry.get('class') or ''}", []).append(entry)
        if len(groups) != 1:
            continue
        for name, entries in groups.items():
            if len(entries) < 2 or NOT_BODY_CLASS.search(name) or _in_furniture(entries[0]):
                continue
            if live or all(_bears_time(entry) for entry in entries):
                if not any(ancestor.tag == "article" for ancestor in parent.iterancestors()):
                    parent.tag = "article"
                for entry in entries:
                    # Sections without their class: the extractor reads the first 'entry' or 'post' alone.
                    entry.tag = "section"
                    entry.attrib.pop("class", None)


def _bears_time(el: HtmlElement) -> bool:
    return next(el.iter("time"), None) is not None or any(
        TIME_CLASS.search(child.get("class") or "") for child in el.iter() if isinstance(child.tag, str)
    )


def _ld_types(obj: dict) -> set[str]:
    """A JSON-LD object's `@type`s, in lower case (one name or a list of them)."""
    types = obj.get("@type")
    return {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}


def _join_split_body(tree: HtmlElement) -> None:
    """Join an article body that the page splits into several like containers (ads between them)."""
    groups: dict[tuple[str, str], list[HtmlElement]] = {}
    for el in tree.iter("div", "section", "article"):
        cls = el.get("class") or ""
        if BODY_CLASS.search(cls) and not NOT_BODY_CLASS.search(cls) and _paragraphs(el) >= 2:
            groups.setdefault((el.tag, cls), []).append(el)
    for parts in groups.values():
        if len(parts) < 2 or not _only_ads_between(parts):
            continue
        first = parts[0]
        for part in parts[1:]:
            first.extend(list(part))
            part.getparent().remove(part)


def _only_ads_between(parts: list[HtmlElement]) -> bool:
    """Whether the parts are siblings in spirit: apart, with next to no text between them but ads'
    labels and boxes linking to other stories (related links, teasers, asides)."""
    ancestor = parts[0].getparent()
    while ancestor is not None and not all(ancestor in part.iterancestors() for part in parts[1:]):
        ancestor = ancestor.getparent()
    if ancestor is None or ancestor in parts:
        return False
    between = _text_len(ancestor) - sum(_text_len(part) for part in parts)
    gap = GAP_CHARS * (len(parts) - 1)
    if between <= gap:
        return True
    # Only what stands between the first part and the last counts (not a headline above them).
    between -= _beside_len(ancestor, parts[0], preceding=True)
    between -= _beside_len(ancestor, parts[-1], preceding=False)
    return between - _boxes_len(ancestor, parts) <= gap


def _beside_len(ancestor: HtmlElement, part: HtmlElement, *, preceding: bool) -> int:
    """The text before (or after) `part` inside `ancestor`."""
    total, el = 0, part
    while el is not ancestor:
        tails = [] if preceding else [el.tail]
        for sibling in el.itersiblings(preceding=preceding):
            total += _text_len(sibling)
            tails.append(sibling.tail)
        parent = el.getparent()
        tails.append(parent.text if preceding else None)
        total += sum(len("".join(t.split())) for t in tails if t)
        el = parent
    return total


def _boxes_len(ancestor: HtmlElement, parts: list[HtmlElement]) -> int:
    """The text of the link boxes between the first part and the last: asides, elements named as
    related stories or teasers, and links."""
    order = {el: i for i, el in enumerate(ancestor.iter())}  # the elements themselves: lxml keeps one proxy
    lo, hi = order[parts[0]], order[parts[-1]]
    inside = set(parts)
    total, stack = 0, list(ancestor)
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or el in inside:
            continue
        box = el.tag in ("a", "aside") or NOT_BODY_CLASS.search(el.get("class") or "")
        if box and lo < order[el] < hi:
            total += _text_len(el)
        else:
            stack.extend(el)
    return total


def _text_len(el: HtmlElement) -> int:
    return len("".join(el.text_content().split()))


def _paragraphs(el: HtmlElement) -> int:
    return sum(1 for p in el.iterchildren("p") if len(p.text_content().strip()) > 30)


def _verbatim_title(tree: HtmlElement, title: str | None) -> str:
    """trafilatura's title, but as the page writes it: its cleaning drops marks such as RTL marks."""
    if not title:
        return ""
    for el in (*tree.iter("h1"), *tree.iter("title")):
        text = " ".join(el.text_content().split())
        if text != title and INVISIBLE.sub("", text) == INVISIBLE.sub("", title):
            return text
    return title


def _trafilatura(content: HtmlElement | str, url: str | None, *, favor_precision: bool) -> Document | None:
    """The main text only: metadata comes from the markup, and from `_Guess` for what it leaves out."""
    return trafilatura.bare_extraction(
        content, url=url, favor_precision=favor_precision, include_comments=False, with_metadata=False
    )


class _Guess:
    """trafilatura's (and htmldate's) own reading of the page's metadata, each field worked out only
    when it is asked for: most pages state their metadata in markup, and the guesses are slow."""

    def __init__(self, tree: HtmlElement, url: str | None) -> None:
        self._tree, self._url = tree, url

    @cached_property
    def meta(self) -> Document:
        found = tm.examine_meta(self._tree)
        if found.author and " " not in found.author:
            found.author = None
        try:
            return tm.extract_meta_json(self._tree, found)
        except Exception:  # trafilatura's JSON-LD reader has bugs of its own
            return found

    def title(self) -> str | None:
        return self.meta.title or tm.extract_title(self._tree)

    def author(self) -> str | None:
        return self.meta.author or tm.extract_author(self._tree)

    def url(self) -> str | None:
        return self.meta.url or tm.extract_url(self._tree, self._url)

    def sitename(self) -> str | None:
        name = (self.meta.sitename or tm.extract_sitename(self._tree) or "").lstrip("@")
        if name and "." not in name and not name[0].isupper():
            name = name.title()
        if not name and (address := self.url()) and (match := tm.META_URL.match(address)):
            name = match[1]
        return name or None

    def date(self) -> str | None:
        # Markup, the address and date elements only: htmldate's extensive search scans the whole
        # text with regular expressions (tens of milliseconds on a big page) and reads footers' years.
        return tm.find_date(self._tree, **{**set_date_params(False), "url": self.url()})


def _long_enough(text: str) -> bool:
    return len(text.split()) >= MIN_WORDS or len(text) >= MIN_CHARS


def preview_sized(text: str) -> bool:
    """A short teaser that still holds a real paragraph (in a script with spaces or without)."""
    for line in text.split("\n"):
        words = len(line.split())
        if words >= PREVIEW_WORDS or (len(line) >= PREVIEW_CHARS and len(line) > UNSPACED_WORD_CHARS * words):
            return True
    return False


@dataclass(frozen=True)
class _Head:
    """What the page says about itself in markup: its headlines, byline and summary, squashed."""

    titles: frozenset[str]
    byline: str
    summaries: frozenset[str]
    addresses: frozenset[str]

    @classmethod
    def of(cls, tree: HtmlElement, meta: dict[str, str], ld: dict, title: str, author: str | None,
           addresses: list[str | None]) -> _Head:
        titles = [title, meta.get("og:title"), meta.get("twitter:title"), _ld_text(ld.get("headline"))]
        titles += [" ".join(el.text_content().split()) for el in tree.iter("h1")]
        page_title = next(tree.iter("title"), None)
        if page_title is not None:
            full = " ".join(page_title.text_content().split())
            titles += [full, *(part for part in TITLE_SEPARATOR.split(full) if len(part.split()) >= 3)]
        summaries = [meta.get("description"), meta.get("og:description"), meta.get("twitter:description"),
                     _ld_text(ld.get("description"))]
        return cls(
            titles=frozenset(squash(t) for t in titles if t) - {""},
            byline=squash(author or ""),
            summaries=frozenset(squash(s) for s in summaries if s) - {""},
            addresses=frozenset(a.strip() for a in [*addresses, meta.get("og:url")] if a and a.strip()),
        )


def _body(doc: Document | None, head: _Head, tree: HtmlElement) -> tuple[str, bool]:
    """The cleaned article text, and whether it stopped at a sign-up wall (the text is cut there)."""
    raw = (doc.text or "") if doc else ""
    before_wall = cut_at_wall(raw)
    text = _drop_head(clean_text(raw if before_wall is None else before_wall), head)
    text = "\n".join(line for line in text.split("\n") if line not in head.addresses)
    text = _drop_orphan_headings(_drop_captions(_drop_link_lists(text, tree), tree))
    return join_broken_lines(text), before_wall is not None


def _drop_head(text: str, head: _Head) -> str:
    """Drop the headline, byline and standfirst lines that open the extracted text (they are metadata).

    The opening lines go while they repeat a headline or the byline; among the next few, a repeated
    headline goes too, and so does the page's summary when it is a standfirst rather than a sentence
    of the story (it has no closing punctuation).
    """
    lines = text.split("\n")
    heads = head.titles | ({head.byline} - {""})
    while lines and len(lines[0].split()) <= 40 and (squash(lines[0]) in heads or BYLINE.match(lines[0])):
        lines.pop(0)
    return "\n".join(line for i, line in enumerate(lines) if i >= HEAD_LINES or not _head_line(line, head))


def _head_line(line: str, head: _Head) -> bool:
    if len(line.split()) > 40:
        return False
    squashed = squash(line)
    return squashed in head.titles or (squashed in head.summaries and not SENTENCE_END.search(line))


def _drop_link_lists(text: str, tree: HtmlElement) -> str:
    """Drop runs of two or more lines that are each the whole text of a link (related-story lists)."""
    lines = text.split("\n")
    if not any(len(a.split()) >= 2 and len(b.split()) >= 2 for a, b in pairwise(lines)):
        return text
    squashed = [squash(line) if len(line.split()) >= 2 else "" for line in lines]
    links = _link_texts(tree, {line.split(" ", 1)[0] for line in squashed if line})
    linked = [bool(line) and line in links for line in squashed]
    in_run = [False] * len(lines)
    for i, (a, b) in enumerate(pairwise(linked)):
        if a and b:
            in_run[i] = in_run[i + 1] = True
    for i in range(1, len(lines)):
        # The list's own heading ("Editors' picks:") goes with it.
        if in_run[i] and not in_run[i - 1] and _list_heading(lines[i - 1]):
            in_run[i - 1] = True
    return "\n".join(line for line, drop in zip(lines, in_run, strict=True) if not drop)


def _drop_orphan_headings(text: str) -> str:
    """Drop a heading left at the very end with nothing to introduce ("Editors' picks:"): the list
    under it was removed."""
    lines = text.split("\n")
    while lines and lines[-1].rstrip().endswith(":") and _list_heading(lines[-1]):
        lines.pop()
    return "\n".join(lines)


def _list_heading(line: str) -> bool:
    """A short line that introduces what follows: a colon at the end, or no sentence ending at all."""
    stripped = line.strip()
    return len(stripped.split()) <= LIST_HEADING_WORDS and (
        stripped.endswith(":") or not SENTENCE_END.search(stripped)
    )


def _drop_captions(text: str, tree: HtmlElement) -> str:
    """Drop lines that repeat a picture's caption or alt text (figcaption, or an italic line under it)."""
    captions = _caption_texts(tree)
    return "\n".join(
        line for line in text.split("\n")
        if not (len(line.split()) <= CAPTION_WORDS and (squashed := squash(line)) in captions
                and len(squashed.split()) >= CAPTION_MIN_TOKENS)
    )


def _caption_texts(tree: HtmlElement) -> set[str]:
    texts = {squash(el.text_content()) for el in tree.iter("figcaption")}
    for img in tree.iter("img"):
        texts.update(squash(img.get(key) or "") for key in ("alt", "title"))
    for p in tree.iter("p"):
        children = [child for child in p if isinstance(child.tag, str)]
        if (len(children) == 1 and children[0].tag in ("em", "i") and not (p.text or "").strip()
                and not (children[0].tail or "").strip() and _follows_a_picture(p)):
            texts.add(squash(p.text_content()))
    texts.discard("")
    return texts


def _follows_a_picture(el: HtmlElement) -> bool:
    """Whether the nearest earlier sibling with any content is a picture without text."""
    previous = el.getprevious()
    while previous is not None and not squash(previous.text_content()) and previous.find(".//img") is None:
        previous = previous.getprevious()
    return previous is not None and not squash(previous.text_content()) and (
        previous.tag == "img" or previous.find(".//img") is not None
    )


def _link_texts(tree: HtmlElement, first_words: set[str]) -> set[str]:
    """The squashed text of every link on the page and of every element inside a link, for those
    whose first word is in `first_words` (the only ones that can equal a line of the text)."""
    texts: set[str] = set()
    for anchor in tree.iter("a"):
        for el in anchor.iter():
            text = el.text_content() if len(el) else el.text or ""
            first = WORD_RE.search(text)
            if first and first.group().lower() in first_words:
                texts.add(squash(text))
    return texts


def _markup_metadata(tree: HtmlElement, url: str | None, meta: dict[str, str], ld: dict) -> dict[str, str]:
    """Metadata the page states outright: JSON-LD first, then meta tags and microdata."""
    found: dict[str, str | None] = {
        "title": _ld_text(ld.get("headline")) or meta.get("og:title") or meta.get("twitter:title"),
        # Article-level markup names the original publisher; og:site_name names the site showing it.
        "outlet": _ld_name(ld.get("sourceOrganization")) or _ld_name(ld.get("provider"))
        or _ld_name(ld.get("publisher")) or _microdata_name(tree, "publisher") or _shown_source(tree)
        or meta.get("og:site_name") or meta.get("application-name"),
        "author": _ld_authors(ld.get("author")) or _microdata_name(tree, "author")
        or _plain_author(meta.get("author")) or _plain_author(meta.get("article:author")),
        "published": _iso(_ld_text(ld.get("datePublished"))) or _iso(meta.get("article:published_time"))
        or _iso(_itemprop(tree, "datePublished")) or _iso(meta.get("date")) or _ld_any_date(tree),
        "language": _language_code(tree.get("lang") or tree.get("xml:lang") or _ld_text(ld.get("inLanguage"))
                                   or meta.get("content-language") or meta.get("og:locale")),
        "canonical": _canonical(tree, meta, url),
        "image": _ld_image(ld.get("image")) or meta.get("og:image") or meta.get("twitter:image"),
        "description": meta.get("description") or meta.get("og:description")
        or _ld_text(ld.get("description")),
    }
    return {key: value.strip() for key, value in found.items() if value and value.strip()}


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    tags: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "")
        content = el.get("content")
        if key and content and content.strip():
            tags.setdefault(key.strip().lower(), content.strip())
    return tags


def _json_objects(tree: HtmlElement) -> Iterator[dict]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))
                if isinstance(item.get("mainEntity"), dict):
                    stack.append(item["mainEntity"])


def _json_ld_article(tree: HtmlElement) -> dict:
    """The first JSON-LD object typed as an article (any schema.org Article subtype)."""
    for obj in _json_objects(tree):
        if _ld_types(obj) & ARTICLE_TYPES:
            return obj
    return {}


def _ld_any_date(tree: HtmlElement) -> str | None:
    """The first `datePublished` of any JSON-LD object (a WebPage's, when no Article states one)."""
    dates = (_iso(_ld_text(obj.get("datePublished"))) for obj in _json_objects(tree))
    return next((found for found in dates if found), None)


def _ld_text(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _ld_name(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("legalName")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _ld_authors(value: object) -> str | None:
    items = value if isinstance(value, list) else [value]
    names = [name for item in items if (name := _ld_name(item)) and not name.startswith("http")]
    return ", ".join(dict.fromkeys(names)) or None


def _ld_image(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _shown_source(tree: HtmlElement) -> str | None:
    """The publisher an aggregator shows on the article itself: a short source, provider or
    publisher line (its logo's alt text or its name) inside the article, outside figures and lists."""
    for el in tree.xpath(SOURCE_XPATH):
        if not SOURCE_CLASS.search(el.get("class") or "") or el.xpath("ancestor::figure"):
            continue
        if not el.xpath("ancestor::article") or el.xpath("ancestor::p") or _in_furniture(el):
            continue
        logo = next(iter(el.xpath(".//img[@alt]")), None)
        name = " ".join(((logo.get("alt") if logo is not None else "") or el.text_content()).split())
        short = len(name) <= SOURCE_CHARS and len(name.split()) <= SOURCE_WORDS
        if name and short and not CREDIT_WORDS.search(name):
            return name
    return None


def _itemprop(tree: HtmlElement, prop: str) -> str | None:
    for el in tree.xpath("//@itemprop[.=$prop]/..", prop=prop):
        value = el.get("content") or el.get("datetime") or el.text_content()
        if value and value.strip():
            return value.strip()
    return None


def _microdata_name(tree: HtmlElement, prop: str) -> str | None:
    """`itemprop=prop` markup: its nested `itemprop=name`, else its own text."""
    for el in tree.xpath("//@itemprop[.=$prop]/..", prop=prop):
        name_el = next(iter(el.xpath(".//*[@itemprop='name']")), None)
        target = name_el if name_el is not None else el
        value = target.get("content") or target.text_content()
        value = " ".join(value.split()) if value else ""
        if value and len(value) <= 80:
            return _plain_author(value) if prop == "author" else value
    return None


def _plain_author(value: str | None) -> str | None:
    if not value or value.startswith("http"):
        return None
    value = re.sub(r"^(?:by|von|par|por|автор:?)\s+", "", value.strip(), flags=re.IGNORECASE)
    return value or None


def _iso(value: str | None) -> str | None:
    """Keep a date only if it is ISO 8601 (date or datetime); never guess from loose text."""
    if not value:
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.date().isoformat() if len(value) <= 10 else parsed.isoformat()


def _language_code(value: str | None) -> str | None:
    if not value:
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def _canonical(tree: HtmlElement, meta: dict[str, str], url: str | None) -> str | None:
    link = next((el.get("href") for el in tree.iter("link")
                 if "canonical" in (el.get("rel") or "").lower().split() and el.get("href")), None)
    found = link or meta.get("og:url")
    if not found:
        return None
    absolute = urljoin(url, found.strip()) if url else found.strip()
    return absolute if absolute.startswith(("http://", "https://")) else None


def guess_language(text: str) -> str | None:
    """The language of a page that does not name one (`digest.lang.detect`); None when unsure."""
    return detect(text)
