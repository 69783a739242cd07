"""A question asking one property of a thing (heredity, outlook) is answered only by a span stating it of that thing;
a sentence pointing to a web address is no answer."""

from __future__ import annotations

from index.types import Chunk, DocInfo, Hit
from qa.answer import compose
from qa.answer_spans import candidates
from qa.properties import PROPERTIES, asked_property, states
from qa.question import shape, stems

DOC = DocInfo(source="twitch.txt", title="Twitching", sha256="x")
HEREDITY = next(prop for prop in PROPERTIES if prop.name == "heredity")
OUTLOOK = next(prop for prop in PROPERTIES if prop.name == "outlook")
DYSTROPHY = ("Muscular dystrophy. This is a disorder that is genetically transferred and can cause weakening of the "
             "muscles over time.")
TREMOR = ("Certain neurological conditions, such as essential tremor or restless leg syndrome, can manifest as "
          "involuntary shaking or tremors in the legs.")
ALS = ("Amyotrophic lateral sclerosis (ALS) is a disorder that affects the nervous system. This condition leads to "
       "wastage and death of nerve cells.")


def _hit(rank: int, text: str, score: float) -> Hit:
    chunk = Chunk(id=f"twitch.txt#{rank}", source="twitch.txt", text=text, start=0, end=len(text), section=None,
                  page=None)
    return Hit(chunk=chunk, doc=DOC, score=score, rank=rank)


def _ask(question: str, *texts: str) -> tuple[bool, list[str]]:
    hits = [_hit(rank, text, 0.7 - 0.05 * rank) for rank, text in enumerate(texts, 1)]
    cands = candidates(hits)
    answer = compose(question, hits, cands, [0.62] * len(cands), found=True)
    return answer.found, [s.text for s in answer.sentences]


def test_the_asked_property_and_its_words() -> None:
    assert asked_property("Does restless leg syndrome run in families?") == (HEREDITY, "run in families")
    assert asked_property("is ALS hereditary? my dad had it") == (HEREDITY, "hereditary")
    assert asked_property("Is it something that's passed down in families?") == (HEREDITY,
                                                                                  "passed down in families")
    assert asked_property("What is the life expectancy after an ALS diagnosis?") == (OUTLOOK, "life expectancy")
    # a property named in passing while something else is asked is not what is asked
    assert asked_property("I know spinal muscular atrophy is genetic, but what part of the body does it attack?") \
        is None
    assert asked_property("Family history: muscular dystrophy") is None
    assert asked_property("What helps with leg cramps when walking?") is None


def test_a_span_states_the_property_in_its_own_words() -> None:
    assert states(HEREDITY, DYSTROPHY)
    assert not states(HEREDITY, TREMOR)
    assert not states(OUTLOOK, ALS)  # the death of nerve cells is not how long a person lives
    assert not states(OUTLOOK, "symptoms of liver cirrhosis, sarcoidosis or live poisoning")
    assert states(OUTLOOK, "Most people live 3 to 5 years after diagnosis.")
    assert states(OUTLOOK, "Some live for many years with the disease.")


def test_the_subject_is_named_whole_not_by_a_word_of_another_name() -> None:
    asked = shape("Is benign fasciculation syndrome hereditary?")
    assert not asked.names_subject(stems(DYSTROPHY))  # "muscle" alone is not "muscle twitching"
    assert asked.names_subject(stems("Benign fasciculation syndrome is not known to run in families."))
    assert shape("Is muscular dystrophy passed down in families?").names_subject(stems(DYSTROPHY))


def test_another_disorders_heredity_does_not_answer() -> None:
    found, _ = _ask("Is benign fasciculation syndrome hereditary?", DYSTROPHY, TREMOR)
    assert not found


def test_naming_the_syndrome_without_its_heredity_does_not_answer() -> None:
    found, _ = _ask("Does restless leg syndrome run in families?", TREMOR, DYSTROPHY)
    assert not found


def test_the_span_stating_the_property_of_the_thing_answers_and_leads() -> None:
    found, shown = _ask("My grandson has muscular dystrophy. Is it something that's passed down in families?",
                        TREMOR, DYSTROPHY)
    assert found and "genetically transferred" in shown[0]


def test_an_outlook_question_is_not_answered_by_what_the_disease_does() -> None:
    found, _ = _ask("What is the life expectancy after an ALS diagnosis?", ALS)
    assert not found


def test_a_sentence_pointing_to_a_web_address_is_no_answer() -> None:
    text = ("Note: Immunization of Health-Care Personnel: Recommendations of the ACIP available at: "
            "http://www.cdc.gov/mmwr/preview/mmwrhtml/rr6007a1.htm. Facility follows recommendations of the Advisory "
            "Committee on Immunization Practices for immunization of healthcare personnel.")
    spans = [c.text for c in candidates([_hit(1, text, 0.7)])]
    assert spans and all("http" not in span for span in spans)
    assert any(span.startswith("Facility follows") for span in spans)
    assert not any(c.text.startswith("See www.") for c in candidates([_hit(1, "See www.cdc.gov for the full list "
                                                                                "of vaccines for staff.", 0.7)]))
