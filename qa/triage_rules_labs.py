"""Red-flag rules read from numbers people quote: blood results and vital signs (part of the one table)."""

from __future__ import annotations

from qa.triage_rules import CALL_NOW, EMERGENCY, SOON, SOON_TEXT, TODAY, URGENT, Rule

# Findings live in `triage_lexicon_labs`.
LAB_RULES: tuple[Rule, ...] = (
    Rule("dangerous_result", EMERGENCY,
         f"An INR of 8 or more with bleeding or vomiting, vomit like coffee grounds on warfarin, a potassium "
         f"level far out of range with weak legs or a fluttering heart, or a very high calcium with drowsiness or "
         f"muddle, needs help now. {CALL_NOW}",
         ("*inr_very_high + bleeding", "*inr_high + gi_bleed", "*inr_very_high + nausea", "*potassium_high + weak",
          "*potassium_high + palpitations", "*potassium_low + weak", "*potassium_low + palpitations",
          "*ck_high + no_urine", "*potassium_drug + slow_pulse + near_faint", "*potassium_drug + slow_pulse + weak",
          "*calcium_very_high + confused", "*calcium_very_high + drowsy", "*calcium_very_high + unresponsive")),
    Rule("digoxin_toxicity", EMERGENCY,
         f"A slow pulse on digoxin, above all with sickness or yellow-tinged sight, can be digoxin poisoning. "
         f"{CALL_NOW}",
         ("*digoxin + slow_pulse",)),
    Rule("abnormal_result", URGENT,
         f"A blood result far out of range (INR 6 or more, potassium 6 or more or 2.5 or less, sodium under 130 "
         f"with symptoms, a potassium under 3 with weakness or cramps, a high calcium with thirst or muddle, a CK "
         f"of 5,000 or more with aching muscles) "
         f"should be acted on today: ring the doctor or the lab's number. {TODAY}",
         ("inr_high", "potassium_high", "potassium_low", "*sodium_low + nausea", "*sodium_low + headache",
          "*sodium_low + confused", "*sodium_low + unsteady", "*sodium_low + cramp", "*potassium_lowish + weak",
          "*potassium_lowish + cramp", "*calcium_high + thirst", "*calcium_high + confused",
          "*calcium_high + weak", "*ck_high + pain", "*ck_high + weak")),
    Rule("water_intoxication", URGENT,
         f"Drinking far more water than the body needs (several litres a day, a 'detox') with a headache, feeling "
         f"sick, cramps or weakness can dilute the salt in the blood (low sodium): stop and get checked today; "
         f"confusion, a fit or drowsiness is an emergency. {TODAY}",
         ("*water_excess + nausea", "*water_excess + headache", "*water_excess + confused",
          "*water_excess + cramp + weak")),
    Rule("tetany", URGENT,
         f"Hands cramping into a claw with tingling round the lips can be low calcium or magnesium (after days of "
         f"vomiting or diarrhoea, some medicines or a neck operation) or breathing too fast: get checked today; a "
         f"tight throat or noisy breathing is an emergency. {TODAY}",
         ("hand_claw + lips_tingle",)),
    Rule("vitamin_d_excess", URGENT,
         f"Tens of thousands of units of vitamin D a day for weeks, with thirst, passing a lot of water, feeling sick "
         f"or muddled, can raise the calcium in the blood: stop it and get a blood test today. {TODAY}",
         ("*vit_d_megadose + thirst", "*vit_d_megadose + polyuria", "*vit_d_megadose + nausea",
          "*vit_d_megadose + confused")),
    Rule("diuretic_low_sodium", URGENT,
         f"On a water tablet (diuretic), feeling sick with a headache, unsteadiness or muddle can be a low sodium "
         f"level: get a blood test today, and do not drink extra water meanwhile. {TODAY}",
         ("*diuretic + nausea + headache", "*diuretic + nausea + unsteady", "*diuretic + nausea + confused",
          "*diuretic + headache + confused")),
    Rule("mildly_abnormal_result", SOON,
         "A blood result a little out of range (a calcium or a thyroid test (TSH) slightly high, a magnesium "
         f"slightly low, an HbA1c in the prediabetes range) is worth going over with a doctor. {SOON_TEXT}",
         ("mild_result",)),
    Rule("low_vitamin_d_symptoms", SOON,
         f"A very low vitamin D with aching bones or weak thighs is worth treating with a doctor's advice (high "
         f"doses bought online can harm). {SOON_TEXT}",
         ("*vit_d_low + pain", "*vit_d_low + weak")),
)
