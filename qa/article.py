"""An article rebuilt from its indexed passages, for reading it in the app with one passage marked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from index.types import Chunk

# Characters shown around the marked passage when an article is too long to show whole: a bulk
# document may hold a million characters, which no page should draw on every click.
WINDOW = 40_000
# Passages are cut at paragraph breaks, so a few characters between two are blank lines; a longer
# stretch is text the index does not hold (page furniture, a refused part) and is marked as left out.
GAP = 4


@dataclass(frozen=True)
class Piece:
    """A stretch of the article's text. `heading` names the PDF page it opens, when that changes
    here (section headings are part of the text already); `gap` says text the index does not
    hold (page furniture, a refused part) lies before it; `marked` says it is the passage the
    reader came from."""

    text: str
    heading: str | None = None
    gap: bool = False
    marked: bool = False


@dataclass(frozen=True)
class ArticleText:
    pieces: tuple[Piece, ...]
    cut_before: bool = False  # the article goes on above what is shown
    cut_after: bool = False


def rebuild(chunks: Iterable[Chunk], marked: Chunk | None = None, window: int = WINDOW) -> ArticleText:
    """The article as its passages hold it, each character once (passages overlap by a sentence),
    split where `marked` starts and ends, with a heading wherever the PDF page changes.

    Every chunk is a verbatim slice `[start, end)` of the cleaned article, so the text shown is the
    article's own, and the marked piece is exactly the cited passage.
    """
    spans = _spans(sorted(chunks, key=lambda c: (c.start, c.end)))
    if not spans:
        return ArticleText(())
    lo, hi = spans[0][0], spans[-1][1]
    if hi - lo > window:
        centre = (marked.start + marked.end) // 2 if marked is not None else lo
        lo = max(lo, min(centre - window // 2, hi - window))
        hi = min(hi, lo + window)
    cuts = {marked.start, marked.end} if marked is not None else set()
    pieces: list[Piece] = []
    last_page: int | None = None
    previous_end: int | None = None
    for span_start, span_end, chunk in spans:
        start, end = max(span_start, lo), min(span_end, hi)
        if start >= end:
            continue
        bounds = sorted({start, end, *(c for c in cuts if start < c < end)})
        for a, b in pairwise(bounds):
            heading = f"Page {chunk.page}" if chunk.page is not None and chunk.page != last_page else None
            text = chunk.text[a - chunk.start:b - chunk.start]
            inside = marked is not None and marked.start <= a and b <= marked.end
            skipped = a - previous_end if previous_end is not None else 0
            if 0 < skipped <= GAP:
                text = "\n\n" + text  # the blank line between two passages, which neither holds
            pieces.append(Piece(text, heading, gap=skipped > GAP, marked=inside))
            last_page, previous_end = chunk.page, b
    return ArticleText(tuple(_merged(pieces)), cut_before=lo > spans[0][0], cut_after=hi < spans[-1][1])


def _spans(chunks: list[Chunk]) -> list[tuple[int, int, Chunk]]:
    """Each chunk's part that no earlier chunk covers, as (start, end, chunk)."""
    covered = -1
    out = []
    for chunk in chunks:
        start = max(chunk.start, covered)
        if start < chunk.end:
            out.append((start, chunk.end, chunk))
        covered = max(covered, chunk.end)
    return out


def _merged(pieces: list[Piece]) -> list[Piece]:
    """Neighbours with nothing between them (no heading, gap or change of marking) made one."""
    out: list[Piece] = []
    for piece in pieces:
        if out and piece.heading is None and not piece.gap and piece.marked == out[-1].marked:
            out[-1] = Piece(out[-1].text + piece.text, out[-1].heading, out[-1].gap, out[-1].marked)
        else:
            out.append(piece)
    return out

