"""Benchmark of healthqa on the seed corpus: ingest, warm ask latency, cold start and peak memory."""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
HEALTHQA = Path(sys.executable).parent / "healthqa"
WARMUP_ASKS = 3
COLD_RUNS = 3
K = 5


def ms(seconds: float) -> float:
    return seconds * 1000.0


def pct(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=np.float64), q))


def peak_rss_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0  # Linux reports KiB


def table(title: str, rows: Sequence[tuple[str, str]]) -> None:
    width = max(len(label) for label, _ in rows)
    vwidth = max(len(value) for _, value in rows)
    print(f"\n{title}\n{'-' * (width + vwidth + 3)}")
    for label, value in rows:
        print(f"{label:<{width}}   {value:>{vwidth}}")


def machine() -> dict[str, Any]:
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
            "faiss-cpu": version("faiss-cpu"), "numpy": version("numpy")}


def timed_run(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return elapsed


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

    from index.embedder import SentenceTransformerEmbedder, embedding_text
    from index.settings import Settings
    from index.store import load_index
    from ingest.pipeline import sync
    from ui.qa import QA

    figures: dict[str, Any] = {"machine": machine()}
    facts = figures["machine"]
    table("Machine", [(k, str(v)) for k, v in facts.items()])

    start = time.perf_counter()
    embedder = SentenceTransformerEmbedder()
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    embedder.embed(["Why do my legs twitch at night? " * 8] * 32)  # first-call warm-up, not timed below
    warm_s = time.perf_counter() - start

    with tempfile.TemporaryDirectory(prefix="healthqa-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        settings = Settings.load(corpus_dir=ROOT / "corpus", data_dir=data_dir)

        # 1. Ingest: the whole pipeline, then embed() alone on the very texts it embedded.
        start = time.perf_counter()
        report = sync(settings, embedder, rebuild=True)
        ingest_s = time.perf_counter() - start
        stored = load_index(data_dir)
        texts = [embedding_text(stored.docs[c.source].title, c.section, c.text) for c in stored.chunks]
        start = time.perf_counter()
        embedder.embed(texts, batch_size=settings.batch_size)
        floor_s = time.perf_counter() - start
        rss_ingest = peak_rss_mib()
        n = report.n_chunks
        figures["ingest"] = {"model_load_s": load_s, "first_embed_warmup_s": warm_s, "docs": report.n_docs,
                             "chunks": n, "pipeline_s": ingest_s, "pipeline_chunks_per_s": n / ingest_s,
                             "embed_floor_s": floor_s, "embed_floor_chunks_per_s": n / floor_s,
                             "pipeline_over_floor": ingest_s / floor_s}
        table("1. Ingest (full rebuild, seed corpus)", [
            ("model load (s)", f"{load_s:.2f}"), ("first-embed warm-up (s)", f"{warm_s:.2f}"),
            ("articles", str(report.n_docs)), ("chunks", str(n)),
            ("pipeline wall (s)", f"{ingest_s:.3f}"), ("pipeline chunks/s", f"{n / ingest_s:.1f}"),
            ("floor: embed() alone (s)", f"{floor_s:.3f}"), ("floor chunks/s", f"{n / floor_s:.1f}"),
            ("ratio pipeline/floor", f"{ingest_s / floor_s:.2f}x")])

        # 2. Warm asks, each followed by the raw floor: one query embedding + one FAISS search.
        qa = QA(settings, embedder)
        for question in questions[:WARMUP_ASKS]:
            qa.ask(question)
        vectors = qa.retriever.index.vectors
        asks: list[float] = []
        floors: list[float] = []
        for question in questions * args.repeat:
            start = time.perf_counter()
            qa.ask(question)
            asks.append(time.perf_counter() - start)
            start = time.perf_counter()
            vectors.search(embedder.embed([question])[0], K)
            floors.append(time.perf_counter() - start)
        rss_ask = peak_rss_mib()
        a50, a95, f50, f95 = (ms(pct(asks, 50)), ms(pct(asks, 95)), ms(pct(floors, 50)),
                              ms(pct(floors, 95)))
        figures["ask"] = {"questions": len(asks), "warmup": WARMUP_ASKS, "ask_p50_ms": a50,
                          "ask_p95_ms": a95, "ask_mean_ms": ms(statistics.fmean(asks)),
                          "floor_p50_ms": f50, "floor_p95_ms": f95,
                          "ratio_p50": a50 / f50, "ratio_p95": a95 / f95}
        table(f"2. Warm ask latency ({len(asks)} questions, {WARMUP_ASKS} warm-up asks, k={K})", [
            ("QA.ask p50 (ms)", f"{a50:.1f}"), ("QA.ask p95 (ms)", f"{a95:.1f}"),
            ("QA.ask mean (ms)", f"{ms(statistics.fmean(asks)):.1f}"),
            ("floor embed+search p50 (ms)", f"{f50:.1f}"), ("floor embed+search p95 (ms)", f"{f95:.1f}"),
            ("ratio ask/floor p50", f"{a50 / f50:.2f}x"), ("ratio ask/floor p95", f"{a95 / f95:.2f}x")])

        # 3. Cold start: a new `healthqa` process per run, timed until it exits.
        ask_cmd = [str(HEALTHQA), "ask", questions[0], "--data", str(data_dir), "--corpus", "corpus"]
        colds = [timed_run(ask_cmd) for _ in range(COLD_RUNS)]
        help_s = timed_run([str(HEALTHQA), "--help"])
        figures["cold_start"] = {"question": questions[0], "ask_runs_s": colds,
                                 "ask_median_s": statistics.median(colds), "help_s": help_s,
                                 "child_peak_rss_mib": peak_rss_mib(resource.RUSAGE_CHILDREN)}
        table(f"3. Cold start (new process; question: {questions[0]!r})", [
            *((f"healthqa ask run {i} (s)", f"{s:.2f}") for i, s in enumerate(colds, 1)),
            ("healthqa ask median (s)", f"{statistics.median(colds):.2f}"),
            ("healthqa --help (s)", f"{help_s:.2f}"),
            ("peak RSS of a child (MiB)", f"{peak_rss_mib(resource.RUSAGE_CHILDREN):.0f}")])

    # 4. Peak RSS of this process (it only grows: each figure includes what came before).
    figures["peak_rss_mib"] = {"after_ingest": rss_ingest, "after_asks": rss_ask}
    table("4. Peak RSS of the bench process", [
        ("after model load + ingest (MiB)", f"{rss_ingest:.0f}"),
        ("after the ask loop (MiB)", f"{rss_ask:.0f}")])

    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
