"""The shape of a language's resources (`Language`) and the helpers language modules build it with."""

from __future__ import annotations

from dataclasses import dataclass, field, fields


def words(text: str) -> frozenset[str]:
    """A set from whitespace-separated words; `_` joins words of one entry ("new_york" → "new york")."""
    return frozenset(w.replace("_", " ") for w in text.split())


@dataclass(frozen=True)
class Language:
    """What the engine needs to know about one language. Word sets hold lower-case words."""

    code: str
    # Sentences: terminal marks beyond the universal ones (Greek ";"), words after which a full
    # stop is never a sentence end (titles), words after which it ends one only before a common
    # sentence starter, and those starters.
    sentence_ends: str = ""
    abbreviations: frozenset[str] = frozenset()
    soft_abbreviations: frozenset[str] = frozenset()
    sentence_starters: frozenset[str] = frozenset()
    # Dates: month names (every form: "April", "апреля"), index 0 = January; weekday names.
    months: tuple[frozenset[str], ...] = ()
    # Words that say a date is the page's own ("Published 14 April 2026", "обновлено 3 мая 2026").
    published_words: frozenset[str] = frozenset()
    weekdays: frozenset[str] = frozenset()
    # Words by which a newsletter's heading names its slot of time or itself ("Evening memo", "The week in
    # review", "Утренняя сводка"): with a weekday, what a title listing the news opens with.
    briefing_words: frozenset[str] = frozenset()
    # The briefing words that name a newsletter or a week, never one part of a day ("digest", "round-up",
    # "week"; not "night", "today"): a heading may name after them the region its news come from ("The
    # week in Scandinavia", "Digest from Tallinn").
    roundup_words: frozenset[str] = frozenset()
    # The words that join the last two items of a list ("and", "und", "и"): with ", " what parts the news
    # a briefing's title lists ("Evening memo: ferry strike, bank hack and dam burst").
    and_words: frozenset[str] = frozenset()
    # First parts of a hyphenated compound that make it no one of its second part ("vice-president" is no
    # president, "ex-minister" no minister): after them the second part gives no kind of event.
    role_prefixes: frozenset[str] = frozenset()
    # Words that carry no topic (key sentences, topic matching, language guessing).
    stopwords: frozenset[str] = frozenset()
    # The commonest function words, to tell this language from others.
    function_words: frozenset[str] = frozenset()
    # Reported speech. `speech_verbs`: verbs whose subject is the speaker ("said", "заявила");
    # `inverting_verbs`: those that may come before their subject ("…,” said Lee; sagte Merz);
    # `naming_verbs`: verbs that quote a label ("called it “a disgrace”"); `participles`:
    # "saying", "adding"; `according_to`: phrases before a source ("according to", "по словам");
    # `auxiliaries`: words before a past participle cue ("a déclaré", "ha detto", "hat gesagt");
    # `inversion_pronouns`: French "dit-il" / "a-t-elle" pronoun suffixes.
    speech_verbs: frozenset[str] = frozenset()
    inverting_verbs: frozenset[str] = frozenset()
    # Infinitives of speech verbs, for a language with a morphological dictionary (pymorphy3): every
    # finite form of them is a speech verb that may also come before its subject ("отметила").
    speech_lemmas: frozenset[str] = frozenset()
    # Infinitives of speech verbs, and the verbs and particles that carry one after a quote ("«…», começou
    # por dizer o técnico", "ha tenuto a precisare il sindaco", "a tenu à préciser la maire"): the
    # infinitive then reports the quote as its finite form would.
    speech_infinitives: frozenset[str] = frozenset()
    infinitive_heads: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    according_to: tuple[str, ...] = ()
    # Phrases by which an outlet cites its source ("со ссылкой на", "з посиланням на"): "— сообщает ТАСС со
    # ссылкой на пресс-службу" is the press office's statement, not the agency's.
    citing: tuple[str, ...] = ()
    # Particles of negation before a verb ("не", "non", "não"): "«…», — не исключила X" names X after the verb
    # all the same; after a subject they close it ("La consigliera non si è arresa").
    negations: frozenset[str] = frozenset()
    # The adverbs of comparison ("più", "meno") that open a sentence with no verb whose predicate comes
    # first, its subject after it ("Più cauta la collega di partito", "Meno convinto un pescatore"):
    # where they are given, a capitalised adjective opening such a sentence before an article is one too
    # ("Soddisfatta la Federazione").
    comparatives: frozenset[str] = frozenset()
    # Parenthetical words set off by commas that say nothing of who speaks ("в свою очередь", "своєю
    # чергою"): attribution reads the sentence as if they were not there ("— отметил, в свою очередь, X").
    asides: tuple[str, ...] = ()
    # How a sentence after a quote opens when it names the speaker after its verb ("lo ha detto",
    # "об этом заявил", "das sagte"): lower-case words as the tokenizer splits them.
    resumptive_openers: tuple[str, ...] = ()
    # Verbs of an outlet quoting someone, whose object is the speaker ("— цитирует его РИА Новости"),
    # and nouns for someone's words ("— приводит ТАСС слова главы МИД"), in dictionary form.
    quoting_verbs: frozenset[str] = frozenset()
    word_nouns: frozenset[str] = frozenset()
    # Possessive pronouns that may stand inside such a phrase, with their gender ("по его словам"; ""
    # for either, "su"). An `according_to` phrase with "~" holds one there and only so ("en ~ opinión":
    # "En su opinión, …"; "~ ansicht nach": "Ihrer Ansicht nach …"): its owner is the source.
    according_pronouns: dict[str, str] = field(default_factory=dict)
    # Bodies that speak without a subject (ru, uk): "В министерстве заявили" (`body_prepositions`
    # before the body, a plural verb); "говорится в сообщении ведомства" (`statement_verbs`, then a
    # preposition and one of the `statement_nouns`); nouns that stand for the body last named
    # ("ведомство", "установа": `generic_bodies`). Nouns are given in their dictionary form.
    body_prepositions: frozenset[str] = frozenset()
    # The adverb of place that points back at such a body ("— добавили там", "Там уточнили"): the body
    # named after one of `body_prepositions` opening the sentence before.
    body_there: frozenset[str] = frozenset()
    # ru, uk: prepositions that put a person's name after them in one case ("о" → "loct", "к" → "datv"), so
    # that a name whose own words do not tell the case ("о Ли Вэе", "с И. П. Сомовым") is read in it.
    preposition_cases: dict[str, str] = field(default_factory=dict)
    # An unnamed source described as one (en "a person familiar with the talks", "an official who asked
    # not to be named"): patterns (regular expressions) of the description after a noun phrase opened by
    # one of `unnamed_openers`; such a source is nobody, whatever its noun.
    anonymity: tuple[str, ...] = ()
    unnamed_openers: frozenset[str] = frozenset()
    source_words: frozenset[str] = frozenset()  # en "source", "sources": a source is nobody named
    statement_verbs: frozenset[str] = frozenset()
    # Adverbs pointing back at a document the sentence before named (de `Darin heißt es:`, `heißt es
    # darin`): its writer is that sentence's subject.
    document_pointers: frozenset[str] = frozenset()
    statement_nouns: frozenset[str] = frozenset()
    generic_bodies: frozenset[str] = frozenset()
    # Nouns saying what kind of body a name is, set before the name in apposition where nouns are
    # capitalised (de `die Gewerkschaft Verdi`, `der Dachverband Tafel Deutschland`, `der Autobauer VW`):
    # no part of the name, nor is a compound ending in one.
    body_kinds: frozenset[str] = frozenset()
    # Documents that a kind of body issues, quoted as a statement ("йдеться у вироку" → "суд"), in
    # dictionary form, with the nouns of that kind of body: the body of that kind named before speaks.
    issuers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The members of a bench ("le juge", "i magistrati"), with the nouns of the bodies they sit on: left
    # unnamed, they speak for the court or office of that kind named before ("a rappelé la juge").
    bench_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Nouns of a body's press office ("пресс-служба"): with a common noun after it ("в пресс-службе
    # администрации") it speaks for the body that noun names again.
    press_offices: frozenset[str] = frozenset()
    # Nouns that stand for a body whose name is headed by another noun (ru "главк", the press's word for a
    # "главное управление"): the noun of that head, in dictionary form; or a compound cut from the words of
    # a body's name (uk "міськрада" of "міська рада"): those words, as they stand in the name.
    body_heads: dict[str, str] = field(default_factory=dict)
    # Nouns of a body's department ("le service"): after its definite article, with a complement in lower
    # case that tells what it does ("ajoute le service de presse"), it speaks for the body named before.
    departments: frozenset[str] = frozenset()
    # Prepositions of the place a statement comes from, after a verb with no subject ("fanno sapere dal
    # Comune", "señalan desde el Ayuntamiento"), and those after an impersonal pronoun ("indique-t-on à
    # la mairie"): the body there speaks.
    source_prepositions: frozenset[str] = frozenset()
    # Prepositions of company ("com", "con", "avec", "mit"): where a body or an outlet talked with a person
    # ("O JN falou com Sara Lemos", "Il Post ha parlato con X"), the words that follow are the person's.
    comitatives: frozenset[str] = frozenset()
    # Prepositions that open a sentence with whose view it gives: "Para o climatologista X, …".
    opinion_openers: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    # Verb forms that mark a sentence as reported speech (German Konjunktiv I: "sei", "habe", "könne"): a
    # quotation after such sentences is spoken by whoever the reporting began with.
    reported_forms: frozenset[str] = frozenset()
    # The ending of the third person singular of that mood on any verb (German "-e": "koste", "fehle",
    # "fordere"): a lower-case word so ending is such a form when its infinitive is a common word and it
    # has no adjective's other endings ("große", "großes", "großem").
    reported_ending: str = ""
    # Newspaper habits written as regular expressions (empty: none in the language): a party's letter and
    # a state after a lawmaker's name (en "(D-St. Paul)", ", R-Texas,"), no one's name; a wire story's
    # dateline opening a sentence (en "BETHLEHEM, Pa. — ", "CHICAGO (AP) — "), no part of its clause.
    party_label: str = ""
    dateline_lead: str = ""
    # Words of number before a plural noun ("viele", "einige"): where nouns are capitalised, a plural noun
    # with no article, alone or after one of these, next to a plural verb ("Anwohner sagen", "warnen
    # viele Experten") is a group the text does not name.
    quantifiers: frozenset[str] = frozenset()
    # Articles of the dative (de "dem", "der"): a quotation after a speech verb and its object in the dative
    # is what was said, though it opens with a noun ("warf der Regierung „Versagen auf ganzer Linie“ vor").
    dative_articles: frozenset[str] = frozenset()
    # Particles of separable verbs that close the clause after the subject ("fügt er hinzu").
    verb_particles: frozenset[str] = frozenset()
    # Object pronouns that may stand between a quote and its reporting verb ("lui a-t-elle dit").
    clitics: frozenset[str] = frozenset()
    # Prepositions of a passive's agent ("riferito dai carabinieri", "informado por la policía").
    agent_prepositions: frozenset[str] = frozenset()
    # Auxiliaries of the passive ("was hired by X"): the subject before them is no agent.
    passive_auxiliaries: frozenset[str] = frozenset()
    # Verbs of answering ("replied"): their pronoun subject is the one the sentence before spoke to.
    reply_verbs: frozenset[str] = frozenset()
    inversion_pronouns: dict[str, str] = field(default_factory=dict)
    # Pronouns of a person ("he" → "m", "she" → "f") and those that never name one ("they").
    pronouns: dict[str, str] = field(default_factory=dict)
    # Those of them that are personal pronouns where `pronouns` also holds demonstratives (de "er", "sie"
    # beside "dieser", "letztere"): a personal one stands for the person a sentence quoting someone names.
    personal_pronouns: frozenset[str] = frozenset()
    # Possessive pronouns of a person with their gender (en "his" → "m"): "His message was simple: “…”".
    possessive_pronouns: dict[str, str] = field(default_factory=dict)
    # Object pronouns and their gender ("according to him", "for her, …"): the source they stand for.
    object_pronouns: dict[str, str] = field(default_factory=dict)
    other_pronouns: frozenset[str] = frozenset()
    # Stories: nouns of a happening that end compounds mostly as a figure of speech, for a great many of
    # something (de "Flut": "Informationsflut", "Datenflut", "Klageflut", "Bilderflut" are messages,
    # files, lawsuits, pictures; the few literal compounds news writes are listed whole in a story group:
    # "Sturmflut", "Sturzflut"). Where compounds are read (`digest.stories.synonyms`), one ending in
    # such a noun names no group; the noun alone still does.
    figurative_heads: frozenset[str] = frozenset()
    # Topics: phrases of several words of a story group (`digest.stories.synonyms`) that the language
    # also writes, just as they stand, for something else or as a figure of speech (en "lost power" in
    # a vote, "in the dark" for uninformed, talks "came off the rails"). They count for the story merge
    # and may stand in for a word of a followed topic, but only under the whole-topic guard of
    # `digest.stories.topics`, as a single word or a close word does, never under the lower guard of a
    # phrase that names the thing (`digest.stories.synonyms.names_outright`). Casefolded.
    figurative_phrases: frozenset[str] = frozenset()
    # Topics: idioms that hold a story group's phrase and are figures of speech as a whole (en "stole
    # the show", "kept in the dark", "a storm of protest"), and compounds in which the phrase has
    # another sense (en "drone strike", "air strike": an attack, no walkout): a phrase inside one never
    # stands in for a word of a followed topic (`digest.stories.synonyms.stand_in`), and with meaning on
    # a topic's word said only inside one is not there (`digest.stories.topics._said_in_idioms_only`,
    # which reads the English idioms only).
    # Casefolded, one idiom an entry.
    idioms: frozenset[str] = frozenset()
    # Topics: per story group of a happening (`digest.stories.synonyms.GROUPS`: "strike", "outage",
    # "flood", "theft"), words for who or what its literal sense involves (a strike's workers, union or
    # pay; an outage's homes, electricity or grid; a flood's river, rain or streets). A report that
    # tells the happening twice in other words passes with no vector guard only when its title or lead
    # also names one (`digest.stories.topics._told_twice`): a figure of speech or a second sense names
    # none ("visitors flood into the fair", "an app blackout"). Matched by the language's stems.
    happening_participants: dict[str, frozenset[str]] = field(default_factory=dict)
    # Topics: per story group of a happening, words of its word's other senses (en "strike": a match's
    # goal, a drone; "flood": complaints or visitors that flood in; "outage": an app's). A title and lead
    # that name one and none of `happening_participants` read any stand-in for a followed topic's word
    # in that other sense: it stands in for nothing (`digest.stories.topics._sense`). Matched as
    # written (folded): a sense may hold one form of a word and not another.
    happening_other_senses: dict[str, frozenset[str]] = field(default_factory=dict)
    # Words of a noun phrase: articles, determiners, relative pronouns, coordinating conjunctions.
    articles: frozenset[str] = frozenset()
    definite_articles: frozenset[str] = frozenset()
    # Whether an ordinal number is written with a full stop (de "der 1. FC Talheim", "am 3. Oktober").
    ordinal_stops: bool = False
    # Whether a club's name opened by its short form in capitals may hold numbers: its founding year before
    # its town, an ordinal before it (de "der TSV 1911 Oberau", "der 1. FC Talheim").
    club_numbers: bool = False
    # Prepositions fused with the definite article (de "beim", "vom", "zur").
    article_contractions: frozenset[str] = frozenset()
    # Indefinite articles: where the press quotes someone it does not name ("un employé", "eine
    # Mitarbeiterin"), the speaker is nobody, unless the phrase is a spokesperson for a body.
    indefinite_articles: frozenset[str] = frozenset()
    # Whether the press of the language writes the delayed-identification lede, tested there only: a first
    # sentence quoting someone as "a <noun> who says he/she ...", who is named at the next sentence's start.
    delayed_lede: bool = False
    # Gender of an article ("la", "una" → "f"), and whether the press names a person again by a role
    # noun ("l'éleveur", "die Ärztin") that then means the person last named.
    article_genders: dict[str, str] = field(default_factory=dict)
    # Whether a noun phrase's head comes first ("Ministério da Educação": "o ministério" names it).
    head_first: bool = False
    epithets: bool = False
    determiners: frozenset[str] = frozenset()
    # Demonstratives ("cette", "esa", "dieser"): a person so named without a name given beside the noun
    # is someone the article does not name ("confie cette mère de famille").
    demonstratives: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    # Forms of "to be" that make a noun after a name its role ("Ann Lee is the detective who …").
    copulas: frozenset[str] = frozenset()
    # Grammar around a cue: adverbs between subject and verb ("also said"), finite verbs and
    # possessives (a cue after "his" is a noun), words that end a noun phrase, words that open an
    # apposition ("who"), an adverbial clause ("After") or a subordinate clause ("when"), words
    # that open a sentence but are not names, and time words (days, months, units of time) that
    # never start a name.
    cue_adverbs: frozenset[str] = frozenset()
    adverb_suffix: str | None = None
    # Endings of adverbs and gerunds that may stand between a verb and its subject ("-mente",
    # "ha detto sorridendo Kevin Walsh").
    adverb_suffixes: tuple[str, ...] = ()
    # Endings of adjectives no finite verb of the language has, where bodies' names are written in
    # sentence case (fr "régionale", "intercommunaux"; it "civile"): such a word after a body's
    # capitalised head is part of its name ("l'Agence régionale de santé", "la Protezione civile").
    adjective_endings: tuple[str, ...] = ()
    # Those of them only a feminine adjective has (fr "-aine", "-anne"): never after a masculine noun.
    feminine_adjective_endings: tuple[str, ...] = ()
    # Prepositions other than `name_connectors` inside such a name ("Agenzia … per la protezione …").
    inner_prepositions: frozenset[str] = frozenset()
    # Prepositions inside a body's name written with capitals before one more of its fields (es "Asociación
    # en Apoyo de …", pt "Instituto de Estudos em Artes da Cena").
    field_prepositions: frozenset[str] = frozenset()
    # Prepositions after which a body's name takes the capitalised place its section serves (pt "a
    # Federação dos Apicultores na Lousã", "o Grémio dos Relojoeiros em Viseu"): one name.
    section_prepositions: frozenset[str] = frozenset()
    # Heads of bodies organised in sections by place (pt "sindicato", "ordem"): only these take the place.
    section_heads: frozenset[str] = frozenset()
    # Whether the subject may be left out ("ha explicado." = she explained): a speech verb with no
    # subject then means the person last spoken of.
    pro_drop: bool = False
    # Endings of the third person plural of verbs ("spiegano", "explican", "afirmam"): such a verb with
    # its subject left out is said by several (a body's people), never by the one person last named.
    plural_endings: tuple[str, ...] = ()
    # Finite verbs of the plural only ("were", "are"): a name they follow as its subject (`Rovers were two
    # goals down`) is several people or a team, never the "he" or "she" of a later sentence.
    plural_verbs: frozenset[str] = frozenset()
    not_adverbs: frozenset[str] = frozenset()
    participle_suffix: str | None = None
    # Endings of past participles and of the infinitives they come from (("ée", "er"): "contactée" of
    # "contacter"): one opening a sentence before a comma ("Contactée, la mairie …") is no name.
    past_participles: tuple[tuple[str, str], ...] = ()
    not_participles: frozenset[str] = frozenset()
    finite_verbs: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    phrase_breaks: frozenset[str] = frozenset()
    apposition_starters: frozenset[str] = frozenset()
    adverbial_starters: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    # Verbs of talking about a topic with their preposition ("talked about", "went on about"): no verb
    # that reports, but the words quoted right after them are the talker's.
    talk_phrases: tuple[str, ...] = ()
    # The endings of the simple past and past participle ("called") and the irregular forms of both
    # ("said", "given"): a fronted clause's verb of speaking must report what was said, and a participle
    # before "by" opens a reduced passive ("the files released by …"), and one after a hyphen says what a
    # noun's thing is ("gas-fired"), no happening (`digest.stories.synonyms`). `conditionals`:
    # subordinators of a clause that has not happened ("if", "unless"). Empty: no such clause is read.
    past_endings: tuple[str, ...] = ()
    past_forms: frozenset[str] = frozenset()
    conditionals: frozenset[str] = frozenset()
    # Words that open an adverbial clause with a subject of its own, never a phrase ("when X left"), and
    # adverbs that may follow a subject in place of a verb ("X alone"): a fronted clause's subject.
    clause_openers: frozenset[str] = frozenset()
    clause_adverbs: frozenset[str] = frozenset()
    # How many words from a sentence's start its subject pronoun may stand ("Über die Jahre hat er").
    subject_window: int = 3
    common_starters: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    # Words of number or degree that open a phrase of time before a time word ("quelques minutes plus
    # tard", "pocos minutos después", "plus tard"), lower case: after an inverted subject such a phrase
    # is the verb's adverbial, no part of the subject.
    time_openers: frozenset[str] = frozenset()
    # Whether days and months are written in lower case (fr, es, it, pt): one capitalised before a surname
    # is a first name ("Domingo Cavallero").
    lowercase_dates: bool = False
    name_suffixes: frozenset[str] = frozenset()
    # The generation a name's suffix marks, lower case, the name without one between (`Sr.` 0, none 1,
    # `Jr.` 2, `III` 3), and the adjectives that set a father apart from his namesake son by age (`the elder
    # Mr. Quist`, `the younger Quist`): the oldest and the youngest of the two.
    generation_ranks: dict[str, int] = field(default_factory=dict)
    elder_words: frozenset[str] = frozenset()
    younger_words: frozenset[str] = frozenset()
    # Letters after a name for an honour, a rank at the bar or a seat ("KC", "MP", "OBE"), in lower case:
    # set off by commas after a name (`Ann Lee, KC, told the jury`) or after it, they are not the speaker.
    postnominals: frozenset[str] = frozenset()
    # Names: titles and roles that precede a name but are not part of it ("Mme", "Konzernchef"),
    # titles that mark a person and their gender, endings of role nouns ("-sprecherin"), words that
    # make a name an organisation, particles inside names ("de", "von").
    titles: frozenset[str] = frozenset()
    # Nouns of a source the press does not name ("собеседник", "la source"): such a speaker is nobody.
    source_nouns: frozenset[str] = frozenset()
    # Nouns of the unnamed circle around someone ("l'entourage du maire", "el entorno del alcalde"): what
    # that circle says is said by nobody the text names, not by the person or body it surrounds.
    circle_nouns: frozenset[str] = frozenset()
    # Of those, the nouns the press also uses for the named person it talked to ("собеседник агентства").
    interlocutors: frozenset[str] = frozenset()
    # Nouns that name a person only by sex or age ("женщина", "жінка"): they stand for whoever of that
    # gender was last spoken of, named or not (dictionary form).
    person_nouns: frozenset[str] = frozenset()
    # ru, uk: nouns that fit anyone in public life whatever their office ("лидер", "политик", "эксперт"),
    # so after a quote they may name again the subject of the sentence before (dictionary form); a role
    # of its own ("капитан") or a newcomer's noun ("житель") does not.
    public_figures: frozenset[str] = frozenset()
    # ru: profession nouns the press uses in the masculine of a woman too, though the dictionary has a
    # "-ка" feminine beside them ("специалист", "депутат"): after a woman just named they may be her
    # (dictionary form). Not for uk, whose news writes the feminine ("експертка", "директорка").
    either_sex_roles: frozenset[str] = frozenset()
    # ru, uk: nouns of kinship (also familiar: "мама"), of acting for or working for someone and of
    # following someone ("фанатка"), which take a person's name in the genitive ("вдова Евгения Жмурова":
    # his widow), so a name after them need not stand in apposition to them (dictionary form).
    relation_nouns: frozenset[str] = frozenset()
    # ru, uk: the words after a hyphen that tell two kin of one surname apart ("Чаплыгин-старший", "Ведмедюк-
    # молодший"; the stems of every case), and the nouns of a parent and of a child before a name ("його син
    # Панас Ведмедюк") that say which of them is the elder (dictionary form).
    elder_stems: tuple[str, ...] = ()
    younger_stems: tuple[str, ...] = ()
    parent_nouns: frozenset[str] = frozenset()
    child_nouns: frozenset[str] = frozenset()
    # Nouns that give a person's sex where no article or ending shows it (en "woman" → "f"): a pronoun
    # of the other sex does not point back to an unnamed person so described.
    sex_nouns: dict[str, str] = field(default_factory=dict)
    # Words joining two parts of one body's name ("Food and Drug Administration", "Fire & Rescue").
    body_conjunctions: frozenset[str] = frozenset({"&"})
    # Prepositions inside a body's name after its noun ("Department for Transport", "Bank of England").
    body_connectors: frozenset[str] = frozenset()
    # Nouns of a place or an administrative unit written in lower case ("the city of X", "the district
    # of Y"): a complement opened by one says where a body acts, and is no part of its name.
    place_nouns: frozenset[str] = frozenset()
    # The conjunction of manner that opens a parenthetical attribution before a speech verb (it "come ha
    # spiegato il sindaco X", pt "como disse X"): the verb's subject, after it, speaks the sentence.
    as_words: frozenset[str] = frozenset()
    # Nouns of a saying (it "proverbio", pt "ditado"): "come dice il proverbio" quotes no speaker.
    saying_nouns: frozenset[str] = frozenset()
    # Abbreviated legal forms closing a company's name and the noun of the kind they stand for, lower
    # case (de "ag", "gmbh": "gesellschaft"): `die Gesellschaft` names such a company again.
    legal_forms: dict[str, str] = field(default_factory=dict)
    # Nouns of a person (no titles) by which the press names again whom the sentence before was about
    # ("Jess Hartley scored twice. “…,” the forward said."), lower case.
    person_epithets: frozenset[str] = frozenset()
    # Endings of capitalised nouns that surely name a person (de "-frau", "-kraft": `Pflegekraft`), lower
    # case: where every noun is capitalised, such a noun is someone, not a thing.
    person_noun_endings: tuple[str, ...] = ()
    # Endings that name a person only in a feminine noun, so only after a feminine article (de "-in": `eine
    # Mitarbeiterin`, not `ein Magazin`, `ein Termin`), lower case.
    feminine_person_endings: tuple[str, ...] = ()
    # Attributive adjectives that bring in another person than the one just named (de "neue", "andere":
    # `sagt die neue Pächterin` after the former one's name), lower case: the role noun after them names
    # nobody named before.
    other_person_adjectives: frozenset[str] = frozenset()
    # Nouns of a group of people that a surname written before them names (en "the Dunmore family"): the
    # noun alone after the definite article names that group again ("the family said"), lower case.
    surname_groups: frozenset[str] = frozenset()
    # Kin nouns and their converse ("granddaughter" → "grandmother", "grandfather"): `X's granddaughter,
    # Nora` makes X "her grandmother".
    kin_converse: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Numerals in words ("mother of two"), lower case.
    numerals: frozenset[str] = frozenset()
    # Ordinal adjectives: after an article or a determiner one stands before a noun, so a speech verb's form
    # after it is a noun (`la primera pregunta`, `la prima domanda`; not `prima dice`), lower case.
    ordinals: frozenset[str] = frozenset()
    # Relatives the press names by a first name after a possessive ("her husband Gavin"), who share the
    # surname of the person the possessive points to.
    kin_nouns: frozenset[str] = frozenset()
    # Nouns of a person speaking for an organisation ("spokesman", "Sprecherin", "porte-parole").
    spokes_nouns: frozenset[str] = frozenset()
    # Nouns of the staff of an office named by its holder's title in the genitive (en "the Ohio Secretary
    # of State's office"): the body that title names, spoken of again as "the office".
    office_nouns: frozenset[str] = frozenset()
    # The unnamed voice of a paid advertisement (en "narrator", "announcer"), the nouns of such an
    # advertisement ("ad", "spot") and the participles before "by" that name who paid for it ("paid for
    # by", "funded by"; not "produced by": an agency): that voice speaks for the advertisement's sponsor.
    voice_nouns: frozenset[str] = frozenset()
    advert_nouns: frozenset[str] = frozenset()
    sponsor_participles: frozenset[str] = frozenset()
    person_titles: frozenset[str] = frozenset()
    # Given names written abbreviated with a full stop inside a full name ("Ma." for María in Philippine
    # names), lower case: the name's first word, no title before it.
    given_name_abbreviations: frozenset[str] = frozenset()
    # Singular role nouns written as a subject without an article ("counsel said"), lower case.
    bare_roles: frozenset[str] = frozenset()
    # Courtesy words before a title or a surname when someone is spoken to ("Madam Secretary", "Ms.
    # Lee"), lower case, with and without a full stop: they mark a vocative inside a quotation.
    address_courtesies: frozenset[str] = frozenset()
    # Abbreviated titles and the role nouns the press names their bearer by again ("Sen." → "the
    # senator", "Gov." → "the governor"), lower case without the full stop.
    title_roles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Role nouns by which the press names again a person it gave with another ("l'allenatore" after "il
    # tecnico X", "il pm" after "il pubblico ministero X", "l'édile" after "le maire X"): each noun with
    # the roles it may stand for.
    role_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Words before a role noun that say when or how long the role is held, not which role ("the former
    # treasurer", "l'ancien trésorier", "die ehemalige Ministerin"), lower case, every inflected form.
    role_modifiers: frozenset[str] = frozenset()
    female_titles: frozenset[str] = frozenset()
    male_titles: frozenset[str] = frozenset()
    role_suffixes: tuple[str, ...] = ()
    # Endings of nouns for a person by what they do ("pianist", "campaigner", "historian"), which may
    # stand as a title before a name where nouns are written in lower case ("Pianist Ann Lee said").
    agent_suffixes: tuple[str, ...] = ()
    # Endings of nouns that name a person by their age ("sexagénaire", "sexagenario"): such a noun names
    # again someone the text has brought in, where a role ("le procureur") may bring in someone new.
    age_suffixes: tuple[str, ...] = ()
    # Endings of lower-case adjectives that may stand inside a role before its noun ("gubernatorial
    # nominee", "congressional candidate"), not a plural noun or a verb ("senators questioned nominee").
    role_adjective_endings: tuple[str, ...] = ()
    org_words: frozenset[str] = frozenset()
    # Plural nouns not ending in -s, whose genitive is written with 's (en "women", "children"): a plural
    # genitive after "the" may classify a body inside its name ("the Ashby Women's Institute").
    genitive_plurals: frozenset[str] = frozenset()
    name_connectors: frozenset[str] = frozenset()
    # Titles of nobility that are part of a surname before its particle (de "Ulrike Freifrau von Stetten"):
    # the particle after one runs on as after a first name.
    noble_titles: frozenset[str] = frozenset()
    # Lower-case prepositions that, after a first name and a surname and before two or more name-words,
    # open the complement naming the person's body, not a surname's particle: most it surnames write it
    # with a capital ("Della Rocca", "De Luca", "Dal Molin"), so `Anna Bonetti della Sinistra Unita` is
    # the person, then her party. Noble surnames keep a lower-case one ("Luca Ferri della Gherardesca"):
    # before ONE name-word that is no acronym nor a body's noun, the particle stays part of the name.
    complement_particles: frozenset[str] = frozenset()
    # Words that open the name of a place after a saint ("San", "Sant'", "São", "Saint-", "Sankt").
    place_prefixes: frozenset[str] = frozenset()
    # What a place's name adds after it to tell it from a namesake, its river or region after a preposition
    # (de "am main", "an der oder", "im breisgau": `Frankfurt am Main`, `Freie Bühne am Neckar`), lower case.
    place_suffixes: frozenset[str] = frozenset()
    # Nouns after which a name is a street, a square or a district, not a person ("вулиці Гетьмана
    # Сагайдачного", "rue Victor-Hugo", "bairro Jardim América", "località Pruniccia"); in dictionary
    # form where the language has a morphological dictionary.
    street_nouns: frozenset[str] = frozenset()
    # Words after which a person's name is what a place or a body is named after, not someone present
    # ("больница имени Пирогова", "школа им. Гагарина", "лікарня імені Мечникова"), lower case; the
    # abbreviation with its dot (bare ru "им" is the pronoun "them": "ответил им Петров").
    eponym_words: frozenset[str] = frozenset()
    # Whether the language capitalises every noun (German), so a capitalised word is no name sign.
    capitalised_nouns: bool = False
    # The ending glued to a name in the genitive before its noun (de "s": "Jonas Brandts Tochter") and the
    # endings of names that only look like it ("ss": "Weiss"); empty: the language has no such genitive.
    name_genitive_ending: str = ""
    name_genitive_lookalikes: tuple[str, ...] = ()
    # Labels of an interview printed as questions and answers ("P. ¿…?" / "R. …"), lower case
    # without the full stop: an answer so labelled is the interviewee's speech.
    question_labels: frozenset[str] = frozenset()
    answer_labels: frozenset[str] = frozenset()
    # The words before the interviewer's name in an interview's credit line, lower case ("Mit ihr sprach
    # Eva Roth.", "Propos recueillis par X"): the one so named asks, never answers.
    interviewer_credits: tuple[str, ...] = ()
    # Words of the first person ("ich", "wir", "uns"): the interviewee speaks in them, where an interview
    # is printed as plain paragraphs (its questions' bold type lost in the page's text).
    first_person: frozenset[str] = frozenset()
    # Words of the first person only where a hyphen joins them to the verb before ("dizem-nos"; a "nos"
    # standing alone is also a preposition with its article, "in the").
    first_person_enclitics: frozenset[str] = frozenset()
    # Subject pronouns of the first person ("I", "we"; lower case): an opening phrase that holds one
    # ("When I asked Ann Kerr about it, she laughed") is the reporter's, not the person it names.
    first_person_subjects: frozenset[str] = frozenset()
    # Words of the first person singular only ("je", "mon"): a body speaks as "we", never in them, nor does
    # the newsroom within an interview ("Wir haben bei der Stadt angefragt").
    first_singular: frozenset[str] = frozenset()
    # Words of the second person ("you", "your"): a question in them is put to someone in particular.
    second_person: frozenset[str] = frozenset()
    # Endings of the first person plural where the subject is left out ("hemos", "perguntamos",
    # "abbiamo"): an answer in such a verb speaks in the first person, a narrator's "—le preguntamos"
    # is the reporter's.
    first_plural_endings: tuple[str, ...] = ()
    # Words of the speaker's own first or second person right after a verb inside a quotation ("…,
    # cried my heart out, and …"): the speaker's words go on, no reporting clause of a narrator.
    own_words: frozenset[str] = frozenset()
    # Prepositions of place ("в", "из", "до"): after one, a capitalised word the morphological dictionary
    # knows as a noun for a thing is a town, though some bear it as a first name ("в Тару").
    place_prepositions: frozenset[str] = frozenset()
    # Quotation marks as (opening, closing) pairs in the order the language prefers; by default
    # every common pair.
    quote_pairs: tuple[tuple[str, str], ...] = (
        ("“", "”"), ("„", "“"), ("«", "»"), ("»", "«"), ("「", "」"), ("『", "』"), ('"', '"'),
    )
    # Things that bear writing (signs, banners, posters): a quotation after a colon in a sentence about
    # one is what it reads, not speech. Every form that occurs ("плакате", "Schild").
    sign_nouns: frozenset[str] = frozenset()
    # Words of a crowd chanting ("chanting", "skandierten", "scandendo", "aux cris de", "al grito de"): a
    # short quotation right after one, no speech verb between, is a chant or a slogan, not speech. Plural
    # verbs, gerunds and nouns of chanting only: a person's "ha scandito: «…»", "a scandé : « … »" is
    # speech. A noun of any cry only in its fixed phrase ("al_grido_di"): "Il grido d'allarme: «…»",
    # "dio un grito: «…»", "risposto in coro: «…»" are speech.
    chant_words: frozenset[str] = frozenset()
    # Works that bear a title (reports, books, songs, films): a quotation in headline case set off by a
    # comma after one (`the charity's report, ‘Waiting on the Ward’, found`) is its title, not speech.
    work_nouns: frozenset[str] = frozenset()
    # Top-level domains written in the language's own script ("рф", "укр"): a word ending in one after
    # a full stop is a news site's address ("Фонтанка.ру"), the outlet a body spoke to.
    site_domains: frozenset[str] = frozenset()
    # Page text that is not the article. `paywall_phrases`: regular expressions (on lower-case text,
    # no top-level "|") of a message that the rest is for subscribers ("sign up to read"); each
    # needs a literal stretch outside its groups, the cheap anchor it is looked for around.
    # `boilerplate_phrases`: subscription chrome that many full articles show too ("déjà abonné").
    # By default the sign-up walls of languages without a module of their own yet (Japanese,
    # Chinese, Korean).
    paywall_phrases: tuple[str, ...] = (
        "有料会員", "会員限定", "続きを読むには", r"残り\d+文字",
        "付费阅读", "订阅后阅读", "会员专享", "會員專屬",
        r"유료\s?회원", r"구독자\s?전용",
    )
    boilerplate_phrases: tuple[str, ...] = ()
    # Libraries: the wordfreq / simplemma language code (None: not covered) and the pymorphy3
    # dictionary ("ru", "uk") for base forms of inflected names.
    wordfreq: str | None = None
    lemmatizer: str | None = None
    morphology: str | None = None
    # Scripts written without spaces count characters: how many make one "word" of the budget.
    chars_per_word: float | None = None

    def month_number(self, word: str) -> int | None:
        """1–12 for a month name of this language in any listed form, else None."""
        low = word.lower().rstrip(".")
        for i, forms in enumerate(self.months, 1):
            if low in forms:
                return i
        return None

    @property
    def speech_cues(self) -> frozenset[str]:
        """Every verb form that attributes speech or a label."""
        return self.speech_verbs | self.naming_verbs


def language(code: str, **values: object) -> Language:
    """A `Language` for `code`: the neutral resources (each field's default) with `values` put in
    their place."""
    known = {f.name for f in fields(Language)}
    unknown = set(values) - known
    if unknown:
        raise TypeError(f"unknown language fields: {sorted(unknown)}")
    return Language(code=code, **values)  # type: ignore[arg-type]


def conjugate(infinitives: str, endings: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """Regular forms of verbs: `endings` maps an infinitive ending ("ar") to the endings of the forms
    wanted ("ó", "a", "ado"): `conjugate("explicar", {"ar": ("ó",)})` → {"explicó"}."""
    out = set()
    for verb in infinitives.split():
        for ending, forms in endings.items():
            if verb.endswith(ending):
                out.update(verb[: -len(ending)] + form for form in forms)
                break
    return frozenset(out)


def apostrophes(forms: frozenset[str]) -> frozenset[str]:
    """Forms with an apostrophe in both spellings: "s'emporte" and "s’emporte"."""
    return forms | frozenset(f.replace("'", "’") for f in forms if "'" in f)


def verb_forms(stems: str, endings: tuple[str, ...]) -> frozenset[str]:
    """Every stem with every ending: `verb_forms("сказал заявил", ("", "а", "и"))`."""
    return frozenset(s + e for s in stems.split() for e in endings)
