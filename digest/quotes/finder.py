"""Direct quotations: find every quoted passage, attribute it to a speaker, pick the key ones.

Quotes are found with a per-paragraph scan of quotation marks (straight "", curly “”, ‘’, «», »«, „“,
and the British straight '' told from apostrophes) that follows the news conventions: a quote left
open at the end of a paragraph continues when the next paragraph opens with a quotation mark (or goes
on without one, unless that line only credits a pull quote); a curly quote may close with a straight
mark and the other way round; double marks nest inside single ones. Where paragraphs run together,
a « or „ opening a sentence inside an open quotation of the same marks starts a new one unless nested.
Titles, subheadings, signs and pull quotes repeating a quote are found but not shown. Speakers come
from `digest.quotes.speakers`.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass

from digest.article.clean import is_call_to_action
from digest.lang import Language, detect, morph, resources
from digest.lang.script import word_length, word_tokens
from digest.models import Quote
from digest.quotes.interview import first_plural_verb, is_question, plain_answers
from digest.quotes.mentions import ELIDED, INCISE_WORDS, Grammar, after_title, grammar
from digest.quotes.speakers import attribute
from digest.summary.segment import sentence_spans

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_TRAIL = " \t\r\n,;:"
_CLOSERS = {
    "curly": "”", "low": "“”", "guil": "»", "rguil": "«", "straight": '"', "single": "’", "apostrophe": "'",
    "lowsingle": "‘’", "rsingle": "‹", "lsingle": "›",
}
# Single marks that open a quotation of their own where a page uses them as its outer marks (German ‚…‘
# and ›…‹, Swiss ‹…›), and their kinds.
_SINGLE_OPENERS = {"‚": "lowsingle", "›": "rsingle", "‹": "lsingle"}


@dataclass
class Span:
    """One quoted run: `start`/`end` index the inner text, `outer_*` include the marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool
    continues: bool = False

    def inner(self, text: str) -> str:
        return text[self.start : self.end]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _opens(kind_char: str, text: str, i: int, hi: int) -> str | None:
    if kind_char == "“":
        return "curly"
    if kind_char == "„":
        return "low"
    if kind_char == "«":
        return "guil"
    if kind_char == "»" and (text.find("«", i + 1, hi) > i or _left_open(text, i, hi)):
        return "rguil"  # German and Danish »…«
    if kind_char == '"':
        return None if i > 0 and text[i - 1].isdigit() else "straight"  # `a 65" screen`: inches
    if kind_char == ",":
        return "low"  # `,,…''`: two commas typed for „
    if kind_char in _SINGLE_OPENERS:
        # before a letter, after a space or the line's start, closed in the same paragraph (not the
        # `›` of a site's breadcrumbs: `Start › Politik`)
        kind = _SINGLE_OPENERS[kind_char]
        after_space = i == 0 or text[i - 1].isspace() or text[i - 1] in "([:"
        opens = after_space and i + 1 < hi and text[i + 1].isalpha()
        closes = text.find(_CLOSERS[kind][0], i + 2, hi) > 0 or _reopened(text, hi, kind_char)
        return kind if opens and closes else None
    if kind_char == "‘" and (i == 0 or not text[i - 1].isalnum()):
        return "curly" if text.startswith("‘‘", i) else "single"  # `‘‘…’’`: two marks for one double
    after_space = i == 0 or text[i - 1].isspace() or text[i - 1] in "([:—–-"
    if kind_char == "'" and after_space and _SINGLE.match(text, i, hi):
        return "apostrophe"  # British single quotes typed straight: `'We will appeal,' she said.`
    return None


_MARKS = re.compile("[\"“”‘’«»„'‚›‹]|,,(?=[^\\W\\d_])")


def _reopened(text: str, hi: int, mark: str) -> bool:
    """The next paragraph opens with `mark`: a quotation left open at the end of this one goes on there."""
    nxt = hi + 1
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    return text.startswith(mark, nxt)


def _left_open(text: str, i: int, hi: int) -> bool:
    """`»Wir beginnen im Mai. …` with no « in its paragraph: a German quotation left open at the
    paragraph's end, when » opens a word and the next paragraph reopens it with ». (A closing French or
    Swiss » stands after a word or a space, never before a letter.)"""
    opens_word = i + 1 < hi and text[i + 1].isalnum()
    if not opens_word or (i > 0 and not text[i - 1].isspace() and text[i - 1] not in "([:—–-"):
        return False
    return _reopened(text, hi, "»")
# A straight single mark opens a quotation only before a letter, with a closing mark in the same
# paragraph: after a word or punctuation and before a space, punctuation or the line end (not the
# apostrophe of "don't", nor an elision: "'90s", "rock 'n' roll", "'cause", "'em").
_ELISIONS = r"(?!(?:cause|cos|em|til|tis|twas|n|bout|round|s)\b)"
_SINGLE = re.compile(r"'" + _ELISIONS + r"[^\W\d_][^\n]*?[\w.,!?…]'(?![\w])", re.I)


# Pages mix curly and straight marks (`“no evidence" yet`, `"more hours” before`): the other style's
# mark closes the quote when it stands where a closing mark stands, unless it closes a quote nested
# inside (`“He said "no" to me,” …`).
_MIXED = {"curly": ('"', '"'), "straight": ("“", "”"), "low": ('"', '"')}


def _closing_position(text: str, i: int, lo: int, hi: int) -> bool:
    """A mark right after a word or punctuation and before a space, punctuation or the line end."""
    return i > lo and not text[i - 1].isspace() and (i + 1 >= hi or not text[i + 1].isalnum())


# Double marks a page may close with two single ones: `“…,’’ she said`, `,,…''`.
_DOUBLED = frozenset({"curly", "straight", "low"})


def _scan_paragraph(text: str, lo: int, hi: int) -> list[Span]:
    runs: list[Span] = []
    kind: str | None = None
    start = 0
    depth = 0
    nested = False  # inside a quote of the other style (`“He said "no" …`)
    skip = lo
    doubled = "''" in text[lo:hi]  # `''…''` typed for double marks: a single mark is nested in them
    for m in _MARKS.finditer(text, lo, hi):
        i = m.start()
        c = text[i]
        two = kind in _DOUBLED and text.startswith("''", i)  # `"…,'' she said`
        if i < skip or (doubled and c == "'" and not two):
            continue
        if kind is None:
            kind = _opens(c, text, i, hi)
            if kind:
                start, depth, nested = i, 1, False
                if (c == "‘" and kind == "curly") or c == ",":
                    start, skip = i + 1, i + 2
        elif kind in _REOPENING and c == _REOPENING[kind][0] and _after_sentence(text, lo, i):
            inner = _nested_close(text, i, hi, *_REOPENING[kind])
            if inner is not None:
                skip = inner  # `«Я прочитал книгу. «Война и мир» — шедевр», — сказал он`: nested
                continue
            runs.append(Span(start + 1, i, start, i, False))  # `«… третину. «Якщо …», — пояснив`
            start, depth = i, 1
        elif kind in _REOPENING and c == _REOPENING[kind][0] and kind == "low":
            inner = _nested_close(text, i, hi, *_REOPENING[kind])
            if inner is not None:
                skip = inner  # `„Sie nennen es „Schnapsidee“, aber …“`: the same marks nested
        elif (kind == "guil" and c == "«") or (kind == "rguil" and c == "»"):
            depth += 1
        elif kind in _MIXED and c in _MIXED[kind] and c not in _CLOSERS[kind]:
            if nested:
                nested = c != _MIXED[kind][1]
            elif c == _MIXED[kind][0] and not _closing_position(text, i, lo, hi):
                nested = True
            elif c == _MIXED[kind][1] and _closing_position(text, i, lo, hi):
                runs.append(Span(start + 1, i, start, i + 1, True))
                kind = None
        elif kind in _DOUBLED and text[i : i + 2] in {"’’", "''"} and _closing_position(text, i + 1, lo, hi):
            runs.append(Span(start + 1, i, start, i + 2, True))  # `“…,’’ she said`: two marks for one
            kind = None
            skip = i + 2
        elif kind == "single" and c == "‘" and _closing_position(text, i, lo, hi):
            runs.append(Span(start + 1, i, start, i + 1, True))  # `‘The Medium is the Message‘,`: a typo
            kind = None
        elif kind == "straight" and c == '"' and _opens_sentence(text, lo, i):
            # `"… costs us money. "Our rivals …"`: a mark opening a sentence, paragraphs run together: the
            # quotation was left open at its paragraph's end, and this one is the next
            runs.append(Span(start + 1, i, start, i, False))
            start = i
        elif c in _CLOSERS[kind]:
            if kind in {"single", "apostrophe", "lowsingle"} and i + 1 < hi and text[i + 1].isalnum():
                continue
            if kind == "apostrophe" and (text[i - 1].isspace() or _plural_possessive(text, i, hi)):
                continue
            depth -= 1
            if kind not in {"guil", "rguil"} or depth == 0:
                runs.append(Span(start + 1, i, start, i + 1, True))
                kind = None
        elif kind == "curly" and c == "“":
            inner = _nested_curly_end(text, i, hi)
            if inner is not None:
                skip = inner  # `“I’d rather walk than take “the cattle car” …”`: a quote inside
                continue
            runs.append(Span(start + 1, i, start, i, False))
            start = i
        elif kind in {"single", "apostrophe"} and c in "“\"«„":
            inner = _nested_end(text, i, hi, _CLOSERS[kind])
            if inner is not None:
                skip = inner  # `‘He told me “never again” and left,’ she said`: a quote inside a quote
                continue
            kind = _opens(c, text, i, hi)
            start, depth = i, 1
    if kind is not None and (kind != "apostrophe" or start == _first(text, lo, hi)):
        runs.append(Span(start + 1, hi, start, hi, False))  # a straight single left open only on its own
    return runs


_STRONG_CLOSE = re.compile(r"[,.!?…]'(?!\w)")
_SINGLE_OPEN = re.compile(r"(?:^|[\s(\[:—–-])'[^\W\d_]")


def _plural_possessive(text: str, i: int, hi: int) -> bool:
    """`'The workers' pay has not risen,' he said`: a mark after "s" and before a lower-case word is
    the apostrophe of a plural when the quotation closes later, after punctuation, with no quotation
    opened between (else it closes a word in quotes: `'deplorables' comment … 'irredeemable.'`)."""
    if text[i - 1] not in "sS" or not text.startswith(" ", i + 1) or not text[i + 2 : i + 3].islower():
        return False
    close = _STRONG_CLOSE.search(text, i + 1, hi)
    return close is not None and _SINGLE_OPEN.search(text, i + 1, close.start()) is None


_CURLY = re.compile("[“”]")


def _nested_curly_end(text: str, i: int, hi: int) -> int | None:
    """Where a “…” opened at `i` inside an open “…” ends, when it closes and the outer quote closes
    after it before any other opening mark; else None (the outer quote was left open)."""
    marks = [m for m in _CURLY.finditer(text, i + 1, hi)][:2]
    if len(marks) == 2 and marks[0].group() == marks[1].group() == "”":
        return marks[0].end()
    return None


# Marks that open a quotation again inside an open one, and the marks that close it.
_REOPENING = {"guil": ("«", "»"), "low": ("„", "“”")}


def _after_sentence(text: str, lo: int, i: int) -> bool:
    """Whether the mark at `i` opens a sentence: a full stop, a question or an exclamation before it."""
    before = text[lo:i]
    return before[-1:].isspace() and before.rstrip()[-1:] in ".!?…"


def _opens_sentence(text: str, lo: int, i: int) -> bool:
    """Whether the mark at `i` opens a sentence's first word: a letter after it, a sentence's end before."""
    return text[i + 1 : i + 2].isalpha() and _after_sentence(text, lo, i)


def _nested_close(text: str, i: int, hi: int, opener: str, closers: str) -> int | None:
    """Where a quotation opened at `i`, after a sentence inside an open one of the same marks, ends when
    it is nested: it closes and the outer one closes right after it, before any other opening mark;
    else None (the outer quotation was left open at the end of its paragraph, now run together)."""
    marks = [m for m in re.finditer(f"[{re.escape(opener + closers)}]", text[i + 1 : hi])][:2]
    if len(marks) == 2 and all(m.group() in closers for m in marks):
        return i + 1 + marks[0].end()
    return None


def _first(text: str, lo: int, hi: int) -> int:
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo


def _nested_end(text: str, i: int, hi: int, closer: str) -> int | None:
    """Where a double-quoted passage opened at `i` inside a single-quoted one ends, when the single
    quotation closes after it in the same paragraph; else None (the single mark opened nothing)."""
    close = _MARKS.search(text, i + 1, hi)
    while close is not None and close.group() not in "”\"»“":
        close = _MARKS.search(text, close.end(), hi)
    if close is None:
        return None
    after = close.end()
    while True:
        single = text.find(closer, after, hi)
        if single < 0:
            return None
        if _closing_position(text, single, i, hi):
            return close.end()
        after = single + 1


def _trim(text: str, span: Span) -> Span | None:
    s, e = span.start, span.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1] in _TRAIL or text[e - 1].isspace()):  # French no-break spaces too
        e -= 1
    if not any(ch.isalnum() for ch in text[s:e]):
        return None
    return Span(s, e, span.outer_start, span.outer_end, span.closed, span.continues)


# Words of a quotation that need not be a full utterance (`_is_direct`).
_DIRECT_WORDS = 4


def _is_direct(inner: str) -> bool:
    """Drop scare quotes and titles: keep 4+ words, or a short full utterance ("Not now.")."""
    words = len(_WORD.findall(inner))
    if words >= _DIRECT_WORDS:
        return True
    return words >= 2 and inner.lstrip("¿¡")[:1].isupper() and inner.rstrip()[-1:] in ".!?…"


_PREPOSITIONS = frozenset({"on", "in", "at", "of", "from", "to", "with", "for", "by", "about", "into"})


def _is_title(text: str, span: Span) -> bool:
    """`On “Face the Nation,” …` / `“The Apprentice”`: a name after a preposition, or in Title Case."""
    before = _WORD.findall(text[max(0, span.outer_start - 20) : span.outer_start])
    if before and before[-1].lower() in _PREPOSITIONS:
        return True
    long_words = [w for w in _WORD.findall(span.inner(text)) if len(w) > 3]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


def _is_utterance(text: str, span: Span) -> bool:
    """A short spoken line (`“Go register,” Lee said`): masked for attribution, not shown."""
    inner = span.inner(text).lstrip("¿¡")  # Spanish opens a question or an exclamation with ¿ ¡
    spoken = inner[:1].isupper() and (inner[-1:] in ".!?" or text[span.end : span.end + 1] == ",")
    return spoken and not _is_title(text, span)


_DIALOGUE_DASH = "—–―"
# The narrator's words inside a line of dialogue: ", — говорит Ковалева." / " — dijo. — …"
_NARRATOR = re.compile(r",?\s+[—–―]\s*(?=[^\W\d_])")
_RESUME = re.compile(r"[.!?…,:]\s*([—–―])\s*(?=[^\W\d_¿¡])")
# Spanish closes the narrator's words with a dash before the punctuation: `—dijo X—. Nadie …`
_RESUME_AFTER_DASH = re.compile(r"[—–―]([.,;:])\s+(?=[^\W\d_¿¡«\"“])")
# The line signing a post embedded from a social network: `— Ann Lee (@annlee) March 3, 2026`.
_POST_SIGNATURE = re.compile(r"[—–―]\s*[^\n()]{1,80}\(@[\w.]+\)")


def _dialogue(text: str, lo: int, hi: int, speech: Container[str] = frozenset()) -> list[Span]:
    """A paragraph opened by a dash is direct speech (Russian, Ukrainian, Spanish, Portuguese,
    Italian, French dialogue): `— Мне говорят: ждите, — говорит Ковалева. — Я жду.` Its spoken parts
    run to the narrator's words, which a dash opens and a dash or the paragraph end closes. A dash
    with no punctuation before it and a lower-case word after it opens the narrator's words only when
    a speech verb follows (`—No lo sé —dijo Juan`); else it is the speaker's own dash
    (`По штатному расписанию — около 60`)."""
    if lo + 2 >= hi or text[lo] not in _DIALOGUE_DASH or _POST_SIGNATURE.match(text, lo, hi):
        return []
    after = text[lo + 1 : lo + 3].lstrip()
    if not after or not (after[0].isupper() or after[0] in "¿¡«\"“"):
        return []
    spans: list[Span] = []
    start = lo
    while start < hi:
        narrator = _NARRATOR.search(text, start + 1, hi)
        while narrator and speech and not _opens_narrator(text, narrator, hi, speech):
            narrator = _NARRATOR.search(text, narrator.end(), hi)
        end = narrator.start() if narrator else hi
        if end > start + 1:
            spans.append(Span(start + 1, end, start, end, False))
        if narrator is None:
            break
        resume = _RESUME.search(text, narrator.end(), hi)
        closed = _RESUME_AFTER_DASH.search(text, narrator.end(), hi)
        if closed and (resume is None or closed.start() < resume.start()):
            start = closed.end(1)  # the spoken words resume after the dash and its punctuation
            continue
        if resume is None:
            break
        start = resume.start(1)
    return spans


def _opens_narrator(text: str, narrator: re.Match[str], hi: int, speech: Container[str]) -> bool:
    # the narrator's words end at the next dash: "Утром выхожу — забор, — рассказывает Мальцев" has the
    # speech verb after the speaker's own dash, not after the dash before "забор"
    words = text[narrator.end() : hi]
    dash = next((i for i, ch in enumerate(words) if ch in _DIALOGUE_DASH), None)
    following = _WORD.findall(words[:dash])[:3]
    named = bool(following) and (following[0][:1].isupper() or any(w.lower() in speech for w in following))
    if text[: narrator.start()].rstrip()[-1:] in "!?…":
        return True
    if named or not narrator.group().startswith(","):
        return named
    # A comma and a dash open the narrator's words; where a dictionary tells verbs (ru, uk), only before a
    # verb of the third person ("…, — шутит пенсионер"), not the speaker's own sentence going on ("А то,
    # что она рассказывает, — это выдумки").
    code = getattr(speech, "code", "")
    return not code or any(morph.is_narrating_verb(code, w.lower()) for w in following)


# A line of dialogue that a page ran into the paragraph before it: "… обжалован. — Мы подадим жалобу, — сказал
# защитник." The dash opens a new sentence after one that ends.
_RUN_IN_DASH = re.compile(r"(?<=[.!?…])[ \t\u00a0]+([—–―])[ \u00a0]")


def _run_in_dialogue(text: str, lo: int, hi: int, speech: Container[str], runs: list[Span]) -> list[Span]:
    """A line of dialogue run into a paragraph of narration, where a dictionary tells verbs (ru, uk):
    read as dialogue only when a comma, a dash and a speech verb close its first spoken part, so that a
    writer's own dash after a sentence ("… в четверг. — Ответа нет.") stays narration."""
    if not getattr(speech, "code", ""):
        return []
    for dash in _RUN_IN_DASH.finditer(text, lo, hi):
        if any(r.outer_start <= dash.start(1) < r.outer_end for r in runs):
            continue
        spans = _dialogue(text, dash.start(1), hi, speech)
        narrator = _NARRATOR.match(text, spans[0].end, hi) if spans else None
        if narrator and narrator.group().startswith(",") and any(
            w.lower() in speech for w in _WORD.findall(text[narrator.end() : hi])[:2]
        ):
            return spans[:1]  # narration goes on after the narrator's words: where speech resumes is unsure
    return []


_LABEL = re.compile(r"(\w+)[.:]\s+")  # `R. …`, `R: …`, `Risposta: …`


def _labelled_answer(text: str, lo: int, hi: int, lang: Language | None) -> list[Span]:
    """`R. Que se diga en la portada.`, `Antwort: …`: in an interview printed as labelled questions and
    answers (at least one question so labelled), an answer paragraph is the interviewee's speech."""
    label = _LABEL.match(text, lo, hi)
    if lang is None or label is None or label.group(1).lower() not in lang.answer_labels:
        return []
    questions = "|".join(re.escape(q) for q in sorted(lang.question_labels))
    if not questions or not re.search(rf"(?im)^\s*(?:{questions})[.:]\s.*\?\s*$", text):
        return []
    return [Span(label.end(), hi, lo, hi, True)]


# `SPIEGEL: Frau Roth, …?` / `Roth: Wir …`: a paragraph opened by a speaker's label (one to three
# capitalised words) and a colon (French sets a space before it), or a spaced dash as Brazilian and
# Portuguese papers print them (`Folha – …?` / `Inês Rangel – …`).
_LABEL_END = r"(?:[ \u00a0\u202f]?:|[ \t]+[–—])"
_SPEAKER_LABEL = re.compile(
    r"^[ \t]*([^\W\d_][\w.’'-]*(?: [^\W\d_][\w.’'-]*){0,2})" + _LABEL_END + r"[ \t]+(\S.*?)\s*$", re.M
)


def transcript_labels(text: str) -> frozenset[str]:
    """The labels of the interviewee in an interview printed as a transcript: paragraphs opened by
    labels and colons, two of them or more asking ("?" at the end) under one label and two or more
    answering under another (named in full, then by surname: `Inês Barbosa:` … `Barbosa:`, one label).
    Questions may also stand unlabelled, two or more, when the answers' label is a name the text gave
    before it first labels an answer (`João Pereira recebeu …` … `E os médicos?` / `João Pereira: …`).
    Empty when the text is no such interview."""
    if ":" not in text and "–" not in text and "—" not in text:
        return frozenset()
    asked: dict[str, int] = {}
    said: dict[str, int] = {}
    for m in _SPEAKER_LABEL.finditer(text):
        label, words = m.group(1), m.group(2)
        if not label[:1].isupper():
            continue
        counts = asked if words.endswith("?") else said
        label = label.split()[-1]
        counts[label] = counts.get(label, 0) + 1
    askers = {k for k, n in asked.items() if n >= 2 and said.get(k, 0) < n}
    answers = {k for k, n in said.items() if n >= 2 and k not in askers and asked.get(k, 0) < n}
    if not askers and answers:
        plain = [p for p in text.split("\n") if p.rstrip().endswith("?") and not _SPEAKER_LABEL.match(p)]
        named = {k for k in answers if -1 < text.find(k) < _first_label(text, k)}
        return frozenset(named) if len(plain) >= 2 else frozenset()
    return frozenset(answers) if askers and answers else frozenset()


def _past_label(text: str, first: int, hi: int) -> int:
    """Where an answer's words start: past its speaker's label when the interview labels its first answer
    with a name the text gave before (`Reto Imboden: Sie ist ernst.`, then unlabelled answers)."""
    m = _SPEAKER_LABEL.match(text, first, hi)
    named = m is not None and all(w[:1].isupper() for w in m.group(1).split())
    return m.start(2) if named and text.find(m.group(1).split()[-1], 0, first) >= 0 else first


def _first_label(text: str, label: str) -> int:
    """Where `label` first opens a paragraph as a speaker's label (-1: never)."""
    m = re.search(rf"^[ \t]*(?:[^\W\d_][\w.’'-]* )*{re.escape(label)}{_LABEL_END}", text, re.M)
    return m.start() if m else -1


def _transcript_answer(text: str, lo: int, hi: int, labels: frozenset[str]) -> list[Span]:
    """An answer paragraph of a transcript interview: the words after the interviewee's label."""
    m = _SPEAKER_LABEL.match(text, lo, hi) if labels else None
    if m is None or m.group(1).split()[-1] not in labels or m.end() > hi:
        return []
    return [Span(m.start(2), m.end(2), lo, hi, True)]


_CLOSING = {
    "«": "»", "“": "”", "„": "“”", "»": "«", '"': '"', "‘": "’", ",": "“”", "‚": "‘’", "›": "‹", "‹": "›",
}
# After a closing mark that may also open a quote (" and the German “), what shows it closes.
_AFTER_CLOSE = re.compile(r"[,.;:!?…]|\s+[—–-]|\s*$|\s+[^\W\d_]*[a-zà-ÿа-яіїєґ]")


def _continuation(text: str, first: int, hi: int, closers: str) -> Span | None:
    """The rest of a quotation left open at the end of the paragraph before, when this paragraph
    goes on without an opening mark (a line break inside the quote) or reopens it with the closing
    guillemet (Spanish and Italian `»…»`): it runs to the first closing mark, if that comes first."""
    start = first + 1 if text[first : first + 1] == closers == "»" else first
    m = _MARKS.search(text, start, hi)
    if m is None or m.group() not in closers or m.start() == start:
        return None
    if m.group() in _CLOSING and not _AFTER_CLOSE.match(text, m.end(), hi):
        return None  # `"` or `“` that opens another quote
    return Span(start, m.start(), first, m.end(), True, True)


# A pull quote's credit line: `Dana Moreau, transport commissioner for Easthaven."` (a name of two to four
# capitalised words, a comma, a role in lower case, the closing mark ending the line).
_CREDIT = re.compile(r"(?:[^\W\d_][\w.'’-]*\s+){1,3}[^\W\d_][\w'’-]*,\s+[^\W\d_]")
_MAX_CREDIT_WORDS = 15


def _is_credit(text: str, first: int, hi: int, closers: str) -> bool:
    """The line after an open quote only credits it (`Name, role.` and the closing mark): it names
    the speaker of a pull quote and closes it; it is not more of the quotation."""
    line = text[first:hi].rstrip()
    if not closers or not line or line[-1] not in closers or _MARKS.search(line, 0, len(line) - 1):
        return False
    m = _CREDIT.match(line)
    if m is None or len(_WORD.findall(line)) > _MAX_CREDIT_WORDS:
        return False
    name, role = m.group()[:-1].split(",")[0].split(), m.group()[-1]
    return all(w[0].isupper() for w in name) and role.islower()


def quote_spans(
    text: str, speech: Container[str] = frozenset(), lang: Language | None = None, plain: Container[int] = ()
) -> list[Span]:
    """Every quoted run in reading order, continuation paragraphs flagged with `continues`. `speech`:
    the language's speech verbs, which tell the narrator's words in dash dialogue; `lang`: its labels
    of interview answers; `plain`: where the answers of an interview printed as plain paragraphs start
    (`plain_answers`), each of them speech."""
    spans: list[Span] = []
    prev_open = False
    closers = ""
    labels = transcript_labels(text)
    for lo, hi in _paragraphs(text):
        first = lo
        while first < hi and text[first].isspace():
            first += 1
        if prev_open and _is_credit(text, first, hi, closers):
            prev_open, closers = False, ""
            continue
        rest = _continuation(text, first, hi, closers) if prev_open and first < hi else None
        runs = ([rest] if rest else []) + _scan_paragraph(text, rest.outer_end if rest else lo, hi)
        dialogue = (
            _dialogue(text, first, hi, speech)
            or _labelled_answer(text, first, hi, lang)
            or _transcript_answer(text, first, hi, labels)
            or ([Span(_past_label(text, first, hi), hi, first, hi, True)] if first in plain else [])
            or _run_in_dialogue(text, first, hi, speech, runs)
        )
        if dialogue:
            inside = [r for r in runs if any(d.outer_start <= r.outer_start < d.end for d in dialogue)]
            runs = dialogue + [r for r in runs if r not in inside]
            runs.sort(key=lambda r: r.outer_start)
        for run in runs:
            trimmed = _trim(text, run)
            if trimmed is None:
                continue
            trimmed.continues = prev_open and run.outer_start == first
            spans.append(trimmed)
        if text[lo:hi].strip():
            prev_open = bool(runs) and not runs[-1].closed and not dialogue
            closers = _CLOSING.get(text[runs[-1].outer_start], "") if prev_open else ""
    return spans


def _interview_questions(text: str, spans: Sequence[Span], lang: Language) -> set[int]:
    """An interview printed as dash dialogue (`– Что поменяли?` / `– Прежде всего …`): in a run of
    paragraphs opened by a dash, one that asks ("?") before another dash paragraph is the interviewer's
    question, and so is every paragraph in the same turn of the run once two of them ask (or one, in a
    run of three or more with no narrator's words); a question
    followed by the interviewer's own words ("– …? – спросили мы") too, not one whose narrator names
    someone else who asks. Their spans (indices)."""
    paragraphs: list[tuple[int, list[int]]] = []  # (paragraph start, its spans), dash paragraphs only
    for i, span in enumerate(spans):
        line = text.rfind("\n", 0, span.outer_start) + 1
        dash = text[span.outer_start : span.outer_start + 1] in _DIALOGUE_DASH
        if text[line : span.outer_start].strip() or not dash:
            if paragraphs and paragraphs[-1][0] == line:
                paragraphs[-1][1].append(i)
            continue
        paragraphs.append((line, [i]))
    out: set[int] = set()
    runs: list[list[tuple[int, list[int]]]] = []
    for para in paragraphs:
        before = text[: para[0]].rstrip("\n ")
        previous = runs[-1][-1][0] if runs else -1
        if runs and text.rfind("\n", 0, len(before)) + 1 == previous:
            runs[-1].append(para)
        else:
            runs.append([para])
    for run in runs:
        asks = []
        spoken_only = 0  # paragraphs with no narrator's words
        for k, (_, idx) in enumerate(run):
            first = spans[idx[0]]
            spoken = text[first.start : first.end].rstrip(" ,—–―")
            end = text.find("\n", first.end)
            told = text[first.end : len(text) if end < 0 else end]
            narrator = told.lower().split()
            ours = any(w.strip(".,") in lang.other_pronouns for w in narrator[:3])  # "спросили мы"
            # where the subject is left out, a verb of the first person plural: "—le preguntamos"
            ours = ours or any(
                first_plural_verb(m.group(0).strip(".,"), told[: m.start()], lang)
                for m in list(re.finditer(r"\S+", told))[:3]
            )
            alone = not "".join(narrator).strip(".!?…")  # no narrator naming who asks ("—le preguntó …")
            spoken_only += alone and len(idx) == 1
            if is_question(spoken) and ((alone and k + 1 < len(run)) or ours):
                asks.append(k)
        turns = {k % 2 for k in asks}
        interview = len(asks) >= 2 or (len(asks) == 1 and spoken_only == len(run) >= 3)
        if interview and len(turns) == 1:
            asks = [k for k in range(len(run)) if k % 2 in turns]
        for k in asks:
            out.update(run[k][1])
    return out


def find_quotes(text: str, language: str | None = None, context: str = "") -> list[Quote]:
    """Every direct quotation in `text` with its speaker (None when unknown), in reading order.

    `language` (ISO 639-1) is the article's; guessed from the text when not given. `context`: the
    article's headline and standfirst, where the page has them apart from its text (they name the guest
    of an interview whose text opens with its first question).
    """
    if not isinstance(text, str) or not text:
        return []
    language = language or detect(text)
    lang = resources(language)
    plain = plain_answers(text, lang, context)  # an interview printed as plain paragraphs: its answers
    spans = quote_spans(text, grammar(language).speech, lang, plain)
    heads = [_is_subhead(text, s) for s in spans]
    listed = _title_list(text, spans)
    names = _names(text, spans, language)
    quoted = [
        not h and i not in listed and not n and not _is_slogan(text, s, lang) and _is_direct(s.inner(text))
        for i, (s, h, n) in enumerate(zip(spans, heads, names, strict=True))
    ]
    direct = [
        q or (not h and _is_utterance(text, s) and not n)
        for q, s, h, n in zip(quoted, spans, heads, names, strict=True)
    ]
    # The interviewer's questions are neither quotes nor titles: their words are read as narration.
    questions = _interview_questions(text, spans, lang)
    kept = [i for i in range(len(spans)) if i not in questions]
    credited = attribute(
        text, [spans[i] for i in kept], [direct[i] for i in kept], language, context, plain
    )
    speakers: list[str | None] = [None] * len(spans)
    for i, speaker in zip(kept, credited, strict=True):
        speakers[i] = speaker
    quoted = [q and i not in questions for i, q in enumerate(quoted)]
    quoted = _without_pull_quotes(text, spans, quoted)
    g = grammar(language)
    return [
        Quote(piece, speaker)
        for span, speaker, keep in zip(spans, speakers, quoted, strict=True)
        if keep
        for piece in _sentences_apart(span.inner(text), g)
    ]


# The narrator's words between dashes that close the sentence they break, inside one quotation: `«… aquí
# —afirmó la jueza—. …»`, `«…, — сказал он. — …»`; or after a comma, up to the full stop (`« …, a-t-il
# lancé. … »`), before a capital (a title's full stop, `dit M. X`, is no sentence's end).
_CLOSING_INCISE = re.compile(
    r",?\s[—–―]\s?(?P<words>[^\W\d_][^—–―\n.!?]{0,150}?)\s?(?:[—–―]\s?\.|\.\s?[—–―])\s+(?=[^\W\d_¿¡])"
    r"|,\s(?P<comma>[^\W\d_][^,;:—–―\n.!?«»“”\"]{0,100}?)\.\s+(?=[^\W\d_])"
)


def _sentences_apart(inner: str, g: Grammar) -> list[str]:
    """A quotation broken by a reporting clause that ends its sentence is two quotations, one on either
    side (the same speaker's); an incise set off by commas or going on with a comma leaves it whole, and
    so does a piece too short to be a quotation of its own (`«No —contestó—. …»`: `_stands_alone`)
    or a speech verb with its own object clause (`—nos dijeron que …—`: the speaker's aside)."""
    pieces: list[tuple[int, str]] = []
    start, titles = 0, g.lang.person_titles
    for m in _CLOSING_INCISE.finditer(inner):
        piece = inner[start : m.start()].rstrip(_TRAIL)
        words, comma = m.group("words"), m.group("comma")
        if comma and (not inner[m.end()].isupper() or after_title(inner, m.end("comma"), titles)):
            continue
        if comma and not _names_speaker(comma, g):
            continue
        words = words or comma
        if _reports(words, g) and _stands_alone(piece):
            pieces.append((start, piece))
            start = m.end()
    if pieces and not _stands_alone(inner[start:]):
        start = pieces.pop()[0]  # the last piece is too short: it stays with the one before
    return [*(p for _, p in pieces), inner[start:]] if pieces else [inner]


def _stands_alone(piece: str) -> bool:
    """A piece of a quotation parted at a closing incise is a quotation of its own as `_is_direct` keeps
    one: 4+ words, or a sentence of 2 or more (the incise's full stop ends it), not one word (`«No —…—.`)."""
    words = len(_WORD.findall(piece))
    return words >= _DIRECT_WORDS or (words >= 2 and piece.lstrip("¿¡")[:1].isupper())


def _names_speaker(words: str, g: Grammar) -> bool:
    """A reporting clause after a comma names its speaker in its verb or right after it (`dit-il`,
    `a-t-elle rappelé devant …`, `disse Soutelo`, `ha detto il sindaco`) or ends at its verb (`ha
    detto.`); a verb with an object or a phrase after it (`racconta sempre la stessa storia`, `schrieb
    keiner mehr`) goes on with the speaker's own words."""
    toks = INCISE_WORDS.findall(words)
    low = [w.lower() for w in toks]
    verb = 1 if len(low) > 1 and g.is_auxiliary(low[0]) else 0
    if g.incise is not None and any(g.incise.fullmatch(w) for w in low[: verb + 1]):
        return True
    if len(toks) <= verb + 1:
        return True
    after, lang = low[verb + 1], g.lang
    subject = lang.articles | lang.determiners | lang.person_titles | g.pronouns.keys()
    return toks[verb + 1][:1].isupper() or after in subject or ELIDED.match(after) is not None


def _reports(words: str, g: Grammar) -> bool:
    """Whether the words between dashes are a narrator's reporting clause: they open with a speech verb
    (`Grammar.opens_incise`) that no conjunction of an object clause follows (`dijeron que …`, `said that
    …`, `сказали, что …`), which makes them the speaker's own words about what others said."""
    low = [w.lower() for w in INCISE_WORDS.findall(words)]
    verb = 1 if len(low) > 1 and g.is_auxiliary(low[0]) else 0
    return g.opens_incise(low) and not (low[verb + 1 : verb + 2] and low[verb + 1] in g.lang.relatives)


_LIST_GAP = re.compile(r"\s*[,;]?\s*(?:(?:and|or|&|und|oder|et|y|e|и|і|та)\s+)?$")


def _title_list(text: str, spans: Sequence[Span]) -> set[int]:
    """Quoted names in a row (`hits including “Walking On The Moon,” “Keep On Running Home” and
    others`): two or more headline-case spans with only a comma or a conjunction between them are
    titles, whatever the words before them."""
    titles = [_is_headline_case(s.inner(text)) and s.inner(text).rstrip()[-1:] not in "!?…" for s in spans]
    out: set[int] = set()
    for k in range(1, len(spans)):
        a, b = spans[k - 1], spans[k]
        if titles[k - 1] and titles[k] and _LIST_GAP.match(text[a.outer_end : b.outer_start]):
            out.update((k - 1, k))
    return out


_MAX_SUBHEAD_WORDS = 8


def _is_subhead(text: str, span: Span) -> bool:
    """A line holding nothing but a few quoted words in headline case (`'Legend in the Coal Fields.'`), or
    a few quoted words that no punctuation ends (`„Ein schwarzer Tag für den Hafen“`, `« Une question de
    survie »`): a subheading between sections that quotes the section, not speech; or a line that links
    to another article (`Read more: ‘We lost everything’: the towns living with floods`)."""
    lo, line = _line_of(text, span)
    if lo > 0 and is_call_to_action(line):
        return True
    words = _WORD.findall(span.inner(text))
    if not words or len(words) > _MAX_SUBHEAD_WORDS or _WORD.findall(line) != words:
        return False
    unended = span.closed and lo > 0 and not re.search(r"[.!?…:;,]", line[-3:] + span.inner(text)[-1:])
    return unended or (all(w[0].isupper() for w in words if len(w) > 3) and words[0][0].isupper())


def _line_of(text: str, span: Span) -> tuple[int, str]:
    """The line (paragraph) of `text` that holds `span`, and where it starts."""
    lo = text.rfind("\n", 0, span.outer_start) + 1
    hi = text.find("\n", span.outer_end)
    return lo, text[lo : len(text) if hi < 0 else hi]


_MIN_REPEAT_WORDS = 3


def _without_pull_quotes(text: str, spans: list[Span], quoted: list[bool]) -> list[bool]:
    """A paragraph holding nothing but a quotation that the article gives word for word elsewhere is a
    pull quote or a subheading quoting it (the page shows a quote again, large, between paragraphs,
    before or after the paragraph that credits it, or a few of its words over a section): the quote is
    not said twice. Of two paragraphs holding nothing but the same quotation, the first stays."""
    words = [f" {' '.join(_WORD.findall(span.inner(text).lower()))} " for span in spans]
    first_line = text.find("\n")
    title = text[: max(first_line, 0)].rstrip(" \"”»’")
    if len(_WORD.findall(title)) > 25 or title[-1:] in ".!?…":
        first_line = -1  # a headline is short and ends without a full stop
    alone = []
    for i, span in enumerate(spans):
        _, line = _line_of(text, span)
        alone.append(f" {' '.join(_WORD.findall(line.lower()))} " == words[i])
    result = []
    for i, (span, keep) in enumerate(zip(spans, quoted, strict=True)):
        repeated = keep and alone[i] and len(words[i].split()) >= _MIN_REPEAT_WORDS and any(
            other and j != i and words[i] in words[j]
            and (len(words[j]) > len(words[i]) or j < i or not alone[j])
            for j, other in enumerate(quoted)
        )
        # A headline quoting the article (`Procès : « On savait … »`) before the full quotation.
        headline = keep and 0 <= span.outer_end <= first_line and any(
            words[i].strip() in later and len(later) > len(words[i])
            for later, other in zip(words[i + 1 :], quoted[i + 1 :], strict=True)
            if other
        )
        result.append(keep and not repeated and not headline)
    return result


_MAX_NAME_WORDS = 8


def _names(text: str, spans: Sequence[Span], language: str | None) -> list[bool]:
    """Which spans are names (`_is_name`). Where nouns are capitalised, a quote joined to a name before
    it by a conjunction or a comma alone is another of the same (`Plakate mit der Aufschrift „Ja zum
    Wind“ oder „Hände weg vom Forst“`)."""
    names = [_is_name(text, s, language) for s in spans]
    if resources(language).capitalised_nouns:
        for k in range(1, len(spans)):
            gap = text[spans[k - 1].outer_end : spans[k].outer_start]
            if names[k - 1] and spans[k - 1].closed and _LIST_GAP.match(gap):
                names[k] = True
    return names


def _is_name(text: str, span: Span, language: str | None) -> bool:
    """The quoted name of a film, book, exhibition, campaign or slogan inside a sentence
    (`a sign reading “Qui nessuno è straniero”.`, `titled « Le Casse du siècle à Paris »`): a few words
    that open with a capital, close without punctuation and follow a word of the sentence."""
    inner = span.inner(text)
    # A title in headline case (`the book “Fields of Rust: How a Town Lost Its Mill.”`,
    # `a “Bikes to Work” campaign`) where nouns take no capital: it may be longer, close the sentence
    # with the full stop American style keeps inside the mark, and follow an article.
    # A headline quoting speech (`Mayor Says Buses “Will Run All Night.”`) is all in headline case.
    headline = (
        _is_headline_case(inner) and not resources(language).capitalised_nouns and _in_prose(text, span)
    )
    words = len(_WORD.findall(inner))
    before = text[max(0, span.outer_start - 40) : span.outer_start].rstrip()
    if headline and before.endswith(",") and words <= _MAX_TITLE_WORDS:
        line_start = text.rfind("\n", 0, span.outer_start) + 1
        return _apposed(text[max(line_start, span.outer_start - 120) : span.outer_start], resources(language))
    if not before or not before[-1].isalpha():
        return False
    # ru/uk: the name of a law or a document after the noun it names (`законопроєкт «Про внесення змін
    # до …»`) is as long as it needs to be.
    res = resources(language)
    # `garantiu que «Não vamos ceder»`, `disse à Folha que "…"`: the clause a speech verb opens with "que",
    # "che", "that" is speech.
    clause = [w.lower() for w in _WORD.findall(re.split(r"[.!?;:]\s", before)[-1])]
    if len(clause) > 1 and clause[-1] in res.relatives and any(w in res.speech_verbs for w in clause[-7:-1]):
        return False
    named = _after_common_noun(before.split()[-1], language)
    # `Das Unwort des Jahres lautet „alternative Fakten für alle“`, `die Kampagne „mehr Bus für alle“`:
    # where nouns are capitalised, a quote after a noun of what bears a name, no speech verb between,
    # is that name, whatever its first letter.
    labelled = res.capitalised_nouns and any(w in res.sign_nouns for w in clause[-5:])
    # (right after the noun, whatever verb came before: `hielten Plakate mit der Aufschrift „…“ hoch`)
    apposed = bool(clause) and clause[-1] in res.sign_nouns
    said = any(w in res.speech_verbs for w in clause[-5:])
    if labelled and words <= _MAX_NAME_WORDS and (apposed or not said):
        return True
    if words > (_MAX_TITLE_WORDS if headline or named else _MAX_NAME_WORDS) or not inner[:1].isupper():
        return False
    # `an episode of “Morning Talk With Ray Dunn,” the host …`: a comma may follow a title that
    # completes a preposition or an article, never a quote after its speech verb.
    word = before.split()[-1].lower()
    completes = headline and word in res.stopwords and word not in res.speech_verbs
    if text[span.end : span.outer_end + 1].strip()[:1] in {",", ";"} and not completes:
        return False
    if inner.rstrip()[-1:] in ("!?…" if headline else ".!?…"):
        return False
    last = before.split()[-1]
    if res.capitalised_nouns:
        # Every noun is capitalised, so a capital opening the quote says nothing: after a lower-case
        # word (`sprach von „Verschwendung in großem Stil“`, `der Plan sei „Geldverschwendung …“`) or
        # an article (`von einem „Eingriff in das Waldgebiet“`) it is speech, and after a noun only when
        # a naming verb leads to it (`nennt den Plan „Unsinn von vorne bis hinten“`); a noun before it
        # names what the quote is the name of (`der Film „…“`, `unter dem Motto „…“`).
        named_by = any(w in res.naming_verbs for w in clause[-4:])
        # `warf der Regierung „Versagen auf ganzer Linie“ vor`: said to someone, in the dative
        told = len(clause) > 2 and clause[-2] in res.dative_articles
        told = told and any(w in res.speech_verbs for w in clause[-5:-2])
        return last[:1].isupper() and not named_by and not told and last.lower() not in res.articles
    # `the “Bikes to Work” campaign`: a title after an article.
    return headline or last.lower() not in res.articles


_MAX_TITLE_WORDS = 14


def _apposed(before: str, res: Language) -> bool:
    """A title in headline case set off by a comma after a noun in lower case, in a phrase about a work
    (`the charity's report, ‘Waiting on the Ward’, found`, `a ballad visitors still hum, “The Loss of the
    Mary Dell.”`), no speech verb in the words before it (`she told reporters, “…”`)."""
    words = [w.lower() for w in _WORD.findall(re.split(r"[.!?;:]\s", before)[-1])][-8:]
    noun = bool(words) and words[-1].isalpha() and words[-1] not in res.stopwords
    work = any(w in res.work_nouns for w in words)
    return noun and work and not any(w in res.speech_verbs or w in res.participles for w in words)


def _after_common_noun(word: str, language: str | None) -> bool:
    """In a language with a morphological dictionary, whether `word` is a lower-case common noun."""
    code = resources(language).morphology
    if not code or not word[:1].islower():
        return False
    readings = morph.parses(code, word.lower())
    return bool(readings) and readings[0].tag.POS == "NOUN"


def _in_prose(text: str, span: Span) -> bool:
    """The line before the quote reads as prose: it holds a word of four letters or more in lower case."""
    line_start = text.rfind("\n", 0, span.outer_start) + 1
    before = text[max(line_start, span.outer_start - 80) : span.outer_start]
    return any(len(w) > 3 and w[0].islower() for w in _WORD.findall(before))


def _is_headline_case(inner: str) -> bool:
    """Every word longer than three letters capitalised, two at least (`Souls to the Polls`)."""
    long_words = [w for w in _WORD.findall(inner) if len(w) > 3]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


def _is_slogan(text: str, span: Span, lang: Language) -> bool:
    """What a sign reads or a crowd chants (`_is_sign`, `_is_chant`), judged from the clause before the
    quote (up to `_SIGN_REACH` characters back, from the last sentence end or line break): not speech."""
    before = text[max(0, span.outer_start - _SIGN_REACH) : span.outer_start]
    clause = re.split(r"[.!?…]\s|\n", before)[-1]
    return _is_sign(clause, lang) or _is_chant(clause[-_CHANT_CHARS:], span.inner(text), lang)


def _is_sign(clause: str, lang: Language) -> bool:
    """What a sign, banner or poster reads (`una pancarta: «Lavapiés no se vende»`, `un cartaz diz: "…"`,
    `signs that read "…"`), from the `clause` before it: a quotation after a colon in a sentence about
    such a thing, or right after such a noun and the verb it reads with, not speech. Where nouns are
    capitalised, not when someone speaks of the thing (`Lindner kritisierte das Motto scharf: „…“`)."""
    if not lang.sign_nouns:
        return False
    last = _WORD.findall(clause)[-4:]
    said = [w for w in _WORD.findall(clause) if w.lower() in lang.speech_verbs and w.islower()]
    reads = clause[-1:].isspace() and len(last) > 1 and last[-1].islower() and not set(last) & set(said)
    if reads and any(w.lower() in lang.sign_nouns for w in last[:-1]):
        return True  # `signs that read "I paid $14"`
    if not clause.rstrip().endswith(":"):
        return False
    if lang.capitalised_nouns and said:
        return False
    return any(w.lower() in lang.sign_nouns for w in _WORD.findall(clause))


def _is_chant(clause: str, inner: str, lang: Language) -> bool:
    """What a crowd chants (`marched through Leeds chanting "Fair pay now!"`, `skandierten „…“`, `scandendo
    «…»`, `aux cris de « … »`, `al grito de «…»`): a short quotation (`inner`) within a few words after a
    word or a fixed phrase of chanting in the `clause` before it, no speech verb between, is a chant or
    a slogan, not speech."""
    if not lang.chant_words or len(_WORD.findall(inner)) > _MAX_CHANT_WORDS:
        return False
    said = [w.lower() for w in _WORD.findall(clause)]
    ends = [
        i
        for i in range(max(0, len(said) - _CHANT_REACH), len(said))
        if any(" ".join(said[max(0, i - n) : i + 1]) in lang.chant_words for n in range(_CHANT_PHRASE))
    ]
    return bool(ends) and not any(w in lang.speech_verbs for w in said[ends[-1] + 1 :])


_SIGN_REACH = 150
_CHANT_CHARS = 80
_MAX_CHANT_WORDS = 12
_CHANT_REACH = 4
_CHANT_PHRASE = 3  # words of the longest phrase of chant_words ("aux cris de")
_MAX_WORDS = 45


def _shorten(text: str, max_words: int = _MAX_WORDS) -> str:
    """Cut a long quote at a sentence boundary and mark the cut with an ellipsis; lengths in words of
    any script (`digest.lang.script.word_length`)."""
    if word_length(text) <= max_words:
        return text
    best = None
    for _start, end in sentence_spans(text)[:-1]:
        if word_length(text[:end]) > max_words:
            break
        best = text[:end]
    if best is None:
        return text
    return best.rstrip() + " …"


def _tokens(s: str) -> set[str]:
    return set(word_tokens(s))


def select_quotes(quotes: list[Quote], sentences: Sequence[str], n: int = 2) -> list[Quote]:
    """Up to `n` (0–5) quotes that add most to the key `sentences`, in reading order."""
    n = max(0, min(5, n))
    if not n or not quotes:
        return []
    shown = " ".join(sentences)
    shown_tokens = _tokens(shown)
    scored = []
    for idx, q in enumerate(quotes):
        words = word_length(q.text)
        toks = _tokens(q.text)
        if words < 4 or q.text in shown:
            continue
        novelty = len(toks - shown_tokens) / max(1, len(toks))
        if novelty < 0.3:
            continue
        length = min(words, 40) / 40
        score = (1.0 if q.speaker else 0.0) + novelty + length - 0.02 * idx
        scored.append((score, idx, toks))
    chosen: list[tuple[int, set[str]]] = []
    for _score, idx, toks in sorted(scored, key=lambda t: (-t[0], t[1])):
        if any(len(toks & other) / max(1, min(len(toks), len(other))) > 0.6 for _, other in chosen):
            continue
        chosen.append((idx, toks))
        if len(chosen) == n:
            break
    return [Quote(_shorten(quotes[i].text), quotes[i].speaker) for i, _ in sorted(chosen)]
