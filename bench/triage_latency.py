"""Triage time per question beyond the embedding it already has: the rule table and the learned layer.

    python bench/triage_latency.py

Every labelled triage question is timed cold (its first sight, caches emptied) with its vector
precomputed, as `QA.ask` calls it; prints p50, p95 and max in milliseconds.
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

from index.runtime import embedder_for  # noqa: E402
from index.settings import Settings  # noqa: E402
from qa import triage as triage_module  # noqa: E402
from qa.service import triage_model  # noqa: E402
from qa.triage_context import scopes  # noqa: E402


def main() -> int:
    questions = [json.loads(line)["question"] for path in sorted((ROOT / "tests" / "data").glob("triage_*.jsonl"))
                 for line in path.read_text().splitlines() if line.strip()]
    embedder = embedder_for(Settings.load(), for_queries=True)
    learned = triage_model(embedder)
    vectors = embedder.embed(questions)
    triage_module.triage("warm up the compiled patterns", vectors[0], learned)
    times = []
    for question, vector in zip(questions, vectors, strict=True):
        triage_module._prepare.cache_clear()  # first sight of every question
        scopes.cache_clear()
        started = time.perf_counter()
        triage_module.triage(question, vector, learned)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"triage of {len(times)} questions (rules + learned layer, vector given): "
          f"p50 {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, max {times[-1]:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
