"""Scale benchmark: vector, keyword and whole warm retrieval at 1k, 50k and 1M chunks, and HNSW recall.

Run: .venv/bin/python bench/scale.py [--sizes 1000,50000,1000000 | --quick] [--questions N]

It needs the MedQuAD index that bench/medquad.py keeps in bench/.data/index-corpus-full (about
32,000 real all-MiniLM-L6-v2 chunk vectors and their texts) and the MedQuAD questions in
../shared/benchmarks/medquad. Every figure is measured in this one process, on this machine:

1. Vector search at each size over synthetic vectors made realistic: real MedQuAD chunk vectors
   sampled with replacement, plus Gaussian noise (sigma NOISE_SIGMA per dimension), renormalized.
   Exact (IndexFlatIP) and HNSW, both from index.vectors.build_faiss; queries are real MedQuAD
   questions embedded by the product's embedder.
2. Recall@10 of the HNSW configuration against exact search on the REAL MedQuAD vectors, for
   several efSearch values, and whether the shipped efSearch keeps recall@10 >= 0.95.
3. Keyword search at each size: LexicalIndex over the real chunk texts of the same sampled rows,
   each with a row-number token appended so no two documents are identical.
4. The whole warm Retriever.retrieve at each size against its floor (one FAISS search of the same
   index; and one query embedding + that search), over an in-memory StoredIndex; a cProfile of
   retrieve wherever it misses the goal (warm ask <= 1.5x floor).

Peak RSS per phase is the kernel's high-water mark (VmHWM), reset at the start of each phase.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import platform
import pstats
import random
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from index.lexical import LexicalIndex, tokenize
from index.search import POOL, Retriever
from index.store import Manifest, StoredIndex, current_generation, load_index
from index.types import Chunk, DocInfo
from index.vectors import EXACT_LIMIT, HNSW_EF_SEARCH, FaissIndex, build_faiss

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from index.embedder import Embedder

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data"
MEDQUAD_INDEX = DATA / "index-corpus-full"  # built by bench/medquad.py
QUERIES = ROOT.parent / "shared" / "benchmarks" / "medquad" / "queries.jsonl"
SCRATCH = DATA / "scale"  # git-ignored: holds only the CURRENT pointer the Retriever reads
GENERATION = "gen-scale"

SEED = 20_240_611
NOISE_SIGMA = 0.03  # per dimension: a noisy copy keeps cosine ~0.86 with its source vector
SIZES = (1_000, 50_000, 1_000_000)
QUICK_SIZES = (1_000, 50_000)
EF_SWEEP = (32, 64, 128, 256)
RECALL_K = 10
RECALL_GOAL = 0.95
RATIO_GOAL = 1.5
K = 5  # passages asked of retrieve, as `healthqa ask` does by default
WARMUP = 3
NEIGHBOUR_SAMPLE = 200  # rows whose nearest neighbours describe a collection's neighbourhoods
NOISE_BATCH = 100_000


# ----------------------------------------------------------------------------- measuring helpers

def ms(seconds: float) -> float:
    return seconds * 1000.0


def pct_ms(seconds: Sequence[float], q: float) -> float:
    """The q-th percentile of durations in seconds, in milliseconds."""
    return ms(float(np.percentile(np.asarray(seconds, dtype=np.float64), q)))


def _status_mib(key: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024.0  # kB
    except OSError:
        return None
    return None


def rss_mib() -> float:
    """Resident memory of this process now (MiB)."""
    value = _status_mib("VmRSS")
    return value if value is not None else peak_mib()


def peak_mib() -> float:
    """High-water mark of resident memory since the last reset_peak() (MiB)."""
    value = _status_mib("VmHWM")
    return value if value is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0); False where the kernel does not allow it."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
    except OSError:
        return False
    return True


def cpu_seconds() -> tuple[float, float, float]:
    """(CPU seconds every process has used, of which steal, and this process's own) so far."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            values = [int(v) for v in handle.readline().split()[1:9]]
    except (OSError, ValueError):
        return 0.0, 0.0, 0.0
    tick = float(os.sysconf("SC_CLK_TCK"))
    own = os.times()
    busy = sum(values) - values[3] - values[4]  # user nice system irq softirq steal (not idle, iowait)
    return busy / tick, values[7] / tick, own.user + own.system


@dataclass
class Contention:
    """CPU that other processes took while a stretch of the bench ran (its timings suffer from it)."""

    wall_s: float
    others_s: float  # CPU seconds used by every other process (and the kernel)
    steal_s: float

    @property
    def share(self) -> float:
        """Share of the machine's cores the others held."""
        cores = len(os.sched_getaffinity(0))
        return self.others_s / (self.wall_s * cores) if self.wall_s > 0 else 0.0

    def __str__(self) -> str:
        return f"{self.others_s:.0f} CPU-s ({100 * self.share:.0f}% of the cores)"


class Watch:
    """Measures the Contention over the lifetime of one stretch of work."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.busy, self.steal, self.own = cpu_seconds()

    def stop(self) -> Contention:
        busy, steal, own = cpu_seconds()
        return Contention(time.perf_counter() - self.started,
                          max(0.0, (busy - self.busy) - (own - self.own)), steal - self.steal)


def mib(nbytes: float) -> float:
    return nbytes / 2**20


def log(message: str, started: float) -> None:
    print(f"[{time.perf_counter() - started:7.1f} s] {message}", file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------- synthetic collection

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
    out = []
    for i, row in enumerate(rows.tolist()):
        c = chunks[row]
        out.append(Chunk(id=f"{c.id}~{i}", source=c.source, text=f"{c.text} ref{i}", start=c.start,
                         end=c.end, section=c.section, page=c.page))
    return out


def lexical_texts(chunks: Sequence[Chunk], docs: dict[str, DocInfo]) -> list[str]:
    """What ingest indexes for BM25: the embedding text (title, section, passage)."""
    from index.embedder import embedding_text

    return [embedding_text(docs[c.source].title, c.section, c.text) for c in chunks]


# ----------------------------------------------------------------------------- vector search

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
    seconds, rows = [], []
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


@dataclass
class SweepRow:
    ef: int
    recall: float
    p50_ms: float
    p95_ms: float


def ef_sweep(hnsw: FaissIndex, queries: NDArray[np.float32], truth: NDArray[np.int64],
             efs: Sequence[int]) -> list[SweepRow]:
    """Recall@10 and single-query latency of the HNSW index at each efSearch (restored after)."""
    shipped = int(hnsw.index.hnsw.efSearch)
    out = []
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


@dataclass
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
    hnsw_p50: float
    hnsw_p95: float
    hnsw_recall: float
    hnsw_bytes: int
    hnsw_rss_growth: float
    hnsw_build_peak_growth: float
    phase_peak: float


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
    hnsw_raw, _ = build_faiss(matrix, exact_limit=0)
    hnsw_build = time.perf_counter() - start
    hnsw_peak = peak_mib() - mark
    hnsw = FaissIndex(hnsw_raw)
    hnsw_growth = rss_mib() - mark
    time_searches(hnsw, queries[:WARMUP], POOL)
    hnsw_s, _ = time_searches(hnsw, queries, POOL)
    shipped = ef_sweep(hnsw, queries, truth, [HNSW_EF_SEARCH])[0]
    figures = VectorFigures(
        size=size, product_kind="flat" if keep_flat else "hnsw", nn1=nn1, nn10=nn10,
        exact_build_s=exact_build, exact_p50=pct_ms(exact_s, 50), exact_p95=pct_ms(exact_s, 95),
        exact1_p50=pct_ms(exact1_s, 50), exact1_p95=pct_ms(exact1_s, 95),
        exact_bytes=exact_bytes, exact_rss_growth=exact_growth, hnsw_build_s=hnsw_build,
        hnsw_p50=pct_ms(hnsw_s, 50), hnsw_p95=pct_ms(hnsw_s, 95), hnsw_recall=shipped.recall,
        hnsw_bytes=faiss_bytes(hnsw_raw), hnsw_rss_growth=hnsw_growth,
        hnsw_build_peak_growth=hnsw_peak, phase_peak=max(hwm_before, peak_mib()))
    if keep_flat:
        del hnsw, hnsw_raw
        gc.collect()
        return figures, flat
    return figures, hnsw


# ----------------------------------------------------------------------------- keyword search

def time_lexical(lexical: LexicalIndex, questions: Sequence[str], pool: int = POOL) -> list[float]:
    """Seconds of scores(tokenize(question)) plus the top-`pool` argpartition over the dense array
    (the path retrieve took before LexicalIndex.top)."""
    n = lexical.n_docs
    seconds = []
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
    seconds = []
    for question in questions:
        start = time.perf_counter()
        top([(tokenize(question), 1.0)], pool)
        seconds.append(time.perf_counter() - start)
    return seconds


@dataclass
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


# ----------------------------------------------------------------------------- whole retrieval

def scratch_dir(root: Path = SCRATCH) -> Path:
    """A data folder whose CURRENT names GENERATION, so a preset Retriever never reloads."""
    root.mkdir(parents=True, exist_ok=True)
    if current_generation(root) != GENERATION:
        (root / "CURRENT").write_text(GENERATION + "\n", encoding="utf-8")
    return root


def in_memory_retriever(embedder: Embedder, chunks: list[Chunk], docs: dict[str, DocInfo],
                        vectors: FaissIndex, lexical: LexicalIndex, data_dir: Path) -> Retriever:
    """A Retriever over a StoredIndex held in memory (no save_index: that would build FAISS again)."""
    manifest = Manifest(model_id=embedder.model_id, fingerprint=embedder.fingerprint,
                        dimension=vectors.dimension, chunker={}, files={}, n_chunks=len(chunks),
                        runtime=embedder.runtime)
    used = {c.source for c in chunks}
    store = StoredIndex(manifest, {s: d for s, d in docs.items() if s in used}, chunks, vectors,
                        data_dir / GENERATION, lexical)
    retriever = Retriever(embedder, data_dir)
    retriever._index, retriever._generation = store, GENERATION
    return retriever


@dataclass
class RetrievalFigures:
    size: int
    kind: str
    retrieve: list[float] = field(default_factory=list)  # retrieve(q, K, vector=v)
    search: list[float] = field(default_factory=list)  # vectors.search(v, K)
    ask: list[float] = field(default_factory=list)  # retrieve(q, K): embeds the question itself
    floor: list[float] = field(default_factory=list)  # vectors.search(embed([q])[0], K)
    serving_rss: float = 0.0
    contention: Contention | None = None  # other processes' CPU while this size ran

    def ratios(self) -> tuple[float, float, float, float]:
        """(retrieve/search p50, p95, ask/floor p50, p95)."""
        return (pct_ms(self.retrieve, 50) / pct_ms(self.search, 50),
                pct_ms(self.retrieve, 95) / pct_ms(self.search, 95),
                pct_ms(self.ask, 50) / pct_ms(self.floor, 50),
                pct_ms(self.ask, 95) / pct_ms(self.floor, 95))


def time_retrieval(retriever: Retriever, questions: Sequence[str], vectors: NDArray[np.float32],
                   with_embedding: bool = True) -> RetrievalFigures:
    """Each warm retrieve followed by its floor, question by question (interleaved, same cache state)."""
    index = retriever.index
    embed = retriever.embedder.embed
    kind = "hnsw" if hasattr(getattr(index.vectors, "index", None), "hnsw") else "flat"
    figures = RetrievalFigures(len(index.chunks), kind)
    for question, vector in zip(questions[:WARMUP], vectors[:WARMUP], strict=True):
        retriever.retrieve(question, K, vector=vector)
        retriever.retrieve(question, K)
    for question, vector in zip(questions, vectors, strict=True):
        start = time.perf_counter()
        retriever.retrieve(question, K, vector=vector)
        figures.retrieve.append(time.perf_counter() - start)
        start = time.perf_counter()
        index.vectors.search(vector, K)
        figures.search.append(time.perf_counter() - start)
        if not with_embedding:
            continue
        start = time.perf_counter()
        retriever.retrieve(question, K)
        figures.ask.append(time.perf_counter() - start)
        start = time.perf_counter()
        index.vectors.search(embed([question])[0], K)
        figures.floor.append(time.perf_counter() - start)
    return figures


# The steps of retrieve, by (file name endings, function) as cProfile names them; indent = nesting.
# Steps the current code never calls are left out of the printed table, so the list may name
# functions of both the old and the new keyword path.
PROFILE_STEPS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("index/search.py",), "retrieve", "Retriever.retrieve (total)"),
    (("index/search.py",), "index", "  .index property (reads CURRENT)"),
    (("index/vectors.py",), "search", "  FAISS search, pool of 50 (FaissIndex.search)"),
    (("index/lexical.py",), "tokenize", "  tokenize (question and coverage texts)"),
    (("index/lexical.py",), "correct", "  typo correction (LexicalIndex.correct)"),
    (("index/synonyms.py",), "expand_tokens", "  synonym expansion (expand_tokens)"),
    (("index/synonyms.py",), "matches", "  synonym phrase matching (matches; expansion + coverage)"),
    (("index/search.py",), "_lexical_scores", "  keyword scores, dense path (_lexical_scores)"),
    (("index/lexical.py",), "scores", "    LexicalIndex.scores (question + synonyms)"),
    (("bm25s/__init__.py",), "get_scores", "      bm25s get_scores"),
    (("~",), "<method 'any' of 'numpy.ndarray' objects>", "  dense array .any()"),
    (("index/lexical.py",), "top", "  keyword top-50, sparse path (LexicalIndex.top)"),
    (("_arraysetops_impl.py", "arraysetops.py"), "unique", "    np.unique of touched rows"),
    (("fromnumeric.py",), "argpartition", "  top-50 argpartition (wherever called)"),
    (("index/vectors.py",), "get", "  reconstruct rows (FaissIndex.get: keyword-only + near-copy)"),
    (("index/fusion.py",), "convex", "  fusion (convex)"),
    (("index/fusion.py",), "diversify", "  diversify"),
    (("index/search.py",), "_near_copy", "    _near_copy (text compare + reconstruct)"),
    (("index/search.py",), "_coverage", "  coverage of question words"),
)


@dataclass
class ProfileRow:
    label: str
    calls_per_query: float
    ms_per_query: float
    share: float


def profile_retrieval(retriever: Retriever, questions: Sequence[str],
                      vectors: NDArray[np.float32]) -> tuple[list[ProfileRow], float]:
    """cProfile of retrieve(q, K, vector=v) over the questions: cumulative ms per query of each step,
    and the unprofiled p50 of the same calls for scale (the profiler inflates Python-heavy steps)."""
    seconds = []
    for question, vector in zip(questions, vectors, strict=True):
        start = time.perf_counter()
        retriever.retrieve(question, K, vector=vector)
        seconds.append(time.perf_counter() - start)
    profiler = cProfile.Profile()
    profiler.enable()
    for question, vector in zip(questions, vectors, strict=True):
        retriever.retrieve(question, K, vector=vector)
    profiler.disable()
    stats: Any = pstats.Stats(profiler)  # .stats is documented but absent from typeshed
    raw: dict[tuple[str, int, str], tuple[Any, ...]] = stats.stats
    n = max(len(questions), 1)
    total = 0.0
    rows = []
    for suffixes, name, label in PROFILE_STEPS:
        calls, cumulative = 0, 0.0
        for (filename, _, function), (_, ncalls, _, cum, _) in raw.items():
            if function == name and filename.replace(os.sep, "/").endswith(suffixes):
                calls += ncalls
                cumulative += cum
        if name == "retrieve":
            total = cumulative
        elif not calls:
            continue
        rows.append(ProfileRow(label, calls / n, ms(cumulative) / n, cumulative / total if total else 0.0))
    return rows, pct_ms(seconds, 50)


# ----------------------------------------------------------------------------- inputs

@dataclass
class RealData:
    chunks: list[Chunk]
    docs: dict[str, DocInfo]
    matrix: NDArray[np.float32]
    model_id: str


def load_real(index_dir: Path = MEDQUAD_INDEX) -> RealData:
    if current_generation(index_dir) is None:
        raise SystemExit(f"no MedQuAD index in {index_dir}; run `.venv/bin/python bench/medquad.py` first")
    stored = load_index(index_dir)
    return RealData(stored.chunks, stored.docs, np.ascontiguousarray(stored.matrix(), dtype=np.float32),
                    stored.manifest.model_id)


def load_questions(limit: int, seed: int = SEED, path: Path = QUERIES) -> list[str]:
    """A fixed random sample of the non-generic MedQuAD questions."""
    if not path.is_file():
        raise SystemExit(f"{path} not found (the shared MedQuAD benchmark)")
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    questions = [r["question"] for r in rows if not r["generic"]]
    return random.Random(seed).sample(questions, min(limit, len(questions)))


def machine(embedder: Embedder | None) -> list[tuple[str, str]]:
    import faiss

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "not installed"

    facts = [("cpu_count / usable", f"{os.cpu_count()} / {len(os.sched_getaffinity(0))}"),
             ("faiss omp threads", str(faiss.omp_get_max_threads())),
             ("python", platform.python_version()), ("faiss-cpu", version("faiss-cpu")),
             ("bm25s", version("bm25s")), ("numpy", version("numpy"))]
    if embedder is not None:
        facts += [("embedder", f"{type(embedder).__name__} ({embedder.runtime})"),
                  ("model", embedder.model_id)]
    return facts


# ----------------------------------------------------------------------------- printing

def table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Plain aligned text: first column left, the others right."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = "   ".join(f"{h:<{w}}" if i == 0 else f"{h:>{w}}" for i, (h, w) in enumerate(zip(header, widths,
                                                                                             strict=True)))
    print(f"\n{title}\n{line}\n{'-' * len(line)}")
    for row in rows:
        print("   ".join(f"{c:<{w}}" if i == 0 else f"{c:>{w}}"
                         for i, (c, w) in enumerate(zip(row, widths, strict=True))))


def size_label(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1_000 and n % 1_000 == 0:
        return f"{n // 1_000}k"
    return str(n)


def columns(title: str, sizes: Sequence[int], rows: Sequence[tuple[str, Callable[[int], str]]]) -> None:
    table(title, ["", *(f"{size_label(s)} chunks" for s in sizes)],
          [[label, *(cell(i) for i in range(len(sizes)))] for label, cell in rows])


def print_vectors(figs: Sequence[VectorFigures], real_nn: tuple[float, float]) -> None:
    f = figs
    columns(f"1. Vector search (synthetic: real MedQuAD vectors + N(0, {NOISE_SIGMA}^2) noise, "
            f"renormalized; single queries, k={POOL})", [x.size for x in f], [
        ("product index at this size (EXACT_LIMIT)", lambda i: f[i].product_kind),
        ("neighbours: median cos NN1 / NN10", lambda i: f"{f[i].nn1:.2f} / {f[i].nn10:.2f}"),
        (f"  (real MedQuAD vectors: {real_nn[0]:.2f} / {real_nn[1]:.2f})", lambda i: ""),
        ("exact IndexFlatIP build (s)", lambda i: f"{f[i].exact_build_s:.2f}"),
        ("exact p50 / p95 (ms)", lambda i: f"{f[i].exact_p50:.2f} / {f[i].exact_p95:.2f}"),
        ("exact p50 / p95, faiss omp threads=1 (ms)",
         lambda i: f"{f[i].exact1_p50:.2f} / {f[i].exact1_p95:.2f}"),
        ("exact index bytes (MiB)", lambda i: f"{mib(f[i].exact_bytes):.1f}"),
        ("exact RSS growth (MiB)", lambda i: f"{f[i].exact_rss_growth:.0f}"),
        ("HNSW build (s)", lambda i: f"{f[i].hnsw_build_s:.2f}"),
        (f"HNSW p50 / p95 (ms, efSearch={HNSW_EF_SEARCH})",
         lambda i: f"{f[i].hnsw_p50:.3f} / {f[i].hnsw_p95:.3f}"),
        (f"HNSW recall@10 vs exact (efSearch={HNSW_EF_SEARCH})", lambda i: f"{f[i].hnsw_recall:.3f}"),
        ("HNSW index bytes (MiB)", lambda i: f"{mib(f[i].hnsw_bytes):.1f}"),
        ("HNSW RSS growth held / peak during build (MiB)",
         lambda i: f"{f[i].hnsw_rss_growth:.0f} / {f[i].hnsw_build_peak_growth:.0f}"),
        ("process peak RSS in this phase (MiB)", lambda i: f"{f[i].phase_peak:.0f}"),
    ])


def print_lexical(figs: Sequence[LexicalFigures]) -> None:
    f = figs
    columns("3. Keyword search (LexicalIndex over real MedQuAD chunk texts + a row token; "
            "question words only, no synonyms)", [x.size for x in f], [
        ("build (s)", lambda i: f"{f[i].build_s:.2f}"),
        ("vocabulary (stems)", lambda i: f"{f[i].vocabulary:,}"),
        (f"dense: scores(tokenize(q)) + top-{POOL} argpartition p50 / p95 (ms)",
         lambda i: f"{f[i].p50:.2f} / {f[i].p95:.2f}"),
        (f"sparse: top([(tokenize(q), 1)], {POOL}) p50 / p95 (ms)",
         lambda i: "n/a" if f[i].top_p50 is None else f"{f[i].top_p50:.2f} / {f[i].top_p95:.2f}"),
        ("RSS growth held / peak during build (MiB)",
         lambda i: f"{f[i].rss_growth:.0f} / {f[i].build_peak_growth:.0f}"),
    ])


def print_retrieval(figs: Sequence[RetrievalFigures]) -> None:
    f = figs

    def p(values: Callable[[int], list[float]]) -> Callable[[int], str]:
        return lambda i: f"{pct_ms(values(i), 50):.2f} / {pct_ms(values(i), 95):.2f}"

    columns(f"4. Warm retrieval vs floor (in-memory StoredIndex, preset Retriever; k={K}; "
            f"p50 / p95 ms)", [x.size for x in f], [
        ("vector index (as build_faiss ships it)", lambda i: f[i].kind),
        ("retrieve(q, vector=v)", p(lambda i: f[i].retrieve)),
        ("floor: one FAISS search", p(lambda i: f[i].search)),
        ("ratio p50 / p95", lambda i: "{:.2f}x / {:.2f}x".format(*f[i].ratios()[:2])),
        ("retrieve(q) incl. embedding", p(lambda i: f[i].ask)),
        ("floor: embed([q]) + one FAISS search", p(lambda i: f[i].floor)),
        ("ratio p50 / p95", lambda i: "{:.2f}x / {:.2f}x".format(*f[i].ratios()[2:])),
        (f"goal warm ask <= {RATIO_GOAL}x floor (p50)",
         lambda i: "met" if f[i].ratios()[2] <= RATIO_GOAL else "MISSED"),
        ("process RSS while serving (MiB)", lambda i: f"{f[i].serving_rss:.0f}"),
        ("CPU other processes took during this size", lambda i: str(f[i].contention)),
    ])


def print_profile(size: int, rows: Sequence[ProfileRow], unprofiled_p50: float) -> None:
    table(f"4b. Profile of retrieve(q, vector=v) at {size_label(size)} chunks (cProfile, cumulative; "
          f"unprofiled p50 {unprofiled_p50:.2f} ms)", ["step", "calls/query", "ms/query", "share"],
          [[r.label, f"{r.calls_per_query:.1f}", f"{r.ms_per_query:.3f}", f"{100 * r.share:.1f}%"]
           for r in rows])


# ----------------------------------------------------------------------------- main

def parse_sizes(text: str) -> tuple[int, ...]:
    sizes = tuple(int(part.replace("_", "")) for part in text.split(",") if part.strip())
    if not sizes or min(sizes) < NEIGHBOUR_SAMPLE:
        raise argparse.ArgumentTypeError(f"sizes must be integers >= {NEIGHBOUR_SAMPLE}")
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=parse_sizes, help="comma-separated chunk counts "
                        f"(default {','.join(map(str, SIZES))})")
    parser.add_argument("--quick", action="store_true", help=f"sizes {QUICK_SIZES} only (a smoke run)")
    parser.add_argument("--questions", type=int, default=200, help="MedQuAD questions (default 200)")
    parser.add_argument("--profile", action="store_true", help="profile retrieve at every size, "
                        "not only where it misses the goal")
    args = parser.parse_args(argv)
    if args.quick and args.sizes:
        parser.error("--quick and --sizes exclude each other")
    if args.questions < WARMUP + 1:
        parser.error(f"--questions must be at least {WARMUP + 1}")
    sizes: tuple[int, ...] = QUICK_SIZES if args.quick else (args.sizes or SIZES)
    started = time.perf_counter()
    whole = Watch()
    load_at_start = os.getloadavg()
    rng = np.random.default_rng(SEED)

    from index.settings import Settings
    from ui.cli import load_embedder

    real = load_real()
    questions = load_questions(args.questions)
    log(f"MedQuAD index: {len(real.chunks)} chunks; {len(questions)} questions", started)
    embedder = load_embedder(Settings.load())
    if embedder.model_id != real.model_id:
        raise SystemExit(f"the MedQuAD index was built with {real.model_id}, the embedder is "
                         f"{embedder.model_id}: recall on real vectors would be meaningless")
    embedder.embed(questions[:32])  # first-call warm-up
    qvecs = np.ascontiguousarray(embedder.embed(questions), dtype=np.float32)
    log(f"embedder {type(embedder).__name__} ({embedder.runtime}) ready", started)
    table("Machine", ["", "value"], [[k, v] for k, v in machine(embedder)]
          + [["load average at start (1/5/15 min)", " / ".join(f"{x:.2f}" for x in load_at_start)]])

    # 2. Recall on the real vectors (first: it is small and answers the main quality question).
    exact_real = FaissIndex(build_faiss(real.matrix, exact_limit=len(real.matrix))[0])
    time_searches(exact_real, qvecs[:WARMUP], RECALL_K)
    exact_real_s, _ = time_searches(exact_real, qvecs, RECALL_K)
    _, truth = exact_neighbours(exact_real, qvecs, RECALL_K)
    real_nn = neighbour_profile(exact_real, real.matrix, np.random.default_rng(SEED))
    start = time.perf_counter()
    hnsw_real = FaissIndex(build_faiss(real.matrix, exact_limit=0)[0])
    hnsw_real_build = time.perf_counter() - start
    sweep = ef_sweep(hnsw_real, qvecs, truth, EF_SWEEP)
    del exact_real, hnsw_real
    log("recall on real vectors done", started)

    vector_figs: list[VectorFigures] = []
    lexical_figs: list[LexicalFigures] = []
    retrieval_figs: list[RetrievalFigures] = []
    profiles: list[tuple[int, list[ProfileRow], float]] = []
    data_dir = scratch_dir()
    for size in sizes:
        watch = Watch()
        rows = source_rows(len(real.chunks), size, rng)
        chunks = varied_chunks(real.chunks, rows)
        texts = lexical_texts(chunks, real.docs)
        log(f"{size_label(size)}: keyword index over {len(texts)} texts", started)
        lex_fig, lexical = lexical_phase(texts, questions)
        lexical_figs.append(lex_fig)
        del texts
        log(f"{size_label(size)}: keyword done (build {lex_fig.build_s:.1f} s); vectors", started)
        matrix = noisy_copies(real.matrix, rows, NOISE_SIGMA, rng)
        vec_fig, product = vector_phase(matrix, qvecs, rng)
        vector_figs.append(vec_fig)
        del matrix
        gc.collect()
        log(f"{size_label(size)}: vectors done (HNSW build {vec_fig.hnsw_build_s:.1f} s); retrieval",
            started)
        retriever = in_memory_retriever(embedder, chunks, real.docs, product, lexical, data_dir)
        figures = time_retrieval(retriever, questions, qvecs)
        figures.serving_rss = rss_mib()
        retrieval_figs.append(figures)
        if args.profile or figures.ratios()[2] > RATIO_GOAL:
            rows_, p50 = profile_retrieval(retriever, questions, qvecs)
            profiles.append((size, rows_, p50))
        figures.contention = watch.stop()
        del retriever, product, lexical, chunks
        gc.collect()
        log(f"{size_label(size)}: done", started)

    print_vectors(vector_figs, real_nn)
    table(f"2. HNSW recall@10 vs exact on REAL vectors ({len(real.chunks):,} MedQuAD chunks, "
          f"{len(questions)} MedQuAD questions; build_faiss(exact_limit=0); build {hnsw_real_build:.1f} s; "
          f"exact p50 {pct_ms(exact_real_s, 50):.2f} ms)", ["efSearch", "recall@10", "p50 ms", "p95 ms"],
          [[f"{r.ef}{' (shipped)' if r.ef == HNSW_EF_SEARCH else ''}", f"{r.recall:.3f}",
            f"{r.p50_ms:.3f}", f"{r.p95_ms:.3f}"] for r in sweep])
    shipped = next((r for r in sweep if r.ef == HNSW_EF_SEARCH), None)
    if shipped is not None:
        verdict = "keeps" if shipped.recall >= RECALL_GOAL else "does NOT keep"
        print(f"shipped efSearch={HNSW_EF_SEARCH} {verdict} recall@10 >= {RECALL_GOAL} on real vectors "
              f"({shipped.recall:.3f}); on the synthetic sets: "
              + ", ".join(f"{size_label(v.size)} {v.hnsw_recall:.3f}" for v in vector_figs))
    print_lexical(lexical_figs)
    print_retrieval(retrieval_figs)
    for size, rows_, p50 in profiles:
        print_profile(size, rows_, p50)
    total = time.perf_counter() - started
    contention = whole.stop()
    print(f"\nother processes took {contention} during the run (steal {contention.steal_s:.0f} s); "
          "timings taken while the machine is shared are slower and noisier")
    print(f"process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB; "
          f"total time {total:.0f} s ({total / 60:.1f} min)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
