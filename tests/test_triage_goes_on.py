"""Trouble that goes on ("not stop", "still not release"), a second language (sets FJ, FK), and a review's tries."""

from __future__ import annotations

import pytest

from qa.triage import triage


@pytest.mark.parametrize(("question", "level", "rule"), [
    ("my wife is shaking all body on floor and not stop, is more than 6 minute now, she dont answer me", "emergency",
     "collapse_seizure"),
    ("the fit not stop, more than 5 minutes, he is blue", "emergency", "collapse_seizure"),
    ("cramp in my calf start 2 hours ago and still not release, muscle hard like rock, tried stretch and massage "
     "nothing", "urgent", "long_cramp"),
    ("pain not easing after 2 hours, crushing in chest", "emergency", "heart_attack"),
    ("the vomiting not stop, cant keep water down for a day", "urgent", "severe_dehydration"),
    ("last few months harder for me getting up from low chair and lifting arms to hang washing, shoulders and hips "
     "ache", "soon", "weak_thighs"),
])
def test_a_picture_is_read(question: str, level: str, rule: str) -> None:
    notice = triage(question)
    assert notice is not None and (notice.level, notice.rule) == (level, rule), notice


@pytest.mark.parametrize("question", [
    # (review) a negation still denies a list after "without stopping or…" or "not easing or…"
    "i can climb three flights without stopping or getting short of breath",
    "not easing or spreading, just a dull ache in my shoulder, no chest pain",
    "My partner snores like a freight train. I've watched him and he never stops breathing or gasps, and he isn't "
    "tired in the day. Any tips to quieten it?",
    # shaking of the whole body with anxiety or a fever is no fit; a service or a medicine that does not answer
    "i get shaking whole body when i am anxious, heart racing, is this panic attack",
    "the gp surgery dont answer the phone, i need to book for my rash",
    "my symptoms dont respond to painkillers, back pain 3 months",
    # period or stomach cramps begun hours ago are not a limb's cramp that will not let go
    "period cramps start 2 hours ago and still painful, take ibuprofen?",
    # advice on what to look out for is not having it
    "my physio say to watch for cauda equina symptoms, what is it mean",
])
def test_near_misses_raise_no_notice(question: str) -> None:
    assert triage(question) is None


@pytest.mark.parametrize("question", [
    # (review) a clinician's handover of someone else, or of long ago, settles nothing happening now
    "i have crushing chest pain and my left arm is numb. my wife had the same and the paramedics took her in.",
    "my husband collapsed and isnt breathing. last year the ambulance took him in.",
])
def test_a_handover_told_beside_an_emergency_keeps_it(question: str) -> None:
    notice = triage(question)
    assert notice is not None and notice.level == "emergency", notice
