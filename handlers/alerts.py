"""Instant alerts: match a newly stored article against instant topics and send it at most once.

An article is matched for the users who subscribe to its source, and (when it comes from the
built-in catalog) for users whose topics use the catalog, in their languages. Storage claims each
(user, article) alert before sending, so nothing is sent twice; and an article about a story the
user was alerted to in the last `STORY_WINDOW` (another outlet's report of the same event, found
by `digest.stories.cluster_stories`) is not sent again.
"""

from __future__ import annotations

import html
import logging
from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from digest.models import Article, Match
from digest.stories import article_key, cluster_stories
from digest.topics import Query, QueryError, index_article, match_topic, parse_query
from handlers.context import Resources
from handlers.keyboards import digest_keyboard
from handlers.render import MESSAGE_LIMIT, article_url, render_digest, utf16_len
from storage import deliveries, sources, topics, users
from storage.articles import StoredArticle
from storage.db import utcnow

log = logging.getLogger(__name__)

STORY_WINDOW = timedelta(hours=48)
RECENT_PER_USER = 50


@dataclass(frozen=True)
class Watcher:
    """A user with instant topics: where to send, and which articles they want matched."""

    user_id: int
    chat_id: int
    use_catalog: bool
    languages: tuple[str, ...]
    topics: tuple[tuple[int, str, Query], ...]


def alert_header(query: str, match: Match) -> str:
    """The line above an alert's digest: the topic and the terms that matched."""
    terms = ", ".join(match.terms)
    return (
        f"🔔 <b>New on your topic</b> “{html.escape(query, quote=False)}”"
        f"\n<i>Matched: {html.escape(terms, quote=False)}</i>"
    )


class Alerts:
    """Who wants instant alerts (reloaded each poll round) and the sending of them."""

    def __init__(self, res: Resources) -> None:
        self.res = res
        self._watchers: dict[int, Watcher] | None = None
        self._recent: defaultdict[int, deque[tuple[datetime, Article]]] = defaultdict(
            lambda: deque(maxlen=RECENT_PER_USER)
        )

    async def refresh(self) -> None:
        """Reload instant topics and their owners' preferences."""
        db = self.res.db
        grouped: defaultdict[int, list[tuple[int, str, Query]]] = defaultdict(list)
        for topic in await topics.active_topics(db, "instant"):
            try:
                grouped[topic.user_id].append((topic.id, topic.query, parse_query(topic.query)))
            except QueryError:
                continue
        watchers: dict[int, Watcher] = {}
        for user_id, followed in grouped.items():
            user = await users.get_user(db, user_id)
            if user is None:
                continue
            prefs = await users.get_preferences(db, user_id)
            watchers[user_id] = Watcher(
                user_id, user.chat_id, prefs.use_catalog, tuple(prefs.languages), tuple(followed)
            )
        self._watchers = watchers

    async def match(self, stored: StoredArticle, source_id: int, from_catalog: bool) -> int:
        """Alert every interested user whose instant topic matches; returns how many were sent."""
        if self._watchers is None:
            await self.refresh()
        if not self._watchers:
            return 0
        subscribed = set(await sources.subscribers(self.res.db, source_id))
        article = stored.digest.article
        index = None
        sent = 0
        for watcher in self._watchers.values():
            if watcher.user_id not in subscribed and not self._wants_catalog(watcher, article, from_catalog):
                continue
            index = index or index_article(article)
            best: tuple[Match, int, str] | None = None
            for topic_id, text, query in watcher.topics:
                found = match_topic(query, index)
                if found is not None and (best is None or found.score > best[0].score):
                    best = (found, topic_id, text)
            if best is None or self._same_story(watcher.user_id, article):
                continue
            if not await deliveries.claim_alert(self.res.db, watcher.user_id, stored.id, topic_id=best[1]):
                continue
            self._recent[watcher.user_id].append((utcnow(), article))
            await self._send(watcher.chat_id, stored, best[2], best[0])
            sent += 1
        return sent

    @staticmethod
    def _wants_catalog(watcher: Watcher, article: Article, from_catalog: bool) -> bool:
        if not (from_catalog and watcher.use_catalog):
            return False
        return not watcher.languages or (article.language or "") in watcher.languages

    def _same_story(self, user_id: int, article: Article) -> bool:
        """True when the user was alerted lately to another report of the same story."""
        recent = self._recent.get(user_id)
        if not recent:
            return False
        cutoff = utcnow() - STORY_WINDOW
        while recent and recent[0][0] < cutoff:
            recent.popleft()
        earlier = [a for _, a in recent if article_key(a) != article_key(article)]
        if not earlier:
            return False
        for story in cluster_stories([*earlier, article]):
            if any(a is article for a in story.articles):
                return len(story.articles) > 1
        return False

    async def _send(self, chat_id: int, stored: StoredArticle, query: str, match: Match) -> None:
        header = alert_header(query, match)
        parts = render_digest(stored.digest, MESSAGE_LIMIT - utf16_len(header) - 2)
        parts[0] = f"{header}\n\n{parts[0]}"
        keyboard = digest_keyboard(f"a{stored.id}", article_url(stored.digest))
        await self.res.sender.send_all(chat_id, parts, reply_markup=keyboard)

    async def tell(self, user_id: int, text: str) -> None:
        """Send a plain notice to a user's chat (if the user still exists)."""
        user = await users.get_user(self.res.db, user_id)
        if user is not None and user.status == "active":
            await self.res.sender.send(user.chat_id, text)
