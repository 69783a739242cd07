"""A cheap test of which finding patterns can match a question at all, so the others are never run."""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _parser as sre_parse  # type: ignore[attr-defined]  # the re module's own parser
from typing import Any, NamedTuple

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


# How many questions a word start of this many letters is likely to occur in, roughly: "a" is in
# nearly all of them, "brea" in few. Only the order matters (it picks the sharper test).
_COST = {1: 64.0, 2: 16.0, 3: 4.0, 4: 2.0}
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def _cost(starts: frozenset[str]) -> float:
    return sum(16.0 if start == DIGIT else _COST.get(len(start), 1.0) for start in starts)


def _separator(op: Any, arg: Any) -> bool:
    """Whether the item always ends with a space or comma, so a letter after it starts a word."""
    name = str(op)
    if name == "LITERAL":
        return chr(arg) in " ,"
    if name == "IN":
        return bool(arg) and all(str(o) == "LITERAL" and chr(a) in " ,\t" for o, a in arg)
    if name in _REPEATS:
        low, _, body = arg
        body = list(body)
        return low >= 1 and bool(body) and _separator(*body[-1])
    if name == "SUBPATTERN":
        body = list(arg[-1])
        return bool(body) and _separator(*body[-1])
    if name == "BRANCH":
        return all(bool(branch) and _separator(*list(branch)[-1]) for branch in arg[1])
    return False


def _needs(items: Any, at_word: bool) -> list[frozenset[str]]:
    """Sets of word starts of which every match of `items` holds at least one from each (each set
    is a necessary condition). `at_word`: the items begin where a word begins."""
    items = list(items)
    found: list[frozenset[str]] = []
    for index, (op, arg) in enumerate(items):
        name = str(op)
        if at_word:
            out: set[str] = set()
            if _starts(items[index:], "", out) and out:
                found.append(frozenset(out))
        if name == "SUBPATTERN":
            found += _needs(arg[-1], at_word)
        elif name == "BRANCH":
            sharpest = [min(_needs(branch, at_word), key=_cost, default=None) for branch in arg[1]]
            if all(branch is not None for branch in sharpest):
                found.append(frozenset().union(*sharpest))  # type: ignore[arg-type]
        elif name in _REPEATS and arg[0] >= 1:
            found += _needs(arg[2], at_word)
        if name == "AT":
            at_word = at_word or str(arg) == "AT_BOUNDARY"
        elif name in ("ASSERT", "ASSERT_NOT"):
            continue  # zero width
        elif name in _REPEATS and arg[0] == 0 and _separator(op, (1, arg[1], arg[2])):
            continue  # "(\w+ ){0,3}": skipped or ending in a space, a word still begins after it
        else:
            at_word = _separator(op, arg)
    return found


def _sharpest_first(needs: list[frozenset[str]]) -> tuple[frozenset[str], ...]:
    return tuple(sorted(set(needs), key=lambda need: (_cost(need), sorted(need))))


def requirements(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of word starts a question must hold one of each of for `pattern` to match it, sharpest
    first: "(a |the )?(left|right) calf" needs "left" or "right", and "calf" — where its first word
    may be "a". Empty when no word start is certain.

    Patterns are matched from a word boundary, so a match begins where a word of the question begins."""
    return _sharpest_first(_needs(sre_parse.parse(pattern), True))


def prefilter(pattern: str) -> tuple[frozenset[str], tuple[tuple[frozenset[str], ...], ...]] | None:
    """How to skip `pattern`: the word starts to look it up by, and the ways it can match — a question
    must hold one word start of each set of one way. None when no word start is certain (always run).

    A pattern that is one alternation ("\\b(?:A|B|C)\\b") has a way per alternative, each with every set
    that alternative needs (not only its sharpest); it is looked up by the union of their sharpest."""
    items = sre_parse.parse(pattern)
    body = [item for item in items if str(item[0]) != "AT"]
    if len(body) == 1 and str(body[0][0]) == "SUBPATTERN":  # a capturing group round it
        body = list(body[0][1][-1])
    if len(body) == 1 and str(body[0][0]) == "BRANCH":
        ways = tuple(_sharpest_first(_needs(branch, True)) for branch in body[0][1][1])
        if all(ways):
            return frozenset().union(*(way[0] for way in ways)), ways
    needs = _sharpest_first(_needs(items, True))
    return (needs[0], (needs[1:],)) if needs else None


def text_prefixes(text: str) -> frozenset[str]:
    """Every start of up to DEPTH letters of the words of `text`, and DIGIT when a word begins with a digit."""
    starts = {word[:k] for word in re.findall(r"[a-z]+", text) for k in range(1, DEPTH + 1)}
    if re.search(r"\b\d", text):
        starts.add(DIGIT)
    return frozenset(starts)


class Anchors(NamedTuple):
    """The prefilters of a table of patterns (by place), as lookups by word start."""

    by_prefix: dict[str, frozenset[int]]  # the patterns a word start can begin
    always: frozenset[int]  # patterns with no certain word start: always run
    needs_of: dict[str, frozenset[int]]  # the sets of word starts (by number) a word start belongs to
    ways: dict[int, tuple[frozenset[int], ...]]  # for a pattern, the ways it can match: sets all of which are met


def index(patterns: Sequence[str]) -> Anchors:
    """The patterns' prefilters, indexed once: every set of word starts a way needs is numbered, so a question
    meets a way when the numbers of the sets its word starts meet hold all of the way's (set arithmetic in C,
    where testing each set against the question's word starts cost half of triage's time)."""
    by_prefix: dict[str, set[int]] = {}
    always: set[int] = set()
    numbers: dict[frozenset[str], int] = {}
    ways: dict[int, tuple[frozenset[int], ...]] = {}
    for place, pattern in enumerate(patterns):
        skip = prefilter(pattern)
        if skip is None:
            always.add(place)
            continue
        for prefix in skip[0]:
            by_prefix.setdefault(prefix, set()).add(place)
        ways[place] = tuple(frozenset(numbers.setdefault(need, len(numbers)) for need in way) for way in skip[1])
    needs_of: dict[str, set[int]] = {}
    for need, number in numbers.items():
        for prefix in need:
            needs_of.setdefault(prefix, set()).add(number)
    return Anchors({prefix: frozenset(places) for prefix, places in by_prefix.items()}, frozenset(always),
                   {prefix: frozenset(met) for prefix, met in needs_of.items()}, ways)


def candidates(anchors: Anchors, text: str) -> list[int]:
    """The places of the patterns that can match `text` at all, in order: the others are never run."""
    prefixes = text_prefixes(text)
    places = set(anchors.always).union(*(anchors.by_prefix[prefix] for prefix in prefixes
                                         if prefix in anchors.by_prefix))
    met = frozenset().union(*(anchors.needs_of[prefix] for prefix in prefixes if prefix in anchors.needs_of))
    return [place for place in sorted(places)
            if place not in anchors.ways or any(way <= met for way in anchors.ways[place])]
