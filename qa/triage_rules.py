"""The red-flag rules: which combinations of findings call for which care notice (one table to review)."""

from __future__ import annotations

from dataclasses import dataclass

EMERGENCY, URGENT, SOON = "emergency", "urgent", "soon"
SEVERITY = {EMERGENCY: 3, URGENT: 2, SOON: 1}

CALL_NOW = ("Call your local emergency number now (for example 911 in the US and Canada, 112 in "
            "the EU, 999 in the UK, 000 in Australia).")
CRISIS = ("If you are thinking about suicide or harming yourself, you are not alone: call or text "
          "988 in the US, call Samaritans on 116 123 in the UK and Ireland, or your local "
          "emergency number or crisis line now.")
TODAY = "See a doctor today, or call your local urgent care or non-emergency medical line."
SOON_TEXT = "Make an appointment with a doctor soon, within the next week or two."


@dataclass(frozen=True)
class Rule:
    """A red flag: it fires when every finding of any one combination is affirmed.

    A combination is written "leg + cold + pale": findings of `triage_lexicon` (or the rule
    names of `twitch` matchers below), all in one sentence and within `window` words; a
    combination starting with "*" may spread its findings over the whole question.
    """

    name: str
    level: str
    message: str
    combos: tuple[str, ...]
    window: int = 16


RULES: tuple[Rule, ...] = (
    # ---- emergencies ------------------------------------------------------------------------------
    Rule("heart_attack", EMERGENCY,
         f"Chest pain, pressure or tightness, or pain spreading to the arm, jaw or back, can be a heart "
         f"attack. {CALL_NOW}",
         ("chest + pain", "chest + pressure", "pressure + spreading + radiating_site",
          "pain + spreading + radiating_site", "heart_attack_named", "chest + sweating",
          "*cardiac_site + pain + sweating", "*cardiac_site + pain + nausea", "*pale + sweating + nausea",
          "chest + breathless", "*angina + pain + not_improving", "*angina + pain + worsening")),
    Rule("stroke", EMERGENCY,
         f"Face drooping, arm weakness or trouble speaking can be signs of a stroke. {CALL_NOW}",
         ("face + droop", "speech", "one_side + weak", "one_side + numb", "sudden + arm + weak",
          "sudden + arm + numb", "sudden + arm + cant_move", "arm + cant_move", "vision_loss",
          "sudden + arm_face_weak_feel", "arm_face_weak_feel + speech", "one_side + arm_face_weak_feel",
          "stroke_named")),
    Rule("breathing", EMERGENCY, f"Severe trouble breathing needs help straight away. {CALL_NOW}",
         ("breathless", "*stridor + drooling")),
    Rule("slowed_breathing", EMERGENCY,
         f"Slow or shallow breathing with drowsiness, floppiness or confusion can be poisoning by a medicine (an "
         f"opioid, a sedative, or magnesium with weak kidneys). {CALL_NOW}",
         ("*slow_breathing + drowsy", "*slow_breathing + limp_floppy", "*slow_breathing + confused")),
    Rule("anaphylaxis", EMERGENCY,
         f"Swelling of the lips, tongue or throat, or hives with trouble breathing, can be a severe allergic "
         f"reaction (anaphylaxis). Use an adrenaline auto-injector if there is one. {CALL_NOW}",
         ("swelling_airway", "anaphylaxis_named", "hives + breathless", "*allergen + swelling_airway",
          "*allergen + face_swelling", "*face_swelling + breathless", "*face_swelling + hives")),
    Rule("collapse_seizure", EMERGENCY,
         f"Someone who has collapsed, is unconscious or is having a seizure needs help now. {CALL_NOW}",
         ("unresponsive", "seizure")),
    Rule("overdose_poison", EMERGENCY,
         f"An overdose or poisoning needs help now, even if there are no symptoms yet. {CALL_NOW} "
         f"Keep the packet or bottle to show the emergency services.",
         ("overdose", "overdose_named", "*toxic_drug + fever", "*toxic_drug + sweating", "*toxic_drug + palpitations",
          "*toxic_drug + double_dose", "*lithium + confused", "*small_child + pills_missing")),
    Rule("suicide_self_harm", EMERGENCY, CRISIS, ("self_harm", "lethal_dose_asked")),
    Rule("crush_injury", EMERGENCY,
         f"Someone freed after being trapped or crushed, whose limb swells or who turns pale or drowsy, needs "
         f"hospital care now (crushed muscle can harm the kidneys and heart). {CALL_NOW}",
         ("*crush + swollen", "*crush + pale", "*crush + confused", "*crush + dark_urine", "*crush + numb")),
    Rule("heart_rhythm", EMERGENCY,
         f"A racing, fluttering or skipping heart with fainting or nearly fainting, breathlessness or chest pain "
         f"needs help now. {CALL_NOW}",
         ("*palpitations + near_faint", "*palpitations + breathless", "*palpitations + chest + pain",
          "*palpitations + unresponsive")),
    Rule("thunderclap_headache", EMERGENCY,
         f"A sudden, very severe headache (the worst ever, like a blow to the head) needs help now. {CALL_NOW}",
         ("thunderclap", "*headache + sudden + worst_ever")),
    Rule("delirium", EMERGENCY,
         f"Seeing or hearing things that are not there, with sweating, fever or confusion (for example days "
         f"after stopping heavy drinking), needs help now. {CALL_NOW}",
         ("*hallucinating + sweating", "*hallucinating + fever", "*hallucinating + confused",
          "*hallucinating + seizure")),
    Rule("kidneys_failing", EMERGENCY,
         f"Dark brown or cola-coloured urine with very little of it, after exertion, heat or a crush, can mean "
         f"the kidneys are failing. {CALL_NOW}",
         ("*dark_urine + no_urine", "*dark_urine + confused + exertion")),
    Rule("major_burn", EMERGENCY,
         f"A scald or burn on a child, or a large or blistering burn: cool it under cool running water for 20 "
         f"minutes and cover it loosely with cling film. {CALL_NOW}",
         ("*scald + child", "*scald + baby", "*scald + blister", "*scald + burn_deep")),
    Rule("hip_fracture", EMERGENCY,
         f"After a fall, a leg that looks shorter or turned outwards, or that cannot be stood on, can be a broken "
         f"hip: do not move the person; {CALL_NOW[0].lower()}{CALL_NOW[1:]}",
         ("hip_shortened",)),
    Rule("urinary_retention", EMERGENCY,
         f"Not being able to pee at all, especially with a swollen or painful lower belly, needs help now. {CALL_NOW}",
         ("retention",)),
    Rule("retinal_detachment", EMERGENCY,
         f"A shadow or curtain moving over your sight, or a sudden shower of new floaters or flashes, can be a "
         f"detached retina: go to A&E or an eye emergency service now. {CALL_NOW}",
         ("curtain",)),
    Rule("bowel_obstruction", EMERGENCY,
         f"No poo or wind for days with a swollen tummy and vomiting (green or dark vomit especially) can be a "
         f"blocked bowel. {CALL_NOW}",
         ("*no_bowel + nausea", "*no_bowel + swollen + pain", "vomit_green")),
    Rule("acute_abdomen", EMERGENCY,
         f"A tummy that is hard or rigid, or pain that suddenly gets much worse and spreads, needs help now. "
         f"{CALL_NOW}",
         ("rigid_belly", "*right_lower_pain + fever + severe_word", "*procedure + belly_pain + worsening + fever",
          "*after_surgery + belly_pain + worsening + fever")),
    Rule("ectopic_pregnancy", EMERGENCY,
         f"In early pregnancy, tummy pain with pain in the tip of the shoulder, or feeling faint, can be an "
         f"ectopic pregnancy. {CALL_NOW}",
         ("*pregnant + shoulder_tip", "*pregnant + near_faint", "*maybe_pregnant + shoulder_tip",
          "*maybe_pregnant + near_faint")),
    Rule("acute_glaucoma", EMERGENCY,
         f"A painful red eye with haloes round lights, blurred sight or being sick can be acute glaucoma: go to "
         f"A&E or an eye emergency service now. {CALL_NOW}",
         ("halos", "*red_eye_pain + vision_change + nausea")),
    Rule("eye_chemical", EMERGENCY,
         f"A chemical in the eye: rinse it with running water for at least 20 minutes while help comes. {CALL_NOW}",
         ("eye_chemical",)),
    Rule("dehydration_drowsy", EMERGENCY,
         f"Being sick or having diarrhoea, with little or no urine, and now confused, hard to wake or nearly "
         f"fainting on standing, is severe dehydration. {CALL_NOW}",
         ("*fluid_loss + confused + no_urine", "*no_urine + confused",
          "*fluid_loss + drowsy + no_urine", "*fluid_loss + no_urine + near_faint",
          "*dark_urine + no_urine + muscle_pain")),
    Rule("tetanus_signs", EMERGENCY,
         f"A jaw that is stiff or will not open, or stiff, spasming neck muscles, can be tetanus. {CALL_NOW}",
         ("jaw_stiff",)),
    Rule("limb_ischaemia", EMERGENCY,
         f"A leg or foot that is suddenly cold, pale or blue, numb or hard to move can have lost its "
         f"blood supply. {CALL_NOW}",
         ("leg + cold + pale", "leg + cold + numb", "leg + cold + pulseless", "leg + pale + numb",
          "leg + pale + pulseless", "leg + pulseless", "leg + cold + cant_move", "leg + pale + cant_move",
          "leg + cold + pain + sudden", "leg + pale + pain + sudden", "*leg + cold + numb + sudden",
          "*leg + pale + numb + sudden", "*leg + cold + pale + pain", "*leg + cold + cant_move + sudden"), window=22),
    Rule("cauda_equina", EMERGENCY,
         f"Numbness around the bottom or genitals, or new trouble with the bladder or bowels, with back "
         f"pain or leg symptoms can be cauda equina syndrome, which needs surgery fast. {CALL_NOW}",
         ("saddle + numb", "*back + bladder_bowel", "*leg + weak + bladder_bowel",
          "*leg + numb + bladder_bowel", "cauda_named"), window=10),
    Rule("sepsis", EMERGENCY,
         f"Fever or shivering with confusion, mottled or very pale skin, fast breathing or feeling very "
         f"unwell can be sepsis. {CALL_NOW}",
         ("*fever + confused", "*fever + mottled", "*fever + breathless", "*wound + confused + fever", "*chemo + fever",
          "*wound + fever + near_faint", "*wound + fever + pain_out_of_proportion",
          "*kidney_stone + fever",
          "sepsis_named", "*infection_spread + confused", "*infection_spread + mottled", "*infection + confused",
          "*infection + mottled", "*wound + fever + mottled", "*wound + fever + no_urine",
          # two red-flag signs after a wound, the fever unnamed ("cut… 3 days ago now im shaking, skin gone blotchy,
          # breathing fast and… confused", set FI)
          "*wound + mottled + confused", "*wound + fast_breathing + confused", "*wound + mottled + fast_breathing")),
    Rule("meningitis", EMERGENCY,
         f"A fever with a stiff neck, a dislike of bright light or a rash that does not fade under a glass "
         f"can be meningitis. {CALL_NOW}",
         ("*fever + stiff_neck", "*headache + stiff_neck", "rash_nonfading", "meningitis_named",
          "bulging_fontanelle", "*baby + fever + child_unwell")),
    Rule("heat_stroke", EMERGENCY,
         f"Confusion, collapse or hot dry skin after heat or hard exercise can be heatstroke (or, after drinking "
         f"a lot of water, too little salt in the blood: give no more water): cool the person down while you "
         f"wait. {CALL_NOW}",
         ("*overheated + confused", "*overheated + not_sweating", "heat_stroke_named + confused",
          "not_sweating + confused", "*overheated + not_improving + dizzy",
          "*overheated + not_improving + nausea", "*exertion + confused + drowsy")),
    Rule("severe_bleeding", EMERGENCY,
         f"Bleeding that will not stop needs help now: press firmly on the wound. {CALL_NOW}",
         ("heavy_bleeding",)),
    Rule("head_injury", EMERGENCY,
         f"A head injury followed by being knocked out, vomiting, confusion or drowsiness needs help now. "
         f"{CALL_NOW}",
         ("*head_blow + unresponsive", "*head_blow + nausea", "*head_blow + confused", "*head_blow + anticoagulant",
          "*head_blow + seizure")),
    Rule("compartment_syndrome", EMERGENCY,
         f"Pain under a cast or after an injury that keeps getting worse despite painkillers, with tingling "
         f"or pain on moving the toes or fingers, can be compartment syndrome. {CALL_NOW}",
         ("*cast + severe_pain", "*cast + numb + pain + sudden", "*trauma_sign + limb_hard + numb",
          "*trauma_sign + limb_hard + severe_pain")),
    Rule("dka", EMERGENCY,
         f"A diabetic with very high sugar, vomiting, deep fast breathing or breath smelling of pear drops can "
         f"have diabetic ketoacidosis. {CALL_NOW}",
         ("*diabetes + dka_sign", "*diabetes + nausea + breathless")),
    Rule("gi_bleed", EMERGENCY,
         f"Vomiting blood or what looks like coffee grounds, or black, sticky poo, can be bleeding in the gut. "
         f"{CALL_NOW}",
         ("gi_bleed",)),
    Rule("testicular_torsion", EMERGENCY,
         f"Sudden, severe pain in a testicle can be a twisted testicle, which needs surgery within hours. "
         f"{CALL_NOW}",
         ("*testicle + pain + sudden", "*testicle + pain + nausea", "*testicle + swollen + sudden")),
    # ---- urgent (today) ---------------------------------------------------------------------------
    # Before the clot rule: thighs swollen and sore with cola-coloured urine are muscle breaking down, not a clot.
    Rule("rhabdomyolysis", URGENT,
         "Dark brown, red or cola-coloured urine with muscle pain or weakness, after hard exercise, a "
         f"crush, heat or a statin, can be rhabdomyolysis, which harms the kidneys. {TODAY}",
         ("dark_urine", "rhabdo_named", "*muscle_pain + exertion + weak")),
    Rule("dvt", URGENT,
         "A swollen, red, warm or painful calf, especially in one leg, can be a blood clot (DVT). "
         f"{TODAY} If you are also short of breath or have chest pain, {CALL_NOW[0].lower()}{CALL_NOW[1:]}",
         ("dvt_site + swollen", "dvt_site + red_hot + pain", "dvt_site + red_hot + swollen", "clot_named",
          "dvt_site + pain + one_leg_only")),
    Rule("worsening_weakness", URGENT,
         "Muscle weakness that is getting worse, or numbness rising up the legs, needs a check today. "
         f"{TODAY}",
         ("weak + worsening_recent", "worsening_weakness", "ascending", "*both_legs + numb + weak",
          "*foot_drop + worsening_recent", "foot_drop + back", "*foot_drop + sudden", "*foot_drop + sciatica",
          "*foot_drop + back_injury",
          "*weak + new_onset + dexterity", "*numb + worsening + unsteady", "*numb + weak + worsening_recent")),
    Rule("long_cramp", URGENT, f"A cramp that lasts more than 10 minutes is not a usual cramp. {TODAY}",
         ("long_cramp", "*cramp + cramp_start_time + cramp_still", "*cramp + cramp_still + swollen")),
    Rule("tetanus_wound", URGENT,
         "Muscle spasms or stiffness after a wound, or a deep or dirty wound without a recent tetanus jab, "
         f"need treatment quickly. {TODAY}",
         ("*wound + spasm_hard", "*wound + no_jab", "tetanus_named")),
    Rule("severe_dehydration", URGENT,
         f"Passing little or no urine, dizziness, a fluttering heart and being unable to keep fluids down are "
         f"signs of serious dehydration or salts out of balance. {TODAY}",
         ("no_urine", "*fluid_loss + dizzy", "*fluid_loss + no_urine", "*baby + fluid_loss",
          "*baby + sunken_fontanelle",
          "*fluid_loss + palpitations", "*fluid_loss + keep_nothing_down", "*appetite_loss + near_faint")),
    Rule("throat_abscess", URGENT,
         f"A very sore throat on one side with trouble swallowing your own spit or a muffled voice can be an "
         f"abscess (quinsy); if breathing gets hard, call an emergency number. {TODAY}",
         ("quinsy",)),
    Rule("dental_abscess", URGENT,
         f"A tooth abscess with a swelling face or a temperature needs a dentist or doctor today. {TODAY}",
         ("*dental_abscess + fever", "*dental_abscess + swollen", "*dental_abscess + face_swelling",
          "*toothache + fever", "*toothache + face + swollen")),
    Rule("emergency_contraception", URGENT,
         f"Emergency contraception works best the sooner it is taken: a pharmacy, sexual health clinic or GP can "
         f"give it today. {TODAY}",
         ("emergency_contraception",)),
    Rule("appendicitis", URGENT,
         f"Pain low on the right of the tummy with being sick or a temperature can be appendicitis; if it "
         f"suddenly gets worse or spreads, call an emergency number. {TODAY}",
         ("*right_lower_pain + nausea", "*right_lower_pain + fever", "*right_lower_pain + belly_pain + cough",
          "*right_lower_pain + pain_moved")),
    Rule("electrolyte_weakness", URGENT,
         f"New weakness and cramps on water tablets (diuretics), after days of diarrhoea or being sick, or after "
         f"making yourself sick, can mean the body's "
         f"salts (potassium) are out of balance: a blood test is needed today. {TODAY}",
         ("*diuretic + weak + cramp", "*diuretic + palpitations", "*diuretic + weak + nausea",
          "*eating_disorder + weak + cramp", "*eating_disorder + palpitations", "*eating_disorder + cramp + dizzy",
          "*eating_disorder + cramp + near_faint", "*fluid_loss + weak + cramp")),
    Rule("immunosuppressed_infection", URGENT,
         f"A sore throat, mouth ulcers, a fever, or diarrhoea or vomiting on medicines that lower immunity "
         f"(methotrexate, azathioprine, tacrolimus after a transplant and others) need a blood test today. {TODAY}",
         ("*immunosuppressant + sore_throat", "*immunosuppressant + fever", "*immunosuppressant + fluid_loss")),
    Rule("eye_infection", URGENT,
         f"A painful red eye, especially with contact lenses, blurred sight or light hurting it, needs an eye "
         f"check today. {TODAY}",
         ("*contact_lens + red_eye_pain", "*red_eye_pain + vision_change", "*red_eye_pain + stiff_neck",
          "*contact_lens + eye_symptom")),
    Rule("giant_cell_arteritis", URGENT,
         f"A new headache with a tender scalp or a jaw that aches when chewing, over the age of 50, can be "
         f"giant cell arteritis, which can take the sight. {TODAY}",
         ("*headache + scalp_tender", "*headache + jaw_claudication", "*scalp_tender + jaw_claudication")),
    Rule("missed_dialysis", URGENT,
         f"A missed dialysis session needs your renal unit today (or a doctor, if they cannot be reached); "
         f"with breathlessness, chest pain or a heart that feels wrong, {CALL_NOW[0].lower()}{CALL_NOW[1:]}",
         ("missed_dialysis", "*on_dialysis + missed_session")),
    Rule("animal_bite", URGENT,
         f"An animal bite that broke the skin needs a doctor today (cleaning, antibiotics, and tetanus or rabies "
         f"care). {TODAY}",
         ("animal_bite", "bat_contact")),
    Rule("infected_wound", URGENT,
         f"Redness spreading from a wound, red streaks, pus or a hot swollen wound can be an infection "
         f"that needs antibiotics. {TODAY}",
         ("*wound + infection_spread", "*wound + swollen + red_hot")),
    Rule("cellulitis", URGENT,
         f"A hot, red, swollen or painful patch of skin that is spreading can be a skin infection (cellulitis) "
         f"that needs antibiotics. {TODAY}",
         ("red_hot + swollen + spreading", "*red_hot + swollen + fever", "*red_hot + spreading + fever",
          "*red_hot + spreading + pain", "*red_hot + past_pen_line", "*red_hot + infection_spread + fever",
          "*eye_near + swollen + red_hot")),
    Rule("septic_joint", URGENT,
         f"A hot, swollen joint with a fever, or one you suddenly cannot move, needs a doctor today (a joint "
         f"infection damages it fast). {TODAY}",
         ("*joint_hot + fever", "*joint_hot + limping", "*joint_hot + cant_move")),
    Rule("sudden_hearing_loss", URGENT,
         f"Hearing that goes suddenly in one ear needs treatment within a day or two to have the best chance "
         f"of coming back. {TODAY}",
         ("hearing_loss",)),
    Rule("low_calcium", EMERGENCY,
         f"Tingling around the lips or fingertips with cramping hands after thyroid or neck surgery can be low "
         f"calcium, which needs treatment now (it can bring on spasms of the throat). {CALL_NOW}",
         ("*neck_surgery + numb + spasm",)),
    Rule("shingles_eye", URGENT,
         f"A blistering rash on one side of the forehead or near the eye, with a red or sore eye, can be "
         f"shingles affecting the eye, which needs treatment the same day. {TODAY}",
         ("*shingles_rash + eye_symptom", "*shingles_rash + eye_near")),
    Rule("high_fever_child", URGENT,
         f"A baby under 3 months with a temperature of 38C or more, or a child with a fever who is floppy, "
         f"drowsy or not drinking, needs a doctor today. {TODAY}",
         ("*baby + fever", "*child + fever + fever_days", "*child + fever + child_unwell")),
    Rule("possible_fracture", URGENT,
         "An injury you cannot put weight on, that looks misshapen or that cracked can be a broken bone: go "
         f"to an urgent treatment centre or A&E today. {TODAY}",
         ("*injury + cant_bear_weight", "*injury + wont_bear_weight", "*osteoporosis + injury + pain",
          "*injury + barely_bears_weight + swollen + bruise_word", "*injury + barely_bears_weight + frail")),
    Rule("kidney_infection", URGENT,
         f"A urine infection with a fever, shivering, being sick or pain in the side or back can have reached "
         f"the kidneys. {TODAY}",
         ("*uti + fever", "*uti + back + pain", "*uti + nausea")),
)
