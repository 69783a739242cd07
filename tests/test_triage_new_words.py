"""Pictures read since sets CZ (dictated), DA (pregnancy, the pharmacy counter) and DB (played down), in other words."""

from __future__ import annotations

import pytest

from qa.triage import triage


@pytest.mark.parametrize(("question", "level", "rule"), [
    # sound-alikes a dictation writes: "calve", "the heal", "past out"
    ("my right calve is hot and swollen since the coach trip", "urgent", "dvt"),
    ("felt a kick in the back of my heal at badminton and now i cant stand on tip toe", "urgent",
     "tendon_or_joint_injury"),
    ("on water pills, been sick for days, heart racing and skipping and i almost past out", "emergency",
     "heart_rhythm"),
    # slow, shallow breathing with drowsiness: too much of a sedating medicine
    ("he took double his oxycodone for his back, now he is very drowsy and his breaths are shallow", "emergency",
     "slowed_breathing"),
    # passive thoughts of not being here
    ("since the new tablets ive had thoughts of not wanting to live, twitchy legs too", "emergency",
     "suicide_self_harm"),
    ("36 weeks and the baby has barely moved since last night", "urgent", "fetal_movements"),
    ("dad takes quinine at night and his gums bled all morning", "urgent", "bleeding_risk"),
    ("cut my shin on a rusty gate, deep and dirty, no idea when my last tetanus booster was", "urgent",
     "tetanus_wound"),
    ("29 weeks, my fingers have puffed up so my rings wont come off and i have a headache", "urgent",
     "pre_eclampsia"),
    ("since starting amitriptyline my legs have an awful crawling urge to move every night", "soon",
     "twitch_new_medicine"),
    ("on lansoprazole for years and now my calves cramp most days", "soon", "ppi_low_magnesium"),
    ("for months my legs shake when i stand still at the bus stop but walking is fine", "soon",
     "tremor_progressive"),
    # swollen, agonising thighs with cola urine after a class are muscle breaking down, told as such (not a clot)
    ("thighs swollen and agony after bootcamp, pee like cola", "urgent", "rhabdomyolysis"),
    # a clot that has travelled, told in passing: a catch on breathing in, pinkish phlegm
    ("calf swollen since the drive back from spain, and now my chest catches whenever i breathe in", "emergency",
     "pulmonary_embolism"),
    ("swollen calf for days, today i coughed up some pinkish phlegm and feel a bit puffed", "emergency",
     "pulmonary_embolism"),
    ("my right thigh looks skinnier than the left lately and it flickers all day", "soon", "muscle_wasting"),
    ("sorry to bother you, the red bit on my shin has grown past the pen mark i drew last night", "urgent",
     "cellulitis"),
])
def test_pictures_told_in_new_words(question: str, level: str, rule: str) -> None:
    notice = triage(question)
    assert notice is not None and (notice.level, notice.rule) == (level, rule), notice


@pytest.mark.parametrize("question", [
    # how long a medicine has been taken is not how long a twitch has lasted
    "been on citalopram 8 months, my eyelid twitched a bit yesterday, is that the tablets?",
    # a clot in an earlier pregnancy is history
    "had a blood clot in my last pregnancy, now expecting again and on injections, are calf stretches ok?",
    # slow breathing as an exercise
    "does slow breathing help a cramp let go?",
    # a medicine that treats the restless legs is no cause of them
    "my restless legs got better on iron tablets the gp started 2 months ago, how long do i take them?",
    # someone else's story on a screen
    "watching a hospital drama where a man's clot went from his calf to his lungs, how do you tell a clot from cramp?",
    # (found in review) what the new words must not take
    "my meditation app teaches slow breathing and I feel drowsy afterwards, is that ok",
    "my teenager has thoughts about never wanting to be around people",
    "it's just past out of date, are the tablets safe",
    "My shoulders are narrower than my hips, what exercises can broaden them?",
    "my son keeps coughing and has red spit after eating beetroot",
    "I'm 30 weeks pregnant and my new stretch marks have a zigzag pattern",
])
def test_near_misses_stay_quiet(question: str) -> None:
    assert triage(question) is None


@pytest.mark.parametrize(("question", "level"), [
    # (found in review) history words must not silence what is happening now
    ("my dad has had a stroke after his last operation, he had it this morning", "emergency"),
    ("I have a DVT after my last operation, what should I do", "urgent"),
    # a medicine taken for the trouble does not date the trouble away
    ("my back pain isnt getting better, i have been taking painkillers for 6 weeks", "soon"),
    ("I'm 8 weeks pregnant and there is some blood flow, like a period", "urgent"),
    ("my grandad on morphine patches is breathing very slowly and really drowsy", "emergency"),
])
def test_what_the_new_words_must_not_hide(question: str, level: str) -> None:
    notice = triage(question)
    assert notice is not None and notice.level == level, notice
