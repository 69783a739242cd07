"""Red-flag rules of the head, the skin and the nerves of the feet, found by sets AU and AV (part of the one table)."""

from __future__ import annotations

from qa.triage_rules import CALL_NOW, EMERGENCY, SOON, SOON_TEXT, TODAY, URGENT, Rule

# Findings live in `triage_lexicon_pictures`.
HEAD_RULES: tuple[Rule, ...] = (
    Rule("airway_burn", EMERGENCY,
         f"After a fire, singed nose hairs, a voice going hoarse or coughing up black phlegm can mean a burnt "
         f"airway, which can swell shut over hours. {CALL_NOW}",
         ("smoke_inhalation",)),
    Rule("chemical_eye", EMERGENCY,
         f"A chemical in the eye: rinse it under running water for at least 20 minutes while someone gets help. "
         f"{CALL_NOW}",
         ("chemical_eye",)),
    Rule("eye_nose_throat_urgent", URGENT,
         f"A painful red eye that is sensitive to light or blurs your sight, a nosebleed that has not stopped after "
         f"20 minutes of firm pinching, or a bone or food stuck in the throat for hours needs care today. {TODAY}",
         ("*eye_symptom + photophobia", "*eye_symptom + vision_change + pain", "nosebleed_long", "*stuck_throat + pain",
          "*stuck_throat + long_duration")),
    Rule("lasting_changes", SOON,
         f"A spot that bleeds or crusts and keeps coming back, a dark line down a nail, hearing fading in one ear, "
         f"morning stiffness of the shoulders and hips for weeks, muscles slowly getting weaker over months, "
         f"burning or numb feet with diabetes, or an eyelid that has begun to droop are worth a check-up. {SOON_TEXT}",
         ("skin_lesion_change", "*morning_stiff + long_duration", "*diabetes + neuropathy_feet", "hearing_loss_one",
          "*weak + progressive + long_duration", "*neuropathy_feet + weak", "*neuropathy_feet + long_duration",
          "ptosis")),
)
