"""How a rule's combination of findings is met in a question: anywhere ("*"), or close together in one sentence."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from qa.triage_context import Scopes


@lru_cache(maxsize=1024)
def parts(combo: str) -> tuple[bool, tuple[str, ...]]:
    """A combination as (spread over the whole question, its findings); parsed once."""
    return combo.startswith("*"), tuple(p.strip() for p in combo.lstrip("*").split("+"))


def combo_fires(combo: str, text: str, context: Scopes, found: dict[str, tuple[tuple[int, int], ...]],
                window: int) -> bool:
    """Whether `found` meets the combination: every finding affirmed, and (without "*") within `window` words
    of one sentence."""
    whole, names = parts(combo)
    if not all(p in found for p in names):  # most combinations end here, on a dict lookup
        return False
    spans = [found[p] for p in names]
    if whole or len(names) == 1:
        return True
    # One sentence at a time, the narrowest stretch of words holding every part (a sliding
    # window over the parts' places): linear, where trying every combination was exponential
    # ("leg. cold. pale. " repeated took 30 s).
    words = _word_starts(text)
    by_sentence: dict[int, list[tuple[int, int, int]]] = {}
    for part, part_spans in enumerate(spans):
        for start, end in part_spans:
            by_sentence.setdefault(context.sentence_of(start), []).append(
                (bisect.bisect_right(words, start) - 1, bisect.bisect_right(words, max(start, end - 1)) - 1, part))
    return any(_narrowest(sorted(places), len(names)) <= window for places in by_sentence.values()
               if len({p for _, _, p in places}) == len(names))


@lru_cache(maxsize=2048)
def _word_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\S+", text)]


def _narrowest(places: list[tuple[int, int, int]], parts: int) -> int:
    """Fewest words of a stretch holding one place of every part (places sorted by first word)."""
    counts = [0] * parts
    held = left = 0
    best = 1 << 30
    for right, (_, _, part) in enumerate(places):
        held += counts[part] == 0
        counts[part] += 1
        while held == parts:
            last = max(end for _, end, _ in places[left:right + 1])
            best = min(best, last - places[left][0] + 1)
            counts[places[left][2]] -= 1
            held -= counts[places[left][2]] == 0
            left += 1
    return best
