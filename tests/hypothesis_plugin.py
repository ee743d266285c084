"""Pytest plugin: the suite's Hypothesis profile, loaded before any test module builds its settings.

No per-example deadline and no "data generation too slow" health check: both only measure how busy
the machine is (a loaded 2-core CI box makes them fail at random), and speed is measured by the
scripts in benchmarks/, not by tests. Everything else stays Hypothesis's default.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile("digestbot", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("digestbot")
