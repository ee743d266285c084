"""The built-in catalog of well-known news feeds (outlet, feed URL, language, region) shipped as data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class CatalogFeed:
    """One catalog entry; `id` is a short stable slug, `country` an ISO 3166 code of the outlet."""

    id: str
    outlet: str
    url: str
    language: str
    region: str
    country: str


@cache
def load_catalog() -> tuple[CatalogFeed, ...]:
    """All catalog feeds, in file order (read once)."""
    text = resources.files("digest").joinpath("data/catalog.json").read_text(encoding="utf-8")
    return tuple(CatalogFeed(**row) for row in json.loads(text))

