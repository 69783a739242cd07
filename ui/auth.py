"""Who may change the collection: the editing policy, the token check and the sign-in rate limit."""

from __future__ import annotations

import hmac
import ipaddress
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from index.errors import ConfigError

TOKEN_ENV = "HEALTHQA_EDITOR_TOKEN"
MIN_TOKEN_CHARS = 16  # shorter tokens fall to guessing even at the rate-limited pace
OPEN, SIGN_IN, READ_ONLY = "open", "sign-in", "read-only"


def is_loopback(address: str | None) -> bool:
    """True only when the server listens on this computer alone. Streamlit's default (no address)
    listens on every interface, so it counts as reachable from others."""
    if not address:
        return False
    host = address.strip().strip("[]").lower()
    if host in ("localhost", "localhost.localdomain", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def editing_mode(address: str | None, token: str | None) -> str:
    """OPEN: anyone who can open the page edits (a server on loopback, no token set).
    SIGN_IN: editors sign in with the token (set on purpose, so even on loopback, which keeps a
    reverse proxy in front of a loopback server safe). READ_ONLY: reachable by others, no token."""
    if token:
        return SIGN_IN
    return OPEN if is_loopback(address) else READ_ONLY


def check_token(token: str | None) -> None:
    """Refuse a token too short to resist guessing, so a weak one never silently guards writes."""
    if token and len(token) < MIN_TOKEN_CHARS:
        raise ConfigError(f"{TOKEN_ENV} must be at least {MIN_TOKEN_CHARS} characters long")


def editing_notice(address: str, token: str | None) -> str:
    """Who may add or remove articles on a page served at `address`, as one line for `serve`;
    a token too short to be safe is refused (ConfigError)."""
    token = (token or "").strip() or None
    check_token(token)
    mode = editing_mode(address, token)
    if mode == READ_ONLY:
        return (f"the page is read-only on {address}; to let editors add or remove articles, "
                f"set {TOKEN_ENV} to a secret of {MIN_TOKEN_CHARS} or more characters and sign in with it")
    if mode == OPEN:
        return f"anyone who opens the page on {address} (this computer only) can add or remove articles"
    return f"editors sign in with {TOKEN_ENV} to add or remove articles"


def token_matches(given: str, expected: str) -> bool:
    """Constant time in the content, so response times reveal nothing about the token."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


@dataclass(frozen=True)
class Attempt:
    """The outcome of one sign-in: `ok`, or refused with the seconds to wait before the next."""

    ok: bool
    wait: float = 0.0
    locked: bool = False  # refused without looking at the token, because of earlier failures


class SignInLimiter:
    """Failures shared by every session of the server: after `free` failures each further one
    doubles the lockout (2 s, 4 s, … up to `cap`), during which no token is even compared."""

    def __init__(self, free: int = 5, base: float = 2.0, cap: float = 600.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._free, self._base, self._cap, self._clock = free, base, cap, clock
        self._failures = 0
        self._until = 0.0
        self._lock = threading.Lock()

    def wait(self) -> float:
        """Seconds until the next attempt is looked at (0 when it is now)."""
        with self._lock:
            return max(0.0, self._until - self._clock())

    def attempt(self, given: str, expected: str) -> Attempt:
        with self._lock:
            now = self._clock()
            if now < self._until:
                return Attempt(False, self._until - now, locked=True)
            if expected and token_matches(given, expected):
                self._failures = 0
                return Attempt(True)
            self._failures += 1
            extra = self._failures - self._free
            if extra > 0:
                self._until = now + min(self._cap, self._base * 2 ** (extra - 1))
            return Attempt(False, max(0.0, self._until - now))
