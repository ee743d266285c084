"""The speaker-ranker experiment (benchmarks/train_speakers.py): candidates and model, on invented text.

The experiment decides whether a learned second opinion may override the speaker rules; these tests pin
what it measures: the candidates of a quote (the rules' answer, the names around the quote, nobody) with
their features, the rules' answer kept while the model's best does not beat it by the margin, and a fit
that learns from the candidates' features.
"""

from __future__ import annotations

import math

from benchmarks import train_speakers as ts
from digest.quotes.finder import find_quotes

TEXT = (
    "Maria Lindqvist runs the ferry office in the harbour town.\n\n"
    "“We will sail twice a day from June,” said Tom Berglund, the harbour master.\n\n"
    "The town council meets on Friday."
)


def _candidates(text: str) -> dict[str | None, list[float]]:
    rec = ts.Recorder()
    quotes = rec.run(find_quotes, text)
    assert len(quotes) == 1
    found, _ = rec.found[quotes[0].text]
    return dict(found)


def test_candidates_hold_the_rules_answer_the_names_around_and_nobody() -> None:
    found = _candidates(TEXT)
    assert set(found) == {"Tom Berglund", "Maria Lindqvist", None}
    speaker = found["Tom Berglund"]
    assert speaker[ts.F["rules"]] == 1.0
    assert speaker[ts.F["in_sentence"]] == 1.0 and speaker[ts.F["after_quote"]] == 1.0
    assert speaker[ts.F["cue_next"]] == 1.0
    other = found["Maria Lindqvist"]
    assert other[ts.F["rules"]] == 0.0 and other[ts.F["earlier_paragraph"]] == 1.0
    assert found[None][ts.F["none"]] == 1.0


def test_the_recorder_leaves_the_engine_as_it_was() -> None:
    assert ts.Recorder().run(find_quotes, TEXT) == find_quotes(TEXT)


def _item(rules_right: bool) -> dict:
    """A quote of two candidates: the rules' answer (first) and a name next to a speech cue (second)."""
    rules = [0.0] * len(ts.FEATURES)
    rules[ts.F["rules"]] = 1.0
    cue = [0.0] * len(ts.FEATURES)
    cue[ts.F["cue_next"]] = 1.0
    return {"group": "g", "article": "a", "x": [rules, cue], "y": [rules_right, not rules_right],
            "rules_ok": rules_right}


def test_the_model_overrides_the_rules_only_past_the_margin() -> None:
    items = [_item(False)] * 30 + [_item(True)] * 10
    w = ts.fit(items)
    assert w[ts.F["cue_next"]] > w[ts.F["rules"]]
    wrong = _item(False)
    assert ts.decide(wrong, w, 0.0) is True
    assert ts.decide(wrong, w, math.inf) is False
    assert ts.accuracy([wrong, _item(True)], None, 0.0) == 50.0


def test_a_stale_table_names_the_files_and_the_figures_that_moved() -> None:
    """The recorded table keeps a digest of what it read: a file changed or gone since is named, and a
    recomputed figure that differs is given as recorded -> now."""
    now = ts.sources()
    assert "digest/quotes/speakers.py" in now and not any(p.startswith("digest/stories") for p in now)
    assert ts.stale({"sources": now}) == []
    was = dict(now, **{"digest/quotes/speakers.py": "0" * 12, "digest/quotes/old.py": "1" * 12})
    gone, changed = "digest/quotes/old.py (gone)", "digest/quotes/speakers.py (changed)"
    assert ts.stale({"sources": was}) == [gone, changed]
    recorded = [{"held_out": "fresh4", "quotes": 169, "rules": 98.2, "alone": 85.2}]
    rows = [{"held_out": "fresh4", "quotes": 169, "rules": 98.2, "alone": 84.6}]
    assert ts.moved(recorded, rows) == ["fresh4 alone 85.2 -> 84.6"]
    assert ts.moved(recorded, recorded) == []
