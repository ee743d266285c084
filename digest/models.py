"""Plain data types shared across the engine; every other module speaks in these."""

from __future__ import annotations

import ipaddress
from dataclasses import asdict, dataclass, field

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class FetchPolicy:
    """What the fetcher may do. Defaults follow RELIABILITY.md; tests widen `allowed_networks`."""

    allowed_networks: tuple[IPNetwork, ...] = ()
    allowed_ports: frozenset[int] = frozenset({80, 443, 8080, 8443})
    max_bytes: int = 5 * 1024 * 1024
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 20.0
    max_redirects: int = 5
    user_agent: str = "digestbot/0.1 (+https://github.com/digestbot/digestbot)"

    @classmethod
    def from_cidrs(cls, cidrs: str, **kwargs: object) -> FetchPolicy:
        """Build a policy from a comma-separated CIDR list such as ``"127.0.0.0/8,::1/128"``."""
        nets = tuple(ipaddress.ip_network(c.strip(), strict=False) for c in cidrs.split(",") if c.strip())
        return cls(allowed_networks=nets, **kwargs)  # type: ignore[arg-type]


@dataclass
class Page:
    """A fetched web resource, decoded to text."""

    url: str
    requested_url: str
    status: int
    content_type: str
    text: str
    encoding: str
    etag: str | None = None
    last_modified: str | None = None
    cache_control: str | None = None
    raw: bytes = b""


@dataclass
class Article:
    """An extracted article: metadata plus the cleaned main text (paragraphs joined by newlines)."""

    url: str
    title: str = ""
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    image: str | None = None
    description: str | None = None
    text: str = ""
    partial: bool = False
    partial_reason: str | None = None
    meaning: bytes | None = field(default=None, repr=False, compare=False)
    """The title and lead's meaning vector as `digest.stories.cluster.add_meanings` packs it, computed
    once (when the article is stored) so a story round does not embed it again; None until then."""

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.word_count / 230)) if self.text else 0


@dataclass
class Quote:
    """A direct quotation, verbatim from the text, with who said it (None when unknown)."""

    text: str
    speaker: str | None = None


@dataclass(frozen=True)
class DigestOptions:
    """How long a digest is: about `sentences` sentences within `max_words` words, `quotes` quotes."""

    sentences: int = 3
    quotes: int = 2
    max_words: int = 60

    @classmethod
    def sized(cls, sentences: int = 3, quotes: int = 2) -> DigestOptions:
        """Options for `sentences` (1–7) sentences with a word budget that grows with them."""
        sentences = min(7, max(1, sentences))
        return cls(sentences=sentences, quotes=min(5, max(0, quotes)), max_words=20 * sentences)


@dataclass
class Digest:
    """What a reader sees: the article, its key sentences and key quotes."""

    article: Article
    sentences: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self) -> dict:
        a = self.article
        return {
            "title": a.title,
            "outlet": a.outlet,
            "author": a.author,
            "published": a.published,
            "language": a.language,
            "url": a.canonical_url or a.url,
            "image": a.image,
            "word_count": a.word_count,
            "reading_minutes": a.reading_minutes,
            "partial": a.partial,
            "partial_reason": a.partial_reason,
            "sentences": list(self.sentences),
            "quotes": [asdict(q) for q in self.quotes],
            "text": a.text,
        }

    @classmethod
    def from_dict(cls, d: dict) -> Digest:
        article = Article(
            url=d["url"],
            title=d.get("title") or "",
            outlet=d.get("outlet"),
            author=d.get("author"),
            published=d.get("published"),
            language=d.get("language"),
            canonical_url=d.get("url"),
            image=d.get("image"),
            text=d.get("text") or "",
            partial=bool(d.get("partial")),
            partial_reason=d.get("partial_reason"),
        )
        quotes = [Quote(q["text"], q.get("speaker")) for q in d.get("quotes") or []]
        return cls(article=article, sentences=list(d.get("sentences") or []), quotes=quotes)


@dataclass
class FeedEntry:
    """One item of an RSS/Atom/RDF feed, links made absolute."""

    guid: str
    url: str
    title: str = ""
    summary: str = ""
    content: str = ""
    published: str | None = None
    author: str | None = None


@dataclass
class Feed:
    """A parsed feed: its own metadata, polling hints and entries."""

    url: str
    title: str = ""
    site_url: str | None = None
    language: str | None = None
    ttl_minutes: int | None = None
    entries: list[FeedEntry] = field(default_factory=list)


@dataclass
class Match:
    """Why an article matched a topic query: a score and the terms found; `meaning` holds the
    article's words closest in meaning to the topic when it matched by meaning, not by its words."""

    score: float
    terms: list[str] = field(default_factory=list)
    meaning: str | None = None


@dataclass
class Story:
    """Articles about the same event from different outlets; `articles[0]` is the lead item."""

    articles: list[Article] = field(default_factory=list)
