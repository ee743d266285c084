"""Speech verbs in every inflection, for a language with a morphological dictionary: a word is a
speech verb when one of its finite-verb readings has a listed infinitive as its base form
("отметила" → "отметить", "згадує" → "згадувати").

Base forms come from pymorphy3 (Russian, Ukrainian), whose dictionaries the engine loads anyway for
names; lookups are cached. Languages without one list their verbs' forms (`base.conjugate`).
"""

from __future__ import annotations

from functools import lru_cache

from digest.lang import morph


@lru_cache(maxsize=100_000)
def verb_lemmas(code: str, word: str) -> frozenset[str]:
    """The infinitives of the finite-verb readings of `word` in language `code`."""
    return frozenset(p.normal_form for p in morph.parses(code, word) if p.tag.POS == "VERB")


# Endings of finite verbs in Russian and Ukrainian: past (-л, -ла, -ло, -ли; Ukrainian -в), present
# and future (-ет, -ит, -ут, -ют, -ат, -ят, -е, -є, -ть), reflexive (-ся, -сь).
_FINITE_ENDINGS = ("л", "ла", "ло", "ли", "в", "т", "ть", "е", "є", "ся", "сь")


class VerbSet:
    """Listed word forms, plus every finite form of a listed infinitive (`code`: a pymorphy3 language)."""

    __slots__ = ("code", "forms", "lemmas")

    def __init__(
        self, forms: frozenset[str], lemmas: frozenset[str] = frozenset(), code: str | None = None
    ) -> None:
        self.forms = forms
        self.lemmas = lemmas if code else frozenset()
        self.code = code or ""

    def __contains__(self, word: object) -> bool:
        if word in self.forms:
            return True
        if not self.lemmas or not isinstance(word, str) or len(word) < 3 or not word.isalpha():
            return False
        if not word.endswith(_FINITE_ENDINGS):
            return False  # cheap: no finite verb of Russian or Ukrainian ends otherwise
        return not self.lemmas.isdisjoint(verb_lemmas(self.code, word))

    def __or__(self, other: frozenset[str]) -> VerbSet:
        return VerbSet(self.forms | other, self.lemmas, self.code)
