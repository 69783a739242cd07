"""Scoring the answer a person reads: does it hold the asked fact, are its sentences the marked ones, does it dangle."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.errors import HealthQAError
from qa.answer import Answer
from qa.labelled import first_row, read_rows

# A sentence that opens with these needs text the reader cannot see: a back-reference or a label.
DANGLING = re.compile(
    r"^\s*((this|these|those|that|it|its|it’s|it's|they|their|them|such|otherwise|however|also|additionally|"
    r"furthermore|moreover|he|she|then|thus|therefore|hence|in addition|as a result|similarly|likewise|"
    r"both|another|the latter|the former)\b|(when|if|because|as|since|after|while|once|unless) (these|this|those|"
    r"they|it|such)\b|(because of|due to|despite) (this|these|that|those|such)\b|"
    r"(in|for) (this|these|that|those|such) (case|cases|situation|situations|instance|instances|way|people)\b|"
    r"(most|many|some|all|each|none|several|few|one|any|either|neither|both) of (these|them|those|this|that)\b|"
    r"(\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|\(?[ivx]{1,4}[.)])\s|[•▪❑●◦\-–—*]\s*)",
    re.IGNORECASE)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class AnswerCase:
    id: str
    question: str
    answerable: bool
    sentences: tuple[str, ...] = ()  # the sentences of the source that answer it, verbatim
    key_facts: tuple[str, ...] = ()  # short phrases an answer must hold (any one)
    source: str = ""
    kind: str = ""


@dataclass(frozen=True)
class AnswerReport:
    n_answerable: int
    n_unanswerable: int
    hits: int  # answerable questions whose answer holds a marked sentence or a key fact
    n_sentences: int  # answer sentences shown for answerable questions
    marked: int  # of those, the ones that are (part of) a marked sentence
    dangling: int  # of all answer sentences shown, those opening with a back-reference or label
    n_all_sentences: int
    unanswerable_refused: int
    answerable_refused: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)  # answered, but without the asked fact
    answered_unanswerable: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "answerable": self.n_answerable, "unanswerable": self.n_unanswerable,
            "answer_hit": round(self.hits / max(self.n_answerable, 1), 4),
            "answer_precision": round(self.marked / max(self.n_sentences, 1), 4),
            "dangling_share": round(self.dangling / max(self.n_all_sentences, 1), 4),
            "unanswerable_refused": round(self.unanswerable_refused / max(self.n_unanswerable, 1), 4),
            "answerable_refused": self.answerable_refused, "missed": self.missed,
            "answered_unanswerable": self.answered_unanswerable,
        }


def is_answer_file(path: Path) -> bool:
    """An answer set marks the sentences that answer each question."""
    row = first_row(path)
    return "answer_sentences" in row or "key_facts" in row or row.get("answerable") is False


def load_cases(path: Path) -> list[AnswerCase]:
    cases = []
    for number, row in read_rows(path):
        try:
            case = AnswerCase(str(row.get("id", number)), str(row["question"]), bool(row.get("answerable", True)),
                              tuple(str(s) for s in row.get("answer_sentences") or ()),
                              tuple(str(k) for k in row.get("key_facts") or ()),
                              str(row.get("source", "")), str(row.get("kind", "")))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise HealthQAError(f"{path}:{number}: not an answer line ({exc})") from exc
        if case.answerable and not (case.sentences or case.key_facts):
            raise HealthQAError(f"{path}:{number}: an answerable question needs answer_sentences or key_facts")
        cases.append(case)
    return cases


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower().replace("’", "'")))


def is_marked(sentence: str, marked: Sequence[str]) -> bool:
    """The shown sentence is one of the marked ones (or a part of one, or holds one), compared by
    words so that PDF line breaks, curly quotes and list labels do not matter."""
    shown = _norm(sentence)
    if not shown:
        return False
    for target in (_norm(m) for m in marked):
        if target and (shown in target or target in shown):
            return True
        a, b = set(shown.split()), set(target.split())
        if a and b and len(a & b) / len(a | b) >= 0.6:
            return True
    return False


def score(cases: Sequence[AnswerCase], answers: Sequence[Answer]) -> AnswerReport:
    hits = n_sentences = marked = dangling = n_all = refused_un = 0
    refused, missed, answered_un = [], [], []
    for case, answer in zip(cases, answers, strict=True):
        shown = [s.text for s in answer.sentences] if answer.found else []
        n_all += len(shown)
        dangling += sum(1 for s in answer.sentences if answer.found and not s.context and DANGLING.match(s.text))
        if not case.answerable:
            refused_un += not answer.found
            if answer.found:
                answered_un.append(case.id)
            continue
        if not answer.found:
            refused.append(case.id)
            continue
        text = _norm(" ".join(f"{s.context} {s.text}" for s in answer.sentences))
        ok = any(is_marked(s, case.sentences) for s in shown) or any(
            _norm(fact) and _norm(fact) in text for fact in case.key_facts)
        hits += ok
        if not ok:
            missed.append(case.id)
        n_sentences += len(shown)
        marked += sum(is_marked(s, case.sentences) for s in shown)
    return AnswerReport(
        n_answerable=sum(c.answerable for c in cases), n_unanswerable=sum(not c.answerable for c in cases),
        hits=hits, n_sentences=n_sentences, marked=marked, dangling=dangling, n_all_sentences=n_all,
        unanswerable_refused=refused_un, answerable_refused=refused, missed=missed,
        answered_unanswerable=answered_un)


def run(cases: Sequence[AnswerCase], ask: Callable[[str], Answer],
        progress: Callable[[int], object] | None = None) -> AnswerReport:
    answers = []
    for case in cases:
        answers.append(ask(case.question))
        if progress is not None:
            progress(1)
    return score(cases, answers)


def format_report(report: AnswerReport, title: str) -> str:
    d = report.to_dict()
    lines = [f"answers: {title}",
             f"  questions {report.n_answerable} answerable, {report.n_unanswerable} unanswerable",
             f"  answer hit (holds a marked sentence or key fact)  {report.hits}/{report.n_answerable} "
             f"= {d['answer_hit']:.3f}",
             f"  answer precision (shown sentences marked)         {report.marked}/{report.n_sentences} "
             f"= {d['answer_precision']:.3f}",
             f"  dangling share (back-reference or label opening)  {report.dangling}/{report.n_all_sentences} "
             f"= {d['dangling_share']:.3f}",
             f"  unanswerable refused                              {report.unanswerable_refused}/"
             f"{report.n_unanswerable} = {d['unanswerable_refused']:.3f}",
             f"  answerable refused {len(report.answerable_refused)}: {', '.join(report.answerable_refused)}",
             f"  answered without the asked fact {len(report.missed)}: {', '.join(report.missed)}",
             f"  unanswerable answered {len(report.answered_unanswerable)}: "
             f"{', '.join(report.answered_unanswerable)}"]
    return "\n".join(lines)
