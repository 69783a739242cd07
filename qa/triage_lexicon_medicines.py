"""Findings about medicines whose dose was changed: a raised dose of a narrow-margin drug (set CA)."""

from __future__ import annotations

# Same conventions as `triage_lexicon.FINDINGS`.
MEDICINE_FINDINGS: dict[str, str] = {
    # Epilepsy medicines whose toxic level lies close to the working one: a raised dose followed by a
    # drunken walk or flickering eyes is too much of the drug, and needs a level checked today.
    "anticonvulsant": r"phenytoin|epanutin|carbamazepine|tegretol|valproate|epilim|depakote|lamotrigine|lamictal|"
                      r"topiramate|oxcarbazepine|trileptal|phenobarbit\w*|"
                      r"epilepsy (tablets?|meds?|medicines?|medication)",
    "dose_raised": r"(dose|dosage|tablets?|meds?|medicines?|medication) (\w+ ){0,3}(went up|gone up|"
                   r"(was|were|been|got) (put |bumped )?(up|increased|raised|doubled|upped))|"
                   r"(increased|raised|upped|doubled|put up|bumped up) (\w+ ){0,2}(dose|dosage)|"
                   r"(higher|bigger|new) dose",
}
