"""One-line messages: file names and exception texts that can never split a report line."""

from __future__ import annotations

import re
import unicodedata

# Categories that break or hide a line: controls (newline, escape), line and paragraph separators.
_BREAKING = frozenset(("Cc", "Zl", "Zp"))
MAX_DETAIL = 300  # characters of an exception's own text kept in a message
# Characters that would break a one-line report or garble a terminal: controls, and the
# bidirectional marks and overrides that reorder what follows them.
UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escape_name(name: str) -> str:
    """`name` with every unprintable character written as a Python escape ("a\\nb.txt")."""
    if name.isprintable():
        return name
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in name)


def breaks_lines(name: str) -> bool:
    """True when printing `name` could split or garble a line (newline, escape, separator...)."""
    return any(unicodedata.category(ch) in _BREAKING for ch in name)


def one_line(text: str, limit: int = MAX_DETAIL) -> str:
    """White space collapsed, unprintable characters escaped, cut to `limit` characters."""
    flat = escape_name(" ".join(text.split()))
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def describe(exc: BaseException) -> str:
    """An exception as 'Type: message' on one line, for a reason shown to the user.

    An OSError gives only its strerror: its full text would show a path on the server.
    """
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = one_line(str(exc))
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
