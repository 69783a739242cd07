"""Red-flag rules of injuries and sport: a cast too tight, a faint mid-race, a concussion that lingers (one table)."""

from __future__ import annotations

from qa.triage_rules import SOON, SOON_TEXT, TODAY, URGENT, Rule

# Findings live in `triage_lexicon_injury`; found by blind set CM (after an injury or accident).
INJURY_RULES: tuple[Rule, ...] = (
    # set DL: an overweight 12-year-old limping for a week whose foot "sticks outwards"
    Rule("slipped_hip", URGENT,
         f"A child or teenager with a limp (or knee or thigh pain) and a foot that turns outwards may have a slipped "
         f"growth plate at the hip: keep off the leg and see a doctor today. {TODAY}",
         ("*limping + foot_turned_out", "*child + pain + foot_turned_out")),
    Rule("faint_during_exercise", URGENT,
         "Fainting during exercise (not after stopping) can come from the heart: no more sport until a doctor "
         "has checked them today, with a heart tracing (ECG). If they do not come round quickly, call for help now. "
         f"{TODAY}",
         ("exertional_faint",)),
    Rule("tight_cast", URGENT,
         "A cast that feels too tight, or fingers or toes beyond it that swell and tingle or go numb, pale or "
         f"blue, needs checking today (return to the fracture clinic or urgent care). {TODAY}",
         ("cast_trouble", "*cast + swollen + numb")),
    Rule("viral_myositis", URGENT,
         "Calf muscles too sore to walk on, or walking on tiptoe, days after flu or a virus (in a child above all) "
         f"need a check today: the muscle can break down and strain the kidneys; dark urine makes it urgent. {TODAY}",
         ("*recent_viral + walk_refusal + muscle_pain", "*recent_viral + walk_refusal + pain")),
    Rule("chemical_burn", URGENT,
         "A chemical on the skin (an acid or alkaline cleaner, wet cement, bleach) that leaves it blistered or "
         "burning needs rinsing under running water for at least 20 minutes and a check today; in the eye, or a "
         f"large area, is an emergency. {TODAY}",
         ("*chemical_contact + blister", "*chemical_contact + burn_deep")),
    Rule("post_concussion", SOON,
         "Headaches, poor concentration or trouble with light that last for weeks after a concussion are worth "
         f"a check-up (if they get worse, with vomiting, drowsiness or confusion, get help at once). {SOON_TEXT}",
         ("*concussion + long_duration", "*concussion + not_improving", "*head_blow + headache + long_duration")),
)
