"""Follow-up questions: "and how do I treat it?" asked after "what causes leg cramps?" is about leg cramps."""

from __future__ import annotations

import re

from qa.question import TYPED_WORD, question_terms

# A question that points back ("is it serious?", "how do I stop them?") or continues ("and for
# children?", "what about magnesium?") and names little of its own is about the question before.
_POINTING = re.compile(r"\b(it|its|it's|this|that|they|them|those|these)\b", re.IGNORECASE)
_CONTINUING = re.compile(r"^\s*(and|also|but|so|what about|how about|what if)\b", re.IGNORECASE)
OWN_TERMS = 2  # key terms a follow-up may have of its own ("how do I treat it": "treat")


def topic(question: str) -> str:
    """The key words of a question, as typed and in order ("What causes leg cramps?" -> "leg cramps")."""
    from index.lexical import tokenize

    stems = set().union(*question_terms(question)) if question.strip() else set()
    return " ".join(w for w in TYPED_WORD.findall(question) if (stemmed := set(tokenize(w))) and stemmed <= stems)


def carried_topic(question: str, previous: str | None) -> str:
    """The previous question's topic when `question` is a follow-up to it, else ""."""
    if not previous or not (_POINTING.search(question) or _CONTINUING.search(question)):
        return ""
    if len(question_terms(question)) > OWN_TERMS:
        return ""  # "is it normal for my legs to twitch at night?" stands on its own
    from index.lexical import tokenize

    own = set(tokenize(question))
    return " ".join(w for w in topic(previous).split() if not set(tokenize(w)) <= own)
