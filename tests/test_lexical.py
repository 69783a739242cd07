"""Keyword side of retrieval: tokens, everyday/clinical synonyms, typo repair, fusion, diversity."""

from __future__ import annotations

import pytest

from index.fusion import convex, diversify
from index.lexical import LexicalIndex, tokenize
from index.synonyms import GROUPS, expand_tokens, matches, spelled_out


def test_tokenize_stems_and_drops_stop_words() -> None:
    assert tokenize("Why are my muscles twitching at night?") == ["muscl", "twitch", "night"]
    assert tokenize("What causes cramps") == ["caus", "cramp"]  # "cause" is a real search word
    assert tokenize("") == [] and tokenize("?!") == []


@pytest.mark.parametrize(("question", "clinical"), [
    ("pinched nerve in my lower back", "sciatica"),
    ("should I see a foot specialist", "podiatrist"),
    ("do shoe inserts help", "orthotics"),
    ("I take water pills", "diuretics"),
    ("is it Lou Gehrig's disease", "amyotrophic lateral sclerosis"),
    ("I have fallen arches", "flat feet"),
    ("pins and needles in my feet", "numbness"),
    ("my calf twitches", "fasciculation"),
    ("I've been a couch potato", "sedentary"),
    # (fresh65) the body and the clinic told in everyday words
    ("coffee makes my legs all jittery", "tremor"),
    ("a stretch for the back of my ankle", "achilles tendon"),
    ("the camera tube they put down your throat", "endoscope"),
    ("tiny jumping under my skin", "fasciculation"),
])
def test_everyday_words_reach_clinical_words(question: str, clinical: str) -> None:
    expanded = expand_tokens(tokenize(question))
    assert set(tokenize(clinical)) <= set(expanded)


@pytest.mark.parametrize(("question", "everyday"), [
    ("is sciatica the cause", "pinched nerve"),
    ("when to see a podiatrist", "foot doctor"),
    ("do diuretics cause cramps", "water pills"),
])
def test_clinical_words_reach_everyday_words(question: str, everyday: str) -> None:
    assert set(tokenize(everyday)) <= set(expand_tokens(tokenize(question)))


def test_an_initialism_the_passages_never_spell_is_spelt_out_for_the_model() -> None:
    # "SMA" is next to nothing to the embedding model (cosine 0.2 from the passage defining it, fresh65);
    # one the passages spell is found by its letters and stays as typed.
    assert spelled_out("my nephew has SMA, what does it attack?") == \
        "my nephew has SMA (spinal muscular atrophy), what does it attack?"
    assert spelled_out("is it ALS or MS?", set(tokenize("ALS"))) == "is it ALS or MS (multiple sclerosis)?"
    assert spelled_out("twitching since Tuesday, SMART watch says fine") == \
        "twitching since Tuesday, SMART watch says fine"
    # (review) a title or a unit is no initialism
    assert spelled_out("Ms Patel here, my twitches last 200 ms") == "Ms Patel here, my twitches last 200 ms"
    assert spelled_out("what is sma") == "what is sma (spinal muscular atrophy)"


def test_unrelated_questions_expand_to_nothing() -> None:
    assert expand_tokens(tokenize("What is the capital of France?")) == []
    assert expand_tokens(tokenize("drinking water")) == []  # not the alcohol group


def test_expansion_does_not_repeat_the_question_words() -> None:
    tokens = tokenize("calf cramps")
    assert not set(tokens) & set(expand_tokens(tokens))


def test_every_group_has_two_searchable_names() -> None:
    for group in GROUPS:
        assert len({tuple(tokenize(p)) for p in group if tokenize(p)}) >= 2, group


def test_matches_report_the_phrase_found() -> None:
    [(phrase, group)] = matches(tokenize("a pinched nerve"))
    assert phrase == ("pinch", "nerv") and ("sciatica",) in group


@pytest.fixture(scope="module")
def lexical() -> LexicalIndex:
    return LexicalIndex.build([
        "Fasciculation is muscle twitching.", "Potassium and magnesium help cramps.",
        "Flat feet strain the hamstring.", "Diabetes is not covered here, only diet.",
    ])


def test_bm25_scores_the_matching_document(lexical: LexicalIndex) -> None:
    scores = lexical.scores(tokenize("potassium for cramps"))
    assert scores.shape == (4,) and int(scores.argmax()) == 1
    assert lexical.scores(["zzzz"]).sum() == 0.0


@pytest.mark.parametrize(("typed", "fixed"), [
    ("twiching", "twitch"), ("potasium", "potassium"), ("magnesum", "magnesium"),
    ("fasiculation", "fascicul"),
    ("crmaps", "cramp"), ("potsasium", "potassium"),  # two letters swapped
])
def test_typos_are_repaired_from_the_collection_words(lexical: LexicalIndex, typed: str, fixed: str) -> None:
    assert lexical.correct(tokenize(typed)) == [fixed]


@pytest.mark.parametrize("word", ["migraines", "diabetic", "cholesterol", "sunburn"])
def test_real_words_the_collection_lacks_are_left_alone(lexical: LexicalIndex, word: str) -> None:
    assert lexical.correct(tokenize(word)) == tokenize(word)


def test_unknown_words_are_those_no_passage_holds_under_any_ending(lexical: LexicalIndex) -> None:
    # "hamstrings" and "feet" are there; "magnesiums" begins with a word that is; "quinine" is not.
    tokens = tokenize("quinine hamstrings feet magnesiums 2018 cholesterol")
    assert lexical.unknown(tokens) == tokenize("quinine cholesterol")


def test_idf_is_highest_for_unknown_words(lexical: LexicalIndex) -> None:
    assert lexical.idf("zzzz") > lexical.idf("cramp") > 0


def test_convex_fusion_blends_cosine_and_normalised_bm25() -> None:
    fused = convex({1: 0.8, 2: 0.5}, {2: 10.0, 3: 5.0}, alpha=0.5)
    assert fused == pytest.approx({1: 0.4, 2: 0.75, 3: 0.25})
    assert convex({1: 0.8}, {}, alpha=0.7) == pytest.approx({1: 0.56})


def test_diversify_skips_near_copies() -> None:
    same = {(1, 2), (2, 1)}
    assert diversify([1, 2, 3, 4], 3, lambda a, b: (a, b) in same) == [1, 3, 4]
    assert diversify([1, 2], 5, lambda a, b: False) == [1, 2]


def test_top_equals_the_dense_scores_it_replaces() -> None:
    """`top` touches only rows holding a query word, but ranks exactly as the full score array."""
    import random

    rng = random.Random(3)
    words = ["cramp", "twitch", "muscle", "calf", "night", "water", "salt", "nerve", "sleep", "leg",
             "magnesium", "stretch", "doctor", "pain", "foot"]
    texts = [" ".join(rng.choices(words, k=rng.randint(3, 30))) for _ in range(400)]
    index = LexicalIndex.build(texts)
    for _ in range(50):
        query = tokenize(" ".join(rng.choices(words, k=rng.randint(1, 5))))
        extra = tokenize(" ".join(rng.choices(words, k=2)))
        dense = index.scores(query) + 0.4 * index.scores(extra)
        top = index.top([(query, 1.0), (extra, 0.4)], 20)
        expected = sorted(dense, reverse=True)[:20]
        assert sorted(top.values(), reverse=True) == pytest.approx([v for v in expected if v > 0], rel=1e-5)
        for row, value in top.items():
            assert value == pytest.approx(float(dense[row]), rel=1e-5)
    assert index.top([(["unknownword"], 1.0)], 5) == {}
    assert index.top([], 5) == {}


def test_maxscore_top_ranks_exactly_as_the_dense_scores() -> None:
    """Above `sparse_above` rows `top` skips the rows of common words; rows and scores stay exact."""
    import random

    rng = random.Random(11)
    vocabulary = [f"w{i}x" for i in range(300)]
    weights = [1 / (i + 1) for i in range(300)]  # Zipf: a few common words, many rare ones
    texts = [" ".join(rng.choices(vocabulary, weights, k=rng.randint(5, 60))) for _ in range(3000)]
    index = LexicalIndex.build(texts)
    index.sparse_above = 0
    index.sparse_visit = 1 / 4  # a small collection: let MaxScore run where the product would not
    fallbacks = []
    dense_top = index._top_dense
    index._top_dense = lambda weighted, k: fallbacks.append(k) or dense_top(weighted, k)  # type: ignore[method-assign]
    for _ in range(200):
        query = tokenize(" ".join(rng.choices(vocabulary, weights, k=rng.randint(1, 6))))
        extra = tokenize(" ".join(rng.choices(vocabulary, k=rng.randint(0, 3))))
        k = rng.choice([1, 5, 50, 500])
        dense = index.scores(query) + 0.4 * index.scores(extra)
        top = index.top([(query, 1.0), (extra, 0.4)], k)
        expected = [v for v in sorted(dense, reverse=True)[:k] if v > 0]
        assert sorted(top.values(), reverse=True) == pytest.approx(expected, rel=1e-5)
        for row, value in top.items():
            assert value == pytest.approx(float(dense[row]), rel=1e-5)
    assert len(fallbacks) < 150  # a good share of the queries took the MaxScore path
    assert index.top([(["unknownword"], 1.0)], 5) == {}
    assert index.top([], 5) == {}


def test_other_names_stand_in_for_a_term_no_passage_holds() -> None:
    from index.synonyms import every_match, stand_ins

    tokens = tokenize("is botulinum toxin an option for twitching")
    assert "botox" in stand_ins(tokens, {"botulinum", "toxin"})
    assert stand_ins(tokens, set()) == []  # a term the collection holds needs no stand-in
    found = {phrase for phrase, _ in every_match(tokenize("the medial longitudinal arch"))}
    assert {tuple(tokenize("arch")), tuple(tokenize("medial longitudinal arch"))} <= found
