"""The embedding model ships in its wheel: it loads once per process and never touches the network."""

from __future__ import annotations

import textwrap

import numpy as np

from digest.stories import embed
from tests.offline_support import run_offline

NO_NETWORK = textwrap.dedent(
    """
    from digest.stories import embed
    folder = embed.model_folder()
    before = sorted(str(p) for p in folder.rglob("*"))
    vectors = embed.embed(["Power cut hits the city", "Blackout across the city", "Bank raises rates"])
    assert vectors is not None and vectors.shape == (3, embed.DIMENSIONS), vectors
    assert embed._load() is embed._load()
    assert sorted(str(p) for p in folder.rglob("*") if "__pycache__" not in str(p)) == [
        p for p in before if "__pycache__" not in p
    ]
    print("ok", float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2]))
    """
)


def test_model_loads_from_the_wheel_with_the_network_blocked() -> None:
    """A fresh process with every socket call refused loads the model and embeds; nothing is written."""
    done = run_offline(NO_NETWORK)
    assert done.returncode == 0, done.stderr
    word, close, far = done.stdout.split()
    assert word == "ok" and float(close) > float(far)


def test_vectors_are_unit_length_and_empty_texts_are_zero() -> None:
    vectors = embed.embed(["Earthquake strikes the coast", "", "   "])
    assert vectors is not None
    assert np.isclose(np.linalg.norm(vectors[0]), 1.0, atol=1e-4)
    assert not vectors[1].any() and not vectors[2].any()
    assert embed.embed([]).shape == (0, embed.DIMENSIONS)


def test_paraphrases_are_closer_than_other_news() -> None:
    vectors = embed.embed(
        [
            "The prime minister resigned",
            "PM quits",
            "Central bank raises interest rates",
            "Bank hikes borrowing costs",
        ]
    )
    sims = vectors @ vectors.T
    assert sims[0, 1] > sims[0, 2] and sims[2, 3] > sims[1, 3]


def test_model_is_loaded_once_per_process() -> None:
    assert embed.available()
    first = embed._load()
    embed.embed(["one"])
    assert embed._load() is first


def test_text_the_model_cannot_read_gets_no_meaning() -> None:
    """Made-up words split into many pieces and all look alike to the model: no vector for them."""
    texts = [
        "Arfental lofenisren arar nemineka turimo arloarmo cosvonis fenrenbarcos.",
        "The council approved a new stadium plan on Thursday evening.",
    ]
    vectors = embed.embed(texts, readable_only=True)
    assert not vectors[0].any() and vectors[1].any()
    assert embed.embed(texts)[0].any()


def test_pooled_vectors_are_wordllama_own_to_the_bit() -> None:
    """`_pooled` works out what WordLlama's `embed(texts, norm=True)` gives without calling it: the same
    float32 figures for short, long and blank texts across more than one batch, so an upgrade of
    WordLlama that changes its pooling shows here."""
    sentences = [
        "The ferry to Harlowe Island was cancelled on Friday as gusts reached 90 km/h.",
        "Councillors in Brackenridge voted 7-2 to close the old library by spring.",
        "A second night of frost left orchard growers counting their losses.",
        "Ticket prices on the coastal line rise by 4% from next month, the operator said.",
        "Divers recovered a bell from the wreck, which sank in 1911 off the cape.",
    ]
    texts = [""] + [
        " ".join(sentences[(i + j) % len(sentences)] for j in range(i % 11 + 1))[: 40 + 37 * i]
        for i in range(79)
    ]
    model = embed._load()
    with np.errstate(invalid="ignore"):  # the blank text has no tokens: 0 / 0 in both
        pooled, _ = embed._pooled(model, texts)
        own = model.embed(texts, norm=True)
    np.testing.assert_array_equal(pooled, own)
