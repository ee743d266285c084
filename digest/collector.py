"""The garbage collector around the engine: held off while a round runs (`paused`), kept off what is
loaded once per process (`freeze`)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_on = False


@contextmanager
def paused() -> Iterator[None]:
    """The garbage collector's automatic runs held off for a round (and on again after, unless it was
    off): a round of 2,000 articles makes some hundred thousand objects that live on (the per-word
    and per-text caches, the vectors), and the collector walked them again and again while the
    round ran (430 young and 40 middle collections, and a full one or more: 0.3-0.5 s of a round)
    for garbage the round hardly makes (its objects hold no cycles; reference counting frees them).
    Rounds overlap (the bot runs one in a worker thread while an alert runs one on the event loop),
    so the first round in records whether the collector was on and the last one out puts it back:
    a round never takes another's pause for the collector's own state."""
    global _depth, _was_on
    with _lock:
        if _depth == 0:
            _was_on = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_on:
                gc.enable()


def freeze() -> None:
    """What is loaded so far frozen out of the collector's reach (`gc.freeze`, after a collection so
    no garbage is frozen with it): data that lives as long as the process is no longer walked by a
    full collection, nor written to in the pages forked workers share."""
    gc.collect()
    gc.freeze()
