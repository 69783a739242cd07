"""The findings triage recognises: body sites, sensations, signs and time courses in lay, clinical and misspelt words."""

from __future__ import annotations

import re
from functools import lru_cache

from qa.triage_lexicon_aftercare import AFTERCARE_FINDINGS
from qa.triage_lexicon_body import BODY_FINDINGS
from qa.triage_lexicon_crisis import CRISIS_FINDINGS
from qa.triage_lexicon_general import GENERAL_FINDINGS
from qa.triage_lexicon_injury import INJURY_FINDINGS
from qa.triage_lexicon_labs import LAB_FINDINGS
from qa.triage_lexicon_medicines import MEDICINE_FINDINGS
from qa.triage_lexicon_named import CONDITIONS
from qa.triage_lexicon_pictures import PICTURE_FINDINGS
from qa.triage_lexicon_pregnancy import PREGNANCY_FINDINGS

# knocked out for a while ("was out for a minute", ", out for about 30 seconds")
_OUT_FOR = r"out (cold )?for (\w+ ){0,2}(seconds?|minutes?|a minute|a second)\b"

# Each finding is one regex over the normalised question (lower case, apostrophes dropped:
# "can't" is "cant"). Lay words first, then clinical ones; common misspellings are folded into
# the canonical word beforehand by `triage_typos.correct_typos`.
FINDINGS: dict[str, str] = {
    # --- body sites --------------------------------------------------------------------------
    "chest": r"chest(?! (infection|infections|bug|cold|x-?rays?))|breast ?bone|sternum|rib ?cage|heart (hurts|is hurting|pain)",
    # "Back" is a body part only with its owner ("the arch doesn't come back" is not).
    "radiating_site": r"(left |right )?(arm|arms|jaw|neck|shoulder|shoulders|shoulder blades?|teeth)|"
                      r"(my|his|her|the|upper|middle of (my|his|her|the)) back(?! of\b)",
    "leg": r"(left |right )?(leg|legs|calf|calves|calfs|foot|feet|toes?|thigh|thighs|shin|shins|ankle|ankles|"
           r"knee|lower leg|limb|hamstring)",
    "face": r"face|mouth|smile|lip|lips|cheek|one side of (his|her|my|the) (face|mouth)",
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
    "breathless": r"breathless\w*|(couldnt|could not) (get|catch) (my|his|her|their) breath|short(ness)? of breath|(hard|difficult|struggling|trouble) to (\w+ and )?(take|get|draw) (a )?(full |deep |proper |big |good )*breath|(cant|cannot|unable to|struggling to|hard to|"
                  r"trouble|difficulty|problems?|hardly|barely|can hardly|can barely) (\w+ )?(breathe|breathing|"
                  r"get (my|a|his|her) breath|catch (my|a|his|her) breath)|"
                  # "sudden cant catch breath sore calf after long flight" (set EO); not laughing or after a sprint
                  r"sudden\w* (\w+ )?(cant|cannot|couldnt) catch breath|gasp\w*|wheez\w*|out of breath|"
                  r"breathing (is |has )?(getting|got|gotten|becoming|become) (\w+ )?(harder|more difficult|difficult|worse|laboured)|not breathing|stopped breathing|choking|choked|blue lips|lips (\w+ ){0,3}(blue\w*|bluish|grey\w*|gray\w*|purple)|"
                  r"(cant|unable to|struggling to|cannot) (get|say|finish|speak|talk) (\w+ ){0,5}(full )?sentences?|"
                  r"(cant|unable to|struggling to) (take|get|draw) (a |my )?(\w+ ){0,2}breath|"
                  # in a second language: "i cannot take the air, breathing short short" (set EK)
                  # (not the air fryer, the air in a tyre or the air pressure on a plane: found in review)
                  r"(cant|cannot|couldnt|could not|unable to) (take|get|catch) (the |enough |any )?air(?=[,.;!?]|$| (in|into) "
                  r"(my|his|her) (lungs|chest))|((cant|cannot|couldnt|can not) (\w+ ){1,6}without (having to )?)?(stop|stopping) (\w+ ){0,2}(to|and) gasp|cant seem to (take|draw) (a |my )?(\w+ ){0,2}breath|struggl\w* to swallow|"
                  r"cant swallow|choking on (my|his|her) (own )?(spit|saliva)|"
                  r"ribs (\w+ ){0,2}sucking in|sucking in (under|between|at) (his|her|the|my) ribs|"
                  r"inhaler (\w+ ){0,8}(still|not helping|isnt helping|doesnt help|not working|no help)|(breathing|breathe|breath) (is |feels |seems |sounds |getting )?(so |really |very )?(hard|"
                  r"difficult|laboured|labored|a struggle|rapid|noisy|fast and shallow|shallow)|cant (talk|speak) in full sentences|cant finish a sentence|fighting for breath",
    "cold": r"(much |a lot |far )?colder than (the other|his other|her other|my other|the rest)|(?<!a\s)(?<!mild\s)(?<!head\s)(?<!common\s)(?<!this\s)(?<!chest\s)cold(?! (sore|and flu|or flu|remedy|medicine))|freezing|icy|ice cold|chilly|cool to (the )?touch|feels like ice",
    "pale": r"pale|white|whiteish|blue|bluish|blueish|grey|gray|purple|mottled|blotchy(?! rash)|waxy|like wax|wax|colou?rless|dusky|"
            r"drained of colou?r|colour has gone|no colou?r",
    "pulseless": r"no pulse|cant (feel|find|get) (a|the|any|his|her|my)? ?pulse|pulseless|pulse (has gone|is gone)",
    "numb": r"numb(?!er)\w*|cant (really |properly )?feel|no feeling|lost (all |the )?feeling|loss of feeling|dead|pins (and |n |& )?needles|"
            r"tingl\w*|asleep and wont wake",
    "cant_move": r"cant (move|wiggle|bend|lift|flex)|(can|could) (hardly|barely|only just) (move|wiggle|lift|bend)|unable to (move|lift|wiggle)|wont move|paralys\w*|paralyz\w*|"
                 r"floppy",
    "weak": r"weak|weaker|weakness|(muscles?|legs?|arms?|body) (\w+ ){0,3}(feel|feels|felt|like|gone|went|turned) (\w+ ){0,2}(wet |cooked |limp )?(noodles?|spaghetti|rag ?dolls?)|(harder|hard|difficult) to (climb|get up|walk up|manage) (the )?stairs|(harder|hard|difficult) to (get|stand) up (from|out of)|cant lift (my|his|her) (toes|foot|feet)|struggl\w* (with|on|up|to climb|to get up) (the )?stairs|struggl\w* to "
            r"(walk|stand|get up)|(struggl\w*|hard|difficult|cant|cannot|trouble|battl\w*) (\w+ ){0,2}(get|getting|stand|standing) "
            r"(up )?(out of|from) (a|the|his|her|my) (low |soft |deep |kitchen |dining |garden |comfy )?(chair|seat|sofa|armchair|settee)|giving (way|out)|gives (way|out)|gave way|buckl\w*|no strength|"
            r"lost strength|losing strength|cant (stand|walk|grip|hold|climb)|"
            # "today she couldnt get up the stairs at all" (set FQ); not "couldnt grip the jar lid", "couldnt stand the
            # smell" (review)
            r"(cant|couldnt|cannot|could not|unable to|not able to) (get|go|walk|climb|make it) up (the |a |any |her |his )?"
            r"(stairs|steps)(?! (with|carrying|in)\b)(?!.{0,30}\b(because|cos|due to|since) (of )?(my|his|her|the|a) "
            r"(bad |sore |dodgy |gammy |sprained |broken )?(knee|hip|ankle|foot|toe|back)s?\b)|keeps? (falling|tripping)|(not being able|unable|not able) to "
            r"(get|stand) up (off|from|out of)|cant (get|stand) up (off|out of) (a|the|his|her|my) (sofa|chair|floor|toilet|couch|settee)|"
            r"trip(ping)? (over|up)|jelly",
    "swollen": r"swollen|swelling|(leg|calf|ankle|thigh|foot) (is|has gone|went|got|looks|feels) (very |so |really |all )?(fat|thick) and (red|hot|warm|hurting|painful|sore|tender|tight|shiny)\b|swell\w*|puffy|(blew|blown|blowing) up like a balloon|ballooned|puff\w* (right |all )?up|\d+ ?(cm|centimetres|inches|inch) (more|bigger|larger|wider)|(bigger|fatter|thicker|puffier|larger|wider|more swollen|more (fat|big|thick|puffy)) than "
               r"(the )?(other|right|left)( one)?|enlarged|bloated|"
               # both calves measured with a tape: "right is 41cm, left 37.5cm"
               r"(right|left) (\w+ ){0,3}\d\d(\.\d+)? ?cm\b,? (\w+ ){0,2}(left|right|other)( one| calf| leg)? (\w+ ){0,2}\d\d(\.\d+)? ?cm\b",
    # (a hot water bottle or a warm bath is no hot skin: set DL)
    "red_hot": r"red|redness|reddish|hot(?! (water bottle|bath|shower|tub|pack|compress|drink|tea|chocolate)\b)|"
               r"warm(?! (bath|shower|compress|drink|milk)\b)|inflamed|discolou?red|angry looking",
    "droop": r"droop\w*|melt\w*|slid (down|off)|slipp\w* (down|off)|(wont|doesnt|cant|will not|isnt) (move|moving)|cant (close|shut) (my|his|her) (\w+ )?eye|drop\w*|(go|goes|gone|went|going) down|lopsided|sagg\w*|(?!fall\w* off\b)fall\w*|slump\w*|wonky|crooked|uneven",
    "speech": r"(wrong|funny|strange|weird|jumbled|muddled) words (come|came|coming) out|(words|speech|talking) (\w+ ){0,4}(like )?mush\w*|mushy (words|speech)|(couldnt|cant|could not|cannot) find the "
              r"(right )?words? for|(calling|called|calls) (it|everything|things) the thing\b|slurr\w*|garbled|(speech|talking|words|sentences) (\w+ ){0,3}(jumbled|muddled|scrambled|gibberish)|(jumbled|muddled|scrambled) (up )?(speech|words|talking|sentences)|(cant|couldnt|could not) (speak|talk|get (my|his|her|the) words out)|"
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
                r"drowsy|very sleepy|hard to wake|not himself|not herself|(?<!hear\s)(?<!of\s)out of it|talking (nonsense|rubbish|gibberish|garbage)|(he|she|they) (now )?talk (nonsense|gibberish)|"
                r"(doesnt|dont|didnt) know (where|what day|who|what time|what year|his own|her own)|(doesnt|didnt|dont|cant|couldnt) "
                r"recogni[sz]e (me|us|her|him|his|my|anyone|their)|"
                r"all over the place|not with it|nodding off|keeps? falling asleep|cant stay awake|asking the same (question|questions|thing)|repeating (himself|herself|"
                r"myself|questions)|cant remember (what happened|the accident|the fall)|sleepier|drowsier|hard to keep awake|pupils? (\w+ ){0,3}(bigger|different|"
                r"uneven|unequal)|away with the fairies|cant think straight",
    "sudden": r"sudden\w*|all of a sudden|out of nowhere|out of the blue|abrupt\w*|just now|minutes ago|"
              r"an hour ago|within minutes|came on quickly|overnight|this morning|tonight|woke (up )?((at|around|about) [\w:.]+ (am |pm )?|today |this morning |yesterday )?(with|and|cant|couldnt|could not|unable to)",
    "unresponsive": r"(she|he|shes|hes) dont (answer|respond)\w*( (me|us|to (me|us|anything|anyone)))?(?= ?[.,!?]| ?$| and)|out cold|(didnt|did not|wasnt|was not) (respond\w*|answer\w*|react\w*) (to (me|us|anyone|(his|her|their) name|(my|our) voice)|when)|knocked out|(cant|cannot|wont|couldnt) (properly |really |fully )?(rouse|wake) (him|her|them)|(wont|doesnt|cant|not) (answer|answering|respond|open (his|her|their) "
                    r"eyes|wake(?! (him|her|them|me|us|anyone|everyone|the (baby|kids?|house|neighbours))\b))|(can|could|i can) (hardly|barely|only just|just about) (rouse|wake) (him|her|them)|went down (in|on|at)|"
                    r"collaps\w*|passed out|pass(ing)? out|faint(ed)?|unconscious|"
                    r"unresponsive|(barely|hardly) (responding|responsive|conscious)|wont wake|cant wake|not waking|blacked out|"
                    r"black out|keeled over|"
                    # "his legs have been jerking for 8 mins and hes not coming round" (set DQ)
                    # (not a visit: "not coming round for Christmas", "wont come round until Monday")
                    r"(not|isnt|hasnt|wont|didnt|never) (yet )?(come|coming|came) (round|around)\b(?! (for|until|till|to|"
                    r"this|next|on|at|tomorrow|today|tonight|anymore|any more|and see|and visit|(my|our|his|her|your|the) "
                    r"(house|place|flat|home)))|"
                    r"(fell|dropped|went down|slumped) (to|on) the (floor|ground)|foaming at the mouth|"
                    # "just dropped in the kitchen, out for maybe a minute" (set DK), "she fell and was out for a
                    # minute"; not a wifi or the power that "dropped out", sleep, or going out (found in reviews)
                    r"(?<!wifi\s)(?<!power\s)(?<!signal\s)(?<!internet\s)(?<!electricity\s)"
                    r"(dropped|fell|collapsed|went down|slumped|keeled over)(?! (asleep|off to sleep|out|the shops|to the "
                    rf"shops|to sleep))( \w+){{0,5}}? (?<!it\s)(was|were|been) {_OUT_FOR}|"
                    r"(dropped|collapsed|went down|keeled over)( (in|on|onto|to) (the|a|his|her|my|their) \w+)?[,;]\s?"
                    rf"{_OUT_FOR}|"
                    r"not (responding|answering|reacting)|(cant|cannot|couldnt|can not) get (him|her|them) to (answer|respond|talk|speak|wake)|"
                    r"wont respond|isnt (responding|answering)|(gone|went|is|was|lying|lay|goes) limp and|"
                    r"limp and (unresponsive|floppy|pale|blue|grey|gray|not)",
    "seizure": r"seizures?|seizing|convuls\w*|fitting|"
               # jerking that spreads from a limb to the whole body
               r"(jerk\w*|shak\w*) (\w+ ){0,3}(then|and then) (his|her|their|my|the) (whole|entire) body|(this|the|his|her|a) (fit|seizure) (\w+ ){0,3}(going|lasting|lasted|gone on) "
               r"(for )?(over |more than |about )?\d+ ?(min|mins|minutes)|still (jerking|fitting|seizing|convulsing|shaking all over)|(having|had|has|is having) a fit|(having|is having) one of (his|her|their|my) fits|fit (now|right now)|"
               r"(had|having|has) (some kind of|a sort of|a kind of|like a|another) (fit|seizure)|"
               # a fit that goes on: "the fit not stop, more than 5 minutes" (found in review)
               r"(the|his|her|this|my|their) (fit|seizure|fitting) (\w+ ){0,2}(not|didnt|doesnt|wont|hasnt|isnt|still not) "
               r"(stop|stopping|stopped|ending|ended|finish\w*)|"
               r"epileptic fit|(shaking|jerking|convulsing|thrashing) (\w+ ){0,2}all over|whole body (is |was |started |kept )?(shaking|jerking)|"
               r"eyes rolled|went stiff (\w+ ){0,8}(jerk\w*|shak\w*)|bit (his|her|my|their) tongue|(jerking|shaking|fitting) (\w+ ){0,4}on (the )?(floor|"
               r"ground)|on the (floor|ground) (\w+ ){0,4}(jerking|shaking|fitting)",
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
                     r"spots in front of (my|her) eyes|(zig ?zags?|sparkl\w*) (\w+ ){0,3}(in|before|across) (my|her|his) (eyes|vision|"
                     r"sight)|(seeing|see|saw) (\w+ )?zig ?zags?",
    "cardiac_site": r"jaw|left arm|shoulders?|shoulder blades?|between (my|his|her) shoulder",
    "cant_bear_weight": r"cant (put|bear|take) (any |much )?weight|cant (take|manage|do) (more than )?(\w+ ){0,3}steps\b|cant (take|put) (a|one|a single) step on (it|that|my|his|her)\b|(unable|not able) to (put|bear) weight|cant walk on (it|"
                        r"my \w+)|cant stand on (it|my \w+)|(bone|bones) (\w+ ){0,2}(sticking|poking) out|(grimac\w*|winc\w*|cries out|cry out|yelps?|screams?) (\w+ ){0,3}(when|if|as) (\w+ ){0,2}(puts?|putting|bears?|bearing|takes?|taking|stands?|standing) (any )?(weight|on it)|(looks|is) "
                        r"(deformed|bent|the wrong shape)|heard (a|it) (crack|snap|pop)",
    "injury": r"went over on|came off (my|his|her|the) (bike|horse|scooter|motorbike|skateboard)|twist\w*|roll\w* (my|his|her) (ankle|knee)|fell|fall|falling|landed|hit (a|the) (tree|wall|car|pole|post|lamppost|barrier|kerb|rock|rocks)|tackl\w*|sprain\w*|kicked|"
              r"(took|got|caught) a (\w+ )?(kick|knock|blow|whack|hit|boot|stud|studs|bat|stick|ball|knee|elbow)s? "
              r"(to|on|in|into) (the|my|his|her|their) (\w+ )?(shin|leg|calf|thigh|knee|ankle|foot|head|face|chest|back|"
              r"arm|hand|ribs|stomach|belly|eye)|(took|got|had) a (\w+ )?(kick|knock|blow|whack|hit)|"
              r"crash\w*|tripped|slipped|slip (on|over)|injur\w*|hit by",
    # Spans that cancel another finding where they stand: a collapsed arch or bridge is no one
    # fainting, a seizure of goods is no fit, food poisoning is no overdose.
    "object_collapse": r"(arch|arches|foot|feet|bridge|footbridge|tent|roof|ceiling|souffle|cake|market|stock|economy|"
                       r"government|house|building|wall|shelf|chair|table|bed|lung|vein|veins|company|business|deal|"
                       r"talks|team|scaffolding)( \w+){0,4} collaps\w*|(crypto|bitcoin|shares|stocks|pension|portfolio)( (market|fund|price|"
                       r"prices|value))? (has |have |had |just )?collaps\w*|collaps\w* (on|onto|into|in) (the |my |a |his |"
                       r"her )?(sofa|bed|couch|chair|heap)|collaps\w* (arch|arches|foot|feet|lung|of (the|my|our) "
                       r"(business|company|market|deal))",
    # Movement that pain or a stiff joint holds back is no paralysis: "so sore I can barely bend them", "still
    # can't lift my arm above shoulder height" three weeks after falling on it.
    "pain_limited": r"(so|too|very|really) (sore|painful|stiff|swollen|achy|tender) (that )?(i|he|she|they) (can|could) "
                    r"(barely|hardly|only just|not)|(cant|can barely|can hardly) (move|bend|lift) (\w+ ){0,3}(for|because of) "
                    r"(the )?(pain|soreness|stiffness)|hurts? too much to (move|bend|lift)|(cant|cannot|can not|unable to) "
                    r"(lift|raise|get) (my|his|her|their) arm (\w+ ){0,2}(above|over|past|higher than) (my |his |her |their |the )?"
                    r"(head|shoulder)",
    # The jerk of falling asleep (a hypnic jerk), not a twitch that goes on.
    "hypnic": r"(jump|jumps|jumped|jerk|jerks|jolt\w*|twitch\w*|kick\w*|startl\w*) (\w+ ){0,4}(just )?(as|when) (i|im|he|she|"
              r"hes|shes|they|theyre) (\w+ )?(drift\w*|fall\w*|nod\w*|doz\w*|drop\w*) (off|asleep)( (is|was) (that|this|it) (a |an )?"
              r"(seizure|fit))?|hypnic|sleep starts?",
    "simile_event": r"(like|as if|as though) (i|id|i had|ive|he|hed|she|shed|you|youd|someone|somebody|they|theyd) "
                    r"(\w+ ){0,2}(licked|swallowed|stuck|stabbed|been|had|got|put|shoved|driven|hit|kicked|punched|jabbed|"
                    r"shot|eaten|drunk)\b[^,.;!?\n]*|(like|as if|as though) (theres |there is |there was |someone (is |was )?"
                    r"(stabbing|sticking|twisting|driving|jabbing) |(a |an )(hot |red hot )?)(\w+ ){0,3}(knife|knives|dagger|"
                    r"nail|blade|needle|skewer|spike|poker|gunshot|gun shot|bullet)[^,.;!?\n]*|"
                    # "felt like someone stabbing me", "stiff like rusty hinges" (set FE): what it feels like, not a wound
                    r"(like|as if|as though) (someone|somebody) (is |was )?(stabbing|kicking|punching|hitting|shooting)\b|"
                    r"(like|as if|as though) (a |an |the |some )?(old |creaky )?rusty \w+",
    # (not with a medicine in the same sentence: "overdosed on lattes and took my mums diazepam", found in review)
    "figurative_od": r"overdos\w* on (netflix|tv|telly|box sets?|tiktok|youtube|social media|sun|christmas|love|work|"
                     r"sugar|chocolate|carbs|cake|shopping|coffee|espresso|lattes?|leg day|(the )?gym|squats|lunges|"
                     r"training|cardio|pizza|crisps|junk food|fortnite|minecraft|roblox|gaming|games|video games|"
                     r"xbox|playstation|ps5|screens?\b(?! wash)|screen time)(?![^.?!]{0,80}\b(tablets?|pills?|capsules?|paracetamol|"
                     r"ibuprofen|diazepam|insulin|meds|medication|medicines?|antidepressants?|sleeping|painkillers?|"
                     r"tramadol|codeine|co codamol|sertraline|melatonin|vodka|alcohol|booze|energy drinks?|"
                     r"blister packs?)\b)",
    "near_faint": r"(nearly|almost|close to) (blacked out|black out|fainted|faint|passed out|pass out|collapsed)|"
                  r"(felt|feel|feels|feeling) (\w+ )?(dizzy|lightheaded|light headed|wobbly|sick) (and|&) faint\b|"
                  r"(felt|feel|feeling) like (i|he|she) (was|were|am|is) (gonna|going to|about to) (collaps\w*|faint|pass out)|"
                  r"(feel|feels|felt|feeling) (\w+ )?faint (when|if|on|as) (i |he |she )?(stand|get up|standing|getting up)|"
                  r"(drops off|dropped off|asleep|sleep|dozes off|dozed off|nodded off)( \w+){0,8} out cold|out like a light",
    # An animal (or a person) bit someone: the bite needs cleaning, antibiotics, perhaps rabies care.
    "animal_bite": r"(dogs?|cats?|fox|horse) (\w+ ){0,3}(got|bit|bite|bites|nipped|caught) (me|him|her|them) (\w+ ){0,10}(punctur\w*|"
                   r"broke|skin broken|through (\w+ ){0,3}skin|drew blood|bled|bleeding)|(teeth|fangs) (\w+ ){0,2}(broke|broken|punctured|pierced|went through) (the )?skin|(bit|bitten|bite) (\w+ ){0,14}(punctur\w*|broke the skin|broken the skin|drew blood|teeth marks)|(dogs?|cats?|fox|bats?|monkeys?|rats?|raccoons?) (\w+ ){0,10}scratch\w* (\w+ ){0,6}(drew|drawing|broke|"
                   r"breaking|bleed\w*|blood)|(dogs?|cats?|fox|bats?|monkeys?|rats?|horses?|animals?|ferrets?) (\w+ ){0,2}(bit|bitten|has bitten|"
                   r"nipped|(?<!didnt\s)(?<!not\s)(?<!to\s)(?<!never\s)(?<!doesnt\s)(?<!wont\s)(?<!dont\s)"
                   r"bite(?= (\w+ ){1,4}(yesterday|today|this morning|last night|earlier)\b)) ((me|him|her|us|them)\b|(my|his|her|our|a|the) (\w+ ){0,2}(son|daughter|child|kid|boy|girl|baby|"
                   r"toddler|husband|wife|mum|dad|hand|arm|leg|ankle|foot|face|fingers?|calf|thigh|wrist|nose|cheek|lip|"
                   r"year old|yo)\b)|bitten ((on|in) (\w+ ){1,3})?by (a|an|the|our|my|their|his|her|"
                   r"next doors?|neighbours?|the neighbours?) (\w+ ){0,2}(dogs?|cats?|fox|bats?|animals?|rats?|monkeys?|horses?)",
    # Trapped under a weight: muscle crushed for long can poison the kidneys and heart once freed.
    "crush": r"(trapped|pinned|crushed|stuck) (\w+ ){0,3}(under|beneath|by|for (over |more than )?(an?|\d+|two|three|several) "
             r"(hours?|hrs?))|(was|were|got|been) (trapped|pinned)|(was|were|been|lay|lying|stuck) (\w+ ){0,2}under (a |the )?(heavy )?"
             r"(machine|machinery|car|van|lorry|truck|rubble|tree|pallet|wall|beam|load|forklift|tractor)|crush(ed|ing)? (\w+ ){0,2}(legs?|arms?|limbs?|injur\w*)",
    # A heart that races, flutters or skips: with fainting, breathlessness or chest pain, an emergency.
    "palpitations": r"palpitation\w*|flutter\w* in (my|his|her|the) chest|chest flutter\w*|heart (\w+ ){0,4}(flutter\w*|racing|races?|raced|pounding|skipp\w*|missing beats|"
                    r"(feels? |going |gone |goes |went |beating |beats |runs? |running )(really |so |very )?(fast|quick)(?! (asleep|enough))|"
                    r"jumping|irregular|beating (fast|funny|irregular\w*|all over)|(going|beating|jumping) all over the place)|(flutter\w*|racing|pounding) heart",
    # The worst headache ever, sudden as a blow: bleeding around the brain until shown otherwise.
    "worst_ever": r"worst (\w+ ){0,2}(ever|of (my|his|her) life|(i|he|she) (have|has) ever had|(ive|hes|shes) ever had)",
    "thunderclap": r"worst headache|headache (\w+ ){0,10}(worst (pain )?(ever|of my life|i have ever|ive ever)|like (being )?(hit|struck|"
                   r"kicked|whacked|punched|smacked)|like a thunderclap|exploded)|from nothing to (this|agony) in seconds|(sudden|suddenly) (\w+ ){0,3}(excruciating|agonising|"
                   r"agonizing|blinding|explosive) headache|like (being )?(hit|struck) (on|in|round) the (back of the )?head|"
                   # "hit like being punched at the back of my head, full strength within seconds"
                   r"like (being )?(punched|hit|struck|kicked|whacked|smacked) (at|in|on|round) the (back of (my |the )?)?head|"
                   # "like I was hit on the back of the head with a bat"
                   r"like (i was|i had been|id been|he was|she was|someone) (\w+ )?(hit|struck|punched|kicked|whacked|smacked|clubbed|"
                   r"bashed) (\w+ ){0,3}head|"
                   r"full (strength|blast|force|intensity|pain) (with)?in (a few |a couple of )?(seconds|a second|moments)|"
                   r"(head|headache|migraine)\w* (\w+ ){0,14}worst pain (ever|of my life|ive ever (had|felt)|i have ever (had|felt))",
    # Seeing or hearing what is not there.
    "hallucinating": r"hallucinat\w*|(seeing|sees|saw) (bugs|insects|spiders|snakes|rats|mice) (on|in|crawling|everywhere)|(seeing|hearing|sees|hears|saw|heard) (\w+ ){0,5}(that (arent|isnt|wasnt|werent|"
                     r"are not|is not|was not|were not) "
                     r"(there|real)|(things|people|voices|bugs|insects|spiders) (that |who )?(arent|isnt|not) (there|real))",
    # A child who falls more than others or climbs up his own legs to stand.
    "gowers": r"struggl\w* (to get|getting|to stand|standing) up (off|from) the floor|(push|pushes|pushing|climb\w*|walks?) "
              r"(\w+ ){0,2}(hands|arms)? ?(up|on) (his|her|their) (own )?(legs|thighs|knees) to (get|stand) up|"
              r"(falls|falling|fall) (over )?(a lot|much) more than (his|her|their|other)|"
              r"(calves|calf muscles) (look|are|seem|looks|seems) (\w+ ){0,2}(big|bulky|large|huge|enlarged|chunky)",
    "figurative_choke": r"chok\w* (under|with) (the )?pressure|chok\w* (in|at) (the )?(penalties|final|big games?|exams?|"
                        r"interviews?|matches)|chok\w* on (all )?(the )?(dust|fumes) from",
    "figurative_kill": r"(boss|manager|mum|mom|mam|mother|dad|father|wife|husband|partner|girlfriend|boyfriend|"
                       r"teacher|coach|sister|brother|parents|family|nan|gran|he|she|they|pt|trainer|physio|instructor) "
                       r"(is |s |are |will |would )?(gonna|going to|will|ll|about to)? ?(literally |actually |totally )?kill me|"
                       r"(gonna|going to|about to) (literally |actually |totally )?kill me (lol|haha|if)\b",
    # Breathless climbing stairs or hills: a sign to see a doctor about, not an emergency.
    "breath_on_exertion": r"wheez\w* (and \w+ )?(\w+ ){0,4}after (my |a |the )?(runs?|running|exercise|training|sport|"
                          r"workouts?|games?|matches|football|gym)|(breathless|out of breath|puffed|winded|short of breath) (\w+ ){0,2}(on|climbing|going up|walking "
                          r"up) (the )?(stairs|hills?|steps)|(a bit |bit |slightly |a little |abit )?more (breathless|out of "
                          r"breath|short of breath) than (usual|normal|before)|(breathless|out of breath) on (easy|short|"
                          r"gentle|slow) (runs|walks|jogs|rides)",
    "exertion_gasp": r"(sprint\w*|hills?|running|race|workout|training|climb\w*) (\w+ ){0,10}(cant|couldnt|could not) "
                     r"(catch my )?breathe? (\w+ ){0,12}(got|get|getting) my breath back",
}

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
    table = {**FINDINGS, **BODY_FINDINGS, **CRISIS_FINDINGS, **GENERAL_FINDINGS, **PREGNANCY_FINDINGS,
             **PICTURE_FINDINGS, **AFTERCARE_FINDINGS, **LAB_FINDINGS, **MEDICINE_FINDINGS, **INJURY_FINDINGS,
             **CONDITIONS}
    return {name: re.compile(rf"\b(?:{loose(pattern)})\b") for name, pattern in table.items()}
