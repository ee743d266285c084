"""Who said a quote: speech cues ("X said", "said X", "according to X", "X told Y"), appositions,
titles, pronouns resolved to whoever spoke last or else the person last named as a subject (of the
pronoun's gender; a name after a preposition, or one that only describes a noun, is passed over, and
an organisation is never "he" or "she"), surnames expanded to the full name given earlier.

Rule based and fast. Every word list comes from the article's language (`digest.lang`): speech
verbs, "according to" phrases, pronouns, titles, articles. Grammar shared by many languages is
handled here: the subject after an inverted verb, reporting clauses inside a quotation, subjects
left out (pro-drop), epithets ("l'éleveur"), a spokesperson speaking for an organisation; Russian
and Ukrainian names are put in their base form (`digest.lang.morph`), first names and common words
told apart with `digest.lang.names`. Works on a copy of the text whose quoted passages are masked, so
that words inside quotes never look like speakers or cue verbs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from digest.lang import Language, merged, morph, resources
from digest.lang.lemmas import VerbSet
from digest.lang.names import PLACES, first_name_gender, is_first_name, zipf
from digest.summary.segment import sentence_spans

MASK = "\ue000"


class QuoteSpan(Protocol):
    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool
    continues: bool


_DASHES = frozenset({"—", "–", "-"})
_INCISE_START = re.compile(r"(?:,|\s[—–]|^[—–])\s*(?P<words>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?)", re.M)
_INCISE_WORDS = re.compile(r"[^\W\d_][\w’'-]*")
_INCISE_END = re.compile(r"[.;:!?—–]|,(?!\s*[^\W\d_]*[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐ])")
# wordfreq Zipf frequencies above which a capitalised word is a common word, not a name: at the
# start of a sentence (any language), and anywhere in a language that capitalises its nouns.
_COMMON_AT_START = 5.0
_COMMON_NOUN = 3.5
_COMMON_NOUN_AT_START = 4.5  # in an inflected language, for a word the dictionary also knows as a noun
_COMMON_EPITHET = 4.5  # an adjective opening a sentence before its noun, in a language that allows it
_PHRASE_END = frozenset({",", ";", ":", "(", "—", "–", "!", "?"})


class Grammar:
    """The word sets of one language as the attribution rules use them, built once per language."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        code = lang.morphology if lang.code != "und" else None
        # A plain set where no morphology adds forms: membership is then tested in C, not Python.
        self.speech = VerbSet(lang.speech_verbs, lang.speech_lemmas, code) if code else lang.speech_verbs
        self.cues = self.speech | lang.naming_verbs | lang.statement_verbs
        inverting = lang.inverting_verbs
        self.inverting = VerbSet(inverting, lang.speech_lemmas, code) if code else inverting
        self.participles = lang.participles
        self.pronouns = lang.pronouns
        self.titles = lang.titles
        self.person_titles = lang.person_titles
        self.org_words = lang.org_words
        self.breaks_run = self.cues | lang.time_words
        self.headline_breaks = lang.finite_verbs | lang.conjunctions
        self.according: dict[str, list[tuple[str, ...]]] = {}
        for phrase in lang.according_to:
            first, *rest = phrase.split()
            self.according.setdefault(first, []).append(tuple(rest))
        pronouns = "|".join(map(re.escape, lang.inversion_pronouns))
        self.incise = (
            re.compile(r"(?P<verb>[^\W\d_]+?)(?:-t)?-(?P<pron>" + pronouns + ")") if pronouns else None
        )
        self.said_by = self.inverting | frozenset({"told", "tells"})


@lru_cache(maxsize=32)
def grammar(code: str | None) -> Grammar:
    """The `Grammar` of language `code`; every language's words together when it has none of its own."""
    lang = resources(code)
    return Grammar(merged() if lang.code == "und" else lang)


# Words keep combining accents (text in decomposed form) between their letters.
_COMBINING = "[\u0300-\u036f]"
_WORD_RE = r"\w+(?:(?:[’'\-.]|" + _COMBINING + r"+)\w+)*" + _COMBINING + r"*\.?"
_TOKEN = re.compile(MASK + r"+|" + _WORD_RE + r"|\S", re.UNICODE)
_ABBREV = re.compile(
    r"(?:[A-Z]\.?){1,3}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Adm|Maj|Prof|Rev|St|Jr|Sr)\."
)
_PARTY_STATE = re.compile(r"\(?[RDI]-[A-Z][\w.]*\)?|\([A-Z][a-z]*\.?\)|\d+")


class Token:
    """A word or mark of the text at `start:end`; its lower case and capital are read once, here."""

    __slots__ = ("cap", "end", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()
        ch = text[:1]
        self.cap = ch.isalpha() and not ch.islower()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


# An elided article or preposition glued to a name: "l'Anas", "all'ANSA", "d'Enedis", "L'ARS".
_ELISION = re.compile(r"(?:[LlDd]|[a-z]{2,4}[lL])['’](?=[A-ZÀ-ÖØ-Þ])")


def _tokenize(s: str, lo: int, hi: int) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(s, lo, hi):
        text = m.group()
        elision = _ELISION.match(text) if ("'" in text or "’" in text) else None
        if elision and text[: elision.end()].lower() not in {"o'", "o’"}:
            out.append(Token(text[: elision.end()], m.start(), m.start() + elision.end()))
            text = text[elision.end() :]
            m_start = m.start() + elision.end()
            out.append(Token(text, m_start, m.end()))
            continue
        if text.endswith(".") and len(text) > 1 and not _ABBREV.fullmatch(text) and "." not in text[:-1]:
            out.append(Token(text[:-1], m.start(), m.end() - 1))
            out.append(Token(".", m.end() - 1, m.end()))
        else:
            out.append(Token(text, m.start(), m.end()))
    return out


def _strip_possessive(word: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def _is_name_word(tok: Token) -> bool:
    return tok.cap and tok.text[0] != MASK and any(ch.isalpha() for ch in tok.text)


@dataclass
class Mention:
    """A run of capitalised words naming someone or something, with its title and kind."""

    name: str
    start: int
    end: int
    kind: str  # "person", "org", "place" or "unknown"
    gender: str | None
    possessive: bool
    nominative: bool = True  # in an inflected language: may be the subject of a verb
    common: bool = False  # one capitalised word that is a common noun unless it is someone's surname
    titled: bool = False  # one word after "Mr.", "Ms.", "Frau": a surname


def _place_prefix(g: Grammar, word: str) -> bool:
    """`Sant Antoni`, `Sant'Andrea`, `São Paulo`, `Saint-Denis`: a saint's name makes a place."""
    low = word.lower().replace("’", "'")
    head = low.split("'")[0] if "'" in low else low.split("-")[0].rstrip(".")
    return head in g.lang.place_prefixes


def _classify(g: Grammar, words: list[str], title: str | None) -> str:
    lows = [w.lower().rstrip(".") for w in words]
    joined = " ".join(w.lower() for w in words)
    if joined in PLACES or (len(words) == 1 and lows[0] in PLACES) or _place_prefix(g, words[0]):
        return "place"
    named = len(words) == 2 and first_name_gender(words[0]) is not None and not words[1].isupper()
    if not named and any(w in g.org_words or w + "." in g.org_words for w in lows):
        return "org"  # "Gloria Park", "Tom Hall": a first name and a surname, not a park or a hall
    compound = g.lang.capitalised_nouns and any(
        w.endswith(o) and len(w) > len(o) + 2 for w in lows for o in g.org_words if len(o) > 3
    )
    if compound:
        return "org"  # "Umweltministerium", "Flughafengesellschaft": a compound of an organisation noun
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return "org"
    if title and title.lower() in g.person_titles:
        return "person"
    if g.lang.capitalised_nouns and not is_first_name(words[0]):
        return "unknown"  # "Niederlassung Westfalen", "Vergangene Woche": nouns, not a person
    names = [w for w in lows if w not in g.lang.name_connectors]  # "Luiz Inácio Lula da Silva": 4 names
    if 2 <= len(names) <= 4 and (named or not any(w in PLACES for w in lows)):
        return "person"  # "Fernanda Toledo": a first name and a surname that is also a place
    return "unknown"


def _run_to_mention(
    g: Grammar,
    tokens: list[Token],
    sentence_start: bool,
    lowercase_seen: set[str],
    after_preposition: bool = False,
) -> Mention | None:
    lang = g.lang
    words = [t.text for t in tokens]
    first = words[0].lower()
    if sentence_start and (
        first in lang.common_starters
        or first in lowercase_seen
        or (first in lang.stopwords and (lang.morphology is not None or not is_first_name(words[0])))
    ):
        tokens, words = tokens[1:], words[1:]
    while tokens and words[0].lower() in lang.articles:
        tokens, words = tokens[1:], words[1:]
    if not tokens:
        return None
    possessive = _strip_possessive(words[-1]) != words[-1]
    words[-1] = _strip_possessive(words[-1])
    title = None
    last_title = -1
    for i, w in enumerate(words):
        # Where roles are written in lower case, a capitalised word before a first name is a role or
        # an outlet only at a sentence's start or after a preposition ("contou ao Observador Joaquim
        # Guerreiro"), not after a role ("O presidente Luiz Inácio Lula da Silva").
        placed = sentence_start or after_preposition or not lang.head_first
        role = i == 0 and placed and _is_role_before_name(g, words)
        if _is_title_word(g, w) or role:
            last_title = i
    if last_title == len(words) - 1:
        return None
    if last_title >= 0:
        title = words[last_title]
        for w in words[: last_title + 1]:
            if w.lower() in g.person_titles:
                title = w
        words = words[last_title + 1 :]
    while len(words) > 1 and words[-1].lower() in lang.name_suffixes:
        words = words[:-1]
    gender = None
    if title and title.lower() in lang.female_titles:
        gender = "f"
    elif title and title.lower() in lang.male_titles:
        gender = "m"
    elif len(words) > 1:
        gender = first_name_gender(words[0])
    kind = _classify(g, words, title)
    threshold = _COMMON_AT_START if sentence_start else _COMMON_NOUN if lang.capitalised_nouns else None
    common = (
        threshold is not None
        and len(words) == 1
        and title is None
        and kind == "unknown"
        and zipf(words[0], lang.wordfreq) >= threshold
        and not is_first_name(words[0])
    )
    code = lang.morphology
    if code:
        word = words[0]
        single = sentence_start and len(words) == 1 and not morph.is_name_word(code, word)
        if single and zipf(word, lang.wordfreq) >= _COMMON_NOUN_AT_START and morph.common_reading(code, word):
            return None  # "Капітан команди Андрій Мартинюк": a sentence-initial common noun
        form = morph.name_form(code, tuple(words))
        if not form.person and not form.organisation and len(words) == 1 and kind != "place":
            return None  # a capitalised common word: "Координатор", "Первые", "И"
        words = list(form.words)
        gender = form.gender or gender
        if form.person:
            kind = "person" if len(words) > 1 or kind == "unknown" else kind
        elif form.organisation:
            kind = "org"
        nominative = form.nominative
        return Mention(" ".join(words), tokens[0].start, tokens[-1].end, kind, gender, possessive, nominative)
    titled = title is not None and title.lower() in g.person_titles and len(words) == 1
    # The name starts after a role ("Betriebsratschef Uwe Stolz"), with its courtesy title ("Mr. Kelly").
    start, end = tokens[0 if titled else last_title + 1].start, tokens[-1].end
    return Mention(" ".join(words), start, end, kind, gender, possessive, common=common, titled=titled)


def _is_title_word(g: Grammar, word: str) -> bool:
    low = word.lower()
    if low in g.titles or low.rstrip(".") in g.titles:
        return True
    return any(low.endswith(s) and len(low) > len(s) + 2 for s in g.lang.role_suffixes)


def _is_role_before_name(g: Grammar, words: list[str]) -> bool:
    """`Forecaster Aled Morgan`, `Evacuee Jim Harlan`: a word that is no first name before one that is."""
    first = words[0]
    lows = [w.lower() for w in words]
    if any(w in g.org_words for w in lows) or " ".join(lows[:2]) in PLACES or _place_prefix(g, first):
        return False  # "New York Times", "Sant Antoni de Vilamajor": a name, not a role before a name
    return (
        len(words) >= 3
        and not first.isupper()
        and not is_first_name(first)
        and words[1][:1].isupper()
        and is_first_name(words[1])
    )


def _first_name_gender(name: str, surnames: set[str]) -> str | None:
    """A lone first name ("Melanie said") has that name's gender unless someone bears it as a surname."""
    low = name.lower()
    if " " in name or low in surnames:
        return None
    return first_name_gender(low)


def _is_participle(g: Grammar, tok: Token) -> bool:
    suffix = g.lang.participle_suffix
    low = tok.low
    return bool(suffix) and low.endswith(suffix) and len(low) > 5 and low not in g.lang.not_participles


def _runs(
    g: Grammar, tokens: list[Token], text: str, bridges: frozenset[tuple[int, int]] = frozenset()
) -> list[list[Token]]:
    runs: list[list[Token]] = []
    cur: list[Token] = []
    for i, tok in enumerate(tokens):
        glued = bool(cur) and tok.start == cur[-1].end and cur[-1].text[-1:] in "'’"  # "d'Estaing"
        joined = glued or (bool(cur) and tok.start == cur[-1].end + 1 and text[cur[-1].end] != "\n")
        joined = joined or (bool(cur) and (cur[-1].end, tok.start) in bridges)
        if cur and joined and tok.low in g.headline_breaks and tok.text[:1].isupper():
            runs.append(cur)  # a title-case headline: "Donald Trump Is Right"
            cur = []
            continue
        acronym = len(cur) == 1 and cur[0].text.isupper() and len(cur[0].text) > 1
        if acronym and joined and is_first_name(tok.text):
            runs.append(cur)  # "à l'AFP Maryvonne Kerbrat": an outlet, then a person
            cur = []
        if _is_name_word(tok) and tok.low not in g.breaks_run and (not cur or joined):
            cur.append(tok)
            if _strip_possessive(tok.text) != tok.text:
                runs.append(cur)
                cur = []
            continue
        connector = tok.low in g.lang.name_connectors and bool(cur)
        if connector and g.lang.capitalised_nouns:
            connector = is_first_name(cur[0].text)  # "Ursula von der Leyen", not "Werkstatt von Graf"
        if cur and joined and connector and i + 1 < len(tokens) and _is_name_word(tokens[i + 1]):
            cur.append(tok)
            continue
        if cur:
            runs.append(cur)
        cur = [tok] if _is_name_word(tok) and tok.low not in g.breaks_run else []
    if cur:
        runs.append(cur)
    return runs


_NICKNAME = re.compile(r"[A-Z][\w’'-]*")


def _is_nickname(text: str, span: QuoteSpan) -> bool:
    """A quoted single name between the words of a name: `Robert C. “Bobby” Scott`."""
    lo, hi = span.outer_start, span.outer_end
    if not span.closed or not _NICKNAME.fullmatch(text[span.start : span.end]) or hi + 1 >= len(text):
        return False
    before = text[max(0, lo - 30) : lo].split(" ")
    name_before = len(before) >= 2 and before[-1] == "" and before[-2][:1].isupper()
    return name_before and text[hi] == " " and text[hi + 1].isupper()


_BEFORE_QUOTE = re.compile(r"[.!?…][”’\"»)\]]*\s+(?=[“\"«„‘]?" + MASK + ")")


def _split_before_quotes(masked: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Also end a sentence before a quote that opens the next one (`… said. “…”`)."""
    out = []
    for a, b in spans:
        for m in _BEFORE_QUOTE.finditer(masked, a, b):
            out.append((a, m.start() + 1))
            a = m.end()
        out.append((a, b))
    return out


class Document:
    """The masked text, its sentences and every name mention, for attributing quotes."""

    def __init__(
        self, text: str, spans: Sequence[QuoteSpan], direct: Sequence[bool], language: str | None = "en"
    ) -> None:
        self.g = g = grammar(language)
        self.lang = g.lang
        self.according_ends: set[int] = set()
        self.according_pronouns: dict[int, Token] = {}  # "по его словам": the end → the pronoun
        self._looking_back = 0
        chars = list(text)
        titles: list[tuple[int, int]] = []  # quoted names of films, parties, campaigns: never speakers
        bridges: set[tuple[int, int]] = set()  # gaps a quoted nickname leaves inside a name
        self.incises: dict[int, list[tuple[int, int]]] = {}
        for span, keep in zip(spans, direct, strict=True):
            if keep:
                hi = span.outer_end - 1 if span.closed else span.outer_end
                incises = self._incises(text, span.start, span.end)
                self.incises[span.outer_start] = incises
                for i in range(span.outer_start + 1, hi):
                    if chars[i] != "\n" and not any(a <= i < b for a, b in incises):
                        chars[i] = MASK
            elif _is_nickname(text, span):
                for i in range(span.outer_start, span.outer_end):
                    chars[i] = " "  # `Robert C. “Bobby” Scott`: one name, the nickname left out
                bridges.add((span.outer_start - 1, span.outer_end + 1))
            else:
                titles.append((span.start, span.end))
                chars[span.outer_start] = " "
                if span.closed:
                    chars[span.outer_end - 1] = " "
        self.text = text
        self.masked = "".join(chars)
        code = self.lang.code if self.lang.code != "und" else None
        spans = sentence_spans(self.masked, code)
        self.sentences = _split_before_quotes(self.masked, spans) or [(0, len(text))]
        self._sentence_starts = [a for a, _ in self.sentences]
        self.sentence_starts = frozenset(self._sentence_starts)
        self.tokens = _tokenize(self.masked, 0, len(self.masked))
        self._token_starts = [t.start for t in self.tokens]
        lowercase_seen = {t.text for t in self.tokens if t.text[:1].islower()}
        starts = set(self._sentence_starts)
        self.mentions: list[Mention] = []
        for run in _runs(g, self.tokens, self.masked, frozenset(bridges)):
            if len(run) == 1 and len(run[0].text) == 1:
                continue
            if any(a <= run[0].start and run[-1].end <= b for a, b in titles):
                continue
            if self.lang.morphology and len(run) == 1 and self._modifies_next(run[0]):
                continue  # "Сільська бібліотекарка", "в Ярославской области": an adjective, no name
            at_start = run[0].start in starts or self._after_opener(run[0].start)
            m = _run_to_mention(g, run, at_start, lowercase_seen, self._after_preposition(run[0].start))
            if m and m.kind == "person" and m.name.split()[0] == run[0].text and self._after_definite(m):
                m.kind = "org"  # "the Red Cross", "the Rolling Stones": a body, not a person
            if m and at_start and len(run) == 1 and m.kind == "unknown" and self._epithet_before_noun(run[0]):
                m.common = True  # "Principal prévenu, Karim Bensaïd, …": an adjective before its noun
            if m and self._after_street_noun(m.start):
                m.kind = "place"  # "вулиці Гетьмана Сагайдачного", "rue Victor-Hugo": a street
            if m:
                self.mentions.append(m)
        surnames = {m.name.split()[-1] for m in self.mentions if " " in m.name and m.kind == "person"}
        self.mentions = [m for m in self.mentions if not m.common or m.name in surnames]
        self._mention_starts = [m.start for m in self.mentions]
        said_by = self._said_by()
        self._index_names(said_by)

    def _incises(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Reporting clauses inside one quotation: `« …, explique-t-elle. … »`, `“… —ha señalado el
        consejero—, …”`, `«…, racconta Salvatore Esposito, …»`: a speech verb right after a comma or
        dash, up to the next comma, dash or full stop. They are left unmasked so their speaker is read."""
        out = []
        for m in _INCISE_START.finditer(text, lo, hi):
            words = [w.lower() for w in _INCISE_WORDS.findall(m.group("words"))]
            if not words:
                continue
            verb = words[1] if len(words) > 1 and words[0] in self.lang.auxiliaries else words[0]
            incise = self.g.incise.fullmatch(verb) if self.g.incise else None
            if verb in self.g.inverting or (incise and incise.group("verb") in self.g.cues):
                end = _INCISE_END.search(text, m.end("words"), min(hi, m.end("words") + 120))
                out.append((m.start("words"), end.start() if end else min(hi, m.end("words"))))
        return out

    def _said_by(self) -> set[str]:
        """Capitalised words that are the subject of a speech verb: `Smith said`, `Smith, 45, said`."""
        out = set()
        toks = self.tokens
        for i, tok in enumerate(toks):
            if tok.low not in self.g.said_by or i == 0:
                continue
            j = i - 1
            if toks[j].text == ",":  # skip back over an apposition of up to 80 characters
                k = j - 1
                while k > 0 and toks[k].text != "," and toks[j].start - toks[k].end <= 80:
                    k -= 1
                if k <= 0 or toks[k].text != "," or toks[j].start - toks[k].end > 80:
                    continue
                j = k - 1
            word = toks[j]
            if word.text[:1].isupper() and word.text[0] != MASK and not self._after_preposition(word.start):
                out.add(word.text)
        return out

    def _after_preposition(self, pos: int) -> bool:
        """`ministro de Economía, X, dijo`: the word at `pos` follows a preposition."""
        before = [w.lower() for w in self.masked[max(0, pos - 20) : pos].split()]
        if len(before) > 1 and before[-1] in self.lang.articles:
            before.pop()  # `la députée de la Nièvre Martine Delorme`: a preposition, then an article
        return bool(before) and before[-1] in self.lang.phrase_breaks

    def _after_street_noun(self, pos: int) -> bool:
        before = [w.lower() for w in self.masked[max(0, pos - 20) : pos].split()]
        while len(before) > 1 and before[-1] in self.lang.name_connectors:
            before.pop()  # "calle de Alcalá"
        if not before or not self.lang.street_nouns:
            return False
        word = before[-1]
        code = self.lang.morphology
        return (morph.lemma_of(code, word) if code else word) in self.lang.street_nouns

    def _epithet_before_noun(self, tok: Token) -> bool:
        """Where adjectives may precede their noun (fr, es, it, pt), a common capitalised word that
        opens a sentence right before a lower-case word ("Principal prévenu", "Nueva ley")."""
        if not self.lang.epithets or is_first_name(tok.text):
            return False
        if zipf(tok.low, self.lang.wordfreq) < _COMMON_EPITHET:
            return False
        i = bisect.bisect_right(self._token_starts, tok.start)
        nxt = self.tokens[i] if i < len(self.tokens) else None
        return nxt is not None and nxt.start == tok.end + 1 and nxt.text[:1].islower() and nxt.text.isalpha()

    def _modifies_next(self, tok: Token) -> bool:
        i = bisect.bisect_right(self._token_starts, tok.start)
        nxt = self.tokens[i] if i < len(self.tokens) else None
        code = self.lang.morphology or ""
        return nxt is not None and nxt.text[:1].islower() and morph.modifies(code, tok.text, nxt.low)

    def after_article(self, m: Mention) -> bool:
        """Whether a name follows a definite article, capitalised or not ("A Petrobras", "la RATP")."""
        before = self.masked[max(0, m.start - 12) : m.start].split()
        return bool(before) and before[-1].lower() in self.lang.definite_articles

    def _after_definite(self, m: Mention) -> bool:
        """Whether a name follows a lower-case definite article, with no title between."""
        before = self.masked[max(0, m.start - 12) : m.start].split()
        return bool(before) and before[-1] in self.lang.definite_articles

    def _after_opener(self, pos: int) -> bool:
        i = pos - 1
        while i >= 0 and self.masked[i] in " \t\"“‘„«(":
            i -= 1
        return i < 0 or self.masked[i] in "\n:"

    def _index_names(self, said_by: set[str]) -> None:
        full: dict[str, str] = {}
        person_last: set[str] = set()
        gender: dict[str, str] = {}
        # A full name that starts with a first name ("Julián Robles") before other runs ending alike
        # ("imprenta Hermanos Robles").
        ordered = sorted(self.mentions, key=lambda m: not is_first_name(m.name.split()[0]))
        for m in ordered:
            last = self.key(m.name)
            if m.kind == "person":
                person_last.add(last)
                if " " in m.name:
                    full.setdefault(last, m.name)
            if m.gender and m.kind == "person":
                gender.setdefault(last, m.gender)
        for m in self.mentions:  # then "Ortega" of "Miguel Ángel Ortega Ruiz", where no name ends so
            if m.kind == "person":
                for word in m.name.split()[1:-1]:
                    # "Lula" of "Luiz Inácio Lula da Silva": a first name, but not of this man's gender
                    other = m.gender is None or first_name_gender(word) not in (None, m.gender)
                    if word[:1].isupper() and (not is_first_name(word) or other):
                        full.setdefault(self.key(word), m.name)
        for m in self.mentions:
            last = self.key(m.name)
            named = last in person_last or m.name in said_by
            body = (self.lang.head_first or self.lang.capitalised_nouns) and self.after_article(m)
            if m.kind == "unknown" and named and not body:
                m.kind = "person"  # `Smith said`, not `A Petrobras anunciou` (no article before a person)
            if m.gender is None:
                m.gender = gender.get(last) or _first_name_gender(m.name, person_last)
        self.full = full
        by_first: dict[str, set[str]] = {}
        for m in self.mentions:
            words = m.name.split()
            if m.kind == "person" and len(words) > 1 and is_first_name(words[0]):
                by_first.setdefault(words[0].lower(), set()).add(m.name)
        taken = set(full) | {  # "Ms. Dong": a surname; "seiner Frau Gisela": a first name
            m.name.lower() for m in self.mentions if m.titled and not first_name_gender(m.name)
        }
        self.by_first = {k: next(iter(v)) for k, v in by_first.items() if len(v) == 1 and k not in taken}

    def key(self, name: str) -> str:
        """The lookup key of a name: its last word, lower case, in its dictionary form."""
        last = name.split()[-1] if name.split() else name
        code = self.lang.morphology
        return morph.lemma(code, last) if code else last.lower()

    def canonical(self, name: str) -> str:
        """A surname (or a lone first name) as the full name given earlier in the text."""
        words = name.split()
        if len(words) == 1 or (len(words) == 2 and words[0].lower() in self.lang.name_connectors):
            return self.full.get(self.key(name)) or self.by_first.get(name.lower(), name)  # "Di Lauro"
        return name

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0:
            a, b = self.sentences[i]
            if a <= pos < b:
                return a, b
        return pos, pos

    def sentence_before(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_left(self._sentence_starts, pos) - 1
        return self.sentences[i] if i >= 0 else (pos, pos)

    def tokens_in(self, lo: int, hi: int) -> list[Token]:
        i = bisect.bisect_left(self._token_starts, lo)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= hi:
            out.append(self.tokens[i])
            i += 1
        return out

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        i = bisect.bisect_left(self._mention_starts, lo)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < hi:
            out.append(self.mentions[i])
            i += 1
        return out

    def mention_start_after(self, pos: int) -> int:
        """Where a name right after `pos` may start: past a title ("…, Mme Hélène Castaing")."""
        toks = self.tokens_in(pos, pos + 30)[:3]
        skip = 0
        while skip < len(toks) - 1 and (_is_title_word(self.g, toks[skip].text) or toks[skip].text == "."):
            skip += 1
        return toks[skip].start + 1 if toks else pos + 2

    def mention_ending(self, tok: Token) -> Mention | None:
        for m in self.mentions_in(max(0, tok.start - 200), tok.end):
            if m.start <= tok.start < m.end or m.end == tok.end:
                return m
        return None

    def main_clause_start(self, lo: int, hi: int) -> int:
        """Where the main clause begins: after an opening adverbial clause ("After the vote, …")."""
        toks = self.tokens_in(lo, hi)
        elided = bool(toks) and _ELIDED.fullmatch(toks[0].low) is not None and toks[0].low[:1] == "d"
        if not toks or not (
            toks[0].low in self.lang.adverbial_starters or _is_participle(self.g, toks[0]) or elided
        ):  # `D'une voix éteinte, elle …`: a phrase opened by an elided preposition
            return lo
        for t in toks[1:]:
            if t.text == "," or (t.text in "”\"" and self.text[t.start - 1 : t.start] == ","):
                return t.end
        return lo

    def resolve_it(self, pos: int) -> str | None:
        """`what it called …`: "it" → an organisation named first in its sentence or the one before."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        lo = self.sentences[i][0] if i >= 0 else 0
        for a, b in [(lo, pos)] + [self.sentences[j] for j in range(i - 1, max(-1, i - 2), -1)]:
            names = [m for m in self.mentions_in(self.main_clause_start(a, b), b) if m.end <= b]
            if names:
                return names[0].name if names[0].kind == "org" and not names[0].possessive else None
        return None

    def speaking_pronoun(self, pos: int, gender: str | None, chain: bool = True) -> str | None:
        """The subject pronoun of a speech verb ("He added:") is whoever spoke in the sentence before,
        when the gender fits, rather than a name only mentioned there; else the person last named."""
        lo, _ = self.sentence_of(pos)
        own = [
            m for m in self.mentions_in(lo, pos)
            if m.kind == "person" and m.gender in (None, gender) and not self._object_before(m, lo, pos)
        ]
        if self._looking_back < 2 and not own:
            self._looking_back += 1
            try:
                i = bisect.bisect_right(self._sentence_starts, pos) - 1
                if i >= 1:
                    a, b = self.sentences[i - 1]
                    cues = _cues(self, a, b)
                    spoke = any(c.low in self.g.speech for c in cues)
                    sources = [c for c in cues if c.start in self.according_ends]
                    speaker = _cue_speaker(self, a, b) if spoke or sources else None
                    if sources and sources[0].start - a < 40:  # "Para o hidrogeólogo X, …": X's view
                        speaker = _subject_after(self, sources[0], b, source=True) or speaker
                    if speaker and spoke and self._replies(pos):
                        asked = self._addressee(a, b, speaker, gender)
                        if asked:
                            return asked  # `X asked Y about it. “…,” he replied.`: the one asked replies
                    if speaker and (gender is None or self.gender_of(speaker) in (None, gender)):
                        first, last = speaker.split()[0].lower(), speaker.split()[-1].lower()
                        role = spoke and first in self.lang.articles and last not in self.lang.org_words
                        body = self._spokesperson_in(a, b)  # an unknown name a spokesperson speaks for
                        named = any(
                            m.name == speaker and (m.kind == "org" or (body and m.kind == "unknown"))
                            for m in self.mentions
                        ) and (
                            gender is None or self._spokesperson_in(a, b)
                        )  # "she" is no organisation, unless its spokeswoman spoke there
                        if role and not self.is_person(speaker) and gender:
                            # "The Republican nominee vowed …" after "Donald Trump spoke …": he is the
                            # person that role named before, if any; else the role as written.
                            return self.resolve_pronoun(a, gender, chain=False) or speaker
                        # `Selon la préfecture du Finistère, … « … », a-t-elle indiqué`: a source whose
                        # article has the pronoun's gender
                        article = self.lang.article_genders.get(first)
                        agrees = bool(sources) and gender is not None and article == gender
                        if self.is_person(speaker) or role or named or agrees:
                            return speaker  # "The soldier, whose commander X was killed, told …"
            finally:
                self._looking_back -= 1
        return self.resolve_pronoun(pos, gender, chain=chain)

    def _replies(self, pos: int) -> bool:
        """Whether the pronoun at `pos` is the subject of a verb of answering ("he replied")."""
        toks = [t for t in self.tokens_in(pos, pos + 60)[1:3] if not _is_adverb(self, t)]
        return bool(toks) and toks[0].low in self.lang.reply_verbs

    def _addressee(self, lo: int, hi: int, speaker: str, gender: str | None) -> str | None:
        """The person spoken to in `[lo, hi)`: named there, of the pronoun's gender, not the speaker."""
        for m in self.mentions_in(lo, hi):
            person = m.kind == "person" or (m.kind == "unknown" and not m.common)
            name = _name_of(self, m)
            if person and not m.possessive and name != speaker and m.gender in (None, gender):
                return name
        return None

    def _spokesperson_in(self, lo: int, hi: int) -> bool:
        return any(t.low in self.lang.spokes_nouns for t in self.tokens_in(lo, hi))

    def is_person(self, name: str) -> bool:
        return any(m.kind == "person" and self.canonical(m.name) == name for m in self.mentions)

    def gender_of(self, name: str) -> str | None:
        for m in self.mentions:
            if m.gender and (m.name == name or self.canonical(m.name) == name):
                return m.gender
        return None

    def _attributive(self, m: Mention) -> bool:
        """`the Clinton campaign`, `the Obama administration`: a name modifying a body, not a referent."""
        head = self.tokens_in(m.end, m.end + 30)[:1]
        return bool(head) and head[0].text.islower() and head[0].low in self.g.org_words

    def _appositive_after(self, m: Mention) -> bool:
        """`Baker, a Republican, …`: a noun phrase set off after the word describes it as someone."""
        after = self.tokens_in(m.end, m.end + 20)[:2]
        return len(after) == 2 and after[0].text == "," and after[1].low in self.lang.articles

    def _unknown_people(self, lo: int, hi: int, gender: str | None) -> list[Mention]:
        """Where no person is named, a lone capitalised word that a pronoun can refer to: the subject
        opening the clause (`Price, who …, defended his record.`), or a first name of the pronoun's
        gender (`interviewed Dorsey`)."""
        toks = self.tokens_in(lo, hi)[:1]
        out = []
        for m in self.mentions_in(lo, hi):
            if m.kind != "unknown" or m.possessive or m.common or m.end > hi or self.lang.capitalised_nouns:
                continue
            elided = _ELIDED.fullmatch(m.name.lower())  # "D'une", not "D'Amato"
            word = elided.group(1) if elided else m.name
            common = any(zipf(part, self.lang.wordfreq) >= _COMMON_NOUN for part in word.split("-"))
            rare = not common or is_first_name(m.name)  # not "However", "Sage-femme"
            subject = bool(toks) and m.start == toks[0].start and m.gender in (None, gender)
            subject = subject and (rare or self._appositive_after(m))
            if subject or (gender and m.gender == gender):
                out.append(m)
        return out

    def resolve_pronoun(self, pos: int, gender: str | None, depth: int = 0, chain: bool = True) -> str | None:
        """he/she → the first person of the same sentence before it, else of the sentences before.

        A sentence whose subject is the same pronoun ("That's why, he argued, …") continues the
        chain: the pronoun refers to whoever that earlier pronoun refers to.
        """
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        lo = self.sentences[i][0] if i >= 0 else 0
        windows = [(lo, pos)] + [self.sentences[j] for j in range(i - 1, max(-1, i - 9), -1)]
        pronoun = self.masked[pos : pos + 3].lower().rstrip()
        oblique: Mention | None = None
        for k, (a, b) in enumerate(windows):
            main = self.main_clause_start(a, b)
            ordered = sorted(self.mentions_in(a, b), key=lambda m: m.start < main)
            people = [
                m for m in ordered
                if m.end <= b and m.kind == "person" and (gender is None or m.gender in (None, gender))
                and not (k == 0 and self._object_before(m, a, pos))
            ]
            people = [m for m in people if not self._attributive(m)]
            unknown = self._unknown_people(main, b, gender)
            gendered = bool(gender) and any(m.gender == gender for m in people)
            if gendered:  # `Jan Keller und Eva Roth … sagte sie`: the one
                people = sorted(people, key=lambda m: m.gender != gender)  # known to be of her gender
            if unknown and (not people or (unknown[0].start < people[0].start and not gendered)):
                people = unknown[:1] + people  # `Lindqvist doubts the plan …`: the subject comes first
            # A name that starts with a first name before capitalised words that may be a place or a
            # body ("Sant Cugat", "Protecção Civil").
            named = [m for m in people if " " in m.name and is_first_name(m.name.split()[0])]
            found = (named or people or [None])[0]
            alone = named and found is not people[0] and " " not in people[0].name
            if alone and not self._after_preposition(people[0].start):
                found = people[0]  # a surname alone ("Lindqvist") is a person, not a place ("en Andalucía")
            limit = found.start if found else b
            same = [t for t in self.tokens_in(a, limit) if chain and t.low == pronoun and t.start != pos]
            if same and depth < 5 and (a, b) != windows[0]:
                return self.resolve_pronoun(same[0].start, gender, depth + 1)
            if found and k and oblique is None and self._oblique(found, a) and k < 3:
                oblique = found  # `proposed by Carl Jones`: only mentioned; a subject before may be meant
                continue
            if found and oblique is not None and not self._oblique(found, a):
                return self.canonical(found.name)
            if oblique is not None:
                break
            if found:
                return self.canonical(found.name)
        return self.canonical(oblique.name) if oblique is not None else None

    def _object_before(self, m: Mention, lo: int, pos: int) -> bool:
        """Whether `m` is an object in a phrase opening the pronoun's own sentence (`After meeting Carl
        Dent, he said`, `In a letter to Carl Dent, he wrote`): a subject pronoun after it is someone else."""
        if self.masked.find(",", m.end, pos) < 0:
            return False  # not in an opening phrase
        before = self.tokens_in(max(lo, m.start - 30), m.start)[-1:]
        if not before or not before[0].text[:1].islower():
            return False
        lang = self.lang
        low = before[0].low
        return low not in lang.subordinators and low not in lang.relatives and low not in lang.conjunctions

    def _oblique(self, m: Mention, lo: int) -> bool:
        """Whether `m` stands after a preposition (`by Carl Jones`), not as a subject."""
        before = [t.low for t in self.tokens_in(max(lo, m.start - 20), m.start)[-1:]]
        return bool(before) and before[0] in self.lang.phrase_breaks and before[0] not in self.lang.relatives


def _resolve_np(doc: Document, toks: list[Token]) -> str | None:
    """Turn the noun phrase `toks` (subject of a cue) into a speaker name."""
    toks = _strip_adverbs(doc, toks)
    while toks and toks[-1].text == ",":
        toks = _strip_adverbs(doc, toks[:-1])
    if toks and toks[-1].text == ")":
        depth = 0
        for i in range(len(toks) - 1, -1, -1):
            depth += toks[i].text == ")"
            depth -= toks[i].text == "("
            if depth == 0:
                toks = toks[:i]
                break
    if not toks:
        return None
    head = _name_before_complement(doc, toks)
    if head:
        return head
    last = toks[-1]
    if last.low in doc.g.pronouns:
        return doc.speaking_pronoun(last.start, doc.g.pronouns[last.low])
    if last.low == "it":
        return doc.resolve_it(last.start)
    if last.low in doc.lang.other_pronouns:
        return None
    if doc.lang.capitalised_nouns and len(toks) <= 4:
        # `eine Sprecherin der Vereinigung`, `das Ministerium`: a capitalised noun, not yet a name.
        spoken_for = _spokesperson(doc, toks) or _named_body(doc, toks[-2:])
        if spoken_for:
            return spoken_for
        if toks[0].low in doc.lang.indefinite_articles:
            return None  # `sagte eine Anwohnerin`: someone the article does not name
    mention = doc.mention_ending(last)
    role = _role_of(doc, toks, mention) if mention is not None and mention.kind != "person" else None
    if mention is not None:
        return role or _name_of(doc, mention)
    # A common noun phrase ("the campaign", "a spokesman"): keep it as written.
    start = len(toks) - 1
    while start > 0 and len(toks) - start < 8:
        prev = toks[start - 1]
        if prev.low in doc.lang.determiners:
            start -= 1
            break
        if not prev.text[:1].isalpha() or prev.low in doc.g.cues or prev.low in doc.lang.phrase_breaks:
            break
        start -= 1
    phrase = doc.text[toks[start].start : toks[-1].end]
    if not any(ch.isalpha() for ch in phrase) or MASK in doc.masked[toks[start].start : toks[-1].end]:
        return None
    if all(t.low in doc.lang.stopwords or t.low in doc.lang.phrase_breaks for t in toks[start:]):
        return None  # "Її", "de": no noun at all
    spoken_for = _spokesperson(doc, toks) or _named_body(doc, toks[start:])
    if not spoken_for and toks[start].low in doc.lang.indefinite_articles:
        return None  # `un periodista`, `un employé d'une boutique`: someone the article does not name
    return spoken_for or _described(doc, toks[start:]) or _epithet(doc, toks[start:]) or phrase


def _role_of(doc: Document, toks: list[Token], body: Mention) -> str | None:
    """`the mayor of Boston`, `the chair of the committee`: a role noun whose complement names a body
    or a place is the speaker, as written (the place or body alone did not speak)."""
    lang = doc.lang
    before = [t for t in toks if t.end <= body.start]
    while before and before[-1].low in lang.determiners:
        before.pop()
    if len(before) < 2 or before[-1].low not in lang.phrase_breaks or before[-1].low in lang.relatives:
        return None
    noun = before[-2]
    if not noun.text[:1].islower() or noun.low in lang.stopwords or noun.low in doc.g.cues:
        return None
    start = len(before) - 2
    while start > 0 and len(before) - start < 6:
        prev = before[start - 1]
        if not (prev.text[:1].islower() or prev.low in lang.determiners):
            break
        start -= 1
        if prev.low in lang.determiners:
            break
    first = before[start]
    if first.low not in lang.determiners:
        return None
    return doc.text[first.start : body.end]


def _name_before_complement(doc: Document, toks: list[Token]) -> str | None:
    """`Edward Alden of the Council on Foreign Relations`, `Jake Lowry of CNN`, `Ann Lee from Ohio`: the
    person named before a prepositional complement heads the phrase, not the body or place after it."""
    for i, t in enumerate(toks[1:], 1):
        if t.low not in doc.lang.phrase_breaks:
            continue
        m = doc.mention_ending(toks[i - 1])
        heads = m is not None and m.kind == "person" and not m.possessive and m.start == toks[0].start
        if not heads or m.end != toks[i - 1].end:
            return None
        later = doc.mentions_in(t.end, toks[-1].end)
        if any(x.kind == "person" for x in later):
            return None  # `Secretary of State John Kerry`: the name comes last
        return _name_of(doc, m)
    return None


_WORDS = re.compile(r"\w+")


def _in_apposition(text: str, lo: int, hi: int, name: Mention) -> bool:
    """Whether the noun at `text[lo:hi]` describes `name` beside it: `Mayor Ann Lee`, `the mayor, Ann Lee`,
    `la ministra de Vivienda, Lucía Ferrer`, `l'adjointe au maire Émilie Rousseau`, `Ann Lee, the mayor`."""
    if name.start <= lo < name.end:
        return True
    if hi <= name.start:
        between = text[hi : name.start]
        words = len(_WORDS.findall(between))
        return words <= 2 or ("," in between and words <= 6)
    between = text[name.end : lo]
    return between.lstrip().startswith(",") and len(_WORDS.findall(between)) <= 4
_ELIDED = re.compile(r"(?:l|d)['’](\w+)")


def _spokesperson(doc: Document, toks: list[Token]) -> str | None:
    """`Eine Sprecherin der Vereinigung`, `a spokesman for the company`: the organisation speaks, by the
    name the text gave it ("Kassenärztliche Vereinigung Nordrhein")."""
    lang = doc.lang
    heads = [i for i, t in enumerate(toks) if t.low in lang.spokes_nouns or _body_source(doc, toks, i)]
    if not heads:
        return _compound_spokesperson(doc, toks)
    skip = lang.phrase_breaks | lang.articles
    after = [t for t in toks[heads[0] + 1 :] if t.low not in skip]
    if not after:
        return _subject_body(doc, toks[0].start)  # `Acme said … . “…,” a spokesperson said.`
    if after[0].cap and not lang.capitalised_nouns:  # `a spokesperson for North Yorkshire council`
        phrase = [after[0]]
        for t in after[1:]:
            if t.start > phrase[-1].end + 1 or not t.text[:1].isalpha():
                break
            phrase.append(t)
        return doc.text[phrase[0].start : phrase[-1].end]
    noun = after[0].low
    for m in reversed(doc.mentions_in(0, toks[0].start)):
        first_name = m.kind == "person" and is_first_name(m.name.split()[0])
        if not first_name and noun in m.name.lower().split():
            return m.name
    return None


def _body_source(doc: Document, toks: list[Token], i: int) -> bool:
    """`fuentes de la Policía Nacional`, `sources au sein de la SNCF`: unnamed sources of a named body
    speak for it, as a spokesperson does."""
    lang = doc.lang
    if toks[i].low not in lang.source_nouns or lang.capitalised_nouns or lang.morphology:
        return False
    rest = [t for t in toks[i + 1 : i + 5] if t.low not in lang.articles]
    return len(rest) >= 2 and rest[0].low in lang.phrase_breaks and rest[1].cap


def _compound_spokesperson(doc: Document, toks: list[Token]) -> str | None:
    """`ein Polizeisprecher`, `die Konzernsprecherin`: in a language that compounds its nouns, the
    spokesperson of the organisation named earlier with the compound's first part ("Polizei Bremerhaven")."""
    if not doc.lang.capitalised_nouns:
        return None
    for t in toks:
        for noun in doc.lang.spokes_nouns:
            prefix = t.low[: -len(noun)]
            if t.low.endswith(noun) and len(prefix) >= 3:
                for m in reversed(doc.mentions_in(0, toks[0].start)):
                    if m.kind != "person" and any(w.lower().startswith(prefix) for w in m.name.split()):
                        return m.name
    return None


def _named_body(doc: Document, toks: list[Token]) -> str | None:
    """`the authority`, `la Xunta`, `o ministério`, `das Ministerium`: a definite noun that heads the name
    of an organisation given earlier is that organisation: its last word ("Kenya Ports Authority"), its
    first where the head comes first ("Ministério da Educação"), the end of a compound
    ("Umweltministerium")."""
    lang = doc.lang
    if len(toks) != 2 or toks[0].low not in lang.definite_articles:
        return None
    noun = toks[1].low
    for m in reversed(doc.mentions_in(0, toks[0].start)):
        words = m.name.lower().split()
        if m.kind not in {"org", "unknown"} or (len(words) < 2 and not lang.capitalised_nouns):
            continue
        if words[-1] == noun or (lang.head_first and words[0] == noun):
            return m.name
        if lang.capitalised_nouns and words[-1].endswith(noun) and len(words[-1]) > len(noun) + 2:
            return m.name
    if noun in lang.generic_bodies:  # `a empresa`, `l'entreprise`: the organisation last named
        bodies = [
            m for m in doc.mentions_in(0, toks[0].start)
            if not m.possessive and not m.common
            and (m.kind == "org" or (m.kind == "unknown" and doc.after_article(m)))
        ]
        return bodies[-1].name if bodies else None
    return None


def _epithet(doc: Document, toks: list[Token]) -> str | None:
    """`confie l'éleveur`, `sagt die Ärztin`, `disse o comandante`: where the press names a person again by
    a definite role noun, it is the person last named (of the article's gender)."""
    lang = doc.lang
    if not lang.epithets or len(toks) > 3 or not (toks[-1].text[:1].islower() or lang.capitalised_nouns):
        return None
    if toks[-1].low in lang.org_words or toks[-1].low in lang.stopwords or toks[-1].low in lang.source_nouns:
        return None
    first = toks[0].low
    elided = _ELIDED.fullmatch(first) is not None and first[:1] == "l"
    if not elided and first not in lang.definite_articles:
        return None
    body = None if _is_title_word(doc.g, toks[-1].text) else _subject_body(doc, toks[0].start)
    if body is not None:
        return body  # `La CGT anunció un plan. “…”, señaló la central obrera.`
    return doc.resolve_pronoun(toks[0].start, lang.article_genders.get(first), chain=False)


def _subject_body(doc: Document, pos: int) -> str | None:
    """The organisation that opens the sentence before `pos` as its subject ("La Guardia Civil desvió …"),
    when no person is named there."""
    lo, _ = doc.sentence_of(pos)
    a, b = doc.sentence_before(lo)
    toks = doc.tokens_in(a, b)[:2]
    names = doc.mentions_in(a, b)
    if not toks or not names or any(m.kind == "person" and is_first_name(m.name.split()[0]) for m in names):
        return None
    head = names[0]
    surname = doc.canonical(head.name) != head.name or head.gender is not None
    if head.kind != "place" and not surname and head.start <= toks[-1].end and not head.possessive:
        return head.name
    return None


def _described(doc: Document, toks: list[Token]) -> str | None:
    """`the mayor`, `l'éleveur`, `o comandante`: a definite role noun names the person it last described
    ("Mayor Ann Lee", "Jean Hartmann, éleveur à Gérardmer"), found by the nearest person in that sentence."""
    lang = doc.lang
    elided = _ELIDED.fullmatch(toks[0].low) if len(toks) == 1 else None
    if elided and lang.code in {"fr", "it"}:
        noun = elided.group(1)
    elif len(toks) == 2 and toks[0].low in lang.definite_articles and toks[1].text[:1].islower():
        noun = toks[1].low
    else:
        return None
    if noun in lang.org_words or noun in lang.stopwords or len(noun) < 4:
        return None
    s_lo, _ = doc.sentence_of(toks[0].start)
    for m in reversed(list(re.finditer(r"\b" + re.escape(noun) + r"\b", doc.masked[:s_lo], re.IGNORECASE))):
        a, b = doc.sentence_of(m.start())
        people = [
            p for p in doc.mentions_in(a, b)
            if p.kind == "person" and not p.possessive and _in_apposition(doc.masked, m.start(), m.end(), p)
        ]
        people = [p for p in people if is_first_name(p.name.split()[0])] or people
        if people:
            nearest = min(people, key=lambda p: max(p.start - m.end(), m.start() - p.end))
            return doc.canonical(nearest.name)
    return None


def _is_adverb(doc: Document, tok: Token) -> bool:
    low = tok.low
    lang = doc.lang
    if low in lang.cue_adverbs:
        return True
    suffix = lang.adverb_suffix
    if suffix and low.endswith(suffix) and len(low) > 4 and low not in lang.not_adverbs:
        return True
    suffixes = lang.adverb_suffixes
    return tok.text[:1].islower() and any(low.endswith(s) and len(low) > len(s) + 3 for s in suffixes)


def _null_subject(doc: Document, cue: Token) -> str | None:
    """Where the subject may be left out ("“…”, ha explicado."), the person last spoken of speaks."""
    if not doc.lang.pro_drop:
        return None
    gender = None
    if doc.lang.morphology:
        gender = morph.verb_gender(doc.lang.morphology, cue.low)
        if gender is None:
            return None
    return doc.speaking_pronoun(cue.start, gender, chain=False)


def _strip_adverbs(doc: Document, toks: list[Token]) -> list[Token]:
    time_words = doc.lang.time_words
    while toks and (_is_adverb(doc, toks[-1]) or toks[-1].text in _DASHES or toks[-1].low in time_words):
        noun = len(toks) > 1 and toks[-2].low in doc.lang.determiners
        if noun and toks[-1].low not in doc.lang.cue_adverbs:
            break  # `le gouvernement`: a noun after its article, whatever its ending
        toks = toks[:-1]
    return toks


def _apposition_head(doc: Document, toks: list[Token]) -> list[Token]:
    """`John Smith, a spokesman for X,` → the tokens of `John Smith`."""
    chunks: list[list[Token]] = [[]]
    depth = 0
    for t in toks:
        depth = max(0, depth + (t.text == "(") - (t.text == ")"))
        if t.text == "," and depth == 0:
            chunks.append([])
        else:
            chunks[-1].append(t)
    chunks = [c for c in chunks if c]
    for i in range(len(chunks) - 1, -1, -1):
        c = chunks[i]
        text = doc.masked[c[0].start : c[-1].end]
        appositive = (
            c[0].low in doc.lang.determiners
            or c[0].low in doc.lang.apposition_starters
            or c[0].text[:1].islower()
            or _PARTY_STATE.fullmatch(text.strip()) is not None
            or (doc.mention_ending(c[-1]) or Mention("", 0, 0, "unknown", None, False)).kind == "place"
        )
        ending = doc.mention_ending(c[-1])
        named = ending is not None and ending.kind == "person"
        if named and any(t.low in doc.lang.phrase_breaks for t in c[1:]):
            named = False  # `an adviser to President X`: a name inside a description
        if appositive and i > 0 and c[0].low in doc.lang.determiners and named:
            appositive = False
        if not appositive and i > 0 and c[0].low in doc.lang.adverbial_starters:
            appositive = True
        if not appositive or i == 0:
            return c
    return []


def _sentence_subject(doc: Document, lo: int, hi: int) -> str | None:
    """The subject of the sentence starting at `lo`, skipping a leading adverbial phrase."""
    toks = doc.tokens_in(doc.main_clause_start(lo, hi), hi)
    for t in toks[: doc.lang.subject_window]:
        if t.low in doc.g.pronouns:
            return doc.resolve_pronoun(t.start, doc.g.pronouns[t.low])
    if toks and toks[0].low in doc.lang.articles:
        for i, t in enumerate(toks[1:7], 1):
            past = t.text[:1].islower() and t.low.endswith("ed")
            verb = t.low in doc.g.cues or t.low in doc.lang.finite_verbs or past
            if verb or _is_adverb(doc, t):
                if i > 1 and toks[i - 1].text[:1].islower() and not doc.mention_ending(toks[i - 1]):
                    return doc.text[toks[0].start : toks[i - 1].end]  # `The Republican nominee also vowed …`
                break
            if not t.text[:1].isalpha() or t.low in doc.lang.phrase_breaks:
                break
    found = doc.mentions_in(toks[0].start if toks else lo, hi)
    if doc.lang.head_first:  # `El técnico del Betis, Manuel Pellegrini, fue claro`: the club completes
        named = [m for m in found if m.kind == "person" and is_first_name(m.name.split()[0])]
        found = [m for m in found if not (doc._after_preposition(m.start) and named and m not in named)]
    for m in found:
        head = doc.tokens_in(m.end, m.end + 40)[:1]
        if head and head[0].text.islower() and head[0].low in doc.g.org_words and not m.possessive:
            return f"{m.name} {head[0].text}"  # `The Trump campaign sent …`
        if m.kind in {"person", "unknown"}:
            return doc.canonical(m.name)
    return None


def _inflected_subject_before(doc: Document, lo: int, cue: Token) -> str | None:
    """In a language with cases the subject before the verb is its nominative name, pronoun or role."""
    code = doc.lang.morphology or ""
    toks = doc.tokens_in(lo, cue.start)
    for m in doc.mentions_in(toks[0].start if toks else lo, cue.start):
        if m.nominative and m.kind in {"person", "unknown"} and not m.possessive:
            return _name_of(doc, m)
    for t in reversed(toks):
        if t.low in doc.g.pronouns:
            return doc.resolve_pronoun(t.start, doc.g.pronouns[t.low])
    for t in toks:
        if t.text[:1].islower() and t.low not in doc.lang.stopwords:
            role, gender = morph.is_nominative_noun(code, t.low)
            if role:
                return doc.resolve_pronoun(t.start, morph.verb_gender(code, cue.low) or gender)
    if morph.is_plural_verb(code, cue.low):
        after = doc.tokens_in(cue.end, doc.sentence_of(cue.start)[1])
        body = _body_in(doc, after, 3) or _body_in(doc, toks, 1)
        if body:
            return body  # `…, сообщили «Интерфаксу» в ГУ МЧС.`, `В министерстве заявили, …`
    if not any(t.text == "," for t in toks):  # `Позднее это подтвердил пресс-секретарь Кремля: «…»`
        inverted = _inflected_subject_after(doc, cue, doc.sentence_of(cue.start)[1], strict=True)
        if inverted:
            return inverted
    return _null_subject(doc, cue)


def _words_from(toks: list[Token], i: int) -> list[str]:
    out = []
    for t in toks[i : i + 8]:
        if not t.text[:1].isalpha():
            break
        out.append(t.text)
    return out


def _body_in(doc: Document, toks: list[Token], within: int, resolve: bool = True) -> str | None:
    """A body named after a preposition among the first `within` tokens (`в ведомстве`, `у Вінницькій
    міській раді`), the speaker of an impersonal plural verb, in the nominative."""
    code = doc.lang.morphology or ""
    for i, t in enumerate(toks[:within]):
        if t.low in doc.lang.body_prepositions:
            phrase = morph.body_phrase(code, _words_from(toks, i + 1), "loct")
            if phrase and resolve:
                return _body_named(doc, phrase, t.start)
            if len(phrase) > 1 or (phrase and phrase[0][:1].isupper()):
                return " ".join(phrase)
    return None


def _body_named(doc: Document, phrase: list[str], pos: int) -> str:
    """A body's name; a word that stands for the body last named (`ведомство`) is that body, and a
    bare common noun (`прокуратура`) takes the fuller name given earlier (`Прокуратура Пермского края`)."""
    code = doc.lang.morphology or ""
    if len(phrase) == 1 and phrase[0][:1].islower():
        lemma = morph.lemma_of(code, phrase[0])
        if lemma not in doc.lang.generic_bodies:
            before = doc.tokens_in(max(0, pos - 3000), pos)
            for t in reversed([t for t in before if morph.lemma_of(code, t.low) == lemma]):
                fuller = morph.body_phrase(code, _words_from(doc.tokens, doc.tokens.index(t)), None)
                if len(fuller) > 1:
                    return " ".join(fuller)
        return _last_body(doc, pos) or phrase[0]
    return " ".join(phrase)


def _last_body(doc: Document, pos: int) -> str | None:
    """The body last spoken of before `pos`: `в X сообщили`, or else the organisation last named."""
    code = doc.lang.morphology or ""
    i = bisect.bisect_right(doc._sentence_starts, pos) - 1
    for j in range(i, max(-1, i - 4), -1):
        a, b = doc.sentences[j]
        toks = doc.tokens_in(a, min(b, pos))
        for k, t in enumerate(toks):
            if morph.is_plural_verb(code, t.low):
                body = _body_in(doc, toks[k + 1 :], 3, False) or _body_in(doc, toks[:k], 1, False)
                if body:
                    return body
        orgs = [m for m in doc.mentions_in(a, min(b, pos)) if m.kind == "org" and m.end <= pos]
        if orgs:
            org = orgs[-1].name
            fuller = morph.body_phrase(code, _words_from(doc.tokens_in(orgs[-1].start, b), 0), None)
            named = len(fuller) > len(org.split()) and fuller[0].lower() == org.split()[0].lower()
            return " ".join(fuller) if named else org  # "Рада бізнес-омбудсмена"
    return None


def _statement_source(doc: Document, toks: list[Token]) -> str | None:
    """`говорится в сообщении прокуратуры`, `йдеться у заяві установи`, `hieß es aus dem Ministerium`,
    `heißt es in einer Mitteilung der Stadt`: whose statement it is."""
    code = doc.lang.morphology or ""
    if not code:
        for t in _until_break(toks[1:12]):
            if t.low in doc.lang.statement_nouns or not t.cap:
                continue
            m = doc.mention_ending(t)
            if m is not None and m.kind != "place" and m.start >= toks[0].end:
                noun = m.name.lower()
                if " " not in noun and (noun in doc.lang.org_words or noun in doc.lang.generic_bodies):
                    fuller = [x for x in doc.mentions_in(0, m.start) if noun in x.name.lower().split()]
                    return fuller[-1].name if fuller else m.name  # `der Gewerkschaft` → "Gewerkschaft Verdi"
                return m.name
        return None
    for i, t in enumerate(toks[:-1]):
        statement = morph.lemma_of(code, toks[i + 1].low) in doc.lang.statement_nouns
        if t.low in doc.lang.body_prepositions and statement:
            phrase = morph.body_phrase(code, _words_from(toks, i + 2), "gent")
            return _body_named(doc, phrase, t.start) if phrase else _last_body(doc, t.start)
    return None


def _subject_before(doc: Document, lo: int, cue: Token) -> str | None:
    if doc.lang.morphology:
        return _inflected_subject_before(doc, lo, cue)
    toks = _strip_adverbs(doc, doc.tokens_in(lo, cue.start))
    while toks and (toks[-1].low in doc.lang.auxiliaries or toks[-1].low in doc.lang.clitics):
        toks = _strip_adverbs(doc, toks[:-1])  # `X, le replicó`, `X a`, `X lui a dit`
    if not toks or (doc.lang.pro_drop and all(t.low in doc.lang.common_starters for t in toks)):
        return _null_subject(doc, cue)
    if toks[-1].low in doc.lang.conjunctions or toks[-1].low == "to":
        s_lo, _ = doc.sentence_of(cue.start)
        return _sentence_subject(doc, s_lo, cue.start)
    if toks[-1].low in doc.lang.relatives and toks[-1].low != "that":
        toks = _strip_adverbs(doc, toks[:-1])
    if toks and toks[-1].text == ",":
        toks = _apposition_head(doc, toks)
    return _resolve_np(doc, toks) if toks else None


def _name_of(doc: Document, m: Mention) -> str:
    return m.name if m.kind in {"org", "place"} else doc.canonical(m.name)


def _inflected_subject_after(
    doc: Document, cue: Token, hi: int, any_case: bool = False, strict: bool = False
) -> str | None:
    """In a language with cases the subject after the verb is the nominative, wherever it stands:
    `— рассказала РИА Новости местная жительница Ольга Кравец`. A role noun alone (`— пояснил
    чиновник`) names the last person of the verb's gender."""
    code = doc.lang.morphology or ""
    window: list[Token] = []
    for t in doc.tokens_in(cue.end, hi):
        if t.text in {".", ";", ":", "!", "?", ",", "(", "—", "–"} or MASK in t.text:
            break
        window.append(t)
    if not window:
        return None if any_case else _null_subject(doc, cue)
    names = [m for m in doc.mentions_in(window[0].start, window[-1].end) if m.nominative or any_case]
    for m in names:
        if m.kind in {"person", "unknown"}:
            return _name_of(doc, m)
    if morph.is_plural_verb(code, cue.low):
        body = _body_in(doc, window, 3)
        if body:
            return body  # `— сообщили в региональном ГУ МЧС`
    for k, t in enumerate(window[:3]):
        if t.text[:1].islower() and morph.lemma_of(code, t.low) in doc.lang.spokes_nouns:
            body = morph.body_phrase(code, _words_from(window, k + 1), "gent")
            if body:
                return _body_named(doc, body, t.start)  # `— сказал пресс-секретарь Кремля`
    for k, t in enumerate(window[:3]):
        lemma = morph.lemma_of(code, t.low)
        named = t.low.split("-")[-1] in doc.lang.org_words or lemma in doc.lang.generic_bodies
        if t.text[:1].islower() and named:
            phrase = morph.body_phrase(code, _words_from(window, k), "nomn")
            if phrase:
                return _body_named(doc, phrase, t.start)  # `— заявила пресс-служба администрации Перми`
    gender = morph.verb_gender(code, cue.low)
    for t in window:
        if t.low in doc.g.pronouns:
            return doc.speaking_pronoun(t.start, doc.g.pronouns[t.low])
        if t.text[:1].islower():
            if morph.lemma_of(code, t.low) in doc.lang.source_nouns:
                return None  # `— сказал собеседник издания`: a source the article does not name
            role, role_gender = morph.is_nominative_noun(code, t.low, any_case)
            if role or t.low in doc.lang.titles:
                return doc.resolve_pronoun(t.start, gender or role_gender)
    if strict:
        return None  # `…, пояснив УП, що …`: after a comma, an outlet told is no inverted subject
    return _name_of(doc, names[0]) if names else None


def _after_object(doc: Document, toks: list[Token]) -> str | None:
    """`contou ao Observador Joaquim Guerreiro, agricultor`: past an indirect object to the named subject."""
    lang = doc.lang
    if not toks or toks[0].low not in lang.phrase_breaks:
        return None
    if toks[0].low in lang.relatives or toks[0].low in lang.subordinators or toks[0].low in lang.conjunctions:
        return None
    for t in toks[1:7]:
        if t.text in _PHRASE_END or t.text in {".", ";"} or MASK in t.text:
            break
        m = doc.mention_ending(t)
        named = m is not None and m.kind == "person" and is_first_name(m.name.split()[0])
        if m is not None and named and m.start >= toks[1].start:
            return _name_of(doc, m)
    # `a assuré devant la presse le directeur du groupe, Philippe Arnaud`: past the phrase, the subject.
    definite = lang.definite_articles
    # `disse ao g1 o secretário …`: the last article past the object (the preposition may hold the first).
    # An article right after a preposition opens another complement ("dijo a la Cadena SER a la salida").
    articles = [
        i
        for i, t in enumerate(toks[:8])
        if i >= 2
        and (t.low in definite or _ELIDED.fullmatch(t.low))
        and toks[i - 1].low not in lang.phrase_breaks
    ]
    role = bool(articles) and articles[-1] + 1 < len(toks) and toks[articles[-1] + 1].text[:1].islower()
    if role:  # a role noun follows the article, not a name ("en declaraciones a La Vanguardia")
        return _subject_after(doc, toks[articles[-1] - 1], toks[-1].end)
    return None


def _subject_after(
    doc: Document, cue: Token, hi: int, strict: bool = False, source: bool = False
) -> str | None:
    """The subject of an inverted cue: `said John Smith, a spokesman,` / `said a spokesman, John Smith`.

    `strict` (the cue follows a comma inside the sentence) rejects a name that is followed by more
    of a clause: `, says Hillsborough is …` is not an inversion.
    """
    if doc.lang.morphology:
        return _inflected_subject_after(doc, cue, hi, any_case=source, strict=strict)
    toks = doc.tokens_in(cue.end, hi)
    if len(toks) > 3 and toks[0].text == "," and not doc.lang.morphology:
        # `a rappelé, mardi, le garde des Sceaux`, `contou, emocionada, a agricultora X`: an aside
        close = next((k for k in range(2, min(len(toks), 5)) if toks[k].text == ","), None)
        aside = toks[1:close] if close else []
        if aside and all(x.text[:1].islower() and x.low not in doc.lang.determiners for x in aside):
            toks = toks[close + 1 :]
    while toks and (_is_adverb(doc, toks[0]) or toks[0].low in doc.lang.time_words or toks[0].low == "on"):
        toks = toks[1:]
    out: list[Token] = []
    rest: list[Token] = []
    for i, t in enumerate(toks):
        starts_name = t.cap and any(m.start == t.start for m in doc.mentions_in(t.start, t.end))
        breaks = t.low in doc.lang.phrase_breaks and not starts_name
        if t.text in _PHRASE_END or t.text[0] == MASK or breaks:
            rest = toks[i:]
            break
        if t.text == "." and not (out and out[-1].end == t.start and len(out[-1].text) <= 3):
            rest = toks[i:]
            break
        out.append(t)
    if not out:  # `…, explicó a EFE que …`: after a comma, no inversion, and no subject left out either
        return None if strict else (_after_object(doc, rest) or _null_subject(doc, cue))
    if out[0].low in doc.g.pronouns:
        return _resolve_np(doc, out[:1])
    lang = doc.lang
    body = len(out) == 2 and out[0].low in lang.definite_articles and out[1].low in lang.generic_bodies
    if body and len(rest) > 1 and rest[0].low in lang.name_connectors and rest[1].cap:
        named = doc.mention_ending(rest[1])  # `la préfecture du Finistère`: the body and what it serves
        if named is not None and named.kind in {"place", "unknown", "org"}:
            return doc.text[out[0].start : named.end]
    if any(t.low in lang.source_nouns and t.text[:1].islower() for t in out):
        # `dijeron fuentes de la Policía Nacional`; `a confié cette source`: a source that names no body
        # is nobody
        return _spokesperson(doc, out + rest[:8])
    bare = out[0].low not in lang.determiners and not _ELIDED.fullmatch(out[0].low)
    if lang.pro_drop and bare and all(t.text[:1].islower() for t in out):
        return _null_subject(doc, cue)  # `racconta commosso`: no subject, an adjective
    spoken_for = None if _named_after_comma(doc, rest, hi) else _spokesperson(doc, out)
    if spoken_for:
        return spoken_for  # `said a spokeswoman for the resort, Jennifer Oakes`: she is named below
    names = doc.mentions_in(out[0].start, out[-1].end)
    if strict and (not names or names[0].possessive or names[-1].end < out[-1].end):
        return None
    if strict and rest and rest[0].text == ":":
        return None  # `The judge, Ann Lee, asked Tom Baker: “…”`: the verb's object, not its subject
    owner = bool(names) and names[0].possessive and names[0].start == out[0].start
    if names and out[0].cap and not owner:
        return _name_of(doc, names[0])
    named = _named_after_comma(doc, rest, hi)
    if named and (out[0].low in lang.determiners or _ELIDED.fullmatch(out[0].low) or owner):
        return named  # `said a Justice Department spokesman, Ken Lowe.`, `said Acme's chief, Ann Lee.`
    if names and lang.capitalised_nouns and out[0].low in lang.determiners:
        described = _resolve_np(doc, out)  # `teilte das Ministerium mit`: a noun, not yet a name
        if described or out[0].low in lang.indefinite_articles:
            return described  # `sagte eine Anwohnerin`: nobody named
    after = [t for t in out if t.start >= names[-1].end][:1] if names else []
    modifier = bool(after) and after[0].text[:1].islower() and after[0].low not in lang.stopwords
    modifier = modifier and not _is_adverb(doc, after[0])  # `il sindaco Matteo Lorenzini presentando …`
    if names and modifier and out[0].low in lang.determiners and not lang.capitalised_nouns:
        return _resolve_np(doc, out)  # `said one Democratic source`: the name only describes the noun
    if names:
        return _name_of(doc, names[-1])
    if named:
        return named
    # `a indiqué l'adjointe au maire Émilie Rousseau.`: a named person closing the phrase without a comma.
    for t in rest[:6]:
        if t.text in _PHRASE_END or t.text in {".", ";"} or MASK in t.text:
            break
        m = doc.mention_ending(t)
        named = m is not None and m.kind == "person" and is_first_name(m.name.split()[0])
        if m is not None and named and m.start >= rest[0].start:
            return _name_of(doc, m)
    return _resolve_np(doc, out)


def _named_after_comma(doc: Document, rest: list[Token], hi: int) -> str | None:
    """The person named in apposition after a described subject: `said a spokeswoman for the resort,
    Jennifer Oakes.`"""
    for j, t in enumerate(rest[:12]):
        if t.text == ",":
            after = doc.mentions_in(t.end, doc.mention_start_after(t.end))
            if after and after[0].kind == "person":
                nxt = doc.tokens_in(after[0].end, hi)[:1]
                if not nxt or nxt[0].text in {".", ",", ";"} or MASK in nxt[0].text:
                    return _name_of(doc, after[0])
            if j:
                break
    return None


def _cues(doc: Document, lo: int, hi: int) -> list[Token]:
    toks = doc.tokens_in(lo, hi)
    out = []
    for i, t in enumerate(toks):
        end = _according_end(doc, toks, i)
        if end is not None:
            out.append(toks[end])
            continue
        j = i - 1
        while j > 0 and _is_adverb(doc, toks[j]):
            j -= 1
        noun = j >= 0 and toks[j].low in doc.lang.possessives
        if (t.low in doc.g.cues or t.low in doc.g.participles or _incise(doc, t)) and not noun:
            out.append(t)
    return out


def _according_end(doc: Document, toks: list[Token], i: int) -> int | None:
    """Where an "according to" phrase ("по словам", "selon", "de acuerdo con") starting at `i` ends."""
    if toks[i].low in doc.lang.opinion_openers and toks[i].start in doc.sentence_starts:
        doc.according_ends.add(toks[i].start)
        return i
    for rest in doc.g.according.get(toks[i].low, ()):
        end = i + len(rest)
        if end < len(toks) and all(toks[i + 1 + k].low == w for k, w in enumerate(rest)):
            doc.according_ends.add(toks[end].start)
            return end
        # `по его словам`, `за її словами`: a possessive pronoun inside the phrase is the source.
        mine = toks[i + 1] if rest and end + 1 < len(toks) else None
        if mine is not None and mine.low in doc.lang.according_pronouns and all(
            toks[i + 2 + k].low == w for k, w in enumerate(rest)
        ):
            doc.according_ends.add(toks[end + 1].start)
            doc.according_pronouns[toks[end + 1].start] = mine
            return end + 1
    return None


def _according_source(doc: Document, cue: Token, hi: int) -> str | None:
    """The source of an "according to" phrase ending at `cue`."""
    mine = doc.according_pronouns.get(cue.start)
    if mine is not None:
        return doc.speaking_pronoun(mine.start, doc.lang.according_pronouns[mine.low])
    after = doc.tokens_in(cue.end, hi)[:4]
    for i, t in enumerate(after):
        if t.low in doc.g.cues and not doc.lang.morphology:
            # `según explicó X`; `secondo quanto riferito dai carabinieri`: the verb's subject or agent
            agent = after[i + 1] if i + 1 < len(after) else None
            if agent is not None and agent.low in doc.lang.agent_prepositions:
                toks = _until_break(doc.tokens_in(agent.end, hi)[:6])
                return _resolve_np(doc, toks) if toks else None
            return _subject_after(doc, t, hi)
        if t.text[:1].isupper() or t.text in {",", "."}:
            break
    found = _subject_after(doc, cue, hi, source=True)
    code = doc.lang.morphology
    if found is None and code:  # `За інформацією Нацполіції`: a body in the genitive
        body = morph.body_phrase(code, _words_from(doc.tokens_in(cue.end, hi), 0), "gent")
        return _body_named(doc, body, cue.end) if body else None
    if found and code and " " not in found and not doc.is_person(found):
        body = morph.body_phrase(code, [found], "gent")  # `По данным Росстата` → "Росстат"
        return body[0] if len(body) == 1 else found
    return found


def _until_break(toks: list[Token]) -> list[Token]:
    out = []
    for t in toks:
        if t.text in _PHRASE_END or t.text == "." or MASK in t.text:
            break
        out.append(t)
    return out


def _incise(doc: Document, tok: Token) -> str | None:
    """French inversion "dit-il", "explique-t-elle", "a-t-il": the pronoun's gender ("" for plural)."""
    if doc.g.incise is None:
        return None
    m = doc.g.incise.fullmatch(tok.low)
    if m is None or not (m.group("verb") in doc.g.cues or m.group("verb") in doc.lang.auxiliaries):
        return None
    return doc.lang.inversion_pronouns[m.group("pron")]


def _incise_speaker(doc: Document, tok: Token) -> str | None:
    gender = _incise(doc, tok)
    return doc.speaking_pronoun(tok.start, gender) if gender else None


def _main_subject(doc: Document, lo: int, hi: int) -> str | None:
    """The speaker of a participle cue: the finite cue earlier in the sentence, else its subject."""
    for cue in reversed(_cues(doc, lo, hi)):
        prev = doc.tokens_in(max(lo, cue.start - 12), cue.start)[-1:]
        if cue.low in doc.g.cues and not (prev and prev[0].low in doc.lang.relatives):
            return _subject_before(doc, _clause_start(doc, lo, cue.start), cue)
    return _sentence_subject(doc, lo, hi)


def _clause_start(doc: Document, lo: int, pos: int) -> int:
    i = doc.masked.rfind(MASK, lo, pos)
    return lo if i < 0 else i + 1


_LABEL = re.compile(r"([A-Z][A-Z'’\-]{2,}):\s")
_AFTER_LEAD = re.compile(r"[\s,”’\"»“―—–-]*")
_DASH_NAME = re.compile(r"[\s,”’\"»“]*(?:[―—–]|--?)\s*")


def _bare_length(toks: list[Token]) -> int:
    """Word count outside parentheses: `Rep. Jo Ann Smith (D-Md.)` counts 4."""
    depth = n = 0
    for t in toks:
        depth = max(0, depth + (t.text == "(") - (t.text == ")"))
        n += depth == 0 and t.text not in {".", ")"}
    return n


def _after_quote(doc: Document, span: QuoteSpan, hi: int) -> str | None:
    """`“…,” X said` / `“…,” said X` / `“…,” according to X` / `“…” ― X`."""
    pos = span.outer_end
    span_ends_sentence = doc.text[span.start : span.end].rstrip()[-1:] == "."
    nxt = doc.masked.find(MASK, pos, hi)
    limit = hi if nxt < 0 else nxt
    dash = _DASH_NAME.match(doc.masked, pos, limit)
    if dash:
        names = doc.mentions_in(dash.end(), dash.end() + 1)
        if names and names[0].kind != "org":
            return doc.canonical(names[0].name)
    lead = _AFTER_LEAD.match(doc.masked, pos, limit)
    begin = lead.end() if lead else pos
    toks = doc.tokens_in(begin, limit)
    if toks and toks[0].low == "as":
        return _as_x_put_it(doc, toks)
    if toks and toks[0].low in doc.lang.subordinators:
        return None
    for i, t in enumerate(toks[:40]):
        if t.text == ";":
            return None
        end = _according_end(doc, toks, i)
        if end is not None:
            return _according_source(doc, toks[end], limit) if i == 0 else None
        clitics = all(x.low in doc.lang.clitics for x in toks[:i])  # `«…», lui a-t-elle dit.`
        if i <= 2 and clitics and _incise(doc, t) is not None:
            return _incise_speaker(doc, t)
        if i == 0 and t.low in doc.g.inverting and t.low not in doc.g.cues:
            return _subject_after(doc, t, limit, source=True)  # `„…“, so Stolz.`: inverting, never a verb
        if t.low not in doc.g.cues:
            continue
        if t.low in doc.lang.statement_verbs:
            return _statement_source(doc, toks[i:])
        head = toks[:i]
        if all(x.low in doc.lang.auxiliaries or x.low in doc.lang.clitics for x in head):
            return _subject_after(doc, t, limit) if t.low in doc.g.inverting else None
        if _bare_length(head) > 9 and "," not in {x.text for x in head}:
            return None
        nxt_tok = toks[i + 1] if i + 1 < len(toks) else None
        if span_ends_sentence and nxt_tok and (nxt_tok.low == "that" or MASK in nxt_tok.text):
            return None
        return _subject_before(doc, begin, t)
    return _name_then_verb(doc, toks) or _verb_then_name(doc, toks)


def _verb_then_name(doc: Document, toks: list[Token]) -> str | None:
    """`«…», sourit Alain Guérin.`, `«…», fait valoir M. Dervaux.`, `— вмешивается Ялымова.`: right after
    a quote, a verb of the narrator the lists lack, then the person's name closing the clause."""
    lang = doc.lang
    verbs = 0
    for t in toks[:3]:
        if t.text[:1].isupper() or MASK in t.text:
            break
        skip = lang.stopwords | lang.articles | lang.phrase_breaks | lang.subordinators | lang.conjunctions
        if t.low in lang.clitics and verbs:
            verbs += 1  # `freute sich Landrätin Sabine Schulz`
            continue
        if not t.text[:1].isalpha() or t.low in skip or t.low in lang.time_words:
            return None
        verbs += 1
    if not 1 <= verbs <= 2 or verbs >= len(toks):
        return None
    names = doc.mentions_in(toks[verbs].start, doc.mention_start_after(toks[verbs].start - 1))
    person = names[0] if names else None
    if person is None or person.possessive or person.kind not in {"person", "unknown"}:
        return None
    known = is_first_name(person.name.split()[0]) or doc.is_person(doc.canonical(person.name))
    if person.kind == "unknown" and not known:
        return None
    after = doc.tokens_in(person.end, person.end + 40)[:1]
    if after and after[0].text not in {".", ",", ";", "!", "?"} and after[0].low not in lang.phrase_breaks:
        return None
    return _name_of(doc, person)


def _as_x_put_it(doc: Document, toks: list[Token]) -> str | None:
    """`“…,” as Van Jackson, a professor, puts it.` / `“…,” as the memo noted.`"""
    for i, t in enumerate(toks[1:25], 1):
        put_it = t.low in {"put", "puts"} and i + 1 < len(toks) and toks[i + 1].low == "it"
        if put_it or t.low in doc.g.cues:
            return _subject_before(doc, toks[1].start, t)
        if t.text in {";", "."} or MASK in t.text:
            return None
    return None


def _name_then_verb(doc: Document, toks: list[Token]) -> str | None:
    """`“…,” Trump interjected.` / `“…,” Blige sings to Clinton`: a name, then an unlisted verb."""
    for i, t in enumerate(toks[:7]):
        if not t.text[:1].islower():
            continue
        if t.low in doc.g.pronouns or not (t.low.endswith("ed") or t.low.endswith("s")) or i == 0:
            return None
        after = toks[i + 1] if i + 1 < len(toks) else None
        breaks = doc.lang.phrase_breaks
        if after is not None and after.text not in {".", ",", "!"} and after.low not in breaks:
            return None
        head = toks[:i]
        if len(head) == 1 and head[0].low in doc.g.pronouns:
            return _resolve_np(doc, head)
        mention = doc.mention_ending(head[-1])
        if mention is None or mention.kind not in {"person", "unknown"} or mention.possessive:
            return None
        return _name_of(doc, mention)
    return None


def _names_nobody(doc: Document, span: QuoteSpan, hi: int) -> bool:
    """`«…», — сказал собеседник издания.`, `«…», raconte un employé`: the clause after the quote gives it
    to someone the article does not name, so it does not continue the speaker before."""
    toks = doc.tokens_in(span.outer_end, hi)[:8]
    code = doc.lang.morphology
    for i, t in enumerate(toks):
        if t.low in doc.g.cues:
            if any(_body_source(doc, toks, j) for j in range(i + 1, min(i + 3, len(toks)))):
                return False  # `dijeron fuentes de la Policía Nacional`: the body speaks
            after = [x.low for x in toks[i + 1 : i + 3]]
            lemmas = [morph.lemma_of(code, w) for w in after] if code else after
            return any(w in doc.lang.indefinite_articles for w in after) or any(
                w in doc.lang.source_nouns for w in lemmas
            )
    return False


def _resumed_after(doc: Document, span: QuoteSpan) -> str | None:
    """`«…». Lo ha detto in aula Salvatore Amato`, `«…». Об этом заявил X`: the next sentence opens by
    pointing back at the quote, then names who said it after its verb."""
    _, s_hi = doc.sentence_of(max(span.outer_start, span.outer_end - 1))
    i = bisect.bisect_left(doc._sentence_starts, max(s_hi, span.outer_end))
    if i >= len(doc.sentences):
        return None
    n_lo, n_hi = doc.sentences[i]
    opening = " ".join(t.low for t in doc.tokens_in(n_lo, n_hi)[:4])
    if not any(opening.startswith(o + " ") for o in doc.lang.resumptive_openers):
        return None
    cues = [c for c in doc.tokens_in(n_lo, n_hi)[:5] if c.low in doc.g.cues]
    return _subject_after(doc, cues[0], n_hi) if cues else None


def _before_quote(doc: Document, span: QuoteSpan, lo: int) -> str | None:
    """`X said: “…”`, `X told Y that “…”`, `X said, adding, “…”`."""
    return _cue_speaker(doc, lo, span.outer_start)


def _in_relative_clause(doc: Document, lo: int, cue: Token) -> bool:
    prev = doc.tokens_in(max(lo, cue.start - 12), cue.start)[-1:]
    return bool(prev) and prev[0].low in doc.lang.relatives


_QUOTE_END = re.compile(MASK + r"+([”\"»’])(\s*,)?")


def _opening_participle_clause_end(doc: Document, cue: Token) -> int | None:
    """`Calling the plan “a disgrace,” Mrs. Lee …`: where the main clause starts after a sentence-initial
    participle whose object is a quote, else None."""
    s_lo, s_hi = doc.sentence_of(cue.start)
    lead = doc.tokens_in(s_lo, cue.start)
    if len(lead) > 1 or (lead and lead[0].low not in doc.lang.adverbial_starters):
        return None
    for m in _QUOTE_END.finditer(doc.masked, cue.end, s_hi):
        if m.group(2) or doc.text[m.start(1) - 1] == ",":
            return m.end()
    return None


def _cue_speaker(doc: Document, lo: int, hi: int) -> str | None:
    """The speaker of the last speech cue in `[lo, hi)`."""
    cues = _cues(doc, lo, hi)
    main = [c for c in cues if not _in_relative_clause(doc, lo, c)]
    cues = main or cues
    if not cues:
        return None
    cue = cues[-1]
    back = doc.tokens_in(max(lo, cue.start - 30), cue.start)[-3:]
    for i, t in enumerate(back):  # `Según explicó X`, `Secondo quanto riferito dai carabinieri`
        between = back[i + 1 :]
        filler = all(x.low in doc.lang.stopwords or x.low in doc.lang.relatives for x in between)
        if t.start in doc.according_ends and filler and not doc.lang.morphology:
            return _according_source(doc, t, hi)
    if cue.start in doc.according_ends:
        return _according_source(doc, cue, hi)
    if cue.low in doc.lang.statement_verbs:
        return _statement_source(doc, doc.tokens_in(lo, hi))
    if _incise(doc, cue) is not None:
        return _incise_speaker(doc, cue)
    if cue.low in doc.g.participles:
        own = doc.tokens_in(max(lo, cue.start - 40), cue.start)[-1:]
        mention = doc.mention_ending(own[0]) if own and own[0].cap else None
        if mention is not None and mention.kind == "person":
            return _name_of(doc, mention)
        opening = _opening_participle_clause_end(doc, cue)
        if opening is not None:
            return _sentence_subject(doc, opening, doc.sentence_of(cue.start)[1])
        return _main_subject(doc, lo, cue.start)
    prev = doc.tokens_in(max(lo, cue.start - 3), cue.start)
    if cue.low in doc.g.inverting and prev and (prev[-1].text == "," or MASK in prev[-1].text):
        inverted = _subject_after(doc, cue, hi, strict=True)
        if inverted:
            return inverted
    return _subject_before(doc, _clause_start(doc, lo, cue.start), cue)


def _incise_clause_speaker(doc: Document, lo: int, hi: int) -> str | None:
    """The speaker of a reporting clause inside a quotation: the verb comes first, its subject after."""
    cues = _cues(doc, lo, hi)
    if not cues:
        return None
    cue = cues[0]
    if _incise(doc, cue) is not None:
        return _incise_speaker(doc, cue)
    return _subject_after(doc, cue, hi) or _null_subject(doc, cue)


def _interview_answers(text: str, spans: Sequence[QuoteSpan]) -> set[int]:
    """Where the speech opening a paragraph follows a question paragraph (ending with "?", no speech
    or only a question in it), twice or more, the article is an interview printed as questions and
    answers: those paragraphs (outer starts) are the interviewee's answers."""
    starts = {s.outer_start for s in spans}
    answers = set()
    for span in spans:
        para_lo = text.rfind("\n", 0, span.outer_start) + 1
        if text[para_lo : span.outer_start].strip():
            continue
        prev_hi = para_lo - 1
        while prev_hi > 0 and text[prev_hi - 1].isspace():
            prev_hi -= 1
        prev_lo = text.rfind("\n", 0, prev_hi) + 1
        question = text[prev_lo:prev_hi]
        inside = [a for a in starts if prev_lo <= a < prev_hi]
        if question.endswith("?") and all(a == prev_lo and not _narrated(text, spans, a) for a in inside):
            answers.add(span.outer_start)
    return answers if len(answers) >= 2 else set()


def _narrated(text: str, spans: Sequence[QuoteSpan], start: int) -> bool:
    """Whether the paragraph holding the speech at `start` has narrator's words after it."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    last = max(s.outer_end for s in spans if start <= s.outer_start < end)
    return bool(text[last:end].strip(" \t\"»”.?!"))


def _interviewee(doc: Document) -> str | None:
    """The person an interview is with: the first named in full."""
    for m in doc.mentions:
        if m.kind == "person" and " " in m.name:
            return _name_of(doc, m)
    return None


def attribute(
    text: str, spans: Sequence[QuoteSpan], direct: Sequence[bool], language: str | None = "en"
) -> list[str | None]:
    """A speaker (or None) for each quote span; `direct` marks the spans that are real quotes.

    `language` (ISO 639-1) chooses the speech verbs, pronouns and titles of `digest.lang`.
    """
    if not spans:
        return []
    doc = Document(text, spans, direct, language)
    answers = _interview_answers(text, spans)
    para_starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text)]
    out: list[str | None] = []
    prev_speaker: str | None = None
    prev_para = -10
    for span, keep in zip(spans, direct, strict=True):
        if not keep:
            out.append(None)
            continue
        para_no = bisect.bisect_right(para_starts, span.outer_start)
        para_lo = para_starts[para_no - 1]
        s_lo, s_hi = doc.sentence_of(span.outer_start)
        s_lo = min(s_lo, span.outer_start)
        s_hi = max(s_hi, span.outer_end)
        label = _LABEL.match(text, span.start, span.end)
        if label:
            out.append(doc.canonical(label.group(1).title()))
            prev_speaker = out[-1]
            prev_para = bisect.bisect_right(para_starts, span.outer_end - 1)
            continue
        after = _after_quote(doc, span, s_hi)
        before = _before_quote(doc, span, s_lo)
        ends_sentence = text[span.start : span.end].rstrip()[-1:] == "."
        speaker = (before or after) if ends_sentence else (after or before)
        for a, b in doc.incises.get(span.outer_start, ()):
            speaker = speaker or _incise_clause_speaker(doc, a, b)
        if speaker is None and _names_nobody(doc, span, s_hi):
            out.append(None)  # an unnamed source said it: no guess from the sentences around
            prev_speaker = None
            prev_para = bisect.bisect_right(para_starts, span.outer_end - 1)
            continue
        if speaker is None and not _cues(doc, s_lo, span.outer_start):
            lead = doc.tokens_in(s_lo, span.outer_start)
            if len(lead) >= 2 and MASK not in "".join(t.text for t in lead):
                speaker = _sentence_subject(doc, s_lo, span.outer_start)
        if speaker is None and s_lo == span.outer_start and s_lo > 0:
            p_lo, p_hi = doc.sentence_before(s_lo)
            if MASK not in doc.masked[p_lo:p_hi]:
                speaker = _cue_speaker(doc, p_lo, p_hi)
                if speaker is None and p_lo >= para_lo:
                    speaker = _sentence_subject(doc, p_lo, p_hi)
        if speaker is None and s_lo <= para_lo and para_lo > 0:
            prev_end = para_lo
            while prev_end > 0 and doc.masked[prev_end - 1] in "\n \t":
                prev_end -= 1
            if doc.masked[prev_end - 1 : prev_end] == ":":
                p_lo, _ = doc.sentence_of(prev_end - 1)
                speaker = _before_quote(doc, span, p_lo)
        if speaker is None and doc.lang.resumptive_openers:
            speaker = _resumed_after(doc, span)
        if speaker is None and (span.continues or para_no <= prev_para + 1):
            speaker = prev_speaker
        if span.outer_start in answers and not _narrated(text, spans, span.outer_start):
            speaker = _interviewee(doc) or speaker  # the question before names no speaker
        out.append(speaker)
        prev_speaker = speaker
        prev_para = bisect.bisect_right(para_starts, span.outer_end - 1)
    # A quotation left open at a paragraph's end is spoken by whoever speaks its continuation.
    for i in range(len(spans) - 2, -1, -1):
        if out[i] is None and direct[i] and not spans[i].closed and spans[i + 1].continues:
            out[i] = out[i + 1]
    return out
