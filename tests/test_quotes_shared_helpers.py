"""Helpers of the quote engine written once for several callers, on invented text: finder._line_of (the
line holding a quoted span) and speakers._person_within (a person named in full inside a phrase)."""

from digest.quotes.document import Document
from digest.quotes.finder import Span, _line_of
from digest.quotes.mentions import Token
from digest.quotes.speakers import _person_within

TOLD = "Choveu pouco, contou ao Observador Joaquim Guerreiro, agricultor em Beja."
TEXT = 'Rain fell all night.\n"We stayed awake," said Ada Lin.\n"It will pass."'


def _span(quote: str) -> Span:
    start = TEXT.index(quote)
    return Span(start + 1, start + len(quote) - 1, start, start + len(quote), closed=True)


def test_a_span_in_a_middle_line_gives_that_line_and_its_start() -> None:
    assert _line_of(TEXT, _span('"We stayed awake,"')) == (21, '"We stayed awake," said Ada Lin.')


def test_a_span_in_the_last_line_runs_to_the_end_of_the_text() -> None:
    assert _line_of(TEXT, _span('"It will pass."')) == (54, '"It will pass."')


def test_a_span_in_the_first_line_starts_at_zero() -> None:
    text = '"Go home," she said.\nThey went.'
    assert _line_of(text, Span(1, 8, 0, 9, closed=True)) == (0, '"Go home," she said.')


def _phrase(text: str, opening: str) -> tuple[Document, list[Token]]:
    doc = Document(text, [], [], "pt")
    return doc, doc.tokens_in(text.index(opening), len(text))


def test_a_person_named_in_full_after_an_object_is_found() -> None:
    doc, toks = _phrase(TOLD, "ao ")
    found = _person_within(doc, toks[:6])
    assert found is not None and found.name == "Joaquim Guerreiro"


def test_a_name_that_starts_before_the_phrase_is_not_within_it() -> None:
    doc, toks = _phrase(TOLD, "Guerreiro")
    assert _person_within(doc, toks[:4]) is None


def test_a_full_stop_ends_the_phrase_before_a_name() -> None:
    doc, toks = _phrase("Choveu pouco, contou ao jornal. Joaquim Guerreiro riu-se depois.", "ao ")
    assert _person_within(doc, toks[:6]) is None
