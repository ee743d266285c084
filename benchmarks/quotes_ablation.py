"""Which speaker rules carry their weight: switch each off in turn and count the quotes it flips.

    python3 benchmarks/quotes_ablation.py --data DEV.jsonl [--half A.jsonl] [--rule NAME ...]

`--data` is a PolNeAR-format file (../shared/eval/quotes/data/quotes.jsonl's records; give it a
copy holding only the dev articles: never tune on the test split). For every rule below, the
speakers are found again with that rule returning nothing, and the matched quotes whose speaker
the rule alone gets right ("earns") or wrong ("costs") are counted, by half (`--half`: the
articles of half A; the rest is B), so that a rule designed on one half can be judged on the other.
A rule that flips few quotes, all in one article, was likely written for that article; one that
costs as many as it earns is a coin.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from digest.quotes import document, finder, mentions, phrases, speakers  # noqa: E402

EVAL_DIR = Path(os.environ.get("QUOTES_EVAL_DIR", ROOT.parent / "shared" / "eval" / "quotes"))
MODULES = (finder, document, mentions, phrases, speakers)
# Rule → what it returns when switched off (functions of the modules, or methods of Document).
RULES: dict[str, object] = {
    "_as_x_put_it": None, "_name_then_verb": None, "verb_then_name": None, "_after_object": None,
    "named_after_comma": None, "name_before_complement": None, "_coordinated": None, "role_of": None,
    "described_name": None, "epithet": None, "spokesperson": None, "named_body": None,
    "statement_source": None, "_resumed_after": None, "_interview_answers": set(), "names_nobody": False,
    "opening_participle_clause_end": None, "in_relative_clause": False, "_main_subject": None,
    "_incise_clause_speaker": None, "sentence_subject": None, "Document.replies": False,
    "Document.object_before": False, "Document._oblique": False, "Document._attributive": False,
    "Document._unknown_people": [], "Document._appositive_after": False, "Document.resolve_it": None,
    "Document._after_definite": False,
}


def scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("quotes_score", EVAL_DIR / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"No eval kit at {EVAL_DIR}; set QUOTES_EVAL_DIR to the folder holding score.py.")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def switched_off(rule: str, value: object) -> Iterator[None]:
    """Every module's binding of `rule` (or the Document method) returns `value` meanwhile."""
    def off(*_args: object, **_kwargs: object) -> object:
        return value

    owner, _, name = rule.rpartition(".")
    targets = [document.Document] if owner else [m for m in MODULES if hasattr(m, name)]
    saved = [(t, getattr(t, name)) for t in targets]
    if not saved:
        sys.exit(f"no rule named {rule}")
    for target, _ in saved:
        setattr(target, name, off)
    try:
        yield
    finally:
        for target, original in saved:
            setattr(target, name, original)


def outcomes(records: list[dict], score) -> dict[tuple[str, str], bool]:  # type: ignore[no-untyped-def]
    """Whether each matched quote with a named gold speaker gets a right speaker."""
    out = {}
    for r in records:
        gold = [dict(q, toks=Counter(score.tokens(q["quote"]))) for q in r["quotes"]]
        gold = [g for g in gold if sum(g["toks"].values()) >= 4]
        found = [{"quote": q.text, "speaker": q.speaker} for q in finder.find_quotes(r["text"])]
        pred = score.normalise_predictions(found, 4)
        for i, j, _ in score.match(gold, pred, 0.8):
            g = gold[i]
            if g.get("speaker_resolution") in score.NAMED:
                ok = score.speaker_ok(pred[j]["speaker"], g.get("speaker"), g.get("speaker_name"))
                out[(r["id"], g["quote"])] = ok
    return out


def _read(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, help="PolNeAR-format JSONL of dev articles only")
    ap.add_argument("--half", help="JSONL of the articles of half A (the rest is half B)")
    ap.add_argument("--rule", action="append", help="only these rules (default: all)")
    args = ap.parse_args(argv)
    records = _read(args.data)
    half_a = {r["id"] for r in _read(args.half)} if args.half else set()
    score = scorer()
    base = outcomes(records, score)
    print(f"speaker right {sum(base.values())} of {len(base)} matched quotes with a named gold speaker")
    print(f"{'rule':34s} {'A earns':>7s} {'A costs':>7s} {'B earns':>7s} {'B costs':>7s} {'articles':>8s}")
    half: Callable[[str], str] = lambda rid: "A" if rid in half_a else "B"  # noqa: E731
    for rule in args.rule or list(RULES):
        with switched_off(rule, RULES.get(rule)):
            new = outcomes(records, score)
        flips = Counter()
        articles = set()
        for key, ok in base.items():
            if new.get(key, False) != ok:
                flips[(half(key[0]), "earns" if ok else "costs")] += 1
                articles.add(key[0])
        row = [flips[(h, w)] for h in "AB" for w in ("earns", "costs")]
        print(f"{rule:34s} {row[0]:7d} {row[1]:7d} {row[2]:7d} {row[3]:7d} {len(articles):8d}")


if __name__ == "__main__":
    main()
