"""Tokens of folded text (`digest.article.textnorm.tokens`): words of spaced scripts, unspaced runs."""

from digest.article.textnorm import Token, tokens


def test_words_keep_inner_apostrophes_and_marks_and_lose_a_possessive() -> None:
    words = [t.text for t in tokens("Zoë's ferry to l'Aquila: naïve O'Brien, 3,000 km, हिंदी समाचार")]
    assert words == ["zoe", "ferry", "to", "l'aquila", "naive", "o'brien", "3", "000", "km", "हिंदी", "समाचार"]


def test_a_run_of_an_unspaced_script_is_one_token_among_words() -> None:
    assert list(tokens("Tokyo: 東京で地震, l'Asie")) == [
        Token("tokyo", False),
        Token("東京で地震", True),
        Token("l'asie", False),
    ]
