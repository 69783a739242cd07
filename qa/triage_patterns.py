"""Findings that need word order or a time course: overdoses, long cramps, worsening weakness, twitch patterns."""

from __future__ import annotations

# How the names of common medicines end ("losartan", "atorvastatin", "bendroflumethiazide").
_DRUG_ENDING = r"sartan|statin|olol|azole|xetine|pram|zepam|formin|mide|zide|gliflozin"
# "going like popcorn under the skin", "my calves seize up like a fist", "my feet curl up like claws" (set DJ)
_TWITCH = (r"(twitch\w*|twich\w*|twtich\w*|fascicul\w*|flicker\w*|spasm\w*|jump\w*|tic|tics|flutter\w*|rippl\w*|"
           r"(going|goes|popping|pops|jumping|jumps) like popcorn|popcorn\w* under (the|my|his|her) skin)")
# (a muscle that seizes up, not "my computer seizes up"; found in review)
_CRAMP = (r"(cramp\w*|charley horses?|charlie horses?|seized up|locked up|"
          r"(calf|calves|legs?|feet|foot|toes?|thighs?|hamstrings?|muscles?|hands?|fingers?) (\w+ )?seiz(e|es|ing) up|"
          r"(curl|curls|curled|curling) (up )?(like|into) (a )?claws?)")
_PAST_TWO_WEEKS = (r"((more than|over|longer than|upwards of) (two|2|a couple of|couple of) weeks|"
                   r"(?<!than\s)(?<!over\s)(three|four|five|six|seven|eight|nine|ten|(?!2\b)\d+|several|many|few|a few) (weeks|wks)|"
                   r"(two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|few|a few|couple of|a couple of) months)")
_LONG = (r"(1[1-9]|[2-9]\d|\d{3,}|eleven|twelve|fifteen|twenty|thirty|forty|forty five|sixty|half an|quarter of an|"
         r"an|one|two|three|several|many)")
_MEDS = (r"(pills?|tablets?|capsules?|medicine|medicines|meds|medication|painkillers|sleeping pills|paracetamol|"
         r"acetaminophen|tylenol|calpol|ibuprofen|advil|nurofen|aspirin|co codamol|codeine|tramadol|morphine|"
         r"oxycodone|quinine|iron|vitamins?|antidepressants?|sertraline|citalopram|amitriptyline|diazepam|"
         r"valium|insulin|warfarin|statins?|magnesium|potassium|blood pressure pills|heart pills|gummies|"
         r"benadryl|antihistamines?|melatonin|lithium|digoxin|\w+ tablets|\w+ pills|"
         # a medicine named by its international (INN) stem: zopiclone, temazepam, sertraline, quetiapine…
         r"[a-z]{2,}(zepam|zolam|clone|pidem|triptyline|xetine|traline|faxine|pram|zapine|tiapine|peridol|codone|"
         r"morphone|gabalin|pentin|olol|pril|sartan|statin|dipine|formin|gliptin|xaban|gatran|floxacin|cycline|mycin|"
         r"cillin|profen|semide|thiazide|trigine|barbital|triptan))")
_QUANTITY = (r"(whole|entire|full|lot of|load of|loads of|lots of|handful|bottle|box|packet|pack|strip|"
             r"too many|too much|double|triple|(?<!\bone\s)(?<!\ban\s)(?<!\b1\s)extra|all of|all (my|his|her|the)|most of|half (a|the)|"
             r"a dozen|dozens)")
# A number of pills: right before the medicine ("about 20 paracetamol"), not "39 for 5 days".
_COUNT = r"(\d{2,}|\d+ or \d+|ten|twelve|fifteen|twenty|thirty|forty|fifty)"
# "take 1000 IU vitamin D a day", "40 mg of": a dose with its unit, not a number of tablets
_NOT_A_DOSE = r"(?! ?(iu|mg|mcg|ug|µg|ml|units?|milligrams?|micrograms?|international units)\b)"
_TOOK = r"(took|taken|take|swallowed|swallow|had|ate|eaten|eat|drank|drunk|downed|necked|popped|got into|into)"

# Body regions, for "twitching at three or more of them" (counted in code: a regex would backtrack).
SITES: dict[str, str] = {
    "face": r"eyelids?|eyes?|face|cheeks?|lips?|jaw|mouth", "tongue": r"tongue", "neck": r"neck",
    "arm": r"arms?|hands?|fingers?|thumbs?|wrists?|shoulders?|biceps|forearms?", "back": r"back",
    "trunk": r"chest|stomach|belly|tummy|abs|ribs", "leg": r"legs?|calf|calves|thighs?|feet|foot|toes?|shins?|knees?",
    "bottom": r"bum|buttocks?|glutes?",
}

# Household poisons a child or a confused adult may swallow.
_POISONS = (r"bleach|antifreeze|detergent|cleaner|cleaning|washing (up )?liquid|dishwasher|laundry (pods?|capsules?|tablets?)|"
            r"battery|batteries|button battery|chemical|chemicals|weedkiller|weed killer|pesticide|insecticide|"
            r"rat poison|slug pellets|paraffin|petrol|lamp oil|berries|mushrooms|e ?cig (liquid|juice)|vape (liquid|juice)|"
            r"nicotine")

# "after a 12 hr shift": a length of something else, not of the cramp
# "every 20 minutes" is how often; "an hour on the slopes" (set DD) is when it starts, not how long it lasts
# (nor when in a match it comes: "cramps in the last 20 mins of matches")
_NOT_ONSET = r"(?<!within\s)(?<!every\s)(?<!in\sthe\slast\s)(?<!in\sthe\sfinal\s)"
_NOT_A_SPAN = (r"(?! (on|of|into) (the |my |a )?(slopes?|pitch|court|trail|skiing|running|walking|cycling|hiking|training|"
               r"football|tennis|exercise|gym|dancing|climbing|swimming)\b)(?! (shift|day|drive|flight|walk|run|hike|journey|week|night shift|trip|match|game|ago)\b)"
               # "20 minutes into the match" (set EI): how far into a game, not how long
               r"(?! into (the |a |my |our )?(match|game|race|half|second half|session|workout|set|round|bout|shift)\b)")

PATTERNS: dict[str, str] = {
    "twitch": _TWITCH,
    "cramp": _CRAMP,
    "frequent": (r"every (single )?(\w+ )?(night|day|evening|morning|session|shift|run|game|workout|match)|most (nights|days|evenings|"
                 r"mornings|sessions|shifts|runs|games|workouts|matches)|(nearly|almost|pretty much) "
                 r"every|nightly|(\d|two|three|four|five|six|several|a few|few|many|\d or \d) (times|nights|days) a (week|night|day)|(?<!every\s)so often|"
                 r"all the time|constantly|daily|frequent|regular|recurr\w*|times (every|each|per) (week|night|day)"),
    "long_duration": (r"(been|for) months|going on (for )?(months|years)|(duration|how long|lasted|length) (\w+ ){0,2}(\d+|two|three|four|five|six|several|a few|many) (weeks|months|years)|(\d+|two|three|four|five|six|several) weeks ago|(\d+|two|three|four|five|six|several) months ago,? (and |but )?((my|his|her|their|the) \w+ (is|are) |(i|it|he|she|"
                      r"they|its|im|hes|shes) (is |are |am )?)?still|(its|it is|its been|it has been) (\w+ ){0,2}(\d+|two|three|four|five|six|several|a few) (weeks|months) since|(been|going on|lasted|had (it|this|them)|there|after) (\w+ ){0,2}(\d+|two|three|four|five|six|several|a few|many) "
                      r"(weeks|months)|(for|over|past|last(?! (year|month)\b)|nearly|almost|about) (the )?(last |past )?(\w+ ){0,3}(weeks|months|"
                      r"year|years|a month)|since (the )?(last |past )?(\w+ ){0,3}(weeks|months|year|years|a month)(?! ago)|(weeks|months) (of|now|later)|(over|in|during|for) the (last|past) month|"
                      # told in a fragment: "eyelid twitch 2 months wont stop", "calf cramps 3 weeks" (set DF)
                      r"(?<=[a-z]\s)(?<!im\s)(?<!am\s)(?<!at\s)(?<!is\s)(?<!shes\s)(?<!now\s)(?<!about\s)"
                      r"(\d+|two|three|four|five|six|several|a few|many) (weeks|months|years) ?(wont|doesnt|not|still|now|straight|"
                      r"solid|non ?stop|on and off|and counting|constant\w*|every ?day|daily|[?!.]|$)|"
                      # counted as a diary counts: "calf twitch day 1... now day 38" (set DP)
                      r"(now|today|its|it is|this is|on|up to) day (1[5-9]|[2-9]\d|\d{3})\b(?! of)"),
    # Two weeks is the line a check-up is measured from, not past it (see CANCELS)
    "two_weeks_only": r"(for|since|past|last|about|around|nearly|almost) (the )?(last |past )?(about |around |nearly |almost )?(2|two|a couple of|couple of) (weeks|wks)\b",
    "sleep_loss": (r"(not|never|cant|cannot|doesnt|dont) (getting|get|gets) (off )?to sleep (till|until|before)|(havent|hasnt|not) had (a )?(decent|good|proper|full) (nights? )?sleep|(im|i am|hes|shes|he is|she is) not sleeping|(im|i am|hes|shes|he is|she is|ive been|been) (barely|hardly) sleeping|(havent|hasnt|not) slept (properly|well)|(only|just) (getting|get|got) (about |around |maybe )?(a few|\d|two|"
                   r"three|four) ?(hours?|hrs?)( of)? sleep|"
                   r"(getting|get|got) (only |just |maybe |about |around )(\d|two|three|four) hours?( of)? sleep|"
                   r"\b(i|he|she|we|they) (barely|hardly|can barely|can hardly|cant|cannot) (get (any )?)?sleep\b(?! (in|on|with|through)\b)|"
                   r"(sleep|slept|sleeping) (only |just |maybe |about |around )(\d|two|three|four) hours?|"
                   r"(wake|wakes|waking|woke) (me|him|her|us)|keep(s|ing)? (me|him|her) (up|awake)|(wreck|ruin|"
                   r"disturb)\w* (my|his|her) sleep|cant sleep|no sleep|shattered|exhausted|lack of sleep"),
    "new_medicine": (r"(^|on |started |starting |taking |since (the |my |his |her )?)new (\w+ ){0,2}(pills?|tablets?|meds|medicines?|medication)\b(?! (for|to|that|which|out|came|available|are|is)\b)|(after|since|when) (the |my )?(doctor|gp|consultant|nurse|they) (added|prescribed|started|gave me|give me|"
                     r"gives me|put me on) "
                     r"(me )?(a |an |the )?(new )?(\w+ )?(water (tablets?|pills?)|diuretics?|statins?|tablets?|pills?|medicine|medication)|"
                     r"\d+ ?mg (\w+ )?(up|increased|raised) from \d+ ?mg|(went|gone|put) up (from \d+ ?mg )?to \d+ ?mg|"
                     r"(increased|raised|doubled|upped|changed|switched) (my |the |his |her )?(dose|dosage|tablets|"
                     r"medication|medicine|pills)|"r"(water (tablets?|pills?)|diuretics?|statins?|medicine|medication|dose|tablets) (\w+ ){0,2}"
                     r"(were|was|got|have been|has been)? ?(increased|raised|doubled|changed|upped)|"r"(since|after|when) (\w+ ){0,4}(start\w*|began|put (me|him|her) on|switch\w*|prescribed|on) "
                     r"(\w+ ){0,4}(water (tablets?|pills?)|diuretics?|statins?|medicine|medication|tablets?|pills?|"
                     r"\w+ tablets?)|(started|put) (me|him|her|them|us) on (?!(a |an |some )?(supplements?|vitamins?|vit|iron|magnesium|physio|exercises|the waiting))(\w+ )?[a-z]{5,}|(started|began|put on|prescribed) (\w+ ){0,4}(water (tablets?|pills?)|diuretics?|"
                     r"statins?|new (medicine|medication|tablets?|pills))|(since|after|when) (i |he |she |they )?(started|began|starting|beginning) (taking |on )?"
                     rf"[a-z]+(pine|pril|{_DRUG_ENDING}|mab|cillin|mycin|profen|tide|lukast|tretinoin|accutane)\b|(started|began|put on|prescribed|switched to|on) (a |an )?new "
                     r"(\w+ ){0,3}(medicine|medication|tablets?|pills?|drug|inhaler|prescription)|"
                     # a medicine named as started or raised: "started bendroflumethiazide 3 weeks ago", "neuro upped my
                     # keppra a month ago" (sets FN, FR)
                     r"(upped|increased|raised|doubled|bumped up|put up|started|began|starting) (me on |him on |her on |on )?"
                     # (not "-pine", "-pril" with no "since" before them: "april", "spine", "alpine"; found in review)
                     rf"(my |his |her |the )?([a-z]+({_DRUG_ENDING}|etam)|"
                     r"amlodipine|nifedipine|ramipril|lisinopril|perindopril|quetiapine|olanzapine|"
                     r"keppra|levetiracetam|epilim|valproate|lamictal|lamotrigine|tegretol|carbamazepine|"
                     r"topiramate|gabapentin|pregabalin|amitriptyline|sertraline|citalopram|lithium|prednisolone|"
                     r"salbutamol)\b"),
    "time_anchor": (r"(since|started|began|starting) (\w+ ){0,2}(before|after|around|in|at)? ?(christmas|easter|"
                    r"the new year|new year|january|february|march|april|may|june|july|august|september|october|"
                    r"november|december|the spring|the summer|the autumn|the fall|the winter|last (month|year))"),
    "overdose": (
        r"(a load|loads|lots|a lot|a handful|a pile) of extra (ones|tablets|pills)|blister packs? (are |is )?(all )?empty|"
        # "took the whole packet", "found empty paracetamol packets in her bin"
        rf"{_TOOK} (the |a |my |his |her |their )?(whole|entire|full|rest of the) (packet|pack|box|bottle|strip|tub|"
        r"blister pack|lot)|"
        # "i swallowed the rest of my quinine packet… maybe 25 tablets" (set EV); not over the week
        # (with a count or a time, not finishing a course: found in checking)
        rf"{_TOOK} the rest of (my|his|her|the|their) (\w+ ){{0,2}}(packet|pack|box|bottle|strip|tub)\b"
        r"(?=[^?!]{0,60}\b(\d\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty|at once|in one go|all together|"
        r"(half an|an|\d+) (hour|hours|mins|minutes) ago)\b)|"
        r"(found|finding|find) (\w+ ){0,2}empty (\w+ ){0,2}(packets|packs|boxes|blister packs|bottles|strips)|"
        # a child in the medicine: "got hold of it, there are 6 tablets missing", "found my 2yo with my strip"
        r"(found|caught) (\w+ ){0,6}with (my|the|his|her|their|nans?|grans?) (\w+ ){0,2}(tablets|pills|strip|blister pack|"
        r"medicine|meds|bottle)|"
        # a child found with a medicine box ("found my 2 yr old with grandads tablet box open", set FH)
        r"(found|caught) (my|our|the) (\w+ ){0,2}(toddler|baby|little one|\d+ ?(yo|yr old|year old|y o)) (\w+ ){0,2}with "
        r"(\w+ ){0,2}(tablets|pills?|capsules|medicine|meds|(tablet|pill|medicine) (box|bottle|tub|packet|organiser|"
        r"organizer|pot))|"
        r"(\d+|a few|some|two|three|four) (or (\d+|two|three|four|five|six) )?(are|have|were) (gone|missing)|"
        r"(\d+|some|a few|several|two|three|four|five|six|seven|eight|ten) (tablets|pills|capsules) (are |were )?missing|"
        r"(got|get|gets|getting|has got|had got) hold of (my|the|his|her|their|some|a|nans|grans|grandmas|grandads) "
        r"(\w+ ){0,2}(tablets|pills|medicine|meds|medication|blister pack|bottle of pills)|"
        # "got hold of my amitriptyline", "took a load of hers, like 15 or so" (set EI)
        # (a child's, not "i need to get hold of my insulin"; a count, not "took a lot of his advice": found in review)
        rf"(son|daughter|child|kid|baby|toddler|boy|girl|grandson|granddaughter|little one|\d+ ?(year|yr) old|\d+ ?yo) "
        rf"(\w+ ){{0,3}}(got|gets|has got|had got) hold of (my|the|his|her|their|some|nans|grans) (\w+ ){{0,1}}{_MEDS}|"
        rf"{_TOOK} (a )?(load|loads|lot|lots|handful|bunch|pile) of (hers|his|theirs|them|those|these|mine),? "
        rf"(like |about |maybe |around |probably )?({_COUNT}|\d+)\b|"
        rf"{_TOOK} (\w+ ){{0,3}}{_QUANTITY} (\w+ ){{0,4}}{_MEDS}|{_TOOK} (about |around |maybe |like )?{_COUNT} of (them|those|these)\b|{_TOOK} (\w+ ){{0,3}}{_COUNT}{_NOT_A_DOSE} (of (my|his|her|the|their|our) )?(\w+ )?{_MEDS}|"
        rf"{_MEDS} (\w+ ){{0,3}}(overdose|too many|too much|all gone|is empty|was empty|were empty)|"
        r"(swallowed|drank|drunk|ingested|ate|eaten|got into|been into|licked|chewed|bit into|sucked) (\w+ ){0,5}"
        rf"({_POISONS}|pills?|tablets?|medicine|meds|chewables?|gummies|gummy vitamins)|"
        # a child drinking it, told in the present tense as some writers do: "my son 3 years drink the liquid for
        # cleaning toilet" (set DG); household chemicals only (a child "eats berries" every day)
        r"(son|daughter|child|kid|baby|toddler|boy|girl|grandson|granddaughter)( (\d+|one|two|three|four|five) (years?|yrs?|yo)"
        r"( old)?)? (drink|drinks|swallow|swallows) "
        r"(\w+ ){0,5}(bleach|antifreeze|detergent|cleaner|cleaning|washing (up )?liquid|dishwasher|laundry|chemicals?|"
        r"weedkiller|weed killer|pesticide|rat poison|paraffin|petrol|lamp oil|white spirit|toilet (cleaner|duck|liquid))|"
        rf"({_POISONS}) (\w+ ){{0,10}}(has |have |had |s )?(drunk|drank|swallowed|ate|eaten) (some|a bit|a little|it|"
        r"a mouthful|a sip|a gulp)|"
        r"(packet|bottle|box|blister pack|pill box|pillbox|tub) (is|was|were|are) (now )?(empty|gone|open)|"
        # a week's dosette box, or two days' doses, taken at once
        r"(dosette|pill|tablet|medicine|blister|medication) (box|pack|organi[sz]er|tray|compartments?)s? (\w+ ){0,6}"
        r"(is|was|are|were) (now )?(all )?(empty|gone)|"
        r"(taken|took|had|swallowed) (both|all|two|three|several) (days? )?(lots|doses|days doses|days worth|days tablets)|"
        rf"{_COUNT} (\w+ ){{0,2}}{_MEDS} (\w+ ){{0,2}}(since|in|over|within|across) (yesterday|the (last|past)|a day|"
        r"one day|two days|24|48|\d+ (hours|hrs|days)|this morning|last night)|"
        r"(toddler|child|kid|baby|son|daughter|grandson|granddaughter|little one|\d+ ?(yo|yr old|year old|month old)) "
        r"(\w+ ){0,8}(swallowed|ate|eaten|drank|chewed|licked)|"
        r"(toddler|child|kid|baby|son|daughter|grandson|granddaughter|little one|\d+ ?(yo|yr old|year old|month old)) "
        r"(\w+ ){0,4}(got into|been into|into|found) (\w+ ){0,3}(cabinet|"
        r"cupboard|medicine|medicines|pills|tablets|handbag|bag|drawer|pill box|pillbox|bottle|cleaning|bleach|"
        r"chemicals|shed|blood pressure tablets|tablets|pills)|empty (strip|packet|bottle|box|blister|pack|tub) of|"
        r"(\d+ or \d+|a few|some|several) (tablets |pills )?(are |were )?missing|blister pack (\w+ ){0,2}(open|popped|"
        r"empty)"),
    "one_leg_only": r"(only )?(in )?one (calf|leg)\b|(one|left|right) (calf|leg) only",
    "worsening": (r"worse than (yesterday|last week|before|this morning)|"
                  # "legs weak yesterday now cant stand", "since wednesday… today she struggled with the stairs" (sets EM, EO)
                  r"(yesterday|last night|since (mon|tues|wednes|thurs|fri|satur|sun)day) (\w+ ){0,10}(now|today|tonight) "
                  r"(\w+ ){0,2}(cant|cannot|can not|couldnt|unable to|can barely|can hardly|struggl\w*) (\w+ ){0,2}(with )?(stand|walk|"
                  r"get up|lift|climb|move|grip|hold|use|feel|the stairs|stairs)|(got|getting|gotten|become|becoming|grown) (\w+ )?harder|(getting|gets|got|keeps|growing|becoming) (\w+ ){0,2}(worse|weaker)|"
                  r"(weaker|worse) (and (weaker|worse)|each|every|by the) ?(day|week|hour)?|"
                  r"(worsening|increasing|progressive|spreading)|more and more|each day|every day|"
                  r"by the day|day by day|over (the last|the past) (few |\d+ |two |three |four |five |couple of )?(days|week)|now (\w+ ){0,2}(even )?(at rest|when (im |i am |he is |she is )?resting)"),
    "worsening_weakness": (
        r"(getting|growing|becoming) (weaker|more and more weak)|weaker and weaker|(felt|feel|feeling|getting|got) "
        r"heavier and heavier|"
        r"(worsening|increasing|progressive|spreading) (muscle )?weakness|"
        r"(legs?|arms?|hands?|knees?) (keep|keeps|are|is) (giving|buckling) (way|out)?|"
        r"(keep|keeps|am|is|are|been) (losing|lost) (my |their |his |her )?strength|"
        r"(harder|more difficult) (and harder )?(every (day|week) )?to (get up|stand|walk|climb|lift)|"
        r"every (day|week|month) (its|it is) harder|(keep|keeps|kept) (tripping|falling|stumbling) "
        r"(\w+ ){0,4}(more|every day|each day|all the time|this week)|"
        r"(foot|feet) (is |are |keeps )?(slapping|slaps|slapped|dragging|drags|flopping|flops)|foot drop|"
        r"(scuff\w*|drag\w*) (his|her|my|the) (right |left )?(foot|feet|toes)|"
        r"(keeps?|kept|keep on) catching (his|her|my|the) (right |left )?(foot|feet|toes) on|"
        # "in three days I've gone from tripping on the kerb to not getting up off the sofa"
        r"(gone|went|going) from (\w+ ){1,8}to (not (being )?able|unable|barely|hardly|needing|not (getting|managing)|"
        r"cant)"),
    "ascending": (r"(feet|toes|hands|fingers) (\w+ ){0,3}(started |began |were )?(tingl\w*|numb\w*|pins (and|n) needles)"
                  r" (\w+ ){0,3}(and )?now (\w+ ){0,2}(legs|knees|thighs|arms|hands) (\w+ ){0,2}(weak|numb|tingl\w*|going)|"r"(tingl\w*|numb\w*|pins (and|n) needles|weak\w*) (\w+ ){0,8}(now|and now) (\w+ ){0,3}(up to|reached|"
                  r"in|into|at) (my|his|her|the) (shins|knees|thighs|hips|waist|hands|arms|legs)|"r"(tingl\w*|numb\w*|pins (and|n) needles|weak\w*) (\w+ ){0,8}(creeping|crept|creeps|moving|moved|spreading|spread|"
                  r"going|gone|rising|risen|climbing|climbed|travelling|traveling|travelled|working (its|their) way) (up|into)"
                  # not "weaker going up on tiptoes" or "up the stairs": a climb, not a spread
                  r"(?! (on|onto|stairs|the stairs|steps|the steps|hills?|a hill|ladders?|a ladder|kerbs?)\b)|"
                  r"(started|began) in (my|his|her|the) (feet|toes|hands|fingers) (\w+ ){0,6}(now|and now) "
                  r"(\w+ ){0,4}(knees|thighs|hips|legs|arms|hands|waist|up)"),
    "long_cramp": (rf"{_CRAMP} (\w+ ){{0,6}}(started|began|since|came on) (at )?(\d+ ?(am|pm|oclock)?|this morning|"
                   r"last night|breakfast|lunch)( this morning| last night| tonight)? (\w+ ){0,12}(still|hasnt|wont|not|now)|"
        rf"{_CRAMP} (\w+ ){{0,14}}{_NOT_ONSET}{_LONG} ?(minutes|mins|min|hours?|hrs?)\b{_NOT_A_SPAN}|"
        # "started about 15 minutes ago and will not let go": begun that long ago and still going
        rf"{_CRAMP} (\w+ ){{0,4}}(started|began|came on|kicked in) (about |around |over |nearly )?({_LONG} ?(minutes|mins)|"
        r"(\d+|an|one|two|three|four|five|six|a few|several|couple of) ?(hours?|hrs?)) ago (\w+ ){0,12}"
        r"(still|hasnt|wont|will not|not|isnt)\b|"
        # (in a second language's present, said of a limb: "cramp in my calf start 2 hours ago and still not release",
        # set FJ; not period or stomach cramps, found in review)
        r"cramp\w* in (my|his|her|their|the) (\w+ )?(calf|calves|leg|legs|thigh|foot|feet|hamstring|toes?|hand|muscle) "
        r"(start|begin|come on) (about |around |over |nearly )?((\d+|an|one|two|three|four|five|six|a few|several|couple of) "
        r"?(hours?|hrs?)) ago (\w+ ){0,12}(still|hasnt|wont|will not|not|isnt)\b|"
        rf"{_CRAMP} (\w+ ){{0,14}}(\d+|one|two|three|four|five|six|a few|several|couple of) ?(hours|hrs)\b{_NOT_A_SPAN}|"
        # not "after an hour of knitting my fingers cramp": the time is what brings the cramp on
        rf"(?<!after\s){_LONG} ?(minutes|mins|hours?|hrs?) (\w+ ){{0,6}}{_CRAMP}|"
        rf"{_CRAMP} (\w+ ){{0,6}}(wont|will not|doesnt|does not|not|isnt) (go away|stop|let go|ease|"
        r"release|relax|going away|stopping|letting go|easing)( off| up)? (\w+ ){0,4}(hour|half|ages|long|"
        r"forever|all (night|day|morning|evening))"),
    "tetanus_named": r"tetanus(?! (booster|shot|jab|vaccin\w*|injection|is up to date))|lock ?jaw",
    # "more than two weeks" is the check-up line: "for 2 weeks" with normal strength is not past it
    "twitch_long": (
        rf"{_TWITCH} (\w+ ){{0,8}}(for|over|more than|past|last|since) (\w+ ){{0,2}}{_PAST_TWO_WEEKS}|"
        rf"{_TWITCH} (\w+ ){{0,8}}(for|over|past|since|last) (about |around |nearly |almost |over |"
        r"more than )?(a|one|several|many|a few|the last|the past)? ?(month|months|year|years)\b|"
        rf"(weeks|months|a month|a year) (of|with) (\w+ ){{0,3}}{_TWITCH}|"
        rf"(for|over) (about |around |nearly |almost )?{_PAST_TWO_WEEKS} (\w+ ){{0,6}}{_TWITCH}|"
        rf"{_TWITCH} (\w+ ){{0,10}}(its|it has|has|theyve|they have|ive) been (\w+ ){{0,2}}{_PAST_TWO_WEEKS}|"
        rf"{_TWITCH} (\w+ ){{0,8}}since (january|february|march|april|may|june|july|august|september|"
        r"october|november|december|the spring|the summer|last (month|year))"),
    "twitch_spread": (
        rf"{_TWITCH} (\w+ ){{0,6}}(spread\w*|moving|moved|all over|everywhere|(in|to) (other|several|many|"
        r"different) (places|muscles|parts))|"
        rf"(spread\w*|all over (my|the|his|her) body|everywhere) (\w+ ){{0,6}}{_TWITCH}|"
        rf"{_TWITCH} (\w+ ){{0,12}}(now|also|too|as well) (\w+ ){{0,6}}(arms?|back|face|hands?|tongue|chest|"
        r"shoulders?|stomach|other leg|both legs|eyelids?)\b|"
        rf"{_TWITCH} (\w+ ){{0,4}}around (my|the|his|her) body|"
        # where it started, then where it is now: "started in my left calf 2 months ago, now the flickering is in my
        # thighs and both arms too" (set DQ)
        rf"(started|began) (\w+ ){{0,2}}(in|with) (\w+ ){{1,10}}now (\w+ ){{0,2}}{_TWITCH} (\w+ ){{0,2}}(in|into|to|up|all "
        r"over) |"
        # told the other way round: "twitches started in my left calf a month ago and now i get them in both thighs and
        # my arms too" (set FL)
        rf"{_TWITCH} (started|began) (\w+ ){{0,2}}(in|with) (\w+ ){{1,10}}now (\w+ ){{0,4}}(in|into|to|up|all over|on) "
        r"(both|my|his|her|the|other) (\w+ )?(legs?|thighs?|arms?|calf|calves|feet|foot|hands?|back|face|shoulders?|"
        r"tongue|chest|stomach|body|eyes?|eyelids?)\b|"
        r"keeps? (moving|jumping|spreading|popping up) (to|around|in) (new |other |different )?(places|parts|areas|spots|"
        r"muscles)|"
        rf"\b(now|also) (\w+ ){{0,3}}{_TWITCH} (\w+ ){{0,3}}(in|on) (my|his|her|the) (arms?|back|face|hands?|"
        r"tongue|chest|shoulders?|stomach|other leg|both legs)\b"),
    "twitch_plus": (
        rf"{_TWITCH} (\w+ ){{0,18}}(weak\w*|wast\w*|shrink\w*|smaller|thinner|numb\w*|tingl\w*|"
        r"pins and needles|stiff\w*|atroph\w*|losing (muscle|strength)|dropping (things|stuff|my \w+|cups?|keys)|"
        r"drop(s|ped)? (things|stuff|my \w+)|hollow\w*|caved|dent(?:s|ed)?\b|clumsy|clumsier|(?<!still\s)(?<!can\s)(?<!fine\s)grip(?! (is |feels )?(fine|normal|ok|good|strong))|trip(?:s|ping|ped)?\b|stumbl\w*|"
        r"catching (his|her|my) (toes|foot|feet)|slurr\w*)|"
        rf"(weak\w*|wast\w*|shrink\w*|numb\w*|stiff\w*|thinner|smaller|dropping (things|stuff|my \w+)|drop things|"
        rf"clumsy|clumsier|slurr\w*|trip(?:s|ping|ped)?\b|stumbl\w*|catch\w* (?:(?:my|his|her|their|the|on the) )?(?:toes?|foot|feet|kerb|curb|floor|ground|steps?|carpet|rug)|hollow\w*) (\w+ ){{0,14}}{_TWITCH}"),
    "cramps_often": (
        rf"{_CRAMP} (\w+ ){{0,10}}(every night|most nights|nightly|every day|daily|several times a (day|"
        r"night|week)) (\w+ ){0,8}(weeks|months|ages|a month|a year)|"
        rf"{_CRAMP} (\w+ ){{0,10}}(keep|keeping|wake|waking|woke) (\w+ ){{0,3}}(up|me up|awake) (\w+ ){{0,6}}"
        r"(weeks|months|every night|most nights)|"
        rf"{_CRAMP} (\w+ ){{0,10}}(since|after) (i )?(start\w*|began|switch\w*) (\w+ ){{0,3}}(new |a new )?"
        r"(medicine|medication|tablets?|pills|statin|diuretic|water (pills|tablets)|\w+)|"
        rf"(weeks|months) (of|with) (\w+ ){{0,3}}{_CRAMP} (\w+ ){{0,6}}(sleep|night|every)"),
}
