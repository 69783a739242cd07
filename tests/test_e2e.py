"""End to end with the real bundled model, real FAISS and the real corpus."""

from __future__ import annotations

import pytest

from qa.answer import DISCLAIMER

pytestmark = pytest.mark.e2e

FLAT_FEET = "what-causes-twitching-leg-muscles.txt"
HEEL = "why-does-my-leg-shake-when-i-lift-my-heel.txt"
CALF = "calf-fasciculation-and-hamstring-cramping.txt"
STOP = "how-to-stop-and-prevent-twitching-leg-or-cramps.txt"
LEGS = "muscle-twitching-in-legs.txt"

# Everyday wording; the article that must come first.
TOP_ARTICLE = [
    ("Can flat feet cause leg twitching?", FLAT_FEET),
    ("Why does my leg shake when I raise my heel?", HEEL),
    ("What makes my calf twitch and my hamstring cramp when I walk?", CALF),
    ("Could fallen arches be why my leg muscles jump?", FLAT_FEET),
    ("Can a foot doctor help with twitching legs?", FLAT_FEET),
]
OFF_TOPIC = ["What is the capital of France?", "chocolate chip cookie recipe",
             "How do I change a flat tire?"]


@pytest.mark.parametrize(("question", "source"), TOP_ARTICLE)
def test_the_right_article_ranks_first(real_qa, question: str, source: str) -> None:  # type: ignore[no-untyped-def]
    answer = real_qa.ask(question)
    assert answer.found
    assert answer.hits[0].chunk.source == source, [h.chunk.source for h in answer.hits]


def test_flat_feet_answer_is_grounded_and_sourced(real_qa) -> None:  # type: ignore[no-untyped-def]
    answer = real_qa.ask("Can flat feet cause leg twitching?")
    assert answer.disclaimer == DISCLAIMER
    assert len(answer.hits) == 5
    assert 1 <= len(answer.sentences) <= 3
    for hit in answer.hits:
        assert hit.doc.title and hit.chunk.source and hit.chunk.text
    for sentence in answer.sentences:
        assert sentence.text in answer.hits[sentence.cite - 1].chunk.text
    # named in the span or in the heading shown before it (what the reader sees)
    assert any("flat feet" in f"{s.context} {s.text}".lower() for s in answer.sentences)


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_off_topic_questions_abstain(real_qa, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = real_qa.ask(question)
    assert not answer.found and answer.sentences == ()


@pytest.mark.parametrize("question", [
    "Which minerals help stop muscle twitching?",
    "Is leg twitching a sign of ALS?",
    "Can too much coffee make my legs twitch?",
    "Does dehydration cause cramps?",
])
def test_covered_questions_do_not_abstain(real_qa, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = real_qa.ask(question)
    assert answer.found and answer.sentences


@pytest.mark.parametrize("question", [
    "x" * 10_000, "<script>alert(1)</script> cramps?", "¿Por qué tengo calambres en las piernas?",
    "腿抽筋怎么办", "cramps " * 400,
])
def test_odd_questions_answer_or_abstain_without_crashing(real_qa, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = real_qa.ask(question)
    assert answer.hits and answer.disclaimer


def test_k_sets_the_number_of_passages(real_qa) -> None:  # type: ignore[no-untyped-def]
    assert len(real_qa.ask("leg cramps", k=2).hits) == 2
    assert len(real_qa.ask("leg cramps", k=40).hits) == len(real_qa.retriever.index.chunks)


def test_red_flag_notice_comes_with_the_answer(real_qa) -> None:  # type: ignore[no-untyped-def]
    from ui.render import answer_to_dict, answer_to_text

    answer = real_qa.ask("My calf is swollen, red and hot and it cramps")
    data = answer_to_dict(answer)
    assert data["urgent"]["level"] == "urgent" and data["urgent"]["rule"] == "dvt"
    assert "blood clot" in data["urgent"]["message"]
    assert answer_to_text(answer).startswith("!! URGENT:")
    assert real_qa.ask("Why does my calf cramp at night?").urgent is None


@pytest.mark.parametrize(("question", "word"), [
    ("Does quinine work for leg cramps at night?", "quinine"),
    ("can gabapentin stop muscle fasciculations", "gabapentin"),
    ("why does my eyelid keep twitching?", "eyelid"),
    ("does drinking tonic water with quinine stop night cramps", "quinine” or “tonic"),
    # a difference is told only where both sides are named
    ("What's the difference between a pulled hamstring and a torn hamstring?", "torn"),
])
def test_a_question_about_what_the_articles_never_name_is_not_answered(real_qa, question: str,  # type: ignore[no-untyped-def]
                                                                       word: str) -> None:
    answer = real_qa.ask(question)
    assert not answer.found and answer.sentences == ()
    assert f"don't mention “{word}”" in answer.message and answer.hits


@pytest.mark.parametrize("question", [
    "My dad has been on kidney dialysis for two years and keeps getting twitchy muscles. Is that linked?",
    "I've had a twitch in my thigh on and off for a few days. Is this usually harmless?",
    "what herbs calm down twitchy leg muscles",
    # "jerk" and "flicker" are not in the articles, but twitching (their group) is
    "Is ordinary twitching a big jerk or more of a small flicker?",
])
def test_an_absent_word_beside_the_subject_does_not_stop_the_answer(real_qa, question: str) -> None:  # type: ignore[no-untyped-def]
    assert real_qa.ask(question).found


def test_a_pasted_page_of_foreign_words_costs_a_few_embeddings_not_one_per_word(real_qa) -> None:  # type: ignore[no-untyped-def]
    """400 made-up words held a core for 44 s (found by a red-team run): each absent word was weighed by embedding the
    question without it. Past MAX_ABLATIONS they are weighed all at once."""
    import random

    from qa.service import MAX_ABLATIONS

    rng = random.Random(7)
    words = {"".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(4)) for _ in range(400)}
    question = " ".join(sorted(words))[:1990] + " cramps?"
    embedder = real_qa.embedder
    calls: list[int] = []
    original = embedder.embed
    embedder.embed = lambda texts: calls.append(len(texts)) or original(texts)  # type: ignore[method-assign]
    try:
        answer = real_qa.ask(question)
    finally:
        del embedder.embed
    assert sum(calls) <= 4 < MAX_ABLATIONS
    assert not answer.found and "don't mention" in answer.message
