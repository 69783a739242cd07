"""Dense retrieval over the stored index, reloading it when ingest swaps in a new generation."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from index.embedder import Embedder
from index.errors import IndexMismatchError
from index.store import StoredIndex, current_generation, load_index
from index.types import Hit

if TYPE_CHECKING:
    from numpy.typing import NDArray


class Retriever:
    """Answers `search(question, k)` with ranked hits; safe to share between Streamlit sessions."""

    def __init__(self, embedder: Embedder, data_dir: Path) -> None:
        self.embedder = embedder
        self.data_dir = data_dir
        self._lock = threading.Lock()
        self._index: StoredIndex | None = None
        self._generation: str | None = None

    @property
    def index(self) -> StoredIndex:
        """The live generation, loaded on first use and again whenever ingest replaced it."""
        with self._lock:
            generation = current_generation(self.data_dir)
            if self._index is None or generation != self._generation:
                loaded = load_index(self.data_dir)
                manifest = loaded.manifest
                if (manifest.model_id, manifest.fingerprint) != (
                    self.embedder.model_id, self.embedder.fingerprint):
                    raise IndexMismatchError(
                        f"the index was built with {manifest.model_id}, but the model in use is "
                        f"{self.embedder.model_id}; run `healthqa ingest --rebuild` or set "
                        f"HEALTHQA_MODEL back")
                self._index, self._generation = loaded, loaded.path.name
            return self._index

    def encode_query(self, question: str) -> NDArray[np.float32]:
        vector: NDArray[np.float32] = self.embedder.embed([question])[0]
        return vector

    def search(self, question: str, k: int) -> list[Hit]:
        return self.search_vector(self.encode_query(question), k)

    def search_vector(self, vector: NDArray[np.float32], k: int) -> list[Hit]:
        index = self.index
        n = min(k, len(index.chunks))
        if n == 0:
            return []
        scores, rows = index.vectors.search(np.asarray(vector, dtype=np.float32).reshape(1, -1), n)
        hits: list[Hit] = []
        for score, row in zip(scores[0], rows[0], strict=True):
            if row < 0:
                continue
            chunk = index.chunks[int(row)]
            hits.append(Hit(chunk=chunk, doc=index.docs[chunk.source], score=float(score),
                            rank=len(hits) + 1))
        return hits
