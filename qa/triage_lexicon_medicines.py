"""Findings about medicines: a raised dose of a narrow-margin drug (set CA), a dose asked for to die, doses
and drugs that cause harm of their own (set CF)."""

from __future__ import annotations

# A medicine named by its international name stem (sertraline, mirtazapine, omeprazole, amitriptyline…).
_DRUG = (r"[a-z]+(pine|pril|sartan|statin|olol|azole|cillin|mycin|xetine|pram|zepam|tyline|traline|gabalin|pentin|idone|"
         r"oxine|amine|azine|mide|zide|semide|formin|lukast|profen)\b")

# Same conventions as `triage_lexicon.FINDINGS`.
MEDICINE_FINDINGS: dict[str, str] = {
    # A symptom dated from starting a medicine ("since starting mirtazapine my legs…"), not a medicine that treats it.
    "since_medicine": r"(since|after|when) (i |he |she |they |we )?(started|began|starting|beginning|went on|going on|"
                      rf"was put on|been put on) (taking |on |the |my |a |his |her )?(new )?({_DRUG}|tablets?|pills?|"
                      r"medicines?|medication|meds|antidepressants?|inhalers?)\b",
    # Acid-reducing medicines that lower magnesium when taken for months or years.
    "ppi": r"omeprazole|esomeprazole|lansoprazole|pantoprazole|rabeprazole|nexium|losec|prilosec|\bppis?\b|"
           r"proton pump inhibitors?",
    # How long a medicine has been taken ("been on sertraline 6 months"), not how long a symptom has lasted.
    "medicine_duration": rf"(been|im|i am|was|hes|shes|is|has been|have been) (on|taking) {_DRUG} (for )?(about |over |"
                         r"nearly |almost |around |just over )?(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                         r"twelve|several|a few|many) (weeks|months|years)",
    # Epilepsy medicines whose toxic level lies close to the working one: a raised dose followed by a
    # drunken walk or flickering eyes is too much of the drug, and needs a level checked today.
    "anticonvulsant": r"phenytoin|epanutin|carbamazepine|tegretol|valproate|epilim|depakote|lamotrigine|lamictal|"
                      r"topiramate|oxcarbazepine|trileptal|phenobarbit\w*|"
                      r"epilepsy (tablets?|meds?|medicines?|medication)",
    "dose_raised": r"(dose|dosage|tablets?|meds?|medicines?|medication) (\w+ ){0,3}(went up|gone up|"
                   r"(was|were|been|got) (put |bumped )?(up|increased|raised|doubled|upped))|"
                   r"(increased|raised|upped|doubled|put up|bumped up) (\w+ ){0,2}(dose|dosage)|"
                   r"(higher|bigger|new) dose",
    # The amount that would kill, asked: the question is the crisis, so it is read even as a question
    # ("how many pregabalin would it take to not wake up", "how many pills does it take to die").
    "lethal_dose_asked": r"how (many|much) (\w+ ){0,4}(would|does|will|do|did|to) (it |i |you |they )?(take|need|have) "
                         r"(\w+ ){0,2}to (die|not wake( back)? up|never wake( back)? up|end (it|my life)|kill (me|myself|yourself|"
                         r"someone|a person))|(lethal|fatal|deadly) (dose|amount|number) of|"
                         r"(take|swallow|have) (them |it |enough |the lot )?so (that )?(i|he|she|they) (dont|never|wont|doesnt) "
                         r"wake( back)? up",
    # Vitamin D taken in tens of thousands of units a day for weeks: with thirst, passing much water or
    # sickness, the calcium may be high.
    "vit_d_megadose": r"\b([1-9]\d|[1-9]\d\d) ?(000|k|,000) ?(iu|units?|international units) (\w+ ){0,3}(vitamin d|d3)\b|"
                      r"(vitamin d|d3) (\w+ ){0,3}\b([1-9]\d|[1-9]\d\d) ?(000|k|,000) ?(iu|units?)",
    # A medicine for psychosis or sickness that makes a person unable to sit still (akathisia).
    "cant_sit_still": r"(cant|cannot|can not|unable to|couldnt) (keep |stay |sit )?still|pac(e|ing) (about|around|up and down)",
    # A dopamine medicine for restless legs whose symptoms now come earlier or reach the arms (augmentation).
    "dopamine_agonist": r"pramipexole|mirapexin|mirapex|ropinirole|requip|rotigotine|neupro|levodopa|sinemet|madopar",
    "ferritin_low": r"\bferritin (\w+ ){0,3}(of |is |at |was |level |only )?([1-9]|[12]\d)\b(?! ?(years|weeks|days))|"
                    # "on the low side" is no reason to book on its own
                    r"\b(very|really|extremely) low ferritin|ferritin (\w+ ){0,3}(very|really|extremely|too) low",
    # Angina's own spray that no longer settles the pain.
    "angina": r"angina|\bgtn\b|glyceryl trinitrate|nitro(glycerin)? spray|nitrolingual",
    # Painkillers taken most days for headaches can keep the headaches going (medication overuse).
    "painkillers_most_days": r"(painkillers|pain ?killers|paracetamol|ibuprofen|co ?codamol|codeine|triptans?|sumatriptan|"
                             r"tablets) (\w+ ){0,3}(most|every|nearly every|almost every) (single )?days?\b|"
                             r"(most|every) days? (\w+ ){0,3}(painkillers|paracetamol|ibuprofen|co ?codamol|codeine)",
    # A dopamine medicine (Parkinson's, restless legs) that brings urges out of character.
    "impulse_change": r"gambl\w*|spending (\w+ ){0,3}money|shopping (sprees?|online all)|hypersexual\w*|"
                      r"(sex|sexual) (urges|drive)|compulsive\w*|binge (eating|buying|shopping)",
    # Planning a pregnancy on a medicine that harms an unborn baby.
    "trying_for_baby": r"trying (for|to have) (a )?baby|trying to (get|fall) pregnant|(want|wanting|planning|plan|hoping|"
                       r"thinking about) (\w+ ){0,3}(to )?(get pregnant|have a baby|start a family|try for a baby|start trying)",
    # Peritoneal dialysis fluid that drains cloudy: peritonitis until shown otherwise.
    "cloudy_bag": r"cloudy (bag|fluid|drain\w*|effluent|dialysate)|(bag|fluid|drain\w*|effluent|dialysate) (\w+ ){0,4}cloudy",
    "bladder_urgency": r"bladder urgency|(urgency|rushing|dash\w*) (\w+ )?to (pee|wee|the (toilet|loo|bathroom))|"
                       r"(near|nearly|almost) (accidents|wet (myself|himself|herself))|leaking (urine|wee|pee)",
    # Numb from a level down ("from the belly button down"): the spinal cord, not a nerve in a leg.
    "sensory_level": r"numb (\w+ ){0,3}(from|below) (the |my |his |her )?(belly ?button|navel|waist|chest|nipples?|hips?|"
                     r"ribs?) (down|downwards)|(from|below) (the |my |his |her )?(belly ?button|navel|waist|chest) "
                     r"(down|downwards) (\w+ ){0,3}numb",
    # Asleep at the wheel: a sleep disorder that endangers others.
    "drowsy_driving": r"(fell|falling|nodded|nodding|dozed|dozing|drifted) (off |asleep )?(at|behind) the wheel|"
                      r"(fell|falling|nodded|nodding|dozed|dozing) (off|asleep) (\w+ ){0,2}(while |when )?driving",
}
