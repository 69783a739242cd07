"""Scale bench, whole retrieval: a warm Retriever.retrieve timed against its floor, and its cProfile."""

from __future__ import annotations

import cProfile
import os
import pstats
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from measure import Contention, ms, pct_ms
from scale_config import GENERATION, SCRATCH, WARMUP, K

from index.lexical import LexicalIndex
from index.search import Retriever
from index.store import Manifest, StoredIndex, current_generation
from index.types import Chunk, DocInfo
from index.vectors import FaissIndex

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from index.embedder import Embedder


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


@dataclass  # not frozen: time_retrieval fills it question by question, main adds RSS and contention
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
    (("index/lexical.py",), "top", "  keyword top-50 (LexicalIndex.top)"),
    (("index/lexical.py",), "_top_maxscore", "    MaxScore (above 200k rows)"),
    (("_arraysetops_impl.py", "arraysetops.py"), "unique", "      np.unique of the rows it visits"),
    (("index/lexical.py",), "_top_dense", "    dense sums over every row"),
    (("fromnumeric.py",), "argpartition", "  top-50 argpartition (wherever called)"),
    (("index/vectors.py",), "get", "  reconstruct rows (FaissIndex.get: keyword-only + near-copy)"),
    (("index/fusion.py",), "convex", "  fusion (convex)"),
    (("index/fusion.py",), "diversify", "  diversify"),
    (("index/search.py",), "_near_copy_test", "    near-copy vectors of the likely rows (one reconstruct)"),
    (("index/search.py",), "near_copy", "    near_copy (text compare + dot product)"),
    (("index/search.py",), "_coverage", "  coverage of question words"),
)


@dataclass(frozen=True)
class ProfileRow:
    label: str
    calls_per_query: float
    ms_per_query: float
    share: float


def profile_retrieval(retriever: Retriever, questions: Sequence[str],
                      vectors: NDArray[np.float32]) -> tuple[list[ProfileRow], float]:
    """cProfile of retrieve(q, K, vector=v) over the questions: cumulative ms per query of each step,
    and the unprofiled p50 of the same calls for scale (the profiler inflates Python-heavy steps)."""
    seconds: list[float] = []
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
    rows: list[ProfileRow] = []
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

