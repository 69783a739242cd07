"""Red-flag rules of the weeks after an operation or a new treatment, and of later life at home."""

from __future__ import annotations

from qa.triage_rules import CALL_NOW, EMERGENCY, SOON, SOON_TEXT, TODAY, URGENT, Rule

# Findings live in `triage_lexicon_aftercare`.
AFTERCARE_RULES: tuple[Rule, ...] = (
    Rule("wound_burst", EMERGENCY,
         f"A wound that has burst open with something showing through it needs help now: cover it with a clean, "
         f"damp cloth and do not push anything back. {CALL_NOW}",
         ("*wound + organ_showing", "*wound_open + organ_showing", "*procedure + organ_showing",
          "*after_surgery + organ_showing")),
    Rule("cancer_treatment_diarrhoea", URGENT,
         f"Diarrhoea on chemotherapy or immunotherapy can turn serious fast (and immunotherapy can inflame the "
         f"bowel): call the cancer team's 24-hour line today, as the alert card says. {TODAY}",
         ("*chemo + loose_stools",)),
    Rule("acute_dystonia", URGENT,
         f"A neck twisting to one side, eyes rolling up or a tongue pushing out after starting an antipsychotic or "
         f"anti-sickness medicine is a reaction (acute dystonia) that needs treatment today. {TODAY}",
         ("*dystonia + psych_drug", "*dystonia + antiemetic_drug")),
    Rule("potassium_risk", URGENT,
         f"With kidney disease, heavy or weak legs, tingling or a fluttering heart after starting a medicine such as "
         f"spironolactone or ramipril can mean a high potassium level: ask for a blood test today. {TODAY}",
         ("*kidney_disease + potassium_drug + weak", "*kidney_disease + potassium_drug + numb",
          "*kidney_disease + potassium_drug + palpitations")),
    Rule("slow_heart_rate", URGENT,
         f"A pulse that has dropped to the 40s or below, with feeling faint, dizzy or washed out (sometimes after a "
         f"new medicine, even eye drops), should be checked today. {TODAY}",
         ("*slow_pulse + dizzy", "*slow_pulse + near_faint", "*slow_pulse + weak", "*slow_pulse + new_medicine")),
    Rule("critical_limb", URGENT,
         f"Foot or leg pain at night or at rest that eases when the leg hangs down, dusky or pale toes, or a sore on "
         f"the foot that does not heal can mean the leg is short of blood. {TODAY}",
         ("*dangling_relief + pain", "*mottled + wound + not_improving", "*pale + wound + not_improving")),
    Rule("dry_socket", SOON,
         f"Pain getting worse a few days after a tooth was taken out, with a bad taste or an empty-looking socket, "
         f"can be a dry socket: your dentist can dress it. {SOON_TEXT}",
         ("*extraction + dry_socket", "*extraction + pain + worsening")),
    Rule("recovery_stalled", SOON,
         f"Recovery that stops improving in the weeks after an operation or a hospital stay is worth raising with "
         f"your surgical team or doctor. {SOON_TEXT}",
         ("*after_surgery + not_improving", "*procedure + not_improving")),
    Rule("medicine_review", SOON,
         f"Side effects of a prescribed medicine (a cough on an ACE inhibitor, sexual or mood effects of an "
         f"antidepressant) are worth talking over with your doctor; some medicines must not be stopped suddenly. "
         f"{SOON_TEXT}",
         ("*stop_medicine_q + psych_drug", "*stop_medicine_q + statin", "*stop_medicine_q + anticoagulant",
          "*ace_inhibitor + cough")),
    Rule("bladder_leaks", SOON,
         f"Leaking urine that pelvic floor exercises have not helped after some weeks is common and treatable. "
         f"{SOON_TEXT}",
         ("*leak_urine + not_improving", "*leak_urine + long_duration")),
)
