"""Combining dense and keyword rankings, and keeping near-copies out of the top passages (pure)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence


def convex(dense: Mapping[int, float], lexical: Mapping[int, float], alpha: float) -> dict[int, float]:
    """alpha · cosine + (1 − alpha) · BM25 / best BM25, over the union of both candidate pools.

    Cosine is already on a fixed scale; BM25 is not, so it is divided by the pool's best score.
    A candidate missing from one pool scores 0 there (its cosine is filled in by the caller).
    """
    top = max(lexical.values(), default=0.0)
    rows = set(dense) | set(lexical)
    return {r: alpha * dense.get(r, 0.0) + (1 - alpha) * (lexical.get(r, 0.0) / top if top > 0 else 0.0)
            for r in rows}


def diversify(order: Sequence[int], k: int, similar: Callable[[int, int], bool]) -> list[int]:
    """The first k rows of `order`, skipping any row `similar` to one already taken."""
    taken: list[int] = []
    for row in order:
        if len(taken) == k:
            break
        if not any(similar(row, other) for other in taken):
            taken.append(row)
    return taken
