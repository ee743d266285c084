"""The neutral fallback: what holds in any language (quotation marks, no word lists)."""

from __future__ import annotations

from digest.lang.base import Language

LANGUAGE = Language(
    code="und",
    quote_pairs=(("“", "”"), ("„", "“"), ("«", "»"), ("»", "«"), ("「", "」"), ("『", "』"), ('"', '"')),
    articles=frozenset(),
)
