"""The frame around a question's subject: who said it, whom it is about, how worried or doubtful the asker is."""

from __future__ import annotations

import re

__all__ = ["ASKER", "BELIEF", "BRIEF", "CHECKING", "EXCLUDED", "HEDGE", "NAMING", "PERSON", "PERSON_ROLE", "POLITE",
           "READ_BACK", "REPORTED", "REQUEST", "WORKPLACE", "WORRY_FRAME", "unframed"]

# How the asker feels about asking, not what is asked: "should I worry", "I'm terrified it's MND"
# (left in, "worry" would count as the anxiety it is a synonym of).
WORRY_FRAME = re.compile(r"\b((should|do|would|must) (i|we|you) (need to )?(be )?(worr\w*|concerned|scared)|"
                         r"need to worry|(i'?m|im|i am|we'?re|we are) (so |really |very |a bit |quite )?(worried|"
                         r"concerned|scared|terrified|anxious)|(something|anything|nothing) (to|i should|we should) "
                         r"(worry|be (worried|concerned)) about|no need to worry|"
                         r"worth worrying about)\b", re.IGNORECASE)


# The people a question is about or asked for ("my mum", "my 15 year old son", "our elderly
# neighbour"): no article names them, and counted as key terms they made answerable questions about
# someone else look unanswered.
_PEOPLE = (r"(?:(?:mother|father|son|daughter|brother|sister)[\s-]in[\s-]law|mum|mom|mommy|mummy|mother|dad|"
           r"daddy|father|parents?|sons?|daughters?|kids?|child|children|boy|girl|"
           r"baby|toddler|teen|teenager|husband|wife|partner|boyfriend|girlfriend|fianc[ée]e?|spouse|uncle|aunt|"
           r"aunty|auntie|nephew|niece|cousin|brother|sister|sibling|grandma|grandmother|grandad|granddad|grandpa|"
           r"grandfather|gran|granny|nan|nana|grandson|granddaughter|grandchild|grandkids|"
           r"in[\s-]laws|friend|mate|flatmate|roommate|neighbou?r|colleague|co-?worker|boss|client|patient|resident|"
           r"player|athlete|student|pupil|family)")
_AGE_OR_KIND = (r"(?:\d+\s*-?\s*(?:years?|yrs?|yo)(?:[\s-]*old)?\s+|(?:little|elderly|older|younger|teenage|"
                r"grown[\s-]up|young|old|best|adult|eldest|youngest|oldest|baby|big|disabled|frail|ageing|aging|step)\s+)")
# …and whoever is theirs, a chain told through a possessive: "my cousin's little boy", "my friend's father", "my
# dad's podiatrist" (set fresh60).
_THEIRS = (r"(?:['’]s\s+" + _AGE_OR_KIND + r"{0,2}(?:" + _PEOPLE[3:-1] + r"|gp|doctor|physio|physiotherapist|"
           r"podiatrist|nurse|consultant|specialist|neurologist|surgeon|dentist|carer|care\s+worker|"
           r"care\s+home|school|coach|trainer))")
PERSON = re.compile(rf"\b(?:my|our|his|her|their|your)\s+{_AGE_OR_KIND}{{0,2}}{_PEOPLE}{_THEIRS}*(?:['’]s)?\b",
                    re.IGNORECASE)
# Where that person works is who they are, not what is asked: "my daughter works at a GP surgery, is she allowed to
# wash her gloves…", "she's a nurse at an outpatient clinic" (set fresh60).
# Only someone else's: "does working at a clinic mean I need a flu shot?" asks about the clinic (found in review).
WORKPLACE = re.compile(
    # after the person is left out (PERSON goes first): "[my daughter] works at…", or said of them: "who works at…"
    r"(?:(?:^|[,;.!?]|\band\b)\s*|\b(?:who|she|he|they)\s+)"
    r"(?:works|worked|is\s+a\s+\w+|(?:she|he)['’]?s\s+a\s+\w+)\s+(?:at|in|for)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:surgery|clinic|hospital|practice|care\s+home|nursing\s+home|pharmacy|"
    r"gym|school|office|ward|factory|warehouse)\b",
    re.IGNORECASE)
# Someone the asker looks after or works with, named by their role rather than as "my …": "one of my residents", "a
# runner I train", "the lad on my team", "the old man next door", "the teenager I look after".
_ROLE = (r"(?:client|patient|resident|player|athlete|student|pupil|runner|lad|lass|teen|teenager|kid|customer|trainee|"
         r"gentleman|lady|man|woman|boy|girl|neighbou?r|member)s?")
# what ties the role to the asker: "…I train", "…on my team", "…next door", "…of mine"
_ROLE_TIE = (r"\s+(?:i|we)\s+(?:train|coach|teach|look\s+after|care\s+for|support|work\s+with|see)|\s+(?:on|in|at)\s+"
             r"(?:my|our)\s+(?:team|class|squad|group|ward|home|gym|club)|\s+next\s+door|\s+(?:of\s+)?mine")
PERSON_ROLE = re.compile(
    r"\b(?:one\s+of\s+(?:my|our)\s+|(?:a|an|the|this|that)\s+(?:new\s+|young\s+|old\s+|elderly\s+|older\s+)?)"
    rf"{_ROLE}(?=(?:{_ROLE_TIE})\b|['’]s\b|\s+(?:has|have|is|keeps|gets|says|asked|told|he|she|they)\b)"
    rf"(?:{_ROLE_TIE})?(?:['’]s)?",
    re.IGNORECASE)
# How a belief is put to the test, not the belief: "is it true that…", "…true or nah?", "or is that a myth?".
CHECKING = re.compile(r"\b(?:is (?:it|that|this) (?:really |actually )?(?:true|right|correct|a myth)(?: that)?|"
                      # "…is that wrong?", "is he right?", "am I right?" (fresh64)
                      r"(?:is|am|are)\s+(?:that|this|it|i|he|she|they)\s+(?:wrong|right|correct|so|a\s+thing)|"
                      r"true or (?:false|not|nah|myth)|or (?:is (?:that|it|this) )?(?:just )?(?:an? )?(?:myth|"
                      r"old wives['’]? tale|rubbish|nonsense|made up)|or nah|actually|basically|literally|"
                      r"honestly|alot)\b|,?\s*right\s*\?\s*$", re.IGNORECASE)
# What the asker believed or heard before asking, not what is asked: "I always thought…", "I read that…", "I figured…",
# "surely…", "sounds pointless tbh" (set fresh64; "…is that wrong?" is a belief tested, in CHECKING). The belief itself
# stays: it is the subject.
BELIEF = re.compile(
    # not asked of the asker: "what do I think about", "should I read…"
    r"(?<!\bdo\s)(?<!\bdid\s)(?<!\bshould\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bmust\s)"
    r"\b(?:i|we)(?:['’]?ve|\s+have|\s+had)?\s+(?:always\s+|just\s+|kind\s+of\s+|kinda\s+|sort\s+of\s+|"
    r"honestly\s+|also\s+)?(?:thought|think|assumed|assume|figured|believed|believe|heard|read|reckon|guessed)"
    r"(?:\s+(?:somewhere|online|that))*\b|"
    r"\b(?:surely|tbh|to\s+be\s+honest|apparently|supposedly)\b|"
    r"\b(?:sounds?|seems?)\s+(?:a\s+bit\s+|kind\s+of\s+|kinda\s+|so\s+)?(?:pointless|silly|daft|weird|odd|stupid|"
    r"useless|crazy|made\s+up)\b",
    re.IGNORECASE)
# Courtesy and the asker's own age, not the subject: "Hello dear", "please", "thank you", "Could you tell an
# old lady of 84…", "Forgive an old man's curiosity", "At 83 I should like to…", "in my old age".
_OLD = r"an? old (?:man|lady|woman|gentleman|chap)"
POLITE = re.compile(
    r"\b(?:hello|hi there|good (?:morning|afternoon|evening)|dear(?= *[,.!])|please|thank(?:s| you)"
    r"(?: (?:very|so) much)?(?: in advance)?|kind regards|many thanks|"
    rf"(?:could|would|can) you (?:please )?tell (?:me|us|{_OLD}(?: of \d+)?)|"
    rf"forgive (?:me|{_OLD}['’]s (?:curiosity|ignorance|question))|i (?:should|would) like to (?:know|ask)|"
    r"(?:at|aged) \d{2}(?: years(?: of age| old)?)?(?=[, ]+i\b)|in my (?:old )?age|"
    rf"i (?:was )?wonder(?:ing)? (?:if|whether)(?: you could tell me)?|{_OLD} (?:of|aged) \d+)\b",
    re.IGNORECASE)

# Who said it, not what was said: "my physio said…", "the pharmacist suggested B12", "a leaflet at
# the surgery said…", "my GP wrote 'calf fasciculation' on the letter". The speaker and the
# reporting verb are the frame of the question; the words they report are its subject.
_SPEAKER = (r"(?:(?:my|the|our|a|an|his|her|their|your)\s+)?(?:(?:personal|sports|massage|physical)\s+)?"
            rf"(?:{_PEOPLE}|people|everyone|everybody|someone|somebody|"
            r"gp|doctor|doc|dr|physio|physiotherapist|therapist|pt|pharmacist|chemist|nurse|midwife|consultant|"
            r"specialist|neuro|neurologist|podiatrist|chiropodist|trainer|coach|dietitian|dietician|nutritionist|"
            r"herbalist|osteopath|chiropractor|surgeon|dentist|optician|health visitor|practitioner|"
            r"(?:leaflet|letter|pamphlet|handout|booklet|poster|sheet)(?:\s+(?:at|from|in)\s+the\s+\w+)?)"
            r"(?:['’]s\s+(?:leaflet|letter|handout|notes?|sheet))?")
REPORTED = re.compile(
    rf"\b{_SPEAKER}\s+(?:just\s+|also\s+|then\s+)?(?:said|says|told\s+(?:me|us|him|her)|told(?=\s+(?:she|he|they)\b)|tells\s+(?:me|us)|"
    r"mentioned|mentions|wrote|writes|suggested|suggests|reckons|thinks|thought|asked(?:\s+(?:me|us))?|"
    r"gave\s+(?:me|us)|wants\s+(?:me|us)\s+to|recommended|recommends|advised(?:\s+(?:me|us))?|explained|"
    # "my dad's podiatrist keeps going on about his plantar fascia" (fresh60)
    r"(?:keeps|kept|keep)\s+(?:going|banging|harping)\s+on\s+about|(?:goes|went)\s+on\s+about|"
    r"(?:keeps|kept)\s+(?:mentioning|talking\s+about|saying))\b"
    r"|\b(?:on|in)\s+(?:the|my)\s+(?:referral\s+)?(?:letter|notes|form|referral)\b"
    # "has just been told she has fibromyalgia": the news, not who gave it
    r"|\b(?:(?:has|have|had|was|were)\s+)?(?:just\s+|recently\s+)?been\s+told(?:\s+(?:that\s+)?(?:she|he|they|i|we)"
    r"\s+(?:has|have|had|is|are))?\b",
    re.IGNORECASE)

# A question put as an instruction, as to a chat assistant: "Explain what spinal muscular atrophy is",
# "Tell me the other name ALS is known by", "Give me a quick rundown of…", "in plain terms". The request
# is the frame; what follows it is the question. Only at the start of a sentence: "the other name" and
# "a list of herbs" keep their words.
_HOW_TOLD = (r"(?:\s+(?:to\s+me|to\s+us|me|us|briefly|quickly|simply|exactly|clearly|honestly|properly|"
             r"(?:a|an|the)\s+(?:quick|short|brief|simple|basic)?\s*(?:rundown|overview|summary|run\s*down|"
             r"breakdown|explanation|idea|basics|list|outline)(?:\s+(?:of|on|about))?|about|on|of))*")
REQUEST = re.compile(
    r"(?:^|(?<=[.!?;:]\s)|(?<=\A\W))\s*(?:(?:ok(?:ay)?|so|right|hey|quick question|please)[,\s]+)*"
    r"(?:(?:could|can|would|will)\s+you\s+(?:please\s+)?)?(?:explain|describe|summari[sz]e|outline|clarify|list|name|tell|give|show|walk\s+me\s+through|"
    r"run\s+me\s+through|break\s+down|help\s+me\s+understand|let\s+me\s+know|"
    r"i(?:['’]d| would)?\s+(?:need|want|like)\s+to\s+(?:know|understand|find\s+out)|i\s+need)\b"
    rf"{_HOW_TOLD}"
    r"|\b(?:in\s+(?:plain|simple|lay(?:man['’]?s)?|everyday|basic)\s+(?:terms|english|words|language))\b",
    re.IGNORECASE)

# A name asked for: "what's the other name for ALS", "another word for a charley horse". The answer is
# named ("also referred to as Lou Gehrig's disease") but seldom says "name": the thing named is the subject.
NAMING = re.compile(r"\b(?:the\s+|an?\s+)?(?:other|another|alternative|different|second|full|common|medical|proper|"
                    r"official|technical|everyday|scientific)\s+(?:names?|terms?|words?)\s+"
                    # "the other name people use for it" (set fresh60)
                    r"(?:(?:people|doctors|they|you|we|folk)\s+(?:use|call\s+it|give\s+it)\s+)?(?:for|of)\b|"
                    r"\bwhat\s+(?:else\s+)?(?:is|are)\s+(?:it|they)\s+(?:also\s+|otherwise\s+)?(?:called|known\s+as)\b",
                    re.IGNORECASE)

# What the asker already knows, has tried or rules out: "Besides drinking plenty of water, …", "Apart from ALS,
# what's…", "I'm already staying well hydrated — what other habits…", "I already bought better walking shoes —".
# Those words name what the answer is NOT to be; counted as key terms they chose the span about them.
_KNOWN_END = r"(?=\s*[,—–?.;:]|\s+-\s)"
# the known thing runs to a comma or a dash, never over the question's own words ("other than stress what causes…")
_KNOWN = (r"(?:(?!\b(?:what|whats|which|how|is|are|can|could|do|does|should|would|will|why|when|who|where|any|"
          r"anything)\b)[^,—–?.;:])")
EXCLUDED = re.compile(
    r"(?:\b(?:besides|other than|aside from|except(?: for)?|on top of|rather than)|"
    # "apart from" opens a clause: "tell a tremor apart from a seizure" compares
    r"(?:^|(?<=[,;:.!?—–(]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bso\s))apart from)\s+"
    rf"{_KNOWN}{{2,40}}?{_KNOWN_END}|"
    r"\b(?:i(?:['’]?ve| have)?|i(?:['’]?m| am)|we(?:['’]?ve| have)?|we(?:['’]?re| are))\s+already\s+"
    r"(?:tried|done|doing|bought|got|take|taking|taken|use|using|used|do|started|staying|drinking|eating|wearing|"
    rf"cut out|cut|stopped|given up|quit|know|seen|checked)\b{_KNOWN}{{0,40}}?{_KNOWN_END}|"
    rf"\bi (?:don['’]?t|do not) think (?:it['’]?s|it is|its) (?:an? )?{_KNOWN}{{2,30}}?{_KNOWN_END}",
    re.IGNORECASE)

# The article itself as the speaker, or a place in it, asked about by someone who read it: "what did it say keeps
# the blood flowing…", "which B vitamin did it mention by name?", "near the end of the list", "in the treatment bit
# at the end". No passage says "say" or "mention": counted as key words they were taken for the subject.
_TEXT = (r"(?:article|articles|post|piece|page|blog|site|list|wrap-?up|summary|conclusion|author|writer|text|bit|"
         r"part|section|paragraph)")
READ_BACK = re.compile(
    rf"\b(?:(?:did|does|do|was|were|has)\s+)?(?:it|the\s+{_TEXT})\s+(?:say|says|said|mention|mentions|"
    r"mentioned|list|lists|listed|name|names|named|give|gives|gave|suggest|suggests|suggested|recommend|recommends|"
    r"recommended|go\s+through|goes\s+through|went\s+through|talk\s+about|talks\s+about|talked\s+about|"
    r"state|states|stated|flag|flags|flagged|single\s+out|singles\s+out|singled\s+out)\b"
    r"(?:\s+(?:by\s+name|about))?|"
    # the text before a verb that says what is asked: "how does the author classify…", "how does the article define…"
    rf"\b(?:(?:did|does|do)\s+)?the\s+{_TEXT}(?=\s+(?:define|defines|classify|classifies|describe|describes|"
    r"characteri[sz]es?|explain|explains|advise|advises|support|supports|attribute|attributes)\b)|"
    rf"\b(?:according\s+to|per|in|from)\s+(?:the|this|your)\s+{_TEXT}\b|"
    # the passive of the same: "is botulinum toxin mentioned as an option", "which drugs are singled out"
    r"\b(?:mentioned|flagged|singled\s+out|cited)\b|"
    r"\b(?:in|near|at|from|towards?)\s+the\s+(?:(?:treatment|causes?|prevention|remedies|tips|last|first|final|main|"
    rf"numbered|bulleted)\s+)?(?:{_TEXT}|end|start|beginning)"
    rf"(?:\s+(?:at|of|near)\s+the\s+(?:end|start|beginning|{_TEXT}))?\b",
    re.IGNORECASE)

# How much of an answer is wanted: "in a word", "the short version", "just the term", "in a nutshell", and the
# tag of a question that checks ("ALS has another name, right?"). No passage says "version" or "nutshell":
# counted as key words they left a well-answered question looking unanswered.
BRIEF = re.compile(
    r"\b(?:in\s+(?:a\s+|one\s+|two\s+|a\s+few\s+|few\s+|simple\s+)?(?:word|words|nutshell|sentence|line|short|brief)|"
    r"(?:the\s+|a\s+)?(?:short|quick|brief|simple|one[\s-]word|one[\s-]line)\s+(?:version|answer)|the\s+gist|tl;?\s?dr|"
    r"just\s+the\s+(?:term|name|word|one|basics|headline)|keep\s+it\s+(?:short|brief|simple))\b|"
    r",\s*(?:right|yeah|yes|no|correct|true)\s*\?",
    re.IGNORECASE)

_NEGATED_BEFORE = re.compile(r"\b(?:don['’]?t|dont|do not|not|no|nothing|never|without|can['’]?t|cant)\b[^.?!]*$",
                             re.IGNORECASE)


# A hedge before the question: "I might be wrong, but…", "Not sure if I should ask here, but…", "Sorry, English isn't
# great —", "Probably a silly question, but…". Never over a comma or a question word ("Not sure who I should go to —"
# asks who), so what follows is the question.
_HEDGE_BODY = r"(?:(?!\b(?:who|what|whats|which|how|when|where|why)\b)[^?!,.;:—–])"
HEDGE = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*(?:(?:sorry|apologies|ok(?:ay)?|so|hi|hey|um+)[,!.]?\s+)?"
    r"(?:sorry|not sure|(?:i['’]?m )?(?:not|no) (?:sure|a doctor|an expert|expert|a medical person|very good)|"
    r"(?:my )?english (?:is|isn['’]?t|is not|not)|i (?:might|may|could) be|"
    r"(?:this|it) (?:is|might be|may be|will sound|could be|sounds?)|probably|maybe|might be|possibly|"
    r"i (?:don['’]?t|do not) (?:really )?(?:know|want to|understand)|i can['’]?t remember|forgive me|excuse me|"
    rf"(?:a |another )?(?:silly|dumb|stupid|weird|strange|odd|quick|random|basic|daft) (?:one|question|worry))"
    rf"{_HEDGE_BODY}{{0,60}}?(?:,?\s+but\b|\s*[—–]\s*|\s+-\s+|\.\.\.|…)"
    # "…and I'm not sure if it's connected, but…"
    r"|\b(?:and\s+)?(?:i['’]?m\s+)?not\s+sure(?:\s+(?:if|whether)\s+(?:it['’]?s|this\s+is|that['’]?s|they['’]?re)\s+"
    r"(?:connected|related|relevant|linked|normal))?,?\s+but\b",
    re.IGNORECASE)

# Who is asking, as a header: "Coach here:", "Med student question:", "Pharmacist query —", "Physio asking:".
ASKER = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*(?:(?:a|an|another|fellow)\s+)?(?:(?:senior|junior|student|trainee|final[\s-]year|"
    r"community|district|practice|sports|strength(?:\s+and\s+conditioning)?|s&c|rugby|football|running|"
    r"care[\s-]home|hospital|ward)\s+)?(?:nurse|physio|physiotherapist|pt|pharmacist|coach|trainer|"
    r"med(?:ical)?\s+student|nursing\s+student|student|carer|care\s+worker|care\s+assistant|hca|doctor|gp|"
    r"podiatrist|therapist|midwife|paramedic|dietitian|osteopath|chiropractor)\s+"
    r"(?:here|question|query|asking|checking|again|writing)\b\s*[:,—–-]?",
    re.IGNORECASE)


def unframed(question: str) -> str:
    """The question without who said what it reports ("my physio said"), whom it is about ("my
    uncle"), how it tests a belief ("is it true that") and its courtesies ("Hello dear", "please"):
    those words are in no article, and counted as key terms they made answerable questions look
    unanswered. (Who said it goes first: "my friend says" is a speaker, not the person asked about.)"""
    # "I don't carry much besides a couple of pillows": after a negation, "besides" names what there is
    question = EXCLUDED.sub(lambda m: m.group(0) if _NEGATED_BEFORE.search(question, 0, m.start()) else " ", question)
    for frame in (HEDGE, ASKER, REPORTED, PERSON, PERSON_ROLE, WORKPLACE, BELIEF, CHECKING, POLITE, REQUEST, NAMING,
                  READ_BACK, BRIEF):
        question = frame.sub(" ", question)
    return " ".join(question.split())
