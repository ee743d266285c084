"""Everything language-specific, one module per language, chosen by the article's detected language.

`resources(code)` returns the `Language` of an ISO 639-1 code ("en", "pt-BR" → "pt"), or the
neutral fallback (`digest.lang.neutral`) for a language without a module. A language module
defines `LANGUAGE = Language(...)` built with `language(...)` so that every field it leaves out
takes the neutral value. Adding a language is adding one module here. `detect(text)` names the
language of a text (any language, by py3langid: `digest.lang.identify`).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import fields, replace
from functools import lru_cache

from digest.lang.base import Language, language, words
from digest.lang.identify import identify as _identify

__all__ = [
    "Language", "detect", "function_word_sets", "language", "merged", "resources", "supported", "words",
]

_CODE = re.compile(r"[a-z]{2,3}")


@lru_cache(maxsize=64)
def resources(code: str | None) -> Language:
    """The resources of language `code`, or the neutral fallback when there is no module for it."""
    base = re.split(r"[-_]", (code or "").strip().lower(), maxsplit=1)[0]
    if _CODE.fullmatch(base) and base not in {"base", "neutral"}:
        try:
            return importlib.import_module(f"digest.lang.{base}").LANGUAGE
        except ModuleNotFoundError:
            pass
    return importlib.import_module("digest.lang.neutral").LANGUAGE


@lru_cache(maxsize=1)
def merged() -> Language:
    """Every language's word lists together: for text whose language is unknown.

    Word sets and tuples are joined, dictionaries merged; single values come from English.
    """
    langs = [resources(code) for code in supported()]
    values: dict[str, object] = {}
    for f in fields(Language):
        items = [getattr(lang, f.name) for lang in langs]
        if isinstance(items[0], frozenset):
            values[f.name] = frozenset().union(*items)
        elif isinstance(items[0], dict):
            values[f.name] = {k: v for d in reversed(items) for k, v in d.items()}
        elif f.name in {"according_to", "paywall_phrases", "boilerplate_phrases"}:
            values[f.name] = tuple(dict.fromkeys(x for t in items for x in t))
    values["code"] = "und"
    return replace(resources("en"), **values)  # type: ignore[arg-type]


def supported() -> list[str]:
    """Codes of the languages that have their own module."""
    from importlib import resources as files

    names = (p.name for p in files.files("digest.lang").iterdir())
    return sorted(n[:-3] for n in names if re.fullmatch(r"[a-z]{2,3}\.py", n))


@lru_cache(maxsize=1)
def function_word_sets() -> dict[str, frozenset[str]]:
    """Each language's commonest function words, for the languages that list them (stopwords for
    word-based topic matching and story merging)."""
    sets = {code: resources(code).function_words for code in supported()}
    return {code: words for code, words in sets.items() if words}


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the language of `text`, any language, with or without a module here
    (`digest.lang.identify`); None when the text is too short or the guess unsure."""
    return _identify(text)
