"""Findings of whole pictures told without their names, and of what a GP wants to see within weeks."""

from __future__ import annotations

# Same conventions as `triage_lexicon.FINDINGS`; found by blind sets S to AH, whose writers described
# what they saw or felt rather than naming it.
# Medicines people come to depend on, and the sessions that leave legs "like jelly".
_HABIT_FORMING = (r"co ?codamol|codeine|painkillers|tramadol|diazepam|sleeping (pills|tablets)|pregabalin|gabapentin|"
                  r"oxycodone")
_TWITCH_WORD = r"(twitch\w*|twich\w*|fascicul\w*|flicker\w*|rippl\w*|jump\w*)"
_WORKOUTS = r"bootcamp|workout|session|gym|run|training|squats|leg day|class|spin|hike|match|game|marathon|race"

PICTURE_FINDINGS: dict[str, str] = {
    # --- pictures seen only as a whole (blind sets S and T) ---------------------------------------------
    "toothache": r"tooth ?ache|(tooth|teeth|molar|wisdom tooth|filling) (\w+ ){0,4}(hurts?|hurting|pain\w*|throbb\w*|aching|"
                 r"agony|killing)|(pain|throbb\w*|ache) (\w+ ){0,2}in (my|his|her|a|the) (\w+ ){0,2}(tooth|teeth|molar|gum)",
    "after_surgery": r"(had|having) (my|his|her|their|a|the) (\w+ ){0,2}(out|removed|taken out|operation|op|surgery)|"
                     r"(days?|weeks?|hours?) (after|since) (my|his|her|the|an|their) (\w+ )?(op|operation|surgery)|"
                     r"post ?op\w*|\w+ectomy|since (my|his|her|the) (op|operation|surgery)",
    "bloody_diarrhoea": r"(diarrh\w*|the runs|loose (stools?|poos?)|watery (stools?|poos?)) (\w+ ){0,12}(blood|bloody)|"
                        r"(blood|bloody) (\w+ ){0,3}(diarrh\w*|the runs)",
    "run_out_meds": r"((run|ran|running|out) out of|(couldnt|could not|cant|cannot) get|(been|gone|going|am|is) without) (my|his|her|their|the|any)? ?(\w+ ){0,2}(epilep\w*|anti ?epilep\w*|seizure|"
                    r"levetiracetam|keppra|lamotrigine|valproate|epilim|carbamazepine|tegretol|phenytoin|insulin|"
                    r"steroids?|prednisolone|hydrocortisone|parkinson\w*|levodopa|sinemet|madopar|co ?careldopa|co ?beneldopa|"
                    r"rasagiline|pramipexole|rotigotine)|missed (\w+ ){0,3}"
                    r"doses? (of )?(my |his |her )?(epilep\w*|anti ?epilep\w*|levetiracetam|keppra|lamotrigine|"
                    r"valproate|insulin|hydrocortisone|parkinson\w*|levodopa)",
    "pain_out_of_proportion": r"(pain|it) (is |s )?(way |much |far |a lot )?(worse|more) than (it|the cut|the wound|the graze|the scratch) looks|"
                              r"(pain|it) (is |s )?(way|much|far|a lot) worse than it should be|"  # set ED
                              r"(pain|it) (is |s )?(way |much |far |a lot )?(worse|more) than (i|you|id|youd|anyone) "
                              r"(would )?(expect|expected|thought)|(pain|it) (is |s )?(way |much |far |a lot )?(worse|more) "
                              r"than (the|a|my|his|her) (bruise|knock|injury|cut|graze|wound|scratch|bite|sting) (looks|would|seems)|"
                              # "way way worse than a normal knock" (set EN)
                              r"(way |much |far )+worse than (a |an )?(normal|usual|ordinary|regular) (knock|bruise|kick)|pain (\w+ ){0,3}(more|worse) than the (injury|bruise|wound)|out of proportion|(hurts?|pain\w*|agony|screams?) (\w+ ){0,4}"
                              r"(when|if) (\w+ ){0,2}(moves?|moving|stretch\w*|wiggles?|bends?) (my|his|her|the) "
                              r"(toes|fingers|foot|hand)|(tight|tense) and shiny|shiny and (tight|tense)|(worse|worsening) "
                              r"(even )?(with|despite|after) (\w+ ){0,2}(painkillers|co codamol|codeine|tramadol|morphine)",
    # Words that make the alarming words something else: they cancel the finding they hold
    # (see triage_classes.CANCELS).
    "sleep_apnoea": r"(stop|stops|stopped|stopping) breathing (\w+ ){0,8}(then|and) (\w+ )?(gasp|snort|chok|splutter)\w*|"
                    r"snor\w* (\w+ ){0,10}(stop|stops|stopped) breathing( (\w+ ){0,8}(then|and) (\w+ )?(gasp|snort|chok|splutter)\w*)?|(stop|stops|stopped) breathing (\w+ ){0,8}snor\w*|"
                    r"sleep apn(o)?ea",
    "blocked_nose": r"(cant|cannot|can not|unable to|struggling to) breathe (\w+ ){0,2}(through|out of) (my|his|her|the|their) nose",
    "gym_chest": r"chest (day|workout|session|press|flys?|flyes|exercises?|and (tris|triceps|shoulders))|"
                 r"(bench|bench press\w*|push ?ups|press ?ups|dips) (\w+ ){0,12}chest|"
                 # sore to the touch or on a stretch: the muscle, not the heart
                 r"chest muscles? (\w+ ){0,3}(sore|aching|achy|stiff|tender)|"
                 r"(sore|aching|achy|tender) chest muscles?",
    "cycling_numb": r"(numb|numbness|tingl\w*) ((?!like\b)\w+ ){0,3}(from|after|on) (the |my |a )?(bike |bicycle )?(saddle|seat|bike|"
                    r"cycling|ride|rides)|(saddle|cycling|bike rides?) (\w+ ){0,6}numb\w*",
    "chest_skin": r"(rash|spots|blisters?|hives|bruis\w*|lump|mole|itch\w*|pimples?|acne) (\w+ ){0,4}(on|across|over|"
                  r"covering) (\w+ ){0,2}chest",
    # --- what a GP wants to see within a week or two --------------------------------------------
    "hoarse": r"hoarse\w*|(lost|losing) (my|his|her) voice|croaky voice|voice (\w+ ){0,3}(gone|croaky|raspy|husky)",
    "mouth_ulcer": r"ulcer (\w+ ){0,6}(tongue|mouth|lip|gum|cheek)|(tongue|mouth|lip|gum|cheek) ulcer|ulcer (\w+ ){0,4}"
                   r"(not|hasnt|hasn t|wont|doesnt) (\w+ )?(heal\w*|go\w*)",
    "after_menopause": r"(after|since|through|past|post) (the |my |her )?menopaus\w*|postmenopaus\w*|periods? (stopped|ended|"
                       r"finished) (\w+ ){0,2}(\d+|a few|several|many|two|three|four|five|six|ten) years ago|(no|not had a) "
                       r"periods? (for|in) (\w+ ){0,2}(\d+|a few|several|many|two|three|four|five) years",
    "spotting": r"spotting|bleed\w*|blood(?! (pressure|sugars?|tests?|glucose|levels?|count|work|drawn|draw|taken|type|group|donation|thinners?|clot|vessels?|circulation|supply|cells?)\b)",
    "squint": r"squint\w*|lazy eye|cross ?eyed|(eye|eyes) (\w+ ){0,4}(drift|drifts|drifting|wander|wanders|wandering|turn|"
              r"turns|turning) (in|out|inwards|outwards|inward|outward)",
    "heavy_periods": r"(really|very|so|super|extremely|quite) heavy periods|periods? (\w+ ){0,4}(heavier|very heavy|so heavy|really heavy|heavy and)|flooding|(chang\w*|soak\w*) "
                     r"(\w+ ){0,3}(pads?|tampons?) every (hour|couple of hours|\d+ hours|two hours)|(leak\w*|bleed\w*) "
                     r"(\w+ ){0,2}through (my |the )?(clothes|pads?|sheets)",
    "gums_bleed": r"gums? (\w+ ){0,3}bleed\w* (\w+ ){0,3}(every time|whenever|when (i|he|she) brush\w*|all the time|a lot)",
    "food_stuck": r"(food|bread|meat) (\w+ ){0,4}(seems to |seem to )?(stick|sticks|sticking) (\w+ ){0,2}(down|in my|halfway)|(food|bread|meat|it|things|tablets|pills) (\w+ ){0,3}(gets?|getting|got|feels? like it gets?|feel like (they|it) "
                  r"gets?) stuck|(food|bread|meat) (\w+ ){0,6}(sticks|sticking)|stuck (\w+ ){0,3}(when|as) (i|he|she) swallow",
    "rash_nonfading": r"(pressed|press|pressing|rolled|roll) a glass|(rash|spots|marks|blotches|dots) (\w+ ){0,12}(dont|doesnt|wont|didnt|do not|does not|"
                      r"will not) (fade|go away|disappear|blanch)|glass test|"
                      r"rash (under|with) (a|the) glass|purple (spots|rash)|non blanching|blotchy purple",
    "cold_intolerance": r"feel\w* the cold|(always|constantly|feel\w*|so|really) (\w+ )?cold (all the time|when|even)|(always|constantly) "
                        r"(\w+ )?cold|feel\w* (so |really |very )?cold (and|,) (\w+ ){0,2}(exhausted|tired|constipated|sluggish|"
                        r"knackered)",
    "weight_gain": r"(put|putting|piled|pile) on (\w+ ){0,2}(weight|pounds|kilos|kg|stone|lbs?)\b|(gained|gaining) (\w+ ){0,2}"
                   r"(weight|pounds|kilos|kg|stone|lbs?)\b",
    "drowsy": r"drowsy|dozy|(more|very|really|unusually|extra) (sleepy|drowsy) than (usual|normal)|sleepier than (usual|normal)|hard to (get (him|her|them) to )?wake|(gone|going|getting|become|becoming) (\w+ ){0,3}(sleepy|drowsy)\b|too (sleepy|drowsy|tired) to|hard to (wake|rouse)|(wont|cant) stay awake|keeps? (nodding|drifting) off",
    "osteoporosis": r"osteopor\w*|brittle bones|thin bones|osteopenia",
    # Breathing that slows or goes shallow (too much of a sedative, opioid or magnesium); alone it can be
    # a relaxation exercise, so rules read it beside drowsiness or floppiness.
    "slow_breathing": r"(breathing|breaths?) (is |are |was |were |seems? |looks? |has |have |gone |got |getting |become |"
                      r"very |really |so |quite |too )+(slow\w*|shallow)\b|breathing (very |really |so )?(slowly|shallowly)|"
                      r"(has|have|got|with|taking) (very |really |quite |such )?(slow|shallow) (\w+ )?(breathing|breaths)\b|"
                      r"(barely|hardly) breathing|"
                      # a sign ("…pupils tiny, breathing slow"; set DK), not an exercise ("breathing slow and steady",
                      # "try breathing slow when…"; found in review)
                      r"(?<!keep\s)(?<!try\s)(?<!trying\s)(?<!practise\s)(?<!practice\s)breathing (very |really |so )?"
                      r"(slow|shallow)\b(?! and (steady|calm|deep|regular|even|relaxed|controlled)\b| when\b| to\b| in\b| out\b| "
                      r"through\b| down\b| deep\b)",
    # --- told without their names (blind sets AG, AH) -----------------------------------------------
    "maybe_pregnant": r"periods? (is |are |was )?(\w+ ){0,3}late|late period|missed (my |a |her )?period|"
                      r"positive (pregnancy )?test|pregnancy test (\w+ ){0,2}positive|test (\w+ ){0,5}positive (\w+ ){0,2}(not planned|unplanned|wasnt planned|surprise)",
    "critical_medicine": r"parkinson\w*|sinemet|levodopa|co ?careldopa|madopar|epilep\w*|levetiracetam|lamotrigine|"
                         r"valproate|hydrocortisone|addison\w*|prednisolone|insulin|transplant",
    "on_dialysis": r"dialysis|haemodialysis|hemodialysis|kidney machine|renal unit",
    "missed_dialysis": r"(missed|skipped) ((my|his|her|a|the|their|last) )?(\w+ )?dialysis|(skipped|no) (\w+ )?dialysis (session|"
                       r"yesterday|today)|dialysis (\w+ ){0,3}(was |got )?(cancelled|missed|skipped)",
    "missed_session": r"missed (\w+ ){0,3}(session|sessions|treatment)|(miss|misses|missed|skip|skipped) (\w+ ){0,2}"
                      r"(two|three|2|3|a few|some) (times|sessions|treatments)|(transport|ambulance|lift) (\w+ ){0,3}"
                      r"(didnt|did not|never) (turn up|come|show)",
    "alcohol_dependence": r"need (a|another) drink (\w+ ){0,3}(in the morning|first thing|to (settle|steady|calm|stop))|"
                          r"shaky (\w+ ){0,3}mornings? (\w+ ){0,3}(till|until) i (have|get) (one|a drink)|need (a few|some) drinks to (get to )?sleep|"
                          r"(wake|waking|woke) up (\w+ ){0,4}(shaky|shaking|the shakes) (\w+ ){0,8}(drink|alcohol|booze)|"
                          r"(cant|cannot) (stop|cut down on|go a day without) (drinking|alcohol|booze)|"
                          r"alcohol dependen\w*|addicted to (alcohol|drink|booze)",
    # codeine, sleeping tablets and the like taken daily and hard to stop
    "painkiller_dependence": r"(buying|buy|bought|getting|get) (\w+ ){0,4}from (different|several|various|multiple|"
                             r"lots of|loads of) (pharmacies|chemists|shops|places|supermarkets)|"
                             r"(when|if) i (try to )?(skip|miss|stop|go without) (it|them|one|a dose|a night|my \w+),? i "
                             r"(cant|dont|do not|cannot) (sleep|function|cope|get to sleep)|(was|were) only (meant|supposed) "
                             r"to (have|take|be on) (it|them) for (\w+ ){0,2}(weeks?|days|nights)|"
                             r"(headaches?|withdrawals?|shaky|the shakes|sweats|sweaty|restless|rattling) if i (dont|do not|"
                             r"miss|stop|skip|go without) (take |have )?(them|it|one|my \w+)|"
                             r"(cant|cannot|couldnt) (stop|go a day without|manage without|cut down on|get off) (taking )?(my |the )?"
                             rf"({_HABIT_FORMING}|nurofen plus|solpadeine|zopiclone|morphine)|"
                             rf"(addicted|hooked) (to|on) (my |the )?(\w+ ){{0,2}}({_HABIT_FORMING}|pills|tablets|opioids)",
    "bat_contact": r"\bbats? (\w+ ){0,6}(in|inside|round|around|flying) (\w+ ){0,3}(room|bedroom|tent|house|lodge|"
                   r"cabin|hut|bed)\b|\bbats? (\w+ ){0,6}(scratch\w*|bit|bitten|touched|landed on)|(scratch\w*|bitten|"
                   r"bite|bit) (\w+ ){0,3}by a bat\b",
    "heel_kick": r"(kicked|kick|kicks|hit|struck|shot|whacked) (\w+ ){0,3}(in )?(the )?back of (my|his|her|the) (heel|ankle|calf)",
    "tiptoe_fail": r"(cant|cannot|unable to|couldnt|can not) (stand|go|get|push|rise|walk) (up )?on (to )?"
                   r"(my |his |her )?(tip ?toes?|toes)",
    "loose_stools": r"diarrh\w*|looser (than (normal|usual))?|loose,? ([\w,]+ ){0,3}(poos?|stools?|bowels?|motions)|the runs|(runny|watery) poos?",
    "diving_injury": r"div(ed|ing|e) (\w+ ){0,8}(shallow\w*|hit (his|her|my|their) head|the bottom)|shallow(er)? than "
                     r"(we|i|he|she|they) (thought|expected)",
    "scuba": r"scuba|(\d+|two|three|four) dives|(dive|dived|diving) (\w+ ){0,4}(to|at) (about |around )?\d+ ?(m|metres|meters|"
             r"feet|ft)\b|after (the |my |a |our )?(dive|dives|diving)|surfac(ing|ed)",
    "altitude": r"altitude|\b[3-8],?\d{3} ?(m|metres|meters)\b|\b1\d,?\d{3} ?(ft|feet)\b|base camp|kilimanjaro|himalaya\w*|"
                r"trek\w* (\w+ ){0,3}(nepal|peru|tibet|bolivia|andes)",
    "went_under": r"(slipped|went|was|were|got|pulled) under (\w+ ){0,4}(water|pool|sea|bath|waves?|lake|river)|went under "
                  r"(for|the)|(was|were) under (the water |water )?for (about |maybe |around )?\d+ seconds",
    # --- pregnancy, babies, women's and men's health (blind sets AI, AJ) -------------------------------
    "heavy_loss": r"(bleed\w*|blood|flow) (\w+ ){0,6}(really|very|so|super) heavy|(really|very|so) heavy (bleed\w*|flow)|"
                  r"(soak\w*|bleed\w* through) (\w+ ){0,3}(pads?|towels?) (\w+ ){0,2}(every|in|within) (\w+ ){0,3}(hour|minutes|"
                  r"mins)|"
                  r"(big|large|huge|golf ball) (sized )?clots",
    "prolapse": r"prolapse\w*|(bulge|lump) (\w+ ){0,6}(vagina|down below)|dragging (feeling|sensation) (\w+ ){0,3}"
                r"(down below|in my vagina|in my pelvis)|something (coming|falling) (down|out) (\w+ ){0,3}(vagina|down below)",
    "no_reaction_sound": r"(doesnt|dont|does not|never|not) (react|respond|startle|turn)\w* (\w+ ){0,4}(to )?(loud )?(noises?|"
                         r"sounds?|voices?|(his|her) name)|doesnt startle|(never|doesnt|does not) turn when",
    "bp_raised": r"(bp|blood pressure|reading|readings|cuff|monitor|machine) (\w+ ){0,8}1[4-9]\d (over )?\d\d\d?\b|"
                 r"\b1[4-9]\d (over )?(9\d|1[01]\d)\b",
    "nipple_change": r"nipple (\w+ ){0,4}(turned|turning|pulled|pulling|gone|going) in\w*|(inverted|inverting) nipple|"
                     r"nipple (\w+ ){0,4}(discharge|bleeding|crusty|crusting|scaly)|(skin|breast) (\w+ ){0,4}(dimpl\w*|"
                     r"puckered|orange peel)",
    "after_sex_bleeding": r"bleed\w* (\w+ ){0,4}after (sex|intercourse)|post ?coital bleed\w*",
    "prostate_symptoms": r"(weak|slow|dribbl\w*) (\w+ ){0,2}stream|stream (is )?(weak|slow|dribbly)|(get|getting) up ([2-9]|two|three|four|five|several|"
                         r"a few|many) (or ([2-9]|three|four|five) )?times (\w+ ){0,3}night|takes (a )?long (time )?to (start|get going)",
    "erectile": r"(cant|cannot|can not|unable to|struggl\w* to) (get|keep|maintain)( or (get|keep|maintain))? (an |a )?(erection|hard)|erectile "
                r"dysfunction|impotence",
    "period_pain": r"periods? (\w+ ){0,4}(so |really |very )?(painful|agony)|period pain",
    "kidney_stone": r"kidney stones?|renal colic",
    "wrist": r"wrists?",
    # searching about a feared illness night after night (set DP: "been reading about als every night for 2
    # months since twitches started"): read as told even in the scope "reading about" opens
    "anxious_searching": r"(reading|googling|researching|looking (it )?up|read up|searching) (\w+ ){0,2}(about|on|for) "
                         r"(als|mnd|motor neu\w* disease|ms|multiple sclerosis|cancer|tumou?rs?|(my |the |these )?"
                         r"symptoms|(\w+ )?diseases?) (\w+ ){0,4}(every (night|day)|all (night|day)|constantly|for hours|"
                         r"non ?stop|obsessive\w*|(night|day) after (night|day))(?! (\w+ ){0,3}for (my |an |the |our )?(exams?|revision|"
                         r"course|essay|assignment|dissertation|uni|class|lectures?|work|job))",
    # a dose that no longer lasts to the next one (Parkinson's "wearing off", set DQ)
    "wearing_off": r"(meds|medication|medicine|tablets|pills|levodopa|sinemet|madopar|dose|doses) (\w+ ){0,3}(wear|wears|"
                   r"wearing|wore) off (\w+ ){0,4}(before|too (soon|early|quickly)|earlier|sooner)",
    "health_anxiety": r"check\w* (my )?(muscles|body|legs|pulse) (\w+ ){0,3}(for hours|all day|constantly|every day)|(cant|cannot) "
                      r"stop (checking|googling)|stopped (seeing|going out with) (my )?friends",
    "gaping": r"gap(es|ing) (open|apart)|gaping|wont stay (closed|shut)|edges (wont|dont|do not) (close|meet|stay together)|"
              r"(needs?|need|needing) stitches",
    "locked_joint": r"(cant|cannot|can not|unable to) (fully )?(straighten|bend) (it|his knee|her knee|my knee|the knee)|"
                    r"(knee|joint) (\w+ ){0,3}(locked|stuck|locking)|(sometimes |keeps |it )?locks (up )?(and|so) (i|he|she) (have|has) to|(its|it is) (now )?stuck",
    # legs "like jelly" from a workout are tired, not weak
    "exercise_jelly": rf"({_WORKOUTS}) (\w+ ){{0,8}}(legs?|thighs|calves) (\w+ ){{0,2}}(are |feel |like |turned to |gone )?"
                      rf"jelly|(legs?|thighs|calves) (\w+ ){{0,2}}(are |feel |like |turned to |gone )?jelly (\w+ ){{0,4}}"
                      rf"(after|from) (\w+ ){{0,3}}({_WORKOUTS})",
    # calves twitching "all over" the evening after a race or a hard session are tired muscles, not a spread
    # (the same day: twitching spread since a run in March is no after-effect)
    # Flat feet described as floppy are flexible flat feet, not a floppy child (set DV).
    "floppy_feet": r"\bflat ?feet (are|is) (\w+ ){0,3}floppy\b|\bfloppy flat ?feet\b|\bflexible flat ?feet\b",
    "exercise_twitch": rf"\b(did|done|finished|ran|played|after) (\w+ ){{0,3}}({_WORKOUTS})\b (\w+ ){{0,2}}(today|tonight|this "
                       rf"(morning|afternoon|evening)|earlier|yesterday)\b[^.?!]{{0,80}}?{_TWITCH_WORD}( (\w+ ){{0,3}}(all over|"
                       rf"everywhere))?|{_TWITCH_WORD} (\w+ ){{0,6}}(all over|everywhere)? ?(\w+ ){{0,4}}after (a|my|the|today'?s|"
                       rf"tonight'?s|this (morning|evening)'?s|last night'?s|that) (\w+ ){{0,2}}({_WORKOUTS})\b|"
                       # "had 4 coffees to get through a deadline… legs twitching all over": caffeine, not a spread
                       rf"(\d+|several|a few|too many|loads of|lots of|so many) (coffees|cups of coffee|espressos|energy drinks|"
                       rf"red bulls|cans of (red bull|monster))\b[^.?!]{{0,80}}?{_TWITCH_WORD}( (\w+ ){{0,3}}(all over|everywhere))?"
                       rf"(?! (\w+ ){{0,3}}(weeks|months|years) ago)",
    # legs that kick or jerk again and again through the night (a partner's report): periodic limb movements,
    # worth a check-up when they leave the sleeper shattered for weeks (set DO); never the single jerk of
    # falling asleep
    "sleep_kicks": r"(legs?|feet) (\w+ ){0,2}(kick|kicks|kicking|jerk|jerks|jerking|jolt|jolts|jolting) (?!(\w+ ){0,3}"
                   r"(as|when|while|just as) (i|he|she|im|hes|shes|they) (am |is |are )?(\w+ )?(drift|drop|nod|fall|go|"
                   r"doze)\w* (off|asleep))(\w+ ){0,4}(all night( long)?|every night|through the night|every (\w+ ){0,3}"
                   r"(seconds|minutes|minute)|every half a minute|over and over|again and again|repeatedly)",
    # a feeding tube out: the opening starts to close within hours
    "feeding_tube_out": r"(peg|rig|feeding|gastrostomy|jejunostomy|nasogastric|ng|nj|button) (tube )?(\w+ ){0,3}(has )?(just )?"
                        r"(come out|came out|fallen out|fell out|pulled out|been pulled out|dislodged|slipped out)",
    # a pack that is empty because it is used up: "my pill box is empty, when can I get a repeat prescription?"
    "refill_due": r"(packet|pack|box|bottle|blister pack|pill box|pillbox|tub|dosette( box)?|inhaler) (is|was|are|were) "
                  r"(now )?(all )?(empty|gone),? (\w+ ){0,8}(repeat|refill|prescription|more|another|a new (one|box|pack)|"
                  r"reorder|order|pharmacy|chemist)",
    "rehydration": r"((drank|drunk|took|taken|had|with|using|taking|drinking) (\w+ ){0,4})?(electrolyte|rehydration|salt|hydration|dioralyte|effervescent|soluble|vitamin c) (\w+ )?(tablets?|sachets?|"
                   r"tabs|drinks?)",
    # Full breasts after a birth, not a limb under pressure: "my boobs are swollen rock hard" (review).
    "breast_hard": r"(boobs?|breasts?|nipples?) (are |is |feel |have gone |gone )?(\w+ ){0,2}(swollen,? (and )?)?"
                   r"(rock|really|very|so) hard",
    "fast_rate": r"(heart ?rate|pulse|hr|watch|monitor) (\w+ ){0,6}(1[3-9]\d|2\d\d)\b|racing at (1[2-9]\d|2\d\d)\b",
    # still, not exercising: "my heart rate is 130 sitting still" (set EA). Not "resting heart rate" (a fitness
    # figure), "lying down" after a run, nor "in bed" (a baby's rate on a home doppler) (review).
    "at_rest": r"(sitting|lying|laying|sat|lay) still|doing nothing|not doing anything|at rest\b(?! (heart|hr|pulse))|"
               r"(sitting|sat) (on the (sofa|couch|settee) |at (my|the) desk )?(just )?watching (tv|telly|television)",
    # The skin of venous disease: brown or stained round the ankles or shins (set DZ).
    "venous_skin": r"skin (\w+ ){0,4}(ankles?|shins?|lower legs?) (\w+ ){0,3}(gone|turned|going|turning|become|becoming|"
                   r"getting|looks?|is|are) (\w+ ){0,2}(brown|darker|darkened|discolou?red|rusty|stained)\b|"
                   r"(brown|darkened|discolou?red|rusty) (\w+ )?(skin|stains?|staining) (\w+ ){0,2}(on|round|"
                   r"around|above) (my |his |her |both |the )?(ankles?|shins?|lower legs?)",
    # Knocked out for a while, even if fine now (A&E the same day, NHS).
    "knocked_out": r"(was|been|went|got|were) (\w+ )?(out|knocked out|out cold|unconscious|spark out) (for )?(about |around |a few |like |maybe )?"
                   r"(\d+|a few|a couple of|a|one|two)? ?(secs?|seconds|minutes?|mins?)",
    # Long-standing constipation in a child, often with overflow soiling taken for diarrhoea.
    "constipation": r"constipat\w*|poos? (\w+ ){0,3}(once|twice) a week|(big|hard|huge|massive) (\w+ ){0,2}(poos?|stools)|"
                    r"soiling|runny poo in (his|her|their) (pants|knickers)|(hides|hide|hiding) to (poo|do (them|it|a poo))",
    "undescended": r"undescended|(cant|couldnt|cannot|could not) (feel|find) (one of )?(his|my sons|the|her sons|my babys) "
                   r"(testicles?|testes|testis|balls?)",
    # A rash that fades under a glass is not the meningitis rash (see triage_classes.CANCELS).
    "rash_fades": r"(disappears|fades|goes|vanishes|went|faded|disappeared|goes away) (\w+ ){0,3}(when|if|under|with) (\w+ ){0,3}"
                  r"(press\w*|roll\w*) (\w+ ){0,2}glass|glass (\w+ ){0,6}(it|they|rash|spots) (\w+ )?(fades?|faded|"
                  r"disappear\w*|goes|went)|(it|rash|spots) (\w+ ){0,2}(blanch|blanches|fades)",
    # Red or pink urine after beetroot or blackberries (see triage_classes.CANCELS).
    # "my pee is a normal colour, I checked because my mate scared me with rhabdo stories": the whole
    # sentence, so that the named fear in it is cancelled
    "urine_normal": r"(\w+[ ,]+){0,12}((wee|pee|urine) (is|was|looks|looked|has been|stayed|still|seems|came back) (\w+ ){0,2}"
                    r"(normal|clear|pale|fine)( colou?r)?|normal colou?red (wee|pee|urine))[^.?!]{0,120}",
    "explained_urine": r"(wee|pee|urine)\b[^?!]{0,160}\b(?<!nt\seaten\s)(?<!nt\shad\s)(?<!nt\seat\s)(?<!not\seaten\s)(?<!not\shad\s)(?<!no\s)(?<!any\s)"
                       r"(beetroot|beets|blackberr\w*|food colou?ring)|(?<!nt\seaten\s)(?<!nt\shad\s)(?<!nt\seat\s)(?<!not\seaten\s)"
                       r"(?<!not\shad\s)(?<!no\s)(?<!any\s)(beetroot|beets|blackberr\w*|food colou?ring)\b[^?!]{0,160}\b(wee|pee|urine)|"
                       # dark yellow is concentrated urine (drink more), not the brown of damaged muscle
                       r"(wee|pee|urine) (\w+ ){0,3}(dark|deep|bright) (yellow|orange)|(dark|deep) yellow (wee|pee|urine)",
    # Numbness from sitting on a leg ("sat cross-legged for ages, stood up and it was numb").
    "pressure_numb": r"(numb\w*|pins (and |n )?needles|tingl\w*|dead|cant feel) [^?!]{0,80}(lying|lay|lain|slept|sleeping|sleep) (\w+ ){0,2}(on|with) "
                     r"(it|them|(my|his|her) (arm|arms|hand|hands|leg|legs))\b([^?!]{0,40}(numb\w*|dead|pins (and |n )?needles|"
                     r"tingl\w*))?|(lying|lay|lain|slept|sleeping) (\w+ ){0,2}on "
                     r"(my|his|her) (arm|hand|leg)[^?!]{0,80}(numb\w*|dead|pins and needles)|"
                     # "woke up with my arm completely dead… I'd been lying on it", "with my leg under me"
                     r"(woke|woken|waking|wake) (up )?with (my|his|her|a) (\w+ ){0,2}(arm|hand|leg|foot|fingers)[^?!]{0,140}"
                     r"((been|was) (lying|laying|sleeping|lay) on (it|them)|back to normal|it went\b|went away|wore off|"
                     r"came back)|(woke|waking) (up )?with (pins and needles|tingling|numbness) (in|on) (my|his|her) (\w+ )?"
                     r"(arm|hand|fingers|leg|foot|toes)[^?!]{0,80}?(shook|shaking|rubbed|rubbing) (it|them|my|his|her)\b"
                     r"[^?!]{0,30}(it went|went away|back to normal|gone)|(leg|legs|foot|feet|arm) (tucked )?under (me|him|her)\b[^?!]{0,80}(dead|numb\w*|fizz\w*|"
                     r"pins and needles)|"
                     r"(numb\w*|tingl\w*|pins and needles) (\w+ ){0,6}(on|during|after) (the |a |my |long )*(drive|drives|driving|flight|flights|car journeys?|"
                     r"journeys?|train rides?)|(numb\w*|pins and needles|tingl\w*|dead) [^?!]{0,60}(sit|sits|sitting|sat|kneel\w*|knelt|squat\w*) (\w+ ){0,3}(cross legged|on (my|his|her) (legs?|feet|foot))|"
                     r"(sat|sit|sits|sitting|knelt|kneel|kneeling|squat|squatting|slept|sleeping) [^?!]{0,40}(cross legged|on (my|his|her) (legs?|feet|foot|arm)|"
                     r"for (ages|hours|too long|a long time|\d+ (mins|minutes|hours)))[^?!]{0,120}|"
                     r"(sat|sitting|sit) on the (loo|toilet) [^?!]{0,60}(numb\w*|dead|pins and needles|tingl\w*)|"
                     r"(numb\w*|dead|pins and needles|tingl\w*|fizz\w*) (\w+ ){0,3}(after|from) (\w+ ){0,2}(sat|sitting) on "
                     r"the (loo|toilet)",
    # A swallowed coin, bead or toy part is no poisoning (a battery or magnet is, in `battery`).
    "swallowed_object": r"((toddler|child|kid|baby|son|daughter|\d+ ?(yo|yr old|year old|month old)) (\w+ ){0,8})?(swallowed|ate|eaten|chewed) "
                        r"(\w+ ){0,2}(a |an |the )?(\d+p |penny |small |plastic |lego |little )?(coin|marble|bead|button(?! batter)|"
                        r"lego|piece of lego|crayon|pebble|stone|grape pip|cherry stone|chewing gum|gum|hair ?band|earring|sequin)s?\b",
    "wont_bear_weight": r"(refus\w*|wont|will not|cant|cannot|unable|doesnt want) (to )?(put|bear|take|stand) (any )?weight on|"
                        r"(wont|will not|refuses to|stopped) walk\w*",
    # --- the head and the skin (blind sets AU and AV) ---------------------------------------------------
    "morning_stiff": r"takes (her|him|me|them) (an|about an|over an|more than an) hour to get going|stiff (\w+ ){0,8}(shoulders|hips) (\w+ ){0,8}morning|morning (\w+ ){0,6}(shoulders|hips)|(shoulders|hips) (\w+ ){0,3}stiff (\w+ ){0,4}morning",
    "hearing_loss_one": r"hearing (\w+ ){0,5}(left|right|one) ear (\w+ ){0,4}(worse|gone|going|reduced|muffled|dulled)|(left|right|one) ear (\w+ ){0,4}(deaf|(hearing|hear) (loss|worse|less))",
    "stuck_throat": r"(bone|fish ?bone|chicken bone|something|food|tablet|pill) (\w+ ){0,8}(stuck|lodged) (\w+ ){0,6}(throat|gullet|chest)|(stuck|lodged) in (my|his|her) throat|"
                    r"(feel|felt|feels) (it|a bone|something) (\w+ ){0,2}(stuck|lodged) (\w+ ){0,8}(throat|gullet)",
    "neuropathy_feet": r"(feet|foot|toes) (\w+ ){0,2}(feel|feels|felt) like (i am |im )?(wearing|in) (socks|stockings|gloves)|(walking|walk) on (cotton wool|cushions|pebbles|glass|sponge|pins)|(feet|toes|soles) (\w+ ){0,4}(burn\w*|tingl\w*|numb\w*)|(tingl\w*|numb|burning|pins (and|n|&) needles) (\w+ ){0,3}(feet|toes|soles)",
    "smoke_inhalation": r"(singed|burnt|burned|scorched) (\w+ ){0,3}(nose hairs|nostrils|eyebrows)|nose hairs (\w+ ){0,3}(singed|burnt|burned)|"
                        r"cough\w* (up )?(black|soot\w*|sooty|dark grey) (stuff|phlegm|spit|mucus|gunk)|breathed in (\w+ ){0,3}(smoke|fumes)",
    "nosebleed_long": r"nose ?bleeds? (\w+ ){0,3}(started|going|for|began|lasted) (\w+ ){0,2}([2-9]\d|twenty|thirty|forty|fifty|an hour|over an hour) ?(minutes|mins|hour)?",
    "skin_lesion_change": r"(spot|sore|lump|patch|scab) (\w+ ){0,10}(heal\w* (\w+ ){0,3}comes back|keeps coming back|wont heal|not healing|doesnt heal|"
                          r"never heals|keeps (bleeding|crusting))|pearly|(dark|brown|black) (line|streak|stripe|band) (\w+ ){0,6}\w*nail|"
                          r"\w*nail (\w+ ){0,6}(dark|brown|black) (line|streak|stripe|band)",
    "chemical_eye": r"(splash\w*|spray\w*|squirt\w*|got|flicked) (\w+ ){0,4}(bleach|drain (unblocker|cleaner)|oven cleaner|caustic|acid|alkali|"
                    r"chemical\w*|lime|cement|ammonia|dishwasher|descaler|toilet cleaner) (\w+ ){0,4}(in|into) (my|his|her|their|the) (right |left )?eyes?",
    # Lhermitte's sign: an electric shock down the spine on bending the neck, an early sign of MS.
    "lhermitte": r"(electric\w*|shocks?|buzz\w*|zaps?|jolts?) (\w+ ){0,6}(down|along|through) (my|his|her|the) (spine|back) "
                 r"(\w+ ){0,10}(bend|bending|tilt\w*|look\w* down|flex\w*|chin)|(bend|bending|tilt\w*|look\w* down|flex\w*) "
                 r"(\w+ ){0,4}(my|his|her) (neck|head) (\w+ ){0,8}(electric\w*|shocks?|buzz\w*|zaps?|jolts?)|(bend|bending|"
                 r"tilt\w*|look\w* down|flex\w*) (\w+ ){0,6}(electric\w*|shocks?|buzz\w*|zaps?|jolts?) (\w+ ){0,4}(down|along|"
                 r"through) (my|his|her|the) (spine|back)",
    # Tingling or pain running down the back of one leg from the back (a trapped nerve), not one side of the body.
    "radicular": r"(tingl\w*|pins and needles|numb\w*|shooting|burning|pain) (\w+ ){0,2}down the back of (my |his |her |one |"
                 r"the )?(left |right )?(leg|thigh|legs)",
    # Eyes flicking or jumping on their own (nystagmus): with confusion, thiamine lack or a stroke.
    "eye_jerking": r"nystagmus|eyes? (\w+ ){0,3}(flick\w*|jump\w*|dart\w*|jerk\w*|wobbl\w*|bounc\w*) (about|around|side to "
                   r"side|from side to side|back and forth|on (their|its) own)|eyes? (\w+ ){0,2}(keep|keeps) (flick\w*|jump\w*|"
                   r"dart\w*|jerk\w*)",
    "agitated": r"agitat\w*|(really|very|so|extremely) (restless and|wound up and) (sweaty|hot)",
    # A drooping eyelid is no drooping face (myasthenia, a nerve palsy): read on its own.
    "ptosis": r"(eye ?lids?|lids?) (\w+ ){0,3}(droop\w*|drop\w*|sagg\w*|(falling|hanging|coming) down)|"
              r"(droop\w*|sagg\w*|heavy) (eye ?lids?|eye)\b",
    # A swollen, blue or purple place after a knock is a bruise, not a limb without blood.
    "injury_colour": r"(swollen|bruised|puffy|swelling)(,| and| &)? (\w+ ){0,2}(blue|purple|black)|(blue|purple|black)(,| and| &) "
                     r"(\w+ )?(swollen|bruised|swelling)",
    "photophobia": r"(bright )?lights? (\w+ ){0,3}(hurts?|makes (it|them) (much |a lot )?worse|painful|unbearable)|sensitive to (the )?light|photophobi\w*",
}
