"""How triage reads each finding: scene or symptom, everyday or not, lasting, timeless, acute only, cancelling."""

from __future__ import annotations

import re

# Findings that set the scene (where, a trigger like heat) rather than describe what a person feels
# or shows: they are not counted when weighing a question's denials against its findings, nor as a
# finding the learned layer may raise a level for.
CONTEXT_ONLY = frozenset({"two_weeks_only",
                          "chest", "radiating_site", "leg", "face", "saddle", "back", "one_side", "arm",
                           "baby", "small_child", "exertion", "overheated", "allergen", "sudden", "wound", "fluid_loss",
                           "bleeding", "spasm",
                           # medicines, conditions and settings named, not symptoms
                           "paracetamol_drug", "digoxin", "quinolone", "copd", "addisons", "battery", "tick",
                           "varicose", "osteoporosis", "breast", "neck_site", "sciatica", "both_legs", "after_surgery",
                           "back_injury", "after_menopause", "alcohol_stop", "pesticide_exposure", "water_exposure",
                           "critical_medicine", "on_dialysis", "past_event", "explained_bruise", "testicle",
                           "lighter_bleeding", "reflux_explained", "rehydration",
                           # what explains the alarming words (see CANCELS)
                           "scar_numb", "normal_temp", "exercise_breathing", "rash_fades", "explained_urine",
                           "pressure_numb", "friction_blister", "swallowed_object", "procedure", "kidney_disease",
                           "exercise_twitch",
                           "urine_normal",
                           "phone_unanswered", "pain_limited", "spasm_hard", "simile_event", "hypnic", "injury_colour",
                           "radicular", "wet_not_blood", "floppy_feet", "always_pale", "sjs_drug", "flu_like",
                           # what a doctor asked for, what is taken as prescribed
                           "safety_net_due", "habitual_meds",
                          # a drill's name, a resting heart rate
                          "drill_name", "at_rest", "breast_hard", "jab_site", "overbreathing"})

# The everyday complaints of a cramp and twitch site, and being pregnant: alone (with a site or a
# trigger) they never let the learned layer raise a level. Held out over blind sets 3-36, it raised
# such questions four times, all ordinary (a minute's calf cramp at 32 weeks, a sprained ankle one
# can walk on, thighs stiff after skiing), and caught no red flag among them.
EVERYDAY = frozenset({"cramp", "twitch", "pain", "stiff", "limping", "swollen", "rigid", "red_hot", "dvt_site",
                       "ankles", "cramp_start_time", "at_night", "pregnant", "both_legs",
                       # how long or how often, said of anything
                       "long_duration", "frequent", "fever_days"})

# Findings that are themselves a question ("should i just stop taking it?"): a question does not ask them away.
QUESTION_FORM = frozenset({"stop_medicine_q"})
# Who the person is and what they live with or take: a normal check settles symptoms, not these.
BACKGROUND = CONTEXT_ONLY | {"cast", "concussion", "injury", "crush", "impact", "major_trauma", "fell_on_hand",
                               "animal_bite", "travel_tropics", "new_partner", "needlestick", "hiv_exposure",
                               "extraction", "chickenpox_contact", "catheter", "neck_surgery", "amputation", "child",
                               "frail", "pregnant", "maybe_pregnant", "diabetes", "anticoagulant",
                               "immunosuppressant", "chemo", "cancer", "sickle", "statin", "lithium", "quinine",
                               "new_medicine", "psych_drug", "heart_failure", "ace_inhibitor", "diuretic",
                               "potassium_drug", "cramp_drug", "time_anchor", "long_duration", "fever_days", "dvt_site"}

# Long findings whose last word can be negated on its own ("twitching, but no weakness").
END_CHECKED = frozenset({"twitch_plus", "twitch_spread", "twitch_long", "cramps_often", "ascending", "heavy_periods",
                          "changing_mole", "bloody_diarrhoea", "sleep_apnoea"})


# Signs of a stroke come on suddenly: said to have crept up over months they are not one
# (slurred speech "over the past 4 or 5 months" is a "see a doctor soon", not a 999 call).
ACUTE_ONLY = frozenset({"speech", "droop", "arm_face_weak_feel", "vision_loss", "worsening_weakness", "ascending"})
GRADUAL = re.compile(r"\b((over|for|during|in) (the )?(past|last)? ?(few |a few |several |\d+ (or \d+ )?|many |"
                      r"couple of |a couple of )?"
                      r"(months|years)|(over|for|during|in) (the )?(past|last) (month|year)|"
                      r"(past|last) (few |several |couple( of)? |\d+ )(months|years)|gradually|slowly|"
                      r"over time|progressively|bit by bit)\b")
# A stroke comes on in minutes: speech that slurs lately, over weeks or only when tired is a check-up
# (with twitching, a soon one), not a 999 call. (An eyelid that droops when tired is read elsewhere.)
STROKE_SIGNS = frozenset({"speech"})
SUBACUTE = re.compile(r"\b(lately|these days|(for|over) (a few|several|some|many) weeks|"
                       r"(past|last) (few |several |couple( of)? |\d+ )weeks|"
                       r"when (i'?m|im|i am|he'?s|hes|she'?s|shes|they'?re) (tired|exhausted|worn out)|"
                       r"by the (end of the )?(evening|day|afternoon)|(in|towards) the evenings)\b")
# Findings that say the alarming words are used in another sense, or explain them (a blocked nose, snoring).
FIGURATIVE = frozenset({"figurative_od", "figurative_heart", "object_collapse", "legal_seizure", "figurative_kill",
                         "figurative_choke", "figurative_seizure", "laughing_collapse", "sweets_poison",
                         # explained: snoring, a cold, the gym, a rash, a saddle, the dentist, a hangover,
                         # intensive care, blood tests, bumps from a sting, an old bruise
                         "sleep_apnoea", "blocked_nose", "gym_chest", "exertion_gasp", "chest_skin", "cycling_numb",
                         "dental_numb", "hangover", "in_hospital_care", "vasovagal", "skin_bumps", "bruise_colour",
                         "vaccine_name", "seizure_free", "pressure_numb", "friction_blister",
                         "emotional_racing", "injury_colour", "drill_name"})
# A finding whose span falls inside another's is not what it seems there.
CANCELS: dict[str, str | tuple[str, ...]] = {
    "object_collapse": "unresponsive", "legal_seizure": "seizure",
    "figurative_heart": ("heart_attack_named", "stroke_named"), "clot_treated": "clot_named",
    "figurative_od": "overdose_named", "near_faint": "unresponsive", "figurative_kill": "self_harm",
    "drill_name": "self_harm", "breast_hard": "limb_hard",
    "breath_on_exertion": "breathless", "figurative_choke": "breathless", "sleep_apnoea": "breathless",
    "blocked_nose": "breathless", "two_weeks_only": "long_duration",
    "gym_chest": "chest", "chest_skin": "chest", "cycling_numb": "numb",
    "dental_numb": "numb", "exertion_gasp": "breathless", "in_hospital_care": ("unresponsive", "trauma_sign"),
    "vasovagal": "unresponsive", "figurative_seizure": "seizure", "laughing_collapse": "unresponsive",
    "sweets_poison": "overdose_named", "skin_bumps": "pale", "bruise_colour": "jaundice",
    "vaccine_name": ("shingles_rash", "meningitis_named", "tetanus_named"), "emotional_racing": "palpitations",
    "seizure_free": "seizure", "white_fingers": ("pale", "red_hot"), "jab_site": ("red_hot", "swollen"),
    "overbreathing": "hand_claw",
    "past_event": ("heart_attack_named", "stroke_named", "clot_named"),
    "feared_condition": ("heart_attack_named", "stroke_named", "clot_named"),
    "chest_wall": ("chest", "heart_attack_named"), "explained_bruise": "bruise_word",
    "lighter_bleeding": ("bleeding", "bleeding_sign", "spotting"), "reflux_explained": "chest",
    "laughing_breath": ("breathless", "self_harm"), "rehydration": "overdose", "scar_numb": "numb",
    "normal_temp": "fever", "psychosis": ("overdose", "overdose_named"),
    "exercise_breathing": ("breathless", "fast_breathing"), "rash_fades": "rash_nonfading",
    "explained_urine": ("dark_urine", "red_hot"), "urine_normal": "rhabdo_named",
    "pressure_numb": ("numb", "cold", "restless", "cant_move", "sudden"), "friction_blister": "blister",
    "swallowed_object": "overdose", "habitual_meds": "overdose", "refill_due": "overdose",
    "exercise_jelly": "weak", "exercise_twitch": ("twitch_spread", "twitch_many_sites"),
    "phone_unanswered": "unresponsive", "bilateral_swelling": ("dvt_site", "swollen"), "pain_limited": "cant_move",
    "simile_event": ("overdose", "penetrating", "battery", "wound", "red_hot"),
    "hypnic": ("twitch", "seizure"), "injury_colour": "pale", "chronic_pale": "pale", "always_pale": "pale",
    "radicular": "one_side",
    "medicine_duration": "long_duration", "cold_injury": ("pale", "numb", "cold"),
    "wet_not_blood": "heavy_bleeding", "floppy_feet": ("cant_move", "dizzy", "child_unwell", "limp_floppy")}
# Long findings whose last words can sit in a question on their own ("what would happen if he
# swallowed a battery"), though a "feel fine now" after them changes nothing.
END_ASKED = frozenset({"overdose"})
# Harm that outlasts feeling fine (paracetamol damages the liver a day later; a shock can upset the
# heart hours after): "I feel fine now" does not withdraw them.
LASTING = frozenset({"asthma_attack", "overdose", "overdose_named", "pills_missing", "too_often", "double_dose",
                      "electric_shock", "snake_bite", "head_blow", "knocked_out", "self_harm", "animal_bite",
                      # a blood result stays out of range however well the person feels (set DE)
                      "potassium_high", "potassium_low", "potassium_lowish", "inr_high", "inr_very_high", "sodium_low",
                      "calcium_high", "calcium_very_high", "ck_high", "mild_result"})
# Findings a negation denies only from close by (four words at most).
CLOSE_NEGATION = frozenset({"self_harm"})
# Findings that are themselves a question: asking it is the sign ("how many would it take to not wake up"),
# or searching it night after night.
ASKING_IS_THE_SIGN = frozenset({"lethal_dose_asked", "anxious_searching"})
NEAR_NEGATION = re.compile(r"\b(no|not|never|nobody|dont|doesnt|didnt|isnt|arent|wasnt|havent|hasnt|wont|without|"
                            r"none|nothing|denies)\b( \w+){0,4} ?$|"
                            # an intent denied in so many words: "I'm not going to do anything to hurt myself"
                            r"\b(not|never|wont|wouldnt) (going to |gonna |planning to )?do anything( \w+){0,2} ?$")
# Findings about how long ago something was: a date does not make them past.
TIMELESS = frozenset({"after_menopause", "cancer", "immunosuppressant", "water_exposure", "no_jab", "long_duration",
                       "back_injury", "fever_days", "progressive", "new_medicine", "knee_gives_way", "procedure",
                      "kidney_disease", "missed_periods", "lump", "neck_surgery", "growing"})
