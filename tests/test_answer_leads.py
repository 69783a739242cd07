"""Which span leads an answer: the remedy asked about, advice to be seen, a term spelt as the articles spell it."""

from __future__ import annotations

from index.types import Chunk, DocInfo, Hit
from qa.answer import compose
from qa.answer_spans import candidates
from qa.definition import defined_terms
from qa.question import focus_stems, shape
from qa.spelling import respelt

DOC = DocInfo(source="twitch.txt", title="Twitching", sha256="x")


def _hit(rank: int, text: str, score: float) -> Hit:
    chunk = Chunk(id=f"twitch.txt#{rank}", source="twitch.txt", text=text, start=0, end=len(text), section=None,
                  page=None)
    return Hit(chunk=chunk, doc=DOC, score=score, rank=rank)


def test_the_remedy_asked_about_is_the_focus() -> None:
    assert focus_stems("Is it true that taking B12 can help stop leg twitches?") == {"b12"}
    assert focus_stems("can magnesium help with leg cramps?") == {"magnesium"}
    assert focus_stems("does stretching really help") == {"stretch"}
    # a kind of thing asked for is no focus, nor what "that" points back to
    assert focus_stems("Which sorts of patients are said to get twitches?") == frozenset()
    assert focus_stems("The physio suggested olive oil. How is that meant to help?") == frozenset()


def test_the_focus_counts_under_its_other_names() -> None:
    asked = shape("can painkillers cause leg twitching?")
    assert asked.names_focus(frozenset({"side", "effect", "pain", "killer"}))  # "pain killers", two words
    assert not asked.names_focus(frozenset({"pain", "leg"}))
    assert not asked.focus_leads  # a suspected cause is weighed by the cue, not moved to the front


def test_a_span_naming_the_remedy_leads_advice_that_does_not() -> None:
    hit = _hit(1, "There are natural remedies that can help stop leg muscle twitching like chamomile and hops. "
                  "B vitamins like vitamin B12 can be taken in as supplements.", 0.7)
    cands = candidates([hit])
    sims = [0.66 if "chamomile" in c.text else 0.48 for c in cands]
    answer = compose("Is it true that taking B12 can help stop leg twitches?", [hit], cands, sims, found=True)
    assert answer.found and "B12" in answer.sentences[0].text


def test_advice_to_be_seen_leads_a_when_to_see_a_doctor_answer() -> None:
    trouble = _hit(1, "Overuse or fatigue of the calf and hamstring muscles can lead to cramping and spasms, "
                      "especially during physical activity.", 0.8)
    advice = _hit(2, "Calf twitching and hamstring cramps usually settle with rest. If these symptoms persist or "
                     "worsen, it is important to consult a healthcare professional for a proper diagnosis.", 0.6)
    cands = candidates([trouble, advice])
    sims = [0.66 if "Overuse" in c.text else 0.45 if "consult" in c.text else 0.3 for c in cands]
    answer = compose("at what point should I see a doctor about calf twitches and hamstring cramps?",
                     [trouble, advice], cands, sims, found=True)
    assert answer.found and "consult" in answer.sentences[0].text


def test_spoken_openings_do_not_hide_the_defined_term() -> None:
    assert defined_terms("um what does calf fasciculation mean") == ("calf fasciculation",)
    assert defined_terms("so basically what is myopathy?") == ("myopathy",)


def test_a_repaired_word_is_spelt_as_the_passages_spell_it() -> None:
    assert respelt("um what does calf fasiculation mean", [("fasiculation", "fasciculation")]) \
        == "um what does calf fasciculation mean"
    # whole words only: a typed word inside another is left
    assert respelt("twichy twich", [("twich", "twitch")]) == "twichy twitch"
    assert respelt("why do my legs cramp?", []) == "why do my legs cramp?"


def test_the_two_sides_of_a_comparison() -> None:
    from qa.definition import compared_terms

    assert compared_terms("Is magnesium glycinate or magnesium citrate better for cramps?") == \
        ("magnesium glycinate", "magnesium citrate")
    assert compared_terms("which is better for cramps, stretching or massage?") == ("stretching", "massage")
    assert compared_terms("heat vs ice for a pulled calf") == ("heat", "ice")
    # a statement of strength is no comparison asked ("one leg is much stronger than the other")
    assert compared_terms("one of my legs is much stronger than the other, could that be why it shakes?") is None
    assert compared_terms("is it better to stretch before a run?") is None


def test_an_amount_asked_with_its_thing_between() -> None:
    assert shape("What alcohol percentage does hand rub need?").kind == "number"
    assert shape("what daily dose of magnesium stops cramps?").kind == "number"


def test_what_the_new_question_forms_must_not_take() -> None:
    # (found in review) an amount's noun after a verb, a relative "who", "nothing helps", a word like "right"
    assert shape("What causes temperature changes in the legs?").kind == "cause"
    assert shape("My mum, who is 80, has leg cramps at night, what can help?").kind == "howto"
    assert shape("If the foot doctor can't sort it out, who might they send me on to?").kind == "who"
    assert focus_stems("Nothing helps my cramps, what else can I do?") == frozenset()
    assert focus_stems("Will my twitching stop on its own?") == frozenset()
    assert defined_terms("right ventricle what is it") == ("right ventricle",)
    assert defined_terms("Well-being meaning") == ("Well-being",)


def test_care_said_to_be_unneeded_does_not_lead() -> None:
    calm = _hit(1, "Most night-time leg cramps are harmless and do not need medical attention.", 0.8)
    advice = _hit(2, "Cramps that keep waking you every night should be checked by your GP.", 0.7)
    cands = candidates([calm, advice])
    sims = [0.6 if "harmless" in c.text else 0.55 for c in cands]
    answer = compose("When should I see a doctor about leg cramps?", [calm, advice], cands, sims, found=True)
    assert answer.found and "GP" in answer.sentences[0].text
