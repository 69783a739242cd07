"""Scale bench, vectors: the synthetic collection, exact and HNSW search over it, HNSW recall by efSearch."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from measure import pct_ms, peak_mib, reset_peak, rss_mib
from scale_config import EF_SWEEP, NEIGHBOUR_SAMPLE, NOISE_BATCH, RECALL_K, WARMUP

from index.search import POOL
from index.types import Chunk, DocInfo
from index.vectors import EXACT_LIMIT, FaissIndex, build_faiss

if TYPE_CHECKING:
    from numpy.typing import NDArray


def source_rows(n_real: int, size: int, rng: np.random.Generator) -> NDArray[np.int64]:
    """Which real chunk each synthetic row copies: distinct rows while they last, then every real
    row once plus a uniform sample with replacement."""
    if size <= n_real:
        return np.sort(rng.choice(n_real, size, replace=False)).astype(np.int64)
    extra = rng.integers(0, n_real, size - n_real, dtype=np.int64)
    return np.concatenate([np.arange(n_real, dtype=np.int64), extra])


def noisy_copies(base: NDArray[np.float32], rows: NDArray[np.int64], sigma: float,
                 rng: np.random.Generator) -> NDArray[np.float32]:
    """Unit vectors: base[rows] plus N(0, sigma^2) per dimension, renormalized (built in slices)."""
    out = np.empty((len(rows), base.shape[1]), dtype=np.float32)
    for start in range(0, len(rows), NOISE_BATCH):
        part = rows[start:start + NOISE_BATCH]
        block = base[part] + rng.standard_normal((len(part), base.shape[1]), dtype=np.float32) * sigma
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[start:start + len(part)] = block
    return out


def varied_chunks(chunks: Sequence[Chunk], rows: NDArray[np.int64]) -> list[Chunk]:
    """Copies of chunks[rows[i]], each with its own id and a row-number token appended."""
    out: list[Chunk] = []
    for i, row in enumerate(rows.tolist()):
        c = chunks[row]
        out.append(Chunk(id=f"{c.id}~{i}", source=c.source, text=f"{c.text} ref{i}", start=c.start,
                         end=c.end, section=c.section, page=c.page))
    return out


def lexical_texts(chunks: Sequence[Chunk], docs: dict[str, DocInfo]) -> list[str]:
    """What ingest indexes for BM25: the embedding text (title, section, passage)."""
    from index.embedder import embedding_text

    return [embedding_text(docs[c.source].title, c.section, c.text) for c in chunks]


def faiss_bytes(index: Any) -> int:
    """Bytes a FAISS flat or HNSW-flat index holds (its vectors and graph), without serializing it."""
    import faiss

    n, d = int(index.ntotal), int(index.d)
    total = n * d * 4
    if isinstance(index, faiss.IndexHNSW):
        h: Any = index.hnsw  # faiss's stubs omit the graph's arrays
        total += (int(h.neighbors.size()) * 4 + int(h.offsets.size()) * 8 + int(h.levels.size()) * 4
                  + int(h.assign_probas.size()) * 8 + int(h.cum_nneighbor_per_level.size()) * 4)
    return total


def time_searches(index: FaissIndex, queries: NDArray[np.float32],
                  k: int) -> tuple[list[float], list[list[int]]]:
    """Seconds of each single-query FaissIndex.search, and the rows it returned."""
    seconds: list[float] = []
    rows: list[list[int]] = []
    for query in queries:
        start = time.perf_counter()
        _, found = index.search(query, k)
        seconds.append(time.perf_counter() - start)
        rows.append(found)
    return seconds, rows


def exact_neighbours(flat: FaissIndex, queries: NDArray[np.float32], k: int) -> tuple[NDArray[np.float32],
                                                                                     NDArray[np.int64]]:
    """(scores, rows) of the k nearest rows of every query, in one batched exact search."""
    scores, rows = flat.index.search(np.ascontiguousarray(queries, dtype=np.float32), min(k, flat.size))
    return scores, rows


def recall_at_k(found: Sequence[Sequence[int]], truth: NDArray[np.int64], k: int) -> float:
    """Mean share of the exact top k that the approximate search also returned in its top k."""
    if not len(found):
        return 0.0
    hits = [len(set(list(f)[:k]) & {int(t) for t in row[:k] if t >= 0}) / min(k, len(row))
            for f, row in zip(found, truth, strict=True)]
    return float(np.mean(hits))


def neighbour_profile(flat: FaissIndex, matrix: NDArray[np.float32], rng: np.random.Generator,
                      sample: int = NEIGHBOUR_SAMPLE) -> tuple[float, float]:
    """Median cosine of a row's 1st and 10th nearest other row, over a sample of rows."""
    picked = rng.choice(len(matrix), min(sample, len(matrix)), replace=False)
    scores, _ = exact_neighbours(flat, matrix[picked], RECALL_K + 1)
    if scores.shape[1] <= RECALL_K:
        return float(np.median(scores[:, -1])), float("nan")
    return float(np.median(scores[:, 1])), float(np.median(scores[:, RECALL_K]))


def single_thread(work: Callable[[], list[float]]) -> list[float]:
    """Run `work` with FAISS limited to one OpenMP thread, then restore the thread count."""
    import faiss

    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        return work()
    finally:
        faiss.omp_set_num_threads(threads)


@dataclass(frozen=True)
class SweepRow:
    ef: int
    recall: float
    p50_ms: float
    p95_ms: float


def shipped_ef(info: dict[str, Any]) -> int:
    """The efSearch build_faiss gave an HNSW index, read from its info: it may depend on the rows."""
    return int(info["ef_search"])


def sweep_efs(shipped: int, efs: Sequence[int] = EF_SWEEP) -> tuple[int, ...]:
    """The efSearch values to sweep, ascending: `efs` and the shipped value, so it always has a row."""
    return tuple(sorted({*efs, shipped}))


def ef_sweep(hnsw: FaissIndex, queries: NDArray[np.float32], truth: NDArray[np.int64],
             efs: Sequence[int]) -> list[SweepRow]:
    """Recall@10 and single-query latency of the HNSW index at each efSearch (restored after)."""
    shipped = int(hnsw.index.hnsw.efSearch)
    out: list[SweepRow] = []
    try:
        for ef in efs:
            hnsw.index.hnsw.efSearch = ef
            time_searches(hnsw, queries[:WARMUP], RECALL_K)
            seconds, rows = time_searches(hnsw, queries, RECALL_K)
            out.append(SweepRow(ef, recall_at_k(rows, truth, RECALL_K), pct_ms(seconds, 50),
                                pct_ms(seconds, 95)))
    finally:
        hnsw.index.hnsw.efSearch = shipped
    return out


@dataclass(frozen=True)
class VectorFigures:
    size: int
    product_kind: str
    nn1: float
    nn10: float
    exact_build_s: float
    exact_p50: float
    exact_p95: float
    exact1_p50: float  # faiss.omp_set_num_threads(1)
    exact1_p95: float
    exact_bytes: int
    exact_rss_growth: float
    hnsw_build_s: float
    hnsw_ef: int  # as build_faiss ships it at this size
    hnsw_p50: float
    hnsw_p95: float
    hnsw_recall: float
    hnsw_bytes: int
    hnsw_rss_growth: float
    hnsw_build_peak_growth: float
    phase_peak: float
    sweep: tuple[SweepRow, ...]  # sweep_efs(hnsw_ef), on this size's HNSW index and exact truth


def vector_phase(matrix: NDArray[np.float32], queries: NDArray[np.float32],
                 rng: np.random.Generator) -> tuple[VectorFigures, FaissIndex]:
    """Exact and HNSW search over `matrix`; returns the figures and the index the product would use.

    Both indexes come from build_faiss: exact_limit=size forces IndexFlatIP, exact_limit=0 HNSW.
    """
    size = len(matrix)
    gc.collect()
    reset_peak()
    before = rss_mib()
    start = time.perf_counter()
    flat_raw, _ = build_faiss(matrix, exact_limit=size)
    exact_build = time.perf_counter() - start
    flat = FaissIndex(flat_raw)
    exact_growth = rss_mib() - before
    time_searches(flat, queries[:WARMUP], POOL)
    exact_s, _ = time_searches(flat, queries, POOL)
    exact1_s = single_thread(lambda: time_searches(flat, queries, POOL)[0])
    _, truth = exact_neighbours(flat, queries, RECALL_K)
    nn1, nn10 = neighbour_profile(flat, matrix, rng)
    keep_flat = size <= EXACT_LIMIT  # what build_faiss(matrix) ships at this size
    exact_bytes = faiss_bytes(flat_raw)
    if not keep_flat:  # the product would not hold it; free it before the graph is built
        del flat, flat_raw
        gc.collect()
    mark = rss_mib()
    hwm_before = peak_mib()
    reset_peak()
    start = time.perf_counter()
    hnsw_raw, hnsw_info = build_faiss(matrix, exact_limit=0)
    hnsw_build = time.perf_counter() - start
    hnsw_peak = peak_mib() - mark
    hnsw = FaissIndex(hnsw_raw)
    hnsw_growth = rss_mib() - mark
    time_searches(hnsw, queries[:WARMUP], POOL)
    hnsw_s, _ = time_searches(hnsw, queries, POOL)
    ef = shipped_ef(hnsw_info)
    sweep = tuple(ef_sweep(hnsw, queries, truth, sweep_efs(ef)))
    figures = VectorFigures(
        size=size, product_kind="flat" if keep_flat else "hnsw", nn1=nn1, nn10=nn10,
        exact_build_s=exact_build, exact_p50=pct_ms(exact_s, 50), exact_p95=pct_ms(exact_s, 95),
        exact1_p50=pct_ms(exact1_s, 50), exact1_p95=pct_ms(exact1_s, 95),
        exact_bytes=exact_bytes, exact_rss_growth=exact_growth, hnsw_build_s=hnsw_build, hnsw_ef=ef,
        hnsw_p50=pct_ms(hnsw_s, 50), hnsw_p95=pct_ms(hnsw_s, 95),
        hnsw_recall=next(r.recall for r in sweep if r.ef == ef),
        hnsw_bytes=faiss_bytes(hnsw_raw), hnsw_rss_growth=hnsw_growth,
        hnsw_build_peak_growth=hnsw_peak, phase_peak=max(hwm_before, peak_mib()), sweep=sweep)
    if keep_flat:
        del hnsw, hnsw_raw
        gc.collect()
        return figures, flat
    return figures, hnsw


@dataclass(frozen=True)
class RealRecall:
    """HNSW recall@10 by efSearch on the real vectors, and the exact search it is measured against."""

    exact_p50: float  # ms, k=RECALL_K
    nn: tuple[float, float]  # neighbour_profile of the real vectors
    hnsw_build_s: float
    ef: int  # as build_faiss ships it at this many rows
    sweep: tuple[SweepRow, ...]


def real_recall(matrix: NDArray[np.float32], queries: NDArray[np.float32],
                rng: np.random.Generator) -> RealRecall:
    """The sweep of sweep_efs(shipped efSearch) over an HNSW index of `matrix`, against exact truth."""
    exact = FaissIndex(build_faiss(matrix, exact_limit=len(matrix))[0])
    time_searches(exact, queries[:WARMUP], RECALL_K)
    exact_s, _ = time_searches(exact, queries, RECALL_K)
    _, truth = exact_neighbours(exact, queries, RECALL_K)
    nn = neighbour_profile(exact, matrix, rng)
    start = time.perf_counter()
    hnsw_raw, info = build_faiss(matrix, exact_limit=0)
    hnsw = FaissIndex(hnsw_raw)
    build_s = time.perf_counter() - start
    ef = shipped_ef(info)
    sweep = tuple(ef_sweep(hnsw, queries, truth, sweep_efs(ef)))
    return RealRecall(pct_ms(exact_s, 50), nn, build_s, ef, sweep)
