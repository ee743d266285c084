"""Choosing each user's daily-digest stories, with the round's heavy work done once for everyone.

`RoundIndex(articles, sources, carriers)` indexes every article of a digest round for topic
matching and clusters them into stories, once, reading the meaning vectors stored with the articles
(computing those missing: `RoundIndex.embedded` lists them, for the caller to store).
`RoundIndex.select(profile, since, now)` then picks one user's items from that shared work.
Candidates are articles fetched since `since` (the user's last digest) that come from one of the
user's subscriptions, or that match one of their topics and come from their subscriptions or (with
the catalog on) the built-in catalog feeds; in the user's languages when they chose some. An
article comes from every feed that carries it (`carriers`: the source credited with it and every
source whose feed entries point to it, read once per round), so a story in two feeds reaches
subscribers of either, once. Articles people shared by hand (no source) are never candidates.

Each distinct topic query is matched once per round, and only against the articles its rarest
word occurs in (an inverted word index) or whose title and lead are close to it in meaning (one
matrix product), so a round costs about articles + matches, not users × articles. Topics match by
meaning too (`digest.stories.topics`); the "why" of such an item names the words that stood in.
`load_profile` reads what selection needs about a user from storage.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from digest.models import Article, Match, Story
from digest.stories.cluster import add_meanings, also_in, article_key, cluster_stories, rank_stories
from digest.stories.topics import (
    ArticleIndex,
    Query,
    QueryError,
    TermKind,
    head_matrix,
    index_article,
    match_topic,
    meaning_candidates,
    parse_query,
    with_meaning,
)
from handlers import i18n
from storage import sources, topics, users
from storage.articles import StoredArticle
from storage.db import Database
from storage.users import Preferences

SOURCE_SCORE = 1.0
PER_OUTLET_CAP = 2
_CYRILLIC_EXTRA = 3


@dataclass(frozen=True)
class Profile:
    """What selection needs to know about one user."""

    topics: tuple[str, ...] = ()
    subscriptions: frozenset[int] = frozenset()
    use_catalog: bool = True
    languages: tuple[str, ...] = ()
    items: int = 7
    locale: str = "en"


@dataclass(frozen=True)
class Item:
    """One digest item: a story's lead article, one article per other outlet, and why it is here."""

    lead: StoredArticle
    also: tuple[StoredArticle, ...] = ()
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceInfo:
    """What selection needs of a feed: its name (for "why") and whether it is a catalog feed."""

    title: str
    catalog: bool


@dataclass
class _Topic:
    query: Query | None
    matches: dict[int, Match] = field(default_factory=dict)


async def load_profile(db: Database, user_id: int, prefs: Preferences | None = None) -> Profile:
    """The user's daily topics, unpaused subscriptions and digest preferences, from storage."""
    prefs = prefs or await users.get_preferences(db, user_id)
    daily = [t.query for t in await topics.list_topics(db, user_id) if t.delivery == "daily"]
    subs = [s.source.id for s in await sources.list_subscriptions(db, user_id) if not s.paused]
    user = await users.get_user(db, user_id)
    return Profile(
        topics=tuple(daily),
        subscriptions=frozenset(subs),
        use_catalog=prefs.use_catalog,
        languages=prefs.languages,
        items=prefs.items_per_digest,
        locale=i18n.normalize(user.locale if user else None),
    )


async def load_sources(
    db: Database,
    articles: Iterable[StoredArticle],
    carriers: Mapping[int, Iterable[int]] | None = None,
) -> dict[int, SourceInfo]:
    """Title and catalog flag of every source the articles came from (credited or carrying them)."""
    found: dict[int, SourceInfo] = {}
    wanted = {a.source_id for a in articles if a.source_id is not None}
    for ids in (carriers or {}).values():
        wanted.update(ids)
    for source_id in sorted(wanted):
        source = await sources.get_source(db, source_id)
        if source is not None:
            found[source_id] = SourceInfo(source.title or source.feed_url, source.catalog)
    return found


def _language(code: str | None) -> str:
    return (code or "").split("-")[0].strip().lower()


class RoundIndex:
    """The articles of one digest round, indexed and clustered once, shared by every due user.

    `carriers` maps an article id to every source carrying it; an article missing there is carried
    by its credited source alone. Sources missing from `source_info` are ignored.
    """

    def __init__(
        self,
        articles: Sequence[StoredArticle],
        source_info: dict[int, SourceInfo],
        carriers: Mapping[int, Iterable[int]] | None = None,
    ) -> None:
        carriers = carriers or {}
        self.articles: list[StoredArticle] = []
        self._carriers: list[tuple[int, ...]] = []
        for article in articles:
            ids = {*carriers.get(article.id, ()), article.source_id}
            known = tuple(sorted(i for i in ids if i in source_info))
            if known:
                self.articles.append(article)
                self._carriers.append(known)
        self.sources = source_info
        self._bodies: list[Article] = [a.digest.article for a in self.articles]
        indexes = [index_article(body) for body in self._bodies]
        self._indexes: list[ArticleIndex] = with_meaning(indexes, self._bodies)
        self._heads = head_matrix(self._indexes)
        self._postings: dict[str, list[int]] = defaultdict(list)
        for pos, index in enumerate(self._indexes):
            words = set().union(*(part.counts for part in index.fields))
            for word in words:
                self._postings[word].append(pos)
        self._vocabulary = sorted(self._postings)
        self._by_source: dict[int, list[int]] = defaultdict(list)
        for pos, carried_by in enumerate(self._carriers):
            for source_id in carried_by:
                self._by_source[source_id].append(pos)
        had = [body.meaning for body in self._bodies]
        add_meanings(self._bodies)
        self.embedded: list[StoredArticle] = [
            a for a, old in zip(self.articles, had, strict=True) if a.digest.article.meaning is not old
        ]
        position = {id(body): pos for pos, body in enumerate(self._bodies)}
        self._story_of: list[int] = [0] * len(self.articles)
        self._story_order: list[list[int]] = []
        for number, story in enumerate(cluster_stories(self._bodies)):
            members = [position[id(body)] for body in story.articles]
            self._story_order.append(members)
            for pos in members:
                self._story_of[pos] = number
        self._topics: dict[str, _Topic] = {}

    def __len__(self) -> int:
        return len(self.articles)

    # ---- topic matching, once per distinct query ------------------------------------------------

    def topic_matches(self, text: str) -> dict[int, Match]:
        """Positions of the round's articles matching the query, with their matches (cached)."""
        topic = self._topics.get(text)
        if topic is None:
            try:
                query: Query | None = parse_query(text)
            except QueryError:
                query = None
            topic = self._topics[text] = _Topic(query)
            if query is not None:
                candidates = {*self._candidates(query), *meaning_candidates(query, self._heads)}
                for pos in sorted(candidates):
                    match = match_topic(query, self._indexes[pos], meaning=True)
                    if match is not None:
                        topic.matches[pos] = match
        return topic.matches

    def _candidates(self, query: Query) -> Iterable[int]:
        """A superset of the articles the query can match: per group, those holding its rarest word."""
        found: set[int] = set()
        for group in query.groups:
            best: set[int] | None = None
            for term in group:
                if term.kind is not TermKind.WORD:
                    continue
                holders = self._holders(term.forms, term.prefix)
                if best is None or len(holders) < len(best):
                    best = holders
            if best is None:
                return range(len(self.articles))
            found |= best
        return sorted(found)

    def _holders(self, forms: Iterable[str], prefix: str) -> set[int]:
        holders: set[int] = set()
        for form in forms:
            holders.update(self._postings.get(form, ()))
        if prefix:
            i = bisect.bisect_left(self._vocabulary, prefix)
            while i < len(self._vocabulary) and self._vocabulary[i].startswith(prefix):
                word = self._vocabulary[i]
                if len(word) <= len(prefix) + _CYRILLIC_EXTRA:
                    holders.update(self._postings[word])
                i += 1
        return holders

    # ---- one user's items -------------------------------------------------------------------------

    def select(self, profile: Profile, since: datetime, now: datetime) -> list[Item]:
        """The user's best stories since `since`, best first, at most `profile.items` of them."""
        wanted = {_language(code) for code in profile.languages}

        def eligible(pos: int) -> bool:
            article = self.articles[pos]
            if article.fetched_at < since:
                return False
            return not wanted or not article.language or _language(article.language) in wanted

        def reachable(pos: int) -> bool:
            return any(
                source_id in profile.subscriptions
                or (profile.use_catalog and self.sources[source_id].catalog)
                for source_id in self._carriers[pos]
            )

        scores: dict[int, float] = {}
        reasons: dict[int, list[str]] = defaultdict(list)
        for text in profile.topics:
            for pos, match in self.topic_matches(text).items():
                if reachable(pos) and eligible(pos):
                    scores[pos] = max(scores.get(pos, 0.0), match.score)
                    reasons[pos].append(f"{text} ({match.meaning})" if match.meaning else text)
        for source_id in sorted(profile.subscriptions):
            for pos in self._by_source.get(source_id, ()):
                if eligible(pos):
                    scores[pos] = max(scores.get(pos, 0.0), SOURCE_SCORE)
                    title = self.sources[source_id].title
                    reasons[pos].append(i18n.t(profile.locale, "from {source}", source=title))
        by_story: dict[int, list[int]] = defaultdict(list)
        for pos in scores:
            by_story[self._story_of[pos]].append(pos)
        stories = []
        for number, members in by_story.items():
            chosen = set(members)
            ordered = [p for p in self._story_order[number] if p in chosen]
            stories.append(Story(articles=[self._bodies[p] for p in ordered]))
        match_scores = {article_key(self._bodies[p]): s for p, s in scores.items()}
        ranked = rank_stories(
            stories, match_scores=match_scores, now=now, per_outlet_cap=PER_OUTLET_CAP, limit=profile.items
        )
        stored = {id(body): pos for pos, body in enumerate(self._bodies)}
        items = []
        for story in ranked:
            positions = [stored[id(body)] for body in story.articles]
            why = list(dict.fromkeys(r for p in positions for r in reasons[p]))
            items.append(
                Item(
                    lead=self.articles[positions[0]],
                    also=tuple(self.articles[stored[id(a)]] for a in also_in(story)),
                    reasons=tuple(why),
                )
            )
        return items
