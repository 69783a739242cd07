"""Answers and care notices on the blind labelled sets, with the real model, index and corpus plus the CDC guide."""

from __future__ import annotations

import shutil

import pytest

from index.settings import Settings
from qa import answer_eval, triage_eval
from tests.conftest import CORPUS, ROOT

pytestmark = pytest.mark.e2e
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def answer_qa(real_embedder, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The seed articles and the CDC guide (the collection the answer sets were written on)."""
    from ingest.pipeline import sync
    from qa.service import QA

    corpus = tmp_path_factory.mktemp("answer-corpus")
    for path in [*CORPUS.glob("*.txt"), DATA / "cdc_guide_infection_prevention_outpatient_2016.pdf"]:
        shutil.copy(path, corpus / path.name)
    settings = Settings(corpus_dir=corpus, data_dir=tmp_path_factory.mktemp("answer-data"))
    report = sync(settings, real_embedder)
    assert not report.failed, report.failed
    return QA(settings, real_embedder)


@pytest.mark.parametrize("name", ["answers_dev", "answers_test", "answers_fresh", "answers_fresh2", "answers_fresh3",
                                  "answers_fresh4", "answers_fresh5", "answers_fresh6", "answers_fresh7",
                                  "answers_fresh8", "answers_fresh9",
                                  "answers_fresh10", "answers_fresh11",
                                  "answers_fresh12", "answers_fresh13", "answers_fresh14", "answers_fresh15",
                                  "answers_fresh17", "answers_fresh18", "answers_fresh19", "answers_fresh20",
                                  "answers_fresh21", "answers_fresh22", "answers_fresh23", "answers_fresh24",
                                  "answers_fresh25", "answers_fresh26", "answers_fresh27", "answers_fresh28",
                                  "answers_fresh29", "answers_fresh30", "answers_fresh32", "answers_fresh33",
                                  "answers_fresh34", "answers_fresh35", "answers_fresh36", "answers_fresh37",
                                  "answers_fresh38", "answers_fresh39", "answers_fresh40", "answers_fresh41",
                                  "answers_fresh42", "answers_fresh43", "answers_fresh44", "answers_fresh45",
                                  "answers_fresh46", "answers_fresh47", "answers_fresh48", "answers_fresh49",
                                  "answers_fresh50", "answers_fresh51", "answers_fresh52", "answers_fresh53",
                                  "answers_fresh54", "answers_fresh55", "answers_fresh56", "answers_fresh57",
                                  "answers_fresh58", "answers_fresh59", "answers_fresh60", "answers_fresh61",
                                  "answers_fresh62", "answers_fresh63", "answers_fresh64", "answers_fresh65",
                                  "answers_fresh66", "answers_fresh67", "answers_fresh68", "answers_fresh69",
                                  "answers_fresh70", "answers_fresh71", "answers_fresh72", "answers_fresh73",
                                  "answers_fresh74", "answers_fresh75", "answers_fresh76", "answers_fresh77",
                                  "answers_fresh78", "answers_fresh79", "answers_fresh80", "answers_fresh81",
                                  "answers_fresh82", "answers_fresh83", "answers_fresh84", "answers_fresh85",
                                  "answers_fresh86", "answers_fresh87", "answers_fresh88",
                                  "answers_fresh90", "answers_fresh91", "answers_fresh92", "answers_fresh93",
                                  "answers_fresh94", "answers_fresh95", "answers_fresh96", "answers_fresh97",
                                  "answers_fresh98", "answers_fresh99", "answers_fresh100", "answers_fresh101",
                                  "answers_fresh102", "answers_fresh103", "answers_fresh104", "answers_fresh105",
                                  "answers_fresh106", "answers_fresh107", "answers_fresh108", "answers_fresh109",
                                  "answers_fresh110", "answers_fresh111", "answers_fresh112", "answers_fresh113"])
def test_answer_floors(answer_qa, name: str) -> None:  # type: ignore[no-untyped-def]
    """Floors just under the weakest set's figures (fresh37: hit 0.618, fresh81: precision 0.567 — a second span is
    no longer shown when it only pads the answer, which lowered hit on some sets and raised precision on most —,
    fresh73 and fresh91: refused 0.720; see tests/data/README.md); the issue's targets (hit 0.90, precision 0.80,
    refused 0.95) are not met yet."""
    _assert_floors(answer_qa, name, hit=0.60, precision=0.55, refused=0.72)


def _assert_floors(answer_qa, name: str, *, hit: float, precision: float, refused: float) -> None:  # type: ignore[no-untyped-def]
    report = answer_eval.run(answer_eval.load_cases(DATA / f"{name}.jsonl"), answer_qa.ask).to_dict()
    assert report["dangling_share"] <= 0.02, report
    assert report["answer_hit"] >= hit, report
    assert report["answer_precision"] >= precision, report
    assert report["unanswerable_refused"] >= refused, report


def test_speech_to_text_floor(answer_qa) -> None:  # type: ignore[no-untyped-def]
    """fresh31 is dictated into a phone and sent uncorrected: "sigh attica", "ham string", "planter fasha",
    "crams", "a l s" (first run: hit 0.545, precision 0.604, refused 0.920; 16 answerable questions refused, as
    words split or misheard by the dictation are neither the collection's words nor close typos). Split words are
    joined back since (hit 0.673, precision 0.621); misheard real words ("crams", "planter") are not repaired.
    Floors under today's figures, so a change can only hold or raise them."""
    _assert_floors(answer_qa, "answers_fresh31", hit=0.65, precision=0.60, refused=0.88)


def test_claims_checked_floor(answer_qa) -> None:  # type: ignore[no-untyped-def]
    """fresh89 checks claims half-remembered ("I read that tonic water with quinine is good for night cramps, does it
    really work?"); its first run refused only 17 of 25 unanswerable ones (0.680, under the 0.72 floor of every other
    set): a claim about statins, quinine, iron or an EMG shares enough with the passages on cramps and twitching to be
    answered with a neighbouring sentence. Floors under its first run (hit 0.818, precision 0.742) and under its figures
    since a second span that only pads is dropped (hit 0.782, precision 0.782)."""
    _assert_floors(answer_qa, "answers_fresh89", hit=0.77, precision=0.76, refused=0.66)


def test_words_a_dictation_split_are_joined_and_shown(answer_qa) -> None:  # type: ignore[no-untyped-def]
    """ "spinal muscular a trophy" is searched as "spinal muscular atrophy": the page keeps the question as typed
    and says what was searched."""
    answer = answer_qa.ask("what is spinal muscular a trophy")
    assert answer.found and answer.question == "what is spinal muscular a trophy"
    assert ("a trophy", "atrophy") in answer.repaired
    assert "genetic disorder" in " ".join(s.text for s in answer.sentences)
    spelt = answer_qa.ask("whats the other name for a l s")
    assert ("a l s", "ALS") in spelt.repaired and "Lou Gehrig" in " ".join(s.text for s in spelt.sentences)


def test_vocabulary_gap_floor(answer_qa) -> None:  # type: ignore[no-untyped-def]
    """fresh16 asks every question in other words than its answer ("that long band running under the sole
    of the foot"): the weak spot of a small embedding model and a keyword check (first run: hit 0.309,
    refused 0.680; today 0.382, precision 0.447, refused 0.640). Floors under today's figures, so a
    change can only hold or raise them."""
    cases = answer_eval.load_cases(DATA / "answers_fresh16.jsonl")
    report = answer_eval.run(cases, answer_qa.ask).to_dict()
    assert report["dangling_share"] <= 0.02, report
    assert report["answer_hit"] >= 0.36, report
    assert report["answer_precision"] >= 0.42, report
    assert report["unanswerable_refused"] >= 0.62, report


def test_the_learned_layer_reads_the_real_question_vector(answer_qa) -> None:  # type: ignore[no-untyped-def]
    """With the bundled model, the shipped classifier is loaded and raises what the table misses."""
    assert answer_qa.triage_model is not None
    notice = answer_qa.triage("my mouth go down on one side since 20 minute and he talk strange words")
    assert notice is not None and notice.level == "emergency"
    assert answer_qa.triage("do bananas help with cramps?") is None
    cases = triage_eval.load_cases(DATA / "triage_blind8.jsonl")
    report = triage_eval.run(cases, answer_qa.triage)
    assert report.under == [] and report.false_alarms == 0, (report.under, report.over)


def test_a_question_of_megabytes_is_cut_before_it_costs_anything(answer_qa) -> None:  # type: ignore[no-untyped-def]
    import time

    question = "why do my calves cramp at night " * 250_000  # 8 MB
    started = time.perf_counter()
    answer = answer_qa.ask(question)
    assert time.perf_counter() - started < 5 and len(answer.question) <= 2000


def test_advice_after_the_sentence_that_names_the_trouble_is_read_on_to(answer_qa) -> None:  # type: ignore[no-untyped-def]
    """The span that repeats the question's words names the trouble; the advice asked for is the next sentence."""
    answer = answer_qa.ask("what can i do after a sports match to help tired calf and hamstring muscles that cramp?")
    assert answer.found and "foam rolling" in " ".join(s.text for s in answer.sentences), answer.sentences


def test_a_term_asked_about_after_a_story_is_defined(answer_qa) -> None:  # type: ignore[no-untyped-def]
    """The story told before it keeps the definition out of the top passages; the term alone finds it, and
    the span that defines it leads."""
    answer = answer_qa.ask("The physiotherapist used the word 'fasciculation' about my calf. I didn't like to ask "
                           "what it meant. Could you explain?")
    assert answer.found and "muscle twitching" in answer.sentences[0].text, answer.sentences
    answer = answer_qa.ask("Doctor say me I have flat feet. What is mean this, flat feet?")
    assert answer.found and "arch of the foot collapses" in answer.sentences[0].text, answer.sentences


def test_a_count_of_reasons_is_answered_by_the_articles_lead_in(answer_qa) -> None:  # type: ignore[no-untyped-def]
    answer = answer_qa.ask("How many different possible reasons are there for a leg shaking when someone lifts their "
                           "heel?")
    assert answer.found and "ten possible explanations" in answer.sentences[0].text, answer.sentences


def test_a_term_someone_does_not_know_is_defined(answer_qa) -> None:  # type: ignore[no-untyped-def]
    answer = answer_qa.ask("Everyone keeps mentioning the plantar fascia and I don't even know what it is. Is it "
                           "something I should be scared about?")
    assert answer.found and "band of tissue" in " ".join(s.text for s in answer.sentences), answer.sentences
    answer = answer_qa.ask("At what point should I stop googling and actually see someone about my leg shaking?")
    assert answer.found, answer.message


def test_a_comparison_is_answered_only_where_both_sides_are_named(answer_qa) -> None:  # type: ignore[no-untyped-def]
    """The articles name magnesium but never citrate: which of two is better is not theirs to say."""
    answer = answer_qa.ask("Is magnesium glycinate or magnesium citrate better for night cramps?")
    assert not answer.found and "citrate" in answer.message
    both = answer_qa.ask("which is better for cramps, stretching or massage?")
    assert both.found


def test_a_misspelt_term_is_defined_where_the_articles_spell_it(answer_qa) -> None:  # type: ignore[no-untyped-def]
    answer = answer_qa.ask("um what does calf fasiculation mean")
    assert answer.found and "or muscle twitching" in answer.sentences[0].text
    assert answer.question == "um what does calf fasiculation mean"


def test_a_figure_or_a_treatment_the_articles_do_not_give_is_refused(answer_qa) -> None:  # type: ignore[no-untyped-def]
    """A dose, a dilution, a schedule or a treatment asked for is not answered by a span that only names the topic
    ("Taking mineral supplements like potassium, calcium, magnesium" for a daily dose; fresh98, fresh99)."""
    for question in ("recommended daily magnesium dose for leg cramps",
                     "What dilution of household bleach should we use to clean up a blood spill?",
                     "What is the hepatitis B vaccine dose schedule for new clinic staff?",
                     "autoclave sterilization temperature and time",
                     "How is restless leg syndrome treated?"):
        answer = answer_qa.ask(question)
        assert not answer.found, (question, answer.sentences)
    answer = answer_qa.ask("how are nerve problems that cause leg cramps treated")
    shown = " ".join(s.text for s in answer.sentences)
    assert answer.found and "medication or physical therapy" in shown, answer.sentences


def test_a_cause_listed_under_a_causes_heading_answers(answer_qa) -> None:  # type: ignore[no-untyped-def]
    """The list item names chocolate and nothing else of the question, under "Twitching Leg Muscles Causes" (fresh101):
    the heading makes it a cause, and naming the asked thing it answers."""
    answer = answer_qa.ask("Can eating a lot of chocolate make my leg muscles twitch?")
    assert answer.found and "chocolates" in answer.sentences[0].text, answer.sentences
    # a suspected cause named as a cause leads the span that names causes but not it (fresh102)
    answer = answer_qa.ask("Can painkillers cause leg twitching?")
    assert answer.found and "pain killers" in answer.sentences[0].text, answer.sentences


def test_who_falls_under_a_group_is_answered_by_its_definition(answer_qa) -> None:  # type: ignore[no-untyped-def]
    """Asked in three blind sets (fresh104, fresh106, fresh107): the group's definition answers, though it names no
    one to see and sits deeper in the guide than a plain search for the term reaches."""
    answer = answer_qa.ask("Who counts as healthcare personnel in an outpatient setting?")
    assert answer.found and answer.sentences[0].text.startswith("Healthcare personnel (HCP) are defined as")
    cleaning = answer_qa.ask("What does cleaning mean in infection prevention, as distinct from disinfection?")
    assert cleaning.found and cleaning.sentences[0].text.startswith("Cleaning refers to the removal of visible soil")


def test_how_often_training_is_given_is_answered_by_the_training_span(answer_qa) -> None:  # type: ignore[no-untyped-def]
    """Missed in four blind sets: "Training should be… repeated annually" answers, though a sentence about training
    in general scores higher and a policy "re-assessed at least annually" holds a frequency too."""
    answer = answer_qa.ask("How often should healthcare personnel in outpatient settings receive infection prevention "
                           "training?")
    assert answer.found and answer.sentences[0].text.startswith("Training should be provided upon")
