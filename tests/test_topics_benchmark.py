"""The topic benchmark's material: tuning sets only (a sealed story holdout is never read), labels that
name events of its articles, and issue 13's figure (at least 30 queries over at least 300 articles)."""

from __future__ import annotations

import json

from benchmarks import topics as bench


def test_the_benchmark_reads_no_sealed_story_set() -> None:
    assert not [name for name in (*bench.STORY_SETS, *bench.SPEED_SETS) if name.startswith("holdout")]
    assert set(bench.STORY_SETS) == {*(f"events_{n}.json" for n in range(1, 30)), "unrelated.json"}


def test_every_label_names_an_event_of_the_pool_and_the_figure_is_large_enough() -> None:
    _pool, events, multi = bench.labelled()
    queries = json.loads((bench.FIXTURES / "topics" / "queries.json").read_text(encoding="utf-8"))
    unknown = {e for q in queries for e in q["relevant"]} - set(events)
    assert not unknown
    english = [q for q in queries if q["split"] in ("dev", "test")]
    assert len(english) >= 30 and multi.count(False) >= 300
    assert {q["split"] for q in queries} == {"dev", "test", "multi"}
    multilingual = {e for e, m in zip(events, multi, strict=True) if m}
    assert all(set(q["relevant"]) <= set(events) - multilingual for q in english)  # scored without them
