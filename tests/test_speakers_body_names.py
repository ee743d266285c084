"""Organisations as speakers (session 19), on invented sentences about fictional bodies: how far a
body's name runs, and which body a short or generic mention names again."""

from __future__ import annotations

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


def test_portuguese_body_named_with_the_place_of_its_section() -> None:
    # pt names a federation's or a guild's regional branch by "em"/"no"/"na" and the place: one name
    text = (
        "A Federação dos Apicultores na Lousã contou as colmeias perdidas desde janeiro. «Com este frio "
        "ficámos com metade das abelhas», explicou a federação.\n"
        "O Grémio dos Relojoeiros em Viseu (GRV), por sua vez, quer aulas nas escolas técnicas. «Já ninguém "
        "sabe abrir um relógio de corda», lamentou o grémio."
    )
    expected = ["Federação dos Apicultores na Lousã", "Grémio dos Relojoeiros em Viseu"]
    assert _speakers(text, "pt") == expected


def test_portuguese_place_where_a_government_or_a_club_acted_is_no_section() -> None:
    # near miss: a government abroad, a team playing away: where the body acted, not a branch of it
    text = (
        "O Governo da Lusitânia em Genebra recusou assinar o tratado das pescas. «Não trocamos os "
        "nossos barcos por quotas», declarou o Governo.\n"
        "O Atlético Valmonte no Funchal empatou a zero. «Faltou-nos pontaria», reconheceu o clube."
    )
    speakers = _speakers(text, "pt")
    assert "Governo da Lusitânia em Genebra" not in speakers
    assert "Atlético Valmonte no Funchal" not in speakers


def test_portuguese_place_after_an_inverted_subject_is_where_it_spoke() -> None:
    # after a speech verb, "em Mértola" says where the body spoke, no part of its name
    text = (
        "«Os lobos já mataram quarenta ovelhas desde o Natal», contou a Associação dos Pastores em "
        "Mértola."
    )
    (speaker,) = _speakers(text, "pt")
    assert speaker is not None and speaker.removeprefix("a ") == "Associação dos Pastores"


def test_a_body_noun_takes_up_no_indefinite_noun_of_a_place() -> None:
    # "for a dairy in Cumbria" is any such dairy: "the dairy" names again the body named before
    text = (
        "Pellworth Dairies lost its licence to sell raw milk last week.\n"
        "It is unusual for a dairy in Cumbria to lose a licence over paperwork, farmers said.\n"
        "Pellworth Dairies has asked for a hearing.\n"
        "\"The forms were filed on time and we can prove it,\" the dairy said."
    )
    assert _speakers(text, "en") == ["Pellworth Dairies"]


def test_an_indefinite_body_opening_its_sentence_is_taken_up() -> None:
    # near miss: "Um sindicato de Valdemar convocou …" introduces that union; "o sindicato" is it again
    text = (
        "Um sindicato de Valdemar convocou greve para segunda-feira.\n"
        "«Os salários estão congelados há quatro anos», afirmou o sindicato."
    )
    assert _speakers(text, "pt") == ["o sindicato de Valdemar"]


def test_the_definite_noun_given_with_its_place_keeps_the_place() -> None:
    # near miss: the definite "le parquet de Valmont" given before is that body by its fuller name
    text = (
        "Le parquet de Valmont a ouvert une enquête après l'effondrement du hangar.\n"
        "« Les causes du sinistre restent à établir par les experts mandatés », a précisé le parquet."
    )
    assert _speakers(text, "fr") == ["le parquet de Valmont"]


def test_a_noun_in_apposition_to_a_body_names_that_body_again() -> None:
    # "X, the bureau for …, promised": "the bureau" later is X, not the noun and its complement
    text = (
        "Heating bills rose again this winter.\n"
        "Torbay Lettings, the bureau for Corbett Park flats, promised new boilers on Tuesday.\n"
        "\"Every flat on the estate will be warm by December,\" the bureau said."
    )
    assert _speakers(text, "en") == ["Torbay Lettings"]


def test_a_body_named_in_a_fronted_adverbial_is_no_apposition() -> None:
    # near miss: "Besides X, the council of …": the comma closes the adverbial; the council is the subject
    text = (
        "Besides Marlow Buses, the council of Kenby signed the new timetable.\n"
        "\"Our passengers have had a hard year already,\" the council said."
    )
    assert _speakers(text, "en") == ["the council of Kenby"]


def test_a_person_in_apposition_is_not_the_body_named_again() -> None:
    # near miss: "Ann Holt, the federation chair": the noun premodifies a role; Ann Holt is no body
    text = (
        "Ann Holt, the federation chair, spoke to the drivers at the depot on Monday.\n"
        "\"Nobody here will accept a pay freeze this winter or the next one,\" the federation said."
    )
    assert _speakers(text, "en") != ["Ann Holt"]


def test_a_body_name_cut_before_its_complement_is_the_name_written_in_full() -> None:
    # a capitalised adjective after the head, then a preposition and the body's field: one name (es, pt,
    # it, fr), not the head and its adjective alone
    cases = [
        ("es", "«No habrá cortes de agua este verano en ningún barrio», afirmó la Mancomunidad "
               "Intermunicipal para la Gestión del Agua de Valdeoro.",
         "Mancomunidad Intermunicipal para la Gestión del Agua de Valdeoro"),
        ("pt", "«Não haverá cortes de água neste verão em nenhum bairro», afirmou a Associação "
               "Intermunicipal para a Gestão da Água de Valdouro.",
         "Associação Intermunicipal para a Gestão da Água de Valdouro"),
        ("it", "«Non ci saranno tagli all'acqua questa estate in nessun quartiere», ha dichiarato "
               "l'Agenzia Intercomunale per la Gestione delle Acque di Valmonte.",
         "Agenzia Intercomunale per la Gestione delle Acque di Valmonte"),
        ("fr", "« Aucune coupure d'eau n'est prévue cet été dans les quartiers », a affirmé l'Office "
               "Intercommunal pour la Gestion de l'Eau de Brévanne.",
         "Office Intercommunal pour la Gestion de l'Eau de Brévanne"),
    ]
    for language, text, name in cases:
        (speaker,) = _speakers(text, language)
        assert speaker == name, language


def test_a_complement_in_lower_case_written_at_each_mention_is_part_of_the_name() -> None:
    # fr: a hyphenated trade in lower case, written so at both mentions, belongs to the federation's name
    text = (
        "La Fédération départementale de la charcuterie-traiteur juge le plan insuffisant.\n"
        "« Nos ateliers ne tiendront pas un hiver de plus à ce prix », a indiqué la Fédération "
        "départementale de la charcuterie-traiteur dans un communiqué."
    )
    assert _speakers(text, "fr") == ["Fédération départementale de la charcuterie-traiteur"]


def test_a_place_after_a_proper_name_or_a_lower_case_complement_written_once_stays_out() -> None:
    # near misses: a hospital's name of capitalised words followed by its town's name elsewhere, a
    # body named once with "do município" (which town's?), a verb and its object after the name
    text = (
        "O Hospital Santa Brígida em Valdouro recebeu os feridos. «Os três pacientes estão estáveis e "
        "conscientes», informou o Hospital Santa Brígida.\n"
        "A Proteção Civil do município pediu cautela. «Há doze encostas em vigilância permanente "
        "desde sábado», disse a Proteção Civil."
    )
    assert _speakers(text, "pt") == ["Hospital Santa Brígida", "Proteção Civil"]
    text = (
        "La Federación Regional critica la medida de Madrid. «Nos dejan sin barcos y sin futuro en este "
        "puerto», afirmó la Federación Regional."
    )
    assert _speakers(text, "es") == ["Federación Regional"]


def test_a_person_named_before_a_complement_takes_none_of_it() -> None:
    # near miss: a person's name followed by the body she speaks for is the person alone (es, fr, it, pt)
    cases = [
        ("es", "«Las farolas del parque llevan un mes apagadas», explicó Yaiza Mbeki de la plataforma "
               "de comerciantes de Lindora.", "Yaiza Mbeki"),
        ("fr", "« Les lampadaires du parc sont éteints depuis un mois », a expliqué Awa Tchicaya de "
               "l'amicale des commerçants de Brévanne.", "Awa Tchicaya"),
        ("it", "«I lampioni del parco sono spenti da un mese», ha spiegato Kofi Mensah del gruppo dei "
               "commercianti di Valmonte.", "Kofi Mensah"),
        ("pt", "«Os candeeiros do parque estão apagados há um mês», explicou Thandiwe Moyo da comissão "
               "de comerciantes de Valdouro.", "Thandiwe Moyo"),
    ]
    for language, text, name in cases:
        assert _speakers(text, language) == [name], language


def test_a_place_or_unit_after_a_body_stays_out_of_its_name() -> None:
    # near miss: "of the city/region/district of X" says where a national body acts, not which body
    cases = [
        ("pt", "A Guarda Nacional da cidade de Valdouro fechou a ponte. «A travessia fica interdita até "
               "segunda-feira», disse a Guarda Nacional.", "Guarda Nacional"),
        ("fr", "« Trois routes restent coupées ce soir », a précisé la Sécurité Civile de la région "
               "Armorique.", "Sécurité Civile"),
        ("it", "«Abbiamo sequestrato due tonnellate di merce», ha riferito la Polizia Stradale del "
               "comando provinciale di Valmonte.", "Polizia Stradale"),
        ("es", "«El embalse está al veinte por ciento», indicó la Junta Hidráulica de la cuenca del "
               "Lindora.", "Junta Hidráulica"),
    ]
    for language, text, name in cases:
        (speaker,) = _speakers(text, language)
        assert speaker is not None and speaker.endswith(name), language
    # each mention alike, but a lower-case unit: which town's service is not the service's name
    text = (
        "A Proteção Civil do município abriu dois abrigos. «Há camas para sessenta pessoas», disse a "
        "Proteção Civil do município."
    )
    assert _speakers(text, "pt") == ["Proteção Civil"]
