"""An article's meaning vector is computed once, stored with it, and read back by the merge unchanged."""

from __future__ import annotations

import copy

import numpy as np

from digest.models import Article
from digest.stories import cluster, embed


def _articles() -> list[Article]:
    rows = [
        ("a", "Storm knocks out power across Ravenport", "Thousands of homes lost power overnight."),
        ("b", "Ravenport blackout leaves homes dark", "A storm cut electricity to much of Ravenport."),
        ("c", "Ravenport council approves new library", "The council voted for a library on the docks."),
        ("d", "Cortes de luz en Ravenport tras la tormenta", "Miles de hogares se quedaron sin luz."),
    ]
    return [
        Article(url=f"https://news.example/{key}", title=title, text=text, published="2027-05-04T08:00:00Z")
        for key, title, text in rows
    ]


def _groups(articles: list[Article]) -> list[list[str]]:
    return [[a.url for a in story.articles] for story in cluster.cluster_stories(articles)]


def test_pack_round_trips_and_refuses_another_models_vector() -> None:
    vector = np.linspace(-1, 1, embed.DIMENSIONS, dtype=np.float32)
    assert np.array_equal(embed.unpack(embed.pack(vector)), vector)
    assert not embed.unpack(embed.pack(np.zeros(embed.DIMENSIONS, dtype=np.float32))).any()
    assert embed.unpack(None) is None
    assert embed.unpack(b"other:" + vector.tobytes()) is None
    assert embed.unpack(embed.MODEL_TAG + b"\x00\x01") is None


def test_stored_meanings_give_the_same_stories_as_computing_them() -> None:
    plain = _articles()
    stored = copy.deepcopy(plain)
    cluster.add_meanings(stored)
    assert all(a.meaning for a in stored)
    some = copy.deepcopy(plain)
    cluster.add_meanings(some[1:3])
    assert some[0].meaning is None and some[1].meaning
    assert _groups(stored) == _groups(plain) == _groups(some)
    if embed.available():
        computed = cluster._meanings(plain)
        assert np.array_equal(cluster._meanings(stored), computed)


def test_add_meanings_keeps_a_vector_already_stored() -> None:
    articles = _articles()
    cluster.add_meanings(articles)
    first = [a.meaning for a in articles]
    cluster.add_meanings(articles)
    assert [a.meaning for a in articles] == first
