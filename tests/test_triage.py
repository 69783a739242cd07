"""Red-flag triage: every rule on its examples and near-misses, context (negation, asking, past,
not a person), the semantic layer, the scorer, and the labelled question sets."""

from __future__ import annotations

import json

import numpy as np
import pytest

from qa.triage import RULES, SEVERITY, findings, matching_rules, triage
from qa.triage_eval import TriageCase, format_report, is_triage_file, load_cases, numbered_sets, score
from qa.triage_typos import correct_typos
from tests.conftest import ROOT


def _level(question: str) -> str | None:
    notice = triage(question)
    return notice.level if notice is not None else None


def _rule(question: str) -> str | None:
    notice = triage(question)
    return notice.rule if notice is not None else None


DATA = ROOT / "tests" / "data"

# For each rule: questions it must catch, and near-misses it must leave alone.
EXAMPLES: dict[str, tuple[list[str], list[str]]] = {
    "heart_attack": (["I have chest pain and my calves are cramping", "pressure in the middle of my chest",
                      "chest feels tight and heavy, pain going down my left arm"],
                     ["no chest pain, just a twitchy calf", "are chest stretches good for posture?",
                      "is chest pain ever caused by anxiety?",
                      "the stock market collapse is giving me a heart attack haha"]),
    "stroke": (["My dad's face is drooping on one side and his words are slurred",
                "suddenly my right arm is weak and I can't lift it",
                "woke up and my left arm and leg feel heavy and useless"],
               ["my grandmother had a stroke in 2015, do cramps run in families?",
                "which swimming stroke is best for leg cramps?"]),
    "breathing": (["I can't catch my breath and my legs are shaking", "he is struggling to breathe",
                   "she had her inhaler twice and still can't get a sentence out",
                   "my feet went tingly and weak, now my hands are going too and i cant seem to take a deep breath"],
                  ["I'm not short of breath, my calf just cramps", "breathing exercises for stress"]),
    "anaphylaxis": (["my lips and tongue are swelling up after eating prawns"],
                    ["what is anaphylaxis?", "how do you use an adrenaline pen if someone needs it?"]),
    "collapse_seizure": (["my mum just collapsed in the kitchen", "she is having a seizure right now"],
                         ["can collapsed arches make my calves cramp?", "my dog is having a seizure",
                          "our tent collapsed in the storm", "customs seizure of my parcel, how long?"]),
    "overdose_poison": (["I took a whole bottle of sleeping pills", "my son drank bleach",
                         "i swallowed a whole bottle of quinine tablets for my cramps"],
                        ["is too much coffee bad for twitching?", "how much magnesium per day is safe?",
                         "How much magnesium is too much? I don't want to overdo it"]),
    "suicide_self_harm": (["I don't want to live anymore", "I keep thinking about hurting myself",
                           "i cant do this anymore, ive been working out how to end it",
                           "My brother tried to hang himself earlier this evening. He says he's fine now.",
                           "my dad cut his wrists", "she jumped off a bridge last night"],
                          ["this cramp is killing me, how do I stop it?", "I'm dying to know why legs twitch",
                           "coach made us do suicides at practice and my calves cramp",
                          "suicide sprints at training made my legs wobbly and twitchy lol how long does that last",
                           "he hurt himself playing football, is ice or heat better?",
                           "the kids basically poisoned themselves with halloween sweets lol",
                           "How do you ask someone if they're thinking about suicide?"]),
    "limb_ischaemia": (["my calf has been cramping and now my left leg is cold, pale and i cant feel my foot",
                        "my foot went white and icy an hour ago and really hurts"],
                       ["my feet are always cold in winter, is that why they cramp?"]),
    "cauda_equina": (["back pain with leg cramps and now numb around my bottom and I can't pee"],
                     ["what is cauda equina syndrome?", "my lower back aches after gardening"]),
    "sepsis": (["my dads been shivering with a high fever and now hes confused and his skin looks blotchy"],
               ["what are the signs of sepsis?"]),
    "meningitis": (["my son has a fever and a stiff neck and the light hurts his eyes"],
                   ["is there a vaccine for meningitis?"]),
    "heat_stroke": (["he got really confused after the marathon in the heat and his skin is hot and dry"],
                    ["whats the heat stroke risk when running a summer marathon"]),
    "severe_bleeding": (["my leg is bleeding and it wont stop"], ["my son is 14 and going through a growth spurt"]),
    "head_injury": (["i hit my head and now keep throwing up"], ["how do I stop headaches after running?"]),
    "dvt": (["my left calf is red, hot and swollen", "throbbing pain in one leg after a long flight"],
            ["my calf is sore after running, no swelling", "what are the warning signs of a blood clot?",
             "both my ankles swell by the evening and my calves feel tight"]),
    "rhabdomyolysis": (["after a marathon my muscles ache badly and my pee is dark brown like cola"],
                       ["what does dark urine mean", "can a statin cause dark urine?"]),
    "worsening_weakness": (["my legs are getting weaker every week",
                            "my feet started tingling, now its up to my knees and its worse every day"],
                           ["how do I build strength in weak ankles?", "is it normal to feel tired after a run?"]),
    "long_cramp": (["I've had a cramp for 20 minutes that won't stop", "cramp lasting over an hour"],
                   ["my cramp lasted 2 minutes", "why do cramps happen at night?"]),
    "tetanus_wound": (["I stepped on a rusty nail and now my calf keeps spasming",
                       "a dog bit my ankle and I havent had a tetanus jab in years"],
                      ["my tetanus booster is up to date, why do my toes cramp?", "I cut back on coffee"]),
    "severe_dehydration": (["been throwing up all day and havent peed since this morning, feel dizzy",
                            "started on furosemide, really dizzy when i stand up and im hardly passing water"],
                           ["how much water should I drink to avoid cramps?",
                            "hardly passing water at night since i cut down on tea, is that good?"]),
    "infected_wound": (["the cut on my leg has red streaks going up from it and its hot"],
                       ["how do I clean a small cut?"]),
    "high_fever_child": (["my 6 week old has a temperature of 38.5"], ["my son is 38 inches tall"]),
    "twitch_persistent": (["my calf has been twitching for three weeks", "months of twitching in my thigh"],
                          ["my leg has twitched for 3 days",
                           "been on blood thinners for months, can they cause twitches?"]),
    "twitch_spreading": (["the twitching has spread to my arms and back",
                          "it started in my calf and now the twitches are in my face too"],
                         ["my calf twitches now and then", "can anxiety cause muscle twitching all over?"]),
    "twitch_with_symptoms": (["my calf twitches and the muscle is shrinking",
                              "I keep dropping things and my hand muscles twitch"],
                             ["my calf twitches but there's no weakness, numbness or wasting",
                              "what is spinal muscular atrophy and can it cause twitching?"]),
    "gi_bleed": (["tonight I vomited stuff that looks like coffee grounds and my poo is black"],
                 ["can iron tablets make your poo dark?"]),
    "septic_joint": (["my knee swelled up overnight, red and hot, with a temperature of 38.5"],
                     ["why do my knees click?"]),
    "dka": (["type 1 diabetic, sugar meter says HI, vomiting, and my breath smells like pear drops"],
            ["how often should a diabetic check their feet?"]),
    "twitch_new_medicine": (["since the doctor switched my blood pressure tablets my calves twitch all day"],
                            ["can blood pressure tablets cause cramps?"]),
    "sudden_hearing_loss": (["woke up and I can't hear anything out of my left ear"],
                            ["how loud is too loud for headphones?"]),
    "lump_growing": (["a soft lump behind my knee has slowly got bigger over the last few months"],
                     ["why do knees swell after running?"]),
    "low_calcium": (["thyroid removed 4 days ago, now pins and needles round my lips and my hands cramp into claws"],
                    ["does thyroid medicine cause cramps?"]),
    "testicular_torsion": (["my son woke with sudden bad pain in one testicle and he's been sick"],
                           ["what is testicular torsion?"]),
    "possible_fracture": (["went over on my ankle an hour ago and I can't put any weight on it"],
                          ["how long does a sprained ankle take to heal?"]),
    "shingles_eye": (["a blistery rash on one side of my forehead and now my eye is red and sore"],
                     ["is there a vaccine for shingles?"]),
    "compartment_syndrome": (["got a cast yesterday and the pain is way worse than when it broke, painkillers do "
                              "nothing"],
                             ["how long does a cast stay on a broken shin?"]),
    "claudication": (["after I walk about 200 metres my calf aches and when I stand still it goes away",
                      "hubby gets a cramping pain in his calf after walking about 200 yards that goes when he stops"],
                     ["is walking good for calf cramps?"]),
    "pre_eclampsia": (["30 weeks pregnant and my face and hands puffed up suddenly, I keep seeing flashing lights"],
                      ["is it normal for ankles to swell a bit in pregnancy?"]),
    "kidney_infection": (["had cystitis for days and now a temperature of 38.6 and pain in my back"],
                         ["how can I avoid getting cystitis?"]),
    "flat_foot_change": (["my right arch has dropped over the last months and aches, the left foot is fine"],
                         ["do flat feet cause leg twitching?"]),
    "tremor_progressive": (["my legs shake when I stand still and it's getting worse over the past year"],
                           ["why does my leg shake when I lift my heel?"]),
    "restless_legs": (["every evening for months I get a creepy crawly feeling in my legs that keeps me awake"],
                      ["what is restless legs syndrome?"]),
    "cramps_frequent": (["leg cramps nearly every night for the last month, they wake me up",
                         "my hands cramp every day at work, it's getting hard to do my job"],
                        ["30 weeks pregnant and getting leg cramps most nights, which foods help?"]),
    "cellulitis": (["there's a hot, red, swollen patch on my shin and it's spreading up my leg"],
                   ["why does my calf go red after a hot bath?"]),
    "major_burn": (["my toddler pulled a cup of tea over himself and the burn is blistering"],
                   ["how do I treat mild sunburn?"]),
    "swollen_ankles": (["both ankles have gradually got puffy over the last month"],
                       ["why do my ankles swell on long flights?"]),
    "throat_abscess": (["really bad sore throat on one side, I can barely swallow my spit and my voice is muffled"],
                       ["is a sore throat a sign of a cold?"]),
    "kidneys_failing": (["after the marathon my wee is dark brown like cola and I've hardly been all day"],
                        ["why is my wee dark in the morning?"]),
    "hip_fracture": (["my mum slipped in the kitchen and her leg looks shorter and turned outwards"],
                     ["what exercises help after a hip replacement?"]),
    "pregnancy_vomiting": (["10 weeks pregnant and I can't keep even water down since yesterday"],
                           ["what helps morning sickness?"]),
    "chickenpox_pregnancy": (["I'm pregnant, never had chickenpox, and my nephew just came out in chickenpox spots"],
                             ["is there a vaccine for chickenpox?"]),
    "dental_abscess": (["tooth abscess and now my cheek is swelling and I have a temperature"],
                       ["how often should I see the dentist?"]),
    "emergency_contraception": (["the condom split last night, I need the morning after pill"],
                                ["how does the contraceptive pill work?"]),
    "new_lump": (["found a lump in my breast in the shower, it doesn't hurt"],
                 ["how do I check my breasts properly?"]),
    "weight_loss": (["lost about a stone in 3 months without trying"],
                    ["how can I lose a stone before my holiday?"]),
    "bowel_change": (["my poo has been looser and more often for about 6 weeks"],
                     ["does coffee make you need the loo?"]),
    "persistent_cough": (["I've had a cough for 5 weeks now that won't shift"],
                         ["is honey good for a cough?"]),
    "eye_chemical": (["my flatmate got oven cleaner sprayed in his eye and it burns like mad"],
                     ["how do I clean my glasses without scratching them?"]),
    "statin_muscle_pain": (["been on simvastatin a few weeks and my legs ache when I walk"],
                           ["do statins lower cholesterol quickly?"]),
    "urinary_retention": (["grandad hasn't been able to pee since last night and his lower belly is swollen"],
                          ["does coffee make you pee more?"]),
    "retinal_detachment": (["a dark curtain came down over the top of my left eye this morning"],
                           ["are floaters normal when you are tired?"]),
    "bowel_obstruction": (["dad hasn't opened his bowels for 4 days, his tummy is swollen and he's being sick"],
                          ["what foods help with constipation?"]),
    "acute_abdomen": (["the pain suddenly got much worse and spread and now my whole tummy is hard",
                       "two days after keyhole surgery the belly pain keeps getting worse and I have a fever of 38.6"],
                      ["why does my stomach feel bloated after bread?"]),
    "ectopic_pregnancy": (["6 weeks pregnant with pain low on one side and a strange pain in the tip of my shoulder"],
                          ["is it normal to have cramps in early pregnancy?"]),
    "acute_glaucoma": (["mum's eye is red and painful and she sees rainbow halos round the lights"],
                       ["how often should I have an eye test?"]),
    "appendicitis": (["pain low down on the right of my tummy since this morning and I've been sick"],
                     ["which side is the appendix on?"]),
    "fetal_movements": (["28 weeks pregnant and the baby hasn't been moving as much as usual today"],
                        ["when do you first feel the baby move in pregnancy?"]),
    "electrolyte_weakness": (["started bendroflumethiazide last month and now my legs are weak and keep cramping",
                              "I've been making myself sick after meals for months, now my legs cramp and feel weak"],
                             ["do water tablets make you pee more?"]),
    "immunosuppressed_infection": (["on methotrexate and I've had a sore throat and mouth ulcers for two days"],
                                   ["can methotrexate cause hair loss?"]),
    "eye_infection": (["wore my contacts swimming and now my eye is really painful and red"],
                      ["how long can I wear contact lenses each day?"]),
    "giant_cell_arteritis": (["new headache for a week, my scalp is tender and my jaw aches when I chew"],
                             ["does chewing gum cause headaches?"]),
    "low_mood": (["my husband has been flat for a couple of months and is not enjoying football anymore"],
                 ["how can I stay positive during exams?"]),
    "knee_instability": (["since I hurt it playing football my knee keeps giving way when I turn"],
                         ["what are good knee exercises for runners?"]),
    "changing_mole": (["the mole on my thigh has got bigger and darker with ragged edges"],
                      ["how do I protect my skin in the sun?"]),
    "possible_diabetes": (["always thirsty, up 3 times a night to wee and lost weight without trying"],
                          ["how much water should I drink a day?"]),
    "vision_gradual": (["my vision is getting cloudier and there is glare from headlights at night"],
                       ["do carrots help you see in the dark?"]),
    "testicular_lump": (["found a small hard lump on my left testicle in the shower"],
                        ["how should men check themselves for lumps?"]),
    "raynauds": (["my fingers turn white then blue when it's cold"],
                 ["why do my hands get cold in winter?"]),
    "medicine_swelling": (["my ankles have swollen since I started amlodipine"],
                          ["does salt make your ankles swell on a hot day?"]),
    "breathless_on_exertion": (["lately I get out of breath on the stairs and I'm tired all the time"],
                               ["how can I get fitter for hiking?"]),
    "missed_dialysis": (["I missed my dialysis session yesterday and my legs are cramping"],
                        ["can dialysis cause leg cramps?"]),
    "heart_rhythm": (["my heart keeps fluttering and skipping and I nearly passed out standing up"],
                     ["can coffee give you palpitations?"]),
    "thunderclap_headache": (["sudden headache 10 minutes ago, worst ever, like being hit with a bat"],
                             ["what is the worst headache remedy for a hangover?"]),
    "delirium": (["he stopped drinking two days ago and now he is sweating and seeing bugs that aren't there"],
                 ["can magnesium make you hallucinate?"]),
    "child_weakness": (["my 6 year old struggles getting up off the floor and falls a lot more than his friends"],
                       ["how do I help my toddler stop falling over when he runs?"]),
    "animal_bite": (["our neighbour's dog bit my son on the hand and broke the skin"],
                    ["my dog bit his toy in half", "why do I bite my cheek at night?"]),
    "dehydration_drowsy": (["grandad has had diarrhoea for days, hasn't had a wee since yesterday and is now confused"],
                           ["how much should I drink when I have diarrhoea?"]),
    "crush_injury": (["a wall fell on my brother and his leg was trapped for two hours, now it is swelling up"],
                     ["my trainers crush my toes, which shoes help?",
                      "I was stuck in traffic for 2 hours and my calf cramped"]),
    "slipped_hip": (["my 12 year old has limped for a week and his foot sticks outwards now"],
                    ["my foot sticks out of the duvet at night and gets cold, is that why it cramps?"]),
    "limb_movements_in_sleep": (["my partner says my legs kick every half a minute or so all night long, ive been "
                                 "waking up shattered for months"],
                                ["my legs jerked as I was dropping off and woke me up, whats that?",
                                 "my baby kicks all night, is that normal at 30 weeks?"]),
    "health_anxiety": (["been reading about als every night for 2 months since my twitches started"],
                       ["I read about ALS once last year, what are its first signs?"]),
    "medicine_wearing_off": (["dads parkinsons tablets wear off before the next dose, his legs shake and stiffen"],
                             ["how long does levodopa take to wear off after the last dose?"]),
    "faint_during_exercise": (["my 16 year old fainted halfway through her cross country race, came round in seconds",
                               "during the match he just collapsed on the pitch, he was up again quickly",
                               "I passed out while running on the treadmill"],
                              ["got cramp in my foot while swimming, lasted a minute",
                               "I collapsed on the sofa after my marathon and slept for 12 hours",
                               "my daughter fainted when she had a blood test and was fine after",
                               "felt a bit faint during a hot run, is that dehydration?"]),
    "toe_walking": (["my 5 year old walks on her tiptoes nearly all the time"],
                    ["my 5 year old walked on tiptoe to sneak up on me, so cute"]),
    "foot_drop": (["my right foot slaps down when I walk and I keep tripping over it",
                   "for a month I've been catching my toes on the stairs"],
                  ["is it normal to trip over my own feet when I'm tired?"]),
    "tetanus_signs": (["cut my foot on a rusty gate last week and now my jaw is stuck, I can barely open my mouth"],
                      ["what are the signs of tetanus, like lockjaw?", "I clench my jaw at night, any tips?"]),
    "numbness_persistent": (["both my feet have had pins and needles for a few months now"],
                            ["my leg went numb for a few seconds after sitting cross-legged"]),
    "muscle_wasting": (["the muscle at the base of my thumb looks flatter than the other hand",
                        "my dad is struggling with his buttons and his thigh muscles have shrunk"],
                       ["how do I build calf muscle?", "my boss is gonna kill me if I'm late again"]),
}

# The rules of triage_rules_general: examples from the development catalogue and sets Q and R.
EXAMPLES.update({name: (pair[0], pair[1]) for name, pair in
                 json.loads((DATA / "triage_rule_examples.json").read_text()).items()})


def test_every_rule_has_examples() -> None:
    assert {rule.name for rule in RULES} == set(EXAMPLES)


def test_rule_and_finding_names_are_unique_across_their_files() -> None:
    # The tables are split over several files and merged into one dict: a name defined twice
    # would silently replace the first definition.
    from qa import (
        triage_lexicon,
        triage_lexicon_aftercare,
        triage_lexicon_body,
        triage_lexicon_general,
        triage_lexicon_injury,
        triage_lexicon_labs,
        triage_lexicon_medicines,
        triage_lexicon_named,
        triage_lexicon_pictures,
        triage_lexicon_pregnancy,
    )
    from qa.triage_patterns import PATTERNS

    # (the word-order patterns too: a lexicon finding of the same name was silently replaced by one)
    tables = [triage_lexicon.FINDINGS, triage_lexicon_body.BODY_FINDINGS, triage_lexicon_general.GENERAL_FINDINGS,
              triage_lexicon_pictures.PICTURE_FINDINGS, triage_lexicon_aftercare.AFTERCARE_FINDINGS,
              triage_lexicon_labs.LAB_FINDINGS, triage_lexicon_pregnancy.PREGNANCY_FINDINGS,
              triage_lexicon_named.CONDITIONS, triage_lexicon_medicines.MEDICINE_FINDINGS,
              triage_lexicon_injury.INJURY_FINDINGS, PATTERNS]
    names = [name for table in tables for name in table]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
    rule_names = [rule.name for rule in RULES]
    assert len(rule_names) == len(set(rule_names))


@pytest.mark.parametrize("rule", list(EXAMPLES))
def test_rule_fires_on_its_examples(rule: str) -> None:
    for question in EXAMPLES[rule][0]:
        assert rule in [r.name for r in matching_rules(question)], question


@pytest.mark.parametrize("rule", list(EXAMPLES))
def test_rule_leaves_near_misses_alone(rule: str) -> None:
    for question in EXAMPLES[rule][1]:
        assert rule not in [r.name for r in matching_rules(question)], question


def test_every_rule_combination_names_known_findings() -> None:
    from qa.triage import _matchers

    known = set(_matchers()) | {"twitch_many_sites", "worsening_recent"}
    for rule in RULES:
        for combo in rule.combos:
            assert {p.strip() for p in combo.lstrip("*").split("+")} <= known, (rule.name, combo)


def test_the_most_severe_rule_wins() -> None:
    notice = triage("my calf has twitched for weeks and now I have chest pain")
    assert notice is not None and notice.level == "emergency" and notice.rule == "heart_attack"
    assert SEVERITY["emergency"] > SEVERITY["urgent"] > SEVERITY["soon"]


@pytest.mark.parametrize(("question", "finding", "affirmed"), [
    ("no chest pain but my calf is red, hot and swollen", "swollen", True),
    ("no chest pain but my calf is red, hot and swollen", "chest", False),
    ("no swelling, redness or heat in the leg", "red_hot", False),
    ("what should I do if my calf is swollen", "swollen", True),  # a report dressed as a question
    ("what are the warning signs of a swollen calf", "swollen", False),
    ("I had a stroke 8 years ago", "stroke_named", False),
    ("my dog is having a seizure", "seizure", False),
    ("on my first aid course they said look for a drooping face", "droop", False),
    ("the chest pain has gone now", "pain", False),
    # the amount that would kill, asked: the question is the crisis
    ("how many sleeping tablets would it take to not wake up", "lethal_dose_asked", True),
    ("in the film she asked how many pills it takes to die", "lethal_dose_asked", False),
    # a lump measured twice grows, though the first measure was months ago
    ("a lump on my arm in march, it measured 1cm then, now its 2.5cm", "growing", True),
    # a dose with its unit is no count of tablets
    ("I take 1000 IU vitamin D a day", "overdose", False),
    ("I took 30 paracetamol", "overdose", True),
    # a negation of the person's norm denies nothing after it
    ("today he is confused, which he never is, shaking with chills", "fever", True),
    ("banged my thigh on the car door, didnt hit my head", "head_blow", False),
    # a fear named is no finding: "i still worry its a seizure"
    ("my neuro said they are normal sleep starts but i still worry its a seizure", "seizure", False),
    # what "used to" be ends where the present is told
    ("my migraines used to be monthly, past 2 months theyre 3 times a week and im taking painkillers most days",
     "painkillers_most_days", True),
    ("compared to last year im always thirsty", "thirst", True),
    # a time since is no length: "woke me about 20 mins ago but its gone now"
    ("calf cramp woke me up about 20 mins ago but its gone now", "long_cramp", False),
    ("cramp in my calf started over 2 hours ago and it still wont let go", "long_cramp", True),
    ("numb from the belly button down and my legs are weak", "sensory_level", True),
])
def test_context_of_a_finding(question: str, finding: str, affirmed: bool) -> None:
    assert (finding in findings(question)) is affirmed


def test_typos_are_folded_but_real_words_are_not_changed() -> None:
    assert correct_typos("brething is hard and my leg is twiching") == "breathing is hard and my leg is twitching"
    assert correct_typos("i keep dropping things") == "i keep dropping things"


def test_emergency_messages_say_to_call_now_and_self_harm_names_a_crisis_line() -> None:
    for rule in RULES:
        if rule.level == "emergency":
            assert "emergency number" in rule.message, rule.name
    suicide = next(r for r in RULES if r.name == "suicide_self_harm")
    assert "988" in suicide.message and "116 123" in suicide.message


@pytest.mark.parametrize("question", [
    "my leg twitches after coffee", "why does my calf cramp at night", "Can flat feet cause leg twitching?",
    "is magnesium good for cramps?", "", "?!", "x" * 10_000, "chest " * 3000,
])
def test_ordinary_questions_get_no_notice(question: str) -> None:
    assert triage(question) is None


def test_learned_layer_raises_a_level_it_is_sure_of_and_never_lowers_one() -> None:
    from qa.triage_semantic import LearnedTriage

    # Two dimensions: the first pushes towards "emergency", the second towards "none".
    weights = np.array([[0.0, 0.0, 0.0, 8.0], [8.0, 0.0, 0.0, 0.0]])
    learned = LearnedTriage(weights, np.zeros(4), "fp", threshold=0.8)
    alarming, calm = np.array([1.0, 0.0], dtype=np.float32), np.array([0.0, 1.0], dtype=np.float32)
    notice = triage("my dad is not himself at all", alarming, learned)
    assert notice is not None and notice.level == "emergency" and notice.source == "similar"
    assert "emergency number" in notice.message
    assert triage("my dad is not himself at all", calm, learned) is None
    # The table's notice stands when the classifier is unsure: it never lowers a level.
    unsure = np.array([0.0, 0.1], dtype=np.float32)
    kept = triage("my calf is red, hot and swollen", unsure, learned)
    assert kept is not None and kept.level == "urgent" and kept.source == "rules"
    # Sure the question is ordinary, it withdraws the table's notice, but never a crisis one.
    assert triage("my calf is red, hot and swollen", calm, learned) is None
    crisis = triage("i have saved up my pills and i am going to end my life tonight", calm, learned)
    assert crisis is not None and crisis.rule == "suicide_self_harm"
    # A vector of another model's size is ignored rather than misread.
    assert learned.closest(np.ones(3, dtype=np.float32)) is None


def test_learned_layer_fits_separable_data_and_round_trips(tmp_path) -> None:
    from qa.triage_semantic import fit, load, save

    rng = np.random.default_rng(0)
    centres = np.eye(4, 8)
    x = np.vstack([c + 0.05 * rng.standard_normal((20, 8)) for c in centres]).astype(np.float32)
    y = np.repeat(np.arange(4), 20)
    model = fit(x, y, fingerprint="abc", iterations=500)
    assert all(int(np.argmax(model.probabilities(v))) == label for v, label in zip(x, y, strict=True))
    save(model, tmp_path / "m.npz")
    assert load("abc", tmp_path / "m.npz") is not None
    assert load("another model", tmp_path / "m.npz") is None  # trained for other vectors
    (tmp_path / "bad.npz").write_bytes(b"not numpy")
    assert load("abc", tmp_path / "bad.npz") is None


def test_shipped_learned_layer_is_for_the_bundled_model() -> None:
    from index.embedder import resolve_model
    from index.settings import BUNDLED_MODEL
    from qa.triage_semantic import WEIGHTS, load

    _, _, fingerprint = resolve_model(BUNDLED_MODEL)
    model = load(fingerprint)
    assert WEIGHTS.is_file() and model is not None and model.weights.shape == (384, 4)


def test_scorer_counts_levels_and_separates_under_from_over_triage(tmp_path) -> None:
    cases = [TriageCase("a", "q", "emergency"), TriageCase("b", "q", "urgent"), TriageCase("c", "q", None),
             TriageCase("d", "q", "soon")]
    from qa.triage import Notice

    got = [Notice("urgent", "x", ""), Notice("emergency", "x", ""), Notice("soon", "x", ""), None]
    report = score(cases, got)
    assert report.emergencies_caught == 0 and report.red_flags_caught == 1 and report.false_alarms == 1
    assert report.under == ["a: emergency -> urgent", "d: soon -> none"]
    assert report.over == ["b: urgent -> emergency", "c: none -> soon"]
    assert "emergencies caught at their level   0/1" in format_report(report, "t")
    path = tmp_path / "set.jsonl"
    path.write_text('{"id": "1", "question": "q", "level": null}\n')
    assert is_triage_file(path) and load_cases(path)[0].level is None
    path.write_text('{"id": "1", "question": "q", "level": "later"}\n')
    with pytest.raises(Exception, match="level must be one of"):
        load_cases(path)


LABELLED = ["triage_dev", "triage_test", "triage_blind", *numbered_sets(DATA, "triage_blind", 2)]


def test_no_numbered_set_is_missing() -> None:
    # The list is read from the folder: a set deleted by mistake must still fail, as a fixed range did.
    numbers = [int(name.removeprefix("triage_blind")) for name in numbered_sets(DATA, "triage_blind", 2)]
    assert numbers == list(range(2, 2 + len(numbers))) and len(numbers) >= 113
    assert set(PINNED) <= set(LABELLED)
# Over-warning accepted (the safer mistake): suspected pre-eclampsia (urgent) given emergency, as a
# suddenly swollen face with flashing lights also reads as a stroke or an allergy.
# Two older sets labelled a stiff or locking jaw after a wound "urgent"; the NHS sends tetanus signs
# to A&E, as the set written last did, so they are given emergency.
# A foot that slaps down and catches the kerb (or the carpet) for weeks reads as worsening weakness (urgent) where the
# writer asked for a check-up soon.
# A 5-month-old with 39.2C feeding less reads as meningitis (baby + fever + unwell), where the
# writer asked for a doctor today.
# Low calcium with tingling and cramping hands after thyroid surgery: set P asked for an emergency
# (laryngeal spasm can follow), set K for a doctor today; it is given emergency.
# Retinal detachment signs (a shadow with new floaters and flashes) are given emergency where set P
# asked for urgent eye care; blood seen once in the urine reads as rhabdomyolysis (urgent).
# An 80-year-old with three days of diarrhoea, "barely passing any urine" and very sleepy is given an emergency
# (dehydration with drowsiness) where set H asked for urgent. An 84-year-old on the floor for hours whose pee has
# gone dark is given an emergency (a long lie) where set L asked for urgent; so is set N's. Vomiting with no
# water kept down, little or no urine and nearly fainting on standing is an emergency (set BM asked so) where
# sets I and K asked for urgent.
# Thighs (or quads, calves, arms) gone rock hard and swollen after a hard session, with urine like cola: nineteen older
# sets asked for a doctor today, most sets since (AK, CZ, DJ, DY, EC, EE, EH, EJ) for an emergency; it is given
# emergency (pressure building in the muscle), in the plural too since set EH.
# (triM-081, since a medicine named as started counts as new: "Started amlodipine last month and the leaflet lists
# muscle cramps… I haven't had any yet" reads the leaflet's cramps as had; reading a leaflet as quoted silenced real
# reactions told after it, so it was not done)
KNOWN_OVER = {"triC-035", "ttest-024", "tb2-016", "triM-109", "triN-039", "triK-087", "triP-034", "triP-055",
              "triH-036", "triL-088", "triN-027", "triI-081", "triK-072", "triF-018",
              "tCX-022", "tAR-060", "triC-024", "tBT-005", "tBX-017", "tCB-059", "tCS-059", "tAY-017", "triE-009",
              "triD-027", "triF-026", "triH-086", "triI-061", "triJ-029", "tBM-079", "tBQ-016", "tBZ-032", "tCQ-022",
              "tDE-035", "triM-081"}


@pytest.mark.parametrize("name", LABELLED)
def test_labelled_questions(name: str) -> None:
    cases = load_cases(DATA / f"{name}.jsonl")
    assert sum(c.level is not None for c in cases) >= 15 and sum(c.level is None for c in cases) >= 15
    report = score(cases, [triage(c.question) for c in cases])
    under, over = PINNED.get(name, (frozenset(), frozenset()))
    assert {label.split(":")[0] for label in report.under} <= under, report.under
    assert {label.split(":")[0] for label in report.over} <= KNOWN_OVER | over, report.over


# Sets Q and R (blind19, blind20), kept as they were after their first run and one round of general
# fixes: what the rule table alone still misses or over-warns is pinned here, so a change can only
# shrink these lists (the learned layer catches some of the misses: see tests/data/triage_README.md).
PINNED: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "triage_blind19": (frozenset({"tQ-036"}),
                       frozenset({"tQ-052", "tQ-061", "tQ-092", "tQ-103", "tQ-117"})),
    "triage_blind20": (frozenset({"tR-116"}),
                       frozenset({"tR-033", "tR-042", "tR-063", "tR-070", "tR-092", "tR-111", "tR-118"})),
    # Sets S and T (blind21, blind22), after their first run and one round of general fixes: no red flag
    # missed by the table alone; over-warnings kept: crisis thoughts without a plan (the crisis notice),
    # flashes with new floaters, a blocked catheter, twitching with a weak hand, pink urine at 62, red urine
    # after beetroot; two ordinary questions the learned layer silences (a paramedic "keeps talking about"
    # cauda equina; can flashing lights in games give someone a seizure).
    "triage_blind21": (frozenset(), frozenset({"tS-036", "tS-087"})),
    "triage_blind22": (frozenset(), frozenset({"tT-006", "tT-030", "tT-089", "tT-098"})),
    # Sets U and V (blind23, blind24), after their first run and one round of general fixes. Missed by the
    # table alone: more frequent fits in someone with epilepsy, erectile trouble with high blood pressure
    # (soon). Over-warnings kept: an overdose of pre-workout "6 hours later I feel completely normal",
    # Bell's palsy read as a stroke, shingles by the eye read as a stroke, quinsy that stops the mouth
    # opening read as tetanus, pink urine after runs (urgent), hyperemesis with cola urine, a diagnosed
    # Raynaud's, a father kept in a coma after a crash (the learned layer silences two of them).
    "triage_blind23": (frozenset(), frozenset({"tU-011", "tU-034", "tU-038", "tU-060"})),
    "triage_blind24": (frozenset({"tV-078"}),
                       frozenset({"tV-012", "tV-047", "tV-114", "tV-118"})),
    # Sets W and X (blind25, blind26), after their first run and one round of general fixes: no red flag missed
    # by the table alone. Over-warnings kept: bruises that cannot be explained (urgent, asked soon), numb pale
    # feet for weeks read as an ischaemic limb, thoughts of suicide without a plan (the crisis notice),
    # quinsy that stops the mouth opening read as tetanus, pink urine once (urgent).
    "triage_blind25": (frozenset(), frozenset({"tW-049", "tW-079"})),
    "triage_blind26": (frozenset(), frozenset({"tX-001", "tX-045", "tX-062"})),
    # Sets Y and Z (blind27, blind28), after their first run and one round of general fixes. Missed by the table
    # alone (soon): stress incontinence, severe acne, recurrent thrush. Over-warnings kept: new confusion read as
    # a stroke, blood once in the urine (urgent), a chest infection with green phlegm read as an obstruction,
    # "better off not waking up" (the crisis notice), flashes and floaters, heart failure breathless lying flat,
    # suicidal thoughts without a plan, a toddler who ate play-doh "totally fine" (a poison stays a poison).
    "triage_blind27": (frozenset(), frozenset({"tY-002", "tY-026", "tY-043", "tY-056", "tY-057", "tY-082"})),
    "triage_blind28": (frozenset({"tZ-046", "tZ-057"}), frozenset({"tZ-034", "tZ-088"})),
    # Sets AA and AB (blind29, blind30), after their first run and one round of general fixes. Missed by the table
    # alone: constipation for weeks (soon). Over-warnings kept: sugars in the twenties with weakness (emergency),
    # twitching with a weakening hand (urgent), blood twice in the urine (urgent), low calcium after thyroid
    # surgery (emergency, as set P asked), a twitch for months already diagnosed benign (soon).
    "triage_blind29": (frozenset({"tAA-044"}), frozenset({"tAA-022", "tAA-036", "tAA-038"})),
    "triage_blind30": (frozenset(), frozenset({"tAB-013"})),
    # Sets AC and AD (blind31, blind32), after their first run and one round of general fixes. Missed by the table
    # alone: sawdust still felt in the eye, hearing lost slowly over years, and three long rambling messages (a
    # child's limp with fever after sports day, prostate symptoms, a cough after a trip) whose picture is spread
    # over 100 words; the learned layer catches some. Over-warnings kept, mostly in long stories whose alarming
    # words belong to a past week or another person.
    "triage_blind31": (frozenset({"tAC-045", "tAC-079"}), frozenset()),
    "triage_blind32": (frozenset({"tAD-084"}),
                       frozenset({"tAD-030", "tAD-033", "tAD-050", "tAD-068", "tAD-071"})),
    # Sets AE and AF (blind33, blind34), after their first run and one round of general fixes. Missed by the table
    # alone: exertional rhabdomyolysis with swollen, agonising thighs that set AE asked to be an emergency (six
    # earlier sets asked for a doctor today, which the table keeps), pink urine once a week ago, a one-sided
    # hiss in the ear for months. Over-warnings kept: thoughts of suicide or self-harm without a plan (the crisis
    # notice), cramps of 15-20 minutes several times a week (urgent), sciatica in both legs read as cauda
    # equina, flashes with new floaters (emergency), lumps under both nipples in puberty (soon).
    "triage_blind33": (frozenset({"tAE-072"}), frozenset({"tAE-011", "tAE-016"})),
    "triage_blind34": (frozenset({"tAF-016", "tAF-028"}), frozenset({"tAF-021", "tAF-032", "tAF-034"})),
    # Sets AG and AH (blind35, blind36), after their first run and one round of general fixes. Missed by the table
    # alone: early-morning dystonia in Parkinson's (soon), a larva migrans track after a barefoot beach walk
    # (soon). Over-warnings kept: steroid weakness read as worsening weakness (urgent), heart failure with
    # breathlessness lying flat (emergency), tingling lips after thyroid surgery and digoxin toxicity with
    # haloes (emergency), statin aches that "have gone" (soon: the resolution is 14 words after the aches),
    # severe sunburn with shivering (emergency), a cold-air wheeze that settles (emergency), a finger that
    # cannot bend after a deep cut (emergency).
    "triage_blind35": (frozenset({"tAG-098"}), frozenset({"tAG-040", "tAG-063", "tAG-075", "tAG-078"})),
    "triage_blind36": (frozenset({"tAH-063"}), frozenset({"tAH-021", "tAH-070", "tAH-075"})),
    # Sets AI and AJ (blind37, blind38), after their first run and one round of general fixes. Below their label,
    # kept at urgent as the NHS advises (call the maternity unit or 111 now) and eleven earlier labels ask:
    # pre-eclampsia signs and a 165/110 reading in pregnancy, no baby movements today, waters breaking at 30
    # weeks, rhabdomyolysis with swollen thighs and cola urine (AI asked for emergencies). Over-warnings kept:
    # a child drinking little with one wet nappy (emergency), a child's wrist that will not move read as a
    # stroke, a quinsy read as tetanus, an asthma reliever every 3-4 hours read as breathing trouble, suicidal
    # thoughts without a plan (the crisis notice), gradual shoulder-girdle weakness read as worsening, pink
    # urine twice read as rhabdomyolysis, newborn jaundice with a sleepy baby, a slowly swollen warm testicle
    # read as torsion, a 6-week-old's passing squint (soon), urethral discharge read as pregnancy (urgent).
    "triage_blind37": (frozenset({"tAI-007", "tAI-046"}),
                       frozenset({"tAI-028", "tAI-056", "tAI-063", "tAI-064", "tAI-068"})),
    "triage_blind38": (frozenset({"tAJ-010", "tAJ-012", "tAJ-048", "tAJ-087"}),
                       frozenset({"tAJ-021", "tAJ-057", "tAJ-063", "tAJ-064", "tAJ-065", "tAJ-085"})),
    # Sets AK and AL (blind39, blind40), after their first run and one round of general fixes. Below its label:
    # rhabdomyolysis with swollen, rock-hard thighs and cola urine (AK asked for an emergency; urgent kept, as
    # above). Over-warnings kept: an Achilles rupture and tingling lips after thyroid surgery (emergency),
    # twitching with a weakening foot (urgent), shingles, a quinsy, a toddler with no wet nappy since lunch,
    # suicidal thoughts without a plan (emergency); and (soon) twitches everywhere for four days, twitching back
    # after a benign diagnosis two years ago, a calf twitch with a stiff back.
    "triage_blind39": (frozenset({"tAK-020"}),
                       frozenset({"tAK-023", "tAK-039", "tAK-057", "tAK-059", "tAK-078"})),
    "triage_blind40": (frozenset(), frozenset({"tAL-026", "tAL-030", "tAL-033", "tAL-037"})),
    # Sets AM and AN (blind41, blind42), after their first run and one round of general fixes. Missed by the table
    # alone: hypoglycaemia without warning signs three times a month, a bulge beside a stoma (soon). Over-warnings
    # kept: a bed-bound resident's swollen calf and a quinsy (emergency), "nobody has … trouble breathing" (the
    # negation's seven words end before it), calf cramps that eased within 20 minutes (a long cramp), ketones
    # 1.8 on a sick day and more frequent seizures (emergency), an epileptic asking what colleagues should do
    # "if I have a seizure" (the learned layer withdraws it), a single night cramp on metformin (soon).
    "triage_blind41": (frozenset(), frozenset({"tAM-022", "tAM-030", "tAM-059"})),
    "triage_blind42": (frozenset({"tAN-027", "tAN-028"}), frozenset({"tAN-011", "tAN-047", "tAN-058"})),
    # Sets AO and AP (blind43, blind44), after their first run and one round of general fixes: the table
    # calls an emergency where AP asked for today (vomiting with no wind or poo after bowel surgery, a
    # muddled grandmother with a strong-smelling wee, no pee for hours after a hernia repair).
    "triage_blind44": (frozenset(), frozenset({"tAP-001", "tAP-025", "tAP-040"})),
    # Sets AQ and AR (blind45, blind46), the same way: the table calls an emergency where they asked for
    # today (a care-home resident newly muddled and seeing things, read as a stroke; purple spots that do
    # not fade on quinine, read as meningitis; heart failure more breathless; fainting twice with skipped
    # beats after months of 600 calories a day) or today where they asked for weeks (twitching with a
    # hand weaker over four months; a knee that locks a month after a twist).
    "triage_blind45": (frozenset(), frozenset({"tAQ-023", "tAQ-025", "tAQ-049", "tAQ-056"})),
    "triage_blind46": (frozenset(), frozenset({"tAR-053", "tAR-074"})),
    # Sets AS and AT (blind47, blind48), the same way: over-warnings kept where the table is cautious
    # (tingling round the mouth after a thyroid operation; a pad an hour in heavy periods; a teenager's
    # thoughts of dying without a plan get the crisis notice; vomiting twice after a head bump; a month of
    # morning stiffness read as a cramp over an hour; bone pain in one leg read as a clot), and one false
    # alarm the table still gives: a toddler's rash that fades under a glass, after a fever "last week".
    "triage_blind47": (frozenset(), frozenset({"tAS-053", "tAS-067"})),
    "triage_blind48": (frozenset(), frozenset({"tAT-003", "tAT-010", "tAT-013", "tAT-021", "tAT-040"})),
    # Sets AU and AV (blind49, blind50), the same way: a whole half of the face that will not move is read as
    # a stroke (AV asked for today: Bell's palsy, which only a doctor can tell apart); a shadow creeping over
    # the sight after new floaters gets the emergency the table gives retinal detachment; thoughts that
    # everyone would be better off without him, with no plan, get the crisis notice.
    "triage_blind49": (frozenset(), frozenset({"tAU-072"})),
    "triage_blind50": (frozenset(), frozenset({"tAV-001", "tAV-068"})),
    # Sets AW and AX (blind51, blind52), the same way: three "soon" pictures the table alone still misses and
    # the learned layer catches (legs shaking on standing, worse over months; shoulders and hips stiff every
    # morning at 70; a resting tremor with small steps and a still face); over-warnings kept: a black
    # smelly diabetic toe read as sepsis, thoughts of ending things given the crisis notice, tingling lips
    # after a thyroid operation, legs giving way with two falls, both ankles swelling for weeks as a clot.
    "triage_blind51": (frozenset({"tAW-028", "tAW-080"}), frozenset({"tAW-013", "tAW-021", "tAW-036", "tAW-070"})),
    "triage_blind52": (frozenset({"tAX-041"}), frozenset()),
    # Set AY (blind53): thighs and arms slowly weaker over six weeks is left to the learned layer; a sudden
    # tearing calf pain read as a torn artery, twitching with a slapping foot read as weakness to see today.
    "triage_blind53": (frozenset({"tAY-080"}), frozenset({"tAY-007"})),
    # Sets AZ and BA (blind54, blind55): Parkinson's off-period dystonia is left to the learned layer; over-warnings
    # kept: "I don't have either" (weakness or breathlessness on immunotherapy) is no negation the table reads,
    # ketones of 2.1 read as ketoacidosis, low calcium after a thyroid operation and new muddle with cirrhosis
    # called emergencies, a safety talk's "chest pain could be your heart", thoughts of not waking up given the
    # crisis notice, and four pictures raised one level (heavy varicose legs, frostnip, solvent neuropathy,
    # twitching with a weakening hand).
    # (tAZ-063: calf cramping at night since dapagliflozin was started is read as worth a medicine review)
    "triage_blind54": (frozenset({"tAZ-065"}), frozenset({"tAZ-004", "tAZ-049", "tAZ-056", "tAZ-063"})),
    "triage_blind55": (frozenset(), frozenset({"tBA-003", "tBA-018", "tBA-037", "tBA-049"})),
    # Sets BB and BC (blind56, blind57): health anxiety taking over a life and low mood with early waking are left to
    # the learned layer; over-warnings kept where the reassurance sits sentences away from the symptom (a panic
    # attack "calmed down… I feel normal today", an arm numb from sleeping on it, a cramp "gone after I
    # stretched" asked about as a clot), twitching for two weeks (the NHS says see a GP), a cut toenail with
    # foot cramp read as tetanus, legs jerking every 20 seconds in sleep read as a seizure, and raised levels.
    "triage_blind56": (frozenset({"tBB-067"}),
                       frozenset({"tBB-006", "tBB-010", "tBB-015", "tBB-018", "tBB-022", "tBB-023",
                                  "tBB-031", "tBB-038", "tBB-050", "tBB-058", "tBB-072", "tBB-076", "tBB-078"})),
    "triage_blind57": (frozenset({"tBC-030"}),
                       frozenset({"tBC-006", "tBC-022", "tBC-042", "tBC-047", "tBC-052", "tBC-069"})),
    # Sets BD, BE and BF (blind58-60): care already given, then a change; long messages with the symptom or the
    # reassurance anywhere. Left to the learned layer: a lump "definitely bigger" than in October that a nurse
    # once called a cyst, weight loss told as "lost nearly a stone", kidney pain in the side during a UTI, a
    # mole grown darker and uneven. Over-warnings kept: twitching after a neurologist's normal EMG that "still"
    # comes and goes, carpal tunnel numbness while waiting for the nerve test, a cramp that lasted two hours, a
    # node "gone right down" told three sentences after it, an arm numb from sleeping on it with a grandad's stroke.
    "triage_blind58": (frozenset(), frozenset({"tBD-070", "tBD-072", "tBD-077"})),
    "triage_blind59": (frozenset({"tBE-053"}),
                       frozenset({"tBE-017", "tBE-022", "tBE-038", "tBE-052", "tBE-054"})),
    # Sets BG and BH (blind61, blind62): children after a GP, 111 or a pharmacist; a test result or a
    # professional's opinion with symptoms. Left to the learned layer or missed: five days of fever in a boy
    # given Calpol ("day 5"), late walking at 19 months, toe walking at 5, a limp for two months, twitching for
    # six weeks told a sentence after the twitch. Over-warnings kept: twitching "still there"
    # after a neurologist's normal EMG, aching on a statin with a normal CK, a normal exam for three weeks of
    # twitching, and others told with a reassurance.
    "triage_blind61": (frozenset({"tBG-004", "tBG-007", "tBG-019", "tBG-032", "tBG-063"}),
                       frozenset({"tBG-018", "tBG-034", "tBG-078"})),
    "triage_blind62": (frozenset(), frozenset({"tBH-032", "tBH-038", "tBH-043", "tBH-049", "tBH-069",
                                               "tBH-076"})),
    # Sets BI and BJ (blind63, blind64): people over 70 writing for themselves; who has what and when. Left to
    # the learned layer: spotting 25 years after the menopause told as "I thought all that had finished", pink
    # urine that "cleared up"; over-warnings kept where a heart attack or a fit is someone else's story.
    "triage_blind63": (frozenset({"tBI-012", "tBI-069"}),
                       frozenset({"tBI-014", "tBI-015", "tBI-018", "tBI-019", "tBI-054"})),
    "triage_blind64": (frozenset(), frozenset({"tBJ-008", "tBJ-063"})),
    # Sets BK and BL (blind65, blind66): a week of the site's search box; asking about a red flag versus having
    # it. Over-warnings kept: low calcium after thyroid surgery (emergency, as set P asked), an evening ache and
    # ankle swelling with varicose veins read as a clot (urgent).
    "triage_blind65": (frozenset(), frozenset({"tBK-020", "tBK-067"})),
    "triage_blind66": (frozenset(), frozenset({"tBL-022"})),
    # Sets BM and BN (blind67, blind68): months or years of twitching and cramps; medicines and supplements.
    # Over-warnings kept: thoughts of being a burden without a plan (the crisis notice), low calcium after
    # thyroid surgery, choking on drinks getting worse,
    # a potassium of 2.5 with weakness (emergency), a year of a twitch diary never checked (soon); a toddler who
    # may have swallowed one blood pressure tablet and one given two vitamin gummies (a poison stays a poison),
    # cramps on furosemide for ankle swelling read as a clot.
    "triage_blind67": (frozenset(), frozenset({"tBM-018", "tBM-031", "tBM-056", "tBM-062", "tBM-067"})),
    "triage_blind68": (frozenset(), frozenset({"tBN-076", "tBN-077", "tBN-078"})),
    # Sets BO and BP (blind69, blind70): sport and physical work; phone-typed messages. Over-warnings kept: low
    # calcium after thyroid surgery (emergency), choking on drinks and a slurring voice over months read as an
    # airway emergency (asked soon, with a twitching tongue: worth a neurologist soon).
    "triage_blind70": (frozenset(), frozenset({"tBP-056", "tBP-059"})),
    # Sets BQ and BR (blind71, blind72): carers of older people; typed in the middle of the night. Over-warnings
    # kept (all to the safer side): new delirium with no fever read as dehydration with drowsiness, a forgotten fall
    # with a lump, a catheter draining nothing with a hard tummy, a frail fall who grimaces on weight (a hip),
    # acute glaucoma, low calcium after thyroid surgery, a man unable to pass urine for hours, a drunk fall
    # knocked out (emergency); four months of a wasting, weakening calf (urgent); "what would a DVT feel like if
    # I got one" (the learned layer silences it).
    "triage_blind71": (frozenset(), frozenset({"tBQ-010", "tBQ-020", "tBQ-062", "tBQ-068", "tBQ-074"})),
    "triage_blind72": (frozenset(), frozenset({"tBR-001", "tBR-022", "tBR-030", "tBR-078"})),
    # Sets BS and BT (blind73, blind74): living with a long-term neurological condition; gym, diet and supplement
    # culture. Check-ups the table alone does not read (the learned layer catches some): spasticity creeping up
    # over weeks, more falls in Parkinson's, gambling on a dopamine agonist, neuropathic pain getting worse, a
    # knee that locks, mood, libido, hair and periods on steroids or when lean, a haematocrit of 54. Over-warnings
    # kept: MS cramps "same as for years" and ten years of numb diabetic feet (check-up soon), delirium read as a
    # stroke, urinary retention, a blood pressure of 192/118, hives with puffy eyelids, tarry stools and failing
    # kidneys (emergency).
    "triage_blind73": (frozenset({"tBS-025", "tBS-032", "tBS-050"}),
                       frozenset({"tBS-004", "tBS-029", "tBS-040", "tBS-065"})),
    "triage_blind74": (frozenset({"tBT-023", "tBT-028", "tBT-054", "tBT-059", "tBT-066", "tBT-074"}),
                       frozenset({"tBT-010", "tBT-055", "tBT-071", "tBT-077"})),
    # Set BU (blind75): English as a second language. Check-ups the table alone does not read (the learned layer
    # catches some): wasting of the hand "meat" with jumping arm muscles, calf pain walking 200 metres that rest
    # eases, three months of slowly weakening hips and shoulders, tiredness with cold and weight gain, bleeding
    # after the menopause told as "period is finished… again is bleeding". Over-warnings kept (urgent): cramps on
    # furosemide, a smoker's month-long cough with a little blood, a foot slapping and getting worse over a month.
    "triage_blind75": (frozenset({"tBU-014", "tBU-020", "tBU-032", "tBU-054", "tBU-072"}),
                       frozenset({"tBU-009", "tBU-047", "tBU-060"})),
    # Sets BV and BW (blind76, blind77): pregnancy, birth and women's health; people of 16 to 30. Nothing missed by
    # the table alone after their fixes. Over-warnings kept: aching varicose veins in pregnancy, night cramps and
    # restless legs most nights in pregnancy (check-ups soon, asked none), weeks of a hand weakening with twitching
    # (urgent, asked soon, twice), fainting mid-run (emergency, asked urgent), a knee giving way six weeks after a
    # pop (urgent, asked soon), legs twitchy two weeks after starting ADHD medicine.
    "triage_blind76": (frozenset(), frozenset({"tBV-034", "tBV-040", "tBV-073", "tBV-078"})),
    "triage_blind77": (frozenset(), frozenset({"tBW-013", "tBW-028", "tBW-040", "tBW-071"})),
    # Sets BX and BY (blind78, blind79): readings from watches and home devices; understated, stoical voices. Nothing
    # missed by the table alone after their fixes. Over-warnings kept: a bumped head on warfarin with no symptoms,
    # tingling lips and cramping hands days after thyroid surgery, a watch's new AF at 125-140 with mild
    # breathlessness (emergency, asked urgent), weeks of foot drop with
    # twitching (urgent, asked soon), a first BP reading of 161/97 that two later ones corrected.
    "triage_blind78": (frozenset(), frozenset({"tBX-004", "tBX-013", "tBX-049", "tBX-078"})),
    "triage_blind79": (frozenset(), frozenset({"tBY-013", "tBY-029"})),
    # Sets BZ and CA (blind80, blind81): travel and holidays; carers and support workers of adults who cannot easily
    # tell their symptoms (the first run on `4a5af2d`, kept as it is: one round of fixes for BZ only). Missed by
    # the table alone: heatstroke told as "burning hot, not sweating at all, talking nonsense" (the "not" of "not
    # sweating" reaches the confusion), a stingray barb left in the foot, altitude and travel pictures; and for CA
    # most red flags told through behaviour (refusing to walk, hitting a leg, more sleepy, off food) — the learned
    # layer catches some. Over-warnings kept: a usual seizure as the care plan describes, fully recovered, and sleep
    # starts a nurse told apart from a seizure, both read as a seizure.
    "triage_blind80": (frozenset({"tBZ-016", "tBZ-027", "tBZ-058", "tBZ-070", "tBZ-080"}),
                       frozenset({"tBZ-038", "tBZ-067"})),
    # Fixed in the next session by general causes: the heatstroke (a negation ends at "at all,"), a dog bite
    # told as "bitten on the calf by", an ankle that will not take weight after a trip, a raised phenytoin dose
    # with a drunken walk; a contact burn that blistered is now given emergency (asked urgent).
    "triage_blind81": (frozenset({"tCA-008", "tCA-027", "tCA-036", "tCA-058", "tCA-070", "tCA-080"}),
                       frozenset({"tCA-024", "tCA-031", "tCA-032"})),
    # Sets CB and CC (blind82, blind83): symptoms told only by what a person can no longer do; long chatty messages
    # with the detail that matters buried (the first run on `691eed6`, then one round of general fixes). Nothing
    # missed by the table alone after them. Over-warnings kept: a wound on a diabetic foot spreading red (sepsis,
    # asked urgent), a bumped head on apixaban (emergency, asked urgent, twice), Bell's palsy and a TIA that has
    # passed read as a stroke, low calcium after thyroid surgery (twice), fatigable weakness with slurring by evening,
    # a foot that keeps catching the rug (urgent, asked soon); ordinary questions: years of foot twitches with
    # normal strength (soon), slurring after six pints at a party, dark urine after a marathon that cleared with
    # water, and cramps on a statin taken for ten years that predate it.
    "triage_blind82": (frozenset(), frozenset({"tCB-001", "tCB-008", "tCB-019", "tCB-025", "tCB-032", "tCB-037",
                                               "tCB-042", "tCB-054", "tCB-064", "tCB-070"})),
    "triage_blind83": (frozenset(), frozenset({"tCC-024", "tCC-037", "tCC-042"})),
    # Sets CD and CE (blind84, blind85): messages dictated by voice and sent uncorrected; symptoms at or after work
    # (the first run on `696241b`, then one round of general fixes). Nothing missed by the table alone after them.
    # Over-warnings kept: low calcium after thyroid surgery, a bump on the head on warfarin or apixaban (emergency,
    # asked urgent), weakness or numbness creeping up over months (urgent, asked soon, two), frostbitten toes
    # read as an ischaemic limb, a chemical burn read as severe bleeding; two ordinary questions the learned layer
    # silences (a friend's clot after knee surgery, a video saying statins waste muscle).
    "triage_blind84": (frozenset(), frozenset({"tCD-017", "tCD-025", "tCD-029", "tCD-032", "tCD-058", "tCD-063"})),
    "triage_blind85": (frozenset(), frozenset({"tCE-030", "tCE-033", "tCE-064"})),
    # Sets CF and CG (blind86, blind87): messages framed around a medicine, a supplement or a drug; readings and
    # numbers (the first run on `ffbb9cd`, then one round of general fixes). Nothing missed by the table alone after
    # them. Over-warnings kept: a bump on the head on apixaban or rivaroxaban, low calcium after thyroid surgery
    # (emergency, asked urgent, as in CD); lithium with vomiting and a muddle is poisoning (emergency; sets R and BB
    # asked urgent, CF emergency).
    "triage_blind86": (frozenset(), frozenset({"tCF-040", "tCF-042"})),
    "triage_blind87": (frozenset(), frozenset({"tCG-055"})),
    # Sets CH and CI (blind88, blind89): a new symptom read against a long-term condition; now compared with before
    # (the first run on `43efc5b`, then one round of general fixes). Left to the learned layer: cramps "never used
    # to" and now nightly since a water tablet (the past of "used to" hides them), calf pain on walking that now
    # comes after 100 yards, not half a mile. Over-warnings kept: rising ketones read as DKA, a bump on the head on
    # apixaban, low calcium days after a thyroidectomy, sudden confusion in Parkinson's with a UTI (emergency, asked
    # urgent); thighs weaker over months on prednisolone (urgent, asked soon); a twitchy calf for hours after every
    # long run, for years (soon, asked ordinary).
    "triage_blind88": (frozenset(), frozenset({"tCH-001", "tCH-053", "tCH-062"})),
    "triage_blind89": (frozenset({"tCI-045", "tCI-061"}), frozenset({"tCI-024", "tCI-035", "tCI-054"})),
    # Set CJ (blind90): messages sent late at night, alone or looking after someone (first run on `6b4b787`: every red
    # flag caught with the learned layer; one round of fixes for what the table alone missed). Over-warnings kept:
    # a muddled 82-year-old on a diuretic drinking loads in the heat (heatstroke, emergency; asked urgent), a bump on
    # the back of the head on apixaban (emergency, asked urgent).
    "triage_blind90": (frozenset(), frozenset({"tCJ-020", "tCJ-055"})),
    # Sets CL (blind91: what to do next — drive, fly, work — with the symptom as background) and CM (blind92: after an
    # injury or accident), first runs on `360be24`, then one round of general fixes. Over-warnings kept: a bump on the
    # head on warfarin or apixaban with no other sign (emergency, asked urgent), a toddler's blistered palm from an oven
    # door (a child's burn: emergency, asked urgent).
    "triage_blind91": (frozenset(), frozenset({"tCL-054"})),
    "triage_blind92": (frozenset(), frozenset({"tCM-007", "tCM-032"})),
    # Sets CN (blind93: laid out as a form, a checklist or pasted notes) and CO (blind94: told through metaphors and
    # similes), first runs on `b8b7c5f`, then one round of general fixes. Over-warnings kept: tingling and cramps days
    # after parathyroid surgery (low calcium: emergency, asked urgent), a bump on the head on apixaban or warfarin
    # (emergency, asked urgent, one in each set), "just curious, not about me" before questions on ALS (a twitch read
    # as one's own: soon; "not about me" is not read, as it also opens a message about someone else's emergency), a
    # friend's dad who "had cauda equina" (emergency, asked ordinary), twitches all over for a week, no weakness (soon).
    "triage_blind93": (frozenset(), frozenset({"tCN-020", "tCN-036", "tCN-054"})),
    "triage_blind94": (frozenset(), frozenset({"tCO-013", "tCO-026", "tCO-038"})),
    # Set CP (blind95: the timing and order of events decide), first run on `82520c4`, then one round of fixes.
    # Over-warnings kept: a bump on the head on warfarin (emergency, asked urgent), cramps and tingling on and off two
    # months after a thyroidectomy (low calcium: emergency, asked soon), twitches in three places for two weeks with no
    # weakness (soon, asked ordinary), "my friend's dad's heart attack started with arm pain" (a story, read as one).
    "triage_blind95": (frozenset(), frozenset({"tCP-011", "tCP-012", "tCP-036", "tCP-038"})),
    # Sets CQ (blind96: talking to the site, quoting it back), CR (blind97: the everyday mix the site receives) and CS
    # (blind98: a family member writing about someone else), first runs on `4a48363` (CQ) and `1acb64b`, then fixes.
    # Over-warnings kept: a bump on the head on warfarin or apixaban (emergency, asked urgent: three sets in a row),
    # tingling and clawed hands days after a thyroidectomy (low calcium: emergency, asked urgent), one-sided shin pain
    # at night for three weeks in a 13-year-old (read as a clot, asked soon).
    "triage_blind96": (frozenset(), frozenset({"tCQ-004", "tCQ-029"})),
    "triage_blind97": (frozenset(), frozenset({"tCR-053"})),
    "triage_blind98": (frozenset(), frozenset({"tCS-025", "tCS-038", "tCS-054"})),
    # Sets CT (blind99: sport and exercise) and CU (blind100: several complaints in one message), first runs on
    # `29bcec2`, then fixes. Over-warnings kept: a head bump on apixaban or rivaroxaban (emergency, asked urgent),
    # clashed heads with a headache, nausea and light hurting the next day (emergency, asked urgent), clawed hands
    # after a thyroidectomy (emergency, asked urgent).
    "triage_blind99": (frozenset(), frozenset({"tCT-011", "tCT-042"})),
    "triage_blind100": (frozenset(), frozenset({"tCU-001", "tCU-038"})),
    # Sets CV (blind101: living with a long-term condition) and CW (blind102: English as a second language), first
    # runs on `763b7d0`, then fixes. Over-warnings kept: sudden confusion and hallucinations with a urine infection
    # in Parkinson's (delirium, emergency; asked urgent), a head bump on Xarelto (emergency; asked urgent), "what do
    # i do if he can't swallow" (read as now), "heard calf pain can be a clot… what are the signs" (the learned
    # layer silences it).
    "triage_blind101": (frozenset(), frozenset({"tCV-004", "tCV-011", "tCV-040"})),
    "triage_blind102": (frozenset(), frozenset({"tCW-049"})),
    # Sets CX (blind103: written at night or on waking) and CY (blind104: a teacher, coach, carer or first-aider about
    # someone in their care), first runs on `7c900b1`, then fixes. Over-warnings kept: tingling lips and clawing hands
    # after a thyroidectomy (emergency; asked urgent), a foot slapping down worse over weeks (urgent; asked soon), head
    # bumps on warfarin (emergency; asked urgent), six weeks of back pain with tingling down the back of one leg (urgent
    # as a clot; asked soon), flickers in the calves for years that the GP knows of (soon; asked none).
    "triage_blind103": (frozenset(), frozenset({"tCX-004", "tCX-040", "tCX-049"})),
    "triage_blind104": (frozenset(), frozenset({"tCY-024", "tCY-063", "tCY-071"})),
    # Sets CZ (blind105: dictated by voice) and DA (blind106: pregnancy, birth, breastfeeding and the pharmacy
    # counter), first runs on `fa89d40`, then fixes. Left below their labels, as most earlier sets label the same
    # picture: thighs swollen and in agony with cola-coloured urine (rhabdomyolysis, urgent; asked emergency), a
    # pounding head, zigzags and a puffy face at 34 weeks (pre-eclampsia, urgent; asked emergency), cramps that worsen
    # week by week on a new diuretic (none; asked soon). Over-warnings kept: thoughts of not wanting to be here on a
    # new antidepressant (emergency; asked urgent), clawing hands after a thyroidectomy (emergency; asked urgent), a
    # bruise and bleeding gums on warfarin (the learned layer: emergency; asked urgent), a cramp after a 10k on a
    # statin, stretched off (soon; asked none).
    "triage_blind105": (frozenset({"tCZ-022"}), frozenset()),
    "triage_blind106": (frozenset({"tDA-002", "tDA-008", "tDA-046"}),
                        frozenset({"tDA-007", "tDA-042", "tDA-051", "tDA-070"})),
    # Set DB (blind107: people who play their symptoms down, the worrying detail mid-message), first run on `fe294a4`
    # (0.950 / 0.957 / 2.9%), then fixes. Over-warnings kept: a stomach bug with no water kept down, hardly peeing and
    # nearly fainting on standing (emergency; asked urgent), "people would be better off without me" with no plan
    # (emergency; asked urgent).
    "triage_blind107": (frozenset(), frozenset({"tDB-032", "tDB-062"})),
    # Sets DD (blind109: work, travel and the outdoors) and DE (blind110: numbers people quote), first runs on
    # `6433d37`, then fixes. Over-warnings kept as earlier sets label them: travellers' diarrhoea with hardly any
    # urine and nearly fainting in the shower, tingling and clawing hands after a thyroidectomy (emergency; asked
    # urgent).
    "triage_blind109": (frozenset(), frozenset({"tDD-012", "tDD-020"})),
    "triage_blind110": (frozenset(), frozenset({"tDE-025"})),
    # Sets DF (blind111: very short messages) and DG (blind112: English as a second language), first runs on
    # `48ef60d`. Over-warnings kept: new confusion with strong-smelling urine in an old person (sepsis; asked
    # urgent), tongue twitching or slurred speech with choking on drinks (emergency; asked a check-up soon), clawing
    # hands after a thyroidectomy.
    "triage_blind111": (frozenset(), frozenset({"tDF-004", "tDF-036", "tDF-049"})),
    "triage_blind112": (frozenset(), frozenset({"tDG-049", "tDG-071", "tDG-073"})),
    # Set DH (blind113: updates after a visit, a call or a scan), first run on `446534b` (20/20, 42/46, 2/34), then
    # fixes. Left: night-time jerks five weeks into sertraline that have not settled (none; asked soon); a glass test
    # done in A&E on a rash that proved viral still reads as a rash that does not fade (narrowing "glass test" silenced
    # real ones, found in review). The rule table alone warns on "compression socks… or are they just for swelling on
    # flights?" (the learned layer does not).
    "triage_blind113": (frozenset({"tDH-069"}), frozenset({"tDH-070", "tDH-078"})),
    # Set DI (blind114: someone asking about a person who is not family), first run on `c74edbb`: 20/20, 46/46, 0/34,
    # no fixes. Over-warnings as earlier sets: a head knock with a foggy headache and sickness the next day, clawing
    # hands after a thyroidectomy, an old resident newly muddled with strong-smelling urine (emergency; asked urgent).
    "triage_blind114": (frozenset(), frozenset({"tDI-017", "tDI-025", "tDI-038", "tDI-043"})),
    # Set DJ (blind115: symptoms told through comparisons and metaphors), first run on `55f3c62`: 16/20, 36/46, 0/34,
    # then fixes. Left: thighs "rock hard swollen like sausages" with cola urine after CrossFit is rhabdomyolysis
    # (urgent), as seven earlier sets asked, where DJ asked for an emergency; a red hot patch that "got bigger since
    # yesterday" with no fever is caught by the learned layer only (a growing red patch alone is also a tick rash).
    # Over: heat exhaustion not better after an hour in the shade (emergency by design), clawing hands after a
    # thyroidectomy.
    "triage_blind115": (frozenset({"tDJ-022", "tDJ-063"}), frozenset({"tDJ-004", "tDJ-070"})),
    # Set DK (blind116: older people and those who look after them), first run on `55f3c62`: 18/20, 42/46, 1/34, then
    # fixes. Over-warnings kept: "better off dead" said by an 80-year-old who says she would do nothing (emergency;
    # asked urgent), breathless lying flat with heart failure (emergency; asked urgent), a care-home resident newly
    # confused with strong-smelling urine (sepsis; asked urgent).
    # The review of DJ's and DK's fixes removed the hearsay scope ("my neighbour said her friend had cauda equina"):
    # it silenced what the asker then told of themselves; DK's question about a friend's friend warns again.
    "triage_blind116": (frozenset(), frozenset({"tDK-013", "tDK-024", "tDK-042", "tDK-052"})),
    # Set DL (blind117: children and teenagers), first run on `805840c`: 19/20, 38/46, 4/34, then fixes. Left: six
    # months of jerky leg kicks and eye blinks getting more often (tics; the rule table has no "jerk" as a twitch, as
    # sleep starts would warn), period pain into the thighs with vomiting and missed school, a 7-year-old newly
    # wobbly and falling after a cold (given soon for repeated falls, asked urgent). Over: a racing heart after energy
    # drinks with a near faint that has calmed, "everyone would be better off without me" at 16 with no plan, a
    # sickle cell pain crisis (emergency; asked urgent), cramps since starting roaccutane "for my spots" read as a
    # drug rash (urgent; asked soon), and (after the second review took the frame out) a school's allergy care plan.
    "triage_blind117": (frozenset({"tDL-034", "tDL-045", "tDL-069"}),
                        frozenset({"tDL-038", "tDL-053", "tDL-060", "tDL-067", "tDL-070"})),
    # Set DM (blind118: played down, joked about, apologised for), first run on `805840c`: 20/20, 44/46, 2/34, then
    # fixes. Over: "everyone would be better off without me, no plan" (emergency; asked urgent), tingling lips after
    # a thyroidectomy, breathless lying flat with puffy ankles; after the second review took those resolutions out,
    # a cramp thought a clot that "went after i walked it off", a twitch that "stopped a month ago".
    "triage_blind118": (frozenset(), frozenset({"tDM-021", "tDM-024", "tDM-033", "tDM-045", "tDM-064"})),
    # Set DN (blind119: sport and the gym), first run on `764c70d`: 20/20, 45/46, 0/34, then fixes. Over: "everyone
    # would be better off without me, no plan" (emergency; asked urgent), tingling lips and hand spasms a week after
    # a thyroidectomy (low calcium, emergency; asked urgent).
    "triage_blind119": (frozenset(), frozenset({"tDN-002", "tDN-062"})),
    # Set DO (blind120: night-time and waking), first run on `764c70d`: 19/20, 44/46, 2/34, then fixes. Over: tingling
    # lips and cramping hands days after a thyroidectomy (emergency; asked urgent); feet freezing in bed all one's
    # life (the learned layer's soon: a gate on lifelong phrases hid real emergencies in review and was taken out).
    # The nightmare that "settled in a couple of minutes" keeps the learned layer's emergency: read as a
    # resolution, "settled within minutes" silenced a warning stroke and a first fit in review.
    "triage_blind120": (frozenset(), frozenset({"tDO-020", "tDO-071", "tDO-072"})),
    # Set DP (blind121: messages pasted or passed on), first run on `33dd8a6`: 20/20, 43/46, 0/34, then fixes. Over:
    # an Achilles rupture and early Guillain-Barré told in a text (the learned layer's emergency; asked urgent),
    # tingling and hand cramps two days after a thyroid operation (low calcium, emergency; asked urgent).
    # A hand clumsy for months with a sunken thumb muscle keeps the learned layer's emergency: a cap on what came on
    # over months read "dementia for years" as the onset of today's collapse in review, and was taken out.
    "triage_blind121": (frozenset(), frozenset({"tDP-030", "tDP-042", "tDP-054", "tDP-078"})),
    # Set DQ (blind122: long-term conditions), first run on `33dd8a6`: 20/20, 42/46, 0/34, then fixes. Over: sudden
    # confusion with hallucinations in Parkinson's (delirium, emergency; asked urgent), asthma worse with a tight
    # chest (emergency; asked urgent).
    "triage_blind122": (frozenset(), frozenset({"tDQ-049", "tDQ-062"})),
    # Set DR (blind123: long rambling messages with the decisive detail in the middle) and set DS (blind124:
    # medicines and supplements), first runs on `b7c33c5` at the session's end, recorded before any fix (none made):
    # DR 18/20, 43/46, 9/34 — long stories whose alarming words are resolved, hypothetical, someone else's or
    # already checked sentences away, beyond the scopes' reach; a shin "swollen up tight like a drum" with pain out
    # of proportion and cola urine after a spin class given urgent (asked emergency); DS 20/20, 44/46, 4/34.
    "triage_blind123": (frozenset({"tDR-035"}),
                        frozenset({"tDR-001", "tDR-004", "tDR-025", "tDR-033", "tDR-036", "tDR-041", "tDR-053",
                                   "tDR-069", "tDR-075"})),
    "triage_blind124": (frozenset({"tDS-036", "tDS-064"}),
                        frozenset({"tDS-009", "tDS-018", "tDS-031", "tDS-034", "tDS-040"})),
    # Set DT (blind125: carers writing about an older person) and set DU (blind126: pregnancy, babies, children
    # and teenagers), first runs on `aa80a16` before any fix: DT 18/20, 42/46, 3/34; DU 20/20, 43/46, 3/34. The
    # fixes after them (tests/data/triage_README.md) leave the table alone missing a limp of six weeks with a
    # puffy knee and a toddler who still walks on tiptoe (both asked soon).
    "triage_blind125": (frozenset(), frozenset({"tDT-027", "tDT-038", "tDT-073"})),
    "triage_blind126": (frozenset({"tDU-003", "tDU-008"}), frozenset({"tDU-047", "tDU-064", "tDU-070"})),
    # Set DV (blind127: after care was already sought) and set DW (blind128: several complaints, the serious one in
    # passing), first runs on `bf6f0d5` before any fix: DV 19/20, 45/46, 4/34; DW 20/20, 46/46, 3/34.
    "triage_blind127": (frozenset(), frozenset({"tDV-009", "tDV-010", "tDV-071"})),
    "triage_blind128": (frozenset(), frozenset({"tDW-004", "tDW-032", "tDW-044", "tDW-069"})),
    # Set DX (blind129: live situations) and set DY (blind130: alarming words in their everyday sense), first runs
    # on `c6044f5` at the session's end: DX 19/20, 45/46, 0/34 (Guillain-Barré with trouble swallowing and
    # breathing given soon: fixed after); DY 18/20, 44/46, 2/34 (a stroke noticed on waking, "my right hand wont
    # grip my mug", and rock-hard thighs with cola urine asked emergency: not fixed).
    "triage_blind129": (frozenset(), frozenset({"tDX-053", "tDX-079"})),
    "triage_blind130": (frozenset({"tDY-016", "tDY-043", "tDY-063"}), frozenset({"tDY-024", "tDY-025", "tDY-067"})),
    # on `aacd0f2`: EB 19/20, 44/46, 1/34; EC 19/20, 45/46, 2/34 (see tests/data/triage_README.md). Left: a flight
    # planned next month ("how do i stop getting a clot") read as a clot; a stroke's spasticity the physio named read
    # as twitching with stiffness; an adult's foot gone flat that cannot rise on tiptoe (the learned layer's soon);
    # saddle numbness on long rides that passes on getting off (a reading for it silenced numbness that stays).
    "triage_blind133": (frozenset(), frozenset({"tEB-043"})),
    "triage_blind134": (frozenset({"tEC-010"}), frozenset({"tEC-025", "tEC-033", "tEC-074", "tEC-077"})),
    # on `aaaa836`: ED 17/20, 42/46, 0/34; EE 19/20, 45/46, 0/34. Left: thighs "agony and swollen" with cola urine
    # (nine sets asked urgent for it, ED emergency); legs too weak to stand with a fluttering heart on water tablets
    # (five sets asked urgent, ED emergency); over-triages kept (see tests/data/triage_README.md).
    "triage_blind135": (frozenset({"tED-024", "tED-040", "tED-065"}), frozenset({"tED-022", "tED-042"})),
    "triage_blind136": (frozenset(), frozenset({"tEE-021", "tEE-047", "tEE-070"})),
    # on `ec6a393`: EF 20/20, 45/46, 1/34; EG 18/20, 44/46, 1/34, kept as they were: readings written for their misses
    # silenced heart attacks and strokes told after a date and raised tap water and frozen phones (third review), and
    # were removed. The rules alone miss EF's first seizure (the learned layer catches it) and cancer back pain after a
    # date, EG's long lie with tea-coloured "water" and quinine toxicity.
    "triage_blind137": (frozenset({"tEF-024", "tEF-045"}), frozenset({"tEF-020"})),
    "triage_blind138": (frozenset({"tEG-009", "tEG-074"}), frozenset({"tEG-023", "tEG-078"})),
    # on `30a0c71`: EH 19/20, 45/46, 1/34; EI 15/20, 41/46, 2/34; EJ 20/20, 46/46, 0/34; EK 17/20, 39/46, 1/34 (see
    # tests/data/triage_README.md). Kept: heart failure breathless lying flat (emergency, asked urgent), low calcium
    # after thyroid surgery (emergency), "cramps usually 80 minutes in" read as a long cramp; the rules alone miss an
    # underactive thyroid, a vegan's missing B12 and a foot gone flat in a year (the learned layer's soon).
    "triage_blind140": (frozenset(), frozenset({"tEI-019", "tEI-024", "tEI-028", "tEI-034"})),
    "triage_blind142": (frozenset({"tEK-003", "tEK-028", "tEK-080"}), frozenset({"tEK-021"})),
    # on `56e060c`: EL 20/20, 46/46, 0/34; EM 19/20, 40/46, 2/34; EN 19/20, 43/46, 1/34; EO 17/20, 38/46, 1/34 (see
    # tests/data/triage_README.md). Kept: a DVT after a cast off given compartment syndrome, suicidal thoughts
    # without a plan (emergency), a child's tics read as jerking (the learned layer's emergency), one cramp "3 weeks
    # ago" read as frequent cramps; the rules alone leave twitching spreading in a month, a foot gone flat in a year,
    # months of night cramps and isotretinoin cramps to the learned layer, and give Guillain-Barré without breathing
    # trouble and rhabdomyolysis without scant urine a doctor today (asked emergency).
    "triage_blind143": (frozenset({"tEL-062"}), frozenset({"tEL-049"})),
    "triage_blind144": (frozenset({"tEM-036", "tEM-053"}), frozenset({"tEM-022", "tEM-024"})),
    "triage_blind145": (frozenset({"tEN-079"}), frozenset({"tEN-055"})),
    "triage_blind146": (frozenset({"tEO-005", "tEO-016", "tEO-033", "tEO-039", "tEO-056"}), frozenset()),
    # on `5ffede4`: EP 20/20, 46/46, 0/34; EQ 20/20, 45/46, 2/34; ER 20/20, 45/46, 1/34; ES 19/20, 42/46, 2/34 (see
    # tests/data/triage_README.md). Kept, as readings written for them silenced real emergencies in review: "if one of
    # the people i support ever had a fit", "watching greys anatomy and a guys leg went numb", "read about a
    # footballer who collapsed".
    "triage_blind147": (frozenset({"tEP-036", "tEP-080"}), frozenset({"tEP-022", "tEP-024"})),
    "triage_blind148": (frozenset({"tEQ-004", "tEQ-016", "tEQ-027", "tEQ-080"}),
                        frozenset({"tEQ-015", "tEQ-061", "tEQ-064", "tEQ-067"})),
    "triage_blind149": (frozenset({"tER-050"}), frozenset({"tER-028"})),
    "triage_blind150": (frozenset({"tES-007", "tES-024", "tES-026", "tES-028", "tES-030"}),
                        frozenset({"tES-013", "tES-015", "tES-054"})),
    # on `f542b05`: ET 20/20, 46/46, 0/34; EU 19/20, 45/46, 2/34; EV 18/20, 44/46, 0/34; EW 20/20, 45/46, 1/34 (see
    # tests/data/triage_README.md). EU's "thinking of taking the lot" of pills at hand and EV's "the rest of my quinine
    # packet… maybe 25 tablets" are read since; kept: fluttering heart and legs too weak to stand on furosemide (urgent,
    # asked emergency), twitching spreading over two months (the learned layer's soon).
    "triage_blind152": (frozenset({"tEU-070"}), frozenset({"tEU-012", "tEU-044", "tEU-061"})),
    "triage_blind153": (frozenset({"tEV-005"}), frozenset({"tEV-070", "tEV-077"})),
    "triage_blind154": (frozenset({"tEW-021", "tEW-080"}), frozenset({"tEW-039", "tEW-048", "tEW-054"})),
    # on `d3b90c8`: EX 20/20, 45/46, 2/34; EY 20/20, 46/46, 3/34; EZ 20/20, 46/46, 1/34; FA 20/20, 46/46, 3/34 (see
    # tests/data/triage_README.md). Kept: cramps on a statin after a heart attack long ago (soon, asked none), a woman
    # of 83 who cannot pass water with a swollen tummy (emergency, asked urgent); the rules alone leave a shuffling
    # walk with a tremor to the learned layer.
    "triage_blind155": (frozenset(), frozenset({"tEX-061"})),
    "triage_blind157": (frozenset({"tEZ-003"}), frozenset({"tEZ-013"})),
    # on `111e0ac`: FB 20/20, 45/46, 1/34; FC 20/20, 45/46, 0/34 (all three targets met); nothing left pinned.
    # on `68b32f1`: FD 20/20, 45/46, 0/34; FE 20/20, 45/46, 4/34. Kept: a foot slapping "like a flipper" for weeks
    # (urgent, asked soon); the rules alone leave a calf that "grips like a vice" at 200 yards to the learned layer.
    "triage_blind162": (frozenset({"tFE-027"}), frozenset({"tFE-028"})),
    # on `cf146fc`: FF 20/20, 45/46, 1/34; FG 19/20, 44/46, 6/34 (very short phone messages). Kept: twitching spread
    # from a calf to thighs and arms told as "i feel it" (soon, read by no rule), a low calcium after thyroid surgery
    # (emergency, asked urgent), a GP's statin cramps (soon, asked none).
    "triage_blind163": (frozenset({"tFF-062"}), frozenset({"tFF-042"})),
    "triage_blind164": (frozenset(), frozenset({"tFG-037", "tFG-064"})),
    # FH's claw hand after thyroid surgery (low calcium) is read as the 999 picture where its writer saw same-day care
    "triage_blind165": (frozenset(), frozenset({"tFH-021"})),
    # FJ and FK: the same thyroid claw hand twice more; a head knock on warfarin and a statin's weakness read as 999
    # where their writers saw same-day care; a seizure in a clinic's waiting room the day before, the patient taken in
    # by paramedics (a handover read as settling it settled present emergencies too, found in review: left out)
    "triage_blind167": (frozenset(), frozenset({"tFJ-024"})),
    "triage_blind168": (frozenset(), frozenset({"tFK-021", "tFK-024", "tFK-042", "tFK-061"})),
    # FL and FM: the claw hand twice more, black stools on apixaban and a double dose of levothyroxine read higher than
    # their writers; a seizure a week ago that the neuro team has reviewed; and, by the table alone (the learned layer
    # silences it), "does having a stroke make leg cramps more likely" after one five years ago
    "triage_blind169": (frozenset(), frozenset({"tFL-020", "tFL-046", "tFL-049", "tFL-078"})),
    "triage_blind170": (frozenset(), frozenset({"tFM-013", "tFM-045"})),
    # FN and FO, first runs recorded at the end of a session (tests/data/triage_README.md): legs weaker each day after
    # "monday i was fine, today…" (read soon, not urgent) are still missed (a "today" reading was tried twice and
    # withdrawn after reviews)
    "triage_blind171": (frozenset(), frozenset({"tFN-010", "tFN-041", "tFN-057", "tFN-070"})),
    "triage_blind172": (frozenset({"tFO-029"}), frozenset({"tFO-001"})),
    # FP and FQ (first runs on 43effc9): stiff, crampy legs for months with clumsy walking (soon), and jerking,
    # sweating, a racing heart and confusion after starting sertraline with tramadol (serotonin toxicity, emergency),
    # are still missed: rules for both were tried and withdrawn after two reviews found dozens of false alarms; "can
    # the quinine in it poison you if she has loads" still reads as a poisoning told
    "triage_blind173": (frozenset({"tFP-008", "tFP-012"}), frozenset()),
    "triage_blind174": (frozenset(), frozenset({"tFQ-014"})),
    # FR and FS (first runs on c4ac659): a past fit told by age ("had one seizure at 19, been fine… 10 yrs") and a
    # brother's account of anaphylaxis asked about still read as emergencies, and a reliever needed every 2-3 hours as
    # one (urgent); FR-014 and FR-030 are caught by the learned layer, not the table. Reading a fit by age and hearsay
    # of a condition were tried and withdrawn after a review found fits and anaphylaxis happening now silenced.
    "triage_blind175": (frozenset({"tFR-014", "tFR-030"}), frozenset({"tFR-033", "tFR-064"})),
    "triage_blind176": (frozenset(), frozenset({"tFS-009"})),
    # FT and FU (first runs on 65184a5, recorded at the session's end): a hand cramping into a claw two days after a
    # thyroid operation is read as an emergency where the writer said urgent (kept higher on purpose)
    "triage_blind178": (frozenset(), frozenset({"tFU-024"})),
    "triage_blind60": (frozenset({"tBF-056"}),
                       frozenset({"tBF-003", "tBF-019", "tBF-025", "tBF-026", "tBF-034", "tBF-038", "tBF-054",
                                  "tBF-072", "tBF-080"})),
}


def test_development_catalogue_floors() -> None:
    # 757 questions over 271 presentations, body system by body system (a development set: the
    # general rules were written against it). Floors at today's figures, rules alone.
    cases = load_cases(DATA / "triage_catalogue.jsonl")
    report = score(cases, [triage(c.question) for c in cases])
    assert report.emergencies_caught >= 185 and report.red_flags_caught >= 365 and report.false_alarms <= 6, (
        format_report(report, "catalogue"))


def test_labelled_sets_are_well_formed() -> None:
    for name in LABELLED:
        for line in (DATA / f"{name}.jsonl").read_text().splitlines():
            row = json.loads(line)
            assert row["level"] in (None, "emergency", "urgent", "soon") and row["question"].strip()


def test_anchor_prefilter_never_skips_a_pattern_that_would_match() -> None:
    """Every labelled question: a skipped pattern has no match there (the filter only saves time)."""
    from qa.triage import _candidates, _matchers
    from qa.triage_anchors import DIGIT, requirements
    from qa.triage_context import normalise
    from qa.triage_typos import correct_typos

    # how a match can begin is one of the sets a question must hold
    assert requirements(r"\b(chest|breast ?bone)\b") == (frozenset({"chest", "breast"}),)
    assert frozenset({"left", "right", "arm", "leg"}) in requirements(r"(left |right )?(arm|leg)")
    assert frozenset({"calf", "calves"}) in requirements(r"(calf|calves) (muscle|cramp)")
    assert requirements(r"\d+ ?(c|degrees)") == (frozenset({DIGIT}),)  # run only when a word begins with a digit
    assert requirements(r"\w+") == ()  # may begin with any word and needs none: always run
    skipped_somewhere = 0
    for name in LABELLED:
        for case in load_cases(DATA / f"{name}.jsonl"):
            text = correct_typos(normalise(case.question))
            run = {finding for finding, _ in _candidates(text)}
            for finding, matcher in _matchers().items():
                if finding not in run:
                    skipped_somewhere += 1
                    assert matcher.search(text) is None, (finding, case.id)
    assert skipped_somewhere > 0  # the filter does skip


@pytest.mark.parametrize("question", [
    "leg. cold. pale. " * 120, "calf. cold. numb. sudden. " * 80, "chest " * 3000, "no " * 700,
    "my leg is cold pale numb and painful suddenly " * 45, "twitch " * 300, ", " * 1000,
])
def test_hostile_questions_cost_milliseconds_not_seconds(question: str) -> None:
    """Many findings in many sentences once made the combination search exponential (30 s)."""
    import time

    from qa.triage import _prepare

    _prepare.cache_clear()
    started = time.perf_counter()
    triage(question)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("name", LABELLED)
def test_learned_layer_silences_no_labelled_red_flag(name: str, real_embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.triage_semantic import load

    learned = load(real_embedder.fingerprint)
    assert learned is not None
    cases = load_cases(DATA / f"{name}.jsonl")
    vectors = real_embedder.embed([c.question for c in cases])
    report = score(cases, [triage(c.question, v, learned) for c, v in zip(cases, vectors, strict=True)])
    assert {label.split(":")[0] for label in report.under} <= PINNED.get(name, (frozenset(),))[0], report.under


def test_learned_layer_silences_alarming_words_in_an_ordinary_question(real_embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.triage_semantic import load

    learned = load(real_embedder.fingerprint)
    quiz = ("Quiz night question: which organ is affected when someone has a stroke with face drooping and "
            "slurred speech?")
    real = "I have crushing chest pain spreading to my left arm and I feel sick"
    quiz_vector, real_vector = real_embedder.embed([quiz, real])
    assert [r.name for r in matching_rules(quiz)] == ["stroke"]  # the table alone would warn
    assert triage(quiz, quiz_vector, learned) is None
    notice = triage(real, real_vector, learned)
    assert notice is not None and notice.rule == "heart_attack"


def test_learned_layer_says_nothing_about_a_question_of_too_few_words(real_embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.triage_semantic import load

    learned = load(real_embedder.fingerprint)
    for question in ("b b b b b b b b", "a " * 150):
        assert triage(question, real_embedder.embed([question])[0], learned) is None


@pytest.mark.parametrize(("question", "rule"), [
    ("I had crushing chest pain an hour ago but it has gone now", "passed_warning"),
    ("my dad had a heavy pressure in his chest this morning but it has gone away now", "passed_warning"),
    ("had chest pain last night, A&E did an ECG and bloods and said all normal, it has gone now", None),
    ("I had chest pain when I was 20 but it went away", None),
    ("yesterday mum's arm and leg went weak and her speech was muddled for about 10 min then totally back to normal",
     "passed_stroke"),
    ("This morning I woke up and for a few seconds I was completely paralysed and couldn't speak, then it passed",
     None),
    ("I fell asleep with my arm hanging over the sofa and woke with it dead and tingling, but it was back to normal "
     "within a couple of minutes", None),
    ("dad's face drooped and his words were slurred for 20 minutes, then back to normal, the hospital did a scan and "
     "said all clear", None),
    ("had a cramp in my calf last night but it has gone now", None),
])
def test_chest_pain_or_stroke_signs_that_passed_still_need_a_doctor_today(question: str, rule: str | None) -> None:
    notice = triage(question)
    assert (notice.rule if notice is not None else None) == rule, notice


def test_a_checklist_answered_no_line_by_line_is_no_red_flag_as_the_app_reads_it() -> None:
    # The app cleans the question first; its line breaks must survive for "- no" to deny its own line.
    from qa.service import clean_question

    checklist = ("Checklist I did from an NHS page:\n[ ] calf swollen - no\n[ ] chest pain - no\n"
                 "[ ] short of breath - no\n[x] calf twitching after a 10 mile walk\nSo I'm fine?")
    assert triage(clean_question(checklist)) is None
    # the same symptoms ticked are still read
    assert _level(clean_question("Checklist:\n- calf swollen and hot\n- short of breath since this "
                                 "morning")) == "emergency"


def test_a_simile_tells_a_feeling_not_an_event() -> None:
    # "like i'd licked a battery" is no battery swallowed; "like there's a knife in it" no stab wound
    assert triage("hit my funny bone, whole arm went electric like i'd licked a battery. fine now") is None
    assert _level("since yesterday my lower back feels like theres a knife in it and pain shoots down both "
                  "legs") == "urgent"
    # a simile of pressure on the chest is still chest pressure
    assert triage("my chest feels like an elephant is sitting on it") is not None


def test_hearsay_of_what_a_condition_feels_like_is_no_report_but_a_person_told_of_is() -> None:
    assert triage("What are the signs of a heart attack? My friend says it feels like an elephant on your chest, "
                  "is that true?") is None
    assert _level("he's gone grey, clutching his chest and says it feels like a heavy weight sitting on "
                  "it") == "emergency"


def test_the_jerk_of_falling_asleep_is_no_twitch_but_a_blow_told_as_a_simile_is_a_thunderclap() -> None:
    assert triage("My legs jump just as I'm drifting off to sleep, a few times a week, for years") is None
    assert _level("Headache came on out of nowhere 15 minutes ago like I was hit on the back of the head with a bat. "
                  "Worst pain of my life") == "emergency"


def test_the_site_quoted_back_is_the_sites_unless_the_writer_owns_it() -> None:
    assert triage("You say a seizure lasting over 5 minutes is an emergency, what should I actually do if my partner "
                  "with epilepsy has one? Want to be prepared") is None
    assert triage("I read on here that ALS twitching comes with weakness. I don't have any weakness, strength is "
                  "normal, just calf twitches for 2 weeks. Am I overthinking this?") is None
    # the body part a quote names is still the writer's topic ("…but mine is swollen")
    assert _level("Your page says calf pain is usually a strained muscle but mine is swollen, warm and 3cm bigger "
                  "round than the other one since yesterday") == "urgent"
    assert _rule("you say calf pain when walking that eases with rest can be circulation. that's literally me. "
                 "about 100 yards and my calf aches, stop for a minute and it goes") == "claudication"


def test_two_weeks_of_twitching_is_the_line_not_past_it() -> None:
    assert triage("calf twitching for 2 weeks, strength fine, no weakness") is None
    for question in ("calf twitching for 3 weeks, strength fine", "calf twitching for more than two weeks now"):
        assert _rule(question) == "twitch_persistent", question


def test_a_thinned_muscle_has_weakened_for_weeks_and_a_baby_who_stops_moving_a_leg_is_seen_today() -> None:
    assert _level("my right hand is getting weaker, I can't open jars, and the muscle between my thumb and finger "
                  "looks thinner than the left") == "soon"
    assert _level("Our baby is 5 months. Since yesterday she isn't kicking her left leg like the right one, she "
                  "cries when I lift her legs to change her nappy") == "urgent"


def test_days_of_diarrhoea_with_weak_cramping_legs_is_a_blood_test_today() -> None:
    assert _rule("I've had diarrhoea for 5 days now and today my legs feel really weak and keep cramping "
                 "up") == "electrolyte_weakness"


def test_what_sport_explains_is_no_alarm_but_a_passed_chest_pain_on_exertion_is_seen_today() -> None:
    assert triage("did loads of push ups for a challenge yesterday, my chest muscles are really sore today, hurts "
                  "when I press on them or stretch my arms back. is it just DOMS?") is None
    assert triage("got a blister on my heel from new hiking boots, it popped, not red or hot, just sore") is None
    assert _level("For about a month I've been getting wheezy and coughing for ages after my runs, especially in "
                  "cold air. Never had asthma.") == "soon"
    assert _level("Saturday at parkrun I got a tight heavy feeling in my chest about halfway round, it eased off "
                  "after I walked for 5 mins. Fine since, no pain now. I'm 58 and a smoker.") == "urgent"
    assert _level("Rolled my ankle at netball an hour ago. Massively swollen and I can't take even a few steps on "
                  "it") == "urgent"


def test_a_complaint_among_others_is_read_with_what_explains_it() -> None:
    assert _rule("started atorvastatin 6 weeks ago. now my thighs and shoulders ache all the time and this week "
                 "I've started struggling to get out of a low chair, which is new") == "statin_weakness"
    assert _level("my cramps started about 3 weeks after the doctor added a water tablet (furosemide)") == "soon"
    assert triage("I jolt awake just as I'm falling asleep, my partner says my legs kick a bit at night, and I get "
                  "tingly legs on long car journeys. Is all this normal?") is None


def test_a_long_term_condition_is_read_with_what_it_makes_serious() -> None:
    # serotonin toxicity: a serotonergic painkiller with jerking, sweating and agitation
    assert _level("I'm on rasagiline for Parkinsons and the dentist gave me tramadol this morning. Now my legs keep "
                  "jerking on their own, I'm shaking, sweating buckets and I feel really agitated") == "emergency"
    # confusion with the eyes flicking about after weeks of vomiting (thiamine)
    assert _level("She had a gastric bypass and has been vomiting for weeks. Since yesterday she's confused and her "
                  "eyes are flicking about") == "emergency"
    assert _level("kidney transplant 2019. had diarrhoea for 3 days, is it my tacrolimus?") == "urgent"
    assert _level("type 2 diabetic, my sugars are running 24-28 all day and I'm so thirsty") == "urgent"
    # what has been and gone, and a chest infection, are no heart attack or clot now
    assert _level("started rosuvastatin after my heart attack and since then I get cramps most nights") == "soon"
    assert triage("On apixaban since a DVT 3 years ago. Ran a half marathon yesterday, calves stiff and sore today, "
                  "no swelling or redness") is None
    assert _rule("GP gave me clarithromycin for a chest infection and now my thighs ache terribly and my wee is dark "
                 "brown like cola") == "rhabdomyolysis"
    # a drooping eyelid is no drooping face
    assert _rule("one eyelid has started drooping a bit") == "lasting_changes"


@pytest.mark.parametrize(("question", "level"), [
    ("Two days ago was tingling in the feet, today both legs weak, now also difficult to take breath", "emergency"),
    ("Since 4 days my feet tingling, now also the hands, and today I fall because legs are weak. Every day is more "
     "worse", "urgent"),
    ("Cutting wood and the saw go in my thigh, blood is coming out like fountain, the towel is full already",
     "emergency"),
    ("I have small ball under skin on the thigh, was like a pea, now is like a grape. Is growing slowly", "soon"),
    ("Since the doctor give me new pill for blood pressure, I have cramps in the legs every night", "soon"),
    # a swollen blue ankle after a slip is a bruise, not a limb without blood
    ("I slip on the ice this morning, the ankle is very swollen, blue, and I cannot put any weight on it", "urgent"),
    ("My friend in facebook write he have amputation of leg after a blood clot. How this can happen??", None),
    ("Heart attack can give pain in the leg? My uncle have heart attack last year, he is ok now", None),
    ("I have no weakness, twitch only when I rest, since 2 weeks", None),
    # a question with no question mark that judges what it names still asks
    ("is passing out after standing up normal", None),
    ("is bleeding after a tooth out normal", None),
])
def test_english_as_a_second_language_is_read_for_what_it_tells(question: str, level: str | None) -> None:
    assert _level(question) == level


@pytest.mark.parametrize(("question", "level"), [
    # what explains a dead or fizzing limb on waking, twitching after coffee, a partner's sleep
    ("woke up with my arm completely dead, couldn't lift it for a few seconds then it came back with pins and needles. "
     "I'd been lying on it. all normal now", None),
    ("woke up with pins and needles in my fingers, shook my hand and it went. only happened once", None),
    ("fell asleep on the sofa with my leg under me and woke up with a completely dead fizzing foot", None),
    ("had 4 coffees to get through a deadline and now my legs are twitching all over the place", None),
    ("Husband's legs twitch when he's deeply asleep. Doesn't wake him. I'm up with the baby", None),
    ("Colleague fainted when giving blood last week and has been completely fine since", None),
    ("twitching all over, mostly calves. a neurologist did tests and said benign fasciculation syndrome", None),
    # what the night or a carer tells of
    ("gp rang saying my sodium was low and to cut down on fluids. my muscles keep cramping and i feel sick", "urgent"),
    ("one of our girls has anorexia and today she has bad leg cramps and felt dizzy and faint in chapel", "urgent"),
    ("twisted his knee, it blew up like a balloon within an hour and now he can't straighten it", "urgent"),
    ("adder got me on the ankle, leg is swelling up past the knee and i feel sick and faint", "emergency"),
])
def test_the_night_and_those_in_someones_care_are_read_for_what_explains_them(question: str, level: str | None) -> None:
    assert _level(question) == level


def test_tingling_down_the_back_of_one_leg_is_a_nerve_not_one_side_of_the_body() -> None:
    assert _rule("low back pain for 6 weeks and sometimes tingling down the back of one leg") != "stroke"
    assert _rule("my left leg and arm went numb suddenly 20 minutes ago") == "stroke"
