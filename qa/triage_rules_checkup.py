"""The red flags that call for a check-up within a week or two (the "soon" rows of the one table)."""

from __future__ import annotations

from qa.triage_rules import SOON, SOON_TEXT, Rule

CHECKUP_RULES: tuple[Rule, ...] = (
    Rule("headache_most_days", SOON,
         f"Headaches on most days, or painkillers taken for them most days (which can keep headaches going), are "
         f"worth a check-up. {SOON_TEXT}",
         ("*headache + painkillers_most_days",)),
    Rule("impulse_control", SOON,
         f"Gambling, spending or other urges out of character on a dopamine medicine (for Parkinson's or restless "
         f"legs) can be a side effect: tell the prescriber soon, and do not stop the medicine suddenly. {SOON_TEXT}",
         ("*dopamine_agonist + impulse_change",)),
    Rule("pregnancy_planning_medicine", SOON,
         f"Planning a pregnancy on an epilepsy medicine (above all valproate) needs a review with the doctor before "
         f"trying; do not stop it on your own. {SOON_TEXT}",
         ("*anticonvulsant + trying_for_baby",)),
    Rule("bladder_urgency_worse", SOON,
         f"Bladder urgency or leaks that keep getting worse are worth a check-up (with numbness between the legs or "
         f"weak legs, get help at once). {SOON_TEXT}",
         ("*bladder_urgency + worsening", "*bladder_urgency + progressive")),
    Rule("sleepy_driving", SOON,
         f"Falling asleep at the wheel, above all with loud snoring or daytime sleepiness, can be sleep apnoea: see a "
         f"doctor soon and do not drive while this sleepy. {SOON_TEXT}",
         ("drowsy_driving",)),
    Rule("sciatica_persistent", SOON,
         f"Sciatica or back pain down the leg that has not eased after weeks is worth a check-up (with numbness "
         f"between the legs, bladder or bowel trouble or weak legs, get help at once). {SOON_TEXT}",
         ("*sciatica + long_duration + not_improving",)),
    Rule("twitch_persistent", SOON,
         f"Twitching that has lasted more than two weeks is worth a check-up. {SOON_TEXT}",
         ("twitch_long", "*twitch + time_anchor", "twitch + long_duration"), window=24),
    Rule("twitch_spreading", SOON,
         f"Twitching that spreads to several parts of the body is worth a check-up. {SOON_TEXT}",
         ("twitch_spread", "twitch_many_sites")),
    Rule("twitch_with_symptoms", SOON,
         f"Twitching with weakness, muscle wasting, numbness or stiffness should be checked. {SOON_TEXT}",
         ("twitch_plus", "twitch + weak")),
    Rule("flat_foot_change", SOON,
         f"An arch that has dropped in adult life, especially on one side and with pain, is worth a check-up "
         f"(it can be a tendon problem). {SOON_TEXT}",
         ("*arch_drop + pain", "*arch_drop + one_foot", "*flat_feet + child + pain", "*flat_feet + child + spasm")),
    Rule("tremor_progressive", SOON,
         f"Legs that shake more and more, or shake on standing still, or a new shake in the hands that has lasted "
         f"weeks, are worth a check-up. {SOON_TEXT}",
         ("*leg_shaking + progressive", "parkinson_sign", "*leg_shaking + shake_standing + long_duration",
          "*shaky_hands + progressive", "*new_tremor + long_duration")),
    Rule("twitch_new_medicine", SOON,
         f"Twitching, cramps or restless legs that began when a medicine was started or changed are worth raising with "
         f"your doctor. {SOON_TEXT}",
         ("*twitch + new_medicine", "*cramp + new_medicine", "*restless + since_medicine")),
    Rule("lump_growing", SOON,
         f"A lump that keeps growing is worth showing to a doctor. {SOON_TEXT}",
         ("*lump + growing",)),
    Rule("restless_legs", SOON,
         f"An urge to move the legs with crawling feelings that keeps you awake, night after night, is worth "
         f"a check-up (restless legs syndrome can be treated). {SOON_TEXT}",
         ("*restless + sleep_loss + long_duration", "*restless + frequent + long_duration",
          "*restless + at_night + long_duration",
          "*restless + frequent + sleep_loss", "*restless + spreading + dopamine_agonist",
          "*restless + ferritin_low", "*restless + sleep_loss + worsening")),
    Rule("limb_movements_in_sleep", SOON,
         "Legs that kick or jerk again and again through the night for weeks, leaving you worn out by day, are "
         f"worth a check-up (periodic limb movements can be treated; low iron is one cause). {SOON_TEXT}",
         ("*sleep_kicks + sleep_loss + long_duration", "*sleep_kicks + sleep_loss + frequent")),
    Rule("akathisia", SOON,
         f"Being unable to sit still, with an urge to move and pace, weeks after starting a medicine for psychosis, "
         f"mood or sickness (akathisia) should be raised with the prescriber soon; do not stop it suddenly. "
         f"{SOON_TEXT}",
         ("*psych_drug + cant_sit_still", "*antiemetic_drug + cant_sit_still")),
    Rule("claudication", SOON,
         f"Calf pain that comes on walking and goes with rest can be narrowed leg arteries (claudication). "
         f"{SOON_TEXT}",
         ("*claudication_walk + claudication_rest",)),
    Rule("new_lump", SOON,
         f"A new lump in a breast or armpit, even a painless one, should be checked. {SOON_TEXT}",
         ("breast_lump",)),
    Rule("weight_loss", SOON,
         f"Losing weight without trying is worth a check-up. {SOON_TEXT}",
         ("weight_loss",)),
    Rule("bowel_change", SOON,
         f"A change in bowel habit that lasts for weeks, or blood in the poo, should be checked. {SOON_TEXT}",
         ("*bowel_change + long_duration", "*bowel_change + time_anchor", "*bowel_change + not_improving",
          "*rectal_blood + long_duration")),
    Rule("swollen_ankles", SOON,
         f"Both ankles swelling more and more over weeks is worth a check-up (heart, kidneys or a medicine). "
         f"{SOON_TEXT}",
         ("*ankles + swollen + long_duration", "*bilateral_swelling + long_duration")),
    Rule("persistent_cough", SOON,
         f"A cough that has lasted more than three weeks is worth a check-up. {SOON_TEXT}",
         ("cough + long_duration",)),
    Rule("low_mood", SOON,
         f"Feeling low, flat or without pleasure for weeks is worth talking to a doctor about; if thoughts of "
         f"harming yourself come, call a crisis line. {SOON_TEXT}",
         ("low_mood", "*health_anxiety + impact", "*health_anxiety + sleep_loss", "*psych_drug + not_improving")),
    Rule("medicine_wearing_off", SOON,
         "A medicine for Parkinson's or another long-term condition that wears off before the next dose (shaking "
         "or stiffness coming back early) is worth raising with the specialist nurse or doctor soon: the timing or "
         f"the dose can be changed. {SOON_TEXT}",
         ("*wearing_off + critical_medicine",)),
    Rule("health_anxiety", SOON,
         "Searching or checking for a feared illness night after night is worth talking to a GP about: health "
         f"anxiety is common, and talking treatments help. {SOON_TEXT}",
         ("anxious_searching",)),
    Rule("knee_instability", SOON,
         f"A knee or ankle that keeps giving way or locking is worth a check-up. {SOON_TEXT}",
         ("knee_gives_way",)),
    Rule("changing_mole", SOON,
         f"A mole that grows, darkens, bleeds or changes shape should be shown to a doctor. {SOON_TEXT}",
         ("changing_mole",)),
    Rule("possible_diabetes", SOON,
         f"Being very thirsty, peeing more and losing weight without trying can be diabetes: ask for a test. "
         f"{SOON_TEXT}",
         ("*thirst + polyuria", "*thirst + weight_loss", "*polyuria + weight_loss", "*fasting_high + thirst",
          "*fasting_high + polyuria", "*fasting_high + weight_loss")),
    Rule("vision_gradual", SOON,
         f"Sight that is slowly getting cloudier or blurrier, or glare from lights, is worth an eye test. "
         f"{SOON_TEXT}",
         ("vision_gradual",)),
    Rule("testicular_lump", SOON,
         f"A lump in a testicle, even a painless one, should be checked. {SOON_TEXT}",
         ("testicular_lump",)),
    Rule("raynauds", SOON,
         f"Fingers or toes that turn white, then blue or red, in the cold are worth a check-up. {SOON_TEXT}",
         ("white_fingers",)),
    Rule("statin_muscle_pain", SOON,
         f"Muscle aches, cramps or weakness on a statin are worth raising with your doctor (with dark urine, "
         f"the same day). {SOON_TEXT}",
         ("*statin + pain", "*statin + cramp", "*statin + weak")),
    Rule("medicine_swelling", SOON,
         f"Swelling that began with a new medicine is worth raising with your doctor or pharmacist. {SOON_TEXT}",
         ("*new_medicine + swollen", "*drug_rash_start + swollen", "*new_medicine + bilateral_swelling",
          "*drug_rash_start + bilateral_swelling")),
    Rule("breathless_on_exertion", SOON,
         f"Getting out of breath on stairs or hills more than before is worth a check-up. {SOON_TEXT}",
         ("breath_on_exertion",)),
    Rule("foot_drop", SOON,
         f"A foot whose front will not lift, that slaps down or trips you, is worth a check-up (a nerve may be "
         f"pressed). {SOON_TEXT}",
         ("foot_drop",)),
    Rule("numbness_persistent", SOON,
         f"Numbness or pins and needles that has lasted for weeks, or never goes, is worth a check-up. {SOON_TEXT}",
         ("*numb + long_duration", "numb + frequent", "*numb + sleep_loss", "numb + at_night")),
    Rule("child_weakness", SOON,
         f"A child who falls over more than others or struggles to get up from the floor is worth a check-up. "
         f"{SOON_TEXT}",
         ("gowers",)),
    Rule("weak_thighs", SOON,
         "Thighs that have grown weak over weeks, so that getting up from a chair is hard, are worth a check-up (a "
         f"doctor may test the muscles and the blood). {SOON_TEXT}",
         ("*rise_hard + long_duration", "*rise_hard + worsening")),
    Rule("muscle_wasting", SOON,
         f"A muscle that has shrunk, or hands that fumble buttons and keys, are worth a check-up. {SOON_TEXT}",
         ("wasting", "dexterity")),
    Rule("ppi_low_magnesium", SOON,
         "Cramps or twitching after months or years on an acid-reducing medicine (a PPI such as omeprazole) can be "
         f"a low magnesium: ask your doctor for a blood test. {SOON_TEXT}",
         ("*ppi + medicine_duration + cramp", "*ppi + medicine_duration + twitch", "*ppi + long_duration + cramp",
          "*ppi + long_duration + twitch")),
    Rule("cramps_frequent", SOON,
         f"Cramps that come often for weeks, disturb your sleep or began with a new medicine are worth a "
         f"check-up. {SOON_TEXT}",
         ("cramps_often", "*cramp + frequent + cramp_drug", "*cramp + frequent + long_duration",
          "*cramp + frequent + time_anchor", "*cramp + frequent + sleep_loss", "*cramp + frequent + new_medicine",
          "*cramp + frequent + diuretic",
          "*cramp + frequent + new_onset", "*cramp + frequent + impact")),
    Rule("lhermitte", SOON,
         "An electric shock down the spine or into the legs on bending the neck forward is worth a check-up (a doctor "
         f"may look for a nerve problem such as MS). {SOON_TEXT}",
         ("lhermitte",)),
)
