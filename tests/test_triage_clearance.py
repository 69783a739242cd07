"""A clinician's normal check settles what came before it; nothing else does, and nothing after it."""

from __future__ import annotations

import pytest

from qa.triage import triage
from qa.triage_clearance import settled
from qa.triage_context import normalise, sentences

CHEST = "I had a sharp pain in my chest and down my left arm after moving furniture."


@pytest.mark.parametrize("question", [
    f"{CHEST} A&E did an ECG, bloods and an x-ray and all were normal. How long will it ache?",
    f"{CHEST} The paramedics checked me over and said everything was fine.",
    f"{CHEST} The doctor said it was costochondritis, nothing to worry about.",
    "Back pain after digging, with numbness down below and trouble peeing, the physio said. I have none of those.",
])
def test_a_normal_check_settles_the_symptoms_told_before_it(question: str) -> None:
    assert triage(question) is None


@pytest.mark.parametrize("question", [
    f"{CHEST} Were my ECG and bloods normal?",  # asks, does not reassure
    f"{CHEST} My friend said it's just a pulled muscle.",  # a friend is no clinician
    "My dad has crushing chest pain and he is sweating. He says he is fine and does not want a fuss.",
    # a check of something else says nothing of the symptom
    "My chest feels crushed and tight and the pain goes down my left arm. My pregnancy test was negative.",
    # getting better by itself is no check: a stroke or a heart attack can pass and come back
    "My dad's face drooped and his speech was slurred for 10 minutes. It all came back to normal and he seems "
    "fine now.",
    "I had crushing chest pain going down my left arm an hour ago. It went back to normal after 20 minutes.",
])
def test_other_reassurance_settles_nothing(question: str) -> None:
    notice = triage(question)
    assert notice is not None and notice.level == "emergency", notice


@pytest.mark.parametrize("question", [
    # what happens now, before a check of last week
    "My nan is having a fit right now, jerking and not responding. She was checked at A&E last week and "
    "they said she was fine.",
    # what came after the check
    "A&E said it was a pulled muscle last week. Now my calf is hot, swollen and red and really painful.",
    "The GP said it was anxiety and my ECG was normal. Tonight the crushing chest pain is back and spreading "
    "to my jaw.",
])
def test_a_check_does_not_settle_what_goes_on_now_or_after_it(question: str) -> None:
    assert triage(question) is not None


def test_settled_stretches_end_at_the_last_reassurance() -> None:
    text = normalise("Calf pain for two days. Scan was normal. Then my foot went cold.")
    stretches = settled(text, sentences(text))
    assert stretches and stretches[-1][1] <= text.index("then")
    assert settled(normalise("My calf hurts."), sentences(normalise("My calf hurts."))) == ()
