"""What the phrases around a quote name: the speech cues of a clause, a role, a spokesperson or an
organisation standing for a speaker, appositions, epithets and the subject of a sentence."""

from __future__ import annotations

import bisect
import itertools
import re

from digest.lang import Language, merged, morph
from digest.lang.names import FREQUENT, is_first_name, zipf, zipf_full
from digest.quotes.document import Document, initials_fit, is_adverb, name_of
from digest.quotes.mentions import (
    COMMON_NOUN,
    DASHES,
    ELIDED,
    ELIDED_NOUN,
    GLUED,
    MASK,
    PARTY_STATE,
    PHRASE_END,
    Mention,
    QuoteSpan,
    Token,
    is_body_noun,
    is_past_participle,
    is_title_word,
    strip_possessive,
)

_PREDICATE_ZIPF = 3.0  # from this frequency a capitalised word opening a sentence is also a common word


def role_of(doc: Document, toks: list[Token], body: Mention) -> str | None:
    """`the mayor of Boston`, `the chair of the committee`: a role noun whose complement names a body
    or a place is the speaker, as written (the place or body alone did not speak)."""
    lang = doc.lang
    before = [t for t in toks if t.end <= body.start]
    while before and before[-1].low in lang.determiners:
        before.pop()
    if len(before) < 2 or before[-1].low not in lang.phrase_breaks or before[-1].low in lang.relatives:
        return None
    noun = before[-2]
    if not noun.text[:1].islower() or noun.low in lang.stopwords or noun.low in doc.g.cues:
        return None
    start = len(before) - 2
    while start > 0 and len(before) - start < 6:
        prev = before[start - 1]
        if not (prev.text[:1].islower() or prev.low in lang.determiners):
            break
        start -= 1
        if prev.low in lang.determiners:
            break
    first = before[start]
    if first.low not in lang.determiners:
        return None
    return doc.text[first.start : body.end]


def _describes_name(doc: Document, tok: Token) -> bool:
    """A capitalised word before a name that names nothing itself (`Republican`, `Tory`, `Labour`)."""
    return tok.cap and not doc.mentions_in(tok.start, tok.end) and tok.low not in doc.lang.phrase_breaks


def name_before_complement(doc: Document, toks: list[Token]) -> str | None:
    """`Mara Quist of the Institute for Harbour Studies`, `Jake Lowry of CNN`, `Ann Lee from Ohio`: the
    person named before a prepositional complement heads the phrase, not the body or place after it."""
    for i, t in enumerate(toks[1:], 1):
        if t.low not in doc.lang.phrase_breaks:
            continue
        m = doc.mention_ending(toks[i - 1])
        titled = m is not None and all(
            x.text == "." or is_title_word(doc.g, x.text) or _describes_name(doc, x)
            for x in doc.tokens_in(toks[0].start, m.start)
        )  # `Prof Ann Hart of the University of Leeds`, `Republican Sen. Ann Kerr of Ohio`
        # (`l'assessora Anna Neri di Sinistra Unita`: where a surname's particle is written with a capital,
        # a lower-case one after a full name opens its complement, whatever words name the role before)
        particle = t.low in doc.lang.complement_particles and m is not None and " " in m.name
        heads = m is not None and m.kind == "person" and not m.possessive and (titled or particle)
        if not heads or m.end != toks[i - 1].end:
            return None
        later = doc.mentions_in(t.end, toks[-1].end)
        if not particle and any(x.kind == "person" and is_first_name(x.name.split()[0]) for x in later):
            return None  # `Secretary of State John Kerry`: the name comes last
        return name_of(doc, m)
    return None


_WORDS = re.compile(r"\w+")


def _in_apposition(text: str, lo: int, hi: int, name: Mention, lang: Language) -> bool:
    """Whether the noun at `text[lo:hi]` describes `name` beside it: `Mayor Ann Lee`, `the mayor, Ann Lee`,
    `la ministra de Vivienda, Lucía Ferrer`, `l'adjointe au maire Émilie Rousseau`, `Ann Lee, the mayor`
    (not `Ann Lee, e l'assessore`, a second person), `Ann Lee is the mayor`."""
    if name.start <= lo < name.end:
        return True
    if hi <= name.start:
        between = text[hi : name.start]
        words = _WORDS.findall(between)
        complement = "," not in between and bool(words) and words[0].lower() in lang.phrase_breaks
        if complement and (len(words) == 1 or not is_first_name(name.name.split()[0])):
            return False  # `el consejero de Agricultura`, `o prefeito de Belo Horizonte`: a complement
        if words and words[0].lower() in lang.relatives and words[0].lower() not in lang.articles:
            return False  # `a lawmaker who supports Ann Lee`: the name in a clause about the noun (not `der`)
        lower = [w for w in words if w[:1].islower()]
        return len(words) <= 2 or ("," in between and len(lower) <= 4 and len(words) <= 10)
    between = text[name.end : lo]
    words = [w.lower() for w in _WORDS.findall(between)]
    coordinated = any(w in lang.conjunctions for w in words)
    # `Ann Lee is the detective who …`, `Ann Lee ist Staatsanwältin`: the role as the name's predicate
    said = bool(words) and words[0] in lang.copulas and "," not in between
    predicate = said and all(w in lang.articles or w in lang.role_modifiers for w in words[1:])
    return predicate or (between.lstrip().startswith(",") and len(words) <= 4 and not coordinated)


def spokesperson(doc: Document, toks: list[Token]) -> str | None:
    """`Eine Sprecherin der Vereinigung`, `a spokesman for the company`: the organisation speaks, by the
    name the text gave it ("Kassenärztliche Vereinigung Nordrhein")."""
    lang = doc.lang
    heads = [i for i, t in enumerate(toks) if t.low in lang.spokes_nouns]
    if not heads:
        return _compound_spokesperson(doc, toks)
    skip = lang.phrase_breaks | lang.articles
    after = [t for t in toks[heads[0] + 1 :] if t.low not in skip]
    if not after:
        # `an Environment Agency spokesperson`, `another Lee spokeswoman`, `Lee's spokesman`: the name
        # before the noun is whom it speaks for; else `Acme said … . “…,” a spokesperson said.`
        owners = [m for m in doc.mentions_in(toks[0].start, toks[heads[0]].start) if m.kind != "place"]
        # (or the one body the sentence before names: `Aus dem Amt hieß es, … „…“, sagte ein Sprecher`)
        return name_of(doc, owners[-1]) if owners else _subject_body(doc, toks[0].start, alone=True)
    own = [m for m in doc.mentions_in(after[0].start, after[-1].end) if m.start == after[0].start]
    if lang.capitalised_nouns and not after[0].cap and own and own[0].kind == "org":
        return name_of(doc, own[0])  # `ein Sprecher des bayerischen Kultusministeriums`
    if lang.capitalised_nouns and not after[0].cap:
        return _subject_body(doc, toks[0].start)  # `Nach Angaben eines Sprechers soll …`: no body after it
    if lang.capitalised_nouns:  # `ein Sprecher der Polizeidirektion Süd`, `des Bundesinnenministeriums`
        person = person_spoken_for(doc, toks[heads[0] + 1 :], after[0])
        if person:
            return person
        named = [m for m in doc.mentions_in(after[0].start, after[0].end) if m.start == after[0].start]
        if named and " " in named[0].name:
            return name_of(doc, named[0])
        word = _genitive_body(doc, after[0].text) or after[0].text
        body = _fuller_body(doc, word, toks[0].start) or _genitive_fuller_body(doc, word, toks[0].start)
        if body is None and word.lower() in lang.generic_bodies:
            body = last_body_named(doc, toks[0].start)  # `der Fahrradclub ADFC … ein Sprecher des Verbands`
        # `ein Sprecher der Bahn`: a noun after the article of the genitive is the body, common or not
        genitive = toks[heads[0] + 1].low in lang.articles and toks[heads[0] + 2 : heads[0] + 3] == after[:1]
        if body or (named and named[0].kind == "org") or word != after[0].text or genitive:
            return body or word
    if after[0].cap and not lang.capitalised_nouns:  # `a spokesperson for North Yorkshire council`
        named = [m for m in doc.mentions_in(after[0].start, after[0].end) if m.start == after[0].start]
        if named and named[0].kind == "org" and " " in named[0].name:
            return name_of(doc, named[0])  # `the Department for Transport`: the body's whole name
        phrase = [after[0]]
        for t in after[1:]:
            if t.start > phrase[-1].end + 1 or not t.text[:1].isalpha():
                break
            phrase.append(t)
        return doc.text[phrase[0].start : phrase[-1].end]
    noun = after[0].low
    for m in reversed(doc.mentions_in(0, toks[0].start)):
        first_name = m.kind == "person" and is_first_name(m.name.split()[0])
        if not first_name and noun in m.name.lower().split():
            return m.name
    # `Ferry operator Otterline said … “…,” a spokesperson for the company said.`: the body the noun names
    # again; not merely the last body named (`X, who runs the Y café near the port, … for the port said`);
    # `a spokesman for the campaign` after `the Okoro campaign`, `Okoro's campaign`: that group
    grouped = _premodified(doc, noun, toks[0].start)
    return grouped or (body_named_by_kind(doc, toks, noun) if noun in lang.generic_bodies else None)


def person_spoken_for(doc: Document, rest: list[Token], noun: Token) -> str | None:
    """German: `ein Sprecher Lindners` (a surname in the genitive), `eine Sprecherin der Bürgermeisterin`
    (a role noun after its article): the person the spokesperson speaks for."""
    if noun.low.endswith("s") and noun is rest[0]:
        name = doc.canonical(noun.text[:-1])
        if name != noun.text[:-1] and doc.is_person(name):
            return name
    if len(rest) < 2 or rest[0].low not in doc.lang.articles or rest[1] is not noun:
        return None
    forms = {noun.low} | {noun.low[: -len(e)] for e in ("es", "s", "en", "n") if noun.low.endswith(e)}
    for m in reversed(doc.mentions_in(0, rest[0].start)):
        before = doc.tokens_in(max(0, m.start - 40), m.start)[-1:]
        if m.kind == "person" and before and before[0].low in forms and is_title_word(doc.g, before[0].text):
            return name_of(doc, m)  # `Bürgermeisterin Petra Lindner … eine Sprecherin der Bürgermeisterin`
    return None


def _genitive_body(doc: Document, word: str) -> str | None:
    """`des Bundesinnenministeriums` → "Bundesinnenministerium": a German noun of an organisation in the
    genitive, in its base form."""
    for ending in ("es", "s"):
        stem = word[: -len(ending)]
        bodies = doc.lang.org_words | doc.lang.generic_bodies
        if word.endswith(ending) and any(stem.lower().endswith(o) for o in bodies):
            return stem
    return None


def _fuller_body(doc: Document, noun: str, pos: int) -> str | None:
    """The last name before `pos` of a body with `noun` as a word or the end of a compound
    (`Verband` → "Zentralverband des Deutschen Bäckerhandwerks", `Gewerkschaft` → "Gewerkschaft Verdi"),
    in the nominative."""
    low = noun.lower()
    for m in reversed(doc.mentions_in(0, pos)):
        if m.kind == "person" and is_first_name(m.name.split()[0]):
            continue
        words = m.name.lower().split()
        if (len(words) > 1 and low in words) or any(_ends_compound(w, low) for w in words):
            if m.kind == "person" or not doc.lang.capitalised_nouns:
                return m.name
            return name_of(doc, m)  # `der Österreichischen Hagelkasse`: German in the nominative
    return None


def _genitive_fuller_body(doc: Document, word: str, pos: int) -> str | None:
    """German: a noun in the genitive with its -s or -es (`des Präsidiums`, `des Lawinenwarndienstes`) that
    names a body given in full before `pos` ("Polizeipräsidium Schwaben Süd/West")."""
    stems = [word.removesuffix(e) for e in ("es", "s") if word.endswith(e)]
    return next((f for f in (_fuller_body(doc, x, pos) for x in stems) if f), None)


def _compound_spokesperson(doc: Document, toks: list[Token]) -> str | None:
    """`ein Polizeisprecher`, `die Konzernsprecherin`: in a language that compounds its nouns, the
    spokesperson of the organisation named earlier with the compound's first part ("Polizei Bremerhaven")."""
    if not doc.lang.capitalised_nouns:
        return None
    if any(m.kind == "person" for m in doc.mentions_in(toks[0].start, toks[-1].end)):
        return None  # `Polizeisprecher Thomas Kunz`: the spokesman is named
    for t in toks:
        for noun in doc.lang.spokes_nouns:
            prefix = t.low[: -len(noun)]
            if t.low.endswith(noun) and len(prefix) >= 3:
                body = prefix[:-1] if prefix.endswith("s") and prefix[:-1] in doc.lang.org_words else prefix
                for m in reversed(doc.mentions_in(0, toks[0].start)):
                    names = [w.lower() for w in m.name.split()]
                    # `ein Ministeriumssprecher` after `das Kultusministerium`: the compound's end too
                    ends = any(w.endswith(body) and len(w) > len(body) + 2 for w in names)
                    if m.kind != "person" and (ends or any(w.startswith(prefix) for w in names)):
                        return m.name
                if body in doc.lang.generic_bodies:
                    return last_body_named(doc, toks[0].start)  # `ein Konzernsprecher`
                if body in doc.lang.org_words:
                    return body.capitalize()  # `ein Polizeisprecher`, `Regierungssprecher`: the body
    return None


def named_body(doc: Document, toks: list[Token], generic: bool = True) -> str | None:
    """`the authority`, `la Xunta`, `o ministério`, `das Ministerium`: a definite noun that heads the name
    of an organisation given earlier is that organisation: its last word ("Kenya Ports Authority"), its
    first where the head comes first ("Ministério da Educação"), the end of a compound
    ("Umweltministerium")."""
    lang = doc.lang
    least = 1 if ELIDED.fullmatch(toks[0].low) else 2  # the article and the noun stay
    while lang.head_first and len(toks) > least and _adjective_after(doc, toks):
        toks = toks[:-1]  # `l'organisation professionnelle`, `la fédération nationale`: the noun of its kind
    elided = ELIDED.fullmatch(toks[0].low) if len(toks) == 1 and lang.head_first else None
    if elided and toks[0].low[:1] == "l":
        noun = elided.group(1)  # `l'association`
    elif len(toks) == 2 and toks[0].low in lang.definite_articles | lang.demonstratives:
        noun = toks[1].low  # `la empresa`, `esta empresa`
    else:
        return None
    for m in reversed(doc.mentions_in(0, toks[0].start)):
        words = m.name.lower().split()
        if m.kind not in {"org", "unknown"} or (len(words) < 2 and not lang.capitalised_nouns):
            continue
        if words[-1] == noun or (lang.head_first and words[0] == noun):
            return m.name
        if lang.capitalised_nouns and _compound_of(words, noun, lang):
            return m.name
    grouped = _premodified(doc, noun, toks[0].start) if noun in lang.generic_bodies and generic else None
    if grouped:
        return grouped  # `the campaign` after `the Okoro campaign`, `Okoro's campaign`: the candidate's
    if noun in lang.generic_bodies:
        if not generic:
            return None
        return body_of_kind(doc, toks, noun) or _kind_and_name_before(doc, toks[0].start)
    kind = _compound_kind(lang, noun)
    if kind:
        # `die Krankenkasse`: only a body the text named by that kind, or by letters that tell no kind, not
        # whatever body came last (`Die Sparkasse Lindau … teilte die Krankenkasse mit`: a bank is no
        # health insurer)
        found = body_named_by_kind(doc, toks, kind) or _acronym_body_before(doc, toks[0].start)
        return found if generic else None
    return _premodified(doc, noun, toks[0].start)


def _adjective_after(doc: Document, toks: list[Token]) -> bool:
    """Whether the last of `toks` is an adjective after its noun: a body's (`nationale`), or any of a noun of
    a body's kind (`_kind_adjective`)."""
    return doc._name_adjective(toks[-1]) or _kind_adjective(doc, toks)


def _kind_adjective(doc: Document, toks: list[Token]) -> bool:
    """`la società gialloverde`, `a empresa algarvia`: where the adjective follows its noun, a lower-case
    word right after a definite article and the noun of a body's kind, with no preposition between, is
    taken for an adjective of that noun, whatever its ending (a colour, a region, but also a relational
    word such as `compradora`, which then names the body before: not told apart yet)."""
    lang = doc.lang
    if len(toks) != 3 or toks[0].low not in lang.definite_articles or toks[1].low not in lang.generic_bodies:
        return False
    last = toks[-1]
    return last.text.isalpha() and last.text.islower() and last.low not in lang.stopwords | lang.phrase_breaks


def _kind_and_name_before(doc: Document, pos: int) -> str | None:
    """`Le lycée Marcel-Pagnol ouvre … «…», précise l'établissement`: where no body was named, a name that
    is no person's after the definite common noun opening the sentence before (`le lycée Marcel-Pagnol`,
    `l'hôpital Saint-Roch` as `le` + noun) names what speaks."""
    lo, hi = doc.sentence_before(doc.sentence_of(pos)[0])
    toks = doc.tokens_in(lo, hi)[:3]
    if len(toks) < 3 or toks[0].low not in doc.lang.definite_articles or not toks[1].text.isalpha():
        return None
    m = next((m for m in doc.mentions_in(toks[2].start, hi) if m.start == toks[2].start), None)
    if m is None or m.kind != "unknown" or not toks[1].text.islower() or is_first_name(m.name.split()[0]):
        return None
    return name_of(doc, m)


def _acronym_body_before(doc: Document, pos: int) -> str | None:
    """The body last named before `pos`, in the same or the sentence before, where its name opens with an
    acronym (`Die BKK Lindenhof begrüßte das Urteil. „…“, teilte die Krankenkasse mit.`): letters that say
    nothing of its kind, so a compound of a kind may name it."""
    name = last_body_named(doc, pos)
    lo, _ = doc.sentence_before(doc.sentence_of(pos)[0])
    first = name.split()[0] if name else ""
    acronym = len(first) > 1 and first.isalpha() and first.isupper()
    return name if acronym and any(name_of(doc, m) == name for m in doc.mentions_in(lo, pos)) else None


def _compound_kind(lang: Language, noun: str) -> str | None:
    """German: the noun of a body's kind that the compound `noun` ends in, its head (`Krankenkasse`: a
    Kasse, `Bundesanstalt`: an Anstalt, `Opernhaus`: a Haus); None elsewhere."""
    if not lang.capitalised_nouns:
        return None
    return next((k for k in lang.generic_bodies if _ends_compound(noun, k)), None)


def _ends_compound(word: str, noun: str) -> bool:
    """German: whether `word` (lower case) is a compound whose last part is `noun` (`umweltministerium`,
    `ministerium`), not the noun itself or a word merely ending in its letters."""
    return word.endswith(noun) and len(word) > len(noun) + 2


def _premodified(doc: Document, noun: str, pos: int) -> str | None:
    """`The Dunmore family said …` then `the family said`: a noun of a group of people that a name before it
    named (Language.surname_groups) named again is the name and the noun given last before `pos`, after
    the language's definite article or the name's genitive (`Okoro's campaign`: a genitive is a
    determiner); a person's role so modified is no group (`the Smith lawyer`)."""
    lang = doc.lang
    if noun not in lang.surname_groups:
        return None
    article = "|".join(re.escape(a) for a in sorted(lang.definite_articles))
    pattern = rf"\b(?i:{article}) ((?:[^\W\d_][\w’'-]* ){{1,3}}){re.escape(noun)}\b"
    owned = rf"\b((?:[^\W\d_][\w’'-]* ){{0,2}}[^\W\d_][\w-]*['’]s ){re.escape(noun)}\b"
    before = doc.masked[:pos]
    found = sorted([*re.finditer(pattern, before), *re.finditer(owned, before)], key=lambda m: m.start(1))
    if not found:
        return None
    m = found[-1]
    named = [x for x in doc.mentions_in(m.start(1), m.end(1)) if x.kind != "place"]
    named = [x for x in named if not x.possessive or x.end + 3 >= m.end(1)]
    last = named[-1] if named else None  # the name as written, `the Dunmore family`, not her full name
    if last is None or m.end(1) - last.end not in (1, 3):
        return None
    name = strip_possessive(doc.text[last.start : last.end])
    if last.possessive and last.kind == "person":
        name = name.split()[-1]  # `Tom Wade's family`: the Wade family, as `the Wade family` names it
    return f"{name} {noun}"


def _compound_of(words: list[str], noun: str, lang: Language) -> bool:
    """German: the body's name `words` (lower case) is of the kind `noun`: its last word a compound ending
    in it (`Umweltministerium`), its first word that noun or such a compound before the name's place or
    fields (`Polizeipräsidium Oberau`, `Forschungsinstitut für Bodenkunde Oberau`), or its legal form
    abbreviates it (`Talbahn Verkehrsbetriebe AG`: a Gesellschaft)."""
    last, first = words[-1], words[0]
    return (
        _ends_compound(last, noun)
        or (len(words) > 1 and first.endswith(noun))
        or lang.legal_forms.get(last) == noun
    )


def body_of_kind(doc: Document, toks: list[Token], noun: str) -> str | None:
    """`a empresa`, `l'entreprise`, `le service` (the definite `toks`, of the body's kind `noun`): the
    organisation the text named by it, or beside it, or the subject of the sentence before when that
    sentence names no other body (`Ferralpina ha annunciato che … «…», ha precisato la società`: the topic
    goes on, though another body was named last; not where nouns are capitalised, and any noun may open
    that sentence: `Nach Angaben des …`), or last."""
    found = body_named_by_kind(doc, toks, noun)
    subject = None if doc.lang.capitalised_nouns else _sole_subject_body(doc, toks[0].start)
    pos = toks[0].start
    return found or subject or _lead_body(doc, pos, noun) or last_body_named(doc, pos)


def _lead_body(doc: Document, pos: int, noun: str) -> str | None:
    """Where this sentence and the one before name no body, the body the story's first sentence names first
    (`Ferri Impianti ha annunciato …`, `davanti allo stabilimento della Ferri Impianti …`): the lead names
    the story's actor, and `l'azienda` met later, with no other body near it, is that one; unless the
    same noun stood for a body there already (`précise l'établissement public.` then `l'établissement
    public relève que …`): it names that body again."""
    lo, _ = doc.sentence_before(doc.sentence_of(pos)[0])
    if not doc.sentences or lo <= doc.sentences[0][1] or _bodies(doc, lo, pos):
        return None
    before = _same_noun_before(doc, noun, lo, pos)
    if before:
        return body_of_kind(doc, before, noun)
    # bodies named since the lead (`alla ditta Rossi`): the lead's then only where its name is no office
    # headed by the noun of its kind (`Il Comune di X ha chiuso`, `Incontro in Prefettura`)
    since = bool(_bodies(doc, doc.sentences[0][1], lo))
    kinds = doc.lang.org_words | doc.lang.generic_bodies
    # a lead naming two bodies: not one after a preposition of place (`outside City Hall over the closure
    # of the X plant`), only one after an article or a genitive's preposition
    several = len(_bodies(doc, *doc.sentences[0])) > 1
    heads = doc.lang.articles | doc.lang.name_connectors
    for m in doc.mentions_in(*doc.sentences[0]):
        if m.possessive or m.common or m.kind == "place" or m.gender or is_first_name(m.name.split()[0]):
            continue
        if since and m.name.split()[0].lower() in kinds:
            continue
        before = doc.tokens_in(max(0, m.start - 20), m.start)[-1:]
        if several and before and before[0].text.islower() and before[0].low not in heads:
            continue
        if _opens_with_verb(doc, m) or (m.kind != "person" and (m.kind == "org" or _body_name(doc, m))):
            return name_of(doc, m)
        # `dello stabilimento della X Y`, `del mobilificio X Y`: two words, no first name, after a preposition
        # or a common noun that is no title, are the name of the firm there
        noun = bool(before) and before[0].text.isalpha() and before[0].text.islower()
        if " " in m.name and noun and not is_title_word(doc.g, before[0].text):
            return name_of(doc, m)
    return None


def _same_noun_before(doc: Document, noun: str, lo: int, pos: int) -> list[Token] | None:
    """The last definite `noun` (`l'azienda`, `la società`) in `[lo, pos)`, as its tokens."""
    toks = doc.tokens_in(lo, pos)
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        elided = ELIDED.fullmatch(t.low) if t.low[:1] == "l" else None
        if elided and elided.group(1) == noun:
            return [t]
        if k and t.low == noun and toks[k - 1].low in doc.lang.definite_articles:
            return toks[k - 1 : k + 1]
    return None


def _opens_with_verb(doc: Document, m: Mention) -> bool:
    """`Ferri ha firmato …`: a name with no first name (the caller's check) opening the text before its
    auxiliary or finite verb: the lead opens on a person by the full name."""
    after = doc.tokens_in(m.end, m.end + 20)[:1]
    verbs = doc.lang.auxiliaries | doc.lang.finite_verbs
    return m.start == doc.sentences[0][0] and bool(after) and after[0].low in verbs


def _bodies(doc: Document, lo: int, pos: int) -> list[Mention]:
    """The organisations named in `[lo, pos)`."""
    return [
        m for m in doc.mentions_in(lo, pos)
        if not m.possessive and not m.common and m.end <= pos
        and (m.kind == "org" or (m.kind != "place" and _body_name(doc, m)))
    ]


def _sole_subject_body(doc: Document, pos: int) -> str | None:
    """The organisation opening the sentence before `pos` as its subject (`_subject_body`), unless the
    verb's object right after it is another body: where one acts on another (`O Ministério Público
    denunciou a Construtora Alfa … «…», afirmou a empresa`), the one acted on may be the one that answers."""
    subject = _subject_body(doc, pos)
    if subject is None:
        return None
    a, b = doc.sentence_before(doc.sentence_of(pos)[0])
    names = doc.mentions_in(a, b)
    for before, m in itertools.pairwise(names):
        body = m.kind == "org" or (m.kind != "place" and _body_name(doc, m))
        if body and m.name not in subject and _verb_before_object(doc, doc.tokens_in(before.end, m.start)):
            return None
    return subject


def _verb_before_object(doc: Document, toks: list[Token]) -> bool:
    """Whether `toks`, between the subject and a name, are a verb with its auxiliaries and the object's
    article (`denunciou a`, `ha indagato la`): no comma, bracket or preposition between."""
    words = [t for t in toks if t.low not in doc.lang.articles]
    lang = doc.lang
    plain = all(t.text.isalpha() and t.text.islower() and t.low not in lang.phrase_breaks for t in words)
    return 0 < len(words) <= 3 and plain


def body_named_by_kind(doc: Document, toks: list[Token], noun: str) -> str | None:
    """The organisation the text named by the noun of its kind `noun` (the definite `toks`) or beside it,
    not merely the last one named."""
    pos = toks[0].start
    found = completed_role(doc, toks) or _named_beside(doc, noun, pos)
    return found or _kind_named_before(doc, noun, pos) or _written_in_full(doc, noun, pos)


def _kind_named_before(doc: Document, noun: str, pos: int) -> str | None:
    """`A Cooperativa Vale do Itajaí … Procurada, a cooperativa confirmou … informou a empresa`: the body
    that another noun of a kind, with its definite article in this sentence or the one before, stood for."""
    lang = doc.lang
    lo, _ = doc.sentence_before(doc.sentence_of(pos)[0])
    toks = doc.tokens_in(lo, pos)
    for k in range(len(toks) - 1, 0, -1):
        t = toks[k]
        if t.low == noun or t.low not in lang.generic_bodies or toks[k - 1].low not in lang.definite_articles:
            continue
        found = named_body(doc, toks[k - 1 : k + 1], generic=False)
        if found:
            return found
    return None


def _written_in_full(doc: Document, noun: str, pos: int) -> str | None:
    """`Le tribunal correctionnel de Pointe-à-Pitre a condamné …` then `le tribunal relève`: where bodies'
    names are written in sentence case, one given before `pos` after its definite article all in lower case
    but for the place it ends with, headed by `noun`, is that body by its full name."""
    lang = doc.lang
    if not lang.adjective_endings:
        return None
    toks = doc.tokens_in(max(0, pos - 3000), pos)
    for k in range(len(toks) - 1, 0, -1):
        t = toks[k]
        elided = ELIDED.fullmatch(t.low) if t.low[:1] == "l" else None  # `l'agence`, not `d'agence`
        if (elided.group(1) if elided else t.low) != noun:
            continue
        if not elided and toks[k - 1].low not in lang.definite_articles:
            continue
        end = doc.sentence_case_end(doc.token_index(t) + 1, t.end)
        words = doc.masked[t.start : end].split()
        if len(words) > 2 and any(w[:1].isupper() for w in words[1:]):
            start = t.start + (len(t.text) - len(elided.group(1)) if elided else 0)
            return doc.text[start:end]
    return None


def _named_beside(doc: Document, noun: str, pos: int) -> str | None:
    """`the housing charity Threshold said … “…,” the charity said`: the name the same noun stood
    beside last, before `pos` (in this sentence or the one before); else the name beside another noun
    of a body's kind there (`battery maker Voltfjord will cut jobs, the company said`)."""
    lo, _ = doc.sentence_before(doc.sentence_of(pos)[0])
    kinds = [t for t in doc.tokens_in(lo, pos) if _kind_noun(doc, t) in doc.lang.generic_bodies]
    for t in sorted(kinds, key=lambda t: (_kind_noun(doc, t) == noun, t.start), reverse=True):
        beside = [m for m in doc.mentions_in(t.end, t.end + 80) if m.start <= t.end + 2]
        if beside and beside[0].kind != "place" and not beside[0].possessive:
            return name_of(doc, beside[0])
    return None


def _kind_noun(doc: Document, t: Token) -> str:
    """The noun of a body's kind token `t` writes in lower case, after an elided article too (`L'opérateur,
    Trivelo,`); "" for a capitalised word (a name)."""
    elided = ELIDED.fullmatch(t.low) if t.low[:2] in {"l'", "l’"} else None
    noun = elided.group(1) if elided else t.text
    return noun if noun[:1].islower() else ""


def _body_by_head(doc: Document, t: Token) -> str | None:
    """Where a body's name ends in its head noun (`Deutsche Bahn`, `Rotes Kreuz`), the noun alone named
    again (`der Bahn`) is the last body so named before it."""
    for m in reversed(doc.mentions_in(0, t.start)):
        words = m.name.split()
        if len(words) > 1 and m.kind != "person" and words[-1] == t.text and not m.possessive:
            return name_of(doc, m)
    return None


def last_body_named(doc: Document, pos: int) -> str | None:
    """The organisation last named before `pos`; one named by a noun of its kind (`Federación de …`)
    before a capitalised word that may be a place (`la Capital`), in the same or the sentence before."""
    bodies = _bodies(doc, 0, pos)
    lo, _ = doc.sentence_before(doc.sentence_of(pos)[0])
    recent = [m for m in bodies if m.start >= lo]
    subjects = [m for m in recent if not doc._after_preposition(m.start)]  # not `de la Policía Nacional`
    named = [m for m in subjects or recent if m.kind == "org"]
    if not named:
        lone = _lone_subject(doc, lo, pos)
        if lone is not None:
            return lone.name  # `Southern disputed that. In a statement, the operator said …`: Southern
    if not bodies:
        return None
    # `The Weather Bureau said the Santa Ana winds would ease. “…,” the agency said`: the body that spoke
    spoke = [m for m in named if _speaks(doc, m)]
    return name_of(doc, (spoke or named or subjects or bodies)[-1])  # "SES" → "Secretaria de Estado de Saúde"


def _lone_subject(doc: Document, lo: int, pos: int) -> Mention | None:
    """One capitalised word opening a sentence in `[lo, pos)` as its subject, before a word in lower case,
    that is nobody's name (no first name, no surname of a person named, no place): where the text then
    speaks of "the company", the body it named by its brand alone."""
    if doc.lang.capitalised_nouns or doc.lang.morphology:
        return None  # (there a capitalised word opening a sentence may be any noun)
    for m in reversed(doc.mentions_in(lo, pos)):
        if m.kind not in {"unknown", "person"} or m.gender or " " in m.name or m.possessive or m.common:
            continue  # (a lone word that speaks elsewhere, `Southern said`, is read as someone's surname)
        after = doc.tokens_in(m.end, m.end + 20)[:1]
        verb = bool(after) and after[0].text.islower() and after[0].low not in doc.lang.stopwords
        opening = m.start in doc.sentence_starts and not is_first_name(m.name)
        if verb and opening and doc.canonical(m.name) == m.name:
            return m
    return None


def _speaks(doc: Document, m: Mention) -> bool:
    """Whether the name `m` is the subject of a speech verb right after it (`the agency said`, `X has
    warned`)."""
    after = doc.tokens_in(m.end, m.end + 30)[:2]
    if after and after[0].low in doc.lang.auxiliaries | doc.lang.cue_adverbs:
        after = after[1:]
    return bool(after) and after[0].low in doc.g.speech


def _body_name(doc: Document, m: Mention) -> bool:
    """A name no person bears: after an article (`la Xunta`), or of several words, not opened by a first
    name nor completing a preposition (`Comisiones Obreras`, `Emmaüs France`, not `… de la Bacia de
    Santos`)."""
    if m.kind == "unknown" and doc.after_article(m) and not doc.lang.capitalised_nouns:
        return True
    words = m.name.split()
    named = len(words) > 1 and m.gender is None and not is_first_name(words[0])
    before = doc.tokens_in(max(0, m.start - 20), m.start)[-1:]
    if before and _counted(doc, before[0]):
        return False  # `um 17 Milliarden Dollar`: nouns a numeral counts, no body's name
    source = bool(before) and (before[0].low in doc.lang.opinion_openers or before[0].low in doc.g.according)
    return named and (source or not doc._after_preposition(m.start))  # `Per Confcommercio Milano …`


def _counted(doc: Document, tok: Token) -> bool:
    """German: `tok` is a cardinal numeral (`17`, `2,5`), which makes the capitalised nouns after it a
    quantity (`17 Milliarden Dollar`; `zwölf Prozent`, in words, aside); not an ordinal, which may open a
    club's name (`1. FC Talheim`: Duden, Die Grammatik, the ordinal written with a full stop)."""
    ordinal = doc.text[tok.end : tok.end + 1] == "."
    return doc.lang.capitalised_nouns and tok.text[:1].isdigit() and tok.text[-1:].isdigit() and not ordinal


def epithet(doc: Document, toks: list[Token]) -> str | None:
    """`confie l'éleveur`, `sagt die Ärztin`, `disse o comandante`: where the press names a person again by
    a definite role noun, it is the person last named (of the article's gender): an anaphoric definite
    description (Riegel, Pellat & Rioul, Grammaire méthodique du français: "anaphore infidèle"). Where
    adjectives may stand on either side of their noun (fr, es, it, pt), one after it is read over: `il
    giovane ricercatore sardo` names again as `il giovane ricercatore` does."""
    lowered = len(toks) == 4 and all(t.text.isalpha() and t.text.islower() for t in toks[1:])
    # not after a kin noun: the adjective brings in someone new (`la giovane madre afgana`, a mother the
    # text has not named), as it does not after a role's noun (`il giovane ricercatore`)
    lang = doc.lang
    if lang.head_first and lowered and toks[2].low not in lang.kin_nouns:
        toks = toks[:3]
    if not _is_epithet(doc, toks, bodies=True):
        return None
    body = None if is_title_word(doc.g, toks[-1].text) else _subject_body(doc, toks[0].start)
    noun = toks[-1].low
    bodily = noun in doc.lang.generic_bodies or is_body_noun(doc.g, noun)
    named = body is not None and any(m.kind == "org" and m.name == body for m in doc.mentions)
    if body is not None and doc.lang.capitalised_nouns and not bodily and not named:
        body = None  # `Die Kreisklinik will schließen. „…“, sagt die Hebamme`: a noun is no body's name
    if body is not None:
        return body  # `La CGT anunció un plan. “…”, señaló la central obrera.`
    if not _is_epithet(doc, toks):
        return None  # `o governo estadual`: a body, never a person named again
    gender = doc.lang.article_genders.get(toks[0].low)
    role = toks[-1].low
    found = _described_holder(doc, toks, gender) or doc.resolve_pronoun(toks[0].start, gender, chain=False)
    if found is None and role not in doc.epithets and gender:
        # `die Firmenchefin` long after her name, where she spoke as `sie` since: the last of her sex
        # credited with a quote
        spoke = (s for s, end in reversed(doc.credited) if end <= toks[0].start and doc.is_person(s))
        return next((s for s in spoke if doc.gender_of(s) == gender), None)
    if found is None:
        return doc.epithets.get(role)  # `die Urlauberin` ten sentences after she was last named by it
    doc.epithets[role] = found
    return found


def _described_holder(doc: Document, toks: list[Token], gender: str | None) -> str | None:
    """`Lucie Morel, 31 ans, maraîchère à Vitré` … `ajoute la jeune maraîchère`, `la figlia, Laura Bassi`
    … `aggiunge la figlia`: where the press names a person again by a role noun it gave her beside her
    name (right before it, or in the apposition after it), the noun stands for her, not for the person
    last named. Of two people it described so, the one named last (`Document.holder_of`)."""
    lang = doc.lang
    if lang.morphology or not lang.head_first:
        return None
    pos = toks[0].start
    people = [m for m in doc.mentions_in(0, pos) if m.kind == "person" and " " in m.name]
    if not people:
        return None
    described: dict[str, list[tuple[int, str]]] = {}
    verbs = lang.relatives | lang.auxiliaries | lang.copulas | doc.g.cues
    for m in people:
        if gender and m.gender not in (None, gender):
            continue
        lo, hi = doc.sentence_of(m.start)
        before = [t for t in doc.tokens_in(max(lo, m.start - 60), m.start)[-5:] if t.end <= m.start]
        if before and before[-1].text == ",":
            before.pop()  # `la figlia, Laura Bassi`
        words = []
        while before and before[-1].text.isalpha() and before[-1].text.islower():
            words.append(before.pop())
        if words and words[0].low in lang.phrase_breaks | lang.name_connectors:
            words = []  # `gérant du Petit Mousse`: the name completes a role; it holds none
        after = doc.tokens_in(m.end, hi)[:12]
        if after and after[0].text == ",":
            for t in after[1:]:
                if t.text in (".", ";", ":") or (t.text[:1].isupper() and doc.mention_ending(t)):
                    break
                if t.low in verbs:
                    break  # `X, qui a parlé à la présidente`: a clause about her, not her role
                if t.low in lang.phrase_breaks and any(w.text.isalpha() and w.start > m.end for w in words):
                    break  # `X, éleveuse à Paimpol`: the role noun heads the apposition, not its complement
                words.append(t)
        for t in words:
            if t.text.isalpha() and t.text.islower():
                described.setdefault(t.low, []).append((m.start, doc.canonical(m.name)))

    def holders(nouns: tuple[str, ...]) -> list[str]:
        return [name for _, name in sorted(h for n in nouns for h in described.get(n, []))]

    nouns = [ELIDED_NOUN.sub("", t.text).lower() for t in toks[1:] or toks]  # `L'élu`: one token
    noun = next((n for n in nouns if n in described), None)  # `la figlia annuisce`: the noun, not the verb
    return doc.holder_of(noun, pos, holders) if noun else None


def _is_epithet(doc: Document, toks: list[Token], bodies: bool = False) -> bool:
    """A definite role noun that may name again a person given before (`l'éleveur`, `die Ärztin`), or
    with `bodies` also one naming a body (`la central sindical`, `el instituto armado`)."""
    lang = doc.lang
    if not lang.epithets or not toks or len(toks) > 3:
        return False
    last = ELIDED_NOUN.sub("", toks[-1].text)  # `L'élu`: the noun after the elided article
    aged = last[:1].isdigit() and last.rstrip("aeio")[-2:] == "nn"  # `il 54enne`, `la 37enne`
    if not (last[:1].islower() or aged or lang.capitalised_nouns):
        return False
    if toks[-1].low in lang.stopwords or toks[-1].low in lang.source_nouns or toks[-1].low in lang.org_words:
        return False
    if not bodies and any(t.low in lang.org_words or t.low in lang.generic_bodies for t in toks[1:]):
        return False  # `o governo estadual`: a body, not a person named again
    first = toks[0].low
    elided = ELIDED.fullmatch(first) is not None and first[:1] == "l"
    return elided or first in lang.definite_articles


def title_holder(doc: Document, title: str, pos: int) -> str | None:
    """The one person named before `pos` whom the text gave the title `title` (or its abbreviation:
    "senator", `Sen. Ann Lee`), beside the name."""
    shorts = [short for short, roles in doc.lang.title_roles.items() if title in roles]
    nouns = {title} | {form for short in shorts for form in (short, short + ".")}
    people = {doc.person_name(m) for m in doc.mentions_in(0, pos) if m.kind == "person"}
    holders = [name for name in people if written_beside(doc, name, nouns, pos)]
    return holders[0] if len(holders) == 1 else None


def written_beside(doc: Document, name: str, nouns: set[str], pos: int) -> bool:
    """Whether one of `nouns` (lower case) stood right before or after a mention of the person `name` before
    `pos` (`Clerk Dana Cole`, `Dana Cole, the county clerk,`): a role the text gave that person."""
    for m in doc.mentions_in(0, pos):
        if m.kind != "person" or doc.canonical(m.name) != name:
            continue
        near = doc.tokens_in(max(0, m.start - 40), m.start)[-3:] + doc.tokens_in(m.end, m.end + 20)[:3]
        if any(t.low in nouns for t in near):
            return True
    return False


def unnamed_epithet(doc: Document, toks: list[Token]) -> bool:
    """`La ministra visitó el centro. Una enfermera explicó las carencias. «…», lamenta la mujer.`: a role
    noun after someone the text does not name was brought in means her, not the last person named; not
    a title the text gave beside one person's name before (`Kapitänin X … Eine Pendlerin … „…“ … Die Kapitänin
    schüttelte den Kopf.`: X again, the one holding it), unless the newcomer was brought in with that very
    noun (`Eine Kapitänin vom Festland …`)."""
    if not _is_epithet(doc, toks):
        return False
    noun = toks[-1].low
    if title_holder(doc, noun, toks[0].start) and not _brought_in_as(doc, noun, toks[0].start):
        return False
    gender = doc.lang.article_genders.get(toks[0].low)
    name = doc.resolve_pronoun(toks[0].start, gender, chain=False)
    return unnamed_since(doc, name, toks[0].start, gender)


def _brought_in_as(doc: Document, noun: str, pos: int) -> bool:
    """Whether someone was brought in before `pos` with an indefinite article before `noun` (`eine Ärztin`,
    `eine junge Ärztin`): the noun is then also that newcomer's."""
    toks = doc.tokens_in(0, pos)
    return any(
        t.low == noun and any(x.low in doc.lang.indefinite_articles for x in toks[max(0, k - 3) : k])
        for k, t in enumerate(toks)
    )


def introduced_unnamed(doc: Document, toks: list[Token]) -> bool:
    """`One Republican lawmaker … was scathing. “…,” the lawmaker said.`: a definite noun whose noun the
    sentence before opened with after an indefinite article names again the one that sentence brought in
    unnamed (an indefinite introduces a referent, a definite of the same noun takes it up), not someone
    named earlier who held that role. Where nouns are written in lower case and epithets are not read
    otherwise (`unnamed_epithet`)."""
    lang = doc.lang
    if lang.epithets or lang.morphology or len(toks) != 2 or toks[0].low not in lang.definite_articles:
        return False
    noun = toks[1]
    if not (noun.text.isalpha() and noun.text.islower()) or noun.low in lang.spokes_nouns:
        return False  # (`A spokesperson for the Home Office …, the spokesperson said`: for the body)
    before = doc.previous_sentence(noun.start)
    if before is None:
        return False
    a, b = before
    lead = doc.tokens_in(doc.main_clause_start(a, b), b)[: _NAMED_MODIFIERS + 3]
    if not lead or lead[0].low not in lang.indefinite_articles:
        return False
    # named anywhere in the subject, up to its verb (`A lawyer for the family, Maria Costa, said`) or a
    # relative clause, which names someone else (`One lawmaker who backs Ann Lee was scathing`)
    ends = lang.speech_verbs | lang.finite_verbs | lang.relatives
    end = next((t.start for t in doc.tokens_in(lead[0].end, b) if t.low in ends), b)
    named = any(m.kind == "person" for m in doc.mentions_in(lead[0].start, end))
    for t in lead[1:]:  # (`A senior Democratic official`: whose and which before the noun)
        if t.low == noun.low:
            return not named
        word = t.text.replace("-", "").replace(".", "")
        if not word.isalpha() or t.low in lang.stopwords or t.low in lang.finite_verbs:
            return False
    return False


def inverted_indefinite(doc: Document, lo: int, hi: int) -> list[Token]:
    """German puts the finite verb second, the subject after it where a phrase opens the clause (`Vor
    Gericht schilderte eine einstige Kassiererin den Abend`): after a speech verb there, an indefinite
    article and the words up to a noun that surely names a person (`Language.person_noun_endings`, a
    feminine noun of `Language.feminine_person_endings` after a feminine article, a role); [] elsewhere."""
    lang = doc.lang
    if not lang.person_noun_endings and not lang.feminine_person_endings:
        return []
    toks = doc.tokens_in(lo, hi)  # (not past `Als Zeugin … aus,`: "als" opens no clause of its own here)
    verb = next((k for k, t in enumerate(toks[1:6], 1) if t.text.islower() and t.low in doc.g.speech), None)
    if verb is None or any(t.text in PHRASE_END or not t.text[:1].isalnum() for t in toks[:verb]):
        return []
    # (past the reflexive pronoun of a reflexive verb: `Am Ufer zeigte sich eine Anglerin zufrieden`)
    verb += 1 if verb + 1 < len(toks) and toks[verb + 1].low in lang.clitics else 0
    phrase = toks[verb + 1 : verb + 5]
    if not phrase or phrase[0].low not in lang.indefinite_articles:
        return []
    noun = next((k for k, t in enumerate(phrase[1:], 1) if t.text[:1].isupper()), None)
    if noun is None or any(not t.text[:1].isalnum() for t in phrase[1:noun]):
        return []
    return phrase[: noun + 1] if person_noun(doc, phrase[0], phrase[noun]) else []


def person_noun(doc: Document, article: Token, noun: Token) -> bool:
    """Whether `noun` after the indefinite `article` surely names a person, where every noun is
    capitalised: by its ending (`Language.person_noun_endings`, a feminine ending after a feminine
    article), a sex or a title; a masculine noun whose feminine with that ending is a common word
    (`Nachbar`: `Nachbarin`, `Kunde`: `Kundin`: the feminine of a person noun is derived so, Duden
    Grammatik on Movierung); or a noun the words after it say the text does not name
    (`Language.anonymity`: `Ein Wirt, der seinen Namen nicht nennen will`)."""
    lang = doc.lang
    low = noun.low
    feminine = lang.article_genders.get(article.low) == "f" and low.endswith(lang.feminine_person_endings)
    person = low.endswith(lang.person_noun_endings) or feminine or low in lang.sex_nouns
    if person or is_title_word(doc.g, low):
        return True
    stems = (low, low[:-1]) if low.endswith("e") else (low,)
    endings = lang.feminine_person_endings
    moved = any(zipf_full(s + end, lang.wordfreq) >= FREQUENT for s in stems for end in endings)
    return (bool(lang.wordfreq) and moved) or doc.unnamed_by_text(noun)


def unnamed_since(doc: Document, name: str | None, pos: int, gender: str | None) -> bool:
    """Whether a sentence opened by an indefinite article and a noun of `gender` (`Una vecina …`), after
    `name` was last named (or in the two sentences before, when no one is) and before `pos`, brings in
    someone the article does not name."""
    if name is None:
        i = max(0, bisect.bisect_right(doc._sentence_starts, pos) - 3)
    else:
        last = max((m.start for m in doc.mentions_in(0, pos) if name_of(doc, m) == name), default=None)
        if last is None:
            return False
        i = bisect.bisect_right(doc._sentence_starts, last)
    while i < len(doc.sentences) and doc.sentences[i][0] < pos:
        a, b = doc.sentences[i]
        toks = doc.tokens_in(doc.main_clause_start(a, min(b, pos)), min(b, pos))[: _NAMED_MODIFIERS + 2]
        if _indefinite_noun(doc, toks, gender):
            return True
        if _indefinite_noun(doc, inverted_indefinite(doc, a, min(b, pos))[: _NAMED_MODIFIERS + 2], gender):
            return True  # `Am Nachmittag erzählte eine einstige Kassiererin.`: the subject after the verb
        i += 1
    return False


def source_inside(doc: Document, toks: list[Token]) -> bool:
    """`Fuentes de Puertos del Estado`, `Fontes da Câmara do Porto`: the noun phrase `toks` is a source
    noun (after an article, if any) and the place or body it speaks from after a preposition, an unnamed
    source although a name follows; not with a person apposed after it (`Una fuente del club, el capitán
    X,`), nor a person or place the text names with those words. Its place is marked unnamed."""
    lang = doc.lang
    k = 1 if toks and toks[0].low in lang.articles else 0
    head = until_break(toks)
    if lang.morphology or len(head) < k + 3 or head[k].low not in lang.source_nouns:
        return False
    glued = GLUED.match(head[k + 1].low)  # `dell'ente`: the preposition glued to its noun
    if head[k + 1].low not in lang.name_connectors and not (glued and glued.group(1) in lang.name_connectors):
        return False
    after = head[k + 2 :][1:2] if head[k + 2].low in lang.articles else head[k + 2 : k + 3]
    named = head[k + 1].text[len(glued.group(1)) :] if glued else (after[0].text if after else "")
    if not named[:1].isupper():
        return False  # `Fonte de novo disse`: a surname and an adverb; lower-case bodies are read elsewhere
    if _names_elsewhere(doc, head[k].start, head[k + 1].end if glued else after[0].end):
        return False  # `Ana Fontes da Lousela …; Fontes da Lousela disse`: her compound surname, or a town
    rest = toks[len(head) :]
    apposed = doc.mentions_in(rest[0].end, rest[-1].end)[:1] if rest and rest[0].text == "," else []
    if apposed and apposed[0].kind == "person":
        return False
    doc.unnamed.add(toks[0].start)
    return True


def _names_elsewhere(doc: Document, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` end a person or a place the text names elsewhere (`Ana
    Fontes da Lousela` before `Fontes da Lousela disse`; the town `Fuentes de Olivar`)."""
    words = doc.text[start:end].split()
    return any(
        m.kind in {"person", "place"}
        and (m.end <= start or m.start >= end)
        and doc.text[m.start : m.end].split()[-len(words) :] == words
        for m in doc.mentions
    )


def is_indefinite(doc: Document, toks: list[Token]) -> bool:
    """A noun phrase opened by an indefinite article (`un técnico`, `Un'infermiera`, `eine Anwohnerin`),
    not a time (`One recent evening, …`)."""
    timed = any(t.low in doc.lang.time_words for t in until_break(toks)[:4])
    return not timed and _indefinite_noun(doc, toks[: _NAMED_MODIFIERS + 2], None)


# The most capitalised words between an indefinite article and its noun (`A White House official`).
_NAMED_MODIFIERS = 2


def _indefinite_noun(doc: Document, toks: list[Token], gender: str | None) -> bool:
    """`Una vecina`, `Un'infermiera`, `Eine Pflegerin`: an indefinite article of `gender` and its noun; in a
    language that writes its nouns in lower case, after capitalised words that say whose (`One EU
    official`, `A White House aide`)."""
    lang = doc.lang
    if not toks:
        return False
    article, _, noun = toks[0].low.replace("’", "'").partition("'")
    if noun:
        article += "'"  # `un'infermiera`: the article elided before the noun, one token
    elif len(toks) > 1 and (toks[1].text[:1].islower() or lang.capitalised_nouns):
        noun = toks[1].low
    elif len(toks) > 2 and not (lang.head_first or lang.morphology):
        # `One EU official`, `A White House aide`: capitalised words that say whose, then the noun
        k = next((k for k in range(1, min(len(toks), _NAMED_MODIFIERS + 2)) if not toks[k].cap), len(toks))
        if k < len(toks) and toks[k].text.isalpha() and toks[k].text.islower():
            noun = "" if toks[k].low in lang.stopwords | lang.finite_verbs else toks[k].low
    if article not in lang.indefinite_articles or noun in lang.time_words:
        return False
    if not any(ch.isalpha() for ch in noun):
        return False
    return gender is None or lang.article_genders.get(article) in (None, gender)


def _subject_body(doc: Document, pos: int, alone: bool = False) -> str | None:
    """The organisation that opens the sentence before `pos` as its subject ("La Guardia Civil desvió …"),
    when no person is named there; `alone`: also the one organisation that sentence names anywhere
    (`Kritik kommt von der Gewerkschaft Verdi. In einer Mitteilung heißt es: „…“`)."""
    lo, _ = doc.sentence_of(pos)
    a, b = doc.sentence_before(lo)
    a = doc.main_clause_start(a, b)  # past `Contactée,` / `After the vote,`
    toks = doc.tokens_in(a, b)
    lead = doc.lang.cue_adverbs | doc.lang.conjunctions
    while len(toks) > 2 and toks[0].low in lead:
        toks = toks[1:]  # `Auch die Gewerkschaft Verdi protestiert.`: the subject after an adverb
    fronted = fronted_predicate(doc, toks)
    if fronted:  # `Soddisfatta la Federazione …`: the subject after the predicate
        toks = toks[fronted:]
        a = toks[0].start
    toks = toks[:2]
    names = doc.mentions_in(a, b)
    if not toks or not names or any(m.kind == "person" and is_first_name(m.name.split()[0]) for m in names):
        return None
    head = names[0]
    # (a surname the text gave a first name before; not a body's acronym spelt out before: `o SMAV`)
    acronym = head.kind == "org" and head.name.isupper()
    surname = (doc.canonical(head.name) != head.name and not acronym) or head.gender is not None
    if head.kind != "place" and not surname and head.start <= toks[-1].end and not head.possessive:
        kind = [toks[0], toks[-1]] if head.name.lower() in doc.lang.generic_bodies else None
        # `Die Behörde warnt …`: the body the definite noun of its kind names again
        found = named_body(doc, kind) if kind and doc.lang.capitalised_nouns else None
        return found or (name_of(doc, head) if acronym else head.name)
    bodies = {name_of(doc, m) for m in names if m.kind == "org" and not m.possessive}
    if alone and len(bodies) == 1 and all(m.kind in {"org", "place"} for m in names):
        return bodies.pop()
    return None


def paraphrased_office(doc: Document, toks: list[Token]) -> str | None:
    """`la représentante de l'État` after `la préfète X`, `el representante del Ministerio Público` after
    `el fiscal X`: a definite noun phrase the press writes for a public office by what it stands for (a
    role and its complement, listed in Language.role_synonyms with the offices it names) names the person
    the text gave one of those offices beside the name (`_described_by`); with no such person it gives
    None, and the caller's other readings of a role phrase (the last woman named after a feminine article)
    still apply. A name after the office's place (`le procureur de Valence, X`) is not read yet."""
    lang = doc.lang
    if len(toks) < 4 or toks[0].low not in lang.definite_articles or not toks[1].text.islower():
        return None
    phrase = doc.text[toks[1].start : toks[-1].end].lower().replace("’", "'").rstrip(".")
    if " " not in phrase or phrase not in lang.role_synonyms:
        return None
    return _described_by(doc, toks[0].start, phrase, lang.article_genders.get(toks[0].low))


def described_name(doc: Document, toks: list[Token]) -> str | None:
    """`the mayor`, `l'éleveur`, `o comandante`, `die Staatsanwältin`: a definite role noun names the person
    it last described ("Mayor Ann Lee", "Det Ann Lee", "Jean Hartmann, éleveur à Gérardmer"), found by the
    nearest person in that sentence, a woman after a feminine article; a modifier of time
    before the noun is no part of the role ("l'ancien trésorier" after "X, ancien trésorier du club");
    an age names the person given with it ("the 54-year-old", "der 61-Jährige" after "Ann Lee, 54,")."""
    lang = doc.lang
    lede = lede_role(doc, toks)
    if lede:
        return lede
    gender = lang.article_genders.get(toks[0].low)
    age = _AGE_NOUN.fullmatch(toks[-1].text) if len(toks) == 2 else None
    if age and toks[0].low in lang.definite_articles:
        return _aged(doc, toks[0].start, age.group(1), gender)  # `the 54-year-old` after `Ann Lee, 54,`
    elided = ELIDED.fullmatch(toks[0].low) if lang.code in {"fr", "it"} else None
    bare = len(toks) == 1 and toks[0].low in lang.bare_roles and toks[0].text.islower()
    if elided and len(toks) <= 3:
        words, rest = [elided.group(1)], toks[1:]  # `l'éleveur`, `L'ancien trésorier`
    elif 2 <= len(toks) <= 4 and toks[0].low in lang.definite_articles | lang.demonstratives:
        words, rest = [], toks[1:]  # `the chief executive`, `the attorney general`: a role of a few words
    elif bare:
        words, rest = [], toks  # `“…,” counsel said.`: a role the courts' English writes without article
    else:
        return None
    # lower-case words, and in a language that capitalises its nouns the noun last (`die Ministerin`); a
    # capitalised adjective before the noun (`the Republican nominee`, `the French minister`)
    nouns = doc.mentions_in(toks[-1].start, toks[-1].end)
    capital = lang.capitalised_nouns and all(_german_noun(doc, m) for m in nouns)
    adjectives = [t for t in rest[:-1] if not t.text.islower()]
    people = [t for t in adjectives if any(m.kind == "person" for m in doc.mentions_in(t.start, t.end))]
    if any(not _name_partners(doc, t) for t in people):
        return None
    # `the Treasurer`, `the Home Secretary`: British and Commonwealth style capitalises a title in full
    office = not capital and not lang.capitalised_nouns and capitalised_title(doc, toks[-1], epithets=True)
    capital = capital or office
    written = [t.text.islower() or t in adjectives or (capital and t is toks[-1]) for t in rest]
    if not all(t.text.isalpha() for t in rest) or not all(written):
        return None
    words += [t.low for t in rest]
    found = _described_by(doc, toks[0].start, " ".join(words), gender, alone=bare)
    while found is None and len(words) > 1 and words[0] in lang.role_modifiers:
        words = words[1:]  # `the former treasurer` after `X, treasurer of the club until 2023`
        found = _described_by(doc, toks[0].start, " ".join(words), gender, modified=True)
    if found is None and adjectives and not (lang.capitalised_nouns or lang.head_first):
        # `the Democratic nominee` after `Georgia Democratic gubernatorial nominee X`: other words between
        found = _described_by(doc, toks[0].start, " ".join(words), gender, spread=True)
        for partner in _name_partners(doc, adjectives[-1]) if found is None and len(adjectives) == 1 else ():
            # `the Wanderers boss` after `Exley boss X` and `at Exley Wanderers`: a club named by either word
            role = " ".join(partner if w == adjectives[-1].low else w for w in words)
            found = _described_by(doc, toks[0].start, role, gender, spread=True)
            if found is not None:
                break
        if found is None and _described_by(doc, toks[0].start, words[-1], gender) is None:
            # `the Republican nominee` after `Republican Wade Hollister`, where no one was called a nominee;
            # not one who holds another role (`Republican Gov. X`, `Republican X, the House speaker,`)
            found = _described_by(doc, toks[0].start, adjectives[-1].low, gender)
            if found is not None and _holds_a_role(doc, found, toks[0].start):
                found = None
    if found is None and len(words) > 1 and not (lang.capitalised_nouns or lang.head_first or bare or office):
        found = _head_noun_holder(doc, toks[0].start, words, adjectives, gender)
    if found is not None and office and toks[-1].low in lang.titles and not _given_office(doc, found, toks):
        return None  # `The Chancellor met X, …`, `shadow treasurer X`: not the office's holder
    if found is not None and office and toks[-1].low in lang.person_epithets:
        named = {doc.canonical(m.name) for m in doc.mentions_in(0, toks[0].start) if m.kind == "person"}
        if sum(_given_office(doc, n, toks) for n in named) > 1:
            return None  # `Republican X and Republican Y …, the Republican said`: either of them
    return found


def _head_noun_holder(
    doc: Document, pos: int, words: list[str], adjectives: list[Token], gender: str | None
) -> str | None:
    """`the Rovers coach` after `Rovers head coach Ann Fennimore`, `the choir director` after `Chamber choir
    music director Ann Fennimore`: a definite description that drops words of a role the text gave takes up
    the one person the text gave its head noun (the anaphor may leave a modifier out, the head noun stays:
    Quirk et al., A Comprehensive Grammar of the English Language §5.32, §17.4), where every modifier of
    the description stood in a role the text gave that person, a capitalised one before the noun. Not
    where the description adds a word the role did not have (`the bus driver` after `Lorry driver X`,
    `the defence lawyer` after `the victim's lawyer, X`: another holder of the trade), nor where two people
    held the head noun, nor where a modifier is a rank of its own on either side (`the deputy mayor` is
    not `Mayor X`, `the Rovers coach` not `Rovers assistant coach X`)."""
    lang = doc.lang
    noun, modifiers = words[-1], words[:-1]
    if any(w in lang.role_modifiers or is_title_word(doc.g, w) for w in modifiers):
        return None
    found = _described_by(doc, pos, noun, gender, alone=True)
    if found is None:
        return None
    roles = [_role_words(doc, m) for m in doc.mentions_in(0, pos)
             if m.kind == "person" and doc.canonical(m.name) == found]
    if not all(any(w in {t.low for t in role} for role in roles) for w in modifiers):
        return None  # `the lifeboat captain` after `The ferry's captain, X`: a word the role never had
    if not all(any(_premodifies(role, noun, a.text) for role in roles) for a in adjectives):
        return None
    for role in roles:
        for before, t in itertools.pairwise(role):
            if t.low == noun and before.low not in words and is_title_word(doc.g, before.text):
                return None  # `Rovers assistant coach X`: a rank the description does not give
    return found


def _premodifies(role: list[Token], noun: str, word: str) -> bool:
    """Whether the capitalised `word` stands before the noun `noun` in the role words `role`, at most one
    lower-case word between (`Rovers head coach`; not `Rovers fans cheered coach`)."""
    for i, t in enumerate(role):
        lowered = 0
        for w in reversed(role[:i] if t.low == noun else []):
            if w.text == word:
                return True
            lowered += w.text.islower()
            if lowered > 1:
                break
    return False


def _role_words(doc: Document, m: Mention) -> list[Token]:
    """The words the text set beside the person mention `m` as a role: those right before the name, up to
    a punctuation mark (`Rovers head coach`, or set off before it by a comma), and an apposition set off
    after it (`, the club's lawyer,`)."""
    before: list[Token] = []
    near = doc.tokens_in(max(0, m.start - 60), m.start)[-5:]
    if near and near[-1].text == ",":
        near.pop()  # `the club's assistant coach, Ann Fennimore`
    for t in reversed(near[-4:]):
        if not t.text.isalpha():
            break
        before.insert(0, t)
    after = doc.tokens_in(m.end, m.end + 80)[:9]
    apposed = until_break(after[1:]) if after and after[0].text == "," else []
    return before + apposed


def _given_office(doc: Document, name: str, toks: list[Token]) -> bool:
    """Whether the text gave the person `name`, before `toks`, the office they write (`the Treasurer`): as
    the title before a name (`Treasurer X`, `Health Minister X`; not `shadow treasurer X`, a lower-case word
    before it) or set off beside it (`the Minister for Health, X,`, `X, the current Premier,`)."""
    lang = doc.lang
    office = [t.low for t in toks[1:]]
    noun = toks[-1].text  # beside the name, written with its capital (`X, the shadow treasurer,` is not it)
    for m in doc.mentions_in(0, toks[0].start):
        if m.kind != "person" or doc.canonical(m.name) != name:
            continue
        before = doc.tokens_in(max(0, m.start - 80), m.start)
        after = doc.tokens_in(m.end, m.end + 80)
        n = len(office)
        if [t.low for t in before[-n:]] == office and before[-1].text == toks[-1].text:
            modifier = before[-n - 1] if len(before) > n else None
            lower = modifier is not None and modifier.text.isalpha() and modifier.text.islower()
            if not lower or modifier.low in lang.stopwords | lang.determiners:
                return True
        if before and before[-1].text == ",":
            head = before[:-1][-6:]
            if any(t.low in lang.definite_articles for t in head) and noun in [t.text for t in head]:
                return True
        if after and after[0].text == "," and len(after) > 1 and after[1].low in lang.definite_articles:
            apposed = []
            for t in after[1:8]:
                if t.text == ",":
                    break
                apposed.append(t.text)
            if noun in apposed:
                return True
    return False


def capitalised_title(doc: Document, noun: Token, epithets: bool = False) -> bool:
    """A title written with a capital after a definite article (`the Treasurer`, `the Premier`), as British
    and Commonwealth style writes an office: the role, no one's name (a word the text gives as a person's
    name stays one). With `epithets`, also a party or origin noun, capitalised as English writes it (`the
    Republican` after `Republican Ann Lee`)."""
    word = noun.text
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    named = any(m.kind == "person" and word in m.name.split()[1:] for m in doc.mentions if not m.titled)
    return (noun.low in doc.lang.titles or (epithets and noun.low in doc.lang.person_epithets)) and not named


def _name_partners(doc: Document, word: Token) -> list[str]:
    """The other words of a name of two capitalised words, neither a first name, that the text gave before
    `word` and that holds it (a club, a place: `Exley Wanderers`), by which the press also calls it alone
    (`Wanderers`, `Exley`)."""
    out: list[str] = []
    for m in doc.mentions_in(0, word.start):
        parts = m.name.split()
        if len(parts) == 2 and word.text in parts and not any(is_first_name(p) for p in parts):
            out += [p.lower() for p in parts if p != word.text and p.lower() not in out]
    return out


def lede_role(doc: Document, toks: list[Token]) -> str | None:
    """`The housing minister has defended the levy, insisting … . Speaking on Friday, Tessa Grove said
    …`: the news lede names a person by a role and the next sentence by name, so a definite role noun
    before anyone is named is the person who opens the next sentence as its subject (in the languages
    that name a person again by a role noun without a name list of their own, `Language.epithets` off)."""
    lang = doc.lang
    if lang.epithets or not 2 <= len(toks) <= 7 or toks[0].low not in lang.definite_articles:
        return None
    noun = toks[-1].low
    if noun not in lang.titles and noun not in lang.person_epithets:
        return None
    words = [re.sub(r"[’'-]", "", t.text) for t in toks[1:]]  # `the country's top official`
    capital = capitalised_title(doc, toks[-1])
    if capital:
        words[-1] = words[-1].lower()  # `The state Treasurer has accused …`
    if not all(w.isalpha() and w.islower() for w in words):
        return None
    if any(m.kind == "person" for m in doc.mentions_in(0, toks[0].start)):
        return None
    subject = _next_subject(doc, toks[0].start)
    if subject is None:
        return None
    name = doc.canonical(subject.name)
    if capital and _holds_a_role(doc, name, doc.sentence_of(subject.start)[1]):
        return None  # `The Premier has come under fire … X, the opposition leader, said`: her own role
    return name


def _next_subject(doc: Document, pos: int) -> Mention | None:
    """The person, named in full, who opens as its subject the sentence after the one at `pos`."""
    i = bisect.bisect_left(doc._sentence_starts, doc.sentence_of(pos)[1])
    if i >= len(doc.sentences):
        return None
    a, b = doc.sentences[i]
    start = doc.main_clause_start(a, b)
    people = [m for m in doc.mentions_in(start, b) if m.kind == "person"]
    if not people or " " not in people[0].name or people[0].possessive:
        return None
    if not all(is_title_word(doc.g, t.text) for t in doc.tokens_in(start, people[0].start)):
        return None  # the name opens the clause, at most after its title: `Sir Ann Lee, the …, told MPs`
    return people[0]


def holds_office(doc: Document, name: str, toks: list[Token]) -> bool:
    """Whether the capitalised office `toks` (`the Treasurer`) is the person `name`: the text gave it to them
    (_given_office), or the lede has the office act (`The state Treasurer has accused …`, not `has been
    accused`) and the next sentence opens with them, who hold no other role; not a person the office met."""
    if _given_office(doc, name, toks):
        return True
    lang = doc.lang
    lede = doc.tokens_in(*doc.sentences[0]) if doc.sentences else []
    j = next((j for j, t in enumerate(lede[:5]) if t.text == toks[-1].text), None)
    if j is None or lede[0].low not in lang.definite_articles or lede[j].start >= toks[0].start:
        return False
    if any(t.low in lang.passive_auxiliaries for t in lede[j + 1 : j + 3]):
        return False
    subject = _next_subject(doc, lede[0].start)
    if subject is None or doc.canonical(subject.name) != name:
        return False
    return not _holds_a_role(doc, name, toks[0].start)


def _holds_a_role(doc: Document, name: str, pos: int) -> bool:
    """Whether the text gave the person `name` (a full name) a title or a role before `pos`: a title right
    before the name (`Gov. X`, `Mayor X`) or the office set off after it (`X, the House speaker,`; not
    what someone is or was, `X, a retired Air Force colonel,`)."""
    for m in doc.mentions_in(0, pos):
        if m.kind != "person" or doc.canonical(m.name) != name:
            continue
        before = doc.tokens_in(max(0, m.start - 30), m.start)[-1:]
        if before and is_title_word(doc.g, before[0].text):
            return True
        after = doc.tokens_in(m.end, m.end + 60)[:6]
        if after and after[0].text == ",":
            role = until_break(after[1:])
            if role and role[0].low in doc.lang.definite_articles and is_title_word(doc.g, role[-1].text):
                return True
    return False


# An age as a noun: `54-year-old`, `61-Jährige`, `54enne`; and an age set off after a name: `Ann Lee, 54,`,
# `Anna Vogt (61)`, `Paul Roux, 61 ans`, `Juan Gil, de 54 años`.
_AGE_NOUN = re.compile(r"(\d{1,3})-?[^\W\d_][\w-]*")
_AGE_AFTER_NAME = re.compile(r"\s*[,(]\s*(?:[^\W\d_]{1,2}\s+)?(\d{1,3})(?![\d.,]\d|\s*%)")


def _aged(doc: Document, pos: int, age: str, gender: str | None) -> str | None:
    """The person last given with the age `age` set off after the name before the sentence at `pos` (a
    woman after a feminine article)."""
    lo, _ = doc.sentence_of(pos)
    for m in reversed(doc.mentions_in(0, lo)):
        if m.kind != "person" or m.possessive or (gender == "f" and m.gender == "m"):
            continue
        found = _AGE_AFTER_NAME.match(doc.masked, m.end)
        if found and found.group(1) == age:
            return doc.canonical(m.name)
    return None


def _modified(doc: Document, pos: int) -> bool:
    """Whether a modifier of time stands right before `pos` (`the former mayor`, `l'ex-sindaco`)."""
    before = doc.masked[max(0, pos - 20) : pos].lower()
    word = re.search(r"(?:^|[\s'’])([^\W\d_]+)(?:\s+|-)$", before)
    return word is not None and word.group(1) in doc.lang.role_modifiers


def _described_by(
    doc: Document,
    pos: int,
    noun: str,
    gender: str | None,
    modified: bool = False,
    spread: bool = False,
    alone: bool = False,
) -> str | None:
    """Of the people the role `noun` stood beside before the sentence at `pos` (or, where none did, in
    the sentence after it), the one the text spoke of last; not a man where `gender` is feminine; not one
    who held it once (`the mayor` is not `the former mayor X`) unless the role sought was `modified` so;
    the holders of its synonyms only where nobody held the noun itself (Document.holder_of). With
    `spread`, up to two other words may stand between the words of `noun` ("Democratic gubernatorial
    nominee" holds "democratic nominee"). A role `alone`, with no article (`counsel said`), names its holder
    only where the text gave it to one person (`defence counsel X and prosecution counsel Y`: either)."""
    lang = doc.lang
    synonyms = doc.role_synonyms(noun)
    bodies = lang.org_words | lang.generic_bodies
    if noun in bodies or noun in lang.stopwords or (len(noun) < 4 and not synonyms):
        return None
    last = noun.rsplit(" ", 1)[-1]
    if " " in noun and last in bodies:
        return None  # `the state department`: a body
    s_lo, s_hi = doc.sentence_of(pos)
    i = bisect.bisect_left(doc._sentence_starts, s_hi)
    n_hi = doc.sentences[i][1] if i < len(doc.sentences) else s_hi

    def holders(nouns: tuple[str, ...], ahead: bool = True) -> list[str]:
        if not nouns:
            return []
        # `Sen. Ann Lee … the senator`, `Det Ann Lee … the detective`: the abbreviated title (with its full
        # stop, or without it as British style writes it) names the same role, and its synonyms' titles
        # theirs (`Sen. Ann Lee … the lawmaker`)
        abbreviated = [a for a, roles in lang.title_roles.items() if any(n in roles for n in nouns)]
        forms = [re.escape(n) for n in nouns] + [re.escape(a) + r"\.?" for a in abbreviated]
        if spread:  # within one noun phrase: capitalised words and adjectives, not `senators questioned`
            adjective = "".join(f"|[a-z]+{e}" for e in lang.role_adjective_endings)
            between = r"\s+(?:(?-i:[^\W\d_a-z][\w-]*" + adjective + r")\s+){0,2}"
            forms = [f.replace(r"\ ", between) for f in forms]
        if lang.capitalised_nouns:  # a German compound is what its last noun is: `Cheftrainer X`: `Trainer`
            forms = [r"[^\W\d_]*" + f for f in forms]
        # (or its plural before a list of names set off by a comma: `the moderators, Ann Lee and Bo Ray`;
        # an -s/-es plural, as in en, es, pt, fr: where a language forms it otherwise, no plural matches)
        pattern = r"\b(?:" + "|".join(forms) + r")(?P<plural>e?s(?=,))?(?!\w)"
        before = list(re.finditer(pattern, doc.masked[:s_lo], re.IGNORECASE))
        # `“…,” the judge told Cole. Judge Harriet Fry jailed him.`: where none came before, the next sentence
        # (not where a synonym's holder came before: `l'avvocato X … «…», ha detto il legale` is X)
        singular = [b for b in before if not b.group("plural")]
        ahead = ahead and not singular and not (nouns == (noun,) and holders(synonyms, ahead=False))
        after = list(re.compile(pattern, re.IGNORECASE).finditer(doc.masked, s_hi, n_hi)) if ahead else []
        out: list[str] = []
        for m in reversed(before) if singular or not after else after[:1]:
            if not modified and _modified(doc, m.start()):
                continue
            if m.group(0).islower() and doc.masked[m.end() : m.end() + 2] in ("'s", "’s"):
                continue  # `the captain's mother, Vera Stavnik`: the mother's name (`Exley's Ann Lee`: hers)
            a, b = doc.sentence_of(m.start())
            people = [
                p for p in doc.mentions_in(a, b)
                # a possessive name holds the role written as its title (`Governor Ann Lee's veto`), not one
                # after it (`Ann Lee's lawyer`: someone else)
                if p.kind == "person" and (not p.possessive or not doc.masked[m.end() : p.start].strip())
                and _in_apposition(doc.masked, m.start(), m.end(), p, doc.lang)
            ]
            people = [p for p in people if is_first_name(p.name.split()[0])] or people
            listed = [p for p in people if p.start >= m.end()] if m.group("plural") else []
            # `O secretário-executivo de Defesa Civil, Wellington Lins`: the role's complement is no one
            people = [p for p in people if not doc._after_preposition(p.start)] or people
            if gender == "f":  # `la ministre` is no man (`le ministre X`); `il pm` may be a woman
                people = [p for p in people if p.gender != "m"]
            if m.group("plural") and len(listed) > 1:
                # each of them holds the role; the one the text turned to since names it again, where
                # the text named none of them again, the role may be either's
                named = {doc.canonical(p.name) for p in doc.mentions_in(b, pos) if p.kind == "person"}
                out += [name for name in map(doc.canonical, (p.name for p in listed)) if name in named]
            elif people and not m.group("plural"):
                nearest = min(people, key=lambda p: max(p.start - m.end(), m.start() - p.end))
                # (with the suffix written beside it: `Coach Amos Welbury Jr., who trains the juniors`)
                out.append(doc.person_name(nearest) if nearest.suffix else doc.canonical(nearest.name))
        return out

    if alone and len(set(holders((noun, *synonyms)))) > 1:
        return None
    # Two coaches: the one the text spoke of last (`Bremens Trainer X … Kölns Trainer Y lobte … X wurde
    # deutlich. „…“, sagte der Trainer.` is X)
    return doc.holder_of(noun, pos, holders)


def completed_role(doc: Document, toks: list[Token]) -> str | None:
    """`a précisé le parquet` after `Le parquet de Bobigny a ouvert une enquête`: a definite noun the text
    gave earlier with a name after its preposition is that noun with its complement ("le parquet de
    Bobigny"), not the bare noun; not where it came with an indefinite article (`rare for a ferry
    operator in Norfolk`: any such operator, no referent the definite noun takes up)."""
    lang = doc.lang
    if len(toks) != 2 or toks[0].low not in lang.definite_articles or not toks[1].text[:1].islower():
        return None
    noun = toks[1].low
    for t in reversed(doc.tokens_in(0, toks[0].start)):
        if t.low != noun or _after_indefinite(doc, t):
            continue
        appositive = _apposed_body(doc, t)
        if appositive:
            return appositive
        after = doc.tokens_in(t.end, t.end + 40)[:3]
        k = 0
        while k < len(after) and (after[k].low in lang.phrase_breaks or after[k].low in lang.articles):
            k += 1
        if not 0 < k < len(after) or after[0].low not in lang.name_connectors | lang.phrase_breaks:
            continue
        named = [m for m in doc.mentions_in(after[k].start, after[k].end + 1) if m.start == after[k].start]
        if named and named[0].kind != "person" and not named[0].possessive:
            return toks[0].text + " " + doc.text[t.start : named[0].end]
    return None


def _apposed_body(doc: Document, noun: Token) -> str | None:
    """`Torbay Lettings, the bureau for Corbett Park flats, promised …`: a definite noun in apposition
    right after a body's name (its article past a comma, up to two lower-case premodifiers between) is
    that body (Quirk et al. 1985, § 17.65: apposition, one referent), which the noun names again later."""
    before = doc.tokens_in(max(0, noun.start - 60), noun.start)[-5:]
    k = len(before) - 1
    while k >= 0 and before[k].text.isalpha() and before[k].text.islower() and len(before) - k <= 2:
        if before[k].low in doc.lang.definite_articles:
            break
        k -= 1
    if k < 2 or before[k].low not in doc.lang.definite_articles or before[k - 1].text != ",":
        return None
    after = doc.tokens_in(noun.end, noun.end + 20)[:1]
    if not after or (after[0].text.isalpha() and after[0].low not in doc.lang.phrase_breaks):
        return None  # `Ann Holt, the federation chair`: the noun premodifies another, no head
    named = [m for m in doc.mentions_in(0, before[k - 1].start) if m.end == before[k - 1].start]
    if not named or named[0].kind == "place" or named[0].possessive:
        return None
    if is_first_name(named[0].name.split()[0]) or not doc.opens_sentence(named[0]):
        return None  # (no person named in full; not `Besides X, the council …`: a fronted adverbial)
    closing = [t for t in doc.tokens_in(noun.end, noun.end + 200) if t.text in ",.;:!?"][:1]
    if not closing or closing[0].text != ",":
        return None
    verb = doc.tokens_in(closing[0].end, closing[0].end + 30)[:1]  # its verb after the closing comma
    if not verb or not (verb[0].text.isalpha() and verb[0].text.islower()):
        return None
    if verb[0].low in doc.lang.phrase_breaks or verb[0].low in doc.lang.articles:
        return None  # `X, the guild, and the port authority signed`: a list, no apposition
    return name_of(doc, named[0])


def _after_indefinite(doc: Document, noun: Token) -> bool:
    """Whether `noun` is non-specific: it opens with an indefinite article, past up to two lower-case
    premodifiers, after a preposition or a comparison (`rare for a small charity in Brackwell`, `such a`,
    `than a`). An indefinite subject (`A court in Dunmore fined …`) does introduce the body a later
    definite noun takes up; so does the agent of a passive (`fined by a court in Dunmore`)."""
    before = doc.tokens_in(max(0, noun.start - 60), noun.start)[-4:]
    lang = doc.lang
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if t.low in lang.indefinite_articles:
            prior = before[k - 1].low if k else ""
            return prior in lang.phrase_breaks | {"such"} and prior not in lang.agent_prepositions
        if not (t.text.isalpha() and t.text.islower()) or t.low in lang.articles:
            return False
    return False


def source_body(doc: Document, toks: list[Token]) -> str | None:
    """`dal Comune di Torino`, `à la mairie de Rennes`, `du côté de la préfecture du Nord`: the body a
    statement comes from, after one of the language's source prepositions at the start of `toks`."""
    lang = doc.lang
    if len(toks) > 1 and toks[0].low in lang.phrase_breaks and toks[1].low in lang.source_prepositions:
        toks = toks[1:]  # `du côté de`
    glued = GLUED.fullmatch(toks[0].text) if toks else None
    if glued and glued[1].lower() in lang.source_prepositions:  # `fanno sapere dall'azienda`: one token
        cut = toks[0].start + len(glued[1])
        toks = [Token(glued[1], toks[0].start, cut), Token(glued[2], cut, toks[0].end), *toks[1:]]
    if not toks or toks[0].low not in lang.source_prepositions:
        return None
    rest = [t for t in until_break(toks[1:8]) if t.low not in lang.articles]
    if rest and rest[0].low in lang.phrase_breaks:  # `du côté de la préfecture`
        rest = [t for t in rest[1:] if t.low not in lang.articles]
    if not rest:
        return None
    named = [m for m in doc.mentions_in(rest[0].start, rest[0].end) if m.start == rest[0].start]
    # `da Palazzo Chigi`: a building that stands for its office, opened by a common noun, not a first name
    building = bool(named) and " " in named[0].name and common_noun_opens(doc, named[0].name)
    if named and (named[0].kind != "person" or building):
        return named[0].name
    if not rest[0].text.islower() or rest[0].low in lang.stopwords:
        return None
    after = [m for m in doc.mentions_in(rest[0].end, rest[-1].end) if m.kind != "person"]
    if after and len(rest) > 2 and rest[1].low in lang.phrase_breaks:
        return doc.text[rest[0].start : after[0].end]  # `à la mairie de Rennes` → "mairie de Rennes"
    if rest[0].low in lang.generic_bodies:
        return last_body_named(doc, toks[0].start) or rest[0].text
    return rest[0].text if rest[0].low in lang.org_words else None


def common_noun_opens(doc: Document, name: str) -> bool:
    """Whether `name` opens with a common word of the language that is no first name ("Palazzo Chigi")."""
    first = name.split()[0]
    return not is_first_name(first) and zipf(first.lower(), doc.lang.wordfreq) >= COMMON_NOUN


def strip_adverbs(doc: Document, toks: list[Token]) -> list[Token]:
    time_words = doc.lang.time_words
    while toks and (is_adverb(doc, toks[-1]) or toks[-1].text in DASHES or toks[-1].low in time_words):
        noun = len(toks) > 1 and toks[-2].low in doc.lang.determiners
        if noun and toks[-1].low not in doc.lang.cue_adverbs:
            break  # `le gouvernement`: a noun after its article, whatever its ending
        timed = toks[-1].low in time_words
        toks = toks[:-1]
        if timed and len(toks) > 1 and toks[-1].low in doc.lang.phrase_breaks:
            toks = toks[:-1]  # `X on Tuesday accused …`: the preposition of the time goes with it
    return toks


def medium_length(doc: Document, toks: list[Token]) -> int:
    """How many words open `toks` with the writing a statement came in, a preposition and a statement noun
    with its article, if any (`in una nota`, `em nota`, `en un comunicado`); 0: none. Beside a speech verb
    it is an adverbial of the verb (a complemento, an adjunto adverbial: Serianni, Grammatica italiana;
    Cunha & Cintra, Nova gramática do português contemporâneo), no subject: the subject stands before it
    (`Aiposud in una nota ha precisato`, `a Viasul em nota afirmou`)."""
    lang = doc.lang
    if len(toks) < 2 or toks[0].low not in lang.phrase_breaks or not toks[0].text.islower():
        return 0
    k = 2 if toks[1].low in lang.articles and len(toks) > 2 else 1
    return k + 1 if toks[k].low in lang.statement_nouns and toks[k].text.islower() else 0


def _comma_chunks(toks: list[Token]) -> list[list[Token]]:
    chunks: list[list[Token]] = [[]]
    depth = 0
    for t in toks:
        depth = max(0, depth + (t.text == "(") - (t.text == ")"))
        if t.text == "," and depth == 0:
            chunks.append([])
        else:
            chunks[-1].append(t)
    return [c for c in chunks if c]


def described_head(doc: Document, toks: list[Token]) -> list[Token] | None:
    """`Ines Caro, a researcher at the Institute for Energy, Water and Climate think tank` (no comma
    before the verb): the person the description is about, when the phrase opens with their name."""
    chunks = _comma_chunks(toks)
    return chunks[0] if len(chunks) > 1 and _described_person(doc, chunks) else None


def apposition_head(doc: Document, toks: list[Token]) -> list[Token]:
    """`John Smith, a spokesman for X,` → the tokens of `John Smith`."""
    chunks = _comma_chunks(toks)
    for i in range(len(chunks) - 1, -1, -1):
        c = chunks[i]
        text = doc.masked[c[0].start : c[-1].end]
        appositive = (
            c[0].low in doc.lang.determiners
            or c[0].low in doc.lang.apposition_starters
            or c[0].text[:1].islower()
            or PARTY_STATE.fullmatch(text.strip()) is not None
            or all(t.text.isupper() and t.low in doc.lang.postnominals for t in c)  # `Ann Lee, KC,`
            or (doc.mention_ending(c[-1]) or Mention("", 0, 0, "unknown", None, False)).kind == "place"
        )
        ending = doc.mention_ending(c[-1])
        named = ending is not None and ending.kind == "person"
        if named and any(t.low in doc.lang.phrase_breaks for t in c[1:] if t.end <= ending.start):
            # `an adviser to President X`: a name inside a description; not after a body's name (`la
            # consigliera della Lega Marta Ghirardelli`: the role, its party, its holder)
            named = _role_of_body(doc, [t for t in c if t.end <= ending.start])
        if appositive and i > 0 and c[0].low in doc.lang.determiners and named:
            appositive = False
        if appositive and i > 0 and named and ending.end == c[-1].end and unnamed_head(doc, chunks[0]):
            return c  # `One of them, retired postman Glen Hurst, said`: the apposition names the subject
        # `O relator, ministro Alexandre de Moraes, afirmou`, `Il suo difensore, l'avvocato Luca Neri, ha`:
        # the role's holder (its article elided or not)
        role = ELIDED_NOUN.sub("", c[0].text)
        if appositive and i > 0 and named and is_title_word(doc.g, role) and ending.start == c[1].start:
            appositive = False
        if not appositive and i > 0 and c[0].low in doc.lang.adverbial_starters:
            appositive = True
        if not appositive and i > 0 and not named and _describes(doc, c):
            appositive = True  # `Pratt, Hallgarth's superior,`, `CEO of Acme,`: a role, not a name
        if not appositive and i > 1 and _described_person(doc, chunks):
            return chunks[0]  # `Ines Caro, a researcher at the Institute for Energy, Water and Climate,`
        if i == 0 and len(chunks) > 1 and c[0].low in doc.lang.adverbial_starters and c[0].cap:
            return chunks[1]  # `As we've noted, a study by the Centre for X, a think tank, concluded`
        if not appositive or i == 0:
            return c
    return []


def unnamed_head(doc: Document, toks: list[Token]) -> bool:
    """`One of them`, `Another`, `A neighbour`: a noun phrase opened by an indefinite word naming nobody."""
    if toks[0].low not in doc.lang.unnamed_openers:
        return False
    return not any(m.kind == "person" for m in doc.mentions_in(toks[0].start, toks[-1].end))


def _role_of_body(doc: Document, toks: list[Token]) -> bool:
    """The words before a name are a role, one preposition and a body's or party's name (`la consigliera
    della Lega`), not a description through someone else's role or a place (`un proche du maire de Lyon`,
    `le bras droit du président de la Région`, `an adviser to President`)."""
    lang = doc.lang
    body = toks[next(i for i, t in enumerate(toks) if i > 0 and t.low in lang.phrase_breaks) :]
    while body and (body[0].low in lang.phrase_breaks or body[0].low in lang.articles):
        body = body[1:]
    return bool(body) and all(t.cap and not is_title_word(doc.g, t.text) for t in body)


def _describes(doc: Document, chunk: list[Token]) -> bool:
    """A comma-delimited chunk that is a description: it ends in a lower-case noun (`Hallgarth's
    superior`, `executive director of industry analysis`) or opens with a title and its complement
    (`CEO of Acme`, `President at Mesa Labs`)."""
    last = chunk[-1]
    if last.text.isalpha() and last.text.islower() and last.low not in doc.lang.phrase_breaks:
        return doc.mention_ending(last) is None
    # German gives the complement in the genitive: `Sprecherin der Stadtwerke`, `Chef des Konzerns`
    genitive = doc.lang.capitalised_nouns and chunk[1].low in doc.lang.articles if len(chunk) > 1 else False
    linked = len(chunk) > 1 and (chunk[1].low in doc.lang.phrase_breaks or genitive)
    alone = len(chunk) == 1 and last.text.isalpha() and not doc.is_person(last.text)
    if alone and doc.lang.capitalised_nouns:
        return True  # `Jan Wendrich, Kämmerer, sagte`: a noun alone, capitalised as nouns are, no one's name
    return len(chunk) > 2 and is_title_word(doc.g, chunk[0].text) and linked


def _described_person(doc: Document, chunks: list[list[Token]]) -> bool:
    """`Name, a description, …`: the first chunk is a person's name and the second describes them, so
    the chunks after the second carry on the description (places, lists inside a body's name)."""
    head = doc.mention_ending(chunks[0][-1])
    if head is None or head.kind != "person":
        return False
    if any(t.low in doc.lang.phrase_breaks for t in chunks[0] if t.end <= head.start):
        return False  # `an adviser to Paul Greer, …`: the name completes a description
    second = chunks[1]
    return (
        second[0].low in doc.lang.determiners
        or second[0].text[:1].islower()
        or _describes(doc, second)
        or (len(second) > 1 and second[0].text.endswith(("'s", "’s", "s'", "s’")))
    )


def body_subject(doc: Document, toks: list[Token]) -> str | None:
    """`A empresa de entregas lamentou …`, `El tribunal considera …`: a definite noun of a kind of body
    opening the clause is the body named before by that noun, else the noun with its complement."""
    lang = doc.lang
    if not lang.head_first or len(toks) < 3 or toks[0].low not in lang.definite_articles:
        return None
    if not toks[1].text.islower() or toks[1].low not in lang.generic_bodies | lang.org_words:
        return None
    beside = doc.mentions_in(toks[2].start, toks[2].end)
    if beside and beside[0].start == toks[2].start and beside[0].kind != "place":
        return name_of(doc, beside[0])  # `La cooperativa Serena Asistencia`: the noun of its kind, its name
    named = named_body(doc, toks[:2], generic=False)
    if named:
        return named
    end = 1
    genitive = lang.phrase_breaks & lang.name_connectors
    while end + 2 < len(toks) and toks[end + 1].low in genitive and toks[end + 2].text[:1].isalpha():
        if toks[end + 2].low in doc.g.cues or toks[end + 2].low in lang.finite_verbs:
            break
        end += 2  # `de entregas`, `do Estado`
        if toks[end].low in lang.articles and end + 1 < len(toks) and toks[end + 1].text[:1].isalpha():
            end += 1  # `de l'Hérault`, `de la Ville`
    return doc.text[toks[0].start : toks[end].end]


def plural_pronoun(doc: Document, pronoun: Token, verb: Token) -> bool:
    """`Sie sagten`, `Diese erklärten`, `sagten sie`: where the feminine pronoun is also the plural one
    (German), a verb in the plural makes it several people, not the woman last named."""
    formal = pronoun.text[:1].isupper() and pronoun.start not in doc.sentence_starts  # `Was haben Sie …?`
    return _plural_finite(doc, verb) and not formal and doc.g.pronouns.get(pronoun.low) == "f"


def plural_article(doc: Document, article: Token, verb: Token) -> bool:
    """`Die Schöffen seien …`, `Die Helfer erklärten:`: where the feminine article is also the plural one
    (German "die"), a finite verb in the plural after its noun makes the noun several people, not the woman
    last named (the finite verb agrees with its subject in number)."""
    return _plural_finite(doc, verb) and doc.lang.article_genders.get(article.low) == "f"


def names_person(doc: Document, found: str | None) -> bool:
    """Whether `found` is the name of a person mentioned (no body: `Die Stadtwerke erklärten:` may be the
    works named before, several people can be one body, never one person)."""
    return bool(found) and any(m.kind == "person" and name_of(doc, m) == found for m in doc.mentions)


def _plural_finite(doc: Document, verb: Token) -> bool:
    """A finite verb in the third person plural (`sagten`, `seien`), where nouns are capitalised (German)."""
    lang = doc.lang
    finite = verb.low in doc.g.cues or verb.low in lang.finite_verbs or verb.low in lang.auxiliaries
    finite = finite or verb.low in lang.reported_forms
    plural = finite and bool(lang.plural_endings) and verb.low.endswith(lang.plural_endings)
    return plural and lang.capitalised_nouns


def role_of_person(doc: Document, out: list[Token], person: Mention) -> bool:
    """`l'avvocato di Mario Rossi`, `la madre de Lucía Pérez`: a definite person noun whose complement is
    the person named: someone else speaks, not the person of the complement."""
    lang = doc.lang
    genitive = lang.phrase_breaks & lang.name_connectors
    elided = ELIDED.fullmatch(out[0].low)
    k = 1 if elided else 2
    if len(out) <= k + 1 or (not elided and out[0].low not in lang.definite_articles):
        return False
    if not out[k - 1].text.islower() or out[k - 1].low in lang.stopwords or out[k].low not in genitive:
        return False
    if person.gender is None and not is_first_name(person.name.split()[0]):
        return False  # `El alcalde de Jaca, X,`: a place read as a name, no one's
    after = [t for t in out[k + 1 :] if t.low not in lang.articles]
    return bool(after) and after[0].start == person.start


def other_than_complement(doc: Document, role: list[Token], person: Mention) -> str | None:
    """Who `role` (`l'avvocato` of `l'avvocato di Mario Rossi`) is: the one the role named before
    (`L'avvocato Luca Bianchi …`), else nobody the text names."""
    described = described_name(doc, role)
    if described and described != name_of(doc, person):
        return described
    doc.unnamed.add(role[0].start)
    return None


def role_holder_of_body(doc: Document, toks: list[Token]) -> str | None:
    """`la presidente di Lago Vivo`, `le président du club`: a definite role of a body named before beside
    a person with that role (`Marta Bianchi, presidente dell'associazione Lago Vivo`) is that person."""
    lang = doc.lang
    genitive = lang.phrase_breaks & lang.name_connectors
    if not lang.head_first or len(toks) < 4 or toks[0].low not in lang.definite_articles:
        return None
    if not toks[1].text.islower() or toks[1].low not in lang.titles or toks[2].low not in genitive:
        return None
    k = 3 + (toks[3].low in lang.articles)
    if k >= len(toks):
        return None
    body = [m for m in doc.mentions_in(toks[k].start, toks[k].end) if m.start == toks[k].start]
    person = bool(body) and body[0].kind == "person" and body[0].gender is not None  # a man's or a woman's
    if not body or body[0].kind == "place" or person:
        return None  # `l'avvocato di Mario Rossi`: someone else's role, not a body's
    gender = lang.article_genders.get(toks[0].low)
    for m in reversed(list(re.finditer(re.escape(body[0].name), doc.masked[: toks[0].start]))):
        s_lo, s_hi = doc.sentence_of(m.start())
        if toks[1].low not in doc.masked[s_lo:s_hi].lower():
            continue
        people = [p for p in doc.mentions_in(s_lo, s_hi) if p.kind == "person" and p.gender in (None, gender)]
        people = [p for p in people if p.name != body[0].name]
        if people:
            return name_of(doc, people[0]) if len(people) == 1 else None
    return None


def _german_noun(doc: Document, m: Mention) -> bool:
    """A lone capitalised word where nouns are capitalised that no one was named by before: a noun."""
    unknown = m.kind == "unknown" and " " not in m.name
    return bool(doc.lang.capitalised_nouns) and unknown and doc.canonical(m.name) == m.name


def fronted_predicate(doc: Document, toks: list[Token]) -> int:
    """Where the subject opens in a sentence with no verb whose predicate comes first: an adverb of
    comparison and its adjective (`Più cauta la collega di partito, X.`, `Meno convinto un pescatore:`) or
    a capitalised adjective no name spells (`Soddisfatta la Federazione …, che …`), then the subject after
    its article (an adverb between: `Entusiasta anche il sindaco`). 0 when the sentence opens otherwise.
    After a name only a clitic may stand (`Rossi la ringrazia`), before a verb in lower case."""
    lang = doc.lang
    if not lang.comparatives or len(toks) < 3:
        return 0
    first = toks[0]
    k = 1
    if first.low in lang.comparatives and toks[1].text.isalpha() and toks[1].text.islower():
        k = 2  # `Più cauta`
    elif not _predicate_word(doc, first):
        return 0
    while k < len(toks) - 1 and toks[k].low in lang.cue_adverbs:
        k += 1
    article = toks[k] if k < len(toks) - 1 else None
    if article is None or article.low not in lang.articles:
        return 0
    clitic = article.low in lang.clitics and k == 1
    return 0 if clitic and not toks[k + 1].cap else k


def _predicate_word(doc: Document, tok: Token) -> bool:
    """A capitalised word that is an adjective or a participle, not a name nor a verb: one the language
    writes in lower case (Zipf 3 or more), no first name, no speech or finite verb."""
    lang = doc.lang
    if not tok.cap or not tok.text.isalpha() or is_first_name(tok.text) or tok.low in doc.g.cues:
        return False
    if tok.low in lang.finite_verbs | lang.auxiliaries | lang.stopwords | lang.common_starters:
        return False
    return zipf(tok.low, lang.wordfreq) >= _PREDICATE_ZIPF and doc.canonical(tok.text) == tok.text


def _apposed_name_after(doc: Document, toks: list[Token]) -> bool:
    """Whether a comma among `toks` is followed right away by a person's name (`…, Jost Harmsbüttel,`)."""
    for k, t in enumerate(toks[:-1]):
        if t.text == ",":
            nxt = toks[k + 1]
            found = doc.mentions_in(nxt.start, nxt.end)
            return any(m.kind == "person" and m.start == nxt.start for m in found)
    return False


def sentence_subject(doc: Document, lo: int, hi: int) -> str | None:
    """The subject of the sentence starting at `lo`, skipping a leading adverbial phrase and a coordinating
    conjunction opening the sentence (`But the minister replied, saying: “…”`: it joins the sentence to
    the one before and is no part of the subject)."""
    start = doc.main_clause_start(lo, hi)
    first = doc.tokens_in(start, hi)[:2]
    if len(first) == 2 and start == lo and first[0].low in doc.lang.conjunctions and first[0].cap:
        start = doc.main_clause_start(first[1].start, hi)
    toks = doc.tokens_in(start, hi)
    toks = toks[fronted_predicate(doc, toks) :]
    for t in toks[: doc.lang.subject_window]:
        if t.low in doc.g.pronouns:
            i = doc.token_index(t)
            verbs = doc.tokens[max(0, i - 1) : i] + doc.tokens[i + 1 : i + 2]  # `Sie sagten`, `sagten sie`
            if any(plural_pronoun(doc, t, v) for v in verbs):
                doc.unnamed.add(t.start)
                return None
            return doc.resolve_pronoun(t.start, doc.g.pronouns[t.low])
    owner = words_owner(doc, toks) or kin_named(doc, toks)
    if owner:
        return owner
    lang = doc.lang
    for k, t in enumerate(toks[: min(3, len(toks) - 1)]):
        # `His message was simple: “…”`, `Queste le sue parole: «…»`: the owner of the words
        pointers = all(x.low in lang.articles or x.low in lang.demonstratives for x in toks[:k])
        if pointers and t.low in lang.possessive_pronouns and toks[k + 1].low in lang.word_nouns:
            return doc.resolve_pronoun(t.start, lang.possessive_pronouns[t.low] or None)
    if source_inside(doc, toks):
        return None
    head = until_break(toks)
    named = bool(head) and any(m.kind == "person" for m in doc.mentions_in(lo, head[-1].end))
    if is_indefinite(doc, toks) and not named:
        comma = next((k + 1 for k, t in enumerate(toks[:6]) if t.text == ","), len(toks))
        after = doc.mentions_in(toks[comma].start, hi) if comma < len(toks) else []
        apposed = bool(after) and after[0].start == toks[comma].start and after[0].kind == "person"
        if apposed and " " in after[0].name:
            return name_of(doc, after[0])  # `Eine von ihnen, Sabine Hoff (41) aus Köln: „…“`: she is named
        doc.unnamed.add(toks[0].start)
        return None  # `Ein Stahlarbeiter, seit 30 Jahren im Werk, bringt es auf den Punkt: „…“`: unnamed
    code = doc.lang.morphology
    if code and toks and morph.lemma_of(code, toks[0].low) in doc.lang.generic_bodies:
        return body_named(doc, [toks[0].low], toks[0].start)  # "Ведомство потребовало «…»"
    apposed = _owned_role_apposition(doc, toks) or _body_apposition(doc, toks)
    if apposed:
        return apposed
    body = body_subject(doc, toks)
    if body:
        return body
    elided = _elided_role_subject(doc, toks)
    if elided is not None:
        return elided or None
    if toks and toks[0].low in doc.lang.articles:
        for i, t in enumerate(toks[1:7], 1):
            past = t.text[:1].islower() and t.low.endswith("ed")
            label = t.text == ":" and i == len(toks) - 1  # `Der 61-Jährige: „…“`: the role as a label
            # (the negation stands right before the verb and its clitics, `La consigliera non si è arresa`:
            # Serianni, Grammatica italiana; Cunha & Cintra, on the negative adverb before the verb)
            negation = t.low in lang.negations
            verb = t.low in doc.g.cues or t.low in doc.lang.finite_verbs or past or label or negation
            # German puts the finite verb second: after `Die Stadträtin` a word in lower case is it
            second = lang.capitalised_nouns and i == 2 and t.text.isalpha() and t.text.islower()
            # (`Der Kapitän der Fähre, Name, …`: an article opening a genitive the name apposed after it
            # closes, no verb; without that name the role noun alone is read as before)
            genitive = t.low in lang.articles and _apposed_name_after(doc, toks[i + 1 : i + 10])
            second = second and not genitive
            verb = verb or (second and toks[0].low in lang.definite_articles and toks[1].text[:1].isupper())
            if verb or is_adverb(doc, t):
                # `Der Landrat ist überzeugt: „…“`: a capitalised noun is a role too, where nouns take one
                german = doc.lang.capitalised_nouns and i == 2 and not toks[i - 1].text[:1].islower()
                noun = toks[i - 1].text[:1].islower() or german
                named = doc.mention_ending(toks[i - 1])
                # (a German noun is capitalised: `Die Urlauberin will`, unless it is a surname given before)
                common = bool(german) and named is not None and _german_noun(doc, named)
                if i > 1 and noun and (named is None or common):
                    role = toks[:i]  # `The Republican nominee also vowed …`, `A autarca foi …`
                    # `A delegada deixa um alerta:`: an article not after a preposition opens the object,
                    # after a verb the lists do not hold
                    nominal, breaks = lang.articles | lang.determiners, lang.phrase_breaks
                    objects = [
                        j for j in range(2, i) if toks[j].low in nominal and toks[j - 1].low not in breaks
                    ]
                    role = role[: objects[0] - 1] if objects and objects[0] > 2 else role
                    if label and len(role) != 2:
                        break  # `Das sieht Wendrich anders:`: a clause, its subject no article's noun
                    if unnamed_epithet(doc, role):
                        return None
                    body = len(role) == 2 and role[1].low in lang.generic_bodies  # `The operator said`
                    found = (named_body(doc, role) if body else None) or described_name(doc, role)
                    found = found or epithet(doc, role)
                    if len(role) == 2 and plural_article(doc, role[0], t) and names_person(doc, found):
                        if t.low in doc.g.cues:
                            doc.unnamed.add(role[0].start)  # `Die Helfer erklärten: „…“`: people unnamed
                        return None  # `Die Bläser seien gut vorbereitet.`: what the one reporting says
                    if found or not german:
                        return found or doc.text[role[0].start : role[-1].end]
                break
            if not t.text[:1].isalnum() or t.low in doc.lang.phrase_breaks:
                break  # (an age is a noun: `Der 61-Jährige ist überzeugt:`)
    held = role_holder_of_body(doc, toks)
    if held:
        return held  # `La presidente di Lago Vivo non ci sta:` after `Marta Bianchi, presidente di Lago Vivo`
    near = doc.mentions_in(toks[0].start, toks[min(5, len(toks) - 1)].end) if toks else []
    people = [m for m in near if m.kind == "person"]
    if people and role_of_person(doc, toks, people[0]):  # `Il legale di Mario Rossi non ci sta:`
        return other_than_complement(doc, toks[: 1 if ELIDED.fullmatch(toks[0].low) else 2], people[0])
    found = doc.mentions_in(toks[0].start if toks else lo, hi)
    if doc.lang.head_first:  # `El técnico del Betis, Manuel Pellegrini, fue claro`: the club completes
        named = [m for m in found if m.kind == "person" and is_first_name(m.name.split()[0])]
        found = [m for m in found if not (doc._after_preposition(m.start) and named and m not in named)]
    if doc.lang.capitalised_nouns:  # `Über die Rote Karte wollte sich …`: a preposition's noun is no subject
        found = [m for m in found if m.kind == "person" or not doc._after_preposition(m.start)]
    found = _past_opening_verb(doc, found, toks)
    for k, m in enumerate(found):
        if m.kind != "person" and found[k + 1 :] and doc.premodifier(m, found[k + 1]):
            continue  # `Republican congressional candidate Ray Stout stood …`: the person after the role
        head = doc.tokens_in(m.end, m.end + 40)[:1]
        if head and head[0].text.islower() and head[0].low in doc.g.org_words and not m.possessive:
            return f"{m.name} {head[0].text}"  # `The Okafor campaign sent …`
        if _german_noun(doc, m):
            continue  # `Die Tagesgäste seien betroffen`: a German noun, no one named before
        if m.kind == "unknown" and doc.lang.capitalised_nouns:
            return name_of(doc, m)  # in the nominative: `Schätzungen der Österreichischen Versicherung`
        if m.kind in {"person", "unknown"}:
            return doc.canonical(m.name)
        if m.kind == "org" and toks and m.start <= toks[min(1, len(toks) - 1)].start and not m.possessive:
            return m.name  # `La Regione Lombardia ha stanziato …`: a body opening the clause is its subject
    return None


def _owned_role_apposition(doc: Document, toks: list[Token]) -> str | None:
    """`Coast Rescue Northland's operations manager, Brett Quinlan, was cautious`: a role someone or some
    body owns, then the person holding it set off by commas, is the subject; the owner does not speak."""
    if not toks:
        return None
    owners = [m for m in doc.mentions_in(toks[0].start, toks[0].end + 80) if m.start == toks[0].start]
    if not owners or not owners[0].possessive:
        return None  # (a person's too: `Ann Lee's spokesman, Tom Hale, said`)
    rest = doc.tokens_in(owners[0].end, owners[0].end + 80)[:8]
    comma = next((k for k, t in enumerate(rest) if t.text == ","), None)
    if not comma or not all(t.text.islower() for t in rest[:comma]) or comma + 1 >= len(rest):
        return None
    start = rest[comma + 1].start
    named = [m for m in doc.mentions_in(start, rest[-1].end) if m.start == start]
    if not named or named[0].kind != "person" or not is_first_name(named[0].name.split()[0]):
        return None
    after = doc.tokens_in(named[0].end, named[0].end + 5)[:1]
    return name_of(doc, named[0]) if after and after[0].text == "," else None


def _body_apposition(doc: Document, toks: list[Token]) -> str | None:
    """`The association that speaks for the growers, the Orchard Federation, filed …`: a definite noun
    phrase of a body, then the body's name set off by commas before the verb, is the subject (an appositive
    noun phrase names what the noun phrase before it describes)."""
    lang = doc.lang
    if lang.capitalised_nouns or not toks or toks[0].low not in lang.definite_articles:
        return None
    comma = next((k for k, t in enumerate(toks[:10]) if t.text == ","), None)
    if comma is None or comma < 2 or comma + 2 >= len(toks):
        return None
    words = [t for t in toks[1:comma] if t.text not in ("'", "’")]
    if not all(t.text.isalpha() and t.text.islower() for t in words):
        return None
    # the head noun, before its complement or clause, is a body's (not `The report by the union`)
    head = next((i for i, t in enumerate(words) if t.low in lang.phrase_breaks | lang.relatives), len(words))
    if not head or words[head - 1].low not in lang.generic_bodies | lang.org_words:
        return None
    k = comma + 1 + (toks[comma + 1].low in lang.definite_articles)
    named = [m for m in doc.mentions_in(toks[k].start, toks[-1].end) if m.start == toks[k].start]
    if not named or named[0].kind != "org" or named[0].possessive:
        return None
    after = doc.tokens_in(named[0].end, named[0].end + 40)[:2]
    if len(after) < 2 or after[0].text != "," or not after[1].text.islower():
        return None
    if after[1].low in lang.conjunctions:
        return None  # `The union, the Federation, and the council signed …`: a list, not an apposition
    return name_of(doc, named[0])


def _past_opening_verb(doc: Document, found: list[Mention], toks: list[Token]) -> list[Mention]:
    """`Interviene anche l'assessora Valeria Greco: «…»`, `Rincara la dose il capogruppo X:`: where the
    subject may follow its verb, a capitalised word opening the sentence that names no one else in the
    text, before a person named with a first name, is the verb: the person is the subject."""
    if not doc.lang.pro_drop or len(found) < 2 or not toks or found[0].start != toks[0].start:
        return found
    first = found[0]
    if " " in first.name or is_first_name(first.name) or doc.canonical(first.name) != first.name:
        return found
    if doc.masked.count(first.name) > 1 or doc.tokens_in(first.end, found[1].start)[:1] == []:
        return found
    between = doc.tokens_in(first.end, found[1].start)
    if not between[0].text[:1].islower() or any(t.text in ",;:" for t in between):
        return found
    person = found[1].kind == "person" and is_first_name(found[1].name.split()[0])
    return found[1:] if person else found


def _elided_role_subject(doc: Document, toks: list[Token]) -> str | None:
    """`L'allenatore ha preferito …`, `Sul tema l'allenatore ha …`: a role noun with an elided article as
    the subject (before a verb, after at most a short phrase of a preposition): whom it names again ("" for
    someone unnamed); None when the sentence opens otherwise."""
    lang = doc.lang
    if not lang.epithets:
        return None
    for k, t in enumerate(toks[:4]):
        if not (ELIDED.fullmatch(t.low) and t.low[:1] == "l" and t.text[2:3].islower()):
            continue
        if k and (toks[0].low not in lang.adverbial_starters or any(not x.text.isalpha() for x in toks[:k])):
            return None
        after = toks[k + 1] if k + 1 < len(toks) else None
        verb = after is not None and (
            after.low in lang.finite_verbs or after.low in lang.auxiliaries or after.low in doc.g.cues
        )
        if not verb:
            return None
        if unnamed_epithet(doc, [t]):
            return ""
        return described_name(doc, [t]) or epithet(doc, [t]) or None
    return None


def kin_named(doc: Document, toks: list[Token]) -> str | None:
    """`Her grandmother laughed.` after `Ellen Ray's granddaughter, Nora, …`: a possessive and a kin noun
    name the relative the text gave before, as `Nora's grandmother, Ellen Ray` or as `Ellen Ray's
    granddaughter, Nora` (the converse)."""
    lang = doc.lang
    if len(toks) < 2 or toks[0].low not in lang.possessive_pronouns or toks[1].low not in lang.kin_converse:
        return None
    owner = doc.resolve_pronoun(toks[0].start, lang.possessive_pronouns[toks[0].low])
    if owner is None:
        return None
    kin = toks[1].low
    for m in reversed(doc.mentions_in(0, toks[0].start)):
        if m.kind not in {"person", "unknown"} or not m.possessive:
            continue
        noun = doc.tokens_in(m.end, m.end + 30)[:1]
        if not noun or noun[0].low not in lang.kin_converse:
            continue
        named = [n for n in doc.mentions_in(noun[0].end, noun[0].end + 4) if n.kind in {"person", "unknown"}]
        if not named:
            continue
        holder, relative = name_of(doc, m), name_of(doc, named[0])
        if holder == owner and noun[0].low == kin:
            return relative  # `Nora's grandmother, Ellen Ray`
        if relative == owner and kin in lang.kin_converse[noun[0].low]:
            return holder  # `Ellen Ray's granddaughter, Nora`
    return None


def words_owner(doc: Document, toks: list[Token]) -> str | None:
    """`Hollerbachs Antwort kam prompt: „…“`, `Ihr Fazit: „…“`: a noun for someone's words opening the
    clause, with whose they are before it: a person's name in the genitive (German `-s`) or a
    possessive pronoun. The person speaks."""
    lang = doc.lang
    k = 1
    while k < min(len(toks), 3) and toks[k].text.isalpha() and toks[k].text.islower():
        k += 1  # `Seine klare Ansage: „…“`: adjectives before the noun
    if len(toks) <= k or toks[k].low not in lang.word_nouns or not lang.capitalised_nouns:
        return None
    first = toks[0]
    if first.low in lang.according_pronouns:
        return doc.resolve_pronoun(first.start, lang.according_pronouns[first.low] or None)
    if first.cap and first.text.endswith("s") and len(first.text) > 3:
        name = doc.canonical(first.text[:-1])
        if doc.is_person(name):
            return name
    return None


_OPENING_WORDS = 5  # an article and a body's name of up to four capitalised words opening a sentence
_OPENING_MARKS = frozenset("«„“\"‘‹‚›")


# A news site named by its address, the outlet a body spoke to: "E1.RU", "NGS.ru", "Фонтанка.ру"; the
# domains of other scripts are every language's `site_domains` (a text may name a site of any language).
_SITE = re.compile(
    r"\w\.(?:[a-z]{2,4}|[A-Z]{2,4}|"
    + "|".join(f"{d}|{d.upper()}" for d in sorted(merged().site_domains, key=lambda d: (-len(d), d)))
    + ")$"
)


def words_from(doc: Document, toks: list[Token], i: int) -> list[str]:
    """Up to 12 words from `toks[i]`, to the first mark, name in quotation marks ("«КП»", "“Ъ”") or
    site's address ("E1.RU", "Фонтанка.ру"), which is another phrase (an outlet told, a title)."""
    out: list[str] = []
    for t in toks[i : i + 12]:
        number = bool(out) and (t.text == "№" or (out[-1] == "№" and t.text.isdigit()))  # "школе № 14"
        quoted = bool(out) and doc.text[t.start - 1 : t.start] in _OPENING_MARKS
        if not (t.text[:1].isalpha() or number) or quoted or (out and _SITE.search(t.text)):
            break
        out.append(t.text)
    return out


def body_in(doc: Document, toks: list[Token], within: int, resolve: bool = True) -> str | None:
    """A body named after a preposition among the first `within` tokens (`в ведомстве`, `у Вінницькій
    міській раді`), the speaker of an impersonal plural verb, in the nominative."""
    for i, t in enumerate(toks[:within]):
        if t.low in doc.lang.body_prepositions:
            found = body_at(doc, toks, i + 1, "loct", t.start, resolve)
            if found:
                return found
    return None


def body_at(
    doc: Document, toks: list[Token], i: int, case: str, pos: int, resolve: bool = True
) -> str | None:
    """The body named from `toks[i]` in `case` (after a preposition: `в ведомстве`; after the noun of a
    document: `в сообщении пресс-службы МУП «Водоканал»`), in the nominative: its name in quotation marks
    after the noun of its kind, the body for its press office. `resolve`: a noun of a kind of body stands
    for the one named before (before `pos`)."""
    code = doc.lang.morphology or ""
    heads = doc.lang.org_words | doc.lang.generic_bodies
    phrase = morph.body_phrase(code, words_from(doc, toks, i), case, heads)
    last = phrase[-1] if phrase else ""
    kind = last.isupper() or morph.lemma_of(code, last.lower()) in heads  # "МУП", "компании"
    office = len(phrase) >= 2 and morph.lemma_of(code, phrase[0].lower()) in doc.lang.press_offices
    named = kind and (len(phrase) == 1 or (office and len(phrase) == 2))
    quoted = quoted_name(doc, toks, i + len(phrase)) if named else None
    name = quoted.split(maxsplit=1)[-1].split()[0].strip("«»\"“”„") if quoted else ""  # after "МУП"
    if quoted and morph.may_be_nominative(code, name):
        return quoted  # "в МУП «Водоканал»", "в пресс-службе компании «Омские тепловые сети»"
    body = morph.body_phrase(code, phrase[1:], "gent", heads) if office else []
    kind = kind_and_name(doc, toks, i + 1, body) if office else kind_and_name(doc, toks, i, phrase)
    if kind:
        return kind  # "в пресс-службе хоккейного клуба «Кедровка»", "в хоккейном клубе «Кедровка»"
    if body and any(w[:1].isupper() for w in body):
        phrase = body  # "в пресс-службе ГУ МВД по Тверской области": the body speaks
    elif body and not resolve:  # "в пресс-службе авиакомпании": the company named before this
        return body_named(doc, phrase, doc.sentence_of(pos)[0])
    if phrase and resolve:
        return body_named(doc, phrase, pos)
    bodily = any(w[:1].isupper() or morph.lemma_of(code, w.lower()) in heads for w in phrase)
    if bodily and (len(phrase) > 1 or phrase[0][:1].isupper()):
        return " ".join(phrase)  # a body, not the time or place of the act ("в начале марта")
    return None


def body_named(doc: Document, phrase: list[str], pos: int) -> str:
    """A body's name; a word that stands for the body last named (`ведомство`) is that body, and a
    bare common noun (`прокуратура`) takes the fuller name given earlier (`Прокуратура Пермского края`)."""
    code = doc.lang.morphology or ""
    office = len(phrase) > 1 and morph.lemma_of(code, phrase[0]) in doc.lang.press_offices
    if office and all(w.islower() for w in phrase[1:]):  # "в пресс-службе администрации": the body
        body = body_named(doc, phrase[1:2], pos)
        if body != phrase[1]:
            return body
    if len(phrase) == 1 and phrase[0][:1].islower():
        lemma = morph.lemma_of(code, phrase[0])
        # "в пресс-службе главка": the "управление" named (a reading of the word, not the likeliest: "главка")
        lemma = next((
            doc.lang.body_heads[p.normal_form] for p in morph.parses(code, phrase[0])
            if p.normal_form in doc.lang.body_heads
        ), lemma)
        if " " in lemma:  # "у міськраді": the one "міська рада" named in full ("Харківська міська рада")
            return _written_fuller(doc, lemma.split(), pos) or phrase[0]
        if lemma not in doc.lang.generic_bodies:
            before = doc.tokens_in(max(0, pos - 3000), pos)
            named = [_named_with(doc, t) for t in before if morph.lemma_of(code, t.low) == lemma]
            fuller = [n for n in named if len(n) > 1]
            if fuller:  # the fullest name given: "Українська зернова асоціація", not "асоціація"
                return " ".join(max(fuller, key=lambda n: (n[0][:1].isupper(), len(n))))
        return _last_body(doc, pos) or phrase[0]
    if len(phrase) == 1 and phrase[0].isupper():
        return _acronym_of(doc, phrase[0], pos) or phrase[0]
    if len(phrase) == 1 and not phrase[0].isupper():
        lemma = morph.lemma_of(code, phrase[0])
        before = doc.tokens_in(max(0, pos - 3000), pos)
        same = [t for t in before if t.text[:1].isupper() and morph.lemma_of(code, t.low) == lemma]
        named = [_named_with(doc, t) for t in same]
        fuller = [n for n in named if len(n) > 1]  # "в Раді" → "Рада бізнес-омбудсмена" named before
        return " ".join(max(fuller, key=len)) if fuller else _expanded(doc, phrase[0], pos) or phrase[0]
    if all(w.islower() for w in phrase) and morph.lemma_of(code, phrase[-1]) in doc.lang.generic_bodies:
        return _last_body(doc, pos) or " ".join(phrase)  # "в надзорном ведомстве": the body last named
    if all(w.islower() for w in phrase):  # "обласної ради" after "Вінницькій обласній раді": that name
        return _written_fuller(doc, phrase, pos) or " ".join(phrase)
    if phrase[0][:1].isupper() and all(w.islower() for w in phrase[1:]):
        # "в ухвалі Апеляційної палати" after "Апеляційна палата Вищого антикорупційного суду": a name
        # given in full once is then written short, its head alone
        return _written_fuller(doc, [phrase[0].lower(), *phrase[1:]], pos) or " ".join(phrase)
    return " ".join(phrase)


def _written_fuller(doc: Document, phrase: list[str], pos: int) -> str | None:
    """The fuller name given before `pos` that holds a body's name written short in lower case, word for
    word ("обласна рада" of "Вінницька обласна рада", "комитет по транспорту" of "Комитет по транспорту
    Перми"), capitalised: the body's own name, not a kind that several bodies share. Only when it is the
    one name given that holds it ("министерство финансов России и министерство финансов Татарстана": which
    one?), and no place named after it ("В отличие от Тверской городской думы, в Рязани …") points to
    another body of that kind."""
    code = doc.lang.morphology or ""
    heads = doc.lang.org_words | doc.lang.generic_bodies
    head = next((w for w in phrase if w in heads or morph.lemma_of(code, w) in heads), "")
    if not head:
        return None
    lemma = morph.lemma_of(code, head)
    short = " ".join(phrase)
    holding: dict[str, Token] = {}
    for t in reversed(doc.tokens_in(max(0, pos - 3000), pos)):
        if morph.lemma_of(code, t.low) != lemma:
            continue
        name = " ".join(_named_with(doc, t))
        if len(name.split()) > len(phrase) and f" {short} " in f" {name.lower()} ":
            holding.setdefault(name.lower(), t)
    if len(holding) != 1:
        return None
    tok = next(iter(holding.values()))
    name = " ".join(_named_with(doc, tok))
    if not name[:1].isupper() or _place_after(doc, tok, pos, name.lower().split()):
        return None
    return name


def _place_after(doc: Document, tok: Token, pos: int, name: list[str]) -> bool:
    """Whether a place is named after `tok` and before `pos` ("в Рязани", "у Полтаві") that is not the one
    the body's name says ("Тверская городская дума" … "в Твери"): the words share no stem."""
    after = doc.tokens_in(tok.end, pos)
    return any(
        prev.low in doc.lang.body_prepositions
        and t.text[:1].isupper()
        and not any(w[:4] == t.low[:4] for w in name)
        for prev, t in itertools.pairwise(after)
    )


def _acronym_of(doc: Document, acronym: str, pos: int) -> str | None:
    """The body's name given earlier whose initials an abbreviation is ("ПФУ" → "Пенсійний фонд
    України", "МВД" → "Министерство внутренних дел"), in the nominative. Written in lower case after a
    preposition (`в территориальной избирательной комиссии Ленинского района` then `ТИК`), each of its
    words opens with a letter of the abbreviation, and a capitalised adjective before it that says whose
    it is (`у Львівській обласній державній адміністрації` then `ОДА`) belongs to it."""
    code = doc.lang.morphology or ""
    heads = doc.lang.org_words | doc.lang.generic_bodies
    for t in reversed(doc.tokens_in(max(0, pos - 3000), pos)):
        lower = t.text[:1] == acronym[:1].lower()
        if (t.text[:1] == acronym[:1] or lower) and not t.text.isupper():
            i = doc.token_index(t)
            words = morph.body_phrase(code, words_from(doc, doc.tokens, i), None, heads)
            if len(words) < (len(acronym) if lower else 2) or not initials_fit(acronym, " ".join(words)):
                continue
            if not lower:
                return " ".join(words)
            if not any(morph.lemma_of(code, w.lower()) in heads for w in words):
                continue  # "в тесном и крохотном кабинете": no body's noun heads it
            before = doc.tokens[i - 1] if i > 0 else None
            following = [x.text for x in doc.tokens[i : i + 4]]
            if before is not None and before.cap and morph.modifies_phrase(code, before.low, following):
                words = morph.body_phrase(code, words_from(doc, doc.tokens, i - 1), None, heads) or words
            while words[-1].isupper() and len(words[-1]) > 1:
                words.pop()  # "… Ленинского района ТАСС сообщили": an outlet told after the name
            return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])
    return None


def _expanded(doc: Document, short: str, pos: int) -> str | None:
    """The name given earlier that a compound short name stands for: "Мінфін" → "Міністерство
    фінансів", "Минздрав" → "министерство здравоохранения Самарской области"."""
    code = doc.lang.morphology or ""
    low = short.lower().replace("'", "").replace("’", "")  # "Мін'юст"
    for t in reversed(doc.tokens_in(max(0, pos - 3000), pos)):
        if t.low[:3] == low[:3] and t.low != low:
            i = doc.token_index(t)
            words = morph.body_phrase(code, words_from(doc, doc.tokens, i), None)
            if len(words) > 1 and _abbreviates(low, [w.lower() for w in words]):
                return " ".join(words)
    return None


def _abbreviates(short: str, words: list[str], used: int = 0) -> bool:
    """Whether `short` is the beginnings of `words` in order, two or more of them ("мінфін": "мін" of
    "міністерство", "фін" of "фінансів")."""
    if not short:
        return used >= 2
    if used >= len(words):
        return False
    word = words[used]
    return any(
        _abbreviates(short[n:], words, used + 1) for n in range(min(len(word), len(short)), 1, -1)
        if word[:n] == short[:n]
    )


def _named_with(doc: Document, tok: Token) -> list[str]:
    """The body's name around its head noun `tok`, in the nominative: the adjectives before it, up to
    the capital that opens the name ("Российский союз туроператоров"), and its genitive complement, or
    its name in quotation marks right after it (`kind_and_name`: "Футбольний клуб «Карпати»")."""
    code = doc.lang.morphology or ""
    i = doc.token_index(tok)
    start = i
    while start > 0 and not doc.tokens[start].text[:1].isupper():
        prev = doc.tokens[start - 1]
        if not prev.text[:1].isalpha() or not morph.modifies(code, prev.text, tok.low):
            break
        start -= 1
    heads = doc.lang.org_words | doc.lang.generic_bodies
    if start < i and not doc.tokens[start].text[:1].isupper():
        # adjectives that describe it ("новая служба"), not a name; but a body named with whose it is
        # takes the lower-case adjectives of its kind ("жилищный комитет мэрии"), not one named with what
        # it does ("новый комитет по делам молодежи")
        bare = morph.body_phrase(code, words_from(doc, doc.tokens, i), None, heads)
        whose = len(bare) > 1 and bare[1].lower() not in doc.lang.phrase_breaks
        start = start if whose else i
    phrase = morph.body_phrase(code, words_from(doc, doc.tokens, start), None, heads)
    named = kind_and_name(doc, doc.tokens, start, phrase)
    return named.split() if named else phrase


def _last_body(doc: Document, pos: int) -> str | None:
    """The body last spoken of before `pos`: `в X сообщили`, or else the organisation last named."""
    code = doc.lang.morphology or ""
    i = bisect.bisect_right(doc._sentence_starts, pos) - 1
    for j in range(i, max(-1, i - 4), -1):
        a, b = doc.sentences[j]
        toks = doc.tokens_in(a, min(b, pos))
        if j == i:  # "«…», — сообщили ТАСС в ведомстве": not the outlet told after the verb
            verbs = [k for k, t in enumerate(toks) if morph.is_plural_verb(code, t.low)]
            toks = toks[: verbs[-1]] if verbs else toks
            pos = min(pos, toks[-1].end if toks else a)
        subject = _subject_body_of(doc, toks)
        if subject:
            return subject
        for k, t in enumerate(toks):
            if morph.is_plural_verb(code, t.low):
                body = body_in(doc, toks[k + 1 :], 3, False) or body_in(doc, toks[:k], 1, False)
                if body:
                    return body
        heads = doc.lang.org_words | doc.lang.generic_bodies
        kinds = [k for k, t in enumerate(toks) if morph.lemma_of(code, t.low) in heads and t.text.islower()]
        named = [n for n in (quoted_name(doc, toks, k + 1) for k in kinds) if n]
        if named:
            return named[-1]  # "Застройщик — компания «Уралстройинвест» — ссылается …": the company
        # "пожаловались в инспекцию государственного жилищного надзора области": a body named in lower case
        spelt = [_named_with(doc, toks[k]) for k in kinds]  # with the capitalised adjectives before
        spelt = [p for p in spelt if len(p) > 2]
        if spelt:
            return " ".join(spelt[-1])
        orgs = [m for m in doc.mentions_in(a, min(b, pos)) if m.kind == "org" and m.end <= pos]
        if orgs:
            org = orgs[-1].name
            fuller = morph.body_phrase(code, words_from(doc, doc.tokens_in(orgs[-1].start, b), 0), None)
            named = len(fuller) > len(org.split()) and fuller[0].lower() == org.split()[0].lower()
            return " ".join(fuller) if named else org  # "Рада бізнес-омбудсмена"
    return None


def _subject_body_of(doc: Document, toks: list[Token]) -> str | None:
    """A body that opens a sentence as its subject, by its name with lower-case words ("Федеральная
    антимонопольная служба возбудила …", "Національний банк України залишив …") or in quotation marks
    ("«Нова пошта» запускає …"); two bodies joined by "и"/"і"/"та" before a plural verb are the subject
    together ("Федерація роботодавців та Федерація профспілок оприлюднили …": a compound subject takes
    the verb in the plural, Русская грамматика 1980 §2237-2240 on agreement with a coordinated
    subject), and a statement of theirs is both's."""
    code = doc.lang.morphology or ""
    joined = [k for k, t in enumerate(toks[:10]) if k > 1 and t.low in morph.AND]
    verb = next((t for t in toks[1:16] if t.text.islower() and morph.is_verb(code, t.low)), None)
    plural = verb is not None and morph.is_plural_verb(code, verb.low)
    if joined and plural and verb.start > toks[joined[0]].start:
        k = joined[0]
        first, second = _one_subject_body(doc, toks[:k]), _one_subject_body(doc, toks[k + 1 :])
        ends = first is not None and second is not None and not doc.tokens_in(toks[k - 1].end, toks[k].start)
        if ends and toks[k + 1].text[:1].isupper() and len(first.split()) > 1 and len(second.split()) > 1:
            return f"{first} {toks[k].text} {second}"
    return _one_subject_body(doc, toks)


def _one_subject_body(doc: Document, toks: list[Token]) -> str | None:
    """`_subject_body_of`, one body."""
    code = doc.lang.morphology or ""
    if not toks or not toks[0].text[:1].isupper():
        return None
    first = toks[0]
    for a, b in doc.title_spans:
        after = until_break(doc.tokens_in(b + 1, b + 60))[:5]
        verb = next((t for t in after if morph.is_verb(code, t.low)), None)
        if a == first.start and verb is not None and not doc.mentions_in(b, verb.start):
            # "«Нова пошта» запускає", "«Аэрофлот» с 15 декабря сократит": the body a quoted name stands for
            return doc.text[a:b]
    named = doc.mention_ending(first)
    if named is not None and named.kind == "person":
        return None
    phrase = morph.body_phrase(code, words_from(doc, toks, 0), "nomn")
    bodies = doc.lang.org_words | doc.lang.generic_bodies
    kind = len(phrase) == 1 and morph.lemma_of(code, phrase[0]) in bodies | {phrase[0].lower()}
    quoted = quoted_name(doc, toks, 1)
    if quoted and kind:
        return quoted  # "Компания «Северный ветер» опровергла …"
    brand = []
    for t in toks[1:5] if morph.lemma_of(code, toks[0].low) in bodies else []:
        if not (t.text[:1].isupper() or t.text[:1].isdigit()) or not all(ch < "\u0400" for ch in t.text):
            break
        brand.append(t)
    if brand:  # "Компания X5 Group сообщила …": a name in another script
        return doc.text[brand[0].start : brand[-1].end]
    if len(phrase) > 1 and any(morph.lemma_of(code, w) in bodies for w in phrase):
        return kind_and_name(doc, toks, 0, phrase) or " ".join(phrase)  # "Национальная компания «…»"
    opening = [m for m in doc.mentions_in(first.start, toks[-1].end) if m.start == first.start]
    if opening and opening[0].kind == "org":
        nxt = doc.tokens_in(opening[0].end, opening[0].end + 40)[:1]
        if nxt and morph.is_verb(code, nxt[0].low):
            return name_of(doc, opening[0])  # "ДСНС закликала водіїв …": a body's name, then its verb
    return None


def kind_and_name(doc: Document, toks: list[Token], i: int, phrase: list[str]) -> str | None:
    """Russian and Ukrainian write a body's name in quotation marks after the noun of its kind, and where
    adjectives go with that noun they are part of the full name: `хоккейного клуба «Кедровка»` →
    "Хоккейный клуб «Кедровка»". `phrase`: the nominative of the words from `toks[i]` (an adjective or more
    and the noun), which must reach the quotation mark; None when no name in quotation marks follows them."""
    words = words_from(doc, toks, i)
    # the first word capitalised where the text writes the full name so (`Футбольного клубу «Карпати»`)
    lower = all(w.islower() for w in [phrase[0][1:], *phrase[1:]]) if phrase else False
    if len(phrase) < 2 or len(words) != len(phrase) or not lower:
        return None
    code = doc.lang.morphology or ""
    if not all(morph.modifies(code, w, words[-1].lower()) for w in words[:-1]):
        return None  # `в комитете архитектуры мэрии «Клопс»`: a complement, then an outlet told
    after = i + len(words)
    quoted = quoted_name(doc, toks, after)
    if not quoted or not morph.may_be_nominative(code, quoted.split()[0]):
        return None
    end = toks[after].start + len(quoted) + 1
    name = doc.text[toks[after].start - 1 : end]  # with its marks
    town = doc.tokens_in(end, end + 40)[:1]
    if town and doc.text[end : town[0].start] == " " and morph.lemma_of(code, phrase[-1].lower()) == "клуб":
        # sports clubs of one name are told apart by their town, left in the nominative whatever the case
        # around it: `клуба «Динамо» Москва`, `клубу «Динамо» Київ`
        name += f" {town[0].text}" if morph.town_in_nominative(code, town[0].text) else ""
    return f"{phrase[0].capitalize()} {' '.join(phrase[1:])} {name}"


def quoted_name(doc: Document, toks: list[Token], i: int) -> str | None:
    """The name in quotation marks that opens at `toks[i]` ("компании «Водоканал»" → "Водоканал"); after
    an abbreviation of the body's legal form, with it and the marks as written ("ГУП «ТЭК СПб»")."""
    if i >= len(toks):
        return None
    for a, b in doc.title_spans:
        if a == toks[i].start:
            form = toks[i - 1] if i else None
            if form is not None and form.text.isupper() and len(form.text) > 1 and form.end < a:
                return doc.text[form.start : b + 1]
            return doc.text[a:b]
    return None


def _points_back(doc: Document, toks: list[Token]) -> bool:
    """`Darin heißt es:`, `heißt es darin`: the statement is the document the sentence before named;
    not when the clause names its own (`heißt es dort in einer Mitteilung der Stadt`: the town's, `dort`
    a place): a document named wins over one pointed back at."""
    before = doc.tokens_in(max(0, toks[0].start - 12), toks[0].start)[-1:]
    near = before + toks[:3]
    # ru/uk point back with a pronoun after "в"/"у" ("В нём говорится", "У ньому йдеться"), not "о нём"
    placed = doc.lang.morphology is None or any(
        a.low in doc.lang.body_prepositions for a, t in itertools.pairwise(near)
        if t.low in doc.lang.document_pointers
    )
    if not placed or not any(t.low in doc.lang.document_pointers for t in near):
        return False
    return not any(t.low in doc.lang.issuers or _document_noun(doc, t.low) for t in until_break(toks[1:12]))


def _document_noun(doc: Document, low: str) -> bool:
    """Whether a word names a statement (`Mitteilung`), or in a language that capitalises its nouns a
    compound of one (`Lagebericht`)."""
    compound = doc.lang.capitalised_nouns and low.endswith(tuple(doc.lang.statement_nouns))
    return low in doc.lang.statement_nouns or compound


def _document_writer(doc: Document, pos: int) -> str | None:
    """Who wrote the document the sentence before `pos` named: the name opening that sentence's main
    clause (`Der Stadtrat würdigte X in einer Mitteilung.`: the council, not X), else its subject."""
    lo, _ = doc.sentence_of(pos)
    if not lo:
        return None
    a, b = doc.sentence_before(lo)
    if _document_of_others(doc, doc.tokens_in(a, b)):
        return None
    reporter = _reporting_clause_subject(doc, doc.tokens_in(a, b))
    if reporter:
        return reporter
    a = doc.main_clause_start(a, b)
    opening = doc.tokens_in(a, b)[:3]
    names = [m for m in doc.mentions_in(a, b) if opening and m.start <= opening[-1].start]
    if names and names[0].kind != "place":
        return name_of(doc, names[0])
    return _opening_body(doc, opening) or sentence_subject(doc, a, b)


def _reporting_clause_subject(doc: Document, toks: list[Token]) -> str | None:
    """German: `Der Raps schade den Bienen, teilte der Verband mit.`: reported words, then after a comma a
    reporting clause whose verb comes first and its subject after it (the parenthetical reporting clause
    of indirect speech, Duden Grammatik on Redeeinleitung): the statement is that subject's, not the
    reported clause's subject. A body named there by its noun is the one named in full before."""
    lang = doc.lang
    if not lang.capitalised_nouns:
        return None
    comma = max((k for k, t in enumerate(toks) if t.text == ","), default=-1)
    tail = toks[comma + 1 :] if comma > 0 else []
    if len(tail) < 3 or not tail[0].text.islower() or tail[0].low not in doc.g.speech:
        return None
    article, noun = tail[1], tail[2]
    head = noun if article.low in lang.articles else article  # `erklärte die Stadtverwaltung Wörpen`
    bodies = lang.org_words | lang.generic_bodies
    named = doc.mentions_in(head.start, tail[-1].end)
    own = bool(named) and named[0].start == head.start and named[0].name.lower() not in bodies
    if own and named[0].kind != "place":
        return name_of(doc, named[0])  # a name, not a body's noun alone (`der Verband`)
    if article.low not in lang.definite_articles or noun.low not in bodies:
        return None
    fuller = _fuller_body(doc, noun.low, article.start)
    return fuller or _named_again(doc, article.start, noun.low) or noun.text


def _document_of_others(doc: Document, toks: list[Token]) -> bool:
    """ru/uk: the document is named with its writers in the genitive (`зачитал письмо избирателей`,
    `передав звернення батьків`): theirs, not the subject's, who only reads or hands it on."""
    code = doc.lang.morphology
    if not code:
        return False
    for t, nxt in itertools.pairwise(toks):
        if morph.lemma_of(code, t.low) not in doc.lang.statement_nouns or nxt.cap or not nxt.text.isalpha():
            continue
        preposition = nxt.low in doc.lang.phrase_breaks  # "лист до федерації": no writers named
        if not preposition and morph.is_noun(code, nxt.low) and morph.is_genitive(code, nxt.low):
            return True
    return False


def _opening_body(doc: Document, opening: list[Token]) -> str | None:
    """German: a sentence opening with a definite article and capitalised words one of which ends in a
    body's noun (`Der Elternbeirat hat …`, `Der Kreiselternrat Fulda verlangte …`, `Der Zürcher Stadtrat
    würdigte …`): that body, by those words."""
    head = list(itertools.takewhile(lambda t: t.cap, opening[1:]))
    bodies = doc.lang.org_words | doc.lang.generic_bodies
    body = any(t.low.endswith(tuple(bodies)) for t in head)
    if body and opening[0].low in doc.lang.definite_articles:
        return doc.text[head[0].start : head[-1].end]
    return None


def statement_source(doc: Document, toks: list[Token]) -> str | None:
    """`говорится в сообщении прокуратуры`, `йдеться у заяві установи`, `hieß es aus dem Ministerium`,
    `heißt es in einer Mitteilung der Stadt`: whose statement it is."""
    code = doc.lang.morphology or ""
    if toks and _points_back(doc, toks):
        writer = _document_writer(doc, toks[0].start)
        if writer is None:
            doc.unnamed.add(toks[0].start)  # "Родители написали обращение. В нём говорится: …": nobody named
        return writer
    if not code:
        found = until_break(toks[1:12])
        for k, t in enumerate(found):
            if t.low in doc.lang.generic_bodies and not t.cap and k + 2 < len(found):
                # `le communiqué de la préfecture du Finistère`: a body named by its noun and its place
                link, named = found[k + 1], doc.mention_ending(found[k + 2])
                linked = link.low in doc.lang.name_connectors
                if linked and named is not None and named.start == found[k + 2].start:
                    return doc.text[t.start : named.end]
            elided = ELIDED.fullmatch(t.low)  # `dans l'arrêt`
            document = elided.group(1) if elided else t.low
            if document in doc.lang.issuers:  # `Im Urteil heißt es:`; `nella sentenza della Corte d'appello`
                return issuing_body(doc, doc.lang.issuers[document], found[-1].end)
            if _document_noun(doc, t.low) or not t.cap:
                continue  # `im aktuellen Lagebericht des Dienstes`: a compound of a statement noun is one too
            if doc.lang.capitalised_nouns and t.low.endswith(tuple(doc.lang.source_nouns)):
                doc.unnamed.add(t.start)  # (no guess from the sentences around either)
                return None  # `hieß es aus Regierungskreisen`: sources the press does not name
            noun = (_genitive_body(doc, t.text) or t.text).lower()
            own = [m for m in doc.mentions_in(t.start, t.end) if m.start == t.start and " " in m.name]
            if own and own[0].kind != "person":
                return name_of(doc, own[0])  # `firmata dalla Procura di Roma`, `der Deutschen Bahn`
            if noun in doc.lang.org_words or noun in doc.lang.generic_bodies:
                fuller = _fuller_body(doc, noun, t.start)  # `der Gewerkschaft` → "Gewerkschaft Verdi"
                generic = noun in doc.lang.generic_bodies  # `einer Mitteilung des Unternehmens`
                return fuller or (_named_again(doc, t.start, noun) if generic else None) or t.text
            genitive = doc.lang.capitalised_nouns and k > 0 and found[k - 1].low in {"des", "eines"}
            fuller = _genitive_fuller_body(doc, t.text, t.start) if genitive else None
            if fuller:
                return fuller  # `des Lawinenwarndienstes` after `der Lawinenwarndienst Tirol`: its full name
            m = doc.mention_ending(t)
            owner = _writer(doc, m) if m is not None else None
            if owner:
                return owner  # `heißt es in einem Brief Lindners`: the writer, named in the genitive
            headed = _body_by_head(doc, t) if m is None and doc.lang.capitalised_nouns else None
            if headed:
                return headed  # `hieß es von der Bahn` after `Die Deutsche Bahn hat …`: its head noun
            if m is not None and m.kind != "place" and m.start >= toks[0].end:
                return m.name
        # `La Regione ha stanziato … «…», si legge in una nota`
        lo, _ = doc.sentence_of(toks[0].start)
        before = doc.tokens_in(*doc.sentence_before(lo)) if lo else []
        return _reporting_clause_subject(doc, before) or _subject_body(doc, toks[0].start, alone=True)
    for i, t in enumerate(toks[:-1]):
        noun = morph.lemma_of(code, toks[i + 1].low.split("-")[-1])  # "Telegram-канале" → "канал"
        document = noun in doc.lang.statement_nouns or noun in doc.lang.issuers
        if t.low in doc.lang.body_prepositions and document:
            # `в заявлении губернатора Андрея Волкова`, `у телеграм-каналі Ірини Бойко`: a person's own words
            after = until_break(toks[i + 2 : i + 8])
            people = doc.mentions_in(after[0].start, after[-1].end) if after else []
            near = bool(people) and people[0].start <= after[min(1, len(after) - 1)].start
            if near and people[0].kind == "person":
                return name_of(doc, people[0])
            found = body_at(doc, toks, i + 2, "gent", t.start)  # `в сообщении пресс-службы МУП «Водоканал»`
            return found or _issuer(doc, doc.lang.issuers.get(noun, ()), t.start) or _last_body(doc, t.start)
    return None


def _named_again(doc: Document, pos: int, noun: str) -> str | None:
    """`Der Kreiselternrat Fulda verlangte … „…“, heißt es in einer Stellungnahme des Gremiums.`: the body
    that opens the sentence before `pos` by its noun, else the one last named. Not for a noun of a kind
    the press writes before a body's name (`der Autobauer VW`, `des Unternehmens`): that body has a name of
    its own, found as a mention; nor when a person opens that sentence (`Der Landrat Jan Ott kritisierte
    das.`: a -rat is a councillor too)."""
    lo, _ = doc.sentence_of(pos)
    a, b = doc.sentence_before(lo)
    a = doc.main_clause_start(a, b)
    opening = doc.tokens_in(a, b)[: _OPENING_WORDS]
    people = doc.mentions_in(a, opening[-1].end) if opening else []
    person = any(m.kind == "person" and " " in m.name for m in people)  # not `Fulda`, a town read as a name
    named = doc.lang.capitalised_nouns and noun not in doc.lang.body_kinds and not person
    body = _opening_body(doc, opening) if named else None
    return body or last_body_named(doc, pos)


def _writer(doc: Document, m: Mention) -> str | None:
    """German: a document's noun, then a person named in the genitive (`Brief Lindners`, one capitalised
    run): the person, by the name given before."""
    first, _, rest = m.name.partition(" ")
    if not doc.lang.capitalised_nouns or first.lower() not in doc.lang.statement_nouns or " " in rest:
        return None
    name = doc.canonical(rest[:-1]) if rest.endswith("s") else None
    return name if name and doc.is_person(name) else None


def issuing_body(doc: Document, kinds: tuple[str, ...], pos: int) -> str | None:
    """A language without a morphological dictionary: the body last named before `pos` by a noun of the
    `kinds` of body that issue the document, in its name (`la Corte d'appello di Milano` for "corte";
    where nouns are capitalised a word ending in one: `das Landgericht Passau` for "gericht") or written
    in sentence case, the noun and what follows it (`le tribunal correctionnel de Nantes`); a noun alone
    (`le tribunal a rejeté`) names the body named before it. None when the text names none."""
    compounds = doc.lang.capitalised_nouns
    for t in reversed(doc.tokens_in(max(0, pos - 3000), pos)):
        if not (t.low in kinds or (compounds and t.low.endswith(kinds))):
            continue
        m = doc.mention_ending(t)
        if m is not None and m.kind != "person" and m.start <= t.start:
            return name_of(doc, m)
        end = doc.sentence_case_end(doc.token_index(t) + 1, t.end) if t.text.islower() else t.end
        if end > t.end:
            return doc.text[t.start : end]
    return None


def _issuer(doc: Document, kinds: tuple[str, ...], pos: int) -> str | None:
    """The body of the `kinds` that issue a document ("у вироку" → the court named before)."""
    code = doc.lang.morphology or ""
    before = doc.tokens_in(max(0, pos - 3000), pos)
    named = [_named_with(doc, t) for t in before if morph.lemma_of(code, t.low) in kinds]
    named = [n for n in named if len(n) > 1 and n[0][:1].isupper()]
    return " ".join(max(named, key=len)) if named else None


def named_after_comma(doc: Document, rest: list[Token], hi: int) -> str | None:
    """The person named in apposition after a described subject: `said a spokeswoman for the resort,
    Jennifer Oakes.`, `afirmou o presidente do conselho de administração da Unidade Local de Saúde de Santa
    Maria, Nuno Reis.` (a role with its complements runs long), past the commas of a body's name listing
    its fields (`dijo el consejero de Pesca, Montes y Caza Menor, Rubén Ozores`)"""
    for j, t in enumerate(rest[:20]):
        inside = doc.mention_ending(t)
        if t.text == "," and inside is not None and inside.start < t.start < inside.end:
            continue
        if t.text == ",":
            start = t.end
            title = doc.tokens_in(t.end, t.end + 12)[:1]  # `, don Piero Lanza`, `, dott. Ugo Sala`: the title
            if title and title[0].low in doc.lang.person_titles and title[0].text.islower():
                start = title[0].end
            after = doc.mentions_in(start, doc.mention_start_after(start))
            if after and after[0].kind == "person":
                nxt = doc.tokens_in(after[0].end, hi)[:1]
                # `—sostuvo la directora de Presupuesto, Lucía Campos—.`: the dash closing an incise
                if not nxt or nxt[0].text in {".", ",", ";", ":", "—", "–"} or MASK in nxt[0].text:
                    return name_of(doc, after[0])
            if j:
                break
    return None


def _noun_determiner(doc: Document, low: str) -> bool:
    """A word that only ever stands before a noun (`una nota`, `su respuesta`, `cette note`), never
    before a verb: an indefinite article or a determiner that is no object pronoun ("la", "le")."""
    lang = doc.lang
    if not lang.indefinite_articles:
        return False  # a language without articles ("это подтвердил": "это" is the verb's object)
    if low in lang.indefinite_articles:
        return True
    return low in lang.determiners and low not in lang.definite_articles and low not in lang.clitics


def speech_cues(doc: Document, lo: int, hi: int) -> list[Token]:
    toks = doc.tokens_in(lo, hi)
    out = []
    for i, t in enumerate(toks):
        end = according_end(doc, toks, i)
        if end is not None:
            out.append(toks[end])
            continue
        j = i - 1
        while j > 0 and is_adverb(doc, toks[j]):
            j -= 1
        noun = j >= 0 and (toks[j].low in doc.lang.possessives or _noun_determiner(doc, toks[j].low))
        noun = noun or _word_noun(doc, toks, i) or _modifies_opening_noun(doc, toks, i)
        noun = noun or (i > 0 and _after_preposition(doc, toks[i - 1])) or _describes_noun(doc, toks, i)
        ordinal = i > 1 and toks[i - 1].low in doc.lang.ordinals and toks[i - 2].low in doc.lang.determiners
        # `la primera pregunta`: a form that is also a noun (not `la prima racconta: «…»`)
        noun = noun or (ordinal and (t.low in doc.lang.question_labels or t.low in doc.lang.word_nouns))
        if (t.low in doc.g.cues or t.low in doc.g.participles or incise_gender(doc, t)) and not noun:
            out.append(t)
    return out


def _describes_noun(doc: Document, toks: list[Token], i: int) -> bool:
    """`les courriers évoqués`, `la nota diffusa`, `las cifras anunciadas`: where the head noun comes first,
    a past participle right after a noun and its determiner, no auxiliary before it, describes that noun;
    it reports nothing."""
    lang = doc.lang
    if not lang.head_first or i < 2 or not is_past_participle(doc.g, toks[i].low):
        return False
    noun, det = toks[i - 1], toks[i - 2]
    if not noun.text.isalpha() or not noun.text.islower() or det.low not in lang.determiners:
        return False
    return noun.low not in lang.auxiliaries | lang.clitics | lang.finite_verbs | lang.stopwords


def _after_preposition(doc: Document, prev: Token) -> bool:
    """`en alerte`, `in allerta`, `por escrito`: in French, Italian, Spanish and Portuguese no finite verb
    follows a preposition, so a speech verb's form right after one is a noun (not after a relative, a
    clitic or a subordinator: `qui dit`, fr `il en parle`)."""
    lang = doc.lang
    if not lang.head_first or prev.low not in lang.phrase_breaks:
        return False
    return prev.low not in lang.relatives | lang.clitics | lang.subordinators | lang.conjunctions


def _modifies_opening_noun(doc: Document, toks: list[Token], i: int) -> bool:
    """`In a video posted on Tuesday, Wade …`: a participle after the noun of a phrase that opens the
    sentence with a preposition (no comma yet) describes that noun; it is no verb of the sentence."""
    lead = toks[:i]
    if len(lead) < 3 or lead[0].low not in doc.lang.phrase_breaks or lead[0].start not in doc.sentence_starts:
        return False
    if lead[-2].low not in doc.lang.articles or not lead[-1].text.isalpha() or not lead[-1].text.islower():
        return False
    return all(t.text.isalpha() for t in lead)


def _word_noun(doc: Document, toks: list[Token], i: int) -> bool:
    """`La replica del sindaco:`, `la denuncia di X`: a noun for someone's words, after an article and
    before whose they are, though spelled like a speech verb."""
    lang = doc.lang
    if toks[i].low not in lang.word_nouns or i == 0 or i + 1 >= len(toks):
        return False
    if toks[i - 1].low not in lang.articles:
        return False
    return toks[i + 1].low in lang.name_connectors and toks[i + 1].low in lang.phrase_breaks


def according_end(doc: Document, toks: list[Token], i: int) -> int | None:
    """Where an "according to" phrase ("по словам", "selon", "de acuerdo con") starting at `i` ends."""
    if toks[i].low in doc.lang.opinion_openers and toks[i].start in doc.sentence_starts:
        doc.according_ends.add(toks[i].start)
        return i
    for rest in doc.g.according.get(toks[i].low, ()):
        end = i + len(rest)
        if end < len(toks) and all(toks[i + 1 + k].low == w for k, w in enumerate(rest)):
            doc.according_ends.add(toks[end].start)
            return end
        # `по его словам`, `за її словами`: a possessive pronoun inside the phrase is the source.
        mine = toks[i + 1] if rest and end + 1 < len(toks) else None
        if mine is not None and mine.low in doc.lang.according_pronouns and all(
            toks[i + 2 + k].low == w for k, w in enumerate(rest)
        ):
            doc.according_ends.add(toks[end + 1].start)
            doc.according_pronouns[toks[end + 1].start] = mine
            return end + 1
    for rest, at in doc.g.according_mine.get(toks[i].low, ()):  # `En su opinión`, `Ihrer Ansicht nach`
        end = i + len(rest)
        if end < len(toks) and all(toks[i + 1 + k].low == w for k, w in enumerate(rest)):
            doc.according_ends.add(toks[end].start)
            doc.according_pronouns[toks[end].start] = toks[i + at]
            return end
    return None


def until_break(toks: list[Token]) -> list[Token]:
    out = []
    for t in toks:
        if t.text in PHRASE_END or t.text == "." or MASK in t.text:
            break
        out.append(t)
    return out


def incise_gender(doc: Document, tok: Token) -> str | None:
    """French inversion "dit-il", "explique-t-elle", "a-t-il": the pronoun's gender ("" for plural)."""
    if doc.g.incise is None:
        return None
    m = doc.g.incise.fullmatch(tok.low)
    if m is None or not (m.group("verb") in doc.g.cues or m.group("verb") in doc.lang.auxiliaries):
        return None
    return doc.lang.inversion_pronouns[m.group("pron")]


def clause_start(doc: Document, lo: int, pos: int) -> int:
    i = doc.masked.rfind(MASK, lo, pos)
    return lo if i < 0 else i + 1


AFTER_LEAD = re.compile(r"[\s,”’\"»“―—–-]*")


DASH_NAME = re.compile(r"[\s,”’\"»“]*(?:[―—–]|--?)\s*")


def bare_length(toks: list[Token]) -> int:
    """Word count outside parentheses: `Rep. Jo Ann Smith (D-Md.)` counts 4."""
    depth = n = 0
    for t in toks:
        depth = max(0, depth + (t.text == "(") - (t.text == ")"))
        n += depth == 0 and t.text not in {".", ")"}
    return n


def verb_then_name(doc: Document, toks: list[Token]) -> str | None:
    """`«…», sourit Alain Guérin.`, `«…», fait valoir M. Dervaux.`, `— вмешивается Ялымова.`: right after
    a quote, a verb of the narrator the lists lack, then the person's name closing the clause."""
    lang = doc.lang
    verbs = 0
    for t in toks[:3]:
        if t.text[:1].isupper() or MASK in t.text:
            break
        skip = lang.stopwords | lang.articles | lang.phrase_breaks | lang.subordinators | lang.conjunctions
        if t.low in lang.clitics and verbs:
            verbs += 1  # `freute sich Landrätin Sabine Schulz`
            continue
        copula = not verbs and lang.capitalised_nouns and t.low in lang.finite_verbs  # `ist X überzeugt`
        if not t.text[:1].isalpha() or (t.low in skip and not copula) or t.low in lang.time_words:
            return None
        verbs += 1
    if not 1 <= verbs <= 2 or verbs >= len(toks):
        return None
    names = doc.mentions_in(toks[verbs].start, doc.mention_start_after(toks[verbs].start - 1))
    person = names[0] if names else None
    if person is None or person.possessive or person.kind not in {"person", "unknown"}:
        return None
    known = is_first_name(person.name.split()[0]) or doc.is_person(doc.canonical(person.name))
    if person.kind == "unknown" and not known:
        return None
    after = doc.tokens_in(person.end, person.end + 40)[:3]
    if lang.capitalised_nouns:
        # German closes the clause after its subject: a particle, an adjective, an adverb (`zeigte sich
        # X zuversichtlich`, `wollte X wissen`, `fasst X zusammen`)
        while len(after) > 1 and after[0].text.isalpha() and after[0].text.islower():
            after = after[1:]
    if after and after[0].text not in {".", ",", ";", "!", "?"} and after[0].low not in lang.phrase_breaks:
        return None
    return name_of(doc, person)


def names_nobody(doc: Document, span: QuoteSpan, hi: int) -> bool:
    """`«…», — сказал собеседник издания.`, `«…», raconte un employé`: the clause after the quote gives it
    to someone the article does not name, so it does not continue the speaker before."""
    toks = doc.tokens_in(span.outer_end, hi)[:8]
    code = doc.lang.morphology
    for i, t in enumerate(toks):
        if t.low in doc.g.cues:
            after = [x.low for x in until_break(toks[i + 1 : i + 5])]  # `said one Labour source`
            lemmas = [morph.lemma_of(code, w) for w in after] if code else after
            return (
                any(_indefinite_noun(doc, toks[k : k + _NAMED_MODIFIERS + 2], None) for k in (i + 1, i + 2))
                or any(w in doc.lang.source_nouns for w in lemmas)
                or unnamed_epithet(doc, until_break(toks[i + 1 : i + 4]))
            )
    return False


def in_relative_clause(doc: Document, lo: int, cue: Token) -> bool:
    prev = doc.tokens_in(max(lo, cue.start - 12), cue.start)[-1:]
    if bool(prev) and prev[0].low in doc.lang.relatives:
        return True
    if not doc.lang.capitalised_nouns:
        return False
    # German puts the verb last in a relative clause: `Ein Anwohner, der seinen Namen nicht nennen will,`
    clause = doc.tokens_in(max(lo, cue.start - 80), cue.start)
    comma = next((k for k in range(len(clause) - 1, -1, -1) if clause[k].text == ","), None)
    if comma is None or comma + 1 >= len(clause) or clause[comma + 1].low not in doc.lang.relatives:
        return False
    after = doc.tokens_in(cue.end, cue.end + 30)[:2]
    last = not after or not after[0].text[:1].isalnum() or (
        after[0].low in doc.lang.finite_verbs and (len(after) == 1 or not after[1].text[:1].isalnum())
    )
    return last


_QUOTE_END = re.compile(MASK + r"+([”\"»’])(\s*,)?")


def opening_participle_clause_end(doc: Document, cue: Token) -> int | None:
    """`Calling the plan “a disgrace,” Mrs. Lee …`: where the main clause starts after a sentence-initial
    participle whose object is a quote, else None."""
    s_lo, s_hi = doc.sentence_of(cue.start)
    lead = doc.tokens_in(s_lo, cue.start)
    if len(lead) > 1 or (lead and lead[0].low not in doc.lang.adverbial_starters):
        return None
    for m in _QUOTE_END.finditer(doc.masked, cue.end, s_hi):
        if m.group(2) or doc.text[m.start(1) - 1] == ",":
            return m.end()
    return None
