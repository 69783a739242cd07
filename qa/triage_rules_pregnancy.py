"""Red-flag rules of pregnancy and the weeks after birth (part of the one table)."""

from __future__ import annotations

from qa.triage_rules import CALL_NOW, EMERGENCY, TODAY, URGENT, Rule

# Findings live in `triage_lexicon_pregnancy` (and "pregnant" in `triage_lexicon`).
PREGNANCY_RULES: tuple[Rule, ...] = (
    Rule("pregnancy_emergency", EMERGENCY,
         f"In pregnancy, heavy bleeding, severe or constant tummy pain, bleeding with a bump gone hard or a baby who "
         f"has stopped moving, regular painful tightenings before 37 weeks, or a cord felt after the waters break "
         f"needs help now (with a cord, kneel with your bottom raised while help comes). {CALL_NOW}",
         ("*pregnant + much_blood", "*pregnant + heavy_bleeding", "*pregnant + belly_pain + severe_word",
          "*pregnant + heavy_loss", "*pregnant + bleeding + hard_bump", "*pregnant + bleeding + fewer_movements",
          "*waters + cord_felt", "*pregnant + cord_felt")),
    Rule("postpartum_psychosis", EMERGENCY,
         f"Strange beliefs, hearing voices or sudden wild changes in behaviour in the weeks after giving birth "
         f"can be postpartum psychosis, which needs help today, now. {CALL_NOW}",
         ("*pregnant + psychosis", "*pregnant + no_sleep + strange_behaviour",
          "*pregnant + sleep_loss + strange_behaviour")),
    Rule("pre_eclampsia", URGENT,
         "In pregnancy or just after, a sudden swelling of the face or hands, a bad headache or flashing "
         f"lights can be pre-eclampsia: call your maternity unit or midwife now. {TODAY}",
         ("*pregnant + face_swelling", "*pregnant + headache + vision_change", "*pregnant + vision_change",
          "*pregnant + bp_raised", "*pregnant + hand_swelling + headache")),
    Rule("fetal_movements", URGENT,
         "A baby moving less than usual in pregnancy needs checking now: call your midwife or maternity unit "
         f"straight away, do not wait until tomorrow. {TODAY}",
         ("*pregnant + fewer_movements",)),
    Rule("pregnancy_vomiting", URGENT,
         f"In pregnancy, not keeping even water down for a day needs a doctor or your maternity unit today. {TODAY}",
         ("*pregnant + keep_nothing_down",)),
    Rule("chickenpox_pregnancy", URGENT,
         f"Contact with chickenpox in pregnancy, or on steroids or other medicines that lower immunity (if you "
         f"have not had it), needs a call to your midwife or doctor today: treatment works best early. {TODAY}",
         ("*pregnant + chickenpox", "*pregnant + chickenpox_contact", "*immunosuppressant + chickenpox_contact",
          "*critical_medicine + chickenpox_contact")),
    Rule("pregnancy_urgent", URGENT,
         f"In pregnancy, bleeding, tummy pain, waters breaking early, itchy palms and soles, or a urine "
         f"infection should be checked today: call your maternity unit or midwife. {TODAY}",
         ("*pregnant + bleeding", "*pregnant + belly_pain", "*pregnant + waters", "*pregnant + itch_palms",
          "*pregnant + uti", "*pregnant + spotting + cramp")),
)
