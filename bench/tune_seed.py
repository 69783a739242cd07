"""Choose fusion and abstention settings on the dev question set (never on the held-out test set).

Run: .venv/bin/python bench/tune_seed.py [--questions tests/data/seed_dev.jsonl]
Prints retrieval metrics for a grid of fusion weights, then the abstention evidence
(best cosine, word coverage) of every question and the accuracy of a grid of thresholds.
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
from pathlib import Path

from index.embedder import SentenceTransformerEmbedder
from index.search import Retriever
from index.settings import Settings
from ingest.pipeline import sync
from qa.answer import covered
from qa.evaluate import Outcome, judge, load_questions, summarise

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=ROOT / "tests/data/seed_dev.jsonl")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    args = parser.parse_args()
    questions = load_questions(args.questions)
    embedder = SentenceTransformerEmbedder()
    with tempfile.TemporaryDirectory() as data:
        settings = Settings(corpus_dir=args.corpus, data_dir=Path(data))
        sync(settings, embedder)
        retriever = Retriever(embedder, settings.data_dir)
        vectors = {q.id: retriever.encode_query(q.question) for q in questions}

        print("fusion grid (answerable questions)")
        print(f"{'alpha':>6} {'synonyms':>8} {'s@1':>6} {'s@5':>6} {'s@10':>6} {'MRR':>6}")
        for alpha, weight in itertools.product((0.0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0),
                                               (0.0, 0.2, 0.4, 0.7)):
            outcomes = []
            for q in questions:
                if not q.answerable:
                    continue
                r = retriever.retrieve(q.question, 10, vector=vectors[q.id], alpha=alpha,
                                       expansion_weight=weight)
                ranks, n = judge(q, r.hits)
                outcomes.append(Outcome(q, ranks, n, True, 0.0))
            rep = summarise(outcomes)
            print(f"{alpha:>6.1f} {weight:>8.1f} {rep.success[1]:>6.3f} {rep.success[5]:>6.3f} "
                  f"{rep.success[10]:>6.3f} {rep.mrr10:>6.3f}")

        evidence = []
        print("\nabstention evidence (default fusion)")
        for q in questions:
            r = retriever.retrieve(q.question, 10, vector=vectors[q.id])
            evidence.append((q, r.dense_top, r.coverage))
            print(f"{'ANS' if q.answerable else 'off':>4} {r.dense_top:6.3f} {r.coverage:6.3f}  "
                  f"{q.question[:70]}")
        print("\nthreshold grid: min_score sure_score min_coverage -> "
              "unanswerable abstained, answerable kept")
        rows = []
        for lo, hi, cov in itertools.product((0.1, 0.15, 0.2, 0.25, 0.3), (0.45, 0.5, 0.55, 0.6, 0.7),
                                             (0.3, 0.4, 0.5, 0.6, 0.7)):
            kept = [covered(d, c, min_score=lo, sure_score=hi, min_coverage=cov) for _, d, c in evidence]
            off = sum(not k for (q, _, _), k in zip(evidence, kept, strict=True) if not q.answerable)
            ans = sum(k for (q, _, _), k in zip(evidence, kept, strict=True) if q.answerable)
            rows.append((off, ans, lo, hi, cov))
        n_off = sum(not q.answerable for q, _, _ in evidence)
        n_ans = len(evidence) - n_off
        for off, ans, lo, hi, cov in sorted(rows, reverse=True)[:15]:
            print(f"  {lo:.2f} {hi:.2f} {cov:.2f} -> {off}/{n_off} abstained, {ans}/{n_ans} answered")


if __name__ == "__main__":
    main()
