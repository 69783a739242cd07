"""Hybrid retrieval (dense FAISS + BM25), reloading the index when ingest swaps in a new generation."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from index.embedder import Embedder
from index.errors import IndexMismatchError
from index.fusion import convex, diversify
from index.lexical import tokenize
from index.store import Manifest, StoredIndex, current_generation, incompatibility, load_index
from index.synonyms import every_match, expand_tokens, matches, naming, stand_ins
from index.types import Hit

# Chosen on tests/data/seed_dev.jsonl (bench/tune_seed.py) and a MedQuAD sample
# (bench/tune_medquad.py): the seed questions peak at 0.7, MedQuAD at 0.9 (README, "Quality").
ALPHA = 0.75  # weight of the cosine in the fused score
EXPANSION_WEIGHT = 0.4  # BM25 weight of everyday/clinical synonyms relative to the question's words
STAND_IN_WEIGHT = 1.0  # for the other names of a term the question gives only in words no passage holds
POOL = 50  # candidates taken from each of the dense and keyword searches
NEAR_COPY = 0.97  # cosine above which two passages are the same text (duplicated articles)
COVERAGE_DEPTH = 3  # passages checked for the question's words


@dataclass(frozen=True)
class Retrieval:
    """Ranked hits plus the evidence used to decide whether the collection answers at all."""

    question: str
    hits: list[Hit]
    dense_top: float  # best cosine over the whole index
    coverage: float  # idf-weighted share of the question's words found in the top passages
    words: int = 0  # distinct words of the question the coverage was counted over
    unknown: tuple[str, ...] = ()  # the question's stems no passage holds, nor a synonym of them
    # typed stems the keyword search read as a word of the collection ("suplement" -> "supplement")
    corrections: tuple[tuple[str, str], ...] = ()

    def correct(self, stems: list[str]) -> list[str]:
        """`stems` with the typos this retrieval repaired repaired the same way."""
        fixes = dict(self.corrections)
        return [fixes.get(stem, stem) for stem in stems]


class Retriever:
    """Answers `retrieve(question, k)`; safe to share between Streamlit sessions.

    Given `switch` (a runtime's name to an embedder of the same model), a new generation embedded
    by another runtime (`ingest` with HEALTHQA_RUNTIME=onnx-int8, say) is followed without a
    restart: questions must be embedded exactly as the passages were, and int8 vectors differ.
    """

    def __init__(self, embedder: Embedder, data_dir: Path,
                 switch: Callable[[str], Embedder] | None = None) -> None:
        self.embedder = embedder
        self.data_dir = data_dir
        self._switch = switch
        self._lock = threading.Lock()
        _single_threaded_search()
        self._index: StoredIndex | None = None
        self._generation: str | None = None

    @property
    def index(self) -> StoredIndex:
        """The live generation, loaded on first use and again whenever ingest replaced it."""
        with self._lock:
            generation = current_generation(self.data_dir)
            if self._index is None or generation != self._generation:
                loaded = load_index(self.data_dir)
                self.embedder = self._embedder_for(loaded.manifest)
                self._index, self._generation = loaded, loaded.path.name
            return self._index

    def _embedder_for(self, manifest: Manifest) -> Embedder:
        """The embedder that embeds questions as this generation's passages were embedded."""
        embedder = self.embedder
        reason = incompatibility(manifest, model_id=embedder.model_id, fingerprint=embedder.fingerprint,
                                 dimension=embedder.dimension)
        if reason is not None:
            raise IndexMismatchError(f"{reason}; run `healthqa ingest --rebuild` or set HEALTHQA_MODEL "
                                     f"to the index's model")
        if manifest.runtime == embedder.runtime:
            return embedder
        if self._switch is None:
            raise IndexMismatchError(f"the index was embedded by runtime {manifest.runtime}, questions "
                                     f"are embedded with {embedder.runtime}; restart healthqa to switch")
        return self._switch(manifest.runtime)

    def encode_query(self, question: str) -> NDArray[np.float32]:
        vector: NDArray[np.float32] = self.embedder.embed([question])[0]
        return vector

    def search(self, question: str, k: int) -> list[Hit]:
        return self.retrieve(question, k).hits

    def retrieve(self, question: str, k: int, vector: NDArray[np.float32] | None = None,
                 alpha: float = ALPHA, expansion_weight: float = EXPANSION_WEIGHT) -> Retrieval:
        index = self.index
        query = self.encode_query(question) if vector is None else vector
        n = len(index.chunks)
        if n == 0:
            return Retrieval(question, [], 0.0, 0.0)
        pool = min(n, max(POOL, 4 * k))
        dense_scores, dense_rows = index.vectors.search(query, pool)
        dense = dict(zip(dense_rows, dense_scores, strict=True))
        typed = tokenize(question)
        tokens = index.lexical.correct(typed) if index.lexical else []
        lexical: dict[int, float] = {}
        if index.lexical is not None and tokens:
            missing_words = set(index.lexical.unknown(tokens))
            standing = stand_ins(tokens, missing_words)
            lexical = index.lexical.top([(tokens, 1.0), (standing, STAND_IN_WEIGHT),
                                         ([t for t in expand_tokens(tokens) if t not in standing], expansion_weight)],
                                        pool)
        missing = [r for r in lexical if r not in dense]
        if missing:  # cosine of keyword-only candidates, for the fusion and for display
            vectors = index.vectors.get(missing)
            dense.update({r: float(v @ query) for r, v in zip(missing, vectors, strict=True)})
        fused = convex(dense, lexical, alpha)
        order = sorted(fused, key=lambda r: (-fused[r], r))
        taken = diversify(order, k, _near_copy_test(index, order[: 2 * k]))
        hits = [Hit(chunk=index.chunks[r], doc=index.docs[index.chunks[r].source], score=fused[r],
                    rank=i, similarity=dense[r], lexical=lexical.get(r, 0.0))
                for i, r in enumerate(taken, 1)]
        dense_top = dense_scores[0] if dense_scores else 0.0
        return Retrieval(question, hits, dense_top, _coverage(index, tokens, hits[:COVERAGE_DEPTH]), len(set(tokens)),
                         _unknown(index, tokens),
                         tuple(dict.fromkeys((a, b) for a, b in zip(typed, tokens, strict=False) if a != b)))


def _single_threaded_search() -> None:
    """One OpenMP thread for FAISS: a single query on 2 cores ran slower on two threads
    (bench/scale.py: exact search at 50k chunks 5.1 ms vs 2.9 ms), and the embedder and other
    sessions want the other core."""
    import faiss

    faiss.omp_set_num_threads(1)


def _near_copy_test(index: StoredIndex, likely: Sequence[int]) -> Callable[[int, int], bool]:
    """Whether two rows hold the same text, for `diversify`; the vectors of the rows it will
    likely compare are fetched in one call (one FAISS reconstruct per pair cost more)."""
    vectors: dict[int, NDArray[np.float32]] = dict(zip(likely, index.vectors.get(likely), strict=True))

    def vector(row: int) -> NDArray[np.float32]:
        if row not in vectors:
            vectors[row] = index.vectors.get([row])[0]
        return vectors[row]

    def near_copy(a: int, b: int) -> bool:
        if index.chunks[a].text == index.chunks[b].text:
            return True
        return float(np.dot(vector(a), vector(b))) >= NEAR_COPY

    return near_copy


@lru_cache(maxsize=8192)
def _passage_words(title: str, section: str, text: str) -> frozenset[str]:
    """A passage's stemmed words; cached as the top passages recur from question to question."""
    return frozenset(tokenize(f"{title} {section} {text}"))


def _unknown(index: StoredIndex, tokens: list[str]) -> tuple[str, ...]:
    """Stems of the question the collection never uses, under any name of their term group."""
    if index.lexical is None:
        return ()
    absent = set(index.lexical.unknown(tokens))
    for phrase, group in matches(tokens):
        if any(not index.lexical.unknown(other) for other in group):
            absent.difference_update(naming(phrase, group))
    return tuple(t for t in dict.fromkeys(tokens) if t in absent)


def _coverage(index: StoredIndex, tokens: list[str], hits: list[Hit]) -> float:
    """Share of the question's word weight (idf) that the top passages contain, synonyms counted."""
    if index.lexical is None or not tokens:
        return 0.0
    seen: set[str] = set()
    for hit in hits:
        seen.update(_passage_words(hit.doc.title, hit.chunk.section or "", hit.chunk.text))
    # A question word also counts as found when another name of its term group is in the text.
    covered_words = {t for t in tokens if t in seen}
    for phrase, group in every_match(tokens):
        if any(all(t in seen for t in other) for other in group):
            covered_words.update(phrase)
    weights = {t: index.lexical.idf(t) for t in set(tokens)}
    total = sum(weights.values())
    return sum(weights[t] for t in covered_words) / total if total else 0.0
