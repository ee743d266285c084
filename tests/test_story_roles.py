"""Roles linked to names across a round (digest/stories/roles.py), on invented articles: a report
that names a person by role only counts as naming the person another report of the round names
with that role, so the two merge; one role is not another, and a role two people hold is nobody's."""

from __future__ import annotations

import pytest

from digest.models import Article
from digest.stories import cluster, roles
from digest.stories.cluster import cluster_stories


def _art(url: str, title: str, description: str) -> Article:
    when = "2025-06-01T10:00:00+00:00"
    return Article(url=url, title=title, description=description, outlet=url.split("/")[2], published=when)


NAMED = _art(
    "https://a.example/1",
    "Health Minister Marta Leitão resigns over hospital emergency crisis",
    "Health Minister Marta Leitão resigned on Monday after weeks of criticism over waiting times in "
    "hospital emergency rooms.",
)
BY_ROLE = _art(
    "https://b.example/1",
    "Portugal's health minister quits as emergency room waits grow",
    "The health minister stepped down on Monday, saying the crisis in hospital emergency departments "
    "needed a new start.",
)
OTHER_ROLE = _art(
    "https://c.example/1",
    "Finance minister unveils budget with tax cuts for families",
    "The finance minister presented the budget on Monday, promising lower taxes for working families.",
)


def _groups(articles: list[Article]) -> set[frozenset[str]]:
    return {frozenset(a.url for a in story.articles) for story in cluster_stories(articles)}


def test_a_role_phrase_stands_for_the_person_the_round_names_with_it() -> None:
    texts = [
        "Health Minister Marta Leitão resigned.",
        "Portugal's health minister quits.",
        "The finance minister said nothing.",
        "The prime minister, Jane Doe, spoke.",
        "The prime minister met unions.",
    ]
    assert roles.links(texts, ["en"] * 5) == [["leitao"], ["leitao"], [], ["doe"], ["doe"]]


def test_a_bare_role_and_a_role_two_people_hold_stand_for_nobody() -> None:
    texts = ["President Alma Ruiz met President Tom Berg.", "The president spoke.", "The minister spoke."]
    assert roles.links([*texts, "Health Minister Marta Leitão resigned."], ["en"] * 4)[:3] == [[], [], []]


def test_roles_in_compounds_and_inflected_cyrillic_roles() -> None:
    texts = ["Bundeskanzler Friedrich Hollerbach reiste ab.", "Der Bundeskanzler schwieg.",
             "Der Kanzler schwieg."]
    assert roles.links(texts, ["de"] * 3) == [["hollerbach"], ["hollerbach"], []]
    texts = ["Премьер-министр Михаил Жаворонков заявил", "Премьер-министра спросили о бюджете"]
    assert roles.links(texts, ["ru", "ru"]) == [["жаворонков"], ["жаворонков"]]


def test_a_role_in_one_language_is_not_linked_from_another() -> None:
    texts = ["Il presidente Mario Rossi ha parlato.", "El presidente habló.", "O presidente falou."]
    assert roles.links(texts, ["it", "es", "pt"])[1:] == [[], []]


def test_reports_naming_a_minister_by_name_and_by_role_merge_and_another_minister_stays_apart() -> None:
    assert _groups([NAMED, BY_ROLE, OTHER_ROLE]) == {
        frozenset({NAMED.url, BY_ROLE.url}),
        frozenset({OTHER_ROLE.url}),
    }


def test_without_the_role_link_the_two_reports_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster.roles, "links", lambda texts, codes: [[] for _ in texts])
    assert frozenset({NAMED.url, BY_ROLE.url}) not in _groups([NAMED, BY_ROLE, OTHER_ROLE])
