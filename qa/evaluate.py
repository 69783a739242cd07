"""Retrieval and abstention quality on a labelled question set: the metrics behind `healthqa eval`."""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.errors import HealthQAError
from index.types import Hit

CUTOFFS = (1, 5, 10)


@dataclass(frozen=True)
class Question:
    """One labelled question; relevance by phrases (passage level) or by document ids."""

    id: str
    question: str
    answerable: bool = True
    expect_any: tuple[str, ...] = ()
    relevant_ids: tuple[str, ...] = ()
    kind: str = ""


@dataclass(frozen=True)
class Outcome:
    question: Question
    ranks: tuple[int, ...]  # 1-based ranks of relevant results (documents or passages)
    n_relevant: int  # how many relevant results exist, for the ideal DCG
    found: bool
    seconds: float


@dataclass(frozen=True)
class Report:
    n_answerable: int
    n_unanswerable: int
    success: dict[int, float]
    mrr10: float
    ndcg10: float
    abstained_unanswerable: float  # share of unanswerable questions that abstained
    abstained_answerable: float  # share of answerable questions wrongly abstained
    latency_p50_ms: float
    latency_p95_ms: float
    misses: list[str] = field(default_factory=list)  # answerable questions with nothing in the top 10
    wrong: list[str] = field(default_factory=list)  # abstention mistakes

    def to_dict(self) -> dict[str, Any]:
        return {
            "answerable": self.n_answerable, "unanswerable": self.n_unanswerable,
            **{f"success@{k}": round(v, 4) for k, v in self.success.items()},
            "mrr@10": round(self.mrr10, 4), "ndcg@10": round(self.ndcg10, 4),
            "abstention_accuracy": round(self.abstained_unanswerable, 4),
            "false_abstention": round(self.abstained_answerable, 4),
            "latency_p50_ms": round(self.latency_p50_ms, 1),
            "latency_p95_ms": round(self.latency_p95_ms, 1),
            "misses": self.misses, "abstention_errors": self.wrong,
        }


def load_questions(path: Path) -> list[Question]:
    """Read a JSON Lines question file; a malformed line is an error naming the line."""
    questions: list[Question] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise HealthQAError(f"{path}: cannot read questions ({exc})") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            answerable = bool(row.get("answerable", True))
            question = Question(id=str(row.get("id", number)), question=str(row["question"]),
                                answerable=answerable,
                                expect_any=tuple(str(p) for p in row.get("expect_any") or ()),
                                relevant_ids=tuple(str(i) for i in row.get("relevant_ids") or ()),
                                kind=str(row.get("kind", "")))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise HealthQAError(f"{path}:{number}: not a question line ({exc})") from exc
        if answerable and not (question.expect_any or question.relevant_ids):
            raise HealthQAError(f"{path}:{number}: an answerable question needs expect_any or "
                                f"relevant_ids")
        questions.append(question)
    if not questions:
        raise HealthQAError(f"{path}: no questions")
    return questions


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def judge(question: Question, hits: Sequence[Hit]) -> tuple[tuple[int, ...], int]:
    """Ranks of relevant results and the number of relevant results that exist.

    With phrases, a passage is relevant when it contains one. With document ids, the ranking
    is read as a list of distinct documents (a document's later passages add nothing).
    """
    if question.expect_any:
        phrases = [_norm(p) for p in question.expect_any]
        ranks = tuple(h.rank for h in hits if any(p in _norm(h.chunk.text) for p in phrases))
        return ranks, max(len(ranks), 1)
    wanted = set(question.relevant_ids)
    docs: list[str] = []
    for hit in hits:
        key = hit.doc.doc_id or hit.chunk.source
        if key not in docs:
            docs.append(key)
    return tuple(i for i, d in enumerate(docs, 1) if d in wanted), len(wanted)


def summarise(outcomes: Sequence[Outcome]) -> Report:
    answerable = [o for o in outcomes if o.question.answerable]
    unanswerable = [o for o in outcomes if not o.question.answerable]
    n = max(len(answerable), 1)
    success = {k: sum(1 for o in answerable if o.ranks and o.ranks[0] <= k) / n for k in CUTOFFS}
    mrr = sum(1 / o.ranks[0] for o in answerable if o.ranks and o.ranks[0] <= 10) / n
    ndcg = sum(_ndcg10(o) for o in answerable) / n
    times = sorted(o.seconds * 1000 for o in outcomes)
    p95 = times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)] if times else 0.0
    return Report(
        n_answerable=len(answerable), n_unanswerable=len(unanswerable), success=success,
        mrr10=mrr, ndcg10=ndcg,
        abstained_unanswerable=(sum(not o.found for o in unanswerable) / len(unanswerable)
                                if unanswerable else 1.0),
        abstained_answerable=sum(not o.found for o in answerable) / n if answerable else 0.0,
        latency_p50_ms=statistics.median(times) if times else 0.0, latency_p95_ms=p95,
        misses=[o.question.id for o in answerable if not o.ranks or o.ranks[0] > 10],
        wrong=[o.question.id for o in outcomes if o.found != o.question.answerable],
    )


def _ndcg10(outcome: Outcome) -> float:
    dcg = sum(1 / math.log2(r + 1) for r in outcome.ranks if r <= 10)
    ideal = sum(1 / math.log2(i + 1) for i in range(1, min(outcome.n_relevant, 10) + 1))
    return dcg / ideal if ideal else 0.0


def format_report(report: Report, title: str) -> str:
    rows = [("questions (answerable / unanswerable)",
             f"{report.n_answerable} / {report.n_unanswerable}")]
    rows += [(f"success@{k}", f"{v:.3f}") for k, v in report.success.items()]
    rows += [("MRR@10", f"{report.mrr10:.3f}"), ("nDCG@10", f"{report.ndcg10:.3f}")]
    if report.n_unanswerable:
        rows.append(("abstention accuracy (unanswerable abstained)",
                     f"{report.abstained_unanswerable:.3f}"))
    rows += [("false abstention (answerable abstained)", f"{report.abstained_answerable:.3f}"),
             ("latency p50 / p95 (ms)", f"{report.latency_p50_ms:.1f} / {report.latency_p95_ms:.1f}")]
    width = max(len(r[0]) for r in rows)
    lines = [title, "-" * len(title), *(f"{name:<{width}}  {value:>12}" for name, value in rows)]
    if report.misses:
        lines.append(f"no relevant result in the top 10: {', '.join(report.misses[:20])}"
                     + (" …" if len(report.misses) > 20 else ""))
    if report.wrong:
        lines.append(f"abstention errors: {', '.join(report.wrong[:20])}"
                     + (" …" if len(report.wrong) > 20 else ""))
    return "\n".join(lines)


def run(qa: Any, questions: Sequence[Question], *, progress: Any = None) -> list[Outcome]:
    """Ask every question through `qa.retrieve` (search and abstention, no answer sentences)."""
    import time

    outcomes: list[Outcome] = []
    for question in questions:
        # Document-level judging reads distinct documents, so it needs more passages than 10.
        depth = 10 if question.expect_any else 30
        started = time.perf_counter()
        retrieval, found = qa.retrieve(question.question, depth)
        seconds = time.perf_counter() - started
        ranks, n_relevant = judge(question, retrieval.hits)
        outcomes.append(Outcome(question, ranks, n_relevant, found, seconds))
        if progress is not None:
            progress(1)
    return outcomes
