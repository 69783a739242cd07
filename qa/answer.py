"""Composing the answer: verbatim, cited sentences chosen from the retrieved passages (pure logic)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from index.types import Hit
from ingest.clean import looks_like_heading
from ingest.sentences import split_spans
from qa.triage import Notice

DISCLAIMER = (
    "This information is educational and is not medical advice. It does not replace a diagnosis "
    "or treatment by a qualified health professional: consult one about your symptoms. "
    "In an emergency, call your local emergency number (for example 911, 112 or 999) now."
)
NOT_COVERED = ("The articles in this collection don't cover this question. The closest passages "
               "are shown below for reference, but they are a weak match.")
MAX_SENTENCES = 3
MAX_WORDS = 90
# A sentence must reach this share of the best sentence's score to join the answer.
RELATIVE_FLOOR = 0.8
_WORD = re.compile(r"\w+")
# Sentences about the article rather than the topic ("In this blog post, we will explore…",
# "Let's explore…"): they echo a question's words without answering it.
META = re.compile(
    r"\b(in this (blog )?(post|article|guide)|we will (explore|discuss|look at)|let[’']s (explore|"
    r"look|take a look)|read on|below,? we (explore|discuss)|this article (explores|discusses))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved passage: `hit.chunk.text[start:end]`."""

    hit: Hit
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.hit.chunk.text[self.start:self.end]


@dataclass(frozen=True)
class AnswerSentence:
    text: str
    cite: int  # rank of the passage it is copied from
    start: int  # offsets inside that passage's text, for highlighting
    end: int
    score: float


@dataclass(frozen=True)
class Answer:
    question: str
    found: bool
    sentences: tuple[AnswerSentence, ...]
    hits: tuple[Hit, ...]
    disclaimer: str = DISCLAIMER
    urgent: Notice | None = None
    message: str = ""

    def highlights(self, rank: int) -> list[tuple[int, int]]:
        """Spans of passage `rank` used in the answer, in text order."""
        return sorted((s.start, s.end) for s in self.sentences if s.cite == rank)


def candidates(hits: Sequence[Hit]) -> list[Candidate]:
    """Sentences of the passages that can stand alone as an answer.

    Headings, fragments and questions are left out: a question never answers a question.
    """
    return [Candidate(hit, start, end) for hit in hits for start, end in answer_spans(hit.chunk.text)]


@lru_cache(maxsize=8192)
def answer_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of `text` that `candidates` keeps; cached because the same passages come back
    question after question and splitting them was a third of a warm answer's own work."""
    out: list[tuple[int, int]] = []
    for start, end in split_spans(text):
        sentence = text[start:end]
        own_line = (start == 0 or text[start - 1] == "\n") and text[end:end + 1] in ("", "\n")
        if own_line and looks_like_heading(sentence):
            continue
        words = len(_WORD.findall(sentence))
        ending = sentence.rstrip()
        teaser = ending.endswith(("...", "…")) or "?" in ending[-6:]
        if words >= 5 and ending[-1:] in ".!" and not teaser and not META.search(sentence):
            out.append((start, end))
    return tuple(out)


def covered(dense_top: float, coverage: float, *, min_score: float, sure_score: float,
            min_coverage: float) -> bool:
    """Whether the collection answers the question at all.

    A passage very close in meaning is enough; a moderately close one must also contain most
    of the question's weighty words (or their everyday/clinical synonyms). "What causes
    migraines?" lands near the cramp articles in meaning, but "migraine" is in none of them.
    """
    return dense_top >= sure_score or (dense_top >= min_score and coverage >= min_coverage)


def compose(question: str, hits: Sequence[Hit], cands: Sequence[Candidate],
            similarities: Sequence[float], *, found: bool, urgent: Notice | None = None) -> Answer:
    """Pick up to three sentences that best answer the question, each cited to its passage.

    `similarities[i]` is the cosine between the question and `cands[i]`. The passage's own
    score is blended in so that a sentence gets credit for the context it stands in.
    """
    hits = tuple(hits)
    if not hits or not found:
        return Answer(question, False, (), hits, message=NOT_COVERED, urgent=urgent)
    scored = sorted(
        ((0.7 * sim + 0.3 * cand.hit.score, i) for i, (cand, sim) in
         enumerate(zip(cands, similarities, strict=True))),
        key=lambda pair: (-pair[0], pair[1]),
    )
    chosen: list[AnswerSentence] = []
    seen: set[str] = set()
    words = 0
    for score, i in scored:
        cand = cands[i]
        key = " ".join(cand.text.lower().split())
        if key in seen:  # overlapping chunks repeat sentences
            continue
        if chosen and (score < RELATIVE_FLOOR * chosen[0].score or len(chosen) >= MAX_SENTENCES):
            break
        length = len(cand.text.split())
        if chosen and words + length > MAX_WORDS:
            continue
        seen.add(key)
        words += length
        chosen.append(AnswerSentence(cand.text, cand.hit.rank, cand.start, cand.end, score))
    return Answer(question, True, tuple(chosen), hits, urgent=urgent)
