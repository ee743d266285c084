"""Which pairs the story merge compares (`digest.stories.candidates.compared`)."""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from digest.stories.candidates import compared

WINDOW = timedelta(hours=72)


@dataclass
class Doc:
    index: int
    keys: list[str]
    published: datetime | None = datetime(2025, 3, 4, 9, tzinfo=UTC)
    rare: frozenset[str] = field(default_factory=frozenset)
    language: str | None = "en"


def test_a_pair_sharing_several_words_is_compared_once() -> None:
    docs = [
        Doc(0, ["ferry", "harbour", "storm"]),
        Doc(1, ["ferry", "harbour", "delay"]),
        Doc(2, ["budget", "vote"]),
        Doc(3, ["museum", "opening"]),
    ]
    assert compared(docs, None, WINDOW, 0.3) == [(0, 1)]


def test_articles_sharing_nothing_are_not_compared() -> None:
    docs = [Doc(0, ["ferry"]), Doc(1, ["budget"]), Doc(2, ["museum"])]
    assert compared(docs, None, WINDOW, 0.3) == []
