"""Shared fixtures: a fake embedder for unit tests, the real model and a real index for end-to-end ones."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.settings import Settings
from tests.fakes import FakeEmbedder

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"



def one_line(message: str) -> bool:
    """An error message a person reads in one line: no traceback, no control characters."""
    return len(message.splitlines()) == 1 and message.isprintable()

@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A private copy of the seed corpus that a test may change."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture
def settings(tmp_path: Path, corpus_copy: Path) -> Settings:
    return Settings(corpus_dir=corpus_copy, data_dir=tmp_path / "data")


@pytest.fixture(scope="session", autouse=True)
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One ONNX export for the whole run (commands started by tests inherit it), not one per
    data folder; tests of the export itself use folders of their own."""
    import os

    from index.runtime import CACHE_ENV

    folder = tmp_path_factory.mktemp("model-cache")
    old = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(folder)
    yield folder
    if old is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = old


@pytest.fixture(scope="session")
def reference_embedder():  # type: ignore[no-untyped-def]
    """The bundled all-MiniLM-L6-v2 in sentence-transformers: the reference for the ONNX runtime."""
    from index.embedder import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder()


@pytest.fixture(scope="session")
def real_embedder(model_cache: Path, reference_embedder):  # type: ignore[no-untyped-def]
    """The bundled model in the default runtime (ONNX), exported once for the whole run."""
    from index.onnx_embedder import OnnxEmbedder
    from index.runtime import build_export

    return OnnxEmbedder(build_export("bundled", "onnx", model_cache, reference_embedder))


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    data = tmp_path_factory.mktemp("real-data")
    return Settings(corpus_dir=CORPUS, data_dir=data)


@pytest.fixture(scope="session")
def real_qa(real_embedder, real_settings: Settings) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A QA service over a real FAISS index of the real corpus, built once."""
    from ingest.pipeline import sync
    from qa.service import QA

    report = sync(real_settings, real_embedder)
    assert not report.failed, report.failed
    yield QA(real_settings, real_embedder)
