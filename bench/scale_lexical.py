"""Scale bench, keywords: building a LexicalIndex over the synthetic texts and timing its searches."""

from __future__ import annotations

import gc
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from measure import pct_ms, peak_mib, reset_peak, rss_mib
from scale_config import WARMUP

from index.lexical import LexicalIndex, tokenize
from index.search import POOL


def time_lexical(lexical: LexicalIndex, questions: Sequence[str], pool: int = POOL) -> list[float]:
    """Seconds of scores(tokenize(question)) plus the top-`pool` argpartition over the dense array
    (the path retrieve took before LexicalIndex.top)."""
    n = lexical.n_docs
    seconds: list[float] = []
    for question in questions:
        start = time.perf_counter()
        scores = lexical.scores(tokenize(question))
        if scores.any():
            np.argpartition(-scores, min(pool, n) - 1)[:pool]
        seconds.append(time.perf_counter() - start)
    return seconds


def time_lexical_top(lexical: LexicalIndex, questions: Sequence[str], pool: int = POOL) -> list[float] | None:
    """Seconds of LexicalIndex.top([(tokenize(question), 1.0)], pool), the sparse path retrieve uses;
    None when this LexicalIndex has no `top`."""
    top = getattr(lexical, "top", None)
    if top is None:
        return None
    seconds: list[float] = []
    for question in questions:
        start = time.perf_counter()
        top([(tokenize(question), 1.0)], pool)
        seconds.append(time.perf_counter() - start)
    return seconds


@dataclass(frozen=True)
class LexicalFigures:
    size: int
    build_s: float
    p50: float
    p95: float
    vocabulary: int
    rss_growth: float
    build_peak_growth: float
    top_p50: float | None = None  # LexicalIndex.top, where it exists
    top_p95: float | None = None


def lexical_phase(texts: Sequence[str], questions: Sequence[str]) -> tuple[LexicalFigures, LexicalIndex]:
    """A LexicalIndex over `texts` with its build time and memory, and both keyword paths timed."""
    gc.collect()
    reset_peak()
    before = rss_mib()
    start = time.perf_counter()
    lexical = LexicalIndex.build(texts)
    build_s = time.perf_counter() - start
    peak = peak_mib() - before
    gc.collect()
    growth = rss_mib() - before
    time_lexical(lexical, questions[:WARMUP])
    seconds = time_lexical(lexical, questions)
    time_lexical_top(lexical, questions[:WARMUP])
    top = time_lexical_top(lexical, questions)
    return LexicalFigures(len(texts), build_s, pct_ms(seconds, 50), pct_ms(seconds, 95),
                          len(lexical._vocab), growth, peak,
                          pct_ms(top, 50) if top else None, pct_ms(top, 95) if top else None), lexical
