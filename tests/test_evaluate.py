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


def test_answer_scoring_counts_hits_precision_dangling_and_refusals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from index.types import Chunk, DocInfo, Hit
    from qa.answer import Answer, AnswerSentence
    from qa.answer_eval import AnswerCase, format_report, is_answer_file, is_marked, load_cases, score

    doc = DocInfo(source="a.txt", title="A", sha256="x")
    hit = Hit(chunk=Chunk(id="a#1", source="a.txt", text="t", start=0, end=1), doc=doc, score=0.5, rank=1)

    def said(*texts: str, context: str = "") -> Answer:
        sentences = tuple(AnswerSentence(t, 1, 0, len(t), 0.5, context) for t in texts)
        return Answer("q", True, sentences, (hit,))

    cases = [AnswerCase("1", "what is SMA?", True, ("This is a genetic disorder of the spinal cord.",), ("genetic",)),
             AnswerCase("2", "how long to wash hands?", True, ("Wash for 20 seconds.",), ("20 seconds",)),
             AnswerCase("3", "capital of France?", False), AnswerCase("4", "dose of quinine?", False)]
    answers = [said("This is a genetic disorder of the spinal cord.", context="Spinal muscular atrophy"),
               said("b. Do not wash gloves.", "Gloves are single use."),
               Answer("q", False, (), ()), said("Quinine is a drug.")]
    report = score(cases, answers)
    assert report.hits == 1 and report.missed == ["2"] and report.marked == 1 and report.n_sentences == 3
    assert report.dangling == 1  # "b. …" (a heading in front of "This is…" keeps that one readable)
    assert report.unanswerable_refused == 1 and report.answered_unanswerable == ["4"]
    assert "answer hit" in format_report(report, "t")
    assert is_marked("Wash  for 20\nseconds", ["Wash for 20 seconds."]) and not is_marked("Rest.", ["Wash."])
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "1", "question": "q", "answer_sentences": ["s"], "key_facts": []}\n')
    assert is_answer_file(path) and load_cases(path)[0].sentences == ("s",)
    path.write_text('{"id": "1", "question": "q"}\n')
    with pytest.raises(HealthQAError, match="needs answer_sentences or key_facts"):
        load_cases(path)
