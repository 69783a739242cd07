"""Answers as the JSON contract of `healthqa ask --json` and as plain terminal text."""

from __future__ import annotations

import textwrap
from typing import Any

from qa.answer import Answer
from qa.triage import Notice
from ui.view import notice_title, repaired_note


def answer_to_dict(answer: Answer) -> dict[str, Any]:
    """The stable JSON contract; new fields may be added, these names never change."""
    return {
        "question": answer.question,
        "found": answer.found,
        # "context" is the heading a span is shown under when its subject is only there.
        "answer": [{"text": s.text, "cite": s.cite, **({"context": s.context} if s.context else {})}
                   for s in answer.sentences],
        "passages": [
            {
                "rank": hit.rank,
                "score": round(hit.score, 4),
                "similarity": round(hit.similarity, 4),
                "title": hit.doc.title,
                "source": hit.chunk.source,
                "section": hit.chunk.section,
                "page": hit.chunk.page,
                "text": hit.chunk.text,
                "url": hit.doc.url,
                "author": hit.doc.author,
                "published": hit.doc.published,
                "reviewed": hit.doc.reviewed,
            }
            for hit in answer.hits
        ],
        "urgent": None if answer.urgent is None else {"level": answer.urgent.level,
                                                      "message": answer.urgent.message,
                                                      "rule": answer.urgent.rule},
        "message": answer.message or None,
        # typos repaired before searching, as typed and as searched
        "repaired": [{"typed": typed, "searched": searched} for typed, searched in answer.repaired],
        "disclaimer": answer.disclaimer,
    }


def source_line(answer: Answer, rank: int) -> str:
    hit = answer.hits[rank - 1]
    parts = [hit.doc.title, f"corpus/{hit.chunk.source}"]
    if hit.chunk.section:
        parts.append(f"section: {hit.chunk.section}")
    if hit.chunk.page is not None:
        parts.append(f"page {hit.chunk.page}")
    return " · ".join(parts)


def notice_lines(notice: Notice, width: int = 88) -> list[str]:
    """The care notice first: a line with the level and the action, then the message, every line
    marked `!!` so it stands apart from the answer."""
    return [f"!! {notice.level.upper()}: {notice_title(notice)}",
            *textwrap.wrap(notice.message, width, initial_indent="!! ", subsequent_indent="!! ")]


def cited_sentences(answer: Answer) -> str:
    """The answer's sentences as one paragraph, each after its heading (if any) and before its [n]."""
    return " ".join(f"{s.context + ': ' if s.context else ''}{s.shown} [{s.cite}]" for s in answer.sentences)


def answer_to_text(answer: Answer, width: int = 88) -> str:
    out: list[str] = []
    if answer.urgent is not None:
        out += [*notice_lines(answer.urgent, width), ""]
    out.append(f"Q: {answer.question}")
    if answer.repaired:
        out.append(repaired_note(answer))
    out.append("")
    if answer.found:
        out += textwrap.wrap(cited_sentences(answer), width) or ["(no single sentence answers this; see the passages)"]
    else:
        out += textwrap.wrap(answer.message, width)
    if answer.hits:
        out += ["", "Passages:" if answer.found else "Closest passages (weak match):"]
        for hit in answer.hits:
            out.append(f"[{hit.rank}] {source_line(answer, hit.rank)} (score {hit.score:.2f})")
            out += textwrap.wrap(hit.chunk.text, width, initial_indent="    ",
                                 subsequent_indent="    ")
    out += ["", *textwrap.wrap(answer.disclaimer, width)]
    return "\n".join(out)


def answer_to_copy(answer: Answer) -> str:
    """What "copy the answer" puts on the clipboard: the care notice, the question, the cited
    sentences, then only the sources they cite and the disclaimer (no passages, no wrapping)."""
    out: list[str] = []
    if answer.urgent is not None:
        out += [f"{answer.urgent.level.upper()}: {notice_title(answer.urgent)}", answer.urgent.message, ""]
    out += [f"Q: {answer.question}", ""]
    if answer.found and answer.sentences:
        out.append(cited_sentences(answer))
    else:
        out.append(answer.message or "No single sentence answers this.")
    cited = sorted({s.cite for s in answer.sentences})
    if cited:
        out += ["", "Sources:", *(f"[{rank}] {source_line(answer, rank)}" for rank in cited)]
    out += ["", answer.disclaimer]
    return "\n".join(out)
