"""Score digest.article.extract on the shared main-text extraction benchmark (shingle4 F1, ms/page).

    python3 benchmarks/eval_extraction.py                      # ours and trafilatura, all splits
    python3 benchmarks/eval_extraction.py --only dev           # while tuning
    python3 score.py --python PATH/TO/benchmarks/eval_extraction.py:extract   # from the eval folder

`extract(html, url)` is the adapter score.py calls: our article text, or "" when we find none.
The benchmark data stays in the eval folder; nothing from it is copied here.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.article.extract import extract_article
from digest.errors import ExtractionError

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = Path(os.environ.get("DIGEST_EVAL_EXTRACTION", ROOT.parent / "shared" / "eval" / "extraction"))
BASELINE = "baselines:trafilatura_precision_no_comments"


def extract(html: str, url: str) -> str:
    """score.py adapter: the cleaned article text, or "" when there is no article."""
    try:
        return extract_article(html, url or None).text
    except ExtractionError:
        return ""


def _score(spec: str, only: str, label: str) -> None:
    cmd = [sys.executable, "score.py", "--python", spec, "--only", only, "--label", label, "--bootstrap", "0"]
    out = subprocess.run(cmd, cwd=EVAL_DIR, capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("-- shingle4"))
    print(f"== {label}")
    print("\n".join(lines[start:start + 5]))
    print(next(line for line in lines if line.startswith("-- speed")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["dev", "test", "all"], default="all")
    parser.add_argument("--no-baseline", action="store_true", help="skip bare trafilatura")
    args = parser.parse_args()
    if not (EVAL_DIR / "score.py").exists():
        sys.exit(f"no benchmark at {EVAL_DIR}; set DIGEST_EVAL_EXTRACTION")
    _score(f"{Path(__file__).resolve()}:extract", args.only, "digest.article.extract")
    if not args.no_baseline:
        _score(BASELINE, args.only, "trafilatura favor_precision, no comments")


if __name__ == "__main__":
    main()
