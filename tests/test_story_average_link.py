"""The story merge's average-link agglomeration (`digest.stories.cluster._average_link`): groups
held apart by one pair below the floor are not scored again, nor are groups whose mean fell short
until one of them grows, a pair in two languages of one day is held to the floor only when its groups
tell no kind of happening in common and no third member bridges it, and the groups come out as the plain
definition gives them."""

import random
from datetime import UTC, datetime, timedelta
from itertools import combinations
from types import SimpleNamespace

from digest.stories.cluster import LINK_FLOOR, _average_link, _incomparable

THRESHOLD = 0.22
MORNING = datetime(2026, 3, 10, 8, tzinfo=UTC)


def _docs(n: int) -> list[SimpleNamespace]:
    """Articles of one language and no date: every pair below the floor holds its groups apart."""
    return [
        SimpleNamespace(language="en", published=None, places=[], kinds=frozenset(), magnitudes=frozenset())
        for _ in range(n)
    ]


def _morning(n: int) -> list[SimpleNamespace]:
    """Articles of one morning in one language, telling no kind of happening."""
    return [
        SimpleNamespace(language="a", published=MORNING, places=[], kinds=frozenset(), magnitudes=frozenset())
        for _ in range(n)
    ]


def _mixed(seed: int, n: int) -> list[SimpleNamespace]:
    """Articles of one morning in two languages, each telling no kind of happening or one of two."""
    rng = random.Random(seed)
    kinds = [frozenset(), frozenset({"strike"}), frozenset({"fire"})]
    return [
        SimpleNamespace(language=rng.choice("ab"), published=MORNING + timedelta(hours=rng.randrange(6)),
                        places=[], kinds=rng.choice(kinds), magnitudes=frozenset())
        for _ in range(n)
    ]


def _by_definition(
    docs: list[SimpleNamespace], sims: dict[tuple[int, int], float], threshold: float
) -> list[list[int]]:
    """Average link as written before groups were remembered apart: every member pair scored on
    every try; a pair below the floor holds its groups apart unless it is in two languages of one
    day and the groups tell a kind in common."""
    n = len(docs)
    group_of = list(range(n))
    members = {i: [i] for i in range(n)}
    for (a, b), value in sorted(sims.items(), key=lambda item: (-item[1], item[0])):
        if value < threshold:
            break
        ga, gb = group_of[a], group_of[b]
        if ga == gb:
            continue
        told = set.intersection(*({k for i in members[g] for k in docs[i].kinds} for g in (ga, gb)))
        pairs = [(x, y) for x in members[ga] for y in members[gb]]
        cross = [sims[min(x, y), max(x, y)] for x, y in pairs]
        both = members[ga] + members[gb]
        held = any(
            value < LINK_FLOOR * threshold
            and not ((told or _bridge(docs, sims, both, x, y, threshold)) and _incomparable(docs[x], docs[y]))
            for (x, y), value in zip(pairs, cross, strict=True)
        )
        if held or sum(cross) / len(cross) < threshold:
            continue
        members[ga] = members[ga] + members[gb]
        for x in members[gb]:
            group_of[x] = ga
        del members[gb]
    return [sorted(group) for group in members.values()]


def _bridge(
    docs: list[SimpleNamespace], sims: dict[tuple[int, int], float], members: list[int], x: int, y: int,
    threshold: float,
) -> bool:
    """Whether a third member is close to x and y at the threshold and tells a kind with each of the two
    in another language than its own."""
    def vouches(z: int, w: int) -> bool:
        return docs[z].language == docs[w].language or bool(docs[z].kinds & docs[w].kinds)

    return any(
        z not in (x, y) and vouches(z, x) and vouches(z, y)
        and min(sims[min(z, x), max(z, x)], sims[min(z, y), max(z, y)]) >= threshold
        for z in members
    )


def _day(seed: int, n: int, events: int) -> dict[tuple[int, int], float]:
    """Similarities of a day's reports of `events` like events: high within an event, some pairs of
    one event low (a preview, a round-up), pairs of two events anywhere from unrelated to close."""
    rng = random.Random(seed)
    event = [rng.randrange(events) for _ in range(n)]
    sims = {}
    for a, b in combinations(range(n), 2):
        if event[a] == event[b]:
            value = rng.uniform(0.0, 0.7) if rng.random() < 0.1 else rng.uniform(0.2, 0.8)
        else:
            value = rng.uniform(0.0, 0.35)
        sims[(a, b)] = round(value, 3)
    return sims


def test_groups_are_those_of_the_definition() -> None:
    for seed in range(30):
        n = 40 + seed
        sims = _day(seed, n, events=4 + seed % 5)
        for docs in (_docs(n), _mixed(seed, n)):
            groups = _average_link(docs, None, sims, THRESHOLD, timedelta(hours=72))
            assert sorted(groups) == sorted(_by_definition(docs, sims, THRESHOLD)), seed


def test_a_group_held_apart_stays_apart_as_it_grows() -> None:
    # 0-1 and 2-3 are close pairs; 1-2 is the strongest pair of all, but 0 and 3 are unrelated
    sims = {(0, 1): 0.6, (2, 3): 0.6, (1, 2): 0.9, (0, 2): 0.5, (1, 3): 0.5, (0, 3): 0.01}
    sims |= {(a, 4): 0.5 for a in range(4)}
    groups = _average_link(_docs(5), None, sims, THRESHOLD, timedelta(hours=72))
    assert sorted(groups) == sorted(_by_definition(_docs(5), sims, THRESHOLD))
    assert not any({0, 3} <= set(group) for group in groups)


def test_two_groups_whose_mean_fell_short_are_tried_again_once_one_grows() -> None:
    # 0-1 merge; 1-2 falls short (mean of .1 and .3); 2-3 merge; 1-3 then joins the two pairs
    # (mean of .1, .2, .3 and .29 is .2225)
    sims = {(0, 1): 0.9, (1, 2): 0.3, (2, 3): 0.295, (1, 3): 0.29, (0, 2): 0.1, (0, 3): 0.2}
    groups = _average_link(_docs(4), None, sims, THRESHOLD, timedelta(hours=72))
    assert groups == [[0, 1, 2, 3]] == _by_definition(_docs(4), sims, THRESHOLD)


def test_a_pair_in_two_languages_of_one_day_is_let_below_the_floor_once_its_groups_tell_one_kind() -> None:
    # 0-1 merge; 2 (another language) is close to 0 and unrelated to 1; 1 tells no kind and 2 tells
    # a fire, so 2 stays out; once 3 (a fire, close to 0 and 1) has joined 0-1, 2 is tried again and joins
    docs = _morning(4)
    docs[2].language = "b"
    docs[2].kinds = docs[3].kinds = frozenset({"fire"})
    sims = {(0, 1): 0.9, (0, 2): 0.8, (1, 2): 0.0, (0, 3): 0.7, (1, 3): 0.6, (2, 3): 0.5}
    groups = _average_link(docs, None, sims, THRESHOLD, timedelta(hours=72))
    assert groups == [[0, 1, 2, 3]] == _by_definition(docs, sims, THRESHOLD)
    docs[3].kinds = frozenset({"strike"})
    groups = _average_link(docs, None, sims, THRESHOLD, timedelta(hours=72))
    assert sorted(groups) == [[0, 1, 3], [2]] == sorted(_by_definition(docs, sims, THRESHOLD))


def test_a_pair_in_two_languages_of_one_day_is_let_below_the_floor_when_a_member_bridges_it() -> None:
    # 2 (another language, a fire) pairs with 0 (a fire) first; 1 (0's language, close to 0) tells no kind
    # and cannot be compared with 2: 0 tells the fire 2 tells and reads 1's words, so 1 joins, as it
    # would have had it paired with 0 first
    docs = _morning(3)
    docs[2].language = "b"
    docs[0].kinds = docs[2].kinds = frozenset({"fire"})
    sims = {(0, 2): 0.9, (0, 1): 0.8, (1, 2): 0.0}
    groups = _average_link(docs, None, sims, THRESHOLD, timedelta(hours=72))
    assert groups == [[0, 1, 2]] == _by_definition(docs, sims, THRESHOLD)


def test_a_bridge_telling_no_kind_with_the_other_language_lets_no_pair_below_the_floor() -> None:
    # as above, but 2 shares no kind with 0 (an actor and a figure only): 0 cannot vouch for it, 1 stays out
    docs = _morning(3)
    docs[2].language = "b"
    docs[0].kinds = frozenset({"fire"})
    sims = {(0, 2): 0.9, (0, 1): 0.8, (1, 2): 0.0}
    groups = _average_link(docs, None, sims, THRESHOLD, timedelta(hours=72))
    assert sorted(groups) == [[0, 2], [1]] == sorted(_by_definition(docs, sims, THRESHOLD))
