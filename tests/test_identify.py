"""Language identification (digest.lang.detect, by py3langid): any language, short texts, no network."""

from __future__ import annotations

import pytest

from digest.article.extract import extract_article
from digest.article.pasted import article_from_text
from digest.lang import detect, resources
from digest.lang import identify as identification
from tests.offline_support import run_offline

# Invented one-line teasers and titles, close neighbours side by side.
SHORT = [
    ("ru", "Жители посёлка третью неделю остаются без горячей воды."),
    ("uk", "Мешканці селища третій тиждень залишаються без гарячої води."),
    ("be", "Жыхары пасёлка трэці тыдзень застаюцца без гарачай вады."),
    ("bg", "Жителите на селото трета седмица остават без топла вода."),
    ("es", "Los vecinos del pueblo llevan tres semanas sin agua caliente."),
    ("pt", "Os moradores da vila estão há três semanas sem água quente."),
    ("ca", "Els veïns del poble fa tres setmanes que no tenen aigua calenta."),
    ("gl", "Os veciños da vila levan tres semanas sen auga quente na casa."),
    ("de", "Die Bewohner des Dorfes sind seit drei Wochen ohne warmes Wasser."),
    ("nl", "De bewoners van het dorp zitten al drie weken zonder warm water."),
    ("fr", "Les habitants du village sont privés d'eau chaude depuis trois semaines."),
    ("it", "Gli abitanti del paese sono senza acqua calda da tre settimane."),
    ("en", "Villagers have gone without hot water for three weeks."),
    ("pl", "Mieszkańcy wsi od trzech tygodni nie mają ciepłej wody."),
    ("tr", "Köy sakinleri üç haftadır sıcak su olmadan yaşıyor."),
    ("el", "Οι κάτοικοι του χωριού μένουν τρεις εβδομάδες χωρίς ζεστό νερό."),
    ("ar", "يعيش سكان القرية منذ ثلاثة أسابيع بلا ماء ساخن."),
    ("zh", "村民们已经三个星期没有热水了。"),
    ("ja", "村の住民は三週間もお湯が使えない状態が続いている。"),
    ("ru", "Глава Минфина обсудил с OpenAI и Nvidia поставки чипов в Казань."),
    ("uk", "Голова Мінфіну обговорив з OpenAI та Nvidia постачання чипів до Харкова."),
]


@pytest.mark.parametrize(("code", "text"), SHORT)
def test_short_texts_in_many_languages(code: str, text: str) -> None:
    assert detect(text) == code


@pytest.mark.parametrize("text", ["12345 67890", "", "Москва", "München", "COVID-19", "https://example.com/a/b"])
def test_too_little_text_names_no_language(text: str) -> None:
    assert detect(text) is None


def test_a_language_without_a_module_is_named_and_gets_the_neutral_resources() -> None:
    paste = (
        "Mieszkańcy wsi od trzech tygodni nie mają ciepłej wody\n\n"
        "Mieszkańcy wsi pod Lublinem od trzech tygodni nie mają ciepłej wody. Gmina obiecuje, że awaria "
        "kotłowni zostanie usunięta do końca miesiąca, ale ludzie tracą cierpliwość. Wójt przeprosił "
        "mieszkańców na zebraniu w remizie i zapowiedział, że nowy piec zostanie zamontowany w piątek. "
        "Do tego czasu szkoła udostępnia prysznice w sali gimnastycznej każdego popołudnia."
    )
    article = article_from_text(paste)
    assert article.language == "pl"
    assert resources(article.language) == resources(None)


def test_the_page_markup_outranks_the_guess() -> None:
    body = " ".join(["Os veciños da vila levan tres semanas sen auga quente e o concello non responde."] * 8)
    html = f"<html lang='gl'><head><title>Sen auga quente</title></head><body><article><h1>Sen auga</h1>" \
           f"<p>{body}</p><p>{body}</p></article></body></html>"
    url = "https://example.org/a"
    assert extract_article(html, url=url).language == "gl"
    assert extract_article(html.replace("lang='gl'", "lang='pt-PT'"), url=url).language == "pt"


def test_many_texts_at_once_get_the_answers_and_confidences_of_one_at_a_time() -> None:
    """Texts of every length walked together (padding must not count; more than one batch of them;
    an all-capital one, a short one, an empty one) get `identify`'s answers, and the scores behind
    them to the bit."""
    texts = [""]
    for n, (_, text) in enumerate(SHORT):
        texts += [text, text.upper(), text[: 8 + n], " ".join([text] * (1 + n % 7)), f"{n} {text} {n}"]
    texts = (texts * 30)[:700]
    assert identification.identify_many(texts) == [identification.identify(text) for text in texts]
    identifier = identification.model()
    encoded = [identifier._encode(text) for text in texts if text]
    for data, found in zip(encoded, identification._walk(identifier, encoded), strict=True):
        assert identification._classify(identifier, data, found) == identifier.classify(data)


NO_NETWORK = """
from digest.lang import detect
print(detect("Мешканці селища третій тиждень залишаються без гарячої води."))
"""


def test_the_model_loads_from_the_wheel_with_the_network_blocked() -> None:
    """A fresh process with every socket call refused loads the model and names the language."""
    done = run_offline(NO_NETWORK)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["uk"]
