"""Fusion weight on MedQuAD: success@1/@10 and MRR@10 for a grid of alphas on a tuning sample.

Run after bench/medquad.py has built its index:
    .venv/bin/python bench/tune_medquad.py [--sample 1500]
The sample (seed 7) is drawn apart from nothing in particular: it only picks the weight, and
bench/medquad.py reports on every non-generic question.
"""

from __future__ import annotations

import argparse
import random

from medquad import WORK, load_queries

from index.embedder import SentenceTransformerEmbedder
from index.settings import Settings
from qa.evaluate import Outcome, judge, summarise
from qa.service import QA


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=1500)
    parser.add_argument("--index", default="index-corpus-full", help="folder under bench/.data")
    args = parser.parse_args()
    questions = random.Random(7).sample(load_queries(None), args.sample)
    embedder = SentenceTransformerEmbedder()
    qa = QA(Settings(corpus_dir=WORK, data_dir=WORK / args.index), embedder)
    vectors = {q.id: qa.retriever.encode_query(q.question) for q in questions}
    print(f"{'alpha':>6} {'synonyms':>8} {'s@1':>6} {'s@10':>6} {'MRR@10':>7}")
    for alpha in (0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0):
        for weight in (0.0, 0.4):
            outcomes = []
            for q in questions:
                r = qa.retriever.retrieve(q.question, 30, vector=vectors[q.id], alpha=alpha,
                                          expansion_weight=weight)
                ranks, n = judge(q, r.hits)
                outcomes.append(Outcome(q, ranks, n, True, 0.0))
            rep = summarise(outcomes)
            print(f"{alpha:>6.2f} {weight:>8.1f} {rep.success[1]:>6.3f} {rep.success[10]:>6.3f} "
                  f"{rep.mrr10:>7.3f}", flush=True)


if __name__ == "__main__":
    main()
