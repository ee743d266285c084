"""Score digest.quotes.finder.find_quotes on the PolNeAR direct-quote eval (quote P/R/F1, speaker accuracy).

    python3 benchmarks/eval_quotes.py [--join-paragraphs] [--errors N] [score.py options]

Runs ../shared/eval/quotes/score.py (or $QUOTES_EVAL_DIR/score.py) with `extract` below.
`--join-paragraphs`: each text with its paragraph breaks removed first (`extract_joined`), as a
news-app paste or a feed's summary has it; gold quotes never span paragraphs, so a quote the
engine runs on across the old break counts as a miss here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.perturb import join_paragraphs  # noqa: E402
from digest.quotes.finder import find_quotes  # noqa: E402

EVAL_DIR = Path(os.environ.get("QUOTES_EVAL_DIR", ROOT.parent / "shared" / "eval" / "quotes"))


def extract(text: str) -> list[dict]:
    """The scorer's adapter: every quote with its speaker."""
    return [{"quote": q.text, "speaker": q.speaker} for q in find_quotes(text)]


def extract_joined(text: str) -> list[dict]:
    """`extract` on the text with its paragraph breaks removed."""
    return extract(join_paragraphs(text))


def main() -> None:
    score = EVAL_DIR / "score.py"
    if not score.exists():
        sys.exit(f"No eval kit at {EVAL_DIR}; set QUOTES_EVAL_DIR to the folder holding score.py.")
    args = sys.argv[1:]
    func = "extract_joined" if "--join-paragraphs" in args else "extract"
    args = [a for a in args if a != "--join-paragraphs"]
    cmd = [sys.executable, str(score), "--python", f"{Path(__file__).resolve()}:{func}", *args]
    sys.exit(subprocess.call(cmd, cwd=ROOT))


if __name__ == "__main__":
    main()
