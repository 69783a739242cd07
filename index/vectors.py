"""Where a generation's vectors live: one small interface, FAISS files by default."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from index.errors import IndexMismatchError

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from index.settings import Settings

VECTORS = "vectors.faiss"

# Exact search costs ~1 ms per 10k chunks here (bench/scale.py); above this size an HNSW graph
# answers in well under a millisecond with recall@10 >= 0.95 against exact search.
EXACT_LIMIT = 100_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 128  # up to HNSW_WIDER_ABOVE rows; hnsw_ef_search() widens it for larger graphs
HNSW_WIDER_ABOVE = 250_000


class VectorIndex(Protocol):
    """Inner-product search over unit vectors; row i is chunk i of the generation."""

    @property
    def size(self) -> int: ...

    @property
    def dimension(self) -> int: ...

    def search(self, query: NDArray[np.float32], k: int) -> tuple[list[float], list[int]]:
        """The k best (scores, rows) for one query vector, best first."""
        ...

    def get(self, rows: Sequence[int]) -> NDArray[np.float32]:
        """The stored vectors of these rows, in that order."""
        ...

    def all(self) -> NDArray[np.float32]:
        """Every vector, (size, dimension), to carry unchanged articles into the next generation."""
        ...


class VectorBackend(Protocol):
    """Writes, opens and forgets the vectors of a generation for the store."""

    def write(self, folder: Path, generation: str, matrix: NDArray[np.float32]) -> dict[str, Any]:
        """Persist `matrix` for `generation` (staged in `folder`); returns what `open` needs later.

        The result is recorded in the manifest under "vectors"; it must name the backend in "kind".
        """
        ...

    def open(self, folder: Path, generation: str, info: dict[str, Any]) -> VectorIndex: ...

    def prune(self, data_dir: Path, keep: set[str]) -> None:
        """Drop what the backend holds for generations other than `keep` (files go with folders)."""
        ...


@dataclass
class FaissIndex:
    """A FAISS index (exact or HNSW) behind the VectorIndex interface."""

    index: Any  # faiss.Index; typed loosely because faiss ships no stubs

    @property
    def size(self) -> int:
        return int(self.index.ntotal)

    @property
    def dimension(self) -> int:
        return int(self.index.d)

    def search(self, query: NDArray[np.float32], k: int) -> tuple[list[float], list[int]]:
        if self.size == 0 or k <= 0:
            return [], []
        scores, rows = self.index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32),
                                         min(k, self.size))
        pairs = [(float(s), int(r)) for s, r in zip(scores[0], rows[0], strict=True) if r >= 0]
        return [s for s, _ in pairs], [r for _, r in pairs]

    def get(self, rows: Sequence[int]) -> NDArray[np.float32]:
        if not len(rows):
            return np.zeros((0, self.dimension), dtype=np.float32)
        found: NDArray[np.float32] = self.index.reconstruct_batch(np.asarray(rows, dtype=np.int64))
        return found

    def all(self) -> NDArray[np.float32]:
        if self.size == 0:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.asarray(self.index.reconstruct_n(0, self.size), dtype=np.float32)


def hnsw_ef_search(rows: int) -> int:
    """efSearch for a graph of `rows` vectors: the more vectors, the wider the search must be to
    keep recall@10 >= 0.95 against exact search (bench/scale.py sweeps it at each size)."""
    return HNSW_EF_SEARCH if rows <= HNSW_WIDER_ABOVE else 2 * HNSW_EF_SEARCH


def build_faiss(matrix: NDArray[np.float32], exact_limit: int = EXACT_LIMIT) -> tuple[Any, dict[str, Any]]:
    """An exact index while exact search is fast enough, an HNSW graph above `exact_limit` rows."""
    import faiss

    rows, dim = matrix.shape
    data = np.ascontiguousarray(matrix, dtype=np.float32)
    if rows <= exact_limit:
        index: Any = faiss.IndexFlatIP(dim)  # faiss's stubs know no common type with .hnsw
        info: dict[str, Any] = {"index": "flat"}
    else:
        index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        ef_search = hnsw_ef_search(rows)
        index.hnsw.efSearch = ef_search
        info = {"index": "hnsw", "M": HNSW_M, "ef_construction": HNSW_EF_CONSTRUCTION,
                "ef_search": ef_search}
    if rows:
        index.add(data)
    return index, info


def _os_error(text: str, path: Path) -> OSError:
    """The OSError behind a FAISS write error message ("… (No space left on device)")."""
    import errno
    import os

    for code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EROFS, errno.EACCES, errno.EIO):
        if os.strerror(code) in text:
            return OSError(code, os.strerror(code), str(path))
    return OSError(errno.EIO, f"cannot write the vectors ({text.splitlines()[-1][:200]})", str(path))


@dataclass(frozen=True)
class FaissBackend:
    """Vectors in a FAISS file inside the generation folder: nothing to run, nothing to prune."""

    exact_limit: int = EXACT_LIMIT

    def write(self, folder: Path, generation: str, matrix: NDArray[np.float32]) -> dict[str, Any]:
        import faiss

        index, info = build_faiss(matrix, self.exact_limit)
        try:
            faiss.write_index(index, str(folder / VECTORS))
        except RuntimeError as exc:
            # FAISS reports a failed write (a full disk, say) as a RuntimeError with the C error
            # in its text; the store and the CLI treat disk trouble as the OSError it is.
            raise _os_error(str(exc), folder / VECTORS) from exc
        return {"kind": "faiss", **info}

    def open(self, folder: Path, generation: str, info: dict[str, Any]) -> VectorIndex:
        import faiss

        index: Any = faiss.read_index(str(folder / VECTORS))
        if "ef_search" in info:
            index.hnsw.efSearch = int(info["ef_search"])
        return FaissIndex(index)

    def prune(self, data_dir: Path, keep: set[str]) -> None:
        return None


def backend_for(settings: Settings) -> VectorBackend:
    """The backend the settings name: FAISS files, or Qdrant (embedded, or a server URL)."""
    if settings.vector_store == "qdrant":
        from index.qdrant_store import QdrantBackend

        return QdrantBackend.connect(settings.data_dir, settings.qdrant_url or None)
    return FaissBackend(settings.exact_limit)


def backend_from_info(info: dict[str, Any], data_dir: Path) -> VectorBackend:
    """The backend that wrote a generation, from what its manifest recorded."""
    kind = info.get("kind", "faiss")  # indexes written before backends were recorded are FAISS
    if kind == "qdrant":
        from index.qdrant_store import QdrantBackend

        return QdrantBackend.from_info(info, data_dir)
    if kind != "faiss":
        raise IndexMismatchError(f"the index keeps its vectors in {kind!r}, which this healthqa "
                                 f"cannot read; run `healthqa ingest --rebuild`")
    return FaissBackend()
