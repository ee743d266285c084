"""Which speaker rules carry their weight: switch each off in turn and count the quotes it flips.

    python3 benchmarks/quotes_ablation.py [--data DEV.jsonl [--half A.jsonl]] [--split NAME ...]
                                          [--rule NAME ...]

`--data` is a PolNeAR-format file (../shared/eval/quotes/data/quotes.jsonl's records; give it a
copy holding only the dev articles: never tune on the test split). `--split` adds a multilingual
TUNING split of benchmarks/multilingual/ (`--split tuning`: all of them; sealed and validation
splits are refused), scored as benchmarks/eval_multilingual.py scores it (strict speaker).
For every rule below, the speakers are found again with that rule returning nothing, and the
matched quotes whose speaker the rule alone gets right ("earns") or wrong ("costs") are counted,
with the distinct articles they lie in ("art"; "fires": the articles where the rule answered), per
source (`--half`: the articles of half A of the PolNeAR file, the rest is B), so that a rule designed
on one source can be judged on the others.
Only the articles where the rule answered something other than its switched-off value are read
again (the rules are pure, so the others cannot change).
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

from benchmarks import eval_multilingual as ml  # noqa: E402
from digest.quotes import document, finder, guard, interview, mentions, phrases, speakers  # noqa: E402

EVAL_DIR = Path(os.environ.get("QUOTES_EVAL_DIR", ROOT.parent / "shared" / "eval" / "quotes"))
MODULES = (finder, document, mentions, phrases, speakers, guard, interview)
TUNING = ("dev", "fresh", "fresh2", "fresh4", "fresh5", "fresh7", "fresh8", "fresh9", "fresh10",
          "fresh11", "fresh13", "fresh15", "pages", "pages2", "pages3")
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
# One scored article: its source, its id, and a function giving each matched quote's speaker verdict.
Article = tuple[str, str, Callable[[], dict[str, bool]]]


def scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("quotes_score", EVAL_DIR / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"No eval kit at {EVAL_DIR}; set QUOTES_EVAL_DIR to the folder holding score.py.")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _targets(rule: str) -> tuple[list[object], str]:
    owner, _, name = rule.rpartition(".")
    targets = [document.Document] if owner else [m for m in MODULES if hasattr(m, name)]
    if not targets:
        sys.exit(f"no rule named {rule}")
    return targets, name


@contextmanager
def replaced(rule: str, wrap: Callable[[Callable], Callable]) -> Iterator[None]:
    """Every module's binding of `rule` (or the Document method) is `wrap(original)` meanwhile."""
    targets, name = _targets(rule)
    saved = [(t, getattr(t, name)) for t in targets]
    for target, original in saved:
        setattr(target, name, wrap(original))
    try:
        yield
    finally:
        for target, original in saved:
            setattr(target, name, original)


def switched_off(rule: str, value: object):  # type: ignore[no-untyped-def]
    """Every binding of `rule` returns `value` meanwhile."""
    return replaced(rule, lambda _original: lambda *_a, **_k: value)


def polnear_articles(records: list[dict], half_a: set[str], score) -> list[Article]:  # type: ignore[no-untyped-def]
    """Each PolNeAR article with the verdicts of its matched quotes that have a named gold speaker."""
    def verdicts(r: dict) -> dict[str, bool]:
        gold = [dict(q, toks=Counter(score.tokens(q["quote"]))) for q in r["quotes"]]
        gold = [g for g in gold if sum(g["toks"].values()) >= 4]
        found = [{"quote": q.text, "speaker": q.speaker} for q in finder.find_quotes(r["text"])]
        pred = score.normalise_predictions(found, 4)
        out = {}
        for i, j, _ in score.match(gold, pred, 0.8):
            g = gold[i]
            if g.get("speaker_resolution") in score.NAMED:
                ok = score.speaker_ok(pred[j]["speaker"], g.get("speaker"), g.get("speaker_name"))
                out[g["quote"]] = ok
        return out

    name = "polnear" if not half_a else None
    return [(name or ("polnear-A" if r["id"] in half_a else "polnear-B"), r["id"], lambda r=r: verdicts(r))
            for r in records]


def multilingual_articles(split: str) -> list[Article]:
    """Each article of a multilingual split with the strict speaker verdicts of its matched quotes."""
    pages: dict[str, object] = {}

    def run(r: dict) -> list:
        if "file" not in r:
            return ml.run_engine(r, pasted=False)
        if r["id"] not in pages:  # extract the page once; only the quotes are found again
            html = ml.decode_page((ml.DATA / r["file"]).read_bytes())[0]
            try:
                pages[r["id"]] = ml.extract_article(html, r["url"])
            except ml.ExtractionError:
                pages[r["id"]] = None
        return ml.all_quotes(pages[r["id"]]) if pages[r["id"]] is not None else []

    def verdicts(r: dict) -> dict[str, bool]:
        gold, preds = ml.gold_quotes(r, 4), ml.pred_quotes(run(r), 4)
        return {gold[gi].text: ml.speaker_right(preds[pis[0]].speaker, gold[gi].speaker, lenient=False)
                for gi, pis in ml.match(gold, preds) if gold[gi].scored}

    return [(split, r["id"], lambda r=r: verdicts(r)) for r in ml.load(split)]


def _read(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", help="PolNeAR-format JSONL of dev articles only")
    ap.add_argument("--half", help="JSONL of the articles of half A (the rest is half B)")
    ap.add_argument("--split", action="append", default=[],
                    help="a multilingual tuning split (repeatable; 'tuning' for all of them)")
    ap.add_argument("--rule", action="append", help="only these rules (default: all)")
    args = ap.parse_args(argv)
    splits = [s for name in args.split for s in (TUNING if name == "tuning" else [name])]
    if refused := [s for s in splits if s not in TUNING]:
        sys.exit(f"not a tuning split: {', '.join(refused)}")
    if not args.data and not splits:
        sys.exit("give --data, --split or both")
    articles: list[Article] = []
    if args.data:
        half_a = {r["id"] for r in _read(args.half)} if args.half else set()
        articles += polnear_articles(_read(args.data), half_a, scorer())
    for split in splits:
        articles += multilingual_articles(split)
    rules = args.rule or list(RULES)

    current: list[tuple[str, str]] = [("", "")]
    answered: dict[str, set[tuple[str, str]]] = {rule: set() for rule in rules}

    def recorder(rule: str) -> Callable[[Callable], Callable]:
        def wrap(original: Callable) -> Callable:
            def recorded(*a: object, **k: object) -> object:
                out = original(*a, **k)
                if out != RULES.get(rule):
                    answered[rule].add(current[0])
                return out
            return recorded
        return wrap

    base: dict[tuple[str, str], dict[str, bool]] = {}
    with _all(rules, recorder):
        for source, aid, verdicts in articles:
            current[0] = (source, aid)
            base[current[0]] = verdicts()
    sources = list(dict.fromkeys(source for source, _, _ in articles))
    right, matched = sum(sum(v.values()) for v in base.values()), sum(len(v) for v in base.values())
    print(f"speaker right {right} of {matched} matched quotes, {len(articles)} articles")
    head = f"{'rule':34s} {'fires':>5s} {'earns':>5s} {'costs':>5s} {'art':>4s}"
    print(f"{head}  per source: earns/costs/articles")
    for rule in rules:
        flips: Counter = Counter()
        where: dict[str, set[str]] = {}
        with switched_off(rule, RULES.get(rule)):
            for source, aid, verdicts in articles:
                if (source, aid) not in answered[rule]:
                    continue
                new = verdicts()
                for quote, ok in base[(source, aid)].items():
                    if new.get(quote, False) != ok:
                        flips[(source, ok)] += 1
                        where.setdefault(source, set()).add(aid)
        per = "  ".join(f"{s} {flips[(s, True)]}/{flips[(s, False)]}/{len(where[s])}"
                        for s in sources if s in where)
        earns, costs = sum(flips[(s, True)] for s in sources), sum(flips[(s, False)] for s in sources)
        touched = sum(len(ids) for ids in where.values())
        print(f"{rule:34s} {len(answered[rule]):5d} {earns:5d} {costs:5d} {touched:4d}  {per}", flush=True)


@contextmanager
def _all(rules: list[str], wrapper: Callable[[str], Callable[[Callable], Callable]]) -> Iterator[None]:
    """Each of `rules` wrapped by `wrapper(rule)` meanwhile."""
    if not rules:
        yield
        return
    with replaced(rules[0], wrapper(rules[0])), _all(rules[1:], wrapper):
        yield


if __name__ == "__main__":
    main()
