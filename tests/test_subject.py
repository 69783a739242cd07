"""Questions about something the collection never names: the absent word that carries the question."""

from __future__ import annotations

from qa.answer import not_mentioned
from qa.subject import ablations, missing_subject, together


def test_ablations_drop_every_form_of_the_absent_word_and_skip_frame_words() -> None:
    pairs = ablations("Do statins cause cramps? I take statins daily. How long for?", ["statin", "long"])
    assert pairs == [("statins", "Do cause cramps? I take daily. How long for?")]


def test_ablations_ignore_stems_the_question_does_not_hold() -> None:
    assert ablations("why do my calves cramp", ["quinin"]) == []


def test_a_word_that_carries_the_question_is_named_below_the_threshold() -> None:
    pairs = [("quinine", "Does work for leg cramps?"), ("night", "Does quinine work for leg cramps?")]
    assert missing_subject(pairs, [0.80, 0.97], 0.87) == "quinine"
    assert missing_subject(pairs, [0.90, 0.97], 0.87) is None
    assert missing_subject([], [], 0.87) is None


def test_several_absent_words_are_also_left_out_together() -> None:
    both = together("Does tonic water with quinine stop night cramps? Tonic is bitter.", ["tonic", "quinin", "long"])
    assert both == (("tonic", "quinine"), "Does water with stop night cramps? is bitter.")
    assert together("Does quinine stop cramps?", ["quinin"]) is None  # one word: the single check does it


def test_the_message_names_every_absent_word() -> None:
    assert "don't mention “tonic” or “quinine”, so" in not_mentioned(("tonic", "quinine"))
    assert "don't mention “quinine”, so" in not_mentioned(("quinine",))


def test_a_compound_word_holding_an_absent_stem_goes_with_it() -> None:
    both = together("Can cholesterol-lowering statins cause leg muscle twitching?", ["cholesterol", "statin"])
    assert both == (("cholesterol-lowering", "statins"), "Can cause leg muscle twitching?")
