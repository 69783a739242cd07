"""The kind of answer a question expects (a professional, a number, a cause, advice…) and the words that give it."""

from __future__ import annotations

import re

# Looking after it oneself, as a when-to-see-a-doctor question puts it ("stop trying to manage it on my own").
ON_ONES_OWN = (r"stop (trying to )?(manag|handl|deal\w* with|treat)\w*|on (my|your|our) own|"
                r"by (myself|yourself|ourselves)")
# What comes next, or whether to leave it, asked of care (fresh57): "next step?", "what will the doctor do for
# me?", "is it ok to just ignore it?", "do I need to see someone?" (word boundaries come from where it is used).
CARE_STEP = (r"(what(s| is| are)? (my |the )?)?next steps?(?=\s*[?.!]*\s*$)|"
              r"what (will|would|might) (the |my )?(doctor|gp|physician|specialist|neurologist)s? "
              r"(do|say|suggest|recommend)( for (me|him|her|them|us|it|this))?(?=\s*[?.!]*\s*$)|"
              r"(is it|its|it is) (ok|okay|fine|safe|alright|normal) to (just )?(ignore|live with) (it|this|them|that)|"
              r"(can|should|could) (i|we) (just )?ignore (it|this|them|that)|"
              r"do (i|we) need to (see|get (it |this |them )?(checked|seen)|be seen)")

# Someone to be seen by, as a when-to-see-a-doctor question names them ("…checked by a healthcare professional").
_PRO = (r"(a |an |the |your |my )?(doctor|gp|physician|specialist|professional|healthcare( professional| provider)?|"
        r"neurologist|podiatrist|physio)")

# The kind of answer a question expects, and words that a sentence giving that kind holds
# (answer-type matching, as in classic factoid QA). First match wins.
# A figure written as digits or a small number word, in the cues of "how much" and "how many/long".
_NUMERALS = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten"
KINDS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (name, re.compile(ask, re.IGNORECASE), re.compile(cue, re.IGNORECASE)) for name, ask, cue in (
        ("who", r"^\s*(who|which (doctor|specialist|professional|kind of doctor|type of doctor))\b|\bwho (can|should|"
                r"do|to)\b|"
                # "…who might they send me on to?", "who am I supposed to see?" (not "my mum, who is 80, …")
                r"\bwho (could|would|might|will|am|is|else|does) (\w+ ){0,4}(see|send|refer|go|turn|help|treat|sort|"
                r"fix|look|ask|speak|talk|contact|call|book|visit|consult)\w*\b|"
                r"\bwhat (kind|type|sort) of (doctor|specialist)|\bwhich (doctor|specialist)",
         r"\b(podiatrist|physiotherapist|physical therapist|doctor|neurologist|specialist|healthcare (professional|"
         r"provider)|physician|gp|nurse|pharmacist|chiropodist|orthopedist|therapist)s?\b"),
        ("name", r"\b(other|another|alternative|different|common|full|second) names?\b|\baka\b|"
                 r"\bwhat (else )?(is|are) (it|they|\w+) (also |otherwise )?(called|known as)\b|"
                 r"\balso (called|known as)\b",
         r"\b(also (referred to|known|called)|known as|called|referred to as|termed|aka|named)\b"),
        ("when_doctor", r"\b(when|at what (point|stage)) (should|do|must|to) (i|you|we|he|she|they|(my|our|your) \w+)\b"
                        r".{0,80}\b(see|visit|consult|call|worry|go|(get|be) (\w+ ){0,2}(seen|checked|looked at)|"
                        r"looked at|checked (out|over|by))\b|"
                        # asked of someone else, or typed as a search (fresh60, fresh61): "should he see a doctor?",
                        # "leg shaking lifting heel see doctor when"
                        r"\bshould (he|she|they|we|(my|our) \w+) (go and |go to )?(see|visit|consult|get (\w+ ){0,2}"
                        r"(seen|checked|looked at))\b|"
                        r"\b(see|visit|consult) (a |the )?(doctor|gp|physician|specialist|professional|physio) when\b|"
                        # "how soon should I tell a doctor if…" is answered by when to (fresh77)
                        r"\bhow soon (should|do|must|would) .{0,60}\b(see|visit|consult|call|tell|contact|go to|"
                        r"speak to|talk to) (a |the |my |your )?(doctor|gp|physician|specialist|professional)|"
                        r"\bwhen (to )?(see|visit|consult|call) (a |the |my )?"
                        r"(doctor|gp|physician|specialist|professional|physio)|"
                        # the symptom as the subject (fresh70): "when do calf twitches and cramps need a doctor"
                        r"\bwhen (do|does|would|will|should|must) .{0,80}\b(need|needs|require|requires|warrant|"
                        r"warrants) (\w+ ){0,2}(doctor|gp|physician|specialist|professional|medical "
                        r"(attention|help|advice)|seeing|seen|looking at)\b|"
                        # "When is time to consult doctor for…" (a second language)
                        r"\bwhen is (it )?(the )?(right )?time to (see|visit|consult|call|get)\b|"
                        # "when is it worth getting checked by a professional?"
                        r"\bwhen (is|are|would) .{0,60}\bworth (getting|having|being) (\w+ )?(checked|seen|looked at)|"
                        # the trouble as the subject, the one to see named: "When should calf twitching… be checked by a
                        # healthcare professional?", "When is shaking in my leg… worth seeing a professional about?"
                        # (fresh105, fresh107); not "when should the sterilizer be checked"
                        rf"\bwhen (should|must|do|does|would|will|is|are|can) .{{0,100}}\b(checked|seen|looked at|"
                        rf"examined|assessed|evaluated) by {_PRO}|"
                        rf"\bwhen (is|are|would|will) .{{0,100}}\bworth (seeing|consulting|visiting|contacting|calling|"
                        rf"asking) {_PRO}|"
                        # the limit of looking after it oneself: "at what point should I stop trying to manage it on
                        # my own?", "when is it not something I can sort out myself?", "…should just wait out?"
                        rf"^\s*(when|at what (point|stage))\b.{{0,100}}\b({ON_ONES_OWN}|"
                        r"(myself|yourself)(?=\s*[?.!]|\s*$)|wait (it |this |them )?out)\b|"
                        rf"\bshould i (worry|be worried|see)|\b({CARE_STEP})\b",
         # advice to be seen, not any "if" or "when" ("when lifting your heel" is no threshold)
         r"\b(persist\w*|worse\w*|severe|seek|consult|see a|medical (attention|advice|help)|accompanied)\b"),
        # "How many herbs does the site name, and which?" is answered by naming them, not a number.
        ("count", r"\bhow many\b.{0,60}\b(are|is|does|do|did)\b.{0,40}\b(named|listed|mentioned|given|"
                  r"suggested|recommended|name|list|mention)\b|\bhow many\b.{0,60},? and (which|what)\b|"
                  # "how many herbs can stop leg twitches, list them pls" (fresh56)
                  r"\bhow many\b.{0,80}\b(list|name) (them|those|these|all|each)\b",
         r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|several)\b|\w+, [\w’' -]+, (and|or) \w+|"
         r"\b\w+, \w+, \w+\b|"
         r":|\bincluding\b|\bsuch as\b"),
        # "How often is training repeated?" is answered by "annually", not by "at least one individual".
        ("frequency", r"\bhow (often|frequently)\b|\bhow many times (a|per|each|every)\b",
         r"\b(annually|yearly|daily|weekly|monthly|hourly|nightly|every|each (day|night|week|month|year|time)|once|"
         r"twice|\d+ times|times (a|per)|per (day|night|week|month|year)|upon|before and after|"
         r"after (each|every)|whenever|common|commonly|rare|rarely|uncommon|often|usually|sometimes|most|many|few|"
         # "how often should I exercise?" is answered by "Engage in regular physical activity" (fresh77)
         r"regular|routinely|periodically|"
         r"percent|half|majority|minority)\b|%"),
        # "How much water should I drink?" is answered by "Drinking lots of water." (fresh77): an amount in words
        # answers as a figure does.
        ("amount", r"^\s*how much\b(?!.{0,40}\b(mg|milligrams|grams|ml|millilitres|milliliters|percent|%|alcohol))",
         rf"\b({_NUMERALS}|half|quarters?|lots|plenty|enough|adequate|sufficient|more|less|little|excess\w*|"
         r"moderat\w*|limit\w*|at least|amounts?)\b"),
        ("number", r"^\s*(how (many|much|long|soon)|at what (age|temperature))\b|\bhow (many|long)\b|"
                   # a choice between two figures, or a share asked with the sign: "read at 48 or 72 hrs?",
                   # "what % alcohol" (fresh56)
                   r"\b\d+(\.\d+)? or \d+(\.\d+)? ?(hours?|hrs?|days?|minutes?|mins?|weeks?|months?|years?|seconds?|"
                   r"secs?|percent|%|mg|ml|degrees)|\bwhat\s?%|"
                   r"\b(whats|what is|what['’]s) the ((minimum|maximum|right|correct|ideal|required|recommended|safe|"
                   r"lowest|highest) )?(\w+ )?(percent|percentage|temperature)\b(?! (and|between|on|of)\b)|"
                   # asked as a request: "looking for the minimum alcohol percentage", "the right dose in milligrams"
                   r"^\s*(looking for|tell me|need|i need|want|give me|find me|what|whats|what is)( to know)?( the)? "
                   r"(minimum|maximum|right|correct|recommended|ideal|required) (\w+ )?(percent|percentage|temperature|"
                   r"dose|dosage)\b|"
                   r"\b(how much|what|whats|tell me|looking for)\b.{0,60}\bin (milligrams|mg|grams|ml|millilitres|"
                   r"milliliters)\b(?! (or|bottles?)\b)|"
                   r"\bwhat (?!(?:is|are|was|were|does|do|did|causes?|affects?|makes?|can|could|should)\b)(\w+ )?"
                   r"(percent|percentage|proportion|share|fraction|dose|amount|temperature|dilution|concentration|ratio)\b|"
                   # "what bleach-to-water ratio…" (fresh101)
                   r"\bwhat ([\w'-]+ ){1,3}(dilution|concentration|ratio)\b|"
                   # typed as a search: "recommended daily magnesium dose", "hep b vaccine dose schedule", "autoclave
                   # temperature and time" (fresh98, fresh99)
                   r"^\s*(recommended|daily|right|correct|safe|usual|maximum|max|minimum) (\w+ ){0,2}(dose|dosage)\b"
                   r"(?! (help|helps|safe|work|works|in|of it)\b)|"
                   r"\b(whats|what is|what['’]s|what are) the (\w+ ){0,2}(dose|dosage|doses|dilution|concentration)\b"
                   r"(?! (help|helps|safe|work|works)\b)|"
                   r"\b(dose|dosing|doses|vaccine|vaccination|booster) schedule\b|\btemperature and (time|duration)\b",
         rf"\b({_NUMERALS}|twenty|annually|yearly|daily|weekly|monthly|"
         r"every|seconds?|minutes?|hours?|(?<!day to )days?(?! to day)|weeks?|months?|years?|percent|half|"
         r"quarters?)\b"),
        ("treatment", r"\bhow (is|are) .{1,80}\b(treated|managed|cured)\b|\b(treatments?|therapy|cure) (for|of)\b|"
                      r"\bhow (do|can|would|should) (you|i|we|doctors?|they) (treat|cure|manage)\b",
         r"\b(treat\w*|therap\w*|medication\w*|medicines?|drugs?|remed\w*|reliev\w*|relief|manag\w*|help\w*|stretch\w*|"
         r"exercis\w*|massag\w*|supplement\w*|rest|resting|avoid\w*|reduc\w*|prevent\w*|surgery|injection\w*|"
         r"prescri\w*|cure\w*|improv\w*|alleviat\w*|eas(e|es|ing))\b"),
        ("list", r"\b(types|kinds|sorts|categories|forms|examples|groups) of\b|\bwhat are the (\d+|two|three|four|"
                 r"five)\b|\bwhich (exercises|stretches|foods|vitamins|minerals|remedies)\b|"
                 r"\b(exercises|stretches) (to|for)\b",
         r"\(\d\)|\b\d\)|:|\bincluding\b|\bsuch as\b|\b(types|kinds|categor\w*|classified|categorized)\b"),
        ("cause", r"^\s*why\b|\bwhat (causes|caused|makes|triggers)\b|\b(cause|causes|reason|reasons) (of|for)\b|"
                  # (not "what medicine do doctors give for…", which asks for a treatment)
                  r"\b(can|could|does|do|might) (\w+ ){1,5}(cause|make|trigger|lead to|give (me|you|him|her|them|us|"
                  r"people|someone|anyone|kids|children|a|an|leg|muscle|twitch\w*|cramp\w*))\b",
         r"\b(because|due to|caused by|causes?|lead to|leads to|result (in|from)|triggers?|reasons?|associated|"
         r"linked|contribut\w*|side effects?)\b"),
        # "When should soap and water be used instead of hand rub?" is answered by the condition: "…when hands are
        # visibly soiled" (fresh70, fresh72), not by a sentence about both.
        ("when", r"^\s*(?:when|in what (?:situations?|cases?|circumstances))\b|"
                 r"\bwhen (?:should|must|do|does|is|are|can|would) (?:i|you|we|they|it|(?:the |a |an )?\w+)\b",
         r"\b(when|whenever|if|after|before|during|while|until|unless|once)\b"),
        ("howto", r"\bwhat (can|should|could) (i|you|we) do\b|"
                  r"^\s*(how (do|can|should|to|would) (i|you|we|one)|what (can|should) (i|you|we)|ways? to|tips|"
                  r"best way)\b|"
                  # without its "do", as a second language asks: "How I make it better?"
                  r"\bhow (i|we) (can |could |should |must )?(make|stop|get|fix|help|treat|prevent|do|ease|avoid)\b|"
                  r"\b(help|helps|prevent|stop|treat|treatments?|rehab\w*|relieve|ease|fix|get rid of|reduce|avoid|"
                  r"recover)\b|"
                  # asked in the passive: "how can cramping from overused calves be relieved?" (fresh96)
                  r"\bhow (can|could|should|is|are|might|would|do|does) .{0,80}\bbe (relieved|eased|treated|prevented|"
                  r"stopped|fixed|addressed|managed|reduced|avoided|helped|resolved|improved|corrected|handled|"
                  r"dealt with)\b|"
                  # what a rule asks of staff: "how are clinics supposed to throw away used needles" (fresh84)
                  r"\bhow (are|is|do|does|should|must) .{0,60}\b(supposed|meant|required|expected) to\b",
         r"\b(can help|helps?|should|try|consider|recommend\w*|avoid|use|apply|stretch\w*|drink|take|consult|see a|"
         r"visit|incorporat\w*|implement\w*|ensure|massage|rest|elevat\w*|wear|strengthen\w*|exercis\w*|manag\w*|"
         r"therap\w*|rehabilitat\w*)\b|"
         # an instruction: "Dispose of used sharps at the point of use…"
         r"^\s*(dispose|discard|perform|clean|wash|place|store|remove|change|keep|follow|wear|use)\b"),
    ))
