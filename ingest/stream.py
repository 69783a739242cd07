"""Reading and embedding interleaved in batches: memory stays flat and progress has a true pace."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from index.embedder import Embedder, embedding_text
from index.errors import DocumentError
from index.faults import checkpoint
from index.types import Chunk, DocInfo

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from ingest.document import PreparedDoc

# Chunks read before they are embedded together: large enough for full batches sorted by
# length, small enough that the raw text of a huge collection is never all in memory at once.
FLUSH_CHUNKS = 2048

Item = TypeVar("Item")
# (stage, done, total): "reading" counts documents, "embedding" counts the chunks read so far.
ProgressFn = Callable[[str, int, int], None]


@dataclass
class Embedded:
    """What a run produced: new documents, their chunks and one vector per chunk, in order."""

    docs: list[DocInfo] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)
    parts: list[NDArray[np.float32]] = field(default_factory=list)
    # (item, reason) of each document that could not be read
    failed: list[tuple[Any, DocumentError]] = field(default_factory=list)

    @property
    def n_vectors(self) -> int:
        return sum(len(p) for p in self.parts)


def read_and_embed(items: Iterable[Item], total: int, prepare: Callable[[Item], PreparedDoc],
                   embedder: Embedder, *, batch_size: int, progress: ProgressFn | None = None,
                   flush_chunks: int | None = None) -> Embedded:
    """Prepare each item (read, clean, chunk), embedding whenever `flush_chunks` are waiting.

    A document that cannot be read is recorded in `failed` and the run goes on.
    """
    out = Embedded()
    limit = flush_chunks or FLUSH_CHUNKS
    waiting: list[str] = []  # embedding texts of chunks read but not yet embedded
    embedded = 0

    def flush() -> None:
        nonlocal embedded
        if not waiting:
            return

        def step(n: int) -> None:
            nonlocal embedded
            embedded += n
            checkpoint("embedding")
            if progress:
                progress("embedding", embedded, len(out.chunks))

        out.parts.append(embedder.embed(waiting, batch_size=batch_size, progress=step))
        waiting.clear()

    for done, item in enumerate(items, 1):
        try:
            prepared = prepare(item)
        except DocumentError as exc:
            out.failed.append((item, exc))
        else:
            out.docs.append(prepared.doc)
            out.chunks.extend(prepared.chunks)
            title = prepared.doc.title
            waiting.extend(embedding_text(title, c.section, c.text) for c in prepared.chunks)
        if progress:
            progress("reading", done, total)
        if len(waiting) >= limit:
            flush()
    flush()
    return out


def stack(kept: NDArray[np.float32], parts: list[NDArray[np.float32]], dimension: int) -> NDArray[np.float32]:
    """Kept vectors then new ones in one array, allocated once (no intermediate copies)."""
    rows = len(kept) + sum(len(p) for p in parts)
    matrix = np.empty((rows, dimension), dtype=np.float32)
    start = 0
    for part in [kept, *parts]:
        if not len(part):  # an empty kept set may have no width at all
            continue
        matrix[start : start + len(part)] = part
        start += len(part)
    return matrix
