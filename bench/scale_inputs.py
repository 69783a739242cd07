"""Scale bench, inputs: the real MedQuAD index and questions, and the facts about this machine."""

from __future__ import annotations

import json
import os
import platform
import random
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from scale_config import MEDQUAD_INDEX, QUERIES, SEED

from index.store import current_generation, load_index
from index.types import Chunk, DocInfo

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from index.embedder import Embedder


@dataclass(frozen=True)
class RealData:
    chunks: list[Chunk]
    docs: dict[str, DocInfo]
    matrix: NDArray[np.float32]
    model_id: str


def load_real(index_dir: Path = MEDQUAD_INDEX) -> RealData:
    """The chunks, articles and vectors of the MedQuAD index bench/medquad.py keeps."""
    if current_generation(index_dir) is None:
        raise SystemExit(f"no MedQuAD index in {index_dir}; run `.venv/bin/python bench/medquad.py` first")
    stored = load_index(index_dir)
    return RealData(stored.chunks, stored.docs, np.ascontiguousarray(stored.matrix(), dtype=np.float32),
                    stored.manifest.model_id)


def load_questions(limit: int, seed: int = SEED, path: Path = QUERIES) -> list[str]:
    """A fixed random sample of the non-generic MedQuAD questions."""
    if not path.is_file():
        raise SystemExit(f"{path} not found (the shared MedQuAD benchmark)")
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    questions = [r["question"] for r in rows if not r["generic"]]
    return random.Random(seed).sample(questions, min(limit, len(questions)))


def machine(embedder: Embedder | None) -> list[tuple[str, str]]:
    """(label, value) facts that explain the timings: cores, threads, versions, the embedder."""
    import faiss

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "not installed"

    facts = [("cpu_count / usable", f"{os.cpu_count()} / {len(os.sched_getaffinity(0))}"),
             ("faiss omp threads", str(faiss.omp_get_max_threads())),
             ("python", platform.python_version()), ("faiss-cpu", version("faiss-cpu")),
             ("bm25s", version("bm25s")), ("numpy", version("numpy"))]
    if embedder is not None:
        facts += [("embedder", f"{type(embedder).__name__} ({embedder.runtime})"),
                  ("model", embedder.model_id)]
    return facts
