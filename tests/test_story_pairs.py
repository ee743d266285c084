"""The story merge's learned second opinion (digest/stories/pairs.py), on invented reports: its weights
ship in the package and load with no network; it lifts a pair the formula leaves just short of the
threshold, and never one a veto holds back (a round-up naming places that cannot be one)."""

from __future__ import annotations

import math
import textwrap

import pytest

from digest.models import Article
from digest.stories import cluster, pairs
from digest.stories.cluster import cluster_stories
from tests.offline_support import run_offline

NO_NETWORK = textwrap.dedent(
    """
    from digest.stories import pairs
    model = pairs.shipped()
    assert pairs.shipped() is model
    assert len(model.weights) == len(pairs.FEATURES)
    print("ok", model.probability([0.0] * len(pairs.FEATURES)), model.cut)
    """
)


def _report(url: str, title: str, lead: str, hour: int) -> Article:
    return Article(
        url=f"https://{url}", title=title, description=lead, outlet=url.split("/")[0],
        published=f"2026-03-10T{hour:02d}:00:00+00:00",
    )


CLOSED = _report("a.example/1", "Harlow school closes for a week",
                 "The primary school in Harlow will stay shut for a week because of a burst pipe, parents "
                 "were told.", 9)
SAME_CLOSURE = _report("b.example/2", "Pupils in Harlow get unexpected break",
                       "Children in Harlow will have lessons at home after water damaged classrooms.", 12)
ROUND_UP = _report("c.example/3", "Pupils in Harlow and Plymouth get unexpected break",
                   "Children in Harlow and in Plymouth will have lessons at home after water damaged "
                   "classrooms.", 12)
PAD = [
    _report("p1.example/1", "Council approves budget",
            "The city council approved its budget for next year after a long debate.", 5),
    _report("p2.example/1", "Museum reopens after repairs",
            "The museum reopened its doors after two years of repairs to the roof.", 5),
]


def _together(articles: list[Article], a: Article, b: Article) -> bool:
    return any({a.url, b.url} <= {x.url for x in s.articles} for s in cluster_stories(articles))


def test_shipped_weights_load_from_the_package_with_the_network_blocked() -> None:
    done = run_offline(NO_NETWORK)
    assert done.returncode == 0, done.stderr
    word, probability, cut = done.stdout.split()
    assert word == "ok" and 0.0 < float(probability) < 0.5 and 0.0 < float(cut) < 1.0


def test_weights_are_finite_and_named_after_the_features() -> None:
    model = pairs.shipped()
    assert all(math.isfinite(w) for w in (*model.weights, model.bias, model.cut))
    assert pairs.from_json(model.to_json()) == model
    with pytest.raises(ValueError, match="do not match the features"):
        pairs.from_json('{"bias": 0, "cut": 0.5, "weights": {"sparkle": 1.0}}')


def test_the_model_lifts_one_event_told_in_other_words_the_formula_leaves_short(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    batch = [CLOSED, SAME_CLOSURE, *PAD]
    assert _together(batch, CLOSED, SAME_CLOSURE)
    monkeypatch.setattr(cluster, "MODEL_FLOOR", math.inf)
    assert not _together(batch, CLOSED, SAME_CLOSURE)


def test_a_round_up_naming_places_that_cannot_be_one_is_never_lifted() -> None:
    """It reads as alike as the report of the one closure, but it tells of two towns."""
    assert not _together([CLOSED, ROUND_UP, *PAD], CLOSED, ROUND_UP)
