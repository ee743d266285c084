"""The `Document` a quote attribution reads: the text with its quoted passages masked, its sentences,
every name mention, and the queries over them (full names for surnames, genders, the person a
pronoun stands for)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Container, Sequence

from digest.article.textnorm import fold
from digest.lang import morph
from digest.lang.names import (
    PLACES,
    common_noun,
    first_name_gender,
    is_first_name,
    is_region,
    is_town_or_region,
    zipf,
)
from digest.quotes.mentions import (
    ADJECTIVE_ENDINGS,
    COMMON_EPITHET,
    COMMON_NOUN,
    ELIDED,
    ELIDED_NOUN,
    GLUED,
    INCISE_END,
    INCISE_START,
    INCISE_WORDS,
    INITIAL,
    MASK,
    Mention,
    QuoteSpan,
    Token,
    after_title,
    grammar,
    is_nickname,
    is_participle,
    is_past_participle,
    is_title_word,
    name_gender,
    name_runs,
    run_to_mention,
    split_before_quotes,
    strip_possessive,
    tokenize,
)
from digest.summary.segment import sentence_spans

# An abbreviation defined in brackets right after a name: `Norges Bank Investment Management (NBIM)`.
_ACRONYM = re.compile(r"\s*\((\w{2,8})\)")
_SECTION_ACRONYM = re.compile(r" \(([A-ZÀ-Þ][A-ZÀ-Þ-]{1,9})\)")  # `(OFT)`, `(SPN-AL)`
# A place's name of one word or of hyphened words, an elided particle glued inside (`Pointe-à-Pitre`,
# `Villeneuve-d'Ascq`, `Est-de-l'Île-de-Montréal`).
_HYPHENED_NAME = re.compile(r"[^\W\d_]+(?:-(?:[dl]['’])?[^\W\d_]+)*")
_NAME_PARTS = re.compile(r"[^\W\d_]+")


def initials_fit(acronym: str, name: str) -> bool:
    """Whether `acronym` is made of `name`'s words in order, its first word first: each letter opens a
    word, or follows the last letter taken inside the same word (`SOPFEU`, Société de protection des forêts
    contre le feu; `Arpal`, Agenzia regionale per la protezione dell'ambiente ligure). Written in capitals,
    or as Romance news writes a pronounceable one, a capital and lower case (`Arpal`, `Semurb`). It judges
    one name its caller found (bracketed before the abbreviation, a body's phrase near it); finding the
    name of an abbreviation never defined anywhere in the text is `guard._spelled_out_in_text`, which is
    stricter (each letter opens a word, only connectors between) because any phrase may fit there."""
    words = [fold(w) for w in _NAME_PARTS.findall(name)]
    spelled = acronym.isupper() or (acronym[:1].isupper() and acronym[1:].islower())
    letters = fold(acronym)
    if len(letters) < 2 or not acronym.isalpha() or not spelled or not words or words[0][0] != letters[0]:
        return False

    def fits(k: int, w: int, at: int) -> bool:  # letters[k:], the last taken at words[w][at]
        if k == len(letters):
            return True
        inside = words[w].find(letters[k], at + 1)
        if inside > 0 and fits(k + 1, w, inside):
            return True
        return any(words[v][0] == letters[k] and fits(k + 1, v, 0) for v in range(w + 1, len(words)))

    return fits(1, 0, 0)


_NOMINATIVE = frozenset({"nomn"})
_SUBJECT_OR_OBJECT = frozenset({"nomn", "accs"})
_OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct"})
_ANY_CASE = _NOMINATIVE | _OBLIQUE
_CLAUSE_END = frozenset({",", ":", ";", "—", "–", "(", "."})
ONE_OF = {"один": "m", "одна": "f", "одне": None, "одно": None}  # ru/uk "one (of)", by gender


# (or the next quotation: `“… a year ago.” “It is not …,” she said.`, paragraphs run together)
_NEXT_SENTENCE = re.compile(r"[ \t]+(?=[(\[]?[\"“«„‘]?([^\W\d_]))")
# Words that introduce the next quotation (`Palmieri responded: “…”`): no reporting clause of the one before.
_INTRODUCER = re.compile(r"[ \t]+(?=([^\W\d_])[^.!?:\"“”«»„\n]{0,80}:\s*[\"“«„‘‚‹»])")


def _sentence_ending_quotes(
    text: str, spans: Sequence[QuoteSpan], direct: Sequence[bool]
) -> list[tuple[int, int]]:
    """Where a quotation ends its last sentence (`“… than ever.” White said: “…”`) and a capital opens
    the next words: its end and where the next sentence starts. Masked, its full stop is not seen, and
    where no paragraph break follows, the narration after it would be read as its reporting clause.
    After a question or an exclamation the next words may credit it (`“Why not?” Lee asked.`): they
    start a sentence only when they introduce the next quotation."""
    cuts = []
    for span, keep in zip(spans, direct, strict=True):
        if not keep or not span.closed:
            continue
        last = text[span.start : span.outer_end - 1].rstrip()[-1:]
        m = (
            _NEXT_SENTENCE.match(text, span.outer_end) if last in ".…"
            else _INTRODUCER.match(text, span.outer_end) if last in "?!" else None
        )
        if last and m and m.group(1).isupper():
            cuts.append((span.outer_end, m.end()))
    return cuts


def _split_after_quotes(
    sentences: list[tuple[int, int]], cuts: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Also end a sentence after each quotation that ends one (`_sentence_ending_quotes`)."""
    if not cuts:
        return sentences
    out = []
    for a, b in sentences:
        for end, start in cuts:
            if a < end and start < b:
                out.append((a, end))
                a = start
        out.append((a, b))
    return out


def _unsplit_names(
    masked: str, sentences: list[tuple[int, int]], runs: list[list[Token]]
) -> list[tuple[int, int]]:
    """A cut with no punctuation before it inside a run of capitalised words (the splitter's caption
    rule: `Arnold | Tate echoed the warning: “…”`) splits a name, not two sentences: joined again."""
    inside = {t.start for run in runs for t in run[1:]}
    out: list[tuple[int, int]] = []
    for a, b in sentences:
        if out and a in inside and masked[out[-1][1] - 1 : out[-1][1]] not in _TERMINAL:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_TERMINAL = frozenset(".!?…:;")


class Document:
    """The masked text, its sentences and every name mention, for attributing quotes."""

    def __init__(
        self, text: str, spans: Sequence[QuoteSpan], direct: Sequence[bool], language: str | None = "en"
    ) -> None:
        self.g = g = grammar(language)
        self.lang = g.lang
        self.according_ends: set[int] = set()
        self.according_pronouns: dict[int, Token] = {}  # "по его словам": the end → the pronoun
        self.looking_back = 0
        self._roles: dict[str, list[tuple[int, str, str | None]]] | None = None
        self.unnamed: set[int] = set()  # where a pronoun or role noun stands for someone unnamed
        self.epithets: dict[str, str] = {}  # role nouns that named a person again ("die Ärztin"): whom
        self.last_quote: tuple[str, int] | None = None  # who spoke the last credited quote, and its end
        self.credited: list[tuple[str, int]] = []  # who spoke each credited quote so far, and its end
        chars = list(text)
        titles: list[tuple[int, int]] = []  # quoted names of films, parties, campaigns: never speakers
        bridges: set[tuple[int, int]] = set()  # gaps a quoted nickname leaves inside a name
        self.incises: dict[int, list[tuple[int, int]]] = {}
        for span, keep in zip(spans, direct, strict=True):
            if keep:
                hi = span.outer_end - 1 if span.closed else span.outer_end
                incises = self._incises(text, span.start, span.end)
                self.incises[span.outer_start] = incises
                lo = span.outer_start + 1
                kept = chars[lo:hi]  # the quotation's line breaks and reporting clauses stay as written
                masked = [ch if ch == "\n" else MASK for ch in kept]
                for a, b in incises:
                    a, b = max(a - lo, 0), max(min(b, hi) - lo, 0)
                    masked[a:b] = kept[a:b]
                chars[lo:hi] = masked
            elif is_nickname(text, span):
                for i in range(span.outer_start, span.outer_end):
                    chars[i] = " "  # `Robert C. “Bobby” Scott`: one name, the nickname left out
                bridges.add((span.outer_start - 1, span.outer_end + 1))
            else:
                titles.append((span.start, span.end))
                chars[span.outer_start] = " "
                if span.closed:
                    chars[span.outer_end - 1] = " "
        if g.title_parts is not None and "." in text:
            for m in g.title_parts.finditer(text):
                group = 1 if m.start(1) >= 0 else 2
                lo, hi = m.start(group), m.end(group)
                if MASK not in chars[lo:hi]:
                    chars[lo:hi] = " " * (hi - lo)  # `Dr. med. Eva Roth`: read as `Dr. Eva Roth`
                    if group == 1:
                        bridges.add((lo, m.end()))
        if self.lang.ordinal_stops:
            for m in _CLUB_ORDINAL.finditer(text):
                if chars[m.start(2)] == "." and self._ordinal_led(m.group(1)):
                    chars[m.start(2)] = " "  # `des 1. FC Talheim`: an ordinal's full stop ends no sentence
        if g.aside is not None:
            for m in g.aside.finditer(text):
                if MASK not in chars[m.start() : m.end()]:  # "— отметил, в свою очередь, X": read without it
                    chars[m.start() : m.end()] = " " * (m.end() - m.start())
        self.text = text
        self.title_spans = titles
        self.masked = "".join(chars)
        code = self.lang.code if self.lang.code != "und" else None
        ends = _sentence_ending_quotes(text, spans, direct)
        spans = sentence_spans(self.masked, code)
        self.tokens = tokenize(self.masked, 0, len(self.masked), self.lang.given_name_abbreviations)
        self._token_starts = [t.start for t in self.tokens]
        self._token_ends = [t.end for t in self.tokens]
        runs = name_runs(g, self.tokens, self.masked, frozenset(bridges))
        sentences = split_before_quotes(self.masked, spans) or [(0, len(text))]
        sentences = _split_after_quotes(sentences, ends)
        self.sentences = _unsplit_names(self.masked, sentences, runs)
        self._sentence_starts = [a for a, _ in self.sentences]
        self.sentence_starts = frozenset(self._sentence_starts)
        lowercase_seen = {t.text for t in self.tokens if t.text[:1].islower()}
        starts = set(self._sentence_starts)
        # the surnames of people named in full by a first name: a sentence opening with one names them
        surnames = frozenset(r[-1].text.lower() for r in runs if len(r) > 1 and is_first_name(r[0].text))
        # the surnames the text gives a courtesy title (`Mr. Ashby`): a person's, whatever the first name
        courtesy = self.lang.address_courtesies
        titled = frozenset(r[-1].text.lower() for r in runs if len(r) == 2 and r[0].low in courtesy)
        self.mentions: list[Mention] = []
        dropped: list[Token] = []  # ru/uk: single words read as common nouns
        title_end = 0  # where the title of a work set beside its noun ends
        for run in runs:
            if len(run) == 1 and len(run[0].text) == 1:
                continue
            if any(a <= run[0].start and run[-1].end <= b for a, b in titles):
                continue
            if self.lang.morphology and self._modifies_next(run[-1]) and not any(
                morph.is_name_word(self.lang.morphology, t.text) for t in run[:-1]
            ):
                # "Сільська бібліотекарка", "в Ярославской области", "Губернатор Тверской области": an
                # adjective of a common noun, no name
                run = run[:-1]
                if not run:
                    continue
            at_start = run[0].start in starts or self._after_opener(run[0].start)
            m = run_to_mention(
                g, run, at_start, lowercase_seen, self._after_preposition(run[0].start), surnames
            )
            if m is None and len(run) == 1 and self.lang.morphology:
                dropped.append(run[0])
            if self.lang.morphology and m is not None and m.kind == "person" and " " in m.name:
                words = tuple(self.text[m.start : m.end].split())
                if self._after_words_of(m.start):
                    self._read_in_case(m, "gent")
                elif morph.caseless(self.lang.morphology, words) and (case := self._case_before(m.start)):
                    self._read_in_case(m, case)
                else:
                    self._agree_with_verb(m)
            elif self.lang.morphology and m is not None and m.kind == "person" and m.gender is None:
                m.gender = self._gender_of_verb_beside(m)
            # (German names a body after a person with a noun of its kind, "die Hans-Böckler-Stiftung", and
            # "das" before a name is an object: "Anders sieht das Jonas Albers")
            after_article = not self.lang.capitalised_nouns and self._after_definite(m) if m else False
            if m and m.kind == "person" and m.name.split()[0] == run[0].text and after_article:
                m.kind = "org"  # "the Red Cross", "the Rolling Stones": a body, not a person
            if m and at_start and len(run) == 1 and m.kind == "unknown" and self._epithet_before_noun(run[0]):
                m.common = True  # "Principal prévenu, Karim Bensaïd, …": an adjective before its noun
            if m and at_start and len(run) == 1 and m.kind == "unknown" and self._role_before_phrase(run[0]):
                m.common = True  # "Sonneur au bagad depuis trente ans, Yann-Ber …": a role, then the name
            # (not in English, where a name after "a" modifies a noun: "a Google spokesperson")
            native = self.lang.capitalised_nouns or self.lang.head_first
            indefinite = m is not None and native and self._after_indefinite(m.start)
            if m and " " not in m.name and (indefinite or ELIDED_NOUN.match(m.name)):
                m.common = True  # "eine Pflegerin", "Un'infermiera": a common noun, never a name
            if m and m.kind == "person" and self._party_member(m):
                m.kind = "unknown"  # "Ann Lee, a Marion Republican, said": a place and a party, no name
            if m and at_start and " " not in m.name and self._opening_participle(run[0]):
                continue  # "Contactée, la Ville de Lille assure …": a participle, no name
            if m and " " not in m.name and m.kind != "org" and self._dated(m):
                continue  # "In early May 2015, she …": a month, not a woman named May
            if m and self._party_label(m):
                continue  # "Sen. Ann Lee (D-St. Paul)", "Rep. Tom Ross, R-Texas,": a party and a state
            if m and m.start < title_end:
                continue  # the subtitle of a work's title
            title_end = max(title_end, self._work_title(m) if m else 0)
            if m and m.end <= title_end:
                continue  # "His memoir, Rising Early, sold well": a title, no one's name
            street = m is not None and self._after_street_noun(m.start) and not self._named_in_nominative(m)
            if m and (street or self._town_after_preposition(m)):
                m.kind = "place"  # "вулиці Гетьмана Сагайдачного", "rue Victor-Hugo": a street
            if m and self._dateline(m):
                m.kind = "place"  # "NAPOLI - «…»", "CREVALCORE (Bologna) - …": the story's dateline
            named = m is not None and (
                self._named_thing(m, surnames, titled) or self._names_kind_after(m, surnames)
            )
            if m and m.kind in ("person", "unknown") and named:
                m.kind = "org"  # "the journal Ecological Applications": the name of a body or a paper
            # "l'association Droit au logement"; not "il pubblico ministero Giulia Marchesano", a person
            person = m is not None and m.kind == "person" and is_first_name(m.name.split()[0])
            if m and not person and self._after_class_noun(m.start):
                self._extend_body_name(m)
            elif m and (self._body_after_article(m) or self._ends_in_body_noun(m)):
                self._extend_body_name(m, genitive=True)  # "L'Ordre des pharmaciens d'Occitanie"
            if m and m.kind == "org" and self.lang.capitalised_nouns:
                self._with_adjective(m)
            if m and m.kind != "person" and self.lang.capitalised_nouns:
                self._strong_adjective(m)
            opening = m is not None and at_start and m.start == run[0].start and m.kind == "unknown"
            if opening and self._adjective_and_noun(m, text):
                continue  # `Scharfe Kritik kam von …`, `Neue Zahlen zeigen …`: an adjective and its noun
            if m:
                self.mentions.append(m)
        for m, nxt in zip(self.mentions, self.mentions[1:], strict=False):
            placed = m.name.split()[0].lower() in PLACES
            if m.kind == "person" and placed and self.premodifier(m, nxt):
                m.kind = "unknown"  # `Georgia Democratic gubernatorial nominee X`: a place and a party
        surnames = {m.name.split()[-1] for m in self.mentions if " " in m.name and m.kind == "person"}
        people = {m.name.split()[-1]: m.gender for m in self.mentions if " " in m.name and m.kind == "person"}
        people |= {words[0]: None for words in self._east_asian()}  # "Ли Вэй …", then "— сказал Ли"
        for m in self.mentions if self.lang.morphology else ():
            # "Ринат Сомгазов …", then "Сомгазов предложил": him, not the body or place the dictionary
            # knows by that word ("Сомгаз"); the press names a person again by the surname alone
            written = self.text[m.start : m.end]
            if m.kind in {"org", "place"} and written in people:
                m.name, m.kind, m.gender = written, "person", people[written]
            elif m.kind == "person" and " " not in m.name and m.name not in people:
                # "Ольга Сафина …", then "Сафину врачи отпустили": her in the accusative, not a man named
                # Сафин in the dative; a surname alone is the person named in full before, where its
                # ending can be that person's in an oblique case
                own = [s for s, sex in people.items() if morph.declines_to(written, s, sex)]
                if len(own) == 1:
                    m.name, m.gender, m.nominative = own[0], people[own[0]], False
        for tok in dropped:  # "Артем Зуйков …", then "— сказал Зуйков" ("зуёк" in the dictionary): him again
            if tok.text in people:
                self.mentions.append(Mention(tok.text, tok.start, tok.end, "person", people[tok.text], False))
                continue
            # "Вера Пухова …", then "По словам Пуховой" (the adjective "пуховый"): her, declined
            code = self.lang.morphology or ""
            own = next((s for s, sex in people.items() if code and morph.declines_to(tok.text, s, sex)), None)
            if own:
                self.mentions.append(Mention(own, tok.start, tok.end, "person", people[own], False, False))
        self.mentions.sort(key=lambda m: m.start)
        self.mentions = [m for m in self.mentions if not m.common or m.name in surnames]
        if not (self.lang.capitalised_nouns or self.lang.morphology or self.lang.head_first):
            self._join_bodies(surnames)  # (head-first languages name a body after its noun: their own rules)
        self._titled_offices()
        if self.lang.club_numbers:
            self._numbered_clubs()
        self._numbered_bodies()
        self._sectioned_bodies()
        for m in self.mentions:
            if m.kind == "unknown" and self._aged(m):
                m.kind = "person"  # "Yann-Ber, 52 ans,", "Conceição, de 61 anos,": a person and her age
        self._mention_starts = [m.start for m in self.mentions]
        said_by = self._said_by()
        self._share_surnames()
        self._index_names(said_by)
        # `Robert Ames Jr.`: the full name with its suffix, unless the same name is also written without
        # one (a father and his son)
        bare = {m.name for m in self.mentions if m.kind == "person" and " " in m.name and not m.suffix}
        self.suffixed = {
            m.name: f"{m.name} {m.suffix}" for m in self.mentions
            if m.suffix and m.kind == "person" and m.name not in bare
        }
        self.generations: dict[str, set[str]] = {}  # a full name → its suffixes in the text ("": none)
        for m in self.mentions:
            if m.kind == "person" and " " in m.name:
                self.generations.setdefault(m.name, set()).add(m.suffix)

    def _numbered_clubs(self) -> None:
        """A club's name opened by its short form in capitals may hold an ordinal before it or its founding
        year before its town (`der 1. FC Talheim`, `der TSV 1911 Oberau`): the numbers are part of the
        name, which they broke."""
        for m in self.mentions:
            founded = _FOUNDED.match(self.masked, m.end)
            if founded and _CLUB_WORD.fullmatch(m.name.split()[-1]):
                m.name, m.end, m.kind = f"{m.name} {' '.join(founded.groups())}", founded.end(), "org"
            ordinal = _ORDINAL_BEFORE.search(self.text, max(0, m.start - 12), m.start)
            if ordinal and self._ordinal_led(ordinal.group(1)) and _CLUB_WORD.fullmatch(m.name.split()[0]):
                m.name, m.kind = f"{ordinal.group(2)}. {m.name}", "org"

    def _numbered_bodies(self) -> None:
        """`el Servicio de Emergencias 112 de Castilla-La Mancha`, `l'Alliance 4F, qui`, `die Feuerwehr 112
        rückte aus`: a short number right after a body's capitalised name, before a punctuation mark, a verb,
        or the rest of the name (after a connector where nouns are not capitalised), is part of the name (an
        emergency number, a year, a code), which the number broke; a count goes on with its noun (`selon la
        CGT 200 manifestants`), a figure with its thousands (`200 000`)."""
        lang = self.lang
        k = 0
        while k < len(self.mentions):
            m = self.mentions[k]
            k += 1
            number = _NAME_NUMBER.match(self.masked, m.end)
            if number is None or m.kind == "place" or m.possessive or is_first_name(m.name.split()[0]):
                continue
            after = self.tokens_in(number.end(), number.end() + 40)[:3]
            skip = 1 if after and not lang.capitalised_nouns and after[0].low in lang.name_connectors else 0
            if skip and after[1:] and after[1].low in lang.articles and after[0].start == number.end() + 1:
                skip += 1
            nxt = self.mentions[k] if k < len(self.mentions) else None
            rest = after[skip].start if len(after) > skip else -1
            person = nxt is not None and nxt.start == rest and is_first_name(nxt.name.split()[0])
            if nxt is not None and nxt.start == rest and after[0].start == number.end() + 1 and not person:
                if lang.capitalised_nouns and "org" not in {m.kind, nxt.kind}:
                    continue
                m.name, m.end, m.kind = self.text[m.start : nxt.end], nxt.end, "org"
                del self.mentions[k]
                continue
            if lang.capitalised_nouns and m.kind != "org":
                continue
            end = not after or after[0].start > number.end() + 1 or after[0].text in ",;:)" or person
            end = end or (after[0].text == "." and len(number.group(1)) < 4)
            verb = bool(after) and after[0].text.islower() and after[0].low in self.g.cues | lang.finite_verbs
            # German writes a count's noun with a capital: a function word after the number ends the name
            # (`teilte die Feuerwehr 112 mit`), unless it joins a second figure (`200 bis 300`)
            ranged = len(after) > 1 and after[1].text[:1].isdigit()
            particle = lang.capitalised_nouns and bool(after) and after[0].text.islower() and not ranged
            # a year before a lower-case word is that word's subject (`according to the ONS 2024 was a
            # record year`, `según el INE 2024 fue`), no code in the name
            if _YEAR.fullmatch(number.group(1)) and after and after[0].text.islower():
                continue
            # (no person's name holds a number)
            if end or verb or (particle and after[0].low in lang.stopwords):
                m.name, m.end, m.kind = self.text[m.start : number.end()], number.end(), "org"

    def _sectioned_bodies(self) -> None:
        """`A Federação dos Apicultores na Lousã contou …`, `O Grémio dos Relojoeiros em Viseu (GRV)
        quer …`: a body's name of several words opening its sentence as the subject, then a preposition
        of `Language.section_prepositions` and a capitalised place, then its verb, a comma or a bracket,
        names the body's section there: one name, for a head of `Language.section_heads` or with the
        name's acronym in brackets after the place (`_acronym_after`). Not after a speech verb
        (`afirmou o Sindicato em Faro`: where it spoke), nor before a second place (`em Faro e em Lagos`)."""
        preps = self.lang.section_prepositions
        k = 0
        while preps and k + 1 < len(self.mentions):
            m, n = self.mentions[k], self.mentions[k + 1]
            k += 1
            between = self.masked[m.end : n.start]
            if m.kind == "place" or " " not in m.name or n.kind == "person" or m.possessive:
                continue
            if between.strip().lower() not in preps or between != f" {between.strip()} ":
                continue
            # (a body, no person's name: `Federação dos Apicultores`, not `João dos Santos em Faro`)
            named = is_first_name(m.name.split()[0]) or is_first_name(n.name.split()[0])
            if named or not self.opens_sentence(m):
                continue
            after = self.tokens_in(n.end, n.end + 30)[:1]
            if not after or after[0].start > n.end + 1:
                continue
            word = after[0]
            if word.text not in ",(" and not (word.text.islower() and word.low not in self.lang.stopwords):
                continue
            if m.name.split()[0].lower() not in self.lang.section_heads and not self._acronym_after(m, n):
                continue  # `O Governo de Portugal em Bruxelas`: where it acted, no section of it
            m.name, m.end, m.kind = self.text[m.start : n.end], n.end, "org"
            del self.mentions[k]

    def _acronym_after(self, m: Mention, place: Mention) -> bool:
        """Whether the body's name and its place are followed by their acronym in brackets, whose letters
        open with the initials of the body's capitalised words and hold the place's (`A Liga dos Ourives no
        Douro (LOD)`)."""
        found = _SECTION_ACRONYM.match(self.text, place.end)
        if not found:
            return False
        letters = found.group(1).replace("-", "")
        initials = "".join(w[0] for w in m.name.split() if w[:1].isupper())
        rest = letters[len(initials) :]
        return len(initials) > 1 and letters.startswith(initials) and place.name[0] in rest

    def opens_sentence(self, m: Mention) -> bool:
        """Whether a name opens its sentence, after a definite article or not (`O Sindicato … pediu`)."""
        before = self.tokens_in(max(0, m.start - 12), m.start)[-1:]
        if before and before[0].low in self.lang.definite_articles and before[0].end >= m.start - 1:
            start = before[0].start
        else:
            start = m.start
        return start in self.sentence_starts or self._after_opener(start)

    def _ordinal_led(self, word: str) -> bool:
        """A number with a full stop after `word` is an ordinal in a name where an article or a fused
        preposition stands before it (`des 1. FC`, `beim 1. FC`); after any other word it may end a
        sentence (`stieg auf 14. ADAC warnte`)."""
        return word.lower() in self.lang.articles | self.lang.article_contractions

    def _join_bodies(self, surnames: set[str]) -> None:
        """`Transport for London said`, `Fire and Emergency New Zealand said`, `The Harlow County Sheriff’s
        Office posted`, `the student group Friends of the Marsh posted`, `The Department of Roads, Parks
        and Heritage said`: a subject of capitalised words joined by "for", "of", "and", a possessive (or
        commas in a list closed by "and", after "of" or "for"), opening its sentence or after a noun of a
        body's kind, before a word in lower case (or a comma and an article or a relative pronoun opening an
        apposition: `The X of Y, which …, said`), names one body; the name ending it ("London", "Office")
        is not the speaker. Not where a person is named in it (`Ann Lee of Oxfam said`, `Coach Lee of the X
        Club, a …, said`)."""
        lang = self.lang
        joins = lang.body_connectors | lang.body_conjunctions
        kinds = lang.generic_bodies | lang.org_words
        k = len(self.mentions)
        while k > 0:
            k -= 1
            m = self.mentions[k]
            named = m.kind == "person" and (m.gender is not None or is_first_name(m.name.split()[0]))
            if named or m.possessive:
                continue
            after = self.tokens_in(m.end, m.end + 30)[:2]
            openers = lang.relatives | lang.articles
            apposed = len(after) > 1 and after[0].text == "," and after[1].low in openers
            if not apposed and (
                not after or not after[0].text.islower() or after[0].low in lang.phrase_breaks
            ):
                continue  # `The X of Y said`, or `The X of Y, the <noun> …, said` / `, which …, said`
            lo, _ = self.sentence_of(m.start)
            main = self.main_clause_start(lo, m.start)  # `In a memo, the X Office wrote`: past the phrase
            toks = self.tokens_in(max(main, m.start - 120), m.start)
            i = len(toks)
            while i > 0 and i + 14 > len(toks):
                t, prev = toks[i - 1], toks[i - 2] if i > 1 else None
                joining = prev is not None and (prev.cap or prev.text == ",") and t.low in joins
                article = prev is not None and prev.low in joins and t.low in lang.articles
                listed = t.text == "," and prev is not None and prev.cap
                if not ((t.cap and MASK not in t.text) or joining or article or listed):
                    break
                i -= 1
            phrase = toks[i:]
            first = i == 0 or (i == 1 and toks[0].low in lang.articles)
            opens = first and bool(toks) and not self.tokens_in(main, toks[0].start)
            while phrase and phrase[0].low in lang.conjunctions | lang.articles:
                phrase = phrase[1:]  # `And the X of Y said`: a sentence opened by a conjunction
            placed = opens or (i > 0 and toks[i - 1].text.islower() and toks[i - 1].low in kinds)
            if not phrase or not phrase[0].cap or not placed:
                continue
            commas = [j for j, t in enumerate(phrase) if t.text == ","]
            if commas and not (
                any(t.low in lang.body_connectors for t in phrase[: commas[0]])
                and any(t.low in lang.body_conjunctions for t in phrase[commas[-1] :])
            ):
                continue  # `Oxfam, Shelter said`: two bodies, not a department's list of its fields
            joined = any(t.low in joins or t.text.endswith(("'s", "’s")) for t in phrase)
            inside = [n for n in self.mentions[:k] if n.start >= phrase[0].start]
            people = any(
                (n.kind == "person" and not self._common_words(n)) or n.name in surnames
                or (n.gender and n.kind != "org") or self._titled(n, phrase[0].start)
                for n in inside
            )
            if not joined or people:
                continue
            name = self.text[phrase[0].start : m.end]
            body = Mention(name, phrase[0].start, m.end, "org", None, False)
            self.mentions[k - len(inside) : k + 1] = [body]
            k -= len(inside)

    def _titled(self, m: Mention, lo: int) -> bool:
        """A mention after a person's title (`Language.titles`) written before it from `lo` on: `Coach
        Reed of the X Club`, a person named by title and surname."""
        before = self.tokens_in(lo, m.start)[-1:]
        return bool(before) and before[0].cap and before[0].low in self.lang.titles

    def _titled_offices(self) -> None:
        """`The Ohio Secretary of State's office said`, `the Attorney General's office`: an office named by
        its holder's title in the genitive, capitalised words (a place, the title, "of" between them) and no
        person's name, the genitive on the title itself, before the lower-case noun of an office
        (`Language.office_nouns`), is one body by that whole name, which "the office" names again; not
        `Gov. Ann Lee's office` or `Gov. Lee's office` (a person's: the genitive on a name)."""
        lang = self.lang
        toks = self.tokens
        for i, tok in enumerate(toks):
            if tok.low not in lang.office_nouns or not tok.text.islower() or i == 0:
                continue
            if not (toks[i - 1].cap and toks[i - 1].text.endswith(("'s", "’s"))):
                continue
            j = i - 1
            while j > 0 and toks[j - 1].low not in lang.articles and (
                toks[j - 1].cap or (j > 1 and toks[j - 1].low in lang.body_connectors and toks[j - 2].cap)
            ):
                j -= 1
            words = [strip_possessive(t.low) for t in toks[j:i]]
            if words[-1] not in lang.titles or MASK in "".join(w for w in words):
                continue  # `Gov. Lee's office`, `Secretary of State Lee's office`: a person's name ends it
            inside = [m for m in self.mentions if toks[j].start <= m.start < tok.start]
            if any(m.kind == "person" and (m.gender or is_first_name(m.name.split()[0])) for m in inside):
                continue
            body = Mention(self.text[toks[j].start : tok.end], toks[j].start, tok.end, "org", None, False)
            self.mentions = [m for m in self.mentions if m not in inside] + [body]
        self.mentions.sort(key=lambda m: m.start)

    def _common_words(self, m: Mention) -> bool:
        """A mention read as a person's name for want of a first name that is an adjective of the
        language or a country or province before a common noun (`Fraternal Order`, `Pharmaceutical
        Research`, `Ontario Forests`), the first word no first name, the noun never written alone as a
        name: the opening of a body's name, not a person (`Marsh Fowler`, `Bishop Owens`, a town's name
        before a surname stay people)."""
        words = m.name.split()
        if len(words) != 2 or m.gender is not None or is_first_name(words[0]):
            return False
        first = words[0]
        known = zipf(first, self.lang.wordfreq) > 0
        adjective = known and first.lower().endswith(self.lang.role_adjective_endings)
        place = first.lower() in PLACES or is_region(first)  # a town's name is many a person's too
        alone = any(n.name == words[-1] for n in self.mentions)
        return (adjective or place) and not alone and zipf(words[-1], self.lang.wordfreq) >= COMMON_NOUN

    def _incises(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Reporting clauses inside one quotation: `« …, explique-t-elle. … »`, `“… —ha señalado el
        consejero—, …”`, `«…, racconta Salvatore Esposito, …»`: a speech verb right after a comma or
        dash, up to the next comma, dash or full stop (not a title's: `glisse M. Durandal`). They are left
        unmasked so their speaker is read."""
        out = []
        for m in INCISE_START.finditer(text, lo, hi):
            if self.g.opens_incise([w.lower() for w in INCISE_WORDS.findall(m.group("words"))]):
                stop = min(hi, m.end("words") + 120)
                end = INCISE_END.search(text, m.end("words"), stop)
                while end and after_title(text, end.start(), self.lang.person_titles):
                    end = INCISE_END.search(text, end.end(), stop)
                out.append((m.start("words"), end.start() if end else min(hi, m.end("words"))))
        return out

    def _said_by(self) -> set[str]:
        """Capitalised words that are the subject of a speech verb: `Smith said`, `Smith, 45, said`."""
        out = set()
        toks = self.tokens
        for i, tok in enumerate(toks):
            if tok.low not in self.g.said_by or i == 0:
                continue
            j = i - 1
            if toks[j].text == ",":  # skip back over an apposition of up to 80 characters
                k = j - 1
                while k > 0 and toks[k].text != "," and toks[j].start - toks[k].end <= 80:
                    k -= 1
                if k <= 0 or toks[k].text != "," or toks[j].start - toks[k].end > 80:
                    continue
                j = k - 1
            word = toks[j]
            if self.lang.capitalised_nouns and self._fronted(toks, j, i):
                continue  # `Im vollbesetzten Pfarrsaal sagte sie`: a phrase before the verb, then its subject
            if self.lang.capitalised_nouns and self._after_determiner(toks, j):
                continue  # `eine Sperrung des gesamten Marktplatzes gefordert`: a noun after its article
            if word.text[:1].isupper() and word.text[0] != MASK and not self._after_preposition(word.start):
                out.add(word.text)
        return out

    def _fronted(self, toks: list[Token], j: int, i: int) -> bool:
        """German puts one phrase before the finite verb at `i`: the noun at `j` closes it, not the subject,
        when a subject pronoun follows the verb (`Im Saal sagte sie`) or a preposition opens the phrase
        before adjectives (`im vollbesetzten Pfarrsaal sagte`)."""
        if i + 1 < len(toks) and toks[i + 1].low in self.g.pronouns:
            return True
        k = j - 1
        while k >= 0 and k >= j - 3 and toks[k].text.islower() and toks[k].low not in self.lang.phrase_breaks:
            k -= 1  # adjectives and an article
        return k >= 0 and k < j - 1 and toks[k].low in self.lang.phrase_breaks

    def _after_determiner(self, toks: list[Token], j: int) -> bool:
        """German: the noun at `j` follows an article, with up to two adjectives between (`des gesamten
        Marktplatzes`, `der Verband`): a common noun or a body, no person's name."""
        k = j - 1
        while k >= max(0, j - 2) and toks[k].text.islower() and toks[k].low.endswith(ADJECTIVE_ENDINGS):
            if toks[k].low in self.lang.articles:
                break
            k -= 1
        return k >= 0 and toks[k].low in self.lang.articles

    def _after_words_of(self, pos: int) -> bool:
        """ru/uk: a name at `pos` follows a phrase of someone's words or view ("по словам", "за словами",
        "на думку"), so it is in the genitive."""
        code = self.lang.morphology
        before = self.masked[max(0, pos - 25) : pos].lower().split()[-2:]
        phrase = " ".join(before)
        return bool(code) and phrase in self.lang.according_to and morph.is_noun(code or "", before[-1])

    def _agree_with_verb(self, m: Mention) -> None:
        """ru/uk: a name right before or after a verb in the past ("— заявила Александра Громова",
        "Евгения Шмидт заявила") is its subject, in the nominative and of the verb's gender, not
        "Александр Громов" in the genitive."""
        code = self.lang.morphology or ""
        i = bisect.bisect_left(self._token_starts, m.start)
        j = bisect.bisect_left(self._token_starts, m.end)
        while j < len(self.tokens) and self.tokens[j].low in self.lang.cue_adverbs:
            j += 1
        k = self._before_apposed_role(i - 1) if i > 0 else -1
        if k == i - 1:  # "— рассказала Глебу Орлову Александра Громова"
            while k > 0 and i - k <= 3 and self.tokens[k].cap:
                k -= 1
        beside = [self.tokens[n].low for n in (k, j) if 0 <= n < len(self.tokens)]
        genders = {morph.verb_gender(code, w) for w in beside} - {None}
        finite = any(morph.is_third_person(code, w) for w in beside)  # "Евгения Шмидт считает"
        if (len(genders) != 1 or m.gender in genders) and not (finite and not genders):
            return
        words = tuple(self.text[m.start : m.end].split())
        if not morph.may_be_subject(code, words[0]):
            return  # "Роль Анны Карениной исполняет Мария Лесная": a first name in the genitive, an object
        form = morph.name_form(code, words, "nomn")
        if k != i - 1 and self._man_named_elsewhere(m, form.words):
            return  # "— сказала мама Глеба Орлова … — сказал Орлов": his mother, he is named again
        if form.person and form.dropped == 0 and (form.gender in genders or not genders):
            m.name, m.gender, m.nominative = " ".join(form.words), form.gender, True

    def _man_named_elsewhere(self, m: Mention, hers: tuple[str, ...]) -> bool:
        """ru/uk: a word of the man's name the dictionary reads in mention `m` ("Глеб Орлов" for "Глеба
        Орлова"), not shared with the woman's reading `hers`, stands elsewhere in the text ("— сказал
        Орлов"): a man of that name is in the story, so a role noun before `m` takes his genitive."""
        his = {w.lower() for w in m.name.split()} - {w.lower() for w in hers}
        return any(t.low in his for t in self.tokens if not m.start <= t.start < m.end)

    def _gender_of_verb_beside(self, m: Mention) -> str | None:
        """ru/uk: the gender of a verb in the past right before or after the surname `m` that shows none
        itself ("— розповів Гуржій", "Гуржій заявила"): its subject's, which tells two namesakes of
        either sex apart."""
        code = self.lang.morphology or ""
        i = bisect.bisect_left(self._token_starts, m.start)
        j = bisect.bisect_left(self._token_starts, m.end)
        while j < len(self.tokens) and self.tokens[j].low in self.lang.cue_adverbs:
            j += 1
        beside = [self.tokens[n].low for n in (i - 1, j) if 0 <= n < len(self.tokens)]
        genders = {morph.verb_gender(code, w) for w in beside} - {None}
        return genders.pop() if len(genders) == 1 else None

    def _before_apposed_role(self, k: int) -> int:
        """ru/uk: past the role noun in the nominative that a name after token `k` stands in apposition to,
        with an adjective agreeing with it and a complement in the genitive or a quoted name after it ("—
        сказала местная жительница Евгения Жмурова", "— заявила директор фабрики «Заря» Евгения Жмурова":
        the verb's subject is the noun, the name agrees with it in case), the token before them; `k` itself
        where no such noun stands there, or a noun of kinship or agency that takes a person's genitive
        ("вдова Евгения Жмурова": the widow of Евгений Жмуров)."""
        code = self.lang.morphology or ""
        toks, at = self.tokens, k
        closer = self.text[toks[at].end : toks[at].end + 1]
        if closer and closer in "»“":
            opener = self.text.rfind("«" if closer == "»" else "„", 0, toks[at].start)
            at = bisect.bisect_left(self._token_starts, opener) - 1 if opener > 0 else -1
            while at >= 0 and not toks[at].text.isalnum():
                at -= 1
        for _ in range(2):  # "директор фабрики", "координатор общественного движения"
            if at < 1 or not toks[at].text.islower() or not morph.is_genitive(code, toks[at].low):
                break
            if morph.person_noun(code, toks[at].low)[0]:
                break
            at -= 1
        noun = toks[at] if at >= 1 else None
        if noun is None or not noun.text.isalpha() or not noun.text.islower():
            return k
        related = morph.lemma_of(code, noun.low) in self.lang.relation_nouns
        if related or not morph.person_noun(code, noun.low)[0]:
            return k
        prev = toks[at - 1]
        adjective = prev.text.isalpha() and prev.text.islower() and morph.modifies(code, prev.low, noun.low)
        if at > 1 and adjective:
            return at - 2
        return at - 1

    def _case_before(self, pos: int) -> str | None:
        """ru/uk: the case the words right before `pos` put a person's name in: a preposition's ("о Ли
        Вэе": "loct"), or a role noun's in apposition ("депутата районного совета Ли Вэя": "gent")."""
        before = self.tokens_in(max(0, pos - 60), pos)[-5:]
        if not before or self.masked[pos - 1] != " ":
            return None
        if before[-1].low in self.lang.preposition_cases:
            return self.lang.preposition_cases[before[-1].low]
        code = self.lang.morphology or ""
        after = self.tokens_in(pos, pos + 80)
        name_end = next((k for k, t in enumerate(after) if not t.cap), len(after))
        if name_end < len(after) and morph.is_verb(code, after[name_end].low):
            return None  # "Адвокат подсудимого И. П. Ларина заявила": the subject of the verb after it
        for t in reversed(before):
            if not t.text.isalpha() or not t.text.islower():
                return None
            if morph.person_noun(code, t.low)[0]:
                return None  # "— заявил депутат Ли Вэй": a role in the nominative
            cases = {c for c in _OBLIQUE if morph.person_noun(code, t.low, frozenset({c}))[0]}
            i = self.token_index(t)
            head = self.tokens[i - 1] if i > 0 else None  # "Адвокат подсудимого И. П. Ларина": hers
            if cases and (head is None or head.cap or morph.person_noun(code, head.low)[0]):
                return None
            if cases:  # the animate accusative is the genitive's form
                return "gent" if cases <= {"gent", "accs"} else next(iter(cases)) if len(cases) == 1 else None
        return None

    def _read_in_case(self, m: Mention, case: str) -> None:
        """"За словами Олександра Гриценко": his genitive, not her nominative; "о Ли Вэе": "Ли Вэй"."""
        form = morph.name_form(self.lang.morphology or "", tuple(self.text[m.start : m.end].split()), case)
        if form.person and form.dropped == 0:
            m.name, m.gender, m.nominative = " ".join(form.words), form.gender, False

    def _after_preposition(self, pos: int) -> bool:
        """`ministro de Economía, X, dijo`: the word at `pos` follows a preposition."""
        lang = self.lang
        before = self.masked[max(0, pos - (60 if lang.capitalised_nouns else 20)) : pos].split()
        if lang.capitalised_nouns:  # `von mehreren Millionen Euro`, `nach einer langen Sitzung`
            while len(before) > 1 and before[-1].isalpha() and before[-1].islower():
                word = before[-1]
                verb = word in lang.finite_verbs or word in lang.auxiliaries or word in self.g.speech
                if verb or not word.endswith(ADJECTIVE_ENDINGS) or word in lang.phrase_breaks:
                    break
                before.pop()  # adjectives and quantifiers between the preposition and its noun
        before = [w.lower() for w in before]
        if len(before) > 1 and before[-1] in lang.articles:
            before.pop()  # `la députée de la Nièvre Martine Delorme`: a preposition, then an article
        return bool(before) and before[-1] in lang.phrase_breaks

    def _noun_position(self, prev: Token) -> bool:
        """Whether the word after `prev` is a noun: `prev` is an article or a preposition (fused with its
        article too: `alla`, `nella`), where the head noun comes first and no finite verb follows either
        (not after a clitic, a relative or a subordinator: `lo dice`, `che dice`)."""
        lang = self.lang
        if not lang.head_first or lang.capitalised_nouns:
            return False
        verbal = lang.clitics | lang.relatives | lang.subordinators | lang.conjunctions
        return prev.low in (lang.articles | lang.phrase_breaks) - verbal

    def _opening_participle(self, tok: Token) -> bool:
        i = bisect.bisect_right(self._token_starts, tok.start)
        comma = i < len(self.tokens) and self.tokens[i].text == ","
        once = self.masked.count(tok.text) == 1  # a word met again is more likely a name
        return comma and once and not is_first_name(tok.text) and is_past_participle(self.g, tok.low)

    def _after_class_noun(self, pos: int) -> bool:
        """`l'association Droit au logement`, `el colectivo Cero Desahucios`: a name right after the noun
        of a kind of body (fr, es, it, pt write the noun in lower case, the name after it)."""
        lang = self.lang
        if not lang.head_first:
            return False
        before = self.tokens_in(max(0, pos - 30), pos)[-1:]
        if not before or not (before[0].text[:1].islower() or ELIDED_NOUN.match(before[0].text)):
            return False
        elided = ELIDED.fullmatch(before[0].low)
        noun = elided.group(1) if elided else before[0].low
        return noun in lang.generic_bodies

    def _work_title(self, m: Mention) -> int:
        """`His memoir, Rising Early: Forty Winters at the Oven, sold …`, `the novel, Quiet Water, is …`:
        capitalised words set off by a comma after a determiner and the noun of a work
        (`Language.work_nouns`, not a body's such as a campaign), and closed by a comma or by a colon and
        the subtitle, are that work's title in apposition to it (one referent: Quirk et al. 1985, § 17.65),
        no person: where the title ends (0: no title); not a name opening the clause after a phrase (`In
        his memoir, Tom Brindle recalls …`: a first name, then a verb), nor a surname described by a noun
        phrase set off after it (`In the review, Whitlow, the chief inspector, writes …`)."""
        before = self.tokens_in(max(0, m.start - 60), m.start)[-3:]
        after = self.tokens_in(m.end, m.end + 3)[:1]
        if len(before) < 3 or before[-1].text != "," or not after or after[0].text not in (",", ":"):
            return 0
        noun = before[-2].low
        work = noun in self.lang.work_nouns and noun not in self.lang.generic_bodies
        if not work or before[-3].low not in self.lang.determiners or is_first_name(m.name.split()[0]):
            return 0
        if after[0].text == ",":
            described = self.tokens_in(after[0].end, after[0].end + 20)[:1]
            person = bool(described) and described[0].low in self.lang.determiners | self.lang.articles
            return 0 if person else m.end  # `In the review, Whitlow, the chief inspector, …`: a person
        _, hi = self.sentence_of(m.start)
        close = next((t for t in self.tokens_in(after[0].end, hi) if t.text == ","), None)
        return close.start if close else m.end

    def _named_thing(self, m: Mention, surnames: Container[str], titled: Container[str]) -> bool:
        """A name that opens with no first name right after the lower-case noun of a body or a paper
        (`the journal Ecological Applications`, `the group Clean Rivers`, `the charity Brightwell said`): the
        body's name in close apposition to the noun of its class (Quirk et al. 1985, A Comprehensive
        Grammar of the English Language, § 17.75: "the novelist Dickens"), no person; not the surname of
        someone the text names in full (`the company Ashby founded`: the subject of a clause on the noun),
        nor after a speech verb (`told the court Moss had …`: the subject of the clause reported), nor a
        name whose last word the text gives a courtesy title (`the broadcaster Ysolt Crannaford …
        Ms. Crannaford`: Mr., Mrs. and Ms. go before a person's surname only, so the first word is a first
        name the list of first names lacks)."""
        before = self.tokens_in(max(0, m.start - 60), m.start)[-4:]
        kinds = self.g.org_words | self.lang.generic_bodies
        if not before or not before[-1].text.islower() or before[-1].low not in kinds:
            return False
        articles = [k for k, t in enumerate(before) if t.low in self.lang.articles]
        if articles and articles[-1] > 0 and before[articles[-1] - 1].low in self.g.cues:
            return False
        if m.name.split()[-1].lower() in titled:
            return False
        return not is_first_name(m.name.split()[0]) and m.name.lower() not in surnames

    def _names_kind_after(self, m: Mention, surnames: Container[str]) -> bool:
        """`the Unite union`, `the Loafwise charity`: one capitalised word between a definite article and the
        lower-case noun of a body's kind modifies that noun as the body's name (a proper noun as
        premodifier, Quirk et al. 1985, § 17.108), no person; not a first name, nor the surname of someone
        the text names in full (`the Ashby campaign`: his campaign, and he a person)."""
        if " " in m.name or not self._after_definite(m):
            return False
        after = self.tokens_in(m.end, m.end + 30)[:1]
        kinds = self.g.org_words | self.lang.generic_bodies
        if not after or not after[0].text.islower() or after[0].low not in kinds:
            return False
        return not is_first_name(m.name) and m.name.lower() not in surnames

    def _body_after_article(self, m: Mention) -> bool:
        """A single capitalised word after a definite article, where nouns are not capitalised: the head of a
        body's name (`L'Ordre des pharmaciens d'Occitanie`)."""
        lang = self.lang
        if not lang.head_first or " " in m.name or m.kind == "person" or is_first_name(m.name):
            return False
        before = self.tokens_in(max(0, m.start - 6), m.start)[-1:]
        # after an article, or a preposition with its article where the name runs on in lower case
        # (`nella nota della Protezione civile`, `selon l'Office national des forêts`)
        connectors = lang.name_connectors - lang.conjunctions if lang.adjective_endings else frozenset()
        # or the preposition of the place a statement comes from (`fanno sapere dall'Autorità di bacino`)
        sources = lang.source_prepositions if lang.adjective_endings else frozenset()
        articles = lang.definite_articles | connectors | sources
        return bool(before) and before[0].low in articles and before[0].end >= m.start - 1

    def _ends_in_body_noun(self, m: Mention) -> bool:
        """A name of several capitalised words ending in a body's noun, where nouns are not capitalised:
        the rest of that body's name may follow in lower case (`Osservatorio Vesuviano dell'Istituto
        nazionale di geofisica`)."""
        if not self.lang.adjective_endings or " " not in m.name or m.kind == "person":
            return False
        last = m.name.split()[-1]
        glued = GLUED.fullmatch(last)
        return (glued.group(2) if glued else last).lower() in self.g.org_words

    def _extend_body_name(self, m: Mention, genitive: bool = False) -> None:
        """Where bodies' names are written in sentence case, the name runs on over one preposition (and an
        article) and the word it governs: "Droit au logement", "Médecins sans frontières" (not on
        over "dans un communiqué" after it)."""
        lang = self.lang
        i = k = bisect.bisect_left(self._token_starts, m.end)
        if genitive and lang.adjective_endings:
            end = self.sentence_case_end(i, m.end)
            if end > m.end:
                m.name = _ACRONYM.sub("", self.masked[m.start : end])  # (its abbreviation left out)
                m.end = end
                m.kind = "org"
            return
        small = lang.phrase_breaks | lang.articles
        while k < len(self.tokens) and k - i < 2 and self.tokens[k].low in small:
            k += 1
        if k == i or k >= len(self.tokens) or self.tokens[k].start > self.tokens[k - 1].end + 1:
            return
        if genitive and self.tokens[i].low not in lang.name_connectors:
            return  # after an article only `des pharmaciens`, not `dans un communiqué`
        word = self.tokens[k]
        if not word.text.isalpha() or word.low in lang.stopwords or word.low in self.g.cues:
            return
        end = word.end
        after = self.tokens[k + 1 : k + 3]  # `… des pharmaciens d'Occitanie`: and a place or body after
        if len(after) == 2 and after[0].low in lang.name_connectors and _is_capitalised(after[1]):
            end = after[1].end
        m.name = self.masked[m.start : end]
        m.end = end
        m.kind = "org"

    def sentence_case_end(self, i: int, end: int) -> int:
        """Where a body's name written in sentence case ends, its head ending at `end` and token `i` next:
        over adjectives (`l'Agence régionale de santé`, `la Protezione civile`) and over a preposition (and
        an article) with the word it governs, in lower case or a name (`la Société des transports
        intercommunaux de Bruxelles`, `l'Agenzia regionale per la protezione dell'ambiente`), not over
        a verb, a function word or a time (`la Préfecture de son côté`, `l'Office dans un communiqué`)."""
        lang = self.lang
        toks = self.tokens
        # not a conjunction: `de Gandia y robarles`
        connectors = (lang.name_connectors | lang.inner_prepositions) - lang.conjunctions
        k, words, last = i, 0, end
        while k < len(toks) and words < _LONGEST_BODY and self.masked[last : toks[k].start] in (" ", ""):
            tok = toks[k]
            if self._name_adjective(tok) and not self._takes_object(k) and not self._disagrees(k, i):
                end = last = tok.end
                k, words = k + 1, words + 1
                continue
            # `l'Office public de l'habitat (OPH) de la Haute-Vienne`: the name runs on past its abbreviation
            # into the place it serves, a capitalised word after the preposition (and its article), not into
            # an adverbial phrase (`(OPH) du fait de la grève`, `(OPH) de la région`)
            bracket = toks[k : k + 6]
            abbreviated = len(bracket) >= 5 and _ACRONYM.fullmatch(self.masked, last, bracket[2].end)
            placed = abbreviated and bracket[3].low in connectors
            if placed and bracket[4].low in lang.articles and len(bracket) == 6:
                placed = _is_capitalised(bracket[5])
            elif placed:
                placed = _is_capitalised(bracket[4])
            if lang.head_first and placed and tok.text == "(":
                k, last = k + 3, bracket[2].end
                continue
            if lang.head_first and words and _is_capitalised(tok) and is_town_or_region(tok.text):
                end = last = tok.end  # `l'Office public de l'habitat Bretagne`: the region it serves
                k, words = k + 1, words + 1
                continue
            glued = GLUED.fullmatch(tok.text)
            if glued and glued.group(1).lower() in connectors and self._name_noun(glued.group(2)):
                end = last = tok.end  # `d'assurance`, `dell'ambiente`
                k, words = k + 1, words + 1
                continue
            joined = self._joined_part(k, last, connectors)
            if joined:  # `alpino e speleologico`, `di geofisica e vulcanologia`, `del Garda e dei laghi`
                last, k = tok.end, k + 1
                if joined == "word":
                    end = last = toks[k].end
                    k, words = k + 1, words + 1
                continue
            if tok.low not in connectors or k + 1 >= len(toks):
                break
            j = k + 1
            if toks[j].low in lang.articles and j + 1 < len(toks) and toks[j].start == tok.end + 1:
                j += 1  # `per la protezione`, `de l'Hérault`
            word = toks[j]
            if self.masked[toks[j - 1].end : word.start] not in (" ", ""):
                break
            glued = GLUED.fullmatch(word.text)
            noun = glued.group(2) if glued and glued.group(1).lower() in lang.articles else word.text
            named = _is_capitalised(word) and _HYPHENED_NAME.fullmatch(word.text) is not None
            if not named and not self._name_noun(noun):
                break
            end = last = word.end
            k, words = j + 1, words + 1
            while lang.head_first and named and k < len(toks) and self.masked[last : toks[k].start] == " ":
                if not (_is_capitalised(toks[k]) and _HYPHENED_NAME.fullmatch(toks[k].text)):
                    break
                end = last = toks[k].end  # `de la Costa Brava`: a name of several words
                k += 1
        return end

    def _joined_part(self, k: int, last: int, connectors: frozenset[str]) -> str | None:
        """Token `k` of a body's name written in sentence case, after its word ending at `last`: an "and"
        joining a second part of the name, a word in lower case after one (`civile e militare`, `di
        geofisica e vulcanologia`): "word"; or a preposition (`de l'eau et de l'assainissement`):
        "connector". None before any other word: an article, a verb, a function word or a name (`la
        Protezione civile e la polizia`, `e ha detto`)."""
        toks = self.tokens
        if toks[k].low not in self.lang.body_conjunctions or k + 1 >= len(toks) or k == 0:
            return None
        prev, nxt = toks[k - 1], toks[k + 1]
        if prev.end != last or self.masked[toks[k].end : nxt.start] != " ":
            return None
        if prev.text.islower() and self._name_noun(nxt.text) and nxt.low not in connectors:
            return "word"
        glued = GLUED.fullmatch(nxt.text)
        preposition = nxt.low in connectors or (glued is not None and glued.group(1).lower() in connectors)
        return "connector" if preposition else None

    def _name_adjective(self, tok: Token) -> bool:
        """A lower-case adjective with an ending no finite verb has (`régionale`, `civile`)."""
        low = tok.low
        if not tok.text.isalpha() or not tok.text.islower() or len(low) < 4:
            return False
        return low.endswith(self.lang.adjective_endings) and self._name_noun(low)

    def _takes_object(self, k: int) -> bool:
        """Whether token `k` is followed, past any adverbs, by a determiner that opens no part of a body's
        name: a verb and its object (`La Fédération dégaine un recours`, `Le Syndicat enchaine les
        préavis`, `La Ligue entraine désormais ses arbitres`), some verbs sharing an adjective's ending."""
        lang = self.lang
        toks = self.tokens
        j = k + 1
        while j < len(toks) and is_adverb(self, toks[j]):
            j += 1
        return j < len(toks) and toks[j].low in lang.determiners - lang.name_connectors

    def _disagrees(self, k: int, i: int) -> bool:
        """Whether token `k`, the first `i` after a capitalised head, has a feminine-only adjective's ending
        while a masculine article opens the head: a verb, not its adjective (`Le Gouvernement traine des
        pieds`; `la Confédération paysanne` agrees)."""
        toks = self.tokens
        feminine = self.lang.feminine_adjective_endings
        if k != i or not feminine or not toks[k].low.endswith(feminine):
            return False
        j = k - 1
        genders = self.lang.article_genders
        while j > 0 and _is_capitalised(toks[j]) and toks[j].low not in genders:
            j -= 1
        return genders.get(toks[j].low) == "m"

    def _name_noun(self, word: str) -> bool:
        """A lower-case word that may stand inside a body's name: no function word, verb, or time; a
        compound none of these whole, and its parts each such a word (`éleveurs-sélectionneurs`, not
        `peut-être`, `a-t-il`, `week-end`)."""
        lang = self.lang
        low = word.lower()
        verbs = lang.finite_verbs | lang.auxiliaries
        if low in self.g.cues or low in lang.stopwords | verbs | lang.time_words | lang.phrase_breaks:
            return False
        if "-" in word:
            return all(self._name_noun(part) for part in word.split("-"))
        return word.isalpha() and word.islower() and len(low) >= 3

    def _adjective_and_noun(self, m: Mention, text: str) -> bool:
        """German: two capitalised words opening a sentence, the first a common adjective ("Scharfe Kritik",
        "Große Sorge"): a noun phrase, no name, unless the text writes them so elsewhere too ("Deutsche
        Bahn")."""
        words = m.name.split()
        if not self.lang.capitalised_nouns or len(words) != 2 or is_first_name(words[0]):
            return False
        first = words[0].lower()
        ending = next((e for e in ("er", "es", "en", "em", "e") if first.endswith(e)), None)
        if ending is None or zipf(first, self.lang.wordfreq) < COMMON_NOUN:
            return False
        stem = first[: -len(ending)]  # an adjective has all these forms ("scharfe", "scharfes", "scharfer")
        forms = all(zipf(stem + e, self.lang.wordfreq) >= _ADJECTIVE_FORMS for e in ("e", "es", "er"))
        return forms and text.count(m.name) == 1

    def _with_adjective(self, m: Mention) -> None:
        """German: an adjective in -isch right before a body's name tells which body it is (`das bayerische
        Kultusministerium`, `der sächsischen Polizei`): it opens the name, in the form it takes after the
        definite article in the nominative ("bayerische")."""
        i = bisect.bisect_left(self._token_starts, m.start)
        before = self.tokens[i - 1] if i else None
        if before is None or before.end + 1 != m.start or not before.text[:1].islower():
            return
        adjective = _STATE_ADJECTIVE.fullmatch(before.text)
        if adjective is None:
            return
        m.name = f"{adjective.group(1)}ische {m.name}"
        m.start = before.start

    def _strong_adjective(self, m: Mention) -> None:
        """German: `der Hydrographische Dienst`, `das Rote Kreuz`, `die Niedersächsischen Landesforsten` (a
        plural): a capitalised adjective is part of the body's name, which without its article takes the
        adjective's strong ending ("Hydrographischer Dienst", "Rotes Kreuz", "Niedersächsische
        Landesforsten"). A lower-case one (`das bayerische Kultusministerium`) only describes it."""
        words = m.name.split()
        before = self.tokens_in(max(0, m.start - 8), m.start)[-1:]
        if len(words) < 2 or not before:
            return
        article = before[0].low
        # adjectives in a row take the same ending ("Allgemeiner Deutscher Automobil-Club", "Deutsches
        # Rotes Kreuz": Duden, Die Grammatik, on parallel inflection of adjectives before one noun)
        k = 0
        while k < len(words) - 1 and words[k][:1].isupper() and words[k].endswith(("e", "en")):
            word = words[k]
            ending = _STRONG_ENDINGS.get(article) if word.endswith("e") else "e" if article == "die" else None
            if not ending or not _is_adjective(self, word):
                break
            words[k] = f"{word.removesuffix('n')[:-1]}{ending}"
            k += 1
        m.name = " ".join(words)

    def premodifier(self, m: Mention, nxt: Mention) -> bool:
        """English: capitalised words (`Republican`, `Georgia Democratic`), then lower-case words ending in a
        title, then a person's name: they describe the role, the name is the noun phrase's head."""
        if m.possessive or self.lang.capitalised_nouns or self.lang.head_first:
            return False
        words = self._words_before_person(m, nxt, 4)
        return bool(words) and is_title_word(self.g, words[-1].text)

    def _words_before_person(self, m: Mention, nxt: Mention, most: int) -> list[Token]:
        """The lower-case words, 1 to `most` of them and nothing else, between `m` and the person `nxt` named
        right after it (`Georgia Democratic [gubernatorial nominee] Tom Wade`); none otherwise."""
        if nxt.kind != "person":
            return []
        between = self.tokens_in(m.end, nxt.start)
        words = 0 < len(between) <= most and all(t.text.isalpha() and t.text.islower() for t in between)
        return between if words else []

    def _party_member(self, m: Mention) -> bool:
        """English: capitalised words after an indefinite article that end in a party or origin noun (`a
        Marion Republican`, `a Georgia Republican`): what someone is, not a name."""
        last = m.name.split()[-1].lower()
        head_last = not (self.lang.capitalised_nouns or self.lang.head_first)
        return head_last and last in self.lang.person_epithets and self._after_indefinite(m.start)

    def _after_indefinite(self, pos: int) -> bool:
        before = self.masked[max(0, pos - 8) : pos].split()
        return bool(before) and before[-1].lower() in self.lang.indefinite_articles

    def _town_after_preposition(self, m: Mention) -> bool:
        """ru/uk: one capitalised word that the dictionary knows as a common noun for a thing, after a
        preposition of place ("в Тару", "из Тары", "до Лиманів"), is a town, though a first name somewhere
        ("Taru"): not a person."""
        code = self.lang.morphology
        if not code or m.kind != "person" or " " in m.name:
            return False
        before = self.masked[max(0, m.start - 5) : m.start].split()
        if not before or before[-1].lower() not in self.lang.place_prepositions:
            return False
        written = self.text[m.start : m.end]
        # "з Краматорська": read first as an adjective, but only a town's genitive after "з"
        thing = morph.is_inanimate_noun(code, written, first_names=False)
        return thing or morph.names_a_thing_only(code, written)

    def _named_in_nominative(self, m: Mention) -> bool:
        """ru/uk: `мешканка Соборної вулиці Ганна Ткачук`: a person's first name and surname in the
        nominative after a street noun are no street's: a street named after a person takes the name in
        the genitive (`вулиця Івана Франка`, `улица Анны Ахматовой`), so a name whose first name cannot be
        a genitive (not an indeclinable `Хосе`) is a person apposed to a person noun of its gender in the
        nominative within the three words before the street noun (`жительница Садовой улицы`)."""
        code = self.lang.morphology
        if not code or m.kind != "person" or not m.nominative or " " not in m.name:
            return False
        genders = morph.nominative_first_name(code, m.name.split()[0])
        before = [w.lower() for w in self.masked[max(0, m.start - 80) : m.start].split()][-4:-1]
        nouns = [morph.person_noun(code, w.strip(",")) for w in before]
        return any(person and gender in genders for person, gender in nouns)

    def _after_street_noun(self, pos: int) -> bool:
        before = [w.lower() for w in self.masked[max(0, pos - 20) : pos].split()]
        while len(before) > 1 and before[-1] in self.lang.name_connectors:
            before.pop()  # "calle de Alcalá"
        if before and before[-1] in self.lang.eponym_words:
            return True  # "больница имени Пирогова": the person a place is named after
        if not before or not self.lang.street_nouns:
            return False
        word = before[-1]
        code = self.lang.morphology
        return (morph.lemma_of(code, word) if code else word) in self.lang.street_nouns

    def _epithet_before_noun(self, tok: Token) -> bool:
        """Where adjectives may precede their noun (fr, es, it, pt), a common capitalised word that
        opens a sentence right before a lower-case word ("Principal prévenu", "Nueva ley")."""
        if not self.lang.epithets or is_first_name(tok.text):
            return False
        if zipf(tok.low, self.lang.wordfreq) < COMMON_EPITHET:
            return False
        i = bisect.bisect_right(self._token_starts, tok.start)
        nxt = self.tokens[i] if i < len(self.tokens) else None
        return nxt is not None and nxt.start == tok.end + 1 and nxt.text[:1].islower() and nxt.text.isalpha()

    def _aged(self, m: Mention) -> bool:
        """A name followed by an age in apposition (", 52 ans,", ", de 61 anos,", ", 54 anni,")."""
        after = _AGE.match(self.masked, m.end)
        return after is not None and after.group(1).lower() in self.lang.time_words

    def _role_before_phrase(self, tok: Token) -> bool:
        """fr, es, it, pt: a capitalised word, no first name, that opens a sentence before a preposition
        in lower case ("Sonneur au bagad …,", "Alcaldesa de Getafe desde 2019,"): a role noun."""
        if not self.lang.head_first or self.lang.capitalised_nouns or is_first_name(tok.text):
            return False
        i = bisect.bisect_right(self._token_starts, tok.start)
        nxt = self.tokens[i] if i < len(self.tokens) else None
        return nxt is not None and nxt.text[:1].islower() and nxt.low in self.lang.phrase_breaks and (
            nxt.low not in self.lang.relatives
        )

    def _modifies_next(self, tok: Token) -> bool:
        i = bisect.bisect_right(self._token_starts, tok.start)
        code = self.lang.morphology or ""
        following = [t.text for t in self.tokens[i : i + 4]]
        if morph.modifies_phrase(code, tok.text, following):
            return True
        # "Кировский и Октябрьский районы": two capitalised adjectives joined before one noun
        joins = self.lang.conjunctions
        before = self.tokens[max(0, i - 3) : i - 1]
        if len(before) == 2 and before[1].low in joins and before[0].cap and following:
            noun = following[0]
        elif len(following) > 2 and following[0].lower() in joins and following[1][:1].isupper():
            noun = following[2]
        else:
            return False
        return noun[:1].islower() and morph.modifies(code, tok.text, noun, joined=True)

    def after_article(self, m: Mention) -> bool:
        """Whether a name follows a definite article, capitalised or not ("A Petrobras", "la RATP")."""
        before = self.masked[max(0, m.start - 12) : m.start].split()
        return bool(before) and before[-1].lower() in self.lang.definite_articles

    def _after_definite(self, m: Mention) -> bool:
        """Whether a name follows a lower-case definite article, with no title between."""
        before = self.masked[max(0, m.start - 12) : m.start].split()
        return bool(before) and before[-1] in self.lang.definite_articles

    def _dateline(self, m: Mention) -> bool:
        """A name in capitals opening a paragraph before a dash, its province in brackets between or not
        (`NAPOLI - `, `CREVALCORE (Bologna) - `): the place a local story's dateline names."""
        opens = m.start == 0 or self.masked[m.start - 1] == "\n"
        return opens and m.name.isupper() and _DATELINE_DASH.match(self.masked, m.end) is not None

    def _after_opener(self, pos: int) -> bool:
        i = pos - 1
        while i >= 0 and self.masked[i] in " \t\"“‘„«(":
            i -= 1
        if i >= 0 and self.masked[i] in "—–-":  # `LOS ANGELES (AP) — To LeBron James, …`: after a dateline
            line = self.masked[self.masked.rfind("\n", 0, i) + 1 : i]
            return _DATELINE.fullmatch(line.strip()) is not None
        return i < 0 or self.masked[i] in "\n:"

    def _share_surnames(self) -> None:
        """`Oren and Talia Vesk`, `Jonas und Frieda Marzahn`: a first name alone joined by a conjunction to a
        full name that opens with a first name bears that surname too (a couple, siblings), so that `Mr.
        Vesk` and `Oren` later name him, not her; not a first name that already named someone in full."""
        people = [m for m in self.mentions if m.kind in {"person", "unknown"}]
        named = {m.name.split()[0] for m in people if " " in m.name}
        for first, m in itertools.pairwise(people):
            words = m.name.split()
            if m.kind != "person" or len(words) < 2 or " " in first.name or first.name in named:
                continue
            between = self.tokens_in(first.end, m.start)
            joined = len(between) == 1 and between[0].low in self.lang.body_conjunctions
            after = self.tokens_in(m.end, m.end + 8)[:2]
            if len(after) == 2 and after[0].text == "," and after[1].low in self.lang.indefinite_articles:
                continue  # `Oren and Talia Vesk, a florist,`: one person in apposition, two people
            if joined and is_first_name(first.name) and is_first_name(words[0]) and not first.possessive:
                first.name, first.kind = " ".join([first.name, *words[1:]]), "person"

    def _index_names(self, said_by: set[str]) -> None:
        full: dict[str, str] = {}
        self.namesakes: dict[str, list[str]] = {}  # ru/uk: full names that share a surname's key
        person_last: set[str] = set()
        gender: dict[str, str] = {}
        # A full name that starts with a first name ("Julián Robles") before other runs ending alike
        # ("imprenta Hermanos Robles").
        ordered = sorted(self.mentions, key=lambda m: not is_first_name(m.name.split()[0]))
        for m in ordered:
            last = self.key(m.name)
            if m.kind == "person":
                person_last.add(last)
                if " " in m.name:
                    full.setdefault(last, m.name)
                    self.namesakes.setdefault(last, []).append(m.name)
            if m.gender and m.kind == "person":
                gender.setdefault(last, m.gender)
        for words in self._east_asian():  # "Ким Чен Мин", then "Ким": the surname comes first
            full.setdefault(self.key(words[0]), " ".join(words))
        # the first word of someone's full name: a first name the text may name them by
        firsts = {m.name.split()[0] for m in self.mentions if m.kind == "person" and " " in m.name}
        for m in self.mentions:  # then "Ortega" of "Miguel Ángel Ortega Ruiz", where no name ends so
            if m.kind == "person":
                words = m.name.split()
                for k in range(1, len(words) - 1):
                    word = words[k]
                    # "Lula" of "Luiz Inácio Lula da Silva": a first name, but not of this man's gender;
                    # "Valle" of "Jorge del Valle Ortiz": after a particle, a surname
                    other = m.gender is None or first_name_gender(word) not in (None, m.gender)
                    particle = words[k - 1].lower() in self.lang.name_connectors
                    # "Salvador" of "Tomás Salvador Ibarra", "Blas" of "Rubén Blas Ortega-Vidal": where
                    # a person bears two surnames, the first names them again, though a first name too,
                    # unless someone else's full name opens with it
                    paternal = self.lang.head_first and word not in firsts
                    if word[:1].isupper() and (not is_first_name(word) or other or particle or paternal):
                        full.setdefault(self.key(word), m.name)
        for m in self.mentions:
            last = self.key(m.name)
            named = last in person_last or m.name in said_by
            body = (self.lang.head_first or self.lang.capitalised_nouns) and self.after_article(m)
            if m.kind == "unknown" and named and not body:
                m.kind = "person"  # `Smith said`, not `A Petrobras anunciou` (no article before a person)
            if m.gender is None:
                m.gender = self._sex_before(m)
            shared = " " in m.name and len(set(self.namesakes.get(last, ()))) > 1
            if m.gender is None and not shared:
                m.gender = gender.get(last) or name_gender(m.name, person_last, self.lang.code)
            elif m.gender is None:  # `Sam Calder` beside `Ruth Calder`: her surname, not her sex
                same = [o for o in self.mentions if o.name == m.name and o.gender]
                m.gender = same[0].gender if same else None
        self.full = full
        self.acronyms: dict[str, str] = {}
        for m in self.mentions:
            self._extend_to_acronym(m)
            acronym = _ACRONYM.match(self.masked, m.end) or _ACRONYM.search(self.masked, m.start, m.end)
            if acronym and " " in m.name and self._abbreviates(acronym.group(1), m.name):
                self.acronyms.setdefault(acronym.group(1), _nominative_body(self, m, m.name))
        by_first: dict[str, set[str]] = {}
        for m in self.mentions:
            words = m.name.split()
            full_name = len(words) > 1 and not self._patronymic(words)
            if m.kind == "person" and full_name and self._first_name_of(words):
                by_first.setdefault(words[0].lower(), set()).add(m.name)
        taken = set(full) | {  # "Ms. Dong": a surname; "seiner Frau Gisela": a first name
            m.name.lower() for m in self.mentions if m.titled and not first_name_gender(m.name)
        }
        self.by_first = {k: next(iter(v)) for k, v in by_first.items() if len(v) == 1 and k not in taken}
        self._name_kin()

    def _first_name_of(self, words: list[str]) -> bool:
        """Whether the first of a person's full name `words` is a first name: one in the list of first
        names, or in Russian and Ukrainian the first of two words that name a person
        ("кондитер Дилфуза Каримова … — смеётся Дилфуза": the press names an ordinary person again by
        the first name alone, whatever its origin)."""
        return is_first_name(words[0]) or (bool(self.lang.morphology) and len(words) == 2)

    def _abbreviates(self, acronym: str, name: str) -> bool:
        """Whether `acronym` is written for `name`; German leaves out the adjective of the state that opens
        an authority's name (`Bayerisches Landesamt für Gesundheit und Lebensmittelsicherheit (LGL)`)."""
        first, _, rest = name.partition(" ")
        adjective = self.lang.capitalised_nouns and " " in rest and _is_adjective(self, first)
        return initials_fit(acronym, name) or (adjective and initials_fit(acronym, rest))

    def _east_asian(self) -> list[list[str]]:
        """ru/uk: the Chinese, Korean and Vietnamese names mentioned, surname first, as word lists."""
        code = self.lang.morphology
        found = [m.name.split() for m in self.mentions if m.kind == "person" and " " in m.name]
        found = found if code else []
        return [w for w in found if morph.east_asian_length(code or "", w) == len(w)]

    def _party_label(self, m: Mention) -> bool:
        """A party's letter and a state after a lawmaker's name, in American papers (`(D-St. Paul)`,
        `, R-Texas,`): no one's name."""
        if not self.lang.party_label:
            return False
        opened = self.masked.rfind("(", max(0, m.start - 12), m.start)
        inside = opened >= 0 and ")" not in self.masked[opened : m.start]
        label = re.compile(self.lang.party_label)
        return label.match(self.masked, opened + 1 if inside else m.start) is not None

    def _dated(self, m: Mention) -> bool:
        """A first name written before a day or a year (`May 2015`, `June 12`): a month."""
        after = re.match(r" \d{1,4}\b", self.masked[m.end : m.end + 6])
        return after is not None and is_first_name(m.name) and not m.titled

    def _sex_before(self, m: Mention) -> str | None:
        """`her brother Sam Calder`, `his wife, Alex`: the sex the noun before a name gives it."""
        if not self.lang.sex_nouns:
            return None
        before = [t for t in self.tokens_in(max(0, m.start - 20), m.start) if t.text != ","][-1:]
        return self.lang.sex_nouns.get(before[0].low) if before and before[0].text.islower() else None

    def _name_kin(self) -> None:
        """`Nadia Orlov and her husband Teo`: a relative named by a first name after a possessive
        is "Teo Orlov", the surname of the person of the possessive's gender named just before."""
        lang = self.lang
        if not lang.kin_nouns:
            return
        for m in self.mentions:
            if m.kind not in {"person", "unknown"} or " " in m.name or not is_first_name(m.name):
                continue
            if m.name.lower() in self.by_first:
                continue
            before = [t for t in self.tokens_in(max(0, m.start - 30), m.start) if t.text != ","][-2:]
            if len(before) < 2 or before[1].low not in lang.kin_nouns:
                continue
            gender = lang.possessive_pronouns.get(before[0].low)
            owner = self.mention_ending(before[0]) if gender is None else None
            if owner is not None and owner.possessive and owner.kind in {"person", "unknown"}:
                surname = self.canonical(owner.name).split()[-1]  # `Grady's wife, Ellen`: Ellen Grady
                self.by_first[m.name.lower()] = full = f"{m.name} {surname}"
                self.namesakes.setdefault(self.key(full), []).append(full)
                continue
            lo, _ = self.sentence_of(m.start)
            # `… Nora Lind, 9. Her father, Erik, agreed.`: a possessive opening the sentence points to the
            # sentences before, up to three (`Clara Mendez … “…,” she said. Her husband, Luis, …`)
            back = 3 if before[0].start == lo else 0
            owners = [] if back else self._kin_owners(lo, before[0].start, gender)
            while back and not owners and lo > 0:
                lo, _ = self.sentence_before(lo)
                owners = self._kin_owners(lo, before[0].start, gender)
                back -= 1
            if gender is None or not owners:
                continue
            full = f"{m.name} {owners[-1].name.split()[-1]}"
            self.by_first[m.name.lower()] = full
            self.namesakes.setdefault(self.key(full), []).append(full)

    def _kin_owners(self, lo: int, hi: int, gender: str | None) -> list[Mention]:
        """The people named in full in `[lo, hi)` whom a possessive of `gender` may point to."""
        found = self.mentions_in(lo, hi)
        return [o for o in found if o.kind == "person" and " " in o.name and o.gender in (None, gender)]

    def person_name(self, m: Mention, gender: str | None = None) -> str:
        """The full name of the person mention `m` (`_namesake`), of the generation it names
        (`_generation`); of namesakes the mention leaves apart, the one in focus (`_in_focus`)."""
        return self._in_focus(m, self._generation(m, self._namesake(m, gender)))

    def with_suffix(self, name: str, pos: int) -> str:
        """`Amos Welbury` as its speaker's full name with its suffix: of a father and a son the text names
        only with theirs (`Amos Welbury Jr.`, `Amos Welbury Sr.`), the one it named last before `pos`, as the
        press speaks of one of them at a time (else the one it named first); of a name one person bears,
        its suffix (`Robert Ames Jr.`)."""
        variants = self.generations.get(name, set())
        if len(variants) != 2 or "" in variants or self.lang.morphology:
            return self.suffixed.get(name, name)
        same = [o for o in self.mentions if o.kind == "person" and self.key(o.name) == self.key(name)]
        told = [(o.start, self.person_name(o)) for o in same]
        told = [(start, named) for start, named in told if named.startswith(f"{name} ")]
        before = [named for start, named in told if start < pos]
        return before[-1] if before else told[0][1] if told else self.suffixed.get(name, name)

    def _in_focus(self, m: Mention, name: str) -> str:
        """`Coach Rhea Mallin … Mallin said … Tobi Mallin, the coach's son, …`: a surname
        alone, untitled, that two people named in full share (a parent and a child, a couple) names the one
        of them the text had named in full before it, where it had named only one of them so far (the
        press brings the second in with words that tell them apart); `name` otherwise."""
        if self.lang.morphology or m.kind != "person" or " " in m.name or m.titled:
            return name
        key = self.key(m.name)
        same = list(dict.fromkeys(self.namesakes.get(key, ())))
        if len(same) < 2:
            return name
        named = {
            self.canonical(o.name) for o in self.mentions
            if o.kind == "person" and o.end <= m.start and " " in o.name and self.key(o.name) == key
        }
        before = [n for n in same if n in named]
        return before[0] if len(before) == 1 else name

    def _namesake(self, m: Mention, gender: str | None = None) -> str:
        """The full name of the person mention `m`; a surname after a title of one sex (`Mr Brackwater`)
        is the namesake of that sex (Tom Brackwater, not Ann Brackwater named first), or the one namesake
        whose first name tells no sex where the others are of the other sex, and so is one a
        pronoun of `gender` points back to (ru/uk: "Остапенко … — каже вона"), else itself."""
        if m.titled and m.gender and " " not in m.name:
            same = set(self.namesakes.get(self.key(m.name), ()))
            sexes = {n: first_name_gender(n.split()[0], self.lang.code) for n in same}
            fits = [n for n, sex in sexes.items() if sex == m.gender]
            if len(fits) == 1:
                return fits[0]
            # `Mr. Brackwater` after `Roswitha Brackwater` and `Thelonius Brackwater` (a first name of no
            # known sex): not her
            unknown = [n for n, sex in sexes.items() if sex is None]
            if not fits and len(unknown) == 1 and len(same) > 1:
                return unknown[0]
            if same and all(sex not in (None, m.gender) for sex in sexes.values()):
                return m.name  # `Mr Brackwater` after `Ann Brackwater` only: not her
        return self.canonical(m.name, gender)

    def _generation(self, m: Mention, name: str) -> str:
        """Of a father and his son who share a full name (`Ivar Quist`, `Ivar Quist Jr.`), the one a surname
        names with its suffix (`Mr. Quist Sr.`) or after an adjective of age (`the elder Mr. Quist`, `the
        younger Quist`), as English papers tell the two apart once both are named in full; the elder or
        the younger of the two names, by the rank of its suffix. `name` as it stands where the text names
        no two generations."""
        lang = self.lang
        variants = self.generations.get(name, set())
        if m.suffix and m.suffix in variants and len(variants) == 2:
            return f"{name} {m.suffix}"
        before = [t.low for t in self.tokens_in(max(0, m.start - 12), m.start)][-1:]
        if not before or before[0] not in lang.elder_words | lang.younger_words:
            return name
        if len(variants) != 2:
            # `the younger Quist` of `Ivar Quist` and `his son, Nils Quist`: the one the text brought in by
            # a noun of kin, as English papers tell two of one surname apart; a full name (`elder Nils
            # Quist`, a title) names its own bearer
            if " " in m.name:
                return name
            return self._kin_of_age(name, before[0] in lang.elder_words) or name
        ranked = sorted(variants, key=lambda s: lang.generation_ranks.get(s.lower(), 1))
        return f"{name} {ranked[0] if before[0] in lang.elder_words else ranked[-1]}".strip()

    def _kin_of_age(self, name: str, elder: bool) -> str | None:
        """Of the two people who share the surname of `name` (a surname, or one of their full names), the
        elder or the younger, where the text brought one of them in by a noun of a parent or a child
        (`_kin_generation`); else None."""
        same = list(dict.fromkeys(self.namesakes.get(self.key(name), ())))
        if len(same) != 2 or (" " in name and name not in same):
            return None
        generations = [self._kin_generation(n) for n in same]
        if len(set(generations) - {None}) != 1 or generations[0] == generations[1]:
            return None
        known = 0 if generations[0] else 1
        told = generations[known] == ("elder" if elder else "younger")
        return same[known] if told else same[1 - known]

    def _kin_of_rank(self, name: str) -> str | None:
        """ru/uk: "Чаплыгин-старший", "Ведмедюка-молодшого": of two namesakes, one brought in as the other's
        child or parent ("и его сын Глеб Чаплыгин"), the elder or the younger; None where the text does not
        tell them apart."""
        base, _, rank = name.rpartition("-")
        rank, lang = rank.lower(), self.lang
        elder = rank.startswith(lang.elder_stems)
        if not base or not (elder or rank.startswith(lang.younger_stems)):
            return None
        return self._kin_of_age(base, elder)

    def _kin_generation(self, full: str) -> str | None:
        """ru/uk/en: "elder" where the person `full` is first named after a noun of a parent ("отец Иван
        Чаплыгин"), "younger" after a noun of a child ("его сын Глеб Чаплыгин"; en only a lower-case noun
        after a possessive, "her daughter, X"), else None. Only a name
        written in its dictionary form stands in apposition to the noun: before a name in the genitive the
        noun is the other person's ("Глеб Чаплыгин, сын Ивана Чаплыгина": Иван is the father), so None."""
        code, lang = self.lang.morphology or "", self.lang
        first = next((m for m in self.mentions if m.kind == "person" and m.name == full), None)
        if first is None or self.text[first.start : first.end] != full:
            return None
        before = [t for t in self.tokens_in(max(0, first.start - 30), first.start) if t.text.isalpha()][-2:]
        for i in range(len(before) - 1, -1, -1):
            t = before[i]
            noun = morph.lemma_of(code, t.low) if code else t.low
            # without morphology (en): a lower-case noun after a possessive (`her son, X`), not a title
            # (`Father X`, `Mother X`)
            plain = bool(code) or (t.text.islower() and i > 0 and before[i - 1].low in lang.possessives)
            if plain and (noun in lang.child_nouns or noun in lang.parent_nouns):
                return "younger" if noun in lang.child_nouns else "elder"
            if t.low not in lang.determiners:
                break
        if code:
            return None
        # en: or in the apposition after the name, a noun of kin after a possessive (`X, the speaker's son,`,
        # `X, her father,`)
        after = self.tokens_in(first.end, first.end + 60)[:8]
        if not after or after[0].text != ",":
            return None
        # (the noun heads the apposition, among its first words and closing it: not `X, who lost his son …`)
        for k, (prev, t) in enumerate(itertools.pairwise(after[1:]), start=2):
            if t.text in {",", ".", ";"}:
                break
            owned = prev.low in lang.possessives or prev.low.endswith(("'s", "’s"))
            head = k <= 3 and k + 1 < len(after) and after[k + 1].text in {",", ".", ";"}
            kin = t.low in lang.child_nouns or t.low in lang.parent_nouns
            if owned and head and kin and t.text.islower():
                return "younger" if t.low in lang.child_nouns else "elder"
        return None

    def key(self, name: str) -> str:
        """The lookup key of a name: its last word, lower case, in its dictionary form."""
        last = name.split()[-1] if name.split() else name
        code = self.lang.morphology
        return morph.lemma(code, last) if code else last.lower()

    def expansion(self, acronym: str) -> str | None:
        """`Secretaria de Estado de Saúde (SES)`: the name an abbreviation stands for, read back from its
        bracket over capitalised words and short connectors (also where no one mention holds the name)."""
        for m in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", self.text):
            words = self.text[max(0, m.start() - 160) : m.start()].rstrip().split()
            name: list[str] = []
            while words:
                w = words.pop()
                connector = bool(name) and len(w) <= 3 and w.isalpha()
                if w[:1].isupper() or connector or w[:2].lower() in ("d'", "d’"):
                    name.insert(0, w)
                else:
                    break
            while name and (not name[0][:1].isupper() or name[0].lower() in self.lang.articles):
                name.pop(0)
            full = " ".join(name)
            if len(name) > 1 and initials_fit(acronym, full):
                return full
        return None

    def canonical(self, name: str, gender: str | None = None) -> str:
        """A surname (or a lone first name, or an abbreviation) as the full name given earlier in the text;
        of two namesakes, the one of `gender` where it is known ("Остапенко … — каже вона")."""
        if name.rstrip(".") in self.acronyms:  # a sentence's full stop may stay glued to it
            return self.acronyms[name.rstrip(".")]
        words = name.split()
        initials = [w for w in words[:-1] if INITIAL.fullmatch(w)]
        if initials and len(initials) == len(words) - 1:  # "П. Коробейников": the Павел Коробейников named
            full = self.canonical(words[-1], gender)
            if full != words[-1] and not INITIAL.fullmatch(full.split()[0]):
                return full if full[:1] == initials[0][:1] else name
        kin = self._kin_of_rank(name) if len(words) == 1 and "-" in name and self.lang.elder_stems else None
        if kin:
            return kin
        if len(words) == 1 and self.lang.morphology:
            same = list(dict.fromkeys(self.namesakes.get(self.key(name), ())))
            written = [n for n in same if n.split()[-1] == name]
            fits = [n for n in written or same if self.full_name_gender(n) == gender] if gender else []
            if len(same) > 1 and len(fits) == 1:  # "Сама Остапенко" of Валентина, not of her grandson Максим
                return fits[0]
            if len(same) > 1 and written:  # "Прохорова" of "Людмила Прохорова", not of "Геннадий Прохоров"
                return written[0]
        if len(words) == 1 and self.key(name) not in self.full and name.lower() not in self.by_first:
            return self._elided_body(name)
        if len(words) == 1 or (len(words) == 2 and words[0].lower() in self.lang.name_connectors):
            return self.full.get(self.key(name)) or self.by_first.get(name.lower(), name)  # "Di Lauro"
        if self._patronymic(words):  # "Геннадий Петрович": the Геннадий named in full
            return self.by_first.get(words[0].lower(), name)
        if self.lang.capitalised_nouns and not any(
            is_first_name(w) or w.lower() in self.lang.name_connectors for w in words[:-1]
        ):
            # `Kämmerer Wendrich`, `Pfarrer Kühn` after `Jörg Wendrich`: a noun for what the person does
            # before the surname (no first name, every noun capitalised), whatever the role
            full = self.full.get(self.key(name), name)
            if full.split()[-1] == words[-1] and is_first_name(full.split()[0]):
                return full
        # A surname of several words ("Carvalho dos Santos", "De la Fuente") of one full name given earlier,
        # which opens with a first name; where people bear two surnames (fr, es, it, pt), also a person's name
        # of one word more, a first name the list may not know, before the surnames it ends with ("Zósimo
        # Lastra Quesada" … "Lastra Quesada").
        wanted = f" {name.lower()} "
        fuller = {
            n for names in self.namesakes.values() for n in names
            if f" {n.lower()} ".find(wanted) > 0 and is_first_name(n.split()[0])
        } | {
            m.name for m in self.mentions
            if self.lang.head_first and m.kind == "person" and len(m.name.split()) == len(words) + 1
            and f" {m.name.lower()} ".endswith(wanted) and self._unlisted_first_name(m.name.split()[0])
            and not self._after_article(m.start)
        }
        return fuller.pop() if len(fuller) == 1 else name

    def _unlisted_first_name(self, word: str) -> bool:
        """Whether `word`, before a person's two surnames, may be a first name the list lacks: a rare word
        (`Zósimo`, which no list of the language's words holds) or a place's name, which many are given
        (`Lincoln`), not a word of the language's vocabulary, however rare: a body's noun, a shop's or a
        trade's (`Escola`, `Fundación`, `Droguería`), an honorific (`Fray`)."""
        low = word.lower()
        if low in self.g.org_words or low in self.lang.generic_bodies:
            return False
        return zipf(word, self.lang.wordfreq) == 0 or is_town_or_region(word)

    def _after_article(self, start: int) -> bool:
        """Whether an article stands right before `start` (`la Droguería …`, `a Serralharia …`, `l'Osteria`):
        a named shop or firm: news writing names a person in full without one."""
        before = _WORD_BEFORE.search(self.text, max(0, start - 8), start)
        return bool(before) and before.group(1).lower() in self.lang.articles

    def _elided_body(self, word: str) -> str:
        """`la Stradale` after `la Polizia Stradale`, `a Judiciária` after `a Polícia Judiciária`: a body's
        name of a common noun and its adjective, named again by the adjective alone (the noun left out and
        the adjective used as a noun: Serianni, Grammatica italiana, on "la Stradale", "la Mobile"; Cunha &
        Cintra, Nova gramática do português contemporâneo, on the substantivation of adjectives). The one
        such body of the text whose noun is a body's (`Polizia`, `Polícia`), else `word` as it stands."""
        bodies = {
            m.name for m in self.mentions
            if m.kind == "org" and len(m.name.split()) == 2 and m.name.split()[-1] == word
            and m.name.split()[0].lower() in self.lang.org_words
        }
        return bodies.pop() if len(bodies) == 1 else word

    def full_name_gender(self, name: str) -> str | None:
        """ru/uk: the gender of a full name in the nominative, from its first name ("Валентина Остапенко")."""
        words = tuple(name.split())
        first = first_name_gender(words[0], self.lang.code)
        return first or morph.name_form(self.lang.morphology or "", words).gender

    def _patronymic(self, words: list[str]) -> bool:
        """ru/uk: a first name and a patronymic, the polite way to name someone again."""
        code = self.lang.morphology
        return bool(code) and len(words) == 2 and morph.is_patronymic(code or "", words[1])

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0:
            a, b = self.sentences[i]
            if a <= pos < b:
                return a, b
        return pos, pos

    def previous_sentence(self, pos: int) -> tuple[int, int] | None:
        """The sentence before the one holding `pos`; None in the first."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return self.sentences[i - 1] if i >= 1 else None

    def sentence_before(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_left(self._sentence_starts, pos) - 1
        return self.sentences[i] if i >= 0 else (pos, pos)

    def token_index(self, tok: Token) -> int:
        """Where `tok` stands in `tokens`."""
        return bisect.bisect_left(self._token_starts, tok.start)

    def tokens_in(self, lo: int, hi: int) -> list[Token]:
        """The tokens from the first one starting at `lo` or after, while they end by `hi`."""
        i = bisect.bisect_left(self._token_starts, lo)
        return self.tokens[i : max(i, bisect.bisect_right(self._token_ends, hi))]

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        i = bisect.bisect_left(self._mention_starts, lo)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < hi:
            out.append(self.mentions[i])
            i += 1
        return out

    def _extend_to_acronym(self, m: Mention) -> None:
        """`Société française d'accompagnement et de soins palliatifs (SFAP)`: where a body's name written
        in sentence case is followed by its abbreviation in brackets, the name runs on to the bracket."""
        if m.kind == "person" or not self.lang.head_first:
            return
        bracket = self.masked.find("(", m.end, m.end + 120)
        between = self.tokens_in(m.end, bracket) if bracket > 0 else []
        if not between or any(not t.text[:1].isalpha() for t in between):
            return  # only words between the name and its bracket (`… d'Oran (SEOR)`)
        acronym = _ACRONYM.match(self.masked, between[-1].end)
        if acronym and initials_fit(acronym.group(1), self.masked[m.start : between[-1].end]):
            m.end = between[-1].end
            m.name = self.masked[m.start : m.end]
            m.kind = "org"

    def mention_start_after(self, pos: int) -> int:
        """Where a name right after `pos` may start: past an article and a title ("…, Mme Hélène
        Castaing", "…, il generale Enrico Scandone")."""
        toks = self.tokens_in(pos, pos + 30)[:3]
        skip = 0
        skippable = self.lang.articles | {"."}
        while skip < len(toks) - 1:
            word = ELIDED_NOUN.sub("", toks[skip].text)  # `l'avvocata Valentina Orsini`
            if toks[skip].low not in skippable and not is_title_word(self.g, word):
                break
            skip += 1
        return toks[skip].start + 1 if toks else pos + 2

    def mention_ending(self, tok: Token) -> Mention | None:
        for m in self.mentions_in(max(0, tok.start - 200), tok.end):
            if m.start <= tok.start < m.end or m.end == tok.end:
                return m
        return None

    def main_clause_start(self, lo: int, hi: int) -> int:
        """Where the main clause begins: after an opening adverbial clause ("After the vote, …"), or after
        a wire story's dateline ("BETHLEHEM, Pa. — …", "CHICAGO (AP) — …")."""
        if self.lang.dateline_lead:
            dated = re.compile(self.lang.dateline_lead).match(self.masked, lo, hi)
            lo = dated.end() if dated else lo
        toks = self.tokens_in(lo, hi)
        elided = bool(toks) and ELIDED.fullmatch(toks[0].low) is not None and toks[0].low[:1] == "d"
        if not toks or not (
            toks[0].low in self.lang.adverbial_starters or is_participle(self.g, toks[0]) or elided
        ):  # `D'une voix éteinte, elle …`: a phrase opened by an elided preposition
            return lo
        lang = self.lang
        clause = toks[0].low in lang.subordinators
        for i, t in enumerate(toks[1:], 1):
            verb = t.low.replace("’", "'").rpartition("'")[2]
            if lang.head_first and is_participle(self.g, toks[0]) and t.low in lang.subordinators:
                clause = True  # `Preguntado sobre si habría multas, el funcionario …`: its own verb
            # `In a statement emailed to the paper, …`: a speech verb after a statement noun describes it
            described = verb in self.g.cues and toks[i - 1].low in lang.statement_nouns
            # `Alla domanda sul voto, ha risposto`: a speech verb's form after an article or a preposition
            # is a noun (no finite verb follows either where the head noun comes first)
            described = described or (verb in self.g.cues and self._noun_position(toks[i - 1]))
            if not clause and not described and (
                verb in lang.finite_verbs or verb in lang.auxiliaries or verb in self.g.cues
            ):
                return lo  # `Tra i presenti c'era anche X, che …`: a verb, so the phrase opened the clause
            if t.text == "," or (t.text in "”\"" and self.text[t.start - 1 : t.start] == ","):
                # `Para o infectologista X, da Fiocruz, o cenário …`: past an apposition opened by a
                # preposition that closes with a second comma
                nxt = toks[i + 1 : i + 7]
                close = next((k for k, x in enumerate(nxt) if x.text == ","), None)
                if close and nxt[0].low in self.lang.phrase_breaks:
                    return nxt[close].end
                return t.end
        return lo

    def resolve_it(self, pos: int) -> str | None:
        """`what it called …`: "it" → an organisation named first in its sentence or the one before."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        lo = self.sentences[i][0] if i >= 0 else 0
        for a, b in [(lo, pos)] + [self.sentences[j] for j in range(i - 1, max(-1, i - 2), -1)]:
            names = [m for m in self.mentions_in(self.main_clause_start(a, b), b) if m.end <= b]
            if names:
                return names[0].name if names[0].kind == "org" and not names[0].possessive else None
        return None

    def replies(self, pos: int) -> bool:
        """Whether the pronoun at `pos` is the subject of a verb of answering ("he replied")."""
        toks = [t for t in self.tokens_in(pos, pos + 60)[1:3] if not is_adverb(self, t)]
        return bool(toks) and toks[0].low in self.lang.reply_verbs

    def addressee(self, lo: int, hi: int, speaker: str, gender: str | None) -> str | None:
        """The person spoken to in `[lo, hi)`: named there, of the pronoun's gender, not the speaker."""
        for m in self.mentions_in(lo, hi):
            person = m.kind == "person" or (m.kind == "unknown" and not m.common)
            name = name_of(self, m)
            if person and not m.possessive and name != speaker and m.gender in (None, gender):
                return name
        return None

    def spokesperson_in(self, lo: int, hi: int) -> bool:
        return any(t.low in self.lang.spokes_nouns for t in self.tokens_in(lo, hi))

    def is_person(self, name: str) -> bool:
        """Whether `name` is a person's full name (of either generation where a father and son share it)."""
        return any(m.kind == "person" and name in self._names_of(m) for m in self.mentions)

    def gender_of(self, name: str) -> str | None:
        for m in self.mentions:
            if m.gender and (m.name == name or name in self._names_of(m)):
                return m.gender
        return None

    def _names_of(self, m: Mention) -> tuple[str, str]:
        """The full name of mention `m` as `person_name` gives it and without its generation's suffix."""
        bare = self._namesake(m)
        return self._generation(m, bare), bare

    def _owns_apposed(self, m: Mention) -> bool:
        """`Mr. Quist's deputy, May Yeo, was careful`: a name in the possessive before a noun of one to
        three lower-case words that a person's full name then stands in apposition to (set off by commas)
        determines that noun phrase, whose head the apposed person is; not its subject. Not where the rest of
        that sentence has an object pronoun (`…, May Yeo, had warned him`), which cannot take up its own
        subject and so keeps the possessor in view (`her` only beside a man: a woman's own possessive)."""
        if not m.possessive:
            return False
        after = self.tokens_in(m.end, m.end + 40)[:5]
        comma = next((k for k, t in enumerate(after) if t.text == ","), 0)
        if not 1 <= comma <= 3 or not all(t.text.isalpha() and t.text.islower() for t in after[:comma]):
            return False
        apposed = self.mentions_in(after[comma].end, after[comma].end + 2)
        if not apposed or apposed[0].kind != "person" or " " not in apposed[0].name:
            return False
        rest = self.tokens_in(apposed[0].end, self.sentence_of(apposed[0].end)[1])
        back = {"him"} if apposed[0].gender == "f" else {"him", "her"}  # her own `her` is no object
        return not any(t.low in back for t in rest)

    def _attributive(self, m: Mention) -> bool:
        """`the Okafor campaign`, `the Hallgarth administration`: a name modifying a body, not a referent."""
        head = self.tokens_in(m.end, m.end + 30)[:1]
        return bool(head) and head[0].text.islower() and head[0].low in self.g.org_words

    def _plural_subject(self, m: Mention) -> bool:
        """`Rovers were two goals down`, `Hale Brothers have said`: a name before a verb of the plural only,
        not after "and" (`Ann and Tom were there`: each is someone)."""
        after = self.tokens_in(m.end, m.end + 20)[:1]
        before = self.tokens_in(max(0, m.start - 10), m.start)[-1:]
        joined = bool(before) and before[0].low in self.lang.conjunctions
        return bool(after) and after[0].low in self.lang.plural_verbs and not joined

    def _appositive_after(self, m: Mention) -> bool:
        """`Baker, a Republican, …`: a noun phrase set off after the word describes it as someone."""
        after = self.tokens_in(m.end, m.end + 20)[:2]
        return len(after) == 2 and after[0].text == "," and after[1].low in self.lang.articles

    def _false_title_body(self, m: Mention) -> bool:
        """`Penwick manager Ann Lee`, `Harbor Authority chief executive Tom Wade`, `Exley boss Tom Wade`: a
        name before a role's lower-case noun and a person's name heads a "false title" (a role as a bare
        premodifier of the name; Quirk et al., A Comprehensive Grammar of the English Language §17.66): the
        body the person works for, not someone a pronoun refers to."""
        nxt = self.mentions_in(m.end, m.end + 40)[:1]
        words = self._words_before_person(m, nxt[0], 3) if nxt else []
        if not words:
            return False
        *modifiers, role = words
        lang = self.lang
        if not (is_title_word(self.g, role.text) or role.low in lang.person_epithets):
            return False
        # The words before the role noun modify it (`chief executive`, `interim head coach`); a verb there
        # (`Penwick praised goalkeeper Ann Lee`) makes the name its subject, someone a pronoun can mean.
        return all(
            t.low in lang.role_modifiers
            or t.low.endswith(lang.role_adjective_endings)
            or is_title_word(self.g, t.text)
            for t in modifiers
        )

    def _unknown_people(self, lo: int, hi: int, gender: str | None) -> list[Mention]:
        """Where no person is named, a lone capitalised word that a pronoun can refer to: the subject
        opening the clause (`Price, who …, defended his record.`), or a first name of the pronoun's
        gender (`interviewed Dorsey`)."""
        toks = self.tokens_in(lo, hi)[:3]
        if len(toks) == 3 and toks[0].low in self.lang.definite_articles and toks[1].text.islower():
            toks = toks[2:]  # `a diarista Sueli, de 47 anos, esperava`: the name after an article and a role
        out = []
        for m in self.mentions_in(lo, hi):
            if m.kind != "unknown" or m.possessive or m.common or m.end > hi or self.lang.capitalised_nouns:
                continue
            if self._false_title_body(m):
                continue
            elided = ELIDED.fullmatch(m.name.lower())  # "D'une", not "D'Amato"
            word = elided.group(1) if elided else m.name
            common = any(zipf(part, self.lang.wordfreq) >= COMMON_NOUN for part in word.split("-"))
            rare = not common or is_first_name(m.name)  # not "However", "Sage-femme"
            agrees = gender is None or m.gender in (None, gender)  # a dropped subject has no gender
            subject = bool(toks) and m.start == toks[0].start and agrees
            subject = subject and (rare or self._appositive_after(m))
            first_name = gender is None and is_first_name(m.name)  # `c'è Franco, 78 anni, … «…», racconta`
            if subject or (gender and m.gender == gender) or first_name:
                out.append(m)
        return out

    def role_holder(self, tok: Token, gender: str | None) -> str | None:
        """ru/uk: the person a role noun (or its synonym: "тренер", "наставник") stood beside earlier
        ("Адвокат Ивана Грачёва Олег Рыбкин …, — сказал адвокат" → Олег Рыбкин), of `gender` when it is
        known; of two, the one spoken of last."""
        code = self.lang.morphology
        if not code:
            return None
        if self._roles is None:
            self._roles = {}
            for m in self.mentions:
                if m.kind == "person":
                    for t in self._roles_beside(m):
                        entry = (m.start, self.canonical(m.name), m.gender)
                        self._roles.setdefault(morph.lemma_of(code, t.low), []).append(entry)
        roles = self._roles

        def holders(nouns: tuple[str, ...]) -> list[str]:
            held = sorted(h for noun in nouns for h in roles.get(noun, []))
            return [name for start, name, g in held if start < tok.start and gender in (None, g or gender)]

        noun = morph.lemma_of(code, tok.low)
        nxt = self.tokens_in(tok.end, tok.end + 30)[:1]
        if nxt and nxt[0].text.isalpha() and nxt[0].text.islower():
            headed = f"{noun} {morph.lemma_of(code, nxt[0].low)}"  # "глава города": мэр
            if headed in self.lang.role_synonyms and not holders((noun,)):
                noun = headed
        return self.holder_of(noun, tok.start, holders)

    def holder_of(self, noun: str, pos: int, holders: Callable[[tuple[str, ...]], list[str]]) -> str | None:
        """Of the people `holders(nouns)` finds holding the role `noun` (full names), the one the text spoke
        of last before `pos`. Those holding a synonym of it ("тренер" / "наставник") count where nobody held
        the noun itself, or where the text moved on to one of them in a later paragraph than the noun's
        holders, as a report turns to the other side ("Главный тренер X …\nНаставник гостей Y …\n— …, —
        отметил тренер." is Y); in one paragraph the noun names its own holder ("Тренер X … Наставник
        молодёжи Y … — сказал тренер." is X)."""
        literal = holders((noun,))
        synonyms = [name for name in holders(self.role_synonyms(noun)) if name not in literal]
        names = literal + synonyms
        if len(set(names)) < 2:
            return names[0] if names else None
        last = self._last_named(names, pos)
        if literal and synonyms:
            own, other = max(last[name] for name in literal), max(last[name] for name in synonyms)
            if not (0 <= own < other and "\n" in self.text[own:other]):
                names = literal
        return max(names, key=lambda name: last[name])

    def role_synonyms(self, noun: str) -> tuple[str, ...]:
        """Other nouns the press names the role `noun` by; a role of several words keeps its modifiers before
        its head's synonyms (`Penwick boss` → `Penwick manager`, `Penwick coach`)."""
        synonyms = self.lang.role_synonyms
        if noun in synonyms or " " not in noun:
            return synonyms.get(noun, ())
        modifiers, head = noun.rsplit(" ", 1)
        return tuple(f"{modifiers} {s}" for s in synonyms.get(head, ()))

    def _last_named(self, names: list[str], pos: int) -> dict[str, int]:
        """Where the text last named each of the people `names` (full names) before `pos` (-1: nowhere)."""
        found = [m for m in self.mentions_in(0, pos) if m.kind == "person"]
        # (by the name as written in full, or of the generation it names: `Amos Welbury Jr.`)
        people = [(m.start, n) for m in found for n in {self.canonical(m.name), self.person_name(m)}]
        return {name: max((start for start, named in people if named == name), default=-1) for name in names}

    def _roles_beside(self, m: Mention) -> list[Token]:
        """Common nouns for a person that describe the name `m`: in the phrase right before it, agreeing
        with its case ("Продавщица с улицы Заречной Вера Кочеткова", "директора школы Натальи Бережной"),
        or set off after it by a comma ("Наталья Сорокина, мама второклассника")."""
        code = self.lang.morphology or ""
        lo, hi = self.sentence_of(m.start)
        conjunctions = self.lang.conjunctions
        out = []
        lead = self.tokens_in(max(lo, m.start - 120), m.start)[-10:]
        for i in range(len(lead) - 1, -1, -1):
            t = lead[i]
            if t.low in conjunctions and self._joins_genitives(lead, i):
                continue  # "министр транспорта и дорожного хозяйства области": one role's complement
            if not (t.text[:1].isalnum() or t.text == "№") or MASK in t.text or t.low in conjunctions:
                break
            named = self.mention_ending(t)
            if named is not None and named.kind == "person":
                break  # "Ирина Быкова и завуч Ольга Ким": another person's phrase
            if t.text[:1].isupper() and t.start != lo:
                continue  # a name of the complement: "Адвокат Ивана Грачёва Олег Рыбкин"
            nominative, noun_gender = morph.person_noun(code, t.low)
            oblique, oblique_gender = morph.person_noun(code, t.low, _OBLIQUE)
            agrees = nominative if m.nominative else oblique
            feminine = (noun_gender if nominative else oblique_gender) == "f"
            if agrees and not (feminine and m.gender == "m"):
                out.append(t)
                break  # the role nearest the name (uk "мер" before a name: a role, not "мерти")
            if morph.is_verb(code, t.low):
                break
        after = self.tokens_in(m.end, hi)[:4]
        if after and after[0].text == ",":
            for t in after[1:]:
                if not t.text[:1].islower():
                    break
                # in the name's case: "Отвечая на вопрос о Сомове, тренер сказал" is no apposition
                if morph.person_noun(code, t.low, _ANY_CASE if m.nominative else _OBLIQUE)[0]:
                    out.append(t)
                    break
        return out

    def _joins_genitives(self, lead: list[Token], i: int) -> bool:
        """Whether the conjunction `lead[i]` joins two words in the genitive, lower case, within the
        complement of a role ("министр образования и науки", "директор по связям с общественностью и
        рекламе" is not: the words about it must both be genitives of common words)."""
        code = self.lang.morphology or ""
        if not 0 < i < len(lead) - 1:
            return False
        around = (lead[i - 1], lead[i + 1])
        return all(t.text.isalpha() and t.text.islower() and morph.is_genitive(code, t.low) for t in around)

    def new_person(self, tok: Token) -> bool:
        """ru/uk: whether the common noun `tok` brings in someone the text does not name: described by
        words that say which person ("Соседка обвиняемого", "местная жительница", "пенсионерку с
        тележкой"), as the press brings in an unnamed person; not a title, not a role that stood beside a
        name before, not a bare role noun ("— пояснил чиновник"), which names again the person last
        spoken of, nor a noun by sex or age only ("женщина")."""
        code = self.lang.morphology
        if not code:
            return False
        if self.unnamed_by_text(tok):
            return True
        _, hi = self.sentence_of(tok.start)
        if morph.approximate_age(code, [t.low for t in self.tokens_in(tok.end, hi)[:2]]):
            return True  # "мужчина лет сорока": an age guessed, someone the text does not name
        lang = self.lang
        lemma = morph.lemma_of(code, tok.low)
        titled = {tok.low, lemma, lemma.split("-")[-1]} & (lang.titles | lang.spokes_nouns)
        if titled or lemma in lang.person_nouns or self.role_holder(tok, None):
            return False
        if any(tok in self._roles_beside(m) for m in self._mentions_after(tok)):
            return False
        return self._described(tok)

    def unnamed_by_text(self, tok: Token) -> bool:
        """Whether the words after the noun `tok`, in its sentence and outside quotes, say the text does not
        name that person (`Language.anonymity`: "менеджер фирмы, попросивший не называть его имени",
        "мешканець, що не назвав свого прізвища")."""
        if not self.lang.anonymity:
            return False
        _, hi = self.sentence_of(tok.start)
        end = min(hi, tok.end + 160)
        mask = self.masked.find(MASK, tok.end, end)
        after = self.masked[tok.end : end if mask < 0 else mask]
        return any(re.search(p, after, re.I) for p in self.lang.anonymity)

    def _described(self, tok: Token) -> bool:
        code = self.lang.morphology or ""
        i = bisect.bisect_left(self._token_starts, tok.start)
        prev = self.tokens[i - 1] if i > 0 else None
        if prev is not None and prev.text[:1].islower() and morph.modifies(code, prev.low, tok.low):
            return True  # "местная жительница"
        _, hi = self.sentence_of(tok.start)
        after = self.tokens_in(tok.end, hi)[:3]
        if len(after) >= 2 and after[0].text == ",":  # "соседка, попросившая …", "мешканець, з яким …"
            clause = [t.low for t in after[1:3]]
            return any(w in self.lang.relatives for w in clause) or morph.is_participle(code, clause[0])
        if not after or not after[0].text[:1].isalpha() or MASK in after[0].text:
            return False
        nxt = after[0]
        if nxt.low in self.lang.phrase_breaks:
            heads = [morph.lemma_of(code, t.low.split("-")[-1]) for t in after[1:3]]
            if any(h in self.lang.statement_nouns for h in heads):
                return False  # "— написала дипломат в своем Telegram-канале": where she said it, not who
            return len(after) > 1 and after[1].text[:1].isalpha()  # "пенсионерку с тележкой"
        if nxt.text[:1].isupper():  # "Соседка Ивана Грачёва", "Мешканець Троєщини": someone's, somewhere's
            return morph.is_genitive(code, nxt.low) or any(
                m.kind == "person" for m in self.mentions_in(nxt.start, nxt.end)
            )
        return morph.is_genitive(code, nxt.low) and not morph.is_verb(code, nxt.low)  # "Соседка обвиняемого"

    def _mentions_after(self, tok: Token) -> list[Mention]:
        return [m for m in self.mentions_in(tok.end, tok.end + 80) if m.kind == "person"][:1]

    def unnamed_in(self, lo: int, hi: int, gender: str | None) -> Token | None:
        """ru/uk: the last noun in `[lo, hi)` that brings in an unnamed person of `gender`: a subject, or
        where nobody is named there an object too ("На остановке мы встретили пенсионерку"); "одна из
        жительниц", "один із батьків"."""
        code = self.lang.morphology
        if not code:
            return None
        named = any(m.kind == "person" and m.end <= hi for m in self.mentions_in(lo, hi))
        cases = _NOMINATIVE if named else _SUBJECT_OR_OBJECT
        toks = self.tokens_in(lo, hi)
        found = None
        for i, t in enumerate(toks):
            if t.text in _CLAUSE_END or t.low in self.lang.subordinators or t.low in self.lang.relatives:
                break  # only the main clause: "…, що її розбудила корова" brings in no one
            if t.text[:1].isupper() and t.start not in self.sentence_starts:
                continue
            one = ONE_OF.get(t.low)
            if one and i + 1 < len(toks) and toks[i + 1].low in self.lang.phrase_breaks:
                if gender in (None, one):
                    found = t  # "Одна из покупательниц": someone of a group, unnamed
                continue
            noun, noun_gender = morph.person_noun(code, t.low, cases)
            if noun and gender in (None, noun_gender) and self.new_person(t):
                found = t
        return found

    def spoke_unnamed(self, lo: int, hi: int) -> bool:
        """Whether a speaker in `[lo, hi)` was found to be someone the text does not name."""
        return any(lo <= p < hi for p in self.unnamed)

    def resolve_pronoun(self, pos: int, gender: str | None, depth: int = 0, chain: bool = True) -> str | None:
        """he/she → the first person of the same sentence before it, else of the sentences before.

        A sentence whose subject is the same pronoun ("That's why, he argued, …") continues the
        chain: the pronoun refers to whoever that earlier pronoun refers to.
        """
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        lo = self.sentences[i][0] if i >= 0 else 0
        windows = [(lo, pos)] + [self.sentences[j] for j in range(i - 1, max(-1, i - 9), -1)]
        pronoun = self.masked[pos : pos + 3].lower().rstrip()
        oblique: Mention | None = None
        for k, (a, b) in enumerate(windows):
            main = self.main_clause_start(a, b)
            ordered = sorted(self.mentions_in(a, b), key=lambda m: m.start < main)
            people = [
                m for m in ordered
                if m.end <= b and m.kind == "person" and (gender is None or m.gender in (None, gender))
                and not (k == 0 and self.object_before(m, a, pos))
            ]
            people = [
                m for m in people if not self._attributive(m) and not (gender and self._plural_subject(m))
            ]
            people = sorted(people, key=self._owns_apposed)  # `Mr. Quist's aide, May Yeo, …`: her
            if self.lang.morphology:  # `Защитник Олега Сидорова, адвокат Игорь Белов, …`: the nominative
                people = sorted(people, key=lambda m: not m.nominative)
            unknown = self._unknown_people(main, b, gender)
            gendered = bool(gender) and any(m.gender == gender for m in people)
            if gendered:  # `Jan Keller und Eva Roth … sagte sie`: the one
                people = sorted(people, key=lambda m: m.gender != gender)  # known to be of her gender
                subjects = [m for m in people if not self._oblique(m, a) and m.start < people[0].start]
                if subjects and self._agent(people[0], a):  # `Sam Ortiz was hired by Tom Wade`: the
                    people = subjects + [m for m in people if m not in subjects]  # subject, not the agent
            # the subject comes first; a name in an opening adverbial phrase (`Na fila do posto de Campo
            # Grande, a diarista Sueli …`) does not
            before = bool(unknown and people) and (
                unknown[0].start < people[0].start or people[0].start < main <= unknown[0].start
            )
            if unknown and (not people or (before and not gendered)):
                people = unknown[:1] + people  # `Hallgarth doubts the plan …`: the subject comes first
            # A name that starts with a first name before capitalised words that may be a place or a
            # body ("Sant Cugat", "Protecção Civil").
            named = [m for m in people if " " in m.name and is_first_name(m.name.split()[0])]
            found = (named or people or [None])[0]
            alone = named and found is not people[0] and " " not in people[0].name
            if alone and not self._after_preposition(people[0].start):
                found = people[0]  # a surname alone ("Hallgarth") is a person, not a place ("en Andalucía")
            limit = found.start if found else b
            unnamed = self.unnamed_in(a, pos if k == 0 else b, gender) if self.lang.morphology else None
            if unnamed is not None and (found is None or unnamed.start > found.end):
                self.unnamed.add(pos)
                return None  # "Мы встретили пенсионерку. «…», — говорит женщина": she is not named
            same = [t for t in self.tokens_in(a, limit) if chain and t.low == pronoun and t.start != pos]
            if same and depth < 5 and (a, b) != windows[0]:
                return self.resolve_pronoun(same[0].start, gender, depth + 1)
            if found and k and oblique is None and self._oblique(found, a) and k < 3:
                oblique = found  # `proposed by Carl Jones`: only mentioned; a subject before may be meant
                continue
            if found and oblique is not None and not self._oblique(found, a):
                return self.person_name(found, gender)
            if oblique is not None:
                break
            if found:
                return self.person_name(found, gender)
        return self.canonical(oblique.name, gender) if oblique is not None else None

    def object_before(self, m: Mention, lo: int, pos: int) -> bool:
        """Whether `m` is an object in a phrase opening the pronoun's own sentence (`After meeting Carl
        Dent, he said`, `In a letter to Carl Dent, he wrote`): a subject pronoun after it is someone else."""
        if self.masked.find(",", m.end, pos) < 0:
            return False  # not in an opening phrase
        if any(t.low in self.lang.first_person_subjects for t in self.tokens_in(lo, m.start)):
            return False  # `When I asked Ann Kerr about it, she laughed`: the reporter asked her
        before = self.tokens_in(max(lo, m.start - 30), m.start)[-1:]
        if not before or not before[0].text[:1].islower():
            return False
        lang = self.lang
        low = before[0].low
        return low not in lang.subordinators and low not in lang.relatives and low not in lang.conjunctions

    def _agent(self, m: Mention, lo: int) -> bool:
        """Whether `m` is the agent of a passive (`was hired by Tom Wade`), not its subject."""
        before = self.tokens_in(max(lo, m.start - 40), m.start)[-3:]
        lows = [t.low for t in before]
        lang = self.lang
        return len(lows) == 3 and lows[2] in lang.agent_prepositions and lows[0] in lang.passive_auxiliaries

    def _oblique(self, m: Mention, lo: int) -> bool:
        """Whether `m` stands after a preposition (`by Carl Jones`), not as a subject: a name right after a
        clause opener that opens the sentence, with a verb after it, is the subject of that fronted
        adverbial clause (`When Carl Jones left, he …`), unless it is possessive."""
        lang = self.lang
        before = self.tokens_in(max(lo, m.start - 20), m.start)[-1:]
        if not before or before[0].low not in lang.phrase_breaks or before[0].low in lang.relatives:
            return False
        fronted = before[0].low in lang.clause_openers and len(self.tokens_in(lo, m.start)) == 1
        if fronted and not m.possessive:
            after = self.tokens_in(m.end, m.end + 30)[:1]
            return not (after and self._verb_form(after[0].low) and after[0].text.islower())
        return True

    def _verb_form(self, low: str) -> bool:
        """Whether `low` may be a finite verb: no word of another class the language lists, no -ly adverb."""
        lang = self.lang
        other = lang.phrase_breaks | lang.conjunctions | lang.clause_adverbs
        return low.isalpha() and low not in other and not low.endswith("ly")


_DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .,'’-]*(?:\([^)]{1,30}\))?")
_DATELINE_DASH = re.compile(r"(?: \([^)\n]{1,30}\))? [-–—] ")  # after a dateline's place


def is_adverb(doc: Document, tok: Token) -> bool:
    low = tok.low
    lang = doc.lang
    if low in lang.cue_adverbs:
        return True
    suffix = lang.adverb_suffix
    if suffix and low.endswith(suffix) and len(low) > 4 and low not in lang.not_adverbs:
        return not (_is_capitalised(tok) and " " in doc.canonical(tok.text))  # `says Early`: Chris Early
    suffixes = lang.adverb_suffixes
    if ELIDED_NOUN.match(low):
        return False  # `l'établissement`, `d'équipement`: a noun after its elided article, no adverb
    return tok.text[:1].islower() and any(low.endswith(s) and len(low) > len(s) + 3 for s in suffixes)


_AGE = re.compile(r",\s+(?:\w{1,3}\s+)?\d{1,3}\s+(\w+)\s*[,)]")


def _is_capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text[:1].isalpha()


def name_of(doc: Document, m: Mention) -> str:
    if m.kind in {"org", "place"}:
        acronym = doc.acronyms.get(m.name.rstrip("."), None)
        return acronym or _nominative_body(doc, m, _fuller_body_name(doc, m))
    name = doc.person_name(m, m.gender if m.kind == "person" and doc.lang.morphology else None)
    return name if m.kind == "person" else _nominative_body(doc, m, name)


_GENITIVE_ARTICLES = frozenset({"des", "eines"})
# The most words a body's name written in sentence case runs on over after its head.
_LONGEST_BODY = 7
_ADJECTIVE_FORMS = 2.0  # Zipf frequency from which each form of an adjective is in use
_STATE_ADJECTIVE = re.compile(r"([^\W\d_][\w-]*?)isch(?:e|en|es|er|em)?")
_ADJECTIVE_SUFFIXES = ("al", "lich", "ig")
_ADJECTIVE_ENDING = re.compile(r"e[nrsm]?$")  # the endings of ADJECTIVE_ENDINGS
_FEMININE_OBLIQUE = frozenset({"der", "einer"})
# A club's short form (`FC`, `TSG`, `VfL`), its founding year before its town, an ordinal before it.
_CLUB_WORD = re.compile(r"(?:[A-Z][a-z]?){1,3}[A-Z]")
_FOUNDED = re.compile(r" ((?:18|19|20)\d\d) ([A-ZÄÖÜ][\w-]+)")
_ORDINAL_BEFORE = re.compile(r"(?<!\w)(\w+) (\d{1,2})\. $")
_WORD_BEFORE = re.compile(r"(?<![\w'’])(\w+['’]?)\s*$")  # the word right before a point
_YEAR = re.compile(r"(?:19|20)\d\d")
# A short number closing a body's name (`112`, `4F`), not a figure going on with its thousands or decimals.
_NAME_NUMBER = re.compile(r" (\d{1,4}[A-Z]{0,2})(?![\w.,]\d)(?!\w)")
_CLUB_ORDINAL = re.compile(r"(?<!\w)(\w+) \d{1,2}(\.) (?=(?:[A-Z][a-z]?){1,3}[A-Z]\b)")

# German makes an adjective of a town by -er, never declined (`der Kasseler Hersteller`, `die Kölner
# Polizei`; Duden, Die Grammatik: Ableitungen von geographischen Namen auf -er).
_PLACE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}er")
_STRONG_ENDINGS = {"das": "es", "der": "er", "die": "e"}  # an adjective's ending, the article left out


def _nominative_body(doc: Document, m: Mention, name: str) -> str:
    """German names a body in the genitive after `des`/`eines` with its noun's -s or -es (`des Landratsamts
    Oberallgäu`, `des Bundesinnenministeriums`): the name in the nominative ("Landratsamt Oberallgäu");
    after the feminine `der`/`einer` an adjective opening the name ends in -en (`der Deutschen Bahn`):
    in the nominative -e ("Deutsche Bahn"), unless the noun after it is a plural."""
    lang = doc.lang
    before = doc.tokens_in(max(0, m.start - 8), m.start)[-1:]
    if not lang.capitalised_nouns or not before:
        return name
    first, _, rest = name.partition(" ")
    if before[0].low in _FEMININE_OBLIQUE and rest and not rest.split()[0].endswith("en"):
        adjective = first.endswith("en") and not is_first_name(first)
        return f"{first[:-1]} {rest}" if adjective else name
    if before[0].low not in _GENITIVE_ARTICLES:
        return name
    bodies = lang.org_words | lang.generic_bodies
    adjective = ""
    if rest and first[:1].islower():  # `des bayerischen Kultusministeriums`: the noun after the adjective
        adjective, (first, _, rest) = f"{first} ", rest.partition(" ")
    for ending in ("es", "s"):
        stem = first[: -len(ending)]
        if first.endswith(ending) and any(stem.lower().endswith(b) for b in bodies):
            return f"{adjective}{stem} {rest}".strip()
    return name


def without_kind(doc: Document, name: str) -> str:
    """`Gewerkschaft Verdi`, `Dachverband Tafel Deutschland`: a noun of the body's kind before its name,
    in apposition, is no part of it ("Verdi"). What follows is no name of its own, but the rest of the
    body's name, when it is a place (`Verband Schweiz`, `Bauernverband Schleswig-Holstein`), an adjective
    (`Bundesverband Deutscher Stiftungen`) or one common noun (`Industriegewerkschaft Metall`)."""
    kind, _, rest = name.partition(" ")
    # `Wuppertaler`, `Leipziger`: a town's -er adjective first, though the town ends as adjectives do
    town = _PLACE_ADJECTIVE.fullmatch(kind) and (is_town_or_region(kind[:-2]) or not _is_adjective(doc, kind))
    if doc.lang.capitalised_nouns and town and " " in rest and rest[:1].isupper():
        kind, _, rest = rest.partition(" ")  # `Kasseler Pumpenhersteller Brandt`: the town's, the kind
    low = kind.lower()
    if not rest[:1].isupper() or not any(low.endswith(k) for k in doc.lang.body_kinds):
        return name
    first = rest.split()[0]
    single_common = first == rest and common_noun(rest, doc.lang.wordfreq)
    if single_common or _is_adjective(doc, first) or rest.lower() in PLACES or is_town_or_region(rest):
        return name
    return rest


def _is_adjective(doc: Document, word: str) -> bool:
    """An adjective in -isch ("niedersächsische"), one whose stem ends in a suffix that makes adjectives
    ("Kommunale", "Staatliche"; Duden, Die Grammatik, the suffixes of adjectives: -al, -lich, -ig; not -ell,
    which ends nouns too: "Geselle") or one whose
    forms are all in use ("Deutsche", "Deutscher")."""
    if _STATE_ADJECTIVE.fullmatch(word):
        return True
    stem = _ADJECTIVE_ENDING.sub("", word.lower())
    if len(stem) > 5 and stem.endswith(_ADJECTIVE_SUFFIXES):
        return True
    return all(zipf(stem + e, doc.lang.wordfreq) >= _ADJECTIVE_FORMS for e in ("e", "es", "er"))


def _fuller_body_name(doc: Document, m: Mention) -> str:
    """`la Région` after `la Région Bretagne`: one word of a body's name, given in full earlier; where nouns
    are capitalised, its head noun after the name's adjectives (`der Gerichtshof` after `der Europäische
    Gerichtshof für Menschenrechte`)."""
    if m.kind != "org" or " " in m.name:
        return m.name
    for other in reversed(doc.mentions_in(0, m.start)):
        words = other.name.split()
        if other.kind != "org" or len(words) < 2 or m.name not in words:
            continue
        head = words.index(m.name)
        if head == 0 or (doc.lang.capitalised_nouns and all(_is_adjective(doc, w) for w in words[:head])):
            return other.name
    return m.name
