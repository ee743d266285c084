"""Portuguese."""

from __future__ import annotations

from digest.lang.base import apostrophes, conjugate, language, words

_SPEECH = conjugate(
    "afirmar declarar explicar acrescentar sublinhar destacar ressaltar salientar garantir assegurar "
    "referir adiantar sustentar defender frisar lembrar observar comentar contar responder concluir "
    "admitir alertar avisar anunciar criticar considerar argumentar esclarecer completar reforçar "
    "insistir apontar relatar contar lamentar confessar admitir desabafar reclamar questionar "
    "explicar avaliar confirmar escrever reconhecer",
    {"ar": ("ou", "a", "ado", "am", "aram"), "er": ("eu", "e", "ido", "em", "eram"),
     "ir": ("iu", "e", "ido", "em", "iram")},
) | words("disse diz dizem disseram dito")


# Speech verbs by their infinitive, in every tense and person that reports speech, plus the
# irregular forms.
_INFINITIVES = (
    "comemorar celebrar festejar elogiar ironizar "
    "dizer afirmar declarar explicar acrescentar sublinhar destacar ressaltar salientar garantir "
    "assegurar referir adiantar sustentar defender frisar lembrar observar comentar contar responder "
    "concluir admitir alertar avisar anunciar criticar considerar argumentar esclarecer completar "
    "reforçar insistir apontar relatar lamentar confessar desabafar reclamar questionar avaliar "
    "confirmar escrever reconhecer rebater informar pontuar ponderar enfatizar disparar revelar "
    "recomendar aconselhar "
    "prometer pedir cobrar emendar rematar encerrar retrucar replicar perguntar indagar brincar ironizar "
    "justificar detalhar resumir prosseguir continuar condenar falar queixar realçar vincar "
    "acentuar recordar apelar reagir atirar advertir reiterar cravar afiançar confidenciar exclamar "
    "narrar assinalar comunicar mencionar enumerar analisar acusar negar sugerir contestar asseverar "
    "alfinetar minimizar opinar descrever finalizar relembrar explicitar"
)
_SPEECH = _SPEECH | apostrophes(conjugate(
    _INFINITIVES,
    {"ar": ("a", "am", "ou", "aram", "ado", "ava", "avam", "ará"),
     "er": ("e", "em", "eu", "eram", "ido", "ia", "iam", "erá"),
     "ir": ("e", "em", "iu", "iram", "ido", "ia", "iam", "irá")},
) | words(
    "diz dizem disse disseram dito dizia dirá pede pedem pediu prossegue propôs propõe"
)) - words("comunicado")  # the noun of a press release ("Em comunicado,"), no verb

LANGUAGE = language(
    "pt",
    abbreviations=words("sr sra srta dr dra prof profa eng"),
    soft_abbreviations=words("jan fev mar abr jun jul ago set out nov dez etc"),
    sentence_starters=words("o a os as um uma ele ela mas e em de"),
    kin_nouns=words(
        "mãe pai filha filho esposa esposo mulher marido irmã "
        "irmão avó avô tia tio mamã papá viúva viúvo"
    ),
    months=tuple(
        words(w)
        for w in (
            "janeiro jan", "fevereiro fev", "março mar", "abril abr", "maio", "junho jun", "julho jul",
            "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez",
        )
    ),
    published_words=words("publicado"),
    briefing_words=words("manhã tarde noite semana hoje resumo"),
    and_words=words("e"),
    role_prefixes=words("vice ex"),
    roundup_words=words("semana resumo"),
    weekdays=words("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
    stopwords=words(
        "o a os as um uma uns umas e ou mas de do da dos das em no na nos nas com por para sem sobre que "
        "quem se seu sua seus suas é são foi era tem têm não mais como lhe já muito disse segundo"
    ),
    function_words=words("o os as e do da que em para com uma não no na por mais dos das"),
    speech_verbs=_SPEECH,
    speech_infinitives=words(_INFINITIVES + " conhecer"),
    # "começou por dizer", "fez questão de sublinhar", "voltou a insistir", "acabou por admitir"
    infinitive_heads=words(
        "começou começa acabou acaba fez faz questão voltou volta quis quer limitou-se limita-se por de a"
        " deu dá deram"  # ("deu a conhecer": dar a conhecer, to make known, a verb of announcing)
    ),
    inverting_verbs=_SPEECH,
    possessive_pronouns={"seu": "", "sua": "", "seus": "", "suas": ""},
    comitatives=words("com"),
    opinion_openers=words("para"),
    resumptive_openers=(
        "assim",
        "foi o que", "é o que", "a afirmação é de", "quem o diz é", "quem o afirma é", "quem o garante é",
    ),
    asides=("por sua vez", "por seu lado", "da sua parte"),
    according_to=(
        "segundo", "de acordo com", "conforme", "na opinião de", "na ~ opinião", "em ~ opinião", "a ~ ver",
        "na ~ avaliação", "no ~ entender",
    ),
    according_pronouns={"sua": "", "seu": ""},
    clitics=words("lhe lhes me te nos"),
    agent_prepositions=words("por pelo pela pelos pelas"),
    auxiliaries=words("tem têm tinha tinham havia haviam teria teriam"),
    pronouns={"ele": "m", "ela": "f"},
    other_pronouns=words("eles elas nós eu você"),
    article_genders={"o": "m", "a": "f", "um": "m", "uma": "f"},
    epithets=True,
    ordinals=words(
        "primeiro primeira primeiros primeiras segundo segunda terceiro terceira último última últimos "
        "últimas"
    ),
    head_first=True,
    indefinite_articles=words("um uma"),
    generic_bodies=words(
        "defesa "
        "empresa companhia órgão pasta ministério secretaria prefeitura estatal sindicato associação "
        "organização ong federação entidade clube partido instituição fundação movimento coletivo autarquia "
        "mineradora petroleira construtora montadora operadora varejista seguradora fabricante tribunal "
        "cooperativa"
    ),
    definite_articles=words("o a"),
    articles=words("o a os as um uma"),
    demonstratives=words("este esta estes estas esse essa esses essas aquele aquela"),
    determiners=words("o a os as um uma este esta esse essa seu sua seus suas"),
    relatives=words("que quem qual"),
    conjunctions=words("e mas ou"),
    copulas=words("é era"),
    cue_adverbs=words("também ainda depois já então hoje ontem"),
    adverb_suffixes=("mente", "ando", "endo", "indo"),
    past_participles=(
        ("ado", "ar"), ("ada", "ar"), ("ados", "ar"), ("adas", "ar"),
        ("ido", "er"), ("ida", "er"), ("ido", "ir"), ("ida", "ir"),
    ),
    pro_drop=True,
    negations=words("não"),
    plural_endings=("am", "em", "ão"),
    finite_verbs=words("é era são eram foi tem têm tinha será pode poderia"),
    # "«…», lê-se na nota do ministério"; "refere a nota da autarquia".
    statement_verbs=words("lê-se lê"),
    question_labels=words("p pergunta"),
    answer_labels=words("r resposta"),
    statement_nouns=words("nota comunicado documento despacho sentença acórdão carta relatório texto"),
    # `lê-se no acórdão`, `diz a sentença`: the court named before
    issuers=dict.fromkeys(words("acórdão sentença"), ("tribunal", "turma", "vara")),
    bench_nouns=dict.fromkeys(
        words("magistrado magistrada magistrados magistradas desembargador desembargadora desembargadores"),
        ("tribunal", "turma", "vara"),
    ),
    word_nouns=words(
        "palavras desabafo alerta apelo comentário resposta mensagem análise crítica queixa aviso reação "
        "testemunho relato promessa denúncia afirmação declaração declarações avaliação frase fala opinião "
        "explicação constatação informação"
    ),
    phrase_breaks=words(
        "que de do da dos das em no na nos nas com por para sobre durante ao aos à às pelo pela pelos pelas "
        "num numa nuns numas neste nesta nesse nessa naquele naquela desde após entre sem até contra perante"
    ),
    adverbial_starters=words(
        "após depois antes durante quando se embora desde em com para na no nas nos nesta neste nessa nesse "
        "naquela naquele numa num ao à aos às pelo pela pelos pelas sobre perante diante ante entre contra "
        "sem até"
    ),
    as_words=words("como"),
    saying_nouns=words("ditado provérbio adágio dito"),
    subordinators=words("quando enquanto antes depois porque se embora e mas"),
    common_starters=words(
        "o a os as um uma e mas ou em de do da com por para sem sobre este esta esse essa seu sua ele "
        "ela eles elas após depois antes durante quando se embora desde hoje ontem além também já "
        "assim segundo enquanto no na nos nas dos das ao à aos às pelo pela pelos pelas num numa dum "
        "duma neste nesta nesse nessa naquele naquela"
    ),
    # An unnamed source so described ("que pediu para não ser identificada", "sous couvert d'anonymat").
    anonymity=(
        r"(?:pediu|pediram|pede|preferiu|preferiram|prefere|quis|quiseram|aceitou)\b[^.;]{0,30}\b(?:identificad[oa]s?|identificar|anonimato|nome)",
        r"sob (?:condição de )?anonimato",
    ),
    unnamed_openers=words("um uma uns umas"),
    first_plural_endings=("amos", "emos", "imos"),
    first_person=words("eu me mim meu minha meus minhas comigo nós nosso nossa nossos nossas"),
    first_singular=words("eu me mim meu minha meus minhas comigo"),
    first_person_enclitics=words("nos"),
    first_person_subjects=words("eu nós"),
    lowercase_dates=True,
    time_words=words(
        "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo janeiro "
        "fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro hoje ontem"
        " dia dias semana semanas mês meses ano anos vez vezes hora horas momento manhã tarde noite madrugada"
        " minuto minutos véspera"
    ),
    time_openers=words("uns umas poucos poucas vários várias mais pouco dois duas três quatro cinco dez"),
    source_nouns=words("fonte fontes"),
    circle_nouns=words("entorno"),
    role_modifiers=words("ex antigo antiga novo nova atual futuro futura"),
    role_synonyms={
        "técnico": ("treinador", "comandante"), "treinador": ("técnico",),
        "autarca": ("presidente da câmara",), "edil": ("prefeito", "vereador"),
        "parlamentar": ("deputado", "deputada", "senador", "senadora"), "magistrado": ("juiz",),
        "magistrada": ("juíza",), "defensor": ("advogado",), "defensora": ("advogada",),
        # the press's names of an office by what it stands for (the public prosecution speaks by its
        # procurador, in Brazil its promotor)
        "representante do ministério público": ("procurador", "procuradora", "promotor", "promotora"),
    },
    spokes_nouns=words("porta-voz assessoria"),  # `a assessoria do X informou`: the office speaks for X
    titles=words(
        "coronel tenente capitão major general sargento delegado delegada "
        "sr sr. sra sra. srta dr dr. dra dra. dom dona presidente ministro ministra prefeito prefeita "
        "presidente-executivo porta-voz secretário secretária diretor diretora deputado deputada "
        "senador senadora governador governadora embaixador embaixadora juiz juíza procurador "
        "procuradora líder professor professora chefe vice-presidente autarca"
    ),
    person_titles=words("sr sr. sra sra. srta dr dr. dra dra. dom dona"),
    female_titles=words("sra sra. srta dona dra dra."),
    male_titles=words("sr sr. dom"),
    org_words=words(
        "partido ministério governo polícia tribunal associação federação banco universidade instituto "
        "agência comissão conselho sindicato empresa grupo câmara prefeitura secretaria cooperativa"
    ),
    place_prefixes=words("são santa santo"),
    adjective_endings=(
        "al", "ais", "ica", "ico", "icas", "icos", "iva", "ivo", "ivas", "ivos", "ária", "ário", "árias",
        "ários", "ana", "anas", "anos", "ense", "enses", "il", "is"
    ),
    inner_prepositions=words("para"),
    field_prepositions=words("em"),
    section_prepositions=words("em no na nos nas"),
    section_heads=words(
        "sindicato ordem associação federação confederação núcleo delegação secção seção"
    ),
    # An "and" inside a body's name written in sentence case (`a Agência nacional de águas e
    # saneamento básico`)
    body_conjunctions=words("e &"),
    place_nouns=words(
        "cidade município estado região distrito concelho "
        "freguesia comarca bairro zona bacia território província"
    ),
    name_connectors=words("de do da dos das e d' d’ sem van von der den ter"),
    street_nouns=words(
        "rua avenida praça travessa largo bairro distrito localidade povoado aldeia freguesia concelho "
        "comunidade vila vale"
    ),
    sign_nouns=words("cartaz faixa placa letreiro slogan"),
    chant_words=words("entoando entoavam entoaram aos_gritos_de ao_grito_de"),
    quote_pairs=(("“", "”"), ("«", "»"), ('"', '"')),
    paywall_phrases=("exclusivo para assinantes", "assine para continuar lendo"),
    boilerplate_phrases=("já é assinante",),
    wordfreq="pt",
    lemmatizer="pt",
)
