"""Scheduling background jobs so that none is silently dropped.

APScheduler (under PTB's JobQueue) skips, without an error, a run that starts more than its misfire
grace time (one second by default) after its time: behind a slow start-up, or while the event
loop is busy. Every job is scheduled through `once` or `repeating`, which turn that grace off, so
a late run still happens (missed repeats coalesce into one). `handlers.registry.schedule_jobs`
lists every job.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from telegram.ext import ContextTypes, JobQueue

NEVER_DROPPED: dict[str, Any] = {"misfire_grace_time": None, "coalesce": True}

JobCallback = Callable[[ContextTypes.DEFAULT_TYPE], Awaitable[None]]


def once(job_queue: JobQueue, callback: JobCallback, delay: float, *, name: str) -> None:
    """Run `callback` once, `delay` seconds from now, however late it can start."""
    job_queue.run_once(callback, delay, name=name, job_kwargs=NEVER_DROPPED)


def repeating(
    job_queue: JobQueue, callback: JobCallback, interval: timedelta, *, first: float, name: str
) -> None:
    """Run `callback` `first` seconds from now, then every `interval`, however late each can start."""
    job_queue.run_repeating(callback, interval, first=first, name=name, job_kwargs=NEVER_DROPPED)
