"""The findings triage recognises: body sites, sensations, signs and time courses in lay, clinical and misspelt words."""

from __future__ import annotations

import re
from functools import lru_cache

from index.english import english_words
from qa.triage_lexicon_aftercare import AFTERCARE_FINDINGS
from qa.triage_lexicon_general import GENERAL_FINDINGS
from qa.triage_lexicon_labs import LAB_FINDINGS
from qa.triage_lexicon_medicines import MEDICINE_FINDINGS
from qa.triage_lexicon_pictures import PICTURE_FINDINGS
from qa.triage_lexicon_pregnancy import PREGNANCY_FINDINGS

# Each finding is one regex over the normalised question (lower case, apostrophes dropped:
# "can't" is "cant"). Lay words first, then clinical ones; common misspellings are folded into
# the canonical word beforehand by `correct_typos`.
_POSS = r"(my|his|her|their|the|our|your|one|a|both)"
_NUM = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
FINDINGS: dict[str, str] = {
    # --- body sites --------------------------------------------------------------------------
    "chest": r"chest|breast ?bone|sternum|rib ?cage|heart (hurts|is hurting|pain)",
    # "Back" is a body part only with its owner ("the arch doesn't come back" is not).
    "radiating_site": r"(left |right )?(arm|arms|jaw|neck|shoulder|shoulders|shoulder blades?|teeth)|"
                      r"(my|his|her|the|upper|lower|middle of (my|his|her|the)) back(?! of\b)",
    "leg": r"(left |right )?(leg|legs|calf|calves|calfs|foot|feet|toes?|thigh|thighs|shin|shins|ankle|ankles|"
           r"knee|lower leg|limb|hamstring)",
    "face": r"face|mouth|smile|lip|lips|cheek|eyelid|one side of (his|her|my|the) (face|mouth)",
    "saddle": r"bottom|buttocks?|bum|butt|bum cheeks|genitals?|groin|private (parts|area|bits)|saddle|"
              r"between (my|his|her) legs|inner thighs?|perineum|down below|back passage|vagina|penis|anus|crotch|"
              r"when (i|he|she) wipes?|wiping|that area|down there",
    # "came back", "went back": the word, not the body part ("came back burning hot" is no back pain)
    "back": r"(lower |low )?(?<!came\s)(?<!come\s)(?<!comes\s)(?<!coming\s)(?<!went\s)(?<!gone\s)(?<!going\s)(?<!been\s)"
            r"(?<!flew\s)(?<!drove\s)(?<!walked\s)(?<!bounced\s)(?<!brought\s)(?<!way\s)(?<!cut\s)(?<!looking\s)"
            r"backs?(?! (asleep|to sleep|to bed|home|to normal|to school|to work|and forth|then|in the day|from|up))"
            r"|spine|sciatica|lumbar|disc|disk",
    "one_side": r"one side|left side|right side|half (of )?(my|his|her|the) (body|face)|one arm|one leg|"
                r"(left|right) (arm|hand) and (\w+ )?(leg|face|foot)|(left|right) (leg|foot) and (\w+ )?(arm|hand)",
    "arm": r"arm|arms|hand|hands|grip",
    # --- sensations and signs ----------------------------------------------------------------
    "pain": r"pain|pains|painful|hurts?|hurting|ache|aches|ached|aching|achy|sore|agony|agonising|agonizing|"
            r"excruciating|throbbing|burning|stabbing|tender",
    "pressure": r"tight|tightness|tightening|pressure|heavy|heaviness|crushing|crushed|squeez\w*|"
                r"elephant|weight on|vice|vise|clamp\w*|constrict\w*|band around|gripping|discomfort|"
                r"(someone|somebody|something|a (heavy )?(weight|brick|rock)) (is |was |were )?(sitting|standing|kneeling|"
                r"pressing|pushing|lying) on",
    "spreading": r"spread\w*|radiat\w*|(going|goes|went) (down|up|into|through) (my|his|her|the|to)|"
                 r"shoot\w*|travel\w*|moving (down|into|up)|down (my|his|her|the) (left |right )?arm|"
                 r"into (my|his|her|the) (jaw|arm|neck|back|shoulder)|up (my|his|her|the) (jaw|neck)",
    "sweating": r"sweat\w*|clammy|drenched",
    "nausea": r"sick|nause\w*|vomit\w*|throw\w* up|threw up|puk\w*|being sick",
    "breathless": r"breathless\w*|(couldnt|could not) (get|catch) (my|his|her|their) breath|short(ness)? of breath|(hard|difficult|struggling|trouble) to (take|get|draw) a (full |deep |proper |big |good )*breath|(cant|cannot|unable to|struggling to|hard to|"
                  r"trouble|difficulty|problems?|hardly|barely|can hardly|can barely) (\w+ )?(breathe|breathing|"
                  r"get (my|a|his|her) breath|catch (my|a|his|her) breath)|gasp\w*|wheez\w*|out of breath|"
                  r"breathing (is |has )?(getting|got|gotten|becoming|become) (\w+ )?(harder|more difficult|difficult|worse|laboured)|not breathing|stopped breathing|choking|choked|blue lips|lips (\w+ ){0,3}(blue\w*|bluish|grey\w*|gray\w*|purple)|"
                  r"(cant|unable to|struggling to|cannot) (get|say|finish|speak|talk) (\w+ ){0,5}(full )?sentences?|"
                  r"(cant|unable to|struggling to) (take|get|draw) (a |my )?(\w+ ){0,2}breath|struggl\w* to swallow|"
                  r"cant swallow|choking on (my|his|her) (own )?(spit|saliva)|"
                  r"ribs (\w+ ){0,2}sucking in|sucking in (under|between|at) (his|her|the|my) ribs|"
                  r"inhaler (\w+ ){0,8}(still|not helping|isnt helping|doesnt help|not working|no help)|(breathing|breathe|breath) (is |feels |seems |sounds |getting )?(so |really |very )?(hard|"
                  r"difficult|laboured|labored|a struggle|rapid|noisy|fast and shallow|shallow)|cant (talk|speak) in full sentences|cant finish a sentence|fighting for breath",
    "cold": r"(much |a lot |far )?colder than (the other|his other|her other|my other|the rest)|(?<!a\s)(?<!mild\s)(?<!head\s)(?<!common\s)(?<!this\s)(?<!chest\s)cold(?! (sore|and flu|or flu|remedy|medicine))|freezing|icy|ice cold|chilly|cool to (the )?touch|feels like ice",
    "pale": r"pale|white|whiteish|blue|bluish|blueish|grey|gray|purple|mottled|blotchy(?! rash)|waxy|like wax|wax|colou?rless|dusky|"
            r"drained of colou?r|colour has gone|no colou?r",
    "pulseless": r"no pulse|cant (feel|find|get) (a|the|any|his|her|my)? ?pulse|pulseless|pulse (has gone|is gone)",
    "numb": r"numb(?!er)\w*|cant (really |properly )?feel|no feeling|lost (all |the )?feeling|loss of feeling|dead|pins and needles|"
            r"tingl\w*|asleep and wont wake",
    "cant_move": r"cant (move|wiggle|bend|lift|flex)|(can|could) (hardly|barely|only just) (move|wiggle|lift|bend)|unable to (move|lift|wiggle)|wont move|paralys\w*|paralyz\w*|"
                 r"floppy",
    "weak": r"weak|weaker|weakness|(harder|hard|difficult) to (climb|get up|walk up|manage) (the )?stairs|(harder|hard|difficult) to (get|stand) up (from|out of)|cant lift (my|his|her) (toes|foot|feet)|struggl\w* (with|on|up|to climb|to get up) (the )?stairs|struggl\w* to "
            r"(walk|stand|get up)|(struggl\w*|hard|difficult|cant|cannot|trouble|battl\w*) (\w+ ){0,2}(get|getting|stand|standing) "
            r"(up )?(out of|from) (a|the|his|her|my) (chair|seat|sofa|armchair|settee)|giving (way|out)|gives (way|out)|gave way|buckl\w*|no strength|"
            r"lost strength|losing strength|cant (stand|walk|grip|hold|climb)|keeps? (falling|tripping)|(not being able|unable|not able) to "
            r"(get|stand) up (off|from|out of)|cant (get|stand) up (off|out of) (a|the|his|her|my) (sofa|chair|floor|toilet|couch|settee)|"
            r"trip(ping)? (over|up)|jelly",
    "swollen": r"swollen|swelling|swell\w*|puffy|puff\w* (right |all )?up|\d+ ?(cm|centimetres|inches|inch) (more|bigger|larger|wider)|(bigger|fatter|thicker|larger|wider|more swollen|more (fat|big|thick|puffy)) than "
               r"(the )?(other|right|left)( one)?|enlarged|bloated|"
               # both calves measured with a tape: "right is 41cm, left 37.5cm"
               r"(right|left) (\w+ ){0,3}\d\d(\.\d+)? ?cm\b,? (\w+ ){0,2}(left|right|other)( one| calf| leg)? (\w+ ){0,2}\d\d(\.\d+)? ?cm\b",
    "red_hot": r"red|redness|reddish|hot|warm|inflamed|discolou?red|angry looking",
    "droop": r"droop\w*|(wont|doesnt|cant|will not|isnt) (move|moving)|cant (close|shut) (my|his|her) (\w+ )?eye|drop\w*|(go|goes|gone|went|going) down|lopsided|sagg\w*|(?!fall\w* off\b)fall\w*|slump\w*|wonky|crooked|uneven",
    "speech": r"(wrong|funny|strange|weird|jumbled|muddled) words (come|came|coming) out|(couldnt|cant|could not|cannot) find the "
              r"(right )?words? for|(calling|called|calls) (it|everything|things) the thing\b|slurr\w*|garbled|(speech|talking|words|sentences) (\w+ ){0,3}(jumbled|muddled)|(jumbled|muddled) (up )?(speech|words|talking|sentences)|(cant|couldnt|could not) (speak|talk|get (my|his|her|the) words out)|"
              r"trouble (speaking|talking|finding words)|(struggling|trouble|hard|difficult|difficulty|cant|"
              r"cannot|unable|battling) (to )?(get|getting|find|finding|form|forming) (my|his|her|the|any)? ?"
              r"words( out)?|words? (are |is |keep )?(coming out |came out |come out )?(all )?(wrong|"
              r"funny|strange|weird|slurred|muddled|nonsense|jumbled)|not making (any )?sense|talking (nonsense|"
              r"gibberish|funny|strangely|weird)|speech (is |sounds )?(funny|strange|weird|off|odd|wrong)",
    "arm_face_weak_feel": r"(arm|hand|face|side)( \w+){0,3} (went|goes|gone|going|is|are|feels?|felt|suddenly|now|"
                          r"has|have|look|looks) (\w+ ){0,2}(weak|numb|heavy|floppy|dead|limp|useless)|"
                          r"belongs? to someone else|(arm|hand|leg|fingers?|side) (\w+ ){0,2}(wont|wouldnt|doesnt|didnt|will not) (do|go) (what|where) "
                          r"(i|he|she|they) (tells?|told|wants?|wanted)|(arm|hand|face|side)( \w+){0,3} (go|goes|went|gone|going) (\w+ ){0,2}(weak|numb|"
                          r"heavy|floppy|dead|limp|useless)|(like|as if) (it is |its )?not mine|cant (hold|grip) (\w+ ){0,2}(mug|cup|pen|spoon|phone)",
    "vision_loss": r"(lost|losing|cant see|loss of) (the )?(sight|vision)|went blind|blind in one eye|double vision|"
                   r"cant see (anything )?(out of|with|from) (my|his|her|one|the) (\w+ )?eye|"
                   r"(half|side|left side|right side|left half|right half|part|bottom|top|edge) of (the|my|his|her|everything|what) "
                   r"(\w+ ){0,2}(page|vision|view|sight|world|book|paper|newspaper|text|words|picture|room|face|plate) "
                   r"(\w+ ){0,2}(vanished|disappeared|went (black|dark|blank|grey|missing)|(was|is|went|were) (missing|gone|blank))",
    "confused": r"confus\w*|mumbl\w* (nonsense|incoherent\w*)|(cold|pale|shivering|freezing|wet),? (and )?mumbl\w*|(not|nah|isnt|wont|doesnt|cant) (answer\w*|respond\w*) (me )?(proper|properly|right|normally)|(saying|talking|says|said) (\w+ ){0,2}(things )?(that )?(dont|doesnt|didnt) make (any )?sense|"
                r"(cant|couldnt|cannot) (tell|say) (me |us )?(what day|where (he|she) is|(his|her) (own )?name|what year)|disorientat\w*|no idea (where|who|what day) (she|he|they|i) (is|are|am|was)|(vaguer|foggier|muddled|more muddled|woollier) than (usual|normal)|foggier|muddled|not making sense|doesnt know where|dont know where|delirious|"
                r"drowsy|very sleepy|hard to wake|not himself|not herself|(?<!hear\s)(?<!of\s)out of it|talking (nonsense|rubbish|gibberish|garbage)|"
                r"(doesnt|dont|didnt) know (where|what day|who|what time|what year|his own|her own)|(doesnt|didnt|dont|cant|couldnt) "
                r"recogni[sz]e (me|us|her|him|his|my|anyone|their)|"
                r"all over the place|not with it|nodding off|keeps? falling asleep|cant stay awake|asking the same (question|questions|thing)|repeating (himself|herself|"
                r"myself|questions)|cant remember (what happened|the accident|the fall)|sleepier|drowsier|hard to keep awake|pupils? (\w+ ){0,3}(bigger|different|"
                r"uneven|unequal)|away with the fairies|cant think straight",
    "sudden": r"sudden\w*|all of a sudden|out of nowhere|out of the blue|abrupt\w*|just now|minutes ago|"
              r"an hour ago|within minutes|came on quickly|overnight|this morning|tonight|woke (up )?((at|around|about) [\w:.]+ (am |pm )?|today |this morning )?(with|and)",
    "unresponsive": r"out cold|(didnt|did not|wasnt|was not) (respond\w*|answer\w*|react\w*) (to (me|us|anyone|(his|her|their) name|(my|our) voice)|when)|knocked out|(cant|cannot|wont|couldnt) (properly |really |fully )?(rouse|wake) (him|her|them)|(wont|doesnt|cant|not) (answer|answering|respond|open (his|her|their) "
                    r"eyes|wake(?! (him|her|them|me|us|anyone|everyone|the (baby|kids?|house|neighbours))\b))|(can|could|i can) (hardly|barely|only just|just about) (rouse|wake) (him|her|them)|went down (in|on|at)|"
                    r"collaps\w*|passed out|pass(ing)? out|faint(ed)?|unconscious|"
                    r"unresponsive|wont wake|cant wake|not waking|blacked out|black out|keeled over|"
                    r"(fell|dropped|went down|slumped) (to|on) the (floor|ground)|foaming at the mouth|"
                    r"not (responding|answering|reacting)|wont respond|isnt (responding|answering)|(gone|went|is|was|lying|lay|goes) limp and|"
                    r"limp and (unresponsive|floppy|pale|blue|grey|gray|not)",
    "seizure": r"seizures?|seizing|convuls\w*|fitting|(this|the|his|her|a) (fit|seizure) (\w+ ){0,3}(going|lasting|lasted|gone on) "
               r"(for )?(over |more than |about )?\d+ ?(min|mins|minutes)|still (jerking|fitting|seizing|convulsing|shaking all over)|(having|had|has|is having) a fit|(having|is having) one of (his|her|their|my) fits|fit (now|right now)|"
               r"(had|having|has) (some kind of|a sort of|a kind of|like a|another) (fit|seizure)|"
               r"epileptic fit|(shaking|jerking|convulsing|thrashing) (\w+ ){0,2}all over|whole body (is |was |started |kept )?(shaking|jerking)|"
               r"eyes rolled|went stiff (\w+ ){0,8}(jerk\w*|shak\w*)|bit (his|her|my|their) tongue|(jerking|shaking|fitting) (\w+ ){0,4}on the (floor|"
               r"ground)|on the (floor|ground) (\w+ ){0,4}(jerking|shaking|fitting)",
    "rash_nonfading": r"(pressed|press|pressing|rolled|roll) a glass|(rash|spots|marks|blotches|dots) (\w+ ){0,12}(dont|doesnt|wont|didnt|do not|does not|"
                      r"will not) (fade|go away|disappear|blanch)|glass test|"
                      r"rash (under|with) (a|the) glass|purple (spots|rash)|non blanching|blotchy purple",
    "headache": r"headache|migraines?|head (is )?(pounding|splitting|killing)",
    "stiff_neck": r"stiff neck|neck (is |feels )?(stiff|rigid)|cant (bend|touch|put) (his|her|my) (chin|neck)|"
                  r"light (\w+ ){0,2}(hurts|is hurting|hurting)|hates the light|(sensitive|sensitivity) to light|photophobia",
    "fever": r"(?<!hay\s)fever\w*|temperature|temp of|high temp|a temp\b(?! (job|work|agency))|feverish|burning up|shiver\w*|shaking with cold|rigou?rs|"
             r"chills|shaking uncontrollably|uncontrollable shaking|teeth (are )?chattering|burning hot|red hot|boiling hot|very hot|really hot|so hot|\b3[89](\.\d)? ?(c|degrees)|(temp\w*|thermometer|fever|reading|says|of) (\w+ ){0,3}"
             r"(3[89]|4[0-2])([.,]\d)?\b|\b(3[89]|4[0-2])[.,]\d\b|feels? (very )?hot|hot to (the )?touch|\b(10[1-5])(\.\d)? ?(f|degrees)|(temp\w*|fever|thermometer|reading|of) (\w+ ){0,3}(100\.[4-9]|10[1-5](\.\d)?)\b",
    "mottled": r"dusky|going dark|turning (black|dark)|mottled|blotchy(?! rash)|skin (looks |is )?(grey|gray|blue|pale|purple)|very unwell|extremely unwell|"
               r"feel(s|ing)? like (im|hes|shes|i am|i) (going to|gonna|might|could|will) die|im dying|i am dying|"
               r"(blood pressure|bp) (\w+ ){0,5}([4-8]\d ?/? ?\d\d|very low|really low|dropped)|worst (i|she|he) has ever felt",
    "swelling_airway": r"(lips?|tongue|throats?|mouth) (\w+ ){0,3}(swell\w*|swollen|puff\w*|closing|tight)|lips? (feel|feels|look|looks|are|gone) (\w+ )?(fat|huge|massive)|"
                       r"(lips?|tongue|mouth) (is|are|went|gone|look|looks|become|became) (very |so |really )?big|"
                       r"(swell\w*|swollen|puffy) (\w+ ){0,2}(lips?|tongue|throat|mouth)|throat (is )?closing",
    # A swollen face alone is an allergy only with a trigger or breathing trouble (pre-eclampsia too).
    "face_swelling": r"(face|eyes?|eyelids?) (\w+ ){0,4}(swell\w*|swollen|puff\w*)|(swell\w*|swollen|puffy) (\w+ ){0,2}"
                     r"(face|eyes)",
    "pregnant": r"^(\w+ )?\d\d ?(weeks|wks)\b(?! old| ago)|pregnan\w*|\d+ ?(weeks|wks) along|(wife|partner|girlfriend|she|shes|she is|im|i am) (is )?\d+ ?(weeks|wks)\b(?! old)|\d+ ?(weeks|wks|wk) (pregnant|gone)|expecting|my bump|third trimester|postpartum|"
                r"had (my|the|a|her|our) baby|gave birth|([1-3]\d|4[0-2]) and [0-6]\b(?= (weeks|wks|pregnant|today|since))|^([1-3]\d|4[0-2]) and [0-6]\b(?! (years?|months?|yrs?|kids|children)\b)|just given birth|(days?|weeks?|since|after) (\w+ )?(birth(?! control| defects?| marks?| weight| certificate| plan| partner)|delivery|giving birth|the baby was born|my c ?section)",
    "vision_change": r"flashing lights|flashes|blurr\w* vision|vision (\w+ ){0,7}blurr\w*|seeing (spots|stars|lights)|"
                     r"spots in front of (my|her) eyes",
    "cardiac_site": r"jaw|left arm|shoulders?|shoulder blades?|between (my|his|her) shoulder",
    "cant_bear_weight": r"cant (put|bear|take) (any |much )?weight|cant (take|manage|do) (more than )?(\w+ ){0,2}steps|(unable|not able) to (put|bear) weight|cant walk on (it|"
                        r"my \w+)|cant stand on (it|my \w+)|(bone|bones) (\w+ ){0,2}(sticking|poking) out|(grimac\w*|winc\w*|cries out|cry out|yelps?|screams?) (\w+ ){0,3}(when|if|as) (\w+ ){0,2}(puts?|putting|bears?|bearing|takes?|taking|stands?|standing) (any )?(weight|on it)|(looks|is) "
                        r"(deformed|bent|the wrong shape)|heard (a|it) (crack|snap|pop)",
    "injury": r"went over on|came off (my|his|her|the) (bike|horse|scooter|motorbike|skateboard)|twist\w*|roll\w* (my|his|her) (ankle|knee)|fell|fall|falling|landed|hit (a|the) (tree|wall|car|pole|post|lamppost|barrier|kerb|rock|rocks)|tackl\w*|sprain\w*|kicked|"
              r"(took|got|had) a (\w+ )?(kick|knock|blow|whack|hit)|"
              r"crash\w*|tripped|slipped|injur\w*|hit by",
    # Spans that cancel another finding where they stand: a collapsed arch or bridge is no one
    # fainting, a seizure of goods is no fit, food poisoning is no overdose.
    "object_collapse": r"(arch|arches|foot|feet|bridge|footbridge|tent|roof|ceiling|souffle|cake|market|stock|economy|"
                       r"government|house|building|wall|shelf|chair|table|bed|lung|vein|veins|company|business|deal|"
                       r"talks|team|scaffolding)( \w+){0,4} collaps\w*|collaps\w* (on|onto|into|in) (the |my |a |his |"
                       r"her )?(sofa|bed|couch|chair|heap)|collaps\w* (arch|arches|foot|feet|lung|of (the|my|our) "
                       r"(business|company|market|deal))",
    "figurative_od": r"overdos\w* on (netflix|tv|telly|box sets?|tiktok|youtube|social media|sun|christmas|love|work|"
                     r"sugar|chocolate|carbs|cake|shopping)",
    "near_faint": r"(nearly|almost|close to) (blacked out|black out|fainted|faint|passed out|pass out|collapsed)|"
                  r"(felt|feel|feeling) like (i|he|she) (was|were|am|is) (gonna|going to|about to) (collaps\w*|faint|pass out)|"
                  r"(feel|feels|felt|feeling) (\w+ )?faint (when|if|on|as) (i |he |she )?(stand|get up|standing|getting up)|"
                  r"(drops off|dropped off|asleep|sleep|dozes off|dozed off|nodded off)( \w+){0,8} out cold|out like a light",
    "figurative_heart": r"(jok\w*|joke|laugh\w*|kidding) (\w+ ){0,4}(having|had|have) a (heart attack|stroke)|(gave|give|giving|gives|nearly|almost|going to|gonna) (me|him|her|us|them|you|my \w+|had)? ?a "
                        r"heart attack|heart attack (lol|haha|ha|inducing|risk|food|on a plate|waiting)|(nearly|almost|gonna|going to) "
                        r"(have |had |give (me|him|her) )?a stroke",
    # "My boss is gonna kill me if I'm late": someone else's anger, not a wish to die.
    # An animal (or a person) bit someone: the bite needs cleaning, antibiotics, perhaps rabies care.
    "animal_bite": r"(dogs?|cats?|fox|horse) (\w+ ){0,3}(got|bit|bite|bites|nipped|caught) (me|him|her|them) (\w+ ){0,10}(punctur\w*|"
                   r"broke|skin broken|through (\w+ ){0,3}skin|drew blood|bled|bleeding)|(teeth|fangs) (\w+ ){0,2}(broke|broken|punctured|pierced|went through) (the )?skin|(bit|bitten|bite) (\w+ ){0,14}(punctur\w*|broke the skin|broken the skin|drew blood|teeth marks)|(dogs?|cats?|fox|bats?|monkeys?|rats?|raccoons?) (\w+ ){0,10}scratch\w* (\w+ ){0,6}(drew|drawing|broke|"
                   r"breaking|bleed\w*|blood)|(dogs?|cats?|fox|bats?|monkeys?|rats?|horses?|animals?|ferrets?) (\w+ ){0,2}(bit|bitten|has bitten|"
                   r"nipped) ((me|him|her|us|them)\b|(my|his|her|our|a|the) (\w+ ){0,2}(son|daughter|child|kid|boy|girl|baby|"
                   r"toddler|husband|wife|mum|dad|hand|arm|leg|ankle|foot|face|fingers?|calf|thigh|wrist|nose|cheek|lip|"
                   r"year old|yo)\b)|bitten ((on|in) (\w+ ){1,3})?by (a|an|the|our|my|their|his|her|"
                   r"next doors?|neighbours?|the neighbours?) (\w+ ){0,2}(dogs?|cats?|fox|bats?|animals?|rats?|monkeys?|horses?)",
    # Trapped under a weight: muscle crushed for long can poison the kidneys and heart once freed.
    "crush": r"(trapped|pinned|crushed|stuck) (\w+ ){0,3}(under|beneath|by|for (over |more than )?(an?|\d+|two|three|several) "
             r"(hours?|hrs?))|(was|were|got|been) (trapped|pinned)|(was|were|been|lay|lying|stuck) (\w+ ){0,2}under (a |the )?(heavy )?"
             r"(machine|machinery|car|van|lorry|truck|rubble|tree|pallet|wall|beam|load|forklift|tractor)|crush(ed|ing)? (\w+ ){0,2}(legs?|arms?|limbs?|injur\w*)",
    # The front of the foot that will not lift: it slaps down, drags or catches.
    "foot_drop": r"(foot|feet) (\w+ ){0,4}(slaps?|slapping|flops?|flopping|drags?|dragging)|(front of (my |his |her |the )?"
                 r"(foot|feet|it)|toes) (\w+ ){0,3}(wont|doesnt|cant|dont|will not|does not) (lift|come up|go up|raise)|"
                 r"catch\w* (my|his|her|their) (toes?|foot) (on|against)|(toes?|foot|feet) (\w+ ){0,2}(catch\w*|scuff\w*|snag\w*) (on|against)|drag\w* (my|his|her|their) (foot|leg)|"
                 r"trip\w* (over|on) nothing|(keep|keeps|kept|always) tripping",
    # A heart that races, flutters or skips: with fainting, breathlessness or chest pain, an emergency.
    "palpitations": r"palpitation\w*|flutter\w* in (my|his|her|the) chest|chest flutter\w*|heart (\w+ ){0,4}(flutter\w*|racing|races?|raced|pounding|skipp\w*|missing beats|"
                    r"(feels? |going |beating )(really |so |very )?(fast|quick)(?! (asleep|enough))|"
                    r"jumping|irregular|beating (fast|funny|irregular\w*|all over))|(flutter\w*|racing|pounding) heart",
    # The worst headache ever, sudden as a blow: bleeding around the brain until shown otherwise.
    "thunderclap": r"worst headache|headache (\w+ ){0,10}(worst (pain )?(ever|of my life|i have ever|ive ever)|like (being )?(hit|struck|"
                   r"kicked|whacked|punched|smacked)|like a thunderclap|exploded)|from nothing to (this|agony) in seconds|(sudden|suddenly) (\w+ ){0,3}(excruciating|agonising|"
                   r"agonizing|blinding|explosive) headache|like (being )?(hit|struck) (on|in|round) the (back of the )?head|"
                   # "hit like being punched at the back of my head, full strength within seconds"
                   r"like (being )?(punched|hit|struck|kicked|whacked|smacked) (at|in|on|round) the (back of (my |the )?)?head|"
                   r"full (strength|blast|force|intensity|pain) (with)?in (a few |a couple of )?(seconds|a second|moments)|"
                   r"(head|headache|migraine)\w* (\w+ ){0,14}worst pain (ever|of my life|ive ever (had|felt)|i have ever (had|felt))",
    # Seeing or hearing what is not there.
    "hallucinating": r"hallucinat\w*|(seeing|sees|saw) (bugs|insects|spiders|snakes|rats|mice) (on|in|crawling|everywhere)|(seeing|hearing|sees|hears|saw|heard) (\w+ ){0,5}(that (arent|isnt|wasnt|werent|"
                     r"are not|is not|was not|were not) "
                     r"(there|real)|(things|people|voices|bugs|insects|spiders) (that |who )?(arent|isnt|not) (there|real))",
    # Cancer treatment that lowers the body's defences: a fever is an emergency.
    "chemo": r"chemo\w*|immunotherapy for|on treatment for (cancer|leukaemia|leukemia|lymphoma|myeloma)|neutropeni\w*|"
             r"nivolumab|pembrolizumab|ipilimumab|atezolizumab|durvalumab|avelumab|cemiplimab|opdivo|keytruda|"
             r"low white (blood )?(cell|count)",
    # A child who falls more than others or climbs up his own legs to stand.
    "gowers": r"struggl\w* (to get|getting|to stand|standing) up (off|from) the floor|(push|pushes|pushing|climb\w*|walks?) "
              r"(\w+ ){0,2}(hands|arms)? ?(up|on) (his|her|their) (own )?(legs|thighs|knees) to (get|stand) up|"
              r"(falls|falling|fall) (over )?(a lot|much) more than (his|her|their|other)|"
              r"(calves|calf muscles) (look|are|seem|looks|seems) (\w+ ){0,2}(big|bulky|large|huge|enlarged|chunky)",
    "missed_dialysis": r"(missed|skipped) ((my|his|her|a|the|their|last) )?(\w+ )?dialysis|(skipped|no) (\w+ )?dialysis (session|"
                       r"yesterday|today)|dialysis (\w+ ){0,3}(was |got )?(cancelled|missed|skipped)",
    "figurative_choke": r"chok\w* (under|with) (the )?pressure|chok\w* (in|at) (the )?(penalties|final|big games?|exams?|"
                        r"interviews?|matches)|chok\w* on (all )?(the )?(dust|fumes) from",
    "figurative_kill": r"(boss|manager|mum|mom|mam|mother|dad|father|wife|husband|partner|girlfriend|boyfriend|"
                       r"teacher|coach|sister|brother|parents|family|nan|gran|he|she|they|pt|trainer|physio|instructor) "
                       r"(is |s |are |will |would )?(gonna|going to|will|ll|about to)? ?(literally |actually |totally )?kill me|"
                       r"(gonna|going to|about to) (literally |actually |totally )?kill me (lol|haha|if)\b",
    # Breathless climbing stairs or hills: a sign to see a doctor about, not an emergency.
    "breath_on_exertion": r"(breathless|out of breath|puffed|winded|short of breath) (\w+ ){0,2}(on|climbing|going up|walking "
                          r"up) (the )?(stairs|hills?|steps)|(a bit |bit |slightly |a little |abit )?more (breathless|out of "
                          r"breath|short of breath) than (usual|normal|before)|(breathless|out of breath) on (easy|short|"
                          r"gentle|slow) (runs|walks|jogs|rides)",
    "exertion_gasp": r"(sprint\w*|hills?|running|race|workout|training|climb\w*) (\w+ ){0,10}(cant|couldnt|could not) "
                     r"(catch my )?breathe? (\w+ ){0,12}(got|get|getting) my breath back",
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
    "scald": r"scald\w*|(pulled|knocked|spilt|spilled|tipped|poured) (\w+ ){0,4}(tea|coffee|kettle|pan|boiling water|hot water|"
             r"soup|hot oil) (\w+ ){0,3}(over|on|onto)|burn\w* (\w+ ){0,6}(covers|covering|all over|whole)|"
             # a contact burn where feeling is poor: nobody noticed until it blistered
             r"(hot water bottle|heat(ing)? pad|heat pack|electric blanket|wheat bag) (\w+ ){0,6}(left|against|burn\w*|"
             r"too hot|blister\w*)",
    "blister": r"blister\w*",
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
               r"(thinner|smaller|flatter) than)|"
               r"(wast\w*|shrink\w*|shrunk|atroph\w*) (\w+ ){0,3}(muscles?|thumb|hand|calf|thigh|arm|shoulder)|"
               r"(thinner|smaller|flatter|hollow\w*) than (the|my|his|her) other",
    # Fine hand work getting hard: buttons, jars, keys, writing.
    "dexterity": r"(struggl\w*|trouble|difficult\w*|hard|fumbl\w*) (\w+ ){0,2}(with |to do up |doing up )?(my |his |her )?"
                 r"(buttons|zips|jars|keys|shoelaces|laces)|cant (do up|fasten|undo) (my |his |her )?(buttons|zips|laces)|"
                 r"(keeps?|kept|keeping|started|been|always) dropping (things|stuff|cups?|mugs?|glasses|plates|keys|pens?|"
                 r"my \w+|his \w+|her \w+)",
    # What frequent cramps are doing to a life: work, sleep, dread.
    "impact": r"(hard|harder|difficult|impossible) to (do|work|walk|sleep|get through)|(cant|cannot) concentrate|affect\w* (my|his|her) "
              r"(work|job|sleep|life)|(ruin|wreck|disrupt)\w*|interfer\w*|dread\w*|stop\w* me (from )?\w+ing|"
              r"cant (do|finish) (my|his|her) (job|work|shift)",
    "legal_seizure": r"seizures? of|(customs|police|drug|border) seizures?",
    "parkinson_sign": r"(handwritings?|my writings?|his writings?|her writings?) (\w+ ){0,3}(got|gotten|become|becoming|getting) "
                      r"(\w+ )?(smaller|tiny|cramped)|(shak\w*|trembl\w*|tremor) (\w+ ){0,10}(at rest|"
                      r"sitting still|when resting|resting)|(shuffl\w*|slower) (\w+ ){0,2}(walk\w*|steps)|"
                      r"(he|she|i|dad|mum) (now )?shuffles",
    "restless": r"(legs?|feet) (\w+ ){0,3}(restless|fidgety|jittery)|urge to move|\brls\b|creepy ?crawly|crawly|fizzy|crawling (feeling|sensation)|restless legs?|fidgety legs|"
                r"(have|need|urge) to keep moving",
    "hearing_loss": r"hearing (\w+ ){0,2}(gone|went|lost|disappeared)|lost (the |his |her |my |all )?hearing|(almost|completely|suddenly) deaf|(cant|cannot|can barely|can hardly|can only just) hear (anything |much )?(properly |well )?(out of|in|from|with|on) (my|his|her) (left |right )?ear|"
                    r"(ear|hearing) (\w+ ){0,3}(went|gone|going|turned|suddenly|is|feels) (all |basically |completely |just |totally )?(muffled|deaf|dull)|deaf in (one|my|his|her) (left |right )?ear|sudden (hearing "
                    r"loss|deafness)|(lost|losing) (the |my |his |her )?hearing in (one|my|his|her)",
    "lump": r"lump|bump|mass|swelling",
    "growing": r"(got|getting|grown|growing|become|becoming) (\w+ )?(bigger|larger)|(its|it has|has|have) grown\b|"
               r"(now|grown to) (about |roughly )?(the )?size of a (golf ?ball|tennis ball|egg|plum|walnut|lemon)|now (more )?like (a|an) (\w+ )?(golf ?ball|tennis ball|egg|plum|walnut|lemon|orange|grape|satsuma|ping pong ball)|"
               r"grow(ing|n)? (\w+ )?(fast|quickly|slowly)|(still|keeps?|keeps on|is|its) growing|"
               r"\b(definitely|much|a lot|noticeably|clearly|a bit) bigger\b|"
               # measured twice: "it measured 2cm then, today its 3.5cm"
               r"\d+(\.\d+)? ?(cm|mm) (then|at first|before|back then|to start)\b(\W+\w+){0,3}\W+(now|today) (\w+ ){0,2}\d+(\.\d+)? ?(cm|mm)\b|"
               # "pea-sized then and now more like a grape", "bigger than a golf ball now"
               r"(pea|marble|peanut|grape)[ -]?(sized|size)? (\w+ ){0,3}(then|at first|to start|when i (first )?(noticed|found))|"
               r"bigger than (a|an) (\w+ )?(golf ?ball|tennis ball|egg|plum|walnut|lemon|grape|marble|pea) now|"
               r"(its|it is|got|getting) (a bit |slightly )?(bigger|larger) now",
    "new_onset": r"never had (this|these|them|it|that) before|new (to|for) me|(started|began) (only )?recently|out of the blue",
    "neck_surgery": r"thyroid\w*|parathyroid\w*|neck (surgery|operation|op)",
    "diabetes": r"diabet\w*|type (1|one)|type1|t1d?m?\b|blood sugar|sugar (meter|level|levels|reading)|insulin|glucose|gliclazide|glimepiride|"
                r"glipizide|glibenclamide|metformin",
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
    "claudication_walk": r"(calf|calves|leg|legs|thigh|thighs|buttock|buttocks) (pain|ache\w*|cramp\w*|hurt\w*) (\w+ ){0,2}after (\w+ ){0,3}(yards|metres|meters|minutes|mins|steps|blocks) (of )?walk\w*|(comes on|starts|kicks in|happens) (\w+ ){0,2}(every time|whenever|each time|as soon as) (i |he |she )?walk\w*|(calf|calves|leg|legs|thigh|thighs|buttock|buttocks) (pain|ache\w*|cramp\w*|hurt\w*) (\w+ ){0,2}(when |while |on )?walk\w*|(walk\w*|walk to) (\w+ ){0,8}(before|until|till) (\w+ ){0,3}(calf|calves|leg|legs|thigh|thighs) (\w+ ){0,2}(seiz\w*|locks? up|tighten\w*|cramp\w*|ache\w*|hurt\w*)|(cramp\w*|ache\w*|pain|hurt\w*) (\w+ ){0,5}(calf|calves|leg|legs|thigh|thighs|buttock|buttocks) (\w+ ){0,4}(every time|whenever|when|after|if) (i |ive |i have |he |hes |she |shes )?walk\w*|(walks?|walking|hill|uphill) (\w+ ){0,8}(calf|calves|leg|legs|thigh|thighs|buttock|buttocks) (\w+ ){0,3}(cramp\w*|ache\w*|hurt\w*|pain)|(after|when) (i |he |she )?walk\w* (\w+ ){0,6}(ache|aching|pain|hurt\w*|cramp\w*) (\w+ ){0,4}"
                         r"(calf|calves|leg|legs|thigh|buttock)s?|(after|when) (i |ive |i have |he |she )?(walk\w*|about \d+|\d+) (\w+ ){0,8}(calf|calves|leg|legs|thigh|buttock)s? (\w+ ){0,4}"
                         r"(ache|aches|aching|achy|pain|hurt\w*|cramp\w*|tight\w*)|(calf|calves|leg|thigh)s? (\w+ ){0,4}(ache|aches|aching|pain|hurt\w*|"
                         r"cramp\w*) (\w+ ){0,4}(when|whenever|after|every time) (i |ive |i have |he |she )?walk\w*|(ache|aching|pain|hurt\w*|cramp\w*) (\w+ ){0,5}"
                         r"(calf|calves|leg|legs|thigh|buttock)s? (\w+ ){0,3}(when|after|while) (i )?(walk\w*|about \d+)",
    "claudication_rest": r"(standing still|stand still|rest\w*|stop\w*) (\w+ ){0,4}(he|she|i|they) (can )?(carry on|keep going|walk on|walk again|go again)|(goes|wears|eases|ease|easing) (off|away) (\w+ ){0,4}(stops?|rests?|stand still|standing still|sits? down)|"
                         r"(goes|eases|stops|settles) (\w+ ){0,5}(when|if|once|as soon as|after) (i |he |she )?(stop|rest|sit|stand)|"
                         r"(stop|rest|stand still|standing still|sit down) (\w+ ){0,8}(goes|eases|better|go away|fades|"
                         r"settles|can walk again)|(goes|eases|settles|fades|better) (\w+ ){0,6}(rest|resting|stopping|"
                         r"standing still|sitting down)",
    "anticoagulant": r"warfarin|blood thinners?|anticoagulant\w*|apixaban|rivaroxaban|edoxaban|dabigatran|clopidogrel",
    "cast": r"cast|plaster|splint|brace|bandaged",
    "severe_pain": r"(pain|it) (\w+ ){0,4}(way |much |far )?worse than (when|before)|painkillers? (\w+ ){0,3}(do nothing|"
                   r"not working|dont (help|touch|work))|(makes|make) (me|him|her) scream|unbearable|excruciating",
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
                  r"(pee|wee|urine|piss) (\w+ ){0,6}colou?r of (\w+ )?(cola|coke|tea|coffee|rust|port|marmite)",
    "muscle_pain": r"muscles? (\w+ ){0,2}(pain|ache|aching|agony|sore|hurt\w*|tender|killing|swollen)|"
                   r"(sore|aching|achy|agonising|painful) muscles|muscle pain|(thighs|legs|arms|calves|quads) "
                   r"(\w+ ){0,2}(agony|killing|so sore|swollen|rock hard|hurt)",
    "exertion": r"marathon|ultra|triathlon|workout|crossfit|gym|spin class|spinning|training|exercis\w*|"
                r"squats|bootcamp|boot camp|military|heat|heatwave|sauna|crush\w*|trapped|pinned|statins?|"
                r"atorvastatin|simvastatin|rosuvastatin|lay on the floor|lying on the floor|hours on the floor|"
                r"fell and|hike|hiking|race|run|ran|cycling|session|reps|pushups|press ups",
    "bladder_bowel": r"(cant|couldnt|unable to|trouble|difficulty|struggling to|not able to) (\w+ )?"
                     r"(pee|wee|urinate|pass urine|go to the toilet|empty (my|his|her) bladder)|"
                     r"(wet|wetting|peed|weed|soiled) (myself|himself|herself|the bed)|incontinen\w*|"
                     r"(lost|losing|no) control (of|over) (my|his|her|the)? ?(bladder|bowels?|pee|wee)|"
                     r"(bladder|bowels?) (\w+ ){0,2}(not working|stopped|wont work|leak\w*)|"
                     r"cant (feel|tell) (when )?(i|he|she) (need|needs) to (pee|wee|go)|leaking urine|"
                     r"(not sure|cant tell|dont know|cant feel|no idea) when (i|he|she) (need|needs) (a|to) (wee|pee|poo|go)",
    "no_urine": r"(hasnt|has not|not) had a wet (nappy|diaper)|wet (nappies|diapers) (\w+ ){0,3}(only|just) (\d|one|two|three)\b|dry nappies|fewer wet (nappies|diapers)|(almost|barely|hardly) (dont|doesnt|do not|does not|didnt) (pee|wee|urinate)|(weeing|peeing|urinating|passing urine|"
                r"wee|pee) (\w+ ){0,3}(less|fewer times) than (usual|normal)|(much|a lot) less (wee|pee|urine)\b|(hardly|barely) any (of it|pee|wee|urine)|(hardly|barely) passing (any|much)|(hardly|barely) been (\w+ ){0,2}(all day|today|since)|(barely|hardly) (going|peeing|weeing)\b|no (pee|wee|urine|wet nappy|wet nappies|wet diapers?)\b|(not|havent|hasnt|hadnt|barely|hardly) (?!(dark|brown|red|cola|blood|severe|painful|sore|bad)\b)(\w+ ){0,2}(peed|weed|pee|wee|urinated|wet nappy|"
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
    "not_sweating": r"(stopped|not|isnt|no longer|wasnt) sweating|hot (and )?dry skin|hot and dry to the touch|skin (is )?(hot|burning) "
                    r"(and )?dry|dry hot skin",
    "bleeding": r"bleed\w*|blood(?! (pressure|sugars?|tests?|glucose|levels?|count|work|drawn|draw|taken|type|group|donation|thinners?)\b)",
    "heavy_bleeding": r"still bleeding (a lot|heavily|loads|badly) (after|despite|even)|blood (\w+ ){0,3}(spray\w*|spurt\w*|pump\w*)|(bleeding|blood) (\w+ ){0,5}not stopping|(wont|doesnt|will not|cant get it to|not) stop(ped)? bleeding|(keeps|just keeps|still) bleeding through|bleeding (\w+ ){0,3}(wont|doesnt|will "
                      r"not|isnt|not|cant) (stop|stopping)|spurting|spurts|pouring|gushing|soaked (through )?\w* ?(towels?|bandages?)|"
                      r"(soak\w*|pouring|pumping|gushing|spurting) (\w+ ){0,3}(towel|towels|bandage|cloth|tea towel|clothes|through)|"
                      r"blood (is |keeps )?(pumping|pouring|gushing|spurting|everywhere)|pool of blood|lots of blood|so much blood|blood everywhere|bleeding heavily|heavy bleeding",
    "head_blow": r"(fell|landed|fallen|dropped) (\w+ ){0,5}(onto|on) (his|her|my|their|the|its) head|(hit|banged|bumped|smacked|knocked|cracked|whacked|smashed|walloped|bashed) (\w+ ){0,4}(fore)?head|"
                 r"(knock|blow|bang|kick|hit|bump|knee|elbow|punch|boot|ball|bat|stick|racket|head butt|headbutt) (to|on|in) (the|his|her|my) head|head (injury|injuries|knock|bump)|"
                 r"fell (\w+ ){0,3}(head|face) first|concussion|(egg|lump|bump|goose egg|gash) (\w+ ){0,2}(on|over) (his|her|my|their|the) "
                 r"(back of (his|her|my|their|the) )?(forehead|head|temple|eyebrow)",
    "wound": r"wound|ulcer|ingrown (toe)?nail|scar|incision|stitches|surgical site|stab(bed|bing|s)?\b|pitchfork|spike|impaled|(a|the) sore (on|under|between|at)|blister|(a|the|my|his|her|deep|nasty|bad|big|long|small|this) cut\b|cut (my|his|her|myself|himself|"
             r"herself|open|on|from|by|it on)\b|gash\w*|puncture\w*|nail|rusty|bite|bitten|"
             r"bit (me|him|her|my|his|their|our|them)|scratched (me|my|him|her|his)|(the|a|deep|nasty|cat|dog) scratch\b|splinter|thorn|barbed wire|(stepped|trod|stood|knelt) on (a|an|some|the|broken|rusty) (\w+ )?(nail|glass|pin|needle|tack|sharp\w*|shell|rake|screw|spike|urchin|wire|tin|can)|"
             r"graz\w*|scrap(e|ed|es|ing)|laceration|garden fork|glass in|broke the skin",
    "no_jab": r"(no|not had a?|never had a?|havent had a?|no idea when (i|he|she) (last )?had a?|cant remember (my|his|her|the) last|cant remember when (i|he|she) last had (a |my |his |her )?|not sure (my|his|her|"
              r"if|when)|not sure (i|ive|he|hes|she|shes|they) (ever )?(had|have|has|got)|cant remember (ever )?(having|getting|having had)|no idea (when|if)|(dont|doesnt) know (when|if)|unsure (when|if)|cant recall|not up to date|out of date|years since (my|his|her|the|a)) ?(\w+ ){0,5}"
              r"(tetanus|jabs?|shots?|booster|vaccin\w*|immunis\w*|immuniz\w*)|(dont|doesnt|do not|does not|didnt) think (i|ive|he|hes|she|shes|they|theyve) (\w+ ){0,2}(had|have|has|got|been given) (\w+ ){0,3}(tetanus|jab|shot|booster)|(tetanus|jab|shot|booster) (\w+ ){0,2}since (school|childhood|i was a (kid|child|teenager)|(he|she) was a (kid|child|boy|girl))|(last|only) (tetanus )?(jab|shot|booster|"
              r"injection) (\w+ ){0,4}(remember|recall)|(last|only) (tetanus )?(jab|shot|booster|injection) (was|i had) "
              r"(\w+ ){0,4}(school|years ago|as a (kid|child|teenager)|in the (\d0s|seventies|eighties|nineties))",
    "jaw_stiff": r"lockjaw|lock jaw|jaw( muscles?)? (\w+ ){0,3}(stiff\w*|lock\w*|tight\w*|clench\w*|"
                 r"spasm\w*|stuck|seized|wont open)|neck( muscles?)? (\w+ ){0,3}(spasm\w*|lock\w*|seized)|(cant|can barely|can hardly|struggl\w* to) open (my|his|her) mouth",
    "spasm": r"spasm\w*|stiff\w*|twitch\w*|jerk\w*|cramp\w*|rigid|tight\w*",
    # redness a nurse drew round that has "gone well past the pen line"
    "past_pen_line": r"(gone|spread\w*|crept|creeping|grown|going|got|moved) (\w+ ){0,2}(past|beyond|outside|over) "
                     r"(the|that|my|her|his|its) (pen |marker |biro )?(line|lines|mark|marks|outline|circle|border)",
    # many medicines taken as prescribed: "I take 11 different tablets a day", "take a lot of tablets"
    "habitual_meds": r"(take|takes|taking|am on|is on|on) (\w+ )?(\d+|five|six|seven|eight|nine|ten|eleven|twelve|a lot of|lots "
                     r"of|loads of|so many|many|several) (different|separate|kinds of|types of|sorts of) (tablets|pills|"
                     r"medicines|meds|medications)|(take|takes|taking|am on|on) (a lot of|lots of|loads of|so many|a load "
                     r"of|a pile of) (tablets|pills|medicines|meds|medications)(?! (at once|in one go|together|at the same))",
    "infection_spread": r"red (line|streak|streaks|lines)|red (area|patch|skin|mark|bit)( \w+){0,3} (is |has )?"
                        r"(spread\w*|getting bigger|growing)|streak\w* (up|going up|spreading)|redness (is )?"
                        r"(spread\w*|getting bigger|growing|tracking)|spreading redness|pus|oozing|weeping|"
                        r"hot and swollen|angry red|redness (\w+ ){0,3}(crept|creeping|creeps|grown|growing|bigger|further)|smell\w*|stink\w*|whiff",
    "child": r"\d+ ?(yo|y o)\b|(child|boy|girl|son|daughter|kid) (\d+|one|two|three|four|five|six|seven|eight|nine|ten) (years?|yrs?)\b|(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(year|yr)s? olds?|"
             r"(my|our) (son|daughter|kid|child|toddler|little one|boy|girl)\b|grandson|granddaughter|grandchild|"
             r"(son|daughter|boy|girl|toddler|kid|child) (aged|age) \d",
    "fever_days": r"(\d+|three|four|five|six|seven|several) days|over a week|a week now|(its |now |on )day ([5-9]|1\d|five|six|seven|eight)\b",
    "uti": r"burning (pee|wee|urine)|(cries|crying|screams|screaming) when (he|she|they) (does a |do a |has a )?(wee|pee)|"
           r"(wee|pee|urine) (\w+ ){0,2}smells? (really |very )?(strong|bad|funny|foul|horrible|fishy)|(pee|wee) (burns|stings)|cystitis|uti|urine infections?|water infections?|bladder infection|kidney infection|(sting\w*|hurts?|pain|"
           r"burn\w*) (\w+ )?(when|while) (i |he |she )?(wees|wee|pees|pee|urinates|urinate)|(hurts|stings|burns) to (wee|pee)|burn\w* (when|while) "
           r"(i |he |she )?(pee|wee)|(wee|weeing|pee|peeing|urinat\w*) (\w+ ){0,3}(with|and) (\w+ )?(burning|stinging|pain)|"
           r"(burn\w*|sting\w*|pain) (\w+ ){0,2}(when|while) (i |he |she )?(make|do|pass|have) (a )?(pee|wee|urine|water)",
    "testicle": r"testicles?|testes|scrotum|(my|his|the|their|left|right|one|sore|swollen|painful|in (my|his)) (balls?|nuts)\b(?! of)",
    "arch_drop": r"arch (\w+ ){0,8}(dropped|dropping|fallen|falling|collapsed|collapsing|flatter|flattening|lower|sunk|"
                 r"sinking|sagg\w*|gone down|flattened)|"
                 r"(foot|feet) (\w+ ){0,4}(flatter|flattening|flattened) than|(got|getting|become|becoming) (\w+ )?flatter",
    "one_foot": r"(one|left|right) (foot|ankle|arch)|(left|right) (one )?is fine|other foot is fine",
    "leg_shaking": r"(legs?|knees?) (\w+ ){0,4}(shake|shakes|shaking|tremble|trembling|wobbl\w*|unsteady|quiver\w*)|tremor",
    "progressive": r"(getting|becoming|got) (\w+ )?(more noticeable|worse|more frequent|more often)|"
                   r"(over|in) the (last|past) (\w+ ){0,2}(year|years|months)|each (month|year)",
    "baby": r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven) (week|weeks|wk|wks|month|months) old|"
            r"(hes|shes|he is|she is|theyre|baby is) (only |just )?([1-9]|1[01]|one|two|three|four|five|six|seven|eight|"
            r"nine|ten|eleven) (weeks?|months?)\b(?! (pregnant|gone|along|ago|later|since))|"
            r"newborn|infant|baby|babies|little one|toddler",
    "child_unwell": r"floppy|wont (feed|drink|wake)|not feeding|not drinking|(not|doesnt|dont|isnt) (want(ing)? to |wanna )?"
                    r"(drink|drinking|feed|feeding)|unusually sleepy|drowsy|lethargic|high pitched cry|"
                    r"rash|(?<!get\s)(?<!keep\s)(?<!stay\s)(?<!getting\s)(?<!keeping\s)fit(?! and)|seizure|blue|mottled",
    "self_harm": r"\b(done with (it all|life|everything|living)|(end|finish|take|ending|finishing|taking) (my|his|her|their) (own )?"
                 r"life (tonight|today|now|this (evening|week|weekend))|(decided|planned|know|worked out) (\w+ ){0,2}how (to )?(\w+ ){0,3}"
                 r"(end|finish|take) (my|his|her|their) (own )?life|(putting|put|setting|set|keeping|kept) (aside|by|away) (all )?(my|his|her|their) (\w+ ){0,2}(tablets|pills|meds|medication|painkillers)|(worked out|planned|planning|knows?|decided) (exactly )?how "
                 r"(he|she|they|i|hed|shed|id) (would|will|is going to|are going to|am going to|gonna|could) (do it|kill|end)|"
                 r"giving (away )?(all )?(his|her|their|my) (stuff|things|belongings|possessions|games|clothes)( away)?|(saving|saved|stockpiling|stockpiled|hoarding|hoarded|"
                 r"collecting) (up )?(my|his|her|their|all) (\w+ ){0,2}(tablets|pills|meds|medication|painkillers)|"
                 r"(decided|made up my mind|know) (\w+ ){0,2}(tonights|tonight is|todays|today is) the (night|day)|(got|has|have|laid|lined) (them|those|the \w+|his \w+|her \w+) all (out|lined up|ready)|(saving|saved|stockpiling|stockpiled|hoarding) up (his|her|my|their) [a-z]+|thinking (a lot )?about (dying|death|killing (my|him|her|them)self|ending it)|(better off|be better) without (her|him|me|them)|(belt|rope|cord|cable|scarf|ligature|tie) and a note|a note and a (belt|rope|cord)|noose|ligature|suicide note|(written|wrote|writing) (\w+ ){0,2}(letters|notes|goodbyes?)|(got|get|have|put) (\w+ ){0,2}(tablets|pills|rope|knife) (out|ready|lined up)|before i (do it|go through with it)|(better off|rather be) (\w+ ){0,2}(not waking up|dead|not here|not being here|gone)|better off (if i (wasnt|werent|was not|were not) (around|here|alive)|without me)|how to end it|end it (tonight|today|now|soon)|(?<!do\s)(?<!doing\s)(?<!run\s)(?<!ran\s)(?<!did\s)suicid\w*|kill myself|(?<!to\s)(?<!gonna\s)(?<!gunna\s)(?<!will\s)(?<!would\s)kill me|end (my|it) (life|all)|"
                 r"end(ing)? it( all)?$|end(ing)? it all|end (everything|things)|ending my life|take my (own )?life|"
                 r"(saving|saved|stockpiling|hoarding) up (\w+ ){0,3}(tablets|pills|meds|medication)|(saving|saved|stockpiled|hoarded) up all "
                 r"(my|his|her) [a-z]+|(plan\w*|going|gonna|want|intend\w*) to (take|swallow|down) (them all|the lot|all of them|"
                 r"the whole (lot|box|bottle|pack|packet)|everything (in|from) the (cupboard|cabinet|drawer|house|box)|all (my|the|his|her) (pills|tablets|meds))|tonight is the night|stockpil\w*|taking them all (tonight|"
                 r"today|now)|how many (\w+ ){0,3}(it takes|to die|would kill|to end)|"
                 r"(pills|tablets) (are |all )?(counted|laid|set) out|(written|wrote|writing|left) (\w+ ){0,2}"
                 r"(goodbye|suicide|farewell|last) (note|letter|message)s?|(written|wrote|writing) (\w+ ){0,2}letters to "
                 r"(everyone|my family|my kids|my children)|goodbye (message|letter|note|post|text|video)|"
                 r"(cut|cutting|burn\w*|hurt\w*|scratch\w*|hit|hitting) (\w+ ){0,4}on purpose|end(ing)? (it all|"
                 r"everything|things)|(texted|messaged|said|posted|wrote|sent|saying) (\w+ ){0,4}goodbye|sorry for everything|self[- ]?harm\w*|hurt(ing)? myself|cut(ting)? myself|harm(ing)? myself|"
                 r"(dont|do not|no longer) (want|wanna) (\w+ )?(to )?(live|be alive|be here|wake up|exist)|"
                 r"(no|dont see (the|any|a)|what is the|whats the) (point|reason) (in|to|of)? ?(living|life|live|"
                 r"going on|being alive|anymore|carrying on|keep going|go on|carry on|continue|stay|be here)|"
                 r"(pills|tablets) (\w+ ){0,2}lined up|better off (dead|without me)|want to die|wanna die|"
                 r"(easier|better) if i (just )?(didnt|did not|never|wouldnt|dont) (wake up|exist|be here)|"
                 r"wish i (could )?(just )?(not|never|wouldnt|didnt) wake up|"
                 r"wish i (was|were) dead|not be here anymore|disappear forever|overdose on purpose|"
                 r"(took|swallowed|taken|downed|take) (\w+ ){0,5}(tablets|pills|them|the lot|all of them) (\w+ ){0,2}(on purpose|deliberately)|"
                 r"plan(ning)? to (end|kill)|jump off|goodbye letter|say goodbye to everyone|"
                 # An attempt told of anyone ("my brother tried to hang himself", "she cut her wrists"):
                 # accidental harm ("hurt himself at football") needs the "tried to" to count.
                 r"(tried|trying|tries|try|attempted|attempting|threatened|threatening|threatens|wanted|wants|"
                 r"going|gonna) to (kill|hang|strangle|drown|gas|poison|shoot|stab|suffocate|end|hurt|harm|cut|"
                 r"overdose|od) (him|her|them|my|your|our)sel(f|ves)|(killing|kill|kills|hanging|hanged|hung|"
                 r"strangled|strangling|drowned|gassed|harmed|harming|suffocated) (him|her|them)sel(f|ves)\b|"
                 r"(slit|slashed|cut|cutting|slashing) (his|her|their|my) (own )?wrists|(jumped|jumping|threw (him|her)self|"
                 r"throwing (him|her)self) (off|from|in front of) (a|the) (\w+ ){0,2}(bridge|building|roof|cliff|train|"
                 r"balcony|car park|tower|motorway|lorry|bus))",
}
# Named conditions: an affirmed mention ("I think I'm having a heart attack") is a report.
CONDITIONS: dict[str, str] = {
    "heart_attack_named": r"heart attack|cardiac arrest|angina attack|myocardial infarction",
    "stroke_named": r"(having|had|has|is having|am i having|could (this|it) be|might be|think (its|it is|he|she|"
                    r"i|hes|shes|im) (\w+ )?(having|had)?) ?a (mini[- ])?stroke\b|\btia\b",
    "anaphylaxis_named": r"anaphyla\w*|allergic reaction|used (my|his|her|the|an) (epi ?pen|adrenaline)",
    "sepsis_named": r"sepsis|septic|blood poisoning",
    "meningitis_named": r"meningitis",
    "clot_named": r"blood clot|clot(?! bust)|dvt|deep vein|thrombosis",
    "cauda_named": r"cauda equina",
    "rhabdo_named": r"rhabdo\w*",
    "heat_stroke_named": r"heat ?stroke|sun ?stroke|heat exhaustion",
    "overdose_named": r"overdos\w*|od d|(?<!food\s)poison\w*",
    "toxic_drug": r"\bdnp\b|dinitrophenol",
}

# Typos seen in how people type symptoms: folded into the canonical word before matching.
# One edit away from these words (seven letters or more) counts as the word itself.
KEYWORDS = ("breathing", "breathe", "twitching", "twitches", "swallowed", "seizure", "numbness",
            "swollen", "swelling", "unconscious", "tablets", "paracetamol", "ibuprofen", "collapsed",
            "tingling", "weakness", "urinate", "bleeding", "meningitis", "diarrhoea", "diarrhea",
            "vomiting", "dehydrated", "confused", "drooping", "slurred", "tetanus", "suicidal",
            "breathless", "tightness", "pressure", "sweating", "spreading", "radiating", "shoulder",
            "overdose", "poisoned", "headache", "temperature", "unresponsive", "paralysed", "fainted",
            "crushing", "squeezing", "stiffness", "cramping", "spasming", "throbbing", "painful",
            "anaphylaxis", "allergic", "swallowing", "feverish", "shivering", "bottom", "genitals",
            "bladder", "sciatica", "incontinent", "muscles", "urine", "stomach", "weaker", "getting")
_TYPOS = {"cant": "cant", "brething": "breathing", "breating": "breathing", "breth": "breath",
          "breath": "breath", "twiching": "twitching", "twitchin": "twitching", "twitchng": "twitching",
          "musle": "muscle", "musles": "muscles", "calfs": "calves", "numbe": "numb", "chesst": "chest",
          "ches": "chest", "cheast": "chest", "legg": "leg", "swolen": "swollen", "sweling": "swelling",
          "seizur": "seizure", "siezure": "seizure", "cramps": "cramps", "pils": "pills", "tabs": "tablets",
          "wierd": "weird", "couldnt": "couldnt", "arm": "arm", "tounge": "tongue", "diarea": "diarrhoea",
          "diarrea": "diarrhoea", "diahorrea": "diarrhoea", "diarhea": "diarrhoea", "temprature": "temperature",
          "temperture": "temperature", "u": "you", "ur": "your", "im": "im", "pee": "pee", "bc": "because",
          "pls": "please", "thru": "through", "wiggly": "wiggly", "urin": "urine", "blured": "blurred",
          "paralized": "paralysed", "unconcious": "unconscious", "concious": "conscious",
          # abbreviations of time typed in a hurry ("3 wks now")
          "wks": "weeks", "wk": "week", "mths": "months", "mnths": "months", "mos": "months", "yrs": "years",
          "hrs": "hours", "mins": "minutes"}


@lru_cache(maxsize=1)
def _deletes() -> dict[str, str]:
    """Every keyword with one letter deleted, pointing back to it (SymSpell's trick: two words one
    edit apart share a one-deletion form)."""
    table: dict[str, str] = {}
    for word in KEYWORDS:
        table.setdefault(word, word)
        for i in range(len(word)):
            table.setdefault(word[:i] + word[i + 1:], word)
    return table


def correct_word(word: str) -> str:
    if word in _TYPOS:
        return _TYPOS[word]
    if len(word) < 7:
        return word
    # A real word is no typo of a keyword one letter longer or shorter: "rushing" is no "crushing".
    hit = _deletes().get(word)
    if hit is not None:
        return word if hit != word and _everyday(word) else hit
    if _everyday(word):
        return word
    for i in range(len(word)):
        hit = _deletes().get(word[:i] + word[i + 1:])
        # A letter missed or doubled, not changed: "dropping" must not become "drooping".
        if hit is not None and len(hit) != len(word):
            return hit
    return word


def _everyday(word: str) -> bool:
    return word in english_words()


def correct_typos(text: str) -> str:
    return re.sub(r"[a-z]+", lambda m: correct_word(m.group(0)), text)


def loose(pattern: str) -> str:
    """A pattern whose spaces also step over commas ("won't let go, it's been 20 minutes"); a space
    inside a character class stays a space. Groups capture nothing: only where a finding matched
    is read, and a capturing group in front of an alternative stops the regex engine from skipping
    it on its first letter (three times slower on the longest findings)."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        if ch == "(" and not in_class and pattern[i + 1:i + 2] != "?":
            out.append("(?:")
            i += 1
            continue
        if ch == " " and not in_class:
            optional = pattern[i + 1:i + 2] == "?"
            out.append("(?:[ ,]+)?" if optional else "[ ,]+")
            i += 2 if optional else 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


@lru_cache(maxsize=1)
def compiled() -> dict[str, re.Pattern[str]]:
    table = {**FINDINGS, **GENERAL_FINDINGS, **PREGNANCY_FINDINGS, **PICTURE_FINDINGS, **AFTERCARE_FINDINGS, **LAB_FINDINGS,
             **MEDICINE_FINDINGS, **CONDITIONS}
    return {name: re.compile(rf"\b(?:{loose(pattern)})\b") for name, pattern in table.items()}
