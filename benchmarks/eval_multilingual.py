"""Score the engine's quotes and speakers on our multilingual set (benchmarks/multilingual/).

    python3 benchmarks/eval_multilingual.py
                                  [--split dev|holdout|all|fresh|fresh2 … fresh37|pages|pages2 … pages6]
                                  [--lang de,fr] [--errors N] [--pasted] [--min-words 4]
                                  [--json FILE] [--numbers 16-99] [--join-paragraphs]

Each gold article goes through the engine the way `digestbot quotes` reads it: an Article with
the text and the language the engine detects (`--pasted`: through `digest.article.pasted.article_from_text`,
title first, as a pasted message), then `digest.quotes.finder.find_quotes` (given the article's language
when it takes one). Prints per language and overall: quote precision / recall / F1 and speaker
accuracy on matched quotes, strict (full name) and lenient (surname). Rules: multilingual/README.md.
Holdout is for reporting only: never tune on it. `--split fresh` scores the 16 ru/uk/fr/es articles
written later by someone who had not read the engine (fresh.jsonl), kept out of `all`; `--split fresh2`
the 28 articles in eight languages written the same way later still (fresh2.jsonl), also kept out of `all`.
`--split fresh3` (fresh3.jsonl, 32 articles, 4 per language) is SEALED: only the lead runs it, once, at the
end; never tune on it and never use `--errors` on it. `--split fresh4` (fresh4.jsonl, 32 articles: 5 each in
ru, uk, es, fr, 3 each in de, it, pt, en) is run untuned once by the lead, then tuned on like dev.
`--split fresh5` (fresh5.jsonl, 40 articles, 5 per language) was sealed in sessions 5-7 and is a TUNING set
since session 8 (`--errors` allowed).
`--split fresh6` (fresh6.jsonl, 40 articles, 5 per language) is the VALIDATION set: anyone may print its
per-language figures, but never use `--errors` on it and never read the file while tuning.
`--split fresh7` (fresh7.jsonl, 40 articles: en 8, ru 6, de 6, 4 each in uk, fr, es, it, pt) is run untuned
once by the lead, then tuned on like dev (`--errors` allowed after that run).
`--split fresh8` (fresh8.jsonl, 40 articles: en 8, ru 8, 5 each in fr, pt, it, 3 each in es, de, uk) likewise:
run untuned once by the lead, then tuned on like dev.
`--split pages` (pages.jsonl, 24 HTML pages, 3 per language) scores quotes end to end from the page:
each page's HTML goes through `digest.article.extract.extract_article` with its `url`, then
`digest.pipeline.all_quotes`, as `digestbot quotes FILE.html --url URL` reads it; kept out of `all`,
tuned on once the lead has recorded its untuned figure.
`--split fresh9` (fresh9.jsonl, 40 articles, 5 per language) was sealed in sessions 6-7 and is a TUNING set
since session 8 (`--errors` allowed).
`--split fresh10` (fresh10.jsonl, 40 articles, 5 per language) was sealed in sessions 7-8 and is a TUNING set
since session 9 (`--errors` allowed).
`--split fresh11` (fresh11.jsonl, 48 articles: en 10, de 8, fr 8, it 6, pt 6, es 4, ru 3, uk 3) is a TUNING
set: run untuned once by the lead, then tuned on like dev (`--errors` allowed after that run).
`--split fresh12` (fresh12.jsonl, 48 articles, 6 per language) is SEALED like fresh10: only the lead runs it;
nobody reads it, tunes on it or uses `--errors` on it.
`--split fresh13` (fresh13.jsonl, 48 articles, 6 per language) is a TUNING set once the lead has recorded
its untuned figure: run untuned once by the lead, then tuned on like dev (`--errors` allowed after that run).
`--split fresh14` (fresh14.jsonl, 48 articles, 6 per language) is SEALED: only the lead runs it;
nobody reads it, tunes on it or uses --errors on it.
`--split fresh15` (fresh15.jsonl, 48 articles, 8 each in ru, uk, fr, es, it, pt) is a TUNING set: run untuned
once by the lead, then tuned on like dev (`--errors` allowed after that run).
`--split fresh16` (fresh16.jsonl, 32 articles, 16 each in en, de) is a TUNING set: run untuned once by the
lead, then tuned on like dev (`--errors` allowed after that run).
`--split fresh17` (fresh17.jsonl, 40 articles, 10 each in en, de, fr, ru) is a TUNING set: run untuned once by
the lead, then tuned on like dev (`--errors` allowed after that run).
`--split fresh18` (fresh18.jsonl, 30 long English articles of 450-750 words) is a TUNING set: run untuned once
by the lead, then tuned on like dev (`--errors` allowed after that run).
`--split fresh19` (fresh19.jsonl, 40 articles, 8 each in es, it, pt, ru, uk) is a TUNING set: run untuned once
by the lead, then tuned on like dev (`--errors` allowed after that run).
`--split fresh20` (fresh20.jsonl, 24 articles, 12 each in fr, de) is a TUNING set: run untuned once by
the lead, then tuned on like dev (`--errors` allowed after that run).
`--split fresh21` (fresh21.jsonl, 40 articles, 10 each in ru, fr, pt, en) is a TUNING set: run untuned once by
the lead, then tuned on like dev (`--errors` allowed after that run).
`--split fresh22` (fresh22.jsonl, 40 articles, 10 each in de, es, it, uk) is a TUNING set once the lead has
recorded its untuned figure: run untuned once by the lead, then tuned on like dev (`--errors` allowed after
that run).
`--split fresh23` (fresh23.jsonl, 40 articles: en 20, it 10, pt 10) is a TUNING set once the lead has
recorded its untuned figure: run untuned once by the lead, then tuned on like dev (`--errors` allowed after
that run).
`--split fresh24` (fresh24.jsonl, 40 articles: it 12, ru 10, de 9, es 9) is a TUNING set once the lead has
recorded its untuned figure: run untuned once by the lead, then tuned on like dev (`--errors` allowed after
that run).
`--split fresh25` (fresh25.jsonl, 40 articles: en 16, it 8, fr 8, pt 8) is a TUNING set once the lead has
recorded its untuned figure: run untuned once by the lead, then tuned on like dev (`--errors` allowed after
that run).
`--split fresh26` (fresh26.jsonl, 40 articles: en 16, ru 8, fr 8, es 8) is a TUNING set once the lead has
recorded its untuned figure: run untuned once by the lead, then tuned on like dev (`--errors` allowed after
that run).
`--split fresh27` (fresh27.jsonl, 40 articles: de 8, it 8, pt 8, uk 8, en 8) is a TUNING set once the lead has
recorded its untuned figure: run untuned once by the lead, then tuned on like dev (`--errors` allowed after
that run).
`--split fresh28` (fresh28.jsonl, 40 articles: en 16, fr 8, es 8, ru 8) is a TUNING set once the lead has
recorded its untuned figure: run untuned once by the lead, then tuned on like dev (`--errors` allowed after
that run).
`--split fresh29` (fresh29.jsonl, 44 articles: fr 12, de 8, it 8, pt 8, uk 8) is a TUNING set once the lead
has recorded its untuned figure: run untuned once by the lead, then tuned on like dev (`--errors` allowed
after that run).
`--split fresh30` (fresh30.jsonl, 40 articles: en 16, es 8, it 8, ru 8) is a TUNING set once the lead has
recorded its untuned figure: run untuned once by the lead, then tuned on like dev (`--errors` allowed after
that run).
`--split fresh31` (fresh31.jsonl, 40 articles: en 16, fr 8, de 8, pt 8) is a TUNING set once the lead has
recorded its untuned figure: run untuned once by the lead, then tuned on like dev (`--errors` allowed after
that run).
`--split fresh32` (fresh32.jsonl, 32 articles: en 8, ru 8, uk 8, es 8) is a TUNING set once the lead has
recorded its untuned figure: run untuned once by the lead, then tuned on like dev (`--errors` allowed after
that run).
`--split fresh33` (fresh33.jsonl, 40 articles: en 20, uk 8, it 6, de 6) is a TUNING set once the lead has
recorded its untuned figure: run untuned once by the lead, then tuned on like dev (`--errors` allowed after
that run).
`--split fresh34` (fresh34.jsonl, 40 articles: en 16, fr 8, es 8, pt 8) is a TUNING set once the lead has
recorded its untuned figure: run untuned once by the lead, then tuned on like dev (`--errors` allowed after
that run).
`--split fresh35` (fresh35.jsonl, 40 articles: en 16, ru 8, de 8, it 8) is a TUNING set once the lead has
recorded its untuned figure: run untuned once by the lead, then tuned on like dev (`--errors` allowed after
that run).
`--split fresh36` (fresh36.jsonl, 40 articles: en 16, fr 8, es 8, uk 8) was written blind in session 25 and is
SEALED for the session: only the lead runs it; nobody else runs, reads or greps it or uses `--errors` on it.
`--split fresh37` (fresh37.jsonl, 40 articles: en 12, de 7, it 7, pt 7, ru 7) was written blind in session 26
and is SEALED for the session: only the lead runs it; nobody else runs, reads or greps it or uses `--errors`
on it.
`--split pages2` (pages2.jsonl, 16 HTML pages, 2 per language) is read end to end from the page as
`pages` is, kept out of `all`; sealed in sessions 7-8, a TUNING set since session 9 (`--errors` allowed).
`--split pages3` (pages3.jsonl, 24 HTML pages, 3 per language, markup families neither page set used) is read
end to end from the page as `pages` is, kept out of `all`, and a TUNING set once the lead has recorded its
untuned figure (`--errors` allowed after that run).
`--split pages4` (pages4.jsonl, 24 HTML pages, 3 per language, markup families no other page set used)
is read end to end from the page as `pages` is, kept out of `all`, and SEALED: only the lead runs it; nobody
reads its pages, tunes on it or uses `--errors` on it.
`--split pages5` (pages5.jsonl, 24 HTML pages, 3 per language, markup families no other page set used) is read
end to end from the page as `pages` is, kept out of `all`, and a TUNING set once the lead has recorded its
untuned figure (`--errors` allowed after that run).
`--split pages6` (pages6.jsonl, 24 HTML pages, 3 per language, markup families no other page set used) is read
end to end from the page as `pages` is, kept out of `all`, and a TUNING set once the lead has recorded its
untuned figure (`--errors` allowed after that run).
`--join-paragraphs` reads each text with its paragraph breaks removed (benchmarks/perturb.py), as a
news-app paste or a feed's summary has it.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.perturb import join_paragraphs  # noqa: E402
from digest.article.extract import extract_article, guess_language  # noqa: E402
from digest.article.pasted import article_from_text  # noqa: E402
from digest.errors import ExtractionError  # noqa: E402
from digest.models import Article  # noqa: E402
from digest.pipeline import all_quotes  # noqa: E402
from digest.quotes.finder import find_quotes  # noqa: E402
from digest.web.charset import decode_page  # noqa: E402

DATA = Path(__file__).resolve().parent / "multilingual"
SPLITS = {"dev": ["dev"], "holdout": ["holdout"], "fresh": ["fresh"], "fresh2": ["fresh2"],
          "fresh3": ["fresh3"], "fresh4": ["fresh4"], "fresh5": ["fresh5"], "fresh6": ["fresh6"],
          "fresh7": ["fresh7"], "fresh8": ["fresh8"], "fresh9": ["fresh9"],
          "fresh10": ["fresh10"], "fresh11": ["fresh11"], "fresh12": ["fresh12"],
          "fresh13": ["fresh13"], "fresh14": ["fresh14"], "fresh15": ["fresh15"],
          "fresh16": ["fresh16"], "fresh17": ["fresh17"], "fresh18": ["fresh18"],
          "fresh19": ["fresh19"], "fresh20": ["fresh20"],
          "fresh21": ["fresh21"], "fresh22": ["fresh22"], "fresh23": ["fresh23"],
          "fresh24": ["fresh24"], "fresh25": ["fresh25"],
          "fresh26": ["fresh26"], "fresh27": ["fresh27"],
          "fresh28": ["fresh28"], "fresh29": ["fresh29"],
          "fresh30": ["fresh30"], "fresh31": ["fresh31"], "fresh32": ["fresh32"],
          "fresh33": ["fresh33"], "fresh34": ["fresh34"], "fresh35": ["fresh35"],
          "fresh36": ["fresh36"], "fresh37": ["fresh37"],
          "pages": ["pages"], "pages2": ["pages2"],
          "pages3": ["pages3"], "pages4": ["pages4"], "pages5": ["pages5"], "pages6": ["pages6"],
          "all": ["dev", "holdout"]}
LANGS = ["en", "ru", "uk", "de", "fr", "es", "it", "pt"]
THRESHOLD = 0.8
QUOTE_CHARS = "\"'“”‘’«»„‚‹›\u00a0\u202f \t"
# Articles and determiners dropped from the front of a speaker ("the police" = "police").
ARTICLES = {"the", "der", "die", "das", "le", "la", "les", "l", "el", "los", "las", "il", "lo", "gli",
            "i", "o", "a", "os", "as"}


def fold(s: str) -> str:
    """Lowercase without diacritics (é→e, ё→е, й→и, ß→ss), for matching only."""
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def tokens(s: str) -> Counter:
    return Counter(re.findall(r"\w+", fold(s)))


def jaccard(a: Counter, b: Counter) -> float:
    union = sum((a | b).values())
    return sum((a & b).values()) / union if union else 0.0


def name_key(name: str | None) -> list[str]:
    """A speaker as folded word tokens, without a leading article and a possessive 's."""
    if not name:
        return []
    toks = re.findall(r"\w+", fold(name).replace("’s", "").replace("'s", ""))
    while toks and toks[0] in ARTICLES and len(toks) > 1:
        toks = toks[1:]
    return toks


def speaker_right(pred: str | None, gold: str | None, lenient: bool) -> bool:
    """Strict: same full name. Lenient: the engine's last word is one of the gold name's words after
    the first (a surname, either of two Spanish surnames, an organisation's head noun).

    A gold None (unattributed quote) is right only when the engine names nobody.
    """
    p, g = name_key(pred), name_key(gold)
    if not g:
        return not p
    if not p:
        return False
    return p == g or (lenient and p[-1] in (g[1:] or g))


@dataclass
class Gold:
    text: str
    speaker: str | None
    variants: list[Counter]
    scored: bool


@dataclass
class Pred:
    text: str
    speaker: str | None
    toks: Counter = field(default_factory=Counter)


def gold_quotes(record: dict, min_words: int) -> list[Gold]:
    """Gold quotes with their token multisets: the whole quote, and the quote without its incise."""
    out = []
    for q in record["quotes"]:
        whole = tokens(q["text"])
        variants = [whole]
        if q.get("incise"):
            variants.append(whole - tokens(q["incise"]))
        out.append(Gold(q["text"], q["speaker"], variants, sum(variants[-1].values()) >= min_words))
    return out


def pred_quotes(found: list, min_words: int) -> list[Pred]:
    """The engine's quotes split at line breaks (gold never spans paragraphs), short pieces dropped."""
    out = []
    for q in found:
        for piece in re.split(r"\n+", q.text):
            piece = piece.strip(QUOTE_CHARS)
            toks = tokens(piece)
            if sum(toks.values()) >= min_words:
                out.append(Pred(piece, q.speaker, toks))
    return out


def similarity(g: Gold, p: Counter) -> float:
    return max(jaccard(v, p) for v in g.variants)


def _within(piece: Counter, g: Gold) -> bool:
    """Most of the piece's words are the gold quote's."""
    return max(sum((v & piece).values()) for v in g.variants) >= THRESHOLD * sum(piece.values())


def match(gold: list[Gold], preds: list[Pred]) -> list[tuple[int, list[int]]]:
    """One-to-one greedy by decreasing Jaccard (>= THRESHOLD), then a gold quote the engine split
    in pieces (at an incise) matches when its unmatched pieces lie inside it and together reach it, or
    when one piece reached it alone and the others lie inside it and bring the match closer."""
    pairs = sorted(
        ((similarity(g, p.toks), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(preds)),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, list[int]]] = []
    for score, gi, pi in pairs:
        if score < THRESHOLD or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, [pi]))
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        inside = [pi for pi, p in enumerate(preds) if pi not in used_p and _within(p.toks, g)]
        if len(inside) >= 2 and similarity(g, sum((preds[pi].toks for pi in inside), Counter())) >= THRESHOLD:
            used_g.add(gi)
            used_p.update(inside)
            out.append((gi, inside))
    # A piece that reaches a gold quote alone takes it in the first pass; the other pieces of that quote
    # (inside it, bringing the pieces closer to it together) are parts of the same match, not false alarms.
    for gi, pis in out:
        rest = [pi for pi, p in enumerate(preds) if pi not in used_p and _within(p.toks, gold[gi])]
        now = sum((preds[pi].toks for pi in pis), Counter())
        if rest and similarity(gold[gi], now + sum((preds[pi].toks for pi in rest), Counter())) > similarity(
            gold[gi], now
        ):
            used_p.update(rest)
            pis.extend(sorted(rest))
    return out


def _language_param() -> str | None:
    params = inspect.signature(find_quotes).parameters
    return next((name for name in ("language", "lang") if name in params), None)


def run_engine(record: dict, pasted: bool, joined: bool = False) -> list:
    """The engine's quotes for one gold article, read as the `digestbot quotes` command reads it
    (`joined`: with the text's paragraph breaks removed). A page record (`file`) is read from its HTML."""
    if "file" in record:
        return run_page(record)
    text = join_paragraphs(record["text"]) if joined else record["text"]
    if pasted:
        article = article_from_text(f"{record['title']}\n\n{text}")
    else:
        article = Article(url="", title=record["title"], text=text, language=guess_language(text))
    param = _language_param()
    if param:
        return find_quotes(article.text, **{param: article.language})
    return find_quotes(article.text)


def run_page(record: dict) -> list:
    """The engine's quotes for one HTML page, as `digestbot quotes FILE.html --url URL` finds them
    (none when the extractor finds no article on it: every gold quote of the page is then missed)."""
    html = decode_page((DATA / record["file"]).read_bytes())[0]
    try:
        article = extract_article(html, record["url"])
    except ExtractionError as e:
        print(f"{record['id']}: no article extracted ({e})", file=sys.stderr)
        return []
    return all_quotes(article)


def article_number(rid: str) -> int:
    """The article's number within its language: 'ru-17' → 17, 'ru-f03' → 3, 'ru-f2-05' → 5."""
    return int(re.search(r"(\d+)$", rid).group(1))


def load(split: str) -> list[dict]:
    records = []
    for name in SPLITS[split]:
        with open(DATA / f"{name}.jsonl", encoding="utf-8") as f:
            records.extend(json.loads(line) for line in f if line.strip())
    return records


def score(records: list[dict], pasted: bool, min_words: int, errors: list[str] | None = None,
          joined: bool = False) -> dict:
    """Counts per language: gold, pred, matched, speaker right (strict, lenient)."""
    counts: dict[str, Counter] = {}
    for r in records:
        c = counts.setdefault(r["language"], Counter())
        started = time.perf_counter()
        preds = pred_quotes(run_engine(r, pasted, joined), min_words)
        c["seconds"] += time.perf_counter() - started
        c["articles"] += 1
        gold = gold_quotes(r, min_words)
        pairs = match(gold, preds)
        ignored = {pi for gi, pis in pairs if not gold[gi].scored for pi in pis}
        c["gold"] += sum(g.scored for g in gold)
        pieces = sum(len(pis) - 1 for gi, pis in pairs if gold[gi].scored)  # one quote split at an incise
        c["pred"] += len(preds) - len(ignored) - pieces
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pis in pairs for pi in pis}
        for gi, pis in pairs:
            g = gold[gi]
            if not g.scored:
                continue
            spk = preds[pis[0]].speaker
            c["matched"] += 1
            c["strict"] += speaker_right(spk, g.speaker, lenient=False)
            c["lenient"] += speaker_right(spk, g.speaker, lenient=True)
            if errors is not None and not speaker_right(spk, g.speaker, lenient=False):
                errors.append(f"{r['id']} SPEAKER gold={g.speaker!r} got={spk!r}: {g.text[:80]}")
        if errors is not None:
            errors.extend(f"{r['id']} MISSED ({g.speaker}): {g.text[:80]}"
                          for gi, g in enumerate(gold) if g.scored and gi not in matched_g)
            errors.extend(f"{r['id']} FALSE ({p.speaker}): {p.text[:80]}"
                          for pi, p in enumerate(preds) if pi not in matched_p and pi not in ignored)
    return counts


def figures(c: Counter) -> dict:
    p = c["matched"] / c["pred"] if c["pred"] else 0.0
    r = c["matched"] / c["gold"] if c["gold"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    m = c["matched"]
    return {
        "articles": c["articles"], "gold": c["gold"], "pred": c["pred"], "matched": m,
        "precision": 100 * p, "recall": 100 * r, "f1": 100 * f1,
        "speaker_strict": 100 * c["strict"] / m if m else 0.0,
        "speaker_lenient": 100 * c["lenient"] / m if m else 0.0,
        "ms_per_article": 1000 * c["seconds"] / c["articles"] if c["articles"] else 0.0,
    }


def report(counts: dict[str, Counter]) -> dict[str, dict]:
    rows = {lang: figures(counts[lang]) for lang in LANGS if lang in counts}
    rows["all"] = figures(sum(counts.values(), Counter()))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=sorted(SPLITS), default="dev")
    ap.add_argument("--lang", help="comma-separated languages (default: all)")
    ap.add_argument("--pasted", action="store_true", help="read each article as a pasted message")
    ap.add_argument("--min-words", type=int, default=4, help="shorter quotes are not scored (default 4)")
    ap.add_argument("--errors", type=int, default=0, help="print N misses, false alarms, wrong speakers")
    ap.add_argument("--json", help="also write the figures as JSON to this path")
    ap.add_argument("--join-paragraphs", action="store_true",
                    help="remove each text's paragraph breaks first (a pasted or summarised text)")
    ap.add_argument("--numbers", help="only articles numbered LO-HI by their id (16-99: those added later)")
    args = ap.parse_args()

    records = load(args.split)
    if args.lang:
        wanted = set(args.lang.split(","))
        records = [r for r in records if r["language"] in wanted]
    if args.numbers:
        lo, _, hi = args.numbers.partition("-")
        records = [r for r in records if int(lo) <= article_number(r["id"]) <= int(hi or 99)]
    errors: list[str] | None = [] if args.errors else None
    rows = report(score(records, args.pasted, args.min_words, errors, args.join_paragraphs))

    joined = "  paragraphs joined" if args.join_paragraphs else ""
    print(f"split={args.split}{joined}  match: token Jaccard >= {THRESHOLD}  min words: {args.min_words}")
    print("lang   art  gold  pred      P      R     F1    spk   spk~  ms/art")
    for lang, f in rows.items():
        print(f"{lang:5} {f['articles']:4d} {f['gold']:5d} {f['pred']:5d} {f['precision']:6.1f} "
              f"{f['recall']:6.1f} {f['f1']:6.1f} {f['speaker_strict']:6.1f} {f['speaker_lenient']:6.1f} "
              f"{f['ms_per_article']:7.1f}")
    print("spk = speaker accuracy on matched quotes, full name; spk~ = same surname (lenient)")
    if errors:
        print()
        print("\n".join(errors[: args.errors]))
    if args.json:
        summary = {"split": args.split, "figures": rows}
        Path(args.json).write_text(json.dumps(summary, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
