"""Pictures from carers of older people (set DT), pregnancy and children (DU) and long stories (DR), and the
near misses beside them."""

from __future__ import annotations

import pytest

from qa.triage import triage


@pytest.mark.parametrize(("question", "level", "rule"), [
    # an injury you can hardly stand on, said without "can't"
    ("dad fell off the step this morning, his ankle ballooned up and bruised and he can hardly put any weight on it",
     "urgent", "possible_fracture"),
    ("went over on his ankle at basketball, it ballooned up and he cant take a single step on it", "urgent",
     "possible_fracture"),
    # painkillers named and failing, pain on moving the toes: compartment syndrome under a plaster or after a kick
    ("dad broke his shin and has a plaster on, the pain is getting worse and worse, morphine not touching it, toes "
     "tingly and he screams if i move them", "emergency", "compartment_syndrome"),
    ("took a stud to the shin 5 hours ago, ibuprofen has done zero and it hurts like hell when i move my toes",
     "emergency", "tight_swollen_limb"),
    # a long lie told with "till the carer found her"
    ("nan was on the floor till the carer found her this morning, her legs are sore and her wee is dark", "emergency",
     "serious_injury"),
    ("thighs agony after a spin class, wee like coca cola and there's hardly been any of it since last night",
     "emergency", "kidneys_failing"),
    # bouts that end are no end to the bouts
    ("on a water tablet for years, for 2 months calf cramps most nights, sharp for a minute then gone", "soon",
     "cramps_frequent"),
    # rain, sweat and chemicals soak through; blood is what makes it bleeding
    ("cut my leg on glass and its spurting everywhere", "emergency", "severe_bleeding"),
    ("soaking through a pad every half hour and passing huge clots, feeling dizzy", "emergency", "severe_bleeding"),
    ("been spraying the potatoes and got the concentrate on my arm, now twitching all over and dribbling", "emergency",
     "chemical_poisoning"),
    # a finding that is itself a question is not asked away
    ("been on fluoxetine 5 wks, mood is a bit better but i cant orgasm and its really affecting my relationship. "
     "should i just stop taking it?", "soon", "medicine_review"),
    # set DV (after care was sought): little urine told as "peeing hardly anything", cola as "what comes out"
    ("did a crazy spin class sat, gp said just doms. now both thighs are swollen rock hard, im peeing hardly anything "
     "and what comes out looks like cola", "emergency", "kidneys_failing"),
    # set DX: Guillain-Barré told without "spreading up" (it was given soon): "hard to swallow and take a full breath"
    ("tingling in my feet started 3 days ago, today my legs are so weak i cant stand up and its getting hard to "
     "swallow and take a full breath", "emergency", "breathing"),
])
def test_a_picture_told_by_a_carer_or_a_parent_is_read(question: str, level: str, rule: str) -> None:
    notice = triage(question)
    assert notice is not None and (notice.level, notice.rule) == (level, rule), notice


@pytest.mark.parametrize("question", [
    "we got caught in the pouring rain and my legs were shaking like jelly on the walk down",
    "it was pouring with rain and my calves cramped on the walk home",
    "sweat was pouring off me and my legs started cramping at mile 20",
    "he gets cramps in his calves in the last 20 mins of matches, gone after a stretch",
    "had a dvt after my first baby 5 yrs ago, fully treated, can the injections this time cause bruising",
    # a past event told in full
    "my friend had a blood clot in her leg after a flight and ended up in hospital, can flight socks help my cramps?",
    # a position explains it
    "dads leg went dead and fizzy after sitting on the loo too long, walked it off in 2 mins",
    # set DV: flexible flat feet are no floppy child
    "gp said my 4 year olds flat feet are the normal floppy kind and shell grow out of it, do we need special shoes",
    # what two reviews of these fixes found them raising (each repaired)
    "been spraying the field with water for the horses and my calf keeps twitching",
    "i soak a pad in half a day, is that heavy",
    "i fell asleep on the floor until morning, now my back is stiff",
    "my usual migraine aura, my words got muddled for 15 minutes then totally back to normal, then the headache came",
    "my speech was slurred last night after too much wine, totally back to normal this morning",
    "injured my back lifting and cant take a step without pain",
    "my osteoporotic mum had a ball in the garden with the kids and now her back hurts",
    "sweat is pouring off me at night, is that menopause",
    # the second review
    "my nan had a stroke and has recovered, she's back to normal now, what exercises help?",
    "dad had a stroke but he's fine now, what diet should he follow",
    "her face drooped after the botox, it's gone now",
    "my toddler was playing on the floor until his dad got home, then he fell and bumped his knee",
    "I had itching down there until my period arrived, and I tripped on the stairs yesterday",
    "constipated for days, passing hardly anything when I go",
    "peeing hurts and what comes out is dark yellow and smelly",
    "I spray the fields for a living and always wear gloves and a mask, been getting eye twitches from stress",
    "I rolled my ankle and can only just put weight on it, should I ice it",
])
def test_words_that_only_sound_alarming_in_these_stories_are_no_alarm(question: str) -> None:
    assert triage(question) is None


# What two reviews of these fixes found them silencing (each fixed, and kept here so it stays so).
@pytest.mark.parametrize(("question", "level"), [
    ("what should i do i cant breathe", "emergency"),
    ("should i call 999, crushing pain in chest and left arm", "emergency"),
    ("what should i do i took 40 paracetamol", "emergency"),
    ("sliced my finger open on a knife and its gushing and wont stop", "emergency"),
    ("my dad caught his leg with the chainsaw and its pouring out, what do i do", "emergency"),
    ("im 12 weeks pregnant and soaking through pads, is this a miscarriage", "emergency"),
    ("i have a clot in my leg since last month and it hurts more today", "urgent"),
    ("i think dad had a stroke this morning, he was in hospital in march with pneumonia", "emergency"),
    ("my bum and privates have gone numb, i cant feel the paper when i sit on the toilet", "emergency"),
    ("my dads foot suddenly went numb and when touched it feels cold", "emergency"),
    ("my calf cramped for the last 20 minutes of the game and its still rock hard", "urgent"),
    ("mums legs are swollen and red and hot, one more than the other, her gp knows and checks her every review",
     "urgent"),
    # the second review, of the first round of repairs
    ("he's sweating and the cut on his leg is pouring", "emergency"),
    ("it was raining and i slipped on the step, the cut on my knee is pouring", "emergency"),
    ("I was cleaning with bleach and broke a glass, my hand is gushing", "emergency"),
    ("he had a few seizures today, they've now stopped", "emergency"),
    ("I was vomiting blood last night, they've stopped now", "emergency"),
    ("what should i look out for, crushing chest pain and sweating and left arm heavy", "emergency"),
    ("what do i look out for, cant breathe properly and lips going blue", "emergency"),
    ("fell at the gym onto my back and now both legs are weak, can't walk up the stairs", "emergency"),
    ("my 4 month old is floppy kind of and very sleepy", "emergency"),
    ("my baby archie is floppy and very sleepy, he's 8 weeks", "emergency"),
    ("he fell in the canal and when he got cold he became confused", "emergency"),
    ("I've had black poo for a week and feel faint. GP said it's low iron.", "emergency"),
    ("I think I had a heart attack last night just like 2 years ago", "emergency"),
])
def test_what_a_review_found_silenced_still_warns(question: str, level: str) -> None:
    notice = triage(question)
    assert notice is not None and notice.level == level, notice
