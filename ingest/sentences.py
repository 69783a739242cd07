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

# Terminal punctuation, closing quotes/brackets, then the space that follows.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
# "conditions.Treatment": scraped pages sometimes drop the space after a full stop.
_GLUED = re.compile(r"(?<=[a-z]{3})[.!?](?=[A-Z][a-z])")
_BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·*\-–—]|\d{1,3}[.)](?=\s+[a-z]))\s+")
_WORD_BEFORE = re.compile(r"(\S+)$")


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
    after = line[punct_end:].lstrip()
    if not after:
        return True
    if line[punct_start] == "." and punct_end - punct_start == 1:
        word = _WORD_BEFORE.search(line[:punct_start])
        token = word.group(1).lower().lstrip("(\"'“‘") if word else ""
        if token in ABBREVIATIONS:
            return False
        # "K. Smith" is an initial; "vitamin C. Citrus…" and "hepatitis B. It…" end a sentence.
        if len(token) == 1 and token.isalpha():
            before = line[:punct_start - 1].split()
            if not before or before[-1].lower().strip("(\"'") not in LETTER_NAMES:
                return False
        # "3. Muscle" inside a line is a list number, and "e.g. Smith" stays one sentence.
        if token.isdigit() and len(token) <= 2:
            return False
    # Anything but a lower-case letter may open a sentence: "Next…", "3 times…", "<b>…", "(see…".
    return not after[0].islower()
