"""Importing this module loads the language-identification model (`digest.lang.identify`).

The engine pool's forkserver imports it, so every worker forks with the model already in memory:
one copy shared by all workers, and no second-long load inside a worker's first page and its timeout.
"""

from digest.lang.identify import model

model()
