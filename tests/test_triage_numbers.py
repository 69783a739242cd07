"""Pictures read since sets DD (work, travel, outdoors), DE (numbers), DF (short messages) and DG (second language)."""

from __future__ import annotations

import pytest

from qa.triage import triage


@pytest.mark.parametrize(("question", "level", "rule"), [
    # blood results: the number carries the level, feeling fine does not settle it
    ("the lab app says my potassium is 6.1, i feel ok though, can it wait for my review next month?", "urgent",
     "abnormal_result"),
    ("dads adjusted calcium is 3.7 and since yesterday he is very drowsy and muddled", "emergency",
     "dangerous_result"),
    ("my tsh came back 6.4, is that why my legs cramp?", "soon", "mildly_abnormal_result"),
    ("hba1c 45 at my check up, nurse said borderline, what now", "soon", "mildly_abnormal_result"),
    ("glucose 2.8 and she is confused and shaky, wont eat anything", "emergency", "severe_hypoglycaemia"),
    # outdoors and at work
    ("in the tent with the camping stove going all night, both of us have a splitting headache, feel sick and dizzy",
     "emergency", "carbon_monoxide_poisoning"),
    ("got wet cement down my boots laying a floor, now both shins are blistered and burning", "urgent",
     "chemical_burn"),
    ("ski trip, two fingertips went waxy and hard on the lift, warmed up now but blistering", "urgent",
     "circulation_urgent"),
    ("trod on a rusty screw at the allotment, last tetanus shot 20 years ago", "urgent", "tetanus_wound"),
    ("put my back out lifting pallets on monday and now my left foot slaps when i walk", "urgent",
     "worsening_weakness"),
    # short messages and a second language
    ("i have heart attack symptoms rn", "emergency", "heart_attack"),
    ("my husband showing stroke signs, face one side down", "emergency", "stroke"),
    ("pills bought. tonight i will swallow all of them, letters already written to my kids", "emergency",
     "suicide_self_harm"),
    ("my daughter 2 years swallow some dishwasher liquid, she cough and cry", "emergency", "overdose_poison"),
    ("he miss three times his dialysis, now legs like jelly and heart beating slow", "emergency",
     "dialysis_potassium"),
    ("neighbour dog bite my hand this morning, deep marks", "urgent", "animal_bite"),
    ("right hand trembles when she rests, walking with small steps lately", "soon", "tremor_progressive"),
    ("calf twitching 3 months non stop", "soon", "twitch_persistent"),
    # updates after a visit (set DH)
    ("on thyroxine since may, still feel cold and tired and constipated, cramps in my calves", "soon",
     "underactive_thyroid"),
    ("b12 tablets since january, now 3 months later my toes are still numb and burning", "soon",
     "numbness_persistent"),
    ("restless legs back since i stopped the iron, getting worse and i barely sleep", "soon", "restless_legs"),
])
def test_pictures_told_with_numbers_and_at_work(question: str, level: str, rule: str) -> None:
    notice = triage(question)
    assert notice is not None and (notice.level, notice.rule) == (level, rule), notice


@pytest.mark.parametrize("question", [
    # normal or past figures, and figures that are not results
    "my potassium was 4.2 and calcium 2.4, are those normal?",
    "my potassium was 6.3 on a haemolysed sample, the repeat was 4.4",
    "type 1 diabetic, hba1c 52 this time, down from 60, any tips for night cramps?",
    "i drink about 3 litres of water a day when it's hot on site, is that enough to stop cramps?",
    "my calves cramp after about an hour of skiing, are my boots too tight?",
    "after a cold swim my toes were numb and white for ten minutes, then warmed up fine, is that normal?",
    "what are the signs of carbon monoxide poisoning to look out for in a caravan?",
    "how long should I rinse skin after a bleach splash?",
    "stroke symptoms in young women",
    "heart attack vs panic attack how tell",
    "cramp vs clot?",
    "my son eats lots of berries, can that cause leg cramps?",
    "can i drink water after cleaning my teeth with a whitening strip",
    "35 weeks pregnant, calf cramps at night. normal?",
    "the GP said my chest pain is costochondritis and it's much better now, any stretches?",
])
def test_numbers_and_outdoor_words_that_stay_quiet(question: str) -> None:
    assert triage(question) is None, triage(question)


@pytest.mark.parametrize(("question", "level"), [
    # (found in review) what this session's words must not silence
    ("face drooping arm weak symptoms", "emergency"),
    ("swallowed battery symptoms", "emergency"),
    ("sudden face droop stroke vs bells palsy?", "emergency"),
    ("my dad's face drooped and his speech was slurred for 10 minutes then fine", "emergency"),
    ("Suddenly the skin on my foot went cold and pale, my toes are numb and hard, severe pain in my calf", "emergency"),
    ("my leg cramp hasn't eased after about an hour", "urgent"),
    ("we did the glass test on his rash and it does not go, temp 39", "emergency"),
    ("we woke up with headaches in the tent with the gas heater, the dog is floppy and my wife wont wake up",
     "emergency"),
])
def test_what_the_new_scopes_must_not_silence(question: str, level: str) -> None:
    notice = triage(question)
    assert notice is not None and notice.level == level, notice


@pytest.mark.parametrize("question", [
    # (found in review) ordinary questions the new words took
    "Tomorrow I will take all the kids swimming, is it ok with a verruca?",
    "I've already left a note for my husband about the baby's feeding times",
    "my son never drinks bleach but he licks soap",
    "The skin on my fingers is hard and cracked, what cream helps?",
    "I got lactic acid build up in my legs after the gym, sore and aching",
    "reading 30 pages makes my dad confused",
    "I ran a 10 k at 6 am and my calves cramped",
    "My potassium was 6.8 on Monday but the repeat test came back normal",
    "Calcium for my 11 year old daughter, she hates milk",
    "stood on a rusty screw, my last tetanus booster was 3 years ago, do I need another?",
    "I had anaphylaxis to my last shot 3 years ago, should I get the new one",
    "could i have stroke symptoms from anxiety?",
    "My cat tried to bite me yesterday but missed",
    "I bought a new shake recipe book 3 weeks ago",
    "My shed has an electric heater. I've had a headache, nausea and dizziness for 3 days",
])
def test_ordinary_questions_the_new_words_must_not_take(question: str) -> None:
    assert triage(question) is None, triage(question)
