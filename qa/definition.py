"""The terms a question wants defined ("What is X?", "X meaning", the difference between two) and what defines them."""

from __future__ import annotations

import re

from qa.frame import NAMING, REQUEST

# "What is X?", "what exactly is X", "In infection control, what does 'cleaning' actually mean?",
# "What is PPE and what are some examples?" (the term is what comes before the second question).
DEFINITION_QUESTION = re.compile(
    r"(?:^|[,;:.!?—–]\s*|\s-\s+)(what(?:[’']?s\b|\s+(?:exactly\s+|actually\s+|really\s+)?(?:is|are|does|do))"
    r"(?!\s+means?\b)|"
    r"define|meaning of|"
    # "how does the article define myopathy", "how would you define a cramp"
    r"how\s+(?:does|do|did|would|should|can|could)\s+(?:(?:the|this|your|an?|one)\s+)?(?:\w+\s+)?define|"
    r"definition of)\s+(?:the\s+)?(?:word\s+|term\s+)?(?:an?\s+)?[\"'‘“]?(?P<term>[\w\s-]{2,40}?)[\"'’”]?\s*"
    r"(?:actually\s+|even\s+|really\s+)?(?:mean|stand for)?\s*(?:\?|$|\s+and\s+(?:what|how|why|where|when)\b|"
    # its field named: "What does cleaning mean in infection prevention, as distinct from disinfection?" (fresh107)
    r"(?<=mean\s)(?:in|within)\s+(?:the\s+)?(?:context\s+of\s+)?[\w\s-]{2,40}?(?:\?|$|,)|"
    r",\s*(?:and\s+)?(?:is|are|does|do|can|could|what|how|why|or)\b|\s+and\s+(?:does|do|is|are|can|could)\b)",
    re.IGNORECASE)

# Typed as a search: "myopathy meaning", "fasciculation definition?", "what is meant by myopathy".
TERM_FIRST = re.compile(r"^(?:what is meant by\s+|whats\s+)?[\"'‘“]?(?!what\b)(?P<term>[\w-]+(?:\s[\w-]+){0,2}?)"
                        r"[\"'’”]?\s+"
                        r"(?:meaning|definition|mean|means)\s*\??$|"
                        r"^what is meant by\s+(?P<term2>[\w\s-]{2,40}?)\s*\??$|"
                        r"^(?P<term6>[\w'’-]+(?:\s[\w'’-]+){0,3}?)\s*=\s*\??\s*$|"
                        r"^how (?:is|are) (?P<term7>[\w\s-]{2,40}?) (?:defined|described)\s*\??$|"
                        # "plantar fascia what is it", "sma - what's that?"
                        r"^(?P<term3>[\w-]+(?:\s[\w-]+){0,3}?)\s*[,:-]?\s*(?:what|whats|what's|what’s)\s*(?:is|are|does|do)?\s*"
                        r"(?:it|that|this|they|those)?\s*(?:sickness|illness|disease|condition|word|term|thing)?\s*"
                        r"(?:mean|means)?\s*\??$|"
                        # "What role does the plantar fascia play in the foot?": what it is and does
                        r"^what (?:role|part|job|function) (?:does|do|did) (?P<term4>[\w\s-]{2,40}?) "
                        r"(?:play|have|serve|do)\b|"
                        # asked as an instruction, its request taken off: "(Explain) what flat feet actually are"
                        r"^what (?P<term5>[\w\s-]{2,40}?) (?:actually |really |exactly )?(?:is|are|means?)"
                        r"(?=\s*(?:[.?!,;:—–-]|$))|"
                        # who falls under a named group: "Who counts as healthcare personnel in an outpatient setting?"
                        # is answered where the group is defined ("Healthcare personnel (HCP) are defined as all
                        # persons…"; fresh104, fresh106, fresh107)
                        r"^(?:who|what)\s+(?:counts|count|is counted|are counted|qualifies|qualify|is considered|"
                        r"are considered|is classed|are classed|is classified|are classified)\s+as\s+(?:an?\s+|the\s+)?"
                        r"(?P<term8>[\w-]+(?:\s[\w-]+){0,3}?)(?:\s+(?:in|at|for|under|within|by)\s+[\w\s-]{2,40}?)?\s*\??$",
                        re.IGNORECASE)

# A request for a description, its object a name: "explain spinal muscular atrophy and how it affects the legs", "need
# a quick explanation of the plantar fascia", "tell me about fasciculation" (fresh59).
REQUESTED_TERM = re.compile(
    r"^(?:(?:could|can|would)\s+you\s+(?:please\s+)?)?(?:explain|describe|define|clarify|tell\s+me\s+about|"
    r"(?:i\s+)?(?:need|want)\s+(?:some\s+)?info(?:rmation)?\s+(?:on|about)|(?:i\s+)?(?:need|want)\s+(?:a\s+)?"
    r"(?:quick\s+|short\s+|brief\s+|simple\s+)?(?:explanation|description|definition|overview)\s+of)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?!(?:what|how|why|when|where|which|who|whether|if|my|me|your|our|his|her|their|it|this|"
    r"that)\b)(?P<term>[\w-]+(?:\s[\w-]+){0,3}?)\s*(?:[.?!]*\s*$|\s+and\s+(?:what|how|why)\b)", re.IGNORECASE)

# What follows "explain" that is no name to define: a topic phrase or a general word (found in review).
_NOT_A_NAME = re.compile(r"\b(for|of|and|about|in|to|with|on|more|again|everything|anything|detail|details|options?|"
                         r"symptoms?|signs?|causes?|risks?|results?|treatments?|side|effects?|benefits?|best|difference|"
                         r"steps?|pain|dose|dosage|rules?|reasons?|process|procedure|situation|problem|issue|basics)\b",
                         re.IGNORECASE)

# The verb without its "does", as a second language puts it: "What is mean this, flat feet?", "what means ALS?"
SECOND_LANGUAGE_MEANING = re.compile(r"(?:^|[.!?]\s+)what (?:is |does )?means? (?:by\s+)?(?:this|that|it)?\s*[,:-]?\s*"
                                     r"(?:the (?:word|term)\s+)?(?P<term>[\w\s-]{2,40}?)\s*\??$", re.IGNORECASE)


# "What's the difference between cleaning and disinfecting?": both terms want defining.
DIFFERENCE_QUESTION = re.compile(r"\bdifference between (?:an?\s+|the\s+)?(?P<a>[\w\s-]{2,40}?) and (?:an?\s+|the\s+)?"
                                 r"(?P<b>[\w-]{2,30}(?:\s[\w-]{2,30})?)\b", re.IGNORECASE)
# "Is magnesium glycinate or magnesium citrate better…?", "heat vs ice": two things weighed against each other, which
# the collection can only weigh where it names both.
_SIDE = r"[\w-]+(?:\s[\w-]+){0,2}?"
COMPARISON = re.compile(rf"\b(?:is|are|would|does|do|should i (?:take|use|try))\s+(?:an?\s+|the\s+)?(?P<a>{_SIDE})"
                        rf"\s+or\s+(?:an?\s+|the\s+)?(?P<b>{_SIDE})\s+(?:better|worse|safer|best|stronger|healthier|"
                        r"more\s+\w+|less\s+\w+)\b|"
                        r"\bwhich (?:one |is |works |would be )*(?:better|worse|safer|best)\b[^?.!]*?[,:-]\s*"
                        rf"(?P<c>{_SIDE})\s+or\s+(?P<d>{_SIDE})\s*[?.!]*$|"
                        rf"\b(?P<e>{_SIDE})\s+(?:vs\.?|versus)\s+(?P<f>{_SIDE})\b|"
                        rf"^\s*(?:is|are)\s+(?:an?\s+|the\s+)?(?P<g>{_SIDE})\s+(?:better|worse|safer|stronger|"
                        r"more effective)\s+than\s+(?:an?\s+|the\s+)?(?P<h>[\w-]+(?:\s[\w-]+){0,2})", re.IGNORECASE)
# "My physio wrote 'calf fasciculation' in my notes, what does that mean?": the quoted words.
# (an apostrophe inside a word, "I'm", opens or closes no quotation)
_QUOTED = re.compile(r"(?<!\w)[\"'‘“](?P<term>[\w][\w\s-]{1,40}?)[\"'’”](?!\w)")
_POINTING = frozenset({"that", "this", "it", "these", "those", "they"})
# A bare kind of thing ("what are the types?", "what are the signs?") asks for the members of one named before.
_OF_WHAT_CAME_BEFORE = frozenset({"types", "kinds", "sorts", "categories", "options", "ones", "signs", "symptoms",
                                  "causes", "reasons", "steps", "differences"})
# What "it" points to when nothing is quoted: the thing a person was told or said they have ("my physio
# keeps mentioning my plantar fascia… What is it?", "said I have fallen arches. What does that mean?").
_REFERENT = re.compile(
    r"\b(?:(?:us(?:ed|es|ing)|sa(?:id|ys)|mention(?:ed|s)?|wr(?:ote|ites)) the (?:word|term)|"
    # what was read or heard about, or is being tested for: "mentioned testing for spinal muscular atrophy"
    r"(?:mention(?:s|ed|ing)?\s+)?(?:test(?:s|ed|ing)?|check(?:s|ed|ing)?|look(?:s|ed|ing)|screen(?:s|ed|ing)?) "
    r"(?:me |him |her |us |them )?(?:for|into)|(?:read(?:ing)?|hear(?:d|ing)?|seen|seeing) (?:a lot )?about|"
    # "says his brother had Lou Gehrig's disease": what the person has, not the person
    r"sa(?:id|ys) (?:(?:his|her|my|their|our) \w+ )?(?:has|had|have)(?: got)?|"
    r"mention(?:s|ed|ing)?|sa(?:id|ys)|wr(?:ote|ites)|call(?:s|ed|ing)|diagnosed|told (?:me|us|him|her) "
    r"(?:i|he|she|we|they) (?:have|had|has)|(?:i|he|she|we|they) (?:have|has|had) got|i have|i've got|"
    r"told (?:\w+ ){1,4}(?:he|she|they) (?:has|have|had))\s+"
    r"(?:(?:with|of|as|it)\s+)?(?:(?:my|a|an|the|his|her|their|some|this)\s+)?"
    r"(?:(?:something|a thing|a condition) called\s+)?"
    r"(?!(?:i|he|she|we|they|you|it|that|me|him|her|them|was|is|are|were|be)\b)"
    r"(?P<term>[a-z][\w-]*(?:\s+(?!(?:while|when|after|and|on|in|at|but|because|so|which|that|to|for|from|with|is|"
    r"was|are|were|or|if|as|by|of|about)\b)[a-z][\w-]*){0,2})", re.IGNORECASE)
# "…diagnosed with spinal muscular atrophy. What kind of illness is that?": what was named before, defined.
POINTED = re.compile(r"\bwhat (?:kind|sort|type) of (?:an? )?(?:illness|disease|condition|disorder|sickness|problem|"
                     r"thing) (?:is|are) (?:that|it|this|they)\b|"
                     # "…used the word 'fasciculation'. I didn't like to ask what it meant. Could you explain?"
                     r"\bwhat (?:it|that|this) (?:means|meant)\b|"
                     # "Everyone keeps mentioning the plantar fascia and I don't even know what it is."
                     r"\b(?:don[’']?t|do not|didn[’']?t|did not) (?:even |really )?know what (?:it|that|this|they) "
                     r"(?:is|are)\b|"
                     r"^(?:could|can|would|will) you (?:please )?explain"
                     r"(?: (?:it|that|this))?\s*[?.!]*$", re.IGNORECASE)

# Asked for in plain words: "What is the plantar fascia, in simple terms?" is "What is the plantar fascia?", and
# "Could you tell me in plain words what flat feet are?" is "Could you tell me what flat feet are?".
_PLAIN = r"in (simple|plain|layman'?s'?|everyday|easy|normal) (terms|english|words|language)"
PLAINLY = re.compile(rf",?\s*\b({_PLAIN}|"
                     r"simply put|for a (layman|layperson|beginner|dummy)|like i'?m (five|5))\s*(?=[?.!]*$)|"
                     rf"^\s*({_PLAIN}|"
                     r"simply put|put simply|briefly|quickly)\s*[,:]\s*|"
                     rf"(?<=\bme)\s+{_PLAIN}(?=\s+(what|how|why)\b)",
                     re.IGNORECASE)


# "What is that bit, exactly?" asks what "What is that bit?" asks.
_HOW_ASKED = r"(exactly|actually|really|precisely|then|again|anyway)"
# ", exactly?" and "what is it exactly?": how it is asked, not part of the term
TRAILING_ADVERB = re.compile(rf"(?:,\s*|(?<=\bit)\s+|(?<=\bthat)\s+|(?<=\bthis)\s+){_HOW_ASKED}\s*(?=[?.!]*$)",
                             re.IGNORECASE)
# "What on earth is that?" asks what "what is that?" asks.
EMPHASIS = re.compile(r"(?<=\bwhat)\s+(on earth|the heck|the hell|in the world|exactly)(?=\s)", re.IGNORECASE)
# "What is that, please?", "Please, what is…": courtesy, not the term (`qa.frame.POLITE` leaves keywords out; this
# only ends or opens the question).
_PLEASE = re.compile(r",?\s*\bplease\b\s*(?=[?.!]*$)|^\s*please,?\s+", re.IGNORECASE)
# Spoken openings, as a dictated or chatty question starts: "um what does X mean", "so basically what is X".
_FILLER = re.compile(r"^\s*(?:(?:u+m+|u+h+m*|e+r+m*|h+m+|so|ok|okay|basically|and|hey|hi|yeah|yes|oh|anyway)"
                     r"\b(?!-)[\s,.]*)+", re.IGNORECASE)
# The last sentence of a question that tells a story first.
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?P<last>[^.!?]+[.!?]*)\s*$")

# A question laid out as a form asks on its "Q:" line; the other lines tell the situation.
_ASKED_LINE = re.compile(r"^\s*(?:q\d*|question|my question|query)\s*[:.)\-–—]\s*(?P<asked>\S.*?)\s*$",
                         re.IGNORECASE | re.MULTILINE)


def asked_part(question: str) -> str:
    """The line a form-like question asks on ("Q: can stress do this?"), or the whole question."""
    match = _ASKED_LINE.search(question)
    return match.group("asked") if match else question


_HEDGED = re.compile(r"^(?:possible|possibly|probable|suspected|likely|query|early|mild)\s+(?=\w)", re.IGNORECASE)


def _last_referent(before: str) -> str | None:
    """The last thing named as told, said or diagnosed in `before`: what a later "it" or "that" points to."""
    referents = list(_REFERENT.finditer(before))
    return _HEDGED.sub("", referents[-1].group("term").strip()) if referents else None


def _unrequested(question: str) -> str:
    """The question without an instruction that frames it ("Explain what X is")."""
    request = REQUEST.match(question)
    return question[request.end():].strip() if request and request.end() else question


def _definition(question: str) -> re.Match[str] | None:
    return (DEFINITION_QUESTION.search(question) or TERM_FIRST.search(question)
            or SECOND_LANGUAGE_MEANING.search(question))


def defined_term(question: str) -> str | None:
    """"What is X?", "What does X mean?", "define X", "X meaning": the X asked about."""
    question = EMPHASIS.sub("", PLAINLY.sub("", _PLEASE.sub("", _FILLER.sub("", question.strip()))))
    requested = REQUESTED_TERM.search(question)
    if requested and not _NOT_A_NAME.search(requested.group("term")):
        return requested.group("term").strip()
    question = _unrequested(TRAILING_ADVERB.sub("", question))
    match = _definition(question)
    offset = 0  # where the text `match` was found in begins
    last = _LAST_SENTENCE.search(question)
    if not match and last is not None:
        # "Good afternoon. My podiatrist said… Could you tell me what flat feet actually are?": the
        # question is its last sentence, read as if it stood alone (the story before it still named things).
        offset = last.start("last")
        question = question[:offset] + _unrequested(last.group("last"))
        match = _definition(question[offset:])
    if not match:
        pointed = POINTED.search(question)
        if not pointed:
            return None
        said = list(_QUOTED.finditer(question[:pointed.start()]))  # "used the word 'fasciculation'… explain?"
        return _HEDGED.sub("", said[-1].group("term").strip()) if said else _last_referent(question[:pointed.start()])
    # "what does having flat feet mean": the term is "flat feet".
    groups = match.groupdict()
    raw = next((groups[name] for name in ("term", "term2", "term3", "term4", "term5", "term6", "term7", "term8")
                if groups.get(name)), "").strip()
    # "what is the other name people use for it": the name asked for is of ALS, named before (fresh60)
    naming = NAMING.match(raw)
    raw = raw[naming.end():].strip() if naming else raw
    term = re.sub(r"^((having|getting|being|meant by|meaning of|definition of|a|an|the|my|your)\s+)+", "", raw,
                  flags=re.I)
    # "what is the plantar fascia exactly": the adverb is how it is asked, not the term
    term = re.sub(rf"\s+{_HOW_ASKED}$", "", term, flags=re.I)
    term = _HEDGED.sub("", term)  # "'possible myopathy'": the doubt is the letter's, the term is "myopathy"
    if not term or term.split()[0].lower() in ("their", "its"):  # "what's their main job": of what came before
        return None
    if term.lower() in _OF_WHAT_CAME_BEFORE:  # "…what kinds of muscle we have. What are the types?"
        return None
    if re.match(r"(?:really\s+|actually\s+)?(?:going\s+on|happening)\b", term, re.I):  # "what is really going on…"
        return None
    if term.split()[0].lower() in _POINTING:  # "what does that mean": the words it points to were quoted
        quoted = _QUOTED.search(question)
        if quoted:
            return _HEDGED.sub("", quoted.group("term").strip())
        referent = _last_referent(question[:offset + match.start()])
        if referent:
            return referent
        named_first = TERM_FIRST.search(question)  # "Spinal muscular atrophy, what is this sickness?"
        return named_first.group("term3").strip() if named_first and named_first.group("term3") else None
    return term


def defined_terms(question: str) -> tuple[str, ...]:
    """Every term the question wants defined: one ("what is X?"), two (the difference between X
    and Y), or none."""
    question = asked_part(question)
    difference = DIFFERENCE_QUESTION.search(question)
    if difference:
        return tuple(t.strip() for t in (difference.group("a"), difference.group("b")))
    term = defined_term(question)
    return (term,) if term else ()


def compared_terms(question: str) -> tuple[str, str] | None:
    """The two things a question weighs against each other ("X or Y, which is better?", "X vs Y"), if any."""
    match = COMPARISON.search(asked_part(question))
    if not match:
        return None
    a, b = next((match.group(x), match.group(y)) for x, y in ("ab", "cd", "ef", "gh") if match.group(x))
    return a.strip(), b.strip()


def defines(term: str, text: str) -> bool:
    """Whether `text` defines `term` ("Fasciculation is…", "…known as fasciculation", "the
    plantar fascia, a band of tissue…")."""
    t = re.escape(term.lower().rstrip("s"))
    return bool(re.search(rf"\b{t}\w*\b\s*(\([^)]{{1,30}}\)\s*)?,?\s*((is|are) (a|an|the|one|when|where|what|used|"
                          rf"defined|made)\b|refers? to|means?\b|describes?\b|occurs? when)|\b{t}\w*, (a|an|the) \w+|"
                          rf"\b{t}\w*,? (or|also called|also known as) [^,.]{{1,40}},? "
                          rf"(is|are|occurs?|refers?|means?)\b|"
                          rf"^{t}\w*,? or (the|a|an) (condition|disease|disorder|state|process|problem) (that|which|"
                          rf"where|when|in which)\b|^{t}\w*, or [^,.]{{1,40}},|"
                          # an apposition anywhere: "Calf fasciculation, or muscle twitching, combined with…"
                          rf"\b{t}\w*, or (\w+ ){{0,3}}\w+,|"
                          rf"\b(called|known as|termed|defined as|referred to as)\s+(an?\s+)?{t}|"
                          rf"\({t}\w*\)\s*(is|are|refers? to|means?)\b|"
                          rf"\b{t}\w*( \w+)?\s*[—–]\s*(a|an|the) \w+|"
                          # under its own heading: "Spinal muscular atrophy: This is a genetic disorder…"
                          rf"^{t}\w*\s*[.:]\s*(this|it) (is|are|refers to) (a|an|the)\b", text.lower()))
