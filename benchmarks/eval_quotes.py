"""Score digest.quotes.finder.find_quotes on the PolNeAR direct-quote eval (quote P/R/F1, speaker accuracy).

    python3 benchmarks/eval_quotes.py [--errors N] [score.py options]

Runs ../shared/eval/quotes/score.py (or $QUOTES_EVAL_DIR/score.py) with `extract` below.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from digest.quotes.finder import find_quotes  # noqa: E402

EVAL_DIR = Path(os.environ.get("QUOTES_EVAL_DIR", ROOT.parent / "shared" / "eval" / "quotes"))


def extract(text: str) -> list[dict]:
    """The scorer's adapter: every quote with its speaker."""
    return [{"quote": q.text, "speaker": q.speaker} for q in find_quotes(text)]


def main() -> None:
    score = EVAL_DIR / "score.py"
    if not score.exists():
        sys.exit(f"No eval kit at {EVAL_DIR}; set QUOTES_EVAL_DIR to the folder holding score.py.")
    cmd = [sys.executable, str(score), "--python", f"{Path(__file__).resolve()}:extract", *sys.argv[1:]]
    sys.exit(subprocess.call(cmd, cwd=ROOT))


if __name__ == "__main__":
    main()
