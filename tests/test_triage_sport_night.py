"""Pictures from sport (set DN), the night (DO), pasted messages (DP) and long-term conditions (DQ), and the near
misses a review of those fixes tried."""

from __future__ import annotations

import pytest

from qa.triage import triage


@pytest.mark.parametrize(("question", "level", "rule"), [
    ("my 15 yr old fainted halfway through her cross country race yesterday, came round within seconds", "urgent",
     "faint_during_exercise"),
    ("My son collapsed while playing football, he came round quickly but felt dizzy", "urgent",
     "faint_during_exercise"),
    ("my partner says my legs kick every half a minute or so all night long, ive been waking up shattered for months",
     "soon", "limb_movements_in_sleep"),
    ("My calf cramps when I walk and it stops when I'm sitting", "soon", "claudication"),
    ("whole family woke up with thumping headaches and feeling sick, my legs are weak and wobbly, the boiler has been "
     "making funny noises and the cat is poorly too", "emergency", "carbon_monoxide_poisoning"),
    ("stood on a garden fork, went right through my trainer into the foot, cant remember last tetanus jab", "urgent",
     "tetanus_wound"),
    ("my notes app: calf twitch day 1... now day 38, every day both calves, like popcorn under the skin", "soon",
     "twitch_persistent"),
    ("been reading about als every night for 2 months since twitches started, cant concentrate at work", "soon",
     "health_anxiety"),
    ("finished chemo 3 months ago and my feet are still numb and tingly", "soon", "numbness_persistent"),
    ("started in my left calf 2 months ago, now the flickering is in my thighs and both arms too", "soon",
     "twitch_spreading"),
    ("dads parkinsons meds seem to wear off before the next dose now, his legs shake and stiffen", "soon",
     "medicine_wearing_off"),
    # "she was fine last week" is the time before it began, not a recovery
    ("mum has parkinsons and since yesterday shes suddenly all muddled, seeing people who arent there, she was fine "
     "last week", "emergency", "delirium"),
    # a person's own body, or a family, before a pet's clause keeps its words; the pet's clause is the pet's
    ("My face is drooping on one side and my speech is slurred, and the dog keeps barking", "emergency", "stroke"),
    ("Mum collapsed and isn't breathing, and the dog is barking at her", "emergency", "collapse_seizure"),
    # (second review) a "he" after a pet's clause may be the person; a screen's clause ends where the person's begins
    ("My son has been vomiting all night, the dog is lethargic too and now he is really drowsy and hard to wake",
     "emergency", "seriously_ill_baby"),
    ("I was at home, watching the news on tv and suddenly half my face drooped and my words came out slurred",
     "emergency", "stroke"),
    ("My wife cant speak properly and her face has dropped on one side, she was fine an hour ago", "emergency",
     "stroke"),
    # what passed within minutes keeps its notice: a warning stroke, a first fit
    ("My arm went weak and my face drooped, it settled within minutes", "emergency", "stroke"),
    ("His legs have been jerking for 8 minutes and hes not coming round", "emergency", "collapse_seizure"),
])
def test_a_picture_is_read(question: str, level: str, rule: str) -> None:
    notice = triage(question)
    assert notice is not None and (notice.level, notice.rule) == (level, rule), notice


@pytest.mark.parametrize("question", [
    # (review) a near faint is no faint; a pet's collapse told after a person's clause is the pet's
    "I nearly fainted during my run yesterday because it was so hot",
    "I felt like I was going to pass out during the workout, is that normal?",
    "My legs are tired from the walk, and the dog collapsed and is not breathing",
    "My calves ache a bit, my dog has been limping and yelping and cant put weight on his leg and is bleeding heavily",
    # a visit that is not coming, a plan's day, a night not remembered
    "My mum is not coming round for Christmas this year and Im stressed, my eyelid twitches",
    "The nurse wont come round until Monday to check my leg ulcer",
    "Its day 30 of my marathon training plan and my calves twitch after runs",
    "Cut my finger on a kitchen knife, cant remember last night much but had my tetanus booster in 2021",
    # a boiler that is off, "sick of", rain through a chimney, a whole house cleaned: no fumes
    "I'm sick of my boiler not working, it's freezing and I've got a cold",
    "I get dizzy spells, also my chimney is leaking when it rains",
    "Everyone in the house has had a stomach bug, sick and headaches, and the boiler is not working",
    # the jerk of falling asleep, and a baby's kicks, are no limb movements in sleep
    "The baby kicks me all night, I'm 30 weeks pregnant and I haven't slept properly for weeks",
    "My legs jerk as I drift off every night and it wakes me up, I haven't slept properly for weeks",
    # checked by a doctor, and still twitching: no check-up again
    "neurologist did an EMG 2 months ago, all normal, strength normal, I still twitch here and there",
])
def test_near_misses_raise_no_notice(question: str) -> None:
    assert triage(question) is None
