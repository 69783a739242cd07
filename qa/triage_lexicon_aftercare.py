"""Findings of the weeks after an operation, a procedure or a new treatment, told in everyday words."""

from __future__ import annotations

# Same conventions as `triage_lexicon.FINDINGS`; found by blind set AP (home after hospital), whose
# writers told complications by what they saw, not by their names.
AFTERCARE_FINDINGS: dict[str, str] = {
    # An operation or procedure the question is recovering from (dates do not make it past).
    "procedure": r"colonoscopy|endoscopy|gastroscopy|cystoscopy|biopsy|polyps? (\w+ ){0,2}(removed|taken|snipped)|"
                 r"keyhole|laparoscop\w*|c ?section|caesarean|cesarean|(hip|knee|shoulder|joint|valve) replacement|"
                 r"angioplasty|angiogram|stents?|bypass|(hernia|bowel|gallbladder|knee|hip|back|spinal|bunion|"
                 r"cataract) (repair|op|operation|surgery)|discharged|(home|out) (from|of) (the )?hospital|"
                 r"leaving hospital|hospital stay",
    # Acute dystonia from an antipsychotic or anti-sickness drug (a tongue poking out for months is the
    # slow kind, tardive dyskinesia, for a review within weeks).
    "dystonia": r"(neck|head) (\w+ ){0,4}(twist\w*|pulled|pulling|turned|stuck|jerked|yanked) (\w+ ){0,3}(to one side|"
                r"sideways|round|back|over)|eyes? (\w+ ){0,3}(rolling|rolled|roll|stuck|fixed) (up|upwards|back)|"
                r"jaw (\w+ ){0,3}(locked|clenched|stuck)|"
                r"(cant|cannot|can not|unable to) (straighten|turn) (her|his|my|their) (neck|head)",
    "antiemetic_drug": r"metoclopramide|maxolon|prochlorperazine|stemetil|buccastem",
    "dry_socket": r"(socket|hole) (\w+ ){0,3}(looks |is |seems )?(empty|dry|bare)|(bad|nasty|foul|horrible|rotten|vile|"
                  r"disgusting|awful) (taste|smell)|bone (\w+ ){0,3}(showing|exposed|visible)",
    # Asking whether to stop a prescribed medicine because of a side effect.
    "stop_medicine_q": r"(should|can|could|shall|do) i (just )?(stop|quit|come off|ditch|halve|skip) (taking )?(it|them|"
                       r"taking|my|the|this)|(is it|would it be) (ok|okay|safe|alright) to (just )?(stop|come off|quit)|"
                       r"(thinking|going|planning) (of|about|to) (stop\w*|coming off|quit\w*) (taking )?(it|them|my)",
    "ace_inhibitor": r"ramipril|lisinopril|enalapril|perindopril|captopril|ace inhibitors?",
    # Medicines that raise potassium, which failing kidneys cannot clear.
    "potassium_drug": r"spironolactone|eplerenone|amiloride|triamterene|ramipril|lisinopril|enalapril|perindopril|"
                      r"losartan|candesartan|irbesartan|valsartan|trimethoprim|potassium (supplements?|tablets)|sando ?k",
    "kidney_disease": r"ckd|chronic kidney|kidney (disease|failure|function|problems?)|renal (failure|impairment|disease)|"
                      r"(stage|stg) [345] kidney|egfr",
    "leak_urine": r"(leak\w*|wet (myself|my pants)|dribbl\w*) (\w+ ){0,3}(urine|wee|pee|a bit|when i (sneeze|cough|laugh|"
                  r"jump|run|lift))|(sneeze|cough|laugh|jump|run) (\w+ ){0,3}(leak\w*|wet myself|pee myself|wee myself)|"
                  r"(urinary |bladder )?incontinen\w*",
    "wound_open": r"(wound|scar|incision|stitches|staples|cut) (\w+ ){0,4}(burst|split|come|came|opened|popped|pulled|"
                  r"gaping|gaped) (\w+ ){0,2}(open|apart)",
    # Something of the inside showing through an opened wound.
    "organ_showing": r"(something|bowel|guts|intestines?|insides|tissue) (\w+ ){0,6}(poking|sticking|coming|hanging|"
                     r"bulging|spilling|pushing) (\w+ ){0,2}out",
    "buzz_gone": r"(nothing|no|lost (the|its)|cant feel (the|its|any)|stopped|no longer|not) (\w+ ){0,2}(buzz\w*|thrill|whoosh\w*)",
    # Confusion that is new or worse than the person's usual (delirium in an older person, after an operation).
    "confusion_worse": r"(more|much more|suddenly|newly|increasingly|very|really) (\w+ )?(confused|muddled|disorientated|"
                       r"disoriented)|(confused|muddled) (\w+ ){0,3}than (\w+ )?(usual|normal|before)",
    "appetite_loss": r"(hardly|barely|not) eating|(gone|went|is|been) off (his|her|my|their) food|(lost|no|off (his|her|my)) (\w+ )?appetite|clothes (\w+ ){0,2}hanging "
                     r"off|eating (almost |next to )?nothing",
    "slow_pulse": r"(pulse|heart rate|heart beat|heartbeat|hr) (\w+ ){0,4}(of |is |at |around |about |only |down to )?(2\d|3\d|4[0-4])\b(?! ?(years|yrs|minutes|mins|seconds))|"
                  r"(pulse|heart rate|heartbeat) (\w+ ){0,3}(really |very )?slow",
    # Rest pain of a starving limb, eased by hanging the leg down.
    "dangling_relief": r"(hang\w*|dangl\w*) (\w+ ){0,3}(leg|foot|legs|feet|it|them) (\w+ ){0,3}(down|over the (side|edge)|out of (the )?bed|out (over )?the (side|edge))|(leg|foot) (\w+ ){0,3}(hang\w*|dangl\w*) (\w+ ){0,2}(down|over|out)|"
                       r"sleep\w* (\w+ ){0,2}in (a|the|his|her|my) (arm)?chair (\w+ ){0,6}(leg|foot)",
    # Words that make the alarming words something else (see triage_classes.CANCELS).
    "scar_numb": r"(scar|incision|wound|cut|stitches) (\w+ ){0,6}numb\w*|numb\w* (\w+ ){0,6}(scar|incision|wound)|"
                 r"numb (above|below|around|near|along) the (line|scar|cut|incision)",
    "normal_temp": r"(temperature|temp|temps) (\w+ ){0,3}(normal|fine|ok|okay|been fine)",
    "exercise_breathing": r"(at the end of|after|during|finishing) (a |my |the |each |every )?(\w+ )?(run|runs|5k|10k|"
                          r"race|sprint|sprints|workout|session|hill|match|game|climb|training|parkrun|marathon|spin "
                          r"class) (\w+ ){0,4}(breath\w* (really |very |quite |so )?(hard|heavily|heavy|fast)|out of breath|"
                          r"puffed|panting|gasping)|(breath\w* (really |very |quite |so )?(hard|heavily|heavy|fast)|out of "
                          r"breath|puffed|panting|gasping) (\w+ ){0,3}(at the end of|after|during) (a |my |the |each )?(\w+ )?"
                          r"(run|runs|5k|10k|race|sprint|sprints|workout|session|hill|match|game|climb|parkrun|marathon)",
}
