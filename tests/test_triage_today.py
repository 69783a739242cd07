"""Legs failing on the stairs, a reaction foretold, and passed episodes that stay passed (sets FP, FQ)."""

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
