"""Scale benchmark: vector, keyword and whole warm retrieval at 1k, 50k and 1M chunks, and HNSW recall.

Run: .venv/bin/python bench/scale.py [--sizes 1000,50000,1000000 | --quick] [--questions N]

It needs the MedQuAD index that bench/medquad.py keeps in bench/.data/index-corpus-full (about
32,000 real all-MiniLM-L6-v2 chunk vectors and their texts) and the MedQuAD questions in
../shared/benchmarks/medquad. Every figure is measured in this one process, on this machine:

1. Vector search at each size over synthetic vectors made realistic: real MedQuAD chunk vectors
   sampled with replacement, plus Gaussian noise (sigma NOISE_SIGMA per dimension), renormalized.
   Exact (IndexFlatIP) and HNSW, both from index.vectors.build_faiss; queries are real MedQuAD
   questions embedded by the product's embedder.
2. Recall@10 of the HNSW configuration against exact search on the REAL MedQuAD vectors, for
   several efSearch values, and whether the shipped efSearch keeps recall@10 >= 0.95; the same
   sweep on the HNSW index and exact truth of every synthetic size (2b).
3. Keyword search at each size: LexicalIndex over the real chunk texts of the same sampled rows,
   each with a row-number token appended so no two documents are identical.
4. The whole warm Retriever.retrieve at each size against its floor (one FAISS search of the same
   index; and one query embedding + that search), over an in-memory StoredIndex; a cProfile of
   retrieve wherever it misses the goal (warm ask <= 1.5x floor).

Peak RSS per phase is the kernel's high-water mark (VmHWM), reset at the start of each phase.
This file prints and drives; the phases are in scale_vectors, scale_lexical and scale_retrieval.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable, Sequence

import numpy as np
from bench_table import table
from measure import Watch, max_rss_mib, mib, pct_ms, rss_mib
from scale_config import (
    NEIGHBOUR_SAMPLE,
    NOISE_SIGMA,
    QUICK_SIZES,
    RATIO_GOAL,
    RECALL_GOAL,
    RECALL_K,
    SEED,
    SIZES,
    WARMUP,
    K,
)
from scale_inputs import load_questions, load_real, machine
from scale_lexical import LexicalFigures, lexical_phase
from scale_retrieval import (
    ProfileRow,
    RetrievalFigures,
    in_memory_retriever,
    profile_retrieval,
    scratch_dir,
    time_retrieval,
)
from scale_vectors import (
    SweepRow,
    VectorFigures,
    lexical_texts,
    noisy_copies,
    real_recall,
    source_rows,
    varied_chunks,
    vector_phase,
)

from index.search import POOL


def log(message: str, started: float) -> None:
    print(f"[{time.perf_counter() - started:7.1f} s] {message}", file=sys.stderr, flush=True)


def size_label(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1_000 and n % 1_000 == 0:
        return f"{n // 1_000}k"
    return str(n)


def columns(title: str, sizes: Sequence[int], rows: Sequence[tuple[str, Callable[[int], str]]]) -> None:
    table(title, [[label, *(cell(i) for i in range(len(sizes)))] for label, cell in rows],
          header=["", *(f"{size_label(s)} chunks" for s in sizes)])


def ef_label(figs: Sequence[VectorFigures]) -> str:
    """The shipped efSearch for a row label: one value while every size ships the same one."""
    efs = {f.hnsw_ef for f in figs}
    return f"efSearch={next(iter(efs))}" if len(efs) == 1 else "efSearch as shipped at each size, see 2b"


def print_vectors(figs: Sequence[VectorFigures], real_nn: tuple[float, float]) -> None:
    f = figs
    ef = ef_label(f)
    columns(f"1. Vector search (synthetic: real MedQuAD vectors + N(0, {NOISE_SIGMA}^2) noise, "
            f"renormalized; single queries, k={POOL})", [x.size for x in f], [
        ("product index at this size (EXACT_LIMIT)", lambda i: f[i].product_kind),
        ("neighbours: median cos NN1 / NN10", lambda i: f"{f[i].nn1:.2f} / {f[i].nn10:.2f}"),
        (f"  (real MedQuAD vectors: {real_nn[0]:.2f} / {real_nn[1]:.2f})", lambda i: ""),
        ("exact IndexFlatIP build (s)", lambda i: f"{f[i].exact_build_s:.2f}"),
        ("exact p50 / p95 (ms)", lambda i: f"{f[i].exact_p50:.2f} / {f[i].exact_p95:.2f}"),
        ("exact p50 / p95, faiss omp threads=1 (ms)",
         lambda i: f"{f[i].exact1_p50:.2f} / {f[i].exact1_p95:.2f}"),
        ("exact index bytes (MiB)", lambda i: f"{mib(f[i].exact_bytes):.1f}"),
        ("exact RSS growth (MiB)", lambda i: f"{f[i].exact_rss_growth:.0f}"),
        ("HNSW build (s)", lambda i: f"{f[i].hnsw_build_s:.2f}"),
        (f"HNSW p50 / p95 (ms, {ef})", lambda i: f"{f[i].hnsw_p50:.3f} / {f[i].hnsw_p95:.3f}"),
        (f"HNSW recall@10 vs exact ({ef})", lambda i: f"{f[i].hnsw_recall:.3f}"),
        ("HNSW index bytes (MiB)", lambda i: f"{mib(f[i].hnsw_bytes):.1f}"),
        ("HNSW RSS growth held / peak during build (MiB)",
         lambda i: f"{f[i].hnsw_rss_growth:.0f} / {f[i].hnsw_build_peak_growth:.0f}"),
        ("process peak RSS in this phase (MiB)", lambda i: f"{f[i].phase_peak:.0f}"),
    ])


def print_real_sweep(title: str, sweep: Sequence[SweepRow], shipped: int) -> None:
    table(title, [[f"{r.ef}{' (shipped)' if r.ef == shipped else ''}", f"{r.recall:.3f}",
                   f"{r.p50_ms:.3f}", f"{r.p95_ms:.3f}"] for r in sweep],
          header=["efSearch", "recall@10", "p50 ms", "p95 ms"])


def print_sweeps(figs: Sequence[VectorFigures]) -> None:
    f = figs

    def cell(ef: int) -> Callable[[int], str]:
        def show(i: int) -> str:
            row = next((r for r in f[i].sweep if r.ef == ef), None)
            if row is None:
                return "-"
            shipped = " *" if ef == f[i].hnsw_ef else "  "  # two spaces keep the numbers aligned
            return f"{row.recall:.3f} / {row.p50_ms:.3f} / {row.p95_ms:.3f}{shipped}"
        return show

    columns(f"2b. HNSW by efSearch on the synthetic vectors of 1.: recall@{RECALL_K} vs exact / p50 ms / "
            f"p95 ms (single queries, k={RECALL_K}; * shipped at that size)", [x.size for x in f],
            [(f"efSearch {ef}", cell(ef)) for ef in sorted({r.ef for x in f for r in x.sweep})])


def print_lexical(figs: Sequence[LexicalFigures]) -> None:
    f = figs
    columns("3. Keyword search (LexicalIndex over real MedQuAD chunk texts + a row token; "
            "question words only, no synonyms)", [x.size for x in f], [
        ("build (s)", lambda i: f"{f[i].build_s:.2f}"),
        ("vocabulary (stems)", lambda i: f"{f[i].vocabulary:,}"),
        (f"dense: scores(tokenize(q)) + top-{POOL} argpartition p50 / p95 (ms)",
         lambda i: f"{f[i].p50:.2f} / {f[i].p95:.2f}"),
        (f"sparse: top([(tokenize(q), 1)], {POOL}) p50 / p95 (ms)",
         lambda i: "n/a" if f[i].top_p50 is None else f"{f[i].top_p50:.2f} / {f[i].top_p95:.2f}"),
        ("RSS growth held / peak during build (MiB)",
         lambda i: f"{f[i].rss_growth:.0f} / {f[i].build_peak_growth:.0f}"),
    ])


def print_retrieval(figs: Sequence[RetrievalFigures]) -> None:
    f = figs

    def p(values: Callable[[int], list[float]]) -> Callable[[int], str]:
        return lambda i: f"{pct_ms(values(i), 50):.2f} / {pct_ms(values(i), 95):.2f}"

    columns(f"4. Warm retrieval vs floor (in-memory StoredIndex, preset Retriever; k={K}; "
            f"p50 / p95 ms)", [x.size for x in f], [
        ("vector index (as build_faiss ships it)", lambda i: f[i].kind),
        ("retrieve(q, vector=v)", p(lambda i: f[i].retrieve)),
        ("floor: one FAISS search", p(lambda i: f[i].search)),
        ("ratio p50 / p95", lambda i: "{:.2f}x / {:.2f}x".format(*f[i].ratios()[:2])),
        ("retrieve(q) incl. embedding", p(lambda i: f[i].ask)),
        ("floor: embed([q]) + one FAISS search", p(lambda i: f[i].floor)),
        ("ratio p50 / p95", lambda i: "{:.2f}x / {:.2f}x".format(*f[i].ratios()[2:])),
        (f"goal warm ask <= {RATIO_GOAL}x floor (p50)",
         lambda i: "met" if f[i].ratios()[2] <= RATIO_GOAL else "MISSED"),
        ("process RSS while serving (MiB)", lambda i: f"{f[i].serving_rss:.0f}"),
        ("CPU other processes took during this size", lambda i: str(f[i].contention)),
    ])


def print_profile(size: int, rows: Sequence[ProfileRow], unprofiled_p50: float) -> None:
    table(f"4b. Profile of retrieve(q, vector=v) at {size_label(size)} chunks (cProfile, cumulative; "
          f"unprofiled p50 {unprofiled_p50:.2f} ms)",
          [[r.label, f"{r.calls_per_query:.1f}", f"{r.ms_per_query:.3f}", f"{100 * r.share:.1f}%"]
           for r in rows], header=["step", "calls/query", "ms/query", "share"])


def parse_sizes(text: str) -> tuple[int, ...]:
    sizes = tuple(int(part.replace("_", "")) for part in text.split(",") if part.strip())
    if not sizes or min(sizes) < NEIGHBOUR_SAMPLE:
        raise argparse.ArgumentTypeError(f"sizes must be integers >= {NEIGHBOUR_SAMPLE}")
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=parse_sizes, help="comma-separated chunk counts "
                        f"(default {','.join(map(str, SIZES))})")
    parser.add_argument("--quick", action="store_true", help=f"sizes {QUICK_SIZES} only (a smoke run)")
    parser.add_argument("--questions", type=int, default=200, help="MedQuAD questions (default 200)")
    parser.add_argument("--profile", action="store_true", help="profile retrieve at every size, "
                        "not only where it misses the goal")
    args = parser.parse_args(argv)
    if args.quick and args.sizes:
        parser.error("--quick and --sizes exclude each other")
    if args.questions < WARMUP + 1:
        parser.error(f"--questions must be at least {WARMUP + 1}")
    sizes: tuple[int, ...] = QUICK_SIZES if args.quick else (args.sizes or SIZES)
    started = time.perf_counter()
    whole = Watch()
    load_at_start = os.getloadavg()
    rng = np.random.default_rng(SEED)

    from index.settings import Settings
    from ui.cli_sync import load_embedder

    real = load_real()
    questions = load_questions(args.questions)
    log(f"MedQuAD index: {len(real.chunks)} chunks; {len(questions)} questions", started)
    embedder = load_embedder(Settings.load())
    if embedder.model_id != real.model_id:
        raise SystemExit(f"the MedQuAD index was built with {real.model_id}, the embedder is "
                         f"{embedder.model_id}: recall on real vectors would be meaningless")
    embedder.embed(questions[:32])  # first-call warm-up
    qvecs = np.ascontiguousarray(embedder.embed(questions), dtype=np.float32)
    log(f"embedder {type(embedder).__name__} ({embedder.runtime}) ready", started)
    table("Machine", [[k, v] for k, v in machine(embedder)]
          + [["load average at start (1/5/15 min)", " / ".join(f"{x:.2f}" for x in load_at_start)]],
          header=["", "value"])

    # 2. Recall on the real vectors (first: it is small and answers the main quality question).
    recall = real_recall(real.matrix, qvecs, np.random.default_rng(SEED))
    log("recall on real vectors done", started)

    vector_figs: list[VectorFigures] = []
    lexical_figs: list[LexicalFigures] = []
    retrieval_figs: list[RetrievalFigures] = []
    profiles: list[tuple[int, list[ProfileRow], float]] = []
    data_dir = scratch_dir()
    for size in sizes:
        watch = Watch()
        rows = source_rows(len(real.chunks), size, rng)
        chunks = varied_chunks(real.chunks, rows)
        texts = lexical_texts(chunks, real.docs)
        log(f"{size_label(size)}: keyword index over {len(texts)} texts", started)
        lex_fig, lexical = lexical_phase(texts, questions)
        lexical_figs.append(lex_fig)
        del texts
        log(f"{size_label(size)}: keyword done (build {lex_fig.build_s:.1f} s); vectors", started)
        matrix = noisy_copies(real.matrix, rows, NOISE_SIGMA, rng)
        vec_fig, product = vector_phase(matrix, qvecs, rng)
        vector_figs.append(vec_fig)
        del matrix
        gc.collect()
        log(f"{size_label(size)}: vectors done (HNSW build {vec_fig.hnsw_build_s:.1f} s); retrieval",
            started)
        retriever = in_memory_retriever(embedder, chunks, real.docs, product, lexical, data_dir)
        figures = time_retrieval(retriever, questions, qvecs)
        figures.serving_rss = rss_mib()
        retrieval_figs.append(figures)
        if args.profile or figures.ratios()[2] > RATIO_GOAL:
            rows_, p50 = profile_retrieval(retriever, questions, qvecs)
            profiles.append((size, rows_, p50))
        figures.contention = watch.stop()
        del retriever, product, lexical, chunks
        gc.collect()
        log(f"{size_label(size)}: done", started)

    print_vectors(vector_figs, recall.nn)
    print_real_sweep(f"2. HNSW recall@10 vs exact on REAL vectors ({len(real.chunks):,} MedQuAD chunks, "
                     f"{len(questions)} MedQuAD questions; build_faiss(exact_limit=0); build "
                     f"{recall.hnsw_build_s:.1f} s; exact p50 {recall.exact_p50:.2f} ms)",
                     recall.sweep, recall.ef)
    shipped = next(r for r in recall.sweep if r.ef == recall.ef)
    verdict = "keeps" if shipped.recall >= RECALL_GOAL else "does NOT keep"
    print(f"shipped efSearch={recall.ef} {verdict} recall@10 >= {RECALL_GOAL} on real vectors "
          f"({shipped.recall:.3f}); on the synthetic sets: "
          + ", ".join(f"{size_label(v.size)} {v.hnsw_recall:.3f}"
                      + (f" (efSearch={v.hnsw_ef})" if v.hnsw_ef != recall.ef else "") for v in vector_figs))
    print_sweeps(vector_figs)
    print_lexical(lexical_figs)
    print_retrieval(retrieval_figs)
    for size, rows_, p50 in profiles:
        print_profile(size, rows_, p50)
    total = time.perf_counter() - started
    contention = whole.stop()
    print(f"\nother processes took {contention} during the run (steal {contention.steal_s:.0f} s); "
          "timings taken while the machine is shared are slower and noisier")
    print(f"process peak RSS {max_rss_mib():.0f} MiB; total time {total:.0f} s ({total / 60:.1f} min)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
