"""Findings across the rest of the body: eyes, bladder, bowels, skin, mood, wounds, children and medicines."""

from __future__ import annotations

# Same conventions as `triage_lexicon.FINDINGS`; kept apart only for the length of one module.
# A seat to rise from, for weak thighs told either way round.
_SEAT = r"(a |the |my |his |her )?(low |deep |soft |dining |kitchen |arm )?(chairs?|sofa|couch|toilet|loo|bath|floor)"
BODY_FINDINGS: dict[str, str] = {
    # ---- pictures beyond muscles, from a blind set that went across the body ----
    "retention": r"(cant|cannot|unable to|not (been )?able to|hasnt been able to|havent been able to|couldnt|can not) "
                 r"(\w+ ){0,2}(pee|wee|urinate|pass (any |much )?(urine|water))",
    "curtain": r"(curtain|shadow|veil|blind) (\w+ ){0,4}(came|coming|come|comes) (down|across|over)|(curtain|shadow|veil) "
               r"(\w+ ){0,3}(over|across) (my|his|her|the) (\w+ )?(eye|vision|sight)|new floaters|shower of floaters|new (\w+ ){0,2}(dots|specks|spots|cobwebs) (\w+ )?floating",
    "flashes": r"flash\w*|floaters",
    "no_bowel": r"(not|hasnt|havent|no|nor) (\w+ ){0,3}(opened (his|her|my|their) bowels|pooed|had a poo|passed (any |much )?(wind|gas|"
                r"a stool|stools)|bowel movement)",
    "vomit_green": r"(vomit\w*|sick|throwing up|threw up|bringing up) (\w+ ){0,3}(green|bile|poo|faeces|feces|coffee grounds?)|"
                   r"(sick|vomit\w*|throw\w* up|threw up) (\w+ ){0,10}(its|it is|was) (bright |dark |grass )?green\b|"
                   r"green bile",
    "rigid_belly": r"(tummy|belly|stomach|abdomen) (\w+ ){0,6}(hard|rigid|like a board|board like)|"
                   r"(suddenly|much) (\w+ ){0,3}worse (and|then) (spread|spreading)",
    "right_lower_pain": r"(lower right|bottom right|right lower|down to the right|low down on the right|(moved|moving|gone|went) (down )?(low )?(down )?(on|to) the right|right side of (my|his|her|the) "
                        r"(tummy|belly|abdomen|stomach))",
    "shoulder_tip": r"(tip of|top of) (my|her|the) shoulder|shoulder tip",
    "halos": r"(halos?|rainbows?|rings) (\w+ ){0,4}(round|around) (the )?lights",
    "red_eye_pain": r"eye (\w+ ){0,3}red (and|&) (\w+ )?(painful|sore)|eye (\w+ ){0,3}(painful|sore) (and|&) red|"
                    r"(painful|sore|agonising|aching) (\w+ )?red eye|red (\w+ )?(painful|sore) eye|eye (is |feels )?(\w+ )?"
                    r"(really |very |so )?(painful|agony|killing)",
    "contact_lens": r"contact lens\w*|contacts in|(wore|wearing|slept in) (my )?contacts",
    "diuretic": r"bendroflumethiazide|furosemide|frusemide|bumetanide|indapamide|spironolactone|thiazide|diuretics?|"
                r"water (tablets?|pills?)",
    "immunosuppressant": r"methotrexate|azathioprine|mycophenolate|tacrolimus|ciclosporin|cyclosporine|cyclophosphamide|"
                         r"carbimazole|clozapine|biologics?|on (\w+ )?immunosuppress\w*|transplant",
    "sore_throat": r"sore throat|throat (is )?(sore|killing|raw)|mouth ulcers|ulcers in (my|his|her) mouth",
    "scalp_tender": r"scalp (\w+ ){0,3}(tender|sore|hurts|painful)|(tender|sore|painful) scalp",
    "jaw_claudication": r"jaw (\w+ ){0,3}(aches?|aching|pain|hurts) (\w+ ){0,3}(chew\w*|eating|eat)",
    "low_mood": r"fed up with (everything|life)|(barely|hardly|not) (left|leaving|leaves|leave) (his|her|their|my) room|stopped seeing (his|her|my|their) (friends|mates)|"
                r"(cant|cannot|can not) be bothered (with|doing) (anything|everything)|flat all the time|(feel|feeling|felt) (low|down|flat|empty) (all the time|every day|most days)|"
                r"(felt|feeling|feel|been) (\w+ )?(low|down|flat) (\w+ ){0,5}(for|over) (\w+ ){0,2}(weeks|months|a month)|"
                r"(for|over) (\w+ ){0,4}(weeks|months) (\w+ ){0,3}(felt|feel|feeling|been) (\w+ )?(low|down|flat)|"
                r"(cant|cannot|can not) enjoy (anything|things|life)|crying (most|every|all) (days?|the time)|"
                r"(isnt|not|hasnt been|stopped|doesnt) enjoy\w* (anything|things|life)|feels? like (a|such a) failure|"
                r"(dont|do not|no longer) enjoy (\w+ ){0,5}(anymore|any more)|"
                r"(feel\w*|been|is|seems|am|im) (\w+ )?(flat|down|low|grey|gray|empty|hopeless|numb inside) (\w+ ){0,4}"
                r"(all the time|all day|every day|for (weeks|months|a couple of months|ages|a while))|not enjoying (\w+ ){0,3}(anymore|any more)|"
                r"lost interest in (\w+ )?(everything|things|anything)|no (enjoyment|pleasure|joy|interest) in (anything|everything|life|things)|"
                r"(felt|feeling|been) (really |very |so )?(low|down|flat) (for|over) (\w+ ){0,2}(weeks|months|a month)",
    "knee_gives_way": r"(keeps|kept|has) (\w+ ){0,2}(catching and locking|locking|giving way)|(knee|ankle)s? (\w+ ){0,10}(gives? way|giving way|gave way|given way|locked|buckles?|buckling|locks? up|locking)",
    "changing_mole": r"mole (\w+ ){0,12}(bigger|grown|growing|changed|changing|darker|bleed\w*|itch\w*|ragged|irregular|"
                     r"jagged|uneven|new colour|two (different )?(colours|colors|browns|shades))|(new|changing) mole",
    "thirst": r"(more|extra) thirsty|thirstier|(always|really|very|constantly|so|extremely) thirsty|thirsty all the time|drinking (loads|lots|gallons|so much|pints|litres|jugs)|"
              r"(absolutely |always |constantly )parched",
    "polyuria": r"(wee|weeing|pee|peeing|urinat\w*) (\w+ ){0,4}(a lot(?! less)|loads(?! less)|all the time|all night|more than usual|constantly|\d+ times a night)|up (\w+ ){0,3}"
                r"(times )?(a|every) night to (wee|pee)|up (\d|two|three|four|five) times a night|"
                r"(peeing|weeing|urinating|up to (pee|wee)) (\w+ ){0,2}(several|many|a few|\d|two|three|four|five) times "
                r"(a|each|every|per) night",
    "weight_loss": r"(lost|dropped|lose|losing) (\w+ ){0,3}(\d+ ?)?(stone|kg|kilos?|pounds|lbs|weight) (\w+ ){0,8}without "
                   r"(trying|dieting|diet|a diet)|(unexplained|"
                   r"unintentional|unintended) weight loss|losing weight without (trying|dieting)",
    "vision_gradual": r"(vision|eyesight|sight) (\w+ ){0,3}(getting|gone|going|become|becoming) (\w+ )?(cloudy|cloudier|blurry|"
                      r"blurrier|worse|misty|foggy)|glare from (\w+ )?(headlights|lights)",
    "testicular_lump": r"lump (\w+ ){0,4}(testicles?|testis|ball|balls|scrotum)|(testicle|ball|scrotum) (\w+ ){0,4}lump",
    "statin": r"(simva|atorva|rosuva|prava|fluva|pitava|lova)statin|statins?|red yeast rice|monacolin|"
              r"cholesterol (lowering )?(tablets?|pills?|medicines?|medication|meds|drugs?|jabs?)",
    "eye_chemical": r"(bleach|oven cleaner|drain cleaner|cleaner|chemicals?|acid|alkali|lime|cement|ammonia|caustic|"
                    r"superglue|glue|pepper spray) (\w+ ){0,6}(in|into) (my|his|her|their|the|both|one) (\w+ )?eyes?|"
                    r"eyes? (\w+ ){0,4}(bleach|oven cleaner|drain cleaner|chemicals?|acid|cement|caustic|superglue)",
    "hip_shortened": r"(leg|foot) (\w+ ){0,4}(shorter|turned out\w*(?! to be| that)|rotated|pointing out\w*|twisted out\w*)",
    "keep_nothing_down": r"(cant|cannot|unable to|not able to|couldnt) keep (\w+ ){0,3}(down|anything down)|"
                         r"(havent|hasnt|have not|has not|not|didnt|couldnt) (been able to )?(kept|keep|keeping) (\w+ ){0,2}down|(kept|keeping|keep) nothing down",
    "dental_abscess": r"(tooth|dental|gum) (\w+ ){0,2}abscess|abscess (\w+ ){0,3}(tooth|gum)",
    "chickenpox": r"chicken ?pox",
    "blister": r"blister\w*",
    # rubbed by a shoe: an everyday blister (an infected one is read by its redness, heat or fever)
    "friction_blister": r"blister\w* (\w+ ){0,6}(from|after|off|in) (my |new |the |these |those |his |her )?(\w+ )?(boots|shoes|"
                        r"trainers|sneakers|heels|sandals|flip flops|socks|hike|hiking|walk|run|marathon)|(boots|shoes|trainers|"
                        r"sneakers|heels|sandals) (\w+ ){0,2}(gave|have given|has given|rubbed|give) (me |him |her )?(\w+ ){0,2}blisters?",
    "ankles": r"ankles|both (feet|legs)",
    "chickenpox_contact": r"never had chicken ?pox|(spent|been|was|played|stayed) (\w+ ){0,6}with (\w+ ){0,4}(who|whos|that) (\w+ ){0,4}(chicken ?pox|"
                          r"spots|shingles)|exposed to (chicken ?pox|shingles)|(come|came|comes) out in (chicken ?pox )?spots",
    "quinsy": r"hot potato|(can only|cant|cannot|can barely|can hardly) open (my|his|her) mouth (\w+ )?(a little|a bit|properly|fully|wide)|(cant|can barely|can hardly|unable to|struggling to) swallow (my |his |her )?(own )?(spit|saliva)|muffled voice|"
              r"hot potato voice",
    "emergency_contraception": r"morning after pill|emergency contraception|condom (\w+ )?(split|broke|burst|came off)",
    "breast_lump": r"lump (\w+ ){0,4}(breast|armpit|nipple|boob|boobs)|(breast|armpit|boob) (\w+ ){0,4}lump",
    "bowel_change": r"(poo|poos|stools?|bowel habits?|bowels) (\w+ ){0,6}(looser|runnier|more often|changed|different|thinner|"
                    r"blood)|blood (\w+ ){0,3}(poo|stools?|bottom)",
    "cough": r"cough\w*",
    "at_night": r"at night|in the night|overnight|every night|wakes? (me|him|her) up|waking (me|him|her) up",
    "white_fingers": r"(fingers|toes) (\w+ ){0,4}(go|turn|goes|turns|went|turned|going) (\w+ )?white( (\w+ ){0,2}(then )?(blue|"
                     r"purple)( (\w+ ){0,2}(then )?(bright )?(red|pink))?)?",
    # A muscle that has shrunk: named, or said to look thinner or flatter than the other side.
    "wasting": r"(muscles?|thumbs?|hands?|calf|calves|thighs?|arms?|shoulders?|legs?|shins?) (\w+ ){0,6}"
               r"(wasting(?! (her|his|my|their|your|our|the) (money|time|breath|energy))|wasted|shrink\w*|shrunk|hollow\w*|"
               r"(thinner|smaller|flatter) than)|(thumbs?|hands?) (\w+ ){0,9}(scooped|dug|hollowed) out|"
               r"(wast\w*|shrink\w*|shrunk|atroph\w*) (\w+ ){0,3}(muscles?|thumb|hand|calf|thigh|arm|shoulder)|"
               r"(thinner|smaller|flatter|skinnier|slimmer|narrower|hollow\w*) than (the|my|his|her) (other|right|left)\b",
    "foot_drop": r"(foot|feet) (\w+ ){0,4}(slaps?|slapping|flops?|flopping|floppy|drags?|dragging)|(front of (my |his |her |the )?"
                 r"(foot|feet|it)|toes) (\w+ ){0,3}(wont|doesnt|cant|dont|will not|does not) (lift|come up|go up|raise)|"
                 r"catch\w* (my|his|her|their) (toes?|foot) (on|against)|(toes?|foot|feet) (\w+ ){0,2}(catch\w*|scuff\w*|snag\w*) (on|against)|drag\w* (my|his|her|their) (foot|leg)|"
                 r"trip\w* (over|on) nothing|(keep|keeps|kept|always) tripping|"
                 # "i cant lift my toes up properly" (set ED)
                 r"(cant|cannot|can not|unable to) (lift|raise) (up )?(my|his|her|their) toes( up)?( properly| at all)?"
                 r"(?=\s*($|[,.;!?]|and\b|on (my|his|her|that|the|one)\b|since\b|now\b))",
    # Thighs too weak to rise: getting up from a chair, the sofa or the toilet is hard (proximal weakness).
    "rise_hard": r"(hard|harder|hardly|barely|difficult|struggl\w*|trouble|cant|cannot) (\w+ ){0,2}(getting |get |to get |standing )?(up )?"
                 rf"(out of|from|off) {_SEAT}|"
                 # told the other way round: "getting up off the toilet is a real struggle" (set DZ)
                 rf"(getting|get|standing) up (out of|from|off) {_SEAT} (\w+ ){{0,2}}(is|was|has been|are|were) (\w+ ){{0,3}}"
                 r"(struggle|hard|difficult|effort|battle|mission)",
    # Fine hand work getting hard: buttons, jars, keys, writing.
    "dexterity": r"(struggl\w*|trouble|difficult\w*|hard|fumbl\w*) (\w+ ){0,2}(with |to do up |doing up )?(my |his |her )?"
                 r"(buttons|zips|jars|keys|shoelaces|laces)|cant (do up|fasten|undo) (my |his |her )?(buttons|zips|laces)|"
                 r"(keeps?|kept|keeping|started|been|always) dropping (things|stuff|cups?|mugs?|glasses|plates|keys|pens?|"
                 r"my \w+|his \w+|her \w+|screws|nails|tools)|"
                 r"(fingers|hands) (\w+ ){0,2}(feel |are |getting |have got |gone )?clumsy(?! (in|with) the cold)",
    # What frequent cramps are doing to a life: work, sleep, dread.
    "impact": r"(hard|harder|difficult|impossible) to (do|work|walk|sleep|get through)|(cant|cannot) concentrate|affect\w* (my|his|her) "
              r"(work|job|sleep|life)|(ruin|wreck|disrupt)\w*|interfer\w*|dread\w*|stop\w* me (from )?\w+ing|"
              r"cant (do|finish) (my|his|her) (job|work|shift)|"
              # sleepy by day: "has nodded off at his desk", "dozing off in meetings"
              r"(nod\w*|doz\w*|drop\w*|fall\w*|fell) off (at|in|during) (my|his|her|the|work|meetings|class)|"
              r"(fall\w*|fell) asleep (at|in|during) (my|his|her|the|work|meetings|class)",
    "legal_seizure": r"seizures? of|(customs|police|drug|border) seizures?",
    "parkinson_sign": r"(handwritings?|my writings?|his writings?|her writings?) (\w+ ){0,3}(got|gotten|become|becoming|getting) "
                      r"(\w+ )?(smaller|tiny|cramped)|(shak\w*|trembl\w*|tremor) (\w+ ){0,10}(at rest|"
                      r"sitting still|when resting|resting|when (he|she|i|they) (rests?|is resting|sits still))|"
                      r"(shuffl\w*|slower) (\w+ ){0,2}(walk\w*|steps)|(walk\w*|shuffl\w*) (\w+ ){0,4}(small|tiny|little) steps|"
                      r"(he|she|i|dad|mum) (now )?shuffles",
    "restless": r"(legs?|feet) (\w+ ){0,3}(restless|fidgety|jittery)|ants (\w+ ){0,2}(crawling|marching|running|walking|inside|under)|(crawling|creeping) (\w+ ){0,3}(inside|under) (my|his|her|the) (bones|skin)|urge to move|\brls\b|creepy ?crawly|crawly|fizzy|crawling (feeling|sensation)|restless legs?|fidgety legs|(legs?|feet) (\w+ ){0,4}fizzing|"
               r"(has|have|had|needs?) to (get up|keep moving) and (walk|move|pace)|"
                r"(have|need|urge) to keep moving",
    "hearing_loss": r"hearing (\w+ ){0,2}(gone|went|lost|disappeared)|lost (the |his |her |my |all )?hearing|(almost|completely|suddenly) deaf|(cant|cannot|can barely|can hardly|can only just) hear (anything |much )?(properly |well )?(out of|in|from|with|on) (my|his|her) (left |right )?ear|"
                    r"(ear|hearing) (\w+ ){0,3}(went|gone|going|turned|suddenly|is|feels) (all |basically |completely |just |totally )?(muffled|deaf|dull)|deaf in (one|my|his|her) (left |right )?ear|sudden (hearing "
                    r"loss|deafness)|(lost|losing) (the |my |his |her )?hearing in (one|my|his|her)",
    "lump": r"lump|bump|mass|swelling|(ball|knot|bead|pea) (\w+ )?under (the |my |his |her )?skin",
    "growing": r"(got|getting|grown|growing|become|becoming) (\w+ )?(bigger|larger)|\bnow (\w+ ){0,2}(more like|about|the size of|like) (a |an )?(golf ?ball|tennis ball|egg|orange|lemon|plum|walnut|fist)|(its|it has|has|have) grown\b|"
               r"(now|grown to) (about |roughly )?(the )?size of a (golf ?ball|tennis ball|egg|plum|walnut|lemon)|now (\w+ ){0,4}(is |its )?(more )?like (a|an) (\w+ )?(golf ?ball|tennis ball|egg|plum|walnut|lemon|orange|grape|satsuma|ping pong ball)|"
               r"grow(ing|n)? (\w+ )?(fast|quickly|slowly)|(still|keeps?|keeps on|is|its) growing|"
               r"\b(definitely|much|a lot|noticeably|clearly|a bit) bigger\b|"
               # measured twice: "it measured 2cm then, today its 3.5cm"
               r"\d+(\.\d+)? ?(cm|mm) (then|at first|before|back then|to start)\b(\W+\w+){0,3}\W+(now|today) (\w+ ){0,2}\d+(\.\d+)? ?(cm|mm)\b|"
               # "pea-sized then and now more like a grape", "bigger than a golf ball now"
               r"(pea|marble|peanut|grape)[ -]?(sized|size)? (\w+ ){0,3}(then|at first|to start|when i (first )?(noticed|found))|"
               r"bigger than (a|an) (\w+ )?(golf ?ball|tennis ball|egg|plum|walnut|lemon|grape|marble|pea) now|"
               r"(its|it is|got|getting) (a bit |slightly )?(bigger|larger) now|"
               # "maybe 4cm now… I'm sure it was smaller in the spring"
               r"(was|used to be|looked) (a (lot|bit) |much |definitely )?smaller (in|at|last|back|before|a (few )?(weeks|months))|"
               r"(bigger|larger) than (it was|they were|before|last (week|month|year)|when i (first )?(noticed|found))",
    "new_onset": r"never had (this|these|them|it|that) before|new (to|for) me|(started|began) (only )?recently|out of the blue",
    "neck_surgery": r"thyroid\w*|parathyroid\w*|neck (surgery|operation|op)",
    "dka_sign": r"pear drops|fruity (breath|smell)|ketones? (\w+ ){0,4}(high|([1-9]|[1-9]\.\d|0\.[6-9])\b)|(high|raised|positive|moderate|large) ketones?|ketones? in (my|his|her|their) (urine|wee|pee)|(meter|sugar|reading) (\w+ ){0,3}(says|reads|shows|is) (hi|high|"
                r"over \d+)|breathing (\w+ ){0,3}(deep|deeply)",
    "gi_bleed": r"coffee grounds?|black (motions|stools?|poos?|bowel movements)|(motions|stools?|poos?) (\w+ ){0,5}(like tar|tarry)|black (and )?(sticky|tarry|tar like) (poo|stool|stools|bowel)|(poo|stool|stools) (\w+ ){0,3}"
                r"(black and sticky|like tar|tarry)|(vomit\w*|threw up|throwing up|sick) (\w+ ){0,8}blood|blood in (my|his|her) "
                r"(vomit|sick)",
    "joint_hot": r"(knee|ankle|elbow|wrist|hip|joint)s? (\w+ ){0,3}(swell\w*|swollen|red|hot|puffed|blew up|blown up|balloon\w*)",
    "cramp_drug": r"water (tablets?|pills?)|diuretics?|statins?|bendroflumethiazide|furosemide|indapamide|"
                  r"atorvastatin|simvastatin|rosuvastatin|salbutamol|nifedipine",
    "sunken_fontanelle": r"(soft spot|fontanelle) (\w+ ){0,6}sunken|sunken (soft spot|fontanelle)",
    "bulging_fontanelle": r"(soft spot|fontanelle) (\w+ ){0,8}(bulg\w*|swollen|raised|tense)|bulging (soft spot|fontanelle)",
    "shingles_rash": r"shingles|(blister\w*|rash) (\w+ ){0,6}(in|along) (the same|a|one) (band|strip|stripe|belt)|(band|strip|stripe|belt|line|patch) of (\w+ ){0,2}(blisters|spots|rash)|(blister\w*|rash) (\w+ ){0,9}(forehead|one side of (my|his|her) (face|head)|near (my|his|her)"
                     r" eye|around (my|his|her) eye|nose|(my|his|her) eyelid|(my|his|her) scalp|(corner of|towards|next to) (\w+ ){0,4}eye)",
    "eye_symptom": r"eye (\w+ ){0,6}(red|sore|painful|swollen|blurr\w*|watering)|(red|sore|painful) eye|vision",
    "cramp_start_time": r"(woke me|woke him|woke her|woke|woke up|started|began|came on|kicked in|cramped|seized up) (up )?at \d+\w*",
    "cramp_still": r"still (\w+ ){0,2}(locked|solid|hard|rock|tight|knotted|in a knot|clenched|seized|cramp\w*|going|there)|"
                   r"(hasnt|wont) (let go|released|"
                   r"eased|stopped)|nothing (releases|helps|works|shifts)",
    "claudication_walk": r"(legs?|calf|calves|thighs?) (go|goes|get|gets|feel|feels|went) (\w+ ){0,3}(crampy|heavy|achy|painful|tight) (\w+ ){0,3}when (i |he |she )?(stand or )?walk|(calf|calves|leg|legs|thigh|thighs|buttock|buttocks) (pain|ache\w*|cramp\w*|hurt\w*) (\w+ ){0,2}after (\w+ ){0,3}(yards|metres|meters|minutes|mins|steps|blocks) (of )?walk\w*|(comes on|starts|kicks in|happens) (\w+ ){0,2}(every time|whenever|each time|as soon as) (i |he |she )?walk\w*|(calf|calves|leg|legs|thigh|thighs|buttock|buttocks) (pain|ache\w*|cramp\w*|hurt\w*|kill\w*|burn\w*) (\w+ ){0,2}(when |while |on )?walk\w*|(walk\w*|walk to) (\w+ ){0,8}(before|until|till) (\w+ ){0,3}(calf|calves|leg|legs|thigh|thighs) (\w+ ){0,2}(seiz\w*|locks? up|tighten\w*|cramp\w*|ache\w*|hurt\w*)|(cramp\w*|ache\w*|pain|hurt\w*) (\w+ ){0,5}(calf|calves|leg|legs|thigh|thighs|buttock|buttocks) (\w+ ){0,4}(every time|whenever|when|after|if) (i |ive |i have |he |hes |she |shes )?walk\w*|(walks?|walking|hill|uphill) (\w+ ){0,8}(calf|calves|leg|legs|thigh|thighs|buttock|buttocks) (\w+ ){0,3}(cramp\w*|ache\w*|hurt\w*|pain)|(after|when) (i |he |she )?walk\w* (\w+ ){0,6}(ache|aching|pain|hurt\w*|cramp\w*|burn\w*) (\w+ ){0,4}"
                         r"(calf|calves|leg|legs|thigh|buttock)s?|(after|when) (i |ive |i have |he |she )?(walk\w*|about \d+|\d+) (\w+ ){0,8}(calf|calves|leg|legs|thigh|buttock)s? (\w+ ){0,4}"
                         r"(ache|aches|aching|achy|pain|hurt\w*|cramp\w*|tight\w*|burn\w*)|(calf|calves|leg|thigh)s? (\w+ ){0,4}(ache|aches|aching|pain|hurt\w*|"
                         r"cramp\w*) (\w+ ){0,4}(when|whenever|after|every time) (i |ive |i have |he |she )?walk\w*|(ache|aching|pain|hurt\w*|cramp\w*) (\w+ ){0,5}"
                         r"(calf|calves|leg|legs|thigh|buttock)s? (\w+ ){0,3}(when|after|while) (i )?(walk\w*|about \d+)|"
                         # "calf burns like its on fire after walking about 200 yards" (set DJ)
                         r"(calf|calves|leg|legs|thigh|thighs|buttock|buttocks) (\w+ ){0,5}after (walking|i walk|he walks|she walks) "
                         r"(about |around |maybe |only |just )?\d+ ?(yards|metres|meters|m|steps|blocks|minutes|mins)\b",
    "claudication_rest": r"better (when|once|if) (i |he |she )?(sit|sits|sat|stop|stops|rest|rests|lean|leans|bend|bends)\b|(standing still|stand still|rest\w*|stop\w*) (\w+ ){0,4}(he|she|i|they) (can )?(carry on|keep going|walk on|walk again|go again)|(goes|wears|eases|ease|easing) (off|away) (\w+ ){0,4}(stops?|rests?|stands? still|standing still|sits? down)|"
                         r"(goes|eases|stops|settles) (\w+ ){0,5}(when|if|once|as soon as|after) (i |im |he |hes |she |shes )?(stops?|stopping|rests?|"
                         r"resting|sits?|sitting|stands?|standing)|"
                         r"(stops?|rests?|stand still|standing still|sits? down) (\w+ ){0,8}(goes|eases|better|go away|fades|"
                         r"settles|can walk again)|(goes|eases|settles|fades|better) (\w+ ){0,6}(rest|resting|stopping|"
                         r"standing still|sitting down)",
    "anticoagulant": r"warfarin|blood thinners?|anticoagulant\w*|apixaban|rivaroxaban|edoxaban|dabigatran|clopidogrel|"
                     r"xarelto|eliquis|pradaxa|lixiana|coumadin",
    "severe_pain": r"(pain|it) (\w+ ){0,4}(way |much |far )?worse than (when|before)|(painkillers?|pain (killers?|relief|meds|medication)|morphine|oramorph|codeine|"
                   r"co ?codamol|tramadol|ibuprofen|paracetamol|naproxen) (\w+ ){0,3}(do nothing|(have |has )?(done|doing) "
                   r"(nothing|zero|sod all)|(is |are |s )?not (working|touching|doing anything)|(is |are |s )?not "
                   r"helping (at all|one bit)|(dont|doesnt|havent|hasnt|arent|isnt) (help|touch|work|touched|touching)\b)|"
                   r"(makes|make) (me|him|her) scream|screams? (\w+ ){0,2}(if|when) (i|you|we|anyone|someone) (\w+ ){0,2}"
                   r"(move|moves|touch|touches|bend|bends|straighten)|unbearable|excruciating|"
                   r"(pain|it) (is |s )?(\w+ ){0,2}(through the roof|off the (scale|charts))|even with (the |my )?(strong |"
                   r"prescribed )?painkillers",
    "infection": r"infect\w*|cellulitis|pneumonia|abscess|septic|pus",
    "dvt_site": r"(left |right )?(leg|legs|calf|calves|calfs|thigh|thighs|shin|shins|lower leg|back of (my|his|her|the) "
                r"(knee|leg))|"
                # "calf" as speech-to-text hears it: "my whole cough is swollen", "my right car is swollen"
                r"(left|right|whole|my) (cough|car)(?= (is|was|feels|looks|has|got|gone) (\w+ ){0,2}(swollen|swelling|hot|red|"
                r"tender|tight|bigger|puffy))",
    "flat_feet": r"flat (feet|foot|footed)|(feet|foot|arches) (are|is|look|looks|seem) (\w+ )?flat|fallen arches|collapsed arches|no arches",
    "allergen": r"peanuts?|nuts?|sting|stung|bee|wasp|shellfish|allerg\w*|hives|new (medicine|medication|tablet|"
                r"antibiotic)|penicillin|antibiotics?|after eating|ate",
    "hives": r"hives|welts|itchy rash|rash all over|blotches",
    "dark_urine": r"(dark(?! yellow)|brown|cola|coke|tea|black|red|reddish|rust\w*|bloody|blood in|coffee|"
                  r"dark brown|brownish)[ -]?(colou?red )?(\w+ ){0,2}(pee|wee|urine|piss|wee wee)|"
                  r"(pee|wee|urine|piss) (\w+ ){0,6}(dark|darker|brown|browner|cola|coke|coca|tea|black|red|redder|rust\w*|bloody|coffee)|"
                  r"(pee|wee|urine|piss) (\w+ ){0,6}colou?r of (\w+ )?(cola|coke|tea|coffee|rust|port|marmite)|"
                  r"(peeing|weeing|peed|pee|wee|urine)\b[^.?!]{0,50}\bwhat (does |did )?(comes?|came) out (\w+ ){0,3}(dark(?! yellow)|brown|"
                  r"black|like (cola|coke|tea|coffee))\b",
    "muscle_pain": r"muscles? (\w+ ){0,2}(pain|ache|aching|agony|sore|hurt\w*|tender|killing|swollen)|"
                   r"(sore|aching|achy|agonising|painful) muscles|muscle pain|(thighs|legs|arms|calves|quads) "
                   r"(\w+ ){0,2}(agony|killing|so sore|swollen|rock hard|hurt)",
    "exertion": r"marathon|ultra|triathlon|workout|crossfit|gym|spin class|spinning|training|exercis\w*|"
                r"squats|bootcamp|boot camp|military|heat|heatwave|sauna|crush\w*|trapped|pinned|statins?|"
                r"atorvastatin|simvastatin|rosuvastatin|lay on the floor|lying on the floor|hours on the floor|"
                r"fell and|hike|hiking|race|run|ran|cycling|session|reps|pushups|press ups",
    "bladder_bowel": r"(cant|couldnt|cannot) (tell|feel) (if|when|whether) (i|he|she) (need|needs|needed) (a |to )?(wee|pee|poo)|"
                     r"(cant|couldnt|unable to|trouble|difficulty|struggling to|not able to) (\w+ )?"
                     r"(pee|wee|urinate|pass urine|go to the toilet|empty (my|his|her) bladder)|"
                     r"(wet|wetting|peed|weed|soiled) (myself|himself|herself|the bed)|incontinen\w*|"
                     r"(lost|losing|no) control (of|over) (my|his|her|the)? ?(bladder|bowels?|pee|wee)|"
                     r"(bladder|bowels?) (\w+ ){0,2}(not working|stopped|wont work|leak\w*)|"
                     r"cant (feel|tell) (when )?(i|he|she) (need|needs) to (pee|wee|go)|leaking urine|"
                     r"(not sure|cant tell|dont know|cant feel|no idea) when (i|he|she) (need|needs) (a|to) (wee|pee|poo|go)",
    "no_urine": r"(wee|pee|urine|weeing|peeing)\b[^.?!]{0,40}(hardly|barely) any (coming out|comes out)|"
                # "pee is black like cola and only little bit" (set EK)
                # (dark and scant, not a small wee of cystitis or a trace in a dipstick: found in review)
                r"(wee|pee|urine)\b[^.?!]{0,40}\b(dark|brown|black|cola|coke|tea)\b[^.?!]{0,30}\b(and )?(only|just) (a )?(little|"
                r"tiny|small) (bit|amount|drops?|dribble)\b|(wee|pee|urine)\b[^.?!]{0,30}\b(dark|brown|black|cola|coke|tea)\b[^.?!]{0,20}\b"
                r"(and )?(hardly|barely) any\b|"
                r"(hardly|barely) any (wee|pee|urine) (\w+ )?(coming out|comes out|passed|passing)|(barely|hardly) (been|gone) (to the (loo|toilet) )?(all day|since|today)|(hasnt|has not|not) had a wet (nappy|diaper)|wet (nappies|diapers) (\w+ ){0,3}(only|just) (\d|one|two|three)\b|dry nappies|fewer wet (nappies|diapers)|(almost|barely|hardly) (dont|doesnt|do not|does not|didnt) (pee|wee|urinate)|(weeing|peeing|urinating|passing urine|"
                r"wee|pee) (\w+ ){0,3}(less|fewer times) than (usual|normal)|(much|a lot) less (wee|pee|urine)\b|(hardly|barely) (been )?any (of it|pee|wee|urine)|(peeing|weeing|pee|wee) (hardly|barely|almost) (anything|nothing)|(hardly|barely) passing (any|much|(water|urine)(?! (at night|during the night|overnight|in the (day|night)|each time|when i go)))|(hardly|barely) been (\w+ ){0,2}(all day|today|since)|(barely|hardly) (going|peeing|weeing)\b|no (pee|wee|urine|wet nappy|wet nappies|wet diapers?)\b|(not|havent|hasnt|hadnt|barely|hardly) (?!(dark|brown|red|cola|blood|severe|painful|sore|bad|weak|dizzy|confused|sick|swollen|"
                r"hot|feverish|tired)\b)(\w+ ){0,2}(peed|weed|pee|wee|urinated|wet nappy|"
                r"wet nappies|wet diaper|wet diapers|passed urine|(passed|passing|produced) (any |much )?(urine|wee|pee)\b)|(only|just) (\d|one|two|three) wet (nappy|nappies|"
                r"diapers?)|(only|just) (had |done |been )?(\d|one|two|three|a couple of) wet (nappy|nappies|diapers?)|"
                r"(fewer|less) wet (nappies|diapers)|(only|just) (peed|weed|been|urinated) once|(only|just) (had |done )?(one|1|a single) (small |tiny |little )?(wee|pee)\b",
    "fluid_loss": r"vomit\w*|throw\w* up|threw up|diarrh\w*|the runs|(tummy|stomach|sickness|winter vomiting) "
                  r"bug|gastro\w*|norovirus|d and v|(runny|watery|loose) (poos?|stools?|"
                  r"nappies|diapers|bowels)|being sick|sick all|cant keep "
                  r"(anything|water|fluids) down|no water",
    "dizzy": r"(nearly|almost) (blacked out|fainted|passed out)|dizz\w*|lightheaded|light headed|faint\w*|woozy|room spinning|sunken eyes|very thirsty|"
             r"dry mouth|no tears|lethargic|floppy|sunken|soft spot (\w+ ){0,3}sunken",
    "overheated": r"heat|hot day|sun|(in|into) (the )?shade|sunstroke|heat ?wave|sauna|festival|hot weather|marathon|running|race|"
                  r"hot car|overheat\w*|boiling|scorching|4[3-9] ?(degrees|c)\b|(3\d|4\d) degrees (out|outside|today|in the shade)",
    "not_sweating": r"(stopped|not|isnt|no longer|wasnt) sweating|hot (and )?dry skin|hot and dry to the touch|skin (is )?(very |really |so )?(hot|burning) "
                    r"(and )?dry|dry hot skin",
    "bleeding": r"bleed\w*|blood(?! (pressure|sugars?|tests?|glucose|levels?|count|work|drawn|draw|taken|type|group|donation|thinners?|clot|vessels?|circulation|supply|cells?)\b)",
    "heavy_bleeding": r"still bleeding (a lot|heavily|loads|badly) (after|despite|even)|blood (\w+ ){0,3}(spray\w*|spurt\w*|pump\w*)|(bleeding|blood) (\w+ ){0,5}not stopping|(wont|doesnt|will not|cant get it to|not) stop(ped)? bleeding|(keeps|just keeps|still) bleeding through|bleeding (\w+ ){0,3}(wont|doesnt|will "
                      r"not|isnt|not|cant) (stop|stopping)|spurting|spurts|pouring|gushing|soaked (through )?\w* ?(towels?|bandages?)|"
                      r"(soak\w*|pouring|pumping|gushing|spurting) (\w+ ){0,3}(towel|towels|bandage|cloth|tea towel|clothes|through)|"
                      r"blood (is |keeps )?(pumping|pouring|gushing|spurting|everywhere)|pool of blood|"
                      # "blood coming out like fountain, jumping with the heart, the towel is full"
                      r"blood (\w+ ){0,4}(like (a )?fountain|jumping with (the|my|his|her) (heart|heartbeat|pulse)|in time with (the|my|his|her) "
                      r"(heart|heartbeat|pulse))|(towel|towels|bandage|cloth|tea towel|dressing) (is |are )?(already )?(full|soaked)|lots of blood|so much blood|blood everywhere|bleeding heavily|heavy bleeding",
    # Rain pours and sweat pours: said of them, these words are no bleeding (set DR). Kept narrow: a cut that pours
    # while it rains or a sweating person who bleeds is still bleeding (found in review).
    "wet_not_blood": r"\bpouring (down )?(with )?(rain|sweat)\b|\b(rain|sweat) (is |was |were |kept |keeps )?(pouring|gushing)\b|"
                     r"\b(soaked|drenched|soaking) (through )?(with|in|by|from) (the )?(rain|sweat)\b",
    "head_blow": r"clash\w* heads|head (clash|collision|to head)|(banged|knocked|bumped|cracked|smashed|clonked) heads|"
                 r"(fell|landed|fallen|dropped) (\w+ ){0,5}(onto|on) (his|her|my|their|the|its) head|(hit|banged|bumped|smacked|knocked|cracked|whacked|smashed|walloped|bashed) (\w+ ){0,4}(fore)?head|"
                 r"(knock|blow|bang|kick|hit|bump|knee|elbow|punch|boot|ball|bat|stick|racket|head butt|headbutt) (to|on|in) (the|his|her|my) head|head (injury|injuries|knock|bump)|"
                 r"fell (\w+ ){0,3}(head|face) first|concussion|(egg|lump|bump|goose egg|gash) (\w+ ){0,2}(on|over) (his|her|my|their|the) "
                 r"(back of (his|her|my|their|the) )?(forehead|head|temple|eyebrow)",
    "spasm": r"spasm\w*|stiff\w*|twitch\w*|jerk\w*|cramp\w*|rigid|tight\w*",
    # redness a nurse drew round that has "gone well past the pen line"
    "past_pen_line": r"(gone|spread\w*|crept|creeping|grown|going|got|moved|its|it is|is|has|now) (\w+ ){0,2}(past|beyond|outside|over) "
                     r"(the|that|my|her|his|its) (pen |marker |biro )?(line|lines|mark|marks|outline|circle|border)",
    # many medicines taken as prescribed: "I take 11 different tablets a day", "take a lot of tablets"
    "habitual_meds": r"(take|takes|taking|am on|is on|on) (\w+ )?(\d+|five|six|seven|eight|nine|ten|eleven|twelve|a lot of|lots "
                     r"of|loads of|so many|many|several) (different|separate|kinds of|types of|sorts of) (tablets|pills|"
                     r"medicines|meds|medications)|(take|takes|taking|am on|on) (a lot of|lots of|loads of|so many|a load "
                     r"of|a pile of) (tablets|pills|medicines|meds|medications)(?! (at once|in one go|together|at the same))",
    "infection_spread": r"red (line|streak|streaks|lines)|red (\w+ )?(area|patch|skin|mark|bit)( \w+){0,5} (is |has |thats |"
                        r"that has |that is )?(spread\w*|getting bigger|got bigger|grown|growing|doubled)|streak\w* (up|going up|spreading)|redness (is )?"
                        r"(spread\w*|getting bigger|growing|tracking)|spreading redness|pus|oozing|oozy|weeping|"
                        r"hot and swollen|angry red|(red|hot|swollen|sore|angry) and spreading|spreading like wildfire|(red|pink) and (hot|warm)( \w+){0,6},? (its |it has |it is |and )?(got|getting|grown|growing) bigger|redness (\w+ ){0,3}(crept|creeping|creeps|grown|growing|bigger|further)|smell\w*|stink\w*|whiff",
    "child": r"\d+ ?(yo|y o)s?\b|(child|boy|girl|son|daughter|kid) (\d+|one|two|three|four|five|six|seven|eight|nine|ten) (years?|yrs?)\b|(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(year|yr)s? olds?|"
             r"(my|our) (son|daughter|kid|child|toddler|little one|boy|girl)\b|grandson|granddaughter|grandchild|"
             r"(son|daughter|boy|girl|toddler|kid|child) (aged|age) \d",
    "fever_days": r"(\d+|three|four|five|six|seven|several) days|over a week|a week now|(its |now |on )day ([5-9]|1\d|five|six|seven|eight)\b",
    "uti": r"burning (pee|wee|urine)|(cries|crying|screams|screaming) when (he|she|they) (does a |do a |has a )?(wee|pee)|"
           r"(wee|pee|urine) (\w+ ){0,2}smells? (really |very )?(strong|bad|funny|foul|horrible|fishy)|(pee|wee) (burns|stings)|cystitis|uti|urine infections?|water infections?|bladder infection|kidney infection|(sting\w*|hurts?|pain|"
           r"burn\w*) (\w+ )?(when|while) (i |he |she )?(wees|wee|pees|pee|urinates|urinate)|(hurts|stings|burns) to (wee|pee)|burn\w* (when|while) "
           r"(i |he |she )?(pee|wee)|(wee|weeing|pee|peeing|urinat\w*) (\w+ ){0,3}(with|and) (\w+ )?(burning|stinging|pain)|"
           r"(burn\w*|sting\w*|pain) (\w+ ){0,2}(when|while) (i |he |she )?(make|do|pass|have) (a )?(pee|wee|urine|water)",
    "testicle": r"testicles?|testes|scrotum|(my|his|the|their|left|right|one|sore|swollen|painful|in (my|his)) (balls?|nuts)\b(?! of)",
    "arch_drop": r"arch(es)? (\w+ ){0,8}(dropped|dropping|fallen|falling|collapsed|collapsing|flatter|flattening|lower|sunk|"
                 r"sinking|sagg\w*|gone down|flattened)|"
                 r"(foot|feet) (\w+ ){0,4}(flatter|flattening|flattened) than|(got|getting|become|becoming) (\w+ )?flatter|(foot|feet|arch|arches) (has |have )?(gone|going) flatter",
    "one_foot": r"(one|left|right) (foot|ankle|arch)|(left|right) (one )?is fine|other foot is fine",
    "leg_shaking": r"(legs?|knees?) (\w+ ){0,4}(shake|shakes|shaking|tremble|trembling|wobbl\w*|unsteady|quiver\w*)|tremor",
    # Shaking that comes on standing still and goes on walking (orthostatic tremor), told by where it happens.
    "shake_standing": r"(stand|stands|standing|stood) (\w+ ){0,3}(still|in (a |the )?(queue|line))|queu(e|ing|eing)\b",
    "progressive": r"(getting|becoming|got) (\w+ )?(more noticeable|worse|more frequent|more often)|gradual\w*|slowly (more|worse|weaker)|"
                   r"(over|in) the (last|past) (\w+ ){0,2}(year|years|months)|each (month|year)",
    "baby": r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven) (week|weeks|wk|wks|month|months) old|"
            r"(hes|shes|he is|she is|theyre|baby is) (only |just )?([1-9]|1[01]|one|two|three|four|five|six|seven|eight|"
            r"nine|ten|eleven) (weeks?|months?)\b(?! (pregnant|gone|along|ago|later|since))|"
            r"newborn|infant|baby|babies|little one|toddler",
    "child_unwell": r"floppy|wont (feed|drink|wake)|not feeding|not drinking|(not|doesnt|dont|isnt) (want(ing)? to |wanna )?"
                    r"(drink|drinking|feed|feeding)|unusually sleepy|drowsy|lethargic|high pitched cry|"
                    r"rash|(?<!get\s)(?<!keep\s)(?<!stay\s)(?<!getting\s)(?<!keeping\s)fit(?! and)|seizure|blue|mottled",
}
