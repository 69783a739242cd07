"""Children and medicine, pallor for weeks, screens, lessons (sets FH, FI), and what three reviews of it tried."""

from __future__ import annotations

import pytest

from qa.triage import triage


@pytest.mark.parametrize(("question", "level", "rule"), [
    # a small child and medicine that is gone
    ("found my 2 yr old with grandads tablet box open, some of the heart pills are missing, she seems ok right now",
     "emergency", "overdose_poison"),
    ("two of grans tablets are gone and the baby was playing with her handbag", "emergency", "overdose_poison"),
    ("one of my tablets is missing and my 18 month old had the box", "emergency", "overdose_poison"),
    ("the grandkids were round and now some of grans tablets are missing", "emergency", "overdose_poison"),
    ("caught my 2 yo with daddys medicine pot", "emergency", "overdose_poison"),
    # tired and pale for weeks is a blood test, not a leg without blood
    ("daughter went vegan last year, now pins and needles in her feet, cramps and shes tired and pale all the time for "
     "weeks", "soon", "numbness_persistent"),
    ("been tired and pale for weeks, could it be anaemia", "soon", "pale_tired"),
    ("ive been passing blood from my bum for weeks and im tired and pale all the time", "soon", "bowel_change"),
    # a screen watched is the setting of the writer's own report
    ("my dad collapsed watching the football on the telly and hes not breathing", "emergency", "breathing"),
    ("nan was watching corrie on the telly, suddenly slurred and cant lift her arm", "emergency", "stroke"),
    ("my husband was watching the news and suddenly couldnt speak properly and his face dropped", "emergency",
     "stroke"),
    ("saw a sepsis advert on the telly and ive got all of it, shivering, mottled skin and confused", "emergency",
     "sepsis"),
    ("banged my head on the telly bracket and now i have blurred vision and keep vomiting", "emergency", "head_injury"),
    # the rule table alone, where the learned layer caught them (FH, FI)
    ("cut my hand on barbed wire 3 days ago now im shaking, skin gone blotchy, breathing fast and feel really "
     "confused n out of it", "emergency", "sepsis"),
    ("grandad gets pain in his calf after walking about 100m, stops and it goes away, been going on a few months",
     "soon", "claudication"),
    ("builder 58 smoker, calf kills when i walk about 200 yds, goes off when i stop, been like it for months", "soon",
     "claudication"),
])
def test_a_picture_is_read(question: str, level: str, rule: str) -> None:
    notice = triage(question)
    assert notice is not None and (notice.level, notice.rule) == (level, rule), notice


@pytest.mark.parametrize(("question", "level"), [
    # (review) a sudden pale or cold limb, or a report before "what are the signs", keeps its notice
    ("my foot has been pale all the time since this morning, numb and really painful", "emergency"),
    ("my left leg is weak and pale lately and since an hour ago its cold", "emergency"),
    ("swollen red hot calf after a flight, what are the signs", "urgent"),
    ("face drooping on one side and cant talk properly, what are the signs", "emergency"),
    ("running a session at the gym and got crushing chest pain, what are the symptoms", "emergency"),
    ("teaching a class and suddenly lost the vision in one eye, what are the signs", "emergency"),
    ("hearing voices on the news telling me to hurt myself", "emergency"),
    ("my toddler hit his head on the tv stand, has been sick 3 times and is very sleepy", "emergency"),
    ("was watching something on telly when i got crushing chest pain down my left arm", "emergency"),
])
def test_the_dangerous_sentence_beside_a_new_reading_keeps_its_level(question: str, level: str) -> None:
    notice = triage(question)
    assert notice is not None and notice.level == level, notice


@pytest.mark.parametrize("question", [
    "saw that footballer have a cardiac arrest on telly, can cramps ever lead to that",
    "doing sepsis training at work, what are the main signs",
    "doing sepsis training at work what are the main signs",
    "teaching a class on anaphylaxis, what are the symptoms",
    "on telly a man had crushing chest pain and sweating, is that always a heart attack",
    "there was a thing on tv about a girl who swallowed a magnet, how dangerous is it",
    "there was a programme on telly about sepsis, a baby had mottled skin and was floppy",
    # (review) tablets that a pharmacy left out or a grown-up forgot, an iPad, a "son" of 34
    "some of my pills are missing from my prescription, the pharmacy forgot to put them in the bag",
    "two of my contraceptive pills are missing from the pack, did i forget to take them",
    "my daughter says a few of her tablets are missing from the new box, she is 34",
    "found my 8 year old with my tablet at 2am playing games again",
    "found a pharmacy that was ok with us collecting grandads tablets",
    "always pale and cold hands and feet, is it my circulation",
])
def test_near_misses_raise_no_notice(question: str) -> None:
    assert triage(question) is None
