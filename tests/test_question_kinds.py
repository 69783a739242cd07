"""The kind of answer a question expects, for the frames added with sets fresh56-fresh58 (and their review)."""

from __future__ import annotations

import pytest

from qa.question import shape


@pytest.mark.parametrize(("question", "kind"), [
    ("how often do clinic staff have to redo infection control training", "frequency"),
    ("tb skin test on new staff - do you read it at 48 or 72 hrs?", "number"),
    ("what % alcohol does the hand sanitizer need to be", "number"),
    ("What's the minimum alcohol percentage a hand rub needs to work?", "number"),
    ("how many herbs can stop leg twitches, list them pls", "count"),
    ("calf twitching getting worse over the last few weeks. next step?", "when_doctor"),
    ("I have leg twitching and it hurts too. what will the doctor do for me?", "when_doctor"),
    ("my legs twitch every day, is it ok to just ignore it?", "when_doctor"),
    # (fresh60, fresh61) asked of someone else, or typed as a search
    ("my dad's calf cramps on walks keep getting worse, should he see a doctor?", "when_doctor"),
    ("when should my grandma get her shaky leg (when she lifts her heel) looked at by a professional?", "when_doctor"),
    ("leg shaking lifting heel see doctor when", "when_doctor"),
    # (fresh105, fresh107) the trouble as the subject, the one to see named; not a device checked
    ("When should calf twitching and hamstring cramping during walks be checked by a healthcare professional?",
     "when_doctor"),
    ("When is shaking in my leg as I lift my heel worth seeing a professional about?", "when_doctor"),
    ("When should the sterilizer be checked?", "when"),
    # (fresh77) an amount in words answers "how much"; "how soon should I tell a doctor" asks when to be seen
    ("how much water should i drink to stop my leg muscles twiching", "amount"),
    ("how much magnesium should I take in mg?", "number"),
    ("how much alcohol does hand rub need?", "number"),
    ("how soon should I tell a doctor if my leg spasms just keep happening", "when_doctor"),
    ("how soon does magnesium work for cramps?", "number"),
    # (found in review) not care questions, not figures
    ("What does a podiatrist do for flat feet?", None),
    ("What are the next steps in treating plantar fasciitis?", None),
    ("Is it safe to leave compression socks on overnight?", None),
    ("What's the link between temperature and cramps?", None),
])
def test_kind_of_answer_expected(question: str, kind: str | None) -> None:
    assert shape(question).kind == kind


def test_a_count_names_what_it_counts_and_only_a_count_does() -> None:
    assert shape("how many minerals should i take to stop twitching and which ones").focus == {"miner"}
    assert not shape("How many mg of magnesium should I take?").focus
    assert not shape("how many different types of muscle are there, and which?").focus


def test_an_amount_in_words_answers_how_much() -> None:
    cue = shape("how much water should I drink for cramps?").cue
    assert cue is not None and cue.search("Drinking lots of water.") and cue.search("Drink 2 litres a day.")
    assert not cue.search("Water helps the muscles work.")


def test_a_frequency_is_answered_by_how_common_too() -> None:
    cue = shape("How often do leg cramps happen in pregnancy?").cue
    assert cue is not None and cue.search("Leg cramps are common in the last months of pregnancy.")
    assert not cue.search("At least one individual with training in infection prevention is employed.")
    assert shape("how often should I exercise?").cue.search("Engage in regular physical activity.")  # type: ignore[union-attr]
    # "regularly available" says who is at hand, not how often (found in the change's own comparison)
    assert not cue.search("At least one individual is employed by or regularly available to the facility.")


@pytest.mark.parametrize(("question", "terms"), [
    # a request for a description names the term (fresh59)
    ("explain what calf fasciculation means", ("calf fasciculation",)),
    ("need a quick explanation of the plantar fascia and what it does", ("plantar fascia",)),
    ("Explain spinal muscular atrophy and how it affects the legs.", ("spinal muscular atrophy",)),
    ("tell me about fasciculation", ("fasciculation",)),
    # not a name
    ("explain why my leg shakes when I lift my heel", ()),
    ("tell me about my options", ()),
])
def test_a_request_to_explain_names_its_term(question: str, terms: tuple[str, ...]) -> None:
    from qa.definition import defined_terms

    assert defined_terms(question) == terms


@pytest.mark.parametrize("question", ["Looking for the minimum alcohol percentage a hand sanitizer needs to work.",
                                      "Tell me the right magnesium dose in milligrams for night-time leg cramps."])
def test_a_figure_asked_as_a_request(question: str) -> None:
    assert shape(question).kind == "number"


@pytest.mark.parametrize("question", ["recommended daily magnesium dose for leg cramps",
                                      "What's the right dose of magnesium glycinate to take at night?",
                                      "What dilution of household bleach should we use on a blood spill?",
                                      "What is the hepatitis B vaccine dose schedule for new clinic staff?",
                                      "autoclave sterilization temperature and time",
                                      "What bleach-to-water ratio should we use to clean up a blood spill?"])
def test_a_figure_asked_as_a_search_or_a_dose(question: str) -> None:
    """(fresh98, fresh99)"""
    assert shape(question).kind == "number"


@pytest.mark.parametrize(("question", "kind"), [
    ("How is restless leg syndrome treated?", "treatment"),
    ("how do doctors treat leg cramps that come from nerve problems", "treatment"),
    ("treatment for pinched nerve leg cramps", "treatment"),
    ("what is the best treatment?", None),  # no "for" or "of": a topic asked about, read by the other kinds
    ("How can I stop my legs twitching at night?", "howto"),
    ("How are nerve problems that cause leg twitching and cramping usually treated?", "treatment"),
])
def test_a_treatment_asked_for(question: str, kind: str | None) -> None:
    got = shape(question).kind
    assert got == kind if kind is not None else got != "treatment"


@pytest.mark.parametrize("question", [
    # (found in review) a dose or a unit named is not a figure asked for
    "does the recommended dosage help with leg cramps?",
    "which foods give magnesium in milligrams for cramps?",
    "is the right dose safe for children?",
    "can I take it in ml?",
    "is the dose in mg or mcg?",
])
def test_a_dose_named_is_no_figure_asked(question: str) -> None:
    assert shape(question).kind != "number"


@pytest.mark.parametrize("question", ["explain more", "explain in detail", "tell me about the options",
                                      "describe the symptoms", "explain the best stretches for cramps",
                                      "need info on magnesium and cramps", "explain the symptoms of ALS"])
def test_a_request_about_a_topic_names_no_term(question: str) -> None:
    from qa.definition import defined_terms

    assert defined_terms(question) == ()


@pytest.mark.parametrize(("question", "cause"), [
    ("What medicine do doctors give for restless leg syndrome?", False),  # a treatment asked for (fresh101)
    ("can eating lots of chocolate give me twitches", True),
    ("Can too much coffee give you leg cramps?", True),
])
def test_give_asks_for_a_cause_only_when_it_gives_someone_something(question: str, cause: bool) -> None:
    assert (shape(question).kind == "cause") is cause


def test_a_suspected_cause_asked_after_a_story_is_the_focus() -> None:
    # (fresh106) the question's own sentence opens with "Can…", after the story told before it
    story = "I've been taking painkillers for my back and now my legs twitch. Can painkillers cause that?"
    assert shape(story).kind == "cause"
    assert shape(story).focus == shape("can painkillers cause leg twitching?").focus != frozenset()



def test_the_thing_whose_frequency_is_asked_is_the_focus() -> None:
    # (fresh102, fresh106, fresh108, fresh109) "repeated annually" of training, not a policy re-assessed annually
    asked = shape("How often should healthcare personnel in outpatient settings receive infection prevention training?")
    assert asked.kind == "frequency" and asked.focus == {"train"}
    assert shape("how often does an N95 mask need to be fit tested").focus == frozenset()
