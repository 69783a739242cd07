"""A cheap test of which finding patterns can match a question at all, so the others are never run."""

from __future__ import annotations

import re
from re import _parser as sre_parse  # type: ignore[attr-defined]  # the re module's own parser
from typing import Any

_LETTER = frozenset(range(ord("a"), ord("z") + 1))


def _needs_letter(items: Any) -> bool:
    """Whether every match of this parsed sequence consumes at least one literal letter."""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL" and arg in _LETTER:
            return True
        if name == "SUBPATTERN" and _needs_letter(arg[-1]):
            return True
        if name == "BRANCH" and all(_needs_letter(branch) for branch in arg[1]):
            return True
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and arg[0] >= 1 and _needs_letter(arg[2]):
            return True
    return False


def anchors(pattern: str) -> frozenset[str] | None:
    """Three-letter (or shorter) starts of the literal words in `pattern`, or None when a match
    could consume no literal letter at all (it is then always run).

    A match must hold some literal word of the pattern, and every such word starts a word of
    the question or follows a space or hyphen in the pattern, so a question none of whose words
    starts like one of these cannot match. Optional and lookaround words only add starts: the
    test may run a pattern that then finds nothing, never skip one that would match.
    """
    if not _needs_letter(sre_parse.parse(pattern)):
        return None
    bare = re.sub(r"\[(?:\\.|[^\]])*\]", " ", re.sub(r"\\[a-zA-Z]", " ", pattern))
    return frozenset(word[:3] for word in re.findall(r"[a-z]+", bare))


def text_prefixes(text: str) -> frozenset[str]:
    """Every one-, two- and three-letter start of the words of `text`."""
    return frozenset(word[:k] for word in re.findall(r"[a-z]+", text) for k in (1, 2, 3))
