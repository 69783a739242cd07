"""Red-flag rules across the body systems beyond muscles and nerves, read with `triage_rules` as one table."""

from __future__ import annotations

from qa.triage_rules import CALL_NOW, EMERGENCY, Rule
from qa.triage_rules_general_today import TODAY_RULES

# Written from the NHS "call 999 / go to A&E" and "call 111 / see a GP today" lists, body system
# by body system, and checked against a development catalogue of 757 questions
# (tests/data/triage_catalogue.jsonl). Findings live in `triage_lexicon_general`; the rules for
# the same day live in `triage_rules_general_today`.
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
          "*carbon_monoxide + headache + nausea + dizzy", "*carbon_monoxide + household_ill + headache")),
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
    # Three sets (DR, DY, EC) asked an emergency for thighs gone rock hard and swollen after a hard session with urine
    # like cola: muscle breakdown with pressure building in the muscle, beyond the same-day rhabdomyolysis notice.
    Rule("hard_muscle_dark_urine", EMERGENCY,
         f"Muscles gone rock hard and swollen after hard exercise, a crush or a long lie, with dark urine, can be "
         f"severe muscle breakdown with pressure building inside the muscle (compartment syndrome). {CALL_NOW}",
         # after exertion, a crush or a long lie: not a sprained ankle or full breasts with a dark morning wee (review)
         ("*limb_hard + dark_urine + exertion",)),
    Rule("heat_not_improving", EMERGENCY,
         f"Heat exhaustion that is not better after 30 minutes of cooling and drinking can become heatstroke. "
         f"{CALL_NOW}",
         ("*overheated + not_improving + dizzy", "*overheated + not_improving + nausea",
          "*heat_exhaustion + not_improving")),
    Rule("bleeding_after_surgery", EMERGENCY,
         f"Fresh red bleeding after an operation (for example days after having the tonsils out), more than a "
         f"few streaks, needs help now. {CALL_NOW}",
         ("*after_surgery + much_blood",)),
    *TODAY_RULES,
)
