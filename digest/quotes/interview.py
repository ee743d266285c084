"""Interviews printed as plain paragraphs: the questions' bold type is lost in a page's text, so the
questions and answers alternate with no label or mark. Finds the answers, the interviewee's speech."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from digest.lang import Language, morph
from digest.quotes.mentions import grammar

_WORD = re.compile(r"\w+")
_MIN_TURNS = 3
_OPENING_MARKS = "\"“„«»‚‘›‹'—–―-"
_SENTENCE_ENDS = ".!?…:;" + _OPENING_MARKS
# Quotation marks (not the apostrophe, which Ukrainian and French words hold: "Мар’яна", "l'État").
_QUOTATION = re.compile("[\"“”„«»‹›]")
# What ends a clause: a speech verb after it has another subject (`Wir tun, was wir können, sagt …`).
_CLAUSES = re.compile(r"[,;:.!?…—–]")
# A question, then one sentence of the interviewer's remark (`Почему ушли? Вы провели там шесть лет.`).
_ASKS_THEN_REMARKS = re.compile(r"[^?]+\?\s+[^?.!…]+[.!…]?")
# A speaker's label opening a turn: `SRF News: …`, `Claire Vasseur : …`.
_TURN_LABEL = re.compile(r"^((?:[^\W\d_][\w.’'-]*\s){0,2}[^\W\d_][\w.’'-]*)[ \u00a0\u202f]?:\s+")


def plain_answers(text: str, lang: Language | None, context: str = "") -> frozenset[int]:
    """Where each answer starts (its first character) in an interview printed as plain paragraphs.

    `context`: the page's headline and standfirst, which the text may not hold (a page's header is no
    part of its text): an interview whose text opens with its first question is one when that question
    addresses someone they name.

    From the first paragraph after the introduction that asks ("?" at its end, or before one sentence
    more), the paragraphs alternate between interviewer and interviewee to the end: three questions or
    more (two where the first addresses someone named before by title and name, by the surname of a full
    name, or by first name and patronymic, or where the first question and answer carry the two
    speakers' labels), at most one in four of the interviewer's turns a remark instead ("Viele sagen,
    …"), no answer asking or opening with a quotation mark or a dash, and the answers spoken in the
    first person (half of them at least) unless so addressed, which an explainer of questions and
    answers ("Was ändert sich? Ab Januar …") does not use; and in such an interview the answers that run on
    over a paragraph more or answer a remark (`_answers_run_on`). Empty when the text is no such interview."""
    if lang is None or not lang.first_person or "?" not in text:
        return frozenset()
    paragraphs: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        body = line.strip()
        if body:
            paragraphs.append((pos + len(line) - len(line.lstrip()), body))
        pos += len(line) + 1
    first = next((k for k, (_, p) in enumerate(paragraphs) if is_question(p)), None)
    if first is None or not (first or context):
        return frozenset()  # no question, or no introduction before it
    turns = paragraphs[first:]
    # the interview ends with the answer to its last question: a closing paragraph of narration and the
    # author's line after it are no turns
    last = max(k for k in range(0, len(turns), 2) if is_question(turns[k][1]))
    turns = turns[: last + 2]
    asks, answers = turns[0::2], turns[1::2]
    # Two questions do when the first addresses the interviewee by title and name (`Frau Wendel, …?`), and
    # then the answers need not speak in the first person.
    addressed = _addresses(asks[0][1], f"{context}\n{text[: asks[0][0]]}", lang)
    addressed = addressed or _labelled(asks[0][1], answers[:1])
    if not first and not addressed:
        return frozenset()
    least = _MIN_TURNS - 1 if addressed else _MIN_TURNS

    def holds(asks: list[tuple[int, str]], answers: list[tuple[int, str]]) -> bool:
        asked = sum(is_question(p) for _, p in asks)
        if len(answers) < least or asked < least or asked * 4 < len(asks) * 3:
            return False
        if any(is_question(p) or p[0] in _OPENING_MARKS for _, p in answers):
            return False
        return addressed or sum(_first_person(p, lang) for _, p in answers) * 2 >= len(answers)

    if answers and all(_TURN_LABEL.match(p) for _, p in answers):
        return frozenset()  # a transcript, every answer under its speaker's label: read as such
    # a paragraph of narration between two turns (someone else's words reported) breaks the alternation:
    # from there on the answers are the paragraphs right after each question
    rest = paragraphs[first:]
    pairs = [(q, a) for q, a in pairwise(rest) if is_question(q[1]) and not is_question(a[1])]
    paired = frozenset(a[0] for _, a in pairs)
    if not holds([q for q, _ in pairs], [a for _, a in pairs]):
        paired = frozenset()
    found = frozenset(start for start, _ in answers) | paired if holds(asks, answers) else paired
    return found | _answers_run_on(paragraphs[first:], found, lang) if found else found


def _answers_run_on(turns: list[tuple[int, str]], found: frozenset[int], lang: Language) -> frozenset[int]:
    """The answers that the turns' alternation misses in an interview found (`found`: the answers'
    starts; `turns`: the paragraphs from the first question): an answer that runs on over a paragraph
    more, and one given to a remark the interviewer makes instead of a question (`Die Stadt verweist auf
    neue Kitas.`, `Viele sagen, es sei zu spät.`): a short paragraph of narration, two sentences at most
    in the third person with no quotation. An answer that runs on is unquoted speech in the first person
    singular (`Das verstehe ich.`, ``_speaks``); a paragraph the alternation already gave the interviewer
    (the one before an answer found) is theirs, even in the first person (`Ich war gestern dort.`); a
    paragraph in the third person, quoting or reporting someone, is narration, and after the last
    question it ends the interview."""
    last = max(k for k, (_, p) in enumerate(turns) if is_question(p))
    out: set[int] = set()
    state = "asked"
    for k, (start, p) in enumerate(turns):
        if is_question(p) or (k + 1 < len(turns) and turns[k + 1][0] in found):
            state = "asked"
        elif state == "asked":
            state = "answered" if start in found else "narrated"
        elif state in ("answered", "remarked") and _speaks(p, lang):
            out.add(start)
            state = "answered"
        elif state in ("answered", "narrated") and _remark(p, lang):
            state = "remarked"
        elif k > last:
            break
        else:
            state = "narrated"
    return frozenset(out)


def _speaks(paragraph: str, lang: Language) -> bool:
    """The paragraph speaks in the first person singular (the language's `first_singular`: none where it
    has no such list), opens with no mark or dash, quotes nobody (`Ein Nachbar sagte mir: „…“`: the words
    quoted are the neighbour's) and reports nobody else's words (`_reports_another`); "we" alone may be the
    newsroom's (`Wir haben bei der Stadt angefragt.`)."""
    if paragraph[0] in _OPENING_MARKS or _QUOTATION.search(paragraph) or _reports_another(paragraph, lang):
        return False
    return any(w.lower() in lang.first_singular for w in _WORD.findall(paragraph))


def _reports_another(paragraph: str, lang: Language) -> bool:
    """A speech verb of the language whose subject is not the first person: none of the last three words of
    its clause before it (`ich habe gesagt`, `je ne dis pas`) nor the word right after it (`sage ich`) is a
    pronoun of the first person (`Wir tun, was wir können, sagt ihr Sprecher.`: someone else's words)."""
    cues = grammar(lang.code).cues
    for clause in _CLAUSES.split(paragraph):
        words = [w.lower() for w in _WORD.findall(clause)]
        for k, w in enumerate(words):
            subject = words[max(0, k - 3) : k] + words[k + 1 : k + 2]
            if w in cues and not any(v in lang.first_person for v in subject):
                return True
    return False


def _remark(paragraph: str, lang: Language) -> bool:
    """A short paragraph of narration: two sentences at most, no quotation, no first person."""
    sentences = len(re.findall(r"[.!…](?:\s|$)", paragraph.rstrip() + " "))
    return sentences <= 2 and not _QUOTATION.search(paragraph) and not _first_person(paragraph, lang)


def is_question(turn: str) -> bool:
    """An interviewer's turn asks: it ends with a question mark, or asks and then remarks in one sentence
    more (`Почему ушли из клуба? Вы провели там шесть лет.`, `What has changed? Conflict is not new.`)."""
    turn = turn.rstrip()
    return turn.endswith("?") or _ASKS_THEN_REMARKS.fullmatch(turn) is not None


def _first_person(paragraph: str, lang: Language) -> bool:
    """The paragraph speaks in the first person: a pronoun (`dizem-nos`: a pronoun that only a hyphen
    before it tells from a preposition), or where the subject is left out a verb of the first person
    plural ("Abbiamo un piano", "Hemos escrito")."""
    words = [(m.group(0), paragraph[: m.start()]) for m in _WORD.finditer(paragraph)]
    return any(
        w.lower() in lang.first_person or first_plural_verb(w, before, lang)
        or (w.lower() in lang.first_person_enclitics and before.endswith("-"))
        for w, before in words
    )


def first_plural_verb(word: str, before: str, lang: Language) -> bool:
    """`word`, written after the text `before`, is a verb of the first person plural where the subject
    is left out ("hemos", "preguntamos", "abbiamo"), as far as its ending and its place tell: a noun or an
    adjective of the same ending follows an article, a determiner or a preposition that is no object
    pronoun, relative or conjunction too ("los últimos", "dos próximos"; "la hemos visto", "que hemos
    hecho" are verbs), a name is capitalised where no sentence opens ("Ramos")."""
    if not lang.first_plural_endings or not word.lower().endswith(lang.first_plural_endings):
        return False
    words = _WORD.findall(before[-40:])
    nominal = lang.articles | lang.determiners | lang.phrase_breaks
    if words and words[-1].lower() in nominal - lang.clitics - lang.relatives - lang.conjunctions:
        return False
    return word[:1].islower() or not before.strip() or before.rstrip()[-1] in _SENTENCE_ENDS


def _labelled(question: str, answers: list[tuple[int, str]]) -> bool:
    """The first turns carry the interviewer's and the interviewee's labels, two different ones (`SRF News:
    …?` / `Reto Imboden: …`), before the interview goes on unlabelled."""
    asker = _TURN_LABEL.match(question)
    answerer = _TURN_LABEL.match(answers[0][1]) if answers else None
    return asker is not None and answerer is not None and asker.group(1) != answerer.group(1)


def _addresses(question: str, before: str, lang: Language) -> bool:
    """The question opens by addressing someone named before it, then a comma: a title alone, which needs
    no name before it (`Senatore, …?`, `Dottoressa, …?`), a courtesy title and the surname (`Frau Wendel,
    …?`), the surname alone of someone named in full before (`Morandi, …?`), or
    where names carry a patronymic the first name and the patronymic, the formal address of Russian and
    Ukrainian (`Ирина Сергеевна, …?`), which needs no name before it: the text may give it in another
    case (`с Ириной Котовой`)."""
    if "," not in question:
        return False
    words = _TURN_LABEL.sub("", question).split(",", 1)[0].split()  # past `SRF News: Herr Imboden, …?`
    if not 1 <= len(words) <= 2 or not words[-1][:1].isupper():
        return False
    name = re.escape(words[-1])
    code = lang.morphology
    if len(words) == 2 and code and words[0][:1].isupper() and morph.is_patronymic(code, words[1]):
        return True
    if len(words) == 1 and words[0].lower() in lang.titles:
        return True  # the title alone, the courteous address of the interviewee (`Senatore, …?`)
    if len(words) == 2:
        return words[0].lower() in lang.person_titles and re.search(rf"\b{name}\b", before) is not None
    return any(m.group(1)[:1].isupper() for m in re.finditer(rf"\b(\w+)\s+{name}\b", before))


def guest_named(context: str, text: str, is_first_name: Callable[[str], bool]) -> str | None:
    """The full name (a first name and a surname) that the page's headline or standfirst gives someone
    the text names by surname only (`Bürgermeisterin Ines Hartwig im Interview` for `Frau Hartwig, …?`)."""
    for m in re.finditer(r"(?=\b([^\W\d_]+)\s+([^\W\d_][\w'’-]*))", context):
        first, surname = m.groups()
        named = first[:1].isupper() and surname[:1].isupper() and is_first_name(first)
        if named and re.search(rf"\b{re.escape(surname)}\b", text):
            return f"{first} {surname}"
    return None
