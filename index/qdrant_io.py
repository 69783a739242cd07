"""Reading and writing Qdrant collections: the two VectorIndex kinds and the client helpers.

`MemoryIndex` holds an embedded generation's vectors in memory; `ServerIndex` asks a Qdrant server
at every call. The helpers below upload, read back and check a collection, and turn a server's
failures into one-line errors. `index.qdrant_store` decides where a generation lives and when.

qdrant_client is imported inside functions: importing it takes a second or more, and most
commands (`healthqa --help`, FAISS indexes) never need it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import numpy as np

from index.errors import IndexMismatchError, VectorStoreError

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from qdrant_client import QdrantClient

API_KEY_ENV = "QDRANT_API_KEY"
REBUILD_HINT = "run `healthqa ingest --rebuild`"

UPLOAD_BATCH = 256  # points a request: about 1 MB of JSON at 384 dimensions
READ_BATCH = 1024
HNSW_EF = 128  # as FAISS's HNSW: recall@10 >= 0.95 on large collections


@dataclass(frozen=True)
class MemoryIndex:
    """A generation's vectors held in memory: exact inner-product search with numpy."""

    matrix: NDArray[np.float32]  # read-only, row i = chunk i

    @property
    def size(self) -> int:
        return int(self.matrix.shape[0])

    @property
    def dimension(self) -> int:
        return int(self.matrix.shape[1])

    def search(self, query: NDArray[np.float32], k: int) -> tuple[list[float], list[int]]:
        if self.size == 0 or k <= 0:
            return [], []
        scores = self.matrix @ np.asarray(query, dtype=np.float32).reshape(-1)
        k = min(k, self.size)
        top = np.argpartition(-scores, k - 1)[:k] if k < self.size else np.arange(self.size)
        order = sorted(top.tolist(), key=lambda r: (-scores[r], r))
        return [float(scores[r]) for r in order], [int(r) for r in order]

    def get(self, rows: Sequence[int]) -> NDArray[np.float32]:
        if not len(rows):
            return np.zeros((0, self.dimension), dtype=np.float32)
        return self.matrix[np.asarray(rows, dtype=np.int64)]

    def all(self) -> NDArray[np.float32]:
        return self.matrix


@dataclass
class ServerIndex:
    """A generation's collection on a Qdrant server; every call is a request."""

    client: QdrantClient
    url: str
    collection: str
    n_points: int
    n_dims: int

    @property
    def size(self) -> int:
        return self.n_points

    @property
    def dimension(self) -> int:
        return self.n_dims

    def search(self, query: NDArray[np.float32], k: int) -> tuple[list[float], list[int]]:
        if self.size == 0 or k <= 0:
            return [], []
        from qdrant_client import models

        with server_errors(self.url):
            found = self.client.query_points(
                self.collection, query=np.asarray(query, dtype=np.float32).reshape(-1).tolist(),
                limit=min(k, self.size), with_payload=False, with_vectors=False,
                search_params=models.SearchParams(hnsw_ef=max(HNSW_EF, k))).points
        return [float(p.score) for p in found], [int(p.id) for p in found]

    def get(self, rows: Sequence[int]) -> NDArray[np.float32]:
        if not len(rows):
            return np.zeros((0, self.dimension), dtype=np.float32)
        with server_errors(self.url):
            records = self.client.retrieve(self.collection, ids=[int(r) for r in rows],
                                           with_payload=False, with_vectors=True)
        by_row = {int(r.id): _vector(r.vector, self.collection) for r in records}
        missing = [r for r in rows if int(r) not in by_row]
        if missing:
            raise IndexMismatchError(f"the Qdrant collection {self.collection} at {self.url} lacks "
                                     f"rows {missing[:3]}; {REBUILD_HINT}")
        return np.asarray([by_row[int(r)] for r in rows], dtype=np.float32)

    def all(self) -> NDArray[np.float32]:
        with server_errors(self.url):
            return read_all(self.client, self.collection, self.size, self.dimension)



def upload(client: QdrantClient, name: str, matrix: NDArray[np.float32]) -> None:
    from qdrant_client import models

    for start in range(0, matrix.shape[0], UPLOAD_BATCH):
        block = matrix[start:start + UPLOAD_BATCH]
        client.upsert(name, points=models.Batch(ids=list(range(start, start + len(block))),
                                                vectors=block.tolist()), wait=True)


def read_all(client: QdrantClient, name: str, size: int, dimension: int) -> NDArray[np.float32]:
    """Every vector of the collection, row i from point i; the rows must be exactly 0..size-1."""
    matrix = np.zeros((size, dimension), dtype=np.float32)
    seen = np.zeros(size, dtype=bool)
    offset: Any = None
    while True:
        records, offset = client.scroll(name, limit=READ_BATCH, offset=offset, with_payload=False,
                                        with_vectors=True)
        for record in records:
            row = record.id
            if not isinstance(row, int) or not 0 <= row < size:
                raise IndexMismatchError(f"the Qdrant collection {name} holds point {row!r}, not a row "
                                         f"of this index; {REBUILD_HINT}")
            matrix[row] = _vector(record.vector, name)
            seen[row] = True
        if offset is None:
            break
    if not seen.all():
        raise IndexMismatchError(f"the Qdrant collection {name} lacks {int((~seen).sum())} of "
                                 f"{size} rows; {REBUILD_HINT}")
    return matrix


def _vector(vector: Any, name: str) -> list[float]:
    # Unnamed dense vectors come back as a list; anything else was not written by healthqa.
    if not isinstance(vector, list):
        raise IndexMismatchError(f"the Qdrant collection {name} does not hold plain vectors; "
                                 f"{REBUILD_HINT}")
    return vector


def collection_dimension(client: QdrantClient, name: str) -> int:
    from qdrant_client import models

    params = client.get_collection(name).config.params.vectors
    if not isinstance(params, models.VectorParams):
        raise IndexMismatchError(f"the Qdrant collection {name} does not hold plain vectors; "
                                 f"{REBUILD_HINT}")
    return int(params.size)


@contextlib.contextmanager
def server_errors(url: str) -> Iterator[None]:
    """Turn a failed request into one line that names the server and what to do."""
    import httpx
    from qdrant_client.http.exceptions import ApiException, UnexpectedResponse

    where = public_url(url)
    try:
        yield
    except UnexpectedResponse as exc:
        if exc.status_code in (401, 403):
            raise VectorStoreError(f"the Qdrant server at {where} refused access ({exc.status_code}); "
                                   f"set {API_KEY_ENV} to its API key") from exc
        raise VectorStoreError(f"the Qdrant server at {where} answered {exc.status_code} "
                               f"{exc.reason_phrase}: {_one_line(exc.content.decode(errors='replace'))}"
                               ) from exc
    except (ApiException, httpx.HTTPError, OSError) as exc:
        reason = _one_line(str(getattr(exc, "source", None) or exc) or type(exc).__name__)
        raise VectorStoreError(f"cannot reach the Qdrant server at {where} ({reason}); start it, or "
                               f"correct HEALTHQA_QDRANT_URL") from exc


def public_url(url: str) -> str:
    """The URL without user:password@, which must not reach the manifest or a message."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit(parts._replace(netloc=netloc))


def _one_line(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def skip_sync_per_point(client: QdrantClient, name: str) -> None:
    """Let SQLite skip its fsync after each point while a new embedded store is filled.

    Local mode commits every point on its own (about 2 ms a point with the fsync, 0.5 ms
    without); the whole folder is fsynced once after the write instead, and a crash meanwhile
    leaves a store that no manifest names and the next write replaces. This reaches into
    qdrant-client's internals; if they change, writes are merely slower.
    """
    with contextlib.suppress(Exception):
        local = getattr(client, "_client", None)
        storage: Any = getattr(getattr(local, "collections", {}).get(name), "storage", None)
        storage.storage.execute("PRAGMA synchronous=OFF")


def fsync_tree(root: Path) -> None:
    # Local mode writes meta.json without fsync; the store's crash guarantee needs it on disk,
    # and the new folder's entry in data/qdrant/ too.
    for path in [*sorted(root.rglob("*"), reverse=True), root, root.parent]:
        with contextlib.suppress(OSError):
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
