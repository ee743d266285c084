"""The neutral fallback: what holds in any language (quotation marks, no word lists)."""

from __future__ import annotations

from digest.lang.base import Language

LANGUAGE = Language(
    code="und",
    quote_pairs=(("“", "”"), ("„", "“"), ("«", "»"), ("»", "«"), ("「", "」"), ("『", "』"), ('"', '"')),
    articles=frozenset(),
    # Sign-up walls of languages without a module of their own yet (Japanese, Chinese, Korean).
    paywall_phrases=(
        "有料会員", "会員限定", "続きを読むには", r"残り\d+文字",
        "付费阅读", "订阅后阅读", "会员专享", "會員專屬",
        r"유료\s?회원", r"구독자\s?전용",
    ),
)
