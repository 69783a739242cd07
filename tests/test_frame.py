"""The frame around a question's subject is left out of its key words; the subject stays."""

from __future__ import annotations

import pytest

from qa.definition import defined_terms
from qa.frame import unframed
from qa.question import question_terms, shape


@pytest.mark.parametrize(("question", "left"), [
    ("My uncle has dialysis and his muscles twitch", "has dialysis and his muscles twitch"),
    ("My 15 year old daughter gets cramps at night", "gets cramps at night"),
    ("my elderly mother-in-law's calves ache", "calves ache"),
    ("my friend says flat feet cause twitching, true or nah?", "flat feet cause twitching, ?"),
    ("Is it true that bananas stop cramps, or is that a myth?", "bananas stop cramps, ?"),
    ("Muscular dystrophy is genetic right?", "Muscular dystrophy is genetic"),
    ("Hello dear. Could you tell me why my calves cramp, please?", ". why my calves cramp, ?"),
    ("At 83 I get cramps in my old age", "I get cramps"),
    ("My sister has just been told she has fibromyalgia", "fibromyalgia"),
    # (fresh60) a chain of people, where someone works, a speaker who keeps on about it, a name asked for
    ("my cousin's little boy has muscular dystrophy", "has muscular dystrophy"),
    ("My dad's podiatrist keeps going on about his plantar fascia", "his plantar fascia"),
    ("My daughter works at a GP surgery, is she allowed to wash her gloves?", ", is she allowed to wash her gloves?"),
    ("what is the other name people use for ALS?", "what is ALS?"),
    # (fresh64) what the asker believed or heard before asking; the belief itself stays
    ("I always thought the plantar fascia was a muscle but I read its more like a band",
     "the plantar fascia was a muscle but its more like a band"),
    ("surely chocolate cant make your legs twitch?? my sister says it can",
     "chocolate cant make your legs twitch?? it can"),
    ("I figured magnesium would help, is he right?", "magnesium would help, ?"),
    ("tap my toes as an exercise, sounds pointless tbh, does it do anything?",
     "tap my toes as an exercise, , does it do anything?"),
    # …but a question put to the asker keeps its words
    ("what do I think about when my legs twitch", "what do I think about when my legs twitch"),
    # (review) the asker's own work, or work as the subject, stays
    ("does working at a clinic mean I need a flu shot?", "does working at a clinic mean I need a flu shot?"),
    ("can I get cramps from working in a warehouse?", "can I get cramps from working in a warehouse?"),
])
def test_whom_and_how_a_belief_is_tested_are_left_out(question: str, left: str) -> None:
    assert unframed(question) == left


@pytest.mark.parametrize("question", [
    "Do children get leg cramps?",  # not someone's: the children are the subject
    "Is my leg twitching because of my thyroid?",
    "Can a player cramp from dehydration?",
    "What is the right way to stretch a calf?",  # "right" inside the question is a word of it
    "What does dear mean in a letter?",  # "dear" not followed by a comma is a word of the question
])
def test_the_subject_is_kept(question: str) -> None:
    assert unframed(question) == question


def test_the_persons_words_are_no_key_terms() -> None:
    stems = {stem for term in question_terms("My grandson's calves cramp after football") for stem in term}
    assert "grandson" not in stems and "calv" in stems and "footbal" in stems


@pytest.mark.parametrize(("question", "term"), [
    ("The specialist used the word myopathy about my father. What does that mean?", "myopathy"),
    ("My nephew was diagnosed with spinal muscular atrophy. What kind of illness is that?", "spinal muscular atrophy"),
    ("My podiatrist keeps mentioning the plantar fascia. What is that bit, exactly?", "plantar fascia"),
])
def test_a_term_named_before_and_pointed_at_is_defined(question: str, term: str) -> None:
    assert defined_terms(question) == (term,)


def test_pointing_at_nothing_named_defines_nothing() -> None:
    assert defined_terms("What kind of illness is that?") == ()


def test_a_second_name_of_a_counted_term_is_no_term_of_its_own() -> None:
    # "jerk" and "flicker" are names of twitching: a sentence about twitching holds all three
    terms = question_terms("Is ordinary twitching a big jerk or more of a small flicker?")
    assert not any(term in (frozenset({"jerk"}), frozenset({"flicker"})) for term in terms)
    assert any({"twitch", "jerk", "flicker"} <= term for term in terms)


def test_when_worth_getting_checked_asks_when_to_see_a_doctor() -> None:
    asked = shape("When is leg shaking on lifting my heel worth getting checked by a professional?")
    assert asked.kind == "when_doctor"
    # the cue is advice to be seen, not any "when": "when lifting your heel" is no threshold
    assert asked.cue is not None and not asked.cue.search("Experiencing leg shaking when lifting your heel.")
    assert asked.cue.search("If it persists, consult a healthcare professional.")


@pytest.mark.parametrize(("question", "left"), [
    ("Tell me what the plantar fascia is.", "what the plantar fascia is."),
    ("Explain what flat feet actually are, in plain terms.", "what flat feet actually are, ."),
    ("Give me a quick rundown of what causes calf twitching.", "what causes calf twitching."),
    ("I need to know what a podiatrist does. Thanks", "what a podiatrist does. Thanks"),
])
def test_a_question_put_as_an_instruction_keeps_only_the_question(question: str, left: str) -> None:
    from qa.frame import REQUEST

    assert " ".join(REQUEST.sub(" ", question).split()) == left


@pytest.mark.parametrize("question", ["where does the name fasciculation come from?",
                                      "is there a list of herbs that help?"])
def test_request_words_inside_a_question_stay(question: str) -> None:
    assert unframed(question) == question


@pytest.mark.parametrize(("question", "term"), [
    ("Explain what spinal muscular atrophy is — a friend's child was just diagnosed.", "spinal muscular atrophy"),
    ("Tell me what the plantar fascia is", "plantar fascia"),
    ("define myopathy", "myopathy"),
])
def test_a_definition_asked_as_an_instruction_names_its_term(question: str, term: str) -> None:
    assert defined_terms(question) == (term,)


def test_a_name_asked_for_leaves_the_thing_named() -> None:
    assert unframed("whats the other name for ALS") == "whats ALS"
    assert unframed("what is another name for ALS?") == "what is ALS?"


@pytest.mark.parametrize(("question", "left"), [
    ("Besides drinking plenty of water, is there something I can put on it?", ", is there something I can put on it?"),
    ("Apart from ALS, what's spinal muscular atrophy?", ", what's spinal muscular atrophy?"),
    ("I'm already staying well hydrated — what other habits help?", "— what other habits help?"),
    ("Other than stress what causes twitching?", "Other than stress what causes twitching?"),  # no end to the known
    ("How can I tell a tremor apart from a seizure?", "How can I tell a tremor apart from a seizure?"),  # compares
    ("I don't carry much besides a couple of pillows.", "I don't carry much besides a couple of pillows."),
])
def test_what_the_asker_already_knows_is_no_key_word(question: str, left: str) -> None:
    assert unframed(question) == left


@pytest.mark.parametrize(("question", "left"), [
    ("What did it say keeps the blood flowing to the legs?", "What keeps the blood flowing to the legs?"),
    ("Which B vitamin did it mention by name?", "Which B vitamin ?"),
    ("In the treatment bit at the end, how are the nerve issues handled?", ", how are the nerve issues handled?"),
    ("In the heel-lifting list, which electrolytes?", "In the heel-lifting list, which electrolytes?"),  # its topic
])
def test_the_article_as_speaker_or_place_is_no_key_word(question: str, left: str) -> None:
    assert unframed(question) == left


@pytest.mark.parametrize(("question", "left"), [
    ("Muscular dystrophy — what is it, the short version?", "Muscular dystrophy — what is it, ?"),
    ("What's the main job of our muscles, in a word?", "What's the main job of our muscles, ?"),
    ("ALS has another name people use, right? What is it?", "ALS has another name people use What is it?"),
    ("What does a muscle imbalance mean here, in a nutshell?", "What does a muscle imbalance mean here, ?"),
    ("Is a short walk good for cramps?", "Is a short walk good for cramps?"),  # "short" of the walk stays
])
def test_how_much_of_an_answer_is_wanted_is_no_key_word(question: str, left: str) -> None:
    assert unframed(question) == left


@pytest.mark.parametrize(("question", "left"), [
    ("A runner I train keeps going on about his plantar fascia", "keeps going on about his plantar fascia"),
    ("At what point should the old man next door get his shaky leg looked at?",
     "At what point should get his shaky leg looked at?"),
    ("one of my residents has cramps at night", "has cramps at night"),
    ("Is a man more likely to get cramps than a woman?", "Is a man more likely to get cramps than a woman?"),
])
def test_someone_named_by_their_role_is_no_key_word(question: str, left: str) -> None:
    assert unframed(question) == left


def test_what_a_question_takes_as_given_is_no_key_word() -> None:
    from qa.question import question_terms

    stems = {s for term in question_terms("Since flat feet only cause pain, given that, why would my legs twitch?")
             for s in term}
    assert not stems & {"sinc", "since", "given"} and "twitch" in stems


@pytest.mark.parametrize(("question", "left"), [
    ("I might be wrong, but is muscular dystrophy inherited?", "is muscular dystrophy inherited?"),
    ("Not sure if I should ask here, but is it safe to take quinine?", "is it safe to take quinine?"),
    ("Sorry, English isn't great — my eyelid keeps twitching, why?", "my eyelid keeps twitching, why?"),
    ("I'm pregnant and not sure if this is normal, but why do I get cramps?", "I'm pregnant why do I get cramps?"),
    # a question word is the question, not a hedge
    ("Not sure who I should go to — stretches failed", "Not sure who I should go to — stretches failed"),
])
def test_a_hedge_before_the_question_is_no_key_word(question: str, left: str) -> None:
    assert unframed(question) == left


@pytest.mark.parametrize(("question", "left"), [
    ("Coach here: can deconditioning explain the wobble?", "can deconditioning explain the wobble?"),
    ("Pharmacist query: which drugs cause twitching?", "which drugs cause twitching?"),
    ("How are nerve causes managed according to the article?", "How are nerve causes managed ?"),
    ("How does the author classify muscle types?", "How classify muscle types?"),
    ("Is botulinum toxin mentioned as an option?", "Is botulinum toxin as an option?"),
])
def test_the_askers_trade_and_the_article_as_speaker_are_no_key_words(question: str, left: str) -> None:
    assert unframed(question) == left
