"""Composing the answer: verbatim, cited sentences chosen from the retrieved passages (pure logic)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.types import Hit
from qa.answer_rows import Scored, adds_nothing, shown_heading, to_front
from qa.answer_spans import ABOUT_ARTICLE, MAX_WORDS, Candidate, section_label
from qa.definition import defines
from qa.properties import states
from qa.question import Correct, shape, stems, term_share, term_weights
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
# A sentence must reach this share of the best sentence's score to join the answer.
RELATIVE_FLOOR = 0.95
# A span that counts what the article goes through ("we will explore ten possible explanations") may lead a
# question about how many there are from this share of the best span's score.
COUNTED_FLOOR = 0.8
# How a sentence is scored: its meaning against the question's, the share of the question's key
# terms it holds (or their everyday/clinical synonyms), and its passage's relevance. The passage's
# weight, W_KIND and RELATIVE_FLOOR were chosen by `bench/answer_weights.py`, leaving each of the 22
# answer sets out in turn: every one of the 22 choices was (0.8, 0.08, 0.95), against (0.15, 0.15,
# 0.9) before (held-out mean hit 0.813 -> 0.810, precision 0.641 -> 0.697, refused 0.852 -> 0.856):
# a span from the passage that answers best beats a close echo of the question's words elsewhere.
W_MEANING, W_TERMS, W_PASSAGE = 0.45, 0.45, 0.8
# A sentence holding none of the question's key terms answers only if its meaning is this close.
BARE_MEANING = 0.55
# The share of a question's weighty words in the top passages that answers whatever the cosine: over the 63 labelled
# answer sets (4,993 questions) all 13 questions retrieval refused with 0.9 or more of their words there were
# answerable (at 0.85, 13 of 14); but a few everyday words are in some passage too ("how do I change a flat tire"),
# so only a question of four words or more.
FULL_COVERAGE = 0.9
FULL_COVERAGE_WORDS = 4
# A span this close in meaning and holding this share of the key terms answers even when
# retrieval was unsure ("what are the 3 kinds of muscle?" → "Muscles can be categorized…").
SURE_MEANING, SURE_TERMS = 0.65, 0.3
# Bonus for a span of the kind the question expects (a professional for "who", a number for
# "how often", advice for "how do I") and for one that defines the term asked about.
W_KIND, W_DEFINES = 0.08, 0.15
# A key term that names the answer's kind ("which mineral supplements…") weighs this many times more.
FOCUS_WEIGHT = 2.0
# Kinds of question whose answer must hold its cue (a number, a duration, a frequency).
NEEDS_KIND = frozenset({"number", "amount", "count", "frequency", "treatment"})
# Kinds of question whose answer should hold its cue when some close span does ("which professional can
# help…" is answered by the span naming one), though one without it is still an answer.
LEADS_KIND = frozenset({"who"})
# Whom to see or ask: such a question is answered by the span naming someone, however few of its other words that
# span holds ("…who should she see now?" → "…don't resolve the issue, consult a podiatrist"); "who should get the
# flu vaccine" or "who do we need to tell" asks for no one to consult (found in review).
SEES_WHOM = re.compile(r"\b(who|which (doctor|specialist|professional)|what (kind|type|sort) of (doctor|specialist|"
                       r"professional))\b.{0,40}?\b(see|go to|go and see|consult|ask|talk to|speak to|turn to|visit|"
                       r"contact|book|help|treat|refer|send|pass)\w*\b|\bwhich (doctor|specialist)\b|"
                       r"\bwhat (kind|type|sort) of (doctor|specialist)\b", re.IGNORECASE)
# A span that says to be seen ("…it is important to consult a healthcare professional"): what a when-to-see-a-doctor
# question asks for, rather than a sentence naming the trouble.
ADVISES_CARE = re.compile(r"\b(consult\w*|see (a|your) (doctor|gp|healthcare|physician|specialist|podiatrist)|"
                          r"seek\w* (medical|professional|prompt|immediate)|medical (attention|advice|help)|"
                          r"brought to (the|a) doctor|doctor['’]s notice|checked (by|out by) (a|your) (doctor|gp)|"
                          # what the doctor does, and finding the cause: "the doctor may prescribe painkillers"
                          r"(doctor|physician|healthcare (professional|provider)|specialist)s? (may|can|will|might) "
                          r"(prescribe|recommend|refer|suggest|order|assess|diagnose)|visit\w* (a|your) (doctor|gp|"
                          r"healthcare)|root cause)\b",
                          re.IGNORECASE)
# "…are harmless and do not need medical attention" names care only to say it is not needed.
_NO_CARE = re.compile(r"\b(not|no|rarely|never|don['’]?t|doesn['’]?t)\s+(\w+\s+){0,2}(need|require|warrant)",
                      re.IGNORECASE)
# Kinds whose cue a section heading gives its items too.
HEADED_KIND = frozenset({"cause"})
# Kinds whose answer is advice that often follows the sentence naming the trouble: the advice is read on to.
READS_ON_KIND = frozenset({"howto", "when_doctor"})
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


def covered(dense_top: float, coverage: float, *, min_score: float, sure_score: float,
            min_coverage: float, words: int = 0) -> bool:
    """Whether the collection answers the question at all.

    A passage very close in meaning is enough; a moderately close one must also contain most
    of the question's weighty words (or their everyday/clinical synonyms). "What causes
    migraines?" lands near the cramp articles in meaning, but "migraine" is in none of them.
    Top passages holding nearly all of its `words` (four or more) answer however far the meaning: a terse
    search of names ("passion flower skullcap how they work") sits far from any passage's vector (cosine
    0.13). A few everyday words ("what time is it", "the foot of the bed", "how do I change a flat tire")
    are in some passage too.
    """
    return dense_top >= sure_score or (dense_top >= min_score and coverage >= min_coverage) or \
        (coverage >= FULL_COVERAGE and words >= FULL_COVERAGE_WORDS)


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
    focused = [asked.names_focus(stems(text)) for text in texts]
    needs_focus = any(focused)

    def of_kind(i: int) -> bool:
        # An item under a "Causes" heading is a cause, though it says so no more ("…rich in caffeine, like coffee and
        # chocolates" under "Twitching Leg Muscles Causes"; fresh101).
        heading = section_label(cands[i].hit) if asked.kind in HEADED_KIND else ""
        return asked.cue is not None and (focused[i] or not needs_focus) and \
            (asked.cue.search(cands[i].text) is not None or asked.cue.search(heading) is not None)
    scored: list[Scored] = []
    for i, (cand, sim, text) in enumerate(zip(cands, similarities, texts, strict=True)):
        share = term_share(asked.terms, text, weights)
        if share == 0 and sim < BARE_MEANING:
            continue
        # under its heading too ("Spinal muscular atrophy: This is a genetic disorder…")
        headed = f"{cand.context}: {cand.text}" if cand.context else None
        defining = any(defines(term, cand.text) or (headed is not None and defines(term, headed))
                       for term in asked.defined)
        score = W_MEANING * sim + W_TERMS * share + W_PASSAGE * cand.hit.score
        kind = of_kind(i)
        score += W_KIND * kind + W_DEFINES * defining
        scored.append(Scored(score, i, sim, share, kind, defining))
    scored.sort(key=lambda row: (-row.score, row.place))
    if scored and not scored[0].reads and not scored[0].defining:
        # The bonus for the asked kind ("what kinds of…" favours any list) must not let a span that
        # neither means nor says the question push aside, and refuse, one close in meaning.
        lead = next((row for row in scored if row.meaning >= SURE_MEANING), None)
        if lead is not None and lead.score >= RELATIVE_FLOOR * scored[0].score:
            scored = [lead, *(row for row in scored if row is not lead and (row.reads or row.score < lead.score))]
    # A suspected cause leads only as a cause, when the best span is none: "Side effects of certain drugs like pain
    # killers." for "can painkillers cause leg twitching?" (fresh102), not "…improve blood circulation" for "can bad
    # circulation…".
    cause_led = asked.kind in HEADED_KIND and bool(scored) and not scored[0].of_kind
    if (asked.focus_leads or cause_led) and needs_focus and scored and not focused[scored[0].place]:
        # "Is it true that B12 helps twitches?", "which blood tests…": a span that does not name B12 (or a test)
        # answers another question; the best span naming it leads when it comes close.
        naming = next((row for row in scored if focused[row.place] and (row.of_kind or not cause_led)
                       and row.score >= COUNTED_FLOOR * scored[0].score), None)
        if naming is not None:
            scored = to_front(naming, scored)
    definition = next((row for row in scored if row.defining), None)
    if definition is not None and definition is not scored[0]:
        # "…used the word 'fasciculation'… Could you explain?": what a term is is told by the span that
        # defines it, however many of the story's other words another span holds.
        scored = to_front(definition, scored)
    if scored:
        top = scored[0]
        sure = top.meaning >= SURE_MEANING and top.share >= SURE_TERMS
        # (a span of the asked kind naming the asked thing answers in few of the question's words: "…rich in
        # caffeine, like coffee and chocolates" under a "Causes" heading for "can chocolate make my legs twitch?")
        names_it = asked.kind in HEADED_KIND and top.of_kind and focused[top.place]
        retrieved, found = found, (found and (top.reads or names_it)) or top.defining or sure
        # ("who counts as healthcare personnel?" is answered by the definition of the group, not by someone to see)
        if asked.kind in NEEDS_KIND or (asked.kind in LEADS_KIND and not top.defining):
            # "How many reasons are there for…": the article's lead-in counts them, in fewer of the question's words;
            # "who should she see now?" is answered by the span naming someone to see, in fewer of its words too
            # ("…don't resolve the issue, consult a podiatrist"; fresh60, fresh61)
            whom = asked.kind in LEADS_KIND and SEES_WHOM.search(question) is not None
            # (and a frequency of the asked thing: "Training should be… repeated annually" for "how often… training?")
            near = ABOUT_ARTICLE.search(question) or whom or (asked.kind == "frequency" and needs_focus)
            floor = (COUNTED_FLOOR if near else RELATIVE_FLOOR) * top.score
            counted = next((row for row in scored if row.of_kind and row.score >= floor), None)
            if counted is not None:  # the span with the number leads ("…we will explore ten possible explanations")
                scored = to_front(counted, scored)
                found = found or (retrieved and whom)
            elif asked.kind in NEEDS_KIND:
                # "How many seconds should I wash my hands?" answered by a span with no number in
                # it does not hold the asked fact: the collection does not say.
                found = False
        if asked.kind == "when_doctor" and not _advises_care(cands[scored[0].place].text):
            # "At what point should I see a doctor about calf twitches?": the span saying when to be seen leads the
            # one that only names the trouble ("Overuse of the calf… can lead to cramping"), when it comes close.
            advice = next((row for row in scored if _advises_care(cands[row.place].text)
                           and row.score >= COUNTED_FLOOR * scored[0].score), None)
            if advice is not None:
                scored = to_front(advice, scored)
    if asked.asks is not None and scored:
        # "Is restless leg syndrome hereditary?": the span that says the property of the thing asked about answers;
        # one naming the syndrome without its heredity, or another disorder's heredity, answers another question.
        stating = next((row for row in scored if states(asked.asks, texts[row.place])
                        and asked.names_subject(stems(texts[row.place]))), None)
        if stating is None:
            found = False
        else:
            scored = to_front(stating, scored)
    if not hits or not found or not scored:
        return Answer(question, False, (), hits, message=NOT_COVERED, urgent=urgent)
    if asked.kind in READS_ON_KIND and not scored[0].of_kind:
        # "What can I do after a match for calves that cramp?": the span that repeats the question's words
        # ("Overuse of the calf and hamstring muscles can lead to cramping") is followed by the advice
        # ("Resting the muscles… can help"); the reader reads on, so the answer does.
        # The advice seldom repeats the question's words ("Choosing appropriate footwear… can help" after "improper
        # gait mechanics can lead to…"; fresh85), so it is looked for among all spans, not only the scored ones.
        named = cands[scored[0].place]
        after = min((j for j, cand in enumerate(cands) if cand.hit is named.hit and cand.start >= named.end
                     and not named.hit.chunk.text[named.end:cand.start].strip() and of_kind(j)),
                    key=lambda j: cands[j].end, default=None)  # the next sentence, not a longer span from it
        if after is not None:
            follow = next((row for row in scored if row.place == after),
                          Scored(0.0, after, similarities[after], 0.0, True, False))
            scored = [scored[0], follow._replace(score=scored[0].score),
                      *(row for row in scored[1:] if row is not follow)]
    chosen: list[AnswerSentence] = []
    seen: set[str] = set()
    words = 0
    first: Scored | None = None
    for row in scored:
        score, i = row.score, row.place
        cand = cands[i]
        key = _key(cand.text)
        # held by it: the same stretch of its passage, or fewer of the same words in an overlapping chunk (the same
        # words exactly stay cited to the better passage)
        inside = [j for j, c in enumerate(chosen) if (c.cite == cand.hit.rank and cand.start <= c.start
                  and c.end <= cand.end) or (_key(c.text) in key and _key(c.text) != key)]
        if inside and chosen and score >= RELATIVE_FLOOR * chosen[0].score and len(inside) == 1:
            # A longer span holding a chosen sentence ("ALS is… Also called Lou Gehrig's disease…")
            # takes its place rather than being dropped as a repeat.
            old = chosen[inside[0]]
            words += len(cand.text.split()) - len(old.text.split())
            chosen[inside[0]] = AnswerSentence(cand.text, cand.hit.rank, cand.start, cand.end, old.score,
                                               shown_heading(cand, asked.focus))
            seen.add(key)
            continue
        if key in seen or any((c.cite == cand.hit.rank and c.start < cand.end and cand.start < c.end)
                              or key in _key(c.text) for c in chosen):
            continue  # overlapping chunks repeat sentences; a merged span holds its parts
        if chosen and (score < RELATIVE_FLOOR * chosen[0].score or len(chosen) >= MAX_SENTENCES):
            break
        length = len(cand.text.split())
        if chosen and words + length > MAX_WORDS:
            continue
        if first is not None and adds_nothing(first, row, cands):
            continue
        first = first or row
        seen.add(key)
        words += length
        chosen.append(AnswerSentence(cand.text, cand.hit.rank, cand.start, cand.end, score,
                                     shown_heading(cand, asked.focus)))
    return Answer(question, True, tuple(chosen), hits, urgent=urgent)


def _key(text: str) -> str:
    """A span's words, for telling repeats apart from overlapping chunks."""
    return " ".join(text.lower().split())


def _advises_care(text: str) -> bool:
    return ADVISES_CARE.search(text) is not None and _NO_CARE.search(text) is None
