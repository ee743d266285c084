"""French."""

from __future__ import annotations

from digest.lang.base import apostrophes, conjugate, language, words

_SPEECH = words(
    "dit déclare déclaré affirme affirmé explique expliqué ajoute ajouté souligne souligné estime "
    "estimé assure assuré précise précisé indique indiqué rappelle rappelé poursuit poursuivi confie "
    "confié insiste insisté martèle martelé reconnaît reconnu lance lancé commente commenté observe "
    "observé note noté juge jugé prévient prévenu avertit averti raconte raconté écrit répond répondu "
    "conclut conclu admet admis annonce annoncé dénonce dénoncé résume résumé tranche tranché "
    "assène asséné glisse glissé réagit réagi ironise ironisé regrette regretté s'exclame "
    "témoigne témoigné détaille détaillé argue argué plaide plaidé renchérit renchéri lâche lâché "
    "confirme confirmé promet promis tempête tempêté s'insurge insurgé soupire soupiré "
    "avance avancé prévient déplore déploré salue salué félicite réjouit désole inquiète interroge "
    "emporte étonne agace indigne exclame défend alarme"
)


# Speech verbs by their infinitive, in every tense and person that reports speech, plus the
# irregular forms.
_INFINITIVES = (
    "s'agacer s'alarmer s'exprimer s'étonner s'énerver s'interroger s'insurger s'offusquer s'esclaffer "
    "dire déclarer affirmer expliquer ajouter souligner estimer assurer préciser indiquer rappeler "
    "poursuivre confier insister marteler reconnaître lancer commenter observer noter juger prévenir "
    "avertir raconter écrire répondre conclure admettre annoncer dénoncer résumer trancher asséner "
    "glisser réagir ironiser regretter témoigner détailler arguer plaider renchérir lâcher confirmer "
    "promettre tempêter soupirer avancer déplorer saluer sourire plaisanter interroger demander "
    "questionner murmurer souffler crier rétorquer répliquer objecter protester fustiger critiquer "
    "accuser défendre justifier nuancer relativiser concéder avouer signaler mentionner évoquer "
    "compléter rassurer alerter raconter s'amuser s'emporter s'inquiéter s'indigner s'exclamer "
    "exclamer relever analyser décrypter abonder répéter résumer certifier jurer confesser développer "
    "condamner parler argumenter tacler cingler tempérer grincer pester tancer railler fulminer épingler "
    "tonner s'écrier s'étrangler rectifier corriger prédire illustrer énumérer constater espérer "
    "garantir réclamer exiger contester nier minimiser assumer revendiquer redouter recommander conseiller "
    "exhorter"
)
_SPEECH = _SPEECH | apostrophes(conjugate(
    _INFINITIVES,
    {"er": ("e", "ent", "é", "ée", "és", "ait", "aient", "a", "èrent", "era", "eront", "erait"),
     "ir": ("it", "issent", "i", "issait", "issaient", "irent", "ira")},
) | words(
    "dit disent disait disaient dira reconnaît reconnaissait poursuit poursuivi poursuivait écrit "
    "écrivait écrivent écrivaient répond répondent répondu répondait conclut conclu concluait admet admis "
    "admettait "
    "promet promis prévient prévenu prévenait sourit souri souriait souriant défend défendu défendait "
    "concède répète rappelle rappelait assène s'inquiète s'inquiétait lança annonça dénonça avança "
    "renchérit interrogea s'amuse s'emporte s'indigne s'exclame s'insurge s'étonne "
    "relève relèvent complète complètent achève tempère prédit dément démenti décrit décrivait craint "
    "craignait espère espèrent plaint plaignait souvient soutient soutiennent soutenu soutenue soutenait "
    "soutenaient reprend reprennent reprenait reprit"
))
# A reflexive verb after its pronoun or its auxiliary ("s'est félicité", "se réjouit", "se sont inquiétés"):
# the verb without its pronoun, in the forms the auxiliary or the pronoun stand before.
_REFLEXIVES = " ".join(v[2:] for v in _INFINITIVES.split() if v.startswith("s'"))
_REFLEXIVES += " réjouir féliciter désoler lamenter"
_SPEECH = _SPEECH | conjugate(
    _REFLEXIVES, {"er": ("e", "ent", "é", "ée", "és", "ées"), "ir": ("it", "issent", "i", "ie", "is")}
)

LANGUAGE = language(
    "fr",
    abbreviations=words("m mm mme mmes mlle mlles me mgr dr dre pr st ste"),
    soft_abbreviations=words("janv févr avr juil sept oct nov déc etc"),
    sentence_starters=words("le la les il elle ils elles nous on un une mais et en ce cette"),
    kin_nouns=words(
        "mère père fille fils femme mari épouse époux "
        "sœur frère grand-mère grand-père tante maman papa veuve veuf"
    ),
    months=tuple(
        words(w)
        for w in (
            "janvier janv", "février févr fév", "mars", "avril avr", "mai", "juin", "juillet juil", "août",
            "septembre sept", "octobre oct", "novembre nov", "décembre déc",
        )
    ),
    published_words=words("publié mis_à_jour"),
    briefing_words=words("matin soir nuit semaine week-end aujourd'hui briefing résumé récap"),
    and_words=words("et"),
    role_prefixes=words("vice ex"),
    roundup_words=words("semaine briefing résumé récap"),
    weekdays=words("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    stopwords=words(
        "le la les l un une des du de d et ou mais en dans pour par sur avec sans que qui quoi ne pas plus "
        "est sont était a ont été être avoir il elle ils elles on nous vous je se sa son ses leur leurs ce "
        "cette ces au aux y comme a dit selon"
    ),
    function_words=words("le la les et des est une dans pour que qui du sur pas au avec il elle ce"),
    speech_verbs=_SPEECH,
    speech_infinitives=apostrophes(words(_INFINITIVES + " valoir savoir remarquer soutenir")),
    # "a tenu à préciser", "a voulu rassurer", "a fini par admettre", "tient à souligner", "Et d'ajouter :"
    infinitive_heads=words(
        "a ont tenu tient voulu veut fini finit contenté contentée contente borné bornée borne fait font "
        "à par de d' d’"
    ),
    inverting_verbs=_SPEECH,
    source_prepositions=words("à au aux chez côté"),
    possessive_pronouns={"son": "", "sa": "", "ses": ""},
    comitatives=words("avec"),
    opinion_openers=words("pour"),
    resumptive_openers=(
        "ainsi",
        "c'est ce qu'a", "c’est ce qu’a", "c'est ce qu'affirme", "c'est ce qu'explique", "c'est ce qu'estime",
        "c’est ce qu’estime", "c'est ce qu'indique", "c'est ce qu'assure", "c'est ce que dit",
        "c’est ce que dit",
    ),
    # Asides between commas that say nothing of who speaks ("De son côté, la préfecture fait savoir")
    asides=("de son côté", "de leur côté", "pour sa part", "pour leur part"),
    according_to=("selon", "d'après", "d’après", "à ~ avis", "à ~ yeux", "à ~ sens"),
    according_pronouns={"son": "", "sa": "", "ses": ""},
    adverb_suffixes=("ment",),
    clitics=words("le la l' l’ lui leur me m' m’ te t' t’ nous vous en y se s' s’"),
    agent_prepositions=words("par"),
    auxiliaries=words(
        "a ont avait avaient aurait auraient se s' s’ l'a l’a l'ont l’ont l'avait l’avait s'est s’est"
    ),
    inversion_pronouns={"il": "m", "elle": "f", "ils": "", "elles": "", "on": ""},
    pronouns={"il": "m", "elle": "f", "lui": "m", "celle-ci": "f", "celui-ci": "m"},
    other_pronouns=words("ils elles on nous vous je"),
    article_genders={"le": "m", "la": "f", "un": "m", "une": "f"},
    epithets=True,
    head_first=True,
    indefinite_articles=words("un une"),
    generic_bodies=words(
        "défense "
        "entreprise société groupe ministère organisme préfecture mairie syndicat association "
        "organisation ong fédération collectif club parti formation institution fondation mouvement "
        "compagnie enseigne municipalité instance constructeur opérateur énergéticien assureur distributeur "
        "transporteur tribunal exploitant parquet établissement"
    ),
    departments=words("service"),
    definite_articles=words("le la l' l’"),
    articles=words("le la les l' l’ un une des"),
    demonstratives=words("ce cet cette ces"),
    determiners=words("le la les l' l’ un une des ce cette ces son sa ses leur leurs"),
    relatives=words("qui que dont lequel laquelle"),
    conjunctions=words("et mais ou"),
    copulas=words("est était"),
    cue_adverbs=words("aussi encore déjà ensuite alors également notamment toutefois pourtant désormais"),
    past_participles=(
        ("é", "er"), ("ée", "er"), ("és", "er"), ("ées", "er"),
        ("i", "ir"), ("ie", "ir"), ("u", "re"), ("ue", "re"),
    ),
    finite_verbs=words("est était sont étaient a ont avait avaient sera seront va vont peut pourrait"),
    # "« … », peut-on lire dans le communiqué de la préfecture"; "indique le communiqué de la mairie".
    statement_verbs=words("lire"),
    question_labels=words("q question"),
    answer_labels=words("r réponse"),
    interviewer_credits=("propos recueillis par", "entretien réalisé par", "entretien mené par"),
    statement_nouns=words("communiqué note courrier lettre arrêté jugement décision rapport"),
    # `retient le jugement`, `peut-on lire dans l'arrêt`: the court named before
    issuers=dict.fromkeys(words("jugement arrêt"), ("tribunal", "cour")),
    bench_nouns=dict.fromkeys(words("juge juges magistrat magistrate"), ("tribunal", "cour"))
    | dict.fromkeys(words("magistrats magistrates"), ("tribunal", "cour", "parquet")),
    word_nouns=words(
        "mots propos constat commentaire réaction analyse message réponse réplique riposte avertissement "
        "plaidoyer regret cri "
        "appel témoignage récit promesse déclaration phrase affirmation"
    ),
    phrase_breaks=words(
        "qui que dont à au aux de du des d' d’ en dans pour par sur avec lors depuis entre après avant "
        "pendant vers contre chez devant derrière selon malgré dès parmi sous sans"
    ),
    adverbial_starters=words(
        "après avant lors pendant quand lorsque si depuis malgré pour en dans face devant derrière sur sous "
        "chez à au aux dès vers entre parmi contre avec sans"
    ),
    subordinators=words("quand lorsque alors si puisque parce et mais"),
    common_starters=words(
        "le la les un une des il elle ils elles on nous je mais et ou donc or ni car en dans pour par sur "
        "avec sans ce cette ces son sa ses leur après avant depuis pendant selon aujourd'hui hier "
        "demain devant derrière souvent toujours jamais alors ainsi pourtant cependant enfin aussi "
        "encore déjà puis là ici d'une d'un d’une d’un l'un l'une l’un l’une qu'il qu'elle qu’il qu’elle "
        "au aux du dès lors face chez sous entre vers"
    ),
    # An unnamed source so described ("que pediu para não ser identificada", "sous couvert d'anonymat").
    anonymity=(
        r"(?:souhaité|souhaite|préféré|préfère|demandé|demande|voulu|veut)\b[^.;]{0,40}\b(?:anonymat|anonyme|nom|identifiée?s?)",
        r"sous (?:le )?(?:couvert|condition) d['’]anonymat",
    ),
    unnamed_openers=words("un une des"),
    first_person=words("je j moi nous notre nos mon ma mes me"),
    first_person_subjects=words("je nous"),
    first_singular=words("je j moi mon ma mes me m"),
    lowercase_dates=True,
    time_words=words(
        "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet "
        "août septembre octobre novembre décembre hier aujourd'hui demain"
        " jour jours semaine semaines mois an ans année années"
        " fois heure heures moment instant matin soir midi après-midi week-end week-ends nuit minute minutes"
        " lendemain veille"
        " tard tôt"
    ),
    time_openers=words("quelques plusieurs plus peu deux trois quatre cinq dix"),
    source_nouns=words("source sources"),
    circle_nouns=words("entourage"),
    spokes_nouns=words("porte-parole"),
    age_suffixes=("génaire",),
    role_modifiers=words("ancien ancienne nouveau nouvel nouvelle ex futur future actuel actuelle"),
    role_synonyms={
        "édile": ("maire",), "technicien": ("entraîneur",), "coach": ("entraîneur",),
        "entraîneur": ("technicien", "coach"), "magistrat": ("procureur", "juge"),
        "magistrate": ("procureure", "juge"),
        "élu": ("maire", "député", "sénateur", "conseiller", "adjoint"),
        "élue": ("maire", "députée", "sénatrice", "conseillère", "adjointe"),
        "parlementaire": ("député", "députée", "sénateur", "sénatrice"),
        # the press's names of an office by what it stands for (the préfet is the State's representative
        # in the département; the parquet, the ministère public, speaks by its procureur)
        "représentant de l'état": ("préfet", "sous-préfet"),
        "représentante de l'état": ("préfète", "sous-préfète", "préfet"),
        "représentant du parquet": ("procureur", "substitut"),
        "représentante du parquet": ("procureure", "substitute", "procureur"),
        "représentant du ministère public": ("procureur", "avocat général"),
        "représentante du ministère public": ("procureure", "avocate générale", "procureur"),
    },
    titles=words(
        "colonel lieutenant capitaine commandant général "
        "m m. mm mm. mme mme. mmes mlle me me. mgr dr dr. dre dre. pr pr. président présidente ministre "
        "premier première maire porte-parole directeur directrice secrétaire général générale député députée "
        "sénateur sénatrice ambassadeur ambassadrice professeur professeure juge procureur procureure "
        "commissaire patron patronne chef cheffe fondateur fondatrice avocat avocate"
    ),
    # `la Dre Gagnon`: Quebec writes the feminine of `Dr` as `Dre`
    person_titles=words("m m. mm mm. mme mme. mmes mlle me me. mgr dr dr. dre dre. pr pr."),
    female_titles=words("mme mme. mlle mmes dre dre."),
    male_titles=words("m m. mm mm."),
    org_words=words(
        "parti ministère gouvernement police gendarmerie tribunal cour association fédération banque "
        "université institut agence commission conseil syndicat entreprise groupe société mairie "
        "préfecture"
    ),
    place_prefixes=words("saint sainte st ste"),
    # adjectives that stay in lower case after a body's capitalised noun (French writes bodies' names in
    # sentence case: `l'Agence régionale de santé`, `la Confédération paysanne`, `l'Union africaine`)
    adjective_endings=(
        "al", "ale", "ales", "aux", "el", "elle", "elles", "els", "ien", "ienne", "iens", "iennes", "éen",
        "éenne", "éens", "éennes", "ique", "iques", "aire", "aires", "if", "ifs", "ive", "ives", "ile",
        "iles", "aise", "aises", "anne", "annes", "aine", "aines", "public"
    ),
    feminine_adjective_endings=("anne", "annes", "aine", "aines"),
    inner_prepositions=words("pour contre"),
    # An "and" inside a body's name written in sentence case (`la Société de l'eau et de l'assainissement`)
    body_conjunctions=words("et &"),
    place_nouns=words(
        "ville villes région département commune circonscription arrondissement canton "
        "préfecture province métropole agglomération quartier territoire bassin secteur zone"
    ),
    name_connectors=words("de du des la le d' d’ sans van von der den ter"),
    street_nouns=words("rue avenue boulevard quai allée impasse place quartier hameau lieu-dit village"),
    sign_nouns=words("affiche affichette panneau banderole pancarte slogan inscription écriteau"),
    chant_words=words("scandant scandaient scandent aux_cris_de"),
    quote_pairs=(("«", "»"), ("“", "”"), ('"', '"')),
    paywall_phrases=("réservé aux abonnés", r"il vous reste \d+\s?%"),
    boilerplate_phrases=("déjà abonné", "abonnez-vous"),
    wordfreq="fr",
    lemmatizer="fr",
)
