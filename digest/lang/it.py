"""Italian."""

from __future__ import annotations

from digest.lang.base import apostrophes, conjugate, language, words

_SPEECH = conjugate(
    "dichiarare spiegare sottolineare affermare commentare ricordare precisare osservare raccontare "
    "annunciare ribadire denunciare avvertire riferire insistire confermare replicare evidenziare "
    "assicurare lamentare spiegare aggiungere rispondere scrivere ammettere concludere chiarire "
    "criticare attaccare osservare incalzare rimarcare puntualizzare esordire tuonare ironizzare "
    "sbottare annotare auspicare avvisare garantire rivendicare argomentare",
    {"are": ("a", "ato", "ò", "ano"), "ere": ("e", "uto", "ono"), "ire": ("e", "ito", "ì", "ono")},
) | words(
    "dice detto disse dicono aggiunge aggiunto aggiunse risponde risposto rispose scrive scritto "
    "scrisse ammette ammesso ammise conclude concluso concluse ribadisce chiarisce garantisce "
    "sottolinea spiega racconta osserva"
)


# Speech verbs by their infinitive, in every tense and person that reports speech, plus the
# irregular forms.
_INFINITIVES = (
    "dire dichiarare spiegare sottolineare affermare commentare ricordare precisare osservare "
    "raccontare annunciare ribadire denunciare avvertire riferire insistere confermare replicare "
    "evidenziare assicurare lamentare aggiungere rispondere scrivere ammettere concludere chiarire "
    "criticare attaccare incalzare rimarcare puntualizzare esordire tuonare ironizzare sbottare "
    "annotare auspicare avvisare garantire rivendicare argomentare sostenere rivelare segnalare "
    "rilevare chiedere domandare confidare ammonire proseguire continuare chiosare notare dichiarare "
    "ricostruire testimoniare protestare obiettare scherzare sorridere sospirare parlare condannare "
    "rilanciare reagire ribattere pungere esultare comunicare specificare anticipare smentire confessare "
    "invitare esortare suggerire rassicurare elencare illustrare motivare accusare ripetere informare "
    "promettere premettere descrivere difendere chiudere raccomandare consigliare"
)
_SPEECH = _SPEECH | apostrophes(conjugate(
    _INFINITIVES,
    {"are": ("a", "ano", "ò", "arono", "ato", "ava", "avano", "erà"),
     "ere": ("e", "ono", "é", "uto", "eva", "evano", "erà"),
     "ire": ("e", "ono", "ì", "ito", "iva", "ivano", "irà", "isce", "iscono")},
) | words(
    "dice dicono disse dissero detto diceva dirà aggiunge aggiunse aggiunto risponde rispose risposto "
    "interviene intervengono intervenne intervenuto "
    "scrive scrisse scritto ammette ammise ammesso conclude concluse concluso sostiene sostenne "
    "sostenuto chiede chiese chiesto insiste insistito sorride sorrise prosegue sapere sfoga sfogato "
    "sfogata rammarica filtra filtrano trapela trapelano promesso promise premesso premise descritto "
    "descrisse difeso difese propone proposto propose chiuso chiuse"
))

LANGUAGE = language(
    "it",
    abbreviations=words("sig sigg sig.ra dott dott.ssa prof avv ing on sen"),
    soft_abbreviations=words("gen feb mar apr mag giu lug ago set ott nov dic ecc"),
    sentence_starters=words("il lo la i gli le un una lui lei ma e in di"),
    kin_nouns=words(
        "madre padre figlia figlio moglie marito sorella fratello "
        "nonna nonno zia zio mamma papà vedova vedovo"
    ),
    months=tuple(
        words(w)
        for w in (
            "gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu",
            "luglio lug", "agosto ago", "settembre sett set", "ottobre ott", "novembre nov", "dicembre dic",
        )
    ),
    published_words=words("pubblicato aggiornato"),
    briefing_words=words("mattina sera notte settimana oggi rassegna riepilogo"),
    and_words=words("e ed"),
    role_prefixes=words("vice ex"),
    roundup_words=words("settimana rassegna riepilogo"),
    weekdays=words("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
    stopwords=words(
        "il lo la i gli le un uno una e o ma di del della dei degli delle a al alla in nel nella con per su "
        "da dal che chi non è sono era ha hanno si suo sua suoi come anche più ha detto secondo quanto"
    ),
    function_words=words("il di che è la per gli una sono della con non del alla anche più nel"),
    speech_verbs=_SPEECH,
    speech_infinitives=words(_INFINITIVES + " noto"),
    # "ha voluto sottolineare", "ha tenuto a precisare", "ci tiene a ribadire", "ha poi voluto aggiungere",
    # "fa notare", "ha fatto sapere"; "ha reso noto", "rende noto" (rendere noto: to make known, a verb of
    # announcing whose adjective stands where the infinitive does)
    infinitive_heads=words(
        "voluto vuole volle tenuto tiene tenne ha hanno ci poi a fa fanno fatto fece reso rende rendono"
    ),
    # "«…»: così il ministro": like German "so", a word before the speaker that is no verb.
    inverting_verbs=_SPEECH | words("così"),
    source_prepositions=words("da dal dalla dallo dai dagli dalle dall' dall’"),
    possessive_pronouns={"suo": "", "sua": "", "sue": "", "suoi": ""},
    comitatives=words("con col"),
    opinion_openers=words("per"),
    resumptive_openers=(
        "così", "lo ha", "lo hanno", "l'ha", "l'hanno",
        "così ha", "lo dice", "lo afferma", "lo spiega",
        "a dirlo è", "a dirlo sono", "a spiegarlo è", "a raccontarlo è", "a sottolinearlo è",
        "a confermarlo è",
        "a denunciarlo è", "a parlare è", "a commentare è", "ad affermarlo è", "ad annunciarlo è",
        "a scriverlo è", "è quanto ha", "è quanto hanno", "è quanto afferma", "è quanto dichiara",
        "è quanto spiega", "è quanto sostiene", "è quanto scrive", "queste le parole di", "sono parole di",
        "parola di", "parole di",
    ),
    according_to=(
        "secondo", "stando a", "a detta di", "a ~ avviso", "a ~ dire", "a ~ parere", "a ~ giudizio",
    ),
    according_pronouns={"suo": "", "sua": ""},
    clitics=words("lo la gli le mi ti ci vi ne si"),
    agent_prepositions=words("da dai dal dalla dallo dagli dalle dall'"),
    # "«…», si legge nella richiesta firmata dalla Procura di Roma".
    word_nouns=words(
        "parole commento appello denuncia sfogo monito replica risposta annuncio accusa messaggio analisi "
        "ammissione auspicio invito grido allarme riflessione testimonianza racconto promessa frase "
        "dichiarazione dichiarazioni considerazione"
    ),
    statement_verbs=words("legge leggeva recita"),
    question_labels=words("d domanda"),
    answer_labels=words("r risposta"),
    statement_nouns=words("nota comunicato richiesta sentenza ordinanza documento lettera dispositivo"),
    # `si legge nella sentenza`, `scrivono i giudici nelle motivazioni`: the court named before
    issuers=dict.fromkeys(words("sentenza motivazioni"), ("tribunale", "corte", "tar", "cassazione")),
    bench_nouns=dict.fromkeys(words("giudice giudici"), ("tribunale", "corte", "tar", "cassazione"))
    | dict.fromkeys(
        words("magistrato magistrata magistrati"), ("tribunale", "corte", "tar", "cassazione", "procura")
    ),
    auxiliaries=words("ha hanno aveva avevano avrebbe avrebbero l'ha l’ha l'hanno l’hanno fa fanno fatto"),
    pronouns={"lui": "m", "lei": "f", "egli": "m", "ella": "f", "quest'ultimo": "m", "quest'ultima": "f"},
    other_pronouns=words("loro noi io voi"),
    article_genders={"il": "m", "lo": "m", "la": "f", "un": "m", "uno": "m", "una": "f", "un'": "f"},
    epithets=True,
    ordinals=words("primo prima primi prime secondo seconda terzo terza ultimo ultima ultimi ultime"),
    head_first=True,
    indefinite_articles=words("un uno una un'"),
    generic_bodies=words(
        "difesa "
        "azienda società gruppo ministero ente sindacato associazione organizzazione ong federazione "
        "comitato club partito formazione istituto fondazione compagnia movimento comune "
        "multinazionale operatore tribunale comando"
    ),
    definite_articles=words("il lo la l' l’"),
    articles=words("il lo la l' l’ i gli le un uno una un'"),
    demonstratives=words("questo questa questi queste quel quello quella quei quegli quelle"),
    determiners=words("il lo la l' l’ i gli le un uno una questo questa suo sua suoi"),
    relatives=words("che chi cui quale"),
    conjunctions=words("e ed ma o"),
    copulas=words("è era"),
    cue_adverbs=words("anche poi inoltre già ancora oggi ieri"),
    adverb_suffixes=("mente", "ando", "endo"),
    past_participles=(
        ("ato", "are"), ("ata", "are"), ("ati", "are"), ("ate", "are"),
        ("uto", "ere"), ("uta", "ere"), ("ito", "ire"), ("ita", "ire"),
    ),
    pro_drop=True,
    negations=words("non"),
    # `Più prudente la collega`, `Soddisfatta la Federazione`: the nominal sentence, predicate first
    # (Serianni, Grammatica italiana, on the nominal sentence and the subject after the predicate)
    comparatives=words("più meno"),
    plural_endings=("no", "ro"),
    finite_verbs=words("è era sono erano ha hanno aveva sarà può potrebbe"),
    phrase_breaks=words(
        "che di del della dello dei degli delle a al alla allo ai agli alle in nel nella con per su da "
        "dal dalla durante sul sullo sulla sui sugli sulle nello nei negli nelle dallo dai dagli dalle "
        "col coi all' all’ dall' dall’ dell' dell’ nell' nell’ sull' sull’ d' d’ senza dopo contro "
        "verso presso oltre davanti dietro sotto"
    ),
    adverbial_starters=words(
        "dopo prima durante quando se anche da in con per a al allo alla ai agli alle all' all’ nel nello "
        "nella nei negli nelle sul sullo sulla sui sugli sulle dal dallo dalla dai dagli dalle tra fra su "
        "davanti dietro contro verso senza oltre fuori"
    ),
    subordinators=words("quando mentre prima dopo perché se anche e ma"),
    as_words=words("come"),
    saying_nouns=words("proverbio detto adagio motto"),
    common_starters=words(
        "il lo la i gli le un una e ma o in di del della con per su da questo questa suo sua lui lei "
        "dopo prima durante quando se oggi ieri anche poi inoltre secondo così però mentre intanto "
        "sul sulla sui sugli nel nella nei negli dal dalla dai dagli col al allo alla ai agli alle all' "
        "all’ dallo dalle dello dei degli delle nello nelle sullo sulle coi tra fra uno"
    ),
    # An unnamed source so described ("que pediu para não ser identificada", "sous couvert d'anonymat").
    anonymity=(
        r"(?:chiesto|chiede|preferito|preferisce|voluto|vuole)\b[^.;]{0,40}\b(?:anonimato|anonim[oaie]|nome|identificat[oaie])",
        r"(?:sotto|dietro|in) (?:condizione di )?anonimato",
    ),
    unnamed_openers=words("un uno una"),
    first_plural_endings=("iamo",),
    first_person=words("io mi me mio mia miei mie noi nostro nostra nostri nostre"),
    first_singular=words("io mi me mio mia miei mie"),
    first_person_subjects=words("io noi"),
    lowercase_dates=True,
    time_words=words(
        "lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio "
        "giugno luglio agosto settembre ottobre novembre dicembre oggi ieri domani"
        " giorno giorni settimana settimane mese mesi anno anni volta"
        " volte ora ore momento mattina mattinata sera serata pomeriggio notte minuto minuti vigilia tardi"
    ),
    time_openers=words("alcuni alcune pochi poche più poco due tre quattro cinque dieci"),
    source_nouns=words("fonte fonti"),
    circle_nouns=words("entourage cerchia"),
    spokes_nouns=words("portavoce"),
    role_modifiers=words("ex nuovo nuova attuale futuro futura"),
    role_synonyms={
        "allenatore": ("tecnico", "mister"), "tecnico": ("allenatore", "mister"),
        "mister": ("allenatore", "tecnico"), "pm": ("pubblico ministero",),
        "legale": ("avvocato", "avvocata", "difensore"), "avvocato": ("legale", "difensore"),
        "avvocata": ("legale", "difensora"), "magistrato": ("pm", "pubblico ministero"),
        "magistrata": ("pm",),
        "primo cittadino": ("sindaco",),
        "governatore": ("presidente della regione",),
        # the press's names of an office by what it stands for (the prosecution speaks by its pm)
        "rappresentante dell'accusa": ("pm", "pubblico ministero", "procuratore", "procuratrice"),
    },
    titles=words(
        "colonnello tenente capitano comandante generale "
        "sig sig. sig.ra dott dott. dott.ssa prof prof. avv avv. ing ing. on on. presidente ministro "
        "ministra sindaco sindaca portavoce segretario segretaria direttore direttrice deputato deputata "
        "senatore senatrice ambasciatore giudice procuratore premier leader capo professore professoressa "
        "governatore governatrice assessore avvocato avvocata dottore dottoressa"
    ),
    person_titles=words("sig sig. sig.ra dott dott. dott.ssa prof prof. avv avv. ing ing. on on. don suor"),
    female_titles=words("sig.ra dott.ssa"),
    male_titles=words("sig sig."),
    org_words=words(
        "partito ministero governo polizia carabinieri tribunale procura associazione federazione banca "
        "università istituto agenzia commissione consiglio sindacato azienda gruppo comune regione "
        "provincia prefettura questura"
    ),
    place_prefixes=words("san santa santo sant"),
    adjective_endings=(
        "ale", "ali", "ile", "ili", "ica", "ico", "ici", "iche", "ivo", "iva", "ivi", "ive", "ario", "aria",
        "ari", "arie", "ana", "ani", "ane", "ese", "esi", "ense", "ensi"
    ),
    inner_prepositions=words("per"),
    # An "and" inside a body's name written in sentence case (`il Soccorso alpino e speleologico`, `di
    # geofisica e vulcanologia`)
    body_conjunctions=words("e ed &"),
    place_nouns=words(
        "città comune comando provincia regione distretto "
        "circoscrizione quartiere zona territorio bacino sezione"
    ),
    name_connectors=words(
        "de di da del dello della dei degli delle d' d’ dell' dell’ senza van von der den ter"
    ),
    complement_particles=words("di del della dello dei degli delle dell' dell’"),
    street_nouns=words(
        "via viale piazza corso vicolo località frazione borgo quartiere rione contrada val valle"
    ),
    sign_nouns=words("cartello striscione manifesto scritta slogan insegna"),
    chant_words=words("scandendo scandivano scandiscono al_grido_di ai_cori_di"),
    quote_pairs=(("«", "»"), ("“", "”"), ('"', '"')),
    paywall_phrases=("riservato agli abbonati", "abbonati per continuare"),
    boilerplate_phrases=("sei già abbonato",),
    wordfreq="it",
    lemmatizer="it",
)
