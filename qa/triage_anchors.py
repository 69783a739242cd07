"""A cheap test of which finding patterns can match a question at all, so the others are never run."""

from __future__ import annotations

import re
from re import _parser as sre_parse  # type: ignore[attr-defined]  # the re module's own parser
from typing import Any

DEPTH = 6  # letters of a match's first word that are compared
DIGIT = "#"  # stands for any word that begins with a digit
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _digit(name: str, arg: Any) -> bool:
    """Whether the op matches digits only (`3`, `[0-9]`, `\\d`)."""
    def one(op: str, value: Any) -> bool:
        if op == "LITERAL":
            return bool(chr(value).isdigit())
        if op == "RANGE":
            return bool(48 <= value[0] <= value[1] <= 57)
        return bool(op == "CATEGORY" and str(value) == "CATEGORY_DIGIT")
    if name == "IN":
        return bool(arg) and all(one(str(o), a) for o, a in arg)
    return one(name, arg)


def _starts(items: Any, prefix: str, out: set[str]) -> bool:
    """Add to `out` every way (up to DEPTH letters) a match of `items` can begin after `prefix`;
    False when a match could begin with something other than a letter (then no test is safe)."""
    items = list(items)
    for index, (op, arg) in enumerate(items):
        name = str(op)
        if len(prefix) >= DEPTH:
            break
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: \b and lookarounds consume nothing
        rest = items[index + 1:]
        if _digit(name, arg):
            out.add(prefix or DIGIT)  # "20 tablets", "39.5": a word that begins with a digit
            return True
        if name == "LITERAL":
            char = chr(arg)
            if char not in _LETTERS:
                break
            prefix += char
            continue
        if name == "IN":
            letters = [chr(a) for o, a in arg if str(o) == "LITERAL" and chr(a) in _LETTERS]
            if len(letters) != len(arg) or not letters:
                break
            return all(_starts([*rest], prefix + letter, out) for letter in letters)
        if name == "BRANCH":
            return all(_starts([*branch, *rest], prefix, out) for branch in arg[1])
        if name == "SUBPATTERN":
            return _starts([*arg[-1], *rest], prefix, out)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, body = arg
            taken = _starts([*body, *rest], prefix, out)  # once (a longer repeat starts the same way)
            skipped = _starts(rest, prefix, out) if low == 0 else True
            return taken and skipped
        break  # a class like \w or \d, or anything else: the start is open from here
    if not prefix:
        return False
    out.add(prefix)
    return True


def anchors(pattern: str) -> frozenset[str] | None:
    """The ways (up to DEPTH letters, or DIGIT) a match's first word can begin, or None when a match
    could begin otherwise (with any word): such a pattern is always run.

    Patterns are matched from a word boundary, so a question none of whose words begins like one
    of these cannot match.
    """
    out: set[str] = set()
    if not _starts(sre_parse.parse(pattern), "", out):
        return None
    return frozenset(out)


def text_prefixes(text: str) -> frozenset[str]:
    """Every start of up to DEPTH letters of the words of `text`, and DIGIT when a word begins with a digit."""
    starts = {word[:k] for word in re.findall(r"[a-z]+", text) for k in range(1, DEPTH + 1)}
    if re.search(r"\b\d", text):
        starts.add(DIGIT)
    return frozenset(starts)
