"""A last check on every speaker the attribution rules return, in every language.

A speaker is a person's name, an organisation's name or a role the article names nobody for; it is
never a pronoun or demonstrative ("Celle-ci"), a capitalised verb or common word that is never
written as a name elsewhere in the text ("Sarà"), a place ("Campo Grande", "Vale dos Vinhedos"), a
role phrase with an article or possessive ("suo difensore", "il ct."), or a body's name cut short
("Région" of "la Région Bretagne"). A rejected answer falls back to what the grammar gives: the
name the role stands beside or the subject of the sentence before, the body's full name, an
abbreviation's expansion, a surname's full name, or None.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

import regex as re

from digest.lang.names import is_first_name, towns, zipf
from digest.quotes.document import Document, initials_fit, name_of
from digest.quotes.phrases import issuing_body, sentence_subject

# A word of a name: capitalised, letters, inner hyphens or apostrophes ("Yann-Ber", "d'Occitanie").
_CAP = r"\p{Lu}[\w'’-]*"
# How common a capitalised word must be to need proof, elsewhere in the text, that it is a name
# (when the text writes it in lower case too, or it is as common as `_VERY_COMMON`).
_COMMON = 3.5
# A first name this common in the language is first a word ("Sarà", "Will").
_VERY_COMMON = 5.0
# The most words a body's full name runs to ("Ordre des pharmaciens d'Occitanie").
_LONGEST = 6


def _is_pronoun(doc: Document, word: str) -> bool:
    """"Questo", "Elle", "Elle-même": a pronoun or demonstrative, not a name."""
    lang = doc.lang
    return word.lower().split("-")[0] in set(lang.pronouns) | lang.other_pronouns | lang.demonstratives


def _frequency(word: str, language: str) -> float:
    """How common a word is; a hyphenated one ("Celle-ci") as common as its rarest part."""
    return min(zipf(part, language) for part in word.split("-") if part) if word.strip("-") else 0.0


def _written_as_name(doc: Document, word: str) -> bool:
    """Whether `word` is capitalised somewhere in the text where a sentence does not begin, or after an
    article ("L'Ordre des pharmaciens …": a common noun would be written in lower case there)."""
    articles = doc.lang.articles
    titles = doc.lang.titles | doc.lang.person_titles | doc.lang.abbreviations
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", doc.text):
        elided = re.search(r"(\w+)['’]$", doc.text[max(0, m.start() - 4) : m.start()])
        if elided and f"{elided.group(1).lower()}'" in articles | {a.replace("’", "'") for a in articles}:
            return True
        if doc.text[m.start() - 1 : m.start()] in ("'", "’"):
            continue
        i = m.start() - 1
        while i >= 0 and doc.text[i] in " \t\u00a0\"“‘„«»(—–-":
            i -= 1
        if i >= 0 and doc.text[i] not in ".!?\n:…" and not doc.text[i].isdigit():
            return True
        before = doc.text[max(0, i - 12) : i + 1].split()
        if before and before[-1].lower() in titles:
            return True  # "Ms. O'Neill"
    return False


def load() -> None:
    """Read the town list now rather than on the first speaker that needs it."""
    towns()


def _is_place(doc: Document, name: str) -> bool:
    """A name of two words or more opened by a place word ("São Bento") or a town's ("Campo Grande").
    One word is too often a person's name ("Florence", "Jordan"), and a country or a state speaks
    for its government ("Japan branded …")."""
    return " " in name and (name.split()[0].lower() in doc.lang.place_prefixes or name in towns())


def _title_case(doc: Document, pos: int) -> bool:
    """Whether the line at `pos` is a headline in title case: most of its words capitalised."""
    lo = doc.masked.rfind("\n", 0, pos) + 1
    hi = doc.masked.find("\n", pos)
    words = [w for w in doc.masked[lo : hi if hi >= 0 else None].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) > 0.6 * len(words)


@lru_cache(maxsize=64)
def _joins(connectors: frozenset[str]) -> str:
    """The alternation of short connectors inside a name (`de`, `des`, `d'`), longest first, each with
    the space after it unless it ends in an apostrophe (`d'Occitanie`)."""
    ordered = sorted(connectors, key=len, reverse=True)
    return "|".join(re.escape(c) if c[-1] in "'’" else rf"{re.escape(c)}\s+" for c in ordered)


def _full_body(doc: Document, word: str) -> str | None:
    """`la Région Bretagne`, `L'Ordre des pharmaciens d'Occitanie`: the longest name in the text that
    `word` opens, capitalised words or lower-case connectors up to a capitalised word, outside headlines."""
    best: str | None = None
    of = "(?:" + _joins(doc.lang.name_connectors) + ")"
    link = rf"(?:{of}?{_CAP}|{of}\p{{Ll}}+\s+{of}{_CAP})"  # not "Geschäftsführung in Stuttgart"
    pattern = rf"(?<![\w-]){re.escape(word)}((?:\s+{link})+)"
    for m in re.finditer(pattern, doc.masked):
        found = (word + m.group(1)).strip()
        if len(found.split()) > _LONGEST or _title_case(doc, m.start()):
            continue  # a headline in title case ("Obama Says …"), not a name
        if best is None or len(found) > len(best):
            best = found
    return best


def _clipped_body(doc: Document, word: str) -> str | None:
    """`Westmoor Rail` then `WesRail`: a body's short name made of the openings of its name's words, each
    kept with its capital, is the one name of the text whose words in a row open so."""
    parts = re.findall(r"[A-Z][a-z]+", word)
    if len(parts) < 2 or "".join(parts) != word:
        return None
    pattern = r"\s+".join(rf"{p}[\w'’-]*" for p in parts)
    found = {m.group(0) for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", doc.masked)} - {word}
    found = {f for f in found if not is_first_name(f.split()[0])}  # not a person (`Cal Mackie`)
    return found.pop() if len(found) == 1 else None


def _acronym_body(doc: Document, acronym: str) -> str | None:
    """`(ARS) Occitanie`: an abbreviation written once with the one word (no first name, no
    title) that names which of its kind it is."""
    titles = doc.lang.titles | doc.lang.person_titles
    pattern = rf"(?<![\w-]){re.escape(acronym)}\)?\s+({_CAP})(?![\w'’-]|\s+{_CAP})"
    found = {
        m.group(1)
        for m in re.finditer(pattern, doc.masked)
        if not is_first_name(m.group(1)) and m.group(1).lower().rstrip(".") not in titles
    }
    return f"{acronym} {found.pop()}" if len(found) == 1 else None


@lru_cache(maxsize=256)
def _spelling_out(letters: str, joins: frozenset[str], after: str = "") -> re.Pattern:
    """A run of words whose initials are `letters`, the first capitalised (or in lower case right after
    one of the alternatives `after`), short connectors between; a letter may open a part of a hyphenated
    word (`Westfalen-Lippe` for WL, `sapeurs-pompiers` for SP)."""
    join = _joins(joins)
    gap = rf"\s+(?:{join})?" if join else r"\s+"
    nxt = "".join(rf"(?:[\w'’]*-|[\w'’-]*{gap})(?i:{ch})" for ch in letters[1:])
    first = rf"(?<=(?<![\w-])(?i:{after})){letters[0].lower()}" if after else rf"(?<![\w-]){letters[0]}"
    return re.compile(rf"{first}{nxt}[\w'’-]*(?![\w-])")


def _spelled_out_in_text(doc: Document, acronym: str) -> str | None:
    """`La Polícia Judiciária deteve …` then `refere a PJ`, `l'Office national des forêts` then `l'ONF`:
    an abbreviation never bracketed is the one name in the text whose words (past short connectors)
    begin with its letters. It searches the whole text, so it is stricter than
    `document.initials_fit`, which judges a name the text pairs with the abbreviation (bracketed after
    it): here every letter opens a word or a hyphenated part, and no other word may stand between."""
    if not 2 <= len(acronym) <= 6 or not acronym.isalpha():
        return None
    joins = doc.lang.name_connectors | doc.lang.articles | doc.lang.body_connectors  # `Bank of England`
    found = {
        m.group(0) for m in _spelling_out(acronym, frozenset(joins)).finditer(doc.masked)
        if not _title_case(doc, m.start())  # a headline in title case
    }
    # not a person's initials (`AP` of "Ann Peters")
    found = {f for f in found if f != acronym and not is_first_name(f.split()[0])}
    if not found and len(acronym) >= 3 and doc.lang.adjective_endings:
        # `la brigade des sapeurs-pompiers de Paris` then `la BSPP`: where bodies' names are written in
        # sentence case, one may stand all in lower case after its definite article
        articles = _joins(doc.lang.definite_articles)
        pattern = _spelling_out(acronym, frozenset(joins), articles)
        found = {m.group(0) for m in pattern.finditer(doc.masked)}
    return found.pop() if len(found) == 1 else None


# A run of words inside one clause, for `_named_before`.
_CLAUSE_WORDS = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+)*")


def _named_before(doc: Document, word: str) -> str | None:
    """`l'Agence nationale de l'habitat` then `l'Anah`, `o Departamento Estadual de Trânsito` then `o Detran`:
    where a body's name opens with its head noun, its abbreviation (capitals, or a capital and lower case
    as Romance news writes a pronounceable one) takes the body's article, as a name does not, and stands
    for the name written earlier in the text, in sentence case too, whose words spell it as
    `document.initials_fit` reads a bracketed name: the shortest run of words in one clause, from a
    capitalised word up to the word of its last letter (or the next word past any connector, when that
    opens with the letter: `Amat`, Agenzia mobilità ambiente territorio), with at most one word that
    gives no letter."""
    lang = doc.lang
    if not lang.head_first or lang.morphology or not 3 <= len(word) <= 6 or is_first_name(word):
        return None
    articles = _joins(lang.definite_articles | lang.article_contractions)
    first = re.search(rf"(?i:(?<![\w-])(?:{articles}))\s*{re.escape(word)}(?![\w-])", doc.masked)
    if first is None:
        return None
    skip = lang.name_connectors | lang.articles | lang.conjunctions | lang.stopwords

    def linking(w: str) -> bool:  # `de`, `l` of an elided `l'`
        return w.lower() in skip or f"{w.lower()}'" in skip

    found = set()
    for clause in _CLAUSE_WORDS.finditer(doc.masked, 0, first.start()):
        if _title_case(doc, clause.start()):
            continue
        words = list(re.finditer(r"[\w-]+", clause.group(0)))
        for i, w in enumerate(words):
            if w.group(0)[0] != word[0].upper() or linking(w.group(0)):
                continue
            for k in range(i + 1, min(i + _LONGEST + 3, len(words) + 1)):
                run = clause.group(0)[w.start() : words[k - 1].end()]
                if linking(words[k - 1].group(0)) or not initials_fit(word, run):
                    continue
                j = k
                while j < len(words) - 1 and linking(words[j].group(0)):
                    j += 1  # `Loterías y Apuestas del Estado`: past a connector
                if j < len(words) and words[j].group(0)[0].lower() == word[-1].lower():
                    run = clause.group(0)[w.start() : words[j].end()]  # its last letter opens a word
                if k - i > 1 and sum(not linking(v.group(0)) for v in words[i:k]) <= len(word) + 1:
                    found.add(run)  # not `Flai-Cgil`, one word that spells it alone
                break
    return found.pop() if len(found) == 1 else None


def _run_on(doc: Document, name: str, acronym: str) -> str:
    """`l'ARS` after `l'agence régionale de santé de Haute-Vienne` or `l'Agence régionale de santé (ARS)
    de Haute-Vienne`: where a body's name opens with its head noun, the abbreviation spelled by
    its first words stands for the whole name, the place it serves after a connector too."""
    if not doc.lang.head_first:
        return name
    of = "(?:" + _joins(doc.lang.name_connectors) + ")+"
    pattern = (
        rf"(?<![\w-]){re.escape(name)}(?:\s*\({re.escape(acronym)}\))?((?:\s+{of}{_CAP}(?:\s+{_CAP})*)+)"
        rf"(?![\w'’-])"
    )
    people = [  # a person's name, opened by a first name, not a place's taken for one
        p.start for p in doc.mentions
        if p.kind == "person" and is_first_name(p.name.split()[0]) and not _is_place(doc, p.name)
    ]
    found = {
        name + m.group(1)
        for m in re.finditer(pattern, doc.masked)
        if not _title_case(doc, m.start())  # `l'agence régionale de santé de Jean Martin`: whose, not where
        and not any(m.start(1) < start < m.end(1) for start in people)
    }
    return found.pop() if len(found) == 1 else name


def _abbreviated_body(doc: Document, word: str) -> str | None:
    """`die Kantonspolizei Aargau` then `teilte die Kapo mit`, `die Handball-Bundesliga` then `von der
    HBL`: German gives a body's abbreviation, in capitals or written as a word, the article of the body's
    noun, as it never does a person's name. The abbreviation then stands for the one body named in the
    text whose words, or the parts of its compounds, open with its letters (`document.initials_fit`)."""
    lang = doc.lang
    if not lang.capitalised_nouns or is_first_name(word):
        return None
    articles = "|".join(re.escape(a) for a in sorted(lang.definite_articles | lang.article_contractions))
    if not re.search(rf"(?i:(?<![\w-])(?:{articles}))\s+{re.escape(word)}(?![\w-])", doc.masked):
        return None
    found = {
        name_of(doc, m) for m in doc.mentions
        if m.kind != "person" and re.search(r"[\s-]", m.name) and initials_fit(word, m.name)
    }
    return found.pop() if len(found) == 1 else None


def _title_bearer(doc: Document, title: str, pos: int) -> str | None:
    """`Senior Investigating Officer Ann Lee … the SIO said`: an abbreviation whose words the text wrote
    before `pos` as a title right before one person's full name (a role: no body's noun ends it) stands for
    that person."""
    if title.split()[-1].lower() in doc.lang.org_words | doc.lang.generic_bodies:
        return None
    found = set()
    for m in re.finditer(rf"(?<![\w-]){re.escape(title)}\s+", doc.masked[:pos]):
        # the name after it (the title's words may open the same run: `Investigating Officer Ann Lee`)
        run = next((x for x in doc.mentions if x.start <= m.end() < x.end and x.kind != "place"), None)
        words = doc.text[m.end() : run.end].split() if run else []
        if len(words) >= 2 and is_first_name(words[0]) and not run.possessive:
            found.add(doc.canonical(" ".join(words)))
    return found.pop() if len(found) == 1 else None


def _with_first_name(doc: Document, surname: str) -> str | None:
    """`Kevin Tierney BL` then `Mr Tierney`: the surname with the first name given before it once."""
    titles = doc.lang.titles | doc.lang.person_titles
    found = {
        m.group(1)
        for m in re.finditer(rf"({_CAP})\s+{re.escape(surname)}(?![\w-])", doc.masked)
        if is_first_name(m.group(1)) and m.group(1).lower() not in titles
        and _frequency(m.group(1), doc.lang.code) < _VERY_COMMON  # not "Сам", not "Prince"
    }
    return f"{found.pop()} {surname}" if len(found) == 1 else None


def _role_referent(doc: Document, role: str, pos: int) -> str | None:
    """What a role phrase in lower case stands for: the name beside it
    (`ha dichiarato il suo difensore, l'avvocata Valentina Orsini`); else, for a possessive role or a
    short one (`suo difensore`, `il ct.`), the subject of the sentence before (`Il ct. azzurro, Luca
    Pellegrini, era …`) if it passes the check; else the role as it stands."""
    at = doc.masked.rfind(role, 0, pos + 400)
    if at < 0:
        return None
    lo, hi = doc.sentence_of(at)
    for m in doc.mentions_in(at + len(role), hi):
        # the name beside the role, not one after a preposition (`a statement to Rolling Stone`)
        beside = m.start - (at + len(role)) < 40 and not doc._after_preposition(m.start)
        if m.kind == "person" and " " in m.name and beside:
            return name_of(doc, m)
    lang = doc.lang
    if not (role.endswith(".") or any(w.lower() in lang.possessives - lang.articles for w in role.split())):
        # "la directora del albergue", "le ministère de l'Intérieur": described, kept
        return _bench(doc, role, at) or role
    p_lo, p_hi = doc.sentence_before(lo)
    subject = sentence_subject(doc, p_lo, p_hi) if p_hi <= lo else None
    referent = checked(doc, subject, p_lo) if subject and subject != role else None
    return referent or role


def _bench(doc: Document, role: str, pos: int) -> str | None:
    """`écrivent les magistrats`, `scrivono i giudici`: the bench of a court, with a definite article and no
    name, speaks for the court (or office) of its kind named before `pos`, written as a court's name: in
    capitals (`la Cour de cassation`) or its noun with an adjective (`le tribunal correctionnel de Brest`),
    not a room or yard of the same word (`la cour de l'école`, `la corte del castello`). Not a bench member
    the text names anywhere before (`le juge Paul Mazuret`), nor one brought in anew (`un juge`), nor judges
    speaking for themselves in the first person (`« Nous manquons de greffiers », disent les juges`)."""
    lang = doc.lang
    words = role.lower().split()
    opened = len(words) > 1 and words[0] in lang.articles - lang.unnamed_openers
    if not opened or words[1] not in lang.bench_nouns or _first_person_before(doc, pos):
        return None
    for m in doc.mentions_in(0, pos):
        near = doc.tokens_in(max(0, m.start - 40), m.start)[-3:] + doc.tokens_in(m.end, m.end + 40)[:3]
        if m.kind == "person" and any(t.low in lang.bench_nouns for t in near):
            return None
    court = issuing_body(doc, lang.bench_nouns[words[1]], pos)
    named = court.split() if court else []
    if not named or named[0][:1].isupper():
        return court
    qualified = len(named) > 1 and named[1].isalpha() and named[1].islower()
    return court if qualified and named[1] not in lang.name_connectors | lang.articles else None


def _first_person_before(doc: Document, pos: int) -> bool:
    """Whether the quotation the incise at `pos` closes speaks in the first person (`nous`, `podemos`)."""
    lang = doc.lang
    lo, _ = doc.sentence_of(pos)
    said = re.findall(r"\w+", doc.text[max(0, lo - 300) : pos].lower())
    said = said[-40:]
    return any(w in lang.first_person or (lang.first_plural_endings and w.endswith(lang.first_plural_endings))
               for w in said)


def _trimmed(doc: Document, words: list[str]) -> str | None:
    """`Deren Sprecherin Anna Vogt`, `Villa Gesell Horacio Benavídez`: a function word opening the run
    (and the role after it), or a town, is no part of the full name that follows; `Fundação Getulio
    Vargas`, a body named after a person, stays."""
    lang = doc.lang
    function_words = lang.stopwords | lang.relatives | lang.determiners | lang.demonstratives
    for i in range(1, len(words) - 1):
        if is_first_name(words[i]):
            glued = words[:i]
            # "Deren" (Zipf 5.4) is a function word missing from the list; a common word and a role
            # before a name are that too, but not the one word of "Instituto Oswaldo Cruz".
            common = len(glued) > 1 and _frequency(glued[0], lang.code) >= _VERY_COMMON
            opened = glued[0].lower() in function_words or common or _is_place(doc, " ".join(glued))
            return " ".join(words[i:]) if opened and all(w[:1].isupper() for w in glued) else None
    return None


def _nominal(doc: Document, word: str) -> bool:
    """A lower-case word that may open a speaker's noun phrase: an article (also elided, "l'élu"), a
    determiner, a role, a body's or a source's noun."""
    lang = doc.lang
    low = word.lower()
    head = re.sub(r"^[^\W\d_]{1,4}['’]", "", low)
    nouns = lang.titles | lang.org_words | lang.generic_bodies | lang.spokes_nouns | lang.source_nouns
    return low in lang.articles | lang.determiners | lang.demonstratives or head != low or head in nouns


def checked(doc: Document, speaker: str | None, pos: int) -> str | None:
    """`speaker` as the rules gave it for the quote at `pos`, if it passes; else the grammar's fallback."""
    if not speaker:
        return speaker
    words = speaker.split()
    lang = doc.lang
    first = words[0]
    lower = not any(ch.isupper() for ch in speaker)
    # `La sua è una storia comune: «…»`: a possessive pronoun, no noun, opening the sentence
    openers = lang.articles | lang.possessives | lang.determiners
    if len(words) > 1 and all(w.lower() in openers for w in words):
        lo, _ = doc.sentence_of(pos)  # its owner is the one the sentence before is about
        subject = sentence_subject(doc, *doc.sentence_before(lo)) if lo else None
        return subject if subject and doc.is_person(subject) else None
    if lower and first.lower() in openers:
        return _role_referent(doc, speaker, pos)  # "il suo difensore", not "le parquet de Bobigny"
    # `«…», establece la sentencia` gave "establece", `„…“ gegeben, sagte …` "gegeben": a verb, no speaker
    # (a German body's name may open with its adjective: "bayerische Kultusministerium")
    head_first = lang.head_first or (lang.capitalised_nouns and len(words) == 1)
    if first[:1].islower() and head_first and not lang.morphology and not _nominal(doc, first):
        return None
    verbs = lang.finite_verbs | lang.auxiliaries
    if lang.head_first and not lang.morphology and any(w in verbs for w in words[1:]):
        return None  # "Le tribunal a condamné": a clause, no speaker
    if len(words) == 1:
        word = speaker.rstrip(".")
        if _is_pronoun(doc, word):
            return None
        if word.isupper() and len(word) > 1:
            body = None if lang.morphology else _acronym_body(doc, word)  # not "МВД Известиям" (dative)
            defined = doc.acronyms.get(word) or doc.expansion(word)
            spelled = _spelled_out_in_text(doc, word) or _abbreviated_body(doc, word)
            full = defined or body or spelled or _named_before(doc, word)
            return (_title_bearer(doc, full, pos) or _run_on(doc, full, word)) if full else speaker
        frequency = _frequency(word, lang.code)  # "Sarà" is a verb, though "Sara" is a first name
        common = frequency >= _COMMON and (not is_first_name(word) or frequency >= _VERY_COMMON)
        # German "Feuerwehr" is a noun and may speak; "Кремль" is written inflected elsewhere.
        # "Fisher, a Republican, …" is a person the rules know; "Celle-ci" (Zipf 5.5) is no person.
        person = frequency < _VERY_COMMON and doc.is_person(word)
        if common and not (lang.capitalised_nouns or lang.morphology or person):
            lowered = re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", doc.text)
            if (frequency >= _VERY_COMMON or lowered) and not _written_as_name(doc, word):
                return None  # "Sarà processato …": a verb; a word the text also writes in lower case
            return _full_body(doc, word) or speaker
        apposed = _apposed_to_kind(doc, word) if lang.capitalised_nouns and not person else None
        if apposed:
            return apposed
        full = doc.canonical(word)
        if full != word and doc.is_person(word):
            return speaker  # `Mr. Lane` after `Ann Lane` only: a man the text names by his surname
        if full != word:
            return checked(doc, full, pos)
        surname = _with_first_name(doc, word)
        if surname is None and not doc.is_person(word):
            body = _abbreviated_body(doc, word) or _clipped_body(doc, word) or _named_before(doc, word)
            if body:
                return body
        # "Xunta" of "la Xunta de Galicia" where a body's head noun comes first; not "Peabody Energy"
        # (a company's short name), nor "Мінекономіки ЕП" (an outlet named after it).
        if surname or is_first_name(word) or lang.morphology or not lang.head_first:
            return surname or speaker
        return _full_body(doc, word) or speaker
    if len(words) == 2 and first.lower() in lang.definite_articles:
        body = _abbreviated_body(doc, words[1])  # "die Kapo" as a role noun with its article
        if body:
            return body
    if len(words) > 2 and first.isupper() and words[1].lower() in lang.name_connectors:
        # `a ULS de Leiria` after `a Unidade Local de Saúde de Leiria`
        full = _named_before(doc, first)
        rest = speaker[len(first) :]
        if full and re.search(rf"(?<![\w-]){re.escape(full + rest)}(?![\w-])", doc.masked):
            return full + rest
    if _is_place(doc, speaker) and not is_first_name(first):
        return None  # "Campo Grande", not "Florence Bell"
    if len(words) > 2 and is_first_name(first) and words[-1].isupper() and 2 <= len(words[-1]) <= 4:
        return " ".join(words[:-1])  # "Aidan Keogh SC": letters after a name are no part of it
    return _trimmed(doc, words) or _fuller_name(doc, speaker) or speaker


def _apposed_to_kind(doc: Document, noun: str) -> str | None:
    """German `Das Bauunternehmen, die Wernheimer Tiefbau GmbH, …`: a noun of a body's kind (or a compound
    ending in one) written with its definite article, then the body's name in apposition between commas
    with its own article, is that body, there and where the noun names it again. One such name only."""
    lang = doc.lang
    low = noun.lower()
    if not any(low.endswith(kind) for kind in lang.generic_bodies | lang.org_words):
        return None
    articles = "|".join(sorted(lang.definite_articles, key=len, reverse=True))
    pattern = (
        rf"(?<![\w-])(?i:{articles})\s+{re.escape(noun)},\s+(?i:{articles})\s+({_CAP}(?:\s+{_CAP}){{0,4}}),"
    )
    found = {m.group(1) for m in re.finditer(pattern, doc.masked)}
    # a name, not a person's, nor one more common noun (`das Unternehmen, die Firma des Gründers,`)
    found = {
        f for f in found
        if not is_first_name(f.split()[0]) and not doc.is_person(f)
        and (" " in f or _frequency(f.lower(), lang.code) < _COMMON)
    }
    return found.pop() if len(found) == 1 else None


def _fuller_name(doc: Document, speaker: str) -> str | None:
    """`a Defesa Civil` after `a Defesa Civil do Recife`: a body's name opened by a common noun, named in
    full once, is that full name (the one longer name in the text that it opens)."""
    lang = doc.lang
    first = speaker.split()[0]
    if not (lang.morphology or lang.head_first or lang.capitalised_nouns):
        return _modified_name(doc, speaker)
    if lang.morphology or not lang.head_first or is_first_name(first):
        return None
    if _frequency(first, lang.code) < _COMMON:
        return _complemented_name(doc, speaker)
    of = "(?:" + _joins(lang.name_connectors) + ")"
    # `de Belo Horizonte`: a name of several words after the connector
    pattern = rf"(?<![\w-]){re.escape(speaker)}((?:\s+{of}{_CAP}(?:\s+{_CAP})*)+)(?![\w'’-])"
    found = {
        speaker + m.group(1) for m in re.finditer(pattern, doc.masked)
        if len(m.group(0).split()) <= _LONGEST and not _title_case(doc, m.start())
    }
    if len(found) == 1:
        return found.pop()
    if found:
        return None  # two longer names: which one?
    return _complemented_name(doc, speaker)


def _complemented_name(doc: Document, speaker: str) -> str | None:
    """`Liga regional` of `la Liga regional de Apicultores del Norte`: a body's name the rules cut before
    its complement (an adjective, a preposition and its noun: `Document.sentence_case_end`) is the fuller
    name the text writes, when that complement holds only function words and capitalised words up to a
    capitalised end, or the text writes it alike at each mention (`Union nationale des
    éleveurs-sélectionneurs`).
    A person's name takes no complement (`dijo Ana Ruiz de la asociación de vecinos`), nor does a body
    where a lower-case place or unit says where it acts (`la Guardia Rural de la comarca de X`, `a Defesa
    Civil do município`). Two different fuller names (two branches of one body) leave it as it is."""
    lang = doc.lang
    said = speaker.split()
    common = any(_frequency(w.lower(), lang.code) >= _COMMON for w in said)  # `Nacional`: a body's word
    if is_first_name(said[0]) or (doc.is_person(speaker) and not common):
        return None
    connectors = lang.name_connectors | lang.articles
    linking = connectors | lang.field_prepositions | lang.body_connectors | lang.body_conjunctions
    joins = linking | lang.inner_prepositions  # `para la Gestión del Agua`: the purpose the name says
    found: set[str] = set()
    runs: list[list[str]] = []
    for m in re.finditer(rf"(?<![\w-]){re.escape(speaker)}(?=\s)", doc.masked):
        if _title_case(doc, m.start()):
            continue
        last = doc.tokens_in(m.start(), m.end())[-1]
        words = doc.masked[m.end() : doc.sentence_case_end(doc.token_index(last) + 1, m.end())].split()
        words = list(itertools.takewhile(lambda w: w not in lang.place_nouns, words))
        runs.append(words)
        capitals = [bool(re.search(r"(?:^|['’])\p{Lu}", w)) for w in words]
        capital = max((i for i, c in enumerate(capitals) if c), default=-1)
        named = all(c or w.lower() in joins for w, c in zip(words[:capital], capitals, strict=False))
        if capital >= 0 and named:
            found.add(" ".join(words[: capital + 1]))
    if len(runs) >= 2:
        shared = list(itertools.takewhile(lambda ws: len(set(ws)) == 1, zip(*runs, strict=False)))
        words = [ws[0] for ws in shared]
        while words and words[-1].lower() in connectors:
            words.pop()
        if words:
            found.add(" ".join(words))
    longest = max(found, key=len, default="")
    plain = [w for w in [*said[1:], *longest.split()] if w.islower() and w not in linking]
    if not (longest and plain):
        return None  # `el Museo Nacional de Arte de Lindora`: a proper name needs no place to say which
    if any(not f"{longest} ".startswith(f"{f} ") for f in found):
        return None  # two different names: which one?
    return f"{speaker} {longest}"


def _modified_name(doc: Document, speaker: str) -> str | None:
    """`the Coast Guard` after `the Caribbean Coast Guard`: where a body's name ends in its head noun
    (English), the name without the words that said which one is the one body named in full whose name
    ends so."""
    words = speaker.split()
    if len(words) < 2 or is_first_name(words[0]) or words[-1].lower() not in doc.lang.org_words:
        return None
    found = {m.name for m in doc.mentions if m.kind != "person" and m.name.endswith(" " + speaker)}
    return found.pop() if len(found) == 1 else None
