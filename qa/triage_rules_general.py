"""Red-flag rules across the body systems beyond muscles and nerves, read with `triage_rules` as one table."""

from __future__ import annotations

from qa.triage_rules import CALL_NOW, CRISIS, EMERGENCY, TODAY, URGENT, Rule

# Written from the NHS "call 999 / go to A&E" and "call 111 / see a GP today" lists, body system
# by body system, and checked against a development catalogue of 757 questions
# (tests/data/triage_catalogue.jsonl). Findings live in `triage_lexicon_general`.
GENERAL_RULES: tuple[Rule, ...] = (
    # ---- emergencies ------------------------------------------------------------------------------
    Rule("hypothermia", EMERGENCY,
         f"Someone very cold who is drowsy, confused or has stopped shivering has dangerous hypothermia: warm "
         f"them slowly with blankets. {CALL_NOW}",
         ("*hypothermia + confused", "*hypothermia + cant_move", "*hypothermia + frail",
          "*hypothermia + unresponsive", "*water_exposure + cold + confused")),
    Rule("electric_shock", EMERGENCY,
         f"After an electric shock from the mains or lightning, get checked now even if they seem fine: a "
         f"shock can upset the heart. Do not touch them until the power is off. {CALL_NOW}",
         ("electric_shock",)),
    Rule("drowning", EMERGENCY,
         f"Anyone pulled from water who swallowed or breathed in water, coughs or breathes fast needs "
         f"checking in hospital now. {CALL_NOW}",
         ("drowning",)),
    Rule("serious_injury", EMERGENCY,
         f"A stab or gunshot wound, a part cut off, a bone through the skin or a limb bent out of shape, a "
         f"dislocated joint, or a serious crash or fall needs help now. {CALL_NOW}",
         ("penetrating", "amputation", "deformed_limb", "dislocation", "*major_trauma + trauma_sign",
          "*eye_injury + pain", "*eye_injury + vision_change", "*eye_injury + bleeding", "*long_lie + frail",
          "*long_lie + injury", "long_lie + cant_move", "*long_lie + confused", "*long_lie + cold",
          "*injury + frail + cant_move",
          "*injury + frail + cant_bear_weight",
          "*injury + neck_site + numb", "*diving_injury + neck_site", "*diving_injury + numb",
          "*injury + neck_site + cant_move", "*injury + cant_feel_legs")),
    Rule("venomous_bite", EMERGENCY,
         f"A snake bite needs hospital care now: keep the bitten part still and below the heart. {CALL_NOW}",
         ("snake_bite",)),
    Rule("aortic_emergency", EMERGENCY,
         f"A sudden tearing or ripping pain in the chest, back or tummy can be a tear in the body's main "
         f"artery. {CALL_NOW}",
         ("tearing_pain", "*aneurysm + pain", "*aneurysm + pale")),
    Rule("very_high_blood_pressure", EMERGENCY,
         f"Blood pressure of 180/120 or more with a headache, chest pain, blurred sight or confusion needs "
         f"help now. {CALL_NOW}",
         ("*bp_very_high + headache", "*bp_very_high + vision_change", "*bp_very_high + chest",
          "*bp_very_high + confused")),
    Rule("severe_hypoglycaemia", EMERGENCY,
         f"A low blood sugar in someone too drowsy or confused to eat or drink safely, or who has a fit, needs "
         f"help now: do not put food in the mouth of someone who is not awake. {CALL_NOW}",
         ("*hypo + confused", "*hypo + unresponsive", "*hypo + seizure", "*hypo + swallow_trouble",
          "*diabetes + confused + sweating", "*diabetes + confused + drowsy")),
    Rule("carbon_monoxide_poisoning", EMERGENCY,
         f"Headaches, sickness or drowsiness after a heater, barbecue or generator was used indoors or in a "
         f"tent can be carbon monoxide poisoning: get everyone into fresh air. {CALL_NOW}",
         ("*carbon_monoxide + drowsy", "*carbon_monoxide + confused", "*carbon_monoxide + unresponsive",
          "*carbon_monoxide + headache + nausea + dizzy")),
    Rule("dialysis_potassium", EMERGENCY,
         f"After a missed dialysis session, heavy or weak legs or a heart that flutters or misses beats can "
         f"mean a dangerous potassium level. {CALL_NOW}",
         ("*on_dialysis + missed_session + weak", "*on_dialysis + missed_session + palpitations",
          "*missed_dialysis + weak", "*missed_dialysis + palpitations")),
    Rule("diving_or_altitude_illness", EMERGENCY,
         f"Numbness, weakness, breathlessness or confusion after a scuba dive, or confusion, stumbling or "
         f"breathlessness at altitude, needs emergency care (oxygen, going down, a pressure chamber). {CALL_NOW}",
         ("*scuba + numb", "*scuba + weak", "*scuba + breathless", "*scuba + confused", "*scuba + unsteady",
          "*altitude + confused", "*altitude + unsteady", "*altitude + breathless", "*altitude + drowsy")),
    Rule("after_near_drowning", EMERGENCY,
         f"After going under water, a child or adult who keeps coughing, breathes fast or is unusually sleepy "
         f"needs checking in hospital now (water in the lungs). {CALL_NOW}",
         ("*went_under + cough", "*went_under + fast_breathing", "*went_under + breathless",
          "*went_under + confused", "*went_under + drowsy")),
    Rule("sudden_confusion", EMERGENCY,
         f"Confusion that comes on suddenly (not knowing where they are, what day it is, or making no sense), or "
         f"confusion with the eyes flicking about (after weeks of vomiting, weight-loss surgery or heavy drinking it "
         f"can be a lack of thiamine, vitamin B1), needs help now. {CALL_NOW}",
         ("sudden + confused", "*confused + eye_jerking")),
    Rule("serious_bleeding_inside", EMERGENCY,
         f"Coughing up a lot of blood, or passing a lot of blood from the bottom, needs help now. {CALL_NOW}",
         ("*coughing_blood + much_blood", "*rectal_blood + much_blood", "*rectal_blood + pale",
          "*rectal_blood + near_faint")),
    Rule("severe_drug_reaction", EMERGENCY,
         f"Rigid muscles with a high temperature or confusion on an antipsychotic or antidepressant, or a "
         f"blistering rash with sores in the mouth or eyes, can be a severe drug reaction. {CALL_NOW}",
         ("*psych_drug + rigid + fever", "*psych_drug + rigid + confused", "*psych_drug + clonus + fever",
          "*psych_drug + spasm + fever + fast_rate",
          "*psych_drug + spasm + fever + sweating", "*psych_drug + spasm + sweating + agitated",
          "*blister + mouth_sores",
          "*skin_peeling + mouth_sores", "*rash + mouth_sores + blister", "*skin_peeling + blister")),
    Rule("seriously_ill_baby", EMERGENCY,
         f"A baby or child who is floppy, hard to wake or not responding, or a baby with blood like redcurrant "
         f"jelly in the nappy, needs help now. {CALL_NOW}",
         ("*baby + limp_floppy", "*child + limp_floppy", "infant_blood_stool", "*baby + no_urine + drowsy")),
    Rule("eye_emergency", EMERGENCY,
         f"A swollen eye or eyelid with a fever, pain on moving the eye or changed sight, or sudden double "
         f"vision, needs help now. {CALL_NOW}",
         ("*eye_swollen + fever", "*eye_swollen + vision_change", "sudden + double_vision", "double_vision + droop")),
    Rule("stuck_hernia_or_foreskin", EMERGENCY,
         f"A hernia that has gone hard, red or very painful or will not go back in, a foreskin stuck back and "
         f"swelling, or an erection lasting over four hours, needs help now. {CALL_NOW}",
         ("*hernia + hernia_stuck", "paraphimosis", "priapism")),
    Rule("spreading_mouth_infection", EMERGENCY,
         f"A tooth or throat infection with trouble swallowing or breathing, or swelling spreading to the eye "
         f"or neck, needs help now. {CALL_NOW}",
         ("*dental_abscess + swallow_trouble", "*dental_abscess + eye_swollen")),
    Rule("sickle_cell_crisis", EMERGENCY,
         f"Someone with sickle cell disease who has a fever, severe pain, chest pain or breathlessness needs "
         f"hospital care now. {CALL_NOW}",
         ("*sickle + fever", "*sickle + severe_word", "*sickle + pain")),
    Rule("spinal_cord_compression", EMERGENCY,
         f"Back pain with new weakness or numbness in the legs in someone who has or had cancer, or after a fall "
         f"or a blow to the back, can mean pressure on or injury to the spinal cord. {CALL_NOW}",
         ("*cancer + back + weak", "*cancer + back + numb", "*cancer + weak + numb",
          "*injury + back + both_legs + numb", "*injury + back + both_legs + weak", "*sensory_level + weak")),
    Rule("rising_weakness", EMERGENCY,
         f"Weakness climbing up the legs (often after an infection) with trouble breathing, swallowing or "
         f"speaking, or a drooping face, can be Guillain-Barré syndrome affecting the breathing. {CALL_NOW}",
         ("*ascending + weak + breathless", "*ascending + weak + swallow_trouble", "*ascending + weak + droop",
          "*weak_all_limbs + breathless", "*weak_all_limbs + swallow_trouble",
          "*ascending + weak + speech")),
    Rule("tight_swollen_limb", EMERGENCY,
         f"After an injury, a limb that becomes rock hard and tight with pain far worse than expected can be "
         f"compartment syndrome, which needs surgery within hours. {CALL_NOW}",
         ("*limb_hard + severe_pain", "*injury + limb_hard + pain", "*impact + limb_hard",
          "*injury + pain_out_of_proportion", "*cast + pain_out_of_proportion", "*limb_hard + worsening",
          "*limb_hard + pain_out_of_proportion", "*limb_hard + numb")),
    Rule("heat_not_improving", EMERGENCY,
         f"Heat exhaustion that is not better after 30 minutes of cooling and drinking can become heatstroke. "
         f"{CALL_NOW}",
         ("*overheated + not_improving + dizzy", "*overheated + not_improving + nausea",
          "*heat_exhaustion + not_improving")),
    Rule("bleeding_after_surgery", EMERGENCY,
         f"Fresh red bleeding after an operation (for example days after having the tonsils out), more than a "
         f"few streaks, needs help now. {CALL_NOW}",
         ("*after_surgery + much_blood",)),
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
         ("*drug_rash_start + rash", "*new_medicine + rash")),
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
          "*fast_rate + irregular_alert")),
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
