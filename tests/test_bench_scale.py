"""Smoke test of bench/scale.py and its scale_* modules on a tiny synthetic collection (no model, seconds)."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from numpy.typing import NDArray

from index.types import Chunk, DocInfo
from index.vectors import FaissIndex, build_faiss
from tests.fakes import FakeEmbedder

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
DIM = 64  # the fake embedder's dimension, so retrieve(q) can embed questions itself
N = 2_000
WORDS = ("muscle cramp twitch nerve calf leg pain heart liver kidney fever cough blood pressure "
         "diabetes insulin vitamin bone joint skin rash sleep tremor weakness numbness").split()
QUESTIONS = ["What causes muscle cramps in the calf?", "How is diabetes treated with insulin?",
             "Why does my leg twitch at night?", "What are the symptoms of kidney disease?",
             "Is a skin rash with fever serious?", "What helps numbness and tingling?"]


Real = tuple[list[Chunk], dict[str, DocInfo], NDArray[np.float32]]


@pytest.fixture(scope="module")
def scale() -> Iterator[ModuleType]:
    """bench/scale.py as running it sees it: bench/ on sys.path, so its sibling modules import."""
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_scale", BENCH / "scale.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["bench_scale"] = module  # dataclasses look their module up while the file runs
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path.remove(str(BENCH))  # the other tests' imports must not find bench's modules


@pytest.fixture(scope="module")
def scale_config(scale: ModuleType) -> ModuleType:
    return importlib.import_module("scale_config")  # already imported by scale.py


@pytest.fixture(scope="module")
def scale_vectors(scale: ModuleType) -> ModuleType:
    return importlib.import_module("scale_vectors")


@pytest.fixture(scope="module")
def scale_lexical(scale: ModuleType) -> ModuleType:
    return importlib.import_module("scale_lexical")


@pytest.fixture(scope="module")
def scale_retrieval(scale: ModuleType) -> ModuleType:
    return importlib.import_module("scale_retrieval")


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


def test_synthetic_collection_is_deterministic_unit_and_varied(scale_vectors: ModuleType,
                                                               scale_config: ModuleType, real: Real) -> None:
    sv = scale_vectors
    chunks, _, base = real
    rows = sv.source_rows(len(base), N, np.random.default_rng(1))
    assert len(rows) == N and set(range(len(base))) <= set(rows.tolist())
    assert np.array_equal(rows, sv.source_rows(len(base), N, np.random.default_rng(1)))
    assert len(set(sv.source_rows(len(base), 100, np.random.default_rng(1)).tolist())) == 100
    matrix = sv.noisy_copies(base, rows, scale_config.NOISE_SIGMA, np.random.default_rng(2))
    assert matrix.shape == (N, DIM) and matrix.dtype == np.float32
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=1e-5)
    assert 0.5 < float(np.mean(np.einsum("ij,ij->i", matrix, base[rows]))) < 0.999  # noisy, still close
    varied = sv.varied_chunks(chunks, rows)
    assert len({c.text for c in varied}) == N and len({c.id for c in varied}) == N


def test_vector_phase_recall_bytes_and_sweep(scale: ModuleType, scale_vectors: ModuleType,
                                             scale_config: ModuleType, real: Real,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    import faiss

    sv, recall_k = scale_vectors, scale_config.RECALL_K
    _, _, base = real
    rng = np.random.default_rng(3)
    matrix = sv.noisy_copies(base, sv.source_rows(len(base), N, rng), scale_config.NOISE_SIGMA, rng)
    queries = sv.noisy_copies(base, np.arange(20), 0.05, rng)
    figures, product = sv.vector_phase(matrix, queries, rng)
    assert figures.product_kind == "flat" and isinstance(product, FaissIndex) and product.size == N
    assert 0.0 < figures.exact_p50 <= figures.exact_p95 and figures.exact1_p50 > 0
    assert 0.9 <= figures.hnsw_recall <= 1.0 and figures.hnsw_build_s > 0
    assert figures.exact_bytes == N * DIM * 4
    hnsw_raw, info = build_faiss(matrix, exact_limit=0)
    shipped = int(info["ef_search"])  # what build_faiss ships at this size, not a constant
    assert abs(sv.faiss_bytes(hnsw_raw) - faiss.serialize_index(hnsw_raw).nbytes) < 1_000
    _, truth = sv.exact_neighbours(product, queries, recall_k)
    assert sv.recall_at_k(truth.tolist(), truth, recall_k) == 1.0
    sweep = sv.ef_sweep(FaissIndex(hnsw_raw), queries, truth, [16, shipped])
    assert [r.ef for r in sweep] == [16, shipped] and all(0 < r.recall <= 1 for r in sweep)
    assert hnsw_raw.hnsw.efSearch == shipped  # restored after the sweep
    # The whole sweep runs at every size, on the index and truth vector_phase already built.
    assert figures.hnsw_ef == shipped and 512 in scale_config.EF_SWEEP
    assert [r.ef for r in figures.sweep] == sorted({*scale_config.EF_SWEEP, shipped})
    assert figures.hnsw_recall == next(r.recall for r in figures.sweep if r.ef == shipped)
    assert sv.sweep_efs(100, (32, 512)) == (32, 100, 512)
    real_recall = sv.real_recall(base, queries, np.random.default_rng(5))
    assert real_recall.ef == shipped and [r.ef for r in real_recall.sweep] == [r.ef for r in figures.sweep]
    assert real_recall.exact_p50 > 0 and all(0 < r.recall <= 1 for r in real_recall.sweep)
    scale.print_vectors([figures], real_recall.nn)
    scale.print_sweeps([figures])
    out = capsys.readouterr().out
    assert f"efSearch={shipped})" in out and "efSearch 512" in out and " *\n" in out


def test_keyword_and_whole_retrieval_with_profile(scale: ModuleType, scale_vectors: ModuleType,
                                                  scale_lexical: ModuleType, scale_retrieval: ModuleType,
                                                  scale_config: ModuleType, real: Real, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    sv, sr, k = scale_vectors, scale_retrieval, scale_config.K
    chunks, docs, base = real
    rng = np.random.default_rng(4)
    rows = sv.source_rows(len(base), N, rng)
    varied = sv.varied_chunks(chunks, rows)
    lex_figures, lexical = scale_lexical.lexical_phase(sv.lexical_texts(varied, docs), QUESTIONS)
    assert lex_figures.size == N and lex_figures.p50 > 0 and lex_figures.vocabulary > N
    assert lex_figures.top_p50 is None or lex_figures.top_p50 > 0
    embedder = FakeEmbedder(dimension=DIM)
    vectors = FaissIndex(build_faiss(sv.noisy_copies(base, rows, scale_config.NOISE_SIGMA, rng))[0])
    retriever = sr.in_memory_retriever(embedder, varied, docs, vectors, lexical,
                                       sr.scratch_dir(tmp_path / "scale"))
    qvecs = embedder.embed(QUESTIONS)
    assert len(retriever.retrieve(QUESTIONS[0], k, vector=qvecs[0]).hits) == k
    figures = sr.time_retrieval(retriever, QUESTIONS, qvecs)
    assert len(figures.retrieve) == len(figures.floor) == len(QUESTIONS)
    assert all(r > 0 for r in figures.ratios())
    assert retriever._generation == scale_config.GENERATION  # never reloaded from disk
    profile, p50 = sr.profile_retrieval(retriever, QUESTIONS, qvecs)
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


def test_one_table_for_every_bench(scale: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    table = importlib.import_module("bench_table").table
    table("T", [("a", "1"), ("bbb", "22")])  # bench_seed.py's form: no header
    table("H", [["a", "1"]], header=["name", "value"])  # scale.py's form
    assert capsys.readouterr().out == ("\nT\n--------\na      1\nbbb   22\n"
                                       "\nH\nname   value\n------------\na          1\n")
