"""Reassurance that settles what came before it: a clinician's normal check or benign reading."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Someone whose word settles a symptom: a clinician, a service, or "they" after a visit. A friend's
# "it's just cramp" settles nothing, nor does the person's own "she says she's just tired".
_CARE_NOUNS = (r"a ?and ?e|a e|er|hospital|doctors?|dr|gps?|nurses?|paramedics?|ambulance (crew|staff)|111|consultant|"
               r"neurologist|neuro|specialist|physio|cardiologist|registrar|urgent care|walk in")
_CARE = rf"({_CARE_NOUNS}|they)"
# ("all normal" alone is no check: "it all came back to normal" after a stroke's signs passed.)
_TESTS = (r"(ecg|ekg|bloods?|blood (tests?|work|results?)|tests?|scans?|x ?rays?|mri|ct|obs|observations|emg|"
          r"nerve (conduction )?tests?|results?|ultrasound|troponin|health (mot|check)|ck|"
          r"creatine kinase|thyroid|kidney function|liver function|b12|iron levels?)")
_BENIGN = (r"(just|only|nothing (serious|sinister|wrong|worrying|to worry about)|benign|anxiety|panic( attacks?)?|"
           r"hyperventilat\w*|over ?breathing|bells palsy|costochondritis|chest wall|(a )?(pulled|strained) muscle|"
           r"muscle strain|muscular|(a )?muscle (pain|problem|thing)|viral|a virus|sleep deprivation|stress|"
           r"not (a|an) [a-z]+( [a-z]+)?|nothing (to|we) (find|found)|(all )?(normal|fine|clear|okay|ok)|"
           r"growing pains|cramp|a cramp|(a )?trapped nerve|sciatica|carpal tunnel|tendonitis|a sprain|sprained|"
           # a known effect of a medicine: "cardiologist checked me and said its the triptan"
           r"(a |an )?(known |common )?side effects?|white coat( hypertension| syndrome| effect)?|"
           r"the (triptans?|tablets?|pills?|medication|medicine|meds|injections?))")
CLEARANCE = re.compile(
    # a check that came back normal: "ECG, bloods and a chest x-ray and all were normal", "all obs normal"
    rf"\b{_TESTS}\b,? ((\w+|and),? ){{0,10}}?((was|were|came back|are|is|all|looked) )*(all )?"
    r"(normal|clear|fine|negative|unremarkable)\b"
    # "he had a normal EMG and exam": the reading said before the test
    r"|\b(had|has|have|got|gave (me|him|her|them)|did) (a |an )?(completely |totally |perfectly )?"
    r"(normal|clear|negative) "
    rf"((\w+|and) ){{0,3}}?{_TESTS}\b"
    # "...an ECG, bloods and an echo a month ago after the same thing and they were all normal"
    rf"|\b{_TESTS}\b[^.?!;]{{0,120}}?\b(they|these|those|which|both|it) (were|was|came back|all came back) (all )?"
    r"(normal|clear|fine|negative)\b"
    # a clinician's benign reading: "A&E said my face droop was Bell's palsy", "doctor said anxiety"
    rf"|\b{_CARE} (\w+,? ){{0,3}}(said|says|told (me|us|him|her|them)|thinks?|thought|diagnosed|confirmed|reckons?|"
    rf"put it down to)\b (\w+ ){{0,8}}?{_BENIGN}\b"
    rf"|\b{_CARE} (\w+ ){{0,2}}(checked|examined|assessed|looked at) (\w+ ){{0,4}}(and|,)? ?(\w+ ){{0,3}}?"
    r"(everything|all|it) (was |were |is )?(normal|fine|clear|ok|okay)\b"
    # a diagnosis names a clinician's reading without naming the clinician: "twitching for 3 years, diagnosed BFS"
    r"|\b(diagnosed|dx|said( it was| its| it is)?|called it) (with |as )?(bfs|benign fasciculation\w*( syndrome)?|"
    r"benign cramp\w*( fasciculation)?"
    r"( syndrome)?)\b"
    # "...warning signs, numbness down below, bladder problems, and I have none of those"
    r"|\b(i|he|she|they|we) (have|has|had|get|got) none of (those|these|them|that|the above)\b")
_CARE_NOUN = re.compile(rf"\b({_CARE_NOUNS})\b")
_NARROW_TEST = re.compile(r"\b(pregnancy|covid|hearing|eye|smear|flow|drug|urine|sugar|glucose|newborn|heel prick)"
                          r"( \w+)? ?$")
_OWN_WORD = re.compile(r"\b(says|said|insists|insisted|claims|claimed|swears|reckons|thinks)( that)? ?$")
# A sentence that keeps something going after the reassurance: "…but now it's spreading".
_GOING_ON = re.compile(r"\b((is|are|its|getting|gets|keeps getting|now|even) worse|worsening|spreading|spread|again|"
                       r"still|getting|suddenly|since then|and now|but now|now (its|it is|hes|shes|i|my|his|her|the)|"
                       r"tonight|this (morning|evening)|keeps?|returned|right now|currently|at the moment|"
                       r"as we speak|(isnt|wont|not) stop\w*)\b")
# After a clinician's benign reading, the same symptom told as unchanged is what was read: "said benign
# fasciculation syndrome. Still twitching the same."
_UNCHANGED = re.compile(r"\b(the same|same as (before|ever|always|usual)|unchanged|no (different|worse|change)|"
                        r"nothing (new|different))\b")
_CHANGED = re.compile(r"\b(worse|worsening|spread\w*|weak\w*|new|different now|more|wasting|numb\w*)\b")
_QUESTION_START = re.compile(r" ?(is|are|can|could|does|do|what|whats|how|why|which|when|should|would|will|was|were|"
                             r"did|if|in case)\b")


def settled(text: str, sentences: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The stretches of a normalised question that a later reassurance settles: every sentence up to
    the last clearance that is said (not asked), except sentences that tell of a change or of now
    ("worse", "again", "still", "right now"); findings after the reassurance stay as they are.

    Feeling fine since is not enough across sentences: a faint while running or red urine once
    "and normal since" still needs a doctor (the within-sentence "fine now" of `NEGATION_AFTER`
    is narrower)."""
    last = first = -1  # where the last reassurance ends, and where it starts
    for start, end in sentences:
        if _QUESTION_START.match(text[start:end]):
            continue  # "were my bloods normal?" asks; it does not reassure
        asked = end < len(text) and text[end] == "?"
        for match in CLEARANCE.finditer(text, start, end):
            if asked and not re.search(r", (and |but )?now (just|only)\b", text[match.end():end]):
                continue  # asked in its own clause; not "chest pain last wk a&e said muscle strain, now … normal?"
            if match.group(0).startswith("they") and not _CARE_NOUN.search(text, 0, match.start()):
                continue  # "they said…" settles only after a visit to someone
            if _NARROW_TEST.search(text, max(start, match.start() - 20), match.start() + 1):
                continue  # a pregnancy or newborn hearing test says nothing of the symptom
            if _OWN_WORD.search(text, max(start, match.start() - 25), match.start()):
                continue  # "he says he's fine and doesn't want a fuss": the person's own word
            last, first = match.end(), match.start()
    if last < 0:
        return ()
    ranges = []
    for start, end in sentences:
        if start >= last:
            break
        upto = min(end, first if start <= first < end else last)
        if not _GOING_ON.search(text, start, upto):
            ranges.append((start, min(end, last)))
    ranges += [(start, end) for start, end in sentences if start >= last and _UNCHANGED.search(text, start, end)
               and not _CHANGED.search(text, start, end)]
    return tuple(ranges)

