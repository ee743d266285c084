"""Turn an extracted article, a saved page or pasted text into a digest: key sentences and quotes.

A quote that the text leaves open at its very end (a sign-up wall cut it) is shown ending in "…".

These are plain synchronous functions so callers can run them in a process pool.
"""

from __future__ import annotations

from digest.article.extract import extract_article
from digest.article.partial import open_quotation_at
from digest.article.pasted import article_from_text
from digest.models import Article, Digest, DigestOptions, Quote
from digest.quotes.finder import find_quotes, select_quotes
from digest.summary.sentences import key_sentences

CUT_PUNCTUATION = " .,;:"
QUOTE_PROBE_CHARS = 40
SENTENCE_MARKS = " \t\"“”‘’«»„'"


def digest_article(article: Article, options: DigestOptions | None = None) -> Digest:
    """Pick the key sentences and the quotes that add to them; all verbatim from `article.text`."""
    options = options or DigestOptions()
    text = article.text
    lang = article.language
    first_pick = key_sentences(text, options.sentences, options.max_words, language=lang)
    found = all_quotes(article) if options.quotes else []
    quotes = select_quotes(found, first_pick, options.quotes)
    sentences = first_pick
    if _repeats(first_pick, quotes):
        avoid = [q.text for q in quotes]
        sentences = key_sentences(text, options.sentences, options.max_words, avoid=avoid, language=lang)
    return Digest(article=article, sentences=sentences, quotes=quotes)


def _repeats(sentences: list[str], quotes: list[Quote]) -> bool:
    """Whether a key sentence holds one of the quotes or lies inside one (then it is picked again,
    avoiding the quotes); otherwise the first pick stands, which saves a second pass."""
    for quote in quotes:
        inner = quote.text.rstrip("…").strip()
        probe = inner[:QUOTE_PROBE_CHARS]
        for sentence in sentences:
            core = sentence.strip(SENTENCE_MARKS)
            if (probe and probe in sentence) or (core and core in inner):
                return True
    return False


def all_quotes(article: Article) -> list[Quote]:
    """Every direct quote in the article, in order; one the page's cut left open ends in "…"."""
    context = "\n".join(part for part in (article.title, article.description) if part)
    return _mark_cut(find_quotes(article.text, article.language, context), article.text)


def _mark_cut(quotes: list[Quote], text: str) -> list[Quote]:
    """End with "…" the quote that the text's last paragraph leaves open: the page cut it there."""
    last = text.rstrip().rsplit("\n", 1)[-1]
    at = open_quotation_at(last)
    if at is None:
        return quotes
    tail = last[at + 1:].strip()
    for quote in quotes:
        inner = quote.text.strip()
        if inner and tail.endswith(inner) and not inner.endswith("…"):
            quote.text = inner.rstrip(CUT_PUNCTUATION) + "…"
    return quotes


def digest_html(html: str, url: str | None = None, options: DigestOptions | None = None) -> Digest:
    """Extract the article from decoded HTML, then digest it. Raises ExtractionError."""
    return digest_article(extract_article(html, url), options)


def digest_text(text: str, options: DigestOptions | None = None) -> Digest:
    """Digest a pasted message (a copied news-app page, boilerplate and all). Raises ExtractionError."""
    return digest_article(article_from_text(text), options)
