"""Quality floors on the held-out labelled questions, with the real model, FAISS, BM25 and corpus."""

from __future__ import annotations

import pytest

from qa import evaluate
from tests.conftest import ROOT

pytestmark = pytest.mark.e2e
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def reports(real_qa):  # type: ignore[no-untyped-def]
    return {name: evaluate.summarise(evaluate.run(real_qa, evaluate.load_questions(DATA / f"{name}.jsonl")))
            for name in ("seed_dev", "seed_test")}


@pytest.mark.parametrize("name", ["seed_dev", "seed_test"])
def test_sets_are_big_enough(reports, name: str) -> None:  # type: ignore[no-untyped-def]
    assert reports[name].n_answerable >= 40 and reports[name].n_unanswerable >= 10


@pytest.mark.parametrize("name", ["seed_dev", "seed_test"])
def test_success_at_5_floor(reports, name: str) -> None:  # type: ignore[no-untyped-def]
    assert reports[name].success[5] >= 0.95, reports[name].to_dict()


@pytest.mark.parametrize("name", ["seed_dev", "seed_test"])
def test_every_unanswerable_question_abstains(reports, name: str) -> None:  # type: ignore[no-untyped-def]
    assert reports[name].abstained_unanswerable == 1.0, reports[name].wrong


@pytest.mark.parametrize("name", ["seed_dev", "seed_test"])
def test_no_answerable_question_abstains(reports, name: str) -> None:  # type: ignore[no-untyped-def]
    assert reports[name].abstained_answerable == 0.0, reports[name].wrong


@pytest.mark.parametrize(("question", "phrase"), [
    ("I think I have a pinched nerve in my back, can it make my calf twitch?", "sciatica"),
    ("Should I go to a foot specialist about my flat feet?", "podiatrist"),
    ("Do shoe inserts help with flat feet?", "orthotics"),
])
def test_everyday_words_find_clinical_passages(real_qa, question: str, phrase: str) -> None:  # type: ignore[no-untyped-def]
    answer = real_qa.ask(question)
    assert answer.found
    top = [h.chunk.text.lower() for h in answer.hits[:3]]
    assert any(phrase in text for text in top), top


def test_a_republished_article_does_not_fill_the_top_passages(  # type: ignore[no-untyped-def]
        real_embedder, tmp_path) -> None:
    """A copy of an article with one word changed is indexed (its bytes differ), but the top
    passages show each passage once, not twice."""
    import shutil

    from index.settings import Settings
    from ingest.pipeline import sync
    from qa.service import QA
    from tests.conftest import CORPUS

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    original = (corpus / "what-causes-twitching-leg-muscles.txt").read_text(encoding="utf-8")
    (corpus / "republished.txt").write_text(original.replace("Surprising", "Amazing"), encoding="utf-8")
    settings = Settings(corpus_dir=corpus, data_dir=tmp_path / "data")
    sync(settings, real_embedder)
    answer = QA(settings, real_embedder).ask("Can flat feet cause leg twitching?", k=5)
    bodies = [h.chunk.text.replace("Amazing", "Surprising") for h in answer.hits]
    assert len(bodies) == len(set(bodies)), [h.chunk.source for h in answer.hits]


def test_answer_sentences_are_copied_verbatim(real_qa) -> None:  # type: ignore[no-untyped-def]
    for question in evaluate.load_questions(DATA / "seed_test.jsonl")[:15]:
        answer = real_qa.ask(question.question)
        texts = [s.text for s in answer.sentences]
        assert len(texts) == len(set(texts))
        for sentence in answer.sentences:
            passage = answer.hits[sentence.cite - 1].chunk.text
            assert passage[sentence.start:sentence.end] == sentence.text
