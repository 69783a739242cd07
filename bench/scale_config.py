"""Fixed paths and parameters of the scale benchmark (bench/scale.py and its scale_* modules)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data"
MEDQUAD_INDEX = DATA / "index-corpus-full"  # built by bench/medquad.py
QUERIES = ROOT.parent / "shared" / "benchmarks" / "medquad" / "queries.jsonl"
SCRATCH = DATA / "scale"  # git-ignored: holds only the CURRENT pointer the Retriever reads
GENERATION = "gen-scale"

SEED = 20_240_611
NOISE_SIGMA = 0.03  # per dimension: a noisy copy keeps cosine ~0.86 with its source vector
SIZES = (1_000, 50_000, 1_000_000)
QUICK_SIZES = (1_000, 50_000)
EF_SWEEP = (32, 64, 128, 256, 512)
RECALL_K = 10
RECALL_GOAL = 0.95
RATIO_GOAL = 1.5
K = 5  # passages asked of retrieve, as `healthqa ask` does by default
WARMUP = 3
NEIGHBOUR_SAMPLE = 200  # rows whose nearest neighbours describe a collection's neighbourhoods
NOISE_BATCH = 100_000
