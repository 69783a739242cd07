"""What a question asks: its key terms (with synonyms), the kind of answer it expects, what its answer must name."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from qa.definition import asked_part, defined_terms
from qa.frame import WORRY_FRAME, unframed
from qa.properties import Property, asked_property
from qa.question_kinds import CARE_STEP, KINDS, ON_ONES_OWN

# Words that say what kind of answer is wanted, not what it is about: "can flat feet cause leg
# twitching?" is about flat feet and twitching; the answer-kind cue rewards causal language.
ASKING_STEMS = frozenset({"caus", "mean", "make", "happen", "reason", "actual", "exact", "realli", "need", "possibl",
                           # the frame of a question, not its topic: "what are they called", "how
                           # often", "loads of", "I heard", "in plain English"
                           "call", "often", "load", "lot", "bunch", "heard", "wonder", "suppos",
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
SELF_CARE_LIMIT = re.compile(rf"\b(at what (point|stage)|{ON_ONES_OWN}|(sort|sorted) (it |this )?out( myself)?|"
                             rf"{CARE_STEP}|"
                             r"(just )?wait (it |this |them )?out|not something (i|you|we) (can|should|could))\b",
                             re.IGNORECASE)
# "Can eating a lot of chocolate make my legs twitch?": the suspected cause is what the answer must name; the
# question's own sentence may follow a story ("…now my legs twitch. Can painkillers cause that?"; fresh106).
CAUSE_FOCUS = re.compile(r"(?:^|(?<=[.?!])\s)\s*(?:can|could|does|do|will|would|might|may)\s+"
                         r"(?:(?:eating|drinking|taking|having|using|doing|too|much|many|a|lot|lots|loads|plenty|of|the|my|"
                         r"your)\s+)*(?P<focus>[\w-]+(?:\s+[\w-]+)?)\s+"
                         # "…chocolate or drinking coffee make…": either thing asked about is named by the answer
                         r"(?:(?:or|and)\s+(?:(?:eating|drinking|taking|having|using|doing|too|much|many|a|lot|lots|loads|of|"
                         r"the|my|your)\s+)*(?P<also>[\w-]+)\s+)?"
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
# "How often should outpatient staff receive infection prevention training?": the thing whose frequency is asked is
# what the answer must name ("Training should be… repeated annually"), not any policy re-assessed annually (fresh102,
# fresh106, fresh108, fresh109).
FREQUENCY_FOCUS = re.compile(r"\bhow\s+(?:often|frequently)\b.{0,80}?\b(?:receive|get|have|redo|repeat|attend|complete|"
                             r"undergo|need|require)\s+(?!to\b)(?:(?:an?|the|their|my|our|\w+)\s+){0,3}(?P<focus>[a-z]+)"
                             r"\s*(?:[?.!]|$|\s+(?:in|for|at|on|each|every|per|by)\b)", re.IGNORECASE)


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
    asks: Property | None = None  # the one property asked of a thing ("is X hereditary?"), when that is all it asks
    # what that property is asked of, as names a text must hold whole ("restless legs" for "restless leg syndrome",
    # not "muscle" alone for "fasciculation", whose other name is "muscle twitching")
    subject: tuple[frozenset[str], ...] = ()

    def names_focus(self, words: frozenset[str]) -> bool:
        """Whether a text with these stems names the focus, by its own words or another name."""
        return bool(self.focus & words) or any(name <= words for name in self.focus_names)

    def names_subject(self, words: frozenset[str]) -> bool:
        """Whether a text with these stems names what the asked property is asked of (any name of it, whole)."""
        return not self.subject or any(name <= words for name in self.subject)


Correct = Callable[[list[str]], list[str]]


def shape(question: str, correct: Correct | None = None) -> QuestionShape:
    """`correct` repairs typed stems as retrieval does ("suplements" -> "supplement")."""
    asked = asked_part(question)
    kind = next(((name, cue) for name, ask, cue in KINDS if ask.search(asked)), None)
    # "Which professional can help…": the noun after "which" is the kind itself, which the cue reads
    # ("a physical therapist"), not a word the answer must repeat.
    counted = kind is not None and kind[0] == "count"
    tokens, leads = _focus(asked, correct, counted=counted) if not kind or kind[0] != "who" else ([], False)
    focus = frozenset(tokens) - ASKING_STEMS
    names = _other_names(tokens) if focus else ()
    asks = asked_property(asked)
    subject = _subject(unframed(asked), asks[1]) if asks else ()
    return QuestionShape(tuple(question_terms(question, correct)), defined_terms(question),
                         kind[0] if kind else None, kind[1] if kind else None, focus, names, bool(focus) and leads,
                         asks[0] if asks else None, subject)


def _subject(question: str, asking: str) -> tuple[frozenset[str], ...]:
    """Every name of each of the question's terms outside the words asking the property."""
    from index.lexical import tokenize

    asking_stems = set(tokenize(asking))
    return tuple(name for names in term_names([t for t in tokenize(question) if t not in asking_stems])
                 for name in names)


def _focus(question: str, correct: Correct | None = None, *, counted: bool = False) -> tuple[list[str], bool]:
    """The focus as typed stems (asking words still in), and whether it leads the answer: a thing named after
    "which"/"what" or a remedy does; a suspected cause ("can X make…") is weighed by the cue instead."""
    from index.lexical import tokenize

    match = (FOCUS.search(question) or (COUNT_FOCUS.search(question) if counted else None)
             or CAUSE_FOCUS.search(question) or REMEDY_FOCUS.search(question) or FREQUENCY_FOCUS.search(question))
    if not match:
        return [], False
    groups = match.groupdict()
    tokens = tokenize(" ".join(filter(None, (groups.get("focus") or groups.get("subject"), groups.get("also")))))
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

    tokens = tokenize(SELF_CARE_LIMIT.sub(" ", WORRY_FRAME.sub(" ", _HEDGED_KIND.sub(" ", unframed(question)))))
    tokens = correct(tokens) if correct else tokens
    return [frozenset(stem for name in names for stem in name) for names in term_names(tokens, ASKING_STEMS)]


def term_names(tokens: list[str], skip: frozenset[str] = frozenset()) -> list[tuple[frozenset[str], ...]]:
    """Each term of the stemmed tokens as its names, each the stems that name it: a term of the synonym table by every
    name of its group (found by any of them), any other word by itself unless it is in `skip`."""
    from index.synonyms import matches, naming

    terms: list[tuple[frozenset[str], ...]] = []
    grouped: set[str] = set()
    for phrase, group in matches(tokens):
        terms.append(tuple(frozenset(name) for name in group))
        grouped.update(naming(phrase, group))
    terms += [(frozenset({t}),) for t in dict.fromkeys(tokens) if t not in grouped and t not in skip]
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
