"""The process pool for engine work, so the event loop keeps answering while pages are read.

pebble's ProcessPool gives each task a timeout: a worker that overruns (a pathological page) is
killed and replaced, and the caller gets one sentence to show the user. Workers fork from a
forkserver that has imported the engine and loaded its data once (`digest.preload`: language
model, dictionaries, town list), so starting or replacing one is cheap.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError as FutureCancelled
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from pebble import ProcessExpired, ProcessPool

T = TypeVar("T")

TOO_SLOW = "Reading that page took too long, so I stopped; try another link."
PRELOAD = ("digest.pipeline", "digest.preload")  # what the forkserver imports before forking
CRASHED = "Reading that page failed on my side; please try again or send another link."


def _ready() -> bool:
    return True


class WorkFailed(Exception):
    """The engine did not finish the task; `str(err)` is one sentence for the user."""


class EnginePool:
    """A pebble ProcessPool with a per-task timeout, awaited from asyncio."""

    def __init__(self, workers: int, timeout: float, preload: Sequence[str] = PRELOAD) -> None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(preload))
        self.timeout = timeout
        self._pool = ProcessPool(max_workers=workers, context=context)

    async def run(self, function: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
        """Run `function(*args)` in a worker; WorkFailed when it times out or the worker dies."""
        future = self._pool.schedule(function, args=args, timeout=timeout or self.timeout)
        try:
            return await asyncio.wrap_future(future)
        except TimeoutError as err:
            raise WorkFailed(TOO_SLOW) from err
        except (ProcessExpired, BrokenProcessPool, FutureCancelled) as err:
            raise WorkFailed(CRASHED) from err
        finally:
            future.cancel()

    async def warm_up(self) -> None:
        """Start the workers now (the forkserver imports the engine once) rather than on the first link."""
        await self.run(_ready)

    async def close(self, timeout: float = 5.0) -> None:
        """Stop the workers (running tasks are abandoned) and wait for them to exit."""
        self._pool.stop()
        await asyncio.to_thread(self._pool.join, timeout)
