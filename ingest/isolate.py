"""Each article file is parsed in a worker process with CPU, memory and wall-clock budgets.

A hostile file (a decompression bomb, a YAML alias bomb, a page nested 100,000 levels deep) can
only exhaust the worker: it is killed, the file is reported "too large or too complex to read",
and the next file gets a fresh worker. One worker serves file after file, so a large collection
pays for one process start, not one per file. The worker is a new interpreter
(`python -m ingest.worker`), not a fork: the calling process may hold the embedding model,
whose gigabytes of address space would count against the worker's memory limit.
"""

from __future__ import annotations

import atexit
import os
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from index.errors import DocumentError, HealthQAError
from ingest.clean import CleanText
from ingest.extract import ReadLimits, load_clean_here
from ingest.loaders import RawDocument
from ingest.worker import HEADER, RECYCLE_SHARE, decode, encode, too_large

Loaded = tuple[RawDocument, CleanText, list[int] | None]
# Wall-clock allowance over the CPU budget: a worker that waits (a file on a stalled network
# mount) or is starved on a busy machine is stopped too, so no file holds ingest past ~8 s.
WALL_FACTOR = 1.0
WALL_EXTRA = 3.0
_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)


class _Died(Exception):
    """The worker ended (or was ended) before it answered."""


class _Worker:
    """One running worker process and its pipes."""

    def __init__(self, memory_mb: int) -> None:
        self.memory_mb = memory_mb
        path = os.environ.get("PYTHONPATH")
        env = {**os.environ, "PYTHONPATH": _PACKAGE_ROOT + (os.pathsep + path if path else "")}
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "ingest.worker", str(memory_mb)], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, close_fds=True)
        except OSError as exc:
            raise HealthQAError(f"cannot start the file-reading process ({exc.strerror or exc})") from exc

    def ask(self, request: dict[str, Any], timeout: float) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        try:
            self.proc.stdin.write(encode(request))
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise _Died from exc
        deadline = time.monotonic() + timeout
        fd = self.proc.stdout.fileno()
        (size,) = HEADER.unpack(_read_exact(fd, HEADER.size, deadline))
        return decode(_read_exact(fd, size, deadline))

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()

    def close(self) -> None:
        """Let the worker finish on end of input; kill it if it does not."""
        try:
            if self.proc.stdin is not None:
                self.proc.stdin.close()
            self.proc.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.stop()


class IsolatedReader:
    """Reads files through one long-lived worker, restarting it after a kill."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # the app reads uploads from several sessions' threads
        self._worker: _Worker | None = None
        self.last_peak_mb: float | None = None  # the worker's peak memory after the last file

    def load(self, path: Path, label: str, limits: ReadLimits) -> Loaded:
        request = {"path": os.fspath(path.absolute()), "label": label,
                   "limits": {"max_bytes": limits.max_bytes, "max_chars": limits.max_chars,
                              "max_pages": limits.max_pages, "cpu_seconds": limits.cpu_seconds,
                              "memory_mb": limits.memory_mb}}
        timeout = limits.cpu_seconds * WALL_FACTOR + WALL_EXTRA
        with self._lock:
            answer = self._ask(request, limits, timeout, label)
        self.last_peak_mb = answer.get("peak_mb")
        if not answer.get("ok"):
            raise DocumentError(label, str(answer.get("reason") or "cannot be read"))
        raw = RawDocument(list(answer["pages"]), str(answer["kind"]), dict(answer["meta"]))
        clean = CleanText(str(answer["text"]), frozenset(answer["headings"]))
        starts = answer["starts"]
        return raw, clean, (list(starts) if starts is not None else None)

    def close(self) -> None:
        with self._lock:
            if self._worker is not None:
                self._worker.close()
                self._worker = None

    def _ask(self, request: dict[str, Any], limits: ReadLimits, timeout: float,
             label: str) -> dict[str, Any]:
        for attempt in (1, 2):
            worker = self._running(limits.memory_mb)
            try:
                answer = worker.ask(request, timeout)
            except _Died as exc:
                reason = self._ended(worker, timeout, limits, timed_out=isinstance(exc.__cause__, TimeoutError))
                # A worker that was already gone before this file (it recycled itself) is no
                # verdict on the file: ask a fresh one once.
                if attempt == 1 and reason is None:
                    continue
                raise DocumentError(label, too_large(reason or "the reading process stopped")) from None
            if answer.get("peak_mb", 0) > RECYCLE_SHARE * limits.memory_mb:
                self._worker = None
                worker.close()  # it exits by itself too; start the next file with a fresh one
            return answer
        raise AssertionError("unreachable")

    def _running(self, memory_mb: int) -> _Worker:
        worker = self._worker
        if worker is not None and (worker.proc.poll() is not None or worker.memory_mb != memory_mb):
            worker.close()
            worker = None
        if worker is None:
            worker = self._worker = _Worker(memory_mb)
        return worker

    def _ended(self, worker: _Worker, timeout: float, limits: ReadLimits, *, timed_out: bool) -> str | None:
        """Why the worker ended, for the user; None if it had ended before being asked."""
        self._worker = None
        if not timed_out:
            try:  # it closed its output: let it finish dying, to learn why
                worker.proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                timed_out = True
        worker.stop()
        code = worker.proc.returncode
        if timed_out:
            return f"still reading after {timeout:.0f} s"
        if code == -signal.SIGXCPU:
            return f"over {limits.cpu_seconds:g} s of CPU time; HEALTHQA_PARSE_SECONDS"
        if code == 0:
            return None
        if code == -signal.SIGKILL or code > 0:
            # Every other error is answered; Python cannot always report a MemoryError, though
            # (raising it needs memory too), and then the process just ends.
            return f"stopped, probably over the {limits.memory_mb} MB memory budget; HEALTHQA_PARSE_MEMORY_MB"
        return f"the reading process crashed ({signal.Signals(-code).name})"


def _read_exact(fd: int, size: int, deadline: float) -> bytes:
    parts: list[bytes] = []
    left = size
    while left:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _Died from TimeoutError()
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            raise _Died from TimeoutError()
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise _Died
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


_READER = IsolatedReader()
atexit.register(_READER.close)


def isolation_available() -> bool:
    """Budgets need POSIX resource limits; elsewhere files are read in this process."""
    try:
        import resource  # noqa: F401
    except ImportError:
        return False
    return hasattr(signal, "SIGXCPU")


def load_isolated(path: Path, label: str, limits: ReadLimits) -> Loaded:
    """Read and clean `path` in the worker; any failure is a one-line DocumentError."""
    if not isolation_available():
        return load_clean_here(path, label, limits)
    return _READER.load(path, label, limits)


def reader() -> IsolatedReader:
    """The process's reader (tests look at its worker's memory)."""
    return _READER
