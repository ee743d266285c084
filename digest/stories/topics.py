"""Topic queries: parse what a user follows and match it against articles, fast and without regex.

A query is words, "exact phrases", `-excluded` terms and `OR` between groups of terms; every term of
one group must appear (anywhere in title, lead or text) and no excluded term may appear anywhere.
Matching is case-, accent- and width-insensitive and works on whole words, with simple English
plural and possessive forms ("tariff" finds "tariffs", "Kherson" finds "Kherson's"), short endings on
Cyrillic words ("Украина" finds "Украины"), and substrings of Chinese/Japanese/Korean/Thai runs.
Index an article once with `index_article` and match it against every topic.

With meaning on (`match_topic(..., meaning=True)`, on indexes made by `with_meaning`), a group
whose words are not all there still matches an English article that says them in other words:
each word of the group missing from the article must have a stand-in in its title or lead: a phrase
outlets swap for it (`digest.stories.synonyms`: "outage" finds "blackout"), or for all its words
together when they are one phrase of a story group ("workers strike" finds "walkout", "power outage"
"without electricity"; "rail strike" is no such phrase), never one inside an idiom
(`Language.idioms`: "stole the show", "drone strike"), or a close
word (embedding cosine at least `WORD_MATCH`, `digest.stories.embed`: "derailment" finds "derails",
"wildfire" finds "bushfire"), but not one that says only the head of a closed compound ("fire" or
"blaze" is no "wildfire", "fire" no "ceasefire": `compound_head`; nor a close word spelling the
compound's last part, "currency" for "cryptocurrency"), and, as a precision guard, all its
words together must be within `MEANING_MATCH` of the title + lead, or within `PHRASE_MATCH` when
every stand-in is a phrase of several words that names the thing (`synonyms.names_outright`: "power
cut", "burst its banks"; a single word may have a second sense, "grounding" for "aground", a phrase
may be a figure of speech, "lost power" in a vote, and a close word may only be near it), or not at
all when the missing words name a happening (an outage, a strike, a flood) that an English report
names in its title and again in its lead in at least two wordings ("walk out" ... "the stoppage"),
naming who or what it involves ("pilots", "homes": `_told_twice`). The title and lead's other words
give a stand-in for a happening its sense (`_sense`): a word of another sense and none of who or what
the happening involves (a match's "goal" by a "strike", "complaints" that "flood" a council) and it
stands in for nothing; who or what it involves and no such word ("doctors" ... "walkout") and a single
word of its story group names the thing as a phrase does, under `PHRASE_MATCH`. With meaning on, a
topic's word said in an English report only inside an idiom ("a political earthquake", "spread like
wildfire") is not there. Exact
phrases must still be there word for word and excluded terms still exclude. A group whose words
together name a story group's whole thing in one language ("earthquake", "workers strike", "huelga")
also matches a report in another language whose title says a phrase of that group in its own
("Terremoto", "Grève", "walkout"): the title naming it is the only guard, as no vector reads both;
such a group in another language never takes the English model's close words or vector, which read
only its letters ("london" for "inondations": `_in_another_language`).
Such a match scores `MEANING_SCORE` and says in `Match.meaning` which words stood in for which.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache

import numpy as np

from digest.article.extract import STOPWORD_SETS
from digest.article.textnorm import Token, fold, is_cyrillic_word, is_latin_word, tokens
from digest.errors import DigestError
from digest.lang import identify, resources
from digest.models import Article, Match
from digest.stories import embed, synonyms
from digest.stories.stems import base_code, stem

MAX_QUERY_CHARS = 200
MEANING_MATCH = 0.3
PHRASE_MATCH = 0.15
WORD_MATCH = 0.5
MEANING_SCORE = 1.5
TITLE_WEIGHT, LEAD_WEIGHT, TEXT_WEIGHT = 3.0, 2.0, 1.0
_LEAD_CHARS = 400
_LANGUAGE_CHARS = 1000
_HEAD_MIN, _MODIFIER_MIN = 4, 3
_INDEX_TEXT_CHARS = 60_000
_QUOTES = frozenset('"“”„‟«»＂〝〞')
_MINUS = frozenset("-−")
_CYRILLIC_ENDINGS = frozenset("аеёиоуыэюяйь")
_CYRILLIC_MAX_EXTRA = 3
_NOT_PLURAL = frozenset(
    {
        "news", "series", "species", "means", "physics", "economics", "politics", "athletics", "lens",
        "gas", "bias", "atlas", "always", "perhaps", "this", "has", "was", "its", "yes", "less", "thus",
        "chaos", "christmas", "texas", "kansas", "mars",
    }
)


class QueryError(DigestError):
    """The topic query cannot be used; the message says why, with examples."""

    code = "bad_query"


class TermKind(Enum):
    WORD = "word"
    PHRASE = "phrase"
    RUN = "run"


@dataclass(frozen=True, slots=True)
class Term:
    """One thing to look for: a word (with its accepted forms), a phrase, or an unspaced-script run.

    `text` is the folded form used for matching; `label` is the user's own wording, for display.
    """

    text: str
    kind: TermKind
    forms: frozenset[str]
    prefix: str = ""
    label: str = field(default="", compare=False)

    def display(self) -> str:
        return f'"{self.text}"' if self.kind is TermKind.PHRASE else self.text


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed topic: groups joined by OR (all terms of a group required) and global exclusions."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()

    def __str__(self) -> str:
        parts = [" ".join(t.display() for t in group) for group in self.groups]
        text = " OR ".join(parts)
        if self.excluded:
            text += " " + " ".join("-" + t.display() for t in self.excluded)
        return text


@dataclass(frozen=True, slots=True)
class FieldIndex:
    """One field of an article, folded and tokenised for lookups."""

    weight: float
    counts: dict[str, int]
    sorted_words: tuple[str, ...]
    stream: str
    runs: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Embeddings of the distinct words of a batch of articles' titles and leads, one row a word."""

    rows: dict[str, int]
    vectors: np.ndarray


@dataclass(frozen=True, slots=True)
class ArticleIndex:
    """An article prepared once for matching against any number of topics; `head` is its title +
    lead. `with_meaning` adds `vector`, the meaning of the head, and `lexicon`, holding its words
    (both None when the model is unavailable or does not know the article's language)."""

    fields: tuple[FieldIndex, ...]
    head: str = ""
    title: str = ""
    language: str | None = None
    vector: np.ndarray | None = field(default=None, compare=False)
    lexicon: Lexicon | None = field(default=None, compare=False)

    @property
    def lead(self) -> str:
        """The lead part of `head` (after the title and its ". ")."""
        return self.head[len(self.title) + 2 :]


def parse_query(text: str) -> Query:
    """Parse a topic query; raise QueryError (one sentence with examples) when it cannot be used."""
    if not isinstance(text, str):
        raise QueryError(_EMPTY, code="query_empty")
    text = text.strip()
    if not text:
        raise QueryError(_EMPTY, code="query_empty")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(_TOO_LONG, code="query_too_long")
    groups: list[list[Term]] = [[]]
    excluded: list[Term] = []
    for negated, phrase, raw in _pieces(text):
        if raw == "OR" and not negated and not phrase:
            groups.append([])
            continue
        term = _make_term(raw, phrase)
        if term is None:
            continue
        target = excluded if negated else groups[-1]
        if term not in target:
            target.append(term)
    kept = tuple(tuple(g) for g in groups if g)
    if not kept:
        if excluded:
            raise QueryError(_ONLY_EXCLUDED, code="query_only_exclusions")
        raise QueryError(_EMPTY, code="query_empty")
    return Query(groups=kept, excluded=tuple(excluded))


_EMPTY = (
    "A topic needs at least one word to look for, for example: "
    'climate, "interest rates" -crypto, or Kherson OR Odesa.'
)
_TOO_LONG = (
    f"That topic is longer than {MAX_QUERY_CHARS} characters; use a few key words instead, "
    'for example: "central bank" rates.'
)
_ONLY_EXCLUDED = (
    "A topic needs at least one word to look for besides the excluded ones, for example: tariffs -steel."
)
_UNBALANCED = (
    "A quotation mark is not closed; put exact phrases between a pair of quotes, "
    'for example: "supply chain" ports.'
)


def _pieces(text: str) -> list[tuple[bool, bool, str]]:
    """Split a query into (negated, is_phrase, raw text) pieces by a single left-to-right scan."""
    pieces: list[tuple[bool, bool, str]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        negated = False
        if text[i] in _MINUS and i + 1 < n and not text[i + 1].isspace():
            negated = True
            i += 1
        if text[i] in _QUOTES:
            end = next((j for j in range(i + 1, n) if text[j] in _QUOTES), -1)
            if end < 0:
                raise QueryError(_UNBALANCED, code="query_unbalanced_quotes")
            pieces.append((negated, True, text[i + 1 : end]))
            i = end + 1
            continue
        start = i
        while i < n and not text[i].isspace() and text[i] not in _QUOTES:
            i += 1
        pieces.append((negated, False, text[start:i]))
    return pieces


def _make_term(raw: str, phrase: bool) -> Term | None:
    toks = _merge_runs(list(tokens(raw)))
    if not toks:
        return None
    label = " ".join(raw.split())
    if len(toks) == 1:
        tok = toks[0]
        if tok.run:
            return Term(tok.text, TermKind.RUN, frozenset({tok.text}), label=label)
        forms = frozenset(word_forms(tok.text))
        return Term(tok.text, TermKind.WORD, forms, _cyrillic_stem(tok.text), label=label)
    words = [t.text for t in toks]
    head, last = words[:-1], words[-1]
    lead = "" if toks[0].run else " "
    tail = "" if toks[-1].run else " "
    last_forms = word_forms(last) if not toks[-1].run else {last}
    needles = frozenset(lead + " ".join([*head, form]) + tail for form in last_forms)
    return Term(" ".join(words), TermKind.PHRASE, needles, label=label)


def _merge_runs(toks: list[Token]) -> list[Token]:
    """Adjacent runs of unspaced scripts are one run: "北京 大学" in a query means "北京大学"."""
    merged: list[Token] = []
    for tok in toks:
        if tok.run and merged and merged[-1].run:
            merged[-1] = Token(merged[-1].text + tok.text, True)
        else:
            merged.append(tok)
    return merged


def word_forms(word: str) -> set[str]:
    """The folded word plus its simple English singular or plural forms."""
    forms = {word}
    if not is_latin_word(word) or len(word) < 3:
        return forms
    singular = False
    if word.endswith("ies") and len(word) > 4:
        forms.update({word[:-3] + "y", word[:-1]})
        singular = True
    elif word.endswith("es") and len(word) > 3:
        forms.add(word[:-1])
        if word[:-2].endswith(("s", "x", "z", "ch", "sh")):
            forms.add(word[:-2])
        singular = True
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NOT_PLURAL:
        forms.add(word[:-1])
        singular = True
    if singular or word in _NOT_PLURAL:
        return forms
    if word.endswith("y") and word[-2] not in "aeiou":
        forms.add(word[:-1] + "ies")
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    else:
        forms.add(word + "s")
    return forms


def _cyrillic_stem(word: str) -> str:
    """A stem that inflected forms share ("украин" for "украина"), or "" when the word is too short."""
    if not is_cyrillic_word(word) or len(word) < 4:
        return ""
    if word[-1] in _CYRILLIC_ENDINGS and len(word) >= 5:
        return word[:-1]
    return word


def index_article(article: Article) -> ArticleIndex:
    """Fold and tokenise an article's title, lead (description or opening) and text, once."""
    text = article.text[:_INDEX_TEXT_CHARS]
    lead = article.description or _opening(text)
    return ArticleIndex(
        fields=(
            _index_field(article.title, TITLE_WEIGHT),
            _index_field(lead, LEAD_WEIGHT),
            _index_field(text, TEXT_WEIGHT),
        ),
        head=f"{article.title}. {lead}",
        title=article.title,
        language=article.language,
    )


def with_meaning(indexes: Sequence[ArticleIndex], articles: Sequence[Article]) -> list[ArticleIndex]:
    """The indexes with the meaning of each English article's title + lead and a lexicon of their
    words, embedded in two batches for all (unchanged when the model is unavailable). An untagged
    article's language is read from the function words of its title, lead and the opening of its
    text: a headline and a one-line lead often hold too few to tell ("Pilots strike over pay. First
    walkout in 18 years." has two, both also Dutch and German words)."""
    pairs = zip(indexes, articles, strict=True)
    known = [i for i, (ix, a) in enumerate(pairs) if embed.knows(a.language, _language_sample(ix, a))]
    indexes = _with_languages(indexes, articles, set(known))
    vectors = embed.embed([indexes[i].head for i in known], readable_only=True)
    if vectors is None:
        return list(indexes)
    readable = [(i, vectors[row]) for row, i in enumerate(known) if vectors[row].any()]
    words = sorted({w for i, _ in readable for w in _content_words(indexes[i].head)})
    word_vectors = embed.embed(words)
    out = list(indexes)
    if word_vectors is None:
        return out
    lexicon = Lexicon({w: n for n, w in enumerate(words)}, word_vectors)
    for i, vector in readable:
        out[i] = replace(indexes[i], vector=vector, lexicon=lexicon)
    return out


def _with_languages(
    indexes: Sequence[ArticleIndex], articles: Sequence[Article], english: set[int]
) -> list[ArticleIndex]:
    """The indexes with each untagged article's language: English where its function words say so,
    else as `digest.lang.identify` reads title, lead and the opening of its text."""
    out = list(indexes)
    for i in english:
        if out[i].language is None:
            out[i] = replace(out[i], language="en")
    untagged = [i for i, ix in enumerate(out) if ix.language is None]
    found = identify.identify_many([_language_sample(out[i], articles[i]) for i in untagged])
    for i, code in zip(untagged, found, strict=True):
        out[i] = replace(out[i], language=code)
    return out


def _language_sample(index: ArticleIndex, article: Article) -> str:
    """What an article's language is read from when it is not tagged: title, lead, opening of the text."""
    return index.head if article.language else f"{index.head} {article.text[:_LANGUAGE_CHARS]}"


@lru_cache(maxsize=20_000)
def _content_words(text: str) -> tuple[str, ...]:
    """The words of a title and lead that a topic's word may be close to, cached: every topic of a
    round asks them again. The cache is the process's (keyed by whole texts, at most 20,000 of them),
    shared by every chat and round."""
    return tuple(t.text for t in tokens(text) if not t.run and len(t.text) > 2 and t.text not in _STOPWORDS)


def _opening(text: str) -> str:
    if len(text) <= _LEAD_CHARS:
        return text
    cut = text.rfind(". ", 0, _LEAD_CHARS)
    return text[: cut + 1] if cut > 0 else text[:_LEAD_CHARS]


def _index_field(text: str, weight: float) -> FieldIndex:
    toks = list(tokens(text or ""))
    counts = Counter(t.text for t in toks if not t.run)
    return FieldIndex(
        weight=weight,
        counts=dict(counts),
        sorted_words=tuple(sorted(counts)),
        stream=" " + " ".join(t.text for t in toks) + " ",
        runs="\n".join(t.text for t in toks if t.run),
    )


def _count(term: Term, field: FieldIndex) -> int:
    if term.kind is TermKind.RUN:
        return field.runs.count(term.text)
    if term.kind is TermKind.PHRASE:
        return sum(field.stream.count(needle) for needle in term.forms)
    total = sum(field.counts.get(form, 0) for form in term.forms)
    if term.prefix:
        words = field.sorted_words
        limit = len(term.prefix) + _CYRILLIC_MAX_EXTRA
        i = bisect.bisect_left(words, term.prefix)
        while i < len(words) and words[i].startswith(term.prefix):
            word = words[i]
            if len(word) <= limit and word not in term.forms:
                total += field.counts[word]
            i += 1
    return total


def _term_score(term: Term, index: ArticleIndex) -> float:
    best, total = 0.0, 0
    for part in index.fields:
        n = _count(term, part)
        if n:
            best = max(best, part.weight)
            total += n
    return best + 0.1 * min(total - 1, 5) if best else 0.0


def match_topic(
    query: Query | str, article: Article | ArticleIndex, *, meaning: bool = False
) -> Match | None:
    """Match a query against an article (or its index): the best group's score and terms (as the
    user wrote them), or None.

    The score is the mean over the group's terms of the heaviest field each was found in
    (title 3, lead 2, text 1) plus a little for repeated mentions. With `meaning`, a group not
    found word for word may match by meaning (see the module docstring), at `MEANING_SCORE`.
    """
    q = parse_query(query) if isinstance(query, str) else query
    if isinstance(article, ArticleIndex):
        index = article
    else:
        index = index_article(article)
        if meaning:
            index = with_meaning([index], [article])[0]
    if any(_term_score(term, index) for term in q.excluded):
        return None
    best: Match | None = None
    for group in q.groups:
        scores = []
        for term in group:
            score = _term_score(term, index)
            if not score:
                break
            scores.append(score)
        else:
            if meaning and _said_in_idioms_only(group, index):
                continue
            mean = round(sum(scores) / len(scores), 3)
            if best is None or mean > best.score:
                best = Match(score=mean, terms=[t.label or t.text for t in group])
    if best is None and meaning and index.vector is not None:
        best = _meaning_match(q, index)
    if best is None and meaning and index.language is not None:
        best = _other_language_match(q, index)
    return best


def _said_in_idioms_only(group: tuple[Term, ...], index: ArticleIndex) -> bool:
    """Whether an English report says a word of a topic group only inside idioms (`Language.idioms`)
    that the group does not name itself: "earthquake" in "a political earthquake", "strike" in "a hunger
    strike" are no earthquake or walkout, though the word is there; a "hunger strike" topic still
    finds a hunger strike, and "lightning" a lightning strike: only the idiom's word of a story group
    has another sense. A compound whose last word is the group's word names a kind of the thing, and
    is read literally when the title and lead name who or what the happening involves (`_involved`:
    drivers' "lightning strike" is a sudden walkout); a verb phrase ("strike gold") never is. The
    idioms are English only. Read with meaning on: without it, a topic's words match as written."""
    if base_code(index.language) != "en":
        return False
    asked = {form for t in group for form in t.forms}
    for term in group:
        happening = _happening((term.label or term.text,))
        literal = happening is not None and _involved(happening, index.head)
        idioms = [
            f" {idiom} "
            for idiom, words, figurative, kind in _english_idioms()
            if not term.forms.isdisjoint(figurative) and not words <= asked and not (literal and kind)
        ]
        if not idioms:
            continue
        inside = sum(part.stream.count(idiom) for part in index.fields for idiom in idioms)
        if sum(_count(term, part) for part in index.fields) <= inside:
            return True
    return False


@lru_cache(maxsize=1)
def _english_idioms() -> tuple[tuple[str, frozenset[str], frozenset[str], bool], ...]:
    """English idioms as a field's stream writes them (folded words), each with its set of words, the
    words of its story group's phrase, the ones it holds in another sense ("earthquake" of "a
    political earthquake"; "political", "lightning" or "hunger" keep theirs), and whether it is a
    compound ending in one of them, a kind of the thing ("lightning strike"; not "strike gold")."""
    out = []
    for idiom in resources("en").idioms:
        words = [t.text for t in tokens(idiom)]
        figurative = {t.text for _, phrase in synonyms.matches(idiom, "en") for t in tokens(phrase)}
        kind = bool(figurative) and words[-1] in figurative
        out.append((" ".join(words), frozenset(words), frozenset(figurative), kind))
    return tuple(out)


def _other_language_match(query: Query, index: ArticleIndex) -> Match | None:
    """The first group whose words together are one phrase of a happening's story group in another
    language than a report's ("earthquake" for an Italian report, "huelga" for an English one), when
    the report names that happening twice in its own language, in the title and again in the lead:
    no meaning vector reads both languages, and a word used in a figure of speech ("a hunger strike",
    "a political earthquake") is seldom said again in the next sentence. On an English report the
    title's phrase must name the thing outright (`synonyms.names_outright`) or be one word its title
    and lead read in its literal sense (`_sense`: "nurses strike over pay"): a single English word
    ("strikes" of a pitcher, "outage", "flood") has second senses."""
    for group in query.groups:
        named = _group_names(group)
        if named is None or named[1] == base_code(index.language):
            continue
        said = _title_naming(named[0], index)
        if said is None:
            continue
        if synonyms.phrase_of(named[0], index.lead, index.language) is None:
            continue
        wording = " ".join(t.label or t.text for t in group)
        terms = [t.label or t.text for t in group]
        return Match(score=MEANING_SCORE, terms=terms, meaning=f"{said} ≈ {wording}")
    return None


def _title_naming(happening: str, index: ArticleIndex) -> str | None:
    """The first phrase of a happening's story group in a report's title; in an English title, the
    first that names it outright or that the title and lead read in its literal sense (`_sense`)."""
    phrases = synonyms.phrases_of(happening, index.title, index.language)
    if base_code(index.language) != "en":
        return next(iter(phrases), None)
    return next(
        (p for p in phrases if synonyms.names_outright(p, "en") or _sense(happening, p, index.head)), None
    )


def _meaning_match(query: Query, index: ArticleIndex) -> Match | None:
    """The first group whose missing words have close words in the article's title and lead, and
    whose words as a whole mean what the title and lead say (exact phrases and unspaced runs must
    be there word for word)."""
    for group in query.groups:
        missing = [t for t in group if not _term_score(t, index)]
        if not missing or any(t.kind is not TermKind.WORD or not is_latin_word(t.text) for t in missing):
            continue
        if _in_another_language(group):
            continue
        whole = _whole_stand_in(group, index) if len(group) > 1 else None
        found = [whole or _close_word(t, index) for t in missing]
        stand_ins = [said for said in found if said is not None]
        if len(stand_ins) < len(missing):
            continue
        said_for = [whole] if whole else stand_ins
        senses = [
            _sense(_happening(words), said, index.head)
            for words, (said, _) in zip(_asked(group, missing, whole is not None), said_for, strict=True)
        ]
        # another sense vetoes a stand-in only when it does not name the thing outright ("power cut")
        pairs = zip(senses, said_for, strict=True)
        if any(sense is False and not outright for sense, (_, outright) in pairs):
            continue
        if not _told_twice(group, missing, whole is not None, index):
            names_it = all(sense or outright for sense, (_, outright) in zip(senses, said_for, strict=True))
            guard = PHRASE_MATCH if names_it else MEANING_MATCH
            vector = _group_vector(group)
            if vector is None or float(vector @ index.vector) < guard:
                continue
        if whole is not None:
            said = f"{whole[0]} ≈ {' '.join(t.label or t.text for t in group)}"
        else:
            said = ", ".join(
                f"{word} ≈ {t.label or t.text}" for t, (word, _) in zip(missing, stand_ins, strict=True)
            )
        return Match(score=MEANING_SCORE, terms=[t.label or t.text for t in group], meaning=said)
    return None


def _asked(group: tuple[Term, ...], missing: list[Term], whole: bool) -> list[tuple[str, ...]]:
    """The words a report's stand-ins are for: the group's as a whole when one phrase stood in for
    them all, else each missing word alone."""
    return [tuple(t.label or t.text for t in group)] if whole else [(t.label or t.text,) for t in missing]


def _in_another_language(group: tuple[Term, ...]) -> bool:
    """Whether a topic group holds a word of another language: one a story group holds in another
    language and the English model does not read as English ("inondations", "huelga", "Stromausfall";
    not "brand"). The model reads English only, so its close words for such a word share letters with
    it, not meaning ("london" for "inondations"), and so does its vector: such a group matches an English
    report only by a title naming its thing outright (`_other_language_match`)."""
    return any(_foreign_word(t.label or t.text) for t in group if t.kind is TermKind.WORD)


@lru_cache(maxsize=1024)
def _foreign_word(word: str) -> bool:
    """Whether a topic's word is another language's word of a story group, not read as English."""
    named = synonyms.named_group(word)
    return named is not None and named[1] != "en" and not _reads_as_english(word, named[0])


def _sense(happening: str | None, said: str, text: str) -> bool | None:
    """The sense an English title and lead give a stand-in for a happening's words, read from their
    other words: False when they name a word of another sense of it (`Language.happening_other_senses`:
    a match's "goal" or a "drone" for a strike, "complaints" for a flood, an "app" for an outage) and
    none of who or what the literal happening involves (`_involved`); True when the stand-in is one
    word of the happening's story group ("walkout", "floods", "blackout": a single word may have a
    second sense) and they name who or what it involves and no word of another sense ("doctors",
    "river", "homes"), so that it names the thing as a phrase naming it outright does; else None.
    A close word or a figure of speech is never True: "struck", or staff who "walked out" of a
    burning works, say nothing of a strike however many workers they name."""
    if happening is None:
        return None
    other = not _other_sense_words(happening).isdisjoint(_words(text))
    involved = _involved(happening, text)
    if other and not involved:
        return False
    one_word = len(list(tokens(said))) == 1 and synonyms.named_group(said) == (happening, "en")
    return True if involved and not other and one_word else None


@lru_cache(maxsize=20_000)
def _stems(text: str) -> frozenset[str]:
    """The English stems of a title and lead's words, cached as `_content_words` is."""
    return frozenset(stem(t.text, "en") for t in tokens(text))


@lru_cache(maxsize=20_000)
def _words(text: str) -> frozenset[str]:
    """The folded words of a title and lead, cached as `_content_words` is."""
    return frozenset(t.text for t in tokens(text))


@lru_cache(maxsize=64)
def _other_sense_words(happening: str) -> frozenset[str]:
    """The folded English words of `happening`'s other senses (none for a group without them)."""
    return frozenset(fold(word) for word in resources("en").happening_other_senses.get(happening, ()))


def _told_twice(group: tuple[Term, ...], missing: list[Term], whole: bool, index: ArticleIndex) -> bool:
    """Whether an English report names the happening of its topic's missing words (`_happening`) in
    its title, again in its lead, and in at least two wordings ("pilots walk out" ... "the stoppage";
    "floods" ... "the deluge"): a report names its event in the headline and restates it in the first
    sentence, in other words as news English varies them, while a figure of speech or a second
    sense is said once or repeated in its own word ("fans walk out" ... "walked out", a "media
    blackout" ... "the blackout"), and that names who or what the literal happening involves
    (`_involved`), as a figure told in two wordings does not ("tourists flood in" ... "swamped").
    Such a report needs no vector guard."""
    for words in _asked(group, missing, whole):
        happening = _happening(words)
        if happening is None:
            return False
        said = [synonyms.phrases_of(happening, part, "en") for part in (index.title, index.lead)]
        if not all(said) or len({_wording(phrase) for phrase in said[0] + said[1]}) < 2:
            return False
        if not _involved(happening, index.head):
            return False
    return True


def _involved(happening: str, text: str) -> bool:
    """Whether an English title and lead name who or what the happening's literal sense involves
    (`Language.happening_participants`: a strike's workers or union, an outage's homes or grid, a
    flood's river or streets): a figure of speech told in two wordings names none ("visitors flood
    into the old town" ... "swamped"; "an app outage" ... "the blackout of the app")."""
    return not _participant_stems(happening).isdisjoint(_stems(text))


@lru_cache(maxsize=64)
def _participant_stems(happening: str) -> frozenset[str]:
    """The English stems of `happening`'s participant words (none for a group without them)."""
    return frozenset(stem(word, "en") for word in resources("en").happening_participants.get(happening, ()))


def _happening(words: tuple[str, ...]) -> str | None:
    """The English happening's story group that `words` name as a whole (`_named_group`), or None."""
    named = _named_group(words)
    return named[0] if named is not None and named[1] == "en" else None


def _wording(phrase: str) -> str:
    """A phrase's words by their English stems, run together: "walkout", "walk out" and "walked out"
    are one wording, "stoppage" another."""
    return "".join(stem(t.text, "en") for t in tokens(phrase))


def _group_names(group: tuple[Term, ...]) -> tuple[str, str] | None:
    """`_named_group` of a topic group of plain words, else None."""
    if any(t.kind is not TermKind.WORD for t in group):
        return None
    return _named_group(tuple(t.label or t.text for t in group))


@lru_cache(maxsize=1024)
def _named_group(words: tuple[str, ...]) -> tuple[str, str] | None:
    """The happening (`synonyms.KINDS`) a topic's words together name the whole thing of, and their
    language (`_names_whole_group`), or None; cached per query group. None for words the English model
    holds as one English word or reads as an English compound of the group's English word: "brand",
    "roof" and "hailstorm" are English topics, not the German, Dutch or Dutch words for fire, theft
    and storm."""
    wording = " ".join(words)
    named = synonyms.named_group(wording)
    if named is None or named[0] not in synonyms.KINDS or not _names_whole_group(words, named):
        return None
    if named[1] != "en" and len(words) == 1 and _reads_as_english(words[0], named[0]):
        return None
    return named


def _reads_as_english(word: str, group: str) -> bool:
    """Whether the English model holds `word` as one English word, or it ends in an English phrase
    of `group` after at least `_MODIFIER_MIN` letters (a closed compound: "hailstorm")."""
    folded = fold(word)
    if embed.pieces(folded) == [folded]:
        return True
    return any(
        synonyms.named_group(folded[k:]) == (group, "en") for k in range(_MODIFIER_MIN, len(folded) - 2)
    )


def _names_whole_group(words: tuple[str, ...], named: tuple[str, str]) -> bool:
    """Whether a topic that is one phrase of a story group names that group's whole thing, not a kind
    of it that other languages' words for it would not tell apart: its own name, or a phrase whose
    last word alone is a phrase of that group ("power outage": "outage"; not "data breach",
    a kind of cyberattack), and no English closed compound of a broader head ("wildfire": "fire")."""
    name, code = named
    if fold(" ".join(words)) == fold(name):
        return True
    if len(words) == 1:
        return code != "en" or compound_head(fold(words[0])) is None
    return synonyms.named_group(words[-1]) == named


def _group_vector(group: tuple[Term, ...]) -> np.ndarray | None:
    words = [t.label or t.text for t in group if t.kind is TermKind.WORD]
    return _vector(" ".join(words)) if words else None


def head_matrix(indexes: Sequence[ArticleIndex]) -> np.ndarray | None:
    """The meaning vectors of the indexes' titles and leads, one row each (zero where unknown), for
    `meaning_candidates`; None when no index has one."""
    known = [ix.vector for ix in indexes if ix.vector is not None]
    if not known:
        return None
    zero = np.zeros_like(known[0])
    return np.stack([ix.vector if ix.vector is not None else zero for ix in indexes])


def meaning_candidates(query: Query, heads: np.ndarray | None) -> list[int]:
    """Rows of `head_matrix` close enough in meaning to one of the query's groups that the group
    may match them by meaning (none for a group in another language: `_in_another_language`), and,
    for a group that names a story group's thing, every row the model does not read (another
    language's title may name it: `_other_language_match`), and every row it reads too when the group
    is in another language (an English title may name it), and for one whose words name an English
    happening, every row it reads (a report may tell it twice in other words, with no vector guard:
    `_told_twice`); a superset: `match_topic` decides."""
    if heads is None:
        return []
    found: set[int] = set()
    for group in query.groups:
        vector = _group_vector(group)
        if vector is not None and not _in_another_language(group):
            found.update(np.nonzero(heads @ vector >= min(MEANING_MATCH, PHRASE_MATCH))[0].tolist())
        named = _group_names(group)
        if named is not None:
            rows = ~heads.any(axis=1) if named[1] == "en" else np.ones(len(heads), dtype=bool)
            found.update(np.nonzero(rows)[0].tolist())
        if any(_happening(words) for words in _happening_words(group)):
            found.update(np.nonzero(heads.any(axis=1))[0].tolist())
    return sorted(found)


def _happening_words(group: tuple[Term, ...]) -> list[tuple[str, ...]]:
    """The words of a topic group of plain words that may name a happening as a whole
    (`_told_twice`): all its words together, and each word alone."""
    if any(t.kind is not TermKind.WORD for t in group):
        return []
    words = [t.label or t.text for t in group]
    return [tuple(words), *((w,) for w in words)]


def _close_word(term: Term, index: ArticleIndex) -> tuple[str, bool] | None:
    """A phrase of the article's title and lead that outlets swap for the term (`digest.stories.synonyms`:
    "blackout" for "outage"), with whether it names the thing outright (`synonyms.names_outright`), else
    its word closest in meaning to the term, if close enough,
    with False; never one that says only the head of a compound term (`_says_the_head`), nor a close
    word that spells the compound's own last part (`_spells_the_head`)."""
    phrase = synonyms.stand_in(term.text, index.head)
    if phrase is not None:
        return None if _says_the_head(term.text, phrase) else (phrase, synonyms.names_outright(phrase))
    said = _closest_word(term, index)
    if said is None or _spells_the_head(term.text, said) or _says_the_head(term.text, said):
        return None
    if _passed_over(term.text, said):
        return None
    return said, False


def _passed_over(word: str, said: str) -> bool:
    """Whether a close word is a phrase of the word's own story group that `synonyms.stand_in` passed
    over: it found none outside an idiom, so this one is inside one ("quake" in "a political quake",
    "strike" in "a hunger strike")."""
    named = synonyms.named_group(word)
    return named is not None and synonyms.named_group(said) == named


def _whole_stand_in(group: tuple[Term, ...], index: ArticleIndex) -> tuple[str, bool] | None:
    """A phrase of a title and lead that outlets swap for a topic's words taken together, when
    together they are one phrase of a `digest.stories.synonyms` group ("power outage": "blackout";
    "workers strike": "walkout", "teachers strike"), with whether it names the thing outright. It
    stands in for each of those words a report does not say: the modifier of such a phrase says
    nothing its thing does not (a strike is workers'), unlike a query's own modifier ("rail strike",
    "airline strike": no group phrase)."""
    if any(t.kind is not TermKind.WORD for t in group):
        return None
    phrase = synonyms.stand_in(" ".join(t.text for t in group), index.head)
    return None if phrase is None else (phrase, synonyms.names_outright(phrase))


def _closest_word(term: Term, index: ArticleIndex) -> str | None:
    lexicon, vector = index.lexicon, _vector(term.text)
    if lexicon is None or vector is None:
        return None
    words = [w for w in dict.fromkeys(_content_words(index.head)) if w in lexicon.rows]
    if not words:
        return None
    sims = lexicon.vectors[[lexicon.rows[w] for w in words]] @ vector
    best = int(np.argmax(sims))
    return words[best] if sims[best] >= WORD_MATCH else None


def _spells_the_head(word: str, said: str) -> bool:
    """Whether a close word, in one of its forms, is the last letters of a closed compound after at
    least `_MODIFIER_MIN` letters ("currency" in "cryptocurrency", "line" in "airline"): English
    compounds are headed on the right, so it names the head's broader thing. This catches the heads
    the model's pieces do not show (`compound_head`); a phrase outlets swap for the compound ("quake"
    for "earthquake") is no close word and still stands in."""
    return any(
        len(form) >= _HEAD_MIN and len(word) - len(form) >= _MODIFIER_MIN and word.endswith(form)
        for form in word_forms(said.casefold())
    )


def _says_the_head(word: str, said: str) -> bool:
    """Whether a stand-in for a closed compound is at least as close to the compound's head alone as
    to the compound: it then names the head's broader thing, or another thing ("fire" or "blaze" for
    "wildfire", "fire" for "ceasefire", "waves" for "heatwave"), not the compound."""
    head = compound_head(word)
    if head is None:
        return False
    said_vector, word_vector, head_vector = _vector(said.casefold()), _vector(word), _vector(head)
    if said_vector is None or word_vector is None or head_vector is None:
        return False
    return float(said_vector @ head_vector) >= float(said_vector @ word_vector)


@lru_cache(maxsize=4096)
def compound_head(word: str) -> str | None:
    """The head of a closed compound as the embedding model reads the word: its last pieces, when
    they spell a word of at least `_HEAD_MIN` letters that the model holds as one piece, after at
    least `_MODIFIER_MIN` letters ("fire" in "wildfire" and "ceasefire", "break" in "outbreak");
    else None ("outage": "age" is too short to be told from an ending)."""
    parts = embed.pieces(word)
    for k in range(1, len(parts or ())):
        head = "".join(parts[k:])
        if (
            len(head) >= _HEAD_MIN
            and len(word) - len(head) >= _MODIFIER_MIN
            and word.endswith(head)
            and embed.pieces(head) == [head]
        ):
            return head
    return None


_VECTORS: dict[str, np.ndarray | None] = {}
_VECTOR_CACHE = 4096


def _vector(text: str) -> np.ndarray | None:
    """The embedding of a topic's word or words, cached."""
    if text not in _VECTORS:
        if len(_VECTORS) >= _VECTOR_CACHE:
            _VECTORS.clear()
        vectors = embed.embed([text])
        _VECTORS[text] = None if vectors is None else vectors[0]
    return _VECTORS[text]


_STOPWORDS = frozenset().union(*STOPWORD_SETS.values())
