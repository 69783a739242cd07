"""Findings for emergencies across the body systems beyond muscles and nerves (injuries, eyes, pregnancy, babies, skin, mind, environment)."""

from __future__ import annotations

# about to burst: a limb named, or "it" after one ("crushed my leg…, now it feels like it will burst")
_BURST = r"(going to|gonna|about to|will|could|might|ready to) (burst|split|pop)\b"

# Same conventions as `triage_lexicon.FINDINGS`: one regex per finding over the normalised
# question (lower case, apostrophes dropped, "/" and "-" are spaces). Drawn from the NHS "call
# 999 / go to A&E / call 111 / see a GP urgently" lists, body system by body system.
GENERAL_FINDINGS: dict[str, str] = {
    # --- environment and injuries ----------------------------------------------------------------
    "hypothermia": r"hypotherm\w*|(stopped|not|isnt|wasnt|no longer|has stopped) shivering|"
                   r"(freezing|unheated|ice cold) (house|flat|home|room|bedroom)|cold to (the )?touch",
    "electric_shock": r"electric (shock|shocked)|electrocut\w*|live (wire|cable|socket)|mains (electricity|power|socket)|"
                      r"struck by lightning|lightning (strike|struck|hit)|power line",
    "drowning": r"drown\w*|(pulled|dragged|fished|got) (\w+ ){0,4}out of (the )?(pool|water|sea|river|lake|bath|canal)|"
                r"face down in (the )?(water|pool|bath)|under ?water for|inhaled (\w+ ){0,2}water",
    "penetrating": r"knife (wound|injury|in)|stab wound|(been|was|got|were) stabbed|stabbed (him|her|me|them|in)|"
                   r"gun ?shot|(been|was|got) shot|shot (in|through) (the|his|her|my)|impaled|nail gun",
    "amputation": r"amputat\w*(?! (\w+ ){0,2}(\d+|two|three|four|five|six|ten|many|several|a few) (years|months|weeks|days) ago)|(finger|fingers|toe|toes|thumb|hand|foot|fingertip|ear) (\w+ ){0,3}(nearly|almost|partly|"
                  r"half|partially) (off|severed|cut off|hanging off)|(finger|toe|thumb|fingertip) (\w+ ){0,2}"
                  r"(cut|chopped|sliced|came|ripped|torn) off|severed (\w+ ){0,2}(finger|toe|thumb|hand)",
    "major_trauma": r"(car|road|motorbike|bike|traffic|head on) (crash|accident|collision|smash)|hit by (a|the) (car|bus|"
                    r"lorry|truck|van|train)|fell (\w+ ){0,2}(from|off) (a |the )?(roof|ladder|scaffold\w*|balcony|"
                    r"height|horse|cliff|first floor|second floor|window)",
    "trauma_sign": r"trapped|pinned|bleeding|unconscious|(not|isnt|wasnt|arent) moving|cant move|screaming|knocked out|wont wake|"
                   r"not breathing",
    "dislocation": r"dislocat\w*|(kneecap|knee cap|shoulder|elbow|finger|hip|jaw) (\w+ ){0,4}(popped out|out of "
                   r"(place|its socket|the socket|joint)|moved to the side|(wont|doesnt|will not) go back)",
    "deformed_limb": r"(bone|bones) (\w+ ){0,3}(sticking|poking|coming) (out|through)|(leg|arm|wrist|ankle|finger|shin|"
                     r"forearm) (\w+ ){0,3}(bent|pointing|facing|twisted) (the )?(wrong way|backwards|sideways)|"
                     r"(leg|arm|wrist|ankle|finger|shin|forearm) (\w+ ){0,3}at (a|an) (funny|strange|odd|weird|wrong|"
                     r"unnatural) angle|(wrist|arm|leg|ankle) (\w+ ){0,3}looks? (\w+ ){0,2}(bent|deformed|misshapen)",
    "snake_bite": r"(snake|adder|viper|rattlesnake|copperhead|cottonmouth) (\w+ ){0,2}(got|bit|struck|nipped|caught) (me|him|her|them|my|his|her)\b|"
                  r"(bitten|bit) (\w+ ){0,4}by (what (looked|looks|seemed) like )?(a|an|the) (\w+ ){0,2}(snake|adder|viper|rattlesnake|copperhead|cottonmouth)|(a|an|the) "
                  r"(\w+ )?(snake|adder|viper|rattlesnake) (\w+ ){0,2}(bit|has bitten|got)",
    "heat_exhaustion": r"heat exhaustion|overheat\w*|heat ?stroke|too much sun",
    "limb_hard": r"(rock|really|very|so) hard,? (and )?(tight|tense|swollen)|swollen,? (and )?rock hard|"
                 # "feels like the skin is going to burst" (set DJ)
                 rf"(skin|leg|shin|calf|thigh|arm|forearm) (\w+ ){{0,3}}{_BURST}|"
                 rf"(shin|calf|leg|thigh|arm|forearm|foot|ankle|knee) (\w+,? ){{0,6}}it (\w+ ){{0,3}}{_BURST}|"
                 # plurals: "thighs are rock hard" after a spin class (set EH)
                 r"(very|really|so) tight and swollen|swell\w* (up )?tight (as|like) (a )?drum|(shins?|calf|calves|legs?|thighs?|forearms?|arms?|quads) (\w+ ){0,4}"
                 r"(rock hard|hard as (a )?(rock|stone|wood)|tight (as|like) (a )?drum|tense and hard|(gone|going|is|feels) "
                 r"(really |very |so )?(tight|tense) and (swollen|shiny|hard))(?! (\w+ )?(ice|ground|floor|pew|mattress|bed|seats?|"
                 r"surface|chairs?|bench|road|pavement|concrete|tarmac)\b)",
    "not_improving": r"not (getting )?better|(dont|do not|doesnt|didnt|does not) feel (any )?better|without (much |any )?improvement|(half an hour|30 minutes|an hour) (\w+ ){0,2}still|(still|isnt|not|arent) (really |much |at all )?(improving|getting better)|(getting|got) worse "
                     r"(despite|even)|not (getting )?any better|even after (cooling|resting|drinking)|(no|not any|none the) better|"
                     r"(hasnt|havent|hadnt|isnt|arent|didnt|not) (\w+ ){0,2}(helped|helping|healed|healing|gone|going|fixed|sorted|cured|shifted|settled|settling)( (away|down|it))?|"
                     r"nothing (\w+ )?(helps|has helped|is helping|works|worked)|(still|is still|its still) there|still the same|"
                     r"no (change|different)|(hasnt|has not|not) changed|(isnt|not|doesnt|arent) (touching|doing anything|making (a|any) difference)|barely touch\w*|"
                     r"(havent|hasnt|didnt|dont|doesnt) (done|do|does) (much|anything)|not settling|never (fully |properly )?heal\w*|(wont|doesnt|does not) heal|(hasnt|has not|havent|isnt|not) (got|gotten|getting) (any )?better|"
                     r"still (hurts|hurting|painful|sore|aches|aching)|still (get|gets|getting|have|has|having|got) (\w+ ){0,2}(sciatica|pain|pains|shooting|"
                     r"numbness|tingling|headaches?|aches?)",
    "eye_injury": r"(poked|hit|struck|stabbed|scratched|jabbed|caught) (\w+ ){0,4}(in|into) (the |his |her |my )?eye|"
                  r"(flew|went|shot|got|fell) (\w+ ){0,3}(in|into) (the |his |her |my )(eye|eyes)|eye (\w+ ){0,3}"
                  r"(bleeding|pierced|punctured|cut open)",
    # --- heart, vessels, blood -------------------------------------------------------------------
    "tearing_pain": r"tearing (pain|sensation|feeling)|ripping (pain|sensation|feeling)|(ripping|tearing) (\w+ ){0,2}"
                    r"(between (my|his|her|the) shoulder|through to (my|his|her|the) back|in(to)? (my|his|her|the) "
                    r"(chest|back))|like (something|it) "
                    r"(is |was )?(tearing|ripping)|(pain|it) (\w+ ){0,2}(tears|rips) through",
    "aneurysm": r"aneurysm|aortic",
    "bp_very_high": r"(?<!range\s)(?<!ranges\s)(?<!between\s)(?<!ref\s)\b(1[89]\d|2\d\d) (over )?(1[0-9]\d|9\d|8\d)\b|(?<!range\s)(?<!ranges\s)(?<!between\s)(?<!ref\s)\b1\d\d (over )?(1[2-9]\d)\b|"
                    r"blood pressure (\w+ ){0,3}(over|above) (180|190|200)",
    "bruising": r"bruis\w* (\w+ ){0,6}(dont remember|cant remember|do not remember|cant explain|for no reason|no reason|out of nowhere|appearing|all over|everywhere)|"
                r"unexplained bruis\w*|(tiny|little|pinprick) (red|purple) (spots|dots)|petechia\w*|"
                r"(covered|cover\w*) in bruises",
    "heart_failure": r"heart failure|weak heart|fluid on (the|his|her|my) lungs",
    "fluid_gain": r"(gained|put on|up|increased) (\w+ ){0,1}(\d+|two|three|four|five) ?(kg|kgs|kilos|pounds|lbs) "
                  r"(in|over) (\d+|two|three|four|a few|a couple of) days|(\d+|two|three|four|more) pillows (\w+ ){0,2}"
                  r"(breathe|breath)|(sleep|sleeping) sitting up (\w+ ){0,3}breath",
    "coughing_blood": r"cough\w* (up )?(\w+ ){0,4}blood|cough\w* up (\w+ ){0,3}(pink|pinky|pinkish|red|rusty) (\w+ )?(stuff|"
                      r"phlegm|spit|sputum|mucus|froth)|blood (\w+ ){0,3}(in|with) (my|his|her|the) (phlegm|spit|sputum|"
                      r"mucus)|haemoptysis|hemoptysis|"
                      # "when i coughed earlier there was pink streaks in the tissue" (set EI)
                      r"cough\w* (\w+ ){0,3}(there (was|were) |i saw )(pink|red|bloody|blood) (streaks|specks|flecks)",
    "much_blood": r"(lots|loads|a lot|cupful|cupfuls|mouthfuls?|a cup|handfuls?) of (\w+ ){0,2}blood|bright red blood|"
                  r"bleeding (quite )?(a lot|loads|heavily|badly)|(a lot|lots|loads) of (bleeding|blood)",
    "rectal_blood": r"blood (\w+ ){0,3}(from|out of) (my|his|her|their|the) (bottom|back passage|bum|rectum|behind)|"
                    r"(passing|passed|bleeding) (\w+ ){0,3}(from|out of) (my|his|her|their|the) (bottom|back passage|bum|"
                    r"rectum)|blood (\w+ ){0,2}(in|on) (the |my |his |her )?(toilet|poo|stool|stools)",
    # --- eyes, ears, mouth -----------------------------------------------------------------------
    "double_vision": r"double vision|seeing double|seeing two of everything|everything (is )?double",
    "eye_swollen": r"eye(lid)?s? (\w+ ){0,3}(swollen|swelling|puffy|bulging|bulges|sticking out)|swollen (\w+ )?"
                   r"(eye|eyelid|eyelids)|eye (\w+ ){0,2}swollen shut",
    "swallow_trouble": r"(hard|difficult|painful|struggling|struggles|trouble|difficulty) (to |with |)swallow\w*|"
                       r"(hard|difficult|trouble|struggling) (\w+ ){1,6}(and )?to swallow|"
                       r"(cant|cannot|unable to) swallow|drooling",
    "behind_ear": r"behind (his|her|my|the) ear (\w+ ){0,4}(red|swollen|swelling|sticking out|tender|painful|lump)|"
                  r"(swelling|swollen|lump|redness|red) (\w+ ){0,2}behind (\w+ ){0,1}ear|ear (\w+ ){0,3}sticking out",
    "tinnitus": r"(whoosh\w*|thump\w*|pulsing|beating) (\w+ ){0,3}in (my|his|her) (\w+ )?ears?|ringing (in )?(my|his|her|the)? ?(left |right )?ears?|ears? (are |is |keep )?ringing|tinnitus|buzzing in (my|his|her) ears?",
    "tooth_out": r"knocked (\w+ ){0,3}(adult |permanent |front |big )?tooth out|tooth (\w+ ){0,2}(knocked|came|fell) out",
    "extraction": r"(tooth|teeth|molar|molars|wisdom tooth|wisdom teeth) (\w+ ){0,2}(out|pulled|extracted|removed)|extraction|tooth socket|wisdom tooth removed",
    # --- abdomen, kidney, genitals ---------------------------------------------------------------
    "hernia": r"hernia|lump in (my|his|her|the) groin|groin lump",
    "hernia_stuck": r"(wont|doesnt|will not|cant) (go|push|pop) (back )?in|(gone|become|got|turned) (\w+ )?(hard|red|"
                    r"tender|painful)|really painful|vomit\w*|being sick",
    "priapism": r"erection (\w+ ){0,6}(wont|doesnt|will not|not|hasnt) (go|going|gone) (away|down)|erection (\w+ ){0,2}"
                r"(for|lasting|over) (\w+ ){0,2}(hours|\d+ hours)|priapism|painful erection",
    "paraphimosis": r"foreskin (\w+ ){0,6}(wont|doesnt|cant|will not|stuck) (\w+ ){0,2}(go|come|pull|move) (back|forward|"
                    r"down|over)|paraphimosis|foreskin (\w+ ){0,3}stuck",
    "jaundice": r"jaundic\w*|(skin|eyes|whites of (his|her|my|the) eyes) (\w+ ){0,4}(yellow|yellowish)|(turned|gone|going|"
                r"went|looks?|looking|turning) (\w+ )?yellow",
    "bruise_colour": r"bruis\w* (\w+ ){0,8}(turning|going|gone|turned|is) (\w+ )?(yellow|green|purple|brown)",
    "gallbladder": r"gall ?stones?|gall ?bladder|(pain|ache) (\w+ ){0,3}(under|below) (my|his|her|the) (right )?ribs",
    "catheter": r"catheter (\w+ ){0,6}(stopped draining|not draining|isnt draining|blocked|empty|bypass\w*|leaking|"
                r"fallen out|came out)|(nothing|no urine|no wee) (\w+ ){0,3}(in|into) (the |my |his |her )?catheter|"
                r"catheter (\w+ ){0,3}(and )?(nothing|no urine|no wee) (has |have )?(drained|come|gone|passed|been)",
    "belly_pain": r"(tummy|stomach|belly|abdomen|abdominal|bump|pelvic(?! girdle)|pelvis|lower (tummy|belly)|side) (\w+ ){0,3}"
                  r"(pain|pains|ache|aches|aching|cramp\w*|hurts|hurting|agony|tightenings?)|(pain|pains|ache|agony|cramp\w*) (\w+ ){0,4}"
                  r"(tummy|stomach|belly|abdomen|bump|pelvis)|(painful |regular )tightenings|contractions",
    "severe_word": r"severe|agony|agonising|agonizing|excruciating|worst|unbearable|really bad|terrible|constant|"
                   r"doubled (up|over)|cant stand up",
    "discharge": r"discharge",
    # --- babies and children -----------------------------------------------------------------------
    "limp_floppy": r"floppy|(is|went|gone|goes|was|seems|looks|all|very|so|really) limp\b|limp and|hard to (wake|rouse)|"
                   r"(wont|cant|doesnt|not) (wake|rouse)(?!\s(him|her|them|me|us)\b)|grunting|not responding|"
                   r"unresponsive",
    "infant_blood_stool": r"red ?currant jelly|(poo|stool|nappy|diaper) (\w+ ){0,6}(looks |look )?like (\w+ )?(red )?jelly|jelly (\w+ ){0,2}(poo|stool)|blood (\w+ ){0,3}(nappy|diaper)|(nappy|diaper) "
                          r"(\w+ ){0,3}blood",
    "refuse_walk": r"(refus\w*|wont|will not|doesnt want) (\w+ ){0,2}(walk|stand|put weight|bear weight)|refus\w* to put (his|her|their) (heels?|feet|foot) down|suddenly "
                   r"(\w+ )?limping|"
                   # a baby who will not use a limb (a hidden fracture or an infected joint or bone)
                   r"(isnt|is not|not|stopped|wont|will not|doesnt|hasnt been) (really )?(kicking|moving|using|lifting) (her|his|their|the) "
                   r"((left|right|one) )?(leg|arm)|(cries|screams|crying|screaming|howls) (\w+ ){0,2}when (i|we|you|anyone) "
                   r"(lift|move|touch|bend|straighten) (her|his|their) (legs?|arms?|hips?)",
    "fast_breathing": r"breathing (\w+ ){0,2}(fast|quick\w*|rapid\w*|hard)|fast breathing|rapid breathing|"
                      r"(ribs|tummy) (\w+ ){0,2}sucking in|stridor|barking cough|harsh (noise|sound) when (\w+ ){0,2}breath",
    # drooling and unable to swallow with a noisy breath in: the airway is closing (epiglottitis)
    "drooling": r"drool\w*|(cant|wont|unable to) swallow (\w+ ){0,2}(spit|saliva|own spit)",
    "stridor": r"stridor|barking cough|(make|makes|making) (a )?whistl\w* (noise|sound) (\w+ ){0,2}(when|while|as) (\w+ )?breath\w*|(high pitched|squeaky|squeaking|whistl\w*|crowing) (\w+ ){0,3}(when |while |as )?(breathing|breathes|breathe) in|harsh (noise|sound|whistle) (\w+ ){0,2}(when|as) (he|she|they|i) (breathes?|breathing) in",
    "wetting": r"wetting the bed|bed ?wetting|(going|weeing|peeing) (\w+ ){0,3}(all the time|constantly|loads|a lot)|"
               r"(going to|on) the (toilet|loo) (\w+ ){0,2}(all the time|constantly|a lot|loads)",
    "lost_weight": r"(clothes|trousers|jeans|skirt|school trousers|uniform) (\w+ ){0,2}(falling|hanging) off|lost (\w+ ){0,2}weight|lost (about |around |nearly |over )?\d+ ?(kg|kilos|pounds|lbs|stone)\b|losing weight|(got|gone|going|looks?|so|very) (\w+ )?thin\b",
    "cutting_self": r"cutting (her|him|my|them|your)sel(f|ves)|(is|been|keeps|was|started|has been|have been) cutting "
                    r"(her|his|my|their) (arms|legs|wrists|thighs|skin)",
    "bruise_word": r"bruis\w*",
    "bleeding_sign": r"bleed\w*|(nose|gums?) (\w+ ){0,2}bled\b|nose ?bleeds?|blood (in|from) (\w+ ){0,2}(pee|urine|wee|gums|nose|poo|stool|spit)|(pee|urine|wee) (is |was )?(full of|has) (\w+ )?blood",
    "quinine": r"quinine|tonic water",
    # --- skin ------------------------------------------------------------------------------------
    "mouth_sores": r"sores? (in|on|around) (his|her|my|the) (mouth|lips|eyes)|(mouth|lips) (and (his |her |my )?eyes )?"
                   r"(are |is )?(really |very |so )?(sore|raw|burning)\b|(mouth|lips) (\w+ ){0,3}(sores|blister\w*|"
                   r"crust\w*|ulcers|peeling)|blister\w* (\w+ ){0,6}(mouth|lips|eyes)",
    "skin_peeling": r"skin (\w+ ){0,2}(peeling|blistering|coming off|sloughing|falling off)|peeling (\w+ ){0,2}skin",
    "rash": r"rash|rashes|hives|blotches|spots",
    "eczema": r"eczema",
    "sunburn": r"sun ?burn\w*|burnt in the sun|sunburnt|(fell asleep|lay|lying|sunbath\w*) (\w+ ){0,3}(on the beach|in the sun)",
    "gangrene": r"gangren\w*|(toes?|foot|feet|fingers?|fingertips?) (\w+ ){0,4}(turning|turned|gone|going|looks?|looking|"
                r"are|is) (\w+ )?(black|dark)|black (toes?|patches|patch) ",
    "frostbite": r"frost ?bite\w*|frost ?nip|frostbitten",
    # --- mind ------------------------------------------------------------------------------------
    "psychosis": r"(thinks|believes|convinced|sure|insists|says) (\w+ ){0,12}(poison\w*|spying on|watching|following) (him|her|me|them|his|her|my|their)\b|hearing voices|(swapped|switched|replaced) (for|with|by) (a |an )?(different|another|impostor|imposter)|(tv|television|radio|phone) (is |are )?(sending|giving) (her|him|me|them) (messages|signals)|(hears|heard|hearing) (\w+ ){0,2}voices|(?<!being\s)(?<!im\s)(?<!am\s)(?<!bit\s)(?<!just\s)(?<!so\s)(?<!little\s)paranoi\w*(?! about)|(thinks|believes|convinced|says) (\w+ ){0,4}"
                 r"(tv|television|radio|phone|people|neighbours|neighbors|government|aliens|someone|police|everyone) "
                 r"(\w+ ){0,2}(is|are) (\w+ ){0,3}(sending|watching|following|controlling|after|poisoning|talking about|"
                 r"spying|reading)|psychotic|psychosis",
    "no_sleep": r"(not|hasnt|havent|hadnt|no) (slept|sleeping|sleep) (\w+ ){0,2}(for|in) (\w+ ){0,2}(days|nights)|"
                r"awake (for )?(\d+|two|three|four|five) (days|nights)|(\d+|two|three|four|five) (days|nights) "
                r"(without|with no) sleep",
    "strange_behaviour": r"saying (strange|weird|bizarre|odd|crazy) things|talk\w* (really |so )?(fast|nonstop|non stop|"
                         r"constantly)|spen[dt]\w* (thousands|all (his|her|our) money|(\w+ ){0,2}\d+ ?(pounds|dollars|euros|k))|"
                         r"secret mission|special (powers|mission)|chosen one|reckless|(acting|behaving) "
                         r"(very |really )?(strangely|strange|weird\w*|bizarre\w*|out of character)|racing thoughts|"
                         r"not making sense",
    "psych_drug": r"haloperidol|olanzapine|risperidone|quetiapine|clozapine|aripiprazole|antipsychotics?|chlorpromazine|"
                  r"metoclopramide|sertraline|fluoxetine|citalopram|escitalopram|paroxetine|venlafaxine|duloxetine|ssris?|snris?|"
                  r"tramadol|mdma|lithium",
    "rigid": r"rigid|stiff as a board|(gone|went|going|are|is|really|so) (\w+ )?stiff|muscles (\w+ ){0,2}(stiff|rigid|"
             r"rock hard|locked)",
    "lithium": r"lithium",
    # a heart attack or stroke named as the history the question starts from
    # Fear of a named condition is not having it: "I thought I was having a heart attack", "scared every
    # twinge is a heart attack", "I know left arm pain is a heart attack sign" (symptoms still count).
    "feared_condition": r"(scared|afraid|terrified|worried|worrying|convinced|paranoid|freaking out|panicking|panicked|"
                        r"fear|fearing|obsessed) (\w+ ){0,6}(heart attack|stroke|blood clot|clot|dvt)|"
                        r"thought (i|he|she|it) (was|were) (having )?(a )?(heart attack|stroke|blood clot|clot)|"
                        r"(is|are) (a |the )?(heart attack|stroke|blood clot|clot) (signs?|symptoms?|warnings?)|"
                        # (not "I'm having heart attack symptoms": that is told, not feared)
                        r"(?<!having\s)(?<!have\s)(?<!has\s)(?<!got\s)(?<!showing\s)(?<!shows\s)(?<!with\s)"
                        r"(?<!experiencing\s)(?<!classic\s)(?<!the\s)(heart attack|stroke|blood clot|clot) (warning )?(signs?|symptoms?)",
    # Chest pain a doctor has put down to the chest wall, with what is said after it.
    # (with the pain it names first: "said my chest pain is costochondritis", set DH)
    "chest_wall": r"((chest (pain|ache|soreness|tightness)|the pain) (is|was|as|from|due to|put down to) (just )?)?"
                  r"(costochondritis|tietzes? syndrome|chest wall (pain|strain|inflammation))[^?!]{0,160}",
    # a bruise after a knock on a blood thinner is expected; an unexplained or spreading one is not
    "explained_bruise": r"bruis\w* (\w+ ){0,4}(size of a (\d+p|coin|pea|grape|penny|thumbnail|fingernail)|(going|"
                        r"turning|gone) (yellow|green)|fading)|(small|little|tiny) bruis\w*",
    "vasovagal": r"(faint\w*|passed out|blacked out) (\w+ ){0,3}(giving|donating) blood|(faint\w*|passed out|blacked out|collapsed)[^?]{0,160}came (round|to) (\w+ ){0,3}(within (a few |\d+ )?seconds|straight away|right away|immediately|quickly)|(faint\w*|passed out|blacked out) (\w+ ){0,9}(blood (test|tests|drawn|draw|taken)|needles?|injections?|jabs?)[^.?!]{0,80}|(common|simple|normal|ordinary|typical) (faint|fainting)\b|faint\w* for (a few|\d+|a couple of) seconds|came (round|to) (\w+ ){0,2}(straight away|right away|"
                 r"immediately|quickly|within seconds)|faint\w* (\w+ ){0,3}(at|during|when (i |he |she )?(see|have|get)) (\w+ ){0,2}(blood tests?|injections?|"
                 r"needles?|jabs?|the sight of blood|blood)",
    "figurative_seizure": r"(like|as if) (a|an|someone|somebody) (\w+ ){0,2}(having|had|is having) a (seizure|fit)|(phone|laptop|"
                          r"computer|pc|tablet|ipad|car|tv|telly|wifi|printer|screen|app|engine|router)s? (\w+ ){0,2}(having|had|has) "
                          r"a (seizure|fit)",
    # Pain that catches on breathing in (pleuritic), as a clot in the lung gives.
    "breath_pain": r"(pain|hurts|catch\w*|stab\w*|sharp\w*|twinge) (\w+ ){0,8}(when|whenever|as|if|every time) (i |he |she )?(breathe|take a (deep |big )?breath)|"
                   r"(breathing in|breathe in|deep breaths?) (\w+ ){0,3}(hurts|is painful|catches|stabs)",
    "breathless_little": r"(puffed|winded|out of puff|short of breath|breathless) (out )?(\w+ )?(just|even) (walking|getting|going|doing|standing|talking|climbing)",
    "eating_more": r"(eating|eat|appetite) (\w+ ){0,2}(more|loads more|lots more|like a horse|for two)|(while|despite|even though) "
                   r"(i am |im |i was |she is |he is )?eating (more|loads|lots|normally|plenty|well)|appetite (is |has )?(huge|up|gone up|increased)",
    "shaky_hands": r"(hands?|fingers) (\w+ ){0,3}(shak\w*|trembl\w*|tremor\w*|jitter\w*)|(shaky|trembling|jittery) (hands|fingers)|"
                   r"(shak\w*|trembl\w*|tremor) in (my|his|her|their|the|both|one) (\w+ )?(hands?|fingers|arms?)",
    # A shake that is new: weeks of it are a check-up (set DF)
    "new_tremor": r"\bnew (shake|shaking|tremor|tremble|trembling) in (my|his|her|their|the|both|one) (\w+ )?(hands?|fingers|"
                  r"arms?|legs?)|\bnew tremor|(hands?|fingers|arms?) (have |has )?(started|begun|began) (to )?(shak\w*|trembl\w*)",
    "fast_resting": r"resting (heart ?rate|pulse|hr) (\w+ ){0,6}(9\d|1[0-2]\d)\b|(heart ?rate|pulse) (\w+ ){0,4}(crept|gone|risen|went) up",
    # Both legs or ankles swelling together (the heart, the kidneys, a medicine, the heat), not one leg's clot.
    "bilateral_swelling": r"both (my |his |her )?(ankles|feet|legs|calves|lower legs) (\w+ ){0,3}(swell\w*|swollen|puff\w*)|"
                          r"(swell\w*|swollen|puffy) (\w+ ){0,3}(in |on )?both (ankles|feet|legs|calves|sides)|"
                          r"(ankles|feet|legs) (\w+ ){0,3}(swell\w*|swollen|puff\w*) (\w+ ){0,3}by (the )?(evening|end of the day|bedtime)|"
                          r"(goes|go|went|gone) down (overnight|by (the )?morning|in the morning)",
    "nitrous": r"nitrous|laughing gas|nos (balloons?|canisters?|cans?|tanks?)|\bnos\b (\w+ ){0,3}(most|every|each|all) "
               r"(weekend|night|day)|doing nos|nangs?|whippets?|n2o|(gas|cream charger) (balloons?|canisters?)",
    "unsteady": r"unsteady|walk\w* (\w+ )?like (im|i am|i was|hes|he is|shes|she is|theyre) drunk|off balance|staggering|(cant|cannot|couldnt) walk (in )?(a )?straight( line)?|wobbly on (my|his|her) (legs|feet)",
    "varicose": r"varicose|varices|veins? (\w+ ){0,4}like (a )?(bag|bunch|nest|knot) of (worms|snakes|grapes|string)|(bulging|bulgy|swollen|twisted|twisty|lumpy|knotted) (\w+ )?veins|"
                r"veins (\w+ ){0,6}(have |has |are |got |gone |getting |become )+(bulging|bulgy|lumpy|knotted|twisted|twisty|"
                r"ropey|ropy|bulged)\b|veins (\w+ ){0,6}(popping|sticking|stick|bulging) out|veins (bulging|bulgy|knotted|twisted|ropey|ropy) "
                r"(like|as)\b|veins (\w+ ){0,3}like (ropes|cords|string|worms|snakes)",
    "itch": r"itch\w*",
    "both_legs": r"both (legs|feet|sides)|(legs|feet) are both",
    "sciatica": r"sciatica|(back|spine) (\w+ ){0,3}(pain|ache|aching|hurts|problems?)|slipped disc|disc (bulge|prolapse)",
    "alcohol_stop": r"(stopped|quit|given up|gave up|cut out|stopping) (\w+ ){0,2}(drinking|alcohol|booze|the drink)",
    "addisons": r"addison\w*|adrenal (insufficiency|crisis)|hypopituitar\w*|(on|takes?) (\w+ ){0,2}hydrocortisone|"
                # steroid tablets taken for a long time: the body stops making its own
                r"(on|taking|takes|been on) (\w+ ){0,2}(prednisolone|prednisone|steroids|steroid tablets|dexamethasone) "
                r"(\w+ ){0,3}(for (ages|years|months|a long time|the last (\w+ )?(months|years))|long term|every day for years)",
    "few_words": r"(only|just) (says|said|has|knows|uses|saying) (about |around )?(\d+|one|two|three|four|five|six|a few|a "
                 r"handful of) words|not (talking|saying any words)|no words (yet|at all)",
    # something pushed into a child's nose or ear ("put a bit of crayon in his ear")
    "object_in_orifice": r"(put|pushed|poked|stuck|shoved|got|has|stuffed) (a |an |some |the |his |her |their |a bit of |a piece "
                         r"of |a small |a little )?(\w+ ){0,2}(up|in|into|inside) (his|her|their|my|the) (nose|nostril|ear)s?\b|"
                         r"(stuck|lodged|wedged) (up|in|inside) (his|her|my|their|the) (nose|nostril|ear)",
    # a phone that rings out is no person who cannot respond ("the district nurse isn't answering")
    "phone_unanswered": r"(nurse|nurses|gp|doctor|doctors|surgery|phone|111|office|line|clinic|team|receptionist|helpline|"
                        r"pharmacy|practice|ward|they)( is| isnt| wasnt| are| arent| was| were| still)? (not )?(answering|"
                        r"picking up|replying|getting back)|no ?(one|body) (is )?(answering|picking up)",
    "battery": r"(button|coin|round|watch|lithium|flat|little|small) (cell )?batter(y|ies)|button cells?|magnets?",
    # Tablets gone from someone's pack: with a child about, swallowed until shown otherwise ("some of the heart pills are
    # missing", set FH); alone, more often a pharmacy's shortfall or a forgotten dose (found in review).
    "pills_missing": r"(\d+|one|some|a few|several|half|two|three|four|five|six|seven|eight|ten) of (the|my|his|her|their|"
                     r"our|(nans?|grans?|grannys?|nannys?|nanas?|grandads?|grandpas?|grandmas?|mums?|dads?|daddys?|mummys?|"
                     r"moms?)) (\w+ ){0,2}(tablets|pills|capsules|tabs|meds) (are |is |were |was |have |has )?(gone|missing)",
    # A child too young to be trusted with medicine (a "son" may be 34: found in review).
    # (not a baby aspirin, a baby on the way, a baby being fed while the mother took a dose herself: found in review)
    "small_child": r"toddler|little one|(the|my|our) baby (was|is|has been|got|had|grabbed|found|climbed|crawled) "
                   r"(\w+ ){0,2}(playing|in|into|at|with|near|on)\b|grandkids? (were|was) (round|over|here|visiting|"
                   r"playing)|\b([1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(yo|y o|"
                   r"yr old|year old|years old|yrs old)\b|\d+ months? old",
    "swallow_word": r"swallow\w*|(ate|eaten|eat) (it|one|them)|in (his|her|their) mouth|(is|are|went) missing",
    "digoxin": r"digoxin|lanoxin",
    "pain_moved": r"(moved|moving|spread|gone|shifted) (\w+ )?(down )?(to|into) (the )?(bottom|lower|low) right",
    "colour_vision": r"(everything|things|vision|sight) (\w+ ){0,3}(yellow|green|yellowish|greenish)|yellow ?green|halos? (around|round)",
    "pus": r"pus|oozing|leaking (\w+ ){0,2}(cloudy|yellow|green|smelly|stuff|fluid)|cloudy (stuff|fluid|discharge)|discharge",
    "falls_repeat": r"falling (more )?(often|a lot|more)|(my|his|her|their|a) (second|third|fourth|fifth|\d+(nd|rd|th)) fall|(falls|falling) (\w+ ){0,4}(once|twice) a week|(\d+|two|three|four|several|a few|a couple of|lots of|many) falls|(keeps|kept|keep) (on )?falling|fallen "
                    r"(over )?(\d+|two|three|several) times|falls (a lot|often|more)|(fallen|fell|nearly fallen|nearly fell|almost fallen|almost fell|had falls) "
                    r"(\w+ ){0,2}(twice|three times|several times|a few times)",
    "hiv_exposure": r"(without a condom|unprotected|condom (split|broke|came off)) (\w+ ){0,14}(hiv|hep b|hepatitis b)|"
                    r"(hiv|hep b|hepatitis b) (positive|\+) (\w+ ){0,10}(without a condom|unprotected|condom (split|broke))",
    "asthma_attack": r"asthma attack|(\d+|ten|lots of|loads of) puffs (of|on) (my |the )?(blue|ventolin|salbutamol|reliever|inhaler)",
    "reliever_weekly": r"(blue inhaler|ventolin|salbutamol|reliever|puffer) (\w+ ){0,3}(\d+|three|four|five|six) times a week|"
                       r"(blue inhaler|ventolin|salbutamol|reliever) (\w+ ){0,4}(more and more|more often|most days|every day)",
    "missed_periods": r"(not had|havent had|no|missed) (a |my )?periods? (for|in) (\w+ ){0,2}(\d+|two|three|four|five|six|several) months|"
                      r"periods? (\w+ ){0,2}(stopped|disappeared|vanished|went away) (\w+ ){0,2}(\d+|two|three|four|five|six|several) months",
    "eating_disorder": r"(making|make|made) (my|him|her)sel(f|ves) sick|bing(e|ing|es) (\w+ ){0,4}(sick|purg\w*|vomit\w*)|"
                       r"purg(e|ing)|starving (my|him|her)self|anorexi\w*|bulimi\w*",
    "genital_bumps": r"(bumps|lumps|warts|sores|blisters|ulcers|spots) (\w+ ){0,3}(down there|on my (penis|vagina|vulva|genitals)|"
                     r"genital\w*)|genital (warts|sores|herpes|ulcers?)",
    "vaccine_name": r"(shingles|meningitis|men|mmr|flu|hpv|tetanus|whooping cough|covid|rotavirus|chickenpox|bcg|hepatitis|hep) "
                    r"(\w+ )?(vaccine|jab|vaccination|booster|shot)s?",
    "emotional_racing": r"(heart|pulse) (\w+ ){0,3}(racing|pounding|skipped|flutter\w*) (\w+ ){0,4}(cos|because|cause|when|since) "
                        r"(my )?(crush|boyfriend|girlfriend|he|she|they|bae) (\w+ )?(texted|smiled|looked|messaged|replied|walked)",
    "seizure_free": r"(seizure|fit) free|"
                    # "had a febrile seizure at 18 months, hospital checked him… hes 3 now" (set EM); not "…and now
                    # hes having another"
                    r"(had|has had) (a |his |her |one )?(febrile )?(seizure|fit|convulsion) (\w+ ){0,2}(at|when (he|she) was) "
                    r"(\d+|one|two|three|four|five) ?(months?|years?|yrs?|yo)( old)?\b"
                    # (only when told as long past, the child older now; not "at 65 years old yesterday", "at 8 months
                    # pregnant", "at 2 years old and now hes doing it": found in review)
                    r"(?![^?!]{0,80}\b(another|again|today|yesterday|tonight|this (morning|afternoon|evening)|just now|ago|"
                    r"first|pregnant|still|(is|hes|shes) (having|fitting|seizing|shaking|jerking|doing))\b)"
                    r"(?=[^?!]{0,80}\b(hes|shes|he is|she is|theyre) (\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
                    r"( now| years old| yo)?\b)",
    "new_partner": r"new (partner|boyfriend|girlfriend|gf|bf)|(slept with|hooked up with|had sex with|sex with) (someone|(a |some )?(new |random |different )?(guy|girl|man|woman|lad|boy|person)|him|her)",
    "fistula_silent": r"fistula (\w+ ){0,6}(no|not have the|lost (the|its)|cant feel (the|its)|stopped|no longer) (\w+ ){0,2}"
                      r"(buzz\w*|thrill|whoosh\w*|pulse|vibrat\w*)",
    "eye_move_pain": r"eye (\w+ ){0,3}(hurts|pain\w*|aches|sore) (\w+ ){0,3}(when|if) (i |he |she )?(move|look|turn)|(hurts|pain\w*|aches|sore) (\w+ ){0,2}(when|if) (i |he |she )?(move|moving|look|turn) (my |his |her |that |the )?eye",
    "pesticide_exposure": r"sheep ?dip\w*|dipping (the )?sheep|organophosphate\w*|pesticides?|insecticides?|crop spray\w*|weed ?killer|spray\w* (the )?(\w+ )?(potatoes|crops?|fields?|orchards?|vines?|fruit trees|barley|wheat|sheep)\b"
                          r"(?! with water)[^.?!]{0,80}\b(concentrate|got (it|some) on (my|his|her)|splash\w*|breathed (it|some) in|"
                          r"inhaled|glove (split|ripped|tore))\b",
    "cholinergic": r"drool\w*|pin ?prick pupils|pinpoint pupils|pupils (\w+ ){0,3}(tiny|pin ?pricks?|pin ?points?)|twitch\w* all over|"
                   r"sweating buckets",
    "hf_acid": r"hydrofluoric|hf acid",
    "embedded_object": r"(fish ?hook|hook|splinter|glass|metal|nail|wire) (\w+ ){0,3}(buried|embedded|stuck|lodged) (deep )?(in|into)",
    "water_exposure": r"(fell|fallen|swam|swimming|been|went) (\w+ )?in(to)? (the |a )?(canal|river|lake|flood\w*|pond|sewage)|"
                      r"flood ?water|sewage",
    "heartburn": r"heartburn|acid reflux|indigestion|reflux",
    "cant_feel_legs": r"(cant|cannot|can not) (feel|move) (my|his|her|their|both) legs",
    "hernia_bulge": r"(bulge|lump|swelling) (\w+ ){0,4}(groin|belly button|navel|tummy)[^?]{0,80}\b(cough\w*|lift\w*|"
                    r"strain\w*|goes back|pops)|hernia",
    "eye_near": r"(around|round) (my|his|her|one|the|an|their) (\w+ )?eye|(near|by|next to|on) (my|his|her) (\w+ )?(eye|eyelid)",
    "stiff": r"stiff\w*",
    "drug_rash_start": r"(started|began|starting|put (me|him|her) on|prescribed|on) (\w+ ){0,2}[a-z]+(cillin|mycin|cycline|"
                       r"floxacin|prim|azole|pine|pril|sartan|statin|olol|amide|oxacin)\b",
    "limping": r"limping|limped|(has|have|had|got|developed|walking with) (had )?(a bit of )?a limp|started (to )?limp\w*|favou?r\w* (his|her|my) (\w+ )?(leg|foot|side)",
    # "Doctor said come back in 2 weeks if it wasn't better": a check the doctor asked for
    "safety_net_due": r"(said|says|told (me|us|him|her)|asked (me|us|him|her)) (to )?(come|go) back (\w+ ){0,6}(if|in|after) "
                      r"(\w+ ){0,6}(not|isnt|wasnt|werent|hasnt|havent|hadnt|no|didnt|doesnt|dont) (\w+ ){0,2}(better|improv\w*|settled|gone|cleared)",
    "frail": r"(hes|shes|he is|she is|aged) (7|8|9)\d\b|(mum|mom|dad|mother|father|husband|wife|partner|nan|gran|"
             r"grandad|grandma|grandpa|neighbour|aunt|uncle) (is|who is|whos) (7[5-9]|[89]\d)\b|old (chap|boy|girl|fella|gentleman|lady|man|woman)|(\d\d) (year|yr)s? old (nan|gran|grandad|grandpa|grandma|mum|dad|mother|father|man|woman|neighbour)|"
             r"(elderly|frail|older) (\w+ )?(nan|gran|grandad|grandpa|grandma|mum|dad|mother|father|neighbour|relative|"
             r"patient|man|woman|lady|gentleman)|(nan|gran|grandad|grandpa|grandma|grandmother|grandfather)|"
             r"(has|with|got|advanced|living with) (\w+ )?(dementia|alzheimers?)|care home (resident|staff)|resident in (a |the )?care home",
}
