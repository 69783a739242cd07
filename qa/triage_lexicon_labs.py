"""Findings read from the numbers people quote: blood results and vital signs (set AY)."""

from __future__ import annotations

# Same conventions as `triage_lexicon.FINDINGS`. The text is normalised: "K+ 7.2" is "k 7.2", "INR 8.9" is
# "inr 8.9"; a decimal point stays. Units are left to the reader of the number: each range is one in which
# a GP acts on that day whatever the lab's unit.
# What a number read as a result must not be followed by: a time, a count of things, an age, a unit of a dose.
_NOT_A_READING = (r"(?! ?(am|pm|oclock|tablets?|pills?|capsules?|drops?|bananas?|times|a day|per day|mg\b(?! dl)|grams?|"
                  r"g\b|cups?|glasses|servings?|foods?|years?|yrs?|yo|weeks?|days?|hours?|months?|\d))")

LAB_FINDINGS: dict[str, str] = {
    # Tetany, the picture of low calcium or magnesium: hands locked into a claw, tingling round the mouth (set EO).
    # (not a claw hand from an old nerve injury, or lips that tingle after chilli: found in review)
    "hand_claw": r"((hands?|fingers|wrists?) (\w+ ){0,4}(claws?|clawed|clawing|claw like|claw shape)|claw (hand|hands)|"
                 r"carpo ?pedal spasm)(?! (from|since|due to|after) (a |an |my |his |her )?(old|previous|nerve|ulnar|injury|stroke))",
    # the same hands in a panic attack, breathing too fast (found in review)
    "overbreathing": r"(panic|anxiety) attacks?,? (\w+ ){0,4}(my |his |her )?(hands?|fingers)|hyperventilat\w*,? (\w+ ){0,4}"
                     r"(my |his |her )?(hands?|fingers)|(hands?|fingers) (\w+ ){0,10}(panic|anxiety) attacks?|"
                     r"(hands?|fingers) (\w+ ){0,10}(hyperventilat\w*|over ?breath\w*|breathing too fast)",
    "lips_tingle": r"((tingl\w*|numb\w*|pins (and |n )?needles|fizz\w*) (\w+ ){0,3}(lips?|mouth)|(lips?|mouth) (\w+ ){0,3}"
                   r"(tingl\w*|numb\w*|fizz\w*))"
                   r"(?! (\w+ ){0,2}(after|from|when i eat|with) (\w+ ){0,2}(chilli|chili|spicy|pineapple|kiwi|food|fruit|cold sores?|"
                   r"the dentist|injections?|anaesthetic|lip balm))",
    "inr_high": r"\binr (\w+ ){0,3}(is |of |at |was |today |now )?([6-9]|1\d)(\.\d+)?\b",
    "inr_very_high": r"\binr (\w+ ){0,3}(is |of |at |was |today |now )?([89]|1\d)(\.\d+)?\b",
    # 6.0 or more: the level at which a lab phones the doctor the same day (set DE)
    "potassium_high": r"\b(potassium|(?<!\d\s)k) (\w+ ){0,4}(of |is |at |was |level |now )?(6\.\d|[7-9](\.\d+)?)\b"
                      # a burst (haemolysed) sample reads high, and a normal repeat settles it
                      + _NOT_A_READING + r"(?! (\w+ ){0,15}(haemoly|hemoly|repeat\w* (\w+ ){0,4}(normal|fine|ok))\w*)",
    "potassium_low": r"\b(potassium|k) (\w+ ){0,4}(of |is |at |was |level |now )?(1\.\d|2\.[0-5]|2(?![.\d]))\b(?! ?(years|weeks|days|hours))",
    # 126-129 counts too: every rule that reads it asks for a symptom as well
    "sodium_low": r"\bsodium (\w+ ){0,3}(of |is |at |was |level |now )?(1[01]\d|12\d)\b|"
                  r"\b(sodium|salt) (levels? )?(\w+ ){0,3}(really|very|dangerously|seriously|extremely|too|so) low\b|"
                  r"\b(really|very|dangerously|seriously|extremely) low (sodium|salt levels?)\b|"
                  # what the GP rang to say: "my sodium was low and to cut down on fluids"
                  r"\b(sodium|salt levels?) (was|is|were|came back|has been) (a bit |quite |very )?low\b|hyponatr\w*",
    # 2.6-2.9: acted on the same day only with weakness or cramps
    # or told in words by whoever rang with it ("the nurse said my potassium came back really low")
    "potassium_lowish": r"\b(potassium|k) (\w+ ){0,4}(of |is |at |was |level |now )?(2\.[6-9])\b|"
                        r"\bpotassium (levels? )?(\w+ ){0,3}(really|very|dangerously|seriously|extremely|too|so) low\b|"
                        r"\b(really|very|dangerously|seriously|extremely) low (potassium|k)\b",
    # mmol/L (3.0 or more) or mg/dL (12.0 or more, with its decimal: "14 00" is a time)
    "calcium_high": r"\b(adjusted |corrected )?calcium (\w+ ){0,3}(of |is |at |was |level |now )?(3\.[0-9]\d?|1[2-9]\.\d)\b"
                    + _NOT_A_READING,
    # 3.5 mmol/L or 14 mg/dL and above: with drowsiness or muddle, a danger now (set DE)
    "calcium_very_high": r"\b(adjusted |corrected )?calcium (\w+ ){0,3}(of |is |at |was |level |now )?(3\.[5-9]\d?|"
                         r"1[4-9]\.\d)\b" + _NOT_A_READING,
    # Results a little out of range, worth going over with a doctor in the coming weeks (set DE): a calcium
    # of 2.61-2.99 mmol/L (10.6-11.9 mg/dL), a magnesium under 0.7 mmol/L, a TSH of 4.5 or more, an HbA1c
    # of 42-47 mmol/mol (6.0-6.4%: prediabetes; higher is more often a diabetic's own figure).
    "mild_result": r"\b(adjusted |corrected )?calcium (\w+ ){0,3}(of |is |at |was |level |now )?(2\.6[1-9]|2\.[7-9]\d?|10\.[6-9]|"
                   r"11\.\d)\b" + _NOT_A_READING + r"|"
                   r"\bmagnesium (\w+ ){0,4}(of |is |at |was |level |now )?(0\.[0-6]\d?)\b" + _NOT_A_READING + r"|"
                   r"\btsh (\w+ ){0,3}(of |is |was |level |now )?(4\.[5-9]\d?|[5-9](\.\d+)?|[1-9]\d(\.\d+)?)\b"
                   + _NOT_A_READING + r"|"
                   r"\b(hba1c|hb a1c|a1c) (\w+ ){0,3}(of |is |at |was |level |now )?(4[2-7]|6\.[0-4])\b"
                   + _NOT_A_READING,
    "vit_d_low": r"\b(vitamin|vit) d3? (\w+ ){0,3}(of |is |at |was |level )?([0-9]|1\d|2[0-4])(\.\d+)? ?(nmol|ng)\b",
    # Creatine kinase of 5,000 or more: muscle breaking down (a thousand or two after a hard session is common).
    "ck_high": r"\b(ck|creatine kinase|cpk) (\w+ ){0,3}(of |is |at |was |level |came back )?(\d{2,3},\d{3}|[5-9],\d{3}|[5-9]\d{3}|\d{5,6})\b",
    # A fasting glucose of 7.0-14.9 mmol/L: in the diabetic range, and not high enough to be "sugar_high".
    "fasting_high": r"\b(fasting|morning|before breakfast) (\w+ ){0,6}(7\.\d|[89](\.\d)?|1[0-4](\.\d)?)\b(?! ?(am|pm|hours|mins|minutes|kg))|"
                    r"\b(7\.\d|[89]\.\d|1[0-4]\.\d) (\w+ ){0,4}fasting\b",
    # A watch or an ECG app that keeps reporting an irregular rhythm (possible atrial fibrillation).
    "irregular_alert": r"irregular (heart ?)?(rhythm|rate|heartbeat|beat|pulse)s? (\w+ ){0,2}(notifications?|alerts?|warnings?|readings?)|"
                       r"(notifications?|alerts?|warnings?) (\w+ ){0,4}irregular (heart ?)?(rhythm|heartbeat|beat|pulse)|"
                       r"(ecg|ekg) (\w+ ){0,4}(says|said|showed|shows|flagged|came up with) (\w+ ){0,2}(afib|a fib|af|atrial fibrillation|irregular)|"
                       r"(afib|a fib|atrial fibrillation) (alerts?|notifications?|warnings?|readings?)|"
                       r"(watch|app|phone|monitor|fitbit|device) (\w+ ){0,3}(says|said|saying|flagged|flags|shows|showed|showing|"
                       r"alerted|came up with|keeps saying) (\w+ ){0,2}(possible |potential )?(afib|a fib|atrial fibrillation|af\b)",
    "clonus": r"clonus|(ankle|foot|feet) (\w+ ){0,3}(beats?|jerks?|bounces?) (\w+ ){0,3}(over and over|repeatedly|rhythmically|again and again)",
    # far more water than the body needs: with sickness, a headache or cramps the blood's salt may be diluted
    # five litres or more a day (three is a hot day's ordinary drinking)
    "water_excess": r"(drink\w*|drank|downing|having|had) (like |about |around |over |up to )?([5-9]|\d\d|five|six|seven|eight|"
                    r"nine|ten) (litres|liters|l) (of water )?(a|per|each|every) day|(drink\w*|drank) (\w+ ){0,3}(way )?too "
                    r"much water|water (detox|fast|challenge)",
}
