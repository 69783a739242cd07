"""The words that open a scope (asking about a finding, dating it to the past, someone else's story) and that end one."""

from __future__ import annotations

import re

# "as if a curtain came down" describes; "as if an elephant were sitting on you" imagines
ASKING = (r"\b((?<!as\s)if|if(?= (\w+ ){0,5}(were|would)\b)|what if|in case|whether|unless|signs? of|symptoms? of|warning signs?|red flags?|risks? of|"
          r"chances? of|(signs|symptoms) to (look|watch) (out )?for|"
          # advice on what to look out for: "my physio say to watch for cauda equina symptoms" (set FJ)
          r"(say|says|said|told (me|us|him|her|them)|advised( me| us)?) to (watch|look) (out )?for|what(?= (\w+ ){0,2}(signs|symptoms)\b)|can (you|one|people|anyone) |why|how (much|many|long|often) |(need to |should i )?(worry|worried|concerned) about|how (do|can|would|will|could) (i|you|we|one|people) (know|tell|spot|recogni[sz]e)|how (do|can|should|would) (i|you|we|one) (check|examine|test) (myself|yourself|ourselves|for)|"
          r"when (should|to|do|does|must|would) (i|you|we|one|someone|people)|should i (worry|be worried)|"
          # a condition weighed, not had: "is it a heart attack if a muscle in my chest twitches", "is sepsis more
          # common in old people" (sets EY, EZ)
          r"is (it|that|this) (?!(a |an )?(problem|worry|concern|bad|serious|normal|ok|okay|emergency|dangerous|worrying|"
          r"something|issue)\b)(a |an )?(?=(\w+ ){1,3}(if|when)\b)|(is|are) (?=(\w+ ){1,3}(more|less) (common|likely|"
          r"dangerous|serious|frequent)\b)|"
          # a fear, not a finding: "my neuro said normal sleep starts but i still worry its a seizure"
          r"(worry|worried|scared|afraid|terrified|paranoid) (that )?(its|it is|it was|it might be|it could be|its actually) |"
          r"(i )?(read|reading|heard|hearing|seen|seeing) (that|somewhere|online that)|(read|reading|heard|hearing) (\w+ ){0,3}(about|stories|"
          r"posts?|articles?|stuff)|"
          # a medicine not started yet: "my GP wants to start me on statins"
          r"(wants?|going|plans?|planning|thinking (of|about)) to (start|put) (me|him|her|them|us) on|"
          r"(only |just )?want(ed)? to know|"
          # hearsay of what a condition feels like to anyone: "my friend says it feels like an elephant on your chest"
          r"(says?|said|reckons?|told me|tells me) (that )?(it|they|a heart attack|a stroke|a clot|angina) (feels?|felt|is|looks?) "
          r"like(?= (\w+ ){0,6}(your|you|someones|a persons)\b)|"
          r"(dont|do not|wouldnt|would not|never) want to|"
          r"(can|could|does|do|would|will|might|may|is|are) (\w+ ){0,4}(cause|causes|lead to|leads to|trigger|"
          r"give (you|someone|somebody|people|a person|anyone|kids|children|pain|cramps?|twitch\w*|problems|symptoms)|mean|be a sign|a sign|be related|related to|linked|be linked|result in)|causes? of|"
          r"caused by|prevent\w*|avoid\w*|reduce the risk|worried about (getting|having)|afraid of (getting|"
          r"having)|scared of (getting|having)|fear of|what (is|are|does|do|causes|happens|counts)|"
          r"how (is|are|does|do|long does|quickly does|common)|difference between|is it (possible|true)|"
          r"treatment for|treat|first aid for|recover from|if (\w+ ){0,2}ever|(have|has|do|does|did) (you|anyone|people|they) ever|explain|define|definition of|meaning of|"
          r"how to (spot|tell|recogni[sz]e|know|help|treat|deal with)|someone (who|with|having)|"
          r"a person (who|with|having)|people (who|with)|anyone who|is there a (link|connection)|counts? as|"
          r"classed as|considered (a|an|to be)|mentioned|talked about|told (me|us) about|warned (me |us )?(about|of)|"
          r"(said|told (me|us)|asked (me|us)) to (watch|look) (out )?for|(talk|speak|chat) (to|with) (\w+ ){0,3}about|"
          r"at what (\w+ ){0,2}(level|point|stage|number|value|reading)|(do|does) (doctors|they|you) (actually )?(diagnose|define))\b")
PAST = (r"\b((years|months|ages|decades) ago|(19|20)\d\d|last (term|time)|(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|couple of|"
        r"couple) (years?|yrs?|decades?) ago|(?<!this\s)(?<!the\s)(?<!past\s)last (year|month|summer|winter|spring|autumn|fall|christmas|easter|new year)|in (19|20)\d\d|"
        # "back in 2019", not a hernia that will not "go back in" (one fixed-width look-behind per verb)
        r"(?<!go\s)(?<!goes\s)(?<!went\s)(?<!gone\s)(?<!going\s)(?<!pop\s)(?<!push\s)(?<!pushed\s)(?<!popped\s)"
        r"(?<!put\s)(?<!come\s)(?<!came\s)back in|(?<!since\s)in (january|february|march|april|may|june|july|august|september|october|november|december)(?! (\d|last|this|and|to|till|until))|ended up in (hospital|a and e|icu|intensive care|resus)|"
        r"history of|at \d\d (after|when|while|during)|when (he|she|they|i) (was|were) (\d+|a baby|a child|a kid|a toddler|"
        r"little|young|small)|as a (kid|child|teen\w*|boy|girl|baby|toddler|youngster)|when i was (a|young|younger|little|"
        r"at|in|pregnant)|years back|in the past(?! (\w+ )?(hours?|minutes?|days?|weeks?|fortnight|months?|year|few|couple|night|morning))|previous(ly)?|fully recovered|recovered from|long time ago|"
        r"a while back|(years|decades) before|old injury|in the (19)?[1-9]0s|in the (fifties|sixties|seventies|eighties|nineties)|"
        r"died|passed away)\b")
_TV = "tv|the tv|telly|the telly"
NOT_A_PERSON = (r"\b((dog|cat|puppy|kitten|pet|horse|rabbit|hamster|parrot|pony|budgie)s? (twitch\w*|paddl\w*|shak\w*|trembl\w*|"
                r"jerk\w*|kick\w*|limp\w*|yelp\w*|whin\w*|dream\w*|sleeps)|"
                r"(dog|cat|puppy|kitten|pet|horse|rabbit|hamster|parrot|pony|budgie)s (\w+ )?(legs?|paws?|tail|eyes?|face|"
                r"body|back|belly|head)|(dog|cat|puppy|kitten|pet|horse|rabbit|hamster|parrot|pony|budgie)s? (is|has|had|was|"
                r"keeps|seems|just|started|cant|wont|wasnt|isnt|got(?! (me|him|her|us|them|my|his)\b)|ate|keeled|collapsed)|"
                # Someone on a screen, or a sentence opening on one, tells a story; a screen watched is only the
                # setting of the writer's own ("my dad collapsed watching the football on the telly", found in review).
                r"(?<!people\s)(?<!someone\s)(?<!presenters\s)(?<!voices\s)on (the news|youtube|tiktok)|"
                r"(saw|seen|watched|heard) on (the )?(tv|telly|television|youtube|tiktok|facebook|instagram|radio)|"
                rf"(thing|programme|program|documentary|show|story|report|segment|bit|item|feature) (\w+ )?on "
                rf"({_TV}|television|the radio) (about|where|with)|on ({_TV}) (about|where)|"
                r"(a|an|some|this|that|the) (\w+ )?(man|woman|guy|lady|bloke|girl|boy|kid|footballer|player|"
                rf"runner|celebrity|actor|singer|character|doctor) on ({_TV}|television|youtube|tiktok)|"
                r"^on (the )?(tv|telly|television)(?! (stand|unit|cabinet|bracket|rug|remote|table))|"
                r"in (a|the|this) (\w+ )?(film|movie|show|series|book|novel|"
                r"episode|drama|soap|game|video)|(tv|telly) (show|drama|series)|characters?|the guy who|"
                r"that (famous )?(\w+ )?(footballer|player|celebrity|singer|actor|athlete|runner|presenter|boxer) who|"
                r"(that|the) (famous )?(\w+ ){0,3}(footballer|player|celebrity|singer|actor|athlete|runner|presenter|boxer|cyclist|"
                r"cricketer|jockey|driver|midfielder|striker|defender|goalkeeper|winger) (who |that )?(collapsed|died|fainted|went down|keeled|had a|have a|having a|suffered)|"
                r"(saw|seen|read|heard) (\w+ )?the news|"
                r"(watched|watching|reading) (\w+ )?the news,? (about|where|that|and (a|an|the|some|someone|they|there)\b|"
                r"there (was|were|is))|(watched|watching|reading) (\w+ )?the news, (a|an|the|some|someone|they)\b|"
                r"(watch|watched|watching|see|saw) the (match|game|race|final|marathon|fight|tournament) (when|where|yesterday|"
                r"last night|on (saturday|sunday|tv))|"
                r"(watching|watched) [a-z]+ (\w+ )?(last night|yesterday|earlier)|"
                r"(watched|watching|read|reading|saw|seen|seeing) (a|an|the|this) (\w+ )?(drama|documentary|film|movie|show|series|episode|programme|program|story|video|"
                r"clip|reel|post|thread|tiktok|article)|"
                # medical dramas by name: "on greys anatomy a guy had leg cramps" (set EH)
                # (a story on the show, not one in the room while it was on: found in review)
                r"(on|in) (an episode of )?(greys anatomy|grey s anatomy|holby city|chicago med|house md|casualty on tv) "
                r"(\w+ ){0,3}(a|the|this|one|some) (guy|man|woman|lady|character|patient|girl|boy|kid|bloke|doctor)|"
                r"(writing|reading|watching) (a|my|the) (\w+ )?(novel|story|book|script|screenplay|play|series|documentary|thriller|"
                r"scenario|scene|case study)|documentary|villain|protagonist|training scenario|simulation|case study|"
                r"(in|on) (facebook|instagram|tiktok|twitter|reddit|whatsapp|snapchat) (\w+ ){0,3}(write|writes|wrote|posted|posts|"
                r"shared|shares|said|says)|(write|writes|wrote|posted|posts|shared) (\w+ ){0,3}(in|on) (facebook|instagram|"
                r"tiktok|twitter|reddit|whatsapp|snapchat)|"
                                r"podcast|(a|one|another) (woman|man|lady|guy|girl|boy|person|member|mum|dad|friend|lad|bloke) (\w+ ){0,2}"
                r"(in|at|from|on) (my|our|the) (\w+ ){0,2}(group|class|club|ward|forum|team|chat|course)|"
                r"(saw|watched|seen|witnessed) (a|an|some|the) (man|woman|person|guy|lady|stranger|footballer|player|"
                r"runner|someone|somebody|kid|child|boy|girl)|in my (novel|story|"
                r"book|script)|(awareness|first aid|cpr|safety) (kit|kits|box|bag|supplies|manual|talk|course|training|day|week|session|campaign|assembly|"
                r"lesson|lecture|video)|dreamt|dreamed|(a|my|the|last nights) dream|metal band|the name of (a|the) (band|"
                r"song|film)|(\w+ )?exam (tomorrow|today|tonight|next week|this week)|posters?|(leaflets?|pamphlets?|brochures?|flyers?) (about|on|for)|"
                r"in the (news|paper|papers)|news (story|article|report)|^news (man|woman|guy|lady|bloke) (got|had|has|collapsed|died|with)|(school|science|class|uni|college) project|project (is |was )?(on|about)|"
                r"(for|in|on|at|during) (my|an|the|our|a) (\w+ ){0,2}(exam|essay|assignment|homework|quiz|coursework|lecture|class (project|assignment|presentation)|"
                r"first aid course)|(for|in|on|at|during) (my|our|a) (?!golf\b|race\b)(\w+ ){0,2}course|"
                r"(for|in|on|at|during) (the|an) (?!golf\b|race\b|assault\b|obstacle\b)(\w+ ){1,2}course|revising|studying for|textbook)\b")
# Medical dramas by name, whose stories people tell (sets FB, FE, FG).
_DRAMAS = "greys anatomy|grey s anatomy|holby city|chicago med|house md|casualty|the good doctor|new amsterdam|scrubs"
# A story told by the news, read about or watched, in its own clause: "news said a marathon runner collapsed with heat
# stroke, how do i avoid that" (set EY); the writer's own words after it stay theirs ("i read about a man who had
# a stroke and now my dad has the same face droop").
NEWS_STORY = (r"\b((the |a |on the |in the )?news (said|says|reported|reports|showed|shows|story said)|(an? |the )?(article|"
              r"story|post) (i (read|saw) )?(said|says)|(read|heard|saw) (a story |an article |a post )?(about|that) (a|an|some|"
              r"this|that) (\w+ )?(man|woman|guy|lady|girl|boy|kid|child|teenager|runner|footballer|player|athlete|cyclist|"
              r"swimmer|celebrity|singer|actor|boxer|rugby player|marathon runner)|"
              # "watched greys anatomy where a guy had a seizure from low sodium, can that happen" (set FB)
              rf"(watched|watching|saw|seen) (an episode of )?({_DRAMAS}) (where|in which) (a|the|this|one|some) (guy|man|"
              r"woman|lady|character|patient|girl|boy|kid|bloke|doctor)|"
              rf"(watched|watching) (an episode of )?({_DRAMAS}),? and (a|the|this|one|some) "
              r"(guy|man|woman|lady|character|patient|girl|boy|kid|bloke|doctor)s?\b(?! (i|we) (care|look|support|work|nurse))|"
              # "saw cardiac arrest on greys anatomy can twitching cause that" (set FG)
              rf"(saw|seen|watched) (\w+ ){{1,3}}on (the news|news|tv|the telly|youtube|tiktok|{_DRAMAS})|"
              r"(footballer|player|presenter|singer|runner|celebrity|actor|athlete|boxer|cyclist|man|woman|guy|lady|kid|boy|"
              r"girl|someone) (collapsed|died|fainted) on news)\b")
USED_TO = (r"(?<!than\sit\s)(?<!than\si\s)(?<!than\s)(?<!like\si\s)(?<!like\she\s)(?<!like\sshe\s)"
           r"(?<!like\sthey\s)(?<!like\sit\s)(?<!as\si\s)\bused to\b")
# Fiction, teaching and scenarios frame the whole question, not only their own sentence ("In my
# novel the heroine is bitten by a snake. How fast would her leg swell?").
WHOLE_QUESTION_OTHER = (r"\b(novel|screenplay|short story|fiction|villain|heroine|protagonist|(?<!of )character|is (that|it|this) realistic|"
                        r"(pasted|copied|quoted|taken) from (a|an|the) (\w+ )?(news|newspaper|article|paper|book|magazine|website)|"
                        r"revision notes?|flash ?cards?|"
                        r"teaching (\w+ ){0,8}about|(for|in) (the|a|my) (handout|leaflet|poster|presentation|slides)|"
                        r"training scenario|simulation|case study|roleplay|role play)\b")
# The site quoted back to it: "I read on here that ALS twitching comes with weakness", "you say a
# seizure over 5 minutes is an emergency". What the quote names is the site's, not the writer's; but
# the body part it names is often the writer's topic ("your page says calf pain is usually a strain
# but mine is swollen"), so background findings stay.
QUOTED = (r"\b((read|seen|saw) (\w+ )?(on here|here|on (this|your|the) (site|website|page|article)|in (your|the|this) "
          r"(article|piece|page))|(you|your (article|site|website|page|piece)|(the|this) (article|site|website|page)) "
          r"(says?|said|mentions?|mentioned|states?|stated|claims?|claimed|recommends?|suggests?))\b")
# …unless the writer then owns the quote: "…can be circulation. That's literally me."
QUOTE_OWNED = (r"^\W*(and )?(thats|that is|this is|which is|its|it is|sounds|sounds like|describes) (\w+ ){0,2}"
               r"(me|mine|my \w+|what i (have|get|feel|am)|what (is|s) happening|exactly (it|that|what))\b")

# Negated, said before the finding (NegEx's forward triggers): "no swelling", "never had".
NEGATION = (r"\b(no|not|never|without|none|nothing|nobody|no one|nor|neither|denies|deny|isnt|arent|wasnt|werent|"
            r"(dont|doesnt|didnt)(?= (have|get|feel|think|seem|look|notice|see any|see a|experience|hurt|hurts|ache|itch|"
            r"hit|bang|bump|knock|lose|pass|black|faint|vomit|throw|fall))|havent|hasnt|hadnt|free of|ruled? out|negative for|no signs? of|nothing like|"
            r"absence of|zero|lack of)\b"
            # Words after which a negation reports rather than denies, in one look-ahead:
            r"(?!"
            # "hasn't got better after 6 weeks", "no better", "not helped": the trouble goes on
            r" (got |gotten |getting |been getting )?(any |much )?(better|improv\w*|helped|helping|healed|healing|"
            r"worked|working|gone away|going away|changed)"
            # "for no reason": a finding is unexplained, not absent
            r"| (apparent |obvious |particular |real )?reason"
            # "my stomach still isn't right", "not normal", "not settling": the trouble goes on
            r"| (quite |really )?(right|normal|settling|settled)\b"
            # "haven't slept properly in 3 months": lost sleep, not a denial of what follows
            r"| (slept|been sleeping|sleeping)\b"
            # "confused, which he never is, shaking…", "not like him": the person's norm, not a denial
            r"| (is|does|did|was|gets|has|had|am|are|were|do)\s*([,.;!?]|$|and\b|but\b)"
            r"| like (him|her|me|them|us|himself|herself|myself)\b"
            # "shaking… and not stop", "still not release": the trouble goes on (set FJ); but "never stops breathing"
            r"|(?<!without) (stop|stops|stopping|release|releasing|let go|letting go|ease|easing|go away)\b(?! breath|,? or\b))")
# Resolved, said after the finding: "the chest pain has gone", "the swelling went away".
NEGATION_AFTER = (r"\b((was|is|got|were|came|then|and|but|hes|shes|im|theyre|totally|completely|all) (all )?back to normal( (with)?in (\w+ ){0,2}(seconds|secs|minutes|mins))?|(found|saw) it in (his|her|their|my|the) (nappy|poo|stool|potty|diaper)|came out (in (his|her|their) (nappy|poo)|the other end)|(is|are|was|were|looks?|feels?) no (worse|bigger|more swollen|"
                  r"different) than (usual|normal|before|ever)|(the )?same as (usual|always|ever)|(he|she|they|i|we) (was|were) (totally |completely |"
                  # not the time before it began: "shes suddenly all muddled … she was fine last week" (set DQ)
                  r"absolutely |perfectly )?(fine|ok|okay|alright)(?! (last (week|night|month|weekend)|yesterday|until|"
                  r"till|before|this (morning|afternoon|evening)|earlier|(an?|one|two|three|\d+|a few|half an) (minutes?|mins?|"
                  r"hours?|hrs?|days?|weeks?) ago|on \w+day|at (breakfast|lunch|dinner|tea|bedtime)))|(is|are|was|were|feels?|seems?) (fine|ok|okay|normal) now|(hes|shes|theyre|im) (totally |completely |absolutely |perfectly )?(fine|ok|okay|well) now|(has|have|hes|shes|ive|been) (been )?"
                  r"((completely|totally|perfectly|absolutely) )?(fine|ok|okay|well) (ever )?since|(speech|swallowing|"
                  r"balance|vision|eyesight|strength|down below|bladder|bowels?|waterworks)( and (\w+ ){0,3}(speech|swallowing|"
                  r"balance|vision|strength|toilet|bladder|bowels?|waterworks))? (is|are) "
                  r"(totally |completely |perfectly |absolutely )?(normal|fine|unaffected)|ruled out|(has|have)? ?(gone|"
                  r"settled|resolved|cleared up|went away|gone away|passed|eased off|stopped (by itself|on its own)|"
                  r"(it|the bleeding|bleeding|the nosebleed) (has |had |finally )?stopped|"
                  r"(ck|kidneys?|thyroid|liver|bloods?|tests?|results?|scans?|ecg)[ ,]+((\w+|and)[ ,]+){0,4}all (normal|clear|fine)|"
                  r"(feeling|sensation|colou?r) (\w+ ){0,2}(came|comes|come) back|(warm|warms|warmed) (back )?up (fine|again|ok|okay|"
                  r"normally)( (in|inside|indoors|in the) (\w+ ){0,2}(car|van|house|cab|truck|indoors))?|(scan|test|tests|results?|bloods|x ?ray|mri|ecg|ultrasound) (\w+ ){0,2}(was|were|came back) (all )?(clear|"
                  r"normal)|"
                  # "had my leg scanned for a clot last week and it was clear" (set FE)
                  # (imaging only: "checked for sepsis and it was negative, now shes mottled" is no all-clear, found in review)
                  r"(scanned|x rayed|xrayed) (\w+ ){0,6}(and |but )?(it|they|that|everything) (was|were|came back) (all )?(clear|"
                  r"normal))"
                  # "it eased off after I walked for 5 mins."
                  r"(?= ?(now|completely|by itself|on its own)?( after (i|he|she|we|they) (\w+ ){0,4}\w+)? ?"
                  r"($|[.,;!?]|and\b|but\b)))")

# A topic and "symptoms" or "signs", nothing else: asked, unless it opens as a report ("having stroke symptoms").
TOPIC_SEARCH = re.compile(r"(?!(having|had|has|have|got|getting|gets|feeling|feel|showing|shows|with|experiencing|all|"
                           r"classic|textbook|obvious|clear|definite|new|now|still|same|more|worse|bad)\b)"
                           # the topic a condition's name, not symptoms listed ("face drooping arm weak symptoms")
                           r"((\w+ )?(sepsis|stroke|heart attack|cardiac arrest|dvt|blood clot|clot|meningitis|als|mnd|ms|"
                           r"diabetes|hypo|hypoglycaemia|hypoglycemia|anaphylaxis|allergic reaction|overdose|poisoning|"
                           r"concussion|cauda equina|rhabdo|rhabdomyolysis|pe|pulmonary embolism|appendicitis|"
                           r"dehydration|heat stroke|heatstroke|hypothermia|frostbite|tetanus|lyme|covid|flu|"
                           r"[a-z]+ (deficiency|disease|syndrome|poisoning|attack|infection|cancer|palsy)) )"
                           r"(symptoms?|signs?|warning signs|red flags)( (in|for) (\w+ ){0,2}\w+)?"
                           # "sepsis signs in kids what to look for" (set FG)
                           r"( (what|which|ones?) to (look|watch) (out )?for| to (look|watch) (out )?for)?[ ?.!]*")

# A lesson's topic set out, then its signs asked for: "doing sepsis training at work, what are the main signs" (set FI).
# (A report with its subject dropped is no lesson: "swollen red hot calf after a flight, what are the signs".)
SIGNS_ASKED_LAST = re.compile(r"(?=[^,]*,? (so |and )?(what|which|wat) (are|r|is|s) )(doing|did|studying|revising|teaching|"
                              r"giving|preparing|writing|running|attending|planning) (a |an |the |my |our |some )?(\w+ ){0,3}"
                              r"(training|course|exam|lecture|lesson|class|module|talk|presentation|assignment|essay|quiz|"
                              r"homework|webinar|workshop|first aid|session)( (on|about|at|for) (\w+ ){0,2}\w+){0,2},? "
                              r"(so |and )?(what|which|wat) (are|r|is|s) (the |its )?(main |key |usual |common |early |"
                              r"first |typical |classic |warning )?(signs|symptoms|warning signs|red flags)( (of it|of that|"
                              r"to look (out )?for|to watch (out )?for|to know))?[ ?.!]*")

# Two things set side by side, nothing else: "dvt vs cramp how tell", "seizure vs muscle twitch difference".
# (asked with a question mark, or with "how tell" or "difference": "calf swollen hot vs the other" is a report)
VERSUS = re.compile(r"(\w+ ){1,2}(vs|versus) (\w+ ){0,2}\w+")
VERSUS_ASKED = re.compile(r"(\w+ ){1,2}(vs|versus) (\w+ ){1,3}((whats|what is|what s) (the )?)?(how (to )?tell|difference|diff|"
                          r"which is (it|worse))[ ?.!]*|(\w+ ){1,2}(and|or) (\w+ ){1,2}(whats|what is|what s) the difference[ ?.!]*")

# (a family, or a person's own body: "whole family woke up with headaches, my legs are weak ... and the
# cat is poorly too", set DO)
PEOPLE = re.compile(r"\b(i|im|ive|we|us|me|(my |our )?(son|daughter|wife|husband|partner|mum|mom|dad|baby|child|kid|"
                     r"boy|girl|brother|sister|grandma|grandad|granny|grandpa|nan|gran)s?|(whole |entire )?family|everyone|"
                     r"everybody|household|my (legs?|arms?|head|chest|feet|foot|hands?|back|heart|body|face|speech|eyes?|"
                     r"vision|mouth|tongue|skin|neck|throat|stomach|tummy|knees?|ankles?|calf|calves|thighs?|hips?))\b")

# Where a scope ends, and what a question looks like (read by `triage_context`).
# A scope ends at these: "no chest pain and now my calf is swollen" affirms the calf.
TERMINATOR = (r"\bat all(?=,)|\b(but|however|although|though|except|yet|and|now|then|so|because|since|which|today|ive|im|"
              r"tonight|this morning|this evening|right now|suddenly|still)\b|"
              r",(?= (my|i|im|ive|his|her|he|hes|she|shes|it|its|the|now|and|but|then|so|they|we|just)\b)|"
              # "no helmet, smacked my head": a verb after the comma starts a new clause
              r",(?= (\w+ed|hit|fell|got|went|came|took|cut|bit|broke|hurt|ran|threw|split|tore) (my|his|her|their|the|it|a|into|on|off|over|down)\b)")
# Asking and past scopes run through lists ("the difference between a cramp and a clot", "a
# panic attack last year and I was sure it was a heart attack"); only a turn to the present ends them.
PRESENT_ANCHOR = r" ?(today|tonight|this (morning|evening|week|month)|yesterday|last night|right now|now|currently|these days)\b"
WIDE_TERMINATOR = (r"\b(but|however|although|though|except|yet|now|today|tonight|this morning|right now|still|again|currently|"
                   r"these days|since then|this week|this month|yesterday|last night)\b"
                   # "…if it wasn't better, it's been three weeks": a new main clause after the condition
                   r"|,(?= (its|it has|thats|its now) been\b)")
# What used to be ends where the present is told: "used to be once a month, past 2 months 3 times a week".
USED_TO_END = (WIDE_TERMINATOR + r"|\b(nowadays|lately|recently|(the |these )?(past|last) (\d+|few|couple of|two|three|"
               r"four|five|six|several) (days|weeks|months))\b")
# A date's past ends where a clause in the present tense begins: "…a water tablet last month I get cramps".
PAST_TERMINATOR = WIDE_TERMINATOR + r"|\b(i|he|she|they|we) (get|gets|keep|keeps|am|is|are|have been|has been)\b" \
    r"|, (called|rang|phoned|came|woke|told|asked)\b"
# Words that report a person's own experience: after an asking trigger they take the finding
# back out of its scope ("what should I do if my calf is swollen" is a report, not a question).
# "a baby" is anyone's; "baby" after no article is someone's own.
REPORTING = (r"\b(my|mine|me|i|im|ive|id|his|him|he|hes|her|she|shes|our|we|were|us|their|they|theyre)\b|"
             r"(?<!\ba )(?<!\ban )(?<!\bany )\b(mum|mom|dad|son|daughter|wife|husband|partner|baby|toddler|grandma|grandad|"
             r"grandpa|nan)\b")

GENERIC_QUESTION = (r"(is|are|can|could|does|do|what|whats|how|hows|why|which|when|should|would|will|"
                    r"who|where)\b")
# "Heart attack can give pain in the leg?": the question word after the thing asked about, as other languages
# order it (with no person in the sentence, like a question that opens with its question word).
NOUN_FIRST_QUESTION = r"([\w'-]+ ){1,3}(can|could|does|do|will|may|might) (\w+ ){0,2}(cause|give|make|bring|lead to|mean)\b"
# "Is growing slowly.": a report with its subject dropped, as other languages allow, not a question. Short, and
# judging nothing: "is passing out after standing up normal" (no question mark typed) still asks.
SUBJECT_DROPPED = (r"(is|are) (still |now |more |very |really |always )?\w+ing\b(?!.*\b(normal|ok|okay|serious|bad|"
                   r"dangerous|signs?|common|safe|worrying|concern\w*|fine|related|linked|caused?|mean)\b)(\W+\w+){0,4}\W*$")

# In a sentence with these, a question stays hypothetical even about oneself: "if I ever got chest
# pain…", "how would I know if…", "if someone at my gym collapsed…", "in case", "suppose".
HYPOTHETICAL = (r"\b(if (someone|somebody|anyone|a person|people|a (man|woman|kid|child|friend|stranger|player|"
                r"runner|colleague|patient))\b|if (\w+ ){0,2}ever|(have|has|do|does|did) (you|anyone|people|they) "
                r"ever|would|were to|in case|suppose|supposing|imagine|hypothetical\w*|"
                # "If I got bitten by an adder on a hike, what should I do?": the past tense of a
                # condition that has not happened (a present one, "if my calf is swollen", still warns)
                r"\bif (\w+ ){0,3}(gets|get|develops|starts) (\w+ ){0,6}(tomorrow|next week|later|tonight)|"
                # "What should we do if she gets a fever?": a change that has not come yet
                r"\bwhat (should|do|would|can) (i|we) do if (\w+ ){0,3}(gets|develops)\b|"
                # "what if my pee goes dark after the race": a change imagined, not told
                r"\bwhat if (\w+ ){0,3}(goes|go|gets|get|turns|turn|becomes|become|develops|develop|starts|start)\b|"
                # "what am I meant to do if she has a seizure? she says it's well controlled"
                r"\bwhat (am i|are we) (meant|supposed) to do if\b|"
                # "How do you ask someone if they're thinking about suicide?": anyone, not a person met
                r"\bhow (do|can|should|would|could) (you|i|we|one|people) (\w+ )?(ask|talk to|approach|help|support|"
                r"respond to|reach out to|check on|tell if) (someone|somebody|anyone|a (friend|person|colleague|student|"
                r"pupil|patient|stranger|loved one|family member|teenager|child))\b|"
                r"^if (i|we|he|she|they|you|my \w+|our \w+) (got|were|was|had|did)\b(?=.*\b(what|how) (should|would|do|"
                r"can|to)\b))\b")

# Whether heart-attack or stroke signs that passed still need a doctor today (triage.passed_warning).
CLEARED = re.compile(r"\b(ruled out|all (normal|clear|fine)|(ecg|bloods|tests?|troponin|scan)s? (\w+ ){0,3}"
                     r"(normal|clear|fine)|a ?& ?e|emergency department|hospital|(doctor|gp|paramedics?|nurse) "
                     r"(\w+ ){0,3}(said|says|told|checked))\b")
# A TIA lasts minutes to hours; seconds on waking (sleep paralysis) or an arm slept on are other things.
# Nor is an aura, a drink, a dental numbing or a faint.
NOT_A_TIA = re.compile(r"\b(seconds?|secs?|a moment|split second|(fell|falling|fall) asleep (on|with)|slept (on|with)|"
                       r"woke (up )?with (it|my|his|her)|migraines?|aura|usual for (me|him|her)|wine|drunk|drinks|"
                       r"alcohol|pints?|beers?|filling|dentist|numbing|anaesthetic|botox|shingles|overtired|panic|faint\w*|"
                       r"passed out|cold outside|stroke|strokes|tia|mini ?stroke)\b")
# ...and it is an episode told with its length ("for about 10 min then totally back to normal"): "dad had a stroke but
# he's fine now" is history, not a passing (found in review).
EPISODE = re.compile(r"\b(\d+|a few|few|couple of|ten|fifteen|twenty|thirty|half an?|an?) ?"
                     r"(min|mins|minutes?|hours?|hrs?)\b")
