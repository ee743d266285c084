"""Quality gate: run the three shared scorers on their `dev` splits and compare with the pins.

Fails (exit 1) when any figure is worse than the one pinned in benchmarks/quality_pins.json.
Raise the pins as the engine improves; never lower them silently.
Usage: python benchmarks/quality_gate.py [--eval-dir ../shared/eval]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PINS = Path(__file__).resolve().parent / "quality_pins.json"


def _extraction(out: Path) -> tuple[list[str], Callable[[dict], dict[str, float]]]:
    args = ["--python", f"{ROOT}/benchmarks/eval_extraction.py:extract", "--only", "dev",
            "--bootstrap", "0", "--json", str(out)]
    return args, lambda j: {"shingle4_f1": j["report"]["shingle4"]["dev"]["f1"]}


def _summarization(out: Path) -> tuple[list[str], Callable[[dict], dict[str, float]]]:
    args = ["--python", f"{ROOT}/benchmarks/eval_summarization.py:summarize", "--split", "dev",
            "--quiet", "--json", str(out)]

    def figures(j: dict) -> dict[str, float]:
        dev = j["splits"]["dev"]
        return {"R1": dev["R1"], "R2": dev["R2"], "RLsum": dev["RLsum"], "words": dev["words"]}

    return args, figures


def _quotes(out: Path) -> tuple[list[str], Callable[[dict], dict[str, float]]]:
    args = ["--python", f"{ROOT}/benchmarks/eval_quotes.py:extract", "--json", str(out)]

    def figures(j: dict) -> dict[str, float]:
        dev = j["results"]["dev"]
        return {"f1": 100 * dev["f1"], "spk": 100 * dev["speaker_acc"]}

    return args, figures


SCORERS = {"extraction": _extraction, "summarization": _summarization, "quotes": _quotes}


def check(name: str, got: dict[str, float], pins: dict[str, float]) -> list[str]:
    """Figures worse than their pins; a pin named `max_X` is an upper bound on X, others lower bounds."""
    failures = []
    for key, pin in pins.items():
        if key.startswith("max_"):
            value = got[key[4:]]
            if value > pin:
                failures.append(f"{name} {key[4:]} {value:.4g} is above the pinned maximum {pin}")
        elif got[key] < pin:
            failures.append(f"{name} {key} {got[key]:.4g} is below the pin {pin}")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    args = parser.parse_args()
    pins = json.loads(PINS.read_text(encoding="utf-8"))
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, scorer in SCORERS.items():
            out = Path(tmp) / f"{name}.json"
            cli, figures = scorer(out)
            run = subprocess.run([sys.executable, "score.py", *cli], cwd=args.eval_dir / name,
                                 capture_output=True, text=True, check=False)
            if run.returncode != 0 or not out.exists():
                failures.append(f"{name}: the scorer failed: {run.stderr.strip()[-500:]}")
                continue
            got = figures(json.loads(out.read_text(encoding="utf-8")))
            print(f"{name:<14} dev " + "  ".join(f"{k} {v:.4g}" for k, v in got.items()))
            failures += check(name, got, pins[name])
    for failure in failures:
        print(f"QUALITY GATE: {failure}", file=sys.stderr)
    print("quality gate: " + ("FAILED" if failures else "passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
