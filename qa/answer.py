"""Composing the answer: verbatim, cited sentences chosen from the retrieved passages (pure logic)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from index.types import Hit
from ingest.chunker import SECTION_SEP
from ingest.clean import looks_like_heading
from ingest.sentences import split_spans
from qa.answer_lists import list_spans
from qa.question import Correct, defines, shape, stems, term_share, term_weights
from qa.triage import Notice

DISCLAIMER = (
    "This information is educational and is not medical advice. It does not replace a diagnosis "
    "or treatment by a qualified health professional: consult one about your symptoms. "
    "In an emergency, call your local emergency number (for example 911, 112 or 999) now."
)
NOT_COVERED = "The articles in this collection don't cover this question."


def not_mentioned(words: Sequence[str]) -> str:
    """The no-answer message for a question about something the articles never name."""
    named = " or ".join(f"“{word}”" for word in words)
    return f"The articles in this collection don't mention {named}, so they can't answer this."


MAX_SENTENCES = 2
MAX_WORDS = 90
# A sentence must reach this share of the best sentence's score to join the answer.
RELATIVE_FLOOR = 0.95
# How a sentence is scored: its meaning against the question's, the share of the question's key
# terms it holds (or their everyday/clinical synonyms), and its passage's relevance. The passage's
# weight, W_KIND and RELATIVE_FLOOR were chosen by `bench/answer_weights.py`, leaving each of the 22
# answer sets out in turn: every one of the 22 choices was (0.8, 0.08, 0.95), against (0.15, 0.15,
# 0.9) before (held-out mean hit 0.813 -> 0.810, precision 0.641 -> 0.697, refused 0.852 -> 0.856):
# a span from the passage that answers best beats a close echo of the question's words elsewhere.
W_MEANING, W_TERMS, W_PASSAGE = 0.45, 0.45, 0.8
# A sentence holding none of the question's key terms answers only if its meaning is this close.
BARE_MEANING = 0.55
# Abstention that reads the answer: the best sentence must reach one of these.
ANSWER_MEANING, ANSWER_TERMS = 0.42, 0.5
# A span this close in meaning and holding this share of the key terms answers even when
# retrieval was unsure ("what are the 3 kinds of muscle?" → "Muscles can be categorized…").
SURE_MEANING, SURE_TERMS = 0.65, 0.3
# Bonus for a span of the kind the question expects (a professional for "who", a number for
# "how often", advice for "how do I") and for one that defines the term asked about.
W_KIND, W_DEFINES = 0.08, 0.15
# A key term that names the answer's kind ("which mineral supplements…") weighs this many times more.
FOCUS_WEIGHT = 2.0
# Kinds of question whose answer must hold its cue (a number, a duration, a frequency).
NEEDS_KIND = frozenset({"number", "count"})
# Kinds of question whose answer should hold its cue when some close span does ("which professional can
# help…" is answered by the span naming one), though one without it is still an answer.
LEADS_KIND = frozenset({"who"})
# Kinds whose answer is advice that often follows the sentence naming the trouble: the advice is read on to.
READS_ON_KIND = frozenset({"howto", "when_doctor"})
_WORD = re.compile(r"\w+")
# Sentences about the article or the reader's journey rather than the topic ("In this blog post,
# we will explore…", "Understanding X can help you take action"): they echo a question's words
# without answering it.
META = re.compile(
    r"\b(in this (blog )?(post|article|guide|section)|we will (explore|discuss|look at|cover)|let[’']s "
    r"(explore|look|take a look|dive)|read on|below,? we (explore|discuss)|this article (explores|discusses|"
    r"covers)|understanding (the|this|these|how|why|what)\b.{0,80}\bcan help|"
    r"^by understanding\b.{0,160}\b(can|will)\b|(can|will) help you (take|make|"
    r"understand|decide)|here[’']s what|you[’']ll learn|keep reading|in conclusion|to sum up|the following "
    r"(are|is|will)|as (mentioned|discussed|noted) (above|earlier|before)|click here|learn more|"
    # lead-ins that promise a list without giving any of it
    r"(can be|are|is) (caused|triggered) by (a variety of|several|many|various|a number of|different) (factors|reasons|"
    r"things|causes)|there (are|can be) (several|many|various|a number of|different) (reasons|causes|factors)|"
    r"(given|listed|shown) below|below are (some|the)|here are (some|the)|"
    # the reader's curiosity, not an answer: "…you may be curious about the reasons behind this involuntary movement"
    r"you (may|might) (be )?(curious|wonder\w*)|(have you )?ever wondered (why|what|how|if))\b",
    re.IGNORECASE,
)
# "How many explanations does the post go through?": a question about the article itself, which
# the sentences about the article ("In this blog post, we will explore ten…") answer.
# So does a count of the reasons or ways an article goes through ("how many reasons are there for…"):
# its lead-in is where the count is said.
ABOUT_ARTICLE = re.compile(r"\b(article|post|blog|author|writer|web ?page)s?\b|\bhow many (possible |different |"
                           r"common |main )?(reasons|causes|explanations|ways|factors|tips|remedies|steps)\b",
                           re.IGNORECASE)
# An opening word that points back to text the reader cannot see.
BACK_REFERENCE = re.compile(
    r"^(this|these|those|that|it|its|it[’']s|they|their|them|such|otherwise|however|also|additionally|"
    r"furthermore|moreover|he|she|then|thus|therefore|hence|in addition|as a result|similarly|likewise|"
    r"both|another|the latter|the former)\b|"
    # inside an opening clause: "When these are affected, …", "Because of this, …"
    r"^(when|if|because|as|since|after|while|once|unless) (these|this|those|they|it|such)\b|"
    r"^(because of|due to|despite) (this|these|that|those|such)\b|"
    r"^(in|for) (this|these|that|those|such) (case|cases|situation|situations|instance|instances|way|people)\b|"
    # a part of what came before: "Most of these are considered benign…"
    r"^(most|many|some|all|each|none|several|few|one|any|either|neither|both) of (these|them|those|this|that)\b",
    re.IGNORECASE)
# A sentence that lists what its predecessor announced ("There are signs that… These include a loss
# of sensation, wasting and weakness."): the predecessor alone is a promise without its content.
ENUMERATION = re.compile(r"^((these|they|those)( (may|can|might|often|commonly|usually))? "
                         r"(include|includes|are|involve)|(some )?examples (include|are)|"
                         r"some of (these|them) (include|are))\b", re.IGNORECASE)
# A list label before a sentence ("2. ", "b. ", "(iv) ", "• "): not part of what is shown.
LABEL = re.compile(r"^(\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|\(?[ivx]{1,4}[.)]|[•▪❑●◦‣∙·*\-–—])\s+")

@dataclass(frozen=True)
class Candidate:
    """A span of a retrieved passage, `hit.chunk.text[start:end]`: one sentence, or a sentence
    with the one it points back to; `context` is a heading shown before it when its subject is
    only there."""

    hit: Hit
    start: int
    end: int
    context: str = ""

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
    context: str = ""  # the section heading, shown before the span when its subject is only there

    @property
    def shown(self) -> str:
        """The span on one line: a list's items (one span) run on after their bullets."""
        return " ".join(self.text.split())


@dataclass(frozen=True)
class Answer:
    question: str
    found: bool
    sentences: tuple[AnswerSentence, ...]
    hits: tuple[Hit, ...]
    disclaimer: str = DISCLAIMER
    urgent: Notice | None = None
    message: str = ""
    repaired: tuple[tuple[str, str], ...] = ()  # (as typed, as searched) for each typo repaired
    topic: str = ""  # the previous question's topic a follow-up was read with ("leg cramps")

    @property
    def asked(self) -> str:
        """The question with the topic it was read with: what a next follow-up continues."""
        return f"{self.question} {self.topic}".strip()

    def highlights(self, rank: int) -> list[tuple[int, int]]:
        """Spans of passage `rank` used in the answer, in text order."""
        return sorted((s.start, s.end) for s in self.sentences if s.cite == rank)


def candidates(hits: Sequence[Hit], *, about_article: bool = False, defined: tuple[str, ...] = ()) -> list[Candidate]:
    """Spans of the passages that can stand alone as an answer.

    Headings, fragments, questions, teasers and sentences about the article are left out; a
    sentence that points back ("This is…") comes with its predecessor, or with the heading it
    stands under, or not at all. A sentence that defines a `defined` term is kept though it
    reads as a teaser ("Calf fasciculation, or muscle twitching, … can be caused by a variety of
    factors" is the collection's only definition of fasciculation).
    """
    out = []
    for hit in hits:
        section = (hit.chunk.section or "").split(SECTION_SEP)[-1].strip()
        for start, end, heading in answer_spans(hit.chunk.text, about_article, defined):
            if heading == _SECTION and not section:
                continue
            out.append(Candidate(hit, start, end, section if heading == _SECTION else heading))
    return out


_SECTION = "\0section"  # placeholder: the heading is the passage's section label


def _standalone(sentence: str, about_article: bool = False, defined: tuple[str, ...] = ()) -> bool:
    words = len(_WORD.findall(sentence))
    ending = sentence.rstrip()
    teaser = ending.endswith(("...", "…")) or "?" in ending[-6:]
    # one that opens in lower case is the tail of a sentence a PDF line break or a list cut off
    fragment = sentence[:1].islower()
    return (words >= 5 and ending[-1:] in ".!" and not teaser and not fragment
            and (about_article or not META.search(sentence) or any(defines(term, sentence) for term in defined)))


@lru_cache(maxsize=8192)
def answer_spans(text: str, about_article: bool = False, defined: tuple[str, ...] = ()
                 ) -> tuple[tuple[int, int, str], ...]:
    """(start, end, heading shown before it) of the spans `candidates` keeps; cached because the
    same passages come back question after question. List labels are left out of a span, so the
    span is still a verbatim substring of the passage."""
    out: list[tuple[int, int, str]] = []
    prev: tuple[int, int] | None = None  # the sentence before, in the same paragraph
    run_start: int | None = None  # where the sentences a back-reference may lean on begin
    heading = ""
    sentences = split_spans(text)
    for sentence_start, end in sentences:
        start = sentence_start
        sentence = text[start:end]
        own_line = (start == 0 or text[start - 1] == "\n") and text[end:end + 1] in ("", "\n")
        if own_line and looks_like_heading(sentence):
            prev, heading = None, sentence.strip().rstrip(":")
            continue
        label = LABEL.match(sentence)
        if label:
            start += label.end()
            sentence = text[start:end]
        paragraph_start = prev is None or "\n" in text[prev[1]:start]
        if paragraph_start:
            run_start = None
        back = bool(BACK_REFERENCE.match(sentence))
        standalone = _standalone(sentence, about_article, defined)
        if (standalone and back and prev is not None and not paragraph_start and ENUMERATION.match(sentence)
                and not BACK_REFERENCE.match(text[prev[0]:prev[1]])):
            # the announcement is shown only with what it announces (when the run of sentences
            # this one leans on starts at the announcement, the run below is that very span)
            out = [span for span in out if span[:2] != prev]
            if run_start != prev[0] and len(_WORD.findall(text[prev[0]:end])) <= MAX_WORDS:
                out.append((prev[0], end, ""))
        if standalone:
            if not back:
                out.append((start, end, ""))
            elif run_start is not None and len(_WORD.findall(text[run_start:end])) <= MAX_WORDS:
                out.append((run_start, end, ""))  # with the sentences it points back to
            elif not paragraph_start and prev is not None and len(_WORD.findall(text[prev[0]:prev[1]])) < 5:
                # "• Spinal muscular atrophy. This is a genetic disorder…": the term is a label
                out.append((start, end, text[prev[0]:prev[1]].strip().rstrip(".:")))
            elif start == 0 or not text[:start].strip():
                out.append((start, end, heading or _SECTION))  # the passage opens with it
            elif heading and paragraph_start:
                out.append((start, end, heading))
        # A run of standalone sentences is what a later "This…" may lean on.
        if not standalone:
            run_start = None
        elif not back:
            run_start = start
        prev = (start, end)
    return (*out, *list_spans(text, sentences, MAX_WORDS))


def covered(dense_top: float, coverage: float, *, min_score: float, sure_score: float,
            min_coverage: float) -> bool:
    """Whether the collection answers the question at all.

    A passage very close in meaning is enough; a moderately close one must also contain most
    of the question's weighty words (or their everyday/clinical synonyms). "What causes
    migraines?" lands near the cramp articles in meaning, but "migraine" is in none of them.
    """
    return dense_top >= sure_score or (dense_top >= min_score and coverage >= min_coverage)


class _Scored(NamedTuple):
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


def compose(question: str, hits: Sequence[Hit], cands: Sequence[Candidate],
            similarities: Sequence[float], *, found: bool, urgent: Notice | None = None,
            correct: Correct | None = None) -> Answer:
    """Pick up to MAX_SENTENCES spans that answer the question, each cited to its passage.

    `similarities[i]` is the cosine between the question and `cands[i]`. A span scores by its
    meaning, by the share of the question's key terms it holds and by its passage's relevance.
    A span with none of the key terms needs a close meaning; the answer is refused when even
    the best span neither means nor says enough of what was asked, and given (though retrieval
    was unsure) when a definitional question finds a span that defines its term.
    """
    hits = tuple(hits)
    asked = shape(question, correct)
    texts = [f"{cand.context} {cand.text}" for cand in cands]
    weights = [w * FOCUS_WEIGHT if term & asked.focus else w
               for term, w in zip(asked.terms, term_weights(asked.terms, texts), strict=True)]
    # "Can chocolate give me twitches?": a cause that is not chocolate is not of the asked kind,
    # when some span names chocolate at all.
    focused = [bool(asked.focus & stems(text)) for text in texts]
    needs_focus = any(focused)
    scored: list[_Scored] = []
    for i, (cand, sim, text) in enumerate(zip(cands, similarities, texts, strict=True)):
        share = term_share(asked.terms, text, weights)
        if share == 0 and sim < BARE_MEANING:
            continue
        of_kind = (asked.cue is not None and asked.cue.search(cand.text) is not None
                   and (focused[i] or not needs_focus))
        # under its heading too ("Spinal muscular atrophy: This is a genetic disorder…")
        headed = f"{cand.context}: {cand.text}" if cand.context else None
        defining = any(defines(term, cand.text) or (headed is not None and defines(term, headed))
                       for term in asked.defined)
        score = W_MEANING * sim + W_TERMS * share + W_PASSAGE * cand.hit.score
        score += W_KIND * of_kind + W_DEFINES * defining
        scored.append(_Scored(score, i, sim, share, of_kind, defining))
    scored.sort(key=lambda row: (-row.score, row.place))
    if scored and not scored[0].reads and not scored[0].defining:
        # The bonus for the asked kind ("what kinds of…" favours any list) must not let a span that
        # neither means nor says the question push aside, and refuse, one close in meaning.
        lead = next((row for row in scored if row.meaning >= SURE_MEANING), None)
        if lead is not None and lead.score >= RELATIVE_FLOOR * scored[0].score:
            scored = [lead, *(row for row in scored if row is not lead and (row.reads or row.score < lead.score))]
    if scored:
        top = scored[0]
        sure = top.meaning >= SURE_MEANING and top.share >= SURE_TERMS
        found = (found and top.reads) or top.defining or sure
        if asked.kind in NEEDS_KIND or asked.kind in LEADS_KIND:
            counted = next((row for row in scored if row.of_kind and row.score >= RELATIVE_FLOOR * top.score), None)
            if counted is not None:  # the span with the number leads ("…we will explore ten possible explanations")
                scored = [counted, *(row for row in scored if row is not counted)]
            elif asked.kind in NEEDS_KIND:
                # "How many seconds should I wash my hands?" answered by a span with no number in
                # it does not hold the asked fact: the collection does not say.
                found = False
    if not hits or not found or not scored:
        return Answer(question, False, (), hits, message=NOT_COVERED, urgent=urgent)
    if asked.kind in READS_ON_KIND and not scored[0].of_kind:
        # "What can I do after a match for calves that cramp?": the span that repeats the question's words
        # ("Overuse of the calf and hamstring muscles can lead to cramping") is followed by the advice
        # ("Resting the muscles… can help"); the reader reads on, so the answer does.
        named = cands[scored[0].place]
        follow = next((row for row in scored[1:] if row.of_kind and cands[row.place].hit is named.hit
                       and not named.hit.chunk.text[named.end:cands[row.place].start].strip()), None)
        if follow is not None:
            scored = [scored[0], follow._replace(score=scored[0].score),
                      *(row for row in scored[1:] if row is not follow)]
    chosen: list[AnswerSentence] = []
    seen: set[str] = set()
    words = 0
    for score, i, *_ in scored:
        cand = cands[i]
        key = " ".join(cand.text.lower().split())
        inside = [j for j, c in enumerate(chosen) if c.cite == cand.hit.rank and cand.start <= c.start
                  and c.end <= cand.end]
        if inside and chosen and score >= RELATIVE_FLOOR * chosen[0].score and len(inside) == 1:
            # A longer span holding a chosen sentence ("ALS is… Also called Lou Gehrig's disease…")
            # takes its place rather than being dropped as a repeat.
            old = chosen[inside[0]]
            words += len(cand.text.split()) - len(old.text.split())
            chosen[inside[0]] = AnswerSentence(cand.text, old.cite, cand.start, cand.end, old.score, cand.context)
            seen.add(key)
            continue
        if key in seen or any(c.cite == cand.hit.rank and c.start < cand.end and cand.start < c.end
                              for c in chosen):
            continue  # overlapping chunks repeat sentences; a merged span holds its parts
        if chosen and (score < RELATIVE_FLOOR * chosen[0].score or len(chosen) >= MAX_SENTENCES):
            break
        length = len(cand.text.split())
        if chosen and words + length > MAX_WORDS:
            continue
        seen.add(key)
        words += length
        chosen.append(AnswerSentence(cand.text, cand.hit.rank, cand.start, cand.end, score, cand.context))
    return Answer(question, True, tuple(chosen), hits, urgent=urgent)
