"""The multilingual quotes benchmark set (benchmarks/multilingual/) is well-formed.

Every gold quote is verbatim in its article, ids are unique, the dev/holdout split follows its fixed
rule (the n-th article of a language is holdout when n is a multiple of 3), and every language has
enough articles in both splits. The HTML page sets (pages.jsonl, pages/; pages2.jsonl, pages2/;
pages3.jsonl, pages3/; the sealed pages4.jsonl, pages4/; pages5.jsonl, pages5/; pages6.jsonl, pages6/)
have every gold quote verbatim in their pages' visible text. The fresh sets (fresh.jsonl … fresh37.jsonl),
written later by engineers who had not read the engine, are checked the same way with their own article
counts (fresh18, fresh20, fresh21 and fresh22 with their longer articles, fresh25 and fresh26 with their
longer English ones, fresh27 with its 180-450 words, fresh28 with its long English campaign news,
fresh29 with its longer French news, fresh30 with its US political news, fresh31 with its longer US
campaign news, fresh32 with its shorter ru/uk/es news, fresh33 with its long US campaign news, fresh34 with
its long US campaign news, fresh35 with its long US campaign news, fresh36 with its long US campaign news,
fresh37 with its long US campaign news).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "multilingual"
LANGUAGES = {"en", "ru", "uk", "de", "fr", "es", "it", "pt"}
MIN_DEV, MIN_HOLDOUT = 8, 4
ID = re.compile(r"^(?P<lang>[a-z]{2})-(?P<n>\d{2})$")


def load(split: str) -> list[dict]:
    with open(DATA / f"{split}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def problems(records: list[dict]) -> list[str]:
    """What is wrong with a list of records from both splits (empty when the set is sound)."""
    found: list[str] = []
    ids = Counter(r.get("id") for r in records)
    found += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    per_split: Counter = Counter()
    for r in records:
        rid = r.get("id", "?")
        m = ID.match(str(rid))
        if not m or m["lang"] != r.get("language") or r.get("language") not in LANGUAGES:
            found.append(f"{rid}: id and language {r.get('language')!r} disagree")
            continue
        expected = "holdout" if int(m["n"]) % 3 == 0 else "dev"
        if r.get("split") != expected:
            found.append(f"{rid}: split {r.get('split')!r}, the fixed rule says {expected}")
        per_split[r["language"], r.get("split")] += 1
        text = r.get("text", "")
        if not r.get("title") or not 150 <= len(text.split()) <= 450:
            found.append(f"{rid}: needs a title and 150-450 words of text")
        if not r.get("quotes"):
            found.append(f"{rid}: no gold quotes")
        for q in r.get("quotes", []):
            quote = q.get("text")
            if not quote or quote not in text:
                found.append(f"{rid}: gold quote not in the text: {quote!r}")
            elif q.get("incise") and q["incise"] not in quote:
                found.append(f"{rid}: incise not inside its quote: {q['incise']!r}")
            speaker = q.get("speaker")
            if speaker is not None and (not isinstance(speaker, str) or not speaker.strip()):
                found.append(f"{rid}: speaker must be a name or null: {speaker!r}")
    for lang in sorted(LANGUAGES):
        dev, holdout = per_split[lang, "dev"], per_split[lang, "holdout"]
        if dev < MIN_DEV or holdout < MIN_HOLDOUT:
            found.append(f"{lang}: {dev} dev / {holdout} holdout articles")
    return found


@pytest.fixture(scope="module")
def records() -> list[dict]:
    dev, holdout = load("dev"), load("holdout")
    assert all(r["split"] == "dev" for r in dev) and all(r["split"] == "holdout" for r in holdout)
    return dev + holdout


def test_the_set_is_sound(records: list[dict]) -> None:
    assert problems(records) == []


def test_the_checks_catch_a_broken_set(records: list[dict]) -> None:
    broken = [dict(r) for r in records]
    broken[0] = {**broken[0], "quotes": [{"text": "words the article never had", "speaker": "Nobody"}]}
    broken[1] = {**broken[1], "id": broken[2]["id"]}
    broken = [r for r in broken if r["language"] != "pt" or r["split"] != "holdout"]
    found = problems(broken)
    assert any("gold quote not in the text" in p for p in found)
    assert any(p.startswith("duplicate id") for p in found)
    assert any(p.startswith("pt:") for p in found)


FRESH_SETS = {
    "fresh": ("f", {"ru": 4, "uk": 4, "fr": 4, "es": 4}),
    "fresh2": ("f2-", {"ru": 5, "uk": 5, "fr": 5, "es": 5, "de": 2, "it": 2, "pt": 2, "en": 2}),
    "fresh3": ("f3-", {lang: 4 for lang in LANGUAGES}),
    "fresh4": ("f4-", {"ru": 5, "uk": 5, "es": 5, "fr": 5, "de": 3, "it": 3, "pt": 3, "en": 3}),
    "fresh5": ("f5-", {lang: 5 for lang in LANGUAGES}),
    "fresh6": ("f6-", {lang: 5 for lang in LANGUAGES}),
    "fresh7": ("f7-", {"en": 8, "ru": 6, "de": 6, "uk": 4, "fr": 4, "es": 4, "it": 4, "pt": 4}),
    "fresh8": ("f8-", {"en": 8, "ru": 8, "fr": 5, "pt": 5, "it": 5, "es": 3, "de": 3, "uk": 3}),
    "fresh9": ("f9-", {lang: 5 for lang in LANGUAGES}),
    "fresh10": ("f10-", {lang: 5 for lang in LANGUAGES}),
    "fresh11": ("f11-", {"en": 10, "de": 8, "fr": 8, "it": 6, "pt": 6, "es": 4, "ru": 3, "uk": 3}),
    "fresh12": ("f12-", {lang: 6 for lang in LANGUAGES}),
    "fresh13": ("f13-", {lang: 6 for lang in LANGUAGES}),
    "fresh14": ("f14-", {lang: 6 for lang in LANGUAGES}),
    "fresh15": ("f15-", {lang: 8 for lang in ("ru", "uk", "fr", "es", "it", "pt")}),
    "fresh16": ("f16-", {"en": 16, "de": 16}),
    "fresh17": ("f17-", {lang: 10 for lang in ("en", "de", "fr", "ru")}),
    "fresh18": ("f18-", {"en": 30}),
    "fresh19": ("f19-", {lang: 8 for lang in ("es", "it", "pt", "ru", "uk")}),
    "fresh20": ("f20-", {"fr": 12, "de": 12}),
    "fresh21": ("f21-", {lang: 10 for lang in ("ru", "fr", "pt", "en")}),
    "fresh22": ("f22-", {lang: 10 for lang in ("de", "es", "it", "uk")}),
    "fresh23": ("f23-", {"en": 20, "it": 10, "pt": 10}),
    "fresh24": ("f24-", {"it": 12, "ru": 10, "de": 9, "es": 9}),
    "fresh25": ("f25-", {"en": 16, "it": 8, "fr": 8, "pt": 8}),
    "fresh26": ("f26-", {"en": 16, "ru": 8, "fr": 8, "es": 8}),
    "fresh27": ("f27-", {lang: 8 for lang in ("de", "it", "pt", "uk", "en")}),
    "fresh28": ("f28-", {"en": 16, "fr": 8, "es": 8, "ru": 8}),
    "fresh29": ("f29-", {"fr": 12, "de": 8, "it": 8, "pt": 8, "uk": 8}),
    "fresh30": ("f30-", {"en": 16, "es": 8, "it": 8, "ru": 8}),
    "fresh31": ("f31-", {"en": 16, "fr": 8, "de": 8, "pt": 8}),
    "fresh32": ("f32-", {"en": 8, "ru": 8, "uk": 8, "es": 8}),
    "fresh33": ("f33-", {"en": 20, "uk": 8, "it": 6, "de": 6}),
    "fresh34": ("f34-", {"en": 16, "fr": 8, "es": 8, "pt": 8}),
    "fresh35": ("f35-", {"en": 16, "ru": 8, "de": 8, "it": 8}),
    "fresh36": ("f36-", {"en": 16, "fr": 8, "es": 8, "uk": 8}),
    "fresh37": ("f37-", {"en": 12, "de": 7, "it": 7, "pt": 7, "ru": 7}),
}
# Words per article: 150-450, except the sets written longer on purpose.
FRESH_WORDS = {"fresh18": (450, 750), "fresh20": (300, 500), "fresh21": (250, 600),
               "fresh22": (250, 600), "fresh25": (150, 600),
               "fresh26": (150, 600), "fresh27": (180, 450),
               "fresh28": (200, 900), "fresh29": (200, 600),
               "fresh30": (200, 450), "fresh31": (250, 600),
               "fresh32": (180, 450), "fresh33": (250, 800),
               "fresh34": (250, 800), "fresh35": (250, 800),
               "fresh36": (250, 800), "fresh37": (250, 800)}


def fresh_problems(records: list[dict], split: str) -> list[str]:
    """What is wrong with a fresh set (empty when it is sound): ids, split, length, verbatim quotes,
    language counts."""
    prefix, counts = FRESH_SETS[split]
    low, high = FRESH_WORDS.get(split, (150, 450))
    found = [f"duplicate id {i}" for i, n in Counter(r.get("id") for r in records).items() if n > 1]
    for r in records:
        rid = str(r.get("id"))
        if r.get("split") != split or not rid.startswith(f"{r.get('language')}-{prefix}"):
            found.append(f"{rid}: split {r.get('split')!r} or id does not fit {split}")
        if not r.get("title") or not low <= len(r.get("text", "").split()) <= high:
            found.append(f"{rid}: needs a title and {low}-{high} words of text")
        if not r.get("quotes"):
            found.append(f"{rid}: no gold quotes")
        for q in r.get("quotes", []):
            if not q.get("text") or q["text"] not in r.get("text", ""):
                found.append(f"{rid}: gold quote not in the text: {q.get('text')!r}")
            elif q.get("incise") and q["incise"] not in q["text"]:
                found.append(f"{rid}: incise not inside its quote: {q['incise']!r}")
            speaker = q.get("speaker")
            if speaker is not None and (not isinstance(speaker, str) or not speaker.strip()):
                found.append(f"{rid}: speaker must be a name or null: {speaker!r}")
    if Counter(r.get("language") for r in records) != counts:
        found.append(f"{split}: articles per language {dict(Counter(r.get('language') for r in records))}")
    return found


@pytest.mark.parametrize("split", sorted(FRESH_SETS))
def test_the_fresh_sets_are_sound(split: str) -> None:
    assert fresh_problems(load(split), split) == []


def test_the_fresh_checks_catch_a_broken_set() -> None:
    broken = [dict(r) for r in load("fresh2")]
    broken[0] = {**broken[0], "quotes": [{"text": "words the article never had", "speaker": "Nobody"}]}
    broken[1] = {**broken[1], "id": broken[2]["id"]}
    broken = [r for r in broken if r["language"] != "en"]
    found = fresh_problems(broken, "fresh2")
    assert any("gold quote not in the text" in p for p in found)
    assert any(p.startswith("duplicate id") for p in found)
    assert any(p.startswith("fresh2: articles per language") for p in found)


def test_the_fresh_checks_hold_the_long_set_to_its_length() -> None:
    records = load("fresh18")
    short = [{**records[0], "text": " ".join(records[0]["text"].split()[:300])}, *records[1:]]
    assert any("450-750 words" in p for p in fresh_problems(short, "fresh18"))
    assert fresh_problems(load("fresh17"), "fresh17") == []


class _VisibleText(HTMLParser):
    """The text a reader sees in a page's <body>: character references decoded, scripts and styles out."""

    HIDDEN = frozenset({"script", "style", "template", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_body, self.hidden, self.parts = False, 0, []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.in_body = self.in_body or tag == "body"
        self.hidden += tag in self.HIDDEN

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if self.in_body and not self.hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return re.sub(r"[ \t\r\n]+", " ", "".join(parser.parts))


# Each HTML page set: the id pattern of its pages and how many pages each language has.
PAGE_SETS = {
    "pages": (re.compile(r"^(?P<lang>[a-z]{2})-p\d{2}$"), 3),
    "pages2": (re.compile(r"^(?P<lang>[a-z]{2})-p2-\d{2}$"), 2),
    "pages3": (re.compile(r"^(?P<lang>[a-z]{2})-p3-\d{2}$"), 3),
    "pages4": (re.compile(r"^(?P<lang>[a-z]{2})-p4-\d{2}$"), 3),
    "pages5": (re.compile(r"^(?P<lang>[a-z]{2})-p5-\d{2}$"), 3),
    "pages6": (re.compile(r"^(?P<lang>[a-z]{2})-p6-\d{2}$"), 3),
}


def pages_problems(records: list[dict], split: str = "pages") -> list[str]:
    """What is wrong with an HTML page set (empty when it is sound): ids, files, urls, quotes verbatim
    in the page's visible text, the set's number of pages per language."""
    page_id, per_lang = PAGE_SETS[split]
    found = [f"duplicate id {i}" for i, n in Counter(r.get("id") for r in records).items() if n > 1]
    for r in records:
        rid = str(r.get("id"))
        m = page_id.match(rid)
        if not m or m["lang"] != r.get("language") or r.get("split") != split:
            found.append(f"{rid}: id, language {r.get('language')!r} or split {r.get('split')!r} do not fit")
        if not r.get("title") or not str(r.get("url", "")).startswith("https://") or not r.get("style"):
            found.append(f"{rid}: needs a title, an https url and a style")
        path = DATA / str(r.get("file"))
        if not r.get("file") or not path.is_file():
            found.append(f"{rid}: page file {r.get('file')!r} is missing")
            continue
        text = visible_text(path.read_text(encoding="utf-8"))
        if not r.get("quotes"):
            found.append(f"{rid}: no gold quotes")
        for q in r.get("quotes", []):
            quote = re.sub(r"[ \t\r\n]+", " ", q.get("text") or "")
            if not quote or quote not in text:
                found.append(f"{rid}: gold quote not in the page's visible text: {q.get('text')!r}")
            elif q.get("incise") and q["incise"] not in quote:
                found.append(f"{rid}: incise not inside its quote: {q['incise']!r}")
            speaker = q.get("speaker")
            if speaker is not None and (not isinstance(speaker, str) or not speaker.strip()):
                found.append(f"{rid}: speaker must be a name or null: {speaker!r}")
    per_language = Counter(r.get("language") for r in records)
    if per_language != {lang: per_lang for lang in LANGUAGES}:
        found.append(f"{split}: pages per language {dict(per_language)}")
    return found


@pytest.mark.parametrize("split", sorted(PAGE_SETS))
def test_the_page_sets_are_sound(split: str) -> None:
    assert pages_problems(load(split), split) == []


def test_the_page_checks_catch_a_broken_set() -> None:
    broken = [dict(r) for r in load("pages")]
    broken[0] = {**broken[0], "quotes": [{"text": "words the page never had", "speaker": "Nobody"}]}
    broken[1] = {**broken[1], "id": broken[2]["id"]}
    broken[3] = {**broken[3], "file": "pages/no-such-page.html"}
    broken = [r for r in broken if r["language"] != "pt"]
    found = pages_problems(broken)
    assert any("gold quote not in the page's visible text" in p for p in found)
    assert any(p.startswith("duplicate id") for p in found)
    assert any("is missing" in p for p in found)
    assert any(p.startswith("pages: pages per language") for p in found)


def test_visible_text_decodes_entities_and_skips_scripts() -> None:
    page = ('<html><head><title>T</title></head><body><p>&laquo;Da&nbsp;sì&raquo;</p>'
            '<script>var s = "«hidden»";</script></body></html>')
    assert visible_text(page) == "«Da\u00a0sì»"
