"""The evaluation harness: relevance judging, metrics and the question file format."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from index.errors import HealthQAError
from index.types import Chunk, DocInfo, Hit
from qa.evaluate import Outcome, Question, judge, load_questions, summarise


def _hit(rank: int, source: str, text: str, doc_id: str | None = None) -> Hit:
    doc = DocInfo(source=source, title=source, sha256="x", doc_id=doc_id)
    return Hit(Chunk(f"{source}#{rank}", source, text, 0, len(text)), doc, 0.5, rank)


def test_phrases_judge_passages_case_and_apostrophe_blind() -> None:
    q = Question("q1", "?", expect_any=("Don't stretch too HARD",))
    hits = [_hit(1, "a", "Nothing here."), _hit(2, "b", "Please don’t  stretch too hard.")]
    assert judge(q, hits) == ((2,), 1)


def test_ids_judge_distinct_documents() -> None:
    q = Question("q2", "?", relevant_ids=("d2", "d9"))
    hits = [_hit(1, "c.jsonl#d1", "x", "d1"), _hit(2, "c.jsonl#d1", "y", "d1"),
            _hit(3, "c.jsonl#d2", "z", "d2")]
    assert judge(q, hits) == ((2,), 2)  # d2 is the second distinct document


def _outcome(ranks: tuple[int, ...], answerable: bool = True, found: bool = True,
             n: int = 1) -> Outcome:
    return Outcome(Question("x", "?", answerable=answerable, expect_any=("p",)), ranks, n, found, 0.01)


def test_metrics() -> None:
    report = summarise([_outcome((1,)), _outcome((3,)), _outcome(()),
                        _outcome((), answerable=False, found=False),
                        _outcome((), answerable=False, found=True)])
    assert report.n_answerable == 3 and report.n_unanswerable == 2
    assert report.success == pytest.approx({1: 1 / 3, 5: 2 / 3, 10: 2 / 3})
    assert report.mrr10 == pytest.approx((1 + 1 / 3) / 3)
    assert report.ndcg10 == pytest.approx((1 + 1 / math.log2(4)) / 3)
    assert report.abstained_unanswerable == 0.5 and report.abstained_answerable == 0.0
    assert len(report.misses) == 1 and len(report.wrong) == 1


def test_ndcg_uses_all_relevant_documents() -> None:
    report = summarise([_outcome((1,), n=2)])
    assert report.ndcg10 == pytest.approx(1 / (1 + 1 / math.log2(3)))


def test_question_file_format(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "a", "question": "Why cramps?", "expect_any": ["cramp"]}\n\n'
                    '{"question": "Capital of France?", "answerable": false}\n')
    first, second = load_questions(path)
    assert first.expect_any == ("cramp",) and first.answerable
    assert second.id == "3" and not second.answerable


@pytest.mark.parametrize(("content", "message"), [
    ("not json\n", ":1: not a question line"),
    ('{"expect_any": ["x"]}\n', "not a question line"),
    ('{"question": "Why?"}\n', "needs expect_any or relevant_ids"),
    ("\n", "no questions"),
])
def test_bad_question_files_name_the_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text(content)
    with pytest.raises(HealthQAError, match=message):
        load_questions(path)
