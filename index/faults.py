"""Crash points for the crash-safety tests: HEALTHQA_CRASH_AT=NAME kills the process at NAME.

NAME:int sends SIGINT instead (a Ctrl-C), to check that an interrupted ingest cleans up.

Real code paths, real SIGKILL: the tests prove that an ingest killed at any of these points
leaves the previous index loadable and that the next ingest completes the work.
"""

from __future__ import annotations

import os
import signal

ENV = "HEALTHQA_CRASH_AT"
POINTS = ("embedding", "staged", "renamed")


def checkpoint(name: str) -> None:
    wanted = os.environ.get(ENV)
    if wanted == name:
        os.kill(os.getpid(), signal.SIGKILL)
    elif wanted == f"{name}:int":
        os.kill(os.getpid(), signal.SIGINT)
