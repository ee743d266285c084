"""The digest pipeline over every fixture: faithful (verbatim) output, sane sizes, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.errors import ExtractionError
from digest.models import Digest, DigestOptions
from digest.pipeline import digest_html, digest_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES = sorted((FIXTURES / "pages").glob("*.html"))
PASTES = sorted((FIXTURES / "pasted").glob("*.txt"))


def assert_faithful(digest: Digest) -> None:
    text = digest.article.text
    for sentence in digest.sentences:
        assert sentence in text, sentence
    for quote in digest.quotes:
        for part in quote.text.split("…"):
            assert part.strip() in text, quote.text


def _digest_page(path: Path, options: DigestOptions) -> Digest | None:
    try:
        return digest_html(path.read_text(encoding="utf-8"), f"https://news.example/{path.stem}", options)
    except ExtractionError:
        return None


def test_fixture_sets_are_there() -> None:
    assert len(PAGES) >= 8
    assert PASTES


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
@pytest.mark.parametrize("sentences,quotes", [(1, 0), (3, 2), (7, 5)])
def test_every_fixture_page_digest_is_verbatim(path: Path, sentences: int, quotes: int) -> None:
    options = DigestOptions.sized(sentences, quotes)
    digest = _digest_page(path, options)
    if digest is None:
        return
    assert_faithful(digest)
    assert 1 <= len(digest.sentences) <= sentences + 1
    assert len(digest.quotes) <= quotes
    assert len(set(digest.sentences)) == len(digest.sentences)


@pytest.mark.parametrize("path", PASTES, ids=lambda p: p.stem)
def test_every_pasted_fixture_digest_is_verbatim(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if path.stem.startswith("not_"):
        with pytest.raises(ExtractionError):
            digest_text(text)
        return
    digest = digest_text(text)
    assert digest.sentences
    assert_faithful(digest)


def test_more_sentences_never_gives_fewer() -> None:
    counts = []
    for n in (1, 3, 5):
        digests = [_digest_page(p, DigestOptions.sized(n, 2)) for p in PAGES]
        counts.append(sum(len(d.sentences) for d in digests if d))
    assert counts == sorted(counts)
    assert counts[0] < counts[-1]


def test_digest_round_trips_through_its_dict() -> None:
    digest = next(d for d in (_digest_page(p, DigestOptions()) for p in PAGES) if d and d.quotes)
    again = Digest.from_dict(digest.to_dict())
    assert again.to_dict() == digest.to_dict()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=0, max_size=3000))
def test_any_pasted_text_gives_a_faithful_digest_or_a_clear_error(text: str) -> None:
    try:
        digest = digest_text(text)
    except ExtractionError as err:
        assert str(err).endswith(".")
        return
    assert_faithful(digest)
