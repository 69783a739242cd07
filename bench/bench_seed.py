"""Benchmark of healthqa on the seed corpus: runtimes, ingest, warm ask, cold start and memory.

Every figure is printed beside its floor: ingest beside the embedder alone on the same chunks,
a warm ask beside one query embedding plus one index search.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench_table import table  # bench/ is on sys.path when this script runs
from measure import max_rss_mib, ms, pct_ms

if TYPE_CHECKING:
    from qa.service import QA

ROOT = Path(__file__).resolve().parent.parent
WARMUP_ASKS = 3
WARMUP_QUESTION = "What is a muscle cramp?"  # not in the timed list
COLD_RUNS = 5
K = 5


def seconds(figures: dict[str, Any] | None, key: str) -> str:
    """A duration from serve_first_answer's figures for the table; "-" where it was not measured."""
    value = (figures or {}).get(key)
    return "-" if value is None else f"{value:.2f}"


def machine() -> dict[str, Any]:
    import onnxruntime
    import torch

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "not installed"

    return {"cpu_count": os.cpu_count(), "cpus_usable": len(os.sched_getaffinity(0)),
            "torch_threads": torch.get_num_threads(), "python": platform.python_version(),
            "platform": platform.platform(), "torch": version("torch"),
            "sentence-transformers": version("sentence-transformers"),
            "onnxruntime": onnxruntime.__version__, "faiss-cpu": version("faiss-cpu"),
            "numpy": version("numpy")}


def timed_asks(qa: QA, questions: Sequence[str]) -> dict[str, float]:
    """p50/p95 of QA.ask and of its floor (one query embedding + one index search), each
    question timed both ways in turn so that both see the same machine load."""
    vectors = qa.retriever.index.vectors
    asks: list[float] = []
    floors: list[float] = []
    for question in questions:
        start = time.perf_counter()
        qa.ask(question)
        asks.append(time.perf_counter() - start)
        start = time.perf_counter()
        vectors.search(qa.embedder.embed([question])[0], K)
        floors.append(time.perf_counter() - start)
    a50, a95, f50, f95 = pct_ms(asks, 50), pct_ms(asks, 95), pct_ms(floors, 50), pct_ms(floors, 95)
    return {"ask_p50_ms": a50, "ask_p95_ms": a95, "ask_mean_ms": ms(statistics.fmean(asks)),
            "floor_p50_ms": f50, "floor_p95_ms": f95, "ratio_p50": a50 / f50, "ratio_p95": a95 / f95}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=Path, default=ROOT / "bench" / "seed_questions.txt",
                        help="one question a line (default: bench/seed_questions.txt)")
    parser.add_argument("--repeat", type=int, default=1, help="ask the question list N times (default 1)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    questions = [line.strip() for line in args.questions.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    if not questions:
        parser.error(f"{args.questions} holds no questions")

    from cold import run, serve_first_answer

    from index.embedder import SentenceTransformerEmbedder, embedding_text
    from index.onnx_embedder import OnnxEmbedder
    from index.runtime import build_export, cached_export
    from index.settings import Settings
    from index.store import load_index
    from ingest.pipeline import sync
    from qa.service import QA

    figures: dict[str, Any] = {"machine": machine()}
    facts = figures["machine"]
    table("Machine", [(k, str(v)) for k, v in facts.items()])

    with tempfile.TemporaryDirectory(prefix="healthqa-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        models = Path(tmp) / "models"  # a cold export cache: the export is timed too
        os.environ["HEALTHQA_MODEL_CACHE"] = str(models)
        settings = Settings.load(corpus_dir=ROOT / "corpus", data_dir=data_dir)

        # 0. The runtimes on the same texts, against the sentence-transformers reference.
        start = time.perf_counter()
        reference = SentenceTransformerEmbedder()
        loads = {"torch": time.perf_counter() - start}
        exports: dict[str, float] = {}
        embedders: dict[str, Any] = {"torch": reference}
        for runtime in ("onnx", "onnx-int8"):
            start = time.perf_counter()
            build_export("bundled", runtime, models, reference)
            exports[runtime] = time.perf_counter() - start
            start = time.perf_counter()
            folder = cached_export("bundled", runtime, models)
            assert folder is not None
            embedders[runtime] = OnnxEmbedder(folder)
            loads[runtime] = time.perf_counter() - start
        embedder = embedders[settings.runtime]

        # 1. Ingest: the whole pipeline, then embed() alone on the very texts it embedded.
        embedder.embed(["Why do my legs twitch at night? " * 8] * 32)  # first-call warm-up
        start = time.perf_counter()
        report = sync(settings, embedder, rebuild=True)
        ingest_s = time.perf_counter() - start
        stored = load_index(data_dir)
        texts = [embedding_text(stored.docs[c.source].title, c.section, c.text) for c in stored.chunks]
        start = time.perf_counter()
        embedder.embed(texts, batch_size=settings.batch_size)
        floor_s = time.perf_counter() - start
        n = report.n_chunks

        rows: list[tuple[str, str]] = []
        expected = reference.embed(texts)
        figures["runtimes"] = {}
        for runtime, model in embedders.items():
            model.embed(texts[:8])
            rates, singles = [], []
            for _ in range(3):
                start = time.perf_counter()
                vectors = model.embed(texts, batch_size=settings.batch_size)
                rates.append(len(texts) / (time.perf_counter() - start))
            for question in questions:
                start = time.perf_counter()
                model.embed([question])
                singles.append(time.perf_counter() - start)
            cosines = (vectors * expected).sum(axis=1)
            rate, single = statistics.median(rates), pct_ms(singles, 50)
            figures["runtimes"][runtime] = {"load_s": loads[runtime], "export_s": exports.get(runtime),
                                            "chunks_per_s": rate, "query_p50_ms": single,
                                            "cosine_min": float(cosines.min()),
                                            "cosine_mean": float(cosines.mean())}
            rows += [(f"{runtime}: load (s)", f"{loads[runtime]:.2f}"),
                     (f"{runtime}: one-time export (s)",
                      f"{exports[runtime]:.1f}" if runtime in exports else "-"),
                     (f"{runtime}: chunks/s ({len(texts)} chunks)", f"{rate:.1f}"),
                     (f"{runtime}: one question p50 (ms)", f"{single:.1f}"),
                     (f"{runtime}: speed vs torch",
                      f"{rate / figures['runtimes']['torch']['chunks_per_s']:.2f}x"),
                     (f"{runtime}: cosine to torch min / mean",
                      f"{cosines.min():.6f} / {cosines.mean():.6f}")]
        table("0. Embedding runtimes (same chunks; torch = sentence-transformers reference)", rows)

        figures["ingest"] = {"runtime": embedder.runtime, "docs": report.n_docs, "chunks": n,
                             "pipeline_s": ingest_s, "pipeline_chunks_per_s": n / ingest_s,
                             "embed_floor_s": floor_s, "embed_floor_chunks_per_s": n / floor_s,
                             "share_of_floor": floor_s / ingest_s}
        table(f"1. Ingest (full rebuild, seed corpus, runtime {embedder.runtime})", [
            ("articles", str(report.n_docs)), ("chunks", str(n)),
            ("pipeline wall (s)", f"{ingest_s:.3f}"), ("pipeline chunks/s", f"{n / ingest_s:.1f}"),
            ("floor: embed() alone (s)", f"{floor_s:.3f}"), ("floor chunks/s", f"{n / floor_s:.1f}"),
            ("pipeline speed / floor speed (goal >= 0.8)", f"{floor_s / ingest_s:.2f}")])

        # 2. Warm asks, each followed by the raw floor: one query embedding + one index search.
        # The first pass meets most passages for the first time (their answer sentences get
        # embedded); later passes find those sentence vectors cached, as a long-running server does.
        qa = QA(settings, embedder)
        for _ in range(WARMUP_ASKS):
            qa.ask(WARMUP_QUESTION)
        first = timed_asks(qa, questions)
        again = timed_asks(qa, questions * args.repeat)
        figures["ask"] = {"questions": len(questions), "repeat": args.repeat, "warmup": WARMUP_ASKS,
                          "first_pass": first, "seen_before": again}
        rows = []
        for label, f in (("first pass", first), ("seen before", again)):
            rows += [(f"{label}: QA.ask p50 / p95 (ms)", f"{f['ask_p50_ms']:.1f} / {f['ask_p95_ms']:.1f}"),
                     (f"{label}: floor embed+search p50 / p95 (ms)",
                      f"{f['floor_p50_ms']:.1f} / {f['floor_p95_ms']:.1f}"),
                     (f"{label}: ratio p50 (goal <= 1.5) / p95",
                      f"{f['ratio_p50']:.2f}x / {f['ratio_p95']:.2f}x")]
        table(f"2. Warm ask latency ({len(questions)} questions; first pass, then {args.repeat} more; "
              f"k={K})", rows)

        # 3. Cold start: a new process per run, timed until it exits (the export is cached).
        ask_args = ["ask", questions[0], "--data", str(data_dir), "--corpus", "corpus"]
        colds = [run(ask_args) for _ in range(COLD_RUNS)]
        help_s, _ = run(["--help"])
        ingest_child_s, ingest_rss = run(["ingest", "--rebuild", "--data", str(Path(tmp) / "data2"),
                                          "--corpus", "corpus"])
        second = next((q for q in questions if q != questions[0]), None)
        served = serve_first_answer(ROOT / "corpus", data_dir, questions[0], second)
        cold_median = statistics.median(s for s, _ in colds)
        figures["cold_start"] = {"question": questions[0], "ask_runs_s": [s for s, _ in colds],
                                 "ask_median_s": cold_median, "help_s": help_s, "serve": served}
        figures["memory_mib"] = {"ingest_process": ingest_rss,
                                 "ask_process": max(r for _, r in colds),
                                 "serve_process": served["serve_peak_rss_mib"] if served else None}
        table(f"3. Cold start (new process; question: {questions[0]!r})", [
            *((f"healthqa ask run {i} (s)", f"{s:.2f}") for i, (s, _) in enumerate(colds, 1)),
            ("healthqa ask median (s) (goal < 1.5)", f"{cold_median:.2f}"),
            ("healthqa --help (s)", f"{help_s:.2f}"),
            ("healthqa ingest --rebuild, new process (s)", f"{ingest_child_s:.2f}"),
            ("serve: page listening (s)", f"{served['listening_s']:.2f}" if served else "no chromium"),
            ("serve: first answer in Chromium (s)", seconds(served, "first_answer_s")),
            ("  Chromium launch, Playwright driver included (s)", seconds(served, "browser_launch_s")),
            ("  page load until the question box shows (s)", seconds(served, "page_load_s")),
            ("  Enter until the answer shows (s)", seconds(served, "answer_s")),
            ("serve: second question, same page: Enter until its answer (s)",
             seconds(served, "second_answer_s"))])
        table("4. Peak RSS (MiB) of each command on the seed corpus", [
            ("healthqa ingest --rebuild", f"{ingest_rss:.0f}"),
            ("healthqa ask", f"{max(r for _, r in colds):.0f}"),
            ("healthqa serve after one answer", f"{served['serve_peak_rss_mib']:.0f}" if served else "-"),
            ("this bench (three runtimes loaded)", f"{max_rss_mib():.0f}")])

    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
