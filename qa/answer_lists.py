"""The items of a list a passage announces ("Exercises include:"), as one answer span (pure logic)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

# What stands before a list item on its line: indentation and a bullet or a number.
_ITEM_PREFIX = re.compile(r"[ \t]*(?:[•●▪◦‣∙·*\-–—]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)])[ \t]+")
# An item's own label ("Toe Tapping: Tap your toes…"): the name of the thing, before what it says.
_LABEL = re.compile(r"^(?P<label>[A-Z][\w’' -]{1,40}):\s")
_WORD = re.compile(r"\w+")
# An announcement this short ("Exercises include:") says what the list is only through the line above it.
_BARE_ANNOUNCEMENT = 4


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _item_indent(text: str, start: int) -> int | None:
    """The indentation of the list item that `start` opens, or None when it opens no item."""
    prefix = text[_line_start(text, start):start]
    match = _ITEM_PREFIX.fullmatch(prefix)
    return len(prefix) - len(prefix.lstrip(" \t")) if match else None


def _opening(text: str, start: int, announcement: str, before: tuple[int, int] | None) -> int:
    """Where the span of a list's items begins: at the sentence that owns a bare announcement
    ("Strengthening Exercises: Strengthen the muscles… Exercises include:"), which says what the
    items are for; else at the first item (a longer announcement, "Here's how flat feet can lead to
    twitching:", is a lead-in that would echo the question's words, not say more)."""
    if len(_WORD.findall(announcement)) <= _BARE_ANNOUNCEMENT and before is not None \
            and _LABEL.match(text[before[0]:before[1]]):
        return before[0]
    return start


def _item_lines(text: str, spans: Sequence[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
    """The sentences after an announcement, grouped by the line they stand on (lazily: a list
    ends after a few lines, and the passage's other lines are never grouped)."""
    line: list[tuple[int, int]] = []
    for span in spans:
        if line and _line_start(text, span[0]) != _line_start(text, line[0][0]):
            yield line
            line = []
        line.append(span)
    if line:
        yield line


def list_spans(text: str, spans: Sequence[tuple[int, int]], max_words: int) -> tuple[tuple[int, int, str], ...]:
    """(start, end, heading) for each run of two or more items under a line ending in a colon:
    "which strengthening exercises help?" is answered by the items, not by the line announcing
    them. `spans` are the text's sentences (`split_spans`). Each run is at most `max_words` long
    and a verbatim substring of `text`."""
    out: list[tuple[int, int, str]] = []
    for i, (start, end) in enumerate(spans):
        if not text[start:end].rstrip().endswith(":") or text[end:end + 1] not in ("", "\n"):
            continue
        indent: int | None = None
        items: list[list[tuple[int, int]]] = []  # the lines of the list, each opening with its item
        for line in _item_lines(text, spans[i + 1:]):
            own = _item_indent(text, line[0][0])
            if own is None or (indent is not None and own != indent):
                break  # a line that is no item, or one of a deeper or shallower list, ends this one
            if (items and len(items[0]) == 1 and len(line) > 1) or text[line[-1][0]:line[-1][1]].rstrip().endswith(":"):
                # Cleaning flattens a nested list's indentation: after one-sentence items, an item that
                # goes on longer, or one announcing a list of its own, is the outer list going on.
                break
            indent = own
            items.append(line)
        if len(items) < 2:
            continue
        first, last = items[0][0], items[-1][-1]
        opening = _opening(text, first[0], text[start:end].strip().rstrip(":").strip(), spans[i - 1] if i else None)
        if len(_WORD.findall(text[opening:last[1]])) <= max_words:
            out.append((opening, last[1], ""))
    return tuple(out)
