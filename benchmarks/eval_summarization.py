"""Measure the key-sentence selector on the shared CNN/DailyMail eval set with its ROUGE scorer.

`summarize(text)` is the adapter for `score.py --python`: the chosen sentences, one per line.
`main()` runs the scorer (our selector, then Lead-3 for comparison) and prints its figures:

    python3 benchmarks/eval_summarization.py [--split dev|test|all] [--eval-dir DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from digest.sentences import key_sentences

EVAL_DIR = Path("/work/shared/eval/summarization")


def summarize(text: str) -> str:
    """The digest's default key sentences of `text`, one per line."""
    return "\n".join(key_sentences(text))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("all", "dev", "test"), default="all")
    ap.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    ap.add_argument("--no-baseline", action="store_true", help="skip the Lead-3 run")
    args = ap.parse_args(argv)
    runs = [("key_sentences", f"{Path(__file__).resolve()}:summarize")]
    if not args.no_baseline:
        runs.append(("Lead-3", "baselines:lead3"))
    code = 0
    for name, spec in runs:
        cmd = [sys.executable, "score.py", "--python", spec, "--split", args.split, "--name", name, "--quiet"]
        code |= subprocess.run(cmd, cwd=args.eval_dir, check=False).returncode
    return code


if __name__ == "__main__":
    sys.exit(main())
