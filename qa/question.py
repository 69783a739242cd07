"""What a question asks: its key terms (with synonyms), the kind of answer it expects, what its answer must name."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from qa.definition import asked_part, defined_terms
from qa.frame import WORRY_FRAME, unframed

# Looking after it oneself, as a when-to-see-a-doctor question puts it ("stop trying to manage it on my own").
_ON_ONES_OWN = (r"stop (trying to )?(manag|handl|deal\w* with|treat)\w*|on (my|your|our) own|"
                r"by (myself|yourself|ourselves)")
# What comes next, or whether to leave it, asked of care (fresh57): "next step?", "what will the doctor do for
# me?", "is it ok to just ignore it?", "do I need to see someone?" (word boundaries come from where it is used).
_CARE_STEP = (r"(what(s| is| are)? (my |the )?)?next steps?(?=\s*[?.!]*\s*$)|"
              r"what (will|would|might) (the |my )?(doctor|gp|physician|specialist|neurologist)s? "
              r"(do|say|suggest|recommend)( for (me|him|her|them|us|it|this))?(?=\s*[?.!]*\s*$)|"
              r"(is it|its|it is) (ok|okay|fine|safe|alright|normal) to (just )?(ignore|live with) (it|this|them|that)|"
              r"(can|should|could) (i|we) (just )?ignore (it|this|them|that)|"
              r"do (i|we) need to (see|get (it |this |them )?(checked|seen)|be seen)")

# The kind of answer a question expects, and words that a sentence giving that kind holds
# (answer-type matching, as in classic factoid QA). First match wins.
# A figure written as digits or a small number word, in the cues of "how much" and "how many/long".
_NUMERALS = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten"
_KINDS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
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
                        # the limit of looking after it oneself: "at what point should I stop trying to manage it on
                        # my own?", "when is it not something I can sort out myself?", "…should just wait out?"
                        rf"^\s*(when|at what (point|stage))\b.{{0,100}}\b({_ON_ONES_OWN}|"
                        r"(myself|yourself)(?=\s*[?.!]|\s*$)|wait (it |this |them )?out)\b|"
                        rf"\bshould i (worry|be worried|see)|\b({_CARE_STEP})\b",
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
                   r"(percent|percentage|proportion|share|fraction|dose|amount|temperature)\b",
         rf"\b({_NUMERALS}|twenty|annually|yearly|daily|weekly|monthly|"
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
                           "like",
                           # "…not something to wait out anymore"
                           "anymor"})


# "Which mineral supplements are suggested…", "what B vitamin helps": the noun after "which" or
# "what" names the kind of thing the answer is (its focus), so an answer must hold it.
FOCUS = re.compile(r"\b(?:which|what)\s+(?!(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|"
                   r"happens?|causes?|makes?|kinds?|types?|sorts?|categor(?:y|ies)|forms?|ones?|exactly|about|if|else|to|i|you|we|"
                   r"it|they|point|stage)\b)"
                   r"(?P<focus>[\w-]+(?:\s+[\w-]+)?)(?=\s+(?:is|are|was|were|do|does|did|can|could|should|would|will|"
                   r"has|have|help|helps|cause|causes|for|in|of|to|the|that|might|may|work|works)\b)", re.IGNORECASE)
# "How many minerals should I take, and which?": the things counted are what the answer names.
COUNT_FOCUS = re.compile(r"\bhow many\s+(?!(?:of|times|people|years|days|weeks|months|hours|minutes|seconds|more|"
                         r"are|is|was|were|do|does|did|can|could|should|would|will|i|you|we|they|it|there|"
                         # what any list is made of, not what it names: "how many parts…", "how many different types…"
                         r"different|distinct|separate|main|major|common|parts?|types?|kinds?|sorts?|forms?|ways?|steps?|"
                         r"things?|categories|stages?|levels?|classes|groups?|components?|elements?|items?|points?)\b)"
                         r"(?P<focus>[\w-]+)", re.IGNORECASE)
# Where looking after it oneself ends, asked: the frame of a when-to-see-a-doctor question, not its topic
# ("at what point should I stop trying to manage it on my own?", "…not something I should just wait out?").
SELF_CARE_LIMIT = re.compile(rf"\b(at what (point|stage)|{_ON_ONES_OWN}|(sort|sorted) (it |this )?out( myself)?|"
                             rf"{_CARE_STEP}|"
                             r"(just )?wait (it |this |them )?out|not something (i|you|we) (can|should|could))\b",
                             re.IGNORECASE)
# "Can eating a lot of chocolate make my legs twitch?": the suspected cause is what the answer must name.
CAUSE_FOCUS = re.compile(r"^\s*(?:can|could|does|do|will|would|might|may)\s+(?:(?:eating|drinking|taking|having|using|"
                         r"doing|too|much|many|a|lot|lots|of|the|my|your)\s+)*(?P<focus>[\w-]+(?:\s+[\w-]+)?)\s+"
                         r"(?:(?:themselves|itself|really|actually|ever|also|even|sometimes)\s+)?"
                         r"(?:make|cause|trigger|give|lead to|bring on|set off|worsen)\b", re.IGNORECASE)
# "Can magnesium help with leg cramps?", "Is it true that taking B12 can help stop leg twitches?": the remedy asked
# about is what the answer must name.
REMEDY_FOCUS = re.compile(r"(?:^\s*|\b(?:true|heard|read|said|says|thinks?|believes?|claims?) that\s+)"
                          r"(?:(?:can|could|does|do|will|would|might|may|is|are)\s+)?"
                          r"(?:(?:eating|drinking|taking|having|using|doing|trying|a|an|the|some|more|extra)\s+)*"
                          # not "nothing helps…", "will my twitching stop…": no remedy is named there
                          r"(?!(?:nothing|anything|something|everything|it|this|that|what|which|my|your|his|her|their|"
                          r"our|i|you|we|they)\b)(?P<focus>[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:really|actually|even|can|could|will|might|may|"
                          r"would|does|do)\s+)*(?:help|helps|stop|stops|ease|eases|relieve|relieves|prevent|prevents|"
                          r"cure|cures|fix|fixes|reduce|reduces|work|works)\b|"
                          # "is chocolate one of the things I shouldn't overdo?": the thing weighed, named by the answer
                          r"^\s*(?:is|are)\s+(?P<subject>[\w-]+(?:\s+[\w-]+)?)\s+(?:one of|among|a (?:cause|trigger|"
                          r"reason|sign)|(?:bad|good|ok|okay|safe|harmful|helpful) (?:for|to|if|when))\b",
                          re.IGNORECASE)


# "My arches have kind of given up": a hedge, not the kinds of something ("what kind of doctor" keeps its kind).
_HEDGED_KIND = re.compile(r"(?<!\bwhat )(?<!\bwhich )(?<!\bthis )(?<!\bthat )(?<!\bthe )(?<!\bany )(?<!\bsome )"
                          r"(?<!\bsame )(?<!\bone )(?<!\ba )(?<!\bmany )(?<!\bdifferent )(?<!\bevery )(?<!\bother )"
                          r"(?<!\d )\b(?:kind|sort) of\b|\bkinda\b|\bsorta\b", re.IGNORECASE)
# A word as typed, letters first ("twich", "lady’s", "cholesterol-lowering"): what a note shows back.
TYPED_WORD = re.compile(r"[^\W\d_][\w’'-]*")


@dataclass(frozen=True)
class QuestionShape:
    """Everything answer composition needs to know about the question, computed once."""

    terms: tuple[frozenset[str], ...]  # each key term as the stems that count for it
    defined: tuple[str, ...]  # "What is X?": X; "the difference between X and Y": X and Y
    kind: str | None  # the kind of answer expected, or None
    cue: re.Pattern[str] | None  # words a sentence of that kind holds
    focus: frozenset[str] = frozenset()  # stems of the noun after "which"/"what", if any
    # the focus under its other names, each as the stems a text must all hold ("painkillers": "pain killers")
    focus_names: tuple[frozenset[str], ...] = ()
    focus_leads: bool = False  # the focus is what the answer names (a remedy, a kind of thing), not a suspected cause

    def names_focus(self, words: frozenset[str]) -> bool:
        """Whether a text with these stems names the focus, by its own words or another name."""
        return bool(self.focus & words) or any(name <= words for name in self.focus_names)


Correct = Callable[[list[str]], list[str]]


def shape(question: str, correct: Correct | None = None) -> QuestionShape:
    """`correct` repairs typed stems as retrieval does ("suplements" -> "supplement")."""
    asked = asked_part(question)
    kind = next(((name, cue) for name, ask, cue in _KINDS if ask.search(asked)), None)
    # "Which professional can help…": the noun after "which" is the kind itself, which the cue reads
    # ("a physical therapist"), not a word the answer must repeat.
    counted = kind is not None and kind[0] == "count"
    tokens, leads = _focus(asked, correct, counted=counted) if not kind or kind[0] != "who" else ([], False)
    focus = frozenset(tokens) - ASKING_STEMS
    names = _other_names(tokens) if focus else ()
    return QuestionShape(tuple(question_terms(question, correct)), defined_terms(question),
                         kind[0] if kind else None, kind[1] if kind else None, focus, names, bool(focus) and leads)


def _focus(question: str, correct: Correct | None = None, *, counted: bool = False) -> tuple[list[str], bool]:
    """The focus as typed stems (asking words still in), and whether it leads the answer: a thing named after
    "which"/"what" or a remedy does; a suspected cause ("can X make…") is weighed by the cue instead."""
    from index.lexical import tokenize

    match = (FOCUS.search(question) or (COUNT_FOCUS.search(question) if counted else None)
             or CAUSE_FOCUS.search(question) or REMEDY_FOCUS.search(question))
    if not match:
        return [], False
    groups = match.groupdict()
    tokens = tokenize(groups.get("focus") or groups.get("subject") or "")
    return (correct(tokens) if correct else tokens), match.re is not CAUSE_FOCUS


def focus_stems(question: str, correct: Correct | None = None) -> frozenset[str]:
    """Stems of the answer's kind named after "which"/"what" ("which mineral supplements"), of
    the suspected cause in "can X make…", or of the remedy in "can X help…"."""
    return frozenset(_focus(question, correct)[0]) - ASKING_STEMS


def _other_names(tokens: list[str]) -> tuple[frozenset[str], ...]:
    """The focus's other names in the synonym table ("painkillers" is also "pain killers", "analgesics")."""
    from index.synonyms import matches

    return tuple(frozenset(name) for _, group in matches(tokens) for name in group)


def question_terms(question: str, correct: Correct | None = None) -> list[frozenset[str]]:
    """The question's key terms, each as the stems that count for it: its own stem, and for a
    term of the synonym table every stem of its group ("foot doctor" counts "podiatrist"). A part
    of a phrase counts for all of it ("arch" for "arch supports"): requiring whole phrases, or
    counting parts in part, lost answers on every older set (mean hit 0.784 -> 0.76)."""
    from index.lexical import tokenize
    from index.synonyms import matches, naming

    tokens = tokenize(SELF_CARE_LIMIT.sub(" ", WORRY_FRAME.sub(" ", _HEDGED_KIND.sub(" ", unframed(question)))))
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
