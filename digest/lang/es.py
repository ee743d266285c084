"""Spanish."""

from __future__ import annotations

from digest.lang.base import apostrophes, conjugate, language, words

_SPEECH = conjugate(
    "afirmar asegurar explicar señalar añadir agregar indicar manifestar declarar destacar subrayar "
    "apuntar comentar expresar insistir recalcar precisar detallar aseverar admitir relatar responder "
    "denunciar lamentar criticar opinar considerar defender anunciar resumir enfatizar remarcar "
    "puntualizar argumentar aclarar narrar confesar reclamar asumir valorar advertir reiterar "
    "matizar alertar avisar subrayar sentenciar zanjar insistir replicar preguntar contestar "
    "recordar explicar confirmar celebrar escribir",
    {"ar": ("ó", "a", "ado", "an", "aron"), "er": ("ió", "e", "ido", "en", "ieron"),
     "ir": ("ió", "e", "ido", "en", "ieron")},
) | words(
    "dijo dice dicen dijeron dicho sostuvo sostiene sostenido advirtió advierte reconoció reconoce "
    "reconocido contó cuenta contado concluyó concluye escribió escrito recuerda recordó cuenta "
    "lamenta añade"
)


# Speech verbs by their infinitive, in every tense and person that reports speech, plus the
# irregular forms.
_INFINITIVES = (
    "decir afirmar asegurar explicar señalar añadir agregar indicar manifestar declarar destacar "
    "subrayar apuntar comentar expresar insistir recalcar precisar detallar aseverar admitir relatar "
    "responder denunciar lamentar criticar opinar considerar defender anunciar resumir enfatizar "
    "remarcar puntualizar argumentar aclarar narrar confesar reclamar valorar advertir reiterar "
    "matizar alertar avisar sentenciar zanjar replicar preguntar contestar recordar confirmar "
    "celebrar escribir sostener reconocer contar concluir reprochar informar bromear ironizar "
    "agradecer pedir exigir prometer apostillar incidir resaltar remachar rematar espetar soltar "
    "rememorar relatar asentir objetar protestar suspirar sonreír reflexionar revelar garantizar "
    "aseverar justificar condenar hablar quejar estimar reivindicar trasladar reaccionar acotar graficar "
    "deslizar fustigar cuestionar plantear arremeter exclamar comunicar mencionar negar completar cerrar "
    "finalizar ahondar profundizar evaluar analizar describir disparar lanzar sumar retrucar acusar "
    "confiar gritar ejemplificar recomendar aconsejar instar"
)
_SPEECH = _SPEECH | apostrophes(conjugate(
    _INFINITIVES,
    {"ar": ("a", "an", "ó", "aron", "ado", "aba", "aban", "ará", "aría"),
     "er": ("e", "en", "ió", "ieron", "ido", "ía", "ían", "erá"),
     "ir": ("e", "en", "ió", "ieron", "ido", "ía", "ían", "irá")},
) | words(
    "recomienda recomiendan "
    "dice dicen dijo dijeron decía dicho dirá sostiene sostuvo sostenía advierte advirtió reconoce "
    "reconoció contó cuenta recuerda recordó pide pidió sonríe sonrió concluye concluyó confiesa "
    "defiende manifiesta asiente asintió prometió promete espetó sugirió sugiere niega desmintió desmiente "
    "cierra"
)) - words("comunicado")  # the noun of a press release ("en un comunicado"), no verb

LANGUAGE = language(
    "es",
    abbreviations=words("sr sra srta dr dra lic ing prof d dña"),
    soft_abbreviations=words("ene feb mar abr jun jul ago sept oct nov dic etc"),
    sentence_starters=words("el la los las un una él ella pero y en de"),
    kin_nouns=words(
        "madre padre hija hijo esposa esposo mujer marido hermana "
        "hermano abuela abuelo tía tío mamá papá viuda viudo"
    ),
    months=tuple(
        words(w)
        for w in (
            "enero ene", "febrero feb", "marzo mar", "abril abr", "mayo", "junio jun", "julio jul",
            "agosto ago", "septiembre setiembre sept", "octubre oct", "noviembre nov", "diciembre dic",
        )
    ),
    published_words=words("publicado actualizado"),
    briefing_words=words("mañana tarde noche semana hoy resumen boletín"),
    and_words=words("y e"),
    role_prefixes=words("vice ex"),
    roundup_words=words("semana resumen boletín"),
    weekdays=words("lunes martes miércoles jueves viernes sábado domingo"),
    stopwords=words(
        "el la los las lo un una unos unas y o pero de del al a en con por para sin sobre que quien se su "
        "sus es son fue era ha han había este esta estos estas ese esa no más como le les ya muy dijo según"
    ),
    function_words=words("el los las y del que en por una con para es se no su al como más pero"),
    speech_verbs=_SPEECH,
    speech_infinitives=words(_INFINITIVES + " conocer"),
    # "quiso subrayar", "volvió a insistir", "llegó a decir", "acabó por reconocer"
    # ("dio a conocer", "da a conocer": dar a conocer, to make known, a verb of announcing)
    infinitive_heads=words(
        "quiso quiere quisieron querido volvió vuelve llegó acabó terminó ha a por dio da dieron"
        " limitó limita limitaron"  # ("se limitó a decir": limitarse a + infinitive)
    ),
    inverting_verbs=_SPEECH,
    source_prepositions=words("desde"),
    possessive_pronouns={"su": "", "sus": ""},
    comitatives=words("con"),
    opinion_openers=words("para"),
    resumptive_openers=(
        "así",
        "así lo", "lo dijo", "lo ha dicho", "lo afirmó", "lo explicó", "lo ha afirmado", "lo ha explicado",
        "quien lo dice es", "quien lo dijo fue", "quien lo afirma es", "es lo que ha", "es lo que dijo",
        "es lo que afirmó", "es lo que aseguró", "es lo que afirma", "es lo que asegura",
    ),
    asides=("por su parte",),
    according_to=(
        "según", "de acuerdo con", "a juicio de", "en palabras de", "en opinión de",
        "en ~ opinión", "a ~ juicio", "a ~ entender", "a ~ parecer", "en ~ palabras",
    ),
    according_pronouns={"su": "", "sus": ""},
    clitics=words("lo la le les me te nos os se"),
    agent_prepositions=words("por"),
    # "«…», se lee en el comunicado de la Consejería", "recoge la sentencia".
    word_nouns=words(
        "palabras reflexión advertencia denuncia queja respuesta mensaje análisis valoración lamento "
        "reproche aviso llamamiento testimonio relato promesa comentario declaraciones afirmación frase"
    ),
    statement_verbs=words("lee leía recoge recogía reza"),
    statement_nouns=words("comunicado nota sentencia auto fallo escrito documento carta resolución informe"),
    # `señala la sentencia`, `recoge el fallo`: the court named before
    issuers=dict.fromkeys(words("sentencia fallo"), ("tribunal", "corte", "juzgado", "audiencia", "sala")),
    bench_nouns=dict.fromkeys(
        words("juez jueza jueces juezas magistrado magistrada magistrados magistradas"),
        ("tribunal", "corte", "juzgado", "audiencia"),
    ),
    auxiliaries=words("ha han había habían habría habrían"),
    pronouns={"él": "m", "ella": "f"},
    other_pronouns=words("ellos ellas nosotros yo usted"),
    article_genders={"el": "m", "la": "f", "un": "m", "una": "f"},
    epithets=True,
    ordinals=words(
        "primer primera primeros primeras segundo segunda segundos segundas tercer tercera terceros terceras "
        "último última últimos últimas"
    ),
    head_first=True,
    indefinite_articles=words("un una"),
    generic_bodies=words(
        "defensa "
        "empresa compañía organismo entidad ministerio consejería ayuntamiento sindicato organización "
        "asociación federación plataforma colectivo club partido formación institución fundación "
        "cooperativa patronal ong firma consistorio departamento eléctrica constructora operadora "
        "aerolínea petrolera farmacéutica aseguradora distribuidora multinacional tribunal cuerpo"
    ),
    definite_articles=words("el la"),
    articles=words("el la los las un una"),
    demonstratives=words("este esta estos estas ese esa esos esas aquel aquella"),
    determiners=words("el la los las un una este esta ese esa su sus"),
    relatives=words("que quien quienes cual"),
    conjunctions=words("y e pero o"),
    copulas=words("es era"),
    cue_adverbs=words("también además luego después ya entonces hoy ayer"),
    adverb_suffixes=("mente", "ando", "iendo"),
    past_participles=(
        ("ado", "ar"), ("ada", "ar"), ("ados", "ar"), ("adas", "ar"),
        ("ido", "er"), ("ida", "er"), ("ido", "ir"), ("ida", "ir"),
    ),
    pro_drop=True,
    plural_endings=("an", "en", "ron"),
    finite_verbs=words("es era son eran fue ha han había será puede podría"),
    phrase_breaks=words(
        "que quien de del al a en con por para sobre durante tras ante desde entre hasta hacia bajo contra "
        "según mediante do"
    ),
    adverbial_starters=words(
        "tras después antes durante cuando si aunque desde en con para ante bajo sobre entre hacia hasta "
        "contra sin al a frente"
    ),
    subordinators=words("cuando mientras antes después porque si aunque y pero"),
    common_starters=words(
        "el la los las un una y pero o en de del con por para sin sobre este esta estos estas ese esa "
        "su sus él ella ellos ellas tras después antes durante cuando si aunque desde hoy ayer además "
        "también ya así sin embargo mientras según dijo al ante bajo contra entre hacia hasta mediante"
    ),
    # An unnamed source so described ("que pediu para não ser identificada", "sous couvert d'anonymat").
    anonymity=(
        r"(?:pidió|pidieron|pide|prefirió|prefirieron|prefiere|quiso|quisieron|solicitó)\b[^.;]{0,30}\b(?:identificad[oa]s?|identificar|anonimato|nombre)",
        r"bajo (?:condición de )?anonimato",
    ),
    unnamed_openers=words("un una unos unas"),
    first_plural_endings=("amos", "emos", "imos"),
    first_person=words("yo me mi mis conmigo nosotros nosotras nuestro nuestra nuestros nuestras"),
    first_singular=words("yo me mi mis conmigo"),
    first_person_subjects=words("yo nosotros nosotras"),
    lowercase_dates=True,
    time_words=words(
        "lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio "
        "agosto septiembre octubre noviembre diciembre hoy ayer mañana"
        " día días semana semanas mes meses año años vez"
        " veces hora horas momento rato tarde noche mediodía madrugada minuto minutos víspera"
    ),
    time_openers=words("unos unas pocos pocas varios varias más poco dos tres cuatro cinco diez"),
    source_nouns=words("fuente fuentes"),
    circle_nouns=words("entorno"),
    spokes_nouns=words("portavoz"),
    age_suffixes=("genario", "genaria"),
    role_modifiers=words("ex antiguo antigua nuevo nueva actual futuro futura"),
    role_synonyms={
        "técnico": ("entrenador", "míster"), "entrenador": ("técnico", "míster"),
        "míster": ("entrenador", "técnico"), "edil": ("alcalde", "concejal"), "regidor": ("alcalde",),
        "regidora": ("alcaldesa",), "letrado": ("abogado",), "letrada": ("abogada",),
        "mandatario": ("presidente",), "mandataria": ("presidenta",),
        # the press's names of an office by what it stands for (the Ministerio Fiscal speaks by its fiscal)
        "representante del ministerio público": ("fiscal",),
        "representante del ministerio fiscal": ("fiscal",),
        "representante de la fiscalía": ("fiscal",),
    },
    titles=words(
        "coronel teniente capitán comandante general sargento "
        "sr sr. sra sra. srta dr dr. dra dra. don doña presidente presidenta ministro ministra alcalde "
        "alcaldesa portavoz secretario secretaria director directora diputado diputada senador senadora "
        "gobernador gobernadora embajador embajadora juez jueza fiscal consejero consejera líder "
        "profesor profesora jefe jefa vicepresidente vicepresidenta delegado delegada"
    ),
    person_titles=words("sr sr. sra sra. srta dr dr. dra dra. don doña"),
    female_titles=words("sra sra. srta doña dra dra."),
    male_titles=words("sr sr. don"),
    org_words=words(
        "partido ministerio gobierno policía guardia tribunal juzgado asociación federación banco "
        "universidad instituto agencia comisión consejo sindicato empresa grupo ayuntamiento consejería "
        "junta diputación delegación cooperativa"
    ),
    place_prefixes=words("san santa santo sant"),
    adjective_endings=(
        "al", "ales", "ica", "ico", "icas", "icos", "iva", "ivo", "ivas", "ivos", "aria", "ario", "arias",
        "arios", "ana", "anas", "anos", "ense", "enses", "il", "iles"
    ),
    inner_prepositions=words("para"),
    field_prepositions=words("en"),
    # An "and" inside a body's name written in sentence case (`el Instituto nacional de estadística y censos`)
    body_conjunctions=words("y e &"),
    place_nouns=words(
        "ciudad región municipio provincia comarca comandancia cuenca "
        "localidad distrito zona demarcación término territorio barrio"
    ),
    name_connectors=words("de del la y i d' d’ do da dos das l' l’ sin van von der den ter"),
    question_labels=words("p pregunta"),
    answer_labels=words("r respuesta"),
    street_nouns=words(
        "calle avenida plaza paseo ronda glorieta travesía barrio pedanía localidad municipio pueblo aldea "
        "comarca urbanización colonia"
    ),
    sign_nouns=words("pancarta pancartas cartel carteles letrero pintada rótulo lema eslogan"),
    chant_words=words("corearon coreaban coreando al_grito_de entre_gritos_de cánticos consignas"),
    quote_pairs=(("«", "»"), ("“", "”"), ('"', '"')),
    paywall_phrases=("solo para suscriptores", "suscríbete para seguir leyendo"),
    boilerplate_phrases=("ya soy suscriptor",),
    wordfreq="es",
    lemmatizer="es",
)
