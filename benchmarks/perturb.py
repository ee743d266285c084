"""Perturbations of eval texts that real inputs show, so the quote benchmarks can measure them.

`join_paragraphs`: a news-app paste, an extractor that joins paragraphs or a feed's summary loses
the paragraph breaks; the text becomes one paragraph, its paragraphs joined by a space.
"""

from __future__ import annotations

import re

_BREAK = re.compile(r"[ \t]*\n\s*")


def join_paragraphs(text: str) -> str:
    """The text with every line and paragraph break replaced by one space."""
    return _BREAK.sub(" ", text).strip()
