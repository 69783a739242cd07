"""Sentence boundaries with character offsets, for chunking and for picking answer sentences.

A small rule set rather than a library: the candidates (pysbd, syntok, blingfire) are unmaintained
since 2021-2022 or lack offsets, and health text needs only a handful of rules (abbreviations,
initials, decimals, a missing space after a full stop in scraped pages).
"""

from __future__ import annotations

import re

# Words that end with a full stop without ending a sentence (compared lower-case, dots inside kept).
ABBREVIATIONS = frozenset(
    (
        "dr mr mrs ms prof st sr jr vs e.g i.e cf fig figs no nos approx inc ltd co dept vol "
        "ed eds al ca mt est u.s u.k a.m p.m ph.d m.d b.s b.a "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    ).split()
)

# Words after which a single capital letter is a name ("vitamin C"), not an initial.
LETTER_NAMES = frozenset(
    "vitamin vitamins hepatitis type group grade stage class factor protein phase plan part "
    "section appendix figure table schedule category level".split()
)

# Terminal punctuation, closing quotes/brackets, then the space that follows. It starts only where
# a run of punctuation starts and never backtracks (possessive), so a line of a million dots is
# scanned once, not once per dot.
_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s)")
# "conditions.Treatment": scraped pages sometimes drop the space after a full stop.
_GLUED = re.compile(r"(?<=[a-z]{3})[.!?](?=[A-Z][a-z])")
_BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·*\-–—]|\d{1,3}[.)](?=\s+[a-z]))\s+")
_NON_SPACE = re.compile(r"\S")


def split_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans `(start, end)` in `text[start:end]`; line breaks always end a sentence.

    Spans exclude surrounding white space and a leading list bullet, so `text[s:e]` is the
    sentence as a reader sees it.
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    while pos < stop:
        newline = text.find("\n", pos, stop)
        line_end = stop if newline < 0 else newline
        spans.extend(_split_line(text, pos, line_end))
        pos = line_end + 1
    return spans


def split_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_spans(text)]


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    line = text[start:end]
    bullet = _BULLET.match(line)
    offset = bullet.end() if bullet else 0
    cuts = {m.end() for m in _END.finditer(line) if _is_boundary(line, m.start(), m.end())}
    cuts |= {m.end() for m in _GLUED.finditer(line)}
    spans = []
    begin = offset
    for cut in [*sorted(cuts), len(line)]:
        piece = line[begin:cut]
        stripped = piece.strip()
        # A bullet or a dot alone on its line (PDFs do this) is no sentence.
        if any(ch.isalnum() for ch in stripped):
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + begin + lead, start + begin + lead + len(stripped)))
        begin = cut
    return spans


def _is_boundary(line: str, punct_start: int, punct_end: int) -> bool:
    # Every look around is bounded by the neighbouring words: the split is linear in the line.
    after = _NON_SPACE.search(line, punct_end)
    if after is None:
        return True
    if line[punct_start] == "." and punct_end - punct_start == 1:
        token = line[_word_start(line, punct_start):punct_start].lower().lstrip("(\"'“‘")
        if token in ABBREVIATIONS:
            return False
        # "K. Smith" is an initial; "vitamin C. Citrus…" and "hepatitis B. It…" end a sentence.
        if len(token) == 1 and token.isalpha():
            before = _last_word(line, punct_start - 1)
            if before is None or before.lower().strip("(\"'") not in LETTER_NAMES:
                return False
        # "3. Muscle" inside a line is a list number, and "e.g. Smith" stays one sentence.
        if token.isdigit() and len(token) <= 2:
            return False
    # Anything but a lower-case letter may open a sentence: "Next…", "3 times…", "<b>…", "(see…".
    return not line[after.start()].islower()


def _word_start(line: str, end: int) -> int:
    """Start of the run of non-space characters that ends at `end` (`end` itself if none)."""
    start = end
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    return start


def _last_word(line: str, end: int) -> str | None:
    """The last white-space-separated word of `line[:end]`, or None when there is none."""
    stop = end
    while stop > 0 and line[stop - 1].isspace():
        stop -= 1
    if stop == 0:
        return None
    return line[_word_start(line, stop):stop]
