"""Findings about medicines and diabetes: doses, drugs harmful in themselves, how long a medicine has been taken."""

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
    # Medicines whose rash can be a severe skin reaction (Stevens-Johnson): a new rash on them is checked the same day.
    "sjs_drug": r"lamotrigine|lamictal|carbamazepine|tegretol|phenytoin|epanutin|allopurinol",
    # Feeling as with flu, which with such a rash can be the start of that reaction.
    "flu_like": r"fluey|fluish|flu like|like (i have|ive got|i got) (the )?flu",
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
    # --- diabetes and medicines --------------------------------------------------------------------
    "hypo": r"hypo|hypos|having a hypo|low (blood )?sugar|sugars? (\w+ ){0,2}(low|dropped|crashed|is 1\.\d|is 2\.\d)|"
            r"blood sugar (dropped|crashed|is low)|"
            # a reading under 3.5 mmol/L (or 20-59 mg/dL) quoted as a number: "sugar 2.1 and he's confused" (set DE)
            r"\b(sugar|sugars|glucose|bm|bg) (\w+ ){0,3}(of |is |at |was |now |read |reads |said |says |showed )?"
            r"(([01]\.\d|2\.\d|3\.[0-4])\b(?! ?(years|weeks|days|hours|months|minutes|mins|times|mmol mol|percent|g\b|grams|"
            r"teaspoons|cubes))|[2-5]\d ?mg)",
    "sugar_high": r"(tested|checked|pricked) (me|him|her|my (finger|sugar|blood)) (\w+ ){0,2}(said|read|showed|came back|was) (1[5-9]|[2-3]\d)\b|(meter|reading|readings|sugar|sugars|glucose|bm) (\w+ ){0,3}(read|reads|reading|says|said|shows|showed|been|"
                  r"is|at|of|running|sitting|stuck) (\w+ ){0,2}(1[5-9]|[2-3]\d)\b|"
                  r"(sugar|sugars|glucose|readings?|bm|bms|levels?) (\w+ ){0,4}(high|over (1[5-9]|[2-3]\d)|above "
                  r"(1[5-9]|[2-3]\d)|in the (20s|30s))|(high|sky high) (\w+ ){0,2}(sugar|sugars|readings|glucose)",
    "double_dose": r"double dose|doubled up (\w+ ){0,2}(by mistake|by accident|accidentally)|(took|injected|gave|given) (\w+ ){0,4}(twice|two doses|an extra dose|double) (\w+ ){0,3}(by mistake|"
                   r"accidentally|this morning|today|tonight)|(by mistake|accidentally) (\w+ ){0,2}(took|taken|had|given|gave|"
                   r"injected|injecting|done|used) (\w+ ){0,4}"
                   r"(twice|double|extra|every day|two doses)|every day (\w+ ){0,3}instead of (weekly|once a week)",
    "needlestick": r"needle ?stick|(stood|trod|stepped) on (a|an) (\w+ ){0,2}needle|pricked (\w+ ){0,4}(used|discarded|"
                   r"dirty|someone elses) (needle|syringe)|(used|discarded|dirty) needle (\w+ ){0,3}(pricked|stuck|"
                   r"went into|scratched)",
    "sexual_assault": r"sexually assaulted|sexual assault|(was|been|got|were) raped|rape\b|(spiked|drugged) and "
                      r"(\w+ ){0,3}(assaulted|attacked|abused)",
    "human_bite": r"(bitten|bit) (\w+ ){0,2}(in|during) (a|the) fight|(bitten|bit) by (a|another|his|her|my|some) "
                  r"(person|man|woman|child|kid|boy|girl|toddler|brother|sister)|(child|kid|toddler|boy|girl|man|woman|"
                  r"brother|sister) (\w+ ){0,2}bit (him|her|me|my)|was bitten at (nursery|school)|human bite",
    "carbon_monoxide": r"carbon monoxide(?! (alarm|detector|monitor|tester))|(basement|garage|cellar|shed|workshop|tent|caravan|cabin) (\w+ ){0,6}(petrol|diesel|gas) "
                       r"(\w+ )?(saw|generator|engine|heater|pump|mower|cutter|compressor|washer)|(petrol|diesel|gas) (\w+ )?(saw|"
                       r"generator|engine|pump|mower|cutter|compressor|washer) (\w+ ){0,6}(basement|garage|cellar|shed|workshop|"
                       r"indoors|inside)|(bbq|barbecue|heater|generator|stove|burner|charcoal) (\w+ ){0,4}(in|into|inside) (the |our |a |my |his |her )?(tent|caravan|camper|van|garage|cabin|car|boat)\b|"
                       # the place first: "in the campervan with the gas heater on overnight" (set DD)
                       r"(tent|caravan|camper\w*|motorhome|van|cabin|boat|garage|shed|yurt) (\w+ ){0,6}(gas |paraffin |propane |"
                       r"calor |portable |charcoal |disposable )?(?<!electric\s)(?<!oil\s)(?<!fan\s)(?<!filled\s)(?<!induction\s)"
                       r"(?<!infrared\s)(heater|stove|burner|generator|bbq|barbecue)\b|(co|carbon monoxide) (alarm|detector|monitor) (\w+ ){0,3}"
                       r"(went off|going off|goes off|beep\w*|sound\w*|reading|says|showed)|(boiler|gas fire|gas heater|heater|generator|"
                       r"barbecue|bbq) (\w+ ){0,8}(headache|headaches|dizzy|sick|drowsy)|(headaches?|dizzy|sick) (\w+ ){0,8}"
                       r"(better|go away|goes away|improve\w*) (\w+ ){0,3}(out|outside|leave|away from)|"
                       # the appliance told last: "woke up with thumping headaches ... the boiler has been making
                       # funny noises" (set DO)
                       # ("sick of my boiler", a boiler that is off and a chimney that lets in the rain are no fumes)
                       r"(headaches?|dizzy|sick(?! of)|drowsy) (\w+ ){0,12}(boiler|gas fire|gas heater|log burner|wood burner|"
                       r"flue) (\w+ ){0,4}(has been |is |was |keeps )?(making (\w+ ){0,2}(noises?|sounds?|smells?)|playing up|"
                       r"smell\w*|sooty|yellow|orange|leaking (fumes|smoke|gas))",
    # More than one person (or a pet) ill at once in the same home, which makes a fume likelier than a bug.
    "household_ill": r"(whole|entire) (family|household)|all of us|we all|both of us|everyone (in|at) (the |our )?(house|"
                     r"flat|home)|"
                     r"(the )?(cat|dog|pets?) (is|are|seems?|has been|have been) (\w+ )?(poorly|ill|sick|unwell|lethargic|"
                     r"drowsy|off colour|not right)",
    "travel_tropics": r"(back|came back|returned|got back|home|flew back|arrived) (\w+ ){0,2}from (\w+ ){0,6}(africa|"
                      r"nigeria|ghana|kenya|uganda|tanzania|malawi|zambia|sierra leone|india|pakistan|bangladesh|"
                      r"thailand|vietnam|cambodia|indonesia|brazil|the tropics|safari|congo|cameroon|mozambique|lagos|abuja|"
                      r"accra|nairobi|kampala|dar es salaam|lusaka|freetown|kinshasa|lilongwe|delhi|mumbai|dhaka|karachi|"
                      r"lahore|bangkok|jakarta|manila|bali|goa|malawi|ethiopia|sudan|mali|senegal|gambia|liberia|guinea|"
                      r"madagascar|papua new guinea|peru|colombia|venezuela|the amazon|a malaria (area|zone|country|region))|"
                      r"(didnt|did not|didn t|never) take (the |my |any )?(malaria|antimalarial)",
    "snap_pop": r"(bicep|biceps) (\w+ ){0,3}(bunched|balled|rolled|pulled|shot) up|popeye|(felt|heard) (a|something) (\w+ )?(snap|pop|tear|rip|crack)|(snapped|popped|tore|ripped|ruptured) "
                r"(\w+ ){0,2}(achilles|tendon|ligament|acl)|like (i|he|she|someone) (was|had been|got|d been) (kicked|shot|"
                r"hit) in the (back of the )?(leg|calf|heel|ankle)|achilles",
    "heel": r"heel|heels",
    "fell_on_hand": r"(fell|landed|fall|falling) (\w+ ){0,3}(on|onto) (my|his|her|an|their|the) (outstretched )?(hand|wrist|"
                    r"hands|wrists|arm)",
    "tender_thumb": r"(base of|below|under) (my|his|her|the) thumb|snuff ?box|scaphoid",
    "cancer": r"cancer|tumou?r|chemo\w*|oncolog\w*|metasta\w*|myeloma|lymphoma|leuk(a)?emia|radiotherapy",
    "morning_headache": r"(headaches?|head) (\w+ ){0,6}(when (i|he|she|they) wakes?|on waking|in the mornings?|first thing)|"
                        r"(waking|wakes|woke|wake) up with (\w+ ){0,2}headaches?|headaches? (\w+ ){0,4}worse (\w+ ){0,3}"
                        r"(cough\w*|bend\w*|lying down)",
    # explained or figurative: they cancel what they hold and quiet the learned layer (triage_classes.FIGURATIVE)
    # bleeding after a birth or a period that is tailing off, told with its colour: not a new bleed
    "lighter_bleeding": r"(bleed\w*|blood|lochia) (\w+ ){0,8}(lighter|lightening|tailing off|slowing down|easing off|"
                        r"brown|brownish|pinkish)\b",
    # a burning behind the breastbone with an acid taste, or settled by an antacid: heartburn, not the heart
    "reflux_explained": r"(burning|heartburn|acid) (\w+ ){0,3}(behind|in|up|under) (my |the |his |her )?(breast ?bone|chest|"
                        r"sternum|throat)[^.?!]{0,60}\b(acid|sour|gaviscon|rennie|antacids?|tums|omeprazole)",
    "dental_numb": r"(dentist|filling|injection|anaesthetic|anesthetic|numbing) (\w+ ){0,6}numb\w*|numb\w* "
                   r"(from|after|since) (the |a |my )?(dentist|filling|injection|anaesthetic|anesthetic|extraction)",
    "hangover": r"hung ?over|hangover",
    # a clot already found and treated is care under way, not a clot to look for: "dad was in a&e last week for a
    # dvt, they started him on apixaban, can he still do his walks" (set FA)
    "clot_treated": r"(for|with|had|has|diagnosed with|treated for) (a |an |the |his |her |my )?(dvt|blood clot|clot|pe|"
                    r"pulmonary embolism)\b[^.?!]{0,60}\b(started|put|on|taking|takes|given|prescribed)\b[^.?!]{0,25}"
                    r"\b(apixaban|rivaroxaban|edoxaban|dabigatran|warfarin|blood thinners?|anticoagulants?|clexane|enoxaparin|"
                    r"heparin)|(on|taking|takes|started|prescribed) (\w+ )?(apixaban|rivaroxaban|edoxaban|dabigatran|warfarin|"
                    r"blood thinners?|anticoagulants?|clexane|enoxaparin|heparin) (\w+ ){0,4}(for|because of|after) (a |an |"
                    r"the |his |her |my )?(dvt|blood clot|clot|pe|pulmonary embolism)\b",
    "laughing_collapse": r"collapsed (\w+ ){0,4}(laughing|with laughter|in (fits of )?(laughter|giggles|stitches))",
    "laughing_breath": r"(cant|can not|couldnt) breathe (\w+ ){0,3}(lol|haha|laughing)|laughing so (hard|much) (\w+ ){0,4}"
                      r"(cant|couldnt) breathe|killing myself laughing",
    "sweets_poison": r"poison\w* (\w+ ){0,3}(with|on) (\w+ )?(sweets|candy|chocolate|sugar|junk food|cake|pizza)",
    # Pale as a whole person, day after day (an anaemia or a diet), not a limb that has lost its blood: "daughter went
    # vegan, pins and needles in her feet, cramps and shes tired and pale all the time for weeks" (set FH).
    "chronic_pale": r"(tired|exhausted|run down|washed out|lethargic|knackered) (and|&) (\w+ )?pale(?= (all the time|"
                    r"lately|these days|for (weeks|months|ages)|most days|every day|constantly))|pale (and|&) (tired|exhausted|"
                    r"run down|washed out|lethargic|knackered)(?= (all the time|lately|these days|for (weeks|months|ages)))",
    # ("my feet are pale all the time", "she has always been pale": not since this morning)
    "always_pale": r"(pale all the time|(always|constantly) (been )?(so |very )?pale)(?! since)",
    "skin_bumps": r"(white|red|little|small|itchy|raised|pink) (\w+ )?(bumps|lumps|spots|blisters|welts|hives)",
    # more pictures (blind sets U and V)
    "weak_all_limbs": r"(legs|feet) (\w+ ){0,12}(weak|weaker|weakness) (\w+ ){0,16}(hands|arms)|(hands|arms) (\w+ ){0,12}"
                      r"(weak|weaker|weakness) (\w+ ){0,16}(legs|feet)",
    "quinolone": r"\w*floxacin|cipro",
    "tendon": r"achilles|tendons?|tendinitis|tendonitis|backs? of (both |my |his |her )?(heels?|ankles?)",
    "reliever_often": r"(blue inhaler|reliever|ventolin|salbutamol|inhaler|puffer) (\w+ ){0,4}every (\d+|one|two|three|four|"
                      r"couple of|few)( (to |or )?\d+)? hours|(needing|using|taking|on) (my |his |her )?(blue )?(inhaler|reliever|"
                      r"ventolin|puffer) (\w+ ){0,3}(more and more|loads|all the time|constantly|more than usual)",
    "copd": r"copd|emphysema|chronic bronchitis",
    "phlegm_change": r"(phlegm|sputum|mucus|spit) (\w+ ){0,4}(green|yellow|thick|brown|more)",
    "tick": r"tick (bite|bit)|(pull\w*|remov\w*|found|took|picked|got) (\w+ ){0,2}ticks?\b|tick (\w+ ){0,3}(off|on|in) (my|his|her|the)",
    "bullseye": r"(red|pink) (\w+ ){0,3}(ring|circle|circular|target|bulls ?eye|bullseye)|(ring|circle|target|bulls ?eye)"
                r" (\w+ ){0,3}rash|(spreading|expanding|getting bigger) (\w+ ){0,2}rash|rash (\w+ ){0,6}(getting bigger|spreading)",
    "night_sweats": r"night sweats|(wake|wakes|woke|waking) (up )?(\w+ )?(wet|soaked|drenched|soaking) (with|in|from) sweat|(drenched|soaked|wringing wet|soaking) (\w+ ){0,2}(in )?sweat|sweat\w* (\w+ ){0,3}"
                    r"(through|soaked|drenched) (\w+ ){0,2}(sheets|bed|pyjamas|nightclothes)",
    "memory": r"(more|very|getting|increasingly|so) forgetful|memory (\w+ ){0,3}(getting worse|going|failing|declin\w*|"
              r"problems?|loss)|(got|gets|getting) lost (\w+ ){0,4}(driving|walking|going|on the way)|repeat\w* (the same|"
              r"herself|himself|themselves|stories|questions)|(getting|gets|got|becoming) (\w+ ){0,2}(muddled|mixed up|confused) "
              r"(with|about|over) (his|her|their|my) (pills|tablets|medicines|medication|meds|dosette)|"
              r"(asking|asks|ask) (me )?the same (things?|questions?|stuff) (\w+ ){0,2}(over and over|again and again|all the time|"
              r"(\w+ ){0,3}(weeks|months))|(put|puts|putting|left|leaves) (the )?(\w+ )?(kettle|keys|milk|phone|remote|iron|purse|"
              r"wallet|shoes|post) in the (fridge|freezer|oven|microwave|washing machine|bin)",
    # liver disease, and the flapping hands of a liver that is failing
    "liver_disease": r"cirrhosis|liver (disease|failure|damage)|hepatitis|(hands?|arms) (\w+ ){0,3}(flap|flaps|flapping)|"
                     r"(flap|flaps|flapping) (\w+ ){0,3}(hands?|arms)",
    "paracetamol_drug": r"paracetamol|acetaminophen|tylenol|co ?codamol|calpol|lemsip|beechams|panadol|solpadeine",
    "too_often": r"every (hour|(1|2|one|two) hours?|half hour|half an hour)|(1[2-9]|[2-9]\d|twelve|fifteen|twenty|thirty) "
                 r"(\w+ ){0,2}(tablets|pills|capsules|caplets) (in|within|over) (24 hours|a day|one day|24 ?hrs|a single day)",
    "neck_site": r"neck|spine|back of (my|his|her|the) head",
    "breast": r"breasts?|nipples?",
    "in_hospital_care": r"(in|on) (intensive care|icu|itu|a ventilator)|induced coma|(keeping|kept|keep) (him|her|them) "
                        r"(unconscious|asleep|sedated)",
}
