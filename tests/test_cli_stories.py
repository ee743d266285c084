"""`digestbot stories FILE.jsonl`: one story line per article, in input order, and clear input errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest

from bot.cli import main
from bot.cli_stories import read_articles

STORIES = Path(__file__).resolve().parent / "fixtures" / "stories"
TUNING = ("events_1.json", "events_2.json", "events_3.json", "unrelated.json")


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], input=stdin, capture_output=True, text=True, timeout=180,
        env=dict(os.environ),
    )


def _rows(*names: str) -> tuple[list[dict], dict[str, str]]:
    rows, gold = [], {}
    for name in names:
        for n, row in enumerate(json.loads((STORIES / name).read_text(encoding="utf-8"))):
            key = f"{name}:{n}"
            gold[key] = row["event"]
            rows.append(
                {"id": key, "title": row["title"], "text": row.get("text") or row.get("description") or "",
                 "published": row.get("published"), "outlet": row.get("outlet"), "url": row["url"]}
            )
    return rows, gold


def _jsonl(rows: list[dict]) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"


def test_every_article_gets_its_story_in_input_order_and_merges_are_precise(tmp_path: Path) -> None:
    rows, gold = _rows(*TUNING)
    path = tmp_path / "articles.jsonl"
    path.write_text(_jsonl(rows), encoding="utf-8")
    done = _cli("stories", str(path))
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["id"] for o in out] == [r["id"] for r in rows]
    story = {o["id"]: o["story"] for o in out}
    assert set(story.values()) <= set(story)
    assert all(story[lead] == lead for lead in set(story.values()))
    tp = fp = fn = 0
    for a, b in combinations(story, 2):
        same, truth = story[a] == story[b], gold[a] == gold[b]
        tp, fp, fn = tp + (same and truth), fp + (same and not truth), fn + (truth and not same)
    assert tp / (tp + fp) >= 0.95 and tp / (tp + fn) >= 0.7


def test_ids_keep_their_type_dates_may_be_null_and_stdin_works(capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"id": 7, "title": "Magnitude 6.1 earthquake strikes off Crete", "published": None, "outlet": "A",
         "url": "https://a.example/1", "text": "A magnitude 6.1 earthquake struck off Crete on Monday."},
        {"id": "x", "title": "Crete shaken by magnitude 6.1 quake", "published": "2026-03-09T05:00:00Z",
         "outlet": "B", "url": "https://b.example/2", "text": "A 6.1 quake shook Crete early on Monday."},
        {"id": 9, "title": "Cheese prices rise in Norway", "published": None, "outlet": "C",
         "url": "https://c.example/3", "text": "Norwegian cheese costs more this year."},
    ]
    done = _cli("stories", "-", stdin=_jsonl(rows) + "\n\n")
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["id"] for o in out] == [7, "x", 9]
    assert out[0]["story"] == out[1]["story"] in (7, "x") and out[2]["story"] == 9


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('{"id": 1, "title": "a"}\nnot json\n', "line 2 is not valid JSON"),
        ('{"title": "no id"}\n', 'line 1 needs an object with an "id"'),
        ('{"id": 1}\n{"id": 1}\n', "line 2 repeats the id 1"),
        ('{"id": 1, "published": "yesterday"}\n', '"published" must be an ISO 8601 date-time or null'),
        ('{"id": 1, "title": 5}\n', '"title" must be a string or null'),
        ('{"id": 1, "description": ["a"]}\n', '"description" must be a string or null'),
    ],
)
def test_bad_input_is_one_sentence_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, says: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    assert main(["stories", str(path)]) == 1
    captured = capsys.readouterr()
    assert says in captured.err and captured.err.count("\n") == 1 and not captured.out


def test_missing_file_is_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", str(tmp_path / "none.jsonl")]) == 1
    assert "couldn't read" in capsys.readouterr().err


def test_a_description_given_is_the_lead_the_merge_reads() -> None:
    lead = "Night buses will run every ten minutes on the Harwick ring road from June, the council said."
    line = {"id": 1, "title": "Night buses more often", "text": "The council met.", "description": lead}
    (_, (given,)), (_, (bare,)) = read_articles([json.dumps(line)]), read_articles(['{"id": 2}'])
    assert given.description == lead and bare.description is None
