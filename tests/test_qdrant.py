"""The Qdrant vector backend: embedded round trip, parity with FAISS, pruning, ingest, clear errors."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from index import qdrant_io, qdrant_store
from index.errors import HealthQAError, IndexMismatchError, VectorStoreError
from index.lexical import LexicalIndex
from index.qdrant_store import QdrantBackend
from index.settings import Settings
from index.store import Manifest, current_generation, load_index, save_index
from index.types import Chunk, DocInfo
from index.vectors import build_faiss
from tests.fakes import FakeEmbedder

DIM = 16


def _unit(n: int, dim: int = DIM, seed: int = 0) -> np.ndarray:
    matrix = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    unit: np.ndarray = matrix / np.linalg.norm(matrix, axis=1, keepdims=True)
    return unit


def _generation(n: int, seed: int = 0) -> tuple[Manifest, list[DocInfo], list[Chunk], np.ndarray,
                                                 LexicalIndex]:
    docs = [DocInfo(source="a.txt", title="A", sha256="aa")]
    chunks = [Chunk(id=f"a.txt#{i}", source="a.txt", text=f"text number {i}", start=i * 20,
                    end=i * 20 + 14) for i in range(n)]
    manifest = Manifest(model_id="m", fingerprint="f", dimension=DIM, chunker={"v": 1},
                        files={"a.txt": "aa"}, n_chunks=n)
    return manifest, docs, chunks, _unit(n, seed=seed), LexicalIndex.build([c.text for c in chunks])


def _save(data: Path, backend: QdrantBackend, n: int = 40, seed: int = 0) -> np.ndarray:
    manifest, docs, chunks, matrix, lexical = _generation(n, seed)
    save_index(data, manifest, docs, chunks, matrix, lexical, backend)
    return matrix


def test_embedded_round_trip(tmp_path: Path) -> None:
    matrix = _save(tmp_path, QdrantBackend.connect(tmp_path, None))
    loaded = load_index(tmp_path)
    assert loaded.manifest.vectors == {"kind": "qdrant", "collection": "healthqa-gen-000001",
                                       "url": "embedded", "prefix": "healthqa", "distance": "dot"}
    assert loaded.vectors.size == 40 and loaded.vectors.dimension == DIM
    np.testing.assert_array_equal(loaded.matrix(), matrix)
    np.testing.assert_array_equal(loaded.vectors.get([7, 3]), matrix[[7, 3]])
    scores, rows = loaded.vectors.search(matrix[5], 3)
    assert rows[0] == 5 and scores[0] == pytest.approx(1.0, abs=1e-5)
    # The store is released after reading: another process could open it now.
    with QdrantBackend.connect(tmp_path, None)._embedded(tmp_path / "qdrant" / "gen-000001"):
        pass


def test_empty_generation_round_trip(tmp_path: Path) -> None:
    manifest, _, _, _, _ = _generation(1)
    save_index(tmp_path, manifest, [], [], np.zeros((0, DIM), dtype=np.float32),
               backend=QdrantBackend.connect(tmp_path, None))
    loaded = load_index(tmp_path)
    assert loaded.vectors.size == 0 and loaded.matrix().shape == (0, DIM)
    assert loaded.vectors.search(_unit(1)[0], 5) == ([], [])


def test_search_matches_faiss_exact_search(tmp_path: Path) -> None:
    matrix = _save(tmp_path, QdrantBackend.connect(tmp_path, None), n=500)
    vectors = load_index(tmp_path).vectors
    faiss_index, info = build_faiss(matrix)
    assert info == {"index": "flat"}
    for query in _unit(20, seed=1):
        scores, rows = vectors.search(query, 10)
        expected_scores, expected_rows = faiss_index.search(query.reshape(1, -1), 10)
        assert rows == expected_rows[0].tolist()
        np.testing.assert_allclose(scores, expected_scores[0], atol=1e-5)


def test_new_generation_prunes_all_but_the_previous(tmp_path: Path) -> None:
    backend = QdrantBackend.connect(tmp_path, None)
    for seed in range(3):
        _save(tmp_path, backend, n=10, seed=seed)
    assert current_generation(tmp_path) == "gen-000003"
    assert sorted(p.name for p in (tmp_path / "qdrant").iterdir()) == ["gen-000002", "gen-000003"]
    np.testing.assert_array_equal(load_index(tmp_path).matrix(), _unit(10, seed=2))


def test_failed_write_leaves_the_previous_generation_live(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    backend = QdrantBackend.connect(tmp_path, None)
    first = _save(tmp_path, backend, n=10)

    def broken(*args: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(qdrant_store, "upload", broken)
    with pytest.raises(OSError, match="disk full"):
        _save(tmp_path, backend, n=10, seed=1)
    assert current_generation(tmp_path) == "gen-000001"
    assert [p.name for p in (tmp_path / "qdrant").iterdir()] == ["gen-000001"]
    np.testing.assert_array_equal(load_index(tmp_path).matrix(), first)


def test_missing_store_asks_for_a_rebuild(tmp_path: Path) -> None:
    import shutil

    _save(tmp_path, QdrantBackend.connect(tmp_path, None), n=5)
    shutil.rmtree(tmp_path / "qdrant" / "gen-000001")
    with pytest.raises(IndexMismatchError, match=r"healthqa ingest --rebuild"):
        load_index(tmp_path)


def test_a_held_store_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backend = QdrantBackend.connect(tmp_path, None)
    _save(tmp_path, backend, n=5)
    monkeypatch.setattr(qdrant_store, "LOCK_WAIT", 0.3)
    # Embedded Qdrant locks its folder per open file, so a second open in this process is refused
    # exactly as one from another process (`healthqa ask` while `healthqa serve` reads) would be.
    with (backend._embedded(tmp_path / "qdrant" / "gen-000001"),
          pytest.raises(VectorStoreError, match="open in another process") as caught):
        load_index(tmp_path)
    assert "\n" not in str(caught.value) and not isinstance(caught.value, IndexMismatchError)
    assert load_index(tmp_path).vectors.size == 5  # released: readable again


def _hold_in_another_process(store: Path) -> subprocess.Popen[str]:
    """A second process with the embedded store open, as `healthqa serve` has while it reads."""
    code = (f"from qdrant_client import QdrantClient; c = QdrantClient(path={str(store)!r}); "
            f"print('open', flush=True); import sys; sys.stdin.read()")
    holder = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    return holder


def test_another_process_holding_the_live_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backend = QdrantBackend.connect(tmp_path, None)
    _save(tmp_path, backend, n=5)
    monkeypatch.setattr(qdrant_store, "LOCK_WAIT", 0.3)
    holder = _hold_in_another_process(tmp_path / "qdrant" / "gen-000001")
    try:
        with pytest.raises(VectorStoreError, match="open in another process"):
            load_index(tmp_path)
        # Each generation has its own store, so ingest writes the next one all the same.
        second = _save(tmp_path, backend, n=6, seed=1)
        np.testing.assert_array_equal(load_index(tmp_path).matrix(), second)
    finally:
        holder.communicate("", timeout=30)


def test_prefix_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEALTHQA_QDRANT_PREFIX", "clinic-b")
    _save(tmp_path, QdrantBackend.connect(tmp_path, None), n=5)
    assert load_index(tmp_path).manifest.vectors["collection"] == "clinic-b-gen-000001"
    monkeypatch.setenv("HEALTHQA_QDRANT_PREFIX", "no/slashes")
    with pytest.raises(HealthQAError, match="HEALTHQA_QDRANT_PREFIX"):
        QdrantBackend.connect(tmp_path, None)


def test_ingest_and_answer_with_embedded_qdrant(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    from ingest.pipeline import sync
    from qa.service import QA

    settings = replace(settings, vector_store="qdrant")
    report = sync(settings, fake_embedder)
    assert not report.failed and report.n_chunks > 20
    index = load_index(settings.data_dir)
    assert index.manifest.vectors["kind"] == "qdrant"
    assert not (index.path / "vectors.faiss").exists()
    answer = QA(replace(settings, min_score=-1.0, sure_score=-1.0), fake_embedder).ask(
        "flat feet plantar fascia twitching")
    assert answer.found and answer.hits[0].chunk.source == "what-causes-twitching-leg-muscles.txt"
    # An unchanged corpus embeds nothing and keeps the generation; an edit reuses the kept vectors.
    before = fake_embedder.embedded
    assert not sync(settings, fake_embedder).wrote and fake_embedder.embedded == before
    path = settings.corpus_dir / "muscle-twitching-in-legs.txt"
    path.write_text(path.read_text() + "\nMagnesium is often mentioned.\n")
    sync(settings, fake_embedder)
    assert current_generation(settings.data_dir) == "gen-000002"
    assert load_index(settings.data_dir).vectors.size == len(load_index(settings.data_dir).chunks)


# --- server mode ----------------------------------------------------------------------------------


class _SharedClient:
    """One in-memory Qdrant standing in for a server: the same API, shared by every 'connection'."""

    def __init__(self) -> None:
        from qdrant_client import QdrantClient

        self.client = QdrantClient(":memory:")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)

    def close(self) -> None:  # a connection closes; the server and its collections stay
        pass


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> _SharedClient:
    shared = _SharedClient()
    monkeypatch.setattr(QdrantBackend, "_server_client", lambda self: shared)
    return shared


# The stand-in is local mode, which says that it ignores the search parameters a server uses.
@pytest.mark.filterwarnings("ignore:Local mode performs exact")
def test_server_mode_round_trip_search_and_prune(tmp_path: Path, server: _SharedClient,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QDRANT_API_KEY", "the-api-key")
    url = "http://user:secret@qdrant.example:6333"
    backend = QdrantBackend.connect(tmp_path, url)
    other = QdrantBackend.connect(tmp_path / "other", url)
    other = replace(other, prefix="other")  # another data folder sharing the server
    _save(tmp_path / "other", other, n=5)
    for seed in range(3):
        matrix = _save(tmp_path, backend, n=300, seed=seed)
    loaded = load_index(tmp_path)
    assert loaded.manifest.vectors["url"] == "http://qdrant.example:6333"  # no credentials
    written = (loaded.path / "manifest.json").read_text()
    assert "secret" not in written and "the-api-key" not in written
    names = sorted(c.name for c in server.get_collections().collections)
    assert names == ["healthqa-gen-000002", "healthqa-gen-000003", "other-gen-000001"]
    np.testing.assert_array_equal(loaded.matrix(), matrix)
    np.testing.assert_array_equal(loaded.vectors.get([9, 2]), matrix[[9, 2]])
    faiss_index, _ = build_faiss(matrix)
    for query in _unit(5, seed=9):
        _, rows = loaded.vectors.search(query, 10)
        assert rows == faiss_index.search(query.reshape(1, -1), 10)[1][0].tolist()


def test_server_collection_missing_asks_for_a_rebuild(tmp_path: Path, server: _SharedClient) -> None:
    _save(tmp_path, QdrantBackend.connect(tmp_path, "http://qdrant.example:6333"), n=5)
    server.delete_collection("healthqa-gen-000001")
    with pytest.raises(IndexMismatchError, match=r"no collection healthqa-gen-000001 .*"
                                                 r"healthqa ingest --rebuild"):
        load_index(tmp_path)


def test_unreachable_server_is_one_clear_line(tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(VectorStoreError) as at_connect:
        QdrantBackend.connect(tmp_path, "http://127.0.0.1:9")
    # A backend made from a manifest does not ask first; its first real request fails as clearly.
    backend = QdrantBackend(tmp_path, "http://127.0.0.1:9")
    manifest, docs, chunks, matrix, lexical = _generation(5)
    with pytest.raises(VectorStoreError) as at_write:
        save_index(tmp_path, manifest, docs, chunks, matrix, lexical, backend)
    for caught in (at_connect, at_write):
        message = str(caught.value)
        assert message.startswith("cannot reach the Qdrant server at http://127.0.0.1:9 (")
        assert "\n" not in message
    assert time.monotonic() - started < 10
    assert current_generation(tmp_path) is None and not list(tmp_path.glob("*gen-*"))


def test_ingest_against_an_unreachable_server_fails_cleanly(settings: Settings,
                                                            fake_embedder: FakeEmbedder) -> None:
    from ingest.pipeline import sync

    settings = replace(settings, vector_store="qdrant", qdrant_url="http://127.0.0.1:9")
    with pytest.raises(HealthQAError, match=r"^cannot reach the Qdrant server at http://127\.0\.0\.1:9"):
        sync(settings, fake_embedder)
    assert current_generation(settings.data_dir) is None


def test_refused_access_names_the_api_key_variable() -> None:
    from httpx import Headers
    from qdrant_client.http.exceptions import UnexpectedResponse

    with pytest.raises(VectorStoreError, match=r"at http://q:6333 refused access \(401\); set "
                                               r"QDRANT_API_KEY"), qdrant_io.server_errors(
            "http://admin:pw@q:6333"):
        raise UnexpectedResponse(401, "Unauthorized", b"", Headers())
