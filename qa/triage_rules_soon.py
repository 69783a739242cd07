"""Red-flag rules of the "see a doctor soon" level beyond muscles and nerves, read with `triage_rules` as one table."""

from __future__ import annotations

from qa.triage_rules import CALL_NOW, SOON, SOON_TEXT, Rule

# Findings live in `triage_lexicon_general` and `triage_lexicon_pictures`.
SOON_RULES: tuple[Rule, ...] = (
    # ---- soon -------------------------------------------------------------------------------------
    Rule("persistent_symptom", SOON,
         f"A pain, lump, hoarse voice, mouth ulcer or trouble swallowing that has lasted for weeks, or is not "
         f"getting better, is worth a check-up. {SOON_TEXT}",
         ("*pain + long_duration + not_improving", "*pain + long_duration + worsening",
          "*back + long_duration + not_improving", "*hoarse + long_duration",
          "*mouth_ulcer + long_duration", "mouth_ulcer + not_improving", "*lump + long_duration",
          "*lump + not_improving", "*food_stuck + long_duration", "*heartburn + long_duration",
          "*swallow_trouble + long_duration", "*swollen + stiff + long_duration", "*stiff + pain + long_duration",
          "*discharge + not_improving", "*injury + long_duration + sleep_loss",
          "*injury + long_duration + not_improving",
          "*pain + long_duration + limping", "*child + limping + long_duration", "*cancer + pain + long_duration",
          "*pain + at_night + long_duration",
          "*tinnitus + long_duration", "*cough + long_duration", "*loose_stools + long_duration",
          "*loose_stools + lost_weight",
          "*itch + long_duration + not_improving", "*sleep_loss + long_duration + impact")),
    Rule("safety_net_due", SOON,
         f"You were asked to go back if it was not better: after this long, it is time to go back. {SOON_TEXT}",
         ("*safety_net_due + long_duration", "*safety_net_due + not_improving")),
    Rule("tick_bite_rash", SOON,
         f"A red rash spreading in a ring after a tick bite can be Lyme disease, which antibiotics treat. "
         f"{SOON_TEXT}",
         ("*tick + bullseye", "*tick + rash")),
    Rule("weight_loss_sweats", SOON,
         f"Losing weight without trying, night sweats or lumps in the neck that last are worth a check-up. {SOON_TEXT}",
         ("*night_sweats + weight_loss", "*night_sweats + lump", "*night_sweats + long_duration",
          "*night_sweats + impact", "*lost_weight + appetite_loss", "*lost_weight + frail",
          "*lost_weight + palpitations")),
    Rule("memory_decline", SOON,
         f"Memory getting worse over months (repeating things, getting lost on known roads) is worth a check-up. "
         f"{SOON_TEXT}",
         ("memory",)),
    # set DL: a 4-year-old "still walks on his tiptoes nearly all the time"
    Rule("toe_walking", SOON,
         f"A child past the toddler years who walks on tiptoe most of the time, or whose heels will not go down, is "
         f"worth a check-up. {SOON_TEXT}",
         ("*child + walk_refusal + frequent",)),
    Rule("varicose_veins", SOON,
         f"Varicose veins that ache, itch or change the skin around the ankle are worth a check-up. {SOON_TEXT}",
         ("*varicose + pain", "*varicose + itch", "*varicose + cramp",
          # with a sign of the veins, not a tan, a dye or a bruise (review)
          "*venous_skin + itch", "*venous_skin + pain", "*venous_skin + swollen", "*venous_skin + varicose")),
    Rule("speech_delay", SOON,
         f"A toddler who says only a few words for their age is worth a check with a doctor or health visitor. "
         f"{SOON_TEXT}",
         ("*child + few_words", "*baby + few_words", "*baby + no_reaction_sound", "*child + no_reaction_sound")),
    Rule("falls_and_asthma_control", SOON,
         f"Falls that keep happening, a reliever inhaler needed more than twice a week, missed periods for "
         f"months, or making yourself sick after eating are worth a check-up. {SOON_TEXT}",
         ("*falls_repeat", "reliever_weekly", "missed_periods", "eating_disorder")),
    Rule("genital_symptoms", SOON,
         f"New lumps, sores or warts on the genitals are worth showing to a sexual health clinic or GP. {SOON_TEXT}",
         ("genital_bumps", "*new_partner + pus", "*new_partner + uti")),
    Rule("hernia_check", SOON,
         f"A soft bulge in the groin or tummy that comes out when you cough or lift is worth a check-up (a "
         f"hernia); one that becomes hard, painful or stuck needs help the same day. {SOON_TEXT}",
         ("hernia_bulge",)),
    Rule("postmenopausal_bleeding", SOON,
         f"Any bleeding after the menopause, even light spotting once, should be checked. {SOON_TEXT}",
         ("*after_menopause + spotting",)),
    Rule("squint", SOON,
         f"An eye that turns in or out, or a lazy eye, is worth an eye check (in a child, early treatment "
         f"works best). {SOON_TEXT}",
         ("squint",)),
    Rule("heavy_periods", SOON,
         f"Periods heavy enough to soak through pads or clothes, or much heavier than before, are worth a "
         f"check-up (they can cause anaemia and can be treated). {SOON_TEXT}",
         ("heavy_periods",)),
    Rule("gum_disease", SOON,
         f"Gums that bleed every time you brush are worth showing to a dentist. {SOON_TEXT}",
         ("gums_bleed",)),
    Rule("pale_tired", SOON,
         f"Feeling tired and looking pale for weeks can be anaemia: ask for a blood test. {SOON_TEXT}",
         ("chronic_pale",)),
    Rule("underactive_thyroid", SOON,
         f"Feeling cold, tired and putting on weight for weeks can be an underactive thyroid: ask for a blood "
         f"test. {SOON_TEXT}",
         ("*cold_intolerance + weight_gain", "*cold_intolerance + constipation")),
    Rule("overactive_thyroid", SOON,
         f"Losing weight while eating more, with sweating, shaky hands or a fast heart, can be an overactive thyroid: "
         f"ask for a blood test. {SOON_TEXT}",
         ("*lost_weight + eating_more", "*lost_weight + sweating + shaky_hands",
          "*lost_weight + sweating + fast_resting")),
    Rule("irregular_rhythm", SOON,
         f"A watch or an ECG app that keeps reporting an irregular rhythm is worth a check with a doctor (an ECG for "
         f"atrial fibrillation, which raises the risk of stroke); with fainting, chest pain or breathlessness, "
         f"{CALL_NOW[0].lower()}{CALL_NOW[1:]}", ("irregular_alert",)),
    Rule("palpitations_recurrent", SOON,
         f"A heart that races, flutters or skips again and again, or suddenly races during exercise, is worth "
         f"a check-up (a heart tracing); with fainting, chest pain or breathlessness, {CALL_NOW[0].lower()}"
         f"{CALL_NOW[1:]}",
         ("*palpitations + exertion + sudden", "*palpitations + frequent", "*palpitations + long_duration")),
    Rule("alcohol_dependence", SOON,
         f"Needing a drink in the morning or shaking without one is a sign of alcohol dependence: see a doctor "
         f"before stopping, as stopping suddenly can be dangerous. {SOON_TEXT}",
         ("alcohol_dependence",)),
    Rule("painkiller_dependence", SOON,
         f"Needing a painkiller or sleeping tablet every day, buying it from several places, or feeling unwell "
         f"without it, is a sign of dependence: a GP or pharmacist can help you cut down safely. {SOON_TEXT}",
         ("painkiller_dependence",)),
    Rule("sleep_apnoea", SOON,
         f"Loud snoring with pauses in breathing and sleepiness in the day can be sleep apnoea, which can be "
         f"treated: see a doctor, and do not drive while sleepy. {SOON_TEXT}",
         ("sleep_apnoea",)),
    Rule("pelvic_breast_urinary_check", SOON,
         f"A bulge or dragging feeling in the vagina (a prolapse), bleeding after sex, periods painful enough to "
         f"miss school or work, a weak stream or getting up at night to pass urine, erection problems for months, a "
         f"nipple that has turned in, or dimpled skin on a breast is worth a check-up. {SOON_TEXT}",
         ("prolapse", "nipple_change", "after_sex_bleeding", "prostate_symptoms", "*erectile + long_duration",
          "*period_pain + impact", "*period_pain + severe_word", "*period_pain + not_improving")),
    Rule("raised_blood_pressure", SOON,
         f"Blood pressure readings of 140/90 or more are worth checking with a doctor or nurse (high blood "
         f"pressure rarely causes symptoms and can be treated). {SOON_TEXT}",
         ("bp_raised",)),
    Rule("child_constipation", SOON,
         f"A child who has been constipated for weeks (hard, painful poos, or runny poo leaking into pants) "
         f"needs treatment from a GP; it rarely settles on its own. {SOON_TEXT}",
         ("*constipation + long_duration", "*constipation + child + pain")),
    Rule("undescended_testicle", SOON,
         f"A testicle that cannot be felt in the scrotum should be checked by a GP (best treated before the age "
         f"of one). {SOON_TEXT}",
         ("undescended",)),
)
