"""Cold start and memory of whole commands: `healthqa ask`, `healthqa ingest`, `healthqa serve`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from measure import peak_mib

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
        peak = max(peak, peak_mib(child.pid))  # 0.0 if it exits between poll() and the read
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


def _ask(page: Any, question: str, shown: str, *, exact: bool = False) -> float:
    """Seconds from pressing Enter in the question box until the text `shown` is on the page."""
    box = page.get_by_label("Your question")
    box.fill(question)
    start = time.perf_counter()
    box.press("Enter")
    page.get_by_text(shown, exact=exact).wait_for()
    return time.perf_counter() - start


def serve_first_answer(corpus: Path, data: Path, question: str,
                       second: str | None = None) -> dict[str, Any] | None:
    """Seconds from `healthqa serve` to the page listening and to its first whole answer in headless
    Chromium, with the parts after listening; the server's peak RSS after that answer. None without
    Chromium.

    The parts: browser_launch_s (Playwright's driver and Chromium starting, a blank page open),
    page_load_s (loading the page until the question box shows) and answer_s (Enter until
    "You asked:" shows). second_answer_s is the same as answer_s for `second` asked next on the same
    page, the server and page warm; None without a `second` other than `question`.
    """
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
        listened = time.perf_counter()
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = browser.new_page()
            page.set_default_timeout(120_000)
            launched = time.perf_counter()
            page.goto(url)
            page.get_by_label("Your question").wait_for()
            loaded = time.perf_counter()
            answer = _ask(page, question, "You asked:")
            first = time.perf_counter() - started
            peak = peak_mib(proc.pid)  # before the second question: the figure is "after one answer"
            warm = None
            if second and second != question:
                # exact: else the first answer's "You asked: ..." passes for a second question it starts with
                warm = _ask(page, second, f"You asked: {second}", exact=True)
            browser.close()
        return {"listening_s": listened - started, "first_answer_s": first,
                "browser_launch_s": launched - listened, "page_load_s": loaded - launched,
                "answer_s": answer, "second_question": second if warm is not None else None,
                "second_answer_s": warm, "serve_peak_rss_mib": peak}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
