"""Smoke test of bench/scale.py's pure functions on a tiny synthetic collection (no model, seconds)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from numpy.typing import NDArray

from index.types import Chunk, DocInfo
from index.vectors import HNSW_EF_SEARCH, FaissIndex, build_faiss
from tests.fakes import FakeEmbedder

ROOT = Path(__file__).resolve().parent.parent
DIM = 64  # the fake embedder's dimension, so retrieve(q) can embed questions itself
N = 2_000
WORDS = ("muscle cramp twitch nerve calf leg pain heart liver kidney fever cough blood pressure "
         "diabetes insulin vitamin bone joint skin rash sleep tremor weakness numbness").split()
QUESTIONS = ["What causes muscle cramps in the calf?", "How is diabetes treated with insulin?",
             "Why does my leg twitch at night?", "What are the symptoms of kidney disease?",
             "Is a skin rash with fever serious?", "What helps numbness and tingling?"]


Real = tuple[list[Chunk], dict[str, DocInfo], NDArray[np.float32]]


@pytest.fixture(scope="module")
def scale() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_scale", ROOT / "bench" / "scale.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_scale"] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def real() -> Real:
    """A stand-in for the MedQuAD index: 300 'real' chunks, their articles and unit vectors."""
    rng = np.random.default_rng(0)
    docs = {f"doc{d}": DocInfo(source=f"doc{d}", title=f"Article {d}", sha256="0" * 64) for d in range(30)}
    chunks = [Chunk(id=f"doc{i % 30}#{i}", source=f"doc{i % 30}",
                    text=" ".join(rng.choice(WORDS, 40)), start=0, end=1) for i in range(300)]
    base = rng.standard_normal((300, DIM)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    return chunks, docs, base


def test_synthetic_collection_is_deterministic_unit_and_varied(scale: ModuleType, real: Real) -> None:
    chunks, _, base = real
    rows = scale.source_rows(len(base), N, np.random.default_rng(1))
    assert len(rows) == N and set(range(len(base))) <= set(rows.tolist())
    assert np.array_equal(rows, scale.source_rows(len(base), N, np.random.default_rng(1)))
    assert len(set(scale.source_rows(len(base), 100, np.random.default_rng(1)).tolist())) == 100
    matrix = scale.noisy_copies(base, rows, scale.NOISE_SIGMA, np.random.default_rng(2))
    assert matrix.shape == (N, DIM) and matrix.dtype == np.float32
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=1e-5)
    assert 0.5 < float(np.mean(np.einsum("ij,ij->i", matrix, base[rows]))) < 0.999  # noisy, still close
    varied = scale.varied_chunks(chunks, rows)
    assert len({c.text for c in varied}) == N and len({c.id for c in varied}) == N


def test_vector_phase_recall_bytes_and_sweep(scale: ModuleType, real: Real) -> None:
    import faiss

    _, _, base = real
    rng = np.random.default_rng(3)
    matrix = scale.noisy_copies(base, scale.source_rows(len(base), N, rng), scale.NOISE_SIGMA, rng)
    queries = scale.noisy_copies(base, np.arange(20), 0.05, rng)
    figures, product = scale.vector_phase(matrix, queries, rng)
    assert figures.product_kind == "flat" and isinstance(product, FaissIndex) and product.size == N
    assert 0.0 < figures.exact_p50 <= figures.exact_p95 and figures.exact1_p50 > 0
    assert 0.9 <= figures.hnsw_recall <= 1.0 and figures.hnsw_build_s > 0
    assert figures.exact_bytes == N * DIM * 4
    hnsw_raw, _ = build_faiss(matrix, exact_limit=0)
    assert abs(scale.faiss_bytes(hnsw_raw) - faiss.serialize_index(hnsw_raw).nbytes) < 1_000
    _, truth = scale.exact_neighbours(product, queries, scale.RECALL_K)
    assert scale.recall_at_k(truth.tolist(), truth, scale.RECALL_K) == 1.0
    sweep = scale.ef_sweep(FaissIndex(hnsw_raw), queries, truth, [16, HNSW_EF_SEARCH])
    assert [r.ef for r in sweep] == [16, HNSW_EF_SEARCH] and all(0 < r.recall <= 1 for r in sweep)
    assert hnsw_raw.hnsw.efSearch == HNSW_EF_SEARCH  # restored after the sweep


def test_keyword_and_whole_retrieval_with_profile(scale: ModuleType, real: Real, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    chunks, docs, base = real
    rng = np.random.default_rng(4)
    rows = scale.source_rows(len(base), N, rng)
    varied = scale.varied_chunks(chunks, rows)
    lex_figures, lexical = scale.lexical_phase(scale.lexical_texts(varied, docs), QUESTIONS)
    assert lex_figures.size == N and lex_figures.p50 > 0 and lex_figures.vocabulary > N
    assert lex_figures.top_p50 is None or lex_figures.top_p50 > 0
    embedder = FakeEmbedder(dimension=DIM)
    vectors = FaissIndex(build_faiss(scale.noisy_copies(base, rows, scale.NOISE_SIGMA, rng))[0])
    retriever = scale.in_memory_retriever(embedder, varied, docs, vectors, lexical,
                                          scale.scratch_dir(tmp_path / "scale"))
    qvecs = embedder.embed(QUESTIONS)
    assert len(retriever.retrieve(QUESTIONS[0], scale.K, vector=qvecs[0]).hits) == scale.K
    figures = scale.time_retrieval(retriever, QUESTIONS, qvecs)
    assert len(figures.retrieve) == len(figures.floor) == len(QUESTIONS)
    assert all(r > 0 for r in figures.ratios())
    assert retriever._generation == scale.GENERATION  # never reloaded from disk
    profile, p50 = scale.profile_retrieval(retriever, QUESTIONS, qvecs)
    assert profile[0].share == pytest.approx(1.0) and profile[0].calls_per_query == 1.0 and p50 > 0
    scale.print_lexical([lex_figures])
    scale.print_retrieval([figures])
    scale.print_profile(N, profile, p50)
    out = capsys.readouterr().out
    assert "2k chunks" in out and "Retriever.retrieve (total)" in out


def test_sizes_option(scale: ModuleType) -> None:
    import argparse

    assert scale.parse_sizes("1000,50_000") == (1000, 50000)
    with pytest.raises(argparse.ArgumentTypeError):
        scale.parse_sizes("10")
    assert scale.size_label(1_000_000) == "1M" and scale.size_label(1500) == "1500"
