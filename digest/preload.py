"""Importing this module loads the engine's data that is otherwise read on first use: the
language-identification model (`digest.lang.identify`), the Russian and Ukrainian dictionaries
(`digest.lang.morph`) and the town list the speaker check reads (`digest.quotes.guard`).

The engine pool's forkserver imports it, so every worker forks with them in memory: one copy shared
by all workers, and no load of up to a second inside a worker's first page and its timeout.
`benchmarks/engine.py` imports it too, so it times pages as a warm worker reads them.

The loaded data is then frozen out of the garbage collector's reach (`digest.collector.freeze`): it lives
as long as the process, and a full collection no longer walks it (tens of milliseconds each) nor writes to
the pages that the forked workers share.
"""

from digest import collector
from digest.lang import morph
from digest.lang.identify import model
from digest.quotes import guard

model()
morph.load()
guard.load()
collector.freeze()
