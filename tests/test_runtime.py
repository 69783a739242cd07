"""The ONNX runtime: same vectors as sentence-transformers, exported once, recorded, never mixed."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from index.embedder import embedding_text
from index.onnx_embedder import CONFIG, MODEL, OnnxEmbedder
from index.onnx_export import ExportError
from index.runtime import build_export, cached_export, export_folder, load_embedder
from index.settings import Settings
from index.store import load_index
from ingest.pipeline import sync
from qa.service import QA
from tests.fakes import FakeEmbedder

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [json.loads(line)["question"]
             for line in (ROOT / "tests" / "data" / "seed_test.jsonl").read_text().splitlines()
             if line.strip()]


def _corpus_texts(index_dir: Path) -> list[str]:
    index = load_index(index_dir)
    return [embedding_text(index.docs[c.source].title, c.section, c.text) for c in index.chunks]


@pytest.mark.e2e
def test_onnx_gives_the_reference_vectors_on_the_whole_corpus(real_qa, real_embedder,  # type: ignore[no-untyped-def]
                                                              reference_embedder) -> None:
    """Every passage of the corpus and every test question: cosine ≥ 0.999 to sentence-transformers."""
    texts = _corpus_texts(real_qa.settings.data_dir) + QUESTIONS
    onnx = real_embedder.embed(texts)
    reference = reference_embedder.embed(texts)
    cosines = (onnx * reference).sum(axis=1)
    assert cosines.min() >= 0.999, f"lowest cosine {cosines.min():.6f}"
    np.testing.assert_allclose(np.linalg.norm(onnx, axis=1), 1.0, atol=1e-5)
    # One text alone gets the vector it gets in a batch (fp32: no batch-dependent scaling).
    alone = np.vstack([real_embedder.embed([t]) for t in texts[:10]])
    assert (alone * onnx[:10]).sum(axis=1).min() >= 0.9999
    assert real_embedder.token_counts(texts) == reference_embedder.token_counts(texts)


@pytest.mark.e2e
def test_onnx_ranks_passages_as_the_reference_does(real_qa, reference_embedder) -> None:  # type: ignore[no-untyped-def]
    """The same top five passages for every test question, whichever runtime embeds it."""
    retriever = real_qa.retriever
    assert retriever.index.manifest.runtime == "onnx"
    for question in QUESTIONS:
        onnx = [h.chunk.id for h in retriever.retrieve(question, 5).hits]
        vector = reference_embedder.embed([question])[0]
        torch = [h.chunk.id for h in retriever.retrieve(question, 5, vector=vector).hits]
        assert onnx == torch, question


@pytest.mark.e2e
def test_export_is_cached_checked_and_redone_when_damaged(tmp_path: Path, reference_embedder) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "models"
    assert cached_export("bundled", "onnx", root) is None
    folder = build_export("bundled", "onnx", root, reference_embedder)
    assert folder == export_folder(root, "bundled", "onnx")
    assert cached_export("bundled", "onnx", root) == folder
    config = json.loads((folder / CONFIG).read_text())
    assert config["check"]["min_cosine"] >= 0.999 and config["fingerprint"] == reference_embedder.fingerprint
    assert not list(root.glob(".*"))  # no staging folder left behind
    # A damaged export is never used: the next load makes a new one.
    with (folder / MODEL).open("ab") as handle:
        handle.write(b"\0")
    assert cached_export("bundled", "onnx", root) is None
    notes: list[str] = []
    embedder = load_embedder("bundled", "onnx", root, notes.append)
    assert isinstance(embedder, OnnxEmbedder) and embedder.runtime == "onnx"
    assert notes and "one time" in notes[0]
    assert cached_export("bundled", "onnx", root) is not None


def test_a_model_that_cannot_be_exported_falls_back_to_the_reference(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Unusual(FakeEmbedder):
        """A reference whose modules are not Transformer → Pooling (say, a CLIP model)."""

        def __init__(self) -> None:
            super().__init__()
            self.runtime = "torch"
            self._model = [object(), object()]

    monkeypatch.setattr("index.embedder.SentenceTransformerEmbedder", lambda model: Unusual())
    notes: list[str] = []
    embedder = load_embedder("some/model", "onnx", tmp_path, notes.append)
    assert isinstance(embedder, Unusual) and embedder.runtime == "torch"
    assert "not Transformer" in notes[-1] and "runtime torch" in notes[-1]
    with pytest.raises(ExportError):
        build_export("some/model", "onnx", tmp_path, Unusual())
    assert not any(tmp_path.iterdir())  # nothing half-written in the cache


@pytest.mark.e2e
def test_int8_is_opt_in_recorded_and_used_for_questions(  # type: ignore[no-untyped-def]
        tmp_path: Path, corpus_copy: Path, reference_embedder, monkeypatch: pytest.MonkeyPatch) -> None:

    monkeypatch.setenv("HEALTHQA_MODEL_CACHE", str(tmp_path / "models"))
    settings = Settings(corpus_dir=corpus_copy, data_dir=tmp_path / "data", runtime="onnx-int8")
    int8 = OnnxEmbedder(build_export("bundled", "onnx-int8", tmp_path / "models", reference_embedder))
    check = int8.config["check"]
    assert 0.98 <= check["min_cosine"] < 0.9999  # close to the reference, but not equal
    sync(settings, int8)
    assert load_index(settings.data_dir).manifest.runtime == "onnx-int8"
    # Questions follow the index, whatever HEALTHQA_RUNTIME says now.
    qa = QA(Settings(corpus_dir=corpus_copy, data_dir=tmp_path / "data", runtime="onnx"))
    assert qa.embedder.runtime == "onnx-int8"
    answer = qa.ask("Can flat feet cause leg twitching?")
    assert answer.found and "flat" in answer.hits[0].chunk.text.lower()


def test_changing_the_runtime_re_embeds_and_a_running_retriever_refuses_to_mix(
        settings: Settings, fake_embedder: FakeEmbedder) -> None:
    from index.errors import IndexMismatchError
    from index.search import Retriever

    sync(settings, fake_embedder)
    retriever = Retriever(fake_embedder, settings.data_dir)
    assert retriever.search("cramps", 3)
    other = FakeEmbedder()
    other.runtime = "onnx-int8"
    report = sync(settings, other)
    assert "runtime" in report.note and report.embedded > 0
    with pytest.raises(IndexMismatchError, match="runtime"):
        retriever.search("cramps", 3)


def test_a_running_retriever_follows_a_generation_of_another_runtime(
        settings: Settings, fake_embedder: FakeEmbedder) -> None:
    """The README promises a new generation is picked up without a restart, runtime included."""
    from index.search import Retriever

    int8 = FakeEmbedder()
    int8.runtime = "onnx-int8"
    asked: list[str] = []

    def switch(runtime: str) -> FakeEmbedder:
        asked.append(runtime)
        return int8

    sync(settings, fake_embedder)
    retriever = Retriever(fake_embedder, settings.data_dir, switch=switch)
    assert retriever.search("cramps", 3) and asked == []
    sync(settings, int8)
    assert retriever.search("cramps", 3)
    assert asked == ["onnx-int8"] and retriever.embedder is int8
    assert retriever.search("cramps", 3) and asked == ["onnx-int8"]  # switched once, not per question


def test_a_running_qa_follows_a_new_runtime_and_drops_its_sentence_vectors(
        settings: Settings, fake_embedder: FakeEmbedder) -> None:
    int8 = FakeEmbedder()
    int8.runtime = "onnx-int8"

    class Int8QA(QA):  # loading a real int8 export is the e2e test's job
        def _runtime(self, runtime: str) -> FakeEmbedder:
            assert runtime == "onnx-int8"
            return int8

    sync(settings, fake_embedder)
    qa = Int8QA(settings, fake_embedder)
    assert qa.ask("Can flat feet cause leg twitching?").hits
    assert qa._cache and qa._cache_for is fake_embedder
    sync(settings, int8)
    assert qa.ask("Can flat feet cause leg twitching?").hits
    assert qa.embedder is int8 and qa._cache_for is int8


@pytest.mark.e2e
def test_cold_ask_loads_no_torch_and_answers_quickly(real_qa) -> None:  # type: ignore[no-untyped-def]
    """A new `healthqa ask` process answers without importing torch or sentence-transformers."""
    data = str(real_qa.settings.data_dir)
    code = ("import sys, time; t = time.perf_counter(); from ui.cli import main; "
            f"rc = main(['ask', '--data', {data!r}, 'Can flat feet cause leg twitching?']); "
            "print('HEAVY', sorted(m for m in ('torch', 'sentence_transformers', 'transformers') "
            "if m in sys.modules)); sys.exit(rc)")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            cwd=ROOT, check=False)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stdout and "flat feet" in result.stdout.lower()
    assert elapsed < 5, f"cold ask took {elapsed:.2f} s"  # ~1.3 s measured; slack for a busy CI


def test_two_threads_asking_through_the_torch_embedder_both_get_answers(reference_embedder) -> None:  # type: ignore[no-untyped-def]
    """The app's sessions share one embedder (issue 14 saw "Already borrowed" from the fast
    tokenizer; tokenizers 0.23 does not raise it here, and the embedder's lock keeps it so)."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"why does my calf cramp at night, question {i}? " * (1 + i % 5) for i in range(40)]
    expected = reference_embedder.embed(texts)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda i: (reference_embedder.embed([texts[i]]),
                                           reference_embedder.token_counts([texts[i]])), range(40)))
    for i, (vector, counts) in enumerate(results):
        assert np.allclose(vector[0], expected[i], atol=1e-5) and counts[0] > 0
