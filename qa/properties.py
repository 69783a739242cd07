"""Questions that ask one property of a named thing ("is restless leg syndrome hereditary?"): its answer must state
the property of that thing (pure logic)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A question that asks anything else as well ("I know spinal muscular atrophy is genetic, but what part of the
# body does it attack?") is answered by what it asks there, not by the property it names in passing.
_OTHER_ASK = re.compile(r"\b(what|which|how|where|when|why|who)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Property:
    """A property a question can ask of a thing: the words asking it, and the words a span states it in."""

    name: str
    asked: re.Pattern[str]
    said: re.Pattern[str]


_WHOSE = r"(?:the |my |your |our |his |her |their )?"
PROPERTIES = (
    # "Does restless leg syndrome run in families?", "is ALS hereditary?": the articles' one genetic disorder answers
    # neither, nor does a span naming the syndrome without its heredity (sixteen of twenty such questions in the
    # labelled sets were answered with one or the other).
    Property("heredity",
             re.compile(r"\b(heredit\w*|inherit\w*|genetic\w*|in (the|my|your|our|his|her) genes|"
                        rf"run(s|ning)? in {_WHOSE}famil(y|ies)|passed (down|on)"
                        rf"( (through|in|to|within|among) {_WHOSE}(famil(y|ies)|generations?|children|kids))?)\b",
                        re.IGNORECASE),
             re.compile(r"\b(heredit\w*|inherit\w*|genetic\w*|genes?|famil(y|ies)|passed (down|on)|runs? in)\b",
                        re.IGNORECASE)),
    # "What is the life expectancy after an ALS diagnosis?": a span saying the disease kills nerve cells is not it.
    Property("outlook",
             re.compile(r"\b(life expectancy|how long (do|does|will|would|can|could|might) "
                        r"(i|you|we|they|he|she|people|patients|someone|anyone) (live|survive)|"
                        # not how long a germ survives on a surface, nor "terminal cleaning"
                        r"survival (rates?|chances?|odds)|prognos\w*|fatal|deadly)\b", re.IGNORECASE),
             re.compile(r"\b(life expectancy|surviv\w*|prognos\w*|fatal|terminal|deadly|"
                        r"live (for )?(\d+|a few|several|many) (years|months)|"
                        r"years? (after|from|of) (the )?(diagnos\w*|onset)|die[sd]? (within|of|from|in))\b",
                        re.IGNORECASE)),
)


def asked_property(question: str) -> tuple[Property, str] | None:
    """The property a yes/no or "what is its…" question asks of its subject, with the words that ask it, if it
    asks only that."""
    for prop in PROPERTIES:
        match = prop.asked.search(question)
        if match is None:
            continue
        rest = question[:match.start()] + " " + question[match.end():]
        # "what is the life expectancy…" asks with "what"; a heredity question asking anything else is another one
        if prop.name == "heredity" and _OTHER_ASK.search(rest):
            continue
        return prop, match.group(0)
    return None


def states(prop: Property, text: str) -> bool:
    """Whether a span says the property at all."""
    return prop.said.search(text) is not None
