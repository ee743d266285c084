"""Who said a quote: speech cues ("X said", "said X", "according to X", "X told Y"), appositions,
titles, pronouns resolved to whoever spoke last or else the person last named as a subject (of the
pronoun's gender; a name after a preposition, or one that only describes a noun, is passed over, and
an organisation is never "he" or "she"), surnames expanded to the full name given earlier.

Rule based and fast. Every word list comes from the article's language (`digest.lang`): speech
verbs, "according to" phrases, pronouns, titles, articles. Grammar shared by many languages is
handled here: the subject after an inverted verb, reporting clauses inside a quotation, subjects
left out (pro-drop), epithets ("l'éleveur"), a spokesperson speaking for an organisation; Russian
and Ukrainian names are put in their base form (`digest.lang.morph`), first names and common words
told apart with `digest.lang.names`. Works on a copy of the text whose quoted passages are masked, so
that words inside quotes never look like speakers or cue verbs.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Container, Sequence
from functools import lru_cache

from digest.lang import Language, morph
from digest.lang.names import PLACES, first_name_gender, is_first_name, zipf
from digest.quotes.document import ONE_OF, Document, is_adverb, name_of, without_kind
from digest.quotes.guard import checked
from digest.quotes.interview import guest_named
from digest.quotes.mentions import (
    ELIDED,
    GLUED,
    MASK,
    PHRASE_END,
    Mention,
    QuoteSpan,
    Token,
    is_agent_noun,
    is_body_noun,
    is_participle,
    is_past_participle,
    is_title_word,
)
from digest.quotes.phrases import (
    AFTER_LEAD,
    DASH_NAME,
    according_end,
    apposition_head,
    bare_length,
    body_in,
    body_named,
    body_of_kind,
    body_subject,
    capitalised_title,
    clause_start,
    common_noun_opens,
    completed_role,
    described_head,
    described_name,
    epithet,
    holds_office,
    in_relative_clause,
    incise_gender,
    introduced_unnamed,
    inverted_indefinite,
    is_indefinite,
    kin_named,
    medium_length,
    name_before_complement,
    named_after_comma,
    named_body,
    names_nobody,
    names_person,
    opening_participle_clause_end,
    other_than_complement,
    paraphrased_office,
    person_noun,
    person_spoken_for,
    plural_article,
    plural_pronoun,
    role_holder_of_body,
    role_of,
    role_of_person,
    sentence_subject,
    source_body,
    source_inside,
    speech_cues,
    spokesperson,
    statement_source,
    strip_adverbs,
    title_holder,
    unnamed_epithet,
    unnamed_head,
    unnamed_since,
    until_break,
    verb_then_name,
    words_from,
    words_owner,
    written_beside,
)


def _office(doc: Document, toks: list[Token]) -> str | None:
    """`The United Nations High Commissioner for Human Rights`, `the Minister for Foreign Affairs`: an
    office named by a capitalised title and its capitalised complement speaks as a whole, no person
    named in it (not "Human Rights")."""
    caps = [t for t in toks if t.cap]
    people = [m for m in doc.mentions_in(toks[0].start, toks[-1].end) if m.kind == "person"]
    if len(caps) < 3 or any(is_first_name(m.name.split()[0]) for m in people):
        return None
    first = toks.index(caps[0])
    while first < len(toks) - 1 and toks[first].low in doc.lang.articles:
        first += 1  # `The United Nations …`: the name without its article
    joins = doc.lang.name_connectors | {"and", "of", "the"}
    for k in range(first + 1, len(toks) - 1):
        title = toks[k - 1].cap and is_title_word(doc.g, toks[k - 1].text)
        body = toks[k - 1].cap and toks[k - 1].low in doc.g.org_words  # `the Centre for Economic …`
        if toks[k].low not in {"for", "of"} or not (title or body):
            continue
        if not all(t.cap or t.low in joins for t in toks[k + 1 :]):
            continue
        if all(t.cap for t in toks[first:k]):
            return doc.text[toks[first].start : toks[-1].end]
        if body:
            start = k - 1
            while start > first and toks[start - 1].cap:
                start -= 1
            return doc.text[toks[start].start : toks[-1].end]  # `a study by the Centre for …`: the body
    return None


def _document_of(doc: Document, toks: list[Token]) -> str | None:
    """`A statement from the Harbor Authority`, `the letter by Ann Lee`, `the Harbor Authority's statement`,
    `el comunicado de la Federación`, `la lettera del Comitato`: whoever the document is from speaks."""
    lang = doc.lang
    if doc.lang.morphology or not lang.statement_nouns:
        return None
    nouns = [i for i, t in enumerate(toks[:4]) if t.low in lang.statement_nouns and not t.cap]
    if not nouns:
        return None
    i = nouns[0]
    # (`of` in English; the prepositions of a genitive in fr, es, it, pt: `de`, `del`, `della`, `du`, `do`)
    genitive = lang.phrase_breaks & lang.name_connectors if lang.head_first else frozenset()
    genitive = frozenset({"from", "by", "of"}) | (genitive if _document_says(doc, toks) else frozenset())
    if i + 1 < len(toks) and toks[i + 1].low in genitive:
        named = doc.mentions_in(toks[i + 1].end, toks[-1].end)
        if named and named[0].kind != "place" and not named[0].possessive:
            return name_of(doc, named[0])
    owner = doc.mentions_in(toks[0].start, toks[i].start)
    if owner and owner[-1].possessive and i == len(toks) - 1:
        return name_of(doc, owner[-1])
    if i == 1 == len(toks) - 1 and toks[0].low in lang.definite_articles:
        return _issuer_before(doc, toks[0].start)  # `X said in a statement … “…,” the statement said.`
    return None


def _document_says(doc: Document, toks: list[Token]) -> bool:
    """Whether the document phrase `toks` is the subject of a statement verb that governs the quote: the
    verb right before it (`señala el comunicado de la Consejería`) or right after it, followed by "que",
    a colon or the quote (`El informe de la Federación concluye que «…»`); not when a verb or a comma
    inside the phrase brings in another speaker (`fue criticado por X, que dijo`, `respondía a X, que
    había dicho`), nor a verb that takes no quote (`fue criticado por X`)."""
    cues = doc.g.cues
    if any(t.text == "," or t.low in cues for t in toks):
        return False
    before = doc.tokens_in(max(0, toks[0].start - 40), toks[0].start)
    if before and before[-1].low in cues:
        return True
    after = doc.tokens_in(toks[-1].end, min(len(doc.text), toks[-1].end + 80))[:2]
    if len(after) < 2 or after[0].low not in cues:
        return False
    mark = not after[1].text[:1].isalnum() and after[1].text != ","  # a quotation mark or a colon
    return mark or MASK in doc.masked[after[0].end : after[1].end] or after[1].low in doc.lang.relatives


def _issuer_before(doc: Document, pos: int) -> str | None:
    """Whoever spoke, or else the subject, in the sentence before `pos`'s: the author of "the statement"."""
    p_lo, p_hi = doc.sentence_before(doc.sentence_of(pos)[0])
    lead = doc.tokens_in(p_lo, p_hi)[:2]
    if p_hi > pos or not lead or any(MASK in t.text for t in lead):
        return None  # a quotation, not a sentence about one (`X said in a statement it had “…”`)
    return _cue_speaker(doc, p_lo, p_hi) or sentence_subject(doc, p_lo, p_hi)


def _resolve_np(doc: Document, toks: list[Token]) -> str | None:
    """Turn the noun phrase `toks` (subject of a cue) into a speaker name."""
    while toks and toks[-1].text == ".":
        toks = toks[:-1]  # `ha commentato il ct.`: the sentence's full stop after a short word
    toks = strip_adverbs(doc, toks)
    while toks and toks[-1].text == ",":
        toks = strip_adverbs(doc, toks[:-1])
    if len(toks) > 3 and toks[-2].low in doc.lang.phrase_breaks and toks[-1].low in doc.lang.numerals:
        toks = toks[:-2]  # `the 52-year-old mother of two`: the noun, not its count
    while toks and toks[-1].text == "(":
        toks = toks[:-1]  # `Lindner (lacht): „…“`: the verb of a stage direction in brackets
    if toks and toks[-1].text == ")":
        depth = 0
        for i in range(len(toks) - 1, -1, -1):
            depth += toks[i].text == ")"
            depth -= toks[i].text == "("
            if depth == 0:
                toks = toks[:i]
                break
    if not toks:
        return None
    if introduced_unnamed(doc, toks) or _circle(doc, toks) or source_inside(doc, toks):
        doc.unnamed.add(toks[0].start)
        return None  # `One Republican lawmaker … “…,” the lawmaker said.`: nobody named
    head = name_before_complement(doc, toks) or _coordinated(doc, toks) or paraphrased_office(doc, toks)
    head = head or _office(doc, toks) or _document_of(doc, toks) or kin_named(doc, toks[-2:])
    # `La secrétaire de l'ACLQ annonce :` after `X, secrétaire de l'ACLQ`: the one the role stood beside
    head = head or role_holder_of_body(doc, toks)
    if head:
        return head
    named = any(m.kind == "person" for m in doc.mentions_in(toks[0].start, toks[-1].end))
    noun = next((t for t in toks if t.low not in doc.lang.articles), toks[0])
    source = noun.low in doc.lang.source_nouns and not doc.lang.morphology  # `Fuentes de la investigación`
    written = any(t.low in doc.lang.statement_nouns for t in toks)  # `a Home Office memo`: a writing speaks
    # `A supply run was postponed, the agency said`: the noun phrase after the clause before it
    articles = doc.lang.articles
    commas = [i + 1 for i, t in enumerate(toks[:-1]) if t.text == "," and toks[i + 1].low in articles]
    cut = commas[-1] if commas else 0
    # `a spokesperson for the University at Chapel Hill`: a name after the noun is whom it speaks for
    spokes = len(toks) > cut + 1 and toks[cut + 1].low in doc.lang.spokes_nouns
    if (source or is_indefinite(doc, toks[cut:])) and (spokes or not named) and not written:
        spoken_for = spokesperson(doc, toks)
        if spoken_for is None:
            doc.unnamed.add(toks[0].start)  # `Un técnico de un consorcio del Maresme`: nobody named
        return spoken_for
    last = toks[-1]
    if last.low in doc.g.pronouns:
        return speaking_pronoun(doc, last.start, doc.g.pronouns[last.low])
    if last.low == "it":
        return _body_that_spoke(doc, last.start) or doc.resolve_it(last.start)
    if last.low in doc.lang.other_pronouns:
        return None
    if doc.lang.capitalised_nouns and len(toks) <= 4:
        # `eine Sprecherin der Vereinigung`, `das Ministerium`: a capitalised noun, not yet a name; `die
        # Amtsärztin` after `Die Amtsärztin des Kreises, Hanna Vogt,`: the person the role stood beside
        spoken_for = spokesperson(doc, toks) or described_name(doc, toks) or _role_before_medium(doc, toks)
        spoken_for = spoken_for or named_body(doc, toks[-2:])
        if spoken_for:
            return spoken_for
        if toks[0].low in doc.lang.indefinite_articles:
            return None  # `sagte eine Anwohnerin`: someone the article does not name
    mention = doc.mention_ending(last)
    if mention is not None and _role_noun(doc, toks, mention):
        mention = None  # `sagt die Landwirtin`: a role noun, capitalised as every German noun is
    if mention is not None and _described_noun(doc, toks, mention):
        mention = None  # `the 19-year-old Scot`, `the Texan`: a noun of origin, no one's name
    if mention is not None and mention.kind == "person" and _body_of_person(doc, toks, mention):
        return doc.text[toks[1].start : mention.end]  # `A defesa de Lins afirmou`: his defence, not Lins
    body = mention is not None and mention.kind != "person"
    if (mention is None or body) and doc.lang.head_first and toks[0].low in doc.lang.definite_articles:
        kind = body_subject(doc, toks)  # `il tribunale di Lecce scrive`: the court, not the town
        if kind and len(kind.split()) > 2:
            return kind
    # `a spokesperson for the Environment Agency`: the body speaks; `the mayor of Boston`: the role does
    role = (spokesperson(doc, toks) or role_of(doc, toks, mention)) if body else None
    if mention is not None:
        return role or name_of(doc, mention)
    lang = doc.lang
    if lang.head_first and len(toks) > 3 and toks[0].low in lang.definite_articles and toks[1].text.islower():
        # `O treinador dos vimaranenses`: the head noun comes first; its complement describes the team
        head = described_name(doc, toks[:2]) if toks[2].low in lang.phrase_breaks else None
        if head:
            return head
    # A common noun phrase ("the campaign", "a spokesman"): keep it as written.
    start = len(toks) - 1
    while start > 0 and len(toks) - start < 8:
        prev = toks[start - 1]
        if prev.low in doc.lang.determiners:
            start -= 1
            break
        if not prev.text[:1].isalnum() or prev.low in doc.g.cues or prev.low in doc.lang.phrase_breaks:
            break
        start -= 1
    phrase = doc.text[toks[start].start : toks[-1].end]
    if not any(ch.isalpha() for ch in phrase) or MASK in doc.masked[toks[start].start : toks[-1].end]:
        return None
    if all(t.low in doc.lang.stopwords or t.low in doc.lang.phrase_breaks for t in toks[start:]):
        return None  # "Її", "de": no noun at all
    spoken_for = spokesperson(doc, toks) or named_body(doc, toks[start:])
    if not spoken_for and toks[start].low in doc.lang.indefinite_articles and not written:
        return None  # `un periodista`, `un employé d'une boutique`: someone the article does not name
    if not spoken_for and toks[start].low in doc.lang.demonstratives:
        named = described_name(doc, toks[start : start + 2])
        if named is None:
            doc.unnamed.add(toks[start].start)  # `confie cette mère de famille`: unnamed
        return named
    described = spoken_for or described_name(doc, toks[start:])
    if described is None and unnamed_epithet(doc, toks[start:]):
        doc.unnamed.add(toks[start].start)
        return None  # `Una vecina explicó … «…», lamenta la mujer.`: the woman the article does not name
    if described is None and _brought_in_unnamed(doc, toks[start:]):
        doc.unnamed.add(toks[start].start)
        return None  # `One diplomat, who spoke on condition of anonymity, said … “…,” the diplomat added.`
    # A definite kin noun opening its sentence, in a text that has used no kin noun before, is anchored on
    # a possessor it leaves unsaid (associative anaphora, as a possessive is) and brings in that person's
    # relative, not the one last named; once the text has spoken of a tie (a son, a widow, a father), the
    # kin noun may name again the person shown in it, and after its verb it may name again a mother just
    # shown with her child
    kin = described is None and _kin_noun(doc, toks[start:]) and toks[start].cap
    kin = kin and not _kin_written_before(doc, toks[-1])
    anaphor = None if kin else epithet(doc, toks[start:])
    described = described or completed_role(doc, toks[start:]) or anaphor
    # (the subject opening its sentence, before its verb)
    possessed = toks[start].low in doc.lang.possessive_pronouns and len(toks) - start == 2 and toks[start].cap
    if described is None and (kin or (possessed and not _written_before(doc, toks[-1]))):
        # `Su nieto, que vive con ella, añade: «…»`, `Son fils ajoute`: a possessive and a noun the text has
        # not used before, nobody named with them, bring someone in by their tie to another (a definite noun
        # phrase anchored on its possessor: RAE, Nueva gramática §18.1; Grevisse, Le bon usage §590), not by
        # a name: the article does not name them (`her husband Colin … Her husband said`: named before)
        doc.unnamed.add(toks[start].start)
        return None
    described = described or _role_after_speech(doc, toks[start:])
    return described or _gendered_epithet(doc, toks[start:]) or phrase


def _role_before_medium(doc: Document, toks: list[Token]) -> str | None:
    """`„…“, sagte die Bürgermeisterin Antenne Süd`: where nouns are capitalised, a definite role noun that
    described someone before (`Bürgermeisterin Ute Kramer`), then a name that is no person's, is the subject
    and the dative object of the speech verb (whom she told: a broadcaster, a paper, named without an
    article); the role speaks, not the medium. Not a person's name after the role (`die Bürgermeisterin
    Karin Selig`), a place (`der Landrat Kassel`) or a name in the genitive that completes the role
    (`der Kapitän Dortmunds`: whose captain, someone else)."""
    lang = doc.lang
    if len(toks) < 3 or toks[0].low not in lang.definite_articles:
        return None
    after = doc.mentions_in(toks[2].start, toks[-1].end)
    if not after or after[0].start != toks[2].start or any(m.kind in ("person", "place") for m in after):
        return None
    if len(toks) == 3 and toks[2].text.endswith("s"):
        return None  # a single name in -s after a role: the genitive of a place or a club
    return described_name(doc, toks[:2])


def _kin_noun(doc: Document, toks: list[Token]) -> bool:
    """Whether `toks` is a definite article and a noun of kinship (`il figlio`, `a mãe`)."""
    lang = doc.lang
    return len(toks) == 2 and toks[0].low in lang.definite_articles and toks[1].low in lang.kin_nouns


_ADULT = 18  # the age of majority: a person named with a lower age is a child


def _gendered_epithet(doc: Document, toks: list[Token]) -> str | None:
    """`… laughed the grandad.`, `the widow said`: a definite noun of a person of one sex
    (`Language.sex_nouns`) that the press uses to name again someone named before
    (`Language.person_epithets`), found no holder otherwise, is the person of that sex last named, as
    "she" or "he" would be; not after someone of
    that sex was brought in unnamed since, nor a child (`Lucy Ray, 8,`), whose gran is someone else."""
    lang = doc.lang
    if lang.epithets or len(toks) != 2 or toks[0].low not in lang.definite_articles:
        return None
    noun = toks[1].low
    gender = lang.sex_nouns.get(noun)
    if gender is None or noun not in lang.person_epithets or not toks[1].text.islower():
        return None
    name = doc.resolve_pronoun(toks[0].start, gender, chain=False)
    if name is None or unnamed_since(doc, name, toks[0].start, gender) or " " not in name:
        return None
    aged = re.search(re.escape(name) + r",\s+(\d{1,3}),", doc.text[: toks[0].start])
    return None if aged and int(aged.group(1)) < _ADULT else name


def _kin_written_before(doc: Document, noun: Token) -> bool:
    """Whether the text used a noun of kinship (any, not only `noun`) before `noun`."""
    return any(t.low in doc.lang.kin_nouns for t in doc.tokens_in(0, noun.start))


def _written_before(doc: Document, noun: Token) -> bool:
    """Whether the text used the word `noun` before it."""
    return any(t.low == noun.low for t in doc.tokens_in(0, noun.start))


def _brought_in_unnamed(doc: Document, toks: list[Token]) -> bool:
    """`the diplomat` after `One diplomat said` / `a diplomat who was present`: a definite noun the text
    brought in before with an indefinite article, and no name, is that unnamed person again."""
    lang = doc.lang
    if len(toks) != 2 or toks[0].low not in lang.definite_articles or not toks[1].text.islower():
        return False
    openers = "|".join(re.escape(w) for w in sorted(lang.indefinite_articles))
    noun = re.escape(toks[1].low)
    # `a diplomat`, `a senior diplomat`, `a senior council officer`: up to three words before the noun
    pattern = rf"\b(?:{openers})\s+(?:[^\W\d_][\w.-]*\s+){{0,3}}{noun}\b"
    before = re.finditer(pattern, doc.masked[: toks[0].start], re.I)
    for m in before:
        a, b = m.start(), doc.sentence_of(m.start())[1]
        # `A senior council officer, who did not want to be named, said …`: unnamed, quoted or not
        if doc.spoke_unnamed(a, b) or _anonymous(doc, doc.tokens_in(a, b), b):
            return True
        # `An Ardlow aide said …`: a person's name before the noun tells whose aide, not the aide's name,
        # where the sentence names nobody else (`An Ardlow aide, Rui Tamborrel, said`: him)
        people = [p for p in doc.mentions_in(a, b) if p.kind == "person"]
        inside = people and all(m.start() < p.start and p.end <= m.end() for p in people)
        if inside and toks[1].low not in lang.spokes_nouns:
            return True
        # `A senior official said the talks were close.`: the subject of a speech verb, named nowhere (not
        # `A police spokeswoman said …`: a spokesperson speaks for the body)
        if doc.looking_back < 2 and toks[1].low not in lang.spokes_nouns:
            doc.looking_back += 1
            try:
                _cue_speaker(doc, doc.sentence_of(a)[0], b)
            finally:
                doc.looking_back -= 1
            if doc.spoke_unnamed(a, b):
                return True
    return False


# Nouns of several people or of an anonymous one: never one person named before.
_GROUPS = frozenset({"family", "couple", "pair", "official", "crowd", "audience", "jury"})


def _possessor_subject(doc: Document, lo: int, hi: int) -> str | None:
    """`Tom Wade lives next door. His house was spared.` then a quote alone: the subject's possessor."""
    toks = doc.tokens_in(doc.main_clause_start(lo, hi), hi)[:2]
    gender = doc.lang.possessive_pronouns.get(toks[0].low) if len(toks) == 2 else None
    if gender is None or not toks[1].text.islower():
        return None
    owner = doc.resolve_pronoun(toks[0].start, gender)
    return owner if owner and doc.is_person(owner) else None


def _introduced_after(doc: Document, span: QuoteSpan, named: bool = False, spoke: bool = False) -> str | None:
    """A whole-sentence quote opening the text, before anyone is named, then a sentence whose subject is
    a person named in full (`“We lost everything.”\n\nAnn Kerr, 54, stood in front of her home.`):
    the person the story brings in speaks. Where people were `named` before, the person must be named
    there for the first time, nobody quoted before (`spoke`) and the sentence before the quote name no
    person: the quote may be theirs, the newcomer their critic (`Le maire X a visité les rues.\n« … ».
    Anne Roy ne croit pas à la promesse.`). That sentence, in the quote's paragraph, may report speech
    that answers no one (`«…». Anna Riva, 57 anni, racconta così la rapina.`), as a lead does."""
    whole = doc.text[span.start : span.end].rstrip()[-1:] in ".!?"
    if not (whole or doc.text[span.outer_end : span.outer_end + 1] == ".") or not span.closed:
        return None  # (`«…».`: the full stop after the closing mark, as Italian and French set it)
    if named and (spoke or _person_just_before(doc, span)):
        return None
    para = doc.masked.rfind("\n", 0, span.outer_start) + 1
    lead = doc.masked[para : span.outer_start]
    if lead.strip() and not _DATELINE.fullmatch(lead):
        return None  # the quote opens no paragraph (past a dateline: `NAPOLI - «…»`)
    i = bisect.bisect_left(doc._sentence_starts, span.outer_end)
    if i >= len(doc.sentences):
        return None
    a, b = doc.sentences[i]
    cues = speech_cues(doc, a, b)
    reporting = any(doc.replies(c.start - 1) or _reports_clause(doc, c) for c in cues)
    # (in its paragraph, when it reports speech or someone spoke before: `„…“\n\nX war der Matchwinner.`
    # after a quote of its own paragraph goes on with the one who spoke)
    apart = "\n" in doc.masked[span.outer_end : a]
    reporting = reporting or ((bool(cues) or named) and apart) or (named and span.continues)
    if MASK in doc.masked[a:b] or reporting or doc.spoke_unnamed(a, b):
        return None
    subject = sentence_subject(doc, a, b)
    if not subject or " " not in subject or not doc.is_person(subject):
        return None
    first = any(doc.canonical(m.name) == subject for m in doc.mentions_in(0, span.outer_start))
    return None if named and first else subject


def _person_just_before(doc: Document, span: QuoteSpan) -> bool:
    """Whether the sentence before `span` names a person by a first name (`Il sindaco Paolo Conti ha
    visitato le strade.`), who may be the one quoted."""
    people = (m for m in doc.mentions_in(*doc.sentence_before(span.outer_start)) if m.kind == "person")
    return any(is_first_name(doc.canonical(m.name).split()[0]) for m in people)


def _reports_clause(doc: Document, cue: Token) -> bool:
    """Whether the speech verb `cue` reports words of its own: a colon or a subordinator right after it."""
    after = doc.tokens_in(cue.end, cue.end + 20)[:2]
    return any(t.text == ":" or t.low in doc.lang.relatives for t in after)


def _body_of_person(doc: Document, toks: list[Token], mention: Mention) -> bool:
    """`A defesa de Lins`, `la difesa di Rossi`: a definite noun of a body, its connector, then the person
    it acts for, as the whole noun phrase."""
    lang = doc.lang
    if len(toks) < 4 or not lang.head_first or toks[0].low not in lang.definite_articles:
        return False
    noun, link = toks[1], toks[2]
    linked = link.low in lang.name_connectors and toks[3].start == mention.start
    return noun.low in lang.generic_bodies and linked


def _role_after_speech(doc: Document, toks: list[Token]) -> str | None:
    """`Ross said he was delighted. “…,” the 23-year-old said.`, `… the striker said.`: a definite noun
    of a person that is no title, right after a sentence in which a named person spoke, is that person
    named again."""
    lang = doc.lang
    # `the 44-year-old former shipping clerk`: after an age, a longer role (its words in lower case)
    aged = len(toks) > 2 and toks[1].low.endswith("-old")
    aged = aged and all(t.text.isalpha() and t.text.islower() for t in toks[2:])
    if lang.epithets or not 2 <= len(toks) <= (6 if aged else 4) or toks[0].low not in lang.definite_articles:
        return None
    last = toks[-1].text
    low = last.lower()
    role_noun = low in lang.person_epithets or is_title_word(doc.g, last) or is_agent_noun(lang, low)
    if len(toks) > 4 and not role_noun:
        return None  # `the 19-year-old trainee nurse next door`: no role noun ends it, maybe someone new
    party = _party_noun(doc, last)  # `the Texas Republican`, `the Democrat`
    written = last.islower() or last.endswith("-old") or party or capitalised_title(doc, toks[-1])
    if not written or low in lang.org_words | lang.generic_bodies:
        return None
    if low in lang.source_words or low in _GROUPS or (low.endswith("s") and not low.endswith("ss")):
        return None  # `the officials`, not `the boss`
    if any(m.kind == "person" and not party for m in doc.mentions_in(toks[0].start, toks[-1].end)):
        return None
    # `the 61-year-old`, `the forward`, `the first-term senator`, `the Texas Republican`: surely a person,
    # the one the sentence before was about
    epithets = lang.person_epithets | lang.titles
    person = party or any(t.low.endswith("-old") or t.low in epithets for t in toks)
    found = _spoke_just_before(doc, toks[0].start, quoted=person)
    speaker = found[0] if found else _subject_just_before(doc, toks[0].start) if person else None
    if not speaker or not doc.is_person(speaker) or " " not in speaker:
        return None
    office = not (last.islower() or last.endswith("-old") or party)  # `the Treasurer`
    return None if office and not holds_office(doc, speaker, toks) else speaker


def _subject_just_before(doc: Document, pos: int) -> str | None:
    """The subject of the sentence before the one at `pos`, when it holds no quote and no one speaks in
    it (`Tom Reyes toured the streets. “…,” the 61-year-old said.`: the person it was about)."""
    before = doc.previous_sentence(pos)
    if before is None or doc.looking_back >= 2:
        return None
    a, b = before
    if MASK in doc.masked[a:b] or any(c.low in doc.g.speech for c in speech_cues(doc, a, b)):
        return None  # `X called the vote a disgrace.`: a verb of naming, no speech
    doc.looking_back += 1
    try:
        return sentence_subject(doc, a, b)
    finally:
        doc.looking_back -= 1


def _role_noun(doc: Document, toks: list[Token], mention: Mention) -> bool:
    """In a language that capitalises its nouns, a definite article and one noun that names nobody yet,
    or after an attributive adjective between article and noun (`die gelernte Mechanikerin`:
    a lower-case word in the weak ending -e or -en, Duden-Grammatik on the adjective after the definite
    article), where the noun names a person (`die zuständige Baubehörde` is a body) and the adjective
    brings in nobody else (`die neue Pächterin`, the language's `other_person_adjectives`). A masculine
    noun of a person names him again only by its ending or as a title (`der gelernte Schlosser`
    stays the noun: German masculine agent nouns have no ending of their own)."""
    lang = doc.lang
    if not lang.capitalised_nouns or mention.kind != "unknown" or " " in mention.name:
        return False
    if len(toks) < 2 or toks[0].low not in lang.definite_articles or mention.start != toks[-1].start:
        return False
    between, noun = toks[1:-1], toks[-1].low
    if not between:
        return True
    adjective = between[0]
    weak = adjective.text.isalpha() and adjective.text.islower() and adjective.low.endswith(("e", "en"))
    if len(between) > 1 or not weak or adjective.low in lang.stopwords:
        return False
    if adjective.low in lang.other_person_adjectives:
        return False  # `die neue Pächterin`: another than the one just named
    feminine = toks[0].low == "die" and noun.endswith(lang.feminine_person_endings)  # `Apothekerin`
    return feminine or noun.endswith(lang.person_noun_endings) or is_title_word(doc.g, noun)


def _described_noun(doc: Document, toks: list[Token], m: Mention) -> bool:
    """One capitalised word after a lower-case definite article, known as no person's name in the text:
    a noun of origin or party (`the 19-year-old Scot`, `the Texan`), not a surname; or such a word after
    places (`the Texas Republican`, `the New York Democrat`)."""
    lang = doc.lang
    *where, noun = m.name.split()
    placed = (not where or " ".join(where).lower() in PLACES) and _party_noun(doc, noun)
    if m.kind not in {"unknown", "person", "org" if placed else ""} or m.titled or lang.capitalised_nouns:
        return False
    before = [t for t in toks if t.end <= m.start][-3:] if placed else toks[:1]
    # a party noun's own article, after an opening phrase (`On Saturday, the 54-year-old Democrat`)
    while placed and before and before[-1].text.islower() and before[-1].low not in lang.definite_articles:
        before.pop()
    article = before[-1] if before and before[-1].start < m.start else None
    if article is None or article.low not in lang.definite_articles or (where and not placed):
        return False
    if article.text not in lang.definite_articles and not placed:
        return False  # `The Baxter` opening a sentence may be a name, `The Democrat` is none
    return (placed or not is_first_name(noun)) and doc.canonical(m.name) == m.name  # not `Ann Baxter`


def _party_noun(doc: Document, word: str) -> bool:
    """A capitalised noun that surely names a person (`Democrat`, `Republican`), not a German noun."""
    return word[:1].isupper() and word.lower() in doc.lang.person_epithets and not doc.lang.capitalised_nouns


def _body_that_spoke(doc: Document, pos: int) -> str | None:
    """`…, NASA said. “…,” it said.`: "it" is the organisation that spoke in the sentence before."""
    found = _spoke_just_before(doc, pos)
    if not found:
        return None
    speaker, a, b = found
    bodies = {name_of(doc, m) for m in doc.mentions_in(a, b) if m.kind == "org"}
    return speaker if speaker in bodies else None


def _spoke_just_before(doc: Document, pos: int, quoted: bool = True) -> tuple[str | None, int, int] | None:
    """Who a speech verb credits in the sentence before the one at `pos`, with that sentence's bounds;
    None when there is no such sentence or verb (or, with `quoted` False, when it holds a quote)."""
    before = doc.previous_sentence(pos)
    if before is None or doc.looking_back >= 2:
        return None
    a, b = before
    spoken = any(c.low in doc.g.speech for c in speech_cues(doc, a, b))
    if not spoken or (not quoted and MASK in doc.masked[a:b]):
        return None
    doc.looking_back += 1
    try:
        return _cue_speaker(doc, a, b), a, b
    finally:
        doc.looking_back -= 1


def _coordinated(doc: Document, toks: list[Token]) -> str | None:
    """`Ann Lee and Sen. Tom Ray said`: two people named as one subject speak together."""
    people = doc.mentions_in(toks[0].start, toks[-1].end)
    if len(people) != 2 or people[1].end != toks[-1].end:
        return None
    if any(m.kind != "person" or m.possessive for m in people):
        return None
    first, second = people
    between = doc.tokens_in(first.end, second.start)
    if not between or between[0].low not in doc.lang.conjunctions:
        return None
    titles = doc.tokens_in(toks[0].start, first.start) + between[1:]
    if not all(t.text == "." or is_title_word(doc.g, t.text) for t in titles):
        return None
    return f"{name_of(doc, first)} {between[0].text} {name_of(doc, second)}"


def _null_subject(doc: Document, cue: Token) -> str | None:
    """Where the subject may be left out ("“…”, ha explicado."), the person last spoken of speaks."""
    if not doc.lang.pro_drop:
        return None
    gender = None
    if doc.lang.morphology:
        gender = morph.verb_gender(doc.lang.morphology, cue.low)
        if gender is None:
            return None
    if _plural_verb(doc, cue):
        return None  # `«…», spiegano.`: several people speak, not the one last named
    name = speaking_pronoun(doc, cue.start, gender, chain=False)
    if name and not doc.lang.morphology and unnamed_since(doc, name, cue.start, None):
        doc.unnamed.add(cue.start)
        return None  # `Una mariscadora …, cree que … «…», dice.`: she, whom the article does not name
    return name


def _plural_verb(doc: Document, cue: Token) -> bool:
    """Whether the cue, or the auxiliary right before it, ends as a third person plural (`spiegano`, `hanno
    spiegato`, `fanno sapere`), where the language gives those endings."""
    verb = doc.tokens_in(max(0, cue.start - 12), cue.start)[-1:]
    verb = verb if verb and verb[0].low in doc.lang.auxiliaries else [cue]  # `hanno spiegato`
    return bool(doc.lang.plural_endings) and verb[0].low.endswith(doc.lang.plural_endings)


def _phrase_alone(doc: Document, toks: list[Token]) -> bool:
    """`En su informe final`, `Nella sua requisitoria`: the words before a verb are one phrase opened by a
    preposition (one determiner, no name, no comma), so no subject stands before it."""
    lang = doc.lang
    if not 2 <= len(toks) <= 6 or toks[0].low not in lang.adverbial_starters:
        return False
    if toks[0].low in lang.subordinators | lang.conjunctions:
        return False
    rest = toks[1:]
    if any(not t.text.isalpha() or not t.text.islower() or t.low in lang.finite_verbs for t in rest):
        return False
    return sum(t.low in lang.determiners for t in rest) <= 1


def _topic_label(doc: Document, lead: list[Token]) -> bool:
    """`Sul momento della squadra: «…»`, `Sur le mercato : « … »`, `Sobre el entrenador: «…»`: a phrase opened
    by a preposition, with no verb, before the quote's colon names what an interviewee spoke about, no
    speaker: the one speaking goes on."""
    lang = doc.lang
    k = 0
    while k < len(lead) - 2 and (lead[k].low in lang.cue_adverbs or lead[k].low in lang.conjunctions):
        k += 1  # `Poi, sulla caduta in discesa: «…»`, `E sul futuro: «…»`: the topic after an adverb
    if k and lead[k].text == ",":
        k += 1
    lead = lead[k:]
    if not lang.head_first or lang.morphology or len(lead) < 2 or len(lead) > 12 or lead[-1].text != ":":
        return False
    first = lead[0].low
    # or an articulated preposition glued to its noun (`sull'allenatore`, `dell'ex`), not a bare `d'`
    # (`D'accordo l'assessore X: «…»`, `D'emblée le préfet X : « … »` name the speaker)
    glued = GLUED.fullmatch(first)
    articulated = glued and len(glued.group(1)) > 2 and glued.group(1) in lang.phrase_breaks
    if first not in lang.adverbial_starters and not articulated:
        return False
    verbs = lang.finite_verbs | lang.auxiliaries
    if any(t.text == "," or t.low in verbs or t.low in doc.g.cues for t in lead[:-1]):
        return False
    # `E per il presidente X: «…»`: after a conjunction or adverb, a person named as the head of the phrase
    # (no other preposition before the name) may be whose view it gives: no topic read there (`sulla
    # caduta verso Passo Rolle` stays one); without them the phrase is read as before
    for m in doc.mentions_in(lead[0].end, lead[-1].start) if k else ():
        between = doc.tokens_in(lead[0].end, m.start)
        headed = not any(t.low in lang.phrase_breaks or GLUED.fullmatch(t.low) for t in between)
        if m.kind == "person" and headed:
            return False
    return True


def _dropped_subject(doc: Document, lo: int, span: QuoteSpan) -> str | None:
    """`Questionada sobre os cortes, foi clara: «…»`, `Fue tajante: «…»`: where the subject may be left out,
    a clause before the quote's colon opened by its finite verb goes on with the person last spoken of."""
    lang = doc.lang
    if not lang.pro_drop or lang.morphology:
        return None
    toks = doc.tokens_in(doc.main_clause_start(lo, span.outer_start), span.outer_start)
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    toks = toks[commas[-1] + 1 :] if commas else toks  # `Interpellata sui tagli, è stata chiara:`
    verbs = lang.finite_verbs | lang.auxiliaries
    if toks and toks[0].low in lang.adverbial_starters and toks[0].low not in lang.subordinators:
        # `In mattinata aveva già firmato il decreto: «…»`: a phrase of time or place with no comma, one
        # noun phrase naming nobody (a determiner after its noun opens the subject: `In aula il giudice
        # aveva …`), then the verb
        verb = next((k for k, t in enumerate(toks[:8]) if t.low in verbs), None)
        phrase = toks[1:verb] if verb else []
        named = any(t.cap for t in phrase)
        subject = any(t.low in lang.determiners or t.low[:2] in ("l'", "l’") for t in phrase[1:])
        toks = toks[verb:] if verb and not named and not subject else toks
    while toks and toks[0].low in lang.clitics:
        toks = toks[1:]  # `Se mostró tajante:`
    if len(toks) < 2 or toks[-1].text != ":" or toks[0].low not in verbs:
        return None
    return _null_subject(doc, toks[0])


def _inflected_subject_before(doc: Document, lo: int, cue: Token) -> str | None:
    """In a language with cases the subject before the verb is its nominative name, pronoun or role."""
    code = doc.lang.morphology or ""
    toks = doc.tokens_in(lo, cue.start)
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    if toks and comma and morph.is_gerund(code, toks[0].low):
        # "Коментуючи заміну Шевчишина, Гнатюк пожартував": the gerund's clause holds no subject
        toks = toks[comma + 1 :]
        lo = toks[0].start if toks else cue.start
    # "Белова напомнила, что на записи Петров говорит: «…»": the verb of a clause opened by "что" has that
    # clause's own subject (no comma between: not a relative clause closed before the main verb)
    opener = [k for k, t in enumerate(toks) if t.low in doc.lang.relatives]
    inner = toks[opener[-1] + 1 :] if opener else []
    if inner and not any(t.text == "," for t in inner):
        own = [m for m in doc.mentions_in(inner[0].start, cue.start) if m.kind == "person" and m.nominative]
        if own and not own[0].possessive and not _possessor(doc, own[0], cue):
            return name_of(doc, own[0])
    for m in doc.mentions_in(toks[0].start if toks else lo, cue.start):
        placed = m.kind == "unknown" and doc._after_preposition(m.start)  # "В Гродно, признаются …"
        if _possessor(doc, m, cue):
            continue
        if m.nominative and m.kind in {"person", "unknown"} and not m.possessive and not placed:
            return name_of(doc, m)
    for t in reversed(toks):
        if t.low in doc.g.pronouns:
            return doc.resolve_pronoun(t.start, doc.g.pronouns[t.low])
    for k, t in enumerate(toks):
        if (t.text[:1].islower() or k == 0) and t.low not in doc.lang.stopwords:
            role, gender = morph.is_nominative_noun(code, t.low)
            role = role or t.low in doc.lang.source_nouns  # "Источник «Ъ» в банке признал": no one named
            pairs = zip(toks[k:], toks[k + 1 :], strict=False)
            one_of = any(x.low in _ONE_OF and y.low in doc.lang.phrase_breaks for x, y in pairs)
            if role and one_of:  # "Голова правління одного з банків …": someone of many, unnamed
                doc.unnamed.add(t.start)
                return None
            gender = morph.verb_gender(code, cue.low) or gender
            owner = [m for m in doc.mentions_in(t.end, cue.start) if m.kind == "person"][:1]
            if role and owner and doc.tokens_in(t.end, owner[0].start) == [] and (
                not owner[0].nominative or _possessor(doc, owner[0], cue)
            ):  # "Адвокат Сомова заявил": someone's lawyer, named before with that role or not at all
                holder = doc.role_holder(t, gender)
                if holder is None:
                    doc.unnamed.add(t.start)
                return holder
            if role:
                return _role_speaker(doc, t, gender)
    for t in toks[:1]:
        if morph.lemma_of(code, t.low) in doc.lang.generic_bodies:
            phrase = morph.body_phrase(code, words_from(doc, toks, 0), "nomn")
            phrase = phrase if len(phrase) > 1 else [t.low]  # "Пресс-служба губернатора … сообщила"
            return body_named(doc, phrase, t.start)  # "Ведомство пообещало «…»": the body named before
    if morph.is_plural_verb(code, cue.low):
        after = doc.tokens_in(cue.end, doc.sentence_of(cue.start)[1])
        body = body_in(doc, toks, 1) or body_in(doc, until_break(after), 3) or _body_there(doc, toks, cue)
        if body:
            return body  # `…, сообщили «Интерфаксу» в ГУ МЧС.`, `В министерстве заявили, …`
    if not any(t.text == "," for t in toks):  # `Позднее это подтвердил пресс-секретарь Кремля: «…»`
        inverted = _inflected_subject_after(doc, cue, doc.sentence_of(cue.start)[1], strict=True)
        if inverted:
            return inverted
    for m in doc.mentions_in(toks[0].start if toks else lo, cue.start):
        first = doc.text[m.start : m.end].split()[0]
        placed = doc._after_preposition(m.start) or not morph.may_be_nominative(code, first)
        if m.kind == "org" and not m.possessive and not placed:
            return name_of(doc, m)  # "Минздрав сообщил: «…»", "Генштаб повідомив": a body as the subject
    return _null_subject(doc, cue)


def _body_there(doc: Document, toks: list[Token], cue: Token) -> str | None:
    """ru/uk: `В пресс-службе завода … «…», — добавили там.`, `Там уточнили: «…»`: the adverb of place alone
    beside an impersonal plural verb points back at the body named after a preposition opening the sentence
    before (an anaphoric adverb of place); that body speaks. Only a body (a noun of its kind or an acronym,
    not a town or a room: `В Сосновке прошла ярмарка. «…», — говорили там` are people there), and only
    where that sentence reports (a speech verb or its gerund, a noun of a statement)."""
    if len(toks) != 1 or toks[0].low not in doc.lang.body_there:
        return None
    lo, hi = doc.sentence_before(doc.sentence_of(cue.start)[0])
    before = doc.tokens_in(lo, hi)
    lang, code = doc.lang, doc.lang.morphology or ""
    heads = lang.org_words | lang.generic_bodies | lang.press_offices
    lemmas = [morph.verb_lemma(code, t.low) for t in before]
    opening = zip(before[1:4], lemmas[1:4], strict=True)
    kind = any(w in heads or any(c.isupper() for c in t.text[1:]) for t, w in opening)
    reports = any(t.low in doc.g.speech or w in lang.speech_lemmas or w in lang.statement_nouns
                  for t, w in zip(before, lemmas, strict=True))
    return body_in(doc, before, 1) if kind and reports else None


def _possessor(doc: Document, m: Mention, cue: Token) -> bool:
    """ru/uk: a surname after a noun for a person, in a form that is a man's genitive or a woman's
    nominative, before a man's verb ("Адвокат Сомова заявил"): his lawyer speaks, not Сомова."""
    code = doc.lang.morphology or ""
    written = doc.text[m.start : m.end]
    if " " in written or morph.verb_gender(code, cue.low) != "m" or not morph.feminine_surname(written):
        return False
    before = doc.tokens_in(max(0, m.start - 40), m.start)[-1:]
    return bool(before) and morph.is_nominative_noun(code, before[0].low)[0]


# "одного из", "однієї з": the genitive of "one" before a preposition, someone of a group.
_ONE_OF = frozenset({"одного", "одной", "однієї", "одної"})
# ru/uk "один/одна из (з, із, зі)" and a plural: one member of a group, whom the text leaves unnamed
_FROM = frozenset({"из", "з", "із", "зі"})
# The most words of a phrase of time fronted before a subject ("Quelques heures avant le vote")
_TIME_PHRASE = 5
# The most words of the noun phrase of an "according to" phrase ("Secondo la guida del parco nazionale")
_LONGEST_SOURCE = 8


def _role_speaker(doc: Document, tok: Token, gender: str | None) -> str | None:
    """ru/uk: a role noun as the subject (`— пояснил директор`): the person it stood beside earlier,
    nobody when it brings in someone unnamed (`Соседка рассказала`), else the person last spoken of."""
    holder = doc.role_holder(tok, gender)
    if holder:
        return holder
    subject = _named_subject_before(doc, tok, gender)
    if subject:
        return subject
    source = morph.lemma_of(doc.lang.morphology or "", tok.low) in doc.lang.source_nouns  # "Собеседник «Ъ»"
    found = None if source or doc.new_person(tok) else doc.resolve_pronoun(tok.start, gender)
    if found is None:
        doc.unnamed.add(tok.start)  # someone the text does not name: no guess from the sentences around
    return found


def _named_subject_before(doc: Document, tok: Token, gender: str | None) -> str | None:
    """ru/uk: `Гордієнко пояснив, що … «…», — додав партійний лідер`: a noun that fits anyone in public
    life (`public_figures`: "лідер", "експерт") after the quote names again the person whom the sentence
    before opens with as its subject (a name in the nominative, after the roles that describe it:
    "Голова правління Тарас Гордієнко визнав …"), in the same paragraph or at the end of the one before
    where the quote opens its own; of the noun's `gender` where it has one (a masculine noun with no
    feminine names women too: "— говорит эксперт"). Not another role ("— сказав капітан" after "Тренер
    …"), not a newcomer's noun ("— говорит житель"), nor a noun that brings in someone else with a
    relative clause or a possessive ("— говорит эксперт, которая …", "— нагадує її колега")."""
    code = doc.lang.morphology or ""
    lo, hi = doc.sentence_of(tok.start)
    before = doc.previous_sentence(tok.start)
    if before is None or MASK not in doc.masked[lo : tok.start]:
        return None  # not a role noun after the quote
    a, b = before
    between = doc.text[b : tok.start]
    if "\n" in doc.text[a:b] or between.count("\n") > 1:
        return None
    if "\n" in between and not between.strip().startswith((*(o for o, _ in doc.lang.quote_pairs), "—")):
        return None
    i = doc.token_index(tok)
    after = doc.tokens_in(tok.end, hi)[:3]
    clause = len(after) > 1 and after[0].text == "," and (
        after[1].low in doc.lang.relatives or morph.is_participle(code, after[1].low)
    )
    if clause or (i and doc.tokens[i - 1].low in doc.lang.determiners):
        return None
    main = doc.main_clause_start(a, b)
    people = [m for m in doc.mentions_in(main, b) if m.kind == "person"][:1]
    if not people or not people[0].nominative or " " not in name_of(doc, people[0]):
        return None  # (a surname of a person named in full, not a place read as a name: "Жители Азино")
    m = people[0]
    lead = doc.tokens_in(main, m.start)
    # a compound adjective is written with a hyphen ("житлово-комунального", "научно-исследовательского":
    # Український правопис 2019 and Правила русской орфографии и пунктуации on compound adjectives)
    if any(not t.text.replace("-", "").isalpha() or morph.is_verb(code, t.low) for t in lead):
        return None  # `Депутат спорил с Иваном Петровым`: not the subject
    if gender and m.gender not in (None, gender):
        return None
    name = name_of(doc, m)
    noun = morph.lemma_of(code, tok.low)
    if noun not in doc.lang.public_figures and noun not in _roles_written_before(doc, name, tok.start):
        return None  # another role ("— сказал капитан" after "Тренер …") or a newcomer ("— говорит житель")
    return name


def _roles_written_before(doc: Document, name: str, pos: int) -> set[str]:
    """ru/uk: the nouns (dictionary form, with their synonyms) written before `pos` in the sentences that
    name the person `name`, ahead of the name ("Член наглядової ради «…» Тарас Гордієнко пояснив" →
    "член"): the roles the text gave that person."""
    code = doc.lang.morphology or ""
    nouns = set()
    for m in doc.mentions_in(0, pos):
        if m.kind == "person" and name_of(doc, m) == name:
            lead = doc.tokens_in(doc.sentence_of(m.start)[0], m.start)
            nouns |= {morph.lemma_of(code, t.low) for t in lead}
    return nouns | {s for n in nouns for s in doc.lang.role_synonyms.get(n, ())}


def _fronted_source(doc: Document, lead: list[Token], cue: Token) -> str | None:
    """`Du côté de la mairie, on assure que « … »`, `Desde la Consejería indicaron que «…»`: a sentence that
    opens with the place a statement comes from (`lead`, the words before the verb `cue`), the verb's
    subject an impersonal pronoun or left out (a verb in the plural), is that body's statement."""
    lang = doc.lang
    opened = len(lead) > 2 and lead[0].low in lang.phrase_breaks  # `Du côté de`
    k = 1 if opened and lead[1].low in lang.source_prepositions else 0
    if len(lead) < k + 2 or lead[k].low not in lang.source_prepositions or lead[0].text.islower():
        return None
    commas = [i for i, t in enumerate(lead) if t.text == ","]
    if commas:
        subject = [t for t in lead[commas[-1] + 1 :] if not is_adverb(doc, t)]
    else:  # `Desde la Guardia Civil pidieron`: the phrase runs up to the verb, a name its last word
        named = doc.mention_ending(lead[-1])
        subject = [] if named is not None and named.kind != "person" else lead[-1:]
    impersonal = len(subject) == 1 and lang.inversion_pronouns.get(subject[0].low) == "" and (
        subject[0].low in lang.other_pronouns
    )
    if not (impersonal or (not subject and lang.pro_drop and _plural_verb(doc, cue))):
        return None
    return source_body(doc, lead[k:])


def _subject_before(doc: Document, lo: int, cue: Token) -> str | None:
    if doc.lang.morphology:
        return _inflected_subject_before(doc, lo, cue)
    lead = doc.tokens_in(lo, cue.start)
    # `Ante la prensa, defendió …`, `Speaking after the hearing, Inspector X said`: the phrase is no subject
    # (where the head noun comes first, an article after the phrase opens the subject the apposition rules
    # read whole: `Contactée par Le Télégramme, la Région explique`)
    main = doc.main_clause_start(lo, cue.start)
    if doc.lang.pro_drop or (not doc.lang.head_first and doc.tokens_in(main, cue.start)):
        lo = main
    toks = strip_adverbs(doc, doc.tokens_in(lo, cue.start))
    pronoun = bool(toks) and toks[0].low in doc.lang.other_pronouns and (len(toks) == 1 or not toks[1].cap)
    if doc.lang.capitalised_nouns and pronoun:
        return None  # `Man habe jahrelang gewarnt`: "man", no one (not `Ihr Sprecher`, a possessive)
    if doc.lang.capitalised_nouns and toks and toks[0].low not in doc.g.fronting:
        # `X ließ über seinen Anwalt erklären:`, `X hat am Montag gesagt:`: the subject before the finite verb
        aux = next((k for k, t in enumerate(toks) if k and t.low in doc.lang.auxiliaries), None)
        toks = toks[:aux] if aux else toks
    while len(toks) >= 2 and toks[-2].low in doc.lang.auxiliaries and toks[-1].text.isalpha():
        if not toks[-1].text.islower():
            break
        toks = toks[:-1]  # `X a aussitôt réagi`, `X ha subito detto`: a word between auxiliary and participle
    aux = next((k for k in range(len(toks) - 2, 0, -1) if toks[k].low in doc.lang.auxiliaries), None)
    inserted = toks[aux + 1 :] if aux is not None else []
    if inserted and len(inserted) <= 4 and inserted[0].low in doc.lang.phrase_breaks and all(
        t.text.islower() for t in inserted
    ):
        toks = toks[: aux + 1]  # `X a pour sa part indiqué`: a phrase between auxiliary and participle
    while toks and (toks[-1].low in doc.lang.auxiliaries | doc.lang.clitics or _reflexive(doc, toks)):
        toks = strip_adverbs(doc, toks[:-1])  # `X, le replicó`, `X a`, `X lui a dit`
    # `Dall'Agenzia per l'ambiente fanno sapere che`, `Dal Comune spiegano`, `Fanno sapere dal Comune che`:
    # a plural verb with no subject, before or after the place a statement comes from: the body there speaks
    if doc.lang.pro_drop and _plural_verb(doc, cue):
        body = source_body(doc, toks or doc.tokens_in(cue.end, doc.sentence_of(cue.start)[1]))
        # only the phrase stands before the verb, or an incise between commas after it (`Dall'X, l'ente che
        # gestisce …, fanno sapere`): `Dalla Regione i tecnici X e Y spiegano` has its subject
        end = doc.text.find(body, toks[0].start) + len(body) if body and toks else 0
        after = [t for t in toks if t.start >= end]
        comma = next((k for k, t in enumerate(after) if t.text == ","), len(after))
        tail = after[:comma]  # the name's own lower-case tail (`dei laghi minori`), no subject
        named = all(t.text.islower() and t.low not in doc.lang.articles for t in tail)
        alone = all(t.text in PHRASE_END for t in after)
        if body and (alone or (named and comma < len(after) - 1 and toks[-1].text == ",")):
            return body
    medium = next((k for k in range(1, len(toks) - 1) if medium_length(doc, toks[k:]) == len(toks) - k), 0)
    if medium:
        toks = toks[:medium]  # `Aiposud in una nota ha precisato`: the subject before the writing
    if toks and incise_gender(doc, toks[-1]) is not None:
        return _incise_speaker(doc, toks[-1])  # `…, a-t-elle affirmé`: the auxiliary carries the subject
    fronted = _fronted_source(doc, lead, cue)
    if fronted:
        return fronted
    if doc.lang.pro_drop and not doc.lang.morphology and _phrase_alone(doc, toks):
        return _null_subject(doc, cue)  # `En su informe final sostuvo que …`: the subject left out
    if not toks and doc.lang.pro_drop and doc.lang.head_first and _inverted_next(doc, cue):
        # `Fa sapere la Prefettura di Rieti che «…»`: the verb opens the clause, its subject right after it
        inverted = _subject_after(doc, cue, doc.sentence_of(cue.start)[1])
        if inverted:
            return inverted
    if not toks or (doc.lang.pro_drop and all(t.low in doc.lang.common_starters for t in toks)):
        return _null_subject(doc, cue)
    while len(toks) > 1 and toks[-1].low in doc.lang.passive_auxiliaries:
        toks = toks[:-1]  # `Tom Wade was asked whether …`: the one asked answers
    toks = _after_fronted_time(doc, _relative_before_phrase(doc, toks))
    subordinate = len(toks) > 1 and toks[-1].low in doc.lang.subordinators  # `Wade smiled when asked`
    if toks[-1].low in doc.lang.conjunctions or toks[-1].low == "to" or subordinate:
        s_lo, _ = doc.sentence_of(cue.start)
        return sentence_subject(doc, s_lo, cue.start)
    if plural_pronoun(doc, toks[-1], cue):
        doc.unnamed.add(toks[-1].start)  # `Sie sagten`: several people, no guess from the sentences around
        return None
    named = doc.mention_ending(toks[-1]) if toks else None
    if len(toks) == 2 and plural_article(doc, toks[0], cue) and (named is None or named.kind == "unknown"):
        found = _resolve_np(doc, toks)  # `Die Stadtwerke erklärten:`: the body named before speaks
        if not names_person(doc, found):
            return found
        doc.unnamed.add(toks[0].start)  # `Die Helfer erklärten:`: several people, not the woman last named
        return None
    if _anonymous(doc, toks, cue.start):
        return None  # `a source close to the council told …`: nobody named
    if toks[-1].low in doc.lang.relatives and toks[-1].low != "that":
        toks = strip_adverbs(doc, toks[:-1])
        writer = _relative_writer(doc, toks)
        if writer:
            return writer
    elif toks[-1].low == "that" and toks[-2:-1] and toks[-2].text.islower() and bare_length(toks) > 5:
        return None  # `He referred to Reyes's earlier report that concluded …`: a clause of an object
    if toks and toks[-1].text == ",":
        toks = apposition_head(doc, toks)
    elif toks:
        toks = described_head(doc, toks) or toks
    return _resolve_np(doc, toks) if toks else None


def _after_fronted_time(doc: Document, toks: list[Token]) -> list[Token]:
    """`Trois jours après, la pharmacienne …`, `Le mois dernier, la fleuriste …`: a phrase of time set off by
    a comma before the subject is the clause's adverbial (a detached complement of time), and the subject
    follows it. Only a chunk that opens with its time word, or with articles, numbers or prepositions right
    before it; a noun phrase whose head is a person (`Le veilleur de nuit, encore pâle, …`) is the
    subject, and a phrase that names someone or a body is kept."""
    comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
    if comma is None or not 0 < comma <= _TIME_PHRASE or comma + 1 >= len(toks):
        return toks
    head = toks[:comma]
    lang = doc.lang
    openers = lang.articles | lang.demonstratives | lang.time_openers | lang.numerals | lang.phrase_breaks
    first = next((i for i, t in enumerate(head) if t.low not in openers and not t.text.isdigit()), None)
    lead = head[first] if first is not None else None
    timed = lead is not None and lead.low in lang.time_words and (first == 0 or lead.text.islower())
    named = any(m.kind in {"person", "org"} for m in doc.mentions_in(head[0].start, head[-1].end))
    return toks[comma + 1 :] if timed and not named else toks


def _reflexive(doc: Document, toks: list[Token]) -> bool:
    """`X si è detto «…»`, `X si è detta soddisfatta`: the copula after a reflexive clitic is the auxiliary of
    the pronominal verb's compound tense (dirsi: Serianni, Grammatica italiana, on the auxiliary essere
    with pronominal verbs), no part of the subject."""
    lang = doc.lang
    return len(toks) >= 2 and toks[-1].low in lang.copulas and toks[-2].low in lang.clitics


def _inverted_next(doc: Document, cue: Token) -> bool:
    """Whether a definite article or a capitalised word follows the cue right away and a conjunction (`che`,
    `que`) closes that phrase (`Fa sapere la Prefettura di Rieti che …`): a subject after its verb, not a
    phrase (`Ha detto ieri al consiglio`) nor its object before a colon (`Ha ribadito la linea: «…»`)."""
    toks = doc.tokens_in(cue.end, doc.sentence_of(cue.start)[1])
    if not toks or not (toks[0].low in doc.lang.definite_articles or toks[0].cap):
        return False
    for t in toks[1:12]:
        if t.text in PHRASE_END or MASK in t.text or t.text == ":":
            return False
        if t.low in doc.lang.relatives:
            return True
    return False


def _relative_writer(doc: Document, toks: list[Token]) -> str | None:
    """`A copy of Mayor Ann Lee's email, which described the plan as “…”, reached us`: a relative clause set
    off after a writing's noun with its owner in the possessive is that writing's, so its owner's words (the
    relative pronoun takes up the noun phrase right before it, not the sentence's subject); so is one after
    a writing's noun and the name of its author after "from" or "by" (`forwarded a memo from the Pilots'
    Guild, which called the plan “…”`: the guild's words, not the forwarder's)."""
    lang = doc.lang
    if lang.morphology or len(toks) < 4 or toks[-1].text != ",":
        return None
    if toks[-2].low not in lang.statement_nouns:
        return _writing_author(doc, toks[:-1], close=True)
    for k in range(len(toks) - 3, max(0, len(toks) - 6), -1):
        t = toks[k]
        stem = re.sub(r"['’]s$", "", t.text)
        if stem != t.text and stem.isalpha():
            owner = Token(stem, t.start, t.start + len(stem))
            if owner.cap:
                name = doc.canonical(stem)
                return name if doc.is_person(name) else None
            before = toks[k - 1]
            return described_name(doc, [before, owner]) if before.low in lang.definite_articles else None
        if not (t.text.isalpha() and t.text.islower()) or t.low in lang.phrase_breaks:
            return None
    return None


def _relative_before_phrase(doc: Document, toks: list[Token]) -> list[Token]:
    """`l'Associazione presidi, che in una nota ricorda`, `X, qui dans un communiqué rappelle`: a relative
    pronoun after a comma, then a phrase opened by a preposition before the verb: the relative's antecedent
    is the subject, not the phrase's noun. `toks` cut after the relative pronoun."""
    lang = doc.lang
    for k in range(len(toks) - 3, 0, -1):
        if toks[k].low in lang.relatives and toks[k - 1].text == "," and toks[k].low != "that":
            phrase = toks[k + 1 :]
            opens = phrase[0].low in lang.adverbial_starters or phrase[0].low in lang.phrase_breaks
            plain = all(t.text.isalpha() or t.text in {"'", "’"} or ELIDED.fullmatch(t.low) for t in phrase)
            return toks[: k + 1] if opens and plain and len(phrase) <= 5 else toks
    return toks


def _apposed_person(doc: Document, last: Token, hi: int) -> str | None:
    """ru/uk: the person named in apposition after a comma that closes a subject (`один из судей,
    бывший пловец Фотий Дробот`): a name of two words or more that ends the clause, after at most an
    age or a role (four words); None when the clause after the comma holds no such name."""
    rest = doc.tokens_in(last.end, hi)
    if not rest or rest[0].text != ",":
        return None
    clause: list[Token] = []
    for t in rest[1:]:
        if t.text in {".", ";", ":", "!", "?", ",", "(", "—", "–"} or MASK in t.text:
            break
        clause.append(t)
    if not clause:
        return None
    for m in doc.mentions_in(clause[0].start, clause[-1].end):
        before = [t for t in clause if t.end <= m.start]
        if m.kind == "person" and " " in m.name and m.end >= clause[-1].end and len(before) <= 4:
            return name_of(doc, m)
    return None


def _inflected_subject_after(
    doc: Document, cue: Token, hi: int, any_case: bool = False, strict: bool = False
) -> str | None:
    """In a language with cases the subject after the verb is the nominative, wherever it stands:
    `— рассказала РИА Новости местная жительница Ольга Кравец`. A role noun alone (`— пояснил
    чиновник`) names the last person of the verb's gender."""
    code = doc.lang.morphology or ""
    window: list[Token] = []
    after = doc.tokens_in(cue.end, hi)
    if len(after) > 2 and after[0].text == "," and morph.is_gerund(code, after[1].low):
        # `— сказал, выступая на форуме, Андрей Волков`: past the participle's clause to the subject
        close = next((k for k in range(2, min(len(after), 14)) if after[k].text == ","), None)
        after = after[close + 1 :] if close else after
    for k, t in enumerate(after):
        if t.text == "." and window and len(window[-1].text) == 1 and window[-1].text.isalpha():
            window.pop()  # an initial ("По словам П.Коробейникова"), a title's abbreviation ("и. о.")
            continue
        if t.text == "," and window and k + 1 < len(after) and _roles_go_on(doc, window, after[k + 1]):
            continue  # `— считает доктор экономических наук, профессор МГУ Анатолий Петров`
        if t.text in {".", ";", ":", "!", "?", ",", "(", "—", "–"} or MASK in t.text:
            break
        window.append(t)
    if not window:
        return None if any_case else _null_subject(doc, cue)
    head = morph.lemma_of(code, window[0].low.split("-")[-1])
    if head in doc.lang.statement_nouns and len(window) > 1:  # `— пишет Telegram-канал губернатора X`
        titled = [m for m in doc.mentions_in(window[0].start, window[0].end) if m.start == window[0].start]
        if titled and " " in titled[0].name:
            return titled[0].name.split(" ", 1)[1]  # `— пишет Telegram-канал Mash`: the channel's name
        own = [m for m in doc.mentions_in(window[1].start, window[-1].end) if m.start <= window[-1].start]
        if own and own[0].start <= window[min(2, len(window) - 1)].start and own[0].kind != "place":
            return name_of(doc, own[0])
    names = [m for m in doc.mentions_in(window[0].start, window[-1].end) if m.nominative or any_case]
    # a full name opened by a first name the name list or the dictionary knows ("Остап")
    firsts = [(m, m.name.split()[0]) for m in names if m.kind == "person" and " " in m.name]
    full = [m for m, first in firsts if is_first_name(first) or morph.is_name_word(code, first)]
    for m in names:
        if m.kind in {"person", "unknown"}:
            if " " not in m.name and full and full[-1].start > m.start:
                m = full[-1]  # `— зазначила речниця Сил оборони півдня Наталія Гуменюк`: the name, not a word
            return name_of(doc, m)  # of the role's body
    if len(window) > 2 and ONE_OF.get(window[0].low) and window[1].low in _FROM:
        apposed = _apposed_person(doc, window[-1], hi)
        if apposed:
            return apposed  # `— сказал один из судей, бывший пловец Фотий Дробот`: the name after the comma
        doc.unnamed.add(window[0].start)  # `— пожаловался один из водителей`: someone of many, unnamed
        return None
    if morph.is_plural_verb(code, cue.low):
        body = body_in(doc, window, 3) or _body_there(doc, window, cue)
        if body:
            return body  # `— сообщили в региональном ГУ МЧС`
    for k, t in enumerate(window[:3]):
        if t.text[:1].islower() and morph.lemma_of(code, t.low) in doc.lang.spokes_nouns:
            holder = doc.role_holder(t, morph.verb_gender(code, cue.low))
            p_lo, p_hi = doc.sentence_before(doc.sentence_of(cue.start)[0])
            near = any(doc.canonical(m.name) == holder for m in doc.mentions_in(p_lo, p_hi))
            if holder and (near or (doc.last_quote and doc.last_quote[0] == holder)):
                return holder  # `Речник МЗС X … «…», — додав речник МЗС`: the spokesman named, speaking on
            body = morph.body_phrase(code, words_from(doc, window, k + 1), "gent")
            if body:
                return body_named(doc, body, t.start)  # `— сказал пресс-секретарь Кремля`
    for k, t in enumerate(window[:3]):
        lemma = morph.lemma_of(code, t.low)
        named = t.low.split("-")[-1] in doc.lang.org_words or lemma in doc.lang.generic_bodies
        if t.text[:1].islower() and named:
            phrase = morph.body_phrase(code, words_from(doc, window, k), "nomn")
            if phrase:
                return body_named(doc, phrase, t.start)  # `— заявила пресс-служба администрации Перми`
    gender = morph.verb_gender(code, cue.low)
    for t in window:
        if t.low in doc.g.pronouns:
            return speaking_pronoun(doc, t.start, doc.g.pronouns[t.low])
        if t.text[:1].islower():
            if morph.lemma_of(code, t.low) in doc.lang.source_nouns:
                return _interlocutor(doc, t, window[window.index(t) + 1 :], gender)
            role, role_gender = morph.is_nominative_noun(code, t.low, any_case)
            if role or t.low in doc.lang.titles:
                # a masculine noun with no feminine beside it names women too (`— говорит эксперт`), and
                # so does one the press uses of women in the masculine (ru `— говорит специалист`)
                either = role_gender == "m" and (
                    morph.lemma_of(code, t.low) in doc.lang.either_sex_roles
                    or not morph.names_men_only(code, t.low)
                )
                return _role_speaker(doc, t, gender or (None if either else role_gender))
    if strict:
        return None  # `…, пояснив УП, що …`: after a comma, an outlet told is no inverted subject
    return name_of(doc, names[0]) if names else None


def _roles_go_on(doc: Document, window: list[Token], nxt: Token) -> bool:
    """ru/uk: a comma between two roles of one subject after the verb (`доктор наук, профессор МГУ X`):
    the window so far names no one and opens with a role noun, and so does the part after the comma."""
    code = doc.lang.morphology or ""
    if doc.mentions_in(window[0].start, window[-1].end) or not nxt.text[:1].islower():
        return False
    return all(t.low in doc.lang.titles or morph.is_nominative_noun(code, t.low)[0] for t in (window[0], nxt))


def _interlocutor(doc: Document, noun: Token, rest: list[Token], gender: str | None) -> str | None:
    """ru/uk: `— добавил собеседник агентства` right after a named person's quote: the press calls the
    person it talked to its interlocutor. A source (`источник`), one described further (`собеседник в
    правительстве`), one after a source or someone unnamed was brought in, or one after another's quote
    is someone the article does not name."""
    code = doc.lang.morphology or ""
    if morph.lemma_of(code, noun.low) not in doc.lang.interlocutors:
        return None
    if len(rest) > 2 or any(x.low in doc.lang.phrase_breaks for x in rest):
        return None
    gender = gender or morph.is_nominative_noun(code, noun.low)[1]
    found = speaking_pronoun(doc, noun.start, gender)
    if not found or not doc.is_person(found):
        return None
    told = _told_before(doc, noun.start, found)  # "В интервью РБК рассказал X. «…», — добавил собеседник"
    if not told and (doc.last_quote is None or found != doc.last_quote[0]):
        return None
    before = doc.sentence_before(doc.sentence_of(noun.start)[0])[0]
    since = doc.last_quote[1] if doc.last_quote and not told else before
    between = doc.tokens_in(since, noun.start)
    if any(morph.lemma_of(code, x.low) in doc.lang.source_nouns for x in between):
        return None  # `Как рассказал источник, … — сказал собеседник издания`: the source brought in since
    unnamed = any(x.cap and morph.person_noun(code, x.low)[0] and doc.new_person(x) for x in between)
    return None if unnamed or doc.spoke_unnamed(since, noun.start) else found  # `Соседка Соколовой …`


def _told_before(doc: Document, pos: int, found: str) -> bool:
    """ru/uk: the sentence before the one at `pos` has `found`, the one person it names, tell something
    ("Об этом в интервью РБК рассказал X.")."""
    lo, hi = doc.sentence_before(doc.sentence_of(pos)[0])
    return _one_person_with(doc, lo, hi, doc.g.speech) == found


def _one_person_with(doc: Document, lo: int, hi: int, verbs: Container[str]) -> str | None:
    """The one person `doc.text[lo:hi]` names, where a word of `verbs` stands too ("told", "рассказал",
    "zitiert"); None when it names nobody or several people, or has none of the verbs."""
    people = {name_of(doc, m) for m in doc.mentions_in(lo, hi) if m.kind == "person"}
    if len(people) != 1 or not any(t.low in verbs for t in doc.tokens_in(lo, hi)):
        return None
    return people.pop()


def _person_within(doc: Document, toks: list[Token]) -> Mention | None:
    """The first person named with a first name who ends in `toks` and starts in them too, before the
    phrase ends (`Joaquim Guerreiro` of `ao Observador Joaquim Guerreiro, agricultor`)."""
    for t in toks:
        if t.text in PHRASE_END or t.text in {".", ";"} or MASK in t.text:
            break
        m = doc.mention_ending(t)
        named = m is not None and m.kind == "person" and is_first_name(m.name.split()[0])
        if m is not None and named and m.start >= toks[0].start:
            return m
    return None


def _after_object(doc: Document, toks: list[Token]) -> str | None:
    """`contou ao Observador Joaquim Guerreiro, agricultor`: past an indirect object to the named subject."""
    lang = doc.lang
    if not toks or toks[0].low not in lang.phrase_breaks:
        return None
    if toks[0].low in lang.relatives or toks[0].low in lang.subordinators or toks[0].low in lang.conjunctions:
        return None
    m = _person_within(doc, toks[1:7])
    if m is not None:
        return name_of(doc, m)
    # `a assuré devant la presse le directeur du groupe, Philippe Arnaud`: past the phrase, the subject.
    definite = lang.definite_articles
    # `disse ao g1 o secretário …`: the last article past the object (the preposition may hold the first).
    # An article right after a preposition opens another complement ("dijo a la Cadena SER a la salida").
    articles = [
        i
        for i, t in enumerate(toks[:8])
        if i >= 2
        and (t.low in definite or t.low in lang.indefinite_articles or ELIDED.fullmatch(t.low))
        and toks[i - 1].low not in lang.phrase_breaks
    ]  # `informó a Efe un portavoz de Salvamento Marítimo`: an indefinite subject too
    named = _possessive_apposition(doc, toks, articles[-1] if articles else 0)
    if named is not None:
        return named
    role = bool(articles) and articles[-1] + 1 < len(toks) and toks[articles[-1] + 1].text[:1].islower()
    if role:  # a role noun follows the article, not a name ("en declaraciones a La Vanguardia")
        article = toks[articles[-1]]
        found = _subject_after(doc, toks[articles[-1] - 1], toks[-1].end)
        unnamed = article.low in lang.indefinite_articles or toks[articles[-1] + 1].low in lang.source_nouns
        if found is None and unnamed:
            doc.unnamed.add(article.start)  # `afirmó a este medio una fuente oficial`: nobody named
        return found
    clause = until_break(toks)
    if articles and toks[articles[-1]].low in definite and articles[-1] + 1 < len(clause):
        # `afferma in una nota il Codacons`, `afirmou em nota a Petrobras`: a name closing the clause
        head = toks[articles[-1] + 1]
        m = next((m for m in doc.mentions_in(head.start, clause[-1].end) if m.start == head.start), None)
        if m is not None and m.end == clause[-1].end:
            return name_of(doc, m)
    return None


def _possessive_apposition(doc: Document, toks: list[Token], after: int) -> str | None:
    """`a déclaré à la radio son directeur, X`: past the indirect object (and past any article), a
    possessive determiner, lower-case role words and a comma open the subject when a name follows in
    apposition; an unnamed possessive phrase (`sa porte-parole`, `su gabinete de prensa`) is left to the
    body it stands for."""
    lang = doc.lang
    owned = [
        i
        for i, t in enumerate(toks[:8])
        if i >= 2 and i > after and t.low in lang.possessive_pronouns
        and toks[i - 1].low not in lang.phrase_breaks
    ]
    if not owned:
        return None
    last = owned[-1]
    comma = next((k for k in range(last + 2, min(len(toks), last + 6)) if toks[k].text == ","), None)
    if comma is None or comma + 1 >= len(toks) or any(t.text[:1].isupper() for t in toks[last + 1 : comma]):
        return None
    found = _subject_after(doc, toks[last - 1], toks[-1].end)
    return found if found is not None and found[:1].isupper() else None


def _subject_after(
    doc: Document, cue: Token, hi: int, strict: bool = False, source: bool = False
) -> str | None:
    """The subject of an inverted cue: `said John Smith, a spokesman,` / `said a spokesman, John Smith`.

    `strict` (the cue follows a comma inside the sentence) rejects a name that is followed by more
    of a clause: `, says Hillsborough is …` is not an inversion.
    """
    if doc.lang.morphology:
        return _inflected_subject_after(doc, cue, hi, any_case=source, strict=strict)
    toks = doc.tokens_in(cue.end, hi)
    if len(toks) > 3 and toks[0].text == "," and not doc.lang.morphology:
        # `a rappelé, mardi, le garde des Sceaux`, `contou, emocionada, a agricultora X`: an aside
        close = next((k for k in range(2, min(len(toks), 9)) if toks[k].text == ","), None)
        aside = toks[1:close] if close else []
        lowered = all(x.text[:1].islower() and x.low not in doc.lang.determiners for x in aside)
        lowered = lowered and len(aside) < 4
        # `afirmou, em declarações à SIC Notícias, a ministra X`: a phrase of a preposition, names and all
        placed = bool(aside) and aside[0].low in doc.lang.adverbial_starters and doc.lang.head_first
        if aside and (lowered or placed):
            toks = toks[close + 1 :]
    while toks and (is_adverb(doc, toks[0]) or toks[0].low in doc.lang.time_words or toks[0].low == "on"):
        toks = toks[1:]
    if doc.lang.capitalised_nouns and toks and toks[0].low in doc.lang.clitics and len(toks) > 1:
        toks = toks[1:]  # `Das fragt sich X seit Wochen`: the reflexive before the subject
    if _anonymous(doc, toks, hi):
        return None  # `said a person familiar with the talks`: nobody named
    particle = _particle_surname(doc, toks)
    if particle:
        return particle
    out: list[Token] = []
    rest: list[Token] = []
    for i, t in enumerate(toks):
        starts_name = t.cap and any(m.start == t.start for m in doc.mentions_in(t.start, t.end))
        within = t.low in doc.lang.name_connectors and out and _within_name(doc, t)  # `Mme de Villiers`
        if t.low in doc.lang.conjunctions and _couple(toks, i, out):
            return doc.text[out[0].start : toks[i + 2].end]  # `said Tom and Ella Briggs`: both
        breaks = t.low in doc.lang.phrase_breaks and not starts_name and not within
        # a preposition elided and glued to its noun (`all'uscita dall'aula`), not a genitive's (`dell'ente`)
        glued = GLUED.fullmatch(t.low)
        breaks = breaks or (glued is not None and bool(out) and _adverbial_preposition(doc.lang, glued[1]))
        # `fanno sapere dall'azienda`: a plural verb with no subject, the body the statement comes from
        # (`source_body`); not `racconta dall'ospedale la pensionata X`
        source = glued is not None and not out and glued.group(1) in doc.lang.source_prepositions
        breaks = breaks or (source and _plural_verb(doc, cue))
        if t.text in PHRASE_END or t.text[0] == MASK or breaks:
            rest = toks[i:]
            break
        short = bool(out) and (len(out[-1].text) <= 3 or out[-1].low in doc.lang.abbreviations)
        if t.text == "." and not (short and out[-1].end == t.start):  # `said Coun. Ann Lee`: a title's stop
            rest = toks[i:]
            break
        if len(out) > 1 and t.text.islower() and is_adverb(doc, t) and t.low not in doc.lang.cue_adverbs:
            rest = toks[i:]  # `ha commentato il Guardasigilli lasciando l'Aula`: a gerund ends the subject
            break
        if out and not doc.lang.capitalised_nouns and _opens_time(doc, toks, i):
            rest = toks[i:]  # `a répondu la directrice le lendemain`: the time the verb took place
            break
        if doc.lang.capitalised_nouns and out and out[-1].cap and t.text.islower() and not _np_word(doc, t):
            rest = toks[i:]  # `Nach Angaben der Polizei ist klar:`: a lower-case word after a noun, a verb
            break
        joined = t.low in doc.lang.conjunctions and _verb_joined(doc, toks, i)
        # `sagte die 54-Jährige der Zeitung`, `sagte die Bürgermeisterin Anja Kessler der Zeitung`: an age or
        # a person's name takes no genitive after it, the article opens the dative object (whom she told)
        aged = bool(out) and t.low in doc.lang.articles and out[-1].text[:1].isdigit()
        told = bool(out) and t.low in doc.lang.dative_articles and _told_after(doc, out)
        if doc.lang.capitalised_nouns and out and (joined or aged or told):
            rest = toks[i:]  # `sagt der 71-Jährige und lacht`: a second verb of the subject, no second name
            break
        out.append(t)
    while len(out) > 1 and out[-1].low in doc.lang.verb_particles:
        out.pop()  # `fügt Hesse hinzu`: the particle of a separable verb closes the clause
    if not out:  # `…, explicó a EFE que …`: after a comma, no inversion, and no subject left out either
        if strict:
            return None
        near = doc.mentions_in(rest[0].start, rest[-1].end) if rest else []
        named = any(m.kind == "person" and not common_noun_opens(doc, m.name) for m in near)
        body = None if named else source_body(doc, rest)  # `fanno sapere dal Comune`, not `à l'AFP X`
        found = body or _after_object(doc, rest)
        if found is None and rest and doc.spoke_unnamed(rest[0].start, rest[-1].end + 1):
            return None  # `contou ao JN uma enfermeira que …`: someone unnamed, no subject left out
        return found or _null_subject(doc, cue)
    if out[0].low in doc.g.pronouns and plural_pronoun(doc, out[0], cue):
        doc.unnamed.add(out[0].start)  # `sagten sie`: several people, no guess from the sentences around
        return None
    if out[0].low in doc.g.pronouns:
        return _resolve_np(doc, out[:1])
    owner = words_owner(doc, out)
    if owner:
        return owner  # `„…“, so ihre Worte`
    lang = doc.lang
    document = len(out) == 2 and out[0].low in lang.articles and out[1].low in lang.statement_nouns
    if document and not lang.morphology:
        return statement_source(doc, [cue, *out, *rest])  # `señala el comunicado de la Consejería`: its body
    body = len(out) == 2 and out[0].low in lang.definite_articles and out[1].low in lang.generic_bodies
    if body and len(rest) > 1 and rest[0].low in lang.name_connectors and rest[1].cap:
        named = doc.mention_ending(rest[1])  # `la préfecture du Finistère`: the body and what it serves
        if named is not None and named.kind in {"place", "unknown", "org"}:
            return doc.text[out[0].start : named.end]
    # `indique la société de transport`, `ajoute le service de presse`: the body named before, unless
    # the text gave that noun to a person (`Le gestionnaire du dossier, Paul Remy,`)
    department = len(out) == 2 and out[0].low in lang.definite_articles and out[1].low in lang.departments
    does = len(rest) > 1 and rest[0].low in lang.name_connectors and _what_it_does(doc, rest)
    if (body or department) and does and not described_name(doc, out):
        found = named_body(doc, out) if body else body_of_kind(doc, out, out[1].low)
        if found:
            return found
    if any(t.low in lang.source_nouns and t.text[:1].islower() for t in out):
        # `dijeron fuentes de la Policía Nacional`; `a confié cette source`: a source that names no body
        # is nobody
        return spokesperson(doc, out + rest[:8])
    bare = out[0].low not in lang.determiners and not ELIDED.fullmatch(out[0].low)
    if lang.pro_drop and bare and all(t.text[:1].islower() for t in out):
        return None if strict else _null_subject(doc, cue)  # `racconta commosso`: no subject, an adjective
    spoken_for = None if named_after_comma(doc, rest, hi) else spokesperson(doc, out + until_break(rest))
    spoken_for = spoken_for or _document_of(doc, out + until_break(rest))  # `said a letter from X`
    if spoken_for:
        return spoken_for  # `said a spokeswoman for the resort, Jennifer Oakes`: she is named below
    names = doc.mentions_in(out[0].start, out[-1].end)
    # `Das sei „…“ gewesen, sagte die 54-Jährige.`: where nouns are capitalised, a definite noun phrase
    # that closes the clause after the verb is its subject, named or not
    closes = not rest or rest[0].text in PHRASE_END or rest[0].text == "."
    phrase = lang.capitalised_nouns and out[0].low in lang.definite_articles and len(out) <= 3 and closes
    if strict and not phrase and (not names or names[0].possessive or names[-1].end < out[-1].end):
        return None
    if strict and rest and rest[0].text == ":" and not _clause_before(doc, cue):
        return None  # `The judge, Ann Lee, asked Tom Baker: “…”`: the verb's object, not its subject
    owner = bool(names) and names[0].possessive and names[0].start == out[0].start
    last = names[-1] if names else None
    # (`said Keepers director Ana Pruitt`: a body's short name read as a surname, then a role in lower case)
    role = last is not None and any(
        is_title_word(doc.g, t.text) and t.text.islower() for t in out if names[0].end <= t.start < last.start
    )
    first = last is not None and (names[0].kind != "person" or (role and is_first_name(last.name.split()[0])))
    if last is not None and last.kind == "person" and first and last.end == out[-1].end:
        return name_of(doc, last)  # `responded NASA administrator Ivo Stern`: the body, the role, the person
    if names and out[0].cap and not owner:
        return _sentence_case_name(doc, names[0], out, rest) or name_of(doc, names[0])
    named = named_after_comma(doc, rest, hi)
    if named and (out[0].low in lang.determiners or ELIDED.fullmatch(out[0].low) or owner):
        return named  # `said a Justice Department spokesman, Ken Lowe.`, `said Acme's chief, Ann Lee.`
    if names and lang.capitalised_nouns and out[0].low in lang.determiners:
        described = _resolve_np(doc, out)  # `teilte das Ministerium mit`: a noun, not yet a name
        if described or out[0].low in lang.indefinite_articles:
            return described  # `sagte eine Anwohnerin`: nobody named
    after = [t for t in out if t.start >= names[-1].end][:1] if names else []
    modifier = bool(after) and after[0].text[:1].islower() and after[0].low not in lang.stopwords
    modifier = modifier and not is_adverb(doc, after[0])  # `il sindaco Matteo Lorenzini presentando …`
    if names and modifier and (out[0].low in lang.determiners or owner) and not lang.capitalised_nouns:
        return _resolve_np(doc, out)  # `said one Democratic source`, `said United's head coach`: a role
    if names:
        return name_of(doc, names[-1])
    if named:
        return named
    # `a indiqué l'adjointe au maire Émilie Rousseau.`: a named person closing the phrase without a comma.
    m = _person_within(doc, rest[:6])
    if m is not None and role_of_person(doc, out + rest, m):
        return other_than_complement(doc, out, m)  # `a déclaré l'avocat de Marc Roux`: not Marc Roux
    if m is not None:
        return name_of(doc, m)
    return _role_with_complement(doc, out, rest) or _resolve_np(doc, out)


def _opens_time(doc: Document, toks: list[Token], i: int) -> bool:
    """`le lendemain`, `pochi minuti dopo`, `más tarde`, `esta manhã`: a phrase of time opens at `toks[i]`, a
    time word in lower case or a determiner, a number or a word of degree before one. After the subject
    of an inverted verb it is the verb's adverbial, the subject ends before it (Grevisse, Le bon usage, on
    the inverted subject; the same order in es, it, pt)."""
    lang = doc.lang
    t = toks[i]
    if not t.text.islower():
        return False
    if t.low in lang.time_words:
        return True
    opener = t.low in lang.determiners | lang.demonstratives | lang.time_openers or t.text.isdigit()
    return opener and i + 1 < len(toks) and toks[i + 1].text.islower() and toks[i + 1].low in lang.time_words


def _adverbial_preposition(lang: Language, word: str) -> bool:
    """A preposition that opens an adverbial phrase, no name's connector (`all'`, `dall'`, not `dell'`)."""
    return word in lang.phrase_breaks and word not in lang.name_connectors | lang.articles


def _what_it_does(doc: Document, rest: list[Token]) -> bool:
    """`de transport`, `du réseau dans un communiqué`: after a noun of a body's kind, a complement in lower
    case that tells what the body does, not its name in sentence case (`des transports du Petit Morne`,
    `de la Gironde`) up to another phrase (`dans un communiqué`)."""
    lang = doc.lang
    clause = until_break(rest)
    for k, t in enumerate(clause):
        if k and t.low in lang.phrase_breaks and t.low not in lang.name_connectors:
            return k > 1
        if any(ch.isupper() for ch in t.text) or (k == 1 and t.low in lang.articles):
            return False
    # not before a comma: `Para a defesa da instituição, representada por X,`: an apposition follows
    after = rest[len(clause) : len(clause) + 1]
    return len(rest) > 1 and not (after and after[0].text == ",")


def _clause_before(doc: Document, cue: Token) -> bool:
    """`Das sei verschoben, betonte die Stadträtin:`, `I sentieri ingannano, avverte la guida Ada Neri:`:
    a lower-case word before the comma closes a clause of its own (not an apposition like `Die Ministerin,
    Ann Lee,`), so the verb after it is inverted and the noun phrase after the verb is its subject. Where
    nouns are capitalised, or where a speech verb's object would come after a preposition (`chiede a`)."""
    before = doc.tokens_in(max(0, cue.start - 40), cue.start)[-2:]
    return (
        (doc.lang.capitalised_nouns or doc.lang.head_first)
        and len(before) == 2
        and before[1].text == ","
        and before[0].text.isalpha()
        and before[0].text.islower()
    )


def _particle_surname(doc: Document, toks: list[Token]) -> str | None:
    """`ajoute de Villiers`: a particle and a surname that together close a full name given earlier;
    `dijo Do Carmo`: a particle written with a capital inside the sentence is the surname's own."""
    if len(toks) < 2 or toks[0].low not in doc.lang.name_connectors or not toks[1].cap:
        return None
    m = next((m for m in doc.mentions_in(toks[1].start, toks[1].end + 1) if m.start == toks[1].start), None)
    if m is None:
        return None
    full = doc.canonical(m.name)
    if full.lower().endswith(f" {toks[0].low} {m.name.lower()}"):
        return full
    return doc.text[toks[0].start : m.end] if toks[0].cap and m.kind in ("person", "unknown") else None


def _told_after(doc: Document, out: list[Token]) -> bool:
    """German, the subject `out` after a speech verb, a dative article next: a person's name takes no
    genitive after it, so the article opens the verb's object, whom the speaker told (`sagte die
    Bürgermeisterin Anja Kessler der Zeitung`). After an article and a role noun that named a person
    before (`Bürgermeisterin Anja Kessler … sagte die Bürgermeisterin der Zeitung` / `der Stadt`) it opens
    the object or the role's complement, and either way she speaks; a role nobody held yet stays as it is."""
    t = out[-1]
    m = doc.mention_ending(t)
    if m is not None and m.kind == "person" and m.end == t.end:
        return True
    return len(out) == 2 and person_spoken_for(doc, out, t) is not None


def _within_name(doc: Document, t: Token) -> bool:
    """The particle `t` stands inside a person's name (`M. de Villepin`, `Mme de Villiers`)."""
    m = doc.mention_ending(t)
    return m is not None and m.kind == "person" and m.start <= t.start and t.end < m.end


_INFINITIVE = 3.5  # Zipf frequency from which a word is a common one (a verb's infinitive)
_ADJECTIVE_FORM = 2.0  # ... and under which it is none (an adjective's form in -es, -em)


@lru_cache(maxsize=20_000)
def _reported_form(code: str, ending: str, word: str) -> bool:
    """`koste`, `fehle`, `fordere`: the third person singular of the reporting mood on any verb."""
    if not ending or not word.endswith(ending) or len(word) < 4 or not word.isalpha() or not word.islower():
        return False
    infinitive = max(zipf(word + "n", code), zipf(word[:-1] + "n", code) if word.endswith("ere") else 0.0)
    adjective = max(zipf(word + "s", code), zipf(word + "m", code))
    return infinitive >= _INFINITIVE and adjective < _ADJECTIVE_FORM


def _reported(doc: Document, t: Token) -> bool:
    lang = doc.lang
    return t.low in lang.reported_forms or _reported_form(lang.wordfreq or "", lang.reported_ending, t.text)


def _unnamed_group(doc: Document, speaker: str, lo: int, hi: int) -> bool:
    """Where nouns are capitalised, whether `speaker` is a plural noun for people with no article, alone
    or after a word of number, next to a plural verb in the quote's sentence or the one before
    (`Anwohner sagen: „…“`, `„…“, warnen viele Experten.`): a group, no one named."""
    lang = doc.lang
    words = speaker.split()
    if not lang.quantifiers or not lang.plural_endings or not words[-1][:1].isupper() or len(words) > 2:
        return False
    if len(words) == 2 and words[0].lower() not in lang.quantifiers:
        return False
    noun = words[-1]
    named = is_first_name(noun) or doc.canonical(noun) != noun  # `Berger`, given in full before
    if named or noun.lower() in lang.org_words or noun.lower() in lang.generic_bodies:
        return False
    toks = doc.tokens_in(doc.sentence_before(lo)[0] if lo > 0 else lo, hi)
    verbs = lang.speech_verbs | lang.finite_verbs
    openers = lang.articles | lang.determiners | lang.phrase_breaks
    for i, t in enumerate(toks):
        if t.text != noun:
            continue
        before = toks[i - 1] if i else None
        quantified = before is not None and before.low in lang.quantifiers
        if quantified:
            before = toks[i - 2] if i > 1 else None
        bare = before is None or before.low not in openers
        after = toks[i + 1] if i + 1 < len(toks) else None
        plural = [w for w in (before, after) if w is not None and w.text.islower() and w.low in verbs]
        if bare and any(w.low.endswith(lang.plural_endings) for w in plural):
            return True
    return False


def _advert_heads(lang: Language, tokens: Sequence[Token]) -> set[int]:
    """Where `tokens` name an advertisement (`Language.advert_nouns`) as the head of its noun phrase: the
    next word is no lower-case word of content (`a new ad on Monday`, not `a commercial break`)."""
    def modified(i: int) -> bool:
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return nxt is not None and nxt.text.isalpha() and nxt.text.islower() and nxt.low not in lang.stopwords

    return {i for i, t in enumerate(tokens) if t.low in lang.advert_nouns and not modified(i)}


def _sponsor(doc: Document, window: Sequence[Token]) -> str | None:
    """The name after a sponsor's participle and "by" (`Language.sponsor_participles`) in a phrase that
    describes an advertisement: `The ad, paid for by X`, `The spot was funded by X`; not `The race,
    sponsored by X` (the sponsor of something else)."""
    lang = doc.lang
    heads = _advert_heads(lang, window)
    for i in range(len(window) - 1, 0, -1):
        parts = [p for p in range(max(0, i - 2), i) if window[p].low in lang.sponsor_participles]
        if window[i].low not in lang.agent_prepositions or not parts or parts[0] < 2:
            continue
        link = window[parts[0] - 1]
        if (link.text != "," and link.low not in lang.passive_auxiliaries) or parts[0] - 2 not in heads:
            continue
        run: list[Token] = []
        rest = window[i + 1 :]
        for k, t in enumerate(rest):
            if not t.text[:1].isalpha():
                break
            named_on = k + 1 < len(rest) and rest[k + 1].cap
            joins = bool(run) and named_on and t.low in lang.body_connectors | lang.body_conjunctions
            if t.cap or joins:
                run.append(t)
            elif run and t.low in lang.phrase_breaks:
                break  # `by X and airing since …`: the name has ended
            elif run:
                run = []  # `a group called X`: a word describing the name that follows
        if run:
            return doc.text[run[0].start : run[-1].end]
    return None


def _advert_voice(doc: Document, span: QuoteSpan, lo: int, hi: int) -> str | None:
    """`The spot, paid for by X, shows … while a narrator says: “…”`, `The Y campaign released an ad. In it,
    an announcer says …`: the unnamed voice of a paid advertisement (`Language.voice_nouns`, after an
    article, right before the quote or right after it) reads the words of whoever paid for it, in the
    quote's sentence or the two before: the sponsor named in a phrase describing the advertisement
    (`_sponsor`), or else the campaign of a person the text names, in a sentence that then names the
    advertisement (`The X campaign released a new ad`)."""
    lang = doc.lang
    near = doc.tokens_in(lo, span.outer_start)[-7:] + doc.tokens_in(span.outer_end, hi)[:4]
    voices = [t for p, t in itertools.pairwise(near) if t.low in lang.voice_nouns and p.low in lang.articles]
    if not voices:
        return None
    named = [n for n in doc.tokens_in(voices[0].end, hi)[:2] if n.text != ","][:1]
    if named and any(m.kind == "person" for m in doc.mentions_in(named[0].start, named[0].end)):
        return None  # `the announcer, Gil Perrault, says`: a voice given a name is that person
    w_lo = doc.sentence_before(doc.sentence_before(lo)[0])[0] if lo > 0 else lo
    sponsor = _sponsor(doc, doc.tokens_in(w_lo, span.outer_start))
    if sponsor:
        return sponsor
    people = {m.name.split()[-1] for m in doc.mentions if m.kind == "person"}
    owner = rf"\b(?:(?i:{'|'.join(sorted(lang.definite_articles))}) (\w+)|(\w+)['’]s(?: [a-z-]+)?) campaign\b"
    named_owners = []
    for a, b in doc.sentences:
        if b <= w_lo or a >= span.outer_start:
            continue
        for m in re.finditer(owner, doc.masked[a:b]):
            after = doc.tokens_in(a + m.end(), min(b, span.outer_start))
            if (m.group(1) or m.group(2)) in people and _advert_heads(lang, after):
                named_owners.append(m.group(1) or m.group(2))
    return f"{named_owners[-1]} campaign" if named_owners else None


def _reporter_before(doc: Document, lo: int, hi: int) -> str | None:
    """Who began the reported speech that the sentence `[lo, hi)` continues (Konjunktiv I in German):
    the speaker of up to two sentences before it, the first that names one."""
    for _ in range(2):
        if lo <= 0 or not any(_reported(doc, t) for t in doc.tokens_in(lo, hi)):
            return None
        lo, hi = doc.sentence_before(lo)
        if MASK in doc.masked[lo:hi]:
            return None
        speaker = _cue_speaker(doc, lo, hi)
        if speaker is not None:
            return speaker
        opening = doc.tokens_in(doc.main_clause_start(lo, hi), hi)[:2]
        subject = sentence_subject(doc, lo, hi) or (epithet(doc, opening) if len(opening) == 2 else None)
        if subject is not None and doc.is_person(subject):
            return subject  # `Der Bauer X ist erschüttert. Seine Kühe seien „…“`: the one the text was about
    return None


def _np_word(doc: Document, t: Token) -> bool:
    """A word that may follow a noun inside its phrase: an article, a particle, a preposition, "und"."""
    lang = doc.lang
    return t.low in lang.articles or t.low in lang.name_connectors or t.low in lang.phrase_breaks or (
        t.low in lang.conjunctions
    )


def _verb_joined(doc: Document, toks: list[Token], i: int) -> bool:
    """Where nouns are capitalised, the conjunction at `i` joins a verb (`und lacht`, `und zuckt mit den
    Schultern`): a lower-case word after it, no article, and no noun it would describe right after."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or not nxt.text.isalpha() or not nxt.text.islower() or nxt.low in doc.lang.determiners:
        return False
    after = toks[i + 2] if i + 2 < len(toks) else None
    return after is None or not after.cap  # `und frühere Lehrerin Ida Kern`: an adjective, then the noun


def _couple(toks: list[Token], i: int, out: list[Token]) -> bool:
    """`Tom and Ella Briggs`: two first names joined before the surname they share."""
    if len(out) != 1 or i + 2 >= len(toks) or not is_first_name(out[0].text):
        return False
    return is_first_name(toks[i + 1].text) and toks[i + 2].cap and not is_first_name(toks[i + 2].text)


def _sentence_case_name(doc: Document, head: Mention, out: list[Token], rest: list[Token]) -> str | None:
    """`a indiqué Domaines skiables de France dans un communiqué`: where names of bodies are written with
    one capital (fr, es, it, pt), a capitalised word that is no person's name, lower-case words after it
    and a genitive complement naming a place or body are one name, the inverted subject."""
    lang = doc.lang
    if lang.capitalised_nouns or not lang.head_first or " " in head.name or head.kind == "person":
        return None
    if is_first_name(head.name) or head.start != out[0].start or len(out) < 2:
        return None
    words = out[1:]
    if not all(t.text[:1].islower() and t.text.isalpha() and t.low not in lang.stopwords for t in words):
        return None
    end = words[-1]
    genitive = lang.phrase_breaks & lang.name_connectors
    if len(rest) > 1 and rest[0].low in genitive and rest[1].cap:
        named = [m for m in doc.mentions_in(rest[1].start, rest[1].end) if m.start == rest[1].start]
        if named and named[0].kind != "person":
            return doc.text[head.start : named[0].end]
    return doc.text[head.start : end.end]


def _role_with_complement(doc: Document, out: list[Token], rest: list[Token]) -> str | None:
    """`explicó la directora del albergue`, `a déclaré le président du club`: a definite role noun after
    its verb, completed by a genitive phrase, is that role as written, unless the text gave a name
    beside the role before (`la directora del albergue, Ana Ruiz`)."""
    lang = doc.lang
    genitive = lang.phrase_breaks & lang.name_connectors
    if lang.capitalised_nouns or len(out) != 2 or out[0].low not in lang.definite_articles:
        return None
    if not out[1].text[:1].islower() or not rest or rest[0].low not in genitive:
        return None
    end = None
    for t in rest:
        if t.text in PHRASE_END or t.text in {".", ";"} or MASK in t.text or t.low in lang.relatives:
            break
        if t.low in lang.phrase_breaks and t.low not in genitive:
            break
        if t.text[:1].isalpha():
            end = t
    if end is None or end.low in genitive or end.low in lang.articles:
        return None
    if any(m.kind == "person" for m in doc.mentions_in(rest[0].start, end.end)):
        return None
    office = paraphrased_office(doc, [*out, *doc.tokens_in(rest[0].start, end.end)])
    if office:
        return office  # `a assuré la représentante de l'État`: the préfète named before
    gender = lang.article_genders.get(out[0].low)
    lo, _ = doc.sentence_before(doc.sentence_of(out[0].start)[0])
    near = [m for m in doc.mentions_in(lo, out[0].start) if m.kind == "person" and m.gender in (None, gender)]
    if near:
        return None  # `le maraîcher Didier Vandewalle … « … », explique le producteur de Verlinghem`: him
    return described_name(doc, out) or doc.text[out[0].start : end.end]


def _anonymous(doc: Document, toks: list[Token], hi: int) -> bool:
    """`a person familiar with the talks`, `an official who asked not to be named`, `sources close to
    the club`: a noun phrase opened by an indefinite word and described as unnamed is nobody; its place
    is marked so that no speaker is guessed for the quote from the sentences around."""
    lang = doc.lang
    if not lang.anonymity or not toks:
        return False
    head = until_break(toks)[:4]
    sources = [t for t in head if t.low in lang.source_words]
    if sources and not any(m.kind == "person" for m in doc.mentions_in(head[0].start, head[-1].end)):
        doc.unnamed.add(toks[0].start)
        return True  # `sources told Reuters`, `a Defra source said`: nobody named
    # `the official, who spoke on condition of anonymity, said`: a definite role noun (no title: not `the
    # mayor, who was close to tears`) so described
    # The comma may follow the noun's complement (`A diretora de uma escola do bairro, que pediu …`); a title
    # is such a role only of something unnamed (`de uma escola`).
    comma = next((k for k, t in enumerate(toks[2:10], 2) if t.text == ","), None)
    complement = toks[2:comma] if comma is not None else []
    described_role = len(toks) > 3 and toks[0].low in lang.definite_articles and toks[1].text.islower()
    unnamed_of = any(t.low in lang.indefinite_articles for t in complement)
    described_role = described_role and (toks[1].low not in lang.titles or unnamed_of)
    described_role = described_role and comma is not None and comma + 1 < len(toks)
    described_role = described_role and toks[comma + 1].low in lang.relatives
    through = doc.mentions_in(toks[2].start, toks[comma].start) if described_role and complement else []
    if any(m.kind == "person" for m in through):
        described_role = False  # `the mother of Ann Lee, who …`: someone named through another
    if toks[0].low not in lang.unnamed_openers and not described_role:
        return False
    end = min(hi, toks[0].start + 160)
    mask = doc.masked.find(MASK, toks[0].start, end)
    described = doc.masked[toks[0].start : end if mask < 0 else mask]
    if not any(re.search(rf"\b{p}\b", described, re.I) for p in lang.anonymity):
        return False
    doc.unnamed.add(toks[0].start)
    return True


def _source_named(doc: Document, toks: list[Token]) -> bool:
    """`selon une source proche de l'enquête`, `según fuentes municipales`: an "according to" phrase whose
    noun is a source's is nobody named; its place is marked as `_anonymous` marks it."""
    lang = doc.lang
    nouns = [t for t in toks if t.low not in lang.articles]
    if not nouns or (nouns[0].low not in lang.source_nouns and nouns[0].low not in lang.source_words):
        return False
    doc.unnamed.add(toks[0].start)
    return True


def _according_source(doc: Document, cue: Token, hi: int) -> str | None:
    """The source of an "according to" phrase ending at `cue`."""
    after = doc.tokens_in(cue.end, hi)[:2]
    if _anonymous(doc, after[:1], hi) or _source_named(doc, after):
        return None  # `according to a person with knowledge of the report`, `selon une source proche`
    if after and _circle(doc, doc.tokens_in(cue.end, hi)[:4]) and not _speaks_after(doc, cue, hi):
        doc.unnamed.add(after[0].start)
        return None  # `selon l'entourage du ministre`: the circle around someone, as subject
    mine = doc.according_pronouns.get(cue.start)
    if mine is not None:
        return speaking_pronoun(doc, mine.start, doc.lang.according_pronouns[mine.low] or None)
    after = doc.tokens_in(cue.end, hi)[:4]
    if after and after[0].low in doc.lang.statement_nouns and not doc.lang.morphology:
        # `Segundo nota da Polícia Militar, «…»`, `Según el comunicado de la Consejería`: the body's statement
        body = statement_source(doc, doc.tokens_in(cue.start, hi))
        if body:
            return body
    pronoun = after[0].low if after else ""
    # `For her, …`, `Laut ihm ist …`: the pronoun alone, then a comma or the verb
    alone = len(after) <= 1 or not after[1].text[:1].isalnum() or after[1].low in doc.lang.finite_verbs
    if pronoun in doc.lang.object_pronouns and alone:
        return speaking_pronoun(doc, after[0].start, doc.lang.object_pronouns[pronoun])
    for i, t in enumerate(after):
        if t.low in doc.g.cues and not doc.lang.morphology:
            # `según explicó X`; `secondo quanto riferito dai carabinieri`: the verb's subject or agent
            agent = after[i + 1] if i + 1 < len(after) else None
            if agent is not None and agent.low in doc.lang.agent_prepositions:
                toks = until_break(doc.tokens_in(agent.end, hi)[:6])
                return _resolve_np(doc, toks) if toks else None
            return _subject_after(doc, t, hi)
        if t.text[:1].isupper() or t.text in {",", "."}:
            break
    passive = _reduced_passive(doc, doc.tokens_in(cue.end, hi))
    if passive:
        return passive
    found = _subject_after(doc, cue, _source_end(doc, cue, hi), source=True)
    code = doc.lang.morphology
    if found is None and code:  # `За інформацією Нацполіції`: a body in the genitive
        body = morph.body_phrase(code, words_from(doc, doc.tokens_in(cue.end, hi), 0), "gent")
        return body_named(doc, body, cue.end) if body else None
    if found and code and " " not in found and not doc.is_person(found):
        body = morph.body_phrase(code, [found], "gent")  # `По данным Росстата` → "Росстат"
        return body[0] if len(body) == 1 else found
    if found and code and morph.is_noun(code, cue.low):
        return _in_case(doc, found, cue.end, hi, "gent")  # `По словам Волкова`: his, not a woman's nominative
    return found


def _reduced_passive(doc: Document, toks: list[Token]) -> str | None:
    """`according to the files released by the city council`: a noun, then a past participle and its
    agent after "by" (a reduced relative clause): the whole phrase names the source, not the noun and
    the participle alone. The agent runs to the first break not inside a name (`Bank of Ruritania`) or
    to a phrase of time (`late on Monday`). An agent that is a person (`the study led by Dr. X`, `a
    statement released by X's office`) is the source itself, read as before: None."""
    lang = doc.lang
    if lang.morphology or len(toks) < 5 or toks[0].low not in lang.determiners:
        return None
    noun, verb, by = toks[1:4]
    if not (noun.text.isalpha() and noun.text.islower()) or by.low not in lang.agent_prepositions:
        return None
    if not (verb.text.islower() and _in_past(lang, verb)):
        return None
    agent: list[Token] = []
    for k, t in enumerate(toks[4:], start=4):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        inside = t.low in lang.body_connectors and bool(agent) and agent[-1].cap and bool(nxt and nxt.cap)
        if not t.text[:1].isalnum() or MASK in t.text or (t.low in lang.phrase_breaks and not inside):
            break
        if t.low in lang.time_words:  # `by Norvik Polling late Monday`, `by the council this week`
            while agent and _time_modifier(doc, agent):
                agent.pop()
            break
        agent.append(t)
    if not agent or any(_personal(doc, m) for m in doc.mentions_in(agent[0].start, agent[-1].end)):
        return None
    return doc.text[toks[0].start : agent[-1].end]


def _in_past(lang: Language, tok: Token) -> bool:
    """`tok` is a simple past or past participle (`called`, `said`, `given`) by `Language.past_endings`
    and `Language.past_forms`; never where the language gives neither."""
    return tok.low.endswith(lang.past_endings) or tok.low in lang.past_forms


def _time_modifier(doc: Document, toks: list[Token]) -> bool:
    """The last of `toks`, right before a time word, opens the phrase of time: a function word or an adverb
    (`this week`), or a word in lower case right after a capitalised one (`by Norvik Polling late Monday`)."""
    last = toks[-1]
    after_name = len(toks) > 1 and last.text.islower() and toks[-2].cap
    return last.low in doc.lang.stopwords or is_adverb(doc, last) or after_name


def _personal(doc: Document, m: Mention) -> bool:
    """`m` names a person: a first name opens it and no word of it names a body (`Orland University`)."""
    parts = m.name.split()
    body = any(is_body_noun(doc.g, w.lower()) for w in parts)
    return m.kind == "person" and is_first_name(parts[0]) and not body


def _source_end(doc: Document, cue: Token, hi: int) -> int:
    """`Secondo la guida il sentiero resta «…»`: where no comma closes the "according to" phrase, an article
    right after a word that is no preposition opens the clause's own subject, and the source's noun phrase
    ends before it. Not where articles mark case (German `laut der Sprecherin der Stadtwerke`: a genitive
    article after a noun continues the source)."""
    lang = doc.lang
    toks = doc.tokens_in(cue.end, hi)[:_LONGEST_SOURCE]
    if lang.morphology or lang.capitalised_nouns or not toks or toks[0].low not in lang.articles:
        return hi
    governing = lang.phrase_breaks | lang.articles
    for prev, t in itertools.pairwise(toks):
        if not t.text[:1].isalnum() or MASK in t.text:
            break
        if t.low in lang.articles and prev.text.isalpha() and prev.low not in governing:
            return t.start
    return hi


def _in_case(doc: Document, found: str, lo: int, hi: int, case: str) -> str:
    """ru/uk: the name `found`, read from its mention in `[lo, hi)` in the `case` its grammar wants
    ("за словами Олександра Прокудіна": his genitive, not her nominative), where a reading allows it."""
    code = doc.lang.morphology or ""
    for m in doc.mentions_in(lo, hi):
        if m.kind != "person" or name_of(doc, m) != found:
            continue
        written = doc.text[m.start : m.end]
        his = morph.declines_to(written, found.split()[-1], m.gender, case)  # in the case asked only
        if " " in found and " " not in written and his:
            return found  # "Ефрем Тюрнев …", then "По словам Тюрнева": his, declined, not hers
        form = morph.name_form(code, tuple(written.split()), case)
        return doc.canonical(" ".join(form.words)) if form.person else found
    return found


def _speaks_after(doc: Document, cue: Token, hi: int) -> bool:
    """Whether the clause after the "according to" phrase ending at `cue` has a speech verb of its own
    (`selon l'entourage du maire, l'adjointe a annoncé : « … »`): its subject is the speaker then."""
    toks = doc.tokens_in(cue.end, hi)
    comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
    return comma is not None and any(t.low in doc.g.cues for t in toks[comma + 1 :])


def _circle(doc: Document, toks: list[Token]) -> bool:
    """`L'entourage du chef affirme que …`, `confie-t-on dans l'entourage du directeur`: the circle
    around someone, its noun with a complement naming whom it surrounds, is nobody the text names."""
    lang = doc.lang
    for k, t in enumerate(toks[:3]):
        elided = ELIDED.fullmatch(t.low)
        noun = elided.group(1) if elided else t.low
        if noun in lang.circle_nouns:  # in lower case: not a body so named (`l'association Entourage`)
            common = t.text[-len(noun) :].islower()
            return common and k + 1 < len(toks) and toks[k + 1].low in lang.name_connectors
        if t.low not in lang.articles | lang.phrase_breaks:
            return False
    return False


def _incise_speaker(doc: Document, tok: Token) -> str | None:
    gender = incise_gender(doc, tok)
    if gender == "" and tok.low.endswith("on"):  # `indique-t-on à la mairie de Rennes`: the body there
        after = doc.tokens_in(tok.end, doc.sentence_of(tok.start)[1])
        if _circle(doc, after):
            doc.unnamed.add(tok.start)
            return None
        return source_body(doc, after)
    return speaking_pronoun(doc, tok.start, gender) if gender else None


def _main_subject(doc: Document, lo: int, hi: int) -> str | None:
    """The speaker of a participle cue: the finite cue earlier in the sentence, else its subject."""
    for cue in reversed(speech_cues(doc, lo, hi)):
        prev = doc.tokens_in(max(lo, cue.start - 12), cue.start)[-1:]
        if cue.low in doc.g.cues and not (prev and prev[0].low in doc.lang.relatives):
            return _subject_before(doc, clause_start(doc, lo, cue.start), cue)
    return sentence_subject(doc, lo, hi)


_LABEL = re.compile(r"([A-Z][A-Z'’\-]{2,}):\s")


def _after_quote(doc: Document, span: QuoteSpan, hi: int) -> str | None:
    """`“…,” X said` / `“…,” said X` / `“…,” according to X` / `“…” ― X`."""
    pos = span.outer_end
    span_ends_sentence = doc.text[span.start : span.end].rstrip()[-1:] == "."
    nxt = doc.masked.find(MASK, pos, hi)
    limit = hi if nxt < 0 else nxt
    dash = DASH_NAME.match(doc.masked, pos, limit)
    if dash:
        names = doc.mentions_in(dash.end(), doc.mention_start_after(dash.end()))  # `— Sen. Ann Lee`
        if names and names[0].kind != "org":
            return doc.canonical(names[0].name)
    lead = AFTER_LEAD.match(doc.masked, pos, limit)
    begin = lead.end() if lead else pos
    toks = doc.tokens_in(begin, limit)
    if toks and toks[0].low == "as":
        return _as_x_put_it(doc, toks)
    if len(toks) > 2 and toks[0].low in {"is", "was"} and toks[1].low == "how":
        return _as_x_put_it(doc, toks[1:])  # `“…,” is how Ruth Calder puts it.`
    cue = next((t for t in toks[1:4] if t.low in doc.g.cues), None) if toks[:1] else None
    if cue is not None and toks[0].low in doc.lang.as_words and _as_clause(doc, cue):
        return _subject_after(doc, cue, limit)  # `«…», come ha spiegato il sindaco X`
    if toks and toks[0].low in doc.lang.subordinators:
        return None
    resumed = _words_then_verb(doc, toks, limit)
    if resumed:
        return resumed
    quoted = _quoted_by(doc, toks[0], limit) if toks and doc.lang.morphology else None
    if quoted:
        return quoted
    words_of = None if doc.lang.morphology else _words_of(doc, toks)
    if words_of:
        return words_of
    cites, cited = _cited(doc, toks, limit) if doc.lang.citing else (False, None)
    if cites:
        return cited
    for i, t in enumerate(toks[:40]):
        if t.text == ";":
            return None
        end = according_end(doc, toks, i)
        if end is not None:
            return _according_source(doc, toks[end], limit) if i == 0 else None
        clitics = all(x.low in doc.lang.clitics for x in toks[:i])  # `«…», lui a-t-elle dit.`
        if i <= 2 and clitics and incise_gender(doc, t) is not None:
            return _incise_speaker(doc, t)
        first = i == 0 or (i == 1 and toks[0].text == ":")  # `«…»: così il ministro`
        if first and t.low in doc.g.inverting and t.low not in doc.g.cues:
            return _subject_after(doc, t, limit, source=True)  # `„…“, so Stolz.`: inverting, never a verb
        head = toks[:i]
        heads = doc.lang.infinitive_heads  # `«…», começou por dizer o técnico`: the infinitive reports
        carriers = (doc.lang.auxiliaries, doc.lang.clitics, heads)
        periphrasis = i > 0 and t.low in doc.lang.speech_infinitives and toks[i - 1].low in heads
        periphrasis = periphrasis and all(any(x.low in c for c in carriers) for x in head)
        if t.low not in doc.g.cues and not periphrasis:
            continue
        if t.low in doc.lang.statement_verbs:
            return statement_source(doc, toks[i:])
        carriers = carriers if periphrasis else carriers[:2]
        if all(any(x.low in c for c in carriers) for x in head):
            found = _subject_after(doc, t, limit) if t.low in doc.g.inverting or periphrasis else None
            if found is not None:
                return found
            # `“… the small one” announced in October, said Derek Moss, an economist`: a participle of
            # the quoted words' own, then the reporting clause after a comma (whose apposition is no
            # unnamed speaker)
            later = [k for k in range(i + 2, min(len(toks), i + 8)) if toks[k - 1].text == ","]
            later = [k for k in later if toks[k].low in doc.g.inverting and toks[k].low in doc.g.cues]
            if later and not doc.spoke_unnamed(t.start, toks[later[0]].start):
                return _subject_after(doc, toks[later[0]], limit)
            return None
        if doc.lang.capitalised_nouns and head[0].low in doc.lang.auxiliaries:
            return _subject_after(doc, head[0], limit)  # `„…“, hat X am Montag gesagt`: verb second
        if doc.lang.capitalised_nouns and all(x.low in doc.g.resumptive for x in head):
            return _subject_after(doc, t, limit)  # `„…?“ Das fragt sich X`: pointing back, then the verb
        if bare_length(head) > 9 and "," not in {x.text for x in head}:
            return None
        if any(x.low in doc.lang.participles for x in head):
            return None  # `“…” at the release, adding that the family had asked …`: a clause of hers
        nxt_tok = toks[i + 1] if i + 1 < len(toks) else None
        if span_ends_sentence and nxt_tok and (nxt_tok.low == "that" or MASK in nxt_tok.text):
            return None
        if doc.lang.capitalised_nouns and head[-1].text == "," and t.low in doc.g.inverting:
            # `Man sei „zu spät“ eingebunden worden, kritisierte X`: the sentence the words stand in goes on,
            # then the verb before its subject
            return _subject_after(doc, t, limit, strict=True)  # none found: no word before it either
        return _subject_before(doc, begin, t)
    code = doc.lang.morphology
    dash = DASH_NAME.match(doc.masked, pos, limit) is not None
    verb = toks[1] if len(toks) > 1 and toks[0].low in doc.lang.negations else toks[0] if toks else None
    if code and dash and toks:
        opening = " ".join(t.low for t in toks[:4])
        if any(opening.startswith(o + " ") for o in doc.lang.resumptive_openers):  # "— с таким заявлением
            # выступил X", "— такое заявление сделал X": the verb after the words pointing back at the quote
            verb = next((t for t in toks[1:5] if t.text[:1].islower() and morph.is_verb(code, t.low)), verb)
    if code and dash and verb and verb.text[:1].islower() and morph.is_verb(code, verb.low):
        return _inflected_subject_after(doc, verb, limit, strict=True)  # "— шутит X", "— не скрывает X"
    return _name_then_verb(doc, toks) or verb_then_name(doc, toks)


def _words_of(doc: Document, toks: list[Token]) -> str | None:
    """`«…», le parole di Giulia Neri`, `«…», è il commento del sindaco`, `«…», o desabafo de X`: a noun
    for someone's words after the quotation, and after its genitive preposition whose they are."""
    lang = doc.lang
    i = 1 if toks and toks[0].low in lang.finite_verbs else 0
    while i < len(toks) and (toks[i].low in lang.determiners or toks[i].low in lang.demonstratives):
        i += 1
    if i > 3 or i + 2 >= len(toks) or toks[i].low not in lang.word_nouns:
        return None
    if toks[i + 1].low not in lang.name_connectors or toks[i + 1].low not in lang.phrase_breaks:
        return None
    owner = until_break(toks[i + 2 :])
    named = next((k for k, t in enumerate(owner) if t.text[:1].isupper()), None)
    if named is not None:
        # `Réponse de Roy à Jean Morel`, `Antwort von Roth an Anna Berg`: the owner's name ends at the first
        # lower-case word that joins no name (the addressee's preposition)
        cut = next((k for k in range(named, len(owner)) if owner[k].text[:1].islower()
                    and owner[k].low not in lang.name_connectors), len(owner))
        owner = owner[:cut]
        mention = doc.mention_ending(owner[-1]) if owner else None
        if mention is not None and mention.start < owner[0].start and named == 0:
            # `Réponse de Roy` read as one name at the sentence's start: the surname, as named before
            return doc.canonical(doc.text[owner[0].start : owner[-1].end])
    return _resolve_np(doc, owner) if owner else None


def _cited(doc: Document, toks: list[Token], hi: int) -> tuple[bool, str | None]:
    """ru/uk: `— сообщает ТАСС со ссылкой на пресс-службу ведомства`, `Об этом пишет РБК со ссылкой на
    Андрея Волкова`: whether the clause cites a source, and the source (None when it is unnamed)."""
    code = doc.lang.morphology or ""
    toks = until_break(toks)
    for i in range(len(toks)):
        for phrase in doc.lang.citing:
            words = phrase.split()
            rest = toks[i + len(words) :]
            if [x.low for x in toks[i : i + len(words)]] != words or not rest:
                continue
            if i and any(m.kind == "person" for m in doc.mentions_in(toks[0].start, toks[i].start)):
                return False, None  # `— заявил X, ссылаясь на данные Росстата`: X speaks, citing
            if any(morph.lemma_of(code, x.low) in doc.lang.source_nouns for x in rest[:2]):
                return True, None  # "со ссылкой на источник": someone unnamed
            if not any(m.kind == "person" for m in doc.mentions_in(rest[0].start, rest[-1].end)):
                body = morph.body_phrase(code, words_from(doc, rest, 0), "accs")
                if body:
                    return True, body_named(doc, body, toks[0].start)  # "на пресс-службу ведомства"
            return True, _inflected_subject_after(doc, toks[i + len(words) - 1], hi, any_case=True)
    return False, None


def _label(doc: Document, lo: int, colon: int) -> str | None:
    """A paragraph that is only a person's name and a colon ("Сергей Лавров:", "Ministre Ann Lee :"), or a
    name and a role in apposition ("Игорь Сомов, глава района:", "Ann Lee, 54, a nurse:") labels the
    quotation under it."""
    toks = doc.tokens_in(lo, colon)
    found = doc.mention_ending(toks[-1]) if toks else None
    if found is not None and found.kind == "person" and found.end == toks[-1].end and len(toks) <= 6:
        return name_of(doc, found)
    first = doc.mentions_in(lo, colon)[:1]
    head = [t for t in toks if first and t.end <= first[0].end]
    rest = toks[len(head) :]
    apposition = bool(head) and head[0].start == first[0].start and len(rest) > 1 and rest[0].text == ","
    if not apposition or first[0].kind != "person" or len(toks) > 12 or len(head) > 4:
        return None
    return None if any(t.low in doc.g.cues or MASK in t.text for t in rest) else name_of(doc, first[0])


def _quoted_by(doc: Document, cue: Token, hi: int) -> str | None:
    """ru/uk: an outlet that quotes someone (`— цитирует его РИА Новости`, `— приводит ТАСС слова главы
    МИД Сергея Лаврова`, `— цитує Суспільне голову ОВА Івана Федорова`): the one quoted speaks."""
    code = doc.lang.morphology or ""
    toks = until_break(doc.tokens_in(cue.end, hi))
    words = any(morph.lemma_of(code, t.low) in doc.lang.word_nouns for t in toks)
    if not words and morph.lemma_of(code, cue.low) not in doc.lang.quoting_verbs:
        return None
    for t in toks:
        if t.low in doc.lang.according_pronouns:  # "цитирует его": the accusative is the possessive's form
            return speaking_pronoun(doc, t.start, doc.lang.according_pronouns[t.low])
    people = [m for m in doc.mentions_in(cue.end, toks[-1].end if toks else cue.end) if m.kind == "person"]
    case = "gent" if words else "accs"  # `— приводит ТАСС слова Сергея Кочерги`, `— цитирует Волкова`
    if not people:  # `— цитирует главу региона пресс-служба`: the person named before in that role
        roles = [t for t in toks if t.text.islower() and morph.person_noun(code, t.low, frozenset({case}))[0]]
        return _role_speaker(doc, roles[0], None) if roles else None
    return _in_case(doc, name_of(doc, people[-1]), cue.end, toks[-1].end, case)


_PUT_IT = frozenset({"put", "puts", "sum", "sums", "summed"})  # `as X put it`, `how X sums it up`


def _as_clause(doc: Document, cue: Token) -> bool:
    """`come ha spiegato il sindaco X`, `como disse X`: the cue right after the language's "as"
    (`Language.as_words`) and its auxiliary, its subject after it."""
    if not doc.lang.as_words:
        return False
    back = doc.tokens_in(max(0, cue.start - 30), cue.start)
    while back and (back[-1].low in doc.lang.auxiliaries or back[-1].low in doc.lang.clitics):
        back = back[:-1]
    if not back or back[-1].low not in doc.lang.as_words:
        return False
    # `come dice il proverbio`, `como diz o ditado`: a saying, not a speaker, is the verb's subject
    return not any(t.low in doc.lang.saying_nouns for t in doc.tokens_in(cue.end, cue.end + 40)[:3])


def _as_x_put_it(doc: Document, toks: list[Token]) -> str | None:
    """`“…,” as Van Jackson, a professor, puts it.` / `“…,” as the memo noted.` / `how X sums it up`."""
    for i, t in enumerate(toks[1:25], 1):
        put_it = t.low in _PUT_IT and i + 1 < len(toks) and toks[i + 1].low in {"it", "up"}
        if put_it or t.low in doc.g.cues:
            return _subject_before(doc, toks[1].start, t)
        if t.text in {";", "."} or MASK in t.text:
            return None
    return None


def _name_then_verb(doc: Document, toks: list[Token]) -> str | None:
    """`“…,” Marsh interjected.` / `“…,” Ortiz sings to Lee`: a name, then an unlisted verb."""
    for i, t in enumerate(toks[:7]):
        if not t.text[:1].islower():
            continue
        if t.low in doc.g.pronouns or not (t.low.endswith("ed") or t.low.endswith("s")) or i == 0:
            return None
        after = toks[i + 1] if i + 1 < len(toks) else None
        breaks = doc.lang.phrase_breaks
        if after is not None and after.text not in {".", ",", "!"} and after.low not in breaks:
            return None
        head = toks[:i]
        if len(head) == 1 and head[0].low in doc.g.pronouns:
            return _resolve_np(doc, head)
        mention = doc.mention_ending(head[-1])
        if mention is None or mention.kind not in {"person", "unknown"} or mention.possessive:
            return None
        return name_of(doc, mention)
    return None


def _resumed_after(doc: Document, span: QuoteSpan) -> str | None:
    """`«…». Lo ha detto in aula Salvatore Amato`, `«…». Об этом заявил X`: the next sentence opens by
    pointing back at the quote, then names who said it after its verb."""
    _, s_hi = doc.sentence_of(max(span.outer_start, span.outer_end - 1))
    i = bisect.bisect_left(doc._sentence_starts, max(s_hi, span.outer_end))
    if i >= len(doc.sentences):
        return None
    n_lo, n_hi = doc.sentences[i]
    toks = doc.tokens_in(n_lo, n_hi)
    opening = " ".join(t.low for t in toks[:8])
    opener = next((o for o in doc.lang.resumptive_openers if opening.startswith(o + " ")), None)
    lang = doc.lang
    pointing = len(toks) > 2 and lang.head_first and toks[0].low in lang.clitics
    if opener is None and pointing and toks[1].low in doc.g.cues and toks[1].low in doc.g.inverting:
        opener = f"{toks[0].low} {toks[1].low}"  # `«…». Lo racconta X`, `Lo conferma il ministro`
    if opener is None:
        return _words_named_after(doc, toks)
    if toks[1].text == ",":
        return None  # "Так, в Москве …" opens with an adverb, not a pointer back
    if opener.endswith(" how"):  # `That is how Ruth Calder sums up the year.`
        return _as_x_put_it(doc, toks[len(opener.split()) - 1 :])
    if opener.endswith(" words") and toks[len(opener.split())].text == ",":
        return sentence_subject(doc, n_lo, n_hi)  # `With those words, Ann Kerr opened the meeting.`
    if opener.split()[0] in lang.comitatives:
        return _words_then_verb(doc, toks, n_hi)
    source = toks[len(opener.split())] if len(toks) > len(opener.split()) else None
    # `That warning came from X`, `A dirlo è X`, `Quem o diz é X`: the source named right after the opener
    named = doc.mention_ending(source) if source is not None else None
    if named is not None and named.start < source.start:  # `Parola di Giulia Neri`: one run with the opener
        return doc.canonical(doc.text[source.start : named.end])
    if source is not None and (opener.endswith((" from", " of", " says", " said")) or named is not None):
        # the source right after the opener, or after its title (`the words of Mayor Ann Lee`)
        near = toks[len(opener.split()) : len(opener.split()) + 3]
        starts = {t.start for t in near if t.start == source.start or is_title_word(doc.g, t.text)}
        starts |= {t.end + 1 for t in near if is_title_word(doc.g, t.text)}
        mention = next((m for m in doc.mentions_in(source.start, n_hi) if m.start in starts), None)
        return name_of(doc, mention) if mention is not None else None
    cites, cited = _cited(doc, toks, n_hi) if doc.lang.citing else (False, None)
    if cites:
        return cited  # "Об этом сообщает РБК со ссылкой на X"
    cues = [c for c in toks[:5] if c.low in doc.g.cues]
    if cues and cues[0].low in doc.lang.statement_verbs:  # "Об этом говорится в заявлении X"
        return statement_source(doc, toks[toks.index(cues[0]) :])
    code = doc.lang.morphology
    if not cues and code:  # "Такое заявление сделал X", "Таку думку висловив X": any verb
        cues = [c for c in toks[1:5] if c.text[:1].islower() and morph.is_verb(code, c.low)]
    if not cues and opener.split()[-1] in doc.lang.finite_verbs:  # `A dirlo è il sindaco, Marco Rossi`
        return _subject_after(doc, toks[len(opener.split()) - 1], n_hi)
    if not cues and " " not in opener:  # `Così il sindaco X ha commentato il voto`: an adverb points back
        found = _cue_speaker(doc, n_lo, n_hi)
        # (a verb of a relative clause is no verb of the sentence: `…, che chiedeva di raddoppiarlo`)
        said = [c for c in speech_cues(doc, n_lo, n_hi) if not _in_relative_clause(doc, n_lo, c)]
        if found is None and opener in doc.g.inverting and not said:
            return _subject_after(doc, toks[0], n_hi)  # `Così il ministro X in un'intervista.`: no verb
        return found
    return _subject_after(doc, cues[0], n_hi) if cues else None


def _in_relative_clause(doc: Document, lo: int, cue: Token) -> bool:
    """Whether `cue` is the verb of a relative clause (`un emendamento che chiedeva`, `che ha chiesto`)."""
    before = doc.tokens_in(max(lo, cue.start - 24), cue.start)[-3:]
    rel = [k for k, t in enumerate(before) if t.low in doc.lang.relatives]
    return bool(rel) and all(t.text[:1].isalpha() for t in before[rel[-1] :])


def _in_title(doc: Document, tok: Token) -> bool:
    """`tok` stands inside quotation marks that hold no quote (a title, words in quotes)."""
    return any(a <= tok.start < b for a, b in doc.title_spans)


def _fronted_speech_verb(doc: Document, toks: list[Token]) -> Token | None:
    """The one verb of speaking, in the past (`called`, `went on about`), with a subject before it, of
    `toks`, a fronted clause after its subordinator. None where it holds none or more than one (`After X
    said that Y had called him “…”`: whose words they are is not told), where the verb is not in the past
    (`When people say …`: a habit, nothing said yet), or where no subject comes before it, the clause
    opening with a participle (`When asked if …`, `After being asked about …`)."""
    lang = doc.lang
    lows = [t.low for t in toks]
    cues = {c.start for c in speech_cues(doc, toks[0].start, toks[-1].end)}
    found = [k for k, t in enumerate(toks) if t.start in cues or " ".join(lows[k:]) in lang.talk_phrases]
    if len(found) != 1 or found[0] == 0:
        return None
    verb, first = toks[found[0]], toks[0]
    if not _in_past(lang, verb):
        return None
    suffix = lang.participle_suffix
    participle = bool(suffix and first.low.endswith(suffix)) or is_participle(doc.g, first)
    participle = participle and first.text.islower()
    return verb if first.text[:1].isalnum() and not participle else None


def _subordinate_speech(doc: Document, lo: int, span: QuoteSpan) -> tuple[int, int, int] | None:
    """`When Ann Lee called the plan “a disaster,” Tom Hart laughed`: a fragment quoted inside a clause
    opened by a subordinator, after that clause's own speech verb and before the main clause's comma,
    is what that clause's subject said, not the main clause's subject (an adverbial clause fronted
    before its main clause, Quirk et al. 1985, § 15.17). Where that clause starts after its subordinator,
    where its verb of speaking starts, and where it ends at the quote or the quotes coordinated with it,
    else None."""
    lang = doc.lang
    lead = doc.tokens_in(lo, span.outer_start)
    while len(lead) > 2 and lead[-1].low in lang.conjunctions:
        # `as Ann Lee went on about “…,” and “…”`: quotes coordinated after one verb
        lead, quoted = lead[:-1], False
        while lead and (MASK in lead[-1].text or not lead[-1].text[:1].isalnum() or _in_title(doc, lead[-1])):
            quoted = quoted or lead[-1].text[:1].isalnum() or MASK in lead[-1].text
            lead = lead[:-1]
        if not quoted:
            return None
    breaks = [k for k, t in enumerate(lead) if t.text in {",", ";"} or MASK in t.text]
    opener = breaks[-1] if breaks else -1
    clause = lead[opener + 1 :]
    if opener >= 0 and lead[opener].text != ",":
        return None
    if clause and clause[0].low in lang.conjunctions:
        clause = clause[1:]  # `…, and as Ann Lee went on about “…”`
    opener = clause[0].low if clause else ""
    if len(clause) < 3 or opener not in lang.subordinators or opener in lang.conjunctions | lang.conditionals:
        return None
    verb = _fronted_speech_verb(doc, clause[1:])
    if verb is None:
        return None
    rest = doc.tokens_in(span.outer_end, doc.sentence_of(span.outer_start)[1])
    comma = "," in doc.text[span.end - 1 : span.outer_end] or (bool(rest) and rest[0].text == ",")
    after = rest[1:2] if rest and rest[0].text == "," else rest[:1]
    main = comma and bool(after) and after[0].text[:1].isalpha() and MASK not in after[0].text
    return (clause[1].start, verb.start, clause[-1].end) if main else None


def _quoted_person(doc: Document, lo: int, hi: int) -> str | None:
    """Without a morphological dictionary: in a sentence that quotes someone with a verb of quoting
    (`„…“, wird X in der Zeitung zitiert`, `Die Zeitung zitiert X mit den Worten: „…“`), the one person
    it names is the speaker, whether the outlet is the verb's subject or its agent."""
    lang = doc.lang
    if lang.morphology or not lang.quoting_verbs:
        return None
    toks = doc.tokens_in(lo, hi)
    if any(m.kind == "person" for m in doc.mentions_in(lo, hi)):
        return _one_person_with(doc, lo, hi, lang.quoting_verbs)
    if not any(t.low in lang.quoting_verbs for t in toks):
        return None
    # `„…“, wird sie in der Zeitung zitiert`, `zitiert ihn die Zeitung`: the person a pronoun stands for
    # (a personal one: "er", "sie", "ihn", not a demonstrative)
    pronouns = {k: v for k, v in lang.pronouns.items() if k in lang.personal_pronouns}
    found = next((t for t in toks if t.low in pronouns or t.low in lang.object_pronouns), None)
    if found is None:
        return None
    return speaking_pronoun(doc, found.start, pronouns.get(found.low) or lang.object_pronouns[found.low])


def _words_then_verb(doc: Document, toks: list[Token], hi: int) -> str | None:
    """`„…!“ Mit diesen Worten verließ X den Saal.`: where one phrase comes before the verb (German), the
    words named again with a comitative, then the verb, then its subject."""
    if not doc.g.comitative_openers:
        return None
    opening = " ".join(t.low for t in toks[:8]) + " "
    opener = next((o for o in doc.g.comitative_openers if opening.startswith(o + " ")), None)
    if opener is None or not doc.g.fronting or len(toks) < len(opener.split()) + 2:
        return None
    verb = toks[len(opener.split())]
    return _subject_after(doc, verb, hi) if verb.text.islower() else None


def _words_named_after(doc: Document, toks: list[Token]) -> str | None:
    """`«…». A afirmação é do ministro X`, `È il commento del sindaco X`, `Son palabras de X`, `Ce sont
    les mots de X`: a sentence opening with a noun for the words just quoted (after an article or a
    copula) names whose they are after it: the first person (else body) named there."""
    head = toks[:4]
    k = next((i for i, t in enumerate(head) if t.low in doc.lang.word_nouns), None)
    lang = doc.lang
    if k is None or not (toks[k].text[:1].islower() or lang.capitalised_nouns):
        return None
    if k == 1 and lang.capitalised_nouns and toks[0].text.endswith(("s", "’", "'")):
        whose = doc.canonical(toks[0].text.rstrip("’'")[: -1 if toks[0].text.endswith("s") else None])
        if doc.is_person(whose):
            return whose  # `„…“ Lindners Worte sorgten für Unruhe.`: the words of the one named
    pointer = [t.low.replace("’", "'").rpartition("'")[2] for t in toks[:k]]  # `C'est par ces mots que X`
    if not pointer or not all(w in lang.articles or w in lang.demonstratives or w in lang.finite_verbs
                              or w in lang.other_pronouns or (lang.head_first and w in lang.phrase_breaks)
                              for w in pointer):
        return None
    after = [m for m in doc.mentions_in(toks[k].end, toks[-1].end) if not m.possessive]
    people = [m for m in after if m.kind == "person"]
    found = people[0] if people else next((m for m in after if m.kind == "org"), None)
    return name_of(doc, found) if found is not None else None


def _before_quote(doc: Document, span: QuoteSpan, lo: int) -> str | None:
    """`X said: “…”`, `X told Y that “…”`, `X said, adding, “…”`; ru/uk `ТАСС цитирует X: «…»`."""
    if _DATELINE.fullmatch(doc.masked, lo, span.outer_start):
        return None  # `ROMA, 5 DIC - «…». Lo ha detto X`: a wire dateline, then the quote
    if doc.lang.morphology:
        code = doc.lang.morphology
        cites, cited = _cited(doc, doc.tokens_in(lo, span.outer_start), span.outer_start)
        if cites:
            return cited  # `Со ссылкой на X ТАСС сообщает: «…»`
        for t in doc.tokens_in(lo, span.outer_start)[:8]:
            quoting = t.text[:1].islower() and morph.lemma_of(code, t.low) in doc.lang.quoting_verbs
            quoted = _quoted_by(doc, t, span.outer_start) if quoting else None
            if quoted:
                return quoted  # the outlet quotes; the one quoted speaks
    lead = doc.tokens_in(lo, span.outer_start)
    if not doc.lang.morphology and len(lead) > 3 and lead[-1].text == ":":
        # `Réponse de la conseillère : « … »`, `Réplique de la procureure : …`: a noun for words, whose they
        # are after its preposition, then a colon; a name, not a role left unresolved (`Réponse du maire`)
        words_of = _words_of(doc, lead[:-1])
        if words_of and words_of[:1].isupper():
            return words_of
    return _statement_author(doc, lo, span.outer_start) or _cue_speaker(doc, lo, span.outer_start)


def _statement_author(doc: Document, lo: int, hi: int) -> str | None:
    """`The mayor's office sent an email from its press officer, Ann Lee: “…”`: a writing's noun and
    "from" or "by", then a name right before the colon that opens the quote: the one named wrote it, not
    the subject who sent it."""
    toks = doc.tokens_in(lo, hi)
    if doc.lang.morphology or len(toks) < 4 or toks[-1].text != ":":
        return None
    return _writing_author(doc, toks[:-1])


def _writing_author(doc: Document, toks: list[Token], close: bool = False) -> str | None:
    """The name that closes `toks` after a writing's noun and "from" or "by" (`an email from its press
    officer, Ann Lee`, `a statement from the Pilots' Guild`): who wrote it; None where a clause comes
    between (`a statement from the office, which said X`), and where `close`, unless only an article
    comes between (`a letter from the guild to the council`: the council only received it)."""
    lang = doc.lang
    if not lang.statement_nouns or len(toks) < 3:
        return None
    k = next((i for i in range(len(toks) - 2, 0, -1) if toks[i].low in {"from", "by"}), None)
    if k is None or toks[k - 1].low not in lang.statement_nouns:
        return None
    named = [m for m in doc.mentions_in(toks[k + 1].start, toks[-1].end) if not m.possessive]
    if not named or named[-1].kind == "place" or named[-1].end != toks[-1].end:
        return None
    between = doc.tokens_in(toks[k].end, named[-1].start)
    if any(t.low in doc.g.cues or t.low in lang.finite_verbs or t.low in lang.relatives for t in between):
        return None  # `a statement from the office, which said X:`: a clause, not the writer's name
    if close and any(t.low not in lang.articles for t in between):
        return None
    return name_of(doc, named[-1])


# A wire story's dateline: the agency in brackets and a dash (`(ANSA) - `), the place in capitals, the
# date or the agency, a dash; a local paper's: the place in capitals, its province in brackets or not, a
# dash (`NAPOLI - `, `CREVALCORE (Bologna) - `).
_DATELINE = re.compile(
    r"\s*(?:\(\w[\w ]{1,20}\)\s*[-–—]\s*)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. ]+"
    r"(?:,[^\n]{1,40}?|\([^)\n]{1,30}\) )?[-–—]\s*"
)


_WORD = re.compile(r"\w+")


def _body_by_its_noun(doc: Document, speaker: str) -> bool:
    """`le parquet de Rennes`, `la préfecture du Finistère`: a body named by the definite noun of its kind
    (head first), which a personal pronoun stands for by that noun's gender, as for any thing: "il" for
    `le parquet`, "elle" for `la préfecture` (Grevisse, Le Bon Usage, § 653: the third-person pronoun
    represents a noun of a thing as well as of a person)."""
    words = speaker.lower().split()
    lang = doc.lang
    bodies = lang.org_words | lang.generic_bodies
    return lang.head_first and len(words) > 1 and words[0] in lang.definite_articles and words[1] in bodies


def _body_may_speak(doc: Document, pos: int, gender: str | None, lo: int) -> bool:
    """Whether a body named by its noun in the sentence starting at `lo` may be what the pronoun at `pos`
    stands for: not when the quote just before speaks in the first person singular, which a body never
    does (`« Je n'y crois plus », soupire-t-il`), nor when a person of the pronoun's gender (or of none
    known) opened an earlier sentence of the paragraph as its subject (`Le député Luc Ferrand a
    interpellé …`), who stays the one the pronoun most naturally takes up."""
    end = doc.masked.rfind(MASK, 0, pos) + 1
    start = end
    while start > 0 and doc.masked[start - 1] in (MASK, "\n"):
        start -= 1
    quoted = _WORD.findall(doc.text[start:end].lower()) if end and pos - end < 40 else []
    if any(w in doc.lang.first_singular for w in quoted):
        return False
    paragraph = doc.text.rfind("\n", 0, lo) + 1
    for m in doc.mentions_in(paragraph, lo):
        if m.kind == "person" and m.gender in (None, gender):
            a, _ = doc.sentence_of(m.start)
            lead = doc.tokens_in(a, m.start)
            if len(lead) <= doc.lang.subject_window and all(t.text[:1].isalpha() for t in lead):
                return False  # `Le député Luc Ferrand a …`: not one set off by commas, `Son gérant, X, …`
    return True


def speaking_pronoun(doc: Document, pos: int, gender: str | None, chain: bool = True) -> str | None:
    """The subject pronoun of a speech verb ("He added:") is whoever spoke in the sentence before,
    when the gender fits, rather than a name only mentioned there; else the person last named."""
    lo, _ = doc.sentence_of(pos)
    own = [
        m for m in doc.mentions_in(lo, pos)
        if m.kind == "person" and m.gender in (None, gender) and not doc.object_before(m, lo, pos)
    ]
    if not own and doc.last_quote and gender:
        body, end = doc.last_quote  # `« … », a indiqué le parquet de Rennes. « … », a-t-il ajouté`
        agrees = doc.lang.article_genders.get(body.split()[0].lower()) == gender
        before = doc.previous_sentence(pos)
        ours = agrees and _body_by_its_noun(doc, body)
        if ours and before and before[0] <= end <= pos and _body_may_speak(doc, pos, gender, before[0]):
            return body
    if not own and _unnamed_source_before(doc, pos, gender):
        if any(t.low in doc.g.pronouns for t in doc.tokens_in(pos, pos + 8)[:1]):
            doc.unnamed.add(pos)  # "— сказал он": someone the text does not name
        return None
    if doc.looking_back < 2 and not own:
        doc.looking_back += 1
        try:
            i = bisect.bisect_right(doc._sentence_starts, pos) - 1
            if i >= 1:
                a, b = doc.sentences[i - 1]
                cues = speech_cues(doc, a, b)
                spoke = any(c.low in doc.g.speech for c in cues)
                sources = [c for c in cues if c.start in doc.according_ends]
                speaker = _cue_speaker(doc, a, b) if spoke or sources else None
                if speaker is None and spoke and doc.replies(pos) and _unnamed_spoke(doc, a, b, None):
                    asked = doc.addressee(a, b, "", gender)
                    if asked:
                        return asked  # `A reporter asked Lowry whether … “…,” she replied.`
                if spoke and not (speaker and doc.is_person(speaker)):
                    speaker = _talked_with(doc, a, b, gender) or speaker  # `O JN falou com X. “…”, desabafa.`
                if speaker is None and spoke and _unnamed_spoke(doc, a, b, gender):
                    doc.unnamed.add(pos)
                    return None  # `One driver, who asked not to be named, said … “…,” he said.`
                relative = _relative_source(doc, sources[0], a) if sources else None
                if relative:
                    speaker = relative  # `Tra i contrari il geologo X, secondo cui …`: X's view
                elif sources and sources[0].start - a < 40:  # "Para o hidrogeólogo X, …": X's view
                    source = _subject_after(doc, sources[0], b, source=True)
                    if source and doc.lang.morphology and morph.is_noun(doc.lang.morphology, sources[0].low):
                        source = _in_case(doc, source, sources[0].end, b, "gent")  # `За словами Гнатишина`
                    speaker = source or speaker
                if speaker and spoke and doc.replies(pos):
                    asked = doc.addressee(a, b, speaker, gender)
                    if asked:
                        return asked  # `X asked Y about it. “…,” he replied.`: the one asked replies
                if speaker and (gender is None or doc.gender_of(speaker) in (None, gender)):
                    first, last = speaker.split()[0].lower(), speaker.split()[-1].lower()
                    role = spoke and first in doc.lang.articles and last not in doc.lang.org_words
                    # `Le ministère de la Culture défend son projet. « … », indique-t-il`: the body, a thing
                    article = doc.lang.article_genders.get(first)
                    bodily = _body_by_its_noun(doc, speaker) and gender is not None and article == gender
                    bodily = bodily and _body_may_speak(doc, pos, gender, a)
                    body = doc.spokesperson_in(a, b)  # an unknown name a spokesperson speaks for
                    named = any(
                        m.name == speaker and (m.kind == "org" or (body and m.kind == "unknown"))
                        for m in doc.mentions
                    ) and (
                        gender is None or doc.spokesperson_in(a, b)
                    )  # "she" is no organisation, unless its spokeswoman spoke there
                    if role and not doc.is_person(speaker) and gender and not bodily:
                        # "The Republican nominee vowed …" after "Paul Grady spoke …": he is the
                        # person that role named before, if any; else the role as written.
                        return doc.resolve_pronoun(a, gender, chain=False) or speaker
                    # `Selon la préfecture du Finistère, … « … », a-t-elle indiqué`: a source whose
                    # article has the pronoun's gender
                    agrees = bool(sources) and gender is not None and article == gender
                    if doc.is_person(speaker) or role or named or agrees or bodily:
                        return speaker  # "The soldier, whose commander X was killed, told …"
        finally:
            doc.looking_back -= 1
    if _unnamed_subject_before(doc, pos, gender):
        doc.unnamed.add(pos)
        return None  # `Un retraité a perdu sa maison. « … », confie-t-il.`: someone the text does not name
    role = _role_subject_before(doc, pos, gender) or _epithet_subject_before(doc, pos, gender)
    return role or doc.resolve_pronoun(pos, gender, chain=chain)


def _verb_of_other_gender(doc: Document, span: QuoteSpan, hi: int, speaker: str) -> bool:
    """ru/uk: `«…», — добавил он.` after a woman spoke: the speech verb right after the quote is in the
    past tense of one gender, its subject a pronoun or left out, the person found of the other, so not the
    one who said it (a verb in the past agrees in gender with its subject: Русская грамматика 1980, § 1406;
    Вихованець & Городенська, Теоретична морфологія української мови, on the past tense's gender)."""
    code = doc.lang.morphology
    if not code:
        return False
    after = doc.tokens_in(span.outer_end, hi)
    after = [t for t in after if t.text.isalpha()][:1]
    if not after or after[0].low not in doc.g.speech:
        return False
    between = doc.masked[span.outer_end : after[0].start]
    if any(c.isalnum() for c in between):
        return False
    subject = [t for t in doc.tokens_in(after[0].end, hi) if t.text[:1].isalpha()][:1]
    if subject and subject[0].low not in doc.lang.pronouns:
        return False  # `— сообщил «Интерфакс»`: the verb has a subject of its own, who relays the quote
    verb = morph.verb_gender(code, after[0].low)
    person = " " in speaker and doc.is_person(speaker)
    found = doc.full_name_gender(speaker) if person else None  # by the first name or the surname
    return verb in ("m", "f") and found in ("m", "f") and verb != found


def _relative_source(doc: Document, cue: Token, lo: int) -> str | None:
    """`Tra i contrari il geologo Enrico Valli, secondo cui il versante si muove`, `o ministro, segundo o
    qual …`: an according-to word before a relative pronoun (after its article, if any) gives the view of
    the relative's antecedent, the person named right before it in the sentence from `lo`."""
    lang = doc.lang
    after = doc.tokens_in(cue.end, cue.end + 30)[:2]
    if after and after[0].low in lang.articles:
        after = after[1:]
    comma = doc.tokens_in(max(lo, cue.start - 3), cue.start)[-1:]
    if not after or after[0].low not in lang.relatives or not comma or comma[0].text != ",":
        return None
    named = [m for m in doc.mentions_in(lo, comma[0].start) if m.end == comma[0].start]
    if not named or named[0].kind != "person":
        return None
    # the antecedent is the sentence's subject only where no verb and no other person come before it (`Di
    # parere opposto X, secondo cui`); after them (`Y ha risposto al consigliere X, secondo cui`) it is an
    # object, whose view the subject answers or cites
    verbs = lang.finite_verbs | lang.auxiliaries | doc.g.cues
    if any(t.low in verbs for t in doc.tokens_in(lo, named[0].start)):
        return None
    if any(m.kind == "person" for m in doc.mentions_in(lo, named[0].start) if m.end <= named[0].start):
        return None
    return name_of(doc, named[0])


def _answerer(doc: Document, span: QuoteSpan, hi: int, speaker: str | None, before: str | None) -> str | None:
    """`“Do you regret it?” Ann Lee asked. “…,” the nominee replied.`, `„…“, konterte die Gewerkschafterin.`:
    who answers (a verb of answering right after the quote, its subject a definite noun that names someone
    again) is not whom they answer. Where the noun was read as the speaker of the quote just before
    (`before`), it is the person credited with a quote before that one, of the article's gender; else, and
    where `before` answers again (a body, the noun of a role the text gave `before`, or after answering a
    question), `speaker` stays."""
    lang = doc.lang
    if speaker is not None and before is not None and speaker != before and lang.reply_verbs:
        return _answering_role(doc, span, hi, speaker, before) or speaker
    if speaker is None or speaker != before or not lang.reply_verbs:
        return speaker
    toks = doc.tokens_in(span.outer_end, hi)[:5]
    toks = toks[1:] if toks and toks[0].text == "," else toks
    verb = next((k for k, t in enumerate(toks[:4]) if t.low in lang.reply_verbs), None)
    if verb is None:
        return speaker
    phrase = toks[verb + 1 : verb + 3] if verb == 0 else toks[:verb]
    if len(phrase) < 2 or phrase[0].low not in lang.definite_articles:
        return speaker
    nouns = phrase[1:]
    if verb == 0:
        nouns = [t for t in nouns if t.text not in PHRASE_END and t.text != "."][:1]
        after = toks[verb + 3 : verb + 4]
        if after and after[0].text == ",":
            return speaker  # `replied the senator, Ann Lee,`: the name in apposition speaks
    named = any(m.kind == "person" for t in nouns for m in doc.mentions_in(t.start, t.end))
    nouns_only = all(t.text.isalpha() and (t.text.islower() or lang.capitalised_nouns) for t in nouns)
    if not nouns or named or not nouns_only:
        return speaker  # `entgegnete Kowalczyk`: a name, as written
    body = any(is_body_noun(doc.g, t.low) or t.low in lang.generic_bodies for t in nouns)
    if body or not doc.is_person(before):
        return speaker  # `“…,” the airline responded`: a body answers again, not someone it answered
    if written_beside(doc, before, {t.low for t in nouns}, span.outer_start):
        return speaker  # `Kämmerin Ina Falk … „…“, widersprach die Kämmerin.`: her own role, she goes on
    earlier = [end for s, end in doc.credited if end <= span.outer_start]
    if len(earlier) > 1 and doc.text[: earlier[-2]].rstrip("\"'“”„«»‘’‚‹› ").endswith("?"):
        return speaker  # asked, then answered: `before` answering again goes on with the answer
    gender = lang.article_genders.get(phrase[0].low)
    people = (s for s, end in reversed(doc.credited) if end <= span.outer_start and doc.is_person(s))
    other = (s for s in people if s != before and (gender is None or doc.gender_of(s) in (None, gender)))
    return next(other, None) or speaker


def _answering_role(doc: Document, span: QuoteSpan, hi: int, speaker: str, before: str) -> str | None:
    """`“Where are the inspectors?” she said. / “…,” the appointee answered.`: a definite role noun the
    text gave no one (left as written) answering a question the person `before` asked just before is the
    person credited before that question, the one asked, not a new speaker, when the question is put to
    someone in the second person."""
    lang = doc.lang
    toks = doc.tokens_in(span.outer_end, hi)[:4]
    toks = (toks[1:] if toks and toks[0].text == "," else toks)[:3]
    if len(toks) != 3 or toks[0].low not in lang.definite_articles or toks[2].low not in lang.reply_verbs:
        return None
    written = doc.text[toks[0].start : toks[1].end]
    if speaker != written or not toks[1].text.isalpha() or not toks[1].text.islower():
        return None  # (a role resolved to its holder, or a body, speaks as found)
    if toks[1].low in lang.generic_bodies or is_body_noun(doc.g, toks[1].low) or not doc.is_person(before):
        return None
    earlier = [(s, end) for s, end in doc.credited if end <= span.outer_start]
    if not earlier or earlier[-1][0] != before:
        return None
    asked = doc.text[: earlier[-1][1]].rstrip("\"'“”„«»‘’‚‹› ")
    if not asked.endswith("?"):
        return None  # answering no question
    question = re.split(r"[.!?…“”\"«»]", asked[:-1])[-1]
    if not lang.second_person.intersection(re.findall(r"\w+", question.lower())):
        return None  # a question put to no one in particular ('Is the road safe?'): anyone may answer
    return next((s for s, _ in reversed(earlier) if s != before and s and doc.is_person(s)), None)


# A vocative inside a quotation: at its start, after an interjection (`Well, Madam Secretary, …`), or
# before the end of one of its sentences (`…, senator.`).
_VOCATIVE_START = re.compile(r"(?:[A-Z][a-z]+,\s+)?(?P<v>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),\s")
_VOCATIVE_END = re.compile(r",\s+(?P<v>[A-Za-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})[.?!]")


def _addressed(doc: Document, span: QuoteSpan) -> str | None:
    """The person a quotation speaks to: a vocative (Quirk et al. 1985, A Comprehensive Grammar of the
    English Language, "vocatives") set off by commas at its start or before the end of one of its
    sentences, a title alone (`Congresswoman, …`, `…, senator.`) or after a courtesy word (`Madam
    Secretary`), or a courtesy word and a surname (`Ms. Lee, …`). A title names the one person the text
    gave it (`Sen. Ann Lee`, `Rep. Ann Lee` for "congresswoman"); a surname the person named so. Whoever
    is spoken to is not the one speaking."""
    lang = doc.lang
    if not lang.address_courtesies:
        return None
    quote = doc.text[span.start : span.end]
    opening = _VOCATIVE_START.match(quote)
    phrases = [m.group("v") for m in ([opening] if opening else []) + list(_VOCATIVE_END.finditer(quote))]
    for phrase in phrases:
        words = phrase.split()
        courtesy = words[0].lower() in lang.address_courtesies
        rest = words[1:] if courtesy else words
        if len(rest) != 1:
            continue
        low = rest[0].lower().rstrip(".")
        if low in lang.titles and low not in lang.address_courtesies:
            holder = title_holder(doc, low, span.outer_start)
            if holder:
                return holder
        elif courtesy and rest[0][:1].isupper():
            name = doc.canonical(rest[0])
            if doc.is_person(name):
                return name
    return None


def _other_party(doc: Document, addressed: str, pos: int) -> str | None:
    """Who speaks to `addressed` in a quotation at `pos`: the person named last before it but them."""
    for m in reversed(doc.mentions_in(0, pos)):
        if m.kind == "person" and not m.possessive:
            name = doc.person_name(m)
            if name != addressed and " " in name:
                return name
    return None


def _talked_with(doc: Document, lo: int, hi: int, gender: str | None) -> str | None:
    """The person a body or an outlet talked with in `[lo, hi)` (`O JN falou com Sara Lemos, grávida de 34
    semanas`): named right after a preposition of company that follows a speech verb."""
    toks = doc.tokens_in(lo, hi)
    for i, t in enumerate(toks[1:-1], 1):
        if t.low not in doc.lang.comitatives or toks[i - 1].low not in doc.g.cues:
            continue
        named = [m for m in doc.mentions_in(toks[i + 1].start, hi) if m.start == toks[i + 1].start]
        if named and named[0].kind == "person" and named[0].gender in (None, gender or named[0].gender):
            return name_of(doc, named[0])
    return None


def _unnamed_spoke(doc: Document, lo: int, hi: int, gender: str | None) -> bool:
    """Whether someone the text does not name, of a sex that fits `gender`, spoke in `[lo, hi)`."""
    for p in doc.unnamed:
        if lo <= p < hi:
            sexes = {doc.lang.sex_nouns.get(t.low) for t in until_break(doc.tokens_in(p, hi))[:5]} - {None}
            if gender is None or not sexes or gender in sexes:
                return True
    return False


def _named_next(doc: Document, lo: int, hi: int) -> str | None:
    """`A fire battalion chief … said … “…,” he told reporters. The chief, Ed Dale of the county's fire
    service, said …`: someone brought in unnamed (an indefinite noun in the quote's sentence or the one
    before) and named in the next sentence by the same noun, the name set off by commas after it."""
    lang = doc.lang
    i = bisect.bisect_left(doc._sentence_starts, hi)
    if i >= len(doc.sentences) or not lang.indefinite_articles:
        return None
    a, b = doc.sentences[i]
    toks = doc.tokens_in(a, b)[:4]
    if len(toks) < 4 or toks[0].low not in lang.definite_articles or not toks[1].text.islower():
        return None
    if toks[2].text != "," or toks[1].low in lang.stopwords:
        return None
    named = [m for m in doc.mentions_in(toks[3].start, b) if m.start == toks[3].start]
    if not named or named[0].kind != "person" or " " not in named[0].name:
        return None
    openers = "|".join(re.escape(w) for w in sorted(lang.indefinite_articles))
    brought_in = re.compile(rf"\b(?:{openers})\s+(?:[\w-]+\s+){{0,3}}{re.escape(toks[1].low)}\b", re.I)
    if brought_in.search(doc.masked, doc.sentence_before(lo)[0], hi) is None:
        return None
    return doc.person_name(named[0])


def _named_after_lede(doc: Document, lo: int, span: QuoteSpan) -> str | None:
    """The delayed-identification lede of news writing (languages with `delayed_lede`): its first sentence
    brings in the speaker by an indefinite noun with a relative clause quoting them (`A retired keeper who
    insists he “…” has …`, `… fined by a sheriff who said it had “…”`), and the story names that person
    after it. Where that noun is the lede's subject, the person is the one whose full name opens the next
    sentence, of the sex of the clause's pronoun, with nothing after the name but an age or a place (no
    role: that is someone else); a title noun elsewhere in the lede is the only person given that title
    in the three sentences after it."""
    lang = doc.lang
    if not doc.sentences or lo != doc.sentences[0][0] or not lang.delayed_lede:
        return None
    toks = doc.tokens_in(lo, span.outer_start)
    k = len(toks) - 1
    while k > 0 and toks[k].low not in lang.relatives:
        k -= 1
    cue = any(t.low in doc.g.cues for t in toks[k + 1 :])
    if k < 2 or not cue or toks[k - 1].low in lang.stopwords or not toks[k - 1].text.islower():
        return None
    noun = toks[k - 1]
    openers = [j for j in range(max(0, k - 6), k - 1) if toks[j].low in lang.indefinite_articles]
    article = openers[-1] if openers else None
    if article is None or any(not t.text.isalpha() for t in toks[article + 1 : k - 1]):
        return None
    following = doc.sentences[1:4]
    if toks[article].start == doc.main_clause_start(lo, span.outer_start) and following:
        sexes = [doc.g.pronouns.get(t.low) or lang.possessive_pronouns.get(t.low) for t in toks[k + 1 :]]
        sex = next((x for x in sexes if x), None)
        a, b = following[0]
        first = next(iter(doc.mentions_in(a, b)), None)
        if first is None or first.start != a or first.kind != "person" or " " not in first.name:
            return None
        if sex is None or first.gender != sex or not _age_or_place_only(doc, doc.tokens_in(first.end, b)):
            return None
        return doc.person_name(first)
    if noun.low not in lang.titles:
        return None
    holders = {
        doc.person_name(m)
        for a, b in following
        for m in doc.mentions_in(a, b)
        if m.kind == "person"
        and [t.low for t in doc.tokens_in(max(a, m.start - 30), m.start)[-1:]] == [noun.low]
    }
    return holders.pop() if len(holders) == 1 else None


def _age_or_place_only(doc: Document, after: list[Token]) -> bool:
    """`Mary Pike, 80, from Hull, grabbed …`: what is set off by commas after a name before its verb is only
    its age or a place (a lower-case word before capitalised ones); no role (`Tom Wade, a detective,
    said`), no relative clause (`Ann Lee, who lives next door, heard`)."""
    i, groups = 0, 0
    while i < len(after) and after[i].text == ",":
        j = next((n for n in range(i + 1, len(after)) if after[n].text == ","), len(after))
        group = after[i + 1 : j]
        age = len(group) == 1 and group[0].text.isdigit()
        place = (
            len(group) > 1 and group[0].text.islower() and group[0].low not in doc.lang.articles
            and group[0].low not in doc.lang.relatives and all(t.cap for t in group[1:])
        )
        if not (age or place) or j == len(after):
            return groups > 0
        i, groups = j, groups + 1
    return True


def _unnamed_subject_before(doc: Document, pos: int, gender: str | None) -> bool:
    """`Parmi les clients, un boulanger de Vernay a perdu 12 000 euros. « … », confie-t-il.`: where the
    sentence before names no person and its main clause opens with an indefinite article of the pronoun's
    gender and a noun in lower case (where every noun is capitalised, one that surely names a person:
    `person_noun`), the pronoun is that person, brought in without a name."""
    lang = doc.lang
    before = doc.previous_sentence(pos)
    if before is None or gender is None or not lang.indefinite_articles:
        return False
    a, b = before
    if any(m.kind == "person" for m in doc.mentions_in(a, b)):
        return False
    inverted = inverted_indefinite(doc, a, b)
    if inverted:  # `Im Saal berichtete eine 61-jährige Nachbarin. … erzählte sie.`: the subject after it
        return lang.article_genders.get(inverted[0].low) == gender
    toks = doc.tokens_in(doc.main_clause_start(a, b), b)[:3]
    if len(toks) < 2 or toks[0].low not in lang.indefinite_articles:
        return False
    if lang.article_genders.get(toks[0].low) != gender:
        return False
    # where every noun is capitalised, a noun that surely names a person (`Ein Nachbar klagt …`), as the
    # subject of a verb in the indicative active: not someone the speaker's reported words (`Ein Nachbar
    # habe …`) or a passive (`Ein Kunde wurde …`) tell of
    if not toks[1].text.islower() and not (lang.capitalised_nouns and person_noun(doc, toks[0], toks[1])):
        return False
    if not toks[1].text.islower() and len(toks) > 2 and _reported_or_passive(doc, toks[2]):
        return False
    if toks[1].low in lang.spokes_nouns:
        return False  # `Ein Sprecher der Stadt …`: the body he speaks for, found elsewhere
    noun = toks[1].low
    return noun not in lang.org_words | lang.generic_bodies | lang.stopwords | lang.statement_nouns


def _reported_or_passive(doc: Document, verb: Token) -> bool:
    """Whether the finite `verb` is one of the language's own forms of the mood of reported speech
    (`Language.reported_forms`: `habe`, `sei`, `wäre`; not any word in `-e`, which is also a past tense,
    `sagte`) or a passive's auxiliary."""
    return verb.low in doc.lang.reported_forms or verb.low in doc.lang.passive_auxiliaries


def _unnamed_source_before(doc: Document, pos: int, gender: str | None) -> bool:
    """ru/uk: `Источник в банке подтвердил, что … «…», — сказал он.`, `Один из пожарных … добавил …`,
    `По словам одного из собеседников, …`: where the sentence before names no person and opens (past an
    according phrase) with a source that speaks there or with "one of" a group, the pronoun is that
    person, whom the text does not name, not someone named further back."""
    code = doc.lang.morphology
    before = doc.previous_sentence(pos)
    if before is None or not code:
        return False
    a, b = before
    if any(m.kind == "person" for m in doc.mentions_in(a, b)):
        return False
    sentence = doc.tokens_in(a, b)
    opening = " ".join(t.low for t in sentence[:3])
    according = next((p for p in doc.lang.according_to if opening.startswith(p + " ")), "")
    toks = sentence[len(according.split()) :][:2]
    if not toks:
        return False
    if morph.lemma_of(code, toks[0].low) in doc.lang.source_nouns:
        # a source that speaks in it is a person ("Источник в банке подтвердил …"), not a thing's
        # origin ("Источник финансирования проекта — городской бюджет.")
        return bool(according) or any(t.low in doc.g.cues for t in sentence)
    case = "gent" if according else "nomn"  # "По словам одного из …", "Один из …": not an object
    one = [p for p in morph.parses(code, toks[0].low) if p.normal_form == "один" and p.tag.case == case]
    of_group = len(toks) == 2 and toks[1].low in doc.lang.phrase_breaks
    return bool(one) and of_group and gender in (None, "m" if one[0].tag.gender != "femn" else "f")


def _role_subject_before(doc: Document, pos: int, gender: str | None) -> str | None:
    """`Le procureur a requis dix-huit mois. « … », a-t-il nuancé.`: where the sentence before names no
    person and opens with a definite role noun of the pronoun's gender, the pronoun is that role (the
    person it was given beside, or the role as written), not a person named further back."""
    lang = doc.lang
    before = doc.previous_sentence(pos)
    if before is None or not lang.epithets or gender is None:
        return None
    a, b = before
    if any(m.kind == "person" for m in doc.mentions_in(a, b)):
        return None
    earlier = doc.previous_sentence(a)
    if earlier and lang.reported_forms and any(_reported(doc, t) for t in doc.tokens_in(a, b)):
        # `Die Firmenchefin formuliert es vorsichtiger. Man werde auch in Polen fertigen. „…“, sagt sie.`:
        # a sentence in the reporting mood goes on with the words of the subject before it
        a, b = earlier
        if any(m.kind == "person" for m in doc.mentions_in(a, b)):
            return None
    toks = doc.tokens_in(doc.main_clause_start(a, b), b)[:4]
    toks = toks[:2] + [t for t in toks[2:] if not is_adverb(doc, t)]  # `Die Chefin selbst formuliert …`
    if len(toks) < 3 or lang.article_genders.get(toks[0].low) != gender:
        return None
    if toks[0].low not in lang.definite_articles:
        return None
    noun, verb = toks[1], toks[2]
    if not noun.text.islower() and not lang.capitalised_nouns:
        return None
    if noun.low in lang.org_words or noun.low in lang.generic_bodies or noun.low in lang.stopwords:
        return None
    if verb.low not in lang.auxiliaries and verb.low not in lang.finite_verbs and verb.low not in doc.g.cues:
        return None
    role = toks[:2]
    named = described_name(doc, role) or completed_role(doc, role)
    # where every noun is capitalised, the role names again the person last named of its gender; so does
    # a noun for a person's age (`La sexagénaire a repris les terres.`: the woman named before), where a
    # role unnamed so far stays as written (`Le procureur a requis …`: someone new); not after someone of
    # that sex was brought in unnamed since (`Une femme de 64 ans …`: the age noun is hers)
    aged = bool(lang.age_suffixes) and noun.low.endswith(lang.age_suffixes)
    named = named or (epithet(doc, role) if lang.capitalised_nouns or aged else None)
    if aged and named and unnamed_since(doc, named, role[0].start, gender):
        named = None
    return named or doc.text[role[0].start : role[1].end]


def _epithet_subject_before(doc: Document, pos: int, gender: str | None) -> str | None:
    """`The 52-year-old also stood by his choice to keep Nico Szabadi out. “…,” he said.`: where the
    sentence before opens with a definite noun that surely names a person again (an age, an epithet, a
    title), the pronoun is that person, not a name further on in that sentence (in the languages that name
    a person again by a noun without a name list of their own, `Language.epithets` off)."""
    lang = doc.lang
    before = doc.previous_sentence(pos)
    if before is None or lang.epithets or gender is None:
        return None
    a, b = before
    toks = doc.tokens_in(doc.main_clause_start(a, b), b)[:3]
    if len(toks) < 3 or toks[0].low not in lang.definite_articles or not toks[1].text.islower():
        return None
    noun, verb = toks[1], toks[2]
    if not (noun.low.endswith("-old") or noun.low in lang.person_epithets or noun.low in lang.titles):
        return None
    past = verb.text.islower() and verb.low.endswith("ed")
    if not (past or verb.low in lang.finite_verbs or verb.low in doc.g.cues or is_adverb(doc, verb)):
        return None  # `The mayor's office …`, `The coach of the year …`: no verb after the noun
    found = described_name(doc, toks[:2]) or _role_after_speech(doc, toks[:2])
    # else the last person credited with a quote before it, of the pronoun's gender
    spoke = (s for s, end in reversed(doc.credited) if end <= toks[0].start and doc.is_person(s))
    found = found or next((s for s in spoke if doc.gender_of(s) in (None, gender)), None)
    return found if found and doc.gender_of(found) in (None, gender) else None


def _record_then_verb(doc: Document, source: Token, cue: Token) -> bool:
    """`Secondo il verbale, ha detto …`, `Según el acta, dijo …`: an "according to" phrase naming a thing in
    lower case (the record the words are read from: no person, role or body), then a comma and the speech
    verb with its subject left out."""
    lang = doc.lang
    toks = doc.tokens_in(source.end, cue.start)
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    if comma is None or not lang.pro_drop or lang.morphology:
        return False
    phrase, verb = toks[:comma], toks[comma + 1 :]
    if not phrase or len(phrase) > 3 or any(t.low not in lang.auxiliaries for t in verb):
        return False
    people = lang.titles | lang.person_titles | lang.org_words | lang.generic_bodies | lang.source_nouns
    nouns = [t for t in phrase if t.low not in lang.articles | lang.name_connectors]
    return bool(nouns) and all(t.text.islower() and t.low not in people | lang.spokes_nouns for t in nouns)


def _cue_speaker(doc: Document, lo: int, hi: int) -> str | None:
    """The speaker of the last speech cue in `[lo, hi)`."""
    cues = speech_cues(doc, lo, hi)
    main = [c for c in cues if not in_relative_clause(doc, lo, c)]
    cues = main or cues
    if not cues:
        return _narrative_infinitive(doc, lo, hi)
    if not main and doc.lang.capitalised_nouns:
        # `Ein Anwohner, der seinen Namen nicht nennen will, ist wütend.`: the verb of a relative clause
        # reports nothing; the main clause's subject is who the sentence is about
        return sentence_subject(doc, lo, hi)
    cue = _reporting_cue(doc, lo, cues, hi)
    inverted = _subject_after(doc, cue, hi) if _as_clause(doc, cue) else None
    if inverted:
        return inverted  # `Per ora, come dice X, la soluzione resta …`: X speaks the sentence
    if not main and doc.lang.pro_drop:
        # `La CHE ha emitido un comunicado en el que asegura que «…»`: the verb of a relative clause
        # opened by a preposition, its subject left out, is the main clause's subject's.
        rel = doc.tokens_in(max(lo, cue.start - 30), cue.start)[-3:]
        if len(rel) >= 2 and rel[-1].low in doc.lang.relatives and (
            rel[-2].low in doc.lang.phrase_breaks or rel[-2].low in doc.lang.articles
        ):
            subject = sentence_subject(doc, lo, rel[-1].start)
            toks = doc.tokens_in(doc.main_clause_start(lo, rel[-1].start), rel[-1].start)[:3]
            opening = doc.mentions_in(toks[0].start, toks[-1].end) if toks else []
            bodies = [m for m in opening if m.kind == "org"]
            return subject or (bodies[0].name if bodies else None)  # `La CHE …`: a body as subject
    back = doc.tokens_in(max(lo, cue.start - 30), cue.start)[-3:]
    for i, t in enumerate(back):  # `Según explicó X`, `Secondo quanto riferito dai carabinieri`
        between = back[i + 1 :]
        filler = all(x.low in doc.lang.stopwords or x.low in doc.lang.relatives for x in between)
        if t.start in doc.according_ends and filler and not doc.lang.morphology:
            return _according_source(doc, t, hi)
    if cue.start in doc.according_ends:
        return _according_source(doc, cue, hi)
    if cue.low in doc.lang.statement_verbs:
        return statement_source(doc, doc.tokens_in(lo, hi))
    if incise_gender(doc, cue) is not None:
        return _incise_speaker(doc, cue)
    if cue.low in doc.g.participles:
        own = doc.tokens_in(max(lo, cue.start - 40), cue.start)[-1:]
        mention = doc.mention_ending(own[0]) if own and own[0].cap else None
        if mention is not None and mention.kind == "person":
            return name_of(doc, mention)
        opening = opening_participle_clause_end(doc, cue)
        if opening is not None:
            return sentence_subject(doc, opening, doc.sentence_of(cue.start)[1])
        return _main_subject(doc, lo, cue.start)
    prev = doc.tokens_in(max(lo, cue.start - 3), cue.start)
    lead = doc.tokens_in(lo, cue.start)  # `Said Ann Lee: “…”`, `Así lo aseguró la ministra: «…»`
    # `Der „Krone“ schilderte die Urlauberin:`: an outlet's name in quotation marks after a dative article
    told = len(lead) >= 2 and doc.lang.capitalised_nouns and lead[0].low in doc.lang.dative_articles and all(
        _in_title(doc, t) for t in lead[1:]
    )
    # `Laut Protokoll sagte sie, …`: German puts one phrase before the verb, a source's too (the record
    # the words are read from), and the person after the verb is the one who spoke
    sourced = bool(lead) and doc.lang.capitalised_nouns and lead[0].low in doc.g.according
    fronted = bool(lead) and (lead[0].low in doc.g.fronting or told)
    if (fronted or sourced) and cue.low in doc.g.inverting:
        inverted = _subject_after(doc, cue, hi)  # `Auf Nachfrage sagte Brenner:`, `Später sagte er:`
        if inverted and (fronted or (cue.low in doc.g.cues and doc.is_person(inverted))):
            return inverted
    opens = not doc.lang.morphology and all(t.low in doc.g.resumptive for t in lead)
    if opens and is_past_participle(doc.g, cue.low) and doc.main_clause_start(lo, hi) > cue.end:
        return sentence_subject(doc, lo, hi)  # `Interrogé par France Info, le ministre, X, a été clair :`
    opening = _opening_question(doc, lo, hi, cue) if not lead else _after_subordinate(doc, lead, cue, hi)
    if opening is not None:
        return sentence_subject(doc, opening, hi)  # `Asked whether he had changed anything, he shrugged.`
    inverts = cue.low in doc.g.inverting and not _reported_subject(doc, cue)
    after_clause = bool(prev) and prev[-1].text == "," and (
        _closes_relative_clause(doc, lo, prev[-1]) or _closes_apposition(doc, lo, prev[-1])
    )
    # `…, — рассказала «Омской правде» X.`: a dash after the quote's comma, then the verb and its subject
    # `“…,” said Mills.`: the quotation's closing mark, its comma masked inside it, then the verb
    closed = bool(prev) and prev[-1].start > lo and doc.masked[prev[-1].start - 1] == MASK
    incise = bool(prev) and (prev[-1].text in {",", "—", "–"} or MASK in prev[-1].text or closed)
    if inverts and not after_clause and (opens or incise):
        inverted = _subject_after(doc, cue, hi, strict=not opens)
        if inverted or doc.spoke_unnamed(cue.end, hi):
            return inverted  # (`…, erzählte sie.` of someone unnamed: no subject before the verb either)
    # `Il diritto allo studio, dice, «…»`: an aside between commas whose subject is left out
    nxt = doc.tokens_in(cue.end, hi)[:1]
    aside = bool(prev) and prev[-1].text == "," and bool(nxt) and nxt[0].text == ","
    if aside and doc.lang.pro_drop and not doc.lang.morphology:
        return _null_subject(doc, cue)
    subject = _subject_before(doc, clause_start(doc, lo, cue.start), cue)
    source = [c for c in cues[:1] if c.start in doc.according_ends and c is not cue and c.start - lo < 12]
    if source and not (subject and doc.is_person(subject)) and _record_then_verb(doc, source[0], cue):
        spoke = _null_subject(doc, cue)  # `Según el acta, dijo que …`: the record, then who spoke
        if spoke and doc.is_person(spoke):
            return spoke
    if source and not doc.lang.morphology and (subject is None or not doc.is_person(subject)):
        # `Segundo a secretária, Inês Cardoso, o Governo garante «…»`: the source reports what a body says
        return _according_source(doc, source[0], hi) or subject
    return subject


def _narrative_infinitive(doc: Document, lo: int, hi: int) -> str | None:
    """`Et d'ajouter : « … »`, `Et de conclure : …`: a conjunction and a speech verb's infinitive after
    its particle (the French infinitive of narration), with no subject of its own, go on with the person
    the sentence before was about."""
    toks = [t for t in doc.tokens_in(lo, hi) if t.text not in {":", ","}]
    if len(toks) not in (2, 3) or toks[0].low not in doc.lang.conjunctions:
        return None
    words = [w for t in toks[1:] for w in re.split(r"(?<=['’])", t.low)]
    heads = doc.lang.infinitive_heads
    if len(words) != 2 or words[0] not in heads or words[1] not in doc.lang.speech_infinitives:
        return None
    return speaking_pronoun(doc, toks[0].start, None)


def _closes_relative_clause(doc: Document, lo: int, comma: Token) -> bool:
    """The comma before a verb closes a relative clause after its subject ("Людмила Гайова, яка
    організувала збір, розповіла", "One driver, who asked not to be named, said he …") or, in ru/uk, a
    participle's clause ("Источник, участвовавший в совещании, подтвердил"): the subject stands before
    it, the verb is not inverted; not where the verb comes second and follows any clause before it
    (German: "Die Gemeinde habe Pläne, die …, sagte er")."""
    if doc.lang.capitalised_nouns:
        return False
    code = doc.lang.morphology
    toks = doc.tokens_in(lo, comma.start)
    opened = [k for k, t in enumerate(toks) if t.text == ","]
    after = toks[opened[-1] + 1 : opened[-1] + 3] if opened else []
    if after and after[0].low in doc.lang.conjunctions:
        after = after[1:]  # `A nurse who …, and who asked not to be named, said`: a second relative clause
    if not after:
        return False
    first = after[0].low
    return first in doc.lang.relatives or bool(code and morph.is_participle(code, first)) or (
        _subject_then_ing_clause(doc, toks, opened[-1])
    )


def _subject_then_ing_clause(doc: Document, toks: list[Token], comma: int) -> bool:
    """English: `The director, speaking later to the radio, said he …`: an -ing clause set off by commas
    right after a noun phrase opening the sentence (a supplementive clause, Quirk et al. 1985, ch. 15)
    leaves that phrase the subject of the verb after it; not a clause inside or after a quote."""
    opener = toks[comma + 1 : comma + 2]
    if not doc.lang.participle_suffix or not opener or not is_participle(doc.g, opener[0]):
        return False
    subject = toks[:comma]
    if not 1 <= len(subject) <= 6 or any(MASK in t.text or t.text in PHRASE_END for t in subject):
        return False
    return subject[0].low in doc.lang.determiners or subject[0].cap


def _closes_apposition(doc: Document, lo: int, comma: Token) -> bool:
    """`Tom Ortiz, 24, said she …`, `Ann Lee, a nurse, said …`: the comma before the verb closes what is
    set off after the person's name that opens the sentence, no quotation before it: the name is the
    subject, the verb is not inverted."""
    toks = doc.tokens_in(doc.main_clause_start(lo, comma.start), comma.start)
    if not toks or any(MASK in t.text for t in toks):
        return False
    named = next(iter(doc.mentions_in(toks[0].start, toks[0].end + 1)), None)
    if named is None or named.kind != "person" or named.start != toks[0].start:
        # `One of them, retired postman Glen Hurst, said he …`: an apposition naming an unnamed subject
        chunks = [c for c in re.split(r"\s*,\s*", doc.masked[toks[0].start : comma.start]) if c]
        head = doc.tokens_in(toks[0].start, toks[0].start + len(chunks[0])) if len(chunks) == 2 else []
        last = doc.mention_ending(toks[-1])
        return bool(head) and unnamed_head(doc, head) and last is not None and last.kind == "person"
    after = [t for t in toks if t.start >= named.end]
    return len(after) > 1 and after[0].text == ","


def _pronoun_reporting(doc: Document, lo: int, cues: list[Token]) -> Token | None:
    """`She said no casualties had been reported.`, `Mark Hale said the search continues.`: a speech verb
    right after a personal pronoun or a person's name opening the main clause reports the clause after it,
    so a later speech verb is inside what is reported."""
    first = cues[0]
    if first is cues[-1]:
        return None
    start = doc.main_clause_start(lo, first.start)
    toks = doc.tokens_in(start, first.start)
    if len(toks) == 1 and toks[0].low in doc.lang.pronouns:
        return first
    named = doc.mention_ending(toks[-1]) if toks else None
    if named is None or named.kind != "person":
        return None
    titles = [t for t in toks if t.start < named.start]  # `Assistant Chief Constable Mark Hale said …`
    return first if all(t.low in doc.lang.titles for t in titles) else None


def _reporting_cue(doc: Document, lo: int, cues: list[Token], hi: int) -> Token:
    """The cue whose subject speaks in `[.., hi)`: the last, unless an earlier one reports a clause (`diz
    que o ruído das obras continua acima do permitido`) and the last does not open a quotation at `hi`:
    a verb inside what is reported is no reporting verb."""
    last = cues[-1]
    rest = doc.tokens_in(last.end, hi)
    # `… said his deputy told him:` then the quote: the last verb introduces it
    opens = bool(rest) and rest[-1].text not in ".!?" and not rest[-1].text[:1].isalnum()
    reporting = None if opens else _pronoun_reporting(doc, lo, cues)
    if reporting is not None:
        return reporting
    if len(rest) == 1 and not rest[0].text[:1].isalnum():
        return last  # `… que X continuou:` then the quote: the last verb introduces it (`le prévenu «` not)
    lang = doc.lang
    if len(cues) > 1 and not (lang.head_first or lang.morphology or lang.capitalised_nouns):
        reported = _reports_bare_clause(doc, cues)
        if reported is not None:
            return reported
    if len(cues) == 1 or not doc.lang.head_first or doc.lang.morphology:
        return last
    finite = doc.lang.finite_verbs | doc.lang.auxiliaries
    for c in cues[:-1]:
        # the clause may come after the verb's complements (`rappelle de son côté que`, `explica a la
        # prensa que`, `ha detto ai giornalisti che`)
        after = doc.tokens_in(c.end, c.end + 40)[:5]
        for t in after:
            if t.low in doc.lang.relatives or t.low.startswith(("qu'", "qu’")):
                return c
            if MASK in t.text or t.low in doc.g.cues or t.low in finite or t.text in {".", ",", ";", ":"}:
                break  # `ha risposto alla Federazione, che …`: a relative clause of the noun
    return last


def _reports_bare_clause(doc: Document, cues: list[Token]) -> Token | None:
    """`The partnership said councillors had urged the contractor to …`: an earlier verb of saying whose
    object clause follows it, its "that" left out (a subject of nouns or names, then a finite verb), holds
    the later cue inside what it reports; that earlier verb reports, not the later one."""
    lang = doc.lang
    finite = lang.finite_verbs | lang.auxiliaries
    for c in cues[:-1]:
        if not c.text.islower() or c.low in doc.g.participles or c.low not in doc.g.speech:
            continue
        after = doc.tokens_in(c.end, cues[-1].start)[:5]
        verb = next((k for k, t in enumerate(after) if t.low in finite), None)
        subject = after[:verb] if verb else []
        if not subject or any(not t.text.isalpha() or t.low in lang.phrase_breaks for t in subject):
            continue  # (`asked whether he had`: a question's clause, not a statement's)
        if any(t.low in doc.g.cues for t in subject):
            continue
        return c
    return None


def _opening_question(doc: Document, lo: int, hi: int, cue: Token) -> int | None:
    """`Asked whether he had changed anything, he shrugged.`: a speech verb opening the sentence with a
    lower-case complement that is no noun phrase (no article) is a participle clause; where its comma is
    (the main clause, whose subject speaks, starts after it), else None."""
    after = doc.tokens_in(cue.end, hi)
    if not after or not after[0].text[:1].islower() or not after[0].text[:1].isalpha():
        return None
    low = after[0].low
    if low in doc.lang.determiners or low in doc.lang.relatives or low in doc.g.pronouns:
        return None  # `said the minister`, `Dijo que …`, `Sagte er`
    for t in after[1:]:
        if MASK in t.text:
            return None
        if t.text == ",":
            return t.end
    return None


def _after_subordinate(doc: Document, lead: list[Token], cue: Token, hi: int) -> int | None:
    """`When I asked her what a keeper does, she was blunt: “…”`: a speech verb in a clause opened by a
    subordinator, its comma before the main clause; where the main clause starts, else None."""
    first = lead[0].low
    if first not in doc.lang.subordinators or first in doc.lang.conjunctions:
        return None
    if first == "as" and cue.low in doc.g.speech:
        return None  # `As Kerr noted in her speech, the city “…”`: whose words the clause says
    if any(t.text == "," for t in lead):
        return None
    after = doc.tokens_in(cue.end, hi)
    for i, t in enumerate(after):
        if MASK in t.text or t.low in doc.g.cues:
            return None
        if t.text == ",":
            main = after[i + 1 : i + 2]  # a main clause, not the quotation right after the comma
            return t.end if main and MASK not in main[0].text and main[0].text[:1].isalnum() else None
    return None


def _reported_subject(doc: Document, cue: Token) -> bool:
    """`X, who …, said he had lived there`: a pronoun after the verb and before a finite verb is the
    subject of the reported clause, not the verb's own subject put after it."""
    after = doc.tokens_in(cue.end, cue.end + 40)[:2]
    finite = doc.lang.finite_verbs | doc.lang.auxiliaries
    return len(after) == 2 and after[0].low in doc.g.pronouns and after[1].low in finite


def _incise_clause_speaker(doc: Document, lo: int, hi: int) -> str | None:
    """The speaker of a reporting clause inside a quotation: the verb comes first, its subject after."""
    cues = speech_cues(doc, lo, hi)
    if not cues:
        return None
    cue = cues[0]
    if incise_gender(doc, cue) is not None:
        return _incise_speaker(doc, cue)
    return _subject_after(doc, cue, hi) or _null_subject(doc, cue)


def _dialogue(
    doc: Document,
    span: QuoteSpan,
    spans: Sequence[QuoteSpan],
    out: list[str | None],
    starts: list[int],
    para_no: int,
) -> set[str | None]:
    """`“Was the bridge inspected?” Kerr asked. / “In the spring,” the engineer replied. / “Then why the
    cracks?” Kerr said. / “…”`: the three paragraphs right before the quote's (number `para_no`),
    each opened by one quotation, the only one in it, of one person, A, B, A, the first a question, make
    an exchange, so the quote paragraph `span` after them with no cue is B's turn (a dialogue whose
    alternation the tags have set up goes on without them). A quote opening with a coordinator (`“And I
    will say so tomorrow.”`) adds to the last speaker's words instead, so it makes no turn."""
    opening = doc.text[span.start : span.end].split(maxsplit=1)[:1]
    if opening and opening[0].lower() in doc.lang.conjunctions:
        return set()
    paragraphs = [bisect.bisect_right(starts, q.outer_start) for q in spans[-4:]]
    if paragraphs[-3:] != [para_no - 3, para_no - 2, para_no - 1] or paragraphs[-4:-3] == [para_no - 3]:
        return set()  # (the fourth quote back in the first of them: that paragraph holds two)
    turns = zip(paragraphs[-3:], spans[-3:], strict=True)
    if any(doc.text[starts[n - 1] : q.outer_start].strip() for n, q in turns):
        return set()  # a turn opens its paragraph with the quotation, not with the narrator's words
    a, b, again = out[-3:]
    if a is None or b is None or a == b or again != a or not (doc.is_person(a) and doc.is_person(b)):
        return set()
    asked = spans[-3]
    return {a, b} if doc.text[asked.start : asked.end].rstrip(" ,")[-1:] == "?" else set()


def _quote_paragraph(doc: Document, span: QuoteSpan, para_lo: int) -> bool:
    """Whether the quotation is its paragraph alone: no narrator's words before or after it (one left
    open at the paragraph's end, the first of a quotation of several paragraphs, is)."""
    text = doc.text
    if not span.closed:
        end = text.find("\n", span.end)
        rest = text[span.end : end if end >= 0 else None]
        return not text[para_lo : span.outer_start].strip() and not rest.strip()
    end = text.find("\n", span.outer_end)
    after = text[span.outer_end : len(text) if end < 0 else end]
    return not text[para_lo : span.outer_start].strip() and not after.strip(" .»”\"")


def _nominative_subject(doc: Document, lo: int, hi: int) -> str | None:
    """ru/uk: the one person named in the nominative in `[lo, hi)`, not after a preposition: the subject
    wherever it stands ("Прокомментировать ситуацию согласился Андрей Волков")."""
    people = [
        m for m in doc.mentions_in(lo, hi)
        if m.kind == "person" and m.nominative and not m.possessive and not doc._after_preposition(m.start)
    ]
    return name_of(doc, people[0]) if len(people) == 1 else None


def _interview_answers(text: str, spans: Sequence[QuoteSpan]) -> set[int]:
    """Where the speech opening a paragraph follows a question paragraph (ending with "?", no speech
    or only a question in it, or an interviewer's dash line the finder left out), twice or more, the
    article is an interview printed as questions and answers: those paragraphs (outer starts) are the
    interviewee's answers."""
    starts = {s.outer_start for s in spans}
    answers = set()
    remarks = set()  # dash answers to a short remark of the interviewer's ("Пассажиры жалуются на духоту.")
    for span in spans:
        para_lo = text.rfind("\n", 0, span.outer_start) + 1
        if text[para_lo : span.outer_start].strip():
            continue
        prev_hi = para_lo - 1
        while prev_hi > 0 and text[prev_hi - 1].isspace():
            prev_hi -= 1
        prev_lo = text.rfind("\n", 0, prev_hi) + 1
        question = text[prev_lo:prev_hi]
        inside = [a for a in starts if prev_lo <= a < prev_hi]
        asked = question.endswith("?") or (question[:1] in "—–―" and not inside)  # a dash question left out
        if asked and all(a == prev_lo and not _narrated(text, spans, a) for a in inside):
            answers.add(span.outer_start)
        elif text[span.outer_start : span.outer_start + 1] in "—–―" and not inside and len(question) < 160:
            remarks |= set() if _narrated(text, spans, span.outer_start) else {span.outer_start}
    return answers | remarks if len(answers) >= 2 else set()


def _asked_between(text: str, spans: Sequence[QuoteSpan], span: QuoteSpan, para_lo: int) -> bool:
    """A dash answer, not narrated, right after one dash paragraph that asks and holds no quote of
    anyone's (the interviewer's question, `— А вы жаловались? — спрашиваем мы.`)."""
    if text[span.outer_start : span.outer_start + 1] not in "—–―" or _narrated(text, spans, span.outer_start):
        return False
    q_lo = text.rfind("\n", 0, max(0, para_lo - 1)) + 1
    question = text[q_lo:para_lo].strip()
    asked = question[:1] in "—–―" and "?" in question
    return asked and not any(q_lo <= s.outer_start < para_lo for s in spans)


def _lone_answer(doc: Document, text: str, spans: Sequence[QuoteSpan], span: QuoteSpan) -> str | None:
    """ru/uk: a dash answer, alone in its paragraph, to a dash question right after a paragraph in which
    one person, named in full, tells something ("Директор заповедника X рассказал о планах." / "— Сколько
    туристов вы ждете?" / "— Около двадцати тысяч."): that person answers."""
    para_lo = text.rfind("\n", 0, span.outer_start) + 1
    opening = not text[para_lo : span.outer_start].strip()
    if not doc.lang.morphology or not opening or para_lo < 2 or _narrated(text, spans, span.outer_start):
        return None
    q_lo = text.rfind("\n", 0, para_lo - 1) + 1
    question = text[q_lo : para_lo - 1].strip()
    if not question.endswith("?") or question[:1] not in "—–―" or q_lo < 2:
        return None
    p_lo = text.rfind("\n", 0, q_lo - 1) + 1
    teller = _one_person_with(doc, p_lo, q_lo, doc.g.speech)
    return teller if teller and " " in teller else None  # named in full


def _speaks_of(doc: Document, span: QuoteSpan, subject: str) -> bool:
    """The quotation opens with a pronoun for `subject` (`Er kommt zur Ernte …` after a sentence about
    him): it speaks of that person, so someone else says it."""
    words = doc.text[span.start : span.end].split(maxsplit=1)
    gender = doc.g.pronouns.get(words[0].lower()) if words else None
    sex = doc.gender_of(subject) or next(filter(None, map(first_name_gender, subject.split())), None)
    return gender is not None and words[0][:1].isupper() and sex == gender


def _narrated(text: str, spans: Sequence[QuoteSpan], start: int) -> bool:
    """Whether the paragraph holding the speech at `start` has narrator's words after it."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    last = max(s.outer_end for s in spans if start <= s.outer_start < end)
    return bool(text[last:end].strip(" \t\"»”.?!"))


def _titled_guest(doc: Document, people: list[Mention], start: int) -> list[Mention]:
    """The person named first after a title in the sentence of the introduction that names them with it
    (`Assessore ai trasporti da sei anni …, Paolo Ferrandi …`), where the question before the
    first answer at `start` addresses them by that title alone (`Senatore, …?`): not someone else the
    introduction names after them. Nobody where the introduction gives the title to two people (`il
    presidente X … il presidente della Regione Y`): the title alone does not tell which one answers."""
    q_lo = doc.text.rfind("\n", 0, max(start - 1, 0)) + 1
    title = doc.text[q_lo:start].split(",", 1)[0].strip()
    if " " in title or title.lower() not in doc.lang.titles:
        return []
    holders: list[Mention] = []
    for m in re.finditer(rf"\b{re.escape(title)}\b", doc.text[:q_lo], re.IGNORECASE):
        s_hi = doc.sentence_of(m.start())[1]
        after = [p for p in people if m.end() <= p.start and p.end <= s_hi]
        holders += after[:1]
    return holders[:1] if len({name_of(doc, p) for p in holders}) == 1 else []


def _interviewer(doc: Document, m: Mention) -> bool:
    """The name `m` follows the words of an interview's credit line (`Mit ihr sprach Eva Roth.`,
    `Propos recueillis par Paul Roux`): the one who asks."""
    line = doc.text[doc.text.rfind("\n", 0, m.start) + 1 : m.start].lower().rstrip()
    return line.endswith(doc.lang.interviewer_credits)


def _interviewee(doc: Document, context: str = "", start: int = 0) -> str | None:
    """The person an interview is with: the first named in full, by a first name where one is (`Boca
    Juniors presentó a Hernán Villafañe`: the club is no person); where the text names nobody in full,
    the first it names by surname, in full as the page's headline or standfirst (`context`) names them.
    One the headline names comes first, then one the first question addresses by a title the introduction
    gives them (`_titled_guest`), then the last named before the first answer at `start`."""
    people = [m for m in doc.mentions if m.kind == "person" and " " in m.name and not _interviewer(doc, m)]
    named = [m for m in people if is_first_name(m.name.split()[0])] if not doc.lang.morphology else []
    # the person the headline or standfirst names, else the last named before the first answer (`Ein
    # Gespräch mit der Vorsitzenden X.`), not another the introduction quotes first
    headlined = [m for m in people if context and re.search(rf"\b{re.escape(m.name.split()[-1])}\b", context)]
    # (by a first name where one is: `Nadia Benkirane … dans la zone Tanger Automotive City. Entretien.`)
    introduced = ([m for m in named if m.end <= start] or [m for m in people if m.end <= start])[-1:]
    if people:
        titled = _titled_guest(doc, people, start)
        return name_of(doc, (headlined or titled or introduced or named or people)[0])
    guest = guest_named(context, doc.text, is_first_name) if context else None
    code = doc.lang.morphology
    return " ".join(morph.name_form(code, tuple(guest.split())).words) if guest and code else guest


def attribute(
    text: str,
    spans: Sequence[QuoteSpan],
    direct: Sequence[bool],
    language: str | None = "en",
    context: str = "",
    plain: Container[int] = (),
) -> list[str | None]:
    """A speaker (or None) for each quote span; `direct` marks the spans that are real quotes.

    `language` (ISO 639-1) chooses the speech verbs, pronouns and titles of `digest.lang`; `context` is
    the page's headline and standfirst, which name an interview's guest the text may name only by surname;
    `plain` holds where the answers of an interview printed as plain paragraphs start (`plain_answers`).
    """
    if not any(direct):
        return [None] * len(spans)  # only titles and words in quotes: no speaker to look for
    doc = Document(text, spans, direct, language)
    answers = _interview_answers(text, spans)
    guest_at = min(plain, default=0)  # a plain interview's first answer: its guest is introduced before it
    para_starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text)]
    out: list[str | None] = []
    prev_speaker: str | None = None
    prev_para = -10
    exchange: set[str | None] = set()  # two people speaking to each other in turn
    for span, keep in zip(spans, direct, strict=True):
        if not keep:
            out.append(None)
            continue
        para_no = bisect.bisect_right(para_starts, span.outer_start)
        para_lo = para_starts[para_no - 1]
        credited = [(s, q.outer_end) for s, q in zip(out, spans, strict=False) if s]
        doc.credited = credited
        doc.last_quote = credited[-1] if credited else None
        s_lo, s_hi = doc.sentence_of(span.outer_start)
        s_lo = min(s_lo, span.outer_start)
        s_hi = max(s_hi, span.outer_end)
        label = _LABEL.match(text, span.start, span.end)
        if label or span.outer_start in plain:
            guest = _interviewee(doc, context, guest_at) if not label else None
            out.append(doc.canonical(label.group(1).title()) if label else guest)
            prev_speaker = out[-1]
            prev_para = bisect.bisect_right(para_starts, span.outer_end - 1)
            continue
        quoted = _quoted_person(doc, s_lo, s_hi)
        after = quoted or _after_quote(doc, span, s_hi)
        before = quoted or _before_quote(doc, span, s_lo)
        ends_sentence = text[span.start : span.end].rstrip()[-1:] == "."
        # `said his client had “completed the work” the council asked for`: a fragment inside a sentence,
        # no punctuation at its end or after it, is the object of the verb before it, not of one after.
        closing = text[span.end - 1 : span.outer_end + 1]
        fragment = closing[:1].isalnum() and closing.endswith(" ") and not set(closing) & set(",.!?…;:")
        sub = None if quoted or ends_sentence or fragment else _subordinate_speech(doc, s_lo, span)
        if sub is not None:  # `When Ann Lee called it “…,” Tom Hart laughed`: Ann Lee's words
            before = _cue_speaker(doc, sub[0], sub[2]) or sentence_subject(doc, sub[0], sub[1]) or before
        speaker = (before or after) if ends_sentence or fragment or sub is not None else (after or before)
        for a, b in doc.incises.get(span.outer_start, ()):
            speaker = speaker or _incise_clause_speaker(doc, a, b)
        speaker = _advert_voice(doc, span, s_lo, s_hi) or speaker
        unnamed = speaker is None and (names_nobody(doc, span, s_hi) or doc.spoke_unnamed(s_lo, s_hi))
        if unnamed:
            speaker = _named_next(doc, s_lo, s_hi)  # `A fire chief … said … The chief, Ed Dale, said`
            speaker = speaker or _named_after_lede(doc, s_lo, span)
        if unnamed and speaker is None:
            out.append(None)  # an unnamed source said it: no guess from the sentences around
            prev_speaker = None
            prev_para = bisect.bisect_right(para_starts, span.outer_end - 1)
            continue
        dateline = _DATELINE.fullmatch(doc.masked, s_lo, span.outer_start) is not None
        if speaker is None and not dateline and not speech_cues(doc, s_lo, span.outer_start):
            lead = doc.tokens_in(s_lo, span.outer_start)
            if len(lead) >= 2 and MASK not in "".join(t.text for t in lead):
                if _topic_label(doc, lead):  # `Sul mercato di gennaio: «…»`: what the guest spoke about
                    speaker = prev_speaker or sentence_subject(doc, *doc.sentence_before(s_lo))
                else:
                    speaker = sentence_subject(doc, s_lo, span.outer_start)
                    speaker = speaker or _dropped_subject(doc, s_lo, span)
                thing = speaker is not None and bool(doc.lang.reported_forms) and not doc.is_person(speaker)
                if thing and any(_reported(doc, t) for t in doc.tokens_in(s_lo, s_hi)):
                    speaker = None  # `Seine Kühe seien „…“`: a thing, the subject of words reported
                if speaker is None and doc.spoke_unnamed(s_lo, span.outer_start):
                    out.append(None)  # `Ein Stahlarbeiter … bringt es auf den Punkt: „…“`: unnamed
                    prev_speaker = None
                    prev_para = bisect.bisect_right(para_starts, span.outer_end - 1)
                    continue
        if speaker is None and doc.lang.resumptive_openers:
            speaker = _resumed_after(doc, span)  # `„…“ Das sagte X.`: before the sentence before
        if speaker is None and s_lo < span.outer_start and doc.lang.reported_forms:
            # `X warf der Regierung vor, … Das sei „ein Versäumnis mit Ansage“ gewesen.`: still X
            speaker = _reporter_before(doc, s_lo, s_hi)
        if speaker is None and para_no == prev_para + 2 and _asked_between(text, spans, span, para_lo):
            speaker = prev_speaker  # `— …, — говорит она.` / `— А вы жаловались? — спрашиваем мы.` / `— …`
        if speaker is None and s_lo == span.outer_start and s_lo > 0:
            p_lo, p_hi = doc.sentence_before(s_lo)
            if MASK not in doc.masked[p_lo:p_hi]:
                speaker = _cue_speaker(doc, p_lo, p_hi)
                unnamed = doc.spoke_unnamed(p_lo, p_hi)  # `Sie habe …, erzählte sie.` of an unnamed witness
                if speaker is None and doc.lang.reported_forms and not unnamed:
                    speaker = _reporter_before(doc, p_lo, p_hi)  # `X widersprach. Es gebe … „…“`: X goes on
                if speaker is None and p_lo >= para_lo and not doc.spoke_unnamed(p_lo, p_hi):
                    speaker = sentence_subject(doc, p_lo, p_hi)
                    if speaker and prev_speaker and _speaks_of(doc, span, speaker):
                        speaker = prev_speaker  # `Ihr Bruder Jan ist Ingenieur. „Er kommt zur Ernte.“`: hers
                if speaker is None and not unnamed:  # `X sagte, die Lage sei ernst. Man brauche Hilfe. „…“`
                    speaker = _reporter_before(doc, p_lo, p_hi)
                alone = _quote_paragraph(doc, span, para_lo) and not doc.spoke_unnamed(p_lo, p_hi)
                if speaker is None and alone:
                    # `X dirige l'usine.\n« … »`, `Ситуацию согласился обсудить X.\n«…»`: X
                    subject = _nominative_subject(doc, p_lo, p_hi) if doc.lang.morphology else (
                        sentence_subject(doc, p_lo, p_hi)
                    )
                    speaker = subject if subject and doc.is_person(subject) else None
                    speaker = speaker or _possessor_subject(doc, p_lo, p_hi)
                if speaker is None and doc.spoke_unnamed(p_lo, p_hi):
                    out.append(None)  # "Соседка рассказала журналистам: …" then the quote: unnamed
                    prev_speaker = None
                    prev_para = bisect.bisect_right(para_starts, span.outer_end - 1)
                    continue
        if speaker is None:
            named = any(m.kind == "person" for m in doc.mentions_in(0, span.outer_start))
            # `“We lost everything.”\n\nAnn Kerr, 54, stood …`
            speaker = _introduced_after(doc, span, named, any(out))
        if speaker is None and s_lo <= para_lo and para_lo > 0:
            prev_end = para_lo
            while prev_end > 0 and doc.masked[prev_end - 1] in "\n \t":
                prev_end -= 1
            if doc.masked[prev_end - 1 : prev_end] == ":":
                p_lo, _ = doc.sentence_of(prev_end - 1)
                label_lo = max(p_lo, para_starts[para_no - 2])
                speaker = _before_quote(doc, span, p_lo) or _label(doc, label_lo, prev_end - 1)
        speaker = checked(doc, speaker, span.outer_start)
        speaker = _answerer(doc, span, s_hi, speaker, prev_speaker)
        if speaker and _verb_of_other_gender(doc, span, s_hi, speaker):
            speaker = None
        if speaker and _unnamed_group(doc, speaker, s_lo, s_hi):
            out.append(None)  # `Anwohner sagen: „…“`, `„…“, warnen Experten.`: people the text does not name
            prev_speaker = None
            prev_para = bisect.bisect_right(para_starts, span.outer_end - 1)
            continue
        if speaker is None and not answers:
            speaker = _lone_answer(doc, text, spans, span)
        alternate = False
        if speaker is None and not span.continues and not exchange and _quote_paragraph(doc, span, para_lo):
            exchange = _dialogue(doc, span, spans[: len(out)], out, para_starts, para_no)
        if speaker is None and (span.continues or para_no <= prev_para + 1):
            speaker = prev_speaker
            # a quote paragraph of its own in an exchange the quotes before showed: the other one's turn
            alternate = not span.continues and prev_speaker in exchange
            if alternate:
                speaker = next(s for s in exchange if s != prev_speaker)
        if span.outer_start in answers and not _narrated(text, spans, span.outer_start):
            speaker = _interviewee(doc, context) or speaker  # the question before names no speaker
        addressed = _addressed(doc, span)
        other = None
        if addressed and speaker in (addressed, None):
            other = _other_party(doc, addressed, span.outer_start)
        if addressed and other:
            speaker, alternate = other, True  # `…, senator.` after the senator spoke: the one answering her
            exchange = {addressed, other}
        if not alternate:
            exchange = set()
        out.append(speaker)
        prev_speaker = speaker
        prev_para = bisect.bisect_right(para_starts, span.outer_end - 1)
    # A quotation left open at a paragraph's end is spoken by whoever speaks its continuation.
    for i in range(len(spans) - 2, -1, -1):
        if out[i] is None and direct[i] and not spans[i].closed and spans[i + 1].continues:
            out[i] = out[i + 1]
    # `Robert Ames Jr.`, not his father; `Gewerkschaft Verdi`: "Verdi"
    out = [
        without_kind(doc, doc.with_suffix(s, q.outer_start)) if s else s
        for s, q in zip(out, spans, strict=True)
    ]
    if context:  # `…, ha detto Fabris.` under the headline `Il sindaco Carlo Fabris: «…»`: in full
        full = {s: guest_named(context, s, is_first_name) for s in set(out) if s and " " not in s}
        out = [full.get(s) or s if s else s for s in out]
    return out
