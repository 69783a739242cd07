"""Red-flag rules of what follows an injury: a cast too tight, a concussion that lingers (part of the one table)."""

from __future__ import annotations

from qa.triage_rules import SOON, SOON_TEXT, TODAY, URGENT, Rule

# Findings live in `triage_lexicon_injury`; found by blind set CM (after an injury or accident).
INJURY_RULES: tuple[Rule, ...] = (
    Rule("tight_cast", URGENT,
         "A cast that feels too tight, or fingers or toes beyond it that swell and tingle or go numb, pale or "
         f"blue, needs checking today (return to the fracture clinic or urgent care). {TODAY}",
         ("cast_trouble", "*cast + swollen + numb")),
    Rule("post_concussion", SOON,
         "Headaches, poor concentration or trouble with light that last for weeks after a concussion are worth "
         f"a check-up (if they get worse, with vomiting, drowsiness or confusion, get help at once). {SOON_TEXT}",
         ("*concussion + long_duration", "*concussion + not_improving", "*head_blow + headache + long_duration")),
)
