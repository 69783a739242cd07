"""`healthqa serve` on a free loopback port and Debian's Chromium, for the browser tests."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(home: Path, address: str, env: dict[str, str]) -> Iterator[str]:
    """Serve `home/corpus` (index in `home/data`, log in `home/serve.log`) on `address`; yields the
    URL, always on 127.0.0.1, whatever the address listened on."""
    port = free_port()
    log_path = home / "serve.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [str(Path(sys.executable).with_name("healthqa")), "serve", "--port", str(port),
             "--address", address, "--corpus", str(home / "corpus"), "--data", str(home / "data")],
            stdout=log, stderr=subprocess.STDOUT, cwd=home, env=env)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_up(url, proc, log_path)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def _wait_until_up(url: str, proc: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.5)
        if proc.poll() is not None:
            raise RuntimeError(log_path.read_text())
    raise RuntimeError("healthqa serve did not come up in 240 s")


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright: never a browser of Playwright's own."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()
