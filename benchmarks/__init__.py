"""Benchmarks and quality evaluations: scripts run from the project root (see README)."""
