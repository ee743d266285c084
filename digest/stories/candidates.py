"""Which pairs of a round's articles the story merge (`digest.stories.cluster`) compares at all.

A round of 2,000 articles holds two million pairs, nearly all too far apart to merge: a pair is
compared only when its articles share one of their most distinctive words (when that word is not
common in the batch), or, in two languages, a mark rare in the batch (a name, figure or place in any
language or script: how two languages meet), or are among each other's nearest in meaning; and
only when they are within the merge's time window of each other (or undated). Pairs are found with
numpy, each written as one integer code `first * n + second` (`_pair_codes`), so that a batch's
pairs are sorted and made unique at once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Protocol

import numpy as np

_NEIGHBOURS = 10
_BLOCK = 512
_COMMON_SHARE = 0.3
_MAX_POSTING = 100
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_TICK = timedelta(microseconds=1)


class Doc(Protocol):
    """What this module reads of an article the merge vectorised (`digest.stories.cluster._Doc`)."""

    index: int
    published: datetime | None
    keys: list[str]
    rare: frozenset[str]
    language: str | None


def compared(
    docs: Sequence[Doc], meaning: np.ndarray | None, window: timedelta, floor: float
) -> list[tuple[int, int]]:
    """The pairs (first, second; first < second) worth comparing, ascending: sharing one of their
    most distinctive words (`_sharing_key`), in two languages sharing a mark rare in the batch
    (`_across_languages`), or among each other's nearest in meaning above `floor`
    (`_close_in_meaning`), and within `window` of each other or undated."""
    if len(docs) < 2:
        return []
    found = [_sharing_key(docs), _across_languages(docs)]
    if meaning is not None:
        found.append(_close_in_meaning(meaning, floor))
    return _in_window(docs, _unique(np.concatenate(found)), window)


def _unique(codes: np.ndarray) -> np.ndarray:
    """The distinct codes, ascending: `np.unique`'s answer, by a sort (numpy 2.4's `np.unique` hashes
    integers first: 0.07-0.14 s for a round's 130,000 codes, the sort 3 ms)."""
    ordered = np.sort(codes)
    first = np.ones(len(ordered), dtype=bool)
    first[1:] = ordered[1:] != ordered[:-1]
    return ordered[first]


def _sharing_key(docs: Sequence[Doc]) -> np.ndarray:
    """Pairs (`_pair_codes`) sharing one of their most distinctive words, when fewer than
    `_COMMON_SHARE` of the batch (at most `_MAX_POSTING`, at least 3 articles) hold it."""
    postings: dict[str, list[int]] = defaultdict(list)
    for doc in docs:
        for term in doc.keys:
            postings[term].append(doc.index)
    limit = max(3, min(int(len(docs) * _COMMON_SHARE), _MAX_POSTING))
    return _pair_codes([members for members in postings.values() if len(members) <= limit], len(docs))


def _across_languages(docs: Sequence[Doc]) -> np.ndarray:
    """Pairs (`_pair_codes`) of articles in two languages sharing a mark rare in the batch: their
    words cannot meet."""
    postings: dict[str, list[int]] = defaultdict(list)
    for doc in docs:
        for mark in doc.rare:
            postings[mark].append(doc.index)
    codes = _pair_codes(list(postings.values()), len(docs))
    numbered: dict[str | None, int] = {}
    language = np.array([numbered.setdefault(doc.language, len(numbered)) for doc in docs])
    first, second = np.divmod(codes, len(docs))
    return codes[language[first] != language[second]]


def _pair_codes(groups: Sequence[list[int]], n: int) -> np.ndarray:
    """Every pair within each group of ascending article indices, as `first * n + second`, grouped
    by size so that numpy pairs all the groups of one size at once."""
    by_size: dict[int, list[list[int]]] = defaultdict(list)
    for group in groups:
        if len(group) > 1:
            by_size[len(group)].append(group)
    codes = [np.zeros(0, dtype=np.int64)]
    for size, same in by_size.items():
        members = np.array(same, dtype=np.int64)
        first, second = np.triu_indices(size, 1)
        codes.append((members[:, first] * n + members[:, second]).ravel())
    return np.concatenate(codes)


def _in_window(docs: Sequence[Doc], codes: np.ndarray, window: timedelta) -> list[tuple[int, int]]:
    """The pairs (`_pair_codes`) whose articles are within `window` of each other, or undated
    (`digest.stories.cluster._close_in_time` for many pairs at once)."""
    first, second = np.divmod(codes, len(docs))
    undated = np.array([doc.published is None for doc in docs])
    stamps = np.array([(doc.published - _EPOCH) // _TICK if doc.published else 0 for doc in docs])
    close = undated[first] | undated[second] | (np.abs(stamps[first] - stamps[second]) <= window // _TICK)
    return list(zip(first[close].tolist(), second[close].tolist(), strict=True))


def _close_in_meaning(meaning: np.ndarray, floor: float) -> np.ndarray:
    """Pairs (`_pair_codes`) of articles among each other's `_NEIGHBOURS` nearest in meaning,
    above the floor. A zero row (a text the model cannot read) is near none: only the others are
    compared with the batch."""
    n = len(meaning)
    k = min(_NEIGHBOURS, n - 1)
    read = np.flatnonzero(meaning.any(axis=1))
    codes = [np.zeros(0, dtype=np.int64)]
    for start in range(0, len(read), _BLOCK):
        rows = read[start : start + _BLOCK]
        block = meaning[rows] @ meaning.T
        block[np.arange(len(rows)), rows] = -1.0
        nearest = np.argpartition(-block, k - 1, axis=1)[:, :k]
        close = np.take_along_axis(block, nearest, axis=1) > floor
        mine = np.broadcast_to(rows[:, None], nearest.shape)[close]
        theirs = nearest[close]
        codes.append(np.minimum(mine, theirs) * n + np.maximum(mine, theirs))
    return np.concatenate(codes)
