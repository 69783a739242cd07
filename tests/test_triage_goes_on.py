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
    # sets FL and FM
    ("legs getting weaker every day this week, monday was fine now i can barely get up the stairs", "urgent",
     "worsening_weakness"),
    ("stood on a rusty nail in the garden went in deep, no clue when i last had a tetanus jab", "urgent",
     "tetanus_wound"),
    ("twitches started in my left calf a month ago and now i get them in both thighs and my arms too", "soon",
     "twitch_spreading"),
    ("started lamotrigine 3 weeks ago for bipolar, now got a rash spreading over my chest and i feel fluey. no "
     "blisters or mouth sores", "urgent", "drug_rash"),
    # sets FN and FO
    ("grandad stabbed his shin with a rusty garden fork, deep hole with soil in it, bleeding stopped but pretty sure "
     "he hasnt had a tetanus jab since the army", "urgent", "tetanus_wound"),
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
    # a figure of speech (set FM)
    "my son basically overdosed on fortnite, 10 hours straight, now says his thumb twitches a bit lol",
    # (review) feeling fluey is no fever; someone else's rash beside a medicine; times are no new places
    "feel fluey and my lower back aches",
    "im on epilim and my daughter has a rash spreading on her tummy",
    "my eyelid twitch started with exam stress last week and now i get it in the evenings",
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


@pytest.mark.parametrize(("question", "level"), [
    # (review) what is fine now has passed, whatever follows "now"; a substance named after a figure of speech is taken
    ("chest pain was crushing for 10 minutes but it is fine now i feel normal", "urgent"),
    ("my brother overdosed on gaming and tramadol last night", "emergency"),
    ("my toddler overdosed on screen wash", "emergency"),
])
def test_a_narrowed_reading_keeps_its_level(question: str, level: str) -> None:
    notice = triage(question)
    assert notice is not None and notice.level == level, notice
