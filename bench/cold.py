"""Cold start and memory of whole commands: `healthqa ask`, `healthqa ingest`, `healthqa serve`."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HEALTHQA = str(Path(sys.executable).with_name("healthqa"))
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def run(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run `healthqa ARGS` to completion; (wall seconds, peak RSS MiB of that process).

    The peak is read from /proc while it runs: a child's rusage would report the bench's own
    peak, which Linux carries over into every process it forks.
    """
    started = time.perf_counter()
    child = subprocess.Popen([HEALTHQA, *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    peak = 0.0
    while child.poll() is None:
        with contextlib.suppress(OSError):  # it may exit between poll() and the read
            peak = max(peak, _peak_rss_mib(child.pid))
        time.sleep(0.01)
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        err = child.stderr.read().decode() if child.stderr else ""
        raise SystemExit(f"healthqa {' '.join(args)} failed: {err.strip()[-400:]}")
    return seconds, peak


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def serve_first_answer(corpus: Path, data: Path, question: str) -> dict[str, Any] | None:
    """Seconds from `healthqa serve` to the page listening, and to its first whole answer in
    headless Chromium; the server's peak RSS after answering. None without Chromium."""
    if not CHROMIUM.exists():
        return None
    from playwright.sync_api import sync_playwright

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    proc = subprocess.Popen([HEALTHQA, "serve", "--port", str(port), "--address", "127.0.0.1",
                             "--corpus", str(corpus), "--data", str(data)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.read() == b"ok":
                        break
            except OSError:
                time.sleep(0.05)
            if proc.poll() is not None or time.perf_counter() - started > 240:
                raise SystemExit("healthqa serve did not come up")
        listening = time.perf_counter() - started
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = browser.new_page()
            page.set_default_timeout(120_000)
            page.goto(url)
            box = page.get_by_label("Your question")
            box.fill(question)
            box.press("Enter")
            page.get_by_text("You asked:").wait_for()
            first = time.perf_counter() - started
            browser.close()
        return {"listening_s": listening, "first_answer_s": first,
                "serve_peak_rss_mib": _peak_rss_mib(proc.pid)}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
