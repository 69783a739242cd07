"""Findings of injuries and sport and what follows them: burns, wounds and tetanus, casts, knocks to the head."""

from __future__ import annotations

# "went down" and "dropped" are also a tackle and a dropped ball, and "felt faint" no faint: only the
# words of fainting.
# Nor one that nearly happened ("almost passed out", "felt like I was going to pass out").
_FAINT = (r"(?<!nearly\s)(?<!almost\s)(?<!to\s)(?<!gonna\s)(?<!might\s)(?<!would\s)(?<!could\s)(?<!near\s)"
          r"(fainted|faints|fainting|passed out|pass(es|ing)? out|blacked out|black(s|ing)? out|collapsed|collapses|"
          r"keeled over)")
_DURING = (r"(during|while|whilst|halfway through|half way through|midway through|partway through|part way through|"
           r"in the middle of|mid) (a |the |her |his |my |their |our |this |today ?s )?(\w+ ){0,2}(race|run|match|game|"
           r"training|session|workout|sprint|swim|lap|bout|sparring|fight|class|lesson|marathon|parkrun|ride|climb)\b|"
           r"(while|whilst|when|as) (i was |he was |she was |they were |we were |i |he |she )?(running|sprinting|"
           r"racing|exercising|training|swimming|cycling|climbing|sparring|playing (football|rugby|hockey|netball|"
           r"basketball|tennis|squash))")

# Same conventions as `triage_lexicon.FINDINGS`.
INJURY_FINDINGS: dict[str, str] = {
    # Fainting in the middle of a race or a match (not after stopping, which is the blood pooling in
    # tired legs) can come from the heart (set DN: "fainted halfway through her cross country race").
    "exertional_faint": rf"({_FAINT}) (\w+ ){{0,4}}({_DURING})|({_DURING}) (\w+ ){{0,5}}({_FAINT})",
    "foot_turned_out": r"(foot|leg|toes) (\w+ ){0,3}((sticks|sticking|points|pointing) out(wards)?|(turns|turning|turned) outwards)\b|"
                       # "his foot turns out when he walks" (set EM); not "turns out it was a verruca"
                       r"(foot|leg|toes) (\w+ ){0,3}(turns|turning|turned) out (when|as|while) (he|she|they|i) (walk|run)\w*|"
                       r"(cant|cannot|can not|unable to) (really )?turn (his|her|their|my) (foot|leg) in(wards)?\b",
    "scald": r"scald\w*|(pulled|knocked|spilt|spilled|tipped|poured) (\w+ ){0,4}(tea|coffee|kettle|pan|boiling water|hot water|"
             r"soup|hot oil) (\w+ ){0,3}(over|on|onto)|burn\w* (\w+ ){0,6}(covers|covering|all over|whole)|"
             # a contact burn where feeling is poor: nobody noticed until it blistered
             r"(hot water bottle|heat(ing)? pad|heat pack|electric blanket|wheat bag) (\w+ ){0,6}(left|against|burn\w*|"
             r"too hot|blister\w*)|"
             # a contact burn or hot fat: "grabbed the oven door", "a pan of hot chip fat went over my leg"
             r"(grabbed|touched|leant on|leaned on|held) (\w+ ){0,2}(hot |oven |hob )?(oven|hob|iron|stove|exhaust|grill|bbq|barbecue|"
             r"oven door|hot pan|radiator|hot plate|hotplate)|(hot|boiling) (chip )?(fat|oil|water|tea|coffee|soup) (\w+ ){0,3}"
             r"(went|spilt|spilled|splashed|poured|tipped|got) (all )?(over|on|onto|down)|(burnt|burned) (my|his|her|their|our) "
             r"(\w+ )?(hand|hands|arm|arms|leg|legs|foot|feet|face|fingers?|palm|chest|back|thigh|shin|neck)",
    # A deep burn looks white, grey or leathery and may not hurt; a large one covers a limb.
    "burn_deep": r"leathery|charred|(white|grey|gray|waxy|black) (and|or) (\w+ )?(leathery|waxy|dry|charred|hard)|"
                 r"(big|large|huge) (area|patch)|from (\w+ ){0,2}(knee|hip|wrist|elbow|shoulder) to (\w+ ){0,2}(ankle|foot|toes|"
                 r"hand|fingers|wrist|elbow)",
    # A back hurt in a lift or a fall, named as the start of leg symptoms (set DD).
    "back_injury": r"(hurt|injured|strained|tweaked|wrenched|jarred) (my|his|her|their) (lower )?back|put (my|his|her|their) "
                   r"back out|did (my|his|her|their) back in|slipped (a )?disc",
    "cast": r"cast|plaster|splint|brace|bandaged",
    # Skin in contact with a corrosive: acid or alkaline cleaners, wet cement, bleach (set DD).
    "chemical_contact": r"chemical burn\w*|(splash\w*|spill\w*|spilt|got|poured|dripped|knelt in|kneeling in|knelt on|"
                        r"kneeling on|soaked (through )?with) (\w+ ){0,5}((?<!lactic\s)(?<!stomach\s)(?<!folic\s)(?<!uric\s)(?<!amino\s)acid\w*|bleach|caustic|alkali\w*|lye|oven cleaner|"
                        r"drain cleaner|wet cement|cement|brick cleaner|patio cleaner|chemicals?|solvent)\b|"
                        r"((?<!lactic\s)(?<!stomach\s)(?<!folic\s)(?<!uric\s)(?<!amino\s)acid\w*|bleach|caustic|alkali\w*|lye|oven cleaner|drain cleaner|wet cement|cement|brick cleaner|"
                        r"patio cleaner|chemicals?) (\w+ ){0,5}(splash\w*|spill\w*|spilt|got|went|dripped|soaked)"
                        r" (\w+ ){0,3}(on|onto|over|into|in|through) (my|his|her|their|the)\b",
    # Weight borne, but barely: a fracture only with swelling and bruising, or in someone frail (Ottawa rules).
    "barely_bears_weight": r"can (hardly|barely|only just) (put|bear|take) (any |much )?weight",
    # Hours on the floor after a fall, unable to get up (a long lie).
    "long_lie": r"(been )?on the (\w+ )?floor (since|for hours|all night|overnight)|(on the (\w+ )?floor|lying there|lay "
                r"there) (till|until|untill) (\w+ ){0,4}(found (him|her|them|me)|came round)|(cant|cannot|couldnt|could not) get (myself|"
                r"himself|herself) (back )?up|been (there|lying there|down there) (since|all night|for hours|overnight)|"
                r"(cant|couldnt|cannot|unable to) get (himself|herself|themselves) up|(on|lying on|lay on|stuck on) the (\w+ )?floor (\w+ ){0,2}(all night|for hours|overnight|since)|been on the "
                r"floor (\w+ ){0,3}(hours|all night|night)|(couldnt|cant|cannot|unable to) get (herself |himself |"
                r"themselves |myself )?(up )?(off the floor|up from the floor)",
    # Fingers or toes gone hard or waxy out in the snow: frostbite, not a blocked artery (set DD). White or numb
    # alone in the cold is more often Raynaud's or a chill that passes.
    "cold_injury": r"(snow\w*|ski(ing|ed|er|ers|s)?\b|freez\w*|frozen|icy|blizzard|sub zero|minus \d+|below zero|"
                   r"mountain\w*|ice climb\w*|sledg\w*) (\w+ ){0,12}(toes|fingers|fingertips|nose|ears|feet|hands) "
                   r"(\w+ ){0,3}(were|was|went|turned|gone|are|looked|felt)? ?((white|numb|grey|gray|pale),? (and |or )?)*"
                   r"(waxy|hard|solid|wooden|rock hard)\b( (and|or) (white|numb|grey|gray|pale))?|"
                   r"(toes|fingers|fingertips|nose|ears|feet|hands) (\w+ ){0,3}(were|was|went|turned|gone|are|looked|felt)? ?"
                   r"((white|numb|grey|gray|pale),? (and |or )?)*(waxy|hard|solid|wooden|rock hard)\b( (and|or) (white|numb|grey|gray|pale))? "
                   r"(\w+ ){0,10}(snow\w*|ski(ing|ed|er|ers|s)?\b|freez\w*|frozen|icy|blizzard|sub zero|below zero)",
    # A cast too tight for the swelling under it: fingers or toes puffy, tingling, pale or blue.
    "cast_trouble": r"(cast|plaster|splint|pot) (\w+ ){0,4}(too tight|(feels |is |getting |gone )?tighter|digging in|cutting in)|"
                    r"(fingers|toes) (\w+ ){0,5}(swollen|puffy|purple|blue|white|cold|numb|tingl\w*) (\w+ ){0,8}(cast|plaster)|"
                    r"(cast|plaster) (\w+ ){0,8}(fingers|toes) (\w+ ){0,3}(swollen|puffy|purple|blue|white|cold|numb|tingl\w*)",
    # Calves too sore to walk on, days after flu: a child's viral myositis (urine and kidneys to be checked).
    "recent_viral": r"(had|has had|getting over|recovering from|just had|after|since) (the |a |his |her )?(flu|virus|viral "
                    r"\w+|bad cold|chest infection|covid|tummy bug|bug)\b",
    "walk_refusal": r"(walking|walks|walk) on (his |her |their |my )?tip ?toes|(hurt|hurts|painful|sore) too much to (walk|stand)|"
                    r"(wont|cant|refus\w*|will not) (to )?(walk|stand|put weight)",
    "concussion": r"concuss\w*|post ?concussion\w*",
    # Tetanus stiffens and locks muscles; a twitch is not one of its signs.
    "spasm_hard": r"spasm\w*|stiff\w*|jerk\w*|cramp\w*|rigid|tight\w*|lock\w* up",
    "wound": r"wound|ulcer|ingrown (toe)?nail|scar|incision|stitches|surgical site|stab(bed|bing|s)?\b|pitchfork|spike|impaled|(a|the) sore (on|under|between|at)|blister|(a|the|my|his|her|deep|nasty|bad|big|long|small|this) cut\b|cut (my|his|her|myself|himself|"
             r"herself|open|on|from|by|it on)\b|gash\w*|puncture\w*|nail|rusty|bite|bitten|"
             r"bit (me|him|her|my|his|their|our|them)|scratched (me|my|him|her|his)|(the|a|deep|nasty|cat|dog) scratch\b|splinter|thorn|barbed wire|(stepped|trod|stood|knelt) on (a|an|some|the|broken|rusty) (\w+ )?(nail|glass|pin|needle|tack|sharp\w*|shell|rake|screw|spike|urchin|wire|tin|can)|"
             r"graz\w*|scrap(e|ed|es|ing)|laceration|garden fork|glass in|broke the skin",
    # a vaccine's sore spot: "legs a bit red and sore where the needle went" (set EM)
    "jab_site": r"((red|swollen|sore|hard|warm|hot|lumpy|a lump)(,? and (red|swollen|sore|hard|warm|hot|lumpy))* (\w+ ){0,3}"
                r"(where|at the (spot|place) where) (the|her|his|my|their) (needles?|jabs?|injections?|vaccines?) (went( in)?|"
                r"was (given|done)|were)|(injection|jab|vaccine|vaccination) sites? (is |are |was |were )?(\w+ ){0,3}"
                r"(red|swollen|sore|hard|warm|hot))"
                # (not spreading, with a fever or a red line: found in review)
                r"(?![^.?!]{0,80}\b(spread\w*|fever\w*|temperature|shiver\w*|shak\w*|line|streak\w*|armpit|groin)\b)",
    "no_jab": r"(never|didnt|did not|havent|have not) (\w+ ){0,2}(did|do|done|had|get|got|given) (\w+ ){0,2}(vaccines|vaccinations|jabs|immuni[sz]ations)|(never|not) (been )?(vaccinated|immuni[sz]ed)\b(?! (for|against) (?!tetanus))|((i|we|they) (am|are)|im|were|theyre|(son|daughter|child|kid|baby|toddler|boy|girl) is) (not vaccinated|unvaccinated)|(son|daughter|child|kid|baby|toddler|boy|girl) isnt vaccinated|(dont|didnt|do not|did not) vaccinate|(no|not had a?|never had a?|havent had a?|(no idea|no clue) when (i|he|she) (last )?had a?|cant remember (my|his|her|the) last|cant remember last (?=(tetanus|jab|shot|booster))|cant remember when (i|he|she) last had (a |my |his |her )?|(cant|cannot|dont|do not) (remember|recall|know) when (my|his|her|their|the) last|(no idea|not sure|unsure) when (my|his|her|their|the) last|not sure (my|his|her|"
              r"if|when)|not sure (i|ive|he|hes|she|shes|they) (ever )?(had|have|has|got)|cant remember (ever )?(having|getting|having had)|(no idea|no clue) (when|if)|(dont|doesnt) know (when|if)|unsure (when|if)|cant recall|not up to date|out of date|years since (my|his|her|the|a)) ?(\w+ ){0,5}"
              r"(tetanus|jabs?|shots?|booster|vaccin\w*|immunis\w*|immuniz\w*)|(dont|doesnt|do not|does not|didnt) think (i|ive|he|hes|she|shes|they|theyve) (\w+ ){0,2}(had|have|has|got|been given) (\w+ ){0,3}(tetanus|jab|shot|booster)|(hasnt|hadnt) had (a |an |his |her |their |any )?(tetanus|jab|booster)|(tetanus|jab|shot|booster) (\w+ ){0,2}since (school|childhood|i was a (kid|child|teenager)|(he|she) was a (kid|child|boy|girl)|the (army|navy|forces|raf)|national service)|(last|only) (tetanus )?(jab|shot|booster|"
              r"injection) (\w+ ){0,4}(remember|recall)|(last|only) (tetanus )?(jab|shot|booster|injection) (was|i had) "
              r"(\w+ ){0,4}(school|(1\d|[2-9]\d|ten|twelve|fifteen|twenty|thirty|many|several|so many|lots of) years ago|"
              r"as a (kid|child|teenager)|in the (\d0s|seventies|eighties|nineties))|"
              # ten years or more since the last one ("last tetanus jab must be 15+ years ago")
              r"(last|only) (tetanus )?(jab|shot|booster|injection) (\w+ ){0,4}(1\d|[2-9]\d|ten|twelve|fifteen|twenty|thirty)"
              r"( and| or so| plus)? years|(1\d|[2-9]\d|ten|twelve|fifteen|twenty|thirty)( and| or so| plus)? years "
              r"(\w+ ){0,2}since (my|his|her|their|the) (last )?(tetanus|jab|shot|booster)",
    "jaw_stiff": r"lockjaw|lock jaw|jaw( muscles?)? (\w+ ){0,3}(stiff\w*|lock\w*|tight\w*|clench\w*|"
                 r"spasm\w*|stuck|seized|wont open|wired shut|clamped( shut)?|glued shut)|(cant|cannot|can not|can barely|can hardly|unable to) open (my|his|her|their) jaw|neck( muscles?)? (\w+ ){0,3}(spasm\w*|lock\w*|seized)|(cant|can barely|can hardly|struggl\w* to) open (my|his|her) mouth",
}
