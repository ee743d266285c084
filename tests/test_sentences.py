"""Key-sentence selection: verbatim, in reading order, within budget, no near-duplicates, never raises."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.summary.sentences import key_sentences

STORY = (
    "The city council approved a plan on Tuesday to close the old harbour bridge to cars from next spring. "
    "Councillors voted 31 to 9 for the closure after engineers warned the 1920s steel frame was failing. "
    "The bridge will be turned into a walking and cycling route at a cost of £12million. "
    "Local shop owners said the decision would cut trade on both banks of the river. "
    "'We were not asked once,' said Maria Lopez, who runs a bakery near the bridge. "
    "The council approved a plan on Tuesday to close the old harbour bridge to cars from next spring. "
    "Buses will use the new ring road instead. "
    "Work is expected to start in March and last two years. "
    "A public meeting will be held at the town hall next week."
)


def test_picks_opening_sentences_in_reading_order_and_verbatim() -> None:
    picked = key_sentences(STORY)
    assert len(picked) == 3
    positions = [STORY.index(s) for s in picked]
    assert positions == sorted(positions)
    assert positions[0] < STORY.index("Local shop owners")
    assert "A public meeting" not in " ".join(picked)


@pytest.mark.parametrize("n", range(1, 8))
@pytest.mark.parametrize("max_words", [15, 40, 60, 200])
def test_budget_and_count(n: int, max_words: int) -> None:
    picked = key_sentences(STORY, n=n, max_words=max_words)
    assert 1 <= len(picked) <= n
    assert len(picked) == 1 or sum(len(s.split()) for s in picked) <= max_words * 1.3
    assert all(s in STORY for s in picked)


LEAD = "The city council approved a plan on Tuesday to close the old harbour bridge to cars from next spring."
STRONG = "Engineers found cracks in the steel frame last winter"
MIDDLING = "The work will take two years and cost £12million, officials said."
WEAK = "'Nobody asked us about any of this,' said a man who sells fish there."


def test_a_middling_sentence_only_fills_the_target() -> None:
    text = f"{LEAD} {MIDDLING}"  # 19 + 11 words
    assert key_sentences(text, max_words=29) == [LEAD]
    assert key_sentences(text, max_words=30) == [LEAD, MIDDLING]


def test_a_weak_sentence_only_fills_part_of_the_target() -> None:
    text = f"{LEAD} {WEAK}"  # 19 + 14 words, which must fit in 70% of the target
    assert key_sentences(text, max_words=47) == [LEAD]
    assert key_sentences(text, max_words=48) == [LEAD, WEAK]


def test_a_strong_sentence_may_overshoot_the_target() -> None:
    text = f"{LEAD} {STRONG}"  # 19 + 9 words
    assert key_sentences(text, max_words=24) == [LEAD, STRONG]  # 28 words: 17% past 24
    assert len(key_sentences(text, max_words=23)) == 1  # 28 words would be over 20% past 23


def test_no_near_duplicates() -> None:
    picked = key_sentences(STORY, n=7, max_words=500)
    assert len(picked) == 7
    assert sum("approved a plan on Tuesday to close the old harbour bridge" in s for s in picked) == 1


def test_skips_a_sentence_that_is_only_an_avoided_quote() -> None:
    text = (
        "'Nobody here will ever surrender to despair,' the mayor said. "
        "The mayor promised new jobs for the town after the steel plant closed last month. "
        "Around 2,000 workers lost their jobs when the plant shut its gates."
    )
    picked = key_sentences(text, n=2, avoid=["Nobody here will ever surrender to despair,"])
    assert all("despair" not in s for s in picked)
    assert any("despair" in s for s in key_sentences(text, n=3))


@pytest.mark.parametrize(
    "text",
    [
        "Short.",
        "Only one sentence here about a fire in the old mill",
        "Two sentences. That is all.",
        "Правительство утвердило новый бюджет во вторник. Расходы на образование выросли на 5%.",
        "Die Regierung hat am 3. Mai den Haushalt beschlossen. „Das ist ein guter Tag“, sagte Dr. Weber.",
    ],
)
def test_short_and_non_english_texts(text: str) -> None:
    picked = key_sentences(text)
    assert picked
    assert all(s in text for s in picked)


def test_deterministic() -> None:
    assert key_sentences(STORY, n=4) == key_sentences(STORY, n=4)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400),
    st.integers(min_value=1, max_value=7),
    st.integers(min_value=0, max_value=100),
    st.lists(st.text(max_size=30), max_size=3),
)
def test_never_raises_and_stays_verbatim(text: str, n: int, max_words: int, avoid: list[str]) -> None:
    picked = key_sentences(text, n=n, max_words=max_words, avoid=avoid)
    assert len(picked) <= n
    cursor = 0
    for s in picked:
        assert s
        cursor = text.index(s, cursor) + len(s)  # raises unless verbatim and in reading order
