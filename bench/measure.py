"""Small measuring helpers: a timed subprocess with its own peak RSS, and percentiles."""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass


@dataclass
class Run:
    seconds: float
    peak_rss_mb: float
    returncode: int | None  # None: killed at the time limit
    stdout: str
    stderr: str
    cpu_seconds: float = 0.0  # user + system time of that one process (not of the servers it used)


def run_measured(argv: list[str], timeout: float | None = None, env: dict[str, str] | None = None) -> Run:
    """Run a command; its wall time and its own peak resident memory (``wait4`` reports the
    resources of that one child, not of every child this process ever had)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env={**os.environ, **(env or {})})
        deadline = None if timeout is None else started + timeout
        killed = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if deadline is not None and time.perf_counter() > deadline and not killed:
                os.kill(proc.pid, signal.SIGKILL)
                killed = True
            time.sleep(0.01)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped
        out.seek(0)
        err.seek(0)
        return Run(
            seconds=seconds,
            peak_rss_mb=usage.ru_maxrss / 1024,
            returncode=None if killed else proc.returncode,
            stdout=out.read().decode(errors="replace"),
            stderr=err.read().decode(errors="replace"),
            cpu_seconds=usage.ru_utime + usage.ru_stime,
        )


def percentile(values: list[float], q: float) -> float:
    """The nearest-rank percentile (``q`` in 0..1)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")
