"""Sentence splitting: abbreviations, quotes, captions, line breaks and non-English text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.summary.segment import sentence_spans, split_sentences

CASES = [
    ("titles", "Mr. Brown met Dr. Adams in St. Louis. They talked.",
     ["Mr. Brown met Dr. Adams in St. Louis.", "They talked."]),
    ("title after a hyphen", "Rep. Ann Kerr (D-St. Paul) voted no. Her party was split.",
     ["Rep. Ann Kerr (D-St. Paul) voted no.", "Her party was split."]),
    ("hyphenated word before a full stop", "The plan was a trade-off. Nobody liked it.",
     ["The plan was a trade-off.", "Nobody liked it."]),
    ("dotted abbreviation mid-sentence", "The U.S. Senate voted on Tuesday. It passed.",
     ["The U.S. Senate voted on Tuesday.", "It passed."]),
    ("dotted abbreviation at the end", "Sales fell in the U.S. The company blamed the weather.",
     ["Sales fell in the U.S.", "The company blamed the weather."]),
    ("month and number", "It opened on Jan. 12 at No. 10 Downing Street. Crowds came.",
     ["It opened on Jan. 12 at No. 10 Downing Street.", "Crowds came."]),
    ("initials", "The book by J. R. R. Tolkien sold well. Fans queued.",
     ["The book by J. R. R. Tolkien sold well.", "Fans queued."]),
    ("decimals and times", "Shares rose 2.5 per cent by 9 a.m. on Monday. Then they fell.",
     ["Shares rose 2.5 per cent by 9 a.m. on Monday.", "Then they fell."]),
    ("ellipsis", "He paused... Then he spoke again.", ["He paused...", "Then he spoke again."]),
    ("straight quote after stop", 'She said: "We won." The crowd cheered.',
     ['She said: "We won."', "The crowd cheered."]),
    ("curly quote after stop", "He added: “It is over.” Nobody replied.",
     ["He added: “It is over.”", "Nobody replied."]),
    ("quote question stays in sentence", "“Why now?” she asked. He shrugged.",
     ["“Why now?” she asked.", "He shrugged."]),
    ("paragraph breaks", "First paragraph ends here\n\nSecond paragraph starts.\nThird line.",
     ["First paragraph ends here", "Second paragraph starts.", "Third line."]),
    ("hard-wrapped line", "The council met on\nthursday night. It agreed.",
     ["The council met on\nthursday night.", "It agreed."]),
    ("caption before a sentence",
     "The mayor opened the new bridge on Friday The bridge cost £4million to build.",
     ["The mayor opened the new bridge on Friday", "The bridge cost £4million to build."]),
    ("caption before a quote",
     "The striker celebrates his goal at the stadium ‘It was the best night of my life,’"
     " he said.", ["The striker celebrates his goal at the stadium",
                   "‘It was the best night of my life,’ he said."]),
    ("a day before a colon is no caption label",
     "Ann Vole said Tuesday: “The plant stays open.” Then she left.",
     ["Ann Vole said Tuesday: “The plant stays open.”", "Then she left."]),
    ("a first name and a rare surname before a colon are no caption label",
     "Nadia Okafor was blunt: “We will appeal.” Then she left.",
     ["Nadia Okafor was blunt: “We will appeal.”", "Then she left."]),
    ("caption label", "Fans gathered outside the court on Monday Waiting game: Relatives sat in silence.",
     ["Fans gathered outside the court on Monday", "Waiting game: Relatives sat in silence."]),
    ("page furniture before a sentence", "Scroll down for video Mayor Jane Hill opened the bridge on Friday.",
     ["Scroll down for video", "Mayor Jane Hill opened the bridge on Friday."]),
    ("furniture words inside a sentence stay", "Readers can scroll down for more details below.",
     ["Readers can scroll down for more details below."]),
    ("title in the middle stays", "She writes for The Guardian and reads The Times daily.",
     ["She writes for The Guardian and reads The Times daily."]),
    ("speech colon stays", "Mr Hart added: 'We will appeal.'", ["Mr Hart added: 'We will appeal.'"]),
    ("russian", "Он сказал: «Всё кончено». Потом ушёл. А. С. Пушкин родился в Москве.",
     ["Он сказал: «Всё кончено».", "Потом ушёл.", "А. С. Пушкин родился в Москве."]),
    ("german quotes and ordinal date", "Er kam am 3. Oktober an. „Das ist gut.“ Dann ging er.",
     ["Er kam am 3. Oktober an.", "„Das ist gut.“", "Dann ging er."]),
    ("french guillemets", "Il a dit « c'est fini. » Puis il est parti ! M. Dupont a ri.",
     ["Il a dit « c'est fini. »", "Puis il est parti !", "M. Dupont a ri."]),
    ("chinese", "第一句。第二句！", ["第一句。", "第二句！"]),
    ("lower case after stop", "Use e.g. apples or pears.", ["Use e.g. apples or pears."]),
    ("empty", "", []),
    ("blank", " \n\t\n ", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_spans_are_offsets_of_the_sentences() -> None:
    text = "  One sentence here.  Another one!\nA third?  "
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["One sentence here.", "Another one!", "A third?"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
       | st.text(alphabet=" .!?…\"'“”‘’«»„\nMrDU.Sabc123:", max_size=120))
def test_spans_in_order_in_bounds_and_trimmed(text: str) -> None:
    spans = sentence_spans(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        last = b
    assert split_sentences(text) == [text[a:b] for a, b in spans]
