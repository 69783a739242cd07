"""A candidate answer span as scored, and the small decisions made on the ranked spans."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from qa.answer_spans import Candidate, section_label
from qa.question import stems

# Abstention that reads the answer: the best sentence must reach one of these.
ANSWER_MEANING, ANSWER_TERMS = 0.42, 0.5


class Scored(NamedTuple):
    """A candidate span's score and what went into it."""

    score: float
    place: int  # among the candidates
    meaning: float  # cosine with the question
    share: float  # of the question's key terms
    of_kind: bool  # of the kind of answer asked for
    defining: bool  # defines the asked term

    @property
    def reads(self) -> bool:
        """Means or says enough of the question to answer it."""
        return self.meaning >= ANSWER_MEANING or self.share >= ANSWER_TERMS


def to_front(row: Scored, scored: list[Scored]) -> list[Scored]:
    """`scored` with `row` moved to the front, the rest in their order."""
    return [row, *(other for other in scored if other is not row)]


def adds_nothing(first: Scored, row: Scored, cands: Sequence[Candidate]) -> bool:
    """Whether a second span would only pad the answer: the first is of the asked kind (a number for "how often",
    advice for "how do I", someone to see for "who") and it is not; or, from elsewhere than the first span's next
    or previous sentence, it holds as many of the question's key terms as the first yet scores lower, which is an
    echo of the question's words, not an answer. Over the 93 labelled answer sets (7,553 questions), 881 second
    spans are so dropped: 186 of them were marked sentences and 106 held the only asked fact; mean hit 0.836 ->
    0.818, precision 0.692 -> 0.762 (tests/data/README.md)."""
    if first.of_kind and not row.of_kind:
        return True
    a, b = cands[first.place], cands[row.place]
    next_to = a.hit is b.hit and (0 <= b.start - a.end <= 2 or 0 <= a.start - b.end <= 2)
    return row.share >= first.share and not next_to


def shown_heading(cand: Candidate, focus: frozenset[str]) -> str:
    """The heading shown before a chosen span: its own (a sentence that points back to it), or its section's when
    that names what the question asks about and the span does not ("Can flat feet cause leg twitching?" answered by
    "When the arch flattens… the leg muscles… become fatigued and more prone to twitching" under "Understanding Flat
    Feet and Muscle Twitching"): the reader sees what the span is about."""
    if cand.context:
        return cand.context
    section = section_label(cand.hit)
    if not focus or not section:
        return ""
    return section if focus <= stems(section) and not focus <= stems(cand.text) else ""
