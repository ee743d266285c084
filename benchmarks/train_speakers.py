"""Can a small learned ranker over candidate speakers beat the speaker rules on data it was not fitted to?

    python3 benchmarks/train_speakers.py               # collect candidates, cross-validate, print the table
    python3 benchmarks/train_speakers.py --cache F     # keep the collected candidates in F (faster reruns)
    python3 benchmarks/train_speakers.py --check       # the table must equal benchmarks/train_speakers.json
    python3 benchmarks/train_speakers.py --stale       # only say whether the recorded table is stale
    python3 benchmarks/train_speakers.py --write       # record the table in benchmarks/train_speakers.json

Why: the speaker rules (`digest.quotes.speakers`) are a cascade of grammar rules tuned by hand; each
session's rules lift the sets they were written from far more than unseen ones. A model fitted on
tuning data and judged out of fold says whether a statistical second opinion generalises better.

Candidates of a quote: the rules' answer; every person, body or unknown name (as the Document resolves
it, `name_of`) in the quote's sentence, the sentences just before and after, and the two paragraphs
before; the previous quote's speaker; nobody (None). Features (`FEATURES`, language-neutral, from what
the Document knows): the rules' answer or not, where the nearest mention stands (same sentence, the
one before or after, same or an earlier paragraph, before or after the quote, token distance, nearest
of all), a speech cue or an "according to" phrase next to it, after a preposition, possessive, how
often named, named inside the quote, the previous quote's speaker (and whether that quote is near),
person or body, one word, first name of its sentence, agreement with a "he/she said" pronoun, and the
rules' answer crossed with the language's kind (inflected, head-first, capitalised nouns).

Model: a linear score per candidate, softmax over the quote's candidates, L2-regularised, fitted by
full-batch gradient descent in numpy on the quotes that have a right candidate. The rules' answer is
replaced only where the best candidate outscores it by more than a margin, the margin chosen by an
inner 2-fold on the training folds (never on the held-out one).

Data, tuning only: PolNeAR dev (`$QUOTES_DEV_DIR/quotes_dev.jsonl`, halves `quotes_dev_a/b.jsonl`;
never the test split) and the multilingual TUNING splits. Each article goes through the engine as
the benchmarks read it, with `finder.attribute` wrapped so that the rules' answers and a Document of
the same quotes are kept. A candidate is right when it matches gold as the scorers match: PolNeAR's
`score.py` (same last name; quotes whose gold speaker is a name) and `eval_multilingual.py`'s lenient
rule (a gold None is right only for None).

Validation (the table): train on PolNeAR dev half A + every multilingual split, score half B, and
the other way round; and each multilingual split held out in turn (trained on PolNeAR dev and the
other splits). Columns: the rules alone, rules + ranker (margin from the training folds), the
ranker's top candidate taken whatever the margin, and "alone": the top candidate of a model fitted
without the features that know the rules' answer (what the learned model knows by itself). Findings
are in README.md ("A learned speaker ranker").

Staleness: the table is only as current as the speaker rules it was computed with; any change to the
engine or the scored data moves the "rules" column and the rest with it. `--write` records beside the
rows a digest of every file the table reads (`sources()`: the engine's code but for `digest/stories`, this
script and its scorers, the tuning splits and the PolNeAR dev file) and the git commit. `--stale` names,
without running anything, the files changed since the table was recorded; `--check` says the same, then
recomputes the table and names each figure that moved (recorded -> now). To refresh it after a change of
the rules: `--write` (11 minutes on the shared 2-core machine at load 6: collecting the candidates 1.5,
the 18 folds of the cross-validation the rest; `--cache F` keeps the candidates for reruns of the fit
only). It is not part of the test suite: too slow.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import math
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import eval_multilingual as ml  # noqa: E402
from benchmarks.quotes_ablation import scorer  # noqa: E402
from digest.quotes import finder  # noqa: E402
from digest.quotes.document import Document, name_of  # noqa: E402
from digest.quotes.mentions import Mention, QuoteSpan  # noqa: E402
from digest.quotes.phrases import speech_cues  # noqa: E402

DEVONLY = Path(os.environ.get("QUOTES_DEV_DIR", "/work/devonly"))
FIGURES = Path(__file__).resolve().parent / "train_speakers.json"
TUNING = ("dev", "fresh", "fresh2", "fresh4", "fresh5", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11",
          "fresh13", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22",
          "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31",
          "fresh32", "fresh33", "fresh34",
          "pages", "pages2", "pages3", "pages5", "pages6")
FEATURES = (
    "rules", "none", "rules_none", "rules_unmentioned", "in_sentence", "sentence_before", "sentence_after",
    "same_paragraph", "earlier_paragraph", "after_quote", "distance", "cue_next", "according",
    "after_preposition", "possessive", "mentions", "in_quote", "previous_speaker", "previous_near",
    "person", "body", "one_word", "first_in_sentence", "rules_morph", "rules_head_first",
    "rules_capitalised", "none_morph", "none_head_first", "none_capitalised", "fill_in_sentence",
    "fill_previous", "rules_person", "nearest", "nearest_before", "pronoun_agrees", "pronoun_clashes",
    "rules_pronoun_agrees", "rules_pronoun_clashes",
)
F = {name: k for k, name in enumerate(FEATURES)}
KINDS = frozenset({"person", "org", "unknown"})
CUE_REACH = 4  # tokens between a name and a speech cue for the cue to stand "next to" it
L2 = 1.0
STEPS = 400
MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)


class Context:
    """What every quote of one document shares: its paragraphs, each sentence's cues, names' genders."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.para_starts = [0] + [i + 1 for i, ch in enumerate(doc.text) if ch == "\n"]
        self._cues: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
        self._genders: dict[str, str | None] = {}

    def paragraph(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1

    def cues(self, lo: int, hi: int) -> tuple[list[int], list[int]]:
        """Where the speech cues of a sentence start, and the "according to" ends among them."""
        if (lo, hi) not in self._cues:
            found = speech_cues(self.doc, lo, hi)
            according = [t.start for t in found if t.start in self.doc.according_ends]
            self._cues[(lo, hi)] = ([t.start for t in found], according)
        return self._cues[(lo, hi)]

    def gender(self, name: str) -> str | None:
        if name not in self._genders:
            self._genders[name] = self.doc.gender_of(name)
        return self._genders[name]

    def pronoun_gender(self, lo: int, hi: int) -> str | None:
        """The gender of a subject pronoun next to a speech cue in the sentence ("he said"), if any."""
        cues, _ = self.cues(lo, hi)
        for t in self.doc.tokens_in(lo, hi):
            gender = self.doc.lang.pronouns.get(t.low)
            if gender in ("m", "f") and any(tokens_between(self.doc, c, t.start) <= 2 for c in cues):
                return gender
        return None


def sentence_index(doc: Document, pos: int) -> int:
    return bisect.bisect_right(doc._sentence_starts, pos) - 1


def tokens_between(doc: Document, a: int, b: int) -> int:
    lo, hi = min(a, b), max(a, b)
    return bisect.bisect_left(doc._token_starts, hi) - bisect.bisect_left(doc._token_starts, lo)


def same(doc: Document, a: str | None, b: str | None) -> bool:
    return bool(a and b) and (a == b or doc.key(a) == doc.key(b))


def mention_features(
    ctx: Context, m: Mention, span: QuoteSpan, sentence: tuple[int, int], s_no: int, after_no: int, para: int,
    first: int,
) -> list[float]:
    doc = ctx.doc
    s_lo, s_hi = sentence
    x = [0.0] * len(FEATURES)
    inside = s_lo <= m.start < s_hi
    m_no = sentence_index(doc, m.start)
    m_para = ctx.paragraph(m.start)
    after = m.start >= span.outer_end
    x[F["in_sentence"]] = float(inside)
    x[F["sentence_before"]] = float(not inside and m_no == s_no - 1)
    x[F["sentence_after"]] = float(not inside and m_no == after_no)
    x[F["same_paragraph"]] = float(m_para == para)
    x[F["earlier_paragraph"]] = float(m_para < para)
    x[F["after_quote"]] = float(after)
    x[F["distance"]] = math.log1p(tokens_between(doc, m.start, span.outer_end if after else span.outer_start))
    if inside:
        cues, according = ctx.cues(s_lo, s_hi)
        x[F["cue_next"]] = float(any(tokens_between(doc, c, m.start) <= CUE_REACH for c in cues))
        x[F["according"]] = float(any(c < m.start and tokens_between(doc, c, m.start) <= 3
                                      for c in according))
        x[F["first_in_sentence"]] = float(m.start == first)
    x[F["after_preposition"]] = float(doc._after_preposition(m.start))
    x[F["possessive"]] = float(m.possessive)
    x[F["person"]] = float(m.kind == "person")
    x[F["body"]] = float(m.kind == "org")
    x[F["one_word"]] = float(" " not in m.name)
    return x


def candidates(
    ctx: Context, spans: Sequence[QuoteSpan], i: int, rules: str | None, previous: str | None
) -> list[tuple[str | None, list[float]]]:
    """The candidates of quote `i` with their features (the rules said `rules`, the quote before was
    credited to `previous`)."""
    doc = ctx.doc
    span = spans[i]
    lang = doc.lang
    kinds = (float(bool(lang.morphology)), float(bool(lang.head_first and not lang.morphology)),
             float(bool(lang.capitalised_nouns)))
    s_no = sentence_index(doc, span.outer_start)
    s_lo, s_hi = doc.sentence_of(span.outer_start)
    s_lo, s_hi = min(s_lo, span.outer_start), max(s_hi, span.outer_end)
    para = ctx.paragraph(span.outer_start)
    after_no = sentence_index(doc, s_hi)
    if 0 <= after_no < len(doc.sentences) and doc.sentences[after_no][0] < s_hi:
        after_no += 1
    window_hi = doc.sentences[after_no][1] if 0 <= after_no < len(doc.sentences) else s_hi
    window_lo = ctx.para_starts[max(0, para - 2)]
    inner = doc.text[span.start : span.end].lower()
    first = next((m.start for m in doc.mentions_in(s_lo, s_hi) if m.kind in KINDS), -1)
    near = float(i > 0 and ctx.paragraph(spans[i - 1].outer_end - 1) >= para - 1)
    counts: dict[str, int] = {}
    best: dict[str, list[float]] = {}
    for m in doc.mentions_in(0, window_hi):
        if m.kind not in KINDS:
            continue
        name = name_of(doc, m)
        counts[name] = counts.get(name, 0) + 1
        if m.start < window_lo or span.outer_start <= m.start < span.outer_end:
            continue
        x = mention_features(ctx, m, span, (s_lo, s_hi), s_no, after_no, para, first)
        if name not in best or x[F["distance"]] - 2 * x[F["in_sentence"]] < (
            best[name][F["distance"]] - 2 * best[name][F["in_sentence"]]
        ):
            best[name] = x
    pronoun = ctx.pronoun_gender(s_lo, s_hi)
    nearest = min((x[F["distance"]] for x in best.values()), default=None)
    before = [x[F["distance"]] for x in best.values() if not x[F["after_quote"]]]
    out: list[tuple[str | None, list[float]]] = []
    for name, x in best.items():
        x[F["mentions"]] = math.log1p(counts[name])
        x[F["in_quote"]] = float(name.split()[-1].lower() in inner)
        x[F["nearest"]] = float(x[F["distance"]] == nearest)
        x[F["nearest_before"]] = float(bool(before) and x[F["distance"]] == min(before))
        gender = ctx.gender(name) if pronoun else None
        x[F["pronoun_agrees"]] = float(bool(gender) and gender == pronoun)
        x[F["pronoun_clashes"]] = float(bool(gender) and gender != pronoun)
        if rules is None:
            x[F["fill_in_sentence"]] = x[F["in_sentence"]]
        if same(doc, name, previous):
            x[F["previous_speaker"]] = 1.0
            x[F["previous_near"]] = near
            x[F["fill_previous"]] = near if rules is None else 0.0
        if same(doc, name, rules):
            _mark_rules(x, kinds)
            x[F["rules_person"]] = x[F["person"]]
            x[F["rules_pronoun_agrees"]] = x[F["pronoun_agrees"]]
            x[F["rules_pronoun_clashes"]] = x[F["pronoun_clashes"]]
        out.append((rules if same(doc, name, rules) else name, x))
    if rules is not None and not any(x[F["rules"]] for _, x in out):
        x = [0.0] * len(FEATURES)
        _mark_rules(x, kinds)
        x[F["rules_unmentioned"]] = 1.0
        x[F["previous_speaker"]] = float(same(doc, rules, previous))
        x[F["previous_near"]] = near * x[F["previous_speaker"]]
        out.append((rules, x))
    if previous and not any(same(doc, name, previous) for name, _ in out):
        x = [0.0] * len(FEATURES)
        x[F["previous_speaker"]] = 1.0
        x[F["previous_near"]] = near
        x[F["fill_previous"]] = near if rules is None else 0.0
        out.append((previous, x))
    x = [0.0] * len(FEATURES)
    x[F["none"]] = 1.0
    x[F["none_morph"]], x[F["none_head_first"]], x[F["none_capitalised"]] = kinds
    if rules is None:
        x[F["rules"]] = x[F["rules_none"]] = 1.0
    out.append((None, x))
    return out


def _mark_rules(x: list[float], kinds: tuple[float, float, float]) -> None:
    x[F["rules"]] = 1.0
    x[F["rules_morph"]], x[F["rules_head_first"]], x[F["rules_capitalised"]] = kinds


class Recorder:
    """Wraps `finder.attribute`: keeps each direct quote's candidates, by its text, and changes nothing."""

    def __init__(self) -> None:
        self.found: dict[str, tuple[list[tuple[str | None, list[float]]], dict[str, str]]] = {}
        self.attribute = finder.attribute

    def __call__(self, text, spans, direct, language="en", context="", plain=()):  # type: ignore[no-untyped-def]
        out = self.attribute(text, spans, direct, language, context, plain)
        if not any(direct):
            return out
        doc = Document(text, spans, direct, language)
        ctx = Context(doc)
        previous = None
        for i, keep in enumerate(direct):
            if keep:
                self.found[text[spans[i].start : spans[i].end]] = (
                    candidates(ctx, spans, i, out[i], previous), dict(doc.suffixed)
                )
                previous = out[i]
        return out

    def run(self, read, *args):  # type: ignore[no-untyped-def]
        self.found.clear()
        finder.attribute = self
        try:
            return read(*args)
        finally:
            finder.attribute = self.attribute

    def item(self, quote, right, group: str, article: str) -> dict | None:  # type: ignore[no-untyped-def]
        """One scored quote: its candidates' features and labels, and whether the rules were right."""
        cut = quote.text.rstrip("…")  # a quote the page's end cut: its start
        got = self.found.get(quote.text) or next(
            (v for k, v in self.found.items() if cut and k.startswith(cut)), None
        )
        if got is None:
            return None
        found, suffixed = got
        return {"group": group, "article": article, "x": [x for _, x in found],
                "y": [bool(right(suffixed.get(n, n) if n else None)) for n, _ in found],
                "rules_ok": bool(right(quote.speaker))}


def collect_polnear(rec: Recorder, score) -> list[dict]:  # type: ignore[no-untyped-def]
    half_a = {
        json.loads(line)["id"] for line in (DEVONLY / "quotes_dev_a.jsonl").read_text().splitlines() if line
    }
    items = []
    for line in (DEVONLY / "quotes_dev.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        quotes = rec.run(finder.find_quotes, r["text"])
        gold = [dict(q, toks=score.Counter(score.tokens(q["quote"]))) for q in r["quotes"]
                if len(score.tokens(q["quote"])) >= 4]
        pred = score.normalise_predictions([{"quote": q.text, "speaker": k} for k, q in enumerate(quotes)], 4)
        for gi, pj, _ in score.match(gold, pred, 0.8):
            g = gold[gi]
            if g.get("speaker_resolution") not in score.NAMED:
                continue

            def right(name, g=g):  # type: ignore[no-untyped-def]
                return score.speaker_ok(name, g.get("speaker"), g.get("speaker_name"))

            group = "polnear_a" if r["id"] in half_a else "polnear_b"
            item = rec.item(quotes[pred[pj]["speaker"]], right, group, r["id"])
            if item:
                items.append(item)
    return items


def collect_multilingual(rec: Recorder, split: str) -> list[dict]:
    items = []
    for r in ml.load(split):
        quotes = rec.run(ml.run_engine, r, False)
        preds = ml.pred_quotes([SimpleNamespace(text=q.text, speaker=k) for k, q in enumerate(quotes)], 4)
        gold = ml.gold_quotes(r, 4)
        for gi, pis in ml.match(gold, preds):
            g = gold[gi]
            if not g.scored:
                continue

            def right(name, g=g):  # type: ignore[no-untyped-def]
                return ml.speaker_right(name, g.speaker, lenient=True)

            item = rec.item(quotes[preds[pis[0]].speaker], right, f"{split}:{r['language']}", r["id"])
            if item:
                items.append(item)
    return items


def collect() -> list[dict]:
    rec = Recorder()
    items = collect_polnear(rec, scorer())
    for split in TUNING:
        items += collect_multilingual(rec, split)
        print(f"collected {split}: {len(items)} quotes so far", file=sys.stderr)
    return items


# The features that know the rules' answer; "alone" is the model fitted without them.
RULES_FEATURES = frozenset(k for k, name in enumerate(FEATURES) if name.startswith(("rules", "fill_")))


def fit(items: list[dict], l2: float = L2, steps: int = STEPS, alone: bool = False) -> np.ndarray:
    """Softmax over each quote's candidates (cross-entropy against its right ones), full-batch descent;
    `alone`: with the features that know the rules' answer held at zero weight."""
    usable = [it for it in items if any(it["y"])]
    sizes = [len(it["y"]) for it in usable]
    x = np.array([row for it in usable for row in it["x"]], dtype=float)
    y = np.concatenate([np.array(it["y"], dtype=float) / sum(it["y"]) for it in usable])
    starts = np.cumsum([0, *sizes[:-1]])
    of = np.repeat(np.arange(len(usable)), sizes)
    w = np.zeros(len(FEATURES))
    if alone:
        x[:, sorted(RULES_FEATURES)] = 0.0
    for _ in range(steps):
        s = x @ w
        e = np.exp(s - np.maximum.reduceat(s, starts)[of])
        p = e / np.add.reduceat(e, starts)[of]
        w -= 0.5 * (x.T @ (p - y) + l2 * w) / len(usable)
    return w


def decide(item: dict, w: np.ndarray, margin: float) -> bool:
    """Whether the answer is right when the model's best candidate replaces the rules' answer where it
    outscores it by more than `margin`."""
    s = np.array(item["x"]) @ w
    own = max(k for k, x in enumerate(item["x"]) if x[F["rules"]])
    best = int(np.argmax(s))
    return bool(item["y"][best]) if s[best] - s[own] > margin else item["rules_ok"]


def accuracy(items: list[dict], w: np.ndarray | None, margin: float) -> float:
    right = [it["rules_ok"] if w is None else decide(it, w, margin) for it in items]
    return round(100.0 * sum(right) / len(right), 1) if right else float("nan")


def pick_margin(items: list[dict]) -> float:
    """The margin that gets most quotes right in an inner 2-fold (by article) of the training items."""
    articles = sorted({it["article"] for it in items})
    fold = {a: k % 2 for k, a in enumerate(articles)}
    right = dict.fromkeys(MARGINS, 0)
    for k in (0, 1):
        w = fit([it for it in items if fold[it["article"]] != k])
        for margin in MARGINS:
            right[margin] += sum(decide(it, w, margin) for it in items if fold[it["article"]] == k)
    return max(MARGINS, key=lambda m: (right[m], m))


def cross_validate(items: list[dict]) -> list[dict]:
    rows = []
    for held in ("polnear_a", "polnear_b", *TUNING):
        test = [it for it in items if it["group"].split(":")[0] == held]
        train = [it for it in items if it["group"].split(":")[0] != held]
        margin = pick_margin(train)
        w = fit(train)
        rows.append({
            "held_out": held, "quotes": len(test), "rules": accuracy(test, None, 0.0),
            "ranker": accuracy(test, w, margin), "margin": margin, "top": accuracy(test, w, -math.inf),
            "alone": accuracy(test, fit(train, alone=True), -math.inf),
        })
        print(json.dumps(rows[-1]), file=sys.stderr)
    return rows


def sources() -> dict[str, str]:
    """A short digest of each file the table reads, by its path (from the repository's root, or the
    PolNeAR dev file's name): the engine's code (not `digest/stories`), this script and its scorers, the
    tuning splits, and the PolNeAR dev file."""
    files = [p for p in sorted((ROOT / "digest").rglob("*.py")) if "stories" not in p.relative_to(ROOT).parts]
    scripts = ("train_speakers.py", "eval_multilingual.py", "quotes_ablation.py")
    files += [ROOT / "benchmarks" / name for name in scripts]
    files += [ml.DATA / f"{name}.jsonl" for split in TUNING for name in ml.SPLITS[split]]
    out = {str(p.relative_to(ROOT)): hashlib.sha256(p.read_bytes()).hexdigest()[:12] for p in files}
    dev = DEVONLY / "quotes_dev.jsonl"
    if dev.exists():
        out[dev.name] = hashlib.sha256(dev.read_bytes()).hexdigest()[:12]
    return out


def stale(recorded: dict) -> list[str]:
    """The files the recorded table read that changed, came or went since (empty: the table is current)."""
    was, now = recorded.get("sources", {}), sources()
    return sorted(
        f"{path} ({'changed' if path in was and path in now else 'new' if path in now else 'gone'})"
        for path in set(was) | set(now) if was.get(path) != now.get(path)
    )


def _commit() -> str | None:
    run = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return run.stdout.strip() or None


def _say_stale(recorded: dict) -> bool:
    if "sources" not in recorded:
        print(f"{FIGURES.name} does not record what it was computed with: take it as stale")
        print("refresh it with: python3 benchmarks/train_speakers.py --write")
        return True
    changed = stale(recorded)
    if changed:
        print(f"{FIGURES.name} is stale: recorded at commit {recorded.get('commit')}, {len(changed)} of the "
              f"files it read have changed since: " + ", ".join(changed))
        print("refresh it with: python3 benchmarks/train_speakers.py --write")
    else:
        print(f"{FIGURES.name} was recorded with the engine and data as they are now")
    return bool(changed)


def moved(recorded: list[dict], rows: list[dict]) -> list[str]:
    """Each figure of the recomputed table that differs from the recorded one: 'fresh4 alone 85.2 -> 84.6'."""
    was = {r["held_out"]: r for r in recorded}
    out = []
    for row in rows:
        old = was.get(row["held_out"])
        if old is None:
            out.append(f"{row['held_out']}: new row")
            continue
        out += [f"{row['held_out']} {k} {old.get(k)} -> {v}" for k, v in row.items() if old.get(k) != v]
    out += [f"{h}: row gone" for h in was if h not in {r["held_out"] for r in rows}]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", help="read the collected candidates from this file, or write them there")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help=f"fail unless the table equals {FIGURES.name}")
    mode.add_argument("--write", action="store_true", help=f"record the table in {FIGURES.name}")
    mode.add_argument("--stale", action="store_true", help=f"only say whether {FIGURES.name} is stale")
    args = ap.parse_args()
    recorded = json.loads(FIGURES.read_text()) if FIGURES.exists() else {}
    if isinstance(recorded, list):
        recorded = {"rows": recorded}  # recorded before the table kept its sources
    if args.stale or args.check:
        if _say_stale(recorded) and args.stale:
            sys.exit(1)
        if args.stale:
            return
    if args.cache and Path(args.cache).exists():
        items = json.loads(Path(args.cache).read_text())
    else:
        items = collect()
        if args.cache:
            Path(args.cache).write_text(json.dumps(items))
    rows = cross_validate(items)
    print("held out   quotes  rules  ranker  margin  top candidate  alone")
    for r in rows:
        print(f"{r['held_out']:10} {r['quotes']:6d} {r['rules']:6.1f} {r['ranker']:7.1f} {r['margin']:7.1f} "
              f"{r['top']:8.1f} {r['alone']:13.1f}")
    if args.write:
        table = {"commit": _commit(), "sources": sources(), "rows": rows}
        FIGURES.write_text(json.dumps(table, indent=1) + "\n")
    if args.check:
        differ = moved(recorded.get("rows", []), rows)
        print("out-of-fold figures reproduced" if not differ else f"figures differ from {FIGURES.name}: "
              + "; ".join(differ))
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
