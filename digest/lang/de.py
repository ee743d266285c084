"""German."""

from __future__ import annotations

from digest.lang.base import apostrophes, conjugate, language, words

# Speech verbs by their infinitive, in every tense and person that reports speech, plus the
# irregular forms.
_INFINITIVES = (
    "sagen erklären betonen meinen ergänzen berichten warnen kritisieren fordern schreiben "
    "unterstreichen bekräftigen bestätigen versichern erläutern verkünden sprechen antworten "
    "entgegnen erwidern argumentieren mahnen appellieren bilanzieren resümieren erzählen fragen "
    "klagen beklagen loben bemängeln monieren kommentieren präzisieren behaupten erinnern lachen "
    "seufzen schimpfen beteuern versprechen "
    "urteilen befürchten vermuten glauben schildern berichten begründen verweisen reagieren folgern "
    "wettern poltern spotten ätzen zitieren posten twittern schwärmen jubeln bedauern "
    # feelings voiced (`freute sich X`, `zeigte sich X überzeugt`), replies and doubts, as news copy words
    # them
    "freuen ärgern wundern hoffen fürchten zeigen kontern verlangen drängen pochen plädieren merken "
    "konstatieren prognostizieren prophezeien dementieren relativieren beschwichtigen scherzen witzeln "
    "stöhnen jammern murren bezweifeln mutmaßen spekulieren beanstanden rügen anprangern analysieren "
    "formulieren"
)
_SPEECH = apostrophes(conjugate(
    _INFINITIVES,
    {"ern": ("ert", "erte", "erten", "ern"), "eln": ("elt", "elte", "elten"),
     "en": ("t", "te", "ten", "en", "et", "ete")},
) | words(
    "spricht sprach sprachen gesprochen schrieb schrieben geschrieben unterstrich verwies verspricht "
    "versprach gibt gab zugegeben räumt räumte fügt fügte teilt teilte kündigt kündigte stellt "
    "stellte gesagt erklärt betont gefordert gewarnt berichtet gefragt erzählt widersprach widerspricht "
    "hob hebt wies weist hielt hielten hält fuhr fuhren fährt machte machten macht warf warfen wirft "
    "vorgeworfen verrät verriet verrieten empfiehlt empfahl empfahlen rief riefen ruft bestreitet bestritt "
    "gesteht gestand wandte wendet bekennt bekannte schwor schwört"
))

# Relatives the press names by a first name after a possessive (`ihr Bruder Henning`): the kin noun is
# no part of the name, and he shares her surname.
_KIN = (
    "bruder schwester sohn tochter vater mutter ehemann ehefrau onkel tante neffe nichte enkel enkelin "
    "cousin cousine schwager schwägerin"
)

# Verbs that may come before their subject: `„…“, sagte X`, `„…“, so X`.
_INVERTING = _SPEECH | words(
    "sagte sagten sagt erklärte erklärt betonte betont meinte meint fügte ergänzte ergänzt "
    "berichtete warnte warnt kritisierte forderte schrieb schreibt unterstrich bekräftigte "
    "bestätigte versicherte erläuterte räumte teilte antwortete entgegnete erwiderte argumentierte "
    "mahnte bilanzierte resümierte erzählte erzählt fragte fragt klagte klagt so"
)

LANGUAGE = language(
    "de",
    abbreviations=words("dr ddr prof hr fr st bzw vgl ggf sog evtl inkl zb dh usw nr abs ca mag ing dipl"),
    soft_abbreviations=words("jan feb märz apr jun jul aug sep sept okt nov dez etc z.b d.h u.a"),
    sentence_starters=words("der die das ein eine er sie es wir ich auch aber doch dann im am in"),
    months=tuple(
        words(w)
        for w in (
            "januar jan jänner", "februar feb", "märz mär", "april apr", "mai", "juni jun", "juli jul",
            "august aug", "september sep sept", "oktober okt", "november nov", "dezember dez",
        )
    ),
    published_words=words("publiziert veröffentlicht aktualisiert"),
    briefing_words=words("morgen abend nacht wochenende woche heute überblick nachrichtenüberblick briefing"),
    and_words=words("und"),
    roundup_words=words("woche überblick nachrichtenüberblick briefing"),
    weekdays=words("montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag"),
    stopwords=words(
        "der die das den dem des ein eine einer eines einem einen und oder aber nicht mit von zu im in am "
        "an auf für ist sind war waren wird werden hat haben hatte sich sie er es wir ich auch als wie bei "
        "nach aus um über vor noch nur so dass daß sagte sagt man"
    ),
    function_words=words("der die und das ist nicht mit den von sich des auf für eine dem ein zu im sie"),
    speech_verbs=_SPEECH | words(
        "sagte sagten sagt sagen erklärte erklärten erklärt betonte betont betonten meinte meint fügte "
        "fügt ergänzte ergänzt sagte berichtete berichtet warnte warnt kritisierte kritisiert forderte "
        "fordert schrieb schreibt unterstrich bekräftigte bestätigte bestätigt versicherte versichert "
        "erläuterte erläutert räumte betonte teilte kündigte verkündete sprach spricht antwortete "
        "antwortet entgegnete erwiderte argumentierte mahnte appellierte bilanzierte resümierte "
        "erzählte erzählt erzählten fragte fragt klagte klagt räumt bestätigt ergänzten "
        "gesagt erklärt betont gefordert gewarnt geschrieben"
    ),
    inverting_verbs=_INVERTING,
    # Verbs that give a thing a name in quotes: `nennt den Plan „Unsinn von vorne bis hinten“`.
    naming_verbs=words(
        "nennt nennen nannte nannten genannt bezeichnet bezeichnen bezeichnete bezeichneten tituliert "
        "titulierte"
    ),
    participles=frozenset(),
    # `„…“ Das sagte X.`, `Dies betonte X`, `Das fragt sich X`: the next sentence points back at the quote.
    comitatives=words("mit"),
    # `„…“ Mit diesen Worten verließ X den Saal.`: the words named again, then the verb and its subject.
    resumptive_openers=tuple(f"{p} {v}" for p in ("das", "dies") for v in sorted(_INVERTING - {"so"}))
    + tuple(f"mit {d} {n}" for d in ("diesen", "den", "solchen") for n in ("worten", "sätzen")),
    according_to=(
        "laut", "nach angaben von", "nach angaben", "nach ansicht von", "nach ansicht", "nach meinung von",
        "nach einschätzung von", "nach auffassung von", "nach auffassung", "~ ansicht nach", "~ meinung nach",
        "~ einschätzung nach",
        "nach ~ worten", "nach ~ ansicht", "nach ~ einschätzung", "~ worten zufolge", "~ angaben zufolge",
        "aus sicht von", "aus sicht", "aus ~ sicht", "~ zufolge",
    ),
    # (and the dative pronoun before "zufolge": `Ihm zufolge …`)
    according_pronouns={
        "ihrer": "f", "ihren": "f", "ihrem": "f", "seiner": "m", "seinen": "m", "seinem": "m",
        "ihr": "f", "ihre": "f", "sein": "m", "seine": "m", "ihm": "m",
    },
    # Nouns for someone's words: `Hollerbachs Antwort kam prompt: „…“`, `Ihr Fazit: „…“`.
    word_nouns=words(
        "antwort fazit urteil kommentar reaktion bilanz botschaft appell forderung warnung kritik "
        "einschätzung prognose credo devise rat worte aussage begründung vorwurf position meinung sicht "
        "haltung erklärung ansage mahnung bitte wunsch hoffnung sorge befürchtung"
    ),
    clitics=words("sich"),
    kin_nouns=words(_KIN),
    possessive_pronouns={
        "ihr": "f", "ihre": "f", "ihrem": "f", "ihren": "f", "ihrer": "f",
        "sein": "m", "seine": "m", "seinem": "m", "seinen": "m", "seiner": "m",
    },
    # "„…“, hieß es aus dem Ministerium", "heißt es in einer Mitteilung der Stadt"; Swiss German writes ss
    # for ß ("heisst es darin").
    statement_verbs=words("heißt hieß heisst hiess"),
    # Verbs of answering: who answers is not whom they answer (`„…“, konterte die Gewerkschafterin.`).
    reply_verbs=words(
        "antwortete antwortet antworteten entgegnete entgegnet entgegneten erwiderte erwidert erwiderten "
        "konterte kontert konterten widersprach widerspricht"
    ),
    document_pointers=words("darin hierin dort"),
    question_labels=words("frage"),
    first_person=words(
        "ich mir mich mein meine meiner meinem meinen wir uns unser unsere unserer unseren unserem"
    ),
    answer_labels=words("antwort"),
    # (not "Interview:", which heads the interviewee as often: "Im Interview: X über …")
    interviewer_credits=(
        "mit ihr sprach", "mit ihm sprach", "mit ihnen sprach", "mit ihr sprachen", "mit ihm sprachen",
        "mit ihnen sprachen", "das gespräch führte", "das gespräch führten", "das interview führte",
        "das interview führten",
    ),
    first_person_subjects=words("ich wir"),
    first_singular=words("ich mir mich mein meine meiner meinem meinen meines"),
    statement_nouns=words("mitteilung pressemitteilung erklärung stellungnahme schreiben brief bericht"),
    # `Im Urteil heißt es:`: the court named before (any "…gericht": Landgericht, Amtsgericht …).
    issuers={
        "urteil": ("gericht",), "beschluss": ("gericht",), "urteilsbegründung": ("gericht",),
        "anklage": ("staatsanwaltschaft",), "anklageschrift": ("staatsanwaltschaft",),
    },
    # `„…“, ließ X über seinen Anwalt erklären`: lassen before its subject like an auxiliary.
    auxiliaries=words("hat haben hatte hatten ließ ließen lässt"),
    reported_forms=words(
        "sei seien habe könne müsse werde solle wolle dürfe gebe wisse komme gehe stehe liege bleibe brauche "
        "bräuchten hätte hätten wäre wären würden"
    ),
    reported_ending="e",
    # `Ein Kunde wurde gebissen`: the subject of a passive is no one who acts or speaks.
    passive_auxiliaries=words("wird werden wurde wurden"),
    plural_endings=("en", "rn", "ln", "sind"),
    # `wird X in der Zeitung zitiert`, `Die Zeitung zitiert X mit den Worten: „…“`: whom they quote speaks.
    quoting_verbs=words("zitiert zitierte zitierten zitieren"),
    dative_articles=words("dem der einem einer"),
    figurative_heads=words("flut"),
    quantifiers=words("viele einige manche zahlreiche mehrere etliche andere weitere beide"),
    # `hielt das Gericht fest`, `hält X dagegen`, `machte X deutlich`, `fuhr sie fort`.
    verb_particles=words(
        "hinzu an ein fest klar zu aus vor dar zurück ab auf heraus mit hervor hin dagegen entgegen deutlich "
        "fort"
    ),
    # `Dieser sagte:`, `Letztere betonte:`: demonstratives of the person last named (the feminine forms,
    # like "sie", are also the plural: a verb in the plural makes them several people)
    pronouns={
        "er": "m", "sie": "f", "dieser": "m", "letzterer": "m", "jener": "m", "diese": "f", "letztere": "f",
        "jene": "f",
    },
    personal_pronouns=words("er sie"),
    other_pronouns=words("es wir ich ihr man"),
    # `laut ihm`, `zitiert ihn die Zeitung`: the person the object pronoun stands for
    object_pronouns={"ihn": "m", "ihm": "m"},
    role_synonyms={"coach": ("trainer",), "trainer": ("coach",)},
    role_modifiers=words(
        "frühere früherer früheren ehemalige ehemaliger ehemaligen neue neuer neuen amtierende amtierender "
        "amtierenden damalige damaliger damaligen scheidende scheidender scheidenden"
    ),
    article_genders={"der": "m", "die": "f", "ein": "m", "eine": "f"},
    epithets=True,
    indefinite_articles=words("ein eine einer eines einem einen"),
    generic_bodies=words(
        "unternehmen konzern firma ministerium behörde organisation verband verein gewerkschaft partei "
        "initiative stiftung bündnis versorger betreiber hersteller anbieter autobauer rathaus "
        "stadtverwaltung verwaltung gemeindeverwaltung kreisverwaltung magistrat landratsamt "
        # a health insurer, a federal or state institute, a theatre or a publisher named by its kind
        "kasse anstalt haus"
        # a board, a council or a committee named by what it is (`des Gremiums`)
        " gremium"
    ),
    # `die Gewerkschaft Verdi`, `der Autobauer VW`: the kind of body before its name
    body_kinds=words(
        "gewerkschaft konzern unternehmen firma betreiber hersteller anbieter autobauer versorger verband "
        "verein klub"
    ),
    # `Bundesamt für Seeschifffahrt und Hydrographie`: a body's official name adds its fields after "für"
    body_connectors=words("für"),
    body_conjunctions=words("und &"),
    legal_forms=dict.fromkeys(words("ag gmbh kg ohg se kgaa"), "gesellschaft") | {"e.v.": "verein"},
    definite_articles=words("der die das"),
    article_contractions=words("beim vom zum zur im am ins ans"),
    ordinal_stops=True,
    club_numbers=True,
    articles=words("der die das den dem des ein eine einer eines einem einen"),
    demonstratives=words("dieser diese dieses diesem diesen"),
    determiners=words(
        "der die das den dem des ein eine einer eines einem einen dieser diese dieses sein seine ihr ihre "
        "deren dessen"
    ),
    relatives=words("der die das welche welcher"),
    conjunctions=words("und aber oder"),
    copulas=words("ist war"),
    cue_adverbs=words("auch zudem außerdem später dann bereits schon noch nun jetzt am heute gestern selbst"),
    finite_verbs=words(
        "ist war sind waren hat hatte haben hatten wird werden würde kann könnte können konnte konnten will "
        "wollen wollte wollten muss müssen musste mussten soll sollen sollte sollten darf dürfen durfte "
        "durften möchte möchten"
    ),
    # "dem", "den": a dative or accusative object after the verb, never its subject ("sagte er dem WDR").
    phrase_breaks=words(
        "am im in an auf mit von zu für bei nach aus über vor gegenüber dass weil wenn als dem den einem "
        "einen beim vom zum zur ins ans"
    ),
    adverbial_starters=words("als nach vor während wenn weil obwohl seit in am im auf bei"),
    subordinators=words("als während bevor nachdem weil wenn seit obwohl und aber"),
    common_starters=words(
        "der die das ein eine er sie es wir ich auch aber doch dann im am in und oder so wie als nach "
        "vor bei mit für von zu auf über unter seit trotz wegen diese dieser dieses jetzt nun heute "
        "gestern damit dabei dazu doch denn schon noch nur zudem außerdem allerdings man sein seine "
        "seiner seinem seinen ihr ihre ihrer ihrem ihren unser unsere deren dessen gegenüber deshalb daher "
        "darauf daraufhin anschließend danach zuvor davor trotzdem dennoch bislang bisher inzwischen "
        "mittlerweile hier dort später vom zum zur beim ins aus des dem den einer eines einem anders"
    ),
    time_words=words(
        "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni "
        "juli august september oktober november dezember heute gestern morgen"
        " tag tage woche wochen monat monate jahr jahre"
        " mal stunde stunden moment abend nachmittag vormittag nacht"
    ),
    # `hieß es aus Regierungskreisen`, `aus Unternehmenskreisen`: a source the press does not name.
    source_nouns=words("quelle quellen insider kreise kreisen"),
    # An unnamed source so described ("der nicht genannt werden möchte", "die ihren Namen nicht in der
    # Zeitung lesen will", "der anonym bleiben will"): the source's OWN name (the relative pronoun and
    # its possessive agree: "der seinen", "die ihren"; not "der die Namen der Opfer nicht nennen wollte",
    # "im Namen der Nachbarn") and a passive of naming ("nicht genannt hat" is no wish).
    anonymity=(
        r"der\b[^.,;„“»«]{0,30}\bseinen Namen\b[^.;„“»«]{0,40}\bnicht",
        r"die\b[^.,;„“»«]{0,30}\bihren Namen\b[^.;„“»«]{0,40}\bnicht",
        r"nicht (?:namentlich |mit Namen )?(?:genannt|zitiert|erwähnt) (?:werden|sein)",
        r"anonym (?:bleib\w*|sprechen|reden|zitiert|äußern)",  # not "zu anonym eingereichten Hinweisen"
        r"(?:unter der Bedingung der|zugesicherter) Anonymität",
    ),
    unnamed_openers=words("ein eine einer"),
    spokes_nouns=words("sprecher sprechers sprecherin"),
    titles=words(
        "oberst hauptmann leutnant major general kommissar kommissarin "
        "herr frau dr dr. ddr ddr. prof prof. mag mag. ing ing. di dipl dipl.-ing mag.a dr.in prof.in "
        "bundeskanzler bundeskanzlerin kanzler kanzlerin präsident "
        "präsidentin minister ministerin ministerpräsident ministerpräsidentin bürgermeister "
        "bürgermeisterin sprecher sprecherin chef chefin vorsitzende vorsitzender direktor direktorin "
        "leiter leiterin experte expertin botschafter botschafterin staatssekretär staatssekretärin "
        "abgeordnete abgeordneter senator senatorin generalsekretär generalsekretärin gründer gründerin "
        "trainer trainerin geschäftsführer geschäftsführerin professor professorin richter richterin "
        "obmann obfrau inhaber inhaberin o-ton " + _KIN
    ),
    # Academic titles before a name, Austrian ones included (`Mag. Eva Huber`, `DI Jan Kurz`, `Ing.`).
    person_titles=words(
        "herr frau dr dr. ddr ddr. prof prof. mag mag. ing ing. di dipl dipl.-ing mag.a dr.in prof.in"
    ),
    # Austrian papers write a woman's degree with its feminine ending: `Mag.a Eva Huber`, `Dr.in Ida Berg`.
    female_titles=words("frau mag.a dr.in prof.in"),
    male_titles=words("herr"),
    role_suffixes=(
        "chef", "chefin", "sprecher", "sprecherin", "präsident", "präsidentin", "minister", "ministerin",
        "leiter", "leiterin", "direktor", "direktorin", "vorsitzende", "vorsitzender", "experte",
        "expertin", "kanzler", "kanzlerin", "meister", "meisterin", "führer", "führerin", "analyst",
        "analystin", "forscher", "forscherin", "ökonom", "ökonomin", "politiker", "politikerin",
        "sekretär", "sekretärin", "senator", "senatorin", "vertreter", "vertreterin", "trainer", "trainerin",
        "vorstand",
        "manager", "managerin", "beauftragte", "beauftragter", "rat", "rätin", "verteidiger",
        "verteidigerin", "anwalt", "anwältin", "sprecherin",
        # Austrian and local roles: `Obmann der Fachgruppe`, `Klubobfrau`, `Bezirkshauptmann`, `Inhaberin`
        "obmann", "obfrau", "hauptmann", "hauptfrau", "inhaber", "inhaberin", "mitglied",
    ),
    org_words=words(
        "partei ministerium regierung bundesregierung polizei feuerwehr gericht verband verein bank gmbh ag "
        "konzern stiftung institut universität zeitung agentur behörde amt rat kommission union "
        "vereinigung gewerkschaft gesellschaft staatsanwaltschaft verwaltung unternehmen führung magistrat "
        # courts and audit offices named a "Hof" (Bundesgerichtshof, Verwaltungsgerichtshof, Rechnungshof)
        "gerichtshof rechnungshof"
        # offices, departments and services named by their kind, often with the body they belong to in the
        # genitive (`die Sportleitung des Turnvereins X`, `das Sportdezernat des Kreises`, `der Winterdienst`)
        " dezernat referat aufsicht leitung dienst direktion präsidium abteilung"
    ),
    place_prefixes=words("sankt st"),
    # The rivers and regions German place names add after "am", "an der", "im" (`Frankfurt am Main`, `Halle
    # an der Saale`, `Freiburg im Breisgau`), and bodies named after such a place (`Bühne am Neckar`).
    place_suffixes=frozenset(
        [f"am {r}" for r in words("main rhein neckar inn lech")]
        + [f"an der {r}" for r in words("oder saale ruhr donau elbe weser mosel lahn isar havel spree")]
        + ["im breisgau", "in der oberpfalz"]
    ),
    name_connectors=words("von van de der des zu"),
    # Since 1919 a title of nobility is part of the German surname (`Ulrike Freifrau von Stetten`), in
    # each sex's form (`Freiherr`, `Freifrau`, `Freiin`).
    noble_titles=words(
        "freiherr freifrau freiin graf gräfin fürst fürstin prinz prinzessin herzog herzogin baron baronin "
        "edler edle ritter"
    ),
    capitalised_nouns=True,
    name_genitive_ending="s",
    name_genitive_lookalikes=("ss",),
    # feminine nouns of agents (`Zeugin`, `Mitarbeiterin`), of sex (`Frau`, `Geschäftsmann`), staff
    # (`Pflegekraft`), an age (`die 84-Jährige`)
    person_noun_endings=("frau", "mann", "kraft", "jährige", "jähriger"),
    feminine_person_endings=("in",),
    other_person_adjectives=words(
        "neue neuen andere anderen weitere weiteren übrige übrigen zweite zweiten dritte dritten"
        " vierte vierten nächste nächsten künftige künftigen kommende kommenden gegnerische gegnerischen"
    ),
    subject_window=6,
    street_nouns=words("ortsteil stadtteil ortschaft gemeinde stadtbezirk bezirk landkreis"),
    # What bears a name or a slogan (`unter dem Motto „…“`, `Das Unwort des Jahres lautet „…“`).
    # (with their plurals and datives: `auf Transparenten stand „…“`, `Plakate: „…“ steht darauf`); a
    # board only as a compound (`Anzeigetafel`): a bare `Tafel` is as often a food bank that speaks
    sign_nouns=words(
        "schild plakat transparent aufschrift banner slogan motto unwort überschrift schlagzeile losung "
        "schilder schildern plakate plakaten transparente transparenten aufschriften bannern spruchband "
        "spruchbänder spruchbändern anzeigetafel anzeigetafeln"
    ),
    chant_words=words(
        "skandierten skandiert skandierend skandierende sprechchor sprechchöre sprechchören"
    ),
    quote_pairs=(("„", "“"), ("»", "«"), ("“", "”"), ('"', '"')),
    paywall_phrases=(
        "nur für abonnenten", "exklusiv für abonnenten", "jetzt abonnieren und weiterlesen",
        "weiterlesen mit",
    ),
    boilerplate_phrases=("jetzt abonnieren", "bereits abonnent"),
    wordfreq="de",
    lemmatizer="de",
)
