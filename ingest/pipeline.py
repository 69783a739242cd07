"""Bringing the index in line with corpus/: only added or changed articles are embedded again."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from index.embedder import Embedder, embedding_text
from index.errors import (
    DocumentError,
    HealthQAError,
    IndexMismatchError,
    IngestConflictError,
    VectorStoreError,
)
from index.hashing import file_sha256
from index.lexical import LexicalIndex
from index.settings import Settings
from index.store import Manifest, StoredIndex, check_compatible, load_index, save_index
from index.types import Chunk, DocInfo
from index.vectors import backend_for
from ingest.bulk import SEPARATOR, BulkDoc, BulkError, is_bulk, read_bulk
from ingest.chunker import CHUNKER_VERSION, ChunkerConfig
from ingest.document import PreparedDoc, ReadLimits, prepare_document, prepare_raw
from ingest.loaders import check_length, is_supported
from ingest.oneline import describe
from ingest.refusals import RETRY_HINT, entry, refusal_key, remembered
from ingest.scan import Scan, corpus_state, scan, scan_corpus
from ingest.space import check_room, needed_bytes, storage_error
from ingest.stream import ProgressFn, read_and_embed, stack

__all__ = ["FileResult", "SyncReport", "chunking_mismatch", "corpus_state", "plan_changes",
           "scan_corpus", "sync"]

if TYPE_CHECKING:
    from numpy.typing import NDArray

LOCK_NAME = ".ingest.lock"


@dataclass(frozen=True)
class FileResult:
    """What happened to one file: added, changed, unchanged, removed, duplicate or failed."""

    source: str
    status: str
    detail: str = ""
    chunks: int = 0


@dataclass(frozen=True)
class SyncReport:
    results: list[FileResult]
    n_docs: int
    n_chunks: int
    wrote: bool
    note: str = ""
    embedded: int = 0

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]


@dataclass(frozen=True)
class _Item:
    """One document to index: an article file, or one line of a bulk JSON Lines file."""

    source: str
    digest: str
    path: Path
    bulk: BulkDoc | None = None


@dataclass
class _Plan:
    keep: list[str] = field(default_factory=list)
    todo: list[_Item] = field(default_factory=list)
    results: dict[str, FileResult] = field(default_factory=dict)
    refused: dict[str, dict[str, str]] = field(default_factory=dict)  # still refused, not read again


def chunker_config(settings: Settings, embedder: Embedder) -> ChunkerConfig:
    return ChunkerConfig(max_words=settings.chunk_words, max_tokens=embedder.max_tokens)


def sync(settings: Settings, embedder: Embedder, *, rebuild: bool = False, dry_run: bool = False,
         progress: ProgressFn | None = None, retry: bool = False) -> SyncReport:
    """Make the index describe exactly the readable articles in corpus/; never half-written.

    A file refused before and unchanged since is not read again unless `retry` (or `rebuild`).
    """
    from filelock import FileLock, Timeout

    lock = FileLock(str(settings.data_dir / LOCK_NAME))
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        lock.acquire(timeout=0)
    except Timeout:
        raise IngestConflictError(f"another ingest is updating {settings.data_dir}; "
                                  f"wait for it to finish") from None
    except OSError as exc:
        raise storage_error(settings.data_dir, exc) from None
    try:
        return _sync_locked(settings, embedder, rebuild, dry_run, progress, retry or rebuild)
    finally:
        lock.release()


def _sync_locked(settings: Settings, embedder: Embedder, rebuild: bool, dry_run: bool,
                 progress: ProgressFn | None, retry: bool) -> SyncReport:
    config = chunker_config(settings, embedder)
    previous, note = _previous(settings, embedder, config, rebuild)
    listing = scan(settings.corpus_dir)
    files = listing.files
    key = refusal_key(settings)
    plan = _plan(listing, previous, settings, None if retry else key)
    if dry_run:
        return SyncReport(sorted(plan.results.values(), key=lambda r: r.source),
                          len(plan.keep) + len(plan.todo), 0, False, note)
    backend = backend_for(settings)  # before embedding: a stopped Qdrant server fails fast
    # and a disk too full for the result fails before the embedding run, not after it
    check_room(settings.data_dir, needed_bytes(previous.path if previous else None, {i.path for i in plan.todo}))

    stamp = datetime.now(UTC).isoformat(timespec="seconds")

    limits = ReadLimits.from_settings(settings)

    def prepare(item: _Item) -> PreparedDoc:
        prepared = _prepare(item)
        if len(prepared.chunks) > settings.max_chunks:
            raise DocumentError(item.source, f"too large or too complex to read ({len(prepared.chunks):,} "
                                             f"passages, over {settings.max_chunks:,}; HEALTHQA_MAX_CHUNKS)")
        return prepared

    def _prepare(item: _Item) -> PreparedDoc:
        # Whatever a hostile file makes a parser or the chunker raise, it fails alone, in one line.
        try:
            if item.bulk is not None:
                check_length(len(item.bulk.text), settings.max_text_chars, item.source)
                return prepare_raw(item.bulk.raw(), item.source, item.digest,
                                   count_tokens=embedder.token_counts, config=config,
                                   ingested_at=stamp, doc_id=item.bulk.id)
            return prepare_document(item.path, item.source, item.digest,
                                    max_bytes=settings.max_file_bytes, count_tokens=embedder.token_counts,
                                    config=config, ingested_at=stamp, limits=limits)
        except DocumentError:
            raise
        except Exception as exc:
            raise DocumentError(item.source, f"cannot be indexed ({describe(exc)})") from exc

    fresh = read_and_embed(plan.todo, len(plan.todo), prepare, embedder,
                           batch_size=settings.batch_size, progress=progress)
    refused = dict(plan.refused)
    for failed, exc in fresh.failed:
        source = failed.source
        plan.results[source] = FileResult(source, "failed", exc.reason)
        refused[source] = entry(failed.digest, exc.reason, key)
        if previous and source in previous.docs:  # keep the last good version searchable
            plan.keep.append(source)
    per_doc = Counter(c.source for c in fresh.chunks)
    for doc in fresh.docs:
        plan.results[doc.source] = FileResult(doc.source, plan.results[doc.source].status,
                                              chunks=per_doc[doc.source])
    new_docs = fresh.docs
    kept_docs, kept_chunks, kept_vectors = _kept(previous, set(plan.keep))
    docs = kept_docs + new_docs
    chunks = kept_chunks + fresh.chunks
    matrix = stack(kept_vectors, fresh.parts, embedder.dimension)
    changed = bool(new_docs) or any(r.status == "removed" for r in plan.results.values())
    # A new corpus state (say, a broken file added) is recorded so `serve` need not check again.
    state = corpus_state(files)
    stale = previous is not None and (previous.manifest.extra.get("corpus") != state
                                      or previous.manifest.extra.get("refused", {}) != refused)
    wrote = previous is None or changed or rebuild or bool(note) or stale
    if wrote:
        manifest = Manifest(model_id=embedder.model_id, fingerprint=embedder.fingerprint,
                            dimension=embedder.dimension, chunker=config.as_dict(),
                            files={d.source: d.sha256 for d in docs}, n_chunks=len(chunks),
                            created=stamp, extra={"corpus": state, "refused": refused},
                            runtime=embedder.runtime)
        lexical = LexicalIndex.build(_texts(docs, chunks)) if chunks else None
        try:
            save_index(settings.data_dir, manifest, docs, chunks, matrix, lexical, backend)
        except OSError as exc:
            raise storage_error(settings.data_dir, exc) from None
    return SyncReport(sorted(plan.results.values(), key=lambda r: r.source), len(docs), len(chunks),
                      wrote, note, embedded=fresh.n_vectors)


def chunking_mismatch(manifest: Manifest, settings: Settings) -> str | None:
    """Why the index was chunked otherwise than these settings would chunk it, or None.

    The model's own limit (max_tokens) is left to `check_compatible` at ingest, because it
    takes the model to know; this needs no model, for `doctor` and `serve`.
    """
    chunker = manifest.chunker
    if chunker.get("version") != CHUNKER_VERSION:
        return (f"the index was chunked by chunker version {chunker.get('version')}, this healthqa "
                f"uses {CHUNKER_VERSION}")
    if chunker.get("max_words") != settings.chunk_words:
        return (f"the index was chunked at {chunker.get('max_words')} words, "
                f"HEALTHQA_CHUNK_WORDS is {settings.chunk_words}")
    return None


def plan_changes(settings: Settings, previous: StoredIndex | None) -> list[FileResult]:
    """What an ingest would do to each document, judged by content hashes alone (a file refused
    before and unchanged since is reported failed, with the reason it was refused)."""
    plan = _plan(scan(settings.corpus_dir), previous, settings, refusal_key(settings))
    return sorted(plan.results.values(), key=lambda r: r.source)


def _texts(docs: list[DocInfo], chunks: list[Chunk]) -> list[str]:
    titles = {d.source: d.title for d in docs}
    return [embedding_text(titles[c.source], c.section, c.text) for c in chunks]


def _previous(settings: Settings, embedder: Embedder, config: ChunkerConfig,
              rebuild: bool) -> tuple[StoredIndex | None, str]:
    """The index to extend, or None with the reason it has to be built from scratch."""
    if rebuild:
        return None, "rebuilding every article (--rebuild)"
    try:
        previous = load_index(settings.data_dir)
        check_compatible(previous.manifest, model_id=embedder.model_id,
                         fingerprint=embedder.fingerprint, dimension=embedder.dimension,
                         chunker=config.as_dict(), runtime=embedder.runtime)
    except IndexMismatchError as exc:
        return None, f"rebuilding the index: {str(exc).split('; run')[0]}"
    except VectorStoreError:
        raise  # the vectors exist but cannot be read now: re-embedding everything would not help
    except HealthQAError:
        return None, ""
    return previous, ""


def _items(files: list[tuple[str, Path]], plan: _Plan, indexed: dict[str, str],
           max_bytes: int) -> list[_Item]:
    """Every document the corpus holds: one per article file, one per line of a bulk file."""
    items: list[_Item] = []
    for source, path in files:
        if is_bulk(path):
            for entry in read_bulk(path, source, max_bytes):
                if isinstance(entry, DocumentError):
                    plan.results[entry.path] = FileResult(entry.path, "failed", entry.reason)
                    if isinstance(entry, BulkError) and entry.source in indexed:
                        plan.keep.append(entry.source)  # its last good version stays
                    if entry.path == source:  # the whole file is unreadable: keep what it gave
                        plan.keep.extend(s for s in indexed if s.startswith(f"{source}{SEPARATOR}"))
                else:
                    items.append(_Item(f"{source}{SEPARATOR}{entry.id}", entry.sha256, path, entry))
        elif not is_supported(path):
            plan.results[source] = FileResult(source, "failed", f"unsupported file type "
                                              f"{path.suffix or '(none)'!r}")
        else:
            try:
                items.append(_Item(source, file_sha256(path), path))
            except OSError as exc:
                plan.results[source] = FileResult(source, "failed", f"cannot read ({exc.strerror})")
                if source in indexed:
                    plan.keep.append(source)
    return items


def _plan(listing: Scan, previous: StoredIndex | None, settings: Settings, key: str | None) -> _Plan:
    """`key` is the refusal key under which remembered refusals hold; None reads them all again."""
    plan = _Plan()
    indexed = previous.manifest.files if previous else {}
    refused = {} if key is None or previous is None else remembered(previous.manifest.extra, key)
    for name, reason in listing.problems:
        plan.results[name] = FileResult(name, "failed", reason)
    # Articles of a folder that cannot be listed now stay as they were indexed.
    plan.keep.extend(s for s in indexed if s.startswith(tuple(listing.unread)))
    items = _items(listing.files, plan, indexed, settings.max_file_bytes)
    counts = Counter(c.source for c in previous.chunks) if previous else Counter()
    # Of two documents with the same content, the one already indexed stays; a new copy is the
    # duplicate.
    items.sort(key=lambda item: (indexed.get(item.source) != item.digest, item.source))
    seen: dict[str, str] = {}
    for item in items:
        source = item.source
        if item.digest in seen:
            plan.results[source] = FileResult(source, "duplicate", f"same content as {seen[item.digest]}")
            continue
        seen[item.digest] = source
        if indexed.get(source) == item.digest:
            plan.keep.append(source)
            plan.results[source] = FileResult(source, "unchanged", chunks=counts[source])
        elif refused.get(source, {}).get("sha256") == item.digest:
            plan.refused[source] = refused[source]
            plan.results[source] = FileResult(source, "failed", f"{refused[source]['reason']} ({RETRY_HINT})")
            if source in indexed:  # the last good version stays searchable
                plan.keep.append(source)
        else:
            plan.todo.append(item)
            plan.results[source] = FileResult(source, "changed" if source in indexed else "added")
    present = {item.source for item in items} | set(plan.keep)
    for source in indexed:
        if source not in present:
            plan.results[source] = FileResult(source, "removed")
    return plan


def _kept(previous: StoredIndex | None,
          keep: set[str]) -> tuple[list[DocInfo], list[Chunk], NDArray[np.float32]]:
    if previous is None or not keep:
        dim = previous.manifest.dimension if previous else 0
        return [], [], np.zeros((0, dim), dtype=np.float32)
    rows = [i for i, c in enumerate(previous.chunks) if c.source in keep]
    matrix = previous.matrix()[rows]
    docs = [previous.docs[s] for s in sorted(keep) if s in previous.docs]
    return docs, [previous.chunks[i] for i in rows], matrix

