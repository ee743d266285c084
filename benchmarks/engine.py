"""Speed of the engine: ms/page for bare trafilatura and for the whole digest, side by side.

Runs over the 181 pages of ../shared/eval/extraction in one process, alternating the two on each
page so machine noise hits both alike, and prints mean / median / p90 and the ratio. The engine's data
read once per process (`digest.preload`: language model, dictionaries, town list) is loaded before
the timing, as the pool's workers have it, and its load time is printed on its own line.
Usage: python benchmarks/engine.py [--repeat N]   (DIGEST_EVAL_EXTRACTION=DIR points at the eval folder)
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import importlib
import json
import os
import statistics
import sys
import time
from pathlib import Path

import trafilatura

from digest.errors import DigestError
from digest.pipeline import digest_html

DEFAULT_EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "extraction"
EVAL_DIR = Path(os.environ.get("DIGEST_EVAL_EXTRACTION", DEFAULT_EVAL_DIR))
DATA = EVAL_DIR / "data"


def _pages() -> list[tuple[str, str]]:
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(truth):
        with gzip.open(DATA / "html" / f"{pid}.html.gz", "rb") as f:
            pages.append((f.read().decode("utf-8", errors="replace"), truth[pid]["url"]))
    return pages


def _bare(html: str, url: str) -> None:
    trafilatura.extract(html, url=url, include_comments=False, favor_precision=True, with_metadata=True)


def _whole(html: str, url: str) -> None:
    with contextlib.suppress(DigestError):
        digest_html(html, url)


def _summary(name: str, times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p90 = ms[int(0.9 * (len(ms) - 1))]
    mean, median = statistics.fmean(ms), statistics.median(ms)
    return f"{name:<22} mean {mean:7.1f}  median {median:7.1f}  p90 {p90:7.1f} ms/page"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="passes over the pages (default 1)")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"no benchmark pages at {DATA}", file=sys.stderr)
        return 1
    pages = _pages()
    start = time.perf_counter()
    importlib.import_module("digest.preload")
    loaded = time.perf_counter() - start
    _bare(*pages[0])
    _whole(*pages[0])
    bare: list[float] = []
    whole: list[float] = []
    for _ in range(args.repeat):
        for html, url in pages:
            for fn, sink in ((_bare, bare), (_whole, whole)):
                start = time.perf_counter()
                fn(html, url)
                sink.append(time.perf_counter() - start)
    print(f"{len(pages)} pages x {args.repeat}")
    print(f"engine data loaded once per process (digest.preload): {loaded:.2f} s")
    print(_summary("trafilatura (bare)", bare))
    print(_summary("whole digest", whole))
    print(f"ratio whole/bare (mean): {statistics.fmean(whole) / statistics.fmean(bare):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
