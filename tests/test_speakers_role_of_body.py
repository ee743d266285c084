"""`La secrétaire de l'ACLQ annonce : « … »` after `X, secrétaire de l'ACLQ de Plouzévédé`: a definite role
of a body named before, as the subject of a speech verb, is the person that role stood beside, as it
already was before a colon with no verb (session 21). Not a person given another role of that body, nor
one of the other sex. Invented scenes."""

from __future__ import annotations

import pytest

from digest.quotes.finder import find_quotes

_BEFORE = (
    "« Nos maillots sont arrivés avec trois mois de retard », regrette {name}, {role} de l'ACLQ de "
    "Plouzévédé. Les matchs du mois ont été reportés.\n"
)
_AFTER = "{role} de l'ACLQ annonce : « Nous rembourserons les cotisations de janvier. »"


def _last_speaker(text: str) -> str | None:
    return [q.speaker for q in find_quotes(text, "fr")][-1]


def test_the_role_of_a_body_names_its_holder() -> None:
    text = _BEFORE.format(name="Martine Lesage", role="secrétaire") + _AFTER.format(role="La secrétaire")
    assert _last_speaker(text) == "Martine Lesage"


@pytest.mark.parametrize(
    ("name", "before", "after"),
    [
        pytest.param("Martine Lesage", "directrice", "La secrétaire", id="another role"),
        pytest.param("Marcel Lesage", "directeur", "La directrice", id="the other sex"),
    ],
)
def test_no_holder_for_another_role(name: str, before: str, after: str) -> None:
    text = _BEFORE.format(name=name, role=before) + _AFTER.format(role=after)
    assert _last_speaker(text) == f"{after} de l'ACLQ"
