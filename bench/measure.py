"""Measuring helpers shared by the bench scripts: durations, percentiles, memory and CPU contention."""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


def ms(seconds: float) -> float:
    return seconds * 1000.0


def pct_ms(seconds: Sequence[float], q: float) -> float:
    """The q-th percentile of durations in seconds, in milliseconds."""
    return ms(float(np.percentile(np.asarray(seconds, dtype=np.float64), q)))


def mib(nbytes: float) -> float:
    return nbytes / 2**20


def status_mib(key: str, pid: int | None = None) -> float | None:
    """A kB field of /proc/PID/status (this process by default) in MiB; None where it is unreadable
    or absent (an exited child's zombie keeps the file but drops its memory fields)."""
    path = f"/proc/{'self' if pid is None else pid}/status"
    try:
        with open(path, encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024.0  # kB
    except OSError:
        return None
    return None


def rss_mib() -> float:
    """Resident memory of this process now (MiB)."""
    value = status_mib("VmRSS")
    return value if value is not None else peak_mib()


def max_rss_mib() -> float:
    """Peak resident memory of this process over its whole life (MiB); reset_peak() leaves it alone."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux reports KiB


def peak_mib(pid: int | None = None) -> float:
    """High-water mark of resident memory (MiB): of this process since the last reset_peak(), or of
    process `pid` (0.0 once it has exited)."""
    value = status_mib("VmHWM", pid)
    if value is not None:
        return value
    # A child's rusage would be this process's peak, which Linux carries over into every fork.
    return max_rss_mib() if pid is None else 0.0


def reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0); False where the kernel does not allow it."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
    except OSError:
        return False
    return True


def cpu_seconds() -> tuple[float, float, float]:
    """(CPU seconds every process has used, of which steal, and this process's own) so far."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            values = [int(v) for v in handle.readline().split()[1:9]]
    except (OSError, ValueError):
        return 0.0, 0.0, 0.0
    tick = float(os.sysconf("SC_CLK_TCK"))
    own = os.times()
    busy = sum(values) - values[3] - values[4]  # user nice system irq softirq steal (not idle, iowait)
    return busy / tick, values[7] / tick, own.user + own.system


@dataclass(frozen=True)
class Contention:
    """CPU that other processes took while a stretch of the bench ran (its timings suffer from it)."""

    wall_s: float
    others_s: float  # CPU seconds used by every other process (and the kernel)
    steal_s: float

    @property
    def share(self) -> float:
        """Share of the machine's cores the others held."""
        cores = len(os.sched_getaffinity(0))
        return self.others_s / (self.wall_s * cores) if self.wall_s > 0 else 0.0

    def __str__(self) -> str:
        return f"{self.others_s:.0f} CPU-s ({100 * self.share:.0f}% of the cores)"


class Watch:
    """Measures the Contention over the lifetime of one stretch of work."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.busy, self.steal, self.own = cpu_seconds()

    def stop(self) -> Contention:
        busy, steal, own = cpu_seconds()
        return Contention(time.perf_counter() - self.started,
                          max(0.0, (busy - self.busy) - (own - self.own)), steal - self.steal)
