"""The neutral fallback: what holds in any language (every common pair of quotation marks, the
sign-up walls of languages without a module, no word lists), which is every field's default."""

from __future__ import annotations

from digest.lang.base import Language

LANGUAGE = Language(code="und")
