"""Attribution in ru, uk, de, fr, es, it, pt by each language's grammar, on invented sentences: speech
verbs in any tense and person, the speaker after its verb, pronouns and role nouns that point back to
the right person, organisations that speak, quotes that run over a line break."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


VERB_FORMS = [
    pytest.param(
        "fr", "« Le marché a changé en dix ans, et nous avec lui », sourit Hélène Moreau.", "Hélène Moreau",
        id="fr: a verb of the narrator after the quote (sourire)",
    ),
    pytest.param(
        "fr", "« Personne ne viendra nous sauver cet hiver », expliquait Jules Marchand.", "Jules Marchand",
        id="fr: an imperfect (expliquer)",
    ),
    pytest.param(
        "es", "“Ustedes prometieron las obras para este verano y no hay ni un solo plano”, reprochó "
        "Ignacio Prieto.", "Ignacio Prieto", id="es: reprochar in the preterite",
    ),
    pytest.param(
        "it", "«La manutenzione delle scuole non può più aspettare», sostiene Marco Ferri.",
        "Marco Ferri", id="it: sostenere, an irregular verb",
    ),
    pytest.param(
        "pt", "\"O projeto prevê exceções para uso médico e pedagógico\", rebateu Ana Costa.",
        "Ana Costa", id="pt: rebater in the past",
    ),
    pytest.param(
        "de", "„Die Zahlen sind besser als im vergangenen Jahr“, bilanzierten die Veranstalter. "
        "„Wir freuen uns schon auf den nächsten Sommer“, lachte Petra Sommer.", "Petra Sommer",
        id="de: a weak verb in the past (lachen)",
    ),
    pytest.param(
        "ru", "«Раньше здесь был рынок, теперь одни парковки», — вспоминает Ирина Котова.",
        "Ирина Котова", id="ru: a verb form the list never had (вспоминать)",
    ),
    pytest.param(
        "uk", "«Ми тоді ще не знали, що завод закриють», — пригадує Олег Руденко.",
        "Олег Руденко", id="uk: a verb form the list never had (пригадувати)",
    ),
]


@pytest.mark.parametrize(("language", "text", "speaker"), VERB_FORMS)
def test_speech_verbs_in_any_form(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language)[-1] == speaker


def test_a_name_never_runs_over_a_line_break_and_a_dative_is_no_subject() -> None:
    text = (
        "Verkehrsminister Jonas Weber forderte Hilfe. „Wer seit Monaten im Stau steht, braucht mehr als "
        "Worte“, sagte der SPD-Politiker dem WDR.\nDie Autobahn GmbH verwies auf ihr Programm."
    )
    assert _speakers(text, "de") == ["Jonas Weber"]
