"""The persisted index: vectors, chunk records and manifest, swapped in atomically as one generation."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from index.errors import IndexMismatchError, IndexMissingError
from index.faults import checkpoint
from index.lexical import LexicalIndex
from index.types import Chunk, DocInfo
from index.vectors import FaissBackend, VectorBackend, VectorIndex, backend_from_info

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from numpy.typing import NDArray

FORMAT_VERSION = 1
CURRENT = "CURRENT"
MANIFEST = "manifest.json"
CHUNKS = "chunks.jsonl"
DOCS = "docs.jsonl"
REBUILD_HINT = "run `healthqa ingest --rebuild`"


@dataclass(frozen=True)
class Manifest:
    """Describes one generation: what built it and which file contents it holds."""

    model_id: str
    fingerprint: str
    dimension: int
    chunker: dict[str, Any]
    files: dict[str, str]  # source -> sha256 of the file's bytes
    n_chunks: int
    generation: int = 0
    format: int = FORMAT_VERSION
    created: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    # How the vectors were computed ("onnx", "onnx-int8", "torch"): questions are embedded the
    # same way. Indexes from before runtimes were recorded were built by sentence-transformers.
    runtime: str = "torch"
    vectors: dict[str, Any] = field(default_factory=dict)  # the backend's record (VectorBackend.write)


@dataclass(frozen=True)
class StoredIndex:
    """One loaded generation. `vectors` is a FAISS index whose row i is `chunks[i]`."""

    manifest: Manifest
    docs: dict[str, DocInfo]
    chunks: list[Chunk]
    vectors: VectorIndex
    path: Path
    lexical: LexicalIndex | None = None  # None only for an empty collection

    def matrix(self) -> NDArray[np.float32]:
        """All vectors as a (n, dim) array, e.g. to reuse those of unchanged articles."""
        if self.vectors.size == 0:
            return np.zeros((0, self.manifest.dimension), dtype=np.float32)
        return self.vectors.all()


def current_generation(data_dir: Path) -> str | None:
    """Name of the live generation folder, or None; cheap enough to call on every question."""
    try:
        name = (data_dir / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name or None


def read_manifest(data_dir: Path) -> Manifest:
    """The live generation's manifest alone, without loading vectors or chunks."""
    name = current_generation(data_dir)
    if name is None:
        raise IndexMissingError(f"no index in {data_dir}; run `healthqa ingest` to build it")
    try:
        return Manifest(**json.loads((data_dir / name / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError) as exc:
        raise IndexMismatchError(f"the index in {data_dir / name} is damaged ({exc}); "
                                 f"{REBUILD_HINT}") from exc


def incompatibility(manifest: Manifest, *, model_id: str, fingerprint: str, dimension: int | None = None,
                    chunker: dict[str, Any] | None = None, runtime: str | None = None) -> str | None:
    """Why an index cannot be searched or extended with this setup, or None when it can.

    The one place the index is held against a model: ingest, the retriever, `doctor` and `serve`
    each ask it, leaving out what they cannot know (a question has no chunker). The reason has no
    fix in it, as each caller's fix differs.
    """
    if manifest.format != FORMAT_VERSION:
        return f"the index has format {manifest.format}, this healthqa reads {FORMAT_VERSION}"
    if manifest.model_id != model_id or manifest.fingerprint != fingerprint:
        return (f"the index was built with model {manifest.model_id} ({manifest.fingerprint[:12]}), "
                f"not {model_id} ({fingerprint[:12]})")
    if runtime is not None and manifest.runtime != runtime:
        return (f"the index was embedded by runtime {manifest.runtime}, this run uses {runtime} "
                f"(HEALTHQA_RUNTIME)")
    if dimension is not None and manifest.dimension != dimension:
        return f"the index holds {manifest.dimension}-d vectors, the model makes {dimension}-d ones"
    if chunker is not None and manifest.chunker != chunker:
        return f"the index was chunked with {manifest.chunker}, the current chunker is {chunker}"
    return None


def check_compatible(manifest: Manifest, *, model_id: str, fingerprint: str, dimension: int,
                     chunker: dict[str, Any], runtime: str | None = None) -> None:
    """Raise IndexMismatchError when the index cannot be extended with this setup."""
    reason = incompatibility(manifest, model_id=model_id, fingerprint=fingerprint, dimension=dimension,
                             chunker=chunker, runtime=runtime)
    if reason is not None:
        raise IndexMismatchError(f"{reason}; {REBUILD_HINT}")


def load_index(data_dir: Path) -> StoredIndex:
    """Load the live generation, checking that its three parts describe the same chunks."""
    name = current_generation(data_dir)
    if name is None:
        raise IndexMissingError(f"no index in {data_dir}; run `healthqa ingest` to build it")
    folder = data_dir / name
    try:
        raw = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        manifest = Manifest(**raw)
        docs = {d.source: d for d in map(DocInfo.from_dict, _read_jsonl(folder / DOCS))}
        chunks = [Chunk.from_dict(row) for row in _read_jsonl(folder / CHUNKS)]
        vectors = backend_from_info(manifest.vectors, data_dir).open(folder, name, manifest.vectors)
        lexical = LexicalIndex.load(folder, len(chunks)) if chunks else None
    except (OSError, ValueError, TypeError, RuntimeError, KeyError) as exc:
        raise IndexMismatchError(f"the index in {folder} is damaged ({exc}); {REBUILD_HINT}") from exc
    if not (vectors.size == len(chunks) == manifest.n_chunks):
        raise IndexMismatchError(
            f"the index in {folder} is inconsistent ({vectors.size} vectors, {len(chunks)} chunks, "
            f"manifest says {manifest.n_chunks}); {REBUILD_HINT}")
    if vectors.dimension != manifest.dimension:
        raise IndexMismatchError(f"the index in {folder} holds {vectors.dimension}-d vectors, manifest says "
                                 f"{manifest.dimension}; {REBUILD_HINT}")
    missing = {c.source for c in chunks} - docs.keys()
    if missing:
        raise IndexMismatchError(f"chunks of unknown articles {sorted(missing)[:3]}; {REBUILD_HINT}")
    return StoredIndex(manifest, docs, chunks, vectors, folder, lexical)


def save_index(data_dir: Path, manifest: Manifest, docs: Iterable[DocInfo], chunks: list[Chunk],
               matrix: NDArray[np.float32], lexical: LexicalIndex | None = None,
               backend: VectorBackend | None = None) -> Path:
    """Write a new generation beside the live one, then switch CURRENT to it in one rename.

    A reader sees either the old generation or the new one, never a mix, and a crash at any
    point leaves the old one live.
    """
    backend = backend or FaissBackend()
    if matrix.shape != (len(chunks), manifest.dimension):
        raise ValueError(f"{matrix.shape} vectors for {len(chunks)} chunks of dim {manifest.dimension}")
    data_dir.mkdir(parents=True, exist_ok=True)
    previous = current_generation(data_dir)
    number = _next_generation(data_dir)
    name = f"gen-{number:06d}"
    staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=data_dir))
    try:
        vectors_info = backend.write(staging, name, np.ascontiguousarray(matrix, dtype=np.float32))
        if chunks:
            if lexical is None or lexical.n_docs != len(chunks):
                raise ValueError("a non-empty index needs a keyword index over the same chunks")
            lexical.save(staging)
        _write_lines(staging / CHUNKS, (json.dumps(c.to_dict(), ensure_ascii=False) for c in chunks))
        _write_lines(staging / DOCS, (json.dumps(d.to_dict(), ensure_ascii=False) for d in docs))
        stamped = Manifest(**{**asdict(manifest), "generation": number, "n_chunks": len(chunks),
                              "vectors": vectors_info})
        _write_lines(staging / MANIFEST, [json.dumps(asdict(stamped), indent=1, ensure_ascii=False)])
        for part in staging.rglob("*"):  # the keyword index's files too
            if part.is_file():
                _fsync(part)
        _fsync_dir(staging)
        checkpoint("staged")
        os.replace(staging, data_dir / name)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        try:  # a half-filled external collection of this generation
            backend.prune(data_dir, keep={previous} if previous else set())
        except Exception as exc:  # the write's own error is the one to report
            log.warning("could not remove the unfinished vectors of %s (%s)", name, exc)
        raise
    _fsync_dir(data_dir)
    checkpoint("renamed")
    pointer = data_dir / f".{CURRENT}.tmp"
    _write_lines(pointer, [name])
    os.replace(pointer, data_dir / CURRENT)
    _fsync_dir(data_dir)
    _remove_stale(data_dir, keep={name, previous})
    try:
        backend.prune(data_dir, keep={g for g in (name, previous) if g})
    except Exception as exc:  # leftovers elsewhere cost space, never correctness
        log.warning("could not remove vectors of older generations (%s); they only take space", exc)
    log.info("saved generation %s (%d chunks)", name, len(chunks))
    return data_dir / name


def _next_generation(data_dir: Path) -> int:
    numbers = [int(p.name[4:]) for p in data_dir.glob("gen-*") if p.name[4:].isdigit()]
    return max(numbers, default=0) + 1


def _remove_stale(data_dir: Path, keep: set[str | None]) -> None:
    # The previous generation stays one round so a reader that just opened it can finish.
    for path in data_dir.iterdir():
        stale_gen = path.name.startswith("gen-") and path.name not in keep
        stale_tmp = path.name.startswith(".gen-")
        if path.is_dir() and (stale_gen or stale_tmp):
            shutil.rmtree(path, ignore_errors=True)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _write_lines(path: Path, lines: Iterable[str]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line)
            handle.write("\n")
        handle.flush()
        os.fsync(handle.fileno())


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    # Some filesystems refuse fsync on directories; the rename is atomic all the same.
    with contextlib.suppress(OSError):
        _fsync(path)
