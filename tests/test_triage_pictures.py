"""Pictures told through similes (set DJ), by carers of older people (DK) and about children (DL), and the near
misses a review of those fixes tried."""

from __future__ import annotations

import pytest

from qa.triage import triage


@pytest.mark.parametrize(("question", "level", "rule"), [
    ("my calves seize up every night for months", "soon", "cramps_frequent"),
    ("my feet curl up like claws every night for weeks and wake me up", "soon", "cramps_frequent"),
    ("calves have been going like popcorn under the skin for about 3 weeks now", "soon", "twitch_persistent"),
    ("veins bulging like ropes on my calf and I get cramps at night", "soon", "varicose_veins"),
    ("got kicked in the shin, it feels like the skin is going to burst, worst pain ever", "emergency",
     "tight_swollen_limb"),
    ("my arches have flattened over the last year on one side and the inside of my ankle aches", "soon",
     "flat_foot_change"),
    ("one of my feet has gone flatter over the last year and the ankle is sore after walking", "soon",
     "flat_foot_change"),
    ("on statins, both thighs ache and i struggle to get off the toilet", "urgent", "statin_weakness"),
    ("stood on a rusty nail last week, now my jaw feels wired shut", "emergency", "tetanus_signs"),
    ("the redness is past the pen line the doctor drew this morning", "urgent", "cellulitis"),
    ("grandad's calf cramps after walking about 100 yards, goes off if he stands still", "soon", "claudication"),
    ("mum has 3 morphine patches on, shes really hard to wake, pupils tiny, breathing slow", "emergency",
     "slowed_breathing"),
    ("dad's breathing slow and shallow after his morphine and he is very drowsy", "emergency", "slowed_breathing"),
    ("my words are coming out scrambled since 20 minutes ago", "emergency", "stroke"),
    ("dad just dropped in the kitchen, out for maybe a minute, now awake but grey", "emergency", "collapse_seizure"),
    ("my cut is red and hot and spreading", "urgent", "infected_wound"),
    ("my mum took all the tabelts out of her dosette box this morning", "emergency", "overdose_poison"),
    ("son 12, limping for a week, says his knee hurts, his foot sticks outwards", "urgent", "slipped_hip"),
    ("my 4 year old still walks on his tiptoes nearly all the time", "soon", "toe_walking"),
    ("im diabetic, a sore on the bottom of my foot has gone red and oozy", "urgent", "infected_wound"),
    ("thighs rock hard after crossfit, wee like coca cola and hardly any coming out", "emergency",
     "kidneys_failing"),
])
def test_a_picture_told_in_other_words_is_read(question: str, level: str, rule: str) -> None:
    notice = triage(question)
    assert notice is not None and (notice.level, notice.rule) == (level, rule)


@pytest.mark.parametrize(("question", "level"), [
    # hearsay about a friend's friend silenced what the asker then told of themselves (review); no such scope now
    ("my mum said her friend had a stroke and now my own arm is numb and my face droops", "emergency"),
    ("my neighbour said her friend had an overdose and I have taken 40 tablets tonight", "emergency"),
    ("my son said his friend had a seizure and is still fitting now", "emergency"),
])
def test_someone_elses_story_does_not_silence_the_askers_own(question: str, level: str) -> None:
    notice = triage(question)
    assert notice is not None and notice.level == level


@pytest.mark.parametrize(("question", "level"), [
    # (second review) resolutions and frames tried and taken out again: each silenced a present emergency
    ("my face drooped and my speech was slurred, it went", "emergency"),
    ("my throat started swelling after the prawns, it went", "emergency"),
    ("my calf is swollen and red and the cramps stopped a week ago", "urgent"),
    ("im 36 weeks pregnant and the kicking stopped a day ago", "urgent"),
    ("i'm writing her allergy care plan and what do i do her lips are swelling and she can't breathe", "emergency"),
    ("he just dropped, out for about a minute", "emergency"),
    ("my son fell off the climbing frame and was out for a few seconds", "emergency"),
    ("he's breathing slow since the methadone and very sleepy", "emergency"),
    ("on atorvastatin and my thighs are so weak i struggle to get up from a chair", "urgent"),
    ("mum's words are gibberish since this morning", "emergency"),
    ("stepped on a rusty nail last week and now my jaw is clamped shut", "emergency"),
    ("crushed my leg under a car, now it feels like it will burst and the pain is unbearable", "emergency"),
    ("my cut is swollen and warm up to my wrist now", "urgent"),
])
def test_a_narrowed_word_still_warns_where_it_should(question: str, level: str) -> None:
    notice = triage(question)
    assert notice is not None and notice.level == level


@pytest.mark.parametrize("question", [
    # "out for a minute" of a thing, or of sleep
    "my wifi dropped out for a minute",
    "I fell asleep on the sofa and was out for 40 minutes",
    "he went down the shops and was out for a few minutes",
    # slow breathing as an exercise
    "breathing slow and steady makes me drowsy before bed, is that good",
    "try breathing slow when you feel drowsy at the wheel",
    # bursting that is no limb, a machine that seizes up, popcorn eaten
    "my bladder feels like it is going to burst, is that normal",
    "my computer seizes up every time I open the app",
    "I like popcorn and my legs feel tired after the cinema",
    # a statin in the house, someone else's old trouble getting up
    "I take a statin. my 5 year old can barely get up off the floor when he plays",
    # varicose veins beside blood pressure
    "I have varicose veins and high blood pressure, is that linked",
    # a hot water bottle is no hot skin
    "had my first period last week, crampy pains went into my thighs but ibuprofen and a hot water bottle helped",
    "i put a hot pack on my sore calf, is that ok",
    # things and sleep "out for a minute"
    "the power went down and was out for a minute",
    "I dropped my phone and it was out for a minute",
    "I dropped off to sleep and was out for a few minutes",
    # hardly any of something that is not urine; a limb that turned out fine
    "i'm constipated and hardly any poo coming out",
    "my 8 year old's foot hurts, turns out it was a verruca",
])
def test_near_misses_raise_no_notice(question: str) -> None:
    assert triage(question) is None
