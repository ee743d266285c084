"""Stories: merge articles about the same event from different outlets, then rank them for a digest.

`cluster_stories` compares title + lead (the description topped up with the opening of the text)
as TF-IDF vectors over the batch: words are folded and stop words dropped; each word counts half
as its stem in the article's language (`digest.stories.stems`: "моста"/"мост", "fires"/"fire") and half
as its first letters (a compound's first part: "Feuerwehr"/"Feuer"), both cut to `PREFIX`;
names (capitalised inside a sentence, not a German common noun: `names.common_noun`) weighted up, runs
of Chinese/Japanese/Korean/Thai split into character pairs. Two articles that share no name and no
number (the words that tell one event from another on the same topic) count at `NO_ENTITY_FACTOR` of
their cosine. Two that share one gain from meaning: `MEANING_WEIGHT` × (cosine − `MEANING_FLOOR`) of the
embeddings (`digest.stories.embed`) of their title + lead without names and numbers (what happened, in
other words: a power cut, an outage), for two English texts the model can read; so the same event told
in other words merges while two earthquakes in two countries stay apart. Words outlets swap for one
kind of happening, in any of the languages `digest.stories.synonyms` lists ("power cut", "outage",
"Stromausfall", "apagón") are one term too, at `CONCEPT_WEIGHT`, counted only between two articles
that share a name, number or place within a day; across languages such a shared term is one of the
marks below.
Places (`digest.stories.places`, a gazetteer in any language) weigh both ways: two articles naming
one place, or towns near each other, share a name
even when they write it differently ("Anvers"/"Antwerp", a suburb and its city); two naming
places that cannot be one (towns far apart, two countries) count at `PLACE_CONFLICT_FACTOR`. Two
articles in different languages, whose words cannot be compared, gain `ENTITY_WEIGHT` × the
cosine of their marks (names, figures, places and, under the same guard, what happened, weighted by
rarity) when they share two or more, one of them a name, figure or place rare in the batch (two
articles of one day naming the same president and capital, in two languages, are not one story for
that; one name alone is not either: a person rare in the batch is still often in two of its stories,
a place or a figure another event in the same town or of the same count). Two that share only one
place and one whole number, no name and no happening, count at `NO_ENTITY_FACTOR` and are not joined
(`_where_only`: a warehouse fire in Lyon with 40 evacuated, and 40 more police officers for Lyon; a
sum of money in one currency is more than a count, when not round: a ticket raised to 27 euros told in
two languages).
A report naming a person by role only ("the health minister") names the person another report of
the round gives that role (`digest.stories.roles`). A report spelling out what another abbreviates ("the Bank
of England", "BoE"; "the prime minister", "PM") writes the acronym too (`digest.stories.acronyms`).
Two quakes of clearly different magnitude count at `FIGURE_CONFLICT_FACTOR`; two decisions setting a
rate at different levels ("to 2.25%", "to 1.75%": this month's cut and last month's) at
`RATE_CONFLICT_FACTOR`; two telling happenings of different kinds only (`digest.stories.synonyms.KINDS`: a
rail strike and a derailment on one line, an arrest and the sentence passed a week later) at
`KIND_CONFLICT_FACTOR`. A country named by its possessive ("Peru's central bank") only tells apart.
Outlets cover one event within a day: past `TIME_GRACE_HOURS` apart, a pair's similarity fades, by
`TIME_DECAY` at two days more, so a like report days later (another fire in the same town) needs
more in common.
A pair no veto holds back (no shared name, figure or place; places apart; a round-up naming places
apart; two magnitudes, rate levels or kinds of happening; two languages without two shared marks;
only a place and a whole number shared where the embedding cannot read both) that scores at
`MODEL_FLOOR` of the threshold or more is lifted to what a learned scorer gives it when that is more
(`digest.stories.pairs`, fitted by benchmarks/train_stories.py).
Articles are joined by average-link agglomeration:
two groups merge while the mean similarity between their members stays above `THRESHOLD` (tuned
on the tuning set of tests/fixtures/stories by benchmarks/clustering.py), no two members are
nearly unrelated (`LINK_FLOOR`; two in two languages of one day whose places can be one are not
held to it: their words cannot meet), and their dates are within `WINDOW`. A report left alone then
joins the one story it tells in other words (`_attach_lone`: close in meaning to every member,
naming a place of the story's, within a day of its members, close to no other story, nothing
telling them apart). Figures are written one way in every notation (`_numbers`: "3,000" and
"3.000" are one term). Only pairs sharing one of their most distinctive words, or among each
other's nearest in meaning, are compared (`digest.stories.candidates`), so 2,000 articles cluster
in about 3 seconds. Each story is led by its best version (`_best_version`).
`rank_stories` then picks the digest's items."""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from sys import intern
from typing import NamedTuple
from urllib.parse import urlsplit

import numpy as np

from digest import collector
from digest.article.textnorm import casefold, fold, spaced_words, strip_possessive, token_pairs
from digest.lang import Language, identify, morph, resources
from digest.lang.names import CYRILLIC_LATIN, common_noun, load_frequencies
from digest.models import Article, Story
from digest.stories import acronyms, candidates, demonyms, embed, pairs, places, roles, synonyms
from digest.stories.stems import stem

THRESHOLD = 0.22
PREFIX = 5
WINDOW = timedelta(hours=72)
TITLE_REPEAT = 2
LEAD_WORDS = 60
LEAD_FROM_TEXT = True
NAME_BOOST = 2.0
CONCEPT_WEIGHT = 1.0
NO_ENTITY_FACTOR = 0.5
MEANING_WEIGHT = 0.5
MEANING_FLOOR = 0.3
LINK_FLOOR = 0.2
PLACE_CONFLICT_FACTOR = 0.5
ENTITY_WEIGHT = 0.7
TIME_DECAY = 0.5
FIGURE_CONFLICT_FACTOR = 0.25
RATE_CONFLICT_FACTOR = 0.1
KIND_CONFLICT_FACTOR = 0.25
TIME_GRACE_HOURS = 24
MODEL_FLOOR = 0.6
LONE_MEANING = 0.55
LONE_MARGIN = 0.05
_SHARED_MARKS = 2
_MAX_RARE = 3
_MAGNITUDE_GAP = 0.3  # two reports' quake magnitudes further apart are two events (`_figures_apart`)
_GROUP_MAGNITUDE_GAP = 0.45  # ... and hold two groups apart: one quake is often revised by 0.4 (`_cross`)
_MAX_DAYS = 3.0
_RARE_DF = 6
_RARE_SHARE = 0.01
_LENGTH_STEP = 50
_REWRITE_SHARE = 0.6
_KEY_TERMS = 12
_BRIEFING_LABELS = 2  # distinct labelled paragraphs that make a text a briefing (`_briefing`)
_BRIEFING_PARAGRAPHS = 4
_LISTED_ITEMS = 3  # news items a title lists after its heading to be a list of the news (`_listing`)
_ROUND_UP_KINDS = 3  # kinds of happening a round-up's title and lead tell in places apart (`_briefing`)
_ONE_CASE = "crime and justice"  # the kind the stages of one case count as (`_round_up_kinds`)
_DETECT_CHARS = 250  # of title + lead read to guess an untagged article's language (`_languages`)
_GUESSES_KEPT = 20_000  # language guesses kept by their title and lead's opening (`_guess_languages`)
_STOPWORD_TEXT = """a about above after again against all also am an and any are as at be because been before
    being
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers him his how i if in into is it its itself just me more most my no nor not
    now of off on once only or other our out over own same she should so some such than that the their
    them then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your said says say told new after year years first
    last one two three four five monday tuesday wednesday thursday friday saturday sunday
    der die das den dem des ein eine einer eines und oder aber mit von zu im in ist sind wird werden
    auf fur bei nach aus um nur noch auch sich nicht dass
    le la les un une des du de et ou en au aux pour par sur dans est sont qui que
    el los las y o del al por para con se es que una uno
    и в во на с со по к у о об от до за из не что это как для"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_THOUSANDS = re.compile(r"(?<![\d.,'])\d{1,3}([.,'\u00a0\u202f])\d{3}(?:\1\d{3})*(?![.,']?\d)")
# The languages whose news group thousands with a plain space too ("120 000"); elsewhere "ages 7 to 11
# 200 pupils" is two figures. Never after a figure and a space ("rooms 1 2 100 200").
_SPACE_GROUPED = frozenset({"fr", "ru", "uk", "pl", "cs", "sk", "sv", "nb", "no", "fi", "et", "lt", "lv"})
_THOUSANDS_SPACED = re.compile(
    r"(?<![\d.,'])(?<!\d )\d{1,3}([.,' \u00a0\u202f])\d{3}(?:\1\d{3})*(?![.,']?\d)(?! \d)"
)
_DECIMAL = re.compile(r"(?<![\d.,])(\d+)[.,](\d+)(?![.,]?\d)")
# A figure in thousands written with the word ("95 тысяч", "70 mil", "2,5 тисячі", "1 200 тысяч"), as
# news in Russian, Ukrainian, Polish, Spanish, Portuguese and Italian write what others write "95,000";
# each word only in the languages where it is the thousand (Polish "mil" and Swedish "mil" are miles).
_THOUSAND_WORDS = {
    "en": "thousand",
    "de": "tausend",
    "nl": "duizend",
    "fr": "mille",
    "it": "mila",
    "es": r"mil(?!\s+mil)",
    "pt": r"mil(?!\s+mil)",
    "ca": r"mil(?!\s+mil)",
    "ru": r"тысяч(?:а|и|ами|ам|ах)?|тыс\.",
    "uk": r"тисяч(?:а|і|ами|ам|ах)?|тис\.",
    "pl": r"tysi[ęą]c(?:e|y|ami|ach)?|tys\.",
}
_THOUSAND_WORD = {
    code: re.compile(
        r"(?i)(?<![\d.,])(?<!\d[ \u00a0\u202f])(\d{1,3}(?:[ \u00a0\u202f]\d{3})*)(?:[.,](\d{1,2}))?\s?"
        rf"(?:{word})(?!\w)"
    )
    for code, word in _THOUSAND_WORDS.items()
}
# A sum of money: a figure with its currency before or after it, scale words between ("€34m", "34
# мільйони євро", "27 euros", "$1d2 bn" as `_numbers` writes them, case-folded), each currency under
# the words and signs news in the languages of `digest.stories.synonyms` write it with.
_CURRENCIES = {
    "eur": r"€|eur|euros?|евро|євро",
    "usd": r"\$|usd|dollars?|dólar(?:es)?|dollari|доллар\w*|долар\w*",
    "gbp": r"£|gbp|pounds?|sterling|фунт\w*|pfund",
    "chf": r"chf|francs?|franchi|franken",
    "rub": r"₽|рубл\w*|руб\.|roubles?|rubles?|rubel|rubli",
    "uah": r"₴|гривн\w*|гривень|грн\.?|hryvni\w*",
    "pln": r"zł\w*|zloty|złoty",
    "sek": r"kron\w*|korun\w*",
    "huf": r"forint\w*",
}
_CURRENCY = "|".join(_CURRENCIES.values())
_SCALE = (
    r"m|mn|bn|million\w*|milliard\w*|billion\w*|mio\.?|mrd\.?|mill[oó]n\w*|milh\w*|milion\w*|miliard\w*"
    r"|miljoen\w*|miljard\w*|mil|млн\.?|млрд\.?|мільйон\w*|мільярд\w*|миллион\w*|миллиард\w*|mln\.?|mld\.?"
)
_MONEY = re.compile(
    rf"(?<!\w)({_CURRENCY})\s?(\d+(?:d\d+)?)(?!\w)"
    rf"|(?<![\w.])(\d+(?:d\d+)?)\s?(?:(?:{_SCALE})\s){{0,2}}(?:de\s|d['’]|of\s|di\s)?({_CURRENCY})(?!\w)"
)
_CURRENCY_OF = [(code, re.compile(words)) for code, words in _CURRENCIES.items()]
_DIGIT = re.compile(r"\d")
_UNIT = re.compile(r"(?<=\d)(?=[^\W\d_])")
_MAGNITUDE_WORD = (
    r"(?:magnitude|magnitud|magnitudo|stärke|richter|магнитуд\w*|магнітуд\w*|magnitúdó|sismo de|séisme de)"
)
_MAGNITUDE = re.compile(
    rf"(?i){_MAGNITUDE_WORD}\W{{1,3}}(?:of\W+|de\W+|di\W+|von\W+)?(\d)[.,](\d)(?!\d)"
    rf"|(?<![\d.,])(\d)[.,](\d)[\s-]{{0,2}}{_MAGNITUDE_WORD}|\bM\s?(\d)\.(\d)\b"
)
_PERCENT_WORD = re.compile(r"(?i)per ?cent|prozent|por ciento|per cento|pour cent|процент|відсот|procent")
_RATE_LEVEL = re.compile(
    r"(?i)(?<!\w)(?:to|at|of|à|au|a|al|del|auf|bei|von|на уровне|на рівні|до|di|em|para|na|do)\s+"
    rf"(\d{{1,2}})(?:[.,](\d{{1,2}}))?\s?(?:%|{_PERCENT_WORD.pattern[4:]})"
)
_RATE_WORD = re.compile(
    r"(?i)\brates?\b|zins|\btaux\b|\btipos?\b|\btasas?\b|\btass[oi]\b|\bjuros\b|\btaxa|ставк|stop[aęy]|\brente"
)
_RATE_REACH = 60
_CLOSING = ".,;:!?\"'”’»)"
_OPENING = "\"'“‘«("
_LATIN = str.maketrans(CYRILLIC_LATIN | {"'": ""})
_SOUNDS = (("ph", "f"), ("w", "v"), ("ck", "k"), ("ch", "kh"), ("c", "k"), ("y", "i"), ("j", "i"))
_LABEL = re.compile(r"\s*([^\W\d_][\w'’-]+(?: [\w'’-]+){0,2}) ?: +\S")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s*$")
_COUNT = re.compile(r"(?<![\w.,])(\d+)\s+([^\W\d_]{3,})")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
_guesses: dict[str, str | None] = {}
_guesses_lock = threading.Lock()


@dataclass(slots=True)
class _Doc:
    index: int
    vector: dict[str, float]
    published: datetime | None
    keys: list[str]
    entities: frozenset[str]
    places: list[places.Mention]
    marks: dict[str, float]
    rare: frozenset[str]
    language: str | None
    magnitudes: frozenset[float]
    rates: frozenset[float]
    spread: bool
    kinds: frozenset[str]
    head: str
    concepts: frozenset[str]  # the terms of `vector` for words outlets swap (`_concepts`)
    briefing: bool  # several stories in one text (`_briefing`, `_listing`): merged with none


def cluster_stories(
    articles: Sequence[Article], *, threshold: float = THRESHOLD, window: timedelta = WINDOW
) -> list[Story]:
    """Group articles about one event into Stories, the most representative article first.

    Stories come out with the most outlets first, then the most recent; the result is the same
    whatever order the articles are given in.
    """
    with collector.paused():
        order = sorted(range(len(articles)), key=lambda i: _article_key(articles[i]))
        arts = [articles[i] for i in order]
        docs = _vectorise(arts)
        meaning = _meanings(arts, [doc.head for doc in docs])
        sims = _candidate_similarities(docs, meaning, window, threshold)
        groups = _average_link(docs, meaning, sims, threshold, window)
        groups = _attach_lone(docs, meaning, groups, window)
        stories = [_story([arts[i] for i in group], [docs[i] for i in group]) for group in groups]
    stories.sort(key=lambda s: (-len(outlets(s)), -_newest(s), _article_key(s.articles[0])))
    return stories


def load_data() -> None:
    """Load what the merge reads (the embedding model, the gazetteer, the word frequencies of English
    and of the languages `digest.stories.synonyms` is written for, the Russian and Ukrainian
    dictionaries its places are lemmatised with, the language-guessing model, the phrase tables of
    `digest.stories.synonyms`, the adjective patterns of `digest.stories.demonyms`) now, once per
    process: the bot calls it at start-up, so the first round does not pay the seconds they take.
    What is loaded then lives as long as the process and is frozen out of the garbage collector's
    reach (`digest.collector.freeze`, as `digest.preload` does): a full collection, which every
    round of 2,000 articles sets off once or more, walked it all (its word frequency tables alone
    hold 700,000 entries), 0.3 s a collection."""
    embed.available()
    places.available()
    load_frequencies(sorted(synonyms.LANGUAGES | {"en"}))
    morph.load()
    identify.model()
    synonyms.load()
    demonyms.load()
    collector.freeze()


def article_key(article: Article) -> str:
    """The key callers use for an article in `match_scores`: its canonical URL, else its URL."""
    return article.canonical_url or article.url


def outlet_of(article: Article) -> str:
    """The outlet's name, or the site's host when the article does not name one."""
    if article.outlet and article.outlet.strip():
        return article.outlet.strip()
    host = urlsplit(article.url).hostname or article.url
    return host.removeprefix("www.")


def outlets(story: Story) -> list[str]:
    """Distinct outlets carrying the story, the lead's first."""
    return list(dict.fromkeys(outlet_of(a) for a in story.articles))


def also_in(story: Story) -> list[Article]:
    """One article per other outlet, for an "Also in: ..." line."""
    lead = outlet_of(story.articles[0]) if story.articles else None
    seen: dict[str, Article] = {}
    for article in story.articles[1:]:
        name = outlet_of(article)
        if name != lead and name not in seen:
            seen[name] = article
    return list(seen.values())


def _article_key(article: Article) -> tuple[str, str, str]:
    return (article_key(article), article.title, outlet_of(article))


def _lead_text(article: Article) -> str:
    """The description, topped up with the opening of the text, to `LEAD_WORDS` words."""
    words = (article.description or "").split()[:LEAD_WORDS]
    if LEAD_FROM_TEXT or not words:
        opening = article.text[:2000].split()
        if words and opening[: len(words)] == words:
            opening = opening[len(words) :]
        words += opening[: LEAD_WORDS - len(words)]
    return " ".join(words)


def _numbers(text: str, code: str | None = None) -> str:
    """Figures written one way whatever the notation: digit groups joined ("3,000", "3.000", "3 000"
    with a narrow space, or a plain one in the languages that group so: `_SPACE_GROUPED` → "3000"), a
    decimal point or comma as "d" ("7.1", "7,1" → "7d1") and a unit split off ("€1.4bn" → "€1d4 bn"), a
    figure in thousands written out in full ("95 тысяч", "70 mil" → "95000", "70000", as "95.000" is). So one
    figure is one term in every language, and "000" (the tail of any thousand) is no entity two
    unrelated articles share."""
    if not _DIGIT.search(text):
        return text
    thousand = _THOUSAND_WORD.get((code or "")[:2])
    if thousand:
        text = thousand.sub(_thousands, text)
    grouped = _THOUSANDS_SPACED if (code or "")[:2] in _SPACE_GROUPED else _THOUSANDS
    text = grouped.sub(lambda m: re.sub(r"\D", "", m.group(0)), text)
    return _DECIMAL.sub(_decimal, _UNIT.sub(" ", text))


def _thousands(match: re.Match[str]) -> str:
    """A figure in thousands written with the word, in digits: "95 тысяч" → "95000", "2,5 тисячі" →
    "2500"."""
    fraction = match.group(2) or ""
    return str(int(re.sub(r"\D", "", match.group(1)) + fraction.ljust(3, "0")))


def _decimal(match: re.Match[str]) -> str:
    """A decimal as "<whole>d<fraction>", trailing zeros dropped ("6.50" and "6,5" are "6d5";
    "2.00" is "2")."""
    fraction = match.group(2).rstrip("0")
    return f"{match.group(1)}d{fraction}" if fraction else match.group(1)


@lru_cache(maxsize=20_000)
def _terms(text: str, code: str | None) -> tuple[tuple[str, float], ...]:
    """The terms of the words in language `code` with their share of the word's count, stop words
    left out; a run of an unspaced script as its character pairs; figures as `_numbers` writes them.
    Cached: outlets run one wire report word for word, and a bot clusters a recent article again
    in every round."""
    folded = casefold(_numbers(text, code))
    words = spaced_words(folded)
    if words is not None:  # no unspaced script: each word's terms, in C (`map`), no Python step a word
        return tuple(itertools.chain.from_iterable(map(_term, words, itertools.repeat(code))))
    out: list[tuple[str, float]] = []
    for run, word in token_pairs(folded, folded=True):
        if run:
            out.extend((run[i : i + 2], 1.0) for i in range(max(1, len(run) - 1)))
        else:
            out.extend(_term(word, code))
    return tuple(out)


def _concepts(text: str, code: str | None) -> list[tuple[str, float]]:
    """Terms for what a text says in words outlets swap (`digest.stories.synonyms`: "outage",
    "blackout", "Stromausfall", "apagón" are one term), in a language the groups are written for."""
    return [(f"={concept}", CONCEPT_WEIGHT) for concept in synonyms.concepts(text, code)]


@lru_cache(maxsize=200_000)
def _term(word: str, code: str | None) -> tuple[tuple[str, float], ...]:
    """A case-folded word's terms: its stem and its first letters (a compound's first part), each
    cut to `PREFIX` and sharing the word's count, a possessive "'s" left out; none for a stop word or a
    lone letter."""
    word = strip_possessive(word)
    folded = fold(word)
    if folded in _STOPWORDS or (len(folded) < 2 and not folded.isdigit()):
        return ()
    stemmed, first = stem(word, code)[:PREFIX], folded[:PREFIX]
    return ((stemmed, 1.0),) if stemmed == first else ((stemmed, 0.5), (first, 0.5))


def _names(words: Sequence[str], code: str | None) -> set[str]:
    """Terms of the names a text writes (its `_name_words`)."""
    return {term for word in words for term in _word_terms(word, code)}


@lru_cache(maxsize=100_000)
def _word_terms(word: str, code: str | None) -> tuple[str, ...]:
    """The terms of a name (`_terms`), cached: a round names the same people and places again and again."""
    return tuple(term for term, _ in _terms(word, code))


@lru_cache(maxsize=20_000)
def _name_words(text: str, code: str | None) -> tuple[str, ...]:
    """Capitalised words that do not start a sentence: names of people, places, firms; not the
    common nouns of a language that capitalises them (German "Lawine", "Feuerwehr"). Cached as
    `_terms` is."""
    words: list[str] = []
    sentence_start = True
    for word in text.split():
        if not sentence_start and (word[0].isupper() or word[0] in _OPENING):
            core = word.lstrip(_OPENING).rstrip(_CLOSING)
            if core[:1].isupper() and not common_noun(core, code):
                words.append(core)
        sentence_start = word.endswith((".", "!", "?", ":"))
    return tuple(words)


@lru_cache(maxsize=100_000)
def _spelling(word: str) -> str:
    """A name's first letters spelled one way in any script and transliteration, for comparing
    articles in two languages: Cyrillic written in Latin letters, accents dropped, and the letters
    transliterations swap made one ("Tamm"/"Тамм", "Kalniņš"/"Калниньш", "Wrona"/"Врона",
    "Zelensky"/"Зеленского")."""
    low = fold(strip_possessive(casefold(word))).translate(_LATIN)
    for written, said in _SOUNDS:
        low = low.replace(written, said)
    return "~" + low[:PREFIX]


def _languages(articles: Sequence[Article], leads: Sequence[str]) -> list[str | None]:
    """Each article's language: as tagged, else guessed from its title and lead, else the batch's
    commonest (a short title and lead may hold too few function words to tell). The guess reads the
    first `_DETECT_CHARS` characters only: a sentence or two settle it, the rest only costs time."""
    openings = [
        None if a.language else f"{a.title}. {lead}"[:_DETECT_CHARS]
        for a, lead in zip(articles, leads, strict=True)
    ]
    guessed = iter(_guess_languages([opening for opening in openings if opening is not None]))
    codes = [a.language or next(guessed) for a, opening in zip(articles, openings, strict=True)]
    known = Counter(c for c in codes if c)
    usual = known.most_common(1)[0][0] if known else None
    return [c or usual for c in codes]


def _guess_languages(openings: Sequence[str]) -> list[str | None]:
    """`identify.identify_many` on the openings of titles and leads, the last `_GUESSES_KEPT` answers
    kept: outlets run one wire report word for word, and a long-running bot clusters an article again
    in every round while it is recent. The openings no answer is kept for are guessed together."""
    with _guesses_lock:
        answers = {opening: _guesses[opening] for opening in openings if opening in _guesses}
    missing = [opening for opening in dict.fromkeys(openings) if opening not in answers]
    answers.update(zip(missing, identify.identify_many(missing), strict=True))
    with _guesses_lock:
        for opening in answers:
            _guesses.pop(opening, None)
            _guesses[opening] = answers[opening]
        while len(_guesses) > _GUESSES_KEPT:
            del _guesses[next(iter(_guesses))]
    return [answers[opening] for opening in openings]


def _tfidf(counts: Sequence[dict[str, float]]) -> list[dict[str, float]]:
    """TF-IDF vectors of unit length, each term one string object (`sys.intern`) in all of them: two
    vectors' common terms are then found by identity, without comparing their letters (a round compares
    some 20,000 pairs' vectors)."""
    df: dict[str, int] = defaultdict(int)
    for tf in counts:
        for term in tf:
            df[term] += 1
    n = len(counts)
    idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items()}
    out = []
    for tf in counts:
        weights = {t: (1 + math.log(c)) * idf[t] for t, c in tf.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        out.append({intern(t): w / norm for t, w in weights.items()})
    return out


def _vectorise(articles: Sequence[Article]) -> list[_Doc]:
    counts: list[dict[str, float]] = []
    entities: list[frozenset[str]] = []
    spelled: list[frozenset[str]] = []
    kinds: list[frozenset[str]] = []
    told: list[frozenset[str]] = []
    leads = [_lead_text(article) for article in articles]
    codes = _languages(articles, leads)
    named = _places(articles, leads, codes)
    heads = [f"{a.title}. {lead}" for a, lead in zip(articles, leads, strict=True)]
    linked = roles.links(heads, codes)
    abbreviated = acronyms.spelled_out(heads)
    for article, lead, code, people, short in zip(articles, leads, codes, linked, abbreviated, strict=True):
        tf: dict[str, float] = defaultdict(float)
        for text, weight in ((article.title, TITLE_REPEAT), (lead, 1)):
            for term, share in (*_terms(text, code), *_concepts(text, code)):
                tf[term] += weight * share
        title_names, lead_names = _name_words(article.title, code), _name_words(lead, code)
        names = _names(lead_names, code)
        for term in names & tf.keys():
            tf[term] *= NAME_BOOST
        names |= _names(title_names, code)
        names |= _names(people, code)
        for term, share in (term for acronym in short for term in _terms(acronym, code)):
            tf[term] += share * NAME_BOOST
            names.add(term)
        figures = {t for t in tf if not t.isalpha() and len(t) > 1 and any(c.isdigit() for c in t)}
        names |= figures
        counts.append(tf)
        entities.append(frozenset(names))
        words = [*title_names, *lead_names, *people]
        placed = {places.folded(w) for mention in named[len(spelled)] for w in mention.name.split()}
        happened = {term for term in tf if term[0] == "="}
        kinds.append(frozenset(synonyms.KINDS[t[1:]] for t in happened if t[1:] in synonyms.KINDS))
        told.append(frozenset(happened))
        kept = [w for w in words if (low := places.folded(w)) not in _STOPWORDS and low not in placed]
        spelled.append(frozenset(figures | happened | {_spelling(w) for w in kept}))
    marks, rare = _marks(spelled, named)
    # a title and lead several outlets run word for word (a wire report) read for figures once
    levels = {head: (_magnitudes(head), _rates(head)) for head in dict.fromkeys(heads)}
    docs = []
    for i, (article, vector) in enumerate(zip(articles, _tfidf(counts), strict=True)):
        keys = sorted(vector, key=vector.__getitem__, reverse=True)[:_KEY_TERMS]
        published = _parse_time(article.published)
        quakes, rates = levels[heads[i]]
        spread = _round_up(named[i])
        docs.append(
            _Doc(
                i, vector, published, keys, entities[i], named[i], marks[i], rare[i], codes[i], quakes, rates,
                spread, kinds[i], heads[i], told[i],
                _briefing(article.text, spread, kinds[i], codes[i]) or _listing(article.title, codes[i]),
            )
        )
    return docs


def _briefing(text: str | None, spread: bool, kinds: frozenset[str], language: str | None) -> bool:
    """Whether a text tells several happenings, none of them its own: a briefing of at least
    `_BRIEFING_PARAGRAPHS` paragraphs, `_BRIEFING_LABELS` or more of them opening with a label of
    their own (`_label`: "Weather: ...", "Markets: ...") and the text naming places that cannot be one
    (`_round_up`); or a round-up whose title and lead tell `_ROUND_UP_KINDS` kinds of happening or
    more (`_round_up_kinds`) in places that cannot be one (`spread`). It is one story of none of them,
    so it is merged with none. Labels alone mark no briefing: a one-event report has them too (a
    quote's speaker, "Photo:", an explainer's "Roads:" and "Trains:"), in one place."""
    if spread and len(_round_up_kinds(kinds)) >= _ROUND_UP_KINDS:
        return True
    if not text or text.count("\n") < _BRIEFING_PARAGRAPHS - 1:
        return False
    paragraphs = [paragraph for paragraph in text.split("\n") if paragraph.strip()]
    if len(paragraphs) < _BRIEFING_PARAGRAPHS:
        return False
    labelled = [paragraph for paragraph in paragraphs if _label(paragraph)]
    if len({_label(paragraph) for paragraph in labelled}) < _BRIEFING_LABELS:
        return False
    common = frozenset(places.folded(word) for word in _LOWER_WORD.findall(text) if word[:1].islower())
    return _round_up(places.mentions("\n".join(labelled), common, language))


def _listing(title: str, language: str | None) -> bool:
    """Whether a title lists the news of a slot of time ("Evening memo: ferry strike, bank hack, dam
    burst"; "The week in review: floods, fares and a final"): a heading before a colon that names its
    slot of time or itself (a weekday or one of the language's `briefing_words`), and no happening
    (`synonyms.KINDS`), place or one (a capitalised word past the first that is no weekday, nor a noun
    of a language that capitalises nouns), then `_LISTED_ITEMS` items or more parted by ", " or "and".
    A one-event title listing what followed names no slot of time ("Storm Ula: schools shut, trains
    halted, 9,000 without power"; "What we know: ..."; "Mayor Kirsi: ..."), so it is no list of the news.
    A heading may name after a word of `roundup_words` (a newsletter or a week, never a part of a day)
    the region its news come from, in function words and capitalised words only ("The week in
    Scandinavia: ...", "Digest from Tallinn: ..."): see `_region_from`. A place or name before that
    word, or after a part of a day ("Night in Kyiv: ..."), or a heading with a lowercase noun after
    it ("Week of gales in Kyiv", "Briefing by Kyiv police") still tells one event."""
    heading, colon, rest = title.partition(":")
    language_words = resources(language)
    if not colon or len(_list_split(language_words.and_words).split(rest.strip())) < _LISTED_ITEMS:
        return False
    found = list(_LOWER_WORD.finditer(heading))
    words = [match.group() for match in found]
    slot = language_words.weekdays | language_words.briefing_words
    if not any(casefold(word) in slot for word in words):
        return False
    if any(name in synonyms.KINDS for name, _ in synonyms.matches(heading, language)):
        return False
    end = _region_from(heading, found, language_words)
    for match in found[1:]:
        word = match.group()
        if match.start() >= end or not word[:1].isupper() or casefold(word) in slot:
            continue
        if not common_noun(word, language):
            return False
    return not places.mentions(heading[:end], language=language)


@lru_cache(maxsize=64)
def _list_split(and_words: frozenset[str]) -> re.Pattern[str]:
    """What parts the items of a list in a language whose `Language.and_words` are `and_words`: ", "
    (never the comma of "9,000") or one of those words between spaces."""
    joined = "|".join(sorted(map(re.escape, and_words)))
    return re.compile(rf",\s+|\s+(?:{joined})\s+" if joined else r",\s+")


def _region_from(heading: str, found: list[re.Match[str]], language_words: Language) -> int:
    """Where a briefing heading's region begins (`_listing`): at its first `roundup_words` word when
    every word after it is a function word or capitalised ("in Scandinavia", "from Tallinn"), else the
    heading's end (the whole heading must then name no place or one)."""
    for n, match in enumerate(found):
        if casefold(match.group()) in language_words.roundup_words:
            after = found[n + 1:]
            if all(m.group()[:1].isupper() or casefold(m.group()) in language_words.stopwords for m in after):
                return match.start()
            break
    return len(heading)


def _label(paragraph: str) -> str | None:
    """The label a paragraph opens with (`_briefing`), case-folded: one to three words and a colon
    before a sentence of its own. None when it opens with none, or introduces a quote ("She said:
    \"...\"") or a line that is no sentence (a caption's credit, a headline to read more)."""
    match = _LABEL.match(paragraph)
    if match is None or paragraph[match.end() - 1] in _OPENING or not _SENTENCE_END.search(paragraph):
        return None
    return casefold(match.group(1))


def _round_up_kinds(kinds: frozenset[str]) -> frozenset[str]:
    """The kinds of happening a round-up tells (`_briefing`), the stages of one case (a theft, the
    arrest, the sentence) counted as one: a verdict names where it is tried and where the crime was."""
    return frozenset(_ONE_CASE if kind in synonyms.CASE_KINDS else kind for kind in kinds)


def _round_up(mentions: Sequence[places.Mention]) -> bool:
    """Whether a title and lead name places that cannot be one ("rail strikes in Austria and Germany"):
    a round-up, which the learned scorer never lifts towards one of the events it tells. A country named
    by its adjective or possessive says whose, not where ("Irish students hurt in Kraków", "Spanish
    police arrest a suspect in Valencia"): it makes no round-up."""
    distinct = list({mention.readings: mention for mention in mentions if mention.joins}.values())
    return any(places.fit([x], [y]) == places.APART for x, y in itertools.combinations(distinct, 2))


def _marks(
    entities: Sequence[frozenset[str]], named: Sequence[list[places.Mention]]
) -> tuple[list[dict[str, float]], list[frozenset[str]]]:
    """What marks out each article's event in any language: its names (spelled one way in any
    script, `_spelling`), figures, places (each place as what it is, whatever language names it)
    and what happened (`_concepts`: "=outage" for "apagón" and "power cut"), weighted by rarity in
    the batch (idf), as unit vectors; and which names, figures and places are rare in the batch (in
    at most `_RARE_DF` articles or `_RARE_SHARE` of them: not a name every other article of the day
    holds)."""
    sets = [
        set(names) | {f"@{r}" for mention in mentions if mention.joins for r in mention.readings}
        for names, mentions in zip(entities, named, strict=True)
    ]
    df: Counter[str] = Counter(term for terms in sets for term in terms)
    n = len(sets)
    limit = max(_RARE_DF, _RARE_SHARE * n)
    idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items()}
    out, rare = [], []
    for terms in sets:
        weights = {t: idf[t] for t in terms}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        out.append({t: w / norm for t, w in weights.items()})
        rare.append(frozenset(t for t in terms if df[t] <= limit and t[0] != "="))
    return out, rare


@lru_cache(maxsize=20_000)
def _sums(text: str, code: str | None) -> frozenset[str]:
    """The sums of money a text gives, a figure with its currency ("€34m", "34 мільйони євро", "27
    euros"), each as its currency and the figure's term ("eur 34"): what something costs, which two
    events in one town seldom share, unlike a count of people or things. Read only for the few pairs
    `_where_only` asks about, once a text."""
    if not _DIGIT.search(text):
        return frozenset()
    out = set()
    for before, figure, number, after in _MONEY.findall(casefold(_numbers(text, code))):
        currency = next(name for name, words in _CURRENCY_OF if words.fullmatch(before or after))
        out.update(f"{currency} {term}" for term, _ in _term(figure or number, code))
    return frozenset(out)


def _magnitudes(text: str) -> frozenset[float]:
    """Earthquake magnitudes a text gives ("magnitude 7.1", "7,1-magnitude", "Stärke 6,2",
    "магнитудой 6,8", "M6.4"): two quakes of clearly different strength are two events."""
    out: set[float] = set()
    if not _DECIMAL.search(text):
        return frozenset()
    for match in _MAGNITUDE.finditer(text):
        digits = [g for g in match.groups() if g is not None]
        out.add(float(f"{digits[0]}.{digits[1]}"))
    return frozenset(out)


def _rates(text: str) -> frozenset[float]:
    """The levels a rate is set to or kept at ("cuts its deposit rate to 2.25%", "hält den Leitzins bei
    4,5 Prozent", "ставку на уровне 16%"): two decisions setting a rate at different levels are two
    events (this month's cut and last month's), however alike they read. A text without a figure
    sets none (asked first: the search for a percent word in any case is the slower question)."""
    if not _DIGIT.search(text) or ("%" not in text and not _PERCENT_WORD.search(text)):
        return frozenset()
    return frozenset(
        float(f"{m.group(1)}.{m.group(2) or 0}")
        for m in _RATE_LEVEL.finditer(text)
        if _RATE_WORD.search(text, max(0, m.start() - _RATE_REACH), m.start())
    )


def _places(
    articles: Sequence[Article], leads: Sequence[str], codes: Sequence[str | None]
) -> list[list[places.Mention]]:
    """The places each title and lead name; a word the batch also writes in lower case is none."""
    texts = [f"{a.title}. {lead}" for a, lead in zip(articles, leads, strict=True)]
    distinct = dict.fromkeys(texts)  # a wire report several outlets run word for word read once
    lower = {word for text in distinct for word in _LOWER_WORD.findall(text) if word[:1].islower()}
    common = frozenset(places.folded(word) for word in lower)
    # the places of a wire report several outlets run word for word are found once too
    heads = list(zip(texts, codes, strict=True))
    found = {head: places.mentions(head[0], common, head[1]) for head in dict.fromkeys(heads)}
    return [
        places.filed_from(found[head], lead, article.text)
        for head, lead, article in zip(heads, leads, articles, strict=True)
    ]


def add_meanings(articles: Sequence[Article]) -> None:
    """Set `Article.meaning` on each article that has none, so a round reads it instead of embedding
    the article again: the bot calls this once per article, when it stores it. Nothing is set when the
    model is unavailable."""
    todo = [a for a in articles if embed.unpack(a.meaning) is None]
    vectors = _meanings(todo) if todo else None
    if vectors is None:
        return
    for article, vector in zip(todo, vectors, strict=True):
        article.meaning = embed.pack(vector)


def _meanings(articles: Sequence[Article], texts: Sequence[str] | None = None) -> np.ndarray | None:
    """Embeddings of what happened: title + lead with the names and numbers left out, since those
    are compared as entities. Articles in a language the model does not know get a zero row (words
    alone compare them); None when the model is unavailable. An article's stored vector
    (`add_meanings`) is read, not computed again. A title and lead that several articles
    of the round share (outlets run one wire report word for word) are read and embedded once.
    `texts`: each article's title and lead (`_Doc.head`), when the caller has them."""
    stored = [embed.unpack(a.meaning) for a in articles]
    if not embed.available():
        return None
    if texts is None:
        texts = [f"{a.title}. {_lead_text(a)}" for a in articles]
    heads = [(a.language, text) for a, text, v in zip(articles, texts, stored, strict=True) if v is None]
    distinct = list(dict.fromkeys(heads))
    known = [(language, text) for language, text in distinct if embed.knows(language, text)]
    vectors = embed.embed([_without_names(text) for _, text in known], readable_only=True)
    if vectors is None:
        return None
    row = {head: n for n, head in enumerate(known)}
    out = np.zeros((len(articles), embed.DIMENSIONS), dtype=np.float32)
    fresh = iter(heads)
    for i, vector in enumerate(stored):
        if vector is not None:
            out[i] = vector
        elif (n := row.get(next(fresh), -1)) >= 0:
            out[i] = vectors[n]
    return out


def _without_names(text: str) -> str:
    """The text without capitalised words inside a sentence and without numbers."""
    kept: list[str] = []
    sentence_start = True
    for word in text.split():
        if word.isalpha():
            if sentence_start or not word[0].isupper():
                kept.append(word)
            sentence_start = False
            continue
        core = word.lstrip(_OPENING)
        name = core[:1].isupper() and not sentence_start
        if not name and not any(c.isdigit() for c in core):
            kept.append(word)
        sentence_start = word.endswith((".", "!", "?", ":"))
    return " ".join(kept)


def _cosine(a: _Doc, b: _Doc) -> float:
    return _dot(a.vector, b.vector)


def _dot(a: dict[str, float], b: dict[str, float], *, concepts: bool = True) -> float:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = small.keys() & large.keys()
    if concepts:
        return sum(small[t] * large[t] for t in shared)
    return sum(small[t] * large[t] for t in shared if t[0] != "=")


def _similarity(
    a: _Doc, b: _Doc, meaning: np.ndarray | None, dots: tuple[float, float] | None = None
) -> float:
    """The formula's score of a pair (`formula`); a pair no veto holds back that scores at least
    `MODEL_FLOOR` × `THRESHOLD` is lifted to what the learned scorer (`digest.stories.pairs`) gives it,
    when that is more. `dots`: the pair's `_vector_dots`, when the caller has them."""
    between = _between(a, b, dots)
    value, open_to_model = formula(a, b, meaning, between)
    if liftable(value, open_to_model):
        model = pairs.shipped()
        value = model.lift(value, model.probability(features(a, b, meaning, between)), THRESHOLD)
    return value


def liftable(value: float, open_to_model: bool) -> bool:
    """Whether the learned scorer may lift a pair the formula scores `value`: no veto holds it back
    (`formula`'s second answer) and `value` is at least `MODEL_FLOOR` × `THRESHOLD`."""
    return open_to_model and value >= MODEL_FLOOR * THRESHOLD


class _Between(NamedTuple):
    """What `formula` and `features` both read of a pair: how their places fit (`places.fit`), the
    hours between them (None when either is undated), whether they share a name, figure or place, and
    the cosine of their vectors without and with the words outlets swap (`_vector_dots`)."""

    fit: int | None
    hours: float | None
    shares: bool
    words: float
    cosine: float


def _between(a: _Doc, b: _Doc, dots: tuple[float, float] | None = None) -> _Between:
    fit = places.fit(a.places, b.places)
    shares = fit == places.SAME or not a.entities.isdisjoint(b.entities)
    words, cosine = dots or _vector_dots(a, b)
    return _Between(fit, _hours_apart(a, b), shares, words, cosine)


def _vector_dots(a: _Doc, b: _Doc) -> tuple[float, float]:
    """`_dot` of two articles' vectors without and with the words outlets swap (`_concepts`), from one
    intersection of their terms: the same sums, term for term in the same order; the first is the
    second when the two share no such word (most pairs)."""
    small, large = (a.vector, b.vector) if len(a.vector) <= len(b.vector) else (b.vector, a.vector)
    shared = small.keys() & large.keys()
    cosine = sum(small[t] * large[t] for t in shared)
    if a.concepts.isdisjoint(b.concepts):
        return cosine, cosine
    return sum(small[t] * large[t] for t in shared if t[0] != "="), cosine


def formula(
    a: _Doc, b: _Doc, meaning: np.ndarray | None, between: _Between | None = None
) -> tuple[float, bool]:
    """Word cosine blended with meaning, discounted when the two share no name, number or place
    (a place may be named differently: a town and a town near it, a region and a town in it,
    one place in two languages), and again when they name places that cannot be one. Words outlets
    swap (`_concepts`) count only between two that share a name, number or place, within a day of
    each other (or undated): two strikes at two airlines are no closer for both being "walkouts",
    nor a fire in the town two days later for being a "blaze" too; across languages, under the same
    guard, what happened is one of the marks two reports share ("Apagón en Vigo", "Vigo in the dark").
    With it, whether no veto holds the pair back from the learned scorer: no name, figure or place
    shared (two bridges closed in two towns the gazetteer does not know), places that cannot be one,
    a round-up (a report naming places that cannot be one: "rail strikes in Austria and Germany"),
    two magnitudes, two rate levels, two kinds of happening (a strike, a derailment; a verdict in one
    only: `_kinds_apart`), two languages
    without two shared marks, one rare in the batch, only a place and a whole number shared
    (`_where_only`) by two texts the embedding cannot both read (the model has nothing else to go on).
    `between`: the pair's `_between`, when the caller has it."""
    fit, hours, shares, words, cosine = between or _between(a, b)
    same_day = hours is None or hours <= TIME_GRACE_HOURS
    value = cosine if shares and same_day else words
    joined = same_language = a.language == b.language
    where = False
    if not joined:
        common = a.marks.keys() & b.marks.keys()
        where = _where_only(a, b, common)
        shared = {t for t in common if t[0] != "=" or (shares and same_day and not _appeal_ruling(t))}
        joined = len(shared) >= _SHARED_MARKS and not a.rare.isdisjoint(shared) and not where
        if joined:
            value += ENTITY_WEIGHT * _dot(a.marks, b.marks, concepts=shares and same_day)
        elif where and any(mark[0] != "@" for mark in common):
            value *= NO_ENTITY_FACTOR
    if not shares:
        value *= NO_ENTITY_FACTOR
    elif meaning is not None and same_language:
        value += MEANING_WEIGHT * max(0.0, float(meaning[a.index] @ meaning[b.index]) - MEANING_FLOOR)
    vetoed = not shares or fit == places.APART or a.spread or b.spread
    if same_language and not vetoed:  # else only its veto is read, and it is vetoed already
        where = _where_only(a, b, a.marks.keys() & b.marks.keys())
    if where and not (meaning is not None and meaning[a.index].any() and meaning[b.index].any()):
        vetoed = True
    if fit == places.APART:
        value *= PLACE_CONFLICT_FACTOR
    if _figures_apart(a, b):
        value *= FIGURE_CONFLICT_FACTOR
        vetoed = True
    elif a.rates and b.rates and a.rates.isdisjoint(b.rates):
        value *= RATE_CONFLICT_FACTOR
        vetoed = True
    elif _kinds_apart(a.kinds, b.kinds):
        value *= KIND_CONFLICT_FACTOR
        vetoed = True
    if hours is not None:
        value *= 1.0 - TIME_DECAY * min(1.0, max(0.0, hours - TIME_GRACE_HOURS) / 48)
    return value, joined and not vetoed


def _appeal_ruling(mark: str) -> bool:
    """Whether a happening's mark ("=appeal ruling") is an appeal ruling: one city's court of appeal rules
    on many cases a day, so across languages that ruling and the city are no sign of one case (two appeals
    dismissed in one city on one morning); the person's name is. Verdicts keep the mark: two reports of one
    trial across languages often share no more than the city and the sentence."""
    return synonyms.KINDS.get(mark[1:]) == "appeal ruling"


def _kinds_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports tell happenings of different kinds (`synonyms.KINDS`): all of other kinds (a
    strike, a derailment), or a verdict in one ("sentenced", "found guilty", "jailed for 0 years") and a
    happening but no verdict in the other (an attack and the arrest at the scene; the verdict weeks
    later, which tells the arrest again)."""
    if not a or not b:
        return False
    return a.isdisjoint(b) or ("sentence" in a) != ("sentence" in b)


def _where_only(a: _Doc, b: _Doc, common: set[str]) -> bool:
    """Whether the marks two reports share (`common`) say where and how many only: one place (under any
    of its readings) and at most one whole number, no name, no happening, no other figure (a warehouse
    fire in Lyon with 40 evacuated, and 40 more municipal police for Lyon; a tram crash in Krakow
    injuring 12, and 12 new trams for Krakow). One event told twice shares more: what happened, a name,
    a decimal or a second figure, a second place, or a sum of money both give in one currency, not round,
    neither telling a happening the other does not (a ticket raised to 27 euros, a tram line built for €34m:
    what it costs, not how many; a fire's damage is not a council's spending)."""
    figures = [mark for mark in common if mark[0] not in "@~="]
    readings = {mark for mark in common if mark[0] == "@"}
    if not common or len(figures) > 1 or len(figures) + len(readings) < len(common):
        return False
    named = {m.readings for m in a.places if m.joins and readings & {f"@{r}" for r in m.readings}}
    if len(named) > 1 or not all(figure.isdigit() for figure in figures):
        return False
    return not (figures and a.kinds == b.kinds and _one_sum(a, b, figures[0]))


def _one_sum(a: _Doc, b: _Doc, figure: str) -> bool:
    """Whether two reports give `figure` as one sum of money, in one currency (`_sums`), and not a round
    one (a multiple of 5: 10, 20, 50 million): budgets, grants and prices repeat round sums, so a town's
    two spending decisions share one as often as one decision told twice does."""
    shared = _sums(a.head, a.language) & _sums(b.head, b.language)
    return int(figure) % 5 != 0 and any(sum_.split()[1] == figure for sum_ in shared)


def features(
    a: _Doc, b: _Doc, meaning: np.ndarray | None, between: _Between | None = None
) -> tuple[float, ...]:
    """What two articles share, one number per `digest.stories.pairs.FEATURES` entry, in its order
    (`between`: as `formula` takes it)."""
    fit, hours, shares, words, cosine = between or _between(a, b)
    guarded = shares and (hours is None or hours <= TIME_GRACE_HOURS)
    concepts = cosine - words
    fewer = min(len(a.entities), len(b.entities))
    entities = len(a.entities & b.entities) / fewer if fewer else 0.0
    rare = min(len(a.rare & b.rare), _MAX_RARE) / _MAX_RARE
    same_language = a.language == b.language
    close, readable = 0.0, False
    if meaning is not None and same_language and meaning[a.index].any() and meaning[b.index].any():
        close, readable = float(meaning[a.index] @ meaning[b.index]), True
    marks = 0.0 if same_language else _dot(a.marks, b.marks, concepts=guarded)
    unread = float(same_language and not readable)
    return (
        words,
        concepts,
        concepts if guarded else 0.0,
        entities,
        rare,
        float(fit == places.SAME),
        float(fit == places.COUNTRY),
        close,
        float(not readable),
        float(not same_language),
        marks,
        0.0 if hours is None else min(hours / 24, _MAX_DAYS),
        float(hours is None),
        unread,
        words * unread,
        rare * unread,
        entities * unread,
    )


def _hours_apart(a: _Doc, b: _Doc) -> float | None:
    if a.published is None or b.published is None:
        return None
    return abs(a.published - b.published).total_seconds() / 3600


def _close_in_time(a: _Doc, b: _Doc, window: timedelta) -> bool:
    return a.published is None or b.published is None or abs(a.published - b.published) <= window


def _candidate_similarities(
    docs: Sequence[_Doc], meaning: np.ndarray | None, window: timedelta, threshold: float
) -> dict[tuple[int, int], float]:
    """Similarities of the pairs worth comparing (`digest.stories.candidates`) that reach half the
    threshold; other pairs are too far apart to merge. A pair the formula cannot score at half the
    threshold nor at the learned scorer's floor (`_most`: half the candidates of a round) is not
    scored further (their places are not compared): it would not be kept."""
    sims = {}
    least = min(threshold / 2, MODEL_FLOOR * THRESHOLD)
    read = None if meaning is None else meaning.any(axis=1).tolist()
    for a, b in candidates.compared(docs, meaning, window, MEANING_FLOOR):
        x, y = docs[a], docs[b]
        if x.briefing or y.briefing:
            continue
        dots = _vector_dots(x, y)
        if dots[1] < least and _most(x, y, meaning, read, dots[1]) < least:
            continue
        sim = _similarity(x, y, meaning, dots)
        if sim >= threshold / 2:
            sims[(a, b)] = sim
    return sims


def _most(
    a: _Doc, b: _Doc, meaning: np.ndarray | None, read: Sequence[bool] | None, cosine: float
) -> float:
    """The most `formula` can score two articles whose vectors' cosine is `cosine`, in the same
    floating-point steps: its discounts are factors of 1 or less and the words alone (the cosine without
    the words outlets swap) are no more than the cosine, so only what it adds counts: across languages
    `ENTITY_WEIGHT` × the cosine of all their marks, in one language the meaning, as it adds them
    (nothing for a text the model does not read: `read`, whether its row of `meaning` is not zero)."""
    if a.language != b.language:
        return cosine + ENTITY_WEIGHT * _dot(a.marks, b.marks)
    if meaning is None or read is None or not (read[a.index] and read[b.index]):
        return cosine
    return cosine + MEANING_WEIGHT * max(0.0, float(meaning[a.index] @ meaning[b.index]) - MEANING_FLOOR)


def _average_link(
    docs: Sequence[_Doc],
    meaning: np.ndarray | None,
    sims: dict[tuple[int, int], float],
    threshold: float,
    window: timedelta,
) -> list[list[int]]:
    """Merge groups along the strongest pairs first while the mean pairwise similarity stays >=
    threshold and no two members are further apart than `LINK_FLOOR` × threshold (or out of the time
    window): a report that shares nearly nothing with one member of a story does not join it on the
    strength of another member (a decoy chained through the one article that mentions both). A pair
    whose low score says little (`_incomparable`: two languages, one day) counts in the mean only
    when the two groups tell a kind of happening in common (`synonyms.KINDS`: an outage in both), not
    on a shared actor and figure alone (a carmaker's job cuts and its recall). Two groups holding a
    pair below the floor that says much never merge, however they grow (`apart`: no more of their
    pairs is scored), and two groups whose mean fell short, or that hold a pair that says little and
    tell no kind in common, are not scored again until one of them grows (`short`): a day of many
    like reports tries the same two groups along thousands of pairs. Two groups holding two quakes of
    magnitudes more than `_GROUP_MAGNITUDE_GAP` apart never merge either (`_figures_apart`), however
    close the rest are."""
    group_of = list(range(len(docs)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(docs))}
    apart: dict[int, set[int]] = defaultdict(set)
    short: set[tuple[int, int, int, int]] = set()
    floor = LINK_FLOOR * threshold

    known = dict(sims)

    def sim(a: int, b: int) -> float:
        key = (a, b) if a < b else (b, a)
        if key not in known:
            close = _close_in_time(docs[a], docs[b], window)
            known[key] = _similarity(docs[a], docs[b], meaning) if close else -1.0
        return known[key]

    for (a, b), value in sorted(sims.items(), key=lambda item: (-item[1], item[0])):
        if value < threshold:
            break
        ga, gb = group_of[a], group_of[b]
        if ga == gb or gb in apart[ga]:
            continue
        left, right = members[ga], members[gb]
        tried = (ga, gb, len(left), len(right))
        if tried in short:
            continue
        cross = _cross(left, right, sim, floor, lambda x, y: not _incomparable(docs[x], docs[y]), docs)
        if cross is None:
            apart[ga].add(gb)
            apart[gb].add(ga)
            continue
        unlike = min(cross) < floor and not _told(docs, left) & _told(docs, right)
        if unlike and _bridged(docs, left, right, sim, floor, threshold):
            unlike = False
        if unlike or sum(cross) / len(cross) < threshold:
            short.add(tried)
            continue
        members[ga] = left + right
        for x in right:
            group_of[x] = ga
        del members[gb]
        for other in apart.pop(gb, set()):
            apart[other].discard(gb)
            apart[other].add(ga)
            apart[ga].add(other)
    return [sorted(group) for group in members.values()]


def _attach_lone(
    docs: Sequence[_Doc], meaning: np.ndarray | None, groups: list[list[int]], window: timedelta
) -> list[list[int]]:
    """Each report average link left alone that tells in other words what exactly one story tells joins
    it (a paraphrase naming no name or figure its members name, its place given another way: "a river
    port's ferry line halts over pay" for a named operator's strike): its meaning is at least
    `LONE_MEANING` from every member the model reads (`_closeness`), it names a place a member's can
    be, and no other story comes within `LONE_MARGIN` of it. Anything that tells two events apart
    vetoes a story: a name no member names (a refinery blast in another port, named by its
    possessive), a dated member more than `TIME_GRACE_HOURS` away, a place apart, a kind of happening
    a member does not tell, another quake magnitude or rate level, another count of one thing
    (`_counts_apart`)."""
    if meaning is None:
        return groups
    group_of = {i: n for n, group in enumerate(groups) for i in group}
    read = meaning.any(axis=1)
    stories = [n for n, group in enumerate(groups) if len(group) > 1]
    if not stories:
        return groups
    members = np.array([i for n in stories for i in groups[n]])
    lone = [g[0] for g in groups if len(g) == 1 and read[g[0]] and not docs[g[0]].briefing]
    if not lone:
        return groups
    close = meaning[lone] @ meaning[members].T
    joins: dict[int, list[int]] = defaultdict(list)
    for row, i in zip(close, lone, strict=True):
        near = {group_of[int(members[k])] for k in np.flatnonzero(row >= LONE_MEANING - LONE_MARGIN)}
        scored = sorted((_closeness(docs, meaning, i, groups[n], window), n) for n in near)
        if not scored or scored[-1][0] < LONE_MEANING:
            continue
        if len(scored) > 1 and scored[-2][0] > scored[-1][0] - LONE_MARGIN:
            continue
        joins[scored[-1][1]].append(i)
    if not joins:
        return groups
    joined = {i for added in joins.values() for i in added}
    return [
        sorted(group + joins.get(n, []))
        for n, group in enumerate(groups)
        if not (len(group) == 1 and group[0] in joined)
    ]


def _closeness(
    docs: Sequence[_Doc], meaning: np.ndarray, lone: int, group: list[int], window: timedelta
) -> float:
    """The least meaning cosine of report `lone` with the members of `group` the model reads; -1 when
    no member names a place that can be its own (a shared kind of happening alone does not vouch for
    it: another ransomware attack, another wildfire), it names a name (`_spelling`) no member names,
    it tells a kind of happening a member that tells one does not (a news brief of four happenings), a
    dated member is more than `TIME_GRACE_HOURS` from it (the same kind of event on another day), or a
    member is told apart from it otherwise (`_attach_lone`)."""
    x = docs[lone]
    least, vouched = 1.0, False
    grace = min(window, timedelta(hours=TIME_GRACE_HOURS))
    counts = _counts(x.head, x.language)
    named = {mark for mark in x.marks if mark[0] == "~"}
    if not named <= {mark for j in group for mark in docs[j].marks}:
        return -1.0
    for j in group:
        y = docs[j]
        fit = places.fit(x.places, y.places)
        if (
            not _close_in_time(x, y, grace)
            or fit == places.APART
            or _kinds_apart(x.kinds, y.kinds)
            or (y.kinds and not x.kinds <= y.kinds)
            or _figures_apart(x, y)
            or (x.rates and y.rates and x.rates.isdisjoint(y.rates))
            or _counts_apart(counts, _counts(y.head, y.language))
        ):
            return -1.0
        vouched = vouched or fit is not None
        if meaning[j].any():
            least = min(least, float(meaning[lone] @ meaning[j]))
    return least if vouched else -1.0


@lru_cache(maxsize=20_000)
def _counts(text: str, code: str | None) -> dict[str, frozenset[str]]:
    """The whole numbers a text gives of things it names right after them ("380 flights", "12
    injured"), by the thing's term: what one report counts and another counts otherwise."""
    out: dict[str, set[str]] = defaultdict(set)
    for figure, word in _COUNT.findall(_numbers(text, code)):
        terms = _term(casefold(word), code)
        if terms and not figure.startswith("0"):
            out[terms[0][0]].add(figure)
    return {term: frozenset(figures) for term, figures in out.items()}


def _counts_apart(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> bool:
    """Whether two texts count one thing differently (`_counts`): "380 flights" and "800 flights"."""
    return any(a[term].isdisjoint(b[term]) for term in a.keys() & b.keys())


def _cross(
    left: list[int],
    right: list[int],
    sim: Callable[[int, int], float],
    floor: float,
    bars: Callable[[int, int], bool],
    docs: Sequence[_Doc],
) -> list[float] | None:
    """The similarities of every member of `left` with every member of `right`, in that order; None
    as soon as one is below `floor` and `bars` says such a pair holds its groups apart, or two give
    quake magnitudes more than `_GROUP_MAGNITUDE_GAP` apart (`_figures_apart`): a first estimate and
    its revision ("6.1", later "revised to 6.5") stay one story."""
    cross = []
    for x in left:
        for y in right:
            value = sim(x, y)
            if (value < floor and bars(x, y)) or (
                docs[x].magnitudes and _figures_apart(docs[x], docs[y], _GROUP_MAGNITUDE_GAP)
            ):
                return None
            cross.append(value)
    return cross


def _figures_apart(a: _Doc, b: _Doc, gap: float = _MAGNITUDE_GAP) -> bool:
    """Whether two reports give quake magnitudes more than `gap` apart (as `formula` vetoes them): two
    quakes. Rate levels do not count here: a report of one decision gives the rate before it or
    inflation's rate too."""
    return bool(
        a.magnitudes and b.magnitudes and min(abs(x - y) for x in a.magnitudes for y in b.magnitudes) > gap
    )


def _bridged(
    docs: Sequence[_Doc],
    left: list[int],
    right: list[int],
    sim: Callable[[int, int], float],
    floor: float,
    threshold: float,
) -> bool:
    """Whether each pair of `left` and `right` below `floor` (two languages of one day that cannot be
    compared: `_incomparable`) has a third member close to both at `threshold` or more that tells a kind
    of happening with each of the two whose language it does not share: a report in another language
    that tells the outage the first English report tells joins it and a second English report that
    names no kind ("trams halted as power fails"), whichever of the two joined the first English report
    first (`_told` of the two groups asks only one order). A shared actor and figure alone (a carmaker's
    recall, its job cuts) bridge nothing."""
    members = left + right
    for x in left:
        for y in right:
            if sim(x, y) >= floor:
                continue
            if not any(
                z not in (x, y)
                and _vouches(docs[z], docs[x])
                and _vouches(docs[z], docs[y])
                and min(sim(z, x), sim(z, y)) >= threshold
                for z in members
            ):
                return False
    return True


def _vouches(bridge: _Doc, member: _Doc) -> bool:
    """Whether a close pair says the two tell one happening: in one language their words say so, in
    two a kind of happening both tell (`synonyms.KINDS`)."""
    return bridge.language == member.language or not bridge.kinds.isdisjoint(member.kinds)


def _told(docs: Sequence[_Doc], group: list[int]) -> set[str]:
    """The kinds of happening (`synonyms.KINDS`) the members of a group tell."""
    return {kind for i in group for kind in docs[i].kinds}


def _incomparable(a: _Doc, b: _Doc) -> bool:
    """Whether a low score of two articles says little of them: in two languages (their words cannot
    meet, and they share a mark or two at most: "Stromausfall in Köln", "Cologne in the dark"),
    published within `TIME_GRACE_HOURS` of each other, naming no places that cannot be one. Undated,
    days apart or in one language, a low score tells them apart."""
    if a.language == b.language:
        return False
    hours = _hours_apart(a, b)
    return hours is not None and hours <= TIME_GRACE_HOURS and places.fit(a.places, b.places) != places.APART


def _story(articles: list[Article], docs: list[_Doc]) -> Story:
    if len(articles) == 1:
        return Story(articles=articles)
    stamps = [doc.published.timestamp() if doc.published else math.inf for doc in docs]  # undated last
    lead = _best_version(articles, docs, stamps)
    rest = sorted((i for i in range(len(articles)) if i != lead), key=stamps.__getitem__)
    return Story(articles=[articles[lead]] + [articles[i] for i in rest])


def _best_version(articles: list[Article], docs: list[_Doc], stamps: list[float]) -> int:
    """The article a reader should get: a full article over a preview, an original over a later
    rewrite of it, then the longest text among those that tell the story (at least half as central
    as the most central: not a round-up that merely mentions it), then the earliest (`stamps`: when
    each was published, an undated one last)."""
    n = len(articles)
    full = [i for i in range(n) if not articles[i].partial] or list(range(n))
    words = [a.text.lower().split() for a in articles]  # as many as the text has: no case is a space
    shingles = [_shingles(w) for w in words]
    originals = [i for i in full if not any(_rewrites(i, j, stamps, shingles) for j in full if j != i)]
    centrality = _centrality(docs)
    top = max(centrality[i] for i in originals)
    telling = [i for i in originals if centrality[i] >= top / 2]
    return max(
        telling,
        key=lambda i: (len(words[i]) // _LENGTH_STEP, round(centrality[i], 6), -stamps[i]),
    )


def _centrality(docs: list[_Doc]) -> list[float]:
    """Each member's cosines with the others, summed in their order; a pair's cosine is taken once
    when their vectors differ in length (`_dot` then reads the two in the same order either way)."""
    n = len(docs)
    cos = [[0.0] * n for _ in range(n)]
    for i, j in itertools.combinations(range(n), 2):
        cos[i][j] = _cosine(docs[i], docs[j])
        alike = len(docs[i].vector) == len(docs[j].vector)
        cos[j][i] = _cosine(docs[j], docs[i]) if alike else cos[i][j]
    return [sum(cos[i][j] for j in range(n) if j != i) for i in range(n)]


def _shingles(words: list[str]) -> frozenset[int]:
    return frozenset(map(hash, zip(words, words[1:], words[2:], words[3:], strict=False)))


def _rewrites(i: int, j: int, stamps: list[float], shingles: list[frozenset[int]]) -> bool:
    """Whether article i is a later rewrite of article j: most of i's word runs come from j (a copy
    that adds a lot is an expanded version, not a rewrite)."""
    if not shingles[i] or not shingles[j] or stamps[i] <= stamps[j]:
        return False
    return len(shingles[i] & shingles[j]) >= _REWRITE_SHARE * len(shingles[i])


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _newest(story: Story) -> float:
    stamps = [t.timestamp() for t in (_parse_time(a.published) for a in story.articles) if t]
    return max(stamps, default=0.0)


MATCH_WEIGHT, RECENCY_WEIGHT, COVERAGE_WEIGHT = 0.5, 0.3, 0.2
HALF_LIFE = timedelta(hours=12)
_FULL_MATCH = 3.0
_FULL_COVERAGE = 5


def story_score(story: Story, *, match_scores: Mapping[str, float], now: datetime) -> float:
    """How good a digest item the story makes: topic match strength, recency, outlets carrying it."""
    match = max((match_scores.get(article_key(a), 0.0) for a in story.articles), default=0.0)
    newest = _newest(story)
    if newest:
        age_hours = max(0.0, (now.timestamp() - newest) / 3600)
        recency = 0.5 ** (age_hours / (HALF_LIFE.total_seconds() / 3600))
    else:
        recency = 0.25
    coverage = math.log(len(outlets(story))) / math.log(_FULL_COVERAGE)
    return (
        MATCH_WEIGHT * min(match, _FULL_MATCH) / _FULL_MATCH
        + RECENCY_WEIGHT * recency
        + COVERAGE_WEIGHT * min(coverage, 1.0)
    )


def rank_stories(
    stories: Sequence[Story],
    *,
    match_scores: Mapping[str, float],
    now: datetime,
    per_outlet_cap: int = 2,
    limit: int = 7,
) -> list[Story]:
    """The best `limit` stories, best first, with no more than `per_outlet_cap` led by one outlet.

    `match_scores` maps `article_key(article)` to its topic match score (missing means 0). When a
    story's lead outlet is already at its cap, another outlet carrying the story leads it instead.
    """
    scored = sorted(
        (s for s in stories if s.articles),
        key=lambda s: (-story_score(s, match_scores=match_scores, now=now), _article_key(s.articles[0])),
    )
    chosen: list[Story] = []
    used: dict[str, int] = defaultdict(int)
    for story in scored:
        if len(chosen) >= limit:
            break
        lead = next((a for a in story.articles if used[outlet_of(a)] < per_outlet_cap), None)
        if lead is None:
            continue
        used[outlet_of(lead)] += 1
        rest = [a for a in story.articles if a is not lead]
        chosen.append(Story(articles=[lead, *rest]))
    return chosen
