"""RELIABILITY case 12 end to end: a news page whose charset is declared only in `<meta>`, only in the
Content-Type header, or bogusly, reaches the user as correct text (no mojibake, no U+FFFD).

Case → test: 12 → test_a_page_in_any_declared_charset_is_digested_as_correct_text
(test_fetch.py checks the decoded page text for each declaration; this follows it through extraction
and the digest the user gets).
"""

from __future__ import annotations

import pytest

from tests.bot_plugin import BotRig

RUSSIAN = [
    "Городской совет Самары в четверг утвердил план ремонта Октябрьского моста через реку Самарку.",
    "Работы начнутся в мае и продлятся около восемнадцати месяцев, сообщили в мэрии.",
    "«Мост построен в шестидесятых годах, и его опоры больше не выдерживают нагрузку», — сказал "
    "главный инженер проекта Олег Васильев.",
    "На время ремонта автобусы пустят в объезд через Южный мост, а для пешеходов откроют временный "
    "понтонный переход.",
    "Стоимость работ оценивается в два миллиарда рублей; половину оплатит областной бюджет.",
]
POLISH = [
    "Rada miasta Gdańska zatwierdziła w środę budżet na przebudowę żółtej linii tramwajowej.",
    "Prace ruszą jesienią i potrwają około dwóch lat, poinformował urząd miasta.",
    '"Mieszkańcy czekali na tę decyzję od dziesięciu lat", powiedziała wiceprezydent Agnieszka Wróbel.',
    "Na czas budowy tramwaje zastąpią autobusy, które będą kursować co siedem minut.",
    "Koszt inwestycji oszacowano na czterysta milionów złotych, z czego część pokryją środki unijne.",
]
GERMAN = [
    "Der Stadtrat von Würzburg hat am Dienstag die Sanierung der Löwenbrücke über den Main beschlossen.",
    "Die Arbeiten beginnen im März und sollen rund zwei Jahre dauern, teilte die Stadtverwaltung mit.",
    "„Die Brücke ist über hundert Jahre alt, und ihre Pfeiler müssen dringend verstärkt werden“, "
    "sagte Baureferentin Jörg Müller-Straße.",
    "Während der Bauzeit fahren die Straßenbahnen über die Friedensbrücke, Fußgänger nutzen einen Steg.",
    "Die Kosten werden auf achtzig Millionen Euro geschätzt; der Freistaat übernimmt die Hälfte.",
]


def page(title: str, paragraphs: list[str], head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>"
        f"<article><h1>{title}</h1>{body}</article></body></html>"
    )


CASES = {
    "meta-only": (
        page("Октябрьский мост закроют на ремонт", RUSSIAN, '<meta charset="windows-1251">'),
        "cp1251",
        "text/html",
    ),
    "header-only": (
        page("Żółta linia tramwajowa zostanie przebudowana", POLISH),
        "iso8859-2",
        "text/html; charset=ISO-8859-2",
    ),
    "bogus": (
        page("Löwenbrücke wird saniert", GERMAN, '<meta charset="x-no-such-charset">'),
        "utf-8",
        "text/html; charset=no-such-charset",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
async def test_a_page_in_any_declared_charset_is_digested_as_correct_text(bot: BotRig, case: str) -> None:
    html, codec, content_type = CASES[case]
    bot.site.serve(f"/{case}.html", html.encode(codec), content_type=content_type)
    title = html.split("<title>")[1].split("</title>")[0]
    reply = await bot.say(96, bot.site.url(f"/{case}.html"), contains=title)
    assert reply.text.startswith(title) and reply.buttons
    assert "\ufffd" not in reply.text
    sentences = {"meta-only": RUSSIAN, "header-only": POLISH, "bogus": GERMAN}[case]
    assert any(sentence[:40] in reply.text for sentence in sentences), reply.text
