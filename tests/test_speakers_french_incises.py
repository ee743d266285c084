"""French `reprendre` in an incise (`« … », reprend-elle`, `« …, reprend la directrice, … »`) reports
speech as `ajouter` does: the one who goes on speaking (session 21; Grevisse lists it among the verbs of
the incise). Not `reprendre` with an object outside an incise. Invented scenes."""

from __future__ import annotations

from digest.quotes.finder import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "fr")]


def test_reprend_with_a_pronoun() -> None:
    text = (
        "La patinoire de Gap fermera en avril, a annoncé sa directrice, Odile Berthon. « Les travaux de la "
        "dalle dureront tout l'été », reprend-elle."
    )
    assert _speakers(text) == ["Odile Berthon"]


def test_reprend_with_a_role_after_an_unnamed_quote() -> None:
    text = (
        "La directrice du musée, Claire Fontanel, défend la nouvelle billetterie.\nUn gardien, qui préfère "
        "rester anonyme, affirme que « les files d'attente ont doublé depuis mars ».\n« Les chiffres disent "
        "le contraire, reprend la directrice, et je les publierai. »"
    )
    assert _speakers(text)[-1] == "Claire Fontanel"


def test_reprendre_with_an_object_reports_nothing() -> None:
    text = (
        "La chorale de Dole reprend ses répétitions lundi. « On a hâte de chanter à nouveau ensemble », "
        "confie Léa Carrel, soprano."
    )
    assert _speakers(text) == ["Léa Carrel"]


def test_title_abbreviation_inside_an_incise_is_no_full_stop() -> None:
    # `promet M. X, et …`: the full stop of the title M. does not close the incise (its holder speaks).
    text = (
        "Le club de voile d'Annecy prépare sa saison avec le moniteur Gaston Vériac et Inès Morand.\n"
        "« Les dériveurs seront à l'eau le premier mai, promet M. Vériac, et les catamarans dès la mi-mai. »"
    )
    assert _speakers(text) == ["Gaston Vériac"]


def test_title_after_the_incise_full_stop_is_not_read_into_it() -> None:
    # Near miss: the incise ends at its own full stop; a title opening the next sentence is no part of it.
    text = (
        "La maîtresse-nageuse de Saint-Flour, Inès Morand, prépare la saison avec Gaston Vériac.\n"
        "« Le grand bassin rouvrira en juin, dit-elle. M. Vériac a déjà commandé les bouées. »"
    )
    assert _speakers(text)[0] == "Inès Morand"


def test_a_letter_before_the_incise_full_stop_ends_it() -> None:
    # Near miss: a single capital letter (a building, a row) before the full stop is no title.
    text = (
        "La gardienne du gymnase de Riom, Nadège Vallin, attend les joueurs avec Paul Serre.\n"
        "« Les vestiaires ont changé, prévient-elle devant le bloc B. Paul Serre vous donnera les clés. »"
    )
    assert _speakers(text)[0] == "Nadège Vallin"


def test_a_surname_initial_after_a_first_name_is_no_title() -> None:
    # Near miss: `Yann M.` withholds a surname; the letter after a first name is its initial, not the
    # title M., so its full stop may end the incise and the sentence.
    text = (
        "Apiculteur à Gannat depuis vingt ans, Yann M. a perdu la moitié de ses ruches.\n"
        "« Les frelons sont arrivés en août, soupire Yann M. Depuis, je ferme les ruches chaque soir. »"
    )
    assert set(_speakers(text)) == {"Yann M"}
