"""Measure the key-sentence selector on the shared CNN/DailyMail eval set with its ROUGE scorer.

`summarize(text)` is the adapter for `score.py --python`: the sentences of the digest the bot makes
by default (`DigestOptions()`, quotes and all), one per line.
`main()` runs the scorer (our selector, then Lead-3 for comparison) and prints its figures:

    python3 benchmarks/eval_summarization.py [--split dev|test|all] [--eval-dir DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from digest.models import Article, DigestOptions  # noqa: E402
from digest.pipeline import digest_article  # noqa: E402

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "summarization"


def summarize(text: str) -> str:
    """The key sentences of the bot's default digest of `text`, one per line."""
    return "\n".join(digest_article(Article(url="", text=text), DigestOptions()).sentences)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("all", "dev", "test"), default="all")
    ap.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    ap.add_argument("--no-baseline", action="store_true", help="skip the Lead-3 run")
    args = ap.parse_args(argv)
    if not (args.eval_dir / "score.py").exists():
        sys.exit(f"No eval kit at {args.eval_dir}; pass --eval-dir with the folder of score.py.")
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
