"""Time of the absent-subject check: the words no passage holds, and the question embedded without each.

    python bench/subject_latency.py DATA_DIR    # an index built from the seed articles and the CDC guide

Every question of the answer sets (tests/data/answers_*.jsonl) is asked once to warm the caches,
then timed: the check alone (its vector and retrieval given, as `QA.ask` has them) and the whole
`ask`. Prints p50, p95 and max in milliseconds.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from index.settings import Settings  # noqa: E402
from qa.definition import defined_terms  # noqa: E402
from qa.service import QA  # noqa: E402


def summary(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    return (f"{name}: p50 {statistics.median(ordered):.1f} ms, p95 {ordered[int(0.95 * (len(ordered) - 1))]:.1f} ms, "
            f"max {ordered[-1]:.1f} ms")


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    qa = QA(Settings.load(data_dir=Path(sys.argv[1])))
    questions = [json.loads(line)["question"] for path in sorted((ROOT / "tests" / "data").glob("answers_*.jsonl"))
                 for line in path.read_text().splitlines() if line.strip()]
    for question in questions:
        qa.ask(question)
    check, ask = [], []
    for question in questions:
        retrieval, _ = qa.retrieve(question)
        vector = qa.retriever.encode_query(question)
        started = time.perf_counter()
        qa.absent_subject(question, retrieval, defined_terms(question), vector)
        check.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        qa.ask(question)
        ask.append((time.perf_counter() - started) * 1000)
    print(f"{len(questions)} questions")
    print(summary("absent-subject check", check))
    print(summary("whole ask", ask))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
