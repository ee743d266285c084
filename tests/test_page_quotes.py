"""Quotes end to end from news pages, the way `digestbot quotes FILE.html --url URL` reads them:
what a page adds around the story (pull quotes, subheadings quoting it, live-blog entries, embedded
posts, "read also" lines) must neither add a quote nor lose one. Every page, person and word here is
invented; each class is tried in more than one markup style."""

from __future__ import annotations

import json

import pytest

from digest.article.extract import extract_article
from digest.pipeline import all_quotes

URL = "https://news.example/story/2026/12/05/harbour"


def _page(body: str, lang: str, *, title: str = "Harbour works", ld: dict | None = None) -> str:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Coast News</title>'
        f'<meta property="og:title" content="{title}">{script}</head><body>'
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/world/">World</a></li></ul></nav>'
        f"<main><h1>{title}</h1>{body}</main>"
        "<footer><p>© 2026 Coast News. All rights reserved.</p></footer></body></html>"
    )


def _quotes(html: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in all_quotes(extract_article(html, URL))]


def _words(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())


PULL_QUOTES = [
    (
        "en",
        '<aside class="pullquote"><p>“We will open the new quay before the summer, '
        'whatever the weather does”</p></aside>',
        "<p>“We will open the new quay before the summer, whatever the weather does,” said Harriet Ashdown, "
        "who chairs the harbour board.</p>",
        "We will open the new quay before the summer, whatever the weather does",
        "Harriet Ashdown",
    ),
    (
        "de",
        '<blockquote class="css-3f1 quote-box"><p>»Wir bauen die Mole fertig, auch wenn der Winter '
        "hart wird. Die Fischer warten schon zu lange«</p></blockquote>",
        "<p>»Wir bauen die Mole fertig, auch wenn der Winter hart wird. Die Fischer warten schon zu lange«, "
        "sagte Hafenmeister Jörn Kettelhake am Mittwoch.</p>",
        "Wir bauen die Mole fertig, auch wenn der Winter hart wird. Die Fischer warten schon zu lange",
        "Jörn Kettelhake",
    ),
    (
        "it",
        '<figure class="wp-block-pullquote"><blockquote><p>«Il nuovo molo sarà pronto prima dell’estate, '
        "lo abbiamo promesso ai pescatori»</p><cite>Ornella Vitali</cite></blockquote></figure>",
        "<p>«Il nuovo molo sarà pronto prima dell’estate, lo abbiamo promesso ai pescatori», ha detto la "
        "presidente dell’autorità portuale Ornella Vitali.</p>",
        "Il nuovo molo sarà pronto prima dell’estate, lo abbiamo promesso ai pescatori",
        "Ornella Vitali",
    ),
]
FILLER = {
    "en": "<p>The harbour board met on Wednesday to approve the last part of the budget for the works, "
          "which began two years ago and have been delayed twice by storms and by a shortage of steel.</p>",
    "de": "<p>Der Hafenausschuss hat am Mittwoch den letzten Teil des Budgets für die Arbeiten "
          "freigegeben, die vor zwei Jahren begonnen haben und zweimal durch Stürme und fehlenden Stahl "
          "verzögert wurden.</p>",
    "it": "<p>Il comitato portuale si è riunito mercoledì per approvare l’ultima parte del bilancio dei "
          "lavori, iniziati due anni fa e rallentati due volte dalle mareggiate e dalla mancanza di "
          "acciaio.</p>",
}


@pytest.mark.parametrize(("lang", "pull", "body", "quote", "speaker"), PULL_QUOTES)
@pytest.mark.parametrize("pull_first", [True, False])
def test_a_pull_quote_is_not_a_second_quote(lang: str, pull: str, body: str, quote: str, speaker: str,
                                            pull_first: bool) -> None:
    """The page shows a quote again, large, before or after the paragraph that credits it: one quote,
    credited to its speaker."""
    middle = pull + body if pull_first else body + pull
    found = _quotes(_page(FILLER[lang] + middle + FILLER[lang], lang))
    same = [(text, who) for text, who in found if _words(quote) in _words(text)]
    assert same == [(quote, speaker)]


@pytest.mark.parametrize(
    ("lang", "subhead", "body"),
    [
        ("fr", "<h2>« Une question de survie »</h2>",
         "<p>« Pour nous, c’est une question de survie. Sans le port, il n’y a plus de village », "
         "explique Gaëlle Morvan, patronne d’un chalutier.</p>"),
        ("de", '<h3 class="article__subheading">„Wir bleiben hier, egal was kommt“</h3>',
         "<p>„Wir bleiben hier, egal was kommt. Unsere Familien fischen seit hundert Jahren vor dieser "
         "Küste“, sagt Fischer Hauke Brodersen.</p>"),
        ("en", "<h2>‘Nobody asked the fishermen’</h2>",
         "<p>“Nobody asked the fishermen. We read about the new quay in the paper,” said Colin Marsh, "
         "who has fished from the harbour for thirty years.</p>"),
    ],
)
def test_a_subheading_quoting_a_few_words_of_a_quote_is_no_quote(lang: str, subhead: str, body: str) -> None:
    filler = FILLER.get(lang, FILLER["en"])
    found = _quotes(_page(filler + subhead + body + filler, lang))
    assert len(found) == 1 and found[0][1] is not None


# An entry's heading: with it, more text stands between two entries' bodies than ads between the parts
# of one split body, so only the live-blog join can read the entries as one article.
ENTRY_HEADING = "<h3>Update from the coast as it happened</h3>"


def _entry(tag: str, time: str, paragraphs: list[str], cls: str = "live-post") -> str:
    paras = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<{tag} class="{cls}"><header><time>{time}</time>{ENTRY_HEADING}</header>'
            f'<div class="live-post__body">{paras}</div></{tag}>')


LIVE_ENTRIES = [
    ("11:40", ["The coastguard says the ferry has reached the harbour and all passengers are safe.",
               "“Everyone is on dry land and nobody needed a hospital,” said coastguard officer "
               "Tamsin Reeve.",
               "The ferry left the island three hours late after waiting for the wind to drop, and the "
               "crossing took twice as long as usual.",
               # the latest entry sums the story up: longer than half the blog, it passes for the article
               "Here is what we know so far: the storm reached the coast on Monday evening, closed the port "
               "and the coast road overnight, and left two villages without power until the morning. Schools "
               "along the coast stay closed today, and the council asks people not to travel unless they "
               "must. The weather service expects the wind to drop by the evening, with rain until "
               "Wednesday."]),
    ("10:15", ["Winds along the coast reached 90 km/h overnight, the weather service says.",
               "“The worst of the storm has passed, but the sea stays rough until tomorrow,” said forecaster "
               "Idris Pennock.",
               "Trees fell across the coast road in two places overnight, and crews worked until dawn to "
               "clear them before the morning traffic."]),
    ("09:05", ["The harbour master closed the port to small boats at dawn.",
               "“No small boat leaves today, whatever the owners say,” harbour master Neil Caddick "
               "told reporters.",
               "Fishing boats that went out on Monday were told to stay in other ports along the coast until "
               "the harbour opens again."]),
]


@pytest.mark.parametrize("markup", ["time-stamped entries", "json-ld live blog"])
def test_every_entry_of_a_live_blog_is_read(markup: str) -> None:
    """A live blog is a run of entries, each an `<article>` of its own: the quotes of every entry are
    found, not only those of the first. Each entry is long enough to pass for an article on its own,
    so the extractor would read only the first one if the entries were not joined."""
    if markup == "json-ld live blog":
        entries = "".join(
            f'<article class="entry">{ENTRY_HEADING}<div>' + "".join(f"<p>{p}</p>" for p in paras)
            + "</div></article>"
            for _, paras in LIVE_ENTRIES
        )
        ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Storm live"}
    else:
        entries = "".join(_entry("article", time, paras) for time, paras in LIVE_ENTRIES)
        ld = None
    html = _page(f'<div class="live-feed">{entries}</div>', "en", title="Storm live", ld=ld)
    assert [who for _, who in _quotes(html)] == ["Tamsin Reeve", "Idris Pennock", "Neil Caddick"]


@pytest.mark.parametrize("card", ["card", "item"])
def test_story_cards_beside_an_article_are_not_read_into_it(card: str) -> None:
    """Sibling `<article>` cards, each with its time, beside the story (a list of other stories) stay
    out of the article."""
    story = "".join(f"<p>{p}</p>" for _, paras in LIVE_ENTRIES[:1] for p in paras) + FILLER["en"] * 2
    cards = "".join(
        f'<article class="{card}"><time>09:0{n}</time><h3>Other story {n}</h3><p>“A quote from another '
        f"story entirely, number {n},” said Someone Else in a teaser.</p></article>"
        for n in range(3)
    )
    html = _page(f'<div class="stories"><article class="story">{story}</article>{cards}</div>', "en")
    assert [who for _, who in _quotes(html)] == ["Tamsin Reeve"]


@pytest.mark.parametrize(
    "embed",
    [
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Stay off the coast road tonight, it is '
        'flooded near the old mill.</p>&mdash; Coast Police (@CoastPolice) <a href="https://x.example/1">'
        "December 5, 2026</a></blockquote>",
        '<blockquote class="bluesky-embed"><p>Stay off the coast road tonight, it is flooded near the old '
        "mill.</p>— Coast Police (@coastpolice.example) December 5, 2026</blockquote>",
    ],
)
def test_the_signature_of_an_embedded_post_is_no_quote(embed: str) -> None:
    body = (FILLER["en"] + "<p>Police asked drivers to avoid the coast road. “The water is still rising,” "
            "said Inspector Wendy Karlsson.</p>" + embed + FILLER["en"])
    assert _quotes(_page(body, "en")) == [("The water is still rising", "Wendy Karlsson")]


READ_ALSO = [
    ("es", "Lea también:", "“Nadie nos avisó de nada”: los vecinos del puerto, contra las obras"),
    ("pt", "LEIA TAMBÉM:", "\"Ninguém nos avisou de nada\": os moradores do porto contra as obras"),
    ("it", "Leggi anche:", "«Nessuno ci ha avvisato di niente»: i residenti del porto contro i lavori"),
    ("uk", "ЧИТАЙТЕ ТАКОЖ:", "\"Нас ніхто ні про що не попередив\": мешканці порту проти робіт"),
    ("ru", "Читайте тоже:", "«Нас никто ни о чем не предупредил»: жители порта против работ"),
    ("de", "Lies auch:", "„Niemand hat uns irgendetwas gesagt“: Anwohner des Hafens gegen die Bauarbeiten"),
]
STORY = {
    "es": "El puerto cerrará el muelle norte durante seis meses a partir de enero para reforzar el dique, "
          "según ha confirmado la autoridad portuaria, que calcula un coste de doce millones de euros.",
    "pt": "O porto vai fechar o cais norte durante seis meses a partir de janeiro para reforçar o molhe, "
          "confirmou a administração portuária, que estima um custo de doze milhões de euros.",
    "it": "Il porto chiuderà il molo nord per sei mesi a partire da gennaio per rinforzare la diga, "
          "ha confermato l’autorità portuale, che stima un costo di dodici milioni di euro.",
    "uk": "Порт закриє північний причал на пів року з січня, щоб укріпити хвилеріз, повідомили в "
          "адміністрації порту, де оцінюють вартість робіт у дванадцять мільйонів євро.",
    "ru": "Порт закроет северный причал на полгода с января, чтобы укрепить волнорез, сообщили в "
          "администрации порта, где оценивают стоимость работ в двенадцать миллионов евро.",
    "de": "Der Hafen schließt den Nordkai ab Januar für sechs Monate, um die Mole zu verstärken, wie die "
          "Hafenverwaltung bestätigte, die mit Kosten von zwölf Millionen Euro rechnet.",
}


@pytest.mark.parametrize(("lang", "label", "headline"), READ_ALSO)
def test_a_read_also_line_quoting_another_story_is_no_quote(lang: str, label: str, headline: str) -> None:
    body = (f"<p>{STORY[lang]}</p><p><strong>{label}</strong> <a href=\"/a/1\">{headline}</a></p>"
            f"<p>{STORY[lang]}</p>")
    article = extract_article(_page(body, lang), URL)
    assert label not in article.text and all_quotes(article) == []


BROKEN_LINES = [
    ("en", "<p>“We will open the new quay before the summer,<br>whatever the weather does,” said Harriet "
           "Ashdown, who chairs the board.</p>",
     "We will open the new quay before the summer, whatever the weather does", "Harriet Ashdown"),
    ("en", '<div class="text">{prose}<br><br>“We will open the new quay before the summer, whatever the '
           "weather does,”<br>said Harriet Ashdown, who chairs the board.<br><br>{prose}</div>",
     "We will open the new quay before the summer, whatever the weather does", "Harriet Ashdown"),
    ("fr", "<p>« Nous ouvrirons le nouveau quai avant l’été, quoi qu’il arrive »,<br>explique Gaëlle Morvan, "
           "présidente du conseil portuaire.</p>",
     "Nous ouvrirons le nouveau quai avant l’été, quoi qu’il arrive", "Gaëlle Morvan"),
    ("de", "<p>„Wir bauen die Mole fertig, auch wenn der Winter hart wird“,<br>sagte Hafenmeister Jörn "
           "Kettelhake am Mittwoch.</p>",
     "Wir bauen die Mole fertig, auch wenn der Winter hart wird", "Jörn Kettelhake"),
]
PROSE = {
    "fr": "<p>Le conseil portuaire s’est réuni mercredi pour voter la dernière tranche du budget des "
          "travaux, commencés il y a deux ans et retardés deux fois par les tempêtes et le manque "
          "d’acier.</p>",
}


@pytest.mark.parametrize(("lang", "body", "quote", "speaker"), BROKEN_LINES)
def test_a_line_break_inside_a_sentence_neither_splits_a_quote_nor_loses_its_speaker(
    lang: str, body: str, quote: str, speaker: str
) -> None:
    """A `<br>` in the middle of a sentence (a CMS's hard line break): the quotation stays one, and
    the words crediting it on the next line still credit it."""
    filler = PROSE.get(lang) or FILLER[lang]
    if "{prose}" in body:  # an old CMS: one block, paragraphs parted by two line breaks
        page = body.format(prose=filler.removeprefix("<p>").removesuffix("</p>"))
    else:
        page = filler + body + filler
    assert _quotes(_page(page, lang)) == [(quote, speaker)]


@pytest.mark.parametrize(
    "comments",
    [
        '<div class="comentarios"><h3>Comentarios</h3><div class="comentario"><p>“Este muelle no se '
        "terminará nunca, ya lo verán ustedes”, escribió Gus.</p></div><div class=\"comentario\"><p>“Otra "
        "vez lo mismo de siempre con las obras”, escribió Ana.</p></div></div>",
        '<section id="kommentare"><h3>Kommentare</h3><article class="kommentar"><p>„Diese Mole wird nie '
        "im Leben fertig, das sage ich euch“, schrieb Gus.</p></article></section>",
        '<ol class="lista-commenti"><li><p>«Questo molo non sarà mai finito, ve lo dico io», scrive '
        "Gus.</p></li></ol>",
        '<div class="bloco-comentarios"><p>"Essa obra nunca vai acabar, podem escrever o que digo", '
        "escreveu Gus.</p></div>",
        '<section class="комментарии-blok"><p>«Этот причал не достроят никогда, вот увидите», — написал '
        "Гусь.</p></section>",
    ],
)
def test_readers_comments_named_in_the_page_s_language_are_not_read(comments: str) -> None:
    body = FILLER["en"] + PULL_QUOTES[0][2] + FILLER["en"] + comments
    assert _quotes(_page(body, "en")) == [(PULL_QUOTES[0][3], PULL_QUOTES[0][4])]


FALLBACK_PAGES = [
    (
        "de",
        "<p>Die Stadtwerke von Lindenau haben am Dienstag einen Plan für neue Wasserleitungen vorgestellt, "
        "die bis zum Herbst in drei Vierteln der Altstadt verlegt werden sollen.</p><p>Die Kosten liegen "
        "nach ersten Schätzungen bei rund vier Millionen Euro, von denen das Land einen Teil übernimmt, "
        "wie die Verwaltung mitteilte.</p><p>„Wir beginnen dort, wo das Wasser seit Jahren braun aus dem "
        "Hahn kommt“, sagte Werkleiterin Marta Imhof.</p><p>Anwohner hatten sich seit langem über "
        "niedrigen Druck und häufige Rohrbrüche beschwert, vor allem in den alten Gassen am Fluss.</p>",
        '<section class="kommentare"><h3>Kommentare</h3><p>„Das hätte die Stadt schon vor zehn Jahren '
        "machen müssen“, schreibt Gus.</p></section>",
    ),
    (
        "es",
        "<p>La empresa municipal de aguas de Villalba presentó el martes un plan para renovar las tuberías "
        "de tres cuartas partes del casco antiguo antes del otoño.</p><p>Las obras costarán unos cuatro "
        "millones de euros, de los que la región pagará una parte, según informó el ayuntamiento en una "
        "nota.</p><p>“Empezaremos por las calles donde el agua sale turbia desde hace años”, dijo la "
        "directora de la empresa, Marta Ibáñez.</p><p>Los vecinos llevaban mucho tiempo quejándose de la "
        "poca presión y de las averías frecuentes, sobre todo en las calles junto al río.</p>",
        '<div class="comentarios"><h3>Comentarios</h3><p>“Esto lo tendrían que haber hecho hace diez '
        "años”, escribió Gus.</p></div>",
    ),
]


@pytest.mark.parametrize(("lang", "story", "comments"), FALLBACK_PAGES)
def test_readers_comments_stay_dropped_when_the_balanced_fallback_reads_the_page(
    lang: str, story: str, comments: str
) -> None:
    """A story in a box with an inline border (the precision pass drops it) and a class that reads as
    a footer (so its readability rescue does too) leaves the precision pass with the standfirst alone;
    the balanced fallback then reads the page with its passes done, the readers' comments named in
    the page's language dropped, not the raw page with them."""
    box = f'<div class="story-footer" style="border-top:1px solid #ddd">{story * 2}{comments}</div>'
    page = _page(f"<article><p>Neue Leitungen, nuevas tuberías.</p>{box}</article>", lang)
    article = extract_article(page, URL)
    assert "Marta" in article.text
    assert "Gus" not in article.text
    assert {q.speaker for q in all_quotes(article)} == {"Marta Imhof" if lang == "de" else "Marta Ibáñez"}


def test_an_opinion_piece_called_a_comment_is_still_read() -> None:
    """'Kommentar' is also what German papers call an opinion piece: a block holding most of the page
    is the article, whatever its class says."""
    story = FILLER["de"] * 3 + PULL_QUOTES[1][2]
    html = _page(f'<div class="kommentare-artikel">{story}</div>', "de")
    assert _quotes(html) == [(PULL_QUOTES[1][3], PULL_QUOTES[1][4])]


@pytest.mark.parametrize(
    ("lang", "subhead"),
    [
        ("de", "<h2>„Ein schwarzer Tag für den Hafen“</h2>"),
        ("fr", '<h3 class="article__subheading">« Le port ne s’en remettra pas »</h3>'),
        ("en", "<h2>‘A dark day for the harbour’</h2>"),
    ],
)
def test_a_subheading_in_quote_marks_the_body_does_not_repeat_is_no_quote(lang: str, subhead: str) -> None:
    """A few quoted words over a section, ended by no punctuation, are the paper's heading, not speech."""
    filler = PROSE.get(lang) or FILLER[lang]
    assert _quotes(_page(filler + subhead + filler, lang)) == []


def test_a_paragraph_holding_only_the_rest_of_a_speaker_s_quote_is_still_hers() -> None:
    body = (FILLER["en"] + PULL_QUOTES[0][2] + "<p>“And we will open it on time.”</p>" + FILLER["en"])
    assert _quotes(_page(body, "en"))[-1] == ("And we will open it on time.", "Harriet Ashdown")


BLOCKQUOTES = [
    ("en", "<p>In a statement on Thursday, the harbour board’s chair, Harriet Ashdown, said:</p>",
     ["We will open the new quay before the summer, whatever the weather does.",
      "The fishermen have waited long enough, and so have the ferry crews."],
     "Harriet Ashdown"),
    ("de", "<p>Hafenmeister Jörn Kettelhake schrieb den Fischern am Mittwoch:</p>",
     ["Wir bauen die Mole fertig, auch wenn der Winter hart wird.",
      "Die Fischer warten schon zu lange, und wir lassen sie nicht länger warten."],
     "Jörn Kettelhake"),
    ("fr", "<p>Dans un communiqué, la présidente du conseil portuaire, Gaëlle Morvan, a déclaré :</p>",
     ["Nous ouvrirons le nouveau quai avant l’été, quoi qu’il arrive.",
      "Les pêcheurs ont assez attendu, et les équipages des ferries aussi."],
     "Gaëlle Morvan"),
]


@pytest.mark.parametrize(("lang", "intro", "paragraphs", "speaker"), BLOCKQUOTES)
@pytest.mark.parametrize("wrapped", [True, False])
def test_a_blockquote_a_sentence_introduces_is_speech(lang: str, intro: str, paragraphs: list[str],
                                                      speaker: str, wrapped: bool) -> None:
    """A quotation set as a `<blockquote>` with no quote marks on the page, introduced by a colon,
    is the speaker's quote: a quotation over its paragraphs, each credited to who introduced it."""
    filler = PROSE.get(lang) or FILLER[lang]
    inner = "".join(f"<p>{p}</p>" for p in paragraphs) if wrapped else "<br><br>".join(paragraphs)
    ad = '<script>window.ads.push({slot: "mid"});</script><div class="ad-slot"></div>' if wrapped else ""
    found = _quotes(_page(filler + intro + ad + f"<blockquote>{inner}</blockquote>" + filler, lang))
    assert [(_words(text), who) for text, who in found] == [(_words(p), speaker) for p in paragraphs]


POST = "The new quay opens before the summer, whatever the weather does. Thanks to all the crews!"


@pytest.mark.parametrize(
    "block",
    [
        # the page's own sentence shown again, large: no quotation, nothing introduces it
        "<blockquote><p>The works began two years ago and have been delayed twice by storms.</p>"
        "</blockquote>",
        # a post embedded after a sentence introducing it: the post is shown, not speech reported
        '<p>The mayor, Colin Marsh, wrote on X:</p><blockquote class="twitter-tweet"><p lang="en">'
        f"{POST}</p>&mdash; Colin Marsh "
        '(@cmarsh) <a href="https://x.example/cmarsh/status/1">December 5, 2026</a></blockquote>',
        "<p>The mayor, Colin Marsh, posted on Instagram:</p>"
        '<figure class="wp-block-embed is-provider-instagram"><div class="wp-block-embed__wrapper">'
        f'<blockquote data-instgrm-permalink="https://ig.example/p/1"><p>{POST}</p></blockquote></div></figure>',
        '<p>The mayor, Colin Marsh, wrote on Telegram:</p><blockquote class="telegram-post">'
        f"{POST}</blockquote>",
    ],
)
def test_a_blockquote_that_is_no_reported_speech_is_no_quote(block: str) -> None:
    """A sentence shown again as a pull quote, and an embedded social post, stay in the text (as the
    extraction benchmark's gold keeps them) without becoming a quote."""
    article = extract_article(_page(FILLER["en"] + block + FILLER["en"], "en"), URL)
    assert all_quotes(article) == []
    assert "delayed twice by storms" in article.text


OLD_TABLE_PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Le port</title>'
    '</head><body><table width="100%"><tr><td class="menu"><a href="/">Accueil</a> | <a href="/r">'
    'R&eacute;gion</a></td></tr><tr><td><table><tr><td><font face="Arial" size="2">'
    "Le conseil portuaire s&#8217;est r&eacute;uni mercredi pour voter le budget des travaux, "
    "commenc&eacute;s il y a deux ans et retard&eacute;s deux fois par les temp&ecirc;tes."
    "<br><br>&laquo;&#8239;Nous ouvrirons le nouveau quai avant l&#8217;&eacute;t&eacute;, quoi "
    "qu&#8217;il arrive.<br><br>&laquo;&#8239;Les p&ecirc;cheurs ont assez attendu&#8239;&raquo;, explique "
    "Ga&euml;lle Morvan, pr&eacute;sidente du conseil portuaire.<br><br>Le chantier doit reprendre en "
    "janvier, selon la pr&eacute;fecture, qui a promis de nouveaux cr&eacute;dits pour la digue."
    "</font></td></tr></table></td></tr></table></body></html>"
)


def test_an_old_page_laid_out_in_a_table_is_read_as_paragraphs() -> None:
    """An article in a table cell, its paragraphs parted by `<br>`, in `<font>` and character
    references: read as paragraphs (no table row, no menu), a quotation over two of them kept whole."""
    article = extract_article(OLD_TABLE_PAGE, "https://port.example/article.php?id=12")
    assert "|" not in article.text and len(article.text.split("\n")) == 4
    assert [(q.text, q.speaker) for q in all_quotes(article)] == [
        ("Nous ouvrirons le nouveau quai avant l’été, quoi qu’il arrive.", "Gaëlle Morvan"),
        ("Les pêcheurs ont assez attendu", "Gaëlle Morvan"),
    ]


@pytest.mark.parametrize("credit", [
    "<footer>— Harriet Ashdown, chair of the harbour board</footer>",
    "<footer><cite>Harriet Ashdown</cite>, chair of the harbour board</footer>",
    "<p><cite>– Harriet Ashdown</cite></p>",
])
def test_a_blockquote_ending_in_its_own_credit_is_the_credited_speaker_s(credit: str) -> None:
    """A blockquote without marks whose footer names who said it: a quote of that person, the credit no
    quote of its own; shown again as a pull quote with the same credit, still one quote."""
    words = "We will open the new quay before the summer, whatever the weather does."
    block = f"<blockquote><p>{words}</p>{credit}</blockquote>"
    assert _quotes(_page(FILLER["en"] + block + FILLER["en"], "en")) == [(words, "Harriet Ashdown")]
    body = f"<p>“{words}” said Harriet Ashdown, who chairs the harbour board.</p>"
    found = _quotes(_page(FILLER["en"] + body + block + FILLER["en"], "en"))
    assert found == [(words, "Harriet Ashdown")]



PAPER_POST = ('<blockquote class="twitter-tweet"><p lang="en">“We will open the new quay before the summer, '
              "whatever the weather does,” says harbour chair Harriet Ashdown. Full story: "
              '<a href="https://t.example/x">t.example/x</a></p>&mdash; Coast News (@coastnews) '
              '<a href="https://x.example/coastnews/status/1">December 5, 2026</a></blockquote>')


@pytest.mark.parametrize("quoted_in_body", [True, False])
def test_what_an_embedded_post_quotes_is_no_quote_of_the_article(quoted_in_body: bool) -> None:
    """A paper's post quoting a speaker, embedded in the story: the words are the post's, stay in the
    text, and are no quote, neither beside the paragraph quoting them nor alone."""
    body = PULL_QUOTES[0][2] if quoted_in_body else ""
    article = extract_article(_page(FILLER["en"] + body + PAPER_POST + FILLER["en"], "en"), URL)
    expected = [(PULL_QUOTES[0][3], PULL_QUOTES[0][4])] if quoted_in_body else []
    assert [(q.text, q.speaker) for q in all_quotes(article)] == expected
    assert "says harbour chair Harriet Ashdown" in article.text


INLINE_QUOTES = [
    ("es", "<p>En el muelle, los pescadores esperan. <q>Llevamos dos inviernos sin poder descargar aquí, "
     "¿hasta cuándo?</q>, se preguntaba Ramón Quiroga a la salida de la lonja.</p>",
     "Llevamos dos inviernos sin poder descargar aquí, ¿hasta cuándo?", "Ramón Quiroga"),
    ("de", "<p><q>Wir bauen die Mole fertig, auch wenn der Winter hart wird</q>, sagte Hafenmeister "
     "Jörn Kettelhake am Mittwoch vor dem Ausschuss.</p>",
     "Wir bauen die Mole fertig, auch wenn der Winter hart wird", "Jörn Kettelhake"),
    ("it", "<p>Ornella Vitali ha risposto così: <q>Il nuovo molo sarà pronto prima dell’estate, lo "
     "<q>giuro</q> ai pescatori</q>.</p>",
     "Il nuovo molo sarà pronto prima dell’estate, lo “giuro” ai pescatori", "Ornella Vitali"),
]


@pytest.mark.parametrize(("lang", "paragraph", "quote", "speaker"), INLINE_QUOTES)
def test_an_inline_q_element_is_a_quote_in_its_sentence(lang: str, paragraph: str, quote: str,
                                                        speaker: str) -> None:
    """A `<q>` has its marks drawn by the browser: it gets the language's (the second pair inside
    another), and its words stay in their sentence, credited by the words after it."""
    filler = PROSE.get(lang) or FILLER.get(lang) or FILLER["en"]
    assert _quotes(_page(filler + paragraph + filler, lang)) == [(quote, speaker)]


INTERVIEWS = [
    ("it", "<p>Elena Morandi, guida alpina di Schio, ha coordinato sabato i soccorsi sul monte. La "
     "incontriamo nella sede del Soccorso alpino.</p>",
     ["Morandi, com’è andata quella notte?", "Avete avuto paura?"],
     ["Siamo partiti alle nove di sera con il vento forte. Li abbiamo raggiunti dopo tre ore di salita.",
      "Paura no, rispetto sì. Chi fa questo lavoro sa che la montagna decide lei."],
     "Elena Morandi"),
    ("es", "<p>Lorena Vidal dirige desde hace seis años el puerto pesquero de Burela. Hablamos con ella "
     "en su despacho.</p>",
     ["Vidal, ¿cuándo estará terminado el muelle?", "¿Y los pescadores?"],
     ["Si el tiempo acompaña, en primavera. Las obras llevan tres meses de retraso por los temporales.",
      "Están cansados, con razón. Han perdido dos campañas enteras y eso no se recupera."],
     "Lorena Vidal"),
]


@pytest.mark.parametrize(("lang", "intro", "questions", "answers", "speaker"), INTERVIEWS)
def test_an_interview_whose_questions_address_the_guest_by_surname_is_hers(
    lang: str, intro: str, questions: list[str], answers: list[str], speaker: str
) -> None:
    """Questions in bold (lost in the text) alternating with plain answers, the first addressing the
    guest by the surname of the full name in the introduction: the answers are the guest's speech,
    though they speak in the first person only through their verbs."""
    turns = "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in zip(questions, answers, strict=True))
    found = _quotes(_page(intro + turns, lang))
    assert [(_words(t), who) for t, who in found] == [(_words(a), speaker) for a in answers]


@pytest.mark.parametrize(
    ("lang", "intro", "paragraphs", "speaker"),
    [
        ("it", "<p>Il sindaco di Ottone, Federica Bernardi, ha fatto il punto dopo il sopralluogo:</p>",
         ["«La situazione è sotto controllo ma sarà lunga, servono almeno due settimane.",
          "«Nel frattempo portiamo spesa e farmaci a domicilio. Nessuno resterà solo»."],
         "Federica Bernardi"),
        ("en", "<p>The harbour board’s chair, Harriet Ashdown, spoke after visiting the quay:</p>",
         ["“The situation is under control but it will be a long job for everyone here.",
          "“Nobody will be left alone, and we will open the road again within two weeks.”"],
         "Harriet Ashdown"),
    ],
)
def test_a_quotation_of_several_paragraphs_after_a_colon_is_the_introduced_speaker_s(
    lang: str, intro: str, paragraphs: list[str], speaker: str
) -> None:
    """Each paragraph opened with a mark, only the last closed, after a sentence ending in a colon
    whose verb is no speech verb: the whole quotation is the subject's."""
    filler = FILLER.get(lang) or FILLER["en"]
    body = filler + intro + "".join(f"<p>{p}</p>" for p in paragraphs) + filler
    assert [who for _, who in _quotes(_page(body, lang))] == [speaker, speaker]


@pytest.mark.parametrize(
    ("lang", "title", "questions", "answers", "speaker"),
    [
        ("de", "Bürgermeisterin Ines Hartwig im Interview: „Wir können nicht jede Brücke retten“",
         ["Frau Hartwig, wie oft werden Sie auf die gesperrten Brücken angesprochen?",
          "Warum dauert die Sanierung so lange?"],
         ["Jeden Tag. Beim Bäcker, auf dem Friedhof, in den Ratssitzungen sowieso.",
          "Weil uns für drei Brücken gleichzeitig das Geld fehlt. Das sagen wir offen."],
         "Ines Hartwig"),
        ("it", "Elena Morandi: «La montagna non è un parco giochi»",
         ["Morandi, com’è andata quella notte?", "Avete avuto paura?"],
         ["Siamo partiti alle nove di sera con il vento forte. Li abbiamo raggiunti dopo tre ore di salita.",
          "Paura no, rispetto sì. Chi fa questo lavoro sa che la montagna decide lei."],
         "Elena Morandi"),
    ],
)
def test_an_interview_whose_page_header_alone_names_the_guest_is_hers(
    lang: str, title: str, questions: list[str], answers: list[str], speaker: str
) -> None:
    """The standfirst sits in the article's <header> (no part of its text), so the text opens with the
    first question, which addresses the guest by surname: the headline names the guest in full."""
    header = f'<header><p class="teaser">{title.split(":")[0]} über Brücken, Berge und Geduld.</p></header>'
    turns = "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in zip(questions, answers, strict=True))
    found = _quotes(_page(f"<article>{header}{turns}</article>", lang, title=title))
    assert [(_words(t), who) for t, who in found] == [(_words(a), speaker) for a in answers]


@pytest.mark.parametrize(
    ("lang", "title", "body", "speaker"),
    [
        ("it", "Bassano, il sindaco Carlo Fabris: «Riapriremo il ponte prima dell’estate»",
         "<p>«Riapriremo il ponte prima dell’estate, è una promessa che faccio a tutti», ha detto Fabris ai "
         "cronisti davanti al municipio.</p>", "Carlo Fabris"),
        ("de", "Landrat Klaus Oppelt: „Wir öffnen die Brücke vor dem Sommer“",
         "<p>„Wir öffnen die Brücke vor dem Sommer, das verspreche ich allen Pendlern“, sagte Oppelt am "
         "Dienstag im Kreistag.</p>", "Klaus Oppelt"),
        ("es", "La alcaldesa Pilar Lahoz: «El puente abrirá antes del verano»",
         "<p>«El puente abrirá antes del verano, se lo prometo a todos los vecinos», aseguró Lahoz en el "
         "pleno del martes.</p>", "Pilar Lahoz"),
    ],
)
def test_a_speaker_named_in_full_only_in_the_headline_is_credited_in_full(
    lang: str, title: str, body: str, speaker: str
) -> None:
    """The headline (no part of the text) names the person in full, the body by surname only."""
    filler = PROSE.get(lang) or FILLER.get(lang) or (
        "<p>El pleno municipal aprobó el martes el calendario de las obras del puente, que llevan dos años "
        "de retraso por la falta de acero y los temporales.</p>"
    )
    found = _quotes(_page(filler + body, lang, title=title))
    assert [who for _, who in found] == [speaker]


def test_an_interview_ends_with_its_last_answer_and_its_guest_is_the_one_introduced() -> None:
    """An introduction quoting someone else first, then the guest brought in; questions in bold (one a
    remark), answers saying 'we' only through their verbs; a paragraph of narration and the author's
    line close the page: the answers are the guest's, the closing paragraph no turn."""
    body = (
        "<p>Sul lungomare c’è chi applaude e chi protesta. «Senza le paratoie avremmo avuto l’acqua in "
        "negozio dieci volte», dice Marisa Fontan, che vende ceramiche in piazza.</p>"
        "<p>Abbiamo chiesto di spiegarci cosa succede sott’acqua a Piero Dalla Valle, ingegnere, che "
        "coordina la manutenzione delle paratoie.</p>"
        "<p><strong>Ingegnere, diciannove sollevamenti in un mese. Il sistema ha retto?</strong></p>"
        "<p>Ha retto senza un solo guasto serio, perché le paratoie sono state progettate per alzarsi "
        "anche più volte al giorno.</p>"
        "<p><strong>E allora qual è il problema?</strong></p>"
        "<p>Il problema è la laguna. Ogni chiusura ferma il ricambio d’acqua, e se diventano quaranta "
        "all’anno l’ossigeno cala.</p>"
        "<p><strong>Lei dice che le cerniere non sono eterne.</strong></p>"
        "<p>Nessun pezzo meccanico lo è. Abbiamo un piano per sostituirle a rotazione, ma servono fondi "
        "certi ogni anno.</p>"
        "<p><strong>Quanto costa un sollevamento?</strong></p>"
        "<p>Tra personale ed energia siamo intorno ai duecentomila euro, ma un’acqua alta in città costa "
        "molto di più.</p>"
        "<p>Il Comune, in una nota, ha ribadito che le soglie di sollevamento «sono e resteranno decise "
        "con criteri tecnici e non politici».</p>"
        "<p>Lucia Zorzetto</p><p>Giornalista della redazione di Venezia, si occupa di laguna e ambiente.</p>"
    )
    found = _quotes(_page(body, "it", title="Paratoie, parla l’ingegnere: «Le cerniere non sono eterne»"))
    guest = [who for text, who in found if not text.startswith(("Senza", "sono e resteranno"))]
    assert guest == ["Piero Dalla Valle"] * 4


def test_a_dash_interview_s_guest_is_the_one_its_headline_names() -> None:
    """The introduction quotes another person in full first; the headline names the guest."""
    body = (
        "<p>El precio medio del pintxo ha subido un tercio en dos años. «Ya no se puede tomar nada por "
        "menos de cinco euros», lamenta la portavoz de los consumidores, Itziar Goikoetxea.</p>"
        "<p>Mikel Arrieta preside desde 2021 la asociación de hosteleros de la ciudad.</p>"
        "<p>–¿Se ha ido de las manos el precio del pintxo?</p>"
        "<p>–No. Un pintxo a cuatro euros no es un abuso, es lo que cuesta hacerlo bien hoy en día.</p>"
        "<p>–¿Les falta personal?</p>"
        "<p>–Muchísimo. Si no mejoramos horarios y salarios, no vendrá nadie joven a este oficio.</p>"
    )
    found = _quotes(_page(body, "es", title="Mikel Arrieta: «Un pintxo a cuatro euros no es un abuso»"))
    assert [who for _, who in found] == ["Itziar Goikoetxea", "Mikel Arrieta", "Mikel Arrieta"]


def test_a_declared_live_blog_s_entries_set_as_blocks_are_all_read() -> None:
    """A page calling itself a live blog in JSON-LD whose entries are blocks of one class (`<div
    class="post">` with its time), not `<article>`s: every entry's quotes are found."""
    entries = "".join(_entry("div", time, paras, cls="post") for time, paras in LIVE_ENTRIES)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Storm live"}
    html = _page(f'<div class="posts-list">{entries}</div>', "en", title="Storm live", ld=ld)
    assert [who for _, who in _quotes(html)] == ["Tamsin Reeve", "Idris Pennock", "Neil Caddick"]
