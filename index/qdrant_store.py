"""Vectors of a generation in Qdrant: embedded in the data folder, or on a Qdrant server.

Each generation gets its own collection (`healthqa-gen-000003`), point id = row number, so a
search returns rows of the generation's chunk list. The collection of a new generation is filled
before the store switches CURRENT to it, so a half-filled collection is never the live one.

Embedded mode (no URL) keeps a Qdrant local store per generation under `data/qdrant/gen-NNNNNN/`.
Qdrant's local mode locks its folder for the one client that opened it, and loads every
collection of the folder when it opens. One folder per generation means the ingest writing a new
generation never waits for, nor blocks, the app reading the live one; and each operation opens,
works and closes, so the lock is held for seconds at most. Reading a generation loads its vectors
into memory once (local mode is brute-force numpy anyway) and releases the folder.

qdrant_client is imported inside functions: importing it takes a second or more, and most
commands (`healthqa --help`, FAISS indexes) never need it. The index kinds this returns and the
client helpers it uses are in `index.qdrant_io`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from index.errors import ConfigError, IndexMismatchError, VectorStoreError
from index.qdrant_io import (
    API_KEY_ENV,
    REBUILD_HINT,
    MemoryIndex,
    ServerIndex,
    collection_dimension,
    fsync_tree,
    public_url,
    read_all,
    server_errors,
    skip_sync_per_point,
    upload,
)

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from qdrant_client import QdrantClient

KIND = "qdrant"
EMBEDDED = "embedded"  # the "url" recorded for an embedded store
FOLDER = "qdrant"  # under the data folder: one embedded store per generation
PREFIX_ENV = "HEALTHQA_QDRANT_PREFIX"
DEFAULT_PREFIX = "healthqa"

TIMEOUT = 30  # seconds a server request may take; a refused connection fails at once
# Another process (`healthqa ask` beside `healthqa serve`) may be reading the same generation;
# that takes a second or two even for large collections, so waiting a little beats failing.
LOCK_WAIT = 10.0
LOCK_POLL = 0.1

_GENERATION = re.compile(r"gen-\d+")
_PREFIX = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")


@dataclass(frozen=True)
class QdrantBackend:
    """Writes, opens and prunes generations in embedded Qdrant (url None) or on a server."""

    data_dir: Path
    url: str | None = None
    prefix: str = DEFAULT_PREFIX

    @classmethod
    def connect(cls, data_dir: Path, url: str | None) -> QdrantBackend:
        """The backend the settings name. A server is asked once whether it answers, so that a
        caller who connects before embedding learns of a stopped server before the slow part."""
        prefix = os.environ.get(PREFIX_ENV, "").strip() or DEFAULT_PREFIX
        if not _PREFIX.fullmatch(prefix):
            raise ConfigError(f"{PREFIX_ENV}={prefix!r}: use up to 100 letters, digits, '-', '_' "
                              f"or '.', starting with a letter or digit")
        backend = cls(Path(data_dir), url.strip() if url and url.strip() else None, prefix)
        if backend.url is not None:
            with backend._server() as client:
                client.get_collections()
        return backend

    @classmethod
    def from_info(cls, info: dict[str, Any], data_dir: Path) -> QdrantBackend:
        """The backend that wrote a generation: the store it recorded, not today's settings."""
        url = info.get("url")
        if not isinstance(url, str) or not isinstance(info.get("collection"), str):
            raise IndexMismatchError(f"the index in {data_dir} records no Qdrant collection; "
                                     f"{REBUILD_HINT}")
        return cls(Path(data_dir), None if url == EMBEDDED else url,
                   str(info.get("prefix") or DEFAULT_PREFIX))

    def collection(self, generation: str) -> str:
        return f"{self.prefix}-{generation}"

    @property
    def where(self) -> str:
        """The store as recorded and shown: the server URL without credentials, or "embedded"."""
        return EMBEDDED if self.url is None else public_url(self.url)

    # --- VectorBackend ------------------------------------------------------------------------

    def write(self, folder: Path, generation: str, matrix: NDArray[np.float32]) -> dict[str, Any]:
        name = self.collection(generation)
        data = np.ascontiguousarray(matrix, dtype=np.float32)
        if data.ndim != 2 or data.shape[1] < 1:
            raise ValueError(f"vectors of shape {data.shape} cannot be stored")
        if self.url is None:
            self._write_embedded(generation, name, data)
        else:
            self._write_server(name, data)
        # Never the API key: the manifest is a plain file anyone with the data folder can read.
        return {"kind": KIND, "collection": name, "url": self.where, "prefix": self.prefix,
                "distance": "dot"}

    def open(self, folder: Path, generation: str, info: dict[str, Any]) -> MemoryIndex | ServerIndex:
        name = str(info.get("collection") or self.collection(generation))
        if self.url is None:
            return self._open_embedded(generation, name)
        return self._open_server(generation, name)

    def prune(self, data_dir: Path, keep: set[str]) -> None:
        if self.url is None:
            root = Path(data_dir) / FOLDER
            if root.is_dir():
                for path in root.iterdir():
                    if _GENERATION.fullmatch(path.name) and path.name not in keep:
                        shutil.rmtree(path, ignore_errors=True)
            return
        pattern = re.compile(rf"{re.escape(self.prefix)}-(gen-\d+)")
        with self._server() as client:
            for described in client.get_collections().collections:
                match = pattern.fullmatch(described.name)
                if match and match.group(1) not in keep:
                    client.delete_collection(described.name)

    # --- embedded -----------------------------------------------------------------------------

    def _embedded_path(self, generation: str) -> Path:
        return self.data_dir / FOLDER / generation

    @contextlib.contextmanager
    def _embedded(self, path: Path) -> Iterator[QdrantClient]:
        """An embedded client on `path`, closed on leaving; waits a little if another has it."""
        from qdrant_client import QdrantClient

        deadline = time.monotonic() + LOCK_WAIT
        while True:
            try:
                client = QdrantClient(path=str(path))
                break
            except RuntimeError as exc:  # local mode's only RuntimeError here: the folder lock
                if time.monotonic() >= deadline:
                    raise VectorStoreError(
                        f"the embedded Qdrant store {path} is open in another process (embedded "
                        f"Qdrant lets one process in at a time); try again when it is done, or run "
                        f"a Qdrant server and set HEALTHQA_QDRANT_URL") from exc
                time.sleep(LOCK_POLL)
        try:
            yield client
        finally:
            client.close()

    def _write_embedded(self, generation: str, name: str, matrix: NDArray[np.float32]) -> None:
        from qdrant_client import models

        path = self._embedded_path(generation)
        # A crashed ingest may have left a half-written store under this generation's number.
        shutil.rmtree(path, ignore_errors=True)
        try:
            with self._embedded(path) as client:
                client.create_collection(name, vectors_config=models.VectorParams(
                    size=matrix.shape[1], distance=models.Distance.DOT))
                skip_sync_per_point(client, name)
                upload(client, name, matrix)
                stored = client.count(name, exact=True).count
            if stored != matrix.shape[0]:
                raise VectorStoreError(f"embedded Qdrant kept {stored} of {matrix.shape[0]} vectors "
                                       f"in {path}")
            fsync_tree(path)  # written, like the generation folder, before CURRENT names it
        except BaseException:
            shutil.rmtree(path, ignore_errors=True)
            raise

    def _open_embedded(self, generation: str, name: str) -> MemoryIndex:
        path = self._embedded_path(generation)
        if not (path / "meta.json").is_file():  # QdrantClient would create an empty store there
            raise IndexMismatchError(f"the vectors of {generation} are missing (no embedded Qdrant "
                                     f"store in {path}); {REBUILD_HINT}")
        with self._embedded(path) as client:
            if not client.collection_exists(name):
                raise IndexMismatchError(f"the embedded Qdrant store {path} has no collection {name}; "
                                         f"{REBUILD_HINT}")
            size = client.count(name, exact=True).count
            matrix = read_all(client, name, size, collection_dimension(client, name))
        matrix.flags.writeable = False  # shared by every question; nobody may change it
        return MemoryIndex(matrix)

    # --- server -------------------------------------------------------------------------------

    def _server_client(self) -> QdrantClient:
        from qdrant_client import QdrantClient

        assert self.url is not None
        try:
            # No version check: it costs a request at every open and only ever warns.
            return QdrantClient(url=self.url, api_key=os.environ.get(API_KEY_ENV) or None,
                                timeout=TIMEOUT, check_compatibility=False)
        except ValueError as exc:
            raise ConfigError(f"HEALTHQA_QDRANT_URL={self.where!r} is not a Qdrant URL ({exc})") from exc

    @contextlib.contextmanager
    def _server(self) -> Iterator[QdrantClient]:
        assert self.url is not None
        client = self._server_client()
        try:
            with server_errors(self.url):
                yield client
        finally:
            client.close()

    def _write_server(self, name: str, matrix: NDArray[np.float32]) -> None:
        from qdrant_client import models

        with self._server() as client:
            # A crashed ingest may have left a half-filled collection under this generation's name.
            if client.collection_exists(name):
                client.delete_collection(name)
            try:
                client.create_collection(name, vectors_config=models.VectorParams(
                    size=matrix.shape[1], distance=models.Distance.DOT))
                upload(client, name, matrix)
                stored = client.count(name, exact=True).count
                if stored != matrix.shape[0]:
                    raise VectorStoreError(f"the Qdrant server at {self.where} kept {stored} of "
                                           f"{matrix.shape[0]} vectors in {name}")
            except BaseException:
                try:  # the store prunes it too; this is sooner
                    client.delete_collection(name)
                except Exception as exc:
                    log.warning("could not delete the unfinished Qdrant collection %s (%s)", name, exc)
                raise

    def _open_server(self, generation: str, name: str) -> ServerIndex:
        assert self.url is not None
        client = self._server_client()
        try:
            with server_errors(self.url):
                if not client.collection_exists(name):
                    raise IndexMismatchError(f"the Qdrant server at {self.where} has no collection "
                                             f"{name} (the vectors of {generation}); {REBUILD_HINT}")
                size = client.count(name, exact=True).count
                dimension = collection_dimension(client, name)
        except BaseException:
            client.close()
            raise
        return ServerIndex(client, self.where, name, size, dimension)

