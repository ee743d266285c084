"""Helpers of the quote engine written once for several callers, on invented text: finder._line_of (the
line holding a quoted span)."""

from digest.quotes.finder import Span, _line_of

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

