"""`healthqa ingest` and the index builds of other commands, with tqdm progress on stderr."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from index.errors import HealthQAError
from index.settings import Settings
from ingest.names import shown

if TYPE_CHECKING:
    from index.embedder import Embedder
    from ingest.pipeline import FileResult, SyncReport

PROG = "healthqa"


def load_embedder(settings: Settings) -> Embedder:
    """The embedder ingest uses (HEALTHQA_RUNTIME); the one-time model export is announced."""
    from index.runtime import embedder_for

    return embedder_for(settings, notice=lambda text: print(f"{PROG}: {text}", file=sys.stderr))


def run_sync(settings: Settings, embedder: Embedder, **options: Any) -> SyncReport:
    """sync() with tqdm bars on stderr."""
    from tqdm import tqdm

    from ingest.pipeline import sync

    bars: dict[str, tqdm[Any]] = {}
    # Articles are read and embedded together, so the articles bar moves at the pace of the
    # whole run and its time estimate is honest; the chunk total grows as articles are read.
    labels = {"reading": ("articles", "article"), "embedding": ("embedded", "chunk")}

    def progress(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            desc, unit = labels.get(stage, (stage, "item"))
            bar = bars[stage] = tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, leave=False,
                                     dynamic_ncols=True, smoothing=0)  # pace of the whole run
        if bar.total != total:
            bar.total = total
        bar.update(done - bar.n)

    try:
        return sync(settings, embedder, progress=progress, **options)
    finally:
        for bar in bars.values():
            bar.close()


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from ingest.corpus import add_to_corpus

    failed = False
    for path in args.jsonl:
        if path.suffix.lower() != ".jsonl":
            raise HealthQAError(f"{path}: --jsonl takes a .jsonl file")
    paths = [*args.paths, *args.jsonl]
    if paths:
        for result in add_to_corpus(paths, settings.corpus_dir, settings.max_file_bytes,
                                    dry_run=args.dry_run):
            if result.status == "failed":
                failed = True
                print(f"failed     {result.path}: {result.detail}")
            elif result.status == "skipped":
                print(f"skipped    {result.path}: {result.detail}")
            elif result.status in ("copied", "would copy"):
                print(f"{result.status:<10} {result.path} -> {shown(str(settings.corpus_dir / str(result.source)))}")
    report = run_sync(settings, load_embedder(settings), rebuild=args.rebuild, dry_run=args.dry_run,
                      retry=args.retry)
    if report.note:
        print(report.note)
    for line in report_lines(report.results, dry_run=args.dry_run):
        print(line)
    if not args.dry_run:
        state = "updated" if report.wrote else "already up to date"
        print(f"index {state}: {report.n_docs} articles, {report.n_chunks} chunks in {settings.data_dir}")
    return 1 if failed or report.failed else 0


MAX_ROWS = 50


def report_lines(results: Sequence[FileResult], *, dry_run: bool) -> list[str]:
    """One line per file; a bulk collection's documents are counted, failures always listed."""
    lines: list[str] = []
    bulk: dict[str, Counter[str]] = {}
    for row in results:
        collection = _collection(row.source)
        if collection is not None and len(results) > MAX_ROWS and row.status != "failed":
            bulk.setdefault(collection, Counter())[row.status] += 1
            continue
        detail = f": {row.detail}" if row.detail else ""
        chunks = f" ({row.chunks} chunks)" if row.chunks else ""
        prefix = "would be " if dry_run and row.status in ("added", "changed", "removed") else ""
        lines.append(f"{prefix}{row.status:<10} {shown(row.source)}{chunks}{shown(detail)}")
    for collection, counts in bulk.items():
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        lines.append(f"{'collection':<10} {collection}: {summary} documents")
    return lines


def _collection(source: str) -> str | None:
    """The bulk file a result belongs to ("a.jsonl#id", "a.jsonl:12"), or None."""
    for marker in (".jsonl#", ".jsonl:"):
        if marker in source:
            return source.split(marker, 1)[0] + ".jsonl"
    return None
