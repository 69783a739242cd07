"""What a question asks: its key terms (with synonyms), the term it wants defined, the kind of answer it expects."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from qa.frame import REQUEST, WORRY_FRAME, unframed

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
    r",\s*(?:and\s+)?(?:is|are|does|do|can|could|what|how|why|or)\b|\s+and\s+(?:does|do|is|are|can|could)\b)",
    re.IGNORECASE)

# Typed as a search: "myopathy meaning", "fasciculation definition?", "what is meant by myopathy".
TERM_FIRST = re.compile(r"^(?:what is meant by\s+|whats\s+)?[\"'‘“]?(?P<term>[\w-]+(?:\s[\w-]+){0,2}?)[\"'’”]?\s+"
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
                        r"(?=\s*(?:[.?!,;:—–-]|$))",
                        re.IGNORECASE)

# The verb without its "does", as a second language puts it: "What is mean this, flat feet?", "what means ALS?"
SECOND_LANGUAGE_MEANING = re.compile(r"(?:^|[.!?]\s+)what (?:is |does )?means? (?:by\s+)?(?:this|that|it)?\s*[,:-]?\s*"
                                     r"(?:the (?:word|term)\s+)?(?P<term>[\w\s-]{2,40}?)\s*\??$", re.IGNORECASE)

# Looking after it oneself, as a when-to-see-a-doctor question puts it ("stop trying to manage it on my own").
_ON_ONES_OWN = (r"stop (trying to )?(manag|handl|deal\w* with|treat)\w*|on (my|your|our) own|"
                r"by (myself|yourself|ourselves)")

# The kind of answer a question expects, and words that a sentence giving that kind holds
# (answer-type matching, as in classic factoid QA). First match wins.
_KINDS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (name, re.compile(ask, re.IGNORECASE), re.compile(cue, re.IGNORECASE)) for name, ask, cue in (
        ("who", r"^\s*(who|which (doctor|specialist|professional|kind of doctor|type of doctor))\b|\bwho (can|should|"
                r"do|to)\b|\bwhat (kind|type|sort) of (doctor|specialist)|\bwhich (doctor|specialist)",
         r"\b(podiatrist|physiotherapist|physical therapist|doctor|neurologist|specialist|healthcare (professional|"
         r"provider)|physician|gp|nurse|pharmacist|chiropodist|orthopedist|therapist)s?\b"),
        ("name", r"\b(other|another|alternative|different|common|full|second) names?\b|\baka\b|"
                 r"\bwhat (else )?(is|are) (it|they|\w+) (also |otherwise )?(called|known as)\b|"
                 r"\balso (called|known as)\b",
         r"\b(also (referred to|known|called)|known as|called|referred to as|termed|aka|named)\b"),
        ("when_doctor", r"\b(when|at what (point|stage)) (should|do|must|to) (i|you|we|he|she)\b.{0,80}\b"
                        r"(see|visit|consult|call|worry|go|(get|be) (\w+ ){0,2}(seen|checked))\b|"
                        r"\bwhen (to )?(see|visit|consult|call) (a |the |my )?"
                        r"(doctor|gp|physician|specialist|professional|physio)|"
                        # "when is it worth getting checked by a professional?"
                        r"\bwhen (is|are|would) .{0,60}\bworth (getting|having|being) (\w+ )?(checked|seen|looked at)|"
                        # the limit of looking after it oneself: "at what point should I stop trying to manage it on
                        # my own?", "when is it not something I can sort out myself?", "…should just wait out?"
                        rf"^\s*(when|at what (point|stage))\b.{{0,100}}\b({_ON_ONES_OWN}|"
                        r"(myself|yourself)(?=\s*[?.!]|\s*$)|wait (it |this |them )?out)\b|"
                        r"\bshould i (worry|be worried|see)",
         # advice to be seen, not any "if" or "when" ("when lifting your heel" is no threshold)
         r"\b(persist\w*|worse\w*|severe|seek|consult|see a|medical (attention|advice|help)|accompanied)\b"),
        # "How many herbs does the site name, and which?" is answered by naming them, not a number.
        ("count", r"\bhow many\b.{0,60}\b(are|is|does|do|did)\b.{0,40}\b(named|listed|mentioned|given|"
                  r"suggested|recommended|name|list|mention)\b|\bhow many\b.{0,60},? and (which|what)\b",
         r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|several)\b|\w+, [\w’' -]+, (and|or) \w+|"
         r":|\bincluding\b|\bsuch as\b"),
        ("number", r"^\s*(how (many|much|long|often|soon)|at what (age|temperature))\b|\bhow (many|long|often)\b|"
                   r"\bwhat (percent|percentage|proportion|share|fraction|dose|amount|temperature)\b",
         r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|annually|yearly|daily|weekly|monthly|"
         r"every|seconds?|minutes?|hours?|(?<!day to )days?(?! to day)|weeks?|months?|years?|percent|half|"
         r"quarters?)\b"),
        ("list", r"\b(types|kinds|sorts|categories|forms|examples|groups) of\b|\bwhat are the (\d+|two|three|four|"
                 r"five)\b|\bwhich (exercises|stretches|foods|vitamins|minerals|remedies)\b|"
                 r"\b(exercises|stretches) (to|for)\b",
         r"\(\d\)|\b\d\)|:|\bincluding\b|\bsuch as\b|\b(types|kinds|categor\w*|classified|categorized)\b"),
        ("cause", r"^\s*why\b|\bwhat (causes|caused|makes|triggers)\b|\b(cause|causes|reason|reasons) (of|for)\b|"
                  r"\b(can|could|does|do|might) (\w+ ){1,5}(cause|make|trigger|lead to|give)\b",
         r"\b(because|due to|caused by|causes?|lead to|leads to|result (in|from)|triggers?|reasons?|associated|"
         r"linked|contribut\w*|side effects?)\b"),
        ("howto", r"\bwhat (can|should|could) (i|you|we) do\b|"
                  r"^\s*(how (do|can|should|to|would) (i|you|we|one)|what (can|should) (i|you|we)|ways? to|tips|"
                  r"best way)\b|"
                  # without its "do", as a second language asks: "How I make it better?"
                  r"\bhow (i|we) (can |could |should |must )?(make|stop|get|fix|help|treat|prevent|do|ease|avoid)\b|"
                  r"\b(help|helps|prevent|stop|treat|relieve|ease|fix|get rid of|reduce|avoid|recover)\b",
         r"\b(can help|helps?|should|try|consider|recommend\w*|avoid|use|apply|stretch\w*|drink|take|consult|see a|"
         r"visit|incorporat\w*|implement\w*|ensure|massage|rest|elevat\w*|wear|strengthen\w*|exercis\w*)\b"),
    ))


# Words that say what kind of answer is wanted, not what it is about: "can flat feet cause leg
# twitching?" is about flat feet and twitching; the answer-kind cue rewards causal language.
ASKING_STEMS = frozenset({"caus", "mean", "make", "happen", "reason", "actual", "exact", "realli", "need", "possibl",
                           # the frame of a question, not its topic: "what are they called", "how
                           # often", "loads of", "I heard", "in plain English"
                           "call", "often", "load", "lot", "bunch", "heard", "wonder",
                           "curious", "plain", "english", "earth",
                           # chat noise: "can chocolate make my legs twitch lol"
                           "lol", "haha", "pls", "plz", "pleas", "thank", "thx", "omg", "btw", "tbh", "idk",
                           "hi", "hello", "hey", "ok", "okay", "name",
                           # "what exactly are flat feet like" (the spoken fillers are stop words of the index)
                           "like"})


# "What's the difference between cleaning and disinfecting?": both terms want defining.
DIFFERENCE_QUESTION = re.compile(r"\bdifference between (?:an?\s+|the\s+)?(?P<a>[\w\s-]{2,40}?) and (?:an?\s+|the\s+)?"
                                 r"(?P<b>[\w-]{2,30}(?:\s[\w-]{2,30})?)\b", re.IGNORECASE)
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


# "Which mineral supplements are suggested…", "what B vitamin helps": the noun after "which" or
# "what" names the kind of thing the answer is (its focus), so an answer must hold it.
FOCUS = re.compile(r"\b(?:which|what)\s+(?!(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|"
                   r"happens?|causes?|makes?|kind|kinds|type|types|sort|exactly|about|if|else|to|i|you|we|it|they|"
                   r"point|stage)\b)"
                   r"(?P<focus>[\w-]+(?:\s+[\w-]+)?)(?=\s+(?:is|are|was|were|do|does|did|can|could|should|would|will|"
                   r"has|have|help|helps|cause|causes|for|in|of|to|the|that|might|may|work|works)\b)", re.IGNORECASE)
# Where looking after it oneself ends, asked: the frame of a when-to-see-a-doctor question, not its topic
# ("at what point should I stop trying to manage it on my own?", "…not something I should just wait out?").
SELF_CARE_LIMIT = re.compile(rf"\b(at what (point|stage)|{_ON_ONES_OWN}|(sort|sorted) (it |this )?out( myself)?|"
                             r"(just )?wait (it |this |them )?out|not something (i|you|we) (can|should|could))\b",
                             re.IGNORECASE)
# "Can eating a lot of chocolate make my legs twitch?": the suspected cause is what the answer must name.
CAUSE_FOCUS = re.compile(r"^\s*(?:can|could|does|do|will|would|might|may)\s+(?:(?:eating|drinking|taking|having|using|"
                         r"doing|too|much|many|a|lot|lots|of|the|my|your)\s+)*(?P<focus>[\w-]+(?:\s+[\w-]+)?)\s+"
                         r"(?:make|cause|trigger|give|lead to|bring on|set off|worsen)\b", re.IGNORECASE)
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
# A word as typed, letters first ("twich", "lady’s", "cholesterol-lowering"): what a note shows back.
TYPED_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# "What on earth is that?" asks what "what is that?" asks.
EMPHASIS = re.compile(r"(?<=\bwhat)\s+(on earth|the heck|the hell|in the world|exactly)(?=\s)", re.IGNORECASE)
# "What is that, please?", "Please, what is…": courtesy, not the term (`qa.frame.POLITE` leaves keywords out; this
# only ends or opens the question).
_PLEASE = re.compile(r",?\s*\bplease\b\s*(?=[?.!]*$)|^\s*please,?\s+", re.IGNORECASE)
# The last sentence of a question that tells a story first.
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?P<last>[^.!?]+[.!?]*)\s*$")


@dataclass(frozen=True)
class QuestionShape:
    """Everything answer composition needs to know about the question, computed once."""

    terms: tuple[frozenset[str], ...]  # each key term as the stems that count for it
    defined: tuple[str, ...]  # "What is X?": X; "the difference between X and Y": X and Y
    kind: str | None  # the kind of answer expected, or None
    cue: re.Pattern[str] | None  # words a sentence of that kind holds
    focus: frozenset[str] = frozenset()  # stems of the noun after "which"/"what", if any


Correct = Callable[[list[str]], list[str]]


# A question laid out as a form asks on its "Q:" line; the other lines tell the situation.
_ASKED_LINE = re.compile(r"^\s*(?:q\d*|question|my question|query)\s*[:.)\-–—]\s*(?P<asked>\S.*?)\s*$",
                         re.IGNORECASE | re.MULTILINE)


def asked_part(question: str) -> str:
    """The line a form-like question asks on ("Q: can stress do this?"), or the whole question."""
    match = _ASKED_LINE.search(question)
    return match.group("asked") if match else question


def shape(question: str, correct: Correct | None = None) -> QuestionShape:
    """`correct` repairs typed stems as retrieval does ("suplements" -> "supplement")."""
    asked = asked_part(question)
    kind = next(((name, cue) for name, ask, cue in _KINDS if ask.search(asked)), None)
    # "Which professional can help…": the noun after "which" is the kind itself, which the cue reads
    # ("a physical therapist"), not a word the answer must repeat.
    focus = focus_stems(asked, correct) if not kind or kind[0] != "who" else frozenset()
    return QuestionShape(tuple(question_terms(question, correct)), defined_terms(question),
                         kind[0] if kind else None, kind[1] if kind else None, focus)


def focus_stems(question: str, correct: Correct | None = None) -> frozenset[str]:
    """Stems of the answer's kind named after "which"/"what" ("which mineral supplements"), or of
    the suspected cause in "can X make…"."""
    from index.lexical import tokenize

    match = FOCUS.search(question) or CAUSE_FOCUS.search(question)
    if not match:
        return frozenset()
    tokens = tokenize(match.group("focus"))
    return frozenset(correct(tokens) if correct else tokens) - ASKING_STEMS


def question_terms(question: str, correct: Correct | None = None) -> list[frozenset[str]]:
    """The question's key terms, each as the stems that count for it: its own stem, and for a
    term of the synonym table every stem of its group ("foot doctor" counts "podiatrist"). A part
    of a phrase counts for all of it ("arch" for "arch supports"): requiring whole phrases, or
    counting parts in part, lost answers on every older set (mean hit 0.784 -> 0.76)."""
    from index.lexical import tokenize
    from index.synonyms import matches, naming

    tokens = tokenize(SELF_CARE_LIMIT.sub(" ", WORRY_FRAME.sub(" ", unframed(question))))
    tokens = correct(tokens) if correct else tokens
    terms: list[frozenset[str]] = []
    grouped: set[str] = set()
    for phrase, group in matches(tokens):
        terms.append(frozenset(stem for alternative in group for stem in alternative))
        grouped.update(naming(phrase, group))
    terms += [frozenset({t}) for t in dict.fromkeys(tokens) if t not in grouped and t not in ASKING_STEMS]
    return terms


@lru_cache(maxsize=20_000)
def stems(text: str) -> frozenset[str]:
    """The stemmed words of a candidate span; cached, as the weights and the shares of one answer
    read the same spans, and the same passages come back question after question."""
    from index.lexical import tokenize

    return frozenset(tokenize(text))


def term_weights(terms: Sequence[frozenset[str]], texts: Sequence[str]) -> list[float]:
    """A weight per key term from how few of the candidate texts hold it (a local IDF): in
    "can chocolate make my legs twitch?" every candidate speaks of legs and twitching, so the
    one that names chocolate is the one that answers."""
    held_by = [stems(text) for text in texts]
    n = max(len(held_by), 1)
    held = [sum(1 for s in held_by if alternatives & s) for alternatives in terms]
    return [math.log(1 + n / (1 + h)) for h in held]


def term_share(terms: Sequence[frozenset[str]], text: str, weights: Sequence[float] | None = None) -> float:
    """Weighted share of the question's key terms that `text` holds."""
    if not terms:
        return 0.0
    words = stems(text)
    weights = weights if weights is not None else [1.0] * len(terms)
    total = sum(weights)
    held = sum(w for alternatives, w in zip(terms, weights, strict=True) if alternatives & words)
    return held / total if total else 0.0


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
    question = EMPHASIS.sub("", PLAINLY.sub("", _PLEASE.sub("", question.strip())))
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
    raw = next((groups[name] for name in ("term", "term2", "term3", "term4", "term5", "term6", "term7")
                if groups.get(name)), "")
    term = re.sub(r"^((having|getting|being|meant by|meaning of|definition of|a|an|the|my|your)\s+)+", "", raw.strip(),
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
                          rf"\({t}\)\s*(is|are|refers? to|means?)\b|"
                          rf"\b{t}\w*( \w+)?\s*[—–]\s*(a|an|the) \w+|"
                          # under its own heading: "Spinal muscular atrophy: This is a genetic disorder…"
                          rf"^{t}\w*\s*[.:]\s*(this|it) (is|are|refers to) (a|an|the)\b", text.lower()))
