"""Instant alerts: match a newly stored article against instant topics and send it at most once.

An article is matched against the instant topics of the users it reaches
(`storage.topics.topics_for_source`: subscribers, and for a catalog feed the users with the catalog
on, in their languages). Storage claims each (user, article) alert before sending, so nothing is
sent twice; and an article about a story the user was alerted to in the last `STORY_WINDOW`
(another outlet's report of the same event, found by `digest.stories.cluster.cluster_stories` among the
user's alerts kept in storage, so a restart does not forget them) is not sent.
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, timedelta

from digest.models import Article, Match
from digest.stories.cluster import article_key, cluster_stories
from digest.stories.topics import (
    ArticleIndex,
    QueryError,
    index_article,
    match_topic,
    parse_query,
    with_meaning,
)
from handlers.chats import membership
from handlers.i18n import t
from handlers.telegram.context import Resources
from handlers.telegram.keyboards import digest_keyboard
from handlers.telegram.render import MESSAGE_LIMIT, article_preview, article_url, render_digest, utf16_len
from storage import chats as managed
from storage import deliveries, sources, topics, users
from storage.articles import StoredArticle
from storage.sources import Source

log = logging.getLogger(__name__)

STORY_WINDOW = timedelta(hours=48)
RECENT_PER_USER = 50


def _in_languages(article: Article, languages: tuple[str, ...] | list[str]) -> bool:
    return not languages or (article.language or "") in languages


def _best_match(own: list[topics.Topic], index: ArticleIndex) -> tuple[topics.Topic, Match] | None:
    best: tuple[topics.Topic, Match] | None = None
    for topic in own:
        try:
            found = match_topic(parse_query(topic.query), index, meaning=True)
        except QueryError:
            continue
        if found is not None and (best is None or found.score > best[1].score):
            best = (topic, found)
    return best


def _best_matches(
    article: Article, by_user: dict[int, list[topics.Topic]]
) -> dict[int, tuple[topics.Topic, Match] | None]:
    """Each user's best matching instant topic for `article` (CPU work: run off the event loop)."""
    (index,) = with_meaning([index_article(article)], [article])
    return {user_id: _best_match(own, index) for user_id, own in by_user.items()}


def alert_header(query: str, match: Match, locale: str | None = None) -> str:
    """The line above an alert's digest: the topic and the terms that matched (with the article's
    words that stood in for them, when it matched by meaning)."""
    terms = ", ".join(match.terms) + (f" ({match.meaning})" if match.meaning else "")
    return t(
        locale,
        "🔔 <b>New on your topic</b> “{topic}”\n<i>Matched: {terms}</i>",
        topic=html.escape(query, quote=False),
        terms=html.escape(terms, quote=False),
    )


class Alerts:
    """Matching new articles to instant topics, and sending the alerts."""

    def __init__(self, res: Resources) -> None:
        self.res = res
        self._people: dict[int, tuple[users.User | None, users.Preferences]] = {}

    def refresh(self) -> None:
        """Forget cached users and preferences (called at the start of each poll round)."""
        self._people.clear()

    async def _person(self, user_id: int) -> tuple[users.User | None, users.Preferences]:
        if user_id not in self._people:
            db = self.res.db
            user = await users.get_user(db, user_id)
            self._people[user_id] = (user, await users.get_preferences(db, user_id))
        return self._people[user_id]

    async def match(self, stored: StoredArticle, source: Source, *, now: datetime | None = None) -> int:
        """Alert every interested user whose instant topic matches; returns how many were sent."""
        now = now or self.res.clock()
        db = self.res.db
        followed = await topics.topics_for_source(db, source.id, "instant")
        if not followed:
            return 0
        by_user: defaultdict[int, list[topics.Topic]] = defaultdict(list)
        for topic in followed:
            by_user[topic.user_id].append(topic)
        subscribed = set(await sources.subscribers(db, source.id)) if source.catalog else set()
        article = stored.digest.article
        matches = await asyncio.to_thread(_best_matches, article, by_user)
        sent = 0
        for user_id in by_user:
            user, prefs = await self._person(user_id)
            if user is None:
                continue
            if source.catalog and user_id not in subscribed and not _in_languages(article, prefs.languages):
                continue
            best = matches[user_id]
            if best is None or await self._same_story(user_id, article, now):
                continue
            topic, found = best
            if not await deliveries.claim_alert(db, user_id, stored.id, topic_id=topic.id, now=now):
                continue
            await self._send(user, prefs, stored, topic.query, found)
            sent += 1
        return sent

    async def _same_story(self, user_id: int, article: Article, now: datetime) -> bool:
        """True when the user was alerted lately to another report of the same story."""
        recent = await deliveries.alerted_since(
            self.res.db, user_id, now - STORY_WINDOW, limit=RECENT_PER_USER
        )
        key = article_key(article)
        earlier = [a.digest.article for a in recent if article_key(a.digest.article) != key]
        if not earlier:
            return False
        for story in cluster_stories([*earlier, article]):
            if any(a is article for a in story.articles):
                return len(story.articles) > 1
        return False

    async def _send(
        self, user: users.User, prefs: users.Preferences, stored: StoredArticle, query: str, match: Match
    ) -> None:
        """The alert, in a forum group's digest topic (a channel's carries only the article's link),
        in the chat's language, with the page's card as chosen."""
        locale = membership.locale_of(user)
        header = alert_header(query, match, locale)
        parts = render_digest(stored.digest, MESSAGE_LIMIT - utf16_len(header) - 2, locale)
        parts[0] = f"{header}\n\n{parts[0]}"
        keyboard = digest_keyboard(
            f"a{stored.id}", article_url(stored.digest), link_only=user.chat_type == "channel", locale=locale
        )
        preview = article_preview(stored.digest, prefs.article_preview)
        await self.res.sender.send_all(
            user.chat_id, parts, reply_markup=keyboard, topic=prefs.digest_thread_id, link_preview=preview
        )

    async def tell(self, user_id: int, text: Callable[[str], str]) -> None:
        """Send a plain notice, `text(locale)`, to a user's chat (if the user still exists). A
        channel's readers are not its managers: a channel's notice goes to the private chats that
        manage it, each in its own language, with the channel's name."""
        user = await users.get_user(self.res.db, user_id)
        if user is None or user.status != "active":
            return
        if user.chat_type != "channel":
            await self.res.sender.send(user.chat_id, text(membership.locale_of(user)))
            return
        name = html.escape(user.title or str(user.chat_id), quote=False)
        for manager in await managed.managers_of(self.res.db, user.id):
            if manager.active:
                notice = text(membership.locale_of(manager))
                await self.res.sender.send(manager.chat_id, f"<b>{name}</b>: {notice}")
