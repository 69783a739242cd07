"""Findings of a crisis: thoughts of suicide or self-harm, told outright or in a plan (part of the one lexicon)."""

from __future__ import annotations

# What follows "ending it" when "it" is a relationship, a habit or a series, not a life.
_NOT_A_BREAK_UP = (r"(?!( (tonight|today|tomorrow|this (evening|weekend|week)))?,? (with (him|her|them|my (boyfriend|girlfriend|"
                   r"partner|husband|wife|bf|gf|fiance|ex))|the (?!(pills|tablets|meds|medication|rope|gun|knife|car|note|"
                   r"letters?|plan|bottle|bridge|train|kids)\b)\w+|after \d+ (years|months)|when (he|she|they) (gets?|comes?) "
                   r"(home|back)))")

# Same conventions as `triage_lexicon.FINDINGS`.
CRISIS_FINDINGS: dict[str, str] = {
    "self_harm": r"\b(done with (it all|life|everything|living)|(end|finish|take|ending|finishing|taking) (my|his|her|their) (own )?"
                 r"life (tonight|today|now|this (evening|week|weekend))|(decided|planned|know|worked out) (\w+ ){0,2}how (to )?(\w+ ){0,3}"
                 r"(end|finish|take) (my|his|her|their) (own )?life|(putting|put|setting|set|keeping|kept) (aside|by|away) (all )?(my|his|her|their) (\w+ ){0,2}(tablets|pills|meds|medication|painkillers)|(worked out|planned|planning|knows?|decided) (exactly )?how "
                 r"(he|she|they|i|hed|shed|id) (would|will|is going to|are going to|am going to|gonna|could) (do it|kill|end)|"
                 r"giving (away )?(all )?(his|her|their|my) (stuff|things|belongings|possessions|games|clothes)( away)?|(saving|saved|stockpiling|stockpiled|hoarding|hoarded|"
                 r"collecting) (up )?(my|his|her|their|all) (\w+ ){0,2}(tablets|pills|meds|medication|painkillers)|"
                 r"(decided|made up my mind|know) (\w+ ){0,2}(tonights|tonight is|todays|today is) the (night|day)|(got|has|have|laid|lined) (them|those|the \w+|his \w+|her \w+) all ((counted|laid|set) )?(out|lined up|ready)|(saving|saved|stockpiling|stockpiled|hoarding) up (his|her|my|their) [a-z]+|thinking (a lot )?about (dying|death|killing (my|him|her|them)self|ending it)|(better off|be better) without (her|him|me|them)|(belt|rope|cord|cable|scarf|ligature|tie) and a note|a note and a (belt|rope|cord)|noose|ligature|suicide note|(written|wrote|writing) (\w+ ){0,2}(letters|notes|goodbyes?)|(got|get|have|put) (\w+ ){0,2}(tablets|pills|rope|knife) (out|ready|lined up)|before i (do it|go through with it)|(better off|rather be) (\w+ ){0,2}(not waking up|dead|not here|not being here|gone)|better off (if i (wasnt|werent|was not|were not) (around|here|alive)|without me)|how to end it|end it (tonight|today|now|soon)|(?<!do\s)(?<!doing\s)(?<!run\s)(?<!ran\s)(?<!did\s)suicid\w*|kill myself|(?<!to\s)(?<!gonna\s)(?<!gunna\s)(?<!will\s)(?<!would\s)kill me|end (my|it) (life|all)|"
                 r"end(ing)? it( all)?$|end(ing)? it all|end (everything|things)|ending my life|take my (own )?life|"
                 # a decision and a time: "ive decided im ending it tonight and ive got everything ready" (set FS)
                 # (not a relationship, a diet or a series named after it: "…ending it tomorrow, the relationship is toxic",
                 # "…end it after 6 years together", "ending it tonight with him"; a review)
                 r"(decided|made up my mind|made my mind up) (\w+ ){0,2}(to |im |i am |i will |ill )?(end|ending) it\b"
                 rf"{_NOT_A_BREAK_UP}|"
                 rf"(end|ending) it (tonight|today|tomorrow|this (evening|weekend|week))\b{_NOT_A_BREAK_UP}|"
                 r"(saving|saved|stockpiling|hoarding) up (\w+ ){0,3}(tablets|pills|meds|medication)|(saving|saved|stockpiled|hoarded) up all "
                 r"(my|his|her) [a-z]+|(plan\w*|going|gonna|want|intend\w*) to (take|swallow|down) (them all|the lot|all of them|"
                 r"the whole (lot|box|bottle|pack|packet)|everything (in|from) the (cupboard|cabinet|drawer|house|box)|all (my|the|his|her) (pills|tablets|meds))|tonight is the night|stockpil\w*|taking them all (tonight|"
                 r"today|now)|how many (\w+ ){0,5}(it takes|it would take|it will take|itd take|to die|would kill|to end)|"
                 r"(pills|tablets) (are |all )?(counted|laid|set) out|"
                 # "got a box of my mums sleeping pills in front of me and im thinking of taking the lot" (set EU)
                 r"(pills|tablets|meds|medication|painkillers|paracetamol)[^?!]{0,80}(thinking|thought|think) (of|about) "
                 r"(taking|swallowing|downing) (them all|the lot|all of them|the whole (lot|box|bottle|pack|packet))"
                 r"(?! (back|to the|into|in to|out|with (food|water|milk|a meal)|at mealtimes)\b)|"
                 # a time and all of them: "tonight I will take all of them" (set DG)
                 r"(tonight|today|tomorrow) (i|ill|im|he|she|hes|shes) (will |am going to |going to |gonna |is going to )?"
                 r"(take|swallow) (all of them|them all|the lot|every one of them|all (my|the|his|her) (pills|tablets|meds))"
                 r"(?=\s*([,.!?;]|$|and\b))|"
                 r"(will|ill|going to|gonna) (take|swallow) (all of them|them all|the lot|the whole (box|bottle|pack|packet)|"
                 r"all (my|the|his|her) (pills|tablets|meds)) (tonight|today|tomorrow)|"
                 r"(written|wrote|writing|left) (\w+ ){0,2}"
                 r"(goodbye|suicide|farewell|last) (note|letter|message)s?|(written|wrote|writing) (\w+ ){0,2}letters to "
                 r"(everyone|my family|my kids|my children)|goodbye (message|letter|note|post|text|video)|"
                 r"(cut|cutting|burn\w*|hurt\w*|scratch\w*|hit|hitting) (\w+ ){0,4}on purpose|end(ing)? (it all|"
                 r"everything|things)|(texted|messaged|said|posted|wrote|sent|saying) (\w+ ){0,4}goodbye|sorry for everything|self[- ]?harm\w*|hurt(ing)? myself|cut(ting)? myself|harm(ing)? myself|"
                 r"(dont|do not|no longer) (want|wanna) (\w+ )?(to )?(live|be alive|be here|wake up|exist)|"
                 r"(thoughts?|thinking) (\w+ ){0,2}(about |of )?(not|never) (wanting|want) to (live|be alive|be here|wake up|exist|"
                 r"be around)(?=\s*($|[.,!?;]|anymore|any more|which|and|but|that))|"
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
    # A drill named for how it feels ("suicide sprints"): the crisis word names the drill (set DZ). Not "runs" or
    # "lines": "suicide runs in the family", "thoughts of suicide run through my head", a suicide line (review).
    "drill_name": r"suicides? (sprints?|drills?|shuttles?|burpees?|intervals?)\b",
}
