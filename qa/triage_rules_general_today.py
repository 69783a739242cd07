"""General red-flag rules for a doctor the same day, and five emergencies added among them later."""

from __future__ import annotations

from qa.triage_rules import CALL_NOW, CRISIS, EMERGENCY, TODAY, URGENT, Rule

# Read after the emergencies of `triage_rules_general`, in this order, as one table.
TODAY_RULES: tuple[Rule, ...] = (
    # ---- urgent -----------------------------------------------------------------------------------
    Rule("chest_infection", URGENT,
         f"A fever with a cough and breathing harder than usual, or a chest infection with a fever and pain on "
         f"breathing in, can be pneumonia (after a stroke, from drinks going down the wrong way): get seen today. "
         f"{TODAY}",
         ("*fever + cough + breathless", "*fever + cough + breath_on_exertion", "*fever + infection + breath_pain")),
    Rule("feeding_tube_out", URGENT,
         f"A feeding tube (PEG) that has come out needs the nutrition team, district nurse or A&E within a few "
         f"hours: the opening starts to close. Cover it with a clean dressing and keep the tube. {TODAY}",
         ("feeding_tube_out",)),
    Rule("object_in_nose_or_ear", URGENT,
         f"Something pushed into a nose or an ear needs a doctor or nurse today to take it out safely: do not "
         f"try to dig it out. A button battery or a magnet is an emergency. {TODAY}",
         ("object_in_orifice",)),
    Rule("shingles", URGENT,
         f"A painful band of blisters or rash on one side of the body can be shingles: antiviral medicine works "
         f"best if started within 3 days, so see a doctor or pharmacist today. {TODAY}",
         ("*shingles_rash + pain", "*shingles_rash + one_side")),
    Rule("drug_rash", URGENT,
         f"A rash that appears after starting a new medicine can be an allergy to it: ask a pharmacist or "
         f"doctor today before the next dose; with swelling of the lips or tongue or trouble breathing, "
         f"{CALL_NOW[0].lower()}{CALL_NOW[1:]}",
         ("*drug_rash_start + rash", "*new_medicine + rash",
          # (lamotrigine, carbamazepine: "started lamotrigine 3 weeks ago… a rash spreading over my chest and i feel
          # fluey", set FL)
          "*sjs_drug + rash + spreading", "*sjs_drug + rash + fever", "*sjs_drug + rash + flu_like")),
    Rule("medicine_warning_signs", URGENT,
         f"Tendon pain or swelling on an antibiotic such as ciprofloxacin, a reliever inhaler needed every few "
         f"hours or an asthma attack (even one that settled), a COPD flare with more breathlessness or coloured "
         f"phlegm, or a wound with pus, or red and hot with a fever, needs a doctor today. {TODAY}",
         ("*quinolone + tendon + pain", "*quinolone + tendon + swollen", "reliever_often", "asthma_attack",
          "*copd + breath_on_exertion", "*copd + phlegm_change", "*wound + pus", "*pus + fever",
          "*wound + red_hot + fever", "*after_surgery + red_hot + fever")),
    Rule("diabetic_foot", URGENT,
         f"In someone with diabetes, a foot sore that is red, warm, swollen, smelly or weeping can be a deep "
         f"infection: see a doctor or foot clinic today. {TODAY}",
         ("*diabetes + infection_spread", "*diabetes + leg + red_hot + swollen")),
    Rule("adrenal_crisis", EMERGENCY,
         f"Someone with Addison's disease or on lifelong steroids who is vomiting, drowsy or confused can be in "
         f"an adrenal crisis: give the emergency hydrocortisone injection if they have one. {CALL_NOW}",
         ("*addisons + nausea", "*addisons + confused", "*addisons + fluid_loss")),
    Rule("alcohol_withdrawal", URGENT,
         f"Shaking, sweating or being sick a day or two after stopping heavy drinking is alcohol withdrawal, "
         f"which can lead to fits: get medical help today. {TODAY}",
         ("*alcohol_stop + sweating", "*alcohol_stop + nausea", "*alcohol_stop + leg_shaking")),
    Rule("bilateral_sciatica", URGENT,
         f"Sciatica in both legs, or numbness in both legs with back pain, needs a doctor today; with numbness "
         f"between the legs or trouble peeing, {CALL_NOW[0].lower()}{CALL_NOW[1:]}",
         ("*sciatica + both_legs + numb", "back + both_legs + spreading", "*sciatica + both_legs + spreading")),
    Rule("swallowed_battery", EMERGENCY,
         f"A button battery or magnets that may have been swallowed need hospital care now, even if the child "
         f"seems well: a battery can burn through the gullet within hours. {CALL_NOW}",
         ("*battery + swallow_word",)),
    Rule("pulmonary_embolism", EMERGENCY,
         f"Coughing up blood with a racing heart or breathlessness, or after an operation, or a painful swollen "
         f"calf with breathlessness or chest pain on breathing in, can be a clot in the lungs. {CALL_NOW}",
         ("*coughing_blood + palpitations", "*after_surgery + coughing_blood", "*coughing_blood + breathless",
          "*dvt_site + swollen + coughing_blood", "*dvt_site + swollen + breath_pain",
          "*dvt_site + swollen + breathless_little", "*dvt_site + swollen + breathless")),
    Rule("chemical_poisoning", EMERGENCY,
         f"Sweating, drooling, twitching all over or tiny pupils after sheep dip or a pesticide, or pain under "
         f"the nails after hydrofluoric acid, need help now: wash the skin and take the product's label. {CALL_NOW}",
         ("*pesticide_exposure + cholinergic", "*pesticide_exposure + twitch", "*pesticide_exposure + breathless",
          "hf_acid")),
    Rule("paracetamol_too_often", EMERGENCY,
         f"Paracetamol or co-codamol taken more often than every 4 hours, or more than 8 tablets in a day, can "
         f"harm the liver even when the person feels well: get help now. {CALL_NOW}",
         ("*paracetamol_drug + too_often",)),
    Rule("dialysis_or_eye_warning", URGENT,
         f"A dialysis fistula that has lost its buzz, or blurred sight with pain on moving the eye, needs a "
         f"doctor today. {TODAY}",
         ("fistula_silent", "*on_dialysis + buzz_gone", "*eye_move_pain + vision_change",
          "*eye_move_pain + vision_gradual")),
    Rule("outdoor_hazards", URGENT,
         f"A fever after falling into a canal, river or floodwater (leptospirosis), or a fish hook, splinter or "
         f"glass buried in the skin, needs a doctor today. {TODAY}",
         ("*water_exposure + fever", "embedded_object")),
    Rule("bloody_diarrhoea", URGENT, f"Diarrhoea with blood in it should be checked by a doctor today. {TODAY}",
         ("bloody_diarrhoea",)),
    Rule("missed_essential_medicine", URGENT,
         f"Running out of, or missing doses of, epilepsy medicine, insulin, steroid tablets or Parkinson's "
         f"medicine can be dangerous: a pharmacist can often give an emergency supply today. {TODAY}",
         ("run_out_meds",)),
    Rule("nitrous_nerve_damage", URGENT,
         f"Numbness, tingling, weakness or unsteady walking after using nitrous oxide (laughing gas, balloons) can "
         f"be nerve and spinal cord damage from vitamin B12 being used up: stop, and see a doctor today. {TODAY}",
         ("*nitrous + numb", "*nitrous + weak", "*nitrous + unsteady")),
    Rule("mental_health_crisis", URGENT,
         f"Hearing voices, strange beliefs, or days without sleep with racing, reckless behaviour need an urgent "
         f"mental health assessment today. {TODAY}",
         ("psychosis", "*no_sleep + strange_behaviour")),
    Rule("self_harm_urgent", URGENT, CRISIS, ("cutting_self",)),
    Rule("statin_weakness", URGENT,
         f"Muscle pain with weakness on a statin, with no exercise to explain it, should be checked today (a "
         f"blood test for muscle damage); dark urine with it is an emergency. {TODAY}",
         ("*statin + weak + pain", "*statin + weak + muscle_pain",
          # weak thighs told as getting up: "struggle to get off the toilet" (sets DJ, DK)
          "statin + rise_hard", "*statin + rise_hard + pain")),
    Rule("bleeding_risk", URGENT,
         f"Bleeding gums, nosebleeds or large bruises on a blood thinner, or bruises or tiny red spots you "
         f"cannot explain, should be checked today. {TODAY}",
         ("*anticoagulant + bleeding_sign", "*anticoagulant + bruise_word", "bruising", "*quinine + bruise_word",
          "*quinine + bleeding_sign")),
    Rule("coughing_blood", URGENT, f"Coughing up blood should be checked by a doctor today. {TODAY}",
         ("coughing_blood",)),
    Rule("jaundice", URGENT, f"Yellow skin or yellow whites of the eyes should be checked by a doctor today. {TODAY}",
         ("jaundice",)),
    Rule("diabetes_urgent", URGENT,
         f"A child who is suddenly very thirsty, weeing a lot or losing weight may have type 1 diabetes; and "
         f"high blood sugar readings for a day or more need advice today. {TODAY}",
         ("*child + thirst + wetting", "*child + thirst + lost_weight", "*child + wetting + lost_weight",
          "*diabetes + sugar_high", "*sugar_high + thirst", "*sugar_high + too_often")),
    Rule("medicine_mistake", URGENT,
         f"A double dose or wrong dose of a medicine such as insulin, methotrexate, lithium or a blood thinner, "
         f"or signs of too much of one (unsteady like being drunk after an epilepsy medicine's dose went up): "
         f"call 111 or your pharmacist or doctor now for advice. {TODAY}",
         ("double_dose", "*lithium + nausea", "*lithium + dizzy", "*cramp_drug + tinnitus", "*lithium + fluid_loss",
          "*lithium + unsteady", "*digoxin + nausea", "*digoxin + colour_vision", "*quinine + tinnitus",
          "*quinine + vision_change", "*anticonvulsant + dose_raised + unsteady")),
    Rule("exposure_risk", URGENT,
         f"A needle-stick from a used needle, a human bite that broke the skin, a sexual assault, or possible "
         f"carbon monoxide needs care today (some treatments work only if started within hours). {TODAY}",
         ("needlestick", "human_bite", "sexual_assault", "carbon_monoxide", "hiv_exposure")),
    Rule("child_limp", URGENT,
         f"A child who suddenly limps, will not walk or put weight on a leg, or a baby who stops moving a leg or an "
         f"arm, especially with a fever, should "
         f"be seen today. {TODAY}",
         ("*child + refuse_walk", "*baby + refuse_walk", "*child + limping + fever")),
    Rule("child_breathing", URGENT,
         f"A baby breathing fast or with a harsh noise when breathing in, or feeding less than usual, should be "
         f"seen today; if the ribs suck in or the lips turn blue, {CALL_NOW[0].lower()}{CALL_NOW[1:]}",
         ("*baby + fast_breathing", "*child + stridor", "stridor")),
    Rule("tendon_or_joint_injury", URGENT,
         f"A snap or pop in the heel, calf, knee or arm (a bicep bunched up, a big bruise), a joint that swells "
         f"fast after a twist, or a fall on the hand with pain at the base of the thumb should be seen today. "
         f"{TODAY}",
         ("*snap_pop + leg", "*snap_pop + heel", "*snap_pop + arm", "*snap_pop + bruise_word", "heel_kick",
          "*injury + locked_joint",
          "*tiptoe_fail + heel",
          "*fell_on_hand + tender_thumb", "*fell_on_hand + swollen", "*injury + wrist + swollen",
          "*injury + swollen + locked_joint",
          "*fell_on_hand + pain")),
    Rule("fever_older_person", URGENT,
         f"A fever in someone over 75 with diabetes, or who is off their food or sleepier than usual, can be a "
         f"serious infection that shows little else at first: they should be seen today. {TODAY}",
         ("*frail + fever + diabetes", "*frail + fever + appetite_loss", "*frail + fever + drowsy")),
    Rule("infection_urgent", URGENT,
         f"A fever after travel to a malaria area, a rash with a fever, a red hot breast with a fever, swelling "
         f"behind the ear, infected blistering eczema, or gallbladder pain with a fever should be seen today. {TODAY}",
         ("*travel_tropics + fever", "*rash + fever", "*breast + red_hot + fever", "behind_ear", "*eczema + blister",
          "*gallbladder + fever")),
    Rule("circulation_urgent", URGENT,
         f"Toes or fingers turning black, frostbite, or a diabetic foot wound that is darkening or oozing should "
         f"be seen today. {TODAY}",
         ("gangrene", "frostbite", "*white_fingers + blister", "cold_injury")),
    Rule("heart_failure_worse", URGENT,
         f"With heart failure, ankles swelling more, weight up by 2 kg or more in a few days, or needing more "
         f"pillows to breathe, should be checked today. {TODAY}",
         ("*heart_failure + ankles", "*heart_failure + swollen", "fluid_gain")),
    Rule("new_confusion", URGENT,
         f"Someone who has become muddled, vague or slower in their thinking over hours or days (with being "
         f"sick, headaches, thirst, unsteadiness, cancer, liver disease or a water tablet) should be seen by a "
         f"doctor today. {TODAY}",
         ("*confused + nausea", "*confused + headache", "*confused + thirst", "*confused + cancer",
          "*confused + diuretic", "*confusion_worse + frail", "*confusion_worse + procedure", "confused + unsteady",
          "*liver_disease + confused")),
    Rule("peritoneal_dialysis_infection", URGENT,
         f"A cloudy drained bag in peritoneal dialysis, above all with tummy pain, is peritonitis until shown "
         f"otherwise: ring the renal unit or PD team today. {TODAY}",
         ("*on_dialysis + cloudy_bag", "*cloudy_bag + belly_pain")),
    Rule("medicines_not_kept_down", URGENT,
         f"Someone who cannot keep down medicines they must not miss (for Parkinson's, epilepsy, steroids, "
         f"insulin or a transplant) needs medical advice today. {TODAY}",
         ("*keep_nothing_down + critical_medicine",)),
    Rule("fast_heart_rate", URGENT,
         f"A heart rate of 130 or more at rest that does not settle, or with feeling faint or dizzy, should be "
         f"checked today; with chest pain or breathlessness, {CALL_NOW[0].lower()}{CALL_NOW[1:]}",
         ("*fast_rate + not_improving", "*fast_rate + dizzy", "*fast_rate + long_duration",
          "*fast_rate + irregular_alert", "*fast_rate + at_rest")),
    Rule("limp_with_fever", URGENT,
         f"A child who will not put weight on a leg, with a temperature, can have an infected joint or bone and "
         f"needs to be seen today. {TODAY}",
         ("*wont_bear_weight + fever", "*limping + fever", "*child + wont_bear_weight")),
    Rule("knocked_out", URGENT,
         f"Anyone knocked out by a blow to the head, even for seconds and even if they feel fine now, should be seen "
         f"at an emergency department today; if they are drowsy, being sick or confused, {CALL_NOW[0].lower()}"
         f"{CALL_NOW[1:]}",
         ("*head_blow + knocked_out",)),
    Rule("wound_needs_closing", URGENT,
         f"A cut that gapes open, is deep, or will not stay closed needs closing (stitches, strips or glue) "
         f"at an urgent treatment centre today, best within hours. {TODAY}",
         ("gaping", "*wound_open + after_surgery", "*wound_open + procedure")),
    Rule("high_blood_pressure", URGENT,
         f"A blood pressure reading of 180/120 or more should be checked today, even without symptoms. {TODAY}",
         ("bp_very_high",)),
    Rule("mouth_and_catheter", URGENT,
         f"A knocked-out adult tooth, bleeding that will not stop after a tooth was taken out, or a catheter that "
         f"has stopped draining needs care today. {TODAY}",
         ("tooth_out", "*extraction + bleeding", "catheter")),
    Rule("raised_pressure_headache", URGENT,
         f"Headaches that are worst on waking, with vomiting, or that get worse on coughing or bending, should "
         f"be checked today. {TODAY}",
         ("*morning_headache + nausea", "*morning_headache + weak")),
    Rule("back_pain_cancer", URGENT,
         f"New or worsening back pain in someone who has or had cancer should be checked today (cancer can "
         f"spread to the spine); weakness or numbness in the legs with it is an emergency. {TODAY}",
         ("*cancer + back + pain",)),
    Rule("back_pain_fever", URGENT,
         f"Back pain that comes with a high temperature can be an infection of the spine or the kidney: see a "
         f"doctor today. {TODAY}",
         ("back + pain + fever",)),
    Rule("sunburn_severe", URGENT,
         f"Sunburn with blisters, a fever, chills or being sick needs medical advice today. {TODAY}",
         ("*sunburn + blister", "*sunburn + fever", "*sunburn + nausea")),
)
