"""Retriever and embedder set-up: ranking, reload on a new generation, model checks."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index import embedder as embedder_module
from index.embedder import embedding_text, resolve_model
from index.errors import IndexMismatchError, IndexMissingError, ModelError
from index.search import Retriever
from index.settings import Settings
from index.store import current_generation
from ingest.pipeline import sync
from tests.fakes import FakeEmbedder


def test_search_ranks_the_matching_article_first(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    sync(settings, fake_embedder)
    hits = Retriever(fake_embedder, settings.data_dir).search("flat feet arches plantar fascia", 3)
    assert [h.rank for h in hits] == [1, 2, 3]
    assert hits[0].chunk.source == "what-causes-twitching-leg-muscles.txt"
    assert hits[0].score >= hits[1].score >= hits[2].score
    assert hits[0].doc.source == hits[0].chunk.source


def test_a_retrieval_repairs_typos_the_way_its_keyword_search_did(settings: Settings,
                                                                    fake_embedder: FakeEmbedder) -> None:
    sync(settings, fake_embedder)
    retrieval = Retriever(fake_embedder, settings.data_dir).retrieve("which mineral suplements stop twiching", 3)
    assert ("suplement", "supplement") in retrieval.corrections
    assert retrieval.correct(["miner", "suplement", "quinin"]) == ["miner", "supplement", "quinin"]


def test_k_larger_than_the_index_returns_every_chunk(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    report = sync(settings, fake_embedder)
    hits = Retriever(fake_embedder, settings.data_dir).search("cramps", report.n_chunks + 10)
    assert len(hits) == report.n_chunks


def test_empty_collection_returns_no_hits(tmp_path: Path, fake_embedder: FakeEmbedder) -> None:
    (tmp_path / "corpus").mkdir()
    settings = Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data")
    sync(settings, fake_embedder)
    assert Retriever(fake_embedder, settings.data_dir).search("cramps", 5) == []


def test_missing_index_is_a_clear_error(tmp_path: Path, fake_embedder: FakeEmbedder) -> None:
    with pytest.raises(IndexMissingError, match="healthqa ingest"):
        Retriever(fake_embedder, tmp_path).search("cramps", 5)


def test_retriever_picks_up_a_new_generation(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    sync(settings, fake_embedder)
    retriever = Retriever(fake_embedder, settings.data_dir)
    assert "knee.txt" not in retriever.index.docs
    (settings.corpus_dir / "knee.txt").write_text("Knee Pain\nRunner's knee hurts around the kneecap "
                                                  "after long runs downhill.")
    sync(settings, fake_embedder)
    assert "knee.txt" in retriever.index.docs
    assert retriever.search("runner knee kneecap downhill", 1)[0].chunk.source == "knee.txt"
    assert retriever.index.path.name == current_generation(settings.data_dir)


def test_index_of_another_model_is_refused_with_the_fix(settings: Settings,
                                                        fake_embedder: FakeEmbedder) -> None:
    sync(settings, fake_embedder)
    with pytest.raises(IndexMismatchError, match="healthqa ingest --rebuild"):
        Retriever(FakeEmbedder(model_id="other"), settings.data_dir).search("cramps", 5)


def test_bundled_weights_are_verified(monkeypatch: pytest.MonkeyPatch) -> None:
    target, model_id, digest = resolve_model("bundled")
    assert Path(target, "model.safetensors").is_file()
    assert model_id == "sentence-transformers/all-MiniLM-L6-v2" and digest == embedder_module.BUNDLED_SHA256
    monkeypatch.setattr(embedder_module, "BUNDLED_SHA256", "0" * 64)
    with pytest.raises(ModelError, match="differs from upstream"):
        resolve_model("bundled")


def test_a_local_model_folder_is_fingerprinted(tmp_path: Path) -> None:
    (tmp_path / "model.safetensors").write_bytes(b"weights")
    target, model_id, digest = resolve_model(str(tmp_path))
    assert target == model_id == str(tmp_path.resolve()) and len(digest) == 64


def test_a_broken_model_is_a_model_error(tmp_path: Path) -> None:
    from index.embedder import SentenceTransformerEmbedder

    with pytest.raises(ModelError, match="cannot load embedding model"):
        SentenceTransformerEmbedder(str(tmp_path))


def test_embedding_text_carries_title_and_section() -> None:
    assert embedding_text("Cramps", "Causes", "Text.") == "Cramps — Causes\nText."
    assert embedding_text("Cramps", None, "Text.") == "Cramps\nText."
    assert embedding_text("Cramps", "Cramps", "Text.") == "Cramps\nText."


@pytest.mark.e2e
def test_real_model_vectors_are_unit_length_and_meaningful(real_embedder) -> None:  # type: ignore[no-untyped-def]
    vectors = real_embedder.embed(["leg cramps at night", "nocturnal calf cramps", "tax return deadline"])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3
    assert real_embedder.model_id == "sentence-transformers/all-MiniLM-L6-v2"


def test_answer_sentence_vectors_are_cached(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    from dataclasses import replace

    from qa.service import QA

    sync(settings, fake_embedder)
    qa = QA(replace(settings, min_score=-1.0, sure_score=-1.0), fake_embedder)
    first = qa.ask("flat feet plantar fascia twitching")
    assert first.found and first.sentences
    before = fake_embedder.embedded
    second = qa.ask("flat feet plantar fascia twitching")
    assert fake_embedder.embedded - before == 1  # only the question itself
    assert second.sentences == first.sentences
