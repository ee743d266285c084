"""Turn an extracted article, a saved page or pasted text into a digest: key sentences and quotes.

These are plain synchronous functions so callers can run them in a process pool.
"""

from __future__ import annotations

from digest.extract import extract_article
from digest.models import Article, Digest, DigestOptions
from digest.pasted import article_from_text
from digest.quotes import find_quotes, select_quotes
from digest.sentences import key_sentences


def digest_article(article: Article, options: DigestOptions | None = None) -> Digest:
    """Pick the key sentences and the quotes that add to them; all verbatim from `article.text`."""
    options = options or DigestOptions()
    text = article.text
    first_pick = key_sentences(text, options.sentences, options.max_words)
    found = find_quotes(text, article.language) if options.quotes else []
    quotes = select_quotes(found, first_pick, options.quotes)
    sentences = key_sentences(text, options.sentences, options.max_words, avoid=[q.text for q in quotes])
    return Digest(article=article, sentences=sentences, quotes=quotes)


def digest_html(html: str, url: str | None = None, options: DigestOptions | None = None) -> Digest:
    """Extract the article from decoded HTML, then digest it. Raises ExtractionError."""
    return digest_article(extract_article(html, url), options)


def digest_text(text: str, options: DigestOptions | None = None) -> Digest:
    """Digest a pasted message (a copied news-app page, boilerplate and all). Raises ExtractionError."""
    return digest_article(article_from_text(text), options)
