"""The parsing worker process: reads and cleans one article file per request, under CPU and
memory limits set on itself, and answers in length-prefixed JSON on its standard output.

Started by ingest/isolate.py as `python -m ingest.worker MEMORY_MB`; it imports only the
ingest modules that read files, never torch or numpy, so its memory is the file's.
"""

from __future__ import annotations

import json
import math
import os
import struct
import sys
from pathlib import Path
from typing import IO, Any

HEADER = struct.Struct(">Q")
# The worker restarts itself after a file that took more than this share of its memory: Python
# rarely hands freed memory back, and the next file should start with the whole budget.
RECYCLE_SHARE = 0.5


def encode(message: dict[str, Any]) -> bytes:
    # surrogatepass: a file name that is not UTF-8 arrives as lone surrogates and must go back.
    data = json.dumps(message, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return HEADER.pack(len(data)) + data


def decode(data: bytes) -> dict[str, Any]:
    message = json.loads(data.decode("utf-8", "surrogatepass"))
    if not isinstance(message, dict):
        raise ValueError("a worker message must be a JSON object")
    return message


def too_large(why: str) -> str:
    return f"too large or too complex to read ({why})"


def handle(request: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The answer to one request, and whether this process must stop after sending it."""
    from index.errors import DocumentError
    from ingest.extract import ReadLimits, load_clean_here
    from ingest.oneline import describe

    limits = ReadLimits(**request["limits"])
    try:
        raw, clean, starts = load_clean_here(Path(request["path"]), request["label"], limits)
    except DocumentError as exc:
        return {"ok": False, "reason": exc.reason}, False
    except MemoryError:
        return {"ok": False, "reason": too_large(f"over the {limits.memory_mb} MB memory budget")}, True
    except RecursionError:
        return {"ok": False, "reason": too_large("nested too deeply")}, False
    except Exception as exc:  # a parser's own bug on a hostile file: one line, and go on
        return {"ok": False, "reason": f"cannot be read ({describe(exc)})"}, False
    return {"ok": True, "kind": raw.kind, "pages": raw.pages, "meta": raw.meta, "text": clean.text,
            "headings": sorted(clean.headings), "starts": starts}, False


def serve(memory_mb: int) -> None:
    import resource

    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print from a library must not corrupt the answers
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    limit = memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    source = sys.stdin.buffer
    while True:
        request = _receive(source)
        if request is None:
            return
        _cpu_budget(float(request["limits"]["cpu_seconds"]))
        try:
            answer, fatal = handle(request)
        except MemoryError:  # while building the answer itself
            answer, fatal = {"ok": False, "reason": too_large(f"over the {memory_mb} MB memory budget")}, True
        peak_mb = _peak_mb()
        answer["peak_mb"] = peak_mb
        try:
            out.write(encode(answer))
            out.flush()
        except MemoryError:
            return
        if fatal or peak_mb > RECYCLE_SHARE * memory_mb:
            return


def _peak_mb() -> float:
    """This process's peak resident memory since it started, in MB.

    Linux carries ru_maxrss over fork and exec, so a worker started by a process holding the
    embedding model would report that process's gigabytes as its own (and recycle after every
    file); VmHWM belongs to the address space the exec made, so it is the worker's alone.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_budget(seconds: float) -> None:
    """The CPU limit counts the whole process's time: each file gets `seconds` from now."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = math.ceil(usage.ru_utime + usage.ru_stime + seconds)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _receive(source: IO[bytes]) -> dict[str, Any] | None:
    header = source.read(HEADER.size)
    if len(header) < HEADER.size:
        return None
    (size,) = HEADER.unpack(header)
    return decode(source.read(size))


if __name__ == "__main__":
    serve(int(sys.argv[1]))
