"""MedQuAD retrieval benchmark: ingest the NIH documents, then score the non-generic questions.

Run: .venv/bin/python bench/medquad.py [--subset N] [--queries N] [--rebuild] [--json FILE]

The index lives in bench/.data/ and is updated incrementally, so a second run only scores
(--rebuild times a whole ingest again). Ingest runs as its own `healthqa ingest` process, so its
peak memory is measured apart from the serving side (this process: index loaded, questions
asked), and is compared with the floor: the embedder alone on a sample of the same chunks.
--subset N keeps a deterministic N-document subset (every document some sampled question needs,
then random distractors, seed 0) for a quick run; the headline figures use the whole corpus.
Besides the default hybrid retrieval it scores dense-only (alpha 1) and BM25-only (alpha 0)
on the same questions, so the gain of each part is visible.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from index.embedder import embedding_text
from index.runtime import embedder_for
from index.settings import Settings
from index.store import load_index
from qa.evaluate import Outcome, Question, format_report, judge, summarise
from qa.service import QA

ROOT = Path(__file__).resolve().parent.parent
MEDQUAD = ROOT.parent / "shared" / "benchmarks" / "medquad"
WORK = ROOT / "bench" / ".data"


def load_queries(limit: int | None, seed: int = 0) -> list[Question]:
    rows = [json.loads(line) for line in (MEDQUAD / "queries.jsonl").open(encoding="utf-8")]
    questions = [Question(id=r["id"], question=r["question"], relevant_ids=tuple(r["relevant_ids"]),
                          kind=r["qtype"]) for r in rows if not r["generic"]]
    if limit is not None and limit < len(questions):
        questions = random.Random(seed).sample(questions, limit)
    return questions


def make_corpus(subset: int | None, questions: list[Question]) -> tuple[Path, int]:
    folder = WORK / (f"corpus-subset-{subset}" if subset else "corpus-full")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "medquad.jsonl"
    lines = (MEDQUAD / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    if subset:
        needed = {i for q in questions for i in q.relevant_ids}
        keep = [ln for ln in lines if json.loads(ln)["id"] in needed]
        rest = [ln for ln in lines if json.loads(ln)["id"] not in needed]
        random.Random(0).shuffle(rest)
        lines = keep + rest[: max(0, subset - len(keep))]
    text = "\n".join(lines) + "\n"
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
    return folder, len(lines)


def score(qa: QA, questions: list[Question], alpha: float | None) -> list[Outcome]:
    outcomes = []
    for q in questions:
        started = time.perf_counter()
        if alpha is None:
            retrieval, found = qa.retrieve(q.question, 30)
        else:
            retrieval, found = qa.retriever.retrieve(q.question, 30, alpha=alpha), True
        seconds = time.perf_counter() - started
        ranks, n = judge(q, retrieval.hits)
        outcomes.append(Outcome(q, ranks, n, found, seconds))
    return outcomes


def _generation(settings: Settings) -> int | None:
    try:
        return load_index(settings.data_dir).manifest.generation
    except Exception:  # no index yet, or one this version must rebuild
        return None


def ingest(settings: Settings, rebuild: bool) -> tuple[float, float]:
    """Run `healthqa ingest` as a child; (seconds, its peak RSS in MiB)."""
    command = [str(Path(sys.executable).with_name("healthqa")), "ingest",
               *(["--rebuild"] if rebuild else [])]
    env = {**os.environ, **settings.env()}
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, cwd=ROOT)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"healthqa ingest failed with status {status}")
    return seconds, usage.ru_maxrss / 1024


def embed_floor(qa: QA, sample: int) -> float:
    """Chunks/s of the embedder alone on a random sample of the index's own chunk texts."""
    stored = qa.retriever.index
    rows = random.Random(2).sample(range(len(stored.chunks)), min(sample, len(stored.chunks)))
    texts = [embedding_text(stored.docs[stored.chunks[r].source].title, stored.chunks[r].section,
                            stored.chunks[r].text) for r in rows]
    embedder = embedder_for(qa.settings, for_queries=True)
    started = time.perf_counter()
    embedder.embed(texts, batch_size=qa.settings.batch_size)
    return len(texts) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subset", type=int, help="documents to keep (default: all 15,798)")
    parser.add_argument("--queries", type=int, help="questions to score (default: all non-generic)")
    parser.add_argument("--compare", type=int, default=2000,
                        help="questions for the dense-only / BM25-only comparison (default 2000)")
    parser.add_argument("--rebuild", action="store_true", help="time a whole ingest again")
    parser.add_argument("--floor-sample", type=int, default=3000,
                        help="chunks embedded alone for the ingest floor (default 3000)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if not MEDQUAD.is_dir():
        raise SystemExit(f"{MEDQUAD} not found (the shared benchmarks folder)")

    questions = load_queries(args.queries)
    corpus, n_docs = make_corpus(args.subset, questions)
    if args.subset:  # only questions whose answers are in the subset
        kept = {json.loads(ln)["id"] for ln in (corpus / "medquad.jsonl").open(encoding="utf-8")}
        questions = [q for q in questions if set(q.relevant_ids) <= kept]
    settings = Settings.load(corpus_dir=corpus, data_dir=WORK / f"index-{corpus.name}")
    before = _generation(settings)
    ingest_s, ingest_rss = ingest(settings, args.rebuild)
    index = load_index(settings.data_dir)
    fresh = index.manifest.generation != before
    qa = QA(settings)
    figures: dict[str, object] = {"documents": n_docs, "chunks": len(index.chunks),
                                  "runtime": index.manifest.runtime, "vectors": index.manifest.vectors}
    print(f"MedQuAD: {n_docs} documents -> {len(index.chunks)} chunks, runtime "
          f"{index.manifest.runtime}, vectors {index.manifest.vectors}")
    if fresh:
        rate = len(index.chunks) / ingest_s
        floor = embed_floor(qa, args.floor_sample)
        figures["ingest"] = {"seconds": round(ingest_s, 1), "chunks_per_s": round(rate, 1),
                             "floor_chunks_per_s": round(floor, 1), "ratio": round(rate / floor, 3),
                             "peak_rss_mib": round(ingest_rss)}
        print(f"ingest (whole pipeline, own process): {ingest_s:.0f} s = {rate:.1f} chunks/s; "
              f"floor (embed() alone on {args.floor_sample} of the same chunks): {floor:.1f} chunks/s "
              f"-> {rate / floor:.2f} of the floor; ingest peak RSS {ingest_rss:.0f} MiB")
    else:
        print("ingest: index already up to date (use --rebuild to time a whole ingest)")
    hybrid = summarise(score(qa, questions, None))
    print(format_report(hybrid, f"hybrid (default), {len(questions)} non-generic questions"))
    figures["hybrid"] = {k: v for k, v in hybrid.to_dict().items()
                         if k not in ("misses", "abstention_errors")}
    sample = random.Random(1).sample(questions, min(args.compare, len(questions)))
    for name, alpha in (("dense only", 1.0), ("BM25 only", 0.0), ("hybrid", None)):
        rep = summarise(score(qa, sample, alpha))
        print(f"{name:>10} on {len(sample)} questions: success@1 {rep.success[1]:.3f}  "
              f"success@10 {rep.success[10]:.3f}  MRR@10 {rep.mrr10:.3f}  "
              f"p50 {rep.latency_p50_ms:.1f} ms")
        figures[f"compare_{name.replace(' ', '_')}"] = {
            "success@1": rep.success[1], "success@10": rep.success[10], "mrr@10": rep.mrr10}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"serving peak RSS (index loaded, all questions asked): {peak:.0f} MiB")
    figures["serving_peak_rss_mib"] = round(peak)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
