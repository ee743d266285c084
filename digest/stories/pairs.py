"""The story merge's learned second opinion: how likely two articles tell one event, by logistic regression.

`digest.stories.cluster` scores a pair by its hand-written formula and keeps its vetoes as rules: a pair
sharing no name, figure or place, naming places that cannot be one, with a round-up among the two, two
magnitudes, two rate levels, two kinds of happening, in two languages without two shared marks, or
sharing only a place and a whole number where the embedding cannot read both is never scored here. A pair
they allow that the formula scores at `MODEL_FLOOR` of the merge threshold or more is measured again,
one number per entry of `FEATURES` (what each means is written beside it), and this model's
probability can lift it: to the threshold × probability / `Model.cut` when that is more. The weights
are fitted on the tuning sets of tests/fixtures/stories by benchmarks/train_stories.py (`--check`
refits them and compares) and ship as digest/data/story_pairs.json, read once per process from the
installed package, never from the network."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

DATA = "data/story_pairs.json"
FEATURES = (
    "words",  # cosine of the two title + lead TF-IDF vectors, words only
    "concepts",  # what the words outlets swap for one happening add to that cosine ("outage"/"blackout")
    "concepts_guarded",  # the same, for two published within a day of each other or undated (else 0)
    "entities",  # shared names and figures over the fewer of the two's
    "rare",  # marks rare in the batch the two share (names in one spelling, figures, places), at most 3, / 3
    "place_same",  # 1 when they name one place, or places near each other
    "place_country",  # 1 when the closest they come is one country
    "meaning",  # embedding cosine of title + lead without names, for two texts in one language it reads
    "no_meaning",  # 1 when the model cannot compare them (another language, another script, no model)
    "other_language",  # 1 when the two are in different languages
    "marks",  # across languages: cosine of their marks (names, figures, places, what happened) by rarity
    "days",  # days between their publication, at most 3 (0 when either is undated)
    "undated",  # 1 when either is undated
    "unread",  # 1 when the two are in one language the embedding does not read (words alone tell)
    "words_unread",  # the word cosine of two such (else 0)
    "rare_unread",  # the rare marks two such share (else 0)
    "entities_unread",  # the names and figures two such share (else 0)
)


@dataclass(frozen=True, slots=True)
class Model:
    """A logistic regression over `FEATURES`; a pair reaches the merge threshold at probability `cut`."""

    weights: tuple[float, ...]
    bias: float
    cut: float

    def probability(self, features: Sequence[float]) -> float:
        """The probability that a pair with these features tells one event."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def lift(self, value: float, probability: float, threshold: float) -> float:
        """The merge's score of a pair the model may lift: the formula's `value`, or threshold ×
        `probability` / `cut` when that is more."""
        return max(value, threshold * probability / self.cut)

    def to_json(self) -> str:
        """The model as digest/data/story_pairs.json holds it: each feature's weight by name."""
        weights = {name: round(w, 6) for name, w in zip(FEATURES, self.weights, strict=True)}
        data = {"bias": round(self.bias, 6), "cut": self.cut, "weights": weights}
        return json.dumps(data, indent=1) + "\n"


def from_json(text: str) -> Model:
    """A model from its JSON (`Model.to_json`); every feature must be weighed, and nothing else."""
    data = json.loads(text)
    weights = data["weights"]
    if set(weights) != set(FEATURES):
        odd = sorted(set(weights) ^ set(FEATURES))
        raise ValueError(f"story pair weights do not match the features: {odd}")
    return Model(
        tuple(float(weights[name]) for name in FEATURES),
        float(data["bias"]),
        float(data["cut"]),
    )


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The weights shipped with the package, read once per process."""
    return from_json(resources.files("digest").joinpath(DATA).read_text(encoding="utf-8"))
