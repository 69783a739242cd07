"""Session 22's readings (sets DZ to EC) and what its review found at their edges: each new reading fires on its
picture, and the ordinary and the dangerous sentences that share its words stay where they belong."""

from __future__ import annotations

import pytest

from qa.triage import triage


@pytest.mark.parametrize(("question", "level", "rule"), [
    ("legs ache and feel heavy by the evening, veins bulging and the skin round my ankles has gone brown and itchy",
     "soon", "varicose_veins"),
    ("started atorvastatin about a month ago and my thighs ache all the time now, getting up off the toilet is a real "
     "struggle", "urgent", "statin_weakness"),
    ("lost a stone without trying and my heart rate is 130 sitting still", "urgent", "fast_heart_rate"),
    ("dads heart rate is 135 just sitting watching tv, hes 78", "urgent", "fast_heart_rate"),
    ("had a stomach bug 2 weeks ago, my feet went tingly and weak, now my hands are going too and i cant seem to "
     "take a deep breath", "emergency", "breathing"),
    ("gp started me on furosemide, really dizzy when i stand up and im hardly passing water", "urgent",
     "severe_dehydration"),
    ("did a brutal spin class yesterday, thighs are rock hard and swollen and my pee is the colour of coke",
     "emergency", "hard_muscle_dark_urine"),
    ("my arms are rock hard and swollen after lying on the floor all night and my pee is brown", "emergency",
     "hard_muscle_dark_urine"),
    # sets ED and EE
    ("did a spin class for first time yday, thighs swollen rock hard agony, pee is the colour of coca cola",
     "emergency", "hard_muscle_dark_urine"),
    ("got kicked in the shin at football, leg keeps getting tighter and the pain is way worse than it should be",
     "emergency", "tight_swollen_limb"),
    ("sciatica down my left leg for a week and now the top of my foot is numb and i cant lift my toes up properly",
     "urgent", "worsening_weakness"),
])
def test_a_new_reading_fires_on_its_picture(question: str, level: str, rule: str) -> None:
    notice = triage(question)
    assert notice is not None and (notice.level, notice.rule) == (level, rule)


# The review's probes that the first version of these readings lowered: the crisis word in ordinary English beside a
# drill's name, a heart pounding "from the shock" with fainting, saddle numbness that does not pass.
@pytest.mark.parametrize(("question", "level"), [
    # (third review) a heart attack or stroke told after a date and "and", with "now" after it: a comma rule for
    # "…3 years ago, new back pain" kept the symptom in the past; it was removed
    ("dad had a heart attack 4 years ago and has chest pain, now what should we do", "emergency"),
    ("mum had a stroke 3 years ago and her speech is slurred, now im panicking", "emergency"),
    ("my son had a seizure last year and hes having a fit, now what do we do", "emergency"),
    ("thoughts of suicide run through my head all day and i dont know what to do anymore", "emergency"),
    ("suicide runs in my family and lately ive been thinking about it a lot, my dad did it at my age", "emergency"),
    ("i rang the suicide line last night, they put me on hold and i still feel like doing it", "emergency"),
    ("my brother keeps talking about suicide, lines up all his pills in his room", "emergency"),
    ("my heart was racing from the shock and i nearly fainted in the kitchen", "emergency"),
    ("mum had a burglar break in, her heart is racing from the shock and she nearly blacked out, shes 84", "emergency"),
    ("he went into shock after the bee sting, heart racing from the shock and he nearly passed out", "emergency"),
    ("im on furosemide and my heart is pounding from the scare i had earlier, legs cramping too", "urgent"),
    ("my bum and privates go numb on long bike rides and its not back to normal when i get off", "emergency"),
    ("private area goes numb on long rides and doesnt wear off when i get off, and ive wet myself twice", "emergency"),
    ("numbness down there after a long bike ride that hasnt gone for two days and im leaking wee", "emergency"),
])
def test_the_dangerous_sentence_beside_a_new_reading_keeps_its_level(question: str, level: str) -> None:
    notice = triage(question)
    assert notice is not None and notice.level == level, notice


@pytest.mark.parametrize("question", [
    "suicide sprints at training made my legs wobbly and twitchy lol how long does that last",
    "my knees hurt after suicide drills every practice, should i ice them",
    "my resting heart rate is 58 but goes up to 165 on runs, is that ok",
    "resting hr 62, max hr 188 on the treadmill test, what zones should i train in",
    "my hr was 160 after my run so i was lying down for a bit and it came back to 80 in 5 mins",
    "my baby's heart rate on the home doppler was 150 while i was lying in bed, is that ok",
    "skin on my shins has gone brown from fake tan and wont come off",
    "brown stains around my ankles from my new socks, dye wont wash off",
    "what causes brown skin around the ankles?",
    "hardly passing water at night since i cut down on tea, is that good",
    "hardly passing water overnight now, is that normal as i get older",
    "i cant seem to get a breath of fresh air with three kids under five lol",
    "after a 5k i cant seem to get my breath back for ages, is that unfit",
    "my calves feel rock hard after leg day, is that normal?",
    # (second review) full breasts after a birth, a toe exercise, a tight hamstring
    "my boobs are swollen rock hard and the pain is excruciating, 4 days postpartum",
    "breasts swollen rock hard, engorged and getting worse every day, baby wont latch",
    "how do i lift my toes for the toe raise exercise",
    "my hamstring keeps getting tighter no matter how much i stretch",
    "the pain is way worse than it should be for a small bruise on my shin",
    # (third review) tap water, a frozen phone or app, a toddler asleep on the floor
    "my water is the colour of tea when i turn on the tap, is it safe to drink",
    "the app froze and wasnt responding for about 5 minutes, is the nhs app down",
    "my toddler fell asleep and was on the floor till morning, is that ok",
])
def test_an_ordinary_question_sharing_the_words_gets_no_notice(question: str) -> None:
    assert triage(question) is None


def test_rock_hard_muscle_with_a_dark_wee_but_no_exertion_is_not_the_exercise_emergency() -> None:
    # (review) an ankle sprained, breasts full after a birth: whatever they call for, not muscle breakdown
    for question in ("my ankle is rock hard and swollen after i sprained it and my pee is dark in the morning",
                     "my boobs are rock hard and swollen 3 days after birth and my wee is dark because im not "
                     "drinking enough"):
        notice = triage(question)
        assert notice is None or notice.rule != "hard_muscle_dark_urine"
