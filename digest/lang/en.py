"""English."""

from __future__ import annotations

from digest.lang.base import language, words

# Nouns that point back at a quote from the sentence after it (`That warning came from X`).
_RESUMED = (
    "warning", "remark", "comment", "assessment", "message", "criticism", "appeal", "plea", "promise",
    "pledge", "verdict", "view", "answer", "response", "reply", "advice", "claim",
)

# Story-group phrases of several words English also writes for something else or as a figure of speech.
_FIGURATIVE = (
    "lost power", "in the dark", "lights out", "plunged into darkness", "walked out", "walk out",
    "walking out", "pushed out", "parted company", "parts company", "part company", "out of action",
    "on fire", "made off with", "came off the rails", "comes off the rails", "come off the rails",
    "under water", "hit rocks", "hits rocks", "stop work", "stopped work",
)

# Idioms holding a story group's phrase that are figures of speech as a whole, and compounds in which
# a story group's word has another sense.
_IDIOMS = (
    "stole the show", "steal the show", "kept in the dark", "keep in the dark", "keeps in the dark",
    "storm of protest", "storm of criticism", "seismic shift", "political earthquake", "political quake",
    "electoral earthquake", "electoral quake", "hunger strike", "hunger strikes", "like wildfire",
    "flood the market", "floods the market", "flooded the market", "flooding the market",
    # compounds whose group word has its other sense: a strike from the air is an attack
    "air strike", "air strikes", "drone strike", "drone strikes", "missile strike", "missile strikes",
    "artillery strike", "artillery strikes", "rocket strike", "rocket strikes", "lightning strike",
    "lightning strikes", "strike a deal", "strikes a deal", "strike a balance", "strikes a balance",
    "strike a chord", "strikes a chord", "strike a tone", "strikes a tone", "strike gold", "strikes gold",
)

# Who or what the literal sense of a happening involves (`Language.happening_participants`).
_PARTICIPANTS = {
    "strike": words(
        "workers worker staff employees union unions pay wages wage salaries pensions pension "
        "pilots crew crews attendants doctors nurses teachers drivers loaders dockers porters miners "
        "cleaners guards controllers handlers aviators"
    ),
    "outage": words(
        "homes households houses properties electricity electric grid substation supply pylons cables "
        "energy"
    ),
    "flood": words(
        "water waters river rivers brook stream creek canal tide rain rains rainfall downpour downpours "
        "storm streets roads homes houses basements drains defences"
    ),
    "theft": words("police thieves burglars jewels jewellery gold cash paintings artefacts valuables vault"),
}

# Words of a happening's other senses (`Language.happening_other_senses`), as written ("striker" is a
# footballer, "strikers" are on strike), none a literal report names beside its happening as a rule: a
# midfielder's strike, a strike from the air; complaints, visitors or bids that flood in; an app's outage.
_OTHER_SENSES = {
    "strike": words(
        "goal goals goalkeeper striker midfielder winger volley equaliser equalizer wicket wickets bowler "
        "batsman innings pitcher bowling drone drones missile missiles shelling artillery airstrike "
        "airstrikes lightning"
    ),
    "outage": words("app apps website websites server servers"),
    "flood": words(
        "complaints emails letters messages applications entries visitors shoppers investors orders bids "
        "requests enquiries inquiries imports offers"
    ),
}

LANGUAGE = language(
    "en",
    figurative_phrases=frozenset(_FIGURATIVE),
    idioms=frozenset(_IDIOMS),
    happening_participants=_PARTICIPANTS,
    happening_other_senses=_OTHER_SENSES,
    abbreviations=words(
        "mr mrs ms messrs dr prof st gen sen rep gov lt col sgt capt cpl adm maj rev hon mt ft pres supt "
        "insp det del atty cmdr ald coun cllr vs v approx ca cf fig figs vol vols pp art arts hr"
    ),
    soft_abbreviations=words(
        "jan feb mar apr jun jul aug sep sept oct nov dec no nos nr inc ltd co corp bros plc jr sr etc "
        "al esq ph tel u.s u.k u.n e.u e.g i.e a.m p.m d.c u.s.a"
    ),
    sentence_starters=words(
        "the a an he she it they we i you his her their its our my this that these those there here but "
        "and so yet or if when while as after before in on at for from by with without since during "
        "however meanwhile now then today yesterday last earlier later police officials"
    ),
    months=tuple(
        words(w)
        for w in (
            "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
            "august aug", "september sep sept", "october oct", "november nov", "december dec",
        )
    ),
    published_words=words("published posted updated"),
    briefing_words=words(
        "morning evening night weekend week today "
        "briefing digest memo round-up roundup newsletter"
    ),
    and_words=words("and"),
    role_prefixes=words("vice ex"),
    roundup_words=words("week briefing digest memo round-up roundup newsletter"),
    weekdays=words("monday tuesday wednesday thursday friday saturday sunday"),
    stopwords=words(
        "a an the of in on at to for from by with and or but as is was are were be been has have had it "
        "its this that these those he she they his her their we you i not no so than then there which who "
        "whom will would can could said says also after before over into about up out more"
    ),
    function_words=words("the and of to in is that for was with on said as by it at from his her have are"),
    speech_verbs=words(
        "said says say told tells added adds wrote writes tweeted tweets asked asks explained explains "
        "continued continues noted notes argued argues insisted insists declared declares stated "
        "recalled recalls warned warns replied replies responded responds joked jokes quipped admitted "
        "admits acknowledged acknowledges conceded concedes countered counters claimed claims emphasized "
        "emphasised stressed cautioned complained complains predicted predicts announced observed "
        "remarked concluded posted shouted yelled testified urged boasted bragged vowed promised pledged "
        "lamented mused suggested suggests agreed reiterated repeated charged alleged asserted proclaimed "
        "exclaimed wondered cried sang chanted pleaded reported reports described describes "
        "shouts yells screamed screams ordered whispered whispers muttered mutters texted emailed "
        "messaged commented laughed confirmed confirms recounted recounts assured assures "
        "answered gushed confided pressed interjected interrupted"
    ),
    inverting_verbs=words(
        "said says say added adds wrote writes tweeted tweets asked asks explained explains "
        "continued continues noted notes argued argues insisted insists declared declares stated "
        "recalled recalls warned warns replied replies responded responds joked jokes quipped admitted "
        "admits acknowledged acknowledges conceded concedes countered counters claimed claims emphasized "
        "emphasised stressed cautioned complained complains predicted predicts announced observed "
        "remarked concluded posted shouted yelled testified urged boasted bragged vowed promised pledged "
        "lamented mused suggested suggests agreed reiterated repeated charged alleged asserted proclaimed "
        "exclaimed wondered cried sang chanted pleaded reported reports described describes "
        "shouts yells screamed screams ordered whispered whispers muttered mutters texted emailed "
        "commented laughed confirmed confirms recounted recounts assured assures "
        "answered gushed confided fumed sighed snapped retorted scoffed blasted slammed pressed interjected "
        "interrupted beamed grinned smiled"
    ),
    naming_verbs=words(
        "called calls branded brands dubbed dubs labeled labelled labels accused accuses dismissed "
        "lauded praised mocked slammed blasted criticized criticised fumed sighed snapped retorted scoffed "
        "described describes"
    ),
    participles=words(
        "saying adding telling writing noting arguing explaining recalling warning urging claiming "
        "insisting calling describing tweeting declaring stating asking answering responding replying "
        "joking complaining vowing promising suggesting predicting"
    ),
    according_to=("according to",),
    opinion_openers=words("for"),
    # A sentence after a quote naming its source after "from": `“…” That warning came from X.`
    resumptive_openers=tuple(
        f"{d} {n} {v} from"
        for d in ("that", "this", "the")
        for n in _RESUMED
        for v in ("came", "comes")
    )
    # `That was the message from X`, `Those were the words of X`, `So says X`, `That is how X put it`
    + tuple(
        f"{d} {v} the {n} {p}"
        for d in ("that", "this", "such")
        for v in ("was", "is")
        for n in _RESUMED
        for p in ("from", "of")
    )
    + ("those were the words of", "these were the words of", "such were the words of", "so says", "so said")
    + tuple(f"{d} {v} how" for d in ("that", "this") for v in ("is", "was")) + ("that's how", "that’s how")
    + ("with those words", "with these words"),
    reply_verbs=words("replied replies responded responds answered answers retorted countered"),
    second_person=words("you your yours yourself yourselves"),
    auxiliaries=words("has have"),
    agent_prepositions=words("by"),
    passive_auxiliaries=words("was were is are been being be"),
    pronouns={"he": "m", "she": "f"},
    possessive_pronouns={"his": "m", "her": "f"},
    object_pronouns={"him": "m", "her": "f"},
    # Nouns for someone's words: after a possessive opening a sentence they say whose a quote is.
    word_nouns=words(
        "message verdict advice reply answer response warning view explanation reaction assessment "
        "argument plea words comment comments remarks retort conclusion prediction promise vow "
        "instructions demand request appeal question"
    ),
    sex_nouns={
        **dict.fromkeys(
            words("woman women girl mother wife daughter sister grandmother granddaughter aunt niece widow "
                  "lady mum mom gran granny grandma nan businesswoman policewoman chairwoman "
                  "spokeswoman"), "f"
        ),
        **dict.fromkeys(
            words("man men boy father husband son brother grandfather grandson uncle nephew widower "
                  "gentleman dad grandad grandpa businessman policeman chairman spokesman"), "m"
        ),
    },
    question_labels=words("q question"),
    answer_labels=words("a answer"),
    body_conjunctions=words("and &"),
    body_connectors=words("of for"),
    person_epithets=words(
        "striker forward midfielder defender goalkeeper keeper winger fullback quarterback pitcher batter "
        "bowler batsman skipper boss rookie veteran teenager youngster champion runner rider driver player "
        "singer actor actress rapper author novelist musician comedian artist entrepreneur billionaire "
        "mother father grandmother grandfather widow widower pensioner retiree official "
        # the family words of tabloid re-mentions of an elder (`the gran`, `the grandad`); not `the mum`
        # or `the dad`, who is mostly the parent of the child named, someone new
        "gran granny grandma nan grandad grandpa "
        # members of a party, capitalised after a state in AP's re-mention (`the Texas Republican`), and
        # nouns of origin of the sports and wire pages (`the 23-year-old Australian`)
        "democrat republican conservative liberal libertarian socialist progressive tory "
        "american australian canadian briton brit scot welshman irishman englishman kiwi aussie "
        "frenchman spaniard italian german dane swede norwegian dutchman swiss belgian brazilian argentine "
        "mexican japanese chinese indian russian ukrainian serb croat pole"
    ),
    surname_groups=words("family household clan campaign"),
    kin_converse={
        "granddaughter": ("grandmother", "grandfather"), "grandson": ("grandmother", "grandfather"),
        "grandmother": ("granddaughter", "grandson"), "grandfather": ("granddaughter", "grandson"),
        "daughter": ("mother", "father"), "son": ("mother", "father"),
        "mother": ("daughter", "son"), "father": ("daughter", "son"),
        "wife": ("husband",), "husband": ("wife",), "sister": ("sister", "brother"),
        "brother": ("sister", "brother"), "niece": ("aunt", "uncle"), "nephew": ("aunt", "uncle"),
        "aunt": ("niece", "nephew"), "uncle": ("niece", "nephew"),
    },
    numerals=words("two three four five six seven eight nine ten eleven twelve"),
    kin_nouns=words("husband wife son daughter brother sister father mother"),
    other_pronouns=words("they it we i you who which what whoever one someone"),
    definite_articles=words("the"),
    indefinite_articles=words("a an one another"),
    source_nouns=words("source sources person"),
    work_nouns=words(
        "report reports study survey review inquiry book novel memoir biography film movie documentary "
        "series show programme program podcast episode song ballad anthem album single play musical opera "
        "poem essay paper column exhibition painting campaign slogan motto"
    ),
    articles=words("the a an"),
    determiners=words("the a an this that these those his her their its our my one another two three some"),
    relatives=words("who which that"),
    conjunctions=words("and but or"),
    copulas=words("is was"),
    cue_adverbs=words(
        "also later then has had have would will previously once recently repeatedly often further "
        "simply flatly reportedly allegedly first last earlier again just even still never ever already "
        "now himself herself quickly bluntly publicly privately frequently similarly separately "
        "subsequently angrily calmly famously initially finally eventually may might could "
        "would've since openly quietly proudly sternly curtly tersely succinctly elsewhere instead"
    ),
    adverb_suffix="ly",
    not_adverbs=words("family ally rally assembly supply reply anomaly monopoly italy july bully belly"),
    participle_suffix="ing",
    not_participles=words(
        "morning evening something nothing anything everything building meeting thing king"
    ),
    finite_verbs=words("is was are were has have had will would can could may might does did do"),
    plural_verbs=words("are were have"),
    possessives=words("the a an this these those his her their its our my your"),
    phrase_breaks=words(
        "who in on at during as after before when while from to that because and of for with about "
        "than whose whom which where by"
    ),
    apposition_starters=words(
        "who which whose whom where speaking writing appearing now once then himself herself"
    ),
    adverbial_starters=words(
        "in on at after before when while during asked speaking since although though because as despite "
        "for with without following like unlike if once later earlier still yet instead meanwhile however "
        "then now last this responding referring addressing writing"
    ),
    subordinators=words("when as while before after because if since and but until though although"),
    talk_phrases=(
        "talked about", "spoke about", "spoke of", "went on about", "railed against", "ranted about",
        "raved about",
    ),
    past_endings=("ed",),
    past_forms=words(
        "said told wrote spoke sang went given seen taken made held shown known drawn written done brought "
        "led sent kept paid found put run set won"
    ),
    conditionals=words("if unless"),
    clause_openers=words("when while because although though"),
    clause_adverbs=words("alone too again also himself herself themselves still once then now only even"),
    common_starters=words(
        "the a an but and or so yet if when while as after before in on at for from by with without "
        "since during however meanwhile now then today yesterday last earlier later asked speaking "
        "according this that these those there here his her their its our my it he she they we i you "
        "though although because despite still also even just only both each every no not some many "
        "most more other such what which who whom whose where why how one two three several instead "
        "under over about against between into through among unlike like until upon whether amid "
        "indeed overall finally first second third next following given nearly almost nevertheless "
        "nonetheless moreover furthermore otherwise consequently thus hence besides ultimately separately "
        "similarly likewise additionally regardless accordingly"
    ),
    time_words=words(
        "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow "
        "january february march april june july august september october november december "
        "jan. feb. aug. sept. oct. nov. dec. morning afternoon evening night week month year"
    ),
    name_suffixes=words("jr jr. sr sr. ii iii iv"),
    generation_ranks={"sr": 0, "sr.": 0, "jr": 2, "jr.": 2, "ii": 2, "iii": 3, "iv": 4},
    elder_words=words("elder older"),
    younger_words=words("younger"),
    parent_nouns=words("father mother"),
    child_nouns=words("son daughter"),
    postnominals=words("kc qc sc mp msp ms mla mep mhk td obe cbe mbe kbe dbe phd md dds jp rn fba frs"),
    anonymity=(
        r"familiar with",
        r"with (?:direct |first-hand |firsthand )?knowledge of",
        r"close to",
        r"briefed on",
        r"(?:asked|requested|declined|wished|wish|want|wanted|spoke|speaking|talked)\b[^.;]{0,30}\b(?:named|identified|anonymity|anonymously)",
        r"not authori[sz]ed to",
        r"on (?:the )?condition of anonymity",
        r"granted anonymity",
        r"\b(?:her|his|their) names? (?:not|never) be (?:used|published|printed|given|disclosed)",
    ),
    unnamed_openers=words("a an one two three several some multiple sources people"),
    source_words=words("source sources"),
    # Nouns by which the press names again the organisation it last named ("the force said").
    generic_bodies=words(
        "company firm force club group agency ministry department council authority organisation "
        "organization charity airline carrier bank lender insurer retailer supermarket chain carmaker "
        "automaker manufacturer maker operator regulator watchdog broadcaster publisher developer "
        "union federation association institute university college school hospital trust board "
        "commission court tribunal party campaign team side brand business startup conglomerate "
        "utility network studio label museum gallery zoo port airport"
    ),
    statement_nouns=words("statement letter memo release email e-mail tweet message"),
    spokes_nouns=words("spokesman spokeswoman spokesperson"),
    voice_nouns=words("narrator announcer voiceover voice-over"),
    office_nouns=words("office"),
    advert_nouns=words("ad ads advert advertisement commercial spot"),
    sponsor_participles=words("paid funded sponsored financed bankrolled"),
    titles=words(
        "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. rev rev. sen sen. rep rep. gov gov. gen gen. col "
        "col. lt lt. sgt sgt. capt capt. adm adm. maj maj. president vice senator representative governor "
        "mayor secretary attorney general leader majority minority speaker chairman chairwoman chair "
        "director judge justice chief former pope king queen prince princess sheriff officer commissioner "
        "detective ambassador minister prime chancellor first lady candidate nominee sir dame lord "
        "spokesman spokeswoman spokesperson ceo executive deputy assistant acting manager adviser advisor "
        "aide strategist pollster host anchor correspondent reporter editor columnist analyst founder "
        "co-founder agent president-elect congressman congresswoman councilman councilwoman "
        "superintendent inspector coach professor reverend pastor rabbi father sister brother "
        "chairperson treasurer trustee state constable sergeant lieutenant captain colonel commander "
        "admiral corporal marshal trooper archbishop cardinal imam councillor alderman assemblyman "
        "assemblywoman assemblymember provost cr cr. cllr cllr. clr clr. det det. supt supt. insp insp. "
        "del. atty. cmdr. garda comrade clerk auditor ald ald. coun coun."
    ),
    # "Ma. Lourdes …": the Philippine press abbreviates María so in a full name (Filipino naming usage)
    given_name_abbreviations=words("ma."),
    # `“…,” counsel said.`: the barrister named before, as court reports write the noun bare
    bare_roles=words("counsel"),
    person_titles=words(
        "mr mr. mrs mrs. ms ms. miss dr dr. sen sen. rep rep. gov gov. president senator representative "
        "governor mayor secretary congressman congresswoman judge justice pope king queen prince princess "
        "sheriff ambassador chancellor sir dame lord rev rev. gen gen. col col. lt lt. sgt sgt. capt capt. "
        "adm adm. maj maj. prof prof. president-elect cr cr. cllr cllr. clr clr. ald ald. coun coun."
    ),
    address_courtesies=words("mr mr. mrs mrs. ms ms. miss madam madame mister"),
    party_label=r"[DRI]-[A-Z]",
    dateline_lead=(
        r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*|[A-Z][\w.'’-]+(?= \())(?:, [^—–\n]{1,30}?)?"
        r"(?: \([^)\n]{1,30}\))? [—–-] "
    ),
    agent_suffixes=("ist", "er", "or", "ian", "ant", "ent", "eer"),
    role_adjective_endings=("al", "ic", "ary", "ive", "ous", "ern", "ian"),
    role_modifiers=words("former ex acting interim outgoing incoming new retired then current longtime"),
    # Roles the press names again by another noun (`nominee X … the candidate`, `Sen. X … the lawmaker`)
    role_synonyms={
        "candidate": ("nominee",), "nominee": ("candidate",),
        "lawyer": ("attorney", "counsel", "barrister", "solicitor"), "attorney": ("lawyer", "counsel"),
        "barrister": ("counsel",), "counsel": ("lawyer", "attorney", "barrister", "solicitor"),
        "boss": ("manager", "coach"), "manager": ("boss",), "coach": ("boss",),
        "lawmaker": ("senator", "congressman", "congresswoman", "representative", "legislator"),
        "legislator": ("senator", "congressman", "congresswoman", "representative", "lawmaker"),
    },
    title_roles={
        "sen": ("senator",), "rep": ("representative", "congressman", "congresswoman", "lawmaker"),
        "gov": ("governor",), "lt": ("lieutenant",), "det": ("detective",), "sgt": ("sergeant",),
        "capt": ("captain",), "gen": ("general",), "col": ("colonel",), "adm": ("admiral",),
        "maj": ("major",), "supt": ("superintendent",), "insp": ("inspector",), "dr": ("doctor",),
        "prof": ("professor",), "rev": ("reverend", "pastor", "priest"), "atty": ("attorney",),
        "del": ("delegate",), "cmdr": ("commander",), "pres": ("president",),
        "cr": ("councillor", "councilor"), "cllr": ("councillor", "councilor"),
        "clr": ("councillor", "councilor"),
        # Chicago's and Canada's press: `Ald. Ann Lee` (alderman), `Coun. Ann Lee` (councillor)
        "ald": ("alderman", "alderwoman", "alderperson"),
        "coun": ("councillor", "councilor"),
    },
    female_titles=words("mrs mrs. ms ms. miss queen princess dame lady congresswoman"),
    male_titles=words("mr mr. king prince sir lord congressman"),
    org_words=words(
        "party committee campaign campaigns department administration house senate congress court "
        "university college school institute association foundation center centre council commission "
        "agency bureau office ministry board group inc inc. corp corp. co co. company llc news times post "
        "journal tribune press network media magazine review daily channel radio tv television "
        "associated fund bank reserve service services union club organization organisation "
        "project society church hospital police army navy force forces guard federation coalition "
        "alliance academy customs caucus airlines motors securities capital partners holdings street avenue "
        "square park hall tower hotel gazette herald globe chronicle observer economist department's "
        "report poll survey statement democrats republicans americans state states "
        "city county district cabinet government parliament "
        "international national federal global trust institution commission's bureau's initiative "
        "council's labs laboratory systems technologies industries energy entertainment studios "
        "magazine's times's show program programme port airport"
    ),
    genitive_plurals=words("men women children people"),
    delayed_lede=True,
    name_connectors=words("de da di del della dela delos der den van von la le du bin ibn al al- el st. y"),
    quote_pairs=(("“", "”"), ("‘", "’"), ('"', '"')),
    paywall_phrases=(
        "sign up to read", "subscribe to (?:read|continue)", "register to (?:read|continue)",
        "(?:log|sign) in to (?:read|continue)", "to continue reading",
        "continue reading (?:this|the) (?:article|story)", "read the full (?:article|story)",
        "(?:for|to) subscribers only", "only (?:for|to|available to) subscribers",
        "(?:is|are) (?:available|exclusive|reserved) (?:to|for) subscribers",
        "(?:is|are) (?:available|exclusive|reserved) for members",
        "(?:is|are) (?:available|exclusive|reserved) to members",
        "this (?:article|story|content) is for subscribers", "this (?:article|story|content) is for members",
        "unlock this (?:article|story)", "reached your (?:free )?(?:article )?limit",
        "create a free account to (?:read|continue)", "become a (?:member|subscriber) to read",
    ),
    boilerplate_phrases=("already a subscriber",),
    sign_nouns=words("sign signs placard placards banner banners poster posters"),
    chant_words=words("chant chants chanted chanting"),
    first_person=words("i me my mine myself we us our ours ourselves"),
    first_singular=words("i me my mine myself"),
    first_person_subjects=words("i we"),
    own_words=words("my our your me us myself ourselves"),
    wordfreq="en",
    lemmatizer="en",
)
