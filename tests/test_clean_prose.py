"""Cleaning keeps prose: a phrase rule removes short lines, never a real paragraph; a removed list
takes its heading with it."""

from __future__ import annotations

import pytest

from digest.article.clean import clean_text, is_boilerplate
from digest.article.extract import extract_article

PROSE = [
    "Reporting by the Tribune last year found that 40 per cent of the city's bridges needed repairs "
    "within a decade, and the council has since set aside £12m for the work.",
    "Newsletter publishers such as the two start-ups have seen subscriptions climb since 2020, according "
    "to a survey by the trade body published on Monday.",
    "Write to your MP, the campaign's website urges, and ask them to vote against the bill when it "
    "returns to the Commons next month.",
    "Continue reading the small print and you will find that the discount applies only to customers who "
    "signed up before the end of March, the regulator said.",
]
FURNITURE = [
    "Reporting by Jane Doe in London; Additional reporting by John Roe in Paris; Editing by Mark Potter "
    "and Alex Richardson",
    "(Reporting by Jane Doe and Tom Lee in London, with reporting by Ann Wu and Bo Li, "
    "editing by Mark Potter.)",
    "Write to Al Root at al.root@example.com",
    "If you enjoyed this article, we have a proposition for you: join our club. Members get all of our "
    "content, with no paywalls or content meters.",
    "Newsletter",
]


@pytest.mark.parametrize("line", PROSE)
def test_a_paragraph_that_merely_starts_like_furniture_is_kept(line: str) -> None:
    assert not is_boilerplate(line)
    assert clean_text(f"The council met on Tuesday.\n{line}") == f"The council met on Tuesday.\n{line}"


@pytest.mark.parametrize("line", FURNITURE)
def test_credit_lines_and_calls_to_action_still_go(line: str) -> None:
    assert is_boilerplate(line)


def _review(after_list: str) -> str:
    paragraphs = "".join(
        f"<p>Part {n}: the new handheld console runs most of last year's games at a steady sixty frames a "
        "second, and its battery lasted about five hours in our tests with the screen at half brightness.</p>"
        for n in range(1, 6)
    )
    return f"""<html><head><title>Handheld review</title></head><body><article>
<h1>The handheld that finally gets battery life right</h1><div class="content">{paragraphs}
<p>Our reviewers also liked:</p>
<ul><li><a href="/a">The best handheld consoles you can buy this year</a></li>
<li><a href="/b">Our favourite portable chargers for long trips</a></li>
<li><a href="/c">How we test battery life on phones and consoles</a></li></ul>{after_list}
</div></article></body></html>"""


def test_a_dropped_recommendations_list_takes_its_heading() -> None:
    text = extract_article(_review(""), "https://gadgets.example/review").text
    assert text.endswith("at half brightness.")
    assert "Our reviewers also liked" not in text
