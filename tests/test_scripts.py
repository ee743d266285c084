"""Key sentences in any script: sentence ends of each script, a budget that suits it, stopwords."""

from __future__ import annotations

import pytest

from digest.lang.script import word_length, word_tokens
from digest.models import Article, DigestOptions, Quote
from digest.pipeline import digest_article
from digest.quotes.finder import select_quotes
from digest.summary.segment import split_sentences
from digest.summary.sentences import key_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("सरकार ने नई योजना शुरू की। इससे किसानों को लाभ होगा। मंत्री ने यह घोषणा की।", 3),
        ("هل ستنجح الخطة؟ قال الوزير إنها ستنجح. وأضاف أن العمل بدأ.", 3),
        ("Τι θα γίνει τώρα; Η κυβέρνηση ανακοίνωσε νέα μέτρα. Ο υπουργός μίλησε.", 3),
        ("政府宣布了新的计划。该计划将于明年实施！专家表示欢迎。", 3),
        ("Он сказал: «Это важно». Потом он ушёл; все молчали.", 2),
    ],
)
def test_each_script_ends_its_sentences(text: str, sentences: int) -> None:
    parts = split_sentences(text)
    assert len(parts) == sentences, parts
    assert all(p in text for p in parts)


def test_english_semicolons_do_not_end_sentences() -> None:
    assert len(split_sentences("He came; she left. Then it rained.")) == 2


def test_dense_scripts_count_characters_not_spaces() -> None:
    assert word_length("The quick brown fox jumps.") == 5
    assert 8 < word_length("中国经济今年增长了百分之五左右。") < 10
    japanese = "東京で大きな会議が開かれました。"
    assert 5 < word_length(japanese) < 10


def test_chinese_tokens_are_character_pairs() -> None:
    assert word_tokens("经济增长 GDP") == ["经济", "济增", "增长", "gdp"]


def _chinese_article() -> str:
    sentences = [
        "国家统计局周一公布的数据显示，今年第三季度国内生产总值同比增长百分之四点九，略高于市场预期。",
        "分析人士认为，消费和出口的回暖是经济增长的主要动力，而房地产投资仍然拖累整体表现。",
        "统计局发言人在新闻发布会上表示，国民经济总体保持恢复向好态势，但外部环境依然复杂严峻。",
        "多家国际机构近期上调了对中国全年经济增长的预测，认为政策支持效果正在逐步显现。",
        "不过也有经济学家提醒，地方政府债务和青年失业率等问题仍需高度关注。",
        "市场方面，沪深股市当天小幅上涨，人民币汇率保持基本稳定。",
    ]
    return "".join(sentences)


def test_a_chinese_digest_is_as_short_as_an_english_one() -> None:
    text = _chinese_article()
    picked = key_sentences(text, 3, 60, language="zh")
    assert picked and all(s in text for s in picked)
    shown = sum(len(s) for s in picked)
    assert shown < 0.6 * len(text)
    assert sum(word_length(s) for s in picked) <= 60 * 1.3


def test_the_pipeline_reads_the_article_language() -> None:
    text = _chinese_article()
    digest = digest_article(Article(url="https://example.org/a", text=text, language="zh"), DigestOptions())
    assert digest.sentences
    assert sum(len(s) for s in digest.sentences) < 0.6 * len(text)


def test_stopwords_of_the_language_do_not_count_as_content() -> None:
    text = (
        "Der Bundestag hat am Donnerstag ein neues Gesetz zur Rente beschlossen. "
        "Die Rente soll damit für viele Menschen steigen. "
        "Die Opposition kritisierte das Gesetz als zu teuer und ungerecht."
    )
    assert key_sentences(text, 1, 20, language="de") == [
        "Der Bundestag hat am Donnerstag ein neues Gesetz zur Rente beschlossen."
    ]


def test_chinese_quotes_are_chosen_and_cut_by_characters() -> None:
    sentence = "政府表示，新的计划将于明年开始实施，预计将惠及全国数百万家庭。"
    long_quote = Quote(sentence * 6, "李明")
    chosen = select_quotes([long_quote], ["国家统计局周一公布数据。"])
    assert [q.speaker for q in chosen] == ["李明"]
    assert chosen[0].text.endswith(" …") and chosen[0].text[:-2] in long_quote.text
    assert word_length(chosen[0].text) <= 45
