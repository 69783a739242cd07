"""The spans of a passage that can stand alone as an answer: sentences, a sentence with the one it
points back to, a list with its announcement (pure logic)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from index.types import Hit
from ingest.chunker import SECTION_SEP
from ingest.clean import looks_like_heading
from ingest.sentences import split_spans
from qa.answer_lists import list_spans
from qa.definition import defines

# The most words an answer (and so any one span of it) holds.
MAX_WORDS = 90
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
# A reference list's entries are no answer ("Nonhospital Health Care-Associated Hepatitis B and C Virus Transmission:
# United States, 1998-2008." answered how long hepatitis C lives on a surface, fresh64, fresh67): a sentence
# that cites a journal, its authors, or the title between its authors and its journal.
CITED = re.compile(r"\b(?:19|20)\d{2}\s?;\s?\d+(?:\(\d+\))?\s?:\s?\d+|\bet al\b")
JOURNAL_NEXT = re.compile(r"\s*(?:[A-Z][A-Za-z&'’ .-]{0,60}\.\s*)?(?:19|20)\d{2}\s?;\s?\d+")  # "Annals of …. 2009;150"
AUTHORS = re.compile(r"^(?:\d{1,3}\.\s*)?(?:[A-Z][A-Za-z'’-]+ [A-Z]{1,3}(?:,\s*|\.?\s*$)){2,}")
# A sentence with a web address points to where an answer is ("Recommendations of the ACIP available at:
# http://www.cdc." answered which vaccines patients need, fresh111): none of 7,740 marked answer sentences holds one.
LINKED = re.compile(r"\bhttps?://|\bwww\.[a-z]", re.IGNORECASE)
# "How many explanations does the post go through?": a question about the article itself, which
# the sentences about the article ("In this blog post, we will explore ten…") answer.
# So does a count of the reasons or ways an article goes through ("how many reasons are there for…"):
# its lead-in is where the count is said.
ABOUT_ARTICLE = re.compile(r"\b(article|post|blog|author|writer|web ?page)s?\b|\bhow many ((possible|different|"
                           r"common|main) ){0,2}(reasons|causes|explanations|ways|factors|tips|remedies|steps)\b",
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
# A checklist's answer boxes before the next item's text: "Not applicable (Facility does not use …) H. Multi-dose …"
FORM_OPTIONS = re.compile(r"^(?:(?:Yes\s+No|Not applicable|N/A)(?:\s*\([^)]{0,160}\))?\s+)+(?:\(?[A-Za-z][.)]\s+)?")
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
        section = section_label(hit)
        for start, end, heading in answer_spans(hit.chunk.text, about_article, defined):
            if heading == _SECTION and not section:
                continue
            out.append(Candidate(hit, start, end, section if heading == _SECTION else heading))
    return out


_SECTION = "\0section"  # placeholder: the heading is the passage's section label


def section_label(hit: Hit) -> str:
    """The innermost heading of the passage's section path ("" when it has none)."""
    return (hit.chunk.section or "").split(SECTION_SEP)[-1].strip()


def _standalone(sentence: str, about_article: bool = False, defined: tuple[str, ...] = ()) -> bool:
    words = len(_WORD.findall(sentence))
    ending = sentence.rstrip()
    teaser = ending.endswith(("...", "…")) or "?" in ending[-6:]
    # one that opens in lower case is the tail of a sentence a PDF line break or a list cut off
    fragment = sentence[:1].islower()
    return (words >= 5 and ending[-1:] in ".!" and not teaser and not fragment
            and (about_article or not META.search(sentence) or any(defines(term, sentence) for term in defined)))


def _previous_line(text: str, start: int) -> str:
    """The text from the start of the line (or the sentence before) up to `start`: where a title's authors are."""
    line = text.rfind("\n", 0, start) + 1
    before = text[line:start].strip()
    return before if before else text[text.rfind("\n", 0, max(line - 1, 0)) + 1:line].strip()


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
        options = FORM_OPTIONS.match(sentence)
        if options and options.end() < len(sentence):
            start += options.end()
            sentence = text[start:end]
        label = LABEL.match(sentence)
        if label:
            start += label.end()
            sentence = text[start:end]
        paragraph_start = prev is None or "\n" in text[prev[1]:start]
        if paragraph_start:
            run_start = None
        back = bool(BACK_REFERENCE.match(sentence))
        cited = (CITED.search(sentence) is not None or AUTHORS.match(sentence.strip()) is not None
                 or LINKED.search(sentence) is not None
                 or JOURNAL_NEXT.match(text, end) is not None
                 or (sentence_start > 0 and AUTHORS.match(_previous_line(text, sentence_start)) is not None))
        standalone = not cited and _standalone(sentence, about_article, defined)
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
