"""Who may write: the editing policy, the constant-time token check and the shared rate limit."""

from __future__ import annotations

import pytest

from index.errors import ConfigError
from ui.auth import (
    OPEN,
    READ_ONLY,
    SIGN_IN,
    SignInLimiter,
    check_token,
    editing_mode,
    is_loopback,
    token_matches,
)

TOKEN = "correct horse battery staple"


@pytest.mark.parametrize("address", ["localhost", "127.0.0.1", "127.8.9.1", "::1", "[::1]", "LOCALHOST"])
def test_loopback_addresses(address: str) -> None:
    assert is_loopback(address)


@pytest.mark.parametrize("address", [None, "", "0.0.0.0", "::", "192.168.1.10", "example.com",
                                     "localhost.example.com"])
def test_addresses_others_can_reach(address: str | None) -> None:
    assert not is_loopback(address)


def test_editing_mode() -> None:
    assert editing_mode("localhost", None) == OPEN
    assert editing_mode("0.0.0.0", None) == READ_ONLY
    assert editing_mode(None, None) == READ_ONLY  # Streamlit's default listens everywhere
    assert editing_mode("0.0.0.0", TOKEN) == SIGN_IN
    assert editing_mode("127.0.0.1", TOKEN) == SIGN_IN  # a token set on purpose always counts


def test_a_short_token_is_refused() -> None:
    with pytest.raises(ConfigError, match="at least 16"):
        check_token("secret")
    check_token(TOKEN)
    check_token(None)


def test_token_comparison() -> None:
    assert token_matches(TOKEN, TOKEN)
    assert not token_matches(TOKEN[:-1], TOKEN)
    assert not token_matches("", TOKEN)
    assert not token_matches("é" * 20, TOKEN)  # any text, never an exception


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_failures_lock_everyone_out_for_longer_and_longer() -> None:
    clock = Clock()
    limiter = SignInLimiter(free=3, base=2.0, cap=60.0, clock=clock)
    for _ in range(3):
        assert limiter.attempt("guess", TOKEN).wait == 0
    fourth = limiter.attempt("guess", TOKEN)
    assert not fourth.ok and fourth.wait == 2.0
    # While locked, even the right token is not looked at.
    locked = limiter.attempt(TOKEN, TOKEN)
    assert not locked.ok and locked.locked
    clock.now += 2.0
    assert limiter.attempt("guess", TOKEN).wait == 4.0
    clock.now += 4.0
    assert limiter.attempt("guess", TOKEN).wait == 8.0
    clock.now += 1000
    for _ in range(10):
        outcome = limiter.attempt("guess", TOKEN)
        clock.now += outcome.wait
    assert outcome.wait == 60.0  # capped


def test_a_success_resets_the_count() -> None:
    clock = Clock()
    limiter = SignInLimiter(free=2, clock=clock)
    limiter.attempt("guess", TOKEN)
    assert limiter.attempt(TOKEN, TOKEN).ok
    assert limiter.attempt("guess", TOKEN).wait == 0
    assert limiter.attempt("guess", TOKEN).wait == 0
    assert limiter.attempt("guess", TOKEN).wait > 0


def test_no_token_configured_never_signs_in() -> None:
    assert not SignInLimiter().attempt("", "").ok
