"""Tokens of folded text (`digest.article.textnorm.tokens`): words of spaced scripts, unspaced runs."""

from digest.article.textnorm import Token, casefold, fold, token_pairs, tokens


def test_words_keep_inner_apostrophes_and_marks_and_lose_a_possessive() -> None:
    words = [t.text for t in tokens("Zoë's ferry to l'Aquila: naïve O'Brien, 3,000 km, हिंदी समाचार")]
    assert words == ["zoe", "ferry", "to", "l'aquila", "naive", "o'brien", "3", "000", "km", "हिंदी", "समाचार"]


def test_a_run_of_an_unspaced_script_is_one_token_among_words() -> None:
    assert list(tokens("Tokyo: 東京で地震, l'Asie")) == [
        Token("tokyo", False),
        Token("東京で地震", True),
        Token("l'asie", False),
    ]


def test_token_pairs_are_the_patterns_own_pairs_possessive_kept() -> None:
    assert token_pairs("Kherson's mayor 市长 spoke") == [
        ("", "kherson's"), ("", "mayor"), ("市长", ""), ("", "spoke")
    ]


def test_an_ascii_backtick_is_an_apostrophe_and_ascii_folds_to_lower_case() -> None:
    assert casefold("Rock`n`Roll") == "rock'n'roll"
    assert fold("O`BRIEN") == "o'brien"
    assert fold("Crème Brûlée") == "creme brulee"
    assert fold("Ｃａｆｅ") == "cafe"
