"""The FAISS store: save → load round trip, generations swapped atomically, damage detected."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from index.errors import IndexMismatchError, IndexMissingError
from index.lexical import LexicalIndex
from index.store import (
    CURRENT,
    Manifest,
    check_compatible,
    current_generation,
    load_index,
    save_index,
)
from index.types import Chunk, DocInfo

DIM = 8


def _lex(chunks: list[Chunk]) -> LexicalIndex:
    return LexicalIndex.build([c.text for c in chunks])


def _sample(n: int = 3) -> tuple[Manifest, list[DocInfo], list[Chunk], np.ndarray]:
    docs = [DocInfo(source="a.txt", title="A", sha256="aa", url="https://example.org/a",
                    author="Ann", published="2024-01-01")]
    chunks = [Chunk(id=f"a.txt#{i}", source="a.txt", text=f"text {i}", start=i * 10, end=i * 10 + 6,
                    section="S" if i else None, page=None) for i in range(n)]
    rng = np.random.default_rng(0)
    matrix = rng.normal(size=(n, DIM)).astype(np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    manifest = Manifest(model_id="m", fingerprint="f", dimension=DIM, chunker={"v": 1},
                        files={"a.txt": "aa"}, n_chunks=n)
    return manifest, docs, chunks, matrix


def test_round_trip(tmp_path: Path) -> None:
    manifest, docs, chunks, matrix = _sample()
    save_index(tmp_path, manifest, docs, chunks, matrix, _lex(chunks))
    loaded = load_index(tmp_path)
    assert loaded.chunks == chunks
    assert loaded.docs == {"a.txt": docs[0]}
    assert loaded.manifest.generation == 1
    assert loaded.manifest.files == {"a.txt": "aa"}
    np.testing.assert_allclose(loaded.matrix(), matrix, rtol=1e-6)
    scores, rows = loaded.vectors.search(matrix[1], 1)
    assert rows == [1] and scores[0] == pytest.approx(1.0, abs=1e-5)
    assert loaded.manifest.vectors == {"kind": "faiss", "index": "flat"}


def test_empty_index_round_trip(tmp_path: Path) -> None:
    manifest, _, _, _ = _sample()
    save_index(tmp_path, manifest, [], [], np.zeros((0, DIM), dtype=np.float32))
    loaded = load_index(tmp_path)
    assert loaded.chunks == [] and loaded.matrix().shape == (0, DIM)


def test_missing_index_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(IndexMissingError, match="healthqa ingest"):
        load_index(tmp_path)


def test_new_generation_replaces_old_and_stale_ones_are_removed(tmp_path: Path) -> None:
    manifest, docs, chunks, matrix = _sample()
    for _ in range(4):
        save_index(tmp_path, manifest, docs, chunks, matrix, _lex(chunks))
    assert current_generation(tmp_path) == "gen-000004"
    # The live generation and the one before it (a reader may still hold it) remain.
    assert sorted(p.name for p in tmp_path.glob("gen-*")) == ["gen-000003", "gen-000004"]


def test_crash_before_pointer_switch_keeps_old_generation(tmp_path: Path) -> None:
    manifest, docs, chunks, matrix = _sample()
    save_index(tmp_path, manifest, docs, chunks, matrix, _lex(chunks))
    (tmp_path / ".gen-000002-half").mkdir()  # what a killed writer leaves behind
    (tmp_path / ".gen-000002-half" / "chunks.jsonl").write_text("garbage")
    assert load_index(tmp_path).manifest.generation == 1


def test_inconsistent_parts_are_detected(tmp_path: Path) -> None:
    manifest, docs, chunks, matrix = _sample()
    folder = save_index(tmp_path, manifest, docs, chunks, matrix, _lex(chunks))
    lines = (folder / "chunks.jsonl").read_text().splitlines()
    (folder / "chunks.jsonl").write_text("\n".join(lines[:-1]) + "\n")
    with pytest.raises(IndexMismatchError, match="rebuild"):
        load_index(tmp_path)


def test_damaged_manifest_is_detected(tmp_path: Path) -> None:
    manifest, docs, chunks, matrix = _sample()
    folder = save_index(tmp_path, manifest, docs, chunks, matrix, _lex(chunks))
    (folder / "manifest.json").write_text("{not json")
    with pytest.raises(IndexMismatchError, match="damaged"):
        load_index(tmp_path)


def test_pointer_to_missing_generation_is_detected(tmp_path: Path) -> None:
    (tmp_path / CURRENT).write_text("gen-000009")
    with pytest.raises(IndexMismatchError):
        load_index(tmp_path)


def test_shape_mismatch_is_refused_before_writing(tmp_path: Path) -> None:
    manifest, docs, chunks, matrix = _sample()
    with pytest.raises(ValueError, match="vectors"):
        save_index(tmp_path, manifest, docs, chunks, matrix[:2], _lex(chunks))
    assert current_generation(tmp_path) is None


@pytest.mark.parametrize(
    ("change", "message"),
    [({"model_id": "other"}, "model"), ({"fingerprint": "zz"}, "model"),
     ({"dimension": 4}, "d vectors"), ({"chunker": {"v": 2}}, "chunked"), ({"format": 0}, "format")],
)
def test_incompatible_manifest_names_the_fix(change: dict[str, object], message: str) -> None:
    manifest, _, _, _ = _sample()
    data = {**manifest.__dict__, **change}
    with pytest.raises(IndexMismatchError, match=message) as info:
        check_compatible(Manifest(**data), model_id="m", fingerprint="f", dimension=DIM,
                         chunker={"v": 1})
    assert "healthqa ingest --rebuild" in str(info.value)


def test_manifest_is_readable_json(tmp_path: Path) -> None:
    manifest, docs, chunks, matrix = _sample()
    folder = save_index(tmp_path, manifest, docs, chunks, matrix, _lex(chunks))
    data = json.loads((folder / "manifest.json").read_text())
    assert data["model_id"] == "m" and data["n_chunks"] == 3 and data["files"] == {"a.txt": "aa"}


def test_keyword_index_round_trips_and_must_match_the_chunks(tmp_path: Path) -> None:
    manifest, docs, chunks, matrix = _sample()
    with pytest.raises(ValueError, match="keyword index"):
        save_index(tmp_path, manifest, docs, chunks, matrix)
    save_index(tmp_path, manifest, docs, chunks, matrix, _lex(chunks))
    loaded = load_index(tmp_path)
    assert loaded.lexical is not None and loaded.lexical.n_docs == 3
    scores = loaded.lexical.scores(["2"])  # numbers are words too
    assert scores.shape == (3,)


def test_large_collections_are_searched_through_an_hnsw_graph(tmp_path: Path) -> None:
    from index.vectors import FaissBackend

    rng = np.random.default_rng(7)
    matrix = rng.standard_normal((600, DIM)).astype(np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    chunks = [Chunk(id=f"a.txt#{i}", source="a.txt", text=f"passage {i}", start=0, end=9)
              for i in range(600)]
    manifest, docs, _, _ = _sample()
    save_index(tmp_path, manifest, docs, chunks, matrix, _lex(chunks), FaissBackend(exact_limit=500))
    loaded = load_index(tmp_path)
    assert loaded.manifest.vectors["kind"] == "faiss" and loaded.manifest.vectors["index"] == "hnsw"
    assert loaded.vectors.index.hnsw.efSearch == loaded.manifest.vectors["ef_search"] == 128  # type: ignore[attr-defined]
    np.testing.assert_allclose(loaded.matrix(), matrix, rtol=1e-6)
    for i in range(0, 600, 7):  # every stored vector finds itself first
        assert loaded.vectors.search(matrix[i], 5)[1][0] == i


def test_larger_hnsw_graphs_search_wider() -> None:
    from index.vectors import HNSW_EF_SEARCH, HNSW_WIDER_ABOVE, hnsw_ef_search

    assert hnsw_ef_search(600) == hnsw_ef_search(HNSW_WIDER_ABOVE) == HNSW_EF_SEARCH
    assert hnsw_ef_search(HNSW_WIDER_ABOVE + 1) > HNSW_EF_SEARCH
    assert hnsw_ef_search(1_000_000) >= hnsw_ef_search(HNSW_WIDER_ABOVE + 1)


def test_a_prune_that_fails_is_logged_and_the_generation_still_saved(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    import logging

    from index.vectors import FaissBackend

    class Stubborn(FaissBackend):
        def prune(self, data_dir: Path, keep: set[str]) -> None:
            raise OSError("device busy")

    manifest, docs, chunks, matrix = _sample()
    with caplog.at_level(logging.WARNING, logger="index.store"):
        folder = save_index(tmp_path, manifest, docs, chunks, matrix, _lex(chunks), backend=Stubborn())
    assert folder.is_dir() and load_index(tmp_path).chunks == chunks
    assert any("device busy" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)
