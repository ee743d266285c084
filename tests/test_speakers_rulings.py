"""A court's ruling quoted as a statement ("diz o acórdão", "si legge nelle motivazioni", "— зазначено в
постанові") is the court's words: the court named before, by its name in capitals or written in sentence
case (`la cour d'appel de Rennes`), or the one named after the ruling's noun. Invented courts' cases."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


@pytest.mark.parametrize(
    ("language", "text", "court"),
    [
        pytest.param(
            "pt", "O Tribunal de Justiça de Goiás condenou a construtora a indenizar os compradores.\n"
            "A defesa, a cargo do advogado Rui Costa Prado, pediu a absolvição. O argumento foi rejeitado.\n"
            "“A empresa sabia dos defeitos da obra e escondeu-os dos compradores”, diz o acórdão.",
            "Tribunal de Justiça de Goiás", id="pt",
        ),
        pytest.param(
            "es", "El Tribunal Supremo confirmó la condena del exalcalde.\nEl abogado Luis Soto Pérez había "
            "pedido la absolución.\n«Los antecedentes muestran una participación reiterada en los hechos», "
            "señala la sentencia.", "Tribunal Supremo", id="es",
        ),
        pytest.param(
            "fr", "La cour d'appel de Rennes a condamné un ancien notaire à deux ans de prison.\n"
            "Son avocat, Me Paul Girard, avait plaidé la relaxe.\n« Le prévenu a trahi la confiance de ses "
            "clients pendant des années », peut-on lire dans l'arrêt.", "cour d'appel de Rennes", id="fr",
        ),
        pytest.param(
            "it", "Il tribunale di Brescia ha condannato l'ex direttore della banca a tre anni.\n"
            "L'avvocato Marco Rossi Valli aveva chiesto l'assoluzione.\n«L'imputato era pienamente "
            "consapevole dei rischi per i clienti», si legge nelle motivazioni.", "tribunale di Brescia",
            id="it",
        ),
        pytest.param(
            "uk", "Господарський суд Києва залишив у силі рішення про повернення землі громаді.\n"
            "Адвокат Петро Мельник просив скасувати рішення.\n«Договір оренди укладено з порушенням "
            "процедури торгів», — зазначено в постанові.", "Господарський суд Києва", id="uk",
        ),
    ],
)
def test_a_ruling_quoted_is_the_courts(language: str, text: str, court: str) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [court]


def test_the_court_named_after_the_rulings_noun_issued_it() -> None:
    text = (
        "Il tribunale di Brescia ha condannato l'ex direttore della banca a tre anni.\n"
        "L'avvocato Marco Rossi Valli ha annunciato ricorso.\n«L'imputato era pienamente consapevole dei "
        "rischi per i clienti», si legge nella sentenza della Corte d'appello di Milano."
    )
    assert [q.speaker for q in find_quotes(text, "it")] == ["Corte d'appello di Milano"]
