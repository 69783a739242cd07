"""Legs failing on the stairs, a reaction foretold, passed episodes, "ending it", a medicine named (sets FP-FS)."""

from __future__ import annotations

import pytest

from qa.triage import triage


@pytest.mark.parametrize(("question", "level", "rule"), [
    # legs failing on the stairs, getting worse each day (set FQ)
    ("bit worried about my mum (72). monday her legs felt heavy, tuesday she was holding onto the furniture, today "
     "she couldnt get up the stairs at all. feet tingly too. shes talking normally and breathing fine, no fall, says "
     "dont fuss but its getting worse each day", "urgent", "worsening_weakness"),
])
def test_a_picture_is_read(question: str, level: str, rule: str) -> None:
    notice = triage(question)
    assert notice is not None and (notice.level, notice.rule) == (level, rule), notice


@pytest.mark.parametrize("question", [
    "my boss will have a heart attack if i phone in sick again with these cramps haha",
    "my mum will have a stroke when she sees the state of my room",
    "my grandad would have a heart attack if he knew how much i spend on takeaways",
])
def test_a_reaction_foretold_is_no_notice(question: str) -> None:
    assert triage(question) is None


@pytest.mark.parametrize("question", [
    # the stairs hard for a reason told beside them
    "cant get up the stairs with the laundry basket, any tips for a bad back",
    "i couldnt get up the stairs because of my bad knee, the lift at work was broken",
])
def test_stairs_hard_for_a_told_reason_are_no_weakness(question: str) -> None:
    assert triage(question) is None


@pytest.mark.parametrize(("question", "level"), [
    # one's own "I will have a heart attack if…" beside real symptoms is no figure of speech
    ("i think i will have a heart attack if this chest pain gets any worse, its spreading to my arm", "emergency"),
    ("hes going to have a heart attack if the ambulance doesnt hurry, hes clutching his chest and hes grey",
     "emergency"),
    ("my wife will have a heart attack when she sees the dent, also the left side of my face is numb and my speech is "
     "slurred since 20 mins ago", "emergency"),
])
def test_symptoms_beside_a_figure_of_speech_still_count(question: str, level: str) -> None:
    notice = triage(question)
    assert notice is not None and notice.level == level, notice


@pytest.mark.parametrize("question", [
    # a passed episode stays passed when today is ordinary (reviews of a "today" reading, withdrawn)
    "had a seizure on saturday, i was fine, today im fine too",
    "had chest pain at 6am for 5 mins, i was fine, today i went to work",
    "had chest pain on sunday but i was fine, today i struggled to get out of bed for work, so tired",
    "i fainted on sunday but i was fine, today i couldnt lift my mood at all, feel so low",
    "my tongue swelled a bit after the nuts but i was fine, tonight we couldnt stand the heat so we slept downstairs",
])
def test_an_ordinary_today_leaves_it_passed(question: str) -> None:
    notice = triage(question)
    assert notice is None or notice.level != "emergency", notice


@pytest.mark.parametrize("question", [
    # a decision and a time (set FS); with the means named after "with"
    "whats the point. ive decided im ending it tonight and ive got everything ready, just wanted to ask one last "
    "thing about these leg twitches",
    "im ending it tonight, the pills are ready",
    "ending it tonight with the pills i saved up",
    "ive decided to end it. nobody would miss me",
])
def test_ending_it_is_a_crisis(question: str) -> None:
    notice = triage(question)
    assert notice is not None and notice.rule == "suicide_self_harm", notice


@pytest.mark.parametrize(("question", "rule"), [
    # a medicine named as started or raised, with cramps (sets FN, FR)
    ("dad started bendroflumethiazide for his blood pressure about 3 weeks ago and since then keeps getting cramps in "
     "his calves", "twitch_new_medicine"),
    ("neuro upped my keppra a month ago and since then ive been getting achy muscles and cramps in my legs",
     "twitch_new_medicine"),
])
def test_cramps_since_a_named_medicine_are_worth_a_review(question: str, rule: str) -> None:
    notice = triage(question)
    assert notice is not None and (notice.level, notice.rule) == ("soon", rule), notice


@pytest.mark.parametrize(("question", "rule"), [
    # a relationship or a series ended (review)
    ("ive decided im ending it with my boyfriend tonight, he cheated, also my legs twitch", "suicide_self_harm"),
    ("ive decided im ending it tomorrow, the relationship is toxic and my anxiety is through the roof",
     "suicide_self_harm"),
    ("made my mind up to end it after 6 years together, is it normal to feel sick and shaky", "suicide_self_harm"),
    ("we are ending it tomorrow, the tv series, been binge watching and have a headache", "suicide_self_harm"),
    # words that end like medicines (review)
    ("my calf cramps started on april 3rd and wont stop, no swelling", "twitch_new_medicine"),
    ("started alpine skiing on holiday and thigh cramps at night", "twitch_new_medicine"),
])
def test_a_look_alike_is_not_read(question: str, rule: str) -> None:
    notice = triage(question)
    assert notice is None or notice.rule != rule, notice
